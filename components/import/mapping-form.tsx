"use client";

// The mapping table: each column of the file, a few of its values, and the field it fills
// (proposed from its header, or from the mapping the structure saved). One form of the one
// mechanism; the checks (a field twice, a required field missing) come back on the fields.
import { ZImportMapping } from "@/lib/domain/import/schemas";
import { IMPORT_FIELDS } from "@/lib/domain/import/fields";
import { PARTENAIRE_FIELDS } from "@/lib/domain/import/partenaire-fields";
import { saveImportMappingAction } from "@/lib/actions/import";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";

export function ImportMappingForm({ jobId, headers, samples, mapping, annuaire = false }: { jobId: string; headers: string[]; samples: string[][]; mapping: string[]; annuaire?: boolean }) {
  const options = annuaire ? PARTENAIRE_FIELDS : IMPORT_FIELDS;
  const f = useActionForm({ schema: ZImportMapping, action: saveImportMappingAction, defaultValues: { jobId, columns: mapping, saveForNext: true } });
  const all = f.group("columns");
  return (
    <ActionForm handle={f} aria-label="Associer les colonnes">
      <input type="hidden" {...f.field("jobId")} />
      {all.error ? <p className="field-error" id={all.id}>{all.error}</p> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Colonnes du fichier et champs du dossier</caption>
          <thead><tr><th scope="col">Colonne du fichier</th><th scope="col">Exemples</th><th scope="col">{annuaire ? "Champ de l'annuaire" : "Champ du dossier"}</th></tr></thead>
          <tbody>
            {headers.map((h, i) => {
              const field = f.field(`columns.${i}` as never);
              return (
                <tr key={i}>
                  <th scope="row"><label htmlFor={field.id}>{h}</label></th>
                  <td className="muted">{samples.map((s) => s[i]).filter(Boolean).slice(0, 3).map((v) => v!.slice(0, 40)).join(" · ") || "—"}</td>
                  <td className={field.error ? "field--error" : undefined}>
                    <select id={field.id} name={field.name} ref={field.ref} onChange={field.onChange} onBlur={field.onBlur} defaultValue={field.defaultValue}
                      aria-invalid={field.error ? true : undefined} aria-describedby={field.error ? `${field.id}-error` : undefined}>
                      <option value="">— Ne pas importer —</option>
                      {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
                    </select>
                    {field.error ? <p className="field-error" id={`${field.id}-error`}>{field.error}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label className="checkbox"><input {...f.checkbox("saveForNext")} /><span>Retenir ces associations pour le prochain import de la structure</span></label>
      <SubmitButton handle={f} pendingLabel="Vérification des lignes…">Vérifier les lignes</SubmitButton>
    </ActionForm>
  );
}
