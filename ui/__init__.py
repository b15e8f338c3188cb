"""Desktop side of the plugin: the menu (:mod:`.menu`)."""

from qgis.PyQt.QtCore import QCoreApplication


class Menu:
    """The translation context "Menu" of the strings written in ui/ (what pylupdate5 records
    for ``Menu.tr("…")``; a bare ``tr("…")`` in a module would land in "@default")."""

    @staticmethod
    def tr(text: str, disambiguation=None, n: int = -1) -> str:
        """``text`` translated in context "Menu"; ``n`` ≥ 0 selects a plural form and fills ``%n``."""
        return QCoreApplication.translate("Menu", text, disambiguation, int(n))
