import { defineMiddleware } from "astro:middleware";
import { createClient } from "./data/client.ts";
import { clearedSessionCookie, loadSession, renewedSessionCookie } from "./data/auth.ts";
import { isUnreachable } from "./data/errors.ts";
import { unavailablePage } from "./server/unavailable-page.ts";
import { setSecurityHeaders } from "./server/security-headers.ts";

const pocketbaseUrl = process.env.POCKETBASE_URL ?? "http://127.0.0.1:8090";

/** Gives each request its own PocketBase client, signed in from the session cookie. */
export const onRequest = defineMiddleware(async (context, next) => {
  const pb = createClient(pocketbaseUrl);
  const cookie = context.request.headers.get("cookie") ?? "";
  const secure = context.url.protocol === "https:";
  try {
    context.locals.pb = pb;
    context.locals.user = await loadSession(pb, cookie);
    const response = await next();
    setSecurityHeaders(response.headers);
    // A page that signs in or out sets the cookie itself; otherwise pass on a renewed token.
    if (!response.headers.has("set-cookie")) {
      if (context.locals.user) {
        const renewed = renewedSessionCookie(pb, secure);
        if (renewed) response.headers.append("set-cookie", renewed);
      } else if (cookie.includes("pb_auth=")) response.headers.append("set-cookie", clearedSessionCookie(secure));
    }
    return response;
  } catch (error) {
    if (isUnreachable(error)) {
      const page = unavailablePage();
      setSecurityHeaders(page.headers);
      return page;
    }
    throw error;
  }
});
