### The "What the research says" card on the Insights screen: the six claims the product starts
### from, our own summary of the research, how firm it is, its citation, and what the journal lets
### the person check. A summary is never stronger than the evidence.

research-title = What the research says
research-lead = The ideas this journal starts from, and how firm the evidence for each is. Studies describe groups of people; your own data may differ.
research-evidence = Evidence
research-source = Source
research-your-data = In your journal

research-stress-claim = Regular massage lowers stress hormones such as cortisol
research-stress-summary = Across 37 studies, a single massage was followed by less anxiety in the moment and by lower blood pressure and heart rate. The effect on cortisol itself was small and often could not be told apart from no effect, so large cortisol drops are not a settled finding.
research-stress-strength = Found across many studies for anxiety in the moment; small or unclear for cortisol.
research-stress-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin (meta-analysis of 37 studies); Moyer et al. 2011, Journal of Bodywork & Movement Therapies.
research-stress-your-data = Stress each day, and stress right before and after a session.

research-sleep-claim = Massage improves sleep quality
research-sleep-summary = Reviews of massage and tuina for insomnia report better sleep-quality scores than in comparison groups (about 2 points better on the PSQI questionnaire). The studies vary a lot in quality, so how sure we can be is limited. Separately, adults are advised to sleep 7–9 hours, which is where the index gives sleep duration full marks.
research-sleep-strength = Moderate, with low certainty.
research-sleep-citation = Meta-analyses of massage and tuina for insomnia; sleep-medicine consensus on 7–9 hours for adults.
research-sleep-your-data = Sleep hours and sleep quality 0–10.

research-pain-claim = Massage relieves pain and muscle tension
research-pain-summary = Compared with no treatment, massage reduced pain by a large amount in a review of trials; compared with other active treatments its advantage was small. On a 0–10 pain scale, a drop of 2 points or 30% is about the size people notice as meaningful.
research-pain-strength = Large against no treatment; small against other treatments.
research-pain-citation = Crawford et al. 2016, Pain Medicine (SMD about −1.1 versus no treatment); Farrar et al. 2001 (meaningful change on a 0–10 scale).
research-pain-your-data = Pain 0–10 and where it hurts.

research-mood-claim = Endorphins from massage reduce anxiety and depression
research-mood-summary = A course of sessions is associated with less lasting anxiety and fewer depressive symptoms; a meta-analysis of 17 trials found a moderate-to-large effect on depressive symptoms. Whether endorphins are the reason has not been shown, so the link is an association, not an explained cause.
research-mood-strength = Found in trials of repeated sessions; the endorphin explanation is not established.
research-mood-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin; Hou et al. 2010, Journal of Clinical Psychiatry (17 trials, SMD 0.73).
research-mood-your-data = Mood and anxiety 0–10, if you switch them on in Settings.

research-awareness-claim = Massage strengthens the mind–body connection and helps you notice stress early
research-awareness-summary = Research on interoception links noticing your body's signals with handling emotions, but trials that test massage for this directly are few. The journal's part is modest: it notices a run of high-stress days and suggests care early.
research-awareness-strength = Indirect only; direct trial evidence for massage is limited.
research-awareness-citation = Interoceptive-awareness research in general; no direct massage trial to cite.
research-awareness-your-data = Body awareness 0–10, if you switch it on, and stress over time.

research-self-esteem-claim = Massage nurtures self-care and self-esteem
research-self-esteem-summary = There is little direct trial evidence either way. Treat it as your own experience to observe: your self-esteem ratings will show whether anything changes for you.
research-self-esteem-strength = Little direct evidence.
research-self-esteem-citation = Little direct trial evidence; none to cite.
research-self-esteem-your-data = Self-esteem 0–10.

research-scales-note = The journal's 0–10 questions are its own wording. 0–10 scales are standard for pain (NRS-11) and work well for single questions about stress and sleep quality; a sleep-quality rating of 7–9 counts as good (Snyder et al. 2018). Validated questionnaires such as the Brief Resilience Scale, PSS, PSQI, PHQ and GAD have fixed wording and licences, so the journal does not copy them.
research-stance = Resilience Journal describes associations in one person's data — yours. It is not a diagnosis and not medical advice. A low mood or high pain that keeps going deserves a conversation with a professional.

# A claim as quoted on the card.
research-claim-quoted = “{ $claim }”
