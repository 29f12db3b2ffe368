import { isRecordId } from "../../../domain/form-fields.ts";
import type { APIRoute } from "astro";
import { fetchAttachment } from "../../../data/evaluations.ts";
import { isNotFound } from "../../../data/errors.ts";

/**
 * Downloads an evaluation's attachment for a signed-in viewer who may see the evaluation. The files
 * are protected in PocketBase; this route fetches them with the viewer's own short-lived file token.
 */
export const GET: APIRoute = async ({ locals, params }) => {
  const notFound = () => new Response("Bijlage niet gevonden.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!locals.user)
    return new Response("Log in om bijlagen te downloaden.", { status: 401, headers: { "content-type": "text/plain; charset=utf-8" } });
  const evaluation = params.evaluation ?? "";
  const file = params.file ?? "";
  if (!isRecordId(evaluation) || !/^[\w.-]{1,200}$/.test(file)) return notFound();
  try {
    const upstream = await fetchAttachment(locals.pb, evaluation, file);
    if (!upstream) return notFound();
    return new Response(upstream.body, {
      headers: {
        "content-type": upstream.headers.get("content-type") ?? "application/octet-stream",
        "content-disposition": `attachment; filename="${file}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isNotFound(error)) return notFound();
    throw error;
  }
};
