"""Events: fused events, the event reports they come from, and the changes made to them.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _place_and_time() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("country", sa.String(8)),
        sa.Column("admin1", sa.String(255)),
        sa.Column("admin2", sa.String(255)),
        sa.Column("location", sa.String(255)),
        sa.Column("place_ref", sa.String(32)),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer, nullable=False, server_default="0"),
    ]


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(32), unique=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("actor1", sa.String(255)),
        sa.Column("actor2", sa.String(255)),
        sa.Column("actors", sa.JSON, nullable=False),
        *_place_and_time(),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("sources", sa.Integer, nullable=False, server_default="0"),
        sa.Column("reports", sa.Integer, nullable=False, server_default="0"),
        sa.Column("confidence", sa.Float, nullable=False, server_default="0"),
        sa.Column("withdrawn", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_table(
        "event_reports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.id")),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("actor1", sa.String(255)),
        sa.Column("actor2", sa.String(255)),
        sa.Column("actors", sa.JSON, nullable=False),
        *_place_and_time(),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("victims", sa.JSON, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("trigger", sa.String(64), nullable=False),
        sa.Column("inherited", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("version", sa.String(32), nullable=False),
    )
    op.create_index("ix_event_reports_article_id", "event_reports", ["article_id"])
    op.create_index("ix_event_reports_event_pk", "event_reports", ["event_pk"])
    op.create_table(
        "event_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.id"), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("article_id", sa.Integer),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
    )
    op.create_index("ix_event_changes_event_pk", "event_changes", ["event_pk"])


def downgrade() -> None:
    op.drop_table("event_changes")
    op.drop_table("event_reports")
    op.drop_table("events")
