-- The newsroom's word lists for proofreading (docs/decisions/0025-proofreading.md).
-- No rows here: a restore replays the migrations before loading a backup's
-- rows, and a migrated database must be empty for it. The starter list is
-- added by the demo seed or by a chief editor (lib/proofread/words/starter.ts).

-- CreateEnum
CREATE TYPE "ProofWordCategory" AS ENUM ('BANNED', 'CAUTION', 'STANDARD', 'WRONG_FORM', 'VARIANT');

-- CreateTable
CREATE TABLE "ProofWord" (
    "id" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "category" "ProofWordCategory" NOT NULL,
    "replacement" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProofWord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProofWord_term_key" ON "ProofWord"("term");

-- CreateIndex
CREATE INDEX "ProofWord_category_term_idx" ON "ProofWord"("category", "term");

-- CreateIndex
CREATE INDEX "ProofWord_createdById_idx" ON "ProofWord"("createdById");

-- AddForeignKey
ALTER TABLE "ProofWord" ADD CONSTRAINT "ProofWord_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
