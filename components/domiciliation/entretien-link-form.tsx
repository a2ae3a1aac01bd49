"use client";

import Link from "next/link";
import { ZDomiciliationEntretien } from "@/lib/domain/domiciliation/schemas";
import { linkDomiciliationEntretienAction } from "@/lib/actions/domiciliation";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/field";
import type { Option } from "./request-form";

/** The mandatory interview: an entretien of the dossier, recorded as usual, then linked here. */
export function EntretienLinkForm({ id, updatedAt, usagerId, entretiens }: { id: string; updatedAt: string; usagerId: string; entretiens: Option[] }) {
  const f = useActionForm({
    schema: ZDomiciliationEntretien,
    action: linkDomiciliationEntretienAction,
    defaultValues: { id, updatedAt, entretienId: entretiens[0]?.id ?? "" },
  });
  return (
    <ActionForm handle={f}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      {entretiens.length === 0 ? <p>Aucun entretien à rattacher : enregistrez d&apos;abord l&apos;entretien préalable.</p> : (
        <>
          <SelectField label="Entretien préalable" {...f.field("entretienId")}>
            {entretiens.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </SelectField>
          <div className="actions"><SubmitButton handle={f} className="btn btn--secondary">Rattacher l&apos;entretien</SubmitButton></div>
        </>
      )}
      <p><Link href={`/usagers/${usagerId}/entretiens/nouveau`}>Enregistrer un nouvel entretien</Link></p>
    </ActionForm>
  );
}
