/**
 * The page's side of the check worker: `startCheck` sends the sheets in chunks (yielding between
 * them), reports progress, and can be cancelled. Where no worker can be made (tests in jsdom, a
 * host without workers) the same handler runs on the page, after the chunks, as one task.
 */
import type { DocumentId } from "../core/documents";
import type { CheckOptions, SheetData } from "../core/tables/model";
import {
  CompareResult,
  CrossTableRequest,
  FromWorker,
  OtherFile,
  PaneCheckResult,
  ToWorker,
  messagesFor,
  messagesWith,
} from "./check-protocol";
import { yieldToEventLoop } from "./yield";

export interface WorkerLike {
  postMessage(m: ToWorker): void;
  terminate(): void;
  onmessage: ((e: { data: FromWorker }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
}

export class CheckCancelled extends Error {
  constructor() {
    super("Controle afgebroken.");
    this.name = "CheckCancelled";
  }
}

export interface CheckProgressInfo {
  done: number;
  total: number;
  sheet: string;
}

export interface CheckRun {
  result: Promise<PaneCheckResult>;
  cancel(): void;
}

let factory: (() => WorkerLike) | null = null;
let worker: WorkerLike | null = null;
let nextId = 1;

/** Set by the page's entry (webpack builds the worker); tests may set a fake. */
export function setWorkerFactory(f: (() => WorkerLike) | null): void {
  worker?.terminate();
  worker = null;
  factory = f;
}

/**
 * Where no worker can be made (tests in jsdom, a host without workers), the worker's handler runs
 * on the page. It is loaded on first use: the page's bundle carries only the messages, not the
 * rules and the reader the handler runs.
 */
function inPage(): WorkerLike {
  let handler: Promise<(m: ToWorker) => void> | null = null;
  let closed = false;
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(m) {
      handler ??= import("./check-handler").then((h) =>
        h.createCheckHandler((out) => {
          if (!closed) w.onmessage?.({ data: out });
        })
      );
      // Callbacks on one promise run in the order they were added: the messages stay in order.
      void handler.then(
        (handle) => {
          if (!closed) handle(m);
        },
        (e: unknown) => w.onerror?.({ message: e instanceof Error ? e.message : String(e) })
      );
    },
    terminate() {
      closed = true;
      w.onmessage = null;
    },
  };
  return w;
}

/**
 * Sends `messages` (job `id`) to the worker, yielding to the page between row chunks; `accept`
 * turns the worker's final answer into the job's result (or undefined for other messages).
 */
function runJob<T>(
  id: number,
  messages: Iterable<ToWorker>,
  accept: (m: FromWorker) => T | undefined,
  onProgress?: (p: CheckProgressInfo) => void
): { result: Promise<T>; cancel(): void } {
  let cancelled = false;
  let rejectRun: (e: unknown) => void = () => undefined;
  const result = new Promise<T>((resolve, reject) => {
    rejectRun = reject;
    const w = factory ? (worker ??= factory()) : inPage();
    w.onmessage = (e) => {
      const m = e.data;
      if (m.id !== id || cancelled) return;
      if (m.type === "progress") onProgress?.({ done: m.done, total: m.total, sheet: m.sheet });
      else if (m.type === "error") reject(new Error(m.message));
      else {
        const value = accept(m);
        if (value !== undefined) resolve(value);
      }
    };
    w.onerror = (e) => {
      if (w === worker) worker = null;
      w.terminate();
      reject(new Error(e.message || "De controle kon niet starten."));
    };
    void (async () => {
      for (const m of messages) {
        if (cancelled) return;
        w.postMessage(m);
        if (m.type === "rows") await yieldToEventLoop();
      }
    })();
  });
  return {
    result,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      // A worker busy with a check cannot be interrupted: replace it.
      worker?.terminate();
      worker = null;
      rejectRun(new CheckCancelled());
    },
  };
}

export function startCheck(
  sheets: SheetData[],
  options: CheckOptions,
  onProgress?: (p: CheckProgressInfo) => void,
  crossTable?: CrossTableRequest
): CheckRun {
  const id = nextId++;
  return runJob(
    id,
    messagesFor(id, sheets, options, crossTable),
    (m) => (m.type === "result" ? m.result : undefined),
    onProgress
  );
}

export interface CompareRun {
  result: Promise<CompareResult>;
  cancel(): void;
}

/**
 * Compares the open workbook (`sheets`, named `workbook.file`) with other .xlsx files, read in
 * the worker with the CLI's reader. Progress counts the files read.
 */
export function startCompare(
  sheets: SheetData[],
  workbook: { file: string; document?: DocumentId },
  others: OtherFile[],
  onProgress?: (p: CheckProgressInfo) => void
): CompareRun {
  const id = nextId++;
  return runJob(
    id,
    messagesWith(id, sheets, { type: "compare", id, workbook, others }),
    (m) => (m.type === "compared" ? m.result : undefined),
    onProgress
  );
}
