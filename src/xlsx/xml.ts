/**
 * Streaming XML for the parts of a workbook: a byte-level scanner over the chunks the zip layer
 * unpacks, made for what SpreadsheetML is (many small elements, short attribute values, plain
 * UTF-8), so that a 50 000-row sheet is read without a per-character state machine and with
 * little garbage per cell. test/xlsx/xml.test.ts holds it to saxes (a conforming XML parser) as
 * an oracle: the same events for well-formed input, a refusal for malformed input.
 *
 * - Tags and attributes are given by local name (`x:c` → `c`; some producers prefix every tag);
 *   attribute objects are keyed by qualified name (`r:id`), as an XML parser without namespace
 *   processing gives them (`attr` finds one by local name).
 * - Well-formedness is checked: tags close in order, one root element, quoted attribute values
 *   without `<`, no duplicated attribute, only the five predefined entities and character
 *   references of XML characters, no text outside the root element. Line ends are normalised
 *   (\r\n and \r → \n) and tabs and line ends in attribute values become spaces (XML 1.0 §2.11,
 *   §3.3.3).
 * - A document type declaration is refused: OOXML has none, and a DTD is how entity expansion
 *   attacks start.
 * - Limits: nesting depth, and the bytes between two tags (one text or one tag with its
 *   attributes), checked before they are buffered.
 * - UTF-8 (with or without a byte-order mark), or UTF-16 with a byte-order mark (re-encoded to
 *   UTF-8 chunk by chunk). Invalid UTF-8 becomes U+FFFD, as a TextDecoder gives it.
 * - A syntax error is held back until the part has been unpacked: when the part is damaged
 *   (its CRC-32 differs), that is the message, not what the scanner made of the damaged bytes.
 */
import { damaged, XlsxError } from "./errors";
import { limitError, type Limits } from "./limits";
import type { ZipArchive, ZipEntry } from "./zip";

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
}

/**
 * The attributes of the tag being opened, read on demand: a tag costs no object, and a value no
 * string until it is asked for. Valid only during `open`.
 */
export interface TagAttributes {
  /** The value of the attribute with this qualified name (`r`, `r:id`), unescaped. */
  get(qualifiedName: string): string | undefined;
  /** All attributes as a record keyed by qualified name. */
  record(): Attributes;
  /**
   * The attribute with this qualified name when its value is plain (no reference, tab or line
   * end to normalise, so its bytes are its text): its index for `from` and `to`, else -1 (absent,
   * or not plain: then `get` gives it). Lets a worksheet read a cell reference from its bytes.
   */
  plain(qualifiedName: string): number;
  /** The bytes the values lie in. */
  readonly bytes: Uint8Array;
  /** Where the value of attribute `index` (from `plain`) starts and ends in `bytes`. */
  from(index: number): number;
  to(index: number): number;
}

