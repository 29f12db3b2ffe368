/**
 * Dutch-ish text for the bench data set: sentences from templates and word lists about pilots in
 * the social domain, so the full-text index holds realistic, unevenly frequent words to rank.
 * Some words are far more common than others (as in real writing); "jongeren" is one of the common
 * ones and is what the lesson-search scenario looks for.
 */
import { type Random, weighted } from "./random.ts";

export const COMMON_QUERY_WORD = "jongeren";

const groups = weighted<string>([
  ["jongeren", 2],
  ["jongeren met schulden", 1],
  ["jongeren zonder startkwalificatie", 0.5],
  ["ouderen", 4],
  ["kwetsbare ouderen", 2],
  ["eenzame ouderen", 2],
  ["mantelzorgers", 4],
  ["statushouders", 2],
  ["nieuwkomers", 2],
  ["alleenstaande ouders", 3],
  ["werkzoekenden", 3],
  ["gezinnen met schulden", 3],
  ["inwoners met een beperking", 3],
  ["laaggeletterden", 2],
  ["jonge moeders", 1],
  ["dak- en thuislozen", 1],
  ["kinderen in armoede", 3],
  ["zzp'ers met betalingsachterstanden", 1],
  ["mensen met psychische klachten", 2],
  ["buurtbewoners", 4],
  ["huurders met een betalingsachterstand", 2],
  ["schoolverlaters", 1],
  ["bijstandsgerechtigden", 2],
  ["gezinnen in een vechtscheiding", 1],
  ["inwoners met long covid", 1],
  ["vrijwilligers", 2],
  ["werkende armen", 1],
]);

const actors = weighted<string>([
  ["het wijkteam", 5],
  ["de consulent", 3],
  ["de jongerenwerker", 1],
  ["onze projectleider", 3],
  ["de klantmanager", 3],
  ["de schuldhulpverlener", 3],
  ["de buurtcoach", 3],
  ["het sociaal team", 4],
  ["de ervaringsdeskundige", 2],
  ["de wijkverpleegkundige", 2],
  ["de leerplichtambtenaar", 1],
  ["de huisarts", 2],
  ["de woningcorporatie", 3],
  ["de GGD", 2],
  ["het UWV", 2],
  ["de bibliotheek", 2],
  ["de beleidsadviseur", 2],
  ["de mantelzorgconsulent", 1],
  ["de welzijnsorganisatie", 3],
  ["de schoolmaatschappelijk werker", 1],
  ["het energieloket", 1],
  ["de kredietbank", 1],
  ["de praktijkondersteuner", 1],
  ["de wijkagent", 1],
]);

const things = weighted<string>([
  ["het eerste gesprek", 3],
  ["een vast aanspreekpunt", 4],
  ["de huisbezoeken", 3],
  ["de intake", 4],
  ["een warme overdracht", 3],
  ["de vroegsignalering", 3],
  ["het budgetplan", 2],
  ["een wekelijkse inloop", 2],
  ["het keukentafelgesprek", 2],
  ["de samenwerking met werkgevers", 2],
  ["een digitale aanmelding", 2],
  ["de wachtlijst", 2],
  ["de terugkoppeling", 2],
  ["het netwerk rond het gezin", 2],
  ["een maatwerkvoorziening", 2],
  ["de doorverwijzing", 3],
  ["het spreekuur", 2],
  ["de buurtkamer", 2],
  ["de leerwerkplek", 1],
  ["de nazorg", 2],
  ["het persoonlijk plan", 2],
  ["de groepsbijeenkomsten", 2],
  ["de monitoring", 2],
  ["de privacytoets", 1],
  ["het convenant", 1],
  ["de regiotafel", 1],
  ["de stuurgroep", 1],
  ["de klantreis", 2],
  ["het dashboard", 1],
  ["de brief over betalingsachterstanden", 1],
  ["het ontmoetingspunt", 1],
  ["de taalcursus", 1],
  ["de sportactiviteiten", 1],
  ["de huiswerkbegeleiding", 1],
  ["het maatjesproject", 1],
  ["de energiecoaches", 1],
  ["de formulierenbrigade", 1],
]);

const verbs = weighted<string>([
  ["organiseren", 3],
  ["plannen", 2],
  ["evalueren", 2],
  ["aanpassen", 3],
  ["versnellen", 2],
  ["vereenvoudigen", 2],
  ["vastleggen", 2],
  ["bespreken", 2],
  ["delen", 2],
  ["inrichten", 2],
  ["uitbreiden", 2],
  ["meten", 2],
  ["begeleiden", 2],
  ["afstemmen", 1],
  ["herzien", 1],
  ["borgen", 1],
  ["financieren", 1],
  ["uitproberen", 1],
]);

