import { describe, expect, it } from "vitest";
import { type AuditLine, AuditLineSchema, type AuditLinks, describeAuditLine, sentenceText } from "../../src/domain/audit-sentence.ts";

/** A stored line as PocketBase gives it, with what a test leaves out empty. */
const line = (fields: Partial<Record<keyof AuditLine, unknown>>): AuditLine =>
  AuditLineSchema.parse({ action: "update", pilot: "pilot0000000001", pilot_title: "Werkfit Oost", subject: {}, ...fields });

const linked: AuditLinks = { pilot: true, lesson: true };
const unlinked: AuditLinks = { pilot: false, lesson: false };
// Intl writes "€" and the amount with a no-break space between them.
const text = (stored: AuditLine, links = linked) => sentenceText(describeAuditLine(stored, links)).replace(/\u00a0/g, " ");

const pilotEntry = {
  collection: "pilots",
  record: "pilot0000000001",
  action: "update",
  subject: { title: "Werkfit Oost" },
  changed_fields: ["stage"],
  changes: [{ field: "stage", old: "uitvoering", new: "evaluatie" }],
};
const hypothesisEntry = {
  collection: "hypotheses",
  record: "hypo00000000001",
  action: "update",
  subject: { title: "percentage met baan" },
  changed_fields: ["verdict"],
  changes: [{ field: "verdict", old: "open", new: "bevestigd" }],
};

