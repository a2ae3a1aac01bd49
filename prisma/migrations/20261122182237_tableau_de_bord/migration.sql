-- CreateTable
CREATE TABLE "DashboardEntretienMois" (
    "structureId" UUID NOT NULL,
    "mois" DATE NOT NULL,
    "authorId" UUID NOT NULL,
    "canal" "EntretienCanal" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "DashboardEntretienMois_pkey" PRIMARY KEY ("structureId","mois","authorId","canal")
);

-- CreateTable
CREATE TABLE "DashboardActiviteMois" (
    "structureId" UUID NOT NULL,
    "mois" DATE NOT NULL,
    "usagerId" UUID NOT NULL,

    CONSTRAINT "DashboardActiviteMois_pkey" PRIMARY KEY ("structureId","mois","usagerId")
);


-- CreateTable
CREATE TABLE "DashboardActiviteAn" (
    "structureId" UUID NOT NULL,
    "annee" INTEGER NOT NULL,
    "usagerId" UUID NOT NULL,

    CONSTRAINT "DashboardActiviteAn_pkey" PRIMARY KEY ("structureId","annee","usagerId")
);

-- Hand-written (listed in prisma/hand-written-objects.json): the summary tables are kept by
-- statement-level triggers with transition tables, one aggregate statement per write statement
-- (a bulk load of a million entretiens costs one GROUP BY, not a million row triggers). They
-- fire ALWAYS, even with session_replication_role = replica (the large seed's bulk load).
-- The body is an E-string where \x3B stands for a semicolon (the schema engine splits at each).
CREATE FUNCTION dashboard_entretien_summary() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN\x0A  IF TG_OP IN (\'DELETE\', \'UPDATE\') THEN\x0A    UPDATE "DashboardEntretienMois" d SET n = d.n - o.n\x0A    FROM (SELECT "structureId", date_trunc(\'month\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::date AS mois, "authorId", canal, count(*)::int AS n FROM old_rows GROUP BY 1, 2, 3, 4) o\x0A    WHERE d."structureId" = o."structureId" AND d.mois = o.mois AND d."authorId" = o."authorId" AND d.canal = o.canal\x3B\x0A    DELETE FROM "DashboardEntretienMois" d USING (SELECT DISTINCT "structureId", date_trunc(\'month\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::date AS mois, "authorId", canal FROM old_rows) o\x0A    WHERE d."structureId" = o."structureId" AND d.mois = o.mois AND d."authorId" = o."authorId" AND d.canal = o.canal AND d.n <= 0\x3B\x0A    DELETE FROM "DashboardActiviteMois" a USING (SELECT DISTINCT "structureId", date_trunc(\'month\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::date AS mois, "usagerId" FROM old_rows) o\x0A    WHERE a."structureId" = o."structureId" AND a.mois = o.mois AND a."usagerId" = o."usagerId"\x0A      AND NOT EXISTS (SELECT 1 FROM "Entretien" e WHERE e."usagerId" = o."usagerId" AND e."structureId" = o."structureId"\x0A        AND e.date >= ((o.mois)::timestamp AT TIME ZONE \'Europe/Paris\') AT TIME ZONE \'UTC\' AND e.date < ((o.mois + interval \'1 month\')::timestamp AT TIME ZONE \'Europe/Paris\') AT TIME ZONE \'UTC\')\x3B\x0A    DELETE FROM "DashboardActiviteAn" a USING (SELECT DISTINCT "structureId", date_part(\'year\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::int AS annee, "usagerId" FROM old_rows) o\x0A    WHERE a."structureId" = o."structureId" AND a.annee = o.annee AND a."usagerId" = o."usagerId"\x0A      AND NOT EXISTS (SELECT 1 FROM "Entretien" e WHERE e."usagerId" = o."usagerId" AND e."structureId" = o."structureId"\x0A        AND e.date >= ((make_date(o.annee, 1, 1))::timestamp AT TIME ZONE \'Europe/Paris\') AT TIME ZONE \'UTC\' AND e.date < ((make_date(o.annee + 1, 1, 1))::timestamp AT TIME ZONE \'Europe/Paris\') AT TIME ZONE \'UTC\')\x3B\x0A  END IF\x3B\x0A  IF TG_OP IN (\'INSERT\', \'UPDATE\') THEN\x0A    INSERT INTO "DashboardEntretienMois" ("structureId", mois, "authorId", canal, n)\x0A    SELECT "structureId", date_trunc(\'month\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::date, "authorId", canal, count(*)::int FROM new_rows GROUP BY 1, 2, 3, 4\x0A    ON CONFLICT ("structureId", mois, "authorId", canal) DO UPDATE SET n = "DashboardEntretienMois".n + EXCLUDED.n\x3B\x0A    INSERT INTO "DashboardActiviteMois" ("structureId", mois, "usagerId")\x0A    SELECT DISTINCT "structureId", date_trunc(\'month\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::date, "usagerId" FROM new_rows\x0A    ON CONFLICT DO NOTHING\x3B\x0A    INSERT INTO "DashboardActiviteAn" ("structureId", annee, "usagerId")\x0A    SELECT DISTINCT "structureId", date_part(\'year\', ((date AT TIME ZONE \'UTC\') AT TIME ZONE \'Europe/Paris\'))::int, "usagerId" FROM new_rows\x0A    ON CONFLICT DO NOTHING\x3B\x0A  END IF\x3B\x0A  RETURN NULL\x3B\x0AEND\x3B';

CREATE TRIGGER dashboard_entretien_insert AFTER INSERT ON "Entretien"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_entretien_summary();
CREATE TRIGGER dashboard_entretien_update AFTER UPDATE ON "Entretien"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_entretien_summary();
CREATE TRIGGER dashboard_entretien_delete AFTER DELETE ON "Entretien"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_entretien_summary();
ALTER TABLE "Entretien" ENABLE ALWAYS TRIGGER dashboard_entretien_insert;
ALTER TABLE "Entretien" ENABLE ALWAYS TRIGGER dashboard_entretien_update;
ALTER TABLE "Entretien" ENABLE ALWAYS TRIGGER dashboard_entretien_delete;

-- The entretiens already there.
INSERT INTO "DashboardEntretienMois" ("structureId", mois, "authorId", canal, n)
SELECT "structureId", date_trunc('month', ((date AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris'))::date, "authorId", canal, count(*)::int FROM "Entretien" GROUP BY 1, 2, 3, 4;
INSERT INTO "DashboardActiviteMois" ("structureId", mois, "usagerId")
SELECT DISTINCT "structureId", date_trunc('month', ((date AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris'))::date, "usagerId" FROM "Entretien";
INSERT INTO "DashboardActiviteAn" ("structureId", annee, "usagerId")
SELECT DISTINCT "structureId", date_part('year', ((date AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris'))::int, "usagerId" FROM "Entretien";
