import type { ReactNode } from "react";

type Tone = "error" | "success" | "info" | "warning";

/** Errors are announced at once by screen readers (role=alert); other tones politely. */
export function Alert({ tone = "info", title, children }: { tone?: Tone; title?: string; children?: ReactNode }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {title ? <strong>{title}</strong> : null}
      {title && children ? <div>{children}</div> : children}
    </div>
  );
}
