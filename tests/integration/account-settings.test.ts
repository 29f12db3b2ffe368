import { beforeAll, describe, expect, inject, it } from "vitest";
import type { UserRecord } from "../../src/data/records.ts";
import { changePassword, confirmEmailChange, requestEmailChange, saveRequireMfa } from "../../src/data/account-settings.ts";
import { handleSettingsPost, type SectionResult } from "../../src/server/settings-form.ts";
import { waitForMail } from "../support/mailbox.ts";
import { testSiteUrl } from "../support/test-pocketbase.ts";
import {
  actors,
  admin,
  appClientOf,
  client,
  createNeighbours,
  createTenant,
  type Neighbours,
  password,
  signInWithPassword,
  statusOf,
  storedAsAdmin,
  type Tenant,
  unique,
} from "./fixtures.ts";

/**
 * /instellingen: what an account changes of itself, through the site's own functions, and the one
 * thing a directeur changes of their municipality (require_mfa, migration 1764152930).
 */
let visitorCount = 0;
const newVisitor = () => `192.0.2.${100 + ++visitorCount}`;

describe("require_mfa on municipalities", () => {
  let neighbours: Neighbours;
  beforeAll(async () => {
    neighbours = await createNeighbours();
  });

  it("may be switched by the municipality's own directeur only", async () => {
    const { id } = neighbours.own.municipality;
    const outcomes: Record<string, [number, boolean]> = {};
    for (const actor of actors) {
      const status = await statusOf(saveRequireMfa(appClientOf(neighbours.as[actor]), id, true));
      outcomes[actor] = [status, (await storedAsAdmin("municipalities", id)).require_mfa];
      await (await admin()).collection("municipalities").update(id, { require_mfa: false });
    }
    expect(outcomes).toEqual(Object.fromEntries(actors.map((actor) => [actor, actor === "ownDirector" ? [200, true] : [404, false]])));
  });

  // Every field but require_mfa; a field added later must be added here and to the migration's rule.
  const changes: Record<string, (current: Record<string, unknown>) => unknown> = {
    name: () => `Andere naam ${unique()}`,
    cbs_code: () => `GM${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`,
    province: (current) => (current.province === "limburg" ? "zeeland" : "limburg"),
    inhabitants: (current) => Number(current.inhabitants) + 1,
    size_class: (current) => (current.size_class === "klein" ? "groot" : "klein"),
  };

  it("names every field of municipalities in this test", async () => {
    const collection = await (await admin()).collections.getOne("municipalities");
    const names = collection.fields
      .filter((field) => field.type !== "autodate" && field.name !== "id" && field.name !== "require_mfa")
      .map((field) => field.name);
    expect(names.sort()).toEqual(Object.keys(changes).sort());
  });

  it("keeps every other field out of the directeur's reach, alone or beside require_mfa", async () => {
    const { municipality } = neighbours.own;
    const director = neighbours.as.ownDirector;
    const statuses: Record<string, number[]> = {};
    for (const [field, change] of Object.entries(changes)) {
      const value = change(municipality);
      statuses[field] = [
        await statusOf(director.collection("municipalities").update(municipality.id, { [field]: value })),
        await statusOf(director.collection("municipalities").update(municipality.id, { [field]: value, require_mfa: true })),
      ];
    }
    expect(statuses).toEqual(Object.fromEntries(Object.keys(changes).map((field) => [field, [404, 404]])));
    const stored = await storedAsAdmin("municipalities", municipality.id);
    for (const field of Object.keys(changes)) expect(stored[field]).toEqual(municipality[field]);
    expect(stored.require_mfa).toBe(false);
  });
});

describe("own e-mail address", () => {
  it("changes only after the link mailed to the new address, with the password, and then signs in under it", async () => {
    const own = await createTenant();
    const user = own.users.colleague;
    const pb = appClientOf(own.as.colleague);
    const session = await signInWithPassword(user);
    const newEmail = `nieuw-${unique()}@test.proeftuin`;
    await requestEmailChange(pb, newEmail);
    expect((await storedAsAdmin("users", user.id)).email).toBe(user.email);

    const mail = await waitForMail(inject("mailboxUrl"), (m) => m.to.includes(newEmail));
    const href = new RegExp(`href="(${testSiteUrl}/email-bevestigen\\?token=[^"]+)"`).exec(mail.html)?.[1];
    const token = new URL(href!).searchParams.get("token")!;
    expect(await statusOf(confirmEmailChange(appClientOf(), token, "verkeerd-wachtwoord", newVisitor()))).toBe(400);

    const site = appClientOf();
    const record = await confirmEmailChange(site, token, password, newVisitor());
    expect(record.email).toBe(newEmail);
    expect(site.authStore.isValid).toBe(true);
    // The old session ended with the change.
    expect(await statusOf(session.collection("users").authRefresh())).toBe(401);
  });
});

