// French wording of audit actions, for the journal. Unknown actions show their code.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  // Import of spreadsheets (issue 19)
  "import.upload": "Fichier à importer déposé", "import.run": "Import de dossiers terminé", "import.cancel": "Import de dossiers abandonné",
  "import.export": "Dossiers exportés au format d'import", "import.export_annuaire": "Annuaire exporté au format d'import",
  // Courriers (issue #21)
  "courrier.generate": "Courrier généré", "courrier.envoi": "Envoi ou remise d'un courrier enregistré", "document.generate": "Courrier rangé dans les pièces jointes",
  "courrier.entete": "En-tête des courriers modifié", "courrier.logo": "Logo des courriers déposé", "courrier.logo_retire": "Logo des courriers retiré",
  "courrier_modele.create": "Modèle de courrier déposé", "courrier_modele.version": "Nouvelle version d'un modèle de courrier",
  "courrier_modele.archive": "Modèle de courrier archivé", "courrier_modele.restore": "Modèle de courrier restauré",
  "courrier_modele.preview": "Aperçu d'un modèle de courrier sur un dossier",
  "auth.sign_in": "Connexion", "auth.sign_out": "Déconnexion", "auth.sign_in_failed": "Échec de connexion",
  "auth.account_locked": "Compte bloqué après 5 échecs", "auth.sign_in_refused": "Connexion refusée (compte bloqué ou désactivé)",
  "auth.oidc_sign_in": "Connexion par un fournisseur d'identité", "auth.oidc_refused": "Connexion par un fournisseur d'identité refusée",
  "auth.oidc_failed": "Connexion par un fournisseur d'identité non vérifiée", "auth.oidc_second_factor": "Fournisseur d'identité accepté, code demandé",
  "settings.sign_in_update": "Modes de connexion de la structure modifiés",
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
  // Dossier, suivi social, fiches, orientations, annuaire
  "usager.export": "Export des données de la personne (droit d'accès)", "usager.referent_reassign": "Dossier réattribué à un autre référent",
  "accompagnement.open": "Accompagnement ouvert", "accompagnement.read": "Ouverture d'un accompagnement", "accompagnement.update": "Accompagnement modifié",
  "accompagnement.status": "Statut d'un accompagnement modifié", "accompagnement.plan": "Plan d'accompagnement modifié",
  "accompagnement.plan_action": "Action du plan d'accompagnement modifiée", "accompagnement.budgetaire": "Volet budgétaire modifié",
  "accompagnement.logement": "Volet logement modifié", "accompagnement.errance": "Volet errance modifié",
  "aide.create": "Demande d'aide enregistrée", "aide.read": "Ouverture d'une demande d'aide", "aide.update": "Demande d'aide modifiée",
  "aide.status": "Décision ou statut d'une aide", "aide.payment": "Paiement d'une aide enregistré",
  "fiche.send": "Fiche de liaison envoyée", "fiche.read": "Ouverture d'une fiche de liaison", "fiche.recevoir": "Fiche de liaison reçue",
  "fiche.evaluer": "Première évaluation d'une fiche", "fiche.lier": "Fiche rattachée à un dossier", "fiche.creerDossier": "Dossier créé depuis une fiche",
  "fiche.attribuer": "Fiche attribuée à un travailleur social", "fiche.fixerRdv": "Rendez-vous fixé pour une fiche",
  "fiche.reorienter": "Fiche réorientée", "fiche.cloturer": "Fiche clôturée",
  "orientation.create": "Orientation envoyée", "orientation.read": "Ouverture d'une orientation", "orientation.status": "Suivi d'une orientation",
  "orientation.relance": "Relance d'une orientation", "orientation.courrier": "Courrier d'orientation imprimé",
  "transmission.create": "Transmission écrite entre collègues", "transmission.edit": "Transmission corrigée par son auteur",
  "absence.create": "Absence enregistrée", "absence.cancel": "Absence annulée",
  "agenda.flux.create": "Abonnement à l'agenda créé", "agenda.flux.revoke": "Abonnement à l'agenda révoqué",
  "tache.create": "Tâche confiée", "tache.status": "Statut d'une tâche changé",
  "partenaire.create": "Partenaire ajouté à l'annuaire", "partenaire.update": "Partenaire de l'annuaire modifié",
  // Agenda (issue #10)
  "rendezvous.create": "Rendez-vous créé", "rendezvous.book": "Créneau de permanence réservé", "rendezvous.move": "Rendez-vous déplacé",
  "rendezvous.status": "Suite d'un rendez-vous enregistrée", "rendezvous.read": "Ouverture d'un rendez-vous", "rendezvous.ics": "Rendez-vous exporté (fichier .ics)",
  "rendezvous.rappel": "Rappel de rendez-vous envoyé", "permanence.create": "Permanence créée", "permanence.close": "Permanence arrêtée",
  "permanence.exception.remove": "Date exclue rétablie",
  "permanence.exception": "Date exclue d'une permanence",
  // Tableau de bord, second facteur
  "dashboard.export": "Export du tableau de bord", "auth.totp_enabled": "Double authentification activée",
  "auth.totp_disabled": "Double authentification désactivée", "user.totp_reset": "Double authentification réinitialisée par un administrateur",
  // Revue de sécurité (issue 23)
  "securite.consultations_massives": "Alerte : ouvertures de dossiers au-delà de la limite (extraction possible)",
  // Signalements de personnes sans abri (issue 22)
  "signalement.create": "Signalement reçu par la page publique", "signalement.read": "Ouverture d'un signalement",
  "signalement.status": "Suivi d'un signalement (maraude)", "signalement.equipe": "Équipe de maraude modifiée",
  "signalement.purge": "Purge des signalements (durée de conservation)", "settings.signalement_update": "Réglages de la page de signalement",
  // Accueil (issue 22)
  "passage.record": "Passage enregistré à l'accueil", "file.add": "Personne inscrite dans la file d'attente",
  "file.take": "Personne de la file d'attente prise en charge", "file.leave": "Sortie de la file d'attente sans être reçue",
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  User: "Compte", Usager: "Dossier", StructureSettings: "Paramètres", FicheLiaison: "Fiche de liaison",
  Orientation: "Orientation", Accompagnement: "Accompagnement", Aide: "Aide", Export: "Export", Atelier: "Atelier", AtelierInscription: "Inscription à un atelier", Document: "Pièce jointe", Domiciliation: "Domiciliation", CourrierDomiciliation: "Courrier domicilié",
  Signalement: "Signalement",
  Passage: "Passage à l'accueil", FileAttenteEntree: "File d'attente",
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;
