/** An Atom 1.0 feed (RFC 4287) as a string; every text is XML-escaped. */
export type AtomEntry = { id: string; title: string; link: string; updated: string; summary: string; author: string };
export type AtomFeed = { id: string; title: string; link: string; selfLink: string; updated: string; entries: readonly AtomEntry[] };

const escapeXml = (text: string) =>
  text
    // characters XML 1.0 does not allow at all
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; they are removed on purpose.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

/** PocketBase's "2026-03-01 10:00:00.000Z" as RFC 3339. */
export function rfc3339(stored: string): string {
  const date = new Date(stored.replace(" ", "T"));
  // A feed with one bad date must still be a feed.
  return Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString();
}

/** What the feed of new public lessons needs of a lesson. */
export type FeedLesson = { id: string; title: string; body: string; created: string; updated: string; municipality: string };

/** A path of this site as an absolute link: only the origin is taken, and the path stays beneath it. */
const siteLink = (origin: string, path: string) => new URL(path, new URL(origin).origin).href;

/**
 * The feed of new public lessons (newest first), every link under `origin`: the site's configured
 * address, not the address a request came in on, which its sender chooses.
 */
export function publicLessonsFeed(origin: string, lessons: readonly FeedLesson[]): AtomFeed {
  const library = siteLink(origin, "/lessen");
  return {
    id: library,
    title: "Proeftuin – nieuwe openbare lessen",
    link: library,
    selfLink: siteLink(origin, "/lessen/feed.xml"),
    updated: lessons[0] ? rfc3339(lessons[0].created) : new Date(0).toISOString(),
    entries: lessons.map((lesson) => {
      const link = siteLink(origin, `/lessen/${encodeURIComponent(lesson.id)}`);
      return {
        id: link,
        title: lesson.title,
        link,
        updated: rfc3339(lesson.updated),
        author: lesson.municipality || "Proeftuin",
        // Markdown marks read as noise in a feed reader.
        summary: lesson.body.replace(/[#*_>`]/g, "").slice(0, 500),
      };
    }),
  };
}

export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries
    .map(
      (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" href="${escapeXml(entry.link)}"/>
    <updated>${escapeXml(entry.updated)}</updated>
    <author><name>${escapeXml(entry.author)}</name></author>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="alternate" href="${escapeXml(feed.link)}"/>
  <link rel="self" href="${escapeXml(feed.selfLink)}"/>
  <updated>${escapeXml(feed.updated)}</updated>
${entries}
</feed>
`;
}
