/**
 * The rules decide the common case — whole amounts that add up — without building a row's terms
 * or copying a column (rules/equation.ts `holdsInIntegers`, exact.ts `safeIntegerSumAt`,
 * `subtract`). These properties hold the roll-forward, the column totals and the coverage they
 * give to a reference computed here with decimal.js, on tables that mix whole amounts up to
 * 10^15 (whose running totals pass 2^53), negatives, decimals, amounts written as text, dashes,
 * n.v.t., blanks and text.
 */
import fc from "fast-check";
import { formatDutch } from "../../src/core/amount";
import { Dec } from "../../src/core/decimal";
import { add, exactSumDec, safeIntegerSumAt, subtract } from "../../src/core/exact";
import { a1 } from "../../src/core/tables";
import type { CellValue } from "../../src/core/tables/model";
import { run } from "./support";

/** A cell as generated, with what the checker must read in it. */
interface Cell {
  value: CellValue;
  /** The amount, when the cell takes part in the arithmetic (blank and dash: 0). */
  amount?: number;
  /** n.v.t.: an item that adds nothing to a total, no term of an equation. */
  na?: true;
}

const big = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map(Number);
/** Whole amounts near ±10^15: ten of them run past 2^53 before a total cancels them. */
const nearLimit = fc.constantFrom(1e15, -1e15, 999_999_999_999_999, -999_999_999_999_999, 2 ** 49);
const small = fc.integer({ min: -5_000_000, max: 5_000_000 });
const cents = fc.integer({ min: -100_000_000, max: 100_000_000 }).map((n) => n / 100);
const micro = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n / 1e6);

/** A number cell: read as Excel shows it, to 15 significant digits (tables/parsed.ts). */
function numberCell(x: number): Cell {
  const shown = Number.isInteger(x) ? x : Number(x.toPrecision(15));
  return { value: x, amount: shown === 0 ? 0 : shown };
}

function amountCell(nonNegative: boolean): fc.Arbitrary<Cell> {
  const n = (a: fc.Arbitrary<number>) => (nonNegative ? a.map(Math.abs) : a);
  const num = fc.oneof(n(small), n(big), n(nearLimit), n(cents), n(micro));
  return fc.oneof(
    { weight: 6, arbitrary: num.map(numberCell) },
    // An amount typed as text in Dutch notation ("1.234,56", "– 378").
    { weight: 1, arbitrary: num.map((x): Cell => ({ value: formatDutch(x), amount: x })) },
    // Beyond 10^15 (2^53 − 1): no usable amount.
    { weight: 1, arbitrary: fc.constant<Cell>({ value: Number.MAX_SAFE_INTEGER }) },
    { weight: 1, arbitrary: fc.constant<Cell>({ value: null, amount: 0 }) },
    { weight: 1, arbitrary: fc.constant<Cell>({ value: "–", amount: 0 }) },
    { weight: 1, arbitrary: fc.constant<Cell>({ value: "n.v.t.", na: true }) },
    { weight: 1, arbitrary: fc.constant<Cell>({ value: "onbekend" }) }
  );
}

/** How the derived cells are filled: as the equation gives, one more, or as generated. */
const fillArb = fc.constantFrom("exact", "exact", "exact", "off", "random");

/**
 * A table whose rows satisfy one equation, `target = Σ sign·term` over its columns, and whose
 * last row totals the others: the rule that checks the equation, the columns and the equation.
 */
interface Shape {
  rule: string;
  title: string;
  header: string[];
  /** Per amount column: never negative (a column the model subtracts, so no sign convention). */
  nonNegative: boolean[];
  target: number;
  terms: Array<[number, 1 | -1]>;
}

const GARANTIES: Shape = {
  rule: "roll-forward",
  title: "Overzicht verstrekte garanties (bedragen x € 1.000)",
  header: [
    "Omschrijving",
    "Uitstaande garanties 2015",
    "Geraamd te verlenen 2016",
    "Geraamd te vervallen 2016",
    "Uitstaande garanties 2016",
  ],
  nonNegative: [false, false, true, false],
  target: 3,
  terms: [
    [0, 1],
    [1, 1],
    [2, -1],
  ],
};

