// PocketBase's own mails (templates: pb_migrations/1764152910_mail_templates.js) learn the
// municipality's name here, and a reset mail for an account that was never verified is an
// invitation: a directeur made the account, and choosing a password is how the invitee accepts.
const { escapeHtml, mailBody } = require(`${__hooks}/lib/mail-layout.js`);

const FOOTER = "Proeftuin, het lerend netwerk van gemeenten";
const ROLE_LABELS = { innovatiemanager: "innovatiemanager", directeur: "directeur", collega: "collega" };

function municipalityName(app, record) {
  const id = record.getString("municipality");
  if (!id) return "";
  try {
    return app.findRecordById("municipalities", id).getString("name");
  } catch (_) {
    return "";
  }
}

/** Seconds → Dutch words ("30 minuten", "7 dagen"). */
function duration(seconds) {
  if (seconds >= 2 * 86400) return `${Math.floor(seconds / 86400)} dagen`;
  if (seconds >= 2 * 3600) return `${Math.floor(seconds / 3600)} uur`;
  return `${Math.max(1, Math.floor(seconds / 60))} minuten`;
}

/** Puts the municipality's name in the footer of a mail made from a template. */
function addMunicipality(app, e) {
  const name = municipalityName(app, e.record);
  if (!name) return;
  e.message.html = e.message.html.replace(FOOTER, `${FOOTER} — ${escapeHtml(name)}`);
  if (e.message.text) e.message.text = e.message.text.replace(FOOTER, `${FOOTER} — ${name}`);
}

/** Rewrites a password-reset mail as an invitation; e.meta.token is the reset token. */
function inviteInstead(app, e) {
  const municipality = municipalityName(app, e.record);
  const role = ROLE_LABELS[e.record.getString("role")] || "medewerker";
  const name = e.record.getString("name");
  const valid = duration(e.record.collection().passwordResetToken.duration);
  const body = mailBody(app, {
    greeting: name ? `Beste ${name},` : "Goedendag,",
    paragraphs: [
      `U bent uitgenodigd voor Proeftuin, het lerend netwerk van gemeenten, als ${role}${municipality ? ` van ${municipality}` : ""}.`,
      `Kies via de link hieronder een wachtwoord; daarmee neemt u de uitnodiging aan. De link werkt één keer en is ${valid} geldig. Is hij verlopen, vraag dan uw directeur om een nieuwe uitnodiging.`,
      "Verwachtte u deze uitnodiging niet? Dan kunt u deze mail negeren.",
    ],
    link: { path: `/uitnodiging?token=${encodeURIComponent(String(e.meta.token || ""))}`, label: "Uitnodiging aannemen" },
    municipality,
  });
  e.message.subject = municipality ? `Uitnodiging voor Proeftuin van ${municipality}` : "Uitnodiging voor Proeftuin";
  e.message.html = body.html;
  e.message.text = body.text;
}

module.exports = { addMunicipality, inviteInstead };
