import { marked } from "marked";
import DOMPurify from "isomorphic-dompurify";

/**
 * Lessons are written in Markdown by users, and PocketBase stores whatever is sent, <script>
 * included. Rendered HTML keeps only formatting and links to http(s), mailto or this site.
 */
const ALLOWED_TAGS = [
  "p",
  "br",
  "strong",
  "em",
  "ul",
  "ol",
  "li",
  "a",
  "blockquote",
  "code",
  "pre",
  "h2",
  "h3",
  "h4",
  "hr",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
];

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ["href", "title"],
    // A path on this site, never "//host" or "/\\host", which browsers read as another site.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/(?![/\\])|#)/i,
  });
}
