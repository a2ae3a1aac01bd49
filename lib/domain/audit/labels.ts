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
  // Retention and information of the person (issue #8)
  "usager.anonymise": "Dossier anonymisé", "usager.notice": "Notice d'information téléchargée", "usager.notice_remise": "Remise de la notice enregistrée",
  "audit.purge": "Purge du journal (durée de conservation)", "aide.purge": "Purge des demandes d'aide refusées ou abandonnées",
  "settings.retention_update": "Durées de conservation modifiées", "retention.refresh": "Liste des dossiers sans contact actualisée",
  // Pièces jointes (issue #12)
  "document.upload": "Pièce jointe ajoutée", "document.preview": "Aperçu d'une pièce jointe", "document.download": "Pièce jointe téléchargée",
  "document.rename": "Pièce jointe renommée", "document.delete": "Pièce jointe supprimée", "document.restore": "Pièce jointe restaurée",
  "document.purge": "Pièce jointe effacée définitivement (30 jours après suppression)",
  // Ateliers collectifs (issue #10)
  "atelier.create": "Atelier créé", "atelier.update": "Atelier modifié", "atelier.status": "Statut d'un atelier modifié", "atelier.read": "Ouverture d'un atelier",
  "atelier.inscription": "Inscription à un atelier", "atelier.desinscription": "Désinscription d'un atelier",
  "atelier.attente_promue": "Place d'atelier donnée depuis la liste d'attente", "atelier.presence": "Présence à un atelier enregistrée",
  // Domiciliation (issue #11)
  "domiciliation.request": "Demande de domiciliation enregistrée", "domiciliation.entretien": "Entretien préalable rattaché à la domiciliation",
  "domiciliation.decision": "Décision de domiciliation", "domiciliation.renew": "Domiciliation renouvelée", "domiciliation.end": "Fin de domiciliation",
  "domiciliation.keep": "Domiciliation maintenue (contact repris)", "domiciliation.letter": "Courrier de domiciliation imprimé", "domiciliation.read": "Ouverture de la domiciliation",
  "domiciliation.report": "Rapport annuel de domiciliation téléchargé", "courrier.receive": "Courrier reçu enregistré", "courrier.handover": "Courrier remis (signature recueillie)",
  "courrier.return": "Courrier retourné à l'expéditeur",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: "Compte", Usager: "Dossier", StructureSettings: "Paramètres", FicheLiaison: "Fiche de liaison",
  Orientation: "Orientation", Accompagnement: "Accompagnement", Aide: "Aide", Export: "Export", Atelier: "Atelier", AtelierInscription: "Inscription à un atelier", Document: "Pièce jointe", Domiciliation: "Domiciliation", CourrierDomiciliation: "Courrier domicilié",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
