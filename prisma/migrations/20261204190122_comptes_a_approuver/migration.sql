-- AlterEnum
ALTER TYPE "UserStatus" ADD VALUE 'PENDING_APPROVAL';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'COMPTE_A_APPROUVER';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "approvalRequestedAt" TIMESTAMP(3),
ADD COLUMN     "approvalRequestedById" UUID,
ADD COLUMN     "passwordExpiresAt" TIMESTAMP(3);

