"use client";

import Link from "next/link";
import { ZUsagerUpdate, type UsagerUpdateInput } from "@/lib/domain/usagers/schemas";
import { updateUsagerAction } from "@/lib/actions/usagers";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ContactSection, DroitsSection, IdentitySection, InformationSection, SituationSection } from "./usager-form-fields";
import { FoyerSection } from "./usager-form-foyer";
import { BudgetSection } from "./usager-form-budget";
import type { SiteOption, UsagerForm } from "./usager-form-types";

/** Saved, the action goes back to the dossier; on a conflict what was typed stays in the fields. */
export function UsagerEditForm({ initial, sites, quartiers }: { initial: UsagerUpdateInput; sites: SiteOption[]; quartiers: string[] }) {
  const f = useActionForm({ schema: ZUsagerUpdate, action: updateUsagerAction, defaultValues: initial });
  // Same field names as the creation form: the sections are shared.
  const shared = f as unknown as UsagerForm;
  return (
    <ActionForm handle={f}>
      <input type="hidden" {...f.field("id")} />
      <input type="hidden" {...f.field("version")} />
      <IdentitySection f={shared} />
      <ContactSection f={shared} sites={sites} quartiers={quartiers} />
      <SituationSection f={shared} />
      <DroitsSection f={shared} />
      <FoyerSection f={shared} />
      <BudgetSection f={shared} />
      <InformationSection f={shared} />
      <div className="actions">
        <SubmitButton handle={f}>Enregistrer les modifications</SubmitButton>
        <Link className="btn btn--secondary" href={`/usagers/${initial.id}`}>Annuler</Link>
      </div>
    </ActionForm>
  );
}
