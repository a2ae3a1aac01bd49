"use client";

// Keeps the bell's count fresh: server-sent events first (the count arrives as soon as a
// notification is committed on any instance); if the stream fails, EventSource retries by
// itself, and meanwhile the count is polled every 30 s.
import { useEffect, useState } from "react";

const POLL_MS = 30_000;

export function useLiveUnreadCount(initial: number) {
  // The live value, until the server renders a new count (after marking read, a navigation).
  const [live, setCount] = useState<number | null>(null);
  const [base, setBase] = useState(initial);
  if (base !== initial) {
    setBase(initial);
    setCount(null);
  }
  useEffect(() => {
    let poll: ReturnType<typeof setInterval> | null = null;
    const fetchCount = () => {
      fetch("/api/notifications/compte", { cache: "no-store" })
        .then((r) => (r.ok ? r.json() : null))
        .then((body: { count?: unknown } | null) => { if (body && typeof body.count === "number") setCount(body.count); })
        .catch(() => {});
    };
    const startPolling = () => { poll ??= setInterval(fetchCount, POLL_MS); };
    const stopPolling = () => { if (poll) { clearInterval(poll); poll = null; } };
    if (typeof EventSource === "undefined") { startPolling(); return stopPolling; }
    const source = new EventSource("/api/notifications/flux");
    source.addEventListener("count", (e) => {
      const n = Number((e as MessageEvent<string>).data);
      if (Number.isInteger(n) && n >= 0) setCount(n);
      stopPolling();
    });
    source.onerror = () => startPolling();
    return () => { source.close(); stopPolling(); };
  }, []);
  return live ?? initial;
}
