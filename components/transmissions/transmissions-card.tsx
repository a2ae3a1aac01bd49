// The transmissions of a dossier (or of one aide, one orientation): threads newest first, each
// message shown as plain text (React escapes it: HTML typed in a message stays text), who wrote it,
// when, whom it mentions, and a reply form. Read by whoever may read the dossier.
import type { Actor } from "@/lib/auth/actor";
import { listTransmissions, type TransmissionFilter, type TransmissionView } from "@/lib/domain/transmissions/queries";
import { listMentionableColleagues } from "@/lib/domain/transmissions/mentionable";
import { formatDateTime } from "@/lib/format";
import { Disclosure } from "@/components/accompagnements/disclosure";
import { TransmissionForm } from "./transmission-form";
import { TransmissionEditForm } from "./transmission-edit-form";

export async function TransmissionsCard({ actor, usagerId, filter = {}, readOnly, entretiens }: {
  actor: Actor; usagerId: string; filter?: TransmissionFilter; readOnly: boolean;
  entretiens?: { id: string; label: string }[];
}) {
  const [threads, colleagues] = await Promise.all([listTransmissions(actor, usagerId, filter), listMentionableColleagues(actor)]);
  const onDossier = !filter.aideId && !filter.orientationId && !filter.entretienId;
  return (
    <section className="card" aria-labelledby="transmissions">
      <h2 id="transmissions">Transmissions entre collègues ({threads.length})</h2>
      {readOnly ? null : (
        <Disclosure label="Nouvelle transmission" variant="primary">
          <TransmissionForm usagerId={usagerId} subject={filter} colleagues={colleagues} entretiens={onDossier ? entretiens : []} label="Nouvelle transmission" />
        </Disclosure>
      )}
      {threads.length === 0 ? <p>Aucune transmission pour l&apos;instant.</p> : (
        <ol className="transmissions">
          {threads.map((t) => (
            <li key={t.id} id={`transmission-${t.id}`} className="transmission">
              <Message m={t} showAbout={onDossier} />
              {t.replies.length > 0 ? (
                <ol className="transmission__replies" aria-label="Réponses">
                  {t.replies.map((r) => <li key={r.id} id={`transmission-${r.id}`} className="transmission"><Message m={r} showAbout={false} /></li>)}
                </ol>
              ) : null}
              {readOnly ? null : (
                <Disclosure label="Répondre">
                  <TransmissionForm usagerId={usagerId} parentId={t.id} colleagues={colleagues} label="Répondre à la transmission" />
                </Disclosure>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Message({ m, showAbout }: { m: TransmissionView; showAbout: boolean }) {
  return (
    <>
      <p className="transmission__meta">
        <strong>{m.author}</strong> · <span className="muted">{formatDateTime(m.at)}{m.editedAt ? ` (corrigé le ${formatDateTime(m.editedAt)})` : ""}</span>
        {showAbout && m.about ? <span className="muted"> · {m.about}</span> : null}
      </p>
      <p className="pre">{m.texte}</p>
      {m.mentions.length > 0 ? <p className="muted">Mentionne : {m.mentions.map((n) => `@${n}`).join(", ")}</p> : null}
      {m.canEdit ? <TransmissionEditForm transmissionId={m.id} texte={m.texte} /> : null}
    </>
  );
}
