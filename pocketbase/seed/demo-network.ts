import type { DemoMunicipality } from "./demo-types.ts";

/**
 * The demo learning network: four municipalities, their accounts and their pilots, written as a
 * person would type them into the pilot form ("500.000", "72,5", "2026-03-01"). The seed parses
 * every pilot with PilotFormSchema (tests/unit/demo-network.test.ts checks that it does).
 *
 * Decimals (baseline, target) are written without a thousands separator: "43000", not "43.000",
 * because the decimal parser reads a point as a decimal point.
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
        evidence_level: "eerste_aanwijzingen",
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
      },
      {
        title: "Doorbraakbudget voor de wijkteams in Delfshaven",
        summary:
          "Professionals in de wijkteams van Delfshaven kunnen tot € 2.500 per huishouden direct inzetten om een vastgelopen situatie te doorbreken: een huurachterstand aflossen, een kapotte koelkast vervangen of reiskosten voor een werktraject voorschieten. Achteraf leggen ze vast wat de uitgave heeft opgeleverd.",
        problem:
          "Wijkteammedewerkers zien dagelijks situaties waarin een klein bedrag grote problemen kan voorkomen. Toch duurt het weken voordat bijzondere bijstand of een andere voorziening is toegekend, omdat de regels niet passen of een aanvraag vastloopt tussen loketten. Intussen loopt een huurachterstand op tot een dreigende ontruiming, of haakt iemand af bij een werktraject omdat de reiskosten niet te betalen zijn. Het gevolg zijn duurdere interventies later en een groeiend wantrouwen van bewoners in de gemeente.",
        target_group: "Huishoudens in Delfshaven die bekend zijn bij het wijkteam en vastlopen op regels of wachttijden",
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
          { name: "Humanitas", role: "Vrijwilligers Thuisadministratie helpen huishoudens na de doorbraak hun administratie op orde te houden" },
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
            mitigation:
              "Maandelijkse uitputtingsrapportage, een plafond per huishouden en tijdig een aanvullende aanvraag bij het fonds.",
            owner: "Financieel adviseur sociaal domein",
            status: "beheerst",
          },
        ],
      },
      {
        title: "Buurtdashboard voor wijkteams in Charlois",
        summary:
          "Samen met twee wijkteams in Charlois ontwerpen we een dashboard dat per buurt laat zien waar signalen van problemen zich opstapelen, zoals huurachterstanden, schoolverzuim en Wmo-gebruik. Zo kunnen teams hun inzet richten op buurten waar weinig hulp wordt gevraagd maar veel speelt. Het dashboard toont alleen buurtcijfers, nooit personen.",
        problem:
          "Wijkteams verdelen hun tijd nu vooral op basis van binnenkomende aanmeldingen. Buurten waar bewoners minder snel hulp vragen, krijgen daardoor minder aandacht, terwijl de problemen daar vaak groter zijn. Cijfers over armoede, schulden, jeugdhulp en Wmo-gebruik staan verspreid over vijf systemen en komen eens per jaar samen in een rapport dat te laat verschijnt om er de inzet mee bij te sturen.",
        target_group:
          "Wijkteams en wijkmanagers in Charlois; indirect bewoners van buurten met weinig hulpvragen maar veel signalen",
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
  },

  // ───────────────────────────────────────────── Amsterdam ─────────────────────────────────────────────
  {
    name: "Amsterdam",
    cbs_code: "GM0363",
    province: "noord_holland",
    inhabitants: 931_298,
    users: [
      { email: "innovatie@amsterdam.test", name: "Femke de Graaf", role: "innovatiemanager" },
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
        evidence_level: "goed_onderbouwd",
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
        target_group:
          "Jongeren van 18 tot en met 27 jaar in Oisterwijk, Moergestel en Heukelom zonder werk of startkwalificatie",
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
            mitigation:
              "De overdracht beperken tot één gesprek van een half uur op school, ingepland door de jongerencoach.",
            owner: "Marieke Verhoeven",
            status: "open",
          },
        ],
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
        summary:
          "Zwolle krijgt meldingen van betalingsachterstanden bij huur, zorgverzekering, energie en drinkwater. In deze pilot sturen we niet langer eerst een brief, maar gaat een hulpverlener binnen vijf werkdagen langs, samen met een ervaringsdeskundige.",
        problem:
          "Zwolle ontvangt elk jaar ruim 4.000 meldingen van betalingsachterstanden. Tot 2025 kreeg ieder huishouden eerst een brief met een hulpaanbod; slechts 9 procent reageerde. Huishoudens die niet reageren, komen vaak pas jaren later in beeld, met hogere schulden, een dreigende huisuitzetting of een afgesloten energieaansluiting. Juist de groepen met de grootste achterstanden, zoals alleenstaande ouders en mensen met een wisselend inkomen uit flexwerk, reageerden het minst op een brief.",
        target_group:
          "Huishoudens in Zwolle met een betalingsachterstand bij huur, zorgverzekering, energie of drinkwater",
        domain: "armoede",
        principles: ["preventie", "data_gedreven", "burgerparticipatie", "samenwerking"],
        stage: "evaluatie",
        visibility: "public",
        evidence_level: "goed_beschreven",
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
  },
];
