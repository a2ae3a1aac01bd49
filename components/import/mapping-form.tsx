"use client";

// The mapping of the dossiers' (or annuaire's) sheet: each column of the file and the field it fills
// (proposed from its header, or from the mapping the structure saved). One form of the one
// mechanism; the checks (a field twice, a required field missing) come back on the fields.
import { ZImportMapping } from "@/lib/domain/import/schemas";
import { IMPORT_FIELDS } from "@/lib/domain/import/fields";
import { PARTENAIRE_FIELDS } from "@/lib/domain/import/partenaire-fields";
import { saveImportMappingAction } from "@/lib/actions/import";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { MappingTable } from "./mapping-table";

export function ImportMappingForm({ jobId, headers, samples, mapping, annuaire = false }: { jobId: string; headers: string[]; samples: string[][]; mapping: string[]; annuaire?: boolean }) {
  const options = annuaire ? PARTENAIRE_FIELDS : IMPORT_FIELDS;
  const f = useActionForm({ schema: ZImportMapping, action: saveImportMappingAction, defaultValues: { jobId, columns: mapping, saveForNext: true } });
  const all = f.group("columns");
  return (
    <ActionForm handle={f} aria-label="Associer les colonnes">
      <input type="hidden" {...f.field("jobId")} />
      {all.error ? <p className="field-error" id={all.id}>{all.error}</p> : null}
      <MappingTable form={f} caption="Colonnes du fichier et champs du dossier" columnLabel="Colonne du fichier" fieldLabel={annuaire ? "Champ de l'annuaire" : "Champ du dossier"}
        headers={headers} samples={samples} options={options} />
      <label className="checkbox"><input {...f.checkbox("saveForNext")} /><span>Retenir ces associations pour le prochain import de la structure</span></label>
      <SubmitButton handle={f} pendingLabel="Vérification des lignes…">Vérifier les lignes</SubmitButton>
    </ActionForm>
  );
}
