import type { TestProject } from "vitest/node";
import { startTestPocketBase, testSuperuser } from "../support/test-pocketbase.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pocketbaseUrl: string;
    superuser: { email: string; password: string };
  }
}

export default async function setup(project: TestProject) {
  const pocketbase = await startTestPocketBase();
  project.provide("pocketbaseUrl", pocketbase.url);
  project.provide("superuser", testSuperuser);
  return () => pocketbase.stop();
}
