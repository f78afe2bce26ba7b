/**
 * Exact sums: each input number stands for the decimal it prints as; the sum is computed exactly
 * and converted to a number once. Every expected value below is the decimal result worked out by
 * hand; where plain floating point gets it wrong, the float result is asserted too, to show that
 * the test would catch drift.
 */
import fc from "fast-check";
import {
  ExactTotal,
  MAX_ABS_AMOUNT,
  add,
  assertAmount,
  compare,
  decToNumber,
  exactSum,
  exactSum3,
  exactSumDec,
  roundHalfUp,
  scaleOf,
  subtract,
} from "../../src/core/exact";
import { Dec } from "../../src/core/decimal";
import { EkvError } from "../../src/core/errors";

describe("exactSum: integer path", () => {
  test("amounts in € thousands from the 2016 table add exactly", () => {
    // Totaal row, vervallen 2015: 400 + 4.254.099 + 453.780 + 150.000 + 10.000.000 = 14.858.279.
    expect(exactSum([400, 4254099, 453780, 150000, 10000000])).toBe(14858279);
  });

  test("signs: 190.131.779 + 11.411.268 − 14.858.279 = 186.684.768", () => {
    expect(exactSum([190131779, 11411268, 14858279], [1, 1, -1])).toBe(186684768);
  });

  test("2^53 − 1 + 1 = 2^53 = 9.007.199.254.740.992 (leaves the safe range, still exact)", () => {
    expect(exactSum([Number.MAX_SAFE_INTEGER, 1])).toBe(9007199254740992);
  });

  test("(2^53 − 1) + 2 − 2 = 2^53 − 1, where floating point loses the last unit", () => {
    // Float: 9007199254740991 + 2 = 9007199254740993 is not a double, rounds to …992; − 2 gives …990.
    const floatResult = Number.MAX_SAFE_INTEGER + 2 - 2;
    expect(floatResult).toBe(9007199254740990);
    expect(exactSum([Number.MAX_SAFE_INTEGER, 2, 2], [1, 1, -1])).toBe(9007199254740991);
  });

  test("−(2^53 − 1) − 1 + 1 stays exact on the negative side", () => {
    expect(exactSum([-Number.MAX_SAFE_INTEGER, 1, 1], [1, -1, 1])).toBe(-9007199254740991);
  });

  test("an empty sum is 0 and −0 never comes out", () => {
    expect(exactSum([])).toBe(0);
    expect(Object.is(exactSum([-0]), 0)).toBe(true);
    expect(Object.is(exactSum([5, 5], [-1, 1]), 0)).toBe(true);
    expect(Object.is(exactSum([0.5, 0.5], [-1, 1]), 0)).toBe(true);
  });
});

describe("exactSum: decimals", () => {
  test("0,1 + 0,2 = 0,3 (float gives 0,30000000000000004)", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(add(0.1, 0.2)).toBe(0.3);
  });

  test("0,3 − 0,1 = 0,2 (float gives 0,19999999999999998)", () => {
    expect(0.3 - 0.1).not.toBe(0.2);
    expect(subtract(0.3, 0.1)).toBe(0.2);
  });

  test("ten times 0,1 is exactly 1", () => {
    expect(exactSum(new Array<number>(10).fill(0.1))).toBe(1);
  });

  test("mixed scales: 1,5 + 0,25 + 0,125 + 7 = 8,875; 0,1 + 0,02 + 0,003 = 0,123", () => {
    expect(exactSum([1.5, 0.25, 0.125, 7])).toBe(8.875);
    expect(exactSum([0.1, 0.02, 0.003])).toBe(0.123);
  });

  test("cents on large amounts: 13.373.678,01 + 0,02 − 0,03 = 13.373.678", () => {
    expect(exactSum([13373678.01, 0.02, 0.03], [1, 1, -1])).toBe(13373678);
  });

  test("1,005 + 2,675 = 3,68 (both inputs sit just below their decimal as doubles)", () => {
    expect(exactSum([1.005, 2.675])).toBe(3.68);
  });

  test("Decimal fallback: more than six decimals", () => {
    // 0,1234567 + 0,0000003 = 0,1234570.
    expect(exactSum([0.1234567, 0.0000003])).toBe(0.123457);
    // 0,1 + 0,2 − 0,3 with a 7-decimal term: 0,0000001.
    expect(exactSum([0.1, 0.2, 0.3, 0.0000001], [1, 1, -1, 1])).toBe(0.0000001);
  });

  test("Decimal fallback: scaling would leave the safe integers", () => {
    // 10^15 + 0,1 − 10^15 = 0,1; float gives 0,125.
    expect(1e15 + 0.1 - 1e15).toBe(0.125);
    expect(exactSum([1e15, 0.1, 1e15], [1, 1, -1])).toBe(0.1);
    // 999.999.999.999.999,5 has 16 significant digits: too large to scale by 10.
    expect(scaleOf(999999999999999.5)).toBe(-1);
    expect(exactSum([999999999999999.5, 0.5], [1, -1])).toBe(999999999999999);
  });

  test("exactSumDec keeps the exact decimal", () => {
    const d = exactSumDec([0.1, 0.2, 1e15], [1, 1, -1]);
    expect(d.toString()).toBe("-999999999999999.7");
    // The nearest double to the exact decimal (spacing there is 0,125).
    expect(decToNumber(d)).toBe(parseFloat("-999999999999999.7"));
  });
});

