/**
 * Regeling exportfinancieringsarrangement zware matching (shared/seeds/003_…): every function
 * against hand-computed figures from the article text, and every threshold on both sides.
 */
import {
  aandeelVoldoet,
  exportdeel,
  kosten,
  kostenExact,
  KostenInput,
  opslag,
  orderbedrag,
  parseCategorie,
  refinancieringsrente,
  schenking,
  subsidie,
  subsidieOpbouw,
  SubsidieInput,
  voorschot,
} from "../../src/core/regulations";
import { parseEenheid } from "../../src/core/regulations/common";
import {
  aanbetalingVoorschot,
  kortKredietOk,
  kostenSchema,
  metPremie,
  rentedatum,
  RentedatumInput,
  schenkingVoorschotOk,
} from "../../src/core/regulations/matching";
import { ymdToSerial } from "../../src/core/regulations/excel-date";

const dag = (y: number, m: number, d: number) => ymdToSerial({ y, m, d });
import { thrownEkvError } from "../support/thrown";

describe("art. 3 en 4: MATCHING.OPSLAG", () => {
  const o = (
    valuta: string,
    categorie: unknown,
    afnemer: string,
    bankgarantie: boolean | undefined,
    looptijdJaren: number | undefined
  ) => opslag({ valuta, categorie, afnemer, bankgarantie, looptijdJaren });

  test("the issue's example: EUR, category 1, private buyer without bank guarantee, 8 years = 0,70%", () => {
    // Art. 3 lid 1: 0,55%; lid 2: + 0,15% (not a government, no bank guarantee) = 0,70%.
    expect(o("EUR", 1, "particulier", false, 8)).toBe(0.007);
  });

  test.each([
    // Art. 3 (EUR/USD): lid 1 0,55% (+ 0,15% lid 2); lid 3 0,70% + 0,10 / 0,15 / 0,30.
    ["EUR", 1, "overheid", undefined, 0.0055],
    ["EUR", 1, "particulier", true, 0.0055],
    ["USD", 1, "particulier", false, 0.007],
    ["USD", 2, "overheid", undefined, 0.008], // 0,70 + 0,10
    ["EUR", 2, "particulier", true, 0.0085], // 0,70 + 0,15
    ["EUR", 2, "particulier", false, 0.01], // 0,70 + 0,30
  ])("art. 3: %s category %s %s (bankgarantie %s) = %s", (v, c, a, bg, expected) => {
    // The term does not count under art. 3: 1 year and 30 years give the same surcharge.
    expect(o(v, c, a, bg, 1)).toBe(expected);
    expect(o(v, c, a, bg, 30)).toBe(expected);
    expect(o(v, c, a, bg, undefined)).toBe(expected);
  });

  test.each([
    // Art. 4 lid 1: 0,25% + 0,10% (> 5 years) + 0,15% (private, no bank guarantee).
    ["JPY", 1, "overheid", undefined, 5, 0.0025],
    ["JPY", 1, "overheid", undefined, 5.01, 0.0035],
    ["JPY", 1, "particulier", true, 5, 0.0025],
    ["JPY", 1, "particulier", true, 6, 0.0035],
    ["GBP", 1, "particulier", false, 5, 0.004], // 0,25 + 0,15
    ["GBP", 1, "particulier", false, 5.01, 0.005], // 0,25 + 0,10 + 0,15
    // Art. 4 lid 2–4: 0,40% + 0,20% (> 5 years) + 0,10 / 0,15 / 0,30.
    ["CHF", 2, "overheid", undefined, 5, 0.005], // 0,40 + 0,10
    ["CHF", 2, "overheid", undefined, 5.01, 0.007], // 0,40 + 0,20 + 0,10
    ["CHF", 2, "particulier", true, 5, 0.0055], // 0,40 + 0,15
    ["CHF", 2, "particulier", true, 10, 0.0075], // 0,40 + 0,20 + 0,15
    ["CHF", 2, "particulier", false, 5, 0.007], // 0,40 + 0,30
    ["CHF", 2, "particulier", false, 10, 0.009], // 0,40 + 0,20 + 0,30
  ])("art. 4: %s category %s %s (bankgarantie %s), %s years = %s", (v, c, a, bg, lt, expected) => {
    expect(o(v, c, a, bg, lt)).toBe(expected);
  });

  test("art. 4: 'langer dan vijf jaar' is strictly more than 5: exactly 5 years adds nothing", () => {
    expect(o("JPY", 2, "overheid", undefined, 5)).toBe(0.005);
    expect(o("JPY", 2, "overheid", undefined, 5.000001)).toBe(0.007);
    expect(o("JPY", 2, "overheid", undefined, 4.99)).toBe(0.005);
  });

  test("category as 1/2, '1'/'2', 'I'/'II' in any case; currency and buyer in any case", () => {
    expect(parseCategorie("I")).toBe(1);
    expect(parseCategorie(" ii ")).toBe(2);
    expect(parseCategorie("2")).toBe(2);
    expect(o("eur", "II", " Overheid ", undefined, undefined)).toBe(0.008);
  });

  test("unknown category, currency, buyer are errors citing the article", () => {
    expect(thrownEkvError(() => o("EUR", 3, "overheid", undefined, 1)).message).toMatch(
      /^art\. 3 en 4: categorie 3 bestaat niet/
    );
    expect(thrownEkvError(() => o("EUR", "III", "overheid", undefined, 1)).message).toMatch(
      /categorie "III"/
    );
    expect(thrownEkvError(() => o("EUR", 1.5, "overheid", undefined, 1)).message).toMatch(
      /categorie 1,5/
    );
    expect(thrownEkvError(() => o("EURO", 1, "overheid", undefined, 1)).message).toMatch(
      /^art\. 2 lid 1: valuta "EURO" is geen ISO-valutacode/
    );
    expect(thrownEkvError(() => o("EUR", 1, "bedrijf", undefined, 1)).message).toMatch(
      /^art\. 3 en 4: afnemer "bedrijf" is onbekend/
    );
  });

  test("the bank guarantee is required for a private buyer only; the term for art. 4 only", () => {
    expect(thrownEkvError(() => o("EUR", 1, "particulier", undefined, 8)).message).toMatch(
      /^art\. 3: bankgarantie is leeg/
    );
    expect(thrownEkvError(() => o("JPY", 1, "overheid", undefined, undefined)).message).toMatch(
      /^art\. 4: looptijd_jaren is leeg/
    );
    expect(thrownEkvError(() => o("JPY", 1, "overheid", undefined, 0)).message).toMatch(
      /groter dan 0/
    );
    expect(thrownEkvError(() => o("JPY", 1, "overheid", undefined, -2)).message).toMatch(
      /groter dan 0/
    );
  });
});

describe("art. 2 lid 1: MATCHING.REFINANCIERINGSRENTE", () => {
  test("the lower of the bank's rate and funding rate + surcharge, exactly", () => {
    // 4,5% + 0,7% = 5,2% < 6%: the alternative (onder 2º). In floating point 0.045 + 0.007 is
    // 0.052000000000000005; exactly it is 0,052.
    expect(refinancieringsrente(0.06, 0.045, 0.007)).toBe(0.052);
    // 5% < 5,2%: the bank's own rate (onder 1º).
    expect(refinancieringsrente(0.05, 0.045, 0.007)).toBe(0.05);
    // Equal: either.
    expect(refinancieringsrente(0.052, 0.045, 0.007)).toBe(0.052);
    // CIRR 3,1% + art. 4 surcharge 0,35% = 3,45%.
    expect(refinancieringsrente(0.04, 0.031, 0.0035)).toBe(0.0345);
  });

  test("a percentage typed as a whole number is refused with the hint", () => {
    expect(thrownEkvError(() => refinancieringsrente(5, 0.045, 0.007)).message).toBe(
      "art. 2 lid 1: bankrente is 5, dat is 500%; geef percentages als fractie (5% is 0,05)."
    );
    expect(thrownEkvError(() => refinancieringsrente(0.05, 0.045, -0.001)).message).toMatch(
      /^art\. 2 lid 1: opslag is -0,001; verwacht 0 of meer/
    );
  });
});

