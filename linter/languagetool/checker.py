"""One document through LanguageTool: the server, its language, the requests, offsets mapped back."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from .chunks import chunks
from .client import LanguageToolError, Server, server
from .defaults import Defaults
from .options import Options
from .protocol import AUTO, Match, check_params, language_code


@dataclass(frozen=True)
class Located:
    """A match with its span as code-point offsets into the document text."""

    start: int
    end: int
    match: Match


def check_document(doc: Document, options: Options, defaults: Defaults | None = None) -> list[Located]:
    """Every LanguageTool match in the document's prose; LanguageToolError when it cannot be checked.

    `defaults`: rules and categories to disable for the document's language besides the configured ones.
    """
    target = _server(options)
    code = language_code(doc.language, options)
    if code != AUTO and code not in target.languages():
        raise LanguageToolError(f"{target.name} does not check language '{code}' "
                                f"(map '{doc.language}' to one it lists under languagetool.language)")
    found: list[Located] = []
    for chunk in chunks(doc, target.text_limit(options.max_request_chars)):
        if not chunk.has_prose:
            continue
        matches, incomplete = target.check(check_params(code, chunk.data(), options, defaults, doc.language))
        if incomplete:
            raise LanguageToolError(f"{target.name} returned incomplete results: {incomplete}")
        index = chunk.offsets(doc.text)
        for match in matches:
            start = chunk.start + index.code_point(match.offset)
            end = chunk.start + index.code_point(match.offset + match.length)
            if not chunk.start <= start <= end <= chunk.end:
                raise LanguageToolError(f"{target.name} reported {match.rule_id} outside the text it was sent")
            found.append(Located(start, end, match))
    return found


def _server(options: Options) -> Server:
    if options.url:
        return server(options.url, options.timeout)
    from .local import NAME, local_url

    return server(local_url(), options.timeout, NAME)
