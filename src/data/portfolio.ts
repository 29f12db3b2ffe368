import { z } from "zod";
import type { TypedPocketBase } from "./client.ts";
import { orEmpty } from "./answers.ts";
import { sendTagged, type TaggedAnswer } from "./tagged-answers.ts";
import type { SharedFiguresRecord } from "./records.ts";
import type { PortfolioRecords } from "../domain/portfolio/types.ts";
import type { MunicipalityFigures } from "../domain/portfolio/network-comparison.ts";
import {
  decisions,
  domains,
  effectActors,
  effectKinds,
  evaluationKinds,
  evidenceLevels,
  fundingSources,
  principles,
  riskStatuses,
  sizeClasses,
  stages,
  verdicts,
} from "../domain/options.ts";

const PortfolioPilotSchema = z.object({
  id: z.string(),
  title: z.string(),
  domain: z.enum(domains.values),
  principles: z.array(z.enum(principles.values)),
  stage: z.enum(stages.values),
  decision: orEmpty(z.enum(decisions.values)),
  evidence_level: orEmpty(z.enum(evidenceLevels.values)),
  start_date: z.string(),
  end_date: z.string(),
  stage_since: z.string(),
  decided_at: z.string(),
});

/**
 * The answer of GET /api/proeftuin/portfolio (pocketbase/pb_hooks/lib/portfolio-records.js). The
 * domain keeps its own SDK-free type; `satisfies` holds this schema to it. Every answer is
 * checked against it at the border (tests/unit/portfolio-answers.test.ts).
 */
export const PortfolioRecordsSchema = z.object({
  pilots: z.array(PortfolioPilotSchema),
  hypotheses: z.array(z.object({ pilot: z.string(), verdict: orEmpty(z.enum(verdicts.values)) })),
  budgetLines: z.array(
    z.object({
      pilot: z.string(),
      source: z.enum(fundingSources.values),
      year: z.number(),
      planned_cents: z.number(),
      spent_cents: z.number(),
      reporting_deadline: z.string(),
    }),
  ),
  risks: z.array(
    z.object({
      id: z.string(),
      pilot: z.string(),
      title: z.string(),
      likelihood: z.number(),
      impact: z.number(),
      mitigation: z.string(),
      status: z.enum(riskStatuses.values),
    }),
  ),
  evaluations: z.array(z.object({ pilot: z.string(), date: z.string(), kind: z.enum(evaluationKinds.values) })),
  lessonCounts: z.record(z.string(), z.number()),
  effects: z.array(
    z.object({
      pilot: z.string(),
      actor: z.enum(effectActors.values),
      kind: z.enum(effectKinds.values),
      expected_cents: z.number(),
      realised_cents: z.number(),
    }),
  ),
}) satisfies z.ZodType<PortfolioRecords>;

/**
 * Everything the portfolio needs about the signed-in user's own municipality's pilots, in one
 * request to a PocketBase route (pocketbase/pb_hooks/portfolio.pb.js) that returns only that
 * municipality's records, narrowed to what the portfolio uses and cached until they change.
 * Through the records API the same took 11 requests, and PocketBase's work grows with every record
 * it returns (docs/benchmark.md). Checking the answer costs little next to that (tests/unit/portfolio-answers.test.ts).
 */
export async function loadPortfolioRecords(pb: TypedPocketBase): Promise<Required<PortfolioRecords>> {
  return (await loadPortfolioRecordsTagged(pb)).value();
}

type SharedFiguresRow = Pick<
  SharedFiguresRecord,
  "id" | "size_class" | "pilots" | "pilots_by_domain" | "hypotheses" | "confirmed" | "judged" | "spent_by_source"
>;

/** One row of shared_figures as GET /api/proeftuin/shared-figures answers it (pocketbase/pb_hooks/portfolio.pb.js). */
const SharedFiguresRowSchema = z.object({
  id: z.string(),
  size_class: orEmpty(z.enum(sizeClasses.values)),
  pilots: z.number(),
  pilots_by_domain: z.partialRecord(z.enum(domains.values), z.number()).nullable(),
  hypotheses: z.number(),
  confirmed: z.number(),
  judged: z.number(),
  spent_by_source: z.partialRecord(z.enum(fundingSources.values), z.number()).nullable(),
}) satisfies z.ZodType<SharedFiguresRow>;

/**
 * Per municipality that shares anything (network or public pilots), the figures of what it shares,
 * for the network comparison: the stored shared_figures rows (one per municipality, kept up to date
 * by pocketbase/pb_hooks/shared_figures.pb.js), all in one request.
 */
export async function loadSharedFigures(pb: TypedPocketBase): Promise<MunicipalityFigures[]> {
  // All rows at once, from a cached route (pocketbase/pb_hooks/portfolio.pb.js).
  return (await loadSharedFiguresTagged(pb)).value();
}

function sharedFigures(rows: SharedFiguresRow[]): MunicipalityFigures[] {
  // A municipality without shared pilots has no figures: it is no part of the averages.
  return rows
    .filter((row) => row.pilots > 0)
    .map((row) => ({
      municipality: row.id,
      sizeClass: row.size_class,
      pilotsByDomain: row.pilots_by_domain ?? {},
      hypotheses: row.hypotheses,
      confirmed: row.confirmed,
      judged: row.judged,
      spentBySource: row.spent_by_source ?? {},
    }));
}

/**
 * loadPortfolioRecords, tagged, for the site's caches (src/server/portfolio-page.ts): with `held`,
 * an earlier answer for the same caller, PocketBase sends no text when its answer is that text.
 */
export function loadPortfolioRecordsTagged(
  pb: TypedPocketBase,
  held?: TaggedAnswer<Required<PortfolioRecords>>,
): Promise<TaggedAnswer<Required<PortfolioRecords>>> {
  return sendTagged(pb, PORTFOLIO_ROUTE, PortfolioRecordsSchema, held);
}

/** loadSharedFigures, tagged, as loadPortfolioRecordsTagged. */
export function loadSharedFiguresTagged(
  pb: TypedPocketBase,
  held?: TaggedAnswer<MunicipalityFigures[]>,
): Promise<TaggedAnswer<MunicipalityFigures[]>> {
  return sendTagged(pb, SHARED_ROUTE, z.array(SharedFiguresRowSchema), held, sharedFigures);
}

const PORTFOLIO_ROUTE = "/api/proeftuin/portfolio";
const SHARED_ROUTE = "/api/proeftuin/shared-figures";
