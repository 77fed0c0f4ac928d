"""PROTOCOL FIXTURE: a stand-in for a LanguageTool server in tests. It is not LanguageTool.

It speaks LanguageTool's documented HTTP API v2 -- `POST /v2/check` with form-encoded `text` or
`data` (the annotation format), `language`, `enabledRules`, `disabledRules`, `enabledOnly`,
`disabledCategories`, `level=picky`, `motherTongue`; `GET /v2/languages`; `GET /v2/maxtextlength`
-- and answers with bodies shaped like LanguageTool's own (the `software`, `warnings`, `language`,
`matches` sections of its RuleMatchesAsJsonSerializer; errors as `text/plain` "Error: ...").
Its "rules" are a few deterministic ones, so tests know exactly what must come back:

- a word from `SPELLING` -> MORFOLOGIK_RULE_<LANG> (category TYPOS), suggestions given there
- a word written twice -> <LANGUAGE>_WORD_REPEAT_RULE (category MISC)
- two or more spaces between words -> WHITESPACE_RULE (category TYPOGRAPHY)
- `very` with `level=picky` only -> EN_WEAK_ADJECTIVE (category STYLE)

Like LanguageTool it checks the plain text (text parts plus markup's `interpretAs`) and reports
offsets in the original text (all parts, markup included) counted in UTF-16 code units.
Run as a script (`python lt_protocol_fixture.py -p PORT`) it serves until killed.
"""
from __future__ import annotations

import json
import re
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

SPELLING = {"teh": ["the", "ten"], "recieve": ["receive"], "Sptember": ["September"], "sbagliato": ["giusto"]}
LANGUAGES = [
    {"name": "Dutch", "code": "nl", "longCode": "nl-NL"},
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "French", "code": "fr", "longCode": "fr-FR"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "Italian", "code": "it", "longCode": "it-IT"},
    {"name": "Portuguese (Brazil)", "code": "pt", "longCode": "pt-BR"},
    {"name": "Portuguese (Portugal)", "code": "pt", "longCode": "pt-PT"},
    {"name": "Spanish", "code": "es", "longCode": "es"},
]
_LANGUAGE_WORDS = {"en": "ENGLISH", "de": "GERMAN", "it": "ITALIAN", "fr": "FRENCH", "es": "SPANISH",
                   "pt": "PORTUGUESE", "nl": "DUTCH"}
_CATEGORY_NAMES = {"TYPOS": "Possible Typo", "MISC": "Miscellaneous", "TYPOGRAPHY": "Typography", "STYLE": "Style"}
_ISSUE_TYPES = {"TYPOS": "misspelling", "MISC": "duplication", "TYPOGRAPHY": "whitespace", "STYLE": "style"}


