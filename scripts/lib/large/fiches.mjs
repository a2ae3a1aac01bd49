// Fiches de liaison of the large seed, in every status, with timestamps that follow the state
// machine (sent → received → first contact → appointment, reorientation or closing), a
// FicheEvent per status reached and references FL-YYYY-NNNNNN in sending order per year, as
// lib/domain/fiches numbers them. Recent fiches are mostly open, old ones almost all closed.
import { CONSENTEMENT, FICHE_DISPONIBILITES, FICHE_MOTIF_SETS, REORIENTATIONS } from "./texts.mjs";

export const FICHE_STAGE_TABLE = `CREATE UNLOGGED TABLE bench_seed.fiche (
  id uuid PRIMARY KEY, structure_id uuid, i int, site_id uuid, agent_id uuid, quartier text, nom text, prenom text,
  birth_date date, urgence text, motifs text, status text, sent_at timestamp, recue_at timestamp, contact_at timestamp,
  en_cours_at timestamp, final_at timestamp, motif_cloture text, usager_id uuid, assignee_id uuid, r_misc float8)`;

/** Draws the fiches of one structure into bench_seed.fiche. */
export function stageFiches(client, s, { now }) {
  return client.query(
    `INSERT INTO bench_seed.fiche
     WITH g AS MATERIALIZED (
       SELECT i, random() r_sent, random() r_status, random() r_final, random() r_agent, random() r_link, random() r_user,
              random() r_d1, random() r_d2, random() r_d3, random() r_urg, random() r_motif, random() r_misc, random() r_nom
       FROM generate_series(1, $2::int) i
     ), a AS (
       -- More fiches lately: the service is known and used more each year.
       SELECT g.*, $3::timestamp - (1 - power(r_sent, 0.8)) * interval '1095 days' AS sent_at FROM g
     ), st AS (
       SELECT a.*, $3::timestamp - sent_at AS age,
         CASE WHEN $3::timestamp - sent_at < interval '2 days'
                THEN CASE WHEN r_status < 0.6 THEN 'ENVOYEE' WHEN r_status < 0.9 THEN 'RECUE' ELSE 'EN_COURS' END
              WHEN $3::timestamp - sent_at < interval '15 days'
                THEN CASE WHEN r_status < 0.1 THEN 'ENVOYEE' WHEN r_status < 0.3 THEN 'RECUE' WHEN r_status < 0.7 THEN 'EN_COURS' ELSE 'FINAL' END
              WHEN $3::timestamp - sent_at < interval '60 days' THEN CASE WHEN r_status < 0.15 THEN 'EN_COURS' ELSE 'FINAL' END
              ELSE CASE WHEN r_status < 0.01 THEN 'EN_COURS' ELSE 'FINAL' END END AS phase
       FROM a
     ), t AS (
       SELECT st.*,
         CASE WHEN phase <> 'FINAL' THEN phase WHEN r_final < 0.55 THEN 'RDV_FIXE' WHEN r_final < 0.70 THEN 'REORIENTEE' ELSE 'CLOTUREE' END AS status,
         CASE WHEN phase = 'FINAL' AND r_final >= 0.70 THEN
           CASE WHEN r_final < 0.82 THEN 'CONTACT_IMPOSSIBLE' WHEN r_final < 0.94 THEN 'SITUATION_REGLEE' ELSE 'REFUS_PERSONNE' END END AS motif_cloture,
         -- Each step takes a few days, and never more than a third of the time since sending.
         sent_at + least(r_d1 * interval '3 days', age * 0.3) AS recue_at,
         sent_at + least(r_d1 * interval '3 days', age * 0.3) + least(r_d2 * interval '10 days', age * 0.3) AS step2_at,
         sent_at + least(r_d1 * interval '3 days', age * 0.3) + least(r_d2 * interval '10 days', age * 0.3) + least(r_d3 * interval '7 days', age * 0.3) AS step3_at
       FROM st
     )
     SELECT gen_random_uuid(), $1::uuid, t.i, s.agent_sites[ag], s.agents[ag], s.agent_quartiers[ag],
       coalesce(u.nom, n.display), coalesce(u.prenom, f.display), u.birth_date,
       CASE WHEN r_urg < 0.75 THEN 'NORMALE' WHEN r_urg < 0.95 THEN 'PRIORITAIRE' ELSE 'URGENTE' END,
       ($4::text[])[1 + floor(r_motif * cardinality($4::text[]))::int], t.status, t.sent_at,
       CASE WHEN t.status <> 'ENVOYEE' THEN t.recue_at END,
       CASE WHEN t.status IN ('EN_COURS', 'RDV_FIXE', 'REORIENTEE') OR t.motif_cloture IN ('SITUATION_REGLEE', 'REFUS_PERSONNE') THEN t.step2_at END,
       CASE WHEN t.status NOT IN ('ENVOYEE', 'RECUE') THEN t.step2_at END,
       CASE WHEN t.status IN ('RDV_FIXE', 'REORIENTEE', 'CLOTUREE') THEN t.step3_at END,
       t.motif_cloture,
       -- Once evaluated, most fiches are linked to a dossier of the structure.
       CASE WHEN t.status NOT IN ('ENVOYEE', 'RECUE') AND r_link < 0.6 THEN u.id END,
       CASE WHEN t.status NOT IN ('ENVOYEE', 'RECUE') AND r_user < 0.8 THEN s.workers[1 + floor(r_user / 0.8 * cardinality(s.workers))::int] END,
       t.r_misc
     FROM t
     JOIN bench_seed.structure s ON s.structure_id = $1::uuid
     CROSS JOIN LATERAL (SELECT 1 + floor(t.r_agent * cardinality(s.agents))::int AS ag) x
     LEFT JOIN bench_seed.person u ON t.r_link < 0.6 AND t.status NOT IN ('ENVOYEE', 'RECUE')
       AND u.structure_id = $1::uuid AND u.i = 1 + floor(t.r_link / 0.6 * s.n_usagers)::int
     JOIN bench_seed.nom n ON n.origin = 0 AND n.idx = floor(t.r_nom * (SELECT n_noms FROM bench_seed.origin WHERE origin = 0))::int
     JOIN bench_seed.prenom f ON f.origin = 0 AND f.sexe = 'F' AND f.era = 2 AND f.idx = t.i % (SELECT n FROM bench_seed.prenom_count WHERE origin = 0 AND sexe = 'F' AND era = 2)`,
    [s.id, s.nFiches, now, FICHE_MOTIF_SETS],
  );
}

