import { spawn, type ChildProcess } from "node:child_process";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject } from "vitest";
import { distEntry, projectRoot } from "../../src/launcher/paths.ts";
import { stopProcessGroup } from "../../src/launcher/pocketbase-process.ts";
import { freePort } from "../support/free-port.ts";
import { baseUrl, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * THEME: a municipality's NL Design System theme restyles the site, the Utrecht components and the
 * site's own colours alike. tests/support/test-theme.css sets a few tokens to colours no real theme
 * uses; the suite's own app wears the default voorbeeld theme. The themed site is the suite's built
 * site started a second time on the suite's PocketBase, as the launcher starts it: a second launcher
 * could rebuild the site under the suite's running app. The launcher's check of THEME is unit-tested
 * (tests/unit/env-theme.test.ts).
 */

const colours = (page: Page) =>
  page.evaluate(() => ({
    themeClass: document.documentElement.className,
    text: getComputedStyle(document.body).color,
    headerBorder: getComputedStyle(document.querySelector(".site-header") as Element).borderBlockEndColor,
  }));

const testTheme = { text: "rgb(139, 0, 0)", headerBorder: "rgb(0, 255, 127)", highRisk: "rgb(255, 215, 0)" };

describe("the theme", () => {
  let themed: ChildProcess | undefined;
  let themedUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    themedUrl = `http://127.0.0.1:${port}`;
    themed = spawn(process.execPath, [distEntry], {
      cwd: projectRoot,
      detached: true,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(port),
        POCKETBASE_URL: inject("pocketbaseUrl"),
        THEME: "tests/support/test-theme.css",
        THEME_CLASS: "proeftuin-testthema",
      },
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answered = await fetch(themedUrl).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) break;
      if (themed.exitCode !== null || Date.now() > deadline) throw new Error("The themed site did not start.");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 40_000);

  afterAll(async () => {
    if (themed) await stopProcessGroup(themed);
  });

  test("is the voorbeeld theme unless THEME names another", async ({ page }) => {
    await page.goto("/");
    const seen = await colours(page);
    expect(seen.themeClass.split(" ")).toContain("voorbeeld-theme");
    expect(seen.text).not.toBe(testTheme.text);
    expect(seen.headerBorder).not.toBe(testTheme.headerBorder);
  });

  test("restyles the components and the site's own colours from THEME's tokens", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: themedUrl });
    try {
      const page = await context.newPage();
      await page.goto("/");
      const seen = await colours(page);
      expect(seen.themeClass.split(" ")).toEqual(["utrecht-root", "proeftuin-testthema"]);
      expect(seen).toMatchObject({ text: testTheme.text, headerBorder: testTheme.headerBorder });
    } finally {
      await context.close();
    }
  });

  test("colours the heat map and the charts from THEME's tokens too", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: themedUrl, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await signInBySession(page, "directie@rotterdam.test");
      await page.goto("/portfolio");
      const highRisk = await page
        .locator("table.heat-map td.heat--hoog")
        .first()
        .evaluate((cell) => getComputedStyle(cell).backgroundColor);
      expect(highRisk).toBe(testTheme.highRisk);
      // The server-drawn charts' grid lines are in a theme colour.
      const gridLine = page.locator('.chart__static--wide g[data-mark="x-grid"] line').first();
      expect(await gridLine.evaluate((line) => getComputedStyle(line).stroke)).toBe(testTheme.headerBorder);
    } finally {
      await context.close();
    }
  });

  test("serves the theme at a versioned URL the browser may keep, and answers 304 when it has it", async ({ page }) => {
    await page.goto("/");
    const href = await page.locator('link[rel="stylesheet"][href^="/thema.css?v="]').getAttribute("href");
    expect(href).toMatch(/^\/thema\.css\?v=[0-9a-f]{16}$/);
    const response = await fetch(new URL(href!, baseUrl()));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(await response.text()).toContain(".voorbeeld-theme");
    const again = await fetch(new URL(href!, baseUrl()), { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
    // An old or made-up version is not promised for a year: the browser asks again next time.
    expect((await fetch(new URL("/thema.css?v=0", baseUrl()))).headers.get("cache-control")).toBe("private, no-cache");
  });
});
