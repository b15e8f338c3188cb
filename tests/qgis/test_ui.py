"""Desktop side without a desktop: the menu's sections and the sample loader's groups."""

from territorial_clusters.ui import menu


def test_menu_sections_follow_a_study(provider):
    sections = menu.menu_sections(provider.algorithms())
    titles = [t for t, _ in sections]
    assert titles[:8] == [
        "1 Statistics in",
        "2 Indicators",
        "3 Typology",
        "4 Specialization",
        "5 Spatial structure",
        "6 Grouping regions (Ward)",
        "7 Potential clusters",
        "8 Report maps",
    ]
    assert titles[-1] == "Models"
    names = [a.displayName() for _, algs in sections for a in algs]
    assert (
        names.index("Join statistics table by district name")
        < names.index("Rank-score typology")
        < names.index("Localization coefficient")
        < names.index("Export report map")
    )
    assert len(names) == len(provider.algorithms())


def test_sample_groups(qgis_app):
    groups = menu.sample_groups()
    assert [t for t, _ in groups][0] == "Sample: Aktobe oblast (paper 004)"
    aktobe = {lyr.name(): lyr for lyr in groups[0][1]}
    assert set(aktobe) == {"districts", "oblast_reference", "lq_paper004_table3"}
    assert aktobe["districts"].featureCount() == 13
    assert all(lyr.isValid() for _, layers in groups for lyr in layers)
