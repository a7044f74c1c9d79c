"""khabar: an open, reproducible dataset of Arabic news, and the pipeline that builds it.

This package is plain Python (no Prefect): the NLP, the records and the publishing code.
`flows/` only orchestrates it.
"""

__version__ = "0.1.0"
