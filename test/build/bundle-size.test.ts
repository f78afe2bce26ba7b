/**
 * Issue 11, point 7: what taskpane.html loads before the pane can be used, and what the web page
 * loads, each at most 150 KB gzip; the core and decimal.js one shared chunk that the pane, its
 * worker and the custom functions fetch when they first need it. Sizes of the built files (not
 * timings): deterministic. Needs `npm run build` first.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, PAGE_BUDGET, initialLoad, kb, pageScripts } from "./bundle-size";

/** A string only decimal.js contains (its error prefix), kept by the minifier. */
const DECIMAL_JS = "[DecimalError] ";

function read(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

describe("taskpane.html", () => {
  test("loads at most 150 KB gzip of script when it opens", () => {
    const { files, total } = initialLoad("taskpane.html");
    const shown = files.map((f) => `${f.file} ${kb(f.gzip)}`).join(", ");
    expect({ total: kb(total), shown, within: total <= PAGE_BUDGET }).toEqual({
      total: kb(total),
      shown,
      within: true,
    });
  });

  test("loads the custom functions' registration and the pane, not the core or decimal.js", () => {
    expect(pageScripts("taskpane.html")).toEqual(["functions.js", "taskpane.js"]);
    for (const f of pageScripts("taskpane.html")) expect(read(f)).not.toContain(DECIMAL_JS);
  });

  test("the core with decimal.js is one chunk, which the pane's worker loads too", () => {
    expect(read("core.js")).toContain(DECIMAL_JS);
    // Both runtimes name the chunk: the page's (functions.js, whose runtime the pane shares) and
    // the check worker's; they fetch the same file, so the browser downloads it once.
    for (const runtime of ["functions.js", "ekv-controle.js"]) {
      expect(read(runtime)).toMatch(/"core"/);
    }
  });
});

describe("controle.html", () => {
  test("loads at most 150 KB gzip of script when it opens", () => {
    const { total } = initialLoad("controle.html");
    expect({ total: kb(total), within: total <= PAGE_BUDGET }).toEqual({
      total: kb(total),
      within: true,
    });
  });
});
