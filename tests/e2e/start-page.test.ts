import { describe, expect, inject } from "vitest";
import PocketBase from "pocketbase";
import { baseUrl, demoPassword, expectNoAxeViolations, sessionCookie, signIn } from "./browser.ts";
import { test } from "./fixtures.ts";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";

/**
 * "Mijn Proeftuin" (/mijn), where every user lands after signing in, and the home page a visitor
 * sees. One page load per role; the redirects around them are checked over plain HTTP.
 */
describe("the start page per role", () => {
  test("a directeur lands on the start page with the portfolio's key figures and attention list", async ({ page }) => {
    await signIn(page, "directie@rotterdam.test");
    expect(new URL(page.url()).pathname).toBe("/mijn");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Mijn Proeftuin");
    const figures = page.locator("section[aria-labelledby='kerncijfers']");
    expect(Number(await figures.locator(".key-figures strong").first().textContent())).toBeGreaterThan(0);
    expect(await figures.textContent()).toMatch(/€\s?[\d.]+ besteed van €\s?[\d.]+ begroot/);
    expect(await figures.getByRole("link", { name: "Naar het portfolio" }).getAttribute("href")).toBe("/portfolio");
    const attention = page.locator("section[aria-labelledby='aandacht'] ul.attention > li");
    expect(await attention.count()).toBeGreaterThan(0);
    expect(await attention.first().locator("a").first().getAttribute("href")).toMatch(/^\/pilots\/[a-z0-9]{15}$/);
    await expectNoAxeViolations(page);
  });

  test("an innovatiemanager lands on the start page with their pilots and the questions asked of them", async ({ page }) => {
    const question = `Hoe lang duurde het voordat de corporatie meldde? (${Date.now()})`;
    const pb = new PocketBase(inject("pocketbaseUrl"));
    const asker = await pb.collection("users").authWithPassword("innovatie@rotterdam.test", demoPassword);
    const pilot = await pb
      .collection("pilots")
      .getFirstListItem(pb.filter("title ~ {:t} && municipality.name = 'Zwolle'", { t: "Vroegsignalering betalingsachterstanden" }));
    await pb.collection("comments").create({ pilot: pilot.id, author: asker.record.id, body: question });

    await signIn(page, "innovatie@zwolle.test");
    expect(new URL(page.url()).pathname).toBe("/mijn");
    expect(await page.locator("section[aria-labelledby='kerncijfers']").count()).toBe(0);
    const pilots = page.locator("section[aria-labelledby='mijn-pilots']");
    const entry = pilots.locator("li", { has: page.locator(`a[href='/pilots/${pilot.id}']`) }).first();
    expect(await entry.getByRole("link", { name: /open vra(ag|gen)$/ }).getAttribute("href")).toBe(`/pilots/${pilot.id}#vragen`);
    const questions = page.locator("section[aria-labelledby='vragen']");
    expect(Number(await questions.locator(".key-figures strong").first().textContent())).toBeGreaterThanOrEqual(1);
    expect(await questions.locator(".comment", { hasText: question }).getByRole("link").getAttribute("href")).toMatch(
      new RegExp(`^/pilots/${pilot.id}#reactie-[a-z0-9]{15}$`),
    );
    expect(await questions.getByRole("link", { name: "Alle vragen" }).getAttribute("href")).toBe("/vragen");
    expect(await page.locator("section[aria-labelledby='lessen-domeinen'] a[href^='/lessen?domein=']").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  });

  test("a visitor sees what Proeftuin is with public lessons and pilots only; /mijn and / send each to their own page", async ({
    page,
  }) => {
    const home = await page.goto("/");
    expect(home?.status()).toBe(200);
    const lessons = page.locator("section[aria-labelledby='nieuwe-lessen'] li a");
    expect(await lessons.count()).toBeGreaterThan(0);
    expect(await page.locator("section[aria-labelledby='openbare-pilots'] li a").count()).toBeGreaterThan(0);
    const sizes = await page.locator("section[aria-labelledby='netwerk'] .key-figures strong").allTextContents();
    expect(sizes.map(Number)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(Number(sizes[0])).toBeGreaterThanOrEqual(demoNetwork.length);
    expect(await page.getByRole("heading", { name: "Meedoen als gemeente" }).count()).toBe(1);
    const main = (await page.locator("main").textContent()) ?? "";
    const hidden = demoNetwork.flatMap((m) => [
      ...m.pilots.filter((p) => p.visibility !== "public").map((p) => p.title),
      ...(m.lessons ?? []).filter((l) => l.visibility !== "public").map((l) => l.title),
    ]);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.filter((title) => main.includes(title))).toEqual([]);
    await expectNoAxeViolations(page);

    const guest = await fetch(`${baseUrl()}/mijn`, { redirect: "manual" });
    expect(guest.status).toBe(303);
    expect(guest.headers.get("location")).toMatch(/^\/inloggen\?terug=%2Fmijn/);
    const signedIn = await fetch(`${baseUrl()}/`, { headers: { cookie: await sessionCookie("collega@zwolle.test") }, redirect: "manual" });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get("location")).toBe("/mijn");
  });
});
