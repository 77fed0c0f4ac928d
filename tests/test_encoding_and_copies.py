"""mojibake in every shape a double decoding leaves, in the seven languages' letters, also where
a byte was lost or is invisible; duplicated-paragraph for copies that differ in a credit, a link
or a torn dateline; month-capitalization for the weekday that opens a date line.

Every example here is written for this file.
"""
from __future__ import annotations

import pytest

from linter.engine import lint_text

WORDS = {
    "it": "perché la città e così", "en": "the café and the naïve résumé", "de": "größer über die Straße",
    "fr": "élève à l’école, déjà", "es": "acción en España, año", "pt": "ação não são órgãos",
    "nl": "één coöperatie en financiën",
}


def found(text: str, language: str, rule: str) -> list[str]:
    return [text[d.start:d.end] for d in lint_text(text, language=language) if d.rule == rule]


def _mangled(text: str, how: str) -> str:
    data = text.encode("utf-8")
    if how == "cp1252":
        return data.decode("cp1252", errors="replace")
    if how == "latin-1":
        return data.decode("latin-1")
    return data.decode("latin-1").encode("utf-8").decode("cp1252", errors="replace")  # decoded twice


@pytest.mark.parametrize("how", ["cp1252", "latin-1", "twice"])
@pytest.mark.parametrize("language", sorted(WORDS))
def test_every_double_decoding_of_accented_letters(language: str, how: str) -> None:
    text = f"Il testo dice: {_mangled(WORDS[language], how)}.\n"
    assert found(text, language, "mojibake")


@pytest.mark.parametrize(("language", "text", "fixed"), [
    ("nl", "De foto's (Â© ANP) tonen de schade aan de dijk.\n", "©"),
    ("fr", "Il faisait 31 Â°C à l'ombre mardi.\n", "°C"),
    ("it", "Lo hanno confermato i geologi dell'universitÃ .\n", "università"),
    ("es", "La polÃtica del gobierno no ha cambiado.\n", "política"),
    ("es", "El ministro dijo que es asÃ y que no habrá cambios.\n", "así"),
    ("es", "Ãfrica sigue siendo el continente más joven.\n", "África"),
    ("fr", "Il a répondu â€œnonâ€ et il est parti.\n", "“non”"),
])
def test_mojibake_that_lost_a_byte(language: str, text: str, fixed: str) -> None:
    diagnostics = [d for d in lint_text(text, language=language) if d.rule == "mojibake"]
    assert diagnostics and any(fixed in d.message for d in diagnostics)
    assert not [d for d in lint_text(text, language=language) if d.rule == "spacing"]


@pytest.mark.parametrize(("language", "text"), [
    ("pt", "SÃO PAULO e AÇORES em maiúsculas.\n"),
    ("pt", "Ã venda na loja.\n"),
    ("fr", "Âge moyen: 34 ans.\n"),
])
def test_real_capitals_are_no_mojibake(language: str, text: str) -> None:
    assert not found(text, language, "mojibake")


CAPTIONS = [
    ("fr", "Les élèves du collège seront accueillis dans les gymnases municipaux jusqu'à lundi. © Studio Perrault\n"
           "Les élèves du collège seront accueillis dans les gymnases municipaux jusqu'à lundi.\n"),
    ("de", "Feuerwehrleute löschen am Dienstag den Brand in der Lagerhalle am Stadtrand. Foto: Jan Weber / dpa\n"
           "Feuerwehrleute löschen am Dienstag den Brand in der Lagerhalle am Stadtrand.\n"),
    ("en", "Volunteers clear debris from the harbour wall after the storm on Sunday. Photo: Tom Reid/PA\n"
           "Volunteers clear debris from the harbour wall after the storm on Sunday.\n"),
]


@pytest.mark.parametrize(("language", "text"), CAPTIONS)
def test_a_caption_printed_twice_one_copy_with_its_credit(language: str, text: str) -> None:
    body = "\nThe council said the work would take several weeks and cost more than expected this year.\n"
    assert len(found(text + body, language, "duplicated-paragraph")) == 1


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Prices rose again in May.\nPrices rose again in May. Rents followed\n\nThe rest of the story.\n"),
    ("en", "Volunteers clear debris from the harbour wall after the storm on Sunday.\n"
           "Volunteers clear debris from the harbour wall after the storm on Sunday, said the mayor of the town\n"),
])
def test_an_excerpt_that_its_line_goes_on_from_is_no_copy(language: str, text: str) -> None:
    assert not found(text, language, "duplicated-paragraph")


