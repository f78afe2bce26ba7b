/**
 * The loan, risicovoorziening and achterborgstelling tables (risk-tables.ts) and their rules:
 * recognised as published (IV loans, JV2020 and JV2021, fixtures/published.ts), each rule firing
 * and not firing at the exact cells, and the one real inconsistency between the two loan tables.
 */
import { checkDocuments, parseDocumentSpec } from "../../src/core/documents";
import { parseCurrencyAmount, parseLooptijd } from "../../src/core/rules/loan-texts";
import { unitFactor } from "../../src/core/tables/risk-tables";
import {
  IV_JV2020_LENINGEN_EXCERPT,
  IV_JV2021_LENINGEN_EXCERPT,
  type Grid,
  type PublishedTable,
} from "../documents/fixtures/published";
import { hits, run, withCell } from "./support";

describe("Overzicht verstrekte leningen (IV, as published)", () => {
  it.each([
    ["JV2020", IV_JV2020_LENINGEN_EXCERPT, [2019, 2020]],
    ["JV2021", IV_JV2021_LENINGEN_EXCERPT, [2020, 2021]],
  ])(
    "%s: recognised as a loan table, 'ANG 139.735' read as a currency amount, no finding",
    (_n, t, years) => {
      const r = run(t.grid);
      expect(r.tables).toEqual([
        expect.objectContaining({ kind: "leningen", range: "A2:G11", unit: "x € 1.000", years }),
      ]);
      expect(r.findings).toEqual([]);
    }
  );

  it("currency-amount fires at a currency cell that is no amount, not at 'ANG 0'", () => {
    const r = run(withCell(IV_JV2020_LENINGEN_EXCERPT.grid, "C4", "ANG 139,735.50"));
    expect(hits(r, "currency-amount")).toEqual([["C4", null, null]]);
    expect(r.findings.map((f) => f.cell)).toEqual(["C4"]);
  });

  it("currency-amount fires when the guilder amount is 0 but the euro amount is not", () => {
    const r = run(withCell(IV_JV2020_LENINGEN_EXCERPT.grid, "D3", 5));
    expect(hits(r, "currency-amount")).toEqual([["C3", null, 5]]);
    expect(r.findings[0].severity).toBe("error");
  });

  it("looptijd fires when the years do not span the term: '30 jaar (2014-2045)'", () => {
    const r = run(withCell(IV_JV2021_LENINGEN_EXCERPT.grid, "E8", "30 jaar (2014-2045)"));
    expect(hits(r, "looptijd")).toEqual([["E8", 31, 30]]);
  });

  it("parses currency amounts and terms", () => {
    expect(parseCurrencyAmount("ANG 139.735")).toEqual({ currency: "ANG", amount: 139735 });
    expect(parseCurrencyAmount("AWG 71 mln.")).toEqual({ currency: "AWG", amount: 71000000 });
    expect(parseCurrencyAmount("139.735")).toBeUndefined();
    expect(parseLooptijd("30 jaar (2014-2044)")).toEqual({ years: 30, from: 2014, to: 2044 });
    expect(parseLooptijd("30 jaar (2014–2044)")).toEqual({ years: 30, from: 2014, to: 2044 });
    expect(parseLooptijd("tot 2044")).toBeUndefined();
  });
});

describe("loan-roll-forward", () => {
  // Loans to Curaçao, 1,6%: ANG 204.545 → € 108.084 end 2020, ANG 196.363 → € 104.295 end 2021
  // (JV2020/JV2021): 108.084 − 3.789 = 104.295.
  const grid: Grid = [
    ["Overzicht verstrekte leningen (bedragen x € 1.000)"],
    [
      "Omschrijving",
      "Uitstaande lening 2020",
      "Verstrekt 2021",
      "Afgelost 2021",
      "Koersverschil 2021",
      "Uitstaande lening 2021",
    ],
    ["Lening lopende inschrijving Curaçao 1,6%", 108084, 0, 3789, 0, 104295],
    ["Lening lopende inschrijving Curaçao 1,0%", 29702, 0, 0, 0, 29702],
    ["Totaal", 137786, 0, 3789, 0, 133997],
  ];

  it("is silent on a table that rolls forward, total included", () => {
    const r = run(grid);
    expect(r.tables[0].kind).toBe("leningen");
    expect(r.findings).toEqual([]);
  });

  it("fires at the outstanding cell, and counts the mutation column with its sign", () => {
    expect(hits(run(withCell(grid, "F3", 104296)), "loan-roll-forward")).toEqual([
      ["F3", 104295, 104296],
    ]);
    // A koersverschil of – 1 explains 104.294.
    const g = withCell(withCell(withCell(grid, "F3", 104294), "E3", -1), "E5", -1);
    expect(hits(run(withCell(g, "F5", 133996)), "loan-roll-forward")).toEqual([]);
  });
});

