import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

import ChartActions from "./ChartActions.svelte";

const PNG = "data:image/png;base64,iVBORw0KGgo=";

function setup(props: Record<string, unknown>) {
  window.__RESILIENCE_TEST_DIALOG__ = { save: "/tmp/chart" };
  render(ChartActions, { tableShown: false, tableId: "t", ontable: () => {}, fileName: "chart", png: null, ...props });
}

afterEach(() => {
  delete window.__RESILIENCE_TEST_DIALOG__;
  invoke.mockReset();
});

describe("ChartActions", () => {
  it("waits for a picture drawn later and saves it", async () => {
    invoke.mockResolvedValue({ path: "/tmp/chart.png" });
    let draw: (url: string) => void = () => {};
    setup({ png: () => new Promise<string>((resolve) => (draw = resolve)) });
    const button = screen.getByRole("button", { name: "Save as PNG" });
    await fireEvent.click(button);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(true));
    expect(invoke).not.toHaveBeenCalled();
    draw(PNG);
    await screen.findByText(/^Saved to \/tmp\/chart\.png\./);
    expect(invoke).toHaveBeenCalledWith("save_chart_file", { path: "/tmp/chart", kind: "png", data: PNG });
    expect((button as HTMLButtonElement).disabled).toBe(false);
  });

  it("says so when the picture could not be drawn, and writes nothing", async () => {
    setup({ png: () => Promise.resolve(null) });
    await fireEvent.click(screen.getByRole("button", { name: "Save as PNG" }));
    await screen.findByText("The file was not saved. There is no chart on screen to save.");
    setup({ png: () => Promise.reject(new Error("The chart could not be drawn as a picture.")) });
    await fireEvent.click(screen.getAllByRole("button", { name: "Save as PNG" })[1] as HTMLElement);
    await screen.findByText("The file was not saved. The chart could not be drawn as a picture.");
    expect(invoke).not.toHaveBeenCalled();
  });

  it("still takes a picture drawn at once, and a chart query for the CSV", async () => {
    invoke.mockResolvedValue({ path: "/tmp/chart.csv" });
    const query = { from: "2026-11-01", to: "2026-11-30", metrics: ["stress"], resolution: "auto" };
    setup({ png: () => PNG, query });
    await fireEvent.click(screen.getByRole("button", { name: "Save as PNG" }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("save_chart_file", { path: "/tmp/chart", kind: "png", data: PNG }));
    await fireEvent.click(screen.getByRole("button", { name: "Save data as CSV" }));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith("save_chart_file", { path: "/tmp/chart", kind: "csv", data: query }));
  });

  it("hands the CSV to its own writer when it has one, instead of a query", async () => {
    const csv = vi.fn().mockResolvedValue({ path: "/tmp/chart.csv" });
    setup({ png: null, csv });
    expect(screen.queryByRole("button", { name: "Save as PNG" })).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Save data as CSV" }));
    await screen.findByText(/^Saved to \/tmp\/chart\.csv\. The file is not encrypted/);
    expect(csv).toHaveBeenCalledWith("/tmp/chart");
    expect(invoke).not.toHaveBeenCalled();
  });

  it("offers no CSV without a query or a writer", () => {
    setup({ png: null });
    expect((screen.getByRole("button", { name: "Save data as CSV" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
