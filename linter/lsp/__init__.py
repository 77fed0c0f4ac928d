"""An LSP server for editors: diagnostics while typing, quick fixes, suppressions (`newslint server`)."""
