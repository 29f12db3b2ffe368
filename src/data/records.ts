import type { RecordModel } from "pocketbase";
import type { Decision, EvidenceLevel, Province, Role, Verdict } from "../domain/options.ts";
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
    created: string;
    updated: string;
    expand?: { municipality?: MunicipalityRecord; adopted_from?: PilotRecord };
  };

export type HypothesisRecord = RecordModel & StoredHypothesis & { pilot: string; verdict: Verdict | "" };

export type BudgetLineRecord = RecordModel & StoredBudgetLine & { pilot: string };

export type RiskRecord = RecordModel & StoredRisk & { pilot: string };

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
