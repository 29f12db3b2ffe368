import { z } from "zod";
import { type AuditCollection, type AuditValue, auditCollections, collectionNoun, fieldLabel, formatAuditValue } from "./audit-labels.ts";
import { formatDate } from "./dates.ts";
import { decisions, effectActors, effectKinds, evaluationKinds, fundingSources } from "./options.ts";
import { formatPeriod } from "./period.ts";

/**
 * An audit line as a sentence a council member can read: "Pilot ‘Werkfit’ bijgewerkt: Fase
 * Uitvoering → Evaluatie; 1 hypothese gewijzigd: ‘percentage met baan’ (Oordeel Open → Bevestigd)".
 * The line is what pocketbase/pb_hooks/lib/audit.js stored; names are the ones of the time.
 */

const orEmpty = <T extends z.ZodType>(schema: T, empty: z.output<T>) => schema.nullish().transform((value) => value ?? empty);

const AuditValueSchema = z.union([z.string(), z.number(), z.null()]).catch(null);

const AuditSubjectSchema = z
  .object({
    title: z.string().optional().catch(undefined),
    source: z.string().optional().catch(undefined),
    year: z.number().optional().catch(undefined),
    actor: z.string().optional().catch(undefined),
    kind: z.string().optional().catch(undefined),
    date: z.string().optional().catch(undefined),
    period: z.string().optional().catch(undefined),
    decision: z.string().optional().catch(undefined),
  })
  .catch({});

const AuditEntrySchema = z.object({
  collection: z.string(),
  record: z.string(),
  action: z.enum(["create", "update", "delete"]),
  subject: orEmpty(AuditSubjectSchema, {}),
  changed_fields: orEmpty(z.array(z.string()), []),
  changes: orEmpty(z.array(z.object({ field: z.string(), old: AuditValueSchema, new: AuditValueSchema })), []),
});

/** The fields of an audit_log record that say what happened. */
export const AuditLineSchema = AuditEntrySchema.extend({
  pilot: orEmpty(z.string(), ""),
  pilot_title: orEmpty(z.string(), ""),
  parts: orEmpty(z.array(AuditEntrySchema).catch([]), []),
});

type AuditEntry = z.output<typeof AuditEntrySchema>;
export type AuditLine = z.output<typeof AuditLineSchema>;
type AuditChange = { field: string; old: AuditValue; new: AuditValue };

/** Which records the reader may open now: a link only to what still exists and is readable. */
export type AuditLinks = { pilot: boolean; lesson: boolean };

/** A piece of the sentence; a piece with href is a link. */
type AuditSegment = { text: string; href?: string };

export type AuditSentence = {
  segments: AuditSegment[];
  details: string[];
  /** A stage-gate moment: the pilot moved to another stage, or a decision was recorded. */
  stageGate: boolean;
};

const quoted = (text: string | undefined) => (text ? `‘${text}’` : "");

/** How a record is named on the line, without its noun: "‘Rijk 2026’", "‘percentage met baan’ (maart 2026)". */
function nameOf(entry: AuditEntry): string {
  const { subject } = entry;
  switch (entry.collection) {
    case "budget_lines":
      return subject.source ? quoted(`${fundingSources.label(subject.source)} ${subject.year ?? ""}`.trim()) : "";
    case "pilot_effects":
      return subject.actor
        ? quoted(
            `${effectActors.label(subject.actor)}, ${effectKinds.label(subject.kind ?? "").toLowerCase()} ${subject.year ?? ""}`.trim(),
          )
        : "";
    case "measurements":
      return [quoted(subject.title), subject.period ? `(${formatPeriod(subject.period)})` : ""].filter(Boolean).join(" ");
    case "evaluations":
      return subject.date ? `van ${formatDate(subject.date)}` : "";
    case "decisions":
      return subject.decision ? decisions.label(subject.decision) : "";
    default:
      return quoted(subject.title);
  }
}

const verbs = {
  own: { create: "aangemaakt", update: "bijgewerkt", delete: "verwijderd" },
  row: { create: "toegevoegd", update: "gewijzigd", delete: "verwijderd" },
} as const;

function changeText(collection: string, change: AuditChange): string {
  const label = fieldLabel(collection, change.field);
  const to = formatAuditValue(change.field, change.new);
  return change.old === null ? `${label} ${to}` : `${label} ${formatAuditValue(change.field, change.old)} → ${to}`;
}

