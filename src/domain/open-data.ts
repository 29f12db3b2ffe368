/**
 * The open dataset of public pilots (/open-data): the shape of one exported pilot, whose field
 * descriptions are the documentation the page shows, so the page and the files cannot drift.
 * Measurements and participant counts are left out altogether: a figure from fewer than ten people
 * identifies them, and a dataset that holds none cannot leak one.
 */
import { z } from "zod";
import { decisions, directions, domains, fundingSources, stages, verdicts } from "./options.ts";

export const OPEN_DATA_LICENCE = "Open data van Proeftuin, CC BY 4.0, naamsvermelding: Proeftuin en de betrokken gemeenten";
export const OPEN_DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.nl";

type Doc = { description: string; example: unknown };
const doc = <T extends z.ZodType>(schema: T, description: string, example: unknown): T => schema.meta({ description, examples: [example] });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const openHypothesisSchema = z.object({
  stelling: doc(
    z.string(),
    "De hypothese: wat de gemeente verwacht dat de pilot verandert.",
    "Als wij intensief coachen, dan vinden meer jongeren werk.",
  ),
  indicator: doc(z.string(), "De indicator in de woorden van de gemeente.", "percentage met baan"),
  indicator_sleutel: doc(
    z.string().nullable(),
    "Sleutel van de indicator uit de gedeelde catalogus; leeg zonder catalogusindicator.",
    "uitstroom-naar-werk",
  ),
  indicator_naam: doc(z.string().nullable(), "Naam van die catalogusindicator; leeg zonder catalogusindicator.", "Uitstroom naar werk"),
  eenheid: doc(z.string(), "Eenheid van nulmeting en doel; leeg als er geen is.", "%"),
  richting: doc(z.enum(directions.values), "Welke kant beter is: omhoog (hoger is beter) of omlaag.", "omhoog"),
  nulmeting: doc(z.number(), "De waarde bij de start (0 als de gemeente geen nulmeting vastlegde).", 68),
  doel: doc(z.number(), "De waarde die de pilot wil halen.", 72),
  oordeel: doc(z.enum(verdicts.values).nullable(), "Oordeel na evaluatie; leeg zolang er geen is.", "bevestigd"),
});

const openBudgetSchema = z.object({
  bron: doc(z.enum(fundingSources.values), "Financieringsbron.", "rijk"),
  gepland_euro: doc(z.number().nonnegative(), "Begroot bedrag uit deze bron, over alle jaren, in euro.", 500000),
  besteed_euro: doc(z.number().nonnegative(), "Besteed bedrag uit deze bron, over alle jaren, in euro.", 100000),
});

export const openPilotSchema = z.object({
  id: doc(z.string(), "Vaste sleutel van de pilot; de pagina is /pilots/{id}.", "k3v9x2m1q8w7e4r"),
  titel: doc(z.string(), "Naam van de pilot.", "Jongeren naar werk"),
  samenvatting: doc(z.string(), "Korte beschrijving door de gemeente.", "Intensieve begeleiding van jongeren zonder startkwalificatie."),
  gemeente: doc(z.string(), "Naam van de gemeente die de pilot uitvoert.", "Utrecht"),
  gemeentecode: doc(z.string(), "CBS-gemeentecode.", "GM0344"),
  domein: doc(z.enum(domains.values), "Beleidsdomein.", "participatie"),
  fase: doc(z.enum(stages.values), "Fase waarin de pilot nu is.", "uitvoering"),
  startdatum: doc(date.nullable(), "Startdatum (JJJJ-MM-DD); leeg als die niet bekend is.", "2026-03-01"),
  einddatum: doc(date.nullable(), "Geplande of werkelijke einddatum (JJJJ-MM-DD); leeg als die niet bekend is.", "2027-02-28"),
  interventie: doc(
    z.string().nullable(),
    "Naam van de interventie die de pilot uitprobeert, gedeeld met pilots van andere gemeenten.",
    "Baangarantie jongeren",
  ),
  besluit: doc(z.enum(decisions.values).nullable(), "Laatste besluit over de pilot; leeg zolang er geen is.", "opschalen"),
  bijgewerkt: doc(date, "Datum waarop de pilot voor het laatst is gewijzigd.", "2026-11-20"),
  hypotheses: doc(z.array(openHypothesisSchema), "De hypothesen van de pilot.", []),
  budget: doc(z.array(openBudgetSchema), "Budget per financieringsbron; alleen bronnen met een bedrag.", []),
});
export type OpenPilot = z.infer<typeof openPilotSchema>;
export type OpenHypothesis = z.infer<typeof openHypothesisSchema>;
export type OpenBudget = z.infer<typeof openBudgetSchema>;

export const openDataFileSchema = z.object({
  licentie: z.literal(OPEN_DATA_LICENCE),
  licentie_url: z.literal(OPEN_DATA_LICENCE_URL),
  gegenereerd: z.string(),
  velden: z.string(),
  pilots: z.array(openPilotSchema),
});
export type OpenDataFile = z.infer<typeof openDataFileSchema>;

/** One documented field: its path ("hypotheses[].stelling"), type in words, meaning and example. */
export type FieldDoc = { name: string; type: string; description: string; example: string };

function typeName(schema: z.ZodType): string {
  if (schema instanceof z.ZodNullable) return `${typeName(schema.unwrap() as z.ZodType)} of leeg (null)`;
  if (schema instanceof z.ZodEnum) return `keuze: ${schema.options.join(", ")}`;
  if (schema instanceof z.ZodArray) return "lijst";
  if (schema instanceof z.ZodNumber) return "getal";
  // A date is a string that only takes a date: the page says so rather than "tekst".
  if (schema instanceof z.ZodString && !schema.safeParse("tekst").success) return "datum (JJJJ-MM-DD)";
  return "tekst";
}

/** Every field of an exported pilot, nested lists' fields included, in the schema's order. */
export function openDataFields(schema: z.ZodObject = openPilotSchema, prefix = ""): FieldDoc[] {
  const fields: FieldDoc[] = [];
  for (const [key, field] of Object.entries(schema.shape) as Array<[string, z.ZodType]>) {
    const meta = (field.meta() ?? {}) as Partial<Doc> & { examples?: unknown[] };
    const example = meta.examples?.[0];
    fields.push({
      name: prefix + key,
      type: typeName(field),
      description: meta.description ?? "",
      example: Array.isArray(example) ? "" : JSON.stringify(example),
    });
    if (field instanceof z.ZodArray && field.element instanceof z.ZodObject) {
      fields.push(...openDataFields(field.element, `${prefix}${key}[].`));
    }
  }
  return fields;
}
