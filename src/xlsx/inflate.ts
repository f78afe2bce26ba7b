/**
 * Raw DEFLATE (RFC 1951), the compression of a zip part, decoded from the whole compressed part
 * (the file is in memory anyway) into one small reused buffer that is handed out chunk by chunk.
 *
 * Why not a library's streaming inflater: fflate's `Inflate` (used here before) allocates a new
 * output buffer, a copy of the output and a copy of the 32 KB window for every input slice; on a
 * 50 000-row sheet (26 MB of XML) that was about 100 MB of short-lived ArrayBuffers, a third of
 * the reading time and most of the memory outside the JavaScript heap. Here the output goes into
 * one buffer of 32 KB (the window a back-reference may reach) + CHUNK bytes: when it is full,
 * the new bytes are handed to `onChunk` and the last 32 KB are moved to the front. Nothing is
 * allocated per chunk, so memory stays flat whatever the size of the part.
 *
 * test/xlsx/inflate.test.ts holds it to zlib (node's) as an oracle: the same bytes for every
 * stream zlib and fflate write (stored, fixed and dynamic blocks, all levels), and an
 * `InflateError` — never a hang, a crash or a read outside the input — for damaged streams.
 */

/** A damaged DEFLATE stream; the zip layer turns it into its Dutch message. */
export class InflateError extends Error {}

/** How far back a back-reference may reach (RFC 1951 §2.2). */
const WINDOW = 32 * 1024;
/** New bytes handed out at a time. */
const CHUNK = 128 * 1024;
/** The longest back-reference: room kept free before each symbol, so a copy never wraps. */
const MAX_MATCH = 258;
/** Zero bytes read past the end before the stream counts as cut off (a final code is < 2 bytes). */
const MAX_PAD = 4;

const LENGTH_BASE = new Uint16Array([
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
]);
const LENGTH_EXTRA = new Uint8Array([
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]);
const DIST_BASE = new Uint16Array([
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
]);
const DIST_EXTRA = new Uint8Array([
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]);
/** The order in which the code lengths of the code-length alphabet are sent (§3.2.7). */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * What a table entry says besides its code length (bits 0-3): bits 4-7 the number of extra bits
 * that follow the code; bits 8-9 its kind; bits 16-31 its value (the literal byte, or the base of
 * a length or distance), so that the hot loop needs no second lookup.
 */
const LITERAL = 0 << 8;
const BASE = 1 << 8;
const END_OF_BLOCK = 2 << 8;
const INVALID = 3 << 8;

/** The entry payload of each literal/length symbol (RFC 1951 §3.2.5). */
const LIT_PAYLOAD = (() => {
  const t = new Uint32Array(288);
  for (let sym = 0; sym < 256; sym++) t[sym] = LITERAL | (sym << 16);
  t[256] = END_OF_BLOCK;
  for (let sym = 257; sym < 286; sym++) {
    t[sym] = BASE | (LENGTH_EXTRA[sym - 257] << 4) | (LENGTH_BASE[sym - 257] << 16);
  }
  t[286] = INVALID;
  t[287] = INVALID;
  return t;
})();

/** The entry payload of each distance symbol; 30 and 31 occur in no valid stream. */
const DIST_PAYLOAD = (() => {
  const t = new Uint32Array(32);
  for (let sym = 0; sym < 30; sym++)
    t[sym] = BASE | (DIST_EXTRA[sym] << 4) | (DIST_BASE[sym] << 16);
  t[30] = INVALID;
  t[31] = INVALID;
  return t;
})();

/** Code-length symbols: the symbol itself as the value. */
const CL_PAYLOAD = (() => {
  const t = new Uint32Array(19);
  for (let sym = 0; sym < 19; sym++) t[sym] = sym << 16;
  return t;
})();

/**
 * Fills `table` for the canonical Huffman code with these code lengths: indexed by the next
 * `maxBits` bits of the stream (least significant bit first, as DEFLATE packs them), each entry
 * is the symbol's payload | its code length; 0 where no code starts (an incomplete code).
 * Returns maxBits.
 */
