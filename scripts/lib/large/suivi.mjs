// The suivi social of the large seed, in bulk SQL from the staging table bench_seed.person:
// entretiens (their number drawn per person, the last one exactly at the dossier's last
// contact, so Usager.lastContactAt stays true), diagnostics, accompagnements, aides and
// orientations with their events. Dates never go past the seed's "now".
import { CANALS, DIAGNOSTIC_CONCLUSIONS, ENTRETIEN_TEXTS, NOTE_CONFIDENTIELLE, ORIENTATION_MOTIFS, SUITES } from "./texts.mjs";

export const INSERT_ENTRETIENS = {
  text: `
  INSERT INTO "Entretien" (id, "structureId", "usagerId", "authorId", date, "dureeMinutes", canal, objets, resume,
    "noteConfidentielle", suites, "rappelLe", "rappelFait", "createdAt")
  SELECT gen_random_uuid(), p.structure_id, p.id,
    -- Mostly the référent; colleagues step in (absences, permanences).
    CASE WHEN e.r_author < 0.8 THEN p.worker_id ELSE s.workers[1 + floor(e.r_pick * cardinality(s.workers))::int] END,
    e.date, (3 + floor(e.r_len * 16)::int) * 5, ($1::text[])[1 + floor(e.r_canal * cardinality($1::text[]))::int]::"EntretienCanal",
    ($2::text[])[e.t]::"DomaineSocial"[], ($3::text[])[e.t],
    CASE WHEN e.r_note < 0.05 THEN $4 END,
    CASE WHEN e.last AND e.r_note > 0.7 THEN ($5::text[])[1 + floor(e.r_len * cardinality($5::text[]))::int] END,
    CASE WHEN e.last AND e.r_note > 0.7 THEN (e.date + interval '14 days')::date END,
    e.last AND e.r_note > 0.7 AND e.date + interval '14 days' < $6::timestamp,
    e.date + interval '25 minutes'
  FROM bench_seed.person p
  JOIN bench_seed.structure s ON s.structure_id = p.structure_id
  CROSS JOIN LATERAL (
    SELECT k = p.n_entretiens AS last,
      CASE WHEN k = p.n_entretiens THEN p.last_contact_at ELSE p.created_at + random() * (p.last_contact_at - p.created_at) END AS date,
      1 + floor(random() * $7)::int AS t, random() AS r_author, random() AS r_pick, random() AS r_len, random() AS r_canal, random() AS r_note
    FROM generate_series(1, p.n_entretiens) k
  ) e
  WHERE p.n_entretiens > 0`,
  params: (now) => [CANALS, ENTRETIEN_TEXTS.map((t) => t[0]), ENTRETIEN_TEXTS.map((t) => t[1]), NOTE_CONFIDENTIELLE, SUITES, now, ENTRETIEN_TEXTS.length],
};

/** One diagnostic for a third of the followed people (and every heavy dossier), two domains each. */
export const INSERT_DIAGNOSTICS = {
  text: `
  INSERT INTO "Diagnostic" (id, "structureId", "usagerId", "authorId", numero, date, "droitsNonOuverts", conclusion, propositions, "createdAt")
  SELECT gen_random_uuid(), p.structure_id, p.id, p.worker_id, 1, (p.created_at + interval '7 days')::date, '{}',
    ($1::text[])[1 + p.i % cardinality($1::text[])], '{ACCOMPAGNEMENT}', p.created_at + interval '7 days'
  FROM bench_seed.person p WHERE p.n_entretiens >= 2 AND (p.heavy OR p.i % 3 = 0)`,
  params: () => [DIAGNOSTIC_CONCLUSIONS],
};

