export * from "./copy-link.client";
export * from "./difficulty-badge";
export * from "./inline-text";
export * from "./open-hash-target.client";
export * from "./question-toc";
export * from "./status-badge";
export * from "./status-badges.client";
export * from "./tag-link";
