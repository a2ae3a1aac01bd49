// Any S3-compatible object storage (AWS, MinIO, Scaleway, OVH…) through the AWS SDK v3 client.
// The bucket stays private: objects are read by the server and streamed through the checked route.
import {
  DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client, S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertStorageKey, type DocumentStorage } from "./types";

export type S3Settings = {
  endpoint?: string;
  region?: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle?: boolean;
};

const isMissing = (error: unknown) =>
  error instanceof NoSuchKey || error instanceof NotFound || (error instanceof S3ServiceException && error.$metadata?.httpStatusCode === 404);

export function s3Storage(settings: S3Settings): DocumentStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region ?? "us-east-1",
    forcePathStyle: settings.forcePathStyle ?? false,
    credentials: settings.accessKeyId && settings.secretAccessKey
      ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
      : undefined,
    // Recent SDKs add CRC checksums (and aws-chunked bodies) by default, which several
    // S3-compatible services reject: only send them where the API requires it.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = settings.bucket;

  return {
    kind: "s3",
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket, Key: assertStorageKey(key), Body: body, ContentType: contentType, ContentLength: body.byteLength }));
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: assertStorageKey(key) }));
        return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async stream(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: assertStorageKey(key) }));
        return out.Body ? (out.Body.transformToWebStream() as ReadableStream<Uint8Array>) : new ReadableStream({ start: (c) => c.close() });
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: assertStorageKey(key) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    async delete(key) {
      // S3 answers 204 for a missing key too: idempotent by design.
      await client.send(new DeleteObjectCommand({ Bucket, Key: assertStorageKey(key) }));
    },
  };
}
