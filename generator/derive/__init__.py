"""Stage 2 — derive: what the model means on the build date (statuses) and what the files are."""