describe("scaleOf", () => {
  test.each([
    [0, 0],
    [13373678, 0],
    [0.1, 1],
    [1.27, 2],
    [1.005, 3],
    [0.123456, 6],
    [-4.35, 2],
    [0.1234567, -1],
    [2 ** 53, -1],
    [1 / 3, -1],
  ])("scaleOf(%d) = %d", (x, s) => {
    expect(scaleOf(x)).toBe(s);
  });
});

describe("assertAmount", () => {
  test("accepts the bounds ±10^15 and anything in between", () => {
    expect(() => assertAmount(MAX_ABS_AMOUNT)).not.toThrow();
    expect(() => assertAmount(-MAX_ABS_AMOUNT)).not.toThrow();
    expect(() => assertAmount(0)).not.toThrow();
  });

  test.each([
    [NaN, "verleend: geen getal gevonden; verwacht een bedrag."],
    [Infinity, "verleend: oneindige waarde gevonden; verwacht een eindig bedrag."],
    [-Infinity, "verleend: oneindige waarde gevonden; verwacht een eindig bedrag."],
    [
      1e308,
      "verleend: 1e+308 is onwaarschijnlijk groot (meer dan 10^15); controleer de eenheid of de invoer.",
    ],
    [
      1000000000000000.5,
      "verleend: 1000000000000000,5 is onwaarschijnlijk groot (meer dan 10^15); controleer de eenheid of de invoer.",
    ],
  ])("refuses %d with a Dutch message naming the argument", (x, message) => {
    expect(() => assertAmount(x, "verleend")).toThrow(new EkvError(message));
    try {
      assertAmount(x, "verleend");
    } catch (e) {
      expect(e).toBeInstanceOf(EkvError);
      expect((e as EkvError).kind).toBe("invalid");
    }
  });

  test("refuses a non-number smuggled past the types", () => {
    expect(() => assertAmount("12" as unknown as number)).toThrow("bedrag: geen getal gevonden");
  });
});

describe("rounding and conversion", () => {
  test("roundHalfUp rounds a half away from zero on the decimal the number prints as", () => {
    expect(roundHalfUp(2.675, 2).toString()).toBe("2.68");
    expect(roundHalfUp(-2.675, 2).toString()).toBe("-2.68");
    expect(roundHalfUp(0.125, 2).toString()).toBe("0.13");
    expect(roundHalfUp(0.124999, 2).toString()).toBe("0.12");
    expect(roundHalfUp(new Dec("2268901.0805"), 2).toString()).toBe("2268901.08");
  });

  test("decToNumber refuses a result that is not a finite number", () => {
    expect(() => decToNumber(new Dec("1e400"))).toThrow(
      "uitkomst: de uitkomst is te groot om als getal te tonen."
    );
    expect(Object.is(decToNumber(new Dec("-0")), 0)).toBe(true);
  });

  test("compare", () => {
    expect(compare(0.3, exactSum([0.1, 0.2]))).toBe(0);
    expect(compare(-1, 1)).toBe(-1);
    expect(compare(1, -1)).toBe(1);
  });
});

describe("exactSum3: a + sb·b + sc·c without arrays", () => {
  test("integers: 190.131.779 + 11.411.268 − 14.858.279 = 186.684.768", () => {
    expect(exactSum3(190131779, 11411268, 14858279, 1, -1)).toBe(186684768);
  });

  test("cents: 0,1 + 0,2 − 0 = 0,3; 0,3 − 0,1 + 0 = 0,2", () => {
    expect(exactSum3(0.1, 0.2, 0, 1, -1)).toBe(0.3);
    expect(exactSum3(0.3, 0.1, 0, -1, 1)).toBe(0.2);
  });

  test("an intermediate sum beyond 2^53 still gives the exact result", () => {
    // (2^53 − 1) + 2 − 2: the partial sum 2^53 + 1 is not a double; the answer is 2^53 − 1.
    expect(exactSum3(Number.MAX_SAFE_INTEGER, 2, 2, 1, -1)).toBe(9007199254740991);
  });

  test("more than two decimals and large amounts take the exact general path", () => {
    expect(exactSum3(0.1234567, 0.0000003, 0, 1, 1)).toBe(0.123457);
    // 10^15 + 0,1 − 10^15 = 0,1 (beyond the cents range of 10^13).
    expect(exactSum3(1e15, 0.1, 1e15, 1, -1)).toBe(0.1);
  });

  test("no −0", () => {
    expect(Object.is(exactSum3(5, 5, 0, -1, 1), 0)).toBe(true);
    expect(Object.is(exactSum3(0.5, 0.5, 0, -1, 1), 0)).toBe(true);
  });
});

