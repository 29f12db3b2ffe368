import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import type {
  BudgetLineRecord,
  CommentRecord,
  EvaluationRecord,
  HypothesisRecord,
  LessonRecord,
  PilotEffectRecord,
  PilotRecord,
  RiskRecord,
} from "./records.ts";
import { sortRows } from "./sort-rows.ts";
import { searchableText, type PilotFilters } from "../domain/pilot-filters.ts";
import type { PilotForm } from "../domain/pilot.ts";
import { newRecordId, newRecordIds } from "./ids.ts";
import { toSaveFailure, type SaveFailure } from "./errors.ts";
import { resolveIntervention } from "./interventions.ts";
import { sendTagged, type TaggedAnswer } from "./tagged-answers.ts";
import { domains, stages, visibilities, type Stage } from "../domain/options.ts";
import { PLANNING_STAGES } from "../domain/evidence-ladder.ts";

export const PILOTS_PER_PAGE = 20;

/** A pilot as the overview lists it: the fields it shows, with its municipality's name. */
const PilotListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  domain: z.enum(domains.values),
  stage: z.enum(stages.values),
  visibility: z.enum(visibilities.values),
  municipality: z.string(),
  updated: z.string(),
  // The route always sends the municipality; optional as in PocketBase's own list, so that a pilot
  // from the records API fits this type too (tests/integration/pilot-list.test.ts compares the two).
  expand: z.object({ municipality: z.object({ id: z.string(), name: z.string() }).optional() }).optional(),
});

/** The answer of GET /api/proeftuin/pilots (pocketbase/pb_hooks/lib/pilot-list.js), shaped as PocketBase's own list. */
const PilotPageSchema = z.object({
  items: z.array(PilotListItemSchema),
  page: z.number(),
  totalPages: z.number(),
  totalItems: z.number(),
});
export type PilotPage = z.infer<typeof PilotPageSchema>;

/**
 * One page of the pilots the signed-in user (or guest) may see, with the total, from the cached
 * overview route of pocketbase/pb_hooks/pilot_overview.pb.js: the pilots' read rule in SQL, each
 * pilot checked against the rule as well, and proven equal to PocketBase's own list for the same
 * filter (tests/integration/pilot-list.test.ts).
 */
export async function listPilots(pb: TypedPocketBase, filters: PilotFilters): Promise<PilotPage> {
  return (await listPilotsTagged(pb, filters)).value();
}

/** As listPilots, tagged: with `held`, an unchanged page comes back as `held` (a 304). */
export async function listPilotsTagged(
  pb: TypedPocketBase,
  filters: PilotFilters,
  held?: TaggedAnswer<PilotPage>,
): Promise<TaggedAnswer<PilotPage>> {
  const query = new URLSearchParams({ page: String(filters.page) });
  for (const name of ["domain", "stage", "visibility", "municipality"] as const) {
    const value = filters[name];
    if (value) query.set(name, value);
  }
  const q = searchableText(filters.q);
  if (q) query.set("q", q);
  return sendTagged(pb, `/api/proeftuin/pilots?${query}`, PilotPageSchema, held);
}

export type PilotWithRows = {
  pilot: PilotRecord;
  hypotheses: HypothesisRecord[];
  budgetLines: BudgetLineRecord[];
  risks: RiskRecord[];
  effects: PilotEffectRecord[];
};

/**
 * The pilot's own rows come as back-relations of the pilot itself: one request instead of four,
 * and no empty filtered lists, which PocketBase answers with a random wait of up to 500 ms once a
 * client asks more than three of them in three seconds (all pages come from this one client).
 * PocketBase applies each collection's view rule to expanded records and expands at most 1000
 * back-related records; a pilot holds at most 30 hypotheses, 60 budget lines, 40 risks and 60 effects.
 */
const ROWS = "hypotheses_via_pilot,budget_lines_via_pilot,risks_via_pilot,pilot_effects_via_pilot";

function withRows(pilot: PilotRecord): PilotWithRows {
  const { hypotheses_via_pilot, budget_lines_via_pilot, risks_via_pilot, pilot_effects_via_pilot, ...expand } = pilot.expand ?? {};
  return {
    pilot: { ...pilot, expand },
    hypotheses: sortRows(hypotheses_via_pilot ?? [], "created", "id"),
    budgetLines: sortRows(budget_lines_via_pilot ?? [], "year", "source", "id"),
    risks: sortRows(risks_via_pilot ?? [], "created", "id"),
    effects: sortRows(pilot_effects_via_pilot ?? [], "year", "actor", "kind", "id"),
  };
}

