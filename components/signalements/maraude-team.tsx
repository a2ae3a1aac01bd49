"use client";

// The team flag, one account at a time, and the public page's settings (RESPONSABLE only).
import { ZSignalementSettings } from "@/lib/domain/signalements/schemas";
import { setMaraudeMemberAction, updateSignalementSettingsAction } from "@/lib/actions/maraude";
import { useActionForm } from "@/components/forms/use-action-form";
import { ActionForm, SubmitButton } from "@/components/forms/action-form";
import { ActionButton } from "@/components/forms/action-button";
import { TextAreaField, TextField } from "@/components/forms/field";

type Member = { id: string; firstName: string; lastName: string; roleLabel: string; maraude: boolean };

export function MaraudeTeam({ members }: { members: Member[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="sr-only">Professionnels de la structure et équipe de maraude</caption>
        <thead><tr><th scope="col">Professionnel</th><th scope="col">Équipe de maraude</th><th scope="col"><span className="sr-only">Action</span></th></tr></thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>{m.firstName} {m.lastName} <span className="muted">({m.roleLabel})</span></td>
              <td>{m.maraude ? "Oui" : "Non"}</td>
              <td>
                <ActionButton action={setMaraudeMemberAction} fields={{ userId: m.id, maraude: m.maraude ? "false" : "true" }}
                  success={m.maraude ? "Retiré de l'équipe." : "Ajouté à l'équipe."}>
                  {m.maraude ? `Retirer ${m.firstName} ${m.lastName} de l'équipe` : `Ajouter ${m.firstName} ${m.lastName} à l'équipe`}
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SignalementSettingsForm({ values, origin }: {
  values: { signalementActif: boolean; signalementCode: string; signalementCommunes: string; signalementConservationMois: string }; origin: string;
}) {
  const f = useActionForm({ schema: ZSignalementSettings, action: updateSignalementSettingsAction, defaultValues: values });
  return (
    <ActionForm handle={f} success={(d: { code: string }) => `Réglages enregistrés. Adresse de la page : ${origin}/signaler/${d.code}`} aria-label="Page publique de signalement">
      <label className="checkbox"><input {...f.checkbox("signalementActif")} /> <span>Page publique ouverte</span></label>
      <TextField label="Adresse de la page" hint={`${origin}/signaler/… (lettres sans accents, chiffres et tirets)`} maxLength={40} {...f.field("signalementCode")} />
      <TextAreaField label="Communes proposées" rows={4} hint="Une commune par ligne. Vide : la commune de la structure. Les quartiers proposés sont ceux des sites." {...f.field("signalementCommunes")} />
      <TextField label="Conservation des signalements non liés à un dossier (mois)" type="number" min={1} max={3} {...f.field("signalementConservationMois")} />
      <div className="actions" style={{ marginTop: 0 }}><SubmitButton handle={f}>Enregistrer</SubmitButton></div>
    </ActionForm>
  );
}
