import { createHash } from "node:crypto";
import { createClient, type TypedPocketBase } from "../data/client.ts";
import { type OpenHypothesisRecord, type OpenPilotRow, openDataRecords, openDataVersion } from "../data/open-data.ts";
import type { BudgetLineRecord } from "../data/records.ts";
import { toCsv } from "../domain/csv.ts";
import { OPEN_DATA_LICENCE, OPEN_DATA_LICENCE_URL, type OpenDataFile, type OpenPilot } from "../domain/open-data.ts";
import { siteOrigin } from "./site-url.ts";
import { budgetBySource, openCsvColumns, openCsvRows } from "../domain/open-data-csv.ts";

const day = (stored: string): string | null => (stored ? stored.slice(0, 10) : null);

function groupByPilot<T extends { pilot: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.pilot);
    if (group) group.push(row);
    else groups.set(row.pilot, [row]);
  }
  return groups;
}

function openPilots(pilots: OpenPilotRow[], hypotheses: OpenHypothesisRecord[], budgetLines: BudgetLineRecord[]): OpenPilot[] {
  const hypothesesOf = groupByPilot(hypotheses);
  const budgetOf = groupByPilot(budgetLines);
  return pilots.map((pilot) => ({
    id: pilot.id,
    titel: pilot.title,
    samenvatting: pilot.summary,
    gemeente: pilot.municipality_name,
    gemeentecode: pilot.municipality_code,
    domein: pilot.domain,
    fase: pilot.stage,
    startdatum: day(pilot.start_date),
    einddatum: day(pilot.end_date),
    interventie: pilot.intervention_name || null,
    besluit: pilot.decision || null,
    bijgewerkt: pilot.updated.slice(0, 10),
    hypotheses: (hypothesesOf.get(pilot.id) ?? []).map((hypothesis) => ({
      stelling: hypothesis.statement,
      indicator: hypothesis.indicator,
      indicator_sleutel: hypothesis.expand?.indicator_ref?.key ?? null,
      indicator_naam: hypothesis.expand?.indicator_ref?.name ?? null,
      eenheid: hypothesis.unit,
      richting: hypothesis.direction,
      nulmeting: hypothesis.baseline,
      doel: hypothesis.target,
      oordeel: hypothesis.verdict || null,
    })),
    budget: budgetBySource(budgetOf.get(pilot.id) ?? []),
  }));
}

type Built = { version: string; etag: string; lastModified: string; json: string; csv: string };
// The last dataset built, kept while its version holds: a scraper without If-None-Match costs six
// one-row queries per request, not a full read.
let built: Built | undefined;

async function dataset(guest: TypedPocketBase): Promise<Built> {
  const { version, lastChange } = await openDataVersion(guest);
  if (built?.version === version) return built;
  const records = await openDataRecords(guest);
  const pilots = openPilots(records.pilots, records.hypotheses, records.budgetLines);
  const lastModified = new Date(lastChange ? lastChange.replace(" ", "T") : Date.now()).toUTCString();
  const file: OpenDataFile = {
    licentie: OPEN_DATA_LICENCE,
    licentie_url: OPEN_DATA_LICENCE_URL,
    gegenereerd: new Date().toISOString(),
    velden: `${siteOrigin()}/open-data`,
    pilots,
  };
  built = {
    version,
    etag: `"${createHash("sha256").update(version).digest("base64url").slice(0, 27)}"`,
    lastModified,
    json: JSON.stringify(file, null, 1),
    csv: toCsv(openCsvRows(pilots), openCsvColumns),
  };
  return built;
}

/**
 * One of the two files, read as a guest whoever asks (these are anonymous addresses: a signed-in
 * visitor's session must not add network or own pilots to a file anyone may copy on).
 */
export async function openDataResponse(baseUrl: string, request: Request, format: "json" | "csv"): Promise<Response> {
  const data = await dataset(createClient(baseUrl));
  const headers = {
    etag: data.etag,
    "last-modified": data.lastModified,
    // Public data: any cache may keep it an hour, then asks again with the ETag. Not when the request
    // carries a session: the middleware then renews its cookie on the answer, which no shared cache may keep.
    "cache-control": (request.headers.get("cookie") ?? "").includes("pb_auth=") ? "private, no-cache" : "public, max-age=3600",
  };
  if (request.headers.get("if-none-match") === data.etag) return new Response(null, { status: 304, headers });
  const body = format === "json" ? data.json : data.csv;
  return new Response(body, {
    headers: {
      ...headers,
      "content-type": format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="proeftuin-pilots.${format}"`,
    },
  });
}
