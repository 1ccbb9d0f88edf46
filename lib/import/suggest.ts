// Suggested mapping of a SuiteCRM export's header names (French or English, as its « Exporter » writes them) to
// our fields, and of the list values found in the file to ours. Matching ignores case, accents and punctuation.
import { LEGACY_ID } from "@/lib/import/targets";

export const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

// SuiteCRM's labels (its en_us and fr_FR language packs) and database names, per field of ours. A name listed
// for several fields is read in the module's own field list, so « Nom » is a client's last name and a partner's name.
const HEADERS: Record<string, readonly string[]> = {
  [LEGACY_ID]: ["ID", "Id", "Identifiant", "id"],
  firstName: ["First Name", "Prénom", "first_name"],
  lastName: ["Last Name", "Nom", "Nom de famille", "last_name"],
  name: ["Name", "Nom", "Account Name", "Nom du compte", "Nom de l'organisation"],
  birthDate: ["Birthdate", "Date de naissance", "birthdate"],
  gender: ["Gender", "Genre", "Sexe"],
  email: ["Email Address", "Email", "Adresse courriel", "Adresse email", "Courriel", "E-mail", "email1", "Primary Email"],
  otherEmail: ["Other Email", "Autre courriel", "Autre adresse email", "email2"],
  phone: ["Office Phone", "Téléphone bureau", "Téléphone (bureau)", "Phone", "Téléphone", "phone_work", "phone_office"],
  mobile: ["Mobile", "Mobile Phone", "Téléphone mobile", "Cellulaire", "phone_mobile"],
  street: ["Primary Address Street", "Adresse principale - Rue", "Rue", "Billing Street", "primary_address_street", "billing_address_street"],
  city: ["Primary Address City", "Adresse principale - Ville", "Ville", "Billing City", "primary_address_city", "billing_address_city"],
  province: ["Primary Address State", "Adresse principale - Province", "Province", "Billing State", "primary_address_state", "billing_address_state"],
  postalCode: ["Primary Address Postal Code", "Adresse principale - Code postal", "Code postal", "Billing Postal Code", "primary_address_postalcode", "billing_address_postalcode"],
  country: ["Primary Address Country", "Adresse principale - Pays", "Pays", "Billing Country", "primary_address_country", "billing_address_country"],
  countryOfOrigin: ["Country of Origin", "Pays d'origine"],
  immigrationStatus: ["Immigration Status", "Statut d'immigration"],
  arrivalCanada: ["Arrival in Canada", "Arrivée au Canada", "Date d'arrivée au Canada"],
  arrivalNunavut: ["Arrival in Nunavut", "Arrivée au Nunavut", "Date d'arrivée au Nunavut"],
  uci: ["UCI", "IUC"],
  preferredLanguage: ["Preferred Language", "Langue préférée"],
  languagesSpoken: ["Languages Spoken", "Langues parlées"],
  educationLevel: ["Education Level", "Niveau de scolarité", "Niveau d'études"],
  employmentStatus: ["Employment Status", "Statut d'emploi"],
  targetOccupation: ["Target Occupation", "Profession visée"],
  fileStatus: ["File Status", "Statut du dossier"],
  clientStatus: ["Client Status", "Statut du client", "Status", "Statut"],
  assignedUserId: ["Assigned to", "Assigned User Name", "Assigné à", "assigned_user_name"],
  description: ["Description"],
  type: ["Type", "Account Type", "Type de compte", "account_type"],
  sector: ["Industry", "Secteur", "Secteur d'activité", "industry"],
  website: ["Website", "Site web", "Site Web"],
  title: ["Title", "Titre", "Fonction"],
  department: ["Department", "Service", "Département"],
  partnerId: ["Account Name", "Nom du compte", "Account ID", "Partenaire", "account_id", "account_name"],
  subject: ["Subject", "Sujet", "Objet", "name"],
  direction: ["Direction"],
  status: ["Status", "Statut"],
  startAt: ["Start Date", "Date de début", "Start Date & Time", "date_start"],
  endAt: ["End Date", "Date de fin", "date_end"],
  dueAt: ["Due Date", "Date d'échéance", "date_due"],
  duration: ["Duration", "Durée", "Duration Minutes", "Durée (minutes)"],
  location: ["Location", "Lieu"],
  priority: ["Priority", "Priorité"],
  relatedTo: ["Parent ID", "Related To ID", "ID du parent", "Lié à (ID)", "parent_id"],
  parent: ["Parent ID", "Related To ID", "ID du parent", "Lié à (ID)", "parent_id", "Contact ID"],
  text: ["Note", "Description", "Texte"],
  reminder: ["Reminder", "Rappel"],
};

/**
 * For each column, the field it most likely fills (or null): exact folded name among the module's targets,
 * each field taken once, in column order.
 */
export function suggestMapping(headers: readonly string[], targets: readonly string[]): (string | null)[] {
  const taken = new Set<string>();
  return headers.map((header) => {
    const h = fold(header);
    if (!h) return null;
    const direct = targets.find((t) => !taken.has(t) && fold(t) === h);
    const found = direct ?? targets.find((t) => !taken.has(t) && (HEADERS[t] ?? []).some((name) => fold(name) === h));
    if (found) taken.add(found);
    return found ?? null;
  });
}

export type ValueOption = { value: string; labels: readonly string[] };

/** Our value a value found in the file most likely means: its key or one of its labels, folded; else null. */
export function suggestValue(source: string, options: readonly ValueOption[]): string | null {
  const s = fold(source);
  if (!s) return null;
  const found = options.find((o) => fold(o.value) === s || o.labels.some((l) => fold(l) === s));
  return found?.value ?? null;
}

/** SuiteCRM writes a multi-select as `^a^,^b^`; other tools as `a, b` or `a;b`. */
export function splitMulti(raw: string): string[] {
  const text = raw.trim();
  if (!text) return [];
  const parts = text.includes("^") ? text.split(/\^\s*,\s*\^/) : text.split(/[;,|]/);
  return parts.map((p) => p.replace(/^\^|\^$/g, "").trim()).filter((p) => p !== "");
}
