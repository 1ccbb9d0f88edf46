// First values of the lists an admin may extend; written once on first start, then managed in the app.
type Entry = [value: string, fr: string, en: string];

export const DEFAULT_PICKLISTS: Record<string, Entry[]> = {
  languages: [
    ["fr", "Français", "French"], ["en", "Anglais", "English"], ["iu", "Inuktitut", "Inuktitut"], ["ikt", "Inuinnaqtun", "Inuinnaqtun"],
    ["ar", "Arabe", "Arabic"], ["es", "Espagnol", "Spanish"], ["pt", "Portugais", "Portuguese"], ["tl", "Tagalog", "Tagalog"],
    ["zh", "Mandarin", "Mandarin"], ["ht", "Créole haïtien", "Haitian Creole"], ["sw", "Swahili", "Swahili"], ["ln", "Lingala", "Lingala"],
    ["wo", "Wolof", "Wolof"], ["am", "Amharique", "Amharic"], ["ti", "Tigrigna", "Tigrinya"], ["fa", "Persan", "Persian"],
    ["hi", "Hindi", "Hindi"], ["pa", "Pendjabi", "Punjabi"], ["uk", "Ukrainien", "Ukrainian"], ["ru", "Russe", "Russian"], ["other", "Autre", "Other"],
  ],
  educationLevels: [
    ["none", "Aucun diplôme", "No diploma"], ["primary", "Primaire", "Primary school"], ["secondary", "Secondaire", "High school"],
    ["trades", "Formation professionnelle ou métier", "Trades or vocational training"], ["college", "Collégial", "College"],
    ["bachelor", "Baccalauréat", "Bachelor's degree"], ["master", "Maîtrise", "Master's degree"], ["doctorate", "Doctorat", "Doctorate"],
  ],
  employmentStatuses: [
    ["employed", "En emploi à temps plein", "Employed full time"], ["partTime", "En emploi à temps partiel", "Employed part time"],
    ["selfEmployed", "Travailleur autonome", "Self-employed"], ["unemployed", "Sans emploi, en recherche", "Unemployed, looking for work"],
    ["student", "Aux études", "Studying"], ["notInLabourForce", "Hors du marché du travail", "Not in the labour force"],
  ],
  sectors: [
    ["publicAdmin", "Administration publique", "Public administration"], ["health", "Santé et services sociaux", "Health and social services"],
    ["education", "Éducation", "Education"], ["mining", "Mines et ressources", "Mining and resources"], ["construction", "Construction", "Construction"],
    ["retail", "Commerce de détail", "Retail"], ["hospitality", "Hébergement et restauration", "Accommodation and food services"],
    ["transport", "Transport et logistique", "Transportation and logistics"], ["finance", "Finance et assurances", "Finance and insurance"],
    ["nonprofit", "Organisme communautaire", "Community organization"], ["tech", "Technologies", "Technology"], ["other", "Autre", "Other"],
  ],
  programs: [
    ["francisation", "Francisation", "French language training"], ["integration-emploi", "Intégration en emploi", "Employment integration"],
    ["mentorat", "Mentorat", "Mentoring"], ["accueil-etablissement", "Accueil et établissement", "Welcome and settlement"],
    ["entrepreneuriat", "Entrepreneuriat", "Entrepreneurship"],
  ],
  services: [
    ["atelier-cv", "Atelier CV", "Résumé workshop"], ["preparation-entrevue", "Préparation à l'entrevue", "Interview preparation"],
    ["orientation", "Orientation et information", "Orientation and information"], ["aide-demarches", "Aide aux démarches administratives", "Help with paperwork"],
    ["session-information", "Session d'information", "Information session"], ["jumelage", "Jumelage avec un employeur", "Employer matching"],
  ],
  visitReasons: [
    ["emploi", "Recherche d'emploi", "Job search"], ["cv", "CV ou lettre de présentation", "Résumé or cover letter"],
    ["immigration", "Immigration et établissement", "Immigration and settlement"], ["formation", "Cours ou formation", "Courses or training"],
    ["rendez-vous", "Rendez-vous avec un conseiller", "Appointment with a counsellor"], ["autre", "Autre", "Other"],
  ],
};
