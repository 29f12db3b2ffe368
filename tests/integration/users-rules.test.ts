import { beforeAll, describe, expect, it } from "vitest";
import { type Neighbours, client, countAsAdmin, createNeighbours, password, statusOf, storedAsAdmin } from "./fixtures.ts";

/**
 * Accounts: no open sign-up (a directeur invites into the own municipality: account-rules.test.ts);
 * a user edits their own profile, never role or municipality; users see the accounts of their own
 * municipality. Municipalities are public.
 */

describe("no open sign-up", () => {
  let n: Neighbours;
  beforeAll(async () => {
    n = await createNeighbours();
  });

  // A failed create rule answers 400; only the own directeur passes it (account-rules.test.ts).
  it.each(["guest", "ownManager", "ownColleague", "otherDirector"] as const)("%s cannot create an account (400)", async (actor) => {
    const email = `aanmelding-${actor}-${Date.now()}@test.proeftuin`;
    const signUp = n.as[actor].collection("users").create({
      email,
      password,
      passwordConfirm: password,
      name: "Nieuwe gebruiker",
      municipality: n.own.municipality.id,
      role: "directeur",
    });
    expect(await statusOf(signUp)).toBe(400);
    expect(await countAsAdmin("users", "email = {:email}", { email })).toBe(0);
  });
});

describe("a user's own account", () => {
  let n: Neighbours;
  beforeAll(async () => {
    n = await createNeighbours();
  });

  const protectedChanges = [
    { field: "role", value: "directeur" },
    { field: "municipality", value: "other" },
    { field: "email", value: "iemand-anders@test.proeftuin" },
    { field: "verified", value: false },
  ] as const;

  it.each(protectedChanges)("a colleague cannot change their own $field (404)", async ({ field, value }) => {
    const me = n.own.users.colleague;
    const change = value === "other" ? n.other.municipality.id : value;
    expect(await statusOf(n.own.as.colleague.collection("users").update(me.id, { [field]: change }))).toBe(404);
    const stored = await storedAsAdmin("users", me.id);
    expect([stored.role, stored.municipality, stored.email, stored.verified]).toEqual(["collega", n.own.municipality.id, me.email, true]);
  });

  it("a manager cannot promote themselves to directeur (404)", async () => {
    const me = n.own.users.manager;
    expect(await statusOf(n.own.as.manager.collection("users").update(me.id, { role: "directeur" }))).toBe(404);
    expect((await storedAsAdmin("users", me.id)).role).toBe("innovatiemanager");
  });

  it("a user can change their own name (200)", async () => {
    const me = n.own.users.director;
    const name = `Nieuwe naam ${me.id}`;
    expect(await statusOf(n.own.as.director.collection("users").update(me.id, { name }))).toBe(200);
    expect((await storedAsAdmin("users", me.id)).name).toBe(name);
  });

  it("a user can send their unchanged role and municipality along with a new name", async () => {
    const me = n.own.users.manager;
    const name = `Bewerkt ${me.id}`;
    const update = { name, role: "innovatiemanager", municipality: n.own.municipality.id };
    expect(await statusOf(n.own.as.manager.collection("users").update(me.id, update))).toBe(200);
    expect((await storedAsAdmin("users", me.id)).name).toBe(name);
  });

  it("a director cannot rename a colleague of the same municipality (404); their role is in account-rules.test.ts", async () => {
    const user = n.own.users.colleague;
    expect(await statusOf(n.own.as.director.collection("users").update(user.id, { name: "Overgenomen" }))).toBe(404);
    expect((await storedAsAdmin("users", user.id)).name).toBe(user.name);
  });

  it("a director cannot update a user of another municipality (404)", async () => {
    const user = n.other.users.manager;
    expect(await statusOf(n.own.as.director.collection("users").update(user.id, { name: "Overgenomen" }))).toBe(404);
    expect(await statusOf(n.own.as.director.collection("users").update(user.id, { role: "directeur" }))).toBe(404);
    const stored = await storedAsAdmin("users", user.id);
    expect([stored.name, stored.role]).toEqual([user.name, user.role]);
  });

  it.each(["ownDirector", "otherDirector", "guest"] as const)("%s cannot delete an account (403)", async (actor) => {
    expect(await statusOf(n.as[actor].collection("users").delete(n.own.users.colleague.id))).toBe(403);
    expect(await countAsAdmin("users", "id = {:id}", { id: n.own.users.colleague.id })).toBe(1);
  });

  it("a user cannot delete their own account (403)", async () => {
    const me = n.own.users.colleague;
    expect(await statusOf(n.own.as.colleague.collection("users").delete(me.id))).toBe(403);
    expect(await countAsAdmin("users", "id = {:id}", { id: me.id })).toBe(1);
  });
});

