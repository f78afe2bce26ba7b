/**
 * Cases for the garanties family (src/functions/garanties.ts), consumed by the built-bundle test
 * and the bad-input suite. Arguments are shaped as Excel passes them (see ../function-cases.ts):
 * the range parameters of UITSTAAND, SALDO, NETTO and PLAFONDRUIMTE get [[v]] for one cell and
 * their result is always a 2-D array; TOTAAL's repeating parameter is one array holding one 2-D
 * array per argument. Figures: the 2016 garanties tables (shared/seeds/002_…, x € 1.000).
 */
import type { FunctionCase } from "../function-cases";

export const cases: FunctionCase[] = [
  {
    name: "UITSTAAND",
    valid: [
      {
        // 14.023.000 + 0 − 4.254.099 = 9.768.901.
        args: [[[14023000]], [[null]], [[4254099]]],
        expected: [[9768901]],
        note: "WAKO 2015, blank verleend",
      },
      {
        // 190.131.779 + 11.411.268 − 14.858.279 = 186.684.768;
        // 186.684.768 + 10.786.021 − 10.604.180 = 186.866.609.
        args: [[[190131779, 186684768]], [[11411268, 10786021]], [[14858279, 10604180]]],
        expected: [[186684768, 186866609]],
        note: "Totaal row 2015 and 2016 as a dynamic array",
      },
      {
        // 0,10 + 0,20 − 0 = 0,30 (float would give 0,30000000000000004).
        args: [[[0.1]], [[0.2]], [[""]]],
        expected: [[0.3]],
        note: "cents, blank as empty string",
      },
    ],
    numericParams: [0, 1, 2],
    wrongShape: [
      [[[1, 2]], [[1], [2]], [[0]]],
      [
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2, 3]],
        [[0]],
      ],
    ],
    invalid: [
      { args: [[[-1]], [[0]], [[0]]], note: "negative outstanding amount" },
      { args: [[[0]], [[0]], [[-0.01]]], note: "negative lapsed amount" },
      { args: [[[1e15 + 2]], [[0]], [[0]]], note: "beyond 10^15" },
      { args: [[[]], [[0]], [[0]]], note: "empty range" },
    ],
  },
  {
    name: "SALDO",
    valid: [
      // 205.944 − 43.376 = 162.568.
      { args: [[[43376]], [[205944]]], expected: [[162568]], note: "EKV 2014" },
      // 0 − 378 = – 378.
      { args: [[[378]], [[null]]], expected: [[-378]], note: "procesrisico's 2014" },
      {
        // 222.168 − 48.592 = 173.576; 200.637 − 80.445 = 120.192.
        args: [
          [[48592], [80445]],
          [[222168], [200637]],
        ],
        expected: [[173576], [120192]],
        note: "Totaal 2014 and 2015 as a column",
      },
    ],
    numericParams: [0, 1],
    wrongShape: [[[[1, 2, 3]], [[1, 2]]]],
    invalid: [{ args: [[[-5]], [[0]]], note: "negative expenditure" }],
  },
  {
    name: "NETTO",
    valid: [
      // 8.882.142 − 16.366.533 = – 7.484.391.
      { args: [[[8882142]], [[16366533]]], expected: [[-7484391]], note: "EKV 2014" },
      {
        // RIV 2010–2014: 22.340 − 71.559 = – 49.219; 0 − 19.752 = – 19.752;
        // 13.789 − 34.262 = – 20.473; 62.194 − 9.275 = 52.919; 5.760 − 57.225 = – 51.465.
        args: [[[22340, 0, 13789, 62194, 5760]], [[71559, 19752, 34262, 9275, 57225]]],
        expected: [[-49219, -19752, -20473, 52919, -51465]],
        note: "RIV benutting 2010–2014",
      },
    ],
    numericParams: [0, 1],
    wrongShape: [[[[1], [2]], [[1, 2]]]],
    invalid: [{ args: [[[0]], [[-1]]], note: "negative lapsed amount" }],
  },
  {
    name: "PLAFONDRUIMTE",
    valid: [
      // 10.000.000 − 8.882.142 = 1.117.858.
      {
        args: [[[10000000]], [[8882142]], null, null],
        expected: [[1117858]],
        note: "EKV 2014, gross ceiling by default, optional arguments omitted",
      },
      // 10.000.000 − (8.882.142 − 16.366.533) = 17.484.391.
      {
        args: [[[10000000]], [[8882142]], [[16366533]], "netto"],
        expected: [[17484391]],
        note: "EKV 2014, net ceiling",
      },
      // 10.000.000 − 12.644.489 = – 2.644.489: the ceiling is exceeded.
      {
        args: [[[10000000]], [[12644489]], [[9701607]], "bruto"],
        expected: [[-2644489]],
        note: "EKV 2012 against today's gross ceiling",
      },
      {
        // RIV 2012 and 2013 against the € 453,8 mln. ceiling (453.780 x € 1.000), netto:
        // 453.780 − (13.789 − 34.262) = 474.253; 453.780 − (62.194 − 9.275) = 400.861.
        args: [[[453780, 453780]], [[13789, 62194]], [[34262, 9275]], "netto"],
        expected: [[474253, 400861]],
        note: "RIV 2012–2013, net ceiling, as a dynamic array",
      },
    ],
    numericParams: [0, 1, 2],
    optionParams: [{ index: 3, unknown: "brutto" }],
    wrongShape: [[[[1, 2]], [[1, 2, 3]], null, null]],
    invalid: [
      { args: [[[1]], [[1]], null, 5], note: "soort is a number" },
      { args: [[[-1]], [[1]], null, null], note: "negative ceiling" },
    ],
  },
  {
    name: "TOTAAL",
    valid: [
      {
        // 1.275 + 1.126 + 1.920 + 5.716 + 5.398 + 789 + 205.944 = 222.168.
        args: [[[[1275], [1126], [null], [1920]], [[5716, 5398]], [[789]], [[205944]]]],
        expected: 222168,
        note: "ontvangsten 2014 over several ranges with blanks",
      },
      // 0,1 + 0,2 + 0,3 = 0,6.
      { args: [[[[0.1], [0.2]], [[0.3]]]], expected: 0.6, note: "cents" },
      // – 378 + 1.275 = 897.
      { args: [[[[-378, ""]], [[1275]]]], expected: 897, note: "negatives and an empty string" },
    ],
    numericParams: [0],
    invalid: [
      { args: [[[[1]], [[1, "1.234"]]]], note: "a number stored as text in a range" },
      { args: [[[["n.v.t."]]]], note: "text in a range" },
    ],
  },
  {
    name: "GETAL",
    valid: [
      { args: ["13.373.678"], expected: 13373678 },
      { args: ["\u2013 7.484.391"], expected: -7484391, note: "en dash" },
      { args: ["\u2012 508"], expected: -508, note: "figure dash" },
      { args: ["€ 1,2 mld."], expected: 1200000000 },
      { args: ["1,27"], expected: 1.27 },
      { args: [null], expected: 0, note: "empty cell" },
      { args: ["\u2013"], expected: 0, note: "a lone dash is nil" },
    ],
    // GETAL takes text; its bad inputs are listed below.
    numericParams: [],
    invalid: [
      { args: ["1.27"], note: "ambiguous: thousands or decimals" },
      { args: ["1.2.3"], note: "malformed groups" },
      { args: ["12,34,5"], note: "two decimal commas" },
      { args: ["79.3002"], note: "footnote marker" },
      { args: ["abc"], note: "no number" },
      { args: ["n.v.t."], note: "not applicable (#N/A)" },
      { args: [true], note: "boolean" },
      { args: [{ code: "#REF!" }], note: "error value" },
      { args: ["#REF!"], note: "error value as text" },
      { args: [NaN], note: "NaN" },
      { args: [Infinity], note: "Infinity" },
      { args: [1e308], note: "huge" },
      { args: [[["1", "2"]]], note: "a range instead of one cell" },
    ],
  },
  {
    name: "GULDEN",
    valid: [
      // 5.000.000 / 2,20371 = 2.268.901,0804… → 2.268.901,08.
      { args: [5000000], expected: 2268901.08 },
      { args: [-5000000], expected: -2268901.08, note: "negative" },
      // 2,47917375 / 2,20371 = 1,125 exactly → 1,13 (half a cent up).
      { args: [2.47917375], expected: 1.13, note: "half cent" },
    ],
    numericParams: [0],
    invalid: [{ args: [[[1, 2]]], note: "a range instead of one cell" }],
  },
];
