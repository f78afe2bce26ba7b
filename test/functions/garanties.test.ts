/**
 * The garanties custom functions called as Excel calls them: blank cells as null or "", a single
 * cell given to a range parameter as [[v]], ranges as 2-D arrays, omitted optional arguments as
 * null, the repeating TOTAAL parameter as an array of 2-D arrays. Expected values are the figures
 * of the 2016 table (shared/seeds/002_…, x € 1.000) with the arithmetic in the comments.
 */
import fc from "fast-check";
import * as F from "../../src/functions/garanties";
import { thrownExcelError } from "../support/thrown";

type Fn = (...args: unknown[]) => unknown;
const UITSTAAND = F.UITSTAAND as unknown as Fn;
const SALDO = F.SALDO as unknown as Fn;
const NETTO = F.NETTO as unknown as Fn;
const PLAFONDRUIMTE = F.PLAFONDRUIMTE as unknown as Fn;
const TOTAAL = F.TOTAAL as unknown as Fn;
const GETAL = F.GETAL as unknown as Fn;
const GULDEN = F.GULDEN as unknown as Fn;

interface ExcelError {
  code: string;
  message?: string;
}

function expectValueError(f: () => unknown, message: string): void {
  const e = thrownExcelError(f);
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toBe(message);
}

describe("EKV.UITSTAAND", () => {
  test("single cells as [[v]]: WAKO 2015, 14.023.000 + (blank) − 4.254.099 = 9.768.901", () => {
    expect(UITSTAAND([[14023000]], [[null]], [[4254099]])).toEqual([[9768901]]);
  });

  test('a blank passed as "" counts as 0 too', () => {
    expect(UITSTAAND([[14023000]], [[""]], [[4254099]])).toEqual([[9768901]]);
  });

  test("plain scalars (as a caller outside Excel may pass) work the same", () => {
    // EFSM 2015: 2.778.000 + 42.000 − 0 = 2.820.000.
    expect(UITSTAAND(2778000, 42000, null)).toEqual([[2820000]]);
  });

  test("equally shaped ranges give a dynamic array computed element by element", () => {
    // Rows EKV, RIV and Totaal of the 2016 table; columns 2015 and 2016.
    // EKV:    13.373.678 + 10.000.000 − 10.000.000 = 13.373.678 (both years)
    // RIV:       175.010 +    453.780 −    453.780 =    175.010 (both years)
    // Totaal: 190.131.779 + 11.411.268 − 14.858.279 = 186.684.768;
    //         186.684.768 + 10.786.021 − 10.604.180 = 186.866.609.
    const vorig = [
      [13373678, 13373678],
      [175010, 175010],
      [190131779, 186684768],
    ];
    const verleend = [
      [10000000, 10000000],
      [453780, 453780],
      [11411268, 10786021],
    ];
    const vervallen = [
      [10000000, 10000000],
      [453780, 453780],
      [14858279, 10604180],
    ];
    expect(UITSTAAND(vorig, verleend, vervallen)).toEqual([
      [13373678, 13373678],
      [175010, 175010],
      [186684768, 186866609],
    ]);
  });

  test("a single cell is used for every element (1×1 broadcast)", () => {
    // 100 + [1; 2; 3] − 50 = [51; 52; 53].
    expect(UITSTAAND([[100]], [[1], [2], [3]], [[50]])).toEqual([[51], [52], [53]]);
  });

  test("an element error stays in its cell; the rest of the spill is computed", () => {
    const result = UITSTAAND(
      [
        [1, 2],
        [3, 4],
      ],
      [[10]],
      [
        [1, "x"],
        [0, 5],
      ]
    ) as unknown[][];
    expect(result[0][0]).toBe(10); // 1 + 10 − 1
    expect(result[1]).toEqual([13, 9]); // 3 + 10 − 0; 4 + 10 − 5
    const cell = result[0][1] as ExcelError;
    expect(cell).toBeInstanceOf(CustomFunctions.Error);
    expect(cell.code).toBe("#VALUE!");
    expect(cell.message).toBe(
      'vervallen: tekst "x" gevonden; verwacht een bedrag. (rij 1, kolom 2)'
    );
  });

  test("ranges of different shapes are an error naming both shapes", () => {
    expectValueError(
      () => UITSTAAND([[1, 2]], [[1], [2]], [[0]]),
      "verleend: bereik van 2 rijen × 1 kolom, maar uitstaand_vorig heeft 1 rij × 2 kolommen; de bereiken moeten even groot zijn."
    );
  });

  test("a number stored as text is an error, not a silent 0", () => {
    expectValueError(
      () => UITSTAAND([["13.373.678"]], [[0]], [[0]]),
      'uitstaand_vorig: tekst "13.373.678" is een getal opgeslagen als tekst; zet de cel om naar een getal of gebruik EKV.GETAL.'
    );
  });

  test("booleans and negative amounts name the argument and what was found", () => {
    expectValueError(
      () => UITSTAAND([[1]], [[true]], [[0]]),
      "verleend: de logische waarde WAAR gevonden; verwacht een bedrag."
    );
    expectValueError(
      () => UITSTAAND([[1]], [[0]], [[-5]]),
      "vervallen: negatief bedrag -5 gevonden; verwacht 0 of meer."
    );
  });

  test("an Excel error value, as object or as text, is reported", () => {
    expectValueError(
      () => UITSTAAND([[{ code: "#REF!" }]], [[0]], [[0]]),
      "uitstaand_vorig: de foutwaarde #REF! gevonden; herstel eerst die fout."
    );
    expectValueError(
      () => UITSTAAND([["#N/B"]], [[0]], [[0]]),
      "uitstaand_vorig: de foutwaarde #N/B gevonden; herstel eerst die fout."
    );
  });
});

