// Size classes of Dutch municipalities by inhabitants, as the VNG groups them roughly.
// The labels live in src/domain/options.ts (sizeClasses).
function sizeClass(inhabitants) {
  if (inhabitants < 20000) return "klein";
  if (inhabitants < 50000) return "middelgroot";
  if (inhabitants < 100000) return "groot";
  return "zeer_groot";
}

module.exports = { sizeClass };
