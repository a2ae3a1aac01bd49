"use client";

// Quick jump to a dossier (Ctrl+K or Cmd+K anywhere, or the button of the navigation): a modal
// <dialog> with a combobox and its listbox (WAI-ARIA combobox pattern). The name typed goes to a
// server action, never into an address; Enter opens the dossier, Escape closes, and the focus
// returns to where it was (decision 0082).
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { searchDossiersToOpenAction } from "@/lib/actions/journee";
import type { QuickJumpResult } from "@/lib/domain/journee/quick-jump";

const DELAY_MS = 180;

export function QuickJump() {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const request = useRef(0);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<QuickJumpResult[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState("");
  const id = useId();
  const listId = `${id}-liste`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    d.showModal();
    input.current?.focus();
    input.current?.select();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "k") { e.preventDefault(); open(); }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const search = (term: string) => {
    setQ(term);
    const n = ++request.current;
    if (!term.trim()) { setResults([]); setStatus(""); return; }
    window.setTimeout(async () => {
      if (n !== request.current) return;
      const result = await searchDossiersToOpenAction({ q: term });
      if (n !== request.current) return;
      const rows = result.ok ? result.data : [];
      setResults(rows);
      setActive(0);
      setStatus(!result.ok ? result.formError : rows.length === 0 ? "Aucun dossier ne correspond." : `${rows.length} dossier${rows.length > 1 ? "s" : ""} trouvé${rows.length > 1 ? "s" : ""}.`);
    }, DELAY_MS);
  };

  const go = (r: QuickJumpResult | undefined) => {
    if (!r) return;
    returnTo.current = null;
    dialog.current?.close();
    router.push(`/usagers/${r.id}`);
  };

  return (
    <>
      <button type="button" className="btn btn--secondary btn--small quick-jump__open" onClick={open} aria-keyshortcuts="Control+K Meta+K">
        Aller à un dossier <kbd className="quick-jump__kbd" aria-hidden="true">Ctrl K</kbd>
      </button>
      <dialog ref={dialog} className="quick-jump" aria-labelledby={`${id}-titre`}
        onClose={() => {
          request.current++;
          setQ(""); setResults([]); setStatus("");
          returnTo.current?.focus();
        }}>
        <div className="quick-jump__head">
          <h2 id={`${id}-titre`}>Aller à un dossier</h2>
          <button type="button" className="btn btn--secondary btn--small" onClick={() => dialog.current?.close()}>Fermer</button>
        </div>
        <label htmlFor={`${id}-q`}>Nom ou numéro de dossier</label>
        <input ref={input} id={`${id}-q`} type="search" role="combobox" autoComplete="off" spellCheck={false} maxLength={100}
          aria-autocomplete="list" aria-expanded={results.length > 0} aria-controls={listId}
          aria-activedescendant={results.length > 0 ? optionId(active) : undefined}
          value={q} onChange={(e) => search(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" && results.length) { e.preventDefault(); setActive((active + 1) % results.length); }
            else if (e.key === "ArrowUp" && results.length) { e.preventDefault(); setActive((active - 1 + results.length) % results.length); }
            else if (e.key === "Enter") { e.preventDefault(); go(results[active]); }
          }} />
        <p className="quick-jump__hint muted">Flèches pour choisir, Entrée pour ouvrir, Échap pour fermer.</p>
        <ul id={listId} role="listbox" aria-label="Dossiers trouvés" className="quick-jump__list">
          {results.map((r, i) => (
            <li key={r.id} id={optionId(i)} role="option" aria-selected={i === active}
              onMouseMove={() => setActive(i)} onClick={() => go(r)}>
              <strong>{r.label}</strong> <span className="muted">{r.detail}</span>
            </li>
          ))}
        </ul>
        <p role="status" className="quick-jump__status">{status}</p>
      </dialog>
    </>
  );
}
