// The storage of pièces jointes chosen from the settings: an S3-compatible bucket when S3_BUCKET
// is set, else a local folder (DOCUMENTS_DIR, default .data/documents, beside the embedded
// database). Tests swap it with useDocumentStorage().
import path from "node:path";
import { env } from "@/lib/env";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { DocumentStorage } from "./types";

export type { DocumentStorage } from "./types";

let current: DocumentStorage | undefined;

function fromEnv(): DocumentStorage {
  const e = env();
  if (e.S3_BUCKET) {
    return s3Storage({
      endpoint: e.S3_ENDPOINT, region: e.S3_REGION, bucket: e.S3_BUCKET, accessKeyId: e.S3_ACCESS_KEY_ID,
      secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE === "true",
    });
  }
  return localStorage(e.DOCUMENTS_DIR ?? path.join(process.cwd(), ".data", "documents"));
}

export function documentStorage(): DocumentStorage {
  current ??= fromEnv();
  return current;
}

/** For tests: run the domain against a given storage (a temporary folder, a local S3 server). */
export function useDocumentStorage(storage: DocumentStorage | undefined) {
  current = storage;
}
