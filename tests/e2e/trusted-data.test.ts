import PocketBase from "pocketbase";
import { describe, expect, inject } from "vitest";
import { demoPassword, expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * Data a portfolio can trust, as people meet it: the pilot form refuses a target that cannot fail
 * and a negative amount at the field, and reads amounts as they are written ("€ 250.000,-"); the
 * pilot page flags an overspent line in words; the portfolio opens with "Aandacht nodig", which
 * asks for a decision with a link for the directeur only.
 */
describe("data a portfolio can trust", () => {
  test("the form says at the target why it cannot be the baseline or lie the wrong way, and reads € 250.000,-", async ({ page }) => {
    await signInBySession(page, "innovatie@zwolle.test");
    await page.goto("/pilots/nieuw");
    await page.waitForSelector("form[data-ready='true']");
    const title = `Schuldhulp op de markt ${Date.now()}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("Samenvatting").fill("Schuldhulpverleners staan elke week met een kraam op de markt.");
    await page.getByLabel("Probleem").fill("Inwoners met geldzorgen vinden de weg naar het gemeentehuis niet.");
    await page.getByLabel("Doelgroep").fill("Marktbezoekers met geldzorgen");
    await page.getByLabel("Hypothese", { exact: true }).fill("Als wij op de markt staan, dan verwachten wij meer aanmeldingen.");
    await page.getByLabel("Indicator").fill("aanmeldingen per maand");
    await page.getByLabel("Nulmeting").fill("40");
    await page.getByLabel("Streefwaarde").fill("40");
    // Messages come with the first submit (issue 14: nothing is marked while filling in).
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    const targetError = page.locator("#veld-hypotheses-0-target-fout");
    await targetError.waitFor();
    expect(await targetError.textContent()).toContain("De streefwaarde is gelijk aan de nulmeting:");
    expect(await page.getByLabel("Streefwaarde").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Streefwaarde").fill("30");
    await page.waitForFunction(() =>
      document.querySelector("#veld-hypotheses-0-target-fout")?.textContent?.includes("terwijl hoger beter is"),
    );
    // Choosing the direction in which 30 is better takes the message away.
    await page.getByLabel("Richting").selectOption("omlaag");
    await targetError.waitFor({ state: "detached" });
    await expectNoAxeViolations(page);

    await page.getByLabel("Risico", { exact: true }).fill("Weinig bezoekers bij slecht weer");
    await page.getByLabel("Begroot (€)").fill("€ 250.000,-");
    await page.getByLabel("Besteed (€) (niet verplicht)").fill("-1.000");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    const spentError = page.locator("#veld-budget_lines-0-spent_cents-fout");
    await spentError.waitFor();
    expect(await spentError.textContent()).toBe("Het uitgegeven bedrag kan niet negatief zijn: vul 0 of een hoger bedrag in.");
    expect(await page.locator("#veld-budget_lines-0-planned_cents-fout").count()).toBe(0);

    await page.getByLabel("Besteed (€) (niet verplicht)").fill("251.000");
    await page.getByRole("button", { name: "Pilot opslaan" }).click();
    await page.waitForURL(/\/pilots\/[a-z0-9]{15}\?opgeslagen=1$/);
    const budget = page.locator("section[aria-labelledby='begroting']");
    const text = (await budget.textContent())?.replace(/\u00a0/g, " ") ?? "";
    expect(text).toMatch(/Totaal\s*€ 250\.000\s*€ 251\.000\s*⚠ Overschreden/);
    expect(text).toContain("Overschreden betekent: er is meer besteed dan begroot.");
    await expectNoAxeViolations(page);
  });

  test("the portfolio opens with Aandacht nodig: a decision to take, a high risk with its mitigation, an overspent line", async ({
    newPage,
  }) => {
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const auth = await pb.collection("users").authWithPassword("innovatie@rotterdam.test", demoPassword);
    const title = `Wachtend op besluit ${Date.now()}`;
    const pilot = await pb.collection("pilots").create({
      municipality: auth.record.municipality,
      title,
      summary: "Een pilot waarvan de eindevaluatie klaar is.",
      problem: "Het probleem van deze pilot, kort beschreven.",
      target_group: "Inwoners van Rotterdam-Zuid",
      domain: "wmo",
      stage: "evaluatie",
      visibility: "private",
    });
    await pb.collection("evaluations").create({
      pilot: pilot.id,
      date: "2026-10-20",
      kind: "eind",
      observations: "Deelnemers kwamen vaker dan verwacht.",
      participants: 40,
      decision: "opschalen",
      rationale: "Het effect is groot genoeg om door te gaan.",
    });
    await pb.collection("risks").create({
      pilot: pilot.id,
      title: "Uitval van vrijwilligers",
      category: "uitvoering",
      likelihood: 4,
      impact: 4,
      mitigation: "Een poule van invallers.",
      status: "beheerst",
    });
    await pb
      .collection("budget_lines")
      .create({ pilot: pilot.id, source: "gemeente", year: 2026, planned_cents: 100_000_00, spent_cents: 100_500_00 });

    for (const [email, link] of [
      ["directie@rotterdam.test", 1],
      ["innovatie@rotterdam.test", 0],
    ] as const) {
      const page = await newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await signInBySession(page, email);
      await page.goto("/portfolio");
      const heading = page.getByRole("heading", { name: "Aandacht nodig" });
      expect(await page.locator("main h2").first().textContent()).toBe("Aandacht nodig");
      expect((await heading.boundingBox())?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(800);
      const item = page.locator("section[aria-labelledby='aandacht'] > ul > li", { hasText: title });
      const text = (await item.textContent())?.replace(/\u00a0/g, " ") ?? "";
      expect(text).toContain("Besluit nodig: de eindevaluatie van 20 oktober 2026 ligt klaar.");
      expect(text).toContain("Hoog risico “Uitval van vrijwilligers” (score 16, beheerst): volg of de beheersmaatregel werkt.");
      expect(text).toContain("Overschreden: Eigen middelen gemeente 2026, € 100.500 besteed, € 100.000 begroot.");
      expect(await item.getByRole("link", { name: "Besluit vastleggen" }).count()).toBe(link);
      // Euros as euros: no amount in the network comparison with cents or a decimal comma.
      const comparison = (await page.locator("section[aria-labelledby='netwerk'] tbody").textContent()) ?? "";
      expect(comparison).not.toMatch(/€\s?[\d.]+,\d/);
      await expectNoAxeViolations(page);
    }
  });
});
