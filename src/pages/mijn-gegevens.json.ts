import type { APIRoute } from "astro";
import { signInPath } from "../server/sign-in-path.ts";
import { personalData } from "../data/personal-data.ts";

/** A signed-in person's own data as JSON (AVG, right of access). */
export const GET: APIRoute = async ({ locals, redirect, url }) => {
  if (!locals.user) return redirect(signInPath(new URL("/mijn-gegevens", url), { needed: true }), 303);
  const data = await personalData(locals.pb, locals.user);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="mijn-gegevens-proeftuin.json"',
      "cache-control": "private, no-store",
    },
  });
};
