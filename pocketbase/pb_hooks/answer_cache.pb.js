/// <reference path="../pb_data/types.d.ts" />
// Cached answers (pb_hooks/lib/answer-cache.js) are dropped after every committed change to a
// collection they are read from. Model hooks, so changes by hooks and superusers count too.
for (const hook of [onRecordAfterCreateSuccess, onRecordAfterUpdateSuccess, onRecordAfterDeleteSuccess]) {
  hook(
    (e) => {
      require(`${__hooks}/lib/answer-cache.js`).invalidate(e.app.store(), e.record.collection().name);
      e.next();
    },
    ...require(`${__hooks}/lib/answer-cache.js`).COLLECTIONS,
  );
}
