/**
 * The worked calculation sheets of the Rekenhulp (src/taskpane/worked-sheets.ts), evaluated as
 * Excel would: every formula is an EKV function call whose arguments are cells or ranges of the
 * sheet, computed row by row through the built bundle (dist/functions.js), spilled results placed
 * below their cell. The figures are checked against the hand-worked values of issue 12 (see
 * test/regulations/*.test.ts for the working). Needs `npm run build` first.
 *
 * Also the gateway: the sheet is added under a free name, nothing existing is touched.
 */
import { installFakeExcel, snapshotSheet } from "./setup";
import { a1 } from "../../src/core/tables/a1";
import { freeSheetName, insertWorkedSheet } from "../../src/taskpane/excel-gateway";
import { WorkedSheet, matchingSheet, rivSheet } from "../../src/taskpane/worked-sheets";
import { LoadedBundle, loadBundle } from "../build/load-bundle";

// The sheets are evaluated before their tests, after the first call has fetched the
// implementations (from then on every call is synchronous, as the grid evaluation needs).
const bundle: LoadedBundle = loadBundle();
beforeAll(() => bundle.ready());

type Value = unknown;

/** Column index and row index of an A1 reference. */
function parseRef(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`geen celverwijzing: ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

/** Evaluates the sheet top to bottom; returns the grid of values. */
function evaluate(sheet: WorkedSheet): Value[][] {
  const grid: Value[][] = sheet.cells.map((r) => r.map((c) => c));
  const at = (ref: string) => {
    const { row, col } = parseRef(ref);
    return grid[row]?.[col] ?? null;
  };
  const names = new Set(bundle.metadata.functions.map((f) => f.name));
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      const v = grid[r][c];
      if (typeof v !== "string" || !v.startsWith("=")) continue;
      const m = /^=EKV\.([A-Z._]+)\(([^()]*)\)$/.exec(v);
      if (!m) throw new Error(`${a1(r, c)}: geen EKV-formule: ${v}`);
      if (!names.has(m[1])) throw new Error(`${a1(r, c)}: onbekende functie ${m[1]}`);
      const params = bundle.metadata.functions.find((f) => f.name === m[1])?.parameters ?? [];
      const args = m[2].split(",").map((a, i) => {
        if (a.includes(":")) {
          const [from, to] = a.split(":").map(parseRef);
          const out: Value[][] = [];
          for (let i2 = from.row; i2 <= to.row; i2++) {
            const row: Value[] = [];
            for (let j = from.col; j <= to.col; j++) row.push(grid[i2]?.[j] ?? null);
            out.push(row);
          }
          return out;
        }
        const x = at(a);
        return params[i]?.dimensionality === "matrix" ? [[x]] : x;
      });
      while (args.length < params.length) args.push(null);
      const result = bundle.call(m[1], args);
      if (Array.isArray(result)) {
        (result as Value[][]).forEach((row, i) =>
          row.forEach((x, j) => {
            if ((i > 0 || j > 0) && grid[r + i]?.[c + j] !== null) {
              throw new Error(`${a1(r + i, c + j)}: het overloopbereik is niet leeg (#OVERLOOP!)`);
            }
            grid[r + i][c + j] = x;
          })
        );
      } else {
        grid[r][c] = result;
      }
    }
  }
  return grid;
}

/** The value in column B of the row whose label (column A) is `label`. */
function valueOf(grid: Value[][], label: string): Value {
  const row = grid.find((r) => r[0] === label);
  if (!row) throw new Error(`geen rij ${label}`);
  return row[1];
}

