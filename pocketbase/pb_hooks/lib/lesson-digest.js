// The weekly digest (kind nieuwe_les): each user who follows domains (users.follows) hears once a
// week of the lessons other municipalities published in those domains in the past seven days, as
// far as the user may read them: one notification and/or one mail, as they chose (default: mail).
// A user's week is claimed in notifications_sent, so a run that stops at USERS_PER_RUN is simply
// continued by the next run on the same Monday (notification_jobs.pb.js runs it every 15 minutes).

const USERS_PER_RUN = 500;
const LESSONS_PER_DIGEST = 50;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The Monday (UTC) of the week `now` falls in: one digest per user per such week. */
function weekOf(now) {
  const day = (now.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(now.getTime() - day * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const stored = (date) => date.toISOString().replace("T", " ");

function readableLessons(app, user, since) {
  const { mayRead } = require(`${__hooks}/lib/notify.js`);
  const rows = arrayOf(new DynamicModel({ id: "" }));
  // Private lessons never leave their municipality; the view rule below is the final word.
  app
    .db()
    .newQuery(
      "SELECT l.id AS id FROM lessons l WHERE l.created >= {:since} AND l.municipality != {:own} AND l.visibility != 'private' " +
        "AND l.domain IN (SELECT value FROM json_each((SELECT follows FROM users WHERE id = {:user}))) " +
        "ORDER BY l.created DESC LIMIT {:limit}",
    )
    .bind({ since, own: user.getString("municipality"), user: user.id, limit: LESSONS_PER_DIGEST })
    .all(rows);
  if (rows.length === 0) return [];
  const lessons = app.findRecordsByIds(
    "lessons",
    rows.map((row) => row.id),
  );
  const order = rows.map((row) => row.id);
  return lessons.filter((lesson) => mayRead(app, user, lesson)).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

function sendDigest(app, user, lessons, names) {
  const { notify } = require(`${__hooks}/lib/notify.js`);
  const { siteUrl } = require(`${__hooks}/lib/mail-layout.js`);
  const nameOf = (id) => {
    if (!names.has(id)) {
      try {
        names.set(id, app.findRecordById("municipalities", id).getString("name"));
      } catch (_) {
        names.set(id, "");
      }
    }
    return names.get(id);
  };
  const lines = lessons.map((lesson) => {
    const by = nameOf(lesson.getString("municipality"));
    return `• ${lesson.getString("title")}${by ? ` (${by})` : ""}: ${siteUrl(app)}/lessen/${lesson.id}`;
  });
  const title = lessons.length === 1 ? "1 nieuwe les in een domein dat u volgt" : `${lessons.length} nieuwe lessen in domeinen die u volgt`;
  return notify(app, user, {
    kind: "nieuwe_les",
    title,
    // One lesson: the notification leads to it; several: to the list of lessons.
    lesson: lessons.length === 1 ? lessons[0].id : "",
    mail: {
      subject: `Proeftuin: ${title}`,
      paragraphs: ["Andere gemeenten publiceerden de afgelopen week deze lessen in domeinen die u volgt:", lines.join("\n")],
      link: { path: "/lessen", label: "Alle lessen in Proeftuin" },
    },
  });
}

/** One run of the weekly job: up to USERS_PER_RUN followers who have not had this week's digest. */
function sendLessonDigests(app, now) {
  const { channelFor, claimOccasion } = require(`${__hooks}/lib/notify.js`);
  const week = weekOf(now);
  const since = stored(new Date(now.getTime() - WEEK_MS));
  const rows = arrayOf(new DynamicModel({ id: "" }));
  app
    .db()
    .newQuery(
      "SELECT u.id AS id FROM users u WHERE u.follows NOT IN ('', '[]') AND u.deactivated = FALSE " +
        "AND NOT EXISTS (SELECT 1 FROM notifications_sent s WHERE s.kind = 'nieuwe_les' AND s.key = u.id AND s.occasion = {:week}) " +
        "ORDER BY u.id LIMIT {:limit}",
    )
    .bind({ week, limit: USERS_PER_RUN })
    .all(rows);
  const names = new Map();
  let told = 0;
  for (const row of rows) {
    if (!claimOccasion(app, "nieuwe_les", row.id, week)) continue;
    try {
      const user = app.findRecordById("users", row.id);
      if (channelFor("nieuwe_les", user.getString("notify_nieuwe_les")) === "none") continue;
      const lessons = readableLessons(app, user, since);
      if (lessons.length === 0) continue;
      const done = sendDigest(app, user, lessons, names);
      if (done.site || done.email) told++;
    } catch (error) {
      app.logger().warn("Kon het weekoverzicht van nieuwe lessen niet maken", "user", row.id, "error", String(error));
    }
  }
  return { users: rows.length, told };
}

module.exports = { sendLessonDigests, weekOf };
