import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

/**
 * A library of pocketbase/pb_hooks/lib, loaded in Node. It is CommonJS under a "type": "module"
 * package, so it runs with a module object of its own. `globals` stand in for the PocketBase
 * globals ($dbx, …) the library's functions use when called.
 */
export function loadHookLib<Exports>(name: string, globals: Record<string, unknown> = {}): Exports {
  const filename = fileURLToPath(new URL(`../../pocketbase/pb_hooks/lib/${name}`, import.meta.url));
  const module: { exports: unknown } = { exports: {} };
  const names = Object.keys(globals);
  const run = compileFunction(readFileSync(filename, "utf8"), ["module", "exports", ...names], { filename });
  run(module, module.exports, ...names.map((key) => globals[key]));
  return module.exports as Exports;
}
