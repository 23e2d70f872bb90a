import "server-only";
/** One problem in one content file, reported as `path:line: field: message`. */
export interface ContentError {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}: ${error.field}: ${error.message}`;
}

/** Thrown when content is invalid; its message lists every problem, sorted by file and line. */
export class ContentErrorList extends Error {
  readonly errors: ContentError[];

  constructor(errors: ContentError[]) {
    const sorted = [...errors].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field),
    );
    const count = `${sorted.length} content problem${sorted.length === 1 ? "" : "s"}`;
    super(`${count}:\n${sorted.map(formatContentError).join("\n")}`);
    this.name = "ContentErrorList";
    this.errors = sorted;
  }
}
