/**
 * The check as the pane runs it: read the sheets through the gateway (one at a time, yielding to
 * the event loop between sheets so the pane stays responsive and shows progress), run the core
 * checker, and afterwards keep the findings fresh: after a change in a checked sheet (debounced),
 * re-read only that sheet and re-run the checker on the cached sheets.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { checkSheets } from "../core/tables";
import type { CheckOptions, CheckResult, SheetData } from "../core/tables/model";
import { listSheets, onSheetChanged, readSheet } from "./excel-gateway";

export type CheckScope = "sheet" | "workbook";

export interface CheckState {
  running: boolean;
  progress: { index: number; total: number; sheet: string } | null;
  result: CheckResult | null;
  /** Names of the sheets the result covers. */
  sheets: string[];
  options: CheckOptions;
  error: string | null;
  /** Name of the sheet whose change triggered the last automatic refresh. */
  refreshed: string | null;
}

export const LIVE_DEBOUNCE_MS = 500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function useChecker() {
  const [state, setState] = useState<CheckState>({
    running: false,
    progress: null,
    result: null,
    sheets: [],
    options: {},
    error: null,
    refreshed: null,
  });
  const cache = useRef<SheetData[]>([]);
  const options = useRef<CheckOptions>({});
  const pending = useRef<Set<string>>(new Set());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsubscribe = useRef<(() => Promise<void>) | null>(null);
  const subscribing = useRef(false);
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    timer.current = null;
    const names = [...pending.current];
    pending.current.clear();
    try {
      for (const name of names) {
        const fresh = await readSheet(name);
        cache.current = cache.current.map((s) => (s.name === name ? fresh : s));
      }
      const result = checkSheets(cache.current, options.current);
      if (mounted.current) {
        setState((st) => ({ ...st, result, error: null, refreshed: names.join(", ") }));
      }
    } catch (e) {
      if (mounted.current) setState((st) => ({ ...st, error: messageOf(e) }));
    }
  }, []);

  const subscribe = useCallback(async () => {
    if (unsubscribe.current || subscribing.current) return;
    subscribing.current = true;
    try {
      unsubscribe.current = await onSheetChanged(({ sheet }) => {
        if (!cache.current.some((s) => s.name === sheet)) return;
        pending.current.add(sheet);
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
      const off = unsubscribe.current;
      unsubscribe.current = null;
      if (off) off().catch(() => undefined);
    };
  }, []);

  const run = useCallback(
    async (scope: CheckScope, checkOptions: CheckOptions) => {
      options.current = checkOptions;
      setState((st) => ({ ...st, running: true, error: null, refreshed: null, progress: null }));
      try {
        const sheets: SheetData[] = [];
        if (scope === "sheet") {
          sheets.push(await readSheet());
        } else {
          const names = await listSheets();
          for (let i = 0; i < names.length; i++) {
            if (mounted.current) {
              setState((st) => ({
                ...st,
                progress: { index: i + 1, total: names.length, sheet: names[i] },
              }));
            }
            await yieldToEventLoop();
            sheets.push(await readSheet(names[i]));
          }
        }
        await yieldToEventLoop();
        const result = checkSheets(sheets, checkOptions);
        cache.current = sheets;
        if (!mounted.current) return;
        setState((st) => ({
          ...st,
          running: false,
          progress: null,
          result,
          sheets: sheets.map((s) => s.name),
          options: checkOptions,
        }));
        await subscribe();
      } catch (e) {
        if (mounted.current) {
          setState((st) => ({ ...st, running: false, progress: null, error: messageOf(e) }));
        }
      }
    },
    [subscribe]
  );

  return { state, run };
}