/** A handler for the hot parts (worksheets, shared strings): attributes read on demand. */
export interface TagHandler {
  open(name: string, attributes: TagAttributes, selfClosing: boolean): void;
  close(name: string): void;
  text?(text: string): void;
  /**
   * Offered first, before `text`, a text that runs up to an end tag, as its raw bytes
   * [from, to) of `buf` (valid only during the call): returns true when it took the text (then
   * `text` is not called), false to get it as a string. Lets a worksheet read the digits of a
   * number without making a string of them.
   */
  textBytes?(buf: Uint8Array, from: number, to: number): boolean;
  /**
   * Offered first, at each start tag inside the root element (when two more levels fit in the
   * depth limit): a handler that knows the element whose "<" is at `buf[at]` may read it whole,
   * as if it had been given its tags and text one by one, and return the position after its end
   * tag; or return -1, having changed nothing, to leave it to the scanner. It may only take an
   * element that ends before `end`, nested at most two levels deep, and well-formed as the
   * scanner checks it (anything unusual is left to the scanner). Lets a worksheet read its
   * hundreds of thousands of `<c r="B3" s="1"><v>12</v></c>` in one pass over their bytes.
   */
  element?(buf: Uint8Array, at: number, end: number): number;
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

/** A name as the scanner interns it: its bytes, the qualified name and its local part. */
interface Name {
  bytes: Uint8Array;
  qualified: string;
  local: string;
}

/** Bytes of a new chunk joined to a token cut off by the end of the previous one. */
const JOIN = 4096;

/** Slots of the name table (a power of two). */
const NAME_SLOTS = 256;

/** A syntax error: reported as "de XML van … is ongeldig" once the part's CRC-32 is known good. */
class XmlSyntaxError extends Error {}

function syntax(what: string): XmlSyntaxError {
  return new XmlSyntaxError(what);
}

/** Bytes of XML's markup, shared with the handlers that read elements themselves. */
export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
export const EQ = 0x3d;
export const QUOT = 0x22;
export const APOS = 0x27;
const COLON = 0x3a;
export const AMP = 0x26;

export function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

/** Bytes that end a name: white space, "/", ">", "=". */
function endsName(b: number): boolean {
  return (
    b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d || b === SLASH || b === GT || b === EQ
  );
}

const utf8 = new TextDecoder("utf-8");

/**
 * The position of byte `b` from `from`, or -1. A plain loop: the distances in SpreadsheetML are
 * a few bytes, where calling the engine's indexOf costs more than the search.
 */
function indexOfByte(buf: Uint8Array, b: number, from: number): number {
  const n = buf.length;
  for (let i = from; i < n; i++) if (buf[i] === b) return i;
  return -1;
}

/** The text of bytes [from, to): short ASCII (most names and values) directly, else as UTF-8. */
export function decode(buf: Uint8Array, from: number, to: number): string {
  const len = to - from;
  if (len <= 8) {
    let or = 0;
    for (let i = from; i < to; i++) or |= buf[i];
    if (or < 0x80) {
      const f = String.fromCharCode;
      const b = buf;
      const i = from;
      switch (len) {
        case 0:
          return "";
        case 1:
          return f(b[i]);
        case 2:
          return f(b[i], b[i + 1]);
        case 3:
          return f(b[i], b[i + 1], b[i + 2]);
        case 4:
          return f(b[i], b[i + 1], b[i + 2], b[i + 3]);
        case 5:
          return f(b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4]);
        case 6:
          return f(b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4], b[i + 5]);
        case 7:
          return f(b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4], b[i + 5], b[i + 6]);
        default:
          return f(b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4], b[i + 5], b[i + 6], b[i + 7]);
      }
    }
  }
  if (len <= 64) {
    // Short ASCII (numbers, references, most shared strings): cheaper than a TextDecoder call.
    // One array per length, filled in place (changing an array's length reallocates it).
    const codes = (CODES[len] ??= new Array<number>(len).fill(0));
    let or = 0;
    for (let k = 0; k < len; k++) {
      const b = buf[from + k];
      or |= b;
      codes[k] = b;
    }
    if (or < 0x80) return String.fromCharCode.apply(null, codes);
  }
  return utf8.decode(buf.subarray(from, to));
}

/** Character codes of a short ASCII run being decoded, an array for each length up to 64. */
const CODES: number[][] = [];

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

/** Replaces entity and character references; anything else after "&" is a syntax error. */
function unescape(s: string): string {
  let out = "";
  let from = 0;
  for (let amp = s.indexOf("&"); amp >= 0; amp = s.indexOf("&", from)) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0) throw syntax("entity without ;");
    const ref = s.slice(amp + 1, semi);
    let value: string | undefined;
    if (ref.charCodeAt(0) === 0x23) {
      const hex = ref.charCodeAt(1) === 0x78;
      const digits = ref.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]{1,8}$/ : /^[0-9]{1,10}$/).test(digits)) {
        throw syntax("bad character reference");
      }
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) throw syntax("character reference to no XML character");
      value = String.fromCodePoint(code);
    } else {
      value = Object.prototype.hasOwnProperty.call(PREDEFINED, ref) ? PREDEFINED[ref] : undefined;
      if (value === undefined) throw syntax("undeclared entity");
    }
    out += s.slice(from, amp) + value;
    from = semi + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** \r\n and a lone \r become \n (XML 1.0 §2.11). */
