import type { APIRoute } from "astro";
import { openDataResponse } from "../../server/open-data.ts";

/** Every public pilot as JSON, the same whoever asks (documented at /open-data). */
export const GET: APIRoute = ({ locals, request }) => openDataResponse(locals.pb.baseURL, request, "json");
