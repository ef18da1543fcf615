// Stopping a server without dropping what it is doing: on SIGTERM (a deploy,
// a scale-down) the listening socket closes at once, so nginx sends new
// requests to another instance, while the requests already in flight run
// to their end. Keep-alive connections are closed as soon as they are idle,
// which Node does not do by itself for a connection still busy at close().
// A request still running when the time is up is cut off: a stuck one must
// not hold a deploy for ever.
import type { Server } from "node:http";

export type Stopped = "drained" | "timed-out";

export function closeGracefully(server: Server, { timeoutMs = 10_000 } = {}): Promise<Stopped> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const finish = (outcome: Stopped) => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve(outcome);
    };
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      finish("timed-out");
    }, timeoutMs);
    server.close(() => finish("drained"));
    server.closeIdleConnections();
  });
}

/**
 * On SIGTERM or SIGINT: closeGracefully, then `cleanup` (Next's own work),
 * then exit. A second signal changes nothing; a cleanup that hangs is cut
 * off two seconds after the bound.
 */
export function stopOnSignals(server: Server, { timeoutMs = 10_000, cleanup = async () => {} }: { timeoutMs?: number; cleanup?: () => Promise<unknown> } = {}) {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(0), timeoutMs + 2_000).unref();
    const outcome = await closeGracefully(server, { timeoutMs });
    if (outcome === "timed-out") console.error(`[serve] requests still running after ${timeoutMs / 1000} s were cut off`);
    await cleanup().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
}
