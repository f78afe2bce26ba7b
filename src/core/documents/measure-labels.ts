/**
 * The short Dutch name of each measure, as the timeline shows it (the CLI's `--tijdlijn` table and
 * the timeline view of the pane and the web page share it).
 */
import type { Measure } from "./model";

/** One word or two per measure; the year follows it. */
export const MEASURE_LABEL: Record<Measure, string> = {
  uitstaand: "uitstaand",
  verleend: "verleend",
  vervallen: "vervallen",
  garantieplafond: "garantieplafond",
  "totaal-plafond": "totaal plafond",
  risicovoorziening: "risicovoorziening",
  uitgaven: "uitgaven",
  ontvangsten: "ontvangsten",
  saldo: "saldo",
  lening: "lening (€)",
};
