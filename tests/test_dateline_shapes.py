"""split-dateline by the shapes a torn dateline takes, from new examples in several languages:
one paragraph a line, the place with its comma, a bracket torn, a place that keeps its dash, a
bracketed source over a dashed lead; and lines of the same shapes that are no dateline."""
from __future__ import annotations

import pytest

from linter.engine import lint_text


def datelines(text: str, language: str) -> list[int]:
    return [d.line for d in lint_text(text, language=language) if d.rule == "split-dateline"]


# a text written one paragraph a line: headline / place / source / lead, no blank line between
@pytest.mark.parametrize(("language", "text", "line"), [
    ('it', "Chiude la cartiera di Valdarno, 140 operai a casa\nArezzo\nAgenzia Toscana Notizie\nLa cartiera di Valdarno chiuderà entro la fine di marzo, lasciando senza lavoro 140 dipendenti, ha annunciato ieri l'azienda.\n", 2),
    ('de', 'Neue Brücke über die Saale freigegeben\nHalle\nMitteldeutsche Presse\nNach drei Jahren Bauzeit ist die neue Brücke über die Saale am Montag für den Verkehr freigegeben worden, teilte die Stadt mit.\n', 2),
    ('en', 'Ferry fares to rise by a fifth on island routes\nKirkwall\nNorthern Isles Press\nFerry fares on the routes between Orkney and the mainland will rise by a fifth from April, the operator said on Monday.\n', 2),
    ('fr', "Le conseil régional vote un plan pour les ports bretons\nQuimper\nAgence Bretagne Ouest\nLe conseil régional a voté lundi un plan de quarante millions d'euros pour moderniser les ports de pêche du Finistère.\n", 2),
])
def test_a_place_and_its_agency_on_lines_of_their_own_over_the_lead(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


# the place keeps its comma, the date and the source open the lead's line
@pytest.mark.parametrize(("language", "text", "line"), [
    ('es', 'El Gobierno de Aragón aprueba el plan de regadíos\n\nTeruel,\n12 mar (Agencia Aragón Press).- El Gobierno de Aragón aprobó ayer el plan de regadíos para la comarca del Jiloca, con una inversión de doce millones.\n', 3),
    ('pt', 'Câmara de Braga aprova orçamento para 2027\n\nBraga,\n3 fev (Agência Minho) – A câmara municipal aprovou ontem o orçamento para o próximo ano, com os votos contra da oposição.\n', 3),
    ('it', 'Il consiglio regionale approva il piano dei porti\n\nPescara,\n4 apr (Agenzia Adriatica) - Il consiglio regionale ha approvato ieri il piano dei porti con ventidue voti favorevoli.\n', 3),
])
def test_a_place_with_its_comma_over_the_date_and_source(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


# the place line opens the source's bracket, the lead's line closes it
@pytest.mark.parametrize(("language", "text", "line"), [
    ('pt', 'Évora aprova plano para o centro histórico\n\nÉVORA, 3 mar (Agência\nAlentejo) – O município aprovou ontem o plano de reabilitação do centro histórico, com um investimento de oito milhões.\n', 3),
    ('es', 'La Diputación de Soria aprueba su presupuesto\n\nSORIA, 5 oct (Agencia\nDuero Press) - La Diputación aprobó ayer su presupuesto para el próximo año con los votos del equipo de gobierno.\n', 3),
    ('fr', "Le conseil régional adopte son budget\n\nRennes, 4 mai (Agence\nOuest Info) – Le conseil régional a adopté lundi son budget pour l'an prochain, en hausse de trois pour cent.\n", 3),
])
def test_a_dateline_torn_inside_the_sources_bracket(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


# the place keeps the dash its lead followed, alone above the lead
@pytest.mark.parametrize(("language", "text", "line"), [
    ('nl', 'Zwolle sluit zwembad voor de zomer\n\nZwolle -\n\nDe gemeente sluit het zwembad de hele zomer vanwege een grote renovatie van de installaties, meldt de wethouder.\n\nDe renovatie kost volgens de gemeente ruim vier miljoen euro en duurt tot het najaar.\n', 3),
    ('de', 'Görlitz saniert die Altstadtbrücke\n\nGörlitz –\n\nDie Stadt saniert ab Montag die Altstadtbrücke über die Neiße, die Arbeiten sollen bis zum Herbst dauern, teilte das Bauamt mit.\n\nDie Kosten von vier Millionen Euro trägt zum großen Teil der Freistaat Sachsen.\n', 3),
    ('en', 'Ferry fares to rise on island routes\n\nKirkwall —\n\nFerry fares on the routes between Orkney and the mainland will rise by a fifth from April, the operator said on Monday.\n\nThe council said it would ask the government to cap the increase for residents.\n', 3),
])
def test_a_place_that_keeps_its_dash(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


# a name in brackets over a lead that keeps its dash, whatever the name
@pytest.mark.parametrize(("language", "text", "line"), [
    ('de', 'Görlitz saniert die Altstadtbrücke\n\nGörlitz\n(Ostsachsen Presse)\n– Die Stadt saniert ab Montag die Altstadtbrücke über die Neiße, die Arbeiten sollen bis zum Herbst dauern.\n', 3),
    ('fr', "Le lac d'Annecy interdit aux bateaux à moteur\n\nAnnecy\n(Savoie Info)\n– Le conseil départemental a voté lundi l'interdiction des bateaux à moteur sur le lac pendant l'été.\n", 3),
    ('es', 'La Diputación aprueba su presupuesto\n\nSoria\n(Duero Noticias)\n– La Diputación aprobó ayer su presupuesto para el próximo año con los votos del equipo de gobierno.\n', 3),
])
def test_a_bracketed_source_over_a_dashed_lead(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


@pytest.mark.parametrize(("language", "text"), [
    ('de', 'Neue Brücke über die Saale freigegeben\nDie Kosten\nDer Bau kostete 40 Millionen Euro und damit doppelt so viel wie geplant, sagte der Bürgermeister am Montag.\n'),
    ('en', 'Ferry fares to rise on island routes\nContact\nHarbour Lines Ltd\nPier Road, Kirkwall\nFerry fares on the routes between Orkney and the mainland will rise by a fifth from April, the operator said on Monday.\n'),
])
def test_short_lines_that_name_no_agency_are_no_dateline(language: str, text: str) -> None:
    assert datelines(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ('de', 'Görlitz saniert die Altstadtbrücke\n\nDie Stadt saniert ab Montag die Altstadtbrücke über die Neiße, die Arbeiten sollen bis zum Herbst dauern, teilte das Bauamt mit.\n\nDie Kosten von vier Millionen Euro trägt zum großen Teil der Freistaat Sachsen.\n\nSo geht es weiter -\n\nAb Oktober soll die Brücke wieder für Fußgänger und Radfahrer offen sein, sagte der Sprecher.\n'),
])
def test_a_line_ending_with_a_dash_between_paragraphs_is_no_dateline(language: str, text: str) -> None:
    assert datelines(text, language) == []


@pytest.mark.parametrize(("language", "text"), [
    ('en', 'The council backs the budget\n\nThe vote\n(as expected)\n– the council approved the budget on Tuesday after a long debate in the chamber.\n'),
])
def test_a_bracket_over_a_dashed_line_needs_a_place_above(language: str, text: str) -> None:
    assert datelines(text, language) == []


# a place in capitals over its source set apart by brackets or a dash, whatever the name, right
# over the lead or past a blank line (the source's punctuation is the dateline's)
@pytest.mark.parametrize(("language", "text", "line"), [
    ('it', "Home › Cronaca › Liguria\n\nSARZANA\n(Lunigiana Stampa)\nIl consiglio comunale ha approvato ieri sera il piano per la nuova piscina coperta, che aprirà entro la fine del prossimo anno.\n\nLa spesa prevista è di tre milioni di euro.\n", 3),
    ('de', "Start › Lokales › Harz\n\nWERNIGERODE\n(harzer-Nachrichtendienst)\nDie Stadt hat am Montag den Bau einer neuen Sporthalle beschlossen, die bis zum Herbst des kommenden Jahres fertig sein soll.\n\nDie Kosten liegen bei vier Millionen Euro.\n", 3),
    ('en', "Home | Local | Business\n\nPENRITH\nEden Valley News Service —\nA family bakery that has traded in the town for ninety years will close at the end of the month, its owners said on Friday.\n\nThe shop employs twelve people.\n", 3),
    ('fr', "Accueil > Régions > Bretagne\n\nLANNION\n— Trégor Presse Service\n\nLa municipalité a voté lundi la fermeture de la piscine pour travaux pendant tout l'été, faute de personnel suffisant.\n\nLes travaux coûteront deux millions.\n", 3),
    ('es', "Por Lucía Ferrer | Cáceres\n\nPLASENCIA\n(Agencia Extremeña de Información)\n\nEl ayuntamiento aprobó ayer el plan de aparcamientos para el casco histórico, que entrará en vigor el próximo mes de marzo.\n\nLa oposición votó en contra.\n", 3),
    ('pt', "Por Joana Matos\n\nTOMAR\n— Agência Ribatejo Notícias\n\nA câmara municipal aprovou esta semana a construção de um novo centro de saúde, que deverá abrir no final do próximo ano.\n\nO investimento ronda os cinco milhões.\n", 3),
    ('nl', "Home > Regio > Drenthe\n\nMEPPEL\nDrents Persbureau —\nDe gemeente heeft dinsdag besloten het oude stadhuis te verkopen aan een projectontwikkelaar die er woningen wil bouwen.\n\nDe verkoop levert twee miljoen op.\n", 3),
    ('it', "Home › Sport\n\nCREMA\n— Gazzetta Padana Servizi\nLa squadra di pallavolo femminile ha conquistato domenica la promozione in serie A2 dopo una stagione senza sconfitte in casa.\n\nLa festa è durata tutta la notte.\n", 3),
    ('en', "By Tom Hale\n\nBUXTON\n(Peak District Wire)\nThe county council will spend four million pounds on repairing rural roads damaged by the winter floods, it said on Monday.\n\nWork starts in April.\n", 3),
    ('de', "Von Anna Berg\n\nHAMELN\nWeserbergland Pressedienst —\n\nDer Kreistag hat am Mittwoch einen neuen Nahverkehrsplan beschlossen, der mehr Busse in die Dörfer bringen soll.\n\nDer Plan gilt ab Januar.\n", 3),
])
def test_a_place_in_capitals_over_a_marked_source(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


# a kicker in capitals over a bracket or a dashed line that is no source: function words, a number
@pytest.mark.parametrize(("language", "text"), [
    ('en', "Home | Opinion\n\nINTERVIEW\n(Part two of three)\nThe minister spoke to us about the budget on Monday and said that the cuts would be shared fairly across the regions.\n\nShe also said more.\n"),
    ('de', "Start › Kultur\n\nKOMMENTAR\n— Eine Meinung von Anna Berg\nDie Stadt hat am Montag den Bau einer neuen Sporthalle beschlossen, die bis zum Herbst fertig sein soll, und das ist gut so.\n\nMehr dazu.\n"),
    ('it', "Il consiglio approva.\n\nIl bilancio è stato approvato dopo un lungo dibattito in aula, con i voti della maggioranza e l'astensione della Lega.\n\nRISULTATI\n(dati provvisori)\nLa lista civica ha ottenuto il 42 per cento dei voti, seguita dal centrodestra con il 31 per cento e dagli altri.\n"),
    ('fr', "Accueil > Sport\n\nFOOTBALL\n(Ligue 2)\nLe club a battu samedi son voisin sur le score de deux buts à zéro devant huit mille spectateurs, une affluence record.\n\nLa fête a duré.\n"),
])
def test_a_kicker_over_a_marked_line_is_no_dateline(language: str, text: str) -> None:
    assert datelines(text, language) == []


# a whole dateline, its source in brackets and maybe the lead's dash, on a line of its own over the
# text's first paragraph (blank lines around it, or one paragraph a line under a date line)
@pytest.mark.parametrize(("language", "text", "line"), [
    ('de', "Brücke gesperrt\n\nMarbach (lsw) -\n\nDie Brücke über den Neckar ist seit Montag für Lastwagen gesperrt, teilte das Landratsamt am Dienstag mit.\n\nDie Sperrung dauert bis Juni.\n", 3),
    ('it', "Chiude il museo\n\nVALDORA (Adnkronos)\n\nIl museo civico chiuderà per tre mesi a partire da lunedì per consentire i lavori di restauro delle sale.\n\nRiapre a giugno.\n", 3),
    ('es', "Incendio en la sierra\nSábado, 3 de agosto de 2024\nTorrelavid, 2 ago (EFE).-\nEl fuego declarado el viernes por la tarde ha calcinado ya unas 900 hectáreas y obligado a desalojar dos aldeas.\nMás de cien efectivos trabajan en la zona.\n", 3),
    ('pt', "Greve nos transportes\n\nPorto Novo, 12 mar (Agência Litoral) –\n\nOs motoristas da empresa municipal de transportes entraram esta quarta-feira em greve por melhores salários e horários.\n\nA greve dura dois dias.\n", 3),
    ('fr', "Le pont fermé\n\nQUIMPERLÉ (Ouest Info) —\n\nLe pont sur la Laïta est fermé à la circulation depuis lundi pour des travaux qui doivent durer trois semaines.\n\nUne déviation est en place.\n", 3),
    ('nl', "Brug dicht\n\nZwolle (ANP) -\n\nDe brug over de IJssel is sinds maandag dicht voor vrachtverkeer, meldt de provincie in een verklaring.\n\nDe afsluiting duurt tot juni.\n", 3),
])
def test_a_whole_dateline_on_a_line_of_its_own(language: str, text: str, line: int) -> None:
    assert datelines(text, language) == [line]


# a subheading with a bracket over a later paragraph is no dateline
@pytest.mark.parametrize(("language", "text"), [
    ('en', "Council backs budget\n\nThe council approved the new budget on Tuesday after a long debate in the chamber.\n\nThe vote (in full)\n\nTwenty members voted in favour and twelve against, with three abstentions from the opposition benches.\n",),
    ('de', "Stadt baut\n\nDer Stadtrat hat am Dienstag den neuen Haushalt nach einer langen Debatte beschlossen.\n\nDie Kosten (Übersicht) –\n\nDer Bau kostet 40 Millionen Euro und damit doppelt so viel wie geplant, sagte der Bürgermeister.\n",),
])
def test_a_bracketed_subheading_over_a_later_paragraph(language: str, text: str) -> None:
    assert datelines(text, language) == []
