"""HTML report (`report.html`) for compliance staff: one self-contained, offline file.

Summary cards, the mismatch table (sortable and filterable by a few lines of inline
JavaScript; without JavaScript it is a plain, complete table), the locations with
their PI types and masked examples, the sources with their status, and the objects
that could not be scanned. No external asset is referenced; a Content-Security-Policy
allows only this file's own style and script (by hash), and every value is escaped
with `html.escape`, so a hostile file or table name cannot inject markup.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from pathlib import Path
from typing import Any, Iterator

from .base import Renderer
from .tables import (SEVERITY_RANK, clean, fail_on, is_gating, sorted_mismatches, summary_counts,
                     write_atomic)

CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--accent:#0b57d0;
--crit:#8b0000;--crit-bg:#fbe3e3;--high:#b3261e;--high-bg:#fde7df;--med:#7a5b00;--med-bg:#fff4cc;
--low:#0b57a4;--low-bg:#e3effb;--ok:#116329;--ok-bg:#dafbe1}
*{box-sizing:border-box}
body{margin:0;color:var(--fg);background:#fff;font:14px/1.55 system-ui,-apple-system,"Segoe UI",
"Hiragino Kaku Gothic ProN","Hiragino Sans",Meiryo,"Noto Sans CJK JP","Noto Sans JP","IPAPGothic",sans-serif}
header{background:#1b2a41;color:#fff;padding:18px 32px}
header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;color:#c9d4e3;font-size:13px}
header code{color:#fff}
nav{padding:8px 32px;background:var(--bg);border-bottom:1px solid var(--line);font-size:13px}
nav a{margin-right:18px;color:var(--accent);text-decoration:none}
main{padding:8px 32px 40px;max-width:1800px}
h2{font-size:18px;margin:28px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px;background:#fff}
.card .n{font-size:28px;font-weight:700;line-height:1.2}
.card .l{color:var(--muted);font-size:12px}
.card.bad{border-color:var(--high);background:var(--high-bg)}
.card.good{border-color:var(--ok);background:var(--ok-bg)}
.card.critical{background:var(--crit-bg);border-color:var(--crit)}
.card.high{background:var(--high-bg);border-color:var(--high)}
.card.medium{background:var(--med-bg);border-color:var(--med)}
.card.low{background:var(--low-bg);border-color:var(--low)}
.kinds{margin:4px 0 0;color:var(--muted)}
.kinds span{margin-right:16px;white-space:nowrap}
.kinds b{color:var(--fg)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:13px}
th,td{border:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);position:sticky;top:0;white-space:nowrap}
th.js-sort{cursor:pointer}
th.js-sort::after{content:" \\2195";color:var(--muted);font-size:11px}
th[aria-sort=ascending]::after{content:" \\2191";color:var(--fg)}
th[aria-sort=descending]::after{content:" \\2193";color:var(--fg)}
tbody tr:nth-child(even){background:#fbfcfd}
tbody tr:target{outline:2px solid var(--accent)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.where{overflow-wrap:anywhere;min-width:13em}
td.msg{min-width:22em}
.where .src{color:var(--muted)}
.where a{color:inherit}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK JP",monospace;font-size:12px}
.fp{color:var(--muted);word-break:break-all;font-size:11px}
.sev{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600}
.sev-critical{background:var(--crit);color:#fff}
.sev-high{background:var(--high-bg);color:var(--high)}
.sev-medium{background:var(--med-bg);color:var(--med)}
.sev-low{background:var(--low-bg);color:var(--low)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:4px;padding:0 5px;margin:1px 2px 1px 0;
font-size:12px;background:var(--bg)}
.status-gating{color:var(--high);font-weight:600}
.status-baselined,.status-below{color:var(--muted)}
.ok{color:var(--ok);font-weight:600}
.err{color:var(--high);font-weight:600}
.undeclared{color:var(--high)}
ul.pii{margin:0;padding:0;list-style:none}
ul.pii li{margin:0 0 2px}
ul.pii .ex{color:var(--muted);background:var(--bg);border-radius:3px;padding:0 4px;margin:0 4px 0 0;
display:inline-block}
.controls{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:6px 0;font-size:13px}
.controls input,.controls select{font:inherit;padding:3px 6px;border:1px solid var(--line);border-radius:4px}
.controls input[type=search]{min-width:280px}
.controls .shown{color:var(--muted)}
.none{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12px;padding:12px 32px;border-top:1px solid var(--line)}
@media print{nav,.controls{display:none}th{position:static}main{padding:0 12px}}
"""