describe("Rekenblad zware matching", () => {
  const sheet = matchingSheet();
  let grid: Value[][] = [];
  beforeAll(() => {
    grid = evaluate(sheet);
  });

  test("issue 12 point 1 as inserted: the art. 7 lid 1 onder a limit 547.033,42 binds", () => {
    // Art. 3 lid 1 + 2: 0,55% + 0,15% (private buyer without bank guarantee).
    expect(valueOf(grid, "Opslag")).toBe(0.007);
    // Art. 2 lid 1: min(6%; 4,5% + 0,7%) = 5,2%.
    expect(valueOf(grid, "Refinancieringsrente")).toBe(0.052);
    expect(valueOf(grid, "Kosten (100% van de kosten)")).toBe(745_954.66);
    expect(valueOf(grid, "Gekapitaliseerd verschil refinancieringsrente en contractrente")).toBe(
      547_033.42
    );
    expect(valueOf(grid, "Subsidie")).toBe(547_033.42);
    const binding = grid.filter((r) => typeof r[0] === "string" && r[0].endsWith("← bindend"));
    expect(binding.map((r) => [r[0], r[1]])).toEqual([
      [
        "Gekapitaliseerd verschil refinancieringsrente en contractrente, met art. 10 lid 9 (art. 7 lid 1 onder a) ← bindend",
        547_033.42,
      ],
    ]);
    // Art. 13 lid 1: min(90% × 547.033,42 = 492.330,078 → 492.330,07; 80% = 437.626,736 → 437.626,73).
    expect(valueOf(grid, "Voorschot dat nu kan worden verstrekt")).toBe(437_626.73);
  });

  test("every calculated row is an EKV formula with an article, and no result is an error", () => {
    sheet.cells.forEach((row, i) => {
      if (typeof row[1] === "string" && row[1].startsWith("=")) {
        expect({ row: i, article: typeof row[2] === "string" && /art\. \d/.test(row[2]) }).toEqual({
          row: i,
          article: true,
        });
      }
    });
    const errors = grid.flat().filter((v) => v !== null && typeof v === "object");
    expect(errors).toEqual([]);
  });

  test("lid 1 onder a (agreed rate left blank): costs and limit a are the same and both bind", () => {
    const a = matchingSheet();
    const r = a.cells.findIndex(
      (row) => typeof row[0] === "string" && row[0].startsWith("Overeengekomen rente")
    );
    a.cells[r][1] = null;
    const g = evaluate(a);
    expect(valueOf(g, "Kosten (100% van de kosten)")).toBe(547_033.42);
    expect(valueOf(g, "Subsidie")).toBe(547_033.42);
    expect(g.filter((x) => typeof x[0] === "string" && x[0].endsWith("← bindend"))).toHaveLength(2);
  });
});

describe("Rekenblad investeringsverzekering", () => {
  let grid: Value[][] = [];
  beforeAll(() => {
    grid = evaluate(rivSheet());
  });

  test("terms from dates and the combined claim with both limits of c iii binding", () => {
    // 1-1-2023 → 1-1-2026: exactly three years.
    expect(valueOf(grid, "Minimumduur gehaald")).toBe(true);
    // min(1-4-2023 + 20 j; 1-1-2024 + 15 j) = 1-1-2039 = 50771.
    expect(valueOf(grid, "Uiterste einddatum van de verzekering")).toBe(50771);
    expect(valueOf(grid, "Vergoeding (art. 4)")).toBe(100_000_000);
    expect(
      valueOf(
        grid,
        "Vergoeding Verzekerde A (vóór de grenzen van c iii € 71.100.000, minus € 18.440.000 naar rato van inbreng)"
      )
    ).toBe(52_660_000);
    const binding = grid.filter((r) => typeof r[0] === "string" && r[0].endsWith("← bindend"));
    expect(binding).toHaveLength(2);
  });
});

describe("insertWorkedSheet", () => {
  test("adds the sheet under a free name in two syncs and touches no other sheet", async () => {
    const host = installFakeExcel([
      { name: "Data", rows: [["x", 1]] },
      { name: "Rekenblad zware matching", rows: [["eigen werk"]] },
    ]);
    const data = snapshotSheet(host, "Data");
    const mine = snapshotSheet(host, "Rekenblad zware matching");
    const name = await insertWorkedSheet(matchingSheet());
    expect(name).toBe("Rekenblad zware matching (2)");
    expect(host.state.syncs).toBe(2);
    expect(snapshotSheet(host, "Data")).toEqual(data);
    expect(snapshotSheet(host, "Rekenblad zware matching")).toEqual(mine);
    expect(host.state.sheets.map((s) => s.name)).toEqual([
      "Data",
      "Rekenblad zware matching",
      "Rekenblad zware matching (2)",
    ]);
  });

  test("freeSheetName counts on, case-insensitively", () => {
    expect(freeSheetName("R", [])).toBe("R");
    expect(freeSheetName("R", ["r", "R (2)"])).toBe("R (3)");
  });
});
