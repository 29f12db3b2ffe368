import { it } from "vitest";
import { createNeighbours, pilotData, evaluationData, testimonialData, statusOf, visibilities, actors } from "./fixtures.ts";
import { writeFileSync } from "node:fs";
it("probe", async () => {
  const n = await createNeighbours();
  const out: string[] = [];
  const ev: Record<string, string> = {}; const ts: Record<string, string> = {};
  for (const v of visibilities) {
    const p = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: v }));
    const e = await n.as.ownManager.collection("evaluations").create(evaluationData(p.id));
    ev[v] = e.id; ts[v] = (await n.as.ownManager.collection("testimonials").create(testimonialData(e.id))).id;
  }
  const time = async (label: string, f: () => Promise<unknown>) => { const t = performance.now(); try { await f(); } catch {} out.push(`${label} ${Math.round(performance.now() - t)}`); };
  for (const v of visibilities) for (const a of actors) {
    const pb = n.as[a];
    await time(`${a} ${v} list`, () => pb.collection("testimonials").getFullList({ filter: pb.filter("evaluation = {:e}", { e: ev[v] }) }));
    await time(`${a} ${v} view`, () => statusOf(pb.collection("testimonials").getOne(ts[v]!)));
  }
  writeFileSync("/tmp/probe.txt", out.join("\n"));
});
