"use client";

// The forms that generate a letter from a record: one per built-in letter (with the few fields
// it needs: pieces to bring, a recipient and a message for a third party), and one for the
// structure's templates. Real <form action> of the one mechanism: they work before hydration.
import { useActionForm, type FormAction } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/field";
import { generateCourrierAction } from "@/lib/actions/courriers";
import { ZGenerateCourrier } from "@/lib/domain/courriers/schemas";
import type { BuiltinKey, CourrierSource } from "@/lib/domain/courriers/labels";
import { PIECES_A_APPORTER_DEFAUT } from "@/lib/domain/courriers/labels";

type Generated = { pdf: { id: string; name: string } | null; docx: { id: string; name: string }; pdfIndisponible: string | null };

function GeneratedLinks({ data }: { data: unknown }) {
  const d = data as Generated | undefined;
  if (!d?.docx) return null;
  return (
    <div className="alert alert--success" role="status">
      <strong>Courrier généré et rangé dans les pièces jointes du dossier.</strong>
      <div>
        {d.pdf ? <><a href={`/api/documents/${d.pdf.id}`}>Télécharger le PDF</a> · </> : null}
        <a href={`/api/documents/${d.docx.id}`}>Télécharger le DOCX (modifiable)</a>
        {d.pdfIndisponible ? <p className="muted">{d.pdfIndisponible}</p> : null}
      </div>
    </div>
  );
}

type Variant = "simple" | "convocation" | "tiers" | "attestation";
export const VARIANT_OF: Record<BuiltinKey, Variant> = {
  "aide-accord": "simple", "aide-refus": "simple", "aide-ajournement": "simple", convocation: "convocation", "attestation-suivi": "attestation",
  bailleur: "tiers", creancier: "tiers", orientation: "simple", "domiciliation-attestation": "simple", "domiciliation-refus": "simple", "domiciliation-fin": "simple",
};

export function BuiltinLetterForm({ source, sourceId, modele, titre, destinataire }: {
  source: CourrierSource; sourceId: string; modele: BuiltinKey; titre: string; destinataire?: string | null;
}) {
  const variant = VARIANT_OF[modele];
  const f = useActionForm({
    schema: ZGenerateCourrier,
    action: generateCourrierAction as FormAction,
    defaultValues: {
      source, sourceId, modele, piecesAApporter: variant === "convocation" ? PIECES_A_APPORTER_DEFAUT : "", destinataire: destinataire ?? "",
      destinataireAdresse: "", objet: "", message: "", accordPersonne: false,
    },
  });
  const button = <SubmitButton handle={f} pendingLabel="Génération…" className="btn btn--small">{`Générer : ${titre}`}</SubmitButton>;
  return (
    <ActionForm handle={f} className="form" aria-label={titre}>
      <input type="hidden" {...f.field("source")} />
      <input type="hidden" {...f.field("sourceId")} />
      <input type="hidden" {...f.field("modele")} />
      {f.state?.ok ? <GeneratedLinks data={f.state.data} /> : null}
      {variant === "simple" ? button : (
        <details open={variant === "tiers"}>
          <summary>{titre}</summary>
          {variant === "convocation" ? <TextAreaField label="Documents à apporter (un par ligne)" rows={4} {...f.field("piecesAApporter")} /> : null}
          {variant === "attestation" ? <TextField label="Établie pour (facultatif)" hint="Par exemple : constituer un dossier de demande de logement social." {...f.field("objet")} /> : null}
          {variant === "tiers" ? (
            <>
              <TextField label="Destinataire" {...f.field("destinataire")} />
              <TextAreaField label="Adresse du destinataire" rows={3} {...f.field("destinataireAdresse")} />
              <TextField label="Objet (facultatif)" {...f.field("objet")} />
              <TextAreaField label={modele === "bailleur" ? "Message" : "Message (facultatif : sinon, une proposition d'échéancier)"} rows={5} {...f.field("message")} />
              <label className="checkbox"><input {...f.checkbox("accordPersonne")} /><span>La personne a donné son accord pour ce courrier (secret professionnel)</span></label>
              {f.error("accordPersonne") ? <p className="field-error">{f.error("accordPersonne")}</p> : null}
            </>
          ) : null}
          <div className="actions">{button}</div>
        </details>
      )}
    </ActionForm>
  );
}

export function TemplateLetterForm({ source, sourceId, modeles }: { source: CourrierSource; sourceId: string; modeles: { id: string; nom: string }[] }) {
  const f = useActionForm({
    schema: ZGenerateCourrier,
    action: generateCourrierAction as FormAction,
    defaultValues: { source, sourceId, modele: modeles[0]?.id ?? "", piecesAApporter: "", destinataire: "", destinataireAdresse: "", objet: "", message: "", accordPersonne: false },
  });
  return (
    <ActionForm handle={f} className="form" aria-label="Modèles de la structure">
      <input type="hidden" {...f.field("source")} />
      <input type="hidden" {...f.field("sourceId")} />
      {f.state?.ok ? <GeneratedLinks data={f.state.data} /> : null}
      <div className="field-row">
        <SelectField label="Modèle de la structure" {...f.field("modele")}>
          {modeles.map((m) => <option key={m.id} value={m.id}>{m.nom}</option>)}
        </SelectField>
      </div>
      <SubmitButton handle={f} pendingLabel="Génération…" className="btn btn--small">Générer depuis ce modèle</SubmitButton>
    </ActionForm>
  );
}
