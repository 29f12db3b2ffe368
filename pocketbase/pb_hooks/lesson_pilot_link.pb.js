/// <reference path="../pb_data/types.d.ts" />
// A lesson's `pilot` is the pilot's id, and a public lesson may come from a private pilot. Whoever
// may not see the pilot gets "" instead, in every answer that carries the lesson (list, view,
// expand, realtime), as if it came from no pilot. The lessons' rules (migration 1764152000) keep
// filters and sorts on the field from telling it; they read the pilot's visibility and
// municipality from hidden copies on the lesson, set here on every save (a trigger there follows
// changes of the pilot).
onRecordEnrich((e) => {
  const pilotId = e.record.getString("pilot");
  if (pilotId !== "") {
    let readable = false;
    if (e.requestInfo) {
      try {
        const pilot = e.app.findRecordById("pilots", pilotId);
        readable = e.app.canAccessRecord(pilot, e.requestInfo, pilot.collection().viewRule);
      } catch (_) {
        // A pilot that cannot be found is not readable.
      }
    }
    if (!readable) e.record.set("pilot", "");
  }
  e.next();
}, "lessons");

for (const hook of [onRecordCreate, onRecordUpdate]) {
  hook((e) => {
    let pilot = null;
    try {
      if (e.record.getString("pilot") !== "") pilot = e.app.findRecordById("pilots", e.record.getString("pilot"));
    } catch (_) {
      // An unknown pilot: validation refuses the relation.
    }
    e.record.set("pilot_visibility", pilot ? pilot.getString("visibility") : "");
    e.record.set("pilot_municipality", pilot ? pilot.getString("municipality") : "");
    e.next();
  }, "lessons");
}
