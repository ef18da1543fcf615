// A process of its own making wrong-password sign-ins, for the test that the
// limits are shared by every process on one database
// (lib/auth/throttle-processes.test.ts). Prints the outcomes as JSON.
//   tsx lib/testing/guess-process.ts <database url> <email> <address> <attempts>
import { createDb } from "@/lib/database/client";
import { attemptSignIn } from "@/lib/auth/sign-in";

const [url = "", email = "", address = "", attempts = "1"] = process.argv.slice(2);
const db = createDb(url, { max: 1 });
const outcomes: string[] = [];
for (let i = 0; i < Number(attempts); i++) {
  const attempt = await attemptSignIn(db, { email, password: `wrong-guess-${i}` }, { address });
  outcomes.push("refused" in attempt ? attempt.refused : "signed in");
}
console.log(JSON.stringify(outcomes));
await db.$disconnect();
await db.pool.end();
