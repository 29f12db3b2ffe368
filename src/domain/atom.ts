/** An Atom 1.0 feed (RFC 4287) as a string; every text is XML-escaped. */
export type AtomEntry = { id: string; title: string; link: string; updated: string; summary: string; author: string };
export type AtomFeed = { id: string; title: string; link: string; selfLink: string; updated: string; entries: readonly AtomEntry[] };

const escapeXml = (text: string) =>
  text
    // characters XML 1.0 does not allow at all
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
