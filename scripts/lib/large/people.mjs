// Usagers and their households, budgets and référents, in bulk SQL. Each person is first drawn
// into a staging table (bench_seed.person) that keeps what later steps need and the Usager table
// has no column for (origin, sex, number of entretiens to generate); the app's tables are then
// filled from it with one INSERT … SELECT each.

const LOGEMENTS = [
  "LOCATAIRE_PARC_SOCIAL", "LOCATAIRE_PARC_SOCIAL", "LOCATAIRE_PARC_SOCIAL", "LOCATAIRE_PARC_SOCIAL", "LOCATAIRE_PARC_PRIVE",
  "LOCATAIRE_PARC_PRIVE", "LOCATAIRE_PARC_PRIVE", "HEBERGE_CHEZ_UN_TIERS", "PROPRIETAIRE", "HEBERGEMENT_URGENCE_CHRS",
  "LOGEMENT_FOYER", "SANS_DOMICILE",
];
const DROITS = ["{RSA,CSS}", "{RSA,APL,CSS}", "{AAH,APL}", "{ASPA,APL}", "{PRIME_ACTIVITE,APL}", "{ARE}", "{}", "{}", "{ALLOCATIONS_FAMILIALES,APL,RSA}", "{ASF,RSA,CSS}"];
const BAILLEURS = ["Lille Métropole Habitat", "Vilogia", "Partenord Habitat", "Notre Logis", "SIA Habitat"];

/**
 * Draws the people of one structure. `heavy` people (first structure only) have 98 entretiens,
 * i.e. a history of about 100 events: the dossier page the benchmark opens.
 */
