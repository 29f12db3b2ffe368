import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { mailTo, waitForMail } from "../support/mailbox.ts";
import { testSiteUrl } from "../support/test-pocketbase.ts";
import { type Neighbours, admin, createNeighbours } from "./fixtures.ts";
import { createLesson, nonsenseWord } from "./learning-fixtures.ts";
import { createAccount, mailsOf, setFields, toldOf } from "./notify-fixtures.ts";

/**
 * Questions and answers reach people as each chose (pb_hooks/lib/notify.js): in the site, by
 * e-mail (a queued mail with the text and a link), both, or not; a deactivated account is told
 * nothing, and nobody is told of what they may not read.
 */

let n: Neighbours;
let lesson: RecordModel;
beforeAll(async () => {
  n = await createNeighbours();
  lesson = await createLesson(n.as.ownManager, { visibility: "network" });
});

const ask = (pb = n.as.otherColleague, data: Record<string, unknown> = {}) =>
  pb.collection("comments").create({ lesson: lesson.id, author: pb.authStore.record?.id, body: `Vraag ${nonsenseWord()}`, ...data });

describe("vraag: a question of another municipality", () => {
  it("tells each user of the owning municipality by the channel they chose; the deactivated and 'none' nobody", async () => {
    await setFields(n.own.users.manager, { notify_vraag: "site" });
    await setFields(n.own.users.director, { notify_vraag: "email" });
    await setFields(n.own.users.colleague, { notify_vraag: "both" });
    const silent = await createAccount(n.own.municipality, "collega", { notify_vraag: "none" });
    const byDefault = await createAccount(n.own.municipality, "collega");
    const gone = await createAccount(n.own.municipality, "collega", { deactivated: true });
    const question = await ask();
    const body = question.body as string;
    const told = await Promise.all(
      [n.own.users.manager, n.own.users.director, n.own.users.colleague, silent, byDefault, gone].map((user) =>
        toldOf(user, "vraag", body),
      ),
    );
    expect(told).toEqual([
      { site: 1, mail: 0 },
      { site: 0, mail: 1 },
      { site: 1, mail: 1 },
      { site: 0, mail: 0 },
      { site: 1, mail: 1 },
      { site: 0, mail: 0 },
    ]);
    expect(await toldOf(n.other.users.colleague, "vraag")).toEqual({ site: 0, mail: 0 });
  });

  it("mails the question's text, the asker and a link to it, in Dutch, plain and HTML", async () => {
    await setFields(n.own.users.director, { notify_vraag: "email" });
    const question = await ask();
    const [mail] = await mailsOf(n.own.users.director, "vraag");
    expect(mail?.subject).toBe(`Nieuwe vraag over "${lesson.title}"`);
    const link = `${testSiteUrl}/lessen/${lesson.id}#reactie-${question.id}`;
    expect(mail?.text).toContain(question.body);
    expect(mail?.text).toContain(`${question.author_name} (${n.other.municipality.name}) stelde een vraag`);
    expect(mail?.text).toContain(link);
    expect(mail?.text).toContain(n.own.municipality.name);
    expect(mail?.html).toContain(`href="${link}"`);
  });
  it("reaches the recipient's mailbox over SMTP once the outbox is sent, as one mail", async () => {
    const reader = await createAccount(n.own.municipality, "collega", { notify_vraag: "email" });
    const question = await ask();
    await (await admin()).send("/api/proeftuin/mail-outbox/send", { method: "POST", body: { to: reader.email } });
    const mailbox = inject("mailboxUrl");
    const mail = await waitForMail(mailbox, (m) => m.to.includes(reader.email) && m.text.includes(question.body));
    expect(mail.subject).toBe(`Nieuwe vraag over "${lesson.title}"`);
    expect(mail.html).toContain(`href="${testSiteUrl}/lessen/${lesson.id}#reactie-${question.id}"`);
    expect((await mailTo(mailbox, reader.email)).length).toBe(1);
  });
});

describe("antwoord: an answer", () => {
  it("tells the asker as they chose, with the answer's text and a link", async () => {
    const question = await ask(n.as.otherManager);
    await setFields(n.other.users.manager, { notify_antwoord: "email" });
    const answer = await ask(n.as.ownDirector, { reply_to: question.id });
    expect(await toldOf(n.other.users.manager, "antwoord", answer.body as string)).toEqual({ site: 0, mail: 1 });
    const [mail] = await mailsOf(n.other.users.manager, "antwoord");
    expect(mail?.subject).toBe(`Antwoord op uw vraag over "${lesson.title}"`);
    expect(mail?.text).toContain(`${testSiteUrl}/lessen/${lesson.id}#reactie-${answer.id}`);
    await setFields(n.other.users.manager, { notify_antwoord: "none" });
    const second = await ask(n.as.ownDirector, { reply_to: question.id });
    expect(await toldOf(n.other.users.manager, "antwoord", second.body as string)).toEqual({ site: 0, mail: 0 });
  });

  it("on a lesson that became private tells the asker of another municipality nothing, by mail neither", async () => {
    const secret = await createLesson(n.as.ownManager, { visibility: "network" });
    const asker = n.other.users.director;
    const question = await ask(n.as.otherDirector, { lesson: secret.id });
    await n.as.ownManager.collection("lessons").update(secret.id, { visibility: "private" });
    const answer = await ask(n.as.ownManager, { lesson: secret.id, reply_to: question.id });
    expect(await toldOf(asker, "antwoord", answer.body as string)).toEqual({ site: 0, mail: 0 });
    // The same on a lesson the asker may read does tell (default: both): the check above is the visibility.
    const open = await ask(n.as.otherDirector);
    const told = await ask(n.as.ownManager, { reply_to: open.id });
    expect(await toldOf(asker, "antwoord", told.body as string)).toEqual({ site: 1, mail: 1 });
  });
});
