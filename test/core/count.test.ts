/**
 * formatCount (src/core/count.ts) against the engine's own toLocaleString("nl-NL") as the
 * oracle: the same text for every safe integer (and the fallback for anything else).
 */
import fc from "fast-check";
import { formatCount } from "../../src/core/count";

const oracle = (n: number): string => n.toLocaleString("nl-NL");

test('every safe integer as toLocaleString("nl-NL") writes it', () => {
  fc.assert(
    fc.property(fc.maxSafeInteger(), (n) => {
      expect(formatCount(n)).toBe(oracle(n));
    }),
    { numRuns: 2000 }
  );
  fc.assert(
    fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
      expect(formatCount(n)).toBe(oracle(n));
    }),
    { numRuns: 2000 }
  );
});

test("the edges: zero, minus zero, groups of three, the largest safe integers", () => {
  for (const n of [
    0,
    -0,
    1,
    -1,
    999,
    1000,
    -1000,
    999_999,
    1_000_000,
    1_048_576,
    16_384,
    5_000_000,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
  ]) {
    expect(formatCount(n)).toBe(oracle(n));
  }
  expect(formatCount(1_048_576)).toBe("1.048.576");
  expect(formatCount(-1234)).toBe("-1.234");
});

test("other numbers: toLocaleString itself", () => {
  for (const x of [0.5, -1234.5678, 1e21, 2 ** 60, Number.NaN, Infinity]) {
    expect(formatCount(x)).toBe(oracle(x));
  }
});
