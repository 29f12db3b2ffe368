import type { TypedPocketBase } from "../data/client.ts";
import type { DecisionRecord, HypothesisRecord, PilotRecord, TestimonialRecord, UserRecord } from "../data/records.ts";
import type { Adoptions } from "../data/adoption.ts";
import type { PilotWithActivity } from "../data/pilots.ts";
import { getPilotPage, type PilotPageAnswer } from "../data/pilot-page.ts";
import { BoundedCache } from "./bounded-cache.ts";
import { HeldAnswers } from "./held-answers.ts";
import { mostSimilar } from "../domain/similarity.ts";
import type { MeasurementRow } from "../data/evaluations.ts";
import { proposeVerdict, type VerdictProposal } from "../domain/verdict.ts";
import { assessEvidence, evidenceFactsOf, type EvidenceAssessment } from "../domain/evidence-ladder.ts";
import { decisionBlocker, type DecisionBlocker } from "../domain/stage-gate.ts";
import { canWrite } from "../domain/options.ts";
import { formatPeriod } from "../domain/period.ts";
import type { ChartPoint } from "../components/charts/HypothesisChart.tsx";
import { loadOrNull } from "./load-or-null.ts";

export type HypothesisView = {
  hypothesis: HypothesisRecord;
  measurements: MeasurementRow[];
  /** Only values this viewer may see: small samples are left out for other municipalities. */
  points: ChartPoint[];
  proposal: VerdictProposal;
};

export type PilotPageData = PilotWithActivity & {
  own: boolean;
  mayWrite: boolean;
  isDirector: boolean;
  hypothesisViews: HypothesisView[];
  testimonials: TestimonialRecord[];
  evidence: EvidenceAssessment;
  /** Why the directeur cannot record the decision yet, or null. */
  decisionBlocker: DecisionBlocker | null;
  /** The decisions taken, latest first (signed-in readers only). */
  decisions: DecisionRecord[];
  adoptions: Adoptions;
  similar: PilotRecord[];
  /** Knowledge handover: a decision is recorded but no lesson yet. */
  lessonsMissing: boolean;
};

/** Per pilot and caller scope, as the route keys its answers (signed in, own municipality). */
const heldAnswers = new HeldAnswers<PilotPageAnswer>(500);
/** The page's figures per answer and viewer: all that pilotPageData reads. */
const computed = new BoundedCache<PilotPageData>(500);

/**
 * Everything the pilot page shows: one request (a cached route, for this viewer), then computed,
 * or taken as computed before for the same answer and viewer. `tag` names the answer. The page
 * must not change what it gets: it is shared by the next requests.
 */
export async function loadPilotPage(
  pb: TypedPocketBase,
  id: string | undefined,
  user: UserRecord | null,
): Promise<{ data: PilotPageData; tag: string } | null> {
  const scope = JSON.stringify([id, user ? user.municipality : null]);
  const answer = await loadOrNull(id, (pilotId) => heldAnswers.ask(scope, (held) => getPilotPage(pb, pilotId, held)));
  if (!answer) return null;
  const key = JSON.stringify([answer.tag, user?.municipality ?? null, user?.role ?? null]);
  return { data: computed.remember(key, () => pilotPageData(answer.value(), user)), tag: answer.tag };
}

/** What the page shows, from the route's answer and who is looking (own municipality, role). */
function pilotPageData(answer: PilotPageAnswer, user: UserRecord | null): PilotPageData {
  const { measurements, testimonials, adoptions, candidates, decisions: decisionHistory, ...data } = answer;
  const own = Boolean(user && user.municipality === data.pilot.municipality);
  const comparable = (pilot: PilotRecord) => ({ ...pilot, sizeClass: pilot.expand?.municipality?.size_class ?? ("" as const) });

  const hypothesisViews = data.hypotheses.map((hypothesis) => {
    const rows = measurements.filter((m) => m.hypothesis === hypothesis.id);
    const visible = rows.filter(
      (m): m is MeasurementRow & { value: number; sample_size: number } => m.value !== null && m.sample_size !== null,
    );
    return {
      hypothesis,
      measurements: rows,
      points: visible.map((m) => ({ period: m.period, label: formatPeriod(m.period, true), value: m.value })),
      // Suppressed measurements count as too small, which they are.
      proposal: proposeVerdict(
        hypothesis,
        rows.map((m) => ({ value: m.value ?? 0, sample_size: m.sample_size ?? 0, period: m.period })),
      ),
    };
  });

  const endEvaluations = data.evaluations.filter((evaluation) => evaluation.kind === "eind").length;
  // Whether an adopter elsewhere confirmed a hypothesis only PocketBase can tell (copies are mostly
  // private); the level it stored says so, and the page takes that one fact from it.
  const replicated = data.pilot.evidence_level === "sterke_aanwijzingen" ? data.hypotheses.map((h) => h.id) : [];
  const evidence = assessEvidence(evidenceFactsOf(data.pilot, data.hypotheses, measurements, replicated));
  return {
    ...data,
    own,
    mayWrite: own && canWrite(user?.role),
    isDirector: own && user?.role === "directeur",
    hypothesisViews,
    testimonials,
    // Other municipalities see the level the owner's full data gave, not one from suppressed data.
    evidence: own ? evidence : { level: data.pilot.evidence_level || null, missing: [] },
    decisionBlocker: decisionBlocker(data.pilot, endEvaluations, data.lessons.length),
    decisions: decisionHistory,
    adoptions,
    similar: mostSimilar(comparable(data.pilot), candidates.map(comparable), 5),
    lessonsMissing: Boolean(data.pilot.decision) && data.lessons.length === 0,
  };
}
