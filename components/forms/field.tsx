// Field wrappers for react-hook-form: a visible label, an optional hint, and the error message
// linked by aria-describedby so screen readers read it with the field.
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";

/** `required`: marked before submitting (a visible asterisk, aria-required on the control). */
type Common = { label: string; error?: string; hint?: ReactNode; required?: boolean };

/** The asterisk after the label of a required field (explained by <RequiredNote />). */
export function RequiredMark() {
  return <span className="required-mark" data-required-mark aria-hidden="true"> *</span>;
}

/** The sentence at the top of a form that marks its required fields. */
export function RequiredNote() {
  return <p className="muted required-note">Les champs marqués d&apos;un astérisque (<span aria-hidden="true">*</span>) sont obligatoires.</p>;
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, error, hint, required, children }: Common & { id: string; children: ReactNode }) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}{required ? <RequiredMark /> : null}</label>
      {hint ? <span className="hint" id={`${id}-hint`}>{hint}</span> : null}
      {children}
      {error ? <p className="field-error" id={`${id}-error`}>{error}</p> : null}
    </div>
  );
}

export const TextField = forwardRef<HTMLInputElement, Common & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ label, error, hint, id, required, ...props }, ref) {
    const autoId = useId();
    const fieldId = id ?? autoId;
    return (
      <Frame id={fieldId} label={label} error={error} hint={hint} required={required}>
        <input ref={ref} id={fieldId} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, error, hint)} {...props} />
      </Frame>
    );
  },
);

export const SelectField = forwardRef<HTMLSelectElement, Common & SelectHTMLAttributes<HTMLSelectElement>>(
  function SelectField({ label, error, hint, id, required, children, ...props }, ref) {
    const autoId = useId();
    const fieldId = id ?? autoId;
    return (
      <Frame id={fieldId} label={label} error={error} hint={hint} required={required}>
        <select ref={ref} id={fieldId} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, error, hint)} {...props}>
          {children}
        </select>
      </Frame>
    );
  },
);

export const TextAreaField = forwardRef<HTMLTextAreaElement, Common & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextAreaField({ label, error, hint, id, required, ...props }, ref) {
    const autoId = useId();
    const fieldId = id ?? autoId;
    return (
      <Frame id={fieldId} label={label} error={error} hint={hint} required={required}>
        <textarea ref={ref} id={fieldId} aria-required={required || undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, error, hint)} {...props} />
      </Frame>
    );
  },
);
