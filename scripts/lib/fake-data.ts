// Deterministic generator of INVENTED demo data for the CRM (demo seed, benchmark, tests). Every person and
// organisation is made up: first names, family names and organisation words are drawn independently from
// pools and combined at random, so no record describes a real person or business. Emails are only at the
// reserved `.test` domains exemple.test / example.test, websites under `.exemple.test`, and phone numbers are
// 867-555-xxxx (the 555 exchange is the fictional one). The same seed always gives the same records.
//
// Values are shaped like what the forms send (strings, "" never used: an empty field is simply absent) and are
// accepted by the modules' zod schemas (lib/modules/*/schema.ts); tests/unit/fake-data.test.ts checks that.
import type { z } from "zod";
import type { clientSchema } from "@/lib/modules/clients/schema";
import type { partnerSchema } from "@/lib/modules/partners/schema";
import type { contactSchema } from "@/lib/modules/contacts/schema";
import { CLIENT_STATUSES, FILE_STATUSES, IMMIGRATION_STATUSES } from "@/lib/modules/clients/module";
import { PARTNER_TYPES } from "@/lib/modules/partners/module";
import { DEFAULT_PICKLISTS } from "@/lib/records/picklist-defaults";

export type ClientDraft = z.input<typeof clientSchema>;
export type PartnerDraft = z.input<typeof partnerSchema>;
export type ContactDraft = z.input<typeof contactSchema>;
export type StaffDraft = { name: string; email: string; role: "staff" | "manager" };

/** The fake e-mail domains: reserved `.test` names that can never receive mail. */
export const FAKE_EMAIL_DOMAINS = ["exemple.test", "example.test"] as const;

// ── Seeded PRNG ──────────────────────────────────────────────────────────────

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A value chosen by weight: [[value, weight], …]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** k distinct items, in draw order. */
  sample<T>(items: readonly T[], k: number): T[];
};

/** mulberry32: small, fast, and good enough for fake data; the same seed gives the same sequence everywhere. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return {
    next,
    int,
    pick,
    chance: (p) => next() < p,
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    sample<T>(items: readonly T[], k: number): T[] {
      const pool = [...items];
      const out: T[] = [];
      while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
}

// ── Name pools ───────────────────────────────────────────────────────────────
// Pools of common given names and family names per origin. A record takes one of each at random.

type Gender = "woman" | "man";
type Origin = {
  key: string;
  /** Country of origin as staff would type it (French first: the organisation works in French). */
  countries: readonly string[];
  women: readonly string[];
  men: readonly string[];
  last: readonly string[];
  /** Languages spoken besides the official ones (picklist "languages" values). */
  languages: readonly string[];
  /** Chance that French is the preferred official language. */
  french: number;
  /** Relative weight among clients. */
  weight: number;
  /** Born in Canada: citizens, never "newcomers". */
  canadian?: boolean;
};

