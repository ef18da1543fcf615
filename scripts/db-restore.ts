// npm run db:restore -- <file> [--force] — loads a backup made by db:backup
// into DATABASE_URL (or the embedded database). A database that already
// holds data is replaced only with --force. Stop Copydesk first.
import { BackupFileError } from "@/lib/backup/read";
import { restoreBackup, RestoreRefused } from "@/lib/backup/restore";
import { mediaStorage } from "@/lib/media/storage";
import { exitWithMessage, resolveDatabase } from "./database";
import { clearDataCache } from "./data-cache";

const args = process.argv.slice(2);
const force = args.includes("--force");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("\n✖ Which backup? npm run db:restore -- <file> [--force]\n");
  process.exit(1);
}

const target = await resolveDatabase().catch(exitWithMessage);
let failed: unknown = null;
try {
  const { tables, replaced, laterMigrations, files } = await restoreBackup(target.url, file, { force, storage: mediaStorage() });
  const rows = tables.reduce((sum, t) => sum + t.rows, 0);
  if (replaced.length) console.log(`Replaced the data that was there (${replaced.length} tables).`);
  console.log(`Restored ${file}: ${tables.length} tables, ${rows} rows, ${files} printed-page files.`);
  if (laterMigrations.length) console.log(`Then applied ${laterMigrations.length} newer migration(s): ${laterMigrations.join(", ")}.`);
  // Pages cached from the old data must not be served after a restore.
  clearDataCache();
} catch (error) {
  failed = error;
} finally {
  await target.embedded?.stop();
}
if (failed instanceof RestoreRefused || failed instanceof BackupFileError) {
  console.error(`\n✖ ${failed.message}\n`);
  process.exit(1);
}
if (failed) exitWithMessage(failed);
