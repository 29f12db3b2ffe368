import type { APIRoute } from "astro";
import { clearedSessionCookie } from "../data/auth.ts";

export const POST: APIRoute = ({ locals, url }) => {
  locals.pb.authStore.clear();
  return new Response(null, {
    status: 303,
    headers: { location: "/", "set-cookie": clearedSessionCookie(url.protocol === "https:") },
  });
};
