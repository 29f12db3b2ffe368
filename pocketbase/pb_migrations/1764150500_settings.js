/// <reference path="../pb_data/types.d.ts" />
// The batch API lets the app save a pilot with all its rows in one transaction. Every sub-request
// of a batch runs through the same collection API rules as a single request.
migrate(
  (app) => {
    const settings = app.settings();
    settings.meta.appName = "Proeftuin";
    settings.batch.enabled = true;
    settings.batch.maxRequests = 200;
    settings.batch.timeout = 10;
    settings.batch.maxBodySize = 4 * 1024 * 1024;
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.batch.enabled = false;
    app.save(settings);
  },
);
