-- The first week in the desk (docs/decisions/0030-first-week-desk.md).

-- What a move changed besides the status, as the history shows it: a
-- re-placed story's section, placement and page before and after.
-- AlterTable
ALTER TABLE "WorkflowEvent" ADD COLUMN "detail" JSONB;

-- Review stages are named in each language of the desk. Stages stored before
-- had one name, set in Chinese: the three usual ones get their English name,
-- any other keeps its own name in English too until an admin renames it.
UPDATE "Setting"
SET "value" = jsonb_set("value", '{stages}', (
  SELECT jsonb_agg(
    CASE
      WHEN stage ? 'nameEn' THEN stage
      ELSE stage || jsonb_build_object('nameEn', CASE stage->>'name'
        WHEN '初审' THEN 'First review'
        WHEN '复审' THEN 'Second review'
        WHEN '终审' THEN 'Final review'
        ELSE stage->>'name'
      END)
    END
    ORDER BY position)
  FROM jsonb_array_elements("value"->'stages') WITH ORDINALITY AS stages(stage, position)
))
WHERE "key" = 'workflow.stages'
  AND jsonb_typeof("value"->'stages') = 'array'
  AND jsonb_array_length("value"->'stages') > 0;
