// npm run db:seed — loads the demo newsroom on purpose (never automatic with DATABASE_URL).
import { createDb } from "@/lib/database/client";
import { migrate } from "@/lib/database/migrate";
import { seedDemo } from "@/lib/demo/seed";
import { mediaStorage } from "@/lib/media/storage";
import { exitWithMessage, resolveDatabase } from "./database";

const target = await resolveDatabase().catch(exitWithMessage);
const db = createDb(target.url);
try {
  await migrate(target.url);
  const result = await seedDemo(db, { storage: mediaStorage() });
  console.log(result.seeded ? `Demo seeded: ${result.articles} articles, 4 accounts (password copydesk-demo), the printed page with ${result.regions ?? 0} stories found on it.` : "Database already has users; nothing seeded.");
} catch (error) {
  exitWithMessage(error);
} finally {
  await db.$disconnect();
  await target.embedded?.stop();
}
