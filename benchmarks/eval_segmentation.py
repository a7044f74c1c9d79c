"""Sentence-boundary precision / recall / F1 of `khabar.segment.segment`.

Boundaries are sentence end offsets after stripping trailing whitespace, excluding the end of
the document. A predicted boundary counts when it sits at a gold end offset.

    .venv/bin/python benchmarks/eval_segmentation.py                 # UD Arabic-PUD + seed gold
    .venv/bin/python benchmarks/eval_segmentation.py --data PATH     # another docs.jsonl
    .venv/bin/python benchmarks/eval_segmentation.py --errors 20     # show misses / false alarms

PUD is evaluation only: never tune rules against it.
The seed gold (`benchmarks/gold/seed_sentences.json`) holds hand-made end offsets over the
clean text of each seed (`clean_article(raw).text`), plus the sentence texts for review.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar.clean import clean_article
from khabar.segment import segment
from shared_data import UD_PUD_DOCS

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = UD_PUD_DOCS
SEED_GOLD = ROOT / "benchmarks" / "gold" / "seed_sentences.json"


def end_offsets(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Sentence end offsets (trailing whitespace stripped), without the document end."""
    doc_end = len(text.rstrip())
    ends = set()
    for start, end in spans:
        e = start + len(text[start:end].rstrip())
        if e < doc_end:
            ends.add(e)
    return ends


def score(
    docs: list[tuple[str, str, set[int]]], show_errors: int = 0
) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    shown = 0
    for doc_id, text, gold in docs:
        pred = end_offsets(text, [(s.start, s.end) for s in segment(text)])
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if show_errors:
            for kind, offs in (("FALSE", pred - gold), ("MISS ", gold - pred)):
                for o in sorted(offs):
                    if shown < show_errors:
                        left, right = text[max(0, o - 40) : o], text[o : o + 30]
                        print(f"  {kind} {doc_id}@{o}: …{left}┃{right}…")
                        shown += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, tp + fn


def load_jsonl(path: Path) -> list[tuple[str, str, set[int]]]:
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            docs.append((d.get("doc_id", "?"), d["text"], end_offsets(d["text"], d["sentences"])))
    return docs


def load_seed_gold(path: Path) -> list[tuple[str, str, set[int]]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    docs = []
    for name, entry in gold["documents"].items():
        raw = (ROOT / "seeds" / name).read_text(encoding="utf-8")
        text = clean_article(raw).text
        if len(text) != entry["text_length"]:
            raise SystemExit(
                f"{name}: the clean text changed ({len(text)} != {entry['text_length']});"
                " regenerate the seed gold and re-check it by hand"
            )
        ends = set(entry["ends"])
        doc_end = len(text.rstrip())
        docs.append((name, text, {e for e in ends if e < doc_end}))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="docs.jsonl with text + sentences"
    )
    ap.add_argument("--seed-gold", type=Path, default=SEED_GOLD)
    ap.add_argument("--errors", type=int, default=0, help="print up to N boundary errors per set")
    args = ap.parse_args()

    docs = load_jsonl(args.data)
    t0 = time.perf_counter()
    p, r, f, n = score(docs, args.errors)
    dt = time.perf_counter() - t0
    print(
        f"{args.data.name}: {len(docs)} docs, {n} gold boundaries  P={p:.4f} R={r:.4f} F1={f:.4f}"
        f"  ({dt * 1000:.0f} ms)"
    )
    if args.seed_gold.exists():
        seeds = load_seed_gold(args.seed_gold)
        p, r, f, n = score(seeds, args.errors)
        print(f"seed gold: {len(seeds)} docs, {n} gold boundaries  P={p:.4f} R={r:.4f} F1={f:.4f}")


if __name__ == "__main__":
    main()
