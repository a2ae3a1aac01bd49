import { describe, expect, it } from "vitest";
import { normalizeText, searchNameOf, searchTokens } from "@/lib/domain/shared/normalize";

describe("name normalisation", () => {
  it("removes accents, case and punctuation", () => {
    expect(normalizeText("Lefèvre-Dupont")).toBe("lefevre dupont");
    expect(normalizeText("  FRANÇOIS  ")).toBe("francois");
    expect(normalizeText("N'Diaye")).toBe("n diaye");
    expect(normalizeText("Œdipe Lætitia Nguyễn")).toBe("oedipe laetitia nguyen");
    expect(normalizeText("Yılmaz Łukasz Søren Strauß Đorđe")).toBe("yilmaz lukasz soren strauss dorde");
  });
  it("builds the stored key from nom, nom de naissance and prénom", () => {
    expect(searchNameOf({ nom: "N'Diaye", nomNaissance: "Sarr", prenom: "Aïssatou" })).toBe("n diaye sarr aissatou");
  });
  it("keeps at most five tokens of a typed term", () => {
    expect(searchTokens("a b c d e f g")).toEqual(["a", "b", "c", "d", "e"]);
    expect(searchTokens("%_'; DROP TABLE")).toEqual(["drop", "table"]);
  });
});
