"""pionieren: ontwerp burgerparticipatie goed.

Een bibliotheek met een dunne opdrachtregel erbovenop. Een ambtenaar beschrijft een vraagstuk in
YAML; pionieren controleert dat bestand, analyseert het en adviseert een mix van werkvormen.
"""

__version__ = "0.1.0"
