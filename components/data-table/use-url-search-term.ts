"use client";

// A search box that writes its term to the URL `q` parameter while the user types
// (useDebouncedSearchTerm). The first keystroke adds a history entry (back returns to the
// unfiltered list); the next ones replace it so the history is not flooded with "d", "du", "dup"…
import type { FormEvent } from "react";
import { useDebouncedSearchTerm } from "./use-debounced-search-term";
import type { useQueryNavigation } from "./use-query-navigation";

type Navigation = Pick<ReturnType<typeof useQueryNavigation>, "navigate" | "isPending">;

/** `reset`: other URL parameters a new term clears (e.g. `page`). */
export function useUrlSearchTerm(currentQ: string, { navigate, isPending }: Navigation, reset: Record<string, null> = {}) {
  const { term, setTerm, flush, markSent } = useDebouncedSearchTerm(currentQ, {
    isPending,
    send: (q, { replace }) => navigate({ q: q || null, ...reset }, { replace }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    flush();
  };
  return { term, setTerm, onSubmit, markSent };
}
