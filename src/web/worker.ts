/** The web page's check worker (see protocol.ts). */
import { FileAnswer, WebRequest, createWebHandler } from "./protocol";

const scope = self as unknown as {
  onmessage: ((e: { data: WebRequest }) => void) | null;
  postMessage(m: FileAnswer): void;
};
const handle = createWebHandler((a) => scope.postMessage(a));
scope.onmessage = (e) => handle(e.data);
