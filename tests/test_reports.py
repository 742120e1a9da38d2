"""Every report format, rendered from a real small scan: files written, parsed back, nothing leaked.

The scan covers a registered folder, an undeclared file with a hostile name (a
spreadsheet formula, a pipe and markup), two corrupt objects, a source that cannot
be opened and a baselined mismatch, so each renderer meets every part of a report.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from reports import ALL_FORMATS, RENDERERS, render_all, renderer
from scanner.baseline import create_baseline, write_baseline
from scanner.config import load_config
from scanner.pipeline import ScanOptions, run_scan

EMAILS = ["hanako.sato@example.co.jp", "ichiro.suzuki@example.jp", "k.tanaka@example.com"]
PHONES = ["090-1234-5678", "03-1234-5678", "080-2345-6789"]
RAW = EMAILS + PHONES + [p.replace("-", "") for p in PHONES]
HOSTILE = '=HYPERLINK("x")|<b onclick=alert(1)>x.csv'

CONFIG = """
[scan]
workers = 1

[[sources]]
name = "share"
kind = "filesystem"
path = "share"
region = "JP"

[[sources]]
name = "gone"
kind = "sqlite"
path = "missing.sqlite"
region = "JP"

[[register]]
source = "share"
location = "inquiries"
categories = ["inquirers"]
purposes = ["support"]