describe("art. 1 onder d en art. 9: MATCHING.ORDERBEDRAG", () => {
  test("the increase counts for at most 10% of the concluded amount", () => {
    // 10.000.000 + min(800.000, 1.000.000) − 300.000 = 10.500.000.
    expect(orderbedrag(10_000_000, 800_000, 300_000)).toBe(10_500_000);
    // 10.000.000 + min(1.500.000, 1.000.000) = 11.000.000.
    expect(orderbedrag(10_000_000, 1_500_000, 0)).toBe(11_000_000);
  });

  test("boundary: exactly 10% counts in full, a cent more is capped", () => {
    expect(orderbedrag(10_000_000, 1_000_000, 0)).toBe(11_000_000);
    expect(orderbedrag(10_000_000, 1_000_000.01, 0)).toBe(11_000_000);
    expect(orderbedrag(10_000_000, 999_999.99, 0)).toBe(10_999_999.99);
  });

  test("a 10% cap with a fraction of a cent is truncated", () => {
    // 10% of 1.234,57 = 123,457 → 123,45; 1.234,57 + 123,45 = 1.358,02.
    expect(orderbedrag(1234.57, 200, 0)).toBe(1358.02);
  });

  test("art. 9 deducts from the increased amount; more than the order is an error", () => {
    // 10.000.000 + 1.000.000 − 11.000.000 = 0.
    expect(orderbedrag(10_000_000, 2_000_000, 11_000_000)).toBe(0);
    expect(thrownEkvError(() => orderbedrag(10_000_000, 0, 10_000_000.01)).message).toBe(
      "art. 9: de buitenlands gesteunde toelevering (€ 10.000.000,01) is groter dan het orderbedrag (€ 10.000.000); controleer de invoer."
    );
    expect(thrownEkvError(() => orderbedrag(-1, 0, 0)).message).toMatch(
      /^art\. 1 onder d: afgesloten_bedrag is negatief/
    );
  });
});

describe("art. 1 onder a: MATCHING.EXPORTDEEL", () => {
  test("order amount minus local costs", () => {
    expect(exportdeel(12_000_000, 2_000_000)).toBe(10_000_000);
    expect(exportdeel(0.3, 0.1)).toBe(0.2); // exact, not 0.19999999999999998
    expect(exportdeel(5_000_000, 5_000_000)).toBe(0);
  });

  test("local costs above the order amount are an error", () => {
    expect(thrownEkvError(() => exportdeel(5_000_000, 5_000_000.01)).message).toMatch(
      /^art\. 1 onder a: de lokale kosten \(€ 5\.000\.000,01\) zijn groter dan het orderbedrag \(€ 5\.000\.000\)/
    );
  });
});

describe("art. 5 lid 1 onder b, lid 2 en lid 4: MATCHING.AANDEEL_VOLDOET", () => {
  test("60%: exactly 60% passes, one cent less fails", () => {
    // 5 × 6.000.000 = 30.000.000 ≥ 3 × 10.000.000.
    expect(aandeelVoldoet(10_000_000, 6_000_000, 10_000_000, "overig")).toBe(true);
    // 5 × 5.999.999,99 = 29.999.999,95 < 30.000.000.
    expect(aandeelVoldoet(10_000_000, 5_999_999.99, 10_000_000, "overig")).toBe(false);
  });

  test("60% of an amount with cents: compared exactly", () => {
    // 60% of 10.000.000,01 is 6.000.000,006: 6.000.000,00 is below, 6.000.000,01 above.
    expect(aandeelVoldoet(10_000_000.01, 6_000_000, 10_000_000.01, "overig")).toBe(false);
    expect(aandeelVoldoet(10_000_000.01, 6_000_000.01, 10_000_000.01, "overig")).toBe(true);
  });

  test("33 1/3% is exactly 1/3, not 0,3333", () => {
    // Bouw, order 11.300.000, exportdeel 10.000.000: 1/3 is 3.333.333,33…
    // 3 × 3.333.333,33 = 9.999.999,99 < 10.000.000 → false (0,3333 would have said true).
    expect(aandeelVoldoet(10_000_000, 3_333_333.33, 11_300_000, "bouw")).toBe(false);
    // 3 × 3.333.333,34 = 10.000.000,02 ≥ 10.000.000 → true.
    expect(aandeelVoldoet(10_000_000, 3_333_333.34, 11_300_000, "bouw")).toBe(true);
    // Exactly a third: 3 × 4.000.000 = 12.000.000.
    expect(aandeelVoldoet(12_000_000, 4_000_000, 12_000_000, "defensie")).toBe(true);
    expect(aandeelVoldoet(12_000_000, 3_999_999.99, 12_000_000, "defensie")).toBe(false);
  });

  test("€ 11.300.000: the 1/3 rule from exactly that order amount, not a cent below", () => {
    // 4.000.000 / 11.000.000 = 36,4%: enough under lid 2, not under lid 1 (60%).
    expect(aandeelVoldoet(11_000_000, 4_000_000, 11_300_000, "vliegtuigen")).toBe(true);
    expect(aandeelVoldoet(11_000_000, 4_000_000, 11_299_999.99, "vliegtuigen")).toBe(false);
    // The same order of kind "overig" falls under lid 1.
    expect(aandeelVoldoet(11_000_000, 4_000_000, 11_300_000, "overig")).toBe(false);
  });

  test("€ 13.600.000: a Dutch share of at least that amount always suffices (lid 4)", () => {
    // 13.600.000 / 50.000.000 = 27,2%: below both 60% and 1/3.
    expect(aandeelVoldoet(50_000_000, 13_600_000, 50_000_000, "overig")).toBe(true);
    expect(aandeelVoldoet(50_000_000, 13_599_999.99, 50_000_000, "overig")).toBe(false);
    expect(aandeelVoldoet(50_000_000, 13_599_999.99, 50_000_000, "defensie")).toBe(false);
  });

  test("inconsistent amounts are errors", () => {
    expect(
      thrownEkvError(() => aandeelVoldoet(1_000_000, 1_000_000.01, 2_000_000, "overig")).message
    ).toMatch(
      /^art\. 1 onder c: het Nederlands aandeel \(€ 1\.000\.000,01\) is groter dan het exportdeel/
    );
    expect(
      thrownEkvError(() => aandeelVoldoet(2_000_000, 1_000_000, 1_999_999, "overig")).message
    ).toMatch(/^art\. 1 onder a: het exportdeel .* is groter dan het orderbedrag/);
    expect(thrownEkvError(() => aandeelVoldoet(0, 0, 1_000_000, "overig")).message).toMatch(
      /^art\. 5 lid 1 onder b: het exportdeel is 0/
    );
  });
});

