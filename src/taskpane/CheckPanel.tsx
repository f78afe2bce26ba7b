/**
 * The Controle tab: check the sheet or workbook, the options (saved with the workbook), progress
 * and cancel, the summary, marking the cells, the report sheet, and the findings list.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import { Suspense, useEffect, useState } from "react";
import type { CheckOptions } from "../core/tables/model";
import {
  readDocumentSetting,
  selectCell,
  sheetExists,
  unmarkAll,
  writeDocumentSetting,
  writeReportSheet,
} from "./excel-gateway";
import { CompareSection, CrossTableNote, useCompare } from "./ComparePanel";
import { NoticeBar, useNoticeAction } from "./notice";
import { ConfirmPart, CoveragePart, FindingsPart, OptionsPart } from "./parts";
import { REPORT_SHEET, summaryText } from "./report";
import type { Strings } from "./strings";
import type { CheckScope, CheckState } from "./use-checker";
import { redrawMarks } from "./use-checker";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "8px", minWidth: 0 },
  buttons: {
    display: "flex",
    gap: "6px",
    flexWrap: "wrap",
    "& > button": { flexGrow: 1, minWidth: 0 },
  },
  disclosure: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    padding: "2px 0",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: "pointer",
    textAlign: "left",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  options: { display: "flex", flexDirection: "column", gap: "4px", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** What the pane remembers per workbook (document settings). */
export const OPTIONS_SETTING = "ekv.opties";
export const WELCOME_KEY = "ekv.welkom-gezien";

export interface SavedOptions {
  tolerance: string;
  rounding: boolean;
  ceiling: "bruto" | "netto";
}

export const DEFAULT_OPTIONS: SavedOptions = { tolerance: "0", rounding: false, ceiling: "bruto" };

/** The saved options, or the defaults for anything missing or malformed. */
export function loadOptions(): SavedOptions {
  const raw = readDocumentSetting(OPTIONS_SETTING) as Partial<SavedOptions> | null;
  if (!raw || typeof raw !== "object") return DEFAULT_OPTIONS;
  return {
    tolerance: typeof raw.tolerance === "string" ? raw.tolerance : DEFAULT_OPTIONS.tolerance,
    rounding: raw.rounding === true,
    ceiling: raw.ceiling === "netto" ? "netto" : "bruto",
  };
}

function welcomeSeen(): boolean {
  try {
    return window.localStorage?.getItem(WELCOME_KEY) === "1";
  } catch {
    return false;
  }
}

