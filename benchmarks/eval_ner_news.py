"""Entity mentions as the build publishes them, scored against hand gold on modern news.

    .venv/bin/python benchmarks/eval_ner_news.py --split dev [--show]

ANERcorp (2007) measures the tagger; this measures what the `entities` table holds for news
like the dataset's: the tagger, the knowledge base, linking and clitic trimming together
(`khabar.entities.annotate_entities` on `clean_article` text). Gold:
`benchmarks/gold/snn_ner.jsonl` (SaudiNewsNet articles, character spans over the clean text;
conventions in `snn_ner.md`). Scores are conlleval-style: a mention counts only with its exact
span and type, micro-averaged. The dataset's FAC and EVENT labels are scored as LOC and MISC,
the gold's four types. "span only" ignores the type; "overlap" counts a prediction that
shares any character with a gold mention of the same type.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from eval_quotes import snn_texts
from khabar.clean import clean_article
from khabar.entities import annotate_entities
from khabar.kb import load_kb
from khabar.ner.conlleval import Counts, Scores
from khabar.ner.tagger import Tagger
from khabar.ner.train import read_span_rows
from khabar.segment import segment

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "benchmarks" / "gold" / "snn_ner.jsonl"
AS_GOLD_TYPE = {"FAC": "LOC", "EVENT": "MISC"}
_YEAR = re.compile(r"_(\d{4})-\d\d-\d\d_")


def predicted(
    raw: str, article_id: str, kb, tagger: Tagger | None = None
) -> tuple[str, list[tuple[int, int, str]]]:
    text = clean_article(raw).text
    m = _YEAR.search(article_id)
    year = int(m.group(1)) if m else None
    mentions = annotate_entities(text, segment(text), kb=kb, year=year, tagger=tagger)
    return text, [(x.start, x.end, AS_GOLD_TYPE.get(x.label, x.label)) for x in mentions]


def tally(rows: list[tuple[str, str]]) -> Scores:
    """Scores from (label, "tp" | "fp" | "fn") outcomes."""

    def counts(outcomes: list[str]) -> Counts:
        return Counts(outcomes.count("tp"), outcomes.count("fp"), outcomes.count("fn"))

    by_label: dict[str, list[str]] = defaultdict(list)
    for label, outcome in rows:
        by_label[label].append(outcome)
    micro = counts([outcome for _, outcome in rows])
    return Scores(micro=micro, per_type={k: counts(v) for k, v in sorted(by_label.items())})


def span_counts(g: set, p: set) -> tuple[int, int, int]:
    return len(g & p), len(p - g), len(g - p)


def _overlaps(mention: tuple[int, int, str], others: set[tuple[int, int, str]]) -> bool:
    s, e, label = mention
    return any(a < e and s < b and other == label for a, b, other in others)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", choices=["dev", "check"])
    ap.add_argument("--show", action="store_true", help="print every error with its context")
    ap.add_argument("--model-dir", type=Path, help="a NER artifact other than the committed one")
    args = ap.parse_args()
    tagger = Tagger(args.model_dir) if args.model_dir else None

    gold = read_span_rows(args.gold, args.split)
    raws = snn_texts(set(gold))
    kb = load_kb()
    outcomes: list[tuple[str, str]] = []
    span_only = [0, 0, 0]
    overlap = [0, 0, 0]
    for aid in sorted(gold):
        text, pred = predicted(raws[aid], aid, kb, tagger)
        g, p = set(gold[aid]), set(pred)
        for s, e, label in sorted(g | p):
            hit_g, hit_p = (s, e, label) in g, (s, e, label) in p
            outcomes.append((label, "tp" if hit_g and hit_p else "fp" if hit_p else "fn"))
            if args.show and not (hit_g and hit_p):
                side = "MISSED" if hit_g else "FALSE "
                ctx = text[max(0, s - 30) : s] + "⟦" + text[s:e] + "⟧" + text[e : e + 30]
                print(f"{aid} {side} {label:<4} {text[s:e]!r}  …{ctx.replace(chr(10), ' ')}…")
        found = span_counts({(s, e) for s, e, _ in g}, {(s, e) for s, e, _ in p})
        near = (
            sum(_overlaps(x, g) for x in p),
            sum(not _overlaps(x, g) for x in p),
            sum(not _overlaps(x, p) for x in g),
        )
        for k in range(3):
            span_only[k] += found[k]
            overlap[k] += near[k]
    exact = tally(outcomes)
    n_gold = exact.micro.tp + exact.micro.fn
    print(f"{len(gold)} articles, {n_gold} gold mentions ({args.split or 'all splits'})")
    print(exact.table())
    for name, (tp, fp, fn) in (("span only", span_only), ("overlap", overlap)):
        c = Counts(tp, fp, fn)
        print(f"{name:<10} P {100 * c.precision:.1f}  R {100 * c.recall:.1f}  F1 {100 * c.f1:.1f}")


if __name__ == "__main__":
    main()
