import { Fragment } from "react";
import type { TransmisSection } from "@/lib/domain/orientations/transmis";

/** The transmitted elements only, as the partner receives them in the letter. */
export function TransmisView({ sections }: { sections: TransmisSection[] }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.element} aria-labelledby={`transmis-${s.element}`}>
          <h3 id={`transmis-${s.element}`}>{s.title}</h3>
          <dl className="facts">
            {s.lines.map((l, i) => (
              <Fragment key={i}>
                <dt>{l.label}</dt>
                <dd className="pre">{l.value}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
