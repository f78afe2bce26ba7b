/** What a call threw, for asserting on error codes and messages. */
import { EkvError } from "../../src/core/errors";
import { StubCustomFunctionsError } from "./custom-functions-stub";

function thrownAs<T>(f: () => unknown, type: new (...args: never[]) => T, what: string): T {
  try {
    f();
  } catch (e) {
    if (e instanceof type) return e;
    throw new Error(`expected ${what}, got ${String(e)}`);
  }
  throw new Error(`expected ${what}, but the call returned normally`);
}

/** The EkvError a core function threw (fails when something else, or nothing, is thrown). */
export function thrownEkvError(f: () => unknown): EkvError {
  return thrownAs(f, EkvError, "an EkvError");
}

/** The CustomFunctions.Error an adapter threw (fails when something else, or nothing, is thrown). */
export function thrownExcelError(f: () => unknown): StubCustomFunctionsError {
  return thrownAs(f, StubCustomFunctionsError, "a CustomFunctions.Error");
}