def test_a_paragraph_with_a_link_printed_twice() -> None:
    paragraph = ("Lo studio, pubblicato mercoledì sulla rivista [Cell Reports](https://example.org/cell), "
                 "è stato condotto su 300 volontari.\n\n")
    text = paragraph + "I ricercatori hanno lavorato per tre anni.\n\n" + paragraph
    assert len(found(text, "it", "duplicated-paragraph")) == 1


def test_a_lead_sentence_copied_without_the_torn_dateline_above_it() -> None:
    text = ("Silves\nAgência Sul\nA serra algarvia está desde sexta-feira em alerta máximo para risco de incêndio, "
            "depois de um mês sem chuva. Os bombeiros reforçaram os meios.\n\n"
            "Os agricultores queixam-se de perdas na produção de citrinos.\n\n"
            "A serra algarvia está desde sexta-feira em alerta máximo para risco de incêndio, "
            "depois de um mês sem chuva.\n")
    assert [copy.strip() for copy in found(text, "pt", "duplicated-paragraph")] == [
        "A serra algarvia está desde sexta-feira em alerta máximo para risco de incêndio, depois de um mês sem chuva."]


@pytest.mark.parametrize(("language", "text", "months"), [
    ("es", "La luz sube en enero pese a la bajada del gas\nMartes, Enero 13, 2026\n\nEl precio subió.\n", ["Enero"]),
    ("it", "Il caro bollette pesa sulle famiglie del Nord\nGiovedì, 12 febbraio 2026\n\nIl prezzo sale.\n", []),
    ("es", "El lince vuelve a Sierra Morena\nOctubre 2, 2026\n\nLos técnicos lo confirmaron.\n", ["Octubre"]),
])
def test_a_date_line_opens_with_its_weekday(language: str, text: str, months: list[str]) -> None:
    assert found(text, language, "month-capitalization") == months


def test_a_sentence_line_printed_again_right_under_itself() -> None:
    text = ("La carrera se decidió en la última subida del puerto.\n\n"
            "Vidal llega a la contrarreloj final con nueve segundos de ventaja sobre Ruiz.\n"
            "Vidal llega a la contrarreloj final con nueve segundos de ventaja sobre Ruiz.\n\n"
            "El equipo celebró la victoria en el hotel.\n")
    assert len(found(text, "es", "duplicated-paragraph")) == 1


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a relative clause or a subordinate one carries its own year
    ("it", "martedì 3 marzo 2026\n\nI lavori riprenderanno in autunno nell'area del porto vecchio dove nel 2024 "
           "è stato trovato un relitto.\n", 0),
    ("es", "martes 3 de marzo de 2026\n\nEl museo abrirá otra sala para las piezas que desde 2023 están en el almacén.\n", 0),
    ("pt", "terça-feira, 3 de março de 2026\n\nA linha vai ligar as duas margens do rio, onde em 2024 houve cheias.\n", 0),
    ("fr", "mardi 3 mars 2026\n\nLe conseil élira un nouveau maire lors d'une séance extraordinaire en décembre 2024.\n", 1),
    ("fr", "mardi 3 mars 2026\n\nLa ville agrandira le stade, dont la tribune date de 2023, pour la saison prochaine.\n", 0),
])
def test_tense_year_reads_romance_clauses(language: str, text: str, expected: int) -> None:
    assert len(found(text, language, "tense-year")) == expected


