import type { AstroGlobal } from "astro";
import { createComment, type CommentTarget } from "../data/comments.ts";
import { setAnswered } from "../data/questions.ts";
import { CommentFormSchema } from "../domain/lesson.ts";

/** What a refused post brings back: the typed text, the reason, and which form (a question, or the answer to `replyTo`). */
export type CommentPostState = { body: string; error: string; replyTo?: string; statusError?: { question: string; message: string } };

/**
 * Handles the forms under a lesson or pilot, posted to the page itself: a question, an answer to
 * one ("reply_to"), and marking a question answered or reopening it. On success a redirect to the
 * comment; otherwise the typed text comes back with the reason. PocketBase decides who may do what.
 */
export async function handleCommentPost(astro: AstroGlobal, target: CommentTarget, pagePath: string): Promise<Response | CommentPostState> {
  const empty = { body: "", error: "" };
  if (astro.request.method !== "POST") return empty;
  const form = await astro.request.formData();
  const kind = form.get("form");
  if (kind === "vraagstatus") return handleStatus(astro, String(form.get("vraag") ?? ""), form.get("beantwoord") === "ja", pagePath);
  if (kind !== "reactie") return empty;
  const body = String(form.get("body") ?? "");
  const replyTo = String(form.get("reply_to") ?? "");
  const user = astro.locals.user;
  astro.response.status = 400;
  if (!user) return { body, replyTo, error: "Log in om een vraag te stellen." };
  const parsed = CommentFormSchema.safeParse({ body });
  if (!parsed.success) return { body, replyTo, error: parsed.error.issues[0]?.message ?? "Controleer uw tekst." };
  const result = await createComment(astro.locals.pb, user.id, target, parsed.data.body, replyTo);
  if (!result.ok) return { body, replyTo, error: Object.values(result.fieldErrors)[0] ?? result.message };
  astro.response.status = 200;
  return astro.redirect(`${pagePath}?reactie=geplaatst#reactie-${result.id}`, 303);
}

async function handleStatus(
  astro: AstroGlobal,
  question: string,
  answered: boolean,
  pagePath: string,
): Promise<Response | CommentPostState> {
  const empty = { body: "", error: "" };
  astro.response.status = 400;
  if (!astro.locals.user) return { ...empty, statusError: { question, message: "Log in om een vraag als beantwoord te markeren." } };
  const result = await setAnswered(astro.locals.pb, question, answered);
  if (!result.ok) {
    astro.response.status = 403;
    return { ...empty, statusError: { question, message: "U kunt de status van deze vraag niet wijzigen." } };
  }
  astro.response.status = 200;
  return astro.redirect(`${pagePath}?vraag=${answered ? "beantwoord" : "heropend"}#reactie-${question}`, 303);
}