export const INSERT_DIAGNOSTIC_DOMAINES = `
  INSERT INTO "DiagnosticDomaine" (id, "diagnosticId", domaine, situation, besoins, priorite)
  SELECT gen_random_uuid(), d.id, v.domaine::"DomaineSocial", v.situation, v.besoins, v.priorite::"Priorite"
  FROM "Diagnostic" d
  CROSS JOIN (VALUES ('BUDGET', 'Ressources faibles et irrégulières.', 'Stabiliser le budget.', 'HAUTE'),
    ('LOGEMENT', 'Logement trop cher pour les ressources.', 'Demande de logement social.', 'MOYENNE')) AS v(domaine, situation, besoins, priorite)`;

/** About one followed person in eight has an accompagnement, most of them still running. */
export const INSERT_ACCOMPAGNEMENTS = `
  INSERT INTO "Accompagnement" (id, "structureId", "usagerId", type, "referentId", debut, "finPrevue", status, "motifCloture",
    "closAt", "statusChangedAt", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), p.structure_id, p.id, t.type::"AccompagnementType", p.worker_id, (p.created_at + interval '10 days')::date,
    (p.created_at + interval '190 days')::date, t.status::"AccompagnementStatus",
    CASE WHEN t.status = 'CLOS' THEN 'Objectifs atteints' END,
    CASE WHEN t.status = 'CLOS' THEN p.last_contact_at END,
    CASE WHEN t.status = 'CLOS' THEN p.last_contact_at ELSE p.created_at + interval '10 days' END,
    p.created_at + interval '10 days', coalesce(p.last_contact_at, p.created_at + interval '10 days')
  FROM bench_seed.person p
  CROSS JOIN LATERAL (SELECT
    (ARRAY['INDIVIDUEL', 'INDIVIDUEL', 'BUDGETAIRE', 'LOGEMENT', 'ERRANCE'])[1 + p.i % 5] AS type,
    CASE WHEN p.status <> 'ACTIF' THEN 'CLOS' ELSE (ARRAY['EN_COURS', 'EN_COURS', 'EN_COURS', 'PROPOSE', 'SUSPENDU', 'CLOS'])[1 + p.i / 8 % 6] END AS status) t
  WHERE p.n_entretiens >= 3 AND p.last_contact_at > p.created_at + interval '10 days' AND (p.heavy OR p.i % 8 = 1)`;

export const INSERT_PLAN = `
  WITH o AS (
    INSERT INTO "PlanObjectif" (id, "accompagnementId", libelle, ordre)
    SELECT gen_random_uuid(), a.id, 'Stabiliser la situation budgétaire', 1 FROM "Accompagnement" a
    RETURNING id
  )
  INSERT INTO "PlanAction" (id, "objectifId", libelle, porteur, status)
  SELECT gen_random_uuid(), o.id, v.libelle, v.porteur, v.status::"PlanActionStatus" FROM o
  CROSS JOIN (VALUES ('Constituer le dossier FSL', 'la travailleuse sociale', 'FAITE'),
    ('Rencontrer le bailleur', 'la personne', 'EN_COURS')) AS v(libelle, porteur, status)`;

