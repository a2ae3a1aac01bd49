"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZUsagerUpdate, type UsagerUpdate, type UsagerUpdateInput } from "@/lib/domain/usagers/schemas";
import { updateUsagerAction } from "@/lib/actions/usagers";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Alert } from "@/components/ui/alert";
import { ContactSection, DroitsSection, IdentitySection, InformationSection, SituationSection } from "./usager-form-fields";
import { FoyerSection } from "./usager-form-foyer";
import { BudgetSection } from "./usager-form-budget";
import type { SiteOption, UsagerForm } from "./usager-form-types";

export function UsagerEditForm({ initial, sites, quartiers }: { initial: UsagerUpdateInput; sites: SiteOption[]; quartiers: string[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<UsagerUpdateInput, unknown, UsagerUpdate>({ resolver: zodResolver(ZUsagerUpdate), defaultValues: initial });
  // Same field names as the creation form: the sections are shared.
  const shared = form as unknown as UsagerForm;

  // The browser validated with the schema; the server parses the same raw values again.
  async function onSubmit() {
    setFormError(null);
    const result = await updateUsagerAction(form.getValues());
    // On a conflict the typed values stay in the form: nothing is lost, nothing overwritten.
    if (!result.ok) return setFormError(applyServerErrors(shared.setError, result));
    router.push(`/usagers/${initial.id}`);
    router.refresh();
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <IdentitySection form={shared} />
      <ContactSection form={shared} sites={sites} quartiers={quartiers} />
      <SituationSection form={shared} />
      <DroitsSection form={shared} />
      <FoyerSection form={shared} />
      <BudgetSection form={shared} />
      <InformationSection form={shared} />
      <div className="actions">
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>Enregistrer les modifications</button>
        <Link className="btn btn--secondary" href={`/usagers/${initial.id}`}>Annuler</Link>
      </div>
    </form>
  );
}

