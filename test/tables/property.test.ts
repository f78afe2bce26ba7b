/**
 * Property tests: a correctly built table never gets a finding (no false positives, also with
 * amounts in cents where float sums drift), and one changed figure is found at its own cell.
 */
import fc from "fast-check";
import { a1 } from "../../src/core/tables";
import { run } from "./support";
import type { Grid } from "./support";

interface Built {
  grid: Grid;
  rows: number;
  years: number[];
  /** Column of uitstaand for year index j. */
  uCol: (j: number) => number;
}

/** Builds a garanties overview that adds up, from amounts in cents (so 0,1 + 0,2 cases occur). */
function build(
  spec: { start: number; items: Array<{ u0: number; flows: Array<[number, number, boolean]> }> },
  cents: boolean
): Built {
  const k = spec.items[0].flows.length;
  const years = Array.from({ length: k + 1 }, (_, j) => spec.start + j);
  const header: Grid[number] = ["Nr.", "Omschrijving", `Uitstaande garanties ${years[0]}`];
  for (let j = 1; j <= k; j++) {
    header.push(
      `Geraamd te verlenen ${years[j]}`,
      `Geraamd te vervallen ${years[j]}`,
      `Uitstaande garanties ${years[j]}`,
      `Garantieplafond ${years[j]}`
    );
  }
  header.push("Totaal plafond");
  const scale = cents ? 100 : 1;
  const body: number[][] = spec.items.map(({ u0, flows }) => {
    const row = [u0];
    let u = u0;
    flows.forEach(([v, lapsePart, annual]) => {
      const lapse = Math.floor((u + v) * lapsePart);
      u = u + v - lapse;
      row.push(v, lapse, u, annual ? v + 7 : 0);
    });
    row.push(flows[flows.length - 1][2] ? 0 : u + 3);
    return row;
  });
  const totals = body[0].map((_, c) => body.reduce((s, r) => s + r[c], 0));
  const grid: Grid = [
    ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
    header,
    ...body.map((r, i) => [i + 1, `Regeling ${i + 1}`, ...r.map((x) => x / scale)]),
    [null, "Totaal", ...totals.map((x) => x / scale)],
  ];
  return { grid, rows: spec.items.length, years, uCol: (j) => (j === 0 ? 2 : 2 + 4 * (j - 1) + 3) };
}

const amount = fc.integer({ min: 0, max: 5_000_000_000 });
const specArb = fc.integer({ min: 1, max: 4 }).chain((k) =>
  fc.record({
    start: fc.integer({ min: 2010, max: 2030 }),
    items: fc.array(
      fc.record({
        u0: amount,
        flows: fc.array(
          fc.tuple(amount, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean()),
          {
            minLength: k,
            maxLength: k,
          }
        ),
      }),
      { minLength: 1, maxLength: 8 }
    ),
  })
);

describe("property: no finding on a table that adds up", () => {
  it("whole units and cents", () => {
    fc.assert(
      fc.property(specArb, fc.boolean(), (spec, cents) => {
        const r = run(build(spec, cents).grid);
        expect(r.tables).toHaveLength(1);
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });
});

describe("property: a changed uitstaand is found at its cell", () => {
  it("roll-forward at the cell and column-total at the total", () => {
    fc.assert(
      fc.property(
        specArb,
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        (spec, cents, pick, delta) => {
          const b = build(spec, cents);
          const k = b.years.length - 1;
          const i = pick % b.rows;
          const j = 1 + (pick % k);
          const g = b.grid.map((row) => [...row]);
          const r0 = 2 + i;
          const c = b.uCol(j);
          g[r0][c] = (g[r0][c] as number) + delta;
          const found = run(g).findings.map((f) => `${f.rule}@${f.cell}`);
          expect(found).toContain(`roll-forward@${a1(r0, c)}`);
          expect(found).toContain(`column-total@${a1(2 + b.rows, c)}`);
        }
      ),
      { numRuns: 150 }
    );
  });
});
