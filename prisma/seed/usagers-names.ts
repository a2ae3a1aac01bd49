// Name pools for GENERATED demo usagers, grouped by origin so that a first name, a last name and
// the children's names of one household fit together, with the mix of a large northern French
// city (Flemish and Picard names, Polish and Italian mining-era families, Maghreb, West Africa,
// Portugal, Turkey, Vietnam, recent arrivals). Combinations are random: no real person is meant.
//
// Left out on purpose: the surnames of the end-to-end anchors and anything a fuzzy (trigram)
// search for them would also return (Lefèvre, Lefebvre, Dupont, Dumont, N'Diaye, Sarr…), their
// first names (François, Amélie, Aïssatou, Gérard), and the surnames of the demo staff. Diallo is
// out too: "diaye" is close enough to it for the trigram search.

/** First names by era of birth: before 1966, 1966–1985, after 1985 (one list = every era). */
type ByEra = readonly (readonly string[])[];

export type Origin = {
  weight: number;
  noms: readonly string[];
  hommes: ByEra;
  femmes: ByEra;
  garcons: readonly string[];
  filles: readonly string[];
};

export function eraOf(birthYear: number): number {
  return birthYear < 1966 ? 0 : birthYear <= 1985 ? 1 : 2;
}

export function firstNameFor(names: ByEra, birthYear: number): readonly string[] {
  return names[Math.min(eraOf(birthYear), names.length - 1)]!;
}

export const NORD: Origin = {
  weight: 46,
  noms: [
    "Delattre", "Deconinck", "Vandenbussche", "Vanhoutte", "Dufour", "Leroy", "Caron", "Declercq", "Desmet",
    "Bernard", "Petit", "Durand", "Mercier", "Fontaine", "Leclercq", "Lecomte", "Hennebelle", "Wallart",
    "Debruyne", "Lemoine", "Carpentier", "Delannoy", "Verhaeghe", "Vermeersch", "Van de Velde", "De Smet",
    "Le Goff", "Le Gall", "Le Bihan", "Müller", "Schmitt", "Boulanger", "Lecocq", "Duhamel", "Delcroix",
    "Poulain", "Masson", "Lefort", "Roussel", "Bracq", "Delobel", "Dhainaut", "Martin-Delattre",
    "Lemaître-Dufour", "Bocquet", "Ducrocq", "Vasseur", "Thery", "Lagache", "Duquesne", "Pruvost",
  ],
  hommes: [
    ["Michel", "René", "André", "Bernard", "Jean-Pierre", "Roger", "Marcel", "Daniel", "Jacques", "Guy", "Claude", "Raymond"],
    ["Jérôme", "Benoît", "Thierry", "Pascal", "Christophe", "Sébastien", "Frédéric", "Stéphane", "Loïc", "Hervé", "Laurent", "Olivier", "Jean-Luc", "Joël"],
    ["Kévin", "Dylan", "Jordan", "Maxime", "Anthony", "Théo", "Lucas", "Quentin", "Gaëtan", "Mathis", "Jérémy", "Valentin"],
  ],
  femmes: [
    ["Ginette", "Monique", "Josiane", "Jacqueline", "Geneviève", "Marie-Thérèse", "Jocelyne", "Odile", "Marie-Louise", "Colette", "Denise", "Huguette"],
    ["Nathalie", "Sylvie", "Sandrine", "Céline", "Hélène", "Christelle", "Isabelle", "Véronique", "Valérie", "Corinne", "Karine", "Maryse", "Noëlle"],
    ["Émilie", "Mélanie", "Laëtitia", "Océane", "Manon", "Chloé", "Gaëlle", "Zoé", "Justine", "Amandine", "Léa", "Camille", "Maëlys"],
  ],
  garcons: ["Lucas", "Léo", "Enzo", "Nathan", "Hugo", "Maël", "Noah", "Tom", "Jules", "Timéo", "Louis", "Raphaël", "Évan"],
  filles: ["Jade", "Louise", "Emma", "Léna", "Ambre", "Zoé", "Chloé", "Lou", "Inès", "Maëlle", "Rose", "Clémence", "Éloïse"],
};

