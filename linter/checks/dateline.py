"""`split-dateline`: a dateline torn from its paragraph, the place on a line of its own and the
source (`CNN`, `(Reuters) –`) opening the next line.

Data (regexes, per language like `line-marker`'s, placeholders expand the same way): `place`,
the whole place line, which must follow a blank line or be a paragraph of its own (a text
written one paragraph a line); `source_line`, matched at the start of
the next line, whose named group `source` (or the whole match) ends the reported span.
A source line that is all its paragraph (a blank line or the end follows, the rest of the
lead, opening with a dash, or, in a text written one paragraph a line, the lead itself) may also match data `named_source` (an agency's name, a desk code),
or, under a place written in capitals or one that the lead or the headline names again, data
`caps_source` (any name but one common word of the language, a section's): the place's case,
its recurrence and the layout tell what no list can. Under a place in capitals the source may stand after
blank lines (`OVIEDO` / `` / `Astur Press`), and right over the lead when the dateline's
punctuation sets it apart: brackets or a dash (`OVIEDO` / `(Astur Press)` or `— Astur Press`).
A whole dateline on a line of its own over the text's first paragraph (`Kellbach (wdn) -`,
`Villamora, 3 ago (AMN).-`: the place, maybe its date, the source in brackets, maybe the dash) is
reported alone. A place with no source at all is reported when it matches data `alone` (a place in capitals),
or it ends with a dash or the paragraph under it opens with one (the rest of its dateline:
`Zuidervaart -`, `Oviedo` / `– Los …`), or a line of data `date_line` (a date alone, the rest
of its dateline: `Quimperlac` / `le 13 juin 2025`) stands under it,
and stands right above one of the text's first two paragraphs (lines that match data `body`;
the first may be a standfirst or a caption), with the message of data `alone_message`.
A place that is a block of its own counts whatever stands above it when the source under it
signs the lead after a dash (`Hollfurt` / `(lnd) - Die Stadt …`).
"""
from __future__ import annotations

from ..compiled import compile_cached
from ..document import Document
from ..langdata import lowered_words
from ..lexicon import zipf
from ..rule import Finding
from .line_marker import SHORT_LINE, LinePatterns

TYPE_CHECKING = False  # typing's flag, without importing typing: a run never does (~3 ms)
if TYPE_CHECKING:
    from typing import Iterable

# The end of a line that is no wrapped sentence: punctuation, or a capitalised last word.
_LINE_END = compile_cached(r"(?:[.!?:…»”\")\]]|(?<![\p{L}\d'’-])[\p{Lu}\d][\p{L}\d'’.-]*)$")
# A source in brackets, alone on its line: `(Lunigiana24)`, `(dpa)`.
_BRACKETED = compile_cached(r"\([^()]{2,40}\)")
# Where a place's region begins: `, Scotland`, ` (Portugal)`.
_REGION = compile_cached(r"[,(]")
# A source line of one word this common is a section's name, no outlet's (`Sport`, `Meinung`).
_SECTION_WORD_ZIPF = 3.0
# A place that keeps the dash its lead followed: `Zuidervaart -` (no heading ends so).
_TRAILING_DASH = compile_cached(r"\p{L}[ \u00a0]+[-–—]$")
# A source that signs the lead after a dash, the lead going on (`(lnd) - Die Stadt …`): under a
# place that is a paragraph of its own, a dateline whatever stands above the place.
_SIGNED_LEAD = compile_cached(r"[-–—][ \u00a0]+\S$")
# A whole dateline on a line of its own, its source in brackets and maybe the lead's dash after
# it: `Kellbach (wdn) -`, `OHRSTEIN (snd)`, `Villamora, 3 ago (AMN).-`, `(Agência Norte) –`.
_WHOLE = compile_cached(r"(?:[^()]{2,60}[ \u00a0])?\([^()]{2,40}\)[.,]?[ \u00a0]*[-–—]*")
# The rest of a torn dateline's paragraph: the lead opening with its dash (`– Os centros …`).
_DASHED_LEAD = compile_cached(r"[-–—][ \u00a0]+\S")
# A source line set apart as a dateline's: its name in brackets, or after or before the dash the
# dateline puts between source and lead (`(Eifel Presse)`, `— Eifel Presse`, `Eifel Presse —`).
_MARKED_SOURCE = compile_cached(r"\((?<name>[^()]{2,40})\)|[-–—][ \u00a0]+(?<name>[^-–—]{2,40})|(?<name>[^-–—]{2,40})[ \u00a0]+[-–—]")


