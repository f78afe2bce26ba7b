import type { CheckResult } from "../core/tables/model";

/**
 * The result of a live refresh: `prev` with the tables and findings of the sheets `names` replaced
 * by those of `fresh` (a check of only those sheets), tables renumbered in sheet order. Rules work
 * per table, so the other sheets' findings are exactly what a check of all sheets would give.
 */
export function replaceSheets(
  prev: CheckResult,
  fresh: CheckResult,
  names: string[],
  sheetOrder: string[]
): CheckResult {
  const changed = new Set(names);
  const tables: CheckResult["tables"] = [];
  const findings: CheckResult["findings"] = [];
  const take = (source: CheckResult, sheet: string) => {
    source.tables.forEach((t, i) => {
      if (t.sheet !== sheet) return;
      const index = tables.length;
      tables.push(t);
      for (const f of source.findings) if (f.table === i) findings.push({ ...f, table: index });
    });
  };
  for (const sheet of sheetOrder) take(changed.has(sheet) ? fresh : prev, sheet);
  return { ...prev, tables, findings };
}
