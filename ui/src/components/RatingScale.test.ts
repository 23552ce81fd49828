import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import RatingScale from "./RatingScale.svelte";

function renderScale(value: number | null = null) {
  const onchange = vi.fn();
  render(RatingScale, { label: "Stress", low: "no stress", high: "extreme", value, onchange });
  const group = screen.getByRole("radiogroup", { name: "Stress" });
  return { group, onchange };
}

function radio(digit: number): HTMLInputElement {
  return screen.getByRole("radio", { name: String(digit) });
}

describe("RatingScale", () => {
  it("offers 11 radios named 0 to 10 under the legend", () => {
    renderScale();
    expect(screen.getAllByRole("radio")).toHaveLength(11);
    expect(radio(0).checked).toBe(false);
    expect(screen.getByText("Stress").tagName).toBe("LEGEND");
    expect(screen.getByText("no stress")).toBeTruthy();
    expect(screen.getByText("extreme")).toBeTruthy();
  });

  it("checks the clicked label and reports the value", async () => {
    const { onchange } = renderScale();
    const label = screen.getByText("7").closest("label");
    expect(label).not.toBeNull();
    await fireEvent.click(label!);
    expect(radio(7).checked).toBe(true);
    expect(onchange).toHaveBeenCalledWith(7);
  });

  it("sets the value when a digit key is pressed inside the group", async () => {
    const { onchange } = renderScale(2);
    radio(2).focus();
    await fireEvent.keyDown(radio(2), { key: "7" });
    expect(radio(7).checked).toBe(true);
    expect(radio(2).checked).toBe(false);
    expect(document.activeElement).toBe(radio(7));
    expect(onchange).toHaveBeenLastCalledWith(7);
  });

  it("reads 1 then 0 in quick succession as 10", async () => {
    const { onchange } = renderScale();
    await fireEvent.keyDown(radio(0), { key: "1" });
    await fireEvent.keyDown(radio(1), { key: "0" });
    expect(radio(10).checked).toBe(true);
    expect(onchange).toHaveBeenLastCalledWith(10);
  });

  it("ignores digits typed with a modifier", async () => {
    const { onchange } = renderScale();
    await fireEvent.keyDown(radio(0), { key: "5", ctrlKey: true });
    expect(onchange).not.toHaveBeenCalled();
  });

  it("shows Clear only with a value, and Clear empties the scale", async () => {
    const { onchange } = renderScale(4);
    expect(radio(4).checked).toBe(true);
    await fireEvent.click(screen.getByRole("button", { name: "Clear Stress" }));
    expect(screen.getAllByRole("radio").some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(onchange).toHaveBeenCalledWith(null);
    expect(screen.queryByRole("button", { name: "Clear Stress" })).toBeNull();
  });

  it("empties the scale on Delete or Backspace", async () => {
    const { onchange } = renderScale(6);
    await fireEvent.keyDown(radio(6), { key: "Backspace" });
    expect(radio(6).checked).toBe(false);
    expect(onchange).toHaveBeenLastCalledWith(null);
  });

  it("links an error message to the group", () => {
    render(RatingScale, { label: "Pain", low: "no pain", high: "worst", error: "Pick one" });
    const group = screen.getByRole("radiogroup", { name: "Pain" });
    expect(group.getAttribute("aria-invalid")).toBe("true");
    const ids = group.getAttribute("aria-describedby")?.split(" ") ?? [];
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain("Pick one");
  });

  it("gives two scales different radio names", () => {
    render(RatingScale, { label: "Mood", low: "a", high: "b" });
    render(RatingScale, { label: "Anxiety", low: "a", high: "b" });
    const radios = document.querySelectorAll<HTMLInputElement>("input[type=radio]");
    const names = new Set(Array.from(radios, (r) => r.name));
    expect(names.size).toBe(2);
  });
});
