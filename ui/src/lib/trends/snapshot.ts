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
