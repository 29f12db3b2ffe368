/**
 * The demo's named interventions, registered before the pilots that try them (DemoPilot.intervention
 * names one). Vroegsignalering is tried in Zwolle, Amsterdam (Zuidoost), Oisterwijk (its adopted copy
 * joins by itself) and, privately, Rotterdam (Charlois): /wat-werkt pools it for every visitor. The
 * doorbraakbudget is tried only in Rotterdam and shared with the network: signed-in visitors see it,
 * with "te weinig gemeenten" for its figures.
 */
export const demoInterventions: ReadonlyArray<{ name: string; description: string }> = [
  {
    name: "Vroegsignalering: eropaf bij geldzorgen",
    description:
      "Signalen van geldzorgen (betalingsachterstanden, een vraag aan de huisarts, een hoge signaalscore in de buurt) leiden tot een bezoek of gesprek binnen enkele dagen, in plaats van een brief.",
  },
  {
    name: "Doorbraakbudget voor het wijkteam",
    description:
      "Het wijkteam krijgt een eigen budget om een vastgelopen situatie direct op te lossen, met een afwegingskader in plaats van een indicatie.",
  },
];
