import type { RecordModel } from "pocketbase";
import type {
  Decision,
  Direction,
  Domain,
  EvidenceLevel,
  FundingSource,
  Principle,
  Province,
  RiskCategory,
  RiskStatus,
  Role,
  Stage,
  Verdict,
  Visibility,
} from "../domain/options.ts";
import type { Partner } from "../domain/pilot.ts";

/** The stored shape of each collection, as PocketBase returns it. Dates are "YYYY-MM-DD hh:mm:ss.sssZ" or "". */

export type MunicipalityRecord = RecordModel & {
  name: string;
  cbs_code: string;
  province: Province;
  inhabitants: number;
};

export type UserRecord = RecordModel & {
  email: string;
  name: string;
  municipality: string;
  role: Role;
  expand?: { municipality?: MunicipalityRecord };
};

export type PilotRecord = RecordModel & {
  municipality: string;
  title: string;
  summary: string;
  problem: string;
  target_group: string;
  domain: Domain;
  principles: Principle[];
  stage: Stage;
  decision: Decision | "";
  decision_rationale: string;
  start_date: string;
  end_date: string;
  partners: Partner[] | null;
  visibility: Visibility;
  evidence_level: EvidenceLevel | "";
  adopted_from: string;
  tags: string[] | null;
  created: string;
  updated: string;
  expand?: { municipality?: MunicipalityRecord };
};

export type HypothesisRecord = RecordModel & {
  pilot: string;
  statement: string;
  indicator: string;
  unit: string;
  direction: Direction;
  baseline: number;
  target: number;
  measure_by: string;
  verdict: Verdict | "";
};

export type BudgetLineRecord = RecordModel & {
  pilot: string;
  source: FundingSource;
  year: number;
  planned_cents: number;
  spent_cents: number;
  reporting_deadline: string;
};

export type RiskRecord = RecordModel & {
  pilot: string;
  title: string;
  category: RiskCategory;
  likelihood: number;
  impact: number;
  mitigation: string;
  owner: string;
  status: RiskStatus;
};

export type AuditLogRecord = RecordModel & {
  municipality: string;
  actor: string;
  actor_name: string;
  action: "create" | "update" | "delete";
  collection: string;
  record: string;
  changed_fields: string[] | null;
  time: string;
};
