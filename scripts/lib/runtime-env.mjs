// What `npm start`, `npm run dev` and `npm test` share: the database to use (DATABASE_URL, or an
// embedded PostgreSQL) and a session secret kept out of git.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { ROOT } from "./prisma-cli.mjs";

export const DATA_DIR = path.join(ROOT, ".data");

/** NEXTAUTH_SECRET from the environment, else one generated once into .data/ (git-ignored). */
export function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  fs.mkdirSync(DATA_DIR, { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

/** Runs a Node script (with tsx for TypeScript) and resolves to its exit code. */
export function runNode(args, { env = process.env, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: quiet ? "ignore" : "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export const tsxArgs = (file) => ["--import", "tsx", file];

/** `node <serverArgs> start`: Next.js with the preload that computes the client's address at the socket. */
export const clientIpPreload = path.join(ROOT, "scripts", "lib", "client-ip-preload.mjs");
export const nextServerArgs = (...args) => ["--import", clientIpPreload, nextBin, ...args];
export const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** True when the production build is missing or older than any source file. */
export function buildIsStale() {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  const roots = ["app", "components", "lib", "proxy.ts", "next.config.mjs", "package-lock.json", "prisma/schema.prisma"];
  const newer = (p) => {
    const stat = fs.statSync(p);
    if (stat.isFile()) return stat.mtimeMs > builtAt;
    return fs.readdirSync(p).some((name) => name !== "generated" && newer(path.join(p, name)));
  };
  return roots.map((r) => path.join(ROOT, r)).some((p) => fs.existsSync(p) && newer(p));
}

export async function waitForHttp(url, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}
