"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZDomiciliationEntretien } from "@/lib/domain/domiciliation/schemas";
import { linkDomiciliationEntretienAction } from "@/lib/actions/domiciliation";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { SelectField } from "@/components/forms/field";
import { Alert } from "@/components/ui/alert";
import type { z } from "zod";
import type { Option } from "./request-form";

type Values = z.input<typeof ZDomiciliationEntretien>;

/** The mandatory interview: an entretien of the dossier, recorded as usual, then linked here. */
export function EntretienLinkForm({ id, updatedAt, usagerId, entretiens }: { id: string; updatedAt: string; usagerId: string; entretiens: Option[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(ZDomiciliationEntretien), defaultValues: { id, updatedAt, entretienId: entretiens[0]?.id ?? "" } });
  const { register, formState: { errors, isSubmitting } } = form;
  async function onSubmit() {
    setFormError(null);
    const result = await linkDomiciliationEntretienAction(form.getValues());
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.refresh();
  }
  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {entretiens.length === 0 ? <p>Aucun entretien à rattacher : enregistrez d&apos;abord l&apos;entretien préalable.</p> : (
        <>
          <SelectField label="Entretien préalable" error={errors.entretienId?.message} {...register("entretienId")}>
            {entretiens.map((e) => <option key={e.id} value={e.id}>{e.label}</option>)}
          </SelectField>
          <div className="actions"><button type="submit" className="btn btn--secondary" disabled={isSubmitting}>Rattacher l&apos;entretien</button></div>
        </>
      )}
      <p><Link href={`/usagers/${usagerId}/entretiens/nouveau`}>Enregistrer un nouvel entretien</Link></p>
    </form>
  );
}
