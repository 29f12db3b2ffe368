import type { RecordModel } from "pocketbase";
import { admin, countAsAdmin, password, unique } from "./fixtures.ts";

/** Helpers for the tests of lib/notify.js and its callers: who was told, in the site and by mail. */

export type Told = { site: number; mail: number };

/** How many notifications of `kind` the user has, and how many mails of that kind are queued for them (`about`: text the mail holds). */
export async function toldOf(user: RecordModel, kind: string, about = ""): Promise<Told> {
  const [site, mail] = await Promise.all([
    countAsAdmin("notifications", "user = {:u} && kind = {:k}", { u: user.id, k: kind }),
    countAsAdmin("mail_outbox", "to = {:to} && kind = {:k} && text ~ {:about}", { to: user.email, k: kind, about }),
  ]);
  return { site, mail };
}

/** The mails of `kind` queued for the user, newest first. */
export async function mailsOf(user: RecordModel, kind: string): Promise<RecordModel[]> {
  const pb = await admin();
  return pb
    .collection("mail_outbox")
    .getFullList({ filter: pb.filter("to = {:to} && kind = {:k}", { to: user.email, k: kind }), sort: "-created" });
}

/** One more account of the municipality, with the fields given (notify_<kind>, follows, deactivated). */
export async function createAccount(municipality: RecordModel, role: string, fields: Record<string, unknown> = {}): Promise<RecordModel> {
  const pb = await admin();
  return pb.collection("users").create({
    email: `melding-${unique()}@test.proeftuin`,
    password,
    passwordConfirm: password,
    name: `${role} ${unique()}`,
    municipality: municipality.id,
    role,
    verified: true,
    ...fields,
  });
}

export async function setFields(user: RecordModel, fields: Record<string, unknown>): Promise<RecordModel> {
  return (await admin()).collection("users").update(user.id, fields);
}

/** Runs a notification job now as the superuser (pb_hooks/notification_jobs.pb.js). */
export async function runJob(which: "daily" | "weekly"): Promise<Record<string, number>> {
  return (await admin()).send(`/api/proeftuin/notifications/run-${which}`, { method: "POST" });
}
