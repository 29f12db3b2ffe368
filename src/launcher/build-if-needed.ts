import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { distEntry, projectRoot } from "./paths.ts";

/** Everything that goes into the built site: when any of it is newer than the build, build again. */
const SOURCES = ["src", "content", "astro.config.mjs", "package-lock.json", "tsconfig.json"];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

export function needsBuild(): boolean {
  if (!existsSync(distEntry)) return true;
  const built = statSync(distEntry).mtimeMs;
  return SOURCES.some((source) => newestChange(join(projectRoot, source)) > built);
}

/** Astro's command-line entry; its package exports do not expose it, so it is found by path. */
export function astroBin(): string {
  return join(projectRoot, "node_modules", "astro", "bin", "astro.mjs");
}

/**
 * Runs `astro build` with this same Node; returns false when the build failed (its output says why).
 * Always a production build, whatever NODE_ENV the caller has (vitest sets "test"): otherwise the
 * islands are bundled with React's development runtime while the site renders with its production
 * build (src/cli/start.ts), and they no longer hydrate.
 */
export function build(): boolean {
  const result = spawnSync(process.execPath, [astroBin(), "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", ASTRO_TELEMETRY_DISABLED: "1" },
  });
  return result.status === 0;
}
