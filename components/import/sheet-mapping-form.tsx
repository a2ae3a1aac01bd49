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
import { MappingTable } from "./mapping-table";
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
      <MappingTable form={f} caption={`Colonnes de la feuille « ${name} »`} columnLabel="Colonne de la feuille" fieldLabel="Champ" headers={headers} samples={samples} options={fields} />
      <SubmitButton handle={f} pendingLabel="Vérification des lignes…">Vérifier les lignes de cette feuille</SubmitButton>
    </ActionForm>
  );
}
