"""Building the NER artifact: gazetteer, word clusters and the CRF model.

Plain functions (no Prefect); `flows/train_ner.py` only orchestrates them. Training data:
ANERcorp train (CC BY-SA 4.0) and 352 hand-annotated SaudiNewsNet articles (`NEWS_TRAIN`).
The test files are never read here.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from khabar.arabic import TOKEN_RE, clitic_candidates, matching_key, tokenize
from khabar.ner.conll import normalize_tag, read_conll
from khabar.ner.features import FeatureExtractor, NerResources, trigger_label
from khabar.ner.resources import (
    ATTRIBUTES_FILE,
    CLUSTERS_FILE,
    GAZETTEER_FILE,
    META_FILE,
    MODEL_FILE,
    RESOURCE_DIR,
    load_resources,
    write_attributes,
    write_clusters,
    write_gazetteer,
)
from khabar.segment import segment
from khabar.shared_data import ANERCORP_TRAIN, ANERGAZET_DIR, SAUDINEWSNET

# Hand-annotated modern news (SaudiNewsNet ids and character spans; `snn_ner.md` conventions),
# trained on next to ANERcorp; drawn by `benchmarks/gold/select_snn_ner_train.py`.
NEWS_TRAIN = Path(__file__).resolve().parents[3] / "benchmarks" / "gold" / "snn_ner_train.jsonl"
# Chosen on the dev split (last 10% of ANERcorp train) and AQMAR dev; see MODEL_CARD.md.
DEFAULT_PARAMS: dict = {"c1": 0.05, "c2": 0.05, "max_iterations": 200}
DEV_FRACTION = 0.1


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# -- data -------------------------------------------------------------------------------------
def load_sentences(path: Path = ANERCORP_TRAIN) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence with labels normalised (PERS -> PER)."""
    return [
        ([tok for tok, _ in sent], [normalize_tag(tag) for _, tag in sent])
        for sent in read_conll(path)
    ]