describe("art. 10: MATCHING.KOSTEN", () => {
  const base: KostenInput = {
    krediet: 10_000_000,
    refinancieringsrente: 0.05,
    contractrente: 0.03,
    aflossingsjaren: 5,
    termijnenPerJaar: 2,
    opnamejaren: 0,
    overigeKosten: 0,
  };

  test("the issue's example, repayment only: 499.174,42 (exact 499.174,4276…, truncated)", () => {
    // n = 10 half-years, principal 1.000.000 per period; period j: outstanding (11 − j) × 1.000.000,
    // interest difference (11 − j) × 1.000.000 × 0,02 / 2 = (11 − j) × 10.000, discounted by 1,025^j:
    // Σ (11 − j) × 10.000 / 1,025^j = 499.174,427611626… (exact rational
    // 6700248278171188000000 / 13422659310152401). Truncated to the cent: 499.174,42; the issue's
    // 499.174,43 is the same value rounded half up.
    expect(kosten(base)).toBe(499_174.42);
  });

  test("with 1,5 years of drawdown: + 153.750 (simple interest at the refinancing rate, lid 4)", () => {
    // Linear drawdown over T = 1,5: uncapitalised difference 10.000.000 × 0,02 × 1,5 / 2 = 150.000;
    // capitalised to the start of repayment with simple interest at 5%:
    // 10.000.000 × 0,02 × (1,5/2 + 0,05 × 1,5² / 6) = 200.000 × 0,76875 = 153.750.
    // 499.174,4276… + 153.750 = 652.924,4276… → 652.924,42.
    // (The 649.174,43 leaves out the capitalisation over the drawdown period.)
    expect(kosten({ ...base, opnamejaren: 1.5 })).toBe(652_924.42);
  });

  test("a small example by hand: 2 yearly instalments", () => {
    // 1.000.000 at 10% vs 6%, 2 years, 1 instalment per year:
    // year 1: 1.000.000 × 0,04 / 1,1 = 36.363,6363…; year 2: 500.000 × 0,04 / 1,21 = 16.528,9256…
    // total 64.000 / 1,21 = 52.892,5619… → 52.892,56.
    const k: KostenInput = {
      krediet: 1_000_000,
      refinancieringsrente: 0.1,
      contractrente: 0.06,
      aflossingsjaren: 2,
      termijnenPerJaar: 1,
      opnamejaren: 0,
      overigeKosten: 0,
    };
    expect(kosten(k)).toBe(52_892.56);
    // Drawdown 1 year: 40.000 × (1/2 + 0,1/6) = 20.666,666…; total 73.559,2286… → 73.559,22.
    expect(kosten({ ...k, opnamejaren: 1 })).toBe(73_559.22);
    // Plus lid 9 costs 1.000,50: 74.559,7286… → 74.559,72.
    expect(kosten({ ...k, opnamejaren: 1, overigeKosten: 1000.5 })).toBe(74_559.72);
  });

  test("quarterly instalments over 2,5 years (10 periods)", () => {
    // 400.000 at 8% vs 4%, m = 4, n = 10: period j pays 400.000 × (11 − j)/10 × 0,04/4
    // = 400 × (11 − j), discounted by 1,02^j. Closed form (the loan's flows are worth the loan):
    // Σ (n + 1 − j)·v^j = (n − a_n) / i with i = 0,02, a_10 = Σ 1,02^-j = 8,98258500624…
    // → 400 × (10 − 8,98258500624) / 0,02 = 20.348,2998751… → 20.348,29 (truncated).
    const k: KostenInput = {
      krediet: 400_000,
      refinancieringsrente: 0.08,
      contractrente: 0.04,
      aflossingsjaren: 2.5,
      termijnenPerJaar: 4,
      opnamejaren: 0,
      overigeKosten: 0,
    };
    expect(kosten(k)).toBe(20_348.29);
  });

  test("a result that is exactly a whole cent is not lost to 60-digit rounding noise", () => {
    // 324 at 20% vs 0%, 3 yearly instalments of 108: 324 × 0,2 / 1,2 + 216 × 0,2 / 1,44
    // + 108 × 0,2 / 1,728 = 54 + 30 + 12,5 = 96,50 exactly. At 60 digits the running product of
    // 1/1,2 leaves 96,4999…9 (checked); a bare truncation would give 96,49.
    const k: KostenInput = {
      krediet: 324,
      refinancieringsrente: 0.2,
      contractrente: 0,
      aflossingsjaren: 3,
      termijnenPerJaar: 1,
      opnamejaren: 0,
      overigeKosten: 0,
    };
    expect(kostenExact(k).lessThan(96.5)).toBe(true);
    expect(kosten(k)).toBe(96.5);
  });

  test("a contract rate at or above the refinancing rate gives no interest cost", () => {
    expect(kosten({ ...base, contractrente: 0.05 })).toBe(0);
    expect(kosten({ ...base, contractrente: 0.06, opnamejaren: 2 })).toBe(0);
    expect(kosten({ ...base, contractrente: 0.05, overigeKosten: 2500 })).toBe(2500);
  });

  test("invalid terms are errors citing art. 10", () => {
    expect(thrownEkvError(() => kosten({ ...base, aflossingsjaren: 2.3 })).message).toBe(
      "art. 10 lid 1: 2,3 aflossingsjaren × 2 termijnen per jaar is geen geheel aantal termijnen."
    );
    expect(thrownEkvError(() => kosten({ ...base, termijnenPerJaar: 0 })).message).toMatch(
      /^art\. 10 lid 1: termijnen_per_jaar is 0/
    );
    expect(thrownEkvError(() => kosten({ ...base, termijnenPerJaar: 1.5 })).message).toMatch(
      /termijnen_per_jaar is 1,5/
    );
    expect(thrownEkvError(() => kosten({ ...base, aflossingsjaren: 0 })).message).toMatch(
      /^art\. 10 lid 1: aflossingsjaren is 0/
    );
    expect(thrownEkvError(() => kosten({ ...base, opnamejaren: -1 })).message).toMatch(
      /^art\. 10 lid 2/
    );
    expect(thrownEkvError(() => kosten({ ...base, refinancieringsrente: 5 })).message).toMatch(
      /dat is 500%/
    );
    expect(thrownEkvError(() => kosten({ ...base, overigeKosten: -1 })).message).toMatch(
      /^art\. 10 lid 9/
    );
  });
});

