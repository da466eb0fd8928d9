"""Reports: the Advies shown as Markdown, HTML, PDF or JSON, from overridable templates."""
