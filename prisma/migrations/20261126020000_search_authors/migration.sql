-- AlterTable
ALTER TABLE "User" ADD COLUMN     "slug" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE UNIQUE INDEX "User_slug_key" ON "User"("slug");

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Article_editionDate_pageNumber_idx" ON "Article"("editionDate", "pageNumber");
