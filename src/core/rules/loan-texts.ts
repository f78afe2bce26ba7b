/**
 * The text columns of a loan table: the outstanding amount in another currency ("ANG 139.735")
 * and the term ("30 jaar (2014-2044)"). Both are read, never taken for an amount of the table.
 */
import { formatDutch, parseDutchAmount } from "../amount";
import { ST } from "../tables/parsed";
import { DASH } from "../vocabulary";
import type { Rule } from "./types";

/** "ANG 139.735", "USD 1.250,5", "€ 10", "AWG 71 mln." → currency and amount; undefined otherwise. */
export function parseCurrencyAmount(
  text: string
): { currency: string; amount: number } | undefined {
  const m = /^\s*([A-Z]{3}|Naf\.?|ƒ|\$|£|¥|€)\s*(.+?)\s*$/u.exec(text);
  if (!m) return undefined;
  const a = parseDutchAmount(m[2]);
  if (!a.ok) return undefined;
  return { currency: m[1].replace(/\.$/, ""), amount: a.value };
}

const LOOPTIJD = new RegExp(
  `^\\s*(\\d{1,3})\\s*jaar\\s*\\(\\s*((?:19|20)\\d\\d)\\s*${DASH}\\s*((?:19|20)\\d\\d)\\s*\\)\\s*$`,
  "i"
);

/** "30 jaar (2014-2044)" → { years: 30, from: 2014, to: 2044 }; other text → undefined. */
export function parseLooptijd(
  text: string
): { years: number; from: number; to: number } | undefined {
  const m = LOOPTIJD.exec(text);
  if (!m) return undefined;
  return { years: Number(m[1]), from: Number(m[2]), to: Number(m[3]) };
}

export const currencyAmount: Rule = {
  id: "currency-amount",
  title: "Geen bedrag in valuta",
  kinds: ["leningen"],
  description:
    'Een lening in een andere valuta staat als valutacode en bedrag ("ANG 139.735"); een bedrag in valuta zonder bedrag in euro (of omgekeerd) op dezelfde regel wordt gemeld.',
  severity: "error",
  source:
    "RBV model 1.32e/3.21b, Overzicht verstrekte leningen: kolommen Uitstaande lening in andere valuta en in €",
  check(table, ctx) {
    if (table.kind !== "leningen") return;
    const euro = table.columns.find((c) => c.kind === "lening-uitstaand");
    for (const t of table.texts ?? []) {
      if (t.kind !== "valuta") continue;
      t.cells.forEach((cell, i) => {
        if (cell === null) return;
        const base = {
          row: table.rows[i],
          col: t.col,
          rowLabel: table.labels[i],
          columnHeader: t.header,
        };
        const c = parseCurrencyAmount(cell);
        if (!c) {
          ctx.report({
            ...base,
            expected: null,
            actual: null,
            message: `"${cell}" is geen bedrag in valuta; verwacht een valutacode en een bedrag, bijvoorbeeld "ANG 139.735".`,
          });
          return;
        }
        if (
          !euro ||
          (euro.status[i] !== ST.NUMBER &&
            euro.status[i] !== ST.TEXT_NUMBER &&
            euro.status[i] !== ST.NIL)
        )
          return;
        const e = euro.values[i];
        if ((c.amount === 0) !== (e === 0)) {
          ctx.report({
            ...base,
            expected: null,
            actual: e,
            message: `${c.currency} ${formatDutch(c.amount)} in valuta, maar ${formatDutch(e)} in euro op dezelfde regel; een van beide klopt niet.`,
          });
        }
      });
    }
  },
};

export const looptijd: Rule = {
  id: "looptijd",
  title: "Looptijd klopt niet",
  kinds: ["leningen"],
  description:
    'De looptijd van een lening ("30 jaar (2014-2044)") is gelijk aan het verschil tussen het eind- en het beginjaar.',
  severity: "warning",
  source: "RBV model 1.32e/3.21b, Overzicht verstrekte leningen: kolom Looptijd lening",
  check(table, ctx) {
    if (table.kind !== "leningen") return;
    for (const t of table.texts ?? []) {
      if (t.kind !== "looptijd") continue;
      t.cells.forEach((cell, i) => {
        const l = cell === null ? undefined : parseLooptijd(cell);
        if (!l || l.to - l.from === l.years) return;
        ctx.report({
          row: table.rows[i],
          col: t.col,
          rowLabel: table.labels[i],
          columnHeader: t.header,
          expected: l.to - l.from,
          actual: l.years,
          message: `"${cell}" noemt ${l.years} jaar, maar van ${l.from} tot ${l.to} is ${l.to - l.from} jaar.`,
        });
      });
    }
  },
};
