/** The web page's check worker (see protocol.ts). */
import { FileAnswer, FileRequest, readAndCheck } from "./protocol";

const scope = self as unknown as {
  onmessage: ((e: { data: FileRequest }) => void) | null;
  postMessage(m: FileAnswer): void;
};
scope.onmessage = (e) => readAndCheck(e.data, (a) => scope.postMessage(a));
