import styles from "./waiting-room.module.css";

/** Ticket numbers only: the last ones called, and those still waiting. */
export function WaitingRoomScreen({ site, openNow, waiting, called }: { site: string; openNow: boolean; waiting: number[]; called: number[] }) {
  return (
    <section className={styles.screen} aria-labelledby="salle">
      <h1 id="salle">Permanence sans rendez-vous — {site}</h1>
      {!openNow && waiting.length === 0 ? <p className={styles.note}>La permanence est fermée.</p> : null}
      <h2>Appelé{called.length > 1 ? "s" : ""}</h2>
      <p className={styles.called} aria-live="polite">{called.length ? called.map((t) => <span key={t} className={styles.ticket}>{t}</span>) : "—"}</p>
      <h2>En attente</h2>
      <p className={styles.waiting}>{waiting.length ? waiting.map((t) => <span key={t} className={styles.ticket}>{t}</span>) : "Personne n'attend."}</p>
    </section>
  );
}
