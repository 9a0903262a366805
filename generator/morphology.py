"""Russian morphology shared by the stages that read free text: one analyser per process (its dictionaries
take ~15 MB and 0.3 s to load), and the normal form of a word, memoised (texts repeat their words)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

_WORD = re.compile(r"[а-яёa-z0-9]+", re.IGNORECASE)


@cache
def analyzer():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1 << 16)
def lemma(word: str) -> str:
    """«наставничеству» → «наставничество»; Latin words and numbers stay as they are (lower case)."""
    word = word.lower().replace("ё", "е")
    if not word.isalpha() or not ("а" <= word[0] <= "я"):
        return word
    return analyzer().parse(word)[0].normal_form.replace("ё", "е")  # type: ignore[no-any-return]


def lemmas(text: str) -> list[str]:
    """The normal forms of the words of `text`, in order."""
    return [lemma(w) for w in _WORD.findall(text)]
