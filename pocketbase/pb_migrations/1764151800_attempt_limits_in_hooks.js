/// <reference path="../pb_data/types.d.ts" />
// Sign-in attempts are limited per visitor by pb_hooks/attempt_limits.pb.js from now on. PocketBase's
// own limiter believed X-Forwarded-For from any caller and had to leave this machine's address
// alone, which a visitor behind a proxy on the same host has too: nothing was limited through the
// site. Nothing in PocketBase believes that header any more; the hook does, from the site only.
migrate(
  (app) => {
    const settings = app.settings();
    settings.trustedProxy.headers = [];
    settings.rateLimits.enabled = false;
    settings.rateLimits.rules = [];
    settings.rateLimits.excludedIPs = [];
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.trustedProxy.headers = ["X-Forwarded-For"];
    settings.trustedProxy.useLeftmostIP = false;
    settings.rateLimits.enabled = true;
    settings.rateLimits.excludedIPs = ["127.0.0.1", "::1", "::ffff:127.0.0.1"];
    settings.rateLimits.rules = [{ label: "users:authWithPassword", maxRequests: 5, duration: 60, audience: "" }];
    app.save(settings);
  },
);