def read_span_rows(path: Path, split: str | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """Article id -> (start, end, label) spans, from a JSONL file of gold rows (of one `split`
    only, if given). Every listed article is a key, with or without entities."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if split and row["split"] != split:
                continue
            rows = spans.setdefault(row["id"], [])
            if not row.get("none"):
                rows.append((row["start"], row["end"], row["label"]))
    return spans


def corpus_texts(ids: set[str], corpus: Path = SAUDINEWSNET) -> dict[str, str]:
    """Raw texts of these SaudiNewsNet article ids."""
    import pyarrow.parquet as pq

    table = pq.read_table(corpus, columns=["id", "text"])
    pairs = zip(table.column("id").to_pylist(), table.column("text").to_pylist(), strict=True)
    return {aid: text or "" for aid, text in pairs if aid in ids}


def bio_sentences(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> list[tuple[list[str], list[str]]]:
    """(tokens, BIO tags) per segment of `text`, tokenized as the tagger tokenizes it.

    A token takes the label of the span it overlaps, with its clitics (`بالطائف` is B-LOC, as
    in ANERcorp); the first token of a span is B-.
    """
    out = []
    for seg in segment(text):
        tokens, tags = [], []
        for s, e in tokenize(text[seg.start : seg.end]):
            start, end = seg.start + s, seg.start + e
            hit = next(((a, b, lab) for a, b, lab in spans if a < end and start < b), None)
            tokens.append(text[start:end])
            if hit is None:
                tags.append("O")
            else:
                inside = tags and tags[-1] != "O" and hit[0] < start
                tags.append(("I-" if inside else "B-") + hit[2])
        if tokens:
            out.append((tokens, tags))
    return out


def load_news_sentences(path: Path = NEWS_TRAIN) -> list[tuple[list[str], list[str]]]:
    """The hand-annotated news articles of `path` as (tokens, tags) sentences."""
    from khabar.clean import clean_article

    spans = read_span_rows(path)
    raw = corpus_texts(set(spans))
    sentences = []
    for aid in sorted(spans):
        sentences.extend(bio_sentences(clean_article(raw[aid]).text, spans[aid]))
    return sentences


def split_dev(sentences: Sequence, fraction: float = DEV_FRACTION) -> tuple[list, list]:
    """The first (1 - fraction) of the sentences to train on, the last `fraction` as dev."""
    cut = round(len(sentences) * (1 - fraction))
    return list(sentences[:cut]), list(sentences[cut:])


# -- gazetteer --------------------------------------------------------------------------------
def build_gazetteer(directory: Path = ANERGAZET_DIR) -> dict[tuple[str, ...], str]:
    """ANERGazet names as tuples of matching keys -> labels ("LOC", "LOC|ORG", ...)."""
    labels: dict[tuple[str, ...], set[str]] = {}
    for label, file_name in (("LOC", "loc.txt"), ("ORG", "org.txt"), ("PER", "pers.txt")):
        for line in (directory / file_name).read_text(encoding="utf-8").splitlines():
            name = tuple(
                matching_key(m.group()) for m in TOKEN_RE.finditer(line) if m.group().isalpha()
            )
            name = tuple(k for k in name if k)
            if not name or all(len(k) < 2 for k in name):
                continue
            labels.setdefault(name, set()).add(label)
    return {name: "|".join(sorted(ls)) for name, ls in labels.items()}


# -- word clusters ----------------------------------------------------------------------------
def corpus_lines(path: Path = SAUDINEWSNET, limit: int | None = None) -> Iterator[list[str]]:
    """Matching-key tokens of each paragraph of the unlabeled news corpus (numbers -> `0`)."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["text"])
    keys: dict[str, str] = {}
    texts = table.column("text").to_pylist()
    if limit is not None:
        texts = texts[:limit]
    for text in texts:
        for para in (text or "").split("\n"):
            out = []
            for tok in TOKEN_RE.findall(para):
                k = keys.get(tok)
                if k is None:
                    if tok[0].isdigit():
                        k = "0"
                    elif tok.isalpha() or len(tok) > 1:
                        k = matching_key(tok)
                    else:
                        k = ""
                    keys[tok] = k
                if k:
                    out.append(k)
            if len(out) > 2:
                yield out


def spherical_kmeans(
    vectors: np.ndarray, k: int, iterations: int = 25, seed: int = 13
) -> np.ndarray:
    """Cluster ids for unit-length row vectors (k-means++ start, cosine assignment)."""
    rng = np.random.default_rng(seed)
    n = vectors.shape[0]
    k = min(k, n)
    centres = np.empty((k, vectors.shape[1]), dtype=np.float32)
    centres[0] = vectors[rng.integers(n)]
    best = 1.0 - vectors @ centres[0]
    for j in range(1, k):  # k-means++ on cosine distance
        probs = np.maximum(best, 0) ** 2
        centres[j] = vectors[rng.choice(n, p=probs / probs.sum())]
        best = np.minimum(best, 1.0 - vectors @ centres[j])
    assign = np.zeros(n, dtype=np.int64)
    for _ in range(iterations):
        new = np.argmax(vectors @ centres.T, axis=1)
        if np.array_equal(new, assign) and _ > 0:
            break
        assign = new
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[~empty] /= norms[~empty]
        sums[empty] = centres[empty]
        centres = sums
    return assign


def build_clusters(
    corpus: Path = SAUDINEWSNET,
    min_count: int = 3,
    keep: int = 150_000,
    coarse_k: int = 128,
    fine_k: int = 1024,
    vector_size: int = 100,
    epochs: int = 5,
    seed: int = 13,
    limit: int | None = None,
) -> list[tuple[str, int, int, int, str]]:
    """word2vec (gensim, one thread) on matching keys, then k-means at two granularities.

    Returns (key, count, coarse id, fine id, trigger profile) rows for the `keep` most
    frequent words (profile: see `trigger_profiles`).
    """
    from gensim.models import Word2Vec

    t0 = time.time()
    lines = list(corpus_lines(corpus, limit))
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(line)
    log(
        f"clusters: {len(lines)} paragraphs, {sum(counts.values())} tokens, {time.time() - t0:.0f}s"
    )
    model = Word2Vec(
        sentences=lines,
        vector_size=vector_size,
        window=5,
        min_count=min_count,
        sg=0,
        negative=5,
        sample=1e-4,
        epochs=epochs,
        workers=1,
        seed=seed,
    )
    log(f"clusters: word2vec {len(model.wv)} words, {time.time() - t0:.0f}s")
    words = sorted(model.wv.index_to_key, key=lambda w: (-counts[w], w))[:keep]
    vecs = np.asarray([model.wv[w] for w in words], dtype=np.float32)
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-8)
    fine = spherical_kmeans(vecs, fine_k, seed=seed)
    coarse = spherical_kmeans(vecs, coarse_k, seed=seed)
    log(f"clusters: k-means done, {time.time() - t0:.0f}s")
    profiles = trigger_profiles(lines, set(words))
    return [
        (w, counts[w], int(c), int(f), profiles.get(w, "000"))
        for w, c, f in zip(words, coarse, fine, strict=True)
    ]


def _bucket(share: float) -> str:
    return "3" if share >= 0.3 else "2" if share >= 0.1 else "1" if share >= 0.02 else "0"


