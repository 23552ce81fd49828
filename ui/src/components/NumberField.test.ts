import { fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import { useLanguage } from "../lib/i18n/i18n.svelte";
import NumberField from "./NumberField.svelte";

/** The field, and the number it holds now (as its spin button says; null when none). */
function field(value: number | null) {
  render(NumberField, { props: { label: "Sleep hours", value, min: 0, max: 24, step: 0.25 } });
  const input = screen.getByLabelText("Sleep hours") as HTMLInputElement;
  const held = () => {
    const now = input.getAttribute("aria-valuenow");
    return now === null ? null : Number(now);
  };
  return { held, input };
}

describe("NumberField", () => {
  afterEach(async () => {
    await useLanguage("en", "en-GB");
  });

  it("shows and reads numbers in the language, with either decimal mark", async () => {
    await useLanguage("de", "de-DE");
    const { held, input } = field(7.5);
    expect(input.value).toBe("7,5");
    await fireEvent.input(input, { target: { value: "6,25" } });
    expect(held()).toBe(6.25);
    await fireEvent.input(input, { target: { value: "8.75" } });
    expect(held()).toBe(8.75);
    await fireEvent.input(input, { target: { value: "" } });
    expect(held()).toBeNull();
    await fireEvent.input(input, { target: { value: "sieben" } });
    expect(held()).toBeNull();
    expect(input.value).toBe("sieben");
  });

  it("steps with the arrow keys within its bounds, like a spin button", async () => {
    const { held, input } = field(23.75);
    expect(input.getAttribute("role")).toBe("spinbutton");
    await fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(held()).toBe(24);
    await fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(held()).toBe(24);
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.value).toBe("23.75");
  });

  it("shows a value set from outside in the new language", async () => {
    const { input } = field(7.5);
    expect(input.value).toBe("7.5");
    await useLanguage("fr", "fr-FR");
    await Promise.resolve();
    expect(input.value).toBe("7,5");
  });
});
