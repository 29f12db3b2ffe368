import { describe, expect } from "vitest";
import { signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * /wat-werkt on the demo network: a guest sees what public pilots of Zwolle, Amsterdam and
 * Oisterwijk (its adopted copy) found with vroegsignalering, pooled; a signed-in peer also sees
 * Rotterdam's network pilot, and nobody but Rotterdam sees its private one.
 */
describe("what works", () => {
  const pooled = "Vroegsignalering: eropaf bij geldzorgen";
  const networkOnly = "Doorbraakbudget voor het wijkteam";
  const privatePilot = "Buurtdashboard voor wijkteams in Charlois";

  test("a guest sees the pooled figure of public pilots, opens the intervention and follows it to a pilot", async ({ page }) => {
    await page.goto("/wat-werkt");
    const section = page.locator("section", { has: page.getByRole("heading", { name: pooled, level: 2 }) });
    // Zwolle +200%, Zuidoost +120%, Oisterwijk +117%: the median of three municipalities, with its range.
    expect(await section.textContent()).toContain("+120% (+117% tot +200%)");
    expect(await page.locator("main").textContent()).not.toContain(networkOnly);

    await section.getByRole("link", { name: pooled }).click();
    await page.waitForURL(/\/wat-werkt\/[a-z0-9]{15}$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(pooled);
    const main = page.locator("main");
    expect(await main.getByRole("img").first().getAttribute("aria-label")).toContain("mediaan +120% bij 3 pilots");
    expect(await main.textContent()).not.toContain(privatePilot);

    const pilot = "Geldzorgenspreekuur in de huisartsenpraktijk in Zuidoost";
    await main.getByRole("row").getByRole("link", { name: pilot }).click();
    await page.waitForURL(/\/pilots\/[a-z0-9]+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(pilot);
  });

  test("a signed-in peer also sees network pilots, never another municipality's private one", async ({ page }) => {
    await signInBySession(page, "innovatie@zwolle.test");
    await page.goto("/wat-werkt");
    const section = page.locator("section", { has: page.getByRole("heading", { name: networkOnly, level: 2 }) });
    expect(await section.textContent()).toContain("te weinig gemeenten");
    const main = await page.locator("main").textContent();
    expect(main).toContain(pooled);
    expect(main).not.toContain(privatePilot);
  });
});