describe("ExactTotal: a running total for long ranges", () => {
  function total(values: number[]): number {
    const t = new ExactTotal();
    for (const v of values) t.add(v);
    return t.result();
  }

  test("integers stay on the fast path and are exact", () => {
    expect(total([362, 50000, 14023000])).toBe(14073362);
    expect(total([])).toBe(0);
  });

  test("switching to decimals keeps the integer total so far", () => {
    // 1 + 2 + 0,1 + 0,2 = 3,3.
    expect(total([1, 2, 0.1, 0.2])).toBe(3.3);
  });

  test("leaving the safe integers switches to exact summation", () => {
    // (2^53 − 1) + 2 − 2 = 2^53 − 1.
    expect(total([Number.MAX_SAFE_INTEGER, 2, -2])).toBe(9007199254740991);
  });

  test("the result carries the name of what is being totalled in its error", () => {
    const t = new ExactTotal();
    t.add(1e308);
    t.add(1e308);
    expect(() => t.result("totaal")).toThrow(
      "totaal: de uitkomst is te groot om als getal te tonen."
    );
  });
});

describe("mixed scales above 10^13 (regression: found by the roll-forward property test)", () => {
  // 35.580.235.325.170,7 − 622.090.050.335,91 = 34.958.145.274.834,79 exactly. Scaling the first
  // term straight by 100 computes 3.558.023.532.517.070,5 in floating point and rounds to …071,
  // which gave 34.958.145.274.834,8; each term must be scaled by its own number of decimals.
  test("a one-decimal and a two-decimal amount above 10^13", () => {
    expect(exactSum([35580235325170.7, 0, 622090050335.91], [1, 1, -1])).toBe(34958145274834.79);
    expect(exactSum3(35580235325170.7, 0, 622090050335.91, 1, -1)).toBe(34958145274834.79);
  });

  test("the result is the double nearest to the exact decimal (checked with BigInt cents)", () => {
    const cents = 3558023532517070n - 62209005033591n;
    expect(cents).toBe(3495814527483479n);
    expect(exactSum([35580235325170.7, -622090050335.91])).toBe(Number(cents) / 100);
  });

  test("near 2^51 a number's decimals are no longer unique: the Decimal path takes over", () => {
    // 2^51 / 10 ≈ 2,25·10^14: above it, x·10 no longer identifies one decimal, so scaleOf refuses
    // scale 1 and the sum goes through decimal.js on the numbers' shortest decimal forms.
    expect(scaleOf(300000000000000.1)).toBe(-1);
    expect(exactSum([300000000000000.1, 0.2])).toBe(300000000000000.3);
  });
});

describe("exactSum property: mixed scales, 15 significant digits, against BigInt cents", () => {
  // Amounts with 0, 1 or 2 decimals (as whole cents, tens of cents or euros) up to 10^15: where the
  // floating-point product x·100 can land on a half. The reference adds BigInt cents and divides
  // once (a correctly rounded division gives the double nearest to the exact decimal).
  // At most 15 significant digits, as Excel keeps them: n × unit cents with |n| < 10^15, so whole
  // euros up to 10^15, amounts with one decimal up to 10^14 and with two up to 10^13.
  const amount = fc
    .tuple(
      fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }),
      fc.constantFrom(1n, 10n, 100n)
    )
    .map(([n, unit]) => n * unit);
  // Number("123.45") is correctly rounded; Number(bigint) / 100 is not once |cents| > 2^53.
  const toNumber = (c: bigint): number => {
    const abs = c < 0n ? -c : c;
    const text = `${c < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
    return Number(text) === 0 ? 0 : Number(text);
  };
  test("Σ of 2–6 amounts equals the BigInt reference", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 2, maxLength: 6 }), (cents) => {
        const expected = toNumber(cents.reduce((a, b) => a + b, 0n));
        expect(exactSum(cents.map(toNumber))).toBe(expected);
      }),
      { numRuns: 3000 }
    );
  });
});