def trigger_profiles(lines: Sequence[list[str]], vocab: set[str]) -> dict[str, str]:
    """How often each word follows a PER / LOC / ORG trigger word (at -1 or -2) in the corpus.

    Three digits, one per label, each a bucket of the share of its occurrences (0: < 2%,
    1: >= 2%, 2: >= 10%, 3: >= 30%). Names unseen in ANERcorp but frequent in news
    (`فينغر` after `المدرب`) get the cue from the unlabeled text.
    """
    trigger_of: dict[str, int] = {}
    labels = ("PER", "LOC", "ORG")

    def trigger(key: str) -> int:
        t = trigger_of.get(key)
        if t is None:
            label = trigger_label(stem for stem, _ in clitic_candidates(key))
            t = labels.index(label) if label else -1
            trigger_of[key] = t
        return t

    seen: Counter[str] = Counter()
    hits: dict[str, list[int]] = {}
    for line in lines:
        prev1 = prev2 = -1
        for key in line:
            if key in vocab:
                seen[key] += 1
                if prev1 >= 0 or prev2 >= 0:
                    h = hits.setdefault(key, [0, 0, 0])
                    if prev1 >= 0:
                        h[prev1] += 1
                    if prev2 >= 0 and prev2 != prev1:
                        h[prev2] += 1
            prev2, prev1 = prev1, trigger(key)
    return {w: "".join(_bucket(n / seen[w]) for n in h) for w, h in hits.items() if seen[w]}


# -- CRF --------------------------------------------------------------------------------------
def train_crf(
    sentences: Sequence[tuple[list[str], list[str]]],
    resources: NerResources,
    model_path: Path,
    params: dict | None = None,
) -> Path:
    import pycrfsuite

    fx = FeatureExtractor(resources)
    p = {**DEFAULT_PARAMS, **(params or {})}
    algorithm = p.pop("algorithm", "lbfgs")
    trainer = pycrfsuite.Trainer(algorithm=algorithm, verbose=False)
    for tokens, tags in sentences:
        trainer.append(pycrfsuite.ItemSequence(fx.sentence(tokens)), tags)
    p = {k: v for k, v in p.items() if v is not None}
    trainer.set_params({**p, "feature.possible_transitions": True})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    trainer.train(str(model_path))
    log(f"crf: trained on {len(sentences)} sentences in {time.time() - t0:.0f}s ({p})")
    return model_path


def write_gazetteer_file(out_dir: Path = RESOURCE_DIR, source: Path = ANERGAZET_DIR) -> Path:
    """Step 1: ANERGazet names as matching keys -> `gazetteer.tsv`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_gazetteer(out_dir / GAZETTEER_FILE, build_gazetteer(source))
    return out_dir / GAZETTEER_FILE


def write_clusters_file(out_dir: Path = RESOURCE_DIR, corpus: Path = SAUDINEWSNET) -> Path:
    """Step 2: word clusters from the unlabeled news -> `clusters.tsv.gz` (~2.5 min, 1 core)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_clusters(out_dir / CLUSTERS_FILE, build_clusters(corpus))
    return out_dir / CLUSTERS_FILE


def write_model_file(
    out_dir: Path = RESOURCE_DIR,
    params: dict | None = None,
    include_dev: bool = True,
    news: Path | None = NEWS_TRAIN,
) -> Path:
    """Step 3: the CRF on ANERcorp train (all of it, or without the dev tail) and the
    hand-annotated news of `news` (None: ANERcorp alone) -> model + meta."""
    resources = load_resources(out_dir)
    sentences = load_sentences()
    train, _dev = split_dev(sentences)
    used = sentences if include_dev else train
    news_sentences = load_news_sentences(news) if news else []
    train_crf(used + news_sentences, resources, out_dir / MODEL_FILE, params)
    n_attrs = write_attributes(out_dir / ATTRIBUTES_FILE, out_dir / MODEL_FILE)
    meta = {
        "params": {**DEFAULT_PARAMS, **(params or {})},
        "trained_on": "ANERcorp train, CAMeL Lab split"
        + ("" if include_dev else f", without its last {DEV_FRACTION:.0%} (dev)"),
        "sentences": len(used),
        "tokens": sum(len(t) for t, _ in used),
        "news_trained_on": news.name if news else None,
        "news_sentences": len(news_sentences),
        "news_tokens": sum(len(t) for t, _ in news_sentences),
        "active_attributes": n_attrs,
        "cluster_words": len(resources.clusters),
        "gazetteer_names": len(resources.gazetteer),
    }
    (out_dir / META_FILE).write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return out_dir / MODEL_FILE


def build_artifact(
    out_dir: Path = RESOURCE_DIR,
    params: dict | None = None,
    rebuild_clusters: bool = True,
    include_dev: bool = True,
) -> Path:
    """All three steps without Prefect. Keeps existing clusters when `rebuild_clusters` is off."""
    write_gazetteer_file(out_dir)
    if rebuild_clusters or not (out_dir / CLUSTERS_FILE).exists():
        write_clusters_file(out_dir)
    return write_model_file(out_dir, params, include_dev)


def main(argv: Sequence[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Build the khabar NER artifact (no Prefect).")
    ap.add_argument("--out", type=Path, default=RESOURCE_DIR)
    ap.add_argument("--keep-clusters", action="store_true", help="reuse clusters.tsv.gz")
    ap.add_argument("--without-dev", action="store_true", help="hold out the dev tail")
    args = ap.parse_args(argv)
    build_artifact(args.out, None, not args.keep_clusters, not args.without_dev)


if __name__ == "__main__":
    main()
