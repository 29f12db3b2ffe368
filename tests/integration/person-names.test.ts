import type PocketBase from "pocketbase";
import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { admin, createMunicipality, createTenant, password, storedAsAdmin, type Tenant } from "./fixtures.ts";

/**
 * An account's name is what comments and the audit trail show, so PocketBase refuses names that
 * pose as the platform and names that another account already has (pb_hooks/person_names.pb.js),
 * on every write: platformbeheer creating an account as much as a user renaming themselves.
 */

/** The status and the Dutch message on the name field of a refused call; 200 and "" when it went through. */
async function nameRefusal(call: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await call;
    return { status: 200, message: "" };
  } catch (error) {
    const { status, response } = error as { status?: number; response?: { data?: { name?: { message?: string } } } };
    if (typeof status !== "number") throw error;
    return { status, message: response?.data?.name?.message ?? "" };
  }
}

/** Letters only, so that a name made with it is unique in the shared PocketBase and still a name. */
const letters = () => Array.from({ length: 8 }, () => "bcdfghjkmnpqrstvwxz"[Math.floor(Math.random() * 19)]).join("");

let municipality: RecordModel;
let superuser: PocketBase;
const createAccount = (name: string) =>
  superuser.collection("users").create({
    email: `naam-${letters()}@test.proeftuin`,
    password,
    passwordConfirm: password,
    name,
    municipality: municipality.id,
    role: "innovatiemanager",
    verified: true,
  });

beforeAll(async () => {
  superuser = await admin();
  municipality = await createMunicipality();
});

const imitations = [
  "platformbeheer",
  "Platform Beheer",
  "PLATFORM-BEHEER",
  "pl4tformbeheer",
  "pIatformbeheer",
  "Plаtformbeheer", // Cyrillic а
  "Team Platformbeheer",
  "Beheerder",
  "Proeftuin",
  "admin",
  "Administrator",
  "Systeem",
  "superuser",
  "Moderator",
  "plat\u200Bformbeheer", // zero-width space
  "\u202Ereehebmroftalp", // shown right to left: "platformbeheer"
];

describe("names that pose as the platform", () => {
  let tenant: Tenant;
  beforeAll(async () => {
    tenant = await createTenant();
  });

  it.each(imitations)("platformbeheer cannot create an account named %j (400, Dutch message on the name)", async (name) => {
    const refusal = await nameRefusal(createAccount(name));
    expect(refusal.status).toBe(400);
    expect(refusal.message).toMatch(/^(Deze naam|Een naam)/);
  });

  it.each(imitations)("a user cannot rename themselves to %j (400, Dutch message on the name)", async (name) => {
    const me = tenant.users.manager;
    const refusal = await nameRefusal(tenant.as.manager.collection("users").update(me.id, { name }));
    expect(refusal.status).toBe(400);
    expect(refusal.message).toMatch(/^(Deze naam|Een naam)/);
    expect((await storedAsAdmin("users", me.id)).name).toBe(me.name);
  });
});

describe("a name that another account already has", () => {
  const taken = `Marloes van den Berg ${letters()}`;
  let tenant: Tenant;
  beforeAll(async () => {
    await createAccount(taken);
    tenant = await createTenant();
  });

  const variants = [
    { how: "the same", name: (n: string) => n },
    { how: "in capitals", name: (n: string) => n.toUpperCase() },
    { how: "in lower case", name: (n: string) => n.toLowerCase() },
    { how: "without spaces", name: (n: string) => n.replace(/ /g, "") },
    { how: "with hyphens", name: (n: string) => n.replace(/ /g, "-") },
    { how: "with accents", name: (n: string) => n.replace(/e/g, "é").replace(/a/g, "á") },
    { how: "with a look-alike digit", name: (n: string) => n.replace("o", "0") },
  ];

  it.each(variants)("platformbeheer cannot create a second account with that name $how (400)", async ({ name }) => {
    const refusal = await nameRefusal(createAccount(name(taken)));
    expect(refusal.status).toBe(400);
    expect(refusal.message).toMatch(/ander account/);
  });

  it.each(variants)("a user of another municipality cannot take that name $how (400)", async ({ name }) => {
    const me = tenant.users.colleague;
    const refusal = await nameRefusal(tenant.as.colleague.collection("users").update(me.id, { name: name(taken) }));
    expect(refusal.status).toBe(400);
    expect(refusal.message).toMatch(/ander account/);
    expect((await storedAsAdmin("users", me.id)).name).toBe(me.name);
  });

  it("a user may write their own name differently (capitals, accents)", async () => {
    const me = tenant.users.director;
    const name = `Kim Baş ${letters()}`;
    await tenant.as.director.collection("users").update(me.id, { name });
    expect(await nameRefusal(tenant.as.director.collection("users").update(me.id, { name: name.replace("Baş", "BAS") }))).toEqual({
      status: 200,
      message: "",
    });
  });
});

describe("ordinary names", () => {
  it.each(["Fatima el Amrani", "Jan de Vries", "José Ángel Núñez", "Zoë O'Brien-van Dijk", "Kees van Rootselaar"])(
    "platformbeheer creates an account named %s",
    async (name) => {
      const created = await createAccount(name);
      expect((await storedAsAdmin("users", created.id)).name).toBe(name);
    },
  );

  it("a user renames themselves to an ordinary name", async () => {
    const tenant = await createTenant();
    const me = tenant.users.colleague;
    const name = `Anne-Marie d'Hondt ${letters()}`;
    expect(await nameRefusal(tenant.as.colleague.collection("users").update(me.id, { name }))).toEqual({ status: 200, message: "" });
    expect((await storedAsAdmin("users", me.id)).name).toBe(name);
  });

  it("a password change that sends the unchanged name along is not taken for a duplicate of itself", async () => {
    const tenant = await createTenant();
    const me = tenant.users.manager;
    const update = { name: me.name, oldPassword: password, password: `${password}-2`, passwordConfirm: `${password}-2` };
    expect((await nameRefusal(tenant.as.manager.collection("users").update(me.id, update))).status).toBe(200);
  });
});
