import { AccountMessages } from "@/components/ui/account-messages";

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AccountMessages>{children}</AccountMessages>;
}
