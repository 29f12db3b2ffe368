import { createHash } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { loadPortfolioRecords, loadPortfolioRecordsTagged } from "../../src/data/portfolio.ts";
import type { UserRecord } from "../../src/data/records.ts";
import { loadPortfolioPage } from "../../src/server/portfolio-page.ts";
import {
  admin,
  appClientOf,
  budgetLineData,
  createTenant,
  effectData,
  hypothesisData,
  pilotData,
  riskData,
  statusOf,
  type Tenant,
} from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The director's portfolio holds nothing private of another municipality, and the network
 * comparison is computed from shared records only, whoever asks and however. The comparison reads
 * shared_figures, one row per municipality kept up to date by pb_hooks/shared_figures.pb.js: every
 * write that changes what a municipality shares changes its row at once.
 *
 * This file: the portfolio records (src/data/portfolio.ts) a municipality loads.
 */

describe("portfolio data", () => {
  let a: Tenant;
  let b: Tenant;
  const pilots: Record<"private" | "network" | "public", RecordModel> = {} as never;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTenant(), createTenant()]);
    for (const visibility of ["private", "network", "public"] as const) {
      const pilot = await b.as.manager
        .collection("pilots")
        .create(pilotData(b.municipality.id, { visibility, domain: visibility === "private" ? "jeugd" : "wmo" }));
      await b.as.manager.collection("hypotheses").create(hypothesisData(pilot.id, { verdict: "bevestigd" }));
      await b.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { source: "rijk", spent_cents: 1_000_00 }));
      await b.as.manager.collection("risks").create(riskData(pilot.id, { title: `Risico ${visibility}` }));
      await b.as.manager.collection("pilot_effects").create(effectData(pilot.id, { actor: "uwv", expected_cents: 300_00 }));
      pilots[visibility] = pilot;
    }
    await a.as.manager.collection("pilots").create(pilotData(a.municipality.id, { visibility: "private" }));
  });

  it("a municipality's portfolio holds exactly its own pilots and their rows", async () => {
    const records = await loadPortfolioRecords(appClientOf(b.as.director));
    expect(records.pilots.map((p) => p.id).sort()).toEqual(
      Object.values(pilots)
        .map((p) => p.id)
        .sort(),
    );
    expect(records.hypotheses).toHaveLength(3);
    expect(records.budgetLines).toHaveLength(3);
    // Private pilots count too: the portfolio is the own municipality's, and only its users read it.
    expect(records.effects.map((f) => [f.pilot, f.actor, f.kind, f.expected_cents, f.realised_cents]).sort()).toEqual(
      Object.values(pilots)
        .map((p) => [p.id, "uwv", "baten", 300_00, 0])
        .sort(),
    );
    expect(records.risks.map((r) => r.title).sort()).toEqual(["Risico network", "Risico private", "Risico public"]);
    // Narrowed to what the portfolio uses, not whole records, with PocketBase's own value types.
    expect(Object.keys(records.pilots[0]!).sort()).toEqual([
      "decided_at",
      "decision",
      "domain",
      "end_date",
      "evidence_level",
      "id",
      "principles",
      "stage",
      "stage_since",
      "start_date",
      "title",
    ]);
    expect(Object.keys(records.hypotheses[0]!).sort()).toEqual(["pilot", "verdict"]);
    const stored = await b.as.director
      .collection("budget_lines")
      .getFirstListItem(b.as.director.filter("pilot = {:p}", { p: pilots.public.id }));
    expect(records.budgetLines.find((line) => line.pilot === pilots.public.id)).toEqual({
      pilot: stored.pilot,
      source: stored.source,
      year: stored.year,
      planned_cents: stored.planned_cents,
      spent_cents: stored.spent_cents,
      reporting_deadline: stored.reporting_deadline,
    });
    const pilot = await b.as.director.collection("pilots").getOne(pilots.network.id);
    expect(records.pilots.find((p) => p.id === pilot.id)).toMatchObject({
      principles: pilot.principles,
      start_date: pilot.start_date,
      stage_since: pilot.stage_since,
    });
    expect(records.pilots.map((p) => p.title)).toEqual([...records.pilots.map((p) => p.title)].sort());
  });

  it("whoever asks gets only their own municipality's portfolio, and a guest none", async () => {
    const records = await loadPortfolioRecords(appClientOf(a.as.director));
    const ids = records.pilots.map((p) => p.id);
    for (const pilot of Object.values(pilots)) expect(ids).not.toContain(pilot.id);
    expect(ids).toHaveLength(1);
    expect(records.risks).toEqual([]);
    expect(records.budgetLines).toEqual([]);
    expect(records.effects).toEqual([]);
    expect(await statusOf(loadPortfolioRecords(appClientOf()))).toBe(401);
    // Parameters cannot point it elsewhere.
    const asked = await a.as.director.send("/api/proeftuin/portfolio", {
      query: { own: b.municipality.id, municipality: b.municipality.id },
    });
    expect(asked).toEqual(records);
  });

  it("reads every evaluation and counts the lessons of each pilot", async () => {
    const c = await createTenant();
    const create = (data: Record<string, unknown>) => c.as.manager.collection("pilots").create(pilotData(c.municipality.id, data));
    const [running, idea] = await Promise.all([create({ stage: "uitvoering" }), create({ stage: "idee" })]);
    await c.as.manager.collection("evaluations").create(evaluationData(running.id, { date: "2026-03-15" }));
    await c.as.manager.collection("evaluations").create(evaluationData(idea.id, { date: "2026-04-15" }));
    await createLesson(c.as.manager, { pilot: running.id });
    await createLesson(c.as.manager, { pilot: running.id });
    await createLesson(c.as.manager, { pilot: idea.id });
    await createLesson(c.as.manager);

    const records = await loadPortfolioRecords(appClientOf(c.as.director));
    expect([...records.evaluations].sort((x, y) => (x.date < y.date ? -1 : 1))).toEqual([
      { pilot: running.id, date: expect.stringMatching(/^2026-03-15/), kind: "tussentijds" },
      { pilot: idea.id, date: expect.stringMatching(/^2026-04-15/), kind: "tussentijds" },
    ]);
    expect(records.lessonCounts).toEqual({ [running.id]: 2, [idea.id]: 1 });
  });

  it("a cached portfolio follows every change to what it is made of", async () => {
    const d = await createTenant();
    const asDirector = appClientOf(d.as.director);
    const pilot = await d.as.manager.collection("pilots").create(pilotData(d.municipality.id, { title: "Eerste titel" }));
    expect((await loadPortfolioRecords(asDirector)).pilots.map((p) => p.title)).toEqual(["Eerste titel"]);

    await d.as.manager.collection("pilots").update(pilot.id, { title: "Tweede titel" });
    expect((await loadPortfolioRecords(asDirector)).pilots.map((p) => p.title)).toEqual(["Tweede titel"]);
    const hypothesis = await d.as.manager.collection("hypotheses").create(hypothesisData(pilot.id));
    expect((await loadPortfolioRecords(asDirector)).hypotheses).toEqual([{ pilot: pilot.id, verdict: "" }]);
    await d.as.manager.collection("hypotheses").update(hypothesis.id, { verdict: "verworpen" });
    expect((await loadPortfolioRecords(asDirector)).hypotheses).toEqual([{ pilot: pilot.id, verdict: "verworpen" }]);
    const line = await d.as.manager.collection("budget_lines").create(budgetLineData(pilot.id, { spent_cents: 100 }));
    await d.as.manager.collection("budget_lines").update(line.id, { spent_cents: 250 });
    expect((await loadPortfolioRecords(asDirector)).budgetLines.map((b) => b.spent_cents)).toEqual([250]);
    const risk = await d.as.manager.collection("risks").create(riskData(pilot.id, { likelihood: 2 }));
    expect((await loadPortfolioRecords(asDirector)).risks.map((r) => r.likelihood)).toEqual([2]);
    await d.as.manager.collection("risks").delete(risk.id);
    expect((await loadPortfolioRecords(asDirector)).risks).toEqual([]);
    await d.as.manager.collection("evaluations").create(evaluationData(pilot.id));
    expect((await loadPortfolioRecords(asDirector)).evaluations).toHaveLength(1);
    await createLesson(d.as.manager, { pilot: pilot.id });
    expect((await loadPortfolioRecords(asDirector)).lessonCounts).toEqual({ [pilot.id]: 1 });
    const effect = await d.as.manager.collection("pilot_effects").create(effectData(pilot.id, { realised_cents: 100 }));
    await d.as.manager.collection("pilot_effects").update(effect.id, { realised_cents: 250 });
    expect((await loadPortfolioRecords(asDirector)).effects.map((f) => f.realised_cents)).toEqual([250]);
    // A change elsewhere in the network leaves the answer right as well.
    await (await admin()).collection("pilots").update(pilot.id, { stage: "evaluatie" });
    expect((await loadPortfolioRecords(asDirector)).pilots[0]?.stage).toBe("evaluatie");
  });

  it("the site computes a portfolio per caller, and again after a change", async () => {
    const e = await createTenant();
    const pilot = await e.as.manager.collection("pilots").create(pilotData(e.municipality.id, { title: "Voor de wijziging" }));
    const pageOf = (tenant: Tenant, who: "director" | "manager") =>
      loadPortfolioPage(appClientOf(tenant.as[who]), tenant.users[who] as unknown as UserRecord, {}, "2026-12-04");
    const first = await pageOf(e, "director");
    expect(first.pipeline.map((row) => row.pilot.title)).toEqual(["Voor de wijziging"]);
    // Whether a second call is served from the cache is not asserted here: other files change the
    // network's shared figures at any moment (tests/unit/portfolio-cache.test.ts has the keys).
    // Same answer from PocketBase, another role: its own figures (attention steps depend on the role).
    const asManager = await pageOf(e, "manager");
    expect(asManager).not.toBe(first);
    expect(asManager.role).toBe("innovatiemanager");
    expect((await pageOf(a, "director")).records.pilots.map((p) => p.id)).not.toContain(pilot.id);

    await e.as.manager.collection("pilots").update(pilot.id, { title: "Na de wijziging" });
    expect((await pageOf(e, "director")).pipeline.map((row) => row.pilot.title)).toEqual(["Na de wijziging"]);
    expect(await statusOf(loadPortfolioPage(appClientOf(), e.users.director as unknown as UserRecord, {}))).toBe(401);
  });

  it("the portfolio route tags its answer with the text's SHA-256 and answers 304 only for that very text", async () => {
    const f = await createTenant();
    const pilot = await f.as.manager.collection("pilots").create(pilotData(f.municipality.id));
    const ask = (who: PocketBase, tag?: string) =>
      fetch(`${inject("pocketbaseUrl")}/api/proeftuin/portfolio`, {
        headers: { authorization: who.authStore.token, ...(tag ? { "if-none-match": tag } : {}) },
      });
    const first = await ask(f.as.director);
    const text = await first.text();
    const tag = first.headers.get("etag");
    expect(tag).toBe(`"${createHash("sha256").update(text).digest("hex")}"`);
    const unchanged = await ask(f.as.director, tag!);
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    // Another municipality's answer is another text: sent whole, whatever tag is named.
    const other = await ask(a.as.director, tag!);
    expect(other.status).toBe(200);
    expect(await other.text()).not.toBe(text);

    // The site keeps the answer it holds when PocketBase says it is unchanged, and takes the new one after a change.
    const held = await loadPortfolioRecordsTagged(appClientOf(f.as.director));
    expect(held.tag).toBe(tag);
    // Only this municipality's writes change its answer.
    expect(await loadPortfolioRecordsTagged(appClientOf(f.as.director), held)).toBe(held);
    await f.as.manager.collection("pilots").update(pilot.id, { title: "Nieuwe titel" });
    const changed = await loadPortfolioRecordsTagged(appClientOf(f.as.director), held);
    expect(changed).not.toBe(held);
    expect(changed.value().pilots.map((p) => p.title)).toEqual(["Nieuwe titel"]);
    expect((await ask(f.as.director, tag!)).status).toBe(200);
  });
});
