/**
 * An input the CLI cannot check (missing, not an .xlsx, corrupt, encrypted, too large, bad
 * option). The message is one Dutch line for stderr; the CLI exits with code 2. `code` is the
 * stable reason given in the JSON output (`files[].error.code`).
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: string = "usage"
  ) {
    super(message);
    this.name = "InputError";
  }
}

/** The first line of an unexpected error's message, shortened, for a one-line report. */
export function shortReason(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const line = (raw.split(/\r?\n/)[0] ?? "").trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
