/**
 * Findings that keep their origin (issue 8 point 7): rule metadata with a title and the table
 * kinds it applies to, the finding rule's id on every finding, a stable id, and one message
 * assembled in core and shown once by every front end.
 */
import { formatFileText } from "../../src/cli/format";
import { allRules, checkSheets, ruleCatalogue } from "../../src/core/tables";
import { findingId } from "../../src/core/tables/check";
import type { TableKind } from "../../src/core/tables/model";
import { BENUTTING, GARANTIES, UITGAVEN, copy, withCell } from "./support";
import { EXAMPLE, runCli } from "../cli/helpers";

// The cell rules read every kind of table: a text, an error or an uncalculated formula in an
// amount column of a loan, reserve or achterborgstelling table is never silent.
const ALL = [
  "garanties",
  "uitgaven-ontvangsten",
  "benutting",
  "leningen",
  "achterborgstellingen",
  "risicovoorziening",
];

describe("rule metadata", () => {
  it("gives every rule a short Dutch title and the table kinds it applies to", () => {
    expect(ruleCatalogue.map((r) => [r.id, r.title, r.kinds])).toEqual([
      ["roll-forward", "Uitstaand sluit niet aan", ["garanties"]],
      ["loan-roll-forward", "Lening sluit niet aan", ["leningen"]],
      ["reserve-roll-forward", "Voorziening sluit niet aan", ["risicovoorziening"]],
      ["column-total", "Totaal klopt niet", ["garanties", "uitgaven-ontvangsten", "leningen"]],
      ["saldo", "Saldo klopt niet", ["uitgaven-ontvangsten"]],
      ["net", "Netto klopt niet", ["benutting"]],
      ["ceiling", "Garantieplafond overschreden", ["garanties"]],
      ["total-ceiling", "Totaal plafond overschreden", ["garanties"]],
      ["negative", "Negatief bedrag", ALL],
      ["achterborg-negative", "Negatieve achterborgstelling", ["achterborgstellingen"]],
      ["currency-amount", "Geen bedrag in valuta", ["leningen"]],
      ["looptijd", "Looptijd klopt niet", ["leningen"]],
      [
        "sign-convention",
        "Negatief gepubliceerd",
        ["garanties", "uitgaven-ontvangsten", "benutting", "leningen"],
      ],
      ["number-as-text", "Bedrag als tekst", ["garanties", "uitgaven-ontvangsten", "benutting"]],
      ["not-a-number", "Geen bedrag", ALL],
      ["cell-error", "Foutwaarde in de cel", ALL],
      ["unknown-column", "Kolomkop niet herkend", ALL],
      ["header-year", "Jaar in kolomkop klopt niet", ["garanties", "uitgaven-ontvangsten"]],
      ["header-typo", "Typefout in kolomkop", ["garanties", "uitgaven-ontvangsten"]],
      ["not-calculated", "Formule niet berekend", ALL],
    ]);
    for (const r of ruleCatalogue) expect(r.title.length).toBeLessThanOrEqual(30);
  });

  it("runs a rule only on the table kinds its metadata names", () => {
    const calls: Array<[string, TableKind]> = [];
    const spies = allRules.map((rule) =>
      jest
        .spyOn(rule, "check")
        .mockImplementation((table) => void calls.push([rule.id, table.kind]))
    );
    try {
      checkSheets([
        { name: "G", values: copy(GARANTIES) },
        { name: "U", values: copy(UITGAVEN) },
        { name: "B", values: copy(BENUTTING) },
      ]);
    } finally {
      for (const s of spies) s.mockRestore();
    }
    const expected: Array<[string, TableKind]> = [];
    for (const kind of ["garanties", "uitgaven-ontvangsten", "benutting"] as const) {
      for (const r of allRules) if (r.kinds.includes(kind)) expected.push([r.id, kind]);
    }
    expect(calls).toEqual(expected);
    expect(calls.filter(([id]) => id === "saldo")).toEqual([["saldo", "uitgaven-ontvangsten"]]);
  });
});

describe("finding ids", () => {
  it("are file/sheet/cell/rule, escape '/' and '%', and number a repeat at one cell", () => {
    expect(findingId({ file: "b.xlsx", sheet: "Blad1", cell: "L24", rule: "saldo" })).toBe(
      "b.xlsx/Blad1/L24/saldo"
    );
    expect(findingId({ sheet: "Blad1", cell: "L24", rule: "saldo" })).toBe("Blad1/L24/saldo");
    expect(findingId({ file: "map/a%.xlsx", sheet: "U/O", cell: "E5", rule: "saldo" })).toBe(
      "map%2Fa%25.xlsx/U%2FO/E5/saldo"
    );
  });

  it("are the same for the same input and unique within a result", () => {
    const g = withCell(withCell(UITGAVEN, "E3", 378), "C5", 75279);
    const a = checkSheets([{ name: "U/O", values: g }], { file: "x.xlsx" });
    const b = checkSheets([{ name: "U/O", values: copy(g) }], { file: "x.xlsx" });
    expect(a.findings.map((f) => f.id)).toEqual([
      "x.xlsx/U%2FO/E3/saldo",
      "x.xlsx/U%2FO/C5/column-total",
      "x.xlsx/U%2FO/E5/column-total",
      "x.xlsx/U%2FO/E5/saldo",
    ]);
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
  });
});

describe("one message per finding", () => {
  const g = withCell(UITGAVEN, "E3", 378);
  const r = checkSheets([{ name: "Blad1", values: g }]);

  it("is assembled in core: where, the figures once, what must hold", () => {
    expect(r.findings[0]).toMatchObject({
      id: "Blad1/E3/saldo",
      rule: "saldo",
      expected: -378,
      actual: 378,
      message:
        'Regel "Garantie procesrisico\'s", kolom "Saldo 2016": verwacht – 378, gevonden 378 (verschil 756). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 0 − 378 = – 378.',
    });
  });

  it("is printed once by the CLI, with the rule's title and without a second figures line", () => {
    const text = formatFileText({ file: "a.xlsx", result: r });
    expect(text.split("\n").slice(5, 7)).toEqual([
      "  E3  fout  saldo  Saldo klopt niet",
      `      ${r.findings[0].message}`,
    ]);
    expect(text.match(/verwacht – 378/g)).toHaveLength(1);
  });

  it("the example workbook's two findings at L24 each say 'verwacht 168.291' once", () => {
    const out = runCli(["check", EXAMPLE]);
    expect(out.code).toBe(1);
    expect(out.stdout.match(/verwacht 168\.291, gevonden 172\.276/g)).toHaveLength(2);
    expect(out.stdout).toContain(
      '  L24  fout  column-total  Totaal klopt niet\n      Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985). Het totaal moet gelijk zijn aan de som van de 21 regels erboven (168.291).\n  L24  fout  saldo  Saldo klopt niet\n      Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 248.736 − 80.445 = 168.291.\n'
    );
  });
});
