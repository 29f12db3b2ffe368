/// <reference path="../pb_data/types.d.ts" />
// Dutch texts for the mails PocketBase sends itself. Their links go to the site's own pages (the
// site's address is settings.meta.appURL, from SITE_URL), not to PocketBase. pb_hooks/auth_mails.pb.js
// adds the municipality's name and turns a reset mail for an unverified account into an invitation.
const FOOTER = "Proeftuin, het lerend netwerk van gemeenten";

// PocketBase puts a template's body inside its own HTML page, so a body is paragraphs only.
function layout(paragraphs, link) {
  return (
    "<p>Goedendag,</p>" +
    paragraphs.map((p) => `<p>${p}</p>`).join("") +
    (link ? `<p><a href="${link.href}">${link.label}</a></p>` : "") +
    `<p style="color:#555">${FOOTER}</p>`
  );
}

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId("users");
    users.resetPasswordTemplate.subject = "Nieuw wachtwoord kiezen voor Proeftuin";
    users.resetPasswordTemplate.body = layout(
      [
        "Iemand vroeg om een nieuw wachtwoord voor uw Proeftuin-account. Kies via de link hieronder een nieuw wachtwoord; de link werkt één keer.",
        "Vroeg u dit niet? Dan kunt u deze mail negeren: uw wachtwoord blijft hetzelfde.",
      ],
      { href: "{APP_URL}/wachtwoord-herstellen?token={TOKEN}", label: "Nieuw wachtwoord kiezen" },
    );
    users.verificationTemplate.subject = "Bevestig uw e-mailadres voor Proeftuin";
    users.verificationTemplate.body = layout(["Bevestig via de link hieronder dat dit e-mailadres bij uw Proeftuin-account hoort."], {
      href: "{APP_URL}/email-bevestigen?token={TOKEN}",
      label: "E-mailadres bevestigen",
    });
    users.confirmEmailChangeTemplate.subject = "Bevestig uw nieuwe e-mailadres voor Proeftuin";
    users.confirmEmailChangeTemplate.body = layout(
      [
        "U wilt dit e-mailadres voortaan voor uw Proeftuin-account gebruiken. Bevestig dat via de link hieronder; tot dan blijft uw oude adres gelden.",
        "Vroeg u dit niet? Dan kunt u deze mail negeren.",
      ],
      { href: "{APP_URL}/email-bevestigen?token={TOKEN}", label: "Nieuw e-mailadres bevestigen" },
    );
    users.otp.emailTemplate.subject = "Uw inlogcode voor Proeftuin";
    users.otp.emailTemplate.body = layout([
      'Uw inlogcode is: <strong style="font-size:1.3em;letter-spacing:.1em">{OTP}</strong>',
      "De code is 10 minuten geldig en werkt één keer. Vroeg u geen code aan? Dan kunt u deze mail negeren; zonder de code kan niemand inloggen.",
    ]);
    users.authAlert.emailTemplate.subject = "Nieuwe inlog op uw Proeftuin-account";
    users.authAlert.emailTemplate.body = layout(
      [
        "Er is ingelogd op uw Proeftuin-account vanaf een apparaat of locatie die we nog niet kenden: {ALERT_INFO}.",
        "Was u dat zelf? Dan hoeft u niets te doen. Zo niet, kies dan meteen een nieuw wachtwoord.",
      ],
      { href: "{APP_URL}/wachtwoord-vergeten", label: "Nieuw wachtwoord kiezen" },
    );
    app.save(users);
  },
  () => {
    // PocketBase's English defaults are not kept here; the Dutch texts stay until replaced.
  },
);
