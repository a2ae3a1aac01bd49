"use client";

// An edit form shown on demand under a button, closed again once saved: the form inside calls
// useCloseDisclosure() on success. The button says what it opens (aria-expanded for readers).
import { createContext, useContext, useId, useState, type ReactNode } from "react";

const CloseContext = createContext<() => void>(() => {});
export const useCloseDisclosure = () => useContext(CloseContext);

export function Disclosure({ label, children, variant = "secondary" }: { label: string; children: ReactNode; variant?: "primary" | "secondary" }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="disclosure">
      <button
        type="button"
        className={variant === "primary" ? "btn btn--small" : "btn btn--secondary btn--small"}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "Fermer le formulaire" : label}
      </button>
      <div id={id} hidden={!open} style={{ marginTop: ".75rem" }}>
        {open ? <CloseContext.Provider value={() => setOpen(false)}>{children}</CloseContext.Provider> : null}
      </div>
    </div>
  );
}
