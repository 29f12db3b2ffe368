import type { APIRoute } from "astro";
import { createClient } from "../../data/client.ts";
import { newestPublicLessons } from "../../data/lessons.ts";
import { atomFeed, rfc3339 } from "../../domain/atom.ts";

/** New public lessons as an Atom feed. Read as a guest, whoever asks, so only public lessons appear. */
export const GET: APIRoute = async ({ url, locals }) => {
  const guest = createClient(locals.pb.baseURL);
  const lessons = await newestPublicLessons(guest);
  const origin = url.origin;
  const body = atomFeed({
    id: `${origin}/lessen`,
    title: "Proeftuin – nieuwe openbare lessen",
    link: `${origin}/lessen`,
    selfLink: `${origin}/lessen/feed.xml`,
    updated: lessons[0] ? rfc3339(lessons[0].created) : new Date(0).toISOString(),
    entries: lessons.map((lesson) => ({
      id: `${origin}/lessen/${lesson.id}`,
      title: lesson.title,
      link: `${origin}/lessen/${lesson.id}`,
      updated: rfc3339(lesson.updated),
      author: lesson.expand?.municipality?.name ?? "Proeftuin",
      summary: lesson.body.replace(/[#*_>`]/g, "").slice(0, 500),
    })),
  });
  return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
