import "server-only";
import { formatContentError, type ContentError } from "@/lib/content/server";

/** Input the importer refuses; its message is `file:line: field: message`, like content errors. */
export class ImportError extends Error {
  readonly problem: ContentError;

  constructor(file: string, line: number, field: string, message: string) {
    const problem = { file, line, field, message };
    super(formatContentError(problem));
    this.name = "ImportError";
    this.problem = problem;
  }
}
