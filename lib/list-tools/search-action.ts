"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { searchAllModules } from "@/lib/list-tools/global-search";

/** Search-as-you-type of the top bar, across every module the user may read. */
export async function searchEverywhere(input: unknown) {
  return defineAction({
    permission: "record.read",
    schema: z.object({ q: z.string().max(200) }).strict(),
    handler: ({ q }, user) => searchAllModules(q, user),
  })(input);
}
