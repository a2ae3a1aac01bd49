"use client";

import { ZUsagerCreate } from "@/lib/domain/usagers/schemas";
import { EMPTY_USAGER_FORM } from "@/lib/domain/usagers/form-values";
import { createUsagerAction } from "@/lib/actions/usagers";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ContactSection, DroitsSection, IdentitySection, InformationSection, SituationSection } from "./usager-form-fields";
import { FoyerSection } from "./usager-form-foyer";
import { BudgetSection } from "./usager-form-budget";
import { DuplicatesCheck } from "./usager-duplicates";
import type { SiteOption } from "./usager-form-types";

/** Saved, the action opens the new dossier; a likely duplicate is refused until confirmed. */
/** `fromQueue`: a person taken from the accueil's queue (first name prefilled, the entretien follows). */
export function UsagerCreateForm({ sites, quartiers, fromQueue }: { sites: SiteOption[]; quartiers: string[]; fromQueue?: { id: string; prenom: string } }) {
  const f = useActionForm({
    schema: ZUsagerCreate,
    action: createUsagerAction,
    defaultValues: { ...EMPTY_USAGER_FORM, droitsOuverts: [], foyer: [], budget: [], prenom: fromQueue?.prenom ?? "", fileAttenteId: fromQueue?.id ?? "" },
  });
  return (
    <ActionForm handle={f}>
      {fromQueue ? <input type="hidden" name="fileAttenteId" value={fromQueue.id} /> : null}
      <IdentitySection f={f} />
      <DuplicatesCheck f={f} />
      <ContactSection f={f} sites={sites} quartiers={quartiers} />
      <SituationSection f={f} />
      <DroitsSection f={f} />
      <FoyerSection f={f} />
      <BudgetSection f={f} />
      <InformationSection f={f} />
      <div className="actions">
        <SubmitButton handle={f}>Créer le dossier</SubmitButton>
      </div>
    </ActionForm>
  );
}
