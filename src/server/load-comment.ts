import { signInPath } from "./sign-in-path.ts";
import type { AstroGlobal } from "astro";
import type { TypedPocketBase } from "../data/client.ts";
import type { CommentRecord } from "../data/records.ts";
import { getComment } from "../data/comments.ts";
import { loadOrNull } from "./load-or-null.ts";

const loadComment = (pb: TypedPocketBase, id: string | undefined): Promise<CommentRecord | null> =>
  loadOrNull(id, (commentId) => getComment(pb, commentId));

/** Where a comment is shown: its lesson's or pilot's page. */
export const commentPagePath = (comment: CommentRecord) => (comment.lesson ? `/lessen/${comment.lesson}` : `/pilots/${comment.pilot}`);

/**
 * For the pages where an author changes their own comment: a guest signs in first; someone else's
 * comment gets 403, one they cannot see 404.
 */
export async function ownCommentAccess(astro: AstroGlobal): Promise<Response | { comment: CommentRecord | null; mine: boolean }> {
  const user = astro.locals.user;
  if (!user) return astro.redirect(signInPath(astro.url, { needed: true }), 303);
  const comment = await loadComment(astro.locals.pb, astro.params.id);
  const mine = Boolean(comment && comment.author === user.id);
  if (!comment) astro.response.status = 404;
  else if (!mine) astro.response.status = 403;
  return { comment, mine };
}
