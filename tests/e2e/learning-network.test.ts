import { describe, expect } from "vitest";
import { baseUrl, expectNoAxeViolations, signIn, signInBySession } from "./browser.ts";
import { test } from "./fixtures.ts";

/** The learning network: searching lessons, asking questions, adopting a pilot, writing a lesson. */
describe("the learning network", () => {
  test("a signed-out visitor searches and filters lessons, with everything in the URL", async ({ page }) => {
    await page.goto("/lessen");
    const total = Number((await page.getByRole("status").textContent())?.match(/(\d+) lessen/)?.[1]);
    expect(total).toBeGreaterThan(5);
    await expectNoAxeViolations(page);

    await page.getByLabel("Zoeken in lessen").fill("Jongeren");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL(/q=Jongeren/);
    const found = Number((await page.getByRole("status").textContent())?.match(/(\d+) les/)?.[1]);
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(total);
    const titles = await page.locator(".pilot-card h3").allTextContents();
    expect(titles.some((title) => /jonger/i.test(title))).toBe(true);

    const facet = page.locator("nav.facets a", { hasText: /^Participatie \(\d+\)$/ });
    const count = Number((await facet.textContent())?.match(/\((\d+)\)/)?.[1]);
    await facet.click();
    await page.waitForURL(/domein=participatie/);
    expect(new URL(page.url()).searchParams.get("q")).toBe("Jongeren");
    expect(await page.locator(".pilot-card").count()).toBe(count);
    expect(new Set(await page.locator(".pilot-card .meta li:nth-child(2)").allTextContents())).toEqual(new Set(["Participatie"]));
    await expectNoAxeViolations(page);

    // A second domain widens the search (either one); both stay marked as chosen.
    const domains = page.locator("section[aria-labelledby='facet-domain'] a");
    const second = domains.and(page.locator(":not([aria-current])")).first();
    const secondCount = Number((await second.textContent())?.match(/\((\d+)\)/)?.[1]);
    await second.click();
    await page.waitForURL((url) => url.searchParams.getAll("domein").length === 2);
    expect(Number((await page.getByRole("status").textContent())?.match(/(\d+) les/)?.[1])).toBe(count + secondCount);
    expect(await domains.and(page.locator("[aria-current='true']")).count()).toBe(2);
    expect(await page.locator("section[aria-labelledby='facet-municipality'] a").count()).toBeGreaterThan(0);

    await page.goto("/lessen?q=cafe");
    const accentTitles = (await page.locator(".pilot-card").allTextContents()).join(" ");
    expect(accentTitles.length).toBeGreaterThan(0);

    await page.goto("/lessen?q=xyzzyquux&domein=wmo");
    expect(await page.locator("main").textContent()).toContain("Geen lessen gevonden");
    expect(await page.getByRole("link", { name: /zonder zoekterm/ }).getAttribute("href")).toBe("/lessen?domein=wmo");
    await expectNoAxeViolations(page);

    const lesson = await page.goto("/lessen");
    expect(lesson?.status()).toBe(200);
    await page.locator(".pilot-card h3 a").first().click();
    await page.waitForURL(/\/lessen\/[a-z0-9]{15}$/);
    expect(await page.getByRole("heading", { name: "Vragen en antwoorden" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Log in" }).count()).toBeGreaterThan(0);
    // A guest is not shown whom to ask (PocketBase does not even send the name).
    expect(await page.getByText("Contactpersoon", { exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);

    const feed = await page.request.get(`${baseUrl()}/lessen/feed.xml`);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const csv = await page.request.get(`${baseUrl()}/lessen/export.csv`);
    const csvText = (await csv.body()).toString("utf8");
    expect(csvText.startsWith("\uFEFFid;titel;soort;")).toBe(true);
    const json = (await (await page.request.get(`${baseUrl()}/lessen/export.json`)).json()) as Array<{ zichtbaarheid: string }>;
    expect(json.length).toBeGreaterThan(0);
    expect(new Set(json.map((row) => row.zichtbaarheid))).toEqual(new Set(["Openbaar"]));
  });

  test("a peer asks a question on a lesson and the owner sees it in the inbox", async ({ newPage }) => {
    const question = `Hoeveel uur per week besteedt de coach aan een jongere? (${Date.now()})`;
    const peer = await newPage();
    await signInBySession(peer, "innovatie@rotterdam.test");
    await peer.goto("/lessen?q=jongerenwerk");
    await peer.locator(".pilot-card h3 a").first().click();
    await peer.waitForURL(/\/lessen\/[a-z0-9]{15}$/);
    const lessonPath = new URL(peer.url()).pathname;
    expect(await peer.locator("main").textContent()).toContain("Oisterwijk");
    // A signed-in peer sees whom to ask, with a link to the question form below.
    expect(await peer.getByText("Contactpersoon", { exact: true }).count()).toBe(1);
    expect(await peer.locator("main").textContent()).toMatch(/\((innovatiemanager|directeur|collega), Oisterwijk\)/);
    expect(await peer.getByRole("link", { name: "Stel een vraag" }).getAttribute("href")).toBe("#veld-reactie");
    await peer.getByRole("button", { name: "Plaatsen" }).click();
    expect(await peer.locator("#veld-reactie-fout").textContent()).toContain("Vul");
    await peer.getByLabel("Uw vraag", { exact: true }).fill(question);
    await peer.getByRole("button", { name: "Plaatsen" }).click();
    await peer.waitForURL(/reactie=geplaatst/);
    expect(await peer.locator(".comment", { hasText: question }).count()).toBe(1);
    await expectNoAxeViolations(peer);

    const owner = await newPage();
    await signIn(owner, "innovatie@oisterwijk.test");
    // Signing in lands on the start page, which lists the newest open questions to the municipality.
    expect(new URL(owner.url()).pathname).toBe("/mijn");
    const inbox = owner.locator("section[aria-labelledby='vragen']");
    expect(await inbox.textContent()).toContain(question);
    expect(await inbox.locator(".comment").first().textContent()).toContain(question);
    const link = inbox.locator(".comment", { hasText: question }).getByRole("link");
    expect(await link.getAttribute("href")).toMatch(new RegExp(`^${lessonPath}#reactie-[a-z0-9]{15}$`));
    await expectNoAxeViolations(owner);
  });

  test("an author edits and deletes their own comment; nobody else may", async ({ newPage }) => {
    const text = `Werkt dit ook op het platteland? (${Date.now()})`;
    const author = await newPage();
    await signInBySession(author, "directie@zwolle.test");
    await author.goto("/lessen?q=jongerenwerk");
    await author.locator(".pilot-card h3 a").first().click();
    await author.getByLabel("Uw vraag", { exact: true }).fill(text);
    await author.getByRole("button", { name: "Plaatsen" }).click();
    await author.waitForURL(/reactie=geplaatst/);
    const comment = author.locator(".comment", { hasText: text });
    await comment.getByRole("link", { name: "Bewerken" }).click();
    await author.waitForURL(/\/reacties\/[a-z0-9]{15}\/bewerken$/);
    const editPath = new URL(author.url()).pathname;
    await expectNoAxeViolations(author);
    await author.getByLabel("Uw vraag of antwoord").fill(`${text} En in kleine kernen?`);
    await author.getByRole("button", { name: "Opslaan" }).click();
    await author.waitForURL(/#reactie-/);
    expect(await author.locator(".comment", { hasText: "En in kleine kernen?" }).count()).toBe(1);

    const other = await newPage();
    await signInBySession(other, "innovatie@rotterdam.test");
    expect((await other.goto(editPath))?.status()).toBe(403);
    expect((await other.goto(editPath.replace("bewerken", "verwijderen")))?.status()).toBe(403);

    await author.locator(".comment", { hasText: "En in kleine kernen?" }).getByRole("link", { name: "Verwijderen" }).click();
    await expectNoAxeViolations(author);
    await author.getByRole("button", { name: "Ja, verwijderen" }).click();
    await author.waitForURL(/#vragen$/);
    expect(await author.locator(".comment", { hasText: text }).count()).toBe(0);
  });

  test("a manager adopts a shared pilot, and the original counts the adoption", async ({ page }) => {
    await signInBySession(page, "innovatie@amsterdam.test");
    await page.goto(`/pilots?q=${encodeURIComponent("Jongeren aan het werk")}`);
    await page.locator(".pilot-card h2 a").first().click();
    const originalPath = new URL(page.url()).pathname;
    const before = await page.locator("section[aria-labelledby='overnames']").textContent();
    await page.getByRole("link", { name: "Overnemen voor mijn gemeente" }).click();
    await page.waitForURL(/\/overnemen$/);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Overnemen" }).click();
    await page.waitForURL(/overgenomen=1/);
    const copy = page.locator("main");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("(overgenomen)");
    expect(await copy.textContent()).toContain("Alleen eigen gemeente");
    expect(await copy.textContent()).toContain("FaseOntwerp");
    expect(await copy.textContent()).toContain("Nog geen begroting vastgelegd");
    const origin = page
      .locator("section[aria-labelledby='overnames']")
      .getByRole("link", { name: "Jongeren aan het werk: intensieve coaching en training op maat" });
    expect(await origin.getAttribute("href")).toBe(originalPath);
    await expectNoAxeViolations(page);

    await page.goto(originalPath);
    const after = await page.locator("section[aria-labelledby='overnames']").textContent();
    const adoptions = (text: string | null) => Number(text?.match(/(\d+) gemeente/)?.[1] ?? 0);
    expect(adoptions(after)).toBe(adoptions(before) + 1);
  });

  test("a manager writes a lesson; hostile Markdown is rendered inert", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await signInBySession(page, "innovatie@zwolle.test");
    await page.goto("/lessen/nieuw");
    await expectNoAxeViolations(page);
    const title = `Huisbezoek binnen een week werkt ${Date.now()}`;
    await page.getByLabel("Titel").fill(title);
    await page.getByLabel("De les", { exact: true }).fill("Te kort.");
    await page.getByRole("button", { name: "Les opslaan" }).click();
    expect(await page.locator("#veld-body-fout").textContent()).toMatch(/tekens|woorden/);
    expect(await page.getByLabel("Titel").inputValue()).toBe(title);
    await expectNoAxeViolations(page);

    const body = [
      "Wie **binnen een week** langsgaat na een melding van een betalingsachterstand, treft de bewoner nog voordat de schulden zich opstapelen.",
      "<script>alert('x')</script> <img src=x onerror=\"alert('y')\"> [klik](javascript:alert('z'))",
      "- Ga met twee mensen\n- Neem een ervaringsdeskundige mee",
    ].join("\n\n");
    await page.getByLabel("De les", { exact: true }).fill(body);
    await page.getByLabel("Soort les").selectOption("tip");
    await page.getByLabel("Domein").selectOption("schuldhulp");
    await page.getByRole("button", { name: "Les opslaan" }).click();
    await page.waitForURL(/\/lessen\/[a-z0-9]{15}\?opgeslagen=1$/);
    const article = page.locator(".lesson-body");
    expect(await article.locator("strong").first().textContent()).toBe("binnen een week");
    expect(await article.locator("li").count()).toBe(2);
    expect(await article.locator("script, img, [onerror]").count()).toBe(0);
    expect(await article.locator("a[href^='javascript']").count()).toBe(0);
    // The javascript: link lost its href, so it is plain text now, not a link.
    expect(await page.getByRole("link", { name: "klik" }).count()).toBe(0);
    expect(dialogs).toBe(0);
    await expectNoAxeViolations(page);

    await page.goto("/kennisbank");
    await expectNoAxeViolations(page);
    await page.locator(".pilot-card h3 a", { hasText: "Privacy" }).first().click();
    expect(await page.getByRole("heading", { name: "Beproefde maatregelen" }).count()).toBe(1);
    await expectNoAxeViolations(page);
    const missing = await page.goto("/kennisbank/bestaat-niet");
    expect(missing?.status()).toBe(404);
  });
});
