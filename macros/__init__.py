"""Intervisiewijzer's content pipeline: model, catalog and renderers.

mkdocs-macros loads this package (`module_name: macros`) and looks for its
hooks here; they live in `macros.glue`, the only module that knows MkDocs.
The hooks import it when called, so running a module of this package as a
command (`python -m macros.check`) loads nothing of MkDocs and warns about nothing.
"""


def define_env(env):
    from macros import glue

    return glue.define_env(env)


def on_post_page_macros(env):
    from macros import glue

    return glue.on_post_page_macros(env)


def on_post_build(env):
    from macros import glue

    return glue.on_post_build(env)
