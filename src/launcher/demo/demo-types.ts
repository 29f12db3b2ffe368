import type { PilotFormInput } from "../../domain/pilot.ts";
import type { EvaluationFormInput, MeasurementRowInput } from "../../domain/evaluation.ts";
import type { LessonFormInput } from "../../domain/lesson.ts";
import type { EffectInput } from "../../domain/effects.ts";
import type { Decision, Domain, Province, Role, Stage, Verdict, Visibility } from "../../domain/options.ts";

/** Every demo account signs in with this password; the README lists the accounts. */
export const demoPassword = "proeftuin-demo";

/** `follows`: the domains whose new lessons the weekly digest brings the account (users.follows). */
type DemoUser = { email: string; name: string; role: Role; follows?: Domain[] };

/**
 * A demo pilot is written as a person would type it into the pilot form (amounts "500.000",
 * decimals "72,5", dates "2026-03-01"), so the seed goes through the same schema as the form.
 * A stage-gate decision, recorded by a directeur, may be added.
 */
export type DemoPilot = PilotFormInput & {
  decision?: Decision;
  decision_rationale?: string;
  /** Required with decision "stoppen". */
  stop_reason?: string;
  /** Evaluations in date order; a pilot in stage "besluit" needs an "eind" one. */
  evaluations?: DemoEvaluation[];
  /** Verdicts the manager recorded, by hypothesis position. */
  verdicts?: DemoVerdict[];
  /** The named intervention it tries, by name (one of demoInterventions). */
  intervention?: string;
  /** Catalogue indicators (content/indicatoren.json keys) its hypotheses measure, by position. */
  indicatorKeys?: Array<{ hypothesis: number; key: string }>;
  /** Costs and benefits per actor, as typed on /pilots/<id>/kosten-baten. */
  effects?: DemoEffect[];
};
/** A row of "Kosten en baten per actor" as typed (amounts "250.000"), saved after the pilot. */
export type DemoEffect = Omit<EffectInput, "id">;
type DemoVerdict = { hypothesis: number; verdict: Verdict; verdict_reason?: string };

export type DemoMunicipality = {
  name: string;
  cbs_code: string;
  province: Province;
  inhabitants: number;
  users: DemoUser[];
  pilots: DemoPilot[];
  lessons?: DemoLesson[];
  /** Seeded after every municipality's pilots and lessons exist, in the order given. */
  comments?: DemoComment[];
  adoptions?: DemoAdoption[];
};

/**
 * An evaluation as typed into the evaluation form, with each measurement pointing at its
 * hypothesis by position in the pilot's `hypotheses` list (ids do not exist before seeding).
 */
export type DemoEvaluation = Omit<EvaluationFormInput, "measurements"> & {
  measurements: Array<Omit<MeasurementRowInput, "hypothesis"> & { hypothesis: number }>;
};

/** A lesson as typed into the lesson form, by one of the municipality's accounts. */
type DemoLesson = Omit<LessonFormInput, "pilot"> & {
  /** The own pilot the lesson came from, by title. */
  pilotTitle?: string;
  /** E-mail of the demo account that wrote it (an innovatiemanager or directeur of the municipality). */
  author: string;
};

/**
 * A question or answer between municipalities, written by one of this municipality's accounts on
 * a lesson or pilot elsewhere in the network, found by its title (titles are unique network-wide).
 */
export type DemoComment = {
  author: string;
  body: string;
  /** A question its asker marked answered. An owner's comment on its own item answers the latest question before it. */
  answered?: boolean;
} & ({ lessonTitle: string } | { pilotTitle: string });

/** A shared pilot of another municipality that this one adopted, by title, adopted by `by`. */
type DemoAdoption = { pilotTitle: string; by: string; ownVersion?: DemoOwnVersion };

/**
 * What the adopter made of its copy: the original's local facts replaced by its own (target group,
 * and per copied hypothesis by position its own baseline and target), then carried out, measured and
 * judged as an own pilot is. A confirmed copied hypothesis is a replication of the original.
 */
export type DemoOwnVersion = {
  target_group: string;
  hypotheses: Array<{ baseline: string; target: string }>;
  stage: Stage;
  start_date: string;
  /** Shared wider than the private copy adoption makes. */
  visibility?: Visibility;
  evaluations: DemoEvaluation[];
  verdicts: DemoVerdict[];
  effects?: DemoEffect[];
};
