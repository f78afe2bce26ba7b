/**
 * jsdom's window has no TextDecoder/TextEncoder, which browsers and node both have; the .xlsx
 * reader (src/xlsx) needs them when the task pane's comparison reads a file in a component test.
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = NodeTextEncoder;
