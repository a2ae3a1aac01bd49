"use client";

// What a form with a draft shows (use-form-draft.ts): above it, the offer to restore the draft
// found when it was opened; beside the buttons, where the autosave stands (not a live region:
// it changes at every pause in the typing).
import type { DraftHandle } from "./use-form-draft";

const dateTime = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
const time = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" });

export function DraftOffer({ draft }: { draft: DraftHandle }) {
  if (!draft.offer) return null;
  return (
    <div className="alert alert--info draft-offer" role="region" aria-label="Brouillon">
      <p>Vous avez un brouillon de ce formulaire, non enregistré, modifié le {dateTime.format(new Date(draft.offer.updatedAt)).replace(" ", " à ")}.</p>
      <div className="actions">
        <button type="button" className="btn btn--small" onClick={draft.restore}>Reprendre le brouillon</button>
        <button type="button" className="btn btn--secondary btn--small" onClick={draft.dismiss}>Supprimer le brouillon</button>
      </div>
    </div>
  );
}

export function DraftStatus({ draft }: { draft: DraftHandle }) {
  const text = draft.status === "saving" ? "Enregistrement du brouillon…"
    : draft.status === "saved" && draft.savedAt ? `Brouillon gardé à ${time.format(draft.savedAt)} (visible par vous seul·e).`
      : draft.status === "failed" ? "Le brouillon n'a pas pu être gardé : votre texte reste dans la page, enregistrez le formulaire."
        : "Un brouillon est gardé pendant la saisie (visible par vous seul·e).";
  return <p className={draft.status === "failed" ? "hint field-error" : "hint"} data-draft-status={draft.status}>{text}</p>;
}