@pytest.mark.parametrize(("language", "last"), [
    ("pt", "A secretaria estadual prometeu esta semana uma linha de crédito emergencial e barata para os pequenos produtores que"),
    ("es", "El consejero de Agricultura anunció el lunes una nueva convocatoria de ayudas directas para los pequeños ganaderos que"),
    ("it", "La Regione ha promesso lunedì sera un fondo straordinario di tre milioni di euro per i piccoli agricoltori che"),
    ("fr", "La préfecture a annoncé un fonds d'urgence pour les éleveurs en difficulté, alors que"),
])
def test_a_body_cut_after_a_relative_pronoun(language: str, last: str) -> None:
    body = {"pt": "A tempestade destruiu metade da colheita de maçã na serra, segundo a cooperativa local.",
            "es": "La tormenta destruyó la mitad de la cosecha de manzana en la sierra, según la cooperativa.",
            "it": "La grandinata ha distrutto metà del raccolto di mele in montagna, secondo la cooperativa.",
            "fr": "La grêle a détruit la moitié de la récolte de pommes en montagne, selon la coopérative."}[language]
    text = f"{body}\n\n{last}\n"
    assert found(text, language, "truncated-text")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Die Inszenierung der RegisseurinAnna Berger verlegt die Handlung in ein Dorf.\n", 1),
    ("it", "Lo spettacolo del registaMarco Conti porta la vicenda in un paese di montagna.\n", 1),
    ("en", "Home › Travel › Rail\nBy Tom Hale, Transport EditorFares on the coastal line will rise by 4% in "
           "January, the operator said.\n", 1),
    ("es", "Inicio › Economía › Vivienda\nPor Lucía Gómez, RedactoraLos precios del alquiler subieron un 9% en "
           "marzo, según el portal.\n", 1),
    # an outlet's name after a byline, with no lead run into it, is a brand
    ("en", "By Tom Hale, BusinessWeek\n\nFares on the coastal line will rise by 4% in January.\n", 0),
    ("en", "The grid operator PowerNorth said supplies would return by Monday evening.\n", 0),
])
def test_a_title_or_a_byline_run_into_the_next_word(language: str, text: str, expected: int) -> None:
    # the rule alone: a byline-remnant finding that takes the whole line hides the others on it
    assert sum(d.rule == "merged-words" for d in lint_text(text, language=language, select=["merged-words"])) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a clause that switches language after the article's own function words
    ("it", "Il sindaco ha spiegato ai giornalisti che the new bridge will not open before next summer, e che i "
           "costi sono aumentati.\n", 1),
    ("es", "Los portavoces del puerto dijeron que die Arbeiten am neuen Terminal noch zwei Jahre dauern werden, "
           "según la prensa local.\n", 1),
    # a sentence of a neighbouring language, whose words the article's lexicon hardly knows
    ("es", "Los sindicatos recibieron el anuncio con cautela. A medida também prevê a renegociação de dívidas "
           "dos pequenos produtores. Reclaman más recursos.\n", 1),
    ("it", "Il ministro ha incontrato i sindacati a Roma. Le gouvernement veut réduire les dépenses publiques "
           "dès l'année prochaine. L'incontro è durato tre ore.\n", 1),
    # loanwords, names and a quoted phrase stay
    ("it", "Il nuovo smartphone ha un display più grande e una batteria che dura due giorni, secondo i test.\n", 0),
    ("es", "El grupo Rolling Stones tocará en el estadio Santiago Bernabéu el próximo sábado por la noche.\n", 0),
    ("pt", "O treinador disse que a equipa jogou «with heart and soul» e que o empate foi justo.\n", 0),
])
def test_a_fragment_left_in_another_language(language: str, text: str, expected: int) -> None:
    assert len(found(CONTEXT[language] + text + CONTEXT[language], language, "untranslated-fragment")) == expected


CONTEXT = {  # the article around the fragment: one sentence in five in another language is no bilingual text
    "it": "La giunta ha approvato il bilancio dopo una lunga discussione in consiglio comunale.\n\n"
          "Le opposizioni hanno chiesto più fondi per le scuole e per i servizi sociali.\n\n",
    "es": "El pleno aprobó el presupuesto tras un largo debate en el ayuntamiento.\n\n"
          "La oposición pidió más fondos para los colegios y los servicios sociales.\n\n",
    "pt": "A câmara aprovou o orçamento depois de um longo debate na assembleia municipal.\n\n"
          "A oposição pediu mais verbas para as escolas e para os serviços sociais.\n\n",
}


@pytest.mark.parametrize(("text", "expected"), [
    ("Als Grund nannte der Konzern die geringe Nachfrage in , vor allem bei Zulieferern.\n", 1),
    ("Die Stadt setzt bei der Sanierung auf Zuschüsse von , wie der Kämmerer sagte.\n", 1),
    ("Den Termin für die Schlichtung gab die Gewerkschaft am Abend auf mit.\n", 1),
    ("Die Polizei nahm zwei Verdächtige fest, teilte ein Sprecher am Morgen in mit.\n", 1),
    # a verb's particle before a comma, and a particle after its pronoun, are no holes
    ("Er fragte nach , ob die Zahlen stimmen.\n", 0),
    ("Das teilte ein Sprecher mit , bevor das Museum wieder öffnete.\n", 0),
    ("Beim Umzug packte die ganze Familie mit an.\n", 0),
    ("Die Firma gab am Montag bekannt, dass sie die Produktion einstellt und Personal abbaut.\n", 0),
    ("Er rief sie an, bevor er losfuhr, und teilte ihr den Termin mit.\n", 0),
])
def test_german_link_holes_around_particles(text: str, expected: int) -> None:
    assert len(found(text, "de", "link-hole")) == expected
