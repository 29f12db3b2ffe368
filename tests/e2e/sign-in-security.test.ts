import { describe, expect, inject, it } from "vitest";
import PocketBase from "pocketbase";
import { baseUrl, demoPassword, fiveWrongThenTooMany, signInAnswer } from "./browser.ts";

/**
 * Signing in and out through the site, as a visitor with a plain HTTP client would try it: where
 * the site sends them back to, how many wrong passwords it takes, and what a kept cookie is worth
 * after signing out. The suite's app runs behind a trusted proxy on this machine (global-setup.ts),
 * which these requests play by naming their visitor in X-Forwarded-For.
 */

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function postSignIn(email: string, secret: string, { visitor, terug }: { visitor: string; terug?: string }) {
  const query = terug === undefined ? "" : `?terug=${encodeURIComponent(terug)}`;
  return fetch(`${baseUrl()}/inloggen${query}`, {
    method: "POST",
    headers: { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": visitor },
    body: form({ email, password: secret }),
    redirect: "manual",
  });
}

const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;

const offSiteTargets = [
  "/.//evil.test",
  "/%2e//evil.test",
  "/a/..//evil.test",
  "/%2e%2e//evil.test",
  "/%2f/evil.test",
  "/\\evil.test",
  "/\t/evil.test",
  "/\n/evil.test",
  "//evil.test",
  "https://evil.test/",
];

describe("the return target after signing in", () => {
  it.each(offSiteTargets)("stays on this site for ?terug=%j, after signing in and when already signed in", async (target) => {
    const signIn = await postSignIn("collega@zwolle.test", demoPassword, { visitor: "203.0.113.30", terug: target });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get("location")).toBe("/mijn");

    const again = await fetch(`${baseUrl()}/inloggen?terug=${encodeURIComponent(target)}`, {
      headers: { cookie: cookieOf(signIn) },
      redirect: "manual",
    });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe("/mijn");
  });

  it("still goes back to the page on this site that asked for the sign-in", async () => {
    const signIn = await postSignIn("collega@zwolle.test", demoPassword, { visitor: "203.0.113.30", terug: "/lessen?q=jongeren" });
    expect(signIn.headers.get("location")).toBe("/lessen?q=jongeren");
  });

  it.each([
    ["directie@zwolle.test", undefined, "/mijn", "/mijn"],
    ["directie@zwolle.test", "https://evil.test/", "/mijn", "/mijn"],
    ["directie@zwolle.test", "/lessen", "/lessen", "/mijn"],
    ["innovatie@zwolle.test", undefined, "/mijn", "/mijn"],
    ["collega@zwolle.test", undefined, "/mijn", "/mijn"],
  ])("lands %s with ?terug=%j on %s, and on %s when already signed in", async (email, terug, landing, home) => {
    const signIn = await postSignIn(email, demoPassword, { visitor: "203.0.113.31", ...(terug === undefined ? {} : { terug }) });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get("location")).toBe(landing);

    const again = await fetch(`${baseUrl()}/inloggen`, { headers: { cookie: cookieOf(signIn) }, redirect: "manual" });
    expect(again.status).toBe(303);
    expect(again.headers.get("location")).toBe(home);
  });
});

describe("wrong passwords through the site, behind the trusted proxy", () => {
  it("answers the sixth wrong attempt of one visitor in Dutch as too many, the right password included, while another visitor signs in", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 9; i++)
      answers.push(await signInAnswer(await postSignIn("innovatie@oisterwijk.test", "verkeerd", { visitor: "203.0.113.40" })));
    expect(answers).toEqual(fiveWrongThenTooMany);
    expect(await signInAnswer(await postSignIn("innovatie@oisterwijk.test", demoPassword, { visitor: "203.0.113.40" }))).toBe("te veel");
    expect((await postSignIn("innovatie@oisterwijk.test", demoPassword, { visitor: "203.0.113.41" })).status).toBe(303);
  });

  it("goes by the address the proxy added, not by what the visitor put in front of it", async () => {
    const answers: string[] = [];
    for (let i = 0; i < 7; i++) {
      answers.push(
        await signInAnswer(await postSignIn("innovatie@oisterwijk.test", "verkeerd", { visitor: `198.51.100.${i}, 203.0.113.42` })),
      );
    }
    expect(answers.slice(4)).toEqual(["klopt niet", "te veel", "te veel"]);
  });
});

describe("signing out", () => {
  it("makes the old cookie worthless, to the site and to PocketBase, also when replayed at once", async () => {
    const signIn = await postSignIn("innovatie@amsterdam.test", demoPassword, { visitor: "203.0.113.50" });
    const cookie = cookieOf(signIn);
    const token = JSON.parse(decodeURIComponent(cookie.slice("pb_auth=".length))).token as string;
    const signedInPage = await (await fetch(`${baseUrl()}/pilots`, { headers: { cookie } })).text();
    expect(signedInPage).toContain("Uitloggen");

    const signOut = await fetch(`${baseUrl()}/uitloggen`, { method: "POST", headers: { cookie, origin: baseUrl() }, redirect: "manual" });
    expect(signOut.status).toBe(303);
    expect(signOut.headers.get("set-cookie")).toMatch(/^pb_auth=;.*Max-Age=0/);

    const replay = await fetch(`${baseUrl()}/pilots`, { headers: { cookie } });
    const replayedPage = await replay.text();
    expect(replayedPage).not.toContain("Uitloggen");
    expect(replayedPage).toContain("Inloggen");
    expect(replay.headers.get("set-cookie") ?? "").not.toMatch(/^pb_auth=[^;]/);
    const portfolio = await fetch(`${baseUrl()}/portfolio`, { headers: { cookie }, redirect: "manual" });
    expect(portfolio.status).toBe(303);
    expect(portfolio.headers.get("location")).toMatch(/^\/inloggen/);

    const pb = new PocketBase(inject("pocketbaseUrl"));
    pb.authStore.save(token);
    await expect(pb.collection("users").authRefresh()).rejects.toMatchObject({ status: 401 });
  });
});
