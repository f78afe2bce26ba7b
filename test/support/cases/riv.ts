/**
 * Cases for EKV.RIV.* (src/functions/riv.ts), consumed by the built-bundle test and the bad-input
 * suite. Arguments as Excel passes them (null for an omitted optional argument, [[…]] for the
 * range of VERDEEL, dates as serial numbers). Expected values by hand from art. 3 and 4 of the
 * Regeling investeringsverzekeringen (shared/seeds/004_…).
 */
import type { FunctionCase } from "../function-cases";

export const cases: FunctionCase[] = [
  {
    name: "RIV.VERGOEDING",
    valid: [
      // 50.000.000 × 0,9 = 45.000.000; 200% × 20.000.000 = 40.000.000.
      { args: [50_000_000, 20_000_000, null, null], expected: 40_000_000, note: "issue example" },
      {
        args: [1_000_000, 5_000_000, 0.25, "investering"],
        expected: 750_000,
        note: "own risk 25%",
      },
      // 0,9 × 200.000.000 = 180.000.000 → € 75.000.000 for a loan.
      { args: [200_000_000, 100_000_000, 0.1, "lening"], expected: 75_000_000, note: "loan cap" },
      {
        args: [200_000_000, 100_000_000, null, null],
        expected: 100_000_000,
        note: "enterprise cap",
      },
      // 1.234,57 × 0,9 = 1.111,113 → 1.111,11.
      { args: [1234.57, 1_000_000, null, null], expected: 1111.11, note: "truncated" },
      // In thousands: 0,9 × 200.000 = 180.000; 200% × 150.000 = 300.000; € 100 mln = 100.000.
      {
        args: [200_000, 150_000, null, null, 1000],
        expected: 100_000,
        note: "x € 1.000: enterprise cap",
      },
      // The same in euros: € 180.000 binds (the old silent mistake with amounts in thousands).
      { args: [200_000, 150_000, null, null, null], expected: 180_000, note: "read as euros" },
      // 1,23457 thousand × 0,9 = € 1.111,113 → € 1.111,11 = 1,11111 thousand.
      { args: [1.23457, 1_000, null, null, "x € 1.000"], expected: 1.11111, note: "euro cent" },
    ],
    numericParams: [0, 1, 2],
    optionParams: [
      { index: 3, unknown: "garantie" },
      { index: 4, unknown: 1e9 },
    ],
    invalid: [
      { args: [1_000_000, 5_000_000, 0.0999, null], note: "own risk below 10%" },
      { args: [1_000_000, 5_000_000, 10, null], note: "own risk as a percentage" },
      { args: [null, 5_000_000, null, null], note: "blank damage" },
    ],
  },
  {
    name: "RIV.MAX_OPBRENGST",
    valid: [
      { args: [1_000_000, 3], expected: 360_000 },
      // 12% × 1.234,56 = 148,1472 → 148,14 per year, × 2.
      { args: [1234.56, 2], expected: 296.28, note: "per year truncated" },
      { args: [1_000_000, 0], expected: 0, note: "no yield due" },
    ],
    numericParams: [0, 1],
    invalid: [
      { args: [1_000_000, 1.5], note: "fraction of a year" },
      { args: [-1, 1], note: "negative value" },
    ],
  },
  {
    name: "RIV.VERDEEL",
    valid: [
      // 100.000 cents: 50.000; 33.333 + rest 2/6; 16.666 + rest 4/6 → the cent left to the third.
      { args: [1000, [[3], [2], [1]]], expected: [[500], [333.33], [166.67]] },
      // Equal remainders: the first listed gets the cent.
      { args: [100, [[1, 1, 1]]], expected: [[33.34], [33.33], [33.33]], note: "a row, ties" },
      {
        args: [75_000_000, [[1], [2], [4]]],
        expected: [[10_714_285.71], [21_428_571.43], [42_857_142.86]],
      },
      { args: [500, [[7]]], expected: [[500]], note: "one insured" },
    ],
    numericParams: [0, 1],
    wrongShape: [
      [
        100,
        [
          [1, 2],
          [3, 4],
        ],
      ],
      [100, [[]]],
    ],
    invalid: [
      { args: [100.001, [[1], [2]]], note: "amount with a fraction of a cent" },
      { args: [100, [[0], [0]]], note: "total contribution 0" },
      { args: [100, [[1], [null]]], note: "blank contribution" },
      { args: [100, [[1], [-1]]], note: "negative contribution" },
    ],
  },
  {
    name: "RIV.LOOPTIJD_OK",
    valid: [
      { args: [20, 15], expected: true, note: "both limits exactly" },
      { args: [20.0001, 15], expected: false, note: "just over 20 years" },
      { args: [20, 15.0001], expected: false, note: "just over 15 years" },
    ],
    numericParams: [0, 1],
    invalid: [
      { args: [0, 0], note: "duration 0" },
      { args: [10, -1], note: "negative years" },
    ],
  },
  {
    name: "RIV.TIJDIG",
    valid: [
      // 15-6-2022 (44727), 15-6-2023 (45092), 15-9-2023 (45184): exactly 12 and 3 months.
      { args: [44727, 45092, 45184], expected: true, note: "exactly 12 and 3 months" },
      { args: [44726, 45092, 45184], expected: false, note: "one day too early" },
      { args: [44727, 45092, 45185], expected: false, note: "one day too late" },
      // 30-11-2023 (45260) + 3 months = 29-2-2024 (45351), leap year.
      { args: [44986, 45260, 45351], expected: true, note: "month end, leap year" },
      { args: [44986, 45260, 45352], expected: false, note: "1-3-2024 is too late" },
    ],
    numericParams: [0, 1, 2],
    invalid: [
      { args: [44727, 45092, 45077], note: "application before the investment (#N/A)" },
      { args: [0, 45092, 45184], note: "date 0" },
      { args: [60, 45092, 45184], note: "29-2-1900 does not exist" },
      { args: [null, 45092, 45184], note: "blank date" },
    ],
  },
  {
    name: "RIV.MINIMUMDUUR_OK",
    valid: [
      // 1-1-2023 (44927) to 1-1-2026 (46023): exactly three years.
      { args: [44927, 46023, null], expected: true },
      { args: [44927, 46022, "investering"], expected: false, note: "a day short" },
      // Four years for a loan: 1-1-2027 (46388) yes, 31-12-2026 (46387) no.
      { args: [44927, 46388, "lening"], expected: true, note: "loan, four years" },
      { args: [44927, 46387, "geldlening"], expected: false, note: "money loan, a day short" },
    ],
    numericParams: [0, 1],
    optionParams: [{ index: 2, unknown: "aandelen" }],
    invalid: [{ args: [46023, 44927, null], note: "end before start" }],
  },
  {
    name: "RIV.UITBREIDING_OK",
    valid: [
      { args: [1_000_000, 1_000_000, true, true], expected: true, note: "equal suffices" },
      { args: [1_000_000, 999_999.99, true, true], expected: false, note: "a cent less" },
      { args: [1_000_000, 2_000_000, true, false], expected: false, note: "risk increased" },
    ],
    numericParams: [0, 1],
    optionParams: [
      { index: 2, unknown: "ja" },
      { index: 3, unknown: 1 },
    ],
    invalid: [{ args: [1_000_000, 2_000_000, null, true], note: "blank a-or-b" }],
  },
  {
    name: "RIV.UITERSTE_EINDDATUM",
    valid: [
      // min(1-4-2023 + 20 years; 1-1-2024 + 15 years) = 1-1-2039 (50771).
      { args: [45017, 45292], expected: 50771 },
    ],
    numericParams: [0, 1],
  },
  {
    name: "RIV.CLAIM",
    valid: [
      // See riv.test.ts: A 52,66 mln, B 47,34 mln; both limits of c iii bind.
      {
        args: [
          [
            [
              "verzekerde",
              "soort",
              "aanvangswaarde",
              "verzekerde waarde",
              "schade",
              "opbrengst",
              "jaren",
              "eigen risico",
            ],
            ["A", "investering", 60_000_000, 60_000_000, 70_000_000, 9_000_000, 2, 0.1],
            ["B", "lening", 90_000_000, null, 90_000_000, null, null, null],
          ],
          null,
          null,
        ],
        expected: [
          [
            "Polis 1 (A, investering): kapitaal na eigen risico van 10% (art. 4 onder b)",
            63_000_000,
          ],
          ["Polis 1 (A, investering): opbrengst na eigen risico (art. 4 onder b)", 8_100_000],
          [
            "Polis 1 (A, investering): opbrengst ten hoogste 12% van de verzekerde waarde × 2 jaar (art. 4 onder c ii)",
            14_400_000,
          ],
          [
            "Polis 1 (A, investering): kapitaal en opbrengst ten hoogste 200% van de aanvangswaarde (art. 4 onder c i)",
            120_000_000,
          ],
          ["Polis 1 (A, investering): vergoeding", 71_100_000],
          ["Polis 2 (B, lening): kapitaal na eigen risico van 10% (art. 4 onder b)", 81_000_000],
          ["Polis 2 (B, lening): opbrengst na eigen risico (art. 4 onder b)", 0],
          [
            "Polis 2 (B, lening): opbrengst ten hoogste 12% van de verzekerde waarde × 0 jaar (art. 4 onder c ii)",
            0,
          ],
          [
            "Polis 2 (B, lening): kapitaal en opbrengst ten hoogste 200% van de aanvangswaarde (art. 4 onder c i)",
            180_000_000,
          ],
          ["Polis 2 (B, lening): vergoeding", 81_000_000],
          ["Leningen samen", 81_000_000],
          [
            "Maximum € 75.000.000 voor leningen aan de onderneming (art. 4 onder c iii) ← bindend",
            75_000_000,
          ],
          ["Samen (na de grens voor leningen)", 146_100_000],
          ["Maximum € 100.000.000 per onderneming (art. 4 onder c iii) ← bindend", 100_000_000],
          [
            "Vergoeding A (vóór de grenzen van c iii € 71.100.000, minus € 18.440.000 naar rato van inbreng)",
            52_660_000,
          ],
          [
            "Vergoeding B (vóór de grenzen van c iii € 81.000.000, minus € 33.660.000 naar rato van inbreng)",
            47_340_000,
          ],
          ["Vergoeding (art. 4)", 100_000_000],
        ],
      },
      // Own risk as an amount, in thousands: 1.000 − 150 = 850 thousand.
      {
        args: [[["A", "investering", 1_000, 1_000, 1_000, 0, 0, 150]], "bedrag", 1000],
        expected: [
          ["Polis 1 (A, investering): kapitaal na eigen risico van 15% (art. 4 onder b)", 850],
          ["Polis 1 (A, investering): opbrengst na eigen risico (art. 4 onder b)", 0],
          [
            "Polis 1 (A, investering): opbrengst ten hoogste 12% van de verzekerde waarde × 0 jaar (art. 4 onder c ii)",
            0,
          ],
          [
            "Polis 1 (A, investering): kapitaal en opbrengst ten hoogste 200% van de aanvangswaarde (art. 4 onder c i)",
            2_000,
          ],
          ["Polis 1 (A, investering): vergoeding", 850],
          ["Samen (na de grens voor leningen)", 850],
          ["Maximum € 100.000.000 per onderneming (art. 4 onder c iii)", 100_000],
          ["Vergoeding A", 850],
          ["Vergoeding (art. 4)", 850],
        ],
        note: "own risk as an amount, x € 1.000",
      },
    ],
    numericParams: [0],
    optionParams: [
      { index: 1, unknown: "procent" },
      { index: 2, unknown: 7 },
    ],
    wrongShape: [[[["A", "investering", 1, 1, 1]], null, null]],
    invalid: [
      {
        args: [[["A", "investering", 1_000, 1_000, 1_000, 0, 0, 0.05]], null, null],
        note: "own risk 5%",
      },
      {
        args: [[[null, "investering", 1_000, 1_000, 1_000, 0, 0, 0.1]], null, null],
        note: "no insured named",
      },
      {
        args: [[["A", "garantie", 1_000, 1_000, 1_000, 0, 0, 0.1]], null, null],
        note: "unknown kind",
      },
    ],
  },
];