const ORIGINS: readonly Origin[] = [
  {
    key: "inuit",
    countries: ["Canada"],
    women: ["Aalasi", "Annie", "Elisapee", "Leetia", "Looee", "Malaya", "Mialia", "Naullaq", "Nuka", "Oopah", "Qaumajuq", "Ulaayu", "Saali", "Meeka"],
    men: ["Akisu", "Iqaluk", "Jaaji", "Jamesie", "Joanasie", "Paniloo", "Pauloosie", "Qajaaq", "Saila", "Simeonie", "Tagak", "Ipeelee", "Aputi"],
    last: ["Akpaliapik", "Alainga", "Arnaquq", "Ipeelie", "Kilabuk", "Kublu", "Nowdlak", "Oolayou", "Qamaniq", "Qaunaq", "Sataa", "Shappa", "Uniuqsaraq", "Veevee", "Kootoo", "Ishulutak-Nuvaliaq"],
    languages: ["iu", "en"],
    french: 0.1,
    weight: 10,
    canadian: true,
  },
  {
    key: "quebec",
    countries: ["Canada"],
    women: ["Marie-Ève", "Geneviève", "Mélanie", "Josée", "Émilie", "Sophie", "Annie-Claude", "Noémie", "Frédérique", "Maude"],
    men: ["Jean-François", "Mathieu", "Éric", "Sébastien", "Maxime", "Olivier", "Pierre-Luc", "Félix", "Étienne", "Benoît"],
    last: ["Tremblay", "Gagnon", "Bouchard-Roy", "Côté", "Pelletier", "Lévesque", "Bélanger", "Gauthier", "Ouellet", "Thériault", "Leblanc-Fortin", "Bérubé"],
    languages: ["fr", "en"],
    french: 0.95,
    weight: 8,
    canadian: true,
  },
  {
    key: "westAfrica",
    countries: ["Côte d'Ivoire", "Sénégal", "Mali", "Guinée", "Burkina Faso", "Bénin", "Togo"],
    women: ["Aïssatou", "Awa", "Fatoumata", "Mariam", "Ndeye", "Adjoa", "Bintou", "Aminata", "Mireille", "Akissi", "Rokhaya"],
    men: ["Amadou", "Mamadou", "Ousmane", "Kouassi", "Yao", "Boubacar", "Ibrahima", "Souleymane", "Désiré", "Koffi", "Modibo"],
    last: ["Diallo", "Traoré", "Koné", "Ndiaye", "Diop", "Kouamé", "Bamba", "Ouédraogo", "Sawadogo", "Hounkpatin", "Agbodjan", "Fofana", "Camara", "Sow", "N'Guessan", "Sylla"],
    languages: ["fr", "wo"],
    french: 0.9,
    weight: 16,
  },
  {
    key: "centralAfrica",
    countries: ["République démocratique du Congo", "Cameroun", "Burundi", "Rwanda", "Congo-Brazzaville", "Gabon"],
    women: ["Chantal", "Grâce", "Josiane", "Espérance", "Clarisse", "Bénédicte", "Nadège", "Divine", "Pélagie", "Joëlle"],
    men: ["Jean-Baptiste", "Serge", "Innocent", "Théodore", "Aimé", "Patrick", "Fiston", "Héritier", "Emmanuel", "Gédéon"],
    last: ["Mukendi", "Kabongo", "Tshibanda", "Ngoy", "Nzeyimana", "Uwimana", "Habimana", "Mbarga", "Nkoulou", "Essomba", "Ilunga", "Niyonzima", "Mbuyi-Kalala"],
    languages: ["fr", "ln", "sw"],
    french: 0.9,
    weight: 14,
  },
  {
    key: "haiti",
    countries: ["Haïti"],
    women: ["Widlène", "Fabiola", "Rose-Marie", "Guerline", "Stéphanie", "Wideline", "Mirlande", "Nathalie", "Fedeline"],
    men: ["Jean-Robert", "Wilner", "Frantz", "Réginald", "Jean-Ronel", "Mackenson", "Wisly", "Jocelyn", "Dieudonné"],
    last: ["Pierre-Louis", "Jean-Baptiste", "Joseph", "Charles", "Dorvil", "Saint-Fleur", "Étienne", "Désir", "Alexis", "Célestin", "Bellegarde", "Saint-Hilaire"],
    languages: ["fr", "ht"],
    french: 0.95,
    weight: 10,
  },
  {
    key: "maghreb",
    countries: ["Maroc", "Algérie", "Tunisie"],
    women: ["Yasmine", "Nour", "Khadija", "Salma", "Imane", "Meriem", "Lina", "Sarra", "Amel", "Hanane"],
    men: ["Rachid", "Karim", "Youssef", "Mehdi", "Nabil", "Samir", "Anis", "Walid", "Hamza", "Ilyès"],
    last: ["Benali", "El Amrani", "Bouchareb", "Haddad", "Belkacem", "Aït Ouali", "Zerrouki", "Ben Salah", "Chaouch", "Lahlou", "Mansouri", "Tazi", "Ould-Brahim"],
    languages: ["ar", "fr"],
    french: 0.85,
    weight: 12,
  },
  {
    key: "latinAmerica",
    countries: ["Colombie", "Mexique", "Pérou", "Chili", "Venezuela", "Guatemala"],
    women: ["María José", "Ana Lucía", "Valentina", "Camila", "Ximena", "Daniela", "Paola", "Maritza"],
    men: ["José Luis", "Andrés", "Julián", "Mateo", "Santiago", "Sebastián", "Iñaki", "Rodrigo"],
    last: ["García", "Rodríguez", "Hernández-Ruiz", "Gómez", "Peña", "Muñoz", "Castañeda", "Ibáñez", "Quispe", "Núñez", "Olivares"],
    languages: ["es"],
    french: 0.4,
    weight: 8,
  },
  {
    key: "brazil",
    countries: ["Brésil"],
    women: ["Luíza", "Ana Clara", "Beatriz", "Fernanda", "Letícia"],
    men: ["João", "Thiago", "Rafael", "Gustavo", "Vinícius"],
    last: ["Gonçalves", "Conceição", "Oliveira", "Souza", "Ferreira-Lima", "Araújo"],
    languages: ["pt"],
    french: 0.3,
    weight: 3,
  },
  {
    key: "philippines",
    countries: ["Philippines"],
    women: ["Maricel", "Rowena", "Jocelyn", "Analyn", "Mary Grace", "Kristine", "Lovely", "Rhea"],
    men: ["Jerome", "Rodel", "Arnel", "Jhun", "Mark Anthony", "Ronaldo", "Jayson", "Reynaldo"],
    last: ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Macaraeg", "Dimaculangan", "Mendoza", "Tolentino", "Manalo", "De Guzman"],
    languages: ["tl", "en"],
    french: 0.05,
    weight: 10,
  },
  {
    key: "francophoneEurope",
    countries: ["France", "Belgique", "Suisse"],
    women: ["Élodie", "Maëlle", "Chloé", "Inès", "Bérénice", "Anaïs", "Léa", "Zoé"],
    men: ["Thibault", "Grégoire", "Loïc", "Jérôme", "François", "Aurélien", "Gaël", "Noé"],
    last: ["Lefèvre", "Dubois", "Moreau", "Fournier", "Lambert-Dupré", "Mercier", "Rousseau", "Van den Berghe", "Schnyder", "Noël", "Lœwenbruck"],
    languages: ["fr"],
    french: 0.95,
    weight: 7,
  },
  {
    key: "romania",
    countries: ["Roumanie"],
    women: ["Ioana", "Andreea", "Alexandra", "Raluca"],
    men: ["Mihai", "Andrei", "Bogdan", "Ștefan"],
    last: ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Constantin"],
    languages: ["other"],
    french: 0.5,
    weight: 2,
  },
  {
    key: "easternEurope",
    countries: ["Ukraine", "Moldavie"],
    women: ["Oksana", "Olena", "Iryna", "Nataliia", "Yuliia", "Kateryna"],
    men: ["Dmytro", "Taras", "Andrii", "Oleksandr", "Serhii", "Bohdan"],
    last: ["Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Savchuk", "Hrytsenko", "Lysenko"],
    languages: ["uk", "ru"],
    french: 0.3,
    weight: 5,
  },
  {
    key: "hornOfAfrica",
    countries: ["Éthiopie", "Érythrée"],
    women: ["Selam", "Hiwot", "Meron", "Saba", "Tsion", "Helen"],
    men: ["Tesfaye", "Dawit", "Yonas", "Samuel", "Biniam", "Henok"],
    last: ["Gebremedhin", "Tesfamariam", "Kidane", "Woldemariam", "Abraha", "Berhane", "Tekle"],
    languages: ["am", "ti"],
    french: 0.2,
    weight: 4,
  },
  {
    key: "iran",
    countries: ["Iran", "Afghanistan"],
    women: ["Shirin", "Parisa", "Zahra", "Maryam", "Nasrin"],
    men: ["Reza", "Arash", "Farid", "Omid", "Dariush"],
    last: ["Hosseini", "Rahimi", "Karimi", "Moradi", "Sadat", "Ahmadi", "Jafari"],
    languages: ["fa"],
    french: 0.25,
    weight: 3,
  },
  {
    key: "india",
    countries: ["Inde"],
    women: ["Priya", "Harpreet", "Simran", "Anjali", "Navneet"],
    men: ["Arjun", "Gurpreet", "Rohan", "Vikram", "Manpreet"],
    last: ["Sharma", "Kaur", "Gill", "Sandhu", "Patel", "Iyer"],
    languages: ["hi", "pa"],
    french: 0.1,
    weight: 3,
  },
  {
    key: "china",
    countries: ["Chine"],
    women: ["Mei", "Xiaoling", "Yan", "Jing", "Hui"],
    men: ["Wei", "Jun", "Hao", "Lei", "Zhiwei"],
    last: ["Wang", "Zhang", "Chen", "Liu", "Huang", "Zhou"],
    languages: ["zh"],
    french: 0.15,
    weight: 2,
  },
];

