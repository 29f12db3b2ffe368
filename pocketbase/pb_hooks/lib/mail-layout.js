// One Dutch layout for every mail Proeftuin sends itself: plain text and HTML with the same words,
// the municipality's name, and a link back to the site (settings.meta.appURL, set from SITE_URL).

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

/** The site's address without a trailing slash. */
function siteUrl(app) {
  return String(app.settings().meta.appURL || "").replace(/\/+$/, "");
}

/**
 * { greeting, paragraphs: string[], link?: { path, label }, municipality? } → { text, html }.
 * User text in paragraphs is escaped for the HTML part; the path is joined to the site's address.
 */
function mailBody(app, { greeting, paragraphs, link, municipality }) {
  const url = link ? `${siteUrl(app)}${link.path}` : "";
  const footer = municipality
    ? `Proeftuin, het lerend netwerk van gemeenten — ${municipality}`
    : "Proeftuin, het lerend netwerk van gemeenten";
  const text = [greeting, "", ...paragraphs.flatMap((p) => [p, ""]), ...(link ? [`${link.label}: ${url}`, ""] : []), "--", footer].join(
    "\n",
  );
  const html =
    `<!doctype html><html lang="nl"><body style="font-family:sans-serif;line-height:1.5">` +
    `<p>${escapeHtml(greeting)}</p>` +
    paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("") +
    (link ? `<p><a href="${escapeHtml(url)}">${escapeHtml(link.label)}</a></p>` : "") +
    `<p style="color:#555">${escapeHtml(footer)}</p></body></html>`;
  return { text, html };
}

module.exports = { escapeHtml, mailBody, siteUrl };
