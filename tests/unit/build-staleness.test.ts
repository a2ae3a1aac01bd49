// Issue 23: `npm start` rebuilt on every start after `npm install` because staleness came from
// file times. It now comes from a hash of the build inputs' contents: times alone never rebuild.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildInputsHash, buildIsStale, recordBuild } from "../../scripts/lib/runtime-env.mjs";

let root = "";
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function checkout() {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "passerelle-build-"));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("lib/generated/prisma/index.js", "generated\n");
  write("package-lock.json", '{"lockfileVersion":3}\n');
  return write;
}

function build() {
  const inputs = buildInputsHash(root);
  fs.mkdirSync(path.join(root, ".next"), { recursive: true });
  fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "id");
  recordBuild(inputs, root);
}

describe("production build staleness", () => {
  it("is stale without a build, or with a build made before the stamp existed", () => {
    checkout();
    expect(buildIsStale(root)).toBe(true);
    fs.mkdirSync(path.join(root, ".next"));
    fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "id");
    expect(buildIsStale(root)).toBe(true);
  });

  it("stays fresh when files are rewritten with the same content (npm install, git checkout)", () => {
    const write = checkout();
    build();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, "package-lock.json"), later, later);
    write("app/page.tsx", "export default function Page() { return null; }\n");
    expect(buildIsStale(root)).toBe(false);
  });

  it("is stale when a source, the lockfile or a new file changes; generated code does not count", () => {
    const write = checkout();
    build();
    write("lib/generated/prisma/index.js", "regenerated\n");
    expect(buildIsStale(root)).toBe(false);
    write("package-lock.json", '{"lockfileVersion":3,"packages":{}}\n');
    expect(buildIsStale(root)).toBe(true);
    build();
    write("components/new.tsx", "export {};\n");
    expect(buildIsStale(root)).toBe(true);
  });
});
