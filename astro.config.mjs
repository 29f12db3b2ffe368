// @ts-check
import { defineConfig } from "astro/config";
import node from "@astrojs/node";
import react from "@astrojs/react";

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  // Astro's default origin check stays on: state-changing form posts from other sites are refused.
  // An evaluation may carry 5 attachments of 10 MB (the limits PocketBase enforces too).
  security: {
    checkOrigin: true,
    actionBodySizeLimit: 55 * 1024 * 1024,
    // Scripts only by hash or from this site, never inline ones an attacker could inject. Styles may be
    // inline: the component library and the charts set style attributes.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  server: { host: process.env.HOST ?? "localhost", port: Number(process.env.PORT ?? 4321) },
});
