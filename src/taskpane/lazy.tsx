/**
 * Parts of the pane that are not needed when it opens (the Invoegen, Rekenhulp and Help tabs, the
 * confirm dialog, the dark and high-contrast themes) are separate chunks, fetched the first time
 * they are shown. Unlike React.lazy, a part that has been preloaded renders at once (no fallback
 * frame), so tests can load everything up front instead of waiting on the DOM.
 */
import type { ComponentType } from "react";

export interface LazyPart<P extends object> {
  /** Renders the part; suspends (shows the nearest Suspense fallback) until its chunk is loaded. */
  Component: ComponentType<P>;
  /** Fetches the chunk; resolves when the part can render without suspending. */
  preload(): Promise<void>;
}

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (c) => {
        loaded = c;
      },
      (e: unknown) => {
        // A failed download (offline) may succeed on the next attempt.
        pending = null;
        throw e;
      }
    ));
  function Component(props: P) {
    if (!loaded) {
      // The Suspense protocol of React 18 (what React.lazy does): throw the promise.
      throw preload();
    }
    const Loaded = loaded;
    return <Loaded {...props} />;
  }
  return { Component, preload };
}