describe("EKV.SALDO", () => {
  test("EKV 2014: 205.944 − 43.376 = 162.568", () => {
    expect(SALDO([[43376]], [[205944]])).toEqual([[162568]]);
  });

  test("procesrisico's 2014, blank receipts: 0 − 378 = – 378", () => {
    expect(SALDO([[378]], [[null]])).toEqual([[-378]]);
    expect(SALDO([[378]], [[""]])).toEqual([[-378]]);
  });

  test("the 2014 and 2015 columns of the uitgaven/ontvangsten table as ranges", () => {
    // Rows procesrisico's, NHT, staatsdeelnemingen, EKV, Totaal; saldo = ontvangsten − uitgaven:
    //   0 − 378 = – 378 | 0 − 245 = – 245
    //   1.275 − 0 = 1.275 | 1.075 − 0 = 1.075
    //   5.716 − 4.800 = 916 | 5.716 − 4.800 = 916
    //   205.944 − 43.376 = 162.568 | 178.000 − 74.900 = 103.100
    //   222.168 − 48.592 = 173.576 | 200.637 − 80.445 = 120.192
    const uitgaven = [
      [378, 245],
      [null, null],
      [4800, 4800],
      [43376, 74900],
      [48592, 80445],
    ];
    const ontvangsten = [
      [null, ""],
      [1275, 1075],
      [5716, 5716],
      [205944, 178000],
      [222168, 200637],
    ];
    expect(SALDO(uitgaven, ontvangsten)).toEqual([
      [-378, -245],
      [1275, 1075],
      [916, 916],
      [162568, 103100],
      [173576, 120192],
    ]);
  });

  test("different shapes are an error", () => {
    expectValueError(
      () => SALDO([[1, 2, 3]], [[1, 2]]),
      "ontvangsten: bereik van 1 rij × 2 kolommen, maar uitgaven heeft 1 rij × 3 kolommen; de bereiken moeten even groot zijn."
    );
  });
});

