// Generated bad payloads: from one valid payload, every field broken one way at a time (wrong
// type, missing, oversized, injected, unknown enum value, foreign or garbage id), plus payloads
// of the wrong shape and prototype-pollution keys. Each says whether acceptance can be right.
export type BadPayload = {
  label: string;
  payload: unknown;
  /**
   * "refuse": must come back as a field or form error. "store-verbatim": free text may be
   * accepted, but then stored exactly as typed (no injection). "ignore-extra": unknown keys may
   * be accepted, but must change nothing outside the actor's structure.
   */
  accept: "refuse" | "store-verbatim" | "ignore-extra";
  /** The injected text, for "store-verbatim". */
  text?: string;
  /** The field broken ("foyer.0.nom"), or "" for the whole payload. */
  field: string;
};

export const ONE_MB = "x".repeat(1024 * 1024);
export const INJECTED = `'; DROP TABLE "Usager"; -- <script>alert(1)</script> ../../etc/passwd`;
const SQL = `' OR 1=1; DROP TABLE "Usager"; --`;
const TRAVERSAL = "../../../../etc/passwd";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENUM = /^[A-Z][A-Z0-9_]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const RANDOM_UUID = "6f1c2a0e-9a4b-4c8e-8d2f-0b7e5a1c3d99";
const isIdKey = (key: string) => key === "id" || /Id$/.test(key);
let injected = 0;

/** An object with an OWN "__proto__" key, as JSON.parse builds it from a request body. */
export const protoKey = () => JSON.parse('{"__proto__": {"polluted": "oui"}, "constructor": {"prototype": {"polluted": "oui"}}}') as Record<string, unknown>;

type Path = (string | number)[];
function setAt(base: unknown, path: Path, value: unknown, remove = false): unknown {
  const copy: unknown = structuredClone(base);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

function fieldMutations(base: unknown, path: Path, value: unknown, optional: Set<string>, foreignIds: string[]): BadPayload[] {
  const key = String(path[path.length - 1]);
  const name = path.join(".");
  const out: BadPayload[] = [];
  const refuse = (label: string, v: unknown) => out.push({ label: `${name}: ${label}`, payload: setAt(base, path, v), accept: "refuse", field: name });
  if (!optional.has(name)) out.push({ label: `${name}: missing`, payload: setAt(base, path, undefined, true), accept: "refuse", field: name });
  refuse("null", null);
  refuse("object", { valeur: value });
  refuse("prototype keys", protoKey());
  if (typeof value === "string") {
    refuse("number", 123456789);
    refuse("array", [value]);
    refuse("boolean", true);
    refuse("1 MB string", ONE_MB);
    if (isIdKey(key) || UUID.test(value)) {
      refuse("garbage id", "pas-un-identifiant");
      refuse("random uuid", RANDOM_UUID);
      refuse("SQL injection", SQL);
      refuse("path traversal", TRAVERSAL);
      foreignIds.forEach((id, i) => refuse(`id of another structure #${i + 1}`, id));
    } else if (ENUM.test(value)) {
      refuse("unknown enum value", "VALEUR_INCONNUE");
      refuse("SQL injection", SQL);
    } else if (ISO_DATE.test(value)) {
      refuse("impossible date", "2026-02-30");
      refuse("SQL injection", SQL);
    } else {
      // Numbered: text accepted by an earlier case stays in the database.
      const text = `${INJECTED} #${++injected}`;
      out.push({ label: `${name}: injected text`, payload: setAt(base, path, text), accept: "store-verbatim", text, field: name });
    }
  } else if (typeof value === "number") {
    refuse("string", "douze");
    refuse("negative", -1);
    refuse("fraction", 1.5);
    refuse("huge", Number.MAX_SAFE_INTEGER);
  } else if (typeof value === "boolean") {
    refuse("string", "true");
    refuse("number", 1);
  } else if (Array.isArray(value)) {
    refuse("string", "pas une liste");
    refuse("10 000 items", Array.from({ length: 10_000 }, () => value[0] ?? "x"));
    if (value.length > 0 && typeof value[0] === "string") {
      refuse("unknown item", [ENUM.test(value[0]) ? "VALEUR_INCONNUE" : ONE_MB]);
      refuse("null item", [null]);
    }
  }
  return out;
}

/** Walks the payload two levels deep (fields, and fields of the first item of a list). */
export function badPayloads(base: Record<string, unknown>, options: { optional?: string[]; foreignIds: string[] }): BadPayload[] {
  const optional = new Set(options.optional ?? []);
  const out: BadPayload[] = [
    { label: "payload: null", payload: null, accept: "refuse", field: "" },
    { label: "payload: undefined", payload: undefined, accept: "refuse", field: "" },
    { label: "payload: string", payload: "pas un objet", accept: "refuse", field: "" },
    { label: "payload: number", payload: 42, accept: "refuse", field: "" },
    { label: "payload: array", payload: [base], accept: "refuse", field: "" },
    { label: "payload: empty object", payload: {}, accept: "refuse", field: "" },
    { label: "payload: 1 MB string", payload: ONE_MB, accept: "refuse", field: "" },
    { label: "payload: prototype keys only", payload: protoKey(), accept: "refuse", field: "" },
    { label: "payload: prototype keys and extra fields", payload: { ...protoKey(), ...base, structureId: options.foreignIds[0], role: "ADMIN", isAdmin: true }, accept: "ignore-extra", field: "" },
  ];
  for (const [key, value] of Object.entries(base)) {
    out.push(...fieldMutations(base, [key], value, optional, options.foreignIds));
    const first = Array.isArray(value) ? value[0] : undefined;
    if (first && typeof first === "object") {
      for (const [sub, subValue] of Object.entries(first)) {
        out.push(...fieldMutations(base, [key, 0, sub], subValue, optional, options.foreignIds));
      }
    }
  }
  return out;
}
