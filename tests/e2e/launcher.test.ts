import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { errorLines, exitCode, launch, serving } from "./launcher-process.ts";
import { startPocketBase, upsertSuperuser } from "../../src/launcher/pocketbase-process.ts";
import { isPortFree } from "../../src/launcher/port-check.ts";

/** `npm start`'s launcher: clear one-line configuration errors, a clean stop, and data that survives it. */

describe("the launcher", () => {
  // The suite's app was built by the launcher under vitest (NODE_ENV=test); the islands must still
  // be bundled with React's production runtime, as the site renders with its production build.
  it("builds the islands for production whatever NODE_ENV it runs under", () => {
    const bundles = readdirSync(join(import.meta.dirname, "../../dist/client/_astro"));
    expect(bundles.some((name) => name.startsWith("PilotForm."))).toBe(true);
    expect(bundles.filter((name) => name.includes("jsx-dev-runtime"))).toEqual([]);
  });

  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    [{ PORT: "abc" }, "Configuratiefout: PORT moet een poortnummer"],
    [{ POCKETBASE_PORT: "70000" }, "Configuratiefout: POCKETBASE_PORT moet een poortnummer"],
    [{ POCKETBASE_ADMIN_EMAIL: "beheer@example.nl" }, "Zet POCKETBASE_ADMIN_EMAIL en POCKETBASE_ADMIN_PASSWORD allebei"],
    [{ POCKETBASE_URL: "geen-url" }, "POCKETBASE_URL is geen geldige http(s)-URL"],
    [{ SITE_URL: "proeftuin.gemeente.nl" }, "SITE_URL is geen geldige http(s)-URL"],
    [{ TRUSTED_PROXY: "proxy.gemeente.nl" }, "TRUSTED_PROXY moet één IP-adres zijn"],
    [{ SMTP_URL: "mail.gemeente.nl:25" }, "Configuratiefout: SMTP_URL moet de vorm smtp://"],
  ])("refuses %o with one clear line", async (env, message) => {
    const run = launch(env);
    expect(await exitCode(run)).toBe(1);
    const lines = errorLines(run.output());
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(message);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it("says in one line when POCKETBASE_URL does not answer", async () => {
    const run = launch({ POCKETBASE_URL: `http://127.0.0.1:${await freePort()}`, PORT: String(await freePort()) });
    expect(await exitCode(run)).toBe(1);
    const lines = errorLines(run.output());
    expect(lines.at(-1)).toContain("antwoordt niet");
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it("seeds once, stops both processes on SIGTERM, and keeps what was written", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-launcher-"));
    dirs.push(dataDir);
    const ports = { site: await freePort(), pocketbase: await freePort(), mailbox: await freePort() };
    const env = {
      ...{ POCKETBASE_DIR: dataDir, PORT: String(ports.site), POCKETBASE_PORT: String(ports.pocketbase), HOST: "127.0.0.1" },
      ...{ MAILBOX_PORT: String(ports.mailbox), SMTP_URL: "", SMTP_HOST: "" },
    };

    const first = launch(env);
    await serving(first);
    expect(first.output()).toMatch(/Demo-netwerk geladen: 4 gemeenten, 9 accounts, \d+ pilots/);
    expect(first.output()).toContain(`E-mail: geen SMTP ingesteld; alle mail staat in de testmailbox op http://127.0.0.1:${ports.mailbox}`);
    const pb = new PocketBase(`http://127.0.0.1:${ports.pocketbase}`);
    await pb.collection("users").authWithPassword("innovatie@rotterdam.test", "proeftuin-demo");
    const created = await pb.collection("pilots").create({
      municipality: pb.authStore.record?.municipality,
      title: "Geschreven vlak voor het stoppen",
      summary: "Deze pilot moet een herstart overleven.",
      problem: "Gegevens mogen niet verloren gaan bij stoppen.",
      target_group: "Iedereen",
      domain: "overig",
      stage: "idee",
      visibility: "private",
    });

    first.child.kill("SIGTERM");
    expect(await exitCode(first)).toBe(0);
    expect(await isPortFree(ports.site, "127.0.0.1")).toBe(true);
    expect(await isPortFree(ports.pocketbase, "127.0.0.1")).toBe(true);
    expect(await isPortFree(ports.mailbox, "127.0.0.1")).toBe(true);

    const second = launch(env);
    await serving(second);
    expect(second.output()).not.toContain("Demo-netwerk geladen");
    second.child.kill("SIGTERM");
    expect(await exitCode(second)).toBe(0);

    // No superuser was configured, so the temporary one used for seeding must be gone again.
    upsertSuperuser(dataDir, "controle@proeftuin.test", "controle-wachtwoord");
    const check = await startPocketBase({ dataDir, port: ports.pocketbase, output: "ignore" });
    try {
      const admin = new PocketBase(check.url);
      await admin.collection("_superusers").authWithPassword("controle@proeftuin.test", "controle-wachtwoord");
      const superusers = await admin.collection("_superusers").getFullList();
      expect(superusers.map((user) => user.email)).toEqual(["controle@proeftuin.test"]);
      expect((await admin.collection("pilots").getOne(created.id)).title).toBe("Geschreven vlak voor het stoppen");
      expect((await admin.collection("municipalities").getFullList()).length).toBe(4);
    } finally {
      await check.stop();
    }
  });

  it("answers 503 with a Dutch page while PocketBase is down, and recovers by itself when it is back", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-down-"));
    dirs.push(dataDir);
    const ports = { site: await freePort(), pocketbase: await freePort() };
    let pocketbase = await startPocketBase({ dataDir, port: ports.pocketbase, output: "ignore" });
    const site = launch({ POCKETBASE_URL: pocketbase.url, PORT: String(ports.site), HOST: "127.0.0.1", DEMO_DATA: "false" });
    try {
      await serving(site);
      const url = `http://127.0.0.1:${ports.site}/pilots`;
      expect((await fetch(url)).status).toBe(200);

      await pocketbase.stop();
      const down = await fetch(url);
      expect(down.status).toBe(503);
      expect(down.headers.get("retry-after")).toBe("30");
      expect(await down.text()).toContain("Proeftuin is tijdelijk niet beschikbaar");

      pocketbase = await startPocketBase({ dataDir, port: ports.pocketbase, output: "ignore" });
      expect((await fetch(url)).status).toBe(200);
    } finally {
      site.child.kill("SIGTERM");
      await exitCode(site);
      await pocketbase.stop();
    }
  });
});
