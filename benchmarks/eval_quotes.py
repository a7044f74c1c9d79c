"""Score quote extraction on the hand-made seed gold, and eyeball it on SaudiNewsNet.

    .venv/bin/python benchmarks/eval_quotes.py                # seed gold: P / R / speaker accuracy
    .venv/bin/python benchmarks/eval_quotes.py -v             # ... with every miss and error
    .venv/bin/python benchmarks/eval_quotes.py --gold other.jsonl --texts DIR
    .venv/bin/python benchmarks/eval_quotes.py --gold benchmarks/gold/snn_quotes.jsonl --split dev
    .venv/bin/python benchmarks/eval_quotes.py --sample 200   # SaudiNewsNet: counts, timing, quotes
    .venv/bin/python benchmarks/eval_quotes.py --clusters     # seed quotes grouped across outlets

The real pipeline runs: clean_article -> segment -> annotate_entities -> extract_quotes (with
the knowledge base). If the entity tagger cannot load (no trained model yet), the quotes run
with no mentions and the report says so.

Gold (`benchmarks/gold/seed_quotes.jsonl`), one JSON object a line, in text order per file:
`file`, `quote` (the text inside the marks, as in the clean text), `kind`, `speaker` (the name
as the article gives it), `speaker_entity_id` (KB id or null), optional `note`. `kind` is
`full` or `partial` for quotes; `name` (quoted names: a villa, an outlet), `heading` (quoted
words in a headline with no cue) and `scare` (the outlet's own scare quotes, no cue) are
quoted spans that are NOT quotes: a prediction on one is a false positive, and on a `name`
it is also counted as "names taken as speech" (target 0). Gold lines with the same text in
one file are assigned to its occurrences in order.

SaudiNewsNet gold (`benchmarks/gold/snn_quotes.jsonl`): rows carry `id` (the article id in
the SaudiNewsNet parquet, whose text is read from there: the gold stores no articles), `split`
(`dev`: tuned on; `check`: scored only at the end), and no `speaker_entity_id`: a speaker is
right when its name contains, or is contained in, `speaker` or one of `speaker_alt` (other
names the article gives the same person); a null `speaker` wants no speaker. Its 15 articles
were drawn with `random.Random(20261123)` from those of 700-2,200 characters with 4+ quotation
marks and a reporting verb, at most two per source, leaving out every `--sample` of seeds 5 and
77; each was read by hand: 10 `dev`, 5 `check`. A second gold in the same format,
`benchmarks/gold/snn_quotes_2.jsonl` (30 articles, 20 `dev` / 10 `check`), was annotated blind to
the extractor; how it was drawn: `benchmarks/gold/snn_quotes_2.md`.

Scores: a prediction matches a gold quote when their character overlap is at least 0.8 of the
longer span (one-to-one, greedy). Speaker accuracy is over matched quotes: right when the
entity ids agree, or, for a gold speaker with no entity (`مسؤول أمريكي كبير`), when the
predicted speaker has no entity and one name contains the other (matching keys).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

from khabar.arabic import matching_key
from khabar.clean import clean_article
from khabar.quotes import extract_quotes
from khabar.segment import segment
from shared_data import SAUDINEWSNET

ROOT = Path(__file__).resolve().parents[1]

QUOTE_KINDS = ("full", "partial")
MIN_OVERLAP = 0.8


def load_kb_or_none():
    try:
        from khabar.kb import load_kb

        return load_kb()
    except Exception as exc:  # the KB is another stage's; score without it if it is broken
        print(f"note: no knowledge base ({exc.__class__.__name__}: {exc})", file=sys.stderr)
        return None


_TAGGER_NOTE: list[str] = []


def mentions_for(text, segments, kb, year: int | None = None):
    try:
        from khabar.entities import annotate_entities

        return annotate_entities(text, segments, kb=kb, year=year)
    except Exception as exc:
        if not _TAGGER_NOTE:
            _TAGGER_NOTE.append(f"{exc.__class__.__name__}: {str(exc)[:120]}")
            print(f"note: no entity mentions ({_TAGGER_NOTE[0]})", file=sys.stderr)
        return []


ABLATE: set[str] = set()  # "kb" and/or "mentions": run extract_quotes without them


def run_pipeline(raw: str, kb, year: int | None = None):
    """Clean, segment, entities, quotes: as the build does (`--without` ablations applied)."""
    text = clean_article(raw).text
    segments = segment(text)
    mentions = [] if "mentions" in ABLATE else mentions_for(text, segments, kb, year)
    quotes = extract_quotes(text, segments, mentions, None if "kb" in ABLATE else kb, year)
    return text, segments, mentions, quotes


_ID_YEAR = re.compile(r"_(\d{4})-\d\d-\d\d_")


def article_year(name: str, seed_years: dict[str, int]) -> int | None:
    """The year the build would pass: `seeds/sources.csv` for a seed file, the date in a
    SaudiNewsNet id (`aawsat_2015-07-21_0009`)."""
    if name in seed_years:
        return seed_years[name]
    m = _ID_YEAR.search(name)
    return int(m.group(1)) if m else None


def seed_years(texts_dir: Path) -> dict[str, int]:
    from khabar.metadata import read_sources

    sources = texts_dir / "sources.csv"
    if not sources.exists():
        return {}
    return {r.file: r.published_date.year for r in read_sources(sources) if r.published_date}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(a[1] - a[0], b[1] - b[0])


def locate_gold(text: str, rows: list[dict]) -> list[tuple[dict, tuple[int, int] | None]]:
    """Give each gold row its span in the clean text (same text: successive occurrences)."""
    cursor: dict[str, int] = {}
    out = []
    for row in rows:
        q = unicodedata.normalize("NFC", row["quote"])
        pos = text.find(q, cursor.get(q, 0))
        if pos < 0:
            out.append((row, None))
            continue
        cursor[q] = pos + len(q)
        out.append((row, (pos, pos + len(q))))
    return out


def speaker_ok(pred, gold: dict, kb) -> bool:
    g_ent, g_name = gold.get("speaker_entity_id"), gold.get("speaker")
    if "speaker_entity_id" not in gold:  # name-only gold (SaudiNewsNet): any of its names
        if not g_name:
            return pred.speaker is None
        if pred.speaker is None:
            return False
        a = matching_key(pred.speaker)
        for name in [g_name, *gold.get("speaker_alt", [])]:
            b = matching_key(name)
            if a in b or b in a:
                return True
        return False
    if g_ent:
        if pred.speaker_entity_id == g_ent:
            return True
        if pred.speaker_entity_id is None and pred.speaker and kb is not None:
            ent = kb.link(pred.speaker)
            return ent is not None and ent.id == g_ent
        return False
    if not g_name:
        return pred.speaker is None
    if pred.speaker is None or pred.speaker_entity_id is not None:
        return False
    a, b = matching_key(pred.speaker), matching_key(g_name)
    return a in b or b in a


def read_gold(gold_path: Path, split: str | None) -> dict[str, list[dict]]:
    """Gold rows by file (seed gold) or by SaudiNewsNet article id (`id`), optionally one split."""
    by_file: dict[str, list[dict]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if split and row.get("split") != split:
                continue
            by_file.setdefault(row.get("file") or row["id"], []).append(row)
    return by_file


def snn_texts(ids: set[str]) -> dict[str, str]:
    """Raw SaudiNewsNet texts for these article ids (the gold stores ids, not articles)."""
    from khabar.ner.train import corpus_texts

    out = corpus_texts(ids, SAUDINEWSNET)
    missing = ids - out.keys()
    if missing:
        raise SystemExit(f"gold ids not in {SAUDINEWSNET}: {sorted(missing)[:5]}")
    return out


def evaluate(gold_path: Path, texts_dir: Path, verbose: bool, split: str | None = None) -> dict:
    kb = load_kb_or_none()
    by_file = read_gold(gold_path, split)
    from_parquet = any("file" not in rows[0] for rows in by_file.values())
    raws = snn_texts(set(by_file)) if from_parquet else {}
    years = {} if from_parquet else seed_years(texts_dir)
    tp = fp = fn = spk_ok = kind_ok = names_as_speech = 0
    n_pred = n_gold = 0
    problems: list[str] = []
    for fname, rows in sorted(by_file.items()):
        raw = raws[fname] if from_parquet else (texts_dir / fname).read_text(encoding="utf-8")
        text, _segments, _mentions, preds = run_pipeline(raw, kb, article_year(fname, years))
        located = locate_gold(text, rows)
        gold_q = [(r, s) for r, s in located if r["kind"] in QUOTE_KINDS]
        non_q = [(r, s) for r, s in located if r["kind"] not in QUOTE_KINDS and s is not None]
        for r, s in located:
            if s is None and r["kind"] in QUOTE_KINDS:
                problems.append(f"{fname}: gold quote not in clean text: {r['quote'][:60]!r}")
        n_gold += len(gold_q)
        n_pred += len(preds)
        used: set[int] = set()
        matched_pred: set[int] = set()
        pairs = sorted(
            (
                (overlap((p.start, p.end), s), pi, gi)
                for pi, p in enumerate(preds)
                for gi, (_, s) in enumerate(gold_q)
                if s is not None
            ),
            reverse=True,
        )
        for ov, pi, gi in pairs:
            if ov < MIN_OVERLAP or pi in matched_pred or gi in used:
                continue
            matched_pred.add(pi)
            used.add(gi)
            tp += 1
            p, (g, _) = preds[pi], gold_q[gi]
            if speaker_ok(p, g, kb):
                spk_ok += 1
            else:
                problems.append(
                    f"{fname}: speaker {p.speaker!r} ({p.speaker_entity_id}) != "
                    f"{g['speaker']!r} ({g.get('speaker_entity_id')}) for {g['quote'][:50]!r}"
                )
            if p.kind == g["kind"]:
                kind_ok += 1
            elif verbose:
                problems.append(f"{fname}: kind {p.kind} != {g['kind']} for {g['quote'][:50]!r}")
        for gi, (g, _) in enumerate(gold_q):
            if gi not in used:
                fn += 1
                problems.append(f"{fname}: MISSED {g['kind']} {g['quote'][:70]!r}")
        for pi, p in enumerate(preds):
            if pi in matched_pred:
                continue
            fp += 1
            what = "not in gold"
            for r, s in non_q:
                if overlap((p.start, p.end), s) >= MIN_OVERLAP:
                    what = f"gold {r['kind']}"
                    if r["kind"] == "name":
                        names_as_speech += 1
                    break
            problems.append(f"{fname}: FALSE ({what}) {text[p.start : p.end][:70]!r}")
    precision = tp / n_pred if n_pred else 1.0
    recall = tp / n_gold if n_gold else 1.0
    result = {
        "gold_quotes": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "speaker_accuracy": round(spk_ok / tp, 4) if tp else 0.0,
        "kind_agreement": round(kind_ok / tp, 4) if tp else 0.0,
        "names_taken_as_speech": names_as_speech,
        "entity_mentions": "none (tagger unavailable)" if _TAGGER_NOTE else "annotate_entities",
    }
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if verbose or problems:
        for line in problems:
            print("  " + line)
    return result


def clusters(texts_dir: Path) -> None:
    """Run the pipeline on every seed, cluster the quotes, print clusters with 2+ outlets."""
    from khabar.quote_clusters import cluster_quotes

    kb = load_kb_or_none()
    rows, texts = [], {}
    years = seed_years(texts_dir)
    for path in sorted(texts_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        text, _segments, _mentions, quotes = run_pipeline(raw, kb, article_year(path.name, years))
        for q in quotes:
            qid = f"{path.stem}-q{q.start}-{q.end}"
            rows.append((qid, path.stem, text[q.start : q.end]))
            texts[qid] = (text[q.start : q.end], q.speaker_entity_id or q.speaker)
    groups: dict[str, list[str]] = {}
    for qid, cid in cluster_quotes(rows).items():
        groups.setdefault(cid, []).append(qid)
    multi = {c: sorted(m) for c, m in groups.items() if len({q.rsplit("-q", 1)[0] for q in m}) > 1}
    print(f"{len(rows)} quotes, {len(groups)} clusters, {len(multi)} reported by 2+ outlets")
    for cid, members in sorted(multi.items()):
        print(f"- {cid}")
        for qid in members:
            quote, speaker = texts[qid]
            print(f"    {qid}: {quote[:70]!r} ({speaker})")


def sample(n: int, seed: int, show: int) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(SAUDINEWSNET, columns=["id", "source", "text"])
    rng = random.Random(seed)
    idx = rng.sample(range(table.num_rows), min(n, table.num_rows))
    kb = load_kb_or_none()
    ids, sources, texts = (table.column(c).to_pylist() for c in ("id", "source", "text"))
    counts: Counter[str] = Counter()
    shown: list[str] = []
    t_quotes = 0.0
    for i in idx:
        raw = texts[i] or ""
        try:
            t0 = time.perf_counter()
            text, _segments, _mentions, quotes = run_pipeline(raw, kb, article_year(ids[i], {}))
            t_quotes += time.perf_counter() - t0
        except Exception:
            counts["pipeline_failed"] += 1
            continue
        counts["articles"] += 1
        counts["articles_with_marks"] += any(ch in text for ch in '"“”«»„')
        counts["quotes"] += len(quotes)
        for q in quotes:
            counts[q.kind] += 1
            counts["with_speaker"] += q.speaker is not None
            counts["with_entity"] += q.speaker_entity_id is not None
            shown.append(
                f"[{sources[i]}:{ids[i]}] {q.kind} | cue={q.cue} | speaker={q.speaker} "
                f"({q.speaker_entity_id})\n    «{text[q.start : q.end][:160]}»\n"
                f"    ctx: …{text[max(0, q.start - 90) : q.start]}⟦…⟧"
            )
    print(json.dumps(dict(counts), ensure_ascii=False, indent=2))
    print(f"clean + entities + quotes: {t_quotes:.2f} s for {counts['articles']} articles")
    rng.shuffle(shown)
    for line in shown[:show]:
        print(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=ROOT / "benchmarks/gold/seed_quotes.jsonl")
    ap.add_argument("--texts", type=Path, default=ROOT / "seeds")
    ap.add_argument("--sample", type=int, default=0, help="SaudiNewsNet articles to run instead")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--split", choices=["dev", "check"], help="only this split of the gold")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--clusters", action="store_true", help="cluster the seed quotes instead")
    ap.add_argument(
        "--without",
        action="append",
        default=[],
        choices=["kb", "mentions"],
        help="ablation: give extract_quotes no KB / no entity mentions",
    )
    args = ap.parse_args(argv)
    ABLATE.update(args.without)
    if args.sample:
        sample(args.sample, args.seed, args.show)
        return 0
    if args.clusters:
        clusters(args.texts)
        return 0
    evaluate(args.gold, args.texts, args.verbose, args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
