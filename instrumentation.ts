// Starts the scheduler with the server: every few seconds it asks the app to
// publish articles whose time has come. The work runs in a route handler so
// that the public pages' cache is expired in a request, as Next requires.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/workflow/scheduler-loop");
  startScheduler();
}
