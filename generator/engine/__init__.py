"""Stage 4 — engine: rendered pages → HTML site. The only code that knows which engine is used."""

from generator.engine.mkdocs import build_html, serve_html

__all__ = ["build_html", "serve_html"]
