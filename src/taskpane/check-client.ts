/**
 * The page's side of the check worker: `startCheck` and `startCompare` send their sheets in
 * chunks (yielding between them), report progress, and can be cancelled. The pane shares one
 * worker between its jobs — a check, a live refresh, the re-check after inserting a template, a
 * comparison — which may overlap: every job has its own id, the worker keeps each job's sheets
 * apart, and every answer goes to the job whose id it carries. Where no worker can be made (tests
 * in jsdom, a host without workers) the same handler runs on the page, after the chunks.
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

/** A job in flight: what to do with the worker's answers to its id. */
interface Job {
  worker: WorkerLike;
  answer(m: FromWorker): void;
  fail(e: Error): void;
}

let factory: (() => WorkerLike) | null = null;
let worker: WorkerLike | null = null;
const jobs = new Map<number, Job>();
let nextId = 1;

/** Set by the page's entry (webpack builds the worker); tests may set a fake. */
export function setWorkerFactory(f: (() => WorkerLike) | null): void {
  const old = worker;
  worker = null;
  factory = f;
  if (!old) return;
  old.terminate();
  for (const job of [...jobs.values()]) if (job.worker === old) job.fail(new CheckCancelled());
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

/** The shared worker, made on first use; its answers are routed to their jobs by id. */
function connect(): WorkerLike {
  if (worker) return worker;
  const w = factory ? factory() : inPage();
  w.onmessage = (e) => jobs.get(e.data.id)?.answer(e.data);
  w.onerror = (e) => {
    // The worker is gone, and with it every job it held; the next job makes a new one.
    if (worker === w) worker = null;
    w.terminate();
    const message = e.message || "De controle kon niet starten.";
    for (const job of [...jobs.values()]) if (job.worker === w) job.fail(new Error(message));
  };
  worker = w;
  return w;
}

/**
 * Starts job `id`: sends `messages` to the worker, yielding to the page between row chunks;
 * `accept` turns the worker's final answer into the job's result (undefined for other messages).
 * Cancelling rejects this job only. Its part in the worker is dropped; when no other job uses
 * the worker, the worker itself is replaced, since a check it is running cannot be interrupted.
 */
function runJob<T>(
  id: number,
  messages: Iterable<ToWorker>,
  accept: (m: FromWorker) => T | undefined,
  onProgress?: (p: CheckProgressInfo) => void
): { result: Promise<T>; cancel(): void } {
  let settled = false;
  let resolveRun: (v: T) => void = () => undefined;
  let rejectRun: (e: unknown) => void = () => undefined;
  const result = new Promise<T>((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });
  const finish = (settle: () => void) => {
    if (settled) return;
    settled = true;
    jobs.delete(id);
    settle();
  };
  const w = connect();
  jobs.set(id, {
    worker: w,
    answer(m) {
      if (m.type === "progress") onProgress?.({ done: m.done, total: m.total, sheet: m.sheet });
      else if (m.type === "error") finish(() => rejectRun(new Error(m.message)));
      else {
        const value = accept(m);
        if (value !== undefined) finish(() => resolveRun(value));
      }
    },
    fail: (e) => finish(() => rejectRun(e)),
  });
  void (async () => {
    for (const m of messages) {
      if (settled) return;
      w.postMessage(m);
      if (m.type === "rows") await yieldToEventLoop();
    }
  })();
  return {
    result,
    cancel() {
      if (settled) return;
      finish(() => rejectRun(new CheckCancelled()));
      if ([...jobs.values()].some((j) => j.worker === w)) {
        w.postMessage({ type: "cancel", id });
      } else {
        if (worker === w) worker = null;
        w.terminate();
      }
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
