"""The build steps, as plain functions over batches of articles (no Prefect here).

`flows/build_dataset.py` runs these steps as Prefect tasks; tests call them directly.
Annotated rows are staged as Parquet parts per batch, so memory stays bounded by the batch
size, then streamed into one file per table.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from khabar import records
from khabar.annotate import SourceInfo, annotate_article
from khabar.atomic import staging_path, swap_in
from khabar.kb import load_kb
from khabar.metadata import read_sources
from khabar.ner.resources import META_FILE, MODEL_FILE, RESOURCE_DIR
from khabar.package import (
    CONFIGS,
    data_path,
    report_errors,
    validate_package,
    write_card,
    write_datapackage,
)
from khabar.parquet_io import concat_parts, rows_to_table, write_table
from khabar.problems import InvalidArticle, Problem
from khabar.quote_clusters import cluster_quotes
from khabar.records import TABLE_BY_NAME
from khabar.schema import arrow_schema
from khabar.topics import load_taxonomy
from khabar.validate import check_article_bytes, find_duplicates

PARTS = "_parts"
ANNOTATED_TABLES = tuple(name for name in CONFIGS if name != "kb")  # kb comes from the KB file


class BuildRefused(RuntimeError):
    """The seeds have problems that must be fixed before anything is published."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__(
            "the build was refused; dist/ is untouched. Fix these or pass --skip-invalid:\n"
            + "\n".join(f"  {p}" for p in self.problems)
        )


class PackageInvalid(RuntimeError):
    """The assembled package failed Frictionless validation; nothing was published."""


@dataclass
class Screening:
    accepted: list[SourceInfo] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def seed_files(seeds_dir: Path) -> list[Path]:
    """The article files of a seeds folder (links included, to be refused), in a stable order."""
    return sorted(p for p in seeds_dir.glob("*.txt") if p.is_symlink() or p.is_file())


def _symlink(path: Path) -> Problem:
    return Problem(
        file=path.name,
        code="symlink",
        message="this is a symbolic link; links are never followed",
        fix="replace the link with the article file itself",
    )


def screen_sources(seeds_dir: Path) -> Screening:
    """Check every article's bytes and look for duplicates; says what may be built."""
    screening = Screening()
    try:
        metadata = {row.file: row for row in read_sources(seeds_dir / "sources.csv")}
    except (
        InvalidArticle
    ) as invalid:  # a broken metadata file refuses the build, like a bad article
        screening.problems.extend(invalid.problems)
        metadata = {}
    texts: dict[str, str] = {}
    candidates: dict[str, SourceInfo] = {}
    for path in seed_files(seeds_dir):
        if path.is_symlink():
            screening.problems.append(_symlink(path))
            continue
        check = check_article_bytes(path.name, path.read_bytes())
        screening.problems.extend(check.problems)
        if check.text is None or not check.ok:
            continue
        row = metadata.get(path.name)
        texts[path.name] = check.text
        candidates[path.name] = SourceInfo(
            source_file=path.name,
            article_id=path.stem,
            sha256=check.sha256,
            publisher=row.publisher if row else None,
            url=row.url if row else None,
            published_date=str(row.published_date) if row and row.published_date else None,
        )
    duplicates = find_duplicates(texts)
    screening.problems.extend(duplicates)
    rejected = {p.file for p in duplicates if p.severity == "error"}
    screening.accepted = [info for name, info in candidates.items() if name not in rejected]
    return screening


def no_articles(seeds_dir: Path) -> Problem:
    return Problem(
        file=str(seeds_dir),
        code="no-articles",
        message="there is no article to build (no readable .txt file)",
        fix="put UTF-8 .txt articles in the seeds folder",
    )


