import { z } from "zod";
import { choice, rowId, text } from "./form-fields.ts";
import { limits } from "./limits.ts";
import { effectActors, effectKinds } from "./options.ts";
import { euros, yearField } from "./pilot.ts";

/**
 * One row of "Kosten en baten per actor" (pilot_effects): who pays or gains how much in a year.
 * PocketBase holds the same bounds (pocketbase/pb_migrations/1764153000_what_works.js, row limit in
 * pb_hooks/lib/row-limits.js); this schema gives the Dutch message at the field.
 */
export const EffectRowSchema = z.object({
  id: rowId,
  actor: choice(effectActors.values, "Kies een partij."),
  kind: choice(effectKinds.values, "Kies kosten of baten."),
  year: yearField,
  expected_cents: euros("het verwachte bedrag"),
  realised_cents: euros("het gerealiseerde bedrag"),
  /** Where the amount comes from: an MKBA, a business case, a calculation. */
  source_note: text(1000),
});
export type EffectRow = z.output<typeof EffectRowSchema>;

export const EffectsFormSchema = z.object({
  effects: z.array(EffectRowSchema).max(limits.effects, `Maximaal ${limits.effects} regels met kosten en baten.`),
});

/** A row of the form as typed: strings, as the browser sends them. */
const FIELDS = ["id", "actor", "kind", "year", "expected_cents", "realised_cents", "source_note"] as const;
export type EffectInput = Record<(typeof FIELDS)[number], string>;

export const emptyEffect = (year: number): EffectInput => ({
  id: "",
  actor: "",
  kind: "",
  year: String(year),
  expected_cents: "",
  realised_cents: "",
  source_note: "",
});

/**
 * The rows of the server form ("effects.3.actor"), in form order. A row with nothing chosen or typed
 * (a spare empty row) is left out, as is one marked "remove": saving then deletes a stored one.
 */
export function effectRowsFromForm(form: { get(name: string): unknown }, count: number): EffectInput[] {
  const rows: EffectInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const value = (field: string) => String(form.get(`effects.${index}.${field}`) ?? "");
    if (value("verwijderen") === "ja") continue;
    const row = Object.fromEntries(FIELDS.map((field) => [field, value(field)])) as EffectInput;
    const typed = row.actor || row.kind || row.expected_cents.trim() || row.realised_cents.trim() || row.source_note.trim();
    if (typed) rows.push(row);
  }
  return rows;
}
