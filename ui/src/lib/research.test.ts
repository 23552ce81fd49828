import { describe, expect, it } from "vitest";
import { RESEARCH_CLAIMS, STANCE } from "./research";

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
    expect(STANCE).toContain("not a diagnosis");
    expect(STANCE).toContain("not medical advice");
    expect(STANCE).toContain("professional");
  });
});
