/**
 * functions.js registers every function at once but fetches the implementations (the families
 * with src/core and decimal.js) on the first call, as taskpane.html must not download them before
 * the pane can be used. Through the built bundle, with webpack's own chunk loader against a fake
 * `document` (test/build/load-bundle.ts): the first call gives the same value and the same
 * CustomFunctions.Error as every later one, and a failed download is a Dutch error, not a hang.
 * Needs `npm run build` first.
 */
import { LOAD_FAILED } from "../../src/functions/lazy";
import { StubCustomFunctionsError } from "../support/custom-functions-stub";
import { uitgavenOntvangsten2016 } from "../tables/fixtures/tables-2016";
import { attempt, loadBundle, loadReadyBundle } from "./load-bundle";

/** A range as Excel passes it: rectangular, blanks as null. */
function rect(grid: unknown[][]): unknown[][] {
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => [...r.map((v) => v ?? null), ...Array(width - r.length).fill(null)]);
}

function isPromise(v: unknown): v is Promise<unknown> {
  return v instanceof Promise;
}

/** Waits for a call made before the implementations arrived; what it rejected with, if it did. */
async function settle(v: unknown): Promise<{ value?: unknown; error?: unknown }> {
  try {
    return { value: await v };
  } catch (error) {
    return { error };
  }
}

test("functions.js associates every function without fetching anything", () => {
  const bundle = loadBundle(undefined, { fresh: true });
  expect([...bundle.associatedIds].sort()).toEqual(
    bundle.metadata.functions.map((f) => f.id.toUpperCase()).sort()
  );
  expect(bundle.fetched).toEqual([]);
});

test("the first call returns a Promise of the value; the chunk is fetched once; later calls are synchronous", async () => {
  const bundle = loadBundle(undefined, { fresh: true });
  // 100 + 20 − 5 = 115 and 250 + 0 − 40 = 210: uitstaand vorig + verleend − vervallen.
  const first = bundle.call("UITSTAAND", [[[100]], [[20]], [[5]]]);
  const second = bundle.call("UITSTAAND", [[[250]], [[0]], [[40]]]);
  expect(isPromise(first)).toBe(true);
  expect(isPromise(second)).toBe(true);
  expect(await first).toEqual([[115]]);
  expect(await second).toEqual([[210]]);
  // Both calls waited for the same download: every chunk was fetched once.
  expect(bundle.fetched.length).toBeGreaterThan(0);
  expect(new Set(bundle.fetched).size).toBe(bundle.fetched.length);
  expect(bundle.fetched).toContain("core.js");
  const fetched = [...bundle.fetched];
  // From now on a result, not a Promise; nothing is fetched again.
  expect(bundle.call("SALDO", [[[80_445]], [[248_736]]])).toEqual([[168_291]]);
  expect(bundle.fetched).toEqual(fetched);
});

test("bad input on the first call rejects with the CustomFunctions.Error a later call throws", async () => {
  const bundle = loadBundle(undefined, { fresh: true });
  const args = [[["abc"]], [[1]]];
  const first = await settle(bundle.call("SALDO", args));
  expect(first.error).toBeInstanceOf(StubCustomFunctionsError);
  expect(first.error).toEqual(
    new StubCustomFunctionsError("#VALUE!", 'uitgaven: tekst "abc" gevonden; verwacht een bedrag.')
  );
  // Once loaded, the same call throws the same error synchronously.
  const later = attempt(bundle, "SALDO", args);
  expect(later).toEqual({ kind: "threw", error: first.error });
  // And a bundle that was ready before its first call agrees.
  const ready = await loadReadyBundle();
  expect(attempt(ready, "SALDO", args)).toEqual(later);
});

test("a failed download is #N/B with a Dutch message, and the next call tries again", async () => {
  const bundle = loadBundle(undefined, { fresh: true, failLoads: 1 });
  const first = await settle(bundle.call("NETTO", [[[22_340]], [[71_559]]]));
  expect(first.error).toEqual(new StubCustomFunctionsError("#N/A", LOAD_FAILED));
  expect(bundle.fetched).toEqual([]);
  // 22.340 − 71.559 = −49.219, once the connection is back.
  expect(await bundle.call("NETTO", [[[22_340]], [[71_559]]])).toEqual([[-49_219]]);
  expect(bundle.call("NETTO", [[[1]], [[1]]])).toEqual([[0]]);
});

test("EKV.CONTROLEER works on its first call: the check's rules are in the fetched chunk too", async () => {
  const bundle = loadBundle(undefined, { fresh: true });
  const found = (await bundle.call("CONTROLEER", [
    rect(uitgavenOntvangsten2016),
    null,
  ])) as unknown[][];
  // The published 2016 table's one mistake, L24: 248.736 − 80.445 = 168.291, printed 172.276.
  expect(found.map((r) => r.slice(0, 4))).toEqual([
    ["column-total", "L24", 168291, 172276],
    ["saldo", "L24", 168291, 172276],
  ]);
  // Loaded now: a range without a table throws its Dutch error at once.
  const empty = attempt(bundle, "CONTROLEER", [[["Geen tabel"]], null]);
  expect(empty.kind).toBe("threw");
  expect((empty as { error: StubCustomFunctionsError }).error.message).toMatch(
    /^tabel: geen garantietabel herkend\./
  );
});
