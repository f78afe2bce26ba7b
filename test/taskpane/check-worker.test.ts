/**
 * The check worker's protocol: the sheets go over in row chunks, the worker answers with progress
 * per table and the same result as checking on the page, and a cancelled check never resolves.
 * The "worker" here runs the real handler in a later task, as a real worker would.
 */
import { checkSheets } from "../../src/core/tables";
import type { SheetData } from "../../src/core/tables/model";
import {
  CheckCancelled,
  setWorkerFactory,
  startCheck,
  startCompare,
  WorkerLike,
} from "../../src/taskpane/check-client";
import { CHUNK_ROWS, FromWorker, ToWorker, messagesFor } from "../../src/taskpane/check-protocol";
import { createCheckHandler } from "../../src/taskpane/check-handler";
import { sheets2016 } from "../tables/fixtures/tables-2016";

/** A worker whose messages are handled in later tasks; records what it was sent. */
function fakeWorkerFactory() {
  const made: Array<{ sent: ToWorker[]; terminated: boolean; worker: WorkerLike }> = [];
  const factory = (): WorkerLike => {
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage(m) {
        record.sent.push(m);
        setTimeout(() => {
          if (!record.terminated) handle(m);
        }, 0);
      },
      terminate() {
        record.terminated = true;
      },
    };
    const record = { sent: [] as ToWorker[], terminated: false, worker: w };
    made.push(record);
    const handle = createCheckHandler((out: FromWorker) =>
      setTimeout(() => {
        if (!record.terminated) w.onmessage?.({ data: out });
      }, 0)
    );
    return w;
  };
  return { factory, made };
}

afterEach(() => setWorkerFactory(null));

function bigSheet(rows: number): SheetData {
  const values: SheetData["values"] = [
    ["Nr.", "Omschrijving", "Uitgaven 2016", "Ontvangsten 2016", "Saldo 2016"],
  ];
  for (let i = 0; i < rows; i++) values.push([i + 1, `Regel ${i + 1}`, 10, 25, 15]);
  values.push([null, "Totaal", 10 * rows, 25 * rows, 15 * rows + 1]);
  return { name: "Groot", values };
}

describe("messagesFor", () => {
  test("one sheet message, rows in chunks of CHUNK_ROWS, then run", () => {
    const sheet = bigSheet(5000);
    const msgs = [...messagesFor(7, [sheet], { tolerance: 0 })];
    const rows = msgs.filter((m) => m.type === "rows");
    expect(msgs[0]).toEqual({ type: "sheet", id: 7, name: "Groot" });
    expect(rows.map((m) => (m.type === "rows" ? m.rows.length : 0))).toEqual([
      CHUNK_ROWS,
      CHUNK_ROWS,
      5002 - 2 * CHUNK_ROWS,
    ]);
    expect(msgs[msgs.length - 1]).toEqual({ type: "run", id: 7, options: { tolerance: 0 } });
  });
});

describe("startCheck through a worker", () => {
  test("the 2016 workbook gives the same result as checking on the page, with progress per table", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const sheets = sheets2016();
    const progress: string[] = [];
    const run = startCheck(sheets, { tolerance: 0 }, (p) =>
      progress.push(`${p.done}/${p.total} ${p.sheet}`)
    );
    const result = await run.result;
    expect(result).toEqual(checkSheets(sheets, { tolerance: 0 }));
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["column-total", "L24"],
      ["saldo", "L24"],
    ]);
    // Five tables: progress after each of the first four (the result reports the last).
    expect(progress).toEqual([
      "1/5 Verstrekte garanties",
      "2/5 Uitgaven en ontvangsten",
      "3/5 Benutting",
      "4/5 Benutting",
    ]);
    expect(made).toHaveLength(1);
    expect(
      made[0].sent.filter((m) => m.type === "sheet").map((m) => m.type === "sheet" && m.name)
    ).toEqual(sheets.map((s) => s.name));
  });

  test("a finding in a sheet larger than one chunk is found at its cell", async () => {
    const { factory } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const result = await startCheck([bigSheet(4500)], {}).result;
    // Saldo total: 15 × 4 500 = 67 500 expected, 67 501 printed, in E4502.
    expect(result.findings.map((f) => [f.rule, f.cell, f.expected, f.actual])).toContainEqual([
      "saldo",
      "E4502",
      67500,
      67501,
    ]);
  });

  test("cancel rejects with CheckCancelled, terminates the busy worker, and the next check uses a new one", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const run = startCheck([bigSheet(6000)], {});
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(CheckCancelled);
    expect(made[0].terminated).toBe(true);
    const again = await startCheck(sheets2016(), {}).result;
    expect(again.findings).toHaveLength(2);
    expect(made).toHaveLength(2);
  });

  test("an invalid option comes back as the checker's Dutch error", async () => {
    const { factory } = fakeWorkerFactory();
    setWorkerFactory(factory);
    await expect(startCheck(sheets2016(), { tolerance: -1 }).result).rejects.toThrow(
      /^tolerantie: -1 is geen geldige tolerantie/
    );
  });

  test("without a worker the same handler runs on the page", async () => {
    setWorkerFactory(null);
    const result = await startCheck(sheets2016(), {}).result;
    expect(result).toEqual(checkSheets(sheets2016(), {}));
  });
});

