import "server-only";
import { processDb } from "@/lib/database/process-db";

/** The process's database client (lib/database/process-db.ts), for pages, actions and routes. */
export const getDb = processDb;
