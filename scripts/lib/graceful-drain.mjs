// On SIGTERM (a deploy, a process manager, Ctrl-C through npm start), Next.js calls
// server.close() and exits once every connection has ended. A keep-alive connection that keeps
// receiving requests never ends by itself, so the old process went on serving for ~40 s
// (issue 23). Here, from the signal on: every response says `Connection: close` (the client
// reconnects elsewhere once its request is answered), idle connections are closed at once and
// every 100 ms, and whatever is still open after DRAIN_MS is cut. In-flight requests finish.
export const DRAIN_MS = Number(process.env.SHUTDOWN_DRAIN_MS ?? 5_000);

const servers = new Set();
let draining = false;

/** Called by the preload's patch of http.Server#emit for every event of every server. */
export function onServerEvent(server, event, res) {
  if (event === "listening" || event === "request") servers.add(server);
  if (draining && event === "request" && res && !res.headersSent) res.setHeader("Connection", "close");
}

function drain() {
  if (draining) return;
  draining = true;
  const closeIdle = () => servers.forEach((s) => s.closeIdleConnections?.());
  closeIdle();
  setInterval(closeIdle, 100).unref();
  setTimeout(() => servers.forEach((s) => s.closeAllConnections?.()), DRAIN_MS).unref();
}

/** Next.js exits by itself once the connections are closed; a lone listener would keep the process alive. */
export function installGracefulDrain() {
  process.on("SIGTERM", () => {
    drain();
    if (process.listenerCount("SIGTERM") === 1) setTimeout(() => process.exit(143), DRAIN_MS + 1_000).unref();
  });
}

