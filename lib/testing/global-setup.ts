// Vitest: one fresh database per run, created here and dropped afterwards.
// Uses the machine's PostgreSQL on 127.0.0.1:5432 when it answers, otherwise
// an embedded one, so the tests run on any machine.
import type { TestProject } from "vitest/node";
import { migrate } from "@/lib/database/migrate";
import { createTestDatabase } from "./databases";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("copydesk_unit");
  await migrate(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}
