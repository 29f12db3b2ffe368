import type { Decision, Domain, Stage } from "../domain/options.ts";
import type { TypedPocketBase } from "./client.ts";
import type { BudgetLineRecord, HypothesisRecord, IndicatorRecord } from "./records.ts";

/**
 * The records of the open dataset, read with a client that has no session: the public pilots from
 * pb_hooks/open_data.pb.js (a page of a thousand per request), their hypotheses and budget lines
 * under PocketBase's guest rules, with filters that say "public" once more so a loosened rule
 * cannot widen an anonymous file.
 */
const BATCH = 1000;
const PUBLIC = 'visibility = "public"';
const OF_PUBLIC = 'pilot.visibility = "public"';

/** A public pilot as pb_hooks/open_data.pb.js answers it. */
export type OpenPilotRow = {
  id: string;
  title: string;
  summary: string;
  domain: Domain;
  stage: Stage;
  start_date: string;
  end_date: string;
  decision: Decision | "";
  updated: string;
  municipality_name: string;
  municipality_code: string;
  intervention_name: string;
};
export type OpenHypothesisRecord = HypothesisRecord & { expand?: { indicator_ref?: IndicatorRecord } };

async function publicPilots(guest: TypedPocketBase): Promise<OpenPilotRow[]> {
  const pilots: OpenPilotRow[] = [];
  for (;;) {
    const page = await guest.send<{ pageSize: number; items: OpenPilotRow[] }>("/api/proeftuin/open-data/pilots", {
      query: { offset: pilots.length },
    });
    pilots.push(...page.items);
    if (page.items.length < page.pageSize) return pilots;
  }
}

export async function openDataRecords(guest: TypedPocketBase) {
  const [pilots, hypotheses, budgetLines] = await Promise.all([
    publicPilots(guest),
    guest.collection("hypotheses").getFullList<OpenHypothesisRecord>({
      batch: BATCH,
      filter: OF_PUBLIC,
      sort: "created,id",
      expand: "indicator_ref",
      fields: "pilot,statement,indicator,unit,direction,baseline,target,verdict,expand.indicator_ref.key,expand.indicator_ref.name",
    }),
    guest.collection("budget_lines").getFullList<BudgetLineRecord>({
      batch: BATCH,
      filter: OF_PUBLIC,
      fields: "pilot,source,planned_cents,spent_cents",
    }),
  ]);
  return { pilots, hypotheses, budgetLines };
}

/** What the dataset is read from; a change to any of them (a write or a delete) changes this. */
const SOURCES = [
  ["pilots", PUBLIC],
  ["hypotheses", OF_PUBLIC],
  ["budget_lines", OF_PUBLIC],
  ["municipalities", ""],
  ["interventions", ""],
  ["indicators", ""],
] as const;

/**
 * A version of the dataset from six one-row queries: per source its count and latest change.
 * Counting catches deletes, which leave no newer "updated" behind.
 */
export async function openDataVersion(guest: TypedPocketBase): Promise<{ version: string; lastChange: string }> {
  const parts = await Promise.all(
    SOURCES.map(async ([collection, filter]) => {
      const page = await guest.collection(collection).getList(1, 1, { filter, sort: "-updated", fields: "updated" });
      return { count: page.totalItems, updated: String(page.items[0]?.updated ?? "") };
    }),
  );
  // PocketBase dates ("2026-03-01 10:00:00.000Z") sort as text.
  const lastChange =
    parts
      .map((part) => part.updated)
      .sort()
      .at(-1) ?? "";
  return { version: parts.map((part) => `${part.count}.${part.updated}`).join("|"), lastChange };
}
