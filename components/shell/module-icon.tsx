import { Briefcase, Building2, CalendarDays, ClipboardList, ContactRound, FileText, FileUser, Folder, Layers, ListTodo, NotebookPen, Phone, UserRound, Users, type LucideIcon } from "lucide-react";

// Icons a module definition may name; an unknown name falls back to a folder.
const ICONS: Record<string, LucideIcon> = {
  user: UserRound,
  building: Building2,
  contact: ContactRound,
  phone: Phone,
  meeting: Users,
  task: ListTodo,
  document: FileText,
  calendar: CalendarDays,
  note: NotebookPen,
  cv: FileUser,
  program: Layers,
  service: ClipboardList,
  sae: Briefcase,
};

export function ModuleIcon({ name, className }: { name: string; className?: string }) {
  const Icon = ICONS[name] ?? Folder;
  return <Icon className={className} aria-hidden />;
}
