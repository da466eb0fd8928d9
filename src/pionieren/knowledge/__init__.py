"""What pionieren knows: the werkvormen catalogue, the participatieladder and the sources.

The knowledge is data (YAML files in this package), validated by pydantic when it is loaded.
A gemeente can add or override werkvormen with its own file.
"""
