"""midsentence-capital: where the evidence comes from. The text's lower-case use of a word counts
only inside a sentence (not at a paragraph's start, itself a slip, nor inside a handle); a noun
before a lower-case adjective opens a name where names capitalise only their first word; a
quantifier describes a noun as a numeral does, and before a mark only such a word or an
indefinite article counts; a surname shaped like a plural is in no word class; and a plural
noun after a plural article is a noun phrase, where the model's weaker evidence counts, and
after the article that opens its sentence a slip when the text writes it in lower case
elsewhere. In German an adjective in `-e` after an indefinite article, before its noun, counts
like the other inflections (`eine Spürbare Entlastung`; not a place's: `eine Deutsche
Bank-Filiale`). Sentences written for this test."""
from __future__ import annotations

import pytest

from linter.engine import lint_text

RULE = "midsentence-capital"


def flagged(text: str, language: str) -> list[str]:
    return [text[d.start:d.end].split()[0] for d in lint_text(text, language=language) if d.rule == RULE]


@pytest.mark.parametrize("language, text, word", [
    ("it", "Dopo la frana sono rimasti nessun Ferito e tre case lesionate.\n\nIl sindaco ha ringraziato i volontari.", "Ferito"),
    ("es", "La obra costó mucho Dinero.\n\nEl alcalde dijo que valió la pena.", "Dinero"),
    ("pt", "O concurso teve poucas Candidaturas este ano.\n\nA câmara vai repetir o concurso.", "Candidaturas"),
    ("fr", "Les Salariés demandent une prime.\n\nSelon la direction, les salariés ont refusé la première offre.", "Salariés"),
    ("it", "Dopo l'alluvione gli Studenti hanno spalato il fango dalle aule.", "Studenti"),
    ("de", "Die Stadt erwartet eine Spürbare Entlastung der Innenstadt.", "Spürbare"),
    ("pt", "Os Professores exigem mais pessoal.\n\nO sindicato diz que os professores dão aulas a turmas de trinta alunos.", "Professores"),
])
def test_described_nouns_and_plurals_after_an_opening_article_are_reported(language, text, word):
    assert flagged(text, language) == [word]


@pytest.mark.parametrize("language, text", [
    ("nl", "De winkelketen Boekhoek sluit dit jaar vier filialen.\n\nboekhoek werd in 1971 opgericht in Zwolle."),
    ("fr", "La start-up Robotix lève deux millions d'euros.\n\n— Claire Morel (@claire_robotix) 3 mars 2025"),
    ("fr", "Une réforme que la Protection civile juge urgente.\n\nLa protection des habitants reste la priorité du maire."),
    ("it", "Il cantiere di via Bertolini e la nuova piscina apriranno in primavera.\n\nI lavori costano due milioni."),
    ("fr", "Les Verts ont voté contre le budget.\n\nLe groupe écologiste dénonce des coupes."),
    ("de", "Vor dem Rathaus eröffnet im Mai eine Deutsche Bank-Filiale mit zwei Schaltern."),
    ("it", "Sul posto i Vigili del fuoco hanno lavorato tutta la notte."),
    ("it", "Le Regioni chiedono più fondi.\n\nIl governo ha promesso una risposta alle regioni entro luglio."),
])
def test_names_and_lower_case_uses_outside_sentences_stay_silent(language, text):
    assert flagged(text, language) == []
