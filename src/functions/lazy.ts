/**
 * The custom functions' implementations (the family modules, with src/core and decimal.js behind
 * them) are one chunk, fetched when Excel first calls a function, or earlier when the pane opens a
 * tab that writes EKV formulas (preloadFunctions). functions.js itself only registers forwarders,
 * so that taskpane.html does not download the core before the pane can be used.
 *
 * Until the chunk has arrived a call returns a Promise of its result: Excel accepts that from any
 * custom function and shows #BUSY! meanwhile, and a rejection with a CustomFunctions.Error shows
 * as that error, message included. From then on a call returns its result (or throws) directly,
 * as the synchronous implementation does: the same values and the same Dutch error messages.
 */
import type * as Families from "./families";

type Implementation = (...args: unknown[]) => unknown;
type LoadedFamilies = typeof Families;

/** Shown in the cell (#N/B) when the chunk cannot be fetched, e.g. offline in Excel on the web. */
export const LOAD_FAILED =
  "De rekenkern van de EKV-functies kon niet worden geladen. Controleer de verbinding en bereken opnieuw (Ctrl+Alt+F9).";

let families: LoadedFamilies | null = null;
let pending: Promise<LoadedFamilies> | null = null;

/** Fetches the implementations once; a failed download is tried again on the next call. */
export function preloadFunctions(): Promise<LoadedFamilies> {
  pending ??= import(/* webpackChunkName: "functies" */ "./families").then(
    (m) => (families = m),
    (e: unknown) => {
      pending = null;
      throw e;
    }
  );
  return pending;
}

function implementation(m: LoadedFamilies, family: string, name: string): Implementation {
  const f = (m as unknown as Record<string, Record<string, unknown> | undefined>)[family]?.[name];
  // The list comes from the same JSDoc the families are built from; a mismatch is a build error.
  if (typeof f !== "function") throw new Error(`${family}.${name} ontbreekt in de functiemodules.`);
  return f as Implementation;
}

/** The function Excel calls for `family.name`: the implementation itself once it is loaded. */
export function lazyFunction(family: string, name: string): Implementation {
  let direct: Implementation | null = null;
  return (...args: unknown[]): unknown => {
    if (!direct && families) direct = implementation(families, family, name);
    if (direct) return direct(...args);
    return preloadFunctions().then(
      (m) => {
        direct ??= implementation(m, family, name);
        return direct(...args);
      },
      () => {
        throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, LOAD_FAILED);
      }
    );
  };
}
