/**
 * Gives the page's event loop a turn (input, painting) in the middle of long work, so no single
 * task runs long. `scheduler.yield()` (Chromium 129 and later: Edge WebView2 on Windows, Excel on
 * the web) resumes right after that turn, ahead of other queued work; a zero timer is clamped to
 * 4 ms once timers nest, which over the 160 blocks of a 50 000-row sheet is more than half a
 * second of waiting for nothing. Elsewhere (WebKit on the Mac, jsdom in the tests) a timer.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === "function") return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
