/**
 * Header sanity as rules (issue 8 point 2): a duplicated year, a year out of sequence, an
 * impossible year or a near miss of a known header is an error at that header cell, with what it
 * probably should read; the column is checked under that reading when it is unambiguous, and
 * named as unchecked when it is not. Fixture: the 2016 overview's first rows (support.ts).
 */
import { checkSheets } from "../../src/core/tables";
import { recogniseSheets } from "../../src/core/tables/check";
import { checkHeaders } from "../../src/core/tables/header-sanity";
import { GARANTIES, UITGAVEN, copy, withCell } from "./support";
import type { Grid } from "./support";

function check(g: Grid) {
  const r = checkSheets([{ name: "B", values: g }]);
  return {
    years: r.tables[0].years,
    findings: r.findings.map((f) => [f.rule, f.cell, f.severity, f.message]),
  };
}

const checked = (header: string) =>
  ` Waarschijnlijk bedoeld: "${header}"; de kolom is gecontroleerd als "${header}".`;

describe("header sanity", () => {
  it("a duplicated year: the later column, read as the next year", () => {
    // F2 should read 2016: it follows "Uitstaande garanties 2015" (C2) and the 2016 block D–G.
    const r = check(withCell(GARANTIES, "F2", "Uitstaande garanties 2015"));
    expect(r).toEqual({
      years: [2015, 2016],
      findings: [
        [
          "header-year",
          "F2",
          "error",
          'Kolomkop "Uitstaande garanties 2015": het jaar staat al boven een andere kolom van deze soort.' +
            checked("Uitstaande garanties 2016"),
        ],
      ],
    });
  });

  it.each([
    ["2061", "F2", "Uitstaande garanties 2061", "Uitstaande garanties 2016"],
    ["2105", "F2", "Uitstaande garanties 2105", "Uitstaande garanties 2016"],
    ["2O15 (letter O)", "C2", "Uitstaande garanties 2O15", "Uitstaande garanties 2015"],
  ])("an impossible year %s", (_, cell, text, reading) => {
    const r = check(withCell(GARANTIES, cell, text));
    expect(r).toEqual({
      years: [2015, 2016],
      findings: [
        [
          "header-year",
          cell,
          "error",
          `Kolomkop "${text}": het jaar is geen mogelijk jaar voor deze tabel.${checked(reading)}`,
        ],
      ],
    });
  });

  it("a year out of sequence between two that agree", () => {
    // Uitgaven 2014, 2016, 2016 → the middle one should be 2015 (next − 1 = previous + 1).
    const g: Grid = [
      [
        "Omschrijving",
        "Uitgaven 2014",
        "Uitgaven 2017",
        "Uitgaven 2016",
        "Ontvangsten 2016",
        "Saldo 2016",
      ],
      ["a", 1, 2, 3, 5, 2],
      ["Totaal", 1, 2, 3, 5, 2],
    ];
    expect(check(g).findings).toEqual([
      [
        "header-year",
        "C1",
        "error",
        'Kolomkop "Uitgaven 2017": het jaar past niet in de volgorde van de jaren van de kolommen van deze soort.' +
          checked("Uitgaven 2015"),
      ],
    ]);
  });

  it("a near miss of a known header is a typo, checked under the known name", () => {
    const r = check(withCell(GARANTIES, "F2", "Uitstaande garnaties 2016"));
    expect(r.findings).toEqual([
      [
        "header-typo",
        "F2",
        "error",
        'Kolomkop "Uitstaande garnaties 2016": de kop lijkt een typefout van een bekende kolomkop.' +
          checked("Uitstaande garanties 2016"),
      ],
    ]);
  });

  it.each([
    ["duplicate", "Uitstaande garanties 2015"],
    ["2061", "Uitstaande garanties 2061"],
    ["2105", "Uitstaande garanties 2105"],
    ["typo", "Uitstaande garnaties 2016"],
  ])("finds a defect planted in the column under the reading (%s)", (_, text) => {
    // F3: 13.373.678 + 10.000.000 − 10.000.000 = 13.373.678, published 13.373.679.
    const g = withCell(withCell(GARANTIES, "F2", text), "F3", 13373679);
    const rules = checkSheets([{ name: "B", values: g }]).findings.map((f) => [f.rule, f.cell]);
    expect(rules).toContainEqual(["roll-forward", "F3"]);
    expect(rules).toContainEqual(["column-total", "F6"]);
    expect(rules.filter(([rule]) => rule === "unknown-column")).toEqual([]);
  });

  it("names a column it cannot read unambiguously as unchecked", () => {
    // One year only: nothing in the table says which year "2105" should be.
    const g = withCell(UITGAVEN, "C2", "Uitgaven 2105");
    expect(check(g).findings).toEqual([
      [
        "header-year",
        "C2",
        "error",
        'Kolomkop "Uitgaven 2105": het jaar is geen mogelijk jaar voor deze tabel. Wat bedoeld is, is niet eenduidig; deze kolom is niet gecontroleerd.',
      ],
    ]);
    const [t] = recogniseSheets([{ name: "B", values: g }]);
    expect(checkHeaders(t, { name: "B", values: g })).toEqual([
      {
        row: 1,
        col: 2,
        text: "Uitgaven 2105",
        problem: "impossible-year",
        checked: false,
        unchecked: 'kop "Uitgaven 2105" niet eenduidig te lezen',
      },
    ]);
  });

  it("leaves consistent tables and relative years alone", () => {
    expect(check(copy(GARANTIES)).findings).toEqual([]);
    expect(check(copy(UITGAVEN)).findings).toEqual([]);
  });
});
