/** The error codes exactly as declared in @types/custom-functions-runtime (enum ErrorCode). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class StubCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

export interface AssociatedFunctions {
  [id: string]: (...args: unknown[]) => unknown;
}

/** Functions registered through CustomFunctions.associate, keyed by id (upper case, as Excel does). */
export const associated: AssociatedFunctions = {};

export function installCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as { CustomFunctions: unknown };
  g.CustomFunctions = {
    ErrorCode: { ...ERROR_CODES },
    Error: StubCustomFunctionsError,
    associate(
      idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown
    ) {
      if (typeof idOrMap === "string") {
        if (fn) associated[idOrMap.toUpperCase()] = fn;
      } else {
        for (const [id, f] of Object.entries(idOrMap)) associated[id.toUpperCase()] = f;
      }
    },
  };
}
