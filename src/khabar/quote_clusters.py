"""Group the same quote reported by several outlets, allowing small wording differences.

`cluster_quotes([(quote_id, article_id, text), ...]) -> {quote_id: quote_cluster_id}`.

1. Every quote gets a normalised key: `matching_key` (no diacritics, folded letters), then
   words only, each with a leading و/ف and the article ال dropped (`وسيعودان` = `سيعودان`).
2. Quotes with the same key are one group at once (this also covers one- or two-word
   fragments such as `"البناءة"`, which are never merged fuzzily: too little evidence).
3. Longer keys get a MinHash (datasketch) over word unigrams and bigrams, cut into LSH bands;
   only quotes sharing a band bucket are compared, and a bucket stops growing at `BUCKET_CAP`
   members, so the work is at most quotes x bands x cap: linear, never quadratic, even on
   boilerplate. Quotes whose numbers differ are never joined (`المادة 5` vs `المادة 6`).
4. Short quotes (3-12 content words) are also looked up in an inverted index of content
   words and joined to a longer quote that contains them (`partial_ratio` >= `PARTIAL_MIN`):
   one outlet quoted a fragment, another the whole (`سيعودان إلى أماكن عملهما` inside
   `سفيرا البلدان سيعودان إلى ممارسة عملهما، وإن …`).
5. A candidate pair is joined when rapidfuzz agrees: `token_sort_ratio` >= `FUZZY_MIN` on
   keys of similar length, or `token_set_ratio` >= `SUBSET_MIN` when the shorter quote is
   most of the longer one (an outlet that cut a word or a clause).
6. Groups are connected components (union-find). A cluster's id is the smallest quote_id in
   it (string order), so it depends only on the cluster's content, never on input order.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from itertools import pairwise

import regex
from datasketch import MinHash
from rapidfuzz import fuzz

from khabar.arabic import matching_key

FUZZY_MIN = 82.0  # token_sort_ratio for two renderings of the same quote
SUBSET_MIN = 90.0  # token_set_ratio when one is (nearly) contained in the other
LENGTH_RATIO_MIN = 0.6  # shorter / longer key length for a subset match
MIN_FUZZY_WORDS = 3  # shorter quotes only group on an identical key
NUM_PERM = 63
BANDS, ROWS = 21, 3  # LSH banding: pairs with Jaccard ~0.35 or more become candidates
BUCKET_CAP = 40  # members kept per bucket: bounds the work on near-identical boilerplate
PARTIAL_MIN = 83.0  # partial_ratio for a short quote inside a longer rendering
CONTAIN_MIN_WORDS, CONTAIN_MAX_WORDS = 3, 12  # content words of the short quote
POSTING_CAP = 50  # a word in more quotes than this is too common to find candidates with


def _words(blob: str) -> frozenset[str]:
    return frozenset(blob.split())


_STOP = _words(
    """
    الي علي في من عن مع ان انه انها هذا هذه ذلك تلك التي الذي كان كانت لم لن لا ما هو هي قد بين
    كل او ثم حتي عند منذ نحن انا هناك
    """
)
_NUMBER_RE = regex.compile(r"\p{Nd}+")
_WORD_RE = regex.compile(r"[\p{L}\p{M}\p{Nd}]+", regex.V1)


def quote_key(text: str) -> str:
    """Words of the quote in a folded form, for grouping only (never stored)."""
    words = []
    for w in _WORD_RE.findall(matching_key(text)):
        conj = len(w) > 3 and w[0] in "وف" and not w.startswith("وا")
        if conj or (len(w) > 4 and w[0] in "وف" and w[1:3] == "ال"):
            w = w[1:]
        if len(w) > 4 and w.startswith("ال"):
            w = w[2:]
        words.append(w)
    return " ".join(words)


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _similar(a: str, b: str) -> bool:
    if fuzz.token_sort_ratio(a, b) >= FUZZY_MIN:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < LENGTH_RATIO_MIN * len(long_):
        return False
    return fuzz.token_set_ratio(a, b) >= SUBSET_MIN


def _shingles(words: list[str]) -> set[bytes]:
    out = {w.encode() for w in words}
    out.update(f"{a} {b}".encode() for a, b in pairwise(words))
    return out


def cluster_quotes(quotes: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Map every quote_id to its cluster id (the smallest quote_id of its cluster)."""
    rows = sorted({qid: (aid, text) for qid, aid, text in quotes}.items())
    ids = [qid for qid, _ in rows]
    keys = [quote_key(text or "") for _, (_, text) in rows]
    uf = _UnionFind(len(rows))

    # 1) identical keys
    first_of: dict[str, int] = {}
    for i, k in enumerate(keys):
        if not k:
            continue
        if k in first_of:
            uf.union(first_of[k], i)
        else:
            first_of[k] = i

    # 2) fuzzy, through MinHash band buckets; one representative per distinct key
    reps = [i for k, i in first_of.items() if len(k.split()) >= MIN_FUZZY_WORDS]
    if len(reps) > 1:
        perms = MinHash(num_perm=NUM_PERM, seed=7).permutations
        buckets: dict[bytes, list[int]] = {}
        numbers = {i: _NUMBER_RE.findall(keys[i]) for i in reps}
        for i in reps:
            mh = MinHash(
                num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=perms, scheme="affine32"
            )
            mh.update_batch(list(_shingles(keys[i].split())))
            values = mh.hashvalues
            seen: set[int] = set()
            for band in range(BANDS):
                sig = band.to_bytes(1, "big") + values[band * ROWS : (band + 1) * ROWS].tobytes()
                members = buckets.setdefault(sig, [])
                for j in members:
                    if j in seen:
                        continue
                    seen.add(j)
                    if (
                        uf.find(i) != uf.find(j)
                        and numbers[i] == numbers[j]
                        and _similar(keys[i], keys[j])
                    ):
                        uf.union(i, j)
                if len(members) < BUCKET_CAP:  # boilerplate: a full bucket stops growing
                    members.append(i)

        # 3) a short quote inside a longer rendering by another outlet
        _join_contained(reps, keys, {i: set(n) for i, n in numbers.items()}, uf, len(ids))

    return {qid: ids[uf.find(i)] for i, qid in enumerate(ids)}


