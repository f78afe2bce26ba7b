/**
 * Offline checks of manifest.xml against the rules Microsoft documents for an add-in with a shared
 * runtime ("Configure your Office Add-in to use a shared runtime", manifest element reference).
 * `office-addin-manifest validate` needs Microsoft's online service, which CI cannot reach.
 */
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";

const root = path.resolve(__dirname, "../..");

const webpackConfig = require(path.join(root, "webpack.config.js")) as {
  rewriteManifest: (content: string, mode: string) => string;
  urlDev: string;
  urlProd: string;
};

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  isArray: () => false,
});

function parse(xml: string): Node {
  return parser.parse(xml) as Node;
}

/** Every element (with its path) in document order. */
function walk(node: unknown, pathSoFar: string, out: Array<{ path: string; node: Node }>): void {
  if (Array.isArray(node)) {
    node.forEach((n) => walk(n, pathSoFar, out));
    return;
  }
  if (node === null || typeof node !== "object") return;
  out.push({ path: pathSoFar, node: node as Node });
  for (const [k, v] of Object.entries(node as Node)) {
    if (!k.startsWith("@")) walk(v, `${pathSoFar}/${k}`, out);
  }
}

function elements(xml: string): Array<{ path: string; node: Node }> {
  const out: Array<{ path: string; node: Node }> = [];
  walk(parse(xml), "", out);
  return out;
}

function asArray<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

