"""LanguageTool client: options, what is sent, the HTTP protocol and a managed local server.

Nothing here is imported unless the `languagetool:` section or `--languagetool-url` asks for it.
"""
