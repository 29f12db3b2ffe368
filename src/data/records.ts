import type { RecordModel } from "pocketbase";
import type {
  Decision,
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
};

export type UserRecord = RecordModel & {
  email: string;
  name: string;
  municipality: string;
  role: Role;
  expand?: { municipality?: MunicipalityRecord };
};

export type PilotRecord = RecordModel &
  StoredPilot & {
    municipality: string;
    decision: Decision | "";
    decision_rationale: string;
    partners: Partner[] | null;
    evidence_level: EvidenceLevel | "";
    adopted_from: string;
    stop_reason: string;
    stage_since: string;
    decided_at: string;
    comparison_group: boolean;
    independent_replication: boolean;
    created: string;
    updated: string;
    expand?: {
      municipality?: MunicipalityRecord;
      adopted_from?: PilotRecord;
      // Back-relations, expanded by src/data/pilots.ts to read a pilot's rows in one request.
      hypotheses_via_pilot?: HypothesisRecord[];
      budget_lines_via_pilot?: BudgetLineRecord[];
      risks_via_pilot?: RiskRecord[];
      evaluations_via_pilot?: EvaluationRecord[];
      lessons_via_pilot?: LessonRecord[];
      comments_via_pilot?: CommentRecord[];
    };
  };

export type HypothesisRecord = RecordModel & StoredHypothesis & { pilot: string; verdict: Verdict | ""; verdict_reason: string };

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
};

export type TestimonialRecord = RecordModel & { evaluation: string; quote: string; label: string; consent: boolean };

export type LessonRecord = RecordModel & {
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
  created: string;
  updated: string;
  expand?: { author_municipality?: MunicipalityRecord; lesson?: LessonRecord; pilot?: PilotRecord };
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
  collection: string;
  record: string;
  changed_fields: string[] | null;
  time: string;
};
