/**
 * Bad input through the built bundle (dist/functions.js, loaded as Excel loads it): for every
 * function of every family (test/support/cases/*.ts), every numeric parameter gets text, a number
 * stored as text, a boolean, an Excel error value (as object and as text), 1e308, NaN and ±Infinity,
 * in every shape Excel can pass it (a cell, a cell inside a larger range, an extra argument of a
 * repeating parameter); every option parameter gets an unknown value; every wrong-shape and invalid
 * call of the cases is made.
 *
 * The outcome must be a CustomFunctions.Error with a non-empty message and the code #VALUE! or
 * #N/A (the two for which Excel shows the message), thrown or returned, or a dynamic array with
 * such an error in the offending cell. Nothing may throw anything else, and no NaN or Infinity may
 * come out anywhere. Needs `npm run build` first.
 */
import { StubCustomFunctionsError } from "../support/custom-functions-stub";
import {
  LoadedBundle,
  Outcome,
  attempt,
  loadAllCases,
  loadReadyBundle,
} from "../build/load-bundle";

const BAD_NUMBERS: Array<{ label: string; value: unknown }> = [
  { label: "non-numeric text", value: "abc" },
  { label: "number stored as text", value: "1.234" },
  { label: "negative number stored as text", value: "\u2013 378" },
  { label: "boolean", value: true },
  { label: "error value object", value: { code: "#REF!" } },
  { label: "error value object (Dutch)", value: { code: "#N/B", message: "" } },
  { label: "error value as text", value: "#REF!" },
  { label: "huge 1e308", value: 1e308 },
  { label: "NaN", value: NaN },
  { label: "Infinity", value: Infinity },
  { label: "-Infinity", value: -Infinity },
];

interface BadCall {
  title: string;
  name: string;
  args: unknown[];
}

function depth(v: unknown): number {
  let d = 0;
  let x = v;
  while (Array.isArray(x)) {
    d++;
    x = x[0];
  }
  return d;
}

function clone<T>(v: T): T {
  return Array.isArray(v) ? (v.map(clone) as T) : v;
}

function withArg(args: unknown[], index: number, value: unknown): unknown[] {
  const copy = args.map(clone);
  copy[index] = value;
  return copy;
}

function cells(v: unknown): number {
  return Array.isArray(v) ? v.reduce((n: number, x) => n + cells(x), 0) : 1;
}

/**
 * The shapes in which Excel can deliver `bad` to parameter `i`: as the argument itself (a cell:
 * [[bad]] for a range parameter), inside the largest range any valid call gives it, and for a
 * repeating parameter also as an extra argument.
 */
function placements(
  valid: Array<{ args: unknown[] }>,
  i: number,
  bad: unknown
): Array<{ where: string; args: unknown[] }> {
  // An optional parameter may be null in the first valid call: take one where it is given.
  const first = valid.find((v) => v.args[i] !== null && v.args[i] !== undefined) ?? valid[0];
  const base = first.args[i];
  const d = depth(base);
  if (d === 0) return [{ where: "as the argument", args: withArg(first.args, i, bad) }];
  if (d === 2) {
    const out = [{ where: "as one cell", args: withArg(first.args, i, [[bad]]) }];
    const largest = [...valid].sort((a, b) => cells(b.args[i]) - cells(a.args[i]))[0];
    const m = largest.args[i];
    if (depth(m) === 2 && cells(m) > 1) {
      const inside = clone(m) as unknown[][];
      inside[inside.length - 1][inside[0].length - 1] = bad;
      out.push({ where: "inside a range", args: withArg(largest.args, i, inside) });
    }
    return out;
  }
  // A repeating parameter: an array of 2-D arrays, one per argument.
  const list = base as unknown[][][];
  const inside = clone(list);
  const last = inside[inside.length - 1];
  last[last.length - 1][last[last.length - 1].length - 1] = bad;
  return [
    { where: "as the only argument", args: withArg(first.args, i, [[[bad]]]) },
    { where: "as an extra argument", args: withArg(first.args, i, [...clone(list), [[bad]]]) },
    { where: "inside a range argument", args: withArg(first.args, i, inside) },
  ];
}

