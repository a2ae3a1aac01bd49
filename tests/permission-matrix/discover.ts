// Every entry point of the app, found by walking app/ (and any "use server" file elsewhere), so
// that a new page, route handler or server action cannot escape the permission matrix and the
// bad-input suite: both fail until the new entry is listed in expectations.ts.
// Plain Node (no "@/" alias): imported by Vitest and by Playwright.
import fs from "node:fs";
import path from "node:path";

export type EntryKind = "page" | "route" | "action";
export type Entry = { kind: EntryKind; key: string; file: string };

const ROOT = path.resolve(__dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    if (item.name === "node_modules" || item.name.startsWith(".")) continue;
    const full = path.join(dir, item.name);
    if (item.isDirectory()) walk(full, out);
    else if (/\.(tsx?|jsx?|mjs)$/.test(item.name)) out.push(full);
  }
  return out;
}

const relTo = (root: string, file: string) => path.relative(root, file).split(path.sep).join("/");

/** app/(app)/usagers/[id]/page.tsx → /usagers/[id]; route groups and @slots leave the URL. */
export function urlPatternOf(relativeFile: string): string {
  const segments = relativeFile.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** Strips comments so that a commented-out export or directive does not count. */
const code = (file: string) => fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

function routeMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) found.add(name);
    }
  }
  return [...found].filter((n) => HTTP_METHODS.includes(n)).sort();
}

const isUseServerFile = (source: string) => /^\s*(?:(["'])use strict\1;?\s*)?(["'])use server\2/.test(source);

function serverActions(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+async\s+function\s+(\w+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+const\s+(\w+)\s*=\s*async\b/g)) names.add(m[1]!);
  // A "use server" file may only export async functions; a re-export would hide one from us.
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  return [...names].sort();
}

export function discoverEntries(root = ROOT): Entry[] {
  const entries: Entry[] = [];
  const rel = (file: string) => relTo(root, file);
  for (const file of walk(path.join(root, "app"))) {
    const name = path.basename(file);
    if (/^page\.(tsx|ts|jsx|js)$/.test(name)) entries.push({ kind: "page", key: `page ${urlPatternOf(rel(file))}`, file: rel(file) });
    if (/^route\.(ts|js)$/.test(name)) {
      for (const method of routeMethods(code(file))) entries.push({ kind: "route", key: `${method} ${urlPatternOf(rel(file))}`, file: rel(file) });
    }
  }
  for (const dir of ["app", "components", "lib"]) {
    for (const file of walk(path.join(root, dir))) {
      const source = code(file);
      if (!/(["'])use server\1/.test(source)) continue;
      if (isUseServerFile(source)) {
        for (const fn of serverActions(source)) entries.push({ kind: "action", key: `${rel(file)}#${fn}`, file: rel(file) });
      } else {
        // An inline "use server" function inside a component: list it by file until it moves
        // to an actions.ts file (the suites cannot call it by name).
        entries.push({ kind: "action", key: `${rel(file)}#(inline "use server")`, file: rel(file) });
      }
    }
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/** Entries found but not listed, and listed but no longer found. */
export function compareWithTable(found: Entry[], listed: string[]) {
  const foundKeys = new Set(found.map((e) => e.key));
  const listedKeys = new Set(listed);
  return {
    unlisted: found.filter((e) => !listedKeys.has(e.key)).map((e) => `${e.key}   (${e.file})`),
    stale: listed.filter((k) => !foundKeys.has(k)),
  };
}
