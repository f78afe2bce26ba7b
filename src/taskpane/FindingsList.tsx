/**
 * The findings list, shared by the task pane and the web page: grouped by severity with counts
 * (collapsible), one item per cell, "Waarom en hoe herstellen" on demand, tables without findings
 * folded into one line, a filter per table and severity, previous/next with Alt+↓/Alt+↑.
 *
 * Long lists are virtualised: only the rows in (and just around) the visible part of the list's
 * own scroll area are in the DOM, so 5 000 findings cost about as many nodes as 30.
 */
import {
  Button,
  Field,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDown16Regular,
  ArrowUp16Regular,
  CheckmarkCircle16Filled,
  ChevronDown16Regular,
  ChevronRight16Regular,
  ErrorCircle16Filled,
  Info16Filled,
  Warning16Filled,
} from "@fluentui/react-icons";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent } from "react";
import { formatDutch } from "../core/amount";
import type { CheckResult } from "../core/tables/model";
import { crossRuleInfo } from "../report/cross-items";
import {
  FindingItem,
  FindingsFilter,
  ListSeverity,
  NO_FILTER,
  buildView,
  ruleInfo,
  tableName,
} from "../report/findings";
import type { Strings } from "./strings";

/** Fixed heights (px) of the rows whose height does not depend on their text. */
export const GROUP_HEIGHT = 32;
export const ITEM_HEIGHT = 44;
const EXPLAIN_ESTIMATE = 160;
/** Rows rendered above and below the visible part. */
const OVERSCAN = 8;
/** Height assumed when the scroll area has no layout (jsdom, hidden panel). */
const FALLBACK_VIEWPORT = 480;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "6px", minWidth: 0 },
  dimmed: { opacity: 0.45 },
  toolbar: { display: "flex", alignItems: "center", gap: "4px", minWidth: 0 },
  position: {
    flexGrow: 1,
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    gap: "6px",
  },
  select: { minWidth: 0 },
  scroller: {
    position: "relative",
    overflowY: "auto",
    overflowX: "hidden",
    maxHeight: "max(240px, 60vh)",
  },
  row: { position: "absolute", left: 0, right: 0, boxSizing: "border-box" },
  group: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    height: `${GROUP_HEIGHT}px`,
    width: "100%",
    margin: 0,
    padding: "0 4px",
    border: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "left",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  heading: { margin: 0, fontSize: "inherit" },
  itemRow: { display: "flex", alignItems: "stretch", height: `${ITEM_HEIGHT}px` },
  item: {
    display: "grid",
    gridTemplateColumns: "20px minmax(0, 1fr)",
    gridTemplateRows: "20px 18px",
    columnGap: "4px",
    flexGrow: 1,
    minWidth: 0,
    padding: "3px 4px",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "18px",
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  icon: { gridRow: "1 / span 2", paddingTop: "2px" },
  line: { display: "flex", gap: "4px", minWidth: 0, alignItems: "baseline" },
  title: {
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    minWidth: 0,
  },
  cell: {
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorBrandForeground1,
  },
  detail: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  expand: { minWidth: "28px", maxWidth: "28px", alignSelf: "center" },
  explain: {
    margin: "0 4px 6px 28px",
    padding: "6px 8px",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  explainHead: { fontWeight: tokens.fontWeightSemibold, margin: "0 0 2px" },
  explainText: { margin: "0 0 4px" },
  meta: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  clean: {
    display: "flex",
    alignItems: "center",
    gap: "4px",
    padding: "4px",
    border: "none",
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  cleanList: { margin: "0 0 0 24px", padding: 0, fontSize: tokens.fontSizeBase200 },
});

type Row =
  | { kind: "group"; key: string; severity: ListSeverity; count: number }
  | { kind: "item"; key: string; item: FindingItem; index: number }
  | { kind: "explain"; key: string; item: FindingItem };

export interface FindingsListProps {
  result: CheckResult;
  s: Strings;
  /** Selects the finding's cell (in Excel), or shows it (web page). */
  onSelect?: (item: FindingItem) => void;
  /** Results of a previous check while a new one runs. */
  stale?: boolean;
  /** Heading level of the list's own heading ("Bevindingen"); groups get the next level. */
  headingLevel?: 2 | 3;
  /** Prefix for element ids, when two lists share a page. */
  idPrefix?: string;
  /**
   * Findings between tables or documents (report/cross-items.ts), in the same groups after the
   * table findings; a click selects the item's cell only when it is in the open workbook.
   */
  cross?: FindingItem[];
}

function severityIcon(severity: ListSeverity, s: Strings, styles: ReturnType<typeof useStyles>) {
  return severity === "error" ? (
    <ErrorCircle16Filled className={styles.error} aria-label={s.severity.error} role="img" />
  ) : severity === "warning" ? (
    <Warning16Filled className={styles.warning} aria-label={s.severity.warning} role="img" />
  ) : (
    <Info16Filled className={styles.info} aria-label={s.severity.info} role="img" />
  );
}

/** The "why" and "source" lines of an explanation, for findings in a table and between tables. */
function WhyAndSource({
  description,
  source,
  s,
}: {
  description: string | undefined;
  source: string | undefined;
  s: Strings;
}) {
  const styles = useStyles();
  return (
    <>
      {description && (
        <p className={styles.explainText}>
          <span className={styles.meta}>{s.why}: </span>
          {description}
        </p>
      )}
      {source && (
        <p className={styles.explainText}>
          <span className={styles.meta}>{s.source}: </span>
          {source}
        </p>
      )}
    </>
  );
}

/** A finding between tables or documents: its message names every cell; then why and where. */
function CrossExplanation({ item, s }: { item: FindingItem; s: Strings }) {
  const styles = useStyles();
  const cross = item.cross;
  if (!cross) return null;
  const info = crossRuleInfo(cross.finding.rule);
  return (
    <div className={styles.explain} data-testid="explanation">
      <p className={styles.explainHead}>{info.title}</p>
      <p className={styles.explainText}>{cross.finding.message}</p>
      <WhyAndSource description={info.description} source={info.source} s={s} />
    </div>
  );
}

function Explanation({ item, s }: { item: FindingItem; s: Strings }) {
  const styles = useStyles();
  const rules = [...new Set(item.findings.map((f) => f.rule))];
  const first = item.findings.find((f) => f.expected !== null);
  return (
    <div className={styles.explain} data-testid="explanation">
      {rules.map((id) => {
        const info = ruleInfo(id);
        const messages = item.findings.filter((f) => f.rule === id).map((f) => f.message);
        return (
          <div key={id}>
            <p className={styles.explainHead}>{info.title}</p>
            {messages.map((m, i) => (
              <p key={i} className={styles.explainText}>
                {m}
              </p>
            ))}
            <WhyAndSource
              description={info.description !== info.title ? info.description : undefined}
              source={info.source}
              s={s}
            />
          </div>
        );
      })}
      <p className={styles.explainText}>
        {s.howToFix(
          item.cell,
          first && first.expected !== null ? formatDutch(first.expected) : null
        )}
      </p>
    </div>
  );
}

/** Measures a variable-height row (the explanation) after it renders. */
function Measured({
  rowKey,
  onHeight,
  children,
}: {
  rowKey: string;
  onHeight: (key: string, height: number) => void;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight ?? 0;
    if (h > 0) onHeight(rowKey, h);
  });
  return <div ref={ref}>{children}</div>;
}

