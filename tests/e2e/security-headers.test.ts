import PocketBase from "pocketbase";
import { describe, expect, inject, it } from "vitest";
import { baseUrl } from "./browser.ts";

/** Every page says what it may load and who may frame it; cross-site form posts are refused. */
describe("security headers", () => {
  it.each(["/", "/pilots", "/lessen", "/inloggen", "/kennisbank", "/bestaat-niet"])("%s carries the headers", async (path) => {
    const response = await fetch(`${baseUrl()}${path}`, { redirect: "manual" });
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'( 'sha(256|384|512)-[A-Za-z0-9+/=]+')*(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("refuses a sign-in form posted from another site", async () => {
    const response = await fetch(`${baseUrl()}/inloggen`, {
      method: "POST",
      headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: "email=innovatie%40rotterdam.test&password=proeftuin-demo",
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("sets the session cookie httpOnly and SameSite=Lax, and not Secure over plain http", async () => {
    const response = await fetch(`${baseUrl()}/inloggen`, {
      method: "POST",
      headers: { origin: baseUrl(), "content-type": "application/x-www-form-urlencoded" },
      body: "email=innovatie%40rotterdam.test&password=proeftuin-demo",
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^pb_auth=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it("sends the session cookie again only when the site renewed the token", async () => {
    // A token the site has not seen: it asks PocketBase, which hands out a renewed one.
    const pb = new PocketBase(inject("pocketbaseUrl"));
    await pb.collection("users").authWithPassword("innovatie@rotterdam.test", "proeftuin-demo");
    const presented = pb.authStore.exportToCookie({}, "pb_auth").split(";")[0]!;
    // A token is signed per second: a refresh within the same second could give the same one.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const first = await fetch(`${baseUrl()}/pilots`, { headers: { cookie: presented }, redirect: "manual" });
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("Uitloggen");
    const renewed = (first.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(renewed).toMatch(/^pb_auth=[^;]/);
    expect(renewed).not.toBe(presented);

    // The renewed token is what the browser now holds: the next page does not send it again.
    const next = await fetch(`${baseUrl()}/pilots`, { headers: { cookie: renewed }, redirect: "manual" });
    expect(next.status).toBe(200);
    expect(await next.text()).toContain("Uitloggen");
    expect(next.headers.get("set-cookie")).toBeNull();
  });
});
