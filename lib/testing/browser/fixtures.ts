// The browser tests' own `test`: Playwright's, plus
//   as(role, path?)  — a page signed in as one of the demo accounts (the
//                      sessions saved by e2e/auth.setup.ts), opened at path;
//                      its context is closed when the test ends;
//   server           — the server this spec runs against: the shared one, or
//                      with `test.use({ ownServer: "<name>" })` a server of
//                      the spec's own on a fresh copy of the demo database.
// A spec needs a server of its own when it changes what every page shows
// (review stages, the paper's name) or measures the server (load, memory):
// other specs run at the same time on the shared one (docs/decisions/0022).
import { test as base, type Page } from "@playwright/test";
import { storageState, type AccountName } from "./accounts";
import { E2E_PORT, mainBase, mainDatabaseUrl, startOwnServer, type TestServer } from "./servers";

export type As = (role: AccountName, path?: string) => Promise<Page>;

interface TestFixtures {
  as: As;
}

interface WorkerFixtures {
  /** A name makes a server of this spec's own (each name its own worker and server); "" shares. */
  ownServer: string;
  server: Pick<TestServer, "base" | "databaseUrl" | "logPath">;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  ownServer: ["", { scope: "worker", option: true }],
  server: [
    async ({ ownServer }, provide, workerInfo) => {
      if (!ownServer) {
        await provide({ base: mainBase, databaseUrl: mainDatabaseUrl(), logPath: `.data/e2e-server-${E2E_PORT}.log` });
        return;
      }
      // Ports above the shared server's, one per parallel worker.
      const server = await startOwnServer(E2E_PORT + 20 + workerInfo.parallelIndex);
      await provide(server);
      await server.stop();
    },
    { scope: "worker", timeout: 180_000 },
  ],
  baseURL: async ({ server }, provide) => provide(server.base),
  as: async ({ browser, baseURL }, provide) => {
    const pages: Page[] = [];
    await provide(async (role, path) => {
      const context = await browser.newContext({ baseURL, storageState: storageState(role) });
      const page = await context.newPage();
      pages.push(page);
      if (path) await page.goto(path);
      return page;
    });
    for (const page of pages) await page.context().close().catch(() => {});
  },
});

export { expect } from "@playwright/test";
