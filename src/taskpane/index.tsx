/**
 * Task pane entry. Office.js is loaded by taskpane.html before this bundle (from the CDN, as
 * Microsoft requires for production add-ins); the pane starts when Office reports the host.
 */
import { createRoot } from "react-dom/client";
import { App, OutsideExcel } from "./App";
import { displayLanguage } from "./excel-gateway";
import { stringsFor } from "./strings";

Office.onReady((info) => {
  const el = document.getElementById("container");
  if (!el) return;
  const s = stringsFor(displayLanguage());
  document.documentElement.lang = s === stringsFor("nl") ? "nl" : "en";
  const root = createRoot(el);
  root.render(info.host === Office.HostType.Excel ? <App s={s} /> : <OutsideExcel s={s} />);
});
