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
  WorkerLike,
} from "../../src/taskpane/check-client";
import { CHUNK_ROWS, FromWorker, ToWorker, messagesFor } from "../../src/taskpane/check-protocol";
import { createCheckHandler } from "../../src/taskpane/check-handler";
import { sheets2016 } from "../tables/fixtures/tables-2016";

/** A worker whose messages are handled in later tasks; records what it was sent. */
function fakeWorkerFactory() {
  const made: Array<{ sent: ToWorker[]; terminated: boolean }> = [];
  const factory = (): WorkerLike => {
    const record = { sent: [] as ToWorker[], terminated: false };
    made.push(record);
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