describe("EKV.NETTO", () => {
  test("EKV 2014: 8.882.142 − 16.366.533 = – 7.484.391", () => {
    expect(NETTO([[8882142]], [[16366533]])).toEqual([[-7484391]]);
  });

  test("the EKV benutting table 2010–2014 as one row", () => {
    // 4.616.849 − 3.418.210 = 1.198.639; 6.823.709 − 5.705.565 = 1.118.144;
    // 12.644.489 − 9.701.607 = 2.942.882; 12.901.909 − 9.378.339 = 3.523.570;
    // 8.882.142 − 16.366.533 = – 7.484.391.
    expect(
      NETTO(
        [[4616849, 6823709, 12644489, 12901909, 8882142]],
        [[3418210, 5705565, 9701607, 9378339, 16366533]]
      )
    ).toEqual([[1198639, 1118144, 2942882, 3523570, -7484391]]);
  });

  test("cents: 0,3 − 0,1 = 0,2 exactly", () => {
    expect(NETTO([[0.3]], [[0.1]])).toEqual([[0.2]]);
  });

  test("huge and non-finite values are refused with the argument named", () => {
    expectValueError(
      () => NETTO([[1e308]], [[1]]),
      "aangegaan: 1e+308 is onwaarschijnlijk groot (meer dan 10^15); controleer de eenheid of de invoer."
    );
    expectValueError(
      () => NETTO([[1]], [[NaN]]),
      "vervallen: geen getal gevonden; verwacht een bedrag."
    );
    expectValueError(
      () => NETTO([[Infinity]], [[1]]),
      "aangegaan: oneindige waarde gevonden; verwacht een eindig bedrag."
    );
  });
});

describe("EKV.PLAFONDRUIMTE", () => {
  test("omitted vervallen and soort arrive as null: bruto 10.000.000 − 8.882.142 = 1.117.858", () => {
    expect(PLAFONDRUIMTE([[10000000]], [[8882142]], null, null)).toEqual([[1117858]]);
  });

  test("bruto ignores vervallen", () => {
    expect(PLAFONDRUIMTE([[10000000]], [[8882142]], [[16366533]], "bruto")).toEqual([[1117858]]);
  });

  test("netto: 10.000.000 − (8.882.142 − 16.366.533) = 17.484.391", () => {
    expect(PLAFONDRUIMTE([[10000000]], [[8882142]], [[16366533]], "netto")).toEqual([[17484391]]);
    expect(PLAFONDRUIMTE([[10000000]], [[8882142]], [[16366533]], " Netto ")).toEqual([[17484391]]);
  });

  test("netto with vervallen omitted: plafond − verleend", () => {
    expect(PLAFONDRUIMTE([[453780]], [[62194]], null, "netto")).toEqual([[391586]]);
  });

  test("a range of years against one ceiling; an exceeded ceiling is negative", () => {
    // EKV aangegaan 2010–2014 against € 10 mld.: 10.000.000 − 4.616.849 = 5.383.151;
    // − 6.823.709 = 3.176.291; − 12.644.489 = – 2.644.489; − 12.901.909 = – 2.901.909;
    // − 8.882.142 = 1.117.858.
    expect(
      PLAFONDRUIMTE([[10000000]], [[4616849, 6823709, 12644489, 12901909, 8882142]], null, null)
    ).toEqual([[5383151, 3176291, -2644489, -2901909, 1117858]]);
  });

  test("unknown soort is an error listing the allowed values", () => {
    expectValueError(
      () => PLAFONDRUIMTE([[1]], [[1]], null, "brutto"),
      'soort: "brutto" is onbekend; verwacht "bruto" (standaard) of "netto".'
    );
  });

  test("soort must be text", () => {
    expectValueError(
      () => PLAFONDRUIMTE([[1]], [[1]], null, 5),
      "soort: 5 gevonden; verwacht een tekst."
    );
  });
});

