// French wording of audit actions, for the journal. Unknown actions show their code.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.sign_in": "Connexion", "auth.sign_out": "Déconnexion", "auth.sign_in_failed": "Échec de connexion",
  "auth.account_locked": "Compte bloqué après 5 échecs", "auth.sign_in_refused": "Connexion refusée (compte bloqué ou désactivé)",
  "user.create": "Compte créé", "user.update": "Compte modifié", "user.disable": "Compte désactivé", "user.enable": "Compte réactivé",
  "user.password_reset": "Mot de passe réinitialisé", "user.password_change": "Mot de passe changé",
  "usager.read": "Ouverture du dossier", "usager.create": "Création du dossier", "usager.update": "Modification du dossier",
  "usager.referent_add": "Référent ajouté", "usager.referent_remove": "Référent retiré", "usager.status": "Statut du dossier modifié",
  "entretien.create": "Entretien enregistré", "diagnostic.create": "Diagnostic enregistré",
  "settings.rav_update": "Paramètres du reste à vivre modifiés",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: "Compte", Usager: "Dossier", StructureSettings: "Paramètres", FicheLiaison: "Fiche de liaison",
  Orientation: "Orientation", Accompagnement: "Accompagnement", Aide: "Aide", Export: "Export",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
