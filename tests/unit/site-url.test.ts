import { describe, expect, it } from "vitest";
import { siteOrigin } from "../../src/server/site-url.ts";

/** The origin absolute links are built on: SITE_URL, else the listening address; never the request. */
describe("siteOrigin", () => {
  it.each([
    { env: { SITE_URL: "https://proeftuin.gemeente.nl" }, origin: "https://proeftuin.gemeente.nl" },
    { env: { SITE_URL: "https://proeftuin.gemeente.nl/" }, origin: "https://proeftuin.gemeente.nl" },
    { env: { SITE_URL: "HTTPS://Proeftuin.Gemeente.NL:443/lessen?x=1#y" }, origin: "https://proeftuin.gemeente.nl" },
    { env: { SITE_URL: "http://10.0.0.5:8080", HOST: "0.0.0.0", PORT: "4321" }, origin: "http://10.0.0.5:8080" },
    { env: {}, origin: "http://localhost:4321" },
    { env: { SITE_URL: "" }, origin: "http://localhost:4321" },
    { env: { HOST: "127.0.0.1", PORT: "8080" }, origin: "http://127.0.0.1:8080" },
    { env: { HOST: "proeftuin.local" }, origin: "http://proeftuin.local:4321" },
    { env: { HOST: "::1", PORT: "4400" }, origin: "http://[::1]:4400" },
  ])("$env gives $origin", ({ env, origin }) => {
    expect(siteOrigin(env)).toBe(origin);
  });

  it.each(["proeftuin.gemeente.nl", "javascript:alert(1)", "ftp://proeftuin.gemeente.nl"])("refuses SITE_URL %j, naming it", (value) => {
    expect(() => siteOrigin({ SITE_URL: value })).toThrow(/SITE_URL/);
  });

  it("reads the process environment by default", () => {
    const saved = process.env.SITE_URL;
    process.env.SITE_URL = "https://uit-de-omgeving.test/";
    try {
      expect(siteOrigin()).toBe("https://uit-de-omgeving.test");
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });
});
