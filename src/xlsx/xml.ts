/**
 * Streaming XML for the parts of a workbook: saxes (ISC) fed with the chunks the zip layer
 * unpacks, decoded as UTF-8 (or UTF-16 with a byte-order mark) across chunk boundaries.
 *
 * - Tags and attributes are given by local name (`x:c` → `c`; some producers prefix every tag).
 * - A document type declaration is refused: OOXML has none, and a DTD is how entity expansion
 *   attacks start. Undeclared entities are errors of saxes itself.
 * - Limits: nesting depth, and the characters between two tags (one text node or one tag with
 *   its attributes), checked before saxes buffers them.
 * - A syntax error is held back until the part has been unpacked: when the part is damaged
 *   (its CRC-32 differs), that is the message, not what the parser made of the damaged bytes.
 */
import { SaxesParser } from "saxes";
import { damaged, XlsxError } from "./errors";
import { limitError, type Limits } from "./limits";
import type { ZipArchive, ZipEntry } from "./zip";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

/** The local part of a qualified name. */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by local name, whatever its prefix (`r:id`, `ns1:id`). */
export function attr(attributes: Attributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) {
    if (key.endsWith(`:${name}`)) return attributes[key];
  }
  return undefined;
}

function decoderFor(first: Uint8Array): TextDecoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder("utf-16le");
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

/** Parses one part of the archive with `handler`. */
export function parsePart(
  zip: ZipArchive,
  entry: ZipEntry,
  handler: XmlHandler,
  limits: Limits
): void {
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  let run = 0;
  parser.on("doctype", () => {
    throw new XlsxError(
      "dtd",
      `onderdeel ${entry.name} bevat een documenttypedeclaratie (DTD); die hoort niet in een Excel-werkmap en wordt uit veiligheid geweigerd.`
    );
  });
  parser.on("opentag", (tag) => {
    if (++depth > limits.xmlDepth) throw limitError("xmlDepth", limits, entry.name);
    handler.open(localName(tag.name), tag.attributes as Attributes, tag.isSelfClosing);
  });
  parser.on("closetag", (tag) => {
    depth--;
    handler.close(localName(tag.name));
  });
  if (handler.text) {
    const onText = handler.text.bind(handler);
    parser.on("text", onText);
    parser.on("cdata", onText);
  }

  const feed = (text: string): void => {
    // The longest stretch without '<' bounds what saxes buffers for one text or one tag.
    let from = 0;
    for (;;) {
      const lt = text.indexOf("<", from);
      if (lt < 0) {
        run += text.length - from;
        break;
      }
      run += lt - from;
      if (run > limits.xmlRun) break;
      run = 0;
      from = lt + 1;
    }
    if (run > limits.xmlRun) throw limitError("xmlRun", limits, entry.name);
    parser.write(text);
  };

  let decoder: TextDecoder | undefined;
  let failure: unknown;
  const fail = (err: unknown): void => {
    // Limits and a DTD stop at once; anything else waits for the CRC check.
    if (err instanceof XlsxError && (err.code === "limit" || err.code === "dtd")) throw err;
    failure = err;
  };
  zip.read(entry, (chunk) => {
    if (failure !== undefined) return;
    decoder ??= decoderFor(chunk);
    try {
      feed(decoder.decode(chunk, { stream: true }));
    } catch (err) {
      fail(err);
    }
  });
  if (failure === undefined) {
    try {
      if (decoder) feed(decoder.decode());
      parser.close();
    } catch (err) {
      fail(err);
    }
  }
  if (failure !== undefined) {
    if (failure instanceof XlsxError) throw failure;
    throw damaged(`de XML van ${entry.name} is ongeldig`);
  }
}
