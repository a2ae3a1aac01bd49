import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/auth/navigation";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { getActorContext } from "@/lib/domain/users/context";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Accueil" };

const DESCRIPTIONS: Record<string, string> = {
  "/usagers": "Rechercher une personne, ouvrir ou créer un dossier social.",
  "/a-faire": "Vos rappels, les actions des plans à échéance et les accompagnements sans entretien récent.",
  "/aides": "Les demandes d'aide facultative en cours d'instruction et les décisions à prendre.",
  "/fiches-liaison": "Les fiches de liaison entre les mairies de quartier et le CCAS, et leurs suites.",
  "/orientations": "Suivre les orientations vers les partenaires et relancer celles restées sans réponse.",
  "/annuaire": "Services partenaires, horaires et permanences.",
  "/passages": "Enregistrer les passages à l'accueil et tenir la file d'attente de la permanence sans rendez-vous.",
  "/parametres": "Régler le calcul du reste à vivre : charges retenues, parts et unités de consommation.",
  "/admin/journal": "Voir qui a consulté ou modifié quoi, quand et depuis où.",
  "/admin/utilisateurs": "Créer les comptes, changer un rôle ou un site, désactiver un compte, réinitialiser un mot de passe.",
};

export default async function HomePage() {
  const actor = await requireUser();
  const context = await getActorContext(actor);
  const links = navigationFor(actor).filter((item) => item.href !== "/accueil");
  return (
    <>
      <PageHeader title={`Bonjour ${actor.firstName}`} description={`${ROLE_LABELS[actor.role]} · ${context.structureName}${context.siteName ? ` · ${context.siteName}` : ""}`} />
      {links.length > 0 ? (
        <div className="grid-2">
          {links.map((item) => (
            <section className="card" key={item.href}>
              <h2><Link href={item.href}>{item.label}</Link></h2>
              <p>{DESCRIPTIONS[item.href]}</p>
            </section>
          ))}
        </div>
      ) : (
        <section className="card">
          <h2>Votre espace</h2>
          <p>
            Votre compte d&apos;agent d&apos;accueil vous permettra d&apos;envoyer des fiches de liaison au CCAS et d&apos;en suivre
            les suites. Aucun dossier social n&apos;est visible depuis ce compte : les informations couvertes par le secret
            professionnel restent au CCAS.
          </p>
        </section>
      )}
    </>
  );
}