function normaliseLineEnds(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/**
 * The scanner: `push` chunks of bytes, then `end`. A token cut off by the end of a chunk is kept
 * (at most the xmlRun limit of bytes) and completed by the next chunk.
 */
export class XmlScanner implements TagAttributes {
  private carry: Uint8Array | null = null;
  /** The attributes of the tag being opened: qualified names and value positions in `tagBuf`. */
  private attrCount = 0;
  private readonly attrNames: string[] = [];
  private readonly attrFrom: number[] = [];
  private readonly attrTo: number[] = [];
  private readonly attrPlain: boolean[] = [];
  private tagBuf: Uint8Array = new Uint8Array(0);
  private work: Uint8Array = new Uint8Array(0);
  private readonly stack: string[] = [];
  private rootSeen = false;
  /** Interned names by a hash of their bytes (see `name`). */
  private readonly nameTable: Array<Name | undefined> = new Array<Name | undefined>(NAME_SLOTS);

  constructor(
    private readonly handler: TagHandler,
    private readonly limits: Limits,
    private readonly part: string
  ) {}

  push(chunk: Uint8Array): void {
    let buf = chunk;
    if (this.carry && chunk.length > JOIN) {
      // The cut-off token is completed in a small work buffer (with the chunk's first JOIN
      // bytes); the scan then goes on in the chunk itself, from where the work buffer stopped,
      // so that the chunk is not copied. A token longer than that is joined whole, below.
      const carried = this.carry.length;
      const head = this.join(this.carry, chunk.subarray(0, JOIN));
      const stop = this.scan(head, false);
      if (stop >= carried) {
        this.carry = null;
        buf = chunk.subarray(stop - carried);
      }
    }
    if (this.carry) {
      // The cut-off token and the new chunk, in one work buffer reused from chunk to chunk.
      const length = this.carry.length + chunk.length;
      if (this.work.length < length)
        this.work = new Uint8Array(Math.max(length, 2 * this.work.length));
      this.work.set(this.carry, 0);
      this.work.set(chunk, this.carry.length);
      buf = this.work.subarray(0, length);
      this.carry = null;
    }
    const stop = this.scan(buf, false);
    if (stop < buf.length) {
      if (buf.length - stop > this.limits.xmlRun) {
        throw limitError("xmlRun", this.limits, this.part);
      }
      // A copy: the work buffer is overwritten by the next chunk.
      this.carry = buf.slice(stop);
    }
  }

  /** `a` and `b` one after the other in the work buffer (valid until the next push). */
  private join(a: Uint8Array, b: Uint8Array): Uint8Array {
    const length = a.length + b.length;
    if (this.work.length < length)
      this.work = new Uint8Array(Math.max(length, 2 * this.work.length));
    this.work.set(a, 0);
    this.work.set(b, a.length);
    return this.work.subarray(0, length);
  }

  end(): void {
    const buf = this.carry ?? new Uint8Array(0);
    this.carry = null;
    this.scan(buf, true);
    if (this.stack.length > 0) throw syntax("unclosed element");
    if (!this.rootSeen) throw syntax("no root element");
  }

  /** Scans complete tokens from the start of `buf`; returns where an incomplete one starts. */
  private scan(buf: Uint8Array, final: boolean): number {
    const n = buf.length;
    let i = 0;
    while (i < n) {
      if (buf[i] !== LT) {
        let lt = indexOfByte(buf, LT, i);
        if (lt < 0) {
          if (!final) {
            // Text runs on into the next chunk: keep it whole unless it is only too long.
            if (n - i > this.limits.xmlRun) throw limitError("xmlRun", this.limits, this.part);
            return i;
          }
          lt = n;
        }
        if (lt - i > this.limits.xmlRun) throw limitError("xmlRun", this.limits, this.part);
        this.text(buf, i, lt);
        i = lt;
        continue;
      }
      if (i + 1 >= n) return this.incomplete(final, i);
      const c1 = buf[i + 1];
      if (c1 === SLASH) {
        const gt = indexOfByte(buf, GT, i + 2);
        if (gt < 0) return this.incomplete(final, i);
        this.closeTag(buf, i + 2, gt);
        i = gt + 1;
      } else if (c1 === QUESTION) {
        const end = this.find(buf, i + 2, QUESTION, GT);
        if (end < 0) return this.incomplete(final, i);
        i = end + 2;
      } else if (c1 === BANG) {
        const next = this.markupDeclaration(buf, i, final);
        if (next < 0) return this.incomplete(final, i);
        i = next;
      } else {
        if (
          this.handler.element !== undefined &&
          this.stack.length > 0 &&
          this.stack.length + 2 <= this.limits.xmlDepth
        ) {
          const next = this.handler.element(buf, i, Math.min(n, i + this.limits.xmlRun));
          if (next > i) {
            i = next;
            continue;
          }
        }
        const next = this.openTag(buf, i + 1);
        if (next < 0) return this.incomplete(final, i);
        if (next - i > this.limits.xmlRun) throw limitError("xmlRun", this.limits, this.part);
        i = next;
      }
    }
    return n;
  }

  /** Where the scan stops for more bytes; at the end of the part, a token cut off is an error. */
  private incomplete(final: boolean, at: number): number {
    if (final) throw syntax("incomplete markup at the end");
    return at;
  }

  /** The position of the two-byte sequence a b from `from`, or -1. */
  private find(buf: Uint8Array, from: number, a: number, b: number): number {
    for (let p = indexOfByte(buf, a, from); p >= 0; p = indexOfByte(buf, a, p + 1)) {
      if (p + 1 >= buf.length) return -1;
      if (buf[p + 1] === b) return p;
    }
    return -1;
  }

  private startsWith(buf: Uint8Array, at: number, text: string): boolean | undefined {
    for (let k = 0; k < text.length; k++) {
      if (at + k >= buf.length) return undefined;
      if (buf[at + k] !== text.charCodeAt(k)) return false;
    }
    return true;
  }

  /** <!-- comment -->, <![CDATA[ … ]]>, or a refused <!DOCTYPE; returns the next position or -1. */
  private markupDeclaration(buf: Uint8Array, i: number, final: boolean): number {
    const comment = this.startsWith(buf, i, "<!--");
    if (comment === undefined) return this.incomplete(final, -1);
    if (comment) {
      for (
        let p = this.find(buf, i + 4, 0x2d, 0x2d);
        p >= 0;
        p = this.find(buf, p + 1, 0x2d, 0x2d)
      ) {
        if (p + 2 >= buf.length) break;
        if (buf[p + 2] === GT) return p + 3;
        throw syntax("-- in a comment");
      }
      return this.incomplete(final, -1);
    }
    const cdata = this.startsWith(buf, i, "<![CDATA[");
    if (cdata === undefined) return this.incomplete(final, -1);
    if (cdata) {
      if (this.stack.length === 0) throw syntax("CDATA outside the root element");
      for (
        let p = this.find(buf, i + 9, 0x5d, 0x5d);
        p >= 0;
        p = this.find(buf, p + 1, 0x5d, 0x5d)
      ) {
        if (p + 2 >= buf.length) break;
        if (buf[p + 2] === GT) {
          if (p > i + 9) this.handler.text?.(normaliseLineEnds(decode(buf, i + 9, p)));
          return p + 3;
        }
      }
      return this.incomplete(final, -1);
    }
    const doctype = this.startsWith(buf, i, "<!DOCTYPE");
    if (doctype === undefined) return this.incomplete(final, -1);
    if (doctype) {
      throw new XlsxError(
        "dtd",
        `onderdeel ${this.part} bevat een documenttypedeclaratie (DTD); die hoort niet in een Excel-werkmap en wordt uit veiligheid geweigerd.`
      );
    }
    throw syntax("unknown markup declaration");
  }

  /**
   * The interned name of bytes [from, to): qualified and local. A hash of the bytes finds it in a
   * small table, checked byte by byte, so that the tags and attribute names a part repeats
   * thousands of times cost no string and no decoding; a name that collides is decoded anew.
   */
  private name(buf: Uint8Array, from: number, to: number): Name {
    const len = to - from;
    if (len === 0) throw syntax("empty name");
    let h = len;
    for (let p = from; p < to; p++) h = (Math.imul(h, 31) + buf[p]) | 0;
    const slot = (h ^ (h >>> 12)) & (NAME_SLOTS - 1);
    const e = this.nameTable[slot];
    if (e !== undefined && e.bytes.length === len) {
      const bytes = e.bytes;
      let k = 0;
      while (k < len && bytes[k] === buf[from + k]) k++;
      if (k === len) return e;
    }
    const qualified = decode(buf, from, to);
    const colon = buf.subarray(from, to).lastIndexOf(COLON);
    const local = colon < 0 ? qualified : decode(buf, from + colon + 1, to);
    const entry: Name = { bytes: buf.slice(from, to), qualified, local };
    // Names longer than any OOXML name are not kept, so the table stays small whatever a part holds.
    if (len <= 64) this.nameTable[slot] = entry;
    return entry;
  }

  /** An open (or self-closing) tag from the byte after "<"; returns the next position or -1. */
  private openTag(buf: Uint8Array, start: number): number {
    const n = buf.length;
    let p = start;
    while (p < n && !endsName(buf[p])) p++;
    if (p >= n) return -1;
    if (p === start) throw syntax("tag without a name");
    const tagName = this.name(buf, start, p);
    const qname = tagName.qualified;
    const local = tagName.local;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      const b = buf[p];
      if (b === GT) {
        p++;
        break;
      }
      if (b === SLASH) {
        if (p + 1 >= n) return -1;
        if (buf[p + 1] !== GT) throw syntax("/ inside a tag");
        selfClosing = true;
        p += 2;
        break;
      }
      const nameStart = p;
      while (p < n && !endsName(buf[p])) p++;
      if (p >= n) return -1;
      if (p === nameStart) throw syntax("attribute without a name");
      const attrName = this.name(buf, nameStart, p).qualified;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      if (buf[p] !== EQ) throw syntax("attribute without a value");
      p++;
      while (p < n && isSpace(buf[p])) p++;
      if (p >= n) return -1;
      const quote = buf[p];
      if (quote !== QUOT && quote !== APOS) throw syntax("unquoted attribute value");
      const close = indexOfByte(buf, quote, p + 1);
      if (close < 0) return -1;
      // Plain: no reference and no tab or line end, so the value needs no normalisation.
      let plain = true;
      for (let k = p + 1; k < close; k++) {
        const c = buf[k];
        if (c === LT) throw syntax("< in an attribute value");
        if (c <= AMP && (c === AMP || c === 0x09 || c === 0x0a || c === 0x0d)) plain = false;
      }
      for (let k = 0; k < count; k++) {
        if (this.attrNames[k] === attrName) throw syntax("duplicated attribute");
      }
      this.attrNames[count] = attrName;
      this.attrFrom[count] = p + 1;
      this.attrTo[count] = close;
      this.attrPlain[count] = plain;
      count++;
      p = close + 1;
      // An attribute must be followed by white space or the end of the tag.
      if (p < n && !isSpace(buf[p]) && buf[p] !== GT && buf[p] !== SLASH) {
        throw syntax("attributes without white space between them");
      }
    }
    if (this.stack.length === 0) {
      if (this.rootSeen) throw syntax("a second root element");
      this.rootSeen = true;
    }
    if (this.stack.length + 1 > this.limits.xmlDepth) {
      throw limitError("xmlDepth", this.limits, this.part);
    }
    this.stack.push(qname);
    this.attrCount = count;
    this.tagBuf = buf;
    this.handler.open(local, this, selfClosing);
    this.attrCount = 0;
    if (selfClosing) {
      this.stack.pop();
      this.handler.close(local);
    }
    return p;
  }

  get(qualifiedName: string): string | undefined {
    for (let k = 0; k < this.attrCount; k++) {
      if (this.attrNames[k] === qualifiedName) {
        return this.attrPlain[k]
          ? decode(this.tagBuf, this.attrFrom[k], this.attrTo[k])
          : this.attributeValue(this.tagBuf, this.attrFrom[k], this.attrTo[k]);
      }
    }
    return undefined;
  }

  plain(qualifiedName: string): number {
    for (let k = 0; k < this.attrCount; k++) {
      if (this.attrNames[k] === qualifiedName) return this.attrPlain[k] ? k : -1;
    }
    return -1;
  }

  get bytes(): Uint8Array {
    return this.tagBuf;
  }

  from(index: number): number {
    return this.attrFrom[index];
  }

  to(index: number): number {
    return this.attrTo[index];
  }

  record(): Attributes {
    const out: Attributes = {};
    for (let k = 0; k < this.attrCount; k++) {
      out[this.attrNames[k]] = this.attributeValue(this.tagBuf, this.attrFrom[k], this.attrTo[k]);
    }
    return out;
  }

  private attributeValue(buf: Uint8Array, from: number, to: number): string {
    let s = decode(buf, from, to);
    // Attribute-value normalisation: a literal tab or line end is a space; a reference stays.
    if (s.indexOf("\t") >= 0 || s.indexOf("\n") >= 0 || s.indexOf("\r") >= 0) {
      s = s.replace(/\r\n|[\t\n\r]/g, " ");
    }
    return s.indexOf("&") >= 0 ? unescape(s) : s;
  }

  private closeTag(buf: Uint8Array, from: number, gt: number): void {
    let to = gt;
    while (to > from && isSpace(buf[to - 1])) to--;
    for (let p = from; p < to; p++) if (endsName(buf[p])) throw syntax("bad end tag");
    const name = this.name(buf, from, to);
    const open = this.stack.pop();
    if (open !== name.qualified) throw syntax("end tag does not match");
    this.handler.close(name.local);
  }

  private text(buf: Uint8Array, from: number, to: number): void {
    if (this.stack.length === 0) {
      for (let p = from; p < to; p++) {
        if (!isSpace(buf[p])) throw syntax("text outside the root element");
      }
      return;
    }
    if (!this.handler.text) return;
    if (
      this.handler.textBytes !== undefined &&
      to + 1 < buf.length &&
      buf[to + 1] === SLASH &&
      this.handler.textBytes(buf, from, to)
    ) {
      return;
    }
    let s = decode(buf, from, to);
    if (s.indexOf("\r") >= 0) s = normaliseLineEnds(s);
    if (s.indexOf("&") >= 0) s = unescape(s);
    this.handler.text(s);
  }
}

