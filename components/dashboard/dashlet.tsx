import type { ReactNode } from "react";
import { ArrowDown, ArrowUp, X } from "lucide-react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { changeDashboardForm } from "@/lib/dashboard/actions";
import { AccountDashlet, AdminShortcutsDashlet } from "@/components/dashboard/account";
import { MyActivitiesToday } from "@/components/dashboard/my-activities-today";
import { MyClientsDashlet } from "@/components/dashboard/my-clients";
import { MyOpenTasks } from "@/components/dashboard/my-open-tasks";
import { RecordLinksDashlet } from "@/components/dashboard/record-links";
import { SavedReportDashlet } from "@/components/dashboard/saved-report";
import { ServedChartDashlet } from "@/components/dashboard/served-chart";
import { TodaysVisitsDashlet } from "@/components/dashboard/todays-visits";

/** The dashlet a key names. */
export function DashletBody({ name, user }: { name: string; user: CurrentUser }) {
  if (name.startsWith("report:")) return <SavedReportDashlet user={user} id={name.slice("report:".length)} />;
  switch (name) {
    case "activitiesToday":
      return <MyActivitiesToday user={user} />;
    case "openTasks":
      return <MyOpenTasks user={user} />;
    case "myClients":
      return <MyClientsDashlet user={user} />;
    case "visitsToday":
      return <TodaysVisitsDashlet user={user} />;
    case "recent":
      return <RecordLinksDashlet user={user} kind="recent" />;
    case "favorites":
      return <RecordLinksDashlet user={user} kind="favorites" />;
    case "servedChart":
      return <ServedChartDashlet user={user} />;
    case "account":
      return <AccountDashlet user={user} />;
    case "admin":
      return <AdminShortcutsDashlet user={user} />;
    default:
      return null;
  }
}

type Labels = { up: (title: string) => string; down: (title: string) => string; remove: (title: string) => string };

/**
 * While arranging: the dashlet under three buttons (move up, move down, remove), each a form of its own so
 * the arrangement works with the keyboard and without JavaScript.
 */
export function ArrangedDashlet({ name, title, first, last, labels, children }: { name: string; title: string; first: boolean; last: boolean; labels: Labels; children: ReactNode }) {
  const button = (op: "up" | "down" | "remove", icon: ReactNode, label: (title: string) => string, disabled = false) => (
    <form action={changeDashboardForm}>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="key" value={name} />
      <button type="submit" className="btn btn-secondary !px-2 !py-1" aria-label={label(title)} title={label(title)} disabled={disabled}>
        {icon}
      </button>
    </form>
  );
  return (
    <div className="rounded-lg border-2 border-dashed border-slate-300 p-1 dark:border-slate-600" data-dashlet={name}>
      <div className="flex items-center justify-between gap-2 py-1 pr-2 pl-10">
        <span className="truncate text-sm font-medium">{title}</span>
        <div className="flex gap-1">
          {button("up", <ArrowUp className="size-4" aria-hidden />, labels.up, first)}
          {button("down", <ArrowDown className="size-4" aria-hidden />, labels.down, last)}
          {button("remove", <X className="size-4" aria-hidden />, labels.remove)}
        </div>
      </div>
      {children}
    </div>
  );
}
