/**
 * Cases for EKV.MATCHING.* (src/functions/matching.ts), consumed by the built-bundle test and the
 * bad-input suite. Arguments as Excel passes them: scalars, null for a blank cell or an omitted
 * optional argument, true/false for WAAR/ONWAAR. Expected values computed by hand from the
 * articles of the Regeling exportfinancieringsarrangement zware matching (shared/seeds/003_…).
 */
import type { FunctionCase } from "../function-cases";

export const cases: FunctionCase[] = [
  {
    name: "MATCHING.OPSLAG",
    valid: [
      // Art. 3 lid 1 + lid 2: 0,55% + 0,15% = 0,70%.
      { args: ["EUR", 1, "particulier", false, 8], expected: 0.007, note: "issue example" },
      // Art. 3 lid 3 onder a: 0,70% + 0,10%; term and bank guarantee do not count.
      {
        args: ["USD", "II", "overheid", null, null],
        expected: 0.008,
        note: "category II government",
      },
      // Art. 4 lid 2–4: 0,40% + 0,20% (> 5 years) + 0,15% (bank guarantee).
      { args: ["JPY", 2, "particulier", true, 5.5], expected: 0.0075, note: "art. 4, > 5 years" },
      // Art. 4 lid 1: exactly 5 years is not "langer dan vijf jaar": 0,25%.
      {
        args: ["GBP", "I", "overheid", null, 5],
        expected: 0.0025,
        note: "art. 4, exactly 5 years",
      },
    ],
    numericParams: [4],
    optionParams: [
      { index: 0, unknown: "EURO" },
      { index: 1, unknown: 3 },
      { index: 2, unknown: "bedrijf" },
      { index: 3, unknown: "ja" },
    ],
    invalid: [
      { args: ["EUR", 1, "particulier", null, 8], note: "private buyer without bankgarantie" },
      { args: ["JPY", 1, "overheid", null, null], note: "art. 4 without looptijd" },
      { args: ["EUR", "III", "overheid", null, 1], note: "category III" },
      { args: [null, 1, "overheid", null, 1], note: "blank currency" },
      { args: ["JPY", 1, "overheid", null, 0], note: "term of 0 years" },
      // Art. 2 lid 1 onder a (text 2002–2009): the guilder was replaced by the euro.
      { args: ["NLG", 1, "overheid", null, 6], note: "euro predecessor currency" },
    ],
  },
  {
    name: "MATCHING.REFINANCIERINGSRENTE",
    valid: [
      // min(6%; 4,5% + 0,7%) = 5,2% exactly (0.045 + 0.007 in floating point is 0.052000000000000005).
      { args: [0.06, 0.045, 0.007], expected: 0.052 },
      { args: [0.05, 0.045, 0.007], expected: 0.05, note: "bank rate lower" },
    ],
    numericParams: [0, 1, 2],
    invalid: [
      { args: [5, 0.045, 0.007], note: "5 instead of 0,05" },
      { args: [0.05, 0.045, -0.001], note: "negative surcharge" },
      { args: [null, 0.045, 0.007], note: "blank bank rate" },
      // Issue 12 point 4: 0,55 meant 0,55%; the largest surcharge of art. 3–4 is 1,00%.
      { args: [0.06, 0.045, 0.55], note: "surcharge 0,55 (55%)" },
      { args: [0.3, 0.045, 0.007], note: "bank rate above 25%" },
    ],
  },
  {
    name: "MATCHING.ORDERBEDRAG",
    valid: [
      // 10.000.000 + min(800.000; 1.000.000) − 300.000.
      { args: [10_000_000, 800_000, 300_000], expected: 10_500_000 },
      // The increase counts for at most 10%: 10.000.000 + 1.000.000.
      { args: [10_000_000, 1_500_000, null], expected: 11_000_000, note: "10% cap" },
      { args: [10_000_000, null, null], expected: 10_000_000, note: "optional arguments omitted" },
      // 10% of 1.234,57 = 123,457 → 123,45 (truncated).
      { args: [1234.57, 200, null], expected: 1358.02, note: "cap truncated to the cent" },
    ],
    numericParams: [0, 1, 2],
    invalid: [
      { args: [null, null, null], note: "blank concluded amount" },
      { args: [-1, null, null], note: "negative amount" },
      { args: [10_000_000, 0, 10_000_000.01], note: "art. 9 supply above the order" },
    ],
  },
  {
    name: "MATCHING.EXPORTDEEL",
    valid: [
      { args: [12_000_000, 2_000_000], expected: 10_000_000 },
      { args: [0.3, 0.1], expected: 0.2, note: "exact decimals" },
    ],
    numericParams: [0, 1],
    invalid: [
      { args: [5_000_000, 5_000_000.01], note: "local costs above the order" },
      { args: [12_000_000, null], note: "blank local costs (required)" },
    ],
  },
  {
    name: "MATCHING.AANDEEL_VOLDOET",
    valid: [
      // 5 × 6.000.000 = 3 × 10.000.000: exactly 60%.
      { args: [10_000_000, 6_000_000, 10_000_000, "overig"], expected: true, note: "exactly 60%" },
      {
        args: [10_000_000, 5_999_999.99, 10_000_000, "overig"],
        expected: false,
        note: "a cent below 60%",
      },
      // 3 × 3.333.333,34 = 10.000.000,02 ≥ 10.000.000 (order 11.300.000, bouw).
      { args: [10_000_000, 3_333_333.34, 11_300_000, "bouw"], expected: true, note: "1/3" },
      // 3 × 3.333.333,33 = 9.999.999,99 < 10.000.000.
      {
        args: [10_000_000, 3_333_333.33, 11_300_000, "bouw"],
        expected: false,
        note: "just below 1/3",
      },
      {
        args: [50_000_000, 13_600_000, 50_000_000, "overig"],
        expected: true,
        note: "€ 13.600.000",
      },
      // In thousands: 3 × 3.333,34 ≥ 10.000 and order 11.300 thousand = € 11.300.000 (lid 2).
      {
        args: [10_000, 3_333.34, 11_300, "bouw", 1000],
        expected: true,
        note: "x € 1.000: 1/3 rule",
      },
      // 11.299,99 thousand < € 11.300.000: 60% rule, 5 × 3.333,34 < 3 × 10.000.
      {
        args: [10_000, 3_333.34, 11_299.99, "bouw", "x € 1.000"],
        expected: false,
        note: "x € 1.000: a unit below € 11.300.000",
      },
    ],
    numericParams: [0, 1, 2],
    optionParams: [
      { index: 3, unknown: "scheepsbouw" },
      { index: 4, unknown: 100 },
      { index: 4, unknown: "x € 1 mld" },
    ],
    invalid: [
      {
        args: [1_000_000, 1_000_000.01, 2_000_000, "overig"],
        note: "Dutch share above export part",
      },
      { args: [2_000_000, 1_000_000, 1_999_999, "overig"], note: "export part above order" },
      { args: [10_000_000, 6_000_000, 10_000_000, null], note: "blank kind" },
    ],
  },
  {
    name: "MATCHING.KOSTEN",
    valid: [
      // Σ_{j=1}^{10} (11 − j) × 10.000 / 1,025^j = 499.174,4276… → truncated 499.174,42.
      {
        args: [10_000_000, 0.05, 0.03, 5, null, null, null],
        expected: 499_174.42,
        note: "issue example",
      },
      // + 10.000.000 × 0,02 × (1,5/2 + 0,05 × 1,5²/6) = 153.750 → 652.924,4276… → 652.924,42.
      {
        args: [10_000_000, 0.05, 0.03, 5, 2, 1.5, null],
        expected: 652_924.42,
        note: "with drawdown",
      },
      // 40.000/1,1 + 20.000/1,21 = 52.892,5619…; + 40.000 × (1/2 + 0,1/6) = 20.666,666…;
      // + 1.000,50 = 74.559,7286… → 74.559,72.
      {
        args: [1_000_000, 0.1, 0.06, 2, 1, 1, 1000.5],
        expected: 74_559.72,
        note: "yearly, by hand",
      },
      {
        args: [10_000_000, 0.05, 0.05, 5, null, null, 2500],
        expected: 2500,
        note: "no rate difference",
      },
      // Art. 10 lid 1 onder b (issue 12 point 1): difference 6% − 3%, capitalised at r = 5,2%:
      // Σ (11 − j) × 15.000 / 1,026^j = 745.954,6684… → 745.954,66.
      {
        args: [10_000_000, 0.052, 0.03, 5, null, null, null, 0.06],
        expected: 745_954.66,
        note: "lid 1 onder b",
      },
      // Art. 7 lid 1 onder a limit for the same credit: (5,2% − 3%): Σ (11 − j) × 11.000 / 1,026^j
      // = 547.033,4235… → 547.033,42.
      {
        args: [10_000_000, 0.052, 0.03, 5, null, null, null, null],
        expected: 547_033.42,
        note: "art. 7 lid 1 onder a limit",
      },
    ],
    numericParams: [0, 1, 2, 3, 4, 5, 6, 7],
    invalid: [
      // Issue 12 point 3: gave −2.222.222,22; negative rates are refused.
      { args: [10_000_000, -0.5, -0.6, 1, 2, 10, null, null], note: "negative rates" },
      // Point 4: 50% and 30% meant 0,5% and 0,3%.
      { args: [10_000_000, 0.5, 0.3, 5, null, null, null, null], note: "rates of 50% and 30%" },
      {
        args: [10_000_000, 0.052, 0.03, 5, null, null, null, 0.0519],
        note: "refinancing rate above the agreed rate",
      },
      {
        args: [10_000_000, 0.05, 0.03, 2.3, null, null, null],
        note: "not a whole number of instalments",
      },
      { args: [10_000_000, 5, 0.03, 5, null, null, null], note: "5 instead of 0,05" },
      { args: [null, 0.05, 0.03, 5, null, null, null], note: "blank credit" },
      { args: [10_000_000, 0.05, 0.03, 5, 0, null, null], note: "0 instalments per year" },
    ],
  },
  {
    name: "MATCHING.SUBSIDIE",
    valid: [
      // min(499.174,42; 3.500.000; 4.666.666,66; 4.600.000).
      { args: [499_174.42, 10_000_000, 8_000_000, null, null, null], expected: 499_174.42 },
      // min(6.000.000; 7.000.000; 8.750.000; 4.600.000).
      {
        args: [6_000_000, 20_000_000, 15_000_000, null, false, null],
        expected: 4_600_000,
        note: "cap",
      },
      // Ontheffing at exactly 27.200.000: min(6.000.000; 14.000.000; 15.866.666,66).
      {
        args: [6_000_000, 40_000_000, 27_200_000, null, true, null],
        expected: 6_000_000,
        note: "ontheffing",
      },
      // Defensie at 15.800.000: 7/12 × 15.800.000 = 9.216.666,66… → 9.216.666,66.
      {
        args: [10_000_000, 30_000_000, 15_800_000, null, true, "defensie"],
        expected: 9_216_666.66,
        note: "ontheffing defensie",
      },
      {
        args: [1_000_000, 10_000_000, 8_000_000, 250_000, null, null],
        expected: 250_000,
        note: "equivalent offer",
      },
      // Issue 12 point 1: costs 745.954,66 (lid 1 onder b), limit a 547.033,42 binds.
      {
        args: [745_954.66, 10_000_000, 8_000_000, null, null, null, 547_033.42, null],
        expected: 547_033.42,
        note: "art. 7 lid 1 onder a limit",
      },
      // In thousands: min(6.000; 7.000; 8.750; 4.600).
      {
        args: [6_000, 20_000, 15_000, null, null, null, null, 1000],
        expected: 4_600,
        note: "x € 1.000",
      },
    ],
    numericParams: [0, 1, 2, 3, 6],
    optionParams: [
      { index: 4, unknown: "ja" },
      { index: 5, unknown: "scheepsbouw" },
      { index: 7, unknown: 1_000_000_000 },
      { index: 7, unknown: "duizendtallen" },
    ],
    invalid: [
      {
        args: [6_000_000, 40_000_000, 27_199_999.99, null, true, null],
        note: "ontheffing below € 27.200.000",
      },
      {
        args: [10_000_000, 30_000_000, 15_799_999.99, null, true, "bouw"],
        note: "ontheffing below € 15.800.000",
      },
      {
        args: [1_000_000, 10_000_000, 10_000_000.01, null, null, null],
        note: "Dutch share above export part",
      },
    ],
  },
  {
    name: "MATCHING.SCHENKING",
    valid: [
      // min(2.000.000; 1.750.000; 583.333,33…) → 583.333,33.
      { args: [2_000_000, 5_000_000, 1_000_000, null, null], expected: 583_333.33 },
      {
        args: [9_000_000, 20_000_000, 15_000_000, false, "overig"],
        expected: 4_600_000,
        note: "cap",
      },
      {
        args: [9_000_000, 40_000_000, 27_200_000, true, null],
        expected: 9_000_000,
        note: "ontheffing",
      },
      // In millions: min(9; 7; 8,75; 4,6).
      { args: [9, 20, 15, null, null, 1_000_000], expected: 4.6, note: "x € 1 mln" },
    ],
    numericParams: [0, 1, 2],
    optionParams: [
      { index: 3, unknown: "nee" },
      { index: 4, unknown: "scheepsbouw" },
      { index: 5, unknown: 10 },
    ],
    invalid: [
      {
        args: [9_000_000, 40_000_000, 27_199_999.99, true, null],
        note: "ontheffing below € 27.200.000",
      },
    ],
  },
  {
    name: "MATCHING.OPBOUW",
    valid: [
      {
        args: [499_174.42, 10_000_000, 8_000_000, null, null, null],
        expected: [
          [
            "Kosten: gekapitaliseerd renteverschil en overige kosten (art. 7 lid 1 onder a, art. 10) ← bindend",
            499_174.42,
          ],
          ["Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)", "niet opgegeven"],
          ["35% van het exportdeel (art. 7 lid 1 onder b)", 3_500_000],
          ["58 1/3% van het Nederlands aandeel (art. 7 lid 1 onder c)", 4_666_666.66],
          ["Maximum € 4.600.000 (art. 7 lid 1 onder d)", 4_600_000],
          ["Subsidie (art. 7)", 499_174.42],
        ],
      },
      {
        args: [6_000_000, 40_000_000, 27_200_000, 7_000_000, true, null],
        expected: [
          [
            "Kosten: gekapitaliseerd renteverschil en overige kosten (art. 7 lid 1 onder a, art. 10) ← bindend",
            6_000_000,
          ],
          ["Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)", 7_000_000],
          ["35% van het exportdeel (art. 7 lid 1 onder b)", 14_000_000],
          ["58 1/3% van het Nederlands aandeel (art. 7 lid 1 onder c)", 15_866_666.66],
          ["Maximum € 4.600.000 (art. 7 lid 1 onder d)", "ontheffing (art. 7 lid 2)"],
          ["Subsidie (art. 7)", 6_000_000],
        ],
        note: "ontheffing",
      },
      {
        args: [745_954.66, 10_000_000, 8_000_000, null, null, null, 547_033.42, 1],
        expected: [
          ["Kosten: 100% van de kosten (art. 7 lid 1, art. 10 lid 1 onder b)", 745_954.66],
          [
            "Gekapitaliseerd verschil refinancieringsrente en contractrente, met art. 10 lid 9 (art. 7 lid 1 onder a) ← bindend",
            547_033.42,
          ],
          ["Nodig voor een gelijkwaardig aanbod (art. 7 lid 1)", "niet opgegeven"],
          ["35% van het exportdeel (art. 7 lid 1 onder b)", 3_500_000],
          ["58 1/3% van het Nederlands aandeel (art. 7 lid 1 onder c)", 4_666_666.66],
          ["Maximum € 4.600.000 (art. 7 lid 1 onder d)", 4_600_000],
          ["Subsidie (art. 7)", 547_033.42],
        ],
        note: "lid 1 onder b with limit a",
      },
    ],
    numericParams: [0, 1, 2, 3, 6],
    optionParams: [
      { index: 4, unknown: "ja" },
      { index: 5, unknown: "scheepsbouw" },
      { index: 7, unknown: "x € 1 mld" },
    ],
    invalid: [
      {
        args: [6_000_000, 40_000_000, 20_000_000, null, true, null],
        note: "ontheffing not allowed",
      },
      {
        args: [6_000, 40_000, 27_199.99, null, true, null, null, 1000],
        note: "ontheffing below € 27.200.000 in thousands",
      },
    ],
  },
  {
    name: "MATCHING.VOORSCHOT",
    valid: [
      // min(90%, 80%) × 1.000.000 − 500.000.
      { args: [1_000_000, 0.9, 500_000], expected: 300_000 },
      { args: [1_000_000, 0.5, null], expected: 500_000, note: "nothing advanced before" },
      { args: [1_000_000, 0.3, 500_000], expected: 0, note: "never below 0" },
      // 80% × 1.000,01 = 800,008 → 800,00.
      { args: [1000.01, 1, null], expected: 800, note: "80% truncated" },
      // Issue 12 point 2: 200.000 earlier on 50% of the costs: (0,9 − 0,5) × 1.000.000 = 400.000.
      { args: [1_000_000, 0.9, 200_000, 0.5], expected: 400_000, note: "issue example" },
      // Default: pro rata 200.000 / 1.000.000: min(700.000; 800.000 − 200.000) = 600.000.
      { args: [1_000_000, 0.9, 200_000, null], expected: 600_000, note: "pro-rata default" },
    ],
    numericParams: [0, 1, 2, 3],
    invalid: [
      { args: [1_000_000, 40, null], note: "share as a percentage" },
      { args: [1_000_000, -0.1, null], note: "negative share" },
      { args: [null, 0.5, null], note: "blank maximum subsidy" },
      { args: [1_000_000, 0.5, 200_000, 0.6], note: "more counted before than made" },
      { args: [1_000_000, 0.5, 200_000, 50], note: "counted share as a percentage" },
    ],
  },
  {
    name: "MATCHING.MET_PREMIE",
    valid: [
      // Art. 2 lid 3: 5,2% + 0,5% = 5,7% exactly (0.052 + 0.005 in floating point is 0.057000000000000002).
      { args: [0.052, 0.005], expected: 0.057 },
      { args: [0.03, 0], expected: 0.03, note: "no premium" },
    ],
    numericParams: [0, 1],
    invalid: [{ args: [0.03, 0.5], note: "premium 0,5 (50%)" }],
  },
  {
    name: "MATCHING.KORT_KREDIET_OK",
    valid: [
      // Art. 5 lid 3 1º: "meer dan 180 dagen".
      { args: [1.5, "dierlijk", 181], expected: true },
      { args: [1.5, "dierlijk", 180], expected: false, note: "exactly 180 days" },
      // 2º: "meer dan 360 dagen".
      { args: [1, "zaden", 361], expected: true },
      { args: [1, "zaden", 360], expected: false, note: "exactly 360 days" },
      { args: [1, "overig", 400], expected: false, note: "other goods" },
    ],
    numericParams: [0, 2],
    optionParams: [{ index: 1, unknown: "machines" }],
    invalid: [
      { args: [2, "dierlijk", 400], note: "two years: lid 3 does not apply" },
      { args: [1, "zaden", 360.5], note: "a fraction of a day" },
    ],
  },
  {
    name: "MATCHING.RENTEDATUM",
    valid: [
      // Lid 5 a: offer 1-2-2005 (38384), accepted 10-3-2005 (38421) exactly 14 days before the
      // application 24-3-2005 (38435), submitted 24-3-2005 exactly 14 days after acceptance.
      {
        args: [38412, 38443, 38384, 38421, 38435, 38435, true, null, null, null],
        expected: [
          [
            38384,
            "art. 10 lid 5 onder a: datum van de bindende offerte; geaccepteerd 10-3-2005, niet eerder dan twee weken vóór de aanvraag (24-3-2005), ingediend 24-3-2005, binnen twee weken na acceptatie, en nog geldig.",
          ],
        ],
      },
      // Lid 5 b: agreement 180 days after the order 1-3-2005 (38412 + 180 = 38592): no deviation.
      {
        args: [38412, 38592, null, null, null, null, null, null, null, null],
        expected: [[38592, "art. 10 lid 5 onder b: datum van de kredietovereenkomst."]],
        note: "180 days exactly",
      },
      // Lid 6: 181 days; lower costs at the 180th day.
      {
        args: [38412, 38593, null, null, null, null, null, 600_000, 590_000, null],
        expected: [
          [
            38592,
            "art. 10 lid 6: de overeenkomst (29-8-2005) is later gesloten dan 180 dagen na de order (1-3-2005): de laatste dag van die periode; lagere kosten (€ 590.000) dan bij de overeenkomstdatum (€ 600.000).",
          ],
        ],
        note: "lid 6",
      },
      // Lid 8: acceptance 15 days before the application; lower costs at the offer date.
      {
        args: [38412, 38443, 38384, 38420, 38435, 38431, true, 500_000, 1, 499_999.99],
        expected: [
          [
            38384,
            "art. 10 lid 8: er is een bindende offerte die niet aan lid 5 onder a voldoet: de datum van de offerte; lagere kosten (€ 499.999,99) dan bij de overeenkomstdatum (€ 500.000).",
          ],
        ],
        note: "lid 8",
      },
    ],
    numericParams: [0, 1, 2, 3, 4, 5, 7, 8, 9],
    optionParams: [{ index: 6, unknown: "ja" }],
    invalid: [
      {
        args: [38412, null, null, null, null, null, null, null, null, null],
        note: "no agreement date",
      },
      {
        args: [38412, 38593, null, null, null, null, null, null, null, null],
        note: "lid 6 without costs",
      },
      {
        args: [38412, 38443, 38384, null, null, null, null, null, null, null],
        note: "offer without its dates",
      },
    ],
  },
  {
    name: "MATCHING.SCHENKING_VOORSCHOT_OK",
    valid: [
      // 31-1-2024 (45322) + 6 months = 31-7-2024 (45504).
      { args: [45322, 45504, 0], expected: true },
      { args: [45322, 45503, null], expected: false, note: "a day short of six months" },
      { args: [45322, 45504, 2], expected: false, note: "two advances already" },
    ],
    numericParams: [0, 1, 2],
    invalid: [
      { args: [45504, 45322, 0], note: "execution before the order" },
      { args: [45322, 45504, 1.5], note: "a fraction of an advance" },
    ],
  },
  {
    name: "MATCHING.AANBETALING_VOORSCHOT",
    valid: [
      // min(15% × 1.000.000; 200.000).
      { args: [1_000_000, 200_000], expected: 150_000 },
      { args: [1_000_000, 100_000], expected: 100_000, note: "the down payment binds" },
      // 15% × 1.000,01 = 150,0015 → 150,00.
      { args: [1000.01, 1000], expected: 150, note: "truncated" },
    ],
    numericParams: [0, 1],
    invalid: [{ args: [1_000_000, -1], note: "negative down payment" }],
  },
  {
    name: "MATCHING.KOSTEN_SCHEMA",
    valid: [
      // 112.400 / 1,331 = 84.447,7836… (a grace year, then two repayments; yearly 10% vs 6%).
      {
        args: [[[0], [500_000], [500_000]], 0.1, 0.06, 1, null, null, null],
        expected: 84_447.78,
      },
      // Ten equal half-yearly repayments = KOSTEN: 652.924,42 with 1,5 years of drawdown.
      {
        args: [[Array(10).fill(1_000_000)], 0.05, 0.03, 2, 1.5, 0, null],
        expected: 652_924.42,
        note: "equal repayments in a row",
      },
      // Lid 1 onder b: 745.954,66 as KOSTEN.
      {
        args: [
          [
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
            [1_000_000],
          ],
          0.052,
          0.03,
          null,
          null,
          null,
          0.06,
        ],
        expected: 745_954.66,
        note: "lid 1 onder b",
      },
    ],
    numericParams: [0, 1, 2, 3, 4, 5, 6],
    wrongShape: [
      [
        [
          [1, 2],
          [3, 4],
        ],
        0.1,
        0.06,
        1,
        null,
        null,
        null,
      ],
    ],
    invalid: [
      { args: [[[0], [0]], 0.1, 0.06, 1, null, null, null], note: "no credit" },
      { args: [[[1], [null]], 0.1, 0.06, 1, null, null, null], note: "a blank repayment" },
    ],
  },
];
