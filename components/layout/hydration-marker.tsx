"use client";

import { useEffect } from "react";

/**
 * Marks the page as interactive once React has hydrated it. Until then the guard in the root
 * layout holds back the forms that only JavaScript can send (see docs/decisions/0019).
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
