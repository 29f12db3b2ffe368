import PocketBase from "pocketbase";
import { describe, expect, inject } from "vitest";
import type { Page } from "playwright-core";
import { demoPassword, signIn, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";
import { expectRefusedSummary, expectTabbingMarksNothing } from "./form-summary.ts";

/**
 * The server-rendered forms (no JavaScript needed) behave as the islands do: nothing is marked
 * before a submit; after a refused POST the page opens with the same summary, focused, linking to
 * every marked field in form order, and what was typed is still there.
 */
describe("server-rendered forms: the same summary after a refused post", () => {
  const manager = "innovatie@zwolle.test";

  async function apiAs(email: string) {
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const auth = await pb.collection("users").authWithPassword(email, demoPassword);
    return { pb, municipality: String(auth.record.municipality) };
  }

  const submit = (page: Page, name: string) => page.getByRole("button", { name, exact: true }).click();

  test("sign-in: an empty form names both fields, and the typed address stays", async ({ page }) => {
    await page.goto("/inloggen");
    await expectTabbingMarksNothing(page, "#veld-email", 2);
    await submit(page, "Inloggen");
    expect(await expectRefusedSummary(page)).toEqual(["Vul uw e-mailadres in.", "Vul uw wachtwoord in."]);

    await page.locator("#veld-email").fill("iemand@zwolle.test");
    await submit(page, "Inloggen");
    expect(await expectRefusedSummary(page)).toEqual(["Vul uw wachtwoord in."]);
    expect(await page.locator("#veld-email").inputValue()).toBe("iemand@zwolle.test");
  });

  test("lesson, new and edit: every marked field is in the summary, in form order", async ({ page }) => {
    await signInBySession(page, manager);
    await page.goto("/lessen/nieuw");
    await expectTabbingMarksNothing(page, "#veld-title", 10);
    await page.locator("#veld-target_group").fill("Jongeren");
    await submit(page, "Les opslaan");
    const texts = await expectRefusedSummary(page);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(await page.locator("#veld-target_group").inputValue()).toBe("Jongeren");

    const { pb, municipality } = await apiAs(manager);
    const lesson = await pb.collection("lessons").getFirstListItem(pb.filter("municipality = {:municipality}", { municipality }));
    await page.goto(`/lessen/${lesson.id}/bewerken`);
    await expectTabbingMarksNothing(page, "#veld-title", 10);
    await page.locator("#veld-title").fill("");
    await submit(page, "Les opslaan");
    expect(await expectRefusedSummary(page)).toHaveLength(1);
  });

  test("verdict: differing from the proposal without a reason links to the reason", async ({ page }) => {
    const { pb, municipality } = await apiAs(manager);
    const pilot = await pb.collection("pilots").create({
      municipality,
      title: `Oordeel e2e ${Date.now()}`,
      summary: "Een pilot om de foutmelding bij het oordeel te beproeven.",
      problem: "Een foutmelding zonder link laat mensen zoeken naar het veld.",
      target_group: "Medewerkers die een oordeel vastleggen",
      domain: "wmo",
      stage: "uitvoering",
      visibility: "private",
      start_date: "2026-01-01",
    });
    const hypothesis = await pb.collection("hypotheses").create({
      pilot: pilot.id,
      statement: "Als de melding naar het veld linkt, dan is het veld sneller gevonden.",
      indicator: "seconden tot het veld gevonden is",
      direction: "omlaag",
      baseline: 30,
      target: 10,
    });
    await signInBySession(page, manager);
    await page.goto(`/pilots/${pilot.id}/hypothesen/${hypothesis.id}/oordeel`);
    await expectTabbingMarksNothing(page, "#veld-verdict", 2);
    const proposed = await page.locator("#veld-verdict").inputValue();
    const other = await page.locator(`#veld-verdict option:not([value='${proposed}'])`).first().getAttribute("value");
    await page.locator("#veld-verdict").selectOption(other!);
    await submit(page, "Oordeel opslaan");
    expect(await expectRefusedSummary(page)).toEqual([expect.stringContaining("Leg uit waarom u afwijkt")]);
    expect(await page.locator("#veld-verdict").inputValue()).toBe(other);
  });

  test("decision: rationale and stop reason, in form order", async ({ page }) => {
    const director = "directie@rotterdam.test";
    const { pb, municipality } = await apiAs(director);
    const pilot = await pb
      .collection("pilots")
      .getFirstListItem(pb.filter("municipality = {:municipality} && stage = 'besluit'", { municipality }), { sort: "created" });
    await signInBySession(page, director);
    await page.goto(`/pilots/${pilot.id}/besluit`);
    await expectTabbingMarksNothing(page, "#veld-decision", 3);
    await page.locator("#veld-decision").selectOption("stoppen");
    await page.locator("#veld-decision_rationale").fill("");
    await page.locator("#veld-stop_reason").fill("");
    await submit(page, "Besluit vastleggen");
    const texts = await expectRefusedSummary(page);
    expect(texts).toHaveLength(2);
    expect(await page.locator("#veld-decision").inputValue()).toBe("stoppen");
  });

  test("comments, post and edit: the summary links to the text", async ({ page }) => {
    await signIn(page, manager);
    const { pb, municipality } = await apiAs(manager);
    const lesson = await pb.collection("lessons").getFirstListItem(pb.filter("municipality = {:municipality}", { municipality }));
    await page.goto(`/lessen/${lesson.id}`);
    await expectTabbingMarksNothing(page, "#veld-reactie", 1);
    await submit(page, "Plaatsen");
    expect(await expectRefusedSummary(page)).toEqual([expect.stringMatching(/^Vul /)]);

    const question = `Een vraag om te bewerken (${Date.now()})`;
    await page.locator("#veld-reactie").fill(question);
    await submit(page, "Plaatsen");
    await page.waitForURL(/reactie=geplaatst/);
    await page.locator(".comment", { hasText: question }).getByRole("link", { name: "Bewerken" }).click();
    await page.waitForURL(/\/reacties\/[a-z0-9]{15}\/bewerken$/);
    await expectTabbingMarksNothing(page, "#veld-body", 1);
    await page.locator("#veld-body").fill("");
    await submit(page, "Opslaan");
    expect(await expectRefusedSummary(page)).toHaveLength(1);
  });
});
