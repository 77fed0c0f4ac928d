"""`byline-line`: `line-marker` for bylines, plus credits below the text and a byline run into
the end of a paragraph.

Lines that match data `closing` count only below the text's last paragraph of prose (data
`body`), or as that paragraph when it is one line, where the page prints its credits: there a
reporter's note or a bare desk code is no sentence of the article. Lines that match data `edges` count among the text's first three
lines and from its last paragraph of prose on: where aggregators put their notes.

A paragraph that ends with a match of data `tail` right after a sentence's end (`… il Genoa.
Di Riccardo Bellandi – Pallonaro.it`) carries a byline the page printed under it; data
`last_tail` (a byline without its outlet, `… au printemps. Par Marc Lefèvre`) counts only on
the text's last paragraph of prose or below it, since inside the text the same words may be
the start of a sentence that was cut; data `paragraph_tail` (a byline of two names or more) counts
on any paragraph's last line, with more text below. The patterns match from the byline to the line's end.
The finding covers the byline and the space before it, so the fix leaves the sentence intact.
A line of data `shared` (a byline with the page's extras, maybe a date) keeps other rules'
findings on it: a misspelt date there is reported as well.

A line of data `code_line` (a short line, no picture's credit) that holds a group of codes joined
by slashes (data `code_group`: `red/lmc`, `NNP/rvd`, `mdz/Text`) of which one part, two to five
letters in lower case, is no word of the text's language nor of English (Zipf under option
`code_zipf`; an editor's initials, not a party's or a network's in capitals, `Grüne/EFA`) is an
editor's sign-off, below the text's first paragraph, whatever words stand beside it (`red/lmc –
Adriapress`, `(NNP/rvd – eindredactie M. de Boer)`): words joined by a slash (`and/or`, `km/h`,
`AC/DC`) are words, and only the newsroom writes its initials so.

A line of data `sign_off` (a name or initials, `Julien FAVRAT`, `Y. L. G.`) among the text's last
three lines, under a paragraph of prose, is the reporter's sign-off when it names the byline above
the text again or is a new name the line model calls furniture (`signed_off`).
"""
from __future__ import annotations

from collections import deque

from ..compiled import compile_cached
from ..document import WORD, Document
from ..langdata import lowered_words
from ..lexicon import zipf
from ..linemodel import probabilities
from ..rule import Finding
from .line_marker import LineMarkerCheck, unwrapped_blocks

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

# A paragraph that ends like a sentence has no byline run into it: no pattern is tried there
# (a closing bracket may close a byline in brackets: `… im Stadtrat. (Von Karin Lenz)`).
_ENDS_SENTENCE = compile_cached(r"[.!?…:;,\"”’»]$")
# The space between the sentence's end and the byline (none where the byline was glued to it,
# `… am Marktplatz.Von X`: then the byline opens with a capital).
_SPACE_BEFORE = compile_cached(r"[.!?…][\"”’»)]*([ \u00a0\u202f]*)$")
# The rights holder a credit may name beside the text's credit (`… Reuters. © NordKurier GmbH`,
# `Door X – © Noordzee Persbureau`): the sign and the holder, up to a stop, a dash or a bar.
_RIGHTS_HOLDER = compile_cached(r"(?:©|\([cC]\))[^.!?–—|·]*[.!?]?")
_SEPARATORS = " \u00a0\u202f–—-|·."
# What a sign-off names before its extras: the reporter, not the editor's code or a second reporter.
_SIGN_OFF_EXTRAS = compile_cached(r"[,(].*")
# Editors' codes joined by slashes after the last sentence of the text's last paragraph, maybe in
# brackets (`… nulla. (mgr/fz)`, `… bleibt. hst/sdn`): the space, the codes as written, the codes.
_CODE_TAIL = compile_cached(r"[.!?…][\"”’»]?([ \u00a0\u202f]+)(\(?(\p{L}{1,5}(?:/\p{L}{1,5}){1,2})\)?)$")
# A sentence's end and the space after it, in a paragraph (`… geven. – Femke Hoogland`); the last few
# are where a sign-off may start (`… plateau ». H. Maréchal`).
_SENTENCE_GAP = compile_cached(r"[.!?…»”\"][\"”’»]*([ \u00a0\u202f]+)(?=\S)")
_SIGN_OFF_GAPS = 3
_TOP_LINES = 5  # the text's first lines, where its byline stands
_CLOSING_QUOTES = ("»", "”", '"', "“", "’")
# The words of a line that is a paragraph of prose, not a letter's closing formula (`Cordialement,`).
_PROSE_WORDS = 5


