import { describe, expect, it } from "vitest";
import { firstLine, MARK_END as E, MARK_START as S, splitSnippet } from "./highlight";

describe("splitSnippet", () => {
  it("returns plain text as one unmarked part", () => {
    expect(splitSnippet("a quiet evening")).toEqual([{ text: "a quiet evening", marked: false }]);
  });

  it("returns nothing for an empty snippet", () => {
    expect(splitSnippet("")).toEqual([]);
  });

  it("marks the words between the markers", () => {
    expect(splitSnippet(`after the ${S}massage${E} I slept`)).toEqual([
      { text: "after the ", marked: false },
      { text: "massage", marked: true },
      { text: " I slept", marked: false },
    ]);
  });

  it("handles a match at the very start and end", () => {
    expect(splitSnippet(`${S}Massage${E} day ${S}massage${E}`)).toEqual([
      { text: "Massage", marked: true },
      { text: " day ", marked: false },
      { text: "massage", marked: true },
    ]);
  });

  it("merges adjacent marked runs into one", () => {
    expect(splitSnippet(`${S}deep${E}${S}tissue${E} helped`)).toEqual([
      { text: "deeptissue", marked: true },
      { text: " helped", marked: false },
    ]);
  });

  it("drops empty marked runs", () => {
    expect(splitSnippet(`a${S}${E}b`)).toEqual([{ text: "ab", marked: false }]);
  });

  it("tolerates a marker cut off at the snippet's edge", () => {
    expect(splitSnippet(`…the ${S}massa`)).toEqual([
      { text: "…the ", marked: false },
      { text: "massa", marked: true },
    ]);
    expect(splitSnippet(`sage${E} was good`)).toEqual([{ text: "sage was good", marked: false }]);
  });

  it("keeps markup-looking text as text", () => {
    expect(splitSnippet(`<b>${S}x${E}</b>`)).toEqual([
      { text: "<b>", marked: false },
      { text: "x", marked: true },
      { text: "</b>", marked: false },
    ]);
  });

  it("keeps emoji whole", () => {
    expect(splitSnippet(`${S}🌿${E}`)).toEqual([{ text: "🌿", marked: true }]);
  });
});

describe("firstLine", () => {
  it("gives the first line with text", () => {
    expect(firstLine("\n  \nLong walk.\nThen tea.")).toBe("Long walk.");
    expect(firstLine("")).toBe("");
  });
});
