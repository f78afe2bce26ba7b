/**
 * The pane's parts loaded on demand, each its own chunk (webpack names them after the
 * webpackChunkName comments). What the pane shows when it opens (the tabs, the Controle tab's
 * buttons) needs none of src/core; everything that does is here, so that taskpane.html loads the
 * core (with decimal.js) only when a check, a comparison or one of these parts needs it.
 * `preloadParts` fetches them all (tests; the pane itself loads a part when it is first shown).
 */
import { webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import { preloadFunctions } from "../functions/lazy";
import type { ComponentProps } from "react";
import type { CompareDetailsProps } from "./CompareDetails";
import type { ConfirmDialogProps } from "./ConfirmDialog";
import type { CoverageListProps } from "./CoverageList";
import { lazyPart } from "./lazy";
import type { InsertPanelProps } from "./OtherPanels";
import type { OptionsFieldsProps } from "./OptionsFields";
import type { CheckFindingsProps } from "./results";
import type { Strings } from "./strings";
import type { ThemeKind } from "./theme";
import type { TimelineView } from "./TimelineView";

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

// The Controle tab's results (findings, coverage, a comparison's timelines): one chunk, with the
// rule metadata and amount formatting of the core; fetched when a check or comparison starts.
const results = () => import(/* webpackChunkName: "resultaten" */ "./results");
export const FindingsPart = lazyPart<CheckFindingsProps>(() =>
  results().then((m) => m.CheckFindings)
);
export const CoveragePart = lazyPart<CoverageListProps>(() =>
  results().then((m) => m.CoverageList)
);
export const TimelinePart = lazyPart<ComponentProps<typeof TimelineView>>(() =>
  results().then((m) => m.TimelineView)
);
/** A comparison's documents, progress and summary (once files are picked). */
export const CompareDetailsPart = lazyPart<CompareDetailsProps>(() =>
  import(/* webpackChunkName: "vergelijken" */ "./CompareDetails").then((m) => m.CompareDetails)
);
/** The options' fields (folded when the pane opens). */
export const OptionsPart = lazyPart<OptionsFieldsProps>(() =>
  import(/* webpackChunkName: "opties" */ "./OptionsFields").then((m) => m.OptionsFields)
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
  await Promise.all(
    [
      CalculatorTab,
      InsertTab,
      HelpTab,
      ConfirmPart,
      FindingsPart,
      CoveragePart,
      TimelinePart,
      OptionsPart,
      CompareDetailsPart,
    ].map((p) => p.preload())
  );
}