/** A pilot and all its rows; throws PocketBase's 404 when it does not exist or may not be seen. */
export async function getPilotWithRows(pb: TypedPocketBase, id: string): Promise<PilotWithRows> {
  return withRows(await pb.collection("pilots").getOne(id, { expand: `municipality,adopted_from,${ROWS}` }));
}

export type PilotWithActivity = PilotWithRows & { evaluations: EvaluationRecord[]; lessons: LessonRecord[]; comments: CommentRecord[] };

/**
 * The pilot, its rows, evaluations, lessons and questions through the records API, in one request.
 * The pilot page reads them from its route (src/data/pilot-page.ts); this is the reference that
 * route is proven equal to (tests/integration/pilot-page-route.test.ts).
 */
export async function getPilotWithActivity(pb: TypedPocketBase, id: string): Promise<PilotWithActivity> {
  const pilot = await pb.collection("pilots").getOne(id, {
    expand: `municipality,adopted_from,intervention,${ROWS},hypotheses_via_pilot.indicator_ref,evaluations_via_pilot,lessons_via_pilot,comments_via_pilot.author_municipality`,
  });
  const { evaluations_via_pilot, lessons_via_pilot, comments_via_pilot, ...rest } = pilot.expand ?? {};
  return {
    ...withRows({ ...pilot, expand: rest }),
    evaluations: sortRows(evaluations_via_pilot ?? [], "date", "created"),
    lessons: sortRows(lessons_via_pilot ?? [], "-created"),
    comments: sortRows(comments_via_pilot ?? [], "created", "id"),
  };
}

type Row = { id?: string | undefined };
type StoredRows = { stage: Stage | ""; hypotheses: string[]; budget_lines: string[]; risks: string[] };

function pilotFields(form: PilotForm) {
  return {
    title: form.title,
    summary: form.summary,
    problem: form.problem,
    target_group: form.target_group,
    domain: form.domain,
    principles: form.principles,
    stage: form.stage,
    visibility: form.visibility,
    start_date: form.start_date,
    end_date: form.end_date,
    tags: form.tags,
    partners: form.partners,
    theory_of_change: form.theory_of_change,
    // Left out when not chosen: PocketBase then makes the creator the contact, or keeps the current one.
    ...(form.contact ? { contact: form.contact } : {}),
  };
}

/** The ids of the saved rows, in the order of the form. */
type SavedRowIds = { hypotheses: string[]; budget_lines: string[]; risks: string[] };
export type SaveResult = { ok: true; id: string; rows: SavedRowIds } | SaveFailure;

/**
 * Saves a pilot with its hypotheses, budget lines and risks in one PocketBase batch: all of it is
 * stored or none of it. Rows that were stored before and are no longer in the form are deleted.
 * The caller's own client is used, so the collection rules decide what this user may write.
 */
