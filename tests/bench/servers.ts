/**
 * The servers the bench runs: a PocketBase for the migrations and the one account made through the
 * API, then PocketBase on the full data set and the built site against it; and stopping them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { distEntry, projectRoot } from "../../src/launcher/paths.ts";
import { startPocketBase, stopProcessGroup, type RunningPocketBase } from "../../src/launcher/pocketbase-process.ts";
import { freePort } from "../support/free-port.ts";
import { stopLoad } from "./measure.ts";
import type { MunicipalityPlan } from "./plan.ts";
import { BENCH_PASSWORD, KEPT_DATA } from "./settings.ts";

/** What is running or on disk now, for cleanup(). */
export const servers: { dataDir?: string; pocketbase?: RunningPocketBase; site?: ChildProcess } = {};
let cleaning: Promise<void> | undefined;
/** Error lines the site printed, without their time stamp, with how often each came. */
export const siteErrors = new Map<string, number>();

export type Prepared = Awaited<ReturnType<typeof prepareThroughApi>>;

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    stopLoad();
    if (servers.site) await stopProcessGroup(servers.site).catch(() => undefined);
    if (servers.pocketbase) await servers.pocketbase.stop().catch(() => undefined);
    if (servers.dataDir && servers.dataDir !== KEPT_DATA) rmSync(servers.dataDir, { recursive: true, force: true });
  })();
  return cleaning;
}

async function json<T>(response: Response, what: string): Promise<T> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

/** Phase 2a: a fresh PocketBase runs its migrations; GM0001 and one user are made through the API. */
export async function prepareThroughApi(dataDir: string, plan: MunicipalityPlan[]) {
  const superuser = { email: "bench-beheer@proeftuin.invalid", password: randomBytes(18).toString("hex") };
  const pocketbase = await startPocketBase({ dataDir, port: await freePort(), superuser, output: "ignore" });
  servers.pocketbase = pocketbase;
  const url = pocketbase.url;
  const { token } = await json<{ token: string }>(
    await fetch(`${url}/api/collections/_superusers/auth-with-password`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ identity: superuser.email, password: superuser.password }),
    }),
    "beheerder aanmelden",
  );
  const asSuperuser = { "content-type": "application/json", authorization: token };
  const first = plan[0]!;
  const municipality = await json<{ id: string; size_class: string }>(
    await fetch(`${url}/api/collections/municipalities/records`, {
      method: "POST",
      headers: asSuperuser,
      body: JSON.stringify({ name: first.name, cbs_code: first.cbs_code, province: first.province, inhabitants: first.inhabitants }),
    }),
    "gemeente GM0001 aanmaken",
  );
  if (municipality.size_class !== first.size_class) throw new Error(`size_class ${municipality.size_class}, verwacht ${first.size_class}`);
  const email = "innovatie.bench@gm0001.test";
  const name = "Bench Innovatiemanager";
  const user = await json<{ id: string }>(
    await fetch(`${url}/api/collections/users/records`, {
      method: "POST",
      headers: asSuperuser,
      body: JSON.stringify({
        email,
        password: BENCH_PASSWORD,
        passwordConfirm: BENCH_PASSWORD,
        name,
        municipality: municipality.id,
        role: "innovatiemanager",
        verified: true,
      }),
    }),
    "gebruiker aanmaken",
  );
  await pocketbase.stop();
  servers.pocketbase = undefined;

  const db = new DatabaseSync(join(dataDir, "data.db"));
  const row = db.prepare("SELECT password, tokenKey FROM users WHERE id = ?").get(user.id) as
    | { password: string; tokenKey: string }
    | undefined;
  const sqliteVersion = (db.prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  db.close();
  if (!row?.password.startsWith("$2")) throw new Error("wachtwoord-hash van de API-gebruiker niet gevonden");
  if (!/^[A-Za-z0-9]{50}$/.test(row.tokenKey)) throw new Error(`onverwacht tokenKey-patroon (${row.tokenKey.length} tekens)`);
  return { municipalityId: municipality.id, user: { id: user.id, name, email }, passwordHash: row.password, sqliteVersion };
}

export async function startSite(pocketbaseUrl: string): Promise<string> {
  const port = await freePort();
  const recent: string[] = [];
  const site = spawn(process.execPath, [distEntry], {
    cwd: projectRoot,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      POCKETBASE_URL: pocketbaseUrl,
      ASTRO_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
  });
  servers.site = site;
  for (const stream of [site.stdout, site.stderr]) {
    stream?.on("data", (chunk: Buffer) => {
      const lines = chunk.toString().split("\n").filter(Boolean);
      recent.push(...lines);
      recent.splice(0, Math.max(0, recent.length - 20));
      for (const line of lines) {
        if (!line.includes("[ERROR]")) continue;
        const message = line.replace(/^\S*\d\d:\d\d:\d\d\S*\s*/, "").slice(0, 160);
        siteErrors.set(message, (siteErrors.get(message) ?? 0) + 1);
      }
    });
  }
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (site.exitCode !== null) throw new Error(`de site stopte meteen (code ${site.exitCode}): ${recent.slice(-5).join(" | ")}`);
    try {
      await fetch(origin, { redirect: "manual" });
      return origin;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`de site antwoordde niet binnen 60 s op ${origin}`);
}

export async function signIn(origin: string, email: string): Promise<{ cookie: string; token: string }> {
  const response = await fetch(`${origin}/inloggen`, {
    method: "POST",
    redirect: "manual",
    headers: { origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD }).toString(),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((line) => line.startsWith("pb_auth="))
    ?.split(";")[0];
  if (response.status !== 303 || !cookie) throw new Error(`inloggen mislukt: status ${response.status}`);
  const session = JSON.parse(decodeURIComponent(cookie.slice("pb_auth=".length))) as { token?: string };
  if (!session.token) throw new Error("geen token in het sessiecookie");
  return { cookie, token: session.token };
}

export type PocketBaseError = { request: string; status: number; details: string; count: number };

/** PocketBase's own log of answers ≥ 400 during the run, by path, status and reason. */
export function pocketBaseErrors(auxiliaryDb: string): PocketBaseError[] {
  const db = new DatabaseSync(auxiliaryDb, { readOnly: true });
  try {
    const rows = db
      .prepare(
        `SELECT json_extract(data, '$.method') || ' ' || json_extract(data, '$.url') AS request, json_extract(data, '$.status') AS status,
           COALESCE(json_extract(data, '$.details'), '') AS details
         FROM _logs WHERE json_extract(data, '$.status') >= 400`,
      )
      .all() as Array<{ request: string; status: number; details: string }>;
    const groups = new Map<string, PocketBaseError>();
    for (const row of rows) {
      const request = row.request.split("?")[0]!;
      // Bound parameter names differ per query ({:f59c3MOlobw}); the reason does not.
      const details = row.details.replace(/\{:[A-Za-z0-9_]+\}/g, "{:…}").slice(0, 140);
      const key = `${request}|${row.status}|${details}`;
      const group = groups.get(key) ?? { request, status: Number(row.status), details, count: 0 };
      group.count += 1;
      groups.set(key, group);
    }
    return [...groups.values()].sort((a, b) => b.count - a.count);
  } finally {
    db.close();
  }
}
