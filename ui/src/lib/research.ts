/**
 * The "What the research says" card: the six claims the product starts from, each with our own
 * summary of the research and its citation (from ../shared/reference/evidence.md). A summary is
 * never stronger than the evidence; where the evidence is thin, the card says so.
 *
 * The words live in the catalogue (`locales/<language>/research.ftl`); each field reads its
 * message when it is read, so the card shows the active language and follows a change of it.
 */
import { t } from "./i18n/i18n.svelte";

export interface ResearchClaim {
  /** A stable key for lists and tests. */
  readonly key: string;
  /** The claim as the article makes it. */
  readonly claim: string;
  /** Our summary of what studies found, in our own words. */
  readonly summary: string;
  /** How firm the evidence is, in a few words. */
  readonly strength: string;
  /** Who found it, as the evidence table cites it. */
  readonly citation: string;
  /** What the journal lets the person check for themselves. */
  readonly yourData: string;
}

/** A claim whose words are the messages `research-<id>-…`. */
function claim(key: string, id: string): ResearchClaim {
  return {
    key,
    get claim() {
      return t(`research-${id}-claim`);
    },
    get summary() {
      return t(`research-${id}-summary`);
    },
    get strength() {
      return t(`research-${id}-strength`);
    },
    get citation() {
      return t(`research-${id}-citation`);
    },
    get yourData() {
      return t(`research-${id}-your-data`);
    },
  };
}

export const RESEARCH_CLAIMS: readonly ResearchClaim[] = [
  claim("stress", "stress"),
  claim("sleep", "sleep"),
  claim("pain", "pain"),
  claim("mood", "mood"),
  claim("awareness", "awareness"),
  claim("selfEsteem", "self-esteem"),
];

/** About the scales, shown under the claims. */
export function scalesNote(): string {
  return t("research-scales-note");
}

/** The product's stance, shown wherever insights are shown. */
export function stance(): string {
  return t("research-stance");
}
