"""Compiled templates kept between builds: Jinja compiles the templates of every build anew otherwise (~0.3 s of
ours and the theme's, in each worker that renders pages). They are nastavnik's and the theme's, not a project's
(a project's own theme overrides are told apart by their source), so they are kept in the user's cache and
serve every project, as Python's compiled modules do.

Jinja's own file cache unpickles and runs whatever it finds in its folder; here every entry is signed with the
user's key like the other caches (`load/signed.py`), so a cache shipped inside a project is never loaded.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.load.signed import SignedCache, user_cache_dir
from generator.unchanged import digest_of


class SignedBytecodeCache(jinja2.BytecodeCache):
    """Entries by template (Jinja's key: its name and file), valid for its source (Jinja's checksum) and
    `context` — what else the compiled code depends on (the environment's options: the code that makes it)."""

    def __init__(self, folder: Path, context: str) -> None:
        self.store = SignedCache(folder)
        self.context = context

    def _digest(self, bucket: jinja2.bccache.Bucket) -> str:
        return digest_of("jinja", jinja2.__version__, self.context, bucket.checksum)

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        payload = self.store.get(bucket.key, self._digest(bucket))
        if payload is not None:
            bucket.bytecode_from_string(payload)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store.put(bucket.key, self._digest(bucket), bucket.bytecode_to_string())


def compiled_templates(context: str) -> SignedBytecodeCache:
    return SignedBytecodeCache(user_cache_dir() / "templates", context)
