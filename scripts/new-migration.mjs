#!/usr/bin/env node
// Creates prisma/migrations/<timestamp>_<name>/ from the change to prisma/schema.prisma.
// `prisma migrate dev` needs the classic engine (not downloadable here), so the migration is the
// diff between prisma/migrations/schema.snapshot.prisma (the schema as the migrations leave it)
// and the current schema; the snapshot is then overwritten. One snapshot, not a copy per migration.
// Usage: npm run db:migration -- add_usagers
import fs from "node:fs";
import path from "node:path";
import { ROOT, capturePrisma } from "./lib/prisma-cli.mjs";
import { withServer } from "./lib/embedded-db.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage : npm run db:migration -- nom_en_snake_case");
  process.exit(1);
}
const migrationsDir = path.join(ROOT, "prisma", "migrations");
const schemaPath = path.join(ROOT, "prisma", "schema.prisma");
fs.mkdirSync(migrationsDir, { recursive: true });
const snapshot = path.join(migrationsDir, "schema.snapshot.prisma");
const from = fs.existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
// The WebAssembly schema engine needs a live connection even to diff two schema files.
const sql = await withServer((databaseUrl) =>
  capturePrisma(["migrate", "diff", ...from, "--to-schema-datamodel", schemaPath, "--script"], {
    databaseUrl,
  }),
);
if (!/^\s*(CREATE|ALTER|DROP)/m.test(sql)) {
  console.log("Aucun changement de schéma : pas de migration créée.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, "migration.sql"), sql);
// The snapshot is the starting point of the next diff.
fs.copyFileSync(schemaPath, snapshot);
const lock = path.join(migrationsDir, "migration_lock.toml");
if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
console.log(`Migration créée : ${path.relative(ROOT, dir)}/migration.sql`);
console.log(
  "Objets ajoutés à la main (extensions, index trigram, triggers) : ajoutez-les au fichier\n" +
    "et listez-les dans prisma/hand-written-objects.json pour la vérification du schéma.",
);
