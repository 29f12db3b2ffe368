import type { RecordModel } from "pocketbase";
import { type Neighbours, type Visibility, pilotData, unique, visibilities } from "./fixtures.ts";

/** Bodies of evaluations, measurements and testimonials, and a real PDF for attachments, for the tests. */

export const evaluationData = (pilotId: string, overrides: Record<string, unknown> = {}) => ({
  pilot: pilotId,
  date: "2026-03-15",
  kind: "tussentijds",
  observations: `Deelnemers kwamen vaker op gesprek dan verwacht (${unique()}).`,
  what_worked: "Vaste coach per deelnemer.",
  what_did_not: "Bereik via de website.",
  participants: 24,
  decision: "doorgaan",
  rationale: "De eerste resultaten zijn bemoedigend genoeg om door te gaan.",
  ...overrides,
});

export const measurementData = (evaluationId: string, hypothesisId: string, overrides: Record<string, unknown> = {}) => ({
  evaluation: evaluationId,
  hypothesis: hypothesisId,
  value: 70,
  sample_size: 24,
  period: "2026-03",
  ...overrides,
});

export const testimonialData = (evaluationId: string, overrides: Record<string, unknown> = {}) => ({
  evaluation: evaluationId,
  quote: "Door de coach durfde ik weer te solliciteren.",
  label: "deelnemer A, 24 jaar",
  consent: true,
  ...overrides,
});

/** The bytes of a small but real one-page PDF, padded with a PDF comment to `size` bytes when asked. */
export function pdfBytes(size = 0): Uint8Array<ArrayBuffer> {
  const body =
    "%PDF-1.4\n" +
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n";
  const head = new TextEncoder().encode(body);
  const tail = new TextEncoder().encode("%%EOF\n");
  const bytes = new Uint8Array(Math.max(size, head.length + tail.length + 1));
  bytes.set(head, 0);
  bytes.fill(0x25, head.length, bytes.length - tail.length); // "%": a comment line
  bytes.set(tail, bytes.length - tail.length);
  return bytes;
}

export const pdfFile = (name = "verslag.pdf", size = 0) => new File([pdfBytes(size)], name, { type: "application/pdf" });

/** One pilot of each visibility in the own municipality, created by its innovatiemanager. */
export async function pilotsOfEachVisibility(n: Neighbours): Promise<Record<Visibility, RecordModel>> {
  const pilots = {} as Record<Visibility, RecordModel>;
  for (const visibility of visibilities) {
    pilots[visibility] = await n.as.ownManager.collection("pilots").create(pilotData(n.own.municipality.id, { visibility }));
  }
  return pilots;
}
