/** controle.html's entry: the page and its worker (bundled by webpack as controle-worker.js). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WebApp, WorkerPort } from "./WebApp";

const el = document.getElementById("root");
if (el) {
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp
        makeWorker={() =>
          new Worker(new URL("./worker.ts", import.meta.url), {
            name: "controle-worker",
          }) as unknown as WorkerPort
        }
      />
    </FluentProvider>
  );
}
