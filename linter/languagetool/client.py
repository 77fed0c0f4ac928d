"""HTTP transport to one LanguageTool server; a server that is down or too slow stays so for the run."""
from __future__ import annotations

import http.client
import json
import threading
from typing import Any, Callable, TypeVar
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit
from urllib.request import OpenerDirector, ProxyHandler, Request, build_opener

from .. import __version__
from .protocol import Match, ProtocolError, parse_check, parse_languages

T = TypeVar("T")
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_NO_LIMIT = 2**31 - 1  # what LanguageTool itself uses for "no limit"
MAX_RESPONSE_BYTES = 16 * 2**20  # a check answer for 20,000 characters is well under 1 MB
_ERROR_BYTES = 4096
_SERVERS: dict[tuple[str, float], "Server"] = {}


class LanguageToolError(Exception):
    """Why LanguageTool could not check a document: one line that names the server."""


class Server:
    """One LanguageTool server (base URL, without `/v2`) as this process sees it."""

    def __init__(self, url: str, timeout: float, name: str | None = None):
        self.url = url
        self.timeout = timeout
        self.name = name or f"LanguageTool at {url}"
        self._failure: str | None = None
        self._languages: frozenset[str] | None = None
        self._limit: int | None = None
        self._opener: OpenerDirector = build_opener(ProxyHandler({})) if urlsplit(url).hostname in _LOOPBACK else build_opener()

    def languages(self) -> frozenset[str]:
        """The codes `GET /v2/languages` lists, asked once."""
        if self._languages is None:
            try:
                self._languages = parse_languages(self._json(self._request("languages")))
            except ProtocolError as exc:
                self._failure = f"{self.name} sent an unexpected language list: {exc}"
                raise LanguageToolError(self._failure) from None
        return self._languages

    def text_limit(self, configured: int) -> int:
        """`configured`, lowered to the server's own limit where `GET /v2/maxtextlength` tells it."""
        if self._limit is None:
            try:
                answer = self._request("maxtextlength").decode("ascii", "replace").strip()
            except LanguageToolError:
                if self._failure:
                    raise
                answer = ""  # older servers lack the endpoint
            self._limit = int(answer) if answer.isdigit() and 0 < len(answer) <= 10 and int(answer) > 0 else _NO_LIMIT
        return min(configured, self._limit)

    def check(self, params: dict[str, str]) -> tuple[list[Match], str | None]:
        """`POST /v2/check`: the matches and the reason results are incomplete, if any."""
        try:
            return parse_check(self._json(self._request("check", params)))
        except ProtocolError as exc:
            self._failure = f"{self.name} sent an unexpected answer: {exc}"
            raise LanguageToolError(self._failure) from None

    def _request(self, path: str, form: dict[str, str] | None = None) -> bytes:
        """The body of one request, within `timeout` seconds in all (a server may trickle) and MAX_RESPONSE_BYTES."""
        if self._failure:
            raise LanguageToolError(self._failure)
        body = urlencode(form).encode("utf-8") if form is not None else None
        request = Request(f"{self.url}/v2/{path}", data=body,
                          headers={"Accept": "application/json", "User-Agent": f"newslint/{__version__}"})
        try:
            return _within(self.timeout, lambda: self._read(request))
        except URLError as exc:
            reason = exc.reason
            self._failure = self._timeout() if isinstance(reason, TimeoutError) else self._unreachable(reason)
        except TimeoutError:
            self._failure = self._timeout()
        except (OSError, http.client.HTTPException) as exc:
            self._failure = self._unreachable(exc)
        raise LanguageToolError(self._failure)

    def _read(self, request: Request) -> bytes:
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                body = response.read(MAX_RESPONSE_BYTES + 1)
        except HTTPError as exc:
            raise LanguageToolError(f"{self.name} answered HTTP {exc.code}: {_first_line(exc)}") from None
        if len(body) > MAX_RESPONSE_BYTES:
            self._failure = f"{self.name} sent an answer larger than {MAX_RESPONSE_BYTES // 2**20} MB"
            raise LanguageToolError(self._failure)
        return body

    def _json(self, body: bytes) -> Any:
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            self._failure = f"{self.name} sent malformed JSON: {_shorten(body)!r}"
            raise LanguageToolError(self._failure) from None

    def _timeout(self) -> str:
        return f"{self.name} did not answer within {self.timeout:g} s (raise languagetool.timeout)"

    def _unreachable(self, reason: object) -> str:
        text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
        return f"{self.name} is unreachable: {text[:1].lower()}{text[1:]}"


def server(url: str, timeout: float, name: str | None = None) -> Server:
    """The process-wide Server for a URL, so a failure is met once per process, not once per file."""
    key = (url, timeout)
    if key not in _SERVERS:
        _SERVERS[key] = Server(url, timeout, name)
    return _SERVERS[key]


def answers(url: str, timeout: float) -> bool:
    """Whether a server at `url` lists its languages now (asked while a local one starts)."""
    try:
        Server(url, timeout).languages()
    except LanguageToolError:
        return False
    return True


def _within(seconds: float, call: Callable[[], T]) -> T:
    """`call()` in a helper thread, or TimeoutError after `seconds`: socket timeouts bound each read, not
    the whole answer. A thread that overruns is left to its socket timeout (it holds no lock)."""
    outcome: list = []

    def run() -> None:
        try:
            outcome.append((True, call()))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append((False, exc))

    worker = threading.Thread(target=run, name="newslint-languagetool", daemon=True)
    worker.start()
    worker.join(seconds)
    if not outcome:
        raise TimeoutError
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


def _first_line(error: HTTPError) -> str:
    try:
        body = error.read(_ERROR_BYTES)
    except OSError:
        body = b""
    return _shorten(body) or str(error.reason)


def _shorten(body: bytes, limit: int = 160) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
