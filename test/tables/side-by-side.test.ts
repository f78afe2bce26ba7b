/**
 * Tables side by side on one sheet (issue 8 point 1): two benutting tables with no, one or two
 * blank columns between them are two tables, each with the title above its own columns.
 */
import { checkSheets, recogniseSheets } from "../../src/core/tables/check";
import type { CellValue } from "../../src/core/tables/model";
import { buildTemplate } from "../../src/taskpane/templates";
import { benuttingRegelingInvesteringen2016 } from "./fixtures/tables-2016";
import { BENUTTING, GARANTIES, UITGAVEN, copy } from "./support";
import type { Grid } from "./support";

/** Grid b to the right of grid a, `gap` blank columns between, b moved down `down` rows. */
function beside(a: Grid, b: Grid, gap: number, down = 0): Grid {
  const w = Math.max(...a.map((r) => r.length));
  const out: Grid = [];
  for (let i = 0; i < Math.max(a.length, b.length + down); i++) {
    const left: CellValue[] = [...(a[i] ?? [])];
    const right = b[i - down];
    if (right) while (left.length < w + gap) left.push(null);
    out.push([...left, ...(right ?? [])]);
  }
  return out;
}

const col = (n: number) => String.fromCharCode(65 + n);
const sheet = (values: Grid) => [{ name: "Blad1", values }];

describe.each([0, 1, 2])("two benutting tables, %d blank columns between", (gap) => {
  // BENUTTING spans A…D (label column A, years 2012–2014 in B…D); the second starts at E + gap.
  const start = 4 + gap;
  const second = `${col(start)}2:${col(start + 3)}5`;

  it("are two tables, each with its own title and no unknown headers", () => {
    const t = recogniseSheets(sheet(beside(BENUTTING, BENUTTING, gap)));
    expect(t.map((x) => [x.kind, x.range, x.title, x.unknownHeaders.length])).toEqual([
      ["benutting", "A2:D5", "Benutting garantieregeling", 0],
      ["benutting", second, "Benutting garantieregeling", 0],
    ]);
    expect(t[1].labels[0]).toBe("Aangegane garantieverplichtingen (bruto)");
    expect(t[1].columns.map((c) => c.col)).toEqual([start + 1, start + 2, start + 3]);
  });

  it("report a wrong netto of the right-hand table there, and nothing on the left one", () => {
    const right = copy(BENUTTING);
    right[4][2] = 3523570 + 1000; // netto 2013 = 12.901.909 − 9.378.339 = 3.523.570
    const r = checkSheets(sheet(beside(BENUTTING, right, gap)));
    expect(r.findings.map((f) => [f.table, f.cell, f.expected, f.actual])).toEqual([
      [1, `${col(start + 2)}5`, 3523570, 3524570],
    ]);
  });
});

describe("a benutting template written beside a published benutting table", () => {
  // A1 the scheme's heading, A2 the title, A3:F6 the table (years 2010–2014).
  const published: Grid = [
    ["19. Regeling Investeringen"],
    ...copy(benuttingRegelingInvesteringen2016),
  ];
  /** The pane's template for 2016–2018 with its anchor at row 2 (0-based 1), amounts filled in. */
  function template(): Grid {
    const t = buildTemplate(
      { kind: "benutting", firstYear: 2016, lastYear: 2018, itemRows: 0 },
      { row: 1, col: 0 }
    );
    const g: Grid = t.cells.map((r) => r.map((v) => (v !== null && v.startsWith("=") ? null : v)));
    // bruto − vervallen = netto: 300 − 100 = 200, 50 − 75 = −25, 0 − 0 = 0.
    [300, 50, 0].forEach((v, i) => (g[2][i + 1] = v));
    [100, 75, 0].forEach((v, i) => (g[3][i + 1] = v));
    [200, -25, 0].forEach((v, i) => (g[4][i + 1] = v));
    return g;
  }

  it.each([
    ["G2", 0],
    ["H2", 1],
  ])(
    "at %s: two tables; the template's title is its own, not the scheme's on its left",
    (_, gap) => {
      const values = beside(published, template(), gap, 1);
      const t = recogniseSheets(sheet(values));
      const c = 6 + gap;
      expect(t.map((x) => [x.range, x.title, x.unknownHeaders.length])).toEqual([
        ["A3:F6", "Benutting garantieregeling – 19. Regeling Investeringen", 0],
        [`${col(c)}3:${col(c + 3)}6`, "Benutting garantieregeling", 0],
      ]);
      expect(t[1].years).toEqual([2016, 2017, 2018]);
      expect(checkSheets(sheet(values)).findings).toEqual([]);
    }
  );

  it("a table beside another with nothing above its own columns has no title", () => {
    const values = beside(published, BENUTTING.slice(1), 1, 2);
    const t = recogniseSheets(sheet(values));
    expect(t.map((x) => [x.range, x.title])).toEqual([
      ["A3:F6", "Benutting garantieregeling – 19. Regeling Investeringen"],
      ["H3:K6", undefined],
    ]);
  });
});

it.each([0, 1, 2])(
  "garanties beside uitgaven with %d blank columns: two tables, own titles",
  (gap) => {
    const t = recogniseSheets(sheet(beside(GARANTIES, UITGAVEN, gap)));
    const w = Math.max(...GARANTIES.map((r) => r.length)) + gap;
    expect(t.map((x) => [x.kind, x.range.split(":")[0], x.title])).toEqual([
      ["garanties", "A2", "Overzicht verstrekte garanties"],
      ["uitgaven-ontvangsten", `${col(w)}2`, "Overzicht uitgaven en ontvangsten garanties"],
    ]);
    expect(checkSheets(sheet(beside(GARANTIES, UITGAVEN, gap))).findings).toEqual([]);
  }
);

it("an uitgaven table beside a benutting table reads only its own title, and vice versa", () => {
  const t = recogniseSheets(sheet(beside(BENUTTING, UITGAVEN, 1)));
  expect(t.map((x) => [x.kind, x.title])).toEqual([
    ["benutting", "Benutting garantieregeling"],
    ["uitgaven-ontvangsten", "Overzicht uitgaven en ontvangsten garanties"],
  ]);
  const u = recogniseSheets(sheet(beside(UITGAVEN, BENUTTING, 1)));
  expect(u.map((x) => [x.kind, x.title])).toEqual([
    ["uitgaven-ontvangsten", "Overzicht uitgaven en ontvangsten garanties"],
    ["benutting", "Benutting garantieregeling"],
  ]);
});
