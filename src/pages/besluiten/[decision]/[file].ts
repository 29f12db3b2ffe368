import type { APIRoute } from "astro";
import { fetchDecisionDocument } from "../../../data/decisions.ts";
import { protectedDownload } from "../../../server/protected-download.ts";

/** A decision's document (collegebesluit or memo), protected as evaluation attachments are. */
export const GET: APIRoute = ({ locals, params }) =>
  protectedDownload(
    Boolean(locals.user),
    params.decision ?? "",
    params.file ?? "",
    (id, file) => fetchDecisionDocument(locals.pb, id, file),
    {
      signIn: "Log in om documenten te downloaden.",
      notFound: "Document niet gevonden.",
    },
  );
