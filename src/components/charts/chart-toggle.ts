/**
 * The "Interactieve grafiek" buttons: React and recharts are fetched on the first click only, so a
 * page ships no chart JavaScript before the user asks for it. Focus moves to the new chart, which
 * replaces the server-drawn one in the same place.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-chart-toggle]")) {
  const frame = button.closest<HTMLElement>("[data-chart]");
  const target = frame?.querySelector<HTMLElement>(".chart__interactive");
  if (!frame || !target) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const { mountChart } = await import("./mount-chart.tsx");
      mountChart(target, frame.dataset.chart === "bar" ? "bar" : "line", JSON.parse(frame.dataset.chartProps ?? "{}"));
    } catch {
      // Offline or a failed download: the static chart stays, and the button can be tried again.
      button.disabled = false;
      return;
    }
    for (const chart of frame.querySelectorAll<HTMLElement>(".chart__static")) chart.hidden = true;
    target.hidden = false;
    button.hidden = true;
    target.focus();
  });
}
