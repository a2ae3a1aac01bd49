// Errors that domain code throws and server actions turn into French answers (never a 500).

/** Bad input or a broken business rule: field errors keyed by form field name. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** Missing, or outside the actor's scope: both look the same (404), on purpose. */
export class NotFoundError extends Error {
  constructor() {
    super("Introuvable");
    this.name = "NotFoundError";
  }
}

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      formError: string;
      fieldErrors: Record<string, string>;
      /** What the form sent, without secrets: put back in the fields of a page rendered anew. */
      values?: Record<string, unknown>;
    };
