/**
 * "Vergelijk met ander bestand…" in the Controle tab: the user picks one or more .xlsx files
 * (read in the check worker with the CLI's reader; nothing is uploaded), the open workbook is read
 * through the gateway, and the cross-document rules run in the worker as `ekv check a.xlsx b.xlsx`
 * runs them. Each document's type and year are identified as the CLI does, and can be set by hand
 * (as `--document`). The findings go into the Controle tab's findings list (see results.tsx: useCrossItems).
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import {
  documentLabel,
  type DocumentId,
  type DocumentIdentification,
  type DocumentType,
} from "../core/documents";
import type { SheetData } from "../core/tables/model";
import { uniqueNames } from "../report/cross-items";
import { CheckCancelled, startCompare, type CompareRun } from "./check-client";
import type { CompareResult, PaneCheckResult } from "./check-protocol";
import { compareStrings } from "./compare-strings";
import { listSheets, readSheet } from "./excel-gateway";
import type { Strings } from "./strings";
import { FindingsPart, TimelinePart } from "./parts";
import { THIS_WORKBOOK, workbookName } from "./workbook-name";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  heading: { margin: "4px 0 0", fontSize: tokens.fontSizeBase300 },
  doc: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
    paddingTop: "4px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  pickers: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    gap: "6px",
  },
  select: { minWidth: 0, width: "100%" },
  buttons: {
    display: "flex",
    gap: "6px",
    flexWrap: "wrap",
    "& > button": { flexGrow: 1, minWidth: 0 },
  },
  hidden: { display: "none" },
});

/** A picked file as the page keeps it: its bytes (sent again for every comparison) and override. */
export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
  document?: DocumentId;
}

export interface CompareState {
  running: boolean;
  /** Reading the workbook's sheets, or the other files in the worker. */
  progress: { phase: "workbook" | "files"; index: number; total: number; name: string } | null;
  files: PickedFile[];
  /** The open workbook's document when set by hand. */
  workbookDocument?: DocumentId;
  /** The name the findings give the open workbook. */
  workbookFile: string;
  result: CompareResult | null;
  error: unknown;
  cancelled: boolean;
}

const INITIAL: CompareState = {
  running: false,
  progress: null,
  files: [],
  workbookFile: "",
  result: null,
  error: null,
  cancelled: false,
};

/** A file's bytes; Blob.arrayBuffer is missing in older webviews (and jsdom), FileReader is not. */
export function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () =>
      reject(reader.error ?? new Error("Het bestand kon niet worden gelezen."));
    reader.readAsArrayBuffer(file);
  });
}

