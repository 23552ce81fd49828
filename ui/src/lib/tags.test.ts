import { describe, expect, it } from "vitest";
import { addTag, canonicalTag, normaliseTag, removeTag, suggestTags, TAGS_PER_DAY } from "./tags";

describe("addTag", () => {
  it("trims the name and adds it", () => {
    expect(addTag(["work"], "  walk  ")).toEqual({ ok: true, tags: ["work", "walk"] });
  });

  it("collapses inner spaces", () => {
    expect(normaliseTag(" deep   work ")).toBe("deep work");
  });

  it("refuses an empty or blank name", () => {
    expect(addTag([], "")).toEqual({ ok: false, error: "Type a tag name first." });
    expect(addTag([], "   ").ok).toBe(false);
  });

  it("accepts 1 and 40 characters, refuses 41", () => {
    expect(addTag([], "a").ok).toBe(true);
    expect(addTag([], "a".repeat(40)).ok).toBe(true);
    expect(addTag([], "a".repeat(41))).toEqual({ ok: false, error: "A tag can be at most 40 characters." });
  });

  it("counts an emoji as one character", () => {
    expect(addTag([], "🌿".repeat(40)).ok).toBe(true);
  });

  it("refuses a duplicate whatever its case", () => {
    expect(addTag(["Work"], "work")).toEqual({ ok: false, error: "“work” is already on this day." });
    expect(addTag(["Été"], "été").ok).toBe(false);
  });

  it("allows 20 tags and refuses the 21st", () => {
    const nineteen = Array.from({ length: TAGS_PER_DAY - 1 }, (_, i) => `t${i}`);
    const twenty = addTag(nineteen, "last");
    expect(twenty.ok && twenty.tags.length).toBe(20);
    if (!twenty.ok) throw new Error("expected 20 tags");
    expect(addTag(twenty.tags, "one more")).toEqual({ ok: false, error: "A day can have at most 20 tags." });
  });

  it("never changes the list it was given", () => {
    const tags = ["work"];
    addTag(tags, "walk");
    expect(tags).toEqual(["work"]);
  });
});

describe("removeTag", () => {
  it("removes regardless of case", () => {
    expect(removeTag(["Work", "walk"], "work")).toEqual(["walk"]);
  });
});

describe("suggestions", () => {
  const known = [
    { name: "work", uses: 40 },
    { name: "walk", uses: 12 },
    { name: "homework", uses: 3 },
    { name: "yoga", uses: 20 },
  ];

  it("offers the most used tags not yet chosen", () => {
    expect(suggestTags(known, ["work"], "")).toEqual(["yoga", "walk", "homework"]);
  });

  it("puts names starting with the typed text first", () => {
    expect(suggestTags(known, [], "wo")).toEqual(["work", "homework"]);
  });

  it("reuses the stored spelling", () => {
    expect(canonicalTag(known, " WORK ")).toBe("work");
    expect(canonicalTag(known, " new  one ")).toBe("new one");
  });
});
