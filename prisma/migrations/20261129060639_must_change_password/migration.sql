-- AlterTable
-- Written as ADD COLUMN rather than the generator's table redefinition: a redefinition copies the columns
-- this branch knows of, and would drop any another branch adds to "User" in a migration ordered before it.
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
