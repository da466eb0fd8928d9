"""The stakeholder map as a PNG picture, for the Word report.

Why: Word cannot show the SVG map of the HTML report (python-docx embeds only bitmaps), so we
draw the same 2x2 map (invloed x belang) with Pillow, from the same positions
(:func:`pionieren.report.data.stakeholder_map`). Pillow writes no date into a PNG, and the font
is the one inside Pillow itself, so the same input gives the same bytes on every machine with
the same Pillow version.
"""

from __future__ import annotations

import io
from typing import Any

from PIL import Image, ImageDraw, ImageFont

SCHAAL = 2
"""Drawn at twice the size of the SVG (640 x 440), so the picture stays sharp when printed."""

BREEDTE, HOOGTE = 640, 440
TEKST = "#1a1a1a"
RAND = "#4a4a4a"
STANDAARD_KLEUR = "#154273"


def _font(grootte: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=grootte * SCHAAL)


def _xy(x: float, y: float) -> tuple[float, float]:
    return x * SCHAAL, y * SCHAAL


def _text(
    teken: ImageDraw.ImageDraw,
    x: float,
    y: float,
    tekst: str,
    grootte: int,
    anker: str = "ls",
    kleur: str = TEKST,
) -> None:
    """Text as in SVG: ``anker`` 'ls' (start), 'ms' (middle) or 'rs' (end) on the baseline."""
    teken.text(_xy(x, y), tekst, fill=kleur, font=_font(grootte), anchor=anker)


def _dashed_line(
    teken: ImageDraw.ImageDraw, van: tuple[float, float], tot: tuple[float, float]
) -> None:
    (x1, y1), (x2, y2) = van, tot
    lengte = max(abs(x2 - x1), abs(y2 - y1))
    stap = 10.0
    positie = 0.0
    while positie < lengte:
        eind = min(positie + 6, lengte)
        a = (x1 + (x2 - x1) * positie / lengte, y1 + (y2 - y1) * positie / lengte)
        b = (x1 + (x2 - x1) * eind / lengte, y1 + (y2 - y1) * eind / lengte)
        teken.line([_xy(*a), _xy(*b)], fill=RAND, width=SCHAAL)
        positie += stap


def _label_with_arrow(teken: ImageDraw.ImageDraw, x: float, y: float, woord: str) -> None:
    """'Belang' with an arrow to the right, centred on x (the font has no arrow sign)."""
    font = _font(15)
    breedte = font.getlength(woord) / SCHAAL
    pijl = 22
    begin = x - (breedte + 6 + pijl) / 2
    teken.text(_xy(begin, y), woord, fill=TEKST, font=font, anchor="ls")
    x1, x2, hoogte = begin + breedte + 6, begin + breedte + 6 + pijl, y - 5
    teken.line([_xy(x1, hoogte), _xy(x2 - 4, hoogte)], fill=TEKST, width=SCHAAL * 2)
    teken.polygon([_xy(x2, hoogte), _xy(x2 - 7, hoogte - 4), _xy(x2 - 7, hoogte + 4)], fill=TEKST)


def stakeholder_map_png(kaart: list[dict[str, Any]], kleur: str | None = None) -> bytes:
    """The map with a numbered circle per stakeholder; the numbers match the report's list.

    Circle fill shows the attitude, as in the HTML map: white for 'voor', the main colour for
    'neutraal', light grey for 'onbekend', and light grey with a dashed edge for 'tegen'.
    """
    primair = kleur or STANDAARD_KLEUR
    beeld = Image.new("RGB", (BREEDTE * SCHAAL, HOOGTE * SCHAAL), "#ffffff")
    teken = ImageDraw.Draw(beeld)
    teken.rectangle([_xy(80, 20), _xy(620, 380)], outline=RAND, width=SCHAAL)
    # Dividers as in rule BELANG-KWADRANT: belang 'middel' counts as high, invloed 'middel' as low.
    _dashed_line(teken, (260, 20), (260, 380))
    _dashed_line(teken, (80, 140), (620, 140))
    _text(teken, 90, 40, "Tevreden houden", 14)
    _text(teken, 610, 40, "Sleutelspelers", 14, "rs")
    _text(teken, 90, 370, "Monitoren", 14)
    _text(teken, 610, 370, "Actief betrekken", 14, "rs")
    for x, woord in ((170, "laag"), (350, "middel"), (530, "hoog")):
        _text(teken, x, 398, woord, 12, "ms")
    for y, woord in ((320, "laag"), (204, "middel"), (84, "hoog")):
        _text(teken, 72, y, woord, 12, "rs")
    _label_with_arrow(teken, 350, 426, "Belang")
    # 'Invloed' with its arrow, turned a quarter to the left, along the vertical axis
    label = Image.new("RGB", (120 * SCHAAL, 24 * SCHAAL), "#ffffff")
    _label_with_arrow(ImageDraw.Draw(label), 60, 18, "Invloed")
    gedraaid = label.rotate(90, expand=True)
    beeld.paste(gedraaid, (int(10 * SCHAAL), int(140 * SCHAAL)))
    for punt in kaart:
        cx = 80 + round(float(punt["x"]) * 540, 1)
        cy = 380 - round(float(punt["y"]) * 360, 1)
        houding = punt["houding"]
        vulling = {"voor": "#ffffff", "neutraal": primair}.get(houding, "#e8e8e8")
        vak = [_xy(cx - 14, cy - 14), _xy(cx + 14, cy + 14)]
        teken.ellipse(vak, fill=vulling)
        if houding == "tegen":
            for begin in range(0, 360, 30):
                teken.arc(vak, begin, begin + 18, fill=primair, width=2 * SCHAAL)
        else:
            teken.ellipse(vak, outline=primair, width=2 * SCHAAL)
        _text(
            teken,
            cx,
            cy + 5,
            str(punt["nummer"]),
            13,
            "ms",
            "#ffffff" if houding == "neutraal" else TEKST,
        )
    uit = io.BytesIO()
    beeld.save(uit, format="PNG")
    return uit.getvalue()
