/**
 * The shared-string table (ECMA-376 18.4): each `<si>` is one string, its plain `<t>` or its
 * rich-text runs `<r><t>` joined; phonetic guides (`<rPh>`) are no part of the text.
 * Limits: the number of strings, the characters of one string and of all together.
 */
import { limitError, type Limits } from "./limits";
import { scanPart } from "./xml";
import type { ZipArchive } from "./zip";

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
        current += text;
        chars += text.length;
        if (current.length > limits.cellChars) {
          throw limitError("cellChars", limits, `gedeelde tekst ${strings.length + 1}`);
        }
        if (chars > limits.sharedStringChars) throw limitError("sharedStringChars", limits);
      },
    },
    limits
  );
  return strings;
}
