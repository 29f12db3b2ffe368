import type { APIRoute } from "astro";
import { clearedSessionCookie } from "../data/auth.ts";
import { forgetSession } from "../data/session-cache.ts";

export const POST: APIRoute = ({ locals, url }) => {
  forgetSession(locals.pb.authStore.token);
  locals.pb.authStore.clear();
  return new Response(null, {
    status: 303,
    headers: { location: "/", "set-cookie": clearedSessionCookie(url.protocol === "https:") },
  });
};