const UITGAVEN: Shape = {
  rule: "saldo",
  title: "Overzicht uitgaven en ontvangsten garanties (bedragen x € 1.000)",
  header: ["Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  nonNegative: [true, false, false],
  target: 2,
  terms: [
    [1, 1],
    [0, -1],
  ],
};

/** Σ sign·amount exactly, or undefined when a term is no amount. */
function exact(terms: Array<[Cell, number]>): Dec | undefined {
  let acc = new Dec(0);
  for (const [c, sign] of terms) {
    if (c.amount === undefined) return undefined;
    acc = sign > 0 ? acc.plus(c.amount) : acc.minus(c.amount);
  }
  return acc;
}

/**
 * What the checker compares: the double nearest to the exact result (exact.ts), as a cell's
 * amount is the double nearest to the decimal it shows; never −0.
 */
function nearest(d: Dec): number {
  const x = d.toNumber();
  return x === 0 ? 0 : x;
}

/** A derived cell: the exact result as a number, one more, or the generated cell. */
function derived(fill: string, value: Dec | undefined, generated: Cell): Cell {
  if (value === undefined || fill === "random") return generated;
  const x = nearest(value) + (fill === "off" ? 1 : 0);
  if (Math.abs(x) > 1e15) return generated;
  return numberCell(x);
}

/** The equation and column totals of `shape` on generated tables, against decimal.js. */
function holdsTo(shape: Shape): void {
  const rowArb = fc.tuple(...shape.nonNegative.map((nonNegative) => amountCell(nonNegative)));
  const rowTerms = (r: Cell[]): Array<[Cell, number]> =>
    shape.terms.map(([k, sign]) => [r[k], sign]);
  const width = shape.nonNegative.length;
  /** An item marked n.v.t. adds nothing to a total. */
  const item = (c: Cell): Cell => (c.na ? { value: 0, amount: 0 } : c);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(rowArb, fillArb), { minLength: 1, maxLength: 12 }),
      fc.tuple(rowArb, fillArb),
      (items, [totalRow, totalFill]) => {
        const body: Cell[][] = items.map(([generated, fill]) =>
          generated.map((c, k) =>
            k === shape.target ? derived(fill, exact(rowTerms(generated)), c) : c
          )
        );
        const total = totalRow.map((generated, k) =>
          derived(
            totalFill,
            body.some((r) => r[k].amount === undefined && !r[k].na)
              ? undefined
              : exact(body.map((r): [Cell, number] => [item(r[k]), 1])),
            generated
          )
        );
        const rows = [...body, total];
        const grid: CellValue[][] = [
          [shape.title],
          shape.header,
          ...rows.map((r, i) => [
            i === body.length ? "Totaal" : `Regeling ${i + 1}`,
            ...r.map((c) => c.value),
          ]),
        ];

        // The reference: which cells each rule compares and what it must report.
        const expected: Array<[string, number, number]> = [];
        const checked = new Set<string>();
        rows.forEach((r, i) => {
          const e = exact(rowTerms(r));
          const t = r[shape.target];
          if (e === undefined || t.amount === undefined) return;
          checked.add(`${i},${shape.target}`);
          for (const [k] of shape.terms) checked.add(`${i},${k}`);
          if (nearest(e) !== t.amount)
            expected.push([a1(i + 2, shape.target + 1), nearest(e), t.amount]);
        });
        for (let k = 0; k < width; k++) {
          const t = total[k];
          if (t.amount === undefined || body.some((r) => r[k].amount === undefined && !r[k].na))
            continue;
          const sum = exact(body.map((r): [Cell, number] => [item(r[k]), 1]));
          checked.add(`${body.length},${k}`);
          body.forEach((_, i) => checked.add(`${i},${k}`));
          if (sum !== undefined && nearest(sum) !== t.amount)
            expected.push([a1(body.length + 2, k + 1), nearest(sum), t.amount]);
        }
        const counted = [...checked].filter((key) => {
          const [i, k] = key.split(",").map(Number);
          return rows[i][k].value !== null;
        }).length;

        const result = run(grid);
        expect(result.tables).toHaveLength(1);
        const found = result.findings
          .filter((f) => f.rule === shape.rule || f.rule === "column-total")
          .map((f): [string, number | null, number | null] => [f.cell, f.expected, f.actual]);
        // Two rules may report at one cell (the total's saldo and its column total).
        const order = (a: unknown, b: unknown) =>
          JSON.stringify(a) < JSON.stringify(b)
            ? -1
            : JSON.stringify(a) > JSON.stringify(b)
              ? 1
              : 0;
        expect(found.sort(order)).toEqual(expected.sort(order));
        expect(result.tables[0].coverage?.checkedCells).toBe(counted);
      }
    ),
    { numRuns: 300 }
  );
}

describe("fast paths of the rules against decimal.js", () => {
  it("roll-forward, column totals and coverage of a garanties overview", () => {
    holdsTo(GARANTIES);
  });

  it("saldo, column totals and coverage of an uitgaven/ontvangsten table", () => {
    holdsTo(UITGAVEN);
  });
});

describe("add, subtract and safeIntegerSumAt against decimal.js", () => {
  const anyAmount = fc.oneof(
    small,
    big,
    nearLimit,
    cents,
    micro,
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53 - 2, 0.1, 0.2)
  );
  const reference = (values: number[], signs: number[]) => {
    const x = exactSumDec(values, signs).toNumber();
    return x === 0 ? 0 : x;
  };

  it("a + b and a − b are the double nearest to the exact result, never −0", () => {
    fc.assert(
      fc.property(anyAmount, anyAmount, (a, b) => {
        expect(Object.is(add(a, b), reference([a, b], [1, 1]))).toBe(true);
        expect(Object.is(subtract(a, b), reference([a, b], [1, -1]))).toBe(true);
      }),
      { numRuns: 2000 }
    );
  });

  it("a sum at positions is exact when given, and given whenever every partial sum is a safe integer", () => {
    fc.assert(
      fc.property(fc.array(anyAmount, { maxLength: 20 }), (values) => {
        const at = values.map((_, i) => values.length - 1 - i);
        const sum = safeIntegerSumAt(values, at);
        let acc = new Dec(0);
        let safe = true;
        for (const i of at) {
          acc = acc.plus(values[i]);
          if (!Number.isSafeInteger(values[i]) || acc.abs().gt(Number.MAX_SAFE_INTEGER))
            safe = false;
        }
        if (safe) expect(Object.is(sum, acc.toNumber() === 0 ? 0 : acc.toNumber())).toBe(true);
        else expect(sum).toBeUndefined();
      }),
      { numRuns: 2000 }
    );
  });
});
