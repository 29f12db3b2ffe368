import type PocketBase from "pocketbase";
import type { CollectionField, RecordModel } from "pocketbase";
import { beforeAll, describe, expect, it } from "vitest";
import { fetchDecisionDocument, recordDecision } from "../../src/data/decisions.ts";
import { DecisionFormSchema, decisionDocumentRules } from "../../src/domain/stage-gate.ts";
import { type Visibility, admin, appClientOf, countAsAdmin, refusalOf, statusOf, storedAsAdmin, visibilities } from "./fixtures.ts";
import { pdfBytes, pdfFile } from "./evaluation-fixtures.ts";
import { freshNeighbours } from "./fresh-neighbours.ts";
import { decide, gatePilots, rationale } from "./stage-gate-pilots.ts";

/**
 * A decision's collegebesluit or memo (decisions.document): a protected file of the types and size
 * the form allows, served only with a file token of someone who may read the decision, the same
 * rules as evaluation attachments.
 */

const n = freshNeighbours();
const { pilotReadyToDecide } = gatePilots(n);
const text = (value: string) => new TextEncoder().encode(value);
const html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";

describe("the live schema holds the form's document rules (src/domain/stage-gate.ts)", () => {
  const mimeOf: Record<string, string> = {
    pdf: "application/pdf",
    doc: "application/msword",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    odt: "application/vnd.oasis.opendocument.text",
  };

  it("one protected file of at most the form's size, of exactly the form's types", async () => {
    const collection = await (await admin()).collections.getOne("decisions");
    const field = collection.fields.find((f: CollectionField) => f.name === "document") as CollectionField & Record<string, unknown>;
    expect({ protected: field.protected, maxSelect: field.maxSelect, maxSize: field.maxSize }).toEqual({
      protected: true,
      maxSelect: 1,
      maxSize: decisionDocumentRules.maxBytes,
    });
    expect([...(field.mimeTypes as string[])].sort()).toEqual(decisionDocumentRules.extensions.map((e) => mimeOf[e]).sort());
  });
});

describe("uploading a document", () => {
  it("a pdf from the directeur is stored under its own name with a suffix", async () => {
    const { pilot } = await pilotReadyToDecide();
    const created = await decide(n.as.ownDirector, pilot.id, { document: pdfFile("collegebesluit.pdf") });
    expect((await storedAsAdmin("decisions", created.id)).document).toMatch(/^collegebesluit_[a-z0-9]+\.pdf$/);
  });

  const refused = [
    {
      what: "a Windows executable (.exe)",
      file: () =>
        new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, ...new Uint8Array(200)])], "besluit.exe", {
          type: "application/x-msdownload",
        }),
    },
    { what: "an HTML page (text/html)", file: () => new File([text(html)], "besluit.html", { type: "text/html" }) },
    { what: "an HTML page disguised as besluit.pdf", file: () => new File([text(html)], "besluit.pdf", { type: "application/pdf" }) },
    { what: "a pdf of just over 10 MB", file: () => pdfFile("groot.pdf", decisionDocumentRules.maxBytes + 1) },
  ];

  it.each(refused)("$what is refused (400 on document); no decision, the pilot stays in evaluatie", async ({ file }) => {
    const { pilot } = await pilotReadyToDecide();
    expect(await refusalOf(decide(n.as.ownDirector, pilot.id, { document: file() }))).toEqual({ status: 400, fields: ["document"] });
    expect(await countAsAdmin("decisions", "pilot = {:p}", { p: pilot.id })).toBe(0);
    expect((await storedAsAdmin("pilots", pilot.id)).stage).toBe("evaluatie");
  });
});

describe("downloading a document needs a file token of someone who may read the decision", () => {
  const decisions = {} as Record<Visibility, RecordModel>;

  beforeAll(async () => {
    for (const visibility of visibilities) {
      const { pilot } = await pilotReadyToDecide(visibility);
      decisions[visibility] = await decide(n.as.ownDirector, pilot.id, { document: pdfFile("besluit.pdf") });
    }
  });

  async function download(visibility: Visibility, tokenOf?: PocketBase): Promise<Response> {
    const decision = decisions[visibility];
    const token = tokenOf ? await tokenOf.files.getToken() : undefined;
    return fetch(n.as.guest.files.getURL(decision, String(decision.document), token ? { token } : {}));
  }
  const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

  it.each(visibilities)("without a token the document of a %s pilot's decision is not served (404)", async (visibility) => {
    const response = await download(visibility);
    expect(response.status).toBe(404);
    expect(await bytesOf(response)).not.toEqual(pdfBytes());
  });

  it.each(["ownDirector", "ownManager", "ownColleague"] as const)(
    "with a file token of %s a private pilot's document is served",
    async (actor) => {
      const response = await download("private", n.as[actor]);
      expect(response.status).toBe(200);
      expect(await bytesOf(response)).toEqual(pdfBytes());
    },
  );

  it.each(["otherManager", "otherDirector", "otherColleague"] as const)(
    "%s can neither read a private pilot's decision (404) nor, with a file token, its document (404)",
    async (actor) => {
      expect(await statusOf(n.as[actor].collection("decisions").getOne(decisions.private.id))).toBe(404);
      const response = await download("private", n.as[actor]);
      expect(response.status).toBe(404);
      expect(await bytesOf(response)).not.toEqual(pdfBytes());
    },
  );

  it.each(["network", "public"] as const)(
    "with a file token of another municipality's user a %s pilot's document is served",
    async (visibility) => {
      const response = await download(visibility, n.as.otherColleague);
      expect(response.status).toBe(200);
      expect(await bytesOf(response)).toEqual(pdfBytes());
    },
  );
});

describe("the app's own calls (src/data/decisions.ts)", () => {
  const form = DecisionFormSchema.parse({ decision: "opschalen", decision_rationale: rationale, stop_reason: "" });
  let decision: RecordModel;

  beforeAll(async () => {
    const { pilot } = await pilotReadyToDecide();
    expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form, pdfFile("memo.pdf"))).toEqual({ ok: true });
    const pb = await admin();
    decision = await pb.collection("decisions").getFirstListItem(pb.filter("pilot = {:p}", { p: pilot.id }));
  });

  it("recordDecision stores the document, and fetchDecisionDocument gives the own colleague its bytes", async () => {
    expect(String(decision.document)).toMatch(/^memo_[a-z0-9]+\.pdf$/);
    const response = await fetchDecisionDocument(appClientOf(n.as.ownColleague), decision.id, String(decision.document));
    expect(response?.status).toBe(200);
    expect(new Uint8Array((await response?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(pdfBytes());
  });

  it("fetchDecisionDocument gives null for a file name that is not the decision's", async () => {
    expect(await fetchDecisionDocument(appClientOf(n.as.ownColleague), decision.id, "ander_abc123.pdf")).toBeNull();
  });

  it("fetchDecisionDocument refuses another municipality's user a private pilot's document (404)", async () => {
    expect(await statusOf(fetchDecisionDocument(appClientOf(n.as.otherManager), decision.id, String(decision.document)))).toBe(404);
  });

  it("recordDecision refuses an HTML page with a field error on document, and records nothing", async () => {
    const { pilot } = await pilotReadyToDecide();
    const page = new File([text(html)], "memo.pdf", { type: "application/pdf" });
    expect(await recordDecision(appClientOf(n.as.ownDirector), pilot.id, form, page)).toMatchObject({
      ok: false,
      fieldErrors: { document: expect.any(String) },
    });
    expect(await countAsAdmin("decisions", "pilot = {:p}", { p: pilot.id })).toBe(0);
  });
});