JS = """
(function(){
function each(list,f){Array.prototype.forEach.call(list,f);}
function key(td){var v=td.getAttribute('data-sort');return v!==null?v:td.textContent.trim().toLowerCase();}
each(document.querySelectorAll('table.sortable'),function(t){
  var ths=t.tHead.rows[0].cells,body=t.tBodies[0];
  each(ths,function(th,i){
    th.classList.add('js-sort');th.tabIndex=0;
    function sort(){
      var asc=th.getAttribute('aria-sort')!=='ascending',num=th.hasAttribute('data-num');
      each(ths,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',asc?'ascending':'descending');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]),r;
        if(num){r=(parseFloat(x)||0)-(parseFloat(y)||0);}else{r=x.localeCompare(y,'ja');}
        return asc?r:-r;});
      rows.forEach(function(r){body.appendChild(r);});
    }
    th.addEventListener('click',sort);
    th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});
  });
});
each(document.querySelectorAll('.controls'),function(c){
  var t=document.getElementById(c.getAttribute('data-table')),q=c.querySelector('input[type=search]');
  var sels=c.querySelectorAll('select'),out=c.querySelector('.shown');
  function apply(){
    var s=q.value.trim().toLowerCase(),n=0,rows=t.tBodies[0].rows;
    each(rows,function(r){
      var ok=!s||r.textContent.toLowerCase().indexOf(s)>=0;
      each(sels,function(x){var v=r.getAttribute('data-'+x.name)||'';
        if(x.value&&(x.hasAttribute('data-multi')?(' '+v+' ').indexOf(' '+x.value+' ')<0:v!==x.value)){ok=false;}});
      r.hidden=!ok;if(ok){n++;}
    });
    out.textContent=n+' of '+rows.length+' shown';
  }
  q.addEventListener('input',apply);each(sels,function(x){x.addEventListener('change',apply);});
  c.hidden=false;apply();
});
})();
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = (f"default-src 'none'; style-src {_csp_hash(CSS)}; script-src {_csp_hash(JS)}; img-src data:; "
       f"base-uri 'none'; form-action 'none'")


def e(value: Any) -> str:
    """Escaped text for an element or a quoted attribute."""
    return escape(clean(value), quote=True)


def _version() -> str:
    try:
        from scanner import __version__
        return __version__
    except ImportError:  # pragma: no cover
        return ""


def _options(name: str, label: str, values: list[str], multi: bool = False) -> str:
    """A filter select over the rows' `data-NAME` attribute (`multi`: a space-separated list)."""
    opts = "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in values)
    return (f'<label>{e(label)} <select name="{e(name)}"{" data-multi" if multi else ""}>'
            f'<option value="">all</option>{opts}</select></label>')


def _controls(table_id: str, placeholder: str, selects: str) -> str:
    # hidden until the script runs: without JavaScript the tables are shown complete and unfiltered
    return (f'<div class="controls" data-table="{e(table_id)}" hidden>'
            f'<input type="search" placeholder="{e(placeholder)}" aria-label="filter">{selects}'
            f'<span class="shown" aria-live="polite"></span></div>')


def _where(source: str, location: str, anchor: str | None = None) -> str:
    loc = f'<a href="#{e(anchor)}">{e(location)}</a>' if anchor else e(location)
    return f'<td class="where" data-sort="{e(source)}:{e(location)}"><span class="src">{e(source)}:</span>{loc}</td>'


