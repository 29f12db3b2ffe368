import { signInPath } from "./sign-in-path.ts";
import type { AstroGlobal } from "astro";
import { canWrite } from "../domain/options.ts";

/**
 * For pages that only writers may open: a guest is sent to sign in (and back afterwards); a
 * signed-in user without the right role gets status 403 and the page shows why. PocketBase's rules
 * still decide every write; this only keeps people from filling in a form they cannot save.
 */
export function requireWriter(astro: AstroGlobal): Response | "forbidden" | null {
  const user = astro.locals.user;
  if (!user) {
    return astro.redirect(signInPath(astro.url, { needed: true }), 303);
  }
  if (!canWrite(user.role)) {
    astro.response.status = 403;
    return "forbidden";
  }
  return null;
}