export async function savePilot(
  pb: TypedPocketBase,
  input: {
    id?: string | undefined;
    municipality: string;
    form: PilotForm;
    extra?: Record<string, unknown>;
    /** The pilot's "updated" when the form was opened; the save is refused if it changed since. */
    expectedUpdated?: string | undefined;
    /** Adopting: the original's hypothesis each new hypothesis row copies, by row (hypotheses.adopted_from). */
    hypothesisOrigins?: readonly string[];
  },
): Promise<SaveResult> {
  const isNew = !input.id;
  const id = input.id ?? newRecordId();
  const batch = pb.createBatch();
  const paths: string[] = [];

  let stored: StoredRows = { stage: "", hypotheses: [], budget_lines: [], risks: [] };
  // A form that names an intervention (or clears it) sets it; a save without the field leaves it.
  let intervention: { intervention?: string } = {};
  try {
    if (!isNew) stored = await storedRowIds(pb, id);
    const { intervention: name, intervention_description: description = "" } = input.form;
    if (name !== undefined) intervention = { intervention: await resolveIntervention(pb, name, description) };
  } catch (error) {
    return toSaveFailure(error);
  }

  const writePilot = () => {
    if (isNew)
      batch
        .collection("pilots")
        .create({ id, municipality: input.municipality, ...pilotFields(input.form), ...intervention, ...input.extra });
    else {
      const version = input.expectedUpdated ? { expected_updated: input.expectedUpdated } : {};
      batch.collection("pilots").update(id, { ...pilotFields(input.form), ...intervention, ...input.extra, ...version });
    }
    paths.push("");
  };
  // A pilot in idee or ontwerp has no evidence level, so writing its rows leaves the pilot record
  // (and the "updated" that expected_updated checks) alone. Its own update then goes last, so that
  // PocketBase's check on leaving ontwerp (an adopted copy's baselines) sees the rows as saved.
  const rowsFirst = !isNew && stored.stage !== "" && PLANNING_STAGES.includes(stored.stage);
  if (!rowsFirst) writePilot();

  const children = [
    ["hypotheses", input.form.hypotheses],
    ["budget_lines", input.form.budget_lines],
    ["risks", input.form.risks],
  ] as const;
  const saved: SavedRowIds = { hypotheses: [], budget_lines: [], risks: [] };
  for (const [collection, rows] of children) {
    const keep = new Set<string>();
    const newIds = newRecordIds(rows.length);
    (rows as ReadonlyArray<Row & Record<string, unknown>>).forEach((row, index) => {
      const { id: rowId, ...fields } = row;
      if (rowId && stored[collection].includes(rowId)) {
        keep.add(rowId);
        batch.collection(collection).update(rowId, fields);
        saved[collection].push(rowId);
      } else {
        const origin = collection === "hypotheses" ? input.hypothesisOrigins?.[index] : undefined;
        batch.collection(collection).create({ ...fields, id: newIds[index], pilot: id, ...(origin ? { adopted_from: origin } : {}) });
        saved[collection].push(newIds[index]!);
      }
      paths.push(`${collection}.${index}.`);
    });
    for (const storedId of stored[collection]) {
      if (keep.has(storedId)) continue;
      batch.collection(collection).delete(storedId);
      paths.push(`${collection}.`);
    }
  }
  if (rowsFirst) writePilot();

  try {
    await batch.send();
    return { ok: true, id, rows: saved };
  } catch (error) {
    return toSaveFailure(error, paths);
  }
}

async function storedRowIds(pb: TypedPocketBase, pilotId: string): Promise<StoredRows> {
  const options = { filter: pb.filter("pilot = {:pilotId}", { pilotId }), fields: "id" };
  const [pilot, hypotheses, budgetLines, risks] = await Promise.all([
    pb.collection("pilots").getOne(pilotId, { fields: "stage" }),
    pb.collection("hypotheses").getFullList(options),
    pb.collection("budget_lines").getFullList(options),
    pb.collection("risks").getFullList(options),
  ]);
  return {
    stage: pilot.stage,
    hypotheses: hypotheses.map((row) => row.id),
    budget_lines: budgetLines.map((row) => row.id),
    risks: risks.map((row) => row.id),
  };
}

export async function deletePilot(pb: TypedPocketBase, id: string): Promise<void> {
  await pb.collection("pilots").delete(id);
}

/** The titles of a municipality's pilots, for choosing where a lesson came from. */
export async function pilotTitlesOf(pb: TypedPocketBase, municipality: string): Promise<Array<{ id: string; title: string }>> {
  return pb
    .collection("pilots")
    .getFullList({ filter: pb.filter("municipality = {:m}", { m: municipality }), sort: "title", fields: "id,title" });
}

/** Pilots of other municipalities in a domain, as candidates for "similar pilots" (the pilot page route gives the same). */
export async function pilotsInDomain(pb: TypedPocketBase, domain: string, exceptMunicipality: string): Promise<PilotRecord[]> {
  const result = await pb.collection("pilots").getList(1, 40, {
    filter: pb.filter("domain = {:domain} && municipality != {:m}", { domain, m: exceptMunicipality }),
    sort: "-updated",
    expand: "municipality",
    fields: "id,title,domain,target_group,principles,municipality,expand.municipality.name,expand.municipality.size_class",
    skipTotal: true,
  });
  return result.items;
}
