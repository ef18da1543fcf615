-- The rich body (lib/rich-text): the editor's JSON document; `body` keeps its plain text.
ALTER TABLE "Article" ADD COLUMN "bodyJson" JSONB;
