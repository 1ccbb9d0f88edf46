-- CreateTable
CREATE TABLE "RoleAccess" (
    "role" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "RoleAccess_pkey" PRIMARY KEY ("role","key")
);