export function useCompare() {
  const [state, setState] = useState<CompareState>(INITIAL);
  const current = useRef(state);
  current.current = state;
  const running = useRef<CompareRun | null>(null);
  const cancelRequested = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      running.current?.cancel();
    };
  }, []);
  const update = useCallback((f: (st: CompareState) => CompareState) => {
    if (mounted.current) setState(f);
  }, []);

  const compare = useCallback(
    async (files: PickedFile[], workbookDocument: DocumentId | undefined) => {
      running.current?.cancel();
      cancelRequested.current = false;
      // The findings list and the timelines are fetched while the files are compared.
      void Promise.all([FindingsPart.preload(), TimelinePart.preload()]).catch(() => undefined);
      const file = workbookName();
      update((st) => ({
        ...st,
        files,
        workbookDocument,
        workbookFile: file,
        running: true,
        progress: null,
        error: null,
        cancelled: false,
      }));
      try {
        const names = await listSheets();
        const sheets: SheetData[] = [];
        for (let i = 0; i < names.length; i++) {
          if (cancelRequested.current) throw new CheckCancelled();
          update((st) => ({
            ...st,
            progress: { phase: "workbook", index: i + 1, total: names.length, name: names[i] },
          }));
          sheets.push(await readSheet(names[i]));
        }
        if (cancelRequested.current) throw new CheckCancelled();
        const run = startCompare(sheets, { file, document: workbookDocument }, files, (p) =>
          update((st) => ({
            ...st,
            progress: { phase: "files", index: p.done + 1, total: p.total, name: p.sheet },
          }))
        );
        running.current = run;
        let result: CompareResult;
        try {
          result = await run.result;
        } finally {
          if (running.current === run) running.current = null;
        }
        update((st) => ({ ...st, running: false, progress: null, result }));
      } catch (e) {
        if (e instanceof CheckCancelled) {
          update((st) => ({ ...st, running: false, progress: null, cancelled: true }));
        } else {
          update((st) => ({ ...st, running: false, progress: null, result: null, error: e }));
        }
      }
    },
    [update]
  );

  /** Reads the picked files' bytes on the page and compares. */
  const pick = useCallback(
    async (list: File[]) => {
      if (!list.length) return;
      const picked: PickedFile[] = [];
      const names = uniqueNames(
        list.map((f) => f.name),
        [workbookName()]
      );
      for (const [i, f] of list.entries()) {
        picked.push({ name: names[i], bytes: await bytesOf(f) });
      }
      await compare(picked, current.current.workbookDocument);
    },
    [compare]
  );

  /** Sets (or, with undefined, clears) the document of a file, or of the workbook (`null`). */
  const setDocument = useCallback(
    (file: string | null, document: DocumentId | undefined) => {
      const st = current.current;
      const files =
        file === null ? st.files : st.files.map((f) => (f.name === file ? { ...f, document } : f));
      void compare(files, file === null ? document : st.workbookDocument);
    },
    [compare]
  );

  const again = useCallback(() => {
    const st = current.current;
    void compare(st.files, st.workbookDocument);
  }, [compare]);

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    running.current?.cancel();
  }, []);

  const close = useCallback(() => {
    cancelRequested.current = true;
    running.current?.cancel();
    update(() => INITIAL);
  }, [update]);

  return { state, pick, setDocument, again, cancel, close };
}

export type CompareApi = ReturnType<typeof useCompare>;

const YEARS_BACK = 12;
const YEARS_AHEAD = 4;

