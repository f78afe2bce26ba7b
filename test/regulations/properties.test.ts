/**
 * Properties of the regulation calculators over random input (fast-check), checked against
 * independent integer arithmetic on cents (BigInt), not against the Decimal code under test.
 */
import fc from "fast-check";
import {
  aandeelVoldoet,
  addMonths,
  schenking,
  serialToYmd,
  subsidie,
  verdeel,
  vergoeding,
} from "../../src/core/regulations";

/** An amount in cents (0 … 10^11 cents = € 1 mld.), as euros. */
const cents = fc.bigInt({ min: 0n, max: 100_000_000_000n });
const euros = (c: bigint): number => Number(c) / 100;

describe("RIV.VERDEEL", () => {
  test("shares add up exactly, each within one cent of its exact quota, ties to the first", () => {
    fc.assert(
      fc.property(
        cents,
        fc.array(fc.bigInt({ min: 0n, max: 10_000_000_000n }), { minLength: 1, maxLength: 8 }),
        (b, ws) => {
          fc.pre(ws.some((w) => w > 0n));
          const out = verdeel(euros(b), ws.map(euros)).map((x) => BigInt(Math.round(x * 100)));
          const total = ws.reduce((s, w) => s + w, 0n);
          expect(out.reduce((s, x) => s + x, 0n)).toBe(b);
          out.forEach((x, i) => {
            const floor = (b * ws[i]) / total;
            expect(x === floor || x === floor + 1n).toBe(true);
          });
          // Largest remainder: a party that got the extra cent has a remainder at least as large
          // as every party that did not (and, when equal, is listed earlier).
          const rest = ws.map((w) => (b * w) % total);
          const extra = out.map((x, i) => x > (b * ws[i]) / total);
          for (let i = 0; i < ws.length; i++) {
            for (let j = 0; j < ws.length; j++) {
              if (extra[i] && !extra[j]) {
                expect(rest[i] > rest[j] || (rest[i] === rest[j] && i < j)).toBe(true);
              }
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("MATCHING.AANDEEL_VOLDOET", () => {
  test("agrees with the rule written in integer cents", () => {
    const soort = fc.constantFrom("defensie", "vliegtuigen", "bouw", "overig") as fc.Arbitrary<
      "defensie" | "vliegtuigen" | "bouw" | "overig"
    >;
    fc.assert(
      fc.property(cents, cents, cents, soort, (a, b, c, s) => {
        // Sort so that nl ≤ exportdeel ≤ orderbedrag, exportdeel > 0.
        const [nl, ed, ob] = [a, b, c].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
        fc.pre(ed > 0n);
        const lid2 = s !== "overig" && ob >= 1_130_000_000n;
        const expected = nl >= 1_360_000_000n || (lid2 ? 3n * nl >= ed : 5n * nl >= 3n * ed);
        expect(aandeelVoldoet(euros(ed), euros(nl), euros(ob), s)).toBe(expected);
      }),
      { numRuns: 500 }
    );
  });
});

describe("MATCHING.SUBSIDIE and SCHENKING", () => {
  test("the smallest of the caps, each truncated to the cent (integer arithmetic)", () => {
    fc.assert(
      fc.property(cents, cents, cents, fc.option(cents, { nil: undefined }), (k, a, b, g) => {
        const [nl, ed] = a <= b ? [a, b] : [b, a];
        const caps = [k, (ed * 7n) / 20n, (nl * 7n) / 12n, 460_000_000n];
        if (g !== undefined) caps.push(g);
        const min = caps.reduce((m, x) => (x < m ? x : m));
        const input = {
          eerste: euros(k),
          exportdeel: euros(ed),
          nlAandeel: euros(nl),
          gelijkwaardigBedrag: g === undefined ? undefined : euros(g),
          ontheffing: false,
          soort: "overig" as const,
        };
        expect(subsidie(input)).toBe(euros(min));
        const gift = [k, (ed * 7n) / 20n, (nl * 7n) / 12n, 460_000_000n].reduce((m, x) =>
          x < m ? x : m
        );
        expect(schenking({ ...input })).toBe(euros(gift));
      }),
      { numRuns: 500 }
    );
  });
});

describe("RIV.VERGOEDING", () => {
  test("min(90% of the damage truncated, 200% of the initial value, cap)", () => {
    fc.assert(
      fc.property(cents, cents, fc.boolean(), (s, v, loan) => {
        const cap = loan ? 7_500_000_000n : 10_000_000_000n;
        const expected = [(s * 9n) / 10n, 2n * v, cap].reduce((m, x) => (x < m ? x : m));
        expect(vergoeding(euros(s), euros(v), 0.1, loan ? "lening" : "investering")).toBe(
          euros(expected)
        );
      }),
      { numRuns: 500 }
    );
  });
});

describe("calendar months", () => {
  test("addMonths keeps the day or clamps it to the month's last day, like EDATE", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_900_000 }),
        fc.integer({ min: -24, max: 24 }),
        (serial, k) => {
          const from = serialToYmd(serial);
          const to = serialToYmd(addMonths(serial, k));
          const index = from.y * 12 + from.m - 1 + k;
          expect(to.y).toBe(Math.floor(index / 12));
          expect(to.m).toBe((index % 12) + 1);
          const last = new Date(Date.UTC(2000, 0, 1));
          last.setUTCFullYear(to.y, to.m, 0);
          expect(to.d).toBe(Math.min(from.d, last.getUTCDate()));
        }
      ),
      { numRuns: 500 }
    );
  });
});
