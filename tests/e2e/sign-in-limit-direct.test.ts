import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { fiveWrongThenTooMany, signInAnswer } from "./browser.ts";
import { exitCode, launch, serving, type Run } from "./launcher-process.ts";
import { startPocketBase, type RunningPocketBase } from "../../src/launcher/pocketbase-process.ts";

/**
 * The site deployed without a proxy (no TRUSTED_PROXY): the connection's own address is the
 * visitor, whatever X-Forwarded-For a client sends. Here every visitor is this machine, the
 * address PocketBase used to leave alone.
 */
describe("wrong passwords through a site without a proxy", () => {
  const superuser = { email: "beheer@proeftuin.test", password: "beheer-wachtwoord" };
  const account = { email: "direct@proeftuin.test", password: "direct-wachtwoord" };
  let dataDir: string;
  let pocketbase: RunningPocketBase;
  let site: Run;
  let siteUrl: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "proeftuin-direct-"));
    pocketbase = await startPocketBase({ dataDir, port: await freePort(), superuser, output: "ignore" });
    const admin = new PocketBase(pocketbase.url);
    await admin.collection("_superusers").authWithPassword(superuser.email, superuser.password);
    const municipality = await admin
      .collection("municipalities")
      .create({ name: "Directdorp", cbs_code: "GM9901", province: "utrecht", inhabitants: 20_000 });
    await admin.collection("users").create({
      ...account,
      passwordConfirm: account.password,
      name: "Dirk Direct",
      municipality: municipality.id,
      role: "collega",
      verified: true,
    });
    const port = await freePort();
    siteUrl = `http://127.0.0.1:${port}`;
    site = launch({ POCKETBASE_URL: pocketbase.url, PORT: String(port), HOST: "127.0.0.1", DEMO_DATA: "false", TRUSTED_PROXY: "" });
    await serving(site);
  });

  afterAll(async () => {
    site?.child.kill("SIGTERM");
    if (site) await exitCode(site);
    await pocketbase?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers the sixth of nine wrong attempts as too many, in Dutch, whatever X-Forwarded-For the client sends", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 9; i++) {
      const response = await fetch(`${siteUrl}/inloggen`, {
        method: "POST",
        headers: { origin: siteUrl, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `198.51.100.${i}` },
        body: new URLSearchParams({ email: account.email, password: "verkeerd" }),
        redirect: "manual",
      });
      answers.push(await signInAnswer(response));
    }
    expect(answers).toEqual(fiveWrongThenTooMany);
  });
});
