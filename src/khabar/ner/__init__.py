"""Arabic named-entity recognition: a CRF trained on ANERcorp (see resources/ner/MODEL_CARD.md).

Public API: `load_tagger()`, `Tagger.tag(tokens)`, `Tagger.find_mentions(text, segments)`,
`conll_tag_file(in_path, out_path)`, and `khabar.ner.conlleval` for scoring.
"""

from khabar.ner import conlleval
from khabar.ner.tagger import LABELS, Tagger, conll_tag_file, load_tagger

__all__ = ["LABELS", "Tagger", "conll_tag_file", "conlleval", "load_tagger"]
