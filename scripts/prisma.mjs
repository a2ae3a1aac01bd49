#!/usr/bin/env node
// Runs the Prisma CLI. Prisma 6 reads DATABASE_URL while parsing the schema, even for
// `generate`, which never connects: give it a placeholder when none is set.
import { runPrisma } from "./lib/prisma-cli.mjs";

const code = await runPrisma(process.argv.slice(2), { databaseUrl: process.env.DATABASE_URL });
process.exit(code);
