"""The article's language: front matter, then `--lang` or config, then identification.

An article in a language newslint has no data for gets the language-independent rules only
(doubled words, spacing, encoding damage...), never rules that need word lists it lacks.
"""
from __future__ import annotations

import pytest

from linter.registry import load_registry
from newslint_run import ROOT, findings, newslint, write

GERMAN = ("Die Bundesregierung hat am Montag einen neuen Plan für den Wohnungsbau in den großen "
          "Städten vorgestellt. Bis zum Jahr 2030 sollen dort mehr Sozialwohnungen entstehen.\n")
ARTICLES = {
    "it": ("Il governo ha approvato ieri sera il nuovo piano per la costruzione di case popolari "
           "nelle grandi città del paese. I sindaci chiedono più fondi per i cantieri.\n"),
    "de": GERMAN,
    "nl": ("De regering heeft maandag een nieuw plan gepresenteerd voor de bouw van woningen in de "
           "grote steden van het land. De gemeenten vragen meer geld voor de bouwplaatsen.\n"),
}
# Written for this test. Traps for rules that need language data: a capital mid-sentence
# (`Opozycja Krytykuje`), a capitalised month (`W Październiku`), a camel join (`miastachRząd`).
POLISH = """\
Rząd ogłosił w poniedziałek nowy plan budowy mieszkań. Minister infrastruktury powiedział, że w ciągu pięciu lat powstanie sto tysięcy nowych lokali w dużych miastachRząd chce też ulg podatkowych.

Opozycja Krytykuje plan jako zbyt kosztowny. Według ekonomistów Koszty budowy wzrosły w ostatnim roku o dwanaście procent, a Stopy procentowe pozostają wysokie.

W Październiku rząd przedstawi szczegóły programu. Posłowie mają głosować nad ustawą w Listopadzie, a pierwsze umowy zostaną podpisane na początku przyszłego roku.

Samorządy z zadowoleniem przyjęły zapowiedź, choć burmistrz Krakowa zwrócił uwagę na brak działek budowlanych w centrum miasta.
"""
SWEDISH = """\
Regeringen presenterade på måndagen en ny plan för bostadsbyggande. Bostadsministern sa att hundra tusen nya lägenheter ska byggas inom fem år i de större städernaRegeringen vill också sänka skatten.

Oppositionen Kritiserar planen som alltför dyr. Enligt ekonomer har Byggkostnaderna stigit med tolv procent det senaste året, och Räntorna är fortfarande höga.

I Oktober ska regeringen presentera detaljerna. Riksdagen väntas rösta om lagen i November, och de första avtalen skrivs under i början av nästa år.
"""


def language_of(done, name: str) -> str:
    """`xx (source)` from the `--verbose` line `path: language xx (source)`."""
    lines = [line for line in done.stderr.splitlines() if line.startswith(f"{name}: language ")]
    assert len(lines) == 1, done.stderr
    return lines[0].removeprefix(f"{name}: language ")


def test_front_matter_beats_lang_beats_identification(tmp_path):
    write(tmp_path / "declared.md", "---\nlang: it\n---\n\n" + GERMAN)
    write(tmp_path / "plain.md", GERMAN)
    done = newslint("check", "-v", "--lang", "nl", "declared.md", "plain.md", cwd=tmp_path)
    assert language_of(done, "declared.md") == "it (front matter)"
    assert language_of(done, "plain.md") == "nl (configured)"
    done = newslint("check", "-v", "declared.md", "plain.md", cwd=tmp_path)
    assert language_of(done, "declared.md") == "it (front matter)"
    assert language_of(done, "plain.md") == "de (identified)"


@pytest.mark.parametrize("key", ["lang", "language"])
def test_front_matter_language_tag_is_reduced_to_its_primary_subtag(tmp_path, key):
    write(tmp_path / "a.md", f"---\n{key}: de_AT\n---\n\n" + GERMAN)
    assert language_of(newslint("check", "-v", "a.md", cwd=tmp_path), "a.md") == "de (front matter)"


def test_config_language_is_configured(tmp_path):
    write(tmp_path / ".newslint.yaml", "language: nl\n")
    write(tmp_path / "a.txt", GERMAN)
    assert language_of(newslint("check", "-v", "a.txt", cwd=tmp_path), "a.txt") == "nl (configured)"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_undeclared_article_is_identified(tmp_path, language):
    write(tmp_path / "a.txt", ARTICLES[language])
    done = newslint("check", "--verbose", "a.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert done.stderr == f"a.txt: language {language} (identified)\nAll checks passed!\n"


def test_the_seed_is_identified_as_italian(tmp_path):
    write(tmp_path / "seed.txt", (ROOT / "seeds" / "000_434f281fc8fc4eb1.txt").read_bytes())
    assert language_of(newslint("check", "-v", "-q", "seed.txt", cwd=tmp_path), "seed.txt") == "it (identified)"


def test_too_short_to_identify_is_english_by_default(tmp_path):
    write(tmp_path / "a.txt", "Kurz und gut.\n")
    assert language_of(newslint("check", "-v", "a.txt", cwd=tmp_path), "a.txt") == "en (default)"


def language_specific_rules() -> set[str]:
    return {spec.id for spec in load_registry().specs.values() if spec.languages != "all"}


def test_language_specific_rules_are_the_ones_this_test_watches():
    assert {"midsentence-capital", "merged-words", "month-capitalization"} <= language_specific_rules()


@pytest.mark.parametrize(("code", "text"), [("pl", POLISH), ("sv", SWEDISH)])
def test_unsupported_language_gets_language_independent_rules_only(tmp_path, code, text):
    write(tmp_path / "a.txt", text)
    done = newslint("check", "-v", "--format", "json", "a.txt", cwd=tmp_path)
    assert language_of(done, "a.txt") == f"{code} (identified)"
    found = findings("a.txt", cwd=tmp_path)
    assert len(found) <= 2, found
    assert not {d["rule"] for d in found} & language_specific_rules()
    # language-independent rules still run
    write(tmp_path / "b.txt", text.replace(" plan ", " plan  plan ", 1))
    assert {"spacing", "duplicated-word"} <= {d["rule"] for d in findings("b.txt", cwd=tmp_path)}


def test_unsupported_language_declared_in_front_matter(tmp_path):
    write(tmp_path / "a.md", "---\nlang: pl\n---\n\n" + POLISH)
    assert not {d["rule"] for d in findings("a.md", cwd=tmp_path)} & language_specific_rules()
