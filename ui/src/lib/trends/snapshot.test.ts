import { afterEach, describe, expect, it, vi } from "vitest";

import { boxesToPng } from "./snapshot";

/** A canvas context that records what is drawn. */
function recordingCanvas() {
  const drawn: string[] = [];
  const context = {
    scale: vi.fn(),
    fillRect: (x: number, y: number, w: number, h: number) => drawn.push(`rect ${context.fillStyle} ${x},${y} ${w}x${h}`),
    fillText: (text: string, x: number, y: number) => drawn.push(`text ${context.fillStyle} "${text}" ${x},${y}`),
    measureText: (text: string) => ({ width: text.length * 10 }),
    fillStyle: "",
    font: "",
    textBaseline: "",
  };
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, "toDataURL").mockReturnValue("data:image/png;base64,AAAA");
  return drawn;
}

function place(element: Element, left: number, top: number, width: number, height: number) {
  vi.spyOn(element, "getBoundingClientRect").mockReturnValue({ left, top, width, height } as DOMRect);
}

afterEach(() => vi.restoreAllMocks());

describe("boxesToPng", () => {
  it("paints coloured boxes and own text at their places, relative to the root", () => {
    const drawn = recordingCanvas();
    const root = document.createElement("div");
    root.innerHTML = `<p class="name">Jan</p><span class="cell" style="background-color: rgb(68, 1, 84)"></span><span class="empty"></span>`;
    document.body.append(root);
    place(root, 100, 50, 300, 200);
    place(root.querySelector(".name")!, 110, 60, 40, 20);
    place(root.querySelector(".cell")!, 120, 90, 12, 12);
    place(root.querySelector(".empty")!, 140, 90, 12, 12);
    expect(boxesToPng(root, "#ffffff")).toBe("data:image/png;base64,AAAA");
    expect(drawn[0]).toBe("rect #ffffff 0,0 300x200");
    expect(drawn).toContain("rect rgb(68, 1, 84) 20,40 12x12");
    expect(drawn.some((d) => d.startsWith("text ") && d.includes('"Jan" 10,20'))).toBe(true);
    // A transparent box is not painted.
    expect(drawn.filter((d) => d.includes("40,40"))).toEqual([]);
    root.remove();
  });

  it("wraps text that the page wrapped, at word breaks", () => {
    const drawn = recordingCanvas();
    const root = document.createElement("div");
    root.innerHTML = `<p>aaaa bbbb cccc</p>`;
    document.body.append(root);
    place(root, 0, 0, 200, 100);
    place(root.querySelector("p")!, 0, 0, 100, 40);
    boxesToPng(root, "#fff");
    expect(drawn.filter((d) => d.startsWith("text"))).toEqual(['text rgb(0, 0, 0) "aaaa bbbb" 0,10', 'text rgb(0, 0, 0) "cccc" 0,30']);
    root.remove();
  });

  it("gives nothing for an empty area or where there is no canvas", () => {
    const root = document.createElement("div");
    place(root, 0, 0, 0, 0);
    expect(boxesToPng(root, "#fff")).toBeNull();
    place(root, 0, 0, 10, 10);
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
    expect(boxesToPng(root, "#fff")).toBeNull();
  });
});
