// Reading real files: bytes built here as Excel France and other tools write them.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readImportFile } from "@/lib/domain/import/read-file";
import { headerScore } from "@/lib/domain/import/fields";
import { excelSerialToIso, parseAmountCell, parseDateCell, parsePhoneCell, parseYesNoCell, parseChoiceCell } from "@/lib/domain/import/cells";
import { IMPORT_MESSAGES, MAX_IMPORT_ROWS } from "@/lib/domain/import/limits";
import { SITUATION_FAMILIALE_LABELS } from "@/lib/domain/usagers/labels";
import { inlineRow, xlsxFromParts } from "../helpers/xlsx-parts";

const read = (bytes: Uint8Array) => readImportFile(bytes, headerScore);
const utf8 = (s: string) => new TextEncoder().encode(s);

async function xlsx(build: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("CSV", () => {
  it("reads Windows-1252 with ; and quoted line breaks", async () => {
    const text = "Nom;Prénom;Né(e) le;Observations\r\nLefèvre;Hélène;14/03/1985;\"Première ligne\r\nseconde ligne; avec point-virgule\"\r\nGarçon;Zoé;01/02/90;\r\n";
    const bytes = new Uint8Array(iconv.encode(text, "win1252"));
    expect(bytes.includes(0xe8)).toBe(true); // è as one byte: real Windows-1252
    const file = await read(bytes);
    expect(file).toMatchObject({ format: "csv", encoding: "windows-1252", separator: ";" });
    const sheet = file.sheets[0]!;
    expect(sheet.headers).toEqual(["Nom", "Prénom", "Né(e) le", "Observations"]);
    expect(sheet.rows[0]).toEqual({ line: 2, cells: ["Lefèvre", "Hélène", "14/03/1985", "Première ligne\r\nseconde ligne; avec point-virgule"] });
    expect(sheet.rows[1]!.line).toBe(4);
    expect(sheet.rows[1]!.cells[0]).toBe("Garçon");
  });

  it("reads UTF-8 with and without BOM, comma and tab separators, and skips blank rows", async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Nom,Prénom,DDN\nÉlise,Noël,1985-03-14\n,,\nDurand,Léa,\"14/03/85\"\n")]);
    const a = await read(withBom);
    expect(a.sheets[0]!.headers).toEqual(["Nom", "Prénom", "DDN"]);
    expect(a.sheets[0]!.rows.map((r) => r.cells[0])).toEqual(["Élise", "Durand"]);
    expect(a.separator).toBe(",");
    const tab = await read(utf8("Nom\tPrénom\tCP\nMartin\tJean\t59000\n"));
    expect(tab.separator).toBe("\t");
    expect(tab.sheets[0]!.rows[0]!.cells).toEqual(["Martin", "Jean", "59000"]);
    // A ; file whose amounts hold commas: the separator is still ;
    const semi = await read(utf8("Nom;Prénom;Montant\nMartin;Jean;1 234,56\nDurand;Léa;12,5\n"));
    expect(semi.separator).toBe(";");
  });

  it("refuses a binary file renamed .csv, a header-only file, a huge cell and too many rows, in French", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(1)]);
    await expect(read(png)).rejects.toThrow(IMPORT_MESSAGES.notSpreadsheet);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, ...new Array(200).fill(0)]);
    await expect(read(exe)).rejects.toThrow(IMPORT_MESSAGES.notSpreadsheet);
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]);
    await expect(read(cfb)).rejects.toThrow(/\.xls/);
    await expect(read(utf8("Nom;Prénom;Date de naissance\r\n"))).rejects.toThrow(IMPORT_MESSAGES.headerOnly);
    await expect(read(utf8(`Nom;Observations\nMartin;${"x".repeat(10 * 1024 * 1024)}\n`))).rejects.toThrow(/Ligne 2 : une cellule dépasse/);
    const many = `Nom;Prénom\n${"A;B\n".repeat(MAX_IMPORT_ROWS + 1)}`;
    await expect(read(utf8(many))).rejects.toThrow(IMPORT_MESSAGES.tooManyRows);
    await expect(read(new Uint8Array(20 * 1024 * 1024 + 1).fill(65))).rejects.toThrow(IMPORT_MESSAGES.tooLarge);
    await expect(read(new Uint8Array())).rejects.toThrow(IMPORT_MESSAGES.empty);
  });

  it("keeps formulas as text", async () => {
    const file = await read(utf8('Nom;Prénom\n"=HYPERLINK(""http://x"";""clic"")";=cmd|\' /C calc\'!A0\n'));
    expect(file.sheets[0]!.rows[0]!.cells).toEqual(['=HYPERLINK("http://x";"clic")', "=cmd|' /C calc'!A0"]);
  });
});

