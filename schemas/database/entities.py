"""Row types returned by Supabase selects (one TypedDict per table or view)."""

from typing import Any, Optional, TypedDict

from typing_extensions import ReadOnly


class ActiveProjectRow(TypedDict, total=False):
    """Convenience view for dashboards."""

    id: ReadOnly[Optional[str]]
    organization_id: ReadOnly[Optional[str]]
    name: ReadOnly[Optional[str]]
    status: ReadOnly[Optional[str]]
    start_date: ReadOnly[Optional[str]]
    due_date: ReadOnly[Optional[str]]
    created_at: ReadOnly[Optional[str]]


class AnalysisRow(TypedDict, total=False):
    """Output of the scoring engine for a property against its project requirements."""

    id: int
    property_id: str
    requested_by: Optional[str]
    score: Optional[float]
    passed_mandatory: Optional[bool]
    matched_requirement_ids: list[str]
    result: dict[str, Any]
    engine_version: str
    created_at: str


EntryRow = TypedDict(
    "EntryRow",
    {
        "id": int,
        "project_id": str,
        "property_id": Optional[str],
        "user_id": Optional[str],
        "from": str,
        "to": Optional[str],
        "duration": Optional[str],
        "note": Optional[str],
        "created_at": str,
    },
    total=False,
)


class OrganizationRow(TypedDict, total=False):
    """Tenant accounts. Every project belongs to exactly one organization."""

    id: str
    name: str
    slug: str
    type: str
    plan: str
    billing_email: Optional[str]
    settings: dict[str, Any]
    created_at: str
    updated_at: str


class ProjectRow(TypedDict, total=False):
    """A property search / analysis engagement run by an organization."""

    id: str
    organization_id: str
    name: str
    description: Optional[str]
    status: str
    tags: list[str]  # free-form labels, lower-case by convention
    start_date: Optional[str]
    due_date: Optional[str]
    created_by: Optional[str]
    created_at: str
    updated_at: str
    budget: Optional[float]
    is_template: bool


# Prices are in the organization's currency; see OrganizationRow.settings["currency"].
class PropertyRow(TypedDict, total=False):
    """Candidate properties being compared within a project."""

    id: str
    project_id: str
    address_line1: str
    city: str
    postal_code: Optional[str]
    country_code: str
    price: Optional[float]
    area_sqm: Optional[float]
    price_per_sqm: Optional[float]
    bedrooms: Optional[int]
    floor_levels: Optional[list[int]]
    features: list[str]
    listing_url: Optional[str]
    created_at: str
    updated_at: str


class PropertyDocumentRow(TypedDict, total=False):
    """Files (floor plans, inspection reports, ...) attached to a property; the blobs live in Supabase Storage."""

    id: str
    property_id: str
    uploaded_by: Optional[str]
    file_name: str
    storage_path: str
    mime_type: Optional[str]
    size_bytes: Optional[int]
    created_at: str


class RequirementRow(TypedDict, total=False):
    """Criteria a property must (or should) satisfy for a project."""

    id: str
    project_id: str
    title: str
    description: Optional[str]
    priority: str
    weight: int
    is_mandatory: bool
    position: int
    created_at: str
