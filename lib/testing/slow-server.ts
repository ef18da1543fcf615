// A stand-in for scripts/serve.ts in lib/serving/graceful.test.ts: the same
// signal handling, in front of a route that answers when told to.
// `tsx lib/testing/slow-server.ts` prints its port, then "arrived" when /slow
// is asked for; a line on stdin releases it.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { stopOnSignals } from "@/lib/serving/graceful";

const waiting: ServerResponse[] = [];
const server = createServer((req, res) => {
  if (req.url !== "/slow") return void res.end("quick");
  waiting.push(res);
  process.stdout.write("arrived\n");
});
process.stdin.on("data", () => waiting.splice(0).forEach((res) => res.end("slow but whole")));
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
});
stopOnSignals(server, { timeoutMs: 10_000 });
