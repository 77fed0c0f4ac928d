"""layout-damage for breaks a layout puts inside a sentence or a word, by shape and the lexicon:
a compound's last part hyphenated at a line end, a name hyphenated inside a sentence, a
paragraph or a line that stops on an article, a preposition or a conjunction while the next one
goes on, in a text of one paragraph a line even where two lines look wrapped.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from lint_support import count as lint_count


def count(text: str, language: str, fmt: str | None = None) -> int:
    return lint_count(text, language, "layout-damage", fmt=fmt)


HYPHENATED = [
    ("en", "The committee met on Tuesday to discuss the new rules for the single market in Europe.\n"
           "Officials said that the cross-bor-\n"
           "der agreement would be signed in Brussels before the end of the year, once every member\n"
           "state had approved the text in its own parliament and the courts had been consulted.\n"),
    ("de", "Die Landesregierung hat am Dienstag den Ausbau der Strecke zwischen den beiden Städten\n"
           "beschlossen. Der Neubau der Nord-Süd-Verbin-\n"
           "dung soll nach Angaben des Ministeriums rund drei Jahre dauern und mehr als eine Milliarde\n"
           "Euro kosten, die zum größten Teil aus dem Bundeshaushalt kommen.\n"),
    ("fr", "Le gouvernement a présenté mardi un plan pour relancer l'industrie dans les régions les plus\n"
           "touchées par la crise. Le volet socio-écono-\n"
           "mique du texte prévoit des aides aux entreprises qui embauchent des jeunes sans diplôme, a\n"
           "précisé la ministre lors d'une conférence de presse à Paris.\n"),
    ("en", "The company will use the money to build a second plant near Gre-\n"
           "noble and to open a sales office in Munich, its chief executive said in an interview on\n"
           "Monday, adding that the first sensors should reach customers before the end of 2027.\n"),
]


@pytest.mark.parametrize(("language", "text"), HYPHENATED)
def test_a_word_hyphenated_at_a_line_end(language: str, text: str) -> None:
    assert count(text, language) == 1


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Officials described the long-\nterm plan as a socio-economic-political compromise.\n"),
    ("en", "The talks ended without a deal.\nAnti-\nwar protesters gathered outside the building on Monday.\n"),
    ("de", "Der Ost-\nWest-Konflikt prägte die Stadt über Jahrzehnte hinweg.\n"),
])
def test_compounds_and_a_capital_opening_a_sentence_stay(language: str, text: str) -> None:
    assert count(text, language) == 0


ONE_PARAGRAPH_A_LINE = {
    "it": ("Il consiglio comunale ha approvato lunedì sera il bilancio di previsione per il prossimo anno.\n"
           "La giunta ha spiegato che i fondi destinati alla\n"
           "Regione Lombardia saranno usati per le scuole e per la manutenzione delle strade provinciali.\n"
           "Secondo l'assessore al bilancio, le entrate sono cresciute del quattro per cento rispetto al 2025.\n"
           "Le opposizioni hanno votato contro e hanno chiesto più risorse per i servizi sociali della città.\n"
           "Il documento sarà ora trasmesso alla Corte dei conti per il parere di regolarità contabile.\n"),
    "fr": ("Le conseil municipal a voté lundi soir le budget de l'année prochaine après un long débat.\n"
           "Selon l'adjoint aux finances, les crédits supplémentaires iront surtout aux écoles et à la\n"
           "Maison des associations, qui doit être rénovée avant la rentrée de septembre prochain.\n"
           "L'opposition a dénoncé une hausse des impôts locaux et réclamé un audit des comptes de la ville.\n"
           "Le maire a défendu un budget « responsable » qui préserve les services publics de proximité.\n"
           "Le vote définitif du compte administratif est prévu pour la séance du mois de juin à la mairie.\n"),
    "nl": ("De gemeenteraad heeft dinsdagavond ingestemd met de plannen voor een nieuw zwembad in het centrum.\n"
           "Volgens de wethouder komt het geld grotendeels uit de reserves van de\n"
           "Provincie Overijssel, die ruim twaalf miljoen euro bijdraagt aan het project.\n"
           "De oppositie vindt dat de kosten te hoog zijn en wil eerst een nieuwe raming zien van de bouwer.\n"
           "Het oude zwembad aan de rand van de stad gaat volgend jaar dicht en wordt daarna gesloopt.\n"
           "Omwonenden maken zich zorgen over de parkeerdruk in de straten rond de nieuwe locatie.\n"),
    "en": ("The council voted on Tuesday evening after a long debate about the cost of the new bridge.\n"
           "The regional court said the bridge could be built as planned, rejecting the complaint of the\n"
           "residents' association, which had argued the noise would be too high for the houses nearby.\n"
           "The mayor said she would ask the government for help with the costs of the project.\n"
           "Opponents want a referendum on the plan before any contract is signed with the builders.\n"
           "Work is expected to begin in the spring and should be finished before the end of 2029.\n"),
}


@pytest.mark.parametrize("language", sorted(ONE_PARAGRAPH_A_LINE))
def test_a_line_that_stops_on_an_article_or_a_preposition(language: str) -> None:
    assert count(ONE_PARAGRAPH_A_LINE[language], language) == 1


def test_a_paragraph_that_stops_on_an_article_before_a_blank_line() -> None:
    text = ("El alcalde presentó el martes el nuevo plan de movilidad para el centro histórico de la ciudad.\n\n"
            "Las obras afectarán sobre todo a las calles que rodean la plaza mayor y el mercado de la\n\n"
            "Ribera, donde los comerciantes ya han pedido ayudas para compensar la caída de las ventas.\n\n"
            "El ayuntamiento calcula que los trabajos durarán unos ocho meses y costarán tres millones.\n")
    assert count(text, "es") == 1


BODY_EN = ("The council voted on Tuesday evening after a long debate about the cost of the new bridge.\n"
           "Engineers say it will take three years to build and will cost more than the city can afford.\n"
           "The mayor said she would ask the government for help with the costs of the project.\n")


@pytest.mark.parametrize("tail", [
    # a cut at the body's end, then a paywall or a byline: truncated text, not layout
    "Opponents want a referendum on the plan before any contract is signed by the\n"
    "Continue reading with a subscription.\n",
    "Opponents want a referendum on the plan before any contract is signed with the\n"
    "Anna Berg is the paper's local government reporter.\nMore from Politics\n",
    # a short heading that ends on a preposition English allows there
    "12. Find someone to talk to\nTalking to a friend when you feel low helps more than people think, "
    "the charity's director said on Monday.\n",
])
def test_a_cut_before_chrome_or_a_heading_is_no_broken_paragraph(tail: str) -> None:
    assert count(BODY_EN + tail, "en") == 0


def test_markdown_wraps_its_paragraphs_softly() -> None:
    text = ("De minister van Landbouw, Visserij en Natuur wil de\n"
            "regels voor de garnalenvisserij aanscherpen, zei ze dinsdag in de Tweede Kamer tijdens het debat.\n\n"
            + "De vissers zijn boos en zeggen dat hun bedrijven het niet overleven als de plannen doorgaan.\n\n" * 4)
    assert count(text, "nl", fmt="markdown") == 0


def test_a_closing_tag_after_a_full_stop_ends_the_paragraph() -> None:
    text = ("10h30 – <strong>Le départ a été donné à 8 heures précises place Bellecour.</strong>\n\n"
            "les organisateurs attendent près de 14 000 participants, un record pour cette édition.\n")
    assert count(text, "fr") == 0


def test_a_paragraph_that_goes_on_with_a_number_and_a_lower_case_word() -> None:
    text = ("En la estación, cientos de viajeros se agolpaban frente a los paneles, que anunciaban retrasos. "
            "Los usuarios de la línea\n\n"
            "3 tuvieron que esperar hasta tres trenes antes de poder subir, según pudo comprobar este diario.\n\n"
            "La empresa pidió disculpas y prometió reforzar el servicio durante toda la semana próxima.\n")
    assert count(text, "es") == 1


@pytest.mark.parametrize("text", [
    "Ingredients for a cake tin of 24\n\n2 large eggs, beaten with the sugar until pale and thick.\n",
    "Germany's top court limits police use of live facial recognition in public\n\n"
    "15 judges heard the case over two days in Karlsruhe, the court said on Tuesday.\n",
])
def test_a_heading_over_a_number_is_not_broken(text: str) -> None:
    assert count(text, "en") == 0
