/** What the bench says while it runs: each line with the seconds since it started, numbers in Dutch. */

export const benchStarted = performance.now();
export const seconds = (since: number) => (performance.now() - since) / 1000;
export const nl = (value: number, digits = 1) =>
  Number.isFinite(value) ? value.toLocaleString("nl-NL", { maximumFractionDigits: digits, minimumFractionDigits: 0 }) : "–";
export const say = (line: string) => process.stdout.write(`[bench ${nl(seconds(benchStarted), 0).padStart(3)} s] ${line}\n`);
export const round = (ms: number) => Math.round(ms * 10) / 10;
