import { progressText, type PlanProgress } from "@/lib/domain/accompagnements/progress";

/** A bar for the eye, and the same figure as text ("3 actions sur 5 faites") for everyone. */
export function PlanProgressBar({ progress, compact = false }: { progress: PlanProgress; compact?: boolean }) {
  const text = progressText(progress);
  if (progress.total === 0) return <span className="muted">{text}</span>;
  return (
    <div style={{ minWidth: compact ? "8rem" : undefined }}>
      <div
        className="progress"
        role="progressbar"
        aria-label="Avancement du plan"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={text}
        style={{ height: ".6rem", background: "#e3e6ea", borderRadius: 999, overflow: "hidden", maxWidth: compact ? "10rem" : "24rem" }}
      >
        <span style={{ display: "block", height: "100%", width: `${progress.percent ?? 0}%`, background: "var(--c-success)" }} />
      </div>
      <span className={compact ? "muted" : undefined}>{text}{compact ? "" : ` (${progress.percent} %)`}</span>
    </div>
  );
}
