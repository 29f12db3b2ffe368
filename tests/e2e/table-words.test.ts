import { describe, expect } from "vitest";
import { addSessionCookie, sessionCookie } from "./browser.ts";
import { test } from "./fixtures.ts";
import { wordsBrokenInTables } from "./layout-checks.ts";
import { findIds, type Ids } from "./routes.ts";

/**
 * Tables stay readable at every width: no word in a header or cell is broken across lines (split
 * mid-word or hyphenated), on a phone, a tablet and a desktop. Checked on a pilot page with
 * measurements, budget and risks, and on the portfolio and its report.
 */
const widths = [390, 768, 1280];

describe("no table breaks a word", () => {
  let ids: Ids;
  let cookie: string;

  test.beforeAll(async ({ browser }) => {
    ids = await findIds(browser);
    cookie = await sessionCookie("innovatie@zwolle.test");
  });

  test.for(widths)("at %i px", async (width, { page }) => {
    await addSessionCookie(page, cookie);
    await page.setViewportSize({ width, height: 900 });
    const broken: Record<string, string[]> = {};
    for (const route of [`/pilots/${ids.ownPilot}`, "/portfolio", "/portfolio/rapport", "/portfolio/risicos"]) {
      await page.goto(route);
      // The page must have tables for the check to mean anything.
      expect(await page.locator("main td").count(), route).toBeGreaterThan(0);
      const words = await wordsBrokenInTables(page);
      if (words.length > 0) broken[route] = words;
    }
    expect(broken).toEqual({});
  });

  test("on a phone, a table of things stacks its rows with each cell's header beside it, and the heat map scrolls in a named region", async ({
    page,
  }) => {
    await addSessionCookie(page, cookie);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`/pilots/${ids.ownPilot}`);
    const risks = page.locator("section[aria-labelledby='risicos'] table");
    const stacked = await risks.evaluate((table) => ({
      row: getComputedStyle(table.querySelector("tbody tr")!).display,
      labels: [...table.querySelectorAll("tbody tr:first-child td")].map((td) => getComputedStyle(td, "::before").content),
    }));
    expect(stacked).toEqual({
      row: "block",
      labels: ['"Categorie: "', '"Kans: "', '"Impact: "', '"Score: "', '"Maatregel: "', '"Eigenaar: "', '"Status: "'],
    });

    await page.goto("/portfolio");
    // A table of two columns does not stack, so its cells carry no column names to show.
    const stages = page.locator("table", { has: page.locator("caption", { hasText: "Pilots per fase" }) });
    expect(await stages.locator("tbody td").count()).toBeGreaterThan(0);
    expect(await stages.locator("[data-label]").count()).toBe(0);
    expect(
      await stages
        .locator("tbody tr")
        .first()
        .evaluate((row) => getComputedStyle(row).display),
    ).toBe("table-row");
    const region = page.getByRole("region", { name: /Open risico's naar kans/ });
    expect(await region.locator("table.heat-map").count()).toBe(1);
    // Reached by the keyboard (back one step and forward again), as a keyboard user reaches it.
    await region.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const scroller = await region.evaluate((el) => ({
      focused: document.activeElement === el,
      scrolls: el.scrollWidth > el.clientWidth,
      outline: getComputedStyle(el).outlineStyle,
    }));
    expect(scroller).toEqual({ focused: true, scrolls: true, outline: "solid" });
  });
});
