import { fileURLToPath } from "node:url";

/** The project's folders, found from this file so scripts work from any working directory. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
export const migrationsDir = fileURLToPath(new URL("../../pocketbase/pb_migrations", import.meta.url));
export const hooksDir = fileURLToPath(new URL("../../pocketbase/pb_hooks", import.meta.url));
export const defaultDataDir = fileURLToPath(new URL("../../pocketbase/pb_data", import.meta.url));
export const distEntry = fileURLToPath(new URL("../../dist/server/entry.mjs", import.meta.url));
