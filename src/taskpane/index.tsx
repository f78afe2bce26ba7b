import { createRoot } from "react-dom/client";

function Placeholder() {
  return <p>EKV Begroting wordt geladen…</p>;
}

Office.onReady(() => {
  const el = document.getElementById("container");
  if (el) createRoot(el).render(<Placeholder />);
});
