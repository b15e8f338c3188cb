"""The base of every Territorial Clusters algorithm: identity, the run template, helpers.

A run is one visible template, :meth:`TerritorialAlgorithm.processAlgorithm`: it calls the
subclass's :meth:`process`, then puts the run's outputs in place (``layers.outputs``) — or,
when ``process`` fails or is cancelled, removes what the run wrote privately and turns the
error into a clear ``QgsProcessingException`` (a traceback only in the message log).
The helpers read a source once (``layers.read``), write outputs by field name
(``layers.write``) and attach styles. No method logic lives here.
"""

import functools
import html
import os
import re
import traceback
from configparser import ConfigParser
from typing import Iterable, List, Optional, Sequence, Tuple

import pandas as pd
from qgis.core import (
    Qgis,
    QgsFields,
    QgsMessageLog,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core import MethodError
from ..layers import (
    Layers,
    arrow_read,
    destination,
    field_guess,
    fields,
    provenance,
    read as reading,
    table_files,
    values,
    write,
)
from ..layers.outputs import OutputSink, PendingOutputs
from ..layers.read import LayerData

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


class TerritorialAlgorithm(QgsProcessingAlgorithm):
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
        refusal = self.id_field_refusal(parameters, context)
        if refusal:
            return False, refusal
        for param in self.parameterDefinitions():
            if not isinstance(param, QgsProcessingParameterFeatureSource):
                continue
            if list(param.dataTypes()) != [QgsProcessing.TypeVectorPolygon]:
                continue
            if parameters.get(param.name()) is None:
                continue
            source = self.parameterAsSource(parameters, param.name(), context)
            if source is None:
                continue
            gtype = QgsWkbTypes.geometryType(source.wkbType())
            if gtype != QgsWkbTypes.PolygonGeometry:
                return False, self.tr(
                    "{param_name}: the layer has {geometrydisplaystring} "
                    "geometry, but this algorithm expects a polygon layer of districts/regions. "
                    "Choose the polygon layer (join the statistics to it first if needed)."
                ).format(
                    param_name=self.label(param.name()), geometrydisplaystring=QgsWkbTypes.geometryDisplayString(gtype)
                )
        return True, ""

    def id_field_refusal(self, parameters, context) -> str:
        """Why a numeric field parameter may not take the value given: the feature-id field
        (fid, OBJECTID) is no indicator ('' when none is given)."""
        found = field_guess.id_field_as_indicator(self, parameters, context)
        if found is None:
            return ""
        return self.tr(
            "{label}: '{field}' is the layer's feature id (its primary key), which numbers the "
            "features and says nothing about the districts. Choose the field that holds the values "
            "(after 'Select all', untick '{field}')."
        ).format(label=self.label(found[0]), field=found[1])

    # --- the run ---------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run :meth:`process`; place its outputs on success, remove them on any failure."""
        self._outputs = PendingOutputs(destination.input_files(self, parameters, context))
        self._run_credits = self._input_credits(parameters, context)
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
            raise QgsProcessingException(
                self.tr(
                    "{name} needs the Python package '{package}' for this, which this QGIS does not "
                    "have (on Debian/Ubuntu install python3-{package})."
                ).format(name=self.displayName(), package=(e.name or str(e)).split(".")[0])
            ) from None
        except MemoryError:
            self._outputs.discard(context)
            raise QgsProcessingException(
                self.tr("{}: not enough memory for this input. Run it on fewer features or fields.").format(
                    self.displayName()
                )
            ) from None
        except Exception as e:  # noqa: BLE001 — last line of defence: no traceback to the user
            QgsMessageLog.logMessage("{} failed:\n{}".format(self.id(), traceback.format_exc()), LOG_TAG, Qgis.Critical)
            self._outputs.discard(context)
            raise QgsProcessingException(
                self.tr(
                    "{name} failed unexpectedly ({kind}: {error}). This is a bug in Territorial "
                    "Clusters: please report it with the input that caused it (the details are in the "
                    "'{tag}' tab of the Log Messages panel)."
                ).format(name=self.displayName(), kind=type(e).__name__, error=e, tag=LOG_TAG)
            ) from None

    def _input_credits(self, parameters, context) -> List[str]:
        """The inputs' credits, carried into the outputs' styles (``layers.provenance``);
        never a reason for a run to fail."""
        try:
            return provenance.input_credits(self, parameters, context)
        except Exception:  # noqa: BLE001 — a layer that cannot be opened is refused later, by name
            return []

    def process(self, parameters, context, feedback) -> dict:
        """The algorithm's own work (subclasses): parameters → read → core → write → style."""
        raise NotImplementedError

    # --- reading -------------------------------------------------------------------------
    def required_source(self, parameters, name: str, context):
        """``parameterAsSource``, refusing a source that cannot be opened (QGIS's message)."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def table_source(self, parameters, name: str, context, required: bool = False):
        """A table parameter as a feature source. A CSV/TSV given by path (any encoding and
        separator) is opened with detected types, as the desktop adds it
        (``layers.table_files``), so ``TABLE=data.csv`` works from qgis_process; anything
        else is ``parameterAsSource``. None when not given (refused when ``required``)."""
        value = parameters.get(name)
        if table_files.delimited_path(table_files.static_value(value)) is not None:
            layer = table_files.open_table(value, context, types=True, name=self.label(name))
            parameters = dict(parameters)
            parameters[name] = table_files.with_layer(value, layer)
        if required:
            return self.required_source(parameters, name, context)
        return self.parameterAsSource(parameters, name, context)

    def optional_number(self, parameters, name: str, context, integer: bool = True):
        """An optional number parameter: None when left empty (None, blank text, NULL),
        else ``parameterAsInt`` (``integer``) or ``parameterAsDouble``."""
        raw = parameters.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()) or (isinstance(raw, QVariant) and raw.isNull()):
            return None
        if integer:
            return self.parameterAsInt(parameters, name, context)
        return self.parameterAsDouble(parameters, name, context)

    def read(
        self,
        source,
        feedback,
        geometry: bool = True,
        attributes: Optional[Sequence[str]] = None,
        progress: Tuple[float, float] = (0.0, 30.0),
        location=None,
    ) -> LayerData:
        """Read ``source`` once (see ``layers.read.read``)."""
        return reading.read(source, feedback, geometry, attributes, progress, location)

    def file_layer(self, parameters, name, context):
        """The plain file behind a source parameter (or None): see ``layers.arrow_read``."""
        return arrow_read.file_layer(self, parameters, name, context)

    def check_fields(self, source_fields: QgsFields, names: Iterable[str], what: str, numeric: bool = True):
        """Refuse a missing field, or a non-numeric one when ``numeric`` (``layers.fields``)."""
        fields.check_fields(source_fields, names, what, numeric)

    def numeric_frame(self, data: LayerData, names: Sequence[str], index: Sequence, what: str) -> pd.DataFrame:
        """Numeric columns as float (NULL → NaN); infinite values refused (``layers.fields``)."""
        return fields.numeric_frame(data, names, index, what)

    def id_values(self, data: LayerData, id_field: str) -> List[str]:
        """The district keys as text; NULL or duplicate keys refused (``layers.fields``)."""
        return fields.id_values(data, id_field)

    # --- writing -------------------------------------------------------------------------
    def output_sink(self, parameters, name: str, context, fields: QgsFields, wkb_type, crs) -> Optional[OutputSink]:
        """The sink of output ``name``, private until the run succeeds (``layers.outputs``);
        None when an optional output is not asked for."""
        return self._outputs.sink(self, parameters, name, context, fields, wkb_type, crs)

    def output_file(self, parameters, name: str, context) -> str:
        """A private path for file output ``name`` (PDF, PNG, SVG), '' when not asked for."""
        return self._outputs.file(self, parameters, name, context)

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

    def write_output(
        self,
        parameters,
        name: str,
        context,
        source,
        data: LayerData,
        kinds: Sequence[Tuple[str, str]],
        extra: pd.DataFrame,
        feedback,
        progress: Tuple[float, float] = (60.0, 95.0),
        fields=None,
    ) -> str:
        """Write every feature of ``data`` with its input fields (matched by name) and the
        ``extra`` columns named in ``kinds`` to output ``name``; returns its id.
        ``fields``: the input fields when they are not ``source.fields()``."""
        in_fields = source.fields() if fields is None else fields
        out_fields, kept = self.output_fields(in_fields, kinds, feedback)
        sink = self.output_sink(parameters, name, context, out_fields, source.wkbType(), source.sourceCrs())
        features = write.features_by_name(data.features, data.fields, out_fields, kept, values.python_columns(extra))
        write.write_chunks(sink, features, feedback, progress)
        sink.close()
        return sink.dest_id

    def write_table(
        self,
        parameters,
        name: str,
        context,
        fields: QgsFields,
        rows,
        total: int,
        feedback,
        progress: Tuple[float, float] = (60.0, 95.0),
    ) -> Optional[str]:
        """Write ``total`` rows (an iterable of value sequences in ``fields``' order) as a
        table output; None when the optional output ``name`` is not asked for."""
        from qgis.core import QgsCoordinateReferenceSystem

        sink = self.output_sink(
            parameters, name, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            return None
        write.write_rows(sink, fields, rows, total, feedback, progress)
        sink.close()
        return sink.dest_id

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
        from ..maps.styles import StylePostProcessor, persist_style, set_credits

        if renderer is None or not dest_id:
            return
        set_credits(renderer, getattr(self, "_run_credits", []))
        if not self._outputs.post_process_on_load(dest_id, lambda: StylePostProcessor.create(renderer)):
            if context.willLoadLayerOnCompletion(dest_id):  # written by QGIS's sink directly
                details = context.layerToLoadOnCompletionDetails(dest_id)
                details.setPostProcessor(StylePostProcessor.create(renderer))
        persist_style(dest_id, renderer, context, feedback)
