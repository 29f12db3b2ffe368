import type { TypedPocketBase } from "./client.ts";
import type { CommentRecord } from "./records.ts";
import { z } from "zod";
import { sendChecked } from "./answers.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";

/** Which questions a list shows: the open ones, the answered ones, or all. */
export type QuestionState = "open" | "beantwoord" | "alle";
export const questionStates: readonly QuestionState[] = ["open", "beantwoord", "alle"];

export type QuestionPage = { page: number; perPage: number; totalItems: number; totalPages: number; items: CommentRecord[] };

const STATE_FILTER: Record<QuestionState, string> = { open: " && answered = false", beantwoord: " && answered = true", alle: "" };
// The answers come along so a list can count them; PocketBase's rules decide which the reader sees.
const EXPAND = "author_municipality,lesson,pilot,comments_via_reply_to";

async function questionPage(pb: TypedPocketBase, filter: string, options: { state: QuestionState; page: number; perPage?: number }) {
  const perPage = options.perPage ?? 20;
  const result = await pb.collection("comments").getList(Math.max(1, options.page), perPage, {
    filter: filter + STATE_FILTER[options.state],
    sort: "-created,-id",
    expand: EXPAND,
  });
  return { page: result.page, perPage: result.perPage, totalItems: result.totalItems, totalPages: result.totalPages, items: result.items };
}

const byAsker = (pb: TypedPocketBase, userId: string) => pb.filter('reply_to = "" && author = {:u}', { u: userId });

const toMunicipality = (pb: TypedPocketBase, municipality: string) =>
  pb.filter('reply_to = "" && (lesson.municipality = {:m} || pilot.municipality = {:m}) && author_municipality != {:m}', {
    m: municipality,
  });

/**
 * Questions other municipalities asked about a municipality's lessons and pilots, newest first,
 * in one state, paged. PocketBase's rules still decide which the reader may see.
 */
export async function questionsToMunicipality(
  pb: TypedPocketBase,
  municipality: string,
  options: { state: QuestionState; page: number; perPage?: number },
): Promise<QuestionPage> {
  return questionPage(pb, toMunicipality(pb, municipality), options);
}

/** The questions a user asked, newest first, in one state, paged. */
export async function questionsAskedBy(
  pb: TypedPocketBase,
  userId: string,
  options: { state: QuestionState; page: number; perPage?: number },
): Promise<QuestionPage> {
  return questionPage(pb, byAsker(pb, userId), options);
}

const StateCountsSchema = z.object({ open: z.number().int().min(0), beantwoord: z.number().int().min(0) });
const QuestionCountsSchema = z.object({
  toMunicipality: StateCountsSchema,
  openPerPilot: z.record(z.string(), z.number().int().min(0)),
  asked: StateCountsSchema,
});

type StateCounts = Record<QuestionState, number>;
export type QuestionCounts = { toMunicipality: StateCounts; asked: StateCounts; openPerPilot: Record<string, number> };

const withTotal = ({ open, beantwoord }: { open: number; beantwoord: number }): StateCounts => ({
  open,
  beantwoord,
  alle: open + beantwoord,
});

/**
 * The signed-in user's question counts per state, to their municipality and asked by them, and the
 * open ones per pilot (pb_hooks/question_counts.pb.js): one count route, not filtered lists, which
 * PocketBase holds up to 500 ms when they come back empty.
 */
export async function questionCounts(pb: TypedPocketBase): Promise<QuestionCounts> {
  const counts = await sendChecked(pb, "/api/proeftuin/questions/counts", QuestionCountsSchema);
  return { toMunicipality: withTotal(counts.toMunicipality), asked: withTotal(counts.asked), openPerPilot: counts.openPerPilot };
}

export type AnsweredResult = { ok: true } | SaveFailure;

/** Marks a question answered, or reopens it; who and when are set by the server. */
export async function setAnswered(pb: TypedPocketBase, questionId: string, answered: boolean): Promise<AnsweredResult> {
  try {
    await pb.collection("comments").update(questionId, { answered });
    return { ok: true };
  } catch (error) {
    return toSaveFailure(error, [""], "De reactie");
  }
}