export const INSERT_FICHES = {
  text: `
  INSERT INTO "FicheLiaison" (id, "structureId", reference, "siteId", "agentId", nom, prenom, "dateNaissance", telephone,
    disponibilites, quartier, motifs, urgence, "consentementTexte", status, "sentAt", "recueAt", "premierContactAt", "rdvFixeAt",
    "clotureAt", "statusChangedAt", "evaluationNotes", "evaluatedAt", "evaluatedById", "usagerId", "assigneeId", "rdvDate", "rdvLieu",
    "reorienteeVers", "motifCloture", "createdAt")
  SELECT f.id, f.structure_id,
    'FL-' || date_part('year', f.sent_at)::int || '-' || lpad((row_number() OVER (PARTITION BY f.structure_id, date_part('year', f.sent_at) ORDER BY f.sent_at, f.id))::text, 6, '0'),
    f.site_id, f.agent_id, f.nom, f.prenom, f.birth_date,
    '06 ' || lpad((f.i % 100)::text, 2, '0') || ' ' || lpad((f.i * 7 % 100)::text, 2, '0') || ' ' || lpad((f.i * 13 % 100)::text, 2, '0') || ' ' || lpad((f.i * 17 % 100)::text, 2, '0'),
    ($1::text[])[1 + f.i % cardinality($1::text[])], f.quartier, f.motifs::"FicheMotif"[], f.urgence::"FicheUrgence", $2,
    f.status::"FicheStatus", f.sent_at, f.recue_at, f.contact_at,
    CASE WHEN f.status = 'RDV_FIXE' THEN f.final_at END,
    CASE WHEN f.status IN ('REORIENTEE', 'CLOTUREE') THEN f.final_at END,
    coalesce(f.final_at, f.en_cours_at, f.recue_at, f.sent_at),
    CASE WHEN f.contact_at IS NOT NULL THEN 'Premier contact par téléphone, situation évaluée.' END,
    f.contact_at, CASE WHEN f.contact_at IS NOT NULL THEN f.assignee_id END, f.usager_id, f.assignee_id,
    CASE WHEN f.status = 'RDV_FIXE' THEN date_trunc('hour', f.final_at) + interval '5 days 10 hours' END,
    CASE WHEN f.status = 'RDV_FIXE' THEN (CASE WHEN f.r_misc < 0.7 THEN 'MAISON_DES_SOLIDARITES' WHEN f.r_misc < 0.9 THEN 'MAIRIE_DE_QUARTIER' ELSE 'DOMICILE' END)::"RdvLieu" END,
    CASE WHEN f.status = 'REORIENTEE' THEN ($3::text[])[1 + f.i % cardinality($3::text[])] END,
    f.motif_cloture::"FicheCloture", f.sent_at
  FROM bench_seed.fiche f`,
  params: () => [FICHE_DISPONIBILITES, CONSENTEMENT, REORIENTATIONS],
};

/** One event per status reached, by the agent (sending) or the worker who moved it. */
export const INSERT_FICHE_EVENTS = `
  INSERT INTO "FicheEvent" (id, "ficheId", at, "actorId", status)
  SELECT gen_random_uuid(), f.id, e.at, e.actor, e.status::"FicheStatus"
  FROM bench_seed.fiche f
  CROSS JOIN LATERAL (VALUES (f.sent_at, f.agent_id, 'ENVOYEE'), (f.recue_at, f.assignee_id, 'RECUE'),
    (f.en_cours_at, f.assignee_id, 'EN_COURS'), (f.final_at, f.assignee_id, f.status)) AS e(at, actor, status)
  WHERE e.at IS NOT NULL`;

export const INSERT_FICHE_COUNTERS = `
  INSERT INTO "FicheCounter" ("structureId", year, last)
  SELECT "structureId", substr(reference, 4, 4)::int, max(right(reference, 6)::int) FROM "FicheLiaison" GROUP BY 1, 2`;
