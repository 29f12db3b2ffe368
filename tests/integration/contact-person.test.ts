import { ClientResponseError, type RecordModel } from "pocketbase";
import { inject } from "vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { contactChoices } from "../../src/data/contacts.ts";
import { saveLesson } from "../../src/data/lessons.ts";
import { savePilot } from "../../src/data/pilots.ts";
import { LessonFormSchema } from "../../src/domain/lesson.ts";
import { PilotFormSchema } from "../../src/domain/pilot.ts";
import { admin, appClientOf, password, pilotData, signIn, statusOf, storedAsAdmin, unique } from "./fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { createLesson, lessonData } from "./learning-fixtures.ts";
import { expectFailure, expectSaved, pilotInput } from "./save-pilot-helpers.ts";

/**
 * The contact person of a pilot or lesson (pb_hooks/contact_person.pb.js): an active account of the
 * owning municipality, by default whoever created the record. Its name and role are kept on the
 * record for peers who may not read users, and shown to signed-in readers only.
 */

const n = freshNeighbours();
const CONTACT_FIELDS = ["contact", "contact_name", "contact_role"];

async function newAccount(municipality: string, overrides: Record<string, unknown> = {}): Promise<RecordModel> {
  return (await admin()).collection("users").create({
    email: `contact-${unique()}@test.proeftuin`,
    password,
    passwordConfirm: password,
    name: `Contact ${unique()}`,
    municipality,
    role: "collega",
    verified: true,
    ...overrides,
  });
}

/** The refusal's message at the field "contact", or "" when the write went through. */
async function contactError(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "";
  } catch (error) {
    if (!(error instanceof ClientResponseError)) throw error;
    expect(error.status).toBe(400);
    return String(error.response.data?.contact?.message ?? "");
  }
}

describe("the contact person is an active account of the owning municipality", () => {
  it("defaults to whoever creates the pilot or the lesson", async () => {
    const pilot = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id));
    expect(pilot.contact).toBe(n.own.users.manager.id);
    expect(pilot.contact_name).toBe(n.own.users.manager.name);
    expect(pilot.contact_role).toBe("innovatiemanager");
    const lesson = await createLesson(n.as.ownDirector);
    expect(lesson.contact).toBe(n.own.users.director.id);
    expect(lesson.contact_name).toBe(n.own.users.director.name);
  });

  it("a pilot made by platformbeheer gets the municipality's innovatiemanager", async () => {
    const pilot = await (await admin()).collection("pilots").create(pilotData(n.own.municipality.id));
    expect(pilot.contact).toBe(n.own.users.manager.id);
  });

  it("a colleague of the own municipality can be chosen; a name sent along does not count", async () => {
    const pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { contact: n.own.users.colleague.id, contact_name: "Platform Beheer" }));
    const stored = await storedAsAdmin("pilots", pilot.id);
    expect(stored.contact).toBe(n.own.users.colleague.id);
    expect(stored.contact_name).toBe(n.own.users.colleague.name);
    expect(stored.contact_role).toBe("collega");
  });

  it("refuses another municipality's account, at the field, on create and on update, pilots and lessons", async () => {
    const foreign = n.other.users.manager.id;
    const refusal = "Kies als contactpersoon een account van de eigen gemeente.";
    const pilots = n.as.ownManager.collection("pilots");
    expect(await contactError(pilots.create(pilotData(n.own.municipality.id, { contact: foreign })))).toBe(refusal);
    const pilot = await pilots.create(pilotData(n.own.municipality.id));
    expect(await contactError(pilots.update(pilot.id, { contact: foreign }))).toBe(refusal);
    expect(await contactError(createLesson(n.as.ownManager, { contact: foreign }))).toBe(refusal);
    const lesson = await createLesson(n.as.ownManager);
    expect(await contactError(n.as.ownManager.collection("lessons").update(lesson.id, { contact: foreign }))).toBe(refusal);
    // Not even platformbeheer stores it.
    expect(await contactError((await admin()).collection("pilots").update(pilot.id, { contact: foreign }))).toBe(refusal);
    expect((await storedAsAdmin("pilots", pilot.id)).contact).toBe(n.own.users.manager.id);
  });

  it("refuses a deactivated account; one deactivated later does not block other edits", async () => {
    const leaver = await newAccount(n.own.municipality.id, { deactivated: true });
    const pilots = n.as.ownManager.collection("pilots");
    expect(await contactError(pilots.create(pilotData(n.own.municipality.id, { contact: leaver.id })))).toBe(
      "Dit account is gedeactiveerd. Kies een andere contactpersoon.",
    );
    const colleague = await newAccount(n.own.municipality.id);
    const pilot = await pilots.create(pilotData(n.own.municipality.id, { contact: colleague.id }));
    await (await admin()).collection("users").update(colleague.id, { deactivated: true });
    expect(await statusOf(pilots.update(pilot.id, { summary: "Een andere korte samenvatting van de pilot." }))).toBe(200);
  });
});