/**
 * Inuktitut given names written in syllabics (and their usual roman spelling, for the e-mail address). Everyday
 * words used as names: Iqaluk "fish", Siqiniq "sun", Naujaq "gull", Ukaliq "hare", Aputi "snow"…
 */
const SYLLABIC_NAMES: readonly { syllabics: string; roman: string; gender: Gender }[] = [
  { syllabics: "ᐃᖃᓗᒃ", roman: "iqaluk", gender: "man" },
  { syllabics: "ᓄᑲ", roman: "nuka", gender: "woman" },
  { syllabics: "ᒪᓚᔭ", roman: "malaya", gender: "woman" },
  { syllabics: "ᐅᓛᔪ", roman: "ulaayu", gender: "woman" },
  { syllabics: "ᖃᔮᖅ", roman: "qajaaq", gender: "man" },
  { syllabics: "ᐊᐳᑎ", roman: "aputi", gender: "man" },
  { syllabics: "ᐸᐅᓗᓯ", roman: "paulusi", gender: "man" },
  { syllabics: "ᐃᓕᓴᐱ", roman: "ilisapi", gender: "woman" },
  { syllabics: "ᓯᕿᓂᖅ", roman: "siqiniq", gender: "woman" },
  { syllabics: "ᓇᐅᔭᖅ", roman: "naujaq", gender: "woman" },
  { syllabics: "ᐅᑲᓕᖅ", roman: "ukaliq", gender: "man" },
];

