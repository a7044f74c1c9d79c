"""The published record types: one pydantic model per table, the single source of truth.

Arrow schemas, Frictionless Table Schemas and Hugging Face features are all derived from
these models (see `khabar.schema`), so they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from khabar.spans import ENTITY_LABELS, QUOTE_KINDS, SEGMENT_KINDS

# `\d` would also accept Arabic-Indic digits: spell the ASCII range out.
ARTICLE_ID = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
SHA256 = r"^[0-9a-f]{64}$"
WIKIDATA_QID = r"^Q[0-9]+$"

Offset = Annotated[int, Field(ge=0)]
EntityLabel = Literal[ENTITY_LABELS]  # type: ignore[valid-type]
QuoteKind = Literal[QUOTE_KINDS]  # type: ignore[valid-type]
SegmentKind = Literal[SEGMENT_KINDS]  # type: ignore[valid-type]


def unique(description: str) -> dict:
    """Field kwargs for a column whose values must be unique in its table."""
    return {"description": description, "json_schema_extra": {"unique": True}}


class Record(BaseModel):
    """Base of every published row: strict, immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=False)

    table: ClassVar[str]
    table_title: ClassVar[str]
    primary_key: ClassVar[tuple[str, ...]]
    # (column, referenced table, referenced column)
    foreign_keys: ClassVar[tuple[tuple[str, str, str], ...]] = ()


class SpanRecord(Record):
    """A row that is a standoff span over its article's clean text."""

    article_id: str = Field(pattern=ARTICLE_ID, description="The article the span points into.")
    start: Offset = Field(description="Start offset (code points) in articles.text.")
    end: Offset = Field(description="End offset (exclusive) in articles.text.")
    text: str = Field(min_length=1, description="Exactly articles.text[start:end].")

    @model_validator(mode="after")
    def _ordered(self) -> SpanRecord:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span [{self.start}, {self.end}) does not fit text of {len(self.text)}"
            )
        return self


class CleaningStep(BaseModel):
    """One piece of the raw text that cleaning removed, and why."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str = Field(description="Name of the cleaning rule that removed it.")
    line: int = Field(ge=1, description="1-based line number in the raw file.")
    text: str = Field(description="What was removed.")


class Normalisation(BaseModel):
    """How many characters of one kind Unicode normalisation changed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str = Field(description="What was normalised, e.g. tatweel, zero_width, bidi_control.")
    count: int = Field(ge=1, description="How many characters.")


class Article(Record):
    table: ClassVar[str] = "articles"
    table_title: ClassVar[str] = "Articles, with their clean text"
    primary_key: ClassVar[tuple[str, ...]] = ("article_id",)

    article_id: str = Field(
        pattern=ARTICLE_ID, **unique("Stable id: the seed file name without .txt.")
    )
    source_file: str = Field(description="Seed file name, relative to seeds/.")
    sha256: str = Field(pattern=SHA256, description="SHA-256 of the raw seed file bytes.")
    title: str | None = Field(description="Headline, taken out of the text by cleaning.")
    publisher: str | None = Field(description="Publisher, from metadata or the article's sign-off.")
    dateline: str | None = Field(description="Dateline as printed, e.g. 'جنيف (عربي times)'.")
    published_date: dt.date | None = Field(description="Publication date, where known.")
    url: str | None = Field(description="Source URL, where known.")
    language: Literal["ar"] = Field(description="BCP-47 language code.")
    photo_credit: str | None = Field(description="Photo credit removed from the text.")
    text: str = Field(min_length=1, description="Clean text; every span offset points here.")
    n_chars: int = Field(ge=1, description="len(text) in code points.")
    n_sentences: int = Field(ge=0, description="Number of rows in the sentences table.")
    removed: list[CleaningStep] = Field(description="What cleaning removed, with the rule.")
    normalised: list[Normalisation] = Field(description="Characters Unicode cleaning changed.")

    @model_validator(mode="after")
    def _length(self) -> Article:
        if self.n_chars != len(self.text):
            raise ValueError("n_chars must equal len(text)")
        return self