describe("XLSX", () => {
  it("reads every sheet, a merged band above the header, empty rows, serial and text dates, numbers and formulas", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Dossiers");
      ws.addRow(["Identité", "", "Naissance", "Contact"]);
      ws.mergeCells("A1:B1");
      ws.addRow(["Nom", "Prénom", "Date de naissance", "Portable", "Lien"]);
      ws.addRow(["Lefèvre", "Hélène", new Date(Date.UTC(1985, 2, 14)), 612345678, { formula: 'HYPERLINK("http://x")', result: "x" }]);
      ws.addRow([]);
      ws.addRow(["Martin", "Jean", 31120, "06 12 34 56 78", { richText: [{ text: "a" }, { text: "b" }] }]);
      ws.addRow(["Durand", "Léa", "14/03/85", 1234.56, null]);
      const foyer = wb.addWorksheet("Foyer");
      foyer.addRow(["N° de dossier", "Nom", "Prénom"]);
      foyer.addRow(["A-1", "Lefèvre", "Tom"]);
      wb.addWorksheet("Vide");
    });
    const file = await read(bytes);
    expect(file.format).toBe("xlsx");
    expect(file.sheets.map((s) => s.name)).toEqual(["Dossiers", "Foyer"]);
    const s = file.sheets[0]!;
    expect(s.headerLine).toBe(2);
    expect(s.headers).toEqual(["Nom", "Prénom", "Date de naissance", "Portable", "Lien"]);
    expect(s.rows.map((r) => r.line)).toEqual([3, 5, 6]);
    expect(s.rows[0]!.cells).toEqual(["Lefèvre", "Hélène", "1985-03-14", "612345678", '=HYPERLINK("http://x")']);
    expect(s.rows[1]!.cells.slice(2)).toEqual(["31120", "06 12 34 56 78", "ab"]);
    expect(s.rows[2]!.cells.slice(2, 4)).toEqual(["14/03/85", "1234.56"]);
  });

  it("names a merged header over several columns once per column", async () => {
    const bytes = await xlsx((wb) => {
      const ws = wb.addWorksheet("Liste");
      ws.addRow(["Nom", "Prénom", "Téléphone", ""]);
      ws.mergeCells("C1:D1");
      ws.addRow(["Martin", "Jean", "0320000000", "0612345678"]);
    });
    const s = (await read(bytes)).sheets[0]!;
    expect(s.headers).toEqual(["Nom", "Prénom", "Téléphone", "Téléphone (2)"]);
  });

  it("refuses an unreadable workbook and a zip that inflates far beyond its size", async () => {
    const good = await xlsx((wb) => wb.addWorksheet("A").addRow(["Nom", "Prénom"]));
    const broken = good.slice(0, good.length - 30);
    await expect(read(broken)).rejects.toThrow(/illisible|endommagé/);
    await expect(read(good)).rejects.toThrow(IMPORT_MESSAGES.headerOnly);
    // A central directory announcing 2 GB for one entry: refused before inflating anything.
    const bomb = good.slice();
    const view = new DataView(bomb.buffer);
    for (let i = 0; i < bomb.length - 4; i++) if (view.getUint32(i, true) === 0x02014b50) { view.setUint32(i + 24, 0x7fffffff, true); break; }
    await expect(read(bomb)).rejects.toThrow(IMPORT_MESSAGES.xlsxBomb);
  });

  it("refuses a workbook whose XML nests elements thousands of levels deep, wherever they are", async () => {
    const header = inlineRow(1, ["Nom", "Prénom"]) + inlineRow(2, ["Martin", "Jean"]);
    // The same file, shallow, is read: only the depth is refused.
    expect((await read(xlsxFromParts({ rows: header }))).sheets[0]!.rows).toHaveLength(1);
    const deep = (open: string, close: string, n = 50_000) => open.repeat(n) + close.repeat(n);
    for (const rows of [
      header + deep("<x>", "</x>"), // unknown elements in the sheet
      `${header}<row r="3"><c r="A3">${deep("<v>", "</v>")}</c></row>`, // a cell's value
      `${header}<row r="3"><c r="A3" t="inlineStr"><is>${deep("<r>", "</r>")}<t>x</t></is></c></row>`, // rich text
    ]) {
      await expect(read(xlsxFromParts({ rows }))).rejects.toThrow(IMPORT_MESSAGES.xlsxDeep);
    }
    const sharedStrings = [`</t>${deep("<r>", "</r>")}<t>`, "Jean"];
    await expect(read(xlsxFromParts({ rows: inlineRow(1, ["Nom", "Prénom"]) + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>', sharedStrings }))).rejects.toThrow(IMPORT_MESSAGES.xlsxDeep);
  });

  it("refuses a real workbook of huge shared strings (a few kilobytes inflating to megabytes), whose directory tells the truth", async () => {
    const huge = "a".repeat(8_000_000);
    const bytes = xlsxFromParts({ rows: inlineRow(1, ["Nom", "Prénom"]) + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>', sharedStrings: [huge] });
    expect(bytes.length).toBeLessThan(100_000);
    await expect(read(bytes)).rejects.toThrow(IMPORT_MESSAGES.xlsxBomb);
  });
});

describe("cells", () => {
  it("reads dates as they are typed or stored", () => {
    const today = new Date("2026-12-02T12:00:00Z");
    expect(parseDateCell("14/03/1985", today)).toBe("1985-03-14");
    expect(parseDateCell("14/03/85", today)).toBe("1985-03-14");
    expect(parseDateCell("01/02/05", today)).toBe("2005-02-01");
    expect(parseDateCell("1985-03-14", today)).toBe("1985-03-14");
    expect(parseDateCell("14.03.1985", today)).toBe("1985-03-14");
    expect(parseDateCell("31120", today)).toBe("1985-03-14");
    expect(excelSerialToIso(1)).toBe("1899-12-31");
    expect(parseDateCell("31/02/1980", today)).toBeNull();
    expect(parseDateCell("hier", today)).toBeNull();
    expect(parseDateCell("", today)).toBe("");
  });
  it("restores phones, reads amounts, yes/no and list labels", () => {
    expect(parsePhoneCell("612345678")).toBe("0612345678");
    expect(parsePhoneCell("33612345678")).toBe("+33612345678");
    expect(parsePhoneCell("06 12 34 56 78")).toBe("06 12 34 56 78");
    expect(parseAmountCell("1 234,56")).toBe("1234,56");
    expect(parseAmountCell("1234.56")).toBe("1234,56");
    expect(parseAmountCell("1 234,56 €")).toBe("1234,56");
    expect(parseAmountCell("1,234.56")).toBe("1234,56");
    expect(parseAmountCell("1.234,56")).toBe("1234,56");
    expect(parseAmountCell("douze")).toBeNull();
    expect(parseYesNoCell("Oui")).toBe(true);
    expect(parseYesNoCell("X")).toBe(true);
    expect(parseYesNoCell("non")).toBe(false);
    expect(parseYesNoCell("peut-être")).toBeNull();
    expect(parseChoiceCell("Marié(e)", SITUATION_FAMILIALE_LABELS)).toBe("MARIE");
    expect(parseChoiceCell("celibataire", SITUATION_FAMILIALE_LABELS)).toBe("CELIBATAIRE");
    expect(parseChoiceCell("Concubinage", SITUATION_FAMILIALE_LABELS, { concubinage: "EN_COUPLE" })).toBe("EN_COUPLE");
    expect(parseChoiceCell("Bigame", SITUATION_FAMILIALE_LABELS)).toBeNull();
  });
});
