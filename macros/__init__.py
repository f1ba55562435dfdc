"""Intervisiewijzer's content pipeline: model, catalog and renderers.

mkdocs-macros loads this package (`module_name: macros`) and looks for its
hooks here; they live in `macros.glue`, the only module that knows MkDocs.
"""

from macros.glue import define_env, on_post_build, on_post_page_macros

__all__ = ["define_env", "on_post_build", "on_post_page_macros"]