const NO_CROSS: FindingItem[] = [];

export function FindingsList({
  result,
  s,
  onSelect,
  stale = false,
  headingLevel = 2,
  idPrefix = "bevindingen",
  cross = NO_CROSS,
}: FindingsListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<FindingsFilter>(NO_FILTER);
  const [collapsed, setCollapsed] = useState<Record<ListSeverity, boolean>>({
    error: false,
    warning: false,
    info: false,
  });
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [showClean, setShowClean] = useState(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [, setMeasured] = useState(0);
  const heights = useRef(new Map<string, number>());
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef<string | null>(null);

  // A new result (another check, a live refresh) may no longer have the filtered table.
  const tableCount = result.tables.length;
  useEffect(() => {
    setFilter((f) => (f.table !== null && f.table >= tableCount ? NO_FILTER : f));
  }, [tableCount]);

  const view = useMemo(
    () =>
      buildView(
        result,
        filter,
        {
          expected: s.expected,
          found: s.found,
          difference: s.difference,
        },
        cross
      ),
    [result, filter, s, cross]
  );

  const rows = useMemo(() => {
    const out: Row[] = [];
    let index = 0;
    for (const [severity, items] of [
      ["error", view.errors],
      ["warning", view.warnings],
      ["info", view.infos],
    ] as const) {
      if (!items.length) continue;
      out.push({ kind: "group", key: `g:${severity}`, severity, count: items.length });
      if (collapsed[severity]) {
        index += items.length;
        continue;
      }
      for (const item of items) {
        out.push({ kind: "item", key: item.key, item, index: index++ });
        if (expanded.has(item.key)) out.push({ kind: "explain", key: `x:${item.key}`, item });
      }
    }
    return out;
  }, [view, collapsed, expanded]);

  const heightOf = useCallback(
    (r: Row) =>
      r.kind === "group"
        ? GROUP_HEIGHT
        : r.kind === "item"
          ? ITEM_HEIGHT
          : (heights.current.get(r.key) ?? EXPLAIN_ESTIMATE),
    []
  );
  const offsets: number[] = [];
  let total = 0;
  for (const r of rows) {
    offsets.push(total);
    total += heightOf(r);
  }

  useLayoutEffect(() => {
    const h = scroller.current?.clientHeight ?? 0;
    if (h > 0 && h !== viewport) setViewport(h);
  });

  // Visible window by binary search over the offsets.
  let first = 0;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] + heightOf(rows[mid]) <= scrollTop) lo = mid + 1;
    else {
      first = mid;
      hi = mid - 1;
    }
  }
  if (lo > rows.length - 1) first = rows.length;
  let last = first;
  while (last < rows.length && offsets[last] < scrollTop + viewport) last++;
  const from = Math.max(0, first - OVERSCAN);
  const to = Math.min(rows.length, last + OVERSCAN);

  const onHeight = useCallback((key: string, h: number) => {
    if (heights.current.get(key) !== h) {
      heights.current.set(key, h);
      setMeasured((n) => n + 1);
    }
  }, []);

  /** Scrolls the list so that the row with `key` is visible, and focuses it after rendering. */
  const reveal = (key: string, focus: boolean) => {
    const i = rows.findIndex((r) => r.kind === "item" && r.key === key);
    const el = scroller.current;
    if (i >= 0 && el) {
      const top = offsets[i];
      const bottom = top + ITEM_HEIGHT;
      const height = el.clientHeight || viewport;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (bottom > el.scrollTop + height) el.scrollTop = bottom - height;
      setScrollTop(el.scrollTop);
    }
    if (focus) focusPending.current = key;
    setActiveKey(key);
  };

  useEffect(() => {
    const key = focusPending.current;
    if (!key) return;
    const el = [...(scroller.current?.querySelectorAll<HTMLElement>("[data-key]") ?? [])].find(
      (e) => e.dataset.key === key
    );
    if (el) {
      focusPending.current = null;
      el.focus();
    }
  });

  const order = view.order;
  const activeIndex = activeKey ? order.findIndex((i) => i.key === activeKey) : -1;

  const select = (item: FindingItem, focus: boolean) => {
    // A collapsed group opens when previous/next lands in it.
    if (collapsed[item.severity]) setCollapsed((c) => ({ ...c, [item.severity]: false }));
    reveal(item.key, focus);
    // A cell in another file cannot be selected; the item names it.
    if (!item.cross || item.cross.local) onSelect?.(item);
  };
  const step = (delta: 1 | -1, focus: boolean) => {
    if (!order.length) return;
    const next =
      activeIndex < 0
        ? delta === 1
          ? 0
          : order.length - 1
        : (activeIndex + delta + order.length) % order.length;
    select(order[next], focus);
  };

  // Alt+↓ / Alt+↑ anywhere in the page (outside form fields) go to the next / previous finding.
  const stepRef = useRef(step);
  stepRef.current = step;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== "ArrowDown" && e.key !== "ArrowUp")) return;
      const t = e.target as HTMLElement | null;
      if (t && /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName)) return;
      e.preventDefault();
      stepRef.current(e.key === "ArrowDown" ? 1 : -1, true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const onItemKey = (e: ReactKeyboardEvent, item: FindingItem) => {
    if (e.altKey) return;
    const i = order.findIndex((x) => x.key === item.key);
    let target = -1;
    if (e.key === "ArrowDown") target = Math.min(order.length - 1, i + 1);
    else if (e.key === "ArrowUp") target = Math.max(0, i - 1);
    else if (e.key === "Home") target = 0;
    else if (e.key === "End") target = order.length - 1;
    else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      setExpanded((x) => {
        const n = new Set(x);
        if (e.key === "ArrowRight") n.add(item.key);
        else n.delete(item.key);
        return n;
      });
      return;
    }
    if (target < 0) return;
    e.preventDefault();
    const t = order[target];
    if (collapsed[t.severity]) setCollapsed((c) => ({ ...c, [t.severity]: false }));
    reveal(t.key, true);
  };

  const H = headingLevel === 2 ? "h2" : "h3";
  const G = headingLevel === 2 ? "h3" : "h4";
  const listHeadingId = `${idPrefix}-kop`;
  const tableOptions = result.tables.map((t, i) => ({
    value: String(i),
    label: `${tableName(t, s.tableKinds)} (${t.sheet}!${t.range})`,
  }));
  const cellCount = view.order.length;
  const anyFindings = result.findings.length > 0 || cross.length > 0;
  const anyInfo = cross.some((i) => i.severity === "info");

  return (
    <section
      className={mergeClasses(styles.root, stale && styles.dimmed)}
      aria-labelledby={listHeadingId}
      aria-busy={stale || undefined}
      data-testid="findings"
    >
      <Text as={H} id={listHeadingId} size={300} weight="semibold" className={styles.heading}>
        {s.findingsHeading}
      </Text>
      {anyFindings && (
        <>
          <div className={styles.filters}>
            <Field label={s.filterTable} size="small">
              <Select
                size="small"
                className={styles.select}
                select={{ className: styles.select }}
                value={filter.table === null ? "" : String(filter.table)}
                onChange={(_, d) =>
                  setFilter((f) => ({ ...f, table: d.value === "" ? null : Number(d.value) }))
                }
              >
                <option value="">{s.allTables}</option>
                {tableOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={s.filterSeverity} size="small">
              <Select
                size="small"
                className={styles.select}
                select={{ className: styles.select }}
                value={filter.severity ?? ""}
                onChange={(_, d) =>
                  setFilter((f) => ({
                    ...f,
                    severity: d.value === "" ? null : (d.value as ListSeverity),
                  }))
                }
              >
                <option value="">{s.allSeverities}</option>
                <option value="error">{s.groups.error}</option>
                <option value="warning">{s.groups.warning}</option>
                {anyInfo && <option value="info">{s.groups.info}</option>}
              </Select>
            </Field>
          </div>
          <div className={styles.toolbar}>
            <Button
              size="small"
              icon={<ArrowUp16Regular />}
              disabled={!cellCount}
              onClick={() => step(-1, false)}
              title={`${s.previous} (Alt+↑)`}
            >
              {s.previous}
            </Button>
            <Text size={200} className={styles.position} aria-live="polite" data-testid="position">
              {s.position(activeIndex + 1, cellCount)}
            </Text>
            <Button
              size="small"
              icon={<ArrowDown16Regular />}
              iconPosition="after"
              disabled={!cellCount}
              onClick={() => step(1, false)}
              title={`${s.next} (Alt+↓)`}
            >
              {s.next}
            </Button>
          </div>
        </>
      )}
      {anyFindings && !rows.length && (
        <Text size={200} className={styles.meta}>
          {s.noneInFilter}
        </Text>
      )}
      {rows.length > 0 && (
        <div
          ref={scroller}
          className={styles.scroller}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          data-testid="findings-scroller"
        >
          <div style={{ height: `${total}px`, position: "relative" }}>
            {rows.slice(from, to).map((r, k) => {
              const i = from + k;
              const style = { top: `${offsets[i]}px` };
              if (r.kind === "group") {
                const open = !collapsed[r.severity];
                return (
                  <div key={r.key} className={styles.row} style={style}>
                    <G className={styles.heading}>
                      <button
                        type="button"
                        className={styles.group}
                        aria-expanded={open}
                        data-testid={`group-${r.severity}`}
                        onClick={() =>
                          setCollapsed((c) => ({ ...c, [r.severity]: !c[r.severity] }))
                        }
                      >
                        {open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                        {severityIcon(r.severity, s, styles)}
                        {s.groups[r.severity]} ({r.count})
                      </button>
                    </G>
                  </div>
                );
              }
              if (r.kind === "explain") {
                return (
                  <div key={r.key} className={styles.row} style={style}>
                    <Measured rowKey={r.key} onHeight={onHeight}>
                      {r.item.cross ? (
                        <CrossExplanation item={r.item} s={s} />
                      ) : (
                        <Explanation item={r.item} s={s} />
                      )}
                    </Measured>
                  </div>
                );
              }
              const item = r.item;
              const open = expanded.has(item.key);
              const where = `${item.sheet}!${item.cell}`;
              const elsewhere = item.cross && !item.cross.local;
              return (
                <div key={r.key} className={mergeClasses(styles.row, styles.itemRow)} style={style}>
                  <button
                    type="button"
                    className={mergeClasses(styles.item, activeKey === item.key && styles.active)}
                    data-key={item.key}
                    data-cell={elsewhere ? undefined : where}
                    data-cross={item.cross ? item.cross.finding.rule : undefined}
                    aria-current={activeKey === item.key || undefined}
                    title={elsewhere ? item.detail : s.goToCell(where)}
                    tabIndex={
                      activeKey === item.key || (activeKey === null && r.index === 0) ? 0 : -1
                    }
                    onClick={() => select(item, false)}
                    onKeyDown={(e) => onItemKey(e, item)}
                  >
                    <span className={styles.icon}>{severityIcon(item.severity, s, styles)}</span>
                    <span className={styles.line}>
                      <span className={styles.title}>{item.titles.join(" · ")}</span>
                      {!elsewhere && <span className={styles.cell}>{item.cell}</span>}
                    </span>
                    <span className={styles.detail}>{item.detail}</span>
                  </button>
                  <Button
                    size="small"
                    appearance="subtle"
                    className={styles.expand}
                    icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                    aria-expanded={open}
                    aria-label={s.whyAndHowOf(item.cell)}
                    title={s.whyAndHow}
                    tabIndex={
                      activeKey === item.key || (activeKey === null && r.index === 0) ? 0 : -1
                    }
                    onClick={() =>
                      setExpanded((x) => {
                        const n = new Set(x);
                        if (n.has(item.key)) n.delete(item.key);
                        else n.add(item.key);
                        return n;
                      })
                    }
                  />
                </div>
              );
            })}
          </div>
        </div>
      )}
      {view.clean.length > 0 && (
        <div>
          <button
            type="button"
            className={styles.clean}
            aria-expanded={showClean}
            onClick={() => setShowClean((x) => !x)}
            data-testid="clean-tables"
          >
            <CheckmarkCircle16Filled className={styles.ok} aria-hidden />
            {s.cleanTables(view.clean.length)}
          </button>
          {showClean && (
            <ul className={styles.cleanList}>
              {view.clean.map((i) => (
                <li key={i}>
                  {tableName(result.tables[i], s.tableKinds)}{" "}
                  <span className={styles.meta}>
                    {result.tables[i].sheet}!{result.tables[i].range}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {anyFindings && (
        <Text size={100} className={styles.meta}>
          {s.shortcuts}
        </Text>
      )}
    </section>
  );
}