function buildTable(
  lengths: Uint8Array,
  n: number,
  table: Uint32Array,
  payload: Uint32Array
): number {
  const count = new Uint16Array(16);
  for (let i = 0; i < n; i++) count[lengths[i]]++;
  count[0] = 0;
  let maxBits = 15;
  while (maxBits > 0 && count[maxBits] === 0) maxBits--;
  const size = 1 << maxBits;
  table.fill(0, 0, size);
  if (maxBits === 0) return 0;
  const next = new Uint16Array(16);
  let code = 0;
  let left = 1;
  for (let bits = 1; bits <= 15; bits++) {
    left = (left << 1) - count[bits];
    if (left < 0) throw new InflateError("over-subscribed code");
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  for (let sym = 0; sym < n; sym++) {
    const len = lengths[sym];
    if (len === 0) continue;
    let c = next[len]++;
    // The code's bits reversed: DEFLATE sends a code's most significant bit first.
    let rev = 0;
    for (let k = 0; k < len; k++) {
      rev = (rev << 1) | (c & 1);
      c >>= 1;
    }
    const entry = payload[sym] | len;
    for (let j = rev; j < size; j += 1 << len) table[j] = entry;
  }
  return maxBits;
}

let fixed: { lit: Uint32Array; litBits: number; dist: Uint32Array; distBits: number } | undefined;

/** The fixed codes of block type 1 (§3.2.6), built once. */
function fixedTables(): NonNullable<typeof fixed> {
  if (!fixed) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144);
    l.fill(9, 144, 256);
    l.fill(7, 256, 280);
    l.fill(8, 280, 288);
    const lit = new Uint32Array(1 << 9);
    const litBits = buildTable(l, 288, lit, LIT_PAYLOAD);
    const d = new Uint8Array(32).fill(5);
    const dist = new Uint32Array(1 << 5);
    const distBits = buildTable(d, 32, dist, DIST_PAYLOAD);
    fixed = { lit, litBits, dist, distBits };
  }
  return fixed;
}

/** The bit reader's state, handed to the (rarely called) block-header code and back. */
interface Bits {
  ip: number;
  buf: number;
  cnt: number;
}

/** `n` (≤ 16) bits from the stream; zero bytes past its end, up to MAX_PAD of them. */
function take(input: Uint8Array, s: Bits, n: number): number {
  while (s.cnt < n) {
    if (s.ip >= input.length + MAX_PAD) throw new InflateError("cut off");
    const b = s.ip < input.length ? input[s.ip] : 0;
    s.ip++;
    s.buf |= b << s.cnt;
    s.cnt += 8;
  }
  const v = s.buf & ((1 << n) - 1);
  s.buf >>>= n;
  s.cnt -= n;
  return v;
}

/** One symbol of the code in `table` (maxBits `bits`). */
function symbol(input: Uint8Array, s: Bits, table: Uint32Array, bits: number): number {
  while (s.cnt < bits) {
    if (s.ip >= input.length + MAX_PAD) throw new InflateError("cut off");
    const b = s.ip < input.length ? input[s.ip] : 0;
    s.ip++;
    s.buf |= b << s.cnt;
    s.cnt += 8;
  }
  const e = table[s.buf & ((1 << bits) - 1)];
  const len = e & 15;
  if (len === 0) throw new InflateError("invalid code");
  s.buf >>>= len;
  s.cnt -= len;
  return e >>> 16;
}

/** Reads the code lengths of a dynamic block (§3.2.7) and builds its two tables. */
function dynamicTables(
  input: Uint8Array,
  s: Bits,
  lit: Uint32Array,
  dist: Uint32Array
): { litBits: number; distBits: number } {
  const hlit = take(input, s, 5) + 257;
  const hdist = take(input, s, 5) + 1;
  const hclen = take(input, s, 4) + 4;
  if (hlit > 286 || hdist > 30) throw new InflateError("too many codes");
  const clLengths = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) clLengths[CL_ORDER[i]] = take(input, s, 3);
  const clTable = new Uint32Array(1 << 7);
  const clBits = buildTable(clLengths, 19, clTable, CL_PAYLOAD);
  if (clBits === 0) throw new InflateError("no code lengths");
  const lengths = new Uint8Array(hlit + hdist);
  for (let i = 0; i < hlit + hdist;) {
    const sym = symbol(input, s, clTable, clBits);
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let repeat: number;
    let value = 0;
    if (sym === 16) {
      if (i === 0) throw new InflateError("repeat without a length");
      value = lengths[i - 1];
      repeat = 3 + take(input, s, 2);
    } else if (sym === 17) repeat = 3 + take(input, s, 3);
    else repeat = 11 + take(input, s, 7);
    if (i + repeat > hlit + hdist) throw new InflateError("too many code lengths");
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) throw new InflateError("no end-of-block code");
  const litBits = buildTable(lengths.subarray(0, hlit), hlit, lit, LIT_PAYLOAD);
  const distBits = buildTable(lengths.subarray(hlit), hdist, dist, DIST_PAYLOAD);
  return { litBits, distBits };
}

