import type PocketBase from "pocketbase";
import { describe, expect, it } from "vitest";
import { migratedFrom } from "./database-before.ts";

/**
 * Migration 1764152950 gives the pilots and lessons stored before it a contact person, in SQL of its
 * own: a pilot its municipality's active innovatiemanager (else another active account), a lesson
 * its author; both with the account's name and role copied onto the record.
 */

const superuser = { email: "beheer@contact-backfill.test", password: "backfill-wachtwoord" };

const pilot = {
  summary: "Een korte samenvatting van de pilot.",
  problem: "Het probleem dat deze pilot aanpakt.",
  target_group: "Jongeren",
  domain: "participatie",
  stage: "idee",
  visibility: "private",
};

/** Three municipalities: one with a collega, a deactivated and an active innovatiemanager; one with a directeur; one empty. */
async function fill(pb: PocketBase): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const municipality = async (name: string, cbs_code: string) =>
    (await pb.collection("municipalities").create({ name, cbs_code, province: "zeeland", inhabitants: 9_000 })).id;
  const account = async (m: string, name: string, role: string, deactivated = false) =>
    (
      await pb.collection("users").create({
        email: `${name.toLowerCase().replaceAll(" ", ".")}@backfill.test`,
        password: superuser.password,
        passwordConfirm: superuser.password,
        name,
        role,
        municipality: m,
        deactivated,
      })
    ).id;
  const [a, b, c] = [
    await municipality("Aadorp", "GM0071"),
    await municipality("Beedorp", "GM0072"),
    await municipality("Ceedorp", "GM0073"),
  ];
  // Made first, so a rule that takes the oldest account would pick these.
  ids.aColleague = await account(a, "Anna Collega", "collega");
  ids.aLeaver = await account(a, "Arend Vertrokken", "innovatiemanager", true);
  ids.aManager = await account(a, "Aafke Manager", "innovatiemanager");
  ids.bDirector = await account(b, "Bas Directeur", "directeur");
  ids.pilotA = (await pb.collection("pilots").create({ ...pilot, municipality: a, title: "Pilot in Aadorp" })).id;
  ids.pilotB = (await pb.collection("pilots").create({ ...pilot, municipality: b, title: "Pilot in Beedorp" })).id;
  ids.pilotC = (await pb.collection("pilots").create({ ...pilot, municipality: c, title: "Pilot in Ceedorp" })).id;
  ids.lessonB = (
    await pb.collection("lessons").create({
      municipality: b,
      author: ids.bDirector,
      title: "Een les uit Beedorp",
      body: "Een vaste contactpersoon per gezin maakte het verschil in de aanpak van de schulden.",
      kind: "werkzaam_element",
      domain: "jeugd",
      visibility: "public",
    })
  ).id;
  return ids;
}

describe("the contact person backfill of migration 1764152950", () => {
  it("names an active innovatiemanager on each pilot and the author on each lesson", async () => {
    await migratedFrom("1764152950_contact_person.js", superuser, fill, async (pb, ids) => {
      const contactOf = async (collection: string, id: string | undefined) => {
        const record = await pb.collection(collection).getOne(id ?? "");
        return { contact: record.contact, name: record.contact_name, role: record.contact_role };
      };
      expect(await contactOf("pilots", ids.pilotA)).toEqual({ contact: ids.aManager, name: "Aafke Manager", role: "innovatiemanager" });
      expect(await contactOf("pilots", ids.pilotB)).toEqual({ contact: ids.bDirector, name: "Bas Directeur", role: "directeur" });
      expect(await contactOf("pilots", ids.pilotC)).toEqual({ contact: "", name: "", role: "" });
      expect(await contactOf("lessons", ids.lessonB)).toEqual({ contact: ids.bDirector, name: "Bas Directeur", role: "directeur" });
    });
  }, 60_000);
});
