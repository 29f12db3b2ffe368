import { describe, expect } from "vitest";
import type { Page } from "playwright-core";
import { hostileStrings } from "../support/hostile-corpus.ts";
import { addSessionCookie, baseUrl, sessionCookie } from "./browser.ts";
import { test } from "./fixtures.ts";

/**
 * The hostile corpus sent to every form and URL parameter of the built site: each is refused with
 * a 4xx or stored and shown inert, never a 5xx, and the site stays healthy.
 */
const shortCorpus = hostileStrings.filter((value) => value.length < 5000);
/** Percent-encoded as a browser would send it; a lone surrogate becomes invalid UTF-8 bytes. */
const inUrl = (value: string) => (value.isWellFormed() ? encodeURIComponent(value) : "%ED%A0%80kapot%FF");

/**
 * Whether the page, as a browser runs it, shows the hostile value as text only: no dialog opened,
 * no injected element, no handler or javascript: link.
 */
async function expectInert(page: Page, path: string): Promise<void> {
  let dialogs = 0;
  const onDialog = (dialog: { dismiss: () => Promise<void> }) => {
    dialogs++;
    void dialog.dismiss();
  };
  page.on("dialog", onDialog);
  await page.goto(path);
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll('img[src="x"], [onerror], [onload]:not(body), a[href^="javascript:" i], iframe').length +
      [...document.scripts].filter((script) => script.textContent?.includes("alert(")).length,
  );
  page.off("dialog", onDialog);
  expect(injected, path).toBe(0);
  expect(dialogs, path).toBe(0);
}

describe("hostile input through the site", () => {
  // One session for the HTTP requests and for the browser's pages, which check what a value looks like.
  let cookie = "";
  test.beforeAll(async () => {
    cookie = await sessionCookie("innovatie@zwolle.test");
  });
  const get = (path: string) => fetch(`${baseUrl()}${path}`, { headers: { cookie }, redirect: "manual" });
  const post = (path: string, body: Record<string, string>) =>
    fetch(`${baseUrl()}${path}`, {
      method: "POST",
      headers: { cookie, origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(body),
      redirect: "manual",
    });

  const cases = shortCorpus.map((value, index) => [index, value] as const);

  test.for(cases)("URL parameters with value #%i never fail the server", async ([index, value], { page }) => {
    await addSessionCookie(page, cookie);
    const v = inUrl(value);
    const serverErrors: string[] = [];
    for (const path of [
      `/pilots?q=${v}&domein=${v}&fase=${v}&zichtbaarheid=${v}&gemeente=${v}&pagina=${v}`,
      `/lessen?q=${v}&domein=${v}&soort=${v}&principe=${v}&bewijs=${v}&provincie=${v}&omvang=${v}&pagina=${v}`,
      `/portfolio?domein=${v}&fase=${v}&jaar=${v}&principe=${v}`,
      `/portfolio/risicos?kans=${v}&impact=${v}`,
      `/portfolio/export.csv?domein=${v}&jaar=${v}`,
      `/lessen/export.csv?domein=${v}`,
      `/pilots/${v}`,
      `/lessen/${v}`,
      `/kennisbank/${v}`,
      `/inloggen?terug=${v}`,
    ]) {
      const response = await get(path);
      if (response.status >= 500) serverErrors.push(`${response.status} ${path}`);
    }
    expect(serverErrors).toEqual([]);
    // In the browser, each value on one of the three pages that show a parameter back, in turn: every
    // page meets a third of the corpus (all three for every value took ~45 more seconds of CI).
    const shown = [`/pilots?q=${v}`, `/lessen?q=${v}`, `/inloggen?terug=${v}`];
    await expectInert(page, shown[index % shown.length] as string);
  });

  test.for(cases)("form posts with value #%i are refused or stored inert", async ([index, value], { page }) => {
    await addSessionCookie(page, cookie);
    const signIn = await fetch(`${baseUrl()}/inloggen`, {
      method: "POST",
      // A visitor of its own per value, or the sixth wrong sign-in would be refused as too many.
      headers: { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": `203.0.113.${100 + index}` },
      body: new URLSearchParams({ email: value, password: value }),
      redirect: "manual",
    });
    expect(signIn.status).toBe(400);

    const lesson = await post("/lessen/nieuw", {
      title: `Onveilige invoer ${value}`.slice(0, 190),
      body: `${value} Deze les beschrijft wat er gebeurde, waarom het werkte en wat een andere gemeente ermee kan doen in de praktijk.`,
      kind: value,
      domain: "wmo",
      visibility: "private",
      tags: value,
      pilot: value,
    });
    expect([303, 400]).toContain(lesson.status);

    const valid = await post("/lessen/nieuw", {
      title: "Onveilige invoer wordt tekst",
      body: `${value}\n\nDeze les beschrijft wat er gebeurde, waarom het werkte en wat een andere gemeente ermee kan doen in de praktijk.`,
      kind: "tip",
      domain: "wmo",
      visibility: "private",
      tags: "veiligheid",
    });
    // A valid lesson around the value is stored, and the page shows the value inert, with a comment holding it too.
    expect(valid.status).toBe(303);
    const lessonPath = (valid.headers.get("location") ?? "").split("?")[0]!;
    expect(lessonPath).toMatch(/^\/lessen\/[a-z0-9]{15}$/);
    const comment = await post(lessonPath, { form: "reactie", body: value });
    expect([303, 400]).toContain(comment.status);
    await expectInert(page, lessonPath);
  });

  test("the pilot action refuses a hostile form with field errors, not a server error", async () => {
    const response = await fetch(`${baseUrl()}/_actions/savePilot`, {
      method: "POST",
      headers: { cookie, origin: baseUrl(), "content-type": "application/json" },
      body: JSON.stringify({
        form: { title: "<script>alert(1)</script>", hypotheses: "nee", budget_lines: [{ planned_cents: -5 }], visibility: '") || 1=1' },
      }),
    });
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).toContain("niet opgeslagen");
  });

  test("the site is still healthy", async () => {
    expect((await get("/pilots")).status).toBe(200);
  });
});
