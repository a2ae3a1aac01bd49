"use client";

// The one form mechanism (docs/decisions/0020-un-seul-mecanisme-de-formulaire.md): a real
// `<form action>` bound to a server action through React's useActionState, with
// react-hook-form for the checks while typing and the French messages on the fields.
// - Before hydration (or without JavaScript) the browser posts the form itself; the server
//   action decodes the FormData, saves or answers with the field errors and what was typed, and
//   the page comes back with them (nothing lost, nothing in the address).
// - After hydration the same FormData is checked with the same zod schema first, then sent to
//   the same action.
// - Text typed before hydration is kept: react-hook-form would write its default values over it.
// - With `draft`, the values are kept on the server while typing and leaving unsaved changes
//   asks first (use-form-draft.ts); with `confirmLeave` alone, only the latter.
import { startTransition, useActionState, useCallback, useEffect, useId, useRef, useSyncExternalStore, type FormEvent } from "react";
import { get, useForm, type DefaultValues, type FieldPath, type FieldValues, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/domain/errors";
import { useFormDraft, useLeaveGuard, type DraftHandle, type DraftOption } from "./use-form-draft";

export type FormAction = (state: ActionResult<unknown> | null, form: FormData) => Promise<ActionResult<unknown>>;
type Input<S extends z.ZodType> = z.input<S> & FieldValues;
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const noSubscription = () => () => {};

export type ActionFormOptions<S extends z.ZodType> = {
  schema: S;
  action: FormAction;
  defaultValues: DefaultValues<Input<S>>;
  /** After a success that did not send the browser elsewhere (the action has no redirectTo). */
  onSuccess?: (data: unknown, form: UseFormReturn<Input<S>, unknown, z.output<S>>) => void;
  /** Keep a draft on the server while typing, offer to restore it, ask before leaving (decision 0067). */
  draft?: DraftOption;
  /** Ask before leaving the page with unsaved changes (implied by `draft`). */
  confirmLeave?: boolean;
};

function mergeValues(defaults: unknown, values: unknown): unknown {
  if (values === undefined) return defaults;
  if (defaults && typeof defaults === "object" && !Array.isArray(defaults) && values && typeof values === "object" && !Array.isArray(values)) {
    const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
    for (const [k, v] of Object.entries(values)) out[k] = mergeValues(out[k], v);
    return out;
  }
  return values;
}

/** The value a control holds when the user changed it before React took over, else undefined. */
function typedBeforeHydration(el: Control): string | boolean | undefined {
  if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
    return el.checked !== el.defaultChecked ? el.checked : undefined;
  }
  if (el instanceof HTMLSelectElement) {
    const changed = Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    return changed ? el.value : undefined;
  }
  return el.value !== el.defaultValue ? el.value : undefined;
}

/** react-hook-form's nested errors as [dotted name, message], in the order of the form. */
function flattenErrors(errors: unknown, prefix = ""): [string, string][] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" && "type" in node) return [[prefix, node.message]];
  return Object.entries(node).flatMap(([k, v]) => (k === "ref" || k === "root" ? [] : flattenErrors(v, prefix ? `${prefix}.${k}` : k)));
}

