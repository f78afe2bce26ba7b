/**
 * Loads the built custom functions the way Excel does: evaluate dist/functions.js in a fresh
 * JavaScript context whose globals are what the shared runtime offers (CustomFunctions, Office,
 * window/self, and of `document` what webpack's chunk loader uses), record what the bundle
 * registers through CustomFunctions.associate, and resolve each function's Excel name through
 * dist/functions.json (name → id → implementation). The implementations are a chunk that
 * functions.js fetches on the first call; it is read from dist/ like every other file.
 *
 * The functions never see the test's own modules: a test that passes here proves the shipped
 * bundle works, not only the TypeScript sources.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { ERROR_CODES, StubCustomFunctionsError } from "../support/custom-functions-stub";
import type { FunctionCase } from "../support/function-cases";

/** dist/ of this checkout; EKV_DIST points elsewhere (e.g. a build made with --output-path). */
export const DIST = path.resolve(process.env.EKV_DIST ?? path.resolve(__dirname, "../../dist"));

const SRC = path.resolve(__dirname, "../../src");

/** The first source file of the functions bundle that is newer than the build, if any. */
function newerSource(dir: string): string | undefined {
  const built = fs.statSync(path.join(dir, "functions.js")).mtimeMs;
  const walk = (d: string): string | undefined => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name === "taskpane" || e.name === "cli") continue;
        const hit = walk(full);
        if (hit) return hit;
      } else if (
        /\.ts$/.test(e.name) &&
        !/\.test\.ts$/.test(e.name) &&
        fs.statSync(full).mtimeMs > built
      ) {
        return path.relative(path.dirname(SRC), full);
      }
    }
    return undefined;
  };
  return fs.existsSync(SRC) ? walk(SRC) : undefined;
}

export interface FunctionParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameter[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

export interface FunctionsJson {
  functions: FunctionMetadata[];
}

export interface LoadedBundle {
  metadata: FunctionsJson;
  /** Ids passed to CustomFunctions.associate, upper case as Excel matches them. */
  associatedIds: string[];
  /**
   * Calls a function by its Excel name (without namespace), as Excel would. Before the functions'
   * chunk has arrived this is a Promise of the result (see src/functions/lazy.ts); after `ready()`
   * it is the result itself.
   */
  call(excelName: string, args: unknown[]): unknown;
  /** The associated implementation itself (results stay in the bundle's realm): for benchmarks. */
  implementation(excelName: string): (...args: unknown[]) => unknown;
  /**
   * Lets Excel's first call happen: one function is called, which fetches the implementations'
   * chunk(s) as the page would. Resolves when every later call returns synchronously.
   */
  ready(): Promise<void>;
  /** The files the bundle fetched after functions.js (script elements it added), in order. */
  fetched: string[];
  /** Set when a file under src/ is newer than dist/functions.js: the build is out of date. */
  staleBecause?: string;
}

const MISSING =
  "dist/functions.js or dist/functions.json is missing: run `npm run build` first (npm test does this before jest).";

function readDist(dir: string, file: string): string {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new Error(`${MISSING} (not found: ${full})`);
  return fs.readFileSync(full, "utf8");
}

/**
 * A value from the bundle's context rebuilt in the test's realm (arrays of the other context are
 * not `Array` here, which would confuse deep equality); CustomFunctions.Error instances are the
 * test's own stub class already, since the stub is what the bundle constructs them from.
 */
function toHost(v: unknown): unknown {
  if (v instanceof StubCustomFunctionsError) return v;
  if (Array.isArray(v)) return v.map(toHost);
  if (
    v !== null &&
    typeof v === "object" &&
    Object.prototype.toString.call(v) === "[object Array]"
  ) {
    return Array.from(v as ArrayLike<unknown>, toHost);
  }
  return v;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    v !== null &&
    (typeof v === "object" || typeof v === "function") &&
    typeof (v as { then?: unknown }).then === "function"
  );
}

const cache = new Map<string, LoadedBundle>();

