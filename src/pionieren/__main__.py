"""Maakt ``python -m pionieren`` mogelijk."""

from pionieren.cli import main

if __name__ == "__main__":
    main()
