-- CreateEnum
CREATE TYPE "TypeMenage" AS ENUM ('seul', 'couple', 'coupleEnfants', 'monoparental', 'autre');

-- AlterTable
ALTER TABLE "Usager" ADD COLUMN     "menage" "TypeMenage" NOT NULL DEFAULT 'seul';

-- CreateIndex
CREATE INDEX "Usager_structureId_createdAt_idx" ON "Usager"("structureId", "createdAt");


-- Usager.menage is derived from the foyer's members (lib/domain/usagers/profile-sql.ts): the
-- dashboard's yearly breakdown by household reads tens of thousands of dossiers, and aggregating
-- FoyerMembre for each of them was its slowest step. Statement-level triggers with transition
-- tables recompute it for the dossiers a statement touched (one UPDATE per statement, also for
-- bulk loads). Function bodies use E'' escapes: the migration runner splits SQL at semicolons.
CREATE FUNCTION usager_menage_from_new() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\x0A  UPDATE "Usager" u SET menage = COALESCE((\x0A    SELECT CASE WHEN bool_or(m.lien = \'CONJOINT\') AND bool_or(m.lien = \'ENFANT\') THEN \'coupleEnfants\'\x0A                WHEN bool_or(m.lien = \'CONJOINT\') THEN \'couple\'\x0A                WHEN bool_or(m.lien = \'ENFANT\') THEN \'monoparental\'\x0A                WHEN count(*) > 0 THEN \'autre\' END\x0A    FROM "FoyerMembre" m WHERE m."usagerId" = u.id), \'seul\')::"TypeMenage"\x0A  WHERE u.id IN (SELECT "usagerId" FROM new_rows)\x3B\x0A  RETURN NULL\x3B\x0AEND\x3B';
CREATE FUNCTION usager_menage_from_old() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\x0A  UPDATE "Usager" u SET menage = COALESCE((\x0A    SELECT CASE WHEN bool_or(m.lien = \'CONJOINT\') AND bool_or(m.lien = \'ENFANT\') THEN \'coupleEnfants\'\x0A                WHEN bool_or(m.lien = \'CONJOINT\') THEN \'couple\'\x0A                WHEN bool_or(m.lien = \'ENFANT\') THEN \'monoparental\'\x0A                WHEN count(*) > 0 THEN \'autre\' END\x0A    FROM "FoyerMembre" m WHERE m."usagerId" = u.id), \'seul\')::"TypeMenage"\x0A  WHERE u.id IN (SELECT "usagerId" FROM old_rows)\x3B\x0A  RETURN NULL\x3B\x0AEND\x3B';
CREATE TRIGGER usager_menage_insert AFTER INSERT ON "FoyerMembre"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usager_menage_from_new();
CREATE TRIGGER usager_menage_update_new AFTER UPDATE ON "FoyerMembre"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION usager_menage_from_new();
CREATE TRIGGER usager_menage_update_old AFTER UPDATE ON "FoyerMembre"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usager_menage_from_old();
CREATE TRIGGER usager_menage_delete AFTER DELETE ON "FoyerMembre"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION usager_menage_from_old();
ALTER TABLE "FoyerMembre" ENABLE ALWAYS TRIGGER usager_menage_insert;
ALTER TABLE "FoyerMembre" ENABLE ALWAYS TRIGGER usager_menage_update_new;
ALTER TABLE "FoyerMembre" ENABLE ALWAYS TRIGGER usager_menage_update_old;
ALTER TABLE "FoyerMembre" ENABLE ALWAYS TRIGGER usager_menage_delete;

-- Existing dossiers.
UPDATE "Usager" u SET menage = (CASE WHEN f.conjoint AND f.enfant THEN 'coupleEnfants' WHEN f.conjoint THEN 'couple'
    WHEN f.enfant THEN 'monoparental' ELSE 'autre' END)::"TypeMenage"
  FROM (SELECT m."usagerId", bool_or(m.lien = 'CONJOINT') AS conjoint, bool_or(m.lien = 'ENFANT') AS enfant
        FROM "FoyerMembre" m GROUP BY 1) f
  WHERE f."usagerId" = u.id;
