// Serves the production build: Next behind the front server that finishes
// reader pages (lib/serving/front-server.ts). `npm start`, `npm run
// start:prod` and the browser tests all run it: `tsx scripts/serve.ts PORT [HOST]`.
import { startFrontServer } from "@/lib/serving/front-server";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? process.env.HOSTNAME ?? undefined;
const { server, app } = await startFrontServer({ port, hostname });
console.log(`Serving on http://${hostname ?? "localhost"}:${port}`);

// Stop taking requests, let Next finish its own work, and go; a stuck
// keep-alive connection must not hold the process past two seconds.
async function stop() {
  setTimeout(() => process.exit(0), 2_000).unref();
  server.close();
  server.closeAllConnections();
  await app.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
