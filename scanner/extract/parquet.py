"""Apache Parquet through pyarrow: column names as the header, rows in batches.

Nested values (lists, structs) are rendered as text. The row group layout needs
random access, so the stream is spooled (bounded by the object size cap).
"""

from __future__ import annotations

from typing import Iterator

from .segments import TABLE_BATCH_ROWS, Context, ExtractError, Problem, Segment, TableSegment, reason
from .streams import Input, spool
from .tables import CharBudget, cell_text


def extract_parquet(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    import pyarrow.parquet as pq

    f = spool(inp, "Parquet file")
    try:
        try:
            pf = pq.ParquetFile(f)
            header = [str(n) for n in pf.schema_arrow.names]
        except Exception as exc:
            raise ExtractError(reason(exc, "corrupt or unreadable Parquet file")) from None
        budget = CharBudget(ctx.limits.max_text_chars)
        try:
            for batch in pf.iter_batches(batch_size=TABLE_BATCH_ROWS):
                cols = [c.to_pylist() for c in batch.columns]
                rows = [[cell_text(col[i]) for col in cols] for i in range(batch.num_rows)]
                kept = []
                for r in rows:
                    if not budget.spend_row(r):
                        break
                    kept.append(r)
                if kept:
                    yield TableSegment(header, kept)
                if budget.exhausted:
                    yield Problem("truncated", f"Parquet text exceeds the {budget.limit:,}-character "
                                  "budget: scanned the first rows")
                    break
        except Exception as exc:
            yield Problem("error", reason(exc, "Parquet file is corrupt; scanned up to the damage"))
    finally:
        f.close()
