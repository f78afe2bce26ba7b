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
];
