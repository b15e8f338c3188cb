"""The base of every Territorial Clusters algorithm: identity, the run template, helpers.

A run is one visible template, :meth:`TerritorialAlgorithm.processAlgorithm`: it calls the
subclass's :meth:`process`, then puts the run's outputs in place (``layers.outputs``) — or,
when ``process`` fails or is cancelled, removes what the run wrote privately and turns the
error into a clear ``QgsProcessingException`` (a traceback only in the message log).
The reading and writing helpers (a source read once, outputs written by field name) come
from ``layers.algorithm_io.LayerIO``, the parameter checks and failure messages from
``layers.parameters``, the styling from ``maps.output_style``. No method logic lives here.
"""

import functools
import html
import os
import re
import traceback
from configparser import ConfigParser
from typing import List, Sequence, Tuple

from qgis.core import (
    Qgis,
    QgsFields,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core import MethodError
from ..layers import (
    Layers,
    destination,
    parameters as parameters_,
    provenance,
    write,
)
from ..layers.algorithm_io import LayerIO
from ..layers.outputs import PendingOutputs

PLUGIN_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON_DIR = os.path.join(PLUGIN_DIR, "resources", "icons")
LOG_TAG = "Territorial Clusters"


def icon(name: str = "icon.svg") -> QIcon:
    return QIcon(os.path.join(ICON_DIR, name))


@functools.lru_cache(maxsize=None)
def metadata(key: str) -> str:
    """A value of the plugin's metadata.txt ``[general]`` section ('' when absent)."""
    cp = ConfigParser()
    cp.read(os.path.join(PLUGIN_DIR, "metadata.txt"), encoding="utf-8")
    return cp.get("general", key, fallback="")


#: the HTML tags the help texts use on purpose (any other "<" is text, e.g. "< 90")
HELP_TAGS = re.compile(r"</?(?:b|i|sub|sup)>")


def help_html(text: str) -> str:
    """``text`` for QGIS's HTML help panel: &, < and > escaped except in HELP_TAGS."""
    out, last = [], 0
    for m in HELP_TAGS.finditer(text):
        out.append(html.escape(text[last : m.start()], quote=False))
        out.append(m.group(0))
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


class TerritorialAlgorithm(LayerIO, QgsProcessingAlgorithm):
    """Base class: names, help, icons, the run template, reading, writing and styling helpers.

    Subclasses define ``initAlgorithm`` and ``process(parameters, context, feedback)``
    (returning the results dict), and create their outputs with :meth:`output_sink`,
    :meth:`write_output` or :meth:`output_file`.
    """

    #: Python packages the algorithm needs beyond QGIS, numpy and pandas (checked by the
    #: provider: without them the algorithm is left out, with a log message)
    REQUIRES: Tuple[str, ...] = ()
    #: set by subclasses
    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    # --- identity -------------------------------------------------------------
    def tr(self, string: str, disambiguation=None, n: int = -1) -> str:
        """Translate ``string`` in this class's context (what pylupdate5 records for a
        ``self.tr("…")`` written in the class), else in a base class's context (strings
        written in TerritorialAlgorithm itself). ``n`` ≥ 0 selects a plural form and fills
        ``%n``."""
        n = int(n)
        untranslated = string.replace("%n", str(n)) if n >= 0 else string  # what Qt gives without a catalogue
        for cls in type(self).__mro__:
            text = QCoreApplication.translate(cls.__name__, string, disambiguation, n)
            if text != untranslated or cls is TerritorialAlgorithm:
                return text
        return QCoreApplication.translate("TerritorialAlgorithm", string, disambiguation, n)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.ALG_ID

    def displayName(self):
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return self.tr(self.GROUP)

    def groupId(self):
        return self.GROUP_ID

    def shortHelpString(self):
        """The help panel's text. QGIS shows it as HTML: a comparison sign of the text
        ("< 90 low growth rate") is escaped, the texts' own <b> and <i> tags are kept."""
        return help_html(self.tr(self.HELP))

    def helpUrl(self):  # noqa: N802
        """The algorithm's page, docs/algorithms/<name>.md, in the plugin's repository."""
        return "{}/blob/main/docs/algorithms/{}.md".format(metadata("repository").rstrip("/"), self.name())

    def add(self, param, help_text: str = "", advanced: bool = False):
        """``addParameter`` with the parameter's help (translated plain text: the dialog's
        tooltip and the table of docs/algorithms/<name>.md, written by scripts/build_docs.py)."""
        if help_text:
            param.setHelp(help_text)
        if advanced:
            param.setFlags(param.flags() | param.FlagAdvanced)
        return self.addParameter(param)

    def icon(self):
        return icon()

    def label(self, name: str) -> str:
        """How messages name parameter ``name``: its dialog label, and the key for qgis_process
        users, e.g. «Indicators where higher is better [POSITIVE_FIELDS]»."""
        param = self.parameterDefinition(name)
        if param is None:
            return name
        return self.tr("«{label}» [{name}]").format(label=param.description(), name=name)

    def labelled(self, text: str) -> str:
        """``text`` with every parameter key it names alone (TOTAL_FIELD) named as by
        :meth:`label` («Total field» [TOTAL_FIELD]); keys already in brackets are left."""
        keys = sorted((p.name() for p in self.parameterDefinitions()), key=len, reverse=True)
        if not keys:
            return text
        pattern = r"(?<![\w\[{{])({})(?![\w\]}}])".format("|".join(map(re.escape, keys)))
        return re.sub(pattern, lambda m: self.label(m.group(1)), text)

    def createCustomParametersWidget(self, parent=None):  # noqa: N802
        """QGIS's dialog, with field parameters that never start on the feature id (``ui.field_dialog``)."""
        try:
            from ..ui.field_dialog import algorithm_dialog
        except ImportError:  # no processing GUI (qgis_process)
            return None
        return algorithm_dialog(self, parent)

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, plus: a layer given where polygons are expected is refused with a
        message naming its geometry type (processing.run and qgis_process do not check it)."""
        ok, msg = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, msg
        refusal = self.id_field_refusal(parameters, context) or parameters_.polygon_refusal(self, parameters, context)
        return (False, refusal) if refusal else (True, "")

    def id_field_refusal(self, parameters, context) -> str:
        """Why a numeric field parameter may not take the value given: the feature-id field
        (fid, OBJECTID) is no indicator ('' when none is given)."""
        return parameters_.id_field_refusal(self, parameters, context)

    # --- the run ---------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run :meth:`process`; place its outputs on success, remove them on any failure."""
        self._outputs = PendingOutputs(destination.input_files(self, parameters, context))
        self._run_credits = provenance.run_credits(self, parameters, context)  # carried into the styles
        try:
            refusal = self.id_field_refusal(parameters, context)  # a model runs its steps unchecked
            if refusal:
                raise QgsProcessingException(refusal)
            results = self.process(parameters, context, feedback)
            return self._outputs.commit(results, context, feedback)
        except QgsProcessingException:
            self._outputs.discard(context)
            raise
        except MethodError as e:
            self._outputs.discard(context)
            raise QgsProcessingException(self.labelled(self.core_text(e))) from None
        except ImportError as e:  # an optional package (e.g. matplotlib for a chart) is missing
            self._outputs.discard(context)
            raise QgsProcessingException(parameters_.missing_package(self.displayName(), e)) from None
        except MemoryError:
            self._outputs.discard(context)
            raise QgsProcessingException(parameters_.out_of_memory(self.displayName())) from None
        except Exception as e:  # noqa: BLE001 — last line of defence: no traceback to the user
            QgsMessageLog.logMessage("{} failed:\n{}".format(self.id(), traceback.format_exc()), LOG_TAG, Qgis.Critical)
            self._outputs.discard(context)
            raise QgsProcessingException(parameters_.unexpected(self.displayName(), e, LOG_TAG)) from None

    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's own work (subclasses): parameters → read → core → write → style."""
        raise NotImplementedError

    # --- writing (reading and the other writing helpers: layers.algorithm_io.LayerIO) ---------
    def output_fields(
        self, source_fields: QgsFields, new: Sequence[Tuple[str, str]], feedback
    ) -> Tuple[QgsFields, List[str]]:
        """Input fields followed by the new ones; input fields with a new name are replaced."""
        fields, kept = write.output_fields(source_fields, new)
        new_names = {n.lower() for n, _ in new}
        for fld in source_fields:
            if fld.name().lower() in new_names:
                feedback.pushInfo(
                    self.tr(
                        "Input field '{}' has the name of an output field: it is replaced by the new "
                        "values in the output (the input layer is unchanged)."
                    ).format(fld.name())
                )
        return fields, kept

    def method(self, func, *args, **kwargs):
        """Call a ``core`` function; its MethodError becomes a QgsProcessingException."""
        try:
            return func(*args, **kwargs)
        except MethodError as e:
            raise QgsProcessingException(self.labelled(self.core_text(e))) from None

    @staticmethod
    def core_text(text, **values) -> str:
        """A text of ``core`` (a MethodError, a core.Text, or a QT_TR_NOOP template and its
        values) in the user's language."""
        return Layers.core_text(text, **values)

    # --- styling ---------------------------------------------------------------
    def attach_style(self, dest_id: str, renderer, context, feedback, name: str = ""):
        """Style the output: post-processor for layers loaded on completion, and a default
        style stored with file outputs (GeoPackage layer_styles or a .qml beside the file)."""
        from ..maps.output_style import attach_style

        attach_style(self, dest_id, renderer, context, feedback)
