import type { APIRoute } from "astro";
import { fetchAttachment } from "../../../data/evaluations.ts";
import { protectedDownload } from "../../../server/protected-download.ts";

/**
 * Downloads an evaluation's attachment for a signed-in viewer who may see the evaluation. The files
 * are protected in PocketBase; protectedDownload fetches them with the viewer's own file token.
 */
export const GET: APIRoute = ({ locals, params }) =>
  protectedDownload(Boolean(locals.user), params.evaluation ?? "", params.file ?? "", (id, file) => fetchAttachment(locals.pb, id, file), {
    signIn: "Log in om bijlagen te downloaden.",
    notFound: "Bijlage niet gevonden.",
  });
