import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { sendChecked } from "./answers.ts";
import { directions } from "../domain/options.ts";
import type { CatalogueChoice } from "../domain/indicator-catalogue.ts";

/** The catalogue as the pilot form suggests it (public, some twenty records), by name. */
export async function catalogueChoices(pb: TypedPocketBase): Promise<CatalogueChoice[]> {
  const records = await pb.collection("indicators").getFullList({ sort: "name,id", fields: "id,name,unit,direction,source,source_code" });
  return records.map(({ id, name, unit, direction, source, source_code }) => ({ id, name, unit, direction, source, source_code }));
}

/** The answer of GET /api/proeftuin/indicators/{id}/achieved (pocketbase/pb_hooks/lib/indicator-catalogue.js). */
const AchievedSchema = z.object({
  indicator: z.string(),
  direction: z.enum(directions.values),
  pilots: z.number().int().min(0),
  municipalities: z.number().int().min(0),
  median: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  note: z.string(),
});
export type Achieved = z.output<typeof AchievedSchema>;

/**
 * The relative change pilots on this catalogue indicator achieved, as this client may read them
 * (PocketBase applies the pilots' read rule for the client's user; figures are null below three
 * municipalities). `exclude`: the pilot being edited, which should not be its own yardstick.
 */
export async function achievedOn(pb: TypedPocketBase, indicatorId: string, exclude?: string): Promise<Achieved> {
  const query = exclude ? { exclude } : {};
  return sendChecked(pb, `/api/proeftuin/indicators/${encodeURIComponent(indicatorId)}/achieved`, AchievedSchema, { method: "GET", query });
}