export function stagePeople(client, s, { now, heavy, entretienMean }) {
  return client.query(
    `INSERT INTO bench_seed.person
     WITH g AS MATERIALIZED (
       SELECT i, random() r_origin, random() r_nom, random() r_nom2, random() r_prenom, random() r_sexe, random() r_age,
              random() r_day, random() r_status, random() r_created, random() r_band, random() r_contact, random() r_q,
              random() r_site, random() r_sit, random() r_misc, random() r_ent, random() r_kids, random() r_worker,
              random() r_ref, random() r_log, random() r_droit
       FROM generate_series(1, $2::int) i
     ), p AS (
       SELECT g.*, o.origin, o.n_noms,
         CASE WHEN r_sexe < 0.58 THEN 'F' ELSE 'M' END AS sexe,
         CASE WHEN i <= $7 THEN 'ACTIF' WHEN r_status < 0.03 THEN 'ARCHIVE' WHEN r_status < 0.13 THEN 'INACTIF' ELSE 'ACTIF' END AS status,
         -- Adults of every age, more of them young: power() skews the draw.
         (date_part('year', $3::timestamp)::int - 18 - floor(power(r_age, 1.4) * 77))::int AS birth_year,
         $3::timestamp - interval '1095 days' AS t0
       FROM g JOIN bench_seed.origin o ON g.r_origin >= o.lo AND g.r_origin < o.hi
     ), c AS (
       SELECT p.*,
         CASE WHEN birth_year < 1966 THEN 0 WHEN birth_year <= 1985 THEN 1 ELSE 2 END AS era,
         -- Archived: no contact for two years (retention rule); inactive: none for six months.
         CASE WHEN i <= $7 THEN t0 + r_created * interval '60 days'
              WHEN status = 'ARCHIVE' THEN t0 + r_created * interval '200 days'
              WHEN status = 'INACTIF' THEN t0 + r_created * interval '900 days'
              ELSE t0 + r_created * interval '1093 days' END AS created_at,
         CASE WHEN r_band < 0.70 THEN 90 WHEN r_band < 0.92 THEN 365 ELSE 730 END AS lo,
         CASE WHEN r_band < 0.70 THEN 0 WHEN r_band < 0.92 THEN 91 ELSE 366 END AS hi
       FROM p
     ), l AS (
       SELECT c.*,
         CASE WHEN i <= $7 THEN $3::timestamp - r_contact * interval '20 days'
              WHEN status = 'ARCHIVE' THEN created_at + r_contact * interval '120 days'
              WHEN status = 'INACTIF' THEN greatest(created_at, $3::timestamp - interval '730 days')
                + r_contact * (($3::timestamp - interval '180 days') - greatest(created_at, $3::timestamp - interval '730 days'))
              WHEN r_band < 0.06 THEN NULL
              WHEN greatest(created_at, $3::timestamp - lo * interval '1 day') < $3::timestamp - hi * interval '1 day'
                THEN greatest(created_at, $3::timestamp - lo * interval '1 day')
                  + r_contact * (($3::timestamp - hi * interval '1 day') - greatest(created_at, $3::timestamp - lo * interval '1 day'))
              ELSE created_at + r_contact * ($3::timestamp - created_at) END AS last_contact_at,
         CASE WHEN r_sit < 0.42 THEN 'CELIBATAIRE' WHEN r_sit < 0.52 THEN 'EN_COUPLE' WHEN r_sit < 0.64 THEN 'MARIE'
              WHEN r_sit < 0.67 THEN 'PACSE' WHEN r_sit < 0.77 THEN 'SEPARE' WHEN r_sit < 0.90 THEN 'DIVORCE' ELSE 'VEUF' END AS situation
       FROM c
     )
     SELECT gen_random_uuid(), $1::uuid, l.i, l.origin, l.sexe, l.era, l.birth_year,
       make_date(l.birth_year, 1, 1) + floor(l.r_day * 365)::int,
       n.display, n.norm, n2.display, n2.norm, f.display, f.norm,
       l.status, l.situation, l.created_at, l.last_contact_at,
       q.quartier, q.code_postal, q.commune, (1 + floor(l.r_misc * 180))::int || ' ' || q.rue,
       CASE WHEN l.r_site < 0.82 THEN $5::uuid ELSE q.site_id END,
       CASE WHEN l.i <= $7 THEN ($4::uuid[])[1] ELSE ($4::uuid[])[1 + floor(l.r_worker * cardinality($4::uuid[]))::int] END,
       l.i <= $7 OR l.r_ref < 0.85,
       CASE WHEN l.last_contact_at IS NULL THEN 0 WHEN l.i <= $7 THEN 98
            ELSE 1 + least(90, floor(-ln(1 - l.r_ent) * $8))::int END,
       CASE WHEN l.birth_year < date_part('year', $3::timestamp) - 62 THEN 0 WHEN l.r_kids < 0.45 THEN 0 WHEN l.r_kids < 0.65 THEN 1
            WHEN l.r_kids < 0.82 THEN 2 WHEN l.r_kids < 0.93 THEN 3 ELSE 4 END,
       l.i <= $7,
       ($9::text[])[1 + floor(l.r_log * cardinality($9::text[]))::int],
       ($10::text[])[1 + floor(l.r_droit * cardinality($10::text[]))::int]
     FROM l
     JOIN bench_seed.nom n ON n.origin = l.origin AND n.idx = floor(l.r_nom * l.n_noms)::int
     -- Married and widowed women mostly use their husband's name; their own is the birth name.
     LEFT JOIN bench_seed.nom n2 ON l.sexe = 'F' AND l.situation IN ('MARIE', 'VEUF') AND l.r_nom2 < 0.7
       AND n2.origin = l.origin AND n2.idx = floor(l.r_nom2 / 0.7 * l.n_noms)::int
     JOIN bench_seed.prenom_count pc ON pc.origin = l.origin AND pc.sexe = l.sexe AND pc.era = l.era
     JOIN bench_seed.prenom f ON f.origin = l.origin AND f.sexe = l.sexe AND f.era = l.era AND f.idx = floor(l.r_prenom * pc.n)::int
     JOIN bench_seed.quartier q ON q.structure_id = $1::uuid AND q.k = floor(l.r_q * $6::int)::int`,
    [s.id, s.nUsagers, now, s.workerIds, s.mds.id, s.nQuartierRows, heavy, entretienMean, LOGEMENTS, DROITS],
  );
}

