-- Archive import: one row per imported page, keyed by the hash of its text,
-- so importing a page twice creates nothing (docs/decisions/0026-archive-import.md).

-- CreateTable
CREATE TABLE "ImportedPage" (
    "id" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "editionDate" DATE,
    "pageNumber" INTEGER,
    "pageName" TEXT,
    "articleIds" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportedPage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportedPage_hash_key" ON "ImportedPage"("hash");
