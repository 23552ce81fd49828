/**
 * The back end marks matched words in a search snippet with two private-use characters,
 * U+E000 (start) and U+E001 (end), instead of HTML, so notes can never inject markup. The UI
 * splits on them and renders the marked parts in <mark> elements as plain text.
 */
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
