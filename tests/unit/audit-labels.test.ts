// The journal is read by managers: every action the code audits has a French label, never a code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS } from "@/lib/domain/audit/labels";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("audit action labels", () => {
  it("has a French label for every audited action", () => {
    const codes = new Set<string>();
    for (const file of [...sources(path.join(ROOT, "lib")), ...sources(path.join(ROOT, "app"))]) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/action: ["']([a-z_]+\.[a-zA-Z_.]+)["']/g)) codes.add(m[1]!);
    }
    // fiche.${action}: one per action of the fiche's state machine.
    for (const a of ["recevoir", "evaluer", "lier", "creerDossier", "attribuer", "fixerRdv", "reorienter", "cloturer"]) codes.add(`fiche.${a}`);
    expect(codes.size).toBeGreaterThan(50);
    expect([...codes].filter((c) => !AUDIT_ACTION_LABELS[c]).sort()).toEqual([]);
  });
});
