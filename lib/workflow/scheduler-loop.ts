import { randomBytes } from "node:crypto";
import { schedulerEnv } from "@/lib/env";

// A token known only to this process: the publish-due route refuses anyone else.
const globalForScheduler = globalThis as unknown as { copydeskSchedulerToken?: string; copydeskScheduler?: NodeJS.Timeout };

export const schedulerToken = () => (globalForScheduler.copydeskSchedulerToken ??= randomBytes(24).toString("hex"));

export function startScheduler() {
  const env = schedulerEnv();
  if (globalForScheduler.copydeskScheduler || env.SCHEDULER === "off") return;
  const url = `http://127.0.0.1:${env.PORT}/api/internal/publish-due`;
  const tick = async () => {
    try {
      await fetch(url, { method: "POST", headers: { "x-scheduler-token": schedulerToken() } });
    } catch {
      // The server may not be listening yet, or the database is away: try next time.
    }
  };
  globalForScheduler.copydeskScheduler = setInterval(tick, env.SCHEDULER_INTERVAL_MS);
  globalForScheduler.copydeskScheduler.unref();
}
