/**
 * The closed vocabularies of the domain, each with its Dutch label. The keys are the values stored
 * in PocketBase (select fields in pocketbase/pb_migrations and the facets of
 * pocketbase/pb_hooks/lib/lesson-search.js use the same lists, and
 * tests/integration/domain-matches-pocketbase.test.ts compares them with the live schema); the
 * labels are what people read.
 */

function options<const T extends Record<string, string>>(labels: T) {
  const values = Object.keys(labels) as Array<keyof T & string>;
  return {
    labels,
    values: values as [keyof T & string, ...Array<keyof T & string>],
    list: values.map((value) => ({ value, label: labels[value] as string })),
    label: (value: string): string => (labels as Record<string, string>)[value] ?? value,
  };
}

export const domains = options({
  wmo: "Wmo",
  jeugd: "Jeugd",
  participatie: "Participatie",
  schuldhulp: "Schuldhulpverlening",
  armoede: "Armoede",
  wonen: "Wonen",
  gezondheid: "Gezondheid",
  onderwijs: "Onderwijs",
  veiligheid: "Veiligheid",
  overig: "Overig",
});
export type Domain = keyof typeof domains.labels;

export const principles = options({
  burgerparticipatie: "Burgerparticipatie",
  integrale_aanpak: "Integrale aanpak",
  preventie: "Preventie",
  maatwerk: "Maatwerk",
  digitalisering: "Digitalisering",
  data_gedreven: "Datagedreven werken",
  samenwerking: "Samenwerking",
});
export type Principle = keyof typeof principles.labels;

export const stages = options({
  idee: "Idee",
  ontwerp: "Ontwerp",
  uitvoering: "Uitvoering",
  evaluatie: "Evaluatie",
  besluit: "Besluit",
});
export type Stage = keyof typeof stages.labels;

export const decisions = options({
  opschalen: "Opschalen",
  borgen: "Borgen",
  bijstellen: "Bijstellen",
  stoppen: "Stoppen",
});
export type Decision = keyof typeof decisions.labels;

export const visibilities = options({
  private: "Alleen eigen gemeente",
  network: "Netwerk (ingelogde gebruikers)",
  public: "Openbaar",
});
export type Visibility = keyof typeof visibilities.labels;

export const evidenceLevels = options({
  goed_beschreven: "Goed beschreven",
  goed_onderbouwd: "Goed onderbouwd",
  eerste_aanwijzingen: "Effectief: eerste aanwijzingen",
  goede_aanwijzingen: "Effectief: goede aanwijzingen",
  sterke_aanwijzingen: "Effectief: sterke aanwijzingen",
});
export type EvidenceLevel = keyof typeof evidenceLevels.labels;

export const fundingSources = options({
  rijk: "Rijk",
  esf_plus: "ESF+",
  gemeente: "Eigen middelen gemeente",
  fondsen_donaties: "Fondsen en donaties",
  zorgverzekeraar: "Zorgverzekeraar",
  partners: "Partners",
  overig: "Overig",
});
export type FundingSource = keyof typeof fundingSources.labels;

export const riskCategories = options({
  beperkte_resultaten: "Beperkte resultaten",
  privacy: "Privacy",
  digitale_kloof: "Digitale kloof",
  draagvlak: "Draagvlak",
  financiering: "Financiering",
  uitvoering: "Uitvoering",
  juridisch: "Juridisch",
  overig: "Overig",
});
export type RiskCategory = keyof typeof riskCategories.labels;

export const riskStatuses = options({
  open: "Open",
  beheerst: "Beheerst",
  opgetreden: "Opgetreden",
  gesloten: "Gesloten",
});
export type RiskStatus = keyof typeof riskStatuses.labels;

export const directions = options({
  omhoog: "Hoger is beter",
  omlaag: "Lager is beter",
});
export type Direction = keyof typeof directions.labels;

export const verdicts = options({
  open: "Open",
  bevestigd: "Bevestigd",
  verworpen: "Verworpen",
  onbeslist: "Onbeslist",
});
export type Verdict = keyof typeof verdicts.labels;

export const evaluationKinds = options({
  tussentijds: "Tussentijdse evaluatie",
  eind: "Eindevaluatie",
});
export type EvaluationKind = keyof typeof evaluationKinds.labels;

/** What an evaluation proposes: the directeur's stage-gate decisions (above) plus carrying on. */
export const proposedDecisions = options({
  doorgaan: "Doorgaan",
  opschalen: "Opschalen",
  borgen: "Borgen",
  bijstellen: "Bijstellen",
  stoppen: "Stoppen",
});
export type ProposedDecision = keyof typeof proposedDecisions.labels;

export const lessonKinds = options({
  werkzaam_element: "Werkzaam element",
  valkuil: "Valkuil",
  randvoorwaarde: "Randvoorwaarde",
  tip: "Tip",
});
export type LessonKind = keyof typeof lessonKinds.labels;

/** By inhabitants; the thresholds live in pocketbase/pb_hooks/lib/size-class.js, which sets the field. */
export const sizeClasses = options({
  klein: "Klein (minder dan 20.000 inwoners)",
  middelgroot: "Middelgroot (20.000 tot 50.000)",
  groot: "Groot (50.000 tot 100.000)",
  zeer_groot: "Zeer groot (100.000 of meer)",
});
export type SizeClass = keyof typeof sizeClasses.labels;

export const roles = options({
  innovatiemanager: "Innovatiemanager",
  directeur: "Directeur",
  collega: "Collega",
});
export type Role = keyof typeof roles.labels;

export const provinces = options({
  groningen: "Groningen",
  friesland: "Fryslân",
  drenthe: "Drenthe",
  overijssel: "Overijssel",
  flevoland: "Flevoland",
  gelderland: "Gelderland",
  utrecht: "Utrecht",
  noord_holland: "Noord-Holland",
  zuid_holland: "Zuid-Holland",
  zeeland: "Zeeland",
  noord_brabant: "Noord-Brabant",
  limburg: "Limburg",
});
export type Province = keyof typeof provinces.labels;

/** Roles that may write a municipality's pilots; the same list stands in the API rules. */
export const writerRoles: readonly Role[] = ["innovatiemanager", "directeur"];
export const canWrite = (role: string | undefined): boolean => writerRoles.includes(role as Role);

/** Who pays or benefits (pilot_effects.actor): the actors of an MKBA in the social domain. */
export const effectActors = options({
  gemeente: "Gemeente",
  rijk: "Rijk",
  uwv: "UWV",
  zorgverzekeraar: "Zorgverzekeraar",
  corporatie: "Woningcorporatie",
  werkgevers: "Werkgevers",
  inwoners: "Inwoners",
});
export type EffectActor = keyof typeof effectActors.labels;

export const effectKinds = options({
  kosten: "Kosten",
  baten: "Baten",
});
export type EffectKind = keyof typeof effectKinds.labels;

/** Whom a catalogue indicator counts (indicators.level). */
export const indicatorLevels = options({
  inwoner: "Inwoner",
  huishouden: "Huishouden",
  gemeente: "Gemeente",
});
export type IndicatorLevel = keyof typeof indicatorLevels.labels;
