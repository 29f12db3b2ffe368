import type { DemoMunicipality } from "./demo-types.ts";

/** A Markdown body from its blocks: a string is a paragraph, an array is a list (one item a line). */
const md = (...blocks: Array<string | string[]>): string =>
  blocks.map((block) => (Array.isArray(block) ? block.join("\n") : block)).join("\n\n");

/**
 * The demo learning network: four municipalities, their accounts and their pilots, written as a
 * person would type them into the pilot form ("500.000", "72,5", "2026-03-01"). The seed parses
 * every pilot with PilotFormSchema (tests/unit/demo-network.test.ts checks that it does).
 *
 * Decimals (baseline, target) are written without a thousands separator ("43000"), as most people
 * type them; the parser would read "43.000" as 43000 too.
 *
 * Seven pilots carry evaluations (learning cards), parsed with EvaluationFormSchema; a measurement
 * names its hypothesis by position in the pilot's `hypotheses`. The measurements tell different
 * stories over time: Feijenoord's lead time and Zwolle's uptake of help reach their targets, the
 * Oisterwijk assistant and Zuidoost's GP visits stay at the baseline, the rest get part of the way.
 * A few samples under 10 (Mijn Geldzaken, Zuidoost, Jongeren aan het werk) are there on purpose:
 * other municipalities see them only as "< 10". The Oisterwijk digital assistant is the one pilot
 * that stops, with its reason, so others can learn from it.
 *
 * Lessons learned are written as the lesson form takes them (LessonFormSchema): each body is
 * Markdown of 80 to 250 words with the context, what happened, why, and what another municipality
 * should do, because one-liners without context are never reused. Most come from one of the
 * municipality's own pilots (`pilotTitle`); a lesson is never more visible than its pilot.
 * Comments are questions on another municipality's shared lesson or pilot; the owner's answer sits
 * in a municipality further down the list, because comments are seeded in array order (the seed
 * threads it under the latest question on that item). Some questions are marked answered, others
 * stay open, answered or not. Oisterwijk adopts Zwolle's vroegsignalering pilot and makes it its own.
 *
 * The evidence ladder shows every rung, each earned from the records: plans (idee, ontwerp) have
 * none; most running pilots are goed beschreven; Delfshaven has a theory of change (goed
 * onderbouwd); Oisterwijk's version of vroegsignalering confirmed its measured hypothesis (eerste
 * aanwijzingen); Feijenoord compared its lead time with two other districts (goede aanwijzingen);
 * and Zwolle, compared with the households that still got a letter and replicated by Oisterwijk,
 * reaches sterke aanwijzingen.
 */
