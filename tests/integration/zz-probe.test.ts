import { it } from "vitest";
import { createNeighbours, evaluationData, pdfFile, pilotData, hypothesisData, measurementData, testimonialData, statusOf } from "./fixtures.ts";
import { writeFileSync } from "node:fs";
it("probe", async () => {
  const out: Record<string, unknown> = {};
  const n = await createNeighbours();
  const priv = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "private" }));
  const pub = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility: "public" }));
  const e1 = await n.as.ownManager.collection("evaluations").create({ ...evaluationData(priv.id), attachments: [pdfFile()] });
  const e2 = await n.as.ownManager.collection("evaluations").create({ ...evaluationData(pub.id), attachments: [pdfFile()] });
  const r1 = await fetch(n.as.guest.files.getURL(e1, e1.attachments[0]));
  out.privNoToken = [r1.status, await r1.text()];
  const r2 = await fetch(n.as.guest.files.getURL(e2, e2.attachments[0]));
  out.pubNoToken = [r2.status, r2.headers.get("content-type")];
  const tok = await n.as.otherManager.files.getToken();
  const r3 = await fetch(n.as.guest.files.getURL(e1, e1.attachments[0], { token: tok }));
  out.privOtherToken = [r3.status, await r3.text()];
  try {
    const e3 = await n.as.ownManager.collection("evaluations").create({ ...evaluationData(pub.id), attachments: [pdfFile("x.exe")] });
    const r4 = await fetch(n.as.guest.files.getURL(e3, e3.attachments[0]));
    out.pdfNamedExe = [e3.attachments, r4.status, r4.headers.get("content-type")];
  } catch (e) { out.pdfNamedExe = String(e); }
  // batch error shape
  const h = await n.as.ownManager.collection("hypotheses").create(hypothesisData(pub.id));
  const b = n.as.ownManager.createBatch();
  b.collection("evaluations").create({ ...evaluationData(pub.id), id: "abcdefabcdef123" });
  b.collection("measurements").create(measurementData("abcdefabcdef123", h.id, { period: "2026-13" }));
  try { await b.send(); } catch (e) { out.batch = (e as { response: unknown }).response; }
  const m = await n.as.ownManager.collection("measurements").create(measurementData(e2.id, h.id, { sample_size: 5, value: 99 }));
  out.mp = await n.as.otherManager.collection("measurement_public").getOne(m.id);
  for (const f of ["measurements_via_hypothesis.value = 99", "measurements_via_hypothesis.value = 98", "measurements_via_hypothesis.value ?= 99", "measurements_via_hypothesis.value ?= 98"]) {
    try { out[f] = (await n.as.otherManager.collection("hypotheses").getList(1, 10, { filter: `id = "${h.id}" && ${f}` })).totalItems; } catch (e) { out[f] = String(e); }
  }
  for (const f of ["hypothesis.measurements_via_hypothesis.value ?= 99", "evaluation.measurements_via_evaluation.value ?= 99", "@collection.measurements.value ?= 99", "hypothesis.measurements_via_hypothesis.value = 98"]) {
    try { out[f] = (await n.as.otherManager.collection("measurement_public").getList(1, 10, { filter: `id = "${m.id}" && ${f}` })).totalItems; } catch (e) { out[f] = String(e); }
  }
  // evaluation kind change
  const be = await n.as.ownManager.collection("evaluations").create(evaluationData(pub.id, { kind: "eind" }));
  out.toBesluit = await statusOf(n.as.ownDirector.collection("pilots").update(pub.id, { stage: "besluit" }));
  out.kindChange = await statusOf(n.as.ownManager.collection("evaluations").update(be.id, { kind: "tussentijds" }));
  writeFileSync("/tmp/probe.json", JSON.stringify(out, null, 2));
});