describe("jobs that overlap share the worker and keep apart", () => {
  /** The ids of the messages sent, in order, run together: [7, 7, 8, 7, 8] → [7, 8, 7, 8]. */
  function turns(sent: ToWorker[]): number[] {
    const out: number[] = [];
    for (const m of sent) if (out[out.length - 1] !== m.id) out.push(m.id);
    return out;
  }

  test("the handler keeps the sheets of interleaved jobs apart", () => {
    const posted: FromWorker[] = [];
    const handle = createCheckHandler((m) => posted.push(m));
    const a = [...messagesFor(1, [bigSheet(4500)], {})];
    const b = [...messagesFor(2, sheets2016(), { tolerance: 0 })];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) handle(a[i]);
      if (b[i]) handle(b[i]);
    }
    const results = posted.filter((m) => m.type === "result");
    expect(results.map((m) => m.id)).toEqual([1, 2]);
    expect(results[0].type === "result" && results[0].result).toEqual(
      checkSheets([bigSheet(4500)], {})
    );
    expect(results[1].type === "result" && results[1].result).toEqual(
      checkSheets(sheets2016(), { tolerance: 0 })
    );
  });

  test("two checks at once each get their own result and progress", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const progressA: string[] = [];
    const progressB: string[] = [];
    const runA = startCheck([bigSheet(4500)], {}, (p) => progressA.push(p.sheet));
    const runB = startCheck(sheets2016(), { tolerance: 0 }, (p) =>
      progressB.push(`${p.done}/${p.total} ${p.sheet}`)
    );
    const [a, b] = await Promise.all([runA.result, runB.result]);
    expect(a).toEqual(checkSheets([bigSheet(4500)], {}));
    // Total row E4502: 67 501 printed, 15 × 4 500 = 67 500 both as column total and as saldo.
    expect(a.findings.map((f) => [f.rule, f.cell, f.actual])).toEqual([
      ["column-total", "E4502", 67501],
      ["saldo", "E4502", 67501],
    ]);
    expect(b).toEqual(checkSheets(sheets2016(), { tolerance: 0 }));
    // One table in A: no progress before its result; five in B.
    expect(progressA).toEqual([]);
    expect(progressB).toEqual([
      "1/5 Verstrekte garanties",
      "2/5 Uitgaven en ontvangsten",
      "3/5 Benutting",
      "4/5 Benutting",
    ]);
    // Both went through the one worker, their messages interleaved.
    expect(made).toHaveLength(1);
    expect(turns(made[0].sent).length).toBeGreaterThan(2);
  });

  test("a check and a comparison at once each get their own answer", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const check = startCheck([bigSheet(4500)], {});
    const compare = startCompare(sheets2016(), { file: "map.xlsx" }, []);
    const [checked, compared] = await Promise.all([check.result, compare.result]);
    expect(checked).toEqual(checkSheets([bigSheet(4500)], {}));
    expect(compared.documents.map((d) => d.file)).toEqual(["map.xlsx"]);
    expect(compared.errors).toEqual([]);
    expect(made).toHaveLength(1);
  });

  test("cancelling one job while it streams leaves the other's result intact, and the worker", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const runA = startCheck([bigSheet(6000)], {});
    const runB = startCheck([bigSheet(4500)], {});
    runA.cancel();
    await expect(runA.result).rejects.toBeInstanceOf(CheckCancelled);
    expect(await runB.result).toEqual(checkSheets([bigSheet(4500)], {}));
    expect(made).toHaveLength(1);
    expect(made[0].terminated).toBe(false);
    // A's part was dropped in the worker and none of its rows followed the cancel.
    const cancelAt = made[0].sent.findIndex((m) => m.type === "cancel");
    const idA = made[0].sent[cancelAt].id;
    expect(made[0].sent.slice(cancelAt + 1).filter((m) => m.id === idA)).toEqual([]);
    expect(made[0].sent.filter((m) => m.type === "run").map((m) => m.id)).not.toContain(idA);
  });

  test("cancelling a job the worker is already running drops its answer; the other still gets its own", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    // B streams 20 chunks; A (five small sheets) reaches the worker's check long before that.
    let bDone = false;
    const runB = startCheck([bigSheet(40_000)], {});
    void runB.result.then(() => (bDone = true));
    let aCancelledBeforeB: boolean | null = null;
    const runA = startCheck(sheets2016(), {}, () => {
      if (aCancelledBeforeB === null) aCancelledBeforeB = !bDone;
      runA.cancel();
    });
    await expect(runA.result).rejects.toBeInstanceOf(CheckCancelled);
    expect(aCancelledBeforeB).toBe(true);
    const b = await runB.result;
    expect(b).toEqual(checkSheets([bigSheet(40_000)], {}));
    expect(made).toHaveLength(1);
    expect(made[0].terminated).toBe(false);
  });

  test("a worker that fails takes only its own jobs down; the next job gets a new worker", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const runA = startCheck([bigSheet(6000)], {});
    const runB = startCheck(sheets2016(), {});
    const broken = made[0];
    expect(broken).toBeDefined();
    // The worker reports a fatal error (as a worker whose script failed to load does).
    broken.worker.onerror?.({ message: "kapot" });
    await expect(runA.result).rejects.toThrow("kapot");
    await expect(runB.result).rejects.toThrow("kapot");
    expect(broken.terminated).toBe(true);
    expect((await startCheck(sheets2016(), {}).result).findings).toHaveLength(2);
    expect(made).toHaveLength(2);
  });
});