function FirstRun({ s, onClose }: { s: Strings; onClose: () => void }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="first-run">
      <MessageBarBody>
        <MessageBarTitle>{s.welcomeTitle}</MessageBarTitle>
        {s.welcomeBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onClose}>
          {s.welcomeDismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function CheckPanel({
  s,
  state,
  run,
  cancel,
  setMarked,
}: {
  s: Strings;
  state: CheckState;
  run: (scope: CheckScope, options: CheckOptions) => Promise<void>;
  cancel: () => void;
  setMarked: (n: number | null) => void;
}) {
  const styles = useStyles();
  const [opts, setOpts] = useState<SavedOptions>(loadOptions);
  const [showOptions, setShowOptions] = useState(false);
  const [welcome, setWelcome] = useState(() => !welcomeSeen());
  const [confirm, setConfirm] = useState(false);
  const { notice, setNotice, busy, run: act } = useNoticeAction(s);

  // A new check or refresh makes the previous action's message ("6 cellen gemarkeerd") outdated.
  useEffect(() => setNotice(null), [state.result, setNotice]);

  const start = async (scope: CheckScope) => {
    // The list for the result is fetched while the check runs (a failed fetch shows when rendered).
    void Promise.all([FindingsPart.preload(), CoveragePart.preload()]).catch(() => undefined);
    // The tolerance is read with the core's amount parser, loaded with the first check.
    const { toCheckOptions } = await import("./options");
    const checked = toCheckOptions(opts, s);
    if (!checked.ok) {
      // The options show why.
      setShowOptions(true);
      return;
    }
    writeDocumentSetting(OPTIONS_SETTING, opts);
    void run(scope, checked.options);
  };
  const dismissWelcome = () => {
    setWelcome(false);
    try {
      window.localStorage?.setItem(WELCOME_KEY, "1");
    } catch {
      // Private mode: the card shows again next time, nothing else is lost.
    }
  };

  const result = state.result;
  const compare = useCompare();
  const crossFound =
    (result?.crossTable?.length ?? 0) + (compare.state.result?.findings.length ?? 0);
  const errors = result?.findings.filter((f) => f.severity === "error").length ?? 0;

  const mark = () =>
    act(async () => {
      const n = await redrawMarks(result);
      setMarked(n);
      return { intent: "success", text: n ? s.marked(n) : s.nothingToMark };
    });
  const unmark = () =>
    act(async () => {
      const n = await unmarkAll();
      setMarked(null);
      return { intent: "success", text: s.unmarked(n) };
    });
  const writeReport = async (replace: boolean) => {
    if (!result) return;
    // The report sheet is part of the workbook, which goes to parliament: always Dutch.
    const { buildReportRows } = await import(/* webpackChunkName: "rapport" */ "./report-sheet");
    const report = buildReportRows(result, state.sheets, state.options, new Date());
    await writeReportSheet(REPORT_SHEET, report.rows, {
      replace,
      boldRows: report.boldRows,
      numberFormat: report.numberFormat,
    });
  };
  const startReport = () =>
    act(async () => {
      if (await sheetExists(REPORT_SHEET)) {
        // The dialog is a chunk of its own: load it before opening, so it opens in one step.
        await ConfirmPart.preload();
        setConfirm(true);
        return null;
      }
      await writeReport(false);
      return { intent: "success", text: s.reportWritten };
    });
  const replaceReport = () => {
    setConfirm(false);
    void act(async () => {
      await writeReport(true);
      return { intent: "success", text: s.reportWritten };
    });
  };
  const cancelReport = () => {
    setConfirm(false);
    setNotice({ intent: "info", text: s.reportCancelled });
  };

  return (
    <div className={styles.column}>
      {welcome && <FirstRun s={s} onClose={dismissWelcome} />}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabledFocusable={state.running}
          onClick={() => void start("sheet")}
        >
          {s.checkSheet}
        </Button>
        <Button disabledFocusable={state.running} onClick={() => void start("workbook")}>
          {s.checkWorkbook}
        </Button>
      </div>
      <div>
        <button
          type="button"
          className={styles.disclosure}
          aria-expanded={showOptions}
          aria-controls="controle-opties"
          onClick={() => setShowOptions((x) => !x)}
        >
          {showOptions ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          {s.optionsLabel}: {s.optionsSummary(opts.tolerance, opts.rounding, opts.ceiling)}
        </button>
        {showOptions && (
          <div id="controle-opties" className={styles.options}>
            <Suspense fallback={<Text size={200}>{s.loadingPart}</Text>}>
              <OptionsPart.Component s={s} opts={opts} onChange={setOpts} />
            </Suspense>
          </div>
        )}
      </div>
      <CompareSection s={s} compare={compare} disabled={state.running} />
      <div aria-live="polite" className={styles.column}>
        {state.running && (
          <>
            <Field
              validationMessage={
                state.progress
                  ? state.progress.phase === "read"
                    ? s.progress(state.progress.index, state.progress.total, state.progress.sheet)
                    : s.progressCheck(
                        state.progress.index,
                        state.progress.total,
                        state.progress.sheet
                      )
                  : s.checking
              }
              validationState="none"
            >
              <ProgressBar
                value={
                  state.progress && state.progress.total
                    ? state.progress.index / state.progress.total
                    : undefined
                }
                aria-label={s.checking}
              />
            </Field>
            <div>
              <Button size="small" onClick={cancel}>
                {s.cancelCheck}
              </Button>
            </div>
          </>
        )}
        {state.cancelled && !state.running && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody data-testid="cancelled">{s.checkCancelled}</MessageBarBody>
          </MessageBar>
        )}
        {state.error !== null && !state.running && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody data-testid="check-error">{s.unexpected(state.error)}</MessageBarBody>
          </MessageBar>
        )}
        {result && !state.running && (
          <MessageBar
            layout="multiline"
            intent={
              errors
                ? "error"
                : result.findings.length
                  ? "warning"
                  : result.tables.length
                    ? "success"
                    : "info"
            }
          >
            <MessageBarBody data-testid="summary">
              {summaryText(result, s)}
              {state.refreshed ? ` ${s.refreshed(state.refreshed)}` : ""}
            </MessageBarBody>
          </MessageBar>
        )}
        {!state.running && <CrossTableNote s={s} result={result} />}
      </div>
      {result && (
        <div className={styles.buttons}>
          <Button
            size="small"
            disabledFocusable={busy || state.running}
            onClick={() => void mark()}
          >
            {s.mark}
          </Button>
          <Button
            size="small"
            disabledFocusable={busy || state.marked === null}
            onClick={() => void unmark()}
          >
            {s.unmark}
          </Button>
          <Button
            size="small"
            disabledFocusable={busy || state.running}
            onClick={() => void startReport()}
          >
            {s.writeReport}
          </Button>
        </div>
      )}
      {result && state.marked !== null && !notice && (
        <Text size={200} className={styles.meta} data-testid="marked">
          {s.marked(state.marked)}
        </Text>
      )}
      <NoticeBar notice={notice} />
      {(result || crossFound > 0) && (
        <Suspense fallback={<Text size={200}>{s.loadingPart}</Text>}>
          <FindingsPart.Component
            result={result}
            compared={compare.state.result}
            workbookFile={compare.state.workbookFile}
            s={s}
            stale={state.running || compare.state.running}
            onSelect={(item) => {
              selectCell({ sheet: item.sheet, address: item.cell }).catch((e: unknown) =>
                setNotice({ intent: "error", text: s.unexpected(e) })
              );
            }}
          />
        </Suspense>
      )}
      {result && (
        <Suspense fallback={null}>
          <CoveragePart.Component
            tables={result.tables}
            s={s}
            stale={state.running}
            onSelect={(ref) => {
              selectCell(ref).catch((e: unknown) =>
                setNotice({ intent: "error", text: s.unexpected(e) })
              );
            }}
          />
        </Suspense>
      )}
      {result && result.tables.length > 0 && (
        <Text size={200} as="p" className={styles.meta}>
          {s.live}
        </Text>
      )}
      {confirm && (
        <Suspense fallback={null}>
          <ConfirmPart.Component
            title={s.confirmTitle}
            body={s.confirmBody}
            safe={s.cancel}
            act={s.replace}
            onSafe={cancelReport}
            onAct={replaceReport}
          />
        </Suspense>
      )}
    </div>
  );
}
