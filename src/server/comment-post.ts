import type { AstroGlobal } from "astro";
import { createComment, type CommentTarget } from "../data/comments.ts";
import { CommentFormSchema } from "../domain/lesson.ts";

export type CommentPostState = { body: string; error: string };

/**
 * Handles the question form under a lesson or pilot, posted to the page itself: on success a
 * redirect to the new comment; otherwise the typed text comes back with the reason.
 */
export async function handleCommentPost(astro: AstroGlobal, target: CommentTarget, pagePath: string): Promise<Response | CommentPostState> {
  const empty = { body: "", error: "" };
  if (astro.request.method !== "POST") return empty;
  const form = await astro.request.formData();
  if (form.get("form") !== "reactie") return empty;
  const body = String(form.get("body") ?? "");
  const user = astro.locals.user;
  astro.response.status = 400;
  if (!user) return { body, error: "Log in om een vraag te stellen." };
  const parsed = CommentFormSchema.safeParse({ body });
  if (!parsed.success) return { body, error: parsed.error.issues[0]?.message ?? "Controleer uw tekst." };
  const result = await createComment(astro.locals.pb, user.id, target, parsed.data.body);
  if (!result.ok) return { body, error: result.message };
  astro.response.status = 200;
  return astro.redirect(`${pagePath}?reactie=geplaatst#reactie-${result.id}`, 303);
}
