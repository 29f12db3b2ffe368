import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPocketBase, type RunningPocketBase } from "../../src/launcher/pocketbase-process.ts";
import { freePort } from "./free-port.ts";

export const testSuperuser = { email: "platformbeheer@proeftuin.test", password: "test-superuser-password" };

/** A real PocketBase in a fresh temporary folder with the project's migrations and hooks. */
export async function startTestPocketBase(): Promise<RunningPocketBase & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-pb-"));
  const running = await startPocketBase({ dataDir, port: await freePort(), superuser: testSuperuser, output: "ignore" });
  return {
    ...running,
    dataDir,
    stop: async () => {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
