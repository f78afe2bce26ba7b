/**
 * The check as the pane runs it: read the sheets through the gateway (one at a time, with
 * progress), check them in the worker (progress per table, cancellable), and afterwards keep the
 * findings fresh: after a change in a checked sheet (debounced) re-read and re-check only the
 * table the change lies in (the whole sheet when it lies outside every table or on a header or
 * border; see live-refresh.ts), and redraw the cell marks when there are any, so nothing on
 * screen or in the sheet is left from before the change.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { CheckOptions, CheckResult, SheetData } from "../core/tables/model";
import { CheckCancelled, CheckRun, startCheck } from "./check-client";
import type { PaneCheckResult } from "./check-protocol";
import { workbookName } from "./workbook-name";
import {
  listSheets,
  markCells,
  onSheetChanged,
  readSheet,
  savedMarks,
  unmarkAll,
} from "./excel-gateway";
import { replaceSheets } from "../report/findings";
import { patchSheet, planRefresh, regionOf, replaceTable, sameTable } from "./live-refresh";

export type CheckScope = "sheet" | "workbook";

export interface CheckProgressState {
  phase: "read" | "check";
  index: number;
  total: number;
  sheet: string;
}

export interface CheckState {
  running: boolean;
  progress: CheckProgressState | null;
  /** The findings of the tables and, in `crossTable`, those between them. */
  result: PaneCheckResult | null;
  /** Names of the sheets the result covers, in workbook order. */
  sheets: string[];
  options: CheckOptions;
  /** The last failure (an Office error or the checker's own), shown through `Strings.unexpected`. */
  error: unknown;
  /** The last check was cancelled by the user; the result shown is the one before it. */
  cancelled: boolean;
  /** Name(s) of the sheet(s) whose change triggered the last automatic refresh. */
  refreshed: string | null;
  /** What the last refresh re-read: only the changed table(s), or whole sheet(s). */
  refreshedScope?: "table" | "sheet";
  /** Cells marked in the workbook (redrawn after every refresh), or null when none. */
  marked: number | null;
}

export const LIVE_DEBOUNCE_MS = 500;

const INITIAL: CheckState = {
  running: false,
  progress: null,
  result: null,
  sheets: [],
  options: {},
  error: null,
  cancelled: false,
  refreshed: null,
  marked: null,
};

/** One mark per cell, even when several rules report the same cell. */
export function cellsToMark(result: CheckResult): Array<{ sheet: string; address: string }> {
  const seen = new Map<string, { sheet: string; address: string }>();
  for (const f of result.findings) {
    const key = `${f.sheet}!${f.cell}`;
    if (!seen.has(key)) seen.set(key, { sheet: f.sheet, address: f.cell });
  }
  return [...seen.values()];
}

/** Removes the add-in's marks and marks the cells of `result`; returns the number marked. */
export async function redrawMarks(result: CheckResult | null): Promise<number> {
  await unmarkAll();
  const cells = result ? cellsToMark(result) : [];
  if (cells.length) await markCells(cells);
  return cells.length;
}

