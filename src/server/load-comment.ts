import type { AstroGlobal } from "astro";
import type { TypedPocketBase } from "../data/client.ts";
import type { CommentRecord } from "../data/records.ts";
import { getComment } from "../data/comments.ts";
import { loadOrNull } from "./load-or-null.ts";
import { forbidden, notFound, signInFirst, type Access } from "./access.ts";

const loadComment = (pb: TypedPocketBase, id: string | undefined): Promise<CommentRecord | null> =>
  loadOrNull(id, (commentId) => getComment(pb, commentId));

/** Where a comment is shown: its lesson's or pilot's page. */
export const commentPagePath = (comment: CommentRecord) => (comment.lesson ? `/lessen/${comment.lesson}` : `/pilots/${comment.pilot}`);

/**
 * For the pages where an author changes their own comment: a guest signs in first; someone else's
 * comment gets 403 with `notMine`, one they cannot see 404.
 */
export async function ownCommentAccess(astro: AstroGlobal, notMine: string): Promise<Access<CommentRecord>> {
  const user = astro.locals.user;
  if (!user) return signInFirst(astro);
  const comment = await loadComment(astro.locals.pb, astro.params.id);
  if (!comment) return notFound(astro);
  if (comment.author !== user.id) return forbidden(astro, notMine);
  return { kind: "ok", data: comment };
}
