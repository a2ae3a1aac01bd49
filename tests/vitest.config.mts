import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const root = path.resolve(import.meta.dirname, "..");

// Files run side by side, each worker on its own database (tests/setup/global-setup.ts,
// decision 0077). Three workers on two cores: a worker spends much of its time waiting for
// PostgreSQL, so a third one keeps both cores busy. TEST_WORKERS changes it (1 = one by one).
const workers = Number(process.env.TEST_WORKERS) || Math.min(3, Math.max(2, os.availableParallelism() + 1));

/**
 * The longest files start first, so that the run does not end waiting for one of them alone.
 * Vitest orders by the durations of the previous run, which a clean clone (CI) does not have.
 */
const LONGEST_FIRST = ["tests/integration/bad-input.test.ts", "tests/integration/permission-matrix.test.ts"];
class LongestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.findIndex((name) => f.moduleId.endsWith(name));
      return i === -1 ? LONGEST_FIRST.length : i;
    };
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    root,
    include: ["tests/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/per-file.ts"],
    pool: "forks",
    maxWorkers: workers,
    sequence: { sequencer: LongestFirst },
    // Side by side on two cores a test waits longer for the CPU than it did alone.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
