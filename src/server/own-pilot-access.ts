import type { AstroGlobal } from "astro";
import { loadPilot } from "./load-pilot.ts";
import { requireWriter } from "./require-writer.ts";
import type { PilotWithRows } from "../data/pilots.ts";
import { forbidden, notFound, type Access } from "./access.ts";

/**
 * For pages where a writer acts on a pilot they can see, own or not (taking one over): a guest goes
 * to sign in, a collega gets 403 with `notWriter`, a pilot they cannot see gets 404.
 */
export async function writerPilotAccess(astro: AstroGlobal, notWriter: string): Promise<Access<PilotWithRows>> {
  const writer = requireWriter(astro, notWriter);
  if (writer.kind !== "ok") return writer;
  const data = await loadPilot(astro.locals.pb, astro.params.id);
  return data ? { kind: "ok", data } : notFound(astro);
}

interface OwnPilotRules {
  /** "directeur" for the decision, which only a director records. */
  role?: "writer" | "directeur";
  notWriter?: string;
  notOwn?: string;
}

/**
 * For pages that change an own pilot: as writerPilotAccess, and another municipality's pilot gets
 * 403 with `notOwn`. The reasons differ per page so each says what the visitor tried to do.
 * PocketBase decides again on save.
 */
export async function ownPilotAccess(
  astro: AstroGlobal,
  {
    role = "writer",
    notWriter = "Alleen innovatiemanagers en directeuren kunnen dit vastleggen.",
    notOwn = "U kunt dit alleen vastleggen voor pilots van uw eigen gemeente.",
  }: OwnPilotRules = {},
): Promise<Access<PilotWithRows>> {
  const access = await writerPilotAccess(astro, notWriter);
  if (access.kind !== "ok") return access;
  if (access.data.pilot.municipality !== astro.locals.user?.municipality) return forbidden(astro, notOwn);
  if (role === "directeur" && astro.locals.user?.role !== "directeur") {
    return forbidden(astro, "Alleen een directeur legt het besluit over een pilot vast.");
  }
  return access;
}
