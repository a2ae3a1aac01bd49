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

// What the production build is made of. Its staleness is decided from a hash of these files'
// contents, not from their times: a fresh clone or an `npm install` that rewrites a file with the
// same content must not trigger a 40-second rebuild, which would also change every server-action
// id under an open tab (issue 23).
const BUILD_INPUTS = ["app", "components", "lib", "proxy.ts", "next.config.mjs", "tsconfig.json", "package.json", "package-lock.json", "prisma/schema.prisma", "public"];
const stampOf = (root) => path.join(root, ".next", "passerelle-inputs.sha256");

/** sha256 of every build input (path and content), in a stable order; generated code left out. */
export function buildInputsHash(root = ROOT) {
  const hash = crypto.createHash("sha256");
  const visit = (rel) => {
    const abs = path.join(root, rel);
    const stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(abs).sort()) if (name !== "generated") visit(path.join(rel, name));
    } else {
      hash.update(rel).update("\0").update(fs.readFileSync(abs)).update("\0");
    }
  };
  for (const rel of BUILD_INPUTS) if (fs.existsSync(path.join(root, rel))) visit(rel);
  return hash.digest("hex");
}

/** True when there is no production build, or it was made from other inputs than today's. */
export function buildIsStale(root = ROOT) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stampOf(root))) return true;
  return fs.readFileSync(stampOf(root), "utf8").trim() !== buildInputsHash(root);
}

/** After a successful `next build`: the hash of the inputs as they were when it started. */
export function recordBuild(inputsHash, root = ROOT) {
  fs.writeFileSync(stampOf(root), `${inputsHash}\n`);
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
