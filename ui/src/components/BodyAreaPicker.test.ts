import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { emptySessionValues } from "../lib/sessions";
import { SessionFormState } from "../screens/massageForm.svelte";
import BodyAreaPicker from "./BodyAreaPicker.svelte";
import SessionFields from "./session/SessionFields.svelte";

function boxes() {
  return screen.getAllByRole<HTMLInputElement>("checkbox");
}

describe("BodyAreaPicker on the check-in", () => {
  const legend = "Where does it hurt?";

  it("offers the fourteen areas, head to feet, under one legend", () => {
    render(BodyAreaPicker, { legend, value: [] });
    expect(screen.getByRole("group", { name: "Where does it hurt?" })).toBeTruthy();
    expect(boxes().map((box) => box.labels?.[0]?.textContent?.trim())).toEqual([
      "Head", "Jaw", "Neck", "Shoulders", "Upper back", "Lower back", "Chest",
      "Abdomen", "Arms", "Hands", "Hips", "Legs", "Knees", "Feet",
    ]);
    expect(screen.getByText("Optional · arrow keys move, Space picks")).toBeTruthy();
  });

  it("is a single Tab stop; arrows move between chips and wrap around", async () => {
    render(BodyAreaPicker, { legend, value: [] });
    expect(boxes().filter((box) => box.tabIndex === 0)).toHaveLength(1);
    boxes()[0]?.focus();
    await fireEvent.keyDown(boxes()[0] as HTMLElement, { key: "ArrowRight" });
    expect(document.activeElement).toBe(boxes()[1]);
    await fireEvent.keyDown(boxes()[1] as HTMLElement, { key: "End" });
    expect(document.activeElement).toBe(boxes()[13]);
    await fireEvent.keyDown(boxes()[13] as HTMLElement, { key: "ArrowDown" });
    expect(document.activeElement).toBe(boxes()[0]);
    expect(boxes().filter((box) => box.tabIndex === 0)).toEqual([boxes()[0]]);
  });

  it("shows chosen areas as checked", () => {
    render(BodyAreaPicker, { legend, value: ["neck", "feet"] });
    expect(boxes().filter((box) => box.checked).map((box) => box.value)).toEqual(["neck", "feet"]);
  });

  it("links an error message to the group", () => {
    render(BodyAreaPicker, { legend, value: [], error: "Pick fewer areas" });
    const group = screen.getByRole("group", { name: "Where does it hurt?" });
    const described = document.getElementById(group.getAttribute("aria-describedby") ?? "");
    expect(described?.textContent).toBe("Pick fewer areas");
  });
});

describe("BodyAreaPicker in the session form", () => {
  function renderFields() {
    const values = { ...emptySessionValues(), date: "2025-11-25", time: "18:00" };
    const form = new SessionFormState({ values });
    render(SessionFields, { form, currency: "EUR" });
    return form;
  }

  it("is named Focus areas and offers the same chips", () => {
    renderFields();
    const group = screen.getByRole("group", { name: "Focus areas" });
    const chips = Array.from(group.querySelectorAll<HTMLInputElement>("input[type=checkbox]"));
    expect(chips.map((chip) => chip.closest("label")?.textContent?.trim())).toEqual([
      "Head", "Jaw", "Neck", "Shoulders", "Upper back", "Lower back", "Chest",
      "Abdomen", "Arms", "Hands", "Hips", "Legs", "Knees", "Feet",
    ]);
  });

  it("keeps the chosen areas in the form, head to feet whatever the click order", async () => {
    const form = renderFields();
    await fireEvent.click(screen.getByRole("checkbox", { name: "Feet" }));
    await fireEvent.click(screen.getByRole("checkbox", { name: "Neck" }));
    expect(form.values.focusAreas).toEqual(["neck", "feet"]);
    await fireEvent.click(screen.getByRole("checkbox", { name: "Feet" }));
    expect(form.values.focusAreas).toEqual(["neck"]);
  });
});
