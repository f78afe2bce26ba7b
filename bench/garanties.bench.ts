/**
 * 100 000 rows of EKV.UITSTAAND and EKV.TOTAAL, integer data (amounts x € 1.000) and 2-decimal
 * data (euros and cents), against plain JavaScript number arithmetic on the same data in the same
 * run.
 *
 * What is measured, and why:
 * - The functions as Excel runs them: the built dist/functions.js, loaded the way Excel loads it
 *   (test/build/load-bundle.ts, evaluated in this realm), called through the implementations it
 *   associates. Loading the TypeScript sources through tsx instead would measure tsx's module
 *   interop (every call across modules goes through a getter, which defeats inlining and costs
 *   10× here), and a separate node vm context reaches Math and Number through an interceptor:
 *   neither is what Excel runs.
 * - Headline: one `=EKV.UITSTAAND(B2:B100001;C2:C100001;D2:D100001)` spilling 100 000 rows, and one
 *   `=EKV.TOTAAL(B2:B100001)`. Excel hands the function 2-D arrays, so the baseline is the same
 *   function written with plain numbers over the same 2-D arrays (what an inexact add-in would
 *   run): the ratio is the price of exactness and of checking every cell.
 * - For reference: 100 000 separate single-cell calls (a formula per row, `=EKV.UITSTAAND(B2;C2;D2)`
 *   filled down) against a plain single-cell function.
 * Timing: warm-up, then the median of several repetitions, each running the baseline and the
 * function back to back. Needs `npm run build` first.
 */
import { loadBundle } from "../test/build/load-bundle";

const ROWS = 100_000;
const REPS = 31;
const WARMUP = 10;

type Matrix = unknown[][];
type Fn = (...args: unknown[]) => unknown;

let sink = 0;

