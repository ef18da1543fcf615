// Starts the scheduler with the server: every few seconds it asks the app to
// publish articles whose time has come. The work runs in a route handler so
// that the public pages' cache is expired in a request, as Next requires.
export async function register() {
  // Not through lib/env.ts: Next writes this literal in per runtime when it
  // builds, which is what keeps the Node-only scheduler out of the edge build.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/workflow/scheduler-loop");
  startScheduler();
}
