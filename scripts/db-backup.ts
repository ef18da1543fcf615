// npm run db:backup [-- <file>] — writes a backup of DATABASE_URL (or the
// embedded database) to <file>, by default .data/backups/copydesk-<time>.jsonl.gz.
// Safe while Copydesk runs: it reads one consistent snapshot.
import path from "node:path";
import { writeBackup } from "@/lib/backup/dump";
import { s3Settings } from "@/lib/media/config";
import { describeMediaStorage, mediaStorage } from "@/lib/media/storage";
import { exitWithMessage, resolveDatabase } from "./database";

const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const file = process.argv[2] ?? path.join(".data", "backups", `copydesk-${stamp}.jsonl.gz`);

const target = await resolveDatabase().catch(exitWithMessage);
let failed: unknown = null;
try {
  const { bytes, tables, files, missingFiles } = await writeBackup(target.url, file, { storage: mediaStorage() });
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backup written: ${file} (${(bytes / 1024).toFixed(1)} KiB, ${tables.length} tables, ${rows} rows, ${files} printed-page files).`);
  if (missingFiles.length) console.log(`${missingFiles.length} printed-page file(s) named in the database were not in ${describeMediaStorage()}: ${missingFiles.slice(0, 5).join(", ")}${missingFiles.length > 5 ? ", …" : ""}`);
  console.log(`Restore with: npm run db:restore -- ${file}`);
  // Photos are never changed in place (a new picture is a new key), so a copy
  // taken after this backup holds every photo the backup names.
  console.log(
    s3Settings()
      ? `Uploaded photos are not in it: they stay in ${describeMediaStorage()}. Copy the bucket now, after the backup (e.g. rclone sync or aws s3 sync; README, "Backups").`
      : `Uploaded photos are not in it: copy ${describeMediaStorage()} alongside, after the backup.`,
  );
} catch (error) {
  failed = error;
} finally {
  await target.embedded?.stop();
}
if (failed) exitWithMessage(failed);