describe("EKV.TOTAAL", () => {
  test("several ranges and single values with blanks: ontvangsten 2014 = 222.168", () => {
    // 1.275 + 1.126 + 1.920 + 5.716 + 5.398 + 789 + 205.944 = 222.168.
    expect(
      TOTAAL([[[1275], [1126], [null], [1920], [""]], [[5716, 5398]], [[789]], [[205944]]])
    ).toBe(222168);
  });

  test("cents: 0,1 + 0,2 + 0,3 = 0,6 exactly", () => {
    expect(TOTAAL([[[0.1], [0.2]], [[0.3]]])).toBe(0.6);
  });

  test("only blanks give 0", () => {
    expect(TOTAAL([[[null, ""]]])).toBe(0);
  });

  test("a number stored as text is an error naming the cell value and its place", () => {
    expectValueError(
      () => TOTAAL([[[1]], [[1, "1.234"]]]),
      'waarde2 (rij 1, kolom 2): tekst "1.234" is een getal opgeslagen als tekst; zet de cel om naar een getal of gebruik EKV.GETAL.'
    );
    expectValueError(
      () => TOTAAL([[["\u2013 378"]]]),
      'waarde1: tekst "\u2013 378" is een getal opgeslagen als tekst; zet de cel om naar een getal of gebruik EKV.GETAL.'
    );
  });

  test("other text, booleans and error values are errors too", () => {
    expectValueError(
      () => TOTAAL([[["n.v.t."]]]),
      'waarde1: tekst "n.v.t." gevonden; verwacht een bedrag.'
    );
    expectValueError(
      () => TOTAAL([[[1], [false]]]),
      "waarde1 (rij 2, kolom 1): de logische waarde ONWAAR gevonden; verwacht een bedrag."
    );
    expectValueError(
      () => TOTAAL([[[{ code: "#DIV/0!" }]]]),
      "waarde1: de foutwaarde #DIV/0! gevonden; herstel eerst die fout."
    );
  });

  test("callers outside Excel may pass plain values or a flat list", () => {
    expect(TOTAAL(1275)).toBe(1275);
    expect(TOTAAL([1275, 1126, null])).toBe(2401);
    expect(TOTAAL([[1275, 1126]])).toBe(2401);
    expectValueError(() => TOTAAL("abc"), 'waarde1: tekst "abc" gevonden; verwacht een bedrag.');
  });

  test("integers and cents mixed: 1.275 + 0,10 + 0,20 = 1.275,30", () => {
    expect(TOTAAL([[[1275], [0.1]], [[0.2]]])).toBe(1275.3);
  });

  test("negatives are allowed (saldo columns are totalled)", () => {
    expect(TOTAAL([[[-378], [1275]]])).toBe(897);
  });
});

describe("EKV.GETAL", () => {
  test.each([
    ["13.373.678", 13373678],
    ["\u2013 7.484.391", -7484391],
    ["\u2012 508", -508],
    ["-378", -378],
    ["\u2212378", -378],
    ["1,27", 1.27],
    ["€ 1,2 mld.", 1200000000],
    ["€ 453,8 mln.", 453800000],
    ["\u2013", 0],
    ["", 0],
  ])("%j → %d", (text, expected) => {
    expect(GETAL(text)).toBe(expected);
  });

  test("an empty cell gives 0, as NUMBERWAARDE does", () => {
    expect(GETAL(null)).toBe(0);
    expect(GETAL([[null]])).toBe(0);
  });

  test("a single cell given as [[v]] and a real number pass through", () => {
    expect(GETAL([["1.275"]])).toBe(1275);
    expect(GETAL(162568)).toBe(162568);
  });

  test("n.v.t. is #N/A with an explanation", () => {
    const e = thrownExcelError(() => GETAL("n.v.t."));
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe('tekst: "n.v.t." betekent niet van toepassing; er is geen bedrag.');
  });

  test("ambiguous text is #VALUE! with the reason", () => {
    expectValueError(
      () => GETAL("1.27"),
      'tekst: "1.27" is geen bedrag in Nederlandse notatie: na de punt staan 2 cijfers; in het Nederlands groepeert de punt duizendtallen. Bedoelt u 1,27? Schrijf dan een komma.'
    );
    expect(thrownExcelError(() => GETAL("79.3002")).message).toContain("voetnootcijfer");
    expect(thrownExcelError(() => GETAL("12,34,5")).message).toContain(
      "meer dan één decimale komma"
    );
  });

  test("booleans, error values and ranges are refused", () => {
    expectValueError(
      () => GETAL(true),
      "tekst: de logische waarde WAAR gevonden; verwacht tekst met een bedrag."
    );
    expectValueError(
      () => GETAL({ code: "#REF!" }),
      "tekst: de foutwaarde #REF! gevonden; verwacht tekst met een bedrag."
    );
    expectValueError(
      () => GETAL("#REF!"),
      "tekst: de foutwaarde #REF! gevonden; verwacht tekst met een bedrag."
    );
    expectValueError(
      () => GETAL([["1", "2"]]),
      "tekst: een bereik van 1 rij × 2 kolommen gevonden; verwacht één cel."
    );
  });
});

