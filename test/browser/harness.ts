/**
 * What the browser tests and the browser benchmarks share: dist/ served on 127.0.0.1 and Debian's
 * Chromium launched headless (see /usr/bin/chromium in .ci/run).
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, Browser, Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
export const CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS_DIR = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface Served {
  baseUrl: string;
  /** Paths requested, in order (to check that a page asks for nothing it should not). */
  requests: string[];
  close(): Promise<void>;
}

export async function serveDist(): Promise<Served> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/ ontbreekt: voer eerst `npm run build` uit (npm test doet dat).");
  }
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname);
    const file = path.normalize(path.join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} ontbreekt: installeer Chromium met \`apt-get install -y chromium\` (zie .ci/run).`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/**
 * No network for `page`: dist/ from `baseUrl`; office.js and the scripts it loads itself
 * (o15apptofilemappingtable.js, …) from the npm package at their CDN address, as in production;
 * anything else external (office.js's telemetry frame) an empty page. `onOffice` hears each
 * office.js path asked for.
 */
export async function routeOffline(
  page: Page,
  baseUrl: string,
  onOffice?: (rel: string) => void
): Promise<void> {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl)) return route.continue();
    if (url.startsWith(CDN)) {
      const rel = url.slice(CDN.length).split(/[?#]/)[0];
      onOffice?.(rel);
      const file = path.join(OFFICE_JS_DIR, rel);
      if (fs.existsSync(file))
        return route.fulfill({ path: file, contentType: "application/javascript" });
      return route.fulfill({ status: 404, body: "" });
    }
    return route.fulfill({
      status: 200,
      contentType: "text/html",
      body: "<!doctype html><title>-</title>",
    });
  });
}
