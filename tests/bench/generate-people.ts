/** The bench network's municipalities and accounts, written straight into SQLite. */
import { randomBytes } from "node:crypto";
import type { Role } from "../../src/domain/options.ts";
import { SIZES, type MunicipalityPlan } from "./plan.ts";
import { WeightedPicker, weighted } from "./random.ts";
import { DAY, type Generation, insertRows, iso } from "./rows.ts";
import { personName } from "./names.ts";

const TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** A tokenKey like PocketBase's own: 50 random letters and digits, unique per user. */
function tokenKey(): string {
  const bytes = randomBytes(50);
  let key = "";
  for (const byte of bytes) key += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
  return key;
}

const slug = (value: string) =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.|\.$/g, "");

type User = { id: string; name: string; muni: number; role: Role };

export type People = Awaited<ReturnType<typeof generatePeople>>;

/**
 * Municipalities (GM0001 exists already: created through the API with plan[0]) and users: an
 * innovatiemanager and a directeur everywhere, the rest spread by size.
 */
export async function generatePeople(
  g: Generation,
  plan: MunicipalityPlan[],
  api: { municipalityId: string; user: { id: string; name: string }; passwordHash: string },
) {
  const { random, ids, today } = g;
  const muniIds = plan.map((_, index) => (index === 0 ? api.municipalityId : ids.next()));
  const muniCreated = iso(today - 400 * DAY);
  await insertRows(
    g,
    "municipalities",
    ["id", "name", "cbs_code", "province", "inhabitants", "size_class", "created", "updated"],
    plan.length - 1,
    (i) => {
      const m = plan[i + 1]!;
      return [muniIds[i + 1]!, m.name, m.cbs_code, m.province, m.inhabitants, m.size_class, muniCreated, muniCreated];
    },
  );
  // How much activity a municipality has: grows with size, but less than proportionally.
  const muniWeight = plan.map((m) => m.inhabitants ** 0.6);
  const otherMunis = new WeightedPicker(muniWeight.map((w, index) => (index === 0 ? 0 : w)));
  const anyMuni = new WeightedPicker(muniWeight);

  const users: User[] = [{ id: api.user.id, name: api.user.name, muni: 0, role: "innovatiemanager" }];
  const planned: Array<{ muni: number; role: Role }> = [{ muni: 0, role: "directeur" }];
  for (let m = 1; m < plan.length; m++) planned.push({ muni: m, role: "innovatiemanager" }, { muni: m, role: "directeur" });
  const otherRole = weighted<Role>([
    ["innovatiemanager", 3],
    ["directeur", 1],
    ["collega", 6],
  ]);
  while (planned.length < SIZES.users - 1) planned.push({ muni: anyMuni.draw(random), role: otherRole(random) });
  const userCreated = iso(today - 300 * DAY);
  await insertRows(
    g,
    "users",
    ["id", "email", "emailVisibility", "verified", "password", "tokenKey", "name", "avatar", "municipality", "role", "created", "updated"],
    planned.length,
    (i) => {
      const p = planned[i]!;
      const user: User = { id: ids.next(), name: personName(random), muni: p.muni, role: p.role };
      users.push(user);
      const email = `${slug(user.name)}.${i + 1}@${plan[p.muni]!.cbs_code.toLowerCase()}.test`;
      return [user.id, email, 0, 1, api.passwordHash, tokenKey(), user.name, "", muniIds[p.muni]!, p.role, userCreated, userCreated];
    },
  );
  /** Per municipality, the indexes in `users` of its innovatiemanagers and directeuren. */
  const writersOf: number[][] = plan.map(() => []);
  users.forEach((user, index) => {
    if (user.role !== "collega") writersOf[user.muni]!.push(index);
  });
  return { muniIds, otherMunis, anyMuni, users, writersOf };
}
