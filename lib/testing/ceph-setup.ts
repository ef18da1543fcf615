// Vitest, project "s3": one Ceph (lib/testing/ceph.ts) for the whole run,
// started only when a `*.s3.test.ts` file is among those run, so its start
// (about 12 s here) is paid once. If it cannot start, the run fails: these
// tests are never skipped.
import type { TestProject } from "vitest/node";
import { startCeph, type S3Server } from "./ceph";

declare module "vitest" {
  export interface ProvidedContext {
    s3Server: S3Server;
  }
}

export default async function setup(project: TestProject) {
  const ceph = await startCeph();
  const memory = await ceph.memory();
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  console.log(
    `Ceph for S3 tests: ${ceph.endpoint}, started in ${(ceph.startMs / 1000).toFixed(1)} s; memory ${Object.entries(memory).map(([name, bytes]) => `${name} ${mib(bytes)}`).join(", ")} (${mib(Object.values(memory).reduce((a, b) => a + b, 0))} in all)`,
  );
  const { endpoint, region, accessKeyId, secretAccessKey } = ceph;
  project.provide("s3Server", { endpoint, region, accessKeyId, secretAccessKey });
  return () => ceph.stop();
}
