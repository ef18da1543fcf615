// The scheduler, started with the server (instrumentation.ts): every few
// seconds it publishes the articles whose time has come, in this process,
// and hands them to the publication seam like any other public change.
// Every instance of a cluster runs it; the tick's advisory lock
// (lib/workflow/scheduler.ts) lets one of them work at a time.
import { processDb } from "@/lib/database/process-db";
import { schedulerEnv } from "@/lib/env";
import { publishChange } from "@/lib/publication";
import { schedulerTick } from "./scheduler";

const globalForScheduler = globalThis as unknown as { copydeskScheduler?: NodeJS.Timeout };

/** One tick: publish what is due (if this instance holds the lock), then tell readers. */
export async function runSchedulerTick(db = processDb(), now = new Date()) {
  const tick = await schedulerTick(db, now);
  if (tick.published.length > 0) {
    // Says in this instance's log which instance did the work.
    console.log(`[scheduler] published ${tick.published.length} scheduled article(s)`);
    await publishChange(db, { slugs: tick.published.map((article) => article.slug) });
  }
  return tick;
}

export function startScheduler() {
  const env = schedulerEnv();
  if (globalForScheduler.copydeskScheduler || env.SCHEDULER === "off") return;
  let running = false;
  globalForScheduler.copydeskScheduler = setInterval(() => {
    if (running) return; // a slow tick is not overtaken by the next
    running = true;
    runSchedulerTick()
      .catch((error) => console.error(`[scheduler] tick failed, the next one tries again: ${(error as Error).message}`))
      .finally(() => (running = false));
  }, env.SCHEDULER_INTERVAL_MS);
  globalForScheduler.copydeskScheduler.unref();
}
