/**
 * The reader's DEFLATE decoder (src/xlsx/inflate.ts) against zlib (node's) as the oracle:
 * streams written by zlib at every level and strategy (stored, fixed and dynamic blocks, long
 * and overlapping back-references, output far larger than the decoder's buffer) give the same
 * bytes, handed out in chunks that are views of a reused buffer; streams that are cut off,
 * flipped or made up are refused with an InflateError (or, where zlib accepts them too, give what
 * zlib gives) — never a hang, a crash or a read outside the input.
 */
import * as zlib from "node:zlib";
import fc from "fast-check";
import { deflateSync as fflateDeflate } from "fflate";
import { InflateError, inflateRaw } from "../../src/xlsx/inflate";

/** The decoded bytes, each chunk copied when it is handed out (chunks are reused views). */
function inflate(input: Uint8Array): { bytes: Buffer; chunks: number } {
  const parts: Buffer[] = [];
  inflateRaw(input, (chunk) => parts.push(Buffer.from(chunk)));
  return { bytes: Buffer.concat(parts), chunks: parts.length };
}

/** zlib's answer: the bytes, or "error" for a stream it refuses or finds cut off. */
function oracle(input: Uint8Array): Buffer | "error" {
  try {
    return zlib.inflateRawSync(input);
  } catch {
    return "error";
  }
}

/** Ours: the bytes, or "error" for an InflateError (any other exception fails the test). */
function ours(input: Uint8Array): Buffer | "error" {
  try {
    return inflate(input).bytes;
  } catch (err) {
    if (err instanceof InflateError) return "error";
    throw err;
  }
}

/** Text like a worksheet's XML: repetitive, with numbers, so that back-references abound. */
function sheetXml(rows: number): Buffer {
  let s = '<?xml version="1.0"?><worksheet><sheetData>';
  for (let r = 1; r <= rows; r++) {
    s += `<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}"><v>${(r * 7919) % 100003}</v></c></row>`;
  }
  return Buffer.from(`${s}</sheetData></worksheet>`);
}

describe("inflateRaw against zlib", () => {
  const xml = sheetXml(20_000); // about 1,5 MB: many chunks of the decoder's buffer

  test.each([0, 1, 6, 9])("a sheet compressed by zlib at level %i", (level) => {
    const packed = zlib.deflateRawSync(xml, { level });
    const { bytes, chunks } = inflate(packed);
    expect(bytes.equals(xml)).toBe(true);
    expect(chunks).toBeGreaterThan(5);
  });

  test.each([
    ["fixed codes only", zlib.constants.Z_FIXED],
    ["Huffman codes only", zlib.constants.Z_HUFFMAN_ONLY],
    ["run lengths (distance 1)", zlib.constants.Z_RLE],
  ])("%s", (_name, strategy) => {
    const packed = zlib.deflateRawSync(xml, { strategy });
    expect(inflate(packed).bytes.equals(xml)).toBe(true);
  });

  test("one byte repeated: overlapping back-references of 258 bytes", () => {
    const same = Buffer.alloc(3_000_000, 0x41);
    expect(inflate(zlib.deflateRawSync(same)).bytes.equals(same)).toBe(true);
  });

  test("empty input streams: zlib's and fflate's", () => {
    expect(inflate(zlib.deflateRawSync(Buffer.alloc(0))).bytes.length).toBe(0);
    expect(inflate(fflateDeflate(new Uint8Array(0))).bytes.length).toBe(0);
  });

  test("streams written by fflate", () => {
    for (const level of [0, 1, 4, 9] as const) {
      expect(inflate(fflateDeflate(xml, { level })).bytes.equals(xml)).toBe(true);
    }
  });

  test("random data of any length and level: the same bytes as went in", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 70_000 }),
        fc.integer({ min: 0, max: 9 }),
        fc.boolean(),
        (data, level, repeat) => {
          // Repeated, the data compresses; as it is, it mostly goes into stored blocks.
          const input = repeat ? Buffer.concat([data, data, data]) : Buffer.from(data);
          const packed = zlib.deflateRawSync(input, { level });
          expect(inflate(packed).bytes.equals(input)).toBe(true);
        }
      ),
      { numRuns: 150 }
    );
  });

  test("damaged streams: what zlib still decodes gives the same bytes", () => {
    const base = zlib.deflateRawSync(sheetXml(300));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.option(fc.nat(base.length), { nil: undefined }),
        (flips, cut) => {
          const damagedBytes = Buffer.from(base);
          for (const [at, mask] of flips) damagedBytes[at] ^= mask;
          const input = cut === undefined ? damagedBytes : damagedBytes.subarray(0, cut);
          const expected = oracle(input);
          const actual = ours(input);
          if (expected === "error") {
            // zlib stops at the first error; so do we, or, where the damage only changes which
            // bytes come out (a flipped literal), the zip layer's CRC-32 catches it.
            return;
          }
          expect(actual !== "error" && actual.equals(expected)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });

  test("made-up streams end with an answer, never a hang or another exception", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (input) => {
        const expected = oracle(input);
        const actual = ours(input);
        // What zlib decodes, we decode to the same bytes; what zlib refuses, we may refuse or
        // decode (the zip layer's size and CRC-32 checks follow).
        if (expected !== "error") expect(actual !== "error" && actual.equals(expected)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  test("a stream cut off anywhere is an InflateError", () => {
    const packed = zlib.deflateRawSync(sheetXml(2_000));
    for (const cut of [0, 1, 2, 10, 100, 1000, packed.length >> 1, packed.length - 1]) {
      expect(() => inflate(packed.subarray(0, cut))).toThrow(InflateError);
    }
  });

  test("each kind of damage has its own refusal", () => {
    // Block type 3 does not exist (BFINAL 1, BTYPE 11).
    expect(() => inflate(Uint8Array.of(0b111))).toThrow("invalid block type");
    // A stored block whose length and complement disagree.
    expect(() => inflate(Uint8Array.of(1, 5, 0, 0, 0, 1, 2, 3, 4, 5))).toThrow("bad stored length");
    // Fixed codes: a back-reference (length 3, distance 1) before any byte was written.
    // BFINAL 1, BTYPE 01, length code 257 (0000001), distance code 0 (00000).
    expect(() => inflate(Uint8Array.of(0x03, 0x02, 0x00, 0x00))).toThrow("distance too far back");
  });
});