describe("art. 7: MATCHING.SUBSIDIE and MATCHING.OPBOUW", () => {
  const s = (over: Partial<SubsidieInput>): SubsidieInput => ({
    eerste: 499_174.42,
    exportdeel: 10_000_000,
    nlAandeel: 8_000_000,
    gelijkwaardigBedrag: undefined,
    ontheffing: false,
    soort: "overig",
    ...over,
  });

  test("the costs bind when they are the smallest limit", () => {
    // min(499.174,42; 35% × 10.000.000 = 3.500.000; 7/12 × 8.000.000 = 4.666.666,66…; 4.600.000).
    expect(subsidie(s({}))).toBe(499_174.42);
  });

  test("the amount needed for an equivalent offer binds when given and smaller", () => {
    expect(subsidie(s({ gelijkwaardigBedrag: 250_000 }))).toBe(250_000);
    expect(subsidie(s({ gelijkwaardigBedrag: 0 }))).toBe(0);
  });

  test("35% of the export part; truncated to the cent", () => {
    // 35% × 1.000.000 = 350.000 < 7/12 × 900.000 = 525.000.
    expect(subsidie(s({ eerste: 2_000_000, exportdeel: 1_000_000, nlAandeel: 900_000 }))).toBe(
      350_000
    );
    // 35% × 100,01 = 35,0035 → 35,00.
    expect(subsidie(s({ eerste: 1000, exportdeel: 100.01, nlAandeel: 100.01 }))).toBe(35);
  });

  test("58 1/3% is exactly 7/12; truncated to the cent", () => {
    // 7/12 × 600.000 = 350.000 < 35% × 1.200.000 = 420.000.
    expect(subsidie(s({ eerste: 2_000_000, exportdeel: 1_200_000, nlAandeel: 600_000 }))).toBe(
      350_000
    );
    // 7/12 × 100.001 = 58.333,9166… → 58.333,91 (35% × 1.000.000 = 350.000 is larger).
    expect(subsidie(s({ eerste: 2_000_000, exportdeel: 1_000_000, nlAandeel: 100_001 }))).toBe(
      58_333.91
    );
  });

  test("€ 4.600.000: exactly the cap, and a cent above", () => {
    // 35% × 20.000.000 = 7.000.000; 7/12 × 15.000.000 = 8.750.000.
    const big = { exportdeel: 20_000_000, nlAandeel: 15_000_000 };
    expect(subsidie(s({ ...big, eerste: 4_600_000 }))).toBe(4_600_000);
    expect(subsidie(s({ ...big, eerste: 4_600_000.01 }))).toBe(4_600_000);
    expect(subsidie(s({ ...big, eerste: 4_599_999.99 }))).toBe(4_599_999.99);
    expect(subsidie(s({ ...big, eerste: 6_000_000 }))).toBe(4_600_000);
  });

  test("ontheffing (lid 2): from exactly € 27.200.000 Dutch share; one cent less is an error", () => {
    // Kosten 6.000.000; 35% × 40.000.000 = 14.000.000; 7/12 × 27.200.000 = 15.866.666,66…;
    // no € 4.600.000 cap → 6.000.000.
    const c = { eerste: 6_000_000, exportdeel: 40_000_000, ontheffing: true };
    expect(subsidie(s({ ...c, nlAandeel: 27_200_000 }))).toBe(6_000_000);
    expect(thrownEkvError(() => subsidie(s({ ...c, nlAandeel: 27_199_999.99 }))).message).toBe(
      "art. 7 lid 2: ontheffing van het maximum van € 4.600.000 is alleen mogelijk als het Nederlands aandeel ten minste € 27.200.000 is (gevonden: € 27.199.999,99)."
    );
    expect(thrownEkvError(() => subsidie(s({ ...c, nlAandeel: 20_000_000 }))).message).toBe(
      "art. 7 lid 2: ontheffing van het maximum van € 4.600.000 is alleen mogelijk als het Nederlands aandeel ten minste € 27.200.000 is (gevonden: € 20.000.000)."
    );
  });

  test("ontheffing for defence, aircraft and construction: from € 15.800.000", () => {
    // Kosten 10.000.000; 35% × 30.000.000 = 10.500.000; 7/12 × 15.800.000 = 9.216.666,66…
    // → 9.216.666,66 (truncated) binds.
    const c = { eerste: 10_000_000, exportdeel: 30_000_000, ontheffing: true };
    expect(subsidie(s({ ...c, nlAandeel: 15_800_000, soort: "defensie" }))).toBe(9_216_666.66);
    expect(subsidie(s({ ...c, nlAandeel: 15_800_000, soort: "bouw" }))).toBe(9_216_666.66);
    expect(
      thrownEkvError(() => subsidie(s({ ...c, nlAandeel: 15_799_999.99, soort: "vliegtuigen" })))
        .message
    ).toBe(
      "art. 7 lid 2: ontheffing van het maximum van € 4.600.000 is alleen mogelijk als het Nederlands aandeel in de gevallen van art. 5 lid 2 (soort vliegtuigen) ten minste € 15.800.000 is (gevonden: € 15.799.999,99)."
    );
    // Kind "overig" needs 27.200.000.
    expect(thrownEkvError(() => subsidie(s({ ...c, nlAandeel: 15_800_000 }))).message).toMatch(
      /ten minste € 27\.200\.000/
    );
  });

  test("without ontheffing the kind does not matter", () => {
    expect(
      subsidie(
        s({ eerste: 10_000_000, exportdeel: 30_000_000, nlAandeel: 15_800_000, soort: "defensie" })
      )
    ).toBe(4_600_000);
  });

  test("OPBOUW lists every limit with its article and marks the binding one", () => {
    const o = subsidieOpbouw(s({}));
    expect(o.limieten.map((l) => [l.label, l.bedrag?.toNumber() ?? l.nvt, l.bindend])).toEqual([
      [
        "Kosten: gekapitaliseerd renteverschil en overige kosten (art. 7 lid 1 onder a, art. 10)",
        499_174.42,
        true,
      ],
      ["Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)", "niet opgegeven", false],
      ["35% van het exportdeel (art. 7 lid 1 onder b)", 3_500_000, false],
      ["58 1/3% van het Nederlands aandeel (art. 7 lid 1 onder c)", 4_666_666.66, false],
      ["Maximum € 4.600.000 (art. 7 lid 1 onder d)", 4_600_000, false],
    ]);
    expect(o.uitkomst.toNumber()).toBe(499_174.42);
    expect(o.uitkomstLabel).toBe("Subsidie (art. 7)");
  });

  test("OPBOUW marks every limit that ties at the minimum", () => {
    // 35% × 12.000.000 = 4.200.000 = 7/12 × 7.200.000 = 4.200.000.
    const o = subsidieOpbouw(
      s({ eerste: 5_000_000, exportdeel: 12_000_000, nlAandeel: 7_200_000 })
    );
    expect(o.limieten.map((l) => l.bindend)).toEqual([false, false, true, true, false]);
    expect(o.uitkomst.toNumber()).toBe(4_200_000);
  });

  test("OPBOUW with ontheffing shows the lifted cap as not applicable", () => {
    const o = subsidieOpbouw(
      s({ eerste: 6_000_000, exportdeel: 40_000_000, nlAandeel: 27_200_000, ontheffing: true })
    );
    expect(o.limieten[4]).toEqual({
      label: "Maximum € 4.600.000 (art. 7 lid 1 onder d)",
      bedrag: undefined,
      nvt: "ontheffing (art. 7 lid 2)",
      bindend: false,
    });
    expect(o.limieten[0].bindend).toBe(true);
  });

  test("inconsistent shares and negative amounts are errors", () => {
    expect(thrownEkvError(() => subsidie(s({ nlAandeel: 10_000_000.01 }))).message).toMatch(
      /^art\. 1 onder c/
    );
    expect(thrownEkvError(() => subsidie(s({ eerste: -1 }))).message).toMatch(
      /^art\. 7 lid 1: kosten is negatief/
    );
    expect(thrownEkvError(() => subsidie(s({ gelijkwaardigBedrag: -5 }))).message).toMatch(
      /gelijkwaardig_bedrag is negatief/
    );
  });
});

describe("art. 8: MATCHING.SCHENKING", () => {
  const g = (
    eerste: number,
    exportdeel: number,
    nlAandeel: number,
    ontheffing = false,
    soort: "overig" | "bouw" = "overig"
  ) => schenking({ eerste, exportdeel, nlAandeel, ontheffing, soort });

  test("the needed amount, at most 35% / 58 1/3% / € 4.600.000", () => {
    expect(g(1_000_000, 5_000_000, 3_000_000)).toBe(1_000_000);
    // 35% × 5.000.000 = 1.750.000 = 7/12 × 3.000.000.
    expect(g(2_000_000, 5_000_000, 3_000_000)).toBe(1_750_000);
    // 7/12 × 1.000.000 = 583.333,33…→ 583.333,33.
    expect(g(2_000_000, 5_000_000, 1_000_000)).toBe(583_333.33);
    expect(g(9_000_000, 20_000_000, 15_000_000)).toBe(4_600_000);
    expect(g(4_599_999.99, 20_000_000, 15_000_000)).toBe(4_599_999.99);
  });

  test("ontheffing under art. 8 lid 2 with the thresholds of art. 6 lid 2", () => {
    expect(g(9_000_000, 40_000_000, 27_200_000, true)).toBe(9_000_000);
    expect(thrownEkvError(() => g(9_000_000, 40_000_000, 27_199_999.99, true)).message).toBe(
      "art. 8 lid 2: ontheffing van het maximum van € 4.600.000 is alleen mogelijk als het Nederlands aandeel ten minste € 27.200.000 is (gevonden: € 27.199.999,99)."
    );
    // 35% × 30.000.000 = 10.500.000; 7/12 × 15.800.000 = 9.216.666,66.
    expect(g(9_000_000, 30_000_000, 15_800_000, true, "bouw")).toBe(9_000_000);
    expect(
      thrownEkvError(() => g(9_000_000, 30_000_000, 15_799_999.99, true, "bouw")).message
    ).toMatch(
      /^art\. 8 lid 2: .* in de gevallen van art\. 6 lid 2 \(soort bouw\) ten minste € 15\.800\.000/
    );
  });
});

