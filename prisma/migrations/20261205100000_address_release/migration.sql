-- An admin's release of an address refused by the sign-in limit, in the
-- audit log it is counted from
-- (docs/decisions/0032-sign-in-limits-behind-proxies.md).

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'ADDRESS_RELEASE' AFTER 'UNLOCK';
