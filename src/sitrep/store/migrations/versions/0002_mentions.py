"""Mentions (actors, places, dates) found by the analysis stage, and the stage's state per article.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("analysis_version", sa.String(255)))
        batch.add_column(sa.Column("reference_date", sa.Date))
        batch.add_column(sa.Column("reference_inferred", sa.Boolean))
        batch.create_index("ix_articles_analysis_version", ["analysis_version"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("ref", sa.String(255)),
        sa.Column("name", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("country", sa.String(8)),
        sa.Column("admin1", sa.String(255)),
        sa.Column("admin2", sa.String(255)),
        sa.Column("precision", sa.String(8)),
        sa.Column("actor_type", sa.String(32)),
        sa.Column("inter", sa.Integer),
        sa.Column("affiliation", sa.String(255)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("inferred", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_kind_ref", "mentions", ["kind", "ref"])


def downgrade() -> None:
    op.drop_index("ix_mentions_kind_ref", "mentions")
    op.drop_index("ix_mentions_article", "mentions")
    op.drop_table("mentions")
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("ix_articles_analysis_version")
        batch.drop_column("reference_inferred")
        batch.drop_column("reference_date")
        batch.drop_column("analysis_version")
