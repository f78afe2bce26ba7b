/**
 * Why a workbook cannot be read: a stable `code` for programs (the CLI's JSON `error.code`) and
 * one Dutch sentence for people, without the file name (the caller knows it) and never with the
 * internals of a parser.
 */
export type XlsxErrorCode =
  | "empty"
  | "not-xlsx"
  | "old-xls"
  | "encrypted"
  | "damaged"
  | "crc"
  | "no-workbook"
  | "unsupported"
  | "beyond-grid"
  | "dtd"
  | "limit";

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
    /** For code "limit": the name of the limit (limits.ts). */
    readonly limit?: string
  ) {
    super(message);
    this.name = "XlsxError";
  }
}

/** "het bestand is beschadigd (…) en kan niet worden gelezen." */
export function damaged(why: string, code: XlsxErrorCode = "damaged"): XlsxError {
  return new XlsxError(code, `het bestand is beschadigd (${why}) en kan niet worden gelezen.`);
}
