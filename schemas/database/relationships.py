"""Row types of the database, kept in step by schemasync."""

from typing import Optional, TypedDict


class OrganizationMemberRow(TypedDict, total=False):
    """Which users belong to which organization, and with what role."""

    organization_id: str
    user_id: str
    role: str
    invited_by: Optional[str]
    joined_at: str


class ProjectMemberRow(TypedDict, total=False):
    project_id: str
    user_id: str
    role: str
    added_at: str
