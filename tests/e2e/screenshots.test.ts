import { mkdirSync } from "node:fs";
import { describe, expect } from "vitest";
import { addSessionCookie, sessionCookie } from "./browser.ts";
import { test } from "./fixtures.ts";
import { findIds, type Ids } from "./routes.ts";

/**
 * Screenshots of the main pages on a phone, a tablet and a desktop, written to
 * test-results/screenshots/<page>-<width>.png for people to look at; each page must load.
 */
const widths = [320, 768, 1280];

describe("screenshots of the main pages", () => {
  let ids: Ids;
  let cookie: string;

  test.beforeAll(async ({ browser }) => {
    ids = await findIds(browser);
    cookie = await sessionCookie("innovatie@zwolle.test");
    mkdirSync("test-results/screenshots", { recursive: true });
  });

  test.for(widths)("at %i px", async (width, { page }) => {
    await addSessionCookie(page, cookie);
    await page.setViewportSize({ width, height: 900 });
    const pages = {
      home: "/",
      pilots: "/pilots",
      pilot: `/pilots/${ids.ownPilot}`,
      lessen: "/lessen",
      les: `/lessen/${ids.lesson}`,
      portfolio: "/portfolio",
      rapport: "/portfolio/rapport",
      "pilot-nieuw": "/pilots/nieuw",
    };
    const statuses: Record<string, number> = {};
    for (const [name, route] of Object.entries(pages)) {
      statuses[name] = (await page.goto(route))?.status() ?? 0;
      // Charts are drawn on the server: in the page as it arrives, nothing to wait for.
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
    }
    expect(statuses).toEqual(Object.fromEntries(Object.keys(pages).map((name) => [name, 200])));
  });
});