const POLONIA_ITALIA: Origin = {
  weight: 6,
  noms: ["Kowalczyk", "Nowak", "Lewandowski", "Szymański", "Wójcik", "Kaczmarek", "Rossi", "Esposito", "Bianchi", "Lombardi", "Zieliński"],
  hommes: [["Stanislas", "Casimir", "Tadeusz", "Giuseppe", "Antoine"], ["Marc", "Fabrice", "Bruno", "Patrick"], ["Nicolas", "Romain", "Matteo"]],
  femmes: [["Halina", "Danuta", "Stéphanie", "Giovanna", "Irène"], ["Agnès", "Laurence", "Sabrina"], ["Julia", "Marine", "Giulia"]],
  garcons: ["Matteo", "Léon", "Gabriel", "Victor"],
  filles: ["Alicia", "Eva", "Lucie", "Nina"],
};

const MAGHREB: Origin = {
  weight: 20,
  noms: [
    "Haddad", "Benaïssa", "Bouzid", "El Amrani", "Benmoussa", "Cherif", "Hamidi", "Mansouri", "Belkacem",
    "Aït Ouali", "Ouchène", "Boukhari", "Zerrouki", "Meziane", "Ben Salah", "Khelifi", "Saïdi", "Bouchama",
    "Amrani-Kaci", "Laouadi", "Taleb", "Djebbar",
  ],
  hommes: [
    ["Mohamed", "Abdelkader", "Ahmed", "Larbi", "Mustapha", "Saïd", "Belkacem"],
    ["Karim", "Rachid", "Samir", "Nordine", "Hakim", "Farid", "Djamel", "Mourad"],
    ["Youssef", "Mehdi", "Bilal", "Ayoub", "Rayan", "Sofiane", "Walid", "Anis"],
  ],
  femmes: [
    ["Fatima", "Khadija", "Zohra", "Aïcha", "Malika", "Yamina"],
    ["Samira", "Leïla", "Naïma", "Souad", "Nadia", "Yasmina", "Djamila"],
    ["Inès", "Salma", "Sonia", "Meryem", "Imane", "Chaïma", "Yasmine"],
  ],
  garcons: ["Adam", "Rayan", "Ilyès", "Wassim", "Kaïs", "Amir", "Yanis", "Ibrahim", "Ismaël"],
  filles: ["Aya", "Lina", "Inaya", "Sofia", "Nour", "Assia", "Maryam", "Hiba"],
};

export const AFRIQUE_OUEST: Origin = {
  weight: 11,
  noms: ["Traoré", "Camara", "Koné", "Mbaye", "Diop", "Sow", "Kaboré", "Touré", "Mendy", "Sylla", "N'Guessan", "Kouassi", "Bamba", "Fofana", "Cissé"],
  hommes: [["Ibrahima", "Mamadou", "Moussa", "Ousmane", "Abdoulaye", "Sékou", "Cheikh", "Lamine", "Boubacar", "Désiré"]],
  femmes: [["Fatoumata", "Mariama", "Awa", "Kadiatou", "Aminata", "Binta", "Ndèye", "Hawa", "Mariam", "Adjoua"]],
  garcons: ["Moussa", "Ibrahim", "Issa", "Mamadou", "Noah", "Aboubacar", "Elijah"],
  filles: ["Fatoumata", "Aminata", "Kadidja", "Grâce", "Maïmouna", "Océane", "Naomie"],
};

