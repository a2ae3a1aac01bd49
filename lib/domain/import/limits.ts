// Limits of an import and their French messages: a file that passes them is read; one that does
// not is refused before anything is stored.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
/** Excel's own limit for one cell: longer text cannot come from a real spreadsheet. */
export const MAX_CELL_CHARS = 32_767;
export const MAX_COLUMNS = 200;
/** Uncompressed size of an XLSX (a zip): beyond it, a "bomb" rather than a CCAS's list. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
export const MAX_XLSX_RATIO = 100;
/** Levels of nested XML elements in one part of an XLSX: Excel writes fewer than a dozen. */
export const MAX_XML_DEPTH = 100;

export const IMPORT_MESSAGES = {
  tooLarge: "Le fichier dépasse 20 Mo : découpez-le en plusieurs fichiers (par exemple une année ou un quartier par fichier).",
  tooManyRows: `Le fichier contient plus de ${MAX_IMPORT_ROWS.toLocaleString("fr-FR")} lignes : découpez-le en plusieurs fichiers.`,
  cellTooLong: (line: number) => `Ligne ${line} : une cellule dépasse ${MAX_CELL_CHARS.toLocaleString("fr-FR")} caractères (la limite d'Excel). Vérifiez le fichier.`,
  tooManyColumns: `Le fichier a plus de ${MAX_COLUMNS} colonnes : ce n'est pas une liste de dossiers.`,
  notSpreadsheet: "Ce fichier n'est ni un CSV ni un classeur Excel (.xlsx) : enregistrez votre tableau au format CSV ou XLSX, puis déposez-le de nouveau.",
  oldExcel: "Ancien format Excel (.xls) : ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou CSV.",
  empty: "Le fichier est vide.",
  headerOnly: "Le fichier ne contient que la ligne d'en-tête : aucune ligne à importer.",
  noHeader: "Aucune ligne d'en-tête trouvée : la première ligne remplie doit donner le nom de chaque colonne (Nom, Prénom…).",
  unreadableCsv: (line: number | null) =>
    `Le CSV est illisible${line ? ` vers la ligne ${line}` : ""} : un guillemet n'est sans doute pas refermé. Vérifiez le fichier ou enregistrez-le de nouveau depuis Excel.`,
  unreadableXlsx: "Le classeur Excel est illisible ou endommagé : ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau.",
  xlsxBomb: "Le classeur est anormalement volumineux une fois décompressé : il ne peut pas être importé. Enregistrez-le de nouveau en CSV.",
  xlsxDeep: "Le classeur contient une structure anormale (des éléments imbriqués sur des milliers de niveaux) : il ne peut pas être importé. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau, ou enregistrez-le en CSV.",
  noSheet: "Le classeur ne contient aucune feuille remplie.",
} as const;

export class ImportFileError extends Error {}
