import type { TypedPocketBase } from "./client.ts";
import type { AuditLogRecord } from "./records.ts";
import type { PortfolioRecords } from "../domain/portfolio/types.ts";
import type { MunicipalityFigures } from "../domain/portfolio/network-comparison.ts";
import type { Domain, FundingSource } from "../domain/options.ts";

/**
 * Everything the portfolio needs about one municipality's pilots, in six parallel requests. The
 * signed-in user's own client is used, so PocketBase only returns what the user may see.
 */
export async function loadPortfolioRecords(pb: TypedPocketBase, municipality: string): Promise<PortfolioRecords> {
  const ofPilots = pb.filter("pilot.municipality = {:m}", { m: municipality });
  const [pilots, hypotheses, budgetLines, risks, evaluations, lessons] = await Promise.all([
    pb.collection("pilots").getFullList({
      filter: pb.filter("municipality = {:m}", { m: municipality }),
      sort: "title",
      fields: "id,title,domain,principles,stage,decision,evidence_level,start_date,end_date,stage_since,decided_at",
    }),
    pb.collection("hypotheses").getFullList({ filter: ofPilots, fields: "pilot,verdict" }),
    pb.collection("budget_lines").getFullList({ filter: ofPilots, fields: "pilot,source,year,planned_cents,spent_cents,reporting_deadline" }),
    pb.collection("risks").getFullList({ filter: ofPilots, fields: "id,pilot,title,likelihood,impact,mitigation,status" }),
    pb.collection("evaluations").getFullList({ filter: ofPilots, fields: "pilot,date,kind" }),
    pb.collection("lessons").getFullList({ filter: pb.filter("municipality = {:m} && pilot != ''", { m: municipality }), fields: "pilot" }),
  ]);
  const lessonCounts: Record<string, number> = {};
  for (const lesson of lessons) lessonCounts[lesson.pilot] = (lessonCounts[lesson.pilot] ?? 0) + 1;
  return { pilots, hypotheses, budgetLines, risks, evaluations, lessonCounts };
}

/** Per municipality, the figures of what it shares (network or public), for the network comparison. */
export async function loadSharedFigures(pb: TypedPocketBase): Promise<MunicipalityFigures[]> {
  const [municipalities, domains, hypotheses, budgets] = await Promise.all([
    pb.collection("municipalities").getFullList({ fields: "id,size_class" }),
    pb.collection("shared_domain_figures").getFullList(),
    pb.collection("shared_hypothesis_figures").getFullList(),
    pb.collection("shared_budget_figures").getFullList(),
  ]);
  const figures = new Map<string, MunicipalityFigures>();
  const of = (id: string): MunicipalityFigures => {
    let found = figures.get(id);
    if (!found) {
      const sizeClass = municipalities.find((m) => m.id === id)?.size_class ?? "";
      found = { municipality: id, sizeClass, pilotsByDomain: {}, hypotheses: 0, confirmed: 0, spentBySource: {} };
      figures.set(id, found);
    }
    return found;
  };
  for (const row of domains) of(String(row.municipality)).pilotsByDomain[row.domain as Domain] = Number(row.pilots);
  for (const row of hypotheses) {
    const f = of(row.id);
    f.hypotheses = Number(row.hypotheses);
    f.confirmed = Number(row.confirmed);
  }
  for (const row of budgets) of(String(row.municipality)).spentBySource[row.source as FundingSource] = Number(row.spent_cents);
  return [...figures.values()];
}

export type AuditPage = { items: AuditLogRecord[]; page: number; totalPages: number; totalItems: number; actors: Array<{ id: string; name: string }> };

/** The municipality's audit trail, newest first, by person and collection. */
export async function listAuditLog(
  pb: TypedPocketBase,
  municipality: string,
  filters: { actor?: string | undefined; collection?: string | undefined; page: number },
): Promise<AuditPage> {
  const clauses = [pb.filter("municipality = {:m}", { m: municipality })];
  if (filters.actor) clauses.push(pb.filter("actor = {:actor}", { actor: filters.actor }));
  if (filters.collection) clauses.push(pb.filter("collection = {:collection}", { collection: filters.collection }));
  const [result, users] = await Promise.all([
    pb.collection("audit_log").getList(filters.page, 50, { filter: clauses.join(" && "), sort: "-time,-id" }),
    pb.collection("users").getFullList({ filter: pb.filter("municipality = {:m}", { m: municipality }), fields: "id,name", sort: "name" }),
  ]);
  return { items: result.items, page: result.page, totalPages: result.totalPages, totalItems: result.totalItems, actors: users };
}
