"""The pygls server: lint on open, change (debounced) and save, off the event loop; quick fixes."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..errors import one_line
from . import actions
from .convert import to_lsp_diagnostic
from .linting import BufferLinter, Linted, uri_to_path

# Keystrokes closer together than this are linted once, after the last one.
DEBOUNCE_SECONDS = 0.25
CONFIG_GLOBS = ("**/.newslint.yaml", "**/.newslint.yml", "**/pyproject.toml")


class NewslintServer(LanguageServer):
    """Keeps the rules loaded and the last lint of each open document."""

    def __init__(self) -> None:
        super().__init__("newslint", __version__)
        self.linter = BufferLinter()
        # One worker: lints run in order, and a large file never blocks the event loop.
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newslint-lint")
        self.linted: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task] = {}

    async def lint(self, uri: str, delay: float = 0.0) -> None:
        """Lint the document's current text and publish, unless a newer edit supersedes it."""
        if delay:
            await asyncio.sleep(delay)
        document = self.workspace.get_text_document(uri)
        version, text, path = document.version, document.source, uri_to_path(uri)
        loop = asyncio.get_running_loop()
        try:
            linted = await loop.run_in_executor(self.worker, self.linter.lint, path, text)
            links = await loop.run_in_executor(self.worker, self.linter.rule_files, path)
        except Exception as exc:  # noqa: BLE001 - a config or rule error is shown, the server lives on
            self.window_show_message(types.ShowMessageParams(types.MessageType.Error,
                                                             f"newslint: {one_line(str(exc))}"))
            return
        if self.workspace.get_text_document(uri).version != version:
            return  # the buffer changed meanwhile: the newer lint will publish
        self.linted[uri] = linted
        lines = linted.lines
        diagnostics = [to_lsp_diagnostic(d, lines, links) for d in linted.result.diagnostics]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def schedule(self, uri: str, delay: float) -> None:
        """(Re)start the document's debounced lint, cancelling the one still waiting."""
        previous = self.pending.pop(uri, None)
        if previous is not None and not previous.done():
            previous.cancel()
        self.pending[uri] = asyncio.ensure_future(self.lint(uri, delay))

    def relint_open_documents(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0.0)


server = NewslintServer()


@server.feature(types.INITIALIZED)
async def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
    """Ask the client to report configuration-file changes (when it can register watchers)."""
    watched = ls.client_capabilities.workspace and ls.client_capabilities.workspace.did_change_watched_files
    if watched and watched.dynamic_registration:
        options = types.DidChangeWatchedFilesRegistrationOptions(
            watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS])
        try:
            await ls.client_register_capability_async(types.RegistrationParams(registrations=[
                types.Registration(id="newslint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                   register_options=options)]))
        except Exception:  # noqa: BLE001 - without watchers the config's mtime is still checked per lint
            pass


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0.0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    if any(uri.endswith(glob.rsplit("/", 1)[-1]) for glob in CONFIG_GLOBS):
        ls.relint_open_documents()  # a configuration edited in the editor itself
    else:
        ls.schedule(uri, 0.0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.linted.pop(uri, None)
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
    """A configuration file changed on disk: lint every open document again with it."""
    ls.relint_open_documents()


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
    code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL_KIND]))
async def code_action(ls: NewslintServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    wanted = params.context.only
    found: list[types.CodeAction] = []
    if not wanted or types.CodeActionKind.QuickFix in wanted:
        found += actions.quick_fixes(uri, params.context.diagnostics)
    linted = ls.linted.get(uri)
    fixable = linted is not None and any(d.fix and d.fix.safe for d in linted.result.diagnostics)
    # Only when something is fixable: no lint to a fixed point on every cursor move.
    if fixable and (not wanted or any(actions.FIX_ALL_KIND.startswith(kind) for kind in wanted)):
        document = ls.workspace.get_text_document(uri)
        path = uri_to_path(uri)
        before = document.source.replace("\r\n", "\n")
        after = await asyncio.get_running_loop().run_in_executor(ls.worker, ls.linter.fix_all, path, document.source)
        action = actions.fix_all(uri, before, after)
        if action is not None:
            found.append(action)
    return found


def serve() -> None:
    """Speak LSP over standard input and output until the client says exit."""
    server.start_io()
