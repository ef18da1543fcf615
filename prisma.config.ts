import { defineConfig } from "prisma/config";

// Only `prisma generate` reads this file here; migrations are applied by
// scripts/migrate.ts (docs/decisions/0001-sql-migrations.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/copydesk" },
});
