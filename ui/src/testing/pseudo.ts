import { hasPlainWords } from "../lib/i18n/pseudo";

/**
 * In the pseudo-language: the texts and accessible names (aria-label, title, placeholder, abbr)
 * under `root` that hold plain words — words no message put there — leaving out the person's own
 * data (inside `translate="no"`). `data` are the person's words that an accessible name may carry
 * (a tag in "Remove tag …").
 */
export function plainWords(root: Element = document.body, data: string[] = []): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[translate="no"], style, script, datalist')) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      if (hasPlainWords(node.textContent ?? "")) found.push((node.textContent ?? "").trim());
      continue;
    }
    const element = node as Element;
    if (element.closest('[translate="no"]')) continue;
    for (const name of ["aria-label", "title", "placeholder", "abbr"]) {
      const value = element.getAttribute(name);
      const words = data.reduce((text, word) => text.replaceAll(word, ""), value ?? "");
      if (hasPlainWords(words)) found.push(`${name}=${value}`);
    }
  }
  return found;
}
