/**
 * The one place a finding's message is assembled: where the cell is, the figures of a
 * difference, the rule's own words and, for a difference within the rounding margin, why it may
 * be rounding. Every front end shows this message as it is and adds no figures of its own.
 */
import { formatDutch } from "../amount";
import type { RuleReport } from "./types";

/** Where a cell is, in words: `Regel "WAKO (kernongevallen)", kolom "Uitstaande garanties 2016"`. */
export function whereText(rowLabel: string, columnHeader: string): string {
  return `Regel "${rowLabel}", kolom "${columnHeader}"`;
}

/** "verwacht 168.291, gevonden 172.276 (verschil 3.985)." */
export function differenceText(expected: number, actual: number, difference: number): string {
  return `verwacht ${formatDutch(expected)}, gevonden ${formatDutch(actual)} (verschil ${formatDutch(difference)}).`;
}

export function composeMessage(r: RuleReport): string {
  const parts: string[] = [];
  if (r.difference !== undefined && r.expected !== null && r.actual !== null) {
    parts.push(differenceText(r.expected, r.actual, r.difference));
  }
  parts.push(r.message);
  if (r.rounding) {
    const { margin, unit, decimals, terms } = r.rounding;
    const u = decimals ? ` × ${formatDutch(unit)}` : "";
    const rounded = decimals ? formatDutch(unit) : "hele eenheden";
    parts.push(
      `Het verschil valt binnen de afrondingsmarge (n + 1)/2${u} = ${formatDutch(margin)} voor ${terms} op ${rounded} afgeronde termen (XBRL Calculations 1.1); controleer of het een afrondingsverschil is.`
    );
  }
  const text = parts.join(" ");
  return r.rowLabel !== undefined && r.columnHeader !== undefined
    ? `${whereText(r.rowLabel, r.columnHeader)}: ${text}`
    : text;
}
