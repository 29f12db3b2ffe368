import type { AstroGlobal } from "astro";
import { signInPath } from "./sign-in-path.ts";

/**
 * What an access check decides for a page, in one shape for every check so pages branch the same
 * way: return `response` on "redirect" in the frontmatter, then show Forbidden, NotFound or the
 * content in the template. Each check has already set the response status to match.
 */
export type Access<T> =
  | { kind: "redirect"; response: Response }
  | { kind: "forbidden"; reason: string }
  | { kind: "not-found" }
  | { kind: "ok"; data: T };

/** A guest goes to sign in, and comes back to this page afterwards. */
export const signInFirst = (astro: AstroGlobal): { kind: "redirect"; response: Response } => ({
  kind: "redirect",
  response: astro.redirect(signInPath(astro.url, { needed: true }), 303),
});

/** Status 403, with the reason the page shows. */
export function forbidden(astro: AstroGlobal, reason: string): { kind: "forbidden"; reason: string } {
  astro.response.status = 403;
  return { kind: "forbidden", reason };
}

/** Status 404: also for a record PocketBase hides from this user, so its existence does not leak. */
export function notFound(astro: AstroGlobal): { kind: "not-found" } {
  astro.response.status = 404;
  return { kind: "not-found" };
}
