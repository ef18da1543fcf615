-- The proofreading rounds (三校): sign-offs per round, findings an article
-- keeps on purpose, and chief editors' overrides
-- (docs/decisions/0025-proofreading.md).

-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'PROOFREAD';

-- CreateTable
CREATE TABLE "ProofSignOff" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "signerId" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "fixed" INTEGER NOT NULL,
    "ignored" INTEGER NOT NULL,
    "left" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "voidedAt" TIMESTAMP(3),

    CONSTRAINT "ProofSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProofIgnore" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "match" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "reason" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProofIgnore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProofOverride" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "missingRounds" INTEGER NOT NULL,
    "openErrors" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProofOverride_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProofSignOff_articleId_round_idx" ON "ProofSignOff"("articleId", "round");

-- CreateIndex
CREATE INDEX "ProofSignOff_signerId_idx" ON "ProofSignOff"("signerId");

-- CreateIndex
CREATE INDEX "ProofIgnore_articleId_idx" ON "ProofIgnore"("articleId");

-- CreateIndex
CREATE INDEX "ProofIgnore_createdById_idx" ON "ProofIgnore"("createdById");

-- CreateIndex
CREATE INDEX "ProofOverride_articleId_idx" ON "ProofOverride"("articleId");

-- CreateIndex
CREATE INDEX "ProofOverride_actorId_idx" ON "ProofOverride"("actorId");

-- AddForeignKey
ALTER TABLE "ProofSignOff" ADD CONSTRAINT "ProofSignOff_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofSignOff" ADD CONSTRAINT "ProofSignOff_signerId_fkey" FOREIGN KEY ("signerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofSignOff" ADD CONSTRAINT "ProofSignOff_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofIgnore" ADD CONSTRAINT "ProofIgnore_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofIgnore" ADD CONSTRAINT "ProofIgnore_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofOverride" ADD CONSTRAINT "ProofOverride_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProofOverride" ADD CONSTRAINT "ProofOverride_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
