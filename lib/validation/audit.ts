// The audit log's filters, read from the page's query string. A bad value
// is dropped rather than refused: the page still shows, unfiltered by it.
import { z } from "zod";
import { ArticleStatus, AuditAction } from "@/lib/generated/prisma/enums";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => first(v) || undefined, schema.optional()).catch(undefined);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

export const auditFilterSchema = z.object({
  person: optional(z.string().max(40)),
  status: optional(z.enum(ArticleStatus)),
  // A kind of act outside the workflow: sign-ins, account and section administration, settings.
  action: optional(z.enum(AuditAction)),
  from: optional(day),
  to: optional(day),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;
