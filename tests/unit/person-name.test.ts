import { describe, it, expect } from "vitest";
import { loadHookLib } from "../support/hook-lib.ts";
import { demoNetwork } from "../../src/launcher/demo/demo-network.ts";

type PersonName = {
  nameProblem: (name: string, otherNames?: readonly string[]) => string;
  nameKey: (name: string) => string;
  NAME_MESSAGES: { invisible: string; short: string; reserved: string; duplicate: string };
};

const { nameProblem, nameKey, NAME_MESSAGES } = loadHookLib<PersonName>("person-name.js");

/** Names that pose as the platform, a system account or its staff: refused for every account. */
const imitations = [
  "platformbeheer",
  "Platformbeheer",
  "Platform Beheer",
  "PLATFORM-BEHEER",
  "platform.beheer",
  "pl4tformbeheer",
  "Pl@tformbeheer",
  "p1atformbeheer",
  "pIatformbeheer", // capital I for l
  "plattformbeheer",
  "Plаtformbeheer", // Cyrillic а
  "ｐｌａｔｆｏｒｍｂｅｈｅｅｒ", // full-width letters
  "Plâtförmbehéér",
  "Team Platformbeheer",
  "Beheer",
  "Beheerder",
  "beheerder Rotterdam",
  "Proeftuin",
  "Team Proeftuin",
  "admin",
  "Admin Rotterdam",
  "Administrator",
  "Systeem",
  "system",
  "SYSTEEM",
  "superuser",
  "Moderator",
];

describe("names that imitate the platform", () => {
  it.each(imitations)("%s is refused", (name) => {
    expect(nameProblem(name)).toBe(NAME_MESSAGES.reserved);
  });
});

describe("names with characters that hide or reorder what is shown", () => {
  it.each([
    ["a zero-width space", "Jan\u200Bde Vries"],
    ["a soft hyphen", "Jan de Vr\u00ADies"],
    ["a right-to-left override", "\u202Ereehebmroftalp"],
    ["a byte-order mark", "\uFEFFJan de Vries"],
    ["a control character", "Jan\u0007 de Vries"],
    ["a tag character", "Jan de Vries\u{E0041}"],
  ])("a name with %s is refused", (_, name) => {
    expect(nameProblem(name)).toBe(NAME_MESSAGES.invisible);
  });
});

describe("names without enough letters", () => {
  it.each(["", "   ", "-", ". .", "X"])("%j is refused", (name) => {
    expect(nameProblem(name)).toBe(NAME_MESSAGES.short);
  });
});

const ordinary = [
  "Fatima el Amrani",
  "Jan de Vries",
  "José Ángel Núñez",
  "Zoë O'Brien-van Dijk",
  "Anne-Marie d'Hondt",
  "Mohammed Ait Taleb",
  "Kees van Rootselaar",
  "Ilse Admiraal",
  "Sanne Beheerman",
  "Nguyễn Thị Minh",
  "Ольга Петрова",
  "innovatiemanager van Testgemeente mhx1k2ab9c3d0e",
  "Nieuwe naam a1b2c3d4e5f6g7h",
];

describe("ordinary names", () => {
  it.each(ordinary)("%s is accepted", (name) => {
    expect(nameProblem(name, ["Jeroen van der Linden", "Femke de Graaf"])).toBe("");
  });

  it("no two of them are taken for one another", () => {
    expect(new Set(ordinary.map(nameKey)).size).toBe(ordinary.length);
  });
});

describe("a name that another account already has", () => {
  const taken = ["Jan de Vries", "Femke de Graaf"];

  it.each([
    "Jan de Vries",
    "jan de vries",
    "JAN DE VRIES",
    "Jan  de   Vries",
    " Jan de Vries ",
    "JandeVries",
    "Jan-de-Vries",
    "Jan de Vriës",
    "Ján dé Vríes",
    "Jan de Vr1es",
    "Jаn de Vries", // Cyrillic а
    "Femke de Graaf",
    "Fernke de Graaf", // rn for m
  ])("%s is refused", (name) => {
    expect(nameProblem(name, taken)).toBe(NAME_MESSAGES.duplicate);
  });

  it.each(["Jan de Vries-Bakker", "Jans de Vries", "J. de Vries", "Jan de Wit", "Femke de Graaff-Smit"])("%s is accepted", (name) => {
    expect(nameProblem(name, taken)).toBe("");
  });
});

describe("the demo network", () => {
  const names = demoNetwork.flatMap((municipality) => municipality.users.map((user) => user.name));

  it.each(names)("%s passes the name rule next to all other demo accounts", (name) => {
    expect(
      nameProblem(
        name,
        names.filter((other) => other !== name),
      ),
    ).toBe("");
  });
});
