"""The base of every card model: unknown fields are refused and a validated card never changes."""

from pydantic import BaseModel, ConfigDict


class Strikt(BaseModel):
    """Unknown fields are typos; a card with a typo must not build quietly."""

    model_config = ConfigDict(extra="forbid", frozen=True)