def _content(key: str) -> list[str]:
    return [w for w in dict.fromkeys(key.split()) if len(w) >= 3 and w not in _STOP]


def _join_contained(
    reps: list[int], keys: list[str], numbers: dict[int, set[str]], uf: _UnionFind, total: int
) -> None:
    """Join a short quote to a longer one that contains it with small wording differences.

    `سيعودان إلى أماكن عملهما` is inside `سفيرا البلدان سيعودان إلى ممارسة عملهما، وإن …`.
    Candidates share two of the short quote's three rarest content words (an inverted index
    whose lists stop growing at `POSTING_CAP`, so this stays linear). A long quote that fuses
    two statements joins only the one it starts with (the earliest alignment), and only if it
    is in no group yet, so two different quotes are never chained through it.
    """
    content = {i: _content(keys[i]) for i in reps}
    postings: dict[str, list[int]] = {}
    for i in reps:
        for w in content[i]:
            lst = postings.setdefault(w, [])
            if len(lst) <= POSTING_CAP:
                lst.append(i)
    best: dict[int, tuple[int, float, int]] = {}  # long quote -> (start, -score, short quote)
    for i in reps:
        words = content[i]
        if not CONTAIN_MIN_WORDS <= len(words) <= CONTAIN_MAX_WORDS:
            continue
        rare = sorted(
            (w for w in words if len(postings[w]) <= POSTING_CAP), key=lambda w: len(postings[w])
        )[:3]
        if len(rare) < 2:
            continue
        counts: dict[int, int] = {}
        for w in rare:
            for j in postings[w]:
                if j != i:
                    counts[j] = counts.get(j, 0) + 1
        for j, shared in counts.items():
            if shared < 2 or len(keys[j]) <= len(keys[i]) or not numbers[i] <= numbers[j]:
                continue
            al = fuzz.partial_ratio_alignment(keys[i], keys[j], score_cutoff=PARTIAL_MIN)
            if al is None:
                continue
            cand = (al.dest_start, -al.score, i)
            if j not in best or cand < best[j]:
                best[j] = cand
    # a long quote already grouped with other renderings is not a bridge between two groups
    size: dict[int, int] = {}
    for k in range(total):
        r = uf.find(k)
        size[r] = size.get(r, 0) + 1
    alone = {j for j in best if size[uf.find(j)] == 1}
    for j, (_, _, i) in sorted(best.items()):
        if j in alone:
            uf.union(i, j)
