// The text of a DOCX, paragraph by paragraph, read with an XML parser (the text a reader sees:
// runs joined, line breaks kept): the preview of a template on the page, and the tests.
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from "@xmldom/xmldom";
import PizZip from "pizzip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function docxParagraphs(docx: Uint8Array, part = "word/document.xml"): string[] {
  const xml = new PizZip(docx).file(part)?.asText();
  if (!xml) return [];
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(doc.getElementsByTagNameNS(W, "p")).map((p) => {
    let text = "";
    const walk = (node: XmlNode) => {
      for (const child of Array.from(node.childNodes)) {
        const el = child as XmlElement;
        if (el.namespaceURI === W && el.localName === "t") text += el.textContent ?? "";
        else if (el.namespaceURI === W && (el.localName === "br" || el.localName === "cr")) text += "\n";
        else if (el.namespaceURI === W && el.localName === "tab") text += "\t";
        else walk(child);
      }
    };
    walk(p);
    return text;
  });
}
