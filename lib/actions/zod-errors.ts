import type { z } from "zod";
import type { FieldError } from "@/lib/actions/errors";

// Turns zod issues into message keys under `validation.`, so that the browser shows them in the user's language.
function issueToError(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case "too_big":
      return { key: "validation.tooLong", values: { max: Number(issue.maximum) } };
    case "too_small":
      return Number(issue.minimum) <= 1 && issue.origin === "string"
        ? { key: "validation.required" }
        : { key: "validation.tooShort", values: { min: Number(issue.minimum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : issue.format === "url" ? "validation.url" : "validation.format" };
    case "invalid_value":
      return { key: "validation.choice" };
    case "unrecognized_keys":
      return { key: "validation.unknownField" };
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === null ? "validation.required" : "validation.format" };
    case "custom":
      return { key: issue.message.startsWith("validation.") ? issue.message : "validation.format" };
    default:
      return { key: "validation.format" };
  }
}

export function fieldErrorsOf(error: z.ZodError): Record<string, FieldError> {
  const out: Record<string, FieldError> = {};
  for (const issue of error.issues) {
    const field = issue.code === "unrecognized_keys" ? "_form" : String(issue.path[0] ?? "_form");
    out[field] ??= issueToError(issue);
  }
  return out;
}
