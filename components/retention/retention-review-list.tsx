"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { confirmAnonymisationAction } from "@/lib/actions/retention";
import { Alert } from "@/components/ui/alert";

export type ReviewRow = {
  usagerId: string; numeroDossier: string; nom: string; prenom: string;
  dateNaissance: string; dernierContact: string; signale: string; anonymisationAuto: string | null;
};

/** The flagged dossiers: select one or several, then confirm in a second, explicit step. */
export function RetentionReviewList({ rows }: { rows: ReviewRow[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [confirme, setConfirme] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const all = rows.length > 0 && selected.length === rows.length;

  async function submit() {
    setPending(true);
    const result = await confirmAnonymisationAction({ usagerIds: selected, confirme });
    setPending(false);
    if (!result.ok) {
      setMessage({ tone: "error", text: Object.values(result.fieldErrors)[0] ?? result.formError });
      return;
    }
    setMessage({ tone: "success", text: `${result.data.anonymises} dossier(s) anonymisé(s).` });
    setSelected([]);
    setConfirming(false);
    setConfirme(false);
    router.refresh();
  }

  return (
    <section className="card" aria-labelledby="a-revoir">
      <h2 id="a-revoir">Dossiers à revoir ({rows.length})</h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {rows.length === 0 ? (
        <p>Aucun dossier sans contact depuis la durée réglée.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="sr-only">Dossiers sans contact, à anonymiser après revue</caption>
            <thead>
              <tr>
                <th scope="col">
                  <label className="checkbox">
                    <input type="checkbox" checked={all} onChange={() => setSelected(all ? [] : rows.map((r) => r.usagerId))} />
                    <span className="sr-only">Tout sélectionner</span>
                  </label>
                </th>
                <th scope="col">Dossier</th><th scope="col">Personne</th><th scope="col">Dernier contact</th>
                <th scope="col">Signalé le</th><th scope="col">Aperçu</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.usagerId}>
                  <td>
                    <label className="checkbox">
                      <input type="checkbox" checked={selected.includes(r.usagerId)} onChange={() => toggle(r.usagerId)} />
                      <span className="sr-only">Sélectionner {r.nom} {r.prenom}</span>
                    </label>
                  </td>
                  <td><Link href={`/usagers/${r.usagerId}`}>{r.numeroDossier}</Link></td>
                  <td>{r.nom} {r.prenom}<div className="muted">né(e) le {r.dateNaissance}</div></td>
                  <td>{r.dernierContact}</td>
                  <td>{r.signale}{r.anonymisationAuto ? <div className="muted">anonymisation automatique le {r.anonymisationAuto}</div> : null}</td>
                  <td><Link href={`/parametres/conservation/${r.usagerId}`}>Voir l&apos;aperçu<span className="sr-only"> pour {r.nom} {r.prenom}</span></Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 && !confirming ? (
        <div className="actions">
          <button type="button" className="btn btn--danger" disabled={selected.length === 0} onClick={() => setConfirming(true)}>
            Anonymiser la sélection ({selected.length})
          </button>
        </div>
      ) : null}
      {confirming ? (
        <AnonymiseConfirm count={selected.length} confirme={confirme} onConfirme={setConfirme} pending={pending}
          onSubmit={submit} onCancel={() => { setConfirming(false); setConfirme(false); }} />
      ) : null}
    </section>
  );
}

export function AnonymiseConfirm({ count, confirme, onConfirme, pending, onSubmit, onCancel }: {
  count: number; confirme: boolean; onConfirme: (v: boolean) => void; pending: boolean; onSubmit: () => void; onCancel?: () => void;
}) {
  return (
    <div className="form" role="group" aria-labelledby="confirmer-anonymisation">
      <h3 id="confirmer-anonymisation">Confirmer l&apos;anonymisation de {count} dossier(s)</h3>
      <p>L&apos;identité et les textes libres seront effacés définitivement ; seuls les éléments statistiques (types, statuts, dates, montants) sont conservés. Cette action est irréversible et journalisée.</p>
      <label className="checkbox">
        <input type="checkbox" checked={confirme} onChange={(e) => onConfirme(e.target.checked)} />
        <span>J&apos;ai vérifié l&apos;aperçu et je confirme l&apos;anonymisation</span>
      </label>
      <div className="actions">
        <button type="button" className="btn btn--danger" disabled={pending} onClick={onSubmit}>Confirmer l&apos;anonymisation</button>
        {onCancel ? <button type="button" className="btn btn--secondary" onClick={onCancel}>Annuler</button> : null}
      </div>
    </div>
  );
}
