import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PocketBase from "pocketbase";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { expectNoAxeViolations, launchBrowser } from "./browser.ts";
import { exitCode, launch, type Run, serving } from "./launcher-process.ts";

/**
 * A broad lesson question on the page (decision 019). The demo network's 38 lessons are far below
 * the window of 10,000, so this starts an app of its own with a window of 30 lessons and adds 25
 * lessons about "mantelzorgcafés": more than a page of hits among the newest 30.
 */

let app: Run;
let browser: Browser;
let origin = "";
const dataDir = mkdtempSync(join(tmpdir(), "proeftuin-broad-"));

beforeAll(async () => {
  const ports = { site: await freePort(), pocketbase: await freePort(), mailbox: await freePort() };
  origin = `http://127.0.0.1:${ports.site}`;
  app = launch({
    ...{ POCKETBASE_DIR: dataDir, PORT: String(ports.site), POCKETBASE_PORT: String(ports.pocketbase), HOST: "127.0.0.1" },
    ...{ MAILBOX_PORT: String(ports.mailbox), SMTP_URL: "", SMTP_HOST: "", PROEFTUIN_SEARCH_WINDOW: "30" },
  });
  await serving(app);
  const pb = new PocketBase(`http://127.0.0.1:${ports.pocketbase}`);
  pb.autoCancellation(false);
  await pb.collection("users").authWithPassword("innovatie@rotterdam.test", "proeftuin-demo");
  for (let i = 1; i <= 25; i++)
    await pb.collection("lessons").create({
      municipality: pb.authStore.record?.municipality,
      author: pb.authStore.record?.id,
      title: `Mantelzorgcafé ${i}: wat we leerden`,
      body: `In het mantelzorgcafé van wijk ${i} vonden mantelzorgers elkaar en de weg naar ondersteuning.`,
      kind: i % 2 ? "tip" : "werkzaam_element",
      domain: "wmo",
      principles: ["samenwerking"],
      tags: ["mantelzorg"],
      visibility: "public",
    });
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  app?.child.kill("SIGTERM");
  if (app) await exitCode(app);
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a broad lesson question", () => {
  it("says its counts are estimates and its hits come newest first, and passes axe", async () => {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    await page.goto("/lessen?q=mantelzorgcafe");
    const status = page.getByRole("status");
    await expect(status.textContent()).resolves.toMatch(/^\s*ca\. \d+ lessen gevonden – pagina 1 van ca\. \d+\s*\(nieuwste eerst\)\s*$/);
    await expect(page.getByText("Bij deze zoekvraag passen zoveel lessen dat de aantallen een schatting zijn").count()).resolves.toBe(1);
    const facetCounts = await page.locator("nav.facets li").allTextContents();
    expect(facetCounts.length).toBeGreaterThan(0);
    expect(facetCounts.every((text) => /\(ca\. \d+\)/.test(text))).toBe(true);
    await expectNoAxeViolations(page);

    // The same app answers a word of few lessons exactly, best match first.
    await page.goto("/lessen?q=corporaties");
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/lessen gevonden\s*\(meest passende eerst\)/);
    expect((await page.locator("nav.facets li").allTextContents()).some((text) => text.includes("ca."))).toBe(false);

    // /zoeken shows the lesson count as the library does.
    await page.goto("/zoeken?q=mantelzorgcafe");
    await expect(page.getByRole("heading", { level: 2, name: /^Lessen \(ca\. \d+\)$/ }).count()).resolves.toBe(1);
    await context.close();
  });
});
