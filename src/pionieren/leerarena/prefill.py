"""A pre-filled evaluatie file, made from the advice: what ``pionieren evalueer`` writes.

Why: evaluating should cost minutes. The advised werkvormen, the stakeholders and the open
points of the vraagstuk are already there; what only the user knows is left empty and marked
``# invullen``, with the plan or the catalogue's estimate next to it. An empty required value is
an error when the file is read, so a file that was not filled in is never counted by accident.
"""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

from pionieren import text
from pionieren.analysis.result import Advies
from pionieren.input.model import Vraagstuk
from pionieren.knowledge.load import Kennis

# Werkvormen of the advice that the evaluatie records elsewhere (terugkoppeling has its own
# block) or that come after the evaluation (the leerarena itself).
_NIET_IN_DE_LIJST = ("terugkoppeling", "leerarena")

_KAAL = re.compile(r"^[.A-Za-zÀ-ÖØ-öø-ÿ(][^:#\"'{}\[\]&*!|>%@`\n]*$")
_YAML_WOORDEN = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "~"}
# a plain value that YAML reads as a number: '.0', '.5e3', '.inf', '.NaN' (found by hypothesis)
_YAML_GETAL = re.compile(r"^\.(?:[0-9]|inf$|nan$)", re.IGNORECASE)


def yaml_text(waarde: str) -> str:
    """A text as a YAML value: plain when that reads back as the same text, else quoted."""
    if (
        _KAAL.match(waarde)
        and waarde.strip() == waarde
        and waarde.casefold() not in _YAML_WOORDEN
        and not _YAML_GETAL.match(waarde)
        and not _NIET_DRUKBAAR.search(waarde)
    ):
        return waarde
    return _NIET_DRUKBAAR.sub(
        lambda m: f"\\u{ord(m.group()):04x}", json.dumps(waarde, ensure_ascii=False)
    )


# Characters YAML does not allow unescaped in a file (YAML 1.1, "printable") and the line
# breaks NEL, LS and PS: they are written as an escape inside the double-quoted text, so the
# file reads back as the same text.
_NIET_DRUKBAAR = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _uitleg(regel: str, commentaar: str) -> str:
    """A line with its comment, the comments of a file in one column."""
    return f"{regel.ljust(29)} # {commentaar}"


def _regel(sleutel: str, waarde: str, commentaar: str, inspringing: int) -> str:
    return _uitleg(f"{' ' * inspringing}{sleutel}:{' ' + waarde if waarde else ''}", commentaar)


