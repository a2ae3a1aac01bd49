// The body of `npm run compte:approuver` (scripts/compte-approuver.mjs), run with tsx: the domain
// does the approval and its audit row; this prints the code once.
import { approveAccountAtSetup } from "@/lib/domain/users/approval";
import { DomainError } from "@/lib/domain/errors";
import { formatDate } from "@/lib/format";
import { db } from "@/lib/db";

async function main(email: string) {
  try {
    const { code, expiresAt, name } = await approveAccountAtSetup(email);
    console.log(`Compte de ${name} (${email}) approuvé.`);
    console.log(`Code d'activation (à remettre à la personne elle-même, tirets compris) : ${code}`);
    console.log(`Valable jusqu'au ${formatDate(expiresAt)}. La personne se connecte avec son adresse e-mail et ce code, puis choisit son mot de passe.`);
    console.log("Ce code n'est conservé que sous forme d'empreinte : il ne sera plus jamais affiché.");
    process.exitCode = 0;
  } catch (error) {
    console.error(error instanceof DomainError ? error.message : `Échec : ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

// The package is CommonJS for tsx: no top-level await.
void main(process.env.APPROVE_EMAIL ?? "");
