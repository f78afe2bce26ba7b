/**
 * One vocabulary (issue 8 point 6): every dash the vocabulary names is read the same way by the
 * amount parser, the cell classifier, the header reader, the benutting recogniser, the function
 * adapters and the CLI. Expected values are written out by hand per dash.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { classifyCellText, formatDutch, parseDutchAmount } from "../../src/core/amount";
import { checkSheets } from "../../src/core/tables";
import { readHeader, yearOnly } from "../../src/core/tables/headers";
import { DASHES, NEGATIVE_DASH, TABLE_KIND_NAMES, collapseSpaces } from "../../src/core/vocabulary";
import { parseTolerance } from "../../src/core/tolerance";
import { toAmount } from "../../src/functions/excel-input";
import { buildTemplate } from "../../src/taskpane/templates";

const NAMED: Array<[string, string]> = [
  ["-", "hyphen-minus U+002D"],
  ["\u2010", "hyphen U+2010"],
  ["\u2011", "non-breaking hyphen U+2011"],
  ["\u2012", "figure dash U+2012"],
  ["\u2013", "en dash U+2013"],
  ["\u2014", "em dash U+2014"],
  ["\u2212", "minus sign U+2212"],
];

describe("the dash class", () => {
  it("holds exactly the seven dashes of published tables", () => {
    expect([...DASHES].sort()).toEqual(NAMED.map(([d]) => d).sort());
  });

  describe.each(NAMED)("%s (%s)", (d) => {
    it("is a minus sign before an amount", () => {
      expect(parseDutchAmount(`${d} 378`)).toEqual({ ok: true, value: -378, exact: "-378" });
      expect(parseDutchAmount(`${d}1.275,5`)).toEqual({
        ok: true,
        value: -1275.5,
        exact: "-1275.5",
      });
    });

    it("alone in a cell is nil", () => {
      expect(classifyCellText(` ${d} `)).toEqual({ kind: "nil" });
    });

    it("makes a relative year in a header and in a year row", () => {
      expect(yearOnly(`t${d}1`)).toBe("t-1");
      expect(yearOnly(`t ${d} 2`)).toBe("t-2");
      expect(readHeader(`Uitstaande garanties t${d}1`)).toEqual({
        type: "data",
        kind: "uitstaand",
        year: "t-1",
      });
    });

    it("makes relative years in a benutting table, which is then checked", () => {
      const values = [
        ["", `t${d}2`, `t${d}1`, "t"],
        ["Aangegane garantieverplichtingen (bruto)", 10, 20, 30],
        ["Vervallen garantieverplichtingen", 4, 25, 10],
        // t-1: 20 − 25 = – 5, published as 5.
        ["Aangegane garantieverplichtingen (netto)", 6, 5, 20],
      ];
      const r = checkSheets([{ name: "Blad1", values }]);
      expect(r.tables).toMatchObject([
        {
          sheet: "Blad1",
          range: "A1:D4",
          kind: "benutting",
          unit: "x € 1.000",
          years: ["t-2", "t-1", "t"],
        },
      ]);
      expect(r.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
        ["net", "C4", -5, 5],
      ]);
    });

    it("marks text as a number stored as text in the function adapters", () => {
      expect(() => toAmount(`${d}378`, "verleend")).toThrow(
        `verleend: tekst "${d}378" is een getal opgeslagen als tekst`
      );
    });

    it("makes a negative tolerance", () => {
      expect(parseTolerance(`${d}1`)).toEqual({ ok: false, reason: `"${d}1" is negatief.` });
    });
  });
});

describe("spaces and written forms", () => {
  it("collapses every space the tables use (no-break, figure, thin, narrow no-break)", () => {
    expect(collapseSpaces(" a\u00a0\u2007b\u2009\u202fc\n\td ")).toBe("a b c d");
  });

  it("writes negatives with the vocabulary's dash, in text and in the template number format", () => {
    expect(NEGATIVE_DASH).toBe("\u2013");
    expect(formatDutch(-378)).toBe("\u2013 378");
    const t = buildTemplate(
      { kind: "uitgaven-ontvangsten", firstYear: 2016, lastYear: 2016, itemRows: 1 },
      { row: 0, col: 0 }
    );
    expect(t.numberFormat[2][3]).toBe('#,##0;"\u2013 "#,##0');
    expect(t.cells[0][0]).toBe(
      `${TABLE_KIND_NAMES["uitgaven-ontvangsten"]} (bedragen x\u00a0€\u00a01.000)`
    );
  });

  it("defines dash and space code points only in src/core/vocabulary.ts", () => {
    // A second list of dashes is how U+2010 went missing from three of four copies.
    const root = path.join(__dirname, "..", "..", "src");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && !p.endsWith(path.join("core", "vocabulary.ts"))) {
          const text = fs.readFileSync(p, "utf8");
          if (/\\u(?:201[0-4]|2212|2007|2009|202f)/i.test(text))
            offenders.push(path.relative(root, p));
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
