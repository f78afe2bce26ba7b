/**
 * Recognising one scheme under the names different tables and documents give it.
 *
 * Published names of one scheme differ in case, hyphenation ("Terrorisme-schades" /
 * "Terrorismeschades", "EIB - kredietver-lening"), footnote markers ("Saldo¹", "FOM 1)"), an
 * abbreviation in brackets ("Garantie African Development Bank (AfDB)"), the word "Garantie"
 * before the name ("Garantie FOM" / "FOM") and words added later ("9e Europees Ontwikkelingsfonds
 * verlenging" / "Voorschotten 9e Europees Ontwikkelings Fonds (EOF)"). Matching: the same key
 * (case, accents, punctuation, spaces, brackets, the leading word "Garantie" ignored), else a
 * similar key (similarSchemeKeys) of exactly one scheme. An ambiguous name matches nothing: a
 * scheme is never guessed.
 */

const FOOTNOTE = /[\u00b9\u00b2\u00b3\u2070-\u2079*†‡]|\s\(?\d{1,2}\)$/g;

/** The key of a scheme name: lower case, no accents, brackets, punctuation or "Garantie". */
export function schemeKey(label: string): string {
  // Footnote markers first: NFKD would turn "¹" into a plain "1".
  const plain = label
    .replace(FOOTNOTE, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u00ad]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (/^totaal\b/.test(plain) && plain.split(" ").length <= 2) return "totaal";
  return plain.replace(/^garanties? /, "").trim();
}

/** The key without spaces, for containment ("ontwikkelings fonds" = "ontwikkelingsfonds"). */
function compact(key: string): string {
  return key.replace(/ /g, "");
}

const MIN_CONTAINED = 8;
const STOPWORDS = new Set(["en", "in", "van", "de", "het", "voor", "op", "der", "aan"]);

/** The words of a key and every two adjacent words written together. */
function words(key: string): { words: string[]; joined: Set<string> } {
  const w = key.split(" ").filter((x) => x !== "" && !STOPWORDS.has(x));
  const joined = new Set(w);
  for (let i = 0; i + 1 < w.length; i++) joined.add(w[i] + w[i + 1]);
  return { words: w, joined };
}

/** Words of `a` found in `b` (a word counts when it, or it joined to its neighbour, is in `b`). */
function unmatched(a: string[], b: Set<string>): number {
  let missing = 0;
  for (let i = 0; i < a.length; i++) {
    const ok =
      b.has(a[i]) ||
      (i + 1 < a.length && b.has(a[i] + a[i + 1])) ||
      (i > 0 && b.has(a[i - 1] + a[i]));
    if (!ok) missing++;
  }
  return missing;
}

/**
 * Two keys that are not equal but name one scheme: one contained in the other (at least 8
 * letters), or at least three words in common with at most one word of either name unmatched
 * ("voorschotten 9e europees ontwikkelings fonds" / "9e europees ontwikkelingsfonds verlenging").
 */
export function similarSchemeKeys(a: string, b: string): boolean {
  if (a === "totaal" || b === "totaal") return false;
  const ca = compact(a);
  const cb = compact(b);
  if (Math.min(ca.length, cb.length) >= MIN_CONTAINED && (ca.includes(cb) || cb.includes(ca)))
    return true;
  const wa = words(a);
  const wb = words(b);
  const ua = unmatched(wa.words, wb.joined);
  const ub = unmatched(wb.words, wa.joined);
  return ua <= 1 && ub <= 1 && wa.words.length - ua >= 3 && wb.words.length - ub >= 3;
}

/**
 * Groups the scheme names of several documents. Each document's names are assigned at once:
 * first to a group of the same key, then to the one group with a similar key that no other row
 * of this document took. Two rows of one document are never one scheme ("Garantie Stichting
 * Waarborgfonds Motorverkeer" and "Waarborgfonds motorverkeer" are two schemes of IX).
 */
export class SchemeMatcher {
  private readonly groups: string[] = [];

  /** Group key per key of one document (give documents in a fixed order). */
  assign(keys: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    const taken = new Set<string>();
    const unique = [...new Set(keys)];
    for (const k of unique) {
      if (this.groups.includes(k)) {
        out.set(k, k);
        taken.add(k);
      }
    }
    const rest = unique.filter((k) => !out.has(k));
    for (const k of rest) {
      const candidates = this.groups.filter((g) => !taken.has(g) && similarSchemeKeys(k, g));
      // The group must also have no other similar name in this document.
      const rivals =
        candidates.length === 1
          ? rest.filter((o) => o !== k && similarSchemeKeys(o, candidates[0])).length
          : 0;
      const group = candidates.length === 1 && rivals === 0 ? candidates[0] : k;
      out.set(k, group);
      taken.add(group);
    }
    for (const g of out.values()) if (!this.groups.includes(g)) this.groups.push(g);
    return out;
  }
}

/** True when two scheme names name the same scheme under the rules above. */
export function sameScheme(a: string, b: string): boolean {
  const ka = schemeKey(a);
  const kb = schemeKey(b);
  return ka === kb || similarSchemeKeys(ka, kb);
}

/**
 * The article number of an article cell: "Artikel 5 Schuldsanering", "Art. 3", "5. Multilaterale
 * samenwerking", 3 → "5", "3", "5", "3"; undefined for a name without number ("Belastingen").
 */
export function articleNumber(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return String(value);
  if (typeof value !== "string") return undefined;
  const m = /^\s*(?:art(?:ikel)?\.?\s*)?(\d{1,3})(?:[.\s)]|$)/i.exec(value);
  return m ? String(Number(m[1])) : undefined;
}
