"""Which field a field parameter starts with (layers.field_guess): never the feature id."""

from qgis.core import QgsFeature, QgsField, QgsProcessingParameterField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from territorial_clusters.layers import field_guess

from .helpers import sample_layer


def layer(fields, rows):
    lyr = QgsVectorLayer("Polygon?crs=EPSG:4326", "t", "memory")
    lyr.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    lyr.updateFields()
    feats = []
    for r in rows:
        f = QgsFeature(lyr.fields())
        f.setAttributes(list(r))
        feats.append(f)
    lyr.dataProvider().addFeatures(feats)
    return lyr


def numeric(name, optional=False):
    return QgsProcessingParameterField(
        name, name, parentLayerParameterName="INPUT", type=QgsProcessingParameterField.Numeric, optional=optional
    )


def key(name="ID_FIELD"):
    return QgsProcessingParameterField(name, name, parentLayerParameterName="INPUT")


INT, D, S = QVariant.Int, QVariant.Double, QVariant.String


def test_feature_ids_are_the_primary_key_and_id_columns():
    assert field_guess.primary_key_names(sample_layer()) == {"fid"}  # a GeoPackage's fid
    arcgis = layer([("OBJECTID", INT), ("NAME", S), ("POP", D)], [(1, "a", 1.0)])
    assert field_guess.primary_key_names(arcgis) == {"OBJECTID"}
    # a text column called fid is a value, not a feature id
    assert field_guess.primary_key_names(layer([("fid", S)], [("x",)])) == set()


def test_numeric_parameters_take_a_field_only_when_its_name_says_so():
    lyr = layer(
        [("OBJECTID", INT), ("name", S), ("Население", D), ("emissions_kt", D), ("area", D)],
        [(1, "a", 10.0, 1.0, 5.0), (2, "b", 20.0, 2.0, 6.0)],
    )
    assert field_guess.guess(numeric("POPULATION_FIELD"), lyr) == "Население"
    assert field_guess.guess(numeric("EMISSIONS_FIELD"), lyr) == "emissions_kt"  # first word
    assert field_guess.guess(numeric("ARRIVALS_FIELD"), lyr) is None  # nothing says arrivals
    two = layer([("population_2015", D), ("population_2020", D)], [(1.0, 2.0)])
    assert field_guess.guess(numeric("POPULATION_FIELD"), two) is None  # which one? the user says
    exact = layer([("population_2015", D), ("population", D)], [(1.0, 2.0)])
    assert field_guess.guess(numeric("POPULATION_FIELD"), exact) == "population"
    text = layer([("population", S)], [("12",)])
    assert field_guess.guess(numeric("POPULATION_FIELD"), text) is None  # not a number field


def test_key_parameters_take_a_unique_text_field_named_like_a_district():
    lyr = layer(
        [("OBJECTID", INT), ("code", S), ("district", S), ("oblast", S), ("pop", D)],
        [(1, "01", "Alga", "Aktobe", 1.0), (2, "02", "Uil", "Aktobe", 2.0), (3, "03", "Irgiz", "Aktobe", 3.0)],
    )
    # 'oblast' is a preferred name but repeats; 'district' is unique
    assert field_guess.guess(key(), lyr) == "district"
    dup = layer([("name", S), ("code", S)], [("a", "1"), ("a", "2")])
    assert field_guess.guess(key(), dup) == "code"  # the unique text field
    nulls = layer([("name", S)], [("a",), (None,)])
    assert field_guess.guess(key(), nulls) is None
    assert field_guess.guess(key(), sample_layer()) == "district"
    # a long table's key repeats (a row per district and industry): the district-named field
    assert field_guess.guess(key("TABLE_ID_FIELD"), sample_layer("lq_paper004_table3")) == "district"
    assert field_guess.guess(key(), sample_layer("lq_paper004_table3")) is None  # not unique there


def test_unknown_parameters_are_left_to_the_user():
    assert field_guess.guess(numeric("WEIGHT_FIELD"), sample_layer()) is None
