import PocketBase, { type RecordModel } from "pocketbase";
import { inject } from "vitest";
import { createClient, type TypedPocketBase } from "../../src/data/client.ts";

/**
 * Builds the actors of a rule test against the real PocketBase started by global-setup.ts:
 * municipalities, users per role, and one SDK client per signed-in role.
 */

export const password = "fixture-password-123";

export function client(): PocketBase {
  const pb = new PocketBase(inject("pocketbaseUrl"));
  pb.autoCancellation(false);
  return pb;
}

let adminPromise: Promise<PocketBase> | undefined;
export function admin(): Promise<PocketBase> {
  adminPromise ??= (async () => {
    const pb = client();
    const { email, password } = inject("superuser");
    await pb.collection("_superusers").authWithPassword(email, password);
    return pb;
  })();
  return adminPromise;
}

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export async function createMunicipality(overrides: Partial<RecordModel> = {}): Promise<RecordModel> {
  const pb = await admin();
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = `GM${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
    try {
      return await pb.collection("municipalities").create({
        name: `Testgemeente ${unique()}`,
        cbs_code: code,
        province: "utrecht",
        inhabitants: 40_000,
        ...overrides,
      });
    } catch (error) {
      if (attempt === 4) throw error; // the random code was taken; try another
    }
  }
  throw new Error("unreachable");
}

type Role = "innovatiemanager" | "directeur" | "collega";

async function createUser(municipality: RecordModel, role: Role): Promise<RecordModel> {
  const pb = await admin();
  return pb.collection("users").create({
    email: `${role}-${unique()}@test.proeftuin`,
    password,
    passwordConfirm: password,
    name: `${role} van ${municipality.name}`,
    municipality: municipality.id,
    role,
    verified: true,
  });
}

/**
 * A client signed in as this user. Rule tests need a session, not a sign-in: platformbeheer's
 * impersonation gives the same kind of token without a bcrypt comparison (some 60 ms of CPU each,
 * hundreds per run). Signing in itself, and refreshing a session, are tested with signInWithPassword.
 */
export async function signIn(user: RecordModel): Promise<PocketBase> {
  const pb = await (await admin()).collection("users").impersonate(user.id, 3600);
  pb.autoCancellation(false);
  return pb;
}

/** A client signed in with the user's password, as a person signs in. */
export async function signInWithPassword(user: RecordModel): Promise<PocketBase> {
  const pb = client();
  await pb.collection("users").authWithPassword(user.email, password);
  return pb;
}

/** A municipality with a signed-in client for each role. */
export async function createTenant() {
  const municipality = await createMunicipality();
  const [manager, director, colleague] = await Promise.all(
    (["innovatiemanager", "directeur", "collega"] as const).map((role) => createUser(municipality, role)),
  );
  return {
    municipality,
    users: { manager: manager!, director: director!, colleague: colleague! },
    as: {
      manager: await signIn(manager!),
      director: await signIn(director!),
      colleague: await signIn(colleague!),
    },
  };
}
export type Tenant = Awaited<ReturnType<typeof createTenant>>;

export function pilotData(municipalityId: string, overrides: Record<string, unknown> = {}) {
  return {
    municipality: municipalityId,
    title: `Pilot ${unique()}`,
    summary: "Een korte samenvatting van de pilot.",
    problem: "Het probleem dat deze pilot aanpakt, in een paar zinnen.",
    target_group: "Jongeren van 18 tot 27 jaar",
    domain: "participatie",
    principles: ["maatwerk"],
    stage: "uitvoering",
    visibility: "private",
    partners: [{ name: "UWV", role: "werkgeversdienstverlening" }],
    tags: ["jongeren"],
    ...overrides,
  };
}

export const hypothesisData = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilot: pilotId,
  statement: "Als wij intensief coachen, dan verwachten wij meer jongeren aan het werk.",
  indicator: "percentage met baan",
  unit: "%",
  direction: "omhoog",
  baseline: 68,
  target: 72,
  ...overrides,
});

export const budgetLineData = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilot: pilotId,
  source: "rijk",
  year: 2026,
  planned_cents: 50_000_000,
  spent_cents: 10_000_000,
  ...overrides,
});

export const effectData = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilot: pilotId,
  actor: "zorgverzekeraar",
  kind: "baten",
  year: 2027,
  expected_cents: 40_000_000,
  realised_cents: 0,
  source_note: "MKBA",
  ...overrides,
});

export const riskData = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilot: pilotId,
  title: "Beperkte resultaten",
  category: "beperkte_resultaten",
  likelihood: 3,
  impact: 4,
  mitigation: "Regelmatig evalueren en bijsturen.",
  owner: "Projectleider",
  status: "open",
  ...overrides,
});

/** The HTTP status of a rejected SDK call, or 200 when it went through. */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status !== "number") throw error;
    return status;
  }
}

// ---------------------------------------------------------------------------------------------
// Rule tables: who asks, and who may read what.

export type Visibility = "private" | "network" | "public";
export const visibilities: readonly Visibility[] = ["private", "network", "public"];

/** Everyone a rule test asks: a guest, and each role of the owning and of another municipality. */
export type Actor = "guest" | "ownManager" | "ownDirector" | "ownColleague" | "otherManager" | "otherDirector" | "otherColleague";
export const actors: readonly Actor[] = [
  "guest",
  "ownManager",
  "ownDirector",
  "ownColleague",
  "otherManager",
  "otherDirector",
  "otherColleague",
];

/** Who writes a municipality's pilots and their rows: its innovatiemanager and directeur. */
export const writers: readonly Actor[] = ["ownManager", "ownDirector"];

/** The visibility rule of DESIGN.md: private for the own municipality, network for the signed-in, public for all. */
export function mayRead(actor: Actor, visibility: Visibility): boolean {
  if (visibility === "public") return true;
  if (visibility === "network") return actor !== "guest";
  return actor.startsWith("own");
}

/** Two municipalities ("own" owns the data under test, "other" is a peer) and a client per actor. */
export async function createNeighbours() {
  const [own, other] = await Promise.all([createTenant(), createTenant()]);
  const as: Record<Actor, PocketBase> = {
    guest: client(),
    ownManager: own.as.manager,
    ownDirector: own.as.director,
    ownColleague: own.as.colleague,
    otherManager: other.as.manager,
    otherDirector: other.as.director,
    otherColleague: other.as.colleague,
  };
  return { own, other, as };
}
export type Neighbours = Awaited<ReturnType<typeof createNeighbours>>;

// ---------------------------------------------------------------------------------------------
// Looking behind the rules, as platformbeheer.

/** How many records match the filter, counted by the superuser (past every rule). */
export async function countAsAdmin(collection: string, filter: string, params: Record<string, unknown> = {}): Promise<number> {
  const pb = await admin();
  const page = await pb.collection(collection).getList(1, 1, { filter: pb.filter(filter, params) });
  return page.totalItems;
}

/** The stored record as the superuser sees it. */
export async function storedAsAdmin(collection: string, id: string): Promise<RecordModel> {
  const pb = await admin();
  return pb.collection(collection).getOne(id);
}

/** A record id chosen by the client, as the app does for batches (15 characters a–z, 0–9). */
export function newRecordId(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  let id = "";
  for (let i = 0; i < 15; i++) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return id;
}

/** The status and the per-field error codes of a refused SDK call; status 200 and no fields when it went through. */
export async function refusalOf(call: Promise<unknown>): Promise<{ status: number; fields: string[] }> {
  try {
    await call;
    return { status: 200, fields: [] };
  } catch (error) {
    const { status, response } = error as { status?: number; response?: { data?: Record<string, unknown> } };
    if (typeof status !== "number") throw error;
    return { status, fields: Object.keys(response?.data ?? {}).sort() };
  }
}

// ---------------------------------------------------------------------------------------------
// Evaluations (learning cards) and their parts.

/** The app's own typed client (src/data/client.ts) carrying the session of a fixture's signed-in client; a guest without one. */
export function appClientOf(signedIn?: PocketBase): TypedPocketBase {
  const pb = createClient(inject("pocketbaseUrl"));
  if (signedIn) pb.authStore.save(signedIn.authStore.token, signedIn.authStore.record);
  return pb;
}

/**
 * What a list call answered, so that two probes can be compared: its status and the ids it found.
 * Side-channel probes OR in a control record the asker may see ("id = {:control} || (…)"): a
 * non-empty answer proves the query ran, and keeps PocketBase's randomized throttle of repeated
 * empty filtered lists (up to 500 ms each) out of the run time.
 */
export async function listOutcome(call: Promise<{ items: RecordModel[] }>): Promise<{ status: number; ids: string[] }> {
  try {
    const page = await call;
    return { status: 200, ids: page.items.map((r) => r.id).sort() };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (typeof status !== "number") throw error;
    return { status, ids: [] };
  }
}
