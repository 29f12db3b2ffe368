import type { AstroGlobal } from "astro";
import { canWrite } from "../domain/options.ts";
import type { UserRecord } from "../data/records.ts";
import { forbidden, signInFirst, type Access } from "./access.ts";

/** A role check finds no record, so it never answers "not-found"; pages need not handle that case. */
type WriterAccess = Exclude<Access<UserRecord>, { kind: "not-found" }>;

/**
 * For pages that only writers may open: a guest is sent to sign in (and back afterwards); a
 * signed-in user without the right role gets status 403 and the page shows `reason`. PocketBase's
 * rules still decide every write; this only keeps people from filling in a form they cannot save.
 */
export function requireWriter(astro: AstroGlobal, reason: string): WriterAccess {
  const user = astro.locals.user;
  if (!user) return signInFirst(astro);
  if (!canWrite(user.role)) return forbidden(astro, reason);
  return { kind: "ok", data: user };
}
