#!/usr/bin/env node
// `node scripts/check-schema.mjs`: migrations vs schema.prisma (see scripts/lib/schema-check.mjs).
import { withServer } from "./lib/embedded-db.mjs";
import { checkSchema } from "./lib/schema-check.mjs";

const problems = await withServer((url) => checkSchema(url));
if (problems.length) {
  console.error("Les migrations ne donnent pas le schéma décrit par prisma/schema.prisma :");
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log("Schéma vérifié : les migrations donnent exactement prisma/schema.prisma.");
