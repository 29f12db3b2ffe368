import type { AstroGlobal } from "astro";
import { loadPilot } from "./load-pilot.ts";
import { requireWriter } from "./require-writer.ts";
import type { PilotWithRows } from "../data/pilots.ts";

export type OwnPilotAccess =
  | { kind: "redirect"; response: Response }
  | { kind: "forbidden"; reason: string }
  | { kind: "not-found" }
  | { kind: "ok"; data: PilotWithRows };

/**
 * For pages that change an own pilot: a guest goes to sign in, a collega or another municipality's
 * user gets 403 with the reason, a pilot they cannot see gets 404. PocketBase decides again on save.
 */
export async function ownPilotAccess(astro: AstroGlobal, role: "writer" | "directeur" = "writer"): Promise<OwnPilotAccess> {
  const access = requireWriter(astro);
  if (access instanceof Response) return { kind: "redirect", response: access };
  if (access === "forbidden") return { kind: "forbidden", reason: "Alleen innovatiemanagers en directeuren kunnen dit vastleggen." };
  const data = await loadPilot(astro.locals.pb, astro.params.id);
  if (!data) {
    astro.response.status = 404;
    return { kind: "not-found" };
  }
  if (data.pilot.municipality !== astro.locals.user?.municipality) {
    astro.response.status = 403;
    return { kind: "forbidden", reason: "U kunt dit alleen vastleggen voor pilots van uw eigen gemeente." };
  }
  if (role === "directeur" && astro.locals.user?.role !== "directeur") {
    astro.response.status = 403;
    return { kind: "forbidden", reason: "Alleen een directeur legt het besluit over een pilot vast." };
  }
  return { kind: "ok", data };
}
