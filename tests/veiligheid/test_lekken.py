"""Nothing leaks: the PDF loads only data: URLs and files in the template folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from pionieren.report.render import pdf_fetcher
from pionieren.report.templates import builtin_dir


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file:///etc/hostname",
        "http://127.0.0.1:9/x.css",
        "https://kwaad.example/p.png",
        "ftp://kwaad.example/x",
        f"file://{builtin_dir()}/../pyproject.toml",
    ],
)
def test_pdf_fetcher_refuses_other_files_and_the_network(url: str) -> None:
    with pytest.raises(ValueError, match="laadt dit adres niet"):
        pdf_fetcher(None).fetch(url)


def test_pdf_fetcher_allows_data_and_the_template_folders(tmp_path: Path) -> None:
    assert pdf_fetcher(None).fetch("data:text/plain;base64,aGFsbG8=").read() == b"hallo"
    assert pdf_fetcher(None).fetch(f"file://{builtin_dir()}/stijl.css").read()
    (tmp_path / "beeld.svg").write_text("<svg/>", "utf-8")
    assert pdf_fetcher(tmp_path).fetch(f"file://{tmp_path}/beeld.svg").read() == b"<svg/>"
    buiten = tmp_path.parent / "buiten.svg"
    buiten.write_text("<svg/>", "utf-8")
    (tmp_path / "link.svg").symlink_to(buiten)
    with pytest.raises(ValueError):
        pdf_fetcher(tmp_path).fetch(f"file://{tmp_path}/link.svg")
