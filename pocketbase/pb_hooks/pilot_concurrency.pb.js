/// <reference path="../pb_data/types.d.ts" />
// Two people editing the same pilot from copies they opened earlier: an update that says which
// version it was based on (expected_updated, the pilot's "updated" when the form opened) is refused
// when the pilot changed since, instead of silently overwriting the other person's work. Inside a
// batch this runs in the same transaction as the save, so there is no window between check and write.
onRecordUpdateRequest((e) => {
  const body = e.requestInfo().body;
  const expected = body?.expected_updated;
  if (expected) {
    const stored = e.record.original().getDateTime("updated").string();
    if (String(expected) !== stored) {
      throw new BadRequestError("Deze pilot is intussen door iemand anders gewijzigd.", {
        expected_updated: new ValidationError("validation_conflict", "Deze pilot is intussen door iemand anders gewijzigd."),
      });
    }
  }
  e.next();
}, "pilots");
