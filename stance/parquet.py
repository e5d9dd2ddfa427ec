"""The Parquet form of labelled articles, derived from the JSON format in ``stance.schema``.

Columns: ``id``, ``text``, ``quotes`` (a list of structs with the same fields as a
quote's JSON, ``stance_scores`` a struct with one field per label) and ``meta``
(the article's other keys as a JSON string, since they differ between corpora).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stance.schema import LABELS, Article, read_jsonl

ROWS_PER_GROUP = 1024


def arrow_schema():  # -> pyarrow.Schema; pyarrow is an optional dependency
    import pyarrow as pa

    span = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
    quote = pa.struct(
        [
            ("type", pa.string()),
            ("contents", pa.list_(span)),
            ("cue", span),
            ("sources", pa.list_(span)),
            ("speaker", pa.string()),
            ("stance", pa.string()),
            ("target", pa.string()),
            ("confidence", pa.float64()),
            ("stance_scores", pa.struct([(label, pa.float64()) for label in LABELS])),
        ]
    )
    return pa.schema([("id", pa.string()), ("text", pa.string()), ("quotes", pa.list_(quote)), ("meta", pa.string())])


def article_row(article: Article) -> dict[str, Any]:
    obj = article.to_dict()
    return {
        "id": obj.pop("id"),
        "text": obj.pop("text"),
        "quotes": obj.pop("quotes"),
        "meta": json.dumps(obj, ensure_ascii=False) if obj else None,
    }


def _groups(path: Path) -> Iterator[list[dict[str, Any]]]:
    rows: list[dict[str, Any]] = []
    for article in read_jsonl(path):
        rows.append(article_row(article))
        if len(rows) >= ROWS_PER_GROUP:
            yield rows
            rows = []
    if rows:
        yield rows


def jsonl_to_parquet(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> int:
    """Convert labelled JSONL to Parquet, streaming; ``dst`` appears only when complete."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:
        raise RuntimeError("Parquet output needs pyarrow: pip install 'stance[parquet]'") from err
    dst = Path(dst)
    tmp = dst.with_name(dst.name + ".tmp")
    schema = arrow_schema()
    rows = 0
    with pq.ParquetWriter(tmp, schema) as writer:
        for group in _groups(Path(src)):
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
            rows += len(group)
    os.replace(tmp, dst)
    return rows
