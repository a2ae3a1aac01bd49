"use client";

// The URL is the single source of truth for a server-driven list: every change (sort, page,
// filter, search) becomes a new query string, so a link can be shared and the back button works.
// Navigations run in a transition so the current rows stay on screen while the server renders
// the next ones, and isPending lets the UI say that it is loading.
import { useCallback, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

/** null or "" removes the parameter: defaults stay out of the URL, which keeps links short. */
export type QueryChanges = Record<string, string | number | null | undefined>;

export type NavigateOptions = {
  /** Replace the history entry instead of adding one (keystrokes must not flood the history). */
  replace?: boolean;
  /** Keep the scroll position (filters); a new page of results scrolls back to the top. */
  scroll?: boolean;
  /** Runs inside the transition, e.g. to set an optimistic value with useOptimistic. */
  before?: () => void;
};

export function useQueryNavigation() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();

  const hrefWith = useCallback(
    (changes: QueryChanges) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, String(value));
      }
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (changes: QueryChanges, { replace = false, scroll = false, before }: NavigateOptions = {}) => {
      const href = hrefWith(changes);
      startTransition(() => {
        before?.();
        if (replace) router.replace(href, { scroll });
        else router.push(href, { scroll });
      });
    },
    [hrefWith, router],
  );

  return { searchParams, hrefWith, navigate, isPending };
}
