/**
 * "Vergelijk met ander bestand…" in the Controle tab: the user picks one or more .xlsx files
 * (read in the check worker with the CLI's reader; nothing is uploaded), the open workbook is read
 * through the gateway, and the cross-document rules run in the worker as `ekv check a.xlsx b.xlsx`
 * runs them. Each document's type and year are identified as the CLI does, and can be set by hand
 * (as `--document`; CompareDetails.tsx). The findings go into the Controle tab's findings list
 * (see results.tsx: useCrossItems).
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { DocumentId } from "../core/documents";
import type { SheetData } from "../core/tables/model";
import { uniqueNames } from "../report/cross-items";
import { CheckCancelled, startCompare, type CompareRun } from "./check-client";
import type { CompareResult, PaneCheckResult } from "./check-protocol";
import { compareStrings } from "./compare-strings";
import { listSheets, readSheet } from "./excel-gateway";
import type { Strings } from "./strings";
import { CompareDetailsPart, FindingsPart, TimelinePart } from "./parts";
import { workbookName } from "./workbook-name";

const useStyles = makeStyles({
  column: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
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
      // The documents' part, the findings list and the timelines are fetched meanwhile.
      void Promise.all([
        CompareDetailsPart.preload(),
        FindingsPart.preload(),
        TimelinePart.preload(),
      ]).catch(() => undefined);
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

/** The button; once files are picked, the documents compared, progress and the summary. */
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
  const shown = state.files.length > 0;
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
        <Suspense fallback={<Text size={200}>{s.loadingPart}</Text>}>
          <CompareDetailsPart.Component s={s} compare={compare} />
        </Suspense>
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
