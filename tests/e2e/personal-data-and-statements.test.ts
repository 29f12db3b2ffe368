import { describe, expect } from "vitest";
import { baseUrl, expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/** The statements Dutch government sites publish, a person's own data, and the verdict form. */
describe("privacy, accessibility statement and verdicts", () => {
  test("the accessibility statement and the privacy page are open to everyone", async ({ page }) => {
    for (const [path, heading] of [
      ["/toegankelijkheid", "Toegankelijkheidsverklaring"],
      ["/privacy", "Privacy: welke persoonsgegevens Proeftuin verwerkt"],
    ] as const) {
      expect((await page.goto(path))?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      await expectNoAxeViolations(page);
    }
    await page.goto("/mijn-gegevens");
    expect(new URL(page.url()).pathname).toBe("/inloggen");
  });

  test("a signed-in person downloads what the platform holds about them, and only that", async ({ page }) => {
    await signInBySession(page, "innovatie@oisterwijk.test");
    await page.goto("/mijn-gegevens");
    await expectNoAxeViolations(page);
    const download = await page.request.get(`${baseUrl()}/mijn-gegevens.json`);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    const data = (await download.json()) as {
      account: { email: string; role: string; municipality: string };
      comments: Array<{ body: string }>;
      lessons: Array<{ title: string }>;
      changes: Array<{ collection: string }>;
    };
    expect(data.account).toMatchObject({ email: "innovatie@oisterwijk.test", role: "innovatiemanager", municipality: "Oisterwijk" });
    expect(data.lessons.length).toBeGreaterThan(0);
    expect(data.comments.length).toBeGreaterThan(0);
    expect(JSON.stringify(data)).not.toContain("password");
    expect(JSON.stringify(data)).not.toContain("innovatie@rotterdam.test");
  });

  test("a manager confirms or overrules the proposed verdict, with a reason when overruling", async ({ page }) => {
    await signInBySession(page, "innovatie@amsterdam.test");
    await page.goto(`/pilots?q=${encodeURIComponent("Mijn Geldzaken")}`);
    await page.locator(".pilot-card h2 a").first().click();
    await page.getByRole("link", { name: "Oordeel over hypothese 1 vastleggen" }).click();
    await page.waitForURL(/\/oordeel$/);
    await expectNoAxeViolations(page);
    const proposal = (await page.locator(".utrecht-alert--info").textContent()) ?? "";
    // The page proposes a verdict; the manager records a different one, which needs a reason.
    expect(proposal).toMatch(/Voorstel: (Open|Bevestigd|Verworpen|Onbeslist)\./);
    const other = /Voorstel: Verworpen\./.test(proposal) ? "bevestigd" : "verworpen";
    await page.getByLabel("Oordeel").selectOption(other);
    await page.getByRole("button", { name: "Oordeel opslaan" }).click();
    expect(await page.locator("#veld-verdict_reason-fout").textContent()).toContain("afwijkt");
    await expectNoAxeViolations(page);
    await page.getByLabel("Toelichting", { exact: true }).fill("De laatste meting is nog niet gecontroleerd; we wachten die af.");
    await page.getByRole("button", { name: "Oordeel opslaan" }).click();
    await page.waitForURL(/oordeel=opgeslagen/);
    const first = page.locator("article.hypothesis").first();
    expect(await first.textContent()).toContain("De laatste meting is nog niet gecontroleerd");
  });
});
