/// <reference path="../pb_data/types.d.ts" />
// Every saved lesson gets its search text (stems of title, body, target group and tags) for the
// full-text index, and its tags are checked, however it is written.
onRecordValidate((e) => {
  const { searchText } = require(`${__hooks}/lib/search-text.js`);
  const tags = JSON.parse(e.record.getString("tags") || "[]");
  const tagsOk =
    tags === null ||
    (Array.isArray(tags) && tags.length <= 20 && tags.every((t) => typeof t === "string" && t.length > 0 && t.length <= 40));
  if (!tagsOk) {
    throw new BadRequestError("De les is niet opgeslagen: controleer de trefwoorden.", {
      tags: new ValidationError("validation_invariant", "Trefwoorden: een lijst van hoogstens 20 woorden van hoogstens 40 tekens."),
    });
  }
  e.record.set(
    "search_text",
    searchText([e.record.getString("title"), e.record.getString("body"), e.record.getString("target_group"), tags || []]),
  );
  e.next();
}, "lessons");
