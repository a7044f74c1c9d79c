"""Turn one article's raw text into validated records (all stages, no I/O, no Prefect)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from khabar import records
from khabar.clean import CleanedArticle, clean_article
from khabar.entities import annotate_entities
from khabar.kb import load_kb
from khabar.quotes import extract_quotes
from khabar.segment import segment
from khabar.spans import Segment
from khabar.topics import score_topics


@dataclass(frozen=True)
class SourceInfo:
    """What is known of an article before it is read: its file, bytes hash and metadata."""

    source_file: str
    article_id: str
    sha256: str
    publisher: str | None = None
    url: str | None = None
    published_date: str | None = None


@dataclass
class ArticleBundle:
    """All rows one article contributes to the published tables."""

    article: records.Article
    sentences: list[records.Sentence] = field(default_factory=list)
    quotes: list[records.Quote] = field(default_factory=list)
    entities: list[records.EntityMention] = field(default_factory=list)
    topics: list[records.Topic] = field(default_factory=list)

    def rows(self) -> dict[str, list[records.Record]]:
        return {
            "articles": [self.article],
            "sentences": self.sentences,
            "quotes": self.quotes,
            "entities": self.entities,
            "topics": self.topics,
        }


class SentenceIndex:
    """Finds the sentence a character offset falls in."""

    def __init__(self, article_id: str, segments: Sequence[Segment]):
        self._starts = [s.start for s in segments]
        self._ids = [sentence_id(article_id, i) for i in range(len(segments))]

    def at(self, offset: int) -> str:
        return self._ids[max(bisect.bisect_right(self._starts, offset) - 1, 0)]


def sentence_id(article_id: str, position: int) -> str:
    return f"{article_id}-s{position:04d}"


def _article_record(
    source: SourceInfo, cleaned: CleanedArticle, n_sentences: int
) -> records.Article:
    return records.Article(
        article_id=source.article_id,
        source_file=source.source_file,
        sha256=source.sha256,
        title=cleaned.title,
        publisher=source.publisher or cleaned.publisher,
        dateline=cleaned.dateline,
        published_date=source.published_date or cleaned.published_date,
        url=source.url,
        language="ar",
        photo_credit=cleaned.photo_credit,
        text=cleaned.text,
        n_chars=len(cleaned.text),
        n_sentences=n_sentences,
        removed=[
            records.CleaningStep(rule=r.rule, line=r.line, text=r.text) for r in cleaned.removals
        ],
        normalised=[
            records.Normalisation(kind=kind, count=count)
            for kind, count in sorted(cleaned.normalisations.items())
            if count
        ],
    )


def annotate_article(source: SourceInfo, raw_text: str) -> ArticleBundle:
    """Clean, segment and annotate one article; every row is a validated record."""
    cleaned = clean_article(raw_text)
    text = cleaned.text
    if not text:
        raise ValueError(f"{source.source_file}: nothing is left after cleaning")
    segments = segment(text)
    kb = load_kb()
    published = source.published_date or cleaned.published_date
    year = int(published[:4]) if published else None  # who held a title depends on when
    mentions = annotate_entities(text, segments, kb=kb, year=year)
    quotes = extract_quotes(text, segments, mentions, kb, year)
    index = SentenceIndex(source.article_id, segments)
    aid = source.article_id

    bundle = ArticleBundle(article=_article_record(source, cleaned, len(segments)))
    bundle.sentences = [
        records.Sentence(
            sentence_id=sentence_id(aid, i),
            article_id=aid,
            position=i,
            start=s.start,
            end=s.end,
            text=text[s.start : s.end],
            kind=s.kind,
        )
        for i, s in enumerate(segments)
    ]
    for m in mentions:
        entity = kb.get(m.entity_id) if m.entity_id else None
        bundle.entities.append(
            records.EntityMention(
                mention_id=f"{aid}-m{m.start}-{m.end}",
                article_id=aid,
                sentence_id=index.at(m.start),
                start=m.start,
                end=m.end,
                text=text[m.start : m.end],
                label=m.label,
                score=round(m.score, 4),
                entity_id=m.entity_id,
                name_en=entity.name_en if entity else None,
                wikidata=entity.wikidata if entity else None,
            )
        )
    for q in quotes:
        quote_id = f"{aid}-q{q.start}-{q.end}"
        bundle.quotes.append(
            records.Quote(
                quote_id=quote_id,
                article_id=aid,
                sentence_id=index.at(q.start),
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                kind=q.kind,
                cue=q.cue,
                cue_start=q.cue_start,
                cue_end=q.cue_end,
                speaker=q.speaker,
                speaker_start=q.speaker_start,
                speaker_end=q.speaker_end,
                speaker_entity_id=q.speaker_entity_id,
                # placeholders until quotes are clustered across the whole corpus
                quote_cluster_id=quote_id,
                n_outlets=1,
            )
        )
    bundle.topics = [
        records.Topic(
            article_id=aid,
            topic=t.topic,
            score=t.score,
            sentence_ids=[sentence_id(aid, i) for i in t.sentence_indexes],
        )
        for t in score_topics(text, segments)
    ]
    return bundle
