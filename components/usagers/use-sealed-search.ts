"use client";

// Search-as-you-type on the usagers list without the name in the address (decision 0064): the
// term goes to the server action, which answers the list's URL with the term sealed; the page is
// then opened at that URL. The debounce and the history rule are the lists' one search box
// (components/data-table/use-debounced-search-term.ts).
import { useTransition } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useDebouncedSearchTerm } from "@/components/data-table/use-debounced-search-term";
import { searchUsagersAction } from "@/lib/actions/usagers";
import { USAGER_URL_KEYS } from "@/lib/domain/usagers/url-keys";

export function useSealedSearch(currentQ: string) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const { term, setTerm, markSent } = useDebouncedSearchTerm(currentQ, {
    isPending,
    send: (q, { replace }) => {
      const filters = Object.fromEntries(USAGER_URL_KEYS.map((k) => [k, searchParams.get(k) ?? ""]));
      startTransition(async () => {
        const result = await searchUsagersAction({ q, ...filters });
        if (!result.ok) return;
        if (replace) router.replace(result.data.href, { scroll: false });
        else router.push(result.data.href, { scroll: false });
      });
    },
  });
  return { term, setTerm, isPending, markSent };
}
