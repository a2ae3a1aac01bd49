import styles from "./public.module.css";

/** First on the page, before anything to fill: a report is not an emergency call. */
export function EmergencyNotice() {
  return (
    <section className={styles.emergency} aria-labelledby="urgence-titre">
      <h2 id="urgence-titre">En cas d&apos;urgence, n&apos;utilisez pas ce formulaire : appelez</h2>
      <ul>
        <li>le <a href="tel:115">115</a> (Samu social), si la personne a besoin d&apos;un hébergement ou d&apos;aide cette nuit ;</li>
        <li>le <a href="tel:15">15</a> (Samu), si la personne est blessée, malade ou inconsciente ;</li>
        <li>le <a href="tel:17">17</a> (police), si la personne est en danger.</li>
      </ul>
      <p style={{ margin: ".5rem 0 0" }}>Les signalements sont lus par l&apos;équipe de maraude aux heures de service, pas en continu.</p>
    </section>
  );
}
