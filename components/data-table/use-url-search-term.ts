"use client";

// A search box that writes its term to the URL `q` parameter while the user types (debounced).
// The first keystroke adds a history entry (back returns to the unfiltered list); the next ones
// replace it so the history is not flooded with "d", "du", "dup"…
import { useEffect, useEffectEvent, useState, type FormEvent } from "react";
import type { useQueryNavigation } from "./use-query-navigation";

const SEARCH_DELAY_MS = 250;
type Navigation = Pick<ReturnType<typeof useQueryNavigation>, "navigate" | "isPending">;

/** `reset`: other URL parameters a new term clears (e.g. `page`). */
export function useUrlSearchTerm(currentQ: string, { navigate, isPending }: Navigation, reset: Record<string, null> = {}) {
  const [term, setTerm] = useState(currentQ);
  // The last term this box put in the URL: a different q arriving when none of our navigations
  // is in flight came from elsewhere (back button, reset link) and replaces what the box shows.
  const [sent, setSent] = useState(currentQ);
  if (!isPending && currentQ !== sent) {
    setSent(currentQ);
    setTerm(currentQ);
  }
  const search = (value: string) => {
    const q = value.trim();
    setSent(q);
    navigate({ q: q || null, ...reset }, { replace: currentQ !== "" });
  };
  const applySearch = useEffectEvent(search);
  useEffect(() => {
    if (term.trim() === currentQ) return;
    const timer = setTimeout(() => applySearch(term), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [term, currentQ]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (term.trim() !== currentQ) search(term);
  };
  /** For a filter change that carries the pending term along: it is now in the URL. */
  const markSent = (q: string) => setSent(q);
  return { term, setTerm, onSubmit, markSent };
}
