import type { TypedPocketBase } from "../data/client.ts";
import type { CommentRecord } from "../data/records.ts";
import { getComment } from "../data/comments.ts";
import { loadOrNull } from "./load-or-null.ts";

export const loadComment = (pb: TypedPocketBase, id: string | undefined): Promise<CommentRecord | null> =>
  loadOrNull(id, (commentId) => getComment(pb, commentId));

/** Where a comment is shown: its lesson's or pilot's page. */
export const commentPagePath = (comment: CommentRecord) => (comment.lesson ? `/lessen/${comment.lesson}` : `/pilots/${comment.pilot}`);
