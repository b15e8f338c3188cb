<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/classify.py" line="22"/>
        <source>Class break &apos;{part}&apos; is not a number. Write the lower bounds of the classes from best to worst separated by &apos;;&apos;, e.g. &apos;0;-2.5&apos;.</source>
        <translation>Граница класса «{part}» не является числом. Укажите нижние границы классов от лучшего к худшему через «;», например «0;-2.5».</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="30"/>
        <source>Class breaks {out} must decrease from the best class to the worst, e.g. &apos;0;-2.5&apos;.</source>
        <translation>Границы классов {out} должны убывать от лучшего класса к худшему, например «0;-2.5».</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="76"/>
        <source>Favourable</source>
        <translation>Благоприятные</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="74"/>
        <source>Less favourable</source>
        <translation>Менее благоприятные</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="76"/>
        <source>Unfavourable</source>
        <translation>Неблагоприятные</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="122"/>
        <source>Class {number}</source>
        <translation>Класс {number}</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="89"/>
        <source>{n} class labels given for {n_classes} classes: give one label more than there are class breaks, best class first.</source>
        <translation>Задано подписей классов: {n}, а классов: {n_classes}. Подписей должно быть на одну больше, чем границ классов; первой указывается подпись лучшего класса.</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="98"/>
        <source>Class labels must be distinct: {labels}.</source>
        <translation>Подписи классов не должны повторяться: {labels}.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="83"/>
        <source>Unknown standardization {method!r}; use one of {STANDARDIZATIONS}.</source>
        <translation>Неизвестный способ стандартизации {method!r}; допустимые значения: {STANDARDIZATIONS}.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="91"/>
        <source>z-scores need at least 2 regions.</source>
        <translation>Для z-оценок нужно не менее 2 регионов.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="102"/>
        <source>Robust standardization is impossible for {zero}: more than half of the regions share one value, so the median absolute deviation is 0. Use z-scores or min–max (STANDARDIZE 0 or 1), or leave that indicator out.</source>
        <translation>Робастная стандартизация невозможна для {zero}: более чем у половины регионов одно и то же значение, поэтому медианное абсолютное отклонение равно 0. Используйте z-оценки или min–max (STANDARDIZE 0 или 1) либо исключите этот показатель.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="115"/>
        <source>Indicator(s) {bad} are constant: they cannot be standardized; leave them out.</source>
        <translation>Показатели {bad} имеют постоянное значение: стандартизировать их нельзя — исключите их.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="139"/>
        <source>No indicator fields: choose at least one in FIELDS.</source>
        <translation>Не выбраны поля показателей: укажите хотя бы одно в FIELDS.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="141"/>
        <source>No regions: the layer has no features to cluster.</source>
        <translation>Нет регионов: в слое нет объектов для кластеризации.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="146"/>
        <source>Indicator(s) {empty} are NULL for every region: leave them out of FIELDS.</source>
        <translation>Показатели {empty} равны NULL во всех регионах: исключите их из FIELDS.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="184"/>
        <source>Only {n} region(s) have values to cluster ({n2} excluded for missing values); Ward clustering needs at least 2: {hint}</source>
        <translation>Регионов со значениями для кластеризации всего {n} (ещё {n2} исключено из-за пропущенных значений); для кластеризации Уорда нужно не менее 2: {hint}</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="196"/>
        <source>Every indicator is constant over the regions clustered ({dropped}): there is nothing to tell the regions apart. Choose indicators that vary.</source>
        <translation>Все показатели постоянны по кластеризуемым регионам ({dropped}): регионы нечем различить. Выберите показатели, значения которых различаются.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="83"/>
        <source>Give either the number of clusters [N_CLUSTERS] or the cut height [HEIGHT], not both.</source>
        <translation>Укажите либо число кластеров [N_CLUSTERS], либо высоту среза [HEIGHT], но не то и другое одновременно.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="86"/>
        <source>Give the number of clusters [N_CLUSTERS] or the cut height [HEIGHT]: neither is set.</source>
        <translation>Укажите число кластеров [N_CLUSTERS] или высоту среза [HEIGHT]: не задано ни то, ни другое.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="93"/>
        <source>Ward clustering needs at least 2 regions; {n} can be clustered.</source>
        <translation>Для кластеризации Уорда нужно не менее 2 регионов; кластеризовать можно регионов: {n}.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="95"/>
        <source>No indicators to cluster on.</source>
        <translation>Нет показателей для кластеризации.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="100"/>
        <source>The matrix to cluster has missing or infinite values; exclude or impute them first.</source>
        <translation>В матрице для кластеризации есть пропущенные или бесконечные значения; сначала исключите или заполните их.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="105"/>
        <source>The number of clusters must be a whole number ≥ 1, not {k}.</source>
        <translation>Число кластеров должно быть целым числом ≥ 1, а не {k}.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="108"/>
        <source>{k} clusters asked for, but only {n} regions can be clustered (regions lacking values are excluded): choose N_CLUSTERS ≤ {n}.</source>
        <translation>Запрошено кластеров: {k}, но кластеризовать можно только регионов: {n} (регионы без значений исключаются). Выберите N_CLUSTERS ≤ {n}.</translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="117"/>
        <source>The cut height must be 0 or more, not {height}.</source>
        <translation>Высота среза должна быть не меньше 0, а не {height}.</translation>
    </message>
    <message>
        <location filename="../core/dendrogram.py" line="48"/>
        <source>The dendrogram file must end in .svg, .png or .pdf, not &apos;{path}&apos;.</source>
        <translation>Файл дендрограммы должен иметь расширение .svg, .png или .pdf; указан «{path}».</translation>
    </message>
    <message>
        <location filename="../core/dendrogram.py" line="76"/>
        <source>{n} colours for {k} clusters.</source>
        <translation>Задано цветов: {n}, а кластеров: {k}.</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>High growth rate</source>
        <translation>Высокий темп роста</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>Above-average growth rate</source>
        <translation>Темп роста выше среднего</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>Below-average growth rate</source>
        <translation>Темп роста ниже среднего</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>Low growth rate</source>
        <translation>Низкий темп роста</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="149"/>
        <source>start</source>
        <translation>начало периода</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="152"/>
        <source>end</source>
        <translation>конец периода</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="48"/>
        <source>The span in years must be a positive number (got {years}); e.g. 14 for 1997–2011.</source>
        <translation>Продолжительность периода в годах должна быть положительным числом (получено {years}); например, 14 для 1997–2011 гг.</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="67"/>
        <source>No district has both a start and an end value: the region&apos;s growth index cannot be formed. Check the START/END (or SERIES) fields.</source>
        <translation>Ни у одного района нет одновременно начального и конечного значения: индекс роста региона рассчитать невозможно. Проверьте поля START/END (или SERIES).</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="75"/>
        <source>The start values of all districts sum to 0: the region&apos;s growth index (total end / total start) is undefined, so growth cannot be typed relative to it.</source>
        <translation>Сумма начальных значений всех районов равна 0: индекс роста региона (итог на конец периода / итог на начало) не определён, поэтому построить типологию роста относительно него нельзя.</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="87"/>
        <source>The regional growth index must be a positive number (got {regional}).</source>
        <translation>Индекс роста региона должен быть положительным числом (получено {regional}).</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="90"/>
        <source>growth index</source>
        <translation>индекс роста</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="99"/>
        <source>A series needs at least two fields in time order (first = start, last = end).</source>
        <translation>Для ряда нужно не менее двух полей в хронологическом порядке (первое — начало периода, последнее — конец).</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="117"/>
        <source>Class breaks {breaks} must decrease from the best class to the worst, e.g. &apos;110;100;90&apos;.</source>
        <translation>Границы классов {breaks} должны убывать от лучшего класса к худшему, например «110;100;90».</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="153"/>
        <source>a growth index needs absolute, non-negative quantities (population, output, number of enterprises…); signed quantities such as a balance or net migration have no meaningful growth index.</source>
        <translation>индекс роста рассчитывается только для абсолютных неотрицательных величин (численность населения, объём производства, число предприятий…); для величин, которые могут быть отрицательными, например сальдо или чистой миграции, индекс роста не имеет смысла.</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="160"/>
        <source>start value</source>
        <translation>начальное значение</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="161"/>
        <source>end value</source>
        <translation>конечное значение</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="164"/>
        <source>The end values of all districts sum to 0: the region&apos;s growth index is 0, so growth cannot be expressed relative to it.</source>
        <translation>Сумма конечных значений всех районов равна 0: индекс роста региона равен 0, поэтому выразить рост относительно него нельзя.</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="187"/>
        <source>no start value (NULL)</source>
        <translation>нет начального значения (NULL)</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="189"/>
        <source>no end value (NULL)</source>
        <translation>нет конечного значения (NULL)</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="191"/>
        <source>start value is 0 (end {end:g}): growth from nothing has no index</source>
        <translation>начальное значение равно 0 (конечное — {end:g}): для роста с нуля индекс не определён</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="35"/>
        <source>row {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="38"/>
        <source>{n} names given for {n2} districts.</source>
        <translation>Задано названий: {n}, а районов: {n2}.</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="50"/>
        <source>The {what} values must be numbers (or NULL).</source>
        <translation>Значения показателя «{what}» должны быть числами (или NULL).</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="52"/>
        <source>{shape} {what} values given for {n} districts.</source>
        <translation>Показатель «{what}»: задано значений — {shape}, а районов — {n}.</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="56"/>
        <source>The {what} values must be finite numbers; an infinite value was given.</source>
        <translation>Значения показателя «{what}» должны быть конечными числами; получено бесконечное значение.</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="67"/>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="68"/>
        <source>Negative {what} for {listed}{more}: {hint}</source>
        <translation>Отрицательные значения показателя «{what}» — {listed}{more}: {hint}</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="83"/>
        <source>{reasons} → NULL {fields}.</source>
        <translation>{reasons} → NULL в полях {fields}.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="54"/>
        <source>Unknown emission density formula {formula!r}; use one of {EMISSION_FORMULAS}.</source>
        <translation>Неизвестная формула плотности выбросов {formula!r}; допустимые значения: {EMISSION_FORMULAS}.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="59"/>
        <source>emission</source>
        <translation>выбросы</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="64"/>
        <source>population</source>
        <translation>численность населения</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="70"/>
        <source>area</source>
        <translation>площадь</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="64"/>
        <source>a population cannot be below 0. Check the POPULATION_FIELD values.</source>
        <translation>численность населения не может быть отрицательной. Проверьте значения POPULATION_FIELD.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="70"/>
        <source>an area cannot be below 0. Check the AREA_FIELD values (km²).</source>
        <translation>площадь не может быть отрицательной. Проверьте значения AREA_FIELD (км²).</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="76"/>
        <source>emissions</source>
        <translation>выбросы</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="76"/>
        <source>emissions cannot be below 0. Check the EMISSIONS_FIELD values.</source>
        <translation>выбросы не могут быть отрицательными. Проверьте значения EMISSIONS_FIELD.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="96"/>
        <source>no emissions value (NULL)</source>
        <translation>нет значения выбросов (NULL)</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="98"/>
        <source>no population value (NULL)</source>
        <translation>нет значения численности населения (NULL)</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="100"/>
        <source>population is 0</source>
        <translation>численность населения равна 0</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="102"/>
        <source>no area</source>
        <translation>площадь не указана</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="104"/>
        <source>area is 0</source>
        <translation>площадь равна 0</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="131"/>
        <source>Unknown migration effectiveness formula {formula!r}; use one of {MIGRATION_FORMULAS}.</source>
        <translation>Неизвестная формула эффективности миграции {formula!r}; допустимые значения: {MIGRATION_FORMULAS}.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="140"/>
        <source>arrivals</source>
        <translation>число прибывших</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="151"/>
        <source>departures</source>
        <translation>число выбывших</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="140"/>
        <source>arrivals are a count of people and cannot be below 0. If the field holds net migration, choose the arrivals and departures fields instead.</source>
        <translation>число прибывших — это количество людей, оно не может быть отрицательным. Если в поле записано сальдо миграции, выберите вместо него поля прибывших и выбывших.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="151"/>
        <source>departures are a count of people and cannot be below 0. Check the DEPARTURES_FIELD values (departures are counted as positive numbers).</source>
        <translation>число выбывших — это количество людей, оно не может быть отрицательным. Проверьте значения DEPARTURES_FIELD (выбывшие учитываются положительными числами).</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="172"/>
        <source>no arrivals value (NULL)</source>
        <translation>нет значения числа прибывших (NULL)</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="174"/>
        <source>no departures value (NULL)</source>
        <translation>нет значения числа выбывших (NULL)</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="177"/>
        <source>no migration at all (arrivals + departures = 0)</source>
        <translation>миграции нет совсем (прибывшие + выбывшие = 0)</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="179"/>
        <source>no arrivals (0): (I − O) / I is undefined</source>
        <translation>нет прибывших (0): (I − O) / I не определено</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="197"/>
        <source>distance to capital A</source>
        <translation>расстояние до столицы A</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="200"/>
        <source>distance to capital B</source>
        <translation>расстояние до столицы B</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="202"/>
        <source>The two capitals are at the same place (distance 0): accessibility (dA + dB) / dAB is undefined. Give two distinct capitals.</source>
        <translation>Обе столицы находятся в одной точке (расстояние 0): доступность (dA + dB) / dAB не определена. Укажите две разные столицы.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="209"/>
        <source>distance</source>
        <translation>расстояние</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="209"/>
        <source>distances cannot be below 0.</source>
        <translation>расстояния не могут быть отрицательными.</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="212"/>
        <source>no regional centre</source>
        <translation>нет регионального центра</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="21"/>
        <source>Infinite value for district &apos;{districts}&apos;, industry &apos;{industries}&apos;{period}. Replace it with a number or NULL.</source>
        <translation>Бесконечное значение: район «{districts}», отрасль «{industries}»{period}. Замените его числом или NULL.</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="33"/>
        <source>Negative value {x:g} for district '{districts}', industry '{industries}'{period} ({n_negative} negative value(s) in all). Location quotients need counts or volumes ≥ 0: correct it or set it to NULL (unknown).</source>
        <translation>Отрицательное значение {x:g}: район «{districts}», отрасль «{industries}»{period} (всего отрицательных значений: {n_negative}). Для коэффициентов локализации нужны численности или объёмы ≥ 0: исправьте значение или замените его на NULL (неизвестно).</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="53"/>
        <source>Negative district total {xj:g} for district '{districts}'{period}: totals must be ≥ 0.</source>
        <translation>Отрицательный итог района «{districts}»{period}: {xj:g}. Итоги должны быть ≥ 0.</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="60"/>
        <source>Infinite district total for &apos;{districts}&apos;.</source>
        <translation>Бесконечный итог района «{districts}».</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="65"/>
        <source>{district} (total {total:g} &lt; sum {sum:g})</source>
        <translation>{district} (итог {total:g} &lt; сумма {sum:g})</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="77"/>
        <source>The district total is smaller than the sum of its industries for {n} district(s){period}: {ex}. Check TOTAL_FIELD (it must include every listed industry) or leave it empty to use the sum.</source>
        <translation>Итог района меньше суммы значений по его отраслям{period}; таких районов: {n} — {ex}. Проверьте TOTAL_FIELD (итог должен включать все перечисленные отрасли) или оставьте это поле пустым, чтобы использовалась сумма.</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="90"/>
        <source>the district total is NULL for {n} district(s): {names} — their quotients are NULL and they are left out of the region's totals{period}</source>
        <translation>районов с итогом, равным NULL: {n} — {names}; их коэффициенты равны NULL, а сами районы не входят в итоги региона{period}</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="111"/>
        <source>the district total is 0 for {n} district(s): {names} — their quotients are NULL (undefined, not 0){period}</source>
        <translation>районов с итогом, равным 0: {n} — {names}; их коэффициенты равны NULL (не определены, а не равны 0){period}</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="124"/>
        <source>no value (NULL, or no row in the table) for {n} district(s): {names} — their quotients are NULL{period}</source>
        <translation>районов без значения (NULL или нет строки в таблице): {n} — {names}; их коэффициенты равны NULL{period}</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="139"/>
        <source>industries absent from the reference (total 0): {names} — quotients NULL for every district{period}</source>
        <translation>отрасли, отсутствующие в эталоне (итог 0): {names} — коэффициенты равны NULL во всех районах{period}</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="143"/>
        <source>industries absent from the region (total 0): {names} — quotients NULL for every district{period}</source>
        <translation>отрасли, отсутствующие в регионе (итог 0): {names} — коэффициенты равны NULL во всех районах{period}</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="149"/>
        <source>{n} value(s) are NULL (e.g. district '{district}', industry '{industry}') — unknown, not 0: their quotients are NULL and the totals are sums of the known values{period}</source>
        <translation>значений, равных NULL: {n} (например, район «{district}», отрасль «{industry}») — они неизвестны, а не равны 0: их коэффициенты равны NULL, а итоги считаются как суммы известных значений{period}</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="80"/>
        <source>No industries were given.</source>
        <translation>Не указаны отрасли.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="82"/>
        <source>There are no districts.</source>
        <translation>Нет районов.</translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="113"/>
        <source>The reference has no total for industry {miss}{period}.</source>
        <translation>В эталоне нет итога по отрасли {miss}{period}.</translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="122"/>
        <source>the districts&apos; own sum exceeds the reference total for the industries {names}{period}: is the reference really wider than the layer (same units, same year)?</source>
        <translation>собственная сумма районов превышает итог эталона по отраслям {names}{period}: действительно ли эталон шире слоя (те же единицы измерения, тот же год)?</translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="151"/>
        <source>The reference total ({X:g}) is smaller than the sum of its industry totals ({industry_sum:g}){period}.</source>
        <translation>Общий итог эталона ({X:g}) меньше суммы его отраслевых итогов ({industry_sum:g}){period}.</translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="22"/>
        <source>TREND_TOLERANCE must be a number ≥ 0 (got {tolerance}).</source>
        <translation>Значение TREND_TOLERANCE должно быть числом ≥ 0 (получено {tolerance}).</translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="59"/>
        <source>{name} must be between 0 and 100 (got {p}).</source>
        <translation>Значение {name} должно быть от 0 до 100 (получено {p}).</translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="154"/>
        <source>THRESHOLD must be a number &gt; 0 (got {threshold}).</source>
        <translation>Значение THRESHOLD должно быть числом &gt; 0 (получено {threshold}).</translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="156"/>
        <source>Two periods with a reference need the reference&apos;s base-period totals too.</source>
        <translation>Для двух периодов с эталоном нужны также итоги эталона за базовый период.</translation>
    </message>
    <message>
        <location filename="../core/lq_fields.py" line="46"/>
        <source>Style break &apos;{part}&apos; is not a number; write e.g. 0.5;0.8;1.25;2.</source>
        <translation>Граница шкалы оформления «{part}» не является числом; укажите, например, 0.5;0.8;1.25;2.</translation>
    </message>
    <message>
        <location filename="../core/lq_fields.py" line="50"/>
        <source>Style breaks {out} must be positive and increasing, e.g. 0.5;0.8;1.25;2.</source>
        <translation>Границы шкалы оформления {out} должны быть положительными и возрастать, например 0.5;0.8;1.25;2.</translation>
    </message>
    <message>
        <location filename="../core/matching.py" line="201"/>
        <source>Unknown matching stage(s) {stages}: use {known}.</source>
        <translation>Неизвестные этапы сопоставления {stages}: допустимые значения: {known}.</translation>
    </message>
    <message>
        <location filename="../core/matching.py" line="215"/>
        <source>fuzzy matching skipped: {n_districts} districts × {n_rows} rows left</source>
        <translation>нечёткое сопоставление пропущено: осталось слишком много пар (районов: {n_districts} × строк: {n_rows})</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="48"/>
        <source>{what}: the key, industry and value columns differ in length.</source>
        <translation>{what}: столбцы ключа, отрасли и значения имеют разную длину.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="52"/>
        <source>Duplicate district keys in the layer: {dups}.</source>
        <translation>Повторяющиеся ключи районов в слое: {dups}.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="58"/>
        <source>{what}: industries {bad} are not among the industries analysed.</source>
        <translation>{what}: отрасли {bad} не входят в число анализируемых.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="73"/>
        <source>{what}: {n} (district, industry) pair(s) have more than one row, e.g. {examples}. Each pair must appear once; rows are never summed. If the table holds several years, set TABLE_YEAR_FIELD (with BASE_YEAR / END_YEAR); if the rows are parts of one value, aggregate them first (e.g. Processing &apos;Aggregate&apos;).</source>
        <translation>{what}: пар (район, отрасль), встречающихся более чем в одной строке: {n}, например {examples}. Каждая пара должна встречаться один раз; строки никогда не суммируются. Если в таблице данные за несколько лет, задайте TABLE_YEAR_FIELD (вместе с BASE_YEAR / END_YEAR); если строки — части одного значения, сначала агрегируйте их (например, инструментом Processing «Агрегировать» / «Aggregate»).</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="88"/>
        <source>{what}: negative value {vals:g} for district '{key_arr}', industry '{ind_arr}' ({n_negative} negative value(s) in all). Location quotients need counts or volumes ≥ 0: correct the value or set it to NULL (unknown).</source>
        <translation>{what}: отрицательное значение {vals:g} — район «{key_arr}», отрасль «{ind_arr}» (всего отрицательных значений: {n_negative}). Для коэффициентов локализации нужны численности или объёмы ≥ 0: исправьте значение или замените его на NULL (неизвестно).</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="102"/>
        <source>{what}: infinite value for district &apos;{key_arr}&apos;, industry &apos;{ind_arr}&apos;. Replace it with a number or NULL.</source>
        <translation>{what}: бесконечное значение — район «{key_arr}», отрасль «{ind_arr}». Замените его числом или NULL.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="142"/>
        <source>{what}: a row has no industry; fill it or delete the row.</source>
        <translation>{what}: в строке не указана отрасль; заполните её или удалите строку.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="146"/>
        <source>{what}: industries {dups} appear more than once; give one total per industry (per year).</source>
        <translation>{what}: отрасли {dups} встречаются более одного раза; укажите по одному итогу на отрасль (за каждый год).</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="154"/>
        <source>{what} has no total for industry {missing}: add it, or leave the industry out of the analysis.</source>
        <translation>{what}: нет итога по отрасли {missing}; добавьте его или исключите отрасль из анализа.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="162"/>
        <source>{what} has no total for the industries {missing}: add them, or leave them out of the analysis.</source>
        <translation>{what}: нет итогов по отраслям {missing}; добавьте их или исключите эти отрасли из анализа.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="172"/>
        <source>{what}: the total of industry {null} is NULL; fill it in.</source>
        <translation>{what}: итог по отрасли {null} равен NULL; заполните его.</translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="177"/>
        <source>{what}: negative total for industry {neg}; totals must be ≥ 0.</source>
        <translation>{what}: отрицательный итог по отрасли {neg}; итоги должны быть ≥ 0.</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="25"/>
        <source>No favourable classes given: list the class indices treated as favourable, e.g. &apos;0;1&apos; for the two best classes of the typology.</source>
        <translation>Не заданы благоприятные классы: перечислите номера классов, которые считаются благоприятными, например «0;1» для двух лучших классов типологии.</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="39"/>
        <source>Favourable class &apos;{part}&apos; is not a class index. Give the class_index values of the typology (0 = best class), separated by &apos;;&apos;, e.g. &apos;0;1&apos;.</source>
        <translation>Благоприятный класс «{part}» не является номером класса. Укажите значения class_index типологии (0 — лучший класс) через «;», например «0;1».</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="47"/>
        <source>Favourable class '{part}' is not a class index (0, 1, 2, …; 0 = best class).</source>
        <translation>Благоприятный класс «{part}» не является номером класса (0, 1, 2, …; 0 — лучший класс).</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="82"/>
        <source>THRESHOLD must be a number ≥ 0 (1.0 = specialization); got {threshold}.</source>
        <translation>Значение THRESHOLD должно быть числом ≥ 0 (1.0 — порог специализации); получено {threshold}.</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="87"/>
        <source>No favourable classes given (e.g. &apos;0;1&apos;).</source>
        <translation>Не заданы благоприятные классы (например, «0;1»).</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="92"/>
        <source>No district is in the favourable classes {favourable} (classes present: {present}). Check FAVOURABLE_CLASSES against the typology&apos;s class_index (0 = best class).</source>
        <translation>Ни один район не относится к благоприятным классам {favourable} (имеющиеся классы: {present}). Сверьте FAVOURABLE_CLASSES со значениями class_index типологии (0 — лучший класс).</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="104"/>
        <source>The LQ table needs a column &apos;{col}&apos;.</source>
        <translation>В таблице LQ должен быть столбец «{col}».</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="111"/>
        <source>The LQ table has rows without an industry name (districts {where}): fill the industry field or remove those rows.</source>
        <translation>В таблице LQ есть строки без названия отрасли (районы {where}): заполните поле отрасли или удалите эти строки.</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="122"/>
        <source>The LQ table holds infinite quotients for {pairs}. An undefined quotient must be NULL, not infinite.</source>
        <translation>В таблице LQ есть бесконечные коэффициенты: {pairs}. Неопределённый коэффициент должен быть равен NULL, а не бесконечности.</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="131"/>
        <source>Localization coefficients cannot be negative: {pairs}. Check the LQ field.</source>
        <translation>Коэффициенты локализации не могут быть отрицательными: {pairs}. Проверьте поле LQ.</translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="142"/>
        <source>The LQ table has more than one row for {pairs}. Give one quotient per district and industry (for two periods, use the end year&apos;s lq column, or filter the table to one year).</source>
        <translation>В таблице LQ больше одной строки для {pairs}. Укажите один коэффициент на каждую пару «район — отрасль» (для двух периодов используйте столбец lq конечного года или отфильтруйте таблицу по одному году).</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="41"/>
        <source>Unknown tie method {ties!r}; use one of {TIE_METHODS}.</source>
        <translation>Неизвестный способ учёта связанных рангов {ties!r}; допустимые значения: {TIE_METHODS}.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="71"/>
        <source>A weighted-mean reference needs a weight field (WEIGHT_FIELD).</source>
        <translation>Для эталона в виде средневзвешенного значения нужно поле весов (WEIGHT_FIELD).</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="75"/>
        <source>Negative weights for {bad}: weights must be zero or positive.</source>
        <translation>Отрицательные веса: {bad}. Веса должны быть нулевыми или положительными.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="81"/>
        <source>Indicator &apos;{col}&apos;: the weights of the districts that have it sum to 0; cannot form a weighted mean. Choose another reference or weight field.</source>
        <translation>Показатель «{col}»: сумма весов районов, у которых он задан, равна 0, поэтому средневзвешенное значение рассчитать нельзя. Выберите другой эталон или другое поле весов.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="92"/>
        <source>A table reference needs the reference table (REFERENCE_TABLE).</source>
        <translation>Для эталона из таблицы нужна эталонная таблица (REFERENCE_TABLE).</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="97"/>
        <source>The reference table has no value for indicator &apos;{col}&apos;: add a field &apos;{col}&apos; with the region&apos;s value to its first row.</source>
        <translation>В эталонной таблице нет значения показателя «{col}»: добавьте поле «{col}» и запишите в первую строку значение по региону.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="107"/>
        <source>Unknown reference mode {mode!r}; use one of {REFERENCE_MODES}.</source>
        <translation>Неизвестный способ задания эталона {mode!r}; допустимые значения: {REFERENCE_MODES}.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="114"/>
        <source>No reference value could be formed for {empty}: no district has a value.</source>
        <translation>Не удалось рассчитать эталонное значение ({empty}): ни у одного района нет значения.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="123"/>
        <source>Indicator &apos;{col}&apos; is empty (NULL) for every district; fill it or leave it out.</source>
        <translation>Показатель «{col}» не заполнен (NULL) ни в одном районе; заполните его или исключите.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="141"/>
        <source>GROUPS entry &apos;{entry}&apos; has no &apos;:&apos;. Write groups as &apos;economic: field1, field2; social: field3&apos;.</source>
        <translation>В записи GROUPS «{entry}» нет «:». Задавайте группы так: «экономические: field1, field2; социальные: field3».</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="150"/>
        <source>GROUPS entry &apos;{entry}&apos; has no group name before &apos;:&apos;.</source>
        <translation>В записи GROUPS «{entry}» нет названия группы перед «:».</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="152"/>
        <source>Group &apos;{name}&apos; is named twice in GROUPS.</source>
        <translation>Группа «{name}» указана в GROUPS дважды.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="155"/>
        <source>Group &apos;{name}&apos; lists no indicator fields.</source>
        <translation>Для группы «{name}» не указаны поля показателей.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="158"/>
        <source>Group &apos;{name}&apos; names &apos;{f}&apos;, which is not one of the indicator fields ({indicators}). Add it to POSITIVE_FIELDS or NEGATIVE_FIELDS.</source>
        <translation>В группе «{name}» указано поле «{f}», которого нет среди полей показателей ({indicators}). Добавьте его в POSITIVE_FIELDS или NEGATIVE_FIELDS.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="168"/>
        <source>Indicator &apos;{f}&apos; is in two groups: &apos;{seen}&apos; and &apos;{name}&apos;.</source>
        <translation>Показатель «{f}» входит в две группы: «{seen}» и «{name}».</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="189"/>
        <source>There are no districts to grade.</source>
        <translation>Нет районов для оценки.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="191"/>
        <source>No indicator fields were given.</source>
        <translation>Не указаны поля показателей.</translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="203"/>
        <source>Districts {bad} have no value for any indicator; they cannot be graded.</source>
        <translation>У районов {bad} нет значений ни по одному показателю; оценить их нельзя.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="172"/>
        <source>{field} ({n} missing)</source>
        <translation>{field} (пропусков: {n})</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="173"/>
        <source>set IMPUTE to fill gaps with the indicator&apos;s mean, or leave out the indicators with most gaps: {fields}.</source>
        <translation>включите заполнение пропусков средним значением показателя [IMPUTE] или исключите показатели с наибольшим числом пропусков: {fields}.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="173"/>
        <source>add regions.</source>
        <translation>добавьте регионы.</translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="134"/>
        <source>The reference total is {X:g}{period}: every value is 0 or NULL, so no quotient can be formed. Check the value field(s) and the year filter.</source>
        <translation>Итог эталона равен {X:g}{period}: все значения равны 0 или NULL, поэтому коэффициент не может быть рассчитан. Проверьте поля значений и фильтр по году.</translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="142"/>
        <source>The region&apos;s total is {X:g}{period}: every value is 0 or NULL, so no quotient can be formed. Check the value field(s) and the year filter.</source>
        <translation>Итог региона равен {X:g}{period}: все значения равны 0 или NULL, поэтому коэффициент не может быть рассчитан. Проверьте поля значений и фильтр по году.</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="90"/>
        <source>A reference needs its totals for both periods.</source>
        <translation>Для эталона нужны итоги за оба периода.</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="99"/>
        <source>The reference&apos;s base-period total is 0{what}: no growth rate can be formed. Check the base period&apos;s values and the year filter.</source>
        <translation>Итог эталона в базовом периоде равен 0{what}: темп роста вычислить нельзя. Проверьте значения базового периода и отбор по году.</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="110"/>
        <source>The reference&apos;s growth from the base to the end period is too large to compute (base-period totals close to 0): check the values and their units.</source>
        <translation>Рост эталона от базового к конечному периоду слишком велик для вычисления (итоги базового периода близки к 0): проверьте значения и единицы измерения.</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="122"/>
        <source>Industry {names} has a base-period total of 0 in the reference (without REFERENCE_TABLE: over the cells known in both periods): its growth rate is undefined (effects NULL where a district had it in the base period).</source>
        <translation>У отрасли {names} итог эталона в базовом периоде равен 0 (без REFERENCE_TABLE — по ячейкам, известным в обоих периодах): её темп роста не определён (эффекты NULL там, где отрасль была в районе в базовом периоде).</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="153"/>
        <source>{n} district × industry cell(s) are 0 in the base period and not in the end period (new industries): their growth rate is undefined, so their Esteban-Marquillas effects are NULL (the classic effects are defined).</source>
        <translation>Ячеек «район × отрасль», равных 0 в базовом периоде и ненулевых в конечном (новые отрасли): {n}. Их темп роста не определён, поэтому эффекты Эстебана-Маркильяса для них NULL (классические эффекты определены).</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="165"/>
        <source>{n_cells} cell(s) have a NULL value in one of the periods: their effects are NULL, and so are the totals of {n} district(s) ({names}).</source>
        <translation>Ячеек со значением NULL в одном из периодов: {n_cells}. Их эффекты NULL, как и итоги районов ({n}: {names}).</translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="199"/>
        <source>The reference has no valid total (a number ≥ 0) for industry {names}{what}.</source>
        <translation>В эталоне нет допустимого итога (числа ≥ 0) для отрасли {names}{what}.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="87"/>
        <source>Value {value} for district '{district}', industry '{industry}'{what}: the indices need counts or volumes ≥ 0 ({n} such value(s) in all). Correct it or set it to NULL (unknown).</source>
        <translation>Значение {value} для района «{district}», отрасль «{industry}»{what}: индексам нужны численности или объёмы ≥ 0 (всего таких значений: {n}). Исправьте его или замените на NULL (неизвестно).</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="129"/>
        <source>Every district has a NULL value (e.g. district &apos;{district}&apos;, industry &apos;{industry}&apos;{what}): no district&apos;s industry structure is known. Fill the values in, or leave the industry out.</source>
        <translation>В каждом районе есть значение NULL (например, район «{district}», отрасль «{industry}»{what}): отраслевая структура ни одного района не известна. Заполните значения или исключите отрасль.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="141"/>
        <source>{n} district(s) with NULL values ({names}): their indices are NULL and they are left out of the region&apos;s totals.</source>
        <translation>Районов со значениями NULL: {n} ({names}). Их индексы NULL, и они не входят в итоги региона.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="157"/>
        <source>The reference has no valid total (a number ≥ 0) for industry {names}.</source>
        <translation>В эталоне нет допустимого итога (числа ≥ 0) для отрасли {names}.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="163"/>
        <source>The region&apos;s total is 0{what}: every value is 0 or NULL, so no share can be formed. Check the value field(s) and the year filter.</source>
        <translation>Итог региона равен 0{what}: все значения 0 или NULL, поэтому доли вычислить нельзя. Проверьте поля значений и отбор по году.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="175"/>
        <source>{n} district(s) with a total of 0 ({names}): their shares and indices are NULL.</source>
        <translation>Районов с итогом 0: {n} ({names}). Их доли и индексы NULL.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="201"/>
        <source>One industry only: hhi_normalized and entropy_relative are NULL.</source>
        <translation>Только одна отрасль: hhi_normalized и entropy_relative равны NULL.</translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="204"/>
        <source>Industry {names} is absent from the region (total 0): it has no quotient and no industry indices.</source>
        <translation>Отрасль {names} отсутствует в регионе (итог 0): у неё нет коэффициента локализации и отраслевых индексов.</translation>
    </message>
    <message>
        <location filename="../core/contiguity.py" line="58"/>
        <source>Unsupported geometry type {code} (curves must be segmentized first).</source>
        <translation>Неподдерживаемый тип геометрии {code} (кривые нужно сначала разбить на отрезки).</translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="55"/>
        <source>Neighbour pairs: {a} districts but {b} neighbours.</source>
        <translation>Пары соседей: {a} районов, но {b} соседей.</translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="58"/>
        <source>Neighbour pairs: {a} pairs but {b} weights.</source>
        <translation>Пары соседей: {a} пар, но {b} весов.</translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="60"/>
        <source>Neighbour pairs refer to a row outside the {n} districts.</source>
        <translation>Пары соседей ссылаются на строку вне {n} районов.</translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="158"/>
        <source>The number of nearest neighbours must be at least 1, not {k}.</source>
        <translation>Число ближайших соседей должно быть не меньше 1, а не {k}.</translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="160"/>
        <source>{k} nearest neighbours need at least {need} districts with a location; the layer has {n}.</source>
        <translation>Для {k} ближайших соседей нужно не меньше {need} районов с местоположением; в слое их {n}.</translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="198"/>
        <source>The distance band must be a positive distance, not {band}.</source>
        <translation>Радиус соседства должен быть положительным расстоянием, а не {band}.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="42"/>
        <source>High-High</source>
        <translation>Высокий–высокий</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="43"/>
        <source>Low-Low</source>
        <translation>Низкий–низкий</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="44"/>
        <source>High-Low</source>
        <translation>Высокий–низкий</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="45"/>
        <source>Low-High</source>
        <translation>Низкий–высокий</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="46"/>
        <source>Not significant</source>
        <translation>Незначимо</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="47"/>
        <source>Island</source>
        <translation>Без соседей</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="48"/>
        <source>Undefined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <location filename="../core/moran_weights.py" line="29"/>
        <source>The weights matrix is {rows} × {cols}: it must be square.</source>
        <translation>Матрица весов имеет размер {rows} × {cols}, а должна быть квадратной.</translation>
    </message>
    <message>
        <location filename="../core/moran_weights.py" line="38"/>
        <source>Neighbour weights must be positive numbers.</source>
        <translation>Веса соседства должны быть положительными числами.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="81"/>
        <source>The neighbours graph has {graph} districts, the layer {n}.</source>
        <translation>В графе соседства {graph} районов, а в слое {n}.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="85"/>
        <source>The number of permutations must be 0 or more, not {p}.</source>
        <translation>Число перестановок должно быть не меньше 0, а не {p}.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="87"/>
        <source>The significance level must be between 0 and 1, not {level}.</source>
        <translation>Уровень значимости должен быть между 0 и 1, а не {level}.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="89"/>
        <source>The variable has infinite values: fix or remove them.</source>
        <translation>У переменной есть бесконечные значения: исправьте или удалите их.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="92"/>
        <source>Spatial autocorrelation needs at least 4 districts with a value, this input has {m}.</source>
        <translation>Для пространственной автокорреляции нужно не меньше 4 районов со значением, а здесь их {m}.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="98"/>
        <source>The variable has the same value ({value}) in every district: its spatial autocorrelation is undefined. Choose a variable that varies.</source>
        <translation>У переменной одно и то же значение ({value}) во всех районах: её пространственная автокорреляция не определена. Выберите переменную, которая меняется от района к району.</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="154"/>
        <source>{n} district(s) without a value are left out (class Undefined): {names}</source>
        <translation>Районы без значения исключены из расчёта (класс «Не определено»), всего {n}: {names}</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="163"/>
        <source>No two districts with a value are neighbours: check the neighbours (method, tolerance).</source>
        <translation>Ни одна пара районов со значениями не является смежной: проверьте соседство (способ, допуск).</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="169"/>
        <source>{n} district(s) have no neighbour with a value (class Island): {names}</source>
        <translation>Районы без соседей со значением (класс «Без соседей»), всего {n}: {names}</translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="58"/>
        <source>The threshold must be a number ≥ 0 (1 = specialization), not {threshold}.</source>
        <translation>Порог должен быть числом ≥ 0 (1 = специализация), а не {threshold}.</translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="63"/>
        <source>The minimum number of districts in a zone must be at least 1, not {n}.</source>
        <translation>Минимальное число районов в зоне должно быть не меньше 1, а не {n}.</translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="78"/>
        <source>The LQ table has {n} rows for the same district and industry (industry &apos;{industry}&apos;).</source>
        <translation>В таблице коэффициентов локализации {n} строк для одного и того же района и отрасли (отрасль '{industry}').</translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="84"/>
        <source>The LQ table holds a negative or infinite quotient: quotients are ≥ 0.</source>
        <translation>В таблице коэффициентов локализации есть отрицательный или бесконечный коэффициент: коэффициенты ≥ 0.</translation>
    </message>
    <message>
        <location filename="../core/constrained_ward.py" line="79"/>
        <source>Neighbour pairs refer to a row outside the {n} regions.</source>
        <translation>Пары соседей ссылаются на строку вне {n} регионов.</translation>
    </message>
    <message>
        <location filename="../core/constrained_ward.py" line="166"/>
        <source>{k} clusters asked for, but the regions form {parts} separate parts with no neighbour between them ({islands} of them single regions without neighbours): with the spatial constraint every cluster is contiguous, so there are at least {parts} clusters. Choose a Number of clusters [N_CLUSTERS] of at least {parts} (or a lower Cut height [HEIGHT]), a larger Snapping tolerance (metres) [TOLERANCE], or Spatial constraint [SPATIAL_CONSTRAINT] None.</source>
        <translation>Запрошено кластеров: {k}, но регионы образуют {parts} отдельных частей без смежных регионов между ними (из них одиночных регионов без соседей: {islands}): с пространственным ограничением каждый кластер состоит из смежных районов, поэтому кластеров не меньше {parts}. Задайте Число кластеров [N_CLUSTERS] не меньше {parts} (или меньшую Высоту отсечения [HEIGHT]), больший Допуск привязки (м) [TOLERANCE] или Пространственное ограничение [SPATIAL_CONSTRAINT] «Нет».</translation>
    </message>
    <message>
        <location filename="../core/ward_chain.py" line="110"/>
        <source>Ward clustering of {n} regions on {d} indicators needs about {need_mb} MB of memory, but only {free_mb} MB are available: close other programs, or cluster fewer regions (e.g. one part of the country at a time) or fewer indicators.</source>
        <translation>Кластеризации Уорда {n} регионов по {d} показателям нужно около {need_mb} МБ памяти, а доступно только {free_mb} МБ: закройте другие программы или кластеризуйте меньше регионов (например, по одной части страны) или меньше показателей.</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="39"/>
        <source>z-score (sample sd)</source>
        <translation>z-оценка (выборочное ст. отклонение)</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="40"/>
        <source>min–max</source>
        <translation>мин–макс</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="41"/>
        <source>robust (median / MAD)</source>
        <translation>робастная (медиана / MAD)</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="42"/>
        <source>none (raw values)</source>
        <translation>без стандартизации (исходные значения)</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="59"/>
        <source>Star</source>
        <translation>Звезда</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="60"/>
        <source>Mature</source>
        <translation>Зрелая</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="61"/>
        <source>Emerging</source>
        <translation>Формирующаяся</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="62"/>
        <source>Transforming</source>
        <translation>Трансформирующаяся</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="80"/>
        <source>Confidence level [CONFIDENCE] must be at least 0.5 and below 1, e.g. 0.95 (got {value}).</source>
        <translation>Доверительная вероятность [CONFIDENCE] должна быть не меньше 0.5 и меньше 1, например 0.95 (задано {value}).</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="130"/>
        <source>Unknown LQ test [LQ_TEST] {test}: choose 0, 1 or 2.</source>
        <translation>Неизвестная проверка надёжности LQ [LQ_TEST] {test}: выберите 0, 1 или 2.</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="144"/>
        <source>{n} value(s) are not whole numbers (e.g. {value:g} for district &apos;{district}&apos;, industry &apos;{industry}&apos;): the Poisson interval assumes counts of persons or establishments. For thousands of persons multiply by 1000 first; for money choose the share test or none.</source>
        <translation>Значений, не являющихся целыми числами: {n} (например, {value:g} для района «{district}», отрасль «{industry}»): пуассоновский интервал предполагает счётные данные — численность людей или предприятий. Данные в тысячах человек сначала умножьте на 1000; для стоимостных показателей выберите проверку по доле региона или без проверки.</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="164"/>
        <source>Minimum share of the region [MIN_SHARE] must be between 0 and 1 (got {value}).</source>
        <translation>Минимальная доля региона [MIN_SHARE] должна быть от 0 до 1 (задано {value}).</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="187"/>
        <source>{n} quotient(s) are {limit:g} or more — tiny bases (lq_ceiling = X / x_j is the largest LQ a district can reach). Read them with the interval (lq_low, lq_high) or the district's share, not as strong specializations; the largest:</source>
        <translation>Коэффициентов не меньше {limit:g}: {n} — это крошечные базы (lq_ceiling = X / x_j — наибольший LQ, достижимый районом). Оценивайте их вместе с интервалом (lq_low, lq_high) или долей района, а не как сильные специализации; наибольшие:</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="198"/>
        <source>  {district} / {industry}: LQ {lq:.1f}, the district makes {share:.2f} % of the region&apos;s total, ceiling {ceiling:.1f}</source>
        <translation>  {district} / {industry}: LQ {lq:.1f}, на район приходится {share:.2f} % итога региона, потолок {ceiling:.1f}</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="222"/>
        <source>Trend tolerance [TREND_TOLERANCE] must be ≥ 0 (got {value}).</source>
        <translation>Допуск тренда [TREND_TOLERANCE] должен быть ≥ 0 (задано {value}).</translation>
    </message>
</context>
<context>
    <name>ClusterStructureAlgorithm</name>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="28"/>
        <source>Cluster-structure map layers (paper 004)</source>
        <translation>Слои карты структуры кластеров (статья 004)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="29"/>
        <source>8 Report maps</source>
        <translation>8 Карты для отчётов</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="32"/>
        <source>The layers of the papers' cluster-structure map (paper 000 Figs. 3–6, paper 004 Fig. 4), drawn from the output of &lt;i&gt;Potential territorial clusters&lt;/i&gt;: one potential cluster per industry listed (LQ at or above the threshold) for at least MIN_MEMBERS favourable districts, numbered by size; its centre; and an arrow from the centre to every other member district.

&lt;b&gt;Centre&lt;/b&gt;: the member district with the highest LQ of the industry, or the largest member (CENTRE_DISTRICT); with CENTRES (e.g. the centre towns Aktobe, Khromtau, Kandyagash) the centre point nearest to a point inside that district; without CENTRES the point inside the district.
&lt;b&gt;Outputs&lt;/b&gt;: OUTPUT, the links (cluster, industry, centre, district, lq), arrows in one colour per cluster with a numbered legend; CENTRES_OUTPUT, the centres as stars labelled with their clusters' numbers. For the figure give the potential clusters' output to &lt;i&gt;Export report map&lt;/i&gt; and these two layers as its background layers: they are drawn over the districts and listed in the legend.</source>
        <translation>Слои карты пространственной структуры кластеров, как на рисунках статей (статья 000, рис. 3–6; статья 004, рис. 4), по результату алгоритма &lt;i&gt;Потенциальные территориальные кластеры&lt;/i&gt;: один потенциальный кластер на каждую отрасль, указанную (с коэффициентом локализации не ниже порога) не менее чем для MIN_MEMBERS благоприятных районов, с нумерацией по числу районов; его центр; стрелки от центра к каждому другому району-участнику.

&lt;b&gt;Центр&lt;/b&gt;: район-участник с наибольшим коэффициентом локализации отрасли или наибольший по площади (CENTRE_DISTRICT); при заданных CENTRES (например, города-центры Актобе, Хромтау, Кандыагаш) — ближайшая к точке внутри этого района; без CENTRES — сама точка внутри района.
&lt;b&gt;Результаты&lt;/b&gt;: OUTPUT — связи (cluster, industry, centre, district, lq), стрелки своего цвета для каждого кластера с нумерованной легендой; CENTRES_OUTPUT — центры в виде звёзд с номерами их кластеров. Для рисунка передайте результат потенциальных кластеров в &lt;i&gt;Экспорт карты для отчёта&lt;/i&gt;, а эти два слоя — как фоновые: они рисуются поверх районов и входят в легенду.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="63"/>
        <source>Potential clusters (output of Potential territorial clusters)</source>
        <translation>Потенциальные кластеры (результат «Потенциальные территориальные кластеры»)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="63"/>
        <source>The districts with cluster_potential, as Potential territorial clusters writes them.</source>
        <translation>Районы с полем cluster_potential, как их записывает алгоритм «Потенциальные территориальные кластеры».</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="71"/>
        <source>District key field</source>
        <translation>Поле ключа района</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="71"/>
        <source>The district key (e.g. district); NULL or duplicate keys are refused.</source>
        <translation>Ключ района (например, district); пустые (NULL) и повторяющиеся ключи не принимаются.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="77"/>
        <source>District name field</source>
        <translation>Поле названия района</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="77"/>
        <source>Names for the centre and district fields of the outputs (empty: the key).</source>
        <translation>Названия для полей centre и district результатов (если пусто — ключ).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="83"/>
        <source>Least member districts of a cluster</source>
        <translation>Наименьшее число районов в кластере</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="83"/>
        <source>An industry makes a cluster when it is listed for at least this many favourable districts.</source>
        <translation>Отрасль образует кластер, если она указана не менее чем для стольких благоприятных районов.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="93"/>
        <source>Industries (one per line; empty: all)</source>
        <translation>Отрасли (по одной в строке; пусто — все)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="93"/>
        <source>Only these industries, one per line, as written in cluster_potential (names may hold commas).</source>
        <translation>Только эти отрасли, по одной в строке, как они записаны в cluster_potential (в названиях могут быть запятые).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>Centre district</source>
        <translation>Район центра</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>The member with the highest LQ</source>
        <translation>Район с наибольшим коэффициентом локализации</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>The largest member</source>
        <translation>Наибольший по площади район</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>Which member district holds the cluster&apos;s centre.</source>
        <translation>В каком из районов кластера находится его центр.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="108"/>
        <source>Centre towns (points)</source>
        <translation>Города-центры (точки)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="108"/>
        <source>Optional points, e.g. the cluster centre towns: the one nearest to the centre district is its centre.</source>
        <translation>Необязательные точки, например города — центры кластеров: центром становится ближайший к району центра.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="116"/>
        <source>Centre name field</source>
        <translation>Поле названия центра</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="116"/>
        <source>The centre towns&apos; names (empty: their first text field, else the centre district&apos;s name).</source>
        <translation>Названия городов-центров (если пусто — их первое текстовое поле, иначе название района центра).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="125"/>
        <source>Cluster links</source>
        <translation>Связи кластеров</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="125"/>
        <source>One arrow per cluster and member district: cluster, industry, centre, district, lq.</source>
        <translation>Одна стрелка на каждую пару «кластер — район-участник»: cluster, industry, centre, district, lq.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="129"/>
        <source>Cluster centres</source>
        <translation>Центры кластеров</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="129"/>
        <source>One star per centre: centre, clusters (their numbers), industries.</source>
        <translation>Одна звезда на каждый центр: centre, clusters (номера кластеров), industries.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="146"/>
        <source>{label} has no field &apos;{field}&apos;: give the output of Potential territorial clusters.</source>
        <translation>В слое {label} нет поля «{field}»: укажите результат алгоритма «Потенциальные территориальные кластеры».</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="152"/>
        <source>no clusters to draw</source>
        <translation>нет кластеров для отображения</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="159"/>
        <source>Districts without a geometry left out: {names}.</source>
        <translation>Районы без геометрии пропущены: {names}.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="164"/>
        <source>No district of {label} lists an industry in '{field}' (as 'Industry (LQ), …'): give the output of Potential territorial clusters with at least one favourable district.</source>
        <translation>Ни для одного района слоя {label} в поле «{field}» не указана отрасль (в виде «Отрасль (КЛ), …»): укажите результат алгоритма «Потенциальные территориальные кластеры» хотя бы с одним благоприятным районом.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="175"/>
        <source>{label}: no district lists {names}. The industries listed:
{listed}</source>
        <translation>{label}: ни для одного района не указано: {names}. Указанные отрасли:
{listed}</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="184"/>
        <source>No industry is listed for {n} or more favourable districts: no cluster to draw (the outputs are empty). Lower {label} (1 draws every industry, a single district as its own centre).</source>
        <translation>Ни одна отрасль не указана для {n} или более благоприятных районов: кластеров нет (результаты пусты). Уменьшите {label} (при 1 отображается каждая отрасль, отдельный район — как собственный центр).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="193"/>
        <source>Cluster {number}: {industry} — centre {centre}; members: {members}.</source>
        <translation>Кластер {number}: {industry} — центр {centre}; районы: {members}.</translation>
    </message>
</context>
<context>
    <name>ClusterZonesAlgorithm</name>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="23"/>
        <source>Contiguous cluster zones</source>
        <translation>Зоны смежных районов кластера</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="24"/>
        <source>5 Spatial structure</source>
        <translation>5 Пространственная структура</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="29"/>
        <source>A territorial cluster covers not only one district but its neighbours too (paper 000): for each industry, the groups of contiguous districts that all specialise in it.

&lt;b&gt;LQ table&lt;/b&gt;: one row per district and industry — the long table output of Localization coefficient (fields: the district key, industry, lq, value, strong …). A district specialises when its LQ ≥ THRESHOLD (default 1) and, with a flag field (e.g. strong), the flag is set; a NULL quotient never does (logged). &lt;b&gt;Neighbours&lt;/b&gt;: queen or rook contiguity with a snapping tolerance in metres, as in District neighbours. A zone is a connected group of specialised districts (each linked to the others through specialised neighbours) of at least MIN_DISTRICTS (default 2).
&lt;b&gt;Output&lt;/b&gt;: one polygon per zone (the members' polygons dissolved) with industry, zone (1, 2, … within the industry, largest first), n_districts, members (the keys), mean_lq and, with a value field (e.g. value: employment), total_value, share (of the industry over the table's districts) and weighted_lq (the zone's LQ as one region: Σ value / Σ (value / LQ)); styled by industry. &lt;b&gt;Members&lt;/b&gt;: district, industry, zone, lq.</source>
        <translation>Территориально-производственный кластер охватывает не только один район, но и соседние (статья 000): для каждой отрасли — группы смежных районов, каждый из которых специализируется на ней.

&lt;b&gt;Таблица коэффициентов локализации&lt;/b&gt;: строка на каждую пару район–отрасль — длинная таблица алгоритма «Коэффициент локализации» (поля: ключ района, industry, lq, value, strong …). Район специализируется на отрасли, если его коэффициент локализации ≥ THRESHOLD (по умолчанию 1) и, при заданном поле признака (например, strong), признак установлен; неопределённый (NULL) коэффициент специализацией не считается (записывается в журнал). &lt;b&gt;Соседство&lt;/b&gt;: смежность «ферзь» или «ладья» с допуском привязки в метрах, как в алгоритме «Соседние районы». Зона — связная группа специализированных районов (каждый связан с остальными через специализированных соседей) не меньше MIN_DISTRICTS районов (по умолчанию 2).
&lt;b&gt;Результат&lt;/b&gt;: полигон на каждую зону (объединённые полигоны районов) с полями industry, zone (1, 2, … внутри отрасли, начиная с крупнейшей), n_districts, members (ключи районов), mean_lq и, при заданном поле значения (например, value: занятые), total_value, share (доля в отрасли по районам таблицы) и weighted_lq (коэффициент локализации зоны как одного района: Σ value / Σ (value / LQ)); оформление по отраслям. &lt;b&gt;Состав зон&lt;/b&gt;: district, industry, zone, lq.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="63"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="63"/>
        <source>The district polygons.</source>
        <translation>Полигоны районов.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="67"/>
        <source>District key field</source>
        <translation>Поле ключа района</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="67"/>
        <source>The districts&apos; unique key, as in the LQ table.</source>
        <translation>Уникальный ключ района, как в таблице коэффициентов локализации.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="73"/>
        <source>Localization coefficients (long table)</source>
        <translation>Коэффициенты локализации (длинная таблица)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="73"/>
        <source>One row per district and industry: the long table output of Localization coefficient.</source>
        <translation>Строка на каждую пару район–отрасль: длинная таблица алгоритма «Коэффициент локализации».</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: district key field (empty: same name as ID_FIELD)</source>
        <translation>Таблица КЛ: поле ключа района (пусто: то же имя, что ID_FIELD)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The LQ table&apos;s district key (default: the field named like ID_FIELD).</source>
        <translation>Ключ района в таблице коэффициентов локализации (по умолчанию поле с именем ID_FIELD).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: industry field</source>
        <translation>Таблица КЛ: поле отрасли</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The industry.</source>
        <translation>Отрасль.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: localization coefficient field</source>
        <translation>Таблица КЛ: поле коэффициента локализации</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The quotient.</source>
        <translation>Коэффициент локализации.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>A yes/no field: only rows where it is true count (e.g. strong, the strong clusters).</source>
        <translation>Поле да/нет: учитываются только строки, где оно истинно (например, strong — сильные кластеры).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The district&apos;s value of the industry (e.g. employment): total_value, share, weighted_lq.</source>
        <translation>Значение отрасли в районе (например, число занятых): для total_value, share, weighted_lq.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="115"/>
        <source>Threshold (LQ ≥ threshold)</source>
        <translation>Порог (КЛ ≥ порога)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="115"/>
        <source>A district specialises in an industry when its LQ reaches this (default 1).</source>
        <translation>Район специализируется на отрасли, если его коэффициент локализации достигает этого значения (по умолчанию 1).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="125"/>
        <source>Minimum districts per zone</source>
        <translation>Минимум районов в зоне</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="125"/>
        <source>Smaller groups of specialised districts are not zones (1: single districts too).</source>
        <translation>Меньшие группы специализированных районов зонами не считаются (1: и отдельные районы).</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="136"/>
        <source>Cluster zones</source>
        <translation>Зоны кластеров</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="136"/>
        <source>One polygon per zone: industry, zone, n_districts, members, mean_lq, weighted_lq, total_value, share.</source>
        <translation>Полигон на каждую зону: industry, zone, n_districts, members, mean_lq, weighted_lq, total_value, share.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="142"/>
        <source>Zone members</source>
        <translation>Состав зон</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="142"/>
        <source>One row per zone member: district, industry, zone, lq.</source>
        <translation>Строка на каждый район зоны: district, industry, zone, lq.</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="159"/>
        <source>Localization coefficients [LQ_TABLE]</source>
        <translation>Коэффициенты локализации [LQ_TABLE]</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="179"/>
        <source>no zones to find</source>
        <translation>искать зоны не в чем</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="205"/>
        <source>Contiguous cluster zones (LQ ≥ {threshold:g})</source>
        <translation>Зоны смежных районов кластера (КЛ ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: value field (e.g. value)</source>
        <translation>Таблица КЛ: поле значения (например, value)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: flag a specialization must have (e.g. strong)</source>
        <translation>Таблица КЛ: обязательный признак специализации (например, strong)</translation>
    </message>
</context>
<context>
    <name>EmissionDensityAlgorithm</name>
    <message>
        <location filename="../algorithms/emission_density.py" line="112"/>
        <source>Emission density</source>
        <translation>Плотность выбросов</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="23"/>
        <source>2 Indicators</source>
        <translation>2 Показатели</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="27"/>
        <source>Emission density coefficient of paper 000 (indicator 3.1, after Zhidkikh 2003): hazardous emissions into the atmosphere A relative to the territory S (km²) and the population N. Lower is better.

&lt;b&gt;Formula&lt;/b&gt;: 0 = A / √(S·N) (default: the geometric mean of emissions per km² and per person), 1 = A / (S·N) (the literal reading).
&lt;b&gt;Area&lt;/b&gt;: the AREA_FIELD in km² if given; otherwise the ellipsoidal area of each polygon (the project's ellipsoid, WGS84 when none is set), correct for geographic and projected CRSs alike. Invalid polygons are repaired (makeValid) for the area, with a log line; the output keeps the original geometry.
Output fields: area_km2, emission_per_km2 (A/S), emission_per_capita (A/N), emission_density, all in the units of A.
A missing value or a zero population/area gives NULL and a log line naming the district; negative emissions, population or area are refused.</source>
        <translation>Коэффициент плотности выбросов из статьи 000 (показатель 3.1, по Жидких, 2003): выбросы загрязняющих веществ в атмосферу A относительно территории S (км²) и населения N. Чем меньше, тем лучше.

&lt;b&gt;Формула&lt;/b&gt;: 0 = A / √(S·N) (по умолчанию: среднее геометрическое выбросов на км² и на человека), 1 = A / (S·N) (буквальное прочтение).
&lt;b&gt;Площадь&lt;/b&gt;: AREA_FIELD в км², если задано; иначе эллипсоидальная площадь каждого полигона (эллипсоид проекта, WGS84, если он не задан), корректная как для географических, так и для проецированных систем координат. Недопустимые полигоны исправляются (makeValid) для вычисления площади, с записью в журнал; в выходном слое сохраняется исходная геометрия.
Выходные поля: area_km2, emission_per_km2 (A/S), emission_per_capita (A/N), emission_density — все в единицах A.
Пропущенное значение или нулевые население/площадь дают NULL и запись в журнале с названием района; отрицательные выбросы, население или площадь не допускаются.</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="56"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="56"/>
        <source>District polygons with the emissions and population fields.</source>
        <translation>Полигоны районов с полями выбросов и населения.</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="60"/>
        <source>District name field (for log lines)</source>
        <translation>Поле названия района (для сообщений журнала)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="60"/>
        <source>A name field, used only to name districts in log lines (NULL or repeated names are fine; without it, districts are named by feature id).</source>
        <translation>Поле названия, используемое только для обозначения районов в сообщениях журнала (значения NULL и повторяющиеся названия допустимы; без него районы обозначаются идентификатором объекта).</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="72"/>
        <source>Emissions into the atmosphere, A (e.g. thousand t per year)</source>
        <translation>Выбросы в атмосферу, A (например, тыс. т в год)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="72"/>
        <source>A: hazardous emissions from stationary sources, numeric (e.g. thousand t per year).</source>
        <translation>A: выбросы загрязняющих веществ от стационарных источников, числовое поле (например, тыс. т в год).</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="81"/>
        <source>Average annual population, N (persons)</source>
        <translation>Среднегодовая численность населения, N (чел.)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="81"/>
        <source>N: the average annual population, numeric (persons).</source>
        <translation>N: среднегодовая численность населения, числовое поле (чел.).</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="90"/>
        <source>Area S in km² (empty: the ellipsoidal area of each polygon)</source>
        <translation>Площадь S в км² (пусто: эллипсоидальная площадь каждого полигона)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="90"/>
        <source>S in km². Default: the ellipsoidal area of each polygon.</source>
        <translation>S в км². По умолчанию: эллипсоидальная площадь каждого полигона.</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>A / √(S·N) (geometric mean of A/S and A/N)</source>
        <translation>A / √(S·N) (среднее геометрическое A/S и A/N)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>A / (S·N) (literal)</source>
        <translation>A / (S·N) (буквальное прочтение)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>0: C = A / √(S·N), the geometric mean of emissions per km² and per person (default); 1: C = A / (S·N), the literal reading of the paper's formula.</source>
        <translation>0: C = A / √(S·N), среднее геометрическое выбросов на км² и на человека (по умолчанию); 1: C = A / (S·N), буквальное прочтение формулы из статьи.</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="112"/>
        <source>The districts with the input fields and area_km2 (S as used), emission_per_km2 (A/S), emission_per_capita (A/N) and emission_density (C), in the units of A.</source>
        <translation>Районы с входными полями и полями area_km2 (использованная S), emission_per_km2 (A/S), emission_per_capita (A/N) и emission_density (C) в единицах A.</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="139"/>
        <source>no emission density to compute</source>
        <translation>не для чего вычислять плотность выбросов</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="144"/>
        <source>Areas: from the field '{area_field}' (km²).</source>
        <translation>Площади: из поля '{area_field}' (км²).</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="158"/>
        <source>Emission density = {formula_text} (A = {emissions}, N = {population}, S in km²).</source>
        <translation>Плотность выбросов = {formula_text} (A = {emissions}, N = {population}, S в км²).</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="174"/>
        <source>Lowest emission density: {labels} ({values:.4g}); highest: {labels2} ({values2:.4g}).</source>
        <translation>Наименьшая плотность выбросов: {labels} ({values:.4g}); наибольшая: {labels2} ({values2:.4g}).</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="179"/>
        <source>Emission density {formula_text} (lower is better)</source>
        <translation>Плотность выбросов {formula_text} (чем меньше, тем лучше)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="179"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../algorithms/export_map.py" line="27"/>
        <source>Export report map</source>
        <translation>Экспорт карты для отчёта</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="83"/>
        <source>Styled layer to map</source>
        <translation>Оформленный слой для карты</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="83"/>
        <source>The layer to map, drawn with its own style. A GeoPackage written by this plugin opens styled (the style is stored as its default); when Processing opens a file itself, its stored default style is loaded. The layer is never modified: a copy is drawn.</source>
        <translation>Слой для карты, отрисовывается в собственном стиле. GeoPackage, записанный этим модулем, открывается со стилем (стиль сохранён в нём как стиль по умолчанию); когда файл открывают сами инструменты обработки (Processing), загружается сохранённый в нём стиль по умолчанию. Слой никогда не изменяется: отрисовывается его копия.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="128"/>
        <source>LABEL_FIELD: the layer has no field &apos;{label_field}&apos;.</source>
        <translation>LABEL_FIELD: в слое нет поля '{label_field}'.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="100"/>
        <source>Layout name in the project</source>
        <translation>Имя макета в проекте</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="107"/>
        <source>Layer &apos;{layer_name}&apos; has no geometry: only layers with geometry can be mapped.</source>
        <translation>У слоя «{layer_name}» нет геометрии: на карту можно вывести только слои с геометрией.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="114"/>
        <source>No OUTPUT file given: choose a .pdf, .png or .svg.</source>
        <translation>Не задан файл OUTPUT: выберите .pdf, .png или .svg.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="117"/>
        <source>OUTPUT &apos;{output}&apos; must end in .pdf, .png or .svg: the format follows the extension.</source>
        <translation>OUTPUT '{output}' должен оканчиваться на .pdf, .png или .svg: формат определяется расширением.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="169"/>
        <source>Map written to {output} ({page_labels}, {dpi} dpi).</source>
        <translation>Карта записана в {output} ({page_labels}, {dpi} dpi).</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="28"/>
        <source>8 Report maps</source>
        <translation>8 Карты для отчёта</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="32"/>
        <source>Puts a styled layer on a print page for a report, like the figures of the papers: title, subtitle, the map fitted to the layer, a legend with only the layer&apos;s classes, a scale bar in km, a north arrow, a source line and the date. The layer is drawn with its own style (a GeoPackage written by this plugin opens styled); the layer itself is never changed.

&lt;b&gt;Map CRS&lt;/b&gt;: empty = the layer&apos;s CRS when it is projected; for a layer in degrees the UTM zone of the extent&apos;s centre (extent up to 8 degrees of longitude wide) or a Lambert azimuthal equal-area projection centred on the extent, so the scale bar is true.
&lt;b&gt;Legend title&lt;/b&gt;: empty = the title stored with the style by the algorithm that made the layer, else the layer name.
&lt;b&gt;Labels&lt;/b&gt;: a field to label the districts with (white halo); empty = the layer&apos;s own labels, if any.
&lt;b&gt;Background layers&lt;/b&gt;: drawn with the map; polygon and raster layers under the layer, point and line layers (e.g. cluster centres and links) over it; only point and line layers styled by this plugin (cluster centres, cluster links) are in the legend.
&lt;b&gt;Source note&lt;/b&gt;: the source line (empty = &apos;Source: &apos; and the layer&apos;s credits: its metadata rights or attribution, the credits of the inputs it was made from, or its description&apos;s; else a placeholder for you to fill in).
&lt;b&gt;Output&lt;/b&gt;: .pdf, .png or .svg by the file extension, at the given DPI. Text stays text in PDF and SVG.
&lt;b&gt;Add to project&lt;/b&gt;: the layout is also kept in the project, named after the title, with its layers in a group, so you can finish it in the layout designer.</source>
        <translation>Размещает оформленный слой на странице для печати в отчёт, как на рисунках в статьях: заголовок, подзаголовок, карта, вписанная по охвату слоя, легенда только с классами слоя, масштабная линейка в км, стрелка севера, строка источника и дата. Слой отрисовывается в собственном стиле (GeoPackage, записанный этим модулем, открывается со стилем); сам слой никогда не изменяется.

&lt;b&gt;СК карты&lt;/b&gt;: если пусто — СК слоя, если она проекционная; для слоя в градусах — зона UTM центра охвата (при ширине охвата до 8 градусов долготы) или азимутальная равновеликая проекция Ламберта с центром в охвате, чтобы масштабная линейка была верной.
&lt;b&gt;Заголовок легенды&lt;/b&gt;: если пусто — заголовок, сохранённый вместе со стилем алгоритмом, создавшим слой, иначе имя слоя.
&lt;b&gt;Подписи&lt;/b&gt;: поле для подписей районов (с белым ореолом); если пусто — собственные подписи слоя, если они есть.
&lt;b&gt;Фоновые слои&lt;/b&gt;: отрисовываются на карте; полигональные и растровые слои — под слоем, точечные и линейные (например, центры и связи кластеров) — над ним; в легенду входят только точечные и линейные слои, оформленные этим модулем (центры и связи кластеров).
&lt;b&gt;Примечание об источнике&lt;/b&gt;: строка источника (если пусто — «Источник: » и сведения о данных слоя: права или атрибуция из его метаданных, сведения о данных слоёв, из которых он получен, или из его описания; иначе заготовка, которую нужно дополнить).
&lt;b&gt;Результат&lt;/b&gt;: .pdf, .png или .svg по расширению файла, с заданным DPI. В PDF и SVG текст остаётся текстом.
&lt;b&gt;Добавить в проект&lt;/b&gt;: макет также сохраняется в проекте под именем, совпадающим с заголовком, а его слои — в группе, так что его можно доработать в редакторе макетов.</translation>
    </message>
</context>
<context>
    <name>GrowthTypologyAlgorithm</name>
    <message>
        <location filename="../algorithms/growth_typology.py" line="24"/>
        <source>Growth-rate typology</source>
        <translation>Типология по темпам роста</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="25"/>
        <source>3 Typology</source>
        <translation>3 Типология</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="29"/>
        <source>Types districts by the growth of an absolute indicator relative to the region's own growth, as paper 000 does in its Table 2 (1997–2011: high, above-average, below-average and low growth rate).

&lt;b&gt;Values&lt;/b&gt;: START_FIELD and END_FIELD, or SERIES_FIELDS (several fields in time order: the first is the start and the last the end; the fields between do not change the result). Values must be absolute and ≥ 0 (population, output, …).
&lt;b&gt;YEARS&lt;/b&gt;: the span between start and end (e.g. 14 for 1997–2011), for the compound average annual rate; leave empty for no annual rate.
growth_index = end / start × 100; annual_rate = ((end / start)^(1/YEARS) − 1) × 100; the regional index = total end / total start × 100 over the districts with both values; relative_growth = growth_index / regional index × 100.
&lt;b&gt;Class breaks&lt;/b&gt; on relative_growth, lower bounds best to worst; default 110;100;90: ≥ 110 high, 100–110 above-average, 90–100 below-average, &lt; 90 low growth rate.
A missing value or a start of 0 gives NULL and a log line naming the district. Attributes only: geometries are copied as they are (invalid ones too).</source>
        <translation>Типизирует районы по росту абсолютного показателя относительно роста самого региона, как в таблице 2 статьи 000 (1997–2011: высокий, выше среднего, ниже среднего и низкий темп роста).

&lt;b&gt;Значения&lt;/b&gt;: START_FIELD и END_FIELD или SERIES_FIELDS (несколько полей в хронологическом порядке: первое — начало, последнее — конец; промежуточные поля на результат не влияют). Значения должны быть абсолютными и ≥ 0 (население, объём производства, …).
&lt;b&gt;YEARS&lt;/b&gt;: число лет между началом и концом (например, 14 для 1997–2011) для сложного среднегодового темпа; оставьте пустым, чтобы не рассчитывать среднегодовой темп.
growth_index = end / start × 100; annual_rate = ((end / start)^(1/YEARS) − 1) × 100; региональный индекс = итог end / итог start × 100 по районам, у которых есть оба значения; relative_growth = growth_index / региональный индекс × 100.
&lt;b&gt;Границы классов&lt;/b&gt; по relative_growth — нижние границы, от лучшего класса к худшему; по умолчанию 110;100;90: ≥ 110 — высокий, 100–110 — выше среднего, 90–100 — ниже среднего, &lt; 90 — низкий темп роста.
Пропущенное значение или начальное значение 0 дают NULL и строку журнала с названием района. Только атрибуты: геометрии копируются как есть (в том числе недопустимые).</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="60"/>
        <source>Districts (layer or table)</source>
        <translation>Районы (слой или таблица)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="60"/>
        <source>The districts: a layer or a table.</source>
        <translation>Районы: слой или таблица.</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="66"/>
        <source>District name field (for log lines)</source>
        <translation>Поле названия района (для строк журнала)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="66"/>
        <source>A name field, used only to name districts in log lines.</source>
        <translation>Поле названия; используется только для указания районов в строках журнала.</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="75"/>
        <source>Value at the start</source>
        <translation>Значение на начало периода</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="75"/>
        <source>The value at the start (with END_FIELD; or give SERIES_FIELDS instead).</source>
        <translation>Значение на начало периода (вместе с END_FIELD; либо укажите вместо них SERIES_FIELDS).</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="85"/>
        <source>Value at the end</source>
        <translation>Значение на конец периода</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="85"/>
        <source>The value at the end (with START_FIELD; or give SERIES_FIELDS instead).</source>
        <translation>Значение на конец периода (вместе с START_FIELD; либо укажите вместо них SERIES_FIELDS).</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="95"/>
        <source>Or: a series of fields in time order (first = start, last = end)</source>
        <translation>Или: ряд полей в хронологическом порядке (первое = начало, последнее = конец)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="95"/>
        <source>Instead of START_FIELD and END_FIELD: several fields in time order. The first is the start and the last the end; the fields between do not change the result (the index and the compound rate depend on the end points only).</source>
        <translation>Вместо START_FIELD и END_FIELD: несколько полей в хронологическом порядке. Первое — начало, последнее — конец; промежуточные поля на результат не влияют (индекс и сложный среднегодовой темп зависят только от крайних точек).</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="110"/>
        <source>Span in years, for the average annual rate (e.g. 14 for 1997–2011)</source>
        <translation>Период в годах для среднегодового темпа (например, 14 для 1997–2011)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="110"/>
        <source>The span in years between start and end (e.g. 14 for 1997–2011). Empty: annual_rate is NULL (log line).</source>
        <translation>Число лет между началом и концом периода (например, 14 для 1997–2011). Если пусто — annual_rate равен NULL (строка журнала).</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="122"/>
        <source>Class breaks, % of the regional growth index: lower bounds, best to worst</source>
        <translation>Границы классов, % от регионального индекса роста: нижние границы, от лучшего к худшему</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="122"/>
        <source>Lower bounds of the classes on relative_growth (% of the regional index, inclusive), best to worst.</source>
        <translation>Нижние границы классов по relative_growth (% от регионального индекса, включительно), от лучшего к худшему.</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="133"/>
        <source>Class labels, best to worst (default for 4 classes: paper 000&apos;s growth types)</source>
        <translation>Названия классов, от лучшего к худшему (по умолчанию для 4 классов — типы роста из статьи 000)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="133"/>
        <source>Labels of the classes, best to worst. Default for four classes: High growth rate;Above-average growth rate;Below-average growth rate;Low growth rate (paper 000), otherwise Class 1, Class 2 …</source>
        <translation>Названия классов, от лучшего к худшему. По умолчанию для четырёх классов: High growth rate;Above-average growth rate;Below-average growth rate;Low growth rate (статья 000), иначе Class 1, Class 2 …</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="145"/>
        <source>Growth typology</source>
        <translation>Типология роста</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="145"/>
        <source>The districts with the input fields and growth_index, annual_rate, relative_growth and growth_class.</source>
        <translation>Районы с входными полями и полями growth_index, annual_rate, relative_growth и growth_class.</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="166"/>
        <source>nothing to type</source>
        <translation>нечего типизировать</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="181"/>
        <source>Series of {n_series} fields: start = &apos;{start_field}&apos;, end = &apos;{end_field}&apos; (the growth index and the compound annual rate depend on the end points only).</source>
        <translation>Ряд полей (всего {n_series}): начало = '{start_field}', конец = '{end_field}' (индекс роста и сложный среднегодовой темп зависят только от крайних точек).</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="207"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="207"/>
        <source>Growth rate relative to the region</source>
        <translation>Темп роста относительно региона</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="189"/>
        <source>No {years} given: annual_rate is NULL. Give the span in years (e.g. 14 for 1997–2011) for the average annual rate.</source>
        <translation>{years} не задан: annual_rate равен NULL. Для среднегодового темпа укажите период в годах (например, 14 для 1997–2011).</translation>
    </message>
</context>
<context>
    <name>JoinStatisticsAlgorithm</name>
    <message>
        <location filename="../algorithms/join_statistics.py" line="38"/>
        <source>Join statistics table by district name</source>
        <translation>Объединение таблицы статистики по названию района</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="39"/>
        <source>1 Statistics in</source>
        <translation>1 Ввод статистики</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="43"/>
        <source>Joins a statistics table (CSV/TSV in any encoding and separator, XLSX/ODS, any QGIS table) to the districts by name, one row per district, and cleans its numbers.

&lt;b&gt;Matching&lt;/b&gt;, in this order: exact → normalized (case, spaces, punctuation, ё/е, 'г.', 'city', 'region', 'oblast', 'область', 'облысы', 'район', 'ауданы', 'District', Russian adjectival endings) → transliterated (Russian and Kazakh Cyrillic: BGN/PCGN, Kazakh Latin 2021, ISO 9) → alias (ALIASES and the shipped Kazakhstan names, historic ones included) → fuzzy (≥ MIN_SCORE). Rows are assigned one to one; equal best candidates are reported as ambiguous, never guessed.
&lt;b&gt;Numbers&lt;/b&gt;: a text column becomes numbers when every value that is not a missing-data marker parses with DECIMAL and THOUSANDS; markers and empty cells become NULL (counted in the log); other columns stay text (named in the log).
Every district is kept (table columns NULL where unmatched), with match_name, match_method and match_score. MATCH_REPORT lists every district and every unused row; UNUSED_ROWS holds the rows no district took (e.g. the oblast's row, a REFERENCE_TABLE for the rank-score typology).</source>
        <translation>Присоединяет к районам по названию таблицу статистики (CSV/TSV в любой кодировке и с любым разделителем, XLSX/ODS, любая таблица QGIS), по одной строке на район, и очищает её числа.

&lt;b&gt;Сопоставление&lt;/b&gt; — в таком порядке: точное (exact) → нормализованное (normalized: регистр, пробелы, знаки препинания, ё/е, 'г.', 'city', 'region', 'oblast', 'область', 'облысы', 'район', 'ауданы', 'District', русские окончания прилагательных) → по транслитерации (transliterated: русская и казахская кириллица — BGN/PCGN, казахская латиница 2021, ISO 9) → по синонимам (alias: ALIASES и поставляемые с модулем названия Казахстана, включая исторические) → нечёткое (fuzzy, ≥ MIN_SCORE). Строки сопоставляются один к одному; о равноценных лучших кандидатах сообщается как о неоднозначных, наугад они не выбираются.
&lt;b&gt;Числа&lt;/b&gt;: текстовый столбец становится числовым, если каждое его значение, не являющееся меткой отсутствия данных, разбирается с DECIMAL и THOUSANDS; метки и пустые ячейки становятся NULL (их число — в журнале); остальные столбцы остаются текстовыми (их названия — в журнале).
Сохраняется каждый район (столбцы таблицы — NULL, если сопоставления нет) с полями match_name, match_method и match_score. MATCH_REPORT перечисляет каждый район и каждую неиспользованную строку; UNUSED_ROWS содержит строки, не доставшиеся ни одному району (например, строку области — эталонную таблицу REFERENCE_TABLE для рангово-балльной типологии).</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="70"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="70"/>
        <source>The district polygons (or a table): every feature is kept in the output.</source>
        <translation>Полигоны районов (или таблица): в выходном слое сохраняется каждый объект.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="74"/>
        <source>District name fields (a row may match any of them)</source>
        <translation>Поля названия района (строка может совпасть с любым из них)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="74"/>
        <source>One or more name fields of the districts, e.g. name, name_ru, local_name; the first is the district key of the report.</source>
        <translation>Одно или несколько полей с названиями районов, например name, name_ru, local_name; первое из них — ключ района в отчёте.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="86"/>
        <source>Statistics table (CSV/TSV, XLSX/ODS or any table)</source>
        <translation>Таблица статистики (CSV/TSV, XLSX/ODS или любая таблица)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="86"/>
        <source>A CSV/TSV file (any encoding: UTF-8 with or without BOM, Windows-1251; any separator: detected), an XLSX/ODS sheet or any QGIS table. A CSV is read as text, then cleaned.</source>
        <translation>Файл CSV/TSV (любая кодировка: UTF-8 с BOM или без, Windows-1251; любой разделитель — определяется автоматически), лист XLSX/ODS или любая таблица QGIS. CSV читается как текст, затем очищается.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="95"/>
        <source>Table column of district names</source>
        <translation>Столбец таблицы с названиями районов</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="95"/>
        <source>The table&apos;s column of district names.</source>
        <translation>Столбец таблицы с названиями районов.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="101"/>
        <source>Table columns to bring (default: all)</source>
        <translation>Присоединяемые столбцы таблицы (по умолчанию все)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="101"/>
        <source>The table columns to join; empty: all but the name column.</source>
        <translation>Столбцы таблицы для присоединения; если пусто — все, кроме столбца названий.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="111"/>
        <source>Alias table (columns name, key)</source>
        <translation>Таблица синонимов (столбцы name, key)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="111"/>
        <source>Renames you know: a table with columns name and key (else its first two columns). A row and a district match when their names lead to the same key; a key is also a name of itself. Added to the aliases shipped with the plugin.</source>
        <translation>Известные вам переименования: таблица со столбцами name и key (иначе — её первые два столбца). Строка и район сопоставляются, если их названия ведут к одному и тому же ключу; ключ также считается названием самого себя. Дополняет синонимы, поставляемые с модулем.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="121"/>
        <source>Matching stages</source>
        <translation>Этапы сопоставления</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="121"/>
        <source>The stages to use, always run in this order: exact, normalized, transliterated, alias, fuzzy.</source>
        <translation>Используемые этапы; они всегда выполняются в таком порядке: exact (точное), normalized (нормализованное), transliterated (по транслитерации), alias (по синонимам), fuzzy (нечёткое).</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="131"/>
        <source>Lowest fuzzy score (0–1)</source>
        <translation>Минимальная оценка нечёткого сопоставления (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="131"/>
        <source>The lowest similarity a fuzzy pair needs (1 = the same letters).</source>
        <translation>Минимальное сходство, необходимое нечёткой паре (1 = одни и те же буквы).</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="142"/>
        <source>Decimal separator</source>
        <translation>Десятичный разделитель</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Point</source>
        <translation>Точка</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="142"/>
        <source>How the table writes decimals; Auto: what each column (else the table) shows.</source>
        <translation>Как в таблице записаны десятичные дроби; «Авто» — как видно по каждому столбцу (иначе по всей таблице).</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Thousands separator</source>
        <translation>Разделитель тысяч</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Space (also no-break space)</source>
        <translation>Пробел (в том числе неразрывный)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>How the table groups thousands; Auto: spaces, and the separator that is not the decimal one, between groups of three digits.</source>
        <translation>Как в таблице разделяются разряды тысяч; «Авто» — пробелы, а также тот разделитель, который не является десятичным, между группами из трёх цифр.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="169"/>
        <source>Missing-data markers (separated by ;)</source>
        <translation>Метки отсутствия данных (через ;)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="169"/>
        <source>Cells that mean no data; they, and empty cells, become NULL (counted in the log).</source>
        <translation>Значения ячеек, означающие отсутствие данных; они, как и пустые ячейки, становятся NULL (их число — в журнале).</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="178"/>
        <source>Prefix of the table&apos;s field names</source>
        <translation>Префикс имён полей таблицы</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="178"/>
        <source>Put before every joined column&apos;s name, e.g. stat_.</source>
        <translation>Добавляется перед именем каждого присоединённого столбца, например stat_.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="190"/>
        <source>{label}: choose at least one name field of the districts.</source>
        <translation>{label}: выберите хотя бы одно поле с названиями районов.</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="27"/>
        <source>exact</source>
        <translation>точное</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="28"/>
        <source>normalized</source>
        <translation>нормализованное</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="29"/>
        <source>transliterated</source>
        <translation>транслитерированное</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="30"/>
        <source>alias</source>
        <translation>по синониму</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="31"/>
        <source>fuzzy</source>
        <translation>нечёткое</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../layers/field_aliases.py" line="30"/>
        <source>Field aliases (the original column names) are kept only in GeoPackage outputs.</source>
        <translation>Псевдонимы полей (исходные названия столбцов) сохраняются только в выходных слоях GeoPackage.</translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="24"/>
        <source>{what}: the layer has no field &apos;{name}&apos;.</source>
        <translation>{what}: в слое нет поля '{name}'.</translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="29"/>
        <source>{what}: field &apos;{name}&apos; is of type {typename}, not a number. Numbers stored as text (e.g. &apos;1 234,5&apos;) are not parsed: convert the field with the Field calculator, e.g. to_real(replace(replace(&quot;{name}&quot;, &apos; &apos;, &apos;&apos;), &apos;,&apos;, &apos;.&apos;)), and run again.</source>
        <translation>{what}: поле '{name}' имеет тип {typename}, а не числовой. Числа, сохранённые как текст (например, '1 234,5'), не распознаются: преобразуйте поле с помощью калькулятора полей, например to_real(replace(replace(&quot;{name}&quot;, ' ', ''), ',', '.')), и запустите снова.</translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="48"/>
        <source>{what}: field &apos;{name}&apos; holds an infinite value for {where}. Replace it with a real number or NULL.</source>
        <translation>{what}: поле '{name}' содержит бесконечное значение для {where}. Замените его действительным числом или NULL.</translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="64"/>
        <source>ID field &apos;{id_field}&apos; is NULL or empty for feature {fid}. Every district needs a key: fill it or choose another ID field.</source>
        <translation>Поле идентификатора '{id_field}' имеет значение NULL или пусто у объекта {fid}. Каждому району нужен ключ: заполните его или выберите другое поле идентификатора.</translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="77"/>
        <source>ID field &apos;{id_field}&apos; has duplicate values: {dups}. Each district must have a unique key; dissolve or rename the duplicates.</source>
        <translation>Поле идентификатора '{id_field}' содержит повторяющиеся значения: {dups}. Ключ каждого района должен быть уникальным: объедините (dissolve) или переименуйте повторы.</translation>
    </message>
    <message>
        <location filename="../layers/gpkg_styles.py" line="85"/>
        <source>Territorial Clusters style</source>
        <translation>Стиль «Территориальные кластеры»</translation>
    </message>
    <message>
        <location filename="../layers/labels.py" line="26"/>
        <source>feature {}</source>
        <translation>объект {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/labels.py" line="36"/>
        <source>… and %n more districts with NULL results.</source>
        <translation>
            <numerusform>… и ещё %n район с результатом NULL.</numerusform>
            <numerusform>… и ещё %n района с результатом NULL.</numerusform>
            <numerusform>… и ещё %n районов с результатом NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/labels.py" line="38"/>
        <source>%n district(s) with NULL results (see the lines above).</source>
        <translation>
            <numerusform>%n район с результатом NULL (см. строки выше).</numerusform>
            <numerusform>%n района с результатом NULL (см. строки выше).</numerusform>
            <numerusform>%n районов с результатом NULL (см. строки выше).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/labels.py" line="44"/>
        <source>The input layer has no features: {}.</source>
        <translation>Во входном слое нет объектов: {}.</translation>
    </message>
    <message>
        <location filename="../layers/labels.py" line="44"/>
        <source>nothing to compute</source>
        <translation>нечего вычислять</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="76"/>
        <source>{what} has no field(s) {missing} (it needs the fields named by TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD and TABLE_YEAR_FIELD).</source>
        <translation>{what}: нет полей {missing} (нужны поля, заданные в TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD и TABLE_YEAR_FIELD).</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="83"/>
        <source>{} value field</source>
        <translation>Поле значений {}</translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="49"/>
        <source>{what} has no rows.</source>
        <translation>{what}: нет строк.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="131"/>
        <source>{label}: the year field &apos;{year_f}&apos; is empty.</source>
        <translation>{label}: поле года '{year_f}' пусто.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="135"/>
        <source>{label}: no {year_param} given, using the latest year in &apos;{year_f}&apos;: {chosen}.</source>
        <translation>{label}: {year_param} не задан, используется последний год в '{year_f}': {chosen}.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="146"/>
        <source>{label} has no rows for {year_param} {chosen} in &apos;{year_f}&apos; (years present: {present}).</source>
        <translation>{label}: в '{year_f}' нет строк для {year_param} {chosen} (имеющиеся годы: {present}).</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="155"/>
        <source>{label}: {sum} of {n_mask} rows are of {chosen}.</source>
        <translation>{label}: к {chosen} относится строк: {sum} из {n_mask}.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="162"/>
        <source>district key</source>
        <translation>ключа района</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="162"/>
        <source>industry</source>
        <translation>отрасли</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="166"/>
        <source>{label}: feature {fid} has no {role} (field &apos;{field}&apos; is NULL or empty; {size} such row(s)). Fill it or delete the row.</source>
        <translation>{label}: у объекта {fid} нет {role} (поле '{field}' имеет значение NULL или пусто; таких строк: {size}). Заполните его или удалите строку.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="175"/>
        <source>{label}: infinite value in &apos;{val_f}&apos; for district &apos;{ks}&apos;, industry &apos;{inds}&apos;.</source>
        <translation>{label}: бесконечное значение в '{val_f}' для района '{ks}', отрасли '{inds}'.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="188"/>
        <source>{what}: {n_only_in_table} district(s) are not in the layer and are left out of the region: {name_list}.</source>
        <translation>{what}: районов, которых нет в слое, — {n_only_in_table}; они не включены в регион: {name_list}.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="199"/>
        <source>{what}: {n_without_rows} district(s) of the layer have no row: their quotients are NULL: {name_list}.</source>
        <translation>{what}: районов слоя без строк в таблице — {n_without_rows}; их коэффициенты равны NULL: {name_list}.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="209"/>
        <source>{what}: {n_absent} (district, industry) pair(s) have no row and count as 0.</source>
        <translation>{what}: пар (район, отрасль) без строки — {n_absent}; они считаются равными 0.</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="217"/>
        <source>{what}: {n_null} row(s) have a NULL value: unknown, not 0 (quotient NULL).</source>
        <translation>{what}: строк со значением NULL — {n_null}: значение неизвестно, а не 0 (коэффициент NULL).</translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="225"/>
        <source>{what}: {n_zero} value(s) are exactly 0. If the table comes from County Business Patterns, suppressed cells may be stored as 0 (2017: employees = 0 with payroll = 0 and 3+ establishments); set those cells to NULL before the run.</source>
        <translation>{what}: значений, в точности равных 0, — {n_zero}. Если таблица взята из County Business Patterns, скрытые (конфиденциальные) ячейки могут быть записаны как 0 (2017: число занятых = 0 при фонде оплаты труда = 0 и 3+ заведениях); перед запуском замените такие ячейки на NULL.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="24"/>
        <source>INDUSTRY_FIELDS lists a field twice.</source>
        <translation>В INDUSTRY_FIELDS одно поле указано дважды.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="26"/>
        <source>TABLE_BASE belongs to the long form (TABLE); with INDUSTRY_FIELDS give the base period as INDUSTRY_FIELDS_BASE.</source>
        <translation>TABLE_BASE относится к длинному формату (TABLE); при INDUSTRY_FIELDS задайте базовый период в INDUSTRY_FIELDS_BASE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="35"/>
        <source>{name} selects years of a long TABLE (with TABLE_YEAR_FIELD); with INDUSTRY_FIELDS give the base period as INDUSTRY_FIELDS_BASE.</source>
        <translation>{name} выбирает годы из длинной таблицы TABLE (с TABLE_YEAR_FIELD); при INDUSTRY_FIELDS задайте базовый период в INDUSTRY_FIELDS_BASE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="47"/>
        <source>INDUSTRY_FIELDS_BASE has {n_base_fields} field(s) for {n_industry_fields} industry field(s): give one base-period field per industry, in the same order.</source>
        <translation>В INDUSTRY_FIELDS_BASE полей: {n_base_fields}, а отраслевых полей: {n_industry_fields}. Укажите по одному полю базового периода для каждой отрасли, в том же порядке.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="57"/>
        <source>INDUSTRY_FIELDS_BASE repeats a field ({value}): the base period needs its own fields.</source>
        <translation>INDUSTRY_FIELDS_BASE повторяет поле ({value}): для базового периода нужны собственные поля.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="57"/>
        <source>twice in the list</source>
        <translation>дважды в списке</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="64"/>
        <source>TOTAL_FIELD holds one period&apos;s totals and cannot serve two periods. Leave it empty (totals = sums of the industry fields), or add an &apos;other industries&apos; field to both INDUSTRY_FIELDS and INDUSTRY_FIELDS_BASE.</source>
        <translation>TOTAL_FIELD содержит итоги одного периода и не может служить для двух периодов. Оставьте его пустым (итоги = суммы отраслевых полей) или добавьте поле «прочие отрасли» и в INDUSTRY_FIELDS, и в INDUSTRY_FIELDS_BASE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="75"/>
        <source>end period</source>
        <translation>конечный период</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="75"/>
        <source>base period</source>
        <translation>базовый период</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="76"/>
        <source>Base-period fields: {}</source>
        <translation>Поля базового периода: {}</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="85"/>
        <source>TOTAL_FIELD &apos;{total_field}&apos; is also an industry field; choose the field holding the district&apos;s total of all industries.</source>
        <translation>TOTAL_FIELD '{total_field}' одновременно является отраслевым полем; выберите поле, содержащее итог района по всем отраслям.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="94"/>
        <source>District totals x_j: field &apos;{total_field}&apos;.</source>
        <translation>Итоги по районам x_j: поле '{total_field}'.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="98"/>
        <source>No TOTAL_FIELD: each district&apos;s total x_j is the sum of its industry fields ({n_industry_fields} industries), so shares are of these industries only.</source>
        <translation>TOTAL_FIELD не задан: итог каждого района x_j — сумма его отраслевых полей (отраслей: {n_industry_fields}), поэтому доли рассчитываются только относительно этих отраслей.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="107"/>
        <source>REFERENCE_TABLE has no field(s) {fields}: in the wide form its first row holds the reference&apos;s totals under the same field names as the districts.</source>
        <translation>В REFERENCE_TABLE нет полей {fields}: в широком формате её первая строка содержит итоги эталона под теми же именами полей, что и у районов.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="107"/>
        <source>REFERENCE_TABLE is empty: it needs one row.</source>
        <translation>REFERENCE_TABLE пуста: в ней нужна одна строка.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="107"/>
        <source>REFERENCE_TABLE: field &apos;{field}&apos; of the first row is not a number; fill it in.</source>
        <translation>REFERENCE_TABLE: поле '{field}' первой строки не является числом; заполните его.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="128"/>
        <source>REFERENCE_TABLE: the total &apos;{total_field}&apos; of its first row must be &gt; 0.</source>
        <translation>REFERENCE_TABLE: итог '{total_field}' в её первой строке должен быть &gt; 0.</translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="134"/>
        <source>Reference: industry totals X_i from the first row of REFERENCE_TABLE.</source>
        <translation>Эталон: итоги по отраслям X_i из первой строки REFERENCE_TABLE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="28"/>
        <source>TABLE is given but {param} is empty: choose the table&apos;s district key, industry and value fields (TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD).</source>
        <translation>TABLE задана, но параметр {param} пуст: выберите поля ключа района, отрасли и значения таблицы (TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD).</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="37"/>
        <source>INDUSTRY_FIELDS_BASE belongs to the wide form; with TABLE give the base period as BASE_YEAR (with TABLE_YEAR_FIELD) or as TABLE_BASE.</source>
        <translation>INDUSTRY_FIELDS_BASE относится к широкому формату; при TABLE задайте базовый период в BASE_YEAR (с TABLE_YEAR_FIELD) или в TABLE_BASE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="45"/>
        <source>TOTAL_FIELD belongs to the wide form. In the long form a district&apos;s total is the sum of its rows: if the table lacks industries, add a row per district for the rest (e.g. industry &apos;Other&apos;).</source>
        <translation>TOTAL_FIELD относится к широкому формату. В длинном формате итог района — сумма его строк: если в таблице не хватает отраслей, добавьте для каждого района строку с остальными (например, отрасль «Прочие»).</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="54"/>
        <source>BASE_YEAR / END_YEAR need TABLE_YEAR_FIELD: choose the table&apos;s year field.</source>
        <translation>Для BASE_YEAR / END_YEAR нужен TABLE_YEAR_FIELD: выберите поле года таблицы.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="58"/>
        <source>BASE_YEAR and END_YEAR are both {end_year}: choose two different years.</source>
        <translation>BASE_YEAR и END_YEAR оба равны {end_year}: выберите два разных года.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="78"/>
        <source>The base and end periods are both {end_rows}: set BASE_YEAR and END_YEAR.</source>
        <translation>Базовый и конечный периоды совпадают ({end_rows}): задайте BASE_YEAR и END_YEAR.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="102"/>
        <source>Long form: {n_industries} industries from &apos;{ind_f}&apos;, values from &apos;{val_f}&apos;; each district&apos;s total x_j is the sum of its rows.</source>
        <translation>Длинный формат: отраслей — {n_industries} (из '{ind_f}'), значения из '{val_f}'; итог каждого района x_j — сумма его строк.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="135"/>
        <source>REFERENCE_TABLE has no field(s) {missing}: in the long form it holds a row per industry with the same industry field (&apos;{ind_f}&apos;) and value field (&apos;{val_f}&apos;) as TABLE.</source>
        <translation>В REFERENCE_TABLE нет полей {missing}: в длинном формате она содержит по строке на каждую отрасль с тем же полем отрасли ('{ind_f}') и полем значения ('{val_f}'), что и TABLE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="145"/>
        <source>Two periods with a REFERENCE_TABLE need its totals for both years: give TABLE_YEAR_FIELD and a year field of that name in REFERENCE_TABLE.</source>
        <translation>Для двух периодов с REFERENCE_TABLE нужны её итоги за оба года: задайте TABLE_YEAR_FIELD и поле года с тем же именем в REFERENCE_TABLE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="164"/>
        <source>REFERENCE_TABLE has no rows for year {rows} in &apos;{ref_year}&apos;.</source>
        <translation>В REFERENCE_TABLE нет строк за год {rows} в '{ref_year}'.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="189"/>
        <source>Reference: industry totals X_i from REFERENCE_TABLE.</source>
        <translation>Эталон: итоги по отраслям X_i из REFERENCE_TABLE.</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="57"/>
        <source>Undefined quotients: {}.</source>
        <translation>Неопределённые коэффициенты: {}.</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="60"/>
        <source>Region total X ({label}) = {total:g}.</source>
        <translation>Итог по региону X ({label}) = {total:g}.</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="60"/>
        <source>Region total X = {total:g}.</source>
        <translation>Итог по региону X = {total:g}.</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="70"/>
        <source>Strong-cluster cut-offs (LQ ≥ max(1, LQ percentile), value &gt; value percentile): {}{}</source>
        <translation>Пороги сильного кластера (LQ ≥ max(1, процентиль LQ), значение &gt; процентиль значения): {}{}</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="70"/>
        <source>{}: LQ {:.3g}, value {:.3g}</source>
        <translation>{}: LQ {:.3g}, значение {:.3g}</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="78"/>
        <source>Specializations (LQ ≥ {threshold:g}), highest first:</source>
        <translation>Специализации (LQ ≥ {threshold:g}), по убыванию:</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="81"/>
        <source>undefined</source>
        <translation>не определено</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="81"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/lq_outputs.py" line="84"/>
        <source>  … and %n more districts (see the output).</source>
        <translation>
            <numerusform>  … и ещё %n район (см. выходной слой).</numerusform>
            <numerusform>  … и ещё %n района (см. выходной слой).</numerusform>
            <numerusform>  … и ещё %n районов (см. выходной слой).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="102"/>
        <source>Output fields per industry:</source>
        <translation>Выходные поля по отраслям:</translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="105"/>
        <source>(also {})</source>
        <translation>(также {})</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="38"/>
        <source>No ellipsoid set in the project/context: measuring on {default_ellipsoid}.</source>
        <translation>В проекте/контексте не задан эллипсоид: измерения выполняются на {default_ellipsoid}.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="51"/>
        <source>{what} has no coordinate reference system, so areas and distances cannot be measured. Set its CRS (Layer Properties → Source) and run again.</source>
        <translation>{what}: не задана система координат, поэтому площади и расстояния невозможно измерить. Задайте систему координат (Свойства слоя → Источник) и запустите снова.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="51"/>
        <source>the layer</source>
        <translation>слой</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="61"/>
        <source>Unknown ellipsoid &apos;{name}&apos;: measuring on {default_ellipsoid}.</source>
        <translation>Неизвестный эллипсоид '{name}': измерения выполняются на {default_ellipsoid}.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="68"/>
        <source>Could not set up ellipsoidal measurement.</source>
        <translation>Не удалось настроить эллипсоидальные измерения.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="84"/>
        <source>{label}: invalid geometry that could not be repaired; no {purpose}.</source>
        <translation>{label}: недопустимую геометрию не удалось исправить; нет {purpose}.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="90"/>
        <source>{label}: invalid geometry repaired (makeValid) for the {purpose}; the output keeps the original geometry.</source>
        <translation>{label}: недопустимая геометрия исправлена (makeValid) для {purpose}; в выходном слое сохранена исходная геометрия.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="105"/>
        <source>The input layer</source>
        <translation>Входной слой</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="106"/>
        <source>Areas: ellipsoidal ({ellipsoid}), km², from {value}.</source>
        <translation>Площади: эллипсоидальные ({ellipsoid}), км², по координатам в {value}.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="106"/>
        <source>the layer CRS</source>
        <translation>системе координат слоя</translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="111"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="124"/>
        <source>area computation</source>
        <translation>вычисления площади</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="143"/>
        <source>The input layer has no coordinate reference system: set its CRS and run again.</source>
        <translation>Входной слой не имеет системы координат: задайте её и запустите снова.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="149"/>
        <source>regional centre (point on surface)</source>
        <translation>областного центра (точки на поверхности)</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="157"/>
        <source>{label}: its polygon could not be transformed to longitude/latitude; no regional centre.</source>
        <translation>{label}: не удалось преобразовать полигон в долготу/широту; областной центр не определён.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="175"/>
        <source>{label} is not a point.</source>
        <translation>{label} не является точкой.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/measure.py" line="179"/>
        <source>{label} has %n points; each feature must be a single point.</source>
        <translation>
            <numerusform>{label}: %n точка; каждый объект должен быть одной точкой.</numerusform>
            <numerusform>{label}: %n точки; каждый объект должен быть одной точкой.</numerusform>
            <numerusform>{label}: %n точек; каждый объект должен быть одной точкой.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="192"/>
        <source>{label} could not be transformed to longitude/latitude: check its CRS.</source>
        <translation>{label}: не удалось преобразовать в долготу/широту — проверьте систему координат.</translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="45"/>
        <source>Could not write the output: {}</source>
        <translation>Не удалось записать выходной слой: {}</translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="129"/>
        <source>{}: the output file {} is the file of an input layer; writing it would replace the input. Choose another file name, or a new layer in it (ogr:dbname='…' table=&quot;new_name&quot;).</source>
        <translation>{}: выходной файл {} является файлом входного слоя; запись заменила бы входные данные. Выберите другое имя файла или новый слой в нём (ogr:dbname='…' table=&quot;new_name&quot;).</translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="137"/>
        <source>{}: {} is open in another program (its -wal file exists), so it cannot be replaced safely. Close it there, or choose another file name.</source>
        <translation>{}: файл {} открыт в другой программе (существует его файл -wal), поэтому его нельзя безопасно заменить. Закройте его там или выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="39"/>
        <source>the folder {} does not exist</source>
        <translation>папка {} не существует</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="41"/>
        <source>{} is not a folder</source>
        <translation>{} не является папкой</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="43"/>
        <source>the folder {} is not writable</source>
        <translation>папка {} недоступна для записи</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="45"/>
        <source>cannot write in {}: {}</source>
        <translation>невозможно записать в {}: {}</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="46"/>
        <source>{}: {}. Choose another output file.</source>
        <translation>{}: {}. Выберите другой выходной файл.</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="97"/>
        <source>{}: the output could not be written completely ({} of {} features readable back; is the disk full?). Nothing was changed at the destination.</source>
        <translation>{}: выходной слой не удалось записать полностью (при обратном чтении доступно {} из {} объектов; не переполнен ли диск?). В месте назначения ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="134"/>
        <source>{}: could not put the output in place: {}</source>
        <translation>{}: не удалось поместить выходной слой на место: {}</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="162"/>
        <source>{}: the output could not be read back.</source>
        <translation>{}: не удалось прочитать выходной слой после записи.</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="170"/>
        <source>it could not be opened for writing</source>
        <translation>файл не удалось открыть для записи</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="190"/>
        <source>{}: could not write the layer &apos;{}&apos; into {}: {}. The file was left as it was.</source>
        <translation>{}: не удалось записать слой '{}' в {}: {}. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="190"/>
        <source>the file is locked by another program (close it there and run again)</source>
        <translation>файл заблокирован другой программой (закройте его там и запустите снова)</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="190"/>
        <source>GDAL gave no reason</source>
        <translation>GDAL не сообщил причину</translation>
    </message>
    <message>
        <location filename="../layers/read.py" line="45"/>
        <source>Internal error: the table was read without features.</source>
        <translation>Внутренняя ошибка: таблица прочитана без объектов.</translation>
    </message>
    <message>
        <location filename="../layers/read.py" line="105"/>
        <source>The input layer could not be opened.</source>
        <translation>Не удалось открыть входной слой.</translation>
    </message>
    <message>
        <location filename="../layers/table_files.py" line="151"/>
        <source>{}: &apos;{}&apos; could not be opened as a table. Give a CSV/TSV, XLSX/ODS or GeoPackage file, or a layer of the project.</source>
        <translation>{}: '{}' не удалось открыть как таблицу. Укажите файл CSV/TSV, XLSX/ODS или GeoPackage либо слой проекта.</translation>
    </message>
    <message>
        <location filename="../layers/write.py" line="46"/>
        <source>Internal error: {} result rows for {} features.</source>
        <translation>Внутренняя ошибка: строк результата — {}, объектов — {}.</translation>
    </message>
    <message>
        <location filename="../layers/write.py" line="52"/>
        <source>Internal error: no input field {}.</source>
        <translation>Внутренняя ошибка: нет входного поля {}.</translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="179"/>
        <source>{what}: 1 industry not in the data left out of the reference total X: {extra}{more}.</source>
        <translation>{what}: 1 отрасль, которой нет в данных, исключена из эталонного итога X: {extra}{more}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/lq_long_inputs.py" line="181"/>
        <source>{what}: %n industries not in the data left out of the reference total X: {extra}{more}.</source>
        <translation>
            <numerusform>{what}: %n отрасль, которой нет в данных, исключена из эталонного итога X: {extra}{more}.</numerusform>
            <numerusform>{what}: %n отрасли, которых нет в данных, исключены из эталонного итога X: {extra}{more}.</numerusform>
            <numerusform>{what}: %n отраслей, которых нет в данных, исключены из эталонного итога X: {extra}{more}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="116"/>
        <source>{}: the output could not be created.</source>
        <translation>{}: не удалось создать выходной файл.</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="172"/>
        <source>no transaction could be started</source>
        <translation>не удалось начать транзакцию</translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="176"/>
        <source>the transaction could not be committed</source>
        <translation>не удалось завершить (зафиксировать) транзакцию</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="31"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="31"/>
        <source>District polygons (invalid geometries are accepted and copied as they are).</source>
        <translation>Полигоны районов (некорректные геометрии допускаются и копируются без изменений).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="35"/>
        <source>District key field</source>
        <translation>Поле ключа района</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="35"/>
        <source>The district key; NULL or duplicate keys are refused. Also the key the long table is matched on.</source>
        <translation>Ключ района; NULL и повторяющиеся ключи не допускаются. По этому же ключу сопоставляется длинная таблица.</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="39"/>
        <source>Wide form: a field per industry (end period)</source>
        <translation>Широкая форма: поле для каждой отрасли (конечный период)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="39"/>
        <source>Wide form: a field per industry</source>
        <translation>Широкая форма: поле для каждой отрасли</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="44"/>
        <source>Wide form: numeric fields of the districts, one per industry; the field name is the industry name.</source>
        <translation>Широкая форма: числовые поля районов, по одному на отрасль; имя поля — название отрасли.</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="56"/>
        <source>Wide form: district total (empty: sum of the industry fields)</source>
        <translation>Широкая форма: итог по району (пусто: сумма полей отраслей)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="56"/>
        <source>Wide form: the district total x_j (e.g. all employment, including industries not listed). Default: the sum of the industry fields. One period only.</source>
        <translation>Широкая форма: итог по району x_j (например, вся занятость, включая не перечисленные отрасли). По умолчанию — сумма полей отраслей. Только для одного периода.</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="70"/>
        <source>Wide form: base-period fields, in the same order as the industry fields</source>
        <translation>Широкая форма: поля базового периода в том же порядке, что и поля отраслей</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="70"/>
        <source>Wide form: base-period fields, one per industry, in the same order as INDUSTRY_FIELDS (the log lists the pairs).</source>
        <translation>Широкая форма: поля базового периода, по одному на отрасль, в том же порядке, что и INDUSTRY_FIELDS (пары перечисляются в журнале).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="84"/>
        <source>Long form: table with a row per district and industry</source>
        <translation>Длинная форма: таблица со строкой на район и отрасль</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="84"/>
        <source>Long form: a table or layer with one row per district and industry (a statistics yearbook, County Business Patterns). A missing row counts as 0; a repeated row is an error.</source>
        <translation>Длинная форма: таблица или слой со строкой на каждую пару «район — отрасль» (статистический ежегодник, County Business Patterns). Отсутствующая строка считается нулём; повторяющаяся строка — ошибка.</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: district key field of the table</source>
        <translation>Длинная форма: поле ключа района в таблице</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: the table&apos;s district key, matched to ID_FIELD as text (13001.0 matches 13001).</source>
        <translation>Длинная форма: ключ района в таблице, сопоставляется с ID_FIELD как текст (13001.0 совпадает с 13001).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: industry field</source>
        <translation>Длинная форма: поле отрасли</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: the table&apos;s industry (text or code).</source>
        <translation>Длинная форма: отрасль в таблице (текст или код).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: value field (employment, output …)</source>
        <translation>Длинная форма: поле значения (занятость, выпуск …)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: the table's numeric value (employment, output …).</source>
        <translation>Длинная форма: числовое значение в таблице (занятость, выпуск …).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: year field</source>
        <translation>Длинная форма: поле года</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form, optional: the table&apos;s year; rows are selected by END_YEAR (and BASE_YEAR).</source>
        <translation>Длинная форма, необязательно: год в таблице; строки отбираются по END_YEAR (и BASE_YEAR).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="125"/>
        <source>Base year</source>
        <translation>Базовый год</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="125"/>
        <source>Long form: the base period (with TABLE_YEAR_FIELD).</source>
        <translation>Длинная форма: базовый период (вместе с TABLE_YEAR_FIELD).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="129"/>
        <source>End year (empty: the latest year of the table)</source>
        <translation>Конечный год (пусто: последний год в таблице)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="129"/>
        <source>Long form: the (end) period. Default: the latest year in the table (logged).</source>
        <translation>Длинная форма: (конечный) период. По умолчанию — последний год в таблице (указывается в журнале).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="136"/>
        <source>Long form: base-period table (same fields as the table)</source>
        <translation>Длинная форма: таблица базового периода (те же поля, что и в таблице)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="136"/>
        <source>Long form, instead of a year field: a second table with the base period (same field names as TABLE; filtered by BASE_YEAR when a year field is given).</source>
        <translation>Длинная форма, вместо поля года: вторая таблица с базовым периодом (с теми же названиями полей, что и TABLE; фильтруется по BASE_YEAR, если задано поле года).</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="148"/>
        <source>Reference industry totals (e.g. the nation; empty: the districts)</source>
        <translation>Эталонные итоги по отраслям (например, по стране; пусто: по районам)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="148"/>
        <source>Both forms, optional: the industry totals of a wider reference. Wide form: its first row has the same field names as the industry fields (and the base fields). Long form: one row per industry (and year) with the same industry and value (and year) field names as TABLE. Industries of the reference that are not analysed are left out (listed in the log); an analysed industry missing from the reference is an error.</source>
        <translation>Обе формы, необязательно: итоги по отраслям более широкой территории-эталона. Широкая форма: первая строка таблицы с теми же именами полей, что и поля отраслей (и поля базового периода). Длинная форма: строка на каждую отрасль (и год) с теми же именами полей отрасли и значения (и года), что и в TABLE. Отрасли эталона, которые не анализируются, исключаются (перечисляются в журнале); отсутствие в эталоне анализируемой отрасли — ошибка.</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="209"/>
        <source>Both forms were given: {fields} (a field per industry) and {table} (a row per district and industry). Give exactly one of them.</source>
        <translation>Заданы обе формы: {fields} (поле на каждую отрасль) и {table} (строка на район и отрасль). Укажите только одну из них.</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="216"/>
        <source>No data: give {fields} (a numeric field per industry on the districts) or {table} (a table with a row per district and industry, with {key}, {industry} and {value}).</source>
        <translation>Нет данных: задайте {fields} (числовое поле для каждой отрасли в слое районов) или {table} (таблица со строкой на район и отрасль, с {key}, {industry} и {value}).</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>Queen contiguity (a shared point)</source>
        <translation>Смежность «ферзь» (общая точка)</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>Rook contiguity (a shared edge)</source>
        <translation>Смежность «ладья» (общий участок границы)</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="42"/>
        <source>K nearest neighbours (centroids)</source>
        <translation>K ближайших соседей (центроиды)</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="43"/>
        <source>Distance band (centroids)</source>
        <translation>Соседи в радиусе (центроиды)</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="69"/>
        <source>Unknown neighbours method {}.</source>
        <translation>Неизвестный способ определения соседей {}.</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="75"/>
        <source>district neighbours</source>
        <translation>соседних районов</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/adjacency.py" line="79"/>
        <source>%n district(s) without geometry have no neighbours: {names}.</source>
        <translation>
            <numerusform>%n район без геометрии не имеет соседей: {names}.</numerusform>
            <numerusform>%n района без геометрии не имеют соседей: {names}.</numerusform>
            <numerusform>%n районов без геометрии не имеют соседей: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/polygon_contiguity.py" line="92"/>
        <source>Tolerance measured in metres in an azimuthal equidistant projection centred on {lat:.3f}°, {lon:.3f}°.</source>
        <translation>Допуск измеряется в метрах в азимутальной равнопромежуточной проекции с центром {lat:.3f}°, {lon:.3f}°.</translation>
    </message>
    <message>
        <location filename="../layers/distance_graph.py" line="21"/>
        <source>The layer has no coordinate reference system, so distances between districts cannot be measured. Set its CRS (Layer Properties → Source) and run again.</source>
        <translation>У слоя нет системы координат, поэтому расстояния между районами измерить нельзя. Задайте его СК (Свойства слоя → Источник) и запустите снова.</translation>
    </message>
    <message>
        <location filename="../layers/distance_graph.py" line="41"/>
        <source>{label}: its centre could not be transformed to longitude/latitude; no neighbours.</source>
        <translation>{label}: центр не удалось перевести в долготу/широту; соседей нет.</translation>
    </message>
    <message>
        <location filename="../layers/distance_graph.py" line="65"/>
        <source>Distances between centroids: ellipsoidal ({ellipsoid}).</source>
        <translation>Расстояния между центроидами: по эллипсоиду ({ellipsoid}).</translation>
    </message>
    <message>
        <location filename="../layers/neighbours_table.py" line="38"/>
        <source>{what}: the table has no field &apos;{name}&apos;. Give a table shaped like the output of District neighbours (fields district, neighbour, weight).</source>
        <translation>{what}: в таблице нет поля '{name}'. Укажите таблицу того же вида, что результат «Соседние районы» (поля district, neighbour, weight).</translation>
    </message>
    <message>
        <location filename="../layers/neighbours_table.py" line="54"/>
        <source>{what}: row {row} has an empty district or neighbour. Fill it or delete the row.</source>
        <translation>{what}: в строке {row} пустой район или сосед. Заполните его или удалите строку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/neighbours_table.py" line="65"/>
        <source>{what}: %n district(s) of the table are not in the layer: {names}. The table&apos;s district and neighbour values must be the layer&apos;s ID field values (the same ID field as when the table was made).</source>
        <translation>
            <numerusform>{what}: %n район таблицы отсутствует в слое: {names}. Значения district и neighbour таблицы должны быть значениями поля ключа слоя (того же, по которому таблица была построена).</numerusform>
            <numerusform>{what}: %n района таблицы отсутствуют в слое: {names}. Значения district и neighbour таблицы должны быть значениями поля ключа слоя (того же, по которому таблица была построена).</numerusform>
            <numerusform>{what}: %n районов таблицы отсутствуют в слое: {names}. Значения district и neighbour таблицы должны быть значениями поля ключа слоя (того же, по которому таблица была построена).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/neighbours_table.py" line="82"/>
        <source>{what}: row {row} ({a} – {b}) has weight '{value}'; weights must be numbers ≥ 0.</source>
        <translation>{what}: в строке {row} ({a} – {b}) вес '{value}'; веса должны быть числами ≥ 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/adjacency.py" line="93"/>
        <source>%n island(s) (districts without neighbours): {names}.</source>
        <translation>
            <numerusform>%n изолированный район (без соседей): {names}.</numerusform>
            <numerusform>%n изолированных района (без соседей): {names}.</numerusform>
            <numerusform>%n изолированных районов (без соседей): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="98"/>
        <source>{n} districts, {pairs} neighbour pairs; neighbours per district: min {lo}, mean {mean:.2f}, max {hi}.</source>
        <translation>Районов: {n}, пар соседей: {pairs}; соседей у района: минимум {lo}, в среднем {mean:.2f}, максимум {hi}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/adjacency.py" line="103"/>
        <source>%n connected component(s).</source>
        <translation>
            <numerusform>%n связная компонента.</numerusform>
            <numerusform>%n связные компоненты.</numerusform>
            <numerusform>%n связных компонент.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="23"/>
        <source>Neighbours</source>
        <translation>Соседство</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="40"/>
        <source>Snapping tolerance (metres)</source>
        <translation>Допуск привязки (м)</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="51"/>
        <source>Number of nearest neighbours (k)</source>
        <translation>Число ближайших соседей (k)</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="51"/>
        <source>K nearest: how many nearest districts each district gets (not symmetric).</source>
        <translation>K ближайших: сколько ближайших районов получает каждый район (соседство несимметрично).</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="57"/>
        <source>Distance band (metres)</source>
        <translation>Радиус соседства (м)</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="57"/>
        <source>Distance band: districts whose centroids are at most this many metres apart neighbour.</source>
        <translation>Радиус: соседями считаются районы, центроиды которых находятся не дальше этого числа метров друг от друга.</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="78"/>
        <source>Distance band (metres) [DISTANCE]: give a distance greater than 0 for the distance band method (e.g. 50000 for 50 km).</source>
        <translation>Радиус соседства (м) [DISTANCE]: для способа «радиус» укажите расстояние больше 0 (например, 50000 для 50 км).</translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="57"/>
        <source>Global Moran&apos;s I of {field} = {i:.4f} (expected {e:.4f}, n = {n}).</source>
        <translation>Глобальный индекс Морана I для {field} = {i:.4f} (ожидаемое {e:.4f}, n = {n}).</translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="63"/>
        <source>Normality: z = {zn:.3f}, p = {pn:.4g}; randomisation: z = {zr:.3f}, p = {pr:.4g}.</source>
        <translation>При нормальности: z = {zn:.3f}, p = {pn:.4g}; при рандомизации: z = {zr:.3f}, p = {pr:.4g}.</translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="69"/>
        <source>Moran&apos;s I has no variance on this graph (e.g. every district neighbours every other): z and p are undefined (NULL).</source>
        <translation>У индекса Морана нет дисперсии на этом графе (например, каждый район граничит со всеми остальными): z и p не определены (NULL).</translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="76"/>
        <source>Permutations: pseudo p = {p:.4g} ({perms} permutations).</source>
        <translation>Перестановки: псевдо-p = {p:.4g} (перестановок: {perms}).</translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="82"/>
        <source>LISA classes (significant at p ≤ {cutoff:.4g}): {counts}.</source>
        <translation>Классы LISA (значимы при p ≤ {cutoff:.4g}): {counts}.</translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="53"/>
        <source>{what}: the industry field &apos;{field}&apos; is NULL in some rows: fill or remove them.</source>
        <translation>{what}: поле отрасли '{field}' пусто (NULL) в некоторых строках: заполните или удалите их.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="90"/>
        <source>%n key(s) of the LQ table match no district (field &apos;{id_field}&apos;) and are ignored: {names}.</source>
        <translation>
            <numerusform>%n ключ таблицы КЛ не соответствует ни одному району (поле '{id_field}') и пропущен: {names}.</numerusform>
            <numerusform>%n ключа таблицы КЛ не соответствуют ни одному району (поле '{id_field}') и пропущены: {names}.</numerusform>
            <numerusform>%n ключей таблицы КЛ не соответствуют ни одному району (поле '{id_field}') и пропущены: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="99"/>
        <source>%n undefined (NULL) quotient(s), never a specialization: {shown}.</source>
        <translation>
            <numerusform>%n неопределённый (NULL) коэффициент, специализацией не считается: {shown}.</numerusform>
            <numerusform>%n неопределённых (NULL) коэффициента, специализацией не считаются: {shown}.</numerusform>
            <numerusform>%n неопределённых (NULL) коэффициентов, специализацией не считаются: {shown}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="152"/>
        <source>{industry}, zone {zone}: %n district(s) ({names}), mean LQ {mean:.2f}.</source>
        <translation>
            <numerusform>{industry}, зона {zone}: %n район ({names}), средний КЛ {mean:.2f}.</numerusform>
            <numerusform>{industry}, зона {zone}: %n района ({names}), средний КЛ {mean:.2f}.</numerusform>
            <numerusform>{industry}, зона {zone}: %n районов ({names}), средний КЛ {mean:.2f}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="158"/>
        <source>… and %n more zones.</source>
        <translation>
            <numerusform>… и ещё %n зона.</numerusform>
            <numerusform>… и ещё %n зоны.</numerusform>
            <numerusform>… и ещё %n зон.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="159"/>
        <source>{zones} zone(s) of at least {min} contiguous districts with LQ ≥ {threshold:g} in {industries} of {all} industries; {pairs} (district, industry) specializations, {singles} group(s) too small to be zones.</source>
        <translation>Зон из не менее {min} смежных районов с КЛ ≥ {threshold:g}: {zones}, в {industries} из {all} отраслей; специализаций (район, отрасль): {pairs}, групп, слишком малых для зоны: {singles}.</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="66"/>
        <source>{label}: the centres layer has no field &apos;{name_field}&apos;.</source>
        <translation>{label}: в слое центров нет поля «{name_field}».</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="76"/>
        <source>{centres} given but no {output} requested: not copied.</source>
        <translation>{centres} заданы, но {output} не запрошен: центры не скопированы.</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="23"/>
        <source>Queen: districts sharing at least one boundary vertex; rook: sharing a boundary edge; k nearest: the K districts with the nearest centroids; distance band: every district whose centroid is within DISTANCE (ellipsoidal distances).</source>
        <translation>«Ферзь»: смежные районы, имеющие хотя бы одну общую вершину границы; «ладья»: имеющие общий отрезок границы; k ближайших: K районов с ближайшими центроидами; радиус: все районы, центроид которых не дальше DISTANCE (расстояния по эллипсоиду).</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="34"/>
        <source>Queen/rook: districts whose boundaries do not touch but come within this many metres still neighbour (boundaries digitised without shared vertices, small gaps). 0: they must share vertices.</source>
        <translation>«Ферзь»/«ладья»: районы, границы которых не касаются, но сближаются на столько метров, считаются смежными (границы оцифрованы без общих вершин, небольшие зазоры). 0: у границ должны быть общие вершины.</translation>
    </message>
    <message>
        <location filename="../layers/potential_zones.py" line="58"/>
        <source>Potential cluster zones (favourable districts, LQ ≥ {threshold:g})</source>
        <translation>Зоны потенциальных кластеров (благоприятные районы, КЛ ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>Spatial constraint (clusters of contiguous regions)</source>
        <translation>Пространственное ограничение (кластеры из смежных регионов)</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>0 none (default): regions anywhere may form a cluster; 1 queen / 2 rook: only neighbouring clusters merge, so every cluster is one contiguous set of regions (a territorial cluster). A region without neighbours is a cluster of its own.</source>
        <translation>0 — нет (по умолчанию): кластер могут образовать регионы в любом месте; 1 — ферзь / 2 — ладья: объединяются только смежные кластеры, поэтому каждый кластер — одна связная группа смежных регионов (территориальный кластер). Регион без соседей образует отдельный кластер.</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="40"/>
        <source>With a spatial constraint: regions whose boundaries do not touch but come within this many metres still neighbour (boundaries digitised without shared vertices, small gaps). 0: they must touch.</source>
        <translation>С пространственным ограничением: регионы, границы которых не соприкасаются, но сближаются не более чем на столько метров, всё равно считаются смежными (границы оцифрованы без общих вершин, небольшие зазоры). 0: границы должны соприкасаться.</translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="15"/>
        <source>Constant indicator(s) dropped (same value in every region clustered): {dropped}.</source>
        <translation>Отброшены постоянные показатели (одинаковое значение во всех кластеризуемых регионах): {dropped}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="20"/>
        <source>%n region(s) lacking values excluded (no cluster): {}.</source>
        <translation>
            <numerusform>%n регион с пропущенными значениями исключён (без кластера): {}.</numerusform>
            <numerusform>%n региона с пропущенными значениями исключены (без кластера): {}.</numerusform>
            <numerusform>%n регионов с пропущенными значениями исключены (без кластера): {}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="20"/>
        <source>%n region(s) lacking values filled with the indicator mean: {}.</source>
        <translation>
            <numerusform>Пропуски заполнены средним по показателю у %n региона: {}.</numerusform>
            <numerusform>Пропуски заполнены средним по показателю у %n регионов: {}.</numerusform>
            <numerusform>Пропуски заполнены средним по показателю у %n регионов: {}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="33"/>
        <source>… and {n_more} more.</source>
        <translation>… и ещё {n_more}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="35"/>
        <source>all %n indicators</source>
        <translation>
            <numerusform>все %n показатель</numerusform>
            <numerusform>все %n показателя</numerusform>
            <numerusform>все %n показателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="38"/>
        <source>{region}: no value for {listed}.</source>
        <translation>{region}: нет значений — {listed}.</translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="44"/>
        <source>Cluster {cluster} ({size}): {members}</source>
        <translation>Кластер {cluster} ({size}): {members}</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="52"/>
        <source>%n region(s) without neighbours among the regions clustered: each is a cluster of its own (spatial constraint): {names}.</source>
        <translation>
            <numerusform>%n регион без соседей среди кластеризуемых: каждый образует отдельный кластер (пространственное ограничение): {names}.</numerusform>
            <numerusform>%n региона без соседей среди кластеризуемых: каждый образует отдельный кластер (пространственное ограничение): {names}.</numerusform>
            <numerusform>%n регионов без соседей среди кластеризуемых: каждый образует отдельный кластер (пространственное ограничение): {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="61"/>
        <source>The regions clustered form %n separate part(s) with no neighbour between them: at least as many clusters.</source>
        <translation>
            <numerusform>Кластеризуемые регионы образуют %n отдельную часть без смежных регионов между частями: кластеров не меньше.</numerusform>
            <numerusform>Кластеризуемые регионы образуют %n отдельные части без смежных регионов между ними: кластеров не меньше.</numerusform>
            <numerusform>Кластеризуемые регионы образуют %n отдельных частей без смежных регионов между ними: кластеров не меньше.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="73"/>
        <source>Ward clustering of {n_ids} regions on {shape} indicators ({standardization_names}): {k} clusters, cut at height {cut_height:.4g}.</source>
        <translation>Кластеризация методом Уорда (регионов: {n_ids}, показателей: {shape}, {standardization_names}): кластеров — {k}, высота отсечения {cut_height:.4g}.</translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="87"/>
        <source>{n_ids} regions: the nearest-neighbour chain computed the tree (the same merges as scipy&apos;s linkage, in memory growing with the regions, not their square).</source>
        <translation>{n_ids} регионов: дерево построено методом цепочки ближайших соседей (те же объединения, что у linkage из scipy, память растёт пропорционально числу регионов, а не его квадрату).</translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="94"/>
        <source>Two merges have the same height at the cut into {k} clusters: which one is undone follows the merge order (regions sorted by ID). Consider another number of clusters.</source>
        <translation>При отсечении (число кластеров: {k}) два объединения имеют одинаковую высоту: какое из них отменяется, определяется порядком объединения (регионы отсортированы по ID). Попробуйте другое число кластеров.</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="44"/>
        <source>Ward clusters</source>
        <translation>Кластеры Уорда</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="44"/>
        <source>The regions with all input fields plus cluster and distance_to_centre.</source>
        <translation>Регионы со всеми входными полями, а также полями cluster и distance_to_centre.</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="48"/>
        <source>Dendrogram</source>
        <translation>Дендрограмма</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="48"/>
        <source>SVG files (*.svg);;PNG files (*.png);;PDF files (*.pdf)</source>
        <translation>Файлы SVG (*.svg);;Файлы PNG (*.png);;Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="48"/>
        <source>Optional file: .svg, .png or .pdf (another extension is refused). The default (temporary file, TEMPORARY_OUTPUT) writes it beside the Ward clusters output as the output's name + _dendrogram.svg (clusters.gpkg: clusters_dendrogram.svg) — in a temporary file only when that output is temporary; skipped or left out: no dendrogram.</source>
        <translation>Необязательный файл: .svg, .png или .pdf (другое расширение не принимается). По умолчанию (временный файл, TEMPORARY_OUTPUT) дендрограмма записывается рядом с выходным слоем кластеров Уорда: имя выходного слоя + _dendrogram.svg (clusters.gpkg: clusters_dendrogram.svg) — во временный файл, только если сам выходной слой временный; если вывод пропущен или не задан, дендрограмма не строится.</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="64"/>
        <source>Agglomeration schedule</source>
        <translation>Таблица агломерации (порядок объединения)</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="64"/>
        <source>Optional table: the agglomeration schedule, one row per merge (step, item_a, item_b, height, size, cluster).</source>
        <translation>Необязательная таблица: порядок объединения, по строке на каждое объединение (step, item_a, item_b, height, size, cluster).</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="77"/>
        <source>Cluster profiles</source>
        <translation>Профили кластеров</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="77"/>
        <source>Optional table: one row per cluster (cluster, size, members, mean_ and zmean_ of every indicator).</source>
        <translation>Необязательная таблица: по строке на кластер (cluster, size, members, mean_ и zmean_ каждого показателя).</translation>
    </message>
    <message>
        <location filename="../layers/polygon_contiguity.py" line="54"/>
        <source>The layer has no coordinate reference system, so a snapping tolerance in metres cannot be measured. Set its CRS (Layer Properties → Source), or set {tolerance} to 0.</source>
        <translation>У слоя нет системы координат, поэтому допуск привязки в метрах измерить нельзя. Задайте его СК (Свойства слоя → Источник) или установите {tolerance} равным 0.</translation>
    </message>
    <message>
        <location filename="../layers/polygon_contiguity.py" line="103"/>
        <source>{tolerance} must be 0 or more metres, not {}.</source>
        <translation>{tolerance}: нужно не меньше 0 метров, а не {}.</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="88"/>
        <source>{n} cluster centre(s) copied to {output} (stars).</source>
        <translation>Центры кластеров ({n}) скопированы в {output} (звёздочки).</translation>
    </message>
    <message>
        <location filename="../layers/cluster_layers.py" line="39"/>
        <source>District {key}: invalid polygon repaired (makeValid) for its point.</source>
        <translation>Район {key}: некорректный полигон исправлен (makeValid) для определения его точки.</translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="33"/>
        <source>Poisson interval at {level:g} %: {n} quotient(s) significantly above {threshold:g} (lq_significant), of {total} defined.</source>
        <translation>Пуассоновский интервал {level:g} %: значимо выше {threshold:g} коэффициентов: {n} (lq_significant) из {total} определённых.</translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="45"/>
        <source>LQ dynamics quadrants: {}.</source>
        <translation>Квадранты динамики LQ: {}.</translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="51"/>
        <source>Bubble charts of the LQ dynamics [CHART_FOLDER] need two periods: give the base period (INDUSTRY_FIELDS_BASE, BASE_YEAR or TABLE_BASE), or leave the folder empty.</source>
        <translation>Для пузырьковых диаграмм динамики LQ [CHART_FOLDER] нужны два периода: задайте базовый период (INDUSTRY_FIELDS_BASE, BASE_YEAR или TABLE_BASE) или оставьте папку пустой.</translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="90"/>
        <source>{label}: could not write the chart {name}: {error}</source>
        <translation>{label}: не удалось записать диаграмму {name}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/lq_assess.py" line="96"/>
        <source>%n bubble chart(s) written to {folder}.</source>
        <translation>
            <numerusform>%n пузырьковая диаграмма записана в {folder}.</numerusform>
            <numerusform>%n пузырьковые диаграммы записаны в {folder}.</numerusform>
            <numerusform>%n пузырьковых диаграмм записано в {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="25"/>
        <source>Specialization threshold (LQ ≥)</source>
        <translation>Порог специализации (LQ ≥)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="25"/>
        <source>An industry with LQ ≥ threshold is a specialization of the district (values within 1e-9 below count: float noise).</source>
        <translation>Отрасль с LQ ≥ порога — отрасль специализации района (значения ниже порога не более чем на 1e-9 тоже засчитываются: погрешность вычислений с плавающей точкой).</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="38"/>
        <source>Trend tolerance (|change| ≤ it is →)</source>
        <translation>Допуск тренда (при |изменение| ≤ допуска — →)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="38"/>
        <source>Two periods: a change of the LQ above the tolerance is ↑, below minus the tolerance ↓, otherwise →.</source>
        <translation>Два периода: изменение LQ больше допуска — ↑, меньше минус допуска — ↓, иначе →.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="51"/>
        <source>Strong: LQ percentile among districts with the industry</source>
        <translation>Сильная: процентиль LQ среди районов с этой отраслью</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="51"/>
        <source>Strong specialization (field strong of the long table): LQ ≥ 1 and at or above this percentile of the industry's LQs among the districts where it is present.</source>
        <translation>Сильная специализация (поле strong длинной таблицы): LQ ≥ 1 и не ниже этого процентиля LQ отрасли среди районов, где она присутствует.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="66"/>
        <source>Strong: value percentile among districts with the industry</source>
        <translation>Сильная: процентиль значения среди районов с этой отраслью</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="66"/>
        <source>Strong specialization: also a value above this percentile of the industry&apos;s values among the districts where it is present (filters out the large quotients of tiny bases).</source>
        <translation>Сильная специализация: кроме того, значение выше этого процентиля значений отрасли среди районов, где она присутствует (отсеивает большие коэффициенты на крошечной базе).</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="82"/>
        <source>Style the map by this industry&apos;s LQ (empty: number of specializations)</source>
        <translation>Стиль карты по LQ этой отрасли (пусто: число специализаций)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="82"/>
        <source>An industry (its name, case-insensitive, or its field name) to map by its LQ. Empty: the map shows the number of specializations.</source>
        <translation>Отрасль (её название без учёта регистра или имя её поля), LQ которой показывается на карте. Пусто — карта показывает число специализаций.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="93"/>
        <source>LQ style breaks (default 0.5;0.8;1.25;2)</source>
        <translation>Границы стиля LQ (по умолчанию 0.5;0.8;1.25;2)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="93"/>
        <source>Breaks of the diverging LQ style of STYLE_INDUSTRY, default 0.5;0.8;1.25;2; districts whose quotient is undefined are drawn grey, Undefined (the classes are then stored as rules).</source>
        <translation>Границы расходящегося стиля LQ для STYLE_INDUSTRY, по умолчанию 0.5;0.8;1.25;2; районы с неопределённым коэффициентом рисуются серым как «Не определено» (классы в этом случае сохраняются как правила).</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Reliability test of the quotients</source>
        <translation>Проверка надёжности коэффициентов</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Counts (employees, establishments): Poisson interval</source>
        <translation>Счётные данные (занятые, предприятия): пуассоновский интервал</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Values (output in money): minimum share of the region</source>
        <translation>Стоимостные показатели (объём продукции): минимальная доля региона</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Counts: a confidence interval of each LQ (lq_low, lq_high; delta method for Poisson counts, Moineddin, Beyene &amp; Boyle 2003) and lq_significant = the whole interval above the threshold. The values must be counts of persons or establishments (not thousands). Values that are not counts (money) have no sampling model: lq_significant = LQ ≥ the threshold and the cell ≥ MIN_SHARE of the region's total; no interval. None: the fields stay NULL.</source>
        <translation>Счётные данные: доверительный интервал каждого LQ (lq_low, lq_high; дельта-метод для пуассоновских счётов, Moineddin, Beyene &amp; Boyle 2003) и lq_significant = весь интервал выше порога. Значения должны быть численностью людей или предприятий (не в тысячах). Для нечётных данных (денежные показатели) вероятностной модели нет: lq_significant = LQ ≥ порога и ячейка ≥ MIN_SHARE от итога региона; интервала нет. «Нет»: поля остаются NULL.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="129"/>
        <source>Confidence level of the interval</source>
        <translation>Доверительная вероятность интервала</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="129"/>
        <source>The interval&apos;s confidence level (counts test), e.g. 0.95 or 0.90.</source>
        <translation>Доверительная вероятность интервала (проверка для счётных данных), например 0.95 или 0.90.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="142"/>
        <source>Values test: minimum share of the region&apos;s total</source>
        <translation>Проверка стоимостных показателей: минимальная доля в итоге региона</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="142"/>
        <source>Values test: a specialization is reliable when the cell is at least this share of the region&apos;s total (0.01 = 1 %).</source>
        <translation>Проверка стоимостных показателей: специализация надёжна, если ячейка составляет не менее этой доли итога региона (0.01 = 1 %).</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="158"/>
        <source>Bubble charts of the LQ dynamics (folder)</source>
        <translation>Пузырьковые диаграммы динамики LQ (папка)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="158"/>
        <source>Two periods: a bubble chart per district (x = change of the LQ, y = LQ, bubble area = the value, quadrants Star / Mature / Emerging / Transforming) written to this folder as lq_chart_(district name).png (or .svg, .pdf); files of the same names are replaced, nothing else in the folder is touched.</source>
        <translation>Два периода: пузырьковая диаграмма по каждому району (x — изменение LQ, y — LQ, площадь пузырька — значение, квадранты «Звезда» / «Зрелая» / «Формирующаяся» / «Трансформирующаяся») записывается в эту папку как lq_chart_(название района).png (или .svg, .pdf); файлы с теми же именами заменяются, остальное содержимое папки не затрагивается.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>Chart file format</source>
        <translation>Формат файлов диаграмм</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>SVG drawing</source>
        <translation>Рисунок SVG</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>The bubble charts&apos; file format.</source>
        <translation>Формат файлов пузырьковых диаграмм.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="180"/>
        <source>One chart of this industry across the districts (empty: a chart per district)</source>
        <translation>Одна диаграмма этой отрасли по всем районам (пусто: диаграмма на каждый район)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="180"/>
        <source>An industry (as in STYLE_INDUSTRY): one chart with a bubble per district instead of one per district.</source>
        <translation>Отрасль (как в STYLE_INDUSTRY): одна диаграмма с пузырьком на каждый район вместо диаграммы на каждый район.</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="191"/>
        <source>District name field for the charts (empty: the key)</source>
        <translation>Поле названия района для диаграмм (пусто: ключ)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="191"/>
        <source>The district names shown in the chart titles and file names (default: the district key).</source>
        <translation>Названия районов в заголовках и именах файлов диаграмм (по умолчанию — ключ района).</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="72"/>
        <source>Only significant quotients (lq_significant of the LQ table)</source>
        <translation>Только значимые коэффициенты (lq_significant таблицы LQ)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="72"/>
        <source>Keep only the rows of the LQ table whose lq_significant is true (the reliability test of Localization coefficient): a specialization must be significantly above 1, not a large quotient on a tiny base. The table must have the field lq_significant.</source>
        <translation>Оставить только строки таблицы LQ, где lq_significant истинно (проверка надёжности алгоритма «Коэффициент локализации»): специализация должна быть значимо выше 1, а не большим коэффициентом на крошечной базе. В таблице должно быть поле lq_significant.</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="93"/>
        <source>{table} has no field &apos;{lq_id}&apos; for the district key: choose it in {key}.</source>
        <translation>{table}: нет поля '{lq_id}' для ключа района: выберите его в {key}.</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="103"/>
        <source>{option}: {table} has no field &apos;{field}&apos;. Run Localization coefficient with a reliability test [LQ_TEST] and give its long table, or uncheck the option.</source>
        <translation>{option}: в {table} нет поля '{field}'. Запустите «Коэффициент локализации» с проверкой надёжности [LQ_TEST] и укажите его длинную таблицу или снимите этот флажок.</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="115"/>
        <source>{table}: the key field &apos;{lq_id}&apos; is NULL in some rows: fill or remove them.</source>
        <translation>{table}: поле ключа '{lq_id}' в некоторых строках равно NULL: заполните или удалите эти строки.</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="129"/>
        <source>Only significant quotients: {kept} of {total} rows of LQ_TABLE kept (lq_significant true).</source>
        <translation>Только значимые коэффициенты: оставлено строк LQ_TABLE: {kept} из {total} (lq_significant истинно).</translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="119"/>
        <source>{}: cannot create the folder {}: {}</source>
        <translation>{}: не удаётся создать папку {}: {}</translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="18"/>
        <source>{capitals} must hold exactly two points (e.g. Astana and Almaty); it has {n_features}. Select or filter the two capitals and run again.</source>
        <translation>{capitals} должен содержать ровно две точки (например, Астана и Алматы); число объектов в нём: {n_features}. Выделите или отфильтруйте две столицы и запустите снова.</translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="29"/>
        <source>capital feature {}</source>
        <translation>объект столицы {}</translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="37"/>
        <source>{capitals}: {name} has no geometry; both capitals need a point.</source>
        <translation>{capitals}: {name} — нет геометрии; для обеих столиц нужна точка.</translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="56"/>
        <source>{centers}: feature {f_id} has no key (&apos;{center_key}&apos; is NULL); it is ignored.</source>
        <translation>{centers}: у объекта {f_id} нет ключа ('{center_key}' равно NULL); он пропускается.</translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="63"/>
        <source>{centers}: the key &apos;{key}&apos; appears twice in &apos;{center_key}&apos;; each region needs one centre. Remove or rename the duplicate.</source>
        <translation>{centers}: ключ '{key}' встречается в '{center_key}' дважды; у каждого региона должен быть один центр. Удалите или переименуйте дубликат.</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/capital_points.py" line="83"/>
        <source>No centre (with a point) in {centers} for %n region(s): {}.</source>
        <translation>
            <numerusform>В {centers} нет центра (с точкой) для %n региона: {}.</numerusform>
            <numerusform>В {centers} нет центра (с точкой) для %n регионов: {}.</numerusform>
            <numerusform>В {centers} нет центра (с точкой) для %n регионов: {}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="87"/>
        <source>Centres not matched to any region: {}.</source>
        <translation>Центры, не сопоставленные ни одному региону: {}.</translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="88"/>
        <source>Keys are compared as text (&apos;{id_field}&apos; = &apos;{center_key}&apos;).</source>
        <translation>Ключи сравниваются как текст ('{id_field}' = '{center_key}').</translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="20"/>
        <source>Give either {start} and {end} or {series}, not both.</source>
        <translation>Укажите либо {start} и {end}, либо {series}, но не то и другое одновременно.</translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="23"/>
        <source>{series} needs at least two fields in time order (first = start, last = end).</source>
        <translation>Для {series} нужно не менее двух полей в хронологическом порядке (первое = начало, последнее = конец).</translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="29"/>
        <source>{series} lists a field twice.</source>
        <translation>В {series} одно поле указано дважды.</translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="33"/>
        <source>No values to compare: choose {start} and {end}, or {series} (several fields in time order).</source>
        <translation>Нет значений для сравнения: выберите {start} и {end} или {series} (несколько полей в хронологическом порядке).</translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="39"/>
        <source>{start} and {end} are the same field &apos;{start_field}&apos;.</source>
        <translation>{start} и {end} — одно и то же поле '{start_field}'.</translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="54"/>
        <source>{label} must be a positive span in years (got {years:g}), e.g. 14 for 1997–2011; leave it empty for no annual rate.</source>
        <translation>{label}: нужен положительный период в годах (получено {years:g}), например 14 для 1997–2011; оставьте пустым, чтобы не рассчитывать среднегодовой темп.</translation>
    </message>
    <message>
        <location filename="../layers/growth_log.py" line="13"/>
        <source>Regional growth index (total '{end_field}' / total '{start_field}' × 100 over {n_regional} districts): {regional_index:.2f}.</source>
        <translation>Региональный индекс роста (итог '{end_field}' / итог '{start_field}' × 100; районов: {n_regional}): {regional_index:.2f}.</translation>
    </message>
    <message>
        <location filename="../layers/growth_log.py" line="32"/>
        <source>{label} ({bounds} % of the regional index): {count} — {members}</source>
        <translation>{label} ({bounds} % от регионального индекса): {count} — {members}</translation>
    </message>
    <message>
        <location filename="../layers/growth_log.py" line="34"/>
        <source>{label} ({bounds} % of the regional index): {count}</source>
        <translation>{label} ({bounds} % от регионального индекса): {count}</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="13"/>
        <source>Districts with statistics</source>
        <translation>Районы со статистикой</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="13"/>
        <source>Every district with its fields, the table&apos;s columns (NULL where unmatched), match_name, match_method and match_score.</source>
        <translation>Каждый район со своими полями, столбцами таблицы (NULL, если сопоставления нет), match_name, match_method и match_score.</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="22"/>
        <source>Match report</source>
        <translation>Отчёт о сопоставлении</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="22"/>
        <source>One row per district and per unused table row: district, table_name, method, score, status (matched, unmatched, ambiguous, unused).</source>
        <translation>По одной строке на каждый район и на каждую неиспользованную строку таблицы: district, table_name, method, score, status (matched, unmatched, ambiguous, unused).</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="31"/>
        <source>Unused table rows</source>
        <translation>Неиспользованные строки таблицы</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="31"/>
        <source>The table rows no district took, with cleaned numbers (e.g. the oblast or national row: a REFERENCE_TABLE for the rank-score typology).</source>
        <translation>Строки таблицы, не доставшиеся ни одному району, с очищенными числами (например, строка области или страны — эталонная таблица REFERENCE_TABLE для рангово-балльной типологии).</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="99"/>
        <source>{n} of {total} districts matched ({methods})</source>
        <translation>Сопоставлено районов: {n} из {total} ({methods})</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="111"/>
        <source>unmatched: {}</source>
        <translation>не сопоставлены: {}</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="113"/>
        <source>ambiguous, equally good rows (give an alias): {}</source>
        <translation>неоднозначно, равноценные строки (задайте синоним): {}</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="115"/>
        <source>unused table rows: {}</source>
        <translation>неиспользованные строки таблицы: {}</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="18"/>
        <source>{label} read as text with encoding {} and separator &apos;{}&apos;.</source>
        <translation>{label}: таблица прочитана как текст в кодировке {} с разделителем '{}'.</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="34"/>
        <source>{label}: the table needs two columns, name and key.</source>
        <translation>{label}: в таблице должны быть два столбца — name и key.</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="39"/>
        <source>{} aliases read from {label} (columns '{}' → '{}').</source>
        <translation>Синонимов прочитано из {label}: {} (столбцы '{}' → '{}').</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="56"/>
        <source>Column &apos;{}&apos; stays text: &apos;{}&apos; is not a number ({decimal_label}: {}, {thousands_label}: {}).</source>
        <translation>Столбец '{}' остаётся текстовым: '{}' — не число ({decimal_label}: {}, {thousands_label}: {}).</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="70"/>
        <source>Column '{}': {} missing value(s) (empty or a missing-data marker) → NULL.</source>
        <translation>Столбец '{}': пропущенных значений — {} (пустые ячейки или метки отсутствия данных) → NULL.</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="85"/>
        <source>{label}: give the statistics table.</source>
        <translation>{label}: укажите таблицу статистики.</translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="108"/>
        <source>Table column &apos;{}&apos; is written as &apos;{}&apos; (its alias keeps the original name).</source>
        <translation>Столбец таблицы '{}' записан как '{}' (его псевдоним сохраняет исходное имя).</translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="26"/>
        <source>{param_name}: the layer has {geometrydisplaystring} geometry, but this algorithm expects a polygon layer of districts/regions. Choose the polygon layer (join the statistics to it first if needed).</source>
        <translation>{param_name}: у слоя геометрия типа {geometrydisplaystring}, а этот алгоритм ожидает полигональный слой районов/регионов. Выберите полигональный слой (при необходимости сначала присоедините к нему статистику).</translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="40"/>
        <source>{label}: &apos;{field}&apos; is the layer&apos;s feature id (its primary key), which numbers the features and says nothing about the districts. Choose the field that holds the values (after &apos;Select all&apos;, untick &apos;{field}&apos;).</source>
        <translation>{label}: '{field}' — идентификатор объектов слоя (его первичный ключ): он лишь нумерует объекты и ничего не говорит о районах. Выберите поле со значениями показателя (после «Выбрать все» снимите отметку с '{field}').</translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="72"/>
        <source>{name} needs the Python package &apos;{package}&apos; for this, which this QGIS does not have (on Debian/Ubuntu install python3-{package}).</source>
        <translation>{name}: для этого нужен пакет Python '{package}', которого нет в этой установке QGIS (в Debian/Ubuntu установите python3-{package}).</translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="79"/>
        <source>{}: not enough memory for this input. Run it on fewer features or fields.</source>
        <translation>{}: недостаточно памяти для этих входных данных. Запустите на меньшем числе объектов или полей.</translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="84"/>
        <source>{name} failed unexpectedly ({kind}: {error}). This is a bug in Territorial Clusters: please report it with the input that caused it (the details are in the &apos;{tag}&apos; tab of the Log Messages panel).</source>
        <translation>{name}: непредвиденный сбой ({kind}: {error}). Это ошибка в Territorial Clusters: сообщите о ней, приложив вызвавшие её входные данные (подробности — на вкладке «{tag}» панели «Журнал сообщений»).</translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="18"/>
        <source>Fields {both} are both positive and negative indicators; list each once.</source>
        <translation>Поля {both} указаны и как положительные, и как отрицательные показатели; укажите каждое только один раз.</translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="22"/>
        <source>No indicator fields: choose at least one in {positive} or {negative}.</source>
        <translation>Нет полей показателей: выберите хотя бы одно в {positive} или {negative}.</translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="34"/>
        <source>{reference} is &apos;first row of a reference table&apos; but no {table} is given.</source>
        <translation>{reference} — «первая строка эталонной таблицы», но {table} не задана.</translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="39"/>
        <source>The reference table has no field(s) {fields}: it needs the same field names as the indicators.</source>
        <translation>В эталонной таблице нет поля (полей) {fields}: названия полей в ней должны совпадать с полями показателей.</translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="39"/>
        <source>The reference table is empty: it needs one row.</source>
        <translation>Эталонная таблица пуста: в ней должна быть одна строка.</translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="39"/>
        <source>The reference table&apos;s first row has no numeric value for &apos;{field}&apos;: fill it in.</source>
        <translation>В первой строке эталонной таблицы нет числового значения для '{field}': заполните его.</translation>
    </message>
    <message>
        <location filename="../layers/rank_outputs.py" line="36"/>
        <source>{district}: complex grade {grade:.2f} → {label}</source>
        <translation>{district}: комплексная оценка {grade:.2f} → {label}</translation>
    </message>
    <message>
        <location filename="../layers/rank_outputs.py" line="42"/>
        <source>Classes: {}</source>
        <translation>Классы: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/rank_outputs.py" line="50"/>
        <source>{district}: no value for {lacking}; graded on {graded} of %n indicators.</source>
        <translation>
            <numerusform>{district}: нет значения для {lacking}; оценка по {graded} из %n показателя.</numerusform>
            <numerusform>{district}: нет значения для {lacking}; оценка по {graded} из %n показателей.</numerusform>
            <numerusform>{district}: нет значения для {lacking}; оценка по {graded} из %n показателей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/rank_outputs.py" line="55"/>
        <source>Reference values: {}</source>
        <translation>Эталонные значения: {}</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="16"/>
        <source>Number of clusters (empty: 6, or from the cut height)</source>
        <translation>Число кластеров (пусто: 6 или по высоте отсечения)</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="16"/>
        <source>The number of clusters k (1 … number of regions clustered). Give it or HEIGHT, not both; neither gives 6 clusters, as in paper 003.</source>
        <translation>Число кластеров k (от 1 до числа кластеризуемых регионов). Задайте его или HEIGHT, но не оба сразу; если не задано ни то ни другое — 6 кластеров, как в статье 003.</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="29"/>
        <source>Cut height (instead of the number of clusters)</source>
        <translation>Высота отсечения (вместо числа кластеров)</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="29"/>
        <source>A cut height instead of k: every merge at a height ≤ HEIGHT is kept (the number of clusters is logged).</source>
        <translation>Высота отсечения вместо k: сохраняются все объединения на высоте ≤ HEIGHT (число кластеров выводится в журнал).</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="48"/>
        <source>Both N_CLUSTERS ({k}) and HEIGHT ({height:g}) are given: the tree is cut either into a number of clusters or at a height — leave one of them empty.</source>
        <translation>Заданы и N_CLUSTERS ({k}), и HEIGHT ({height:g}): дерево разрезается либо на заданное число кластеров, либо на заданной высоте — оставьте один из параметров пустым.</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="56"/>
        <source>Neither N_CLUSTERS nor HEIGHT given: {default_clusters} clusters (as paper 003).</source>
        <translation>Не задан ни N_CLUSTERS, ни HEIGHT: число кластеров — {default_clusters} (как в статье 003).</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="22"/>
        <source>Cluster centres (points)</source>
        <translation>Центры кластеров (точки)</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="22"/>
        <source>Optional points, e.g. the cluster centre towns (paper 004: Aktobe, Khromtau, Kandyagash).</source>
        <translation>Необязательные точки, например города — центры кластеров (статья 004: Актобе, Хромтау, Кандыагаш).</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="31"/>
        <source>Centre name field (empty: the first text field)</source>
        <translation>Поле названия центра (пусто: первое текстовое поле)</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="31"/>
        <source>The centres&apos; label (default: the first text field).</source>
        <translation>Подпись центров (по умолчанию: первое текстовое поле).</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="44"/>
        <source>Cluster centres (stars)</source>
        <translation>Центры кластеров (звёздочки)</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="44"/>
        <source>A copy of CENTRES, drawn as stars (Okabe–Ito vermillion, white outline) with labels; only written when CENTRES is given.</source>
        <translation>Копия CENTRES, отображаемая звёздочками (киноварь из палитры Okabe–Ito, белая обводка) с подписями; записывается, только если задан CENTRES.</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="24"/>
        <source>Localization coefficients (long table: district, industry, lq)</source>
        <translation>Коэффициенты локализации (таблица в длинном формате: район, отрасль, lq)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="24"/>
        <source>A long table, one row per district and industry: the long table output of Localization coefficient, or published quotients (the sample&apos;s lq_paper004_table3).</source>
        <translation>Таблица в длинном формате, по строке на каждую пару «район — отрасль»: таблица в длинном формате из алгоритма «Коэффициент локализации» или опубликованные коэффициенты (lq_paper004_table3 из демонстрационных данных).</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="36"/>
        <source>LQ table: district key field (empty: same name as ID_FIELD)</source>
        <translation>Таблица LQ: поле ключа района (пусто: то же имя, что у ID_FIELD)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="36"/>
        <source>The LQ table&apos;s district key field (default: a field with the name of ID_FIELD, as in Localization coefficient&apos;s long table).</source>
        <translation>Поле ключа района в таблице LQ (по умолчанию: поле с тем же именем, что и ID_FIELD, как в таблице в длинном формате алгоритма «Коэффициент локализации»).</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="48"/>
        <source>LQ table: industry field (default: industry)</source>
        <translation>Таблица LQ: поле отрасли (по умолчанию: industry)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="48"/>
        <source>The LQ table&apos;s industry field.</source>
        <translation>Поле отрасли в таблице LQ.</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="58"/>
        <source>LQ table: localization coefficient field (default: lq)</source>
        <translation>Таблица LQ: поле коэффициента локализации (по умолчанию: lq)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="58"/>
        <source>The LQ table&apos;s quotient field (for a two-period long table, lq is the end year).</source>
        <translation>Поле коэффициента в таблице LQ (для таблицы в длинном формате за два периода lq — конечный год).</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="13"/>
        <source>No district is in favourable class(es) {str}.</source>
        <translation>В благоприятных классах {str} нет ни одного района.</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="19"/>
        <source>{n_unmatched} key(s) of the LQ table match no district of the typology (field &apos;{id_field}&apos;) and are ignored: {unmatched}.</source>
        <translation>Ключи таблицы LQ, не совпадающие ни с одним районом типологии (поле '{id_field}'), игнорируются ({n_unmatched}): {unmatched}.</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="26"/>
        <source>Favourable district(s) without any row in the LQ table: {no_rows} — no industries can be listed for them.</source>
        <translation>Благоприятные районы без единой строки в таблице LQ: {no_rows} — для них нельзя указать отрасли.</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="34"/>
        <source>{n_undefined} undefined (NULL) quotient(s) skipped: {shown}{value}.</source>
        <translation>Пропущены неопределённые (NULL) коэффициенты ({n_undefined}): {shown}{value}.</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="43"/>
        <source>no industry with LQ ≥ {threshold:g}</source>
        <translation>нет отраслей с LQ ≥ {threshold:g}</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="46"/>
        <source>class {}</source>
        <translation>класс {}</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="49"/>
        <source>{n_fav} of {n_ids} districts are in the favourable classes {str}; {sum} of them have industries with LQ ≥ {threshold:g}.</source>
        <translation>В благоприятных классах {str} — {n_fav} из {n_ids} районов; отрасли с LQ ≥ {threshold:g} есть у {sum} из них.</translation>
    </message>
</context>
<context>
    <name>LocalizationCoefficientAlgorithm</name>
    <message>
        <location filename="../algorithms/localization.py" line="22"/>
        <source>Localization coefficient</source>
        <translation>Коэффициент локализации</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="23"/>
        <source>4 Specialization</source>
        <translation>4 Специализация</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="101"/>
        <source>Localization coefficients</source>
        <translation>Коэффициенты локализации</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="101"/>
        <source>The districts with their fields and, per industry, lq_ (and for two periods lq_base_, lq_change_, trend_) fields, then n_specializations, specializations, top_industry, district_total, share_of_region and lq_ceiling.</source>
        <translation>Районы с их полями и, для каждой отрасли, полями lq_ (для двух периодов — также lq_base_, lq_change_, trend_), затем n_specializations, specializations, top_industry, district_total, share_of_region и lq_ceiling.</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="111"/>
        <source>Localization coefficients (long table)</source>
        <translation>Коэффициенты локализации (длинная таблица)</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="154"/>
        <source>nothing to compute</source>
        <translation>нечего рассчитывать</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="200"/>
        <source>Long table: {total} rows (district × industry).</source>
        <translation>Длинная таблица: строк — {total} (район × отрасль).</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="27"/>
        <source>Location quotients (localization coefficients, papers 001 and 004): LQ = (x&lt;sub&gt;ij&lt;/sub&gt; / x&lt;sub&gt;j&lt;/sub&gt;) / (X&lt;sub&gt;i&lt;/sub&gt; / X) — the industry's share of the district divided by its share of the region. LQ ≥ THRESHOLD (1) marks a specialization.

&lt;b&gt;Data&lt;/b&gt;, one of two forms: &lt;i&gt;wide&lt;/i&gt; — a numeric field per industry on the districts (INDUSTRY_FIELDS; TOTAL_FIELD optional, default the sum of the industry fields); &lt;i&gt;long&lt;/i&gt; — a table with one row per district and industry (TABLE, with its key, industry and value fields; TABLE_YEAR_FIELD picks the years). Rows of a long table are never summed: a repeated (district, industry, year) is an error. A missing row counts as 0.
&lt;b&gt;Two periods&lt;/b&gt;: INDUSTRY_FIELDS_BASE (wide), or BASE_YEAR / END_YEAR with the year field, or a second table TABLE_BASE (long): LQ in both years, change and trend ↑ ↓ → (|change| ≤ TREND_TOLERANCE is →), as in paper 001.
&lt;b&gt;Reference&lt;/b&gt; (optional): the industry totals of a wider area (e.g. the nation) instead of the layer's districts — same field names as the input (wide: first row; long: a row per industry [and year]).
&lt;b&gt;Output&lt;/b&gt;: lq_&amp;lt;industry&amp;gt; per industry (mapping in the log), n_specializations, specializations (&quot;Non-ferrous metallurgy (4.6), Construction raw materials (1.2)&quot;), top_industry, district_total, share_of_region and lq_ceiling (= X / x&lt;sub&gt;j&lt;/sub&gt;, the largest LQ the district can reach: a huge LQ on a tiny base shows here). &lt;b&gt;Output table&lt;/b&gt;: one row per district and industry with value, share, lq, specialized and strong (US Cluster Mapping: LQ ≥ 1, LQ ≥ the 75th percentile and value above the 25th percentile of the districts where the industry is present).
NULL values are unknown (not 0); undefined quotients (district total 0, industry absent) are NULL with the reason in the log. County Business Patterns 2017 stores suppressed cells as 0: set them to NULL first (see the documentation).
&lt;b&gt;Reliable quotients&lt;/b&gt; (LQ_TEST): for counts (employees, establishments) a confidence interval of each LQ (lq_low, lq_high at CONFIDENCE, Poisson delta method, Moineddin, Beyene &amp;amp; Boyle 2003) and lq_significant = the interval lies above THRESHOLD; for values in money no interval, lq_significant = LQ ≥ THRESHOLD and the cell ≥ MIN_SHARE of the region.
&lt;b&gt;Dynamics&lt;/b&gt; (two periods): lq_quadrant — Star (LQ ≥ 1, rising), Mature (LQ ≥ 1, not rising), Emerging (LQ &amp;lt; 1, rising), Transforming (LQ &amp;lt; 1, not rising); rising = change above TREND_TOLERANCE. CHART_FOLDER: a bubble chart per district (x = change, y = LQ, area = value).
&lt;b&gt;Style&lt;/b&gt;: the number of specializations, or with STYLE_INDUSTRY that industry's LQ on a diverging palette centred on 1 (breaks 0.5 / 0.8 / 1.25 / 2), quotients that are not significant hatched.</source>
        <translation>Коэффициенты локализации (location quotients; статьи 001 и 004): LQ = (x&lt;sub&gt;ij&lt;/sub&gt; / x&lt;sub&gt;j&lt;/sub&gt;) / (X&lt;sub&gt;i&lt;/sub&gt; / X) — доля отрасли в районе, делённая на её долю в регионе. LQ ≥ THRESHOLD (1) означает отрасль специализации.

&lt;b&gt;Данные&lt;/b&gt; — в одной из двух форм: &lt;i&gt;широкая&lt;/i&gt; — числовое поле для каждой отрасли в слое районов (INDUSTRY_FIELDS; TOTAL_FIELD необязателен, по умолчанию — сумма полей отраслей); &lt;i&gt;длинная&lt;/i&gt; — таблица с одной строкой на район и отрасль (TABLE с полями ключа, отрасли и значения; TABLE_YEAR_FIELD выбирает годы). Строки длинной таблицы никогда не суммируются: повторяющаяся комбинация (район, отрасль, год) — ошибка. Отсутствующая строка считается равной 0.
&lt;b&gt;Два периода&lt;/b&gt;: INDUSTRY_FIELDS_BASE (широкая форма), или BASE_YEAR / END_YEAR с полем года, или вторая таблица TABLE_BASE (длинная форма): LQ в оба года, изменение и тренд ↑ ↓ → (при |изменение| ≤ TREND_TOLERANCE — →), как в статье 001.
&lt;b&gt;Эталон&lt;/b&gt; (необязательно): итоги по отраслям более широкой территории (например, страны) вместо районов слоя — с теми же названиями полей, что и во входных данных (широкая форма: первая строка; длинная: по строке на отрасль [и год]).
&lt;b&gt;Выходной слой&lt;/b&gt;: lq_&amp;lt;отрасль&amp;gt; для каждой отрасли (соответствие — в журнале), n_specializations, specializations («Цветная металлургия (4.6), Строительное сырьё (1.2)»), top_industry, district_total, share_of_region и lq_ceiling (= X / x&lt;sub&gt;j&lt;/sub&gt;, наибольший LQ, достижимый для района: здесь видно, что огромный LQ получен на крошечной базе). &lt;b&gt;Выходная таблица&lt;/b&gt;: по строке на район и отрасль с value, share, lq, specialized и strong (по US Cluster Mapping: LQ ≥ 1, LQ не ниже 75-го процентиля и значение выше 25-го процентиля среди районов, где отрасль присутствует).
Значения NULL считаются неизвестными (не 0); неопределённые коэффициенты (итог по району равен 0, отрасль отсутствует) равны NULL, причина указывается в журнале. В County Business Patterns 2017 скрытые ячейки хранятся как 0: сначала замените их на NULL (см. документацию).
&lt;b&gt;Надёжность коэффициентов&lt;/b&gt; (LQ_TEST): для счётных данных (численность занятых, число предприятий) — доверительный интервал каждого LQ (lq_low, lq_high с уровнем CONFIDENCE, дельта-метод для пуассоновских счётов, Moineddin, Beyene &amp;amp; Boyle 2003) и lq_significant = весь интервал лежит выше THRESHOLD; для стоимостных показателей (объём продукции в деньгах) интервала нет, lq_significant = LQ ≥ THRESHOLD и ячейка составляет не менее MIN_SHARE от итога региона.
&lt;b&gt;Динамика&lt;/b&gt; (два периода): lq_quadrant — «Звезда» (LQ ≥ 1, растёт), «Зрелая» (LQ ≥ 1, не растёт), «Формирующаяся» (LQ &amp;lt; 1, растёт), «Трансформирующаяся» (LQ &amp;lt; 1, не растёт); растёт = изменение больше TREND_TOLERANCE. CHART_FOLDER: пузырьковая диаграмма по каждому району (x — изменение, y — LQ, площадь — значение).
&lt;b&gt;Стиль&lt;/b&gt;: число специализаций или, при заданном STYLE_INDUSTRY, LQ этой отрасли в расходящейся палитре с центром в 1 (границы 0.5 / 0.8 / 1.25 / 2); незначимые коэффициенты заштрихованы.</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="111"/>
        <source>A long table (no geometry), one row per district and industry: the key, industry, value, share, share_of_industry, lq (two periods: value_base, lq_base, lq_change, trend), specialized, strong, lq_low, lq_high, lq_significant (LQ_TEST) and, for two periods, lq_quadrant; the input of Potential clusters.</source>
        <translation>Длинная таблица (без геометрии), по строке на район и отрасль: ключ, отрасль, value, share, share_of_industry, lq (для двух периодов: value_base, lq_base, lq_change, trend), specialized, strong, lq_low, lq_high, lq_significant (LQ_TEST) и, для двух периодов, lq_quadrant; входные данные для алгоритма «Потенциальные кластеры».</translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <location filename="../maps/crs.py" line="35"/>
        <source>the layer has no CRS: drawn as is, the scale bar may be wrong</source>
        <translation>у слоя не задана СК: карта рисуется как есть, масштабная линейка может быть неверной</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="37"/>
        <source>the layer&apos;s CRS ({})</source>
        <translation>СК слоя ({})</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="54"/>
        <source>UTM zone {zone}{hemisphere} (EPSG:{code}), the zone of the extent's centre: the layer is in degrees, the extent spans {width:.1f}° of longitude</source>
        <translation>зона UTM {zone}{hemisphere} (EPSG:{code}) — зона центра охвата: слой в градусах, охват по долготе составляет {width:.1f}°</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="60"/>
        <source>Lambert azimuthal equal-area centred on {lon:.2f}°{ew} {lat:.2f}°{ns}: the layer is in degrees and the extent spans {width:.1f}° of longitude (more than one UTM zone)</source>
        <translation>азимутальная равновеликая проекция Ламберта с центром {lon:.2f}°{ew} {lat:.2f}°{ns}: слой в градусах, а охват по долготе составляет {width:.1f}° (больше одной зоны UTM)</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="68"/>
        <source>N</source>
        <comment>latitude</comment>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="68"/>
        <source>S</source>
        <comment>latitude</comment>
        <translation>Ю</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="73"/>
        <source>E</source>
        <comment>longitude</comment>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="73"/>
        <source>W</source>
        <comment>longitude</comment>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="77"/>
        <source>custom CRS</source>
        <translation>пользовательская СК</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="89"/>
        <source>Lambert azimuthal equal-area, centre {lon:.1f}°{ew} {lat:.1f}°{ns}</source>
        <translation>Азимутальная равновеликая проекция Ламберта, центр {lon:.1f}°{ew} {lat:.1f}°{ns}</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="92"/>
        <source>custom projection</source>
        <translation>пользовательская проекция</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="126"/>
        <source>The layer&apos;s extent cannot be projected to {crs}: {error}. Choose another MAP_CRS.</source>
        <translation>Охват слоя не удаётся перепроецировать в {crs}: {error}. Выберите другое значение MAP_CRS.</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="17"/>
        <source>OUTPUT &apos;{path}&apos; must end in .pdf, .png or .svg (the format follows the extension).</source>
        <translation>OUTPUT '{path}' должен оканчиваться на .pdf, .png или .svg (формат определяется расширением).</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="24"/>
        <source>Cannot write {path}: the folder {folder} does not exist. Create it or choose another OUTPUT.</source>
        <translation>Не удаётся записать {path}: папка {folder} не существует. Создайте её или выберите другой OUTPUT.</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="38"/>
        <source>cannot write {path} (is the folder writable, or is the file open in another program?)</source>
        <translation>не удаётся записать {path} (доступна ли папка для записи, не открыт ли файл в другой программе?)</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="41"/>
        <source>out of memory: try a lower DPI or a smaller page</source>
        <translation>недостаточно памяти: попробуйте меньшее значение DPI или меньший формат страницы</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="42"/>
        <source>could not create the print device</source>
        <translation>не удалось создать устройство печати</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="43"/>
        <source>could not write the SVG layers</source>
        <translation>не удалось записать слои SVG</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="45"/>
        <source>error code {result}</source>
        <translation>код ошибки {result}</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="46"/>
        <source>The map could not be exported: {detail}.</source>
        <translation>Не удалось экспортировать карту: {detail}.</translation>
    </message>
    <message>
        <location filename="../maps/furniture.py" line="68"/>
        <source>Projection: {}</source>
        <translation>Проекция: {}</translation>
    </message>
    <message>
        <location filename="../maps/furniture.py" line="73"/>
        <source>Map drawn {}</source>
        <translation>Карта составлена {}</translation>
    </message>
    <message>
        <location filename="../maps/scale_north.py" line="59"/>
        <source>km</source>
        <comment>kilometres on the scale bar</comment>
        <translation>км</translation>
    </message>
    <message>
        <location filename="../maps/labels.py" line="87"/>
        <source>Could not copy layer &apos;{layer_name}&apos; for the map.</source>
        <translation>Не удалось скопировать слой «{layer_name}» для карты.</translation>
    </message>
    <message>
        <location filename="../maps/layouts.py" line="168"/>
        <source>Layer &apos;{layer_name}&apos; has no features with a geometry: there is nothing to map.</source>
        <translation>В слое «{layer_name}» нет объектов с геометрией: отображать на карте нечего.</translation>
    </message>
    <message>
        <location filename="../maps/layouts.py" line="178"/>
        <source>the CRS given in MAP_CRS ({map_crs})</source>
        <translation>СК, заданная в MAP_CRS ({map_crs})</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="107"/>
        <source>Localization coefficient: {industry}</source>
        <translation>Коэффициент локализации: {industry}</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="94"/>
        <source>Undefined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="80"/>
        <source>Number of specialization industries (LQ ≥ {threshold:g})</source>
        <translation>Число отраслей специализации (LQ ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="12"/>
        <source>A4 portrait</source>
        <translation>A4, книжная</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="13"/>
        <source>A4 landscape</source>
        <translation>A4, альбомная</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="14"/>
        <source>A3 portrait</source>
        <translation>A3, книжная</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="15"/>
        <source>A3 landscape</source>
        <translation>A3, альбомная</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="27"/>
        <source>Other districts</source>
        <translation>Прочие районы</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="40"/>
        <source>Potential territorial clusters (industries with LQ ≥ {threshold:g})</source>
        <translation>Потенциальные территориально-производственные кластеры (отрасли с LQ ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="50"/>
        <source>no industry with LQ ≥ {threshold:g}</source>
        <translation>нет отраслей с LQ ≥ {threshold:g}</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="55"/>
        <source>class {}</source>
        <translation>класс {}</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="67"/>
        <source>Class {}</source>
        <translation>Класс {}</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="93"/>
        <source>Favourable districts</source>
        <translation>Благоприятные районы</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="108"/>
        <source>Cluster centres</source>
        <translation>Центры кластеров</translation>
    </message>
    <message>
        <location filename="../maps/style_store.py" line="114"/>
        <source>Could not reopen {} to store its style.</source>
        <translation>Не удалось повторно открыть {}, чтобы сохранить в нём стиль.</translation>
    </message>
    <message>
        <location filename="../maps/style_store.py" line="125"/>
        <source>Could not store the style in {}.</source>
        <translation>Не удалось сохранить стиль в {}.</translation>
    </message>
    <message>
        <location filename="../maps/style_store.py" line="131"/>
        <source>Could not write the style file {}: {}</source>
        <translation>Не удалось записать файл стиля {}: {}</translation>
    </message>
    <message>
        <location filename="../maps/lisa_style.py" line="32"/>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="22"/>
        <source>The Moran scatter plot file must end in .svg or .png, not &apos;{path}&apos;.</source>
        <translation>Файл диаграммы рассеяния Морана должен иметь расширение .svg или .png, а не '{path}'.</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="40"/>
        <source>Moran scatter plot of {field}: I = {i:.4f}</source>
        <translation>Диаграмма рассеяния Морана для {field}: I = {i:.4f}</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="41"/>
        <source>{field}, standardised</source>
        <translation>{field}, стандартизованное значение</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="42"/>
        <source>Spatial lag (mean of the neighbours), standardised</source>
        <translation>Пространственный лаг (среднее по смежным районам), стандартизованный</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="14"/>
        <source>Cluster {} (1 region)</source>
        <translation>Кластер {} (1 регион)</translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/ward_style.py" line="14"/>
        <source>Cluster {} (%n regions)</source>
        <translation>
            <numerusform>Кластер {} (%n регион)</numerusform>
            <numerusform>Кластер {} (%n региона)</numerusform>
            <numerusform>Кластер {} (%n регионов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="23"/>
        <source>Not clustered (missing values)</source>
        <translation>Не кластеризованы (пропущенные значения)</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="23"/>
        <source>Ward cluster</source>
        <translation>Кластер (метод Уорда)</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="38"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="40"/>
        <source>Ward clustering of {n_ids} regions</source>
        <translation>Кластеризация методом Уорда (регионов: {n_ids})</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="40"/>
        <source>Merge height (Ward distance, {standardization_names})</source>
        <translation>Высота объединения (расстояние Уорда, {standardization_names})</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="55"/>
        <source>Could not write the dendrogram {dendro_path}: {value}</source>
        <translation>Не удалось записать дендрограмму {dendro_path}: {value}</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="61"/>
        <source>Dendrogram: {n_ids} regions are too many to label; the last {drawn} groups are drawn, labelled with their size in parentheses.</source>
        <translation>Дендрограмма: регионов слишком много ({n_ids}), чтобы подписать все; показаны последние группы ({drawn}), подписанные их размером в скобках.</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="67"/>
        <source>Dendrogram written to {dendro_path}</source>
        <translation>Дендрограмма записана в {dendro_path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/ward_style.py" line="40"/>
        <source>cut: %n cluster(s) at height {height:.3g}</source>
        <translation>
            <numerusform>срез: %n кластер на высоте {height:.3g}</numerusform>
            <numerusform>срез: %n кластера на высоте {height:.3g}</numerusform>
            <numerusform>срез: %n кластеров на высоте {height:.3g}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/charts.py" line="67"/>
        <source>Complex grade</source>
        <translation>Комплексная оценка</translation>
    </message>
    <message>
        <location filename="../maps/charts.py" line="110"/>
        <source>Mean z-score</source>
        <translation>Среднее z-значение</translation>
    </message>
    <message>
        <location filename="../maps/cluster_style.py" line="60"/>
        <source>Potential clusters (links from the centre)</source>
        <translation>Потенциальные кластеры (связи от центра)</translation>
    </message>
    <message>
        <location filename="../maps/scale_north.py" line="122"/>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="23"/>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="24"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="25"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="26"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="23"/>
        <source>Language of the map</source>
        <translation>Язык карты</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="23"/>
        <source>The language of the page&apos;s texts: source line, projection, date, scale bar unit, the north arrow&apos;s letter, and the legend title and class labels the plugin wrote (your own titles and labels are printed as given). Default: the interface language; e.g. English for a journal from a Russian QGIS.</source>
        <translation>Язык надписей на листе: строка источника, проекция, дата, единицы линейного масштаба, буква стрелки севера, а также заголовок легенды и подписи классов, записанные модулем (ваши собственные заголовки и подписи печатаются как есть). По умолчанию — язык интерфейса; например, английский для журнала при русском интерфейсе QGIS.</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="40"/>
        <source>Largest label size (pt)</source>
        <translation>Наибольший размер подписей (пт)</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="40"/>
        <source>The size of the district labels on an A4 page (larger on A3). A label that does not fit its district is shrunk to it, down to 4.5 pt; a district too small even for that (a city at the scale of a country) gets its name beside it. Labels never overlap: one that fits nowhere is left out.</source>
        <translation>Размер подписей районов на листе A4 (на A3 крупнее). Подпись, не помещающаяся в свой район, уменьшается до 4,5 пт; району, слишком малому и для этого (город в масштабе страны), подпись ставится рядом. Подписи никогда не перекрываются: не помещающаяся нигде не выводится.</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="59"/>
        <source>Chart beside the map</source>
        <translation>Диаграмма рядом с картой</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="59"/>
        <source>A chart beside the map, in the map&apos;s colours: the complex grade of every district as a bar, best first (like paper 004&apos;s Table 2; INPUT needs complex_grade, as Rank-score typology writes it), or the Ward clusters&apos; profiles (the mean z-score of every indicator per cluster, from PROFILE_TABLE).</source>
        <translation>Диаграмма рядом с картой в цветах карты: комплексная оценка каждого района в виде столбца, от лучших к худшим (как табл. 2 статьи 004; в INPUT нужно поле complex_grade, которое записывает «Рангово-балльная типология»), или профили кластеров Уорда (среднее z-значение каждого показателя по кластеру, из PROFILE_TABLE).</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="76"/>
        <source>Cluster profiles table (for the profile chart)</source>
        <translation>Таблица профилей кластеров (для диаграммы профилей)</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="76"/>
        <source>The cluster profiles table of Ward clustering (cluster and zmean_ columns).</source>
        <translation>Таблица профилей кластеров из «Кластеризации Уорда» (поля cluster и zmean_).</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="87"/>
        <source>Class membership table beside the map</source>
        <translation>Таблица принадлежности к классам рядом с картой</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="87"/>
        <source>A table beside the map: every district (LABEL_FIELD, else the first text field) with its class, sorted by class (up to 40 rows).</source>
        <translation>Таблица рядом с картой: каждый район (LABEL_FIELD, иначе первое текстовое поле) и его класс, по классам (до 40 строк).</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="38"/>
        <source>No chart</source>
        <translation>Без диаграммы</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="39"/>
        <source>Complex grades by district (bar chart)</source>
        <translation>Комплексные оценки районов (столбчатая диаграмма)</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="40"/>
        <source>Cluster profiles (Ward&apos;s profile table)</source>
        <translation>Профили кластеров (таблица профилей Уорда)</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="113"/>
        <source>the chart</source>
        <translation>диаграммы</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="159"/>
        <source>the class membership table</source>
        <translation>таблицы принадлежности к классам</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="175"/>
        <source>Class membership</source>
        <translation>Принадлежность к классам</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="178"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="179"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="231"/>
        <source>Cluster {}</source>
        <translation>Кластер {}</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="16"/>
        <source>Source: …</source>
        <translation>Источник: …</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="33"/>
        <source>Style: the default style stored with &apos;{layer_source}&apos;, if any (renderer: {kind}).</source>
        <translation>Стиль: стиль по умолчанию, сохранённый с «{layer_source}», если есть (отрисовка: {kind}).</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="54"/>
        <source>Source: {credits}</source>
        <translation>Источник: {credits}</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="64"/>
        <source>&apos;{bg_name}&apos; is both INPUT and a background layer: drawn once, as INPUT.</source>
        <translation>«{bg_name}» указан и как INPUT, и как фоновый слой: рисуется один раз, как INPUT.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="72"/>
        <source>Could not copy background layer &apos;{bg_name}&apos;.</source>
        <translation>Не удалось скопировать фоновый слой «{bg_name}».</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="87"/>
        <source>Report map</source>
        <translation>Карта для отчёта</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="104"/>
        <source>{} (map layers)</source>
        <translation>{} (слои карты)</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="112"/>
        <source>Could not add layout &apos;{name}&apos; to the project.</source>
        <translation>Не удалось добавить макет «{name}» в проект.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="114"/>
        <source>Layout '{name}' added to the project (Project ▸ Layouts); its layers are in the group '{group_name}'.</source>
        <translation>Макет «{name}» добавлен в проект (Проект ▸ Макеты); его слои — в группе «{group_name}».</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="120"/>
        <source>Layout '{name}' added to the project (Project ▸ Layouts), drawing the project's layers.</source>
        <translation>Макет «{name}» добавлен в проект (Проект ▸ Макеты) и рисует слои проекта.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="132"/>
        <source>Chart beside the map [CHART]: the bar chart of complex grades needs the field &apos;{field}&apos; in INPUT (the output of Rank-score typology); this layer has none.</source>
        <translation>Диаграмма рядом с картой [CHART]: для столбчатой диаграммы комплексных оценок в INPUT нужно поле «{field}» (результат «Рангово-балльной типологии»); в этом слое его нет.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="145"/>
        <source>Chart beside the map [CHART]: the profile chart needs the Cluster profiles table [PROFILE_TABLE] of Ward clustering (fields cluster and zmean_…).</source>
        <translation>Диаграмма рядом с картой [CHART]: для диаграммы профилей нужна таблица профилей кластеров [PROFILE_TABLE] из «Кластеризации Уорда» (поля cluster и zmean_…).</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="168"/>
        <source>Source line from the layer&apos;s credits: {line}</source>
        <translation>Строка источника взята из сведений о данных слоя: {line}</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="176"/>
        <source>Map CRS: {crs_note}.</source>
        <translation>СК карты: {crs_note}.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="190"/>
        <source>Legend &apos;{legend_title}&apos;: {value}.</source>
        <translation>Легенда «{legend_title}»: {value}.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="190"/>
        <source>(no classes)</source>
        <translation>(нет классов)</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="196"/>
        <source>The legend is empty: the layer&apos;s renderer has no classes with features on the map.</source>
        <translation>Легенда пуста: в отрисовщике слоя нет классов с объектами на карте.</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="200"/>
        <source>No room on the page for: {items}. Choose a larger page or landscape.</source>
        <translation>На листе нет места для: {items}. Выберите лист побольше или альбомную ориентацию.</translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/report.py" line="206"/>
        <source>%n label(s) shrunk to fit their districts.</source>
        <translation>
            <numerusform>%n подпись уменьшена, чтобы поместиться в свой район.</numerusform>
            <numerusform>%n подписи уменьшены, чтобы поместиться в свои районы.</numerusform>
            <numerusform>%n подписей уменьшено, чтобы поместиться в свои районы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="170"/>
        <source>No {source_note} given and the layer carries no credits: the source line reads &apos;{default_source}&apos; for you to fill in (or run again with a source line).</source>
        <translation>{source_note} не задана, а в слое нет сведений об источниках данных: строка источника — «{default_source}», её нужно дополнить (или запустите снова, указав строку источника).</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="178"/>
        <source>The map CRS is geographic (degrees): the scale bar is only true along one latitude. Choose a projected {map_crs} for a report.</source>
        <translation>СК карты географическая (градусы): масштабная линейка верна только вдоль одной широты. Для отчёта выберите проекционную СК в параметре {map_crs}.</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="138"/>
        <source>Change of the localization coefficient (ΔLQ)</source>
        <translation>Изменение коэффициента локализации (ΔLQ)</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="142"/>
        <source>dashed: tolerance {tolerance:g}</source>
        <translation>пунктир: допуск {tolerance:g}</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="144"/>
        <source>Localization coefficient (LQ), end period</source>
        <translation>Коэффициент локализации (LQ), конечный период</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="150"/>
        <source>Bubble area: {value}</source>
        <translation>Площадь пузырька: {value}</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="150"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="175"/>
        <source>LQ dynamics: {district}</source>
        <translation>Динамика LQ: {district}</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="192"/>
        <source>LQ dynamics: {industry}</source>
        <translation>Динамика LQ: {industry}</translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/lq_style.py" line="45"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="46"/>
        <source>{label} [{key}]: '{text}' is not one of the industries. Write one of these names (case does not matter) or its field name (lq_…), or leave it empty:
{names}</source>
        <translation>{label} [{key}]: «{text}» — не одна из отраслей. Укажите одно из этих названий (регистр не важен) или имя его поля (lq_…), либо оставьте пустым:
{names}</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="46"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="128"/>
        <source>Not significant (hatched)</source>
        <translation>Незначимый (штриховка)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="30"/>
        <source>Title (empty: the layer name)</source>
        <translation>Заголовок (если пусто — имя слоя)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="30"/>
        <source>The map title (empty: the layer name); long titles wrap.</source>
        <translation>Заголовок карты (если пусто — имя слоя); длинные заголовки переносятся.</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="36"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="36"/>
        <source>An optional second line under the title.</source>
        <translation>Необязательная вторая строка под заголовком.</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="42"/>
        <source>Source line (data credits)</source>
        <translation>Строка источника (источники данных)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="42"/>
        <source>The source line, e.g. Boundaries: geoBoundaries (Runfola et al. 2020) … Empty: the layer's metadata rights or attribution if any, else 'Source: …' for you to fill in (a log line says so).</source>
        <translation>Строка источника, например Границы: geoBoundaries (Runfola et al. 2020) … Если пусто — права или атрибуция из метаданных слоя, если они есть, иначе «Источник: …», которую вам нужно дополнить (об этом сообщит строка журнала).</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="54"/>
        <source>Legend title (empty: from the style, else the layer name)</source>
        <translation>Заголовок легенды (если пусто — из стиля, иначе имя слоя)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="54"/>
        <source>Empty: the title the producing algorithm stored with the style (custom property territorialclusters/legend_title), else the layer name.</source>
        <translation>Если пусто — заголовок, который создавший слой алгоритм сохранил вместе со стилем (пользовательское свойство territorialclusters/legend_title), иначе имя слоя.</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="65"/>
        <source>Label field (empty: the layer&apos;s own labels)</source>
        <translation>Поле подписей (если пусто — собственные подписи слоя)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="65"/>
        <source>A field to label the features with (white halo, every label drawn). Empty: the layer&apos;s own labels, if any (e.g. the potential-clusters output).</source>
        <translation>Поле для подписей объектов (белый ореол, отрисовываются все подписи). Если пусто — собственные подписи слоя, если они есть (например, у выходного слоя потенциальных кластеров).</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="79"/>
        <source>Background layers</source>
        <translation>Фоновые слои</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="79"/>
        <source>Layers drawn with the map: polygon and raster layers under INPUT (e.g. neighbouring regions), point and line layers over it. Point and line layers styled by this plugin (the cluster centres and links of Cluster-structure map layers) are listed in the legend under their own titles; the others are not.</source>
        <translation>Слои, отрисовываемые на карте: полигональные и растровые — под INPUT (например, соседние регионы), точечные и линейные — над ним. Точечные и линейные слои, оформленные этим модулем (центры и связи кластеров из «Слоёв карты структуры кластеров»), входят в легенду под собственными заголовками, остальные — нет.</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="95"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="95"/>
        <source>The page size and orientation (default A4 landscape).</source>
        <translation>Размер и ориентация страницы (по умолчанию A4, альбомная).</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="110"/>
        <source>Map CRS (empty: UTM or equal-area fitting the layer)</source>
        <translation>СК карты (если пусто — UTM или равновеликая, подходящая к слою)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="110"/>
        <source>Empty: the layer's CRS when it is projected; for a layer in degrees the UTM zone of the extent's centre when the extent spans 8° of longitude or less, else a Lambert azimuthal equal-area CRS centred on the extent.</source>
        <translation>Если пусто — СК слоя, если она проекционная; для слоя в градусах — зона UTM центра охвата, если охват занимает не более 8° долготы, иначе азимутальная равновеликая СК Ламберта с центром в охвате.</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="122"/>
        <source>Resolution (DPI)</source>
        <translation>Разрешение (DPI)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="122"/>
        <source>The PNG&apos;s size, and the resolution of rasterised parts of a PDF or SVG.</source>
        <translation>Размер PNG и разрешение растеризуемых частей PDF или SVG.</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="135"/>
        <source>Map file</source>
        <translation>Файл карты</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="135"/>
        <source>PDF files (*.pdf);;PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Файлы PDF (*.pdf);;Изображения PNG (*.png);;Рисунки SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="135"/>
        <source>A .pdf, .png or .svg file, chosen by the extension (anything else is refused).</source>
        <translation>Файл .pdf, .png или .svg; формат выбирается по расширению (любое другое отклоняется).</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="146"/>
        <source>Also add the layout to the project</source>
        <translation>Также добавить макет в проект</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="146"/>
        <source>Also keep the layout in the current project, named after the title (Title (2) … if taken), so it can be finished in the layout designer; its layers go in a group 'title (map layers)', unchecked, so the layout survives saving the project. Its name is the output LAYOUT_NAME.</source>
        <translation>Также сохранить макет в текущем проекте под именем, совпадающим с заголовком (Заголовок (2) …, если имя занято), чтобы его можно было доработать в редакторе макетов; его слои помещаются в группу «заголовок (слои карты)» со снятым флажком, чтобы макет сохранился при сохранении проекта. Его имя — выходное значение LAYOUT_NAME.</translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../ui/menu.py" line="85"/>
        <source>Territorial Clusters</source>
        <translation>Территориальные кластеры</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="38"/>
        <source>Load sample data</source>
        <translation>Загрузить демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="39"/>
        <source>About / help</source>
        <translation>О модуле / справка</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="85"/>
        <source>Sample data loaded (see README for credits).</source>
        <translation>Демонстрационные данные загружены (об источниках и авторах данных см. README).</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="127"/>
        <source>Models</source>
        <translation>Модели</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="133"/>
        <source>Sample: Aktobe oblast (paper 004)</source>
        <translation>Пример: Актюбинская область (статья 004)</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="134"/>
        <source>Sample: Kazakhstan regions 2022</source>
        <translation>Пример: регионы Казахстана, 2022</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="135"/>
        <source>Sample: Georgia County Business Patterns</source>
        <translation>Пример: County Business Patterns, штат Джорджия</translation>
    </message>
</context>
<context>
    <name>MigrationEffectivenessAlgorithm</name>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="99"/>
        <source>Migration effectiveness</source>
        <translation>Эффективность миграции</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="25"/>
        <source>2 Indicators</source>
        <translation>2 Показатели</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="29"/>
        <source>Migration effectiveness of paper 000 (indicator 2.2, after Kozeva 2007): how much of the migration turnover ends up as net gain or loss.

&lt;b&gt;Formula&lt;/b&gt;: 0 = (I − O) / (I + O) · 100 (default, the standard demographic definition, −100 … 100); 1 = (I − O) / I · 100 (paper 000 as printed: net migration over arrivals). I = arrivals, O = departures (both counts of people, ≥ 0).
Output fields: net_migration (I − O), migration_turnover (I + O), migration_effectiveness (%).
A missing count or a zero denominator (no migration; no arrivals for formula 1) gives NULL and a log line naming the district; negative counts are refused. Attributes only: geometries are copied as they are (invalid ones too); tables without geometry work.</source>
        <translation>Эффективность миграции из статьи 000 (показатель 2.2, по Козевой, 2007): какая часть миграционного оборота превращается в чистый прирост или убыль населения.

&lt;b&gt;Формула&lt;/b&gt;: 0 = (I − O) / (I + O) · 100 (по умолчанию, стандартное демографическое определение, −100 … 100); 1 = (I − O) / I · 100 (как напечатано в статье 000: миграционный прирост, отнесённый к числу прибывших). I — прибывшие, O — выбывшие (оба — численность людей, ≥ 0).
Выходные поля: net_migration (I − O), migration_turnover (I + O), migration_effectiveness (%).
Отсутствующее значение или нулевой знаменатель (нет миграции; для формулы 1 — нет прибывших) дают NULL и строку в журнале с названием района; отрицательные значения отклоняются. Рассчитываются только атрибуты: геометрии копируются без изменений (в том числе некорректные); таблицы без геометрии тоже поддерживаются.</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="54"/>
        <source>Districts (layer or table)</source>
        <translation>Районы (слой или таблица)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="54"/>
        <source>The districts: a layer or a table without geometry.</source>
        <translation>Районы: слой или таблица без геометрии.</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="60"/>
        <source>District name field (for log lines)</source>
        <translation>Поле названия района (для строк журнала)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="60"/>
        <source>A name field, used only to name districts in log lines.</source>
        <translation>Поле названия; используется только для указания районов в строках журнала.</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="69"/>
        <source>Arrivals, I (persons)</source>
        <translation>Прибывшие, I (человек)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="69"/>
        <source>I: the numeric count of arrivals (persons, 0 or more).</source>
        <translation>I: числовое поле с числом прибывших (человек, 0 или больше).</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="78"/>
        <source>Departures, O (persons)</source>
        <translation>Выбывшие, O (человек)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="78"/>
        <source>O: the numeric count of departures (persons, 0 or more, counted positive).</source>
        <translation>O: числовое поле с числом выбывших (человек, 0 или больше, учитывается со знаком плюс).</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>(I − O) / (I + O) · 100 (standard)</source>
        <translation>(I − O) / (I + O) · 100 (стандартная)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>(I − O) / I · 100 (paper 000 as printed)</source>
        <translation>(I − O) / I · 100 (как напечатано в статье 000)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>0: the standard demographic definition (default); 1: paper 000 as printed.</source>
        <translation>0 — стандартное демографическое определение (по умолчанию); 1 — как напечатано в статье 000.</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="99"/>
        <source>The districts with the input fields and net_migration (I − O), migration_turnover (I + O) and migration_effectiveness (%).</source>
        <translation>Районы с входными полями и полями net_migration (I − O), migration_turnover (I + O) и migration_effectiveness (%).</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="121"/>
        <source>{arrivals_label} and {departures_label} are the same field &apos;{arrivals}&apos;: choose the field of arrivals and the field of departures.</source>
        <translation>{arrivals_label} и {departures_label} — одно и то же поле '{arrivals}': выберите поле прибывших и поле выбывших.</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="134"/>
        <source>no migration effectiveness to compute</source>
        <translation>нет данных для расчёта эффективности миграции</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="145"/>
        <source>Migration effectiveness = {formula_text} (I = {arrivals}, O = {departures}).</source>
        <translation>Эффективность миграции = {formula_text} (I = {arrivals}, O = {departures}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/migration_effectiveness.py" line="160"/>
        <source>%n district(s) gain population by migration,</source>
        <translation>
            <numerusform>%n район получает прирост населения за счёт миграции,</numerusform>
            <numerusform>%n района получают прирост населения за счёт миграции,</numerusform>
            <numerusform>%n районов получают прирост населения за счёт миграции,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/migration_effectiveness.py" line="160"/>
        <source>%n lose it.</source>
        <translation>
            <numerusform>%n теряет население.</numerusform>
            <numerusform>%n теряют население.</numerusform>
            <numerusform>%n теряют население.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="166"/>
        <source>Migration effectiveness {formula_text}, % (red: net loss, blue: net gain)</source>
        <translation>Эффективность миграции {formula_text}, % (красный — миграционная убыль, синий — миграционный прирост)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="166"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>NeighboursAlgorithm</name>
    <message>
        <location filename="../algorithms/neighbours.py" line="21"/>
        <source>District neighbours</source>
        <translation>Соседние районы</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="22"/>
        <source>5 Spatial structure</source>
        <translation>5 Пространственная структура</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="27"/>
        <source>Which districts neighbour which: the district graph that territorial clusters, spatial autocorrelation and contiguous zones are built on, as a table.

&lt;b&gt;Neighbours&lt;/b&gt;: 0 queen contiguity (a shared boundary vertex), 1 rook contiguity (a shared boundary edge), 2 k nearest (the K nearest centroids), 3 distance band (centroids within DISTANCE metres). Distances are ellipsoidal whatever the layer&apos;s CRS.
&lt;b&gt;Snapping tolerance&lt;/b&gt; (metres, queen/rook): boundaries that do not share vertices or leave small gaps still neighbour when they come this close; 0 (default): they must share vertices, as in GeoDa and libpysal.
&lt;b&gt;Output table&lt;/b&gt;: one row per district and neighbour with district, neighbour (the ID field&apos;s values) and weight (1); contiguity lists each pair both ways, k nearest only from each district to its neighbours. Give it to the algorithms that take a NEIGHBOURS table, or edit it by hand (add a ferry link, remove a mountain ridge).
The log names the islands (districts without neighbours), the number of connected components and the minimum, mean and maximum number of neighbours. Invalid polygons are repaired (makeValid) for the graph and named in the log; a district without geometry is an island.</source>
        <translation>Какие районы с какими соседствуют: граф смежности районов, на котором строятся территориально-производственные кластеры, пространственная автокорреляция и смежные зоны, в виде таблицы.

&lt;b&gt;Соседство&lt;/b&gt;: 0 смежность «ферзь» (общая вершина границы), 1 смежность «ладья» (общий отрезок границы), 2 k ближайших (K ближайших центроидов), 3 радиус (центроиды не дальше DISTANCE метров). Расстояния считаются по эллипсоиду при любой СК слоя.
&lt;b&gt;Допуск привязки&lt;/b&gt; (м, «ферзь»/«ладья»): границы без общих вершин или с небольшими зазорами всё же считаются смежными, если сближаются на это расстояние; 0 (по умолчанию): у границ должны быть общие вершины, как в GeoDa и libpysal.
&lt;b&gt;Таблица соседей&lt;/b&gt;: строка на каждую пару район–сосед с полями district, neighbour (значения поля ключа) и weight (1); при смежности каждая пара записана в обе стороны, при k ближайших — только от района к его соседям. Передайте её алгоритмам с параметром NEIGHBOURS или отредактируйте вручную (добавьте паромную связь, уберите связь через хребет).
В журнале перечислены изолированные районы (без соседей), число связных компонент и минимальное, среднее и максимальное число соседей. Некорректные полигоны исправляются (makeValid) для построения графа и называются в журнале; район без геометрии считается изолированным.</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="53"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="53"/>
        <source>The district polygons.</source>
        <translation>Полигоны районов.</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="57"/>
        <source>District ID field</source>
        <translation>Поле ключа района</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="57"/>
        <source>A field with a unique key per district (a code or a name): the table&apos;s district and neighbour.</source>
        <translation>Поле с уникальным ключом района (код или название): district и neighbour таблицы.</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="64"/>
        <source>Neighbours table</source>
        <translation>Таблица соседей</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="64"/>
        <source>One row per district and neighbour: district, neighbour, weight.</source>
        <translation>Строка на каждую пару район–сосед: district, neighbour, weight.</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="74"/>
        <source>no neighbours to find</source>
        <translation>искать соседей не у кого</translation>
    </message>
</context>
<context>
    <name>PotentialClustersAlgorithm</name>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="29"/>
        <source>Potential territorial clusters (paper 004)</source>
        <translation>Потенциальные территориально-производственные кластеры (статья 004)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="30"/>
        <source>7 Potential clusters</source>
        <translation>7 Потенциальные кластеры</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="34"/>
        <source>Identifies potential territorial industrial clusters as paper 004 does: the districts of the favourable classes of a rank-score typology (stage 1, &lt;i&gt;Rank-score typology&lt;/i&gt;) are the candidates; each is given its industries with a localization coefficient at or above the threshold (stage 2, &lt;i&gt;Localization coefficient&lt;/i&gt;), highest first, like paper 004 Table 3: &lt;i&gt;Non-ferrous metallurgy (4.6), Extraction of construction raw materials (1.2)&lt;/i&gt;. Stage 3 — raw materials, enterprises, exports — is yours: the output is the map to draw it on.

&lt;b&gt;Typology&lt;/b&gt;: the output of ranktypology (needs class_index; typology_class gives the legend labels). &lt;b&gt;Favourable classes&lt;/b&gt;: class_index values, 0 = best; default 0;1.
&lt;b&gt;LQ table&lt;/b&gt;: one row per district and industry with the district key, the industry and the quotient — the OUTPUT_TABLE of localizationcoefficient, or published quotients (e.g. the sample's lq_paper004_table3). Its key field defaults to the name of ID_FIELD. NULL quotients (undefined) are skipped and reported; keys that match no district are reported by name; duplicate rows, negative or infinite quotients are refused.
&lt;b&gt;Output&lt;/b&gt;: the districts with favourable, cluster_potential (text, NULL outside the favourable classes or when no industry reaches the threshold), n_potential_industries and all typology fields; styled as a cluster-structure map — favourable districts shaded by class and labelled with their industries, the others grey. &lt;b&gt;Centres&lt;/b&gt; (optional points, e.g. the cluster centre towns) are copied to CENTRES_OUTPUT and drawn as stars; give both layers to &lt;i&gt;Export report map&lt;/i&gt; (centres as a background layer) for the figure.</source>
        <translation>Выявляет потенциальные территориально-производственные кластеры так же, как в статье 004: кандидатами служат районы благоприятных классов рангово-балльной типологии (этап 1, &lt;i&gt;Рангово-балльная типология&lt;/i&gt;); для каждого из них указываются отрасли с коэффициентом локализации не ниже порога (этап 2, &lt;i&gt;Коэффициент локализации&lt;/i&gt;), по убыванию, как в таблице 3 статьи 004: &lt;i&gt;Цветная металлургия (4.6), Добыча строительного сырья (1.2)&lt;/i&gt;. Этап 3 — сырьё, предприятия, экспорт — остаётся за вами: выходной слой — карта-основа для него.

&lt;b&gt;Типология&lt;/b&gt;: выходной слой ranktypology (нужно поле class_index; typology_class даёт подписи легенды). &lt;b&gt;Благоприятные классы&lt;/b&gt;: значения class_index, 0 — лучший; по умолчанию 0;1.
&lt;b&gt;Таблица LQ&lt;/b&gt;: по строке на каждую пару «район — отрасль» с ключом района, отраслью и коэффициентом — OUTPUT_TABLE алгоритма localizationcoefficient или опубликованные коэффициенты (например, lq_paper004_table3 из демонстрационных данных). Поле ключа по умолчанию — поле с тем же именем, что и ID_FIELD. Коэффициенты NULL (не определены) пропускаются, о них сообщается; ключи, не совпавшие ни с одним районом, перечисляются по названию; повторяющиеся строки, отрицательные и бесконечные коэффициенты не принимаются.
&lt;b&gt;Выходной слой&lt;/b&gt;: районы с полями favourable, cluster_potential (текст; NULL вне благоприятных классов или если ни одна отрасль не достигает порога), n_potential_industries и всеми полями типологии; оформлен как карта кластерной структуры — благоприятные районы закрашены по классам и подписаны их отраслями, остальные — серые. &lt;b&gt;Центры&lt;/b&gt; (необязательные точки, например города — центры кластеров) копируются в CENTRES_OUTPUT и отображаются звёздочками; для рисунка передайте оба слоя в &lt;i&gt;Экспорт карты для отчёта&lt;/i&gt; (центры — как фоновый слой).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="80"/>
        <source>Typology (output of Rank-score typology)</source>
        <translation>Типология (результат алгоритма «Рангово-балльная типология»)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="80"/>
        <source>The output of Rank-score typology (needs class_index; typology_class gives the class names).</source>
        <translation>Выходной слой алгоритма «Рангово-балльная типология» (нужно поле class_index; typology_class задаёт названия классов).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="86"/>
        <source>District key field</source>
        <translation>Поле ключа района</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="86"/>
        <source>The typology&apos;s district key.</source>
        <translation>Ключ района в типологии.</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="92"/>
        <source>District name for labels (empty: the key)</source>
        <translation>Название района для подписей (пусто: ключ)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="92"/>
        <source>The names for labels and the legend, e.g. name_en (default: the key).</source>
        <translation>Названия для подписей и легенды, например name_en (по умолчанию: ключ).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="101"/>
        <source>Favourable classes (class_index, 0 = best; e.g. 0;1)</source>
        <translation>Благоприятные классы (class_index, 0 — лучший; например, 0;1)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="101"/>
        <source>The class_index values treated as favourable, 0 = best (default: the two best classes).</source>
        <translation>Значения class_index, считающиеся благоприятными, 0 — лучший (по умолчанию: два лучших класса).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="110"/>
        <source>Threshold (industries with LQ ≥ threshold)</source>
        <translation>Порог (отрасли с LQ ≥ порога)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="110"/>
        <source>Industries with LQ ≥ threshold are listed (values within 1e-9 below count: float noise).</source>
        <translation>Выводятся отрасли с LQ ≥ порога (значения ниже порога не более чем на 1e-9 тоже засчитываются: это погрешность вычислений с плавающей точкой).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="122"/>
        <source>Potential clusters</source>
        <translation>Потенциальные кластеры</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="122"/>
        <source>The districts with all typology fields and favourable, cluster_potential (the industries with their LQ, highest first) and n_potential_industries.</source>
        <translation>Районы со всеми полями типологии и полями favourable, cluster_potential (отрасли с их LQ, по убыванию) и n_potential_industries.</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="165"/>
        <source>{label} has no field &apos;{class_field}&apos;: use the output of Rank-score typology (territorialclusters:ranktypology).</source>
        <translation>{label}: нет поля '{class_field}': используйте выходной слой алгоритма «Рангово-балльная типология» (territorialclusters:ranktypology).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="174"/>
        <source>nothing to map</source>
        <translation>нечего отображать на карте</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="217"/>
        <source>{n_fav} favourable districts: more than {max_keyed}, so the legend shows the classes and the map labels the top industry of each (the full lists are in cluster_potential).</source>
        <translation>Благоприятных районов — {n_fav}, это больше {max_keyed}, поэтому в легенде показаны классы, а на карте у каждого района подписана ведущая отрасль (полные списки — в cluster_potential).</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="133"/>
        <source>Potential cluster zones (contiguous)</source>
        <translation>Зоны потенциальных кластеров (смежные районы)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="133"/>
        <source>Optional: zones instead of single districts — per industry, the connected groups of neighbouring favourable districts with LQ ≥ threshold (at least 2), dissolved, with industry, zone, n_districts, members and mean_lq (as Contiguous cluster zones).</source>
        <translation>Необязательно: зоны вместо отдельных районов — для каждой отрасли связные группы смежных благоприятных районов с КЛ ≥ порога (не менее 2), объединённые в один полигон, с полями industry, zone, n_districts, members и mean_lq (как в «Зонах смежных районов кластера»).</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../algorithms/provider.py" line="64"/>
        <source>The algorithm module &apos;{module}&apos; is left out: it needs the Python package &apos;{package}&apos;, which this QGIS does not have (on Debian/Ubuntu install python3-{package}; the QGIS installers for Windows and macOS include it).</source>
        <translation>Python-модуль алгоритма '{module}' не загружен: ему нужен пакет Python '{package}', которого нет в этой установке QGIS (в Debian/Ubuntu установите python3-{package}; установщики QGIS для Windows и macOS его включают).</translation>
    </message>
</context>
<context>
    <name>RankTypologyAlgorithm</name>
    <message>
        <location filename="../algorithms/rank_typology.py" line="25"/>
        <source>Rank-score typology</source>
        <translation>Рангово-балльная типология</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="176"/>
        <source>Typology</source>
        <translation>Типология</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="30"/>
        <source>Grades districts by the rank-score method (papers 000 and 004): for each indicator the districts are ranked together with the region's reference value, best first; a district's grade is rank(region) − rank(district), so positive means better than the region. The complex grade is the mean grade over the indicators the district has; districts are then typed by class breaks on it.

&lt;b&gt;Positive / negative fields&lt;/b&gt;: higher is better / lower is better.
&lt;b&gt;Groups&lt;/b&gt;: e.g. &lt;i&gt;economic: gdp, wage; social: unemployment; environmental: emissions&lt;/i&gt; — a grade per group is output too.
&lt;b&gt;Reference&lt;/b&gt;: mean, median, weighted mean (by the weight field) of the districts, or the first row of a reference table with the same field names (e.g. the oblast's published row).
&lt;b&gt;Ties&lt;/b&gt;: dense (default, reproduces paper 004), min, average or max ranks.
&lt;b&gt;Class breaks&lt;/b&gt;: lower bounds of the classes from best to worst, e.g. &lt;i&gt;0;-2.5&lt;/i&gt;. Empty: paper 004's rule — CG ≥ 0 is favourable, the rest is cut at its largest gap.
Districts lacking a value are graded on the rest (n_indicators, log). Text fields are refused, not parsed. Invalid geometries are copied as they are.</source>
        <translation>Оценивает районы рангово-балльным методом (статьи 000 и 004): по каждому показателю районы ранжируются вместе с эталонным значением региона, лучшие — первыми; оценка (балл) района равна rank(регион) − rank(район), так что положительная оценка означает «лучше региона». Комплексная оценка — средняя оценка по тем показателям, которые есть у района; затем районы типизируются по границам классов комплексной оценки.

&lt;b&gt;Положительные / отрицательные поля&lt;/b&gt;: чем больше, тем лучше / чем меньше, тем лучше.
&lt;b&gt;Группы&lt;/b&gt;: например, &lt;i&gt;экономика: gdp, wage; социальная сфера: unemployment; экология: emissions&lt;/i&gt; — выводится также оценка по каждой группе.
&lt;b&gt;Эталон&lt;/b&gt;: среднее, медиана или взвешенное среднее (по полю веса) по районам либо первая строка эталонной таблицы с теми же названиями полей (например, опубликованная строка по области).
&lt;b&gt;Связанные ранги&lt;/b&gt;: плотные (по умолчанию, воспроизводит статью 004), минимальные, средние или максимальные.
&lt;b&gt;Границы классов&lt;/b&gt;: нижние границы классов от лучшего к худшему, например &lt;i&gt;0;-2.5&lt;/i&gt;. Пусто — правило статьи 004: CG ≥ 0 — благоприятные, остальные делятся по наибольшему разрыву.
Районы, у которых нет какого-либо значения, оцениваются по остальным показателям (n_indicators, журнал). Текстовые поля отклоняются, а не разбираются. Некорректные геометрии копируются без изменений.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="64"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="64"/>
        <source>District polygons with the indicator fields (invalid geometries are accepted and copied as they are).</source>
        <translation>Полигоны районов с полями показателей (некорректные геометрии допускаются и копируются без изменений).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="70"/>
        <source>District key / name field</source>
        <translation>Поле ключа / названия района</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="70"/>
        <source>The district key or name; NULL or duplicate keys are refused.</source>
        <translation>Ключ или название района; NULL и повторяющиеся ключи не допускаются.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="76"/>
        <source>Indicators where higher is better</source>
        <translation>Показатели, для которых больше — лучше</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="76"/>
        <source>Numeric indicators where a higher value is better (e.g. income, density).</source>
        <translation>Числовые показатели, для которых большее значение лучше (например, доходы, плотность).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="87"/>
        <source>Indicators where lower is better</source>
        <translation>Показатели, для которых меньше — лучше</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="87"/>
        <source>Numeric indicators where a lower value is better (unemployment, emission density).</source>
        <translation>Числовые показатели, для которых меньшее значение лучше (безработица, плотность выбросов).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="98"/>
        <source>Indicator groups (name: field, field; name: field …)</source>
        <translation>Группы показателей (название: поле, поле; название: поле …)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="98"/>
        <source>A grade per group of indicators, e.g. economic: gdp, wage; social: unemployment; environmental: emission.</source>
        <translation>Оценка по каждой группе показателей, например: экономика: gdp, wage; социальная сфера: unemployment; экология: emission.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Reference value of the region</source>
        <translation>Эталонное значение региона</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Mean of districts</source>
        <translation>Среднее по районам</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Median of districts</source>
        <translation>Медиана по районам</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Weighted mean (weight field)</source>
        <translation>Взвешенное среднее (поле веса)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>First row of a reference table</source>
        <translation>Первая строка эталонной таблицы</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>The region&apos;s value every district is ranked with: 0 the mean of the districts, 1 their median, 2 their mean weighted by WEIGHT_FIELD, 3 the first row of REFERENCE_TABLE.</source>
        <translation>Значение региона, вместе с которым ранжируется каждый район: 0 — среднее по районам, 1 — их медиана, 2 — их среднее, взвешенное по WEIGHT_FIELD, 3 — первая строка REFERENCE_TABLE.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="125"/>
        <source>Weight field (for the weighted mean, e.g. population)</source>
        <translation>Поле веса (для взвешенного среднего, например население)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="125"/>
        <source>The weights for REFERENCE = 2 (weighted mean), e.g. population.</source>
        <translation>Веса для REFERENCE = 2 (взвешенное среднее), например население.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="135"/>
        <source>Reference table (first row = the region)</source>
        <translation>Эталонная таблица (первая строка = регион)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="135"/>
        <source>For REFERENCE = 3: a table or layer whose first row holds the indicator fields (e.g. the oblast row).</source>
        <translation>Для REFERENCE = 3: таблица или слой, первая строка которых содержит поля показателей (например, строка по области).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Ties</source>
        <translation>Связанные ранги</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Dense (paper 004)</source>
        <translation>Плотные (статья 004)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Min</source>
        <translation>Минимальные</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Average</source>
        <translation>Средние</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Max</source>
        <translation>Максимальные</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>The rank of equal values: 0 dense (reproduces paper 004), 1 min, 2 average, 3 max.</source>
        <translation>Ранг равных значений: 0 — плотный (воспроизводит статью 004), 1 — минимальный, 2 — средний, 3 — максимальный.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="155"/>
        <source>Class breaks: lower bounds, best to worst (e.g. 0;-2.5)</source>
        <translation>Границы классов: нижние границы, от лучшего к худшему (например, 0;-2.5)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="155"/>
        <source>Lower bounds of the classes on the complex grade, best to worst, e.g. 0;-2.5. Empty: paper 004&apos;s rule: a complex grade of 0 or more is the first class, the rest is cut at its largest gap (three classes).</source>
        <translation>Нижние границы классов по комплексной оценке, от лучшего к худшему, например 0;-2.5. Пусто — правило статьи 004: комплексная оценка 0 и выше — первый класс, остальные делятся по наибольшему разрыву (три класса).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="165"/>
        <source>Class labels, best to worst (e.g. Favourable;Less favourable;Unfavourable)</source>
        <translation>Названия классов, от лучшего к худшему (например, Благоприятные;Менее благоприятные;Неблагоприятные)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="165"/>
        <source>Labels of the classes, best to worst. Default: Favourable;Less favourable;Unfavourable (for 2 classes: Favourable;Unfavourable).</source>
        <translation>Названия классов, от лучшего к худшему. По умолчанию: Благоприятные;Менее благоприятные;Неблагоприятные (для 2 классов: Благоприятные;Неблагоприятные).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="176"/>
        <source>The districts with the input fields and grade_ per indicator, group_ per group, complex_grade, rank, n_indicators, class_index (0 = best class) and typology_class, styled by class.</source>
        <translation>Районы с входными полями и полями grade_ для каждого показателя, group_ для каждой группы, complex_grade, rank, n_indicators, class_index (0 — лучший класс) и typology_class, со стилем по классам.</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="197"/>
        <source>{reference} is the weighted mean but no {weight} is given: choose one (e.g. population).</source>
        <translation>{reference} — взвешенное среднее, но {weight} не задано: выберите поле (например, население).</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="208"/>
        <source>nothing to grade</source>
        <translation>нечего оценивать</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="238"/>
        <source>Conditions for cluster formation</source>
        <translation>Условия формирования кластеров</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="26"/>
        <source>3 Typology</source>
        <translation>3 Типология</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="225"/>
        <source>No {class_breaks} given: paper 004's rule (CG ≥ 0 favourable, the rest cut at its largest gap) gives breaks {value}.</source>
        <translation>{class_breaks} не заданы: правило статьи 004 (CG ≥ 0 — благоприятные, остальные делятся по наибольшему разрыву) даёт границы {value}.</translation>
    </message>
</context>
<context>
    <name>RegionalAccessibilityAlgorithm</name>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="92"/>
        <source>Regional accessibility</source>
        <translation>Региональная доступность</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="24"/>
        <source>2 Indicators</source>
        <translation>2 Показатели</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="28"/>
        <source>Regional accessibility P9 of paper 003: (dA + dB) / dAB, the distances from the regional centre to the two capitals A and B over the distance between the capitals. It is ≥ 1; 1 means the centre lies on the line between the capitals, higher values mean more remote regions.

&lt;b&gt;CAPITALS&lt;/b&gt;: a point layer with exactly two points (e.g. Astana and Almaty); A is its first feature, B the second.
&lt;b&gt;CENTERS&lt;/b&gt; (optional): regional centres (points) joined to the regions by CENTERS_KEY_FIELD = ID_FIELD; a region without a matching centre gets NULL (log line). Without CENTERS, a point on the surface of each polygon is used (computed in longitude/latitude; invalid polygons are repaired with makeValid, with a log line).
Distances are ellipsoidal (the project's ellipsoid, WGS84 when none is set), in km, whatever the layers' CRSs. Output fields: dist_a_km, dist_b_km, accessibility.</source>
        <translation>Региональная доступность P9 из статьи 003: (dA + dB) / dAB — сумма расстояний от областного центра до двух столиц A и B, делённая на расстояние между столицами. Значение ≥ 1; 1 означает, что центр лежит на линии между столицами, бо́льшие значения — более удалённые регионы.

&lt;b&gt;CAPITALS&lt;/b&gt;: точечный слой ровно с двумя точками (например, Астана и Алматы); A — его первый объект, B — второй.
&lt;b&gt;CENTERS&lt;/b&gt; (необязательно): областные центры (точки), присоединяемые к регионам по CENTERS_KEY_FIELD = ID_FIELD; регион без соответствующего центра получает NULL (строка в журнале). Без CENTERS используется точка на поверхности каждого полигона (вычисляется в долготе/широте; некорректные полигоны исправляются с помощью makeValid, о чём сообщается в журнале).
Расстояния эллипсоидальные (по эллипсоиду проекта, WGS84, если он не задан), в км, независимо от СК слоёв. Выходные поля: dist_a_km, dist_b_km, accessibility.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="53"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="53"/>
        <source>Region polygons.</source>
        <translation>Полигоны регионов.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="57"/>
        <source>Region key / name field (joins the centres; names log lines)</source>
        <translation>Поле ключа / названия региона (для присоединения центров и строк журнала)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="57"/>
        <source>The regions&apos; key or name: joins the centres (required with CENTERS) and names log lines.</source>
        <translation>Ключ или название регионов: по нему присоединяются центры (обязательно при CENTERS) и называются регионы в строках журнала.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="66"/>
        <source>A point layer of regional centres. Default: a point on the surface of each polygon.</source>
        <translation>Точечный слой областных центров. По умолчанию — точка на поверхности каждого полигона.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="75"/>
        <source>Key field of the centres (matches the region key)</source>
        <translation>Поле ключа центров (соответствует ключу региона)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="75"/>
        <source>The key in CENTERS matching ID_FIELD (compared as text).</source>
        <translation>Ключ в CENTERS, соответствующий ID_FIELD (сравнивается как текст).</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="84"/>
        <source>The two capitals (points, e.g. Astana and Almaty)</source>
        <translation>Две столицы (точки, например Астана и Алматы)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="84"/>
        <source>A point layer with exactly two points: A is its first feature, B the second.</source>
        <translation>Точечный слой ровно с двумя точками: A — его первый объект, B — второй.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="92"/>
        <source>The regions with the input fields and dist_a_km, dist_b_km (ellipsoidal distances in km from the centre to A and B) and accessibility = (dA + dB) / dAB.</source>
        <translation>Регионы с входными полями и полями dist_a_km, dist_b_km (эллипсоидальные расстояния в км от центра до A и B) и accessibility = (dA + dB) / dAB.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="109"/>
        <source>{capitals} is required: a point layer with exactly two points (e.g. Astana and Almaty).</source>
        <translation>Требуется {capitals}: точечный слой ровно с двумя точками (например, Астана и Алматы).</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="133"/>
        <source>Capitals: A = {names_ab}, B = {names_ab2}; distance between them {d_ab:.1f} km (ellipsoidal, {ellipsoid}).</source>
        <translation>Столицы: A = {names_ab}, B = {names_ab2}; расстояние между ними {d_ab:.1f} км (эллипсоидальное, {ellipsoid}).</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="148"/>
        <source>no regions to measure</source>
        <translation>нет регионов для расчёта</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="174"/>
        <source>Regional accessibility (dA + dB) / dAB (1 = between the capitals; higher = more remote)</source>
        <translation>Региональная доступность (dA + dB) / dAB (1 — между столицами; больше — более удалённые)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="174"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="118"/>
        <source>{centers} are joined to the regions by a key: choose {id_field} (the regions&apos; key) and {center_key} (the same key in the centres layer).</source>
        <translation>{centers} присоединяются к регионам по ключу: выберите {id_field} (ключ регионов) и {center_key} (тот же ключ в слое центров).</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="140"/>
        <source>The two capitals of {capitals} are at the same place: accessibility (dA + dB) / dAB is undefined. Give two distinct capitals.</source>
        <translation>Обе столицы в {capitals} находятся в одной точке: доступность (dA + dB) / dAB не определена. Укажите две разные столицы.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="155"/>
        <source>No {centers}: regional centres are points on the polygons&apos; surfaces.</source>
        <translation>{centers} не заданы: областными центрами считаются точки на поверхности полигонов.</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="66"/>
        <source>Regional centres (empty: a point on each polygon&apos;s surface)</source>
        <translation>Областные центры (пусто: точка на поверхности каждого полигона)</translation>
    </message>
</context>
<context>
    <name>ShiftShareAlgorithm</name>
    <message>
        <location filename="../algorithms/shift_share.py" line="25"/>
        <source>Shift-share analysis</source>
        <translation>Структурно-сдвиговый анализ (shift-share)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="26"/>
        <source>4 Specialization</source>
        <translation>4 Специализация</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="30"/>
        <source>Which part of each district's growth between two periods follows the reference's growth, which its industry structure and which is its own (shift-share analysis).

With x⁰, x¹ the district's value of an industry in the base and end periods, G the reference's growth rate, g&lt;sub&gt;i&lt;/sub&gt; the reference's growth rate of the industry and r&lt;sub&gt;ij&lt;/sub&gt; the district's:
&lt;b&gt;Classic&lt;/b&gt; (Dunn 1960): national_effect = x⁰·G; industry_mix = x⁰·(g&lt;sub&gt;i&lt;/sub&gt; − G); competitive_effect = x¹ − x⁰·(1 + g&lt;sub&gt;i&lt;/sub&gt;); the three sum to actual_change = x¹ − x⁰.
&lt;b&gt;Esteban-Marquillas&lt;/b&gt; (1972): with the homothetic value x̂⁰ = x⁰&lt;sub&gt;j&lt;/sub&gt;·X⁰&lt;sub&gt;i&lt;/sub&gt;/X⁰ (the district's base total spread as the reference's structure): net_competitive = x̂⁰·(r&lt;sub&gt;ij&lt;/sub&gt; − g&lt;sub&gt;i&lt;/sub&gt;), allocation_effect = (x⁰ − x̂⁰)·(r&lt;sub&gt;ij&lt;/sub&gt; − g&lt;sub&gt;i&lt;/sub&gt;) (their sum is the competitive effect), homothetic_change = x̂⁰·r&lt;sub&gt;ij&lt;/sub&gt;; NULL for an industry new in the district (x⁰ = 0 &amp;lt; x¹).
&lt;b&gt;Reference&lt;/b&gt;: the districts' total (default) or REFERENCE_TABLE (e.g. the nation).
&lt;b&gt;Data&lt;/b&gt; as in Localization coefficient, two periods: INDUSTRY_FIELDS and INDUSTRY_FIELDS_BASE (wide), or a long TABLE with BASE_YEAR / END_YEAR and its year field, or a second table TABLE_BASE.
&lt;b&gt;Output&lt;/b&gt;: the districts with the sums of each effect over the industries (NULL when a value of the district is NULL); OUTPUT_TABLE: one row per district and industry.
&lt;b&gt;Style&lt;/b&gt;: diverging on competitive_effect (red: below the reference, blue: above), grey &quot;No data&quot; where undefined.</source>
        <translation>Какая часть прироста района между двумя периодами следует за ростом эталона, какая объясняется его отраслевой структурой, а какая — собственная (структурно-сдвиговый анализ, shift-share).

x⁰, x¹ — значение отрасли в районе в базовом и конечном периодах, G — темп роста эталона, g&lt;sub&gt;i&lt;/sub&gt; — темп роста отрасли в эталоне, r&lt;sub&gt;ij&lt;/sub&gt; — в районе:
&lt;b&gt;Классическая форма&lt;/b&gt; (Dunn 1960): national_effect (эффект общего роста) = x⁰·G; industry_mix (структурный эффект) = x⁰·(g&lt;sub&gt;i&lt;/sub&gt; − G); competitive_effect (конкурентный, региональный эффект) = x¹ − x⁰·(1 + g&lt;sub&gt;i&lt;/sub&gt;); их сумма равна actual_change = x¹ − x⁰.
&lt;b&gt;Эстебан-Маркильяс&lt;/b&gt; (1972): гомотетическое значение x̂⁰ = x⁰&lt;sub&gt;j&lt;/sub&gt;·X⁰&lt;sub&gt;i&lt;/sub&gt;/X⁰ (базовый итог района, распределённый по структуре эталона); net_competitive (чистый конкурентный эффект) = x̂⁰·(r&lt;sub&gt;ij&lt;/sub&gt; − g&lt;sub&gt;i&lt;/sub&gt;), allocation_effect (эффект размещения) = (x⁰ − x̂⁰)·(r&lt;sub&gt;ij&lt;/sub&gt; − g&lt;sub&gt;i&lt;/sub&gt;) (в сумме — конкурентный эффект), homothetic_change = x̂⁰·r&lt;sub&gt;ij&lt;/sub&gt;; NULL для отрасли, новой в районе (x⁰ = 0 &amp;lt; x¹).
&lt;b&gt;Эталон&lt;/b&gt;: итог по районам (по умолчанию) или REFERENCE_TABLE (например, страна).
&lt;b&gt;Данные&lt;/b&gt; — как в «Коэффициенте локализации», два периода: INDUSTRY_FIELDS и INDUSTRY_FIELDS_BASE (широкая форма), либо длинная таблица TABLE с BASE_YEAR / END_YEAR и полем года, либо вторая таблица TABLE_BASE.
&lt;b&gt;Результат&lt;/b&gt;: районы с суммами каждого эффекта по отраслям (NULL, если у района есть значение NULL); OUTPUT_TABLE — строка на каждую пару «район — отрасль».
&lt;b&gt;Стиль&lt;/b&gt;: расходящаяся шкала по competitive_effect (красный — ниже эталона, синий — выше), серый «Нет данных», где эффект не определён.</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="60"/>
        <source>Shift-share</source>
        <translation>Структурные сдвиги (shift-share)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="60"/>
        <source>The districts with their fields and the sums over the industries of actual_change, national_effect, industry_mix, competitive_effect, homothetic_change, net_competitive and allocation_effect.</source>
        <translation>Районы со своими полями и суммами по отраслям: actual_change, national_effect, industry_mix, competitive_effect, homothetic_change, net_competitive и allocation_effect.</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="68"/>
        <source>Shift-share by industry (long table)</source>
        <translation>Структурные сдвиги по отраслям (длинная таблица)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="68"/>
        <source>A table (no geometry), one row per district and industry: district (the key), industry, value_base, value, homothetic_base and the seven effects.</source>
        <translation>Таблица (без геометрии) со строкой на каждую пару «район — отрасль»: district (ключ), industry, value_base, value, homothetic_base и семь эффектов.</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="83"/>
        <source>no shift-share to compute</source>
        <translation>структурные сдвиги вычислять не по чему</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="87"/>
        <source>Shift-share needs two periods: INDUSTRY_FIELDS_BASE (wide form), or BASE_YEAR with TABLE_YEAR_FIELD, or TABLE_BASE (long form).</source>
        <translation>Для структурно-сдвигового анализа нужны два периода: INDUSTRY_FIELDS_BASE (широкая форма) либо BASE_YEAR вместе с TABLE_YEAR_FIELD или TABLE_BASE (длинная форма).</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="105"/>
        <source>Reference growth G ({base} → {end}) = {growth} %.</source>
        <translation>Темп роста эталона G ({base} → {end}) = {growth} %.</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="111"/>
        <source>Industry growth g_i: {}</source>
        <translation>Темпы роста отраслей g_i: {}</translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/shift_share.py" line="156"/>
        <source>%n district(s) grew faster than their structure implies (competitive effect &gt; 0).</source>
        <translation>
            <numerusform>%n район рос быстрее, чем предполагает его структура (конкурентный эффект &gt; 0).</numerusform>
            <numerusform>%n района росли быстрее, чем предполагает их структура (конкурентный эффект &gt; 0).</numerusform>
            <numerusform>%n районов росли быстрее, чем предполагает их структура (конкурентный эффект &gt; 0).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="160"/>
        <source>Competitive effect (red: below the reference&apos;s growth, blue: above)</source>
        <translation>Конкурентный эффект (красный — рост ниже эталона, синий — выше)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="160"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>SpatialAutocorrelationAlgorithm</name>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="25"/>
        <source>Spatial autocorrelation (Moran&apos;s I, LISA)</source>
        <translation>Пространственная автокорреляция (индекс Морана, LISA)</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="26"/>
        <source>5 Spatial structure</source>
        <translation>5 Пространственная структура</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="30"/>
        <source>Do high (or low) values of one variable — a location quotient, a development grade — cluster among neighbouring districts more than chance allows?

&lt;b&gt;Global Moran's I&lt;/b&gt; with its expectation −1/(n−1), z and two-sided p under normality and under randomisation, and a permutation pseudo p-value: in the log and in the global table.
&lt;b&gt;Local Moran (LISA)&lt;/b&gt; per district: lisa_i, lisa_z (against the permutations), lisa_p (pseudo p-value of conditional permutations), lisa_quadrant (HH, LH, LL, HL: the district's value and its neighbours' mean, above or below the mean) and lisa_class: High-High, Low-Low (spatial clusters), High-Low, Low-High (outliers) where p ≤ the significance level (after the correction), else Not significant; Island for a district without neighbours, Undefined for a NULL value (left out of the computation). Styled with GeoDa's LISA colours.
Neighbours: contiguity (queen or rook, with a snapping tolerance in metres), k nearest or a distance band, or a neighbours table; weights are row-standardised. The same SEED gives the same p-values (esda's draws: equal to esda's Moran_Local with that seed).</source>
        <translation>Группируются ли высокие (или низкие) значения одной переменной — коэффициента локализации, рангово-балльной оценки — среди смежных районов сильнее, чем допускает случай?

&lt;b&gt;Глобальный индекс Морана I&lt;/b&gt; с математическим ожиданием −1/(n−1), z и двусторонним p при нормальности и при рандомизации и псевдо-p-значением по перестановкам: в журнале и в таблице глобальных показателей.
&lt;b&gt;Локальный индекс Морана (LISA)&lt;/b&gt; для каждого района: lisa_i, lisa_z (относительно перестановок), lisa_p (псевдо-p-значение условных перестановок), lisa_quadrant (HH, LH, LL, HL: значение района и среднее по его соседям выше или ниже среднего) и lisa_class: «Высокий–высокий», «Низкий–низкий» (пространственные кластеры), «Высокий–низкий», «Низкий–высокий» (выбросы), если p не больше уровня значимости (с учётом поправки), иначе «Незначимо»; «Без соседей» для района без смежных районов, «Не определено» для значения NULL (исключается из расчёта). Оформление — цвета карты кластеров LISA из GeoDa.
Соседство: смежность (ферзевая или ладейная, с допуском примыкания в метрах), k ближайших соседей или пороговое расстояние либо таблица соседства; веса нормируются по строкам. Одно и то же SEED даёт одни и те же p-значения (выборки как в esda: совпадают с Moran_Local из esda при том же seed).</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="63"/>
        <source>Districts</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="63"/>
        <source>The district polygons with the variable.</source>
        <translation>Полигоны районов с переменной.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="67"/>
        <source>District name field</source>
        <translation>Поле названия района</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="67"/>
        <source>Unique district names or codes: log lines, and the keys of a neighbours table.</source>
        <translation>Уникальные названия или коды районов: для строк журнала и как ключи таблицы соседства.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="73"/>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="73"/>
        <source>One numeric field (e.g. a location quotient or a development grade); NULL: left out.</source>
        <translation>Одно числовое поле (например, коэффициент локализации или рангово-балльная оценка); NULL исключается из расчёта.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="83"/>
        <source>Neighbours table</source>
        <translation>Таблица соседства</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="83"/>
        <source>Optional: a table (district, neighbour, weight) as District neighbours writes; replaces METHOD.</source>
        <translation>Необязательно: таблица (district, neighbour, weight), как её записывает алгоритм «Смежные районы»; заменяет METHOD.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="89"/>
        <source>Permutations</source>
        <translation>Перестановки</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="89"/>
        <source>Conditional permutations for the pseudo p-values (999: p down to 0.001; 0: none).</source>
        <translation>Число условных перестановок для псевдо-p-значений (999: p от 0,001; 0: без перестановок).</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="93"/>
        <source>Random seed</source>
        <translation>Начальное значение генератора случайных чисел</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="93"/>
        <source>The same seed gives the same p-values (GeoDa&apos;s default seed).</source>
        <translation>При одном и том же начальном значении p-значения совпадают (по умолчанию — значение GeoDa).</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="97"/>
        <source>Significance level</source>
        <translation>Уровень значимости</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="97"/>
        <source>A district is significant when its pseudo p-value is at most this (after the correction).</source>
        <translation>Район значим, если его псевдо-p-значение не больше этого уровня (с учётом поправки).</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>Multiple-testing correction</source>
        <translation>Поправка на множественные сравнения</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>False discovery rate (Benjamini–Hochberg)</source>
        <translation>Доля ложных открытий (Бенджамини–Хохберг)</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>Bonferroni</source>
        <translation>Бонферрони</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>Many districts are tested at once: FDR or Bonferroni keep false clusters in check.</source>
        <translation>Проверяется сразу много районов: поправки FDR или Бонферрони ограничивают число ложных кластеров.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="114"/>
        <source>LISA clusters</source>
        <translation>Кластеры LISA</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="114"/>
        <source>The districts with lisa_i, lisa_z, lisa_p, lisa_quadrant and lisa_class.</source>
        <translation>Районы с полями lisa_i, lisa_z, lisa_p, lisa_quadrant и lisa_class.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="118"/>
        <source>Global Moran&apos;s I</source>
        <translation>Глобальный индекс Морана</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="118"/>
        <source>Optional table, one row: field, moran_i, expected_i, z_norm, p_norm, z_rand, p_rand, p_sim, n.</source>
        <translation>Необязательная таблица из одной строки: field, moran_i, expected_i, z_norm, p_norm, z_rand, p_rand, p_sim, n.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="128"/>
        <source>Moran scatter plot</source>
        <translation>Диаграмма рассеяния Морана</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="128"/>
        <source>SVG files (*.svg);;PNG files (*.png)</source>
        <translation>Файлы SVG (*.svg);;Файлы PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="128"/>
        <source>Optional file: .svg or .png.</source>
        <translation>Необязательный файл: .svg или .png.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="143"/>
        <source>District name field [ID_FIELD]</source>
        <translation>Поле названия района [ID_FIELD]</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="153"/>
        <source>Variable [FIELD]</source>
        <translation>Переменная [FIELD]</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="151"/>
        <source>no spatial autocorrelation to compute</source>
        <translation>пространственную автокорреляцию рассчитать не по чему</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="155"/>
        <source>Neighbours table [NEIGHBOURS]</source>
        <translation>Таблица соседства [NEIGHBOURS]</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="201"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="185"/>
        <source>LISA clusters of {field} (p ≤ {cutoff:.4g})</source>
        <translation>Кластеры LISA для {field} (p ≤ {cutoff:.4g})</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="206"/>
        <source>Could not write the Moran scatter plot {path}: {error}</source>
        <translation>Не удалось записать диаграмму рассеяния Морана {path}: {error}</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="211"/>
        <source>Moran scatter plot written to {path}</source>
        <translation>Диаграмма рассеяния Морана записана в {path}</translation>
    </message>
</context>
<context>
    <name>SpecializationIndicesAlgorithm</name>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="24"/>
        <source>Specialization and concentration indices</source>
        <translation>Индексы специализации и концентрации</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="25"/>
        <source>4 Specialization</source>
        <translation>4 Специализация</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="29"/>
        <source>How specialized each district is as a whole, and how concentrated each industry is across the districts (REAT and EconGeo's measures). s&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;ij&lt;/sub&gt; / x&lt;sub&gt;j&lt;/sub&gt; is the industry's share of the district, s&lt;sub&gt;i&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; / X its share of the region (the districts, or REFERENCE_TABLE).

&lt;b&gt;Per district&lt;/b&gt; (OUTPUT): krugman = Σ|s&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;i&lt;/sub&gt;| (Krugman 1991, 0–2); hoover_specialization = half of it (Hoover 1936, 0–1); gini_specialization (the Gini coefficient of the district's location quotients, REAT's gini.spec); hhi = Σ s&lt;sub&gt;ij&lt;/sub&gt;² and hhi_normalized = (hhi − 1/n) / (1 − 1/n); entropy = −Σ s&lt;sub&gt;ij&lt;/sub&gt; ln s&lt;sub&gt;ij&lt;/sub&gt; and entropy_relative = entropy / ln n (1 = evenly diversified); n_specializations (industries with LQ ≥ 1).
&lt;b&gt;Per industry&lt;/b&gt; (OUTPUT_INDUSTRIES): hoover_localization, gini_localization (Gini of the industry's quotients over the districts, REAT's gini.conc), hhi_districts, top_district and top_share — over the layer's districts.
&lt;b&gt;Data&lt;/b&gt; as in Localization coefficient: a numeric field per industry (INDUSTRY_FIELDS) or a long table (TABLE with key, industry, value and optionally year fields; END_YEAR picks the year).
NULL values are unknown: a district with a NULL value gets NULL indices and is left out of the region's totals (the log names it); a district whose total is 0 gets NULL indices. Every index is unchanged when all values are scaled.
&lt;b&gt;Style&lt;/b&gt;: graduated on INDEX_TO_STYLE; districts without a value grey, &quot;No data&quot;.</source>
        <translation>Насколько специализирован каждый район в целом и насколько сконцентрирована каждая отрасль по районам (показатели пакетов REAT и EconGeo). s&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;ij&lt;/sub&gt; / x&lt;sub&gt;j&lt;/sub&gt; — доля отрасли в районе, s&lt;sub&gt;i&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; / X — её доля в регионе (по районам или по REFERENCE_TABLE).

&lt;b&gt;По районам&lt;/b&gt; (OUTPUT): krugman = Σ|s&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;i&lt;/sub&gt;| (индекс Кругмана, 1991, 0–2); hoover_specialization — его половина (коэффициент специализации Гувера, 1936, 0–1); gini_specialization (коэффициент Джини коэффициентов локализации района, gini.spec в REAT); hhi = Σ s&lt;sub&gt;ij&lt;/sub&gt;² (индекс Херфиндаля–Хиршмана) и hhi_normalized = (hhi − 1/n) / (1 − 1/n); entropy = −Σ s&lt;sub&gt;ij&lt;/sub&gt; ln s&lt;sub&gt;ij&lt;/sub&gt; (энтропия Шеннона) и entropy_relative = entropy / ln n (1 — равномерная диверсификация); n_specializations (отрасли с LQ ≥ 1).
&lt;b&gt;По отраслям&lt;/b&gt; (OUTPUT_INDUSTRIES): hoover_localization (коэффициент локализации Гувера), gini_localization (коэффициент Джини коэффициентов локализации отрасли по районам, gini.conc в REAT), hhi_districts, top_district и top_share — по районам слоя.
&lt;b&gt;Данные&lt;/b&gt; — как в «Коэффициенте локализации»: числовое поле на каждую отрасль (INDUSTRY_FIELDS) или длинная таблица (TABLE с полями ключа, отрасли, значения и, при необходимости, года; END_YEAR выбирает год).
NULL означает «неизвестно»: район со значением NULL получает индексы NULL и не входит в итоги региона (журнал называет его); район с итогом 0 получает индексы NULL. Все индексы не меняются при умножении всех значений на одно число.
&lt;b&gt;Стиль&lt;/b&gt;: градуированный по INDEX_TO_STYLE; районы без значения серые, «Нет данных».</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="61"/>
        <source>Krugman dissimilarity index (0–2)</source>
        <translation>Индекс несходства Кругмана (0–2)</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="62"/>
        <source>Hoover coefficient of specialization (0–1)</source>
        <translation>Коэффициент специализации Гувера (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="63"/>
        <source>Gini coefficient of specialization</source>
        <translation>Коэффициент Джини специализации</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="64"/>
        <source>Herfindahl–Hirschman index</source>
        <translation>Индекс Херфиндаля–Хиршмана</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="65"/>
        <source>Normalized Herfindahl–Hirschman index</source>
        <translation>Нормированный индекс Херфиндаля–Хиршмана</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="66"/>
        <source>Shannon entropy</source>
        <translation>Энтропия Шеннона</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="67"/>
        <source>Relative entropy</source>
        <translation>Относительная энтропия</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="68"/>
        <source>Number of specializations (LQ ≥ 1)</source>
        <translation>Число отраслей специализации (LQ ≥ 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="73"/>
        <source>Index to style the map by</source>
        <translation>Индекс для оформления карты</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="73"/>
        <source>The per-district index the output map is styled by (graduated, natural breaks).</source>
        <translation>Районный индекс, по которому оформляется выходная карта (градуированный стиль, естественные границы).</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="79"/>
        <source>Specialization indices</source>
        <translation>Индексы специализации</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="79"/>
        <source>The districts with their fields and krugman, hoover_specialization, gini_specialization, hhi, hhi_normalized, entropy, entropy_relative and n_specializations.</source>
        <translation>Районы со своими полями и полями krugman, hoover_specialization, gini_specialization, hhi, hhi_normalized, entropy, entropy_relative и n_specializations.</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="89"/>
        <source>Concentration of industries</source>
        <translation>Концентрация отраслей</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="89"/>
        <source>A table (no geometry), one row per industry: industry, hoover_localization, gini_localization, hhi_districts, top_district (its key) and top_share.</source>
        <translation>Таблица (без геометрии) со строкой на каждую отрасль: industry, hoover_localization, gini_localization, hhi_districts, top_district (ключ района) и top_share.</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="104"/>
        <source>no indices to compute</source>
        <translation>индексы вычислять не по чему</translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/specialization_indices.py" line="141"/>
        <source>Indices of %n district(s) written.</source>
        <translation>
            <numerusform>Записаны индексы %n района.</numerusform>
            <numerusform>Записаны индексы %n районов.</numerusform>
            <numerusform>Записаны индексы %n районов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="150"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>TerritorialAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="221"/>
        <source>Input field &apos;{}&apos; has the name of an output field: it is replaced by the new values in the output (the input layer is unchanged).</source>
        <translation>Имя входного поля '{}' совпадает с именем выходного поля: в результате оно заменяется новыми значениями (входной слой не изменяется).</translation>
    </message>
    <message>
        <location filename="../layers/messages.py" line="12"/>
        <source>«{label}» [{name}]</source>
        <translation>«{label}» [{name}]</translation>
    </message>
</context>
<context>
    <name>WardClusteringAlgorithm</name>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="27"/>
        <source>Ward clustering of regions</source>
        <translation>Кластеризация регионов методом Уорда</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="81"/>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="81"/>
        <source>Region polygons (invalid geometries are accepted and copied as they are).</source>
        <translation>Полигоны регионов (некорректные геометрии принимаются и копируются как есть).</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="85"/>
        <source>Region key / name field (dendrogram labels)</source>
        <translation>Поле ключа / названия региона (подписи дендрограммы)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="85"/>
        <source>The region key or name: labels the dendrogram and the tables, fixes the numbering; NULL or duplicate keys are refused.</source>
        <translation>Ключ или название региона: подписывает дендрограмму и таблицы, задаёт нумерацию; ключи NULL и повторяющиеся ключи не принимаются.</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="96"/>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="96"/>
        <source>Numeric indicators (text fields are refused, not parsed).</source>
        <translation>Числовые показатели (текстовые поля отклоняются, а не преобразуются в числа).</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>Standardize indicators</source>
        <translation>Стандартизация показателей</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>z-score (sample sd)</source>
        <translation>z-оценка (выборочное СКО)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>Min–max (0–1)</source>
        <translation>Мин–макс (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>Robust (median / MAD)</source>
        <translation>Робастная (медиана / MAD)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>None (raw values)</source>
        <translation>Без стандартизации (исходные значения)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>0 z-score with the sample sd (default), 1 min–max to [0, 1], 2 robust (median / 1.4826 MAD), 3 none (raw values: only when the indicators share a unit).</source>
        <translation>0 — z-оценка с выборочным СКО (по умолчанию), 1 — мин–макс в [0, 1], 2 — робастная (медиана / 1.4826 MAD), 3 — без стандартизации (исходные значения: только если у показателей одна единица измерения).</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="124"/>
        <source>Fill missing values with the indicator&apos;s mean</source>
        <translation>Заполнять пропуски средним по показателю</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="124"/>
        <source>No (default): regions lacking a value are left out (NULL cluster); yes: the gaps take the indicator&apos;s mean.</source>
        <translation>Нет (по умолчанию): регионы с пропущенными значениями исключаются (кластер NULL); да: пропуски заменяются средним по показателю.</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="142"/>
        <source>No ID_FIELD: choose the field with the region names or keys (it labels the dendrogram).</source>
        <translation>Не задан ID_FIELD: выберите поле с названиями или ключами регионов (им подписывается дендрограмма).</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="146"/>
        <source>No indicator fields: choose at least one numeric field in FIELDS.</source>
        <translation>Не заданы поля показателей: выберите в FIELDS хотя бы одно числовое поле.</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="160"/>
        <source>nothing to cluster</source>
        <translation>нечего кластеризовать</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="217"/>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="28"/>
        <source>6 Grouping regions (Ward)</source>
        <translation>6 Группировка регионов (Уорд)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="32"/>
        <source>Groups regions by the similarity of their indicators with Ward's hierarchical method (paper 003): Euclidean distances on standardized indicators, = scipy.cluster.hierarchy.linkage(method='ward') = R's hclust(ward.D2).

&lt;b&gt;Standardize&lt;/b&gt;: z-score (default; sample standard deviation, as GeoDa and R's scale()), min–max (0–1), robust ((x − median) / (1.4826·MAD)) or none.
&lt;b&gt;Number of clusters&lt;/b&gt; or &lt;b&gt;cut height&lt;/b&gt;: give one. Neither: 6 clusters (paper 003).
&lt;b&gt;Output&lt;/b&gt;: the regions with &lt;i&gt;cluster&lt;/i&gt; (1..k) and &lt;i&gt;distance_to_centre&lt;/i&gt; (Euclidean, standardized units). Clusters are numbered by their first member in ID order (numeric IDs numerically, text alphabetically), so another feature order gives the same numbers.
&lt;b&gt;Spatial constraint&lt;/b&gt; (queen or rook contiguity, snapping tolerance in metres): only neighbouring clusters merge, so every cluster is one contiguous set of regions (GeoDa's spatially constrained clustering; = sklearn's Ward with a connectivity graph). A region without neighbours (an island) is a cluster of its own and named in the log; asking for fewer clusters than separate parts of the map is refused.
&lt;b&gt;Dendrogram&lt;/b&gt; (.svg, .png, .pdf): leaves labelled with the ID field, branches in the map's cluster colours, the cut dashed. By default it is written beside the Ward clusters output (&lt;i&gt;name&lt;/i&gt;_dendrogram.svg) and listed in the results.
&lt;b&gt;Linkage table&lt;/b&gt;: the order of agglomeration — step, the two items merged (a region's ID, or 'step s' for the group formed at step s), height, size.
&lt;b&gt;Profile table&lt;/b&gt;: per cluster its size, members, and the mean of every indicator, raw (mean_…) and standardized (zmean_…).
Large inputs (census tracts): above 3,000 regions the tree is computed by the nearest-neighbour chain, in memory growing with the regions (not their square); an input that still cannot fit is refused before any work.
Regions lacking a value are excluded (NULL cluster, listed in the log) unless &lt;b&gt;Impute&lt;/b&gt; is set: then gaps take the indicator's mean (regions with no value at all stay excluded). Constant indicators are dropped with a warning. Text fields are refused.</source>
        <translation>Группирует регионы по сходству их показателей иерархическим методом Уорда (статья 003): евклидовы расстояния по стандартизированным показателям, = scipy.cluster.hierarchy.linkage(method='ward') = hclust(ward.D2) в R.

&lt;b&gt;Стандартизация&lt;/b&gt;: z-оценка (по умолчанию; выборочное стандартное отклонение, как в GeoDa и в scale() в R), мин–макс (0–1), робастная ((x − median) / (1.4826·MAD)) или без стандартизации.
&lt;b&gt;Число кластеров&lt;/b&gt; или &lt;b&gt;высота отсечения&lt;/b&gt;: задайте что-то одно. Если не задано ни то ни другое — 6 кластеров (статья 003).
&lt;b&gt;Выходной слой&lt;/b&gt;: регионы с полями &lt;i&gt;cluster&lt;/i&gt; (1..k) и &lt;i&gt;distance_to_centre&lt;/i&gt; (евклидово расстояние в стандартизированных единицах). Кластеры нумеруются по их первому члену в порядке ID (числовые ID — по величине, текстовые — по алфавиту), поэтому при другом порядке объектов номера получаются те же.
&lt;b&gt;Пространственное ограничение&lt;/b&gt; (смежность ферзя или ладьи, допуск привязки в метрах): объединяются только смежные кластеры, поэтому каждый кластер — одна связная группа смежных регионов (пространственно ограниченная кластеризация GeoDa; = Уорд sklearn с графом смежности). Регион без соседей (остров) образует отдельный кластер и называется в журнале; запрос меньшего числа кластеров, чем отдельных частей карты, отклоняется.
&lt;b&gt;Дендрограмма&lt;/b&gt; (.svg, .png, .pdf): листья подписаны значениями поля ID, ветви окрашены в цвета кластеров на карте, линия отсечения — пунктирная. По умолчанию она записывается рядом с выходным слоем кластеров Уорда (&lt;i&gt;имя&lt;/i&gt;_dendrogram.svg) и указывается в результатах.
&lt;b&gt;Таблица агломерации&lt;/b&gt;: порядок объединения — шаг, два объединяемых элемента (ID региона или 'step s' для группы, образованной на шаге s), высота, размер.
&lt;b&gt;Таблица профилей&lt;/b&gt;: для каждого кластера — размер, состав и среднее каждого показателя, исходное (mean_…) и стандартизированное (zmean_…).
Большие данные (переписные участки): при числе регионов больше 3000 дерево строится методом цепочки ближайших соседей, память растёт пропорционально числу регионов, а не его квадрату; данные, которые всё равно не помещаются в память, отклоняются до начала расчёта.
Регионы с пропущенными значениями исключаются (кластер NULL, перечисляются в журнале), если не включено &lt;b&gt;Заполнение пропусков&lt;/b&gt;: тогда пропуски заменяются средним по показателю (регионы, у которых нет ни одного значения, всё равно исключаются). Постоянные показатели отбрасываются с предупреждением. Текстовые поля не принимаются.</translation>
    </message>
</context>
</TS>
