/**
 * The "What the research says" card: the six claims the product starts from, each with our own
 * summary of the research and its citation (from ../shared/reference/evidence.md). A summary is
 * never stronger than the evidence; where the evidence is thin, the card says so.
 */

export interface ResearchClaim {
  /** A stable key for lists and tests. */
  key: string;
  /** The claim as the article makes it. */
  claim: string;
  /** Our summary of what studies found, in our own words. */
  summary: string;
  /** How firm the evidence is, in a few words. */
  strength: string;
  /** Who found it, as the evidence table cites it. */
  citation: string;
  /** What the journal lets the person check for themselves. */
  yourData: string;
}

export const RESEARCH_CLAIMS: readonly ResearchClaim[] = [
  {
    key: "stress",
    claim: "Regular massage lowers stress hormones such as cortisol",
    summary:
      "Across 37 studies, a single massage was followed by less anxiety in the moment and by lower blood pressure and heart rate. The effect on cortisol itself was small and often could not be told apart from no effect, so large cortisol drops are not a settled finding.",
    strength: "Found across many studies for anxiety in the moment; small or unclear for cortisol.",
    citation:
      "Moyer, Rounds & Hannum 2004, Psychological Bulletin (meta-analysis of 37 studies); Moyer et al. 2011, Journal of Bodywork & Movement Therapies.",
    yourData: "Stress each day, and stress right before and after a session.",
  },
  {
    key: "sleep",
    claim: "Massage improves sleep quality",
    summary:
      "Reviews of massage and tuina for insomnia report better sleep-quality scores than in comparison groups (about 2 points better on the PSQI questionnaire). The studies vary a lot in quality, so how sure we can be is limited. Separately, adults are advised to sleep 7–9 hours, which is where the index gives sleep duration full marks.",
    strength: "Moderate, with low certainty.",
    citation: "Meta-analyses of massage and tuina for insomnia; sleep-medicine consensus on 7–9 hours for adults.",
    yourData: "Sleep hours and sleep quality 0–10.",
  },
  {
    key: "pain",
    claim: "Massage relieves pain and muscle tension",
    summary:
      "Compared with no treatment, massage reduced pain by a large amount in a review of trials; compared with other active treatments its advantage was small. On a 0–10 pain scale, a drop of 2 points or 30% is about the size people notice as meaningful.",
    strength: "Large against no treatment; small against other treatments.",
    citation: "Crawford et al. 2016, Pain Medicine (SMD about −1.1 versus no treatment); Farrar et al. 2001 (meaningful change on a 0–10 scale).",
    yourData: "Pain 0–10 and where it hurts.",
  },
  {
    key: "mood",
    claim: "Endorphins from massage reduce anxiety and depression",
    summary:
      "A course of sessions is associated with less lasting anxiety and fewer depressive symptoms; a meta-analysis of 17 trials found a moderate-to-large effect on depressive symptoms. Whether endorphins are the reason has not been shown, so the link is an association, not an explained cause.",
    strength: "Found in trials of repeated sessions; the endorphin explanation is not established.",
    citation: "Moyer, Rounds & Hannum 2004, Psychological Bulletin; Hou et al. 2010, Journal of Clinical Psychiatry (17 trials, SMD 0.73).",
    yourData: "Mood and anxiety 0–10, if you switch them on in Settings.",
  },
  {
    key: "awareness",
    claim: "Massage strengthens the mind–body connection and helps you notice stress early",
    summary:
      "Research on interoception links noticing your body's signals with handling emotions, but trials that test massage for this directly are few. The journal's part is modest: it notices a run of high-stress days and suggests care early.",
    strength: "Indirect only; direct trial evidence for massage is limited.",
    citation: "Interoceptive-awareness research in general; no direct massage trial to cite.",
    yourData: "Body awareness 0–10, if you switch it on, and stress over time.",
  },
  {
    key: "selfEsteem",
    claim: "Massage nurtures self-care and self-esteem",
    summary:
      "There is little direct trial evidence either way. Treat it as your own experience to observe: your self-esteem ratings will show whether anything changes for you.",
    strength: "Little direct evidence.",
    citation: "Little direct trial evidence; none to cite.",
    yourData: "Self-esteem 0–10.",
  },
];

/** About the scales, shown under the claims. */
export const SCALES_NOTE =
  "The journal's 0–10 questions are its own wording. 0–10 scales are standard for pain (NRS-11) and work well for single questions about stress and sleep quality; a sleep-quality rating of 7–9 counts as good (Snyder et al. 2018). Validated questionnaires such as the Brief Resilience Scale, PSS, PSQI, PHQ and GAD have fixed wording and licences, so the journal does not copy them.";

/** The product's stance, shown wherever insights are shown. */
export const STANCE =
  "Resilience Journal describes associations in one person's data — yours. It is not a diagnosis and not medical advice. A low mood or high pain that keeps going deserves a conversation with a professional.";