export interface LoadOptions {
  /**
   * "own-context" (tests, the default): a separate JavaScript context, so that the bundle sees
   * only the globals Excel gives it. "this-realm" (benchmarks): evaluated in this realm with the
   * same globals passed in; node's contexts reach Math, Number, Array… through an interceptor,
   * which makes every call several times slower than in Excel and would skew timings.
   */
  isolation?: "own-context" | "this-realm";
  /** A bundle of its own (not the one shared by the test file), e.g. to see a first call. */
  fresh?: boolean;
  /** The first n scripts the bundle adds fail to load (an error event), as offline. */
  failLoads?: number;
}

/** The page's address in the script loader: chunk URLs are resolved against functions.js's. */
const BASE = "https://ekv.test/";

interface FakeScript {
  tagName: string;
  src: string;
  charset?: string;
  parentNode: { removeChild(el: FakeScript): void } | null;
  onload: ((e: { type: string; target: FakeScript }) => void) | null;
  onerror: ((e: { type: string; target: FakeScript }) => void) | null;
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
}

/**
 * The part of `document` webpack's chunk loader uses: a script element added to the head is
 * fetched from dist/ and run in the bundle's context after the current task, then its load event
 * fires (or its error event, for the first `failLoads` scripts), as in a browser.
 */
function fakeDocument(run: (file: string) => void, fetched: string[], failLoads: number) {
  let failures = failLoads;
  const head = {
    appendChild(el: FakeScript): FakeScript {
      const file = el.src.startsWith(BASE) ? el.src.slice(BASE.length) : el.src;
      el.parentNode = head;
      setTimeout(() => {
        if (failures > 0) {
          failures--;
          el.onerror?.({ type: "error", target: el });
          return;
        }
        fetched.push(file);
        run(file);
        el.onload?.({ type: "load", target: el });
      }, 0);
      return el;
    },
    removeChild(el: FakeScript): void {
      el.parentNode = null;
    },
  };
  return {
    baseURI: BASE,
    // functions.js runs as the page's script element: webpack reads its src to find the chunks.
    currentScript: { tagName: "SCRIPT", src: `${BASE}functions.js` } as {
      tagName: string;
      src: string;
    } | null,
    head,
    getElementsByTagName: (): FakeScript[] => [],
    createElement(tag: string): FakeScript {
      const attributes = new Map<string, string>();
      return {
        tagName: tag.toUpperCase(),
        src: "",
        parentNode: null,
        onload: null,
        onerror: null,
        setAttribute: (n, v) => void attributes.set(n, v),
        getAttribute: (n) => attributes.get(n) ?? null,
      };
    },
  };
}

