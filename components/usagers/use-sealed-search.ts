"use client";

// Search-as-you-type on the usagers list without the name in the address (decision 0064): the
// term goes to the server action, which answers the list's URL with the term sealed; the page is
// then opened at that URL. The first keystroke adds a history entry (back returns to the list as
// it was), the next ones replace it.
import { useEffect, useEffectEvent, useState, useTransition } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { searchUsagersAction } from "@/lib/actions/usagers";
import { USAGER_URL_KEYS } from "@/lib/domain/usagers/url-keys";

const SEARCH_DELAY_MS = 300;

export function useSealedSearch(currentQ: string) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const [term, setTerm] = useState(currentQ);
  // The last term sent: a different one arriving while none is in flight came from elsewhere
  // (back button, a chip, "Réinitialiser") and replaces what the box shows.
  const [sent, setSent] = useState(currentQ);
  if (!isPending && currentQ !== sent) {
    setSent(currentQ);
    setTerm(currentQ);
  }
  const search = (value: string) => {
    const q = value.trim();
    setSent(q);
    const filters = Object.fromEntries(USAGER_URL_KEYS.map((k) => [k, searchParams.get(k) ?? ""]));
    startTransition(async () => {
      const result = await searchUsagersAction({ q, ...filters });
      if (!result.ok) return;
      if (currentQ !== "") router.replace(result.data.href, { scroll: false });
      else router.push(result.data.href, { scroll: false });
    });
  };
  const applySearch = useEffectEvent(search);
  useEffect(() => {
    if (term.trim() === currentQ) return;
    const timer = setTimeout(() => applySearch(term), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [term, currentQ]);
  return { term, setTerm, isPending, markSent: setSent };
}
