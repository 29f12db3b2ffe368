import type {
  AuditLogRecord,
  BudgetLineRecord,
  CommentRecord,
  DecisionRecord,
  EvaluationRecord,
  HypothesisRecord,
  IndicatorRecord,
  InterventionRecord,
  LessonRecord,
  MeasurementPublicRecord,
  MeasurementRecord,
  MunicipalityRecord,
  NotificationRecord,
  PilotAdoptionsRecord,
  PilotEffectRecord,
  PilotRecord,
  RiskRecord,
  SharedFiguresRecord,
  TestimonialRecord,
  UserRecord,
} from "./records.ts";
import {
  decisions,
  directions,
  effectActors,
  effectKinds,
  indicatorLevels,
  domains,
  evaluationKinds,
  evidenceLevels,
  fundingSources,
  lessonKinds,
  principles,
  proposedDecisions,
  provinces,
  riskCategories,
  riskStatuses,
  roles,
  sizeClasses,
  stages,
  verdicts,
  visibilities,
} from "../domain/options.ts";
import { auditCollections } from "../domain/audit-labels.ts";
import { notificationKinds } from "../domain/notification-kinds.ts";
import { notificationChannels } from "../domain/notification-preferences.ts";

/**
 * The record types of records.ts are written by hand. This file lists, at runtime, the fields each
 * one declares and the select values it draws from src/domain/options.ts, so that a test can hold
 * them against the live schema (tests/integration/record-types-answers.test.ts). The type checks
 * below keep the lists equal to the types: a field added to a type and not here fails `npm run typecheck`.
 */

type RecordOf = {
  municipalities: MunicipalityRecord;
  users: UserRecord;
  pilots: PilotRecord;
  hypotheses: HypothesisRecord;
  budget_lines: BudgetLineRecord;
  risks: RiskRecord;
  evaluations: EvaluationRecord;
  decisions: DecisionRecord;
  measurements: MeasurementRecord;
  measurement_public: MeasurementPublicRecord;
  testimonials: TestimonialRecord;
  lessons: LessonRecord;
  comments: CommentRecord;
  notifications: NotificationRecord;
  indicators: IndicatorRecord;
  interventions: InterventionRecord;
  pilot_effects: PilotEffectRecord;
  pilot_adoptions: PilotAdoptionsRecord;
  shared_figures: SharedFiguresRecord;
  audit_log: AuditLogRecord;
};
type Collection = keyof RecordOf;

// RecordModel's index signature ([key: string]: any) would swallow the declared names; keep only those.
type Declared<R> = keyof { [K in keyof R as string extends K ? never : number extends K ? never : K]: R[K] };
/** The fields a record type declares beyond the SDK's own (collectionId, collectionName, expand); id is a field of every collection. */
type OwnField<R> = Exclude<Declared<R>, "collectionId" | "collectionName" | "expand">;

/** A field list that names every declared field of R: the missing ones show in the type error. */
type AllOf<R, F extends readonly OwnField<R>[]> = [Exclude<OwnField<R>, F[number]>] extends [never]
  ? F
  : { missing: Exclude<OwnField<R>, F[number]> };
const fieldsOf =
  <R>() =>
  <const F extends readonly OwnField<R>[]>(fields: F & AllOf<R, F>): readonly string[] =>
    fields;

