// An XLSX is a zip of XML files. Two kinds of "bomb" are refused before the workbook is parsed:
// - one that inflates far beyond its size (a few kilobytes that become gigabytes of shared
//   strings), from the central directory, which announces every entry's uncompressed size,
//   before anything is inflated;
// - one whose XML nests elements very deeply (no spreadsheet needs more than a dozen levels),
//   which would make any parser keep a huge stack of open elements: each XML entry, once the
//   sizes are known to be reasonable, is inflated and its depth counted.
import { inflateRawSync } from "node:zlib";
import { IMPORT_MESSAGES, ImportFileError, MAX_XLSX_RATIO, MAX_XLSX_UNCOMPRESSED_BYTES, MAX_XML_DEPTH } from "./limits";

type ZipEntry = { name: string; method: number; compressed: number; size: number; localOffset: number };

function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportFileError(IMPORT_MESSAGES.unreadableXlsx);
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ImportFileError(IMPORT_MESSAGES.unreadableXlsx);
    const nameLength = view.getUint16(offset + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true), compressed: view.getUint32(offset + 20, true), size: view.getUint32(offset + 24, true), localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

export function assertReasonableZip(bytes: Uint8Array) {
  let total = 0;
  for (const { size, compressed } of zipEntries(bytes)) {
    // 0xFFFFFFFF: a zip64 size, which no spreadsheet of 20 MB needs.
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ImportFileError(IMPORT_MESSAGES.xlsxBomb);
    total += size;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES || (size > 1_000_000 && size > compressed * MAX_XLSX_RATIO)) {
      throw new ImportFileError(IMPORT_MESSAGES.xlsxBomb);
    }
  }
}

/** Deepest nesting of elements in an XML text (a start tag opens a level, an end or `/>` closes it). */
export function xmlDepth(xml: Uint8Array, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < xml.length - 1; i++) {
    const c = xml[i];
    if (c === 0x3c /* < */) {
      const next = xml[i + 1];
      if (next === 0x2f /* / */) depth = Math.max(0, depth - 1);
      else if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */ && ++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x2f && xml[i + 1] === 0x3e /* /> */) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** After assertReasonableZip (the sizes are bounded): every XML entry nests at most MAX_XML_DEPTH levels. */
export function assertShallowXml(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of zipEntries(bytes)) {
    if (!/\.(xml|rels)$/i.test(e.name) || (e.method !== 0 && e.method !== 8)) continue;
    const local = e.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw new ImportFileError(IMPORT_MESSAGES.unreadableXlsx);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + e.compressed);
    let xml: Uint8Array;
    try {
      xml = e.method === 0 ? data : inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
    } catch {
      throw new ImportFileError(IMPORT_MESSAGES.unreadableXlsx);
    }
    if (xmlDepth(xml, MAX_XML_DEPTH) > MAX_XML_DEPTH) throw new ImportFileError(IMPORT_MESSAGES.xlsxDeep);
  }
}
