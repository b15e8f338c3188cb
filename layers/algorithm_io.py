"""The reading and writing helpers of every algorithm: ``LayerIO``, a mixin of
``algorithms.base.TerritorialAlgorithm`` (``self`` is the QgsProcessingAlgorithm). Sources are
read once (``layers.read``), fields checked and converted (``layers.fields``), outputs created
private until the run succeeds (``layers.outputs``) and written by field name (``layers.write``).
The run's PendingOutputs (``self._outputs``) is set by ``TerritorialAlgorithm.processAlgorithm``."""

from typing import Iterable, List, Optional, Sequence

import pandas as pd
from qgis.core import QgsCoordinateReferenceSystem, QgsFields, QgsProcessingException, QgsWkbTypes

from . import arrow_read, fields, parameters as parameters_, read as reading, values, write
from .outputs import OutputSink
from .read import LayerData


class LayerIO:
    """Reading (sources, tables by path, optional numbers, fields) and writing (sinks, files,
    layers and tables) for TerritorialAlgorithm; ``output_fields`` (whose log line is
    TerritorialAlgorithm's text) is the algorithm's own."""

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
        return parameters_.table_source(self, parameters, name, context, required)

    def optional_number(self, parameters, name: str, context, integer: bool = True):
        """An optional number parameter: None when left empty (None, blank text, NULL),
        else ``parameterAsInt`` (``integer``) or ``parameterAsDouble``."""
        return parameters_.optional_number(self, parameters, name, context, integer)

    def read(
        self,
        source,
        feedback,
        geometry=True,
        attributes: Optional[Sequence[str]] = None,
        progress=(0.0, 30.0),
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

    def write_output(
        self,
        parameters,
        name: str,
        context,
        source,
        data: LayerData,
        kinds,
        extra: pd.DataFrame,
        feedback,
        progress=(60.0, 95.0),
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
        self, parameters, name: str, context, fields: QgsFields, rows, total: int, feedback, progress=(60.0, 95.0)
    ) -> Optional[str]:
        """Write ``total`` rows (an iterable of value sequences in ``fields``' order) as a
        table output; None when the optional output ``name`` is not asked for."""
        sink = self.output_sink(
            parameters, name, context, fields, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
        )
        if sink is None:
            return None
        write.write_rows(sink, fields, rows, total, feedback, progress)
        sink.close()
        return sink.dest_id
