// Which statuses of each activity module count as still to do (« Activités ») and as done (« Historique »). A
// postponed call is still to do; a meeting that was not held is over.
export const ACTIVITY_STATES = {
  calls: { open: ["planned", "postponed"], done: ["held"] },
  meetings: { open: ["planned"], done: ["held", "notHeld"] },
  tasks: { open: ["notStarted", "inProgress", "pending"], done: ["completed"] },
} as const satisfies Record<string, { open: readonly string[]; done: readonly string[] }>;

export type ActivityModule = keyof typeof ACTIVITY_STATES;
export const ACTIVITY_MODULES = Object.keys(ACTIVITY_STATES) as ActivityModule[];
export const OPEN_TASK_STATUSES: readonly string[] = ACTIVITY_STATES.tasks.open;
