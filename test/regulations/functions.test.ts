/**
 * The EKV.MATCHING.* and EKV.RIV.* adapters with Excel's argument forms: omitted optional
 * arguments as null, a cell given to a range parameter as [[v]], logical values, and errors as
 * CustomFunctions.Error (#VALUE! / #N/A) whose Dutch message names the article.
 */
import {
  matchingAandeelVoldoet,
  matchingExportdeel,
  matchingKosten,
  matchingOpbouw,
  matchingOpslag,
  matchingOrderbedrag,
  matchingRefinancieringsrente,
  matchingSchenking,
  matchingSubsidie,
  matchingVoorschot,
} from "../../src/functions/matching";
import {
  rivLooptijdOk,
  rivMaxOpbrengst,
  rivTijdig,
  rivVerdeel,
  rivVergoeding,
} from "../../src/functions/riv";
import { thrownExcelError } from "../support/thrown";

describe("MATCHING adapters", () => {
  test("OPSLAG with Excel's forms: ONWAAR, text WAAR/ONWAAR, a blank guarantee for a government", () => {
    expect(matchingOpslag("EUR", 1, "particulier", false, 8)).toBe(0.007);
    expect(matchingOpslag("EUR", 1, "particulier", "onwaar", 8)).toBe(0.007);
    expect(matchingOpslag("EUR", 1, "particulier", "WAAR", 8)).toBe(0.0055);
    expect(matchingOpslag("usd", "II", "overheid", null, null)).toBe(0.008);
    expect(matchingOpslag([["JPY"]], [[2]], [["particulier"]], [[true]], [[6]])).toBe(0.0075);
  });

  test("OPSLAG refuses a number as yes/no and a number as currency", () => {
    const e = thrownExcelError(() => matchingOpslag("EUR", 1, "particulier", 1, 8));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "art. 3 en 4: bankgarantie is het getal 1; verwacht de logische waarde WAAR of ONWAAR."
    );
    expect(thrownExcelError(() => matchingOpslag(978, 1, "overheid", null, 1)).message).toBe(
      "valuta: 978 gevonden; verwacht een tekst (art. 3 en 4)."
    );
  });

  test("a type error from the shared conversion gets the article appended", () => {
    const e = thrownExcelError(() => matchingExportdeel(12_000_000, null));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "lokale_kosten: een lege cel gevonden; verwacht een bedrag (art. 1 onder a)."
    );
    expect(
      thrownExcelError(() => matchingKosten("10.000.000", 0.05, 0.03, 5, null, null, null)).message
    ).toMatch(/^krediet: tekst "10\.000\.000" is een getal opgeslagen als tekst.*\(art\. 10\)\.$/);
  });

  test("REFINANCIERINGSRENTE, ORDERBEDRAG, EXPORTDEEL", () => {
    expect(matchingRefinancieringsrente(0.06, 0.045, 0.007)).toBe(0.052);
    // Omitted optional amounts are 0.
    expect(matchingOrderbedrag(10_000_000, null, null)).toBe(10_000_000);
    expect(matchingOrderbedrag(10_000_000, 1_500_000, null)).toBe(11_000_000);
    expect(matchingExportdeel(12_000_000, 0)).toBe(12_000_000);
    expect(thrownExcelError(() => matchingOrderbedrag(null, null, null)).message).toBe(
      "afgesloten_bedrag: een lege cel gevonden; verwacht een bedrag (art. 1 onder d)."
    );
  });

  test("AANDEEL_VOLDOET returns a logical value; a blank kind is an error", () => {
    expect(matchingAandeelVoldoet(10_000_000, 6_000_000, 10_000_000, "overig")).toBe(true);
    expect(matchingAandeelVoldoet(10_000_000, 5_999_999.99, 10_000_000, "Overig")).toBe(false);
    expect(
      thrownExcelError(() => matchingAandeelVoldoet(10_000_000, 6_000_000, 10_000_000, null))
        .message
    ).toBe('art. 5 lid 2: soort is leeg; verwacht "defensie", "vliegtuigen", "bouw" of "overig".');
  });

  test("KOSTEN: omitted instalments mean 2 per year", () => {
    expect(matchingKosten(10_000_000, 0.05, 0.03, 5, null, null, null)).toBe(499_174.42);
    expect(matchingKosten(10_000_000, 0.05, 0.03, 5, 2, 1.5, 0)).toBe(652_924.42);
  });

  test("SUBSIDIE and SCHENKING: omitted ontheffing is ONWAAR, omitted soort is overig", () => {
    expect(matchingSubsidie(6_000_000, 20_000_000, 15_000_000, null, null, null)).toBe(4_600_000);
    expect(matchingSubsidie(6_000_000, 40_000_000, 27_200_000, null, true, null)).toBe(6_000_000);
    expect(matchingSchenking(2_000_000, 5_000_000, 1_000_000, null, null)).toBe(583_333.33);
    const e = thrownExcelError(() =>
      matchingSubsidie(6_000_000, 40_000_000, 20_000_000, null, true, null)
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      "art. 7 lid 2: ontheffing van het maximum van € 4.600.000 is alleen mogelijk als het Nederlands aandeel ten minste € 27.200.000 is (gevonden: € 20.000.000)."
    );
  });

  test("OPBOUW spills two columns, binding limit marked in the label, the subsidy last", () => {
    expect(matchingOpbouw(5_000_000, 12_000_000, 7_200_000, 4_500_000, null, null)).toEqual([
      [
        "Kosten: gekapitaliseerd renteverschil en overige kosten (art. 7 lid 1 onder a, art. 10)",
        5_000_000,
      ],
      ["Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)", 4_500_000],
      // 35% × 12.000.000 = 4.200.000 = 7/12 × 7.200.000: both bind.
      ["35% van het exportdeel (art. 7 lid 1 onder b) ← bindend", 4_200_000],
      ["58 1/3% van het Nederlands aandeel (art. 7 lid 1 onder c) ← bindend", 4_200_000],
      ["Maximum € 4.600.000 (art. 7 lid 1 onder d)", 4_600_000],
      ["Subsidie (art. 7)", 4_200_000],
    ]);
  });

  test("VOORSCHOT", () => {
    expect(matchingVoorschot(1_000_000, 0.9, 500_000)).toBe(300_000);
    expect(matchingVoorschot(1_000_000, 0.5, null)).toBe(500_000);
  });
});

