import { getTranslations } from "next-intl/server";
import { savePermissions } from "@/lib/auth/access-actions";
import { FIELD_GROUPS, MODULE_ACTIONS, SCOPES, isLocked, type Matrix } from "@/lib/auth/access-matrix";
import type { Role } from "@/lib/auth/permissions";

/**
 * The access grid as a server-rendered form (no script needed): per role, one row per module with a checkbox per
 * action and the record scope, then the sensitive field groups. An admin's « admin » right is shown checked and
 * cannot be unticked (the server keeps it whatever is posted).
 */
export async function PermissionsGrid({ matrix, roles }: { matrix: Matrix; roles: readonly Role[] }) {
  const t = await getTranslations();
  const modules = Object.keys(matrix[roles[0]].actions);
  const moduleName = (m: string) => t(`modules.${m}.name` as never);
  return (
    <form action={savePermissions} className="space-y-[var(--gap)]">
      {roles.map((role) => {
        const m = matrix[role];
        const roleName = t(`roles.${role}` as never);
        return (
          <fieldset key={role} className="card min-w-0 space-y-3">
            <legend className="px-1 text-lg font-semibold">{roleName}</legend>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[44rem] text-left text-sm">
                <caption className="sr-only">{t("accessAdmin.gridCaption", { role: roleName })}</caption>
                <thead>
                  <tr className="border-b border-slate-200 dark:border-slate-700">
                    <th scope="col" className="py-1 pr-3 font-semibold">
                      {t("accessAdmin.module")}
                    </th>
                    {MODULE_ACTIONS.map((a) => (
                      <th key={a} scope="col" className="px-1 py-1 text-center font-semibold">
                        {t(`accessAdmin.actions.${a}` as never)}
                      </th>
                    ))}
                    <th scope="col" className="py-1 pl-2 font-semibold">
                      {t("accessAdmin.scope")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {modules.map((module) => (
                    <tr key={module} className="border-b border-slate-100 dark:border-slate-800">
                      <th scope="row" className="py-1 pr-3 font-medium">
                        {moduleName(module)}
                      </th>
                      {MODULE_ACTIONS.map((a) => {
                        const locked = isLocked(role, `${module}.${a}`);
                        return (
                          <td key={a} className="px-1 py-1 text-center">
                            <input
                              type="checkbox"
                              name={`${role}.${module}.${a}`}
                              value="1"
                              defaultChecked={m.actions[module][a] || locked}
                              disabled={locked}
                              aria-label={t("accessAdmin.cell", { role: roleName, module: moduleName(module), action: t(`accessAdmin.actions.${a}` as never) })}
                              className="size-4"
                            />
                          </td>
                        );
                      })}
                      <td className="py-1 pl-2">
                        <select
                          name={`${role}.${module}.scope`}
                          defaultValue={m.scope[module]}
                          aria-label={t("accessAdmin.scopeOf", { role: roleName, module: moduleName(module) })}
                          className="input w-auto min-w-32 py-0.5"
                        >
                          {SCOPES.map((s) => (
                            <option key={s} value={s}>
                              {t(`accessAdmin.scopes.${s}` as never)}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <fieldset className="space-y-1">
              <legend className="font-semibold">{t("accessAdmin.fieldGroups")}</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-1">
                {FIELD_GROUPS.map((g) => (
                  <label key={g} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name={`${role}.field.${g}`} value="1" defaultChecked={m.fields[g]} className="size-4" />
                    {t(`accessAdmin.groups.${g}` as never)}
                  </label>
                ))}
              </div>
            </fieldset>
          </fieldset>
        );
      })}
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("accessAdmin.adminLocked")}</p>
      <button type="submit" className="btn btn-primary">
        {t("accessAdmin.save")}
      </button>
    </form>
  );
}
