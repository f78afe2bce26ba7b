/** The check worker: runs the core checker on the sheets the page sends (see check-protocol.ts). */
import { createCheckHandler } from "./check-handler";
import type { FromWorker, ToWorker } from "./check-protocol";

const scope = self as unknown as {
  onmessage: ((e: { data: ToWorker }) => void) | null;
  postMessage(m: FromWorker): void;
};
const handle = createCheckHandler((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
