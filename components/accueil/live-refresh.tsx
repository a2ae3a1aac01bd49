"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/**
 * The queue shared live between the desk and the offices (decision 0051): the page's server
 * render is asked again every `seconds` while the tab is visible. Typed text stays: a refresh
 * re-renders the server parts and keeps the forms' state.
 */
export function LiveRefresh({ seconds }: { seconds: number }) {
  const router = useRouter();
  useEffect(() => {
    const tick = () => { if (document.visibilityState === "visible") router.refresh(); };
    const timer = window.setInterval(tick, seconds * 1000);
    document.addEventListener("visibilitychange", tick);
    return () => { window.clearInterval(timer); document.removeEventListener("visibilitychange", tick); };
  }, [router, seconds]);
  return null;
}
