/**
 * Dutch amount notation as published in the budget (Rijksbegrotingsvoorschriften; the 2016
 * garanties tables in shared/seeds/002_…): thousands points, decimal comma, dashes for negatives,
 * `€`, `mln.`/`mld.`. Ambiguous or malformed text must be refused with the reason, never guessed.
 */
import {
  classifyCellText,
  formatDutch,
  parseDutchAmount,
  parseDutchAmountOrThrow,
} from "../../src/core/amount";
import { EkvError } from "../../src/core/errors";

function value(text: string): number {
  const r = parseDutchAmount(text);
  if (!r.ok) throw new Error(`expected "${text}" to parse, got: ${r.reason}`);
  return r.value;
}

function reason(text: string): string {
  const r = parseDutchAmount(text);
  if (r.ok) throw new Error(`expected "${text}" to be refused, got ${r.value}`);
  return r.reason;
}

describe("parseDutchAmount: notations from the published tables", () => {
  test.each([
    // Overzicht verstrekte garanties, Exportkredietverzekering, uitstaande garanties 2014.
    ["13.373.678", 13373678],
    // Totaal row of the same table.
    ["190.131.779", 190131779],
    ["362", 362],
    ["0", 0],
    // Footnote 15 of the seed: 1 SDR = € 1,27.
    ["1,27", 1.27],
    ["532,0", 532],
    ["12.345.678,90", 12345678.9],
    ["1.000,5", 1000.5],
    ["0,1", 0.1],
  ])("%s → %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test.each([
    // Overzicht uitgaven en ontvangsten, Garantie procesrisico's, saldo 2014: en dash U+2013 and a space.
    ["\u2013 378", -378],
    ["\u2013378", -378],
    // Figure dash U+2012 (seen in other chapters' tables).
    ["\u2012 508", -508],
    ["\u2012508", -508],
    // Hyphen-minus.
    ["-378", -378],
    ["- 378", -378],
    // Minus sign U+2212.
    ["\u2212378", -378],
    ["\u2212 378", -378],
    // Benutting garantieregeling EKV, netto 2014.
    ["\u2013 7.484.391", -7484391],
    ["\u2013 49.219", -49219],
    ["\u2013 0,5", -0.5],
  ])("negative %s → %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test("a non-breaking space after the dash (copied from a web page) is still a space", () => {
    expect(value("\u2013\u00a0378")).toBe(-378);
    expect(value("  1.275  ")).toBe(1275);
  });

  test("negative zero comes back as plain 0", () => {
    expect(Object.is(value("-0"), 0)).toBe(true);
  });

  test.each([
    ["€ 378", 378],
    ["€378", 378],
    ["€ 1.275", 1275],
    ["\u2013 € 378", -378],
    ["€ \u2013 378", -378],
    ["€ 1,27", 1.27],
  ])("euro sign: %s → %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test.each([
    // WAKO paragraph: "verzekeren tot een maximumbedrag van € 1,2 mld." = 1,2 × 10^9.
    ["€ 1,2 mld.", 1200000000],
    // WAKO: "ruim € 22,5 mln." = 22,5 × 10^6.
    ["€ 22,5 mln.", 22500000],
    ["€ 23,6 mln.", 23600000],
    // Regeling Investeringen: "maximaal € 453,8 mln." = 453,8 × 10^6 (the table shows 453.780 x € 1.000:
    // the text rounds to one decimal).
    ["€ 453,8 mln.", 453800000],
    // EKV plafond: "€ 10 mld.".
    ["€ 10 mld.", 10000000000],
    ["€ 9,8 mld", 9800000000],
    ["1,5 miljard", 1500000000],
    ["50 miljoen", 50000000],
    ["\u2013 € 1,1 mln.", -1100000],
  ])("scale suffix: %s → %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  test("the exact decimal is kept next to the number", () => {
    const r = parseDutchAmount("€ 453,8 mln.");
    expect(r).toEqual({ ok: true, value: 453800000, exact: "453800000" });
    expect(parseDutchAmount("0,1")).toEqual({ ok: true, value: 0.1, exact: "0.1" });
  });
});

