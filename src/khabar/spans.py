"""Standoff annotation types: every annotation is a [start, end) span over one immutable text."""

from __future__ import annotations

from dataclasses import dataclass

SEGMENT_KINDS = ("body", "heading", "bullet")
ENTITY_LABELS = ("PER", "LOC", "ORG", "FAC", "EVENT", "MISC")
QUOTE_KINDS = ("full", "partial")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence (or heading / bullet line) of the clean text."""

    start: int
    end: int
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention found by the tagger."""

    start: int
    end: int
    label: str
    score: float = 1.0
    entity_id: str | None = None  # knowledge-base id once linked, else None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quote: the span is the text inside the quotation marks."""

    start: int
    end: int
    kind: str = "full"
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity_id: str | None = None
