<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>@default</name>
    <message>
        <location filename="../core/classify.py" line="22"/>
        <source>Class break &apos;{part}&apos; is not a number. Write the lower bounds of the classes from best to worst separated by &apos;;&apos;, e.g. &apos;0;-2.5&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="30"/>
        <source>Class breaks {out} must decrease from the best class to the worst, e.g. &apos;0;-2.5&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="76"/>
        <source>Favourable</source>
        <translation>Қолайлы</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="74"/>
        <source>Less favourable</source>
        <translation>Қолайлылығы төмендеу</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="76"/>
        <source>Unfavourable</source>
        <translation>Қолайсыз</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="122"/>
        <source>Class {number}</source>
        <translation>{number}-сынып</translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="89"/>
        <source>{n} class labels given for {n_classes} classes: give one label more than there are class breaks, best class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/classify.py" line="98"/>
        <source>Class labels must be distinct: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="83"/>
        <source>Unknown standardization {method!r}; use one of {STANDARDIZATIONS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="91"/>
        <source>z-scores need at least 2 regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="102"/>
        <source>Robust standardization is impossible for {zero}: more than half of the regions share one value, so the median absolute deviation is 0. Use z-scores or min–max (STANDARDIZE 0 or 1), or leave that indicator out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="115"/>
        <source>Indicator(s) {bad} are constant: they cannot be standardized; leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="139"/>
        <source>No indicator fields: choose at least one in FIELDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="141"/>
        <source>No regions: the layer has no features to cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="146"/>
        <source>Indicator(s) {empty} are NULL for every region: leave them out of FIELDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="184"/>
        <source>Only {n} region(s) have values to cluster ({n2} excluded for missing values); Ward clustering needs at least 2: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="196"/>
        <source>Every indicator is constant over the regions clustered ({dropped}): there is nothing to tell the regions apart. Choose indicators that vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="83"/>
        <source>Give either the number of clusters [N_CLUSTERS] or the cut height [HEIGHT], not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="86"/>
        <source>Give the number of clusters [N_CLUSTERS] or the cut height [HEIGHT]: neither is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="93"/>
        <source>Ward clustering needs at least 2 regions; {n} can be clustered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="95"/>
        <source>No indicators to cluster on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="100"/>
        <source>The matrix to cluster has missing or infinite values; exclude or impute them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="105"/>
        <source>The number of clusters must be a whole number ≥ 1, not {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="108"/>
        <source>{k} clusters asked for, but only {n} regions can be clustered (regions lacking values are excluded): choose N_CLUSTERS ≤ {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/clustering.py" line="117"/>
        <source>The cut height must be 0 or more, not {height}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dendrogram.py" line="48"/>
        <source>The dendrogram file must end in .svg, .png or .pdf, not &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dendrogram.py" line="76"/>
        <source>{n} colours for {k} clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>High growth rate</source>
        <translation>Өсу қарқыны жоғары</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>Above-average growth rate</source>
        <translation>Өсу қарқыны орташадан жоғары</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>Below-average growth rate</source>
        <translation>Өсу қарқыны орташадан төмен</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="18"/>
        <source>Low growth rate</source>
        <translation>Өсу қарқыны төмен</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="149"/>
        <source>start</source>
        <translation>кезең басы</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="152"/>
        <source>end</source>
        <translation>кезең соңы</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="48"/>
        <source>The span in years must be a positive number (got {years}); e.g. 14 for 1997–2011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="67"/>
        <source>No district has both a start and an end value: the region&apos;s growth index cannot be formed. Check the START/END (or SERIES) fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="75"/>
        <source>The start values of all districts sum to 0: the region&apos;s growth index (total end / total start) is undefined, so growth cannot be typed relative to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="87"/>
        <source>The regional growth index must be a positive number (got {regional}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="90"/>
        <source>growth index</source>
        <translation>өсу индексі</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="99"/>
        <source>A series needs at least two fields in time order (first = start, last = end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="117"/>
        <source>Class breaks {breaks} must decrease from the best class to the worst, e.g. &apos;110;100;90&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="153"/>
        <source>a growth index needs absolute, non-negative quantities (population, output, number of enterprises…); signed quantities such as a balance or net migration have no meaningful growth index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="160"/>
        <source>start value</source>
        <translation>бастапқы мән</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="161"/>
        <source>end value</source>
        <translation>соңғы мән</translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="164"/>
        <source>The end values of all districts sum to 0: the region&apos;s growth index is 0, so growth cannot be expressed relative to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="187"/>
        <source>no start value (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="189"/>
        <source>no end value (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/growth.py" line="191"/>
        <source>start value is 0 (end {end:g}): growth from nothing has no index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="35"/>
        <source>row {number}</source>
        <translation>{number}-жол</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="38"/>
        <source>{n} names given for {n2} districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="50"/>
        <source>The {what} values must be numbers (or NULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="52"/>
        <source>{shape} {what} values given for {n} districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="56"/>
        <source>The {what} values must be finite numbers; an infinite value was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="67"/>
        <source> and {n} more</source>
        <translation> және тағы {n}</translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="68"/>
        <source>Negative {what} for {listed}{more}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicator_helpers.py" line="83"/>
        <source>{reasons} → NULL {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="54"/>
        <source>Unknown emission density formula {formula!r}; use one of {EMISSION_FORMULAS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="59"/>
        <source>emission</source>
        <translation>шығарындылар</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="64"/>
        <source>population</source>
        <translation>халық саны</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="70"/>
        <source>area</source>
        <translation>аумақ ауданы</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="64"/>
        <source>a population cannot be below 0. Check the POPULATION_FIELD values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="70"/>
        <source>an area cannot be below 0. Check the AREA_FIELD values (km²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="76"/>
        <source>emissions</source>
        <translation>шығарындылар</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="76"/>
        <source>emissions cannot be below 0. Check the EMISSIONS_FIELD values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="96"/>
        <source>no emissions value (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="98"/>
        <source>no population value (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="100"/>
        <source>population is 0</source>
        <translation>халық саны 0-ге тең</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="102"/>
        <source>no area</source>
        <translation>аумақ ауданы көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="104"/>
        <source>area is 0</source>
        <translation>аумақ ауданы 0-ге тең</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="131"/>
        <source>Unknown migration effectiveness formula {formula!r}; use one of {MIGRATION_FORMULAS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="140"/>
        <source>arrivals</source>
        <translation>келгендер саны</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="151"/>
        <source>departures</source>
        <translation>кеткендер саны</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="140"/>
        <source>arrivals are a count of people and cannot be below 0. If the field holds net migration, choose the arrivals and departures fields instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="151"/>
        <source>departures are a count of people and cannot be below 0. Check the DEPARTURES_FIELD values (departures are counted as positive numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="172"/>
        <source>no arrivals value (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="174"/>
        <source>no departures value (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="177"/>
        <source>no migration at all (arrivals + departures = 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="179"/>
        <source>no arrivals (0): (I − O) / I is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="197"/>
        <source>distance to capital A</source>
        <translation>A астанасына дейінгі қашықтық</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="200"/>
        <source>distance to capital B</source>
        <translation>B астанасына дейінгі қашықтық</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="202"/>
        <source>The two capitals are at the same place (distance 0): accessibility (dA + dB) / dAB is undefined. Give two distinct capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="209"/>
        <source>distance</source>
        <translation>қашықтық</translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="209"/>
        <source>distances cannot be below 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/indicators.py" line="212"/>
        <source>no regional centre</source>
        <translation>өңірлік орталық жоқ</translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="21"/>
        <source>Infinite value for district &apos;{districts}&apos;, industry &apos;{industries}&apos;{period}. Replace it with a number or NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="33"/>
        <source>Negative value {x:g} for district '{districts}', industry '{industries}'{period} ({n_negative} negative value(s) in all). Location quotients need counts or volumes ≥ 0: correct it or set it to NULL (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="53"/>
        <source>Negative district total {xj:g} for district '{districts}'{period}: totals must be ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="60"/>
        <source>Infinite district total for &apos;{districts}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="65"/>
        <source>{district} (total {total:g} &lt; sum {sum:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="77"/>
        <source>The district total is smaller than the sum of its industries for {n} district(s){period}: {ex}. Check TOTAL_FIELD (it must include every listed industry) or leave it empty to use the sum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="90"/>
        <source>the district total is NULL for {n} district(s): {names} — their quotients are NULL and they are left out of the region's totals{period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="111"/>
        <source>the district total is 0 for {n} district(s): {names} — their quotients are NULL (undefined, not 0){period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="124"/>
        <source>no value (NULL, or no row in the table) for {n} district(s): {names} — their quotients are NULL{period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="139"/>
        <source>industries absent from the reference (total 0): {names} — quotients NULL for every district{period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="143"/>
        <source>industries absent from the region (total 0): {names} — quotients NULL for every district{period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_checks.py" line="149"/>
        <source>{n} value(s) are NULL (e.g. district '{district}', industry '{industry}') — unknown, not 0: their quotients are NULL and the totals are sums of the known values{period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="80"/>
        <source>No industries were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="82"/>
        <source>There are no districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="113"/>
        <source>The reference has no total for industry {miss}{period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="122"/>
        <source>the districts&apos; own sum exceeds the reference total for the industries {names}{period}: is the reference really wider than the layer (same units, same year)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="151"/>
        <source>The reference total ({X:g}) is smaller than the sum of its industry totals ({industry_sum:g}){period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="22"/>
        <source>TREND_TOLERANCE must be a number ≥ 0 (got {tolerance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="59"/>
        <source>{name} must be between 0 and 100 (got {p}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="154"/>
        <source>THRESHOLD must be a number &gt; 0 (got {threshold}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_analysis.py" line="156"/>
        <source>Two periods with a reference need the reference&apos;s base-period totals too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_fields.py" line="46"/>
        <source>Style break &apos;{part}&apos; is not a number; write e.g. 0.5;0.8;1.25;2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_fields.py" line="50"/>
        <source>Style breaks {out} must be positive and increasing, e.g. 0.5;0.8;1.25;2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/matching.py" line="201"/>
        <source>Unknown matching stage(s) {stages}: use {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/matching.py" line="215"/>
        <source>fuzzy matching skipped: {n_districts} districts × {n_rows} rows left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="48"/>
        <source>{what}: the key, industry and value columns differ in length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="52"/>
        <source>Duplicate district keys in the layer: {dups}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="58"/>
        <source>{what}: industries {bad} are not among the industries analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="73"/>
        <source>{what}: {n} (district, industry) pair(s) have more than one row, e.g. {examples}. Each pair must appear once; rows are never summed. If the table holds several years, set TABLE_YEAR_FIELD (with BASE_YEAR / END_YEAR); if the rows are parts of one value, aggregate them first (e.g. Processing &apos;Aggregate&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="88"/>
        <source>{what}: negative value {vals:g} for district '{key_arr}', industry '{ind_arr}' ({n_negative} negative value(s) in all). Location quotients need counts or volumes ≥ 0: correct the value or set it to NULL (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="102"/>
        <source>{what}: infinite value for district &apos;{key_arr}&apos;, industry &apos;{ind_arr}&apos;. Replace it with a number or NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="142"/>
        <source>{what}: a row has no industry; fill it or delete the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="146"/>
        <source>{what}: industries {dups} appear more than once; give one total per industry (per year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="154"/>
        <source>{what} has no total for industry {missing}: add it, or leave the industry out of the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="162"/>
        <source>{what} has no total for the industries {missing}: add them, or leave them out of the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="172"/>
        <source>{what}: the total of industry {null} is NULL; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/pivot.py" line="177"/>
        <source>{what}: negative total for industry {neg}; totals must be ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="25"/>
        <source>No favourable classes given: list the class indices treated as favourable, e.g. &apos;0;1&apos; for the two best classes of the typology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="39"/>
        <source>Favourable class &apos;{part}&apos; is not a class index. Give the class_index values of the typology (0 = best class), separated by &apos;;&apos;, e.g. &apos;0;1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="47"/>
        <source>Favourable class '{part}' is not a class index (0, 1, 2, …; 0 = best class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="82"/>
        <source>THRESHOLD must be a number ≥ 0 (1.0 = specialization); got {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="87"/>
        <source>No favourable classes given (e.g. &apos;0;1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="92"/>
        <source>No district is in the favourable classes {favourable} (classes present: {present}). Check FAVOURABLE_CLASSES against the typology&apos;s class_index (0 = best class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="104"/>
        <source>The LQ table needs a column &apos;{col}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="111"/>
        <source>The LQ table has rows without an industry name (districts {where}): fill the industry field or remove those rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="122"/>
        <source>The LQ table holds infinite quotients for {pairs}. An undefined quotient must be NULL, not infinite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="131"/>
        <source>Localization coefficients cannot be negative: {pairs}. Check the LQ field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/potential.py" line="142"/>
        <source>The LQ table has more than one row for {pairs}. Give one quotient per district and industry (for two periods, use the end year&apos;s lq column, or filter the table to one year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="41"/>
        <source>Unknown tie method {ties!r}; use one of {TIE_METHODS}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="71"/>
        <source>A weighted-mean reference needs a weight field (WEIGHT_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="75"/>
        <source>Negative weights for {bad}: weights must be zero or positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="81"/>
        <source>Indicator &apos;{col}&apos;: the weights of the districts that have it sum to 0; cannot form a weighted mean. Choose another reference or weight field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="92"/>
        <source>A table reference needs the reference table (REFERENCE_TABLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="97"/>
        <source>The reference table has no value for indicator &apos;{col}&apos;: add a field &apos;{col}&apos; with the region&apos;s value to its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="107"/>
        <source>Unknown reference mode {mode!r}; use one of {REFERENCE_MODES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="114"/>
        <source>No reference value could be formed for {empty}: no district has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="123"/>
        <source>Indicator &apos;{col}&apos; is empty (NULL) for every district; fill it or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="141"/>
        <source>GROUPS entry &apos;{entry}&apos; has no &apos;:&apos;. Write groups as &apos;economic: field1, field2; social: field3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="150"/>
        <source>GROUPS entry &apos;{entry}&apos; has no group name before &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="152"/>
        <source>Group &apos;{name}&apos; is named twice in GROUPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="155"/>
        <source>Group &apos;{name}&apos; lists no indicator fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="158"/>
        <source>Group &apos;{name}&apos; names &apos;{f}&apos;, which is not one of the indicator fields ({indicators}). Add it to POSITIVE_FIELDS or NEGATIVE_FIELDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="168"/>
        <source>Indicator &apos;{f}&apos; is in two groups: &apos;{seen}&apos; and &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="189"/>
        <source>There are no districts to grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="191"/>
        <source>No indicator fields were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ranking.py" line="203"/>
        <source>Districts {bad} have no value for any indicator; they cannot be graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="172"/>
        <source>{field} ({n} missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="173"/>
        <source>set IMPUTE to fill gaps with the indicator&apos;s mean, or leave out the indicators with most gaps: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="173"/>
        <source>add regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="134"/>
        <source>The reference total is {X:g}{period}: every value is 0 or NULL, so no quotient can be formed. Check the value field(s) and the year filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/localization.py" line="142"/>
        <source>The region&apos;s total is {X:g}{period}: every value is 0 or NULL, so no quotient can be formed. Check the value field(s) and the year filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="90"/>
        <source>A reference needs its totals for both periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="99"/>
        <source>The reference&apos;s base-period total is 0{what}: no growth rate can be formed. Check the base period&apos;s values and the year filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="110"/>
        <source>The reference&apos;s growth from the base to the end period is too large to compute (base-period totals close to 0): check the values and their units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="122"/>
        <source>Industry {names} has a base-period total of 0 in the reference (without REFERENCE_TABLE: over the cells known in both periods): its growth rate is undefined (effects NULL where a district had it in the base period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="153"/>
        <source>{n} district × industry cell(s) are 0 in the base period and not in the end period (new industries): their growth rate is undefined, so their Esteban-Marquillas effects are NULL (the classic effects are defined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="165"/>
        <source>{n_cells} cell(s) have a NULL value in one of the periods: their effects are NULL, and so are the totals of {n} district(s) ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/shiftshare.py" line="199"/>
        <source>The reference has no valid total (a number ≥ 0) for industry {names}{what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="87"/>
        <source>Value {value} for district '{district}', industry '{industry}'{what}: the indices need counts or volumes ≥ 0 ({n} such value(s) in all). Correct it or set it to NULL (unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="129"/>
        <source>Every district has a NULL value (e.g. district &apos;{district}&apos;, industry &apos;{industry}&apos;{what}): no district&apos;s industry structure is known. Fill the values in, or leave the industry out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="141"/>
        <source>{n} district(s) with NULL values ({names}): their indices are NULL and they are left out of the region&apos;s totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="157"/>
        <source>The reference has no valid total (a number ≥ 0) for industry {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="163"/>
        <source>The region&apos;s total is 0{what}: every value is 0 or NULL, so no share can be formed. Check the value field(s) and the year filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="175"/>
        <source>{n} district(s) with a total of 0 ({names}): their shares and indices are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="201"/>
        <source>One industry only: hhi_normalized and entropy_relative are NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/specialization.py" line="204"/>
        <source>Industry {names} is absent from the region (total 0): it has no quotient and no industry indices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/contiguity.py" line="58"/>
        <source>Unsupported geometry type {code} (curves must be segmentized first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="55"/>
        <source>Neighbour pairs: {a} districts but {b} neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="58"/>
        <source>Neighbour pairs: {a} pairs but {b} weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="60"/>
        <source>Neighbour pairs refer to a row outside the {n} districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="158"/>
        <source>The number of nearest neighbours must be at least 1, not {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="160"/>
        <source>{k} nearest neighbours need at least {need} districts with a location; the layer has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/graph.py" line="198"/>
        <source>The distance band must be a positive distance, not {band}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="42"/>
        <source>High-High</source>
        <translation>Жоғары–жоғары</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="43"/>
        <source>Low-Low</source>
        <translation>Төмен–төмен</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="44"/>
        <source>High-Low</source>
        <translation>Жоғары–төмен</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="45"/>
        <source>Low-High</source>
        <translation>Төмен–жоғары</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="46"/>
        <source>Not significant</source>
        <translation>Маңызды емес</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="47"/>
        <source>Island</source>
        <translation>Көршісіз</translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="48"/>
        <source>Undefined</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <location filename="../core/moran_weights.py" line="29"/>
        <source>The weights matrix is {rows} × {cols}: it must be square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran_weights.py" line="38"/>
        <source>Neighbour weights must be positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="81"/>
        <source>The neighbours graph has {graph} districts, the layer {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="85"/>
        <source>The number of permutations must be 0 or more, not {p}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="87"/>
        <source>The significance level must be between 0 and 1, not {level}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="89"/>
        <source>The variable has infinite values: fix or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="92"/>
        <source>Spatial autocorrelation needs at least 4 districts with a value, this input has {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="98"/>
        <source>The variable has the same value ({value}) in every district: its spatial autocorrelation is undefined. Choose a variable that varies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="154"/>
        <source>{n} district(s) without a value are left out (class Undefined): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="163"/>
        <source>No two districts with a value are neighbours: check the neighbours (method, tolerance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/moran.py" line="169"/>
        <source>{n} district(s) have no neighbour with a value (class Island): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="58"/>
        <source>The threshold must be a number ≥ 0 (1 = specialization), not {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="63"/>
        <source>The minimum number of districts in a zone must be at least 1, not {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="78"/>
        <source>The LQ table has {n} rows for the same district and industry (industry &apos;{industry}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/zones.py" line="84"/>
        <source>The LQ table holds a negative or infinite quotient: quotients are ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/constrained_ward.py" line="79"/>
        <source>Neighbour pairs refer to a row outside the {n} regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/constrained_ward.py" line="166"/>
        <source>{k} clusters asked for, but the regions form {parts} separate parts with no neighbour between them ({islands} of them single regions without neighbours): with the spatial constraint every cluster is contiguous, so there are at least {parts} clusters. Choose a Number of clusters [N_CLUSTERS] of at least {parts} (or a lower Cut height [HEIGHT]), a larger Snapping tolerance (metres) [TOLERANCE], or Spatial constraint [SPATIAL_CONSTRAINT] None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ward_chain.py" line="110"/>
        <source>Ward clustering of {n} regions on {d} indicators needs about {need_mb} MB of memory, but only {free_mb} MB are available: close other programs, or cluster fewer regions (e.g. one part of the country at a time) or fewer indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="39"/>
        <source>z-score (sample sd)</source>
        <translation>z-бағалау (іріктемелі стандартты ауытқу)</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="40"/>
        <source>min–max</source>
        <translation>мин–макс</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="41"/>
        <source>robust (median / MAD)</source>
        <translation>тұрақты (медиана / MAD)</translation>
    </message>
    <message>
        <location filename="../core/standardization.py" line="42"/>
        <source>none (raw values)</source>
        <translation>стандарттаусыз (бастапқы мәндер)</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="59"/>
        <source>Star</source>
        <translation>Жұлдыз</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="60"/>
        <source>Mature</source>
        <translation>Жетілген</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="61"/>
        <source>Emerging</source>
        <translation>Қалыптасушы</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="62"/>
        <source>Transforming</source>
        <translation>Трансформацияланушы</translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="80"/>
        <source>Confidence level [CONFIDENCE] must be at least 0.5 and below 1, e.g. 0.95 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="130"/>
        <source>Unknown LQ test [LQ_TEST] {test}: choose 0, 1 or 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="144"/>
        <source>{n} value(s) are not whole numbers (e.g. {value:g} for district &apos;{district}&apos;, industry &apos;{industry}&apos;): the Poisson interval assumes counts of persons or establishments. For thousands of persons multiply by 1000 first; for money choose the share test or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="164"/>
        <source>Minimum share of the region [MIN_SHARE] must be between 0 and 1 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="187"/>
        <source>{n} quotient(s) are {limit:g} or more — tiny bases (lq_ceiling = X / x_j is the largest LQ a district can reach). Read them with the interval (lq_low, lq_high) or the district's share, not as strong specializations; the largest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="198"/>
        <source>  {district} / {industry}: LQ {lq:.1f}, the district makes {share:.2f} % of the region&apos;s total, ceiling {ceiling:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/lq_reliability.py" line="222"/>
        <source>Trend tolerance [TREND_TOLERANCE] must be ≥ 0 (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterStructureAlgorithm</name>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="28"/>
        <source>Cluster-structure map layers (paper 004)</source>
        <translation>Кластерлер құрылымы картасының қабаттары (004 мақала)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="29"/>
        <source>8 Report maps</source>
        <translation>8 Есеп карталары</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="32"/>
        <source>The layers of the papers' cluster-structure map (paper 000 Figs. 3–6, paper 004 Fig. 4), drawn from the output of &lt;i&gt;Potential territorial clusters&lt;/i&gt;: one potential cluster per industry listed (LQ at or above the threshold) for at least MIN_MEMBERS favourable districts, numbered by size; its centre; and an arrow from the centre to every other member district.

&lt;b&gt;Centre&lt;/b&gt;: the member district with the highest LQ of the industry, or the largest member (CENTRE_DISTRICT); with CENTRES (e.g. the centre towns Aktobe, Khromtau, Kandyagash) the centre point nearest to a point inside that district; without CENTRES the point inside the district.
&lt;b&gt;Outputs&lt;/b&gt;: OUTPUT, the links (cluster, industry, centre, district, lq), arrows in one colour per cluster with a numbered legend; CENTRES_OUTPUT, the centres as stars labelled with their clusters' numbers. For the figure give the potential clusters' output to &lt;i&gt;Export report map&lt;/i&gt; and these two layers as its background layers: they are drawn over the districts and listed in the legend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="63"/>
        <source>Potential clusters (output of Potential territorial clusters)</source>
        <translation>Әлеуетті кластерлер («Әлеуетті аумақтық кластерлер» нәтижесі)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="63"/>
        <source>The districts with cluster_potential, as Potential territorial clusters writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="71"/>
        <source>District key field</source>
        <translation>Аудан кілтінің өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="71"/>
        <source>The district key (e.g. district); NULL or duplicate keys are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="77"/>
        <source>District name field</source>
        <translation>Аудан атауының өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="77"/>
        <source>Names for the centre and district fields of the outputs (empty: the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="83"/>
        <source>Least member districts of a cluster</source>
        <translation>Кластердегі аудандардың ең аз саны</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="83"/>
        <source>An industry makes a cluster when it is listed for at least this many favourable districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="93"/>
        <source>Industries (one per line; empty: all)</source>
        <translation>Салалар (әр жолда біреуден; бос — барлығы)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="93"/>
        <source>Only these industries, one per line, as written in cluster_potential (names may hold commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>Centre district</source>
        <translation>Орталық аудан</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>The member with the highest LQ</source>
        <translation>Оқшаулану коэффициенті ең жоғары аудан</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>The largest member</source>
        <translation>Ең үлкен аудан</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="99"/>
        <source>Which member district holds the cluster&apos;s centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="108"/>
        <source>Centre towns (points)</source>
        <translation>Орталық қалалар (нүктелер)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="108"/>
        <source>Optional points, e.g. the cluster centre towns: the one nearest to the centre district is its centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="116"/>
        <source>Centre name field</source>
        <translation>Орталық атауының өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="116"/>
        <source>The centre towns&apos; names (empty: their first text field, else the centre district&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="125"/>
        <source>Cluster links</source>
        <translation>Кластер байланыстары</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="125"/>
        <source>One arrow per cluster and member district: cluster, industry, centre, district, lq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="129"/>
        <source>Cluster centres</source>
        <translation>Кластер орталықтары</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="129"/>
        <source>One star per centre: centre, clusters (their numbers), industries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="146"/>
        <source>{label} has no field &apos;{field}&apos;: give the output of Potential territorial clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="152"/>
        <source>no clusters to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="159"/>
        <source>Districts without a geometry left out: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="164"/>
        <source>No district of {label} lists an industry in '{field}' (as 'Industry (LQ), …'): give the output of Potential territorial clusters with at least one favourable district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="175"/>
        <source>{label}: no district lists {names}. The industries listed:
{listed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="184"/>
        <source>No industry is listed for {n} or more favourable districts: no cluster to draw (the outputs are empty). Lower {label} (1 draws every industry, a single district as its own centre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_structure.py" line="193"/>
        <source>Cluster {number}: {industry} — centre {centre}; members: {members}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterZonesAlgorithm</name>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="23"/>
        <source>Contiguous cluster zones</source>
        <translation>Кластердің іргелес аудандар аймақтары</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="24"/>
        <source>5 Spatial structure</source>
        <translation>5 Кеңістіктік құрылым</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="29"/>
        <source>A territorial cluster covers not only one district but its neighbours too (paper 000): for each industry, the groups of contiguous districts that all specialise in it.

&lt;b&gt;LQ table&lt;/b&gt;: one row per district and industry — the long table output of Localization coefficient (fields: the district key, industry, lq, value, strong …). A district specialises when its LQ ≥ THRESHOLD (default 1) and, with a flag field (e.g. strong), the flag is set; a NULL quotient never does (logged). &lt;b&gt;Neighbours&lt;/b&gt;: queen or rook contiguity with a snapping tolerance in metres, as in District neighbours. A zone is a connected group of specialised districts (each linked to the others through specialised neighbours) of at least MIN_DISTRICTS (default 2).
&lt;b&gt;Output&lt;/b&gt;: one polygon per zone (the members' polygons dissolved) with industry, zone (1, 2, … within the industry, largest first), n_districts, members (the keys), mean_lq and, with a value field (e.g. value: employment), total_value, share (of the industry over the table's districts) and weighted_lq (the zone's LQ as one region: Σ value / Σ (value / LQ)); styled by industry. &lt;b&gt;Members&lt;/b&gt;: district, industry, zone, lq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="63"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="63"/>
        <source>The district polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="67"/>
        <source>District key field</source>
        <translation>Аудан кілтінің өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="67"/>
        <source>The districts&apos; unique key, as in the LQ table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="73"/>
        <source>Localization coefficients (long table)</source>
        <translation>Оқшаулану коэффициенттері (ұзын кесте)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="73"/>
        <source>One row per district and industry: the long table output of Localization coefficient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: district key field (empty: same name as ID_FIELD)</source>
        <translation>ОК кестесі: аудан кілтінің өрісі (бос: ID_FIELD атауымен бірдей)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The LQ table&apos;s district key (default: the field named like ID_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: industry field</source>
        <translation>ОК кестесі: сала өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The industry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: localization coefficient field</source>
        <translation>ОК кестесі: оқшаулану коэффициентінің өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The quotient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>A yes/no field: only rows where it is true count (e.g. strong, the strong clusters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>The district&apos;s value of the industry (e.g. employment): total_value, share, weighted_lq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="115"/>
        <source>Threshold (LQ ≥ threshold)</source>
        <translation>Шек (ОК ≥ шек)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="115"/>
        <source>A district specialises in an industry when its LQ reaches this (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="125"/>
        <source>Minimum districts per zone</source>
        <translation>Аймақтағы аудандардың ең аз саны</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="125"/>
        <source>Smaller groups of specialised districts are not zones (1: single districts too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="136"/>
        <source>Cluster zones</source>
        <translation>Кластер аймақтары</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="136"/>
        <source>One polygon per zone: industry, zone, n_districts, members, mean_lq, weighted_lq, total_value, share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="142"/>
        <source>Zone members</source>
        <translation>Аймақ құрамы</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="142"/>
        <source>One row per zone member: district, industry, zone, lq.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="159"/>
        <source>Localization coefficients [LQ_TABLE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="179"/>
        <source>no zones to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="205"/>
        <source>Contiguous cluster zones (LQ ≥ {threshold:g})</source>
        <translation>Кластердің іргелес аудандар аймақтары (ОК ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: value field (e.g. value)</source>
        <translation>ОК кестесі: мән өрісі (мысалы, value)</translation>
    </message>
    <message>
        <location filename="../algorithms/cluster_zones.py" line="79"/>
        <source>LQ table: flag a specialization must have (e.g. strong)</source>
        <translation>ОК кестесі: мамандану белгісі (мысалы, strong)</translation>
    </message>
</context>
<context>
    <name>EmissionDensityAlgorithm</name>
    <message>
        <location filename="../algorithms/emission_density.py" line="112"/>
        <source>Emission density</source>
        <translation>Шығарындылар тығыздығы</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="23"/>
        <source>2 Indicators</source>
        <translation>2 Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="27"/>
        <source>Emission density coefficient of paper 000 (indicator 3.1, after Zhidkikh 2003): hazardous emissions into the atmosphere A relative to the territory S (km²) and the population N. Lower is better.

&lt;b&gt;Formula&lt;/b&gt;: 0 = A / √(S·N) (default: the geometric mean of emissions per km² and per person), 1 = A / (S·N) (the literal reading).
&lt;b&gt;Area&lt;/b&gt;: the AREA_FIELD in km² if given; otherwise the ellipsoidal area of each polygon (the project's ellipsoid, WGS84 when none is set), correct for geographic and projected CRSs alike. Invalid polygons are repaired (makeValid) for the area, with a log line; the output keeps the original geometry.
Output fields: area_km2, emission_per_km2 (A/S), emission_per_capita (A/N), emission_density, all in the units of A.
A missing value or a zero population/area gives NULL and a log line naming the district; negative emissions, population or area are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="56"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="56"/>
        <source>District polygons with the emissions and population fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="60"/>
        <source>District name field (for log lines)</source>
        <translation>Аудан атауы өрісі (журнал жолдары үшін)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="60"/>
        <source>A name field, used only to name districts in log lines (NULL or repeated names are fine; without it, districts are named by feature id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="72"/>
        <source>Emissions into the atmosphere, A (e.g. thousand t per year)</source>
        <translation>Атмосфераға шығарындылар, A (мысалы, жылына мың т)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="72"/>
        <source>A: hazardous emissions from stationary sources, numeric (e.g. thousand t per year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="81"/>
        <source>Average annual population, N (persons)</source>
        <translation>Халықтың орташа жылдық саны, N (адам)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="81"/>
        <source>N: the average annual population, numeric (persons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="90"/>
        <source>Area S in km² (empty: the ellipsoidal area of each polygon)</source>
        <translation>Аумақ ауданы S, км² (бос: әр полигонның эллипсоидтық ауданы)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="90"/>
        <source>S in km². Default: the ellipsoidal area of each polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>A / √(S·N) (geometric mean of A/S and A/N)</source>
        <translation>A / √(S·N) (A/S және A/N шамаларының геометриялық ортасы)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>A / (S·N) (literal)</source>
        <translation>A / (S·N) (сөзбе-сөз оқылуы)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="100"/>
        <source>0: C = A / √(S·N), the geometric mean of emissions per km² and per person (default); 1: C = A / (S·N), the literal reading of the paper's formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="112"/>
        <source>The districts with the input fields and area_km2 (S as used), emission_per_km2 (A/S), emission_per_capita (A/N) and emission_density (C), in the units of A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="139"/>
        <source>no emission density to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="144"/>
        <source>Areas: from the field '{area_field}' (km²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="158"/>
        <source>Emission density = {formula_text} (A = {emissions}, N = {population}, S in km²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="174"/>
        <source>Lowest emission density: {labels} ({values:.4g}); highest: {labels2} ({values2:.4g}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="179"/>
        <source>Emission density {formula_text} (lower is better)</source>
        <translation>Шығарындылар тығыздығы {formula_text} (неғұрлым төмен болса, соғұрлым жақсы)</translation>
    </message>
    <message>
        <location filename="../algorithms/emission_density.py" line="179"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
</context>
<context>
    <name>ExportMapAlgorithm</name>
    <message>
        <location filename="../algorithms/export_map.py" line="27"/>
        <source>Export report map</source>
        <translation>Есепке арналған картаны экспорттау</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="83"/>
        <source>Styled layer to map</source>
        <translation>Картаға түсірілетін стильдендірілген қабат</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="83"/>
        <source>The layer to map, drawn with its own style. A GeoPackage written by this plugin opens styled (the style is stored as its default); when Processing opens a file itself, its stored default style is loaded. The layer is never modified: a copy is drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="128"/>
        <source>LABEL_FIELD: the layer has no field &apos;{label_field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="100"/>
        <source>Layout name in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="107"/>
        <source>Layer &apos;{layer_name}&apos; has no geometry: only layers with geometry can be mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="114"/>
        <source>No OUTPUT file given: choose a .pdf, .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="117"/>
        <source>OUTPUT &apos;{output}&apos; must end in .pdf, .png or .svg: the format follows the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="185"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="169"/>
        <source>Map written to {output} ({page_labels}, {dpi} dpi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/export_map.py" line="28"/>
        <source>8 Report maps</source>
        <translation>8 Есепке арналған карталар</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrowthTypologyAlgorithm</name>
    <message>
        <location filename="../algorithms/growth_typology.py" line="24"/>
        <source>Growth-rate typology</source>
        <translation>Өсу қарқыны типологиясы</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="60"/>
        <source>Districts (layer or table)</source>
        <translation>Аудандар (қабат немесе кесте)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="60"/>
        <source>The districts: a layer or a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="66"/>
        <source>District name field (for log lines)</source>
        <translation>Аудан атауы өрісі (журнал жолдары үшін)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="66"/>
        <source>A name field, used only to name districts in log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="75"/>
        <source>Value at the start</source>
        <translation>Кезең басындағы мән</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="75"/>
        <source>The value at the start (with END_FIELD; or give SERIES_FIELDS instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="85"/>
        <source>Value at the end</source>
        <translation>Кезең соңындағы мән</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="85"/>
        <source>The value at the end (with START_FIELD; or give SERIES_FIELDS instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="95"/>
        <source>Or: a series of fields in time order (first = start, last = end)</source>
        <translation>Немесе: уақыт ретімен орналасқан өрістер қатары (біріншісі = басы, соңғысы = соңы)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="95"/>
        <source>Instead of START_FIELD and END_FIELD: several fields in time order. The first is the start and the last the end; the fields between do not change the result (the index and the compound rate depend on the end points only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="110"/>
        <source>Span in years, for the average annual rate (e.g. 14 for 1997–2011)</source>
        <translation>Кезең ұзақтығы, жыл, орташа жылдық қарқын үшін (мысалы, 1997–2011 үшін 14)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="110"/>
        <source>The span in years between start and end (e.g. 14 for 1997–2011). Empty: annual_rate is NULL (log line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="122"/>
        <source>Class breaks, % of the regional growth index: lower bounds, best to worst</source>
        <translation>Класс шекаралары, өңірлік өсу индексінің %: төменгі шектер, ең жақсыдан ең нашарға қарай</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="122"/>
        <source>Lower bounds of the classes on relative_growth (% of the regional index, inclusive), best to worst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="133"/>
        <source>Class labels, best to worst (default for 4 classes: paper 000&apos;s growth types)</source>
        <translation>Класс атаулары, ең жақсыдан ең нашарға қарай (4 класс үшін әдепкісі: 000 мақаладағы өсу түрлері)</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="133"/>
        <source>Labels of the classes, best to worst. Default for four classes: High growth rate;Above-average growth rate;Below-average growth rate;Low growth rate (paper 000), otherwise Class 1, Class 2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="145"/>
        <source>Growth typology</source>
        <translation>Өсу типологиясы</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="145"/>
        <source>The districts with the input fields and growth_index, annual_rate, relative_growth and growth_class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="166"/>
        <source>nothing to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="181"/>
        <source>Series of {n_series} fields: start = &apos;{start_field}&apos;, end = &apos;{end_field}&apos; (the growth index and the compound annual rate depend on the end points only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="207"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="207"/>
        <source>Growth rate relative to the region</source>
        <translation>Облысқа қатысты өсу қарқыны</translation>
    </message>
    <message>
        <location filename="../algorithms/growth_typology.py" line="189"/>
        <source>No {years} given: annual_rate is NULL. Give the span in years (e.g. 14 for 1997–2011) for the average annual rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinStatisticsAlgorithm</name>
    <message>
        <location filename="../algorithms/join_statistics.py" line="38"/>
        <source>Join statistics table by district name</source>
        <translation>Статистика кестесін аудан атауы бойынша біріктіру</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="39"/>
        <source>1 Statistics in</source>
        <translation>1 Статистиканы енгізу</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="43"/>
        <source>Joins a statistics table (CSV/TSV in any encoding and separator, XLSX/ODS, any QGIS table) to the districts by name, one row per district, and cleans its numbers.

&lt;b&gt;Matching&lt;/b&gt;, in this order: exact → normalized (case, spaces, punctuation, ё/е, 'г.', 'city', 'region', 'oblast', 'область', 'облысы', 'район', 'ауданы', 'District', Russian adjectival endings) → transliterated (Russian and Kazakh Cyrillic: BGN/PCGN, Kazakh Latin 2021, ISO 9) → alias (ALIASES and the shipped Kazakhstan names, historic ones included) → fuzzy (≥ MIN_SCORE). Rows are assigned one to one; equal best candidates are reported as ambiguous, never guessed.
&lt;b&gt;Numbers&lt;/b&gt;: a text column becomes numbers when every value that is not a missing-data marker parses with DECIMAL and THOUSANDS; markers and empty cells become NULL (counted in the log); other columns stay text (named in the log).
Every district is kept (table columns NULL where unmatched), with match_name, match_method and match_score. MATCH_REPORT lists every district and every unused row; UNUSED_ROWS holds the rows no district took (e.g. the oblast's row, a REFERENCE_TABLE for the rank-score typology).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="70"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="70"/>
        <source>The district polygons (or a table): every feature is kept in the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="74"/>
        <source>District name fields (a row may match any of them)</source>
        <translation>Аудан атауы өрістері (жол олардың кез келгенімен сәйкес келуі мүмкін)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="74"/>
        <source>One or more name fields of the districts, e.g. name, name_ru, local_name; the first is the district key of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="86"/>
        <source>Statistics table (CSV/TSV, XLSX/ODS or any table)</source>
        <translation>Статистика кестесі (CSV/TSV, XLSX/ODS немесе кез келген кесте)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="86"/>
        <source>A CSV/TSV file (any encoding: UTF-8 with or without BOM, Windows-1251; any separator: detected), an XLSX/ODS sheet or any QGIS table. A CSV is read as text, then cleaned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="95"/>
        <source>Table column of district names</source>
        <translation>Кестенің аудан атаулары бағаны</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="95"/>
        <source>The table&apos;s column of district names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="101"/>
        <source>Table columns to bring (default: all)</source>
        <translation>Қосылатын кесте бағандары (әдепкі: барлығы)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="101"/>
        <source>The table columns to join; empty: all but the name column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="111"/>
        <source>Alias table (columns name, key)</source>
        <translation>Синонимдер кестесі (name, key бағандары)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="111"/>
        <source>Renames you know: a table with columns name and key (else its first two columns). A row and a district match when their names lead to the same key; a key is also a name of itself. Added to the aliases shipped with the plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="121"/>
        <source>Matching stages</source>
        <translation>Сәйкестендіру кезеңдері</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="121"/>
        <source>The stages to use, always run in this order: exact, normalized, transliterated, alias, fuzzy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="131"/>
        <source>Lowest fuzzy score (0–1)</source>
        <translation>Анық емес сәйкестіктің ең төменгі балы (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="131"/>
        <source>The lowest similarity a fuzzy pair needs (1 = the same letters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="142"/>
        <source>Decimal separator</source>
        <translation>Ондық бөлгіш</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Auto</source>
        <translation>Автоматты</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Point</source>
        <translation>Нүкте</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Comma</source>
        <translation>Үтір</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="142"/>
        <source>How the table writes decimals; Auto: what each column (else the table) shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Thousands separator</source>
        <translation>Мыңдықтар бөлгіші</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>Space (also no-break space)</source>
        <translation>Бос орын (үзілмейтін бос орын да)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="151"/>
        <source>How the table groups thousands; Auto: spaces, and the separator that is not the decimal one, between groups of three digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="169"/>
        <source>Missing-data markers (separated by ;)</source>
        <translation>Деректердің жоқтығын білдіретін белгілер (; арқылы бөлінген)</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="169"/>
        <source>Cells that mean no data; they, and empty cells, become NULL (counted in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="178"/>
        <source>Prefix of the table&apos;s field names</source>
        <translation>Кесте өрістері атауларының префиксі</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="178"/>
        <source>Put before every joined column&apos;s name, e.g. stat_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="190"/>
        <source>{label}: choose at least one name field of the districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="27"/>
        <source>exact</source>
        <translation>дәл</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="28"/>
        <source>normalized</source>
        <translation>қалыпқа келтірілген</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="29"/>
        <source>transliterated</source>
        <translation>транслитерацияланған</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="30"/>
        <source>alias</source>
        <translation>синоним бойынша</translation>
    </message>
    <message>
        <location filename="../algorithms/join_statistics.py" line="31"/>
        <source>fuzzy</source>
        <translation>анық емес</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <location filename="../layers/field_aliases.py" line="30"/>
        <source>Field aliases (the original column names) are kept only in GeoPackage outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="24"/>
        <source>{what}: the layer has no field &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="29"/>
        <source>{what}: field &apos;{name}&apos; is of type {typename}, not a number. Numbers stored as text (e.g. &apos;1 234,5&apos;) are not parsed: convert the field with the Field calculator, e.g. to_real(replace(replace(&quot;{name}&quot;, &apos; &apos;, &apos;&apos;), &apos;,&apos;, &apos;.&apos;)), and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="48"/>
        <source>{what}: field &apos;{name}&apos; holds an infinite value for {where}. Replace it with a real number or NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="64"/>
        <source>ID field &apos;{id_field}&apos; is NULL or empty for feature {fid}. Every district needs a key: fill it or choose another ID field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/fields.py" line="77"/>
        <source>ID field &apos;{id_field}&apos; has duplicate values: {dups}. Each district must have a unique key; dissolve or rename the duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/gpkg_styles.py" line="85"/>
        <source>Territorial Clusters style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/labels.py" line="26"/>
        <source>feature {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/labels.py" line="36"/>
        <source>… and %n more districts with NULL results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/labels.py" line="38"/>
        <source>%n district(s) with NULL results (see the lines above).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/labels.py" line="44"/>
        <source>The input layer has no features: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/labels.py" line="44"/>
        <source>nothing to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="76"/>
        <source>{what} has no field(s) {missing} (it needs the fields named by TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD and TABLE_YEAR_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="83"/>
        <source>{} value field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="49"/>
        <source>{what} has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="131"/>
        <source>{label}: the year field &apos;{year_f}&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="135"/>
        <source>{label}: no {year_param} given, using the latest year in &apos;{year_f}&apos;: {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="146"/>
        <source>{label} has no rows for {year_param} {chosen} in &apos;{year_f}&apos; (years present: {present}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="155"/>
        <source>{label}: {sum} of {n_mask} rows are of {chosen}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="162"/>
        <source>district key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="162"/>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="166"/>
        <source>{label}: feature {fid} has no {role} (field &apos;{field}&apos; is NULL or empty; {size} such row(s)). Fill it or delete the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="175"/>
        <source>{label}: infinite value in &apos;{val_f}&apos; for district &apos;{ks}&apos;, industry &apos;{inds}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="188"/>
        <source>{what}: {n_only_in_table} district(s) are not in the layer and are left out of the region: {name_list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="199"/>
        <source>{what}: {n_without_rows} district(s) of the layer have no row: their quotients are NULL: {name_list}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="209"/>
        <source>{what}: {n_absent} (district, industry) pair(s) have no row and count as 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="217"/>
        <source>{what}: {n_null} row(s) have a NULL value: unknown, not 0 (quotient NULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/long_table.py" line="225"/>
        <source>{what}: {n_zero} value(s) are exactly 0. If the table comes from County Business Patterns, suppressed cells may be stored as 0 (2017: employees = 0 with payroll = 0 and 3+ establishments); set those cells to NULL before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="24"/>
        <source>INDUSTRY_FIELDS lists a field twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="26"/>
        <source>TABLE_BASE belongs to the long form (TABLE); with INDUSTRY_FIELDS give the base period as INDUSTRY_FIELDS_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="35"/>
        <source>{name} selects years of a long TABLE (with TABLE_YEAR_FIELD); with INDUSTRY_FIELDS give the base period as INDUSTRY_FIELDS_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="47"/>
        <source>INDUSTRY_FIELDS_BASE has {n_base_fields} field(s) for {n_industry_fields} industry field(s): give one base-period field per industry, in the same order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="57"/>
        <source>INDUSTRY_FIELDS_BASE repeats a field ({value}): the base period needs its own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="57"/>
        <source>twice in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="64"/>
        <source>TOTAL_FIELD holds one period&apos;s totals and cannot serve two periods. Leave it empty (totals = sums of the industry fields), or add an &apos;other industries&apos; field to both INDUSTRY_FIELDS and INDUSTRY_FIELDS_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="75"/>
        <source>end period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="75"/>
        <source>base period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="76"/>
        <source>Base-period fields: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="85"/>
        <source>TOTAL_FIELD &apos;{total_field}&apos; is also an industry field; choose the field holding the district&apos;s total of all industries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="94"/>
        <source>District totals x_j: field &apos;{total_field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="98"/>
        <source>No TOTAL_FIELD: each district&apos;s total x_j is the sum of its industry fields ({n_industry_fields} industries), so shares are of these industries only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="107"/>
        <source>REFERENCE_TABLE has no field(s) {fields}: in the wide form its first row holds the reference&apos;s totals under the same field names as the districts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="107"/>
        <source>REFERENCE_TABLE is empty: it needs one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="107"/>
        <source>REFERENCE_TABLE: field &apos;{field}&apos; of the first row is not a number; fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="128"/>
        <source>REFERENCE_TABLE: the total &apos;{total_field}&apos; of its first row must be &gt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_wide_inputs.py" line="134"/>
        <source>Reference: industry totals X_i from the first row of REFERENCE_TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="28"/>
        <source>TABLE is given but {param} is empty: choose the table&apos;s district key, industry and value fields (TABLE_ID_FIELD, TABLE_INDUSTRY_FIELD, TABLE_VALUE_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="37"/>
        <source>INDUSTRY_FIELDS_BASE belongs to the wide form; with TABLE give the base period as BASE_YEAR (with TABLE_YEAR_FIELD) or as TABLE_BASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="45"/>
        <source>TOTAL_FIELD belongs to the wide form. In the long form a district&apos;s total is the sum of its rows: if the table lacks industries, add a row per district for the rest (e.g. industry &apos;Other&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="54"/>
        <source>BASE_YEAR / END_YEAR need TABLE_YEAR_FIELD: choose the table&apos;s year field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="58"/>
        <source>BASE_YEAR and END_YEAR are both {end_year}: choose two different years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="78"/>
        <source>The base and end periods are both {end_rows}: set BASE_YEAR and END_YEAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="102"/>
        <source>Long form: {n_industries} industries from &apos;{ind_f}&apos;, values from &apos;{val_f}&apos;; each district&apos;s total x_j is the sum of its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="135"/>
        <source>REFERENCE_TABLE has no field(s) {missing}: in the long form it holds a row per industry with the same industry field (&apos;{ind_f}&apos;) and value field (&apos;{val_f}&apos;) as TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="145"/>
        <source>Two periods with a REFERENCE_TABLE need its totals for both years: give TABLE_YEAR_FIELD and a year field of that name in REFERENCE_TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="164"/>
        <source>REFERENCE_TABLE has no rows for year {rows} in &apos;{ref_year}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="189"/>
        <source>Reference: industry totals X_i from REFERENCE_TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="57"/>
        <source>Undefined quotients: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="60"/>
        <source>Region total X ({label}) = {total:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="60"/>
        <source>Region total X = {total:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="70"/>
        <source>Strong-cluster cut-offs (LQ ≥ max(1, LQ percentile), value &gt; value percentile): {}{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="70"/>
        <source>{}: LQ {:.3g}, value {:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="78"/>
        <source>Specializations (LQ ≥ {threshold:g}), highest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="81"/>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="81"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/lq_outputs.py" line="84"/>
        <source>  … and %n more districts (see the output).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="102"/>
        <source>Output fields per industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_outputs.py" line="105"/>
        <source>(also {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="38"/>
        <source>No ellipsoid set in the project/context: measuring on {default_ellipsoid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="51"/>
        <source>{what} has no coordinate reference system, so areas and distances cannot be measured. Set its CRS (Layer Properties → Source) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="51"/>
        <source>the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="61"/>
        <source>Unknown ellipsoid &apos;{name}&apos;: measuring on {default_ellipsoid}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="68"/>
        <source>Could not set up ellipsoidal measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="84"/>
        <source>{label}: invalid geometry that could not be repaired; no {purpose}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="90"/>
        <source>{label}: invalid geometry repaired (makeValid) for the {purpose}; the output keeps the original geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="105"/>
        <source>The input layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="106"/>
        <source>Areas: ellipsoidal ({ellipsoid}), km², from {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="106"/>
        <source>the layer CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="111"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="124"/>
        <source>area computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="143"/>
        <source>The input layer has no coordinate reference system: set its CRS and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="149"/>
        <source>regional centre (point on surface)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="157"/>
        <source>{label}: its polygon could not be transformed to longitude/latitude; no regional centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="175"/>
        <source>{label} is not a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/measure.py" line="179"/>
        <source>{label} has %n points; each feature must be a single point.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/measure.py" line="192"/>
        <source>{label} could not be transformed to longitude/latitude: check its CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="45"/>
        <source>Could not write the output: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="129"/>
        <source>{}: the output file {} is the file of an input layer; writing it would replace the input. Choose another file name, or a new layer in it (ogr:dbname='…' table=&quot;new_name&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="137"/>
        <source>{}: {} is open in another program (its -wal file exists), so it cannot be replaced safely. Close it there, or choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="39"/>
        <source>the folder {} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="41"/>
        <source>{} is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="43"/>
        <source>the folder {} is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="45"/>
        <source>cannot write in {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="46"/>
        <source>{}: {}. Choose another output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="97"/>
        <source>{}: the output could not be written completely ({} of {} features readable back; is the disk full?). Nothing was changed at the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="134"/>
        <source>{}: could not put the output in place: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="162"/>
        <source>{}: the output could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="170"/>
        <source>it could not be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="190"/>
        <source>{}: could not write the layer &apos;{}&apos; into {}: {}. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="190"/>
        <source>the file is locked by another program (close it there and run again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="190"/>
        <source>GDAL gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/read.py" line="45"/>
        <source>Internal error: the table was read without features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/read.py" line="105"/>
        <source>The input layer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/table_files.py" line="151"/>
        <source>{}: &apos;{}&apos; could not be opened as a table. Give a CSV/TSV, XLSX/ODS or GeoPackage file, or a layer of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/write.py" line="46"/>
        <source>Internal error: {} result rows for {} features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/write.py" line="52"/>
        <source>Internal error: no input field {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_long_inputs.py" line="179"/>
        <source>{what}: 1 industry not in the data left out of the reference total X: {extra}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/lq_long_inputs.py" line="181"/>
        <source>{what}: %n industries not in the data left out of the reference total X: {extra}{more}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="116"/>
        <source>{}: the output could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="172"/>
        <source>no transaction could be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/placing.py" line="176"/>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="31"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="31"/>
        <source>District polygons (invalid geometries are accepted and copied as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="35"/>
        <source>District key field</source>
        <translation>Аудан кілті өрісі</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="35"/>
        <source>The district key; NULL or duplicate keys are refused. Also the key the long table is matched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="39"/>
        <source>Wide form: a field per industry (end period)</source>
        <translation>Кең пішім: әр салаға бір өріс (соңғы кезең)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="39"/>
        <source>Wide form: a field per industry</source>
        <translation>Кең пішім: әр салаға бір өріс</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="44"/>
        <source>Wide form: numeric fields of the districts, one per industry; the field name is the industry name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="56"/>
        <source>Wide form: district total (empty: sum of the industry fields)</source>
        <translation>Кең пішім: аудан бойынша жиыны (бос болса: сала өрістерінің қосындысы)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="56"/>
        <source>Wide form: the district total x_j (e.g. all employment, including industries not listed). Default: the sum of the industry fields. One period only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="70"/>
        <source>Wide form: base-period fields, in the same order as the industry fields</source>
        <translation>Кең пішім: базалық кезең өрістері, сала өрістерімен бірдей ретпен</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="70"/>
        <source>Wide form: base-period fields, one per industry, in the same order as INDUSTRY_FIELDS (the log lists the pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="84"/>
        <source>Long form: table with a row per district and industry</source>
        <translation>Ұзын пішім: әр аудан мен сала үшін бір жолы бар кесте</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="84"/>
        <source>Long form: a table or layer with one row per district and industry (a statistics yearbook, County Business Patterns). A missing row counts as 0; a repeated row is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: district key field of the table</source>
        <translation>Ұзын пішім: кестенің аудан кілті өрісі</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: the table&apos;s district key, matched to ID_FIELD as text (13001.0 matches 13001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: industry field</source>
        <translation>Ұзын пішім: сала өрісі</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: the table&apos;s industry (text or code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: value field (employment, output …)</source>
        <translation>Ұзын пішім: мән өрісі (жұмыспен қамтылғандар, өнім көлемі …)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: the table's numeric value (employment, output …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form: year field</source>
        <translation>Ұзын пішім: жыл өрісі</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="96"/>
        <source>Long form, optional: the table&apos;s year; rows are selected by END_YEAR (and BASE_YEAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="125"/>
        <source>Base year</source>
        <translation>Базалық жыл</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="125"/>
        <source>Long form: the base period (with TABLE_YEAR_FIELD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="129"/>
        <source>End year (empty: the latest year of the table)</source>
        <translation>Соңғы жыл (бос болса: кестедегі ең соңғы жыл)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="129"/>
        <source>Long form: the (end) period. Default: the latest year in the table (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="136"/>
        <source>Long form: base-period table (same fields as the table)</source>
        <translation>Ұзын пішім: базалық кезең кестесі (өрістері негізгі кестемен бірдей)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="136"/>
        <source>Long form, instead of a year field: a second table with the base period (same field names as TABLE; filtered by BASE_YEAR when a year field is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="148"/>
        <source>Reference industry totals (e.g. the nation; empty: the districts)</source>
        <translation>Салалар бойынша эталондық жиындар (мысалы, ел бойынша; бос болса: аудандар бойынша)</translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="148"/>
        <source>Both forms, optional: the industry totals of a wider reference. Wide form: its first row has the same field names as the industry fields (and the base fields). Long form: one row per industry (and year) with the same industry and value (and year) field names as TABLE. Industries of the reference that are not analysed are left out (listed in the log); an analysed industry missing from the reference is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="209"/>
        <source>Both forms were given: {fields} (a field per industry) and {table} (a row per district and industry). Give exactly one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_parameters.py" line="216"/>
        <source>No data: give {fields} (a numeric field per industry on the districts) or {table} (a table with a row per district and industry, with {key}, {industry} and {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>Queen contiguity (a shared point)</source>
        <translation>«Ферзь» іргелестігі (ортақ нүкте)</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>Rook contiguity (a shared edge)</source>
        <translation>«Ладья» іргелестігі (ортақ шекара бөлігі)</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="42"/>
        <source>K nearest neighbours (centroids)</source>
        <translation>K ең жақын көршілер (центроидтар)</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="43"/>
        <source>Distance band (centroids)</source>
        <translation>Қашықтық радиусы (центроидтар)</translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="69"/>
        <source>Unknown neighbours method {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="75"/>
        <source>district neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/adjacency.py" line="79"/>
        <source>%n district(s) without geometry have no neighbours: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/polygon_contiguity.py" line="92"/>
        <source>Tolerance measured in metres in an azimuthal equidistant projection centred on {lat:.3f}°, {lon:.3f}°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/distance_graph.py" line="21"/>
        <source>The layer has no coordinate reference system, so distances between districts cannot be measured. Set its CRS (Layer Properties → Source) and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/distance_graph.py" line="41"/>
        <source>{label}: its centre could not be transformed to longitude/latitude; no neighbours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/distance_graph.py" line="65"/>
        <source>Distances between centroids: ellipsoidal ({ellipsoid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/neighbours_table.py" line="38"/>
        <source>{what}: the table has no field &apos;{name}&apos;. Give a table shaped like the output of District neighbours (fields district, neighbour, weight).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/neighbours_table.py" line="54"/>
        <source>{what}: row {row} has an empty district or neighbour. Fill it or delete the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/neighbours_table.py" line="65"/>
        <source>{what}: %n district(s) of the table are not in the layer: {names}. The table&apos;s district and neighbour values must be the layer&apos;s ID field values (the same ID field as when the table was made).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/neighbours_table.py" line="82"/>
        <source>{what}: row {row} ({a} – {b}) has weight '{value}'; weights must be numbers ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/adjacency.py" line="93"/>
        <source>%n island(s) (districts without neighbours): {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/adjacency.py" line="98"/>
        <source>{n} districts, {pairs} neighbour pairs; neighbours per district: min {lo}, mean {mean:.2f}, max {hi}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/adjacency.py" line="103"/>
        <source>%n connected component(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="23"/>
        <source>Neighbours</source>
        <translation>Көршілік</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="40"/>
        <source>Snapping tolerance (metres)</source>
        <translation>Жабыстыру рұқсаты (м)</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="51"/>
        <source>Number of nearest neighbours (k)</source>
        <translation>Ең жақын көршілер саны (k)</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="51"/>
        <source>K nearest: how many nearest districts each district gets (not symmetric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="57"/>
        <source>Distance band (metres)</source>
        <translation>Көршілік радиусы (м)</translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="57"/>
        <source>Distance band: districts whose centroids are at most this many metres apart neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="78"/>
        <source>Distance band (metres) [DISTANCE]: give a distance greater than 0 for the distance band method (e.g. 50000 for 50 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="57"/>
        <source>Global Moran&apos;s I of {field} = {i:.4f} (expected {e:.4f}, n = {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="63"/>
        <source>Normality: z = {zn:.3f}, p = {pn:.4g}; randomisation: z = {zr:.3f}, p = {pr:.4g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="69"/>
        <source>Moran&apos;s I has no variance on this graph (e.g. every district neighbours every other): z and p are undefined (NULL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="76"/>
        <source>Permutations: pseudo p = {p:.4g} ({perms} permutations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lisa_outputs.py" line="82"/>
        <source>LISA classes (significant at p ≤ {cutoff:.4g}): {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="53"/>
        <source>{what}: the industry field &apos;{field}&apos; is NULL in some rows: fill or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="90"/>
        <source>%n key(s) of the LQ table match no district (field &apos;{id_field}&apos;) and are ignored: {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="99"/>
        <source>%n undefined (NULL) quotient(s), never a specialization: {shown}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="152"/>
        <source>{industry}, zone {zone}: %n district(s) ({names}), mean LQ {mean:.2f}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/zone_io.py" line="158"/>
        <source>… and %n more zones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/zone_io.py" line="159"/>
        <source>{zones} zone(s) of at least {min} contiguous districts with LQ ≥ {threshold:g} in {industries} of {all} industries; {pairs} (district, industry) specializations, {singles} group(s) too small to be zones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="66"/>
        <source>{label}: the centres layer has no field &apos;{name_field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="76"/>
        <source>{centres} given but no {output} requested: not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="23"/>
        <source>Queen: districts sharing at least one boundary vertex; rook: sharing a boundary edge; k nearest: the K districts with the nearest centroids; distance band: every district whose centroid is within DISTANCE (ellipsoidal distances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/graph_params.py" line="34"/>
        <source>Queen/rook: districts whose boundaries do not touch but come within this many metres still neighbour (boundaries digitised without shared vertices, small gaps). 0: they must share vertices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/potential_zones.py" line="58"/>
        <source>Potential cluster zones (favourable districts, LQ ≥ {threshold:g})</source>
        <translation>Әлеуетті кластер аймақтары (қолайлы аудандар, ОК ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>Spatial constraint (clusters of contiguous regions)</source>
        <translation>Кеңістіктік шектеу (іргелес өңірлер кластерлері)</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="23"/>
        <source>0 none (default): regions anywhere may form a cluster; 1 queen / 2 rook: only neighbouring clusters merge, so every cluster is one contiguous set of regions (a territorial cluster). A region without neighbours is a cluster of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_contiguity.py" line="40"/>
        <source>With a spatial constraint: regions whose boundaries do not touch but come within this many metres still neighbour (boundaries digitised without shared vertices, small gaps). 0: they must touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="15"/>
        <source>Constant indicator(s) dropped (same value in every region clustered): {dropped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="20"/>
        <source>%n region(s) lacking values excluded (no cluster): {}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="20"/>
        <source>%n region(s) lacking values filled with the indicator mean: {}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="33"/>
        <source>… and {n_more} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="35"/>
        <source>all %n indicators</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="38"/>
        <source>{region}: no value for {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="44"/>
        <source>Cluster {cluster} ({size}): {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="52"/>
        <source>%n region(s) without neighbours among the regions clustered: each is a cluster of its own (spatial constraint): {names}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/ward_log.py" line="61"/>
        <source>The regions clustered form %n separate part(s) with no neighbour between them: at least as many clusters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="73"/>
        <source>Ward clustering of {n_ids} regions on {shape} indicators ({standardization_names}): {k} clusters, cut at height {cut_height:.4g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="87"/>
        <source>{n_ids} regions: the nearest-neighbour chain computed the tree (the same merges as scipy&apos;s linkage, in memory growing with the regions, not their square).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_log.py" line="94"/>
        <source>Two merges have the same height at the cut into {k} clusters: which one is undone follows the merge order (regions sorted by ID). Consider another number of clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="44"/>
        <source>Ward clusters</source>
        <translation>Уорд кластерлері</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="44"/>
        <source>The regions with all input fields plus cluster and distance_to_centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="48"/>
        <source>Dendrogram</source>
        <translation>Дендрограмма</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="48"/>
        <source>SVG files (*.svg);;PNG files (*.png);;PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="48"/>
        <source>Optional file: .svg, .png or .pdf (another extension is refused). The default (temporary file, TEMPORARY_OUTPUT) writes it beside the Ward clusters output as the output's name + _dendrogram.svg (clusters.gpkg: clusters_dendrogram.svg) — in a temporary file only when that output is temporary; skipped or left out: no dendrogram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="64"/>
        <source>Agglomeration schedule</source>
        <translation>Агломерация кестесі (бірігу реті)</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="64"/>
        <source>Optional table: the agglomeration schedule, one row per merge (step, item_a, item_b, height, size, cluster).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="77"/>
        <source>Cluster profiles</source>
        <translation>Кластер бейіндері</translation>
    </message>
    <message>
        <location filename="../layers/ward_outputs.py" line="77"/>
        <source>Optional table: one row per cluster (cluster, size, members, mean_ and zmean_ of every indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/polygon_contiguity.py" line="54"/>
        <source>The layer has no coordinate reference system, so a snapping tolerance in metres cannot be measured. Set its CRS (Layer Properties → Source), or set {tolerance} to 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/polygon_contiguity.py" line="103"/>
        <source>{tolerance} must be 0 or more metres, not {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="88"/>
        <source>{n} cluster centre(s) copied to {output} (stars).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/cluster_layers.py" line="39"/>
        <source>District {key}: invalid polygon repaired (makeValid) for its point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="33"/>
        <source>Poisson interval at {level:g} %: {n} quotient(s) significantly above {threshold:g} (lq_significant), of {total} defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="45"/>
        <source>LQ dynamics quadrants: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="51"/>
        <source>Bubble charts of the LQ dynamics [CHART_FOLDER] need two periods: give the base period (INDUSTRY_FIELDS_BASE, BASE_YEAR or TABLE_BASE), or leave the folder empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_assess.py" line="90"/>
        <source>{label}: could not write the chart {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/lq_assess.py" line="96"/>
        <source>%n bubble chart(s) written to {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="25"/>
        <source>Specialization threshold (LQ ≥)</source>
        <translation>Мамандану шегі (LQ ≥)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="25"/>
        <source>An industry with LQ ≥ threshold is a specialization of the district (values within 1e-9 below count: float noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="38"/>
        <source>Trend tolerance (|change| ≤ it is →)</source>
        <translation>Үрдістің рұқсат етілген ауытқуы (|өзгеріс| ≤ болса →)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="38"/>
        <source>Two periods: a change of the LQ above the tolerance is ↑, below minus the tolerance ↓, otherwise →.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="51"/>
        <source>Strong: LQ percentile among districts with the industry</source>
        <translation>Күшті: сала бар аудандар арасындағы LQ процентилі</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="51"/>
        <source>Strong specialization (field strong of the long table): LQ ≥ 1 and at or above this percentile of the industry's LQs among the districts where it is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="66"/>
        <source>Strong: value percentile among districts with the industry</source>
        <translation>Күшті: сала бар аудандар арасындағы мән процентилі</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="66"/>
        <source>Strong specialization: also a value above this percentile of the industry&apos;s values among the districts where it is present (filters out the large quotients of tiny bases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="82"/>
        <source>Style the map by this industry&apos;s LQ (empty: number of specializations)</source>
        <translation>Картаны осы саланың LQ мәні бойынша стильдеу (бос болса: мамандану салаларының саны)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="82"/>
        <source>An industry (its name, case-insensitive, or its field name) to map by its LQ. Empty: the map shows the number of specializations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="93"/>
        <source>LQ style breaks (default 0.5;0.8;1.25;2)</source>
        <translation>LQ стилінің шекаралары (әдепкі 0.5;0.8;1.25;2)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="93"/>
        <source>Breaks of the diverging LQ style of STYLE_INDUSTRY, default 0.5;0.8;1.25;2; districts whose quotient is undefined are drawn grey, Undefined (the classes are then stored as rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Reliability test of the quotients</source>
        <translation>Коэффициенттердің сенімділігін тексеру</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Counts (employees, establishments): Poisson interval</source>
        <translation>Санақ деректері (жұмыскерлер, кәсіпорындар): Пуассон интервалы</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Values (output in money): minimum share of the region</source>
        <translation>Құндық көрсеткіштер (өнім көлемі): өңірдің ең аз үлесі</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="108"/>
        <source>Counts: a confidence interval of each LQ (lq_low, lq_high; delta method for Poisson counts, Moineddin, Beyene &amp; Boyle 2003) and lq_significant = the whole interval above the threshold. The values must be counts of persons or establishments (not thousands). Values that are not counts (money) have no sampling model: lq_significant = LQ ≥ the threshold and the cell ≥ MIN_SHARE of the region's total; no interval. None: the fields stay NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="129"/>
        <source>Confidence level of the interval</source>
        <translation>Интервалдың сенімділік деңгейі</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="129"/>
        <source>The interval&apos;s confidence level (counts test), e.g. 0.95 or 0.90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="142"/>
        <source>Values test: minimum share of the region&apos;s total</source>
        <translation>Құндық көрсеткіштерді тексеру: өңір жиынындағы ең аз үлес</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="142"/>
        <source>Values test: a specialization is reliable when the cell is at least this share of the region&apos;s total (0.01 = 1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="158"/>
        <source>Bubble charts of the LQ dynamics (folder)</source>
        <translation>LQ динамикасының көпіршікті диаграммалары (қалта)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="158"/>
        <source>Two periods: a bubble chart per district (x = change of the LQ, y = LQ, bubble area = the value, quadrants Star / Mature / Emerging / Transforming) written to this folder as lq_chart_(district name).png (or .svg, .pdf); files of the same names are replaced, nothing else in the folder is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>Chart file format</source>
        <translation>Диаграмма файлының пішімі</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>PNG image</source>
        <translation>PNG суреті</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>SVG drawing</source>
        <translation>SVG сызбасы</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="169"/>
        <source>The bubble charts&apos; file format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="180"/>
        <source>One chart of this industry across the districts (empty: a chart per district)</source>
        <translation>Осы саланың барлық аудандар бойынша бір диаграммасы (бос болса: әр ауданға бір диаграмма)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="180"/>
        <source>An industry (as in STYLE_INDUSTRY): one chart with a bubble per district instead of one per district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="191"/>
        <source>District name field for the charts (empty: the key)</source>
        <translation>Диаграммалар үшін аудан атауы өрісі (бос болса: кілт)</translation>
    </message>
    <message>
        <location filename="../layers/lq_options.py" line="191"/>
        <source>The district names shown in the chart titles and file names (default: the district key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="72"/>
        <source>Only significant quotients (lq_significant of the LQ table)</source>
        <translation>Тек мәнді коэффициенттер (LQ кестесінің lq_significant өрісі)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="72"/>
        <source>Keep only the rows of the LQ table whose lq_significant is true (the reliability test of Localization coefficient): a specialization must be significantly above 1, not a large quotient on a tiny base. The table must have the field lq_significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="93"/>
        <source>{table} has no field &apos;{lq_id}&apos; for the district key: choose it in {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="103"/>
        <source>{option}: {table} has no field &apos;{field}&apos;. Run Localization coefficient with a reliability test [LQ_TEST] and give its long table, or uncheck the option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="115"/>
        <source>{table}: the key field &apos;{lq_id}&apos; is NULL in some rows: fill or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="129"/>
        <source>Only significant quotients: {kept} of {total} rows of LQ_TABLE kept (lq_significant true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/outputs.py" line="119"/>
        <source>{}: cannot create the folder {}: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="18"/>
        <source>{capitals} must hold exactly two points (e.g. Astana and Almaty); it has {n_features}. Select or filter the two capitals and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="29"/>
        <source>capital feature {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="37"/>
        <source>{capitals}: {name} has no geometry; both capitals need a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="56"/>
        <source>{centers}: feature {f_id} has no key (&apos;{center_key}&apos; is NULL); it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="63"/>
        <source>{centers}: the key &apos;{key}&apos; appears twice in &apos;{center_key}&apos;; each region needs one centre. Remove or rename the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/capital_points.py" line="83"/>
        <source>No centre (with a point) in {centers} for %n region(s): {}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="87"/>
        <source>Centres not matched to any region: {}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/capital_points.py" line="88"/>
        <source>Keys are compared as text (&apos;{id_field}&apos; = &apos;{center_key}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="20"/>
        <source>Give either {start} and {end} or {series}, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="23"/>
        <source>{series} needs at least two fields in time order (first = start, last = end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="29"/>
        <source>{series} lists a field twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="33"/>
        <source>No values to compare: choose {start} and {end}, or {series} (several fields in time order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="39"/>
        <source>{start} and {end} are the same field &apos;{start_field}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_inputs.py" line="54"/>
        <source>{label} must be a positive span in years (got {years:g}), e.g. 14 for 1997–2011; leave it empty for no annual rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_log.py" line="13"/>
        <source>Regional growth index (total '{end_field}' / total '{start_field}' × 100 over {n_regional} districts): {regional_index:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_log.py" line="32"/>
        <source>{label} ({bounds} % of the regional index): {count} — {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/growth_log.py" line="34"/>
        <source>{label} ({bounds} % of the regional index): {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="13"/>
        <source>Districts with statistics</source>
        <translation>Статистикасы бар аудандар</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="13"/>
        <source>Every district with its fields, the table&apos;s columns (NULL where unmatched), match_name, match_method and match_score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="22"/>
        <source>Match report</source>
        <translation>Сәйкестендіру есебі</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="22"/>
        <source>One row per district and per unused table row: district, table_name, method, score, status (matched, unmatched, ambiguous, unused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="31"/>
        <source>Unused table rows</source>
        <translation>Кестенің пайдаланылмаған жолдары</translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="31"/>
        <source>The table rows no district took, with cleaned numbers (e.g. the oblast or national row: a REFERENCE_TABLE for the rank-score typology).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="99"/>
        <source>{n} of {total} districts matched ({methods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="111"/>
        <source>unmatched: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="113"/>
        <source>ambiguous, equally good rows (give an alias): {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_report.py" line="115"/>
        <source>unused table rows: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="18"/>
        <source>{label} read as text with encoding {} and separator &apos;{}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="34"/>
        <source>{label}: the table needs two columns, name and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="39"/>
        <source>{} aliases read from {label} (columns '{}' → '{}').</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="56"/>
        <source>Column &apos;{}&apos; stays text: &apos;{}&apos; is not a number ({decimal_label}: {}, {thousands_label}: {}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="70"/>
        <source>Column '{}': {} missing value(s) (empty or a missing-data marker) → NULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="85"/>
        <source>{label}: give the statistics table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/join_table.py" line="108"/>
        <source>Table column &apos;{}&apos; is written as &apos;{}&apos; (its alias keeps the original name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="26"/>
        <source>{param_name}: the layer has {geometrydisplaystring} geometry, but this algorithm expects a polygon layer of districts/regions. Choose the polygon layer (join the statistics to it first if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="40"/>
        <source>{label}: &apos;{field}&apos; is the layer&apos;s feature id (its primary key), which numbers the features and says nothing about the districts. Choose the field that holds the values (after &apos;Select all&apos;, untick &apos;{field}&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="72"/>
        <source>{name} needs the Python package &apos;{package}&apos; for this, which this QGIS does not have (on Debian/Ubuntu install python3-{package}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="79"/>
        <source>{}: not enough memory for this input. Run it on fewer features or fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/parameters.py" line="84"/>
        <source>{name} failed unexpectedly ({kind}: {error}). This is a bug in Territorial Clusters: please report it with the input that caused it (the details are in the &apos;{tag}&apos; tab of the Log Messages panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="18"/>
        <source>Fields {both} are both positive and negative indicators; list each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="22"/>
        <source>No indicator fields: choose at least one in {positive} or {negative}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="34"/>
        <source>{reference} is &apos;first row of a reference table&apos; but no {table} is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="39"/>
        <source>The reference table has no field(s) {fields}: it needs the same field names as the indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="39"/>
        <source>The reference table is empty: it needs one row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_inputs.py" line="39"/>
        <source>The reference table&apos;s first row has no numeric value for &apos;{field}&apos;: fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_outputs.py" line="36"/>
        <source>{district}: complex grade {grade:.2f} → {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/rank_outputs.py" line="42"/>
        <source>Classes: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../layers/rank_outputs.py" line="50"/>
        <source>{district}: no value for {lacking}; graded on {graded} of %n indicators.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../layers/rank_outputs.py" line="55"/>
        <source>Reference values: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="16"/>
        <source>Number of clusters (empty: 6, or from the cut height)</source>
        <translation>Кластерлер саны (бос болса: 6 немесе кесу биіктігі бойынша)</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="16"/>
        <source>The number of clusters k (1 … number of regions clustered). Give it or HEIGHT, not both; neither gives 6 clusters, as in paper 003.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="29"/>
        <source>Cut height (instead of the number of clusters)</source>
        <translation>Кесу биіктігі (кластерлер санының орнына)</translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="29"/>
        <source>A cut height instead of k: every merge at a height ≤ HEIGHT is kept (the number of clusters is logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="48"/>
        <source>Both N_CLUSTERS ({k}) and HEIGHT ({height:g}) are given: the tree is cut either into a number of clusters or at a height — leave one of them empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/ward_cut.py" line="56"/>
        <source>Neither N_CLUSTERS nor HEIGHT given: {default_clusters} clusters (as paper 003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="22"/>
        <source>Cluster centres (points)</source>
        <translation>Кластер орталықтары (нүктелер)</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="22"/>
        <source>Optional points, e.g. the cluster centre towns (paper 004: Aktobe, Khromtau, Kandyagash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="31"/>
        <source>Centre name field (empty: the first text field)</source>
        <translation>Орталық атауы өрісі (бос болса: бірінші мәтіндік өріс)</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="31"/>
        <source>The centres&apos; label (default: the first text field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="44"/>
        <source>Cluster centres (stars)</source>
        <translation>Кластер орталықтары (жұлдызшалар)</translation>
    </message>
    <message>
        <location filename="../layers/centres.py" line="44"/>
        <source>A copy of CENTRES, drawn as stars (Okabe–Ito vermillion, white outline) with labels; only written when CENTRES is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="24"/>
        <source>Localization coefficients (long table: district, industry, lq)</source>
        <translation>Оқшаулану коэффициенттері (ұзын кесте: аудан, сала, lq)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="24"/>
        <source>A long table, one row per district and industry: the long table output of Localization coefficient, or published quotients (the sample&apos;s lq_paper004_table3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="36"/>
        <source>LQ table: district key field (empty: same name as ID_FIELD)</source>
        <translation>LQ кестесі: аудан кілті өрісі (бос болса: ID_FIELD-пен аттас)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="36"/>
        <source>The LQ table&apos;s district key field (default: a field with the name of ID_FIELD, as in Localization coefficient&apos;s long table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="48"/>
        <source>LQ table: industry field (default: industry)</source>
        <translation>LQ кестесі: сала өрісі (әдепкі: industry)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="48"/>
        <source>The LQ table&apos;s industry field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="58"/>
        <source>LQ table: localization coefficient field (default: lq)</source>
        <translation>LQ кестесі: оқшаулану коэффициенті өрісі (әдепкі: lq)</translation>
    </message>
    <message>
        <location filename="../layers/lq_table.py" line="58"/>
        <source>The LQ table&apos;s quotient field (for a two-period long table, lq is the end year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="13"/>
        <source>No district is in favourable class(es) {str}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="19"/>
        <source>{n_unmatched} key(s) of the LQ table match no district of the typology (field &apos;{id_field}&apos;) and are ignored: {unmatched}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="26"/>
        <source>Favourable district(s) without any row in the LQ table: {no_rows} — no industries can be listed for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="34"/>
        <source>{n_undefined} undefined (NULL) quotient(s) skipped: {shown}{value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="43"/>
        <source>no industry with LQ ≥ {threshold:g}</source>
        <translation>LQ ≥ {threshold:g} сала жоқ</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="46"/>
        <source>class {}</source>
        <translation>{}-класс</translation>
    </message>
    <message>
        <location filename="../layers/potential_log.py" line="49"/>
        <source>{n_fav} of {n_ids} districts are in the favourable classes {str}; {sum} of them have industries with LQ ≥ {threshold:g}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalizationCoefficientAlgorithm</name>
    <message>
        <location filename="../algorithms/localization.py" line="22"/>
        <source>Localization coefficient</source>
        <translation>Оқшаулану коэффициенті</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="23"/>
        <source>4 Specialization</source>
        <translation>4 Мамандану</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="101"/>
        <source>Localization coefficients</source>
        <translation>Оқшаулану коэффициенттері</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="101"/>
        <source>The districts with their fields and, per industry, lq_ (and for two periods lq_base_, lq_change_, trend_) fields, then n_specializations, specializations, top_industry, district_total, share_of_region and lq_ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="111"/>
        <source>Localization coefficients (long table)</source>
        <translation>Оқшаулану коэффициенттері (ұзын кесте)</translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="154"/>
        <source>nothing to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="200"/>
        <source>Long table: {total} rows (district × industry).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/localization.py" line="111"/>
        <source>A long table (no geometry), one row per district and industry: the key, industry, value, share, share_of_industry, lq (two periods: value_base, lq_base, lq_change, trend), specialized, strong, lq_low, lq_high, lq_significant (LQ_TEST) and, for two periods, lq_quadrant; the input of Potential clusters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Maps</name>
    <message>
        <location filename="../maps/crs.py" line="35"/>
        <source>the layer has no CRS: drawn as is, the scale bar may be wrong</source>
        <translation>қабаттың координаттар жүйесі жоқ: сол күйінде салынды, масштаб сызғышы дұрыс болмауы мүмкін</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="37"/>
        <source>the layer&apos;s CRS ({})</source>
        <translation>қабаттың координаттар жүйесі ({})</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="54"/>
        <source>UTM zone {zone}{hemisphere} (EPSG:{code}), the zone of the extent's centre: the layer is in degrees, the extent spans {width:.1f}° of longitude</source>
        <translation>UTM {zone} {hemisphere} аймағы (EPSG:{code}), қамту аумағының ортасы түсетін аймақ: қабат градуспен берілген, қамту аумағы бойлық бойынша {width:.1f}° алады</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="60"/>
        <source>Lambert azimuthal equal-area centred on {lon:.2f}°{ew} {lat:.2f}°{ns}: the layer is in degrees and the extent spans {width:.1f}° of longitude (more than one UTM zone)</source>
        <translation>ортасы {lon:.2f}° {ew} {lat:.2f}° {ns} нүктесіндегі Ламберттің азимуттық тең аудандық проекциясы: қабат градуспен берілген және қамту аумағы бойлық бойынша {width:.1f}° алады (бір UTM аймағынан көп)</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="68"/>
        <source>N</source>
        <comment>latitude</comment>
        <translation>с.е.</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="68"/>
        <source>S</source>
        <comment>latitude</comment>
        <translation>о.е.</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="73"/>
        <source>E</source>
        <comment>longitude</comment>
        <translation>ш.б.</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="73"/>
        <source>W</source>
        <comment>longitude</comment>
        <translation>б.б.</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="77"/>
        <source>custom CRS</source>
        <translation>пайдаланушылық координаттар жүйесі</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="89"/>
        <source>Lambert azimuthal equal-area, centre {lon:.1f}°{ew} {lat:.1f}°{ns}</source>
        <translation>Ламберттің азимуттық тең аудандық проекциясы, ортасы {lon:.1f}° {ew} {lat:.1f}° {ns}</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="92"/>
        <source>custom projection</source>
        <translation>пайдаланушылық проекция</translation>
    </message>
    <message>
        <location filename="../maps/crs.py" line="126"/>
        <source>The layer&apos;s extent cannot be projected to {crs}: {error}. Choose another MAP_CRS.</source>
        <translation>Қабаттың қамту аумағын {crs} жүйесіне проекциялау мүмкін емес: {error}. Басқа MAP_CRS таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="17"/>
        <source>OUTPUT &apos;{path}&apos; must end in .pdf, .png or .svg (the format follows the extension).</source>
        <translation>OUTPUT «{path}» .pdf, .png немесе .svg кеңейтімімен аяқталуы керек (пішім кеңейтім бойынша анықталады).</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="24"/>
        <source>Cannot write {path}: the folder {folder} does not exist. Create it or choose another OUTPUT.</source>
        <translation>{path} жазу мүмкін емес: {folder} қалтасы жоқ. Оны жасаңыз немесе басқа OUTPUT таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="38"/>
        <source>cannot write {path} (is the folder writable, or is the file open in another program?)</source>
        <translation>{path} жазу мүмкін емес (қалтаға жазуға рұқсат бар ма, әлде файл басқа бағдарламада ашық па?)</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="41"/>
        <source>out of memory: try a lower DPI or a smaller page</source>
        <translation>жад жеткіліксіз: DPI мәнін азайтып немесе кішірек бет таңдап көріңіз</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="42"/>
        <source>could not create the print device</source>
        <translation>баспа құрылғысын жасау мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="43"/>
        <source>could not write the SVG layers</source>
        <translation>SVG қабаттарын жазу мүмкін болмады</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="45"/>
        <source>error code {result}</source>
        <translation>қате коды {result}</translation>
    </message>
    <message>
        <location filename="../maps/export.py" line="46"/>
        <source>The map could not be exported: {detail}.</source>
        <translation>Картаны экспорттау мүмкін болмады: {detail}.</translation>
    </message>
    <message>
        <location filename="../maps/furniture.py" line="68"/>
        <source>Projection: {}</source>
        <translation>Проекция: {}</translation>
    </message>
    <message>
        <location filename="../maps/furniture.py" line="73"/>
        <source>Map drawn {}</source>
        <translation>Карта құрастырылған: {}</translation>
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
        <translation>Карта үшін «{layer_name}» қабатын көшіру мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../maps/layouts.py" line="168"/>
        <source>Layer &apos;{layer_name}&apos; has no features with a geometry: there is nothing to map.</source>
        <translation>«{layer_name}» қабатында геометриясы бар нысандар жоқ: картаға түсіретін ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../maps/layouts.py" line="178"/>
        <source>the CRS given in MAP_CRS ({map_crs})</source>
        <translation>MAP_CRS параметрінде берілген координаттар жүйесі ({map_crs})</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="107"/>
        <source>Localization coefficient: {industry}</source>
        <translation>Оқшаулану коэффициенті: {industry}</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="94"/>
        <source>Undefined</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="80"/>
        <source>Number of specialization industries (LQ ≥ {threshold:g})</source>
        <translation>Мамандану салаларының саны (LQ ≥ {threshold:g})</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="12"/>
        <source>A4 portrait</source>
        <translation>A4 кітаптық</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="13"/>
        <source>A4 landscape</source>
        <translation>A4 альбомдық</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="14"/>
        <source>A3 portrait</source>
        <translation>A3 кітаптық</translation>
    </message>
    <message>
        <location filename="../maps/page.py" line="15"/>
        <source>A3 landscape</source>
        <translation>A3 альбомдық</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="27"/>
        <source>Other districts</source>
        <translation>Басқа аудандар</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="40"/>
        <source>Potential territorial clusters (industries with LQ ≥ {threshold:g})</source>
        <translation>Әлеуетті аумақтық-өндірістік кластерлер (LQ ≥ {threshold:g} салалар)</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="50"/>
        <source>no industry with LQ ≥ {threshold:g}</source>
        <translation>LQ ≥ {threshold:g} сала жоқ</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="55"/>
        <source>class {}</source>
        <translation>{}-класс</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="67"/>
        <source>Class {}</source>
        <translation>{}-класс</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="93"/>
        <source>Favourable districts</source>
        <translation>Қолайлы аудандар</translation>
    </message>
    <message>
        <location filename="../maps/potential_style.py" line="108"/>
        <source>Cluster centres</source>
        <translation>Кластер орталықтары</translation>
    </message>
    <message>
        <location filename="../maps/style_store.py" line="114"/>
        <source>Could not reopen {} to store its style.</source>
        <translation>Стилін сақтау үшін {} қайта ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../maps/style_store.py" line="125"/>
        <source>Could not store the style in {}.</source>
        <translation>Стильді {} ішіне сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../maps/style_store.py" line="131"/>
        <source>Could not write the style file {}: {}</source>
        <translation>{} стиль файлын жазу мүмкін болмады: {}</translation>
    </message>
    <message>
        <location filename="../maps/lisa_style.py" line="32"/>
        <source>{label} ({n})</source>
        <translation>{label} ({n})</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="22"/>
        <source>The Moran scatter plot file must end in .svg or .png, not &apos;{path}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="40"/>
        <source>Moran scatter plot of {field}: I = {i:.4f}</source>
        <translation>{field} үшін Моран шашырау диаграммасы: I = {i:.4f}</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="41"/>
        <source>{field}, standardised</source>
        <translation>{field}, стандартталған</translation>
    </message>
    <message>
        <location filename="../maps/moran_plot.py" line="42"/>
        <source>Spatial lag (mean of the neighbours), standardised</source>
        <translation>Кеңістіктік лаг (көршілердің орташасы), стандартталған</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="14"/>
        <source>Cluster {} (1 region)</source>
        <translation>{}-кластер (1 өңір)</translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/ward_style.py" line="14"/>
        <source>Cluster {} (%n regions)</source>
        <translation>
            <numerusform>{}-кластер (%n өңір)</numerusform>
            <numerusform>{}-кластер (%n өңір)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="23"/>
        <source>Not clustered (missing values)</source>
        <translation>Кластерленбеген (мәндер жоқ)</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="23"/>
        <source>Ward cluster</source>
        <translation>Уорд кластері</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="38"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="40"/>
        <source>Ward clustering of {n_ids} regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="40"/>
        <source>Merge height (Ward distance, {standardization_names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="55"/>
        <source>Could not write the dendrogram {dendro_path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="61"/>
        <source>Dendrogram: {n_ids} regions are too many to label; the last {drawn} groups are drawn, labelled with their size in parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/ward_style.py" line="67"/>
        <source>Dendrogram written to {dendro_path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/ward_style.py" line="40"/>
        <source>cut: %n cluster(s) at height {height:.3g}</source>
        <translation>
            <numerusform>кесу: {height:.3g} биіктікте %n кластер</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/charts.py" line="67"/>
        <source>Complex grade</source>
        <translation>Кешенді баға</translation>
    </message>
    <message>
        <location filename="../maps/charts.py" line="110"/>
        <source>Mean z-score</source>
        <translation>Орташа z-мәні</translation>
    </message>
    <message>
        <location filename="../maps/cluster_style.py" line="60"/>
        <source>Potential clusters (links from the centre)</source>
        <translation>Әлеуетті кластерлер (орталықтан байланыстар)</translation>
    </message>
    <message>
        <location filename="../maps/scale_north.py" line="122"/>
        <source>N</source>
        <comment>north arrow</comment>
        <translation>с.е.</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="23"/>
        <source>Interface language</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="24"/>
        <source>English</source>
        <translation>Ағылшын</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="25"/>
        <source>Russian</source>
        <translation>Орыс</translation>
    </message>
    <message>
        <location filename="../maps/language.py" line="26"/>
        <source>Kazakh</source>
        <translation>Қазақ</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="23"/>
        <source>Language of the map</source>
        <translation>Карта тілі</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="23"/>
        <source>The language of the page&apos;s texts: source line, projection, date, scale bar unit, the north arrow&apos;s letter, and the legend title and class labels the plugin wrote (your own titles and labels are printed as given). Default: the interface language; e.g. English for a journal from a Russian QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="40"/>
        <source>Largest label size (pt)</source>
        <translation>Жазулардың ең үлкен өлшемі (пт)</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="40"/>
        <source>The size of the district labels on an A4 page (larger on A3). A label that does not fit its district is shrunk to it, down to 4.5 pt; a district too small even for that (a city at the scale of a country) gets its name beside it. Labels never overlap: one that fits nowhere is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="59"/>
        <source>Chart beside the map</source>
        <translation>Карта жанындағы диаграмма</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="59"/>
        <source>A chart beside the map, in the map&apos;s colours: the complex grade of every district as a bar, best first (like paper 004&apos;s Table 2; INPUT needs complex_grade, as Rank-score typology writes it), or the Ward clusters&apos; profiles (the mean z-score of every indicator per cluster, from PROFILE_TABLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="76"/>
        <source>Cluster profiles table (for the profile chart)</source>
        <translation>Кластер бейіндерінің кестесі (бейін диаграммасы үшін)</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="76"/>
        <source>The cluster profiles table of Ward clustering (cluster and zmean_ columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="87"/>
        <source>Class membership table beside the map</source>
        <translation>Карта жанындағы кластарға тиесілілік кестесі</translation>
    </message>
    <message>
        <location filename="../maps/page_options.py" line="87"/>
        <source>A table beside the map: every district (LABEL_FIELD, else the first text field) with its class, sorted by class (up to 40 rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="38"/>
        <source>No chart</source>
        <translation>Диаграммасыз</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="39"/>
        <source>Complex grades by district (bar chart)</source>
        <translation>Аудандардың кешенді бағалары (бағаналы диаграмма)</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="40"/>
        <source>Cluster profiles (Ward&apos;s profile table)</source>
        <translation>Кластер бейіндері (Уорд бейіндер кестесі)</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="113"/>
        <source>the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="159"/>
        <source>the class membership table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="175"/>
        <source>Class membership</source>
        <translation>Кластарға тиесілілік</translation>
    </message>
    <message>
        <location filename="../maps/panels.py" line="178"/>
        <source>District</source>
        <translation>Аудан</translation>
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
        <translation>Дереккөз: …</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="33"/>
        <source>Style: the default style stored with &apos;{layer_source}&apos;, if any (renderer: {kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="54"/>
        <source>Source: {credits}</source>
        <translation>Дереккөз: {credits}</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="64"/>
        <source>&apos;{bg_name}&apos; is both INPUT and a background layer: drawn once, as INPUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="72"/>
        <source>Could not copy background layer &apos;{bg_name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="87"/>
        <source>Report map</source>
        <translation>Есепке арналған карта</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="104"/>
        <source>{} (map layers)</source>
        <translation>{} (карта қабаттары)</translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="112"/>
        <source>Could not add layout &apos;{name}&apos; to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="114"/>
        <source>Layout '{name}' added to the project (Project ▸ Layouts); its layers are in the group '{group_name}'.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="120"/>
        <source>Layout '{name}' added to the project (Project ▸ Layouts), drawing the project's layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="132"/>
        <source>Chart beside the map [CHART]: the bar chart of complex grades needs the field &apos;{field}&apos; in INPUT (the output of Rank-score typology); this layer has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="145"/>
        <source>Chart beside the map [CHART]: the profile chart needs the Cluster profiles table [PROFILE_TABLE] of Ward clustering (fields cluster and zmean_…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="168"/>
        <source>Source line from the layer&apos;s credits: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="176"/>
        <source>Map CRS: {crs_note}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="190"/>
        <source>Legend &apos;{legend_title}&apos;: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="190"/>
        <source>(no classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="196"/>
        <source>The legend is empty: the layer&apos;s renderer has no classes with features on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="200"/>
        <source>No room on the page for: {items}. Choose a larger page or landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/report.py" line="206"/>
        <source>%n label(s) shrunk to fit their districts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="170"/>
        <source>No {source_note} given and the layer carries no credits: the source line reads &apos;{default_source}&apos; for you to fill in (or run again with a source line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/report.py" line="178"/>
        <source>The map CRS is geographic (degrees): the scale bar is only true along one latitude. Choose a projected {map_crs} for a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="138"/>
        <source>Change of the localization coefficient (ΔLQ)</source>
        <translation>Оқшаулану коэффициентінің өзгерісі (ΔLQ)</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="142"/>
        <source>dashed: tolerance {tolerance:g}</source>
        <translation>үзік сызық: рұқсат етілген ауытқу {tolerance:g}</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="144"/>
        <source>Localization coefficient (LQ), end period</source>
        <translation>Оқшаулану коэффициенті (LQ), соңғы кезең</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="150"/>
        <source>Bubble area: {value}</source>
        <translation>Көпіршік ауданы: {value}</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="150"/>
        <source>value</source>
        <translation>мән</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="175"/>
        <source>LQ dynamics: {district}</source>
        <translation>LQ динамикасы: {district}</translation>
    </message>
    <message>
        <location filename="../maps/lq_charts.py" line="192"/>
        <source>LQ dynamics: {industry}</source>
        <translation>LQ динамикасы: {industry}</translation>
    </message>
    <message numerus="yes">
        <location filename="../maps/lq_style.py" line="45"/>
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="46"/>
        <source>{label} [{key}]: '{text}' is not one of the industries. Write one of these names (case does not matter) or its field name (lq_…), or leave it empty:
{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="46"/>
        <source>Industry</source>
        <translation>Сала</translation>
    </message>
    <message>
        <location filename="../maps/lq_style.py" line="128"/>
        <source>Not significant (hatched)</source>
        <translation>Мәнді емес (штрихталған)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="30"/>
        <source>Title (empty: the layer name)</source>
        <translation>Тақырып (бос болса: қабат атауы)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="30"/>
        <source>The map title (empty: the layer name); long titles wrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="36"/>
        <source>Subtitle</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="36"/>
        <source>An optional second line under the title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="42"/>
        <source>Source line (data credits)</source>
        <translation>Дереккөз жолы (деректердің авторлығы)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="42"/>
        <source>The source line, e.g. Boundaries: geoBoundaries (Runfola et al. 2020) … Empty: the layer's metadata rights or attribution if any, else 'Source: …' for you to fill in (a log line says so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="54"/>
        <source>Legend title (empty: from the style, else the layer name)</source>
        <translation>Шартты белгілер тақырыбы (бос болса: стильден, ол болмаса қабат атауы)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="54"/>
        <source>Empty: the title the producing algorithm stored with the style (custom property territorialclusters/legend_title), else the layer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="65"/>
        <source>Label field (empty: the layer&apos;s own labels)</source>
        <translation>Жазулар өрісі (бос болса: қабаттың өз жазулары)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="65"/>
        <source>A field to label the features with (white halo, every label drawn). Empty: the layer&apos;s own labels, if any (e.g. the potential-clusters output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="79"/>
        <source>Background layers</source>
        <translation>Фондық қабаттар</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="79"/>
        <source>Layers drawn with the map: polygon and raster layers under INPUT (e.g. neighbouring regions), point and line layers over it. Point and line layers styled by this plugin (the cluster centres and links of Cluster-structure map layers) are listed in the legend under their own titles; the others are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="95"/>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="95"/>
        <source>The page size and orientation (default A4 landscape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="110"/>
        <source>Map CRS (empty: UTM or equal-area fitting the layer)</source>
        <translation>Картаның координаттар жүйесі (бос болса: қабатқа сәйкес UTM немесе тең аудандық проекция)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="110"/>
        <source>Empty: the layer's CRS when it is projected; for a layer in degrees the UTM zone of the extent's centre when the extent spans 8° of longitude or less, else a Lambert azimuthal equal-area CRS centred on the extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="122"/>
        <source>Resolution (DPI)</source>
        <translation>Ажыратымдылық (DPI)</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="122"/>
        <source>The PNG&apos;s size, and the resolution of rasterised parts of a PDF or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="135"/>
        <source>Map file</source>
        <translation>Карта файлы</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="135"/>
        <source>PDF files (*.pdf);;PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="135"/>
        <source>A .pdf, .png or .svg file, chosen by the extension (anything else is refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="146"/>
        <source>Also add the layout to the project</source>
        <translation>Макетті жобаға да қосу</translation>
    </message>
    <message>
        <location filename="../maps/export_options.py" line="146"/>
        <source>Also keep the layout in the current project, named after the title (Title (2) … if taken), so it can be finished in the layout designer; its layers go in a group 'title (map layers)', unchecked, so the layout survives saving the project. Its name is the output LAYOUT_NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menu</name>
    <message>
        <location filename="../ui/menu.py" line="85"/>
        <source>Territorial Clusters</source>
        <translation>Аумақтық кластерлер</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="38"/>
        <source>Load sample data</source>
        <translation>Үлгі деректерді жүктеу</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="39"/>
        <source>About / help</source>
        <translation>Плагин туралы / анықтама</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="85"/>
        <source>Sample data loaded (see README for credits).</source>
        <translation>Үлгі деректер жүктелді (авторлар туралы README файлын қараңыз).</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="127"/>
        <source>Models</source>
        <translation>Модельдер</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="133"/>
        <source>Sample: Aktobe oblast (paper 004)</source>
        <translation>Үлгі: Ақтөбе облысы (004 мақала)</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="134"/>
        <source>Sample: Kazakhstan regions 2022</source>
        <translation>Үлгі: Қазақстан өңірлері, 2022</translation>
    </message>
    <message>
        <location filename="../ui/menu.py" line="135"/>
        <source>Sample: Georgia County Business Patterns</source>
        <translation>Үлгі: Джорджия, County Business Patterns</translation>
    </message>
</context>
<context>
    <name>MigrationEffectivenessAlgorithm</name>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="99"/>
        <source>Migration effectiveness</source>
        <translation>Көші-қон тиімділігі</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="25"/>
        <source>2 Indicators</source>
        <translation>2 Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="29"/>
        <source>Migration effectiveness of paper 000 (indicator 2.2, after Kozeva 2007): how much of the migration turnover ends up as net gain or loss.

&lt;b&gt;Formula&lt;/b&gt;: 0 = (I − O) / (I + O) · 100 (default, the standard demographic definition, −100 … 100); 1 = (I − O) / I · 100 (paper 000 as printed: net migration over arrivals). I = arrivals, O = departures (both counts of people, ≥ 0).
Output fields: net_migration (I − O), migration_turnover (I + O), migration_effectiveness (%).
A missing count or a zero denominator (no migration; no arrivals for formula 1) gives NULL and a log line naming the district; negative counts are refused. Attributes only: geometries are copied as they are (invalid ones too); tables without geometry work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="54"/>
        <source>Districts (layer or table)</source>
        <translation>Аудандар (қабат немесе кесте)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="54"/>
        <source>The districts: a layer or a table without geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="60"/>
        <source>District name field (for log lines)</source>
        <translation>Аудан атауы өрісі (журнал жолдары үшін)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="60"/>
        <source>A name field, used only to name districts in log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="69"/>
        <source>Arrivals, I (persons)</source>
        <translation>Келгендер, I (адам)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="69"/>
        <source>I: the numeric count of arrivals (persons, 0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="78"/>
        <source>Departures, O (persons)</source>
        <translation>Кеткендер, O (адам)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="78"/>
        <source>O: the numeric count of departures (persons, 0 or more, counted positive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>(I − O) / (I + O) · 100 (standard)</source>
        <translation>(I − O) / (I + O) · 100 (стандартты)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>(I − O) / I · 100 (paper 000 as printed)</source>
        <translation>(I − O) / I · 100 (000 мақалада басылғандай)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="87"/>
        <source>0: the standard demographic definition (default); 1: paper 000 as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="99"/>
        <source>The districts with the input fields and net_migration (I − O), migration_turnover (I + O) and migration_effectiveness (%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="121"/>
        <source>{arrivals_label} and {departures_label} are the same field &apos;{arrivals}&apos;: choose the field of arrivals and the field of departures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="134"/>
        <source>no migration effectiveness to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="145"/>
        <source>Migration effectiveness = {formula_text} (I = {arrivals}, O = {departures}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/migration_effectiveness.py" line="160"/>
        <source>%n district(s) gain population by migration,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/migration_effectiveness.py" line="160"/>
        <source>%n lose it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="166"/>
        <source>Migration effectiveness {formula_text}, % (red: net loss, blue: net gain)</source>
        <translation>Көші-қон тиімділігі {formula_text}, % (қызыл: таза кему, көк: таза өсім)</translation>
    </message>
    <message>
        <location filename="../algorithms/migration_effectiveness.py" line="166"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
</context>
<context>
    <name>NeighboursAlgorithm</name>
    <message>
        <location filename="../algorithms/neighbours.py" line="21"/>
        <source>District neighbours</source>
        <translation>Көрші аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="22"/>
        <source>5 Spatial structure</source>
        <translation>5 Кеңістіктік құрылым</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="27"/>
        <source>Which districts neighbour which: the district graph that territorial clusters, spatial autocorrelation and contiguous zones are built on, as a table.

&lt;b&gt;Neighbours&lt;/b&gt;: 0 queen contiguity (a shared boundary vertex), 1 rook contiguity (a shared boundary edge), 2 k nearest (the K nearest centroids), 3 distance band (centroids within DISTANCE metres). Distances are ellipsoidal whatever the layer&apos;s CRS.
&lt;b&gt;Snapping tolerance&lt;/b&gt; (metres, queen/rook): boundaries that do not share vertices or leave small gaps still neighbour when they come this close; 0 (default): they must share vertices, as in GeoDa and libpysal.
&lt;b&gt;Output table&lt;/b&gt;: one row per district and neighbour with district, neighbour (the ID field&apos;s values) and weight (1); contiguity lists each pair both ways, k nearest only from each district to its neighbours. Give it to the algorithms that take a NEIGHBOURS table, or edit it by hand (add a ferry link, remove a mountain ridge).
The log names the islands (districts without neighbours), the number of connected components and the minimum, mean and maximum number of neighbours. Invalid polygons are repaired (makeValid) for the graph and named in the log; a district without geometry is an island.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="53"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="53"/>
        <source>The district polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="57"/>
        <source>District ID field</source>
        <translation>Аудан кілтінің өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="57"/>
        <source>A field with a unique key per district (a code or a name): the table&apos;s district and neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="64"/>
        <source>Neighbours table</source>
        <translation>Көршілер кестесі</translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="64"/>
        <source>One row per district and neighbour: district, neighbour, weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/neighbours.py" line="74"/>
        <source>no neighbours to find</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PotentialClustersAlgorithm</name>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="29"/>
        <source>Potential territorial clusters (paper 004)</source>
        <translation>Әлеуетті аумақтық-өндірістік кластерлер (004 мақала)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="30"/>
        <source>7 Potential clusters</source>
        <translation>7 Әлеуетті кластерлер</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="34"/>
        <source>Identifies potential territorial industrial clusters as paper 004 does: the districts of the favourable classes of a rank-score typology (stage 1, &lt;i&gt;Rank-score typology&lt;/i&gt;) are the candidates; each is given its industries with a localization coefficient at or above the threshold (stage 2, &lt;i&gt;Localization coefficient&lt;/i&gt;), highest first, like paper 004 Table 3: &lt;i&gt;Non-ferrous metallurgy (4.6), Extraction of construction raw materials (1.2)&lt;/i&gt;. Stage 3 — raw materials, enterprises, exports — is yours: the output is the map to draw it on.

&lt;b&gt;Typology&lt;/b&gt;: the output of ranktypology (needs class_index; typology_class gives the legend labels). &lt;b&gt;Favourable classes&lt;/b&gt;: class_index values, 0 = best; default 0;1.
&lt;b&gt;LQ table&lt;/b&gt;: one row per district and industry with the district key, the industry and the quotient — the OUTPUT_TABLE of localizationcoefficient, or published quotients (e.g. the sample's lq_paper004_table3). Its key field defaults to the name of ID_FIELD. NULL quotients (undefined) are skipped and reported; keys that match no district are reported by name; duplicate rows, negative or infinite quotients are refused.
&lt;b&gt;Output&lt;/b&gt;: the districts with favourable, cluster_potential (text, NULL outside the favourable classes or when no industry reaches the threshold), n_potential_industries and all typology fields; styled as a cluster-structure map — favourable districts shaded by class and labelled with their industries, the others grey. &lt;b&gt;Centres&lt;/b&gt; (optional points, e.g. the cluster centre towns) are copied to CENTRES_OUTPUT and drawn as stars; give both layers to &lt;i&gt;Export report map&lt;/i&gt; (centres as a background layer) for the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="80"/>
        <source>Typology (output of Rank-score typology)</source>
        <translation>Типология («Ранг-балдық типология» нәтижесі)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="80"/>
        <source>The output of Rank-score typology (needs class_index; typology_class gives the class names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="86"/>
        <source>District key field</source>
        <translation>Аудан кілті өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="86"/>
        <source>The typology&apos;s district key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="92"/>
        <source>District name for labels (empty: the key)</source>
        <translation>Жазуларға арналған аудан атауы (бос болса: кілт)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="92"/>
        <source>The names for labels and the legend, e.g. name_en (default: the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="101"/>
        <source>Favourable classes (class_index, 0 = best; e.g. 0;1)</source>
        <translation>Қолайлы кластар (class_index, 0 = ең жақсы; мысалы, 0;1)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="101"/>
        <source>The class_index values treated as favourable, 0 = best (default: the two best classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="110"/>
        <source>Threshold (industries with LQ ≥ threshold)</source>
        <translation>Шекті мән (LQ ≥ шекті мән болатын салалар)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="110"/>
        <source>Industries with LQ ≥ threshold are listed (values within 1e-9 below count: float noise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="122"/>
        <source>Potential clusters</source>
        <translation>Әлеуетті кластерлер</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="122"/>
        <source>The districts with all typology fields and favourable, cluster_potential (the industries with their LQ, highest first) and n_potential_industries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="165"/>
        <source>{label} has no field &apos;{class_field}&apos;: use the output of Rank-score typology (territorialclusters:ranktypology).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="174"/>
        <source>nothing to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="217"/>
        <source>{n_fav} favourable districts: more than {max_keyed}, so the legend shows the classes and the map labels the top industry of each (the full lists are in cluster_potential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="133"/>
        <source>Potential cluster zones (contiguous)</source>
        <translation>Әлеуетті кластер аймақтары (іргелес аудандар)</translation>
    </message>
    <message>
        <location filename="../algorithms/potential_clusters.py" line="133"/>
        <source>Optional: zones instead of single districts — per industry, the connected groups of neighbouring favourable districts with LQ ≥ threshold (at least 2), dissolved, with industry, zone, n_districts, members and mean_lq (as Contiguous cluster zones).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../algorithms/provider.py" line="64"/>
        <source>The algorithm module &apos;{module}&apos; is left out: it needs the Python package &apos;{package}&apos;, which this QGIS does not have (on Debian/Ubuntu install python3-{package}; the QGIS installers for Windows and macOS include it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankTypologyAlgorithm</name>
    <message>
        <location filename="../algorithms/rank_typology.py" line="25"/>
        <source>Rank-score typology</source>
        <translation>Ранг-балдық типология</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="64"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="64"/>
        <source>District polygons with the indicator fields (invalid geometries are accepted and copied as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="70"/>
        <source>District key / name field</source>
        <translation>Аудан кілті / атауы өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="70"/>
        <source>The district key or name; NULL or duplicate keys are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="76"/>
        <source>Indicators where higher is better</source>
        <translation>Мәні жоғары болған сайын жақсы көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="76"/>
        <source>Numeric indicators where a higher value is better (e.g. income, density).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="87"/>
        <source>Indicators where lower is better</source>
        <translation>Мәні төмен болған сайын жақсы көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="87"/>
        <source>Numeric indicators where a lower value is better (unemployment, emission density).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="98"/>
        <source>Indicator groups (name: field, field; name: field …)</source>
        <translation>Көрсеткіштер топтары (атау: өріс, өріс; атау: өріс …)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="98"/>
        <source>A grade per group of indicators, e.g. economic: gdp, wage; social: unemployment; environmental: emission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Reference value of the region</source>
        <translation>Өңірдің эталондық мәні</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Mean of districts</source>
        <translation>Аудандардың орташа мәні</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Median of districts</source>
        <translation>Аудандардың медианасы</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>Weighted mean (weight field)</source>
        <translation>Салмақталған орташа мән (салмақ өрісі)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>First row of a reference table</source>
        <translation>Эталондық кестенің бірінші жолы</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="107"/>
        <source>The region&apos;s value every district is ranked with: 0 the mean of the districts, 1 their median, 2 their mean weighted by WEIGHT_FIELD, 3 the first row of REFERENCE_TABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="125"/>
        <source>Weight field (for the weighted mean, e.g. population)</source>
        <translation>Салмақ өрісі (салмақталған орташа үшін, мысалы, халық саны)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="125"/>
        <source>The weights for REFERENCE = 2 (weighted mean), e.g. population.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="135"/>
        <source>Reference table (first row = the region)</source>
        <translation>Эталондық кесте (бірінші жол = өңір)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="135"/>
        <source>For REFERENCE = 3: a table or layer whose first row holds the indicator fields (e.g. the oblast row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Ties</source>
        <translation>Тең мәндер</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Dense (paper 004)</source>
        <translation>Тығыз (004 мақала)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Min</source>
        <translation>Ең кіші</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Average</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>Max</source>
        <translation>Ең үлкен</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="146"/>
        <source>The rank of equal values: 0 dense (reproduces paper 004), 1 min, 2 average, 3 max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="155"/>
        <source>Class breaks: lower bounds, best to worst (e.g. 0;-2.5)</source>
        <translation>Класс шекаралары: төменгі шектер, ең жақсыдан ең нашарға қарай (мысалы, 0;-2.5)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="155"/>
        <source>Lower bounds of the classes on the complex grade, best to worst, e.g. 0;-2.5. Empty: paper 004&apos;s rule: a complex grade of 0 or more is the first class, the rest is cut at its largest gap (three classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="165"/>
        <source>Class labels, best to worst (e.g. Favourable;Less favourable;Unfavourable)</source>
        <translation>Класс атаулары, ең жақсыдан ең нашарға қарай (мысалы, Қолайлы;Аз қолайлы;Қолайсыз)</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="165"/>
        <source>Labels of the classes, best to worst. Default: Favourable;Less favourable;Unfavourable (for 2 classes: Favourable;Unfavourable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="176"/>
        <source>The districts with the input fields and grade_ per indicator, group_ per group, complex_grade, rank, n_indicators, class_index (0 = best class) and typology_class, styled by class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="197"/>
        <source>{reference} is the weighted mean but no {weight} is given: choose one (e.g. population).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="208"/>
        <source>nothing to grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="238"/>
        <source>Conditions for cluster formation</source>
        <translation>Кластерлердің қалыптасу жағдайлары</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="26"/>
        <source>3 Typology</source>
        <translation>3 Типология</translation>
    </message>
    <message>
        <location filename="../algorithms/rank_typology.py" line="225"/>
        <source>No {class_breaks} given: paper 004's rule (CG ≥ 0 favourable, the rest cut at its largest gap) gives breaks {value}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionalAccessibilityAlgorithm</name>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="92"/>
        <source>Regional accessibility</source>
        <translation>Өңірлік қолжетімділік</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="24"/>
        <source>2 Indicators</source>
        <translation>2 Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="28"/>
        <source>Regional accessibility P9 of paper 003: (dA + dB) / dAB, the distances from the regional centre to the two capitals A and B over the distance between the capitals. It is ≥ 1; 1 means the centre lies on the line between the capitals, higher values mean more remote regions.

&lt;b&gt;CAPITALS&lt;/b&gt;: a point layer with exactly two points (e.g. Astana and Almaty); A is its first feature, B the second.
&lt;b&gt;CENTERS&lt;/b&gt; (optional): regional centres (points) joined to the regions by CENTERS_KEY_FIELD = ID_FIELD; a region without a matching centre gets NULL (log line). Without CENTERS, a point on the surface of each polygon is used (computed in longitude/latitude; invalid polygons are repaired with makeValid, with a log line).
Distances are ellipsoidal (the project's ellipsoid, WGS84 when none is set), in km, whatever the layers' CRSs. Output fields: dist_a_km, dist_b_km, accessibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="53"/>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="53"/>
        <source>Region polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="57"/>
        <source>Region key / name field (joins the centres; names log lines)</source>
        <translation>Өңір кілті / атауы өрісі (орталықтарды байланыстырады; журнал жолдарында атау ретінде)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="57"/>
        <source>The regions&apos; key or name: joins the centres (required with CENTERS) and names log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="66"/>
        <source>A point layer of regional centres. Default: a point on the surface of each polygon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="75"/>
        <source>Key field of the centres (matches the region key)</source>
        <translation>Орталықтардың кілт өрісі (өңір кілтіне сәйкес келеді)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="75"/>
        <source>The key in CENTERS matching ID_FIELD (compared as text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="84"/>
        <source>The two capitals (points, e.g. Astana and Almaty)</source>
        <translation>Екі астана (нүктелер, мысалы, Астана және Алматы)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="84"/>
        <source>A point layer with exactly two points: A is its first feature, B the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="92"/>
        <source>The regions with the input fields and dist_a_km, dist_b_km (ellipsoidal distances in km from the centre to A and B) and accessibility = (dA + dB) / dAB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="109"/>
        <source>{capitals} is required: a point layer with exactly two points (e.g. Astana and Almaty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="133"/>
        <source>Capitals: A = {names_ab}, B = {names_ab2}; distance between them {d_ab:.1f} km (ellipsoidal, {ellipsoid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="148"/>
        <source>no regions to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="174"/>
        <source>Regional accessibility (dA + dB) / dAB (1 = between the capitals; higher = more remote)</source>
        <translation>Өңірлік қолжетімділік (dA + dB) / dAB (1 = астаналар арасында; жоғары болса — шалғайырақ)</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="174"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="118"/>
        <source>{centers} are joined to the regions by a key: choose {id_field} (the regions&apos; key) and {center_key} (the same key in the centres layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="140"/>
        <source>The two capitals of {capitals} are at the same place: accessibility (dA + dB) / dAB is undefined. Give two distinct capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="155"/>
        <source>No {centers}: regional centres are points on the polygons&apos; surfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/regional_accessibility.py" line="66"/>
        <source>Regional centres (empty: a point on each polygon&apos;s surface)</source>
        <translation>Облыс орталықтары (бос: әр полигонның бетіндегі нүкте)</translation>
    </message>
</context>
<context>
    <name>ShiftShareAlgorithm</name>
    <message>
        <location filename="../algorithms/shift_share.py" line="25"/>
        <source>Shift-share analysis</source>
        <translation>Құрылымдық ығысу талдауы (shift-share)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="26"/>
        <source>4 Specialization</source>
        <translation>4 Мамандану</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="60"/>
        <source>Shift-share</source>
        <translation>Құрылымдық ығысулар (shift-share)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="60"/>
        <source>The districts with their fields and the sums over the industries of actual_change, national_effect, industry_mix, competitive_effect, homothetic_change, net_competitive and allocation_effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="68"/>
        <source>Shift-share by industry (long table)</source>
        <translation>Салалар бойынша құрылымдық ығысулар (ұзын кесте)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="68"/>
        <source>A table (no geometry), one row per district and industry: district (the key), industry, value_base, value, homothetic_base and the seven effects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="83"/>
        <source>no shift-share to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="87"/>
        <source>Shift-share needs two periods: INDUSTRY_FIELDS_BASE (wide form), or BASE_YEAR with TABLE_YEAR_FIELD, or TABLE_BASE (long form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="105"/>
        <source>Reference growth G ({base} → {end}) = {growth} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="111"/>
        <source>Industry growth g_i: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/shift_share.py" line="156"/>
        <source>%n district(s) grew faster than their structure implies (competitive effect &gt; 0).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="160"/>
        <source>Competitive effect (red: below the reference&apos;s growth, blue: above)</source>
        <translation>Бәсекелестік әсер (қызыл: өсу эталоннан төмен, көк: жоғары)</translation>
    </message>
    <message>
        <location filename="../algorithms/shift_share.py" line="160"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
</context>
<context>
    <name>SpatialAutocorrelationAlgorithm</name>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="25"/>
        <source>Spatial autocorrelation (Moran&apos;s I, LISA)</source>
        <translation>Кеңістіктік автокорреляция (Моран индексі, LISA)</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="26"/>
        <source>5 Spatial structure</source>
        <translation>5 Кеңістіктік құрылым</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="30"/>
        <source>Do high (or low) values of one variable — a location quotient, a development grade — cluster among neighbouring districts more than chance allows?

&lt;b&gt;Global Moran's I&lt;/b&gt; with its expectation −1/(n−1), z and two-sided p under normality and under randomisation, and a permutation pseudo p-value: in the log and in the global table.
&lt;b&gt;Local Moran (LISA)&lt;/b&gt; per district: lisa_i, lisa_z (against the permutations), lisa_p (pseudo p-value of conditional permutations), lisa_quadrant (HH, LH, LL, HL: the district's value and its neighbours' mean, above or below the mean) and lisa_class: High-High, Low-Low (spatial clusters), High-Low, Low-High (outliers) where p ≤ the significance level (after the correction), else Not significant; Island for a district without neighbours, Undefined for a NULL value (left out of the computation). Styled with GeoDa's LISA colours.
Neighbours: contiguity (queen or rook, with a snapping tolerance in metres), k nearest or a distance band, or a neighbours table; weights are row-standardised. The same SEED gives the same p-values (esda's draws: equal to esda's Moran_Local with that seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="63"/>
        <source>Districts</source>
        <translation>Аудандар</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="63"/>
        <source>The district polygons with the variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="67"/>
        <source>District name field</source>
        <translation>Аудан атауының өрісі</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="67"/>
        <source>Unique district names or codes: log lines, and the keys of a neighbours table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="73"/>
        <source>Variable</source>
        <translation>Айнымалы</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="73"/>
        <source>One numeric field (e.g. a location quotient or a development grade); NULL: left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="83"/>
        <source>Neighbours table</source>
        <translation>Көршілестік кестесі</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="83"/>
        <source>Optional: a table (district, neighbour, weight) as District neighbours writes; replaces METHOD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="89"/>
        <source>Permutations</source>
        <translation>Орын ауыстырулар</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="89"/>
        <source>Conditional permutations for the pseudo p-values (999: p down to 0.001; 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="93"/>
        <source>Random seed</source>
        <translation>Кездейсоқ сандар генераторының бастапқы мәні</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="93"/>
        <source>The same seed gives the same p-values (GeoDa&apos;s default seed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="97"/>
        <source>Significance level</source>
        <translation>Маңыздылық деңгейі</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="97"/>
        <source>A district is significant when its pseudo p-value is at most this (after the correction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>Multiple-testing correction</source>
        <translation>Көптік салыстыруларға түзету</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>False discovery rate (Benjamini–Hochberg)</source>
        <translation>Жалған ашулар үлесі (Бенджамини–Хохберг)</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>Bonferroni</source>
        <translation>Бонферрони</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="101"/>
        <source>Many districts are tested at once: FDR or Bonferroni keep false clusters in check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="114"/>
        <source>LISA clusters</source>
        <translation>LISA кластерлері</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="114"/>
        <source>The districts with lisa_i, lisa_z, lisa_p, lisa_quadrant and lisa_class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="118"/>
        <source>Global Moran&apos;s I</source>
        <translation>Моранның жаһандық индексі</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="118"/>
        <source>Optional table, one row: field, moran_i, expected_i, z_norm, p_norm, z_rand, p_rand, p_sim, n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="128"/>
        <source>Moran scatter plot</source>
        <translation>Моран шашырау диаграммасы</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="128"/>
        <source>SVG files (*.svg);;PNG files (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="128"/>
        <source>Optional file: .svg or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="143"/>
        <source>District name field [ID_FIELD]</source>
        <translation>Аудан атауының өрісі [ID_FIELD]</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="153"/>
        <source>Variable [FIELD]</source>
        <translation>Айнымалы [FIELD]</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="151"/>
        <source>no spatial autocorrelation to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="155"/>
        <source>Neighbours table [NEIGHBOURS]</source>
        <translation>Көршілестік кестесі [NEIGHBOURS]</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="201"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="185"/>
        <source>LISA clusters of {field} (p ≤ {cutoff:.4g})</source>
        <translation>{field} үшін LISA кластерлері (p ≤ {cutoff:.4g})</translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="206"/>
        <source>Could not write the Moran scatter plot {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/spatial_autocorrelation.py" line="211"/>
        <source>Moran scatter plot written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecializationIndicesAlgorithm</name>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="24"/>
        <source>Specialization and concentration indices</source>
        <translation>Мамандану және шоғырлану индекстері</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="25"/>
        <source>4 Specialization</source>
        <translation>4 Мамандану</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="29"/>
        <source>How specialized each district is as a whole, and how concentrated each industry is across the districts (REAT and EconGeo's measures). s&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;ij&lt;/sub&gt; / x&lt;sub&gt;j&lt;/sub&gt; is the industry's share of the district, s&lt;sub&gt;i&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; / X its share of the region (the districts, or REFERENCE_TABLE).

&lt;b&gt;Per district&lt;/b&gt; (OUTPUT): krugman = Σ|s&lt;sub&gt;ij&lt;/sub&gt; − s&lt;sub&gt;i&lt;/sub&gt;| (Krugman 1991, 0–2); hoover_specialization = half of it (Hoover 1936, 0–1); gini_specialization (the Gini coefficient of the district's location quotients, REAT's gini.spec); hhi = Σ s&lt;sub&gt;ij&lt;/sub&gt;² and hhi_normalized = (hhi − 1/n) / (1 − 1/n); entropy = −Σ s&lt;sub&gt;ij&lt;/sub&gt; ln s&lt;sub&gt;ij&lt;/sub&gt; and entropy_relative = entropy / ln n (1 = evenly diversified); n_specializations (industries with LQ ≥ 1).
&lt;b&gt;Per industry&lt;/b&gt; (OUTPUT_INDUSTRIES): hoover_localization, gini_localization (Gini of the industry's quotients over the districts, REAT's gini.conc), hhi_districts, top_district and top_share — over the layer's districts.
&lt;b&gt;Data&lt;/b&gt; as in Localization coefficient: a numeric field per industry (INDUSTRY_FIELDS) or a long table (TABLE with key, industry, value and optionally year fields; END_YEAR picks the year).
NULL values are unknown: a district with a NULL value gets NULL indices and is left out of the region's totals (the log names it); a district whose total is 0 gets NULL indices. Every index is unchanged when all values are scaled.
&lt;b&gt;Style&lt;/b&gt;: graduated on INDEX_TO_STYLE; districts without a value grey, &quot;No data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="61"/>
        <source>Krugman dissimilarity index (0–2)</source>
        <translation>Кругманның айырмашылық индексі (0–2)</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="62"/>
        <source>Hoover coefficient of specialization (0–1)</source>
        <translation>Гувердің мамандану коэффициенті (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="63"/>
        <source>Gini coefficient of specialization</source>
        <translation>Маманданудың Джини коэффициенті</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="64"/>
        <source>Herfindahl–Hirschman index</source>
        <translation>Херфиндаль–Хиршман индексі</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="65"/>
        <source>Normalized Herfindahl–Hirschman index</source>
        <translation>Нормаланған Херфиндаль–Хиршман индексі</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="66"/>
        <source>Shannon entropy</source>
        <translation>Шеннон энтропиясы</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="67"/>
        <source>Relative entropy</source>
        <translation>Салыстырмалы энтропия</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="68"/>
        <source>Number of specializations (LQ ≥ 1)</source>
        <translation>Мамандану салаларының саны (LQ ≥ 1)</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="73"/>
        <source>Index to style the map by</source>
        <translation>Картаны безендіру индексі</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="73"/>
        <source>The per-district index the output map is styled by (graduated, natural breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="79"/>
        <source>Specialization indices</source>
        <translation>Мамандану индекстері</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="79"/>
        <source>The districts with their fields and krugman, hoover_specialization, gini_specialization, hhi, hhi_normalized, entropy, entropy_relative and n_specializations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="89"/>
        <source>Concentration of industries</source>
        <translation>Салалардың шоғырлануы</translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="89"/>
        <source>A table (no geometry), one row per industry: industry, hoover_localization, gini_localization, hhi_districts, top_district (its key) and top_share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="104"/>
        <source>no indices to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../algorithms/specialization_indices.py" line="141"/>
        <source>Indices of %n district(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../algorithms/specialization_indices.py" line="150"/>
        <source>No data</source>
        <translation>Деректер жоқ</translation>
    </message>
</context>
<context>
    <name>TerritorialAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="221"/>
        <source>Input field &apos;{}&apos; has the name of an output field: it is replaced by the new values in the output (the input layer is unchanged).</source>
        <translation type="unfinished"></translation>
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
        <translation>Өңірлерді Уорд әдісімен кластерлеу</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="81"/>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="81"/>
        <source>Region polygons (invalid geometries are accepted and copied as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="85"/>
        <source>Region key / name field (dendrogram labels)</source>
        <translation>Өңір кілті / атауы өрісі (дендрограмма жазулары)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="85"/>
        <source>The region key or name: labels the dendrogram and the tables, fixes the numbering; NULL or duplicate keys are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="96"/>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="96"/>
        <source>Numeric indicators (text fields are refused, not parsed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>Standardize indicators</source>
        <translation>Көрсеткіштерді стандарттау</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>z-score (sample sd)</source>
        <translation>z-бағалау (іріктеменің стандартты ауытқуы)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>Min–max (0–1)</source>
        <translation>Мин–макс (0–1)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>Robust (median / MAD)</source>
        <translation>Орнықты (медиана / MAD)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>None (raw values)</source>
        <translation>Жоқ (бастапқы мәндер)</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="106"/>
        <source>0 z-score with the sample sd (default), 1 min–max to [0, 1], 2 robust (median / 1.4826 MAD), 3 none (raw values: only when the indicators share a unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="124"/>
        <source>Fill missing values with the indicator&apos;s mean</source>
        <translation>Жетіспейтін мәндерді көрсеткіштің орташа мәнімен толтыру</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="124"/>
        <source>No (default): regions lacking a value are left out (NULL cluster); yes: the gaps take the indicator&apos;s mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="142"/>
        <source>No ID_FIELD: choose the field with the region names or keys (it labels the dendrogram).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="146"/>
        <source>No indicator fields: choose at least one numeric field in FIELDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="160"/>
        <source>nothing to cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="217"/>
        <source>Cancelled.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../algorithms/ward_clustering.py" line="28"/>
        <source>6 Grouping regions (Ward)</source>
        <translation>6 Өңірлерді топтау (Уорд)</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
