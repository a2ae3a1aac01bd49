// The QR code is drawn on the server as SVG and sent as a data: image: no script, nothing for
// the CSP to allow beyond `img-src data:`, and the secret never goes to a third-party service.
import QRCode from "qrcode";

export async function totpQrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** "JBSWY3DPEHPK3PXP…" in groups of 4, easier to type into an app by hand. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;
