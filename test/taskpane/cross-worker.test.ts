/**
 * The check worker's findings between tables and between documents: a check asked for them
 * returns the cross-table findings of all sheets sent (also when a live refresh checks only one
 * sheet again), and `compare` reads other .xlsx files in the worker and gives exactly what
 * `ekv check a.xlsx b.xlsx` gives for the same pair. Bad files come back as the reader's sentence.
 */
import * as fs from "fs";
import * as path from "path";
import type { SheetData } from "../../src/core/tables/model";
import {
  setWorkerFactory,
  startCheck,
  startCompare,
  type WorkerLike,
} from "../../src/taskpane/check-client";
import {
  createCheckHandler,
  messagesWith,
  type FromWorker,
  type ToWorker,
} from "../../src/taskpane/check-protocol";
import { readWorkbook } from "../../src/xlsx";
import { sheets2016 } from "../tables/fixtures/tables-2016";
import { JV2020, OWB2020, XVII_OWB2020_JV2020 } from "./fixtures/xvii-cross";

const EXAMPLES = path.resolve(__dirname, "../../examples/xvii-2020-2022");

function bytesOf(file: string): ArrayBuffer {
  const b = fs.readFileSync(path.join(EXAMPLES, file));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function sheetsOf(file: string): SheetData[] {
  return readWorkbook(new Uint8Array(bytesOf(file))).sheets;
}

/** A worker whose messages are handled in later tasks, as a real worker's would be. */
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

/** The 2016 workbook with EBRD renamed in the uitgaven/ontvangsten table (C16). */
function renamed2016(): SheetData[] {
  const sheets = sheets2016();
  sheets[1].values[15][2] = "Europese Ontwikkelingsbank";
  return sheets;
}

const SCHEME_SETS_2016 = [
  [
    "scheme-sets",
    "warning",
    "map.xlsx Verstrekte garanties!C16",
    "map.xlsx Uitgaven en ontvangsten!A2",
  ],
  [
    "scheme-sets",
    "warning",
    "map.xlsx Uitgaven en ontvangsten!C16",
    "map.xlsx Verstrekte garanties!A2",
  ],
];

function brief(f: {
  rule: string;
  severity: string;
  cells: Array<{ file: string; sheet: string; cell: string }>;
}) {
  return [f.rule, f.severity, ...f.cells.map((c) => `${c.file} ${c.sheet}!${c.cell}`)];
}

describe("cross-table findings in the check", () => {
  test("asked for: the renamed scheme is named on both sides, at both tables; the table findings stay as they were", async () => {
    const { factory } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const result = await startCheck(renamed2016(), {}, undefined, { file: "map.xlsx" }).result;
    expect((result.crossTable ?? []).map(brief)).toEqual(SCHEME_SETS_2016);
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ["column-total", "L24"],
      ["saldo", "L24"],
    ]);
  });

  test("not asked for: no crossTable in the result", async () => {
    const { factory } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const result = await startCheck(renamed2016(), {}).result;
    expect(result.crossTable).toBeUndefined();
  });

  test("a refresh of one sheet checks that sheet's tables only, but the rules between tables see every sheet", async () => {
    const { factory } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const result = await startCheck(renamed2016(), {}, undefined, {
      file: "map.xlsx",
      only: ["Verstrekte garanties"],
    }).result;
    expect(result.tables.map((t) => t.sheet)).toEqual(["Verstrekte garanties"]);
    expect(result.findings).toEqual([]);
    expect((result.crossTable ?? []).map(brief)).toEqual(SCHEME_SETS_2016);
  });

  test("the published 2016 workbook has no finding between its tables", async () => {
    const result = await startCheck(sheets2016(), {}, undefined, { file: "map.xlsx" }).result;
    expect(result.crossTable).toEqual([]);
  });
});

