// npm run import -- <folder or files…> [--edition 2021-11-02] [--page "第03版 开发区"]
// [--publish] [--section <slug>] [--as <email>] [--convert hk|tw] — the work is in lib/import/cli.ts.
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import path from "node:path";
import { parseImportArgs, runImport, USAGE } from "@/lib/import/cli";
import { clearPurgers } from "@/lib/publication/purgers";
import { configurePublication } from "@/lib/publication/configure";
import { exitWithMessage, resolveDatabase } from "./database";

// Bad arguments fail before a database is started for nothing.
const argv = process.argv.slice(2);
const problem = parseImportArgs(argv);
if (typeof problem === "string") {
  console.error(`✖ ${problem} — ${USAGE}`);
  process.exit(1);
}

// Ctrl-C finishes the page being written (its transaction) and stops, so
// the embedded database is shut down cleanly; the same command run again
// resumes. A killed run loses nothing either: the page it was writing rolls
// back and is imported by the next run.
const stop = new AbortController();
process.on("SIGINT", () => {
  if (!stop.signal.aborted) console.error("Stopping after this page…");
  stop.abort();
});

// A published import purges the caching proxy: every nginx through Redis,
// or the one `npm run start:prod` runs from this checkout.
process.env.NGINX_RUN_DIR ??= path.join(process.cwd(), ".data", "nginx");
await configurePublication();

const target = await resolveDatabase().catch(exitWithMessage);
const db = createDb(target.url);
try {
  await migrate(target.url);
  process.exitCode = await runImport(db, argv, console, { signal: stop.signal });
} catch (error) {
  exitWithMessage(error);
} finally {
  await db.$disconnect();
  await clearPurgers();
  await target.embedded?.stop();
}
