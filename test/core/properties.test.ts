/**
 * Property tests: exactness of sums and the roll-forward against an independent reference, and
 * the round trip of Dutch formatting.
 *
 * The reference is BigInt arithmetic on cents (or on whole units), written here without any code
 * under test: an amount with at most two decimals is an integer number of cents; the sum of cents
 * is exact; the expected JavaScript number is what `parseFloat` (correctly rounded) makes of the
 * decimal text of that sum. Amounts stay below 10^13 (10^15 cents), so every generated amount has
 * at most 15 significant digits and is exactly the decimal it prints as.
 */
import fc from "fast-check";
import { ExactTotal, exactSum, exactSum3 } from "../../src/core/exact";
import { formatDutch, parseDutchAmount } from "../../src/core/amount";
import { netto, plafondruimte, saldo, totaal, uitstaand } from "../../src/core/garanties";

const MAX_CENTS = 10n ** 15n - 1n;

/** Cents with a bias towards the shapes that break float sums: small, round and near-halves. */
const cents = fc.oneof(
  fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS }),
  fc.bigInt({ min: -100000n, max: 100000n }),
  fc.bigInt({ min: -1000n, max: 1000n }).map((c) => c * 10n ** 9n + 1n)
);
const nonNegativeCents = fc.oneof(
  fc.bigInt({ min: 0n, max: MAX_CENTS }),
  fc.bigInt({ min: 0n, max: 100000n })
);

/** The number JavaScript uses for the decimal cents/100. */
function centsToNumber(c: bigint): number {
  return parseFloat(centsToDecimal(c));
}

