import { ROUNDING_RULE } from "./equation";
import type { Rule } from "./types";

/** Reported by roll-forward, column-total, saldo and net when the `rounding` option is on. */
export const rounding: Rule = {
  id: ROUNDING_RULE,
  description:
    "Alleen met de optie afronding: een verschil in een som dat de afronding van de termen op hele eenheden kan verklaren, |totaal − som| ≤ (n + 1)/2 bij n afgeronde termen (bij bedragen met decimalen: (n + 1)/2 × de kleinste eenheid waarin ze geschreven zijn), is een waarschuwing in plaats van een fout.",
  severity: "warning",
  source:
    "XBRL Calculations 1.1 (round-to-nearest): elk afgerond getal v staat voor [v − ½, v + ½]; consistent als de intervallen van totaal en som elkaar raken",
  check() {
    // The arithmetic rules report this finding; it has no check of its own.
  },
};
