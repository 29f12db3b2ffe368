import type { APIRoute } from "astro";
import { clearedSessionCookie, signOut } from "../data/auth.ts";

export const POST: APIRoute = async ({ locals, url }) => {
  if (locals.user) await signOut(locals.pb, locals.user.id);
  return new Response(null, {
    status: 303,
    headers: { location: "/", "set-cookie": clearedSessionCookie(url.protocol === "https:") },
  });
};