class SplitDatelineCheck(LinePatterns):
    name = "split-dateline"
    DATA = frozenset({"place", "source_line", "named_source", "caps_source", "alone", "body", "alone_message",
                      "date_line"})

    def find(self, doc: Document) -> Iterable[Finding]:
        place, source = self.matcher(doc, "place"), self.pattern(doc, "source_line")
        if place is None or source is None:
            return
        taken = -1  # the last line a reported dateline reaches (a source line is no place)
        for index in range(len(doc.prose_lines) - 1):
            text = self.stripped(doc, index)
            if index <= taken or not text or not place.fullmatch(text):
                continue
            line = doc.prose_lines[index]
            start = doc.line_starts[index] + len(line) - len(line.lstrip())
            capitals = _in_capitals(text)
            below = self.next_nonblank(doc, index) if capitals else index + 1
            if below is None:
                continue
            following = doc.prose_lines[below]
            indent = len(following) - len(following.lstrip())
            opens = self.blank(doc, index - 1) or self.own_paragraph(doc, index) or self.short_pair(doc, index)
            match = source.match(following, indent) if opens or self.own_block(doc, index) else None
            if match is not None and not opens and not _SIGNED_LEAD.search(match.group(0)):
                match = None  # a line of its own under any line: only a source with the lead's dash
            if match is not None:
                group = "source" if match.groupdict().get("source") is not None else 0
                end, said = doc.line_starts[below] + match.end(group), match.group(group).strip()
            elif opens and self.names_source(doc, below, any_name=capitals or _named_near(doc, index, below, text)
                                             or self.bracketed_over_dash(doc, below)):
                said = following.strip()
                end = doc.line_starts[below] + len(following.rstrip())
            elif self.above_body(doc, index, text) or (_WHOLE.fullmatch(text) and self.over_body(doc, index)):
                yield Finding(start, doc.line_starts[index] + len(line.rstrip()), values={"place": text, "source": ""},
                              message=self.spec.data.get("alone_message"))
                continue
            else:
                continue
            taken = below
            yield Finding(start, end, values={"place": text, "source": said})

    def names_source(self, doc: Document, index: int, any_name: bool) -> bool:
        """True when line `index` is a paragraph's last line naming the source alone: an
        agency or a desk code, or with `any_name` (under a place in capitals, or one the
        headline or lead names too) any name but a common word of the language."""
        text = self.stripped(doc, index)
        marked = _MARKED_SOURCE.fullmatch(text)
        core = marked.group("name").strip() if marked else text
        ends = self.blank(doc, index + 1) or bool(_DASHED_LEAD.match(self.stripped(doc, index + 1)))
        if not ends and self.own_paragraph(doc, index):
            ends = bool(_BRACKETED.fullmatch(text)) or self.opens_body(doc, index + 1)
        ends = ends or self.heads_wrapped(doc, index)
        named = self.matcher(doc, "named_source")
        caps = self.matcher(doc, "caps_source") if any_name else None
        if named is not None and named.fullmatch(core) and (ends or self.over_lead(doc, index)):
            return True
        if not ends and not (marked and self.over_lead(doc, index) and self.opens_body(doc, index + 1)):
            return False  # a line of its own over a long one: an agency's name, or any name set apart as a source
        return caps is not None and bool(caps.fullmatch(core)) and not _common_word(core, doc.language)

    def short_pair(self, doc: Document, index: int) -> bool:
        """True for a short line with another short line right under it in its block, the line
        above it no sentence going on into it (ending on a preposition or an article): no
        wrapped line is short before its paragraph ends, so the first is a line of its own (a
        text written one line per item: headline / place / source / lead, no blank line between)."""
        if self.blank(doc, index + 1) or max(len(self.stripped(doc, i)) for i in (index, index + 1)) >= SHORT_LINE:
            return False
        above = self.stripped(doc, index - 1).rsplit(None, 1)[-1:] if index > 0 else []
        return not above or above[0] not in _links(doc)

    def over_lead(self, doc: Document, index: int) -> bool:
        """True for a short line right above a long one in its block: no wrapped line is short
        before its paragraph ends, so it is a line of its own (the source line over the lead, or
        over a caption, in a text written one paragraph a line)."""
        return (len(self.stripped(doc, index)) < SHORT_LINE and not self.blank(doc, index + 1)
                and len(self.stripped(doc, index + 1)) >= SHORT_LINE)

    def bracketed_over_dash(self, doc: Document, index: int) -> bool:
        """True for a name in brackets alone on its line over a paragraph that opens with a dash:
        the source of a dateline whose lead keeps its dash (`Görlitz` / `(Ostsachsen Presse)` /
        `– Die Stadt …`), whatever the name."""
        return bool(_BRACKETED.fullmatch(self.stripped(doc, index))) and bool(
            _DASHED_LEAD.match(self.stripped(doc, index + 1)))

    def own_block(self, doc: Document, index: int) -> bool:
        """True for a line that is a block of its own."""
        block = doc.block_on_line(index)
        return block is not None and doc.line_range(block) == (index, index)

    def own_paragraph(self, doc: Document, index: int) -> bool:
        """True for a line that is a paragraph of its own without blank lines around it (a text
        written one paragraph a line), after a line that is no wrapped sentence: it ends with
        punctuation or on a capitalised word (a credit, a heading), not on `a` or `the`; a line in
        capitals (`EMMEN`) is never a wrapped sentence's, whatever stands above it."""
        if not self.own_block(doc, index):
            return False
        above = self.previous_nonblank(doc, index)
        return above is None or _in_capitals(self.stripped(doc, index)) or _LINE_END.search(
            self.stripped(doc, above)) is not None

    def heads_wrapped(self, doc: Document, index: int) -> bool:
        """True for a short line among the first of a wrapped paragraph whose rest, from the next
        line on, is the lead (its lines joined match data `body`): no wrapped line is short
        before its paragraph ends, so the short lines that open it were lines of their own
        (`Goslar` / `nrd-Nachrichtendienst` / `Im Nationalpark …` in one Markdown paragraph)."""
        block, body = doc.block_on_line(index), self.matcher(doc, "body")
        if block is None or body is None:
            return False
        first, last = doc.line_range(block)
        if not first <= index < last or any(len(self.stripped(doc, i)) >= SHORT_LINE for i in range(first, index + 1)):
            return False
        rest = " ".join(self.stripped(doc, i) for i in range(index + 1, last + 1))
        return len(self.stripped(doc, index + 1)) >= SHORT_LINE and bool(body.fullmatch(rest))

    def above_body(self, doc: Document, index: int, text: str) -> bool:
        """True when the place matches data `alone` and the next line of text is one of the first two
        paragraphs."""
        alone, after = self.matcher(doc, "alone"), self.next_nonblank(doc, index)
        if alone is None or after is None:
            return False
        date = self.matcher(doc, "date_line")
        if date is not None and date.fullmatch(self.stripped(doc, after)):
            after = self.next_nonblank(doc, after)  # the dateline's date, torn off as well
            return after is not None and self.opens_body(doc, after)
        if (not alone.fullmatch(text) and not _DASHED_LEAD.match(self.stripped(doc, after))
                and not _TRAILING_DASH.search(text)):
            return False
        return self.opens_body(doc, after)

    def over_body(self, doc: Document, index: int) -> bool:
        """True when the next line of text under line `index` is the text's first paragraph (a
        subheading with a bracket stands over a later one)."""
        after = self.next_nonblank(doc, index)
        return after is not None and self.opens_body(doc, after, first=True)

    def opens_body(self, doc: Document, index: int, first: bool = False) -> bool:
        """True when line `index` is one of the text's first two paragraphs (lines that match data
        `body`), or with `first` the first one."""
        body = self.matcher(doc, "body")
        if body is None:
            return False

        def first_two(d: Document) -> list[int]:
            """The first two lines that match `body`, or that open a wrapped paragraph (its first
            line no short one) whose lines joined match it."""
            found: list[int] = []
            for block in d.blocks:
                first, last = d.line_range(block)
                lines = {i for i in range(first, last + 1) if body.fullmatch(self.stripped(d, i))}
                if (last > first and len(self.stripped(d, first)) >= SHORT_LINE
                        and body.fullmatch(" ".join(d.block_text(block).split()))):
                    lines.add(first)
                found.extend(sorted(lines))
                if len(found) >= 2:
                    break
            return found[:2]

        starts = doc.memo(f"body-start:{self.spec.id}", first_two)
        return index in starts[:1] if first else index in starts


