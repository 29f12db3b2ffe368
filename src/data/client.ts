import PocketBase, { type RecordService } from "pocketbase";
import type {
  AuditLogRecord,
  BudgetLineRecord,
  CommentRecord,
  DecisionRecord,
  LessonRecord,
  PilotAdoptionsRecord,
  SharedFiguresRecord,
  EvaluationRecord,
  MeasurementPublicRecord,
  MeasurementRecord,
  TestimonialRecord,
  HypothesisRecord,
  MunicipalityRecord,
  NotificationRecord,
  PilotRecord,
  RiskRecord,
  UserRecord,
} from "./records.ts";

/** Every collection the app uses, typed; the only place that constructs an SDK client. */
export interface TypedPocketBase extends PocketBase {
  collection(idOrName: "municipalities"): RecordService<MunicipalityRecord>;
  collection(idOrName: "users"): RecordService<UserRecord>;
  collection(idOrName: "pilots"): RecordService<PilotRecord>;
  collection(idOrName: "hypotheses"): RecordService<HypothesisRecord>;
  collection(idOrName: "budget_lines"): RecordService<BudgetLineRecord>;
  collection(idOrName: "risks"): RecordService<RiskRecord>;
  collection(idOrName: "evaluations"): RecordService<EvaluationRecord>;
  collection(idOrName: "decisions"): RecordService<DecisionRecord>;
  collection(idOrName: "measurements"): RecordService<MeasurementRecord>;
  collection(idOrName: "measurement_public"): RecordService<MeasurementPublicRecord>;
  collection(idOrName: "testimonials"): RecordService<TestimonialRecord>;
  collection(idOrName: "lessons"): RecordService<LessonRecord>;
  collection(idOrName: "comments"): RecordService<CommentRecord>;
  collection(idOrName: "notifications"): RecordService<NotificationRecord>;
  collection(idOrName: "pilot_adoptions"): RecordService<PilotAdoptionsRecord>;
  collection(idOrName: "shared_figures"): RecordService<SharedFiguresRecord>;
  collection(idOrName: "audit_log"): RecordService<AuditLogRecord>;
  collection(idOrName: string): RecordService;
}

export function createClient(url: string): TypedPocketBase {
  const pb = new PocketBase(url) as TypedPocketBase;
  // Server-side, two requests for the same list in one page are intended, not a double click.
  pb.autoCancellation(false);
  return pb;
}
