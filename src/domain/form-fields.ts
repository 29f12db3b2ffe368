import { z } from "zod";
import { formatDecimal, parseDecimal } from "./decimal.ts";

/** Field types shared by the forms: strings as the browser gives them, parsed to what is stored. */

const required = (what: string) => `Vul ${what} in.`;
const tooLong = (max: number) => `Maximaal ${max} tekens.`;

export const text = (max: number) => z.string().trim().max(max, tooLong(max));

/** Required text: an empty field says "Vul … in", a too short one how long it must be. */
export const requiredText = (what: string, max: number, min = 1) =>
  z
    .string({ error: required(what) })
    .trim()
    // One check, not min(1) + min(n): an empty field gets only "Vul … in". Not aborting, so the
    // form's own cross-field rules still run and the first submit lists every error at once.
    .check((payload) => {
      const { length } = payload.value;
      if (length === 0) payload.issues.push({ code: "custom", message: required(what), input: payload.value });
      else if (length < min) payload.issues.push({ code: "custom", message: `Gebruik minstens ${min} tekens.`, input: payload.value });
    })
    .max(max, tooLong(max));

/** A PocketBase record id: 15 lowercase letters and digits. */
export const recordId = z.string().regex(/^[a-z0-9]{15}$/, "Ongeldige verwijzing.");

/** Whether a value from a URL or form is a record id, before it goes anywhere near PocketBase. */
export const isRecordId = (value: unknown): value is string => recordId.safeParse(value).success;

/** An optional record id: present when a row already exists and is being edited. */
export const rowId = recordId.optional().or(z.literal("").transform(() => undefined));

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};
const dateMessage = "Vul een geldige datum in (dd-mm-jjjj).";

/** A calendar date from <input type="date">, or empty. */
export const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === "" || isRealDate(value), dateMessage);

/** A calendar date that must be filled in. */
export const requiredDate = (what: string) =>
  z
    .string({ error: required(what) })
    .trim()
    .min(1, required(what))
    .refine(isRealDate, dateMessage);

export const decimal = (what: string) =>
  z.string().transform((value, ctx) => {
    const number = parseDecimal(value);
    if (number === null) {
      ctx.addIssue({ code: "custom", message: `Vul ${what} in als getal, bijvoorbeeld 850 of 72,5.` });
      return z.NEVER;
    }
    if (Math.abs(number) > 1e12) {
      ctx.addIssue({ code: "custom", message: "Dit getal is te groot." });
      return z.NEVER;
    }
    return number;
  });

/** Digits, with dots only between groups of three ("1.250"): "12.5" is not a whole number. */
const WHOLE = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)$/;

/** A whole number typed in a text field, within [min, max]. */
export const wholeNumber = (what: string, min: number, max: number) =>
  z.string().transform((value, ctx) => {
    const typed = value.trim();
    const number = Number(typed.replace(/\./g, ""));
    if (!WHOLE.test(typed) || number < min || number > max) {
      ctx.addIssue({
        code: "custom",
        message: `Vul ${what} in als geheel getal van ${formatDecimal(min)} tot en met ${formatDecimal(max)}.`,
      });
      return z.NEVER;
    }
    return number;
  });

export const choice = <T extends string>(values: readonly [T, ...T[]], message: string) =>
  z.enum(values as [T, ...T[]], { error: message });
