/**
 * The shipped functions: dist/functions.js evaluated as Excel evaluates it, every function of
 * dist/functions.json called through its Excel name with the valid calls of its cases file.
 * Needs `npm run build` first (npm test runs it before jest).
 */
import * as fs from "fs";
import * as path from "path";
import { parseDutchAmount } from "../../src/core/amount";
import {
  FunctionMetadata,
  LoadedBundle,
  loadAllCases,
  loadBundle,
  loadReadyBundle,
} from "./load-bundle";

let bundle: LoadedBundle;
const cases = loadAllCases();

beforeAll(async () => {
  bundle = await loadReadyBundle();
});

function meta(name: string): FunctionMetadata {
  const f = bundle.metadata.functions.find((x) => x.name === name);
  if (!f) throw new Error(`${name} is missing from dist/functions.json`);
  return f;
}

test("without a build, loading fails with the instruction to run npm run build", () => {
  expect(() => loadBundle("/nonexistent/dist")).toThrow(
    "dist/functions.js or dist/functions.json is missing: run `npm run build` first"
  );
});

describe("dist/functions.json", () => {
  test("lists functions, each with an id and a name", () => {
    expect(bundle.metadata.functions.length).toBeGreaterThanOrEqual(7);
    for (const f of bundle.metadata.functions) {
      expect(typeof f.id).toBe("string");
      expect(typeof f.name).toBe("string");
    }
  });

  test("names carry no namespace (the manifest adds EKV.) and are valid Excel names", () => {
    for (const f of bundle.metadata.functions) {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(f.name.startsWith("EKV.")).toBe(false);
    }
  });

  test("ids and names are unique", () => {
    const ids = bundle.metadata.functions.map((f) => f.id.toUpperCase());
    const names = bundle.metadata.functions.map((f) => f.name.toUpperCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
  });

  test("every function and every parameter has a Dutch description", () => {
    // Words that only an English text would contain; Dutch help must use none of them.
    const english = /\b(the|and|returns?|which|with|amount|value|range|number|text)\b/i;
    for (const f of bundle.metadata.functions) {
      const texts = [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")];
      for (const t of texts) {
        expect({ fn: f.name, text: t, empty: t.trim() === "" }).toEqual({
          fn: f.name,
          text: t,
          empty: false,
        });
        expect({ fn: f.name, text: t, english: english.test(t) }).toEqual({
          fn: f.name,
          text: t,
          english: false,
        });
      }
    }
  });

  test("the seven garanties functions have the right parameter lists", () => {
    const params = (name: string) =>
      meta(name).parameters.map((p) => ({
        name: p.name,
        optional: p.optional ?? false,
        repeating: p.repeating ?? false,
        dimensionality: p.dimensionality ?? "scalar",
      }));
    const range = (name: string, optional = false) => ({
      name,
      optional,
      repeating: false,
      dimensionality: "matrix",
    });
    expect(params("UITSTAAND")).toEqual([
      range("uitstaand_vorig"),
      range("verleend"),
      range("vervallen"),
    ]);
    expect(params("SALDO")).toEqual([range("uitgaven"), range("ontvangsten")]);
    expect(params("NETTO")).toEqual([range("aangegaan"), range("vervallen")]);
    expect(params("PLAFONDRUIMTE")).toEqual([
      range("plafond"),
      range("verleend"),
      range("vervallen", true),
      { name: "soort", optional: true, repeating: false, dimensionality: "scalar" },
    ]);
    expect(params("TOTAAL")).toEqual([
      { name: "waarden", optional: false, repeating: true, dimensionality: "matrix" },
    ]);
    expect(params("GETAL")).toEqual([
      { name: "tekst", optional: false, repeating: false, dimensionality: "scalar" },
    ]);
    expect(params("GULDEN")).toEqual([
      { name: "bedrag", optional: false, repeating: false, dimensionality: "scalar" },
    ]);
  });

  test("the element-wise functions return a matrix (dynamic array), the others a number", () => {
    for (const name of ["UITSTAAND", "SALDO", "NETTO", "PLAFONDRUIMTE"]) {
      expect(meta(name).result?.dimensionality).toBe("matrix");
    }
    for (const name of ["TOTAAL", "GETAL", "GULDEN"]) {
      expect(meta(name).result).toEqual({ type: "number" });
    }
  });
});

describe("dist/functions.js", () => {
  test("associates exactly the ids listed in functions.json", () => {
    const listed = bundle.metadata.functions.map((f) => f.id.toUpperCase()).sort();
    expect([...bundle.associatedIds].sort()).toEqual(listed);
  });
});

describe("cases cover the built functions", () => {
  test("every function in dist/functions.json has a case in test/support/cases/", () => {
    const covered = new Set(cases.map((c) => c.name.toUpperCase()));
    const missing = bundle.metadata.functions
      .map((f) => f.name)
      .filter((n) => !covered.has(n.toUpperCase()));
    expect(missing).toEqual([]);
  });

  test("every case names a built function (no stale cases)", () => {
    const built = new Set(bundle.metadata.functions.map((f) => f.name.toUpperCase()));
    const stale = cases.filter((c) => !built.has(c.name.toUpperCase())).map((c) => c.name);
    expect({
      notBuilt: stale,
      buildOutOfDate: stale.length ? bundle.staleBecause : undefined,
    }).toEqual({
      notBuilt: [],
      buildOutOfDate: undefined,
    });
  });

  test("every case has at least one valid call", () => {
    expect(cases.filter((c) => c.valid.length === 0).map((c) => c.name)).toEqual([]);
  });
});

const validCalls = cases.flatMap((c) =>
  c.valid.map((v, i) => ({
    title: `${c.file}: ${c.name} #${i + 1}${v.note ? ` (${v.note})` : ""}`,
    name: c.name,
    args: v.args,
    expected: v.expected,
  }))
);

describe("valid calls through the Excel name give the exact expected result", () => {
  test.each(validCalls)("$title", ({ name, args, expected }) => {
    expect(bundle.call(name, args)).toEqual(expected);
  });
});

/**
 * The user documentation's examples with literal arguments, e.g.
 * `=EKV.NETTO(8882142; 16366533)` → **−7.484.391**, evaluated through the bundle: the documented
 * result must be exactly what the function gives (examples with cell references are skipped).
 */
describe("examples in docs/functions-garanties.md", () => {
  const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/functions-garanties.md"), "utf8");
  const dutch = (text: string): number => {
    const r = parseDutchAmount(text);
    if (!r.ok) throw new Error(r.reason);
    return r.value;
  };
  const examples = [...doc.matchAll(/`=EKV\.([A-Z.]+)\(([^`]*)\)` → \*\*([^*]+)\*\*/g)]
    .map((m) => ({
      formula: m[0].split(" → ")[0],
      name: m[1],
      args: m[2].split(/;\s*/),
      result: m[3],
    }))
    .filter((e) => !e.args.some((a) => /^\$?[A-Z]{1,3}\$?\d+/.test(a)));

  /** A literal as Excel passes it: text without quotes, numbers in Dutch notation. */
  const literal = (a: string): unknown => (a.startsWith('"') ? a.slice(1, -1) : dutch(a));

  /** Shapes the literals as functions.json says Excel passes them (matrix, repeating). */
  function excelArgs(name: string, literals: string[]): unknown[] {
    const params = bundle.metadata.functions.find((f) => f.name === name)?.parameters ?? [];
    const out: unknown[] = [];
    for (let i = 0; i < literals.length; i++) {
      const p = params[Math.min(i, params.length - 1)];
      const v = literal(literals[i]);
      const shaped = p?.dimensionality === "matrix" ? [[v]] : v;
      if (p?.repeating) {
        out.push(literals.slice(i).map((x) => [[literal(x)]]));
        break;
      }
      out.push(shaped);
    }
    // Omitted optional arguments arrive as null.
    while (out.length < params.length) out.push(null);
    return out;
  }

  test("the documentation has examples with literal arguments to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  test.each(examples)("$formula → $result", ({ name, args, result }) => {
    const got = bundle.call(name, excelArgs(name, args));
    const value = Array.isArray(got) && got.length === 1 && got[0].length === 1 ? got[0][0] : got;
    expect(value).toBe(dutch(result));
  });
});

/**
 * The examples in docs/functions-regelingen.md written as `=EKV.…(…)` → `result` with literal
 * arguments, evaluated through the bundle: an empty argument is an omitted one (null), WAAR/ONWAAR
 * are logical values, DATUM(j;m;d) is the Excel date serial. Examples with cell references skipped.
 */
describe("examples in docs/functions-regelingen.md", () => {
  const doc = fs.readFileSync(
    path.resolve(__dirname, "../../docs/functions-regelingen.md"),
    "utf8"
  );
  const dutch = (text: string): number => {
    const r = parseDutchAmount(text);
    if (!r.ok) throw new Error(`${text}: ${r.reason}`);
    return r.value;
  };
  /** Excel's serial of a date (1900 system, from 1 March 1900). */
  const serial = (y: number, m: number, d: number): number =>
    Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const literal = (a: string): unknown => {
    const t = a.trim();
    if (t === "") return null;
    if (t === "WAAR") return true;
    if (t === "ONWAAR") return false;
    if (t.startsWith('"')) return t.slice(1, -1);
    const date = /^DATUM\((\d+),(\d+),(\d+)\)$/.exec(t);
    if (date) return serial(Number(date[1]), Number(date[2]), Number(date[3]));
    return dutch(t);
  };
  const examples = [...doc.matchAll(/`=EKV\.([A-Z._]+)\(([^`]*)\)` → `([^`]+)`/g)]
    .map((m) => ({
      formula: m[0].split(" → ")[0],
      name: m[1],
      // DATUM's own separators must not split the outer argument list.
      args: m[2].replace(/DATUM\(([^)]*)\)/g, (x) => x.replace(/;/g, ",")).split(";"),
      result: m[3],
    }))
    .filter((e) => !e.args.some((a) => /^\$?[A-Z]{1,3}\$?\d+/.test(a.trim())));

  test("the documentation has examples with literal arguments to check", () => {
    expect(examples.length).toBeGreaterThanOrEqual(20);
  });

  test.each(examples)("$formula → $result", ({ name, args, result }) => {
    const params = bundle.metadata.functions.find((f) => f.name === name)?.parameters ?? [];
    const values = args.map(literal);
    while (values.length < params.length) values.push(null);
    const got = bundle.call(name, values);
    const expected = result === "WAAR" ? true : result === "ONWAAR" ? false : dutch(result);
    expect(got).toBe(expected);
  });
});
