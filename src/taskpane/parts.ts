/**
 * The pane's parts loaded on demand, each its own chunk (webpack names them after the
 * webpackChunkName comments). `preloadParts` fetches them all (tests; the pane itself loads a part
 * when it is first shown).
 */
import { webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import { preloadFunctions } from "../functions/lazy";
import type { ConfirmDialogProps } from "./ConfirmDialog";
import { lazyPart } from "./lazy";
import type { InsertPanelProps } from "./OtherPanels";
import type { Strings } from "./strings";
import type { ThemeKind } from "./theme";

/**
 * The tabs that write EKV formulas also fetch the custom functions' implementations (functions.js
 * loads them on Excel's first call otherwise): Excel computes a formula the moment it is written,
 * and the check that follows an insert reads its result. A failed fetch is not the tab's: the
 * functions try again on their first call.
 */
function withFunctions<T>(part: Promise<T>): Promise<T> {
  return Promise.all([part, preloadFunctions().catch(() => undefined)]).then(([m]) => m);
}

export const CalculatorTab = lazyPart<{ s: Strings }>(() =>
  withFunctions(import(/* webpackChunkName: "rekenhulp" */ "./CalculatorPanel")).then(
    (m) => m.CalculatorPanel
  )
);
export const InsertTab = lazyPart<InsertPanelProps>(() =>
  withFunctions(import(/* webpackChunkName: "invoegen" */ "./OtherPanels")).then(
    (m) => m.TemplatesPanel
  )
);
export const HelpTab = lazyPart<{ s: Strings }>(() =>
  import(/* webpackChunkName: "help" */ "./HelpPanel").then((m) => m.HelpPanel)
);
export const ConfirmPart = lazyPart<ConfirmDialogProps>(() =>
  import(/* webpackChunkName: "bevestig" */ "./ConfirmDialog").then((m) => m.default)
);

/** Office's theme as a Fluent theme; only the light one is in the initial bundle. */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return webLightTheme;
  const themes = await import(/* webpackChunkName: "thema" */ "./themes-extra");
  return kind === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}

/** Every part, loaded (for tests, and for a pane that wants everything before going offline). */
export async function preloadParts(): Promise<void> {
  await Promise.all([CalculatorTab, InsertTab, HelpTab, ConfirmPart].map((p) => p.preload()));
}
