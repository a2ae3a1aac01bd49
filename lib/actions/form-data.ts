// A form's FormData back into the object its zod schema reads, so that a form sent by the browser
// itself (before hydration, or without JavaScript) and one sent by React reach the action as the
// same value. Field names are react-hook-form's dot paths ("foyer.0.prenom"). What FormData
// cannot say by itself comes from the schema: a checkbox group with one box ticked is still a
// list, an unticked box is `false`, a list with nothing ticked is empty.
import type { z } from "zod";

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; values?: unknown[]; element?: z.ZodType; options?: z.ZodType[]; shape?: Record<string, z.ZodType>; getter?: () => z.ZodType };
type Kind =
  | { kind: "array"; element: z.ZodType } | { kind: "object"; shape: Record<string, z.ZodType> } | { kind: "boolean" } | { kind: "number" }
  | { kind: "scalar" };

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** What the schema expects at this place, through optional, default, pipe and union wrappers. */
function kindOf(schema: z.ZodType, depth = 0): Kind {
  const def = defOf(schema);
  if (depth > 20) return { kind: "scalar" };
  switch (def.type) {
    case "optional": case "nullable": case "default": case "prefault": case "catch": case "readonly": case "nonoptional":
      return kindOf(def.innerType!, depth + 1);
    case "pipe":
      // z.preprocess(fn, schema) is a pipe from a transform: what the form sends is what `schema` reads.
      return defOf(def.in!).type === "transform" ? kindOf(def.out!, depth + 1) : kindOf(def.in!, depth + 1);
    case "lazy":
      return kindOf(def.getter!(), depth + 1);
    case "array":
      return { kind: "array", element: def.element! };
    case "object":
      return { kind: "object", shape: def.shape! };
    case "boolean":
      return { kind: "boolean" };
    case "number":
      return { kind: "number" };
    case "literal":
      // z.literal(true): a box that must be ticked.
      return def.values!.length > 0 && def.values!.every((v) => typeof v === "boolean") ? { kind: "boolean" } : { kind: "scalar" };
    case "union": {
      const kinds = def.options!.map((o) => kindOf(o, depth + 1));
      const array = kinds.find((k) => k.kind === "array");
      if (array) return array;
      const objects = kinds.filter((k): k is Extract<Kind, { kind: "object" }> => k.kind === "object");
      // A discriminated union of objects: every key any variant knows.
      if (objects.length) return { kind: "object", shape: Object.assign({}, ...objects.map((o) => o.shape).reverse()) };
      if (kinds.every((k) => k.kind === "number")) return { kind: "number" };
      return kinds.some((k) => k.kind === "boolean") && kinds.every((k) => k.kind !== "scalar") ? { kind: "boolean" } : { kind: "scalar" };
    }
    default:
      return { kind: "scalar" };
  }
}

const isIndex = (segment: string) => /^\d+$/.test(segment);
/** Too deep or too wide a path is a forged request, not a form. */
const MAX_PATH_DEPTH = 8;
const MAX_INDEX = 1_000;

/** FormData → nested object; a repeated name becomes a list. React's own `$ACTION_…` fields are left out. */
export function formDataTree(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string" && value.size === 0 && value.name === "") continue;
    const path = key.split(".");
    if (path.length > MAX_PATH_DEPTH || path.some((s) => s === "" || s === "__proto__" || s === "constructor" || s === "prototype")) continue;
    if (path.some((s) => isIndex(s) && Number(s) > MAX_INDEX)) continue;
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i]!;
      const nextIsIndex = isIndex(path[i + 1]!);
      const current = (node as Record<string, unknown>)[segment];
      if (current === undefined || typeof current !== "object" || current === null) {
        (node as Record<string, unknown>)[segment] = nextIsIndex ? [] : {};
      }
      node = (node as Record<string, unknown>)[segment] as Record<string, unknown>;
    }
    const leaf = path.at(-1)!;
    const record = node as Record<string, unknown>;
    const previous = record[leaf];
    record[leaf] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return root;
}

/** The raw tree shaped by the schema (lists, booleans), leaving every value's check to zod. */
function shape(schema: z.ZodType, value: unknown): unknown {
  const k = kindOf(schema);
  switch (k.kind) {
    case "array": {
      const list = value === undefined || value === "" ? [] : Array.isArray(value) ? value.filter((v) => v !== undefined) : [value];
      return list.map((item) => shape(k.element, item));
    }
    case "boolean": {
      const last = Array.isArray(value) ? value.at(-1) : value;
      if (last === undefined || last === "" || last === "false" || last === "off") return false;
      return last === "on" || last === "true" ? true : last;
    }
    case "number": {
      // A hidden field such as an optimistic-lock version: a number where the schema wants one,
      // anything else left as it came, for zod to refuse with its own message.
      const last = Array.isArray(value) ? value.at(-1) : value;
      return typeof last === "string" && /^-?\d{1,15}(\.\d+)?$/.test(last.trim()) ? Number(last) : last;
    }
    case "object": {
      if (value === undefined) value = {};
      if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, field] of Object.entries(k.shape)) out[key] = shape(field, out[key]);
      return out;
    }
    default:
      return Array.isArray(value) ? value.at(-1) : value;
  }
}

export function decodeFormData(schema: z.ZodType, form: FormData): unknown {
  return shape(schema, formDataTree(form));
}

/** Field names whose value a failed submission never sends back to the page. */
const SECRET = /(password|secret|token)$|^(code|confirmation)$/i;

/** What the form showed, to put back in the fields after a refusal (no secrets, no files). */
export function echoValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(echoValues);
  if (value && typeof value === "object") {
    if (typeof Blob !== "undefined" && value instanceof Blob) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) if (!SECRET.test(key)) out[key] = echoValues(v);
    return out;
  }
  return value;
}
