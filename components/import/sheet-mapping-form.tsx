"use client";

// Another sheet of the workbook: what it holds (household members, contacts history, or nothing
// to import) and which column is what, proposed from its name and headers. The fields offered
// are those of the sort chosen; the checks come back on the fields.
import { useWatch } from "react-hook-form";
import { ZImportSheetMapping } from "@/lib/domain/import/schemas";
import { SHEET_FIELDS, SHEET_ROLES, type SheetRole } from "@/lib/domain/import/sheet-fields";
import { saveImportSheetMappingAction } from "@/lib/actions/import";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/field";

type Props = { jobId: string; sheet: number; name: string; role: SheetRole | ""; headers: string[]; mapping: string[]; samples: string[][] };

export function ImportSheetMappingForm({ jobId, sheet, name, role, headers, mapping, samples }: Props) {
  const f = useActionForm({ schema: ZImportSheetMapping, action: saveImportSheetMappingAction, defaultValues: { jobId, sheet, role, columns: mapping } });
  const chosen = (useWatch({ control: f.form.control, name: "role" }) ?? role) as SheetRole | "";
  // Before hydration the choice is the saved one; every field of both sorts is offered then.
  const fields = chosen ? SHEET_FIELDS[chosen] : [...SHEET_FIELDS.foyer, ...SHEET_FIELDS.entretiens].filter((x, i, all) => all.findIndex((y) => y.code === x.code) === i);
  const all = f.group("columns");
  return (
    <ActionForm handle={f} aria-label={`Feuille « ${name} »`}>
      <input type="hidden" {...f.field("jobId")} />
      <input type="hidden" {...f.field("sheet")} />
      <SelectField label={`Contenu de la feuille « ${name} »`} {...f.field("role")}>
        <option value="">Ne pas importer cette feuille</option>
        {(Object.keys(SHEET_ROLES) as SheetRole[]).map((r) => <option key={r} value={r}>{SHEET_ROLES[r]}</option>)}
      </SelectField>
      {all.error ? <p className="field-error" id={all.id}>{all.error}</p> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">Colonnes de la feuille « {name} »</caption>
          <thead><tr><th scope="col">Colonne de la feuille</th><th scope="col">Exemples</th><th scope="col">Champ</th></tr></thead>
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
                      {fields.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
                    </select>
                    {field.error ? <p className="field-error" id={`${field.id}-error`}>{field.error}</p> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SubmitButton handle={f} pendingLabel="Vérification des lignes…">Vérifier les lignes de cette feuille</SubmitButton>
    </ActionForm>
  );
}
