// Serves the production build: Next behind the front server that finishes
// reader pages (lib/serving/front-server.ts). `npm start`, `npm run
// start:prod` and the browser tests all run it: `tsx scripts/serve.ts PORT [HOST]`.
import { stopOnSignals } from "@/lib/serving/graceful";
import { startFrontServer } from "@/lib/serving/front-server";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.argv[3] ?? process.env.HOSTNAME ?? undefined;
const { server, app } = await startFrontServer({ port, hostname });
console.log(`Serving on http://${hostname ?? "localhost"}:${port}`);

// On SIGTERM: stop taking requests, let those in flight finish (ten seconds
// at most, lib/serving/graceful.ts), let Next finish its own work, and go.
stopOnSignals(server, { timeoutMs: 10_000, cleanup: () => app.close() });
