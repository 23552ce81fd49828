import { afterEach, describe, expect, it, vi } from "vitest";

import { boxesToPng, standaloneSvg, svgFiguresToPng } from "./snapshot";

/** A canvas context that records what is drawn. */
function recordingCanvas() {
  const drawn: string[] = [];
  const context = {
    scale: vi.fn(),
    fillRect: (x: number, y: number, w: number, h: number) => drawn.push(`rect ${context.fillStyle} ${x},${y} ${w}x${h}`),
    fillText: (text: string, x: number, y: number) => drawn.push(`text ${context.fillStyle} "${text}" ${x},${y}`),
    drawImage: (image: { src: string }, x: number, y: number, w: number, h: number) =>
      drawn.push(`image ${image.src.slice(0, 24)} ${x},${y} ${w}x${h}`),
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

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

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

const FOREST = `
  <style>
    .forest text { fill: rgb(29, 34, 38); font-size: 13px; font-family: Inter, sans-serif; }
    .forest .end { text-anchor: end; }
    .forest .dot { fill: rgb(255, 255, 255); stroke: rgb(166, 25, 122); stroke-width: 2.5px; }
    .forest .dot.clear { fill: rgb(166, 25, 122); }
    .forest .gone { display: none; }
  </style>
  <figure class="forest"><figcaption>After vs usual</figcaption>
    <svg viewBox="0 0 640 80"><text class="end" x="620" y="12">higher →</text><circle class="dot clear" cx="100" cy="40" r="6"/><circle class="dot gone" r="1"/></svg>
  </figure>
  <figure class="forest"><figcaption>After vs before</figcaption>
    <svg viewBox="0 0 640 60"><circle class="dot" cx="300" cy="30" r="6"/></svg>
  </figure>`;

/** An Image that loads any src at once (jsdom loads no pictures), keeping what it was given. */
function instantImages(fail = false) {
  const sources: string[] = [];
  class FakeImage {
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    #src = "";
    get src() {
      return this.#src;
    }
    set src(value: string) {
      this.#src = value;
      sources.push(value);
      queueMicrotask(() => (fail ? this.onerror?.() : this.onload?.()));
    }
  }
  vi.stubGlobal("Image", FakeImage);
  return sources;
}

function svgOf(url: string): Document {
  const prefix = "data:image/svg+xml;charset=utf-8,";
  expect(url.startsWith(prefix)).toBe(true);
  return new DOMParser().parseFromString(decodeURIComponent(url.slice(prefix.length)), "image/svg+xml");
}

describe("standaloneSvg", () => {
  it("carries each element's computed colours, strokes and fonts as attributes, without classes", () => {
    const root = document.createElement("div");
    root.innerHTML = FOREST;
    document.body.append(root);
    const svg = root.querySelector("svg")!;
    const doc = new DOMParser().parseFromString(standaloneSvg(svg, 1280, 160), "image/svg+xml");
    const copy = doc.documentElement;
    expect(copy.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect([copy.getAttribute("width"), copy.getAttribute("height"), copy.getAttribute("viewBox")]).toEqual(["1280", "160", "0 0 640 80"]);
    const text = copy.querySelector("text")!;
    expect([text.getAttribute("fill"), text.getAttribute("font-size"), text.getAttribute("text-anchor")]).toEqual([
      "rgb(29, 34, 38)",
      "13px",
      "end",
    ]);
    expect(text.getAttribute("font-family")).toContain("Inter");
    const [dot, gone] = [...copy.querySelectorAll("circle")];
    expect([dot?.getAttribute("fill"), dot?.getAttribute("stroke"), dot?.getAttribute("stroke-width")]).toEqual([
      "rgb(166, 25, 122)",
      "rgb(166, 25, 122)",
      "2.5px",
    ]);
    expect(gone?.getAttribute("display")).toBe("none");
    expect(copy.querySelector("[class]")).toBeNull();
    // The page's own chart is left as it was.
    expect(svg.getAttribute("width")).toBeNull();
    expect(svg.querySelector("circle")?.getAttribute("class")).toBe("dot clear");
    root.remove();
  });
});

describe("svgFiguresToPng", () => {
  function card() {
    const root = document.createElement("section");
    root.style.backgroundColor = "rgb(38, 43, 48)";
    root.innerHTML = FOREST;
    document.body.append(root);
    const [first, second] = [...root.querySelectorAll("svg")];
    place(first!, 0, 0, 640, 80);
    place(second!, 0, 100, 320, 30);
    const figures = [...root.querySelectorAll("figure")].map((f) => ({
      caption: f.querySelector("figcaption")!.textContent!,
      svg: f.querySelector("svg")!,
    }));
    return { root, figures };
  }

  it("stacks the figures under the title and summary, on the card's colour, at twice the pixels or more", async () => {
    const drawn = recordingCanvas();
    const sources = instantImages();
    const { root, figures } = card();
    const url = await svgFiguresToPng(root, { title: "Massage effect", summary: "Stress lower.", figures, notes: ["Filled dot: clear."] });
    expect(url).toBe("data:image/png;base64,AAAA");
    // Width: the widest figure and 16 px each side; each SVG is drawn from a copy at 2× its size.
    expect(drawn[0]).toMatch(/^rect rgb\(38, 43, 48\) 0,0 672x\d+$/);
    expect(sources).toHaveLength(2);
    expect(svgOf(sources[0]!).documentElement.getAttribute("width")).toBe("1280");
    expect(svgOf(sources[1]!).documentElement.getAttribute("height")).toBe("60");
    const texts = drawn.filter((d) => d.startsWith("text")).map((d) => /"(.*)"/.exec(d)?.[1]);
    expect(texts).toEqual(["Massage effect", "Stress lower.", "After vs usual", "After vs before", "Filled dot: clear."]);
    const images = drawn.filter((d) => d.startsWith("image"));
    expect(images).toHaveLength(2);
    const [, firstTop, firstSize] = images[0]!.split(" ").slice(1);
    const [, secondTop, secondSize] = images[1]!.split(" ").slice(1);
    expect([firstSize, secondSize]).toEqual(["640x80", "320x30"]);
    expect(Number(secondTop!.split(",")[1])).toBeGreaterThan(Number(firstTop!.split(",")[1]) + 80);
    root.remove();
  });

  it("gives nothing when no figure is on screen, and fails when a figure cannot be drawn", async () => {
    recordingCanvas();
    const { root, figures } = card();
    instantImages(true);
    await expect(svgFiguresToPng(root, { title: "t", summary: "", figures })).rejects.toThrow("could not be drawn");
    for (const { svg } of figures) place(svg, 0, 0, 0, 0);
    await expect(svgFiguresToPng(root, { title: "t", summary: "", figures })).resolves.toBeNull();
    root.remove();
  });
});
