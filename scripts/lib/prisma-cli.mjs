import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PLACEHOLDER_URL = "postgresql://prisma-generate@127.0.0.1:1/placeholder";

/** Runs `prisma <args>`; resolves to the exit code. `quiet` keeps its output unless it fails. */
export function runPrisma(args, { databaseUrl, quiet = false } = {}) {
  const bin = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl || PLACEHOLDER_URL,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: ROOT,
      env,
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    if (quiet) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("exit", (code) => {
      if (quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? 1);
    });
  });
}

/** Runs `prisma <args>` and resolves to its standard output; rejects with its error output. */
export function capturePrisma(args, { databaseUrl } = {}) {
  const bin = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
  const env = { ...process.env, DATABASE_URL: databaseUrl || PLACEHOLDER_URL, CHECKPOINT_DISABLE: "1" };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: ROOT, env });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(err || out))));
  });
}
