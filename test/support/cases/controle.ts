/**
 * Cases for EKV.CONTROLEER (src/functions/controle.ts), consumed by the built-bundle test and the
 * bad-input suite. The table argument is a range exactly as Excel passes it: a rectangular 2-D
 * array, blanks as null. Without the invocation argument (as here) the cells are named relative
 * to the range: A1 is its top-left cell. Expected findings verified by hand (arithmetic below).
 */
import type { FunctionCase } from "../function-cases";
import {
  benuttingExportkredietverzekering2016,
  garantiesOverzicht2016,
  uitgavenOntvangsten2016,
} from "../../tables/fixtures/tables-2016";

type Range = Array<Array<string | number | boolean | null>>;

/** Pads the rows to one width, as a range always is. */
function rect(grid: unknown[][]): Range {
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => {
    const out = r.map((v) => (v === undefined ? null : v)) as Range[number];
    while (out.length < width) out.push(null);
    return out;
  });
}

/** A small uitgaven/ontvangsten table: 0 − 378 = – 378; 233.202 − 74.900 = 158.302. */
const small: Range = [
  ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  ["Garantie procesrisico's", 378, null, -378],
  ["Exportkredietverzekering", 74900, 233202, 158303],
];

export const cases: FunctionCase[] = [
  {
    name: "CONTROLEER",
    valid: [
      {
        // Saldo 2016 of the Totaal row (L24 from the title row in A1): items – 245 + 1.075 + 609 +
        // 7.800 + 750 + 158.302 = 168.291 = 248.736 − 80.445; published 172.276.
        args: [rect(uitgavenOntvangsten2016), null],
        expected: [
          [
            "column-total",
            "L24",
            168291,
            172276,
            'Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985). Het totaal moet gelijk zijn aan de som van de 21 regels erboven (168.291).',
          ],
          [
            "saldo",
            "L24",
            168291,
            172276,
            'Regel "Totaal", kolom "Saldo 2016": verwacht 168.291, gevonden 172.276 (verschil 3.985). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 248.736 − 80.445 = 168.291.',
          ],
        ],
        note: "published 2016 uitgaven/ontvangsten: the one real mistake",
      },
      {
        args: [rect(garantiesOverzicht2016), 0],
        expected: [["OK"]],
        note: "published 2016 garanties overview adds up everywhere",
      },
      {
        args: [rect(benuttingExportkredietverzekering2016), null],
        expected: [["OK"]],
        note: "benutting EKV 2010-2014: netto = bruto − vervallen",
      },
      {
        // 233.202 − 74.900 = 158.302, published 158.303: difference 1.
        args: [small, 0],
        expected: [
          [
            "saldo",
            "D3",
            158302,
            158303,
            'Regel "Exportkredietverzekering", kolom "Saldo 2016": verwacht 158.302, gevonden 158.303 (verschil 1). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 233.202 − 74.900 = 158.302.',
          ],
        ],
        note: "exact by default",
      },
      { args: [small, 1], expected: [["OK"]], note: "tolerance 1 hides a difference of 1" },
      {
        // The difference at L24 is 172.276 − 168.291 = 3.985: "4.000" in Dutch notation (four
        // thousand, as --tolerance and the task pane read it) hides it; read as 4 it would not.
        args: [rect(uitgavenOntvangsten2016), "4.000"],
        expected: [["OK"]],
        note: 'tolerance as Dutch text "4.000" is four thousand',
      },
      {
        args: [small, "0,5"],
        expected: [
          [
            "saldo",
            "D3",
            158302,
            158303,
            'Regel "Exportkredietverzekering", kolom "Saldo 2016": verwacht 158.302, gevonden 158.303 (verschil 1). Saldo 2016 moet gelijk zijn aan ontvangsten − uitgaven = 233.202 − 74.900 = 158.302.',
          ],
        ],
        note: 'tolerance "0,5" (a half) does not hide a difference of 1',
      },
      {
        args: [
          [
            ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
            ["Regeling", "1.275", { code: "#REF!" }, true],
          ],
          null,
        ],
        expected: [
          [
            "number-as-text",
            "B2",
            "",
            1275,
            'Regel "Regeling", kolom "Uitgaven 2016": het bedrag 1.275 staat als tekst in de cel ("1.275"); Excel\'s SOM slaat het over. Zet de cel om naar een getal. In de andere controles telt 1.275 wel mee.',
          ],
          [
            "cell-error",
            "C2",
            "",
            "",
            'Regel "Regeling", kolom "Ontvangsten 2016": foutwaarde #REF!; herstel eerst die fout. Deze cel doet niet mee in de andere controles.',
          ],
          [
            "not-a-number",
            "D2",
            "",
            "",
            'Regel "Regeling", kolom "Saldo 2016": geen bedrag: de logische waarde WAAR is geen bedrag. Deze cel doet niet mee in de andere controles.',
          ],
        ],
        note: "text number, error value object and boolean in the range",
      },
    ],
    // The tolerance takes Dutch text as well (core/tolerance.ts), so the generic bad-number
    // inputs do not apply to it; its refusals are listed under invalid.
    numericParams: [],
    invalid: [
      { args: [[["Toelichting"], ["geen tabel"]], null], note: "no table in the range" },
      { args: [small, -1], note: "negative tolerance" },
      { args: [small, "1.27"], note: "ambiguous tolerance text (1,27 or 127?)" },
      { args: [small, "0.5"], note: "English notation tolerance text" },
      { args: [small, "5%"], note: "tolerance as a percentage" },
      { args: [small, "\u2013 378"], note: "negative tolerance as text" },
      { args: [small, "abc"], note: "tolerance text that is no amount" },
      { args: [small, true], note: "boolean tolerance" },
      { args: [small, { code: "#REF!" }], note: "error value as tolerance" },
      { args: [small, Number.NaN], note: "NaN tolerance" },
      { args: [[[]], null], note: "empty range" },
      {
        args: [
          [
            [null, null],
            [null, null],
          ],
          null,
        ],
        note: "blank range",
      },
    ],
  },
];