function consume(v: unknown): void {
  if (typeof v === "number") sink += v;
  else if (Array.isArray(v)) {
    const last = v[v.length - 1] as unknown;
    if (Array.isArray(last)) consume(last[last.length - 1]);
    else consume(last);
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc;

interface Pair {
  /** Median milliseconds of the function under test and of the baseline. */
  ms: number;
  baseMs: number;
  /** Median of the per-repetition ratios: each repetition runs both back to back, so a moment of
   * load from other processes (this machine is shared) slows both and largely cancels out. */
  ratio: number;
}

function compare(body: () => unknown, baseline: () => unknown): Pair {
  // One full collection before, none in between: a forced collection between repetitions makes
  // V8 drop the on-stack-replacement code of the long loops, so the next call starts in the
  // interpreter (up to 30× slower here), which is not how Excel recalculates.
  gc?.();
  for (let i = 0; i < WARMUP; i++) {
    consume(baseline());
    consume(body());
  }
  const ms: number[] = [];
  const baseMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = process.hrtime.bigint();
    consume(baseline());
    const t1 = process.hrtime.bigint();
    consume(body());
    const t2 = process.hrtime.bigint();
    const b = Number(t1 - t0) / 1e6;
    const m = Number(t2 - t1) / 1e6;
    baseMs.push(b);
    ms.push(m);
    ratios.push(m / b);
  }
  return { ms: median(ms), baseMs: median(baseMs), ratio: median(ratios) };
}

/** Deterministic pseudo-random data (xorshift), so that every run measures the same numbers. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

interface Data {
  label: string;
  vorig: number[];
  verleend: number[];
  vervallen: number[];
}

function makeData(decimals: 0 | 2): Data {
  const rnd = generator(decimals === 0 ? 2016 : 2017);
  const amount = (max: number) =>
    decimals === 0 ? Math.floor(rnd() * max) : Math.round(rnd() * max * 100) / 100;
  const vorig: number[] = [];
  const verleend: number[] = [];
  const vervallen: number[] = [];
  for (let i = 0; i < ROWS; i++) {
    vorig.push(amount(50_000_000));
    verleend.push(amount(10_000_000));
    vervallen.push(amount(10_000_000));
  }
  return { label: decimals === 0 ? "gehele getallen" : "2 decimalen", vorig, verleend, vervallen };
}

const column = (xs: number[]): Matrix => xs.map((x) => [x]);

function line(what: string, p: Pair): void {
  console.log(
    `  ${what.padEnd(52)} ${p.ms.toFixed(2).padStart(7)} ms / 100 000   basis ${p.baseMs
      .toFixed(2)
      .padStart(6)} ms   ${p.ratio.toFixed(2).padStart(6)}×`
  );
}

export async function run(): Promise<void> {
  let bundle;
  try {
    bundle = loadBundle(undefined, { isolation: "this-realm" });
    // Excel's first call fetches the implementations; the figures are for the calls after it.
    await bundle.ready();
  } catch (e) {
    console.log(`  overgeslagen: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  if (bundle.staleBecause) {
    console.log(
      `  let op: ${bundle.staleBecause} is nieuwer dan dist/; voer eerst npm run build uit.`
    );
  }
  const UITSTAAND: Fn = bundle.implementation("UITSTAAND");
  const TOTAAL: Fn = bundle.implementation("TOTAAL");

  // The inexact reference implementations with the same inputs and outputs.
  const plainUitstaandMatrix = (a: Matrix, b: Matrix, c: Matrix): number[][] => {
    const out: number[][] = new Array(a.length);
    for (let r = 0; r < a.length; r++) {
      out[r] = [(a[r][0] as number) + (b[r][0] as number) - (c[r][0] as number)];
    }
    return out;
  };
  const plainTotaalMatrix = (args: Matrix[]): number => {
    let s = 0;
    for (const m of args) for (const row of m) for (const v of row) s += v as number;
    return s;
  };

  const targets: Record<string, number> = { "gehele getallen": 3, "2 decimalen": 25 };
  const summary: string[] = [];
  console.log(
    `${ROWS.toLocaleString("nl-NL")} rijen, mediaan van ${REPS} herhalingen (telkens basis en functie na elkaar) na ${WARMUP} keer opwarmen.`
  );

  for (const decimals of [0, 2] as const) {
    const d = makeData(decimals);
    const A = column(d.vorig);
    const B = column(d.verleend);
    const C = column(d.vervallen);
    const cellsA = d.vorig.map((x) => [[x]]);
    const cellsB = d.verleend.map((x) => [[x]]);
    const cellsC = d.vervallen.map((x) => [[x]]);

    // Correctness before speed: the exact result must match an independent cents computation.
    const spilled = UITSTAAND(A, B, C) as number[][];
    for (let i = 0; i < ROWS; i++) {
      const cents =
        Math.round(d.vorig[i] * 100) +
        Math.round(d.verleend[i] * 100) -
        Math.round(d.vervallen[i] * 100);
      if (spilled[i][0] !== cents / 100) {
        throw new Error(`rij ${i + 1}: ${spilled[i][0]} ≠ ${cents / 100}`);
      }
    }

    console.log(`\n${d.label}:`);
    const spill = compare(
      () => UITSTAAND(A, B, C),
      () => plainUitstaandMatrix(A, B, C)
    );
    line("EKV.UITSTAAND over 3 bereiken (1 aanroep, spill)", spill);
    const tot = compare(
      () => TOTAAL([A]),
      () => plainTotaalMatrix([A])
    );
    line("EKV.TOTAAL over 1 bereik van 100 000 cellen", tot);

    const plainCell = (a: Matrix, b: Matrix, c: Matrix): number[][] => [
      [(a[0][0] as number) + (b[0][0] as number) - (c[0][0] as number)],
    ];
    const cells = compare(
      () => {
        let last: unknown;
        for (let i = 0; i < ROWS; i++) last = UITSTAAND(cellsA[i], cellsB[i], cellsC[i]);
        return last;
      },
      () => {
        let last: unknown;
        for (let i = 0; i < ROWS; i++) last = plainCell(cellsA[i], cellsB[i], cellsC[i]);
        return last;
      }
    );
    line("100 000 losse aanroepen EKV.UITSTAAND(cel;cel;cel)", cells);

    const target = targets[d.label];
    const worst = Math.max(spill.ratio, tot.ratio);
    summary.push(
      `${d.label}: UITSTAAND ${spill.ratio.toFixed(2)}×, TOTAAL ${tot.ratio.toFixed(2)}× (doel ≤ ${target}×: ${worst <= target ? "gehaald" : "NIET gehaald"})`
    );
  }
  console.log(
    `\nSamenvatting (adapter zoals Excel hem aanroept, t.o.v. dezelfde functie met gewone getallen):`
  );
  for (const s of summary) console.log(`  ${s}`);
  if (sink === 42) console.log("");
}
