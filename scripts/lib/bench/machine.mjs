// What the figures were measured on: a benchmark without its machine means nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "../prisma-cli.mjs";

function cpuModel() {
  try {
    const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    return line ? line.split(":")[1].trim() : os.cpus()[0]?.model ?? "unknown";
  } catch {
    return os.cpus()[0]?.model ?? "unknown";
  }
}

export async function describeMachine(client) {
  const { rows: [pg] } = await client.query("SHOW server_version");
  const { rows: [settings] } = await client.query("SELECT current_setting('shared_buffers') AS sb, current_setting('max_connections') AS mc");
  const nextVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")).version;
  return {
    cpu: `${cpuModel()}, ${os.availableParallelism()} cores visible (nproc)`,
    cores: os.availableParallelism(),
    ram: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: `${pg.server_version} (shared_buffers ${settings.sb}, max_connections ${settings.mc})`,
    next: nextVersion,
    load: os.loadavg().map((x) => x.toFixed(2)).join(" / "),
    busy: os.loadavg()[0] > os.availableParallelism() / 2,
  };
}
