// Who must have a second factor: administrators (CNIL: an administrator account needs
// 16 characters or a second factor; Passerelle asks both). Everyone else may enrol.
import type { Role } from "@/lib/auth/actor";

export const isTotpRequired = (role: Role) => role === "ADMIN";
