import { describe, expect } from "vitest";
import { expectNoAxeViolations } from "./browser.ts";
import { test } from "./fixtures.ts";

/** One search box: from the site header to /zoeken, with lessons, pilots and the knowledge base apart. */
describe("searching everything", () => {
  test("the header's box lands on /zoeken with three counted groups and the found words marked", async ({ page }) => {
    await page.goto("/kennisbank");
    await page.getByLabel("Zoeken", { exact: true }).fill("jongeren");
    await page.getByRole("button", { name: "Zoek", exact: true }).click();
    await page.waitForURL(/\/zoeken\?q=jongeren$/);

    expect(await page.title()).toBe("Zoeken naar “jongeren” – Proeftuin");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Zoeken naar “jongeren”");
    const groups = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(groups).toEqual([
      expect.stringMatching(/^Lessen \(\d+\)$/),
      expect.stringMatching(/^Pilots \(\d+\)$/),
      expect.stringMatching(/^Kennisbank \(\d+\)$/),
    ]);
    const counts = groups.map((heading) => Number(heading.match(/\((\d+)\)/)?.[1]));
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(
      await page
        .locator("section", { has: page.getByRole("heading", { name: /^Lessen/ }) })
        .locator(".pilot-card")
        .count(),
    ).toBe(Math.min(5, counts[0]!));
    if (counts[0]! > 5)
      expect(await page.getByRole("link", { name: `alle ${counts[0]} lessen` }).getAttribute("href")).toBe("/lessen?q=jongeren");

    const marked = await page.locator(".pilot-card mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((word) => /^(jonger|jeugd|jongvolwassen)/i.test(word))).toBe(true);
    expect(await page.locator(".lesson-snippet").first().textContent()).not.toMatch(/[*#<>`]|\]\(/);
    await expectNoAxeViolations(page);

    await page.goto("/zoeken?q=xyzzyquux");
    const main = await page.locator("main").textContent();
    expect(main).toContain("Niets gevonden voor “xyzzyquux”.");
    for (const empty of ["Geen lessen gevonden.", "Geen pilots gevonden.", "Niets gevonden in de kennisbank."])
      expect(main).toContain(empty);
  });
});
