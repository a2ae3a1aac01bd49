"use client";

import { useEffect } from "react";

/**
 * Marks the page as interactive once React has hydrated it. Forms work before that (decision
 * 0023); e2e journeys that check what only the interactive page does wait for this mark.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
