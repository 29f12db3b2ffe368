import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

/**
 * PocketBase's hook libraries (pocketbase/pb_hooks/lib) used by the site as well, so that the site
 * reduces Dutch words exactly as the lesson index does. They are CommonJS for PocketBase's engine,
 * and the project's "type": "module" makes Node and Vite read .js files as ES modules, so they are
 * run here as PocketBase runs them: a function body with module, exports, require and __hooks.
 * The tests load them the same way (loadHookLib), with stand-ins for PocketBase's globals.
 * The folder is read at run time, not bundled: from the project folder the launcher starts the site
 * in, or from this file's place in the source tree (`astro dev`) or in the build (dist/server/chunks).
 */
function hooksFolder(): string {
  const candidates = [
    resolve(process.cwd(), "pocketbase/pb_hooks"),
    ...["../../pocketbase/pb_hooks", "../../../pocketbase/pb_hooks"].map((path) => fileURLToPath(new URL(path, import.meta.url))),
  ];
  const found = candidates.find((folder) => existsSync(join(folder, "lib")));
  if (!found) throw new Error(`De map pocketbase/pb_hooks is niet gevonden (gezocht: ${candidates.join(", ")}).`);
  return found;
}

const loaded = new Map<string, unknown>();
const nodeRequire = createRequire(import.meta.url);

/** Runs one library file with module, exports, require (its siblings, loaded once), __hooks and `globals`. */
function run(file: string, hooks: string, globals: Record<string, unknown> = {}): unknown {
  const module: { exports: unknown } = { exports: {} };
  // A library falls back on node:fs where PocketBase has $os (lib/synonyms.js).
  const requireHook = (path: string) =>
    path.startsWith("node:") ? nodeRequire(path) : load(isAbsolute(path) ? path : resolve(dirname(file), path), hooks);
  const names = Object.keys(globals);
  const body = compileFunction(readFileSync(file, "utf8"), ["module", "exports", "require", "__hooks", ...names], { filename: file });
  body(module, module.exports, requireHook, hooks, ...names.map((name) => globals[name]));
  return module.exports;
}

function load(file: string, hooks: string): unknown {
  if (!loaded.has(file)) loaded.set(file, run(file, hooks));
  return loaded.get(file);
}

/** A library of pocketbase/pb_hooks/lib by its file name, loaded once. */
export function hookLibrary<T>(name: string): T {
  const hooks = hooksFolder();
  return load(join(hooks, "lib", name), hooks) as T;
}

/**
 * A fresh copy of a library, for tests and scripts: `globals` stand in for the PocketBase globals
 * ($dbx, …) its functions use when called. The siblings it requires are the shared copies.
 */
export function loadHookLib<T>(name: string, globals: Record<string, unknown> = {}): T {
  const hooks = hooksFolder();
  return run(join(hooks, "lib", name), hooks, globals) as T;
}
