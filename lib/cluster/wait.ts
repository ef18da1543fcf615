/** Polls `ready` every 200 ms until it answers true; fails when `gone` says the process died, or after `timeoutMs`. */
export async function waitFor(what: string, ready: () => Promise<boolean>, gone: () => boolean = () => false, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone()) throw new Error(`${what}: the process exited`);
    if (await ready().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