function resources(xml: string): Map<string, { kind: string; value: string }> {
  const doc = parse(xml);
  const res = ((doc.OfficeApp as Node).VersionOverrides as Node).Resources as Node;
  const map = new Map<string, { kind: string; value: string }>();
  const groups: Array<[string, string]> = [
    ["bt:Images", "bt:Image"],
    ["bt:Urls", "bt:Url"],
    ["bt:ShortStrings", "bt:String"],
    ["bt:LongStrings", "bt:String"],
  ];
  for (const [group, item] of groups) {
    for (const el of asArray((res[group] as Node | undefined)?.[item] as Node | Node[])) {
      map.set(String(el["@id"]), { kind: group, value: String(el["@DefaultValue"]) });
    }
  }
  return map;
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const sourceXml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml (shared runtime, offline rules)", () => {
  const res = resources(sourceXml);
  const els = elements(sourceXml);
  const hostNode = (((parse(sourceXml).OfficeApp as Node).VersionOverrides as Node).Hosts as Node)
    .Host as Node;

  function urlOf(resid: unknown): string {
    const r = res.get(String(resid));
    if (!r) throw new Error(`resid ${String(resid)} is niet gedefinieerd`);
    return r.value;
  }

  test("Runtime, the custom functions Page and the FunctionFile point to the same resource", () => {
    const runtime = (hostNode.Runtimes as Node).Runtime as Node;
    expect(runtime["@lifetime"]).toBe("long");
    const cf = (hostNode.AllFormFactors as Node).ExtensionPoint as Node;
    expect(cf["@xsi:type"]).toBe("CustomFunctions");
    const page = ((cf.Page as Node).SourceLocation as Node)["@resid"];
    const functionFile = ((hostNode.DesktopFormFactor as Node).FunctionFile as Node)["@resid"];
    const runtimeUrl = urlOf(runtime["@resid"]);
    expect(urlOf(page)).toBe(runtimeUrl);
    expect(urlOf(functionFile)).toBe(runtimeUrl);
    expect(runtimeUrl).toMatch(/\/taskpane\.html$/);
    // The script and metadata are the generated bundle files.
    expect(urlOf(((cf.Script as Node).SourceLocation as Node)["@resid"])).toMatch(
      /\/functions\.js$/
    );
    expect(urlOf(((cf.Metadata as Node).SourceLocation as Node)["@resid"])).toMatch(
      /\/functions\.json$/
    );
  });

  test("no Action has a TaskpaneId (a long-lifetime shared runtime has one task pane)", () => {
    const actions = els.filter((e) => e.path.endsWith("/Action"));
    expect(actions.length).toBeGreaterThan(0);
    for (const a of actions) expect(a.node).not.toHaveProperty("TaskpaneId");
    expect(sourceXml).not.toMatch(/<TaskpaneId>/);
  });

  test("the task pane button is on the Home tab and shows the shared-runtime page", () => {
    const ext = (hostNode.DesktopFormFactor as Node).ExtensionPoint as Node;
    const tab = ext.OfficeTab as Node;
    expect(tab["@id"]).toBe("TabHome");
    const control = (tab.Group as Node).Control as Node;
    const action = control.Action as Node;
    expect(action["@xsi:type"]).toBe("ShowTaskpane");
    expect(urlOf((action.SourceLocation as Node)["@resid"])).toBe(
      urlOf(((hostNode.Runtimes as Node).Runtime as Node)["@resid"])
    );
  });

  test("every resid is defined, and resource ids are at most 32 characters", () => {
    const used = [...sourceXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(10);
    for (const id of used) expect(res.has(id)).toBe(true);
    for (const id of [...used, ...res.keys()]) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("short strings ≤ 125 and long strings ≤ 250 characters", () => {
    for (const [, r] of res) {
      if (r.kind === "bt:ShortStrings") expect(r.value.length).toBeLessThanOrEqual(125);
      if (r.kind === "bt:LongStrings") expect(r.value.length).toBeLessThanOrEqual(250);
    }
  });

  test("the custom functions namespace is EKV (≤ 32 characters, letters and digits)", () => {
    const cf = (hostNode.AllFormFactors as Node).ExtensionPoint as Node;
    const ns = res.get(String((cf.Namespace as Node)["@resid"]))?.value ?? "";
    expect(ns).toBe("EKV");
    expect(ns.length).toBeLessThanOrEqual(32);
    expect(ns).toMatch(/^[A-Za-z0-9.]+$/);
  });

  test("every URL is https", () => {
    const urls = [...sourceXml.matchAll(/(?:DefaultValue="|<AppDomain>)(\w+:\/\/[^"<]+)/g)].map(
      (m) => m[1]
    );
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("Dutch display name and description", () => {
    const app = parse(sourceXml).OfficeApp as Node;
    expect(app.DefaultLocale).toBe("nl-NL");
    expect((app.DisplayName as Node)["@DefaultValue"]).toBe("EKV Begroting");
    expect(String((app.Description as Node)["@DefaultValue"])).toMatch(/garantietabellen/);
  });

  test("every icon exists in assets/ at its declared size", () => {
    const checks: Array<{ url: string; size: number }> = [];
    const app = parse(sourceXml).OfficeApp as Node;
    checks.push({ url: String((app.IconUrl as Node)["@DefaultValue"]), size: 32 });
    checks.push({ url: String((app.HighResolutionIconUrl as Node)["@DefaultValue"]), size: 64 });
    for (const e of els) {
      for (const img of asArray(e.node["bt:Image"] as Node | Node[])) {
        if (img["@size"] && img["@resid"]) {
          checks.push({ url: urlOf(img["@resid"]), size: Number(img["@size"]) });
        }
      }
    }
    expect(checks.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of checks) {
      const rel = new URL(url).pathname.replace(/^\//, "");
      const file = path.join(root, rel);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});

describe("production manifest", () => {
  test("rewriteManifest replaces every development URL, not just the first", () => {
    const count = sourceXml.split(webpackConfig.urlDev).length - 1;
    expect(count).toBeGreaterThan(5);
    const prod = webpackConfig.rewriteManifest(sourceXml, "production");
    expect(prod).not.toContain("localhost");
    expect(prod.split(webpackConfig.urlProd).length - 1).toBe(count);
    expect(webpackConfig.rewriteManifest(sourceXml, "development")).toBe(sourceXml);
  });

  test("the built dist/manifest.xml has no development URL left", () => {
    const built = path.join(root, "dist/manifest.xml");
    if (!fs.existsSync(built)) {
      throw new Error("dist/manifest.xml ontbreekt: voer eerst `npm run build` uit.");
    }
    const xml = fs.readFileSync(built, "utf8");
    expect(xml).not.toContain("localhost");
    const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(\w+:\/\/[^"<]+)/g)].map(
      (m) => m[1]
    );
    for (const u of urls) expect(u.startsWith(webpackConfig.urlProd)).toBe(true);
  });
});
