"""Plugin object: registers the Processing provider and, in the desktop, the menu; installs
the plugin's translation for QGIS's interface language."""

import os

from qgis.core import QgsApplication

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
I18N_DIR = os.path.join(PLUGIN_DIR, "i18n")

#: The plugin's QTranslators while they are installed (kept referenced here: a translator
#: that Python collects stops translating).
_translators: list = []
_language = ""  # the language of the installed catalogue ('' = English, none installed)

#: A language whose catalogue is partial falls back to another before English: Kazakh to
#: Russian (Kazakhstan's statistics and most of its geographers work in both; a Russian
#: help text serves a Kazakh user better than an English one).
FALLBACK = {"kk": "ru"}


def interface_language() -> str:
    """The two-letter code of QGIS's interface language: ``locale/userLocale``, which QGIS
    sets at start-up to the language chosen in Options (with "Override system locale") or
    to the system's; the system locale when it is not set (e.g. qgis_process on a machine
    where the desktop never ran). ``locale/globalLocale`` is the locale of number and date
    formats, not the interface language."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    value = QgsSettings().value("locale/userLocale", "") or QLocale().name()
    return str(value)[:2].lower()


def translation_file(language: str = "") -> str:
    """The compiled catalogue ``i18n/territorial_clusters_<language>.qm`` for ``language``
    (default: the interface language); '' for English or a language without one."""
    language = (language or interface_language())[:2].lower()
    if not language or language == "en":
        return ""
    path = os.path.join(I18N_DIR, "territorial_clusters_{}.qm".format(language))
    return path if os.path.isfile(path) else ""


def install_translator(language: str = "", fallback: bool = True) -> bool:
    """Install the plugin's translation for ``language`` (default: the interface language),
    replacing one installed before, over its fallback (:data:`FALLBACK`, unless ``fallback`` is False); English (the
    source texts) when there is none."""
    global _language
    remove_translator()
    language = (language or interface_language())[:2].lower()
    chain = (FALLBACK.get(language) if fallback else None, language)
    paths = [translation_file(lang) for lang in chain if lang]
    if not paths[-1]:
        return False
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    for path in filter(None, paths):  # the fallback first: Qt asks the last installed first
        translator = QTranslator()
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
    _language = language if _translators else ""
    return bool(_translators)


def installed_language() -> str:
    """The language of the plugin's installed catalogue ('' when it speaks English)."""
    return _language


def remove_translator():
    """Uninstall the plugin's translations (back to English)."""
    global _language
    from qgis.PyQt.QtCore import QCoreApplication

    _language = ""
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())


class TerritorialClustersPlugin:
    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        self.menu = None

    def initProcessing(self):  # noqa: N802
        """Register the provider; works with iface None (qgis_process)."""
        if self.provider is not None:
            return
        from .algorithms.provider import TerritorialClustersProvider

        self.provider = TerritorialClustersProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is not None:
            from .ui.menu import PluginMenu

            self.menu = PluginMenu(self.iface)
            self.menu.build()

    def unload(self):
        if self.menu is not None:
            self.menu.remove()
            self.menu = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
