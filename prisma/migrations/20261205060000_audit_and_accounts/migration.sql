-- The audit log beyond the workflow (sign-ins, account and section
-- administration, settings), the account lock counted from it, and the
-- forced password change after an admin's reset
-- (docs/decisions/0029-first-week-reader-and-admin.md).

-- AlterTable
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('SIGN_IN', 'SIGN_IN_REFUSED', 'USER_CREATE', 'ROLE_CHANGE', 'DEACTIVATE', 'REACTIVATE', 'PASSWORD_RESET', 'PASSWORD_CHANGE', 'UNLOCK', 'SECTION_CREATE', 'SECTION_RENAME', 'SECTION_MOVE', 'SECTION_SLUG', 'SETTINGS_UPDATE');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "actorId" TEXT,
    "userId" TEXT,
    "email" TEXT,
    "address" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_id_idx" ON "AuditEvent"("createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_userId_idx" ON "AuditEvent"("userId");

-- CreateIndex
CREATE INDEX "AuditEvent_email_createdAt_idx" ON "AuditEvent"("email", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_address_createdAt_idx" ON "AuditEvent"("address", "createdAt");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
