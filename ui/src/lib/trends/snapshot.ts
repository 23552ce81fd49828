import { t } from "../i18n/i18n.svelte";
import { chartColours } from "./theme";

/**
 * A picture of a chart drawn with HTML boxes (the Year in colour heat map): every element under
 * `root` that has a background colour is painted as its rectangle, and every element whose own
 * text is shown is written at its place, onto a canvas at the screen's pixel ratio (elements inside
 * `data-snapshot-skip` are left out). Returns a PNG
 * data URL, or null where there is no canvas (or nothing to draw).
 */
export function boxesToPng(root: HTMLElement, background: string): string | null {
  const area = root.getBoundingClientRect();
  if (area.width === 0 || area.height === 0) return null;
  const scale = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(area.width * scale);
  canvas.height = Math.ceil(area.height * scale);
  const context = canvas.getContext("2d");
  if (!context) return null;
  context.scale(scale, scale);
  context.fillStyle = background;
  context.fillRect(0, 0, area.width, area.height);
  for (const element of root.querySelectorAll<HTMLElement>("*")) {
    if (element.closest("[data-snapshot-skip]")) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(element);
    if (style.visibility === "hidden" || style.display === "none") continue;
    const [x, y] = [box.left - area.left, box.top - area.top];
    if (isPainted(style.backgroundColor)) {
      context.fillStyle = style.backgroundColor;
      context.fillRect(x, y, box.width, box.height);
    }
    const text = ownText(element);
    if (text) {
      context.fillStyle = style.color;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      context.textBaseline = "middle";
      const lines = wrap(context, text, box.width);
      const lineHeight = box.height / lines.length;
      lines.forEach((line, i) => context.fillText(line, x, y + lineHeight * (i + 0.5)));
    }
  }
  return canvas.toDataURL("image/png");
}

/** One SVG chart of a picture, under its caption. */
export interface SvgFigure {
  caption: string;
  svg: SVGSVGElement;
}

/** What a picture of SVG charts shows, top to bottom. */
export interface SvgPicture {
  title: string;
  /** One line (wrapped when long) under the title, in the muted colour. */
  summary: string;
  figures: SvgFigure[];
  /** Lines under the figures (how to read them), in the muted colour. */
  notes?: string[];
}

/** The computed styles copied onto each element of an SVG, so its copy needs no style sheet. */
const PRESENTATION = ["fill", "stroke", "stroke-width", "font-size", "font-family", "font-weight", "text-anchor", "opacity"];

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * `svg` as a stand-alone SVG document `width` × `height` wide: a copy whose every element carries
 * its colours, strokes and fonts as computed on screen right now (the light or dark theme's CSS
 * variables resolved) as presentation attributes, without classes.
 */
export function standaloneSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    for (const name of PRESENTATION) {
      const value = style.getPropertyValue(name).trim();
      if (value) target.setAttribute(name, value);
    }
    if (style.display === "none") target.setAttribute("display", "none");
    target.removeAttribute("class");
  });
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const xml = new XMLSerializer().serializeToString(copy);
  return xml.includes(`xmlns="${SVG_NS}"`) ? xml : xml.replace("<svg", `<svg xmlns="${SVG_NS}"`);
}

/** The image of an SVG document, once loaded. */
function loadSvg(xml: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(t("trends-export-not-drawn")));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  });
}

const PAD = 16;
const FONT = "system-ui, sans-serif";

/**
 * A picture of SVG charts as on screen: on the opaque background of `root` (the card), a title, a
 * summary, each figure under its caption (stacked, as wide as on screen) and notes, at twice the
 * screen's pixels or more. Returns a PNG data URL, or null where there is no canvas or nothing
 * drawn.
 */
export async function svgFiguresToPng(root: Element, picture: SvgPicture): Promise<string | null> {
  const sized = picture.figures
    .map((figure) => ({ ...figure, box: figure.svg.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  if (sized.length === 0) return null;
  const scale = Math.max(2, Math.min(3, window.devicePixelRatio || 1));
  const images = await Promise.all(
    sized.map(({ svg, box }) => loadSvg(standaloneSvg(svg, Math.ceil(box.width * scale), Math.ceil(box.height * scale)))),
  );
  const colours = chartColours(root);
  const background = getComputedStyle(root).backgroundColor;
  const width = Math.ceil(Math.max(...sized.map(({ box }) => box.width)) + 2 * PAD);
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  if (!context) return null;
  // Lines of text wrap to the width; measure them before sizing the canvas.
  const small = `${12}px ${FONT}`;
  context.font = small;
  const summary = picture.summary ? wrap(context, picture.summary, width - 2 * PAD) : [];
  const notes = (picture.notes ?? []).flatMap((note) => wrap(context, note, width - 2 * PAD));
  const height = Math.ceil(
    PAD + 22 + summary.length * 17 + sized.reduce((sum, { box }) => sum + 28 + box.height, 0) + 8 + notes.length * 17 + PAD,
  );
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  context.scale(scale, scale);
  context.fillStyle = isPainted(background) ? background : colours.surface;
  context.fillRect(0, 0, width, height);
  context.textBaseline = "alphabetic";
  let y = PAD + 16;
  context.fillStyle = colours.text;
  context.font = `600 ${16}px ${FONT}`;
  context.fillText(picture.title, PAD, y);
  context.fillStyle = colours.muted;
  context.font = small;
  for (const line of summary) {
    y += 17;
    context.fillText(line, PAD, y);
  }
  y += 6;
  sized.forEach(({ caption, box }, i) => {
    context.fillStyle = colours.text;
    context.font = `600 ${13}px ${FONT}`;
    context.fillText(caption, PAD, y + 20);
    y += 28;
    const image = images[i];
    if (image) context.drawImage(image, PAD, y, box.width, box.height);
    y += box.height;
  });
  y += 8;
  context.fillStyle = colours.muted;
  context.font = small;
  for (const line of notes) {
    y += 17;
    context.fillText(line, PAD, y - 4);
  }
  return canvas.toDataURL("image/png");
}

/** `text` in lines no wider than `width` (as the page wrapped it), at word breaks. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  if (!context.measureText || context.measureText(text).width <= width + 1) return [text];
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width + 1) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A colour that is not fully transparent. */
function isPainted(colour: string): boolean {
  return colour !== "" && colour !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(colour);
}

/** The text of the element's own text nodes (not its children's). */
function ownText(element: HTMLElement): string {
  let text = "";
  for (const node of element.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? "";
  }
  return text.trim();
}
