import type { APIRoute } from "astro";
import { openDataResponse } from "../../server/open-data.ts";

/** Every public pilot as CSV for Excel, one row per hypothesis (documented at /open-data). */
export const GET: APIRoute = ({ locals, request }) => openDataResponse(locals.pb.baseURL, request, "csv");