export const PERSON_TABLE = `CREATE UNLOGGED TABLE bench_seed.person (
  id uuid PRIMARY KEY, structure_id uuid, i int, origin int, sexe text, era int, birth_year int, birth_date date,
  nom text, nom_norm text, nom_naissance text, nn_norm text, prenom text, prenom_norm text,
  status text, situation text, created_at timestamp, last_contact_at timestamp,
  quartier text, code_postal text, commune text, adresse text, site_id uuid, worker_id uuid, has_referent boolean,
  n_entretiens int, n_kids int, heavy boolean, logement text, droits text, UNIQUE (structure_id, i))`;

/** Usager rows; numéros follow creation order within each year, as the app gives them. */
export const INSERT_USAGERS = `
  INSERT INTO "Usager" (id, "structureId", "numeroDossier", civilite, nom, "nomNaissance", prenom, "dateNaissance", "searchName",
    telephone, email, adresse, "codePostal", commune, quartier, "siteId", "situationFamiliale", "logementStatut", bailleur,
    "mesureProtection", "droitsOuverts", "informationDonneeLe", status, "lastContactAt", version, "createdAt", "createdById", "updatedAt")
  SELECT p.id, p.structure_id,
    date_part('year', p.created_at)::int || '-' || lpad((row_number() OVER (PARTITION BY p.structure_id, date_part('year', p.created_at) ORDER BY p.created_at, p.id))::text, 6, '0'),
    (CASE WHEN random() < 0.04 THEN NULL WHEN p.sexe = 'F' THEN 'MADAME' ELSE 'MONSIEUR' END)::"Civilite",
    p.nom, p.nom_naissance, p.prenom, p.birth_date,
    concat_ws(' ', p.nom_norm, p.nn_norm, p.prenom_norm),
    CASE WHEN random() < 0.88 THEN '0' || (6 + (p.i % 2)) || ' ' || lpad((p.i::bigint * 7919 % 100)::text, 2, '0') || ' ' || lpad((p.i::bigint * 104729 % 100)::text, 2, '0')
      || ' ' || lpad((p.i % 97)::text, 2, '0') || ' ' || lpad((p.i * 31 % 100)::text, 2, '0') END,
    CASE WHEN random() < 0.3 THEN replace(p.prenom_norm, ' ', '-') || '.' || replace(p.nom_norm, ' ', '') || (p.i % 1000) || '@exemple.fr' END,
    CASE WHEN p.logement = 'SANS_DOMICILE' THEN 'Domiciliation CCAS, 12 rue de Paris' ELSE p.adresse END,
    p.code_postal, p.commune, p.quartier, p.site_id, p.situation::"SituationFamiliale", p.logement::"LogementStatut",
    CASE WHEN p.logement = 'LOCATAIRE_PARC_SOCIAL' THEN ($1::text[])[1 + p.i % cardinality($1::text[])] END,
    (CASE WHEN random() < 0.88 THEN 'AUCUNE' WHEN p.birth_year < 1960 THEN 'TUTELLE' WHEN random() < 0.5 THEN 'CURATELLE' ELSE 'MASP' END)::"MesureProtection",
    p.droits::"DroitOuvert"[], CASE WHEN random() < 0.88 THEN p.created_at::date END,
    p.status::"UsagerStatus", p.last_contact_at, 1, p.created_at, p.worker_id, coalesce(p.last_contact_at, p.created_at)
  FROM bench_seed.person p`;
export const USAGER_PARAMS = [BAILLEURS];

