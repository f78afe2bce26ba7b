/**
 * What a page of dist/ makes the browser download when it opens: the scripts its HTML names (not
 * office.js, which comes from Microsoft's CDN), each measured gzip -9 as a server sends it. Shared
 * by the size test (test/build/bundle-size.test.ts) and `npm run bench -- bundle`, which also
 * records in Chromium what the pane fetches later, and when. The browser test checks that the pane
 * fetches nothing else before its first tab is ready, so this is everything it loads by then.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export const DIST = path.resolve(process.env.EKV_DIST ?? path.resolve(__dirname, "../../dist"));

/** Goal of issue 11: everything taskpane.html loads, and the web page, each at most this. */
export const PAGE_BUDGET = 150 * 1024;

export function gzipSize(file: string, dist = DIST): number {
  return zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
}

/** The scripts a page's HTML loads from dist, in order (not office.js from Microsoft's CDN). */
export function pageScripts(page: string, dist = DIST): string[] {
  const file = path.join(dist, page);
  if (!fs.existsSync(file))
    throw new Error(`dist/${page} ontbreekt: voer eerst \`npm run build\` uit.`);
  const html = fs.readFileSync(file, "utf8");
  // Minified HTML drops the quotes: src=core.js.
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => src.replace(/^\.?\//, ""));
}

export interface Sized {
  file: string;
  bytes: number;
  gzip: number;
}

export function sized(files: readonly string[], dist = DIST): Sized[] {
  return files.map((file) => ({
    file,
    bytes: fs.statSync(path.join(dist, file)).size,
    gzip: gzipSize(file, dist),
  }));
}

/** The scripts of `page` with their sizes, and their gzip total. */
export function initialLoad(page: string, dist = DIST): { files: Sized[]; total: number } {
  const files = sized(pageScripts(page, dist), dist);
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

/** "53,6 KB": kilobytes of 1024 bytes, Dutch decimal comma. */
export function kb(n: number): string {
  return `${(n / 1024).toFixed(1).replace(".", ",")} KB`;
}
