/**
 * Findings between tables (one workbook) and between documents (several workbooks) as items of
 * the findings list. Each names every cell involved: the item's own cell is the first one in the
 * open workbook (a click selects it), the others are listed with their file when it is another.
 * Pure: the task pane and the web page show the same items.
 */
import {
  CROSS_DOCUMENT_RULES,
  CROSS_TABLE_RULES,
  type CrossCell,
  type CrossFinding,
} from "../core/documents";
import { parseA1 } from "../core/tables/a1";
import { numbersLine, type FindingItem, type NumberWords, type RuleInfo } from "./findings";

// The pane names the picked files before anything is compared: a module of its own.
export { uniqueNames } from "./unique-names";

/** The metadata of a rule between tables or documents; an unknown id shows as itself. */
export function crossRuleInfo(id: string): RuleInfo {
  const meta = [...CROSS_TABLE_RULES, ...CROSS_DOCUMENT_RULES].find((r) => r.id === id);
  if (!meta) return { id, title: id, description: "", source: "" };
  return { id, title: meta.title, description: meta.description, source: meta.source };
}

function quote(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "Blad!C5" in the open workbook, "jaarverslag-2020.xlsx · 'Verstrekte garanties'!C5" elsewhere. */
export function cellText(c: CrossCell, local: string | null): string {
  const at = `${quote(c.sheet)}!${c.cell}`;
  return c.file === local ? at : `${c.file} · ${at}`;
}

/**
 * The list items of `findings`, in their order. `local` is the open workbook's name as the
 * findings give it (the task pane), or null when no file is open in a host (the web page).
 */
export function crossItems(
  findings: readonly CrossFinding[],
  local: string | null,
  w: NumberWords
): FindingItem[] {
  return findings.map((f, i) => {
    const own = f.cells.find((c) => c.file === local);
    const first = own ?? f.cells[0];
    const others = f.cells.filter((c) => c !== first).map((c) => cellText(c, local));
    const numbers = numbersLine(f.expected, f.actual, w);
    const { row, col } = parseA1(first.cell) ?? { row: 0, col: 0 };
    return {
      key: `x${i}:${f.rule}:${f.cells.map((c) => `${c.file}|${c.sheet}!${c.cell}`).join("|")}`,
      sheet: first.sheet,
      cell: first.cell,
      row,
      col,
      table: -1,
      severity: f.severity,
      findings: [],
      titles: [crossRuleInfo(f.rule).title],
      // In the open workbook the item's cell is shown beside its title, so the line names the
      // others; elsewhere (the web page) it names every cell with its file.
      detail: [
        own ? `↔ ${others.join(" ↔ ")}` : f.cells.map((c) => cellText(c, local)).join(" ↔ "),
        numbers,
      ]
        .filter(Boolean)
        .join(" · "),
      cross: {
        finding: f,
        local: own !== undefined,
        others,
      },
    };
  });
}
