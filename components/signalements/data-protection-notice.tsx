import styles from "./public.module.css";

/** The information owed to the reporter and, through them, to the person (RGPD art. 13 and 14). */
export function DataProtectionNotice({ structureName, months }: { structureName: string; months: number }) {
  return (
    <section className={`${styles.section} ${styles.notice}`} aria-labelledby="donnees-titre">
      <h2 id="donnees-titre">Vos données et celles de la personne</h2>
      <p><strong>Pourquoi :</strong> permettre à l&apos;équipe de maraude d&apos;aller à la rencontre de la personne et de lui proposer de l&apos;aide, et vous dire que le signalement a été traité.</p>
      <p><strong>Qui les reçoit :</strong> seuls les professionnels de l&apos;équipe de maraude de {structureName} et leur responsable. Elles ne sont transmises à personne d&apos;autre.</p>
      <p><strong>Combien de temps :</strong> le signalement est effacé {months} mois après son envoi, sauf si la personne accepte un accompagnement : il rejoint alors son dossier social et suit ses règles. Votre nom, votre téléphone et votre adresse e-mail sont effacés dès que le signalement est clos.</p>
      <p><strong>Vos droits :</strong> vous pouvez demander à consulter, corriger ou effacer vos données, ou vous opposer à leur utilisation, auprès de {structureName} (en citant la référence du signalement), et saisir la CNIL (cnil.fr) si vous estimez que vos droits ne sont pas respectés.</p>
    </section>
  );
}
