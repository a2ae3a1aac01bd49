"use client";

// The one search-as-you-type of the lists: the box's term is sent a moment after the last
// keystroke (or at once on submit), and a different term arriving from elsewhere (back button, a
// chip, "Réinitialiser") replaces what the box shows. How a term is sent is the caller's:
// written to the URL (useUrlSearchTerm) or sealed by the server first (useSealedSearch, 0064).
import { useEffect, useEffectEvent, useState } from "react";

const SEARCH_DELAY_MS = 300;

/**
 * `currentQ`: the term the page shows results for. `isPending`: a sent term is still in flight
 * (its `currentQ` has not come back yet). `send(q, { replace })`: `replace` is false for the first
 * term typed on the plain list, so back returns to it; the next ones replace that history entry.
 */
export function useDebouncedSearchTerm(currentQ: string, { isPending, send }: {
  isPending: boolean;
  send: (q: string, options: { replace: boolean }) => void;
}) {
  const [term, setTerm] = useState(currentQ);
  // The last term sent: a different q arriving while none is in flight came from elsewhere.
  const [sent, setSent] = useState(currentQ);
  if (!isPending && currentQ !== sent) {
    setSent(currentQ);
    setTerm(currentQ);
  }
  const search = (value: string) => {
    const q = value.trim();
    setSent(q);
    send(q, { replace: currentQ !== "" });
  };
  const applySearch = useEffectEvent(search);
  useEffect(() => {
    if (term.trim() === currentQ) return;
    const timer = setTimeout(() => applySearch(term), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [term, currentQ]);
  /** Sends the box's term now (a submit), unless the page already shows it. */
  const flush = () => { if (term.trim() !== currentQ) search(term); };
  /** For a filter change that carries the pending term along: it is now in the URL. */
  const markSent = (q: string) => setSent(q);
  return { term, setTerm, flush, markSent };
}