def prefilled_evaluatie(
    vraagstuk: Vraagstuk, advies: Advies, kennis: Kennis, koppeling: str, schema: str
) -> str:
    """The text of an evaluatie file for ``vraagstuk``; ``koppeling`` is the path to it from the
    evaluatie, ``schema`` the address of the evaluatie schema for the editor."""
    catalogus = {w.id: w for w in kennis.werkvormen}
    planning = {p.fase.value: p for p in advies.planning}
    start = next((p.start for p in advies.planning if p.start is not None), None)
    besluit = planning.get("besluit")
    besluit_op: date | None = besluit.eind if besluit is not None else None
    r: list[str] = [
        f"# yaml-language-server: $schema={schema}",
        f"# Evaluatie van: {vraagstuk.titel} ({vraagstuk.gemeente}).",
        f"# Gemaakt met pionieren evalueer op {text.datum(advies.datum)}, uit het advies van die dag.",
        "# Vul elke plek met 'invullen' in. Haal een werkvorm die niet is gedaan weg (of zet hem",
        "# onder niet_gedaan), en voeg toe wat er extra is gedaan (met gepland: false).",
        "# Controleer het bestand daarna met: pionieren valideer DIT-BESTAND",
        f"vraagstuk: {yaml_text(koppeling)}",
        "periode:",
        _regel(
            "van",
            "",
            "invullen: wanneer het proces begon, JJJJ-MM-DD"
            + (f" (gepland: {start.isoformat()})" if start else ""),
            2,
        ),
        _regel("tot", "", "invullen: wanneer het klaar was; leeg: het proces loopt nog", 2),
        "werkvormen:",
    ]
    for m in advies.mix:
        if m.werkvorm in _NIET_IN_DE_LIJST:
            continue
        w = catalogus.get(m.werkvorm)
        r.append(_uitleg(f"  - id: {yaml_text(m.werkvorm)}", m.naam))
        verwacht = f" (de catalogus verwacht {text.bereik(*w.deelnemers)})" if w else ""
        r.append(_regel("deelnemers", "", f"invullen: hoeveel mensen meededen{verwacht}", 4))
        r.append(
            _regel(
                "kosten_euro",
                "",
                f"invullen: wat het echt kostte (geschat: {text.euro_bereik(*m.kosten_euro)})",
                4,
            )
        )
        r.append(
            _regel("weken", "", f"invullen: hoeveel weken (geschat: {text.bereik(*m.weken)})", 4)
        )
    if not any(m.werkvorm not in _NIET_IN_DE_LIJST for m in advies.mix):
        r[-1] = (
            "werkvormen: []                # voeg toe wat er is gedaan: - {id: ..., deelnemers: ...}"
        )
    r += [
        _uitleg("niet_gedaan: []", "gepland maar niet gedaan: - {id: ..., waarom: ...}"),
        "belanghebbenden:",
    ]
    for b in vraagstuk.belanghebbenden:
        r.append(f"  - naam: {yaml_text(b.naam)}")
        r.append(_regel("bereikt", "", "invullen: ja, deels of nee", 4))
    r += [
        "terugkoppeling:",
        _regel(
            "gegeven", "", "invullen: true of false (hoorden deelnemers wat ermee is gedaan?)", 2
        ),
        _regel("datum", "", "invullen bij true: wanneer, JJJJ-MM-DD", 2),
        _uitleg("besluit:", "nog geen besluit? Haal dit blok dan weg"),
        _regel(
            "datum",
            "",
            "invullen: wanneer het besluit viel"
            + (f" (gepland: {besluit_op.isoformat()})" if besluit_op else ""),
            2,
        ),
        _regel("volgt_uitkomst", "", "invullen: ja, deels of nee", 2),
        _regel("waarom", "", "invullen bij deels of nee", 2),
    ]
    if vraagstuk.kaders.open:
        r.append("onderwerpen:")
        for o in vraagstuk.kaders.open:
            r.append(f"  - onderwerp: {yaml_text(o.onderwerp)}")
            r.append(_regel("inbreng", "", "wat deelnemers inbrachten", 4))
            r.append(_regel("gedaan", "", "invullen: wat ermee is gedaan", 4))
            r.append(_regel("waarom", "", "waarom, vooral als iets niet is overgenomen", 4))
    r += [
        _uitleg("tevredenheid:", "niet verplicht: 1 (zeer ontevreden) tot 5 (zeer tevreden)"),
        "  deelnemers:",
        "  raad:",
        "  organisatie:",
        _uitleg("lessen:", "wat leerde u? modus: denken, besluiten of doen"),
        _regel("  - les", "", "invullen: één of twee zinnen (of haal de les weg)", 0),
        _regel("modus", "", "invullen: denken, besluiten of doen", 4),
    ]
    return "\n".join(r) + "\n"


_SCHEMA_REGEL = re.compile(r"^#\s*yaml-language-server:\s*\$schema=(\S+)")


def default_target(vraagstuk: Path) -> Path:
    """``vraagstukken/plein.yaml`` -> ``vraagstukken/evaluaties/plein.evaluatie.yaml``."""
    return vraagstuk.parent / "evaluaties" / f"{vraagstuk.stem}.evaluatie.yaml"


def _schema_address(vraagstuk: Path, tekst: str, map_: Path) -> str:
    """Where the editor finds the evaluatie schema: next to the vraagstuk's own schema when that
    is a relative path, else the published address."""
    from pionieren.input.schema import SCHEMA_URL

    gevonden = _SCHEMA_REGEL.match(tekst)
    if gevonden and "://" not in gevonden[1] and gevonden[1].endswith("vraagstuk.schema.json"):
        schema = vraagstuk.parent / gevonden[1]
        return Path(os.path.relpath(schema.with_name("evaluatie.schema.json"), map_)).as_posix()
    return SCHEMA_URL.format(soort="evaluatie")


def prefill_file(
    vraagstuk: Path,
    doel: Path | None,
    *,
    datum: date | str | None = None,
    werkvormen: Path | None = None,
) -> str:
    """The pre-filled evaluatie for the vraagstuk file ``vraagstuk``, to be written at ``doel``
    (None: the screen; links are then relative to the current folder). Writes nothing."""
    from pionieren.analysis.engine import analyse
    from pionieren.dates import report_date
    from pionieren.input.load import read_vraagstuk
    from pionieren.knowledge.load import load_kennis

    dag = datum if isinstance(datum, date) else report_date(datum)
    kennis = load_kennis(werkvormen, str(werkvormen) if werkvormen else None)
    model, geladen = read_vraagstuk(vraagstuk, str(vraagstuk))
    advies = analyse(model, kennis, dag)
    map_ = doel.absolute().parent if doel is not None else Path.cwd()
    koppeling = Path(os.path.relpath(vraagstuk.absolute(), map_)).as_posix()
    schema = _schema_address(vraagstuk.absolute(), geladen.tekst.split("\n", 1)[0], map_)
    return prefilled_evaluatie(model, advies, kennis, koppeling, schema)