def _links(doc: Document) -> frozenset[str]:
    """The words a sentence goes on after (prepositions, articles: `a`, `in`, `the`), lower case."""
    return doc.memo("sentence-links", lambda d: frozenset(
        word for key in ("name_links", "prepositions") for word in lowered_words(d, key)))


def _named_near(doc: Document, index: int, below: int, place: str) -> bool:
    """True when the place on line `index` is named again, as a whole word, in the first line of
    text under its source line `below` (the lead) or in one of the three lines above it (the
    headline): a dateline's place is where the story is, a subheading's words seldom recur so."""
    name = _REGION.split(place, 1)[0].strip(" ,–—-")
    if len(name) < 3:
        return False
    lines = doc.prose_lines
    lead = next((i for i in range(below + 1, len(lines)) if lines[i].strip()), len(lines))  # past a blank line
    near = [lead] + list(range(max(0, index - 3), index))
    return any(i < len(lines) and _names_word(lines[i], name) for i in near)


def _names_word(line: str, name: str) -> bool:
    """True when `name` stands in `line` as a whole word (no letter or digit touches it)."""
    start = line.find(name)
    while start != -1:
        end = start + len(name)
        if not (start and line[start - 1].isalnum()) and not (end < len(line) and line[end].isalnum()):
            return True
        start = line.find(name, start + 1)
    return False


def _common_word(text: str, language: str | None) -> bool:
    """True for a source line that is one common word of the language (a section's name:
    `Sport`, `Meinung`), no outlet's."""
    word = text.strip("()")
    return word.isalpha() and zipf(word.lower(), language) >= _SECTION_WORD_ZIPF


def _in_capitals(place: str) -> bool:
    """True for a place written in capitals, its region aside (`PORTREE, Scotland`, `ÉVORA (Portugal)`)."""
    name = _REGION.split(place, 1)[0]
    return any(c.isupper() for c in name) and not any(c.islower() for c in name)
