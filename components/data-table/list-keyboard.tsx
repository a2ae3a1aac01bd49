"use client";

// Keyboard of a work list (issue 18): "/" puts the cursor in the list's search (unless one is
// typing in a field already), and Up/Down move between the rows' links (`data-row-link`);
// Enter on a row's link opens it, as any link.
import { useEffect } from "react";

const TYPING = "input, textarea, select, [contenteditable=''], [contenteditable='true']";

export function ListKeyboard({ searchId }: { searchId?: string }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (event.key === "/" && searchId && !target?.closest(TYPING)) {
        const field = document.getElementById(searchId);
        if (field instanceof HTMLInputElement) {
          event.preventDefault();
          field.focus();
          field.select();
        }
        return;
      }
      if ((event.key === "ArrowDown" || event.key === "ArrowUp") && target?.matches("[data-row-link]")) {
        const row = target.closest("tr");
        const sibling = event.key === "ArrowDown" ? row?.nextElementSibling : row?.previousElementSibling;
        const next = sibling?.querySelector<HTMLElement>("[data-row-link]");
        if (next) {
          event.preventDefault();
          next.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [searchId]);
  return null;
}
