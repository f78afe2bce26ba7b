/**
 * Per-function test cases shared by the built-bundle test and the bad-input suite.
 * Each family has one file in test/support/cases/ exporting `cases: FunctionCase[]`; the suites
 * collect all of them and fail when a function in dist/functions.json has no case.
 *
 * Arguments are given exactly as Excel passes them: numbers, strings, booleans, `null` for a blank
 * cell or an omitted optional argument, and 2-D arrays for ranges (a single cell given to a range
 * parameter is [[v]]).
 */
export interface FunctionCase {
  /** Excel name without the namespace, as in functions.json, e.g. "UITSTAAND" or "MATCHING.OPSLAG". */
  name: string;
  /** One or more valid calls with their exact expected results (computed independently, by hand). */
  valid: Array<{ args: unknown[]; expected: unknown; note?: string }>;
  /**
   * Indices of parameters that take a number: the bad-input suite substitutes text, a number
   * stored as text, a boolean, an Excel error value, 1e308, NaN and Infinity and expects an error.
   */
  numericParams: number[];
  /** Parameters that take a fixed set of texts: an unknown option must be an error. */
  optionParams?: Array<{ index: number; unknown: unknown }>;
  /** Calls with ranges of the wrong shape (if the function takes ranges): each must be an error. */
  wrongShape?: unknown[][];
  /** Further calls that must give an error (boundary violations etc.), with a note. */
  invalid?: Array<{ args: unknown[]; note: string }>;
}