describe("art. 13 lid 1: MATCHING.VOORSCHOT", () => {
  test("in proportion to the costs made, at most 80% in total, minus earlier advances", () => {
    // 50% × 1.000.000 = 500.000 < 800.000.
    expect(voorschot(1_000_000, 0.5, 0)).toBe(500_000);
    // min(90% → 900.000, 80% → 800.000) − 500.000 = 300.000.
    expect(voorschot(1_000_000, 0.9, 500_000)).toBe(300_000);
    // 30% → 300.000 − 500.000 < 0 → 0.
    expect(voorschot(1_000_000, 0.3, 500_000)).toBe(0);
    expect(voorschot(1_000_000, 1, 0)).toBe(800_000);
  });

  test("80%: exactly at, just above and just below", () => {
    expect(voorschot(1_000_000, 0.8, 0)).toBe(800_000);
    expect(voorschot(1_000_000, 0.8000001, 0)).toBe(800_000);
    expect(voorschot(1_000_000, 0.7999999, 0)).toBe(799_999.9);
  });

  test("both caps are truncated to the cent", () => {
    // 80% × 1.000,01 = 800,008 → 800,00; 1.000,01 × 0,333 = 333,00333 → 333,00.
    expect(voorschot(1000.01, 1, 0)).toBe(800);
    expect(voorschot(1000.01, 0.333, 0)).toBe(333);
  });

  test("a share outside 0–1 is an error", () => {
    expect(thrownEkvError(() => voorschot(1_000_000, 40, 0)).message).toBe(
      "art. 13 lid 1: aandeel_kosten_gemaakt is 40; verwacht een fractie van 0 tot en met 1 (40% is 0,4)."
    );
  });
});

describe("art. 10 lid 1 onder b: the agreed rate for the difference, the refinancing rate for capitalisation", () => {
  // The case: bank (lender) rate 6%, basisrente 4,5%, opslag 0,7%, credit 10.000.000 over
  // 5 years in 10 equal half-yearly instalments, contract rate 3%.
  // Art. 2 lid 1: r = min(6%; 4,5% + 0,7%) = 5,2%. Half-year discount factor 1/(1 + 0,026).
  // Σ_{j=1}^{10} (11 − j)·v^j = (10 − a_10)/0,026 with a_10 = (1 − 1,026^−10)/0,026 = 8,70701190808…
  // → (10 − 8,70701190808…)/0,026 = 49,7303112… .
  const base: KostenInput = {
    krediet: 10_000_000,
    refinancieringsrente: 0.052,
    contractrente: 0.03,
    aflossingsjaren: 5,
    termijnenPerJaar: 2,
    opnamejaren: 0,
    overigeKosten: 0,
  };

  test("the refinancing rate of the example is 5,2%", () => {
    expect(refinancieringsrente(0.06, 0.045, 0.007)).toBe(0.052);
  });

  test("art. 7 lid 1 onder a limit: (r − c) = 2,2% capitalised at 5,2% gives 547.033,42", () => {
    // Period j: (11 − j) × 1.000.000 × 0,022 / 2 = (11 − j) × 11.000, discounted by 1,026^j:
    // 11.000 × 49,7303112… = 547.033,4235035… (exact rational
    // 690537890066802915283757765000000 / 1262332172765951010966606849) → 547.033,42.
    expect(kosten(base)).toBe(547_033.42);
  });

  test("lid 1 onder b costs: (6% − 3%) capitalised at 5,2% (not at 6%) gives 745.954,66", () => {
    // Same discounting, difference 3%: (11 − j) × 15.000 per period, i.e. 15/11 of the above:
    // 547.033,4235035… × 15/11 = 745.954,6684138… → 745.954,66.
    expect(kosten({ ...base, overeengekomenRente: 0.06 })).toBe(745_954.66);
    // The old documented reading entered 6% as refinancieringsrente, so 6% for both difference
    // and discounting: 15.000 × Σ (11 − j)/1,03^j = 734.898,5816… . The function still computes
    // that for those inputs; the docs no longer tell anyone to enter them.
    expect(kosten({ ...base, refinancieringsrente: 0.06 })).toBe(734_898.58);
  });

  test("SUBSIDIE: the art. 7 lid 1 onder a limit binds: 547.033,42, not 734.898,58", () => {
    const o = subsidieOpbouw({
      eerste: 745_954.66,
      exportdeel: 10_000_000,
      nlAandeel: 8_000_000,
      gelijkwaardigBedrag: undefined,
      ontheffing: false,
      soort: "overig",
      limietA: 547_033.42,
    });
    expect(o.uitkomst.toNumber()).toBe(547_033.42);
    expect(o.limieten.map((l) => [l.label, l.bedrag?.toNumber() ?? l.nvt, l.bindend])).toEqual([
      ["Kosten: 100% van de kosten (art. 7 lid 1, art. 10 lid 1 onder b)", 745_954.66, false],
      [
        "Gekapitaliseerd verschil refinancieringsrente en contractrente, met art. 10 lid 9 (art. 7 lid 1 onder a)",
        547_033.42,
        true,
      ],
      ["Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)", "niet opgegeven", false],
      ["35% van het exportdeel (art. 7 lid 1 onder b)", 3_500_000, false],
      ["58 1/3% van het Nederlands aandeel (art. 7 lid 1 onder c)", 4_666_666.66, false],
      ["Maximum € 4.600.000 (art. 7 lid 1 onder d)", 4_600_000, false],
    ]);
  });

  test("boundaries: agreed rate equal to the refinancing rate is lid 1 onder a; below it is an error", () => {
    expect(kosten({ ...base, overeengekomenRente: 0.052 })).toBe(547_033.42);
    expect(thrownEkvError(() => kosten({ ...base, overeengekomenRente: 0.0519 })).message).toMatch(
      /^art\. 2 lid 1: de refinancieringsrente \(5,2%\) is hoger dan de overeengekomen rente \(5,19%\)/
    );
  });

  test("a contract rate at or above the agreed rate gives no interest cost, never a negative one", () => {
    expect(kosten({ ...base, overeengekomenRente: 0.06, contractrente: 0.06 })).toBe(0);
    expect(
      kosten({ ...base, overeengekomenRente: 0.06, contractrente: 0.07, overigeKosten: 10 })
    ).toBe(10);
  });

  test("drawdown under lid 1 onder b: difference 3%, simple interest at 5,2% (lid 4)", () => {
    // 10.000.000 × 0,03 × (1/2 + 0,052 × 1/6) = 300.000 × 0,508666… = 152.600 exactly;
    // 745.954,6684… + 152.600 = 898.554,6684… → 898.554,66.
    expect(kosten({ ...base, overeengekomenRente: 0.06, opnamejaren: 1 })).toBe(898_554.66);
  });
});

