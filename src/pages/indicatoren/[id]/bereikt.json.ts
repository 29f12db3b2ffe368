import type { APIRoute } from "astro";
import { achievedOn } from "../../../data/indicators.ts";
import { isNotFound } from "../../../data/errors.ts";
import { isRecordId } from "../../../domain/form-fields.ts";

/**
 * What comparable pilots achieved on a catalogue indicator, for the pilot form's realistic-target
 * hint. Asked with the visitor's own session, so it counts exactly the pilots this visitor may read.
 */
export const GET: APIRoute = async ({ locals, params, url }) => {
  const exclude = url.searchParams.get("pilot") ?? "";
  if (!isRecordId(params.id) || (exclude !== "" && !isRecordId(exclude))) return new Response(null, { status: 404 });
  try {
    const achieved = await achievedOn(locals.pb, params.id, exclude || undefined);
    return new Response(JSON.stringify(achieved), {
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" },
    });
  } catch (error) {
    if (isNotFound(error)) return new Response(null, { status: 404 });
    throw error;
  }
};
