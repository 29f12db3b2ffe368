import type { Page } from "playwright-core";

/**
 * Layout facts read from the page as Chromium laid it out, phrased so that a failure names the
 * elements to look at.
 */

/**
 * Where the page is wider than `width`: empty when the document does not scroll sideways, else the
 * document's width and the elements that start the overflow (whose right edge passes `width`, not
 * clipped by a scroll container that fits, while their parent's does not), widest first.
 */
export async function sidewaysOverflow(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= limit) return [];
    const passes = (el: Element) => el.getBoundingClientRect().right > limit + 0.5;
    // A scroll container that fits clips what is inside it, except absolutely positioned
    // descendants whose containing block lies outside it (they stretch the document instead).
    const clipped = (el: Element) => {
      const position = getComputedStyle(el).position;
      if (position === "fixed") return false;
      const start = position === "absolute" ? (el as HTMLElement).offsetParent : el.parentElement;
      for (let up = start; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible" && !passes(up)) return true;
      }
      return false;
    };
    const name = (el: Element) => {
      const classes = [...el.classList]
        .slice(0, 3)
        .map((c) => `.${c}`)
        .join("");
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      const { left, right, width } = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${classes} "${text}" (x ${Math.round(left)}–${Math.round(right)} px, ${Math.round(width)} px wide)`;
    };
    const overflowing = new Set(
      [...document.body.querySelectorAll("*")].filter((el) => el.getBoundingClientRect().width > 0 && passes(el) && !clipped(el)),
    );
    const culprits = [...overflowing]
      .filter((el) => !(el.parentElement && overflowing.has(el.parentElement)))
      .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
      .slice(0, 6);
    return [`document is ${scrollWidth} px wide`, ...culprits.map(name)];
  }, width);
}

/**
 * Words in table headers and cells that the browser broke across lines (split mid-word or
 * hyphenated): each word of each text is measured on its own, and a word whose boxes sit on more
 * than one line is named with its cell. Text hidden visually (for screen readers) is left out.
 */
export async function wordsBrokenInTables(page: Page, scope = "main"): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll(`${selector} th, ${selector} td`)) {
      if (cell.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(".visually-hidden")) continue;
        const text = node.textContent ?? "";
        for (const match of text.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) {
            const label = (cell.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
            found.push(
              `"${match[0]}" over ${lines.size} lines in ${cell.tagName.toLowerCase()} "${label}" (${Math.round(cell.getBoundingClientRect().width)} px wide)`,
            );
          }
        }
      }
    }
    return found;
  }, scope);
}