describe("parseDutchAmount: ambiguous or malformed text is refused with the reason", () => {
  test("1.27: a point followed by two digits is no thousands group; suggests the comma", () => {
    const why = reason("1.27");
    expect(why).toContain('"1.27" is geen bedrag in Nederlandse notatie');
    expect(why).toContain("groepeert de punt duizendtallen");
    expect(why).toContain("Bedoelt u 1,27?");
  });

  test("1.2.3: groups of one digit", () => {
    const why = reason("1.2.3");
    expect(why).toContain('"1.2.3"');
    expect(why).toContain("precies 3");
  });

  test("12,34,5: more than one decimal comma", () => {
    expect(reason("12,34,5")).toContain("meer dan één decimale komma");
  });

  test("abc: names the offending character", () => {
    expect(reason("abc")).toContain('het teken "a" hoort niet in een bedrag');
  });

  test("79.3002: a footnote marker stuck to 79.300", () => {
    const why = reason("79.3002");
    expect(why).toContain('na een punt staan 4 cijfers ("3002")');
    expect(why).toContain("voetnootcijfer");
  });

  test("0.500 (English for 0,5) is refused, not read as 500; so is a leading zero group", () => {
    expect(reason("0.500")).toBe(
      '"0.500" is geen bedrag in Nederlandse notatie: een getal met duizendtalpunten begint niet met een 0 (Engelse notatie?); in het Nederlands is de komma het decimaalteken. Bedoelt u 0,500?'
    );
    expect(reason("0.5")).toContain("Bedoelt u 0,5?");
    expect(reason("01.234")).toContain("begint niet met een 0");
    expect(reason("01.234")).not.toContain("Bedoelt u");
    // A plain 0 and 0 with a decimal comma stay fine.
    expect(value("0,500")).toBe(0.5);
    expect(value("10.000")).toBe(10000);
  });

  test("English notation 1,234.56 is refused, not read as 1,23456", () => {
    expect(reason("1,234.56")).toContain("Engelse notatie");
  });

  test.each([
    ["1234.567", "vóór de eerste punt staan 4 cijfers"],
    ["1.000.00", "precies 3"],
    ["12,", "eindigt met een scheidingsteken"],
    [",5", "begint met een scheidingsteken"],
    ["€", "er staat geen getal in"],
    ["-", "er staat geen getal in"],
    ["1e3", 'het teken "e"'],
    ["+5", 'het teken "+"'],
    ["1 234", 'het teken " "'],
    ["-\u2013 5", "twee mintekens"],
  ])("%s is refused: %s", (text, expected) => {
    expect(reason(text)).toContain(expected);
  });

  test("empty text is no amount (callers decide what blank means)", () => {
    expect(parseDutchAmount("")).toEqual({ ok: false, reason: "de tekst is leeg." });
    expect(parseDutchAmount("   ")).toEqual({ ok: false, reason: "de tekst is leeg." });
  });

  test("beyond 10^15 is refused as a unit mistake", () => {
    expect(reason("€ 2.000.000 mld.")).toContain("groter dan 10^15");
  });

  test("parseDutchAmountOrThrow throws an EkvError carrying the reason and the argument", () => {
    expect(parseDutchAmountOrThrow("1.234,5")).toBe(1234.5);
    let caught: unknown;
    try {
      parseDutchAmountOrThrow("1.27", "tekst");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(EkvError);
    expect((caught as EkvError).kind).toBe("invalid");
    expect((caught as EkvError).message).toMatch(/^tekst: "1\.27" is geen bedrag/);
  });
});

describe("classifyCellText", () => {
  test.each([
    ["", { kind: "blank" }],
    ["  ", { kind: "blank" }],
    ["\u2013", { kind: "nil" }],
    ["-", { kind: "nil" }],
    ["\u2012", { kind: "nil" }],
    ["nvt", { kind: "not-applicable" }],
    ["n.v.t.", { kind: "not-applicable" }],
    ["N.V.T.", { kind: "not-applicable" }],
    ["1.275", { kind: "number", value: 1275 }],
    ["\u2013 245", { kind: "number", value: -245 }],
  ])("%j → %j", (text, expected) => {
    expect(classifyCellText(text)).toEqual(expected);
  });

  test("other text keeps the reason", () => {
    const c = classifyCellText("Totaal");
    expect(c.kind).toBe("text");
    expect(c.kind === "text" && c.reason).toContain('het teken "T"');
  });
});

describe("formatDutch", () => {
  test.each([
    [13373678, "13.373.678"],
    [-7484391, "\u2013 7.484.391"],
    [-378, "\u2013 378"],
    [0, "0"],
    [-0, "0"],
    [999, "999"],
    [1000, "1.000"],
    [1.27, "1,27"],
    [0.1, "0,1"],
    [1234567.891, "1.234.567,891"],
    [1e15, "1.000.000.000.000.000"],
  ])("%d → %s", (x, expected) => {
    expect(formatDutch(x)).toBe(expected);
  });

  test.each([
    [2268901.08, 2, "2.268.901,08"],
    [1, 2, "1,00"],
    // 2,675 is the double 2.67499999999999982236431605997495353221893310546875; the contract
    // treats it as the decimal it prints as, so half up gives 2,68 (Number#toFixed gives 2,67).
    [2.675, 2, "2,68"],
    [-2.675, 2, "\u2013 2,68"],
    [-0.004, 2, "0,00"],
    [162568, 0, "162.568"],
  ])("%d with %d decimals → %s", (x, decimals, expected) => {
    expect(formatDutch(x, decimals)).toBe(expected);
  });
});
