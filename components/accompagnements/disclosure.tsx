"use client";

// An edit form shown on demand under a button: a <details>, so it opens without JavaScript too
// (the summary is spelled out as a button, what browsers expose it as). The form renders its own
// disclosure: a refusal the server rendered (form sent before hydration or without JavaScript)
// opens it at once, so the errors and what was typed are in view. Saved, the form's key changes
// (the record's version) and the disclosure comes back closed.
import { createContext, useContext, useState, type ReactNode } from "react";

const CloseContext = createContext<() => void>(() => {});
/** For a "Annuler" button inside the disclosure. */
export const useCloseDisclosure = () => useContext(CloseContext);

export function Disclosure({ label, children, variant = "secondary", defaultOpen = false }: {
  label: string; children: ReactNode; variant?: "primary" | "secondary"; defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details className="disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary role="button" aria-expanded={open} className={variant === "primary" ? "btn btn--small" : "btn btn--secondary btn--small"}>
        {open ? "Fermer le formulaire" : label}
      </summary>
      <div style={{ marginTop: ".75rem" }}>
        <CloseContext.Provider value={() => setOpen(false)}>{children}</CloseContext.Provider>
      </div>
    </details>
  );
}
