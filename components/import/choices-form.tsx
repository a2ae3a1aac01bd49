"use client";

// What to do with each group of the preview, and with one row over its group's choice.
import { GROUP_CHOICES, GROUP_LABELS, IMPORT_CHOICES, ZGroupChoices, ZRowChoice, type ImportChoice } from "@/lib/domain/import/schemas";
import { setImportGroupChoicesAction, setImportRowChoiceAction } from "@/lib/actions/import";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/field";

export function GroupChoicesForm({ jobId, choices, counts }: { jobId: string; choices: Record<"NEW" | "MATCH" | "FILE_DUPLICATE", ImportChoice>; counts: Record<string, number> }) {
  const f = useActionForm({ schema: ZGroupChoices, action: setImportGroupChoicesAction, defaultValues: { jobId, ...choices } });
  return (
    <ActionForm handle={f} aria-label="Choix par groupe" success="Choix enregistrés.">
      <input type="hidden" {...f.field("jobId")} />
      <div className="field-row">
        {(["NEW", "MATCH", "FILE_DUPLICATE"] as const).map((g) => (
          <SelectField key={g} label={`${GROUP_LABELS[g]} (${counts[g] ?? 0})`} {...f.field(g)}>
            {GROUP_CHOICES[g].map((c) => <option key={c} value={c}>{IMPORT_CHOICES[c]}</option>)}
          </SelectField>
        ))}
      </div>
      <SubmitButton handle={f}>Enregistrer les choix</SubmitButton>
    </ActionForm>
  );
}

export function RowChoiceForm({ jobId, rowId, group, choice, line }: { jobId: string; rowId: string; group: keyof typeof GROUP_CHOICES; choice: string | null; line: number }) {
  const f = useActionForm({ schema: ZRowChoice, action: setImportRowChoiceAction, defaultValues: { jobId, rowId, choice: (choice ?? "") as never } });
  return (
    <ActionForm handle={f} className="inline-form" aria-label={`Choix pour la ligne ${line}`} success="Enregistré.">
      <input type="hidden" {...f.field("jobId")} />
      <input type="hidden" {...f.field("rowId")} />
      <SelectField label={`Ligne ${line}`} {...f.field("choice")}>
        <option value="">Comme son groupe</option>
        {GROUP_CHOICES[group].map((c) => <option key={c} value={c}>{IMPORT_CHOICES[c]}</option>)}
      </SelectField>
      <SubmitButton handle={f} className="btn btn--small btn--secondary">Appliquer</SubmitButton>
    </ActionForm>
  );
}
