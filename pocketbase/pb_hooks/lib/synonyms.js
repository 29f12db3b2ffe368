// The synonym groups a beheerder keeps in content/zoeken/synoniemen.txt (its header explains the
// format), read once per JavaScript VM: search-text.js widens a query with them.

const FILE = "content/zoeken/synoniemen.txt";

/**
 * Groups of members; a member is the list of index words it stands for (one word, or several for a
 * phrase). `toWords` is search-text.js's reduction, so a group meets the query and the index alike.
 */
function parseSynonyms(text, toWords) {
  const groups = [];
  for (const line of String(text).split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const members = line
      .split("~")
      .map(toWords)
      .filter((words) => words.length > 0);
    if (members.length > 1) groups.push(members);
  }
  return groups;
}

/** The file's text; without the file the search still works, without synonyms, and says so in the log. */
function readSynonymFile() {
  const path = `${__hooks}/../../${FILE}`;
  // PocketBase has $os; the Node tests read the same file through node:fs.
  if (typeof $os === "undefined") return require("node:fs").readFileSync(path, "utf8");
  try {
    return toString($os.readFile(path));
  } catch (error) {
    $app.logger().warn("Zoeken zonder synoniemen: het bestand is niet te lezen", "file", FILE, "error", String(error));
    return "";
  }
}

module.exports = { parseSynonyms, readSynonymFile, SYNONYM_FILE: FILE };
