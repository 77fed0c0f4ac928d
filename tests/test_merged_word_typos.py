"""merged-words: an article run into a common noun or adjective that web text writes so often
the lexicon took the join in (known, but far rarer than its second half), and in English such a
join before a possessive; the rare real words an article-like prefix opens and ordinary
possessives are left alone; so are a separable verb's particle run into its verb form
(`omrijdende`, `hinaufwanderten`) and a preposition that is the prefix of a verb's family
(`comparticipava`: `comparticipação`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import merged


@pytest.mark.parametrize("language, sentence, join", [
    ("es", "El concierto terminó tarde y lanoche siguió en la plaza.", "lanoche"),
    ("es", "La decisión de elgobierno llegó el lunes.", "elgobierno"),
    ("fr", "Le maire a lu lejournal avant la séance.", "lejournal"),
    ("fr", "Elle a retrouvé lavoix après l'opération.", "lavoix"),
    ("it", "Il sindaco ha parlato di lavita del quartiere.", "lavita"),
    ("it", "Per iltempo che resta, il cantiere va avanti.", "iltempo"),
    ("en", "The statement was read by thejudge after the verdict.", "thejudge"),
    ("en", "Officers said thepolice had closed the road.", "thepolice"),
    ("en", "Shares rose after thecompany's results.", "thecompany's"),
    ("en", "The report came from thecouncil's planning team.", "thecouncil's"),
])
def test_known_join_is_found(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le desaccord porte sur la desinformation en ligne."),
    ("nl", "De straat wordt eenrichting voor het verkeer."),
    ("pt", "A multidão acorre à praça todos os domingos."),
    ("de", "Die Leser fühlen sich desinformiert, sagte sie."),
    ("en", "The mayor's office and the BBC's reporter disagreed."),
    ("en", "Their daughter's school reopened after the theatre's refit."),
    ("nl", "De omrijdende bussen en alle aanlopende jachten kwamen later."),
    ("de", "Die Gäste, die den Pfad hinaufwanderten, rasteten an der Hütte."),
    ("pt", "A câmara comparticipava os custos do transporte escolar."),
])
def test_look_alike_is_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []


@pytest.mark.parametrize("language, sentence, join", [
    ("en", "Lorries will be sent along theM62 until the bridge reopens.", "theM62"),
    ("nl", "Op deA12 richting Utrecht stond een lange file.", "deA12"),
    ("es", "Hubo retenciones en laN-634 durante la mañana.", "laN-634"),
    ("it", "La piazza ospita numero12 bancarelle quest'anno.", "numero12"),
    ("de", "Der Verein vermietet rund 180Stellplätze am Stadtrand.", "180Stellplätze"),
])
def test_road_and_number_join_is_found(language: str, sentence: str, join: str) -> None:
    assert merged(sentence, language) == [join]


@pytest.mark.parametrize("language, sentence", [
    ("en", "The web3 start-up and the A60 road, the Covid19 rules and the G20 summit."),
    ("it", "Il programma è su www.tour2025.it e con l'hashtag #tour2025 sui social."),
])
def test_code_or_address_is_left_alone(language: str, sentence: str) -> None:
    assert merged(sentence, language) == []
