-- 数字报: the printed pages of an edition as page images with their stories'
-- regions (docs/decisions/0028-digital-edition-pages.md).

-- CreateTable
CREATE TABLE "EditionPage" (
    "id" TEXT NOT NULL,
    "editionDate" DATE NOT NULL,
    "number" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "sourceType" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "pdfBytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "variants" JSONB NOT NULL,
    "hasText" BOOLEAN NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditionPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageRegion" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "articleId" TEXT,
    "x" INTEGER NOT NULL,
    "y" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,

    CONSTRAINT "PageRegion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EditionPage_key_key" ON "EditionPage"("key");

-- CreateIndex
CREATE INDEX "EditionPage_uploadedById_idx" ON "EditionPage"("uploadedById");

-- CreateIndex
CREATE UNIQUE INDEX "EditionPage_editionDate_number_key" ON "EditionPage"("editionDate", "number");

-- CreateIndex
CREATE INDEX "PageRegion_pageId_idx" ON "PageRegion"("pageId");

-- CreateIndex
CREATE INDEX "PageRegion_articleId_idx" ON "PageRegion"("articleId");

-- AddForeignKey
ALTER TABLE "EditionPage" ADD CONSTRAINT "EditionPage_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageRegion" ADD CONSTRAINT "PageRegion_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "EditionPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageRegion" ADD CONSTRAINT "PageRegion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
