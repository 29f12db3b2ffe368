/// <reference path="../pb_data/types.d.ts" />
// Keeps municipalities.size_class in step with inhabitants, however the record is saved.
onRecordValidate((e) => {
  const { sizeClass } = require(`${__hooks}/lib/size-class.js`);
  e.record.set("size_class", sizeClass(e.record.getInt("inhabitants")));
  e.next();
}, "municipalities");
