/// <reference path="../pb_data/types.d.ts" />
// The cached answers (pb_hooks/lib/answer-cache.js) depend on lessons, pilots and municipalities:
// any committed change to these drops them. Model hooks, so changes by hooks and superusers count too.
for (const hook of [onRecordAfterCreateSuccess, onRecordAfterUpdateSuccess, onRecordAfterDeleteSuccess]) {
  hook(
    (e) => {
      require(`${__hooks}/lib/answer-cache.js`).invalidate(e.app.store());
      e.next();
    },
    "lessons", "pilots", "municipalities",
  );
}