const NUNAVUT_PLACES = [
  { city: "Iqaluit", postalCode: "X0A 0H0", weight: 80 },
  { city: "Rankin Inlet", postalCode: "X0C 0G0", weight: 5 },
  { city: "Cambridge Bay", postalCode: "X0B 0C0", weight: 4 },
  { city: "Pond Inlet", postalCode: "X0A 0S0", weight: 3 },
  { city: "Kinngait", postalCode: "X0A 0C0", weight: 3 },
  { city: "Pangnirtung", postalCode: "X0A 0R0", weight: 3 },
  { city: "Arviat", postalCode: "X0C 0E0", weight: 2 },
] as const;

const STREETS = [
  "Federal Road", "Queen Elizabeth Way", "Niaqunngusiariaq", "Apex Road", "Mivvik Street", "Happy Valley", "Tundra Valley Road",
  "Saputiit Street", "Paurngaq Crescent", "Plateau", "Lower Base", "Road to Nowhere",
];

const OCCUPATIONS = [
  "Préposée aux bénéficiaires", "Aide-enseignant", "Cuisinier", "Commis comptable", "Heavy equipment operator", "Infirmière auxiliaire",
  "Électricien", "Agent de sécurité", "Éducatrice à la petite enfance", "Caissière", "Mécanicien de véhicules lourds", "Interprète",
  "Administrative assistant", "Charpentier-menuisier", "Préposé à l'entretien", "Warehouse clerk", "Chauffeur de taxi", "Adjointe administrative",
  "Soudeur", "Travailleuse sociale", "Developer", "Comptable", "Coiffeuse", "Plombier",
];

const CLIENT_NOTES = [
  "Souhaite faire reconnaître son diplôme étranger. Rendez-vous de suivi à prévoir.",
  "Cherche un emploi de soir ; possède un permis de conduire classe 5.",
  "Looking for part-time work while studying at the college. Prefers morning appointments.",
  "A besoin d'aide pour remplir sa demande de carte santé du Nunavut.",
  "Interested in the construction apprenticeship program; referred by a partner employer.",
  "Vient d'arriver avec sa famille ; recherche un logement et une garderie.",
  "CV révisé en atelier. Entrevue prévue la semaine prochaine.",
  "Needs an interpreter for the first meeting.",
  "Inscrite aux cours de français langue seconde du soir.",
  "Wants to improve English for the workplace; available weekends.",
];

