"""link-hole: an article straight before a word that cannot follow one (a preposition, the
complementizer, a document's participle before a day or its agent, a verb of reporting after
`Wie`/`Zoals`), an indefinite article or an elided one before punctuation, the noun after it a
dropped link; and the counting, shares, idioms, pronouns and whole phrases before a spaced stop
(`for the win .`, a spacing slip) that look the same.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import rules


HOLES = [
    ("en", "The mayor said in a that the budget would be cut next year."),
    ("en", "The coach told the after the match that he would stay."),
    ("en", "Her adviser spoke in a to the board that the plan was sound."),
    ("en", "Officials wrote to the about the closure on Tuesday."),
    ("fr", "Le maire a annoncé dans un que la piscine fermera en juin."),
    ("fr", "Dans un publié mardi, l'association dénonce la hausse des loyers."),
    ("fr", "La ministre a déclaré à la que le texte serait amendé."),
    ("es", "La alcaldesa explicó en un que el plan costará diez millones."),
    ("es", "En un difundido ayer, la patronal pide más ayudas."),
    ("fr", "Le projet, porté par et le conseil régional, avance."),
    ("es", "El consejero habló con el sobre la sequía del verano."),
    ("it", "Il sindaco ha spiegato in una a margine della seduta che i lavori partono."),
    ("it", "In un diffuso ieri, il sindacato chiede nuove assunzioni."),
    ("it", "L'assessore ha parlato con il durante la conferenza stampa."),
    ("pt", "O ministro disse num que o plano avança."),
    ("pt", "A autarca falou com o sobre a obra na terça-feira."),
    ("de", "Wie die meldete, will der Konzern 200 Stellen streichen."),
    ("de", "Wie der berichtet, fehlen an drei Schulen Lehrer."),
    ("nl", "Zoals de meldde, stopt de fabriek in juni met de productie."),
    ("it", "Secondo le stime diffuse dall' , il raccolto è calato di un terzo."),
    ("it", "I dati arrivano dall' . Il Comune non ha commentato."),
    ("fr", "D'après le rapport de l' , la hausse est nette."),
    ("en", "The plan was first reported by a . The council declined to comment."),
    ("es", "Según una , el paro bajó en marzo."),
    ("it", "Secondo una , i prezzi sono saliti del tre per cento."),
    ("pt", "Segundo uma , os preços subiram em março."),
    ("fr", "Selon une , la hausse atteint 8 %."),
    ("es", "La cifra es provisional, según adelantó . El ministerio calla."),
]

LOOK_ALIKES = [
    ("en", "The results from a to z were good."),
    ("en", "He showed the before and after photos to the panel."),
    ("en", "It was the first time that a to-do list was published."),
    ("fr", "Ils sont entrés un par un dans la salle."),
    ("fr", "Ils ont vérifié les dossiers un à un dans la nuit."),
    ("fr", "Un habitant sur deux a voté, un sur trois a voté non."),
    ("fr", "Dans un élu local, on cherche de la franchise."),
    ("es", "El paro subió un por ciento en marzo."),
    ("es", "No entiendo el para qué de esta medida."),
    ("es", "Es un reconocido experto en incendios forestales."),
    ("es", "Trabajó en un renovado edificio del centro."),
    ("it", "Il che significa che i lavori slittano ancora."),
    ("it", "Gli studenti sono entrati uno a uno nell'aula."),
    ("it", "C'è stato un che di strano nella sua risposta."),
    ("it", "Ne hanno data una a testa ai bambini."),
    ("it", "Ha chiesto un a capo dopo il titolo e un a tu per tu con il sindaco."),
    ("it", "Il comitato deciderà il da farsi dopo un su e giù di proposte."),
    ("it", "Il tasso è salito di un per cento; ha parlato con un senza fissa dimora."),
    ("es", "El albergue acoge a los sin techo y a un sin número de voluntarios."),
    ("fr", "Le collectif défend les sans papiers du quartier."),
    ("pt", "Um em cada três eleitores não votou."),
    ("pt", "A inflação subiu um por cento em março."),
    ("pt", "Entraram um por um na sala."),
    ("nl", "Het werd een aan de rivier gelegen huis."),
    ("de", "Wie das geht, zeigt eine neue Studie der Hochschule."),
    ("de", "Wie das klappte, blieb bis zuletzt offen."),
    ("de", "Wie die Zeitung berichtete, fehlen Lehrer."),
    ("it", "Ha scritto 'nell' e basta, senza altro."),
    ("it", "Li hanno controllati uno per uno , poi sono partiti."),
    ("fr", "Ils sont sortis un par un , sans un mot."),
    ("es", "Entraron uno a uno , en silencio."),
    ("en", "The sprinters will fight for the win . The race ends on Tuesday."),
    ("fr", "Les coureurs se battront pour la victoire . La course finit mardi."),
    ("fr", "La commission a pesé le pour et le contre avant de rendre son avis."),
]


@pytest.mark.parametrize("language, sentence", HOLES)
def test_an_article_before_a_word_that_cannot_follow_it_is_a_hole(language: str, sentence: str) -> None:
    assert "link-hole" in rules(sentence, language)


@pytest.mark.parametrize("language, sentence", LOOK_ALIKES)
def test_counting_shares_and_idioms_are_no_holes(language: str, sentence: str) -> None:
    assert "link-hole" not in rules(sentence, language)