/** Loads dist/ once per test file; throws with the build instruction when dist/ is missing. */
export function loadBundle(dir: string = DIST, options: LoadOptions = {}): LoadedBundle {
  const isolation = options.isolation ?? "own-context";
  const key = `${isolation}:${dir}`;
  const hit = options.fresh ? undefined : cache.get(key);
  if (hit) return hit;
  const metadata = JSON.parse(readDist(dir, "functions.json")) as FunctionsJson;

  const registry = new Map<string, (...args: unknown[]) => unknown>();
  const customFunctions = {
    ErrorCode: { ...ERROR_CODES },
    Error: StubCustomFunctionsError,
    associate(
      idOrMap: string | Record<string, (...args: unknown[]) => unknown>,
      fn?: (...args: unknown[]) => unknown
    ): void {
      if (typeof idOrMap === "string") {
        if (typeof fn !== "function") throw new Error(`associate("${idOrMap}") without a function`);
        registry.set(idOrMap.toUpperCase(), fn);
      } else {
        for (const [id, f] of Object.entries(idOrMap)) registry.set(id.toUpperCase(), f);
      }
    },
  };
  const office = {
    onReady: (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel" },
    actions: { associate: () => undefined },
  };
  const fetched: string[] = [];
  const sandbox: Record<string, unknown> = {
    CustomFunctions: customFunctions,
    Office: office,
    console,
    setTimeout,
    clearTimeout,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  let run: (file: string) => void;
  if (isolation === "own-context") {
    const context = vm.createContext(sandbox);
    run = (file) =>
      vm.runInContext(readDist(dir, file), context, { filename: path.join(dir, file) });
  } else {
    // The bundle's free globals bound as parameters; Math, Number etc. are this realm's own.
    run = (file) => {
      const names = Object.keys(sandbox);
      const f = new Function(...names, readDist(dir, file)) as (...values: unknown[]) => void;
      f(...names.map((n) => sandbox[n]));
    };
  }
  const document = fakeDocument((file) => run(file), fetched, options.failLoads ?? 0);
  sandbox.document = document;
  // webpack finds its chunks' address from the global object's document (its "auto" public
  // path) while functions.js starts; in this realm that global is node's own, which has none.
  const realm = globalThis as { document?: unknown };
  const lent = isolation === "this-realm" && realm.document === undefined;
  if (lent) realm.document = document;
  try {
    run("functions.js");
  } finally {
    if (lent) delete realm.document;
  }
  document.currentScript = null;

  const byName = new Map(metadata.functions.map((f) => [f.name.toUpperCase(), f]));
  const staleBecause = newerSource(dir);
  const hint = staleBecause
    ? ` (${staleBecause} is newer than the build: run \`npm run build\`)`
    : "";
  const implementation = (excelName: string): ((...args: unknown[]) => unknown) => {
    const meta = byName.get(excelName.toUpperCase());
    if (!meta) throw new Error(`${excelName} is not listed in dist/functions.json${hint}`);
    const fn = registry.get(meta.id.toUpperCase());
    if (!fn)
      throw new Error(
        `${excelName} (id ${meta.id}) was never associated by dist/functions.js${hint}`
      );
    return fn;
  };
  const call = (excelName: string, args: unknown[]): unknown => {
    const out = implementation(excelName)(...args);
    if (!isThenable(out)) return toHost(out);
    return Promise.resolve(out).then(toHost, (e: unknown) => {
      throw toHost(e);
    });
  };
  let warm: Promise<void> | null = null;
  const loaded: LoadedBundle = {
    metadata,
    associatedIds: [...registry.keys()],
    call,
    implementation,
    fetched,
    staleBecause,
    ready() {
      warm ??= (async () => {
        const first = metadata.functions[0];
        const probe = () => implementation(first.name)(...first.parameters.map(() => null));
        const attemptOnce = (): unknown => {
          try {
            return probe();
          } catch {
            return undefined;
          }
        };
        const out = attemptOnce();
        if (isThenable(out)) await Promise.resolve(out).catch(() => undefined);
        if (isThenable(attemptOnce())) {
          warm = null;
          throw new Error(`the functions' chunk did not load (fetched: ${fetched.join(", ")})`);
        }
      })();
      return warm;
    },
  };
  if (!options.fresh) cache.set(key, loaded);
  return loaded;
}

/** loadBundle, after Excel's first call has loaded the implementations: every call is synchronous. */
export async function loadReadyBundle(
  dir: string = DIST,
  options: LoadOptions = {}
): Promise<LoadedBundle> {
  const bundle = loadBundle(dir, options);
  await bundle.ready();
  return bundle;
}

/** Outcome of one call: a normal result or what was thrown (never rethrown). */
export type Outcome = { kind: "returned"; value: unknown } | { kind: "threw"; error: unknown };

export function attempt(bundle: LoadedBundle, name: string, args: unknown[]): Outcome {
  try {
    return { kind: "returned", value: bundle.call(name, args) };
  } catch (error) {
    return { kind: "threw", error: toHost(error) };
  }
}

/**
 * Every family's cases (test/support/cases/*.ts), found by listing the folder so that a new
 * family's file is picked up without editing this test.
 */
export function loadAllCases(): Array<FunctionCase & { file: string }> {
  const dir = path.resolve(__dirname, "../support/cases");
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  const all: Array<FunctionCase & { file: string }> = [];
  for (const file of files) {
    const mod = require(path.join(dir, file)) as { cases?: FunctionCase[] };
    if (!Array.isArray(mod.cases)) {
      throw new Error(`test/support/cases/${file} must export \`cases: FunctionCase[]\``);
    }
    for (const c of mod.cases) all.push({ ...c, file });
  }
  return all;
}
