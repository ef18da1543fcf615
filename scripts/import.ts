// npm run import -- <file> --edition 2021-11-02 --page "第03版 开发区" [--publish]
// [--section <slug>] [--as <email>] — the work is in lib/import/cli.ts.
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { parseImportArgs, runImport, USAGE } from "@/lib/import/cli";
import { exitWithMessage, resolveDatabase } from "./database";

// Bad arguments fail before a database is started for nothing.
const argv = process.argv.slice(2);
const problem = parseImportArgs(argv);
if (typeof problem === "string") {
  console.error(`✖ ${problem} — ${USAGE}`);
  process.exit(1);
}

const target = await resolveDatabase().catch(exitWithMessage);
const db = createDb(target.url);
try {
  await migrate(target.url);
  process.exitCode = await runImport(db, argv, console);
} catch (error) {
  exitWithMessage(error);
} finally {
  await db.$disconnect();
  await target.embedded?.stop();
}