/** Aids: one for a quarter of the followed people, decided at the monthly commission. */
export const INSERT_AIDES = `
  INSERT INTO "Aide" (id, "structureId", "usagerId", "instructeurId", type, objet, "montantDemandeCents", "montantAccordeCents", status,
    "demandeLe", "commissionLe", "decisionLe", "motifRefus", "modePaiement", "payeLe", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), p.structure_id, p.id, p.worker_id, a.type::"AideType", NULL, a.montant,
    CASE WHEN a.status = 'ACCORDEE' THEN a.montant END, a.status::"AideStatus", a.demande::date,
    CASE WHEN a.status IN ('ACCORDEE', 'REFUSEE', 'AJOURNEE') THEN (a.demande + interval '12 days')::date END,
    CASE WHEN a.status IN ('ACCORDEE', 'REFUSEE') THEN (a.demande + interval '12 days')::date END,
    CASE WHEN a.status = 'REFUSEE' THEN 'Ressources au-dessus du barème' END,
    CASE WHEN a.status = 'ACCORDEE' THEN 'BON_OU_CARTE'::"ModePaiement" END,
    CASE WHEN a.status = 'ACCORDEE' THEN (a.demande + interval '15 days')::date END,
    a.demande, least(a.demande + interval '15 days', $1::timestamp)
  FROM bench_seed.person p
  CROSS JOIN LATERAL (SELECT
    (ARRAY['ALIMENTAIRE', 'ALIMENTAIRE', 'ENERGIE', 'EAU', 'LOGEMENT', 'TRANSPORT', 'SCOLARITE_ENFANCE'])[1 + p.i % 7] AS type,
    (5 + p.i % 30) * 1000 AS montant,
    CASE WHEN p.last_contact_at > $1::timestamp - interval '20 days' THEN 'EN_INSTRUCTION'
      ELSE (ARRAY['ACCORDEE', 'ACCORDEE', 'ACCORDEE', 'REFUSEE', 'AJOURNEE', 'ABANDONNEE'])[1 + p.i / 4 % 6] END AS status,
    p.created_at + (p.last_contact_at - p.created_at) * 0.9 AS demande) a
  WHERE p.n_entretiens >= 2 AND (p.heavy OR p.i % 4 = 2)`;

/** Orientations to the structure's partners (mostly the Département), with their events. */
export const INSERT_ORIENTATIONS = {
  text: `
  INSERT INTO "Orientation" (id, "structureId", "usagerId", "partenaireId", "authorId", motif, "elementsTransmis", "consentementLe",
    date, urgence, status, "statusChangedAt", "accuseLe", "reponseLe", "realiseeLe", "createdAt")
  SELECT gen_random_uuid(), p.structure_id, p.id, s.partenaires[1 + p.i % cardinality(s.partenaires)], p.worker_id,
    ($1::text[])[1 + p.i % cardinality($1::text[])], '{IDENTITE_CONTACT,COMPOSITION_FOYER}', o.d::date, o.d::date,
    (CASE WHEN p.i % 10 = 0 THEN 'PRIORITAIRE' ELSE 'NORMALE' END)::"OrientationUrgence", o.status::"OrientationStatus",
    CASE WHEN o.status = 'ENVOYEE' THEN o.d ELSE o.d + interval '20 days' END,
    CASE WHEN o.status <> 'ENVOYEE' THEN (o.d + interval '5 days')::date END,
    CASE WHEN o.status IN ('ACCEPTEE', 'REFUSEE', 'REALISEE') THEN (o.d + interval '12 days')::date END,
    CASE WHEN o.status = 'REALISEE' THEN (o.d + interval '20 days')::date END, o.d
  FROM bench_seed.person p JOIN bench_seed.structure s ON s.structure_id = p.structure_id
  CROSS JOIN LATERAL (SELECT p.created_at + (p.last_contact_at - p.created_at) * 0.5 AS d,
    CASE WHEN p.last_contact_at > $2::timestamp - interval '25 days' THEN 'ENVOYEE'
      ELSE (ARRAY['REALISEE', 'REALISEE', 'ACCEPTEE', 'REFUSEE', 'SANS_REPONSE', 'ACCUSEE'])[1 + p.i / 10 % 6] END AS status) o
  WHERE p.n_entretiens >= 2 AND (p.heavy OR p.i % 10 = 3)`,
  params: (now) => [ORIENTATION_MOTIFS, now],
};

export const INSERT_ORIENTATION_EVENTS = `
  INSERT INTO "OrientationEvent" (id, "orientationId", at, "actorId", status)
  SELECT gen_random_uuid(), o.id, o."createdAt", o."authorId", 'ENVOYEE' FROM "Orientation" o
  UNION ALL
  SELECT gen_random_uuid(), o.id, o."statusChangedAt", o."authorId", o.status FROM "Orientation" o WHERE o.status <> 'ENVOYEE'`;
