-- Reader listings at scale (docs/decisions/0014-database-at-scale.md).
-- Live articles are PUBLISHED or SCHEDULED-and-due: with two statuses, the
-- (status, publishedAt) indexes cannot return rows newest first, so the front
-- page's candidates and a section's pages sorted every live row. These walk
-- publishedAt newest first with the id tie-break, and carry status so an
-- index-only scan can check it: a deep section page skips index entries, not rows.

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_status_idx" ON "Article"("publishedAt" DESC, "id", "status");

-- CreateIndex
CREATE INDEX "Article_sectionId_publishedAt_id_status_idx" ON "Article"("sectionId", "publishedAt" DESC, "id", "status");
