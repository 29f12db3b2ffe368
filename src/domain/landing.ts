import type { Role } from "./options.ts";

/**
 * Where a user lands after signing in without a page to return to: a directeur's job starts at the
 * portfolio, everyone else's at the pilots.
 */
export function landingPath(role: Role | string): string {
  return role === "directeur" ? "/portfolio" : "/pilots";
}
