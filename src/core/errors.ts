/**
 * The one error type of the domain. Core code throws (or returns) it with a Dutch message meant
 * for the finance user; the adapters (custom functions, task pane, CLI) decide how to show it.
 *
 * `kind` follows the two error values for which Excel shows a custom message:
 * - `invalid`: the input is wrong (Excel `#WAARDE!` / `#VALUE!`);
 * - `not-available`: the value does not exist or does not apply, e.g. `n.v.t.` (Excel `#N/B` / `#N/A`).
 */
export type EkvErrorKind = "invalid" | "not-available";

export class EkvError extends Error {
  readonly kind: EkvErrorKind;

  constructor(message: string, kind: EkvErrorKind = "invalid") {
    super(message);
    this.name = "EkvError";
    this.kind = kind;
  }
}

export function isEkvError(e: unknown): e is EkvError {
  return e instanceof EkvError;
}
