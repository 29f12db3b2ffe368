// PocketBase's mail settings come from the environment the launcher starts it with, so one place
// (the launcher's SMTP_* variables, or the dev mailbox) decides where mail goes. Settings that are
// not in the environment are left as they are: an outside PocketBase keeps what its admin set.

/** The PROEFTUIN_* variables that are set, read through `getenv` (name → string). */
function mailEnvironment(getenv) {
  const value = (name) => String(getenv(name) || "").trim();
  return {
    host: value("PROEFTUIN_SMTP_HOST"),
    port: value("PROEFTUIN_SMTP_PORT"),
    user: value("PROEFTUIN_SMTP_USER"),
    password: value("PROEFTUIN_SMTP_PASSWORD"),
    tls: value("PROEFTUIN_SMTP_TLS"),
    from: value("PROEFTUIN_MAIL_FROM"),
    siteUrl: value("PROEFTUIN_SITE_URL"),
  };
}

/** Applies the environment to `settings` (smtp + meta); returns whether anything was set. */
function applyMailEnvironment(settings, env) {
  let changed = false;
  if (env.host) {
    const port = Number.parseInt(env.port, 10);
    settings.smtp.enabled = true;
    settings.smtp.host = env.host;
    settings.smtp.port = Number.isInteger(port) && port > 0 ? port : 587;
    settings.smtp.username = env.user;
    settings.smtp.password = env.password;
    // "tls" is implicit TLS (smtps, usually port 465); without it PocketBase still upgrades with
    // STARTTLS when the server offers it.
    settings.smtp.tls = env.tls === "true";
    changed = true;
  }
  if (env.from) {
    settings.meta.senderAddress = env.from;
    settings.meta.senderName = "Proeftuin";
    changed = true;
  }
  if (env.siteUrl) {
    settings.meta.appURL = env.siteUrl.replace(/\/+$/, "");
    changed = true;
  }
  return changed;
}

module.exports = { applyMailEnvironment, mailEnvironment };
