// Vite earns its place here for one reason: CodeMirror 6 ships as npm ES
// modules with bare imports. Relative base so dist/ works from any sub-path.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: { outDir: "dist", target: "es2022", assetsInlineLimit: 0 },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