export const demoNetwork: DemoMunicipality[] = [
  // ───────────────────────────────────────────── Rotterdam ─────────────────────────────────────────────
  {
    name: "Rotterdam",
    cbs_code: "GM0599",
    province: "zuid_holland",
    inhabitants: 671_125,
    users: [
      { email: "innovatie@rotterdam.test", name: "Samira El Idrissi", role: "innovatiemanager" },
      { email: "directie@rotterdam.test", name: "Jeroen van der Linden", role: "directeur" },
    ],
    pilots: [
      {
        title: "Integrale wijkteams Feijenoord: één huishouden, één plan",
        summary:
          "In Feijenoord en IJsselmonde werken de wijkteams met één vaste regisseur per huishouden en één gezamenlijk plan voor zorg, inkomen, schulden, werk en opvoeding. De regisseur mag binnen een maatwerkbudget direct besluiten, zonder eerst een indicatie of beschikking af te wachten.",
        problem:
          "Huishoudens met problemen op meerdere leefgebieden krijgen in Rotterdam vaak met vijf tot tien hulpverleners te maken: een schuldhulpverlener, een jeugdhulpaanbieder, een klantmanager Werk en Inkomen, een Wmo-consulent en soms ook de woningcorporatie. Ieder werkt vanuit een eigen wet, een eigen intake en een eigen plan. Bewoners moeten hun verhaal steeds opnieuw vertellen, afspraken spreken elkaar tegen en problemen stapelen zich op terwijl de hulp op gang komt. Uit een dossieranalyse van 120 huishoudens in Feijenoord bleek dat er gemiddeld 14 weken verstreken tussen de eerste melding en een samenhangend plan, en dat een op de drie huishoudens binnen een jaar opnieuw in crisis raakte.",
        target_group:
          "Huishoudens in Feijenoord en IJsselmonde met problemen op drie of meer leefgebieden, zoals schulden, opvoeding en werkloosheid",
        domain: "wmo",
        principles: ["integrale_aanpak", "maatwerk", "samenwerking", "preventie"],
        stage: "besluit",
        visibility: "public",
        decision: "opschalen",
        decision_rationale:
          "De tijd tot een gezamenlijk plan daalde van 14 naar 5 weken en het aantal nieuwe bijstandsaanvragen in de pilotwijken daalde sterker dan in vergelijkbare wijken. Bewoners geven de vaste regisseur gemiddeld een 8,1. We schalen in 2027 op naar Charlois en Delfshaven, met dezelfde werkwijze en een vast maatwerkbudget per wijkteam. Voorwaarde is dat de afspraken over gegevensdeling tussen gemeente, wijkteams en corporaties vóór de start in een convenant zijn vastgelegd.",
        theory_of_change:
          "Huishoudens met problemen op meerdere leefgebieden lopen vast omdat elke hulpverlener vanuit een eigen wet, intake en plan werkt: wachten op elkaar laat problemen oplopen. Eén regisseur met mandaat en een direct inzetbaar budget haalt die wachttijd weg. Zo komt er sneller één samenhangend plan, worden kleine problemen opgelost voordat ze een crisis worden, en hoeven minder huishoudens een beroep te doen op de bijstand. De aanpak bouwt op de werkzame elementen van integrale wijkteams: één huishouden, één plan, één regisseur.",
        start_date: "2025-01-06",
        end_date: "2026-06-30",
        tags: "wijkteams, multiprobleemhuishoudens, één plan, regie, maatwerkbudget",
        partners: [
          { name: "Wijkteams Feijenoord en IJsselmonde", role: "Uitvoering en regie per huishouden" },
          { name: "Woningcorporatie", role: "Meldt huurachterstanden vroeg en schuift aan bij het casusoverleg" },
          { name: "Kredietbank Rotterdam", role: "Budgetbeheer en schuldregeling zonder wachttijd voor pilothuishoudens" },
          { name: "Zorgverzekeraar", role: "Cofinanciering en inzicht in zorggebruik op wijkniveau" },
          { name: "Hogeschool, lectoraat Wijkgericht werken", role: "Procesevaluatie en interviews met bewoners" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij één vaste regisseur en één gezamenlijk plan inzetten voor huishoudens met problemen op drie of meer leefgebieden, dan verwachten wij dat er in de pilotwijken minder nieuwe bijstandsaanvragen worden gedaan, omdat problemen eerder worden opgelost.",
            indicator: "Aantal nieuwe uitkeringsaanvragen (bijstand) per jaar in de pilotwijken",
            unit: "aanvragen",
            direction: "omlaag",
            baseline: "1000",
            target: "850",
            measure_by: "2026-06-30",
          },
          {
            statement:
              "Als wij wijkteams een eigen maatwerkbudget geven voor huishoudens met meervoudige problemen, dan verwachten wij dat de tijd tussen de eerste melding en een samenhangend plan korter wordt.",
            indicator: "Doorlooptijd van eerste melding tot gezamenlijk plan",
            unit: "weken",
            direction: "omlaag",
            baseline: "14",
            target: "6",
            measure_by: "2025-12-31",
          },
          {
            statement:
              "Als wij één vaste regisseur inzetten voor huishoudens met problemen op meerdere leefgebieden, dan verwachten wij dat minder huishoudens binnen een jaar opnieuw in crisis raken.",
            indicator: "Huishoudens met een nieuwe crisismelding binnen 12 maanden",
            unit: "%",
            direction: "omlaag",
            baseline: "33",
            target: "25",
            measure_by: "2026-06-30",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2025", planned_cents: "1.200.000", spent_cents: "1.164.870,40", reporting_deadline: "" },
          { source: "gemeente", year: "2026", planned_cents: "650.000", spent_cents: "612.300", reporting_deadline: "" },
          { source: "rijk", year: "2025", planned_cents: "400.000", spent_cents: "400.000", reporting_deadline: "2026-07-01" },
          { source: "zorgverzekeraar", year: "2026", planned_cents: "150.000", spent_cents: "138.250", reporting_deadline: "2026-12-31" },
          { source: "partners", year: "2026", planned_cents: "75.000", spent_cents: "81.420", reporting_deadline: "" },
        ],
        risks: [
          {
            title: "Wijkteams vallen terug in de oude werkwijze door personeelsverloop",
            category: "uitvoering",
            likelihood: "3",
            impact: "4",
            mitigation:
              "Inwerkprogramma voor nieuwe medewerkers, intervisie op casussen om de twee weken en een ervaren regisseur als maatje voor elk nieuw teamlid.",
            owner: "Teamleider wijkteam Feijenoord",
            status: "beheerst",
          },
          {
            title: "Gegevens worden gedeeld tussen gemeente, wijkteam en corporatie zonder heldere grondslag",
            category: "privacy",
            likelihood: "3",
            impact: "5",
            mitigation:
              "Gegevens alleen delen met toestemming van het huishouden, een DPIA laten uitvoeren en een convenant opstellen met de functionaris gegevensbescherming; bewoners kunnen inzien wat er over hen is gedeeld.",
            owner: "Privacy officer Maatschappelijke Ontwikkeling",
            status: "beheerst",
          },
          {
            title: "Effect op bijstandsaanvragen is binnen de looptijd niet aantoonbaar",
            category: "beperkte_resultaten",
            likelihood: "2",
            impact: "3",
            mitigation:
              "Regelmatige evaluatie en bijsturing: elk kwartaal de indicatoren met de wijkteams bespreken, de werkwijze waar nodig aanpassen en de uitkomsten vergelijken met wijken zonder pilot.",
            owner: "Samira El Idrissi",
            status: "gesloten",
          },
        ],
        evaluations: [
          {
            date: "2025-07-10",
            kind: "tussentijds",
            observations:
              "In het eerste half jaar zijn 186 huishoudens ingestroomd, van wie 142 al een vaste regisseur en een gezamenlijk plan hebben. De regisseurs gebruiken het maatwerkbudget vooral voor kleine, snelle uitgaven: een huurachterstand, een fietsreparatie, de contributie van een sportclub. De woningcorporatie schuift elke keer aan bij het casusoverleg, de Kredietbank nog niet.",
            what_worked:
              "Bewoners waarderen dat ze hun verhaal één keer hoeven te vertellen. Doordat de regisseur zelf mag besluiten, komt er binnen twee weken iets in beweging, ook als een indicatie nog loopt.",
            what_did_not:
              "Het delen van gegevens met de Kredietbank loopt vast zolang het convenant niet is getekend; regisseurs bellen daardoor nog veel na. Twee regisseurs zijn vertrokken en hun huishoudens moesten opnieuw beginnen.",
            participants: "186",
            measurements: [
              { hypothesis: 0, value: "968", sample_size: "968", period: "2025-06" },
              { hypothesis: 1, value: "9", sample_size: "142", period: "2025-06" },
            ],
            testimonials: [
              {
                quote:
                  "Vroeger had ik zes mensen over de vloer die allemaal iets anders van me wilden. Nu heb ik één iemand die het overzicht houdt.",
                label: "bewoner Feijenoord, 38 jaar",
                consent: true,
              },
            ],
            decision: "doorgaan",
            rationale:
              "De doorlooptijd daalt al duidelijk en bewoners zijn tevreden. Eerst het convenant over gegevensdeling met de Kredietbank rond maken; de werkwijze verder ongewijzigd voortzetten.",
          },
          {
            date: "2026-01-15",
            kind: "tussentijds",
            observations:
              "Inmiddels werken 311 huishoudens met een vaste regisseur. De gemiddelde tijd tot een gezamenlijk plan is gedaald naar 6,5 week; in de vergelijkingswijken Hillegersberg-Zuid en Overschie, waar de wijkteams nog per loket werken, duurde het voor 96 huishoudens 13 weken. Over de afgelopen twaalf maanden zijn in de pilotwijken 921 nieuwe bijstandsaanvragen gedaan; in de vergelijkingswijken Hillegersberg-Zuid en Overschie daalde het aantal in dezelfde periode met 3 procent. Van de huishoudens die een jaar in de pilot zitten, kreeg 29 procent een nieuwe crisismelding.",
            what_worked:
              "Sinds het convenant met de Kredietbank in oktober is getekend, start budgetbeheer binnen een week. De intervisie om de twee weken helpt nieuwe regisseurs om niet terug te vallen in het werken per loket.",
            what_did_not:
              "Huishoudens met zware psychiatrische problematiek vallen vaker terug; de regisseur krijgt de ggz nog moeilijk aan tafel. In IJsselmonde wordt het maatwerkbudget minder gebruikt dan in Feijenoord, omdat regisseurs er minder op durven te vertrouwen.",
            participants: "311",
            measurements: [
              { hypothesis: 0, value: "921", sample_size: "921", period: "2025-12" },
              { hypothesis: 1, value: "6,5", sample_size: "287", period: "2025-12", comparison_value: "13", comparison_sample_size: "96" },
              { hypothesis: 2, value: "29", sample_size: "164", period: "2025-12" },
            ],
            testimonials: [
              {
                quote:
                  "Ik hoef niet meer op een beschikking te wachten om een huurachterstand van driehonderd euro op te lossen. Dat scheelt weken, en veel stress aan de keukentafel.",
                label: "regisseur wijkteam IJsselmonde",
                consent: true,
              },
            ],
            decision: "doorgaan",
            rationale:
              "Twee van de drie indicatoren bewegen de goede kant op. Afspraken maken met de ggz over een vaste contactpersoon per wijkteam en de regisseurs in IJsselmonde coachen op het gebruik van het maatwerkbudget.",
          },
          {
            date: "2026-07-09",
            kind: "eind",
            observations:
              "Over de hele looptijd werkten 402 huishoudens met een vaste regisseur. De tijd tot een gezamenlijk plan is 5 weken (nulmeting 14); in de vergelijkingswijken 13,5 week, gemeten bij 118 huishoudens. Over de laatste twaalf maanden zijn 884 nieuwe bijstandsaanvragen gedaan, 12 procent minder dan bij de nulmeting; in de vergelijkingswijken was de daling 4 procent. Het aandeel huishoudens met een nieuwe crisismelding binnen een jaar daalde naar 27 procent. Bewoners geven de vaste regisseur gemiddeld een 8,1 (214 ingevulde vragenlijsten).",
            what_worked:
              "Eén regisseur met mandaat, één gezamenlijk plan en een budget dat direct inzetbaar is. Het vaste casusoverleg met woningcorporatie en Kredietbank voorkomt dat een huurachterstand uitgroeit tot een ontruiming.",
            what_did_not:
              "De streefwaarde voor bijstandsaanvragen (850) is niet gehaald en de crisismeldingen dalen minder dan gehoopt. Personeelsverloop blijft een risico: elk vertrek kost de huishoudens van die regisseur maanden.",
            participants: "402",
            measurements: [
              { hypothesis: 0, value: "884", sample_size: "884", period: "2026-06" },
              { hypothesis: 1, value: "5", sample_size: "356", period: "2026-06", comparison_value: "13,5", comparison_sample_size: "118" },
              { hypothesis: 2, value: "27", sample_size: "248", period: "2026-06" },
            ],
            testimonials: [
              {
                quote:
                  "Mijn regisseur belde zelf de corporatie en de Kredietbank. Voor het eerst in jaren had ik het gevoel dat iemand het geheel zag.",
                label: "bewoner IJsselmonde, 52 jaar",
                consent: true,
              },
              {
                quote: "Het plan past op één A4 en mijn zoon en ik hebben er zelf aan meegeschreven.",
                label: "bewoner Feijenoord, vader van drie kinderen",
                consent: true,
              },
            ],
            decision: "opschalen",
            rationale:
              "De werkwijze verkort de doorlooptijd aantoonbaar, en het aantal bijstandsaanvragen daalt drie keer zo sterk als in de vergelijkingswijken. Opschalen naar Charlois en Delfshaven, op voorwaarde dat het convenant over gegevensdeling vooraf rond is.",
          },
        ],
        verdicts: [
          { hypothesis: 0, verdict: "onbeslist" },
          { hypothesis: 1, verdict: "bevestigd" },
          { hypothesis: 2, verdict: "onbeslist" },
        ],
      },
      {
        title: "Doorbraakbudget voor de wijkteams in Delfshaven",
        intervention: "Doorbraakbudget voor het wijkteam",
        effects: [
          {
            actor: "gemeente",
            kind: "kosten",
            year: "2026",
            expected_cents: "250.000",
            realised_cents: "180.000",
            source_note: "Doorbraakbudget en registratie",
          },
          {
            actor: "gemeente",
            kind: "baten",
            year: "2026",
            expected_cents: "210.000",
            realised_cents: "",
            source_note: "Minder maatwerkvoorzieningen en bijzondere bijstand",
          },
          {
            actor: "corporatie",
            kind: "baten",
            year: "2026",
            expected_cents: "80.000",
            realised_cents: "",
            source_note: "Voorkomen ontruimingen, opgave Woonstad",
          },
        ],
        indicatorKeys: [{ hypothesis: 0, key: "huisuitzettingen" }],
        summary:
          "Professionals in de wijkteams van Delfshaven kunnen tot € 2.500 per huishouden direct inzetten om een vastgelopen situatie te doorbreken: een huurachterstand aflossen, een kapotte koelkast vervangen of reiskosten voor een werktraject voorschieten. Achteraf leggen ze vast wat de uitgave heeft opgeleverd.",
        problem:
          "Wijkteammedewerkers zien dagelijks situaties waarin een klein bedrag grote problemen kan voorkomen. Toch duurt het weken voordat bijzondere bijstand of een andere voorziening is toegekend, omdat de regels niet passen of een aanvraag vastloopt tussen loketten. Intussen loopt een huurachterstand op tot een dreigende ontruiming, of haakt iemand af bij een werktraject omdat de reiskosten niet te betalen zijn. Het gevolg zijn duurdere interventies later en een groeiend wantrouwen van bewoners in de gemeente.",
        target_group: "Huishoudens in Delfshaven die bekend zijn bij het wijkteam en vastlopen op regels of wachttijden",
        theory_of_change:
          "Een klein probleem groeit uit tot een groot probleem in de weken dat een voorziening op zich laat wachten: een huurachterstand wordt een aanzegging, een afgehaakt werktraject een uitkering. Als de professional die het huishouden kent direct een klein bedrag mag inzetten, wordt de keten doorbroken voordat de kosten oplopen. Het vastleggen van elke afweging maakt zichtbaar welke uitgaven werken.",
        domain: "armoede",
        principles: ["maatwerk", "preventie", "integrale_aanpak"],
        stage: "uitvoering",
        visibility: "network",
        start_date: "2025-09-01",
        end_date: "2027-02-28",
        tags: "doorbraakbudget, maatwerk, armoede, wijkteams, huurachterstand",
        partners: [
          { name: "Wijkteams Delfshaven", role: "Zetten het budget in en leggen hun afweging vast" },
          { name: "Woningcorporatie", role: "Meldt dreigende huisuitzettingen en schort de incasso op tijdens het traject" },
          {
            name: "Humanitas",
            role: "Vrijwilligers Thuisadministratie helpen huishoudens na de doorbraak hun administratie op orde te houden",
          },
        ],
        hypotheses: [
          {
            statement:
              "Als wij wijkteams een doorbraakbudget geven voor huishoudens die vastlopen op regels of wachttijden, dan verwachten wij dat er minder huisuitzettingen worden aangezegd.",
            indicator: "Aantal aangezegde huisuitzettingen per jaar in Delfshaven",
            unit: "uitzettingen",
            direction: "omlaag",
            baseline: "48",
            target: "30",
            measure_by: "2027-02-28",
          },
          {
            statement:
              "Als wij professionals zelf laten beslissen over een doorbraakbudget voor vastgelopen huishoudens, dan verwachten wij dat zij vaker binnen een week een oplossing kunnen bieden.",
            indicator: "Casussen waarin binnen 7 dagen een oplossing is gevonden",
            unit: "%",
            direction: "omhoog",
            baseline: "22,5",
            target: "60",
            measure_by: "2026-09-30",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2025", planned_cents: "150.000", spent_cents: "61.840,25", reporting_deadline: "" },
          { source: "gemeente", year: "2026", planned_cents: "350.000", spent_cents: "287.515", reporting_deadline: "" },
          { source: "fondsen_donaties", year: "2026", planned_cents: "100.000", spent_cents: "42.000", reporting_deadline: "2027-03-31" },
        ],
        risks: [
          {
            title: "Andere loketten verwijzen door naar het doorbraakbudget in plaats van zelf te helpen",
            category: "uitvoering",
            likelihood: "4",
            impact: "3",
            mitigation:
              "Het budget is alleen inzetbaar als voorliggende voorzieningen zijn geprobeerd of aantoonbaar te laat komen; de teamleider controleert elke maand een steekproef van tien casussen.",
            owner: "Teamleider wijkteam Delfshaven",
            status: "open",
          },
          {
            title: "Ongelijke behandeling van huishoudens binnen en buiten de pilotwijk",
            category: "juridisch",
            likelihood: "2",
            impact: "3",
            mitigation:
              "Een afwegingskader met voorbeelden, een motivering bij elke uitgave in het dossier en twee keer per jaar een toets door de juridische afdeling.",
            owner: "Juridisch adviseur Werk en Inkomen",
            status: "beheerst",
          },
          {
            title: "Het budget is eerder op dan gepland",
            category: "financiering",
            likelihood: "3",
            impact: "4",
            mitigation: "Maandelijkse uitputtingsrapportage, een plafond per huishouden en tijdig een aanvullende aanvraag bij het fonds.",
            owner: "Financieel adviseur sociaal domein",
            status: "beheerst",
          },
        ],
        evaluations: [
          {
            date: "2026-02-12",
            kind: "tussentijds",
            observations:
              "In de eerste vijf maanden zetten de wijkteams het doorbraakbudget 74 keer in, gemiddeld € 840 per huishouden. Ruim de helft van de uitgaven ging naar huurachterstanden, daarna volgden reiskosten voor werktrajecten en vervanging van witgoed. In 41 procent van de casussen was er binnen zeven dagen een oplossing.",
            what_worked:
              "Professionals voelen zich serieus genomen: ze kunnen doen wat nodig is en leggen het achteraf uit. De corporatie schort de incasso op zodra het wijkteam een traject start.",
            what_did_not:
              "Het afwegingskader is nog te abstract; teams verschillen sterk in wat ze een doorbraak vinden. Twee loketten verwezen inwoners rechtstreeks naar het budget in plaats van eerst de bijzondere bijstand te proberen.",
            participants: "74",
            measurements: [
              { hypothesis: 0, value: "45", sample_size: "45", period: "2026-01" },
              { hypothesis: 1, value: "41", sample_size: "74", period: "2026-01" },
            ],
            testimonials: [
              {
                quote:
                  "Die koelkast had ik na drie weken bijzondere bijstand ook wel gekregen. Nu kon mijn zoon de volgende dag weer een gewone lunch mee naar school nemen.",
                label: "deelnemer B, 41 jaar, Bospolder",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "Het afwegingskader aanvullen met voorbeeldcasussen en met de loketten afspreken dat zij eerst de voorliggende voorzieningen benutten.",
          },
          {
            date: "2026-09-17",
            kind: "tussentijds",
            observations:
              "Het budget is nu 212 keer ingezet. Met het aangescherpte afwegingskader zijn de verschillen tussen de teams kleiner geworden. In 53 procent van de casussen is binnen zeven dagen een oplossing gevonden. Over de laatste twaalf maanden zijn in Delfshaven 38 huisuitzettingen aangezegd.",
            what_worked:
              "De maandelijkse steekproef van tien casussen door de teamleider houdt de afweging scherp, en de vrijwilligers van Humanitas zorgen dat huishoudens na de doorbraak niet opnieuw achterstanden opbouwen.",
            what_did_not:
              "De uitputting loopt voor op de planning: in dit tempo is het budget voor 2026 in november op. De aanvullende aanvraag bij het fonds is nog niet toegekend.",
            participants: "212",
            measurements: [
              { hypothesis: 0, value: "38", sample_size: "38", period: "2026-08" },
              { hypothesis: 1, value: "53", sample_size: "138", period: "2026-08" },
            ],
            testimonials: [],
            decision: "doorgaan",
            rationale:
              "Beide indicatoren bewegen de goede kant op. Doorgaan tot het einde van de looptijd en vóór 1 november een plafond per team afspreken, zodat het budget het jaar haalt.",
          },
        ],
      },
      {
        title: "Buurtdashboard voor wijkteams in Charlois",
        intervention: "Vroegsignalering: eropaf bij geldzorgen",
        indicatorKeys: [{ hypothesis: 0, key: "vroegsignalering-bereik" }],
        summary:
          "Samen met twee wijkteams in Charlois ontwerpen we een dashboard dat per buurt laat zien waar signalen van problemen zich opstapelen, zoals huurachterstanden, schoolverzuim en Wmo-gebruik. Zo kunnen teams hun inzet richten op buurten waar weinig hulp wordt gevraagd maar veel speelt. Het dashboard toont alleen buurtcijfers, nooit personen.",
        problem:
          "Wijkteams verdelen hun tijd nu vooral op basis van binnenkomende aanmeldingen. Buurten waar bewoners minder snel hulp vragen, krijgen daardoor minder aandacht, terwijl de problemen daar vaak groter zijn. Cijfers over armoede, schulden, jeugdhulp en Wmo-gebruik staan verspreid over vijf systemen en komen eens per jaar samen in een rapport dat te laat verschijnt om er de inzet mee bij te sturen.",
        target_group: "Wijkteams en wijkmanagers in Charlois; indirect bewoners van buurten met weinig hulpvragen maar veel signalen",
        domain: "wmo",
        principles: ["data_gedreven", "preventie", "samenwerking"],
        stage: "ontwerp",
        visibility: "private",
        start_date: "2026-09-01",
        end_date: "2027-12-31",
        tags: "data, dashboard, wijkteams, preventie, buurtgericht werken",
        partners: [
          { name: "Onderzoek en Business Intelligence, gemeente Rotterdam", role: "Levert en bewerkt de buurtcijfers" },
          { name: "Wijkteams Charlois", role: "Ontwerpen mee en toetsen of het dashboard bruikbaar is" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij een buurtdashboard beschikbaar maken voor de wijkteams in Charlois, dan verwachten wij dat een groter deel van de outreachende huisbezoeken plaatsvindt in de buurten met de meeste signalen.",
            indicator: "Aandeel outreachende huisbezoeken in de vijf buurten met de hoogste signaalscore",
            unit: "%",
            direction: "omhoog",
            baseline: "35",
            target: "50",
            measure_by: "2027-12-31",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2026", planned_cents: "80.000", spent_cents: "12.400", reporting_deadline: "" },
          { source: "gemeente", year: "2027", planned_cents: "180.000", spent_cents: "", reporting_deadline: "" },
        ],
        risks: [
          {
            title: "Huishoudens worden herleidbaar in kleine buurten",
            category: "privacy",
            likelihood: "3",
            impact: "5",
            mitigation:
              "Anonimiseren en transparant zijn over datagebruik: cijfers alleen tonen bij minstens tien huishoudens per buurt, een DPIA vóór ingebruikname en een openbare uitleg op de website van de gemeente.",
            owner: "Privacy officer Maatschappelijke Ontwikkeling",
            status: "open",
          },
          {
            title: "Wijkteams ervaren het dashboard als controle-instrument",
            category: "draagvlak",
            likelihood: "3",
            impact: "3",
            mitigation:
              "Het dashboard samen met medewerkers ontwerpen en in de werkafspraken vastleggen dat het niet wordt gebruikt om individuele medewerkers op prestaties te sturen.",
            owner: "Programmamanager wijkteams",
            status: "open",
          },
        ],
      },
    ],
    lessons: [
      {
        title: "Eén regisseur met mandaat verkort de weg naar een gezamenlijk plan",
        pilotTitle: "Integrale wijkteams Feijenoord: één huishouden, één plan",
        author: "innovatie@rotterdam.test",
        kind: "werkzaam_element",
        domain: "wmo",
        target_group: "Huishoudens met problemen op drie of meer leefgebieden",
        principles: ["integrale_aanpak", "maatwerk", "samenwerking"],
        tags: "wijkteam, regie, maatwerkbudget, multiprobleemhuishoudens",
        visibility: "public",
        body: md(
          "In Feijenoord en IJsselmonde, twee gebieden in het zuiden van Rotterdam (670.000 inwoners), kreeg elk huishouden met problemen op drie of meer leefgebieden één vaste regisseur uit het wijkteam. Die regisseur mocht binnen een maatwerkbudget zelf besluiten, zonder op een indicatie of beschikking te wachten.",
          "**Wat er gebeurde:** de tijd tussen de eerste melding en een samenhangend plan daalde in anderhalf jaar van 14 naar 5 weken. Bewoners gaven de vaste regisseur gemiddeld een 8,1.",
          "**Waarom het werkte:** niet de regisseur alleen, maar de combinatie van drie dingen:",
          [
            "- één plan op één A4, waar het huishouden zelf aan meeschrijft;",
            "- mandaat om direct kleine uitgaven te doen, zoals een huurachterstand van een paar honderd euro;",
            "- een vast casusoverleg waar de woningcorporatie en de Kredietbank elke keer aanschuiven.",
          ],
          "**Voor andere gemeenten:** geef de regisseur echt mandaat en een eigen budget, anders wordt het een extra schakel in plaats van een kortere route. Regisseurs in IJsselmonde durfden het budget eerst nauwelijks te gebruiken; coaching door een ervaren collega hielp. Zie ook de publicaties over integraal werken bij [Movisie](https://www.movisie.nl/).",
        ),
      },
      {
        title: "Leg gegevensdeling met corporatie en Kredietbank vast vóór de start",
        pilotTitle: "Integrale wijkteams Feijenoord: één huishouden, één plan",
        author: "innovatie@rotterdam.test",
        kind: "randvoorwaarde",
        domain: "wmo",
        target_group: "Huishoudens met problemen op drie of meer leefgebieden",
        principles: ["samenwerking", "integrale_aanpak"],
        tags: "privacy, gegevensdeling, convenant, wijkteam",
        visibility: "public",
        body: md(
          "Bij de integrale wijkteams in Feijenoord en IJsselmonde wilden we dat de regisseur, de woningcorporatie en de Kredietbank samen aan één plan werkten. In de eerste maanden liep dat vast: de Kredietbank mocht zonder convenant geen gegevens delen, en regisseurs waren dagen kwijt aan nabellen. Pas toen het convenant in oktober was getekend, startte budgetbeheer binnen een week.",
          "**Wat wij anders zouden doen:**",
          [
            "1. Laat de DPIA en het convenant opstellen vóórdat het eerste huishouden instroomt, samen met de functionaris gegevensbescherming.",
            "2. Deel alleen met toestemming van het huishouden en leg vast wat er precies is gedeeld.",
            "3. Geef bewoners inzage: het vertrouwen groeit als mensen kunnen zien wat er over hen is besproken.",
          ],
          "Privacy is hier geen rem, maar een voorwaarde voor vertrouwen. Een grote gemeente heeft een privacy officer in huis; kleinere gemeenten kunnen de modellen en handreikingen van de [VNG](https://vng.nl/) gebruiken. Bij de opschaling naar Charlois en Delfshaven is een getekend convenant daarom een harde voorwaarde geworden.",
        ),
      },
      {
        title: "Personeelsverloop kost huishoudens maanden: borg de werkwijze in het team",
        pilotTitle: "Integrale wijkteams Feijenoord: één huishouden, één plan",
        author: "directie@rotterdam.test",
        kind: "valkuil",
        domain: "wmo",
        target_group: "Regisseurs en teamleiders in wijkteams",
        principles: ["integrale_aanpak", "samenwerking"],
        tags: "wijkteam, personeelsverloop, intervisie, inwerken",
        visibility: "network",
        body: md(
          "In de pilot met integrale wijkteams in Feijenoord vertrokken in het eerste halfjaar twee regisseurs. Hun huishoudens moesten opnieuw beginnen: een nieuw gezicht, opnieuw het verhaal vertellen, soms een nieuw plan. Juist de vaste relatie was wat bewoners het meest waardeerden, dus elk vertrek raakte de kern van de aanpak.",
          "Nieuwe collega's vielen bovendien snel terug in het werken per loket: eerst een indicatie aanvragen, dan pas handelen.",
          "**Wat hielp:**",
          [
            "- intervisie op casussen om de twee weken, met de hele groep regisseurs;",
            "- een ervaren regisseur als maatje voor elk nieuw teamlid;",
            "- een warme overdracht waarbij de vertrekkende regisseur de opvolger persoonlijk voorstelt aan het huishouden.",
          ],
          "**Advies:** neem verloop vanaf het begin op als risico met een eigenaar, en reserveer uren voor inwerken in de begroting. Reken erop dat in een grote stad met een krappe arbeidsmarkt elk jaar een deel van de professionals vertrekt; een werkwijze die aan één persoon hangt, is dan niet geborgd.",
        ),
      },
      {
        title: "Zonder vaste ggz-contactpersoon vallen huishoudens met psychiatrische problemen terug",
        pilotTitle: "Integrale wijkteams Feijenoord: één huishouden, één plan",
        author: "innovatie@rotterdam.test",
        kind: "valkuil",
        domain: "gezondheid",
        target_group: "Huishoudens met meervoudige problemen en psychiatrische problematiek",
        principles: ["samenwerking", "integrale_aanpak"],
        tags: "ggz, wijkteam, terugval, samenwerking",
        visibility: "network",
        body: md(
          "De integrale wijkteams in Feijenoord en IJsselmonde verkortten de weg naar een plan flink, maar het aandeel huishoudens met een nieuwe crisismelding binnen een jaar daalde maar van 33 naar 27 procent. Bij nadere analyse bleken vooral huishoudens met zware psychiatrische problematiek terug te vallen.",
          "**Waarom:** de regisseur kreeg de ggz moeilijk aan tafel. Behandelaars hebben weinig tijd voor casusoverleg en zien het wijkteam niet altijd als partner. Het gezamenlijke plan miste daardoor juist het onderdeel dat het zwaarst woog.",
          "**Wat een andere gemeente kan doen:**",
          [
            "- maak vóór de start afspraken met de ggz-aanbieder over één vaste contactpersoon per wijkteam;",
            "- spreek af dat die contactpersoon minstens eens per maand aansluit bij het casusoverleg;",
            "- neem de zorgverzekeraar mee, die een belang heeft bij minder crisisopnames.",
          ],
          "Een integraal plan zonder ggz is in deze groep geen integraal plan. Wij hebben de afspraak over een vaste contactpersoon daarom als voorwaarde opgenomen voor de opschaling naar Charlois en Delfshaven.",
        ),
      },
      {
        title: "Een doorbraakbudget werkt pas met een afwegingskader vol voorbeeldcasussen",
        pilotTitle: "Doorbraakbudget voor de wijkteams in Delfshaven",
        author: "innovatie@rotterdam.test",
        kind: "werkzaam_element",
        domain: "armoede",
        target_group: "Professionals in wijkteams en hun teamleiders",
        principles: ["maatwerk", "preventie"],
        tags: "doorbraakbudget, afwegingskader, maatwerk, wijkteam",
        visibility: "network",
        body: md(
          "In Delfshaven kunnen professionals van het wijkteam tot € 2.500 per huishouden direct inzetten om een vastgelopen situatie te doorbreken. In de eerste vijf maanden werd het budget 74 keer gebruikt, vooral voor huurachterstanden, reiskosten voor werktrajecten en witgoed.",
          "**Wat er misging:** het eerste afwegingskader was abstract ('inzetten als voorliggende voorzieningen niet passen'). Teams legden dat heel verschillend uit, en dat is ook juridisch een risico: gelijke gevallen moeten gelijk worden behandeld.",
          "**Wat werkte:** we vulden het kader aan met twintig voorbeeldcasussen, van 'wel doen' tot 'niet doen', en de teamleider bespreekt elke maand een steekproef van tien casussen. Daarna werden de verschillen tussen teams kleiner en steeg het aandeel oplossingen binnen zeven dagen van 41 naar 53 procent.",
          "**Advies:** schrijf het afwegingskader samen met de professionals en vul het steeds aan met echte casussen. Vraag bij elke uitgave een korte motivering in het dossier. Vertrouwen in de professional en verantwoording gaan dan goed samen.",
        ),
      },
      {
        title: "Andere loketten schuiven inwoners door naar het doorbraakbudget",
        pilotTitle: "Doorbraakbudget voor de wijkteams in Delfshaven",
        author: "directie@rotterdam.test",
        kind: "valkuil",
        domain: "armoede",
        target_group: "Huishoudens die vastlopen op regels of wachttijden",
        principles: ["integrale_aanpak", "samenwerking"],
        tags: "doorbraakbudget, bijzondere bijstand, voorliggende voorzieningen",
        visibility: "network",
        body: md(
          "Het doorbraakbudget van de wijkteams in Delfshaven (tot € 2.500 per huishouden) bleek al na een paar maanden aantrekkelijk voor andere afdelingen. Twee loketten verwezen inwoners rechtstreeks naar het wijkteam 'voor het potje', in plaats van eerst zelf de bijzondere bijstand of een betalingsregeling te proberen.",
          "**Het gevolg:** het budget raakte sneller op dan gepland, en het werd een omweg voor regels die eigenlijk aangepast moeten worden.",
          "**Wat wij deden:**",
          [
            "- het budget is alleen inzetbaar als een voorliggende voorziening is geprobeerd of aantoonbaar te laat komt;",
            "- met de loketten afgesproken dat zij eerst hun eigen instrumenten benutten;",
            "- een maandelijkse uitputtingsrapportage en een plafond per team.",
          ],
          "**Les:** een doorbraakbudget laat zien waar de reguliere regels knellen. Verzamel die knelpunten en bespreek ze elk kwartaal met de afdelingen die de regels maken. Anders blijft het budget dweilen met de kraan open, en betaalt het wijkteam voor wat elders niet goed geregeld is.",
        ),
      },
      {
        title: "Laat de corporatie de incasso opschorten zodra het wijkteam een traject start",
        pilotTitle: "Doorbraakbudget voor de wijkteams in Delfshaven",
        author: "innovatie@rotterdam.test",
        kind: "tip",
        domain: "wonen",
        target_group: "Huurders met een huurachterstand en een dreigende huisuitzetting",
        principles: ["samenwerking", "preventie"],
        tags: "huurachterstand, woningcorporatie, huisuitzetting, schulden",
        visibility: "network",
        body: md(
          "In Delfshaven ging ruim de helft van het doorbraakbudget naar huurachterstanden. De grootste winst zat echter niet in het geld, maar in een afspraak met de woningcorporatie: zodra het wijkteam een traject start, schort de corporatie de incasso en de deurwaarder op.",
          "**Waarom dat werkt:** huishoudens krijgen ademruimte. Zolang er dagelijks aanmaningen binnenkomen, lukt het niemand om aan een plan te werken. De incassokosten lopen bovendien niet verder op.",
          "Het aantal aangezegde huisuitzettingen in Delfshaven daalde van 48 naar 38 per jaar. Dat is nog niet de streefwaarde van 30, maar de richting is duidelijk.",
          "**Zo pak je het aan:**",
          [
            "1. Spreek met de corporatie één vaste contactpersoon per wijkteam af.",
            "2. Leg vast hoe lang de opschorting duurt en wat het wijkteam in die tijd doet.",
            "3. Koppel na afloop terug of de huur weer wordt betaald.",
          ],
          "Ook een middelgrote gemeente met één of twee corporaties kan dit snel regelen.",
        ),
      },
      {
        title: "Toon buurtcijfers pas vanaf tien huishoudens",
        pilotTitle: "Buurtdashboard voor wijkteams in Charlois",
        author: "innovatie@rotterdam.test",
        kind: "randvoorwaarde",
        domain: "wmo",
        target_group: "Wijkteams en wijkmanagers in Charlois",
        principles: ["data_gedreven", "preventie"],
        tags: "privacy, dashboard, anonimiseren, data",
        visibility: "private",
        body: md(
          "Voor het buurtdashboard in Charlois combineren we huurachterstanden, schoolverzuim en Wmo-gebruik per buurt. In het eerste ontwerp stonden ook buurten met een handvol adressen. Een wijkteammedewerker herkende in een testversie direct om welk gezin het ging: in een buurt van zes huishoudens is 'twee meldingen schoolverzuim' geen anoniem cijfer meer.",
          "**Wat we hebben besloten:**",
          [
            "- cijfers alleen tonen als er minstens tien huishoudens achter zitten, anders een streepje;",
            "- vóór ingebruikname een DPIA laten doen door de privacy officer;",
            "- op de website van de gemeente in gewone taal uitleggen welke cijfers we gebruiken en waarom.",
          ],
          "**Voor intern gebruik:** dit ontwerp is nog niet getest met de wijkteams. Bespreek de drempel van tien opnieuw zodra de eerste versie draait; misschien moeten kleine buurten worden samengevoegd. Zie ook de uitleg over anonimiseren en pseudonimiseren bij de [Autoriteit Persoonsgegevens](https://www.autoriteitpersoonsgegevens.nl/).",
        ),
      },
      {
        title: "Een dashboard zonder werkafspraken voelt voor het wijkteam als controle",
        pilotTitle: "Buurtdashboard voor wijkteams in Charlois",
        author: "directie@rotterdam.test",
        kind: "valkuil",
        domain: "wmo",
        target_group: "Wijkteams en wijkmanagers in Charlois",
        principles: ["data_gedreven", "samenwerking"],
        tags: "dashboard, draagvlak, wijkteam",
        visibility: "private",
        body: md(
          "Bij de eerste ontwerpsessie voor het buurtdashboard in Charlois was de sfeer gespannen. Wijkteammedewerkers vroegen niet welke cijfers erin kwamen, maar wie er meekeek. Eerdere dashboards waren gebruikt om teams op productie aan te spreken, en die ervaring zat diep.",
          "**Wat we leerden:** een dashboard is voor professionals pas bruikbaar als zij erop vertrouwen dat het over buurten gaat en niet over hen. Dat vertrouwen moet je organiseren voordat er één grafiek is gebouwd.",
          "**Wat wij nu doen:**",
          [
            "- twee medewerkers uit elk wijkteam ontwerpen mee en mogen indicatoren schrappen;",
            "- in de werkafspraken staat dat het dashboard niet wordt gebruikt om individuele medewerkers te beoordelen;",
            "- de programmamanager bespreekt het dashboard eerst in het teamoverleg, niet in de managementrapportage.",
          ],
          "Dit is een interne les. We delen hem met het netwerk zodra het dashboard in gebruik is en we weten of deze afspraken genoeg zijn.",
        ),
      },
      {
        title: "Vraag bij elke melding over geld ook naar de kinderen",
        author: "directie@rotterdam.test",
        kind: "tip",
        domain: "jeugd",
        target_group: "Gezinnen met kinderen en geldzorgen",
        principles: ["integrale_aanpak", "preventie"],
        tags: "jeugd, kinderen, armoede, wijkteam",
        visibility: "public",
        body: md(
          "In de Rotterdamse wijkteams zien we dat meldingen over schulden en huurachterstanden vaak gaan over gezinnen met kinderen, terwijl het gesprek alleen over geld gaat. Kinderen merken de stress thuis als eersten: ze gaan niet mee op schoolreis, zeggen hun sportclub op of komen zonder ontbijt op school.",
          "**Wat we nu standaard doen:** bij elk eerste gesprek over geldzorgen vraagt de professional hoe het met de kinderen gaat en of zij meedoen aan sport, school en vriendschappen. Waar nodig schakelen we direct het Jeugdfonds Sport & Cultuur of Stichting Leergeld in; dat kost weinig en is voor kinderen heel zichtbaar.",
          "**Waarom dit telt:** ouders ervaren het als steun, niet als controle, als je het gesprek begint bij wat hun kind nodig heeft. Het opent bovendien de deur naar jeugdhulp voordat problemen groot worden.",
          "**Tip voor andere gemeenten:** neem één vraag over de kinderen op in het intakeformulier van schuldhulp en wijkteam. Het [Nederlands Jeugdinstituut](https://www.nji.nl/) heeft gesprekshulpen over armoede en opvoeden.",
        ),
      },
    ],
    comments: [
      {
        author: "directie@rotterdam.test",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        answered: true,
        body: "Wij willen in Rotterdam-Zuid ook met ervaringsdeskundigen op huisbezoek na een melding van een betalingsachterstand. Hoe hebben jullie hun vergoeding geregeld, en tellen die bezoeken mee in de formatie van het schuldhulpteam?",
      },
      {
        author: "innovatie@rotterdam.test",
        lessonTitle: "Toets vóór de aanschaf met de doelgroep welk kanaal zij gebruikt",
        body: "Herkenbaar. Wij overwegen een chatbot voor vragen over de Wmo. Hebben jullie de testsessie in het Digi-taalhuis vóór of na de aanbesteding gedaan? En mochten jullie van de leverancier de antwoordteksten zelf beheren?",
      },
    ],
  },

  // ───────────────────────────────────────────── Amsterdam ─────────────────────────────────────────────
  {
    name: "Amsterdam",
    cbs_code: "GM0363",
    province: "noord_holland",
    inhabitants: 931_298,
    users: [
      { email: "innovatie@amsterdam.test", name: "Femke de Graaf", role: "innovatiemanager", follows: ["schuldhulp", "armoede"] },
      { email: "directie@amsterdam.test", name: "Ricardo Pinas", role: "directeur" },
    ],
    pilots: [
      {
        title: "Mijn Geldzaken: online platform voor schuldhulpverlening",
        summary:
          "Amsterdammers met geldzorgen brengen via een online platform zelf hun schulden in kaart, uploaden veilig hun documenten en chatten met een schuldhulpverlener. Wie dat wil, krijgt binnen drie werkdagen een gesprek in de buurt of thuis.",
        problem:
          "Mensen met schulden wachten gemiddeld vijf jaar voordat ze hulp zoeken; hun schuld is dan vaak opgelopen tot meer dan € 40.000. Schaamte, wantrouwen en de drempel van een loket spelen daarbij een grote rol, vooral bij werkenden en zzp'ers. Wie zich wel meldt, moet bij de intake een map met papieren meenemen en haakt bij ontbrekende stukken vaak af: in 2024 viel 38 procent van de aanmelders uit voordat er een plan van aanpak lag. Tegelijk besteden schuldhulpverleners een groot deel van hun tijd aan het verzamelen en overtypen van gegevens in plaats van aan het gesprek.",
        target_group:
          "Amsterdammers van 18 jaar en ouder met (beginnende) betalingsproblemen, in het bijzonder werkenden en zzp'ers die niet naar het loket komen",
        domain: "schuldhulp",
        principles: ["digitalisering", "preventie", "maatwerk", "burgerparticipatie"],
        stage: "uitvoering",
        visibility: "network",
        start_date: "2025-06-01",
        end_date: "2027-05-31",
        tags: "schulden, online hulp, digitalisering, laagdrempelig, ervaringsdeskundigen",
        partners: [
          { name: "Humanitas", role: "Vrijwilligers helpen deelnemers die digitaal minder vaardig zijn" },
          { name: "Belastingdienst/Toeslagen", role: "Snelle afstemming over terugvorderingen en betalingsregelingen" },
          { name: "Openbare Bibliotheek Amsterdam", role: "Informatiepunt Digitale Overheid: hulp bij inloggen met DigiD" },
          { name: "Klantpanel van ervaringsdeskundigen", role: "Test elke nieuwe versie van het platform" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij een online platform met chat en veilige documentupload aanbieden voor Amsterdammers met geldzorgen, dan verwachten wij dat minder aanmelders uitvallen voordat er een plan van aanpak is.",
            indicator: "Uitval tussen aanmelding en plan van aanpak",
            unit: "%",
            direction: "omlaag",
            baseline: "38",
            target: "25",
            measure_by: "2027-03-31",
          },
          {
            statement:
              "Als wij een anoniem te gebruiken online startpunt bieden voor werkenden en zzp'ers met betalingsproblemen, dan verwachten wij dat zij zich eerder melden, met een lagere schuld.",
            indicator: "Gemiddelde schuldenlast bij aanmelding",
            unit: "euro",
            direction: "omlaag",
            baseline: "43000",
            target: "35000",
            measure_by: "2027-05-31",
          },
          {
            statement:
              "Als wij het verzamelen van documenten digitaliseren voor schuldhulpverleners en hun klanten, dan verwachten wij dat hulpverleners meer tijd aan het gesprek met de klant besteden.",
            indicator: "Aandeel werktijd besteed aan direct klantcontact",
            unit: "%",
            direction: "omhoog",
            baseline: "41",
            target: "55",
            measure_by: "2026-12-31",
          },
        ],
        budget_lines: [
          { source: "rijk", year: "2025", planned_cents: "500.000", spent_cents: "412.380", reporting_deadline: "2026-07-01" },
          { source: "esf_plus", year: "2026", planned_cents: "250.000", spent_cents: "96.450,75", reporting_deadline: "2027-09-30" },
          { source: "fondsen_donaties", year: "2025", planned_cents: "50.000", spent_cents: "50.000", reporting_deadline: "2026-03-31" },
          { source: "gemeente", year: "2026", planned_cents: "700.000", spent_cents: "388.120", reporting_deadline: "" },
          { source: "gemeente", year: "2027", planned_cents: "300.000", spent_cents: "", reporting_deadline: "" },
        ],
        risks: [
          {
            title: "Digitaal minder vaardige Amsterdammers worden niet bereikt",
            category: "digitale_kloof",
            likelihood: "4",
            impact: "4",
            mitigation:
              "Training en ondersteuning: vrijwilligers van Humanitas en de bibliotheek helpen bij inloggen en uploaden, het platform werkt ook op een eenvoudige telefoon en er blijven altijd een fysiek loket en een telefoonnummer.",
            owner: "Femke de Graaf",
            status: "beheerst",
          },
          {
            title: "Gevoelige financiële gegevens staan op een extern platform",
            category: "privacy",
            likelihood: "2",
            impact: "5",
            mitigation:
              "Anonimiseren en transparant zijn over datagebruik: een DPIA, een verwerkersovereenkomst met de leverancier, inloggen met DigiD, gegevens verwijderen na afronding van het traject en in gewone taal uitleggen wat er met gegevens gebeurt.",
            owner: "Privacy officer Werk, Participatie en Inkomen",
            status: "beheerst",
          },
          {
            title: "Het platform trekt vooral mensen die zich anders ook hadden gemeld",
            category: "beperkte_resultaten",
            likelihood: "3",
            impact: "3",
            mitigation:
              "Regelmatige evaluatie en bijsturing: elk kwartaal de instroom via het platform vergelijken met die via het loket (schuldhoogte, leeftijd, werk) en gerichte campagnes bij werkgevers starten als het bereik achterblijft.",
            owner: "Onderzoeker Onderzoek en Statistiek",
            status: "open",
          },
        ],
        evaluations: [
          {
            date: "2025-12-11",
            kind: "tussentijds",
            observations:
              "Sinds de start in juni maakten 1.184 Amsterdammers een account aan, van wie 612 een aanmelding voor schuldhulp hebben afgerond. Een derde meldt zich buiten kantoortijden aan. Van de aanmelders via het platform viel 34 procent uit voordat er een plan van aanpak lag. De tijdsbesteding is bijgehouden door de negen schuldhulpverleners van het pilotteam.",
            what_worked:
              "De chat verlaagt de drempel: deelnemers stellen vragen die ze aan het loket niet durven te stellen. Het klantpanel vond in de eerste versie vijf onduidelijke knoppen, die inmiddels zijn aangepast.",
            what_did_not:
              "Loonstroken en aanmaningen uploaden lukt op oudere telefoons slecht; een kwart van de uitvallers blijft bij die stap hangen. Zzp'ers bereiken we nog nauwelijks.",
            participants: "612",
            measurements: [
              { hypothesis: 0, value: "34", sample_size: "612", period: "2025-11" },
              { hypothesis: 1, value: "41800", sample_size: "588", period: "2025-11" },
              { hypothesis: 2, value: "43", sample_size: "9", period: "2025-11" },
            ],
            testimonials: [
              {
                quote:
                  "Ik heb me om half twaalf 's avonds aangemeld, toen de kinderen sliepen. Overdag had ik nooit de moed gehad om te bellen.",
                label: "deelnemer C, 36 jaar, werkt in de zorg",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "De uploadfunctie vereenvoudigen (een foto maken in plaats van een bestand kiezen) en zzp'ers gericht benaderen via het Ondernemersloket en de ondernemersverenigingen.",
          },
          {
            date: "2026-06-04",
            kind: "tussentijds",
            observations:
              "Het aantal afgeronde aanmeldingen via het platform is opgelopen tot 1.427. De uitval vóór een plan van aanpak is gedaald naar 30 procent. De gemiddelde schuld bij aanmelding is € 40.100; werkenden melden zich met een duidelijk lagere schuld dan mensen met een uitkering. Het pilotteam is uitgebreid van 9 naar 14 schuldhulpverleners.",
            what_worked:
              "Sinds deelnemers een foto van een brief kunnen maken, is de uitval bij de uploadstap gehalveerd. Vrijwilligers in de bibliotheek helpen elke week zo'n twintig mensen met inloggen.",
            what_did_not:
              "Hulpverleners besteden de gewonnen tijd nog deels aan het nabellen van ontbrekende stukken. De campagne via werkgevers leverde minder aanmeldingen van zzp'ers op dan verwacht.",
            participants: "1427",
            measurements: [
              { hypothesis: 0, value: "30", sample_size: "815", period: "2026-05" },
              { hypothesis: 1, value: "40100", sample_size: "792", period: "2026-05" },
              { hypothesis: 2, value: "46", sample_size: "14", period: "2026-05" },
            ],
            testimonials: [],
            decision: "doorgaan",
            rationale:
              "De uitval daalt gestaag en het platform bereikt een nieuwe groep werkenden. De werkwijze voortzetten en in het najaar opnieuw meten.",
          },
          {
            date: "2026-10-22",
            kind: "tussentijds",
            observations:
              "Van de aanmelders in het derde kwartaal viel 28 procent uit vóór het plan van aanpak. De gemiddelde schuld bij aanmelding is € 39.200. Hulpverleners besteden 48 procent van hun werktijd aan direct klantcontact, tegen 41 procent bij de start.",
            what_worked:
              "Een vast tijdslot per dag voor het beantwoorden van chats: deelnemers weten wanneer ze antwoord krijgen en hulpverleners worden minder vaak onderbroken.",
            what_did_not:
              "Geen van de drie indicatoren haalt de streefwaarde nog. Het nabellen van ontbrekende stukken kost nog steeds een halve dag per hulpverlener per week.",
            participants: "1961",
            measurements: [
              { hypothesis: 0, value: "28", sample_size: "534", period: "2026-09" },
              { hypothesis: 1, value: "39200", sample_size: "521", period: "2026-09" },
              { hypothesis: 2, value: "48", sample_size: "14", period: "2026-09" },
            ],
            testimonials: [
              {
                quote:
                  "Ik zit weer tegenover mensen in plaats van achter een stapel kopieën. Maar het platform maakt van een moeilijk gesprek geen makkelijk gesprek.",
                label: "schuldhulpverlener in het pilotteam",
                consent: true,
              },
            ],
            decision: "doorgaan",
            rationale:
              "Alle drie indicatoren bewegen de goede kant op, maar de streefwaarden zijn nog niet gehaald. Doorgaan tot de eindevaluatie in het voorjaar van 2027 en de werkwijze voor ontbrekende stukken herzien.",
          },
        ],
      },
      {
        title: "Schuldenpauze voor jongeren in Nieuw-West",
        summary:
          "Jongeren van 18 tot 27 jaar met problematische schulden krijgen een jaar 'schuldenpauze': de gemeente koopt de schulden op en de jongere werkt in die tijd met een vaste coach aan opleiding, werk of een stabiel inkomen. Het idee wordt nu uitgewerkt met jongeren en schuldeisers.",
        problem:
          "Ruim een op de tien jongeren in Nieuw-West heeft een betalingsachterstand. Schulden bij zorgverzekeraar, telefoonaanbieder en DUO lopen door incassokosten snel op. Zolang schuldeisers bellen en beslag leggen, lukt het jongeren niet om een opleiding af te maken of een baan te houden. Het reguliere schuldhulptraject duurt drie jaar en sluit slecht aan bij hun leefwereld: bijna de helft van de jongeren haakt voortijdig af.",
        target_group: "Jongeren van 18 tot en met 27 jaar in Nieuw-West met problematische schulden tot € 15.000",
        domain: "schuldhulp",
        principles: ["maatwerk", "integrale_aanpak", "preventie"],
        stage: "idee",
        visibility: "private",
        start_date: "2027-01-01",
        end_date: "2027-12-31",
        tags: "jongeren, schulden, schuldenpauze, coaching, nieuw-west",
        partners: [
          { name: "Jongerenloket Nieuw-West", role: "Aanmelding en coaching van deelnemers" },
          { name: "ROC van Amsterdam", role: "Signaleert studenten met schulden en houdt een opleidingsplek vrij" },
          { name: "Zorgverzekeraar", role: "Stopt de incasso en werkt mee aan een schikking" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij schulden opkopen en een jaar coaching bieden voor jongeren van 18 tot 27 jaar met problematische schulden, dan verwachten wij dat minder jongeren voortijdig uitvallen dan in het reguliere traject.",
            indicator: "Voortijdige uitval uit het schuldhulptraject",
            unit: "%",
            direction: "omlaag",
            baseline: "46",
            target: "25",
            measure_by: "2027-12-31",
          },
          {
            statement:
              "Als wij de druk van schuldeisers wegnemen voor jongeren met problematische schulden, dan verwachten wij dat meer van hen na een jaar werk hebben of een opleiding volgen.",
            indicator: "Deelnemers met werk of opleiding na 12 maanden",
            unit: "%",
            direction: "omhoog",
            baseline: "52",
            target: "70",
            measure_by: "2027-12-31",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2027", planned_cents: "400.000", spent_cents: "", reporting_deadline: "" },
          { source: "fondsen_donaties", year: "2027", planned_cents: "120.000", spent_cents: "", reporting_deadline: "2028-03-31" },
        ],
        risks: [
          {
            title: "Schuldeisers werken niet mee aan een schikking",
            category: "draagvlak",
            likelihood: "3",
            impact: "4",
            mitigation:
              "Vooraf in een convenant afspraken maken met de grootste schuldeisers (zorgverzekeraars, DUO, telecomaanbieders) en de gedragscode van de NVVK volgen.",
            owner: "Teamleider schuldhulpverlening Nieuw-West",
            status: "open",
          },
          {
            title: "Structurele financiering na de pilot is onzeker",
            category: "financiering",
            likelihood: "4",
            impact: "3",
            mitigation:
              "Een businesscase laten opstellen met de besparingen op uitkeringen en jeugdhulp, en een besluit voorbereiden voor de begroting van 2028.",
            owner: "Femke de Graaf",
            status: "open",
          },
        ],
      },
      {
        title: "Geldzorgenspreekuur in de huisartsenpraktijk in Zuidoost",
        intervention: "Vroegsignalering: eropaf bij geldzorgen",
        effects: [
          {
            actor: "gemeente",
            kind: "kosten",
            year: "2026",
            expected_cents: "120.000",
            realised_cents: "60.000",
            source_note: "Inzet schuldhulpconsulenten in twee praktijken",
          },
          {
            actor: "zorgverzekeraar",
            kind: "kosten",
            year: "2026",
            expected_cents: "15.000",
            realised_cents: "15.000",
            source_note: "Bijdrage aan de spreekuren",
          },
          {
            actor: "zorgverzekeraar",
            kind: "baten",
            year: "2026",
            expected_cents: "70.000",
            realised_cents: "",
            source_note: "Minder huisartsconsulten over stressklachten, schatting GGD",
          },
          {
            actor: "gemeente",
            kind: "baten",
            year: "2026",
            expected_cents: "60.000",
            realised_cents: "",
            source_note: "Minder bijzondere bijstand en schuldhulp",
          },
          {
            actor: "inwoners",
            kind: "baten",
            year: "2026",
            expected_cents: "45.000",
            realised_cents: "",
            source_note: "Voorkomen boetes en incassokosten",
          },
        ],
        indicatorKeys: [{ hypothesis: 0, key: "vroegsignalering-bereik" }],
        summary:
          "Een schuldhulpverlener houdt wekelijks spreekuur in elf huisartsenpraktijken in Zuidoost. Huisartsen en praktijkondersteuners verwijzen patiënten bij wie geldzorgen meespelen in stress- of slaapklachten direct door, zonder wachtlijst.",
        problem:
          "Huisartsen zien veel patiënten met klachten die samenhangen met geldzorgen: stress, slapeloosheid, hoofdpijn. Een verwijzing naar schuldhulp op het stadsdeelkantoor komt zelden aan; patiënten gaan er niet heen of weten niet waar ze moeten beginnen. Huisartsen hebben zelf niet de tijd en kennis om de financiële kant op te pakken, terwijl de medische klachten blijven terugkomen.",
        target_group: "Patiënten van huisartsenpraktijken in Zuidoost bij wie geldzorgen meespelen in hun gezondheidsklachten",
        domain: "gezondheid",
        principles: ["samenwerking", "preventie", "integrale_aanpak"],
        stage: "besluit",
        visibility: "public",
        decision: "bijstellen",
        decision_rationale:
          "Het spreekuur bereikt mensen die anders niet in beeld waren: 62 procent van de bezoekers was onbekend bij schuldhulp. Maar de verwijzingen komen uit slechts vier van de elf praktijken. We gaan door in de vier praktijken die actief verwijzen, voegen de praktijkondersteuners GGZ toe als verwijzers en stoppen in de praktijken zonder verwijzingen. Over een jaar besluiten we opnieuw.",
        start_date: "2025-03-01",
        end_date: "2026-08-31",
        tags: "huisarts, geldzorgen, gezondheid, zuidoost, vroegsignalering",
        partners: [
          { name: "Huisartsenpraktijken in Zuidoost", role: "Verwijzen patiënten en stellen een spreekkamer beschikbaar" },
          { name: "Zorgverzekeraar", role: "Financiert de helft van de spreekuren" },
          { name: "Humanitas", role: "Thuisadministratie na het eerste gesprek" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij een schuldhulpspreekuur in de huisartsenpraktijk aanbieden voor patiënten met geldzorgen, dan verwachten wij dat meer doorverwezen patiënten ook daadwerkelijk een eerste gesprek hebben.",
            indicator: "Verwezen patiënten die een eerste gesprek met een schuldhulpverlener hebben",
            unit: "%",
            direction: "omhoog",
            baseline: "30",
            target: "70",
            measure_by: "2026-06-30",
          },
          {
            statement:
              "Als wij geldzorgen aanpakken voor patiënten met stressgerelateerde klachten, dan verwachten wij dat zij minder vaak de huisarts bezoeken.",
            indicator: "Huisartsbezoeken voor stressklachten per deelnemer per half jaar",
            unit: "bezoeken",
            direction: "omlaag",
            baseline: "3,4",
            target: "2,5",
            measure_by: "2026-08-31",
          },
        ],
        budget_lines: [
          { source: "zorgverzekeraar", year: "2025", planned_cents: "90.000", spent_cents: "90.000", reporting_deadline: "2026-03-01" },
          { source: "gemeente", year: "2025", planned_cents: "90.000", spent_cents: "84.212,60", reporting_deadline: "" },
          { source: "zorgverzekeraar", year: "2026", planned_cents: "60.000", spent_cents: "57.300", reporting_deadline: "2026-12-01" },
          { source: "gemeente", year: "2026", planned_cents: "60.000", spent_cents: "63.875", reporting_deadline: "" },
        ],
        risks: [
          {
            title: "Huisartsen verwijzen weinig door tijdsdruk",
            category: "draagvlak",
            likelihood: "4",
            impact: "4",
            mitigation:
              "Een verwijzing kost hooguit een minuut via een vast formulier in het huisartseninformatiesysteem; maandelijks terugkoppelen wat er met verwijzingen is gebeurd en de praktijkondersteuners actief betrekken.",
            owner: "Projectleider Gezondheid Zuidoost",
            status: "opgetreden",
          },
          {
            title: "Medische en financiële gegevens raken vermengd",
            category: "privacy",
            likelihood: "2",
            impact: "4",
            mitigation:
              "Alleen doorverwijzen met toestemming van de patiënt; de schuldhulpverlener krijgt geen inzage in het medisch dossier en koppelt niets terug aan de huisarts zonder toestemming.",
            owner: "Privacy officer Werk, Participatie en Inkomen",
            status: "gesloten",
          },
        ],
        evaluations: [
          {
            date: "2025-09-18",
            kind: "tussentijds",
            observations:
              "In het eerste half jaar verwezen de huisartsenpraktijken 96 patiënten naar het spreekuur; 50 van hen (52 procent) hadden ook daadwerkelijk een eerste gesprek. Bijna alle verwijzingen komen uit vier praktijken. Van de acht deelnemers die al een half jaar in beeld zijn, is het aantal huisartsbezoeken voor stressklachten bijgehouden.",
            what_worked:
              "Een afspraak in de eigen praktijk, gemaakt door een vertrouwde assistente, voelt voor patiënten niet als 'naar de gemeente gaan'. De schuldhulpverlener regelt vaak dezelfde week nog een betalingsregeling.",
            what_did_not:
              "Zeven van de elf praktijken verwijzen nauwelijks. Huisartsen noemen tijdsdruk, en vergeten dat het spreekuur bestaat.",
            participants: "50",
            measurements: [
              { hypothesis: 0, value: "52", sample_size: "96", period: "2025-08" },
              { hypothesis: 1, value: "3,5", sample_size: "8", period: "2025-08" },
            ],
            testimonials: [
              {
                quote: "Mijn huisarts zei: er zit hier een mevrouw die verstand heeft van geld. Ik hoefde niet eens de deur uit.",
                label: "patiënt, 58 jaar",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "Elke maand per praktijk terugkoppelen hoeveel verwezen patiënten zijn geholpen, en de praktijkondersteuners actief betrekken als verwijzers.",
          },
          {
            date: "2026-02-19",
            kind: "tussentijds",
            observations:
              "Het aandeel verwezen patiënten met een eerste gesprek steeg naar 61 procent. 62 procent van de bezoekers was nog niet bekend bij schuldhulp. Het aantal huisartsbezoeken voor stressklachten is met 3,3 per deelnemer per half jaar nauwelijks veranderd.",
            what_worked:
              "De maandelijkse terugkoppeling werkt in de vier actieve praktijken: huisartsen zien dat een verwijzing iets oplevert.",
            what_did_not:
              "In de andere zeven praktijken helpt ook de terugkoppeling niet. Deelnemers blijven de huisarts bezoeken, ook als de geldzorgen afnemen; stressklachten hebben vaak meer dan één oorzaak.",
            participants: "118",
            measurements: [
              { hypothesis: 0, value: "61", sample_size: "194", period: "2026-01" },
              { hypothesis: 1, value: "3,3", sample_size: "46", period: "2026-01" },
            ],
            testimonials: [],
            decision: "doorgaan",
            rationale:
              "Het spreekuur bereikt een groep die anders buiten beeld blijft. Doorgaan tot de eindevaluatie en nagaan of het effect op huisartsbezoek later optreedt.",
          },
          {
            date: "2026-09-10",
            kind: "eind",
            observations:
              "Over de hele looptijd verwezen de praktijken 287 patiënten, van wie 66 procent een eerste gesprek had. 62 procent van de bezoekers was nog niet bekend bij schuldhulp. Vier van de elf praktijken zijn goed voor 85 procent van de verwijzingen. Het aantal huisartsbezoeken voor stressklachten is met 3,4 per deelnemer per half jaar gelijk aan de nulmeting.",
            what_worked:
              "Een spreekuur in de eigen praktijk bereikt mensen die nooit naar het stadsdeelkantoor zouden gaan. Waar de praktijkondersteuners meedoen, groeit het aantal verwijzingen.",
            what_did_not:
              "Het aantal huisartsbezoeken daalt niet: de verwachting dat minder geldzorgen binnen een jaar tot minder stressklachten leiden, komt niet uit. In zeven praktijken is het spreekuur nooit goed van de grond gekomen.",
            participants: "189",
            measurements: [
              { hypothesis: 0, value: "66", sample_size: "287", period: "2026-08" },
              { hypothesis: 1, value: "3,4", sample_size: "71", period: "2026-08" },
            ],
            testimonials: [
              {
                quote: "Ik kom nog steeds bij de dokter voor mijn slaap, maar de brieven liggen niet meer ongeopend op tafel.",
                label: "patiënt, 44 jaar",
                consent: true,
              },
              {
                quote: "Vroeger gaf ik een folder mee en hoorde ik er nooit meer iets van. Nu loop ik met iemand de gang over.",
                label: "praktijkondersteuner in Zuidoost",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "Doorgaan in de vier praktijken die actief verwijzen en daar de praktijkondersteuners ggz als verwijzers toevoegen; stoppen in de praktijken zonder verwijzingen.",
          },
        ],
        verdicts: [
          { hypothesis: 0, verdict: "onbeslist" },
          { hypothesis: 1, verdict: "verworpen" },
        ],
      },
    ],
    lessons: [
      {
        title: "Een foto van een brief in plaats van een upload halveert de uitval",
        pilotTitle: "Mijn Geldzaken: online platform voor schuldhulpverlening",
        author: "innovatie@amsterdam.test",
        kind: "werkzaam_element",
        domain: "schuldhulp",
        target_group: "Amsterdammers met geldzorgen die zich online aanmelden",
        principles: ["digitalisering", "burgerparticipatie"],
        tags: "digitale kloof, uitval, schulden, gebruiksgemak",
        visibility: "network",
        body: md(
          "Op het platform Mijn Geldzaken brengen Amsterdammers met geldzorgen zelf hun schulden in kaart. Na een half jaar bleek een kwart van de uitvallers te blijven hangen bij één stap: documenten uploaden. Loonstroken en aanmaningen als bestand opslaan en selecteren lukt veel mensen niet op een oudere telefoon.",
          "**De aanpassing was klein:** in plaats van 'kies een bestand' vraagt het platform nu 'maak een foto van de brief'. De camera opent direct, het platform snijdt de foto bij en vraagt alleen of alles leesbaar is.",
          "**Het effect:** de uitval bij de uploadstap halveerde, en de totale uitval vóór een plan van aanpak daalde van 38 naar 28 procent.",
          "**Waarom dit telt voor andere gemeenten:** de digitale kloof zit niet alleen bij mensen zonder smartphone, maar ook in ontwerpkeuzes die uitgaan van een laptop en een map met pdf's. Test elke stap op een eenvoudige telefoon van een paar jaar oud, met echte deelnemers, en kijk waar mensen afhaken voordat je nieuwe functies bouwt.",
        ),
      },
      {
        title: "Laat een klantpanel van ervaringsdeskundigen elke nieuwe versie testen",
        pilotTitle: "Mijn Geldzaken: online platform voor schuldhulpverlening",
        author: "innovatie@amsterdam.test",
        kind: "tip",
        domain: "schuldhulp",
        target_group: "Amsterdammers met (beginnende) betalingsproblemen",
        principles: ["burgerparticipatie", "digitalisering"],
        tags: "ervaringsdeskundigen, klantpanel, gebruikerstest, schulden",
        visibility: "network",
        body: md(
          "Bij Mijn Geldzaken, het online platform voor schuldhulpverlening in Amsterdam, test een klantpanel van ervaringsdeskundigen elke nieuwe versie voordat die live gaat. Het panel bestaat uit acht Amsterdammers die zelf schulden hebben gehad, onder wie twee zzp'ers en een moeder met een uitkering.",
          "**Wat het opleverde:** in de eerste versie vond het panel binnen een middag vijf knoppen en teksten die niemand begreep, zoals 'verificatie van inkomensgegevens'. Onze eigen testers hadden ze over het hoofd gezien. Het panel wees ons ook op de toon: wie schulden heeft, leest elke zin als een mogelijk verwijt.",
          "**Hoe we het organiseren:**",
          [
            "- een vaste vergoeding per sessie, binnen de regels voor vrijwilligersvergoedingen, zodat niemand op zijn uitkering wordt gekort;",
            "- sessies van hooguit twee uur, in een buurthuis en niet op het stadhuis;",
            "- na elke sessie laten we zien wat we met de punten hebben gedaan.",
          ],
          "Dat laatste is het belangrijkst: het panel blijft alleen scherp als het ziet dat het verschil maakt. Meer over werken met ervaringsdeskundigen vind je bij [Movisie](https://www.movisie.nl/).",
        ),
      },
      {
        title: "Houd een fysiek loket en hulp in de bibliotheek naast het online platform",
        pilotTitle: "Mijn Geldzaken: online platform voor schuldhulpverlening",
        author: "directie@amsterdam.test",
        kind: "randvoorwaarde",
        domain: "schuldhulp",
        target_group: "Amsterdammers met geldzorgen en weinig digitale vaardigheden",
        principles: ["digitalisering", "samenwerking"],
        tags: "digitale kloof, bibliotheek, digid, laagdrempelig",
        visibility: "network",
        body: md(
          "Een online platform voor schuldhulp bereikt nieuwe groepen: bij Mijn Geldzaken meldt een derde van de Amsterdammers zich buiten kantoortijden aan, vaak werkenden die nooit naar een loket zouden gaan. Maar wie niet kan inloggen met DigiD of moeite heeft met lezen, haakt online direct af.",
          "**Wat wij als voorwaarde hebben gesteld:**",
          [
            "- het loket en het telefoonnummer blijven gewoon bestaan, en staan op elke pagina van het platform;",
            "- vrijwilligers van Humanitas en het Informatiepunt Digitale Overheid in de bibliotheek helpen bij inloggen en uploaden; elke week komen daar zo'n twintig mensen;",
            "- het platform werkt op een eenvoudige telefoon en vraagt niet meer gegevens dan het loket.",
          ],
          "**Waarom:** digitaal is voor de ene groep een verlaging van de drempel en voor de andere een verhoging. Wie het loket sluit om de investering terug te verdienen, verschuift de digitale kloof naar de mensen met de grootste schulden.",
          "**Advies voor andere gemeenten:** reken de kosten van fysieke ondersteuning vanaf het begin mee in de businesscase.",
        ),
      },
      {
        title: "Een campagne via werkgevers bereikt zzp'ers niet",
        pilotTitle: "Mijn Geldzaken: online platform voor schuldhulpverlening",
        author: "innovatie@amsterdam.test",
        kind: "valkuil",
        domain: "schuldhulp",
        target_group: "Werkenden en zzp'ers met betalingsproblemen",
        principles: ["preventie", "samenwerking"],
        tags: "werkgevers, zzp, bereik, schulden",
        visibility: "network",
        body: md(
          "Met Mijn Geldzaken wilden we in Amsterdam vooral werkenden en zzp'ers eerder bereiken, met een lagere schuld. Bij werkenden lukt dat: zij melden zich met een duidelijk lagere schuld dan mensen met een uitkering. Om ook zzp'ers te bereiken, startten we een campagne via werkgevers en personeelsafdelingen, met posters in kantines en een bericht op intranet.",
          "**Wat er gebeurde:** de campagne leverde aanmeldingen op van werknemers in loondienst, maar nauwelijks van zzp'ers. Logisch achteraf: een zzp'er heeft geen werkgever, geen kantine en geen intranet.",
          "**Wat beter werkt:** zzp'ers zitten op andere plekken. Wij benaderen ze nu via het Ondernemersloket, boekhouders, ondernemersverenigingen en de Bbz-consulenten die ondernemers met betalingsproblemen al zien.",
          "**Les voor andere gemeenten:** kies per doelgroep het kanaal waar die groep al komt. Werkgevers zijn een sterke partner voor vroegsignalering bij werknemers, want loonbeslag is vaak het eerste signaal. Voor zelfstandigen heb je andere bondgenoten nodig. Zie ook de kennisbank van [Divosa](https://www.divosa.nl/) over schulden en werk.",
        ),
      },
      {
        title: "Zonder convenant met schuldeisers geen schuldenpauze voor jongeren",
        pilotTitle: "Schuldenpauze voor jongeren in Nieuw-West",
        author: "innovatie@amsterdam.test",
        kind: "randvoorwaarde",
        domain: "schuldhulp",
        target_group: "Jongeren van 18 tot en met 27 jaar in Nieuw-West met problematische schulden",
        principles: ["maatwerk", "samenwerking"],
        tags: "jongeren, schulden, schuldeisers, convenant",
        visibility: "private",
        body: md(
          "De Schuldenpauze voor jongeren in Nieuw-West is nog een idee: de gemeente koopt de schulden van jongeren van 18 tot 27 jaar op, en de jongere werkt een jaar met een vaste coach aan opleiding of werk. In de verkennende gesprekken bleek één ding doorslaggevend: of de schuldeisers meedoen.",
          "**Wat we hoorden:**",
          [
            "- de zorgverzekeraar wil de incasso stoppen en meewerken aan een schikking, mits er een vaste werkwijze is;",
            "- telecomaanbieders en incassobureaus willen alleen praten over een percentage dat vooraf vastligt;",
            "- voor studieschulden bij DUO gelden eigen regels, die buiten een schikking vallen.",
          ],
          "**Randvoorwaarde voor de start:** een convenant met de grootste schuldeisers, volgens de gedragscode van de [NVVK](https://www.nvvk.nl/), vóórdat de eerste jongere instroomt. Zonder dat convenant lopen jongeren tijdens de pauze alsnog tegen beslagen en aanmaningen aan, en valt de kern van het idee weg.",
          "**Interne notitie:** de businesscase voor de begroting van 2028 moet uitgaan van een opkooppercentage per type schuldeiser, niet van één gemiddelde.",
        ),
      },
      {
        title: "Een spreekuur in de eigen huisartsenpraktijk voelt niet als naar de gemeente gaan",
        pilotTitle: "Geldzorgenspreekuur in de huisartsenpraktijk in Zuidoost",
        author: "innovatie@amsterdam.test",
        kind: "werkzaam_element",
        domain: "gezondheid",
        target_group: "Patiënten bij wie geldzorgen meespelen in hun gezondheidsklachten",
        principles: ["samenwerking", "preventie"],
        tags: "huisarts, geldzorgen, vroegsignalering, laagdrempelig",
        visibility: "public",
        body: md(
          "In Amsterdam Zuidoost houdt een schuldhulpverlener wekelijks spreekuur in huisartsenpraktijken. Huisartsen en praktijkondersteuners verwijzen patiënten bij wie geldzorgen meespelen in stress- of slaapklachten direct door, zonder wachtlijst.",
          "**Het resultaat:** van de verwezen patiënten had 66 procent ook echt een eerste gesprek, tegen 30 procent bij een gewone verwijzing naar het stadsdeelkantoor. Nog belangrijker: 62 procent van de bezoekers was nog niet bekend bij schuldhulp.",
          "**Waarom het werkt:** de drempel ligt niet bij de hulp, maar bij de plek. Een afspraak in de eigen praktijk, gemaakt door een vertrouwde assistente, voelt niet als 'naar de gemeente gaan'. De schuldhulpverlener regelt vaak dezelfde week nog een betalingsregeling, zodat de patiënt direct merkt dat het iets oplevert.",
          "**Voor andere gemeenten:** dit is een sterke vorm van vroegsignalering via de huisarts, ook in kleinere gemeenten met één of twee gezondheidscentra. Zorg voor een vaste spreekkamer en een vast tijdstip, zodat de praktijk het spreekuur als eigen aanbod gaat zien. [Pharos](https://www.pharos.nl/) heeft materiaal over gezondheid en bestaansonzekerheid.",
        ),
      },
      {
        title: "Verwacht van minder geldzorgen niet binnen een jaar minder huisartsbezoek",
        pilotTitle: "Geldzorgenspreekuur in de huisartsenpraktijk in Zuidoost",
        author: "directie@amsterdam.test",
        kind: "valkuil",
        domain: "gezondheid",
        target_group: "Patiënten met stressgerelateerde klachten en geldzorgen",
        principles: ["preventie"],
        tags: "huisarts, stressklachten, effectmeting, hypothese",
        visibility: "public",
        body: md(
          "Bij het geldzorgenspreekuur in huisartsenpraktijken in Zuidoost hadden we een tweede hypothese: als geldzorgen worden aangepakt, bezoeken patiënten met stressklachten de huisarts minder vaak. We verwachtten een daling van 3,4 naar 2,5 bezoeken per half jaar. Na anderhalf jaar stond de teller op 3,4: precies de nulmeting. De hypothese is verworpen.",
          "**Waarom het niet uitkwam:**",
          [
            "- stressklachten hebben zelden één oorzaak; eenzaamheid, werk en gezondheid spelen mee;",
            "- schulden zijn na een jaar vaak nog niet opgelost, alleen onder controle;",
            "- patiënten die hun huisarts vertrouwen, blijven komen, en dat is niet per se slecht.",
          ],
          "**Les:** kies een uitkomstmaat die past bij de looptijd. Minder zorggebruik is een effect op de lange termijn, en achttien maanden is daarvoor te kort. Meet daarnaast wat deelnemers zelf ervaren, zoals rust of overzicht over de post. Een patiënt zei: 'De brieven liggen niet meer ongeopend op tafel.' Dat is een resultaat, ook als de huisarts het niet in zijn cijfers terugziet.",
          "Een verworpen hypothese is geen mislukte pilot: het spreekuur gaat door in de praktijken die actief verwijzen.",
        ),
      },
      {
        title: "Maak de praktijkondersteuner de vaste verwijzer naar het geldzorgenspreekuur",
        pilotTitle: "Geldzorgenspreekuur in de huisartsenpraktijk in Zuidoost",
        author: "innovatie@amsterdam.test",
        kind: "tip",
        domain: "gezondheid",
        target_group: "Huisartsenpraktijken en praktijkondersteuners",
        principles: ["samenwerking"],
        tags: "huisarts, praktijkondersteuner, verwijzen, terugkoppeling",
        visibility: "public",
        body: md(
          "In Zuidoost deden elf huisartsenpraktijken mee aan het geldzorgenspreekuur, maar vier praktijken waren goed voor 85 procent van de verwijzingen. In de andere zeven kwam het spreekuur nooit van de grond. Huisartsen noemden tijdsdruk en vergaten simpelweg dat het spreekuur bestond.",
          "**Wat het verschil maakte in de vier actieve praktijken:**",
          [
            "- de praktijkondersteuner ggz verwijst, niet alleen de huisarts: zij heeft langere consulten en vaker het gesprek over stress;",
            "- een verwijzing kost hooguit een minuut, via een vast formulier in het huisartseninformatiesysteem;",
            "- elke maand krijgt de praktijk terug hoeveel verwezen patiënten zijn geholpen.",
          ],
          "Die terugkoppeling is cruciaal: huisartsen zien dat een verwijzing iets oplevert, en gaan vaker verwijzen.",
          "**Advies:** begin in een handvol praktijken die zelf enthousiast zijn, en stop gerust waar het na een half jaar niet loopt; wij hebben dat te lang laten doorlopen. Breid liever uit via praktijken die samen in een gezondheidscentrum zitten, zodat de schuldhulpverlener een vast gezicht wordt.",
        ),
      },
      {
        title: "Houd medische en financiële gegevens strikt gescheiden",
        pilotTitle: "Geldzorgenspreekuur in de huisartsenpraktijk in Zuidoost",
        author: "directie@amsterdam.test",
        kind: "randvoorwaarde",
        domain: "gezondheid",
        target_group: "Patiënten die naar het geldzorgenspreekuur worden verwezen",
        principles: ["samenwerking"],
        tags: "privacy, toestemming, huisarts, gegevensdeling",
        visibility: "public",
        body: md(
          "Bij het geldzorgenspreekuur in Zuidoost werkt een schuldhulpverlener van de gemeente letterlijk naast de spreekkamer van de huisarts. Dat roept bij patiënten en huisartsen meteen de vraag op: wat weet de gemeente straks van mijn gezondheid, en wat weet de huisarts van mijn schulden?",
          "**De afspraken die wij vooraf maakten:**",
          [
            "1. Doorverwijzen gebeurt alleen met uitdrukkelijke toestemming van de patiënt.",
            "2. De schuldhulpverlener krijgt geen inzage in het medisch dossier.",
            "3. Over de financiële situatie gaat niets terug naar de huisarts zonder toestemming; de maandelijkse terugkoppeling bevat alleen aantallen.",
          ],
          "**Het resultaat:** het privacyrisico is in de evaluatie gesloten, en patiënten noemden de scheiding juist als reden om het spreekuur te vertrouwen.",
          "**Voor andere gemeenten:** leg deze afspraken op papier en laat ze toetsen door de privacy officer én door de huisartsen, vóór de eerste patiënt wordt verwezen. Leg patiënten in gewone taal uit wat er wel en niet wordt gedeeld; een korte folder in de wachtkamer is genoeg.",
        ),
      },
    ],
    comments: [
      {
        author: "innovatie@amsterdam.test",
        lessonTitle: "Spreek vroege meldtermijnen af met corporaties en zorgverzekeraar",
        answered: true,
        body: "Hoe hebben jullie de corporaties zover gekregen om al na één maand te melden? In Amsterdam vrezen corporaties dat huurders zich overvallen voelen als er zo snel iemand van de gemeente aanbelt.",
      },
      {
        author: "directie@amsterdam.test",
        pilotTitle: "Jongeren aan het werk: intensieve coaching en training op maat",
        body: "Mooie resultaten voor zo'n kleine doelgroep. Hoe houden jullie werkgevers aan de baangarantie als een jongere de training haalt, maar er intussen geen vacature meer is?",
      },
    ],
  },

  // ───────────────────────────────────────────── Oisterwijk ────────────────────────────────────────────
  {
    name: "Oisterwijk",
    cbs_code: "GM0824",
    province: "noord_brabant",
    inhabitants: 32_960,
    users: [
      { email: "innovatie@oisterwijk.test", name: "Bram van Gestel", role: "innovatiemanager" },
      { email: "directie@oisterwijk.test", name: "Marieke Verhoeven", role: "directeur" },
    ],
    pilots: [
      {
        title: "Jongeren aan het werk: intensieve coaching en training op maat",
        summary:
          "Jongeren van 18 tot 27 jaar zonder werk krijgen een vaste jobcoach die hen elke week ziet, en een training op maat bij het ROC of een werkgever, afgestemd op een concrete vacature. De coach blijft ook de eerste zes maanden na plaatsing betrokken.",
        problem:
          "In Oisterwijk staan ruim tachtig jongeren tussen 18 en 27 jaar zonder werk of opleiding ingeschreven, een deel van hen met een bijstandsuitkering. Het zijn er te weinig voor een eigen programma, en de regionale trajecten in Tilburg sluiten slecht aan: de reistijd is lang, de groepen zijn groot en de trainingen algemeen. Veel jongeren haken na enkele weken af. Tegelijk zoeken werkgevers in de techniek, de zorg en de logistiek in de eigen gemeente dringend personeel en vinden ze geen kandidaten.",
        target_group: "Jongeren van 18 tot en met 27 jaar in Oisterwijk, Moergestel en Heukelom zonder werk of startkwalificatie",
        domain: "participatie",
        principles: ["maatwerk", "samenwerking", "integrale_aanpak"],
        stage: "uitvoering",
        visibility: "public",
        start_date: "2025-10-01",
        end_date: "2027-06-30",
        tags: "jongeren, werk, jobcoaching, training op maat, werkgevers",
        partners: [
          { name: "UWV", role: "Werkgeversdienstverlening en vacatures via het Werkgeversservicepunt Midden-Brabant" },
          { name: "ROC Tilburg", role: "Korte trainingen met mbo-certificaat in techniek, zorg en logistiek" },
          { name: "Lokale werkgevers", role: "Leerwerkplekken en een baangarantie na een geslaagde training" },
          { name: "Jongerenwerk Oisterwijk", role: "Zoekt jongeren op die niet zelf naar de gemeente komen" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij intensieve coaching en training op maat aanbieden voor werkloze jongeren van 18 tot 27 jaar, dan verwachten wij dat meer jongeren in Oisterwijk betaald werk hebben.",
            indicator: "Jongeren van 18 tot 27 jaar in Oisterwijk met betaald werk",
            unit: "%",
            direction: "omhoog",
            baseline: "68",
            target: "72",
            measure_by: "2027-06-30",
          },
          {
            statement:
              "Als wij een vaste jobcoach inzetten voor jongeren die een uitkering overwegen, dan verwachten wij dat minder jongeren een bijstandsuitkering aanvragen.",
            indicator: "Uitkeringsaanvragen van jongeren (18–27 jaar) per jaar",
            unit: "aanvragen",
            direction: "omlaag",
            baseline: "60",
            target: "45",
            measure_by: "2027-06-30",
          },
          {
            statement:
              "Als wij zes maanden nazorg bieden voor jongeren die via de pilot een baan vinden, dan verwachten wij dat meer van hen hun baan behouden.",
            indicator: "Geplaatste deelnemers die na 6 maanden nog werken",
            unit: "%",
            direction: "omhoog",
            baseline: "55",
            target: "75",
            measure_by: "2027-06-30",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2025", planned_cents: "45.000", spent_cents: "41.980,50", reporting_deadline: "" },
          { source: "gemeente", year: "2026", planned_cents: "120.000", spent_cents: "96.400", reporting_deadline: "" },
          { source: "esf_plus", year: "2026", planned_cents: "180.000", spent_cents: "74.560", reporting_deadline: "2027-03-31" },
          { source: "rijk", year: "2026", planned_cents: "60.000", spent_cents: "60.000", reporting_deadline: "2027-07-01" },
          { source: "partners", year: "2026", planned_cents: "25.000", spent_cents: "18.000", reporting_deadline: "" },
        ],
        risks: [
          {
            title: "Te weinig instroom door de kleine doelgroep",
            category: "beperkte_resultaten",
            likelihood: "3",
            impact: "4",
            mitigation:
              "Regelmatige evaluatie en bijsturing: elke maand instroom en uitval bespreken, het jongerenwerk actief jongeren laten opzoeken die niet in beeld zijn en bij achterblijvende instroom de pilot openstellen voor jongeren uit buurgemeenten in Hart van Brabant.",
            owner: "Bram van Gestel",
            status: "open",
          },
          {
            title: "ESF+-subsidie wordt deels teruggevorderd bij onvolledige verantwoording",
            category: "financiering",
            likelihood: "2",
            impact: "4",
            mitigation:
              "Vanaf de eerste dag uren en deelnemers registreren volgens de ESF+-eisen, met een tussentijdse controle door de subsidieadviseur van de regio.",
            owner: "Subsidieadviseur regio Hart van Brabant",
            status: "beheerst",
          },
          {
            title: "Werkgevers haken af na de eerste plaatsingen",
            category: "draagvlak",
            likelihood: "2",
            impact: "3",
            mitigation:
              "Een vaste contactpersoon per werkgever, nazorg door de jobcoach en twee keer per jaar een ontbijtbijeenkomst waarin de resultaten worden gedeeld.",
            owner: "Accountmanager werkgevers",
            status: "open",
          },
        ],
        evaluations: [
          {
            date: "2026-04-16",
            kind: "tussentijds",
            observations:
              "In het eerste half jaar zijn 23 jongeren gestart, van wie 15 via het jongerenwerk. Elf volgen een training bij het ROC of een werkgever, vier hebben al een baan. De jobcoaches zien hun jongeren elke week, meestal in het jongerencentrum en niet op het gemeentehuis. Over de laatste twaalf maanden vroegen 54 jongeren een bijstandsuitkering aan.",
            what_worked:
              "Trainingen die gekoppeld zijn aan een concrete vacature, zoals orderpicker bij een logistiek bedrijf op het bedrijventerrein, houden jongeren vast. Het jongerenwerk bereikt jongeren die nooit zelf naar de gemeente kwamen.",
            what_did_not:
              "Drie jongeren haakten af omdat de training in Tilburg om half acht begon en er geen bus was die op tijd reed. Zorgwerkgevers vragen een VOG en een startdatum die niet aansluit op de trainingen.",
            participants: "23",
            measurements: [{ hypothesis: 1, value: "54", sample_size: "54", period: "2026-03" }],
            testimonials: [
              {
                quote: "Mijn coach appt me als ik niet kom opdagen. Irritant, maar daardoor ga ik wel.",
                label: "deelnemer A, 24 jaar",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "Vervoer regelen voor trainingen buiten Oisterwijk (een ov-kaart of fiets vanaf de eerste dag) en met de zorgwerkgevers de startdata van de trainingen afstemmen.",
          },
          {
            date: "2026-10-15",
            kind: "tussentijds",
            observations:
              "Inmiddels doen 41 jongeren mee; 19 van hen hebben betaald werk gevonden. Van de eerste zeven jongeren die zes maanden geleden zijn geplaatst, werken er vijf nog. Over de laatste twaalf maanden vroegen 49 jongeren een bijstandsuitkering aan. Volgens de regionale monitor heeft 69,5 procent van de Oisterwijkse jongeren betaald werk.",
            what_worked:
              "Met een ov-kaart vanaf de eerste dag is niemand meer afgehaakt op vervoer. De nazorg door de jobcoach helpt bij de eerste conflicten op de werkvloer, bijvoorbeeld over roosters en ziekmelden.",
            what_did_not:
              "De aantallen zijn klein: over het behoud van werk zeggen zeven jongeren nog weinig. Werkgevers in de techniek bieden minder leerwerkplekken dan ze hadden toegezegd.",
            participants: "41",
            measurements: [
              { hypothesis: 0, value: "69,5", sample_size: "3420", period: "2026-09" },
              { hypothesis: 1, value: "49", sample_size: "49", period: "2026-09" },
              { hypothesis: 2, value: "71,4", sample_size: "7", period: "2026-09" },
            ],
            testimonials: [
              {
                quote:
                  "Ik dacht dat ik nergens goed in was. Nu rijd ik op de heftruck en vraagt mijn leidinggevende of ik een contract wil.",
                label: "deelnemer D, 21 jaar",
                consent: true,
              },
            ],
            decision: "doorgaan",
            rationale:
              "De eerste resultaten zijn bemoedigend. Doorgaan zoals gepland en met de technische bedrijven nieuwe afspraken maken over leerwerkplekken.",
          },
        ],
      },
      {
        title: "Schoolverlaters in beeld: warme overdracht van school naar werk",
        summary:
          "Samen met de scholen, het ROC en het RMC willen we jongeren die zonder diploma van school gaan binnen vier weken persoonlijk benaderen. De mentor stelt de jongere zelf voor aan de jongerencoach van de gemeente.",
        problem:
          "Elk jaar verlaten in Oisterwijk zo'n 25 tot 30 jongeren school zonder startkwalificatie. Het Regionaal Meld- en Coördinatiepunt krijgt de melding pas weken later, en dan is de jongere vaak niet meer bereikbaar. Een deel van hen komt jaren later bij de gemeente terug met een bijstandsaanvraag of schulden. Of een jongere op tijd in beeld komt, hangt nu af van losse contacten tussen mentoren en het jongerenwerk.",
        target_group: "Jongeren van 16 tot 23 jaar in Oisterwijk die zonder startkwalificatie van school gaan",
        domain: "onderwijs",
        principles: ["preventie", "samenwerking"],
        stage: "idee",
        visibility: "private",
        start_date: "2027-01-15",
        end_date: "2027-12-31",
        tags: "voortijdig schoolverlaten, rmc, jongeren, preventie, onderwijs",
        partners: [
          { name: "RMC-regio Midden-Brabant", role: "Leerplicht en registratie van voortijdig schoolverlaten" },
          { name: "Scholen voor voortgezet onderwijs", role: "Mentoren melden en dragen jongeren persoonlijk over" },
          { name: "ROC Tilburg", role: "Zoekt een passende opleiding voor jongeren die terug willen naar school" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij een warme overdracht organiseren voor jongeren die zonder startkwalificatie van school gaan, dan verwachten wij dat meer van hen binnen drie maanden weer een opleiding volgen of werken.",
            indicator: "Voortijdig schoolverlaters met opleiding of werk binnen 3 maanden",
            unit: "%",
            direction: "omhoog",
            baseline: "40",
            target: "65",
            measure_by: "2027-12-31",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2027", planned_cents: "35.000", spent_cents: "", reporting_deadline: "" },
          { source: "rijk", year: "2027", planned_cents: "20.000", spent_cents: "", reporting_deadline: "2028-07-01" },
        ],
        risks: [
          {
            title: "Scholen mogen gegevens niet zonder grondslag delen",
            category: "privacy",
            likelihood: "3",
            impact: "4",
            mitigation:
              "Anonimiseren en transparant zijn over datagebruik: alleen de wettelijke RMC-melding gebruiken, verder werken met toestemming van de jongere (en bij minderjarigen de ouders) en het werkproces laten toetsen door een privacyjurist.",
            owner: "Leerplichtambtenaar",
            status: "open",
          },
          {
            title: "Mentoren hebben geen tijd voor een warme overdracht",
            category: "draagvlak",
            likelihood: "3",
            impact: "3",
            mitigation: "De overdracht beperken tot één gesprek van een half uur op school, ingepland door de jongerencoach.",
            owner: "Marieke Verhoeven",
            status: "open",
          },
        ],
      },
      {
        title: "Digitale assistent voor vragen over minimaregelingen",
        summary:
          "Een digitale assistent op de website van de gemeente beantwoordt dag en nacht vragen over de individuele inkomenstoeslag, de bijzondere bijstand en het kindpakket, en helpt inwoners een aanvraag te starten. Bij een ingewikkelde vraag draagt de assistent het gesprek over aan een medewerker van het Klantcontactcentrum.",
        problem:
          "Van de Oisterwijkers met recht op de individuele inkomenstoeslag vraagt ruim 40 procent die niet aan. Inwoners weten niet dat de regeling bestaat, of denken dat ze er geen recht op hebben. Tegelijk krijgt het Klantcontactcentrum elke maand zo'n 180 telefoontjes over minimaregelingen, vaak met dezelfde vragen over inkomensgrenzen en bewijsstukken. Medewerkers Inkomen besteden daardoor veel tijd aan uitleg die eenvoudiger zou kunnen.",
        target_group: "Inwoners van Oisterwijk, Moergestel en Heukelom met een inkomen tot 130 procent van het sociaal minimum",
        domain: "armoede",
        principles: ["digitalisering", "preventie"],
        stage: "besluit",
        visibility: "network",
        decision: "stoppen",
        decision_rationale:
          "De assistent heeft op geen van beide hypothesen het verwachte resultaat opgeleverd, en de licentie- en beheerkosten wegen niet op tegen het gebruik. We stoppen per 1 oktober 2026 en zetten het resterende budget in voor een belactie onder rechthebbenden en spreekuren over de inkomenstoeslag in de bibliotheek en in het dorpshuis van Moergestel. De antwoordteksten blijven in gebruik als kennisbank van het Klantcontactcentrum.",
        stop_reason:
          "De doelgroep gebruikte de assistent nauwelijks: gemiddeld 41 gesprekken per maand, waar we op 300 rekenden, en dan vooral van mantelzorgers en hulpverleners in plaats van de inwoners zelf. Ouderen en laaggeletterden, de grootste groep niet-gebruikers, bellen liever of komen langs. Bij een op de drie vragen over de inkomenstoeslag gaf de assistent een onvolledig antwoord, omdat de regeling veel uitzonderingen kent. Les voor andere gemeenten: toets vóór de aanschaf met de doelgroep zelf welk kanaal zij gebruiken, en begin met één afgebakende regeling in plaats van het hele minimabeleid.",
        start_date: "2025-10-01",
        end_date: "2026-09-30",
        tags: "digitale assistent, chatbot, minimaregelingen, niet-gebruik, armoede",
        partners: [
          {
            name: "Leverancier van het chatbotplatform",
            role: "Levert en host de assistent en traint de antwoorden samen met de gemeente",
          },
          { name: "Klantcontactcentrum Oisterwijk", role: "Neemt gesprekken over die de assistent niet kan afhandelen" },
          { name: "Stichting Leergeld", role: "Controleerde de antwoorden over regelingen voor kinderen" },
          { name: "Bibliotheek Midden-Brabant", role: "Het Digi-taalhuis liet laaggeletterde inwoners de assistent uitproberen" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij een digitale assistent inzetten voor inwoners met een laag inkomen, dan verwachten wij dat meer rechthebbenden de individuele inkomenstoeslag aanvragen, omdat zij op elk moment kunnen nagaan of ze er recht op hebben.",
            indicator: "Rechthebbenden die de individuele inkomenstoeslag aanvragen",
            unit: "%",
            direction: "omhoog",
            baseline: "58",
            target: "70",
            measure_by: "2026-09-30",
          },
          {
            statement:
              "Als wij veelgestelde vragen laten beantwoorden door een digitale assistent voor inwoners die nu bellen over minimaregelingen, dan verwachten wij dat het Klantcontactcentrum minder telefoontjes over die regelingen krijgt.",
            indicator: "Telefoontjes over minimaregelingen per maand",
            unit: "telefoontjes",
            direction: "omlaag",
            baseline: "180",
            target: "130",
            measure_by: "2026-09-30",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2025", planned_cents: "28.000", spent_cents: "27.450", reporting_deadline: "" },
          { source: "gemeente", year: "2026", planned_cents: "36.000", spent_cents: "24.180,60", reporting_deadline: "" },
          { source: "rijk", year: "2025", planned_cents: "15.000", spent_cents: "15.000", reporting_deadline: "2026-07-01" },
        ],
        risks: [
          {
            title: "Inwoners met weinig digitale vaardigheden gebruiken de assistent niet",
            category: "digitale_kloof",
            likelihood: "4",
            impact: "4",
            mitigation:
              "Training en ondersteuning: de assistent laten testen in het Digi-taalhuis, de bibliotheek laten helpen bij het eerste gebruik en het telefoonnummer en het spreekuur altijd zichtbaar houden.",
            owner: "Bram van Gestel",
            status: "opgetreden",
          },
          {
            title: "De assistent geeft een onjuist antwoord over het recht op een regeling",
            category: "juridisch",
            likelihood: "3",
            impact: "4",
            mitigation:
              "Elke antwoordtekst laten controleren door een medewerker Inkomen, onder elk antwoord vermelden dat het geen besluit is, en bij twijfel altijd doorverwijzen naar een medewerker.",
            owner: "Teamleider Inkomen",
            status: "opgetreden",
          },
          {
            title: "Gesprekken bevatten gevoelige gegevens over inkomen en schulden",
            category: "privacy",
            likelihood: "2",
            impact: "4",
            mitigation:
              "Anonimiseren en transparant zijn over datagebruik: geen BSN of naam vragen, gesprekken na dertig dagen verwijderen en een verwerkersovereenkomst met de leverancier sluiten.",
            owner: "Functionaris gegevensbescherming",
            status: "gesloten",
          },
        ],
        evaluations: [
          {
            date: "2026-01-22",
            kind: "tussentijds",
            observations:
              "In de eerste drie maanden voerde de assistent 138 gesprekken, gemiddeld 46 per maand. Een groot deel van de gebruikers blijkt hulpverlener of mantelzorger te zijn en zoekt iets op voor een ander. Van de rechthebbenden vraagt 57 procent de inkomenstoeslag aan; het Klantcontactcentrum kreeg in december 176 telefoontjes over minimaregelingen.",
            what_worked:
              "Vragen over inkomensgrenzen en benodigde bewijsstukken beantwoordt de assistent goed. Medewerkers van het Klantcontactcentrum gebruiken de antwoorden zelf als spiekbriefje.",
            what_did_not:
              "Weinig inwoners uit de doelgroep vinden de assistent. Bij vragen over de inkomenstoeslag schiet het antwoord tekort zodra iemand een wisselend inkomen heeft of er een uitzondering op de referteperiode geldt.",
            participants: "138",
            measurements: [
              { hypothesis: 0, value: "57", sample_size: "212", period: "2025-12" },
              { hypothesis: 1, value: "176", sample_size: "176", period: "2025-12" },
            ],
            testimonials: [
              {
                quote: "Ik zocht het uit voor mijn moeder. Zij had zelf nooit op die website gekeken.",
                label: "mantelzorger, 49 jaar",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "De assistent beter vindbaar maken via de brief over de energietoeslag en de nieuwsbrief van de ouderenbond, en de antwoorden over de inkomenstoeslag samen met de medewerkers Inkomen herschrijven.",
          },
          {
            date: "2026-04-23",
            kind: "tussentijds",
            observations:
              "Na de oproep in de nieuwsbrief steeg het gebruik kort naar 71 gesprekken in februari; in maart zakte het terug naar 38. Van de aanvragen voor de inkomenstoeslag in het eerste kwartaal zijn er zeven via de assistent gestart. Het Klantcontactcentrum kreeg in maart 171 telefoontjes over minimaregelingen.",
            what_worked:
              "De herschreven antwoorden zijn duidelijker: medewerkers Inkomen krijgen via de assistent minder onvolledige aanvragen binnen.",
            what_did_not:
              "Tijdens een testsessie in het Digi-taalhuis haakten vijf van de zes deelnemers af bij de eerste vraag. Ouderen zeggen dat ze liever iemand aan de lijn hebben.",
            participants: "158",
            measurements: [
              { hypothesis: 0, value: "58", sample_size: "215", period: "2026-03" },
              { hypothesis: 1, value: "171", sample_size: "171", period: "2026-03" },
            ],
            testimonials: [
              {
                quote: "Hij vroeg steeds of ik mijn vraag anders kon stellen. Ik wist niet hoe ik het anders moest zeggen.",
                label: "deelnemer Digi-taalhuis, 63 jaar",
                consent: true,
              },
            ],
            decision: "doorgaan",
            rationale:
              "Nog één kwartaal meten met de verbeterde antwoorden voordat we een besluit voorbereiden, en intussen uitzoeken wat inwoners die de toeslag niet aanvragen wél zou helpen.",
          },
          {
            date: "2026-07-09",
            kind: "eind",
            observations:
              "In negen maanden voerde de assistent 371 gesprekken, gemiddeld 41 per maand bij een verwachting van 300. Van de rechthebbenden vraagt 57 procent de inkomenstoeslag aan, niet meer dan bij de nulmeting (58 procent). Het aantal telefoontjes over minimaregelingen schommelt tussen 170 en 180 per maand. In een steekproef van 60 gesprekken over de inkomenstoeslag was een op de drie antwoorden onvolledig.",
            what_worked:
              "De antwoordteksten blijken bruikbaar als kennisbank voor het Klantcontactcentrum en blijven daar na de pilot in gebruik.",
            what_did_not:
              "De doelgroep gebruikt de assistent niet: de meeste gesprekken komen van hulpverleners en mantelzorgers. De regels van de inkomenstoeslag zijn te ingewikkeld voor een assistent zonder toegang tot het dossier.",
            participants: "371",
            measurements: [
              { hypothesis: 0, value: "57", sample_size: "218", period: "2026-06" },
              { hypothesis: 1, value: "174", sample_size: "174", period: "2026-06" },
            ],
            testimonials: [
              {
                quote: "Ik bel liever. Dan hoor ik tenminste of ik het goed heb begrepen.",
                label: "inwoner Moergestel, 74 jaar",
                consent: true,
              },
            ],
            decision: "stoppen",
            rationale:
              "Geen van beide hypothesen is bevestigd en het gebruik blijft ver achter bij de verwachting. Stoppen met de assistent en het budget inzetten voor het persoonlijk benaderen van rechthebbenden.",
          },
        ],
        verdicts: [
          { hypothesis: 0, verdict: "verworpen" },
          {
            hypothesis: 1,
            verdict: "verworpen",
            verdict_reason:
              "De daling van zes telefoontjes per maand valt binnen de gewone schommeling van 170 tot 180 per maand; een effect van de assistent is er niet.",
          },
        ],
      },
    ],
    lessons: [
      {
        title: "Koppel elke training aan een concrete vacature bij een lokale werkgever",
        pilotTitle: "Jongeren aan het werk: intensieve coaching en training op maat",
        author: "innovatie@oisterwijk.test",
        kind: "werkzaam_element",
        domain: "participatie",
        target_group: "Jongeren van 18 tot en met 27 jaar zonder werk of startkwalificatie",
        principles: ["maatwerk", "samenwerking"],
        tags: "jongeren, werkgevers, training op maat, vacature",
        visibility: "public",
        body: md(
          "In Oisterwijk (ruim 30.000 inwoners) staan zo'n tachtig jongeren tussen 18 en 27 jaar zonder werk of opleiding ingeschreven. De regionale trajecten in Tilburg sloten slecht aan: grote groepen, algemene trainingen, en veel jongeren haakten na een paar weken af.",
          "In de pilot Jongeren aan het werk volgt elke jongere een korte training die gekoppeld is aan een echte vacature. Een voorbeeld: een training tot orderpicker bij een logistiek bedrijf op het eigen bedrijventerrein, met een baangarantie na een geslaagde training.",
          "**Waarom dit werkt:** jongeren weten waarvoor ze het doen. Ze zien de werkplek, kennen de leidinggevende en hebben een datum waarop ze kunnen beginnen. Van de 41 deelnemers hadden er na een jaar 19 betaald werk.",
          "**Wat een andere gemeente moet regelen:**",
          [
            "- een accountmanager die werkgevers persoonlijk kent;",
            "- afspraken met het ROC over korte trainingen met een mbo-certificaat;",
            "- heldere afspraken met werkgevers over leerwerkplekken, en die ook bewaken: in de techniek kwamen er minder plekken dan toegezegd.",
          ],
          "In een kleinere gemeente is dit juist een voordeel: de lijnen met werkgevers zijn kort.",
        ),
      },
      {
        title: "Regel vervoer vanaf de eerste trainingsdag",
        pilotTitle: "Jongeren aan het werk: intensieve coaching en training op maat",
        author: "innovatie@oisterwijk.test",
        kind: "randvoorwaarde",
        domain: "participatie",
        target_group: "Jongeren in kernen zonder goede busverbinding",
        principles: ["maatwerk"],
        tags: "vervoer, jongeren, uitval, ov",
        visibility: "public",
        body: md(
          "In het eerste halfjaar van Jongeren aan het werk in Oisterwijk haakten drie jongeren af om een reden die we niet hadden voorzien: de training bij het ROC in Tilburg begon om half acht, en er reed geen bus die op tijd was. Vanuit Moergestel of Heukelom ben je zonder auto of scooter al snel een uur onderweg.",
          "**Wat we veranderden:** elke jongere die een training buiten Oisterwijk volgt, krijgt vanaf de eerste dag een ov-kaart of een fiets in bruikleen. Wie dat nodig heeft, oefent de route één keer samen met de jobcoach.",
          "**Resultaat:** sinds die aanpassing is niemand meer afgehaakt op vervoer.",
          "**Voor andere gemeenten, zeker op het platteland:**",
          [
            "- vraag bij de intake hoe de jongere bij de training komt, en om hoe laat;",
            "- reken vervoerskosten mee in de begroting; het gaat om een paar honderd euro per deelnemer;",
            "- stem startdata en begintijden af met werkgevers en het ROC.",
          ],
          "Een traject op maat gaat niet alleen over de inhoud, maar ook over de dienstregeling van de bus.",
        ),
      },
      {
        title: "Het jongerenwerk vindt de jongeren die nooit naar het gemeentehuis komen",
        pilotTitle: "Jongeren aan het werk: intensieve coaching en training op maat",
        author: "directie@oisterwijk.test",
        kind: "werkzaam_element",
        domain: "participatie",
        target_group: "Jongeren die niet zelf naar de gemeente komen",
        principles: ["samenwerking", "burgerparticipatie"],
        tags: "jongerenwerk, outreach, jongeren, vertrouwen",
        visibility: "public",
        body: md(
          "Bij de start van Jongeren aan het werk in Oisterwijk verwachtten we de meeste aanmeldingen via de gemeente en het UWV. Het liep anders: van de eerste 23 deelnemers kwamen er 15 binnen via het jongerenwerk. Dat waren jongeren die nooit zelf naar het gemeentehuis waren gekomen, en van wie een deel niet eens bij ons bekend was.",
          "**Waarom het werkt:** jongerenwerkers kennen de jongeren al jaren, van het jongerencentrum, de skatebaan of de voetbalkooi. Hun aanbeveling weegt zwaarder dan elke brief.",
          "**Wat we daarop hebben aangepast:**",
          [
            "- de jobcoaches spreken jongeren in het jongerencentrum of in het café op de hoek, niet op het gemeentehuis;",
            "- contact loopt via WhatsApp. Een deelnemer: 'Mijn coach appt me als ik niet kom opdagen. Irritant, maar daardoor ga ik wel.';",
            "- het jongerenwerk schuift maandelijks aan bij het overleg over instroom en uitval.",
          ],
          "**Advies:** begroot uren voor het jongerenwerk in de pilot zelf. Zonder die uren blijft outreach afhankelijk van goede wil, en verdwijnt het bij de eerste drukke periode.",
        ),
      },
      {
        title: "Jeugdwerkloosheid in een kleine gemeente: tel ook wie nergens staat ingeschreven",
        pilotTitle: "Jongeren aan het werk: intensieve coaching en training op maat",
        author: "innovatie@oisterwijk.test",
        kind: "tip",
        domain: "participatie",
        target_group: "Jongeren van 18 tot en met 27 jaar zonder baan, uitkering of opleiding",
        principles: ["data_gedreven", "samenwerking"],
        tags: "jeugdwerkloosheid, cijfers, rmc, doelgroep",
        visibility: "public",
        body: md(
          "Voor de start van Jongeren aan het werk wilden we weten hoe groot de jeugdwerkloosheid in Oisterwijk echt is. De landelijke cijfers gaven een beeld, maar niet voor onze kernen, en ze tellen alleen wie actief een baan zoekt.",
          "**Wat we deden:** we legden drie bronnen naast elkaar: jongeren met een uitkering, de meldingen van voortijdig schoolverlaters bij het RMC, en de jongeren die het jongerenwerk kent. Samen kwamen we op ongeveer tachtig jongeren zonder baan of opleiding, bijna twee keer zoveel als we dachten. Een groot deel stond nergens ingeschreven en kreeg dus ook geen aanbod.",
          "**Wat een andere gemeente hiervan kan leren:**",
          [
            "- vraag het RMC en het jongerenwerk vóór de start om cijfers per kern, niet alleen voor de regio;",
            "- tel ook jongeren zonder uitkering: zij hebben vaak de grootste afstand tot werk;",
            "- herhaal de telling elk halfjaar, want de groep verandert snel.",
          ],
          "Zo richt je de pilot op de jongeren die het nodig hebben, en niet alleen op wie zich al meldt.",
        ),
      },
      {
        title: "Toets vóór de aanschaf met de doelgroep welk kanaal zij gebruikt",
        pilotTitle: "Digitale assistent voor vragen over minimaregelingen",
        author: "innovatie@oisterwijk.test",
        kind: "valkuil",
        domain: "armoede",
        target_group: "Inwoners met een laag inkomen, onder wie ouderen en laaggeletterden",
        principles: ["digitalisering", "burgerparticipatie"],
        tags: "chatbot, digitale kloof, laaggeletterdheid, niet-gebruik",
        visibility: "network",
        body: md(
          "Oisterwijk zette een digitale assistent op de website om vragen over minimaregelingen te beantwoorden en meer rechthebbenden de inkomenstoeslag te laten aanvragen. Na negen maanden zijn we gestopt. De assistent voerde gemiddeld 41 gesprekken per maand, waar we op 300 rekenden.",
          "**Wat er misging:** we kozen eerst het kanaal en zochten daarna de gebruikers. Ouderen en laaggeletterde inwoners, de grootste groep niet-gebruikers, bellen liever of komen langs. In een testsessie in het Digi-taalhuis haakten vijf van de zes deelnemers af bij de eerste vraag. Een van hen zei: 'Hij vroeg steeds of ik mijn vraag anders kon stellen.'",
          "**Wat wij een andere gemeente aanraden:**",
          [
            "- laat de doelgroep zelf, bijvoorbeeld via het Taalhuis of de ouderenbond, een paar kanalen uitproberen vóór de aanbesteding;",
            "- test met laaggeletterde inwoners, niet alleen met collega's;",
            "- begin met één afgebakende regeling, niet met het hele minimabeleid.",
          ],
          "Laaggeletterdheid is een belangrijke oorzaak van niet-gebruik, en een chatbot vraagt juist veel lees- en schrijfvaardigheid. [Stichting Lezen & Schrijven](https://www.lezenenschrijven.nl/) helpt bij het testen met laaggeletterden.",
        ),
      },
      {
        title: "Een assistent zonder dossier kan een regeling vol uitzonderingen niet uitleggen",
        pilotTitle: "Digitale assistent voor vragen over minimaregelingen",
        author: "directie@oisterwijk.test",
        kind: "valkuil",
        domain: "armoede",
        target_group: "Inwoners met een inkomen tot 130 procent van het sociaal minimum",
        principles: ["digitalisering"],
        tags: "chatbot, inkomenstoeslag, juridisch, regelingen",
        visibility: "network",
        body: md(
          "De digitale assistent voor minimaregelingen in Oisterwijk beantwoordde vragen over inkomensgrenzen en bewijsstukken goed. Maar bij de individuele inkomenstoeslag ging het mis: in een steekproef van 60 gesprekken was een op de drie antwoorden onvolledig.",
          "**Waarom:** de inkomenstoeslag kent veel uitzonderingen, bijvoorbeeld bij een wisselend inkomen of een onderbreking van de referteperiode. Een assistent die het dossier niet kent, kan die uitzonderingen niet toepassen. Hij gaf dan een algemeen antwoord dat voor de vrager net niet klopte, met het risico dat iemand ten onrechte denkt geen recht te hebben.",
          "**Wat we deden:** elke antwoordtekst laten controleren door een medewerker Inkomen, onder elk antwoord zetten dat het geen besluit is, en bij twijfel altijd doorverwijzen naar een medewerker. Dat verbeterde de kwaliteit, maar het onderliggende probleem bleef.",
          "**Les:** zet een chatbot alleen in voor vragen met een eenduidig antwoord. Voor regelingen met veel maatwerk is een mens aan de telefoon beter, en uiteindelijk goedkoper. De herschreven antwoorden bleken wel waardevol als kennisbank voor het Klantcontactcentrum.",
        ),
      },
      {
        title: "Mantelzorgers en hulpverleners zoeken de informatie op, niet de inwoner zelf",
        pilotTitle: "Digitale assistent voor vragen over minimaregelingen",
        author: "innovatie@oisterwijk.test",
        kind: "tip",
        domain: "armoede",
        target_group: "Ouderen met een laag inkomen en de mensen die hen helpen",
        principles: ["preventie", "samenwerking"],
        tags: "mantelzorg, hulpverleners, niet-gebruik, informatie",
        visibility: "network",
        body: md(
          "Bij de digitale assistent voor minimaregelingen in Oisterwijk keken we na drie maanden wie de gesprekken voerde. De verrassing: een groot deel van de gebruikers was mantelzorger of hulpverlener en zocht iets op voor een ander. 'Ik zocht het uit voor mijn moeder. Zij had zelf nooit op die website gekeken,' vertelde een mantelzorger.",
          "**Wat dit betekent:** voor ouderen en mensen met weinig digitale vaardigheden loopt informatie over regelingen vaak via een tussenpersoon: een kind dat mantelzorg geeft, de buurtcoach, de thuiszorg of de vrijwilliger van de ouderenbond.",
          "**Wat we ermee doen nu de assistent is gestopt:**",
          [
            "- een korte papieren uitleg over de inkomenstoeslag voor mantelzorgers, verspreid via het steunpunt mantelzorg;",
            "- een jaarlijkse bijeenkomst voor hulpverleners over de minimaregelingen;",
            "- een belactie onder rechthebbenden, uitgevoerd door medewerkers Inkomen.",
          ],
          "**Tip:** richt je communicatie over regelingen ook op de mensen rondom de doelgroep, want daar vind je ze. [MantelzorgNL](https://www.mantelzorg.nl/) kan helpen om mantelzorgers te bereiken.",
        ),
      },
      {
        title: "Regel de grondslag voor gegevensdeling met scholen vóór de warme overdracht",
        pilotTitle: "Schoolverlaters in beeld: warme overdracht van school naar werk",
        author: "directie@oisterwijk.test",
        kind: "randvoorwaarde",
        domain: "onderwijs",
        target_group: "Jongeren van 16 tot 23 jaar die zonder startkwalificatie van school gaan",
        principles: ["preventie", "samenwerking"],
        tags: "privacy, rmc, voortijdig schoolverlaten, jongeren",
        visibility: "private",
        body: md(
          "Voor Schoolverlaters in beeld willen we jongeren die zonder startkwalificatie van school gaan binnen vier weken persoonlijk benaderen. In het eerste overleg met de scholen bleek direct het knelpunt: de zorgcoördinator van de school wil een jongere graag overdragen, maar mag niet zomaar gegevens doorgeven aan de gemeente.",
          "**Wat we tot nu toe weten:**",
          [
            "- de wettelijke melding aan het Regionaal Meld- en Coördinatiepunt is de enige route die zonder toestemming werkt, maar die komt vaak weken te laat;",
            "- voor alles daarbuiten is toestemming nodig van de jongere, en bij minderjarigen ook van de ouders;",
            "- die toestemming vraag je het best al in het gesprek over het verlaten van school, niet achteraf.",
          ],
          "**Voor ons eigen ontwerp:** de leerplichtambtenaar schrijft met een privacyjurist een werkproces uit, met een toestemmingsformulier op B1-niveau. Pas als dat is getoetst, starten we. De overdracht houden we klein: één gesprek van een half uur op school, met de mentor, de jongere en de jongerencoach.",
          "Deze les is nog intern; we delen hem zodra het werkproces is getoetst.",
        ),
      },
      {
        title: "Houd de uitvoering lokaal en organiseer kennis en inkoop in de regio",
        author: "directie@oisterwijk.test",
        kind: "tip",
        domain: "overig",
        target_group: "Kleine en middelgrote gemeenten",
        principles: ["samenwerking"],
        tags: "kleine gemeente, regio, samenwerking, subsidie",
        visibility: "public",
        body: md(
          "Oisterwijk heeft ruim 30.000 inwoners. Voor veel doelgroepen in het sociaal domein betekent dat kleine aantallen: tachtig werkzoekende jongeren, 25 tot 30 voortijdig schoolverlaters per jaar. Te weinig voor een eigen programma, te veel om te laten liggen.",
          "**Wat we in drie pilots leerden:**",
          [
            "- **Doe de uitvoering lokaal.** Jongeren haakten af op regionale trajecten in Tilburg, maar bleven bij een coach in het eigen jongerencentrum.",
            "- **Organiseer kennis en inkoop regionaal.** Subsidieaanvragen (ESF+), privacytoetsen en aanbestedingen zijn zwaar voor een kleine ambtelijke organisatie. Een regionale coördinator in Hart van Brabant hielp ons bij de verantwoording.",
            "- **Leen wat elders werkt.** Een grote stad test met duizenden deelnemers; wij kunnen die aanpak overnemen en lokaal bijstellen, in plaats van het wiel opnieuw uit te vinden.",
          ],
          "**Advies:** neem in het ontwerp al op dat je de pilot kunt openstellen voor buurgemeenten als de instroom achterblijft. En gebruik netwerken als dit en de kennisbank van de [VNG](https://vng.nl/) om te zien wat andere gemeenten al hebben geprobeerd.",
        ),
      },
    ],
    comments: [
      {
        author: "innovatie@oisterwijk.test",
        lessonTitle: "Toets vóór de aanschaf met de doelgroep welk kanaal zij gebruikt",
        body: "Helaas pas ná de aanbesteding; dat is precies onze les. De antwoordteksten mochten we zelf beheren, en dat raden we sterk aan: zo bleven ze na de pilot bruikbaar als kennisbank voor het Klantcontactcentrum. Laat de testsessie door het Taalhuis begeleiden, dan durven deelnemers eerlijker te zijn.",
      },
      {
        author: "innovatie@oisterwijk.test",
        pilotTitle: "Jongeren aan het werk: intensieve coaching en training op maat",
        body: "De baangarantie geldt voor de vacature waarvoor de training is ontworpen; we starten een training pas als de werkgever de plek schriftelijk heeft toegezegd. Valt een vacature toch weg, dan zoekt de accountmanager via het Werkgeversservicepunt een vergelijkbare plek en blijft de jobcoach betrokken. Dat is in een jaar één keer gebeurd.",
      },
      {
        author: "innovatie@oisterwijk.test",
        lessonTitle: "Een ervaringsdeskundige aan de deur opent het gesprek dat een brief niet opent",
        body: "Wij willen deze aanpak overnemen in Oisterwijk. In een gemeente van 33.000 inwoners zijn er maar een paar getrainde ervaringsdeskundigen. Hoeveel heb je er minimaal nodig, en werken jullie met een vaste groep of met een pool?",
      },
      {
        author: "directie@oisterwijk.test",
        lessonTitle: "Een doorbraakbudget werkt pas met een afwegingskader vol voorbeeldcasussen",
        body: "Zouden jullie de voorbeeldcasussen uit het afwegingskader willen delen? Wij denken na over een doorbraakbudget voor de hele gemeente en willen niet vanaf nul beginnen.",
      },
    ],
    adoptions: [
      {
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        by: "innovatie@oisterwijk.test",
        // Oisterwijk's own version: its own target group and zero measurements, carried out and
        // measured; confirming the visits' effect on uptake replicates Zwolle's hypothesis.
        ownVersion: {
          target_group:
            "Huishoudens in Oisterwijk, Moergestel en Heukelom met een betalingsachterstand bij huur, zorgverzekering, energie of drinkwater",
          hypotheses: [
            { baseline: "12", target: "25" },
            { baseline: "9", target: "6" },
            { baseline: "16200", target: "12000" },
          ],
          stage: "uitvoering",
          start_date: "2026-02-02",
          // Public, so that /wat-werkt pools it with Zwolle's and Zuidoost's for every visitor.
          visibility: "public",
          evaluations: [
            {
              date: "2026-07-09",
              kind: "tussentijds",
              observations:
                "In de eerste vijf maanden kwamen 214 meldingen binnen; bij 146 huishoudens ging een consulent binnen vijf werkdagen langs, samen met een ervaringsdeskundige uit Tilburg. 20 procent accepteerde daarna hulp, tegen 12 procent na de brief die we tot 2026 stuurden.",
              what_worked:
                "Het kaartje vooraf in de brievenbus, zoals Zwolle dat doet, en een vaste ervaringsdeskundige voor de drie kernen.",
              what_did_not: "Met één consulent lukt een bezoek binnen vijf werkdagen niet in vakantieweken.",
              participants: "146",
              measurements: [
                { hypothesis: 0, value: "20", sample_size: "146", period: "2026-06" },
                { hypothesis: 2, value: "15800", sample_size: "12", period: "2026-06" },
              ],
              testimonials: [],
              decision: "doorgaan",
              rationale: "De hulpacceptatie stijgt zoals in Zwolle; een tweede consulent inwerken voor de vakantieweken.",
            },
            {
              date: "2026-11-26",
              kind: "tussentijds",
              observations:
                "Na tien maanden zijn 231 huishoudens bezocht en accepteerde 26 procent hulp. Er zijn dit jaar 7 huisuitzettingen aangezegd; dat aantal is te klein om er al iets uit af te leiden.",
              what_worked: "Met twee consulenten halen we de vijf werkdagen nu bij bijna alle meldingen.",
              what_did_not: "De zorgverzekeraar meldt premieachterstanden ook hier pas na vier maanden.",
              participants: "231",
              measurements: [
                { hypothesis: 0, value: "26", sample_size: "231", period: "2026-11" },
                { hypothesis: 1, value: "7", sample_size: "7", period: "2026-11" },
              ],
              testimonials: [],
              decision: "doorgaan",
              rationale:
                "De hulpacceptatie haalt de streefwaarde, net als in Zwolle. Doorgaan en de uitzettingen over een heel jaar meten.",
            },
          ],
          verdicts: [{ hypothesis: 0, verdict: "bevestigd" }],
          effects: [
            {
              actor: "gemeente",
              kind: "kosten",
              year: "2026",
              expected_cents: "65.000",
              realised_cents: "30.000",
              source_note: "Eén consulent en een ervaringsdeskundige",
            },
            {
              actor: "gemeente",
              kind: "baten",
              year: "2026",
              expected_cents: "20.000",
              realised_cents: "",
              source_note: "Minder schuldhulptrajecten",
            },
            {
              actor: "corporatie",
              kind: "baten",
              year: "2026",
              expected_cents: "35.000",
              realised_cents: "",
              source_note: "Minder huurachterstanden, opgave Leystromen",
            },
            {
              actor: "zorgverzekeraar",
              kind: "baten",
              year: "2026",
              expected_cents: "25.000",
              realised_cents: "",
              source_note: "Minder wanbetalers zorgpremie",
            },
          ],
        },
      },
    ],
  },

  // ───────────────────────────────────────────── Zwolle ────────────────────────────────────────────────
  {
    name: "Zwolle",
    cbs_code: "GM0193",
    province: "overijssel",
    inhabitants: 131_930,
    users: [
      { email: "innovatie@zwolle.test", name: "Lotte Hendriksen", role: "innovatiemanager" },
      { email: "directie@zwolle.test", name: "Hans Bosscher", role: "directeur" },
      { email: "collega@zwolle.test", name: "Anouk Timmerman", role: "collega" },
    ],
    pilots: [
      {
        title: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        intervention: "Vroegsignalering: eropaf bij geldzorgen",
        effects: [
          {
            actor: "gemeente",
            kind: "kosten",
            year: "2026",
            expected_cents: "180.000",
            realised_cents: "95.000",
            source_note: "Begroting consulenten en ervaringsdeskundigen",
          },
          {
            actor: "gemeente",
            kind: "baten",
            year: "2026",
            expected_cents: "40.000",
            realised_cents: "18.000",
            source_note: "Minder schuldhulptrajecten, MKBA Schuldhulpverlening (Panteia)",
          },
          {
            actor: "zorgverzekeraar",
            kind: "baten",
            year: "2026",
            expected_cents: "90.000",
            realised_cents: "41.000",
            source_note: "Minder wanbetalers zorgpremie, opgave Zilveren Kruis",
          },
          {
            actor: "corporatie",
            kind: "baten",
            year: "2026",
            expected_cents: "110.000",
            realised_cents: "52.000",
            source_note: "Minder huisuitzettingen en incassokosten, opgave SWZ",
          },
        ],
        indicatorKeys: [
          { hypothesis: 0, key: "vroegsignalering-bereik" },
          { hypothesis: 1, key: "huisuitzettingen" },
          { hypothesis: 2, key: "problematische-schulden" },
        ],
        summary:
          "Zwolle krijgt meldingen van betalingsachterstanden bij huur, zorgverzekering, energie en drinkwater. In deze pilot sturen we niet langer eerst een brief, maar gaat een hulpverlener binnen vijf werkdagen langs, samen met een ervaringsdeskundige.",
        problem:
          "Zwolle ontvangt elk jaar ruim 4.000 meldingen van betalingsachterstanden. Tot 2025 kreeg ieder huishouden eerst een brief met een hulpaanbod; slechts 9 procent reageerde. Huishoudens die niet reageren, komen vaak pas jaren later in beeld, met hogere schulden, een dreigende huisuitzetting of een afgesloten energieaansluiting. Juist de groepen met de grootste achterstanden, zoals alleenstaande ouders en mensen met een wisselend inkomen uit flexwerk, reageerden het minst op een brief.",
        target_group: "Huishoudens in Zwolle met een betalingsachterstand bij huur, zorgverzekering, energie of drinkwater",
        theory_of_change:
          "Huishoudens met een betalingsachterstand reageren niet op een brief uit schaamte, stress of wantrouwen, niet uit onwil. Een bezoek aan de deur, binnen vijf werkdagen en samen met iemand die zelf schulden heeft gehad, doorbreekt dat: het gesprek komt op gang en de hulp wordt aanvaard terwijl de achterstand nog klein is. Vroege hulp voorkomt hogere schulden en huisuitzettingen. De aanpak steunt op onderzoek naar schaarste en naar de rol van ervaringsdeskundigen.",
        domain: "armoede",
        principles: ["preventie", "data_gedreven", "burgerparticipatie", "samenwerking"],
        stage: "evaluatie",
        visibility: "public",
        start_date: "2025-04-01",
        end_date: "2026-09-30",
        tags: "vroegsignalering, betalingsachterstanden, preventie, huisbezoek, ervaringsdeskundigen",
        partners: [
          { name: "Woningcorporaties in Zwolle", role: "Melden huurachterstanden na één maand in plaats van na drie" },
          { name: "Zorgverzekeraar", role: "Meldt premieachterstanden" },
          { name: "Energie- en drinkwaterleveranciers", role: "Melden achterstanden via het landelijke meldsysteem" },
          { name: "Humanitas", role: "Ervaringsdeskundigen gaan mee op huisbezoek; vrijwilligers bieden thuisadministratie" },
          { name: "Belastingdienst/Toeslagen", role: "Snelle check op gemiste of terug te vorderen toeslagen" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij binnen vijf werkdagen op huisbezoek gaan voor huishoudens met een gemelde betalingsachterstand, dan verwachten wij dat meer huishoudens hulp accepteren dan na een brief.",
            indicator: "Gemelde huishoudens die hulp accepteren",
            unit: "%",
            direction: "omhoog",
            baseline: "9",
            target: "25",
            measure_by: "2026-09-30",
          },
          {
            statement:
              "Als wij vroeg langsgaan voor huishoudens met een huurachterstand, dan verwachten wij dat er minder huisuitzettingen worden aangezegd.",
            indicator: "Aangezegde huisuitzettingen wegens huurachterstand per jaar",
            unit: "uitzettingen",
            direction: "omlaag",
            baseline: "62",
            target: "45",
            measure_by: "2026-09-30",
          },
          {
            statement:
              "Als wij huisbezoeken afleggen voor huishoudens met een eerste betalingsachterstand, dan verwachten wij dat zij bij de start van schuldhulp een lagere schuld hebben.",
            indicator: "Mediane schuld bij aanmelding voor schuldhulp",
            unit: "euro",
            direction: "omlaag",
            baseline: "18500",
            target: "12000",
            measure_by: "2026-09-30",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2025", planned_cents: "210.000", spent_cents: "203.640", reporting_deadline: "" },
          { source: "gemeente", year: "2026", planned_cents: "240.000", spent_cents: "176.910,35", reporting_deadline: "" },
          { source: "rijk", year: "2025", planned_cents: "75.000", spent_cents: "75.000", reporting_deadline: "2026-04-01" },
          { source: "fondsen_donaties", year: "2026", planned_cents: "30.000", spent_cents: "22.500", reporting_deadline: "2026-12-31" },
        ],
        risks: [
          {
            title: "Een onaangekondigd huisbezoek voelt als inbreuk op de privacy",
            category: "privacy",
            likelihood: "3",
            impact: "4",
            mitigation:
              "Anonimiseren en transparant zijn over datagebruik: vooraf een kaartje in de brievenbus, aan de deur uitleggen welke melding er is en van wie, en gegevens niet langer bewaren dan de wettelijke termijn.",
            owner: "Privacy officer Sociaal Domein",
            status: "beheerst",
          },
          {
            title: "Te weinig hulpverleners om binnen vijf werkdagen langs te gaan",
            category: "uitvoering",
            likelihood: "4",
            impact: "3",
            mitigation:
              "Meldingen prioriteren op hoogte en soort achterstand; ervaringsdeskundigen en vrijwilligers van Humanitas doen de eerste bezoeken samen met een hulpverlener.",
            owner: "Teamleider Schuldhulpverlening",
            status: "opgetreden",
          },
          {
            title: "Meer hulpacceptatie leidt op lange termijn niet tot minder schulden",
            category: "beperkte_resultaten",
            likelihood: "2",
            impact: "3",
            mitigation:
              "Regelmatige evaluatie en bijsturing: een groep van 200 huishoudens volgen tot 18 maanden na het bezoek en de aanpak bijstellen op wat blijkt.",
            owner: "Lotte Hendriksen",
            status: "open",
          },
        ],
        evaluations: [
          {
            date: "2025-10-16",
            kind: "tussentijds",
            observations:
              "In het eerste half jaar kwamen 2.106 meldingen binnen. Bij 1.240 huishoudens is een hulpverlener langs geweest, meestal samen met een ervaringsdeskundige van Humanitas; 19 procent accepteerde daarna hulp. Bij de overige meldingen lukte een bezoek binnen vijf werkdagen niet; die 866 huishoudens kregen de brief, en daarvan accepteerde 9 procent hulp. De 31 huishoudens die zich na een bezoek aanmeldden voor schuldhulp hadden een mediane schuld van € 17.200.",
            what_worked:
              "Een ervaringsdeskundige aan de deur opent gesprekken die met een brief nooit op gang komen. Het kaartje dat vooraf in de brievenbus valt, voorkomt schrik.",
            what_did_not:
              "Met de huidige bezetting halen we de vijf werkdagen maar bij 59 procent van de meldingen. Huishoudens die overdag werken, treffen we zelden thuis.",
            participants: "1240",
            measurements: [
              { hypothesis: 0, value: "19", sample_size: "1240", period: "2025-09", comparison_value: "9", comparison_sample_size: "866" },
              { hypothesis: 1, value: "58", sample_size: "58", period: "2025-09" },
              { hypothesis: 2, value: "17200", sample_size: "31", period: "2025-09" },
            ],
            testimonials: [
              {
                quote:
                  "Ik had alle brieven in een la gestopt. Toen er iemand aan de deur stond die zelf schulden had gehad, durfde ik die la open te trekken.",
                label: "bewoner Holtenbroek, 33 jaar",
                consent: true,
              },
            ],
            decision: "bijstellen",
            rationale:
              "Meldingen prioriteren op hoogte en soort achterstand, en ook huisbezoeken aan het begin van de avond plannen voor werkende huishoudens.",
          },
          {
            date: "2026-04-16",
            kind: "tussentijds",
            observations:
              "Met avondbezoeken en prioritering halen we de vijf werkdagen nu bij 81 procent van de meldingen. 24 procent van de bezochte huishoudens accepteert hulp. Over de laatste twaalf maanden zijn 51 huisuitzettingen aangezegd. Huishoudens die zich na een bezoek aanmelden voor schuldhulp, hebben een mediane schuld van € 15.900.",
            what_worked:
              "De avondbezoeken: een op de drie huishoudens die we overdag niet troffen, sprak ons 's avonds wel. De snelle toeslagencheck leverde bij 14 procent van de huishoudens een gemiste toeslag op.",
            what_did_not:
              "De zorgverzekeraar meldt premieachterstanden pas na vier maanden, zodat we bij die huishoudens laat komen. Humanitas heeft te weinig vrijwilligers voor het aantal bezoeken.",
            participants: "2380",
            measurements: [
              { hypothesis: 0, value: "24", sample_size: "2380", period: "2026-03" },
              { hypothesis: 1, value: "51", sample_size: "51", period: "2026-03" },
              { hypothesis: 2, value: "15900", sample_size: "86", period: "2026-03" },
            ],
            testimonials: [],
            decision: "doorgaan",
            rationale:
              "De aanpak werkt en wordt beter. Met de zorgverzekeraar afspreken dat achterstanden eerder worden gemeld, en samen met Humanitas nieuwe vrijwilligers werven.",
          },
          {
            date: "2026-10-20",
            kind: "eind",
            observations:
              "Over achttien maanden kwamen 6.320 meldingen binnen en legden hulpverleners 4.105 huisbezoeken af. In het laatste half jaar accepteerde 27 procent van de bezochte huishoudens hulp, drie keer zoveel als na een brief: van de 388 huishoudens die alleen de brief kregen, accepteerde 9 procent. Over de laatste twaalf maanden zijn 47 huisuitzettingen aangezegd. De mediane schuld bij aanmelding voor schuldhulp is gedaald naar € 14.800.",
            what_worked:
              "Een hulpverlener en een ervaringsdeskundige samen aan de deur, binnen vijf werkdagen en ook 's avonds. De woningcorporaties melden al na één maand achterstand, zodat we er vroeg bij zijn.",
            what_did_not:
              "Huisuitzettingen en schuldhoogte dalen, maar halen de streefwaarde niet binnen de looptijd. De bezetting blijft krap: in drukke maanden zakt het aandeel bezoeken binnen vijf werkdagen onder de 75 procent.",
            participants: "4105",
            measurements: [
              { hypothesis: 0, value: "27", sample_size: "1725", period: "2026-09", comparison_value: "9", comparison_sample_size: "388" },
              { hypothesis: 1, value: "47", sample_size: "47", period: "2026-09" },
              { hypothesis: 2, value: "14800", sample_size: "112", period: "2026-09" },
            ],
            testimonials: [
              {
                quote: "Het verschil met een brief? Een brief kun je niet aankijken.",
                label: "ervaringsdeskundige Humanitas",
                consent: true,
              },
              {
                quote:
                  "Ze kwamen om zeven uur 's avonds, net toen ik thuis was van mijn werk. Binnen een week had ik een regeling met de zorgverzekeraar.",
                label: "bewoner Zwolle-Zuid, 46 jaar, zzp'er",
                consent: true,
              },
            ],
            decision: "opschalen",
            rationale:
              "De hulpacceptatie is verdrievoudigd en ligt boven de streefwaarde. Voorstel: vanaf 2027 bij alle meldingen in Zwolle op huisbezoek gaan, met twee extra hulpverleners en een vaste vergoeding voor de ervaringsdeskundigen.",
          },
        ],
        verdicts: [{ hypothesis: 0, verdict: "bevestigd" }],
      },
      {
        title: "Langer thuis met zorgtechnologie: Wmo-proeftuin Holtenbroek",
        summary:
          "Ouderen in Holtenbroek die een Wmo-melding doen, krijgen eerst bezoek van een buurtcoach die met hen uitzoekt welke eenvoudige technologie (medicijndispenser, valdetectie, beeldbellen) en welke hulp uit de buurt passen. Pas daarna volgt, als dat nodig is, een maatwerkvoorziening.",
        problem:
          "Het aantal Wmo-meldingen voor ondersteuning thuis stijgt in Zwolle elk jaar met zes à zeven procent, terwijl er steeds minder thuiszorgmedewerkers beschikbaar zijn. Veel ouderen weten niet welke hulpmiddelen er zijn, of durven technologie niet te gebruiken. Consulenten hebben te weinig tijd om samen met de inwoner uit te proberen wat werkt, waardoor snel een maatwerkvoorziening wordt toegekend. Die is duurder en door de krapte ook niet altijd op tijd te leveren.",
        target_group: "Thuiswonende inwoners van 75 jaar en ouder in Holtenbroek die een Wmo-melding doen voor ondersteuning thuis",
        domain: "wmo",
        principles: ["digitalisering", "maatwerk", "preventie", "burgerparticipatie"],
        stage: "ontwerp",
        visibility: "network",
        start_date: "2027-01-01",
        end_date: "2027-12-31",
        tags: "ouderen, wmo, zorgtechnologie, langer thuis, buurtcoach",
        partners: [
          { name: "Wijkteam Holtenbroek", role: "Levert de buurtcoach en stemt af met de wijkverpleging" },
          { name: "Thuiszorgorganisatie", role: "Installeert hulpmiddelen en geeft ondersteuning op afstand" },
          { name: "Zorgverzekeraar", role: "Cofinanciering van valpreventie" },
          { name: "Bibliotheek Zwolle", role: "Cursussen beeldbellen en tablet voor ouderen" },
        ],
        hypotheses: [
          {
            statement:
              "Als wij eerst een huisbezoek met zorgtechnologie en hulp uit de buurt aanbieden voor ouderen die een Wmo-melding doen, dan verwachten wij dat minder meldingen leiden tot een maatwerkvoorziening.",
            indicator: "Wmo-meldingen die leiden tot een maatwerkvoorziening",
            unit: "%",
            direction: "omlaag",
            baseline: "72,5",
            target: "60",
            measure_by: "2027-12-31",
          },
          {
            statement:
              "Als wij samen met ouderen technologie uitproberen voor hun ondersteuning thuis, dan verwachten wij dat zij zich na zes maanden even zelfredzaam of zelfredzamer voelen.",
            indicator: "Gemiddelde score op de zelfredzaamheidsmatrix na 6 maanden",
            unit: "score (1–5)",
            direction: "omhoog",
            baseline: "3,6",
            target: "3,8",
            measure_by: "2027-12-31",
          },
        ],
        budget_lines: [
          { source: "gemeente", year: "2026", planned_cents: "15.000", spent_cents: "9.870", reporting_deadline: "" },
          { source: "gemeente", year: "2027", planned_cents: "160.000", spent_cents: "", reporting_deadline: "" },
          { source: "zorgverzekeraar", year: "2027", planned_cents: "40.000", spent_cents: "", reporting_deadline: "2028-03-01" },
        ],
        risks: [
          {
            title: "Ouderen durven of kunnen de technologie niet gebruiken",
            category: "digitale_kloof",
            likelihood: "4",
            impact: "3",
            mitigation:
              "Training en ondersteuning: de buurtcoach installeert samen met de oudere, de bibliotheek geeft cursussen en mantelzorgers krijgen een korte instructie. Technologie is altijd een aanbod, nooit een voorwaarde.",
            owner: "Lotte Hendriksen",
            status: "open",
          },
          {
            title: "Eerst technologie proberen botst met het recht op een maatwerkvoorziening",
            category: "juridisch",
            likelihood: "2",
            impact: "4",
            mitigation:
              "De technologie blijft een aanbod in het gesprek; de inwoner houdt recht op een onderzoek en een beschikking. Juristen toetsen de werkwijze aan de Wmo-jurisprudentie.",
            owner: "Juridisch adviseur Wmo",
            status: "open",
          },
        ],
      },
    ],
    lessons: [
      {
        title: "Een ervaringsdeskundige aan de deur opent het gesprek dat een brief niet opent",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        author: "innovatie@zwolle.test",
        kind: "werkzaam_element",
        domain: "armoede",
        target_group: "Huishoudens met een gemelde betalingsachterstand",
        principles: ["burgerparticipatie", "preventie"],
        tags: "ervaringsdeskundigen, vroegsignalering, huisbezoek, schulden",
        visibility: "public",
        body: md(
          "Zwolle (ruim 130.000 inwoners) krijgt elk jaar meer dan 4.000 meldingen van betalingsachterstanden bij huur, zorgverzekering, energie en drinkwater. Tot 2025 stuurden we eerst een brief met een hulpaanbod; slechts 9 procent reageerde. In de pilot gaat een hulpverlener binnen vijf werkdagen langs, samen met een ervaringsdeskundige van Humanitas.",
          "**Het resultaat:** in het laatste halfjaar accepteerde 27 procent van de bezochte huishoudens hulp, drie keer zoveel als na een brief.",
          "**Waarom het werkt:** de ervaringsdeskundige heeft zelf schulden gehad en kan dat zeggen. Schaamte is de grootste drempel, en iemand die hetzelfde heeft meegemaakt haalt die weg. Een bewoner vertelde: 'Toen er iemand aan de deur stond die zelf schulden had gehad, durfde ik die la met brieven open te trekken.'",
          "**Wat je moet regelen:**",
          [
            "- een training voor ervaringsdeskundigen in gespreksvoering en grenzen stellen;",
            "- een vaste vergoeding, niet alleen een bedankje: het is echt werk;",
            "- nabespreking na elk bezoek, want verhalen van anderen kunnen oude pijn raken.",
          ],
          "Meer over de inzet van ervaringsdeskundigheid staat bij [Movisie](https://www.movisie.nl/).",
        ),
      },
      {
        title: "Plan huisbezoeken ook aan het begin van de avond",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        author: "innovatie@zwolle.test",
        kind: "tip",
        domain: "armoede",
        target_group: "Werkende huishoudens en flexwerkers met een betalingsachterstand",
        principles: ["preventie", "maatwerk"],
        tags: "huisbezoek, werkenden, vroegsignalering, flexwerk",
        visibility: "public",
        body: md(
          "Bij de huisbezoeken na een melding van een betalingsachterstand in Zwolle troffen we in het eerste halfjaar vooral mensen die overdag thuis zijn. Juist huishoudens met een wisselend inkomen uit flexwerk en alleenstaande werkende ouders, groepen met grote achterstanden, bleven buiten beeld.",
          "**De aanpassing:** we plannen nu ook bezoeken tussen half zes en acht uur 's avonds. Een op de drie huishoudens die we overdag niet troffen, sprak ons 's avonds wel. Een zzp'er vertelde: 'Ze kwamen om zeven uur 's avonds, net toen ik thuis was van mijn werk. Binnen een week had ik een regeling met de zorgverzekeraar.'",
          "**Wat dit vraagt van de organisatie:**",
          [
            "- roosters met avonddiensten, en een vergoeding die daarbij past;",
            "- altijd met z'n tweeën op pad, ook voor de veiligheid van medewerkers;",
            "- een kaartje vooraf in de brievenbus, zodat niemand schrikt van een onbekende die 's avonds aanbelt.",
          ],
          "**Tip:** kijk in je eigen meldingen naar wie je níet bereikt, en pas de tijden daarop aan. Een aanpak die alleen overdag werkt, mist de werkende armen.",
        ),
      },
      {
        title: "Maatschappelijke organisaties melden eerder als ze horen wat er met hun melding gebeurt",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        author: "innovatie@zwolle.test",
        kind: "werkzaam_element",
        domain: "schuldhulp",
        target_group: "Huishoudens die bekend zijn bij kerken, voedselbank of buurthuis",
        principles: ["samenwerking", "preventie"],
        tags: "signalering, vrijwilligersorganisaties, terugkoppeling",
        visibility: "network",
        body: md(
          "Naast de woningcorporaties en de zorgverzekeraar zien ook maatschappelijke organisaties in Zwolle als eersten dat het misgaat: de voedselbank, kerken, het buurthuis en vrijwilligersorganisaties als Humanitas. In het eerste jaar meldden zij bijna niemand bij ons.",
          "**Waarom niet:** vrijwilligers wisten niet wat er na een melding gebeurt, en waren bang het vertrouwen van een bewoner te beschamen. Eén organisatie had een keer gemeld en daarna nooit meer iets gehoord.",
          "**Wat we veranderden:**",
          [
            "- elke organisatie heeft een vaste contactpersoon bij het team vroegsignalering;",
            "- een melding gaat altijd met toestemming van de bewoner, die ook zelf kan meebellen;",
            "- binnen twee weken hoort de melder of het contact gelukt is, zonder details over de schulden.",
          ],
          "**Het resultaat:** in het tweede halfjaar kwamen er 64 meldingen via maatschappelijke organisaties binnen, tegen 5 in het eerste. Die huishoudens hadden gemiddeld een lagere schuld dan na een melding van een schuldeiser.",
        ),
      },
      {
        title: "Spreek vroege meldtermijnen af met corporaties en zorgverzekeraar",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        author: "directie@zwolle.test",
        kind: "randvoorwaarde",
        domain: "schuldhulp",
        target_group: "Huishoudens met een beginnende betalingsachterstand",
        principles: ["samenwerking", "data_gedreven", "preventie"],
        tags: "vroegsignalering, meldtermijn, woningcorporatie, zorgverzekeraar",
        visibility: "public",
        body: md(
          "Vroegsignalering werkt alleen als het signaal vroeg binnenkomt. In Zwolle melden de woningcorporaties een huurachterstand nu na één maand, in plaats van na drie. Daardoor staan we bij de voordeur als de achterstand nog een paar honderd euro is, en niet een paar duizend.",
          "Bij de zorgverzekeraar liep dat anders. Die meldde premieachterstanden pas na vier maanden, waardoor we bij die huishoudens steeds te laat kwamen. Pas na de tussentijdse evaluatie is afgesproken dat ook de verzekeraar eerder meldt.",
          "**Wat werkte in de afspraken met melders:**",
          [
            "- per partner een vaste contactpersoon en één overleg per kwartaal;",
            "- terugkoppelen wat er met meldingen gebeurt, in aantallen en niet per huishouden;",
            "- laten zien wat het de partner oplevert: minder ontruimingen en minder oninbare vorderingen.",
          ],
          "**Voor andere gemeenten:** de Wet gemeentelijke schuldhulpverlening geeft de basis voor vroegsignalering, maar hoe snel partners melden is onderdeel van je afspraken. Maak daar bij de start harde afspraken over. De mediane schuld bij aanmelding daalde bij ons van € 18.500 naar € 14.800. Zie ook de [NVVK](https://www.nvvk.nl/).",
        ),
      },
      {
        title: "Een snelle toeslagencheck levert bij een op de zeven huishoudens geld op",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        author: "innovatie@zwolle.test",
        kind: "werkzaam_element",
        domain: "armoede",
        target_group: "Huishoudens met een gemelde betalingsachterstand",
        principles: ["integrale_aanpak", "preventie"],
        tags: "toeslagen, vroegsignalering, bestaanszekerheid, schulden",
        visibility: "network",
        body: md(
          "Tijdens de huisbezoeken na een melding van een betalingsachterstand in Zwolle doen hulpverleners sinds het voorjaar van 2026 standaard een toeslagencheck, met een korte lijn naar de Belastingdienst/Toeslagen. Zo zien we snel of een huishouden toeslagen mist, of dat er een terugvordering dreigt.",
          "**Het resultaat:** bij 14 procent van de bezochte huishoudens, ongeveer een op de zeven, kwam een gemiste toeslag aan het licht. Het ging vaak om huurtoeslag of zorgtoeslag na een verandering in inkomen of gezinssamenstelling.",
          "**Waarom het werkt:** het eerste gesprek levert direct iets op. Dat maakt het makkelijker om daarna over de schulden te praten, en het vertrouwen in de gemeente groeit.",
          "**Wat een andere gemeente nodig heeft:**",
          [
            "- een vaste contactpersoon bij Toeslagen;",
            "- een eenvoudige checklist voor de hulpverlener: inkomen, huur, gezin;",
            "- toestemming van het huishouden om gegevens op te vragen.",
          ],
          "Let ook op de keerzijde: een dreigende terugvordering moet snel worden opgepakt, zodat je een nieuwe schuld voorkomt in plaats van veroorzaakt.",
        ),
      },
      {
        title: "Reken de bezetting door voordat je een huisbezoek binnen vijf werkdagen belooft",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        author: "directie@zwolle.test",
        kind: "valkuil",
        domain: "schuldhulp",
        target_group: "Teams schuldhulpverlening en hun vrijwilligers",
        principles: ["preventie"],
        tags: "capaciteit, doorlooptijd, vrijwilligers, huisbezoek",
        visibility: "network",
        body: md(
          "In de pilot Vroegsignalering betalingsachterstanden beloofden we elk gemeld huishouden in Zwolle binnen vijf werkdagen een huisbezoek. In het eerste halfjaar haalden we dat maar bij 59 procent van de meldingen. We hadden gerekend met het gemiddelde aantal meldingen, maar die komen in golven: na de jaarwisseling, na de zomer en na elke ronde energierekeningen.",
          "**Het gevolg:** achterstanden liepen op terwijl de melding bleef liggen, en het risico 'te weinig hulpverleners' staat in de evaluatie als opgetreden.",
          "**Wat hielp:**",
          [
            "- meldingen prioriteren op hoogte en soort achterstand: huur en energie eerst;",
            "- ervaringsdeskundigen en vrijwilligers van Humanitas die samen met een hulpverlener de eerste bezoeken doen;",
            "- avondbezoeken, zodat een bezoek minder vaak voor niets is.",
          ],
          "Daarmee kwamen we op 81 procent, maar in drukke maanden zakt het nog onder de 75.",
          "**Advies:** bereken de capaciteit op de piekmaanden, niet op het gemiddelde. En werf vrijwilligers tijdig en samen met je partners: ook Humanitas kwam halverwege mensen tekort.",
        ),
      },
      {
        title: "Zorgtechnologie is een aanbod, nooit een voorwaarde voor een maatwerkvoorziening",
        pilotTitle: "Langer thuis met zorgtechnologie: Wmo-proeftuin Holtenbroek",
        author: "innovatie@zwolle.test",
        kind: "randvoorwaarde",
        domain: "wmo",
        target_group: "Thuiswonende ouderen van 75 jaar en ouder met een Wmo-melding",
        principles: ["maatwerk", "digitalisering"],
        tags: "wmo, zorgtechnologie, maatwerkvoorziening, juridisch",
        visibility: "network",
        body: md(
          "In de Wmo-proeftuin Holtenbroek krijgen ouderen die een Wmo-melding doen eerst bezoek van een buurtcoach, die met hen uitzoekt welke eenvoudige technologie en welke hulp uit de buurt passen. Pas daarna volgt zo nodig een maatwerkvoorziening.",
          "In de ontwerpfase wezen onze juristen op een risico: als 'eerst technologie proberen' een voorwaarde wordt, botst dat met het recht van de inwoner op een zorgvuldig onderzoek en een beschikking.",
          "**Wat we daarom hebben vastgelegd:**",
          [
            "- technologie is een aanbod in het gesprek, nooit een verplichting;",
            "- de inwoner houdt altijd recht op het onderzoek en een beschikking, ook als hij de technologie niet wil;",
            "- het gespreksverslag vermeldt dat de inwoner dit weet.",
          ],
          "**Waarom dit ook inhoudelijk beter is:** ouderen die zich onder druk gezet voelen, gaan de technologie niet gebruiken. Een medicijndispenser die in de kast staat, helpt niemand.",
          "**Voor andere gemeenten:** laat de werkwijze vóór de start toetsen door een jurist Wmo, en train consulenten en buurtcoaches in het voeren van een open gesprek. De [VNG](https://vng.nl/) heeft informatie over het Wmo-onderzoek.",
        ),
      },
      {
        title: "Betrek mantelzorgers bij de installatie van zorgtechnologie",
        pilotTitle: "Langer thuis met zorgtechnologie: Wmo-proeftuin Holtenbroek",
        author: "innovatie@zwolle.test",
        kind: "tip",
        domain: "wmo",
        target_group: "Ouderen die zorgtechnologie gaan gebruiken en hun mantelzorgers",
        principles: ["burgerparticipatie", "digitalisering"],
        tags: "mantelzorg, zorgtechnologie, digitale kloof, ouderen",
        visibility: "network",
        body: md(
          "Voor de Wmo-proeftuin Holtenbroek in Zwolle spraken we in de ontwerpfase met ouderen van 75 jaar en ouder en met de wijkverpleging. De grootste zorg: ouderen durven of kunnen de technologie niet gebruiken. Een valdetector of beeldbelscherm dat na een week uit staat, levert niets op.",
          "Wat we ook hoorden: bij bijna elke oudere is er een mantelzorger die de technologie mee gaat beheren, de batterij vervangt of het wachtwoord onthoudt. Als die mantelzorger niet weet hoe het werkt, valt het apparaat stil bij de eerste storing.",
          "**Wat we daarom in het ontwerp hebben opgenomen:**",
          [
            "- de buurtcoach installeert samen met de oudere, en nodigt de mantelzorger uit voor dat moment;",
            "- mantelzorgers krijgen een korte instructie en één telefoonnummer voor storingen;",
            "- de bibliotheek geeft cursussen beeldbellen en tablet, waar ouderen en mantelzorgers samen naartoe kunnen.",
          ],
          "**Tip:** vraag in het eerste gesprek niet alleen 'wat heeft u nodig?', maar ook 'wie helpt u nu al?'. Zo verklein je de digitale kloof, en houd je rekening met wat de mantelzorger aankan.",
        ),
      },
      {
        title: "Loop een week mee met Wmo-consulenten voordat je een werkproces ontwerpt",
        pilotTitle: "Langer thuis met zorgtechnologie: Wmo-proeftuin Holtenbroek",
        author: "directie@zwolle.test",
        kind: "tip",
        domain: "wmo",
        target_group: "Projectteams die een nieuw Wmo-werkproces ontwerpen",
        principles: ["maatwerk"],
        tags: "wmo, ontwerp, consulenten",
        visibility: "private",
        body: md(
          "Voor de Wmo-proeftuin Holtenbroek hadden we een werkproces op papier: melding, bezoek van de buurtcoach, technologie uitproberen, en pas daarna zo nodig een maatwerkvoorziening. Voordat we dat aan het wijkteam voorlegden, liep het projectteam een week mee met drie Wmo-consulenten.",
          "**Wat we zagen:** een consulent heeft ongeveer een uur per keukentafelgesprek, inclusief verslag. Er is geen tijd om iets uit te proberen, dus een maatwerkvoorziening aanvragen is de snelste weg. Ons ontwerp ging ervan uit dat consulenten de buurtcoach zelf zouden inschakelen, maar in de praktijk gebeurt dat niet als er geen vast moment voor is.",
          "**Wat we hebben aangepast:** de buurtcoach krijgt elke melding automatisch, vóór het gesprek met de consulent, en plant zelf het eerste bezoek.",
          "**Voor ons eigen team:** begin elk ontwerp met meelopen in de uitvoering. Een week meelopen kost minder dan een half jaar bijsturen. Deze les delen we met het netwerk zodra de pilot loopt en we weten of het werkproces standhoudt.",
        ),
      },
      {
        title: "Schrijf brieven over betalingsachterstanden op B1-niveau en test ze met laaggeletterden",
        author: "innovatie@zwolle.test",
        kind: "tip",
        domain: "armoede",
        target_group: "Inwoners met geldzorgen die moeite hebben met lezen",
        principles: ["burgerparticipatie"],
        tags: "laaggeletterdheid, brieven, taalniveau, communicatie",
        visibility: "public",
        body: md(
          "Voordat Zwolle overstapte op huisbezoeken, kreeg elk huishouden met een betalingsachterstand eerst een brief met een hulpaanbod. Slechts 9 procent reageerde. Toen we de brief lieten lezen door deelnemers van een taalcafé in de bibliotheek, werd duidelijk waarom: drie alinea's juridische taal, een verwijzing naar een wetsartikel en geen telefoonnummer bovenaan.",
          "Volgens Stichting Lezen & Schrijven vinden zo'n 2,5 miljoen volwassenen in Nederland lezen en schrijven moeilijk. Laaggeletterdheid komt vaker voor bij mensen met geldzorgen, en juist zij krijgen de meeste post.",
          "**Wat we nu doen met alle brieven en kaartjes:**",
          [
            "- schrijven op B1-niveau, met de belangrijkste boodschap in de eerste zin;",
            "- één naam en één telefoonnummer, groot bovenaan;",
            "- elke nieuwe tekst testen met twee of drie laaggeletterde inwoners;",
            "- geen termen als 'beslag' of 'verrekening' zonder uitleg.",
          ],
          "**Tip:** een brief vervangt geen gesprek, maar een slechte brief maakt het gesprek moeilijker. [Stichting Lezen & Schrijven](https://www.lezenenschrijven.nl/) heeft hulpmiddelen voor begrijpelijke teksten.",
        ),
      },
    ],
    comments: [
      {
        author: "innovatie@zwolle.test",
        pilotTitle: "Vroegsignalering betalingsachterstanden: van brief naar voordeur",
        body: "De ervaringsdeskundigen zijn vrijwilligers van Humanitas en krijgen een vrijwilligersvergoeding per bezoek, plus een training van vier dagdelen. Ze tellen niet mee in onze formatie, maar we rekenen wel op ze in de planning. Vanaf 2027 stellen we een vaste vergoeding voor, omdat het eigenlijk werk is en we er te afhankelijk van zijn geworden.",
      },
      {
        author: "directie@zwolle.test",
        lessonTitle: "Spreek vroege meldtermijnen af met corporaties en zorgverzekeraar",
        body: "Door de corporaties te laten zien wat een ontruiming hen kost, en door af te spreken dat wij het eerste bezoek altijd aankondigen met een kaartje. Een corporatie begon met één wijk als proef; na drie maanden wilden de andere twee ook. Huurders krijgen in de eerste aanmaning te lezen dat de gemeente kan langskomen.",
      },
      {
        author: "innovatie@zwolle.test",
        lessonTitle: "Een ervaringsdeskundige aan de deur opent het gesprek dat een brief niet opent",
        body: "Leuk dat jullie het willen overnemen! Wij werken met een pool van twaalf ervaringsdeskundigen voor zo'n 4.000 meldingen per jaar. Voor Oisterwijk zou ik met drie of vier beginnen, zodat niemand er alleen voor staat. Vraag bij Humanitas of de regionale schuldhulporganisatie wie er al getraind is; ik stuur jullie graag ons trainingsprogramma.",
      },
      {
        author: "directie@zwolle.test",
        lessonTitle: "Maak de praktijkondersteuner de vaste verwijzer naar het geldzorgenspreekuur",
        body: "Wij willen het spreekuur proberen in twee gezondheidscentra in Zwolle-Zuid. Hebben jullie de uren van de praktijkondersteuner ggz vergoed, of deden de praktijken dit binnen hun bestaande tijd?",
      },
    ],
  },
];