describe("costs are never negative; rates out of bounds are refused with the fraction suggested", () => {
  const base: KostenInput = {
    krediet: 10_000_000,
    refinancieringsrente: 0.05,
    contractrente: 0.03,
    aflossingsjaren: 5,
    termijnenPerJaar: 2,
    opnamejaren: 0,
    overigeKosten: 0,
  };

  test("the issue's negative example is refused (it gave −2.222.222,22)", () => {
    const e = thrownEkvError(() =>
      kosten({
        ...base,
        refinancieringsrente: -0.5,
        contractrente: -0.6,
        aflossingsjaren: 1,
        opnamejaren: 10,
      })
    );
    expect(e.message).toBe("art. 10 lid 1 en 3: refinancieringsrente is -0,5; verwacht 0 of meer.");
    expect(thrownEkvError(() => kosten({ ...base, contractrente: -0.01 })).message).toBe(
      "art. 2 lid 2: contractrente is -0,01; verwacht 0 of meer."
    );
  });

  test("0% is accepted: an interest-free contract (c = 0) and r = 0 (no costs)", () => {
    // r = 0: no discounting, difference 0 − 0 = 0.
    expect(kosten({ ...base, refinancieringsrente: 0, contractrente: 0 })).toBe(0);
    // c = 0, r = 5%: difference 5% instead of 2%: 499.174,4276… × 5/2 = 1.247.936,069… → 1.247.936,06.
    expect(kosten({ ...base, contractrente: 0 })).toBe(1_247_936.06);
  });

  test("25% is the largest rate taken as typed; just above is refused with the fraction", () => {
    expect(() => kosten({ ...base, refinancieringsrente: 0.25 })).not.toThrow();
    expect(thrownEkvError(() => kosten({ ...base, refinancieringsrente: 0.2501 })).message).toBe(
      "art. 10 lid 1 en 3: refinancieringsrente is 0,2501, dat is 25,01%; een rentevoet boven 25% is onwaarschijnlijk, bedoelt u 0,002501 (0,2501%)? Geef percentages als fractie (5% is 0,05)."
    );
    // The KOSTEN(…; 0,5; 0,3; 5): 50% and 30% are refused.
    expect(
      thrownEkvError(() => kosten({ ...base, refinancieringsrente: 0.5, contractrente: 0.3 }))
        .message
    ).toMatch(/refinancieringsrente is 0,5, dat is 50%;.*bedoelt u 0,005 \(0,5%\)\?/);
    expect(thrownEkvError(() => kosten({ ...base, overeengekomenRente: 0.3 })).message).toMatch(
      /^art\. 10 lid 1 onder b: overeengekomen_rente is 0,3, dat is 30%/
    );
  });

  test("REFINANCIERINGSRENTE: the surcharge is at most 1,00% (art. 3 lid 3 onder c)", () => {
    // 0,45% + 1,00% = 1,45% < 6%.
    expect(refinancieringsrente(0.06, 0.0045, 0.01)).toBe(0.0145);
    // The REFINANCIERINGSRENTE(0,06; 0,045; 0,55): 0,55 meant 0,55%.
    expect(thrownEkvError(() => refinancieringsrente(0.06, 0.045, 0.55)).message).toBe(
      "art. 2 lid 1: opslag is 0,55, dat is 55%; de grootste opslag in art. 3 en 4 is 1,00% (0,01), bedoelt u 0,0055 (0,55%)? Geef percentages als fractie (0,55% is 0,0055)."
    );
    expect(thrownEkvError(() => refinancieringsrente(0.06, 0.045, 0.0101)).message).toMatch(
      /^art\. 2 lid 1: opslag is 0,0101, dat is 1,01%/
    );
    expect(thrownEkvError(() => refinancieringsrente(0.26, 0.045, 0.007)).message).toMatch(
      /^art\. 2 lid 1: bankrente is 0,26, dat is 26%; .*bedoelt u 0,0026 \(0,26%\)\?/
    );
    expect(thrownEkvError(() => refinancieringsrente(0.06, -0.001, 0.007)).message).toBe(
      "art. 2 lid 1: basisrente is -0,001; verwacht 0 of meer."
    );
  });

  test("the largest surcharge OPSLAG gives is exactly the bound", () => {
    expect(
      opslag({
        valuta: "EUR",
        categorie: 2,
        afnemer: "particulier",
        bankgarantie: false,
        looptijdJaren: 1,
      })
    ).toBe(0.01);
  });
});

describe("art. 2 lid 1: currencies the euro replaced before 2002 are refused", () => {
  const o = (valuta: string) =>
    opslag({
      valuta,
      categorie: 1,
      afnemer: "overheid",
      bankgarantie: undefined,
      looptijdJaren: 6,
    });

  test.each(["NLG", "dem", "FRF", "BEF", "ITL", "XEU"])("%s is refused with the hint EUR", (v) => {
    expect(thrownEkvError(() => o(v)).message).toMatch(
      new RegExp(
        `^art\\. 2 lid 1 onder a: valuta ${v.toUpperCase()} \\(.+\\) is vóór 2002 door de euro vervangen; .* Geef EUR\\.$`
      )
    );
  });

  test("a currency that was still in use under this text (SKK until 2009) falls under art. 4", () => {
    // Art. 4 lid 1: 0,25% + 0,10% (> 5 years) for a government.
    expect(o("SKK")).toBe(0.0035);
    expect(o("EUR")).toBe(0.0055);
  });
});

describe("amounts in thousands or millions: the euro thresholds follow the unit", () => {
  test("parseEenheid: numbers and table-title texts", () => {
    expect(parseEenheid(null, "art. 5")).toBe(1);
    expect(parseEenheid(1000, "art. 5")).toBe(1000);
    expect(parseEenheid("x € 1.000", "art. 5")).toBe(1000);
    expect(parseEenheid("(bedragen x € 1.000)".replace(/[()]/g, ""), "art. 5")).toBe(1000);
    expect(parseEenheid("x € 1 mln.", "art. 5")).toBe(1000000);
    expect(parseEenheid("miljoen", "art. 5")).toBe(1000000);
    expect(parseEenheid("euro", "art. 5")).toBe(1);
    expect(thrownEkvError(() => parseEenheid(100, "art. 5")).message).toBe(
      'art. 5: eenheid 100 is onbekend; verwacht 1 (euro\'s, standaard), 1000 (x € 1.000) of 1000000 (x € 1 mln), of de tekst "x € 1.000" of "x € 1 mln".'
    );
    expect(thrownEkvError(() => parseEenheid("x € 1 mld", "art. 5")).message).toMatch(
      /^art\. 5: eenheid "x € 1 mld" is onbekend/
    );
  });

  test("AANDEEL_VOLDOET in thousands: € 11.300.000 is 11.300, both sides", () => {
    // 3 × 3.333,34 = 10.000,02 ≥ 10.000: 1/3 rule applies from order 11.300 (thousand).
    expect(aandeelVoldoet(10_000, 3_333.34, 11_300, "bouw", 1000)).toBe(true);
    // 11.299,99 thousand is below € 11.300.000: the 60% rule: 5 × 3.333,34 < 3 × 10.000.
    expect(aandeelVoldoet(10_000, 3_333.34, 11_299.99, "bouw", 1000)).toBe(false);
    // The same numbers read as euros (the old silent mistake): order € 11.300 < € 11.300.000.
    expect(aandeelVoldoet(10_000, 3_333.34, 11_300, "bouw")).toBe(false);
    // € 13.600.000 = 13,6 mln: always suffices, one unit below does not (5 × 13,59 < 3 × 50).
    expect(aandeelVoldoet(50, 13.6, 50, "overig", 1000000)).toBe(true);
    expect(aandeelVoldoet(50, 13.59, 50, "overig", 1000000)).toBe(false);
  });

  test("SUBSIDIE in thousands: the cap of € 4.600.000 is 4.600, caps truncated to the euro cent", () => {
    const s = (over: Partial<SubsidieInput>): SubsidieInput => ({
      eerste: 6_000,
      exportdeel: 20_000,
      nlAandeel: 15_000,
      gelijkwaardigBedrag: undefined,
      ontheffing: false,
      soort: "overig",
      eenheid: 1000,
      ...over,
    });
    // min(6.000; 7.000; 8.750; 4.600).
    expect(subsidie(s({}))).toBe(4_600);
    // 7/12 × 100,001 thousand = € 58.333,9166… → € 58.333,91 = 58,33391 thousand.
    expect(subsidie(s({ eerste: 1_000, exportdeel: 1_000, nlAandeel: 100.001 }))).toBe(58.33391);
    // Ontheffing from 27.200 thousand; 27.199,99 is an error naming the euro amount and the unit.
    expect(subsidie(s({ exportdeel: 40_000, nlAandeel: 27_200, ontheffing: true }))).toBe(6_000);
    expect(
      thrownEkvError(() =>
        subsidie(s({ exportdeel: 40_000, nlAandeel: 27_199.99, ontheffing: true }))
      ).message
    ).toBe(
      "art. 7 lid 2: ontheffing van het maximum van € 4.600.000 is alleen mogelijk als het Nederlands aandeel ten minste € 27.200.000 is (gevonden: € 27.199.990, bedragen x € 1.000)."
    );
    // Without the unit the same call (in euros) gives the costs 6.000: well below € 4.600.000.
    expect(subsidie(s({ eenheid: undefined }))).toBe(6_000);
  });

  test("SCHENKING in millions", () => {
    // min(9; 35% × 20 = 7; 7/12 × 15 = 8,75; 4,6) = 4,6.
    expect(
      schenking({
        eerste: 9,
        exportdeel: 20,
        nlAandeel: 15,
        ontheffing: false,
        soort: "overig",
        eenheid: 1000000,
      })
    ).toBe(4.6);
  });
});

