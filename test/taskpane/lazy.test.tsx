/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { lazyPart } from "../../src/taskpane/lazy";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Hello({ name }: { name: string }) {
  return <p>Hallo {name}</p>;
}

describe("lazyPart", () => {
  test("shows the fallback until the chunk arrives, then the part, loading the chunk once", async () => {
    const chunk = deferred<typeof Hello>();
    const load = jest.fn(() => chunk.promise);
    const part = lazyPart(load);
    render(
      <Suspense fallback={<p>Laden…</p>}>
        <part.Component name="Jan" />
      </Suspense>
    );
    expect(screen.getByText("Laden…")).toBeTruthy();
    expect(screen.queryByText("Hallo Jan")).toBeNull();
    await act(async () => {
      chunk.resolve(Hello);
      await chunk.promise;
    });
    expect(screen.getByText("Hallo Jan")).toBeTruthy();
    await part.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("a preloaded part renders at once, without a fallback", async () => {
    const part = lazyPart(() => Promise.resolve(Hello));
    await part.preload();
    render(
      <Suspense fallback={<p>Laden…</p>}>
        <part.Component name="Piet" />
      </Suspense>
    );
    expect(screen.getByText("Hallo Piet")).toBeTruthy();
    expect(screen.queryByText("Laden…")).toBeNull();
  });

  test("a failed download is tried again on the next preload", async () => {
    const load = jest
      .fn<Promise<typeof Hello>, []>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValueOnce(Hello);
    const part = lazyPart(load);
    await expect(part.preload()).rejects.toThrow("offline");
    await part.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