export function useChecker() {
  const [state, setState] = useState<CheckState>(() => ({
    ...INITIAL,
    marked: savedMarks().length ? savedMarks().length : null,
  }));
  const cache = useRef<SheetData[]>([]);
  /**
   * The state as last set, also before React has rendered it (a result shown as a transition
   * renders later): a refresh that starts meanwhile builds on it, not on what is on screen.
   */
  const current = useRef<CheckState>(state);
  /** Changed addresses per sheet since the last refresh. */
  const pending = useRef<Map<string, string[]>>(new Map());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsubscribe = useRef<(() => Promise<void>) | null>(null);
  const subscribing = useRef(false);
  const mounted = useRef(true);
  /** The full check in progress (Controleer werkblad/werkmap), cancelled by Afbreken. */
  const running = useRef<CheckRun | null>(null);
  /** The live refresh's check in progress; a full check cancels it. */
  const refreshing = useRef<CheckRun | null>(null);
  /** A live refresh is under way (reading or checking); the next one waits for it. */
  const refreshBusy = useRef(false);
  /** A full check is under way, from the click until its result or error is shown. */
  const checking = useRef(false);
  /** Counts full checks: a refresh started before one does not overwrite its result. */
  const generation = useRef(0);
  const cancelRequested = useRef(false);

  const update = useCallback((f: (st: CheckState) => CheckState) => {
    if (!mounted.current) return;
    const next = f(current.current);
    current.current = next;
    setState(next);
  }, []);
  /**
   * A new result as a transition: React renders the findings list in slices of a few
   * milliseconds, yielding to the page in between, instead of in one task.
   */
  const show = useCallback((f: (st: CheckState) => CheckState) => {
    if (!mounted.current) return;
    const next = f(current.current);
    current.current = next;
    startTransition(() => setState(next));
  }, []);

  const refresh = useCallback(async () => {
    timer.current = null;
    // A full check is running: it reads the sheets anew anyway.
    if (running.current) return;
    // One refresh at a time: each starts from the result of the one before. Changes made
    // meanwhile stay pending until this one is done.
    if (refreshBusy.current) return;
    const prev = current.current;
    const changes = new Map(pending.current);
    pending.current.clear();
    if (!prev.result) return;
    refreshBusy.current = true;
    const started = generation.current;
    const names = [...changes.keys()];
    const check = async (
      sheets: SheetData[],
      cross?: { file: string; only: string[] }
    ): Promise<PaneCheckResult> => {
      if (generation.current !== started) throw new CheckCancelled();
      const run = startCheck(sheets, prev.options, undefined, cross);
      refreshing.current = run;
      try {
        return await run.result;
      } finally {
        if (refreshing.current === run) refreshing.current = null;
      }
    };
    try {
      let tablesResult: PaneCheckResult = prev.result;
      const wholeSheets: string[] = [];
      for (const [sheet, plan] of planRefresh(tablesResult, changes)) {
        if (plan.kind === "tables") {
          // Only the tables the change lies in: read each with its title rows and a blank margin
          // and check it alone. Anything unexpected (the table changed shape) rereads the sheet.
          let ok = true;
          for (const index of plan.tables) {
            const table = tablesResult.tables[index];
            const region = regionOf(table, tablesResult.tables);
            const part = region ? await readSheet(sheet, region) : null;
            const cached = cache.current.find((c) => c.name === sheet);
            const fresh = part && cached && patchSheet(cached, part) ? await check([part]) : null;
            const at = fresh ? fresh.tables.findIndex((t) => sameTable(t, table)) : -1;
            if (!fresh || at < 0) {
              ok = false;
              break;
            }
            tablesResult = replaceTable(tablesResult, index, fresh, at);
          }
          if (ok) continue;
        }
        wholeSheets.push(sheet);
      }
      const fresh: SheetData[] = [];
      for (const name of wholeSheets) fresh.push(await readSheet(name));
      cache.current = cache.current.map((s) => fresh.find((f) => f.name === s.name) ?? s);
      // The changed sheets' table rules (none when only tables were rechecked above) and the
      // rules between tables, which see every sheet: a change in one table can make another
      // disagree with it.
      const checked = await check(cache.current, { file: workbookName(), only: wholeSheets });
      const result: PaneCheckResult = {
        ...replaceSheets(tablesResult, checked, wholeSheets, prev.sheets),
        crossTable: checked.crossTable ?? [],
      };
      // Marks of cells that are now right must go, new findings must be marked.
      // Marking stays on until the user removes it: redraw for the new findings.
      // A full check started meanwhile: its result is newer than this one.
      if (generation.current !== started) return;
      const marked = prev.marked !== null ? await redrawMarks(result) : null;
      if (generation.current !== started) return;
      show((st) => ({
        ...st,
        result,
        error: null,
        cancelled: false,
        refreshed: names.join(", "),
        refreshedScope: wholeSheets.length ? "sheet" : "table",
        marked,
      }));
    } catch (e) {
      if (e instanceof CheckCancelled || generation.current !== started) return;
      update((st) => ({ ...st, result: null, error: e, refreshed: null }));
    } finally {
      refreshBusy.current = false;
      // Changes that came in while this refresh ran.
      if (pending.current.size && !timer.current && mounted.current) {
        timer.current = setTimeout(() => void refreshRef.current(), 0);
      }
    }
  }, [show, update]);
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;

  const subscribe = useCallback(async () => {
    if (unsubscribe.current || subscribing.current) return;
    subscribing.current = true;
    try {
      unsubscribe.current = await onSheetChanged(({ sheet, address }) => {
        if (!cache.current.some((s) => s.name === sheet)) return;
        pending.current.set(sheet, [...(pending.current.get(sheet) ?? []), address]);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void refresh(), LIVE_DEBOUNCE_MS);
      });
    } finally {
      subscribing.current = false;
    }
  }, [refresh]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current) clearTimeout(timer.current);
      running.current?.cancel();
      refreshing.current?.cancel();
      const off = unsubscribe.current;
      unsubscribe.current = null;
      if (off) off().catch(() => undefined);
    };
  }, []);

  const run = useCallback(
    async (scope: CheckScope, checkOptions: CheckOptions) => {
      // The buttons are disabled once the state below is rendered; a second click before that
      // (the state is rendered as a transition, so that no task renders the whole pane) is the
      // same request.
      if (checking.current) return;
      checking.current = true;
      cancelRequested.current = false;
      generation.current++;
      refreshing.current?.cancel();
      show((st) => ({
        ...st,
        running: true,
        error: null,
        cancelled: false,
        refreshed: null,
        progress: null,
      }));
      try {
        const sheets: SheetData[] = [];
        if (scope === "sheet") {
          sheets.push(await readSheet());
        } else {
          const names = await listSheets();
          for (let i = 0; i < names.length; i++) {
            if (cancelRequested.current) throw new CheckCancelled();
            update((st) => ({
              ...st,
              progress: { phase: "read", index: i + 1, total: names.length, sheet: names[i] },
            }));
            sheets.push(await readSheet(names[i]));
          }
        }
        if (cancelRequested.current) throw new CheckCancelled();
        const checkRun = startCheck(
          sheets,
          checkOptions,
          (p) =>
            update((st) => ({
              ...st,
              progress: { phase: "check", index: p.done, total: p.total, sheet: p.sheet },
            })),
          { file: workbookName() }
        );
        running.current = checkRun;
        let result: PaneCheckResult;
        try {
          result = await checkRun.result;
        } finally {
          if (running.current === checkRun) running.current = null;
        }
        cache.current = sheets;
        const marked = current.current.marked !== null ? await redrawMarks(result) : null;
        show((st) => ({
          ...st,
          running: false,
          progress: null,
          result,
          sheets: sheets.map((s) => s.name),
          options: checkOptions,
          marked,
        }));
        await subscribe();
      } catch (e) {
        if (e instanceof CheckCancelled) {
          update((st) => ({ ...st, running: false, progress: null, cancelled: true }));
        } else {
          // An old result under an error message would look current: clear it.
          update((st) => ({ ...st, running: false, progress: null, result: null, error: e }));
        }
      } finally {
        checking.current = false;
      }
    },
    [show, subscribe, update]
  );

  const cancel = useCallback(() => {
    cancelRequested.current = true;
    running.current?.cancel();
  }, []);

  const setMarked = useCallback(
    (marked: number | null) => update((st) => ({ ...st, marked })),
    [update]
  );

  return { state, run, cancel, setMarked };
}
