"""One sentence of ordinary news prose per language: the paragraphs that tests of the line rules
put around the line they test (where a scraper leaves page furniture)."""

PROSE = {
    "en": "The council approved the new budget on Tuesday after a long debate in the chamber.",
    "it": "Il consiglio comunale ha approvato il nuovo bilancio martedì dopo un lungo dibattito in aula.",
    "de": "Der Gemeinderat hat den neuen Haushalt am Dienstag nach einer langen Debatte im Saal beschlossen.",
    "fr": "Le conseil municipal a adopté le nouveau budget mardi après un long débat dans la salle.",
    "es": "El pleno municipal aprobó el nuevo presupuesto el martes tras un largo debate en la sala.",
    "pt": "A câmara municipal aprovou o novo orçamento na terça-feira depois de um longo debate na sala.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat in de zaal de nieuwe begroting goedgekeurd.",
}
