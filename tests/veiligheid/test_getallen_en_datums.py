"""YAML 1.2 numbers and strict dates, with the pure-Python and the libyaml loader."""

from __future__ import annotations

import pytest
import yaml

from pionieren.dates import report_date
from pionieren.errors import InvoerFout, UserError
from pionieren.input.yamlread import FastLoader, PureLoader, read_text

# the two composers the reader uses: both share the resolver with YAML 1.2 numbers
LOADERS: list[type] = [PureLoader] + ([FastLoader] if FastLoader is not None else [])


@pytest.mark.parametrize("loader", LOADERS, ids=lambda k: k.__name__)
@pytest.mark.parametrize(
    ("tekst", "tag"),
    [
        ("40000", "int"),
        ("-5", "int"),
        ("040000", "int"),  # recognised, so that the reader can refuse it with a hint
        ("0x10", "int"),
        ("0o17", "int"),
        ("1_000", "int"),
        ("1:30", "str"),  # base 60 in YAML 1.1; text in YAML 1.2
        ("190:20:30", "str"),
        ("1.5", "float"),
        ("abc", "str"),
    ],
)
def test_resolvers_work_with_both_loaders(loader: type, tekst: str, tag: str) -> None:
    node = yaml.compose(f"a: {tekst}\n", Loader=loader)
    assert node.value[0][1].tag == f"tag:yaml.org,2002:{tag}"


@pytest.mark.parametrize(
    ("waarde", "hint"),
    [
        ("040000", "schrijf 40000"),
        ("0x10", "schrijf 16"),
        ("0o17", "schrijf 15"),
        ("1_000", "schrijf 1000"),
    ],
)
def test_non_decimal_integers_are_refused_with_a_hint(waarde: str, hint: str) -> None:
    with pytest.raises(InvoerFout) as info:
        geladen = read_text(f"budget: {waarde}\n", "x.yaml")
        raise InvoerFout(geladen.problemen)
    (probleem,) = info.value.problemen
    assert (probleem.regel, probleem.kolom) == (1, 9) and hint in probleem.melding


def test_plain_decimals_still_read() -> None:
    assert read_text("a: 40000\nb: -3\nc: 0\nd: 1:30\n", "x").data == {
        "a": 40000,
        "b": -3,
        "c": 0,
        "d": "1:30",
    }


@pytest.mark.parametrize(
    "datum", ["20261128", "2026-W48-6", "2026-11-28T00:00", "2026-1-1", "0001-01-01"]
)
def test_datum_option_is_strictly_iso(datum: str) -> None:
    with pytest.raises(UserError):
        report_date(datum)


def test_source_date_epoch_beyond_9999_is_a_user_error() -> None:
    with pytest.raises(UserError, match="SOURCE_DATE_EPOCH"):
        report_date(environ={"SOURCE_DATE_EPOCH": "999999999999999"})
