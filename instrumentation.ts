// Runs once when a server instance starts (Next.js instrumentation hook).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrap } = await import("@/lib/bootstrap");
  await bootstrap();
  const { startPurging } = await import("@/lib/auth/purge");
  startPurging();
  const { startReminderScheduler } = await import("@/lib/notifications/scheduler");
  startReminderScheduler();
  const { startBinPurge } = await import("@/lib/privacy/purge");
  startBinPurge();
}