@dataclass
class Behaviour:
    """How the fixture answers: `ok`, `error` (HTTP 500), `malformed` (broken JSON), `shapeless`
    (JSON without `matches`), `incomplete` (LanguageTool's incompleteResults warning), `misplaced`
    (offsets past the text), `mistyped` (a match's category a string, not an object), `trickle`
    (the answer one byte every `delay` seconds), `huge` (a valid answer of `huge_bytes`);
    `delay` seconds before every answer (except `trickle`); `max_text_length` for
    `/v2/maxtextlength` (None: HTTP 404); `scripted`: an `Answer` sent as it is instead of the
    one an endpoint (`check`, `languages`, `maxtextlength`) would give (for fuzzing)."""

    mode: str = "ok"
    delay: float = 0.0
    max_text_length: int | str | None = 2147483647
    huge_bytes: int = 0
    scripted: dict[str, "Answer"] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    """Any answer a server might send: `body` with `status` and `content_type`, in pieces of
    `chunk` bytes `interval` seconds apart (0: at once), announcing `declared` bytes (None: the
    true length; more than sent: the connection closes early)."""

    body: bytes
    status: int = 200
    content_type: str = "application/json"
    chunk: int = 0
    interval: float = 0.0
    declared: int | None = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        """A client that gave up (a test's short timeout) is not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@dataclass
class Fixture:
    """The server, in a thread of the test process; `requests` records every form it received and
    `most_busy` the most requests it was answering at once (more than one: parallel clients)."""

    behaviour: Behaviour = field(default_factory=Behaviour)
    requests: list[dict[str, str]] = field(default_factory=list)
    port: int = 0
    most_busy: int = 0

    def __post_init__(self):
        self._server = _Server(("127.0.0.1", self.port), _handler(self))
        self.port = self._server.server_address[1]
        self._busy = 0
        self._lock = threading.Lock()

    def answering(self, step: int) -> None:
        with self._lock:
            self._busy += step
            self.most_busy = max(self.most_busy, self._busy)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def checks(self) -> list[dict[str, str]]:
        return [form for form in self.requests if form.get("_path") == "check"]

    def start(self) -> "Fixture":
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _handler(fixture: Fixture) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            fixture.requests.append({"_path": path.removeprefix("/v2/")})
            if path.removeprefix("/v2/") in fixture.behaviour.scripted:
                return self._scripted(fixture.behaviour.scripted[path.removeprefix("/v2/")])
            time.sleep(fixture.behaviour.delay)
            if path == "/v2/languages":
                self._send(200, json.dumps(LANGUAGES), "application/json")
            elif path == "/v2/maxtextlength" and fixture.behaviour.max_text_length is not None:
                self._send(200, str(fixture.behaviour.max_text_length), "text/plain")
            else:
                self._send(404, f"Error: Unsupported action: '{path}'. Please see https://languagetool.org/http-api/")

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8"), keep_blank_values=True).items()}
            fixture.requests.append({"_path": self.path.removeprefix("/v2/"), **form})
            fixture.answering(+1)
            time.sleep(0 if fixture.behaviour.mode == "trickle" else fixture.behaviour.delay)
            fixture.answering(-1)
            if self.path != "/v2/check":
                return self._send(404, f"Error: Unsupported action: '{self.path}'")
            if "check" in fixture.behaviour.scripted:
                return self._scripted(fixture.behaviour.scripted["check"])
            try:
                body = check(form, fixture.behaviour)
            except ValueError as exc:
                return self._send(400, f"Error: {exc}")
            mode = fixture.behaviour.mode
            if mode == "error":
                return self._send(500, "Error: Internal Error: java.lang.NullPointerException")
            if mode == "malformed":
                return self._send(200, json.dumps(body)[:40], "application/json")
            if mode == "shapeless":
                body.pop("matches")
            if mode == "misplaced":
                for match in body["matches"]:
                    match["offset"] += 10000
            if mode == "mistyped":
                for match in body["matches"]:
                    match["rule"]["category"] = match["rule"]["category"]["id"]
            if mode == "huge":
                body["padding"] = "x" * fixture.behaviour.huge_bytes
            if mode == "trickle":
                return self._trickle(json.dumps(body).encode("utf-8"), fixture.behaviour.delay)
            self._send(200, json.dumps(body), "application/json")

        def _trickle(self, data: bytes, interval: float):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            for i in range(len(data)):
                self.wfile.write(data[i:i + 1])
                self.wfile.flush()
                time.sleep(interval)

        def _scripted(self, answer: Answer):
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(answer.body) if answer.declared is None else answer.declared))
            self.end_headers()
            step = answer.chunk or len(answer.body) or 1
            for start in range(0, len(answer.body), step):
                self.wfile.write(answer.body[start:start + step])
                self.wfile.flush()
                time.sleep(answer.interval)
            if answer.declared is not None and answer.declared != len(answer.body):
                self.close_connection = True

        def _send(self, status: int, text: str, content_type: str = "text/plain"):
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=UTF-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def check(form: dict[str, str], behaviour: Behaviour) -> dict:
    """The `/v2/check` answer for a form; ValueError for what LanguageTool answers with HTTP 400."""
    if "text" in form and "data" in form:
        raise ValueError("Set only 'text' or 'data' parameter, not both")
    if "language" not in form:
        raise ValueError("Missing 'language' parameter")
    language = form["language"]
    known = {code for item in LANGUAGES for code in (item["code"], item["longCode"])}
    if language != "auto" and language not in known:
        raise ValueError(f"'{language}' is not a language code known to LanguageTool.")
    if form.get("enabledOnly") == "true" and not (form.get("enabledRules") or form.get("enabledCategories")):
        raise ValueError("You cannot specify 'enabledOnly' without enabledRules or enabledCategories")
    if "data" in form:
        original, plain, origin = _annotated(json.loads(form["data"]))
    elif "text" in form:
        original = plain = form["text"]
        origin = list(range(len(plain) + 1))
    else:
        raise ValueError("Missing 'text' or 'data' parameter")
    matches = [m for m in _find(plain, language, form.get("level") == "picky") if _active(m, form)]
    body = {
        "software": {"name": "LanguageTool", "version": "6.6", "buildDate": "2025-03-27 15:13:22 +0000",
                     "apiVersion": 1, "premium": False, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": _language_name(language), "code": language,
                     "detectedLanguage": {"name": _language_name(language), "code": language,
                                          "confidence": 0.99, "source": "ngram+prefix+fasttext"}},
        "matches": [_match_json(m, original, plain, origin) for m in matches],
        "sentenceRanges": [[0, _utf16(original)]],
        "extendedSentenceRanges": [],
    }
    if behaviour.mode == "incomplete":
        body["warnings"] = {"incompleteResults": True,
                            "incompleteResultsReason": "Results are incomplete: text checking took longer than allowed maximum of 10.000 seconds"}
    return body


def _annotated(data: dict) -> tuple[str, str, list[int]]:
    """(original text, plain text, original code-point offset of each plain offset and of its end)."""
    original, plain, origin = "", "", []
    for part in data["annotation"]:
        if "text" in part:
            for i, char in enumerate(part["text"]):
                plain += char
                origin.append(len(original) + i)
            original += part["text"]
        else:
            for char in part.get("interpretAs", ""):
                plain += char
                origin.append(len(original))
            original += part["markup"]
    origin.append(len(original))
    return original, plain, origin


def _find(plain: str, language: str, picky: bool) -> list[dict]:
    base = language.split("-")[0]
    found = []
    for word, suggestions in SPELLING.items():
        for m in re.finditer(rf"\b{re.escape(word)}\b", plain):
            found.append(dict(start=m.start(), end=m.end(), id=f"MORFOLOGIK_RULE_{language.upper().replace('-', '_')}",
                              category="TYPOS", message="Possible spelling mistake found.", short="Spelling mistake",
                              replacements=suggestions, description="Possible spelling mistake"))
    for m in re.finditer(r"\b(\w+)\s+(\1)\b", plain, re.IGNORECASE):
        found.append(dict(start=m.start(), end=m.end(), id=f"{_LANGUAGE_WORDS.get(base, 'GENERIC')}_WORD_REPEAT_RULE",
                          category="MISC", message="Possible typo: you repeated a word.", short="Word repetition",
                          replacements=[m.group(1)], description="Word repetition (e.g. 'will will')"))
    for m in re.finditer(r"(?<=\S) {2,}(?=\S)", plain):
        found.append(dict(start=m.start(), end=m.end(), id="WHITESPACE_RULE", category="TYPOGRAPHY",
                          message="Possible typo: you repeated a whitespace", short="", replacements=[" "],
                          description="Whitespace repetition (bad formatting)"))
    if picky:
        for m in re.finditer(r"\bvery\b", plain, re.IGNORECASE):
            found.append(dict(start=m.start(), end=m.end(), id="EN_WEAK_ADJECTIVE", category="STYLE",
                              message="The adverb 'very' weakens the sentence.", short="Weak adverb",
                              replacements=[], description="Weak adverb"))
    return sorted(found, key=lambda m: (m["start"], m["end"]))


def _active(match: dict, form: dict[str, str]) -> bool:
    def ids(key: str) -> set[str]:
        return {v for v in form.get(key, "").split(",") if v}

    if form.get("enabledOnly") == "true":
        return match["id"] in ids("enabledRules")
    return match["id"] not in ids("disabledRules") and match["category"] not in ids("disabledCategories")


def _match_json(match: dict, original: str, plain: str, origin: list[int]) -> dict:
    start = origin[match["start"]]
    end = origin[match["end"] - 1] + 1
    offset, length = _utf16(original[:start]), _utf16(original[start:end])
    context_start = max(0, start - 20)
    return {
        "message": match["message"], "shortMessage": match["short"],
        "replacements": [{"value": value} for value in match["replacements"]],
        "offset": offset, "length": length,
        "context": {"text": original[context_start:end + 20], "offset": _utf16(original[context_start:start]),
                    "length": length},
        "sentence": plain.strip(),
        "type": {"typeName": "Other"},
        "rule": {"id": match["id"], "description": match["description"],
                 "issueType": _ISSUE_TYPES[match["category"]],
                 "category": {"id": match["category"], "name": _CATEGORY_NAMES[match["category"]]}},
        "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
    }


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _language_name(code: str) -> str:
    return next((item["name"] for item in LANGUAGES if code in (item["longCode"], item["code"])), "Auto")


if __name__ == "__main__":  # `java -cp x.jar org.languagetool.server.HTTPServer -p PORT` stands in here
    flag = "--port" if "--port" in sys.argv else "-p"
    port = int(sys.argv[sys.argv.index(flag) + 1])
    server = Fixture(port=port)
    server._server.serve_forever()
