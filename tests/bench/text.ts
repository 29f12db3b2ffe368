/**
 * Dutch-ish text for the bench data set: sentences from templates and word lists about pilots in
 * the social domain, so the full-text index holds realistic, unevenly frequent words to rank.
 * Some words are far more common than others (as in real writing); "jongeren" is one of the common
 * ones and is what the lesson-search scenario looks for.
 */
import type { Random } from "./random.ts";
import { actors, conditions, groups, openers, places, results, things, verbs } from "./vocabulary.ts";

export const COMMON_QUERY_WORD = "jongeren";

const interventions = [
  "Buurtcoach",
  "Schuldenwijzer",
  "Jongerenloket",
  "Mantelzorgcafé",
  "Thuisadministratie",
  "Leerwerkroute",
  "Eenzaamheidsaanpak",
  "Vroeg Eropaf",
  "Budgetmaatje",
  "Werkfit",
  "Digitaal spreekuur",
  "Gezinscoach",
  "Wijkhub",
  "Kansrijke start",
  "Energiecoach",
  "Ontzorgd wonen",
  "Samen aan tafel",
  "Taalhuis",
  "Sportief fit",
  "Huiskamer van de wijk",
  "Eigen kracht-conferentie",
  "Geldfit",
  "Perspectief op werk",
  "Jongerenpunt",
  "Zorgzame buurt",
  "Stille armoede in beeld",
  "Thuis in de wijk",
  "Ouderenadvies aan huis",
] as const;

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function sentence(random: Random): string {
  switch (random.int(0, 9)) {
    case 0:
      return `${cap(actors(random))} ging ${places(random)} aan de slag met ${things(random)}, waardoor ${groups(random)} ${results(random)}.`;
    case 1:
      return `Zorg dat ${actors(random)} vanaf het begin ${things(random)} kan ${verbs(random)}.`;
    case 2:
      return `Het werkte goed om ${things(random)} samen met ${groups(random)} te ${verbs(random)}.`;
    case 3:
      return `Een valkuil was dat ${actors(random)} pas laat ${things(random)} ging ${verbs(random)}.`;
    case 4:
      return `Zonder ${conditions(random)} lukt het niet om ${groups(random)} ${places(random)} te bereiken.`;
    case 5:
      return `${openers(random)} bleek dat ${groups(random)} ${results(random)} als ${actors(random)} ${things(random)} ging ${verbs(random)}.`;
    case 6:
      return `Wij bereikten ${random.int(12, 480)} ${groups(random)}; ${random.int(20, 85)} procent ${results(random)}.`;
    case 7:
      return `Leg vooraf vast wie ${things(random)} betaalt en wie ${groups(random)} ${places(random)} begeleidt.`;
    case 8:
      return `Investeer in ${conditions(random)} en in ${things(random)}: dat maakte het verschil voor ${groups(random)}.`;
    default:
      return `${cap(things(random))} ${places(random)} vroeg meer tijd dan gepland, maar ${groups(random)} ${results(random)}.`;
  }
}

export function paragraph(random: Random, minSentences: number, maxSentences: number): string {
  const count = random.int(minSentences, maxSentences);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(random));
  return parts.join(" ");
}

/** A lesson body in light Markdown: a paragraph, sometimes a short list, another paragraph. */
export function lessonBody(random: Random): string {
  let body = paragraph(random, 2, 4);
  if (random.chance(0.4)) {
    body += `\n\n- ${cap(things(random))}\n- ${cap(conditions(random))}\n- ${cap(things(random))}`;
  }
  body += `\n\n${paragraph(random, 1, 3)}`;
  return body;
}

export function lessonTitle(random: Random): string {
  switch (random.int(0, 5)) {
    case 0:
      return `Begin klein met ${things(random)} voor ${groups(random)}`;
    case 1:
      return `Werk samen met ${actors(random)} bij ${things(random)}`;
    case 2:
      return `Niet zonder ${conditions(random)}`;
    case 3:
      return `${cap(things(random))} ${places(random)} werkt voor ${groups(random)}`;
    case 4:
      return `Investeer in ${conditions(random)}`;
    default:
      return `Laat ${groups(random)} meedenken over ${things(random)}`;
  }
}

export function pilotTitle(random: Random, place: string): string {
  return `${random.pick(interventions)} voor ${groups(random)} in ${place}`;
}

export function targetGroup(random: Random): string {
  return cap(groups(random));
}

const tagWords = [
  "wijkgericht",
  "vroegsignalering",
  "schulden",
  "jongeren",
  "ouderen",
  "mantelzorg",
  "eenzaamheid",
  "werk",
  "inkomen",
  "armoede",
  "wonen",
  "gezondheid",
  "onderwijs",
  "taal",
  "digitalisering",
  "privacy",
  "ervaringsdeskundigheid",
  "samenwerking",
  "preventie",
  "maatwerk",
  "participatie",
  "energiearmoede",
  "statushouders",
  "jeugdhulp",
  "wmo",
  "huisbezoek",
  "buurtkamer",
  "vrijwilligers",
] as const;

export function tags(random: Random): string[] {
  return random.some(tagWords, random.int(1, 4));
}

export function comment(random: Random): string {
  switch (random.int(0, 5)) {
    case 0:
      return `Hoe hebben jullie ${things(random)} georganiseerd? Wij lopen daar ${places(random)} tegenaan.`;
    case 1:
      return `Herkenbaar! Bij ons kwamen ${groups(random)} pas na een half jaar in beeld.`;
    case 2:
      return `Wat kostte ${things(random)} per deelnemer, en wie betaalde dat?`;
    case 3:
      return `Mogen wij jullie plan van aanpak voor ${things(random)} inzien? Wij starten binnenkort met ${groups(random)}.`;
    case 4:
      return `Dank voor het delen. ${sentence(random)}`;
    default:
      return `Wij hebben goede ervaringen met ${conditions(random)}; neem gerust contact op.`;
  }
}

export const riskTitles = [
  "Deelnemers haken af na de intake",
  "Onvoldoende bereik van de doelgroep",
  "Gegevens mogen niet gedeeld worden",
  "Digitale aanmelding sluit ouderen uit",
  "Partners trekken zich terug",
  "Subsidie stopt na het eerste jaar",
  "Te weinig uitvoerders beschikbaar",
  "Onduidelijkheid over aansprakelijkheid",
  "Effect is niet meetbaar",
  "Wachtlijst loopt op",
] as const;

export const indicators = [
  ["aantal aanmeldingen per maand", "aanmeldingen", "omhoog"],
  ["gemiddelde wachttijd tot het eerste gesprek", "dagen", "omlaag"],
  ["percentage deelnemers dat het traject afrondt", "%", "omhoog"],
  ["aantal huisuitzettingen", "huishoudens", "omlaag"],
  ["ervaren eenzaamheid (schaal 1-10)", "score", "omlaag"],
  ["percentage jongeren met werk of opleiding", "%", "omhoog"],
  ["gemiddelde schuld bij aanmelding", "euro", "omlaag"],
  ["tevredenheid van deelnemers", "rapportcijfer", "omhoog"],
] as const;
