import type { TypedPocketBase } from "./client.ts";
import type { AuditLogRecord } from "./records.ts";
import type { AuditCollection } from "../domain/audit-labels.ts";
import { type AuditLine, type AuditLinks, AuditLineSchema } from "../domain/audit-sentence.ts";

type AuditItem = AuditLogRecord & {
  line: AuditLine;
  /** What the reader may open from this line now. */
  links: AuditLinks;
};

export type AuditPage = {
  items: AuditItem[];
  page: number;
  totalPages: number;
  totalItems: number;
  actors: Array<{ id: string; name: string }>;
};

/** A line whose stored JSON is damaged still says who did what to which record. */
function lineOf(entry: AuditLogRecord): AuditLine {
  const parsed = AuditLineSchema.safeParse(entry);
  if (parsed.success) return parsed.data;
  const { collection, record, action } = entry;
  return { collection, record, action, subject: {}, changed_fields: [], changes: [], pilot: "", pilot_title: "", parts: [] };
}

/** Of these ids, the ones the reader can open now: they still exist and PocketBase's rules let the reader see them. */
async function readableIds(pb: TypedPocketBase, collection: "pilots" | "lessons", ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Set();
  const params = Object.fromEntries(unique.map((id, index) => [`id${index}`, id]));
  const filter = pb.filter(unique.map((_, index) => `id = {:id${index}}`).join(" || "), params);
  const found = await pb.collection(collection).getFullList({ filter, fields: "id" });
  return new Set(found.map((record) => record.id));
}

/**
 * The municipality's audit trail, newest first, by person and kind of record (a line of a save
 * counts for every kind it touched). PocketBase answers each line with the account's current name
 * and, for a directeur, its e-mail address at the time (pocketbase/pb_hooks/lib/audit.js), so the
 * line shows who acted, whatever they were called then. Links go only to pilots and lessons that
 * still exist and that the reader may see.
 */
export async function listAuditLog(
  pb: TypedPocketBase,
  municipality: string,
  filters: { actor?: string | undefined; collection?: AuditCollection | undefined; page: number },
): Promise<AuditPage> {
  const clauses = [pb.filter("municipality = {:m}", { m: municipality })];
  if (filters.actor) clauses.push(pb.filter("actor = {:actor}", { actor: filters.actor }));
  if (filters.collection) clauses.push(pb.filter("collections:each ?= {:collection}", { collection: filters.collection }));
  const [result, users] = await Promise.all([
    pb.collection("audit_log").getList(filters.page, 50, { filter: clauses.join(" && "), sort: "-time,-id" }),
    pb.collection("users").getFullList({ filter: pb.filter("municipality = {:m}", { m: municipality }), fields: "id,name", sort: "name" }),
  ]);
  const lines = result.items.map((entry) => ({ entry, line: lineOf(entry) }));
  const [pilots, lessons] = await Promise.all([
    readableIds(
      pb,
      "pilots",
      lines.map(({ line }) => line.pilot),
    ),
    readableIds(
      pb,
      "lessons",
      lines.filter(({ line }) => line.collection === "lessons").map(({ line }) => line.record),
    ),
  ]);
  return {
    items: lines.map(({ entry, line }) => ({
      ...entry,
      line,
      links: { pilot: pilots.has(line.pilot), lesson: line.collection === "lessons" && lessons.has(line.record) },
    })),
    page: result.page,
    totalPages: result.totalPages,
    totalItems: result.totalItems,
    actors: users,
  };
}
