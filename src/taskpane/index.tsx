/**
 * Task pane entry. Office.js is loaded by taskpane.html before this bundle (from the CDN, as
 * Microsoft requires for production add-ins); the pane starts when Office reports the host.
 */
import { createRoot } from "react-dom/client";
import { App, Unavailable } from "./App";
import { displayLanguage } from "./excel-gateway";
import { stringsFor } from "./strings";

Office.onReady((info) => {
  const el = document.getElementById("container");
  if (!el) return;
  const s = stringsFor(displayLanguage());
  document.documentElement.lang = s === stringsFor("nl") ? "nl" : "en";
  const root = createRoot(el);
  if (info.host !== Office.HostType.Excel) {
    root.render(<Unavailable text={s.outsideExcel} />);
  } else if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) {
    // 1.9: worksheets.onChanged (live refresh); ranges by index (1.7), conditional formats (1.6).
    root.render(<Unavailable text={s.apiTooOld} />);
  } else {
    root.render(<App s={s} />);
  }
});
