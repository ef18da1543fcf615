// Generates a newspaper archive of N articles into a fresh database (or the
// empty, migrated one given with --url) and prints its address, e.g. to point
// `npm start` at it with DATABASE_URL.
//
//   npm run bench:generate -- --articles 100000 [--url postgresql://…]
import { migrate } from "@/lib/database/migrate";
import { createTestDatabase } from "@/lib/testing/databases";
import { generateNewsroom } from "@/lib/testing/archive/generate";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const articles = Number(option("articles") ?? 10_000);
if (!Number.isInteger(articles) || articles < 1) throw new Error("--articles must be a positive whole number");
const url = option("url") ?? (await createTestDatabase("copydesk_generated")).url;
await migrate(url);
const started = performance.now();
const result = await generateNewsroom(url, { articles, log: console.log });
console.log(`${result.articles} articles, ${result.photos} photos, ${result.events} events, ${result.users} users in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`DATABASE_URL=${url}`);
