/**
 * The relevance set of the Dutch lesson search, against the demo network
 * (src/launcher/demo/demo-network.ts): what a person types, and the lesson titles that must be on
 * the first page (20 hits) or must not be found at all. `as`: "bezoeker" is a visitor (public
 * lessons only), otherwise Amsterdam's innovatiemanager, who also sees the network's lessons and
 * Amsterdam's private ones.
 */
export type RelevanceCase = { query: string; as?: "bezoeker"; finds?: string[]; notFinds?: string[]; why: string };

const JEUGDWERKLOOSHEID = "Jeugdwerkloosheid in een kleine gemeente: tel ook wie nergens staat ingeschreven";
const VACATURE = "Koppel elke training aan een concrete vacature bij een lokale werkgever";
const PERSONEELSVERLOOP = "Personeelsverloop kost huishoudens maanden: borg de werkwijze in het team";
const ORGANISATIES = "Maatschappelijke organisaties melden eerder als ze horen wat er met hun melding gebeurt";
const REGIO = "Houd de uitvoering lokaal en organiseer kennis en inkoop in de regio";
const SCHULDEISERS = "Zonder convenant met schuldeisers geen schuldenpauze voor jongeren";
const AVOND = "Plan huisbezoeken ook aan het begin van de avond";
const BEZETTING = "Reken de bezetting door voordat je een huisbezoek binnen vijf werkdagen belooft";
const BRIEVEN = "Schrijf brieven over betalingsachterstanden op B1-niveau en test ze met laaggeletterden";
const FOTO = "Een foto van een brief in plaats van een upload halveert de uitval";
const MANTELZORGERS = "Mantelzorgers en hulpverleners zoeken de informatie op, niet de inwoner zelf";
const INSTALLATIE = "Betrek mantelzorgers bij de installatie van zorgtechnologie";
const AANBOD = "Zorgtechnologie is een aanbod, nooit een voorwaarde voor een maatwerkvoorziening";
const JONGERENWERK = "Het jongerenwerk vindt de jongeren die nooit naar het gemeentehuis komen";
const KINDEREN = "Vraag bij elke melding over geld ook naar de kinderen";
const VERVOER = "Regel vervoer vanaf de eerste trainingsdag";
const KLANTPANEL = "Laat een klantpanel van ervaringsdeskundigen elke nieuwe versie testen";
const AAN_DE_DEUR = "Een ervaringsdeskundige aan de deur opent het gesprek dat een brief niet opent";
const INCASSO = "Laat de corporatie de incasso opschorten zodra het wijkteam een traject start";
const KANAAL = "Toets vóór de aanschaf met de doelgroep welk kanaal zij gebruikt";
const SPREEKUUR = "Een spreekuur in de eigen huisartsenpraktijk voelt niet als naar de gemeente gaan";
const HUISARTSBEZOEK = "Verwacht van minder geldzorgen niet binnen een jaar minder huisartsbezoek";
const GEGEVENSDELING = "Leg gegevensdeling met corporatie en Kredietbank vast vóór de start";
const DOORBRAAKBUDGET = "Andere loketten schuiven inwoners door naar het doorbraakbudget";
const KADER = "Een doorbraakbudget werkt pas met een afwegingskader vol voorbeeldcasussen";
const TOESLAGEN = "Een snelle toeslagencheck levert bij een op de zeven huishoudens geld op";

