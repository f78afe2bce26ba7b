/**
 * The fake Office host for the browser test, as a script injected before the page's own scripts.
 *
 * What runs for real: the built taskpane.html, office.js (from @microsoft/office-js instead of the
 * CDN, same file), its loader and its host detection, React and the add-in bundles. Without an
 * Office client around the page, office.js takes its "outside of Office" path and resolves
 * Office.onReady with host null. The fake stands in for the client at exactly the boundary the add-in
 * uses:
 * - `window.Excel` is the recording fake object model (test/taskpane/fake-excel.ts, transpiled);
 *   office.js leaves `Excel` alone outside Office, so it survives initialisation unchanged;
 * - its EKV formulas are computed by the page's own functions bundle (the shared runtime loads
 *   functions.js into the task pane page): every `CustomFunctions.associate` the bundle makes is
 *   recorded, and dist/functions.json says how Excel would call each function;
 * - `window.Office` is trapped with an accessor: when office.js installs `Office` and then
 *   `Office.onReady`, the fake wraps onReady so that the add-in is told host "Excel", platform
 *   "OfficeOnline", and `Office.context` gets a display language and document settings.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import type { FakeSheetInit } from "../taskpane/fake-excel";

const ROOT = path.resolve(__dirname, "../..");

/** fake-excel.ts as a browser script that defines `window.__createFakeExcel`. */
function fakeExcelScript(): string {
  const source = fs.readFileSync(path.join(ROOT, "test/taskpane/fake-excel.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return `(function(){var exports={};var module={exports:exports};${js}\nwindow.__createFakeExcel=exports.createFakeExcel;})();`;
}

/** dist/functions.json: the metadata Excel uses to call the functions. */
function functionsMetadata(): unknown[] {
  const file = path.join(ROOT, "dist/functions.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { functions: unknown[] }).functions;
}

/** The whole init script: fake Excel with `sheets`, the Office trap, in the given language. */
export function fakeOfficeHostScript(
  sheets: FakeSheetInit[],
  active: string,
  language = "nl-NL",
  /** The ExcelApi requirement set the fake Excel claims to support. */
  excelApi = "1.9"
): string {
  return `${fakeExcelScript()}
(function () {
  // The functions the page's functions.js associates, whenever office.js defines CustomFunctions.
  var associated = {};
  function record(id, fn) {
    if (typeof id === "string") associated[id.toUpperCase()] = fn;
    else if (id) for (var k in id) associated[k.toUpperCase()] = id[k];
  }
  function trapAssociate(cf) {
    if (!cf || typeof cf !== "object" || cf.__ekvTrapped) return;
    Object.defineProperty(cf, "__ekvTrapped", { value: true });
    var real = cf.associate;
    Object.defineProperty(cf, "associate", {
      configurable: true,
      set: function (f) { real = f; },
      get: function () {
        return function () {
          record(arguments[0], arguments[1]);
          return typeof real === "function" ? real.apply(cf, arguments) : undefined;
        };
      },
    });
  }
  var cfCurrent;
  Object.defineProperty(window, "CustomFunctions", {
    configurable: true,
    get: function () { return cfCurrent; },
    set: function (v) { cfCurrent = v; trapAssociate(v); },
  });
  var metadata = ${JSON.stringify(functionsMetadata())};
  var functions = {
    namespace: "EKV",
    metadata: metadata,
    implementation: function (name) {
      var meta = metadata.find(function (f) { return f.name.toUpperCase() === name.toUpperCase(); });
      return meta ? associated[meta.id.toUpperCase()] : undefined;
    },
  };
  window.__ekvAssociated = associated;
  var host = window.__createFakeExcel(${JSON.stringify(sheets)}, ${JSON.stringify(active)}, { functions: functions });
  window.__fakeHost = host;
  window.Excel = host.Excel;
  var store = {};
  var settings = {
    get: function (k) { return Object.prototype.hasOwnProperty.call(store, k) ? store[k] : null; },
    set: function (k, v) { store[k] = JSON.parse(JSON.stringify(v)); },
    remove: function (k) { delete store[k]; },
    saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); },
  };
  window.__fakeSettings = store;
  function patchContext(office) {
    var ctx = office.context || (office.context = {});
    Object.defineProperty(ctx, "displayLanguage", { value: ${JSON.stringify(language)}, configurable: true });
    Object.defineProperty(ctx, "document", { value: { settings: settings }, configurable: true });
    Object.defineProperty(ctx, "requirements", {
      value: {
        isSetSupported: function (name, version) {
          if (name !== "ExcelApi") return false;
          var have = ${JSON.stringify(excelApi)}.split(".").map(Number);
          var want = String(version || "1.1").split(".").map(Number);
          return have[0] > want[0] || (have[0] === want[0] && have[1] >= want[1]);
        },
      },
      configurable: true,
    });
  }
  var current;
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: function () { return current; },
    set: function (office) {
      current = office;
      if (!office || office.__ekvFakeHost) return;
      // office.js may assign Office again with onReady already on it (the scripts it loads itself):
      // keep that function as the real one.
      var existing = Object.getOwnPropertyDescriptor(office, "onReady");
      var realOnReady = existing && typeof existing.value === "function" ? existing.value : undefined;
      Object.defineProperty(office, "__ekvFakeHost", { value: true });
      Object.defineProperty(office, "onReady", {
        configurable: true,
        enumerable: false,
        set: function (f) { realOnReady = f; },
        get: function () {
          return function (callback) {
            var info = { host: "Excel", platform: "OfficeOnline", addin: null };
            window.__officeJsInitialised = false;
            return realOnReady(function (real) {
              // office.js has finished its own start-up: it found no Office client (host null).
              window.__officeJsInitialised = real && real.host === null ? "outside-office" : String(real && real.host);
              patchContext(office);
              return callback ? callback(info) : undefined;
            }).then(function () { return info; });
          };
        },
      });
    },
  });
})();`;
}
