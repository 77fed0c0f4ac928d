"""truncated-text: the body's last paragraph of running text cut on a capitalised word (a noun
in German, which capitalises every noun; elsewhere a name cut to two or three letters), and any
paragraph that trails off on an article or a preposition before an ellipsis (`et que les…`).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

FIRST = {
    "de": ("Der Gemeinderat hat am Dienstagabend nach einer langen und teils hitzigen Debatte den Haushalt "
           "für das kommende Jahr beschlossen.",
           "Der Bürgermeister sprach von einem guten Tag für die Stadt, ihre Vereine und alle ihre Bürgerinnen "
           "und Bürger."),
    "es": ("El pleno aprobó el presupuesto el martes por la noche tras un largo debate.",
           "El alcalde habló de un día histórico para la ciudad y para todos sus vecinos."),
    "fr": ("Le conseil municipal a adopté mardi soir le budget après un long débat.",
           "Le maire a parlé d'une journée historique pour la ville et ses habitants."),
    "it": ("Il consiglio comunale ha approvato il bilancio martedì sera dopo un lungo dibattito.",
           "Il sindaco ha parlato di una giornata storica per la città e per i suoi abitanti."),
}


def truncated(language: str, last: str, after: str = "") -> int:
    first, second = FIRST[language]
    text = f"{first}\n\n{second}\n\n{last}\n" + (f"\n{after}\n" if after else "")
    return sum(d.rule == "truncated-text" for d in lint_text(text, language=language))


@pytest.mark.parametrize("language, last", [
    # a German noun after its article, where a sentence has stopped inside the paragraph
    ("de", "Die Messe beginnt am Freitag. Erwartet werden rund 9.000 Gäste, etwa so viele wie im "
           "vergangenen Jahr, als die Ausstellung"),
    ("de", "Die Verwaltung prüft nun den Einspruch. Eine Entscheidung soll bis Ende der Wo"),
    # a name cut to three letters
    ("es", "La segunda fase empezará en otoño. Incluirá la correspondencia del consulado con las "
           "embajadas en Lisboa y Ber"),
    # an article or a preposition before an ellipsis: the feed cut the sentence there
])
def test_a_last_paragraph_cut_on_a_capital(language: str, last: str) -> None:
    assert truncated(language, last) == 1


def test_an_article_before_an_ellipsis_cuts_any_paragraph() -> None:
    # an article or a preposition before an ellipsis: the feed cut the sentence there, even
    # with the paywall's note under it
    cut = "Le président a confirmé la visite. Il a ajouté que le ministre viendrait et que les…"
    assert truncated("fr", cut, after="Lire la suite, réservé aux abonnés") == 1


@pytest.mark.parametrize("language, last", [
    # a whole name may end a sentence that lost its stop; a German noun in one sentence is a headline
    ("it", "Il servizio riprenderà domani. Resta sospesa la linea verde tra Cascina Gobba e Gessate"),
    ("de", "Neue Hoffnung für die Stadthalle"),
    # a speaker trailing off in quotes; a writer's pause, spaced, before the next paragraph
    ("fr", "Le président a confirmé la visite. « Nous verrons bien si les… », a-t-il souri."),
])
def test_a_name_a_headline_or_a_voice_trailing_off(language: str, last: str) -> None:
    assert truncated(language, last) == 0


def test_a_spaced_pause_before_the_next_paragraph() -> None:
    pause = "Le maire a pris la parole. Il a dit quelque chose comme ceci, à peu près dans les termes de …"
    assert truncated("fr", pause, after="« Nous ne céderons pas », a-t-il lancé sous les applaudissements.") == 0
