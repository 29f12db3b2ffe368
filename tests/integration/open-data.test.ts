import type { APIContext } from "astro";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createClient } from "../../src/data/client.ts";
import { type OpenDataFile, type OpenPilot, openDataFileSchema } from "../../src/domain/open-data.ts";
import { openCsvColumns } from "../../src/domain/open-data-csv.ts";
import { GET as csvRoute } from "../../src/pages/open-data/pilots.csv.ts";
import { GET as jsonRoute } from "../../src/pages/open-data/pilots.json.ts";
import { parseCsv } from "../support/parse-csv.ts";
import { evaluationData, measurementData } from "./evaluation-fixtures.ts";
import { admin, budgetLineData, createNeighbours, hypothesisData, type Neighbours, pilotData, unique } from "./fixtures.ts";

/**
 * /open-data/pilots.json and .csv: anonymous files of every public pilot, read as a guest whoever
 * asks, with catalogue indicators, verdicts and budget per source, and no measurement at all.
 */

let n: Neighbours;
const pilots: Record<"public" | "network" | "private", RecordModel> = {} as never;
let indicator: RecordModel;
let intervention: RecordModel;
const SMALL_VALUE = 987.123; // measured from 5 participants: must never appear

/** A route's answer to a request as `pb` (the middleware's client: signed in or not) with `cookie`. */
async function ask(route: typeof jsonRoute, pb: PocketBase, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL("http://localhost/open-data/pilots");
  const context = { url, request: new Request(url, { headers }), locals: { pb } } as unknown as APIContext;
  return route(context);
}
const guest = () => createClient(inject("pocketbaseUrl"));
const signedInCookie = (pb: PocketBase) => ({ cookie: `pb_auth=${encodeURIComponent(pb.authStore.token)}` });

async function jsonAs(pb: PocketBase, headers: Record<string, string> = {}): Promise<OpenDataFile> {
  return openDataFileSchema.parse(await (await ask(jsonRoute, pb, headers)).json());
}
const find = (file: OpenDataFile, id: string): OpenPilot | undefined => file.pilots.find((pilot) => pilot.id === id);

beforeAll(async () => {
  n = await createNeighbours();
  const su = await admin();
  indicator = await su.collection("indicators").create({
    key: `open-${unique()}`,
    name: `Open indicator ${unique()}`,
    definition: "Aandeel deelnemers met werk.",
    direction: "omhoog",
    level: "inwoner",
  });
  intervention = await n.as.ownManager.collection("interventions").create({ name: `Open interventie ${unique()}` });
  for (const visibility of ["public", "network", "private"] as const) {
    pilots[visibility] = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility, title: `Open ${visibility} ${unique()}`, intervention: intervention.id }));
  }
  const pilot = pilots.public.id;
  const measured = await n.as.ownManager
    .collection("hypotheses")
    .create(hypothesisData(pilot, { indicator_ref: indicator.id, statement: 'Als wij coachen; dan "meer" werk.\nTweede regel.' }));
  await n.as.ownManager
    .collection("hypotheses")
    .create(hypothesisData(pilot, { indicator: "zonder catalogus", baseline: 1.5, target: 2.25 }));
  await su.collection("hypotheses").update(measured.id, { verdict: "bevestigd" });
  await n.as.ownManager
    .collection("budget_lines")
    .create(budgetLineData(pilot, { source: "rijk", year: 2026, planned_cents: 10_000_050, spent_cents: 3 }));
  await n.as.ownManager
    .collection("budget_lines")
    .create(budgetLineData(pilot, { source: "rijk", year: 2027, planned_cents: 20_000_025, spent_cents: 0 }));
  await n.as.ownManager
    .collection("budget_lines")
    .create(budgetLineData(pilot, { source: "gemeente", year: 2026, planned_cents: 99, spent_cents: 0 }));
  const evaluation = await n.as.ownManager.collection("evaluations").create(evaluationData(pilot, { participants: 5 }));
  await n.as.ownManager
    .collection("measurements")
    .create(measurementData(evaluation.id, measured.id, { value: SMALL_VALUE, sample_size: 5 }));
});

