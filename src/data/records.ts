import type { NotificationKind } from "../domain/notification-kinds.ts";
import type { StoredPreferences } from "../domain/account-settings.ts";
import type { RecordModel } from "pocketbase";
import type {
  Decision,
  Direction,
  EffectActor,
  EffectKind,
  IndicatorLevel,
  Domain,
  EvaluationKind,
  EvidenceLevel,
  FundingSource,
  LessonKind,
  Principle,
  ProposedDecision,
  Province,
  Role,
  SizeClass,
  Verdict,
  Visibility,
} from "../domain/options.ts";
import type { StoredBudgetLine, StoredHypothesis, StoredPilot, StoredRisk } from "../domain/pilot-form-values.ts";
import type { Partner } from "../domain/pilot.ts";
import type { AuditCollection } from "../domain/audit-labels.ts";

/**
 * The stored shape of each collection, as PocketBase returns it: the domain's view of a record
 * plus PocketBase's own fields. Dates are "YYYY-MM-DD hh:mm:ss.sssZ" or "".
 */

export type MunicipalityRecord = RecordModel & {
  name: string;
  cbs_code: string;
  province: Province;
  inhabitants: number;
  size_class: SizeClass | "";
  /** Every account of the municipality signs in with a mailed code too (set by its directeur). */
  require_mfa?: boolean;
};

export type UserRecord = RecordModel & {
  email: string;
  name: string;
  municipality: string;
  role: Role;
  verified?: boolean;
  /** Set by the municipality's directeur: the account cannot sign in (pb_hooks/accounts.pb.js). */
  deactivated?: boolean;
  /** Sign-in asks for a mailed code after the password (users.mfa's rule; also when the municipality requires it). */
  mfa_on?: boolean;
  expand?: { municipality?: MunicipalityRecord };
} & StoredPreferences;

/**
 * The contact person of a pilot or lesson: the account's id, and its name and role as copied by
 * pb_hooks/contact_person.pb.js. PocketBase leaves all three out for guests.
 */
export type ContactFields = { contact?: string; contact_name?: string; contact_role?: Role | "" };

export type PilotRecord = RecordModel &
  ContactFields &
  StoredPilot & {
    municipality: string;
    decision: Decision | "";
    decision_rationale: string;
    partners: Partner[] | null;
    evidence_level: EvidenceLevel | "";
    adopted_from: string;
    /** The named intervention this pilot tries, shared with pilots of other municipalities ("" for none). */
    intervention?: string;
    stop_reason: string;
    stage_since: string;
    decided_at: string;
    theory_of_change: string;
    created: string;
    updated: string;
    expand?: {
      municipality?: MunicipalityRecord;
      adopted_from?: PilotRecord;
      intervention?: InterventionRecord;
      // Back-relations, expanded by src/data/pilots.ts to read a pilot's rows in one request.
      hypotheses_via_pilot?: HypothesisRecord[];
      budget_lines_via_pilot?: BudgetLineRecord[];
      risks_via_pilot?: RiskRecord[];
      pilot_effects_via_pilot?: PilotEffectRecord[];
      evaluations_via_pilot?: EvaluationRecord[];
      lessons_via_pilot?: LessonRecord[];
      comments_via_pilot?: CommentRecord[];
    };
  };

export type HypothesisRecord = RecordModel &
  StoredHypothesis & {
    pilot: string;
    verdict: Verdict | "";
    verdict_reason: string;
    /** In an adopted copy: the original's hypothesis it copies, or "". */
    adopted_from: string;
    /** The catalogue indicator it measures, or "" (the free-text indicator stays). */
    indicator_ref?: string;
    /** The pilot page expands the catalogue indicator (public, so every reader gets it). */
    expand?: { indicator_ref?: IndicatorRecord };
  };

/** A shared outcome indicator of the catalogue (content/, synced by platformbeheer's tooling). */
export type IndicatorRecord = RecordModel & {
  key: string;
  name: string;
  definition: string;
  unit: string;
  direction: Direction;
  source: string;
  source_code: string;
  level: IndicatorLevel;
};

/** A named intervention, tried by pilots of several municipalities. */
export type InterventionRecord = RecordModel & { name: string; description: string };

/** Costs or benefits of a pilot for one actor in one year, in euro cents (MKBA-lite). */
export type PilotEffectRecord = RecordModel & {
  pilot: string;
  actor: EffectActor;
  kind: EffectKind;
  expected_cents: number;
  realised_cents: number;
  year: number;
  source_note: string;
};

export type BudgetLineRecord = RecordModel & StoredBudgetLine & { pilot: string };

export type RiskRecord = RecordModel & StoredRisk & { pilot: string };

export type EvaluationRecord = RecordModel & {
  pilot: string;
  date: string;
  kind: EvaluationKind;
  observations: string;
  what_worked: string;
  what_did_not: string;
  participants: number;
  decision: ProposedDecision;
  rationale: string;
  attachments: string[];
};