describe("EKV.GULDEN", () => {
  test("f 5.000.000 → € 2.268.901,08 (5.000.000 / 2,20371 = 2.268.901,0804…)", () => {
    expect(GULDEN(5000000)).toBe(2268901.08);
    expect(GULDEN([[5000000]])).toBe(2268901.08);
  });

  test("negative and half-cent amounts", () => {
    expect(GULDEN(-5000000)).toBe(-2268901.08);
    // 2,47917375 / 2,20371 = 1,125 exactly → 1,13.
    expect(GULDEN(2.47917375)).toBe(1.13);
  });

  test("a blank is 0", () => {
    expect(GULDEN(null)).toBe(0);
  });

  test("guilders as text are refused (use EKV.GETAL first)", () => {
    expectValueError(
      () => GULDEN("5.000.000"),
      'bedrag: tekst "5.000.000" is een getal opgeslagen als tekst; zet de cel om naar een getal of gebruik EKV.GETAL.'
    );
  });
});

/**
 * The adapters over random ranges against a BigInt reference on cents (independent of the code
 * under test): blanks (null, "") count as 0 in UITSTAAND and are skipped by TOTAAL.
 */
describe("ranges against a BigInt cents reference", () => {
  const centsText = (c: bigint): string => {
    const neg = c < 0n;
    const a = neg ? -c : c;
    return `${neg ? "-" : ""}${a / 100n}.${(a % 100n).toString().padStart(2, "0")}`;
  };
  const num = (c: bigint): number => {
    const x = parseFloat(centsText(c));
    return x === 0 ? 0 : x;
  };
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }) },
    { weight: 2, arbitrary: fc.bigInt({ min: -10000n, max: 10000n }).map((c) => c * 100n) },
    { weight: 1, arbitrary: fc.constantFrom<null | "">(null, "") }
  );
  const nonNegative = fc.oneof(
    { weight: 6, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 14n }) },
    { weight: 1, arbitrary: fc.constantFrom<null | "">(null, "") }
  );
  const asNumber = (v: bigint | null | ""): number | null | "" =>
    typeof v === "bigint" ? num(v) : v;
  const asCents = (v: bigint | null | ""): bigint => (typeof v === "bigint" ? v : 0n);

  test("TOTAAL over several ranges with blanks", () => {
    // A range is rows of equal length, as Excel delivers it.
    const range = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        })
      );
    fc.assert(
      fc.property(fc.array(range, { minLength: 1, maxLength: 4 }), (ranges) => {
        let ref = 0n;
        for (const m of ranges) for (const row of m) for (const v of row) ref += asCents(v);
        const args = ranges.map((m) => m.map((row) => row.map(asNumber)));
        expect(TOTAAL(args)).toBe(num(ref));
      }),
      { numRuns: 500 }
    );
  });

  test("UITSTAAND element by element over equally shaped ranges", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.infiniteStream(nonNegative),
        (rows, cols, stream) => {
          const it = stream[Symbol.iterator]();
          const grid = () =>
            Array.from({ length: rows }, () =>
              Array.from({ length: cols }, () => it.next().value as bigint | null | "")
            );
          const [a, b, c] = [grid(), grid(), grid()];
          const expected = a.map((row, r) =>
            row.map((v, k) => num(asCents(v) + asCents(b[r][k]) - asCents(c[r][k])))
          );
          const toNumbers = (m: Array<Array<bigint | null | "">>) =>
            m.map((row) => row.map(asNumber));
          expect(UITSTAAND(toNumbers(a), toNumbers(b), toNumbers(c))).toEqual(expected);
        }
      ),
      { numRuns: 500 }
    );
  });
});
