// CNIL recommendation (délibération 2022-100): 12 characters of 4 kinds, or 14 of 3 kinds;
// administrators 16. Pure, so the same check runs in the form and on the server.
import type { Role } from "./actor";

function kindsIn(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
}

/** Administrators need the longer password (the form says so before it is typed). */
export const needsAdminPassword = (role: Role) => role === "ADMIN";

/** Returns a French explanation of what is missing, or null when the password is acceptable. */
export function passwordProblem(password: string, role: Role): string | null {
  const kinds = kindsIn(password);
  if (password.length > 200) return "Le mot de passe ne doit pas dépasser 200 caractères.";
  if (needsAdminPassword(role)) {
    if (password.length >= 16 && kinds >= 3) return null;
    return "Pour un administrateur : au moins 16 caractères, avec au moins 3 types parmi minuscules, majuscules, chiffres et caractères spéciaux.";
  }
  if (password.length >= 12 && kinds === 4) return null;
  if (password.length >= 14 && kinds >= 3) return null;
  return "Au moins 12 caractères avec minuscules, majuscules, chiffres et caractères spéciaux, ou au moins 14 caractères avec 3 de ces 4 types.";
}
