"""Topic tagging from a curated keyword taxonomy, with the sentences that are its evidence.

Deliberately simple and auditable: a topic is assigned when enough distinct sentences
mention its cue words, and each assignment carries those sentences as evidence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

from khabar.arabic import clitic_candidates, matching_key, tokenize
from khabar.spans import Segment

MIN_EVIDENCE_SENTENCES = 2
MIN_SCORE = 0.1
MAX_TOPICS = 5


@dataclass(frozen=True, slots=True)
class TopicScore:
    topic: str
    score: float
    sentence_indexes: tuple[int, ...]


@dataclass(frozen=True)
class Taxonomy:
    version: int
    names_en: dict[str, str]
    # single-word keys -> topics; phrases (tuples of keys) -> topics
    words: dict[str, frozenset[str]]
    phrases: dict[tuple[str, ...], frozenset[str]]


@cache
def load_taxonomy() -> Taxonomy:
    raw = yaml.safe_load(resources.files("khabar.resources").joinpath("topics.yaml").read_text())
    words: dict[str, set[str]] = defaultdict(set)
    phrases: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for topic, spec in raw["topics"].items():
        for keyword in spec["keywords"]:
            keys = tuple(matching_key(keyword).split())
            (words[keys[0]] if len(keys) == 1 else phrases[keys]).add(topic)
    return Taxonomy(
        version=raw["version"],
        names_en={topic: spec["name_en"] for topic, spec in raw["topics"].items()},
        words={k: frozenset(v) for k, v in words.items()},
        phrases={k: frozenset(v) for k, v in phrases.items()},
    )


@lru_cache(maxsize=200_000)
def _readings(key: str) -> tuple[str, ...]:
    """The key with proclitics stripped, and each reading without the article ال too."""
    stems = [stem for stem, _ in clitic_candidates(key)]
    bare = [stem[2:] for stem in stems if stem.startswith("ال") and len(stem) > 3]
    return tuple(dict.fromkeys(stems + bare))


def _sentence_topics(keys: list[str], taxonomy: Taxonomy) -> set[str]:
    found: set[str] = set()
    readings = [_readings(key) for key in keys]
    for i, stems in enumerate(readings):
        for stem in stems:
            found |= taxonomy.words.get(stem, frozenset())
            for length in (2, 3):
                if i + length <= len(keys):
                    phrase = (stem, *keys[i + 1 : i + length])
                    found |= taxonomy.phrases.get(phrase, frozenset())
    return found


def score_topics(text: str, segments: Sequence[Segment]) -> list[TopicScore]:
    """Topics of an article; score = the topic's share of all topic evidence sentences."""
    taxonomy = load_taxonomy()
    evidence: dict[str, list[int]] = defaultdict(list)
    for index, segment in enumerate(segments):
        sentence = text[segment.start : segment.end]
        keys = [matching_key(sentence[a:b]) for a, b in tokenize(sentence)]
        for topic in _sentence_topics(keys, taxonomy):
            evidence[topic].append(index)
    total = sum(len(v) for v in evidence.values())
    scored = [
        TopicScore(topic, round(len(idx) / total, 4), tuple(idx))
        for topic, idx in evidence.items()
        if len(idx) >= MIN_EVIDENCE_SENTENCES
    ]
    scored = [t for t in scored if t.score >= MIN_SCORE]
    scored.sort(key=lambda t: (-t.score, t.topic))
    return scored[:MAX_TOPICS]
