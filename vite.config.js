// Vite earns its place here for one reason: CodeMirror 6 ships as npm ES
// modules with bare imports. Relative base so dist/ works from any sub-path.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    target: "es2022",
    assetsInlineLimit: 0,
    rollupOptions: {
      // The page, and embed.js for <maprace-playground> at a stable address.
      input: { main: "index.html", embed: "www/embed.js" },
      output: { entryFileNames: (chunk) => (chunk.name === "embed" ? "embed.js" : "assets/[name]-[hash].js") },
    },
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
