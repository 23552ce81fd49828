### La tarjeta «Qué dice la investigación» de la pantalla «Análisis»: las seis ideas de las que parte
### el producto, nuestro resumen de la investigación, su solidez, la cita y lo que el diario te deja
### comprobar. Un resumen nunca es más fuerte que la evidencia.

research-title = Qué dice la investigación
research-lead = Las ideas de las que parte este diario y lo sólida que es la evidencia de cada una. Los estudios describen grupos de personas; tus propios datos pueden ser distintos.
research-evidence = Evidencia
research-source = Fuente
research-your-data = En tu diario

research-stress-claim = El masaje regular reduce hormonas del estrés como el cortisol
research-stress-summary = En 37 estudios, a un solo masaje le siguieron menos ansiedad en el momento y una presión arterial y un pulso más bajos. El efecto sobre el propio cortisol fue pequeño y a menudo no se distinguía de la ausencia de efecto, así que las grandes bajadas de cortisol no son un resultado establecido.
research-stress-strength = Observado en muchos estudios para la ansiedad del momento; pequeño o poco claro para el cortisol.
research-stress-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin (metaanálisis de 37 estudios); Moyer et al. 2011, Journal of Bodywork & Movement Therapies.
research-stress-your-data = El estrés de cada día, y el estrés justo antes y después de una sesión.

research-sleep-claim = El masaje mejora la calidad del sueño
research-sleep-summary = Las revisiones sobre masaje y tuina para el insomnio muestran mejores puntuaciones de calidad del sueño que en los grupos de comparación (unos 2 puntos mejor en el cuestionario PSQI). La calidad de los estudios varía mucho, así que la certeza es limitada. Aparte, se recomienda a los adultos dormir 7–9 horas, que es donde el índice da la máxima puntuación a la duración del sueño.
research-sleep-strength = Moderada, con poca certeza.
research-sleep-citation = Metaanálisis de masaje y tuina para el insomnio; consenso de medicina del sueño sobre 7–9 horas para adultos.
research-sleep-your-data = Horas de sueño y calidad del sueño de 0 a 10.

research-pain-claim = El masaje alivia el dolor y la tensión muscular
research-pain-summary = Frente a no recibir tratamiento, el masaje redujo mucho el dolor en una revisión de ensayos; frente a otros tratamientos activos, su ventaja fue pequeña. En una escala de dolor de 0 a 10, una bajada de 2 puntos o del 30 % es más o menos lo que la gente nota como significativo.
research-pain-strength = Grande frente a no tratar; pequeña frente a otros tratamientos.
research-pain-citation = Crawford et al. 2016, Pain Medicine (DME de aproximadamente −1,1 frente a no tratar); Farrar et al. 2001 (cambio significativo en una escala de 0 a 10).
research-pain-your-data = Dolor de 0 a 10 y dónde duele.

research-mood-claim = Las endorfinas del masaje reducen la ansiedad y la depresión
research-mood-summary = Una serie de sesiones se asocia con menos ansiedad duradera y menos síntomas depresivos; un metaanálisis de 17 ensayos halló un efecto de moderado a grande sobre los síntomas depresivos. No se ha demostrado que las endorfinas sean la razón, así que el vínculo es una asociación, no una causa explicada.
research-mood-strength = Observado en ensayos con sesiones repetidas; la explicación de las endorfinas no está demostrada.
research-mood-citation = Moyer, Rounds & Hannum 2004, Psychological Bulletin; Hou et al. 2010, Journal of Clinical Psychiatry (17 ensayos, DME 0,73).
research-mood-your-data = Estado de ánimo y ansiedad de 0 a 10, si los activas en Ajustes.

research-awareness-claim = El masaje refuerza la conexión entre mente y cuerpo y ayuda a notar el estrés a tiempo
research-awareness-summary = La investigación sobre la interocepción relaciona notar las señales del cuerpo con gestionar las emociones, pero hay pocos ensayos que lo prueben directamente con masaje. El papel del diario es modesto: detecta una racha de días con mucho estrés y te sugiere cuidarte a tiempo.
research-awareness-strength = Solo indirecta; la evidencia directa de ensayos con masaje es limitada.
research-awareness-citation = Investigación general sobre la conciencia interoceptiva; ningún ensayo directo con masaje que citar.
research-awareness-your-data = Conciencia corporal de 0 a 10, si la activas, y el estrés a lo largo del tiempo.

research-self-esteem-claim = El masaje fomenta el autocuidado y la autoestima
research-self-esteem-summary = Hay poca evidencia directa de ensayos, ni a favor ni en contra. Tómalo como tu propia experiencia para observar: tus valoraciones de autoestima mostrarán si algo cambia para ti.
research-self-esteem-strength = Poca evidencia directa.
research-self-esteem-citation = Poca evidencia directa de ensayos; nada que citar.
research-self-esteem-your-data = Autoestima de 0 a 10.

research-scales-note = Las preguntas de 0 a 10 del diario están redactadas por él mismo. Las escalas de 0 a 10 son habituales para el dolor (NRS-11) y funcionan bien para preguntas sueltas sobre estrés y calidad del sueño; una calidad del sueño de 7 a 9 se considera buena (Snyder et al. 2018). Los cuestionarios validados como la Brief Resilience Scale, PSS, PSQI, PHQ y GAD tienen una redacción fija y licencias, así que el diario no los copia.
research-stance = Resilience Journal describe asociaciones en los datos de una sola persona: tú. No es un diagnóstico ni un consejo médico. Un estado de ánimo bajo o un dolor intenso que no se van merecen una conversación con un profesional.

# Una idea tal como la cita la tarjeta.
research-claim-quoted = «{ $claim }»