describe("own password", () => {
  it("refuses a wrong current password at its field and keeps the old one", async () => {
    const own = await createTenant();
    const user = own.users.manager as unknown as UserRecord;
    const form = new FormData();
    form.set("onderdeel", "wachtwoord");
    form.set("oldPassword", "niet-het-wachtwoord");
    form.set("password", "nieuw-wachtwoord-9");
    form.set("passwordConfirm", "nieuw-wachtwoord-9");
    const result = (await handleSettingsPost(appClientOf(own.as.manager), user, form, newVisitor(), false)) as SectionResult;
    expect(result.errors).toEqual({ oldPassword: "Het huidige wachtwoord klopt niet." });
    expect(result.values).toEqual({});
    expect(await statusOf(signInWithPassword(own.users.manager))).toBe(200);
  });

  it("ends the sessions elsewhere and keeps this one signed in with the new password", async () => {
    const own = await createTenant();
    const user = own.users.director as unknown as UserRecord;
    const elsewhere = await signInWithPassword(own.users.director);
    const here = appClientOf(await signInWithPassword(own.users.director));
    await changePassword(
      here,
      user,
      { oldPassword: password, password: "nieuw-wachtwoord-9", passwordConfirm: "nieuw-wachtwoord-9" },
      newVisitor(),
    );
    expect(await statusOf(elsewhere.collection("users").authRefresh())).toBe(401);
    expect(await statusOf(here.collection("users").authRefresh())).toBe(200);
    expect(await statusOf(client().collection("users").authWithPassword(user.email, "nieuw-wachtwoord-9"))).toBe(200);
  });
});

describe("the other sections of /instellingen", () => {
  // One account for these: each test changes a different part of it.
  let own: Tenant;
  beforeAll(async () => {
    own = await createTenant();
  });
  const post = async (fields: Record<string, string | string[]>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
    const user = own.users.colleague as unknown as UserRecord;
    const result = (await handleSettingsPost(appClientOf(own.as.colleague), user, form, newVisitor(), false)) as SectionResult;
    return { result, stored: await storedAsAdmin("users", user.id) };
  };

  it("saves the notification preferences and the followed domains", async () => {
    const { result, stored } = await post({
      onderdeel: "meldingen",
      notify_vraag: "site",
      notify_antwoord: "email",
      notify_besluit_nodig: "none",
      notify_evaluatie_te_laat: "both",
      notify_nieuwe_les: "none",
      follows: ["jeugd", "wmo"],
    });
    expect(result.saved).toBe("Uw voorkeuren voor meldingen zijn opgeslagen.");
    expect([
      stored.notify_vraag,
      stored.notify_antwoord,
      stored.notify_besluit_nodig,
      stored.notify_evaluatie_te_laat,
      stored.notify_nieuwe_les,
    ]).toEqual(["site", "email", "none", "both", "none"]);
    expect([...stored.follows].sort()).toEqual(["jeugd", "wmo"]);
  });

  it("switches the own MFA on", async () => {
    const { result, stored } = await post({ onderdeel: "tweestaps", mfa_on: "on" });
    expect(result.error).toBe("");
    expect(stored.mfa_on).toBe(true);
  });

  it("gives a refused name its message at the field and keeps what was typed", async () => {
    const { result, stored } = await post({ onderdeel: "naam", name: "Platformbeheer" });
    expect(result.errors.name).toMatch(/platform/);
    expect(result.values).toEqual({ name: "Platformbeheer" });
    expect(stored.name).not.toBe("Platformbeheer");
  });

  it("does not let a collega require MFA for the municipality", async () => {
    const { result, stored } = await post({ onderdeel: "gemeente", require_mfa: "on" });
    expect(result.error).toBe("Niet opgeslagen: u mag dit niet wijzigen.");
    expect((await storedAsAdmin("municipalities", stored.municipality)).require_mfa).toBe(false);
  });
});
