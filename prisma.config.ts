// Prisma CLI configuration. The classic (Rust) schema engine cannot be downloaded on our
// machines, so the CLI runs Prisma's WebAssembly schema engine through the pg driver adapter.
// See docs/decisions/0001-prisma-6-js-engine.md.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

// Always run the CLI through scripts/prisma.mjs: Prisma 6 refuses even `generate` when
// DATABASE_URL is unset, so the wrapper supplies a placeholder for commands that never connect.
const connectionString = process.env.DATABASE_URL ?? "";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaPg({ connectionString }),
});
