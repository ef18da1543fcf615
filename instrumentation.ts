// At start-up: chooses how public changes reach the caching proxy (nginx on
// this machine, or every nginx through Redis) and starts the scheduler,
// which publishes due articles in this process (lib/workflow/scheduler-loop.ts).
export async function register() {
  // Not through lib/env.ts: Next writes this literal in per runtime when it
  // builds, which is what keeps the Node-only scheduler out of the edge build.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { configurePublication } = await import("./lib/publication/configure");
  await configurePublication();
  const { startScheduler } = await import("./lib/workflow/scheduler-loop");
  startScheduler();
}
