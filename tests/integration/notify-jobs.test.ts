import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { type Tenant, admin, client, createTenant, pilotData, statusOf } from "./fixtures.ts";
import { evaluationData } from "./evaluation-fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";
import { mailsOf, runJob, setFields, toldOf } from "./notify-fixtures.ts";

/**
 * The notifications no comment causes (pb_hooks/notification_jobs.pb.js): besluit_nodig to the
 * directeuren once per end evaluation, evaluatie_te_laat once per overdue period, and the weekly
 * digest of new lessons in followed domains as one mail.
 */

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

let own: Tenant;
beforeAll(async () => {
  own = await createTenant();
});

describe("besluit_nodig", () => {
  it("tells the directeuren once when the end evaluation is in and the pilot is in stage Evaluatie", async () => {
    const pilot = await own.as.manager.collection("pilots").create(pilotData(own.municipality.id, { stage: "uitvoering" }));
    const about = pilot.title as string;
    await own.as.manager.collection("evaluations").create(evaluationData(pilot.id, { date: daysAgo(2) }));
    expect(await toldOf(own.users.director, "besluit_nodig", about)).toEqual({ site: 0, mail: 0 });
    // The end evaluation moves a running pilot to stage Evaluatie (lib/end-evaluation.js): the occasion.
    await own.as.manager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: daysAgo(1) }));
    expect((await own.as.manager.collection("pilots").getOne(pilot.id)).stage).toBe("evaluatie");
    expect(await toldOf(own.users.director, "besluit_nodig", about)).toEqual({ site: 1, mail: 1 });
    expect(await toldOf(own.users.manager, "besluit_nodig")).toEqual({ site: 0, mail: 0 });
    // Saving again, or another interim evaluation, is no new occasion.
    await own.as.manager.collection("pilots").update(pilot.id, { summary: "Een andere samenvatting van de pilot." });
    await own.as.manager.collection("evaluations").create(evaluationData(pilot.id, { date: daysAgo(0) }));
    expect(await toldOf(own.users.director, "besluit_nodig", about)).toEqual({ site: 1, mail: 1 });
    // A second end evaluation is.
    await own.as.manager.collection("evaluations").create(evaluationData(pilot.id, { kind: "eind", date: daysAgo(0) }));
    expect(await toldOf(own.users.director, "besluit_nodig", about)).toEqual({ site: 2, mail: 2 });
    const [mail] = await mailsOf(own.users.director, "besluit_nodig");
    expect(mail?.text).toContain(`/pilots/${pilot.id}/besluit`);
  });
});

describe("evaluatie_te_laat (the daily job)", () => {
  it("tells innovatiemanagers and directeuren once per overdue period, never the collega", async () => {
    const pilot = await own.as.manager
      .collection("pilots")
      .create(pilotData(own.municipality.id, { stage: "uitvoering", start_date: daysAgo(300) }));
    const about = pilot.title as string;
    await setFields(own.users.manager, { notify_evaluatie_te_laat: "site" });
    await runJob("daily");
    expect(await toldOf(own.users.manager, "evaluatie_te_laat", about)).toEqual({ site: 1, mail: 0 });
    expect(await toldOf(own.users.director, "evaluatie_te_laat", about)).toEqual({ site: 1, mail: 1 });
    expect(await toldOf(own.users.colleague, "evaluatie_te_laat")).toEqual({ site: 0, mail: 0 });
    await runJob("daily");
    expect(await toldOf(own.users.director, "evaluatie_te_laat", about)).toEqual({ site: 1, mail: 1 });
    // An evaluation that is itself overdue starts a new period; a recent one ends it.
    await own.as.manager.collection("evaluations").create(evaluationData(pilot.id, { date: daysAgo(200) }));
    await runJob("daily");
    expect(await toldOf(own.users.director, "evaluatie_te_laat", about)).toEqual({ site: 2, mail: 2 });
    await own.as.manager.collection("evaluations").create(evaluationData(pilot.id, { date: daysAgo(10) }));
    await runJob("daily");
    expect(await toldOf(own.users.director, "evaluatie_te_laat", about)).toEqual({ site: 2, mail: 2 });
  });

  it("is run now by the superuser only", async () => {
    expect(await statusOf(own.as.director.send("/api/proeftuin/notifications/run-daily", { method: "POST" }))).toBe(403);
    expect(await statusOf(own.as.director.send("/api/proeftuin/notifications/run-weekly", { method: "POST" }))).toBe(403);
    expect(await statusOf(client().send("/api/proeftuin/notifications/run-daily", { method: "POST" }))).toBe(401);
  });
});

describe("nieuwe_les (the weekly digest)", () => {
  let peer: Tenant;
  let lessons: Record<"followed" | "secret" | "unfollowed" | "ownDomain", RecordModel>;
  beforeAll(async () => {
    peer = await createTenant();
    lessons = {
      followed: await createLesson(peer.as.manager, { domain: "armoede", visibility: "network" }),
      secret: await createLesson(peer.as.manager, { domain: "armoede", visibility: "private" }),
      unfollowed: await createLesson(peer.as.manager, { domain: "gezondheid", visibility: "public" }),
      ownDomain: await createLesson(own.as.manager, { domain: "armoede", visibility: "public" }),
    };
    await setFields(own.users.colleague, { follows: ["armoede", "wonen"] });
    await setFields(own.users.director, { follows: ["armoede"], notify_nieuwe_les: "both" });
    await setFields(own.users.manager, { follows: ["armoede"], notify_nieuwe_les: "none" });
    await runJob("weekly");
  });

  it("is one mail (the default) of the readable lessons in followed domains of other municipalities", async () => {
    const mails = await mailsOf(own.users.colleague, "nieuwe_les");
    expect(mails.length).toBe(1);
    const text = mails[0]?.text as string;
    expect(text).toContain(lessons.followed.title);
    expect(text).toContain(`/lessen/${lessons.followed.id}`);
    for (const other of [lessons.secret, lessons.unfollowed, lessons.ownDomain]) expect(text).not.toContain(other.title);
    expect(await toldOf(own.users.colleague, "nieuwe_les")).toEqual({ site: 0, mail: 1 });
  });

  it("follows each user's choice (both, none) and is sent once a week however often the job runs", async () => {
    await runJob("weekly");
    expect(await toldOf(own.users.director, "nieuwe_les", lessons.followed.title as string)).toEqual({ site: 1, mail: 1 });
    expect(await toldOf(own.users.manager, "nieuwe_les")).toEqual({ site: 0, mail: 0 });
    expect(await toldOf(own.users.colleague, "nieuwe_les")).toEqual({ site: 0, mail: 1 });
    const pb = await admin();
    const notification = await pb
      .collection("notifications")
      .getFirstListItem(pb.filter("user = {:u} && kind = 'nieuwe_les'", { u: own.users.director.id }));
    expect(notification.title).toMatch(/^(1 nieuwe les in een domein dat u volgt|\d+ nieuwe lessen in domeinen die u volgt)$/);
  });
});
