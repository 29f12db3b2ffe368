import type { TypedPocketBase } from "./client.ts";
import type { CommentRecord } from "./records.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

export type CommentTarget = { lesson: string } | { pilot: string };

const targetFilter = (pb: TypedPocketBase, target: CommentTarget) =>
  "lesson" in target ? pb.filter("lesson = {:id}", { id: target.lesson }) : pb.filter("pilot = {:id}", { id: target.pilot });

export async function listComments(pb: TypedPocketBase, target: CommentTarget): Promise<CommentRecord[]> {
  return pb.collection("comments").getFullList({ filter: targetFilter(pb, target), sort: "created,id", expand: "author_municipality" });
}

/**
 * New questions to a municipality: comments by other municipalities on its lessons and pilots,
 * newest first. PocketBase's rules still decide which comments the reader may see.
 */
export async function inbox(pb: TypedPocketBase, municipality: string, count = 10): Promise<CommentRecord[]> {
  const result = await pb.collection("comments").getList(1, count, {
    filter: pb.filter('reply_to = "" && (lesson.municipality = {:m} || pilot.municipality = {:m}) && author_municipality != {:m}', {
      m: municipality,
    }),
    sort: "-created",
    expand: "author_municipality,lesson,pilot",
    skipTotal: true,
  });
  return result.items;
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