// Partners: everyday Inuktitut words (sun, caribou, polar bear, sky…) or an invented person put into generic
// business forms, each with the sector it belongs to.
const NORTH_WORDS = ["Siqiniq", "Tuktu", "Nanuq", "Qilak", "Aqiggiq", "Ukaliq", "Natsiq", "Tulugaq", "Amaruq", "Uqalik", "Qimmiq", "Pingualuk", "Aupaluk", "Kajjarniq"];
type NameForm = { name: (w: string) => string; sector: string };
const COMPANY_FORMS: readonly NameForm[] = [
  { name: (w) => `Construction ${w} inc.`, sector: "construction" },
  { name: (w) => `${w} Logistique Nord`, sector: "transport" },
  { name: (w) => `Services techniques ${w}`, sector: "construction" },
  { name: (w) => `${w} Northern Supply Ltd.`, sector: "retail" },
  { name: (w) => `Hôtellerie ${w}`, sector: "hospitality" },
  { name: (w) => `${w} Mining Services`, sector: "mining" },
  { name: (w) => `Épicerie ${w}`, sector: "retail" },
  { name: (w) => `Transport ${w} & fils`, sector: "transport" },
  { name: (w) => `${w} Tech Solutions`, sector: "tech" },
  { name: (w) => `Restaurant ${w}`, sector: "hospitality" },
  { name: (w) => `Clinique dentaire ${w}`, sector: "health" },
  { name: (w) => `${w} Comptabilité`, sector: "finance" },
];
const ORG_FORMS: readonly NameForm[] = [
  { name: (w) => `Centre communautaire ${w}`, sector: "nonprofit" },
  { name: (w) => `Association des familles ${w}`, sector: "nonprofit" },
  { name: (w) => `Réseau ${w} pour l'emploi`, sector: "nonprofit" },
  { name: (w) => `${w} Youth Society`, sector: "nonprofit" },
  { name: (w) => `Garderie ${w}`, sector: "education" },
  { name: (w) => `Fondation ${w} pour l'alphabétisation`, sector: "education" },
  { name: (w) => `Centre de santé ${w}`, sector: "health" },
];
const CONSULTANT_FORMS: readonly NameForm[] = [
  { name: (p) => `Conseils ${p}`, sector: "other" },
  { name: (p) => `${p} Consulting`, sector: "tech" },
  { name: (p) => `Cabinet ${p}, CRHA`, sector: "publicAdmin" },
  { name: (p) => `Traduction ${p}`, sector: "education" },
  { name: (p) => `${p}, CPA`, sector: "finance" },
];
const PARTNER_NOTES = [
  "Employeur partenaire : accueille des stagiaires chaque été.",
  "Recrute régulièrement des préposés bilingues.",
  "Partner for the newcomer employment fair.",
  "Offre des séances d'information sur le logement.",
  "Contact privilégié pour les offres d'emploi saisonnières.",
  "Signed a referral agreement for job seekers in 2025.",
];
// Job titles, in the gender of the person where French marks it (undefined: either).
const CONTACT_ROLES: readonly { title: string; department: string; gender?: Gender }[] = [
  { title: "Directrice générale", department: "Direction", gender: "woman" },
  { title: "Directeur général", department: "Direction", gender: "man" },
  { title: "Coordonnatrice des ressources humaines", department: "Ressources humaines", gender: "woman" },
  { title: "Coordonnateur des ressources humaines", department: "Ressources humaines", gender: "man" },
  { title: "HR Manager", department: "Human Resources" },
  { title: "Hiring coordinator", department: "Human Resources" },
  { title: "Agente de développement", department: "Programmes", gender: "woman" },
  { title: "Agent de développement", department: "Programmes", gender: "man" },
  { title: "Office Manager", department: "Administration" },
  { title: "Responsable des finances", department: "Finances" },
  { title: "Site supervisor", department: "Operations" },
  { title: "Conseillère en emploi", department: "Services aux membres", gender: "woman" },
  { title: "Conseiller en emploi", department: "Services aux membres", gender: "man" },
];

