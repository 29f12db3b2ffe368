import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { projectRoot } from "../../src/launcher/paths.ts";

/** Runs `npm start`'s launcher as a child process and watches what it prints. */
export type Run = { child: ChildProcess; output: () => string };

export function launch(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["src/cli/start.ts"], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, POCKETBASE_URL: "", POCKETBASE_ADMIN_EMAIL: "", POCKETBASE_ADMIN_PASSWORD: "", ...env },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

export async function exitCode(run: Run, timeoutMs = 20_000): Promise<number | null> {
  if (run.child.exitCode !== null) return run.child.exitCode;
  const timer = setTimeout(() => run.child.kill("SIGKILL"), timeoutMs);
  const [code] = (await once(run.child, "exit")) as [number | null];
  clearTimeout(timer);
  return code;
}

export async function serving(run: Run): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!run.output().includes("Proeftuin draait op")) {
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`The launcher did not start:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const errorLines = (output: string) => output.split("\n").filter((line) => line.trim() !== "" && !line.startsWith(">"));
