// The tests load PocketBase's hook libraries exactly as the site does.
export { loadHookLib } from "../../src/server/hook-library.ts";
