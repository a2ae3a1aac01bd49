"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZUsagerCreate, type UsagerCreate, type UsagerFormInput } from "@/lib/domain/usagers/schemas";
import { EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";
import { createUsagerAction } from "@/lib/actions/usagers";
import { applyServerErrors } from "@/components/forms/apply-server-errors";
import { Alert } from "@/components/ui/alert";
import { ContactSection, DroitsSection, IdentitySection, InformationSection, SituationSection } from "./usager-form-fields";
import { FoyerSection } from "./usager-form-foyer";
import { BudgetSection } from "./usager-form-budget";
import { DuplicatesCheck } from "./usager-duplicates";
import type { SiteOption } from "./usager-form-types";

export function UsagerCreateForm({ sites, quartiers }: { sites: SiteOption[]; quartiers: string[] }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState(0);
  const form = useForm<UsagerFormInput, unknown, UsagerCreate>({
    resolver: zodResolver(ZUsagerCreate),
    defaultValues: { ...EMPTY_USAGER_FORM, droitsOuverts: [], foyer: [], budget: [] },
  });
  const onDuplicates = useCallback((n: number) => setDuplicates(n), []);

  // The browser validated with the schema; the server parses the same raw values again.
  async function onSubmit() {
    setFormError(null);
    const values = form.getValues();
    if (duplicates > 0 && !values.confirmNotDuplicate) {
      form.setError("confirmNotDuplicate", { message: "Confirmez qu'il s'agit d'une autre personne, ou ouvrez le dossier existant." }, { shouldFocus: true });
      return;
    }
    const result = await createUsagerAction(values);
    if (!result.ok) return setFormError(applyServerErrors(form.setError, result));
    router.push(`/usagers/${result.data.id}`);
  }

  return (
    <form className="form" onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <IdentitySection form={form} />
      <DuplicatesCheck form={form} onChange={onDuplicates} />
      <ContactSection form={form} sites={sites} quartiers={quartiers} />
      <SituationSection form={form} />
      <DroitsSection form={form} />
      <FoyerSection form={form} />
      <BudgetSection form={form} />
      <InformationSection form={form} />
      <div className="actions">
        <button type="submit" className="btn" disabled={form.formState.isSubmitting}>Créer le dossier</button>
      </div>
    </form>
  );
}