def _summary(report: dict[str, Any]) -> Iterator[str]:
    s = summary_counts(report)
    gate_cls = "bad" if s["gating"] else "good"
    yield '<section id="summary"><h2>Summary</h2><div class="cards">'
    yield (f'<div class="card {gate_cls}"><div class="n">{s["gating"]}</div>'
           f'<div class="l">gating mismatches (at or above {e(s["fail_on"])}, not baselined)</div></div>')
    yield f'<div class="card"><div class="n">{s["mismatches"]}</div><div class="l">mismatches in all'
    yield f' ({s["baselined"]} baselined)</div></div>' if s["baselined"] else "</div></div>"
    yield (f'<div class="card"><div class="n">{s["locations_with_pii"]}</div>'
           f'<div class="l">locations with personal information</div></div>')
    src_cls = "bad" if s["sources_failed"] else ""
    yield (f'<div class="card {src_cls}"><div class="n">{s["sources"] - s["sources_failed"]}/{s["sources"]}</div>'
           f'<div class="l">sources scanned fine</div></div>')
    obj_cls = "bad" if s["objects_failed"] else ""
    yield (f'<div class="card {obj_cls}"><div class="n">{s["objects_failed"]}</div>'
           f'<div class="l">objects that could not be scanned</div></div>')
    yield '</div><div class="cards">'
    for sev in ("critical", "high", "medium", "low"):
        yield (f'<div class="card {sev}"><div class="n">{int(s["by_severity"].get(sev, 0))}</div>'
               f'<div class="l">{sev}</div></div>')
    yield '</div><p class="kinds">By kind: '
    yield "".join(f"<span>{e(k)} <b>{int(n)}</b></span>" for k, n in s["by_kind"].items())
    yield "</p></section>"


def _mismatches(report: dict[str, Any], anchors: dict[tuple[str, str], str]) -> Iterator[str]:
    ms = sorted_mismatches(report)
    threshold = fail_on(report)
    yield f'<section id="mismatches"><h2>Mismatches ({len(ms)})</h2>'
    if not ms:
        yield ('<p class="none">No mismatches: every location with personal information is declared as the '
               'policy requires.</p></section>')
        return
    kinds = sorted({m["kind"] for m in ms})
    present = [s for s in ("critical", "high", "medium", "low") if any(m["severity"] == s for m in ms)]
    yield _controls("mismatch-table", "filter: location, type, message…",
                    _options("severity", "severity", present) + _options("kind", "kind", kinds)
                    + _options("status", "status", ["gating", "baselined", "below threshold"]))
    yield ('<table id="mismatch-table" class="sortable"><thead><tr><th data-num>severity</th><th>kind</th>'
           '<th>where</th><th>PI type</th><th>category</th><th>message</th><th>status</th><th>fingerprint</th>'
           '</tr></thead><tbody>')
    for m in ms:
        sev = m.get("severity") or ""
        status = "gating" if is_gating(m, threshold) else ("baselined" if m.get("baselined") else "below threshold")
        cls = "gating" if status == "gating" else ("baselined" if status == "baselined" else "below")
        yield (f'<tr data-severity="{e(sev)}" data-kind="{e(m["kind"])}" data-status="{e(status)}">'
               f'<td data-sort="{SEVERITY_RANK.get(sev, 0)}"><span class="sev sev-{e(sev)}">{e(sev)}</span></td>'
               f'<td>{e(m["kind"])}</td>'
               + _where(m["source"], m["location"], anchors.get((m["source"], m["location"])))
               + f'<td>{e(m.get("pii_type"))}</td><td>{e((m.get("category") or "").replace(",", ", "))}</td>'
               f'<td class="msg">{e(m.get("message"))}</td><td class="status-{cls}">{e(status)}</td>'
               f'<td><code class="fp">{e(m.get("fingerprint"))}</code></td></tr>')
    yield "</tbody></table></section>"


def _locations(report: dict[str, Any], anchors: dict[tuple[str, str], str]) -> Iterator[str]:
    locs = report.get("locations", [])
    per_place: dict[tuple[str, str], int] = {}
    for m in report.get("mismatches", []):
        per_place[(m["source"], m["location"])] = per_place.get((m["source"], m["location"]), 0) + 1
    yield f'<section id="locations"><h2>Locations with personal information ({len(locs)})</h2>'
    if not locs:
        yield '<p class="none">No personal information found.</p></section>'
        return
    sources = sorted({loc["source"] for loc in locs})
    types = sorted({t for loc in locs for t in (loc.get("pii") or {})})
    yield _controls("location-table", "filter: location, category, example…",
                    _options("source", "source", sources) + _options("pii", "PI type", types, multi=True))
    yield ('<table id="location-table" class="sortable"><thead><tr><th>where</th><th>region</th>'
           '<th>categories / purposes</th><th>PI types (masked examples)</th><th data-num>PI values</th>'
           '<th data-num>mismatches</th></tr></thead><tbody>')
    for loc in locs:
        key = (loc["source"], loc["location"])
        pii = loc.get("pii") or {}
        cats = "".join(f'<span class="tag">{e(c)}</span>' for c in loc.get("categories") or [])
        purposes = ", ".join(e(p) for p in loc.get("purposes") or [])
        declared = (cats + (f"<br><small>{purposes}</small>" if purposes else "")) if cats else \
            '<span class="undeclared">not declared</span>'
        items = "".join(f'<li><span class="tag">{e(t)}</span> ×{int(f.get("count") or 0)} '
                        + "".join(f'<code class="ex">{e(x)}</code>' for x in f.get("examples") or []) + "</li>"
                        for t, f in sorted(pii.items()))
        total = sum(int(f.get("count") or 0) for f in pii.values())
        n = per_place.get(key, 0)
        yield (f'<tr id="{e(anchors[key])}" data-source="{e(loc["source"])}" '
               f'data-pii="{e(" ".join(sorted(pii)))}">'
               + _where(loc["source"], loc["location"])
               + f'<td>{e(loc.get("region"))}</td><td>{declared}</td><td><ul class="pii">{items}</ul></td>'
               f'<td class="num">{total}</td><td class="num">{n or ""}</td></tr>')
    yield "</tbody></table></section>"