// ── Small helpers ────────────────────────────────────────────────────────────

/** ASCII slug of a name for e-mail local parts and hosts: "Aït Ouali" → "ait-ouali". */
export function slug(s: string, sep = "-"): string {
  return s
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[œæ]/g, (c) => (c === "œ" ? "oe" : "ae"))
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^\\${sep}+|\\${sep}+$`, "g"), "");
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Generation date of the data set: fixed, so that a seed gives the same dates whenever it runs. */
const YEAR = 2026;
const LAST_MONTH = 10; // nothing dated after October of YEAR

/** A calendar date "YYYY-MM-DD" between two years (days 1–28, so every month is valid), never in the future. */
function date(rng: Rng, fromYear: number, toYear: number): string {
  const year = rng.int(fromYear, toYear);
  return `${year}-${pad(rng.int(1, year >= YEAR ? LAST_MONTH : 12))}-${pad(rng.int(1, 28))}`;
}

/** 867-555-xxxx in one of the ways people type it. */
export function fakePhone(rng: Rng): string {
  const line = pad(rng.int(0, 9999), 4);
  return rng.weighted<string>([
    [`867-555-${line}`, 5],
    [`(867) 555-${line}`, 2],
    [`867 555 ${line}`, 2],
    [`+1 867 555 ${line}`, 1],
  ]);
}

function email(rng: Rng, first: string, last: string): string {
  const local = [slug(first, "."), slug(last, ".")].filter(Boolean).join(rng.pick([".", "_", ""]));
  const suffix = rng.chance(0.6) ? String(rng.int(1, 999)) : "";
  return `${local || "personne"}${suffix}@${rng.pick(FAKE_EMAIL_DOMAINS)}`;
}

// ── Records ──────────────────────────────────────────────────────────────────

export type ClientOptions = { userIds?: readonly string[] };

/** One invented client, as the client form would send it. */
export function fakeClient(rng: Rng, opts: ClientOptions = {}): ClientDraft {
  const origin = rng.weighted(ORIGINS.map((o) => [o, o.weight] as const));
  const gender: Gender = rng.chance(0.52) ? "woman" : "man";
  let firstName: string;
  let emailFirst: string;
  if (origin.key === "inuit" && rng.chance(0.3)) {
    const candidates = SYLLABIC_NAMES.filter((n) => n.gender === gender);
    const name = rng.pick(candidates);
    firstName = name.syllabics;
    emailFirst = name.roman;
  } else {
    firstName = rng.pick(gender === "woman" ? origin.women : origin.men);
    emailFirst = firstName;
  }
  // Some people carry two family names (Côté-Nowak) — joined by a hyphen.
  let lastName = rng.pick(origin.last);
  if (rng.chance(0.06)) lastName = `${lastName}-${rng.pick(rng.pick(ORIGINS).last).split(/[ -]/)[0]}`;

  const place = rng.weighted(NUNAVUT_PLACES.map((p) => [p, p.weight] as const));
  const arrivalCanadaYear = rng.int(YEAR - 15, YEAR);
  const arrivalCanada = date(rng, arrivalCanadaYear, arrivalCanadaYear);
  const nunavutDate = date(rng, Math.min(arrivalCanadaYear + rng.int(0, 3), YEAR), Math.min(arrivalCanadaYear + 4, YEAR));
  const arrivalNunavut = nunavutDate < arrivalCanada ? arrivalCanada : nunavutDate;
  const immigrationStatus = origin.canadian
    ? "citizen"
    : rng.weighted<(typeof IMMIGRATION_STATUSES)[number]>([
        ["permanentResident", 45],
        ["temporaryWorker", 18],
        ["refugee", 10],
        ["internationalStudent", 10],
        ["citizen", 10],
        ["asylumClaimant", 4],
        ["other", 3],
      ]);
  const clientStatus: (typeof CLIENT_STATUSES)[number] = origin.canadian
    ? rng.weighted([["jobSeeker", 8], ["other", 2]] as const)
    : immigrationStatus === "permanentResident"
      ? rng.weighted([["permanentResident", 6], ["jobSeeker", 3], ["newcomer", 1]] as const)
      : rng.weighted([["newcomer", 6], ["jobSeeker", 3], ["other", 1]] as const);
  const fileStatus: (typeof FILE_STATUSES)[number] = rng.weighted([["open", 70], ["onHold", 12], ["closed", 18]] as const);

  const languages = new Set<string>(rng.sample(origin.languages, rng.int(1, origin.languages.length)));
  const preferredLanguage = rng.chance(origin.french) ? "fr" : "en";
  languages.add(preferredLanguage);
  if (rng.chance(0.35)) languages.add(preferredLanguage === "fr" ? "en" : "fr");

  const c: ClientDraft = {
    firstName,
    lastName,
    fileStatus,
    clientStatus,
    gender: rng.chance(0.03) ? rng.pick(["nonBinary", "undisclosed", "selfDescribed"] as const) : gender,
    birthDate: date(rng, YEAR - 65, YEAR - 18),
    city: place.city,
    province: "NU",
    postalCode: place.postalCode,
    country: "Canada",
    countryOfOrigin: rng.pick(origin.countries),
    immigrationStatus,
    preferredLanguage,
    languagesSpoken: [...languages].sort(),
    cvUpToDate: rng.chance(0.4),
  };
  if (rng.chance(0.82)) c.email = email(rng, emailFirst, lastName);
  if (rng.chance(0.08)) c.otherEmail = email(rng, emailFirst, lastName);
  if (rng.chance(0.7)) c.phone = fakePhone(rng);
  if (rng.chance(0.5)) c.mobile = fakePhone(rng);
  if (rng.chance(0.75)) c.street = `${rng.int(100, 4999)} ${rng.pick(STREETS)}`;
  if (!origin.canadian) {
    c.arrivalCanada = arrivalCanada;
    c.arrivalNunavut = arrivalNunavut;
    // IRCC client identifiers: 8 or 10 digits, sometimes typed with dashes.
    if (rng.chance(0.6)) c.uci = rng.chance(0.5) ? `${rng.int(1000, 9999)}-${rng.int(1000, 9999)}` : `${rng.int(10, 99)}-${rng.int(1000, 9999)}-${rng.int(1000, 9999)}`;
  } else if (origin.key === "quebec") {
    c.arrivalNunavut = arrivalNunavut;
  }
  if (rng.chance(0.85)) c.educationLevel = rng.pick(DEFAULT_PICKLISTS.educationLevels)[0];
  if (rng.chance(0.85)) c.employmentStatus = rng.pick(DEFAULT_PICKLISTS.employmentStatuses)[0];
  if (rng.chance(0.6)) c.targetOccupation = rng.pick(OCCUPATIONS);
  if (rng.chance(0.3)) c.description = rng.pick(CLIENT_NOTES);
  if (opts.userIds?.length && rng.chance(0.85)) c.assignedUserId = rng.pick(opts.userIds);
  return c;
}

export type PartnerOptions = { userIds?: readonly string[] };

/** One invented partner organisation. */
export function fakePartner(rng: Rng, opts: PartnerOptions = {}): PartnerDraft {
  const type = rng.weighted<(typeof PARTNER_TYPES)[number]>([["company", 6], ["organization", 3], ["consultant", 2]]);
  const form = rng.pick(type === "consultant" ? CONSULTANT_FORMS : type === "company" ? COMPANY_FORMS : ORG_FORMS);
  let name: string;
  if (type === "consultant") {
    const origin = rng.pick(ORIGINS);
    name = form.name(`${rng.pick(rng.chance(0.5) ? origin.women : origin.men)} ${rng.pick(origin.last)}`);
  } else {
    name = form.name(rng.pick(NORTH_WORDS));
  }
  const host = slug(name.replace(/\b(inc|ltd|crha)\b\.?/gi, "")).slice(0, 40).replace(/-+$/, "");
  const place = rng.weighted(NUNAVUT_PLACES.map((p) => [p, p.weight] as const));
  const p: PartnerDraft = {
    name,
    type,
    sector: form.sector,
    city: place.city,
    province: "NU",
    postalCode: place.postalCode,
    country: "Canada",
  };
  if (rng.chance(0.9)) p.phone = fakePhone(rng);
  if (rng.chance(0.85)) p.email = `${rng.pick(["info", "emplois", "contact", "rh", "jobs"])}.${host.replace(/-/g, "")}@${rng.pick(FAKE_EMAIL_DOMAINS)}`;
  if (rng.chance(0.6)) p.website = `https://${host}.${rng.pick(FAKE_EMAIL_DOMAINS)}`;
  if (rng.chance(0.8)) p.street = `${rng.int(100, 4999)} ${rng.pick(STREETS)}`;
  if (rng.chance(0.5)) p.description = rng.pick(PARTNER_NOTES);
  if (opts.userIds?.length && rng.chance(0.7)) p.assignedUserId = rng.pick(opts.userIds);
  return p;
}

