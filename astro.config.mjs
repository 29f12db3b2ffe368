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
  security: { checkOrigin: true, actionBodySizeLimit: 55 * 1024 * 1024 },
  server: { host: process.env.HOST ?? "localhost", port: Number(process.env.PORT ?? 4321) },
});
