/**
 * Header sanity as rules: the issues found by tables/header-sanity.ts, reported as errors at the
 * header cell with what the header probably should read.
 */
import type { HeaderIssue, HeaderProblem } from "../tables/header-sanity";
import type { ParsedTable } from "../tables/parsed";
import type { Rule, RuleContext } from "./types";

const WHAT: Record<HeaderProblem, (i: HeaderIssue) => string> = {
  "duplicate-year": () => "het jaar staat al boven een andere kolom van deze soort",
  "year-order": () =>
    "het jaar past niet in de volgorde van de jaren van de kolommen van deze soort",
  "impossible-year": () => "het jaar is geen mogelijk jaar voor deze tabel",
  typo: () => "de kop lijkt een typefout van een bekende kolomkop",
};

function report(table: ParsedTable, ctx: RuleContext, years: boolean): void {
  for (const i of table.headerIssues ?? []) {
    if ((i.problem === "typo") === years) continue;
    const reading = i.suggestion
      ? ` Waarschijnlijk bedoeld: "${i.suggestion}"; de kolom is gecontroleerd als "${i.suggestion}".`
      : " Wat bedoeld is, is niet eenduidig; deze kolom is niet gecontroleerd.";
    ctx.report({
      row: i.row,
      col: i.col,
      columnHeader: i.text,
      expected: null,
      actual: null,
      message: `Kolomkop "${i.text}": ${WHAT[i.problem](i)}.${reading}`,
    });
  }
}

export const headerYear: Rule = {
  id: "header-year",
  title: "Jaar in kolomkop klopt niet",
  description:
    "Het jaar in een kolomkop is niet dubbel, volgt op het jaar van de vorige kolom van dezelfde soort en is een mogelijk jaar (geen 2061 tussen 2015 en 2017, geen 2105 of 2O15 met een letter O). De kop wordt gemeld met wat er waarschijnlijk moet staan; als dat eenduidig is, wordt de kolom onder die lezing gecontroleerd.",
  severity: "error",
  kinds: ["garanties", "uitgaven-ontvangsten"],
  source:
    "RBV modellen 1.32e en 3.21b: de kolommen lopen per jaar op (uitstaand t-1, verleend t, vervallen t, uitstaand t, …)",
  check(table, ctx) {
    report(table, ctx, true);
  },
};

export const headerTypo: Rule = {
  id: "header-typo",
  title: "Typefout in kolomkop",
  description:
    'Een kolomkop die op twee tekens na een bekende kolomkop is ("Uitstaande garnaties 2016"). De kop wordt gemeld met wat er waarschijnlijk moet staan, en de kolom wordt onder die lezing gecontroleerd.',
  severity: "error",
  kinds: ["garanties", "uitgaven-ontvangsten"],
  source: "Kolomkoppen volgens RBV modellen 1.32e en 3.21b en de tabellen op rijksfinancien.nl",
  check(table, ctx) {
    report(table, ctx, false);
  },
};
