"""Reading what users write: YAML with positions, the models, and Dutch error messages."""