describe("RIV adapters", () => {
  test("VERGOEDING: omitted own risk is 10%, omitted kind an investment", () => {
    expect(rivVergoeding(50_000_000, 20_000_000, null, null)).toBe(40_000_000);
    expect(rivVergoeding(200_000_000, 100_000_000, null, "lening")).toBe(75_000_000);
    expect(thrownExcelError(() => rivVergoeding(1_000_000, 5_000_000, 0.05, null)).message).toMatch(
      /^art\. 4 onder b: het eigen risico moet ten minste 10%/
    );
  });

  test("VERDEEL takes a column or a row and spills a column", () => {
    expect(rivVerdeel(1000, [[3], [2], [1]])).toEqual([[500], [333.33], [166.67]]);
    expect(rivVerdeel(100, [[1, 1, 1]])).toEqual([[33.34], [33.33], [33.33]]);
    expect(rivVerdeel(100, [[1]])).toEqual([[100]]);
    expect(
      thrownExcelError(() =>
        rivVerdeel(100, [
          [1, 2],
          [3, 4],
        ])
      ).message
    ).toBe(
      "inbreng: een bereik van 2 rijen × 2 kolommen gevonden; verwacht één kolom of één rij met de inbreng per verzekerde (art. 4 onder c iii)."
    );
    expect(thrownExcelError(() => rivVerdeel(100, [[1], [null]])).message).toBe(
      "inbreng (rij 2): een lege cel gevonden; verwacht een bedrag (art. 4 onder c iii)."
    );
  });

  test("MAX_OPBRENGST, LOOPTIJD_OK", () => {
    expect(rivMaxOpbrengst(1_000_000, 3)).toBe(360_000);
    expect(rivLooptijdOk(20, 15)).toBe(true);
    expect(rivLooptijdOk(20.5, 15)).toBe(false);
  });

  test("TIJDIG with date serials; an application before the investment is #N/A", () => {
    // 15-6-2022, 15-6-2023, 15-9-2023.
    expect(rivTijdig(44727, 45092, 45184)).toBe(true);
    expect(rivTijdig(44726, 45092, 45184)).toBe(false);
    const e = thrownExcelError(() => rivTijdig(44727, 45092, 45077));
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/^art\. 3 lid 1 onder b geldt voor een investering die al is gedaan/);
    expect(thrownExcelError(() => rivTijdig("15-6-2022", 45092, 45184)).message).toMatch(
      /^meldingsdatum: tekst "15-6-2022" gevonden; verwacht een datum \(een datumcel of DATUM\(jaar;maand;dag\)\) \(art. 3 lid 1 onder b\)\.$/
    );
  });
});

