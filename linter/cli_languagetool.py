"""`newslint languagetool install|serve|stop`: a LanguageTool server on this machine for the grammar rule."""
from __future__ import annotations

import sys

import click

from .languagetool import server

_PORT = click.option("--port", type=click.IntRange(0, 65535), default=server.DEFAULT_PORT, show_default=True,
                     help="Port on 127.0.0.1 (with serve --detach, 0 picks a free one).")


@click.group("languagetool")
def languagetool() -> None:
    """Install and run a local LanguageTool (from Maven Central; needs Java 17+ and Maven)."""


@languagetool.command()
@click.option("--force", is_flag=True, help="Download again even when installed.")
def install(force: bool) -> None:
    """Fetch LanguageTool's server and its seven languages into the cache folder."""
    folder = server.home()
    if server.installed(folder) and not force:
        click.echo(f"LanguageTool {server.VERSION} is already installed in {folder}")
        return
    server.install(folder, force=force, announce=_progress)
    click.echo(f"LanguageTool {server.VERSION} installed in {folder}")


@languagetool.command()
@_PORT
@click.option("--heap", default=server.DEFAULT_HEAP, show_default=True, help="Java's maximum heap (-Xmx).")
@click.option("--detach", is_flag=True, help="Run in the background; return once it answers (stop with 'stop').")
def serve(port: int, heap: str, detach: bool) -> None:
    """Run the installed LanguageTool on http://127.0.0.1:PORT."""
    if detach:
        url, pid = server.start_detached(port, heap, announce=_progress)
        click.echo(f"LanguageTool {server.VERSION} answers on {url} (process {pid}); "
                   f"stop it with 'newslint languagetool stop --port {url.rsplit(':', 1)[1]}'", err=True)
        click.echo(url)
        return
    process, url = server.start(port, heap, announce=_progress)
    click.echo(f"LanguageTool {server.VERSION} answers on {url} (Ctrl-C stops it)", err=True)
    try:
        sys.exit(process.wait())
    except KeyboardInterrupt:
        process.terminate()
        process.wait()


@languagetool.command()
@_PORT
def stop(port: int) -> None:
    """Stop the server 'serve --detach' started on PORT."""
    pid = server.stop(port)
    click.echo(f"Stopped LanguageTool (process {pid}) on port {port}", err=True)


def _progress(message: str) -> None:
    click.echo(message, err=True)
