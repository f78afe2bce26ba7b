/**
 * The task pane's read path: how many context.sync() calls and how long it takes to check a sheet
 * through the Office.js gateway, against a recording fake Excel (test/taskpane/fake-excel.ts).
 *
 * Baseline in the same run: checkSheets on the same SheetData without the gateway. The ratio shows
 * what reading through Office.js batches (block planning, load proxies, conversion) adds. The fake
 * answers in-process, so real Excel adds its own round-trip time per sync: that is why the number
 * of syncs, constant in the sheet size, matters more than the fake's milliseconds.
 */
import { checkSheets } from "../src/core/tables";
import type { SheetData } from "../src/core/tables/model";
import { planBlocks, readSheet } from "../src/taskpane/excel-gateway";
import { createFakeExcel, FakeExcelHost, FakeSheetInit } from "../test/taskpane/fake-excel";
import { garantiesOverzicht2016 } from "../test/tables/fixtures/tables-2016";

/** The header of the published 2016 overview: the benchmark sheets are that table, scaled up. */
const HEADER = garantiesOverzicht2016[1] as string[];

/** A consistent garanties overview with `rows` item rows and a Totaal row. */
function garantiesSheet(rows: number): FakeSheetInit {
  const grid: Array<Array<string | number | null>> = [
    ["Overzicht verstrekte garanties (bedragen x € 1.000)"],
    HEADER,
  ];
  const total = new Array<number>(10).fill(0);
  for (let i = 0; i < rows; i++) {
    const u14 = 1000 + (i % 997);
    const v15 = i % 50;
    const vv15 = i % 30;
    const u15 = u14 + v15 - vv15;
    const v16 = i % 40;
    const vv16 = i % 20;
    const u16 = u15 + v16 - vv16;
    const nums = [u14, v15, vv15, u15, 100, v16, vv16, u16, 100, 0];
    nums.forEach((x, j) => (total[j] += x));
    grid.push([i + 1, "Art", `Regeling ${i + 1}`, ...nums]);
  }
  grid.push([null, "Totaal", null, ...total]);
  return { name: "Garanties", rows: grid };
}

function install(rows: number): FakeExcelHost {
  const host = createFakeExcel([garantiesSheet(rows)]);
  (globalThis as unknown as { Excel: unknown }).Excel = host.Excel;
  return host;
}

async function time<T>(f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, value };
}

/** The blocks the gateway would load, loaded straight from a fresh fake in one batch. */
async function loadRaw(host: FakeExcelHost, rows: number): Promise<number> {
  return host.Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem("Garanties");
    const ranges = planBlocks(rows + 3, HEADER.length).map((bl) => {
      const r = ws.getRangeByIndexes(bl.start, 0, bl.rows, HEADER.length);
      r.load("values,formulas,numberFormat,valueTypes,address");
      return r;
    });
    await context.sync();
    return ranges.length;
  });
}

export async function run(): Promise<void> {
  console.log("syncs per check of one sheet (read through the gateway):");
  for (const rows of [10, 1_000, 50_000]) {
    const host = install(rows);
    await readSheet("Garanties");
    const blocks = planBlocks(rows + 3, HEADER.length).length;
    console.log(
      `  ${String(rows).padStart(6)} rows: ${host.state.syncs} syncs, ${blocks} row block(s) in one batch`
    );
  }

  const rows = 50_000;
  install(rows);
  // Warm-up, then the median of 3 runs of each.
  await readSheet("Garanties");
  const viaGateway: number[] = [];
  const baseline: number[] = [];
  let sheet: SheetData | null = null;
  let findings = -1;
  for (let i = 0; i < 3; i++) {
    const g = await time(async () => {
      const s = await readSheet("Garanties");
      return { s, r: checkSheets([s]) };
    });
    viaGateway.push(g.ms);
    sheet = g.value.s;
    findings = g.value.r.findings.length;
    const b = await time(() => checkSheets([sheet as SheetData]));
    baseline.push(b.ms);
  }
  // The fake host's own share: the same blocks loaded through the fake, without the gateway.
  const rawFake: number[] = [];
  const rawHost = createFakeExcel([garantiesSheet(rows)]);
  for (let i = 0; i < 3; i++) rawFake.push((await time(() => loadRaw(rawHost, rows))).ms);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  const f = median(rawFake);
  const g = median(viaGateway);
  const b = median(baseline);
  console.log(`check of a ${rows}-row sheet (${HEADER.length} columns), fake Excel:`);
  console.log(`  read through gateway + check: ${g.toFixed(0)} ms (${findings} findings)`);
  console.log(`  baseline, check only:         ${b.toFixed(0)} ms`);
  console.log(`  of which the fake host answering the loads: ${f.toFixed(0)} ms`);
  console.log(`  ratio gateway+check / check:  ${(g / b).toFixed(2)}`);
  console.log(
    `  ratio without the fake's share ((gateway+check − fake) / check): ${((g - f) / b).toFixed(2)}`
  );
}
