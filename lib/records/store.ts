import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db-client";

/** A Prisma client or the transaction client a `$transaction` callback receives. */
export type Tx = Db | Prisma.TransactionClient;
