// Shared by the assignment form and its server actions. Messages are catalog
// keys under `validation.*`. The deadline arrives as the newsroom's wall-clock
// time ("2021-11-02T18:00" from a datetime-local input); the action turns it
// into an instant in the newsroom's time zone, which only the server knows.
import { z } from "zod";

const id = z.string().min(1).max(40);

export const createAssignmentSchema = z.object({
  title: z.string().trim().min(1, "title_required").max(200, "too_long"),
  brief: z.string().trim().max(5000, "too_long").default(""),
  sectionId: z
    .string()
    .max(40)
    .transform((v) => v || null)
    .nullable()
    .optional(),
  reporterId: z.string().min(1, "reporter_required").max(40),
  deadline: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "deadline_invalid")
    .refine((v) => !Number.isNaN(Date.parse(`${v}Z`)), "deadline_invalid"),
  editionDate: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, "date_invalid")
    .refine((v) => !v || !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "date_invalid")
    .transform((v) => v || null)
    .nullable()
    .optional(),
});

export type CreateAssignmentInput = z.input<typeof createAssignmentSchema>;

export const startAssignmentSchema = z.object({ assignmentId: id });
