"""Stage 6 — verify the built HTML before it is published."""
