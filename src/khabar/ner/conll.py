"""Reading `token<TAB>tag` CoNLL files (one token a line, a blank line between sentences)."""

from __future__ import annotations

from pathlib import Path

# Labels as the public API names them, from the spellings the corpora use.
LABEL_ALIASES = {"PERS": "PER", "PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def normalize_tag(tag: str) -> str:
    """`B-PERS` -> `B-PER`; anything not BIO-shaped other than `O` is kept as is."""
    if len(tag) > 2 and tag[1] == "-":
        return tag[:2] + LABEL_ALIASES.get(tag[2:], tag[2:])
    return tag


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) pairs, tags exactly as written in the file."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            token, _, tag = line.partition("\t")
            current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences
