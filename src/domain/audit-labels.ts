import { formatEuros } from "./money.ts";
import { decisions, evaluationKinds, riskStatuses, stages, verdicts, visibilities } from "./options.ts";

/**
 * The words of the audit trail: what each audited collection is called, the Dutch label of every
 * field a line can name, and how a stored value reads. pocketbase/pb_hooks/lib/audit-entry.js
 * writes the lines (its AUDITED and TRACKED lists are compared with these in
 * tests/unit/audit-labels.test.ts).
 */

const collectionNames = {
  pilots: { one: "pilot", many: "pilots", filter: "Pilots" },
  hypotheses: { one: "hypothese", many: "hypothesen", filter: "Hypothesen" },
  budget_lines: { one: "begrotingsregel", many: "begrotingsregels", filter: "Begrotingsregels" },
  risks: { one: "risico", many: "risico's", filter: "Risico's" },
  evaluations: { one: "evaluatie", many: "evaluaties", filter: "Evaluaties" },
  measurements: { one: "meting", many: "metingen", filter: "Metingen" },
  testimonials: { one: "citaat", many: "citaten", filter: "Citaten" },
  lessons: { one: "les", many: "lessen", filter: "Lessen" },
  decisions: { one: "besluit", many: "besluiten", filter: "Besluiten" },
  pilot_effects: { one: "regel met kosten of baten", many: "regels met kosten en baten", filter: "Kosten en baten per partij" },
} as const;

export type AuditCollection = keyof typeof collectionNames;

/** The audited collections, in the order of the audit_log.collections select field. */
export const auditCollections = {
  values: Object.keys(collectionNames) as [AuditCollection, ...AuditCollection[]],
  /** For the "Soort gegevens" filter. */
  list: Object.entries(collectionNames).map(([value, names]) => ({ value: value as AuditCollection, label: names.filter })),
};

export const isAuditCollection = (value: unknown): value is AuditCollection => typeof value === "string" && value in collectionNames;

/** "hypothese" / "hypothesen"; an unknown collection by its own name. */
export function collectionNoun(collection: string, count = 1): string {
  if (!isAuditCollection(collection)) return collection;
  return count === 1 ? collectionNames[collection].one : collectionNames[collection].many;
}

/** Labels of fields, as the forms name them; per collection where one name means two things. */
const commonLabels: Record<string, string> = {
  title: "Titel",
  summary: "Samenvatting",
  problem: "Probleem",
  target_group: "Doelgroep",
  domain: "Domein",
  principles: "Principes",
  stage: "Fase",
  visibility: "Zichtbaarheid",
  start_date: "Startdatum",
  end_date: "Einddatum",
  tags: "Trefwoorden",
  partners: "Partners",
  decision: "Besluit",
  decision_rationale: "Onderbouwing van het besluit",
  stop_reason: "Reden om te stoppen",
  decided_at: "Besluitdatum",
  decided_by: "Besluit genomen door",
  decided_by_name: "Naam van wie besloot",
  document: "Collegebesluit of memo",
  theory_of_change: "Veranderingstheorie",
  evidence_level: "Bewijskracht",
  stage_since: "In deze fase sinds",
  adopted_from: "Overgenomen van",
  intervention: "Interventie",
  indicator_ref: "Indicator uit de catalogus",
  comparison_group: "Vergelijkingsgroep",
  independent_replication: "Onafhankelijke herhaling",
  municipality: "Gemeente",
  pilot: "Pilot",
  statement: "Hypothese",
  indicator: "Indicator",
  unit: "Eenheid",
  direction: "Richting",
  baseline: "Nulmeting",
  target: "Streefwaarde",
  measure_by: "Meten vóór",
  verdict: "Oordeel",
  verdict_reason: "Toelichting bij het oordeel",
  source: "Financieringsbron",
  year: "Jaar",
  planned_cents: "Begroot",
  spent_cents: "Besteed",
  reporting_deadline: "Verantwoorden vóór",
  actor: "Partij",
  expected_cents: "Verwacht bedrag",
  realised_cents: "Gerealiseerd bedrag",
  source_note: "Bron",
  category: "Categorie",
  likelihood: "Kans",
  impact: "Impact",
  mitigation: "Beheersmaatregel",
  owner: "Eigenaar",
  status: "Status",
  date: "Datum",
  kind: "Soort",
  observations: "Waarnemingen",
  what_worked: "Wat werkte",
  what_did_not: "Wat werkte niet",
  participants: "Aantal deelnemers",
  rationale: "Onderbouwing",
  attachments: "Bijlagen",
  evaluation: "Evaluatie",
  hypothesis: "Hypothese",
  value: "Gemeten waarde",
  sample_size: "Aantal deelnemers in de meting",
  period: "Maand van de meting",
  comparison_value: "Waarde vergelijkingsgroep",
  comparison_sample_size: "Aantal deelnemers vergelijkingsgroep",
  quote: "Citaat",
  label: "Schuilnaam",
  consent: "Toestemming",
  author: "Auteur",
  body: "De les",
  contact: "Contactpersoon",
  contact_name: "Naam contactpersoon",
  contact_role: "Rol contactpersoon",
};

const collectionLabels: Partial<Record<AuditCollection, Record<string, string>>> = {
  evaluations: { kind: "Soort evaluatie", decision: "Voorstel" },
  lessons: { kind: "Soort les" },
  risks: { title: "Risico" },
  pilot_effects: { kind: "Kosten of baten" },
};

/** The Dutch label of a field of a collection; a field without one by its own name. */
export function fieldLabel(collection: string, field: string): string {
  const own = isAuditCollection(collection) ? collectionLabels[collection]?.[field] : undefined;
  return own ?? commonLabels[field] ?? field;
}

/** Whether a field has a label of its own (tests/unit/audit-labels.test.ts holds every audited field to it). */
export const hasFieldLabel = (collection: string, field: string): boolean => fieldLabel(collection, field) !== field;

export type AuditValue = string | number | null;

/** How the values of the fields with old → new read; the hook's TRACKED fields and the pilot's stage and decision. */
const valueFormats: Record<string, (value: string | number) => string> = {
  stage: (value) => stages.label(String(value)),
  decision: (value) => decisions.label(String(value)),
  visibility: (value) => visibilities.label(String(value)),
  verdict: (value) => verdicts.label(String(value)),
  status: (value) => riskStatuses.label(String(value)),
  kind: (value) => evaluationKinds.label(String(value)),
  planned_cents: (value) => formatEuros(Number(value)),
  spent_cents: (value) => formatEuros(Number(value)),
  expected_cents: (value) => formatEuros(Number(value)),
  realised_cents: (value) => formatEuros(Number(value)),
  likelihood: String,
  impact: String,
};

export const formatsValuesOf = (field: string): boolean => field in valueFormats;

/** A stored value as a person reads it; no value reads as "—". */
export function formatAuditValue(field: string, value: AuditValue): string {
  if (value === null || value === "") return "—";
  const format = valueFormats[field];
  return format ? format(value) : String(value);
}
