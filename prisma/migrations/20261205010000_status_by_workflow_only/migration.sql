-- Article.status is written by the state machine only (docs/decisions/0023).
-- lib/workflow/status-write.ts sets the transaction-local setting
-- copydesk.workflow to 'on' around the one statement that writes a status;
-- any other change of status, and any new row that does not start as a
-- DRAFT, is refused here, whatever code or tool sent it.
-- Triggers are not part of schema.prisma; the schema-drift check does not see them.

-- CreateFunction
CREATE OR REPLACE FUNCTION "article_status_by_workflow_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('copydesk.workflow', true), '') = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' AND NEW.status <> 'DRAFT' THEN
    RAISE EXCEPTION 'Article status is set by the workflow only: a new article starts as DRAFT, not %', NEW.status
      USING ERRCODE = 'insufficient_privilege', HINT = 'Move it through lib/workflow (docs/decisions/0023).';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
    RAISE EXCEPTION 'Article status is set by the workflow only: % to % refused', OLD.status, NEW.status
      USING ERRCODE = 'insufficient_privilege', HINT = 'Move it through lib/workflow (docs/decisions/0023).';
  END IF;
  RETURN NEW;
END
$$;

-- CreateTrigger
CREATE TRIGGER "Article_status_by_workflow_only"
  BEFORE INSERT OR UPDATE OF "status" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION "article_status_by_workflow_only"();
