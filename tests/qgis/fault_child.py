"""A child process for the fault tests: runs one algorithm and prints its progress.

    python fault_child.py ALG_ID PARAMS_JSON

Prints ``P <percent>`` lines (flushed) as the run reports progress, then ``DONE`` or
``ERROR <message>``. The parent kills it (SIGKILL) at a chosen moment.
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # the plugin folder's parent
sys.path.insert(0, "/usr/share/qgis/python/plugins")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)


class Feedback(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        print("P {:.0f}".format(progress), flush=True)


def main():
    alg_id, params = sys.argv[1], json.loads(sys.argv[2])
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    sys.path.insert(0, os.path.dirname(HERE))
    from tests.conftest import _import_plugin  # the plugin as the tests import it

    plugin = _import_plugin().classFactory(None)
    plugin.initProcessing()
    import processing

    try:
        processing.run("territorialclusters:" + alg_id, params, context=QgsProcessingContext(), feedback=Feedback())
        print("DONE", flush=True)
    except QgsProcessingException as e:
        print("ERROR " + str(e).replace("\n", " "), flush=True)
    os._exit(0)  # no QGIS teardown (3.22 may crash in exitQgis)


if __name__ == "__main__":
    main()
