// The two pilot notifications of the portfolio's attention rules (src/domain/portfolio/attention.ts):
// a pilot that waits for the directeur's decision (stage Evaluatie, no decision, an end evaluation
// in) tells the owning municipality's directeuren once per end evaluation; a running pilot whose
// last evaluation (or start) is more than EVALUATION_INTERVAL_DAYS ago tells its innovatiemanagers
// and directeuren once per overdue period, i.e. once per date it is overdue since.

const EVALUATION_INTERVAL_DAYS = 183; // = attention.ts EVALUATION_INTERVAL_DAYS
const PILOTS_PER_RUN = 500; // a backlog beyond this waits for the next day's run

function dutchDate(stored) {
  const [year, month, day] = String(stored).slice(0, 10).split("-");
  return `${Number(day)}-${Number(month)}-${year}`;
}

function recipients(app, municipality, roles) {
  return app.findRecordsByFilter(
    "users",
    `municipality = {:municipality} && deactivated = false && (${roles.map((role) => `role = '${role}'`).join(" || ")})`,
    "created",
    200,
    0,
    { municipality },
  );
}

/** Tells the directeuren when `pilotId` has come to wait for their decision; nothing when it told before. */
function notifyIfDecisionNeeded(app, pilotId) {
  const { claimOccasion, notify } = require(`${__hooks}/lib/notify.js`);
  const pilot = app.findRecordById("pilots", pilotId);
  if (pilot.getString("stage") !== "evaluatie" || pilot.getString("decision") !== "") return 0;
  const end = new DynamicModel({ id: "", date: "" });
  try {
    app
      .db()
      .newQuery("SELECT id, date FROM evaluations WHERE pilot = {:pilot} AND kind = 'eind' ORDER BY date DESC, created DESC LIMIT 1")
      .bind({ pilot: pilot.id })
      .one(end);
  } catch (_) {
    return 0; // no end evaluation yet
  }
  if (!claimOccasion(app, "besluit_nodig", pilot.id, end.id)) return 0;
  const title = `"${pilot.getString("title")}"`;
  let told = 0;
  for (const user of recipients(app, pilot.getString("municipality"), ["directeur"])) {
    const done = notify(app, user, {
      kind: "besluit_nodig",
      title: `Besluit nodig over ${title}`,
      pilot: pilot.id,
      about: pilot,
      mail: {
        subject: `Besluit nodig over ${title}`,
        paragraphs: [`De eindevaluatie van de pilot ${title} van ${dutchDate(end.date)} ligt klaar. De pilot wacht op uw besluit.`],
        link: { path: `/pilots/${pilot.id}/besluit`, label: "Besluit vastleggen in Proeftuin" },
      },
    });
    if (done.site || done.email) told++;
  }
  return told;
}

/** The daily job: every running pilot newly overdue for an evaluation, up to PILOTS_PER_RUN. */
function notifyOverdueEvaluations(app, today) {
  const { claimOccasion, notify } = require(`${__hooks}/lib/notify.js`);
  const rows = arrayOf(new DynamicModel({ id: "", since: "", evaluated: 0 }));
  app
    .db()
    .newQuery(
      "SELECT id, since, evaluated FROM (SELECT p.id AS id, p.created AS created, " +
        "(SELECT MAX(substr(v.date, 1, 10)) FROM evaluations v WHERE v.pilot = p.id) IS NOT NULL AS evaluated, " +
        "COALESCE((SELECT MAX(substr(v.date, 1, 10)) FROM evaluations v WHERE v.pilot = p.id), substr(p.start_date, 1, 10)) AS since " +
        "FROM pilots p WHERE p.stage IN ('uitvoering', 'evaluatie')) " +
        "WHERE since != '' AND julianday({:today}) - julianday(since) > {:days} " +
        "AND NOT EXISTS (SELECT 1 FROM notifications_sent s WHERE s.kind = 'evaluatie_te_laat' AND s.key = id AND s.occasion = since) " +
        "ORDER BY created LIMIT {:limit}",
    )
    .bind({ today, days: EVALUATION_INTERVAL_DAYS, limit: PILOTS_PER_RUN })
    .all(rows);
  let told = 0;
  for (const row of rows) {
    if (!claimOccasion(app, "evaluatie_te_laat", row.id, row.since)) continue;
    const pilot = app.findRecordById("pilots", row.id);
    const title = `"${pilot.getString("title")}"`;
    const why =
      row.evaluated > 0
        ? `De laatste evaluatie van de pilot ${title} was op ${dutchDate(row.since)}.`
        : `De pilot ${title} is op ${dutchDate(row.since)} gestart en heeft nog geen evaluatie.`;
    for (const user of recipients(app, pilot.getString("municipality"), ["innovatiemanager", "directeur"])) {
      const done = notify(app, user, {
        kind: "evaluatie_te_laat",
        title: `Evaluatie te laat: ${title}`,
        pilot: pilot.id,
        about: pilot,
        mail: {
          subject: `Evaluatie te laat: ${title}`,
          paragraphs: [why, "Een lopende pilot wordt elk half jaar geëvalueerd."],
          link: { path: `/pilots/${pilot.id}`, label: "Naar de pilot in Proeftuin" },
        },
      });
      if (done.site || done.email) told++;
    }
  }
  return { pilots: rows.length, told };
}

/** After a save of a pilot or its evaluation: notifyIfDecisionNeeded, logged and never at the save's expense. */
function notifyDecisionAfterSave(app, pilotId, savedId) {
  try {
    notifyIfDecisionNeeded(app, pilotId);
  } catch (error) {
    app.logger().warn("Kon niet melden dat een besluit nodig is", "pilot", pilotId, "record", savedId, "error", String(error));
  }
}

module.exports = {
  notifyDecisionAfterSave,
  notifyIfDecisionNeeded,
  notifyOverdueEvaluations,
};