export type ContactOptions = { partnerId?: string | null };

/** One invented contact person (at a partner when partnerId is given). */
export function fakeContact(rng: Rng, opts: ContactOptions = {}): ContactDraft {
  const origin = rng.weighted(ORIGINS.map((o) => [o, o.weight] as const));
  const gender: Gender = rng.chance(0.55) ? "woman" : "man";
  const firstName = rng.pick(gender === "woman" ? origin.women : origin.men);
  const lastName = rng.pick(origin.last);
  const role = rng.pick(CONTACT_ROLES.filter((r) => !r.gender || r.gender === gender));
  const place = rng.weighted(NUNAVUT_PLACES.map((p) => [p, p.weight] as const));
  const c: ContactDraft = { firstName, lastName, title: role.title, department: role.department, city: place.city, province: "NU", country: "Canada" };
  if (opts.partnerId) c.partnerId = opts.partnerId;
  if (rng.chance(0.9)) c.email = email(rng, firstName, lastName);
  if (rng.chance(0.8)) c.phone = fakePhone(rng);
  if (rng.chance(0.4)) c.mobile = fakePhone(rng);
  if (rng.chance(0.2)) c.description = rng.pick(["Préfère être joint par courriel.", "Available Tuesday to Thursday.", "Bilingue français-anglais.", "Responsable des stages d'été."]);
  return c;
}

