/**
 * The person's language. One Fluent catalogue for the whole app (`locales/<language>/*.ftl`,
 * read by the Rust side too); this module holds the active language's bundle and puts messages
 * into words. Only the active language is loaded: each language's files are a chunk of their own,
 * fetched when it is chosen. Screens call `t("message-id", { variables })` in their markup (or in
 * a `$derived`), so a change of language re-renders every text at once.
 *
 * Dates, numbers, money and percentages go through the `format…` functions below, which use the
 * active language's conventions (`Intl`) — never `toLocaleString` with the system's.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import languageList from "../../../../locales/languages.json";
import catalogue from "virtual:locales";
import { pseudoText } from "./pseudo";

export interface Language {
  /** Its catalogue folder and BCP 47 language subtag, e.g. "de". */
  code: string;
  /** Its own name for itself, e.g. "Deutsch". */
  name: string;
}

/** The languages the person can choose (locales/languages.json: one line per language). */
export const LANGUAGES: readonly Language[] = languageList;

/** The pseudo-language: English, accented and longer (tests only; see ./pseudo.ts). */
export const PSEUDO = "pseudo";

/** The language everything falls back to, and the one whose messages are the reference. */
export const SOURCE_LANGUAGE = "en";

export type MessageArgs = Record<string, FluentVariable | null | undefined>;

/** The loaders of a language's messages: the first screen's, and the rest (see the catalogue
 *  plugin in vite.config.ts). */
function messagesOf(code: string) {
  const load = catalogue[code];
  if (!load) throw new Error(`No messages for the language "${code}".`);
  return load;
}

/** Whether `code` has a catalogue here (a chosen language, or the pseudo-language). */
export function isKnownLanguage(code: string): boolean {
  return code === PSEUDO || LANGUAGES.some((language) => language.code === code);
}

/** The base language of a BCP 47 or POSIX tag: "de-AT" / "de_AT.UTF-8" → "de". */
export function baseLanguage(tag: string): string {
  return tag.split(/[-_.@]/)[0]?.toLowerCase() ?? "";
}

/**
 * The language to show for a setting ("system" or a code) and the system's locale: the chosen
 * language, or for "system" the system's when it is one we have, else English.
 */
export function resolveLanguage(choice: string, systemLocale: string): string {
  if (choice !== "system" && isKnownLanguage(choice)) return choice;
  const system = baseLanguage(systemLocale);
  return LANGUAGES.some((language) => language.code === system) ? system : SOURCE_LANGUAGE;
}

/** The locale `Intl` formats with: the system's own variant when it is the same language
 *  ("de-AT" for German on an Austrian system), otherwise the language itself. */
export function formattingLocale(language: string, systemLocale: string): string {
  if (language === PSEUDO) return "en-GB";
  const tag = systemLocale.replace(/\..*$/, "").replace("_", "-");
  if (baseLanguage(tag) === language) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? language;
    } catch {
      return language;
    }
  }
  return language;
}

class ActiveLanguage {
  /** The bundle every `t()` reads; replacing it re-renders every text. */
  bundle = $state.raw<FluentBundle | null>(null);
  /** The language shown: a code of LANGUAGES or PSEUDO. */
  language = $state(SOURCE_LANGUAGE);
  /** The locale dates and numbers are formatted in. */
  locale = $state("en-GB");
  /** Counts the messages added to the bundle after it was shown (the rest of the catalogue). */
  version = $state(0);
}

/** The active language (read-only outside this module). */
export const active = new ActiveLanguage();

/** A language's bundle, and when the rest of its messages (after the first screen's) are in it. */
interface Loaded {
  bundle: FluentBundle;
  whole: Promise<void>;
}

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache of bundles, not state
const cache = new Map<string, Promise<Loaded>>();

function addMessages(bundle: FluentBundle, source: string, text: string): void {
  const errors = bundle.addResource(new FluentResource(text));
  for (const error of errors) console.warn(`Catalogue ${source}: ${error.message}`);
}

async function buildBundle(language: string, locale: string): Promise<Loaded> {
  const source = language === PSEUDO ? SOURCE_LANGUAGE : language;
  const load = messagesOf(source);
  const rest = load.rest();
  const bundle = new FluentBundle([locale, source], {
    // Left-to-right languages only: isolation marks around variables would only get in the way
    // of copying text and of tests.
    useIsolating: false,
    transform: language === PSEUDO ? pseudoText : (text: string) => text,
  });
  addMessages(bundle, source, (await load.start()).default);
  const whole = rest.then(({ default: text }) => {
    addMessages(bundle, source, text);
    // Texts shown before the rest arrived are looked up again.
    if (active.bundle === bundle) active.version += 1;
  });
  return { bundle, whole };
}