export const relevanceCases: RelevanceCase[] = [
  // Compounds, both ways
  { query: "jeugdwerkloosheid", finds: [JEUGDWERKLOOSHEID], why: "the compound itself" },
  { query: "jeugdwerkloosheid", as: "bezoeker", finds: [JEUGDWERKLOOSHEID], why: "a visitor too" },
  { query: "werkloosheid jeugd", finds: [JEUGDWERKLOOSHEID], why: "the parts find the compound" },
  { query: "werkloze jongeren", finds: [JEUGDWERKLOOSHEID, VACATURE], why: "parts, a synonym, and 'zonder werk'" },
  { query: "verloop", finds: [PERSONEELSVERLOOP], why: "a part finds personeelsverloop" },
  { query: "personeel", finds: [PERSONEELSVERLOOP], why: "the first part too" },
  { query: "bezoek", finds: [AVOND, BEZETTING], why: "huisbezoek(en) hold bezoek" },
  { query: "technologie", finds: [INSTALLATIE, AANBOD], why: "zorgtechnologie holds technologie" },
  { query: "deskundige", finds: [KLANTPANEL, AAN_DE_DEUR], why: "ervaringsdeskundige(n) hold deskundige" },
  { query: "praktijk", finds: [SPREEKUUR], why: "huisartsenpraktijk holds praktijk" },
  { query: "achterstand", finds: [BRIEVEN, INCASSO], why: "betalingsachterstanden, huurachterstand" },
  { query: "gegevens delen", finds: [GEGEVENSDELING], why: "gegevensdeling" },
  { query: "verpleging", finds: [INSTALLATIE], why: "wijkverpleging holds verpleging" },
  { query: "detector", finds: [INSTALLATIE], why: "valdetector holds detector" },
  { query: "diensten", finds: [AVOND], why: "avonddiensten holds diensten" },
  { query: "uitzettingen", finds: [INCASSO], why: "huisuitzettingen holds uitzettingen" },
  { query: "kosten", finds: [INCASSO, KADER], why: "incassokosten, reiskosten" },
  { query: "beheer", finds: [GEGEVENSDELING], why: "budgetbeheer holds beheer" },
  { query: "jongerencoach", finds: [JONGERENWERK], why: "a compound finds its parts: jongeren, coach" },
  // Singular and plural, verb forms
  { query: "organisatie", finds: [ORGANISATIES, REGIO], why: "organisatie and organisaties meet" },
  { query: "organisaties", finds: [ORGANISATIES, REGIO], why: "the other way round" },
  { query: "schuldeiser", finds: [SCHULDEISERS, ORGANISATIES], why: "schuldeiser and schuldeisers meet" },
  { query: "schuldeisers", finds: [SCHULDEISERS, ORGANISATIES], why: "the other way round" },
  { query: "huisbezoek", finds: [AVOND, BEZETTING, TOESLAGEN], why: "singular finds plural" },
  { query: "brieven", finds: [BRIEVEN, FOTO], why: "brieven meets brief (v/f)" },
  { query: "brief", finds: [BRIEVEN, FOTO, AAN_DE_DEUR], why: "brief meets brieven" },
  { query: "mantelzorger", finds: [MANTELZORGERS, INSTALLATIE], why: "singular finds plural" },
  { query: "wijkteams", finds: [INCASSO, PERSONEELSVERLOOP, KINDEREN], why: "plural finds singular" },
  { query: "laaggeletterde", finds: [BRIEVEN, KANAAL], why: "laaggeletterden, laaggeletterde" },
  { query: "verwijzen huisartsen", finds: [SPREEKUUR], why: "verwijzen, verwijzing; huisarts" },
  { query: "gemeld huishouden", finds: [BEZETTING], why: "verb form and plural" },
  // Synonyms (content/zoeken/synoniemen.txt)
  { query: "jeugd", finds: [KINDEREN, VERVOER, JONGERENWERK], why: "jongeren ~ jeugd" },
  { query: "zonder werk", finds: [VACATURE, REGIO], why: "werkloos ~ zonder werk ~ werkzoekend" },
  { query: "taalachterstand", finds: [BRIEVEN, KANAAL], why: "laaggeletterdheid ~ taalachterstand" },
  { query: "geldzorgen huisarts", finds: [SPREEKUUR, HUISARTSBEZOEK], why: "the word itself, and huisarts" },
  { query: "senioren technologie", finds: [INSTALLATIE], why: "ouderen ~ senioren" },
  { query: "bijstand", finds: [DOORBRAAKBUDGET], why: "bijzondere bijstand, and the werkloos group" },
  // Multi-word and phrases
  { query: '"warme overdracht"', finds: [PERSONEELSVERLOOP], why: "a phrase" },
  { query: "mantelzorg zorgtechnologie", finds: [INSTALLATIE], why: "two words, both required" },
  // Must not find
  { query: "jeugdwerkloosheid", notFinds: [MANTELZORGERS, KINDEREN], why: "unrelated lessons stay out" },
  { query: "eren", notFinds: [JONGERENWERK, KINDEREN], why: "jongeren and kinderen are not jong + eren, kind + eren" },
  { query: "baar", notFinds: [DOORBRAAKBUDGET], why: "aantoonbaar is not aantoon + baar" },
  { query: "organisatie", notFinds: [VERVOER], why: "a word the lesson does not hold" },
  { query: "schuldeisers -convenant", notFinds: [SCHULDEISERS], why: "an exclusion still excludes" },
  { query: "verloop -personeel", notFinds: [PERSONEELSVERLOOP], why: "excluding a part excludes the compound" },
];