function DocumentPicker({
  identification,
  chosen,
  label,
  disabled,
  onChange,
  s,
}: {
  identification: DocumentIdentification | undefined;
  chosen: DocumentId | undefined;
  label: string;
  disabled: boolean;
  onChange: (d: DocumentId | undefined) => void;
  s: Strings;
}) {
  const styles = useStyles();
  const c = compareStrings(s);
  const shown = chosen ?? identification?.id ?? undefined;
  const thisYear = new Date().getFullYear();
  const year = shown?.year ?? thisYear;
  const years: number[] = [];
  for (
    let y = Math.min(year, thisYear - YEARS_BACK);
    y <= Math.max(year, thisYear + YEARS_AHEAD);
    y++
  )
    years.push(y);
  return (
    <div className={styles.pickers}>
      <Field label={c.typeShort} size="small">
        <Select
          size="small"
          aria-label={c.documentType(label)}
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled}
          value={chosen ? chosen.type : ""}
          onChange={(_, d) =>
            onChange(d.value === "" ? undefined : { type: d.value as DocumentType, year })
          }
        >
          <option value="">
            {c.automatic}
            {identification?.id ? `: ${documentLabel(identification.id)}` : ""}
          </option>
          <option value="begroting">{c.begroting}</option>
          <option value="jaarverslag">{c.jaarverslag}</option>
        </Select>
      </Field>
      <Field label={c.yearShort} size="small">
        <Select
          size="small"
          aria-label={c.documentYear(label)}
          className={styles.select}
          select={{ className: styles.select }}
          disabled={disabled || !chosen}
          value={String(year)}
          onChange={(_, d) => chosen && onChange({ type: chosen.type, year: Number(d.value) })}
        >
          {years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

/** The button, the documents compared (with their type and year), progress and the summary. */
export function CompareSection({
  s,
  compare,
  disabled = false,
}: {
  s: Strings;
  compare: CompareApi;
  disabled?: boolean;
}) {
  const styles = useStyles();
  const c = compareStrings(s);
  const input = useRef<HTMLInputElement>(null);
  const { state } = compare;
  const docOf = (file: string) => state.result?.documents.find((d) => d.file === file);
  const errorOf = (file: string) => state.result?.errors.find((e) => e.file === file);
  const shown = state.files.length > 0;
  const compared = state.result?.documents.filter((d) => d.id).length ?? 0;
  const findings = state.result?.findings ?? [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;

  const docBlock = (file: string, label: string, chosen: DocumentId | undefined, own: boolean) => {
    const ident = docOf(file);
    const unreadable = errorOf(file);
    return (
      <div key={`${own ? "w" : "f"}:${file}`} className={styles.doc} data-testid="compare-document">
        <Text size={200} className={styles.name}>
          {!own ? file : file === THIS_WORKBOOK ? file : `${file} (${c.thisWorkbook})`}
        </Text>
        {unreadable ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody data-testid="compare-file-error">
              {c.unreadable(file, unreadable.message)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {ident && (
              <Text size={200} className={styles.meta} data-testid="compare-identified">
                {ident.id
                  ? c.identified(documentLabel(ident.id), ident.reason)
                  : c.unknown(ident.reason)}
              </Text>
            )}
            <DocumentPicker
              identification={ident}
              chosen={chosen}
              label={label}
              disabled={state.running}
              s={s}
              onChange={(d) => compare.setDocument(own ? null : file, d)}
            />
          </>
        )}
      </div>
    );
  };

  return (
    <div className={styles.column}>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={c.pickLabel}
        className={styles.hidden}
        data-testid="compare-input"
        onChange={(e) => {
          const list = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          void compare.pick(list);
        }}
      />
      <div className={styles.buttons}>
        <Button
          disabledFocusable={disabled || state.running}
          onClick={() => input.current?.click()}
          title={c.compareHint}
        >
          {c.compareButton}
        </Button>
      </div>
      {shown && (
        <section className={styles.column} aria-label={c.compareHeading} data-testid="compare">
          {docBlock(state.workbookFile, c.thisWorkbook, state.workbookDocument, true)}
          {state.files.map((f) => docBlock(f.name, f.name, f.document, false))}
          <div aria-live="polite" className={styles.column}>
            {state.running && (
              <>
                <Field
                  validationMessage={
                    state.progress
                      ? state.progress.phase === "workbook"
                        ? s.progress(
                            state.progress.index,
                            state.progress.total,
                            state.progress.name
                          )
                        : c.reading(state.progress.index, state.progress.total, state.progress.name)
                      : c.comparing
                  }
                  validationState="none"
                >
                  <ProgressBar aria-label={c.comparing} />
                </Field>
                <div>
                  <Button size="small" onClick={compare.cancel}>
                    {s.cancelCheck}
                  </Button>
                </div>
              </>
            )}
            {state.cancelled && !state.running && (
              <Text size={200} className={styles.meta}>
                {c.cancelled}
              </Text>
            )}
            {state.error !== null && !state.running && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody data-testid="compare-error">
                  {s.unexpected(state.error)}
                </MessageBarBody>
              </MessageBar>
            )}
            {state.result && !state.running && (
              <MessageBar
                layout="multiline"
                intent={
                  compared < 2
                    ? "info"
                    : errors
                      ? "error"
                      : warnings
                        ? "warning"
                        : findings.length
                          ? "info"
                          : "success"
                }
              >
                <MessageBarBody data-testid="compare-summary">
                  {compared < 2 ? c.notCompared : c.summary(findings)}
                </MessageBarBody>
              </MessageBar>
            )}
            {state.result && !state.running && (
              <Suspense fallback={null}>
                <TimelinePart.Component timelines={state.result.timelines} idPrefix="vergelijk" />
              </Suspense>
            )}
          </div>
          <div className={styles.buttons}>
            <Button size="small" disabledFocusable={state.running} onClick={compare.again}>
              {c.again}
            </Button>
            <Button size="small" onClick={compare.close}>
              {c.close}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}

/** A one-line count of the findings between the checked tables, when there are any. */
export function CrossTableNote({ s, result }: { s: Strings; result: PaneCheckResult | null }) {
  const styles = useStyles();
  const findings = result?.crossTable ?? [];
  if (!findings.length) return null;
  return (
    <Text size={200} className={styles.meta} data-testid="cross-table-summary">
      {compareStrings(s).crossTable(findings)}
    </Text>
  );
}