describe("who sees which pilot in the open data", () => {
  it.each([
    { who: "a guest", pb: () => guest(), headers: () => ({}) },
    { who: "the owning innovatiemanager, signed in", pb: () => n.as.ownManager, headers: () => signedInCookie(n.as.ownManager) },
    { who: "another municipality's directeur, signed in", pb: () => n.as.otherDirector, headers: () => signedInCookie(n.as.otherDirector) },
  ])("$who gets the public pilot only, in JSON and CSV", async ({ pb, headers }) => {
    const file = await jsonAs(pb(), headers());
    expect(find(file, pilots.public.id)).toBeDefined();
    expect(find(file, pilots.network.id)).toBeUndefined();
    expect(find(file, pilots.private.id)).toBeUndefined();
    const csv = await (await ask(csvRoute, pb(), headers())).text();
    expect(csv).toContain(pilots.public.id);
    expect(csv).not.toContain(pilots.network.id);
    expect(csv).not.toContain(pilots.private.id);
  });

  it("a signed-in request is not kept by shared caches; a guest's may be", async () => {
    const signedIn = await ask(jsonRoute, n.as.ownManager, signedInCookie(n.as.ownManager));
    expect(signedIn.headers.get("cache-control")).toBe("private, no-cache");
    expect((await ask(jsonRoute, guest())).headers.get("cache-control")).toBe("public, max-age=3600");
  });
});

describe("the contents of an exported pilot", () => {
  it("names the municipality and intervention, the catalogue indicator and verdict, and sums the budget per source in euros", async () => {
    const file = await jsonAs(guest());
    const pilot = find(file, pilots.public.id)!;
    expect(file.licentie).toBe("Open data van Proeftuin, CC BY 4.0, naamsvermelding: Proeftuin en de betrokken gemeenten");
    expect(pilot).toMatchObject({ gemeente: n.own.municipality.name, interventie: intervention.name, fase: "uitvoering", besluit: null });
    expect(pilot.hypotheses).toHaveLength(2);
    const [measured, free] = [...pilot.hypotheses].sort((a, b) => (a.indicator_sleutel ? -1 : b.indicator_sleutel ? 1 : 0));
    expect(measured).toMatchObject({
      indicator_sleutel: indicator.key,
      indicator_naam: indicator.name,
      oordeel: "bevestigd",
      nulmeting: 68,
      doel: 72,
    });
    expect(free).toMatchObject({
      indicator: "zonder catalogus",
      indicator_sleutel: null,
      indicator_naam: null,
      oordeel: null,
      nulmeting: 1.5,
      doel: 2.25,
    });
    expect(pilot.budget).toEqual([
      { bron: "rijk", gepland_euro: 300_000.75, besteed_euro: 0.03 },
      { bron: "gemeente", gepland_euro: 0.99, besteed_euro: 0 },
    ]);
  });

  it("holds no measurement and no participant count, so no small-number value", async () => {
    const json = await (await ask(jsonRoute, guest())).text();
    const csv = await (await ask(csvRoute, guest())).text();
    for (const text of [json, csv]) expect(text).not.toMatch(/987[.,]123/);
    const keys = new Set<string>();
    JSON.parse(json, (key, value) => {
      keys.add(key);
      return value;
    });
    const names = [...keys, ...(parseCsv(csv, ";")[0] ?? [])];
    expect(names.filter((name) => /sample|deelnemer|participant|meting_|waarde/i.test(name))).toEqual([]);
  });

  it("CSV: one row per hypothesis that parses back to the JSON's values, Excel-style", async () => {
    const file = await jsonAs(guest());
    const pilot = find(file, pilots.public.id)!;
    const bytes = new Uint8Array(await (await ask(csvRoute, guest())).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs to read UTF-8
    const csv = new TextDecoder().decode(bytes);
    const [header, ...rows] = parseCsv(csv, ";");
    expect(header).toEqual(openCsvColumns.map((column) => column.header));
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    const own = rows.filter((row) => cell(row, "pilot_id") === pilot.id);
    expect(own.map((row) => cell(row, "hypothese_nr"))).toEqual(["1", "2"]);
    expect(own.map((row) => cell(row, "stelling")).sort()).toEqual(pilot.hypotheses.map((h) => h.stelling).sort());
    expect(own.map((row) => cell(row, "nulmeting")).sort()).toEqual(["1,5", "68"]);
    for (const row of own) {
      expect(cell(row, "gemeente")).toBe(pilot.gemeente);
      expect(cell(row, "interventie")).toBe(pilot.interventie);
      expect(cell(row, "gepland_euro_rijk")).toBe("300000,75");
      expect(cell(row, "besteed_euro_rijk")).toBe("0,03");
      expect(cell(row, "gepland_euro_totaal")).toBe("300001,74");
    }
  });
});

describe("caching", () => {
  it("answers 304 to its own ETag until a public pilot changes, then a new ETag", async () => {
    const first = await ask(jsonRoute, guest());
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("last-modified")).toMatch(/GMT$/);
    const again = await ask(jsonRoute, guest(), { "if-none-match": etag });
    // Other test files write to the same PocketBase: a change in between may rightly move the ETag.
    if (again.status === 200) expect(again.headers.get("etag")).not.toBe(etag);
    else expect(again.status).toBe(304);
    await n.as.ownManager.collection("pilots").update(pilots.public.id, { summary: `Gewijzigd ${unique()} voor de open data.` });
    const changed = await ask(jsonRoute, guest(), { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });
});
