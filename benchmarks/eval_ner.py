"""NER scores (conlleval: exact span + type, micro-averaged) on dev, ANERcorp test, AQMAR test.

    .venv/bin/python benchmarks/eval_ner.py              # the committed model
    .venv/bin/python benchmarks/eval_ner.py --holdout    # also train a model without the dev
                                                         # tail (~2 min) and score dev with it

The committed model is trained on all of ANERcorp train, dev tail included, so its "dev"
line is a training-set score; `--holdout` gives the honest dev figure. Test files are only
read here, never by training. Labels: ANERcorp PERS and AQMAR PER are both scored as PER.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from khabar.ner import conlleval
from khabar.ner.resources import CLUSTERS_FILE, GAZETTEER_FILE, RESOURCE_DIR
from khabar.ner.tagger import CONLL_CONTEXT, Tagger
from khabar.ner.train import load_sentences, split_dev
from shared_data import ANERCORP_TEST, AQMAR_DEV, AQMAR_TEST

SETS = {"anercorp-test": ANERCORP_TEST, "aqmar-dev": AQMAR_DEV, "aqmar-test": AQMAR_TEST}


def score(tagger: Tagger, sentences, window: int = 0) -> conlleval.Scores:
    """Sentence by sentence, or with document consistency over runs of `window` sentences."""
    gold = [tags for _, tags in sentences]
    if window <= 0:
        pred = [tagger.tag(tokens) for tokens, _ in sentences]
    else:  # as `khabar tag-conll --context window` tags a file
        pred = tagger.tag_in_runs([t for t, _ in sentences], window)
    return conlleval.evaluate(gold, pred)


def report(name: str, tagger: Tagger, sentences, windows: list[int]) -> None:
    t0 = time.perf_counter()
    s = score(tagger, sentences)
    n = sum(len(t) for t, _ in sentences)
    print(f"\n== {name}: {len(sentences)} sentences, {n} tokens ({time.perf_counter() - t0:.1f}s)")
    print(s.table())
    for w in windows:
        sw = score(tagger, sentences, w)
        print(f"-- with document consistency over {w}-sentence runs (tag-conll --context {w}):")
        print(sw.table())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", type=Path, default=RESOURCE_DIR)
    ap.add_argument("--holdout", action="store_true", help="train without dev, score dev")
    ap.add_argument("--windows", type=int, nargs="*", default=[CONLL_CONTEXT])
    ap.add_argument("--sets", nargs="*", default=["dev", *SETS])
    args = ap.parse_args()

    tagger = Tagger(args.model_dir)
    if "dev" in args.sets:
        _train, dev = split_dev(load_sentences())
        if args.holdout:
            from khabar.ner.train import write_model_file

            with tempfile.TemporaryDirectory() as tmp:
                tmp_dir = Path(tmp)
                for f in (GAZETTEER_FILE, CLUSTERS_FILE):
                    (tmp_dir / f).write_bytes((args.model_dir / f).read_bytes())
                write_model_file(tmp_dir, include_dev=False)
                held_out = Tagger(tmp_dir)
                report("dev (last 10% of ANERcorp train, held out)", held_out, dev, args.windows)
        else:
            report("dev (seen in training by this model)", tagger, dev, [])
    for name, path in SETS.items():
        if name in args.sets:
            report(name, tagger, load_sentences(path), args.windows)


if __name__ == "__main__":
    main()
