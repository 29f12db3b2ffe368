import PocketBase from "pocketbase";
import { describe, expect, inject } from "vitest";
import { demoPassword, expectNoAxeViolations, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * A question that gets answered: a peer asks on a lesson, the owner finds it open on /vragen and
 * answers beneath it, the asker is told (Meldingen), opens the notification and marks the question
 * answered, and the owner's /vragen lists it under Beantwoord.
 */
describe("questions that get answered", () => {
  test("ask, answer, notify, mark answered", async ({ newPage }) => {
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const owner = await pb.collection("users").authWithPassword("innovatie@zwolle.test", demoPassword);
    const lesson = await pb
      .collection("lessons")
      .getFirstListItem(pb.filter('municipality = {:m} && visibility != "private"', { m: owner.record.municipality }));
    const question = `Hoe vonden jullie de eerste deelnemers? (${Date.now()})`;

    const asker = await newPage();
    await signInBySession(asker, "directie@amsterdam.test");
    await asker.goto("/meldingen");
    const readAll = asker.getByRole("button", { name: "Alles gelezen" });
    if ((await readAll.count()) > 0) {
      await readAll.click();
      await asker.waitForURL(/gelezen=alles/);
    }
    expect(await asker.getByRole("link", { name: "Meldingen", exact: true }).count()).toBe(1);
    await asker.goto(`/lessen/${lesson.id}`);
    await asker.getByLabel("Uw vraag", { exact: true }).fill(question);
    await asker.getByRole("button", { name: "Plaatsen", exact: true }).click();
    await asker.waitForURL(/reactie=geplaatst/);

    const ownerPage = await newPage();
    await signInBySession(ownerPage, "innovatie@zwolle.test");
    await ownerPage.goto("/vragen");
    const listed = ownerPage.locator(".question-list > li", { hasText: question });
    expect(await listed.locator(".badge").textContent()).toBe("Open");
    expect(await listed.textContent()).toContain("Ricardo Pinas, Amsterdam");
    expect(await listed.textContent()).toContain("0 antwoorden");
    await expectNoAxeViolations(ownerPage);
    await listed.getByRole("link", { name: lesson.title }).click();
    await ownerPage.waitForURL(/#reactie-/);
    const thread = ownerPage.locator(".comments > li", { hasText: question });
    await thread.locator("summary", { hasText: "Beantwoorden" }).click();
    await thread.getByLabel("Uw antwoord").fill("Via de huisartsen en het wijkteam; de eerste tien kwamen binnen een maand.");
    await thread.getByRole("button", { name: "Antwoord plaatsen" }).click();
    await ownerPage.waitForURL(/reactie=geplaatst/);
    const answers = ownerPage.locator(".comments > li", { hasText: question }).locator("ol.comments--answers > li");
    expect(await answers.textContent()).toContain("de eerste tien kwamen binnen een maand");

    await asker.goto("/meldingen");
    const nav = asker.getByRole("link", { name: /^Meldingen \(1 ongelezen ?\)$/ });
    expect((await nav.textContent())?.trim()).toBe("Meldingen (1 ongelezen)");
    await expectNoAxeViolations(asker);
    await asker.locator(".notification--unread a", { hasText: "beantwoordde uw vraag" }).click();
    await asker.waitForURL(new RegExp(`/lessen/${lesson.id}#reactie-`));
    expect(await asker.getByRole("link", { name: "Meldingen", exact: true }).count()).toBe(1);
    const mine = asker.locator(".comments > li", { hasText: question });
    await mine.getByRole("button", { name: "Markeer als beantwoord" }).click();
    await asker.waitForURL(/vraag=beantwoord/);
    expect(await asker.locator(".comments > li", { hasText: question }).locator(".badge--answered").textContent()).toBe("Beantwoord");

    await ownerPage.goto("/vragen?staat=beantwoord");
    expect(await ownerPage.locator(".question-list > li", { hasText: question }).locator(".badge").textContent()).toBe("Beantwoord");
    expect(await ownerPage.locator(".question-list > li", { hasText: question }).textContent()).toContain("1 antwoord");
  });
});