export const recordFields: Record<Collection, readonly string[]> = {
  municipalities: fieldsOf<MunicipalityRecord>()(["id", "name", "cbs_code", "province", "inhabitants", "size_class", "require_mfa"]),
  users: fieldsOf<UserRecord>()([
    "id",
    "email",
    "name",
    "municipality",
    "role",
    "verified",
    "deactivated",
    "mfa_on",
    ...notificationKinds.map((kind) => `notify_${kind}` as const),
    "follows",
  ]),
  pilots: fieldsOf<PilotRecord>()([
    "id",
    "title",
    "summary",
    "problem",
    "target_group",
    "domain",
    "principles",
    "stage",
    "visibility",
    "start_date",
    "end_date",
    "tags",
    "partners",
    "decision",
    "theory_of_change",
    "municipality",
    "decision_rationale",
    "evidence_level",
    "adopted_from",
    "intervention",
    "stop_reason",
    "stage_since",
    "decided_at",
    "contact",
    "contact_name",
    "contact_role",
    "created",
    "updated",
  ]),
  hypotheses: fieldsOf<HypothesisRecord>()([
    "id",
    "statement",
    "indicator",
    "unit",
    "direction",
    "baseline",
    "target",
    "measure_by",
    "pilot",
    "verdict",
    "verdict_reason",
    "adopted_from",
    "indicator_ref",
  ]),
  indicators: fieldsOf<IndicatorRecord>()(["id", "key", "name", "definition", "unit", "direction", "source", "source_code", "level"]),
  interventions: fieldsOf<InterventionRecord>()(["id", "name", "description"]),
  pilot_effects: fieldsOf<PilotEffectRecord>()(["id", "pilot", "actor", "kind", "expected_cents", "realised_cents", "year", "source_note"]),
  budget_lines: fieldsOf<BudgetLineRecord>()(["id", "source", "year", "planned_cents", "spent_cents", "reporting_deadline", "pilot"]),
  risks: fieldsOf<RiskRecord>()(["id", "title", "category", "likelihood", "impact", "mitigation", "owner", "status", "pilot"]),
  evaluations: fieldsOf<EvaluationRecord>()([
    "id",
    "pilot",
    "date",
    "kind",
    "observations",
    "what_worked",
    "what_did_not",
    "participants",
    "decision",
    "rationale",
    "attachments",
  ]),
  decisions: fieldsOf<DecisionRecord>()([
    "id",
    "pilot",
    "decision",
    "decision_rationale",
    "stop_reason",
    "decided_by",
    "decided_by_name",
    "document",
    "created",
  ]),
  measurements: fieldsOf<MeasurementRecord>()([
    "id",
    "evaluation",
    "hypothesis",
    "value",
    "sample_size",
    "period",
    "comparison_value",
    "comparison_sample_size",
  ]),
  measurement_public: fieldsOf<MeasurementPublicRecord>()([
    "id",
    "evaluation",
    "hypothesis",
    "pilot",
    "period",
    "value",
    "sample_size",
    "small_sample",
    "comparison_value",
    "comparison_sample_size",
    "comparison_small_sample",
  ]),
  testimonials: fieldsOf<TestimonialRecord>()(["id", "evaluation", "quote", "label", "consent"]),
  lessons: fieldsOf<LessonRecord>()([
    "id",
    "municipality",
    "pilot",
    "author",
    "title",
    "body",
    "kind",
    "domain",
    "target_group",
    "principles",
    "tags",
    "visibility",
    "contact",
    "contact_name",
    "contact_role",
    "created",
    "updated",
  ]),
  comments: fieldsOf<CommentRecord>()([
    "id",
    "lesson",
    "pilot",
    "author",
    "author_name",
    "author_municipality",
    "body",
    "reply_to",
    "answered",
    "answered_at",
    "answered_by",
    "created",
    "updated",
  ]),
  notifications: fieldsOf<NotificationRecord>()([
    "id",
    "user",
    "kind",
    "lesson",
    "pilot",
    "comment",
    "title",
    "read",
    "created",
    "updated",
  ]),
  pilot_adoptions: fieldsOf<PilotAdoptionsRecord>()(["id", "adoptions"]),
  shared_figures: fieldsOf<SharedFiguresRecord>()([
    "id",
    "municipality",
    "size_class",
    "pilots",
    "pilots_by_domain",
    "hypotheses",
    "confirmed",
    "judged",
    "spent_by_source",
  ]),
  audit_log: fieldsOf<AuditLogRecord>()([
    "id",
    "municipality",
    "actor",
    "actor_kind",
    "actor_name",
    "actor_email",
    "action",
    "collection",
    "record",
    "changed_fields",
    "time",
    "pilot",
    "pilot_title",
    "subject",
    "changes",
    "parts",
    "collections",
  ]),
};

/** The value of a select field, or of one entry of a multiple select, as the record type has it. */
type SelectValue<T> = NonNullable<T> extends ReadonlyArray<infer E> ? E : NonNullable<T>;
/** Per field, the options' values; each must be a value the record type allows for that field. */
type SelectsOf<R> = { [K in OwnField<R>]?: readonly SelectValue<R[K]>[] };

/** The select fields whose values come from src/domain/options.ts, per collection. */
export const recordSelects = {
  municipalities: { province: provinces.values, size_class: sizeClasses.values },
  users: {
    role: roles.values,
    ...Object.fromEntries(notificationKinds.map((kind) => [`notify_${kind}`, notificationChannels])),
    follows: domains.values,
  },
  pilots: {
    domain: domains.values,
    principles: principles.values,
    stage: stages.values,
    visibility: visibilities.values,
    decision: decisions.values,
    evidence_level: evidenceLevels.values,
    contact_role: roles.values,
  },
  hypotheses: { direction: directions.values, verdict: verdicts.values },
  budget_lines: { source: fundingSources.values },
  risks: { category: riskCategories.values, status: riskStatuses.values },
  evaluations: { kind: evaluationKinds.values, decision: proposedDecisions.values },
  decisions: { decision: decisions.values },
  lessons: {
    kind: lessonKinds.values,
    domain: domains.values,
    principles: principles.values,
    visibility: visibilities.values,
    contact_role: roles.values,
  },
  shared_figures: { size_class: sizeClasses.values },
  audit_log: { collections: auditCollections.values },
  notifications: { kind: notificationKinds },
  indicators: { direction: directions.values, level: indicatorLevels.values },
  pilot_effects: { actor: effectActors.values, kind: effectKinds.values },
} satisfies { [C in Collection]?: SelectsOf<RecordOf[C]> } as Partial<Record<Collection, Record<string, readonly string[]>>>;
