import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

const hooksDir = fileURLToPath(new URL("../../pocketbase/pb_hooks", import.meta.url));
const required = new Map<string, unknown>();

/** PocketBase's require(`${__hooks}/lib/x.js`), once per library as in one JavaScript VM. */
function requireHookLib(path: string): unknown {
  // Only Node runs this branch: a library falls back on node:fs where PocketBase has $os.
  if (path.startsWith("node:")) return createRequire(import.meta.url)(path);
  const prefix = `${hooksDir}/lib/`;
  if (!path.startsWith(prefix)) throw new Error(`a hook library requires ${path}, outside ${prefix}`);
  const name = path.slice(prefix.length);
  if (!required.has(name)) required.set(name, loadHookLib(name));
  return required.get(name);
}

/**
 * A library of pocketbase/pb_hooks/lib, loaded in Node. It is CommonJS under a "type": "module"
 * package, so it runs with a module object of its own. `globals` stand in for the PocketBase
 * globals ($dbx, …) the library's functions use when called; require and __hooks load its
 * sibling libraries.
 */
export function loadHookLib<Exports>(name: string, extra: Record<string, unknown> = {}): Exports {
  const globals: Record<string, unknown> = { require: requireHookLib, __hooks: hooksDir, ...extra };
  const filename = fileURLToPath(new URL(`../../pocketbase/pb_hooks/lib/${name}`, import.meta.url));
  const module: { exports: unknown } = { exports: {} };
  const names = Object.keys(globals);
  const run = compileFunction(readFileSync(filename, "utf8"), ["module", "exports", ...names], { filename });
  run(module, module.exports, ...names.map((key) => globals[key]));
  return module.exports as Exports;
}
