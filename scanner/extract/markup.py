"""XML and HTML: the text a person would read, with XML grouped by element path.

XML text and attribute values are grouped by element path (`members/member/email`,
`members/member@id`) so the path can inform classification; the parser never
expands entities, loads DTDs or touches the network, and malformed XML falls
back to tag-stripped text. HTML keeps the visible text and mailto/value/alt
attributes; scripts and styles are dropped.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Iterator

from .segments import Context, Problem, Segment, reason
from .streams import Input, spool
from .text import TextSource, lines, text_segments


def extract_xml(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    """Group text and attribute values by element path; malformed XML falls back to tag-stripped text."""
    from lxml import etree

    f = spool(inp, "XML document")
    try:
        groups: dict[str, list[str]] = {}
        used, budget, truncated = 0, ctx.limits.max_text_chars, False
        path: list[str] = []
        try:
            for event, el in etree.iterparse(f, events=("start", "end"), resolve_entities=False, no_network=True,
                                             huge_tree=False, load_dtd=False):
                if event == "start":
                    path.append(_local(el.tag))
                    key = "/".join(path)
                    for an, av in el.attrib.items():
                        if av and av.strip():
                            groups.setdefault(f"{key}@{_local(an)}", []).append(av)
                            used += len(av)
                    continue
                for t, k in ((el.text, "/".join(path)), (el.tail, "/".join(path[:-1]))):
                    if t and t.strip():
                        groups.setdefault(k, []).append(t.strip())
                        used += len(t)
                path.pop()
                el.clear(keep_tail=False)
                if used > budget:
                    truncated = True
                    break
        except etree.XMLSyntaxError as exc:
            yield Problem("error", reason(exc, "malformed XML; scanned as plain text"))
            f.seek(0)
            yield from extract_html(name, Input(f, ctx.limits.max_object_bytes), size, ctx)
            return
        for key, values in groups.items():
            yield from text_segments((v + "\n" for v in values), key)
        if truncated:
            yield Problem("truncated", f"XML text exceeds the {budget:,}-character budget: scanned the first part")
    finally:
        f.close()


def _local(tag) -> str:
    if not isinstance(tag, str):
        return "#"
    return tag.rsplit("}", 1)[1] if tag.startswith("{") else tag


# -- HTML -----------------------------------------------------------------------------------

class _HtmlText(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}
    BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
             "section", "article", "table", "ul", "ol", "dd", "dt", "title", "address"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        for k, v in attrs:
            if k in ("href",) and v and v.startswith("mailto:"):
                self.out.append(" " + v[7:] + " ")
            elif k in ("value", "alt", "title", "content") and v:
                self.out.append(" " + v + " ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)

    def take(self) -> str:
        s = "".join(self.out)
        self.out = []
        return s


def html_to_text(html: str) -> str:
    p = _HtmlText()
    p.feed(html)
    p.close()
    return p.take()


def extract_html(name: str, inp: Input, size: int | None, ctx: Context) -> Iterator[Segment]:
    src = TextSource(inp, size, ctx)

    def text_lines():
        for w in src.windows:
            p = _HtmlText()
            for chunk in src.chunks(w):
                p.feed(chunk)
                yield p.take()
            p.close()
            yield p.take()

    yield from text_segments(lines(text_lines()))
    problem = src.finish()
    if problem:
        yield problem
