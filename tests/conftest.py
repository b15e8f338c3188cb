"""Test set-up shared by tests/unit (core, no QGIS needed) and tests/qgis (algorithms).

The plugin folder is imported as a package named ``territorial_clusters`` whatever the
checkout's folder is called — as QGIS imports a plugin by its folder name — which
also proves the plugin uses relative imports only.
"""

import importlib.util
import os
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE = "territorial_clusters"
SAMPLE_DIR = os.path.join(ROOT, "resources", "sample")
AKTOBE_GPKG = os.path.join(SAMPLE_DIR, "aktobe_districts.gpkg")


def _import_plugin():
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.spec_from_file_location(
        PACKAGE, os.path.join(ROOT, "__init__.py"), submodule_search_locations=[ROOT]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
    return module


_import_plugin()


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing):
    """The plugin loaded the way qgis_process loads it: classFactory(None).initProcessing()."""
    pkg = _import_plugin()
    instance = pkg.classFactory(None)
    instance.initProcessing()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def provider(plugin):
    return plugin.provider
