import { findYear, normaliseHeader, readHeader, yearOnly } from "../../src/core/tables/headers";

describe("header texts as published", () => {
  const cases: Array<[string, string, string | number | null]> = [
    ["Uitstaande garanties 2014", "uitstaand", 2014],
    ["Uitstaande garanties\n2016", "uitstaand", 2016],
    ["UITSTAANDE GARANTIES 2015", "uitstaand", 2015],
    ["Uitstaand t-2", "uitstaand", "t-2"],
    ["Uitstaande garanties t – 1", "uitstaand", "t-1"],
    ["Uitstaande garanties t", "uitstaand", "t"],
    ["Uitstaande garanties '22", "uitstaand", 2022],
    ["Uitstaande garanties ’23", "uitstaand", 2023],
    ["Geraamd te verlenen 2015", "verleend", 2015],
    ["Geraamd te ver- lenen 2016", "verleend", 2016],
    ["Verleend 2023", "verleend", 2023],
    ["Verleend 20231", "verleend", 2023],
    ["Geraamd te vervallen 2016", "vervallen", 2016],
    ["Vervallen 2024", "vervallen", 2024],
    ["Garantieplafond 2025", "plafond", 2025],
    ["Garantie- plafond 2015", "plafond", 2015],
    ["Garantie-\nplafond 2016", "plafond", 2016],
    ["Garantie\u00adplafond 2026", "plafond", 2026],
    ["Garantie-plafond (jaarlijks)", "plafond", null],
    ["Garantieplafond", "plafond", null],
    ["Garantieplafond¹", "plafond", null],
    ["Totaal plafond", "totaal-plafond", null],
    ["Totaal plafond 2027", "totaal-plafond", 2027],
    ["Totaal stand risicovoorziening", "totaal-risicovoorziening", null],
    ["Uitgaven 2014", "uitgaven", 2014],
    ["Uitg. 2019", "uitgaven", 2019],
    ["Ontvangsten 2016", "ontvangsten", 2016],
    ["Ontv.2019", "ontvangsten", 2019],
    ["Stand risicovoorziening 2022", "risicovoorziening", 2022],
    ["Stand risicovoorz. 2022", "risicovoorziening", 2022],
    ["Saldo 2016", "saldo", 2016],
    ["Saldo*", "saldo", null],
    ["Saldo (1)", "saldo", null],
    ["Saldo1 2016", "saldo", 2016],
    ["Garantieplafond 2016 1", "plafond", 2016],
    // Annual reports (RBV model 3.21b).
    ["Inkomsten 2016", "ontvangsten", 2016],
    ["Inkomsten t", "ontvangsten", "t"],
    ["Totaalstand risicovoorziening", "totaal-risicovoorziening", null],
    ["Totaalstand mutatie volume risicovoorziening", "mutatie-risicovoorziening", null],
    ["Totaalstand mutatie volume risicovoorziening 2016", "mutatie-risicovoorziening", 2016],
    ["Verleend t", "verleend", "t"],
    ["Vervallen t", "vervallen", "t"],
    // The year in brackets.
    ["Uitstaand (2016)", "uitstaand", 2016],
    ["Uitstaande garanties (2015)", "uitstaand", 2015],
    ["Uitstaand (t-1)", "uitstaand", "t-1"],
    ["Saldo (2016) 1)", "saldo", 2016],
  ];
  it.each(cases)("%j is %s of %j", (text, kind, year) => {
    expect(readHeader(text)).toEqual({ type: "data", kind, year });
  });

  it.each([
    ["Nr.", "nr"],
    ["Nr", "nr"],
    ["Art.", "artikel"],
    ["Artikel", "artikel"],
    ["Omschrijving", "omschrijving"],
    ["Garantieregeling", "omschrijving"],
    ["Omschrijving regeling", "omschrijving"],
  ])("%j is the label column %s", (text, kind) => {
    expect(readHeader(text)).toEqual({ type: "label", kind });
  });

  it.each(["Uitstande garanties 2016", "Uitstaande garantie 2016x", "Plafond", "Opmerkingen"])(
    "%j is unknown (typos are reported, not guessed)",
    (text) => {
      expect(readHeader(text)).toEqual({ type: "unknown", text });
    }
  );

  it("takes the year from a year row above when the header has none", () => {
    expect(readHeader("Uitgaven", 2015)).toEqual({ type: "data", kind: "uitgaven", year: 2015 });
    expect(readHeader("Saldo 2016", 2015)).toEqual({ type: "data", kind: "saldo", year: 2016 });
  });

  it("reads year-only cells", () => {
    expect(yearOnly(2010)).toBe(2010);
    expect(yearOnly("2014")).toBe(2014);
    expect(yearOnly("'22")).toBe(2022);
    expect(yearOnly("t-1")).toBe("t-1");
    expect(yearOnly("t")).toBe("t");
    expect(yearOnly(50000)).toBeUndefined();
    expect(yearOnly("Saldo 2016")).toBeUndefined();
  });

  it("normalises without merging separate words", () => {
    expect(normaliseHeader("  Garantie-  plafond\n 2015 ")).toBe("garantieplafond 2015");
    expect(findYear("uitstaande garanties t – 1")).toEqual({
      year: "t-1",
      rest: "uitstaande garanties",
    });
    expect(findYear("te verlenen")).toBeUndefined();
  });
});
