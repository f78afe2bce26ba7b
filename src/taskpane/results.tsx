/**
 * What the Controle tab shows once a check or a comparison has a result: the findings list (with
 * the items between tables and between documents), the coverage per table, and a comparison's
 * timelines. One chunk (parts.ts: FindingsPart, CoveragePart, TimelinePart): these need the rule
 * metadata and the amount formatting of src/core, which the pane does not load before its first
 * check, so the pane is usable before the core has been downloaded.
 */
import { useMemo } from "react";
import type { CrossFinding } from "../core/documents";
import { crossItems } from "../report/cross-items";
import type { FindingItem } from "../report/findings";
import type { CompareResult, PaneCheckResult } from "./check-protocol";
import { FindingsList } from "./FindingsList";
import type { Strings } from "./strings";

export { CoverageList } from "./CoverageList";
export { TimelineView } from "./TimelineView";

/** The list's input when only a comparison has run (no check yet). */
const NO_CHECK = { tables: [], findings: [] };

/**
 * The list items between tables (from the check) and between documents (from the comparison),
 * in that order, with the number words of the pane's language.
 */
export function useCrossItems(
  result: PaneCheckResult | null,
  compared: CompareResult | null,
  workbookFile: string,
  s: Strings
): FindingItem[] {
  return useMemo(() => {
    const w = { expected: s.expected, found: s.found, difference: s.difference };
    const table: CrossFinding[] = result?.crossTable ?? [];
    return [
      ...crossItems(table, table[0]?.cells[0]?.file ?? null, w),
      ...crossItems(compared?.findings ?? [], workbookFile, w),
    ];
  }, [result, compared, workbookFile, s]);
}

export interface CheckFindingsProps {
  result: PaneCheckResult | null;
  compared: CompareResult | null;
  /** The name the findings between documents give the open workbook. */
  workbookFile: string;
  s: Strings;
  stale: boolean;
  onSelect: (item: FindingItem) => void;
}

/** The Controle tab's findings: the check's and the comparison's, in one list. */
export function CheckFindings({
  result,
  compared,
  workbookFile,
  s,
  stale,
  onSelect,
}: CheckFindingsProps) {
  const cross = useCrossItems(result, compared, workbookFile, s);
  if (!result && cross.length === 0) return null;
  return (
    <FindingsList
      result={result ?? NO_CHECK}
      cross={cross}
      s={s}
      stale={stale}
      onSelect={onSelect}
    />
  );
}
