// The Courriers card of a record (dossier, aide, rendez-vous, orientation, domiciliation, debt):
// the built-in letters it offers (or why one cannot be written yet), the structure's templates
// for this kind of record, and the letters already generated. Rendered by the record's page with
// one line; nothing when the actor may not generate letters there.
import type { Actor } from "@/lib/auth/actor";
import { Alert } from "@/components/ui/alert";
import { getCourrierCard, type CourrierCard } from "@/lib/domain/courriers/queries";
import type { CourrierSource } from "@/lib/domain/courriers/labels";
import { parisToday } from "@/lib/domain/shared/paris-time";
import { BuiltinLetterForm, TemplateLetterForm } from "./generate-forms";
import { CourriersList } from "./courriers-list";
import styles from "./courriers.module.css";

export function CourriersPanel({ card, source, sourceId, readOnly, nested = false }: {
  card: CourrierCard; source: CourrierSource; sourceId: string; readOnly: boolean; nested?: boolean;
}) {
  const Heading = nested ? "h4" : "h3";
  const available = card.builtins.filter((b) => !b.refusal);
  const reason = card.aideRefusal ?? card.builtins.find((b) => b.refusal)?.refusal ?? null;
  const locked = readOnly || card.archived;
  const destinataire = source === "DETTE" ? card.creancier : card.bailleur;
  return (
    <>
      {locked ? null : (
        <>
          {/* Only the letters that fit the record's state; when none does, the one reason why. */}
          {available.length === 0 && reason ? <Alert tone="info">{reason}</Alert> : null}
          <ul className={styles.offers}>
            {available.map((b) => (
              <li key={b.key} className={styles.offer}>
                <BuiltinLetterForm source={source} sourceId={sourceId} modele={b.key} titre={b.titre} destinataire={destinataire} />
              </li>
            ))}
          </ul>
          {card.modeles.length && !card.aideRefusal ? <TemplateLetterForm source={source} sourceId={sourceId} modeles={card.modeles} /> : null}
        </>
      )}
      <Heading>Courriers générés</Heading>
      <CourriersList courriers={card.courriers} readOnly={locked} today={parisToday()} emailReady={card.emailReady} showSource={source === "DOSSIER"} />
    </>
  );
}

export async function CourriersCard({ actor, source, sourceId, readOnly = false }: { actor: Actor; source: CourrierSource; sourceId: string; readOnly?: boolean }) {
  const card = await getCourrierCard(actor, source, sourceId);
  if (!card) return null;
  return (
    <section className="card" aria-labelledby={`courriers-${sourceId}`}>
      <h2 id={`courriers-${sourceId}`}>Courriers</h2>
      <CourriersPanel card={card} source={source} sourceId={sourceId} readOnly={readOnly} />
    </section>
  );
}
