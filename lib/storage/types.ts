// Where the bytes of pièces jointes live. The database row is the source of truth for who may
// read a file; the storage only knows opaque keys and never serves anything by itself.
export interface DocumentStorage {
  readonly kind: "local" | "s3";
  /** Writes the whole object; replaces nothing (keys are fresh UUIDs). */
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or null when it does not exist. */
  get(key: string): Promise<Uint8Array | null>;
  /** The object as a web stream for a download response, or null when it does not exist. */
  stream(key: string): Promise<ReadableStream<Uint8Array> | null>;
  exists(key: string): Promise<boolean>;
  /** Idempotent: deleting a missing object is not an error (the purge may run twice). */
  delete(key: string): Promise<void>;
}

// A key is built by the application only (structure/usager/uuid): anything else is refused
// before it reaches a file path or a bucket, so a key can never escape its folder.
const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

export function assertStorageKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Clé de stockage invalide : ${JSON.stringify(key)}`);
  return key;
}
