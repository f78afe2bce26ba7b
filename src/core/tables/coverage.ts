/**
 * Coverage (issue 8): which amounts of a recognised table a rule looked at, and which it did not
 * and why. Arelle's principle: say what could not be checked. A cell counts when it holds
 * something (an amount, a dash, a text); blank cells are no amounts. A cell is checked when an
 * arithmetic or ceiling rule compared it (roll-forward, column-total, saldo, net, ceiling,
 * total-ceiling); a text or error is reported by its own rule and still counts as unchecked,
 * since no figure of it could be verified.
 */
import { coveragePhrase } from "../summary";
import { a1, rangeA1 } from "./a1";
import type { Coverage } from "./model";
import type { ParsedColumn, ParsedTable } from "./parsed";
import { ST, UNKNOWN_UNIT } from "./parsed";

interface Cell {
  /** Index in table.rows. */
  i: number;
  /** Position of the column in the table's column list (recognised first, then unknown). */
  k: number;
  col: number;
  reason: string;
}

function reasonOf(table: ParsedTable, column: ParsedColumn, status: number, i: number): string {
  switch (status) {
    case ST.TEXT:
      return column.notes.get(i)?.includes(UNKNOWN_UNIT)
        ? "bedrag met een eigen eenheid in een tabel zonder eenheid: niet omgerekend"
        : "tekst in een bedragkolom";
    case ST.ERROR:
      return "foutwaarde";
    case ST.UNCALCULATED:
      return "formule zonder berekende waarde";
    case ST.NOT_APPLICABLE:
      return "n.v.t. of p.m., geen bedrag";
  }
  if (table.breakdown[i] && !table.subtotal[i]) {
    return "waarvan-regel, alleen getoond: telt niet mee in het totaal";
  }
  return "geen controle van toepassing (geen totaalregel, vorig jaar of plafond om mee te vergelijken)";
}

/** Groups cells of one reason into ranges: runs down a column, then equal runs side by side. */
function group(table: ParsedTable, cells: Cell[]): Coverage["unchecked"] {
  const byReason = new Map<string, Cell[]>();
  for (const c of cells) {
    const list = byReason.get(c.reason) ?? [];
    list.push(c);
    byReason.set(c.reason, list);
  }
  const out: Array<{ range: string; reason: string; first: number; k: number }> = [];
  for (const [reason, list] of byReason) {
    // Runs of consecutive body rows per column.
    const runs: Array<{ k: number; col: number; from: number; to: number }> = [];
    list.sort((a, b) => a.k - b.k || a.i - b.i);
    for (const c of list) {
      const last = runs[runs.length - 1];
      if (last && last.k === c.k && last.to === c.i - 1) last.to = c.i;
      else runs.push({ k: c.k, col: c.col, from: c.i, to: c.i });
    }
    // Side by side: the same rows in adjacent columns.
    const blocks: Array<{
      k: number;
      colFrom: number;
      colTo: number;
      kTo: number;
      from: number;
      to: number;
    }> = [];
    for (const r of runs) {
      const b = blocks.find((x) => x.kTo === r.k - 1 && x.from === r.from && x.to === r.to);
      if (b) {
        b.kTo = r.k;
        b.colTo = r.col;
      } else
        blocks.push({ k: r.k, colFrom: r.col, colTo: r.col, kTo: r.k, from: r.from, to: r.to });
    }
    for (const b of blocks) {
      const top = table.rows[b.from];
      const bottom = table.rows[b.to];
      const range =
        top === bottom && b.colFrom === b.colTo
          ? a1(top, b.colFrom)
          : rangeA1(top, b.colFrom, bottom, b.colTo);
      out.push({ range, reason, first: b.from, k: b.k });
    }
  }
  out.sort((a, b) => a.first - b.first || a.k - b.k);
  return out.map(({ range, reason }) => ({ range, reason }));
}

/** Kinds whose columns add up to a total row (RBV models 1.32e and 3.21b). */
const TOTALLED = new Set(["garanties", "uitgaven-ontvangsten", "leningen"]);

/**
 * A table of a kind with column totals but without a total or subtotal row: its other rules ran,
 * but the column totals could not be checked; said once, for its amount columns.
 */
function noTotalNote(table: ParsedTable): Coverage["unchecked"][number] | undefined {
  if (!TOTALLED.has(table.kind) || table.totalIndex >= 0 || table.subtotal.some(Boolean))
    return undefined;
  if (!table.rows.length || !table.columns.length) return undefined;
  const cols = table.columns.map((c) => c.col);
  return {
    range: rangeA1(
      table.rows[0],
      Math.min(...cols),
      table.rows[table.rows.length - 1],
      Math.max(...cols)
    ),
    reason: "kolomtotalen niet gecontroleerd: de tabel heeft geen totaalregel",
  };
}

/** The coverage of a table after every rule ran on it. */
export function coverageOf(table: ParsedTable, mergesUnavailable?: string): Coverage {
  const cells: Cell[] = [];
  let checked = 0;
  table.columns.forEach((column, k) => {
    for (let i = 0; i < table.rows.length; i++) {
      const s = column.status[i];
      if (s === ST.BLANK) continue;
      if (column.checked[i]) {
        checked++;
        continue;
      }
      cells.push({ i, k, col: column.col, reason: reasonOf(table, column, s, i) });
    }
  });
  table.unknownHeaders.forEach((h, u) => {
    for (const i of h.filled ?? []) {
      cells.push({ i, k: table.columns.length + u, col: h.col, reason: "kop niet herkend" });
    }
  });
  const unchecked = group(table, cells);
  const noTotal = noTotalNote(table);
  if (noTotal) unchecked.push(noTotal);
  if (mergesUnavailable) unchecked.push({ range: table.range, reason: mergesUnavailable });
  return { checkedCells: checked, uncheckedCells: cells.length, unchecked };
}

/** One line for a report: "Dekking: 250 van 262 bedragen gecontroleerd; niet: M3:M24 (…)". */
export function coverageText(c: Coverage): string {
  const head = `Dekking: ${coveragePhrase(c)}`;
  if (c.unchecked.length === 0) return `${head}.`;
  const list = c.unchecked.map((u) => `${u.range} (${u.reason})`).join("; ");
  return `${head}; niet gecontroleerd: ${list}.`;
}
