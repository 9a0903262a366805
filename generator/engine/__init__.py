"""Stage 4 — engine: rendered pages → HTML site. The only code that knows which engine is used."""

from generator.engine.mkdocs import EngineError, StaleSection, build_html, section_cache, serve_html, unit_digests

__all__ = ["EngineError", "StaleSection", "build_html", "section_cache", "serve_html", "unit_digests"]
