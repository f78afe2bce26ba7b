/**
 * The shared-string table (ECMA-376 18.4): each `<si>` is one string, its plain `<t>` or its
 * rich-text runs `<r><t>` joined; phonetic guides (`<rPh>`) are no part of the text.
 * Limits: the number of strings, the characters of one string and of all together.
 */
import { limitError, type Limits } from "./limits";
import { AMP, decode, GT, LT, scanPart } from "./xml";
import type { ZipArchive } from "./zip";

/** Bytes of the two openings of a plain string, `<si><t>` and `<si><t xml:space="preserve">`. */
const PLAIN = bytesOf("<si><t>");
const PRESERVE = bytesOf('<si><t xml:space="preserve">');
const END = bytesOf("</t></si>");

function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

function at(buf: Uint8Array, p: number, end: number, what: Uint8Array): boolean {
  if (p + what.length > end) return false;
  for (let k = 0; k < what.length; k++) if (buf[p + k] !== what[k]) return false;
  return true;
}

export function readSharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  limits: Limits
): string[] {
  const strings: string[] = [];
  const entry = part ? zip.get(part) : undefined;
  if (!entry) return strings;
  let current = "";
  let inT = false;
  let phonetic = 0;
  let chars = 0;
  const add = (text: string): void => {
    current += text;
    chars += text.length;
    if (current.length > limits.cellChars) {
      throw limitError("cellChars", limits, `gedeelde tekst ${strings.length + 1}`);
    }
    if (chars > limits.sharedStringChars) throw limitError("sharedStringChars", limits);
  };
  scanPart(
    zip,
    entry,
    {
      open(name) {
        if (name === "si") {
          current = "";
          if (strings.length >= limits.sharedStrings) throw limitError("sharedStrings", limits);
        } else if (name === "t") inT = true;
        else if (name === "rPh") phonetic++;
      },
      close(name) {
        if (name === "t") inT = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") strings.push(current);
      },
      text(text) {
        if (!inT || phonetic > 0) return;
        add(text);
      },
      // A plain string, as nearly every string is written: `<si><t>text</t></si>` (the t may
      // keep its spaces) with a text without references, ">" or carriage returns, read in one
      // pass with the same result as tag by tag (test/xlsx/fast-paths.test.ts); anything else
      // (rich text, phonetic guides, white space between the tags) is left to the scanner.
      element(buf, p, end) {
        if (inT || buf[p + 1] !== 0x73) return -1;
        const open = at(buf, p, end, PLAIN)
          ? PLAIN.length
          : at(buf, p, end, PRESERVE)
            ? PRESERVE.length
            : -1;
        if (open < 0) return -1;
        const from = p + open;
        let k = from;
        for (; k < end; k++) {
          const c = buf[k];
          if (c === LT) break;
          if (c === AMP || c === GT || c === 0x0d) return -1;
        }
        if (!at(buf, k, end, END)) return -1;
        if (strings.length >= limits.sharedStrings) throw limitError("sharedStrings", limits);
        current = "";
        if (k > from) add(decode(buf, from, k));
        strings.push(current);
        return k + END.length;
      },
    },
    limits
  );
  return strings;
}