describe("art. 13 lid 1: the share of costs already counted for earlier advances", () => {
  test("the issue's example: 200.000 advanced earlier on 50% of the costs gives 400.000", () => {
    // Costs not counted before: 90% − 50% = 40% → 1.000.000 × 0,4 = 400.000;
    // all advances within 80%: 800.000 − 200.000 = 600.000 ≥ 400.000.
    expect(voorschot(1_000_000, 0.9, 200_000, 0.5)).toBe(400_000);
  });

  test("not given, the pro-rata share (200.000 / 1.000.000 = 20%) keeps the earlier result 600.000", () => {
    // (90% − 20%) × 1.000.000 = 700.000, capped at 800.000 − 200.000 = 600.000.
    expect(voorschot(1_000_000, 0.9, 200_000)).toBe(600_000);
    expect(voorschot(1_000_000, 0.9, 200_000, 0.2)).toBe(600_000);
  });

  test("the 80% limit on all advances together still binds", () => {
    // 1.000.000 × (1 − 0,1) = 900.000 > 800.000 − 200.000 = 600.000.
    expect(voorschot(1_000_000, 1, 200_000, 0.1)).toBe(600_000);
    // Earlier advances already at 80%: nothing more.
    expect(voorschot(1_000_000, 1, 800_000, 0.5)).toBe(0);
  });

  test("boundaries: counted share equal to the share made gives 0; above it is an error", () => {
    expect(voorschot(1_000_000, 0.5, 200_000, 0.5)).toBe(0);
    expect(thrownEkvError(() => voorschot(1_000_000, 0.5, 200_000, 0.5000001)).message).toBe(
      "art. 13 lid 1: aandeel_eerder_meegeteld (50,00001%) is groter dan aandeel_kosten_gemaakt (50%); eerder meegetelde kosten zijn ook gemaakte kosten (beide cumulatief, als fractie van alle kosten)."
    );
    expect(thrownEkvError(() => voorschot(1_000_000, 0.5, 0, 50)).message).toBe(
      "art. 13 lid 1: aandeel_eerder_meegeteld is 50; verwacht een fractie van 0 tot en met 1 (40% is 0,4)."
    );
  });

  test("a share with cents: truncated to the cent", () => {
    // 1.000,01 × (0,5 − 0,167) = 333,00333 → 333,00.
    expect(voorschot(1000.01, 0.5, 0, 0.167)).toBe(333);
  });
});

describe("art. 2 lid 3: aircraft premiums in both rates", () => {
  test("the premium is added to the refinancing rate and to the contract rate", () => {
    expect(metPremie(0.052, 0.005, "refinancieringsrente")).toBe(0.057);
    expect(metPremie(0.03, 0.005, "contractrente")).toBe(0.035);
  });

  test("the difference stays 2,2%; capitalising at 5,7% lowers the costs", () => {
    // Σ (11 − j) × 11.000 / 1,0285^j = 541.942,6481… (against 547.033,42 at 5,2%).
    const k = kosten({
      krediet: 10_000_000,
      refinancieringsrente: metPremie(0.052, 0.005, "refinancieringsrente"),
      contractrente: metPremie(0.03, 0.005, "contractrente"),
      aflossingsjaren: 5,
      termijnenPerJaar: 2,
      opnamejaren: 0,
      overigeKosten: 0,
    });
    expect(k).toBe(541_942.64);
  });

  test("a premium typed as a percentage is refused", () => {
    expect(thrownEkvError(() => metPremie(0.05, 0.5, "rente")).message).toMatch(
      /^art\. 2 lid 3: premie is 0,5, dat is 50%;.*bedoelt u 0,005/
    );
  });
});

describe("art. 5 lid 3: credits shorter than two years", () => {
  test.each([
    // 1º: animal reproductive material, competitor's credit "meer dan 180 dagen".
    [1.5, "dierlijk", 181, true],
    [1.5, "dierlijk", 180, false],
    // 2º: seeds, seed potatoes: "meer dan 360 dagen".
    [1, "zaden", 361, true],
    [1, "zaden", 360, false],
    [1.99, "overig", 5000, false],
  ] as const)("%s years, %s, competitor %s days → %s", (jaren, product, dagen, expected) => {
    expect(kortKredietOk(jaren, product, dagen)).toBe(expected);
  });

  test("two years or more: lid 3 does not apply (#N/B)", () => {
    const e = thrownEkvError(() => kortKredietOk(2, "dierlijk", 400));
    expect(e.kind).toBe("not-available");
    expect(e.message).toBe(
      "art. 5 lid 3 geldt alleen voor een exportkrediet met een looptijd van minder dan twee jaar (gevonden: 2 jaar)."
    );
  });

  test("days must be a whole number", () => {
    expect(thrownEkvError(() => kortKredietOk(1, "zaden", 360.5)).message).toMatch(
      /^art\. 5 lid 3: dagen_concurrent is 360,5/
    );
  });
});

