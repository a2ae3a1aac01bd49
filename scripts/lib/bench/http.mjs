// HTTP load with autocannon on loopback, from this process (the server is another process).
// Latencies are taken from every response (autocannon's own summary has no p95), and any
// answer other than 200 counts as an error: a redirect to /connexion would mean the session was
// lost, and a fast error page must not pass for a fast page.
import autocannon from "autocannon";
import { percentile } from "./stats.mjs";

/** Resolves to { p50, p95, rps, requests, errors, statuses } for `durationS` seconds of load. */
export async function measure({ url, cookie, connections, durationS }) {
  const latencies = [];
  const statuses = {};
  let errors = 0;
  let bytes = 0;
  const instance = autocannon({
    url,
    connections,
    pipelining: 1,
    duration: durationS,
    timeout: 30,
    headers: { cookie, accept: "text/html" },
  });
  instance.on("response", (_client, statusCode, resBytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    if (statusCode === 200) {
      latencies.push(responseTime);
      bytes += resBytes;
    } else errors++;
  });
  instance.on("reqError", () => errors++);
  const result = await instance;
  const ok = latencies.length;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: ok / (result.duration || durationS),
    requests: ok + errors,
    errors: errors + (result.timeouts ?? 0),
    statuses,
    /** Mean size of a page (HTML with its embedded React payload), in KiB. */
    kib: ok ? bytes / ok / 1024 : null,
  };
}

/** Short load before measuring: JIT, connection pool and caches warm, as in a running service. */
export function warmUp({ url, cookie, durationS = 3 }) {
  return measure({ url, cookie, connections: 4, durationS });
}
