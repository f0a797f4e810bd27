"""Extraction on Dask through prefect-dask: a local cluster the flow starts (`--workers`) and an existing one
(`--dask-address`) give the same archive as a single-process run."""

from __future__ import annotations

import shutil

import helpers
import pytest
from conftest import EXAMPLES
from prefect.task_runners import ThreadPoolTaskRunner

from minutebook.archive import open_archive
from minutebook.cli import main
from minutebook.flows.ingest import ingest, with_workers

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    """The example packs and a copy of one under another name: three documents, extracted in any order."""
    folder = tmp_path_factory.mktemp("packs")
    for pdf in sorted(EXAMPLES.glob("*.pdf")):
        shutil.copy(pdf, folder / pdf.name)
    first = sorted(folder.glob("*.pdf"))[0]
    shutil.copy(first, folder / f"copy_{first.name}")
    return folder


def archive_rows(db_path) -> dict[str, list[str]]:
    db = open_archive(db_path)
    try:
        return helpers.archive_rows(db)
    finally:
        db.close()


@pytest.fixture(scope="module")
def single_process(packs, tmp_path_factory):
    db_path = tmp_path_factory.mktemp("single") / "archive.db"
    report = ingest.with_options(task_runner=ThreadPoolTaskRunner(max_workers=1))([str(packs)], str(db_path))
    assert len(report.new) == 3 and not report.failed
    return archive_rows(db_path)


def test_local_dask_cluster_matches_single_process(packs, single_process, tmp_path):
    db_path = tmp_path / "archive.db"
    report = with_workers(2)([str(packs)], str(db_path))
    assert len(report.new) == 3 and not report.failed
    assert archive_rows(db_path) == single_process


def test_cli_dask_address_runs_on_an_existing_cluster(packs, single_process, tmp_path, capsys):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, Client(cluster) as client:
        db_path = tmp_path / "archive.db"
        assert main(["ingest", str(packs), "--db", str(db_path), "--dask-address", cluster.scheduler_address]) == 0
        assert "3 new" in capsys.readouterr().out
        ran = client.run(lambda dask_worker: len(dask_worker.data) + dask_worker.state.executed_count)
    assert any(ran.values())  # the cluster's workers ran the extraction tasks
    assert archive_rows(db_path) == single_process
