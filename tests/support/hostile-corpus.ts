/**
 * Bad values a form or API must refuse or store inertly: oversized and control-character text,
 * broken UTF-16, markup and script, javascript: links, extreme numbers, wrong types, malformed
 * dates, and fragments of PocketBase's filter syntax.
 */
export const hostileStrings: readonly string[] = [
  "x".repeat(100_001),
  "\u0000\u0001\u0007\u001b[31mrood\u001b[0m",
  "\ud800 kapotte surrogaat \udfff",
  "<script>alert('xss')</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(document.cookie)",
  "[klik](javascript:alert(1))",
  '") || visibility != "',
  "' OR 1=1 --",
  "%' || 1=1 || '",
  "title ~ '' || id != ''",
  "@request.auth.id",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as hostile text, not as a template.
  "{{7*7}} ${7*7}",
  "../../../../etc/passwd",
  "‮gnp.exe",
  "😀".repeat(500),
];

export const hostileNumbers: readonly unknown[] = [-1, -1e308, 1e308, Number.MAX_SAFE_INTEGER + 2, 1.5, "12abc", "NaN", null, true, [], {}];

export const hostileDates: readonly unknown[] = [
  "2026-13-45",
  "31-12-2026",
  "morgen",
  "2026-02-30",
  "9999-99-99T99:99",
  12345,
  "",
  "0000-00-00",
];
