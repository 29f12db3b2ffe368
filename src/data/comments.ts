import type { TypedPocketBase } from "./client.ts";
import type { CommentRecord } from "./records.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

export type CommentTarget = { lesson: string } | { pilot: string };

const targetFilter = (pb: TypedPocketBase, target: CommentTarget) =>
  "lesson" in target ? pb.filter("lesson = {:id}", { id: target.lesson }) : pb.filter("pilot = {:id}", { id: target.pilot });

export async function listComments(pb: TypedPocketBase, target: CommentTarget): Promise<CommentRecord[]> {
  return pb.collection("comments").getFullList({ filter: targetFilter(pb, target), sort: "created,id", expand: "author_municipality" });
}

export type CommentResult = { ok: true; id: string } | SaveFailure;

/** A question on the target, or with `replyTo` an answer to one of its questions. */
export async function createComment(
  pb: TypedPocketBase,
  author: string,
  target: CommentTarget,
  body: string,
  replyTo = "",
): Promise<CommentResult> {
  try {
    const record = await pb.collection("comments").create({ ...target, author, body, reply_to: replyTo });
    return { ok: true, id: record.id };
  } catch (error) {
    return toSaveFailure(error, [""], "De reactie");
  }
}

export async function getComment(pb: TypedPocketBase, id: string): Promise<CommentRecord> {
  return pb.collection("comments").getOne(id);
}

export async function updateComment(pb: TypedPocketBase, id: string, body: string): Promise<CommentResult> {
  try {
    await pb.collection("comments").update(id, { body });
    return { ok: true, id };
  } catch (error) {
    return toSaveFailure(error, [""], "De reactie");
  }
}

export async function deleteComment(pb: TypedPocketBase, id: string): Promise<void> {
  await pb.collection("comments").delete(id);
}
