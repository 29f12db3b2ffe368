/// <reference path="../pb_data/types.d.ts" />
// An evaluation is saved in one batch with its attachments: up to 5 files of 10 MB each, plus the
// form. The batch body limit has to hold that, or PocketBase answers 413 to a valid evaluation.
migrate(
  (app) => {
    const settings = app.settings();
    settings.batch.maxBodySize = 60 * 1024 * 1024;
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.batch.maxBodySize = 4 * 1024 * 1024;
    app.save(settings);
  },
);
