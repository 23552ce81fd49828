import { afterAll, describe, expect, it } from "vitest";
import { useLanguage } from "./i18n/i18n.svelte";
import { RESEARCH_CLAIMS, scalesNote, stance } from "./research";

describe("the research card", () => {
  it("covers the six claims, each with a summary, its strength and a citation", () => {
    expect(RESEARCH_CLAIMS).toHaveLength(6);
    expect(new Set(RESEARCH_CLAIMS.map((c) => c.key)).size).toBe(6);
    for (const claim of RESEARCH_CLAIMS) {
      expect(claim.summary.length).toBeGreaterThan(60);
      expect(claim.strength).not.toBe("");
      expect(claim.citation).not.toBe("");
      expect(claim.yourData).not.toBe("");
    }
  });

  it("cites the studies the evidence table names", () => {
    const citations = RESEARCH_CLAIMS.map((c) => c.citation).join(" ");
    for (const source of ["Moyer, Rounds & Hannum 2004", "Moyer et al. 2011", "Crawford et al. 2016", "Farrar et al. 2001", "Hou et al. 2010"]) {
      expect(citations).toContain(source);
    }
  });

  it("never repeats the popular cortisol figure or credits endorphins as the cause", () => {
    const text = RESEARCH_CLAIMS.map((c) => `${c.summary} ${c.strength}`).join(" ");
    expect(text).not.toMatch(/31\s?%/);
    expect(text).not.toMatch(/because of endorphins/i);
  });

  it("states the product's stance", () => {
    expect(stance()).toContain("not a diagnosis");
    expect(stance()).toContain("not medical advice");
    expect(stance()).toContain("professional");
    expect(scalesNote()).toContain("NRS-11");
  });

  it.each([
    ["de", ["keine Diagnose", "keine medizinische Beratung", "Fachperson"], "nicht belegt"],
    ["es", ["No es un diagnóstico", "consejo médico", "profesional"], "no una causa"],
    ["fr", ["ni un diagnostic", "avis médical", "professionnel"], "pas une cause"],
  ])("keeps the caution in %s: not a diagnosis, not medical advice, association not cause", async (code, stanceWords, notCause) => {
    await useLanguage(code, code);
    for (const words of stanceWords) expect(stance()).toContain(words);
    const mood = RESEARCH_CLAIMS.find((c) => c.key === "mood");
    expect(mood?.summary).toContain(notCause);
    expect(RESEARCH_CLAIMS.map((c) => c.citation).join(" ")).toContain("Crawford et al. 2016");
  });

  afterAll(async () => {
    await useLanguage("en", "en-GB");
  });
});