/**
 * The decoder's state between steps. `step` decodes until the output buffer is full or the
 * stream has ended and returns to the caller, which hands the new bytes out: the hot loop calls
 * nothing, so the engine optimises it once, early, and never has to throw that code away when
 * the first chunk is handed out (a long-running loop deoptimised there runs unoptimised until it
 * is compiled again).
 */
class Decoder implements Bits {
  ip = 0;
  buf = 0;
  cnt = 0;
  /** Output position and the start of the bytes not handed out yet. */
  pos = 0;
  emitted = 0;
  /** Inside a compressed block: its tables; else the next thing read is a block header. */
  inBlock = false;
  /** Bytes of a stored block still to copy. */
  private stored = 0;
  final = false;
  ended = false;
  private lit: Uint32Array = new Uint32Array(0);
  private dist: Uint32Array = new Uint32Array(0);
  private litMask = 0;
  private distMask = 0;
  readonly out: Uint8Array;
  private readonly litTable: Uint32Array;
  private readonly distTable: Uint32Array;

  constructor(
    private readonly input: Uint8Array,
    buffers: Buffers
  ) {
    this.out = buffers.out;
    this.litTable = buffers.lit;
    this.distTable = buffers.dist;
  }

  buffers(): Buffers {
    return { out: this.out, lit: this.litTable, dist: this.distTable };
  }

  /** After the new bytes have been handed out: keeps the last WINDOW in front. */
  compact(): void {
    const pos = this.pos;
    if (pos > WINDOW) {
      this.out.copyWithin(0, pos - WINDOW, pos);
      this.pos = WINDOW;
    }
    this.emitted = this.pos;
  }

  /** Reads a block header: the tables of a compressed block, or the length of a stored one. */
  private header(): void {
    const input = this.input;
    this.final = take(input, this, 1) === 1;
    const type = take(input, this, 2);
    if (type === 0) {
      // Stored: from the next byte boundary, LEN and its complement, then LEN bytes as they are.
      this.ip -= this.cnt >> 3;
      this.buf = 0;
      this.cnt = 0;
      const ip = this.ip;
      if (ip + 4 > input.length) throw new InflateError("cut off");
      const n = input[ip] | (input[ip + 1] << 8);
      const complement = input[ip + 2] | (input[ip + 3] << 8);
      if ((n ^ 0xffff) !== complement) throw new InflateError("bad stored length");
      if (ip + 4 + n > input.length) throw new InflateError("cut off");
      this.ip = ip + 4;
      this.stored = n;
      return;
    }
    let litBits: number;
    let distBits: number;
    if (type === 1) {
      const f = fixedTables();
      this.lit = f.lit;
      this.dist = f.dist;
      litBits = f.litBits;
      distBits = f.distBits;
    } else if (type === 2) {
      ({ litBits, distBits } = dynamicTables(input, this, this.litTable, this.distTable));
      this.lit = this.litTable;
      this.dist = this.distTable;
    } else throw new InflateError("invalid block type");
    this.litMask = (1 << litBits) - 1;
    this.distMask = (1 << distBits) - 1;
    this.inBlock = true;
  }

  /** Decodes until the output buffer is full (false) or the stream has ended (true). */
  step(): boolean {
    const input = this.input;
    const out = this.out;
    const limit = out.length - MAX_MATCH;
    while (this.pos <= limit) {
      if (this.stored > 0) {
        const k = Math.min(this.stored, out.length - this.pos);
        out.set(input.subarray(this.ip, this.ip + k), this.pos);
        this.pos += k;
        this.ip += k;
        this.stored -= k;
        if (this.stored === 0 && this.final) this.ended = true;
        continue;
      }
      if (this.ended) return true;
      if (!this.inBlock) {
        this.header();
        if (!this.inBlock && this.stored === 0 && this.final) this.ended = true;
        continue;
      }
      if (this.block(limit)) {
        this.inBlock = false;
        if (this.final) this.ended = true;
      }
    }
    return false;
  }

