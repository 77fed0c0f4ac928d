"""Text rules by class, not by string: a short sentence of another
language read by the words the article's lexicon does not know (untranslated-fragment); a
quoted phrase opened after a word of its sentence does not run on into the next paragraph
(unbalanced-quotes), and a lone `”` glued to a word closes nothing; a language model named as the machine that made the text
(generation-residue).

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def found(text: str, language: str, rule: str) -> list[str]:
    return [text[d.start:d.end].strip() for d in lint_text(text, language=language, select=[rule])]


EN = ("The water company said on Monday that the breach affected about 40,000 customers in the region.\n\n"
      "Customers were told to change their passwords and to watch for suspicious e-mails.\n\n"
      "{line}\n\nThe regulator said it would publish its findings in the spring.\n")
NL = ("De gemeenteraad heeft dinsdagavond na een lang debat de begroting voor volgend jaar goedgekeurd.\n\n"
      "{line}\n\nDe burgemeester sprak van een goede dag voor de stad en haar inwoners.\n")


@pytest.mark.parametrize(("language", "frame", "line"), [
    ("en", EN, "Die Ermittlungen dauern an."),
])
def test_a_short_sentence_of_another_language(language: str, frame: str, line: str) -> None:
    assert found(frame.format(line=line), language, "untranslated-fragment") == [line]


@pytest.mark.parametrize(("language", "frame", "line"), [
    # a name, a loan phrase, a short sentence of the article's own language
    ("en", EN, "Deutsche Bahn declined."),
    ("en", EN, "Nobody was hurt."),
    ("nl", NL, "Het debat duurde lang."),
])
def test_a_short_sentence_of_the_articles_own(language: str, frame: str, line: str) -> None:
    assert found(frame.format(line=line), language, "untranslated-fragment") == []


def test_a_quoted_phrase_opened_mid_sentence_does_not_run_on() -> None:
    text = ("Ein Sprecher sprach von einer „angespannten, aber beherrschbaren Lage und kündigte weitere "
            "Sperrungen an.\n\n„Wir rechnen mit dem Höchststand am Morgen“, sagte der Bürgermeister.\n")
    assert found(text, "de", "unbalanced-quotes") == ["„"]


@pytest.mark.parametrize("text", [
    # a quotation of several paragraphs opens a paragraph, or follows a comma or a colon
    "Der Bürgermeister sagte: „Wir rechnen mit dem Höchststand am Morgen.\n\n„Die Altstadt wird geräumt.“\n",
    "Für den Bürgermeister, „ist die Lage ernst.\n\n„Die Altstadt wird geräumt.“\n",
    # a paragraph broken mid-sentence goes on below
    "Der Forscher nannte den Brief „eine bescheidene Forderung mit tiefen\n\nWurzeln“, wie er sagte.\n",
])
def test_a_quotation_that_runs_on(text: str) -> None:
    assert found(text, "de", "unbalanced-quotes") == []


def test_a_lone_closing_quote_glued_to_a_word() -> None:
    text = ("El director habló al final de la gala.\n\n"
            "Fue una noche para la historia de este pueblo”, resumió ante los periodistas.\n")
    assert found(text, "es", "unbalanced-quotes") == ["”"]


@pytest.mark.parametrize("text", [
    # a quotation of several paragraphs closes here; a `”` that opens (`”dwindling.”`)
    "The agency wrote: “The river rose overnight.\n\nCrews closed two bridges.\n\nMore rain is due on Friday.”\n",
    "The odds of full funding this year were ”dwindling.”\n",
])
def test_a_closing_quote_that_closes_something(text: str) -> None:
    assert found(text, "en", "unbalanced-quotes") == []


@pytest.mark.parametrize(("language", "note"), [
    ("nl", "Deze samenvatting is gegenereerd door een taalmodel; raadpleeg de stukken voor de volledige tekst."),
    ("de", "Dieser Text wurde von einem Sprachmodell zusammengefasst."),
    ("fr", "Cet article a été rédigé par un modèle de langage."),
    ("nl", "Let wel: deze tekst is automatisch vertaald met behulp van AI."),
])
def test_a_language_model_named_as_the_maker(language: str, note: str) -> None:
    assert found(f"{note}\n", language, "generation-residue") == [note]


def test_an_article_about_language_models_is_the_articles() -> None:
    text = "Het taalmodel van de universiteit is gegenereerd uit miljoenen krantenartikelen, zei de onderzoeker.\n"
    assert found(text, "nl", "generation-residue") == []
