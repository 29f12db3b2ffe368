import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFunction } from "node:vm";

/**
 * A library of pocketbase/pb_hooks/lib, loaded in Node. It is CommonJS under a "type": "module"
 * package, so it runs with a module object of its own.
 */
export function loadHookLib<Exports>(name: string): Exports {
  const filename = fileURLToPath(new URL(`../../pocketbase/pb_hooks/lib/${name}`, import.meta.url));
  const module: { exports: unknown } = { exports: {} };
  const run = compileFunction(readFileSync(filename, "utf8"), ["module", "exports"], { filename });
  run(module, module.exports);
  return module.exports as Exports;
}
