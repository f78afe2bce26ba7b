/**
 * Bundle sizes as a browser downloads them (gzip -9): every script taskpane.html and controle.html
 * load when they open (the initial load, before any tab other than the first is opened), the
 * worker each starts, and apart from those the chunks loaded on demand. Goal: each page ≤ 150 KB gzip. Needs a
 * production build (npm run bench builds first).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const DIST = path.resolve(__dirname, "../dist");
export const PAGE_BUDGET = 150 * 1024;

function gzip(file: string): number {
  return zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length;
}

/** The scripts a page's HTML loads from dist (not office.js from Microsoft's CDN). */
export function pageScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(DIST, page), "utf8");
  // Minified HTML drops the quotes: src=core.js.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

/** A worker entry and the chunks it imports itself (importScripts of "<id>.js"). */
function workerFiles(entry: string): string[] {
  if (!fs.existsSync(path.join(DIST, entry))) return [];
  const code = fs.readFileSync(path.join(DIST, entry), "utf8");
  // Numbered chunks whose id the worker's own runtime names (it loads them with importScripts).
  const chunks = fs
    .readdirSync(DIST)
    .filter((f) => /^\d+\.js$/.test(f))
    .filter((f) => new RegExp(`\\b${f.replace(".js", "")}\\b`).test(code));
  return [entry, ...chunks];
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1).replace(".", ",")} KB`;
}

export async function run(): Promise<void> {
  const pages: Array<{ page: string; worker: string }> = [
    { page: "taskpane.html", worker: "ekv-controle.js" },
    { page: "controle.html", worker: "controle-worker.js" },
  ];
  console.log("pagina / bestand                      bytes      gzip");
  for (const { page, worker } of pages) {
    if (!fs.existsSync(path.join(DIST, page))) {
      console.log(`${page}: ontbreekt (npm run build)`);
      continue;
    }
    let total = 0;
    for (const f of pageScripts(page)) {
      const g = gzip(f);
      total += g;
      console.log(
        `  ${f.padEnd(34)} ${String(fs.statSync(path.join(DIST, f)).size).padStart(8)} ${kb(g).padStart(9)}`
      );
    }
    const verdict = total <= PAGE_BUDGET ? "binnen" : "BOVEN";
    console.log(
      `${page}: ${kb(total)} gzip bij openen (${verdict} de grens van ${kb(PAGE_BUDGET)})`
    );
    let w = 0;
    for (const f of workerFiles(worker)) w += gzip(f);
    console.log(`  + worker ${worker} (bij de eerste controle): ${kb(w)} gzip`);
  }
  // Everything else: chunks a page fetches only when it needs them (a tab opened for the first
  // time, the confirm dialog, the dark or high-contrast theme). Not part of the figures above.
  const initial = new Set(
    pages.flatMap(({ page, worker }) =>
      fs.existsSync(path.join(DIST, page)) ? [...pageScripts(page), ...workerFiles(worker)] : []
    )
  );
  const onDemand = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && !initial.has(f))
    .sort();
  if (onDemand.length) {
    console.log("op aanvraag (niet bij openen: tabbladen, dialoog, thema's):");
    for (const f of onDemand) console.log(`  ${f.padEnd(34)} ${kb(gzip(f)).padStart(9)} gzip`);
  }
}
