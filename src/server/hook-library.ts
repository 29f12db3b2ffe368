import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

/**
 * PocketBase's hook libraries (pocketbase/pb_hooks/lib) used by the site as well, so that the site
 * reduces Dutch words exactly as the lesson index does. They are CommonJS for PocketBase's engine,
 * and the project's "type": "module" makes Node and Vite read .js files as ES modules, so they are
 * run here as PocketBase runs them: a function body with module, exports, require and __hooks
 * (as tests/support/hook-lib.ts does for the tests).
 * The folder is read at run time, not bundled: from the project folder the launcher starts the site
 * in, or from this file's place in the source tree under `astro dev`.
 */
function hooksFolder(): string {
  const candidates = [resolve(process.cwd(), "pocketbase/pb_hooks"), fileURLToPath(new URL("../../pocketbase/pb_hooks", import.meta.url))];
  const found = candidates.find((folder) => existsSync(join(folder, "lib")));
  if (!found) throw new Error(`De map pocketbase/pb_hooks is niet gevonden (gezocht: ${candidates.join(", ")}).`);
  return found;
}

const loaded = new Map<string, unknown>();
const nodeRequire = createRequire(import.meta.url);

function load(file: string, hooks: string): unknown {
  const known = loaded.get(file);
  if (known) return known;
  const module: { exports: unknown } = { exports: {} };
  // A library falls back on node:fs where PocketBase has $os (lib/synonyms.js).
  const requireHook = (path: string) =>
    path.startsWith("node:") ? nodeRequire(path) : load(isAbsolute(path) ? path : resolve(dirname(file), path), hooks);
  const run = compileFunction(readFileSync(file, "utf8"), ["module", "exports", "require", "__hooks"], { filename: file });
  run(module, module.exports, requireHook, hooks);
  loaded.set(file, module.exports);
  return module.exports;
}

/** A library of pocketbase/pb_hooks/lib by its file name, loaded once. */
export function hookLibrary<T>(name: string): T {
  const hooks = hooksFolder();
  return load(join(hooks, "lib", name), hooks) as T;
}