describe("who sees the contact", () => {
  let pilot: RecordModel;
  let lesson: RecordModel;
  let contact: RecordModel;
  beforeAll(async () => {
    contact = await newAccount(n.own.municipality.id, { role: "innovatiemanager" });
    pilot = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility: "public", contact: contact.id }));
    lesson = await n.as.ownManager
      .collection("lessons")
      .create(lessonData(n.own.municipality.id, n.own.users.manager.id, { visibility: "public", contact: contact.id }));
  });

  it("the name and role follow the account, without touching the records' updated", async () => {
    const renamed = `Renée Contact ${unique()}`;
    const asContact = await signIn(contact);
    await asContact.collection("users").update(contact.id, { name: renamed });
    const [storedPilot, storedLesson] = await Promise.all([storedAsAdmin("pilots", pilot.id), storedAsAdmin("lessons", lesson.id)]);
    expect(storedPilot.contact_name).toBe(renamed);
    expect(storedLesson.contact_name).toBe(renamed);
    expect(storedPilot.updated).toBe(pilot.updated);
    contact = { ...contact, name: renamed };
    // A new role shows too.
    const pb = await admin();
    await pb.collection("users").update(contact.id, { role: "directeur" });
    expect((await storedAsAdmin("lessons", lesson.id)).contact_role).toBe("directeur");
    await pb.collection("users").update(contact.id, { role: "innovatiemanager" });
  });

  it("a peer of another municipality sees the name and role, but cannot read the account", async () => {
    const seen = await n.as.otherDirector.collection("pilots").getOne(pilot.id);
    expect(seen.contact_name).toBe(contact.name);
    expect(seen.contact_role).toBe("innovatiemanager");
    expect(await statusOf(n.as.otherDirector.collection("users").getOne(contact.id))).toBe(404);
    const expanded = await n.as.otherDirector.collection("lessons").getOne(lesson.id, { expand: "contact" });
    expect(expanded.contact_name).toBe(contact.name);
    expect(expanded.expand?.contact).toBeUndefined();
  });

  it("a guest gets nothing of it from the REST API: not the name, the role nor the account's id", async () => {
    const base = inject("pocketbaseUrl");
    for (const collection of ["pilots", "lessons"]) {
      const id = collection === "pilots" ? pilot.id : lesson.id;
      const one = await (await fetch(`${base}/api/collections/${collection}/records/${id}`)).json();
      expect(one.id).toBe(id);
      const list = await (await fetch(`${base}/api/collections/${collection}/records?perPage=500&sort=-created`)).json();
      const listed = list.items.find((item: { id: string }) => item.id === id);
      expect(listed).toBeDefined();
      for (const seen of [one, listed]) {
        for (const field of CONTACT_FIELDS) expect(seen, `${collection}.${field}`).not.toHaveProperty(field);
        expect(JSON.stringify(seen)).not.toContain(contact.name);
      }
    }
    // Nor by asking for the fields, or by filtering on the name.
    const asked = await (await fetch(`${base}/api/collections/pilots/records/${pilot.id}?fields=id,contact,contact_name`)).json();
    expect(asked).toEqual({ id: pilot.id });
    const filter = encodeURIComponent(`id = "${pilot.id}" && contact_name = "${contact.name}"`);
    const probe = await fetch(`${base}/api/collections/pilots/records?filter=${filter}`);
    const found = probe.ok ? ((await probe.json()) as { items: unknown[] }).items.length : 0;
    expect(found).toBe(0);
  });
});

describe("the forms' save path (src/data)", () => {
  it("offers the own municipality's active accounts only", async () => {
    const leaver = await newAccount(n.own.municipality.id, { deactivated: true });
    const ids = (await contactChoices(appClientOf(n.as.ownColleague), n.own.municipality.id)).map((choice) => choice.id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(n.own.users).map((user) => user.id)));
    expect(ids).not.toContain(leaver.id);
    expect(ids).not.toContain(n.other.users.manager.id);
  });

  it("stores the chosen contact of a pilot, and shows another municipality's refusal at the field", async () => {
    const pb = appClientOf(n.as.ownManager);
    const municipality = n.own.municipality.id;
    // Through the batch, without a choice: the creator.
    const saved = expectSaved(await savePilot(pb, { municipality, form: PilotFormSchema.parse(pilotInput()) }));
    expect((await storedAsAdmin("pilots", saved.id)).contact).toBe(n.own.users.manager.id);
    const chosen = PilotFormSchema.parse(pilotInput({ contact: n.own.users.director.id }));
    expectSaved(await savePilot(pb, { id: saved.id, municipality, form: chosen }));
    expect((await storedAsAdmin("pilots", saved.id)).contact).toBe(n.own.users.director.id);
    const form = PilotFormSchema.parse(pilotInput({ contact: n.other.users.director.id }));
    const failure = expectFailure(await savePilot(pb, { id: saved.id, municipality, form }));
    expect(failure.fieldErrors).toEqual({ contact: "Kies als contactpersoon een account van de eigen gemeente." });
  });

  it("stores the chosen contact of a lesson, and shows another municipality's refusal at the field", async () => {
    const pb = appClientOf(n.as.ownManager);
    const target = { municipality: n.own.municipality.id, author: n.own.users.manager.id };
    const input = lessonData(n.own.municipality.id, n.own.users.manager.id, {
      body: "Een vaste contactpersoon per gezin maakte het verschil: gezinnen belden eerder, en de hulp sloot beter aan bij wat zij nodig hadden.",
      target_group: "Gezinnen met schulden",
      tags: "contact",
    });
    const created = await saveLesson(pb, { ...target, form: LessonFormSchema.parse({ ...input, contact: n.own.users.colleague.id }) });
    if (!created.ok) throw new Error(created.message);
    expect((await storedAsAdmin("lessons", created.id)).contact).toBe(n.own.users.colleague.id);
    const refused = await saveLesson(pb, {
      ...target,
      id: created.id,
      form: LessonFormSchema.parse({ ...input, contact: n.other.users.colleague.id }),
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.fieldErrors).toEqual({ contact: "Kies als contactpersoon een account van de eigen gemeente." });
  });
});