/** The spouse for couples, children for some: same origin, first names of their generation. */
export const INSERT_FOYER = `
  INSERT INTO "FoyerMembre" (id, "usagerId", nom, prenom, "dateNaissance", lien)
  SELECT gen_random_uuid(), p.id, p.nom, f.display,
    least(p.birth_date + ((random() * 8 - 3) * 365)::int, current_date - 6600), 'CONJOINT'::"LienFoyer"
  FROM bench_seed.person p
  JOIN bench_seed.prenom_count pc ON pc.origin = p.origin AND pc.sexe = CASE WHEN p.sexe = 'F' THEN 'M' ELSE 'F' END AND pc.era = p.era
  JOIN bench_seed.prenom f ON f.origin = p.origin AND f.sexe = pc.sexe AND f.era = p.era AND f.idx = p.i % pc.n
  WHERE p.situation IN ('EN_COUPLE', 'MARIE', 'PACSE')
  UNION ALL
  SELECT gen_random_uuid(), p.id, p.nom, f.display,
    least(make_date(greatest(p.birth_year + 19, date_part('year', current_date)::int - 22) + (k * 2 + p.i % 3), 1, 1) + (p.i * k % 360), current_date - 30),
    'ENFANT'::"LienFoyer"
  FROM bench_seed.person p CROSS JOIN LATERAL generate_series(1, p.n_kids) k
  JOIN bench_seed.prenom_count pc ON pc.origin = p.origin AND pc.sexe = CASE WHEN (p.i + k) % 2 = 0 THEN 'F' ELSE 'M' END AND pc.era = 9
  JOIN bench_seed.prenom f ON f.origin = p.origin AND f.sexe = pc.sexe AND f.era = 9 AND f.idx = (p.i * 13 + k * 7) % pc.n`;

/** Monthly resources and charges: a few lines per dossier, amounts in cents. */
/**
 * Usager.menage in one pass over the foyers just inserted. The app keeps it with a per-statement
 * trigger (migration menage_usager) whose correlated lookup, with the secondary indexes dropped
 * for the load, scans every FoyerMembre once per usager: quadratic (13+ minutes at 290,000
 * usagers). The seed turns that trigger off for its one big INSERT and derives the same values
 * with the migration's own backfill statement.
 */
export const FOYER_TRIGGER_OFF = `ALTER TABLE "FoyerMembre" DISABLE TRIGGER usager_menage_insert`;
export const FOYER_TRIGGER_ON = `ALTER TABLE "FoyerMembre" ENABLE ALWAYS TRIGGER usager_menage_insert`;
export const UPDATE_MENAGE = `
  UPDATE "Usager" u SET menage = (CASE WHEN f.conjoint AND f.enfant THEN 'coupleEnfants' WHEN f.conjoint THEN 'couple'
      WHEN f.enfant THEN 'monoparental' ELSE 'autre' END)::"TypeMenage"
    FROM (SELECT m."usagerId", bool_or(m.lien = 'CONJOINT') AS conjoint, bool_or(m.lien = 'ENFANT') AS enfant
          FROM "FoyerMembre" m GROUP BY 1) f
    WHERE f."usagerId" = u.id`;

export const INSERT_BUDGET = `
  INSERT INTO "LigneBudget" (id, "usagerId", kind, type, "montantCents")
  SELECT gen_random_uuid(), p.id, v.kind::"LigneBudgetKind", v.type, ((v.base + random() * v.spread)::int) * 100
  FROM bench_seed.person p
  CROSS JOIN (VALUES ('RESSOURCE', 'RSA', 560, 200, 0.40), ('RESSOURCE', 'SALAIRE', 700, 900, 0.25),
    ('RESSOURCE', 'AIDE_LOGEMENT', 150, 250, 0.50), ('RESSOURCE', 'RETRAITE', 700, 600, 0.15),
    ('RESSOURCE', 'AAH', 1000, 16, 0.08), ('CHARGE', 'LOYER', 300, 450, 0.75), ('CHARGE', 'ENERGIE', 60, 120, 0.70),
    ('CHARGE', 'MUTUELLE', 20, 60, 0.35), ('CHARGE', 'TELEPHONE_INTERNET', 20, 40, 0.60)) AS v(kind, type, base, spread, prob)
  WHERE random() + 0 * p.i < v.prob`;

export const INSERT_REFERENTS = `
  INSERT INTO "UsagerReferent" ("usagerId", "userId", "assignedAt")
  SELECT id, worker_id, created_at + interval '1 day' FROM bench_seed.person WHERE has_referent`;

/** The counter behind the numéro: the next dossier of a year takes last + 1. */
export const INSERT_DOSSIER_COUNTERS = `
  INSERT INTO "DossierCounter" ("structureId", year, last)
  SELECT "structureId", left("numeroDossier", 4)::int, max(right("numeroDossier", 6)::int) FROM "Usager" GROUP BY 1, 2`;
