import type { APIRoute } from "astro";
import { createClient } from "../../data/client.ts";
import { newestPublicLessons } from "../../data/lessons.ts";
import { atomFeed, publicLessonsFeed } from "../../domain/atom.ts";
import { siteOrigin } from "../../server/site-url.ts";

/**
 * New public lessons as an Atom feed. Read as a guest, whoever asks, so only public lessons appear;
 * linked by the site's configured address, never by the request's Host.
 */
export const GET: APIRoute = async ({ locals }) => {
  const guest = createClient(locals.pb.baseURL);
  const lessons = await newestPublicLessons(guest);
  const feed = publicLessonsFeed(
    siteOrigin(),
    lessons.map(({ id, title, body, created, updated, expand }) => ({
      id,
      title,
      body,
      created,
      updated,
      municipality: expand?.municipality?.name ?? "",
    })),
  );
  return new Response(atomFeed(feed), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
