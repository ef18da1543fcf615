// Shared by the revisions page's restore button and its server action.
import { z } from "zod";

export const restoreSchema = z.object({
  id: z.string().min(1).max(40),
  revisionId: z.string().min(1).max(40),
  // The article's version the page showed: a newer one means someone else saved.
  version: z.coerce.number().int().min(1),
});

/** ?from=1&to=3 on the revisions page: version numbers, anything else ignored. */
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});
