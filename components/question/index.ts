export * from "./difficulty-badge";
export * from "./inline-text";
export * from "./kind-badge";
export * from "./question-toc";
export * from "./status-badge";
export * from "./tag-link";