describe("art. 10 lid 5–8: MATCHING.RENTEDATUM", () => {
  const order = dag(2005, 3, 1);
  const base: RentedatumInput = {
    order,
    overeenkomst: undefined,
    offerte: undefined,
    acceptatie: undefined,
    aanvraag: undefined,
    indiening: undefined,
    offerteGeldig: undefined,
    kosten5b: undefined,
    kosten67: undefined,
    kosten8: undefined,
  };
  // A binding offer of 1-2-2005, accepted 10-3-2005, application 24-3-2005 (acceptance exactly
  // 14 days before), submitted 24-3-2005 (exactly 14 days after acceptance), still valid.
  const offerte: RentedatumInput = {
    ...base,
    overeenkomst: dag(2005, 4, 1),
    offerte: dag(2005, 2, 1),
    acceptatie: dag(2005, 3, 10),
    aanvraag: dag(2005, 3, 24),
    indiening: dag(2005, 3, 24),
    offerteGeldig: true,
  };

  test("lid 5 onder a: all three conditions met, on their boundaries: the offer date", () => {
    const r = rentedatum(offerte);
    expect(r.datum).toBe(dag(2005, 2, 1));
    expect(r.regel).toMatch(/^art\. 10 lid 5 onder a: datum van de bindende offerte/);
  });

  test("onder a 1º: accepted 15 days before the application → not a; lid 8 needs the costs", () => {
    const x = { ...offerte, acceptatie: dag(2005, 3, 9), indiening: dag(2005, 3, 20) };
    const e = thrownEkvError(() => rentedatum(x));
    expect(e.kind).toBe("not-available");
    expect(e.message).toBe(
      "art. 10 lid 8: er is een bindende offerte die niet aan lid 5 onder a voldoet: de datum van de offerte, als dat lagere kosten geeft dan onder lid 5 onder b. Geef kosten_lid5b (rentestand 1-4-2005) en kosten_lid8 (rentestand 1-2-2005) om te kiezen."
    );
    // Lower costs at the offer date: lid 8.
    const lager = rentedatum({ ...x, kosten5b: 500_000, kosten8: 499_999.99 });
    expect(lager.datum).toBe(dag(2005, 2, 1));
    expect(lager.regel).toMatch(/^art\. 10 lid 8: /);
    // Equal costs: lid 5 onder b stays ("lagere kosten" is strictly lower).
    const gelijk = rentedatum({ ...x, kosten5b: 500_000, kosten8: 500_000 });
    expect(gelijk.datum).toBe(dag(2005, 4, 1));
    expect(gelijk.regel).toBe(
      "art. 10 lid 5 onder b: datum van de kredietovereenkomst (onder a geldt niet: de acceptatie (9-3-2005) ligt meer dan twee weken vóór de aanvraag (24-3-2005) (onder a 1º)); art. 10 lid 8 geeft geen lagere kosten."
    );
  });

  test("onder a 2º: submitted 15 days after acceptance → not a", () => {
    const r = rentedatum({
      ...offerte,
      indiening: dag(2005, 3, 25),
      kosten5b: 1,
      kosten8: 2,
    });
    expect(r.datum).toBe(dag(2005, 4, 1));
    expect(r.regel).toMatch(/indiening \(25-3-2005\) ligt meer dan twee weken na de acceptatie/);
  });

  test("onder a 3º: an offer no longer valid → not a", () => {
    const r = rentedatum({ ...offerte, offerteGeldig: false, kosten5b: 1, kosten8: 2 });
    expect(r.regel).toMatch(/de offerte heeft geen gelding meer \(onder a 3º\)/);
  });

  test("lid 5 onder b without deviations: the agreement date, 180 days after the order exactly", () => {
    // 1-3-2005 + 180 days = 28-8-2005: "later dan 180 dagen na" is not met.
    const r = rentedatum({ ...base, overeenkomst: dag(2005, 8, 28) });
    expect(r).toEqual({
      datum: dag(2005, 8, 28),
      regel: "art. 10 lid 5 onder b: datum van de kredietovereenkomst.",
    });
  });

  test("lid 6: agreement 181 days after the order: the 180th day if that gives lower costs", () => {
    const x = { ...base, overeenkomst: dag(2005, 8, 29), kosten5b: 600_000 };
    expect(rentedatum({ ...x, kosten67: 590_000 })).toEqual({
      datum: dag(2005, 8, 28),
      regel:
        "art. 10 lid 6: de overeenkomst (29-8-2005) is later gesloten dan 180 dagen na de order (1-3-2005): de laatste dag van die periode; lagere kosten (€ 590.000) dan bij de overeenkomstdatum (€ 600.000).",
    });
    expect(rentedatum({ ...x, kosten67: 610_000 }).datum).toBe(dag(2005, 8, 29));
  });

  test("lid 7: agreement 61 days before the order: the 60th day before it; 60 days is not", () => {
    // 1-3-2005 − 60 days = 31-12-2004.
    expect(rentedatum({ ...base, overeenkomst: dag(2004, 12, 31) }).datum).toBe(dag(2004, 12, 31));
    const r = rentedatum({
      ...base,
      overeenkomst: dag(2004, 12, 30),
      kosten5b: 600_000,
      kosten67: 580_000,
    });
    expect(r.datum).toBe(dag(2004, 12, 31));
    expect(r.regel).toMatch(/^art\. 10 lid 7: /);
  });

  test("lid 6 and lid 8 together: the lowest costs win", () => {
    const x = {
      ...offerte,
      overeenkomst: dag(2005, 9, 1),
      offerteGeldig: false,
      kosten5b: 600_000,
      kosten67: 580_000,
      kosten8: 570_000,
    };
    expect(rentedatum(x).datum).toBe(dag(2005, 2, 1));
    expect(rentedatum({ ...x, kosten8: 590_000 }).datum).toBe(dag(2005, 8, 28));
  });

  test("missing inputs are errors naming them", () => {
    expect(thrownEkvError(() => rentedatum(base)).message).toBe(
      "art. 10 lid 5 onder b: geef de overeenkomstdatum (afsluiten van de kredietovereenkomst); er is geen bindende offerte (onder a)."
    );
    expect(thrownEkvError(() => rentedatum({ ...base, offerte: dag(2005, 2, 1) })).message).toBe(
      "art. 10 lid 5 onder a: er is een bindende offerte (1-2-2005); geef ook acceptatiedatum, aanvraagdatum, indieningsdatum, offerte_geldig om de voorwaarden van onder a te toetsen."
    );
  });
});

describe("art. 13 lid 2: advances on a gift", () => {
  test("at least six months between order and execution (EDATE), at most twice", () => {
    // 31-1-2024 + 6 months = 31-7-2024.
    expect(schenkingVoorschotOk(dag(2024, 1, 31), dag(2024, 7, 31), 0)).toBe(true);
    expect(schenkingVoorschotOk(dag(2024, 1, 31), dag(2024, 7, 30), 0)).toBe(false);
    // 31-8-2024 + 6 months = 28-2-2025.
    expect(schenkingVoorschotOk(dag(2024, 8, 31), dag(2025, 2, 28), 1)).toBe(true);
    expect(schenkingVoorschotOk(dag(2024, 8, 31), dag(2025, 2, 28), 2)).toBe(false);
    expect(
      thrownEkvError(() => schenkingVoorschotOk(dag(2024, 8, 31), dag(2024, 8, 30), 0)).message
    ).toMatch(/^art\. 13 lid 2: de uitvoeringsdatum \(30-8-2024\) ligt vóór/);
  });

  test("the down-payment advance: at most the down payment and at most 15% of the order", () => {
    expect(aanbetalingVoorschot(1_000_000, 200_000)).toBe(150_000);
    expect(aanbetalingVoorschot(1_000_000, 150_000)).toBe(150_000);
    expect(aanbetalingVoorschot(1_000_000, 100_000)).toBe(100_000);
    expect(aanbetalingVoorschot(1_000_000, 0)).toBe(0);
    // 15% × 1.000,01 = 150,0015 → 150,00.
    expect(aanbetalingVoorschot(1000.01, 1000)).toBe(150);
  });
});

describe("art. 10: MATCHING.KOSTEN_SCHEMA (explicit repayment schedule)", () => {
  const s = {
    refinancieringsrente: 0.1,
    contractrente: 0.06,
    termijnenPerJaar: 1,
    opnamejaren: 0,
    overigeKosten: 0,
  };

  test("equal repayments give exactly KOSTEN", () => {
    const gelijk = Array(10).fill(1_000_000);
    const k = {
      refinancieringsrente: 0.05,
      contractrente: 0.03,
      termijnenPerJaar: 2,
      opnamejaren: 1.5,
      overigeKosten: 0,
    };
    expect(kostenSchema({ ...k, aflossingen: gelijk })).toBe(652_924.42);
    expect(
      kostenSchema({
        ...k,
        aflossingen: gelijk,
        refinancieringsrente: 0.052,
        contractrente: 0.03,
        opnamejaren: 0,
        overeengekomenRente: 0.06,
      })
    ).toBe(745_954.66);
  });

  test("a grace year, then two repayments: by hand", () => {
    // 1.000.000 at 10% vs 6%, yearly: outstanding 1.000.000, 1.000.000, 500.000:
    // 40.000/1,1 + 40.000/1,21 + 20.000/1,331 = (48.400 + 44.000 + 20.000)/1,331
    // = 112.400/1,331 = 84.447,7836… → 84.447,78.
    expect(kostenSchema({ ...s, aflossingen: [0, 500_000, 500_000] })).toBe(84_447.78);
  });

  test("an annuity's principal parts: by hand", () => {
    // 1.000.000 as a 4-year 8% annuity, principal parts (rounded to the cent) 221.920,80;
    // 239.674,47; 258.848,43; 279.556,30. At 8% vs 5%, yearly: Σ outstanding_j × 0,03 / 1,08^j
    // = 189268561705/2834352 = 66.776,6606… → 66.776,66.
    expect(
      kostenSchema({
        ...s,
        refinancieringsrente: 0.08,
        contractrente: 0.05,
        aflossingen: [221_920.8, 239_674.47, 258_848.43, 279_556.3],
      })
    ).toBe(66_776.66);
  });

  test("bad schedules are errors", () => {
    expect(thrownEkvError(() => kostenSchema({ ...s, aflossingen: [0, 0] })).message).toBe(
      "art. 10 lid 1: de aflossingen zijn samen 0; er is geen krediet."
    );
    expect(thrownEkvError(() => kostenSchema({ ...s, aflossingen: [1, -1] })).message).toMatch(
      /^art\. 10 lid 1: aflossingen \(termijn 2\) is negatief/
    );
    expect(
      thrownEkvError(() => kostenSchema({ ...s, aflossingen: Array(1201).fill(1) })).message
    ).toMatch(/1201 aflossingstermijnen/);
  });
});
