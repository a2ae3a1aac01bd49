// The DOCX every built-in letter is filled into, built in code with pizzip: one package with
// loops over the letter's blocks (docxtemplater tags only, no data), a footer, and the logo
// as an inline picture when the structure has one. The text comes in through fillDocx().
import PizZip from "pizzip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const EMU_PER_POINT = 12_700;
/** Half of the text width of an A4 page with 2.2 cm margins (twips): the recipient's column. */
const RIGHT_COLUMN = 4_820;

type Para = { align?: "right" | "center" | "both"; bold?: boolean; size?: number; indent?: number; before?: number; color?: string };

/** One paragraph holding one tag (or loop marker): structure only, never a value. */
function para(tag: string, o: Para = {}): string {
  const ppr = [
    o.before !== undefined ? `<w:spacing w:before="${o.before}" w:after="0"/>` : "",
    o.indent ? `<w:ind w:left="${o.indent}"/>` : "",
    o.align ? `<w:jc w:val="${o.align}"/>` : "",
  ].join("");
  const rpr = [o.bold ? "<w:b/>" : "", o.color ? `<w:color w:val="${o.color}"/>` : "", o.size ? `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>` : ""].join("");
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ""}<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ""}<w:t xml:space="preserve">${tag}</w:t></w:r></w:p>`;
}
/** Loop and condition markers alone in their paragraph: paragraphLoop removes those paragraphs. */
const open = (name: string) => para(`{#${name}}`);
const close = (name: string) => para(`{/${name}}`);
const section = (name: string, ...inner: string[]) => [open(name), ...inner, close(name)].join("");

function fieldPara(): string {
  return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{label} : </w:t></w:r><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:p>`;
}

function logoPara(size: { cx: number; cy: number }): string {
  const pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
  return `<w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${size.cx}" cy="${size.cy}"/><wp:docPr id="1" name="Logo"/>`
    + `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${pic}"><pic:pic xmlns:pic="${pic}">`
    + `<pic:nvPicPr><pic:cNvPr id="1" name="logo"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${size.cx}" cy="${size.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
    + `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

function documentXml(logo: { cx: number; cy: number } | null): string {
  const body = [
    logo ? logoPara(logo) : "",
    para("{lh.nom}", { bold: true, size: 26 }),
    section("lh.adresse", para("{.}")),
    section("lh.telephone", para("Tél. : {lh.telephone}")),
    section("lh.email", para("Courriel : {lh.email}")),
    section("recipient", para("{first}", { indent: RIGHT_COLUMN, bold: true, before: 480 }), section("rest", para("{.}", { indent: RIGHT_COLUMN }))),
    para("{placeDate}", { align: "right", before: 480 }),
    section("references", para("{.}")),
    section("subject", para("Objet : {subject}", { bold: true })),
    section("heading", para("{heading}", { align: "center", bold: true, size: 30, before: 240 }), section("subheading", para("{subheading}", { align: "center", size: 18 }))),
    section("salutation", para("{salutation}", { before: 360 })),
    section("body",
      section("isParagraph", para("{text}", { align: "both", before: 120 })),
      section("isBoldParagraph", para("{text}", { align: "both", bold: true, before: 120 })),
      section("isHeading", para("{text}", { bold: true, size: 23, before: 240 })),
      section("isField", fieldPara()),
      section("isItem", para("– {text}", { indent: 280 })),
      section("isInset", para("{text}", { indent: 280 })),
      section("isSpace", para("")),
    ),
    section("closing", para("{closing}", { align: "both", before: 240 })),
    section("signature", para("{nom}", { indent: RIGHT_COLUMN, bold: true, before: 600 }), section("fonction", para("{fonction}", { indent: RIGHT_COLUMN })), para("{structure}", { indent: RIGHT_COLUMN })),
  ].join("");
  const sect = `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/><w:pgSz w:w="11906" w:h="16838"/>`
    + `<w:pgMar w:top="960" w:right="1240" w:bottom="1280" w:left="1240" w:header="600" w:footer="500" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:body>${body}${sect}</w:body></w:document>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>`
  + `<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>`
  + `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
  + `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

const FOOTER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}" xmlns:r="${R}">${section("footer", para("{footer}", { align: "center", size: 16, color: "555555" }))}</w:ftr>`;

/** The base template for a letter, with the logo's picture when there is one. */
export function baseLetterTemplate(logo: { bytes: Uint8Array; mime: "image/png" | "image/jpeg"; widthPt: number; heightPt: number } | null): PizZip {
  const ext = logo?.mime === "image/jpeg" ? "jpeg" : "png";
  const zip = new PizZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`
    + `<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>`
    + `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`
    + `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`
    + `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rIdFooter" Type="${R}/footer" Target="footer1.xml"/>`
    + (logo ? `<Relationship Id="rIdLogo" Type="${R}/image" Target="media/logo.${ext}"/>` : "") + `</Relationships>`);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/footer1.xml", FOOTER);
  if (logo) zip.file(`word/media/logo.${ext}`, logo.bytes);
  zip.file("word/document.xml", documentXml(logo ? { cx: Math.round(logo.widthPt * EMU_PER_POINT), cy: Math.round(logo.heightPt * EMU_PER_POINT) } : null));
  return zip;
}
