// An XLSX is a zip: its central directory announces every entry's uncompressed size. A "bomb"
// (a few kilobytes that inflate to gigabytes of shared strings) is refused from that directory,
// before any XML is inflated.
import { IMPORT_MESSAGES, ImportFileError, MAX_XLSX_RATIO, MAX_XLSX_UNCOMPRESSED_BYTES } from "./limits";

export function assertReasonableZip(bytes: Uint8Array) {
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
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) throw new ImportFileError(IMPORT_MESSAGES.unreadableXlsx);
    const compressed = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    // 0xFFFFFFFF: a zip64 size, which no spreadsheet of 20 MB needs.
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ImportFileError(IMPORT_MESSAGES.xlsxBomb);
    total += size;
    if (total > MAX_XLSX_UNCOMPRESSED_BYTES || (size > 1_000_000 && size > compressed * MAX_XLSX_RATIO)) {
      throw new ImportFileError(IMPORT_MESSAGES.xlsxBomb);
    }
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
}
