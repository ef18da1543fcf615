// Vitest: one migrated template database per run, created here and dropped
// afterwards with every copy of it. Each worker tests on a copy of its own
// (lib/testing/worker-database.ts), so test files run in parallel without
// ever sharing rows.
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/database/migrate";
import { createTestDatabase } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { adminUrl: string; template: string };
  }
}

export default async function setup(project: TestProject) {
  const template = await createTestDatabase("copydesk_unit");
  await migrate(template.url);
  project.provide("testDatabase", { adminUrl: template.adminUrl, template: template.name });
  return () => template.drop();
}
