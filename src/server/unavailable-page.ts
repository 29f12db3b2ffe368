/**
 * What a visitor sees while PocketBase cannot be reached: a plain, self-contained page with status
 * 503 that asks to try again shortly. Plain HTML, because the layout itself may need data; system
 * colours, because the theme's stylesheet is served through the same unreachable session check.
 */
export function unavailablePage(): Response {
  const html = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tijdelijk niet beschikbaar – Proeftuin</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:CanvasText;line-height:1.5}</style>
</head>
<body><main>
<h1>Proeftuin is tijdelijk niet beschikbaar</h1>
<p>De gegevensopslag is op dit moment niet bereikbaar. Er gaat niets verloren: probeer het over een minuut opnieuw.</p>
<p><a href="">Opnieuw proberen</a></p>
</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}
