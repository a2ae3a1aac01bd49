// Previewing a template on a chosen dossier (RESPONSABLE): two plain GET forms (the dossier's
// number, then the record), then the filled letter's text on the page and its files to download.
// Nothing is stored; the read of the dossier is audited.
import type { Actor } from "@/lib/auth/actor";
import { Alert } from "@/components/ui/alert";
import { previewChoices, previewTemplate } from "@/lib/domain/courriers/template-queries";
import { SOURCE_LABELS, type CourrierSource } from "@/lib/domain/courriers/labels";
import styles from "./courriers.module.css";

export async function TemplatePreview({ actor, modeleId, source, dossier, element, pdfAvailable }: {
  actor: Actor; modeleId: string; source: CourrierSource; dossier?: string; element?: string; pdfAvailable: boolean;
}) {
  const found = dossier ? await previewChoices(actor, source, dossier) : null;
  const chosen = found && element ? found.choices.find((c) => c.id === element) : undefined;
  const preview = chosen ? await previewTemplate(actor, modeleId, chosen.id) : null;
  const base = `/api/courriers/modeles/${modeleId}/apercu?element=${chosen?.id ?? ""}`;
  return (
    <section className="card" aria-labelledby="apercu">
      <h2 id="apercu">Aperçu sur un dossier</h2>
      <form method="get" className="filters" aria-label="Choisir le dossier de l'aperçu">
        <div className="field">
          <label htmlFor="apercu-dossier">Numéro du dossier</label>
          <input id="apercu-dossier" name="dossier" defaultValue={dossier ?? ""} placeholder="2026-000012" maxLength={30} />
        </div>
        <button type="submit" className="btn btn--secondary">Chercher le dossier</button>
      </form>
      {dossier && !found ? <Alert tone="warning">Aucun dossier de la structure ne porte ce numéro.</Alert> : null}
      {found ? (
        found.choices.length === 0 ? <Alert tone="info">{`Ce dossier n'a aucun élément « ${SOURCE_LABELS[source]} » sur lequel prévisualiser le modèle.`}</Alert> : (
          <form method="get" className="filters" aria-label="Choisir l'élément de l'aperçu">
            <input type="hidden" name="dossier" value={found.usager.numeroDossier} />
            <div className="field">
              <label htmlFor="apercu-element">{`${SOURCE_LABELS[source]} de ${found.usager.prenom} ${found.usager.nom.toUpperCase()}`}</label>
              <select id="apercu-element" name="element" defaultValue={chosen?.id ?? found.choices[0]!.id}>
                {found.choices.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            </div>
            <button type="submit" className="btn">Prévisualiser</button>
          </form>
        )
      ) : null}
      {preview && !preview.ok ? <Alert tone="warning">{preview.message}</Alert> : null}
      {preview?.ok ? (
        <>
          <p>
            <a className="btn btn--secondary" href={`${base}&format=docx`}>Télécharger l&apos;aperçu (DOCX)</a>{" "}
            {pdfAvailable ? <a className="btn btn--secondary" href={`${base}&format=pdf`}>Télécharger l&apos;aperçu (PDF)</a> : <span className="muted">PDF indisponible : LibreOffice n&apos;est pas installé sur le serveur.</span>}
          </p>
          <div className={styles.preview} aria-label="Texte du courrier prévisualisé">
            {preview.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
          </div>
        </>
      ) : null}
    </section>
  );
}
