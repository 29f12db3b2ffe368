import type { APIContext } from "astro";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { createClient } from "../../src/data/client.ts";
import { GET } from "../../src/pages/lessen/feed.xml.ts";
import { createNeighbours } from "./fixtures.ts";
import { createLesson } from "./learning-fixtures.ts";

/**
 * The Atom feed of new public lessons (src/pages/lessen/feed.xml.ts) links to the site by its
 * configured address (SITE_URL, else the listening address), never by the Host header of the
 * request: anyone can send a feed reader's cache or an aggregator a request with a forged Host.
 */

const saved = { SITE_URL: process.env.SITE_URL, HOST: process.env.HOST, PORT: process.env.PORT };
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

// At least one public lesson, so the feed has entries (others' lessons may push it off the first 50).
beforeAll(async () => {
  const n = await createNeighbours();
  await createLesson(n.as.ownManager, { visibility: "public" });
});

/** The feed as the route answers a request that came in for `host`. */
async function feedFor(host: string): Promise<string> {
  const url = new URL(`http://${host}/lessen/feed.xml`);
  const request = new Request(url, { headers: { host } });
  const context = { url, request, locals: { pb: createClient(inject("pocketbaseUrl")) } } as unknown as APIContext;
  const response = await GET(context);
  return response.text();
}

/** Every <id> and every link's href: in this feed, all are absolute links to the site. */
const linksIn = (xml: string) =>
  [...xml.matchAll(/<id>([^<]*)<\/id>|<link [^>]*href="([^"]*)"/g)].map((match) => match[1] ?? match[2] ?? "");

describe("links in the lesson feed", () => {
  it.each([
    { case: "SITE_URL set", env: { SITE_URL: "https://proeftuin.gemeente.nl" }, origin: "https://proeftuin.gemeente.nl" },
    {
      case: "SITE_URL with a trailing slash",
      env: { SITE_URL: "https://proeftuin.gemeente.nl/" },
      origin: "https://proeftuin.gemeente.nl",
    },
    { case: "no SITE_URL: the listening address", env: { HOST: "127.0.0.1", PORT: "4400" }, origin: "http://127.0.0.1:4400" },
    { case: "no SITE_URL, HOST or PORT", env: {}, origin: "http://localhost:4321" },
  ])("with $case, a request with a forged Host header gets links to $origin only", async ({ env, origin }) => {
    delete process.env.SITE_URL;
    delete process.env.HOST;
    delete process.env.PORT;
    Object.assign(process.env, env);

    const xml = await feedFor("evil.test");
    expect(xml).not.toContain("evil.test");
    const links = linksIn(xml);
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) expect(link.startsWith(`${origin}/`)).toBe(true);
    expect(links.some((link) => /^.+\/lessen\/[a-z0-9]{15}$/.test(link))).toBe(true);
    expect(links).toContain(`${origin}/lessen/feed.xml`);
  });
});
