import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { processCache, REFERENCE_TTL_MS } from "@/lib/process-cache";

const kept = processCache(() => db.user.findMany({ select: { id: true, name: true, active: true }, orderBy: { name: "asc" } }), REFERENCE_TTL_MS);

/** Every colleague's id, name and whether they are active, by name: pages show names and forms offer them. */
export const userNames = cache(() => kept.get());

/** After a user was added, renamed, deactivated or reactivated. */
export const invalidateUserNames = () => kept.invalidate();
