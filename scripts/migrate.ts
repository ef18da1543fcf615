// npm run db:migrate — applies pending migrations to DATABASE_URL (or the embedded database).
import { migrate } from "@/lib/database/migrate";
import { exitWithMessage, resolveDatabase } from "./database";

const db = await resolveDatabase().catch(exitWithMessage);
try {
  const { applied, alreadyApplied } = await migrate(db.url);
  console.log(`Migrations: ${applied.length} applied, ${alreadyApplied.length} already in place.`);
  for (const name of applied) console.log(`  + ${name}`);
} catch (error) {
  exitWithMessage(error);
} finally {
  await db.embedded?.stop();
}