[policy]
[[policy.purposes]]
id = "support"
description = "Inquiry support"
[[policy.categories]]
id = "inquirers"
name = "問い合わせ者の個人情報"
purposes = ["support"]
pii_types = ["PERSON", "EMAIL_ADDRESS"]
allowed_regions = ["JP"]
disclosure = "legal"
"""


def _workspace(root: Path) -> Path:
    share = root / "share"
    (share / "inquiries").mkdir(parents=True)
    (share / "exports").mkdir()
    (share / "inquiries" / "2024.txt").write_text(
        f"お問い合わせ: {EMAILS[0]} 電話 {PHONES[0]}\n", encoding="utf-8")
    (share / HOSTILE).write_text(
        "id,email,phone\n" + "".join(f"{i},{e},{p}\n" for i, (e, p) in enumerate(zip(EMAILS[1:], PHONES[1:]))),
        encoding="utf-8")
    with zipfile.ZipFile(share / "exports" / "broken.xlsx", "w") as z:
        z.writestr("xl/workbook.xml", "<not xml")
    (share / "exports" / "trunc.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    (root / "piscan.toml").write_text(CONFIG, encoding="utf-8")
    return root / "piscan.toml"


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("reports")
    config = load_config(_workspace(root))
    first = run_scan(config, ScanOptions())
    # accept the medium UNDECLARED_TYPE in a baseline, then scan again with it
    accepted = [m for m in first.report["mismatches"] if m["kind"] == "UNDECLARED_TYPE"]
    assert accepted, first.report["mismatches"]
    write_baseline(root / "baseline.json", create_baseline(accepted))
    out = root / "out"
    outcome = run_scan(config, ScanOptions(outdir=out, formats=list(ALL_FORMATS), baseline=root / "baseline.json"))
    return {"root": root, "out": out, "report": outcome.report, "files": outcome.files}


def test_the_scan_covers_every_part_of_a_report(scanned):
    r = scanned["report"]
    assert {m["kind"] for m in r["mismatches"]} >= {"UNDECLARED_STORE", "UNDECLARED_TYPE"}
    assert any(m.get("baselined") for m in r["mismatches"])
    assert any(m["location"] == HOSTILE for m in r["mismatches"])
    assert [s["status"] for s in r["sources"]] == ["ok", "error"]
    assert {e["location"] for e in r["errors"]} == {"exports/broken.xlsx", "exports/trunc.docx"}


def test_every_format_is_registered_and_writes_its_files(scanned):
    assert set(RENDERERS) == set(ALL_FORMATS)
    names = {p.name for p in scanned["files"]}
    assert names == {"report.json", "report.html", "locations.csv", "mismatches.csv", "report.xlsx",
                     "report.sarif", "report.junit.xml", "report.md"}
    for fmt in ALL_FORMATS:
        assert set(renderer(fmt).filenames) <= names
    for p in scanned["files"]:
        assert p.stat().st_size > 0
    assert not list(scanned["out"].glob("*.tmp"))


def _all_text(out: Path) -> str:
    parts = []
    for p in sorted(out.iterdir()):
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                parts += [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        else:
            parts.append(p.read_text(encoding="utf-8-sig"))
    return "\n".join(parts)


def test_no_planted_raw_value_in_any_output(scanned):
    text = _all_text(scanned["out"])
    assert "example.co.jp" in text  # masked examples are there...
    for raw in RAW:
        assert raw not in text, raw  # ...raw values are not


# -- CSV ---------------------------------------------------------------------------------
def _csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    assert b"\r\n" in data
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_files(scanned):
    r = scanned["report"]
    locs = _csv(scanned["out"] / "locations.csv")
    assert len(locs) == sum(len(loc["pii"]) for loc in r["locations"])  # one row per location × PI type
    inq = [x for x in locs if x["location"] == "inquiries/2024.txt"]
    assert {x["pii_type"] for x in inq} >= {"EMAIL_ADDRESS", "PHONE_NUMBER"}
    email = next(x for x in inq if x["pii_type"] == "EMAIL_ADDRESS")
    assert email["count"] == "1" and email["categories"] == "inquirers" and email["region"] == "JP"
    assert email["examples"] == "h***@example.co.jp"

    ms = _csv(scanned["out"] / "mismatches.csv")
    assert len(ms) == len(r["mismatches"])
    assert list(ms[0]) == ["severity", "kind", "source", "location", "pii_type", "category", "message",
                           "fingerprint", "baselined", "gating"]
    hostile = [m for m in ms if HOSTILE in m["location"]]
    assert hostile and all(m["location"] == "'" + HOSTILE for m in hostile)  # formula defused
    assert all(m["message"].startswith("share:") for m in hostile)
    baselined = [m for m in ms if m["baselined"] == "true"]
    assert baselined and all(m["gating"] == "false" for m in baselined)
    assert {m["gating"] for m in ms if m["severity"] == "high"} == {"true"}
    assert [m["severity"] for m in ms] == sorted((m["severity"] for m in ms),
                                                 key=["critical", "high", "medium", "low"].index)


# -- XLSX --------------------------------------------------------------------------------
def test_xlsx_workbook(scanned):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.load_workbook(scanned["out"] / "report.xlsx")
    assert wb.sheetnames == ["Summary", "Mismatches", "Locations", "Sources", "Errors"]
    r = scanned["report"]
    expected_rows = {"Mismatches": len(r["mismatches"]), "Locations": sum(len(x["pii"]) for x in r["locations"]),
                     "Sources": len(r["sources"]), "Errors": len(r["errors"])}
    for name, n in expected_rows.items():
        ws = wb[name]
        assert ws.max_row == n + 1, name
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}{n + 1}", name
        assert ws["A1"].font.bold, name
        assert ws.column_dimensions["A"].width >= 8, name
    ms = wb["Mismatches"]
    header = [c.value for c in ms[1]]
    loc_col = header.index("location")
    hostile = [row[loc_col] for row in ms.iter_rows(min_row=2) if HOSTILE in str(row[loc_col].value)]
    assert hostile and all(c.value == HOSTILE and c.data_type == "s" for c in hostile)  # text, not a formula
    msg_col = header.index("message")
    assert ms.column_dimensions[openpyxl.utils.get_column_letter(msg_col + 1)].width <= 80
    summary = {row[0].value: row[1].value for row in wb["Summary"].iter_rows() if len(row) > 1 and row[0].value}
    assert summary["Scan"] == r["scan"]["id"]
    assert summary["Mismatches"] == len(r["mismatches"])
    assert summary["Sources that failed"] == 1
    errs = [[c.value for c in row] for row in wb["Errors"].iter_rows(min_row=2)]
    assert {e[1] for e in errs} == {"exports/broken.xlsx", "exports/trunc.docx"}


# -- SARIF -------------------------------------------------------------------------------
LEVEL = {"critical": "error", "high": "error", "medium": "warning", "low": "note"}
ALLOWED = {  # property names SARIF 2.1.0 defines for the objects piscan writes (typos fail here)
    "log": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {"tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds",
            "artifacts", "logicalLocations", "graphs", "results", "automationDetails",
            "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage",
            "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations",
            "taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
            "specialLocations", "properties"},
    "driver": {"name", "fullName", "version", "semanticVersion", "informationUri", "rules", "notifications",
               "organization", "product", "shortDescription", "fullDescription", "guid", "dottedQuadFileVersion",
               "releaseDateUtc", "downloadUri", "productSuite", "taxa", "locations", "language", "contents",
               "isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
               "associatedComponent", "translationMetadata", "supportedTaxonomies", "globalMessageStrings",
               "properties"},
    "rule": {"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
             "fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships",
             "properties"},
    "result": {"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid",
               "correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows",
               "graphs", "graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank",
               "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa", "webRequest",
               "webResponse", "properties"},
    "location": {"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships",
                 "properties"},
    "invocation": {"commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode",
                   "ruleConfigurationOverrides", "notificationConfigurationOverrides",
                   "toolExecutionNotifications", "toolConfigurationNotifications", "exitCodeDescription",
                   "exitSignalName", "exitSignalNumber", "processStartFailureMessage", "executionSuccessful",
                   "machine", "account", "processId", "executableLocation", "workingDirectory",
                   "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties"},
    "suppression": {"guid", "kind", "status", "justification", "location", "properties"},
    "notification": {"locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor",
                     "associatedRule", "properties"},
}
URI_OK = re.compile(r"^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$")
DATE_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def _keys(obj: dict, kind: str) -> None:
    assert isinstance(obj, dict), kind
    extra = set(obj) - ALLOWED[kind]
    assert not extra, f"{kind}: unknown SARIF properties {extra}"


def _message(m) -> None:
    assert isinstance(m, dict) and isinstance(m.get("text"), str) and m["text"]


def _uri(uri: str) -> None:
    assert URI_OK.match(uri), uri
    parts = urlsplit(uri)
    assert not parts.scheme and not parts.netloc and not uri.startswith("/"), uri  # relative reference


def check_sarif(doc: dict) -> None:
    """Structural checks of the SARIF 2.1.0 rules piscan's output must meet."""
    _keys(doc, "log")
    assert doc["version"] == "2.1.0"
    assert isinstance(doc["runs"], list) and len(doc["runs"]) == 1
    run = doc["runs"][0]
    _keys(run, "run")
    driver = run["tool"]["driver"]
    _keys(driver, "driver")
    assert isinstance(driver["name"], str) and driver["name"]
    ids = []
    for rule in driver["rules"]:
        _keys(rule, "rule")
        assert isinstance(rule["id"], str)
        for k in ("shortDescription", "fullDescription", "help"):
            _message(rule[k])
        assert rule["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
        ids.append(rule["id"])
    assert len(ids) == len(set(ids))
    for inv in run["invocations"]:
        _keys(inv, "invocation")
        assert isinstance(inv["executionSuccessful"], bool)
        for k in ("startTimeUtc", "endTimeUtc"):
            if k in inv:
                assert DATE_TIME.match(inv[k]), inv[k]
        for n in inv.get("toolExecutionNotifications", []):
            _keys(n, "notification")
            _message(n["message"])
            assert n["level"] in ("none", "note", "warning", "error")
            for loc in n.get("locations", []):
                _keys(loc, "location")
                _uri(loc["physicalLocation"]["artifactLocation"]["uri"])
    assert isinstance(run["automationDetails"]["id"], str)
    assert run.get("columnKind") in (None, "utf16CodeUnits", "unicodeCodePoints")
    for res in run["results"]:
        _keys(res, "result")
        _message(res["message"])
        assert res["level"] in ("none", "note", "warning", "error")
        assert 0 <= res["ruleIndex"] < len(ids) and ids[res["ruleIndex"]] == res["ruleId"]
        assert res["locations"]
        for loc in res["locations"]:
            _keys(loc, "location")
            _uri(loc["physicalLocation"]["artifactLocation"]["uri"])
            for ll in loc.get("logicalLocations", []):
                assert set(ll) <= {"name", "index", "fullyQualifiedName", "decoratedName", "parentIndex", "kind",
                                   "properties"}
        assert all(isinstance(v, str) for v in res["partialFingerprints"].values())
        for s in res.get("suppressions", []):
            _keys(s, "suppression")
            assert s["kind"] in ("inSource", "external")
            assert s.get("status", "accepted") in ("accepted", "underReview", "rejected")


def test_sarif(scanned):
    doc = json.loads((scanned["out"] / "report.sarif").read_text(encoding="utf-8"))
    check_sarif(doc)
    run = doc["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["UNDECLARED_STORE", "UNDECLARED_TYPE", "REGION",
                                                                 "PURPOSE", "SPECIAL_CARE"]
    ms = scanned["report"]["mismatches"]
    assert len(run["results"]) == len(ms)
    by_fp = {m["fingerprint"]: m for m in ms}
    for res in run["results"]:
        m = by_fp[res["partialFingerprints"]["piscanMismatch/v1"]]
        assert res["ruleId"] == m["kind"] and res["level"] == LEVEL[m["severity"]]
        assert res["message"]["text"] == m["message"]
        uri = res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert unquote(uri) == f"{m['source']}/{m['location']}"
        assert bool(res.get("suppressions")) == bool(m.get("baselined"))
    inv = run["invocations"][0]
    assert inv["executionSuccessful"] is False
    texts = [n["message"]["text"] for n in inv["toolExecutionNotifications"]]
    assert any("gone" in t and "missing.sqlite" in t for t in texts)
    assert any("exports/broken.xlsx" in t for t in texts)


def test_sarif_checker_rejects_broken_documents(scanned):
    good = json.loads((scanned["out"] / "report.sarif").read_text(encoding="utf-8"))
    bad_level = json.loads(json.dumps(good))
    bad_level["runs"][0]["results"][0]["level"] = "critical"
    bad_key = json.loads(json.dumps(good))
    bad_key["runs"][0]["results"][0]["fingerprint"] = "x"
    bad_index = json.loads(json.dumps(good))
    bad_index["runs"][0]["results"][0]["ruleIndex"] = 99
    for doc in (bad_level, bad_key, bad_index):
        with pytest.raises(AssertionError):
            check_sarif(doc)


# -- JUnit -------------------------------------------------------------------------------
def test_junit(scanned):
    root = ET.parse(scanned["out"] / "report.junit.xml").getroot()
    r = scanned["report"]
    assert root.tag == "testsuites"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert list(suites) == ["share", "gone"]
    gating = [m for m in r["mismatches"] if not m.get("baselined") and m["severity"] in ("high", "critical")]
    failures = root.findall(".//failure")
    assert len(failures) == len(gating)
    assert sorted(f.get("message") for f in failures) == sorted(m["message"] for m in gating)
    share = suites["share"]
    cases = {c.get("name"): c for c in share.findall("testcase")}
    assert set(cases) == {"source scan"} | {x["location"] for x in r["locations"] if x["source"] == "share"}
    assert len(cases[HOSTILE].findall("failure")) == 2
    assert cases["inquiries/2024.txt"].find("failure") is None  # its mismatch is baselined
    assert "baselined" in cases["inquiries/2024.txt"].find("system-out").text
    err = cases["source scan"].find("error")
    assert err is not None and "2 objects" in err.get("message") and "exports/broken.xlsx" in err.text
    gone = suites["gone"].findall("testcase")
    assert [c.get("name") for c in gone] == ["source scan"]
    assert "missing.sqlite" in gone[0].find("error").get("message")
    for s in suites.values():
        cs = s.findall("testcase")
        assert int(s.get("tests")) == len(cs)
        assert int(s.get("failures")) == sum(1 for c in cs if c.find("failure") is not None)
        assert int(s.get("errors")) == sum(1 for c in cs if c.find("error") is not None)
    assert int(root.get("tests")) == sum(int(s.get("tests")) for s in suites.values())


# -- Markdown ----------------------------------------------------------------------------
def _md_cells(line: str) -> list[str]:
    return re.split(r"(?<!\\)\|", line.strip())[1:-1]


def test_markdown(scanned):
    text = (scanned["out"] / "report.md").read_text(encoding="utf-8")
    r = scanned["report"]
    assert text.startswith(f"# piscan report — scan {r['scan']['id']}")
    for section in ("## Summary", "## Mismatches", "## Locations", "## Sources",
                    "## Objects that could not be scanned"):
        assert section in text
    tables: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines() + [""]:
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    for t in tables:  # every row of a table has the header's column count: pipes are escaped
        width = len(_md_cells(t[0]))
        assert all(len(_md_cells(row)) == width for row in t), t
    mismatch_table = next(t for t in tables if "fingerprint" in t[0])
    assert len(mismatch_table) == 2 + len(r["mismatches"])
    assert "<b" not in text and "&lt;b onclick=alert(1)&gt;" in text
    assert "`h***@example.co.jp`" in text
    assert "(baselined)" in text


def test_markdown_renders_as_intended(scanned):
    """Rendered by a CommonMark/GFM-table renderer (raw HTML on): tables intact, the hostile name inert."""
    mdit = pytest.importorskip("markdown_it")
    text = (scanned["out"] / "report.md").read_text(encoding="utf-8")
    html = mdit.MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    p = _Collector()
    p.feed(html)
    assert not [a for _t, a in p.tags if "onclick" in a]
    assert HOSTILE in "".join(p.data)
    rows = html.split("<tr>")[1:]
    tables = html.count("<table>")
    assert tables >= 4
    for row in rows:
        cells = len(re.findall(r"<t[dh][ >]", row.split("</tr>")[0]))
        assert cells in (2, 4, 7), row  # summary, locations / errors (2), mismatches / sources (7)
    assert "<code>h***@example.co.jp</code>" in html


# -- HTML --------------------------------------------------------------------------------
class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.data: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        elif self._in == "style":
            self.styles.append(data)
        else:
            self.data.append(data)


def test_html(scanned):
    import base64
    import hashlib

    text = (scanned["out"] / "report.html").read_text(encoding="utf-8")
    p = _Collector()
    p.feed(text)
    tags = p.tags
    assert ("meta", {"charset": "utf-8"}) in tags
    # self-contained: no external asset, no link to the network
    for tag, attrs in tags:
        assert tag not in ("link", "img", "iframe", "object", "embed")
        for name in ("src", "href", "action"):
            if name in attrs:
                assert attrs[name].startswith("#"), (tag, attrs)
    assert all(not a.get("src") for t, a in tags if t == "script")
    # the CSP allows exactly this file's own style and script
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp
    for body in p.scripts + p.styles:
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    # the hostile name is text, not markup
    assert not [t for t, a in tags if "onclick" in a]
    assert "&lt;b onclick=alert(1)&gt;x.csv" in text
    body = "".join(p.data)
    assert HOSTILE in body
    assert "問い合わせ者の個人情報" in body or "inquirers" in body
    r = scanned["report"]
    rows = [a for t, a in tags if t == "tr" and "data-kind" in a]
    assert len(rows) == len(r["mismatches"])
    assert {a["data-status"] for a in rows} == {"gating", "baselined"}
    loc_rows = [a for t, a in tags if t == "tr" and "data-pii" in a]
    assert len(loc_rows) == len(r["locations"])
    assert "h***@example.co.jp" in body
    assert "exports/broken.xlsx" in body and "missing.sqlite" in body
    # filter controls appear only with JavaScript: the complete table is there without it
    assert all("hidden" in a for t, a in tags if t == "div" and "controls" in a.get("class", ""))


# -- edge cases --------------------------------------------------------------------------
def test_every_renderer_handles_an_empty_report(tmp_path):
    report = {"schema_version": 1, "scan": {"id": "x", "started_at": None, "finished_at": None, "config": None},
              "sources": [], "locations": [], "mismatches": [],
              "summary": {"locations_with_pii": 0, "mismatches_by_kind": {}, "mismatches_by_severity": {}},
              "errors": []}
    files = render_all(report, tmp_path, list(ALL_FORMATS))
    assert len(files) == 8
    ET.parse(tmp_path / "report.junit.xml")
    check_sarif(json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8")))
    assert "No mismatches" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_control_characters_and_surrogates_do_not_break_xml_or_xlsx(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    loc = "bad\x01name\udcff.csv"
    report = {"schema_version": 1, "scan": {"id": "x"}, "sources": [{"name": "s", "kind": "filesystem",
              "region": "JP", "status": "ok", "error": None, "objects_scanned": 1, "bytes_scanned": 1}],
              "locations": [{"source": "s", "location": loc, "region": "JP", "categories": [], "purposes": [],
                             "pii": {"EMAIL_ADDRESS": {"count": 1, "examples": ["a***@example.jp"]}}}],
              "mismatches": [{"kind": "UNDECLARED_STORE", "severity": "high", "source": "s", "location": loc,
                              "pii_type": "EMAIL_ADDRESS", "category": None, "message": f"s:{loc} holds",
                              "fingerprint": "f"}],
              "summary": {"locations_with_pii": 1, "mismatches_by_kind": {}, "mismatches_by_severity": {}},
              "errors": []}
    render_all(report, tmp_path, ["html", "csv", "xlsx", "sarif", "junit", "md"])
    case = ET.parse(tmp_path / "report.junit.xml").getroot().find(".//testcase[failure]")
    assert case.get("name") == "bad\ufffdname\ufffd.csv"
    assert openpyxl.load_workbook(tmp_path / "report.xlsx")["Locations"]["B2"].value == "bad\ufffdname\ufffd.csv"
    check_sarif(json.loads((tmp_path / "report.sarif").read_text(encoding="utf-8")))