def batches(items: Sequence[SourceInfo], size: int) -> Iterator[list[SourceInfo]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


@dataclass
class BatchResult:
    counts: dict[str, int]
    failures: list[Problem] = field(default_factory=list)


def annotate_batch(
    seeds_dir: Path, sources: Sequence[SourceInfo], staging: Path, batch_no: int
) -> BatchResult:
    """Annotate a batch of articles and stage its rows as one Parquet part per table.

    An article the annotators cannot handle is reported, not fatal to its batch.
    """
    rows: dict[str, list[records.Record]] = {name: [] for name in ANNOTATED_TABLES}
    failures = []
    for source in sources:
        raw = (seeds_dir / source.source_file).read_bytes()
        check = check_article_bytes(source.source_file, raw)
        if check.text is None or check.sha256 != source.sha256:
            failures.append(_failure(source, "changed-during-build", "the file changed"))
            continue
        try:
            bundle = annotate_article(source, check.text)
        except Exception as error:  # one article must not take the corpus down with it
            failures.append(
                _failure(source, "annotation-failed", f"{type(error).__name__}: {error}")
            )
            continue
        for name, table_rows in bundle.rows().items():
            rows[name].extend(table_rows)
    for name, table_rows in rows.items():
        part = staging / PARTS / name / f"part-{batch_no:06d}.parquet"
        write_table(rows_to_table(TABLE_BY_NAME[name], table_rows), part)
    return BatchResult({name: len(table_rows) for name, table_rows in rows.items()}, failures)


def _failure(source: SourceInfo, code: str, why: str) -> Problem:
    return Problem(
        file=source.source_file,
        code=code,
        message=f"the article could not be built ({why})",
        fix="check the file with `khabar validate --seeds`, or report the error as a bug",
    )


def _parts(staging: Path, table: str) -> list[Path]:
    return sorted((staging / PARTS / table).glob("part-*.parquet"))


def link_quote_clusters(staging: Path) -> int:
    """Give each quote the id of its cross-outlet cluster and the number of outlets."""
    parts = _parts(staging, "quotes")
    keys = []
    for part in parts:
        table = pq.read_table(part, columns=["quote_id", "article_id", "text"])
        keys.extend(zip(*(table.column(c).to_pylist() for c in table.column_names), strict=True))
    cluster_of = cluster_quotes(keys)
    outlets: dict[str, set[str]] = {}
    for quote_id, article_id, _ in keys:
        outlets.setdefault(cluster_of.get(quote_id, quote_id), set()).add(article_id)
    schema = arrow_schema(records.Quote)
    for part in parts:
        # the rows were validated when annotated; only these two columns change
        table = pq.read_table(part, schema=schema)
        cluster_ids = [cluster_of.get(q, q) for q in table.column("quote_id").to_pylist()]
        n_outlets = [len(outlets[c]) for c in cluster_ids]
        for name, values in (("quote_cluster_id", cluster_ids), ("n_outlets", n_outlets)):
            column = schema.field(name)
            table = table.set_column(
                schema.get_field_index(name), column, pa.array(values, column.type)
            )
        write_table(table, part)
    return len(set(cluster_of.values()))


def kb_rows() -> list[records.KBEntry]:
    return [
        records.KBEntry(
            entity_id=e.id,
            label=e.label,
            name_ar=e.name_ar,
            name_en=e.name_en,
            wikidata=e.wikidata,
            aliases=list(e.aliases),
        )
        for e in sorted(load_kb().entities, key=lambda e: e.id)
    ]


def _news_training(meta: dict) -> str:
    """The card's words for the model's news training data, if it had any."""
    if not meta.get("news_tokens"):
        return ""
    return (
        f"\n  and on {meta['news_tokens']} tokens of 2015 Saudi news annotated by hand for this"
        "\n  project (SaudiNewsNet articles, CC BY-NC-SA 4.0; only spans are kept, no text)"
    )


def provenance_section() -> str:
    """Card section naming the exact annotators that made this build (no timestamps)."""
    kb = load_kb()
    taxonomy = load_taxonomy()
    model = RESOURCE_DIR / MODEL_FILE
    model_sha = hashlib.sha256(model.read_bytes()).hexdigest()[:16]
    meta = json.loads((RESOURCE_DIR / META_FILE).read_text(encoding="utf-8"))
    topics = ", ".join(f"`{t}` ({name})" for t, name in sorted(taxonomy.names_en.items()))
    return f"""
## How the annotations were made

- **Cleaning** removes web debris line by line with named rules; each article's `removed`
  column lists what went and why, `normalised` what Unicode cleaning changed.
- **Sentences** come from khabar's rule-based Arabic segmenter (boundaries at `.`, `!`,
  `؟`, `?` and paragraph ends; never at `،`, `؛`, inside numbers, URLs or abbreviations).
- **Entities** come from a CRF trained on {meta.get("trained_on", "ANERcorp")}
  ({meta.get("tokens", "?")} tokens, CC BY-SA 4.0){_news_training(meta)} (model sha256
  `{model_sha}…`) merged with gazetteer matches of the khabar knowledge base version
  `{kb.version}` ({len(kb)} entities, the `kb` config) and with institution and event
  names found by their head noun (`وزارة الصحة`, `كأس العالم`). Unknown names stay
  unlinked (`entity_id` null).
- **Quotes** pair quotation marks within a paragraph, find the reporting cue and the
  speaker (named, by title, or the current speaker), and group the same quote across
  outlets (`quote_cluster_id`, `n_outlets`). Marks around a name (an outlet, a team, a
  title, a hashtag) or the outlet's own scare quotes are not quotes; single words that
  outlets quote by convention (`«داعش»`, `"تويتر"`) are told apart by a word list learned
  from unlabelled Saudi news (SaudiNewsNet; only word keys are kept, no text).
- **Topics** come from taxonomy version {taxonomy.version}: {topics}.

Quality is measured against external gold data by the scripts in the project's
`benchmarks/` folder (`make eval`); see the project README for the latest figures.
"""


def assemble(staging: Path) -> dict[str, int]:
    """Turn staged parts into the final tables, card and data package; validate them all."""
    counts = {
        name: concat_parts(TABLE_BY_NAME[name], _parts(staging, name), staging / data_path(name))
        for name in ANNOTATED_TABLES
    }
    kb = kb_rows()
    write_table(rows_to_table(records.KBEntry, kb), staging / data_path("kb"))
    counts["kb"] = len(kb)
    shutil.rmtree(staging / PARTS)
    write_datapackage(staging, counts)
    write_card(staging, counts, provenance_section())
    report = validate_package(staging)
    if not report.valid:
        raise PackageInvalid("Frictionless validation failed:\n" + "\n".join(report_errors(report)))
    return counts


def new_staging(out_dir: Path) -> Path:
    staging = staging_path(out_dir)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def publish(staging: Path, out_dir: Path) -> None:
    swap_in(staging, out_dir)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