describe("issue 12 corrections through the adapters", () => {
  test("KOSTEN lid 1 onder b and the art. 7 lid 1 onder a limit (point 1)", () => {
    // r = min(6%; 4,5% + 0,7%) = 5,2%; see matching.test.ts for the working.
    const r = matchingRefinancieringsrente(0.06, 0.045, 0.007);
    expect(matchingKosten(10_000_000, r, 0.03, 5, null, null, null, 0.06)).toBe(745_954.66);
    const limietA = matchingKosten(10_000_000, r, 0.03, 5, null, null, null, null);
    expect(limietA).toBe(547_033.42);
    expect(
      matchingSubsidie(745_954.66, 10_000_000, 8_000_000, null, null, null, limietA, null)
    ).toBe(547_033.42);
  });

  test("VOORSCHOT with the share already counted (point 2)", () => {
    expect(matchingVoorschot(1_000_000, 0.9, 200_000, 0.5)).toBe(400_000);
    expect(matchingVoorschot(1_000_000, 0.9, 200_000, null)).toBe(600_000);
    expect(matchingVoorschot(1_000_000, 0.9, 200_000)).toBe(600_000);
  });

  test("eenheid: an error value is reported as such; a range of one cell is accepted", () => {
    expect(
      thrownExcelError(() =>
        matchingAandeelVoldoet(10_000, 3_333.34, 11_300, "bouw", { code: "#REF!" })
      ).message
    ).toBe("eenheid: de foutwaarde #REF! gevonden; herstel eerst die fout (art. 5).");
    expect(matchingAandeelVoldoet(10_000, 3_333.34, 11_300, "bouw", [[1000]])).toBe(true);
    expect(rivVergoeding(200_000, 150_000, null, null, "x € 1.000")).toBe(100_000);
    expect(thrownExcelError(() => rivVergoeding(200_000, 150_000, null, null, true)).message).toBe(
      'art. 4 onder c iii: eenheid is geen getal of tekst; verwacht 1 (euro\'s, standaard), 1000 (x € 1.000) of 1000000 (x € 1 mln), of de tekst "x € 1.000" of "x € 1 mln".'
    );
  });

  test("OPSLAG refuses NLG; REFINANCIERINGSRENTE refuses 0,55 as surcharge", () => {
    expect(thrownExcelError(() => matchingOpslag("NLG", 1, "overheid", null, 6)).message).toMatch(
      /^art\. 2 lid 1 onder a: valuta NLG \(Nederlandse gulden\) is vóór 2002 door de euro vervangen/
    );
    expect(thrownExcelError(() => matchingRefinancieringsrente(0.06, 0.045, 0.55)).message).toMatch(
      /bedoelt u 0,0055 \(0,55%\)\?/
    );
  });
});
