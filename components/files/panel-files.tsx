import { getTranslations } from "next-intl/server";
import { getFileSettings } from "@/lib/files/settings";
import { linkDocument } from "@/lib/modules/documents/link-actions";
import type { SearchParams } from "@/lib/records/list-params";
import { UploadZone } from "@/components/files/upload-zone";

const REFUSALS = new Set(["files.refusedMarkup", "files.refusedProgram", "files.refusedType", "files.refusedMismatch", "files.empty", "files.tooLarge", "files.badUpload", "files.noFile", "errors.notFound", "errors.forbidden", "errors.invalid", "errors.unexpected"]);

/**
 * What a form post without scripts came back with (`?panel=…&uploaded=…&uploadError=…`), for the upload zone that
 * sent it. Only known message keys are shown: the address is anyone's to write.
 */
export async function uploadNotice(searchParams: SearchParams, panel: string) {
  if (searchParams.panel !== panel) return undefined;
  const t = await getTranslations();
  const { maxUploadMb } = await getFileSettings();
  const done = Number(searchParams.uploaded ?? 0);
  const error = typeof searchParams.uploadError === "string" && REFUSALS.has(searchParams.uploadError) ? searchParams.uploadError : null;
  return [
    ...Array.from({ length: Number.isInteger(done) && done > 0 && done <= 20 ? done : 0 }, () => ({ name: "", ok: true })),
    ...(error ? [{ name: "", ok: false, message: t(error as never, { max: maxUploadMb } as never) }] : []),
  ];
}

/** The upload zone of a « Documents » or « CV » subpanel: each file becomes a record attached to this one. */
export async function PanelUpload({ module, parentKey, parentId, searchParams }: { module: string; parentKey: string; parentId: string; searchParams: SearchParams }) {
  const [t, { maxUploadMb }, notice] = await Promise.all([getTranslations("files"), getFileSettings(), uploadNotice(searchParams, module)]);
  return (
    <UploadZone
      query={{ intent: "create", module, parentModule: parentKey, parentId }}
      back={`/${parentKey}/${parentId}?panel=${module}#subpanel-${module}`}
      maxMb={maxUploadMb}
      multiple={module === "documents"}
      label={t(module === "cvs" ? "addCv" : "addDocuments")}
      notice={notice}
    />
  );
}

/** « Sélectionner » in a « Documents » subpanel attaches through DocumentLink, not by changing « Lié à ». */
export function panelLinkAction(childKey: string, parentKey: string, parentId: string) {
  return childKey === "documents" ? linkDocument.bind(null, parentKey, parentId) : null;
}
