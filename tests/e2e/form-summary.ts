import { expect } from "vitest";
import type { Page } from "playwright-core";
import { expectNoAxeViolations } from "./browser.ts";

/** Shared checks for the error summary every form shows after a refused submit (issue 14). */

/** Tabs from the first control through `presses` stops without typing anything: nothing may be marked. */
export async function expectTabbingMarksNothing(page: Page, first: string, presses: number): Promise<void> {
  await page.locator(first).focus();
  for (let press = 0; press < presses; press++) await page.keyboard.press("Tab");
  expect(await page.locator("[aria-invalid='true']").count()).toBe(0);
  expect(await page.locator(".utrecht-form-field-error-message").count()).toBe(0);
  expect(await page.locator(".error-summary").count()).toBe(0);
}

type Summary = {
  focused: boolean;
  entries: Array<{ text: string; target: string; exists: boolean; fieldMessage: string | null }>;
  invalidControls: string[];
  inDocumentOrder: boolean;
};

async function readSummary(page: Page): Promise<Summary> {
  return page.evaluate(() => {
    const summary = document.querySelector(".error-summary");
    const links = [...(summary?.querySelectorAll("a") ?? [])];
    const targets = links.map((link) => document.getElementById((link.getAttribute("href") ?? "").replace(/^#/, "")));
    const inDocumentOrder = targets.every(
      (target, index) =>
        index === 0 ||
        (target !== null &&
          targets[index - 1] !== null &&
          (target === targets[index - 1] ||
            Boolean(targets[index - 1]!.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING))),
    );
    return {
      focused: summary !== null && document.activeElement === summary,
      entries: links.map((link, index) => ({
        text: (link.textContent ?? "").trim(),
        target: link.getAttribute("href") ?? "",
        exists: targets[index] !== null,
        fieldMessage: targets[index] ? (document.getElementById(`${targets[index]!.id}-fout`)?.textContent ?? null) : null,
      })),
      invalidControls: [...document.querySelectorAll("[aria-invalid='true']")].map((control) => control.id),
      inDocumentOrder,
    };
  });
}

/**
 * After a refused submit: the summary has focus and lists exactly the errors shown at the fields
 * (one entry per marked control, same message, row named where `rows` says), in the form's order,
 * each linked to a control that exists; axe finds nothing. Returns the entries' texts.
 */
export async function expectRefusedSummary(page: Page, rows: RegExp[] = []): Promise<string[]> {
  await page.waitForSelector(".error-summary");
  await page.waitForFunction(() => document.activeElement?.classList.contains("error-summary"));
  const summary = await readSummary(page);
  expect(summary.focused).toBe(true);
  expect(summary.entries.length).toBeGreaterThan(0);
  expect(summary.entries.length).toBe(summary.invalidControls.length);
  expect(summary.entries.map((entry) => entry.target).sort()).toEqual(summary.invalidControls.map((id) => `#${id}`).sort());
  expect(summary.inDocumentOrder).toBe(true);
  for (const entry of summary.entries) {
    expect(entry.exists, entry.target).toBe(true);
    expect(entry.fieldMessage, entry.target).not.toBeNull();
    // The entry is the field's message, after the row's name ("Hypothese 2: vul …" for "Vul …").
    expect(entry.text.toLowerCase().endsWith(entry.fieldMessage!.trim().toLowerCase()), `${entry.text} / ${entry.fieldMessage}`).toBe(true);
  }
  const texts = summary.entries.map((entry) => entry.text);
  for (const row of rows)
    expect(
      texts.some((text) => row.test(text)),
      `${row} in ${texts.join(" | ")}`,
    ).toBe(true);
  await expectNoAxeViolations(page);
  return texts;
}
