"""Office Open XML documents: XLSX (openpyxl), DOCX (python-docx) and PPTX (python-pptx).

Each is a zip package, so the stream is spooled first and the package is checked
against the archive guards (declared expansion and ratio) before a library opens
it. XLSX sheets are read in read-only mode row by row, every sheet, header-aware;
DOCX yields paragraphs, tables, headers and footers; PPTX yields slide text,
tables and notes. A truncated or corrupt package is an error, never a crash.
"""

from __future__ import annotations

import zipfile
from typing import Iterator

from .segments import Context, ExtractError, Problem, Segment, TableSegment, TextSegment, reason
from .streams import Input, spool
from .tables import CharBudget, batched_tables, cell_text, looks_like_header
from .text import text_segments

PROBE_ROWS = 6


def _open_package(inp: Input, ctx: Context, what: str):
    f = spool(inp, what)
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        f.close()
        raise ExtractError(reason(exc, f"corrupt or truncated {what}")) from None
    total = sum(i.file_size for i in zf.infolist())
    packed = sum(i.compress_size for i in zf.infolist()) or 1
    lim = ctx.limits
    if total > lim.archive_max_bytes or (total > 10 * 1024 * 1024 and total / packed > lim.archive_max_ratio):
        zf.close()
        f.close()
        raise ExtractError(f"{what} would expand to {total:,} bytes (ratio {total / packed:.0f}): "
                           "refused as a decompression bomb")
    zf.close()
    f.seek(0)
    return f


def extract_xlsx(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    import openpyxl

    f = _open_package(inp, ctx, "XLSX workbook")
    try:
        try:
            wb = openpyxl.load_workbook(f, read_only=True, data_only=True, keep_links=False)
        except Exception as exc:
            raise ExtractError(reason(exc, "corrupt or unreadable XLSX workbook")) from None
        budget = CharBudget(ctx.limits.max_text_chars)
        try:
            for ws in wb.worksheets:
                where = f"sheet {ws.title}"
                rows_iter = ws.iter_rows(values_only=True)
                yield from _sheet(rows_iter, where, budget)
                if budget.exhausted:
                    yield Problem("truncated", f"workbook text exceeds the {budget.limit:,}-character "
                                  f"budget: scanning stopped in {where}")
                    break
        except ExtractError:
            raise
        except Exception as exc:
            yield Problem("error", reason(exc, "XLSX workbook is corrupt or truncated; scanned up to the damage"))
        finally:
            wb.close()
    finally:
        f.close()


def _sheet(rows_iter, where: str, budget: CharBudget) -> Iterator[TableSegment]:
    def cleaned():
        for r in rows_iter:
            row = [cell_text(v) for v in r]
            while row and not row[-1]:
                row.pop()
            if not row:
                continue
            if not budget.spend_row(row):
                return
            yield row

    it = cleaned()
    probe = []
    for r in it:
        probe.append(r)
        if len(probe) >= PROBE_ROWS:
            break
    if not probe:
        return
    header = None
    if looks_like_header(probe[0], probe[1:]):
        header, probe = probe[0], probe[1:]

    def all_rows():
        yield from probe
        yield from it

    yield from batched_tables(header, all_rows(), where)


def extract_docx(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    import docx

    f = _open_package(inp, ctx, "DOCX document")
    try:
        try:
            doc = docx.Document(f)
        except Exception as exc:
            raise ExtractError(reason(exc, "corrupt or unreadable DOCX document")) from None
        budget = CharBudget(ctx.limits.max_text_chars)
        paras = (p.text + "\n" for p in doc.paragraphs if p.text.strip())
        yield from _budgeted(text_segments(paras, "body"), budget)
        for i, table in enumerate(doc.tables, 1):
            rows = []
            for row in table.rows:
                cells = []
                prev = None
                for c in row.cells:
                    # merged cells repeat the same object: keep one copy
                    if c._tc is prev:
                        continue
                    prev = c._tc
                    cells.append(c.text)
                rows.append(cells)
            yield from _table_rows(rows, f"table {i}", budget)
        for si, section in enumerate(doc.sections, 1):
            for part_name, part in (("header", section.header), ("footer", section.footer)):
                try:
                    text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
                except Exception:
                    continue
                if text and budget.spend(len(text)):
                    yield TextSegment(text, part_name)
        if budget.exhausted:
            yield Problem("truncated", f"document text exceeds the {budget.limit:,}-character budget")
    finally:
        f.close()


def _budgeted(segments, budget: CharBudget):
    for s in segments:
        if not budget.spend(len(s.text)):
            return
        yield s


def _table_rows(rows: list[list[str]], where: str, budget: CharBudget):
    rows = [r for r in rows if any(c.strip() for c in r)]
    rows = [r for r in rows if budget.spend_row(r)]
    if not rows:
        return
    header = None
    if looks_like_header(rows[0], rows[1:PROBE_ROWS]):
        header, rows = rows[0], rows[1:]
    yield from batched_tables(header, iter(rows), where)


def extract_pptx(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    import pptx

    f = _open_package(inp, ctx, "PPTX presentation")
    try:
        try:
            prs = pptx.Presentation(f)
        except Exception as exc:
            raise ExtractError(reason(exc, "corrupt or unreadable PPTX presentation")) from None
        budget = CharBudget(ctx.limits.max_text_chars)
        for n, slide in enumerate(prs.slides, 1):
            where = f"slide {n}"
            texts: list[str] = []
            tables = []
            for shape in _shapes(slide.shapes):
                if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                    t = shape.text_frame.text
                    if t.strip():
                        texts.append(t)
                if getattr(shape, "has_table", False) and shape.has_table:
                    tables.append([[c.text for c in row.cells] for row in shape.table.rows])
            if slide.has_notes_slide:
                t = slide.notes_slide.notes_text_frame.text if slide.notes_slide.notes_text_frame else ""
                if t.strip():
                    texts.append(t)
            text = "\n".join(texts)
            if text:
                if not budget.spend(len(text)):
                    break
                yield TextSegment(text, where)
            for i, rows in enumerate(tables, 1):
                yield from _table_rows(rows, f"{where} table {i}", budget)
        if budget.exhausted:
            yield Problem("truncated", f"presentation text exceeds the {budget.limit:,}-character budget")
    finally:
        f.close()


def _shapes(shapes):
    for s in shapes:
        if getattr(s, "shape_type", None) == 6 and hasattr(s, "shapes"):  # group
            yield from _shapes(s.shapes)
        else:
            yield s