/** The decimal text of cents/100, e.g. -12345n → "-123.45". */
function centsToDecimal(c: bigint): string {
  const negative = c < 0n;
  const abs = negative ? -c : c;
  const units = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${units}.${frac}`;
}

function sumCents(values: bigint[], signs?: number[]): bigint {
  let acc = 0n;
  values.forEach((v, i) => {
    acc += signs && signs[i] < 0 ? -v : v;
  });
  return acc;
}

describe("reference sanity (the reference itself must be right)", () => {
  test("centsToNumber", () => {
    expect(centsToNumber(30n)).toBe(0.3);
    expect(centsToNumber(-12345n)).toBe(-123.45);
    expect(centsToNumber(5n)).toBe(0.05);
    expect(centsToNumber(-5n)).toBe(-0.05);
    expect(centsToNumber(MAX_CENTS)).toBe(9999999999999.99);
  });
});

describe("exact sums of amounts with up to two decimals", () => {
  test("exactSum equals the BigInt cents reference", () => {
    fc.assert(
      fc.property(fc.array(cents, { minLength: 0, maxLength: 25 }), (cs) => {
        const expected = centsToNumber(sumCents(cs));
        expect(exactSum(cs.map(centsToNumber))).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 2000 }
    );
  });

  test("exactSum with signs equals the BigInt cents reference", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cents, fc.constantFrom(1, -1)), { minLength: 1, maxLength: 25 }),
        (pairs) => {
          const cs = pairs.map(([c]) => c);
          const signs = pairs.map(([, s]) => s);
          const expected = centsToNumber(sumCents(cs, signs));
          expect(exactSum(cs.map(centsToNumber), signs)).toBe(expected === 0 ? 0 : expected);
        }
      ),
      { numRuns: 2000 }
    );
  });

  test("ExactTotal over a mix of integers and 2-decimal amounts equals the reference", () => {
    const integerOrCents = fc.oneof(
      fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }).map((u) => u * 100n),
      cents
    );
    fc.assert(
      fc.property(fc.array(integerOrCents, { minLength: 0, maxLength: 40 }), (cs) => {
        const t = new ExactTotal();
        for (const c of cs) t.add(centsToNumber(c));
        const expected = centsToNumber(sumCents(cs));
        expect(t.result()).toBe(expected === 0 ? 0 : expected);
      }),
      { numRuns: 2000 }
    );
  });

  test("exactSum3 equals the reference for every sign combination", () => {
    fc.assert(
      fc.property(
        cents,
        cents,
        cents,
        fc.constantFrom<1 | -1>(1, -1),
        fc.constantFrom<1 | -1>(1, -1),
        (a, b, c, sb, sc) => {
          const ref = a + (sb > 0 ? b : -b) + (sc > 0 ? c : -c);
          const expected = centsToNumber(ref);
          expect(exactSum3(centsToNumber(a), centsToNumber(b), centsToNumber(c), sb, sc)).toBe(
            expected === 0 ? 0 : expected
          );
        }
      ),
      { numRuns: 3000 }
    );
  });

  test("totaal of many small 2-decimal amounts (where float drift accumulates)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -9999n, max: 9999n }), { minLength: 50, maxLength: 300 }),
        (cs) => {
          expect(totaal(cs.map(centsToNumber))).toBe(centsToNumber(sumCents(cs)));
        }
      ),
      { numRuns: 300 }
    );
  });

  test("the float sum does drift on such data (so the property above can fail)", () => {
    // 0,01 added 10 times in float is 0,09999999999999999; the reference says 0,10.
    const cs = new Array<bigint>(10).fill(1n);
    const floatSum = cs.map(centsToNumber).reduce((a, b) => a + b, 0);
    expect(floatSum).not.toBe(centsToNumber(sumCents(cs)));
    expect(totaal(cs.map(centsToNumber))).toBe(0.1);
  });
});

describe("roll-forward and the other garanties formulas", () => {
  test("uitstaand(vorig, verleend, vervallen) = vorig + verleend − vervallen exactly", () => {
    fc.assert(
      fc.property(nonNegativeCents, nonNegativeCents, nonNegativeCents, (a, b, c) => {
        const expected = centsToNumber(a + b - c);
        expect(uitstaand(centsToNumber(a), centsToNumber(b), centsToNumber(c))).toBe(
          expected === 0 ? 0 : expected
        );
      }),
      { numRuns: 2000 }
    );
  });

  test("a multi-year roll-forward chained through the function equals the one-shot reference", () => {
    fc.assert(
      fc.property(
        nonNegativeCents,
        fc.array(fc.tuple(nonNegativeCents, nonNegativeCents), { minLength: 1, maxLength: 10 }),
        (start, years) => {
          let stock = centsToNumber(start);
          let ref = start;
          for (const [verleend, vervallen] of years) {
            // The function refuses a negative stock as input; the reference follows the same rule.
            if (ref < 0n) return;
            stock = uitstaand(stock, centsToNumber(verleend), centsToNumber(vervallen));
            ref = ref + verleend - vervallen;
            expect(stock).toBe(centsToNumber(ref) === 0 ? 0 : centsToNumber(ref));
          }
        }
      ),
      { numRuns: 500 }
    );
  });

  test("saldo, netto and plafondruimte (bruto and netto) against the reference", () => {
    fc.assert(
      fc.property(nonNegativeCents, nonNegativeCents, nonNegativeCents, (a, b, c) => {
        const n = (x: bigint) => (centsToNumber(x) === 0 ? 0 : centsToNumber(x));
        expect(saldo(centsToNumber(a), centsToNumber(b))).toBe(n(b - a));
        expect(netto(centsToNumber(a), centsToNumber(b))).toBe(n(a - b));
        expect(plafondruimte(centsToNumber(a), centsToNumber(b), centsToNumber(c), "bruto")).toBe(
          n(a - b)
        );
        expect(plafondruimte(centsToNumber(a), centsToNumber(b), centsToNumber(c), "netto")).toBe(
          n(a - (b - c))
        );
      }),
      { numRuns: 2000 }
    );
  });

  test("whole units up to 10^15 (the integer path) against BigInt", () => {
    const units = fc.bigInt({ min: 0n, max: 10n ** 15n });
    fc.assert(
      fc.property(units, units, units, (a, b, c) => {
        // Past 2^53 the expected number is the correctly rounded BigInt result.
        expect(uitstaand(Number(a), Number(b), Number(c))).toBe(Number(a + b - c));
      }),
      { numRuns: 2000 }
    );
  });
});

describe("parse(formatDutch(x)) = x", () => {
  function parsed(text: string): number {
    const r = parseDutchAmount(text);
    if (!r.ok) throw new Error(`"${text}" did not parse: ${r.reason}`);
    return r.value;
  }

  test("integers up to ±10^15, including negatives with the en dash", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (x) => {
        const text = formatDutch(x);
        expect(parsed(text)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 3000 }
    );
  });

  test("2-decimal amounts, shortest form and fixed two decimals", () => {
    fc.assert(
      fc.property(cents, (c) => {
        const x = centsToNumber(c);
        expect(parsed(formatDutch(x))).toBe(x === 0 ? 0 : x);
        expect(parsed(formatDutch(x, 2))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 3000 }
    );
  });

  test("the fixed form is the reference text in Dutch notation", () => {
    fc.assert(
      fc.property(cents, (c) => {
        // Reference: group the BigInt units by three with points, comma, two decimals, en dash.
        const negative = c < 0n;
        const abs = negative ? -c : c;
        const units = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
        const frac = (abs % 100n).toString().padStart(2, "0");
        const expected = `${negative ? "\u2013 " : ""}${units},${frac}`;
        expect(formatDutch(centsToNumber(c), 2)).toBe(expected);
      }),
      { numRuns: 2000 }
    );
  });
});
