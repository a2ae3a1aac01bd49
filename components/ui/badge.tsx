import type { ReactNode } from "react";

export function Badge({ tone, children }: { tone?: "success" | "danger" | "warning" | "info"; children: ReactNode }) {
  return <span className={tone ? `badge badge--${tone}` : "badge"}>{children}</span>;
}
