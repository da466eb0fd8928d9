"""Filter the werkvormen catalogue and show it as Markdown (for the docs and the CLI)."""

from __future__ import annotations

from collections.abc import Iterable

from pionieren import text
from pionieren.knowledge.load import Kennis
from pionieren.knowledge.models import Bron, Werkvorm
from pionieren.safe_text import is_safe_url
from pionieren.safe_text import markdown_safe as md
from pionieren.vocabulary import Domein, Groepen, Kanaal, Kenmerk, Modus, Trede, Voorwaarde

KENMERK_LABELS = {
    Kenmerk.jongeren: "jongeren",
    Kenmerk.ouderen: "ouderen",
    Kenmerk.laaggeletterd: "laaggeletterden",
    Kenmerk.migratieachtergrond: "mensen met een migratieachtergrond",
    Kenmerk.beperking: "mensen met een beperking",
    Kenmerk.digitaal_minder_vaardig: "digitaal minder vaardigen",
    Kenmerk.kinderen: "kinderen",
    Kenmerk.bezoekers: "bezoekers (mensen die er niet wonen)",
    Kenmerk.clienten: "cliënten van zorg of ondersteuning",
    Kenmerk.anoniem: "mensen die onbekend moeten blijven",
}


def filter_werkvormen(
    werkvormen: Iterable[Werkvorm],
    modi: Iterable[Modus] = (),
    treden: Iterable[Trede] = (),
    bereikt: Iterable[Kenmerk] = (),
    kanalen: Iterable[Kanaal] = (),
    max_kosten: int | None = None,
) -> list[Werkvorm]:
    """Werkvormen that pass every given filter. Several values of one filter: any may match."""
    modi, treden, bereikt, kanalen = set(modi), set(treden), set(bereikt), set(kanalen)
    return [
        w
        for w in werkvormen
        if (not modi or modi & set(w.modi))
        and (not treden or treden & set(w.treden))
        and (not bereikt or bereikt & set(w.bereikt))
        and (not kanalen or w.kanaal in kanalen)
        and (max_kosten is None or w.kosten_euro[0] <= max_kosten)
    ]


def treden_tekst(werkvorm: Werkvorm) -> str:
    eerste, laatste = werkvorm.treden[0], werkvorm.treden[-1]
    return eerste.value if eerste == laatste else f"{eerste.value}–{laatste.value}"


def bron_tekst(bron: Bron) -> str:
    """APA-like: 'Uitgever (2020). *Titel*. <url>' (z.j. when the year is unknown)."""
    jaar = bron.jaar if bron.jaar is not None else "z.j."
    url = f" <{bron.url}>" if is_safe_url(bron.url) else ""
    return f"{md(bron.uitgever)} ({jaar}). *{md(text.zin(bron.titel))}*{url}"


_GROEPEN = {
    Groepen.los: "losse mensen, een voor een; niet een groep die zelf vergadert",
    Groepen.georganiseerd: "een groep die al bestaat en zelf vergadert, in de eigen vergadering",
}
_VOORWAARDEN = {
    Voorwaarde.geld: "een open punt gaat over het besteden of verdelen van geld",
    Voorwaarde.school: "er zit een school in het vraagstuk",
    Voorwaarde.lang: "een jaar of meer tot het besluit, of een uitvoering van een jaar of meer",
    Voorwaarde.eigen_bezit: "een open punt gaat over het eigen bezit van elke bewoner",
    Voorwaarde.feiten: "een open punt is een geschil over feiten of rechten (een indeling, "
    "eigendom, verjaring, een meting)",
}


