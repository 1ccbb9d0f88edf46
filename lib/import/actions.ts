"use server";
// The wizard's steps as plain POST forms (they work before scripts load): each checks the session, the
// `import.run` permission, the job's owner and the module's create right, parses its strict schema, saves the
// choice on the job and redirects to the job's page, which shows the next step.
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { jobFor } from "@/lib/import/access";
import { jobView } from "@/lib/import/jobs";
import { POLICIES } from "@/lib/import/process";
import { startPass, type Mode } from "@/lib/import/runner";
import { listFields, targetNames } from "@/lib/import/targets";

const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const formKeys = (prefix: string) => z.string().regex(new RegExp(`^${prefix}\\.[A-Za-z0-9_]{1,64}(\\.\\d{1,3})?$`));

async function back(id: string, error?: string): Promise<never> {
  redirect(`/${await getLocale()}/import/${id}${error ? `?error=${encodeURIComponent(error)}` : ""}`);
}

function run<S extends z.ZodType>(schema: S, handler: (input: z.infer<S>, job: NonNullable<Awaited<ReturnType<typeof jobFor>>>) => Promise<void>) {
  return async (id: string, form: FormData) => {
    const input = { id, ...Object.fromEntries([...form.entries()].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string")) };
    const result = await defineAction({
      permission: "import.run",
      schema,
      async handler(parsed, user) {
        const job = await jobFor(user, (parsed as { id: string }).id);
        if (!job) throw new ActionError("errors.notFound");
        if (job.status === "running") throw new ActionError("import.errors.notReady");
        await handler(parsed, job);
      },
    })(input);
    await back(id, result.ok ? undefined : result.error);
  };
}

/** Step 1: which field each column fills (`col.<index>`), each field at most once. */
export const saveMapping = run(z.object({ id: jobId }).catchall(z.string().max(64)).superRefine((v, ctx) => {
  for (const k of Object.keys(v)) if (k !== "id" && !formKeys("col").safeParse(k).success) ctx.addIssue({ code: "custom", message: "validation.unknownField", path: [k] });
}), async (input, job) => {
  const { model, headers } = jobView(job);
  if (["done", "undone"].includes(job.status)) throw new ActionError("import.errors.notReady");
  const allowed = new Set(targetNames(model.def));
  const mapping = headers.map((_, i) => {
    const v = (input as Record<string, string>)[`col.${i}`] ?? "";
    return allowed.has(v) ? v : null;
  });
  const used = mapping.filter((m): m is string => m !== null);
  if (new Set(used).size !== used.length) throw new ActionError("import.errors.duplicateTarget");
  const hasLists = listFields(model.def).some((f) => used.includes(f.name));
  await db.importJob.update({ where: { id: job.id }, data: { mapping: JSON.stringify(mapping), step: hasLists ? "values" : "policy", status: "draft", dryCounts: null } });
});

/** Step 2: the value each value found in a list column stands for: `s.<field>.<n>` the found value, `v.<field>.<n>` ours. */
export const saveValues = run(z.object({ id: jobId }).catchall(z.string().max(255)).superRefine((v, ctx) => {
  for (const k of Object.keys(v)) if (k !== "id" && !formKeys("s").safeParse(k).success && !formKeys("v").safeParse(k).success) ctx.addIssue({ code: "custom", message: "validation.unknownField", path: [k] });
}), async (input, job) => {
  const { model } = jobView(job);
  if (["done", "undone"].includes(job.status)) throw new ActionError("import.errors.notReady");
  const values = input as Record<string, string>;
  const fields = new Set(listFields(model.def).map((f) => f.name));
  const valueMap: Record<string, Record<string, string>> = {};
  for (const [key, found] of Object.entries(values)) {
    const m = /^s\.(\w+)\.(\d+)$/.exec(key);
    if (!m || !fields.has(m[1])) continue;
    (valueMap[m[1]] ??= {})[found] = values[`v.${m[1]}.${m[2]}`] ?? "";
  }
  await db.importJob.update({ where: { id: job.id }, data: { valueMap: JSON.stringify(valueMap), step: "policy", status: "draft", dryCounts: null } });
});

/** Step 3: the duplicate policy, then the dry run starts. */
export const startDryRun = run(z.object({ id: jobId, policy: z.enum(POLICIES) }).strict(), async ({ policy }, job) => {
  if (["done", "undone"].includes(job.status)) throw new ActionError("import.errors.notReady");
  await db.importJob.update({ where: { id: job.id }, data: { policy } });
  await startPass(job.id, "dry");
});

const passSchema = z.object({ id: jobId }).strict();

/** Step 4: the real run, once, after a dry run of the same choices. */
export const startImport = run(passSchema, async (_input, job) => {
  if (job.status !== "dryDone") throw new ActionError("import.errors.notReady");
  await startPass(job.id, "run");
});

export const undoImport = run(passSchema, async (_input, job) => {
  if (job.status !== "done") throw new ActionError("import.errors.notReady");
  await startPass(job.id, "undo");
});

/** A pass stopped by an error goes on from its last finished batch. */
export const resumeImport = run(passSchema, async (_input, job) => {
  if (job.status !== "failed" || !job.mode) throw new ActionError("import.errors.notReady");
  await startPass(job.id, job.mode as Mode, { resume: true });
});

/** « Modifier les choix »: back to a step before the run. */
export const goToStep = run(z.object({ id: jobId, step: z.enum(["map", "values", "policy"]) }).strict(), async ({ step }, job) => {
  if (!["draft", "dryDone"].includes(job.status)) throw new ActionError("import.errors.notReady");
  await db.importJob.update({ where: { id: job.id }, data: { step, status: "draft" } });
});
