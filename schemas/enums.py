"""Enums shared by the API and the workers.

Values are the exact database labels; schemasync keeps the members in step.
"""

from enum import Enum


class BillingPlanType(str, Enum):
    FREE = "free"
    PRO = "pro"
    TEAM = "team"
    ENTERPRISE = "enterprise"


class OrganizationType(str, Enum):
    COMPANY = "company"
    NON_PROFIT = "non-profit"
    GOVERNMENT = "government"
    INDIVIDUAL = "individual"


# Lifecycle of a project; the dashboard filters on it.
class ProjectStatus(str, Enum):
    """Where a project stands."""

    DRAFT = "draft"  # not visible to clients yet
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    IN_PROGRESS = "in progress"
    COMPLETED = "completed"
    ARCHIVED = "archived"

    @property
    def is_open(self) -> bool:
        """Whether people still work on the project."""
        return self not in (ProjectStatus.COMPLETED, ProjectStatus.ARCHIVED)


class RequirementPriority(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class UserRoleType(str, Enum):
    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"
    VIEWER = "viewer"
