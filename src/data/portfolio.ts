import type { TypedPocketBase } from "./client.ts";
import type { AuditLogRecord, SharedFiguresRecord } from "./records.ts";
import type { PortfolioRecords } from "../domain/portfolio/types.ts";
import type { MunicipalityFigures } from "../domain/portfolio/network-comparison.ts";

/**
 * Everything the portfolio needs about the signed-in user's own municipality's pilots, in one
 * request to a PocketBase route (pocketbase/pb_hooks/portfolio.pb.js) that returns only that
 * municipality's records, narrowed to what the portfolio uses and cached until they change.
 * Through the records API the same took 11 requests, and PocketBase's work grows with every record
 * it returns (docs/benchmark.md).
 */
export async function loadPortfolioRecords(pb: TypedPocketBase): Promise<PortfolioRecords> {
  return pb.send<PortfolioRecords>("/api/proeftuin/portfolio", { method: "GET" });
}

type SharedFiguresRow = Pick<SharedFiguresRecord, "id" | "size_class" | "pilots" | "pilots_by_domain" | "hypotheses" | "confirmed" | "spent_by_source">;

/**
 * Per municipality that shares anything (network or public pilots), the figures of what it shares,
 * for the network comparison: the stored shared_figures rows (one per municipality, kept up to date
 * by pocketbase/pb_hooks/shared_figures.pb.js), all in one request.
 */
export async function loadSharedFigures(pb: TypedPocketBase): Promise<MunicipalityFigures[]> {
  // All rows at once, from a cached route (pocketbase/pb_hooks/portfolio.pb.js).
  const rows = await pb.send<SharedFiguresRow[]>("/api/proeftuin/shared-figures", { method: "GET" });
  // A municipality without shared pilots has no figures: it is no part of the averages.
  return rows
    .filter((row) => row.pilots > 0)
    .map((row) => ({
      municipality: row.id,
      sizeClass: row.size_class,
      pilotsByDomain: row.pilots_by_domain ?? {},
      hypotheses: row.hypotheses,
      confirmed: row.confirmed,
      spentBySource: row.spent_by_source ?? {},
    }));
}

export type AuditPage = { items: AuditLogRecord[]; page: number; totalPages: number; totalItems: number; actors: Array<{ id: string; name: string }> };

/**
 * The municipality's audit trail, newest first, by person and collection. PocketBase answers each
 * entry with the account's current name and, for a directeur, its e-mail address at the time
 * (pocketbase/pb_hooks/lib/audit.js), so the line shows who acted, whatever they were called then.
 */
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
