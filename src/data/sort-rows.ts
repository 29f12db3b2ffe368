/**
 * Rows in the order PocketBase's `sort` would give ("-created" descending), for records that come
 * as expanded relations, which PocketBase does not sort. Field values are compared as strings
 * by code unit, as SQLite does (PocketBase's dates sort correctly that way), or as numbers when
 * both are numbers.
 */
const binary = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

export function sortRows<T extends object>(rows: readonly T[], ...fields: string[]): T[] {
  const keys = fields.map((field) => (field.startsWith("-") ? { name: field.slice(1), sign: -1 } : { name: field, sign: 1 }));
  const fieldOf = (row: T, name: string): unknown => (row as Record<string, unknown>)[name];
  return [...rows].sort((a, b) => {
    for (const { name, sign } of keys) {
      const x = fieldOf(a, name);
      const y = fieldOf(b, name);
      const order = typeof x === "number" && typeof y === "number" ? x - y : binary(String(x ?? ""), String(y ?? ""));
      if (order !== 0) return sign * Math.sign(order);
    }
    return 0;
  });
}