/**
 * Shows the app in `choice` ("system", a language code, or PSEUDO), the system's locale being
 * `systemLocale` (from the back end: WebKit's own `navigator.language` is not the person's).
 * Resolves once every text can be shown in it — or, with `firstScreen`, once the first screen's
 * can (the start of the app: the rest follows at once, and what shows re-renders).
 */
export async function useLanguage(
  choice: string,
  systemLocale: string,
  { firstScreen = false }: { firstScreen?: boolean } = {},
): Promise<string> {
  const language = resolveLanguage(choice, systemLocale);
  const locale = formattingLocale(language, systemLocale);
  const key = `${language}|${locale}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = buildBundle(language, locale);
    cache.set(key, pending);
    pending.then(({ whole }) => whole).catch(() => cache.delete(key));
  }
  const loaded = await pending;
  if (!firstScreen) await loaded.whole;
  active.language = language;
  active.locale = locale;
  active.bundle = loaded.bundle;
  if (typeof document !== "undefined") document.documentElement.lang = language === PSEUDO ? "en" : locale;
  return language;
}

// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a log of what was reported, not state
const reported = new Set<string>();

/**
 * The message `id` in the active language, with its variables. A missing message shows its id
 * (and is reported once on the console), so a gap is visible instead of blank.
 */
export function t(id: string, args?: MessageArgs): string {
  void active.version;
  const bundle = active.bundle;
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) {
    if (!reported.has(id)) {
      reported.add(id);
      console.warn(`No message "${id}" in the catalogue (${active.language}).`);
    }
    return id;
  }
  const errors: Error[] = [];
  const clean = args ? (Object.fromEntries(Object.entries(args).filter(([, v]) => v != null)) as Record<string, FluentVariable>) : undefined;
  const text = bundle.formatPattern(message.value, clean, errors);
  if (errors.length && !reported.has(`${id}!`)) {
    reported.add(`${id}!`);
    console.warn(`Message "${id}": ${errors.map((e) => e.message).join("; ")}`);
  }
  return text;
}

/** Whether the active catalogue has a message `id` (for texts chosen by a code, e.g. errors). */
export function hasMessage(id: string): boolean {
  return active.bundle?.hasMessage(id) ?? false;
}

// Formatters are costly to make and a long list formats thousands of values: one per locale
// and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<F>(cache: Map<string, F>, options: object | undefined, make: () => F): F {
  const key = `${active.locale}|${JSON.stringify(options ?? {})}`;
  let format = cache.get(key);
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

function shown(text: string): string {
  return active.language === PSEUDO ? pseudoText(text) : text;
}

/** A number in the active language: 7.5 → "7,5" in German. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const format = cached(numberFormats, options, () => new Intl.NumberFormat(active.locale, options));
  return shown(format.format(value));
}

/** A share as a percentage: 0.42 → "42 %" in German. */
export function formatPercent(fraction: number, maximumFractionDigits = 0): string {
  return formatNumber(fraction, { style: "percent", maximumFractionDigits });
}

/** An amount of money in cents, in `currency` (ISO 4217). */
export function formatMoney(cents: number, currency: string): string {
  try {
    return formatNumber(cents / 100, { style: "currency", currency });
  } catch {
    return `${formatNumber(cents / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** A moment (or a calendar date held as UTC midnight, with `timeZone: "UTC"`) in the active
 *  language: `{ weekday: "short", day: "numeric", month: "short" }` → "Do., 17. Dez.". */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions): string {
  const format = cached(dateFormats, options, () => new Intl.DateTimeFormat(active.locale, options));
  return shown(format.format(date));
}

/** A journal day ("2026-12-17") in the active language; its calendar date, whatever the zone. */
export function formatDay(isoDay: string, options: Intl.DateTimeFormatOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a value to format, not state
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatDate(date, { ...options, timeZone: "UTC" });
}

/** A list in the active language: ["neck", "back", "feet"] → "neck, back and feet". */
export function formatList(items: string[], type: Intl.ListFormatType = "conjunction"): string {
  return shown(new Intl.ListFormat(active.locale, { style: "long", type }).format(items));
}
