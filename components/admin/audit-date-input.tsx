"use client";
import { useState } from "react";
import { DateInput } from "@/components/records/date-input";

/** A date criterion of the audit log's filter form (a plain GET form: it works before scripts load too). */
export function AuditDateInput({ id, name, label, initial }: { id: string; name: string; label: string; initial: string }) {
  const [value, setValue] = useState(initial);
  return <DateInput id={id} name={name} label={label} value={value} onChange={setValue} />;
}