const PORTUGAL: Origin = {
  weight: 5,
  noms: ["Da Silva", "Pereira", "Ferreira", "Gonçalves", "Rodrigues", "Teixeira", "Carvalho", "Fernandes"],
  hommes: [["Manuel", "José", "Joaquim"], ["João", "Rui", "Paulo", "Carlos"], ["Tiago", "Diogo", "Kévin"]],
  femmes: [["Maria", "Conceição", "Fátima", "Rosa"], ["Ana", "Cristina", "Sandra"], ["Inês", "Mélissa", "Joana"]],
  garcons: ["Tiago", "Rafael", "Gabriel", "Lucas"],
  filles: ["Beatriz", "Lara", "Inês", "Léa"],
};

const TURQUIE: Origin = {
  weight: 3,
  noms: ["Yılmaz", "Demir", "Kaya", "Öztürk", "Şahin", "Çelik"],
  hommes: [["Mehmet", "Hasan", "Mustafa"], ["Murat", "Ali", "Hüseyin"], ["Emre", "Burak", "Enes"]],
  femmes: [["Ayşe", "Fatma", "Emine"], ["Hatice", "Gülşen", "Zehra"], ["Elif", "Zeynep", "Büşra"]],
  garcons: ["Yusuf", "Eymen", "Mert", "Kerem"],
  filles: ["Elif", "Zeynep", "Ecrin", "Duru"],
};

const VIETNAM: Origin = {
  weight: 3,
  noms: ["Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Huỳnh"],
  hommes: [["Minh", "Thanh", "Huy", "Văn Long", "Quang"]],
  femmes: [["Lan", "Hương", "Mai", "Linh", "Thị Hoa", "Ngọc"]],
  garcons: ["Minh", "Bảo", "Thomas", "Kevin"],
  filles: ["Linh", "Mai", "Anaïs", "Chloé"],
};

// Recent arrivals: Romania, the Middle East and Afghanistan, Ukraine, Armenia and Kosovo.
const ROUMANIE: Origin = {
  weight: 2,
  noms: ["Popescu", "Ionescu", "Stoica", "Dumitrescu", "Constantin"],
  hommes: [["Ion", "Florin", "Adrian", "Mihai", "Gheorghe"]],
  femmes: [["Elena", "Ioana", "Mirela", "Florentina", "Ana-Maria"]],
  garcons: ["Andrei", "David", "Ștefan", "Luca"],
  filles: ["Maria", "Daria", "Bianca", "Alexandra"],
};

const MOYEN_ORIENT: Origin = {
  weight: 2,
  noms: ["Al-Hassan", "Ahmadi", "Rahimi", "Haidari", "Al-Khatib", "Hosseini"],
  hommes: [["Omar", "Ahmad", "Farid", "Mahmoud", "Javad"]],
  femmes: [["Rania", "Zahra", "Fatemeh", "Nour", "Shirin"]],
  garcons: ["Ali", "Mustafa", "Hamza", "Yousef"],
  filles: ["Amina", "Maryam", "Ariana", "Lana"],
};

const EST: Origin = {
  weight: 2,
  noms: ["Shevchenko", "Bondarenko", "Kovalenko", "Hovhannisyan", "Sargsyan", "Gashi", "Krasniqi"],
  hommes: [["Oleksandr", "Dmytro", "Arman", "Tigran", "Besnik", "Arben"]],
  femmes: [["Olena", "Iryna", "Anahit", "Lusine", "Liridona", "Vjosa"]],
  garcons: ["Artem", "Maksym", "Davit", "Aron"],
  filles: ["Sofiia", "Anna", "Mariam", "Elira"],
};

export const ORIGINS: readonly Origin[] = [NORD, POLONIA_ITALIA, MAGHREB, AFRIQUE_OUEST, PORTUGAL, TURQUIE, VIETNAM, ROUMANIE, MOYEN_ORIENT, EST];

/** The CCAS Voisin is a smaller, older town of the metropolis: mostly local names. */
export const VOISIN_ORIGINS: readonly Origin[] = [NORD, MAGHREB, POLONIA_ITALIA, AFRIQUE_OUEST];