describe("Risicovoorziening", () => {
  // No published reserve table with its flows was available: these tables end at FOM's published
  // stand of 30.560 at the end of 2020 (XVII JV2020) with begin and withdrawals chosen so that
  // they add up (34.042 − 743 = 33.299; 33.299 − 2.739 = 30.560), laid out by columns and by rows.
  const byColumns: Grid = [
    ["Verloop risicovoorziening (bedragen x € 1.000)"],
    [
      "Regeling",
      "Stand 1 januari 2020",
      "Storting 2020",
      "Onttrekking 2020",
      "Stand 31 december 2020",
    ],
    ["FOM", 33299, 0, 2739, 30560],
    ["Totaal", 33299, 0, 2739, 30560],
  ];
  const byRows: Grid = [
    ["Risicovoorziening FOM (bedragen x € 1.000)"],
    [null, 2019, 2020],
    ["Stand 1 januari", 34042, 33299],
    ["Storting", 0, 0],
    ["Onttrekking", 743, 2739],
    ["Stand 31 december", 33299, 30560],
  ];

  it("columns: silent when begin + storting − onttrekking = eind; fires at the end cell otherwise", () => {
    expect(run(byColumns).findings).toEqual([]);
    expect(hits(run(withCell(byColumns, "E3", 30561)), "reserve-roll-forward")).toEqual([
      ["E3", 30560, 30561],
    ]);
  });

  it("rows: per year, and the stand 1 januari is the stand 31 december of the year before", () => {
    const r = run(byRows);
    expect(r.tables[0]).toMatchObject({ kind: "risicovoorziening", years: [2019, 2020] });
    expect(r.findings).toEqual([]);
    expect(hits(run(withCell(byRows, "C3", 33300)), "reserve-roll-forward")).toEqual([
      ["C3", 33299, 33300],
      ["C6", 30561, 30560],
    ]);
  });
});

describe("Overzicht achterborgstellingen", () => {
  const grid: Grid = [
    ["Overzicht achterborgstellingen (bedragen x € 1 mln)"],
    ["Omschrijving", "t-2", "t-1", "t"],
    ["Achterborgstelling", 3100, "3,1 mld.", 3200],
    ["Bufferkapitaal", 500, 510, 520],
    ["Obligo", 1200, 1250, 1300],
    ["Stand risicovoorziening", 0, 0, 0],
  ];

  it("reads '3,1 mld.' in its own unit and gives it in the table's unit (3.100)", () => {
    const r = run(grid);
    expect(r.tables[0]).toMatchObject({
      kind: "achterborgstellingen",
      unit: "x € 1 mln",
      years: ["t-2", "t-1", "t"],
    });
    expect(r.findings).toEqual([]);
    // Written negative, "– 3,1 mld." is reported as – 3.100 in the table's unit.
    expect(hits(run(withCell(grid, "C3", "\u2013 3,1 mld.")), "achterborg-negative")).toEqual([
      ["C3", null, -3100],
    ]);
    expect(unitFactor("x € 1 mln")).toBe(1e6);
    expect(unitFactor("x € 1.000")).toBe(1e3);
    expect(unitFactor("x € 1.000.000")).toBe(1e6);
  });

  it("achterborg-negative fires at a negative obligo only", () => {
    expect(hits(run(withCell(grid, "D5", -5)), "achterborg-negative")).toEqual([["D5", null, -5]]);
    expect(hits(run(grid), "achterborg-negative")).toEqual([]);
  });
});

describe("loan-euro-amount (between annual reports)", () => {
  const wb = (file: string, t: PublishedTable, grid: Grid = t.grid) => ({
    file,
    sheets: [{ name: "Blad1", values: grid }],
    document: parseDocumentSpec(t.document),
  });

  it("the 2,45% loan: ANG 247.036 in JV2020 and JV2021, but € 103.187 and € 103.186 (real)", () => {
    const r = checkDocuments([
      wb("jv2021.xlsx", IV_JV2021_LENINGEN_EXCERPT),
      wb("jv2020.xlsx", IV_JV2020_LENINGEN_EXCERPT),
    ]);
    expect(
      r.findings.map((f) => [
        f.rule,
        f.severity,
        f.cells.map((c) => `${c.file}!${c.cell}`),
        f.expected,
        f.actual,
      ])
    ).toEqual([
      ["loan-euro-amount", "warning", ["jv2020.xlsx!D9", "jv2021.xlsx!D8"], 103187, 103186],
    ]);
  });

  it("is silent when the euro amount is the same", () => {
    const r = checkDocuments([
      wb(
        "jv2021.xlsx",
        IV_JV2021_LENINGEN_EXCERPT,
        withCell(IV_JV2021_LENINGEN_EXCERPT.grid, "D8", 103187)
      ),
      wb("jv2020.xlsx", IV_JV2020_LENINGEN_EXCERPT),
    ]);
    expect(r.findings).toEqual([]);
  });
});
