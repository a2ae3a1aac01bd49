// The section that depends on the accompagnement's type. The budgétaire one needs the dossier's
// budget for the reste à vivre before the plan (computed with the structure's settings).
import type { Actor } from "@/lib/auth/actor";
import type { AccompagnementDetail } from "@/lib/domain/accompagnements/queries";
import { budgetaireFormValues, erranceFormValues, logementFormValues } from "@/lib/domain/accompagnements/form-values";
import { computeResteAVivreApresPlan } from "@/lib/domain/accompagnements/budget";
import { getUsagerDossier } from "@/lib/domain/usagers/dossier";
import { getRavSettings } from "@/lib/domain/settings/structure-settings";
import { computeResteAVivre } from "@/lib/domain/usagers/reste-a-vivre";
import { BudgetaireSection } from "./budgetaire-section";
import { BudgetaireForm } from "./budgetaire-form";
import { LogementSection } from "./logement-section";
import { LogementForm } from "./logement-form";
import { ErranceSection } from "./errance-section";
import { ErranceForm } from "./errance-form";

export async function TypeSpecificCard({ actor, acc, editable, today }: { actor: Actor; acc: AccompagnementDetail; editable: boolean; today: string }) {
  if (acc.type === "INDIVIDUEL") return null;
  const label = (what: string) => `Modifier : ${what}`;
  let body: React.ReactNode;
  let form: React.ReactNode = null;
  let title: string;
  if (acc.type === "BUDGETAIRE") {
    title = "Budget et dettes";
    const [dossier, settings] = await Promise.all([getUsagerDossier(actor, acc.usagerId, { audit: false }), getRavSettings(actor)]);
    if (!dossier) return null;
    const avant = computeResteAVivre([{ dateNaissance: dossier.dateNaissance, lien: "USAGER" }, ...dossier.foyer], dossier.budget, settings);
    body = <BudgetaireSection acc={acc} avant={avant} apres={computeResteAVivreApresPlan(avant, acc.dettes)} />;
    form = <BudgetaireForm key={acc.version} label={label("budget et dettes")} initial={budgetaireFormValues(acc)} disponibleAvantCents={avant.disponibleCents} />;
  } else if (acc.type === "LOGEMENT") {
    title = "Logement";
    body = <LogementSection acc={acc} />;
    form = <LogementForm key={acc.version} label={label("logement")} initial={logementFormValues(acc)} />;
  } else {
    title = "Errance";
    body = <ErranceSection acc={acc} />;
    form = <ErranceForm key={acc.version} label={label("errance")} initial={erranceFormValues(acc)} today={today} />;
  }
  return (
    <section className="card" aria-labelledby="specifique">
      <h2 id="specifique">{title}</h2>
      {body}
      {editable ? <div className="actions">{form}</div> : null}
    </section>
  );
}
