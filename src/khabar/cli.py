"""The `khabar` command line: build, validate, segment, tag-conll, schema."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Build and check the khabar dataset."
)


def _prefect_environment() -> None:
    """Run Prefect on its embedded temporary server, with state kept inside the project."""
    os.environ.setdefault("PREFECT_HOME", str(Path(".state/prefect").resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # A refused build is reported by the CLI itself; Prefect would log it again with a traceback.
    os.environ.setdefault("PREFECT_LOGGING_LOGGERS_PREFECT_FLOW_RUNS_LEVEL", "CRITICAL")
    # The first start migrates a new SQLite database: slow on a busy 2-core machine.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
    # Prefect does not create missing parents of its home folder.
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)


@app.command()
def build(
    seeds: Annotated[Path, typer.Option(help="Folder of .txt articles.")] = Path("seeds"),
    out: Annotated[Path, typer.Option(help="Where to publish the dataset.")] = Path("dist"),
    skip_invalid: Annotated[
        bool, typer.Option(help="Publish the valid articles and list the ones skipped.")
    ] = False,
) -> None:
    """Run the Prefect flow: seeds -> validated Parquet, dataset card and data package."""
    _prefect_environment()
    from flows.build_dataset import build_dataset  # Prefect is imported only here

    from khabar.build import BuildRefused, PackageInvalid

    try:
        summary = build_dataset(str(seeds), str(out), skip_invalid=skip_invalid)
    except (BuildRefused, PackageInvalid) as error:
        typer.echo(str(error), err=True)
        raise typer.Exit(1) from None
    for line in summary.skipped:
        typer.echo(f"skipped: {line}")
    for line in summary.warnings:
        typer.echo(f"warning: {line}")
    typer.echo(
        f"published {summary.out_dir}: "
        + ", ".join(f"{name} {n}" for name, n in summary.counts.items())
    )


@app.command()
def validate(
    dist: Annotated[Path | None, typer.Argument(help="A built dataset folder.")] = None,
    seeds: Annotated[
        Path | None, typer.Option(help="Check a seeds folder and its metadata instead.")
    ] = None,
) -> None:
    """Check a seeds folder (--seeds) or a built dataset (DIST, default dist/)."""
    failed = False
    if seeds is not None:
        from khabar.validate import validate_seeds

        problems = validate_seeds(seeds)
        for problem in problems:
            typer.echo(str(problem))
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        typer.echo(f"{seeds}: {errors} error(s), {warnings} warning(s)")
        failed |= errors > 0
    if dist is not None or seeds is None:
        from khabar.check import check_dist

        problems = check_dist(dist or Path("dist"))
        for line in problems:
            typer.echo(line)
        typer.echo(
            f"{dist or 'dist'}: " + ("valid" if not problems else f"{len(problems)} problem(s)")
        )
        failed |= bool(problems)
    raise typer.Exit(1 if failed else 0)


@app.command()
def segment() -> None:
    """Read JSON lines {"doc_id","text"} on stdin; write {"doc_id","sentences"} on stdout."""
    from khabar.segment import segment as split

    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        spans = [[s.start, s.end] for s in split(doc["text"])]
        sys.stdout.write(json.dumps({"doc_id": doc["doc_id"], "sentences": spans}) + "\n")


@app.command("tag-conll")
def tag_conll(
    infile: Annotated[Path, typer.Argument(help="token<TAB>tag CoNLL file.")],
    outfile: Annotated[Path, typer.Argument(help="Where to write token<TAB>gold<TAB>pred.")],
    context: Annotated[
        int,
        typer.Option(
            help="Sentences tagged together with document consistency, as the build does per "
            "article (-DOCSTART- lines also end a run); 0 tags each sentence alone."
        ),
    ] = 60,  # khabar.ner.tagger.CONLL_CONTEXT (a test keeps them equal)
) -> None:
    """Tag a CoNLL file with the same NER model the build uses."""
    from khabar.ner import conll_tag_file

    conll_tag_file(infile, outfile, context)


@app.command()
def schema(
    out: Annotated[Path, typer.Option(help="Folder for the Table Schemas.")] = Path("schema"),
    check: Annotated[bool, typer.Option(help="Fail if the files differ from the models.")] = False,
) -> None:
    """Write (or --check) the Frictionless Table Schemas derived from the pydantic records."""
    from khabar.schema import schema_files

    stale = []
    for name, content in schema_files().items():
        path = out / name
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                stale.append(str(path))
        else:
            out.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    if stale:
        typer.echo("out of date with khabar.records (run `khabar schema`): " + ", ".join(stale))
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