  /**
   * The hot loop: symbols of the current block until its end (true) or a full buffer (false).
   * The bit buffer is topped up to at least 24 bits a byte at a time (up to 31 bits: a 32-bit
   * integer, shifted with >>>), which covers a literal/length code with its extra bits; a
   * distance gets its own top-up. Near the end of the input the top-up reads zeros, at most
   * MAX_PAD of them (a stream cut off is found there or in checkEnd).
   */
  private block(limit: number): boolean {
    const input = this.input;
    const len = input.length;
    const fastEnd = len - 3;
    const out = this.out;
    const lit = this.lit;
    const dist = this.dist;
    const litMask = this.litMask;
    const distMask = this.distMask;
    let ip = this.ip;
    let bitBuf = this.buf;
    let bitCnt = this.cnt;
    let pos = this.pos;
    let ended = false;
    while (pos <= limit) {
      if (bitCnt < 24) {
        if (ip < fastEnd) {
          do {
            bitBuf |= input[ip++] << bitCnt;
            bitCnt += 8;
          } while (bitCnt < 24);
        } else {
          do {
            if (ip < len) bitBuf |= input[ip] << bitCnt;
            else if (ip >= len + MAX_PAD) throw new InflateError("cut off");
            ip++;
            bitCnt += 8;
          } while (bitCnt < 24);
        }
      }
      let e = lit[bitBuf & litMask];
      let n = e & 15;
      if (n === 0) throw new InflateError("invalid literal/length code");
      bitBuf >>>= n;
      bitCnt -= n;
      let kind = e & 0x300;
      if (kind === LITERAL) {
        out[pos++] = e >>> 16;
        continue;
      }
      if (kind !== BASE) {
        if (kind === END_OF_BLOCK) {
          ended = true;
          break;
        }
        throw new InflateError("invalid length code");
      }
      let x = (e >>> 4) & 15;
      const length = (e >>> 16) + (bitBuf & ((1 << x) - 1));
      bitBuf >>>= x;
      bitCnt -= x;
      if (bitCnt < 24) {
        if (ip < fastEnd) {
          do {
            bitBuf |= input[ip++] << bitCnt;
            bitCnt += 8;
          } while (bitCnt < 24);
        } else {
          do {
            if (ip < len) bitBuf |= input[ip] << bitCnt;
            else if (ip >= len + MAX_PAD) throw new InflateError("cut off");
            ip++;
            bitCnt += 8;
          } while (bitCnt < 24);
        }
      }
      e = dist[bitBuf & distMask];
      n = e & 15;
      if (n === 0) throw new InflateError("invalid distance code");
      bitBuf >>>= n;
      bitCnt -= n;
      kind = e & 0x300;
      if (kind !== BASE) throw new InflateError("invalid distance code");
      x = (e >>> 4) & 15;
      if (bitCnt < x) {
        do {
          if (ip < len) bitBuf |= input[ip] << bitCnt;
          else if (ip >= len + MAX_PAD) throw new InflateError("cut off");
          ip++;
          bitCnt += 8;
        } while (bitCnt < x);
      }
      const distance = (e >>> 16) + (bitBuf & ((1 << x) - 1));
      bitBuf >>>= x;
      bitCnt -= x;
      if (distance > pos) throw new InflateError("distance too far back");
      let from = pos - distance;
      const end = pos + length;
      while (pos < end) out[pos++] = out[from++];
    }
    this.ip = ip;
    this.buf = bitBuf;
    this.cnt = bitCnt;
    this.pos = pos;
    return ended;
  }

  /** Bytes read ahead into the bit buffer are not consumed; any consumed past the end were padding. */
  checkEnd(): void {
    if (this.ip - (this.cnt >> 3) > this.input.length) throw new InflateError("cut off");
  }
}

/**
 * Decodes the raw DEFLATE stream `input`, handing the output to `onChunk` in order. A chunk is a
 * view of a buffer that is reused: valid only during the call. Throws InflateError when the
 * stream is damaged or cut off (after `onChunk` has seen what could be decoded); an error thrown
 * by `onChunk` stops the decoding and is passed on.
 */
export function inflateRaw(input: Uint8Array, onChunk: (chunk: Uint8Array) => void): void {
  const buffers = spare ?? {
    out: new Uint8Array(WINDOW + CHUNK),
    lit: new Uint32Array(1 << 15),
    dist: new Uint32Array(1 << 15),
  };
  // Taken while in use: a decoding started from `onChunk` would get buffers of its own.
  spare = undefined;
  const d = new Decoder(input, buffers);
  let ended: boolean;
  do {
    ended = d.step();
    if (d.pos > d.emitted) onChunk(d.out.subarray(d.emitted, d.pos));
    d.compact();
  } while (!ended);
  d.checkEnd();
  spare = d.buffers();
}

/** The output buffer and the tables of a decoder (420 KB). */
interface Buffers {
  out: Uint8Array;
  lit: Uint32Array;
  dist: Uint32Array;
}

/**
 * The buffers of the last decoding, for the next one: a workbook has ten or more parts, most of
 * them small, and each would otherwise allocate (and zero) 420 KB. Chunks are handed out as views
 * valid only during the call, so nothing outside holds on to them.
 */
let spare: Buffers | undefined;
