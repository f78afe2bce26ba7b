/**
 * Task pane entry. Office.js is loaded by taskpane.html before this bundle (from the CDN, as
 * Microsoft requires for production add-ins); the pane starts when Office reports the host.
 */
import { createRoot } from "react-dom/client";
import { App, Unavailable } from "./App";
import { setWorkerFactory } from "./check-client";
import type { WorkerLike } from "./check-client";
import { displayLanguage } from "./excel-gateway";
import { stringsFor } from "./strings";
import { loadTheme } from "./parts";
import { officeThemeKind } from "./theme";

// The check runs off the page's thread; webpack bundles the worker as its own file.
if (typeof Worker !== "undefined") {
  setWorkerFactory(
    () =>
      new Worker(new URL("./check.worker.ts", import.meta.url), {
        name: "ekv-controle",
      }) as unknown as WorkerLike
  );
}

Office.onReady(async (info) => {
  const el = document.getElementById("container");
  if (!el) return;
  const s = stringsFor(displayLanguage());
  document.documentElement.lang = s === stringsFor("nl") ? "nl" : "en";
  const kind = officeThemeKind();
  document.documentElement.dataset.theme = kind;
  // The dark and high-contrast themes are a chunk of their own; light is in this bundle.
  const theme = await loadTheme(kind).catch(() => undefined);
  const root = createRoot(el);
  if (info.host !== Office.HostType.Excel) {
    root.render(<Unavailable text={s.outsideExcel} theme={theme} />);
  } else if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    // 1.9: worksheets.onChanged (live refresh); ranges by index (1.7), conditional formats (1.6).
    root.render(<Unavailable text={s.apiTooOld} theme={theme} />);
  } else {
    root.render(<App s={s} theme={theme} />);
  }
});
