import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port.ts";
import { expectNoAxeViolations, launchBrowser } from "./browser.ts";
import { exitCode, launch, type Run, serving } from "./launcher-process.ts";

/**
 * A broad lesson question on the page (decision 019). The demo network's 38 lessons are far below
 * the window of 10,000, so this starts an app of its own with a window of 8 lessons: "werk" is then
 * found in enough of the newest lessons to be broad.
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
    ...{ MAILBOX_PORT: String(ports.mailbox), SMTP_URL: "", SMTP_HOST: "", PROEFTUIN_SEARCH_WINDOW: "8" },
  });
  await serving(app);
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
    await page.goto("/lessen?q=werk");
    const status = page.getByRole("status");
    await expect(status.textContent()).resolves.toMatch(/^\s*\d+ lessen gevonden\s*\(nieuwste eerst\)\s*$/);
    await expect(page.getByText("Bij deze zoekvraag passen zoveel lessen dat de aantallen een schatting zijn").count()).resolves.toBe(1);
    const facetCounts = await page.locator("nav.facets li").allTextContents();
    expect(facetCounts.length).toBeGreaterThan(0);
    expect(facetCounts.every((text) => /\(ca\. \d+\)/.test(text))).toBe(true);
    await expectNoAxeViolations(page);

    // The same app answers a word of few lessons exactly, best match first.
    await page.goto("/lessen?q=wijk");
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/lessen gevonden\s*\(meest passende eerst\)/);
    expect((await page.locator("nav.facets li").allTextContents()).some((text) => text.includes("ca."))).toBe(false);

    // /zoeken shows the lesson count as the library does.
    await page.goto("/zoeken?q=werk");
    await expect(page.getByRole("heading", { level: 2, name: /^Lessen \(\d+\)$/ }).count()).resolves.toBe(1);
    await context.close();
  });
});
