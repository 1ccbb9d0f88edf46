import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// Options are built per request: the secret may come from the database (generated on first start).
async function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(req as never, ctx as never, await authOptions());
}

export { handler as GET, handler as POST };
