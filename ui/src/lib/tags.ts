/**
 * The rules for a day's tags, mirrored from the back end so mistakes show while typing:
 * names are trimmed, 1–40 characters, compared case-insensitively, at most 20 per day.
 */
import { t } from "./i18n/i18n.svelte";

export const TAG_MAX_CHARS = 40;
export const TAGS_PER_DAY = 20;

/** Code points, as the back end counts them (an emoji is one character). */
function charCount(text: string): number {
  return Array.from(text).length;
}

export type TagResult = { ok: true; tags: string[] } | { ok: false; error: string };

/** Collapses inner runs of spaces too, so "deep  work" and "deep work" are one tag. */
export function normaliseTag(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

export function sameTag(a: string, b: string): boolean {
  return normaliseTag(a).toLocaleLowerCase() === normaliseTag(b).toLocaleLowerCase();
}

/** Adds `raw` to `tags`, or says why it cannot be added. `tags` itself is never changed. */
export function addTag(tags: readonly string[], raw: string): TagResult {
  const name = normaliseTag(raw);
  if (name === "") return { ok: false, error: t("today-error-tag-empty") };
  if (charCount(name) > TAG_MAX_CHARS) {
    return { ok: false, error: t("today-error-tag-too-long", { max: TAG_MAX_CHARS }) };
  }
  if (tags.some((tag) => sameTag(tag, name))) {
    return { ok: false, error: t("today-error-tag-duplicate", { name }) };
  }
  if (tags.length >= TAGS_PER_DAY) {
    return { ok: false, error: t("today-error-too-many-tags", { max: TAGS_PER_DAY }) };
  }
  return { ok: true, tags: [...tags, name] };
}

export function removeTag(tags: readonly string[], name: string): string[] {
  return tags.filter((tag) => !sameTag(tag, name));
}

/**
 * The tags to offer: known names not yet on the day, those starting with what was typed first,
 * then the most used. An existing tag's spelling wins over the typed one.
 */
export function suggestTags(
  known: readonly { name: string; uses: number }[],
  chosen: readonly string[],
  typed: string,
  limit = 6,
): string[] {
  const needle = normaliseTag(typed).toLocaleLowerCase();
  return known
    .filter((tag) => !chosen.some((name) => sameTag(name, tag.name)))
    .filter((tag) => tag.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => {
      const aStarts = Number(a.name.toLocaleLowerCase().startsWith(needle));
      const bStarts = Number(b.name.toLocaleLowerCase().startsWith(needle));
      return bStarts - aStarts || b.uses - a.uses || a.name.localeCompare(b.name);
    })
    .slice(0, limit)
    .map((tag) => tag.name);
}

/** The stored spelling of a known tag equal to `typed`, so "Work" reuses "work". */
export function canonicalTag(known: readonly { name: string }[], typed: string): string {
  return known.find((tag) => sameTag(tag.name, typed))?.name ?? normaliseTag(typed);
}
