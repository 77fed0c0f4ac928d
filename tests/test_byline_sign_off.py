"""byline-remnant on a reporter's sign-off under the text, in wordings written for this test: a
name alone among the text's last lines (a new name, rare as a word, that the text never writes in
lower case), maybe in capitals, with an editor's code or a second reporter; or the byline above the
text again, its name or its initials. With the lines of the same shape that stay the article's:
a letter's signature, a name between paragraphs, the byline under the headline, a picture's
credit, a heading or a link under the text."""
from __future__ import annotations

import pytest

from test_line_variants import HEADLINE, PROSE, SECOND, at_end, between, lines_of, reported


def under_byline(byline: str, line: str, language: str) -> str:
    """The text with its own byline under the headline and `line` under its last paragraph."""
    return f"{HEADLINE}\n\n{byline}\n\n{PROSE[language]}\n\n{SECOND[language]}\n\n{line}\n"


@pytest.mark.parametrize(("language", "line"), [
    ("fr", "Julien FAVRAT"),
    ("it", "Giulia Ferraresi"),
    ("de", "Jens Ohlsen, rhn"),
    ("en", "Tom Hargreaves"),
    ("es", "Javier Olmedilla"),
    ("pt", "Joana Brito Vasconcelos"),
    ("nl", "Sanne VERBRUGGEN"),
])
def test_a_new_name_under_the_text(language: str, line: str) -> None:
    assert reported("byline-remnant", at_end(line, language), line, language)


@pytest.mark.parametrize(("language", "byline", "line"), [
    ("fr", "Par Yann Le Goff", "Y. L. G."),
    ("it", "di Marta Selvi", "M. S."),
    ("en", "By Hannah Cole", "— H. C."),
    ("fr", "Par Julien Marchetti, correspondant à Bordeaux", "— Julien Marchetti (avec Léa Fontanel)"),
    ("nl", "Door Femke de Waal", "Femke de Waal"),
    ("de", "Von Martin Keller", "M. K."),
])
def test_the_byline_again_under_the_text(language: str, byline: str, line: str) -> None:
    assert reported("byline-remnant", under_byline(byline, line, language), line, language)


def test_a_sign_off_above_a_credit_the_rule_reports() -> None:
    text = f"{HEADLINE}\n\nPar Yann Le Goff\n\n{PROSE['fr']}\n\n{SECOND['fr']}\n\nY. L. G.\n\n" \
           "Cet article vous est proposé par Armor Presse, partenaire de notre réseau.\n"
    assert lines_of("byline-remnant", text, "fr") == [9, 11]


@pytest.mark.parametrize(("language", "text"), [
    # A letter's signature under its closing formula.
    ("fr", f"{HEADLINE}\n\n{PROSE['fr']}\n\nCordialement,\n\nJulien Favrat\n"),
    ("en", f"{HEADLINE}\n\n{PROSE['en']}\n\nYours sincerely,\n\nTom Hargreaves\n"),
    # … or under the letter quoted to the end.
    ("it", f"{HEADLINE}\n\n{PROSE['it']}\n\n«Chiediamo al sindaco di riaprire la biblioteca entro l'estate.»\n\n"
           "Giulia Ferraresi\n"),
    ("en", f"{HEADLINE}\n\n{PROSE['en']}\n\n> We ask the council to reopen the library before the summer.\n>\n"
           "> Tom Hargreaves\n"),
    # A name between paragraphs, with the text going on.
    ("de", between("Jens Ohlsen", "de")),
    # The article's own byline under the headline.
    ("fr", f"{HEADLINE}\n\nJulien Favrat\n\n{PROSE['fr']}\n\n{SECOND['fr']}\n"),
    # Initials that are not the byline's.
    ("fr", under_byline("Par Yann Le Goff", "A. B.", "fr")),
    # A picture's credit, a heading, a link, a place.
    ("fr", at_end("Photo : Julien Favrat", "fr")),
    ("en", at_end("Council Approves Budget", "en")),
    ("en", at_end("Read More", "en")),
    ("de", at_end("Mehr Zum Thema", "de")),
    ("en", at_end("New York", "en")),
])
def test_names_that_stay_the_articles(language: str, text: str) -> None:
    assert lines_of("byline-remnant", text, language) == []
