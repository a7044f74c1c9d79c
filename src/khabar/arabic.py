"""Arabic text helpers shared by every annotator: character classes, tokens, matching keys."""

from __future__ import annotations

import regex

# A word: letters with their combining marks (diacritics), or a number with inner separators.
TOKEN_RE = regex.compile(
    r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*"
    r"|\p{Nd}+(?:[.,:٫٬/]\p{Nd}+)*"
    r"|\S",
    regex.V1,
)
_NOT_LETTER_RE = regex.compile(r"\P{L}+")
_NOT_ARABIC_RE = regex.compile(r"\P{Script=Arabic}+")
# Arabic diacritics (harakat, tanween, Quranic marks) as the body of a character class: the one
# definition the cleaner's and the segmenter's word classes are built from.
DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
DIACRITICS_RE = regex.compile(f"[{DIACRITICS}]")
TATWEEL = "\u0640"

_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "گ": "ك",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        "ک": "ك",  # Persian kaf and yeh, typed on Persian keyboards inside Arabic words
        "ی": "ي",
        TATWEEL: None,
    }
)

# Proclitics, longest first within each layer: conjunction, then preposition, then article.
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


def tokenize(text: str) -> list[tuple[int, int]]:
    """Character offsets of the tokens of `text` (words, numbers, single punctuation marks)."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def matching_key(text: str) -> str:
    """A folded form for lookups: no diacritics or tatweel, alef/ya/ta-marbuta/hamza folded.

    Never stored in place of the text; only used to compare names.
    """
    return DIACRITICS_RE.sub("", text).translate(_FOLD).strip()


def matching_keys(words: str) -> frozenset[str]:
    """The matching keys of whitespace-separated words: a word list compared as keys, so
    `رؤية` in a list matches `رويه` in text."""
    return frozenset(matching_key(w) or w for w in words.split())


def arabic_letter_share(text: str) -> float:
    """Share of letters in `text` that are Arabic letters (0.0 when there are no letters).

    Two linear regex passes (drop non-letters, then non-Arabic), not a loop per character.
    """
    letters = _NOT_LETTER_RE.sub("", text)
    if not letters:
        return 0.0
    return len(_NOT_ARABIC_RE.sub("", letters)) / len(letters)


def clitic_candidates(word: str) -> list[tuple[str, int]]:
    """Readings of `word` with proclitics stripped, as (stem, prefix length), most literal first.

    و/ف, then ب/ل/ك, then `لل` -> `ال` (لل is ل + ال with the alef dropped).
    The stem is never shorter than two letters.
    """
    seen: dict[str, int] = {word: 0}
    layer = [(word, 0)]
    for group in (_CONJUNCTIONS, _PREPOSITIONS):
        nxt = []
        for stem, offset in layer:
            for clitic in group:
                if stem.startswith(clitic) and len(stem) - len(clitic) >= 2:
                    reading = (stem[len(clitic) :], offset + len(clitic))
                    nxt.append(reading)
        layer = layer + nxt
        for stem, offset in nxt:
            seen.setdefault(stem, offset)
    for stem, offset in list(seen.items()):
        if stem.startswith("لل") and len(stem) > 3:
            seen.setdefault("ال" + stem[2:], offset + 1)
    return list(seen.items())
