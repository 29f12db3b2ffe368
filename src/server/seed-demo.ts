import type { TypedPocketBase } from "../data/client.ts";
import { savePilot } from "../data/pilots.ts";
import { PilotFormSchema } from "../domain/pilot.ts";
import { demoPassword, type DemoMunicipality } from "../../pocketbase/seed/demo-types.ts";

export type SeedCounts = { municipalities: number; users: number; pilots: number };

/** True when every demo municipality is there; the municipalities list is public, so no login is needed. */
export async function isDemoSeeded(pb: TypedPocketBase, network: readonly DemoMunicipality[]): Promise<boolean> {
  const codes = network.map((municipality) => municipality.cbs_code);
  const filter = codes.map((_, i) => `cbs_code = {:c${i}}`).join(" || ");
  const params = Object.fromEntries(codes.map((code, i) => [`c${i}`, code]));
  const found = await pb.collection("municipalities").getFullList({ filter: pb.filter(filter, params), fields: "id" });
  return found.length === codes.length;
}

/**
 * Loads the demo network with a superuser client. Each municipality, account and pilot is looked
 * up by its natural key first (CBS code, e-mail, title), so running it again adds only what is
 * missing and changes nothing that is there.
 */
export async function seedDemoNetwork(pb: TypedPocketBase, network: readonly DemoMunicipality[]): Promise<SeedCounts> {
  const counts: SeedCounts = { municipalities: 0, users: 0, pilots: 0 };
  for (const demo of network) {
    const found = await findFirst(pb, "municipalities", pb.filter("cbs_code = {:code}", { code: demo.cbs_code }));
    const municipality: { id: string } =
      found ??
      (await pb.collection("municipalities").create({
        name: demo.name,
        cbs_code: demo.cbs_code,
        province: demo.province,
        inhabitants: demo.inhabitants,
      }));
    if (!found) counts.municipalities++;

    for (const user of demo.users) {
      if (await findFirst(pb, "users", pb.filter("email = {:email}", { email: user.email }))) continue;
      await pb.collection("users").create({
        ...user,
        password: demoPassword,
        passwordConfirm: demoPassword,
        municipality: municipality.id,
        verified: true,
      });
      counts.users++;
    }

    for (const { decision, decision_rationale, evidence_level, ...input } of demo.pilots) {
      const existing = await findFirst(
        pb,
        "pilots",
        pb.filter("municipality = {:m} && title = {:title}", { m: municipality.id, title: input.title }),
      );
      if (existing) continue;
      const form = PilotFormSchema.parse(input);
      const result = await savePilot(pb, {
        municipality: municipality.id,
        form,
        extra: { decision: decision ?? "", decision_rationale: decision_rationale ?? "", evidence_level: evidence_level ?? "" },
      });
      if (!result.ok) {
        throw new Error(`Demo-pilot "${input.title}" niet opgeslagen: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
      }
      counts.pilots++;
    }
  }
  return counts;
}

async function findFirst(pb: TypedPocketBase, collection: string, filter: string) {
  const { items } = await pb.collection(collection).getList(1, 1, { filter, skipTotal: true });
  return items[0];
}