function badCalls(): BadCall[] {
  const calls: BadCall[] = [];
  for (const c of loadAllCases()) {
    const prefix = `${c.file}: ${c.name}`;
    for (const i of c.numericParams) {
      for (const bad of BAD_NUMBERS) {
        for (const p of placements(c.valid, i, bad.value)) {
          calls.push({
            title: `${prefix} param ${i + 1}: ${bad.label} ${p.where}`,
            name: c.name,
            args: p.args,
          });
        }
      }
    }
    for (const o of c.optionParams ?? []) {
      calls.push({
        title: `${prefix} param ${o.index + 1}: unknown option ${JSON.stringify(o.unknown)}`,
        name: c.name,
        args: withArg(c.valid[0].args, o.index, o.unknown),
      });
    }
    (c.wrongShape ?? []).forEach((args, k) =>
      calls.push({ title: `${prefix}: wrong shape #${k + 1}`, name: c.name, args })
    );
    (c.invalid ?? []).forEach((inv) =>
      calls.push({ title: `${prefix}: invalid (${inv.note})`, name: c.name, args: inv.args })
    );
  }
  return calls;
}

/** Every number in a (nested) result, for the NaN/Infinity check. */
function numbersIn(v: unknown): number[] {
  if (typeof v === "number") return [v];
  if (Array.isArray(v)) return v.flatMap(numbersIn);
  return [];
}

function errorsIn(v: unknown): StubCustomFunctionsError[] {
  if (v instanceof StubCustomFunctionsError) return [v];
  if (Array.isArray(v)) return v.flatMap(errorsIn);
  return [];
}

function describeOutcome(o: Outcome): string {
  if (o.kind === "returned") return `returned ${JSON.stringify(o.value)}`;
  const e = o.error;
  if (e instanceof StubCustomFunctionsError) return `threw ${e.code}: ${e.message}`;
  return `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
}

/** Why the outcome is not an acceptable error, or null when it is. */
function problem(o: Outcome): string | null {
  if (o.kind === "threw") {
    if (!(o.error instanceof StubCustomFunctionsError)) {
      return "threw something other than a CustomFunctions.Error";
    }
    return checkError(o.error);
  }
  const bad = numbersIn(o.value).filter((x) => !Number.isFinite(x));
  if (bad.length) return `returned non-finite numbers: ${bad.join(", ")}`;
  const errs = errorsIn(o.value);
  if (errs.length === 0) return "returned a normal result for bad input";
  for (const e of errs) {
    const p = checkError(e);
    if (p) return p;
  }
  return null;
}

function checkError(e: StubCustomFunctionsError): string | null {
  if (e.code !== "#VALUE!" && e.code !== "#N/A") {
    return `error code ${e.code}: Excel shows custom messages only for #VALUE! and #N/A`;
  }
  if (typeof e.message !== "string" || e.message.trim() === "") return "error without a message";
  // guard() turns an unexpected exception into "Interne fout …": that is a raw exception in
  // disguise, not a message about the input.
  if (/Interne fout/.test(e.message)) return `an internal error reached the user: ${e.message}`;
  if (/\b(undefined|NaN|null|\[object)/.test(e.message)) {
    return `the message leaks an internal value: ${e.message}`;
  }
  return null;
}

let bundle: LoadedBundle;
const calls = badCalls();
let ran = 0;

beforeAll(async () => {
  bundle = await loadReadyBundle();
});

afterAll(() => {
  console.log(
    `bad-input suite: ${ran} of ${calls.length} bad-input cases ran through dist/functions.js`
  );
});

describe("every bad input gives a CustomFunctions.Error with a Dutch message", () => {
  test.each(calls)("$title", ({ name, args }) => {
    const outcome = attempt(bundle, name, args);
    ran++;
    // EKV_BAD_INPUT_DUMP=1 prints every message, to read them as a user would.
    if (process.env.EKV_BAD_INPUT_DUMP) console.log(`${name}: ${describeOutcome(outcome)}`);
    expect({ outcome: describeOutcome(outcome), problem: problem(outcome) }).toEqual({
      outcome: describeOutcome(outcome),
      problem: null,
    });
  });
});

describe("coverage of the suite", () => {
  test("every built function gets bad input", () => {
    const hit = new Set(calls.map((c) => c.name.toUpperCase()));
    const missed = bundle.metadata.functions
      .map((f) => f.name)
      .filter((n) => !hit.has(n.toUpperCase()));
    expect(missed).toEqual([]);
  });

  test("valid calls return no NaN, no Infinity and no error", () => {
    for (const c of loadAllCases()) {
      for (const v of c.valid) {
        const o = attempt(bundle, c.name, v.args);
        expect({ fn: c.name, outcome: describeOutcome(o) }).toEqual({
          fn: c.name,
          outcome: `returned ${JSON.stringify(v.expected)}`,
        });
        expect(numbersIn(o.kind === "returned" ? o.value : null).every(Number.isFinite)).toBe(true);
      }
    }
  });

  test(`${calls.length} bad-input cases were generated`, () => {
    // The garanties family alone gives 280; fewer means the generator lost cases.
    expect(calls.length).toBeGreaterThanOrEqual(280);
  });
});
