/**
 * The pseudo-language, for tests only: every letter of an English message accented, each piece
 * about 35% longer and between markers, so a screen shown in it tells at a glance (and to a
 * test) which words did not come from the catalogue and which boxes are too small for a longer
 * language. Variables (the person's own words and numbers) are left as they are.
 */

const ACCENTED: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ŧ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Å", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ŧ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** Opens and closes each pseudo-translated piece of text. */
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

/** "Check in" → "⟦Çĥéçķ îñ·~·⟧": accented, ~35% longer, marked. Whitespace-only text is kept. */
export function pseudoText(text: string): string {
  if (text.trim() === "") return text;
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const trail = /\s*$/.exec(text)?.[0] ?? "";
  const core = text.slice(lead.length, text.length - trail.length);
  const accented = core.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
  const extra = Math.ceil((core.length * 35) / 100);
  const padding = "·~".repeat(Math.ceil(extra / 2)).slice(0, extra);
  return `${lead}${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}${trail}`;
}

/** True when `text` has a run of two plain ASCII letters: words no message put there. */
export function hasPlainWords(text: string): boolean {
  return /[A-Za-z]{2}/.test(text);
}
