import { describe, it, expect } from "vitest";
import { publicLessonsFeed, type FeedLesson } from "../../src/domain/atom.ts";

describe("publicLessonsFeed", () => {
  const lesson = (overrides: Partial<FeedLesson> = {}): FeedLesson => ({
    id: "abc123def456ghi",
    title: "Wijkteam werkt",
    body: "## Kop\n\nEen **les** over _wijkteams_ > `code`.",
    created: "2026-03-01 10:00:00.000Z",
    updated: "2026-03-02 11:00:00.000Z",
    municipality: "Gemeente Utrecht",
    ...overrides,
  });

  it("links the feed, the library and every lesson under the given origin", () => {
    const feed = publicLessonsFeed("https://proeftuin.gemeente.nl", [lesson(), lesson({ id: "zzz999yyy888xxx" })]);
    expect(feed).toMatchObject({
      id: "https://proeftuin.gemeente.nl/lessen",
      link: "https://proeftuin.gemeente.nl/lessen",
      selfLink: "https://proeftuin.gemeente.nl/lessen/feed.xml",
      updated: "2026-03-01T10:00:00.000Z",
    });
    expect(feed.entries.map((entry) => [entry.id, entry.link])).toEqual([
      ["https://proeftuin.gemeente.nl/lessen/abc123def456ghi", "https://proeftuin.gemeente.nl/lessen/abc123def456ghi"],
      ["https://proeftuin.gemeente.nl/lessen/zzz999yyy888xxx", "https://proeftuin.gemeente.nl/lessen/zzz999yyy888xxx"],
    ]);
    expect(feed.entries[0]).toMatchObject({
      title: "Wijkteam werkt",
      author: "Gemeente Utrecht",
      updated: "2026-03-02T11:00:00.000Z",
      summary: " Kop\n\nEen les over wijkteams  code.",
    });
  });

  it.each([
    ["http://127.0.0.1:4321", "http://127.0.0.1:4321/lessen/abc123def456ghi"],
    ["https://proeftuin.gemeente.nl/", "https://proeftuin.gemeente.nl/lessen/abc123def456ghi"],
    ["https://proeftuin.gemeente.nl/ergens/diep?x=1", "https://proeftuin.gemeente.nl/lessen/abc123def456ghi"],
  ])("takes only the origin of %j", (origin, link) => {
    expect(publicLessonsFeed(origin, [lesson()]).entries[0]?.link).toBe(link);
  });

  it("keeps an id that is not a record id inside the site's /lessen/ path", () => {
    const [entry] = publicLessonsFeed("https://proeftuin.gemeente.nl", [lesson({ id: "//evil.test/../x?y#z" })]).entries;
    expect(entry?.link.startsWith("https://proeftuin.gemeente.nl/lessen/")).toBe(true);
    expect(new URL(entry?.link ?? "").host).toBe("proeftuin.gemeente.nl");
  });

  it("gives a feed without lessons the epoch as its date, and no entries", () => {
    expect(publicLessonsFeed("https://proeftuin.gemeente.nl", [])).toMatchObject({ updated: "1970-01-01T00:00:00.000Z", entries: [] });
  });

  it("cuts a long summary at 500 characters", () => {
    const [entry] = publicLessonsFeed("https://proeftuin.gemeente.nl", [lesson({ body: "a".repeat(600) })]).entries;
    expect(entry?.summary).toBe("a".repeat(500));
  });
});
