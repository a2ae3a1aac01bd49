"use client";

// The draft option of the one form mechanism (use-action-form.ts, decision 0067): while the
// user types, the form's values are sent to the server (debounced) as the author's draft; when
// the form is opened again with a draft, the frame offers to restore it; and leaving a form
// with unsaved changes asks first (closing the tab, a reload, a link of the application).
// The feature form says where the draft goes (its own server actions): this file knows none.
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/domain/errors";

export type DraftOption = {
  /** The author's draft found when the page was rendered (ISO date of its last change). */
  saved: { values: Record<string, unknown>; updatedAt: string } | null;
  save: (values: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  discard: () => Promise<ActionResult<unknown>>;
};

/** What the frame shows: the offer to restore, and where the autosave stands. */
export type DraftHandle = {
  offer: { updatedAt: string } | null;
  restore: () => void;
  dismiss: () => void;
  status: "idle" | "saving" | "saved" | "failed";
  savedAt: Date | null;
};

const DEBOUNCE_MS = 1_200;
export const LEAVE_MESSAGE = "Vous avez des modifications non enregistrées dans ce formulaire. Quitter la page quand même ?";

/** A click on a link that leaves the page for another page of the application. */
function leavingLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return link;
  const same = url.pathname === window.location.pathname && url.search === window.location.search;
  return same ? null : link;
}

/** Asks before leaving while `dirty()`: beforeunload, and the links of the page (capture phase, before Next's router). */
export function useLeaveGuard(enabled: boolean, dirty: () => boolean) {
  useEffect(() => {
    if (!enabled) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (!dirty() || !leavingLink(event)) return;
      if (!window.confirm(LEAVE_MESSAGE)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [enabled, dirty]);
}

export function useFormDraft<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, option: DraftOption | undefined, merge: (values: unknown) => T) {
  const [offer, setOffer] = useState(option?.saved ? { updatedAt: option.saved.updatedAt } : null);
  const [status, setStatus] = useState<DraftHandle["status"]>("idle");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const timer = useRef<number | null>(null);
  const inflight = useRef<Promise<unknown> | null>(null);
  /** Set while the form is being sent: a late autosave would recreate the draft the save deletes. */
  const frozen = useRef(false);
  const optionRef = useRef(option);
  useEffect(() => {
    optionRef.current = option;
  }, [option]);

  const flush = useCallback(() => {
    timer.current = null;
    const current = optionRef.current;
    if (!current || frozen.current) return;
    setStatus("saving");
    const run = current.save(form.getValues() as Record<string, unknown>)
      .then((result) => {
        if (frozen.current) return;
        setStatus(result.ok ? "saved" : "failed");
        if (result.ok) setSavedAt(new Date());
      })
      .catch(() => setStatus("failed"));
    inflight.current = run;
  }, [form]);

  useEffect(() => {
    if (!option) return;
    const subscription = form.watch((_values, { type }) => {
      // Only what the user changes (not a reset or a restore done by the code) starts a save.
      if (type !== "change" || frozen.current) return;
      if (timer.current) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, DEBOUNCE_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (timer.current) window.clearTimeout(timer.current);
    };
  }, [form, option, flush]);

  /** The form was refused: the user goes on typing, the draft goes on being kept. */
  const resume = useCallback(() => {
    frozen.current = false;
  }, []);

  const handle: DraftHandle | null = option ? {
    offer, status, savedAt,
    restore: () => {
      if (!optionRef.current?.saved) return;
      form.reset(merge(optionRef.current.saved.values), { keepDefaultValues: true });
      setOffer(null);
      setStatus("saved");
      setSavedAt(new Date(optionRef.current.saved.updatedAt));
    },
    dismiss: () => {
      setOffer(null);
      void optionRef.current?.discard();
    },
  } : null;

  return {
    handle,
    /** Before the form is sent: no autosave any more, and the last one has reached the server. */
    async beforeSubmit() {
      if (!option) return;
      frozen.current = true;
      if (timer.current) window.clearTimeout(timer.current);
      timer.current = null;
      await inflight.current?.catch(() => undefined);
    },
    resume,
  };
}