describe("compare with other files", () => {
  test("OWB2020 open, JV2020 picked: exactly the CLI's 31 findings (1 warning, 30 info), both documents identified from their titles", async () => {
    const { factory, made } = fakeWorkerFactory();
    setWorkerFactory(factory);
    const progress: string[] = [];
    const result = await startCompare(
      sheetsOf(OWB2020),
      { file: OWB2020 },
      [{ name: JV2020, bytes: bytesOf(JV2020) }],
      (p) => progress.push(`${p.done}/${p.total} ${p.sheet}`)
    ).result;
    expect(result.errors).toEqual([]);
    expect(result.documents.map((d) => [d.file, d.id])).toEqual([
      [OWB2020, { type: "begroting", year: 2020 }],
      [JV2020, { type: "jaarverslag", year: 2020 }],
    ]);
    expect(result.findings).toEqual(XVII_OWB2020_JV2020);
    expect(progress).toEqual([`0/1 ${JV2020}`]);
    // The file went to the worker as bytes; the open workbook's sheets in row chunks before it.
    const sent = made[0].sent;
    expect(sent[sent.length - 1].type).toBe("compare");
    expect(sent.filter((m) => m.type === "sheet").length).toBe(sheetsOf(OWB2020).length);
  });

  test("the order of the documents does not change the findings", async () => {
    const result = await startCompare(sheetsOf(JV2020), { file: JV2020 }, [
      { name: OWB2020, bytes: bytesOf(OWB2020) },
    ]).result;
    expect(result.findings).toEqual(XVII_OWB2020_JV2020);
  });

  test("a document set by hand is used as given (as --document), with that as the reason", async () => {
    const result = await startCompare(sheetsOf(OWB2020), { file: OWB2020 }, [
      { name: JV2020, bytes: bytesOf(JV2020), document: { type: "jaarverslag", year: 2021 } },
    ]).result;
    expect(result.documents[1]).toEqual({
      file: JV2020,
      id: { type: "jaarverslag", year: 2021 },
      reason: "opgegeven: jaarverslag 2021",
    });
    // JV2021 reports 2020 as its opening year: no longer the 30 revised estimates of 2019/2020.
    expect(result.findings).not.toEqual(XVII_OWB2020_JV2020);
  });

  test("a file that is no .xlsx: the reader's Dutch sentence, and nothing compared", async () => {
    const junk = new TextEncoder().encode("dit is geen zip").buffer as ArrayBuffer;
    const result = await startCompare(sheetsOf(OWB2020), { file: OWB2020 }, [
      { name: "kapot.xlsx", bytes: junk },
    ]).result;
    expect(result.errors).toEqual([
      { file: "kapot.xlsx", code: "not-xlsx", message: "dit is geen Excel-werkmap (.xlsx)." },
    ]);
    expect(result.documents.map((d) => d.file)).toEqual([OWB2020]);
    expect(result.findings).toEqual([]);
  });

  test("one bad file among good ones: the good ones are still compared", async () => {
    const junk = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]).buffer;
    const result = await startCompare(sheetsOf(OWB2020), { file: OWB2020 }, [
      { name: "kapot.xlsx", bytes: junk },
      { name: JV2020, bytes: bytesOf(JV2020) },
    ]).result;
    expect(result.errors.map((e) => e.file)).toEqual(["kapot.xlsx"]);
    expect(result.errors[0].message).not.toMatch(/Error|at |undefined/);
    expect(result.findings).toEqual(XVII_OWB2020_JV2020);
  });

  test("messagesWith ends with the compare message and carries every row of the workbook", () => {
    const sheets = sheetsOf(OWB2020);
    const msgs = [
      ...messagesWith(3, sheets, { type: "compare", id: 3, workbook: { file: "a" }, others: [] }),
    ];
    const rows = msgs.reduce((n, m) => n + (m.type === "rows" ? m.rows.length : 0), 0);
    expect(rows).toBe(sheets.reduce((n, s) => n + s.values.length, 0));
    expect(msgs[msgs.length - 1]).toEqual({
      type: "compare",
      id: 3,
      workbook: { file: "a" },
      others: [],
    });
  });
});
