// The audit log the app would have written for the seeded history: each entretien written
// (entretien.create), some dossiers edited, référents assigned, fiches moved. It matters for the
// benchmark: the dossier history reads it by (entityType, entityId), and it is the table that
// grows fastest. The reads of the past (usager.read, one per dossier opened) are left out to
// keep the seed within minutes: a production log is two to three times larger (see
// docs/deployment.md on partitioning it by month).

// One statement, sorted by time: ids then follow time as in a real log, which the planner sees
// (correlation) when it reads a period of the log.
export const INSERT_AUDIT = `
  INSERT INTO "AuditLog" (at, "actorId", "structureId", action, "entityType", "entityId", details)
  SELECT * FROM (
    SELECT e."createdAt" AS at, e."authorId", e."structureId", 'entretien.create', 'Usager', e."usagerId"::text,
      jsonb_build_object('entretienId', e.id, 'canal', e.canal, 'noteConfidentielle', e."noteConfidentielle" IS NOT NULL)
    FROM "Entretien" e
    UNION ALL
    SELECT p.created_at + (coalesce(p.last_contact_at, p.created_at) - p.created_at) * 0.4, p.worker_id, p.structure_id,
      'usager.update', 'Usager', p.id::text, jsonb_build_object('champs', jsonb_build_array('telephone', 'adresse'))
    FROM bench_seed.person p WHERE p.i % 3 = 0
    UNION ALL
    SELECT r."assignedAt", r."userId", p.structure_id, 'usager.referent_add', 'Usager', p.id::text, jsonb_build_object('referentId', r."userId")
    FROM "UsagerReferent" r JOIN bench_seed.person p ON p.id = r."usagerId"
    UNION ALL
    SELECT e.at, e."actorId", f."structureId",
      CASE e.status WHEN 'ENVOYEE' THEN 'fiche.send' WHEN 'RECUE' THEN 'fiche.recevoir' WHEN 'EN_COURS' THEN 'fiche.evaluer'
        WHEN 'RDV_FIXE' THEN 'fiche.fixerRdv' WHEN 'REORIENTEE' THEN 'fiche.reorienter' ELSE 'fiche.cloturer' END,
      'FicheLiaison', f.id::text, jsonb_build_object('reference', f.reference, 'vers', e.status)
    FROM "FicheEvent" e JOIN "FicheLiaison" f ON f.id = e."ficheId"
  ) a ORDER BY 1`;
