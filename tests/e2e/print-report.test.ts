import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect } from "vitest";
import { addSessionCookie, sessionCookie } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * The portfolio report on paper: Chromium prints it to an A4 PDF (written to test-results/) whose
 * page count is what its content needs, and every table column lies within the printable width.
 */
const MM = 96 / 25.4;
/** A4 portrait less the page margins of src/styles/print.css (20 mm above for the header, 15 mm elsewhere), in CSS px. */
const printable = { width: Math.floor((210 - 30) * MM), height: Math.floor((297 - 35) * MM) };

describe("the printed portfolio report", () => {
  test("fits A4 portrait: every column inside the page, as many pages as its content needs", async ({ page }) => {
    await addSessionCookie(page, await sessionCookie("innovatie@zwolle.test"));
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: printable.width, height: printable.height });
    await page.goto("/portfolio/rapport");
    expect(await page.locator("main th").count()).toBeGreaterThan(10);

    const outside = await page.evaluate(
      (width) =>
        [...document.querySelectorAll("main th, main td")]
          .filter((cell) => cell.getBoundingClientRect().right > width + 0.5)
          .map(
            (cell) => `${(cell.textContent ?? "").trim().slice(0, 30)} (right edge ${Math.round(cell.getBoundingClientRect().right)} px)`,
          ),
      printable.width,
    );
    expect(outside, `columns past the printable width of ${printable.width} px`).toEqual([]);

    // Links print as the text around them, and a link to a pilot writes out its absolute address.
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>("main a")].map((a) => ({
        underlined: getComputedStyle(a).textDecorationLine !== "none",
        ownColour: getComputedStyle(a).color !== getComputedStyle(a.parentElement!).color,
        after: getComputedStyle(a, "::after").content,
        href: a.getAttribute("href") ?? "",
      })),
    );
    expect(links.filter((link) => link.underlined || link.ownColour)).toEqual([]);
    const toPilots = links.filter((link) => /^\/pilots\/[a-z0-9]{15}$/.test(link.href));
    expect(toPilots.length).toBeGreaterThan(0);
    for (const link of toPilots) expect(link.after).toBe(`" (${new URL(link.href, page.url()).href.replace(/\/$/, "")})"`);

    // The page header: who and when on the left, page x of y on the right (a stylesheet of the site's own).
    const header = await page.request.get("/portfolio/rapport-kop.css");
    const headerCss = await header.text();
    expect(headerCss).toMatch(/@top-left \{ content: "Experimentenportfolio Zwolle · \d{1,2} \w+ \d{4}"; \}/);
    expect(headerCss).toContain('counter(page) " van " counter(pages)');
    expect(await page.locator('link[rel="stylesheet"][href="/portfolio/rapport-kop.css"]').count()).toBe(1);

    // Pages the content fills at the least, and room for rows and sections moved whole to the next page.
    const contentHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const least = Math.ceil(contentHeight / printable.height);

    const pdf = await page.pdf({ format: "A4" });
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/portfolio-rapport.pdf", pdf);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(Math.max(1, least));
    expect(pages).toBeLessThanOrEqual(Math.ceil(least * 1.5) + 1);
  });
});
