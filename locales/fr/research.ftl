### La carte « Ce que dit la recherche » de l'écran « Analyses » : les six idées dont part le
### produit, notre propre résumé de la recherche, sa solidité, la référence et ce que le journal
### vous permet de vérifier. Un résumé n'est jamais plus fort que les preuves.

research-title = Ce que dit la recherche
research-lead = Les idées dont part ce journal, et la solidité des preuves pour chacune. Les études décrivent des groupes de personnes ; vos propres données peuvent être différentes.
research-evidence = Preuves
research-source = Source
research-your-data = Dans votre journal

research-stress-claim = Un massage régulier fait baisser les hormones du stress comme le cortisol
research-stress-summary = Sur 37 études, un seul massage a été suivi d'une anxiété moindre sur le moment, ainsi que d'une tension artérielle et d'un pouls plus bas. L'effet sur le cortisol lui-même était faible et souvent impossible à distinguer d'une absence d'effet : de fortes baisses du cortisol ne sont donc pas un résultat établi.
research-stress-strength = Observé dans de nombreuses études pour l'anxiété sur le moment ; faible ou incertain pour le cortisol.
research-stress-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin (méta-analyse de 37 études) ; Moyer et al. 2011, Journal of Bodywork & Movement Therapies.
research-stress-your-data = Le stress de chaque jour, et le stress juste avant et juste après une séance.

research-sleep-claim = Le massage améliore la qualité du sommeil
research-sleep-summary = Des synthèses sur le massage et le tuina contre l'insomnie rapportent de meilleurs scores de qualité du sommeil que dans les groupes de comparaison (environ 2 points de mieux au questionnaire PSQI). La qualité des études varie beaucoup, la certitude reste donc limitée. Par ailleurs, il est conseillé aux adultes de dormir 7 à 9 heures, la plage où l'indice donne la note maximale à la durée du sommeil.
research-sleep-strength = Modérée, avec une faible certitude.
research-sleep-citation = Méta-analyses sur le massage et le tuina contre l'insomnie ; consensus de la médecine du sommeil sur 7 à 9 heures pour les adultes.
research-sleep-your-data = Heures de sommeil et qualité du sommeil de 0 à 10.

research-pain-claim = Le massage soulage la douleur et les tensions musculaires
research-pain-summary = Par rapport à l'absence de traitement, le massage a nettement réduit la douleur dans une synthèse d'essais ; par rapport à d'autres traitements actifs, son avantage était faible. Sur une échelle de douleur de 0 à 10, une baisse de 2 points ou de 30 % correspond à peu près à ce que l'on ressent comme notable.
research-pain-strength = Important face à l'absence de traitement ; faible face aux autres traitements.
research-pain-citation = Crawford et al. 2016, Pain Medicine (DMS d'environ −1,1 face à l'absence de traitement) ; Farrar et al. 2001 (changement notable sur une échelle de 0 à 10).
research-pain-your-data = La douleur de 0 à 10 et l'endroit où elle se situe.

research-mood-claim = Les endorphines du massage réduisent l'anxiété et la dépression
research-mood-summary = Une série de séances est associée à une anxiété durable moindre et à moins de symptômes dépressifs ; une méta-analyse de 17 essais a trouvé un effet modéré à important sur les symptômes dépressifs. Rien ne montre que les endorphines en soient la raison : le lien est une association, pas une cause expliquée.
research-mood-strength = Observé dans des essais à séances répétées ; l'explication par les endorphines n'est pas établie.
research-mood-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin ; Hou et al. 2010, Journal of Clinical Psychiatry (17 essais, DMS 0,73).
research-mood-your-data = L'humeur et l'anxiété de 0 à 10, si vous les activez dans les Réglages.

research-awareness-claim = Le massage renforce le lien entre le corps et l'esprit et aide à repérer le stress tôt
research-awareness-summary = La recherche sur l'intéroception relie le fait de percevoir les signaux de son corps à la gestion des émotions, mais peu d'essais l'ont testé directement avec le massage. Le rôle du journal est modeste : il repère une série de journées très stressantes et vous invite tôt à prendre soin de vous.
research-awareness-strength = Indirectes seulement ; les preuves directes d'essais sur le massage sont limitées.
research-awareness-citation = Recherche sur la conscience intéroceptive en général ; aucun essai direct sur le massage à citer.
research-awareness-your-data = La conscience corporelle de 0 à 10, si vous l'activez, et le stress au fil du temps.

research-self-esteem-claim = Le massage favorise le soin de soi et l'estime de soi
research-self-esteem-summary = Il y a peu de preuves directes issues d'essais, dans un sens comme dans l'autre. Voyez-le comme votre propre expérience à observer : vos notes d'estime de soi montreront si quelque chose change pour vous.
research-self-esteem-strength = Peu de preuves directes.
research-self-esteem-citation = Peu de preuves directes issues d'essais ; rien à citer.
research-self-esteem-your-data = L'estime de soi de 0 à 10.

research-scales-note = Les questions de 0 à 10 du journal sont formulées par lui. Les échelles de 0 à 10 sont la norme pour la douleur (NRS-11) et conviennent bien aux questions simples sur le stress et la qualité du sommeil ; une qualité de sommeil de 7 à 9 est considérée comme bonne (Snyder et al. 2018). Les questionnaires validés comme la Brief Resilience Scale, le PSS, le PSQI, le PHQ et le GAD ont une formulation fixe et des licences : le journal ne les reprend donc pas.
research-stance = Resilience Journal décrit des associations dans les données d'une seule personne : vous. Ce n'est ni un diagnostic ni un avis médical. Une humeur basse ou une forte douleur qui dure mérite d'en parler avec un professionnel.

# Une idée telle que la carte la cite.
research-claim-quoted = « { $claim } »
