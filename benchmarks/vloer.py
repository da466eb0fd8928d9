"""The floor: the least any tool must do to turn a vraagstuk into an HTML page.

Run: .venv/bin/python benchmarks/vloer.py BESTAND... --uitvoer PAD

Per file: read the YAML with libyaml (``yaml.CSafeLoader``), validate it with the same pydantic
model pionieren uses (:class:`pionieren.input.model.Vraagstuk`) and render ``vloer.html``, a
Jinja2 template of about the size of the report, in a sandbox with StrictUndefined and
autoescape. With one file, ``--uitvoer`` names the output file; with more, a folder. No
positions, no analysis, no Dutch messages: ``bench.py`` compares pionieren with this.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import ImmutableSandboxedEnvironment

from pionieren.input.model import Vraagstuk

HIER = Path(__file__).resolve().parent


def _source() -> str:
    """``vloer.html`` with its middle part repeated until it is as long as ``basis.html``."""
    tekst = (HIER / "vloer.html").read_text(encoding="utf-8")
    kop, rest = tekst.split("{#- herhaal -#}")
    deel, staart = rest.split("{#- /herhaal -#}")
    doel = len((HIER.parent / "sjablonen" / "basis.html").read_text(encoding="utf-8"))
    keer = max(1, -(-(doel - len(kop) - len(staart)) // len(deel)))
    delen = (deel.replace("RONDE", str(i + 1)) for i in range(keer))
    return kop + "".join(delen) + staart


def main(argv: list[str]) -> int:
    bestanden = [Path(a) for a in argv if a != "--uitvoer"]
    uitvoer = Path(argv[argv.index("--uitvoer") + 1])
    bestanden.remove(uitvoer)
    env = ImmutableSandboxedEnvironment(
        loader=FileSystemLoader([str(HIER), str(HIER.parent / "sjablonen")]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html",)),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    sjabloon = env.from_string(_source())
    for pad in bestanden:
        data = yaml.load(pad.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        vraagstuk = Vraagstuk.model_validate(data)
        html = sjabloon.render(
            v=vraagstuk.model_dump(mode="json"), naam=pad.name, instellingen={"kleur": None}
        )
        doel = uitvoer / f"{pad.stem}.html" if len(bestanden) > 1 else uitvoer
        doel.write_text(html, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
