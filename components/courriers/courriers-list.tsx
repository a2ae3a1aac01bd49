// The letters already generated for a record (or for the whole dossier): their files, why a
// PDF is missing, how and when each reached the person, and the form to record it.
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { ENVOI_MODE_LABELS, SOURCE_LABELS } from "@/lib/domain/courriers/labels";
import type { CourrierRow } from "@/lib/domain/courriers/queries";
import { EnvoiForm } from "./envoi-form";
import styles from "./courriers.module.css";

export function CourriersList({ courriers, readOnly, today, emailReady, showSource }: {
  courriers: CourrierRow[]; readOnly: boolean; today: string; emailReady: boolean; showSource: boolean;
}) {
  if (courriers.length === 0) return <p className="muted">Aucun courrier généré pour l&apos;instant.</p>;
  return (
    <ol className={styles.letters} aria-label="Courriers générés">
      {courriers.map((c) => {
        const emailHint = !c.hasEmail ? "Pas d'adresse e-mail dans le dossier : l'envoi par e-mail est impossible."
          : !emailReady ? "L'envoi par e-mail n'est pas configuré sur ce serveur (SMTP)."
          : !c.pdf ? "Ce courrier n'a pas de PDF : il ne peut pas être envoyé par e-mail." : null;
        return (
          <li key={c.id} className={styles.letter}>
            <p><strong>{c.titre}</strong>{c.version ? ` (version ${c.version} du modèle)` : ""}{showSource ? ` · ${SOURCE_LABELS[c.source]}` : ""}</p>
            <p className="muted">Généré le {formatDateTime(c.createdAt)}{c.by ? ` par ${c.by}` : ""}</p>
            <p>
              {c.pdf ? <><a href={`/api/documents/${c.pdf.id}`}>PDF</a>{" · "}</> : null}
              {c.docx ? <a href={`/api/documents/${c.docx.id}`}>DOCX (modifiable)</a> : <span className="muted">Fichiers supprimés des pièces jointes</span>}
            </p>
            {c.pdfIndisponible ? <p className="muted">{c.pdfIndisponible}</p> : null}
            {c.envois.length ? (
              <ul className={styles.envois}>
                {c.envois.map((e) => (
                  <li key={e.id}>{ENVOI_MODE_LABELS[e.mode]}{e.recommande ? " en recommandé" : ""} le {formatCalendarDate(e.le)}{e.email ? ` à ${e.email}` : ""}{e.by ? ` (${e.by})` : ""}</li>
                ))}
              </ul>
            ) : <p className="muted">Pas encore remis ni envoyé.</p>}
            {readOnly ? null : (
              <details>
                <summary>Enregistrer la remise ou l&apos;envoi</summary>
                <EnvoiForm courrierId={c.id} today={today} emailHint={emailHint} />
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
