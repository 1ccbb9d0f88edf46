import { parentColumns } from "@/lib/records/types";
import { RELATED_TO } from "@/lib/modules/shared/activity-fields";
import { ACTIVITY_MODULES } from "@/lib/activities/states";

/**
 * « Planifier un appel », « Planifier une réunion », « Créer une tâche » from a client's, contact's or partner's
 * page: each module's form with « Lié à » set to that record, returning to it after saving or cancelling.
 */
export function activityCreateLinks(parentKey: string, parentId: string): { module: string; href: string }[] {
  const column = parentColumns(RELATED_TO)[parentKey];
  if (!column) return [];
  const query = new URLSearchParams({ [column]: parentId, returnTo: `/${parentKey}/${parentId}` });
  return ACTIVITY_MODULES.map((module) => ({ module, href: `/${module}/new?${query}` }));
}
