/**
 * The back end marks matched words in a search snippet with two private-use characters,
 * U+E000 (start) and U+E001 (end), instead of HTML, so notes can never inject markup. The UI
 * splits on them and renders the marked parts in <mark> elements as plain text.
 *
 * Catalogue sentences that hold the person's own words are split the same way (`messageParts`),
 * so those words can be shown apart, with `translate="no"`.
 */
import { t, type MessageArgs } from "./i18n/i18n.svelte";

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a snippet into plain and marked parts. Empty parts are dropped and neighbours of the
 * same kind are merged; an unbalanced marker (e.g. cut off by the snippet's edge) is tolerated.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = "";
  const flush = () => {
    if (text === "") return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
    text = "";
  };
  for (const char of snippet) {
    if (char === MARK_START || char === MARK_END) {
      flush();
      marked = char === MARK_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

/** The first non-empty line of a note, for list rows. */
export function firstLine(notes: string): string {
  return (
    notes
      .split(/\r?\n/)
      .map((line) => line.trim())
      .find((line) => line !== "") ?? ""
  );
}

/** A piece of a message: catalogue words, or a variable holding the person's own words. */
export interface MessagePart {
  text: string;
  /** True for the person's own words (notes, tags, names), shown with `translate="no"`. */
  data: boolean;
}

const DATA_OPEN = "\uE010";
const DATA_CLOSE = "\uE011";

/**
 * The message `id` in the active language, split so that the variables named in `dataKeys`
 * (the person's own words) come out as parts of their own, e.g. for `<span translate="no">`.
 * Each data variable goes in as a private-use placeholder, which the language's own word
 * order then carries to its place in the sentence.
 */
export function messageParts(id: string, args: MessageArgs, dataKeys: readonly string[]): MessagePart[] {
  const marked: MessageArgs = { ...args };
  dataKeys.forEach((key, index) => {
    marked[key] = `${DATA_OPEN}${index}${DATA_CLOSE}`;
  });
  const pieces = t(id, marked).split(new RegExp(`${DATA_OPEN}(\\d+)${DATA_CLOSE}`));
  const parts: MessagePart[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece !== "") parts.push({ text: piece, data: false });
    } else {
      const value = args[dataKeys[Number(piece)] ?? ""];
      parts.push({ text: value == null ? "" : String(value), data: true });
    }
  });
  return parts;
}

/** The parts of a message as one plain string. */
export function joinParts(parts: readonly MessagePart[]): string {
  return parts.map((part) => part.text).join("");
}