/** Only the owning municipality reads this collection; others read MeasurementPublicRecord. */
export type MeasurementRecord = RecordModel & {
  evaluation: string;
  hypothesis: string;
  value: number;
  sample_size: number;
  period: string;
  /** The comparison group's value; meaningful only with a comparison_sample_size above 0. */
  comparison_value: number;
  /** 0: no comparison group. */
  comparison_sample_size: number;
};

/** The view collection measurement_public: a value from fewer than 10 participants is null. */
export type MeasurementPublicRecord = RecordModel & {
  evaluation: string;
  hypothesis: string;
  pilot: string;
  period: string;
  value: number | null;
  sample_size: number | null;
  small_sample: number;
  /** Null without a comparison group or with one under 10. */
  comparison_value: number | null;
  comparison_sample_size: number | null;
  comparison_small_sample: number;
};

/** A stage-gate decision; the latest is copied onto its pilot. decided_by_name is the account's current name. */
export type DecisionRecord = RecordModel & {
  pilot: string;
  decision: Decision;
  decision_rationale: string;
  stop_reason: string;
  decided_by: string;
  decided_by_name: string;
  document: string;
  created: string;
};

export type TestimonialRecord = RecordModel & { evaluation: string; quote: string; label: string; consent: boolean };

export type LessonRecord = RecordModel &
  ContactFields & {
    municipality: string;
    pilot: string;
    author: string;
    title: string;
    body: string;
    kind: LessonKind;
    domain: Domain;
    target_group: string;
    principles: Principle[];
    tags: string[] | null;
    visibility: Visibility;
    created: string;
    updated: string;
    expand?: { municipality?: MunicipalityRecord; pilot?: PilotRecord };
  };

export type CommentRecord = RecordModel & {
  lesson: string;
  pilot: string;
  author: string;
  author_name: string;
  author_municipality: string;
  body: string;
  /** The question an answer replies to; "" for a question. */
  reply_to: string;
  /** A question's state (only a question is answered); when and by whom are set by the server. */
  answered: boolean;
  answered_at: string;
  answered_by: string;
  created: string;
  updated: string;
  expand?: {
    author_municipality?: MunicipalityRecord;
    lesson?: LessonRecord;
    pilot?: PilotRecord;
    /** A question's answers, where the query asks for them. */
    comments_via_reply_to?: CommentRecord[];
  };
};

/** A notification in the site, written by pocketbase/pb_hooks/notifications.pb.js; the user may only mark it read. */
export type NotificationRecord = RecordModel & {
  user: string;
  kind: NotificationKind;
  lesson: string;
  pilot: string;
  comment: string;
  title: string;
  read: boolean;
  created: string;
  updated: string;
};

export type PilotAdoptionsRecord = RecordModel & { adoptions: number };

/**
 * One row per municipality (id = the municipality's id) with the figures of what it shares
 * (pilots with visibility network or public), kept up to date by pocketbase/pb_hooks/shared_figures.pb.js.
 */
export type SharedFiguresRecord = RecordModel & {
  municipality: string;
  size_class: SizeClass | "";
  /** Shared pilots in all; 0 when the municipality shares nothing. */
  pilots: number;
  pilots_by_domain: Partial<Record<Domain, number>> | null;
  hypotheses: number;
  /** Hypotheses with the verdict bevestigd. */
  confirmed: number;
  /** Hypotheses with a verdict other than open (bevestigd, verworpen, onbeslist). */
  judged: number;
  spent_by_source: Partial<Record<FundingSource, number>> | null;
};

export type AuditLogRecord = RecordModel & {
  municipality: string;
  /** The account that acted; empty for platformbeheer and the system, or once the account is gone. */
  actor: string;
  actor_kind: "user" | "superuser" | "system" | "";
  /** The account's name as it is now (pocketbase/pb_hooks/lib/audit.js); the name at the time only once the account is gone. */
  actor_name: string;
  /** The acting account's e-mail address at the time; given to the municipality's directeur and to the actor only. */
  actor_email?: string;
  action: "create" | "update" | "delete";
  /** What the line is about; with parts, the pilot (or evaluation) the save's other records belong to. */
  collection: string;
  record: string;
  changed_fields: string[] | null;
  time: string;
  /** The pilot the line belongs under, and its title at the time; empty for lessons. */
  pilot: string;
  pilot_title: string;
  /** The facts that name the record at the time (src/domain/audit-sentence.ts reads these JSON fields). */
  subject: unknown;
  /** Old → new of the fields that matter: [{ field, old, new }]. */
  changes: unknown;
  /** Every record of the save when it touched more than one; empty otherwise. */
  parts: unknown;
  collections: AuditCollection[] | null;
};
