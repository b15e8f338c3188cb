"""Without scipy or matplotlib (a QGIS built without them), the provider still loads: the
algorithms that need the package are left out with a log message naming it; the others run.

Each case runs in a child process whose import system refuses the package, so this test
process keeps its own scipy."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHILD = r'''
import importlib.abc, json, os, sys
BLOCKED = set(sys.argv[1].split(","))

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError("No module named " + repr(name), name=name)
        return None

sys.meta_path.insert(0, Refuse())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication, QgsMessageLog
app = QgsApplication([], False)
app.initQgis()
messages = []
log = QgsMessageLog.logMessage
QgsMessageLog.logMessage = lambda msg, *args, **kw: (messages.append(msg), log(msg, *args, **kw))
from tests.conftest import _import_plugin
plugin = _import_plugin().classFactory(None)
plugin.initProcessing()
ids = sorted(a.name() for a in plugin.provider.algorithms())
print("RESULT " + json.dumps({"ids": ids, "messages": messages}), flush=True)
os._exit(0)
'''


def _load_without(packages):
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, ",".join(packages), ROOT],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    assert lines, proc.stdout[-2000:] + proc.stderr[-2000:]
    return json.loads(lines[-1][len("RESULT ") :])


@pytest.mark.parametrize(
    "package, left_out",
    [
        # the district graph (core.graph) and Moran's I (core.moran) use scipy.sparse
        (
            "scipy",
            {
                "ranktypology",
                "wardclustering",
                "joinstatistics",
                "neighbours",
                "clusterzones",
                "spatialautocorrelation",
            },
        ),
        ("matplotlib", set()),  # imported only when a dendrogram is drawn
    ],
)
def test_provider_loads_without(provider, package, left_out):
    everything = {a.name() for a in provider.algorithms()}
    got = _load_without([package])
    ids = set(got["ids"])
    assert left_out <= everything
    assert not ids & left_out, "these need {}: they must be left out".format(package)
    assert {"migrationeffectiveness", "emissiondensity", "growthtypology"} <= ids
    told = {m for m in got["messages"] if "'{}'".format(package) in m and "python3-" + package in m}
    assert len(told) == len(left_out), got["messages"]  # one message per algorithm left out