export function useActionForm<S extends z.ZodType>({ schema, action, defaultValues, onSuccess, draft, confirmLeave }: ActionFormOptions<S>) {
  const [state, formAction, pending] = useActionState(action, null);
  const refused = state && !state.ok ? state : null;
  const initial = (refused?.values ? mergeValues(defaultValues, refused.values) : defaultValues) as DefaultValues<Input<S>>;
  const form = useForm<Input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never), defaultValues: initial });
  const formId = useId();
  const hydrated = useRef(false);
  const seen = useRef(new WeakSet<Element>());
  // False on the server and while hydrating, true once React runs the page. Until then the field
  // errors are read from the action's answer itself (a page the server rendered after a
  // refusal); afterwards react-hook-form holds them.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  // The answer whose errors react-hook-form already holds, or whose success was handled.
  const applied = useRef<typeof state>(null);

  useEffect(() => {
    hydrated.current = true;
  }, []);

  const drafts = useFormDraft(form, draft, (values) => mergeValues(defaultValues, values) as Input<S>);
  // Sending the form is not leaving it: the guard stands down from the submit on.
  const sending = useRef(false);
  const isDirty = form.formState.isDirty;
  const dirty = useCallback(() => isDirty && !sending.current, [isDirty]);
  useLeaveGuard(Boolean(draft || confirmLeave), dirty);
  const resumeDraft = drafts.resume;

  useEffect(() => {
    if (state === applied.current) return;
    applied.current = state;
    if (!state) return;
    if (state.ok) {
      onSuccess?.(state.data, form);
      return;
    }
    sending.current = false;
    resumeDraft();
    const entries = Object.entries(state.fieldErrors).filter(([name]) => name !== "_form");
    entries.forEach(([name, message], i) => form.setError(name as FieldPath<Input<S>>, { type: "server", message }, { shouldFocus: i === 0 }));
  }, [state, form, onSuccess, resumeDraft]);

  const idOf = (name: string) => `${formId}-${name.replace(/\./g, "-")}`;
  const error = (name: string): string | undefined =>
    ((get(form.formState.errors, name) as { message?: string } | undefined)?.message) ?? (interactive ? undefined : refused?.fieldErrors[name]);
  const valueOf = (name: string) => get(form.getValues(), name) ?? get(initial, name);

  /** react-hook-form's ref, keeping what the user typed before hydration. */
  function keepTyped(name: string, rhfRef: (el: Control | null) => void) {
    return (el: Control | null) => {
      const typed = el && !hydrated.current && !seen.current.has(el) ? typedBeforeHydration(el) : undefined;
      if (el) seen.current.add(el);
      rhfRef(el);
      if (!el || typed === undefined) return;
      if (typeof typed === "boolean") (el as HTMLInputElement).checked = typed;
      else el.value = typed;
      const box = el instanceof HTMLInputElement && el.type === "checkbox" && el.hasAttribute("value") ? el : null;
      const group = box ? Array.from(el.form?.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${CSS.escape(name)}"]`) ?? []) : [];
      const value = box ? group.filter((b) => b.checked).map((b) => b.value) : typeof typed === "boolean" ? typed : typed;
      form.setValue(name as FieldPath<Input<S>>, value as never, { shouldDirty: true });
    };
  }

  /** Props of a text field, select or textarea: name, value rendered by the server, error, id. */
  function field(name: FieldPath<Input<S>>) {
    const { ref, ...rest } = form.register(name);
    const value = valueOf(name);
    return { ...rest, ref: keepTyped(name, ref as never), id: idOf(name), defaultValue: value == null ? "" : String(value), error: error(name) };
  }

  /** A checkbox: alone it is a yes/no field; with a `value` it is one box of a list. */
  function checkbox(name: FieldPath<Input<S>>, value?: string) {
    const { ref, ...rest } = form.register(name);
    const current = valueOf(name);
    const checked = value === undefined ? current === true : Array.isArray(current) && current.includes(value);
    return { ...rest, ref: keepTyped(name, ref as never), type: "checkbox" as const, value, defaultChecked: checked };
  }

  /** One radio button of a choice. */
  function radio(name: FieldPath<Input<S>>, value: string) {
    const { ref, ...rest } = form.register(name);
    return { ...rest, ref: keepTyped(name, ref as never), type: "radio" as const, value, defaultChecked: valueOf(name) === value };
  }

  /** For a fieldset of checkboxes or radios: its id (the summary links to it) and its error. */
  function group(name: FieldPath<Input<S>>) {
    return { id: idOf(name), error: error(name) };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const element = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
    event.preventDefault();
    void form.handleSubmit(async () => {
      const data = new FormData(element, submitter);
      sending.current = true;
      await drafts.beforeSubmit();
      startTransition(() => formAction(data));
    })();
  }

  /**
   * The field errors to list above the form (role=alert), each with the id of its field: on a
   * page the server rendered after a refusal (sent before hydration or without JavaScript), the
   * action's answer; once React runs the page, the errors react-hook-form holds after a submit
   * (its own checks or the server's), so the summary appears on every refusal.
   */
  const summary = (): { id: string; message: string }[] => {
    if (!interactive) {
      return refused ? Object.entries(refused.fieldErrors).filter(([n]) => n !== "_form").map(([n, message]) => ({ id: idOf(n), message })) : [];
    }
    if (form.formState.submitCount === 0 && !refused) return [];
    return flattenErrors(form.formState.errors).map(([n, message]) => ({ id: idOf(n), message }));
  };

  return {
    form, state, pending: pending || form.formState.isSubmitting, field, checkbox, radio, group, error, summary,
    /** False on the server and while hydrating: what only JavaScript can do waits for it. */
    interactive,
    formProps: { id: formId, action: formAction, onSubmit, noValidate: true },
    formError: refused?.formError ?? null,
    /** The draft's offer and status, shown by the frame; null without the `draft` option. */
    draft: drafts.handle,
  };
}

/** The handle of a form of schema S, for the sections of a form split into several components. */
export type ActionFormApi<S extends z.ZodType> = ReturnType<typeof useActionForm<S>>;

/** What the frame (action-form.tsx) needs of a form, whatever its schema. */
export type ActionFormHandle = {
  state: ActionResult<unknown> | null;
  pending: boolean;
  formError: string | null;
  summary: () => { id: string; message: string }[];
  interactive: boolean;
  formProps: { id: string; action: (form: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void; noValidate: boolean };
  draft?: DraftHandle | null;
};
