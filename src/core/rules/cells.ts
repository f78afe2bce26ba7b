/** Reporting every cell of a given status in the amount columns (the cell rules share this). */
import type { ParsedTable } from "../tables/parsed";
import { reportCell } from "./equation";
import type { RuleContext } from "./types";

export function forEachCell(
  table: ParsedTable,
  status: number,
  ctx: RuleContext,
  describe: (note: string, value: number) => { message: string; actual: number | null }
): void {
  for (const column of table.columns) {
    if (column.notes.size === 0) continue;
    for (let i = 0; i < table.rows.length; i++) {
      if (column.status[i] !== status) continue;
      const d = describe(column.notes.get(i) ?? "", column.values[i]);
      reportCell(ctx, table, i, column, {
        expected: null,
        actual: d.actual,
        message: `${d.message}`,
      });
    }
  }
}
