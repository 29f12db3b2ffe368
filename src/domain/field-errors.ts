/** Zod issues as one Dutch message per form path ("hypotheses.0.baseline"), the first one winning. */
export function issuesToFieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    errors[path] ??= issue.message;
  }
  return errors;
}

/** "hypotheses.0.baseline" → "veld-hypotheses-0-baseline": the id of the field's control, for the summary's links. */
export const fieldId = (path: string) => `veld-${path.replace(/\./g, "-")}`;

export type FieldError = { path: string; message: string };

/**
 * React Hook Form's error tree as one entry per path. A field array's own error sits under "root"
 * (e.g. "at least one hypothesis"): it belongs to the array, so it keeps the array's path.
 */
export function flattenErrorTree(tree: unknown, prefix = ""): FieldError[] {
  if (!tree || typeof tree !== "object") return [];
  const record = tree as Record<string, unknown>;
  const own = typeof record.message === "string" && "type" in record ? [{ path: prefix, message: record.message }] : [];
  const nested = Object.entries(record).flatMap(([key, value]) => {
    if (key === "ref" || key === "message" || key === "type" || key === "types") return [];
    return flattenErrorTree(value, key === "root" ? prefix : prefix ? `${prefix}.${key}` : key);
  });
  return [...own, ...nested];
}

/** What one row of a repeatable group is called in the summary: the word its legend uses. */
const ROW_NAMES: Record<string, string> = {
  hypotheses: "Hypothese",
  budget_lines: "Begrotingsregel",
  risks: "Risico",
  partners: "Partner",
  measurements: "Meting",
  testimonials: "Citaat",
};

/** "Vul …" → "vul …", but an abbreviation such as "ESF+" keeps its capitals. */
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text);

/**
 * The summary entry for a field in a row names the row, so two equal messages can be told apart:
 * "Hypothese 2: vul de nulmeting in."
 */
export function withRowName(path: string, message: string): string {
  const match = /^([a-z_]+)\.(\d+)(?:\.|$)/.exec(path);
  const row = match?.[1] ? ROW_NAMES[match[1]] : undefined;
  return row && match ? `${row} ${Number(match[2]) + 1}: ${lowerFirst(message)}` : message;
}

export type SummaryEntry = { target: string; message: string };

/**
 * The error summary's entries in the order the fields stand in the form (`formIds`: the ids of the
 * form's controls in document order), each linked to its control. An error without a control of its
 * own (a whole row, a whole list) links to the nearest enclosing element that has one.
 */
export function summaryEntries(
  errors: ReadonlyArray<FieldError> | Readonly<Record<string, string>>,
  formIds: readonly string[],
): SummaryEntry[] {
  const list = Array.isArray(errors) ? (errors as FieldError[]) : Object.entries(errors).map(([path, message]) => ({ path, message }));
  const position = new Map(formIds.map((id, index) => [id, index]));
  const targetOf = (path: string) => {
    const parts = path.split(".");
    for (let length = parts.length; length > 0; length--) {
      const id = fieldId(parts.slice(0, length).join("."));
      if (position.has(id)) return id;
    }
    return formIds[0] ?? fieldId(path);
  };
  return list
    .map((error, index) => ({ target: targetOf(error.path), message: withRowName(error.path, error.message), index }))
    .sort((a, b) => (position.get(a.target) ?? formIds.length) - (position.get(b.target) ?? formIds.length) || a.index - b.index)
    .map(({ target, message }) => ({ target, message }));
}