/** Invented staff accounts (no real person): « Prénom Nom », prenom.nom@exemple.test. */
export function fakeStaff(rng: Rng, count: number): StaffDraft[] {
  const out: StaffDraft[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const origin = rng.pick(ORIGINS);
    const first = rng.pick(rng.chance(0.5) ? origin.women : origin.men);
    const last = rng.pick(origin.last);
    const mail = `${slug(first, ".")}.${slug(last, ".")}@exemple.test`;
    if (seen.has(mail)) continue;
    seen.add(mail);
    out.push({ name: `${first} ${last}`, email: mail, role: out.length === 0 ? "manager" : "staff" });
  }
  return out;
}

export type FakeDataset = {
  partners: PartnerDraft[];
  /** Contacts with the index of their partner in `partners` (ids are only known once the partners are saved). */
  contacts: { partnerIndex: number | null; contact: ContactDraft }[];
  clients: ClientDraft[];
};

/** A whole data set for one seed: partners, their contacts (a few without partner), clients. */
export function fakeDataset(seed: number, counts: { clients: number; partners: number; contacts: number }, opts: { userIds?: readonly string[] } = {}): FakeDataset {
  const rng = createRng(seed);
  const partners: PartnerDraft[] = [];
  const names = new Set<string>();
  while (partners.length < counts.partners) {
    // Distinct names while the pools allow it (a few tries), then repeats are accepted (large bench sets).
    let p = fakePartner(rng, opts);
    for (let tries = 0; names.has(p.name) && tries < 5; tries++) p = fakePartner(rng, opts);
    names.add(p.name);
    partners.push(p);
  }
  const contacts = Array.from({ length: counts.contacts }, (_, i) => {
    // Every partner gets a contact first, then the rest are spread (a few stand alone).
    const partnerIndex = partners.length === 0 ? null : i < partners.length ? i : rng.chance(0.92) ? rng.int(0, partners.length - 1) : null;
    return { partnerIndex, contact: fakeContact(rng) };
  });
  const clients = Array.from({ length: counts.clients }, () => fakeClient(rng, opts));
  return { partners, contacts, clients };
}