const results = weighted<string>([
  ["sneller hulp kregen", 3],
  ["minder vaak uitvielen", 2],
  ["beter bereikt werden", 3],
  ["zelf de regie hielden", 2],
  ["vaker werk vonden", 2],
  ["minder schulden opbouwden", 2],
  ["langer thuis konden wonen", 2],
  ["meer vertrouwen kregen", 2],
  ["eerder in beeld kwamen", 3],
  ["minder vaak terugvielen", 1],
  ["hun weg naar de voorzieningen vonden", 1],
  ["zich minder eenzaam voelden", 1],
  ["vaker naar school gingen", 1],
  ["hun huur weer op tijd betaalden", 1],
]);

const places = weighted<string>([
  ["in de wijk", 4],
  ["op school", 2],
  ["in het buurthuis", 2],
  ["bij de bibliotheek", 1],
  ["thuis", 3],
  ["op het gemeentehuis", 1],
  ["via het sociaal wijkteam", 2],
  ["in de regio", 2],
  ["online", 2],
  ["bij de huisarts", 1],
  ["op het sportveld", 1],
  ["in de kerk", 1],
]);

const conditions = weighted<string>([
  ["een vaste contactpersoon", 3],
  ["steun van het bestuur", 2],
  ["structurele financiering", 3],
  ["goede afspraken over privacy", 2],
  ["een gedeeld dossier", 1],
  ["voldoende formatie", 2],
  ["draagvlak bij de partners", 2],
  ["een duidelijke doelgroep", 2],
  ["korte lijnen met de uitvoering", 2],
  ["een heldere projectopdracht", 1],
  ["een gedeelde taal", 1],
  ["tijd voor scholing", 1],
]);

const openers = weighted<string>([
  ["Achteraf gezien", 1],
  ["In de eerste maanden", 1],
  ["Na de tussentijdse evaluatie", 1],
  ["Tot onze verrassing", 1],
  ["Vanaf de start", 1],
  ["Gaandeweg", 1],
  ["Ondanks de krappe planning", 1],
  ["In de tweede fase", 1],
  ["Al snel", 1],
]);

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

const nameFirst = [
  "Anouk",
  "Bram",
  "Daan",
  "Eva",
  "Fleur",
  "Hidde",
  "Iris",
  "Jesse",
  "Kim",
  "Lars",
  "Lotte",
  "Mila",
  "Noah",
  "Olga",
  "Pieter",
  "Roos",
  "Sanne",
  "Sem",
  "Tess",
  "Thijs",
  "Vera",
  "Wouter",
  "Yara",
  "Zoë",
  "Fatima",
  "Mohamed",
  "Aylin",
  "Emre",
  "Priya",
  "Jan",
  "Marieke",
  "Kees",
  "Henk",
  "Ingrid",
  "Sevda",
  "Rachid",
  "Nadia",
  "Joost",
  "Esther",
  "Bas",
] as const;
const nameLast = [
  "de Jong",
  "Jansen",
  "de Vries",
  "van den Berg",
  "van Dijk",
  "Bakker",
  "Janssen",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Leeuwen",
  "Dekker",
  "Brouwer",
  "de Wit",
  "Dijkstra",
  "Smits",
  "de Graaf",
  "van der Meer",
  "Kaya",
  "Yilmaz",
  "El Amrani",
  "Bouali",
  "Wijaya",
] as const;

export function personName(random: Random): string {
  return `${random.pick(nameFirst)} ${random.pick(nameLast)}`;
}

const placeStart = [
  "Oost",
  "West",
  "Noord",
  "Zuid",
  "Nieuw",
  "Oud",
  "Groot",
  "Klein",
  "Hoog",
  "Laag",
  "Brede",
  "Lange",
  "Zand",
  "Berg",
  "Dal",
  "Veen",
  "Water",
  "Heide",
  "Linde",
  "Eiken",
  "Beuke",
  "Wilgen",
  "Molen",
  "Kerk",
  "Bloem",
  "Roze",
  "Gouden",
  "Zilver",
] as const;
const placeEnd = [
  "dam",
  "dijk",
  "veen",
  "wijk",
  "hoven",
  "horst",
  "loo",
  "recht",
  "berg",
  "burg",
  "haven",
  "zande",
  "wolde",
  "meer",
  "broek",
  "stede",
  "heim",
  "mond",
  "dorp",
  "gein",
  "sloot",
  "woude",
] as const;

/** `count` different town names such as "Lindehorst" or "Oostwolde". */
export function townNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(`${random.pick(placeStart)}${random.pick(placeEnd)}`);
  return [...names];
}

export const partnerNames = [
  "Stichting Welzijn",
  "GGD regio",
  "Woonstichting Thuis",
  "UWV",
  "Kredietbank",
  "Humanitas",
  "Leger des Heils",
  "Voedselbank",
  "Bibliotheek",
  "ROC",
  "Zorgverzekeraar",
  "Huisartsencoöperatie",
  "Vluchtelingenwerk",
  "MEE",
  "Jeugdfonds Sport & Cultuur",
] as const;

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