describe("the sentence of an audit line", () => {
  it("one pilot save: the pilot's change and the changed hypothesis, old → new, marked as a stage-gate moment", () => {
    const stored = line({ ...pilotEntry, parts: [pilotEntry, hypothesisEntry] });
    expect(text(stored)).toBe(
      "Pilot ‘Werkfit Oost’ bijgewerkt: Fase Uitvoering → Evaluatie; 1 hypothese gewijzigd: ‘percentage met baan’ (Oordeel Open → Bevestigd)",
    );
    const sentence = describeAuditLine(stored, linked);
    expect(sentence.stageGate).toBe(true);
    expect(sentence.segments.filter((segment) => segment.href)).toEqual([{ text: "Werkfit Oost", href: "/pilots/pilot0000000001" }]);
  });

  it("no link when the pilot is gone or the reader may not open it", () => {
    const sentence = describeAuditLine(line({ ...pilotEntry }), unlinked);
    expect(sentence.segments.some((segment) => segment.href)).toBe(false);
    expect(sentenceText(sentence)).toBe("Pilot ‘Werkfit Oost’ bijgewerkt: Fase Uitvoering → Evaluatie");
  });

  it("one changed row names itself and its pilot, with amounts in euros", () => {
    const stored = line({
      collection: "budget_lines",
      record: "budget000000001",
      subject: { source: "rijk", year: 2026 },
      changed_fields: ["spent_cents", "reporting_deadline"],
      changes: [{ field: "spent_cents", old: 25_000_000, new: 26_050_000 }],
    });
    expect(text(stored)).toBe(
      "Begrotingsregel ‘Rijk 2026’ van pilot ‘Werkfit Oost’ gewijzigd: Besteed € 250.000 → € 260.500; Verantwoorden vóór gewijzigd",
    );
    expect(describeAuditLine(stored, linked).stageGate).toBe(false);
  });

  it("a row of costs or benefits names its actor, kind and year, with amounts in euros", () => {
    const stored = line({
      collection: "pilot_effects",
      record: "effect000000001",
      subject: { actor: "zorgverzekeraar", kind: "baten", year: 2027 },
      changed_fields: ["expected_cents", "source_note"],
      changes: [{ field: "expected_cents", old: 100_000, new: 250_000 }],
    });
    expect(text(stored)).toBe(
      "Regel met kosten of baten ‘Zorgverzekeraar, baten 2027’ van pilot ‘Werkfit Oost’ gewijzigd: Verwacht bedrag € 1.000 → € 2.500; Bron gewijzigd",
    );
  });

  it("other changed fields are named by their Dutch label only", () => {
    const stored = line({
      collection: "pilots",
      record: "pilot0000000001",
      subject: { title: "Werkfit Oost" },
      changed_fields: ["summary", "start_date"],
    });
    expect(text(stored)).toBe("Pilot ‘Werkfit Oost’ bijgewerkt: Samenvatting, Startdatum gewijzigd");
  });

  it("a recorded decision says which, with the stage it moved the pilot to", () => {
    const stored = line({
      collection: "decisions",
      record: "decision0000001",
      action: "create",
      subject: { decision: "stoppen" },
      changes: [
        { field: "stage", old: "evaluatie", new: "besluit" },
        { field: "decision", old: null, new: "stoppen" },
      ],
    });
    expect(text(stored)).toBe("Besluit vastgelegd: Stoppen, voor pilot ‘Werkfit Oost’: Fase Evaluatie → Besluit");
    expect(describeAuditLine(stored, unlinked).stageGate).toBe(true);
  });

  it("a changed decision shows the one it replaced", () => {
    const stored = line({
      collection: "decisions",
      record: "decision0000002",
      action: "create",
      subject: { decision: "stoppen" },
      changes: [{ field: "decision", old: "opschalen", new: "stoppen" }],
    });
    expect(text(stored)).toBe("Besluit vastgelegd: Stoppen, voor pilot ‘Werkfit Oost’: Besluit Opschalen → Stoppen");
    expect(describeAuditLine(stored, unlinked).stageGate).toBe(true);
  });

  it("an end evaluation that moved its pilot says so; an interim one is no stage-gate moment", () => {
    const end = line({
      collection: "evaluations",
      record: "evaluation00001",
      action: "create",
      subject: { kind: "eind", date: "2026-11-30" },
      changes: [
        { field: "kind", old: null, new: "eind" },
        { field: "stage", old: "uitvoering", new: "evaluatie" },
      ],
    });
    expect(text(end)).toBe("Eindevaluatie vastgelegd voor pilot ‘Werkfit Oost’: Fase Uitvoering → Evaluatie");
    expect(describeAuditLine(end, linked).stageGate).toBe(true);

    const interimEntry = {
      collection: "evaluations",
      record: "evaluation00002",
      action: "create",
      subject: { kind: "tussentijds", date: "2026-03-15" },
      changes: [{ field: "kind", old: null, new: "tussentijds" }],
    };
    const measurement = {
      collection: "measurements",
      record: "measurement0001",
      action: "create",
      subject: { title: "percentage met baan", period: "2026-03", evaluation: "evaluation00002" },
    };
    const quote = { collection: "testimonials", record: "testimonial0001", action: "create", subject: { evaluation: "evaluation00002" } };
    const interim = line({ ...interimEntry, parts: [quote, measurement, interimEntry] });
    expect(text(interim)).toBe(
      "Tussentijdse evaluatie vastgelegd voor pilot ‘Werkfit Oost’: 1 meting toegevoegd: ‘percentage met baan’ (maart 2026); 1 citaat toegevoegd",
    );
    expect(describeAuditLine(interim, linked).stageGate).toBe(false);
    expect(text(line({ ...interimEntry, action: "update", changed_fields: ["observations"] }))).toBe(
      "Tussentijdse evaluatie van 15 maart 2026 van pilot ‘Werkfit Oost’ gewijzigd: Waarnemingen gewijzigd",
    );
  });

  it("a new pilot: its stage and visibility, its rows named, many rows counted", () => {
    const created = {
      ...pilotEntry,
      action: "create",
      changed_fields: [],
      changes: [
        { field: "stage", old: null, new: "idee" },
        { field: "visibility", old: null, new: "public" },
      ],
    };
    const budget = {
      collection: "budget_lines",
      record: "budget000000002",
      action: "create",
      subject: { source: "fondsen_donaties", year: 2027 },
      changes: [{ field: "planned_cents", old: null, new: 1_000_000 }],
    };
    const hypotheses = Array.from({ length: 6 }, (_, index) => ({
      ...hypothesisEntry,
      record: `hypo0000000001${index}`,
      action: "create",
      changed_fields: [],
      changes: [],
    }));
    expect(text(line({ ...created, parts: [created, budget, ...hypotheses] }))).toBe(
      "Pilot ‘Werkfit Oost’ aangemaakt: Fase Idee; Zichtbaarheid Openbaar; 6 hypothesen toegevoegd; 1 begrotingsregel toegevoegd: ‘Fondsen en donaties 2027’ (Begroot € 10.000)",
    );
  });

  it("rows of a pilot that itself did not change: the pilot's line, each kind grouped", () => {
    const risk = { collection: "risks", record: "risk00000000001", action: "delete", subject: { title: "Te weinig aanmeldingen" } };
    const stored = line({
      collection: "pilots",
      record: "pilot0000000001",
      subject: { title: "Werkfit Oost" },
      parts: [hypothesisEntry, risk],
    });
    expect(text(stored)).toBe(
      "Pilot ‘Werkfit Oost’ bijgewerkt: 1 hypothese gewijzigd: ‘percentage met baan’ (Oordeel Open → Bevestigd); 1 risico verwijderd: ‘Te weinig aanmeldingen’",
    );
  });

  it("a lesson links to itself while it exists; a deleted one keeps its title without a link", () => {
    const lesson = { collection: "lessons", record: "lesson000000001", pilot: "", pilot_title: "", subject: { title: "Begin klein" } };
    const kept = describeAuditLine(line({ ...lesson, action: "create" }), linked);
    expect(sentenceText(kept)).toBe("Les ‘Begin klein’ aangemaakt");
    expect(kept.segments.find((segment) => segment.href)?.href).toBe("/lessen/lesson000000001");
    const gone = describeAuditLine(line({ ...lesson, action: "delete" }), { pilot: false, lesson: false });
    expect(sentenceText(gone)).toBe("Les ‘Begin klein’ verwijderd");
    expect(gone.segments.some((segment) => segment.href)).toBe(false);
  });

  it("a line written before names were kept still reads, from the fields it has", () => {
    const old = AuditLineSchema.parse({
      collection: "hypotheses",
      record: "hypo00000000009",
      action: "update",
      changed_fields: ["target"],
      subject: null,
      changes: null,
      parts: null,
      pilot: "",
      pilot_title: "",
    });
    expect(text(old, unlinked)).toBe("Hypothese gewijzigd: Streefwaarde gewijzigd");
  });
});
