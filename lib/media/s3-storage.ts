// MediaStorage on an S3-compatible object store (Ceph radosgw, MinIO, AWS,
// Aliyun OSS…), for many instances sharing one set of pictures. Path-style
// addressing (`endpoint/bucket/key`), which every such server accepts.
// Readers never reach the bucket: Copydesk's own routes read from it and
// keep deciding who may see what (lib/media/access.ts).
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { checkKey, type MediaStorage } from "./storage";

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export function s3Client({ endpoint, region, accessKeyId, secretAccessKey }: S3Settings): S3Client {
  return new S3Client({
    endpoint,
    region,
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
    // Checksums on every request are a recent AWS default that older
    // S3-compatible servers reject; send them only where S3 requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

export function s3Storage(settings: S3Settings, client: S3Client = s3Client(settings)): MediaStorage {
  const Bucket = settings.bucket;
  return {
    async put(key, bytes, contentType) {
      checkKey(key);
      // One request carries the whole object: a reader sees the old object or the new, never half.
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }));
    },
    async get(key) {
      checkKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        const bytes = Buffer.from(await object.Body!.transformToByteArray());
        return { bytes, contentType: object.ContentType ?? "application/octet-stream" };
      } catch (error) {
        // Only a missing object is "not there"; a missing bucket or a refusal is an error.
        if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.name === "NoSuchKey")) return null;
        throw error;
      }
    },
    async delete(key) {
      checkKey(key);
      // S3 answers a delete of a missing key with success, as the disk storage does.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