def werkvorm_markdown(werkvorm: Werkvorm, kennis: Kennis, niveau: int = 2) -> str:
    kop = "#" * niveau
    regels = [
        f"{kop} {md(werkvorm.naam)} (`{werkvorm.id}`)",
        "",
        md(werkvorm.omschrijving),
        "",
        f"- **Modi:** {', '.join(m.value for m in werkvorm.modi)}",
        f"- **Treden:** {', '.join(t.value for t in werkvorm.treden)}",
        f"- **Deelnemers:** {text.bereik(*werkvorm.deelnemers)}",
        f"- **Kosten:** {text.euro_bereik(*werkvorm.kosten_euro)}"
        + (
            f" ({md(text.klein(werkvorm.kosten_omvat.rstrip('.')))})"
            if werkvorm.kosten_omvat
            else ""
        ),
        f"- **Doorlooptijd:** {text.bereik(*werkvorm.weken, 'weken')}",
        f"- **Kanaal:** {werkvorm.kanaal.value}",
        f"- **Verbreding of verdieping:** {werkvorm.verbreding_of_verdieping.value}",
        f"- **Werving:** {werkvorm.werving.value}",
        "- **Bereikt goed:** "
        + (", ".join(KENMERK_LABELS[k] for k in werkvorm.bereikt) or "geen specifieke groep"),
        f"- **Schaal:** {', '.join(s.value for s in werkvorm.schalen)}",
        f"- **Voor:** {', '.join(d.value for d in werkvorm.doelgroepen)}",
        *(
            [
                f"- **Alleen bij een vraagstuk over:** {', '.join(d.value for d in werkvorm.domeinen)}"
            ]
            if len(werkvorm.domeinen) < len(Domein)
            else []
        ),
        *(
            [
                f"- **Alleen bij wettelijk kader:** "
                f"{', '.join(k.value for k in werkvorm.vereist_kader)}"
            ]
            if werkvorm.vereist_kader
            else []
        ),
        *(
            [f"- **Soort groep:** {_GROEPEN[werkvorm.groepen]}"]
            if werkvorm.groepen in _GROEPEN
            else []
        ),
        *(
            [f"- **Alleen als:** {'; '.join(_VOORWAARDEN[v] for v in werkvorm.alleen_als)}"]
            if werkvorm.alleen_als
            else []
        ),
        f"- **Aankunnen:** polarisatie tot {werkvorm.polarisatie_max}, "
        f"complexiteit tot {werkvorm.complexiteit_max} (op 1–5)",
        *(
            []
            if werkvorm.kiesbaar
            else [
                "- **Niet zelf gekozen:** de analyse voegt deze werkvorm alleen toe via een regel "
                "(of het is een recht of procedure)"
            ]
        ),
        "",
        "Valkuilen:",
        "",
        *[f"- {md(v)}" for v in werkvorm.valkuilen],
        "",
    ]
    if werkvorm.randvoorwaarden:
        regels += ["Randvoorwaarden:", "", *[f"- {md(r)}" for r in werkvorm.randvoorwaarden], ""]
    regels += ["Bronnen:", ""]
    regels += [f"- {bron_tekst(kennis.bronnen[id])}" for id in werkvorm.bronnen]
    regels.append("")
    return "\n".join(regels)


def catalogus_markdown(werkvormen: list[Werkvorm], kennis: Kennis) -> str:
    """The catalogue page: an overview table and a card per werkvorm."""
    regels = [
        "# Werkvormencatalogus",
        "",
        "<!-- Gemaakt met `pionieren werkvormen --formaat md`; niet met de hand bewerken. -->",
        "",
        f"Deze catalogus bevat {len(werkvormen)} werkvormen. Kosten zijn een orde van grootte "
        "voor een middelgrote gemeente, zonder geld dat aan inwoners wordt overgedragen. Weken "
        "zijn voorbereiding plus uitvoering.",
        "",
        "| werkvorm | modi | treden | kosten | weken | kanaal |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for w in werkvormen:
        regels.append(
            f"| [{md(w.naam)}](#{w.id}) | {', '.join(m.value for m in w.modi)} | "
            f"{treden_tekst(w)} | {text.euro_bereik(*w.kosten_euro)} | "
            f"{text.bereik(*w.weken)} | {w.kanaal.value} |"
        )
    regels.append("")
    for w in werkvormen:
        regels.append(f'<a id="{w.id}"></a>')
        regels.append("")
        regels.append(werkvorm_markdown(w, kennis))
    return "\n".join(regels).rstrip("\n") + "\n"


def bronnen_markdown(kennis: Kennis) -> str:
    regels = ["# Bronnen", ""]
    for bron in sorted(kennis.bronnen.values(), key=lambda b: b.id):
        regels.append(f"- `{bron.id}`: {bron_tekst(bron)}")
    return "\n".join(regels) + "\n"
