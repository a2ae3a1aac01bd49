import { z } from "zod";
import { pastDate } from "@/lib/domain/shared/fields";

export const ZNoticeGiven = z.object({
  usagerId: z.uuid({ error: "Dossier inconnu." }),
  date: pastDate("Date de remise"),
});
export type NoticeGivenInput = z.input<typeof ZNoticeGiven>;