class BylineCheck(LineMarkerCheck):
    name = "byline-line"
    DATA = LineMarkerCheck.DATA | {"tail", "last_tail", "paragraph_tail", "closing", "edges", "shared", "code_group",
                                   "code_line", "credit_gate", "credit_exclude", "credit_who", "credit_signals",
                                   "sign_off"}
    # (`closing` counts below the last paragraph; `code_line` is tried with its codes, `code_group`)
    NOT_LISTING = LineMarkerCheck.NOT_LISTING | {"tail", "last_tail", "paragraph_tail", "closing", "shared",
                                                 "code_group", "code_line", "credit_gate", "credit_exclude", "credit_who", "credit_signals",
                                                 "sign_off"}
    OPTIONS = {**LineMarkerCheck.OPTIONS, "code_zipf": 3.0, "code_model": 0.7, "code_model_zipf": 4.0, "credit_needs": 2, "sign_off_model": 0.5, "sign_off_zipf": 4.0}

    def listed(self, doc: Document, index: int, text: str) -> bool:
        if super().listed(doc, index, text):
            return True
        closing, edges = self.matcher(doc, "closing"), self.matcher(doc, "edges")
        if self.signed_off(doc, index, text):
            return True
        if self.below_text(doc, index) and ((closing is not None and closing.fullmatch(text)) or self.credited(doc, text)):
            return True
        if edges is not None and self.at_edge(doc, index) and edges.fullmatch(text):
            return True
        return self.body_start(doc) < index and self.signed_with_codes(doc, index, text)

    def credited(self, doc: Document, text: str) -> bool:
        """True for a line of data `credit_gate`, none of data `credit_exclude`, that names someone
        (one of the signals of data `credit_who`) and in which at least option `credit_needs` of
        the signals of data `credit_signals` are found: a credit in whatever words. A line that
        names a rights holder with `©` beside such a credit (`Mit Material von dpa und Reuters.
        © NordKurier Medien GmbH`) is one too: the holder is left out, and what is left must be
        a credit by itself (a picture's `© X / Y` leaves nothing, or no credit)."""
        if self.credit_words(doc, text):
            return True
        if "©" not in text and "(c)" not in text.lower():
            return False
        rest = _RIGHTS_HOLDER.sub(" ", text).strip(_SEPARATORS)
        return bool(rest) and rest != text.strip(_SEPARATORS) and self.credit_words(doc, rest)

    def credit_words(self, doc: Document, text: str) -> bool:
        """The test of `credited` on the line's words as they stand."""
        gate, exclude = self.matcher(doc, "credit_gate"), self.matcher(doc, "credit_exclude")
        return (gate is not None and bool(gate.fullmatch(text)) and not (exclude is not None and exclude.fullmatch(text))
                and self.signals_found(doc, "credit_who", text, 1)
                and self.signals_found(doc, "credit_signals", text, self.options["credit_needs"]))

    def signed_off(self, doc: Document, index: int, text: str) -> bool:
        """True for a reporter's sign-off (data `sign_off`) among the text's last three lines, below
        its last paragraph or above nothing but lines the rule reports (`Y. L. G.` over `Cet article
        vous est proposé par …`), under a paragraph of prose (five words or more, not a letter's
        closing formula, which ends with a comma), that names the reporter (`names_reporter`)."""
        last = doc.memo("last-three-lines", _last_three)
        shape = self.matcher(doc, "sign_off")
        if index not in last or shape is None or not shape.fullmatch(text):
            return False
        if index < self.body_end(doc) and not all(self.marked(doc, below) for below in last if below > index):
            return False
        above = self.previous_nonblank(doc, index)
        above_text = "" if above is None else self.stripped(doc, above)
        return (len(WORD.findall(above_text)) >= _PROSE_WORDS and not above_text.endswith(",")
                and self.names_reporter(doc, index, text, above_text))

    def names_reporter(self, doc: Document, index: int, text: str, above_text: str) -> bool:
        """True when a sign-off names the byline above the text again, its name or its initials
        (`Par Yann Le Goff` … `Y. L. G.`), or a name none of whose words the text writes in lower
        case, one of them rare as a word (Zipf under option `sign_off_zipf`: a surname), on a line
        the line model gives at least option `sign_off_model` of being furniture, not under a
        letter quoted to the end (`above_text`: the line above)."""
        words = [w for w in WORD.findall(_SIGN_OFF_EXTRAS.sub("", text)) if w[0].isupper()]
        if all(len(w) == 1 for w in words):  # initials
            return any("".join(words) in run for run in self.header_initials(doc))
        if not any(w[1:].islower() for w in words):  # a name in capitals alone is a heading's
            return False
        if all(w.lower() in self.header_words(doc) for w in words):
            return True
        if not any(zipf(w.lower(), doc.language) < self.options["sign_off_zipf"] for w in words):
            return False  # no surname among them: `Read More`, `Mehr Zum Thema`
        if doc.lines[index].lstrip().startswith(">") or above_text.endswith(_CLOSING_QUOTES):
            return False  # the signature of a letter quoted to the end
        probability = probabilities(doc)[index]
        return (probability is not None and probability >= self.options["sign_off_model"]
                and not any(w.lower() in doc.memo("lower-case-words", _lower_case_words) for w in words))

    def header_words(self, doc: Document) -> frozenset[str]:
        """The words above the text's first paragraph (its byline's among them), in lower case."""
        return doc.memo(f"header-words:{self.spec.id}", lambda d: frozenset(
            w.lower() for i in range(min(self.body_start(d), len(d.prose_lines))) for w in WORD.findall(self.stripped(d, i))))

    def header_initials(self, doc: Document) -> list[str]:
        """The initials of each run of capitalised words above the text's first paragraph
        (`Par Yann Le Goff`: `PYLG`)."""
        return doc.memo(f"header-initials:{self.spec.id}", lambda d: _initials(
            self.stripped(d, i) for i in range(min(self.body_start(d), len(d.prose_lines)))))

    def signed_with_codes(self, doc: Document, index: int, text: str) -> bool:
        """True for a line of data `code_line` with a group of data `code_group` of which one part
        (two to five letters in lower case) is no word of the text's language nor of English, or
        one rarer than option `code_model_zipf` (`HL/sport/tor`) on a line the line model gives
        option `code_model` or more of being furniture."""
        group, line = self.pattern(doc, "code_group"), self.matcher(doc, "code_line")
        if group is None or line is None or "/" not in text or not line.fullmatch(text):
            return False
        codes = [match.group(0) for match in group.finditer(text)]
        plain, modelled = self.options["code_zipf"], self.options["code_model_zipf"]
        if any(self.editor_codes(doc, found, min(plain, modelled)) for found in codes):
            return True  # rare enough whatever the line model says
        if not any(self.editor_codes(doc, found, max(plain, modelled)) for found in codes):
            return False  # too common whatever it says: the text's line model is not computed
        furniture = probabilities(doc)[index]
        furnished = furniture is not None and furniture >= self.options["code_model"]
        return furnished == (modelled > plain)  # the limit the model picks is the one that passes

    def editor_codes(self, doc: Document, codes: str, limit: float) -> bool:
        """True for codes joined by slashes (`red/lmc`, `EPS/nvi`) of which one part, two to five
        letters in lower case, is rarer than `limit` in the text's language and in English: an
        editor's initials."""
        return any(2 <= len(part) <= 5 and part.islower() and zipf(part, doc.language) < limit and zipf(part, "en") < limit
                   for part in codes.split("/"))

    def shares_line(self, doc: Document, index: int, text: str) -> bool:
        shared = self.matcher(doc, "shared")
        return super().shares_line(doc, index, text) or (shared is not None and bool(shared.fullmatch(text)))

    def _reportable_lines(self, doc: Document) -> frozenset[int]:
        lines = super()._reportable_lines(doc)
        coded = frozenset(i for i, line in enumerate(doc.prose_lines) if "/" in line and i not in lines
                          and len(line) <= self.options["max_length"] and self.signed_with_codes(doc, i, self.stripped(doc, i)))
        signed = self.matcher(doc, "sign_off")  # a sign-off above a credit may stand above the last paragraph
        lines |= coded | frozenset(i for i in doc.memo("last-three-lines", _last_three)
                                   if signed is not None and signed.fullmatch(self.stripped(doc, i)))
        end, closing = self.body_end(doc), self.matcher(doc, "closing")
        if (isinstance(end, int) and end not in lines and self.below_text(doc, end)
                and ((closing is not None and closing.fullmatch(self.stripped(doc, end)))
                     or self.credited(doc, self.stripped(doc, end)))):
            return lines | {end}  # the text's last paragraph, a reporter's note
        return lines

    def below_text(self, doc: Document, index: int) -> bool:
        """True below the text's last paragraph of prose, or on it when it is a paragraph of one
        line: a reporter's note (`X is a reporter who covers …`) is a sentence of twelve words too.
        So is a line that is a block of its own, or one of a block written one paragraph a line
        (a line longer than any wrapped text's in it), though no blank line stands above it."""
        end = self.body_end(doc)
        if index != end:
            return index > end
        if self.blank(doc, index - 1):
            return True
        block = doc.block_on_line(index)  # a block of its own, or a text written one paragraph a line
        if block is None:
            return False
        first, last = doc.line_range(block)
        return first == last == index or first in unwrapped_blocks(doc)

    def at_edge(self, doc: Document, index: int) -> bool:
        """True for one of the text's first three lines, or a line from its last paragraph on."""
        def first_three(d: Document) -> frozenset[int]:
            found: list[int] = []
            line = self.next_nonblank(d, -1)
            while line is not None and len(found) < 3:
                found.append(line)
                line = self.next_nonblank(d, line)
            return frozenset(found)

        return index >= self.body_end(doc) or index in doc.memo("first-three-lines", first_three)

    def find(self, doc: Document) -> Iterable[Finding]:
        yield from super().find(doc)
        tail, last_tail = self.pattern(doc, "tail"), self.pattern(doc, "last_tail")
        paragraph_tail = self.pattern(doc, "paragraph_tail")
        if tail is None and last_tail is None and paragraph_tail is None:
            return
        for index in range(len(doc.prose_lines)):
            text = self.stripped(doc, index)
            if not text:
                continue
            signed = self.signed_tail(doc, index, text)
            if signed is not None:
                yield self.tail_finding(doc, index, *signed)  # `… kunnen geven. – Femke Hoogland`
                continue
            if _ENDS_SENTENCE.search(text):
                continue
            last = index >= self.body_end(doc) or index >= doc.memo(f"furniture-below:{self.spec.id}", self._furniture_below)
            patterns = [tail] + ([last_tail] if last else []) + ([paragraph_tail] if self.blank(doc, index + 1) else [])
            for pattern in filter(None, patterns):
                match = pattern.search(text)
                space = match and _SPACE_BEFORE.search(text, 0, match.start())
                if space and (space.group(1) or match.group(0)[0].isupper()) and not self.marked(doc, index):
                    yield self.tail_finding(doc, index, space.start(1), match.group(0))
                    break
            else:
                code = _CODE_TAIL.search(text) if last else None
                if code and self.editor_codes(doc, code.group(3), self.options["code_zipf"]) and not self.marked(doc, index):
                    yield self.tail_finding(doc, index, code.start(1), code.group(2))  # `… nulla. (mgr/fz)`

    def signed_tail(self, doc: Document, index: int, text: str) -> tuple[int, str] | None:
        """(where the space before it starts, the sign-off) for a paragraph that ends, after its
        last sentence, with a sign-off (data `sign_off`) that names the byline above the text again,
        its words or its initials (`Door Femke Hoogland` … `geven. – Femke Hoogland`, `Par Yannick
        Deschamps-Oury` … `Y.D.-O.`): the reporter signing off, not a sentence."""
        shape = self.matcher(doc, "sign_off")
        if shape is None or not self.blank(doc, index + 1):
            return None
        for gap in deque(_SENTENCE_GAP.finditer(text), maxlen=_SIGN_OFF_GAPS):  # the last few, in order
            sign = text[gap.end():]
            if shape.fullmatch(sign) and self.repeats_byline(doc, index, sign) and not self.marked(doc, index):
                return gap.start(1), sign
        return None

    def repeats_byline(self, doc: Document, index: int, sign: str) -> bool:
        """True when the capitalised words of a sign-off on line `index` are the byline's above the
        text (an initial stands for one of them), or its initials are the byline's (`Y.D.-O.`)."""
        words = [w for w in WORD.findall(_SIGN_OFF_EXTRAS.sub("", sign)) if w[0].isupper()]
        bylines = doc.memo(f"top-bylines:{self.spec.id}", self._top_bylines)
        header = self.body_start(doc) < index  # the lines above the text's first paragraph, if it has one
        if all(len(w) == 1 for w in words):
            runs = [*(self.header_initials(doc) if header else ()), *_initials(bylines)]
            return len(words) > 1 and any("".join(words) in run for run in runs)
        names = (self.header_words(doc) if header else frozenset()) | {w.lower() for line in bylines for w in WORD.findall(line)}
        return all(w.lower() in names if len(w) > 1 else any(n[:1] == w.lower() for n in names) for w in words)

    def _top_bylines(self, doc: Document) -> list[str]:
        """The lines among the text's first few that open with a byline word or that the rule
        reports (its byline, maybe glued to the lead), as it writes them."""
        top: list[str] = []
        openers = lowered_words(doc, "byline_words")
        for index in range(len(doc.prose_lines)):
            if len(top) >= _TOP_LINES:
                break
            if not self.blank(doc, index):
                text = self.stripped(doc, index)
                first = WORD.search(text)
                top.append(text if (first and first.group().lower() in openers) or self.marked(doc, index) else "")
        return [line for line in top if line]

    def _furniture_below(self, doc: Document) -> int:
        """The 0-based index of the last line of prose above nothing but blank lines and lines this
        rule reports (`… nulla. (mgr/fz)` over `L'articolo … proviene da …`): there the text ends
        as on its last paragraph."""
        index = len(doc.prose_lines) - 1
        while index >= 0 and (self.blank(doc, index) or self.marked(doc, index)):
            index -= 1
        return index

    def tail_finding(self, doc: Document, index: int, start: int, byline: str) -> Finding:
        """The finding over the byline at offset `start` of the stripped line `index`."""
        line = doc.prose_lines[index]
        first = doc.line_starts[index] + len(line) - len(line.lstrip())  # where the stripped line starts
        # Like a line finding it may hold an address (`– Portonews.it`); the engine then drops the fix.
        return Finding(first + start, first + len(self.stripped(doc, index)), values={"line": byline},
                       replacement="", whole_line=True)


def _initials(lines: Iterable[str]) -> list[str]:
    """The initials of each run of capitalised words in the lines (`Par Yann Le Goff`: `PYLG`)."""
    found: list[str] = []
    for line in lines:
        run = ""
        for word in [part for word in WORD.findall(line) for part in word.split("-")] + [""]:  # `Deschamps-Oury`: D, O
            if word[:1].isupper():
                run += word[0]
                continue
            if len(run) > 1:
                found.append(run)
            run = ""
    return found


def _last_three(doc: Document) -> frozenset[int]:
    """The 0-based indexes of the text's last three lines that are not blank."""
    found: list[int] = []
    for index in range(len(doc.prose_lines) - 1, -1, -1):
        if doc.prose_lines[index].strip():
            found.append(index)
            if len(found) == 3:
                break
    return frozenset(found)


def _lower_case_words(doc: Document) -> frozenset[str]:
    """The words the text writes in lower case."""
    return frozenset(w for w in WORD.findall(doc.prose) if w.islower())
