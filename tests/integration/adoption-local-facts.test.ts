import type { RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { adoptPilot } from "../../src/data/adoption.ts";
import { getPilotWithRows, savePilot } from "../../src/data/pilots.ts";
import { localFactsMessages } from "../../src/domain/adoption.ts";
import { PilotFormSchema, type PilotFormInput } from "../../src/domain/pilot.ts";
import { toPilotFormValues } from "../../src/domain/pilot-form-values.ts";
import { type Neighbours, admin, appClientOf, createNeighbours, hypothesisData, pilotData, refusalOf, storedAsAdmin } from "./fixtures.ts";

/**
 * An adopted copy replaces the original's local facts (target group, baselines) before it leaves
 * the stage Ontwerp: PocketBase refuses otherwise (pb_hooks/adoption_local_facts.pb.js), with Dutch
 * messages at the stage, the target group and the hypotheses, through the API and the pilot form.
 */

let n: Neighbours;
beforeAll(async () => {
  n = await createNeighbours();
});
const TARGET_GROUP = "Jongeren in Zwolle-Zuid zonder startkwalificatie";
/** The adopter's own baselines, below the copied targets (60 and 12): higher is better. */
const OWN_BASELINES = [30, 3];

async function adoptedCopy() {
  const original = await n.as.ownManager
    .collection("pilots")
    .create(pilotData(n.own.municipality.id, { visibility: "network", target_group: TARGET_GROUP }));
  const hypotheses = [
    await n.as.ownManager.collection("hypotheses").create(hypothesisData(original.id, { baseline: 40, target: 60 })),
    await n.as.ownManager.collection("hypotheses").create(hypothesisData(original.id, { indicator: "leerbanen", baseline: 5, target: 12 })),
  ];
  const result = await adoptPilot(appClientOf(n.as.otherManager), original.id, n.other.municipality.id);
  if (!result.ok) throw new Error(`adoption failed: ${result.message}`);
  const pb = await admin();
  const copied = await pb.collection("hypotheses").getFullList({ filter: pb.filter("pilot = {:p}", { p: result.id }), sort: "created,id" });
  return { original, hypotheses, copyId: result.id, copied };
}

const stageOf = async (id: string) => (await storedAsAdmin("pilots", id)).stage as string;
const messageAt = (error: unknown, field: string) =>
  (error as { response?: { data?: Record<string, { message?: string }> } }).response?.data?.[field]?.message;

describe("through the API", () => {
  it("refuses leaving ontwerp with the original's target group and baselines, saying what to replace", async () => {
    const { copyId } = await adoptedCopy();
    const call = n.as.otherManager.collection("pilots").update(copyId, { stage: "uitvoering" });
    const error = await call.catch((caught: unknown) => caught);
    expect(await refusalOf(Promise.reject(error))).toEqual({ status: 400, fields: ["hypotheses", "stage", "target_group"] });
    expect([messageAt(error, "stage"), messageAt(error, "target_group")]).toEqual([
      localFactsMessages.stage,
      localFactsMessages.target_group,
    ]);
    expect(messageAt(error, "hypotheses")).toBe(`${localFactsMessages.hypotheses}percentage met baan; leerbanen.`);
    expect(await stageOf(copyId)).toBe("ontwerp");
  });

  it("reads the target group whatever its spacing or case, and names only the baselines still to replace", async () => {
    const { copyId, copied } = await adoptedCopy();
    const pb = n.as.otherManager;
    await pb.collection("pilots").update(copyId, { target_group: `  ${TARGET_GROUP.toUpperCase().replace(/ /g, "  ")} ` });
    await pb.collection("hypotheses").update(copied[0]!.id, { baseline: 35 });
    const error = await pb
      .collection("pilots")
      .update(copyId, { stage: "evaluatie" })
      .catch((caught: unknown) => caught);
    expect(Object.keys((error as { response: { data: object } }).response.data).sort()).toEqual(["hypotheses", "stage", "target_group"]);
    expect(messageAt(error, "hypotheses")).toBe(`${localFactsMessages.hypotheses}leerbanen.`);
  });

  it("lets the copy into practice once both are replaced, and into idee with the original's facts", async () => {
    const { copyId, copied } = await adoptedCopy();
    const pb = n.as.otherManager;
    expect((await refusalOf(pb.collection("pilots").update(copyId, { stage: "idee" }))).status).toBe(200);
    await pb.collection("pilots").update(copyId, { target_group: "Jongeren in Oisterwijk zonder startkwalificatie" });
    for (const [index, hypothesis] of copied.entries())
      await pb.collection("hypotheses").update(hypothesis.id, { baseline: OWN_BASELINES[index] });
    expect((await refusalOf(pb.collection("pilots").update(copyId, { stage: "uitvoering" }))).status).toBe(200);
    expect(await stageOf(copyId)).toBe("uitvoering");
  });

  it("refuses a copy created straight in practice with the original's target group or a baseline", async () => {
    const { original, hypotheses } = await adoptedCopy();
    const pb = n.as.otherManager;
    const data = (overrides: Record<string, unknown>) => pilotData(n.other.municipality.id, { adopted_from: original.id, ...overrides });
    expect(await refusalOf(pb.collection("pilots").create(data({ target_group: TARGET_GROUP })))).toEqual({
      status: 400,
      fields: ["stage", "target_group"],
    });
    const copy = await pb.collection("pilots").create(data({ target_group: "Jongeren in Oisterwijk" }));
    const link = (baseline: number) => hypothesisData(copy.id, { adopted_from: hypotheses[0]!.id, baseline, target: 60 });
    expect(await refusalOf(pb.collection("hypotheses").create(link(40)))).toEqual({ status: 400, fields: ["baseline"] });
    const own = await pb.collection("hypotheses").create(link(38));
    expect(await refusalOf(pb.collection("hypotheses").update(own.id, { baseline: 40 }))).toEqual({ status: 400, fields: ["baseline"] });
    expect((await refusalOf(pb.collection("hypotheses").update(own.id, { target: 65 }))).status).toBe(200);
  });
});

describe("no oracle", () => {
  it("a copy of a private pilot another municipality owns is refused without a word about its target group", async () => {
    const secret = await n.as.ownManager
      .collection("pilots")
      .create(pilotData(n.own.municipality.id, { visibility: "private", target_group: TARGET_GROUP }));
    const copy = (target_group: string) =>
      refusalOf(
        n.as.otherManager
          .collection("pilots")
          .create(pilotData(n.other.municipality.id, { adopted_from: secret.id, stage: "uitvoering", target_group })),
      );
    expect([await copy(TARGET_GROUP), await copy("Een gok naar de doelgroep")]).toEqual([
      { status: 400, fields: [] },
      { status: 400, fields: [] },
    ]);
  });

  it("an original made private since is neither compared with nor linked to", async () => {
    const { original, hypotheses, copyId, copied } = await adoptedCopy();
    const pb = n.as.otherManager;
    await pb.collection("pilots").update(copyId, { target_group: "Jongeren in Oisterwijk" });
    for (const [index, hypothesis] of copied.entries())
      await pb.collection("hypotheses").update(hypothesis.id, { baseline: OWN_BASELINES[index] });
    await pb.collection("pilots").update(copyId, { stage: "uitvoering" });
    await n.as.ownManager.collection("pilots").update(original.id, { visibility: "private" });
    // The original's baseline (40) is no longer the adopter's to learn, so it is not compared with.
    expect((await refusalOf(pb.collection("hypotheses").update(copied[0]!.id, { baseline: 40 }))).status).toBe(200);
    const link = hypothesisData(copyId, { adopted_from: hypotheses[1]!.id, baseline: 2, target: 12 });
    expect(await refusalOf(pb.collection("hypotheses").create(link))).toEqual({ status: 400, fields: [] });
  });
});

describe("through the pilot form (src/data/pilots.ts savePilot)", () => {
  async function saveCopy(copyId: string, change: (values: PilotFormInput) => PilotFormInput) {
    const client = appClientOf(n.as.otherManager);
    const stored = await getPilotWithRows(client, copyId);
    const form = PilotFormSchema.parse(change(toPilotFormValues(stored.pilot, stored)));
    return savePilot(client, { id: copyId, municipality: n.other.municipality.id, form, expectedUpdated: stored.pilot.updated });
  }
  const replaced = (values: PilotFormInput): PilotFormInput => ({
    ...values,
    target_group: "Jongeren in Oisterwijk zonder startkwalificatie",
    hypotheses: values.hypotheses.map((row, index) => ({ ...row, baseline: String(OWN_BASELINES[index]) })),
  });

  it("maps the refusal to the form's fields, and stores nothing of the save", async () => {
    const { copyId, copied } = await adoptedCopy();
    const result = await saveCopy(copyId, (values) => ({ ...values, stage: "uitvoering", title: "Onze versie" }));
    if (result.ok) throw new Error("the save went through");
    expect(result.fieldErrors).toMatchObject({ stage: localFactsMessages.stage, target_group: localFactsMessages.target_group });
    expect(result.fieldErrors.hypotheses).toContain(localFactsMessages.hypotheses);
    expect(await stageOf(copyId)).toBe("ontwerp");
    expect((await storedAsAdmin("pilots", copyId)).title).not.toBe("Onze versie");
    expect((await storedAsAdmin("hypotheses", copied[0]!.id)).baseline).toBe(40);
  });

  it("passes when the target group, the baselines and the stage change in the same save", async () => {
    const { copyId, copied } = await adoptedCopy();
    const result = await saveCopy(copyId, (values) => ({ ...replaced(values), stage: "uitvoering" }));
    expect(result).toMatchObject({ ok: true, rows: { hypotheses: copied.map((h: RecordModel) => h.id) } });
    expect(await stageOf(copyId)).toBe("uitvoering");
    expect((await storedAsAdmin("hypotheses", copied[1]!.id)).baseline).toBe(OWN_BASELINES[1]);
  });

  it("keeps a later edit of the running copy working, the check on entering practice done", async () => {
    const { copyId } = await adoptedCopy();
    expect((await saveCopy(copyId, (values) => ({ ...replaced(values), stage: "uitvoering" }))).ok).toBe(true);
    const later = await saveCopy(copyId, (values) => ({ ...values, summary: "Een nieuwe samenvatting van onze versie." }));
    expect(later.ok).toBe(true);
  });
});