def _sources(report: dict[str, Any]) -> Iterator[str]:
    yield '<section id="sources"><h2>Sources</h2><table class="sortable"><thead><tr><th>source</th><th>kind</th>' \
          '<th>region</th><th>status</th><th data-num>objects</th><th data-num>bytes</th><th>error</th></tr>' \
          '</thead><tbody>'
    for s in report.get("sources", []):
        status = s.get("status") or ""
        cls = "ok" if status == "ok" and not s.get("error") else "err"
        yield (f'<tr><td>{e(s.get("name"))}</td><td>{e(s.get("kind"))}</td><td>{e(s.get("region"))}</td>'
               f'<td class="{cls}">{e(status)}</td><td class="num">{int(s.get("objects_scanned") or 0)}</td>'
               f'<td class="num" data-sort="{int(s.get("bytes_scanned") or 0)}">{_bytes(s.get("bytes_scanned"))}</td>'
               f'<td>{e(s.get("error"))}</td></tr>')
    yield "</tbody></table></section>"


def _errors(report: dict[str, Any]) -> Iterator[str]:
    errors = report.get("errors", [])
    yield f'<section id="errors"><h2>Objects that could not be scanned ({len(errors)})</h2>'
    if not errors:
        yield '<p class="none">None: every object listed by the sources was read.</p></section>'
        return
    yield '<table class="sortable"><thead><tr><th>where</th><th>error</th></tr></thead><tbody>'
    for x in errors:
        yield "<tr>" + _where(x["source"], x["location"]) + f'<td>{e(x.get("error"))}</td></tr>'
    yield "</tbody></table></section>"


def _bytes(n: Any) -> str:
    n = float(n or 0)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return ""  # pragma: no cover


def html_chunks(report: dict[str, Any]) -> Iterator[str]:
    scan = report.get("scan") or {}
    anchors = {(loc["source"], loc["location"]): f"loc-{i}" for i, loc in enumerate(report.get("locations", []))}
    yield ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
           f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">\n'
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           '<meta name="referrer" content="no-referrer">\n'
           f'<title>piscan report — {e(scan.get("id"))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n')
    yield (f'<header><h1>piscan report</h1><p>scan <code>{e(scan.get("id"))}</code> · started '
           f'{e(scan.get("started_at"))} · finished {e(scan.get("finished_at"))} · configuration '
           f'<code>{e(scan.get("config"))}</code></p></header>\n')
    yield ('<nav><a href="#summary">Summary</a><a href="#mismatches">Mismatches</a>'
           '<a href="#locations">Locations</a><a href="#sources">Sources</a><a href="#errors">Errors</a>'
           '</nav>\n<main>\n')
    for part in (_summary(report), _mismatches(report, anchors), _locations(report, anchors), _sources(report),
                 _errors(report)):
        yield from part
        yield "\n"
    yield (f'</main>\n<footer>Generated by piscan {e(_version())}. Examples are masked: piscan never stores or '
           f'reports raw values.</footer>\n<script>{JS}</script>\n</body>\n</html>\n')


class HtmlRenderer(Renderer):
    format = "html"
    filenames = ("report.html",)

    def render(self, report: dict[str, Any], outdir: Path) -> list[Path]:
        path = outdir / "report.html"

        def write(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
                for chunk in html_chunks(report):
                    fh.write(chunk)

        write_atomic(path, write)
        return [path]
