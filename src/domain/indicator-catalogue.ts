import { z } from "zod";
import { directions, indicatorLevels, type Direction } from "./options.ts";

/**
 * One entry of content/indicatoren.json, the indicator catalogue platformbeheer keeps. PocketBase
 * writes the file into the indicators collection on every start
 * (pocketbase/pb_hooks/lib/indicator-catalogue.js); the limits are the collection's
 * (migration 1764153000_what_works.js), so an entry this schema passes is one PocketBase stores.
 * source_code stays empty unless the source publishes a code for exactly this figure.
 */
const CatalogueIndicatorSchema = z.strictObject({
  key: z
    .string()
    .max(80)
    .regex(/^[a-z0-9-]+$/),
  name: z.string().trim().min(1).max(200),
  definition: z.string().trim().min(1).max(2000),
  unit: z.string().max(40),
  direction: z.enum(directions.values),
  source: z.string().trim().min(1).max(120),
  source_code: z.string().max(120),
  level: z.enum(indicatorLevels.values),
});

export const CatalogueSchema = z
  .array(CatalogueIndicatorSchema)
  .min(1)
  .refine((entries) => new Set(entries.map((entry) => entry.key)).size === entries.length, "Elke key komt één keer voor.")
  .refine(
    (entries) => new Set(entries.map((entry) => entry.name.toLowerCase())).size === entries.length,
    "Elke naam komt één keer voor: de suggesties in het pilotformulier moeten te onderscheiden zijn.",
  );

/** The Dutch line under a linked hypothesis: where the figure comes from, with its code when there is one. */
export const indicatorSourceLine = (indicator: { source: string; source_code: string }): string =>
  indicator.source_code ? `${indicator.source} (${indicator.source_code})` : indicator.source;

/** What the pilot form needs of a catalogue indicator to suggest it and fill a hypothesis from it. */
export type CatalogueChoice = { id: string; name: string; unit: string; direction: Direction; source: string; source_code: string };

/** The catalogue indicator whose name was typed or picked (case and surrounding spaces aside), if any. */
export function catalogueMatch(choices: readonly CatalogueChoice[], typed: string): CatalogueChoice | undefined {
  const wanted = typed.trim().toLocaleLowerCase("nl");
  if (wanted === "") return undefined;
  return choices.find((choice) => choice.name.toLocaleLowerCase("nl") === wanted);
}
