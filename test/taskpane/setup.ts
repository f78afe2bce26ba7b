/**
 * Shared guard for the gateway and component tests: mocks of Office.js do not check the API's
 * shape, so a misspelt call fails silently inside a caught error. Every test therefore also asserts
 * that nothing was logged with console.error and that no promise was rejected unhandled.
 */
import { configure } from "@testing-library/react";
import * as fs from "fs";
import * as path from "path";
import { DIST, loadBundle } from "../build/load-bundle";
import { createFakeExcel, FakeExcelHost, FakeFunctions, FakeSheetInit } from "./fake-excel";

// Waits end as soon as their condition holds; the limit only matters on a machine under load,
// where the default second made `findBy…` fail although nothing was wrong.
configure({ asyncUtilTimeout: 20_000 });

// jsdom has no ResizeObserver; Fluent's TabList observes its size for the selection indicator.
// Browsers have it (the browser test runs the real one); here layout never changes, so no-op.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class NoResize {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResize;
}

let errorSpy: jest.SpyInstance | null = null;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeEach(() => {
  rejections.length = 0;
  errorSpy = jest.spyOn(console, "error");
  process.on("unhandledRejection", onRejection);
});

afterEach(async () => {
  delete (globalThis as { Office?: unknown }).Office;
  // Let pending microtasks settle so a late rejection is seen by this test, not the next one.
  await new Promise((r) => setTimeout(r, 0));
  process.off("unhandledRejection", onRejection);
  const calls = errorSpy?.mock.calls ?? [];
  errorSpy?.mockRestore();
  errorSpy = null;
  expect(calls).toEqual([]);
  expect(rejections).toEqual([]);
});

// The built functions fetch their implementations on the first call, which then returns a
// Promise; the fake Excel computes formulas synchronously, as after that first call.
beforeAll(async () => {
  if (fs.existsSync(path.join(DIST, "functions.js"))) await loadBundle().ready();
});

/** The add-in's built custom functions (dist/functions.js + functions.json), as Excel calls them. */
export function realFunctions(): FakeFunctions {
  const bundle = loadBundle();
  return {
    namespace: "EKV",
    metadata: bundle.metadata.functions,
    implementation(name) {
      try {
        return bundle.implementation(name);
      } catch {
        return undefined;
      }
    },
  };
}

type OfficeGlobal = { Office?: { context?: Record<string, unknown> } };

/** Adds `part` to the global `Office.context`, keeping what another installer put there. */
function extendOfficeContext(part: Record<string, unknown>): void {
  const g = globalThis as unknown as OfficeGlobal;
  g.Office = { ...(g.Office ?? {}), context: { ...(g.Office?.context ?? {}), ...part } };
}

/**
 * Installs a fake Excel as the global `Excel` that the gateway uses (its EKV formulas computed by
 * the built functions bundle), and `Office.context` with the requirement sets up to ExcelApi
 * `api` (default 1.13, so merged cells can be read).
 */
export function installFakeExcel(
  sheets: FakeSheetInit[],
  active?: string,
  api = "1.13"
): FakeExcelHost {
  const host = createFakeExcel(sheets, active, { functions: realFunctions() });
  (globalThis as unknown as { Excel: unknown }).Excel = host.Excel;
  const minor = (v: string) => Number(v.split(".")[1] ?? 0);
  extendOfficeContext({
    requirements: {
      isSetSupported: (set: string, version?: string) =>
        set === "ExcelApi" && minor(version ?? "1.1") <= minor(api),
    },
  });
  return host;
}

/** A copy of a sheet's cells and conditional formats, for before/after comparisons. */
export function snapshotSheet(host: FakeExcelHost, name: string): unknown {
  const s = host.sheet(name);
  return {
    cells: [...s.cells.entries()].map(([k, c]) => [k, JSON.parse(JSON.stringify(c))]).sort(),
    cf: JSON.parse(JSON.stringify(s.conditionalFormats)),
  };
}

/** Office's document settings (saved with the workbook) as a plain store, on a global `Office`. */
export function installDocumentSettings(): { store: Record<string, unknown> } {
  const store: Record<string, unknown> = {};
  const settings = {
    get: (k: string) => (Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null),
    set: (k: string, v: unknown) => {
      store[k] = JSON.parse(JSON.stringify(v));
    },
    remove: (k: string) => delete store[k],
    saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
  };
  extendOfficeContext({ document: { settings } });
  return { store };
}