class Sentence(SpanRecord):
    table: ClassVar[str] = "sentences"
    table_title: ClassVar[str] = "Sentences, headings and bullet lines"
    primary_key: ClassVar[tuple[str, ...]] = ("sentence_id",)
    foreign_keys: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("article_id", "articles", "article_id"),
    )

    sentence_id: str = Field(**unique("'<article_id>-s<position>'; stable."))
    position: int = Field(ge=0, description="0-based order in the article.")
    kind: SegmentKind = Field(description="body, heading or bullet.")


class Quote(SpanRecord):
    table: ClassVar[str] = "quotes"
    table_title: ClassVar[str] = "Direct quotes with speakers"
    primary_key: ClassVar[tuple[str, ...]] = ("quote_id",)
    foreign_keys: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("article_id", "articles", "article_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("speaker_entity_id", "kb", "entity_id"),
    )

    quote_id: str = Field(**unique("'<article_id>-q<start>-<end>'; stable."))
    sentence_id: str = Field(description="Sentence in which the quote starts.")
    kind: QuoteKind = Field(description="full (a clause) or partial (a fragment).")
    cue: str | None = Field(description="Reporting verb or phrase as written.")
    cue_start: Offset | None = Field(description="Start of the cue in articles.text.")
    cue_end: Offset | None = Field(description="End of the cue in articles.text.")
    speaker: str | None = Field(description="Speaker as the article names them.")
    speaker_start: Offset | None = Field(description="Start of the speaker in articles.text.")
    speaker_end: Offset | None = Field(description="End of the speaker in articles.text.")
    speaker_entity_id: str | None = Field(description="Knowledge-base id of the speaker.")
    quote_cluster_id: str = Field(description="Shared by the same quote across outlets.")
    n_outlets: int = Field(ge=1, description="Distinct articles reporting this quote cluster.")


class EntityMention(SpanRecord):
    table: ClassVar[str] = "entities"
    table_title: ClassVar[str] = "Named-entity mentions, linked to the knowledge base"
    primary_key: ClassVar[tuple[str, ...]] = ("mention_id",)
    foreign_keys: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("article_id", "articles", "article_id"),
        ("sentence_id", "sentences", "sentence_id"),
        ("entity_id", "kb", "entity_id"),
    )

    mention_id: str = Field(**unique("'<article_id>-m<start>-<end>'; stable."))
    sentence_id: str = Field(description="Sentence containing the mention.")
    label: EntityLabel = Field(description="PER, LOC, ORG, FAC, EVENT or MISC.")
    score: float = Field(ge=0, le=1, description="Tagger confidence (1.0 for gazetteer).")
    entity_id: str | None = Field(description="Knowledge-base id, or null when unknown.")
    name_en: str | None = Field(description="English name from the knowledge base.")
    wikidata: str | None = Field(pattern=WIKIDATA_QID, description="Wikidata QID, if known.")


class Topic(Record):
    table: ClassVar[str] = "topics"
    table_title: ClassVar[str] = "Topics per article, with evidence"
    primary_key: ClassVar[tuple[str, ...]] = ("article_id", "topic")
    foreign_keys: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("article_id", "articles", "article_id"),
    )

    article_id: str = Field(pattern=ARTICLE_ID, description="The article.")
    topic: str = Field(pattern=r"^[a-z_]+$", description="Topic id from the taxonomy.")
    score: float = Field(ge=0, le=1, description="Share of the article's topic evidence.")
    sentence_ids: list[str] = Field(min_length=1, description="Sentences that are evidence.")


class KBEntry(Record):
    table: ClassVar[str] = "kb"
    table_title: ClassVar[str] = "Knowledge base the entity and speaker ids point to"
    primary_key: ClassVar[tuple[str, ...]] = ("entity_id",)

    entity_id: str = Field(**unique("Stable knowledge-base id."))
    label: EntityLabel = Field(description="PER, LOC, ORG, FAC, EVENT or MISC.")
    name_ar: str = Field(min_length=1, description="Canonical Arabic name.")
    name_en: str | None = Field(description="English name.")
    wikidata: str | None = Field(pattern=WIKIDATA_QID, description="Wikidata QID, if known.")
    aliases: list[str] = Field(description="Arabic aliases and spelling variants.")


TABLES: tuple[type[Record], ...] = (Article, Sentence, Quote, EntityMention, Topic, KBEntry)
TABLE_BY_NAME: dict[str, type[Record]] = {model.table: model for model in TABLES}