/** Re-encodes UTF-16 (recognised by its byte-order mark) to UTF-8 for the scanner. */
function utf16Feeder(
  first: Uint8Array,
  push: (b: Uint8Array) => void
): ((c: Uint8Array) => void) | null {
  const le = first[0] === 0xff && first[1] === 0xfe;
  const be = first[0] === 0xfe && first[1] === 0xff;
  if (!le && !be) return null;
  const decoder = new TextDecoder(le ? "utf-16le" : "utf-16be");
  const encoder = new TextEncoder();
  return (chunk) => push(encoder.encode(decoder.decode(chunk, { stream: true })));
}

/** Parses one part of the archive with `handler`, which gets each tag's attributes as a record. */
export function parsePart(
  zip: ZipArchive,
  entry: ZipEntry,
  handler: XmlHandler,
  limits: Limits
): void {
  const text = handler.text?.bind(handler);
  scanPart(
    zip,
    entry,
    {
      open: (name, a, selfClosing) => handler.open(name, a.record(), selfClosing),
      close: (name) => handler.close(name),
      text,
    },
    limits
  );
}

/** Parses one part of the archive with `handler`, which reads attributes on demand. */
export function scanPart(
  zip: ZipArchive,
  entry: ZipEntry,
  handler: TagHandler,
  limits: Limits
): void {
  const scanner = new XmlScanner(handler, limits, entry.name);
  let failure: unknown;
  let feed: ((chunk: Uint8Array) => void) | undefined;
  const fail = (err: unknown): void => {
    // Limits and a DTD stop at once; anything else waits for the CRC check.
    if (err instanceof XlsxError && (err.code === "limit" || err.code === "dtd")) throw err;
    failure = err;
  };
  zip.read(entry, (chunk) => {
    if (failure !== undefined) return;
    try {
      if (!feed) {
        const utf16 = utf16Feeder(chunk, (b) => scanner.push(b));
        if (utf16) feed = utf16;
        else {
          feed = (c) => scanner.push(c);
          // A UTF-8 byte-order mark is no part of the document.
          if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
            chunk = chunk.subarray(3);
        }
      }
      feed(chunk);
    } catch (err) {
      fail(err);
    }
  });
  if (failure === undefined) {
    try {
      scanner.end();
    } catch (err) {
      fail(err);
    }
  }
  if (failure !== undefined) {
    if (failure instanceof XlsxError) throw failure;
    throw damaged(`de XML van ${entry.name} is ongeldig`);
  }
}