/** The entry's own changes: tracked values old → new, then the other changed fields by name. */
function changesOf(entry: AuditEntry, skip: (change: AuditChange) => boolean = () => false): string[] {
  const tracked = entry.changes.filter((change) => !skip(change));
  const shown = new Set(entry.changes.map((change) => change.field));
  const others = entry.changed_fields.filter((field) => !shown.has(field)).map((field) => fieldLabel(entry.collection, field));
  return [
    ...tracked.map((change) => changeText(entry.collection, change)),
    ...(others.length > 0 ? [`${others.join(", ")} gewijzigd`] : []),
  ];
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The opening of the sentence: what happened to which record, with the pilot's or lesson's name as a link. */
function opening(line: AuditLine, links: AuditLinks): AuditSegment[] {
  const pilotName = line.pilot_title || (line.collection === "pilots" ? (line.subject.title ?? "") : "");
  const pilotLink = (name: string): AuditSegment[] =>
    name ? [{ text: "‘" }, { text: name, ...(links.pilot && line.pilot ? { href: `/pilots/${line.pilot}` } : {}) }, { text: "’" }] : [];
  const ofPilot = (word: string): AuditSegment[] => (pilotName ? [{ text: ` ${word} pilot ` }, ...pilotLink(pilotName)] : []);
  const name = nameOf(line);
  switch (line.collection) {
    case "pilots":
      return [{ text: "Pilot " }, ...pilotLink(line.subject.title ?? pilotName), { text: ` ${verbs.own[line.action]}` }];
    case "lessons": {
      const title = line.subject.title ?? "";
      const href = links.lesson && line.action !== "delete" ? `/lessen/${line.record}` : undefined;
      const titled: AuditSegment[] = title ? [{ text: " ‘" }, { text: title, ...(href ? { href } : {}) }, { text: "’" }] : [];
      return [{ text: "Les" }, ...titled, { text: ` ${verbs.own[line.action]}` }];
    }
    case "decisions":
      if (line.action === "create") return [{ text: `Besluit vastgelegd${name ? `: ${name}` : ""},` }, ...ofPilot("voor")];
      return [{ text: `Besluit ${name}`.trim() }, ...ofPilot("van"), { text: ` ${verbs.row[line.action]}` }];
    case "evaluations": {
      const kind = line.subject.kind ? evaluationKinds.label(line.subject.kind) : "Evaluatie";
      if (line.action === "create") return [{ text: `${kind} vastgelegd` }, ...ofPilot("voor")];
      return [{ text: `${kind} ${name}`.trim() }, ...ofPilot("van"), { text: ` ${verbs.row[line.action]}` }];
    }
    default:
      return [
        { text: `${capital(collectionNoun(line.collection))}${name ? ` ${name}` : ""}` },
        ...ofPilot("van"),
        { text: ` ${verbs.row[line.action]}` },
      ];
  }
}

const ACTIONS = ["create", "update", "delete"] as const;

/** At most this many rows of one kind are named one by one; more are counted. */
const NAMED_ROWS = 5;

/** The other records of the same save, grouped: "2 begrotingsregels toegevoegd: ‘Rijk 2026’, ‘ESF+ 2027’". */
function partsOf(line: AuditLine): string[] {
  const others = line.parts.filter((part) => !(part.collection === line.collection && part.record === line.record));
  const groups = new Map<string, AuditEntry[]>();
  // Rows of one kind together, the kinds in a fixed order: hypotheses, budget lines, risks, …
  const rank = (part: AuditEntry) => auditCollections.values.indexOf(part.collection as AuditCollection) * 3 + ACTIONS.indexOf(part.action);
  for (const part of [...others].sort((a, b) => rank(a) - rank(b))) {
    const key = `${part.collection} ${part.action}`;
    groups.set(key, [...(groups.get(key) ?? []), part]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [AuditEntry, ...AuditEntry[]];
    const counted = `${group.length} ${collectionNoun(first.collection, group.length)} ${verbs.row[first.action]}`;
    if (group.length > NAMED_ROWS) return counted;
    const named = group.map((part) => {
      const changes = part.action === "delete" ? [] : changesOf(part);
      return [nameOf(part), changes.length > 0 ? `(${changes.join(", ")})` : ""].filter(Boolean).join(" ");
    });
    return named.some(Boolean) ? `${counted}: ${named.filter(Boolean).join(", ")}` : counted;
  });
}

const movedStage = (change: AuditChange) => change.field === "stage" && change.old !== null && change.old !== change.new;

/** The sentence for one audit line. */
export function describeAuditLine(line: AuditLine, links: AuditLinks): AuditSentence {
  const entries = [line, ...line.parts];
  const recordsDecision = entries.some((entry) => entry.collection === "decisions" && entry.action === "create");
  // What the opening already says (the decision, the kind of evaluation) is not repeated; an
  // earlier decision it replaced is worth its old → new.
  const inOpening = (change: AuditChange) =>
    change.old === null &&
    (line.collection === "decisions" ? change.field === "decision" : line.collection === "evaluations" && change.field === "kind");
  const own = line.action === "delete" ? [] : changesOf(line, inOpening);
  return {
    segments: opening(line, links),
    details: [...own, ...partsOf(line)],
    stageGate: recordsDecision || entries.some((entry) => entry.changes.some(movedStage)),
  };
}

/** The sentence as plain text. */
export const sentenceText = (sentence: AuditSentence): string =>
  sentence.segments.map((segment) => segment.text).join("") + (sentence.details.length > 0 ? `: ${sentence.details.join("; ")}` : "");
