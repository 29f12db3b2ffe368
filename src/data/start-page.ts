import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { sendChecked } from "./answers.ts";
import { domains as domainOptions, lessonKinds, type Domain } from "../domain/options.ts";

/** A lesson as the start pages list it: fields "id,title,domain,kind,created,municipality,expand.municipality.name". */
const StartLessonSchema = z.object({
  id: z.string(),
  title: z.string(),
  domain: z.enum(domainOptions.values),
  kind: z.enum(lessonKinds.values),
  created: z.string(),
  municipality: z.string(),
  expand: z.object({ municipality: z.object({ name: z.string() }) }),
});
export type StartLesson = z.infer<typeof StartLessonSchema>;

/** A question as the start page shows it: the records API's fields with expand "author_municipality,lesson,pilot". */
const StartQuestionSchema = z.object({
  id: z.string(),
  author_name: z.string(),
  body: z.string(),
  created: z.string(),
  lesson: z.string(),
  pilot: z.string(),
  author_municipality: z.string(),
  expand: z.object({
    author_municipality: z.object({ name: z.string() }).optional(),
    lesson: z.object({ title: z.string() }).optional(),
    pilot: z.object({ title: z.string() }).optional(),
  }),
});

const HomeSchema = z.object({ lessons: z.array(StartLessonSchema), total: z.number().int().min(0) });

const StartSchema = z.object({
  lessons: z.array(StartLessonSchema),
  questions: z.object({
    open: z.number().int().min(0),
    beantwoord: z.number().int().min(0),
    openPerPilot: z.record(z.string(), z.number().int().min(0)),
    newest: z.array(StartQuestionSchema),
  }),
});
export type StartAnswer = z.infer<typeof StartSchema>;

/**
 * The home page's newest public lessons (5) and how many public lessons there are, from a cached
 * route (pocketbase/pb_hooks/start_page.pb.js). Only public ones, so the count is the same whoever asks.
 */
export async function newestPublicLessonsWithTotal(pb: TypedPocketBase): Promise<{ items: StartLesson[]; total: number }> {
  const answer = await sendChecked(pb, "/api/proeftuin/home", HomeSchema, { method: "GET" });
  return { items: answer.lessons, total: answer.total };
}

/**
 * For the signed-in user, from a cached route (pocketbase/pb_hooks/start_page.pb.js): the newest
 * lessons (8) of other municipalities in these domains as the user may read them, and the questions
 * other municipalities asked about the user's municipality: counts per state, open ones per pilot,
 * and the newest open ones (5).
 */
export async function loadStartLessonsAndQuestions(pb: TypedPocketBase, inDomains: readonly Domain[]): Promise<StartAnswer> {
  return sendChecked(pb, "/api/proeftuin/start", StartSchema, { method: "GET", query: { domains: inDomains.join(",") } });
}