describe("seeing accounts", () => {
  let n: Neighbours;
  beforeAll(async () => {
    n = await createNeighbours();
  });

  const ownIds = () =>
    Object.values(n.own.users)
      .map((u) => u.id)
      .sort();
  const otherIds = () =>
    Object.values(n.other.users)
      .map((u) => u.id)
      .sort();

  it.each(["ownManager", "ownDirector", "ownColleague"] as const)(
    "%s lists exactly the accounts of the own municipality",
    async (actor) => {
      const pb = n.as[actor];
      const filter = pb.filter("municipality = {:a} || municipality = {:b}", { a: n.own.municipality.id, b: n.other.municipality.id });
      const listed = await pb.collection("users").getFullList({ filter });
      expect(listed.map((u) => u.id).sort()).toEqual(ownIds());
    },
  );

  it.each(["ownManager", "ownColleague"] as const)(
    "%s views an account of the own municipality (200) but not of another (404)",
    async (actor) => {
      const pb = n.as[actor];
      expect(await statusOf(pb.collection("users").getOne(n.own.users.director.id))).toBe(200);
      for (const id of otherIds()) expect(await statusOf(pb.collection("users").getOne(id))).toBe(404);
    },
  );

  it("a colleague does not see other users' e-mail addresses", async () => {
    const viewed = await n.own.as.colleague.collection("users").getOne(n.own.users.director.id);
    expect(viewed.email ?? "").toBe("");
  });

  it("a guest sees no accounts at all", async () => {
    const guest = client();
    expect((await guest.collection("users").getList(1, 50)).totalItems).toBe(0);
    expect(await statusOf(guest.collection("users").getOne(n.own.users.manager.id))).toBe(404);
  });

  it.each(["guest", "otherManager"] as const)(
    "%s cannot probe a municipality's accounts through municipalities (users_via_municipality)",
    async (actor) => {
      const pb = n.as[actor];
      const probe = (field: string) =>
        pb.collection("municipalities").getList(1, 10, {
          filter: pb.filter(`id = {:m} && users_via_municipality.${field} ?= {:v}`, {
            m: n.own.municipality.id,
            v: field === "name" ? n.own.users.director.name : field === "email" ? n.own.users.director.email : "directeur",
          }),
        });
      for (const field of ["name", "email", "role"]) expect((await probe(field)).totalItems).toBe(0);
    },
  );

  it("the own manager finds the own municipality by its director's name through users_via_municipality (control)", async () => {
    const pb = n.own.as.manager;
    const found = await pb.collection("municipalities").getFullList({
      filter: pb.filter("id = {:m} && users_via_municipality.name ?= {:v}", { m: n.own.municipality.id, v: n.own.users.director.name }),
    });
    expect(found.map((m) => m.id)).toEqual([n.own.municipality.id]);
  });
});

describe("municipalities", () => {
  let n: Neighbours;
  beforeAll(async () => {
    n = await createNeighbours();
  });

  it("a guest lists and views municipalities (200)", async () => {
    const guest = client();
    const listed = await guest.collection("municipalities").getFullList({
      filter: guest.filter("id = {:a} || id = {:b}", { a: n.own.municipality.id, b: n.other.municipality.id }),
    });
    expect(listed.map((m) => m.id).sort()).toEqual([n.own.municipality.id, n.other.municipality.id].sort());
    expect((await guest.collection("municipalities").getOne(n.own.municipality.id)).cbs_code).toBe(n.own.municipality.cbs_code);
  });

  const writers = ["guest", "ownManager", "ownDirector", "ownColleague"] as const;

  it.each(writers)("%s cannot create a municipality (403)", async (actor) => {
    const name = `Nepgemeente ${actor} ${Date.now()}`;
    const create = n.as[actor].collection("municipalities").create({ name, cbs_code: "GM9999", province: "zeeland", inhabitants: 1000 });
    expect(await statusOf(create)).toBe(403);
    expect(await countAsAdmin("municipalities", "name = {:name}", { name })).toBe(0);
  });

  // 404, not 403: a directeur may change require_mfa of the own municipality and nothing else
  // (migration 1764152930; account-settings.test.ts), so the collection has an update rule now.
  it.each(writers)("%s cannot update the own municipality's inhabitants (404)", async (actor) => {
    const update = n.as[actor].collection("municipalities").update(n.own.municipality.id, { inhabitants: 1 });
    expect(await statusOf(update)).toBe(404);
    expect((await storedAsAdmin("municipalities", n.own.municipality.id)).inhabitants).toBe(n.own.municipality.inhabitants);
  });

  it.each(writers)("%s cannot delete a municipality (403)", async (actor) => {
    expect(await statusOf(n.as[actor].collection("municipalities").delete(n.own.municipality.id))).toBe(403);
    expect(await countAsAdmin("municipalities", "id = {:id}", { id: n.own.municipality.id })).toBe(1);
  });
});
