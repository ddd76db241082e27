<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CareMap</name>
    <message>
        <location filename="../plugin.py" line="115"/>
        <source>CareMap panel</source>
        <translation>Panel de CareMap</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="118"/>
        <source>Show or hide the CareMap panel</source>
        <translation>Mostrar u ocultar el panel de CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="31"/>
        <source>Accessibility to care</source>
        <translation>Accesibilidad al cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="33"/>
        <source>access,accessibility,2sfca,e2sfca,g2sfca,3sfca,floating catchment,gravity,network,travel time</source>
        <translation>acceso,accesibilidad,2sfca,e2sfca,g2sfca,3sfca,área de influencia flotante,gravedad,red,tiempo de viaje</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="35"/>
        <source>Which places can reach enough care, and which cannot? For each demand unit (a block, a grid cell) it measures the care places within reach, shared with everyone else who can reach the same facilities, and the travel to the nearest facility.

How to read the results:
- Accessibility (demand): access = places per person within reach with the two-step floating catchment method (2SFCA; other methods give their own measure); access_norm = access divided by the demand-weighted mean (1 = average, below 1 = worse served); cost_nearest = travel to the nearest facility with places, even beyond the threshold, in cost_unit (minutes or meters; cost_speed_kmh is the speed used); n_reachable = facilities within the threshold; covered = 1 when at least one is within it, else 0.
- Catchment ratios (facilities): catch_demand = the people within each facility&apos;s reach; ratio = its places per person (NULL when nobody is in reach).
- With road network costs, both layers also get snapped_m (metres from the point to the road network) and off_network (1 = too far from the network: it reaches nothing by road).
- With time windows (e.g. a caregivers&apos; evening, Monday to Friday 17:00-20:00), the demand layer also gets, for each window label, access_&lt;label&gt; = access counting each facility&apos;s places times the share of the window&apos;s minutes (over one week) in which it is open, and covered_&lt;label&gt; = 1 when a facility open at some time in the window is within reach. access and cost_nearest keep their all-hours meaning.
- Figures: the share of demand covered and the demand-weighted mean access.

Example: in the demo city, children 0-5 walking 10 minutes along the streets at 5.04 km/h with 2SFCA: 90% of the children have at least one childcare facility within reach, and the mean access is 0.20 places per child (one full-day place for five children); the median cost_nearest is 6.0 minutes. By hand: block A (100 children) reaches facility X (60 places), block B (200 children) reaches X and Y (30 places), block C (50) reaches only Y. X&apos;s 60 places are shared by 300 children (0.20 each), Y&apos;s 30 by 250 (0.12 each): access is 0.20 in A, 0.32 in B, 0.12 in C. With the window &apos;evening=Mo-Fr 17:00-20:00&apos;, a facility open &apos;Mo-Fr 08:00-18:00&apos; is open one hour of the three: it counts a third of its places in access_evening.

Good to know:
- A facility with 0 places covers nobody; a unit with a NULL demand gets NULL access and is left out of the figures (a warning counts them).
- Edge of the study area: when the facilities stop short of the units&apos; extent on a side (less than the distance the threshold can cover), a warning counts the units near that side: facilities just outside the area may be missing, so those units may look worse served than they are.
- &apos;Target group&apos; keeps only the facilities that serve it (or &apos;all&apos;), read from the facilities&apos; target group field.
- Opening hours are read in OpenStreetMap&apos;s common form (e.g. &apos;Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00&apos;); an empty value means always open. Hours CareMap does not understand (e.g. &apos;sunrise-sunset&apos;, months, &apos;by appointment&apos;) are counted in a warning that quotes them, and that facility is left out of the time-window fields (it still counts at all hours). Public holiday rules are ignored.
- Methods other than 2SFCA (nearest, cumulative places, enhanced, Gaussian, three-step, modified 2SFCA, gravity) and the decay functions are in the methods page.</source>
        <translation>¿Qué lugares pueden alcanzar suficiente cuidado y cuáles no? Para cada unidad de demanda (una manzana, una celda de grilla) mide los cupos de cuidado a su alcance, compartidos con todas las demás personas que pueden alcanzar los mismos equipamientos, y el viaje hasta el equipamiento más cercano.

Cómo leer los resultados:
- Accesibilidad (demanda): access = cupos por persona al alcance con el método de área de influencia flotante en dos pasos (2SFCA; los otros métodos dan su propia medida); access_norm = access dividido por la media ponderada por la demanda (1 = promedio, menos de 1 = peor atendida); cost_nearest = viaje hasta el equipamiento con cupos más cercano, aunque esté más allá del umbral, en cost_unit (minutos o metros; cost_speed_kmh es la velocidad usada); n_reachable = equipamientos dentro del umbral; covered = 1 cuando al menos uno está dentro de él, si no 0.
- Razones del área de influencia (equipamientos): catch_demand = las personas al alcance de cada equipamiento; ratio = sus cupos por persona (NULL cuando no hay nadie al alcance).
- Con costos en la red vial, ambas capas reciben también snapped_m (metros desde el punto hasta la red vial) y off_network (1 = demasiado lejos de la red: no alcanza nada por calle).
- Con ventanas horarias (p. ej. la tarde de las personas cuidadoras, de lunes a viernes de 17:00 a 20:00), la capa de demanda recibe además, para cada etiqueta de ventana, access_&lt;label&gt; = el acceso contando los cupos de cada equipamiento multiplicados por la proporción de los minutos de la ventana (en una semana) en que está abierto, y covered_&lt;label&gt; = 1 cuando un equipamiento abierto en algún momento de la ventana está al alcance. access y cost_nearest conservan su sentido para todas las horas.
- Cifras: la proporción de la demanda cubierta y el acceso medio ponderado por la demanda.

Ejemplo: en la ciudad de demostración, niñas y niños de 0-5 años que caminan 10 minutos por las calles a 5,04 km/h con 2SFCA: el 90 % de ellos tiene al menos un equipamiento de cuidado infantil a su alcance, y el acceso medio es de 0,20 cupos por niña o niño (un cupo de jornada completa por cada cinco); la mediana de cost_nearest es de 6,0 minutos. A mano: la manzana A (100 niñas y niños) alcanza el equipamiento X (60 cupos), la manzana B (200) alcanza X e Y (30 cupos) y la manzana C (50) alcanza solo Y. Los 60 cupos de X se reparten entre 300 niñas y niños (0,20 cada uno) y los 30 de Y entre 250 (0,12 cada uno): el acceso es 0,20 en A, 0,32 en B y 0,12 en C. Con la ventana &apos;evening=Mo-Fr 17:00-20:00&apos;, un equipamiento abierto &apos;Mo-Fr 08:00-18:00&apos; está abierto una hora de las tres: cuenta un tercio de sus cupos en access_evening.

Conviene saber:
- Un equipamiento con 0 cupos no cubre a nadie; una unidad con demanda NULL recibe un acceso NULL y queda fuera de las cifras (una advertencia las cuenta).
- Borde del área de estudio: cuando los equipamientos no llegan, por un lado, hasta la extensión de las unidades (quedan a menos de la distancia que puede cubrir el umbral), una advertencia cuenta las unidades cercanas a ese lado: pueden faltar equipamientos situados justo fuera del área, y esas unidades pueden parecer peor atendidas de lo que están.
- &apos;Grupo objetivo&apos; conserva solo los equipamientos que atienden a ese grupo (o &apos;all&apos;), leído del campo de grupo objetivo de los equipamientos.
- Los horarios de apertura se leen en la forma habitual de OpenStreetMap (p. ej. &apos;Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00&apos;); un valor vacío significa siempre abierto. Los horarios que CareMap no entiende (p. ej. &apos;sunrise-sunset&apos;, meses, &apos;by appointment&apos;) se cuentan en una advertencia que los cita, y ese equipamiento queda fuera de los campos de ventanas horarias (sigue contando para todas las horas). Las reglas de días festivos se ignoran.
- Los métodos distintos de 2SFCA (más cercano, cupos acumulados, mejorado, gaussiano, de tres pasos, 2SFCA modificado, gravitacional) y las funciones de decaimiento se describen en la página de métodos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="81"/>
        <source>Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with the people who need care. Typical: the output of CareMap&apos;s care demand (Madrid scale).</source>
        <translation>Capa de unidades de demanda, puntos o polígonos (los polígonos se toman en su centroide), p. ej. manzanas censales o celdas de grilla con las personas que necesitan cuidado. Típico: la salida de Demanda de cuidado de CareMap (escala de Madrid).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="82"/>
        <source>Numeric field of the demand units with the people (or the weighted care demand) who need the service. Typical: children 0-5, or care_demand from CareMap&apos;s care demand.</source>
        <translation>Campo numérico de las unidades de demanda con las personas (o la demanda de cuidado ponderada) que necesitan el servicio. Típico: niñas y niños de 0-5 años, o care_demand de Demanda de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="83"/>
        <source>Layer of care facilities, points or polygons. Typical: the output of CareMap&apos;s supply inventory.</source>
        <translation>Capa de equipamientos de cuidado, puntos o polígonos. Típico: la salida del Inventario de la oferta de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="84"/>
        <source>Numeric field of the care facilities with the places each one offers. Typical: capacity_fde from CareMap&apos;s supply inventory.</source>
        <translation>Campo numérico de los equipamientos de cuidado con los cupos que ofrece cada uno. Típico: capacity_fde del Inventario de la oferta de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="85"/>
        <source>Only facilities that serve this group (or &apos;all&apos;) are counted, read from the facilities&apos; target group field; empty = every facility. Typical: children, or older.</source>
        <translation>Solo se cuentan los equipamientos que atienden a este grupo (o &apos;all&apos;), leído del campo de grupo objetivo de los equipamientos; vacío = todos los equipamientos. Típico: children u older.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="86"/>
        <source>Optional field of the care facilities naming the group each facility serves; used with &apos;Target group&apos;. Typical: target_group from CareMap&apos;s supply inventory.</source>
        <translation>Campo opcional de los equipamientos de cuidado con el grupo al que atiende cada equipamiento; se usa con &apos;Grupo objetivo&apos;. Típico: target_group del Inventario de la oferta de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="87"/>
        <source>How far people go to a facility, in the cost unit, inclusive: facilities farther away are out of reach (0 = no limit, only for a decaying weight). Typical: 10 minutes walking to childcare.</source>
        <translation>Hasta dónde se desplazan las personas para llegar a un equipamiento, en la unidad de costo, inclusive: los equipamientos más lejanos quedan fuera de alcance (0 = sin límite, solo con un peso que decae). Típico: 10 minutos a pie hasta el cuidado infantil.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="88"/>
        <source>The accessibility measure: the two-step floating catchment (2SFCA: places per person within reach, shared among everyone who reaches them), its enhanced, Gaussian, three-step and modified variants, the cost to the nearest facility, the places within reach (cumulative) or the gravity potential. Typical: 2SFCA.</source>
        <translation>La medida de accesibilidad: el área de influencia flotante en dos pasos (2SFCA: cupos por persona al alcance, compartidos entre todas las personas que los alcanzan), sus variantes mejorada, gaussiana, de tres pasos y modificada, el costo hasta el equipamiento más cercano, los cupos al alcance (acumulados) o el potencial gravitacional. Típico: 2SFCA.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="89"/>
        <source>How the weight of a facility falls with travel: step (1 inside the threshold), gaussian, exponential, linear or power. Typical: step for 2SFCA; power or exponential for gravity.</source>
        <translation>Cómo cae el peso de un equipamiento con el viaje: escalón (1 dentro del umbral), gaussiano, exponencial, lineal o potencia. Típico: escalón para 2SFCA; potencia o exponencial para el modelo gravitacional.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="90"/>
        <source>Parameter of the distance decay: sigma for gaussian, beta per cost unit for exponential, the cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = half the threshold). Typical: 0.</source>
        <translation>Parámetro del decaimiento con la distancia: sigma para el gaussiano, beta por unidad de costo para el exponencial, el costo de peso cero para el lineal, beta para la potencia; 0 = el valor por defecto (p. ej. sigma = la mitad del umbral). Típico: 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="91"/>
        <source>For the enhanced 2SFCA, the travel zones as limit:weight items separated by commas, limits in the cost unit; empty = 10/20/30 minutes with weights 1, 0.68, 0.22 (thirds of the threshold in metres). Typical: &apos;10:1,20:0.68,30:0.22&apos;.</source>
        <translation>Para el 2SFCA mejorado, las zonas de viaje como elementos límite:peso separados por comas, con los límites en la unidad de costo; vacío = 10/20/30 minutos con pesos 1, 0.68, 0.22 (tercios del umbral en metros). Típico: &apos;10:1,20:0.68,30:0.22&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="92"/>
        <source>Optional text field of the care facilities with their opening hours in OpenStreetMap&apos;s form, e.g. &apos;Mo-Fr 08:00-17:00&apos; or &apos;Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00&apos;; an empty value = always open; used with &apos;Time windows&apos;. Typical: opening_hours (as OpenStreetMap names it).</source>
        <translation>Campo de texto opcional de los equipamientos de cuidado con sus horarios de apertura en la forma de OpenStreetMap, p. ej. &apos;Mo-Fr 08:00-17:00&apos; o &apos;Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00&apos;; un valor vacío = siempre abierto; se usa con &apos;Ventanas horarias&apos;. Típico: opening_hours (como lo llama OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="93"/>
        <source>Optional times of the week when care is needed, as label=hours items separated by &apos;|&apos;, the hours in the form of opening hours; each label (letters, digits, &apos;_&apos;) names two new fields of the demand layer, access_&lt;label&gt; and covered_&lt;label&gt;. Typical: &apos;morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>Momentos opcionales de la semana en que se necesita cuidado, como elementos etiqueta=horario separados por &apos;|&apos;, con el horario en la forma de los horarios de apertura; cada etiqueta (letras, dígitos, &apos;_&apos;) da nombre a dos campos nuevos de la capa de demanda, access_&lt;label&gt; y covered_&lt;label&gt;. Típico: &apos;morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="94"/>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to the search limit), cost_unit, cost_speed_kmh, n_reachable and covered; with road network costs also snapped_m and off_network; with time windows also access_&lt;label&gt; and covered_&lt;label&gt; per window.</source>
        <translation>Las unidades de demanda con los nuevos campos access, access_norm, cost_nearest (hasta el equipamiento más cercano, dentro del límite de búsqueda), cost_unit, cost_speed_kmh, n_reachable y covered; con costos en la red vial, también snapped_m y off_network; con ventanas horarias, también access_&lt;label&gt; y covered_&lt;label&gt; por ventana.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="95"/>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with road network costs also snapped_m and off_network.</source>
        <translation>Los equipamientos con catch_demand (demanda a su alcance) y ratio (cupos por persona; NULL donde no hay demanda al alcance); con costos en la red vial, también snapped_m y off_network.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="96"/>
        <source>Share (0 to 1) of the demand in covered units (at least one facility within the threshold); None when there is no demand.</source>
        <translation>Proporción (0 a 1) de la demanda en unidades cubiertas (al menos un equipamiento dentro del umbral); None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="97"/>
        <source>Mean of access over the units, weighted by their demand (places per person for the floating-catchment methods); None when there is no demand.</source>
        <translation>Media del acceso de las unidades, ponderada por su demanda (cupos por persona en los métodos de área de influencia flotante); None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="104"/>
        <location filename="../processing/algorithms/siting.py" line="118"/>
        <source>Demand units (points or polygons)</source>
        <translation>Unidades de demanda (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="106"/>
        <source>Demand field (people, weighted care demand)</source>
        <translation>Campo de demanda (personas, demanda de cuidado ponderada)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="108"/>
        <location filename="../processing/algorithms/catchments.py" line="108"/>
        <location filename="../processing/algorithms/report.py" line="111"/>
        <location filename="../processing/report_layout.py" line="402"/>
        <source>Care facilities</source>
        <translation>Equipamientos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="110"/>
        <source>Capacity field (places)</source>
        <translation>Campo de capacidad (cupos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="113"/>
        <source>Target group (e.g. children; empty = every facility)</source>
        <translation>Grupo objetivo (p. ej. children; vacío = todos los equipamientos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="115"/>
        <source>Target group field of the facilities</source>
        <translation>Campo de grupo objetivo de los equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="118"/>
        <source>Opening hours field of the facilities</source>
        <translation>Campo de horarios de apertura de los equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="121"/>
        <source>Time windows &apos;label=hours|label=hours&apos; (empty = none)</source>
        <translation>Ventanas horarias &apos;etiqueta=horario|etiqueta=horario&apos; (vacío = ninguna)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="123"/>
        <source>Catchment threshold (in the cost unit, inclusive; 0 = none)</source>
        <translation>Umbral del área de influencia (en la unidad de costo, inclusivo; 0 = ninguno)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="125"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="126"/>
        <source>Distance decay</source>
        <translation>Decaimiento con la distancia</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="128"/>
        <source>Decay parameter (0 = default)</source>
        <translation>Parámetro de decaimiento (0 = por defecto)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="131"/>
        <source>Enhanced 2SFCA: travel zones &apos;limit:weight,...&apos; (empty = default)</source>
        <translation>2SFCA mejorado: zonas de viaje &apos;límite:peso,...&apos; (vacío = por defecto)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="133"/>
        <source>Accessibility (demand)</source>
        <translation>Accesibilidad (demanda)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="134"/>
        <source>Catchment ratios (facilities)</source>
        <translation>Razones del área de influencia (equipamientos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="135"/>
        <location filename="../processing/algorithms/carepipeline.py" line="207"/>
        <source>Share of demand covered</source>
        <translation>Proporción de la demanda cubierta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="136"/>
        <location filename="../processing/algorithms/carepipeline.py" line="208"/>
        <source>Demand-weighted mean access</source>
        <translation>Acceso medio ponderado por la demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="145"/>
        <source>{0}: {1}. Give the travel zones as &apos;limit:weight,...&apos; (e.g. &apos;10:1,20:0.68,30:0.22&apos;) or a catchment threshold.</source>
        <translation>{0}: {1}. Indique las zonas de viaje como &apos;límite:peso,...&apos; (p. ej. &apos;10:1,20:0.68,30:0.22&apos;) o un umbral del área de influencia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="154"/>
        <location filename="../processing/algorithms/carepipeline.py" line="389"/>
        <source>{0}: {1}. Write each window as label=hours, separated by &apos;|&apos;, e.g. &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>{0}: {1}. Escriba cada ventana como etiqueta=horario, separadas por &apos;|&apos;, p. ej. &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="162"/>
        <source>To measure the time windows, choose the field of layer {0} that holds each facility&apos;s opening hours in {1}{2}.</source>
        <translation>Para medir las ventanas horarias, elija en {1} el campo de la capa {0} que contiene los horarios de apertura de cada equipamiento{2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="165"/>
        <source> (it has no field &apos;{0}&apos;)</source>
        <translation> (no tiene ningún campo &apos;{0}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="176"/>
        <source>%n facilit(y/ies) of layer {0} with opening hours in &apos;{1}&apos; that CareMap does not understand: left out of the time-window fields (still counted at all hours): {2}. Write them like &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, or leave them empty for always open.</source>
        <translation>
            <numerusform>%n equipamiento de la capa {0} con horarios de apertura en &apos;{1}&apos; que CareMap no entiende: queda fuera de los campos de ventanas horarias (sigue contando para todas las horas): {2}. Escríbalos como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, o déjelos vacíos para siempre abierto.</numerusform>
            <numerusform>%n equipamientos de la capa {0} con horarios de apertura en &apos;{1}&apos; que CareMap no entiende: quedan fuera de los campos de ventanas horarias (siguen contando para todas las horas): {2}. Escríbalos como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, o déjelos vacíos para siempre abierto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="182"/>
        <source>%n facilit(y/ies) of layer {0} with public or school holiday rules in &apos;{1}&apos;: those rules are ignored (no holiday calendar is known), the normal week is used.</source>
        <translation>
            <numerusform>%n equipamiento de la capa {0} con reglas de feriados o vacaciones escolares en &apos;{1}&apos;: esas reglas se ignoran (no se conoce ningún calendario de feriados), se usa la semana normal.</numerusform>
            <numerusform>%n equipamientos de la capa {0} con reglas de feriados o vacaciones escolares en &apos;{1}&apos;: esas reglas se ignoran (no se conoce ningún calendario de feriados), se usa la semana normal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="196"/>
        <source>The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works without one): set {1}, e.g. {3:g} minutes, or choose another {2}.</source>
        <translation>El método {0} con decaimiento en escalón necesita un umbral del área de influencia mayor que 0 (solo un peso que decae funciona sin él): defina {1}, p. ej. {3:g} minutos, o elija otro {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="225"/>
        <source>%n unit(s) of layer {0} with a NULL &apos;{1}&apos;: NULL access, left out of the totals.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} con &apos;{1}&apos; NULL: acceso NULL, excluida de los totales.</numerusform>
            <numerusform>%n unidades de la capa {0} con &apos;{1}&apos; NULL: acceso NULL, excluidas de los totales.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="229"/>
        <source>%n facilit(y/ies) of layer {0} with a NULL &apos;{1}&apos;: left out.</source>
        <translation>
            <numerusform>%n equipamiento de la capa {0} con &apos;{1}&apos; NULL: excluido.</numerusform>
            <numerusform>%n equipamientos de la capa {0} con &apos;{1}&apos; NULL: excluidos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="234"/>
        <source>To measure the target group &apos;{0}&apos;, choose the field of layer {1} that holds each facility&apos;s target group in {2}.</source>
        <translation>Para medir el grupo objetivo &apos;{0}&apos;, elija en {2} el campo de la capa {1} que contiene el grupo objetivo de cada equipamiento.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="238"/>
        <source>Target group &apos;{0}&apos;: {1} of {2} facilities serve it.</source>
        <translation>Grupo objetivo &apos;{0}&apos;: {1} de {2} equipamientos lo atienden.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="243"/>
        <source>No facility of layer {0} can be used (capacity NULL or target group &apos;{1}&apos; not served).</source>
        <translation>No se puede usar ningún equipamiento de la capa {0} (capacidad NULL o grupo objetivo &apos;{1}&apos; no atendido).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="252"/>
        <source>No demand: every value of &apos;{0}&apos; in layer {1} is 0 or NULL, so the share covered and the mean access have no meaning (left empty).</source>
        <translation>Sin demanda: todos los valores de &apos;{0}&apos; en la capa {1} son 0 o NULL, por lo que la proporción cubierta y el acceso medio no tienen sentido (se dejan vacíos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="256"/>
        <source>No capacity: every facility of layer {0} has 0 in &apos;{1}&apos;, so no unit is covered and access is 0.</source>
        <translation>Sin capacidad: todos los equipamientos de la capa {0} tienen 0 en &apos;{1}&apos;, por lo que ninguna unidad está cubierta y el acceso es 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="260"/>
        <source>%n facilit(y/ies) of layer {0} with capacity 0: no place offered, nobody covered.</source>
        <translation>
            <numerusform>%n equipamiento de la capa {0} con capacidad 0: no ofrece ningún cupo ni cubre a nadie.</numerusform>
            <numerusform>%n equipamientos de la capa {0} con capacidad 0: no ofrecen ningún cupo ni cubren a nadie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="273"/>
        <location filename="../processing/algorithms/carebatch.py" line="306"/>
        <location filename="../processing/algorithms/careblocks.py" line="273"/>
        <location filename="../processing/algorithms/siting.py" line="288"/>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="165"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="310"/>
        <location filename="../processing/base.py" line="319"/>
        <location filename="../processing/costs_io.py" line="262"/>
        <location filename="../processing/layer_io/ogr_fast.py" line="54"/>
        <location filename="../processing/layer_io/outputs.py" line="360"/>
        <location filename="../processing/layer_io/readers.py" line="83"/>
        <location filename="../processing/layer_io/readers.py" line="342"/>
        <location filename="../processing/layer_io/readers.py" line="360"/>
        <location filename="../processing/network_io.py" line="211"/>
        <location filename="../processing/params.py" line="75"/>
        <location filename="../processing/transit_io.py" line="278"/>
        <source>Canceled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="283"/>
        <source>No demand unit reaches any facility within the threshold.</source>
        <translation>Ninguna unidad de demanda alcanza algún equipamiento dentro del umbral.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="286"/>
        <source>{0}: {1:.1%} of demand ({2:,.0f} of {3:,.0f}) reaches a facility within {4} {5}; demand-weighted mean access {6:.6g} per unit of demand (total capacity {7:,.0f}).</source>
        <translation>{0}: {1:.1%} de la demanda ({2:.0f} de {3:.0f}) alcanza un equipamiento en {4} {5}; acceso medio ponderado por la demanda {6:.6g} por unidad de demanda (capacidad total {7:.0f}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="293"/>
        <source>%n demand unit(s) with no facility within the search limit ({0:g} {1}): cost_nearest is NULL.</source>
        <translation>
            <numerusform>%n unidad de demanda sin ningún equipamiento dentro del límite de búsqueda ({0:g} {1}): cost_nearest es NULL.</numerusform>
            <numerusform>%n unidades de demanda sin ningún equipamiento dentro del límite de búsqueda ({0:g} {1}): cost_nearest es NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="299"/>
        <source>%n facilit(y/ies) with no demand in reach: ratio is NULL.</source>
        <translation>
            <numerusform>%n equipamiento sin demanda a su alcance: ratio es NULL.</numerusform>
            <numerusform>%n equipamientos sin demanda a su alcance: ratio es NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="322"/>
        <source>Window &apos;{0}&apos;: {1:.1%} of demand reaches a facility open then; demand-weighted mean access {2:.6g}.</source>
        <translation>Ventana &apos;{0}&apos;: el {1:.1%} de la demanda alcanza un equipamiento abierto en ese momento; acceso medio ponderado por la demanda {2:.6g}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="47"/>
        <source>Care map by municipality (batch)</source>
        <translation>Mapa de cuidado por municipio (lote)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="49"/>
        <source>batch,municipalities,municipality,communes,many,summary,pipeline,workflow,care map</source>
        <translation>lote,municipios,municipio,comunas,varios,resumen,flujo,flujo de trabajo,mapa de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="51"/>
        <source>How does care access compare across the municipalities of a region? This tool makes the care map in one run for every municipality of a layer, in one call: one care map per municipality, and one summary table that compares them.

Where the municipalities come from: a field of the demand units (e.g. a municipality code), or a layer of municipality boundaries (each unit goes to the boundary polygon its point on surface lies in). Give one of the two. Each municipality&apos;s run gets only its own units and, with &apos;Only facilities in or near each municipality&apos;, only the facilities inside it or within the distance you set beyond its border, since people cross borders for care.

How to read the results:
- the folder: one GeoPackage per municipality (&lt;name&gt;.gpkg, with the layers inventory, units, supply and districts of its care map) and, if asked, its report (&lt;name&gt;.html);
- Summary by municipality: one row each with status (ok or failed) and message, units, facilities, total_demand, n_facilities, share_covered (share of the demand within the threshold), mean_access (places per person), coverage, unmet (demand without a place), deserts and desert_share (people in care deserts), output (its GeoPackage) and the run&apos;s parameters.

Example: three districts of the demo city taken as municipalities (Centro, Los Rosales, San Rafael) give Centro.gpkg, Los Rosales.gpkg and San Rafael.gpkg and a summary of three rows, each equal to the care map of that district run on its own.

Caveats: a municipality that fails is recorded in its row (status failed, with the reason) and the others go on; a warning counts the failures. Units with no municipality are left out (counted). Without facilities beyond the border, units near it look worse served than they are. Running several municipalities at the same time (Advanced) needs QGIS&apos;s command line qgis_process and pays off only for large municipalities. The other settings are those of the care map in one run, applied to every municipality; details in docs/methods.md.</source>
        <translation>¿Cómo se compara el acceso al cuidado entre los municipios de una región? Esta herramienta hace el mapa de cuidado en una sola ejecución para cada municipio de una capa, en una sola llamada: un mapa de cuidado por municipio y una tabla resumen que los compara.

De dónde salen los municipios: de un campo de las unidades de demanda (p. ej. un código de municipio) o de una capa de límites municipales (cada unidad va al polígono de límite en el que se encuentra su punto sobre la superficie). Indique una de las dos opciones. La ejecución de cada municipio recibe solo sus propias unidades y, con &apos;Solo equipamientos dentro de cada municipio o cerca de él&apos;, solo los equipamientos que están dentro de él o a menos de la distancia que usted fije más allá de su límite, ya que las personas cruzan los límites para buscar cuidado.

Cómo leer los resultados:
- la carpeta: un GeoPackage por municipio (&lt;name&gt;.gpkg, con las capas de inventario, unidades, oferta y distritos de su mapa de cuidado) y, si se pide, su informe (&lt;name&gt;.html);
- Resumen por municipio: una fila por municipio con status (ok o failed) y message, units, facilities, total_demand, n_facilities, share_covered (proporción de la demanda dentro del umbral), mean_access (cupos por persona), coverage, unmet (demanda sin cupo), deserts y desert_share (personas en desiertos de cuidado), output (su GeoPackage) y los parámetros de la ejecución.

Ejemplo: tres distritos de la ciudad de demostración tomados como municipios (Centro, Los Rosales, San Rafael) dan Centro.gpkg, Los Rosales.gpkg y San Rafael.gpkg y un resumen de tres filas, cada una igual al mapa de cuidado de ese distrito ejecutado por separado.

Precauciones: un municipio que falla queda registrado en su fila (status failed, con el motivo) y los demás continúan; una advertencia cuenta los fallos. Las unidades sin municipio quedan fuera (se cuentan). Sin los equipamientos situados más allá del límite, las unidades cercanas a él parecen peor atendidas de lo que están. Ejecutar varios municipios a la vez (Avanzado) requiere la línea de comandos de QGIS, qgis_process, y solo compensa con municipios grandes. Los demás ajustes son los del mapa de cuidado en una sola ejecución, aplicados a cada municipio; detalles en docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="79"/>
        <source>If checked, each municipality&apos;s HTML report is written to the output folder as &lt;name&gt;.html. Typical: checked for the final run.</source>
        <translation>Si se marca, el informe HTML de cada municipio se escribe en la carpeta de salida como &lt;name&gt;.html. Típico: marcado en la ejecución final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="80"/>
        <source>Title of each report; the municipality&apos;s name is added after it. Typical: &apos;Childcare&apos;.</source>
        <translation>Título de cada informe; se le agrega a continuación el nombre del municipio. Típico: &apos;Cuidado infantil&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="81"/>
        <source>Field of the demand units naming each unit&apos;s municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or the municipality boundaries, not both. Typical: the municipality code of the census blocks.</source>
        <translation>Campo de las unidades de demanda que indica el municipio de cada unidad; un mapa de cuidado por valor. Las unidades con NULL quedan fuera y se cuentan en una advertencia. Indique este campo o los límites municipales, no ambos. Típico: el código de municipio de las manzanas censales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="82"/>
        <source>Polygon layer of municipality boundaries, when the demand units have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). Facilities are then clipped to the same polygons. Typical: the communes of the region.</source>
        <translation>Capa de polígonos de límites municipales, cuando las unidades de demanda no tienen campo de municipio: cada unidad va al polígono en el que se encuentra su punto sobre la superficie (un punto sobre un límite compartido va al polígono situado al este, o al norte de un límite este-oeste; las unidades fuera de todo polígono quedan fuera y se cuentan). Los equipamientos se recortan entonces a los mismos polígonos. Típico: las comunas de la región.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="83"/>
        <source>Field of the municipality boundaries with the municipality names (polygons with the same name form one municipality). Typical: the commune name.</source>
        <translation>Campo de los límites municipales con los nombres de los municipios (los polígonos con el mismo nombre forman un solo municipio). Típico: el nombre de la comuna.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="84"/>
        <source>If checked, each municipality&apos;s run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need a distance beyond the border) or within the distance beyond its border; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked.</source>
        <translation>Si se marca, la ejecución de cada municipio recibe solo los equipamientos que están dentro de él (su polígono de límite, o los polígonos de sus unidades cuando los municipios provienen de un campo; las unidades de puntos necesitan una distancia más allá del límite) o a menos de la distancia fijada más allá de su límite; sin marcar, cada ejecución recibe todos los equipamientos. Las capas de equipamientos sin geometría nunca se recortan (queda en el registro). Típico: marcado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="85"/>
        <source>Distance in metres beyond a municipality&apos;s border within which facilities still count for it (people cross borders for care). 0 = only facilities inside. About the catchment&apos;s reach (threshold x speed) keeps the border units from looking worse served than they are. Typical: 1000 m walking.</source>
        <translation>Distancia en metros más allá del límite de un municipio dentro de la cual los equipamientos siguen contando para él (las personas cruzan los límites para acceder al cuidado). 0 = solo los equipamientos de adentro. Un valor cercano al alcance del área de influencia (umbral x velocidad) evita que las unidades del borde parezcan peor atendidas de lo que están. Típico: 1000 m a pie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="86"/>
        <source>Internal: one facility layer at a time while clipping (not shown in the dialog). Typical: left empty.</source>
        <translation>Interno: una capa de equipamientos a la vez durante el recorte (no se muestra en el diálogo). Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="87"/>
        <source>How many municipalities run at the same time, each in its own qgis_process (QGIS&apos;s command line, which must be installed; the run is refused otherwise). 1 = one after another in this process. Each process gets its inputs through temporary GeoPackages and pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so more than 1 pays off only when a municipality&apos;s run takes longer than that and the machine has free cores (on the demo city&apos;s small districts it is slower); more than the number of free cores gains nothing. The results are the same. Typical: 1; the number of free cores for a long batch.</source>
        <translation>Cuántos municipios corren a la vez, cada uno en su propio qgis_process (la línea de comandos de QGIS, que debe estar instalada; si no, la corrida se rechaza). 1 = uno tras otro en este proceso. Cada proceso recibe sus entradas mediante GeoPackages temporales y paga el arranque de QGIS, del complemento y de sus núcleos (unos 3 s de CPU), así que más de 1 solo compensa cuando la corrida de un municipio dura más que eso y la máquina tiene núcleos libres (en los distritos pequeños de la ciudad de demostración es más lento); más que el número de núcleos libres no gana nada. Los resultados son los mismos. Típico: 1; el número de núcleos libres para un lote largo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="88"/>
        <source>Folder for one GeoPackage per municipality (&lt;name&gt;.gpkg, tables inventory, units, supply, districts; an existing file of that name is replaced) and the reports.</source>
        <translation>Carpeta para un GeoPackage por municipio (&lt;nombre&gt;.gpkg, tablas inventory, units, supply, districts; un archivo existente con ese nombre se reemplaza) y los informes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="89"/>
        <source>One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure the care map in one run returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run&apos;s parameters as JSON).</source>
        <translation>Una fila por municipio: municipality, status (ok o failed), message (por qué falló), units, facilities (entidades entregadas a su ejecución), todas las cifras que devuelve el mapa de cuidado en una sola ejecución, en minúsculas (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL cuando no tiene sentido o la ejecución falló), output (su GeoPackage) y parameters (los parámetros de la ejecución en JSON).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="90"/>
        <source>Number of municipalities run.</source>
        <translation>Número de municipios ejecutados.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="91"/>
        <source>Number of municipalities whose run failed (see the summary&apos;s status and message).</source>
        <translation>Número de municipios cuya ejecución falló (vea el estado y el mensaje en el resumen).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="103"/>
        <location filename="../processing/algorithms/carepipeline.py" line="124"/>
        <source>Care facility layers</source>
        <translation>Capas de equipamientos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="106"/>
        <source>Municipalities run at the same time (separate processes)</source>
        <translation>Municipios que corren a la vez (procesos separados)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="111"/>
        <source>Folder for each municipality&apos;s care map</source>
        <translation>Carpeta para el mapa de cuidado de cada municipio</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="113"/>
        <source>Summary by municipality</source>
        <translation>Resumen por municipio</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="114"/>
        <source>Municipalities run</source>
        <translation>Municipios ejecutados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="115"/>
        <source>Municipalities failed</source>
        <translation>Municipios con fallos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="119"/>
        <source>Municipality field of the units</source>
        <translation>Campo de municipio de las unidades</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="122"/>
        <source>Municipality boundaries (polygons)</source>
        <translation>Límites municipales (polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="124"/>
        <source>Municipality name field of the boundaries</source>
        <translation>Campo de nombre de municipio de los límites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="127"/>
        <source>Only facilities in or near each municipality</source>
        <translation>Solo equipamientos dentro de cada municipio o cerca de él</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="128"/>
        <source>Facilities up to this distance beyond the border (m)</source>
        <translation>Equipamientos hasta esta distancia más allá del límite (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="137"/>
        <source>Choose where the municipalities come from: either the municipality field of the units in {0}, or the municipality boundaries in {1} (not both).</source>
        <translation>Elija de dónde provienen los municipios: o bien el campo de municipio de las unidades en {0}, o bien los límites municipales en {1} (no ambos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="144"/>
        <source>{0} is {1}, which runs municipalities in separate qgis_process calls, but QGIS&apos;s command line qgis_process was not found (on the PATH or next to QGIS). Set {0} to 1 to run them one after another, or install qgis_process.</source>
        <translation>{0} es {1}, lo que ejecuta los municipios en llamadas separadas a qgis_process, pero no se encontró qgis_process, la línea de comandos de QGIS (ni en el PATH ni junto a QGIS). Ponga {0} en 1 para ejecutarlos uno tras otro, o instale qgis_process.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="158"/>
        <source>%n unit(s) of layer {0} without a municipality ({1}): they are in no municipality&apos;s care map.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} sin municipio ({1}): no está en el mapa de cuidado de ningún municipio.</numerusform>
            <numerusform>%n unidades de la capa {0} sin municipio ({1}): no están en el mapa de cuidado de ningún municipio.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="160"/>
        <source>NULL in &apos;{0}&apos;</source>
        <translation>NULL en &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="160"/>
        <source>outside every boundary polygon</source>
        <translation>fuera de todos los polígonos de límites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="163"/>
        <source>No unit of layer {0} has a municipality: fill {1}, or give boundaries that cover the units.</source>
        <translation>Ninguna unidad de la capa {0} tiene municipio: complete {1} o indique límites que cubran las unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="177"/>
        <source>{0} municipalities, up to {1} at the same time in separate processes ({2}).</source>
        <translation>{0} municipios, hasta {1} a la vez en procesos separados ({2}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="192"/>
        <source>{0} of {1} municipalities failed: {2}. Their rows in the summary say why.</source>
        <translation>Fallaron {0} de {1} municipios: {2}. Sus filas en el resumen indican el motivo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="217"/>
        <source>Layer {0} has points, which have no area to clip the facilities to: give a distance in {1}, municipality boundaries in {2}, or uncheck {3}.</source>
        <translation>La capa {0} tiene puntos, que no tienen área a la cual recortar los equipamientos: indique una distancia en {1}, límites municipales en {2}, o desmarque {3}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="241"/>
        <source>Layer {0} has no points: every municipality gets all of its facilities (not clipped).</source>
        <translation>La capa {0} no tiene puntos: cada municipio recibe todos sus equipamientos (sin recortar).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="254"/>
        <source>Layer {0}: {1} of {2} facilities lie in a municipality or within {3:g} m of one.</source>
        <translation>Capa {0}: {1} de {2} equipamientos se encuentran en un municipio o a menos de {3:g} m de uno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="266"/>
        <source>Municipality {0}:</source>
        <translation>Municipio {0}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="267"/>
        <source>%n unit(s),</source>
        <translation>
            <numerusform>%n unidad,</numerusform>
            <numerusform>%n unidades,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="268"/>
        <source>%n facilit(y/ies).</source>
        <translation>
            <numerusform>%n equipamiento.</numerusform>
            <numerusform>%n equipamientos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="308"/>
        <location filename="../processing/algorithms/carebatch.py" line="311"/>
        <location filename="../processing/batch_processes.py" line="215"/>
        <location filename="../processing/batch_processes.py" line="258"/>
        <source>Municipality {0} failed: {1}</source>
        <translation>El municipio {0} falló: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="49"/>
        <location filename="../processing/report_blocks.py" line="189"/>
        <location filename="../ui/dock.py" line="181"/>
        <location filename="../ui/figures.py" line="157"/>
        <source>Care blocks</source>
        <translation>Manzanas del cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="51"/>
        <source>care blocks,manzanas del cuidado,Bogota,caregivers,dependants,simultaneity,district care system,MCLP,maximal covering,siting,planning</source>
        <translation>manzanas del cuidado,care blocks,Bogotá,personas cuidadoras,personas dependientes,simultaneidad,sistema distrital de cuidado,MCLP,cobertura máxima,localización,planificación</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="54"/>
        <source>Where should the next care blocks go, so that a caregiver and the person she cares for find services in the same place within a short walk? A care block (as Bogota&apos;s Manzanas del Cuidado) is an anchor building the city already has (a school, library, community centre or market) with the buildings around it: care for children, older people and people with disabilities, and at the same time services for their caregivers (respite, training, laundries, psychosocial and legal support). Among the candidate anchors, it chooses the given number of new blocks that reach the most dependants and caregivers together, weighted by priority, keeping the blocks already open.

How to read the results:
- Block anchors: each chosen anchor&apos;s own fields, then block (the block&apos;s number: new blocks first, in order of choice, then the blocks already open), existing (1 = already open), rank, gain (priority-weighted people it newly reaches), units, dependants and caregivers (the people whose block it is), alternates (buildings of the block) and hours_freed_week.
- Alternate buildings: each building within the walking radius of an anchor (straight line), with its block and distance_m (metres to its anchor); a building near two anchors goes to the nearer.
- Block areas: the area the anchor and its alternates span (their outline; a single building or a row of buildings is widened by 25 m).
- Areas of influence: where an anchor is within the walking radius: a circle, or the streets reached when travel is measured on the road network.
- Units with their block: block (NULL when no block reaches the unit), block_before (the block already open), covered_before and covered_after (1 = a block within reach), covered_dependants and covered_caregivers (the unit&apos;s people a block reaches), weight (priority x (dependants + caregivers)) and hours_freed_week.

Example: blocks u0, u1, u2 on a street at 0, 150 and 300 m with 10, 0 and 8 dependants and 5, 20 and 8 caregivers, candidate anchors at 50, 250 and 300 m, a radius of 100 m: one block goes to the anchor at 250 m, which reaches u1 and u2 (20 + 16 = 36 people, more than the 35 of the anchor at 50 m): 8 of the 18 dependants (44%) and 28 of the 33 caregivers (85%) are covered. In the demo city, with children 0-5, people aged 80 or more and people with disabilities as dependants, women aged 15-64 as caregivers and the 134 community care points as candidate anchors, five blocks within 800 m reach 29,607 dependants (14.4%) and 59,960 caregivers (13.6%) with the exact solver; the fast one reaches 99% of that.

Good to know:
- A unit counts when one block reaches it: its dependants and its caregivers are then within the reach of the same block. Each unit counts with priority x (dependants + caregivers); without a priority field every unit weighs 1.
- The fast solver (greedy) gets at least 63% of the best possible, usually over 97%; the exact solver finds the best plan within its time limit. A block that would add nothing is never placed.
- The hours freed follow the unpaid care work method: each new block&apos;s places x hours open a week x the substitution rate, shared among the units within its reach by their dependants.
- Units near the edge of the study area may have anchors just outside it that are not counted.</source>
        <translation>¿Dónde deberían ir las próximas manzanas del cuidado, para que una persona cuidadora y la persona a la que cuida encuentren servicios en el mismo lugar, a poca distancia a pie? Una manzana del cuidado (como las Manzanas del Cuidado de Bogotá) es un edificio ancla que la ciudad ya tiene (un colegio, una biblioteca, un centro comunitario o un mercado) con los edificios de su entorno: cuidado para niñas y niños, personas mayores y personas con discapacidad y, al mismo tiempo, servicios para sus personas cuidadoras (respiro, formación, lavanderías, apoyo psicosocial y jurídico). Entre las anclas candidatas, elige el número indicado de nuevas manzanas que alcanzan a la vez a más personas dependientes y personas cuidadoras, ponderadas por prioridad, manteniendo las manzanas ya abiertas.

Cómo leer los resultados:
- Anclas de las manzanas del cuidado: los propios campos de cada ancla elegida, luego block (el número de la manzana: primero las nuevas, en el orden en que se eligieron, luego las ya abiertas), existing (1 = ya abierta), rank, gain (personas ponderadas por prioridad que alcanza por primera vez), units, dependants y caregivers (las unidades y las personas que corresponden a esa manzana), alternates (edificios de la manzana) y hours_freed_week.
- Edificios alternos: cada edificio dentro del radio de caminata de un ancla (en línea recta), con su block y distance_m (metros hasta su ancla); un edificio cercano a dos anclas va a la más cercana.
- Áreas de las manzanas del cuidado: el área que abarcan el ancla y sus edificios alternos (su contorno; un solo edificio o una fila de edificios se ensancha 25 m).
- Áreas de influencia: donde un ancla está dentro del radio de caminata: un círculo, o las calles alcanzadas cuando el viaje se mide por la red vial.
- Unidades con su manzana del cuidado: block (NULL cuando ninguna manzana alcanza la unidad), block_before (la manzana ya abierta), covered_before y covered_after (1 = una manzana al alcance), covered_dependants y covered_caregivers (las personas de la unidad que alcanza una manzana), weight (prioridad x (personas dependientes + personas cuidadoras)) y hours_freed_week.

Ejemplo: las manzanas censales u0, u1 y u2 sobre una calle, a 0, 150 y 300 m, con 10, 0 y 8 personas dependientes y 5, 20 y 8 personas cuidadoras, anclas candidatas a 50, 250 y 300 m y un radio de 100 m: una manzana del cuidado va al ancla situada a 250 m, que alcanza u1 y u2 (20 + 16 = 36 personas, más que las 35 del ancla situada a 50 m): quedan cubiertas 8 de las 18 personas dependientes (44 %) y 28 de las 33 personas cuidadoras (85 %). En la ciudad de demostración, con las niñas y niños de 0-5 años, las personas de 80 años o más y las personas con discapacidad como personas dependientes, las mujeres de 15-64 años como personas cuidadoras y los 134 puntos de cuidado comunitario como anclas candidatas, cinco manzanas del cuidado con un radio de 800 m alcanzan a 29.607 personas dependientes (14,4 %) y 59.960 personas cuidadoras (13,6 %) con el método exacto; el rápido alcanza el 99 % de eso.

Conviene saber:
- Una unidad cuenta cuando una manzana la alcanza: sus personas dependientes y sus personas cuidadoras quedan entonces al alcance de la misma manzana. Cada unidad cuenta con prioridad x (personas dependientes + personas cuidadoras); sin campo de prioridad, cada unidad pesa 1.
- El método rápido (voraz) obtiene al menos el 63 % del mejor resultado posible, normalmente más del 97 %; el método exacto encuentra el mejor plan dentro de su límite de tiempo. Nunca se ubica una manzana que no aportaría nada.
- Las horas liberadas siguen el método del trabajo de cuidado no remunerado: los cupos de cada nueva manzana x las horas que abre por semana x la tasa de sustitución, repartidos entre las unidades a su alcance según sus personas dependientes.
- Las unidades cercanas al borde del área de estudio pueden tener anclas justo fuera de ella, que no se cuentan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="96"/>
        <source>Layer of units (points or polygons, taken at a point inside) with the people who need care and their caregivers. Typical: census blocks.</source>
        <translation>Capa de unidades (puntos o polígonos, tomados en un punto interior) con las personas que necesitan cuidado y sus personas cuidadoras. Típico: manzanas censales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="97"/>
        <source>Numeric field with the people who need care in each unit (children, older people, people with disabilities); NULL counts as 0, with a warning. Typical: care_demand from CareMap&apos;s care demand.</source>
        <translation>Campo numérico con las personas que necesitan cuidado en cada unidad (niñas y niños, personas mayores, personas con discapacidad); NULL cuenta como 0, con una advertencia. Típico: care_demand de la demanda de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="98"/>
        <source>Numeric field with the caregivers of each unit: people (e.g. women aged 15 or more who only do unpaid care work, or single mothers heading a household), or the hours of unpaid care a week from the time-use table (women_week or unpaid_week, which Unpaid care work writes onto the same units); NULL counts as 0, with a warning. Typical: women_15_64 (women of working age, as in CareMap&apos;s care demand).</source>
        <translation>Campo numérico con las personas cuidadoras de cada unidad: personas (p. ej. las mujeres de 15 años o más que solo realizan trabajo de cuidado no remunerado, o las madres solas jefas de hogar), o las horas semanales de cuidado no remunerado de la encuesta de uso del tiempo (women_week o unpaid_week, que Trabajo de cuidado no remunerado escribe en las mismas unidades); NULL cuenta como 0, con una advertencia. Típico: women_15_64 (mujeres en edad de trabajar, como en la demanda de cuidado de CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="99"/>
        <source>Optional numeric field weighting each unit (0 or more); empty = every unit weighs 1; NULL = 0, with a warning. Typical: priority from CareMap&apos;s care priority index (min-max or rank normalisation).</source>
        <translation>Campo numérico opcional que pondera cada unidad (0 o más); vacío = cada unidad pesa 1; NULL = 0, con una advertencia. Típico: priority del índice de prioridad de cuidado de CareMap (normalización mín-máx o por rango).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="100"/>
        <source>Point layer of the buildings that could anchor a block: public buildings the city already owns. Typical: schools, libraries, community centres and markets.</source>
        <translation>Capa de puntos de los edificios que podrían ser el ancla de una manzana del cuidado: edificios públicos que la ciudad ya tiene. Típico: colegios, bibliotecas, centros comunitarios y mercados.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="101"/>
        <source>Optional point layer of other buildings that can host a block&apos;s services; empty = the candidate anchors not chosen. Typical: care facilities, sports halls, health posts.</source>
        <translation>Capa de puntos opcional de otros edificios que pueden albergar los servicios de una manzana; vacío = las anclas candidatas no elegidas. Típico: equipamientos de cuidado, polideportivos, puestos de salud.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="102"/>
        <source>Optional point layer of the anchors of blocks already open: they stay open and already cover the units around them. Typical: empty for a first plan.</source>
        <translation>Capa de puntos opcional de las anclas de las manzanas ya abiertas: siguen abiertas y ya cubren las unidades de su entorno. Típico: vacía para un primer plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="103"/>
        <source>How many new blocks to choose. Typical: 5, the number the budget allows.</source>
        <translation>Cuántas nuevas manzanas del cuidado elegir. Típico: 5, el número que permite el presupuesto.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="104"/>
        <source>Walking distance in metres, inclusive, within which an anchor reaches a unit and an alternate building belongs to the block. Typical: 800 m (15 to 20 minutes on foot, Bogota&apos;s rule).</source>
        <translation>Distancia a pie en metros, inclusive, dentro de la cual un ancla alcanza una unidad y un edificio alterno pertenece a la manzana. Típico: 800 m (15 a 20 minutos a pie, la regla de Bogotá).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="105"/>
        <location filename="../processing/algorithms/siting.py" line="89"/>
        <source>greedy = fast, close to the best; exact = the best plan (an integer program solved with HiGHS), stopped after the time limit with its gap reported. Typical: greedy to explore, exact for the final plan.</source>
        <translation>greedy = rápido, cerca del mejor; exact = el mejor plan (un programa entero resuelto con HiGHS), detenido al llegar al límite de tiempo e informando su brecha. Típico: greedy para explorar, exact para el plan final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="106"/>
        <source>How the walk is measured: along the straight line (times the detour factor) or along the road network (shortest paths on &apos;Road network (lines)&apos;). Costs from a table are not used here. Typical: the road network when you have one.</source>
        <translation>Cómo se mide la caminata: en línea recta (por el factor de desvío) o por la red vial (caminos más cortos en &apos;Red vial (líneas)&apos;). Aquí no se usan costos de una tabla. Típico: la red vial cuando se dispone de una.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="107"/>
        <source>Unit the walk is measured in on the road network: meters, or minutes at the travel speed (the walking radius is turned into minutes). Typical: meters.</source>
        <translation>Unidad en que se mide la caminata por la red vial: metros, o minutos a la velocidad de viaje (el radio de caminata se convierte en minutos). Típico: metros.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="108"/>
        <location filename="../processing/algorithms/siting.py" line="91"/>
        <source>Largest time in seconds the exact solver may run. Typical: 60 s.</source>
        <translation>Tiempo máximo en segundos que puede correr el solucionador exacto. Típico: 60 s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="109"/>
        <source>Care places of each new block, for the hours freed. Typical: 50 places.</source>
        <translation>Cupos de cada nueva manzana, para las horas liberadas. Típico: 50 cupos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="110"/>
        <source>Hours a week each new block is open, for the hours freed. Typical: 40 hours (8 hours, 5 days).</source>
        <translation>Horas por semana que abre cada nueva manzana, para las horas liberadas. Típico: 40 horas (8 horas, 5 días).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="111"/>
        <source>Hours of household care replaced by one place open for one hour (0-1), for the hours freed. Typical: 0.5.</source>
        <translation>Horas de cuidado en el hogar reemplazadas por un cupo abierto durante una hora (0-1), para las horas liberadas. Típico: 0.5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="112"/>
        <source>The anchors of the blocks (new and already open): each new anchor&apos;s own fields, then block, existing, rank, gain, units, dependants, caregivers, alternates and hours_freed_week.</source>
        <translation>Las anclas de las manzanas (nuevas y ya abiertas): los propios campos de cada nueva ancla, luego block, existing, rank, gain, units, dependants, caregivers, alternates y hours_freed_week.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="113"/>
        <source>The buildings within the walking radius of an anchor, with their own fields, block and distance_m.</source>
        <translation>Los edificios dentro del radio de caminata de un ancla, con sus propios campos, block y distance_m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="114"/>
        <source>One polygon per block: the outline of its anchor and alternates, with block, existing and buildings.</source>
        <translation>Un polígono por manzana: el contorno de su ancla y sus edificios alternos, con block, existing y buildings.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="115"/>
        <source>One polygon per block: its area of influence (where the anchor is within the walking radius), with block, existing, dependants and caregivers.</source>
        <translation>Un polígono por manzana: su área de influencia (donde el ancla está dentro del radio de caminata), con block, existing, dependants y caregivers.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="116"/>
        <source>The units with block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight and hours_freed_week.</source>
        <translation>Las unidades con block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight y hours_freed_week.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="117"/>
        <source>Dependants within the walking radius of a block already open.</source>
        <translation>Personas dependientes dentro del radio de caminata de una manzana ya abierta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="118"/>
        <source>Dependants within the walking radius of a block, new or already open.</source>
        <translation>Personas dependientes dentro del radio de caminata de una manzana, nueva o ya abierta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="119"/>
        <source>Caregivers within the walking radius of a block already open.</source>
        <translation>Personas cuidadoras dentro del radio de caminata de una manzana ya abierta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="120"/>
        <source>Caregivers within the walking radius of a block, new or already open.</source>
        <translation>Personas cuidadoras dentro del radio de caminata de una manzana, nueva o ya abierta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="121"/>
        <source>Share (0 to 1) of all dependants covered with the new blocks; None when there are none.</source>
        <translation>Proporción (0 a 1) de todas las personas dependientes cubiertas con las nuevas manzanas; None cuando no hay ninguna.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="122"/>
        <source>Share (0 to 1) of all caregivers covered with the new blocks; None when there are none.</source>
        <translation>Proporción (0 a 1) de todas las personas cuidadoras cubiertas con las nuevas manzanas; None cuando no hay ninguna.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="123"/>
        <source>Hours of unpaid care a week the new blocks could take over from households (places x hours open x substitution, for blocks that reach dependants).</source>
        <translation>Horas semanales de cuidado no remunerado de las que las nuevas manzanas podrían hacerse cargo en lugar de los hogares (cupos x horas de apertura x sustitución, para las manzanas que alcanzan a personas dependientes).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="124"/>
        <source>Priority-weighted dependants and caregivers covered with the new blocks (what the solver maximised).</source>
        <translation>Personas dependientes y personas cuidadoras cubiertas con las nuevas manzanas, ponderadas por prioridad (lo que maximizó el solver).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="125"/>
        <source>Relative gap between the exact solver&apos;s plan and its bound (0 = proven best); None for the fast solver or when not known.</source>
        <translation>Brecha relativa entre el plan del solver exacto y su cota (0 = el mejor demostrado); None con el solver rápido o cuando no se conoce.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="126"/>
        <source>Number of new blocks placed (fewer than asked when more would add nothing).</source>
        <translation>Número de nuevas manzanas ubicadas (menos que las pedidas cuando más manzanas no aportarían nada).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="127"/>
        <location filename="../processing/algorithms/siting.py" line="109"/>
        <source>The solver&apos;s status: greedy, optimal, time_limit (the exact solver stopped at its time limit; see the gap) or time_limit_heuristic.</source>
        <translation>El estado del método de resolución: greedy, optimal, time_limit (el método exacto se detuvo en su límite de tiempo; vea la brecha) o time_limit_heuristic.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="130"/>
        <source>Dependants covered before</source>
        <translation>Personas dependientes cubiertas antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="131"/>
        <source>Dependants covered after</source>
        <translation>Personas dependientes cubiertas después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="132"/>
        <source>Caregivers covered before</source>
        <translation>Personas cuidadoras cubiertas antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="133"/>
        <source>Caregivers covered after</source>
        <translation>Personas cuidadoras cubiertas después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="134"/>
        <source>Share of dependants covered after</source>
        <translation>Proporción de personas dependientes cubiertas después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="135"/>
        <source>Share of caregivers covered after</source>
        <translation>Proporción de personas cuidadoras cubiertas después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="136"/>
        <source>Unpaid care hours freed a week</source>
        <translation>Horas de cuidado no remunerado liberadas por semana</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="137"/>
        <location filename="../processing/algorithms/siting.py" line="167"/>
        <source>Objective value</source>
        <translation>Valor del objetivo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="137"/>
        <location filename="../processing/algorithms/siting.py" line="167"/>
        <source>MIP gap</source>
        <translation>Brecha MIP</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="138"/>
        <source>New blocks placed</source>
        <translation>Nuevas manzanas ubicadas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="145"/>
        <source>Units (points or polygons)</source>
        <translation>Unidades (puntos o polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="147"/>
        <source>People who need care (field)</source>
        <translation>Personas que necesitan cuidado (campo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="150"/>
        <source>Caregivers (field)</source>
        <translation>Personas cuidadoras (campo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="153"/>
        <source>Priority weight (field; empty = 1 per unit)</source>
        <translation>Peso de prioridad (campo; vacío = 1 por unidad)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="156"/>
        <source>Candidate anchor buildings</source>
        <translation>Edificios ancla candidatos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="158"/>
        <source>Other buildings for the blocks (empty = the candidates not chosen)</source>
        <translation>Otros edificios para las manzanas (vacío = los candidatos no elegidos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="161"/>
        <source>Anchors of blocks already open</source>
        <translation>Anclas de las manzanas ya abiertas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="163"/>
        <source>Number of new blocks</source>
        <translation>Número de nuevas manzanas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="165"/>
        <source>Walking radius (m)</source>
        <translation>Radio de caminata (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="166"/>
        <location filename="../processing/algorithms/siting.py" line="135"/>
        <source>Solver</source>
        <translation>Método de resolución</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="168"/>
        <location filename="../processing/algorithms/siting.py" line="139"/>
        <source>Time limit of the exact solver (seconds)</source>
        <translation>Límite de tiempo del método exacto (segundos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="170"/>
        <source>Places of each new block (hours freed)</source>
        <translation>Cupos de cada nueva manzana (horas liberadas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="172"/>
        <source>Hours open a week (hours freed)</source>
        <translation>Horas de apertura por semana (horas liberadas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="175"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="140"/>
        <source>Substitution rate (household care hours replaced per place-hour)</source>
        <translation>Tasa de sustitución (horas de cuidado del hogar reemplazadas por hora-cupo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="178"/>
        <location filename="../processing/report_blocks.py" line="142"/>
        <location filename="../processing/report_blocks.py" line="152"/>
        <source>Block anchors</source>
        <translation>Anclas de las manzanas del cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="179"/>
        <location filename="../processing/report_blocks.py" line="170"/>
        <source>Alternate buildings</source>
        <translation>Edificios alternos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="180"/>
        <source>Block areas</source>
        <translation>Áreas de las manzanas del cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="181"/>
        <source>Areas of influence</source>
        <translation>Áreas de influencia</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="182"/>
        <source>Units with their block</source>
        <translation>Unidades con su manzana del cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="186"/>
        <location filename="../processing/algorithms/siting.py" line="170"/>
        <source>Solver status</source>
        <translation>Estado del solver</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="195"/>
        <source>Field &apos;{0}&apos; of layer {1} is NULL in %n unit(s): they count with 0 there.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} es NULL en %n unidad: allí cuenta con 0.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} es NULL en %n unidades: allí cuentan con 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="209"/>
        <source>{0} is {1:g}: no unit could ever be reached. Set it above 0, e.g. {2:g} m.</source>
        <translation>{0} es {1:g}: nunca se podría alcanzar ninguna unidad. Fíjelo por encima de 0, p. ej. {2:g} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="213"/>
        <source>Care blocks measure the walk along straight lines or the road network: choose one of them in {0}.</source>
        <translation>Las manzanas del cuidado miden la caminata en línea recta o por la red vial: elija una de las dos en {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="230"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n negative priority value(s): weights must be 0 or more. Use a priority index normalised by min-max or by rank, or another field.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valor de prioridad negativo: los pesos deben ser 0 o más. Use un índice de prioridad normalizado por mín-máx o por rango, u otro campo.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valores de prioridad negativos: los pesos deben ser 0 o más. Use un índice de prioridad normalizado por mín-máx o por rango, u otro campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="236"/>
        <source>Field &apos;{0}&apos; of layer {1} is NULL in %n unit(s): they weigh 0 in the choice of blocks.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} es NULL en %n unidad: pesa 0 en la elección de las manzanas.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} es NULL en %n unidades: pesan 0 en la elección de las manzanas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="240"/>
        <source>No people: fields &apos;{0}&apos; and &apos;{1}&apos; of layer {2} are 0 in every unit, so no block can reach anyone; the shares are NULL.</source>
        <translation>Sin personas: los campos &apos;{0}&apos; y &apos;{1}&apos; de la capa {2} son 0 en todas las unidades, por lo que ninguna manzana puede alcanzar a nadie; las proporciones son NULL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="248"/>
        <source>%n new block(s) asked for ({0}),</source>
        <translation>
            <numerusform>Se pidió %n nueva manzana ({0}),</numerusform>
            <numerusform>Se pidieron %n nuevas manzanas ({0}),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="249"/>
        <source>but layer {0} has only %n candidate anchor(s): ask for fewer blocks or give more candidates.</source>
        <translation>
            <numerusform>pero la capa {0} solo tiene %n ancla candidata: pida menos manzanas o indique más candidatas.</numerusform>
            <numerusform>pero la capa {0} solo tiene %n anclas candidatas: pida menos manzanas o indique más candidatas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="275"/>
        <source>Care blocks: {0}</source>
        <translation>Manzanas del cuidado: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="327"/>
        <source>block anchors</source>
        <translation>anclas de las manzanas</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="427"/>
        <source>Fewer blocks suffice: %n new block(s) placed</source>
        <translation>
            <numerusform>Bastan menos manzanas: se ubicó %n nueva manzana</numerusform>
            <numerusform>Bastan menos manzanas: se ubicaron %n nuevas manzanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="428"/>
        <source>instead of the %n asked, because any further block would reach no one not reached yet.</source>
        <translation>
            <numerusform>en lugar de la %n pedida, porque cualquier otra manzana no alcanzaría a nadie que no esté ya alcanzado.</numerusform>
            <numerusform>en lugar de las %n pedidas, porque cualquier otra manzana no alcanzaría a nadie que no esté ya alcanzado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="431"/>
        <source>The exact solver stopped at its time limit ({0}) without beating the heuristic: the heuristic plan is returned. Raise the time limit for a better plan.</source>
        <translation>El solver exacto se detuvo en su tiempo límite ({0}) sin superar a la heurística: se devuelve el plan heurístico. Aumente el tiempo límite para obtener un mejor plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="434"/>
        <source>none</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="437"/>
        <source>Within {0:g} m of a block: dependants {1:,.0f} before, {2:,.0f} after ({3} -&gt; {4}); caregivers {5:,.0f} before, {6:,.0f} after ({7} -&gt; {8}).</source>
        <translation>A {0:g} m o menos de una manzana: personas dependientes {1:.0f} antes, {2:.0f} después ({3} -&gt; {4}); personas cuidadoras {5:.0f} antes, {6:.0f} después ({7} -&gt; {8}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="441"/>
        <source>Solver status: {0}; objective {1:,.2f}.</source>
        <translation>Estado del solver: {0}; objetivo {1:.2f}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="29"/>
        <location filename="../processing/algorithms/caredemand.py" line="105"/>
        <source>Care demand</source>
        <translation>Demanda de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="31"/>
        <source>care,demand,age,children,older,dependency,madrid scale,care units,caregivers</source>
        <translation>cuidado,demanda,edad,niñas y niños,personas mayores,dependencia,escala de Madrid,unidades de cuidado,cuidadoras</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="33"/>
        <source>How much care do the people of each block need, and who is there to give it? From the number of people per age band of each unit (census block, tract, grid cell), this tool computes the care demand, the dependants and the potential caregivers.

How to read the results (the units, with their own fields and these):
- care_demand: people weighted by how much care their age needs (care units). With equal weights it is simply the number of people in the chosen bands (e.g. children 0-5); with Durán&apos;s Madrid scale a child 0-4 counts 2, an adult 18-64 counts 1 and a person 85+ counts 2.
- pop_bands: the people in the chosen age bands.
- dep_children (under 15), dep_older (65 and over), dependents and their shares share_children, share_older (0-1).
- caregivers: the potential caregivers (the caregivers field, e.g. women 15-64, or else the people aged 15-64 of the bands); care_intensity = dependants per caregiver (NULL where there is no caregiver).
- For polygons: pop_density and demand_density, per km2.
- The care-block criteria of Bogota (read by the Bogota preset of the care priority index): share_under5 and share_80plus (children under 5 and people aged 80 or more, shares 0-1 of the people in the bands) and dependency_ratio (people under 15 and aged 65 or more per person aged 15-64); with &apos;Women who only do unpaid domestic work&apos;, share_women_unpaid (that field over the potential caregivers: give the women aged 15 or more there for the census definition); with &apos;Single-parent households headed by a woman&apos; and &apos;Households&apos;, fhh_share (0-1).

Example: in the demo city, all seven age bands with the Madrid scale give about 1.53 million care units for 1.27 million people (1.20 per person), and the median block has 0.94 dependants per woman aged 15-64; the bands 0-2 and 3-5 with equal weights give 102,803 children, the care demand of childcare. By hand, a block with 30 children aged 0-2, 30 aged 3-5, 40 aged 6-14, 200 people aged 15-64, 50 aged 65-79 and 20 aged 80 or more (370 people): share_under5 = (30 + 20) / 370 = 0.135 (two of the three years of the band 3-5 are under 5), share_80plus = 20 / 370 = 0.054, dependency_ratio = 170 / 200 = 0.85.

Caveats: a unit with no value (NULL) in one of its age bands gets no care demand (counted in the log): fill it in, or it counts as no demand at all. Bands that do not match the scale&apos;s ages get the mean weight of the years they span, and an open band such as 80+ is taken to span the years set under &apos;Years spanned by an open band such as 80+&apos; (80-89 by default). The weights and formulas are in docs/methods.md.</source>
        <translation>¿Cuánto cuidado necesitan las personas de cada manzana y quién está ahí para darlo? A partir del número de personas por grupo de edad de cada unidad (manzana censal, sector, celda de grilla), esta herramienta calcula la demanda de cuidado, las personas dependientes y las personas cuidadoras potenciales.

Cómo leer los resultados (las unidades, con sus propios campos y estos):
- care_demand: personas ponderadas según cuánto cuidado necesita su edad (unidades de cuidado). Con pesos iguales es simplemente el número de personas de los grupos elegidos (p. ej. niñas y niños de 0-5 años); con la escala de Madrid de Durán, una niña o niño de 0-4 años cuenta 2, un adulto de 18-64 cuenta 1 y una persona de 85 o más cuenta 2.
- pop_bands: las personas de los grupos de edad elegidos.
- dep_children (menores de 15), dep_older (65 y más), dependents y sus proporciones share_children, share_older (0-1).
- caregivers: las personas cuidadoras potenciales (el campo de cuidadoras, p. ej. mujeres de 15-64 años, o si no las personas de 15-64 años de los grupos); care_intensity = personas dependientes por persona cuidadora (NULL donde no hay ninguna persona cuidadora).
- Para polígonos: pop_density y demand_density, por km2.
- Los criterios de las manzanas del cuidado de Bogotá (que lee el conjunto predefinido de Bogotá del índice de prioridad de cuidado): share_under5 y share_80plus (niñas y niños menores de 5 años y personas de 80 años o más, proporciones 0-1 de las personas de los grupos) y dependency_ratio (personas menores de 15 años y de 65 o más por cada persona de 15-64 años); con &apos;Mujeres que solo realizan trabajo doméstico no remunerado&apos;, share_women_unpaid (ese campo sobre las personas cuidadoras potenciales: para la definición censal, indique allí las mujeres de 15 años o más); con &apos;Hogares monoparentales con jefatura femenina&apos; y &apos;Hogares&apos;, fhh_share (0-1).

Ejemplo: en la ciudad de demostración, los siete grupos de edad con la escala de Madrid dan unos 1,53 millones de unidades de cuidado para 1,27 millones de personas (1,20 por persona), y la manzana mediana tiene 0,94 personas dependientes por mujer de 15-64 años; los grupos 0-2 y 3-5 con pesos iguales dan 102.803 niñas y niños, la demanda de cuidado infantil. A mano, una manzana con 30 niñas y niños de 0-2 años, 30 de 3-5, 40 de 6-14, 200 personas de 15-64 años, 50 de 65-79 y 20 de 80 o más (370 personas): share_under5 = (30 + 20) / 370 = 0,135 (dos de los tres años del grupo 3-5 son menores de 5), share_80plus = 20 / 370 = 0,054, dependency_ratio = 170 / 200 = 0,85.

Precauciones: una unidad sin valor (NULL) en uno de sus grupos de edad no recibe demanda de cuidado (se cuenta en el registro): complete el dato, o contará como si no tuviera demanda. Los grupos que no coinciden con las edades de la escala reciben el peso medio de los años que abarcan, y un grupo abierto como 80+ se toma como si abarcara los años fijados en &apos;Años que abarca un grupo abierto como 80+&apos; (80-89 por defecto). Los pesos y las fórmulas están en docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="68"/>
        <source>Layer of units (points or polygons) with counts of people per age band. Typical: census blocks or grid cells.</source>
        <translation>Capa de unidades (puntos o polígonos) con conteos de personas por grupo de edad. Típico: manzanas censales o celdas de grilla.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="69"/>
        <source>Which field holds which ages, as field:band items separated by &apos;;&apos;, bands in whole years, &apos;a+&apos; for an open band. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5; all bands for the whole population.</source>
        <translation>Qué campo contiene qué edades, como elementos campo:grupo separados por &apos;;&apos;, con los grupos en años cumplidos y &apos;a+&apos; para un grupo abierto. Típico: &apos;p_0_2:0-2;p_3_5:3-5&apos; para niñas y niños de 0-5 años; todos los grupos para la población total.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="70"/>
        <source>Care weight per person: equal (1 each), Durán&apos;s Madrid scale of care units (more for small children and the very old), or your own weights per field (given in &apos;Custom weights&apos;). Typical: the Madrid scale for total care demand, equal for one age group.</source>
        <translation>Peso del cuidado por persona: iguales (1 cada una), la escala de Madrid de unidades de cuidado de Durán (más para niñas y niños pequeños y para las personas muy mayores) o sus propios pesos por campo (indicados en &apos;Pesos personalizados&apos;). Típico: la escala de Madrid para la demanda total de cuidado, iguales para un solo grupo de edad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="71"/>
        <source>Your own weights, used when the weights are custom, as field:weight items separated by &apos;;&apos;. Typical: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</source>
        <translation>Sus propios pesos, usados cuando los pesos son personalizados, como elementos campo:peso separados por &apos;;&apos;. Típico: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="72"/>
        <source>Optional numeric field with the potential caregivers of each unit; empty = persons 15-64 from the bands. Typical: women 15-64.</source>
        <translation>Campo numérico opcional con las personas cuidadoras potenciales de cada unidad; vacío = personas de 15-64 años de los grupos. Típico: mujeres de 15-64 años.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="73"/>
        <source>Optional numeric field with the women aged 15 or more who only do unpaid domestic work (census: activity in the last week); gives share_women_unpaid, over the potential caregivers. Typical: empty, or the census count with the women aged 15 or more as potential caregivers.</source>
        <translation>Campo numérico opcional con las mujeres de 15 años o más que solo realizan trabajo doméstico no remunerado (censo: actividad de la última semana); da share_women_unpaid, sobre las personas cuidadoras potenciales. Típico: vacío, o el conteo censal, con las mujeres de 15 años o más como personas cuidadoras potenciales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="74"/>
        <source>Optional numeric field with the single-parent households headed by a woman; with the households field it gives fhh_share. Typical: empty when the layer already has a share of female-headed households.</source>
        <translation>Campo numérico opcional con los hogares monoparentales con jefatura femenina; con el campo de hogares da fhh_share. Típico: vacío cuando la capa ya tiene una proporción de hogares con jefatura femenina.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="75"/>
        <source>Optional numeric field with all the households of each unit, the denominator of fhh_share. Typical: the census count of households.</source>
        <translation>Campo numérico opcional con todos los hogares de cada unidad, el denominador de fhh_share. Típico: el conteo censal de hogares.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="76"/>
        <source>Years an open band such as 80+ is taken to span when weighting it. Typical: 10 (80+ read as 80-89).</source>
        <translation>Años que se considera que abarca un grupo abierto como 80+ al ponderarlo. Típico: 10 (80+ se lee como 80-89).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="77"/>
        <source>The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, the care-block criteria (share_under5, share_80plus, dependency_ratio, and share_women_unpaid and fhh_share when their fields are given) and, for polygons, pop_density and demand_density.</source>
        <translation>Las unidades con care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, los criterios de las manzanas del cuidado (share_under5, share_80plus, dependency_ratio, y share_women_unpaid y fhh_share cuando se indican sus campos) y, para polígonos, pop_density y demand_density.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="78"/>
        <source>Sum of care_demand over the units with all their age-band values (people, or care units with the Madrid scale); None when no unit has them all.</source>
        <translation>Suma de care_demand sobre las unidades con todos sus valores por grupo de edad (personas, o unidades de cuidado con la escala de Madrid); None cuando ninguna unidad los tiene todos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="83"/>
        <source>Units with age-band counts</source>
        <translation>Unidades con conteos por grupo de edad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="86"/>
        <source>Age-band fields (field:band;...)</source>
        <translation>Campos por grupo de edad (campo:grupo;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="87"/>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="89"/>
        <source>Custom weights (field:weight;...)</source>
        <translation>Pesos personalizados (campo:peso;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="91"/>
        <location filename="../processing/algorithms/carepipeline.py" line="141"/>
        <source>Potential caregivers field (e.g. women 15-64)</source>
        <translation>Campo de cuidadoras potenciales (p. ej. mujeres de 15-64)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="94"/>
        <source>Women who only do unpaid domestic work</source>
        <translation>Mujeres que solo realizan trabajo doméstico no remunerado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="97"/>
        <source>Single-parent households headed by a woman</source>
        <translation>Hogares monoparentales con jefatura femenina</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="100"/>
        <source>Households</source>
        <translation>Hogares</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="103"/>
        <source>Years spanned by an open band such as 80+</source>
        <translation>Años que abarca un grupo abierto como 80+</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="106"/>
        <source>Total care demand</source>
        <translation>Demanda total de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="112"/>
        <source>{0}: {1}. Write it as field:band items separated by &apos;;&apos;, e.g. &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</source>
        <translation>{0}: {1}. Escríbalo como elementos campo:grupo separados por &apos;;&apos;, p. ej. &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="126"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="133"/>
        <source>{0} is set but {1} is empty: the share of women in unpaid domestic work is taken over the potential caregivers. Choose the field of women aged 15 or more (or 15-64) there.</source>
        <translation>{0} está indicado pero {1} está vacío: la proporción de mujeres en trabajo doméstico no remunerado se toma sobre las personas cuidadoras potenciales. Elija allí el campo de mujeres de 15 años o más (o de 15-64).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="138"/>
        <source>{0} and {1} go together (fhh_share is the first over the second): choose both, or neither.</source>
        <translation>{0} y {1} van juntos (fhh_share es el primero dividido por el segundo): elija ambos o ninguno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="152"/>
        <source>%n unit(s) of layer {0} without a value (NULL or not a finite number) in an age-band field ({1}): their care demand and indicators are NULL. Fill in those counts for a complete map.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} sin valor (NULL o no es un número finito) en un campo de grupo de edad ({1}): su demanda de cuidado y sus indicadores son NULL. Complete esos conteos para tener un mapa completo.</numerusform>
            <numerusform>%n unidades de la capa {0} sin valor (NULL o no es un número finito) en un campo de grupo de edad ({1}): su demanda de cuidado y sus indicadores son NULL. Complete esos conteos para tener un mapa completo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="159"/>
        <source>%n unit(s) of layer {0} without a value (NULL or not a finite number) in the caregivers field &apos;{1}&apos;: their care_intensity is NULL.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} sin valor (NULL o no es un número finito) en el campo de personas cuidadoras &apos;{1}&apos;: su care_intensity es NULL.</numerusform>
            <numerusform>%n unidades de la capa {0} sin valor (NULL o no es un número finito) en el campo de personas cuidadoras &apos;{1}&apos;: su care_intensity es NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="162"/>
        <source>Weights ({0}): {1}</source>
        <translation>Pesos ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="170"/>
        <source>Layer {0}: {1}</source>
        <translation>Capa {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="177"/>
        <source>No caregiver field: potential caregivers are the persons aged 15-64 in the bands.</source>
        <translation>Sin campo de cuidadoras: las cuidadoras potenciales son las personas de 15-64 años de los grupos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="180"/>
        <source>%n unit(s) without a potential caregiver: care_intensity is NULL there.</source>
        <translation>
            <numerusform>%n unidad sin ninguna persona cuidadora potencial: care_intensity es NULL allí.</numerusform>
            <numerusform>%n unidades sin ninguna persona cuidadora potencial: care_intensity es NULL allí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="185"/>
        <source>%n unit(s) of layer {0} without an area (an empty, zero-area or invalid polygon): pop_density and demand_density are NULL there.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} sin área (un polígono vacío, de área cero o inválido): pop_density y demand_density son NULL allí.</numerusform>
            <numerusform>%n unidades de la capa {0} sin área (un polígono vacío, de área cero o inválido): pop_density y demand_density son NULL allí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="191"/>
        <source>No unit of layer {0} has all its age-band values: the total care demand is left empty.</source>
        <translation>Ninguna unidad de la capa {0} tiene todos sus valores por grupo de edad: la demanda de cuidado total se deja vacía.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="194"/>
        <source>Every age-band count of layer {0} is 0: no one lives in these units, so the care demand is 0 and the shares, care intensity and densities say nothing (shares and care intensity are NULL).</source>
        <translation>Todos los conteos por grupo de edad de la capa {0} son 0: nadie vive en estas unidades, por lo que la demanda de cuidado es 0 y las proporciones, la intensidad de cuidado y las densidades no dicen nada (las proporciones y la intensidad de cuidado son NULL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="41"/>
        <location filename="../processing/algorithms/caredeserts.py" line="159"/>
        <location filename="../processing/report_layout.py" line="427"/>
        <location filename="../processing/report_layout.py" line="429"/>
        <location filename="../ui/charts.py" line="306"/>
        <source>Care deserts</source>
        <translation>Desiertos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="43"/>
        <source>care,desert,high demand,low access,z-score,type 1,type 2,public transport,GTFS,bus</source>
        <translation>cuidado,desierto,alta demanda,bajo acceso,puntaje z,tipo 1,tipo 2,transporte público,GTFS,bus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="45"/>
        <source>Which units have many people who need care and no care service close enough? A care desert (the rule of the Care Georeferencing Tool) is a unit with high demand and low access.

How to read the results:
- Care deserts (one row per unit, with its own fields): z_demand = how far the unit&apos;s demand is above or below the average, in standard deviations; demand_threshold = the z-score from which demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of the unit&apos;s district with districts); high_demand (0/1); adj_threshold = the access threshold used for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by neither mode, 2 reachable only by the second mode (always 1 without a second mode); with a public transport feed and the care facilities, cost_transit = the travel time by public transport to the nearest facility in minutes (walking to the stop, waiting, riding, changing, walking to the facility; NULL when none is within four times the second threshold, and at least 60 minutes); with a caregivers&apos; window, temporal_desert (0/1) = high demand and care within reach at some hour, but none open within reach in that window (a temporal care desert).
- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) per district.
- Summary on the district polygons: that table on the district polygons, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its demand is not high; the block of 90 has a facility at 12 minutes). If the facility 12 minutes from the block of 90 closes at 17:00 and the window is Monday to Friday 17:00-20:00 (covered_evening = 0), that block is a temporal care desert. With a second mode, a desert whose nearest facility is 40 minutes away on foot but 24 minutes away by bus (a 3-minute walk to the stop, 7 minutes waiting, 10 minutes riding, a 4-minute walk) has desert_type 2 with the 30-minute threshold; at 35 minutes by bus it has desert_type 1.

The second mode is usually public transport: either a field of travel times you bring, or CareMap computes it from a public transport feed (GTFS), the care facilities, a departure date and time, and optionally a window of departure minutes (see Accessibility to care for the same options). Measure the walks of public transport (to, from and between stops, and walking the whole way) the way the first travel time was measured: if it came from the road network (e.g. cost_nearest of Accessibility to care run on the road network), choose the road network in &apos;Public transport: walks measured along&apos; and give the same road network; otherwise the bus is compared with a different walk. In the demo city, walks along straight lines times 1.3 are shorter than the winding streets: the 209 deserts seemed 9.6 minutes from childcare by bus (median) against 11.4 on foot, while with the walks on the streets the bus is quicker than walking for 3 of them only, by half a minute at most.

Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it as accessible). Units near the edge of the study area may look farther from care than they are. Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an error.</source>
        <translation>¿Qué unidades tienen muchas personas que necesitan cuidado y ningún servicio de cuidado lo bastante cerca? Un desierto de cuidado (la regla de la Herramienta de Georreferenciación de Cuidados) es una unidad con alta demanda y bajo acceso.

Cómo leer los resultados:
- Desiertos de cuidado (una fila por unidad, con sus propios campos): z_demand = cuánto está la demanda de la unidad por encima o por debajo del promedio, en desviaciones estándar; demand_threshold = el puntaje z a partir del cual la demanda cuenta como alta (la mediana de los puntajes z positivos de la ciudad o, con distritos, de todos los puntajes z del distrito de la unidad); high_demand (0/1); adj_threshold = el umbral de acceso usado para la unidad, en minutos; low_access (0/1) = el equipamiento más cercano está más lejos que el umbral, o no se alcanza ninguno; desert (0/1) = alta demanda y bajo acceso; desert_type = 1 no alcanzable por ningún modo, 2 alcanzable solo por el segundo modo (siempre 1 sin segundo modo); con un feed de transporte público y los equipamientos de cuidado, cost_transit = el tiempo de viaje en transporte público hasta el equipamiento más cercano, en minutos (caminar hasta la parada, esperar, viajar, hacer transbordo, caminar hasta el equipamiento; NULL cuando no hay ninguno dentro de cuatro veces el segundo umbral, con un mínimo de 60 minutos); con una ventana de las personas cuidadoras, temporal_desert (0/1) = alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto al alcance en esa ventana (un desierto de cuidado temporal).
- Desiertos de cuidado por distrito: units, deserts, population, population_in_deserts y share (0 a 1) por distrito.
- Resumen sobre los polígonos de distritos: esa tabla sobre los polígonos de distritos, para mapearla (se crea cuando se indican polígonos de distritos).

Ejemplo: en la ciudad de demostración del tutorial, con la caminata de 10 minutos hasta el cuidado infantil y la regla de la mediana por distrito, 209 manzanas son desiertos de cuidado, donde viven 7.720 niñas y niños de 0-5 años (el 7,5 % de ellos); Los Rosales tiene más que ningún otro distrito, 1.581 niñas y niños (el 20,9 % de sus niñas y niños). A mano: seis manzanas con 10, 20, 60, 80, 90 y 40 niñas y niños, con el equipamiento más cercano a 5, 25, ninguno, 25, 12 y 30 minutos, y un umbral de 20 minutos: solo la manzana de 80 es un desierto (la de 60 no alcanza nada, pero su demanda no es alta; la de 90 tiene un equipamiento a 12 minutos). Si el equipamiento que está a 12 minutos de la manzana de 90 cierra a las 17:00 y la ventana es de lunes a viernes de 17:00 a 20:00 (covered_evening = 0), esa manzana es un desierto de cuidado temporal. Con un segundo modo, un desierto cuyo equipamiento más cercano está a 40 minutos a pie pero a 24 minutos en bus (3 minutos a pie hasta la parada, 7 minutos de espera, 10 minutos de viaje y 4 minutos a pie) tiene desert_type 2 con el umbral de 30 minutos; a 35 minutos en bus tiene desert_type 1.

El segundo modo suele ser el transporte público: o bien un campo de tiempos de viaje que usted aporta, o bien CareMap lo calcula a partir de un feed de transporte público (GTFS), los equipamientos de cuidado, una fecha y hora de salida y, opcionalmente, una ventana de minutos de salida (vea Accesibilidad al cuidado para las mismas opciones). Mida las caminatas del transporte público (hacia las paradas, desde ellas y entre ellas, y el trayecto completo a pie) del mismo modo que se midió el primer tiempo de viaje: si este provino de la red vial (p. ej. cost_nearest de Accesibilidad al cuidado ejecutada sobre la red vial), elija la red vial en &apos;Transporte público: caminatas medidas por&apos; e indique la misma red vial; de lo contrario, el bus se compara con una caminata distinta. En la ciudad de demostración, las caminatas en línea recta por 1,3 son más cortas que las calles sinuosas: los 209 desiertos parecían estar a 9,6 minutos del cuidado infantil en bus (mediana) frente a 11,4 a pie, mientras que con las caminatas por las calles el bus es más rápido que caminar solo para 3 de ellos, y como mucho por medio minuto.

Precauciones: una unidad que no alcanza ningún equipamiento cuenta como de bajo acceso (la herramienta de referencia la cuenta como accesible). Las unidades cercanas al borde del área de estudio pueden parecer más lejos del cuidado de lo que están. Una demanda igual en todas partes no da ningún desierto (con advertencia). Las personas NULL o los distritos NULL son un error.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="92"/>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care, or the Care gaps layer.</source>
        <translation>Capa de unidades de demanda, puntos o polígonos, p. ej. manzanas censales. Típico: la salida de demanda de Accesibilidad al cuidado, o la capa de Brechas de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="93"/>
        <location filename="../processing/algorithms/caregaps.py" line="76"/>
        <source>Numeric field with the people of the group in each unit (no NULL values). Typical: care_demand, or children 0-5.</source>
        <translation>Campo numérico con las personas del grupo en cada unidad (sin valores NULL). Típico: care_demand, o niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="94"/>
        <source>Numeric field with the travel time to the nearest facility in minutes (a distance in metres written by Accessibility to care is turned into minutes with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from Accessibility to care.</source>
        <translation>Campo numérico con el tiempo de viaje hasta el equipamiento más cercano en minutos (una distancia en metros escrita por Accesibilidad al cuidado se convierte en minutos con sus campos cost_unit y cost_speed_kmh); NULL = ningún equipamiento alcanzable. Típico: cost_nearest de Accesibilidad al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="95"/>
        <source>Access threshold in minutes: a unit whose nearest facility is farther (or that reaches none) has low access; a unit exactly at the threshold has access. Typical: 10 minutes walking to childcare, as in the accessibility run.</source>
        <translation>Umbral de acceso en minutos: una unidad cuyo equipamiento más cercano está más lejos (o que no alcanza ninguno) tiene bajo acceso; una unidad que está justo en el umbral tiene acceso. Típico: 10 minutos a pie hasta el cuidado infantil, como en el cálculo de accesibilidad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="96"/>
        <source>How the high-demand cut-off is taken from the z-scores of demand (the positive ones of the city; all of a district&apos;s with districts): the median, the mean, or the mean plus one standard deviation (stricter). Typical: the median (Care Georeferencing Tool).</source>
        <translation>Cómo se obtiene el corte de alta demanda a partir de los puntajes z de la demanda (los positivos de la ciudad; con distritos, todos los del distrito): la mediana, la media o la media más una desviación estándar (más estricta). Típico: la mediana (Herramienta de Georreferenciación de Cuidados).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="97"/>
        <source>Optional field naming each unit&apos;s district: the high-demand cut-off is then taken within each district, and a summary per district is written. Without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Campo opcional con el distrito de cada unidad: el corte de alta demanda se obtiene entonces dentro de cada distrito, y se escribe un resumen por distrito. Sin él, los polígonos de distritos asignan a cada unidad el distrito en el que se encuentra. Típico: district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="98"/>
        <source>If checked (polygon units only), units larger than most get a longer access threshold, the more so the larger and the emptier they are (see the three large-unit settings). Typical: unchecked in cities, checked for rural areas.</source>
        <translation>Si se marca (solo unidades poligonales), las unidades más grandes que la mayoría reciben un umbral de acceso más largo, tanto más cuanto más grandes y más vacías son (vea los tres ajustes de unidades grandes). Típico: sin marcar en ciudades, marcado en zonas rurales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="99"/>
        <source>Minutes added to the threshold of a large unit per step of log1p(area in m2) above the large-unit area. Typical: 5.</source>
        <translation>Minutos agregados al umbral de una unidad grande por cada paso de log1p(área en m2) por encima del área de unidad grande. Típico: 5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="100"/>
        <source>Minutes added to the threshold of a large unit, divided by log1p(people per km2): sparse units get more. Typical: 10.</source>
        <translation>Minutos agregados al umbral de una unidad grande, divididos por log1p(personas por km2): las unidades poco pobladas reciben más. Típico: 10.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="101"/>
        <source>Share of units (0-1) smaller than a large unit: units with an area above this quantile of all areas count as large. Typical: 0.8.</source>
        <translation>Proporción de unidades (0-1) más pequeñas que una unidad grande: las unidades con un área por encima de este cuantil de todas las áreas cuentan como grandes. Típico: 0.8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="102"/>
        <source>Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Leave it empty to compute public transport times from a feed instead. Typical: empty, or transit minutes.</source>
        <translation>Campo opcional con el tiempo de viaje en minutos por un segundo modo (p. ej. transporte público; se convierte como el primer costo); los desiertos alcanzables por él reciben desert_type 2. Déjelo vacío para calcular en su lugar los tiempos en transporte público a partir de un feed. Típico: vacío, o minutos en transporte público.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="103"/>
        <source>Optional layer of the care facilities, points or polygons: with a public transport feed, the second mode&apos;s travel time is computed from each unit to its nearest facility by public transport. Typical: the same facilities as in the accessibility run (e.g. only those of the target group).</source>
        <translation>Capa opcional de los equipamientos de cuidado, puntos o polígonos: con un feed de transporte público, el tiempo de viaje del segundo modo se calcula desde cada unidad hasta su equipamiento más cercano en transporte público. Típico: los mismos equipamientos que en la ejecución de la accesibilidad (p. ej. solo los del grupo objetivo).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="104"/>
        <source>Walking speed in km/h of the walks to, from and between stops, and of walking the whole way. Typical: 5.04 km/h.</source>
        <translation>Velocidad a pie en km/h de las caminatas hacia las paradas, desde ellas y entre ellas, y de hacer todo el trayecto a pie. Típico: 5.04 km/h.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="105"/>
        <source>How much longer the walks to, from and between stops are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation>Cuánto más largas son las caminatas hacia las paradas, desde ellas y entre ellas que la línea recta (longitud de la ruta / distancia recta, al menos 1). Típico: 1.3 en una trama urbana en cuadrícula.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="106"/>
        <source>How the walks of public transport are measured (to, from and between stops, and walking the whole way): along the straight line times the detour factor, or along the road network. Choose the road network when the first travel time was measured on it, so that both modes walk the same streets. Typical: the road network, as in the accessibility run.</source>
        <translation>Cómo se miden las caminatas del transporte público (hacia las paradas, desde ellas y entre ellas, y el trayecto completo a pie): en línea recta por el factor de desvío, o por la red vial. Elija la red vial cuando el primer tiempo de viaje se midió sobre ella, para que ambos modos caminen por las mismas calles. Típico: la red vial, como en la ejecución de la accesibilidad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="107"/>
        <source>Road or footpath line layer for the walks of public transport, when they are measured along the road network. Typical: the same streets as in the accessibility run.</source>
        <translation>Capa de líneas de calles o senderos para las caminatas del transporte público, cuando se miden por la red vial. Típico: las mismas calles que en la ejecución de la accesibilidad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="108"/>
        <source>Access threshold in minutes for the second mode. Typical: 30 minutes by public transport.</source>
        <translation>Umbral de acceso en minutos para el segundo modo. Típico: 30 minutos en transporte público.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="109"/>
        <source>Optional 0/1 field saying whether a facility open in a caregivers&apos; time window is within reach, as Accessibility to care writes it for each time window (covered_&lt;label&gt;); units with high demand and care within reach at some hour but none open in the window get temporal_desert = 1. Typical: covered_evening.</source>
        <translation>Campo 0/1 opcional que indica si hay al alcance un equipamiento abierto en una ventana horaria de las personas cuidadoras, tal como lo escribe Accesibilidad al cuidado para cada ventana horaria (covered_&lt;label&gt;); las unidades con alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto en la ventana, reciben temporal_desert = 1. Típico: covered_evening.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="110"/>
        <source>The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type; with a caregivers&apos; window also temporal_desert.</source>
        <translation>Las unidades con z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert y desert_type; con una ventana de las personas cuidadoras, también temporal_desert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="111"/>
        <source>Table per district (one row &apos;all&apos; without districts): units, deserts, population, population_in_deserts and share. Typical: a temporary layer.</source>
        <translation>Tabla por distrito (una fila &apos;all&apos; sin distritos): units, deserts, population, population_in_deserts y share. Típico: una capa temporal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="112"/>
        <source>Number of units flagged as care deserts (desert = 1).</source>
        <translation>Número de unidades marcadas como desiertos de cuidado (desert = 1).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="113"/>
        <location filename="../processing/algorithms/carepipeline.py" line="118"/>
        <source>Share (0 to 1) of the demand living in care deserts; None when there is no demand.</source>
        <translation>Proporción (0 a 1) de la demanda que vive en desiertos de cuidado; None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="118"/>
        <location filename="../processing/algorithms/caregaps.py" line="91"/>
        <source>Demand units</source>
        <translation>Unidades de demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="119"/>
        <location filename="../processing/algorithms/caregaps.py" line="92"/>
        <source>Demand field (people)</source>
        <translation>Campo de demanda (personas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="120"/>
        <source>Travel time to the nearest facility (minutes; NULL = unreachable)</source>
        <translation>Tiempo de viaje hasta el equipamiento más cercano (minutos; NULL = inalcanzable)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="122"/>
        <source>Access threshold (minutes)</source>
        <translation>Umbral de acceso (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="124"/>
        <source>High-demand threshold rule</source>
        <translation>Regla del umbral de alta demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="126"/>
        <source>District field (high demand judged per district)</source>
        <translation>Campo de distrito (alta demanda evaluada por distrito)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="130"/>
        <source>Longer threshold for large units (polygons)</source>
        <translation>Umbral más largo para unidades grandes (polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="132"/>
        <source>Large units: minutes added per step of log1p(area) (beta)</source>
        <translation>Unidades grandes: minutos agregados por paso de log1p(área) (beta)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="134"/>
        <source>Large units: minutes added for low density (gamma)</source>
        <translation>Unidades grandes: minutos agregados por baja densidad (gamma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="136"/>
        <source>Large units: area quantile above which a unit is large (0-1)</source>
        <translation>Unidades grandes: cuantil de área a partir del cual una unidad es grande (0-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="139"/>
        <source>Travel time by a second mode (minutes)</source>
        <translation>Tiempo de viaje por un segundo modo (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="141"/>
        <source>Access threshold of the second mode (minutes)</source>
        <translation>Umbral de acceso del segundo modo (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="144"/>
        <source>Care facilities (for the times by public transport)</source>
        <translation>Equipamientos de cuidado (para los tiempos en transporte público)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="148"/>
        <location filename="../processing/cost_params.py" line="116"/>
        <source>Road network (lines)</source>
        <translation>Red vial (líneas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="150"/>
        <source>Public transport: walking speed (km/h)</source>
        <translation>Transporte público: velocidad a pie (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="153"/>
        <source>Public transport: detour factor of the walks (route / straight distance)</source>
        <translation>Transporte público: factor de desvío de las caminatas (ruta / distancia recta)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="156"/>
        <source>Covered in a caregivers&apos; time window (0/1, e.g. covered_evening)</source>
        <translation>Cubierta en una ventana horaria de las personas cuidadoras (0/1, p. ej. covered_evening)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="161"/>
        <location filename="../processing/algorithms/carepipeline.py" line="196"/>
        <source>Care deserts by district</source>
        <translation>Desiertos de cuidado por distrito</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="164"/>
        <location filename="../processing/algorithms/carepipeline.py" line="211"/>
        <source>Number of care deserts</source>
        <translation>Número de desiertos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="165"/>
        <location filename="../processing/algorithms/carepipeline.py" line="212"/>
        <location filename="../processing/algorithms/report.py" line="156"/>
        <source>Share of demand in care deserts</source>
        <translation>Proporción de la demanda en desiertos de cuidado</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="181"/>
        <location filename="../processing/layer_io/readers.py" line="71"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL value(s); fill or filter them first.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valor NULL; complételo o fíltrelo primero.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valores NULL; complételos o fíltrelos primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="185"/>
        <source>{0} needs polygons (their areas), but layer {1} has points: untick it, or use a polygon layer.</source>
        <translation>{0} necesita polígonos (sus áreas), pero la capa {1} tiene puntos: desmárquelo o use una capa de polígonos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="197"/>
        <source>%n unit(s) with a NULL cost, counted as reaching no facility (low access).</source>
        <translation>
            <numerusform>%n unidad con costo NULL, contada como si no alcanzara ningún equipamiento (bajo acceso).</numerusform>
            <numerusform>%n unidades con costo NULL, contadas como si no alcanzaran ningún equipamiento (bajo acceso).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="200"/>
        <source>No demand: every unit of layer {0} has zero demand in &apos;{1}&apos;; no unit is high demand and the desert share is NULL.</source>
        <translation>Sin demanda: todas las unidades de la capa {0} tienen demanda cero en &apos;{1}&apos;; ninguna unidad es de alta demanda y la proporción en desiertos es NULL.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="203"/>
        <source>No variation: demand in &apos;{0}&apos; of layer {1} is the same in every unit (std 0), so z = 0 and no unit is high demand.</source>
        <translation>Sin variación: la demanda en &apos;{0}&apos; de la capa {1} es igual en todas las unidades (desviación 0), por lo que z = 0 y ninguna unidad es de alta demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="236"/>
        <source>{0} of {1} units are care deserts, home to {2:.0f} people ({3} of demand).</source>
        <translation>{0} de {1} unidades son desiertos de cuidado, donde viven {2:.0f} personas ({3} de la demanda).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="237"/>
        <location filename="../processing/algorithms/siting.py" line="406"/>
        <location filename="../processing/report_text.py" line="271"/>
        <location filename="../ui/figures.py" line="121"/>
        <source>no demand</source>
        <translation>sin demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="239"/>
        <source>Large-unit cut-off A_q = {0:.0f} m2.</source>
        <translation>Corte de unidades grandes A_q = {0:.0f} m2.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="251"/>
        <source>The second mode is either a field of travel times ({0}) or computed from a public transport feed ({1}): choose one of them.</source>
        <translation>El segundo modo es o bien un campo de tiempos de viaje ({0}) o bien se calcula a partir de un feed de transporte público ({1}): elija uno de los dos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="255"/>
        <source>Travel times by public transport need the care facilities they lead to: choose them in {0}.</source>
        <translation>Los tiempos de viaje en transporte público necesitan los equipamientos de cuidado a los que llevan: elíjalos en {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="261"/>
        <source>Public transport: the walks to, from and between stops, and walking the whole way, are measured along straight lines times the detour factor. If &apos;{0}&apos; of layer {1} was measured on the road network, choose the road network in {2} and give it in {3}: otherwise the two modes measure walking differently and cost_transit can be shorter than walking along the streets without any bus.</source>
        <translation>Transporte público: las caminatas hacia las paradas, desde ellas y entre ellas, y el trayecto completo a pie, se miden en línea recta por el factor de desvío. Si &apos;{0}&apos; de la capa {1} se midió sobre la red vial, elija la red vial en {2} e indíquela en {3}: de lo contrario, los dos modos miden la caminata de forma distinta y cost_transit puede ser más corto que caminar por las calles sin ningún bus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="277"/>
        <source>%n unit(s) with no facility of layer {0} within {1:g} minutes by public transport: cost_transit is NULL.</source>
        <translation>
            <numerusform>%n unidad sin ningún equipamiento de la capa {0} a {1:g} minutos o menos en transporte público: cost_transit es NULL.</numerusform>
            <numerusform>%n unidades sin ningún equipamiento de la capa {0} a {1:g} minutos o menos en transporte público: cost_transit es NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="286"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n value(s) other than 0 and 1; choose the covered field that Accessibility to care writes for a time window.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valor distinto de 0 y 1; elija el campo de cobertura que escribe Accesibilidad al cuidado para una ventana horaria.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valores distintos de 0 y 1; elija el campo de cobertura que escribe Accesibilidad al cuidado para una ventana horaria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="291"/>
        <source>%n unit(s) of layer {0} with a NULL &apos;{1}&apos;: temporal_desert is NULL.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} con &apos;{1}&apos; NULL: temporal_desert es NULL.</numerusform>
            <numerusform>%n unidades de la capa {0} con &apos;{1}&apos; NULL: temporal_desert es NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="294"/>
        <source>%n unit(s) with high demand reach care at some hour but none open in the window of &apos;{0}&apos;: temporal care deserts.</source>
        <translation>
            <numerusform>%n unidad con alta demanda alcanza cuidado a alguna hora, pero ninguno abierto en la ventana de &apos;{0}&apos;: desierto de cuidado temporal.</numerusform>
            <numerusform>%n unidades con alta demanda alcanzan cuidado a alguna hora, pero ninguno abierto en la ventana de &apos;{0}&apos;: desiertos de cuidado temporales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="41"/>
        <location filename="../processing/algorithms/caregaps.py" line="109"/>
        <source>Care gaps</source>
        <translation>Brechas de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="43"/>
        <source>care,gap,unmet demand,coverage,shortfall,target,district</source>
        <translation>cuidado,brecha,demanda no atendida,cobertura,déficit,meta,distrito</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="45"/>
        <source>How many children (or older people, or whichever group you count) are left without a care place within reach, and how many places are missing to meet a policy target, block by block and district by district?

How to read the results:
- Care gaps (one row per unit, with its own fields): coverage = places within reach per 100 people; unmet = people without a place (people minus the places they can reach, never below 0); required = places the target asks for; shortfall = places missing to reach the target; surplus = places above the target; below_target = 1 where the unit misses the target. With accessibility ratios, places = the places within reach of the unit. With district polygons and no district field, the field district says which district each unit lies in.
- Care gaps by district: the same sums per district (one row &apos;all&apos; without districts), with units_below_target and people_below_target.
- Summary on the district polygons: that table joined onto the district polygons by name, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walking accessibility of children 0-5 and a target of one place per three children (0.33), about 83,800 children have no place within reach and the city is short of about 19,100 places, 5,100 of them in El Porvenir; coverage ranges from 139 places per 100 children in Centro to 13 in Las Américas. By hand: 90 children with access 0.20 reach 18 places: coverage 20, unmet 72; the target asks for 30 places, so the shortfall is 12.

Targets per age band: a policy often sets one target per age band, e.g. Brazil&apos;s national education plan (PNE, meta 1): crèche for 50% of children 0-3 and pre-school for 100% of children 4-5. &apos;Targets per age band&apos; &apos;p_0_3:0.5;p_4_5:1.0&apos; asks for 0.5 places per child counted in p_0_3 plus 1 per child in p_4_5, and replaces the single policy target.

Caveats: the gaps are only as good as the accessibility they read: units near the edge of the study area may miss facilities just outside it. Units with no district (NULL) keep their fields but are left out of the district summary (warned); NULL people or supply values are an error.</source>
        <translation>¿Cuántas niñas y niños (o personas mayores, o el grupo que usted cuente) se quedan sin un cupo de cuidado a su alcance, y cuántos cupos faltan para cumplir una meta de política, manzana por manzana y distrito por distrito?

Cómo leer los resultados:
- Brechas de cuidado (una fila por unidad, con sus propios campos): coverage = cupos al alcance por cada 100 personas; unmet = personas sin cupo (las personas menos los cupos que pueden alcanzar, nunca menos de 0); required = cupos que pide la meta; shortfall = cupos que faltan para alcanzar la meta; surplus = cupos por encima de la meta; below_target = 1 donde la unidad no alcanza la meta. Con razones de accesibilidad, los cupos = los cupos al alcance de la unidad. Con polígonos de distritos y sin campo de distrito, el campo district indica en qué distrito se encuentra cada unidad.
- Brechas de cuidado por distrito: las mismas sumas por distrito (una fila &apos;all&apos; sin distritos), con units_below_target y people_below_target.
- Resumen sobre los polígonos de distritos: esa tabla unida por nombre a los polígonos de distritos, para mapearla (se crea cuando se indican polígonos de distritos).

Ejemplo: en la ciudad de demostración del tutorial, con la accesibilidad a pie de 10 minutos de las niñas y niños de 0-5 años y una meta de un cupo por cada tres niñas y niños (0.33), unas 83.800 niñas y niños no tienen ningún cupo a su alcance y a la ciudad le faltan unos 19.100 cupos, 5.100 de ellos en El Porvenir; la cobertura va de 139 cupos por cada 100 niñas y niños en Centro a 13 en Las Américas. A mano: 90 niñas y niños con acceso 0,20 alcanzan 18 cupos: cobertura 20, unmet 72; la meta pide 30 cupos, así que el déficit es de 12.

Metas por grupo de edad: una política suele fijar una meta por grupo de edad, p. ej. el plan nacional de educación de Brasil (PNE, meta 1): guardería para el 50 % de las niñas y niños de 0-3 años y preescolar para el 100 % de los de 4-5. &apos;Metas por grupo de edad&apos; &apos;p_0_3:0.5;p_4_5:1.0&apos; pide 0,5 cupos por niña o niño contado en p_0_3 más 1 por niña o niño en p_4_5, y reemplaza la meta de política única.

Precauciones: las brechas son tan buenas como la accesibilidad que leen: a las unidades cercanas al borde del área de estudio pueden faltarles equipamientos situados justo fuera de ella. Las unidades sin distrito (NULL) conservan sus campos pero quedan fuera del resumen por distrito (con advertencia); los valores NULL de personas o de oferta son un error.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="75"/>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care.</source>
        <translation>Capa de unidades de demanda, puntos o polígonos, p. ej. manzanas censales. Típico: la salida de demanda de Accesibilidad al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="77"/>
        <source>Numeric field with the care places each unit can reach, as a number of places or as places per person (see &apos;Supply field holds&apos;). Typical: access from Accessibility to care.</source>
        <translation>Campo numérico con los cupos de cuidado que puede alcanzar cada unidad, como número de cupos o como cupos por persona (vea &apos;El campo de oferta contiene&apos;). Típico: access de Accesibilidad al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="78"/>
        <source>What the supply field holds: a number of places, or an accessibility ratio in places per person (places = ratio x people). Typical: the accessibility ratio, with the access field.</source>
        <translation>Qué contiene el campo de oferta: un número de cupos, o una razón de accesibilidad en cupos por persona (cupos = razón x personas). Típico: la razón de accesibilidad, con el campo access.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="79"/>
        <source>Policy target in places per person, for the required places and the shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2).</source>
        <translation>Meta de política en cupos por persona, para los cupos requeridos y el déficit (0 = sin meta). Típico: 0.333 (un cupo por cada 3 niñas y niños de 0-2 años).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="80"/>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Metas opcionales por grupo de edad, como elementos campo:razón separados por &apos;;&apos;, cada campo un conteo de personas de ese grupo en las unidades de demanda; cupos requeridos = la suma de razón x conteo, en lugar de la meta de política única. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE de Brasil: 50 % de las niñas y niños de 0-3 años en guardería, 100 % de los de 4-5 en preescolar).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="81"/>
        <source>Optional field naming each unit&apos;s district, for the summary per district. Without it, district polygons give each unit the district it lies in; without either, the summary has one row &apos;all&apos;. Typical: district.</source>
        <translation>Campo opcional con el distrito de cada unidad, para el resumen por distrito. Sin él, los polígonos de distritos asignan a cada unidad el distrito en el que se encuentra; sin ninguno de los dos, el resumen tiene una sola fila &apos;all&apos;. Típico: district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="82"/>
        <source>The units with coverage, unmet, required, shortfall, surplus and below_target.</source>
        <translation>Las unidades con coverage, unmet, required, shortfall, surplus y below_target.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="83"/>
        <source>Table per district (one row &apos;all&apos; without districts): people, places, coverage, unmet, shortfall and people below the target. Typical: a temporary layer.</source>
        <translation>Tabla por distrito (una fila &apos;all&apos; sin distritos): personas, cupos, cobertura, demanda no atendida, déficit y personas por debajo de la meta. Típico: una capa temporal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="84"/>
        <source>Sum of the people of all units.</source>
        <translation>Suma de las personas de todas las unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="85"/>
        <source>Sum of unmet over the units: the people without a place within reach (one place per person).</source>
        <translation>Suma de unmet sobre las unidades: las personas sin un cupo al alcance (un cupo por persona).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="86"/>
        <source>Places within reach per 100 people, over all units; None when there are no people.</source>
        <translation>Cupos al alcance por cada 100 personas, sobre todas las unidades; None cuando no hay personas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="94"/>
        <source>Accessible supply field</source>
        <translation>Campo de oferta accesible</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="99"/>
        <source>Supply field holds</source>
        <translation>El campo de oferta contiene</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="100"/>
        <location filename="../processing/algorithms/carepipeline.py" line="144"/>
        <location filename="../processing/algorithms/report.py" line="108"/>
        <location filename="../ui/dock.py" line="130"/>
        <source>District field</source>
        <translation>Campo de distrito</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="104"/>
        <location filename="../processing/algorithms/report.py" line="122"/>
        <source>Policy target (places per person; 0 = none)</source>
        <translation>Meta de política (cupos por persona; 0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="106"/>
        <location filename="../processing/algorithms/carepipeline.py" line="178"/>
        <location filename="../processing/algorithms/report.py" line="125"/>
        <source>Targets per age band (field:ratio;...; replaces the policy target)</source>
        <translation>Metas por grupo de edad (campo:razón;...; reemplaza la meta de política)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="111"/>
        <source>Care gaps by district</source>
        <translation>Brechas de cuidado por distrito</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="114"/>
        <location filename="../processing/algorithms/carepipeline.py" line="206"/>
        <source>Total demand</source>
        <translation>Demanda total</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="115"/>
        <source>Total unmet demand</source>
        <translation>Demanda no atendida total</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="116"/>
        <location filename="../processing/algorithms/carepipeline.py" line="209"/>
        <source>Coverage (places per 100 people)</source>
        <translation>Cobertura (cupos por cada 100 personas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="135"/>
        <source>No demand: every unit of layer {0} has zero demand in &apos;{1}&apos;, so coverage is NULL everywhere.</source>
        <translation>Sin demanda: todas las unidades de la capa {0} tienen demanda cero en &apos;{1}&apos;, por lo que la cobertura es NULL en todas partes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="138"/>
        <source>No capacity: no unit of layer {0} has accessible supply in &apos;{1}&apos;.</source>
        <translation>Sin capacidad: ninguna unidad de la capa {0} tiene oferta accesible en &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="145"/>
        <source>Targets per age band: {0} places per person; {1} is not used.</source>
        <translation>Metas por grupo de edad: {0} cupos por persona; {1} no se usa.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="177"/>
        <source>Total demand {0:.0f}, accessible places {1:.0f}, unmet demand {2:.0f}.</source>
        <translation>Demanda total {0:.0f}, cupos accesibles {1:.0f}, demanda no atendida {2:.0f}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caregaps.py" line="192"/>
        <source>{0}: %n field(s) not in layer {2}: {1}. Name fields of that layer with the people of each age band; its fields are: {3}.</source>
        <translation>
            <numerusform>{0}: %n campo no está en la capa {2}: {1}. Indique campos de esa capa con las personas de cada grupo de edad; sus campos son: {3}.</numerusform>
            <numerusform>{0}: %n campos no están en la capa {2}: {1}. Indique campos de esa capa con las personas de cada grupo de edad; sus campos son: {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="37"/>
        <source>Care map in one run</source>
        <translation>Mapa de cuidado en una sola ejecución</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="39"/>
        <source>pipeline,workflow,care map,supply,demand,accessibility,gaps,deserts,priority,report</source>
        <translation>flujo,flujo de trabajo,mapa de cuidado,oferta,demanda,accesibilidad,brechas,desiertos,prioridad,informe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="41"/>
        <source>The whole care map in one run: from the facility layers and the census blocks to where care is missing and which blocks come first. It runs, with one progress bar: 1) the care supply inventory of the facility layers (field mappings, cleaning, duplicates, full-day-equivalent places); 2) the care demand of the blocks from their age-band fields (e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) accessibility to care, optionally only to the facilities for one target group; 4) care gaps against the policy target (or the targets per age band); 5) care deserts (by district); 6) the care priority index from unmet demand, low access and the vulnerability fields; optionally 7) the HTML (and PDF) report.

How to read the results:
- Care map units: the blocks with every indicator: care_demand (people), access (places per person within reach), cost_nearest (minutes to the nearest facility), covered, coverage (places per 100 people), unmet (people without a place), desert (0/1), priority and priority_quintile (5 = the 20% first).
- Care supply inventory: the facilities kept, with capacity_fde (full-day-equivalent places).
- Facilities with catchment ratio: places per person within each facility&apos;s reach.
- Care deserts by district: units, deserts, population and share per district.
- With the facilities&apos; opening hours and caregivers&apos; time windows (Advanced), the units also get access_&lt;label&gt; and covered_&lt;label&gt; per window and temporal_desert (1 = care within reach at some hour, but none open in the chosen window), and the report says the share covered in each window.
- With a public transport feed (Advanced), the units also get cost_transit (minutes to the nearest facility by public transport or on foot) and desert_type (1 = a desert that public transport does not bring within its threshold either, 2 = it does). The walks of public transport are measured like the walks of accessibility (on the road network when costs are on the road network), so that both modes walk the same streets.

Example: on the demo city of the tutorial (children 0-5, a 10-minute walk, one place per three children), the chain gives the numbers of the tutorial&apos;s steps 2 to 9 in one run: about 90% of the children have a facility within 10 minutes, and 7.5% of them live in care deserts.

Caveats: each step uses its defaults except what is set here; open the single algorithms to change the others (the same chain ships as a Graphical Modeler model, models/care_map.model3). Units near the edge of the study area may miss facilities just outside it.</source>
        <translation>Todo el mapa de cuidado en una sola ejecución: de las capas de equipamientos y las manzanas censales a dónde falta cuidado y qué manzanas van primero. Ejecuta, con una sola barra de progreso: 1) el inventario de la oferta de cuidado de las capas de equipamientos (correspondencias de campos, limpieza, duplicados, cupos equivalentes de jornada completa); 2) la demanda de cuidado de las manzanas a partir de sus campos por grupo de edad (p. ej. &apos;p_0_2:0-2;p_3_5:3-5&apos; con pesos iguales da las niñas y niños de 0-5 años; la escala de Madrid da unidades de cuidado para toda la población); 3) la accesibilidad al cuidado, opcionalmente solo a los equipamientos de un grupo objetivo; 4) las brechas de cuidado respecto de la meta de política (o de las metas por grupo de edad); 5) los desiertos de cuidado (por distrito); 6) el índice de prioridad de cuidado a partir de la demanda no atendida, el bajo acceso y los campos de vulnerabilidad; opcionalmente 7) el informe HTML (y PDF).

Cómo leer los resultados:
- Unidades del mapa de cuidado: las manzanas con todos los indicadores: care_demand (personas), access (cupos por persona al alcance), cost_nearest (minutos hasta el equipamiento más cercano), covered, coverage (cupos por cada 100 personas), unmet (personas sin cupo), desert (0/1), priority y priority_quintile (5 = el primer 20 %).
- Inventario de la oferta de cuidado: los equipamientos conservados, con capacity_fde (cupos equivalentes de jornada completa).
- Equipamientos con razón del área de influencia: cupos por persona al alcance de cada equipamiento.
- Desiertos de cuidado por distrito: units, deserts, population y share por distrito.
- Con los horarios de apertura de los equipamientos y las ventanas horarias de las personas cuidadoras (parámetros avanzados), las unidades reciben además access_&lt;label&gt; y covered_&lt;label&gt; por ventana y temporal_desert (1 = cuidado al alcance a alguna hora, pero ninguno abierto en la ventana elegida), y el informe indica la proporción cubierta en cada ventana.
- Con un feed de transporte público (parámetros avanzados), las unidades reciben además cost_transit (minutos hasta el equipamiento más cercano en transporte público o a pie) y desert_type (1 = un desierto que el transporte público tampoco deja dentro de su umbral, 2 = uno que sí). Las caminatas del transporte público se miden como las caminatas de la accesibilidad (por la red vial cuando los costos son en la red vial), para que ambos modos caminen por las mismas calles.

Ejemplo: en la ciudad de demostración del tutorial (niñas y niños de 0-5 años, una caminata de 10 minutos, un cupo por cada tres niñas y niños), la cadena da las cifras de los pasos 2 a 9 del tutorial en una sola ejecución: cerca del 90 % de las niñas y niños tiene un equipamiento a 10 minutos o menos, y el 7,5 % vive en desiertos de cuidado.

Precauciones: cada paso usa sus valores por defecto salvo lo que se fija aquí; abra los algoritmos individuales para cambiar los demás (la misma cadena se incluye como modelo del Modelador gráfico, models/care_map.model3). A las unidades cercanas al borde del área de estudio pueden faltarles equipamientos situados justo fuera de ella.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="75"/>
        <source>Care facility layers to merge into the inventory (registries, surveys, crowd maps, OpenStreetMap). Typical: the official registry and a crowd-mapped layer.</source>
        <translation>Capas de servicios de cuidado a unir en el inventario (registros, encuestas, mapeos colaborativos, OpenStreetMap). Típico: el registro oficial y una capa de mapeo colaborativo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="76"/>
        <source>One field mapping per facility layer, in the order of the layers, separated by &apos;|&apos;, as in Care supply inventory. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation>Una correspondencia de campos por capa de equipamientos, en el orden de las capas, separadas por &apos;|&apos;, como en Inventario de la oferta de cuidado. Típico: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="77"/>
        <source>Source names, most trusted first, separated by commas; decides which duplicate is kept. Typical: &apos;registry,survey,osm&apos;.</source>
        <translation>Nombres de las fuentes, la más confiable primero, separados por comas; decide qué duplicado se conserva. Típico: &apos;registry,survey,osm&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="78"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="83"/>
        <source>Service types to keep, separated by commas; empty = keep all. Typical: &apos;childcare,preschool&apos;.</source>
        <translation>Tipos de servicio a conservar, separados por comas; vacío = conservar todos. Típico: &apos;childcare,preschool&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="79"/>
        <source>Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: &apos;cerrad|closed&apos;.</source>
        <translation>Expresión regular buscada en el nombre (sin distinguir mayúsculas ni acentos); los registros que coinciden se descartan. Típico: &apos;cerrad|closed&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="80"/>
        <source>Demand units (polygons or points) with age-band population fields. Typical: census blocks.</source>
        <translation>Unidades de demanda (polígonos o puntos) con campos de población por grupo de edad. Típico: manzanas censales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="81"/>
        <source>Age-band fields of the demand units that make up the group, as field:band items separated by &apos;;&apos;. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5.</source>
        <translation>Campos por grupo de edad de las unidades de demanda que forman el grupo, como elementos campo:grupo separados por &apos;;&apos;. Típico: &apos;p_0_2:0-2;p_3_5:3-5&apos; para niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="82"/>
        <source>Equal weights count people; the Madrid scale (Durán) counts care units. Typical: equal weights for one group.</source>
        <translation>Los pesos iguales cuentan personas; la escala de Madrid (Durán) cuenta unidades de cuidado. Típico: pesos iguales para un solo grupo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="83"/>
        <source>Optional numeric field of the demand units with the potential caregivers, for care intensity. Typical: women 15-64.</source>
        <translation>Campo numérico opcional de las unidades de demanda con las personas cuidadoras potenciales, para la intensidad de cuidado. Típico: mujeres de 15-64 años.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="84"/>
        <source>Optional field of the demand units naming each unit&apos;s district, for care deserts and summaries by district; without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Campo opcional de las unidades de demanda con el distrito de cada unidad, para los desiertos de cuidado y los resúmenes por distrito; sin él, los polígonos de distritos asignan a cada unidad el distrito en el que se encuentra. Típico: district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="85"/>
        <source>Optional polygon layer of districts: when the demand units have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city.</source>
        <translation>Capa opcional de polígonos de distritos: cuando las unidades de demanda no tienen campo de distrito, cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie (escrito como el campo district de las unidades), para los desiertos de cuidado y los resúmenes por distrito. Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="86"/>
        <location filename="../processing/algorithms/equity.py" line="81"/>
        <source>Field of the district polygons with the district names. Typical: district, or the locality name.</source>
        <translation>Campo de los polígonos de distritos con los nombres de los distritos. Típico: district, o el nombre de la localidad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="87"/>
        <source>Only facilities whose target_group is this value (or &apos;all&apos;) are counted; empty = all. Typical: children.</source>
        <translation>Solo se cuentan los servicios cuyo target_group es este valor (o &apos;all&apos;); vacío = todos. Típico: children.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="88"/>
        <source>How travel costs are measured: the straight-line distance times the detour factor, or shortest paths on the road network. Typical: the road network when a street layer is available.</source>
        <translation>Cómo se miden los costos de viaje: la distancia en línea recta por el factor de desvío, o los caminos más cortos en la red vial. Típico: la red vial cuando hay una capa de calles disponible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="89"/>
        <source>Road or footpath line layer, needed for costs on the road network. Typical: the OpenStreetMap streets of the city.</source>
        <translation>Capa de líneas de calles o senderos, necesaria para los costos en la red vial. Típico: las calles de OpenStreetMap de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="90"/>
        <source>Travel speed in km/h, to turn metres into minutes. Typical: 5.04 km/h walking.</source>
        <translation>Velocidad de viaje en km/h, para convertir metros en minutos. Típico: 5.04 km/h a pie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="91"/>
        <source>For straight-line costs, how much longer real routes are than the straight line (at least 1). Typical: 1.3.</source>
        <translation>Para costos en línea recta, cuánto más largas son las rutas reales que la línea recta (al menos 1). Típico: 1.3.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="92"/>
        <source>Catchment threshold in minutes, for accessibility and care deserts. Typical: 10 minutes walking to childcare.</source>
        <translation>Umbral del área de influencia en minutos, para la accesibilidad y los desiertos de cuidado. Típico: 10 minutos a pie hasta el cuidado infantil.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="93"/>
        <source>Accessibility measure (see Accessibility to care). Typical: the two-step floating catchment (2SFCA).</source>
        <translation>Medida de accesibilidad (vea Accesibilidad al cuidado). Típico: el área de influencia flotante en dos pasos (2SFCA).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="94"/>
        <source>Optional name of the text field of the facility layers with their opening hours in OpenStreetMap&apos;s form (e.g. &apos;Mo-Fr 08:00-17:00&apos;), joined to the inventory and used with the time windows; an empty value = always open. Typical: opening_hours.</source>
        <translation>Nombre opcional del campo de texto de las capas de equipamientos con sus horarios de apertura en la forma de OpenStreetMap (p. ej. &apos;Mo-Fr 08:00-17:00&apos;), que se une al inventario y se usa con las ventanas horarias; un valor vacío = siempre abierto. Típico: opening_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="95"/>
        <source>Optional times of the week when caregivers need care, as label=hours items separated by &apos;|&apos;; the units get access_&lt;label&gt; and covered_&lt;label&gt; for each window, and the report says the share covered in each. Typical: &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>Momentos opcionales de la semana en que las personas cuidadoras necesitan cuidado, como elementos etiqueta=horario separados por &apos;|&apos;; las unidades reciben access_&lt;label&gt; y covered_&lt;label&gt; para cada ventana, y el informe indica la proporción cubierta en cada una. Típico: &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="96"/>
        <source>Label of the time window in which care deserts are also looked for in time: units with high demand and care within reach at some hour, but none open in that window, get temporal_desert = 1; empty = the first time window. Typical: evening.</source>
        <translation>Etiqueta de la ventana horaria en la que los desiertos de cuidado se buscan también en el tiempo: las unidades con alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto en esa ventana, reciben temporal_desert = 1; vacío = la primera ventana horaria. Típico: evening.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="97"/>
        <source>With a public transport feed, care deserts get a second mode: walking first, public transport second (for the facilities of the target group; the walks to, from and between stops, and walking the whole way, are measured like the walks of the accessibility step: on the road network with road network costs, else along the straight line times the detour factor, at the speed above); a desert reachable by public transport within this many minutes is type 2, else type 1, and each unit gets cost_transit. Typical: 30 minutes.</source>
        <translation>Con un feed de transporte público, los desiertos de cuidado reciben un segundo modo: primero a pie, en segundo lugar en transporte público (hacia los equipamientos del grupo objetivo; las caminatas hacia las paradas, desde ellas y entre ellas, y el trayecto completo a pie, se miden como las caminatas del paso de accesibilidad: por la red vial con costos en la red vial; si no, en línea recta por el factor de desvío, a la velocidad indicada arriba); un desierto alcanzable en transporte público dentro de este número de minutos es de tipo 2; si no, de tipo 1, y cada unidad recibe cost_transit. Típico: 30 minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="98"/>
        <source>Policy target in places per person, for the care gaps. Typical: 0.333 (one place per 3 children).</source>
        <translation>Meta de política en cupos por persona, para las brechas de cuidado. Típico: 0.333 (un cupo por cada 3 niñas y niños).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="99"/>
        <source>Optional targets per age band for the care gaps, as field:ratio items separated by &apos;;&apos;, each field one of the age-band fields of the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Metas opcionales por grupo de edad para las brechas de cuidado, como elementos campo:razón separados por &apos;;&apos;, cada campo uno de los campos por grupo de edad de las unidades de demanda; cupos requeridos = la suma de razón x conteo, en lugar de la meta de política única. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE de Brasil: 50 % de las niñas y niños de 0-3 años en guardería, 100 % de los de 4-5 en preescolar).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="100"/>
        <source>Optional numeric fields of the demand units added to the priority index (higher = more vulnerable), with the same weight as unmet demand and low access. Typical: poverty rate, female-headed households.</source>
        <translation>Campos numéricos opcionales de las unidades de demanda agregados al índice de prioridad (más alto = más vulnerable), con el mismo peso que la demanda no atendida y el bajo acceso. Típico: tasa de pobreza, hogares con jefatura femenina.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="101"/>
        <source>If checked, the HTML report (and the PDF, if a PDF file is given) is written. Typical: checked for the final run.</source>
        <translation>Si se marca, se escribe el informe HTML (y el PDF, si se indica un archivo PDF). Típico: marcado en la ejecución final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="102"/>
        <source>Title of the report. Typical: &apos;Childcare in Ciudad Demo&apos;.</source>
        <translation>Título del informe. Típico: &apos;Cuidado infantil en Ciudad Demo&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="103"/>
        <location filename="../processing/algorithms/report.py" line="87"/>
        <source>Who the demand is, in the plural, as the report&apos;s sentences will read it. Typical: &apos;children under 6&apos;.</source>
        <translation>Quiénes son la demanda, en plural, tal como lo leerán las frases del informe. Típico: &apos;niñas y niños menores de 6 años&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="104"/>
        <location filename="../processing/algorithms/report.py" line="88"/>
        <source>What the service is, as the report&apos;s sentences will read it. Typical: &apos;a childcare place&apos;.</source>
        <translation>Qué es el servicio, tal como lo leerán las frases del informe. Típico: &apos;un cupo de cuidado infantil&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="105"/>
        <source>The care supply inventory (as caremap:supplyinventory writes it).</source>
        <translation>El inventario de oferta de cuidado (como lo escribe caremap:supplyinventory).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="106"/>
        <source>The units with every indicator: care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority and more.</source>
        <translation>Las unidades con todos los indicadores: care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority y más.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="107"/>
        <source>The facilities with their catchment ratio (places per person within reach).</source>
        <translation>Los servicios con su razón de área de influencia (cupos por persona al alcance).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="108"/>
        <source>Table of care deserts by district (with a district field or district polygons). Typical: a temporary layer.</source>
        <translation>Tabla de desiertos de cuidado por distrito (con un campo de distrito o polígonos de distritos). Típico: una capa temporal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="109"/>
        <source>HTML report file, written when the report is asked for.</source>
        <translation>Archivo del informe HTML, escrito cuando se pide el informe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="110"/>
        <source>Optional PDF of the report, made with a QGIS print layout.</source>
        <translation>PDF opcional del informe, hecho con una composición de impresión de QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="111"/>
        <source>Number of facilities in the inventory (after cleaning and de-duplication).</source>
        <translation>Número de equipamientos en el inventario (después de la limpieza y la eliminación de duplicados).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="112"/>
        <source>Sum of care_demand over the units.</source>
        <translation>Suma de care_demand sobre las unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="113"/>
        <source>Share (0 to 1) of the demand in units with at least one facility within the catchment threshold; None when there is no demand.</source>
        <translation>Proporción (0 a 1) de la demanda en unidades con al menos un equipamiento dentro del umbral del área de influencia; None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="114"/>
        <source>Demand-weighted mean access (places per person within reach, for the floating-catchment methods); None when there is no demand.</source>
        <translation>Acceso medio ponderado por la demanda (cupos por persona al alcance, en los métodos de área de influencia flotante); None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="115"/>
        <source>Places within reach per 100 people of demand; None when there is no demand.</source>
        <translation>Cupos al alcance por cada 100 personas de demanda; None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="116"/>
        <source>People without a place within reach (sum of unmet: max(0, demand - places) per unit).</source>
        <translation>Personas sin cupo al alcance (suma de unmet: max(0, demanda - cupos) por unidad).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="117"/>
        <source>Number of units that are care deserts.</source>
        <translation>Número de unidades que son desiertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="126"/>
        <source>Field mappings, one per facility layer, separated by |</source>
        <translation>Correspondencias de campos, una por capa de equipamientos, separadas por |</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="129"/>
        <source>Source priority (most trusted first)</source>
        <translation>Prioridad de las fuentes (la más confiable primero)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="131"/>
        <source>Service type whitelist (empty = all)</source>
        <translation>Lista blanca de tipos de servicio (vacía = todos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="133"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="114"/>
        <source>Name blacklist (regular expression)</source>
        <translation>Lista negra de nombres (expresión regular)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="135"/>
        <source>Demand units (census blocks, grid cells)</source>
        <translation>Unidades de demanda (manzanas censales, celdas de grilla)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="138"/>
        <source>Age-band fields of the cohort (field:band;...)</source>
        <translation>Campos por grupo de edad de la cohorte (campo:grupo;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="139"/>
        <source>Demand weights</source>
        <translation>Pesos de la demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="147"/>
        <source>Only facilities for this target group (empty = all)</source>
        <translation>Solo equipamientos para este grupo objetivo (vacío = todos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="148"/>
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="150"/>
        <source>Road network (for network costs)</source>
        <translation>Red vial (para costos en red)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="153"/>
        <source>Speed (km/h)</source>
        <translation>Velocidad (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="155"/>
        <source>Detour factor for straight-line costs</source>
        <translation>Factor de desvío para costos en línea recta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="158"/>
        <source>Catchment threshold (minutes)</source>
        <translation>Umbral del área de influencia (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="160"/>
        <source>Accessibility method</source>
        <translation>Método de accesibilidad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="163"/>
        <source>Opening hours field of the facility layers</source>
        <translation>Campo de horarios de apertura de las capas de equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="165"/>
        <source>Caregivers&apos; time windows &apos;label=hours|label=hours&apos; (empty = none)</source>
        <translation>Ventanas horarias de las personas cuidadoras &apos;etiqueta=horario|etiqueta=horario&apos; (vacío = ninguna)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="168"/>
        <source>Time window for temporal care deserts (empty = the first)</source>
        <translation>Ventana horaria para los desiertos de cuidado temporales (vacío = la primera)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="171"/>
        <source>Care deserts: access threshold by public transport (minutes)</source>
        <translation>Desiertos de cuidado: umbral de acceso en transporte público (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="175"/>
        <source>Policy target (places per person)</source>
        <translation>Meta de política (cupos por persona)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="181"/>
        <source>Vulnerability fields for the priority index</source>
        <translation>Campos de vulnerabilidad para el índice de prioridad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="183"/>
        <source>Write the report</source>
        <translation>Escribir el informe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="184"/>
        <source>Report title</source>
        <translation>Título del informe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="184"/>
        <location filename="../processing/algorithms/report.py" line="127"/>
        <source>Care map</source>
        <translation>Mapa de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="186"/>
        <location filename="../processing/algorithms/report.py" line="129"/>
        <source>Who the demand is (plural)</source>
        <translation>Quién es la demanda (en plural)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="186"/>
        <source>children under 6</source>
        <translation>niñas y niños menores de 6 años</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="188"/>
        <location filename="../processing/algorithms/report.py" line="131"/>
        <source>What the service is</source>
        <translation>Qué es el servicio</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="188"/>
        <source>a care place</source>
        <translation>un cupo de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="190"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="29"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="128"/>
        <source>Care supply inventory</source>
        <translation>Inventario de la oferta de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="192"/>
        <source>Care map units</source>
        <translation>Unidades del mapa de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="194"/>
        <source>Facilities with catchment ratio</source>
        <translation>Equipamientos con razón del área de influencia</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="199"/>
        <location filename="../processing/algorithms/report.py" line="151"/>
        <source>HTML report</source>
        <translation>Informe HTML</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="199"/>
        <location filename="../processing/algorithms/report.py" line="151"/>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="202"/>
        <location filename="../processing/algorithms/report.py" line="153"/>
        <source>PDF report</source>
        <translation>Informe PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="202"/>
        <location filename="../processing/algorithms/report.py" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="205"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="138"/>
        <source>Facilities in the inventory</source>
        <translation>Equipamientos en el inventario</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="210"/>
        <location filename="../processing/algorithms/report.py" line="156"/>
        <source>Unmet demand</source>
        <translation>Demanda no atendida</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="232"/>
        <source>{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it must be above 0. Give the longest trip people are expected to make, e.g. 10 minutes walking to childcare.</source>
        <translation>{0} es {1:g}: la accesibilidad y los desiertos de cuidado cuentan lo que queda dentro de este tiempo de viaje, por lo que debe ser mayor que 0. Indique el viaje más largo que se espera que hagan las personas, p. ej. 10 minutos a pie hasta el cuidado infantil.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="340"/>
        <location filename="../processing/algorithms/report.py" line="132"/>
        <source>walk</source>
        <translation>a pie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="341"/>
        <source>travel</source>
        <translation>de viaje</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="394"/>
        <source>{0} is &apos;{1}&apos; but {2} is empty: give the time windows, or leave the window empty.</source>
        <translation>{0} es &apos;{1}&apos; pero {2} está vacío: indique las ventanas horarias, o deje vacía la ventana.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="399"/>
        <source>{0} is &apos;{1}&apos;, which is not one of the time windows ({2}): give one of their labels.</source>
        <translation>{0} es &apos;{1}&apos;, que no es una de las ventanas horarias ({2}): indique una de sus etiquetas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="404"/>
        <source>To measure the time windows, give in {0} the field of the facility layers that holds their opening hours (e.g. opening_hours).</source>
        <translation>Para medir las ventanas horarias, indique en {0} el campo de las capas de equipamientos que contiene sus horarios de apertura (p. ej. opening_hours).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carepipeline.py" line="422"/>
        <source>{0}: %n field(s) of {2} not among the age-band fields of the cohort ({3}: {4}): {1}. Give targets for those fields only, or add the bands to {3}.</source>
        <translation>
            <numerusform>{0}: %n campo de {2} no está entre los campos por grupo de edad de la cohorte ({3}: {4}): {1}. Indique metas solo para esos campos, o agregue los grupos a {3}.</numerusform>
            <numerusform>{0}: %n campos de {2} no están entre los campos por grupo de edad de la cohorte ({3}: {4}): {1}. Indique metas solo para esos campos, o agregue los grupos a {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="53"/>
        <location filename="../processing/algorithms/catchments.py" line="132"/>
        <source>Catchment areas</source>
        <translation>Áreas de influencia</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="55"/>
        <source>catchment,service area,isochrone,travel time,network,buffer,public transport,gtfs,bus</source>
        <translation>área de influencia,área de servicio,isócrona,tiempo de viaje,red,buffer,transporte público,gtfs,bus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="57"/>
        <source>From where can each facility be reached within 10, 15 or 20 minutes? It draws, around every facility, the area from which it is reached within each threshold: along the streets of a road network, as a circle (straight line), or by public transport.

How to read the results:
- Catchment areas: one polygon per facility and threshold, with the facility&apos;s own fields, threshold (the travel limit of the polygon) and cost_unit (minutes or meters) with cost_speed_kmh (the speed used) saying what the threshold is in. The larger thresholds are drawn underneath.
- With &apos;Dissolve per threshold&apos;, one polygon per threshold: the whole area served.

Example: walking at 5.04 km/h (84 m a minute), a 10-minute catchment along the streets covers the streets within 840 m of walking from the facility, widened by 50 m; in a straight line it is a circle of 840 m radius. A street grid makes walking routes longer than the straight line, so the road network polygon is smaller than the circle (often by a third).

Good to know:
- A facility farther from the road network than the largest snap distance gets no road network catchment (a warning counts them).
- The outline (hull) is a quick envelope of the streets reached and may cover a park or a block without streets; &apos;buffer&apos; follows the streets themselves (slower).
- A catchment stops where the road network stops: cut the network generously around the study area.

By public transport (a GTFS timetable): the area is cut into square cells (150 m by default), and a cell is in a facility&apos;s catchment when, leaving its centre at the departure time, the facility is reached within the threshold: walking to a stop, waiting, riding, changing, walking to the facility, or walking the whole way, whichever is quicker; with a departure window, the chosen percentile of the times over its minutes. The direction is from home to the facility, exactly as the travel times of CareMap&apos;s accessibility. The polygon is the union of the squares of the cells reached, so its edge is exact to half a cell. Only cells within walking reach of a facility or of a stop are tried (any other cell is out of reach). Thresholds are then in minutes; the walking speed is the travel speed; the polygon shape, buffer and outline closeness do not apply.
Example: a bus leaves stop A at 08:10 and reaches stop B at 08:15; a home 100 m from A, leaving at 08:05 at 6 km/h, is at A at 08:06, at B at 08:15 and at a facility 300 m from B at 08:18: 13 minutes, so its cell is in the 15-minute catchment, not the 10-minute one. Leaving at 23:00, after the last bus, it is in neither unless the walk is short enough.</source>
        <translation>¿Desde dónde se puede llegar a cada equipamiento en 10, 15 o 20 minutos? Dibuja, alrededor de cada equipamiento, el área desde la que se llega a él dentro de cada umbral: por las calles de una red vial, como un círculo (línea recta) o en transporte público.

Cómo leer los resultados:
- Áreas de influencia: un polígono por equipamiento y umbral, con los propios campos del equipamiento, threshold (el límite de viaje del polígono) y cost_unit (minutos o metros) con cost_speed_kmh (la velocidad usada), que indican en qué unidad está el umbral. Los umbrales mayores se dibujan debajo.
- Con &apos;Disolver por umbral&apos;, un polígono por umbral: toda el área atendida.

Ejemplo: a pie a 5,04 km/h (84 m por minuto), un área de influencia de 10 minutos por las calles cubre las calles a menos de 840 m de caminata desde el equipamiento, ensanchadas 50 m; en línea recta es un círculo de 840 m de radio. Una trama de calles hace que los recorridos a pie sean más largos que la línea recta, por lo que el polígono de la red vial es más pequeño que el círculo (a menudo en un tercio).

Conviene saber:
- Un equipamiento más alejado de la red vial que la distancia máxima a la red vial no recibe área de influencia por la red vial (una advertencia los cuenta).
- El contorno (envolvente) es una envoltura rápida de las calles alcanzadas y puede cubrir un parque o una manzana sin calles; &apos;buffer&apos; sigue las propias calles (más lento).
- Un área de influencia se detiene donde se detiene la red vial: recorte la red con amplitud alrededor del área de estudio.

En transporte público (un horario GTFS): el área se divide en celdas cuadradas (150 m por defecto), y una celda está en el área de influencia de un equipamiento cuando, saliendo de su centro a la hora de salida, se llega al equipamiento dentro del umbral: caminando hasta una parada, esperando, viajando, haciendo transbordo y caminando hasta el equipamiento, o haciendo todo el trayecto a pie, lo que sea más rápido; con una ventana de salida, el percentil elegido de los tiempos a lo largo de sus minutos. El sentido es desde el hogar hacia el equipamiento, exactamente como en los tiempos de viaje de la accesibilidad de CareMap. El polígono es la unión de los cuadrados de las celdas alcanzadas, por lo que su borde es exacto a media celda. Solo se prueban las celdas al alcance a pie de un equipamiento o de una parada (cualquier otra celda queda fuera de alcance). Los umbrales están entonces en minutos; la velocidad de viaje se usa como velocidad a pie; la forma del polígono, el buffer y el ceñido del contorno no se aplican.
Ejemplo: un bus sale de la parada A a las 08:10 y llega a la parada B a las 08:15; un hogar a 100 m de A, que sale a las 08:05 a 6 km/h, está en A a las 08:06, en B a las 08:15 y en un equipamiento a 300 m de B a las 08:18: 13 minutos, por lo que su celda está en el área de influencia de 15 minutos, no en la de 10 minutos. Si sale a las 23:00, después del último bus, no está en ninguna de las dos, salvo que la caminata sea lo bastante corta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="92"/>
        <source>Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of CareMap&apos;s supply inventory.</source>
        <translation>Capa de equipamientos de cuidado, puntos o polígonos; se dibuja un área de influencia por equipamiento y umbral. Típico: la salida del Inventario de la oferta de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="93"/>
        <source>Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed); public transport: the cells of a grid from which the facility is reached within the threshold by walking and riding the buses or trains of a GTFS timetable, leaving at the departure time (in minutes; the public transport settings are under the advanced parameters). Typical: the road network.</source>
        <translation>Por la red vial: las calles alcanzadas dentro de cada umbral, como un polígono; línea recta: un círculo cuyo radio es el umbral (metros, o minutos por la velocidad de viaje); transporte público: las celdas de una grilla desde las que se llega al equipamiento dentro del umbral caminando y viajando en los buses o trenes de un horario GTFS, saliendo a la hora de salida (en minutos; los ajustes de transporte público están en los parámetros avanzados). Típico: la red vial.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="94"/>
        <source>Road or footpath line layer, needed for catchments along the road network; lines connect where they share a vertex. Typical: the OpenStreetMap streets of the city.</source>
        <translation>Capa de líneas de calles o senderos, necesaria para las áreas de influencia por la red vial; las líneas se conectan donde comparten un vértice. Típico: las calles de OpenStreetMap de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="95"/>
        <source>One or more travel limits in the cost unit, separated by commas; one polygon is drawn per threshold. Typical: &apos;10,15,20&apos; minutes.</source>
        <translation>Uno o más límites de viaje en la unidad de costo, separados por comas; se dibuja un polígono por umbral. Típico: &apos;10,15,20&apos; minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="96"/>
        <source>Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Not used by straight lines or public transport. Typical: hull.</source>
        <translation>Forma del polígono por la red vial: hull = un contorno de las calles alcanzadas, ensanchado por el buffer (rápido); buffer = las propias calles alcanzadas, ensanchadas por el buffer (detallado, más lento). No se usa con línea recta ni con transporte público. Típico: hull.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="97"/>
        <source>Width in metres added around the streets reached or their outline (road network only; not used by straight lines or public transport). Typical: 50 m.</source>
        <translation>Ancho en metros agregado alrededor de las calles alcanzadas o de su contorno (solo red vial; no se usa con línea recta ni con transporte público). Típico: 50 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="98"/>
        <source>How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape (road network only; not used by public transport). Typical: 0.3.</source>
        <translation>Cuánto se ciñe el contorno a las calles alcanzadas, de 0 (lo más ceñido) a 1 (convexo), para la forma de envolvente (solo red vial; no se usa con transporte público). Típico: 0.3.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="99"/>
        <source>Side in metres of the square cells of public transport catchments: each cell whose centre reaches the facility within the threshold is in its catchment, so the polygon&apos;s edge is exact to half a cell. Smaller cells give a finer edge and take longer (four times as many cells at half the size). Used only by public transport. Typical: 150 m (100 m for a finer edge, about twice as slow).</source>
        <translation>Lado en metros de las celdas cuadradas de las áreas de influencia en transporte público: cada celda cuyo centro llega al equipamiento dentro del umbral está en su área de influencia, por lo que el borde del polígono es exacto a media celda. Las celdas más pequeñas dan un borde más fino y tardan más (cuatro veces más celdas con la mitad del tamaño). Solo se usa en transporte público. Típico: 150 m (100 m para un borde más fino, aproximadamente el doble de lento).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="100"/>
        <source>If checked, the catchments of all facilities are merged into one polygon per threshold (the area served); otherwise one polygon per facility and threshold. Typical: unchecked.</source>
        <translation>Si se marca, las áreas de influencia de todos los servicios se unen en un polígono por umbral (el área atendida); si no, un polígono por servicio y umbral. Típico: sin marcar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="101"/>
        <source>Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no road network catchment. Typical: 500 m.</source>
        <translation>Distancia máxima en metros de un equipamiento a la red vial: se une al punto más cercano de la calle más cercana (de una parte de la red que contenga al menos el 5 % de la longitud de la parte mayor), contando la caminata hasta él. Los equipamientos más lejanos no reciben área de influencia por la red vial. Típico: 500 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="102"/>
        <source>Catchment polygons: the facility&apos;s fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved; by public transport cost_speed_kmh is the walking speed).</source>
        <translation>Polígonos de áreas de influencia: los campos del equipamiento más threshold, cost_unit y cost_speed_kmh (uno por umbral si se disuelven; en transporte público, cost_speed_kmh es la velocidad a pie).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="110"/>
        <source>Thresholds (comma-separated, in the cost unit)</source>
        <translation>Umbrales (separados por comas, en la unidad de costo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="112"/>
        <location filename="../processing/cost_params.py" line="53"/>
        <source>How travel is measured</source>
        <translation>Cómo se mide el viaje</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="114"/>
        <location filename="../processing/cost_params.py" line="55"/>
        <source>Cost unit</source>
        <translation>Unidad de costo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="116"/>
        <source>Dissolve per threshold</source>
        <translation>Disolver por umbral</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="117"/>
        <source>Polygon shape along the road network</source>
        <translation>Forma del polígono por la red vial</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="120"/>
        <source>Buffer around the streets reached or their outline (m)</source>
        <translation>Buffer alrededor de las calles alcanzadas o de su contorno (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="123"/>
        <source>Outline closeness (0 = follows the streets, 1 = convex)</source>
        <translation>Ceñido del contorno (0 = sigue las calles, 1 = convexo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="127"/>
        <source>Public transport: cell size of the catchment grid (m)</source>
        <translation>Transporte público: tamaño de celda de la grilla de áreas de influencia (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="130"/>
        <source>Largest distance from a facility to the road network (m)</source>
        <translation>Distancia máxima de un equipamiento a la red vial (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="140"/>
        <source>{0} must be numbers separated by commas (e.g. &apos;10,15,20&apos;), got &apos;{1}&apos;.</source>
        <translation>{0} debe contener números separados por comas (p. ej. &apos;10,15,20&apos;); se recibió &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="144"/>
        <source>{0} must all be above 0 (e.g. &apos;10,15,20&apos;), got &apos;{1}&apos;: a catchment of 0 or less is empty.</source>
        <translation>Todos los valores de {0} deben ser mayores que 0 (p. ej. &apos;10,15,20&apos;); se recibió &apos;{1}&apos;: un área de influencia de 0 o menos está vacía.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="156"/>
        <location filename="../processing/costs_io.py" line="205"/>
        <source>Public transport costs are travel times: choose {0} in {1} (and give the thresholds in minutes).</source>
        <translation>Los costos en transporte público son tiempos de viaje: elija {0} en {1} (e indique los umbrales en minutos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="157"/>
        <location filename="../processing/choices.py" line="40"/>
        <location filename="../processing/costs_io.py" line="206"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="201"/>
        <source>%n catchment polygon(s)</source>
        <translation>
            <numerusform>%n polígono de área de influencia</numerusform>
            <numerusform>%n polígonos de áreas de influencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="202"/>
        <source>for %n facilit(y/ies), thresholds {0} {1}.</source>
        <translation>
            <numerusform>para %n equipamiento, umbrales {0} {1}.</numerusform>
            <numerusform>para %n equipamientos, umbrales {0} {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="223"/>
        <source>Public transport catchments: %n cell(s) of {0:g} m within reach of a facility of {1} ({2:g} minutes of walking at {3:g} km/h) or of a stop of {4} ({5:g} m of walking); each is routed from its centre.</source>
        <translation>
            <numerusform>Áreas de influencia en transporte público: %n celda de {0:g} m al alcance de un equipamiento de {1} ({2:g} minutos de caminata a {3:g} km/h) o de una parada de {4} ({5:g} m de caminata); el recorrido se calcula desde su centro.</numerusform>
            <numerusform>Áreas de influencia en transporte público: %n celdas de {0:g} m al alcance de un equipamiento de {1} ({2:g} minutos de caminata a {3:g} km/h) o de una parada de {4} ({5:g} m de caminata); el recorrido de cada una se calcula desde su centro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="228"/>
        <source>No cell of {0:g} m has its centre within reach of a facility of {1} or of a stop of {2}: no catchment is drawn. Choose a smaller {3}, or larger thresholds.</source>
        <translation>Ninguna celda de {0:g} m tiene su centro al alcance de un equipamiento de {1} o de una parada de {2}: no se dibuja ningún área de influencia. Elija un valor menor en {3}, o umbrales mayores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="252"/>
        <source>%n catchment(s) of {0} by public transport hold no cell: no cell centre reaches the facility within the threshold. Choose a smaller {1} to see them.</source>
        <translation>
            <numerusform>%n área de influencia de {0} en transporte público no contiene ninguna celda: ningún centro de celda llega al equipamiento dentro del umbral. Para verla, elija un valor menor en {1}.</numerusform>
            <numerusform>%n áreas de influencia de {0} en transporte público no contienen ninguna celda: ningún centro de celda llega al equipamiento dentro del umbral. Para verlas, elija un valor menor en {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="46"/>
        <source>Equity of access</source>
        <translation>Equidad en el acceso</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="48"/>
        <source>equity,inequality,Gini,Palma,Theil,concentration index,Lorenz</source>
        <translation>equidad,desigualdad,Gini,Palma,Theil,índice de concentración,Lorenz</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="50"/>
        <source>How unequally is access to care shared among the people? Are the poorest blocks the worst served, and does the inequality lie between districts or within them?

How to read the results (figures in the log, and returned for models):
- Mean access: the access of the average person (weighted by the people of each unit).
- Gini coefficient: 0 = everyone has the same access; near 1 = all access in one unit.
- Palma ratio: the access of the best-served 10% of people over that of the worst-served 40% (1.0 = they have the same total; 2.0 = the top tenth has twice what the bottom four tenths have).
- Theil index: 0 = equality; with districts, split into a part between districts and a part within them (the two add up to the whole).
- With a socio-economic rank field (low = poorest): the concentration index and its Erreygers correction, negative when access is concentrated among the poor, positive among the better-off.
- Lorenz curve: a table of pop_share (cumulative share of people, from the worst served), access_share (their cumulative share of access) and equality (the line of perfect equality), for a chart.
A figure that cannot be computed (no access anywhere, no rank field) is empty (None).

Example: four blocks of the same population with access 0, 1, 1 and 2 places per 100 children, ranked from poorest to richest in that order, in two districts (0, 1) and (1, 2): Gini 0.375, Palma 1.33, concentration index 0.375 (access favours the better-off), Theil 0.347, of which 0.131 between the districts and 0.216 within them.

Caveats: all measures weigh units by their people; without a population field every unit counts once. Access values must be 0 or more; NULL values in the fields used are an error, and so is a unit outside the district polygons.</source>
        <translation>¿Qué tan desigual es el reparto del acceso al cuidado entre las personas? ¿Son las manzanas más pobres las peor atendidas, y la desigualdad está entre los distritos o dentro de ellos?

Cómo leer los resultados (cifras en el registro, y devueltas para los modelos):
- Acceso medio: el acceso de la persona promedio (ponderado por las personas de cada unidad).
- Coeficiente de Gini: 0 = todas las personas tienen el mismo acceso; cerca de 1 = todo el acceso en una unidad.
- Razón de Palma: el acceso del 10 % de personas mejor atendidas sobre el del 40 % peor atendido (1,0 = tienen el mismo total; 2,0 = la décima parte superior tiene el doble que las cuatro décimas partes inferiores).
- Índice de Theil: 0 = igualdad; con distritos, se divide en una parte entre distritos y una parte dentro de ellos (las dos suman el total).
- Con un campo de rango socioeconómico (bajo = más pobre): el índice de concentración y su corrección de Erreygers, negativos cuando el acceso se concentra entre las personas pobres y positivos cuando se concentra entre las más acomodadas.
- Curva de Lorenz: una tabla con pop_share (proporción acumulada de personas, desde las peor atendidas), access_share (su proporción acumulada del acceso) y equality (la línea de igualdad perfecta), para un gráfico.
Una cifra que no se puede calcular (sin acceso en ninguna parte, sin campo de rango) queda vacía (None).

Ejemplo: cuatro manzanas con la misma población y un acceso de 0, 1, 1 y 2 cupos por cada 100 niñas y niños, ordenadas de la más pobre a la más rica en ese orden, en dos distritos (0, 1) y (1, 2): Gini 0,375, Palma 1,33, índice de concentración 0,375 (el acceso favorece a las más acomodadas), Theil 0,347, del cual 0,131 entre los distritos y 0,216 dentro de ellos.

Precauciones: todas las medidas ponderan las unidades por sus personas; sin campo de población cada unidad cuenta una vez. Los valores de acceso deben ser 0 o más; los valores NULL en los campos usados son un error, y también lo es una unidad fuera de los polígonos de distritos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="75"/>
        <source>Layer or table of units with an access value and their people. Typical: the demand output of Accessibility to care.</source>
        <translation>Capa o tabla de unidades con un valor de acceso y sus personas. Típico: la salida de demanda de Accesibilidad al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="76"/>
        <source>Numeric field with the access of each unit (0 or more, no NULL). Typical: access from Accessibility to care.</source>
        <translation>Campo numérico con el acceso de cada unidad (0 o más, sin NULL). Típico: access de Accesibilidad al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="77"/>
        <source>Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: care_demand, or children 0-5.</source>
        <translation>Campo numérico opcional con las personas de cada unidad, usado como ponderador; vacío = cada unidad cuenta una vez. Típico: care_demand, o niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="78"/>
        <source>Optional numeric socio-economic rank (low = poorest), for the concentration and Erreygers indices. Typical: income or estrato.</source>
        <translation>Rango socioeconómico numérico opcional (bajo = más pobre), para los índices de concentración y de Erreygers. Típico: ingreso o estrato.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="79"/>
        <source>Optional district field, to split the Theil index into the inequality between districts and within them; without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Campo opcional de distrito, para dividir el índice de Theil en la desigualdad entre distritos y dentro de ellos; sin él, los polígonos de distritos asignan a cada unidad el distrito en el que se encuentra. Típico: district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="80"/>
        <source>Optional polygon layer of districts: when the units have no district field, each unit gets the district its point on surface lies in, for the split of the Theil index (a unit in no district is an error). Typical: the localities or communes of the city.</source>
        <translation>Capa opcional de polígonos de distritos: cuando las unidades no tienen campo de distrito, cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie, para dividir el índice de Theil (una unidad fuera de todo distrito es un error). Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="82"/>
        <source>Number of rows of the Lorenz curve table, at equally spaced shares of people (0 = one row per unit). Typical: 101.</source>
        <translation>Número de filas de la tabla de la curva de Lorenz, en proporciones de personas igualmente espaciadas (0 = una fila por unidad). Típico: 101.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="83"/>
        <source>Lorenz curve table with pop_share, access_share and equality, for a chart. Typical: a temporary layer.</source>
        <translation>Tabla de la curva de Lorenz con pop_share, access_share y equality, para un gráfico. Típico: una capa temporal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="84"/>
        <source>Mean access weighted by people; None when it cannot be computed (no people).</source>
        <translation>Acceso medio ponderado por las personas; None cuando no se puede calcular (sin personas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="85"/>
        <source>Gini coefficient of access between people (0 = everyone the same access, 1 = all access in one unit); None when undefined.</source>
        <translation>Coeficiente de Gini del acceso entre personas (0 = todas tienen el mismo acceso, 1 = todo el acceso en una unidad); None cuando no está definido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="86"/>
        <source>Palma ratio: access of the best-served 10% of people over that of the worst-served 40%; None when undefined (e.g. the bottom 40% have no access).</source>
        <translation>Razón de Palma: acceso del 10% de personas mejor atendidas sobre el del 40% peor atendido; None cuando no está definida (p. ej. el 40% inferior no tiene acceso).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="87"/>
        <source>Theil index of access inequality (0 = equality); None when undefined.</source>
        <translation>Índice de Theil de la desigualdad en el acceso (0 = igualdad); None cuando no está definido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="88"/>
        <source>Part of the Theil index due to differences between districts; None without districts or when undefined.</source>
        <translation>Parte del índice de Theil debida a las diferencias entre distritos; None sin distritos o cuando no está definida.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="89"/>
        <source>Part of the Theil index due to differences within districts; None without districts or when undefined.</source>
        <translation>Parte del índice de Theil debida a las diferencias dentro de los distritos; None sin distritos o cuando no está definida.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="90"/>
        <source>Concentration index of access by the socio-economic rank (negative = access concentrated among the poorest); None without a rank field or when undefined.</source>
        <translation>Índice de concentración del acceso según el rango socioeconómico (negativo = acceso concentrado entre las personas más pobres); None sin campo de rango o cuando no está definido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="91"/>
        <source>Erreygers-corrected concentration index (for bounded access); None without a rank field or when undefined.</source>
        <translation>Índice de concentración con la corrección de Erreygers (para un acceso acotado); None sin campo de rango o cuando no está definido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="96"/>
        <location filename="../processing/algorithms/hotspots.py" line="80"/>
        <location filename="../processing/algorithms/priorityindex.py" line="79"/>
        <location filename="../processing/algorithms/report.py" line="323"/>
        <location filename="../processing/report_layout.py" line="446"/>
        <location filename="../ui/charts.py" line="304"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="97"/>
        <source>Access field</source>
        <translation>Campo de acceso</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="98"/>
        <source>Population (weights) field</source>
        <translation>Campo de población (pesos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="100"/>
        <source>Socio-economic rank field (low = poorest)</source>
        <translation>Campo de rango socioeconómico (bajo = más pobre)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="102"/>
        <source>District field (to split the Theil index)</source>
        <translation>Campo de distrito (para dividir el índice de Theil)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="105"/>
        <source>Lorenz table rows (0 = one per unit)</source>
        <translation>Filas de la tabla de Lorenz (0 = una por unidad)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="108"/>
        <source>Lorenz curve</source>
        <translation>Curva de Lorenz</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="33"/>
        <location filename="../processing/algorithms/equity.py" line="33"/>
        <source>Population-weighted mean access</source>
        <translation>Acceso medio ponderado por población</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="34"/>
        <location filename="../processing/algorithms/equity.py" line="34"/>
        <source>Gini coefficient</source>
        <translation>Coeficiente de Gini</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="35"/>
        <location filename="../processing/algorithms/equity.py" line="35"/>
        <source>Palma ratio (top 10% / bottom 40%)</source>
        <translation>Razón de Palma (10% superior / 40% inferior)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="36"/>
        <location filename="../processing/algorithms/equity.py" line="36"/>
        <source>Theil T</source>
        <translation>T de Theil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="37"/>
        <location filename="../processing/algorithms/equity.py" line="37"/>
        <source>Theil T between districts</source>
        <translation>T de Theil entre distritos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="38"/>
        <location filename="../processing/algorithms/equity.py" line="38"/>
        <source>Theil T within districts</source>
        <translation>T de Theil dentro de los distritos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="39"/>
        <location filename="../processing/algorithms/equity.py" line="39"/>
        <source>Concentration index</source>
        <translation>Índice de concentración</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="40"/>
        <location filename="../processing/algorithms/equity.py" line="40"/>
        <source>Erreygers-corrected concentration index</source>
        <translation>Índice de concentración corregido de Erreygers</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="134"/>
        <source>No demand: field &apos;{0}&apos; of layer {1} is 0 in every unit, so there is no population to weigh access by and every measure is NULL. Choose the population field, or leave it empty to count every unit once.</source>
        <translation>Sin demanda: el campo &apos;{0}&apos; de la capa {1} es 0 en todas las unidades, por lo que no hay población con la cual ponderar el acceso y todas las medidas son NULL. Elija el campo de población, o déjelo vacío para contar cada unidad una vez.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="145"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="148"/>
        <source>No variation: access in &apos;{0}&apos; of layer {1} is the same in every unit (perfect equality).</source>
        <translation>Sin variación: el acceso en &apos;{0}&apos; de la capa {1} es igual en todas las unidades (igualdad perfecta).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="151"/>
        <source>No capacity: access in &apos;{0}&apos; of layer {1} is 0 everywhere, so the inequality measures are undefined (NULL).</source>
        <translation>Sin capacidad: el acceso en &apos;{0}&apos; de la capa {1} es 0 en todas partes, por lo que las medidas de desigualdad no están definidas (NULL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="62"/>
        <source>Community field survey package</source>
        <translation>Paquete de encuesta comunitaria de campo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="64"/>
        <source>survey,field,community,collaborative mapping,crowd,QField,ODK,KoboToolbox,XLSForm,form,phone,collect,inventory</source>
        <translation>encuesta,campo,comunidad,mapeo colaborativo,colaboración abierta,QField,ODK,KoboToolbox,XLSForm,formulario,celular,recolección,inventario</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="67"/>
        <source>How can a community map the care that no registry lists (neighbours who mind children, community kitchens, informal day care)? This writes a ready-to-collect survey package into a folder: copy the folder to a phone and open the project in QField, or upload the form to KoboToolbox or ODK. Each place collected has the fields of the care supply inventory plus who collected it, when, how it was checked, a photo and notes, so the &apos;Care supply inventory&apos; tool reads the results back with their provenance.

How to read the results (all in the chosen folder):
- care_survey.gpkg: the empty layer care_places (points in longitude/latitude) with the fields name, service_type, sphere, target_group, capacity (places), hours_per_day, days_per_week, fee, source (community_survey), collector, survey_date, verification (visited, phone, document or reported), notes and photo; the existing inventory as reference_inventory and the vector base layers.
- care_survey.qgz: the QGIS / QField project. Its form shows the questions in the chosen language, drop-down lists for the type of care, who runs it, who is cared for, days and how it was checked, today&apos;s date by default, and refuses negative places or fees and more than 24 hours. The reference inventory is read-only. Photos go to the DCIM folder beside the project.
- care_survey_form.xlsx: the same form as an XLSForm (sheets survey, choices, settings) with labels in English, Spanish, Portuguese and French, the chosen language first and by default.

Example: with the demo&apos;s facility registry as the existing inventory and its districts as a base layer, a workshop of five collectors walks one district; back at the office, give the returned care_survey.gpkg (or the Kobo CSV export) to &apos;Care supply inventory&apos; with the registry: each place comes back as confirmed, new or conflicting in its review layer.

Caveats: an existing survey package in the folder is never overwritten (it may hold collected places): choose a new folder. Base layers from files are copied into the folder (vector layers into the GeoPackage, rasters into its base folder); online layers stay online and need a connection in the field. The method is in docs/community_mapping.md.</source>
        <translation>¿Cómo puede una comunidad mapear el cuidado que ningún registro lista (vecinas que cuidan a niñas y niños, comedores comunitarios, cuidado infantil informal)? Esta herramienta escribe en una carpeta un paquete de encuesta listo para recolectar: copie la carpeta a un celular y abra el proyecto en QField, o suba el formulario a KoboToolbox u ODK. Cada lugar recolectado tiene los campos del inventario de la oferta de cuidado más quién lo recolectó, cuándo, cómo se verificó, una foto y notas, de modo que la herramienta &apos;Inventario de la oferta de cuidado&apos; vuelve a leer los resultados con su procedencia.

Cómo leer los resultados (todos en la carpeta elegida):
- care_survey.gpkg: la capa vacía care_places (puntos en longitud/latitud) con los campos name, service_type, sphere, target_group, capacity (cupos), hours_per_day, days_per_week, fee, source (community_survey), collector, survey_date, verification (visited, phone, document o reported), notes y photo; el inventario existente como reference_inventory y las capas base vectoriales.
- care_survey.qgz: el proyecto de QGIS / QField. Su formulario muestra las preguntas en el idioma elegido, listas desplegables para el tipo de cuidado, quién lo gestiona, a quién se cuida, los días y cómo se verificó, la fecha de hoy por defecto, y rechaza cupos o tarifas negativos y más de 24 horas. El inventario de referencia es de solo lectura. Las fotos van a la carpeta DCIM junto al proyecto.
- care_survey_form.xlsx: el mismo formulario como XLSForm (hojas survey, choices, settings) con etiquetas en inglés, español, portugués y francés, con el idioma elegido en primer lugar y por defecto.

Ejemplo: con el registro de equipamientos de la demostración como inventario existente y sus distritos como capa base, un taller de cinco personas encuestadoras recorre un distrito; de vuelta en la oficina, entregue el care_survey.gpkg devuelto (o la exportación CSV de Kobo) a &apos;Inventario de la oferta de cuidado&apos; junto con el registro: cada lugar vuelve como confirmado, nuevo o en conflicto en su capa de revisión.

Precauciones: un paquete de encuesta que ya está en la carpeta nunca se sobrescribe (puede contener lugares recolectados): elija una carpeta nueva. Las capas base de archivos se copian en la carpeta (las capas vectoriales en el GeoPackage, los rásteres en su carpeta base); las capas en línea siguen en línea y necesitan conexión en terreno. El método está en docs/community_mapping.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="95"/>
        <source>Language of the form&apos;s questions and choices, on the phone and in the XLSForm (which carries the other three too). Typical: the language of the collectors, e.g. Spanish.</source>
        <translation>Idioma de las preguntas y las opciones del formulario, en el celular y en el XLSForm (que también lleva los otros tres). Típico: el idioma de las personas encuestadoras, p. ej. español.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="96"/>
        <source>Optional: the care places already known (a registry or a previous inventory), copied into the package as a read-only reference layer so collectors see what is already listed. Typical: the output of &apos;Care supply inventory&apos; or the official registry.</source>
        <translation>Opcional: los lugares de cuidado ya conocidos (un registro o un inventario anterior), copiados en el paquete como capa de referencia de solo lectura para que las personas encuestadoras vean lo que ya está listado. Típico: la salida de &apos;Inventario de la oferta de cuidado&apos; o el registro oficial.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="97"/>
        <source>Optional: layers to find the way in the field (districts, blocks, streets, an aerial image). File layers are copied into the package; online layers stay online. Typical: districts and roads.</source>
        <translation>Opcional: capas para orientarse en terreno (distritos, manzanas, calles, una imagen aérea). Las capas de archivos se copian en el paquete; las capas en línea siguen en línea. Típico: distritos y vías.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="98"/>
        <source>Name of the survey, shown as the layer and project title and the form&apos;s title. Typical: &apos;Care places&apos; or the name of the neighbourhood.</source>
        <translation>Nombre de la encuesta, que se muestra como título de la capa y del proyecto y como título del formulario. Típico: &apos;Lugares de cuidado&apos; o el nombre del barrio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="99"/>
        <source>A new, empty folder for the package (GeoPackage, project, form, photo folder), to copy as a whole to a phone. Typical: a folder named after the survey and its date.</source>
        <translation>Una carpeta nueva y vacía para el paquete (GeoPackage, proyecto, formulario, carpeta de fotos), para copiarla entera a un celular. Típico: una carpeta con el nombre de la encuesta y su fecha.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="100"/>
        <source>Path of the GeoPackage where collectors add care places (layer care_places), with the reference inventory and base layers.</source>
        <translation>Ruta del GeoPackage donde las personas encuestadoras agregan lugares de cuidado (capa care_places), con el inventario de referencia y las capas base.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="101"/>
        <source>Path of the QGIS project for QField, with the survey form.</source>
        <translation>Ruta del proyecto de QGIS para QField, con el formulario de la encuesta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="102"/>
        <source>Path of the XLSForm for KoboToolbox or ODK.</source>
        <translation>Ruta del XLSForm para KoboToolbox u ODK.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="103"/>
        <source>Number of places of the existing inventory copied as the read-only reference layer (0 without one).</source>
        <translation>Número de lugares del inventario existente copiados como capa de referencia de solo lectura (0 si no hay ninguno).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="104"/>
        <source>Number of base layers put into the package.</source>
        <translation>Número de capas base incluidas en el paquete.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="113"/>
        <source>Language of the form</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="116"/>
        <source>Care places already known (read-only reference)</source>
        <translation>Lugares de cuidado ya conocidos (referencia de solo lectura)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="119"/>
        <source>Base layers</source>
        <translation>Capas base</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="120"/>
        <source>Survey title</source>
        <translation>Título de la encuesta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="123"/>
        <source>Folder for the survey package</source>
        <translation>Carpeta para el paquete de encuesta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="125"/>
        <source>Survey GeoPackage</source>
        <translation>GeoPackage de la encuesta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="126"/>
        <source>Survey project (QField)</source>
        <translation>Proyecto de la encuesta (QField)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="127"/>
        <source>Survey form (XLSForm)</source>
        <translation>Formulario de la encuesta (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="128"/>
        <source>Reference places</source>
        <translation>Lugares de referencia</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="129"/>
        <source>Base layers packed</source>
        <translation>Capas base incluidas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="143"/>
        <source>Could not write layer {0} into {1}: {2}</source>
        <translation>No se pudo escribir la capa {0} en {1}: {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="216"/>
        <source>Base layer {0} is not a file: it stays where it is ({1}) and needs a connection in the field.</source>
        <translation>La capa base {0} no es un archivo: se queda donde está ({1}) y necesita conexión en terreno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="232"/>
        <source>The folder {0} already holds a survey package ({1}), which may hold places collected: choose a new, empty folder.</source>
        <translation>La carpeta {0} ya contiene un paquete de encuesta ({1}), que puede contener lugares recolectados: elija una carpeta nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="269"/>
        <source>Care places already known</source>
        <translation>Lugares de cuidado ya conocidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/fieldsurvey.py" line="271"/>
        <source>Reference inventory: %n place(s) copied, read-only.</source>
        <translation>
            <numerusform>Inventario de referencia: %n lugar copiado, de solo lectura.</numerusform>
            <numerusform>Inventario de referencia: %n lugares copiados, de solo lectura.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="283"/>
        <source>The survey layer written to {0} could not be opened: check that the folder is writable.</source>
        <translation>No se pudo abrir la capa de la encuesta escrita en {0}: verifique que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="296"/>
        <source>The project could not be written to {0}: {1}</source>
        <translation>No se pudo escribir el proyecto en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="298"/>
        <source>Survey package written to {0}: copy the whole folder to the phone (QField), or upload {1} to KoboToolbox or ODK.</source>
        <translation>Paquete de encuesta escrito en {0}: copie la carpeta entera al celular (QField), o suba {1} a KoboToolbox u ODK.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="36"/>
        <location filename="../processing/algorithms/hotspots.py" line="96"/>
        <source>Hot and cold spots</source>
        <translation>Puntos calientes y fríos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="38"/>
        <source>hot spot,cold spot,Getis-Ord,Gi*,LISA,local Moran,cluster,FDR</source>
        <translation>punto caliente,punto frío,Getis-Ord,Gi*,LISA,Moran local,conglomerado,FDR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="40"/>
        <source>Where do high values cluster (hot spots) and where do low values cluster (cold spots)? For example: are the blocks with much unmet demand scattered, or do they form whole neighbourhoods that one new service could reach?

How to read the results:
- Hot and cold spots (one row per unit, with its own fields): hotspot_class = 3, 2, 1 for a hot spot at 99, 95, 90% confidence, 0 not significant, -1, -2, -3 for a cold spot at 90, 95, 99%; z = how far the unit and its neighbours are above (positive) or below (negative) what chance would give; p = its two-sided p-value; p_sim = the p-value from random permutations; p_fdr = the p-value corrected for testing many units (false discovery rate); stat = the statistic itself (Gi* or local Moran&apos;s I); n_neighbors = neighbours of the unit; quadrant (local Moran&apos;s I only) = 1 high among high, 2 low among high, 3 low among low, 4 high among low. A unit surrounded by different values (an outlier, quadrant 2 or 4) gets class 0.

Example: in the demo city of the tutorial, Getis-Ord Gi* on unmet demand with neighbours sharing a border (queen) and 99 permutations finds 942 hot-spot blocks (517 at 99% confidence), 36% of them in El Porvenir, and 1,243 cold-spot blocks around Centro and in the north. By hand: five blocks in a row with unmet demand 1, 2, 3, 8, 9, each the neighbour of the next: the last block has z = 1.95 and p = 0.051, a hot spot at 90% confidence but not at 95%.

Caveats: a unit without any neighbour (an island) gets no z or p and class 0. With thousands of units, some are &apos;significant&apos; by chance: tick the multiple-testing correction to be strict. Values that are the same everywhere give no hot spot. Classes use the permutation p-values when permutations are run.</source>
        <translation>¿Dónde se agrupan los valores altos (puntos calientes) y dónde los bajos (puntos fríos)? Por ejemplo: ¿las manzanas con mucha demanda no atendida están dispersas, o forman barrios enteros a los que podría llegar un solo servicio nuevo?

Cómo leer los resultados:
- Puntos calientes y fríos (una fila por unidad, con sus propios campos): hotspot_class = 3, 2, 1 para un punto caliente con 99, 95 y 90 % de confianza, 0 no significativo, -1, -2, -3 para un punto frío con 90, 95 y 99 %; z = cuánto están la unidad y sus vecinas por encima (positivo) o por debajo (negativo) de lo que daría el azar; p = su valor p bilateral; p_sim = el valor p obtenido de permutaciones aleatorias; p_fdr = el valor p corregido por probar muchas unidades (tasa de falsos descubrimientos); stat = el propio estadístico (Gi* o I de Moran local); n_neighbors = vecinas de la unidad; quadrant (solo I de Moran local) = 1 alto entre altos, 2 bajo entre altos, 3 bajo entre bajos, 4 alto entre bajos. Una unidad rodeada de valores distintos (un valor atípico, cuadrante 2 o 4) recibe la clase 0.

Ejemplo: en la ciudad de demostración del tutorial, Gi* de Getis-Ord sobre la demanda no atendida, con vecinas que comparten un límite (reina) y 99 permutaciones, encuentra 942 manzanas en puntos calientes (517 con 99 % de confianza), el 36 % de ellas en El Porvenir, y 1.243 manzanas en puntos fríos alrededor de Centro y en el norte. A mano: cinco manzanas en fila con demanda no atendida 1, 2, 3, 8 y 9, cada una vecina de la siguiente: la última manzana tiene z = 1,95 y p = 0,051, un punto caliente con 90 % de confianza pero no con 95 %.

Precauciones: una unidad sin ninguna vecina (una isla) no recibe z ni p y tiene la clase 0. Con miles de unidades, algunas son &apos;significativas&apos; por azar: marque la corrección por comparaciones múltiples para ser estricto. Los valores iguales en todas partes no dan ningún punto caliente. Las clases usan los valores p de las permutaciones cuando se ejecutan permutaciones.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="64"/>
        <source>Layer of units, points or polygons (polygons are needed for neighbours that share a border). Typical: census blocks with an indicator, e.g. the Care deserts layer.</source>
        <translation>Capa de unidades, puntos o polígonos (se necesitan polígonos para vecinas que comparten un límite). Típico: manzanas censales con un indicador, p. ej. la capa de Desiertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="65"/>
        <source>Numeric field to search for hot and cold spots. Typical: unmet, access or priority.</source>
        <translation>Campo numérico en el que buscar puntos calientes y fríos. Típico: unmet, access o priority.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="66"/>
        <source>Getis-Ord Gi* finds hot and cold spots (a unit together with its neighbours); local Moran&apos;s I also finds outliers (a high unit among low ones). Typical: Getis-Ord Gi*.</source>
        <translation>Gi* de Getis-Ord encuentra puntos calientes y fríos (una unidad junto con sus vecinas); el I de Moran local también encuentra valores atípicos (una unidad alta entre unidades bajas). Típico: Gi* de Getis-Ord.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="67"/>
        <source>Who the neighbours of a unit are: its nearest units (as many as &apos;Number of neighbours&apos;), all units within the distance band, or polygons sharing a corner (queen) or an edge (rook). Typical: queen for polygons, nearest units for points.</source>
        <translation>Quiénes son las vecinas de una unidad: sus unidades más cercanas (tantas como indique &apos;Número de vecinos&apos;), todas las unidades dentro de la banda de distancia, o los polígonos que comparten un vértice (reina) o un lado (torre). Típico: reina para polígonos, unidades más cercanas para puntos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="68"/>
        <source>Number of nearest units counted as neighbours, with the nearest-units weights. Typical: 8.</source>
        <translation>Número de unidades más cercanas contadas como vecinas, con los pesos de unidades más cercanas. Típico: 8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="69"/>
        <source>Distance in metres within which units are neighbours, with the distance-band weights (inclusive). Typical: 1000 m.</source>
        <translation>Distancia en metros dentro de la cual las unidades son vecinas, con los pesos de banda de distancia (inclusive). Típico: 1000 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="70"/>
        <source>Weights of local Moran&apos;s I: row-standardised (each unit&apos;s neighbours weigh 1 together) or binary (each neighbour weighs 1); Gi* gives the same z either way. Typical: row-standardised.</source>
        <translation>Pesos del I de Moran local: estandarizados por fila (las vecinas de cada unidad pesan 1 en conjunto) o binarios (cada vecina pesa 1); Gi* da el mismo z en ambos casos. Típico: estandarizados por fila.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="71"/>
        <source>Number of random permutations for the pseudo p-value p_sim (0 = analytic p-values only). Typical: 999.</source>
        <translation>Número de permutaciones aleatorias para el pseudo valor p p_sim (0 = solo valores p analíticos). Típico: 999.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="72"/>
        <source>Random seed of the permutations, so a run can be repeated with the same result. Typical: 12345.</source>
        <translation>Semilla aleatoria de las permutaciones, para que una ejecución se pueda repetir con el mismo resultado. Típico: 12345.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="73"/>
        <source>If checked, p-values are corrected for testing many units at once (Benjamini-Hochberg false discovery rate) before classing, so fewer units are significant by chance. Typical: checked for many units.</source>
        <translation>Si se marca, los valores p se corrigen por probar muchas unidades a la vez (tasa de falsos descubrimientos de Benjamini-Hochberg) antes de clasificar, de modo que menos unidades resultan significativas por azar. Típico: marcado con muchas unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="74"/>
        <source>The units with hotspot_class (3 to -3), z, p, p_sim, p_fdr, stat, n_neighbors and, for local Moran&apos;s I, quadrant.</source>
        <translation>Las unidades con hotspot_class (3 a -3), z, p, p_sim, p_fdr, stat, n_neighbors y, para el I de Moran local, quadrant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="75"/>
        <source>Number of units in hot spots (hotspot_class 1, 2 or 3: significant at 90, 95 or 99%).</source>
        <translation>Número de unidades en puntos calientes (hotspot_class 1, 2 o 3: significativas al 90, 95 o 99%).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="76"/>
        <source>Number of units in cold spots (hotspot_class -1, -2 or -3: significant at 90, 95 or 99%).</source>
        <translation>Número de unidades en puntos fríos (hotspot_class -1, -2 o -3: significativas al 90, 95 o 99%).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="81"/>
        <source>Value field</source>
        <translation>Campo de valores</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="82"/>
        <source>Statistic</source>
        <translation>Estadístico</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="84"/>
        <source>Neighbours (spatial weights)</source>
        <translation>Vecinos (pesos espaciales)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="86"/>
        <source>Number of neighbours (nearest units)</source>
        <translation>Número de vecinos (unidades más cercanas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="87"/>
        <source>Distance band (metres)</source>
        <translation>Banda de distancia (metros)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="89"/>
        <source>Correct for multiple testing (Benjamini-Hochberg FDR)</source>
        <translation>Corregir por comparaciones múltiples (FDR de Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="90"/>
        <source>Weights of local Moran&apos;s I</source>
        <translation>Pesos del I de Moran local</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="92"/>
        <source>Permutations (0 = analytic p-values only)</source>
        <translation>Permutaciones (0 = solo valores p analíticos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="94"/>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="97"/>
        <source>Units in hot spots</source>
        <translation>Unidades en puntos calientes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="98"/>
        <source>Units in cold spots</source>
        <translation>Unidades en puntos fríos</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="104"/>
        <source>{0} is {1}, but layer {2} has only %n unit(s), so at most {3} neighbours each: give a smaller number.</source>
        <translation>
            <numerusform>{0} es {1}, pero la capa {2} tiene solo %n unidad, así que a lo sumo {3} vecinos por unidad: indique un número menor.</numerusform>
            <numerusform>{0} es {1}, pero la capa {2} tiene solo %n unidades, así que a lo sumo {3} vecinos por unidad: indique un número menor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="112"/>
        <source>{0} &apos;{1}&apos; needs polygons, but layer {2} has points: choose the nearest units or a distance band.</source>
        <translation>{0} &apos;{1}&apos; necesita polígonos, pero la capa {2} tiene puntos: elija las unidades más cercanas o una banda de distancia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="121"/>
        <source>Layer {0}: polygon rings and features do not match.</source>
        <translation>Capa {0}: los anillos de los polígonos y las entidades no coinciden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="136"/>
        <source>Layer {0} has %n unit(s); local statistics need at least 3.</source>
        <translation>
            <numerusform>La capa {0} tiene %n unidad; los estadísticos locales necesitan al menos 3.</numerusform>
            <numerusform>La capa {0} tiene %n unidades; los estadísticos locales necesitan al menos 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="141"/>
        <source>Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3};</source>
        <translation>Pesos ({0}): vecinos por unidad mín. {1}, media {2:.2f}, máx. {3};</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="143"/>
        <source>%n island(s) (units without a neighbour);</source>
        <translation>
            <numerusform>%n isla (unidad sin vecinos);</numerusform>
            <numerusform>%n islas (unidades sin vecinos);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="144"/>
        <source>%n connected component(s).</source>
        <translation>
            <numerusform>%n componente conexa.</numerusform>
            <numerusform>%n componentes conexas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="146"/>
        <source>Layer {0}: %n unit(s) without a neighbour, with NULL z and p.</source>
        <translation>
            <numerusform>Capa {0}: %n unidad sin vecinos, con z y p NULL.</numerusform>
            <numerusform>Capa {0}: %n unidades sin vecinos, con z y p NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="149"/>
        <source>No unit of layer {0} has a neighbour with these weights: give a larger {1}, or choose the nearest units in {2}.</source>
        <translation>Ninguna unidad de la capa {0} tiene vecinos con estos pesos: indique un {1} mayor, o elija las unidades más cercanas en {2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="154"/>
        <source>No variation: field &apos;{0}&apos; of layer {1} has the same value in every unit, so z = 0 everywhere and there is no hot spot.</source>
        <translation>Sin variación: el campo &apos;{0}&apos; de la capa {1} tiene el mismo valor en todas las unidades, por lo que z = 0 en todas partes y no hay ningún punto caliente.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="175"/>
        <source>Hot spots 99/95/90%: {0}/{1}/{2}; cold spots 90/95/99%: {3}/{4}/{5}.</source>
        <translation>Puntos calientes 99/95/90%: {0}/{1}/{2}; puntos fríos 90/95/99%: {3}/{4}/{5}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="41"/>
        <source>Street network from OpenStreetMap</source>
        <translation>Red de calles desde OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="43"/>
        <source>network,openstreetmap,osm,walk,bike,car,streets,roads,routing,topology</source>
        <translation>red,openstreetmap,osm,a pie,bicicleta,auto,calles,vías,ruteo,topología</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="45"/>
        <source>Which streets and paths can people walk, cycle or drive to reach care? From an OpenStreetMap extract (.osm or .osm.pbf, read from the file: nothing is downloaded), this tool builds a street network for one travel mode, ready to be the road network of every CareMap algorithm that measures travel on streets.

How to read the results (lines in the local UTM zone, metres):
- highway (the OpenStreetMap class), name, osm_id;
- speed_kmh: the speed of the line for the mode (5.04 km/h on every line when walking);
- oneway: 1 = only in the line&apos;s direction, -1 = only against it, 0 = both ways (always 0 when walking: people walk both ways along a one-way street);
- component: the connected part the line belongs to, 0 = the largest; length_m: its length.
In the accessibility dialogs choose this layer as the road network, speed_kmh as its speed field and oneway as its one-way field.

Example: for walking, the centre of Helsinki gives 2,280 usable ways of 3,818 (railway and tram tracks, private ways and construction sites left out), split into 4,268 lines, 90.3 km in 47 connected parts; the largest part holds 98.5% of the length.

Caveats: ways join only at the OpenStreetMap nodes they share, so a bridge never joins the street under it, and a badly mapped junction leaves a small separate part (check the connected parts in the log: a facility on a small part reaches only that part). Clip with a margin around the study area, or facilities just outside it become unreachable. Which ways each mode may use, their speeds and one-way rules are listed in docs/methods.md; unknown highway classes are left out and counted in the log.</source>
        <translation>¿Por qué calles y senderos pueden caminar, ir en bicicleta o conducir las personas para llegar al cuidado? A partir de un extracto de OpenStreetMap (.osm u .osm.pbf, leído del archivo: no se descarga nada), esta herramienta construye una red de calles para un modo de viaje, lista para ser la red vial de todos los algoritmos de CareMap que miden el viaje por las calles.

Cómo leer los resultados (líneas en la zona UTM local, en metros):
- highway (la clase de OpenStreetMap), name, osm_id;
- speed_kmh: la velocidad de la línea para el modo (5,04 km/h en todas las líneas cuando se camina);
- oneway: 1 = solo en el sentido de la línea, -1 = solo en sentido contrario, 0 = en ambos sentidos (siempre 0 a pie: las personas caminan en ambos sentidos por una calle de sentido único);
- component: la parte conexa a la que pertenece la línea, 0 = la mayor; length_m: su longitud.
En los diálogos de accesibilidad elija esta capa como red vial, speed_kmh como su campo de velocidad y oneway como su campo de sentido único.

Ejemplo: a pie, el centro de Helsinki da 2.280 vías utilizables de 3.818 (se dejan fuera las vías de ferrocarril y tranvía, las vías privadas y las obras), divididas en 4.268 líneas, 90,3 km en 47 partes conexas; la parte mayor contiene el 98,5 % de la longitud.

Precauciones: las vías se unen solo en los nodos de OpenStreetMap que comparten, de modo que un puente nunca se une con la calle que pasa por debajo, y un cruce mal mapeado deja una pequeña parte separada (revise las partes conexas en el registro: un equipamiento en una parte pequeña solo alcanza esa parte). Recorte con un margen alrededor del área de estudio, o los equipamientos situados justo fuera de ella quedarán inalcanzables. Qué vías puede usar cada modo, sus velocidades y las reglas de sentido único se detallan en docs/methods.md; las clases de highway desconocidas se dejan fuera y se cuentan en el registro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="69"/>
        <source>OpenStreetMap extract file (.osm or .osm.pbf) covering the study area and a margin around it. Typical: a city extract from Geofabrik or BBBike, or one cut with osmium.</source>
        <translation>Archivo de extracto de OpenStreetMap (.osm u .osm.pbf) que cubre el área de estudio y un margen a su alrededor. Típico: un extracto de la ciudad de Geofabrik o BBBike, o uno recortado con osmium.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="70"/>
        <source>Who travels: walk, bike or car. It decides which ways are usable, their default speeds and whether one-way streets apply. Typical: walk for childcare and elder day care.</source>
        <translation>Quién viaja: walk, bike o car. Determina qué vías se pueden usar, sus velocidades por defecto y si se aplican los sentidos únicos. Típico: walk para cuidado infantil y centros de día para personas mayores.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="71"/>
        <source>Optional speeds in km/h per highway class that replace the defaults of the travel mode, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or &apos;primary:40,residential:25&apos; for a congested town by car.</source>
        <translation>Velocidades opcionales en km/h por clase de vía (highway) que reemplazan las velocidades por defecto del modo de viaje, como elementos clase:velocidad separados por comas; no vuelve utilizable una clase. Típico: vacío, o &apos;primary:40,residential:25&apos; para una ciudad congestionada en auto.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="72"/>
        <source>Optional extent: the network is clipped to it. Typical: the study area plus a margin of one catchment threshold, so facilities just outside stay reachable.</source>
        <translation>Extensión opcional: la red se recorta a ella. Típico: el área de estudio más un margen de un umbral del área de influencia, para que los equipamientos que quedan justo afuera sigan siendo alcanzables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="73"/>
        <source>The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; choose it as the road network, with speed_kmh as its speed field and oneway as its one-way field.</source>
        <translation>Las líneas de la red con highway, speed_kmh, oneway, component y length_m, divididas en los nodos compartidos; elíjala como red vial, con speed_kmh como su campo de velocidad y oneway como su campo de sentido único.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="74"/>
        <source>Number of connected parts of the network (1 = every street reaches every other).</source>
        <translation>Número de componentes conexas de la red (1 = cada calle llega a todas las demás).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="75"/>
        <source>Share (0 to 1) of the network length in its largest connected part; None when the network is empty.</source>
        <translation>Proporción (0 a 1) de la longitud de la red en su componente conexa mayor; None cuando la red está vacía.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="80"/>
        <location filename="../processing/algorithms/osmsupply.py" line="95"/>
        <source>OpenStreetMap extract</source>
        <translation>Extracto de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="81"/>
        <location filename="../processing/algorithms/report.py" line="132"/>
        <source>Travel mode</source>
        <translation>Modo de viaje</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="82"/>
        <source>Clip to this extent</source>
        <translation>Recortar a esta extensión</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="84"/>
        <source>Speed per highway class, km/h (e.g. &apos;primary:40,residential:25&apos;; empty = defaults)</source>
        <translation>Velocidad por clase de vía, km/h (p. ej. &apos;primary:40,residential:25&apos;; vacío = valores por defecto)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="87"/>
        <source>Street network</source>
        <translation>Red de calles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="88"/>
        <source>Connected components</source>
        <translation>Componentes conexas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="89"/>
        <source>Share of length in the largest component</source>
        <translation>Proporción de la longitud en la componente mayor</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="96"/>
        <source>{0} could not be opened as an OpenStreetMap file by GDAL&apos;s OSM driver: choose an .osm or .osm.pbf extract.</source>
        <translation>El driver OSM de GDAL no pudo abrir {0} como archivo de OpenStreetMap: elija un extracto .osm u .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="133"/>
        <location filename="../processing/algorithms/osmsupply.py" line="107"/>
        <source>OpenStreetMap file {0} was not found.</source>
        <translation>No se encontró el archivo de OpenStreetMap {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="140"/>
        <source>Speed per highway class: {0}. Write it as &apos;primary:40,residential:25&apos;.</source>
        <translation>Velocidad por clase de vía: {0}. Escríbala como &apos;primary:40,residential:25&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="152"/>
        <source>{0} has no lines (ways) {1}: choose an extract that covers the study area.</source>
        <translation>{0} no tiene líneas (vías) {1}: elija un extracto que cubra el área de estudio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="153"/>
        <location filename="../processing/algorithms/osmnetwork.py" line="171"/>
        <source>in the chosen extent</source>
        <translation>en la extensión elegida</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="165"/>
        <source>OpenStreetMap file {0}: {1}</source>
        <translation>Archivo de OpenStreetMap {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="170"/>
        <source>{0} has no way usable for {1} {2}: choose another extract or mode.</source>
        <translation>{0} no tiene ninguna vía utilizable para {1} {2}: elija otro extracto u otro modo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="181"/>
        <source>Network for {0}: {1} lines ({2:,.1f} km)</source>
        <translation>Red para {0}: {1} líneas ({2:.1f} km)</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="183"/>
        <source>in %n connected component(s); the largest holds {0:.1%} of the length.</source>
        <translation>
            <numerusform>en %n componente conexa; la mayor contiene el {0:.1%} de la longitud.</numerusform>
            <numerusform>en %n componentes conexas; la mayor contiene el {0:.1%} de la longitud.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="186"/>
        <source>Points that snap onto a small component reach only what that component reaches; the field component tells them apart (0 = the largest).</source>
        <translation>Los puntos que se ajustan a una componente pequeña solo alcanzan lo que alcanza esa componente; el campo component las distingue (0 = la mayor).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="210"/>
        <source>{0} of {1} ways are usable for {2}.</source>
        <translation>{0} de {1} vías son utilizables para {2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="213"/>
        <source>Ways of highway classes no mode uses were left out: {0}.</source>
        <translation>Se dejaron fuera las vías de clases de highway que ningún modo usa: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="216"/>
        <source>%n way(s) left out by their access tags (no, private...).</source>
        <translation>
            <numerusform>%n vía dejada fuera por sus etiquetas de acceso (no, private...).</numerusform>
            <numerusform>%n vías dejadas fuera por sus etiquetas de acceso (no, private...).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="218"/>
        <source>%n way(s) of classes this mode may use only when a tag allows it (e.g. footways for bikes) left out.</source>
        <translation>
            <numerusform>%n vía de clases que este modo solo puede usar cuando una etiqueta lo permite (p. ej. senderos peatonales para bicicletas) dejada fuera.</numerusform>
            <numerusform>%n vías de clases que este modo solo puede usar cuando una etiqueta lo permite (p. ej. senderos peatonales para bicicletas) dejadas fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="220"/>
        <source>%n way(s) tagged motorroad=yes left out (closed to walking and cycling).</source>
        <translation>
            <numerusform>%n vía etiquetada motorroad=yes dejada fuera (cerrada a peatones y ciclistas).</numerusform>
            <numerusform>%n vías etiquetadas motorroad=yes dejadas fuera (cerradas a peatones y ciclistas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="222"/>
        <source>%n way(s) that are also railway tracks left out.</source>
        <translation>
            <numerusform>%n vía que también es vía férrea dejada fuera.</numerusform>
            <numerusform>%n vías que también son vías férreas dejadas fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="223"/>
        <source>%n way(s) with oneway=reversible/alternating left out (no fixed direction).</source>
        <translation>
            <numerusform>%n vía con oneway=reversible/alternating dejada fuera (sin sentido fijo).</numerusform>
            <numerusform>%n vías con oneway=reversible/alternating dejadas fuera (sin sentido fijo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="40"/>
        <source>Tag table {0} lacks the column(s) {1}.</source>
        <translation>
            <numerusform>A la tabla de etiquetas {0} le falta la columna {1}.</numerusform>
            <numerusform>A la tabla de etiquetas {0} le faltan las columnas {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="44"/>
        <source>Cannot read tag table {0}: {1}</source>
        <translation>No se puede leer la tabla de etiquetas {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="47"/>
        <source>Tag table {0} has no &apos;service&apos; row.</source>
        <translation>La tabla de etiquetas {0} no tiene ninguna fila &apos;service&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="61"/>
        <source>Care supply from OpenStreetMap</source>
        <translation>Oferta de cuidado desde OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="63"/>
        <source>care,supply,openstreetmap,osm,kindergarten,childcare,nursing home,social facility</source>
        <translation>cuidado,oferta,openstreetmap,osm,jardín infantil,cuidado infantil,hogar geriátrico,equipamiento social</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="65"/>
        <source>Which care places does OpenStreetMap know in my area? This tool reads an OpenStreetMap extract (.osm or .osm.pbf, from the file: nothing is downloaded) and keeps the care facilities (kindergartens, childcare, nursing homes, day centres, social facilities...) as points in the schema of the care supply inventory, to merge with your registry there.

How to read the results (points, longitude/latitude):
- name, service_type (e.g. kindergarten, nursing_home), target_group (children, older, disability, all) and sphere (public, private, community...) from the tags;
- capacity (the capacity tag; usually empty), fee (0 when fee=no), source = osm;
- osm_id, osm_type, matched_tag (the tag that made it a care place), operator, opening_hours, to check.

Example: the centre of Helsinki gives 5 places: one childcare service (Hoivanet Kids Park), three community centres for all ages and one social facility. No kindergarten is mapped there: OpenStreetMap is a source to complete, not an inventory.

Caveats: only what mappers tagged is found, and capacities are rarely tagged, so give a default capacity in the inventory or, better, the operator&apos;s figures. Areas (buildings, grounds) are taken at a point on their surface. Which tags mean which service is set by a tag table (a CSV; the bundled one is data/osm_care_tags.csv): the first matching row wins, so copy it and put your local tags first. Details in docs/methods.md.</source>
        <translation>¿Qué lugares de cuidado conoce OpenStreetMap en mi zona? Esta herramienta lee un extracto de OpenStreetMap (.osm u .osm.pbf, del archivo: no se descarga nada) y conserva los equipamientos de cuidado (jardines infantiles, cuidado infantil, hogares de personas mayores, centros de día, equipamientos sociales...) como puntos con el esquema del inventario de la oferta de cuidado, para combinarlos allí con su registro.

Cómo leer los resultados (puntos, longitud/latitud):
- name, service_type (p. ej. kindergarten, nursing_home), target_group (children, older, disability, all) y sphere (public, private, community...) a partir de las etiquetas;
- capacity (la etiqueta capacity; normalmente vacía), fee (0 cuando fee=no), source = osm;
- osm_id, osm_type, matched_tag (la etiqueta que lo convirtió en un lugar de cuidado), operator, opening_hours, para revisar.

Ejemplo: el centro de Helsinki da 5 lugares: un servicio de cuidado infantil (Hoivanet Kids Park), tres centros comunitarios para todas las edades y un equipamiento social. Allí no hay ningún jardín infantil mapeado: OpenStreetMap es una fuente para completar, no un inventario.

Precauciones: solo se encuentra lo que etiquetaron las personas que mapean, y las capacidades rara vez están etiquetadas, así que indique una capacidad por defecto en el inventario o, mejor, las cifras del operador. Las áreas (edificios, terrenos) se toman en un punto sobre su superficie. Qué etiquetas corresponden a qué servicio lo fija una tabla de etiquetas (un CSV; la incluida es data/osm_care_tags.csv): gana la primera fila que coincide, así que cópiela y ponga primero sus etiquetas locales. Detalles en docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="86"/>
        <source>OpenStreetMap extract file (.osm or .osm.pbf) covering the study area. Typical: a city extract from Geofabrik or BBBike.</source>
        <translation>Archivo de extracto de OpenStreetMap (.osm u .osm.pbf) que cubre el área de estudio. Típico: un extracto de la ciudad de Geofabrik o BBBike.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="87"/>
        <source>Optional CSV tag table mapping OpenStreetMap tags to service_type, target_group and sphere (columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere; the first matching &apos;service&apos; row wins); empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging.</source>
        <translation>Tabla de etiquetas CSV opcional que asigna etiquetas de OpenStreetMap a service_type, target_group y sphere (columnas kind, key, value, condition_key, condition_value, service_type, target_group, sphere; gana la primera fila &apos;service&apos; que coincide); vacío = la incluida, data/osm_care_tags.csv. Típico: vacío, o una copia ampliada para el etiquetado local.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="88"/>
        <source>Optional extent: only facilities inside it are kept. Typical: the extent of the study area.</source>
        <translation>Extensión opcional: solo se conservan los servicios dentro de ella. Típico: la extensión del área de estudio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="89"/>
        <source>Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for the care supply inventory.</source>
        <translation>Puntos de equipamientos de cuidado en WGS84 con name, service_type, target_group, sphere, capacity, fee y source, listos para el inventario de la oferta de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="90"/>
        <source>Number of care facilities written (OpenStreetMap objects matching a row of the tag table).</source>
        <translation>Número de equipamientos de cuidado escritos (objetos de OpenStreetMap que coinciden con una fila de la tabla de etiquetas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="96"/>
        <source>Only within this extent</source>
        <translation>Solo dentro de esta extensión</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="98"/>
        <source>Tag table (CSV; empty = the bundled one)</source>
        <translation>Tabla de etiquetas (CSV; vacío = la incluida)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="101"/>
        <source>Care facilities from OpenStreetMap</source>
        <translation>Equipamientos de cuidado desde OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="102"/>
        <source>Facilities found</source>
        <translation>Equipamientos encontrados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="124"/>
        <source>{0} could not be opened as an OpenStreetMap file by GDAL&apos;s OSM driver.</source>
        <translation>El driver OSM de GDAL no pudo abrir {0} como archivo de OpenStreetMap.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="177"/>
        <source>%n OpenStreetMap feature(s) read</source>
        <translation>
            <numerusform>%n entidad de OpenStreetMap leída</numerusform>
            <numerusform>%n entidades de OpenStreetMap leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="177"/>
        <source>%n care facilit(y/ies) mapped.</source>
        <translation>
            <numerusform>%n equipamiento de cuidado mapeado.</numerusform>
            <numerusform>%n equipamientos de cuidado mapeados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="179"/>
        <source>No feature of {0} matched the tag table.</source>
        <translation>Ninguna entidad de {0} coincidió con la tabla de etiquetas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="58"/>
        <source>Pre-flight check for a workshop</source>
        <translation>Verificación previa para un taller</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="60"/>
        <source>preflight,check,workshop,install,offline,version,scipy,demo data</source>
        <translation>verificación previa,comprobación,taller,instalación,sin conexión,versión,scipy,datos de demostración</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="62"/>
        <source>Is this computer ready for the workshop? Run it once on every laptop before the participants arrive: it checks that QGIS is recent enough for the plugin, that SciPy can be imported, which CareMap version is installed, that the demo city&apos;s files are there and can be read, that the map styles are there, and that a tiny accessibility run gives the right answer.

How to read the results: the log and the report list every check with OK or PROBLEM; each PROBLEM says what to do. &apos;Checks failed&apos; is 0 when the laptop is ready.

Example: on a laptop with QGIS 3.40 and the plugin installed from the zip, all six checks say OK and the report ends with &apos;Ready for the workshop&apos;. If the plugin was copied without its data folder, the demo data check says PROBLEM and asks to reinstall the plugin from the zip.

Caveats: the check needs no internet and changes nothing; it does not test printing or the PDF report.</source>
        <translation>¿Está este computador listo para el taller? Ejecútelo una vez en cada portátil antes de que lleguen las personas participantes: comprueba que QGIS es lo bastante reciente para el complemento, que SciPy se puede importar, qué versión de CareMap está instalada, que los archivos de la ciudad de demostración están y se pueden leer, que los estilos de mapa están, y que un pequeño cálculo de accesibilidad da la respuesta correcta.

Cómo leer los resultados: el registro y el informe listan cada comprobación con OK (correcto) o PROBLEMA; cada PROBLEMA dice qué hacer. &apos;Comprobaciones fallidas&apos; es 0 cuando el portátil está listo.

Ejemplo: en un portátil con QGIS 3.40 y el complemento instalado desde el zip, las seis comprobaciones dicen OK y el informe termina con &apos;Listo para el taller&apos;. Si el complemento se copió sin su carpeta de datos, la comprobación de los datos de demostración dice PROBLEMA y pide reinstalar el complemento desde el zip.

Precauciones: la verificación no necesita internet y no cambia nada; no prueba la impresión ni el informe PDF.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="78"/>
        <source>The pre-flight report: an HTML page (or plain text for a .txt file) with one line per check, OK or what to do. Typical: a temporary file.</source>
        <translation>El informe de la verificación previa: una página HTML (o texto plano para un archivo .txt) con una línea por comprobación, OK o qué hacer. Típico: un archivo temporal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="79"/>
        <source>Number of checks that failed; 0 when the computer is ready for the workshop.</source>
        <translation>Número de comprobaciones que fallaron; 0 cuando el computador está listo para el taller.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="80"/>
        <source>1 when every check passed, else 0.</source>
        <translation>1 cuando pasaron todas las comprobaciones, si no 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="85"/>
        <source>Pre-flight report</source>
        <translation>Informe de la verificación previa</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="85"/>
        <source>HTML files (*.html);;Text files (*.txt)</source>
        <translation>Archivos HTML (*.html);;Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="86"/>
        <source>Checks failed</source>
        <translation>Comprobaciones fallidas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="87"/>
        <source>Ready for the workshop</source>
        <translation>Listo para el taller</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="94"/>
        <source>QGIS {0} (the plugin needs {1} or later)</source>
        <translation>QGIS {0} (el complemento necesita {1} o posterior)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="98"/>
        <source>Install QGIS {0} or later (the long-term release from qgis.org), then install the plugin again from the zip.</source>
        <translation>Instale QGIS {0} o posterior (la versión de soporte extendido de qgis.org) y luego vuelva a instalar el complemento desde el zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="106"/>
        <source>SciPy cannot be imported ({0})</source>
        <translation>No se puede importar SciPy ({0})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="107"/>
        <source>Install SciPy for the Python of QGIS: on Windows, run the OSGeo4W setup and tick python3-scipy; on Linux, install the package python3-scipy; on macOS, the official QGIS installer already has it.</source>
        <translation>Instale SciPy para el Python de QGIS: en Windows, ejecute el instalador de OSGeo4W y marque python3-scipy; en Linux, instale el paquete python3-scipy; en macOS, el instalador oficial de QGIS ya lo incluye.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="110"/>
        <source>SciPy {0} (needs {1} or later)</source>
        <translation>SciPy {0} (necesita {1} o posterior)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="113"/>
        <source>Update SciPy for the Python of QGIS to {0} or later.</source>
        <translation>Actualice SciPy para el Python de QGIS a {0} o posterior.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="119"/>
        <source>metadata.txt of the plugin cannot be read ({0})</source>
        <translation>No se puede leer el metadata.txt del complemento ({0})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="120"/>
        <source>Install the plugin again from the zip (Plugins &gt; Manage and Install Plugins &gt; Install from ZIP).</source>
        <translation>Vuelva a instalar el complemento desde el zip (Complementos &gt; Administrar e instalar complementos &gt; Instalar a partir de ZIP).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="121"/>
        <source>CareMap {0} in {1}</source>
        <translation>CareMap {0} en {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="145"/>
        <source>Demo data in {0}: {1}</source>
        <translation>Datos de demostración en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="146"/>
        <source>Demo data in {0}: missing or unreadable: {1}</source>
        <translation>Datos de demostración en {0}: faltan o no se pueden leer: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="147"/>
        <source>Install the plugin again from the zip (it carries data/demo), or copy the folder data/demo from the workshop USB stick into the plugin folder.</source>
        <translation>Vuelva a instalar el complemento desde el zip (incluye data/demo), o copie la carpeta data/demo de la memoria USB del taller en la carpeta del complemento.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="156"/>
        <source>{0} style files in {1}</source>
        <translation>{0} archivos de estilo en {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="157"/>
        <source>Style files missing: {0}</source>
        <translation>Faltan archivos de estilo: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="158"/>
        <source>Results would open unstyled. Install the plugin again from the zip.</source>
        <translation>Los resultados se abrirían sin estilo. Vuelva a instalar el complemento desde el zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="200"/>
        <source>The tiny accessibility run failed: {0}</source>
        <translation>Falló el pequeño cálculo de accesibilidad: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="201"/>
        <source>Check SciPy (above), then install the plugin again from the zip; if it still fails, send this report to the workshop&apos;s trainer.</source>
        <translation>Revise SciPy (arriba) y luego vuelva a instalar el complemento desde el zip; si sigue fallando, envíe este informe a la persona formadora del taller.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="204"/>
        <source>Tiny accessibility run: access {0:g} and {1:g} places per person, {2:.1%} covered (expected 0.2 and 0, 66.7%)</source>
        <translation>Pequeño cálculo de accesibilidad: acceso {0:g} y {1:g} cupos por persona, {2:.1%} cubierto (se esperaba 0.2 y 0, 66.7%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="207"/>
        <source>The plugin computes a wrong answer on this computer: install it again from the zip and send this report to the workshop&apos;s trainer.</source>
        <translation>El complemento calcula una respuesta errónea en este computador: vuelva a instalarlo desde el zip y envíe este informe a la persona formadora del taller.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="212"/>
        <source>QGIS version</source>
        <translation>Versión de QGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="213"/>
        <source>SciPy</source>
        <translation>SciPy (biblioteca científica)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="214"/>
        <source>CareMap plugin</source>
        <translation>Complemento CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="215"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="216"/>
        <source>Map styles</source>
        <translation>Estilos de mapa</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="217"/>
        <source>Tiny accessibility run</source>
        <translation>Pequeño cálculo de accesibilidad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="225"/>
        <source>Install the plugin again from the zip.</source>
        <translation>Vuelva a instalar el complemento desde el zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="228"/>
        <source>OK: {0}: {1}</source>
        <translation>Correcto: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="230"/>
        <source>PROBLEM: {0}: {1}. What to do: {2}</source>
        <translation>PROBLEMA: {0}: {1}. Qué hacer: {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="233"/>
        <source>Ready for the workshop.</source>
        <translation>Listo para el taller.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/preflight.py" line="234"/>
        <source>Not ready: %n check(s) failed.</source>
        <translation>
            <numerusform>No está listo: falló %n comprobación.</numerusform>
            <numerusform>No está listo: fallaron %n comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="243"/>
        <source>CareMap pre-flight check</source>
        <translation>Verificación previa de CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="249"/>
        <source>What to do: {0}</source>
        <translation>Qué hacer: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="256"/>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="265"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="28"/>
        <location filename="../processing/algorithms/priorityindex.py" line="96"/>
        <location filename="../processing/report_layout.py" line="431"/>
        <location filename="../processing/report_text.py" line="248"/>
        <source>Care priority index</source>
        <translation>Índice de prioridad de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="30"/>
        <source>priority,composite index,ranking,quintile,vulnerability</source>
        <translation>prioridad,índice compuesto,clasificación,quintil,vulnerabilidad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="32"/>
        <source>Which units should come first? The care priority index combines several indicators of need (unmet demand, low access, poverty, female-headed households...) into one score per unit, ranks the units and shows how much each indicator adds to each score.

How to read the results:
- Care priority index (one row per unit, with its own fields): priority = the score, from 0 to 1 with the min-max or rank normalisation (higher = more priority); priority_rank = 1 for the highest priority (ties share a rank); priority_quintile = 5 for the 20% of units with the highest priority, down to 1 for the lowest 20%; contrib_ followed by the field name = what that indicator adds to the score (weight x normalised value), so a score can be explained indicator by indicator.
- With the sensitivity to the weights: rank_best and rank_worst (the best and worst rank when each weight in turn is 20% lower or 20% higher), rank_move (the most the rank moves) and top_always (1 = in the top quintile under every one of those weightings: a priority no reasonable change of weights removes).

Weights: write them tied to the field names, e.g. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (each ticked indicator once; they are rescaled to sum 1). Empty = equal weights. A plain list of numbers (&apos;2,1,1,1&apos;) is still accepted, paired with the indicators in the order they are listed (in the dialog: the order of the fields in the layer, not the order they were ticked), so the log shows the weight each indicator got.

Example: in the demo city of the tutorial, unmet demand (weight 2), access (lower = more priority), poverty and female-headed households (weight 1 each), normalised by rank: 598 blocks are in the top quintile, 38% of them in El Porvenir, followed by Las Américas; only 8% of them are care deserts. By hand: three blocks with unmet demand 10, 50, 30 and access 0.2, 0.1, 0.5, weights &apos;unmet:2, access:1&apos;, min-max: priority 0.25, 1.00 and 0.33, ranks 3, 1 and 2.

The Bogota preset takes the criteria Bogota&apos;s District Care System used to place its care blocks: care demand (share_under5: share of children under 5; share_80plus: share of people aged 80 or more; dependency_ratio), caregivers (share_women_unpaid: share of women aged 15 or more who only do unpaid domestic work; fhh_share: share of (single-parent) households headed by a woman) and poverty, each weight 1 unless weights are given; the layer needs fields with those names.

Caveats: the weights are a choice, not a fact: say who chose them. An indicator with the same value everywhere adds nothing (warned); NULL indicator values are an error.</source>
        <translation>¿Qué unidades deberían ir primero? El índice de prioridad de cuidado combina varios indicadores de necesidad (demanda no atendida, bajo acceso, pobreza, hogares con jefatura femenina...) en un puntaje por unidad, ordena las unidades y muestra cuánto aporta cada indicador a cada puntaje.

Cómo leer los resultados:
- Índice de prioridad de cuidado (una fila por unidad, con sus propios campos): priority = el puntaje, de 0 a 1 con la normalización mín-máx o por rango (más alto = más prioridad); priority_rank = 1 para la prioridad más alta (los empates comparten rango); priority_quintile = 5 para el 20 % de las unidades con la prioridad más alta, hasta 1 para el 20 % más bajo; contrib_ seguido del nombre del campo = lo que ese indicador aporta al puntaje (peso x valor normalizado), de modo que un puntaje se puede explicar indicador por indicador.
- Con la sensibilidad a los pesos: rank_best y rank_worst (el mejor y el peor rango cuando cada peso, uno por vez, es un 20 % más bajo o un 20 % más alto), rank_move (lo máximo que se mueve el rango) y top_always (1 = en el quintil superior con cada una de esas ponderaciones: una prioridad que ningún cambio razonable de los pesos elimina).

Pesos: escríbalos ligados a los nombres de los campos, p. ej. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (cada indicador marcado una vez; se reescalan para que sumen 1). Vacío = pesos iguales. Se sigue aceptando una simple lista de números (&apos;2,1,1,1&apos;), emparejada con los indicadores en el orden en que aparecen listados (en el diálogo: el orden de los campos en la capa, no el orden en que se marcaron), de modo que el registro muestra el peso que recibió cada indicador.

Ejemplo: en la ciudad de demostración del tutorial, con la demanda no atendida (peso 2), el acceso (más bajo = más prioridad), la pobreza y los hogares con jefatura femenina (peso 1 cada uno), normalizados por rango: 598 manzanas están en el quintil superior, el 38 % de ellas en El Porvenir, seguido de Las Américas; solo el 8 % de ellas son desiertos de cuidado. A mano: tres manzanas con demanda no atendida 10, 50 y 30 y acceso 0,2; 0,1 y 0,5, pesos &apos;unmet:2, access:1&apos;, mín-máx: prioridad 0,25; 1,00 y 0,33, rangos 3, 1 y 2.

El conjunto predefinido de Bogotá toma los criterios que usó el Sistema Distrital de Cuidado de Bogotá para ubicar sus manzanas del cuidado: demanda de cuidado (share_under5: proporción de niñas y niños menores de 5 años; share_80plus: proporción de personas de 80 años o más; dependency_ratio), personas cuidadoras (share_women_unpaid: proporción de mujeres de 15 años o más que solo realizan trabajo doméstico no remunerado; fhh_share: proporción de hogares (monoparentales) con jefatura femenina) y pobreza, cada uno con peso 1 salvo que se indiquen pesos; la capa necesita campos con esos nombres.

Precauciones: los pesos son una elección, no un hecho: diga quién los eligió. Un indicador con el mismo valor en todas partes no aporta nada (con advertencia); los valores NULL de los indicadores son un error.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="66"/>
        <source>Layer of units with the indicator fields. Typical: the Care deserts layer, or the units output of Care map in one run.</source>
        <translation>Capa de unidades con los campos indicadores. Típico: la capa de Desiertos de cuidado, o la salida de unidades del Mapa de cuidado en una sola ejecución.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="67"/>
        <source>Ready-made indicators: none = the indicator fields ticked below; Bogota care blocks = the criteria of Bogota&apos;s District Care System (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, read from fields with those names; the ticked fields are then not used). Typical: none.</source>
        <translation>Indicadores predefinidos: ninguno = los campos de indicadores marcados abajo; manzanas del cuidado de Bogotá = los criterios del Sistema Distrital de Cuidado de Bogotá (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, leídos de campos con esos nombres; entonces no se usan los campos marcados). Típico: ninguno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="68"/>
        <source>Numeric indicator fields to combine (no NULL values). Typical: unmet, access, care_intensity and a poverty rate.</source>
        <translation>Campos indicadores numéricos a combinar (sin valores NULL). Típico: unmet, access, care_intensity y una tasa de pobreza.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="69"/>
        <source>Indicators, among the ticked indicator fields, where a lower value means more need, so they are reversed. Typical: access.</source>
        <translation>Indicadores, entre los campos indicadores marcados, en los que un valor más bajo significa más necesidad, por lo que se invierten. Típico: access.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="70"/>
        <source>How each indicator is put on a common scale: min-max (0 to 1), rank (0 to 1, ties share the average rank) or z-score. Typical: min-max, or rank when an indicator has extreme values.</source>
        <translation>Cómo se lleva cada indicador a una escala común: mín-máx (0 a 1), rango (0 a 1, los empates comparten el rango promedio) o puntaje z. Típico: mín-máx, o rango cuando un indicador tiene valores extremos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="71"/>
        <source>Weight of each indicator as field:weight items separated by commas, one for each ticked indicator, rescaled to sum 1; empty = equal weights. A plain list of numbers is paired with the indicators in the order they are listed (the layer&apos;s field order in the dialog). Typical: &apos;unmet:2, access:1, poverty:1&apos;.</source>
        <translation>Peso de cada indicador como elementos campo:peso separados por comas, uno por cada indicador marcado, reescalados para que sumen 1; vacío = pesos iguales. Una simple lista de números se empareja con los indicadores en el orden en que aparecen listados (el orden de los campos de la capa en el diálogo). Típico: &apos;unmet:2, access:1, poverty:1&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="72"/>
        <source>The units with priority, priority_rank, priority_quintile and one contribution field (contrib_ and the field name) per indicator.</source>
        <translation>Las unidades con priority, priority_rank, priority_quintile y un campo de contribución (contrib_ y el nombre del campo) por indicador.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="73"/>
        <source>Number of units with a priority index (a unit with NULL in an indicator gets none).</source>
        <translation>Número de unidades con índice de prioridad (una unidad con NULL en un indicador no recibe ninguno).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="74"/>
        <source>Also rank the units with each weight in turn 20% lower and 20% higher, and flag the units in the top quintile under every one of those weightings. Typical: on, before a ranking decides where money goes.</source>
        <translation>Ordenar también las unidades con cada peso, uno por vez, un 20 % más bajo y un 20 % más alto, y marcar las unidades que quedan en el quintil superior con cada una de esas ponderaciones. Típico: activado, antes de que un ordenamiento decida adónde va el dinero.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="75"/>
        <source>Number of units in the top quintile under every weighting of the sensitivity report; None when the report was not asked for.</source>
        <translation>Número de unidades en el quintil superior con cada ponderación del informe de sensibilidad; None cuando no se pidió el informe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="80"/>
        <source>Preset of indicators</source>
        <translation>Conjunto predefinido de indicadores</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="83"/>
        <source>Indicator fields</source>
        <translation>Campos de indicadores</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="85"/>
        <source>Indicators where lower = more priority</source>
        <translation>Indicadores en los que menor = más prioridad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="88"/>
        <source>Weights (field:weight, separated by commas; empty = equal)</source>
        <translation>Pesos (campo:peso, separados por comas; vacío = iguales)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="90"/>
        <source>Normalisation</source>
        <translation>Normalización</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="93"/>
        <source>Sensitivity to the weights (each weight {0:.0%} lower and higher)</source>
        <translation>Sensibilidad a los pesos (cada peso un {0:.0%} más bajo y más alto)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="97"/>
        <source>Units with a priority index</source>
        <translation>Unidades con índice de prioridad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="98"/>
        <source>Units in the top quintile under every weighting</source>
        <translation>Unidades en el quintil superior con cada ponderación</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="111"/>
        <source>{0} holds &apos;{1}&apos;: give every weight with its field name (e.g. {2}), or only numbers.</source>
        <translation>{0} contiene &apos;{1}&apos;: indique cada peso con el nombre de su campo (p. ej. {2}), o solo números.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="117"/>
        <source>{0} holds &apos;{1}&apos;: write field:weight items separated by commas (e.g. {2}), or leave it empty for equal weights.</source>
        <translation>{0} contiene &apos;{1}&apos;: escriba elementos campo:peso separados por comas (p. ej. {2}), o déjelo vacío para usar pesos iguales.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="120"/>
        <source>{0}: %n indicator field(s) chosen in {1} ({2}), but the number of weights given is {3}. Write field:weight items (e.g. {4}), or leave it empty for equal weights.</source>
        <translation>
            <numerusform>{0}: se eligió %n campo indicador en {1} ({2}), pero el número de pesos indicados es {3}. Escriba elementos campo:peso (p. ej. {4}), o déjelo vacío para usar pesos iguales.</numerusform>
            <numerusform>{0}: se eligieron %n campos indicadores en {1} ({2}), pero el número de pesos indicados es {3}. Escriba elementos campo:peso (p. ej. {4}), o déjelo vacío para usar pesos iguales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="130"/>
        <source>{0}: &apos;{1}&apos; is not one of the indicator fields chosen in {2} ({3}). Tick it there, or correct the name.</source>
        <translation>{0}: &apos;{1}&apos; no es uno de los campos indicadores elegidos en {2} ({3}). Márquelo allí, o corrija el nombre.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="134"/>
        <source>{0}: field &apos;{1}&apos; is given twice; give each indicator one weight.</source>
        <translation>{0}: el campo &apos;{1}&apos; aparece dos veces; indique un solo peso por indicador.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="139"/>
        <source>{0}: the weight of &apos;{1}&apos; is &apos;{2}&apos;, not a number (e.g. {1}:2).</source>
        <translation>{0}: el peso de &apos;{1}&apos; es &apos;{2}&apos;, que no es un número (p. ej. {1}:2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="143"/>
        <source>{0}: no weight for %n ticked indicator(s): {1}. Give each a weight (e.g. {2}), or untick it in {3}.</source>
        <translation>
            <numerusform>{0}: no hay peso para %n indicador marcado: {1}. Indique un peso para cada uno (p. ej. {2}), o desmárquelo en {3}.</numerusform>
            <numerusform>{0}: no hay peso para %n indicadores marcados: {1}. Indique un peso para cada uno (p. ej. {2}), o desmárquelos en {3}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="161"/>
        <source>The preset {0} needs %n field(s) that layer {1} does not have: {2}. Add them (e.g. with the field calculator), or choose no preset and tick your own fields.</source>
        <translation>
            <numerusform>El conjunto predefinido {0} necesita %n campo que la capa {1} no tiene: {2}. Agréguelo (p. ej. con la calculadora de campos), o no elija ningún conjunto predefinido y marque sus propios campos.</numerusform>
            <numerusform>El conjunto predefinido {0} necesita %n campos que la capa {1} no tiene: {2}. Agréguelos (p. ej. con la calculadora de campos), o no elija ningún conjunto predefinido y marque sus propios campos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="168"/>
        <source>Preset: indicators {0}; the ticked indicator fields are not used.</source>
        <translation>Conjunto predefinido: indicadores {0}; los campos de indicadores marcados no se usan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="171"/>
        <source>Choose at least one field in {0}.</source>
        <translation>Elija al menos un campo en {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="174"/>
        <source>%n field(s) chosen in {1} but not in {2}: {0}. Add them to {2}, or untick them in {1}.</source>
        <translation>
            <numerusform>%n campo elegido en {1} pero no en {2}: {0}. Agréguelo a {2}, o desmárquelo en {1}.</numerusform>
            <numerusform>%n campos elegidos en {1} pero no en {2}: {0}. Agréguelos a {2}, o desmárquelos en {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="179"/>
        <source>{0} are plain numbers, paired with the indicators in the order they are listed: {1}. To tie each weight to its field whatever the order, write {2}.</source>
        <translation>{0} son simples números, emparejados con los indicadores en el orden en que aparecen listados: {1}. Para ligar cada peso a su campo sea cual sea el orden, escriba {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="190"/>
        <source>No variation: %n indicator(s) of layer {1} with the same value in every unit ({0}), normalised to 0: they do not change the ranking.</source>
        <translation>
            <numerusform>Sin variación: %n indicador de la capa {1} con el mismo valor en todas las unidades ({0}), normalizado a 0: no cambia el orden.</numerusform>
            <numerusform>Sin variación: %n indicadores de la capa {1} con el mismo valor en todas las unidades ({0}), normalizados a 0: no cambian el orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="202"/>
        <source>Sensitivity: %n unit(s) stay in the top quintile under every weighting</source>
        <translation>
            <numerusform>Sensibilidad: %n unidad sigue en el quintil superior con cada ponderación</numerusform>
            <numerusform>Sensibilidad: %n unidades siguen en el quintil superior con cada ponderación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="203"/>
        <source>(each of the %n weight(s) in turn {0:.0%} lower and higher); the largest move of a rank is {1}.</source>
        <translation>
            <numerusform>(%n peso, un {0:.0%} más bajo y más alto); el mayor cambio de un rango es {1}.</numerusform>
            <numerusform>(cada uno de los %n pesos por turno, un {0:.0%} más bajo y más alto); el mayor cambio de un rango es {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="208"/>
        <source>{0}: weight {1:.3f}{2}</source>
        <translation>{0}: peso {1:.3f}{2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="209"/>
        <source> (inverted)</source>
        <translation> (invertido)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="213"/>
        <source>Share of the total index by indicator: {0}</source>
        <translation>Participación en el índice total por indicador: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="46"/>
        <source>Care demand from population rasters</source>
        <translation>Demanda de cuidado desde rásteres de población</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="48"/>
        <source>care,demand,population,raster,zonal statistics,hexagon,grid,worldpop</source>
        <translation>cuidado,demanda,población,ráster,estadísticas zonales,hexágono,grilla,worldpop</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="50"/>
        <source>How many people, and of which ages, live in each zone when the census gives only population grids (rasters such as WorldPop&apos;s age-sex grids)? This tool sums the rasters into your polygons (districts, tracts) or, without polygons, into a grid of hexagons it draws over the rasters, ready as demand units for care demand and accessibility.

How to read the results (the zones or hexagons):
- one field per raster band, named after the raster: the people it puts in the zone;
- raster_total: the sum of those fields (people); n_pixels: the pixels counted (first raster);
- hexagons only: hex_id and pop_density (people per km2).

Example: a hexagon with a side of 500 m covers 0.65 km2 (2.6 x 0.5 km x 0.5 km); if the pixel centres inside it hold 2,600 people, raster_total = 2,600 and pop_density is about 4,000 per km2.

Caveats: a pixel counts wholly for the zone that holds its centre, never split, so zones smaller than a pixel may get nothing (NULL) and thin zones are approximate; overlapping zones each count the pixels they hold. Nodata pixels are skipped, and so are NaN or infinite ones (counted in a warning); negative values are an error. The zones are reprojected to the rasters, never the rasters. Details in docs/methods.md.</source>
        <translation>¿Cuántas personas, y de qué edades, viven en cada zona cuando el censo solo da grillas de población (rásteres como las grillas por edad y sexo de WorldPop)? Esta herramienta suma los rásteres en sus polígonos (distritos, sectores) o, sin polígonos, en una grilla de hexágonos que dibuja sobre los rásteres, lista como unidades de demanda para la demanda de cuidado y la accesibilidad.

Cómo leer los resultados (las zonas o los hexágonos):
- un campo por banda de ráster, con el nombre del ráster: las personas que pone en la zona;
- raster_total: la suma de esos campos (personas); n_pixels: los píxeles contados (primer ráster);
- solo hexágonos: hex_id y pop_density (personas por km2).

Ejemplo: un hexágono de 500 m de lado cubre 0,65 km2 (2,6 x 0,5 km x 0,5 km); si los centros de píxel que contiene suman 2.600 personas, raster_total = 2.600 y pop_density es de unas 4.000 por km2.

Precauciones: un píxel cuenta entero para la zona que contiene su centro, nunca se divide, así que las zonas más pequeñas que un píxel pueden no recibir nada (NULL) y las zonas delgadas son aproximadas; las zonas superpuestas cuentan cada una los píxeles que contienen. Los píxeles sin datos (nodata) se omiten, y también los NaN o infinitos (contados en una advertencia); los valores negativos son un error. Las zonas se reproyectan a los rásteres, nunca los rásteres. Detalles en docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="69"/>
        <source>One or more population rasters (people per pixel), one output field each. Typical: WorldPop age-sex grids such as f_0 and m_0.</source>
        <translation>Uno o más rásteres de población (personas por píxel), un campo de salida por cada uno. Típico: grillas de edad y sexo de WorldPop como f_0 y m_0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="70"/>
        <source>Optional polygons to sum the rasters into; empty = a hexagon grid generated over the rasters. Typical: census tracts, or empty.</source>
        <translation>Polígonos opcionales en los que sumar los rásteres; vacío = una grilla hexagonal generada sobre los rásteres. Típico: sectores censales, o vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="71"/>
        <source>Side of a generated hexagon in metres, used when no zones are given. Typical: 500 m in a city.</source>
        <translation>Lado de un hexágono generado en metros, usado cuando no se indican zonas. Típico: 500 m en una ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="72"/>
        <source>Orientation of the generated hexagons: pointy (vertex up) or flat (side up). Typical: pointy.</source>
        <translation>Orientación de los hexágonos generados: pointy (vértice arriba) o flat (lado arriba). Típico: pointy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="73"/>
        <source>If checked, generated hexagons without any valid pixel are kept (with NULL values). Typical: unchecked.</source>
        <translation>Si se marca, se conservan los hexágonos generados sin ningún píxel válido (con valores NULL). Típico: sin marcar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="74"/>
        <source>The zones or hexagons with one field per raster, raster_total, n_pixels and, for hexagons, pop_density.</source>
        <translation>Las zonas o hexágonos con un campo por ráster, raster_total, n_pixels y, para hexágonos, pop_density.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="75"/>
        <source>Sum of raster_total over all zones: the people the rasters put in the zones or hexagons.</source>
        <translation>Suma de raster_total sobre todas las zonas: las personas que los rásteres ubican en las zonas o hexágonos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="80"/>
        <source>Population rasters</source>
        <translation>Rásteres de población</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="82"/>
        <source>Zones (empty = generate hexagons)</source>
        <translation>Zonas (vacío = generar hexágonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="85"/>
        <source>Hexagon side (m)</source>
        <translation>Lado del hexágono (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="86"/>
        <source>Hexagon orientation</source>
        <translation>Orientación de los hexágonos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="89"/>
        <source>Keep hexagons without valid pixels</source>
        <translation>Conservar los hexágonos sin píxeles válidos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="91"/>
        <source>Population by zone</source>
        <translation>Población por zona</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="92"/>
        <source>Total population</source>
        <translation>Población total</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="124"/>
        <source>Raster {0} (band {1}): %n negative pixel value(s) that are not nodata around the zones; population counts cannot be negative.</source>
        <translation>
            <numerusform>Ráster {0} (banda {1}): %n valor de píxel negativo que no es nodata alrededor de las zonas; los conteos de población no pueden ser negativos.</numerusform>
            <numerusform>Ráster {0} (banda {1}): %n valores de píxel negativos que no son nodata alrededor de las zonas; los conteos de población no pueden ser negativos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="129"/>
        <source>Raster {0} (band {1}): %n pixel(s) inside the zones holding NaN or infinite values that are not its nodata value: they are skipped (counted as no data, not as people)</source>
        <translation>
            <numerusform>Ráster {0} (banda {1}): %n píxel dentro de las zonas con valores NaN o infinitos que no son su valor nodata: se omite (se cuenta como sin datos, no como personas)</numerusform>
            <numerusform>Ráster {0} (banda {1}): %n píxeles dentro de las zonas con valores NaN o infinitos que no son su valor nodata: se omiten (se cuentan como sin datos, no como personas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="132"/>
        <source>in %n zone(s). Check the raster, or set its nodata value.</source>
        <translation>
            <numerusform>en %n zona. Revise el ráster, o defina su valor nodata.</numerusform>
            <numerusform>en %n zonas. Revise el ráster, o defina su valor nodata.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="141"/>
        <source>Choose at least one raster in {0}.</source>
        <translation>Elija al menos un ráster en {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="150"/>
        <source>Layer {0} has no valid coordinate reference system: set its CRS (layer properties) and run again.</source>
        <translation>La capa {0} no tiene un sistema de referencia de coordenadas válido: defina su SRC (propiedades de la capa) y vuelva a ejecutar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="175"/>
        <source>Hexagon grid: {0}</source>
        <translation>Grilla de hexágonos: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="177"/>
        <source>{0} hexagons of side {1} m generated in {2}.</source>
        <translation>Se generaron {0} hexágonos de {1} m de lado en {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="215"/>
        <source>%n zone(s) without a valid pixel centre in any raster: NULL.</source>
        <translation>
            <numerusform>%n zona sin ningún centro de píxel válido en ningún ráster: NULL.</numerusform>
            <numerusform>%n zonas sin ningún centro de píxel válido en ningún ráster: NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="225"/>
        <source>%n hexagon(s) written</source>
        <translation>
            <numerusform>%n hexágono escrito</numerusform>
            <numerusform>%n hexágonos escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="226"/>
        <source>%n without valid pixels dropped).</source>
        <translation>
            <numerusform>%n descartado por no tener píxeles válidos).</numerusform>
            <numerusform>%n descartados por no tener píxeles válidos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="44"/>
        <source>Care map report</source>
        <translation>Informe del mapa de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="46"/>
        <source>report,html,pdf,map,charts,summary,council</source>
        <translation>informe,html,pdf,mapa,gráficos,resumen,concejo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="48"/>
        <source>What does the care map say, in a form a council can read? Writes a self-contained HTML report (it opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the area, the date, the key numbers as sentences and an overview map; then one map per indicator (with the district outlines and names and the streets as a light base), the charts, what each indicator means and a table of the method and parameters.

How to read the results: the sentences say what each number counts (people of the cohort within the travel time, places per person, places missing for the policy target, people in care deserts). The maps use the layer&apos;s own fields: care_demand (people), access (places per person), cost_nearest (minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left out. The figures returned are the same numbers.

With the outputs of Care blocks (Advanced), the report adds the sentence on the people who need care and the caregivers the blocks reach, before and after, and a map of the blocks: areas of influence, anchors and alternate buildings.

Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads &apos;92,708 children under 6 (90%) live within 10 minutes&apos; walk of the nearest facility&apos;.

Caveats: give the travel time the analysis used, since the report quotes it but does not recompute the access; text from the layers (district and facility names) is shown as text, never run.</source>
        <translation>¿Qué dice el mapa de cuidado, en una forma que un concejo pueda leer? Escribe un informe HTML autocontenido (se abre en cualquier navegador, sin necesidad de internet) y, si usted lo pide, un PDF. La página 1 da el título, el área, la fecha, las cifras clave en forma de frases y un mapa general; luego un mapa por indicador (con los contornos y nombres de los distritos y las calles como base tenue), los gráficos, qué significa cada indicador y una tabla del método y los parámetros.

Cómo leer los resultados: las frases dicen qué cuenta cada número (personas de la cohorte dentro del tiempo de viaje, cupos por persona, cupos que faltan para la meta de política, personas en desiertos de cuidado). Los mapas usan los propios campos de la capa: care_demand (personas), access (cupos por persona), cost_nearest (minutos), desert (1 = desierto de cuidado) y priority (0 a 1); una parte cuyo campo falta se omite. Las cifras devueltas son los mismos números.

Con las salidas de Manzanas del cuidado (parámetros avanzados), el informe agrega la frase sobre las personas que necesitan cuidado y las personas cuidadoras que alcanzan las manzanas, antes y después, y un mapa de las manzanas: áreas de influencia, anclas y edificios alternos.

Ejemplo: con la ciudad de demostración del tutorial y una caminata de 10 minutos, la página 1 dice &apos;92.708 niñas y niños menores de 6 años (90 %) viven a 10 minutos a pie o menos del equipamiento más cercano&apos;.

Precauciones: indique el tiempo de viaje que usó el análisis, ya que el informe lo cita pero no vuelve a calcular el acceso; el texto de las capas (nombres de distritos y de equipamientos) se muestra como texto, nunca se ejecuta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="69"/>
        <source>The CareMap result layer of units (blocks, tracts) with the indicators to report. Typical: the units output of &apos;Care map in one run&apos;.</source>
        <translation>La capa de resultados de CareMap con las unidades (manzanas, sectores) y los indicadores a informar. Típico: la salida de unidades de &apos;Mapa de cuidado en una sola ejecución&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="70"/>
        <source>Numeric field of the units with the people of the cohort. Typical: care_demand.</source>
        <translation>Campo numérico de las unidades con las personas de la cohorte. Típico: care_demand.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="71"/>
        <source>Field with the travel time in minutes to the nearest facility; empty = cost_nearest when the layer has it. Typical: empty.</source>
        <translation>Campo con el tiempo de viaje en minutos hasta el equipamiento más cercano; vacío = cost_nearest si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="72"/>
        <source>Field with the access in places per person; empty = access when the layer has it. Typical: empty.</source>
        <translation>Campo con el acceso en cupos por persona; vacío = access si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="73"/>
        <source>Field that is 1 where the unit reaches a facility within the travel time, else 0; empty = covered when the layer has it. Typical: empty.</source>
        <translation>Campo que vale 1 donde la unidad alcanza un equipamiento dentro del tiempo de viaje, si no 0; vacío = covered si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="74"/>
        <source>Field with the people without a place; empty = unmet when the layer has it. Typical: empty.</source>
        <translation>Campo con las personas sin cupo; vacío = unmet si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="75"/>
        <source>Field that is 1 for a care desert, else 0; empty = desert when the layer has it. Typical: empty.</source>
        <translation>Campo que vale 1 para un desierto de cuidado, si no 0; vacío = desert si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="76"/>
        <source>Field with the care priority index (0 to 1); empty = priority when the layer has it. Typical: empty.</source>
        <translation>Campo con el índice de prioridad de cuidado (0 a 1); vacío = priority si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="77"/>
        <source>Optional field of the units naming each unit&apos;s district, for the charts by district and the district outlines on the maps. Typical: district.</source>
        <translation>Campo opcional de las unidades con el distrito de cada unidad, para los gráficos por distrito y los contornos de los distritos en los mapas. Típico: district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="78"/>
        <source>Optional polygon layer of districts, drawn as outlines with their names on every map; when the units have no district field, each unit gets the district it lies in. Typical: the localities or communes of the city.</source>
        <translation>Capa opcional de polígonos de distritos, dibujados como contornos con sus nombres en cada mapa; cuando las unidades no tienen campo de distrito, cada unidad recibe el distrito en el que se encuentra. Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="79"/>
        <source>Field of the district polygons with the district names. Typical: the locality name.</source>
        <translation>Campo de los polígonos de distritos con los nombres de los distritos. Típico: el nombre de la localidad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="80"/>
        <source>Optional layer of care facilities to draw on the supply map. Typical: the inventory output of &apos;Care map in one run&apos;.</source>
        <translation>Capa opcional de equipamientos de cuidado para dibujar en el mapa de oferta. Típico: la salida de inventario de &apos;Mapa de cuidado en una sola ejecución&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="81"/>
        <source>Optional numeric field of the facilities with the places of each one. Typical: capacity_fde.</source>
        <translation>Campo numérico opcional de los equipamientos con los cupos de cada uno. Típico: capacity_fde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="82"/>
        <source>Optional line layer of streets, drawn as a light base under every map so a reader finds the places. Typical: the road network of the analysis.</source>
        <translation>Capa opcional de líneas de calles, dibujada como base tenue bajo cada mapa para que quien lee se ubique. Típico: la red vial del análisis.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="83"/>
        <source>The travel time in minutes the analysis used, quoted in the sentences and charts. Typical: 10 minutes.</source>
        <translation>El tiempo de viaje en minutos que usó el análisis, citado en las frases y los gráficos. Típico: 10 minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="84"/>
        <source>Policy target in places per person, drawn on the access chart (0 = none). Typical: 0.333.</source>
        <translation>Meta de política en cupos por persona, dibujada en el gráfico de acceso (0 = ninguna). Típico: 0.333.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="85"/>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in the units; the places needed are the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s education plan: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Metas opcionales por grupo de edad, como elementos campo:razón separados por &apos;;&apos;, cada campo un conteo de personas de ese grupo en las unidades; los cupos necesarios son la suma de razón x conteo, en lugar de la meta de política única. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (plan de educación de Brasil: 50 % de las niñas y niños de 0-3 años en guardería, 100 % de los de 4-5 en preescolar).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="86"/>
        <source>Title of the report, also the PDF&apos;s title. Typical: &apos;Childcare in Ciudad Demo&apos;.</source>
        <translation>Título del informe, también el título del PDF. Típico: &apos;Cuidado infantil en Ciudad Demo&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="89"/>
        <source>Travel mode, as the report&apos;s sentences will read it. Typical: &apos;walk&apos;.</source>
        <translation>Modo de viaje, tal como lo leerán las frases del informe. Típico: &apos;caminar&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="90"/>
        <source>Optional hours of the caregivers&apos; time windows the analysis used, as label=hours items separated by &apos;|&apos;, quoted in the sentences on time; the figures come from the units&apos; covered_&lt;label&gt; and temporal_desert fields. Typical: &apos;evening=Mo-Fr 17:00-20:00&apos;, as given to Accessibility to care.</source>
        <translation>Horarios opcionales de las ventanas horarias de las personas cuidadoras que usó el análisis, como elementos etiqueta=horario separados por &apos;|&apos;, citados en las frases sobre el tiempo; las cifras vienen de los campos covered_&lt;label&gt; y temporal_desert de las unidades. Típico: &apos;evening=Mo-Fr 17:00-20:00&apos;, tal como se indicó en Accesibilidad al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="91"/>
        <source>How the inputs were made, printed as the table of the method: free text, or the record of a run (JSON) whose layers, fields and choices are shown by name. Typical: empty, or filled in by &apos;Care map in one run&apos;.</source>
        <translation>Cómo se hicieron los insumos, impreso como la tabla del método: texto libre, o el registro de una ejecución (JSON) cuyas capas, campos y opciones se muestran por su nombre. Típico: vacío, o completado por &apos;Mapa de cuidado en una sola ejecución&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="92"/>
        <source>Self-contained HTML report (maps, charts, key numbers, method), to open in any browser. Typical: report.html.</source>
        <translation>Informe HTML autocontenido (mapas, gráficos, cifras clave, método), para abrir en cualquier navegador. Típico: report.html.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="93"/>
        <source>Optional PDF of the same report, made with a QGIS print layout. Typical: report.pdf.</source>
        <translation>PDF opcional del mismo informe, hecho con una composición de impresión de QGIS. Típico: report.pdf.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="94"/>
        <source>Share (0 to 1) of the demand beyond the travel time of the nearest facility (or not covered); None when there is no demand or no travel time or covered field. Typical: 0.1.</source>
        <translation>Proporción (0 a 1) de la demanda más allá del tiempo de viaje del equipamiento más cercano (o no cubierta); None cuando no hay demanda o no hay tiempo de viaje ni campo de cobertura. Típico: 0.1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="95"/>
        <source>People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them. Typical: thousands in a city.</source>
        <translation>Personas sin cupo: la suma del campo unmet, o de max(0, demanda - cupos) a partir del acceso; None sin ellos. Típico: miles en una ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="96"/>
        <source>Share (0 to 1) of the demand living in care deserts; None without a desert field or demand. Typical: 0.08.</source>
        <translation>Proporción (0 a 1) de la demanda que vive en desiertos de cuidado; None sin campo de desierto o sin demanda. Típico: 0.08.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="102"/>
        <source>Care map units (result layer)</source>
        <translation>Unidades del mapa de cuidado (capa de resultados)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="105"/>
        <source>Demand field (people of the cohort)</source>
        <translation>Campo de demanda (personas de la cohorte)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="113"/>
        <source>Facility capacity field (places)</source>
        <translation>Campo de capacidad de los equipamientos (cupos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="116"/>
        <source>Streets (light base of the maps)</source>
        <translation>Calles (base tenue de los mapas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="119"/>
        <source>Travel time the analysis used (minutes)</source>
        <translation>Tiempo de viaje que usó el análisis (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="127"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="129"/>
        <source>people needing care</source>
        <translation>personas que necesitan cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="131"/>
        <source>a care service</source>
        <translation>un servicio de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="134"/>
        <source>Travel time to the nearest facility field (minutes)</source>
        <translation>Campo de tiempo de viaje hasta el equipamiento más cercano (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="135"/>
        <source>Access field (places per person)</source>
        <translation>Campo de acceso (cupos por persona)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="136"/>
        <source>Covered field (0/1)</source>
        <translation>Campo de cobertura (0/1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="137"/>
        <source>Unmet demand field (people)</source>
        <translation>Campo de demanda no atendida (personas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="138"/>
        <source>Care desert field (0/1)</source>
        <translation>Campo de desierto de cuidado (0/1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="139"/>
        <source>Priority index field (0 to 1)</source>
        <translation>Campo del índice de prioridad (0 a 1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="145"/>
        <source>Time windows the analysis used &apos;label=hours|label=hours&apos;</source>
        <translation>Ventanas horarias que usó el análisis &apos;etiqueta=horario|etiqueta=horario&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="148"/>
        <source>Method and parameters (text, or the record of a run)</source>
        <translation>Método y parámetros (texto, o el registro de una ejecución)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="155"/>
        <source>Share of demand beyond the threshold</source>
        <translation>Proporción de la demanda más allá del umbral</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="167"/>
        <source>Field &apos;{0}&apos; (chosen as &apos;{1}&apos;) is not in layer {2}. Pick one of its fields, or leave it empty.</source>
        <translation>El campo &apos;{0}&apos; (elegido como &apos;{1}&apos;) no está en la capa {2}. Elija uno de sus campos, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="178"/>
        <source>{0} is {1:g}: the report counts the people within this travel time and quotes it in its sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. {2:g} minutes).</source>
        <translation>{0} es {1:g}: el informe cuenta las personas dentro de este tiempo de viaje y lo cita en sus frases y gráficos, por lo que debe ser mayor que 0. Indique el umbral que usó el análisis (p. ej. {2:g} minutos).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="214"/>
        <source>Left out of every figure of the report: %n unit(s) of layer {0} without a value (NULL) in field &apos;{1}&apos;.</source>
        <translation>
            <numerusform>Excluida de todas las cifras del informe: %n unidad de la capa {0} sin valor (NULL) en el campo &apos;{1}&apos;.</numerusform>
            <numerusform>Excluidas de todas las cifras del informe: %n unidades de la capa {0} sin valor (NULL) en el campo &apos;{1}&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="218"/>
        <source>Field &apos;{0}&apos; of layer {1} is 0 in every unit: there is no demand in this layer, so no share or gap can be computed.</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} es 0 en todas las unidades: no hay demanda en esta capa, por lo que no se puede calcular ninguna proporción ni brecha.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="222"/>
        <source>Field &apos;{0}&apos; of layer {1} is 0 in every unit: there is no capacity within reach.</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} es 0 en todas las unidades: no hay capacidad al alcance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="227"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>Study area</source>
        <translation>Área de estudio</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unidad</numerusform>
            <numerusform>%Ln unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n distrito</numerusform>
            <numerusform>%n distritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="262"/>
        <source>CareMap · {0}</source>
        <translation>CareMap · {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="271"/>
        <source>Could not write the PDF report {0}.</source>
        <translation>No se pudo escribir el informe PDF {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="330"/>
        <source>{0:g} minutes</source>
        <translation>{0:g} minutos</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="354"/>
        <source>{0}: %n field(s) not in layer {1}: {2}. Name fields of that layer with the people of each age band.</source>
        <translation>
            <numerusform>{0}: %n campo no está en la capa {1}: {2}. Indique campos de esa capa con las personas de cada grupo de edad.</numerusform>
            <numerusform>{0}: %n campos no están en la capa {1}: {2}. Indique campos de esa capa con las personas de cada grupo de edad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="368"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL value(s) in units with demand: the places the targets per age band ask for are unknown there. Fill or filter them first.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valor NULL en unidades con demanda: allí no se conocen los cupos que piden las metas por grupo de edad. Complételo o fíltrelo primero.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valores NULL en unidades con demanda: allí no se conocen los cupos que piden las metas por grupo de edad. Complételos o fíltrelos primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="47"/>
        <source>New care facility siting</source>
        <translation>Localización de nuevos equipamientos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="49"/>
        <source>siting,location,MCLP,maximal covering,p-median,capacitated,optimisation,planning</source>
        <translation>localización,ubicación,MCLP,máxima cobertura,p-mediana,capacitado,optimización,planificación</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="51"/>
        <source>Where should the next care facilities go? Among candidate sites (a layer of possible plots, or a regular grid over the demand), it chooses the given number of new sites that bring care to the most people within the coverage threshold (or that shorten travel the most), keeping the existing facilities open.

How to read the results:
- New sites: each chosen candidate&apos;s own fields (name, address...), then rank (1 = chosen first, the most useful), gain (demand newly covered or served, or travel cost saved, by that site), newly_covered, candidate_fid and assigned_demand (demand nearest to it after).
- Demand with coverage: cost_before and cost_after (travel to the nearest facility, in cost_unit: minutes or meters), covered_before and covered_after (1 = within the threshold), newly_covered and new_site_rank (the new site that serves the unit).
- Before/after summary (optional table) and the figures: demand covered, mean cost and the share of demand in care deserts, before and after.

Example: in the demo city, with the care deserts as demand, a 500 m grid of candidates, the existing childcare facilities, 3 new sites and a 10-minute walk: 92,708 children (90.2%) are within reach before and 94,312 (91.7%) after, 1,604 more; the first site alone adds 695 (its gain). By hand: blocks a, b, c with 50, 30 and 40 children; site 1 reaches a and b, site 2 reaches b and c: with one new site, site 1 is chosen (80 of 120 children covered).

Good to know:
- Objectives: cover the most demand (maximal covering), the lowest average travel (p-median: units reaching nothing count at the cost limit, 3 x the threshold by default), or serve the most demand when each new site has limited places (capacitated).
- The fast solver (greedy) gets at least 63% of the best possible coverage, usually over 97%; the exact solver finds the best within its time limit and reports the gap.
- A site that would add nothing is never placed: fewer sites than asked are then placed, with a warning.
- A grid ignores land, rent and safety: check the chosen places on the ground, or give a layer of real candidate sites.</source>
        <translation>¿Dónde deberían ir los próximos equipamientos de cuidado? Entre sitios candidatos (una capa de terrenos posibles, o una grilla regular sobre la demanda), elige el número indicado de nuevos sitios que acercan el cuidado a más personas dentro del umbral de cobertura (o que más acortan el viaje), manteniendo abiertos los equipamientos existentes.

Cómo leer los resultados:
- Nuevos sitios: los propios campos de cada candidato elegido (nombre, dirección...), luego rank (1 = el elegido primero, el más útil), gain (demanda que pasa a estar cubierta o atendida, o costo de viaje ahorrado, gracias a ese sitio), newly_covered, candidate_fid y assigned_demand (demanda que le queda más cerca después).
- Demanda con cobertura: cost_before y cost_after (viaje hasta el equipamiento más cercano, en cost_unit: minutos o metros), covered_before y covered_after (1 = dentro del umbral), newly_covered y new_site_rank (el nuevo sitio que atiende a la unidad).
- Resumen antes/después (tabla opcional) y las cifras: demanda cubierta, costo medio y proporción de la demanda en desiertos de cuidado, antes y después.

Ejemplo: en la ciudad de demostración, con los desiertos de cuidado como demanda, una grilla de candidatos de 500 m, los equipamientos de cuidado infantil existentes, 3 nuevos sitios y una caminata de 10 minutos: 92.708 niñas y niños (90,2 %) están al alcance antes y 94.312 (91,7 %) después, 1.604 más; el primer sitio aporta por sí solo 695 (su ganancia). A mano: manzanas a, b y c con 50, 30 y 40 niñas y niños; el sitio 1 alcanza a y b, el sitio 2 alcanza b y c: con un solo sitio nuevo se elige el sitio 1 (80 de 120 niñas y niños cubiertos).

Conviene saber:
- Objetivos: cubrir la mayor demanda (cobertura máxima), el menor viaje promedio (p-mediana: las unidades que no alcanzan nada cuentan con el límite de costo, 3 x el umbral por defecto), o atender la mayor demanda cuando cada nuevo sitio tiene cupos limitados (con capacidad).
- El método rápido (voraz) obtiene al menos el 63 % de la mejor cobertura posible, normalmente más del 97 %; el método exacto encuentra la mejor dentro de su límite de tiempo e informa la brecha.
- Un sitio que no aportaría nada nunca se ubica: entonces se ubican menos sitios de los pedidos, con una advertencia.
- Una grilla ignora el suelo, el arriendo y la seguridad: verifique en terreno los lugares elegidos, o indique una capa de sitios candidatos reales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="82"/>
        <source>Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5, or the care deserts.</source>
        <translation>Capa de unidades de demanda, puntos o polígonos (tomados en su centroide). Típico: manzanas censales con niñas y niños de 0-5 años, o los desiertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="83"/>
        <source>Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from CareMap&apos;s care gaps.</source>
        <translation>Campo numérico opcional con las personas de cada unidad; vacío = 1 por unidad. Típico: niñas y niños de 0-5 años, o unmet de Brechas de cuidado de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="84"/>
        <source>Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a regular grid of candidates is laid over the demand. Typical: the public land inventory.</source>
        <translation>Capa opcional de puntos de sitios posibles (p. ej. terrenos públicos, escuelas, salones comunales); sin ella se traza una grilla regular de candidatos sobre la demanda. Típico: el inventario de suelo público.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="85"/>
        <source>Without a layer of candidate sites, candidates are laid on a square grid over the demand, one every this many metres (only those within reach of some demand are kept; 0 = no grid). Typical: 250 m for walking, 500 m for a first look.</source>
        <translation>Sin una capa de sitios candidatos, los candidatos se ubican en una grilla cuadrada sobre la demanda, uno cada esta cantidad de metros (solo se conservan los que están al alcance de alguna demanda; 0 = sin grilla). Típico: 250 m a pie, 500 m para una primera mirada.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="86"/>
        <source>Optional layer of facilities that stay open and already cover demand. Typical: the output of CareMap&apos;s supply inventory, kept to the target group.</source>
        <translation>Capa opcional de equipamientos que siguen abiertos y ya cubren demanda. Típico: la salida del Inventario de la oferta de cuidado de CareMap, limitada al grupo objetivo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="87"/>
        <source>How many new sites to choose. Typical: 3 to 10, the number the budget allows.</source>
        <translation>Cuántos nuevos sitios elegir. Típico: 3 a 10, el número que permite el presupuesto.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="88"/>
        <source>What the new sites should achieve: cover the most demand within the coverage threshold (maximal covering), the lowest average travel to the nearest facility (p-median), or serve the most demand within the threshold with limited places per site (capacitated). Typical: cover the most demand.</source>
        <translation>Qué deben lograr los nuevos sitios: cubrir la mayor demanda dentro del umbral de cobertura (cobertura máxima), el menor viaje promedio hasta el equipamiento más cercano (p-mediana), o atender la mayor demanda dentro del umbral con cupos limitados por sitio (con capacidad). Típico: cubrir la mayor demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="90"/>
        <source>How far people go, in the cost unit, inclusive: a unit is covered by a site within this travel. Typical: 10 minutes walking.</source>
        <translation>Hasta dónde se desplazan las personas, en la unidad de costo, inclusive: una unidad queda cubierta por un sitio dentro de este viaje. Típico: 10 minutos a pie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="92"/>
        <source>Cost limit in the cost unit for the p-median objective and for the cost before and after; units reaching nothing count at this cost (0 = three times the coverage threshold). Typical: 0.</source>
        <translation>Límite de costo en la unidad de costo para el objetivo p-mediana y para el costo antes y después; las unidades que no alcanzan nada cuentan con este costo (0 = tres veces el umbral de cobertura). Típico: 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="93"/>
        <source>Places of each new site for the capacitated objective, when the candidates have no capacity field. Typical: 100 places.</source>
        <translation>Cupos de cada nuevo sitio para el objetivo con capacidad, cuando los candidatos no tienen campo de capacidad. Típico: 100 cupos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="94"/>
        <source>Optional numeric field of the candidate sites with the places each could offer (capacitated objective). Typical: empty.</source>
        <translation>Campo numérico opcional de los sitios candidatos con los cupos que podría ofrecer cada uno (objetivo con capacidad). Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="95"/>
        <source>Optional field of the candidate sites with a unique id, copied to the chosen sites and used to find them in a travel cost table. Typical: the plot code.</source>
        <translation>Campo opcional de los sitios candidatos con un id único, copiado a los sitios elegidos y usado para encontrarlos en una tabla de costos de viaje. Típico: el código del terreno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="96"/>
        <source>Optional numeric field of the existing facilities with their places, for the capacitated objective; empty or NULL = unlimited. Typical: capacity_fde.</source>
        <translation>Campo numérico opcional de los equipamientos existentes con sus cupos, para el objetivo con capacidad; vacío o NULL = ilimitado. Típico: capacity_fde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="97"/>
        <source>The chosen new sites: each candidate site&apos;s own fields (name, address...), then its rank and gain (demand newly covered or served, or cost saved).</source>
        <translation>Los nuevos sitios elegidos: los campos propios de cada sitio candidato (nombre, dirección...), luego su rango y su ganancia (demanda nueva cubierta o atendida, o costo ahorrado).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="98"/>
        <source>The demand units with cost_before, cost_after (with their unit in cost_unit and cost_speed_kmh), covered_before, covered_after, newly_covered and new_site_rank.</source>
        <translation>Las unidades de demanda con cost_before, cost_after (con su unidad en cost_unit y cost_speed_kmh), covered_before, covered_after, newly_covered y new_site_rank.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="99"/>
        <source>Optional before/after table: demand covered, mean cost and share of demand in care deserts.</source>
        <translation>Tabla opcional antes/después: demanda cubierta, costo medio y proporción de la demanda en desiertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="100"/>
        <source>Demand within the coverage threshold of an existing facility, before the new sites.</source>
        <translation>Demanda dentro del umbral de cobertura de un equipamiento existente, antes de los nuevos sitios.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="101"/>
        <source>Demand within the coverage threshold of an existing or new facility.</source>
        <translation>Demanda dentro del umbral de cobertura de un equipamiento existente o nuevo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="102"/>
        <source>Demand-weighted mean cost to the nearest existing facility, in the cost unit; None when no demand reaches one.</source>
        <translation>Costo medio ponderado por la demanda hasta el equipamiento existente más cercano, en la unidad de costo; None cuando ninguna demanda alcanza uno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="103"/>
        <source>Demand-weighted mean cost to the nearest facility with the new sites, in the cost unit; None when no demand reaches one.</source>
        <translation>Costo medio ponderado por la demanda hasta el equipamiento más cercano con los nuevos sitios, en la unidad de costo; None cuando ninguna demanda alcanza uno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="104"/>
        <source>Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and the coverage threshold) before the new sites; None when there is no demand.</source>
        <translation>Proporción (0 a 1) de la demanda en desiertos de cuidado (la regla de Georreferenciación de Cuidados con los costos de localización y el umbral de cobertura) antes de los nuevos sitios; None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="105"/>
        <source>Share (0 to 1) of the demand in care deserts (the same rule) with the new sites; None when there is no demand.</source>
        <translation>Proporción (0 a 1) de la demanda en desiertos de cuidado (la misma regla) con los nuevos sitios; None cuando no hay demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="106"/>
        <source>Value of the objective the solver optimised (covered demand, or total weighted cost).</source>
        <translation>Valor del objetivo que optimizó el solver (demanda cubierta, o costo ponderado total).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="107"/>
        <source>Relative gap between the solution and the solver&apos;s bound (0 = proven optimal); None when not known.</source>
        <translation>Brecha relativa entre la solución y la cota del solver (0 = óptimo demostrado); None cuando no se conoce.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="108"/>
        <source>Number of new sites placed (fewer than asked when more would add nothing).</source>
        <translation>Número de nuevos sitios ubicados (menos que los pedidos cuando más sitios no aportarían nada).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="120"/>
        <source>Demand field (people; empty = 1 per unit)</source>
        <translation>Campo de demanda (personas; vacío = 1 por unidad)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="123"/>
        <source>Candidate sites</source>
        <translation>Sitios candidatos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="125"/>
        <source>Grid spacing of candidate sites (m; used when no layer is given)</source>
        <translation>Espaciado de la grilla de sitios candidatos (m; se usa cuando no se indica una capa)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="128"/>
        <source>Existing facilities</source>
        <translation>Equipamientos existentes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="130"/>
        <source>Number of new sites</source>
        <translation>Número de nuevos sitios</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="132"/>
        <source>Coverage threshold (in the cost unit, inclusive)</source>
        <translation>Umbral de cobertura (en la unidad de costo, inclusivo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="134"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="140"/>
        <source>Cost limit for the lowest average travel and for the cost before and after (in the cost unit; 0 = 3 x the coverage threshold)</source>
        <translation>Límite de costo para el menor viaje promedio y para el costo antes y después (en la unidad de costo; 0 = 3 x el umbral de cobertura)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="142"/>
        <source>Places of each new site (limited places)</source>
        <translation>Cupos de cada nuevo sitio (cupos limitados)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="144"/>
        <source>Places field of the candidate sites (limited places)</source>
        <translation>Campo de cupos de los sitios candidatos (cupos limitados)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="147"/>
        <source>Id field of the candidate sites</source>
        <translation>Campo de id de los sitios candidatos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="149"/>
        <source>Places field of the existing facilities (limited places; empty or NULL = unlimited)</source>
        <translation>Campo de cupos de los equipamientos existentes (cupos limitados; vacío o NULL = ilimitado)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="157"/>
        <source>New sites</source>
        <translation>Nuevos sitios</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="158"/>
        <source>Demand with coverage</source>
        <translation>Demanda con cobertura</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="160"/>
        <source>Before/after summary</source>
        <translation>Resumen antes/después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="162"/>
        <source>Demand covered before</source>
        <translation>Demanda cubierta antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="163"/>
        <source>Demand covered after</source>
        <translation>Demanda cubierta después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="164"/>
        <source>Mean cost before</source>
        <translation>Costo medio antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="164"/>
        <source>Mean cost after</source>
        <translation>Costo medio después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="165"/>
        <source>Share of demand in care deserts before</source>
        <translation>Proporción de la demanda en desiertos de cuidado antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="166"/>
        <source>Share of demand in care deserts after</source>
        <translation>Proporción de la demanda en desiertos de cuidado después</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="168"/>
        <source>New sites placed (fewer than asked when more would add nothing)</source>
        <translation>Nuevos sitios ubicados (menos que los pedidos cuando más sitios no agregarían nada)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="185"/>
        <source>No candidate sites: choose a layer of candidate sites in {0}, or set {1} above 0 for a regular grid.</source>
        <translation>Sin sitios candidatos: elija una capa de sitios candidatos en {0}, o defina {1} mayor que 0 para una grilla regular.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="191"/>
        <source>Candidate grid: {0}</source>
        <translation>Grilla de candidatos: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="192"/>
        <source>{0} grid candidates every {1} m.</source>
        <translation>{0} candidatos en grilla cada {1} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="193"/>
        <source>grid</source>
        <translation>grilla</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="200"/>
        <location filename="../processing/costs_io.py" line="156"/>
        <location filename="../processing/costs_io.py" line="306"/>
        <source>field &apos;{0}&apos; of layer {1}</source>
        <translation>campo &apos;{0}&apos; de la capa {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="202"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="212"/>
        <source>The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage threshold (in the cost unit) above 0, e.g. {1:g} minutes.</source>
        <translation>El umbral de cobertura es {0}: ninguna unidad de demanda podría quedar cubierta. Fije el umbral de cobertura (en la unidad de costo) por encima de 0, p. ej. {1:g} minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="226"/>
        <source>No demand: field &apos;{0}&apos; of layer {1} is 0 in every unit, so no site can cover anyone; the shares and mean costs are NULL.</source>
        <translation>Sin demanda: el campo &apos;{0}&apos; de la capa {1} es 0 en todas las unidades, por lo que ningún sitio puede cubrir a nadie; las proporciones y los costos medios son NULL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="232"/>
        <source>%n new site(s) asked for ({0}),</source>
        <translation>
            <numerusform>%n nuevo sitio pedido ({0}),</numerusform>
            <numerusform>%n nuevos sitios pedidos ({0}),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="233"/>
        <source>but {0} has only %n candidate site(s): ask for fewer sites or give more candidates.</source>
        <translation>
            <numerusform>pero {0} tiene solo %n sitio candidato: pida menos sitios o indique más candidatos.</numerusform>
            <numerusform>pero {0} tiene solo %n sitios candidatos: pida menos sitios o indique más candidatos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="261"/>
        <source>No candidate site in {0} is within {1:g} {2} of any demand unit: raise {3} or {4}, or add candidates nearer the demand.</source>
        <translation>Ningún sitio candidato de {0} está a {1:g} {2} o menos de alguna unidad de demanda: aumente {3} o {4}, o agregue candidatos más cerca de la demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="277"/>
        <source>field &apos;{0}&apos;</source>
        <translation>campo &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="279"/>
        <source>the capacity of each new site</source>
        <translation>la capacidad de cada sitio nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="280"/>
        <source>Capacity must be above 0 for every candidate: {0} has %n value(s) that are zero, negative or NULL.</source>
        <translation>
            <numerusform>La capacidad debe ser mayor que 0 para cada candidato: {0} tiene %n valor cero, negativo o NULL.</numerusform>
            <numerusform>La capacidad debe ser mayor que 0 para cada candidato: {0} tiene %n valores cero, negativos o NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="286"/>
        <source>Siting: {0}</source>
        <translation>Localización: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="311"/>
        <source>Layer {0} already has a field &apos;{1}&apos;: the new sites&apos; layer holds CareMap&apos;s &apos;{1}&apos; instead.</source>
        <translation>La capa {0} ya tiene un campo &apos;{1}&apos;: la capa de nuevos sitios guarda en su lugar el &apos;{1}&apos; de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="318"/>
        <source>Field &apos;{0}&apos; of layer {1} is not a distinct whole number for every chosen site: the new sites&apos; layer leaves it out (candidate_fid holds each site&apos;s feature id).</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} no es un número entero distinto para cada sitio elegido: la capa de nuevos sitios lo omite (candidate_fid guarda el identificador de entidad de cada sitio).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="333"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not a finite number (NaN or infinite): the new sites&apos; layer holds NULL there.</source>
        <translation>
            <numerusform>%n valor del campo &apos;{0}&apos; de la capa {1} no es un número finito (NaN o infinito): la capa de nuevos sitios tiene NULL allí.</numerusform>
            <numerusform>%n valores del campo &apos;{0}&apos; de la capa {1} no son un número finito (NaN o infinito): la capa de nuevos sitios tiene NULL allí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="394"/>
        <source>Fewer sites suffice: %n new site(s) placed</source>
        <translation>
            <numerusform>Bastan menos sitios: se ubicó %n nuevo sitio</numerusform>
            <numerusform>Bastan menos sitios: se ubicaron %n nuevos sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="395"/>
        <source>instead of the %n asked, because any further site would add nothing (no demand left that it would cover, serve or bring closer).</source>
        <translation>
            <numerusform>en lugar del %n pedido, porque cualquier sitio adicional no aportaría nada (no queda demanda que pudiera cubrir, atender o acercar).</numerusform>
            <numerusform>en lugar de los %n pedidos, porque cualquier sitio adicional no aportaría nada (no queda demanda que pudiera cubrir, atender o acercar).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="397"/>
        <source>Solver status: {0}; objective {1:,.2f}; MIP gap {2}</source>
        <translation>Estado del solver: {0}; objetivo {1:.2f}; brecha MIP {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="400"/>
        <source>The exact solver stopped at its time limit ({0}) without beating the heuristic: the heuristic solution is returned (see the MIP gap). Raise the time limit for a better plan.</source>
        <translation>El solver exacto se detuvo en su tiempo límite ({0}) sin superar a la heurística: se devuelve la solución heurística (ver la brecha MIP). Aumente el tiempo límite para obtener un mejor plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="403"/>
        <source>Demand covered within {0:g} {1}: {2:,.0f} before, {3:,.0f} after ({4} -&gt; {5}).</source>
        <translation>Demanda cubierta dentro de {0:g} {1}: {2:.0f} antes, {3:.0f} después ({4} -&gt; {5}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="31"/>
        <source>care,supply,facilities,inventory,deduplication,registry,crowd</source>
        <translation>cuidado,oferta,equipamientos,inventario,eliminación de duplicados,registro,mapeo colaborativo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="33"/>
        <source>Where is care offered, and how many places does each facility really have? This tool merges facility lists from several sources (the official registry, a survey, a crowd map, OpenStreetMap) into one clean inventory: one schema, junk and unwanted types removed, duplicates merged, missing capacities estimated, half-day places counted as half.

How to read the results:
- Care supply inventory (points): one row per facility with name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (places), capacity_fde (full-day-equivalent places: a 4-hour, 5-day place counts 0.5), source, merged_sources and n_merged (the sources and number of records merged into it), capacity_imputed (0 = reported; 1 = estimated from the median of the same service type; 2 = from the median of all facilities; 3 = the default capacity; 4 = taken from a duplicate) and capacity_reported (the record&apos;s own value).
- Rejected records (optional): the records left out, with reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) and duplicate_of (the inventory record it repeats), to check.
- Community review (optional): each record of a field survey (the GeoPackage of &apos;Community field survey package&apos;, or a KoboToolbox / ODK CSV export) with status confirmed (a registry record of the same place agrees), new (no other source lists the place) or conflicting (a value differs: conflicts lists them, e.g. capacity: 25 here, 40 in the registry), verified (1 when the place was visited or confirmed by phone or a document) and inventory_id (its place in the inventory).
- OpenStreetMap change file (optional): the new, verified places as an .osc file with the care tags, for a mapper to review and upload with JOSM; CareMap uploads nothing.

Field surveys keep their provenance: every record of the inventory carries collector, survey_date and verification (empty for registry records). A record marked &apos;reported&apos; (not checked) never replaces a value of another source: of two records of the same place it is never the one kept, and its values never fill another record&apos;s gaps; unchecked new places stay in the inventory, marked as such. A Kobo or ODK export is read by its column names (the geopoint&apos;s latitude and longitude columns, place/name...), so it needs no field mapping.

Field mappings: one per facility layer, separated by &apos;|&apos;. Each says which field of the layer holds which inventory field (name=nombre,capacity=cupos); a value in quotes is the same for every record (sphere=&apos;community&apos;). Start a mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat) and it goes to that layer whatever the order of the layers; mappings without a name go to the layers in the order shown in &apos;Facility layers&apos;. Inventory fields not mapped are read from a field of the same name. A table without geometry (a CSV) needs its coordinates: x=lon,y=lat (longitude and latitude unless crs=&apos;EPSG:...&apos; is added).

Example: the demo city&apos;s registry (297 facilities), community survey (134) and crowd map (149) give 538 facilities: 14 records dropped by the type and name rules, 28 duplicates merged (297 + 134 + 149 - 14 - 28 = 538); 32 capacities estimated from their service type.

Caveats: two records are merged only when they are within &apos;De-duplication distance&apos; and their names are similar enough (after removing case, accents and common words such as &apos;jardin&apos; or &apos;centro&apos;), so generic names (&apos;Jardin Infantil&apos;) may stay apart: check the rejected records. A reported capacity of 0 is never estimated: such facilities are dropped unless you keep them. Missing hours per day and days per week count as 8 and 5 (a full-day place). The rules are in docs/methods.md.</source>
        <translation>¿Dónde se ofrece cuidado y cuántos cupos tiene realmente cada equipamiento? Esta herramienta combina listas de equipamientos de varias fuentes (el registro oficial, una encuesta, un mapeo colaborativo, OpenStreetMap) en un solo inventario limpio: un solo esquema, registros basura y tipos no deseados eliminados, duplicados fusionados, capacidades faltantes estimadas y cupos de media jornada contados como medio cupo.

Cómo leer los resultados:
- Inventario de la oferta de cuidado (puntos): una fila por equipamiento con name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (cupos), capacity_fde (cupos equivalentes de jornada completa: un cupo de 4 horas y 5 días cuenta 0,5), source, merged_sources y n_merged (las fuentes y el número de registros fusionados en él), capacity_imputed (0 = informada; 1 = estimada con la mediana del mismo tipo de servicio; 2 = con la mediana de todos los equipamientos; 3 = la capacidad por defecto; 4 = tomada de un duplicado) y capacity_reported (el valor propio del registro).
- Registros rechazados (opcional): los registros dejados fuera, con reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) y duplicate_of (el registro del inventario que repite), para revisar.
- Revisión comunitaria (opcional): cada registro de una encuesta de campo (el GeoPackage de &apos;Paquete de encuesta comunitaria de campo&apos;, o una exportación CSV de KoboToolbox / ODK) con status confirmed (coincide un registro del mismo lugar en el registro oficial), new (ninguna otra fuente lista el lugar) o conflicting (un valor difiere: conflicts los lista, p. ej. capacity: 25 aquí, 40 en el registro), verified (1 cuando el lugar se visitó o se confirmó por teléfono o con un documento) e inventory_id (su lugar en el inventario).
- Archivo de cambios de OpenStreetMap (opcional): los lugares nuevos y verificados como archivo .osc con las etiquetas de cuidado, para que una persona mapeadora los revise y los suba con JOSM; CareMap no sube nada.

Las encuestas de campo conservan su procedencia: cada registro del inventario lleva collector, survey_date y verification (vacíos para los registros del registro oficial). Un registro marcado &apos;reported&apos; (no verificado) nunca reemplaza un valor de otra fuente: de dos registros del mismo lugar nunca es el que se conserva, y sus valores nunca llenan los vacíos de otro registro; los lugares nuevos no verificados quedan en el inventario, marcados como tales. Una exportación de Kobo u ODK se lee por los nombres de sus columnas (las columnas de latitud y longitud del geopoint, place/name...), así que no necesita correspondencia de campos.

Correspondencias de campos: una por capa de equipamientos, separadas por &apos;|&apos;. Cada una dice qué campo de la capa contiene qué campo del inventario (name=nombre,capacity=cupos); un valor entre comillas es el mismo para todos los registros (sphere=&apos;community&apos;). Empiece una correspondencia con el nombre de su capa y dos puntos (crowd_facilities: x=lon,y=lat) y se aplicará a esa capa sea cual sea el orden de las capas; las correspondencias sin nombre van a las capas en el orden que se muestra en &apos;Capas de equipamientos&apos;. Los campos del inventario sin correspondencia se leen de un campo con el mismo nombre. Una tabla sin geometría (un CSV) necesita sus coordenadas: x=lon,y=lat (longitud y latitud, salvo que se agregue crs=&apos;EPSG:...&apos;).

Ejemplo: el registro de la ciudad de demostración (297 equipamientos), la encuesta comunitaria (134) y el mapeo colaborativo (149) dan 538 equipamientos: 14 registros descartados por las reglas de tipo y de nombre y 28 duplicados fusionados (297 + 134 + 149 - 14 - 28 = 538); 32 capacidades estimadas a partir de su tipo de servicio.

Precauciones: dos registros se fusionan solo cuando están a menos de &apos;Distancia para eliminar duplicados&apos; y sus nombres son lo bastante parecidos (tras quitar mayúsculas, tildes y palabras comunes como &apos;jardin&apos; o &apos;centro&apos;), así que los nombres genéricos (&apos;Jardin Infantil&apos;) pueden quedar separados: revise los registros rechazados. Una capacidad informada de 0 nunca se estima: esos equipamientos se descartan salvo que usted los conserve. Las horas por día y los días por semana que faltan cuentan como 8 y 5 (un cupo de jornada completa). Las reglas están en docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="80"/>
        <source>Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. The picker lists them alphabetically; name each layer in its field mapping, or drag the layers into the order of the mappings. Typical: the official registry and a crowd-mapped layer.</source>
        <translation>Capas de equipamientos a combinar (puntos, polígonos o tablas con coordenadas), de registros, encuestas, mapeos colaborativos u OpenStreetMap. El selector las lista en orden alfabético; nombre cada capa en su correspondencia de campos, o arrastre las capas al orden de las correspondencias. Típico: el registro oficial y una capa de mapeo colaborativo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="81"/>
        <source>One mapping per facility layer, separated by &apos;|&apos;; each is inventory_field=layer_field items separated by commas, a value in quotes being the same for every record. Start a mapping with its layer&apos;s name and a colon to tie it to that layer; without names the mappings follow the order of the facility layers. Typical: &apos;community: name=nombre,capacity=cupos,sphere=&apos;community&apos;&apos;.</source>
        <translation>Una correspondencia por capa de equipamientos, separadas por &apos;|&apos;; cada una son elementos inventory_field=layer_field separados por comas, y un valor entre comillas es el mismo para todos los registros. Empiece una correspondencia con el nombre de su capa y dos puntos para ligarla a esa capa; sin nombres, las correspondencias siguen el orden de las capas de equipamientos. Típico: &apos;community: name=nombre,capacity=cupos,sphere=&apos;community&apos;&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="82"/>
        <source>Source names, most trusted first, separated by commas; decides which of two duplicates is kept. Typical: &apos;registry,survey,osm&apos;.</source>
        <translation>Nombres de las fuentes, la más confiable primero, separados por comas; decide cuál de dos duplicados se conserva. Típico: &apos;registry,survey,osm&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="84"/>
        <source>Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: &apos;cerrad|closed|test&apos;.</source>
        <translation>Expresión regular buscada en el nombre (sin distinguir mayúsculas ni tildes); los registros que coinciden se descartan. Típico: &apos;cerrad|closed|test&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="85"/>
        <source>Largest distance in metres between two records that may be the same facility. Typical: 50 m.</source>
        <translation>Distancia máxima en metros entre dos registros que pueden ser el mismo servicio. Típico: 50 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="86"/>
        <source>Smallest similarity (0-1) of the cleaned names for two close records to be merged; lower merges more. Typical: 0.8.</source>
        <translation>Similitud mínima (0-1) de los nombres limpios para que se fusionen dos registros cercanos; un valor más bajo fusiona más. Típico: 0.8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="87"/>
        <source>Places given to a facility when no capacity is known at all, not even for its service type (0 = leave it at 0). Typical: 0, or the usual size of a care centre.</source>
        <translation>Cupos asignados a un equipamiento cuando no se conoce ninguna capacidad, ni siquiera para su tipo de servicio (0 = dejarla en 0). Típico: 0, o el tamaño habitual de un centro de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="88"/>
        <source>Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an estimate. Typical: unchecked.</source>
        <translation>Conservar los equipamientos cuya capacidad informada es 0 (con 0 cupos) en lugar de descartarlos; un 0 nunca se reemplaza por una estimación. Típico: sin marcar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="89"/>
        <source>The merged inventory with name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources and n_merged.</source>
        <translation>El inventario unificado con name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources y n_merged.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="90"/>
        <source>Optional: the records dropped by the cleaning rules or as duplicates (with reason and duplicate_of), to check.</source>
        <translation>Opcional: los registros descartados por las reglas de limpieza o como duplicados (con reason y duplicate_of), para revisar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="91"/>
        <source>Number of facilities written to the inventory (after cleaning and de-duplication).</source>
        <translation>Número de equipamientos escritos en el inventario (después de la limpieza y la eliminación de duplicados).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="92"/>
        <source>Number of records merged into another as duplicates (listed in the rejected records with duplicate_of).</source>
        <translation>Número de registros fusionados en otro como duplicados (listados en los registros rechazados con duplicate_of).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="93"/>
        <source>Number of records dropped by the cleaning rules (service types not kept, names matching the blacklist, a reported capacity of 0).</source>
        <translation>Número de registros descartados por las reglas de limpieza (tipos de servicio no conservados, nombres que coinciden con la lista negra, una capacidad informada de 0).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="94"/>
        <source>Optional: every field-survey record with its status (confirmed, new or conflicting), the values in conflict, whether it was verified and its inventory record, for the people who validate community data.</source>
        <translation>Opcional: cada registro de la encuesta de campo con su estado (confirmado, nuevo o en conflicto), los valores en conflicto, si fue verificado y su registro en el inventario, para las personas que validan los datos comunitarios.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="95"/>
        <source>Optional: the new places that the survey verified, as an OpenStreetMap change file (.osc) with the care tags of the bundled tag table, to review and upload with JOSM. Typical: new_care_places.osc.</source>
        <translation>Opcional: los lugares nuevos que la encuesta verificó, como archivo de cambios de OpenStreetMap (.osc) con las etiquetas de cuidado de la tabla de etiquetas incluida, para revisarlos y subirlos con JOSM. Típico: new_care_places.osc.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="96"/>
        <source>Number of field-survey records that another source confirms with the same values.</source>
        <translation>Número de registros de la encuesta de campo que otra fuente confirma con los mismos valores.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="97"/>
        <source>Number of field-survey records of places no other source lists.</source>
        <translation>Número de registros de la encuesta de campo de lugares que ninguna otra fuente lista.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="98"/>
        <source>Number of field-survey records whose values differ from another source&apos;s record of the same place.</source>
        <translation>Número de registros de la encuesta de campo cuyos valores difieren del registro de otra fuente para el mismo lugar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="103"/>
        <source>Facility layers</source>
        <translation>Capas de equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="105"/>
        <source>Field mappings, one per layer, separated by |</source>
        <translation>Correspondencias de campos, una por capa, separadas por |</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="108"/>
        <source>Source priority (most trusted first, comma-separated)</source>
        <translation>Prioridad de las fuentes (la más confiable primero, separadas por comas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="111"/>
        <source>Service type whitelist (comma-separated, empty = all)</source>
        <translation>Lista blanca de tipos de servicio (separados por comas, vacío = todos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="117"/>
        <source>Capacity when none is known (0 = none)</source>
        <translation>Capacidad cuando no se conoce ninguna (0 = ninguna)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="120"/>
        <source>De-duplication distance (m)</source>
        <translation>Distancia para eliminar duplicados (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="123"/>
        <source>Name similarity threshold (0-1)</source>
        <translation>Umbral de similitud de nombres (0-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="126"/>
        <source>Keep facilities with a reported capacity of 0</source>
        <translation>Conservar los equipamientos con una capacidad informada de 0</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="130"/>
        <source>Rejected records (rules and duplicates)</source>
        <translation>Registros rechazados (reglas y duplicados)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="133"/>
        <source>Community review (confirmed, new, conflicting)</source>
        <translation>Revisión comunitaria (confirmados, nuevos, en conflicto)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="136"/>
        <source>New verified places for OpenStreetMap (.osc)</source>
        <translation>Lugares nuevos verificados para OpenStreetMap (.osc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="137"/>
        <source>OpenStreetMap change file (*.osc)</source>
        <translation>Archivo de cambios de OpenStreetMap (*.osc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="139"/>
        <source>Duplicates merged</source>
        <translation>Duplicados fusionados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="140"/>
        <source>Records dropped by the cleaning rules</source>
        <translation>Registros descartados por las reglas de limpieza</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="141"/>
        <source>Survey records confirmed</source>
        <translation>Registros de la encuesta confirmados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="142"/>
        <source>Survey records of new places</source>
        <translation>Registros de la encuesta de lugares nuevos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="143"/>
        <source>Survey records in conflict</source>
        <translation>Registros de la encuesta en conflicto</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="148"/>
        <source>layer {0}, field &apos;{1}&apos;</source>
        <translation>capa {0}, campo &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="155"/>
        <source>Choose at least one layer in {0}.</source>
        <translation>Elija al menos una capa en {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="173"/>
        <source>Layer {0} is empty: skipped, the other layers are merged.</source>
        <translation>La capa {0} está vacía: se omite y se combinan las demás capas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="178"/>
        <source>Layer {0}: %n record(s).</source>
        <translation>
            <numerusform>Capa {0}: %n registro.</numerusform>
            <numerusform>Capa {0}: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="180"/>
        <source>Layer {0} has no record with a location: skipped.</source>
        <translation>La capa {0} no tiene ningún registro con ubicación: se omite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="189"/>
        <source>Every facility layer is empty ({0}): there is nothing to merge. Choose layers that hold facilities.</source>
        <translation>Todas las capas de equipamientos están vacías ({0}): no hay nada que combinar. Elija capas que contengan equipamientos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="197"/>
        <source>No record of the layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose layers with point or polygon geometry.</source>
        <translation>
            <numerusform>Ningún registro de la capa {0} tiene ubicación: asigne sus coordenadas (x=...,y=...) o elija capas con geometría de puntos o polígonos.</numerusform>
            <numerusform>Ningún registro de las capas {0} tiene ubicación: asigne sus coordenadas (x=...,y=...) o elija capas con geometría de puntos o polígonos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="207"/>
        <source>Field survey: %n record(s)</source>
        <translation>
            <numerusform>Encuesta de campo: %n registro</numerusform>
            <numerusform>Encuesta de campo: %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="208"/>
        <source>%n verified (visited, phone or document)</source>
        <translation>
            <numerusform>%n verificado (visita, teléfono o documento)</numerusform>
            <numerusform>%n verificados (visita, teléfono o documento)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="212"/>
        <source>%n field-survey record(s) not verified (marked reported, or empty): they never replace a value of another source, and new places among them stay marked as unverified.</source>
        <translation>
            <numerusform>%n registro de la encuesta de campo sin verificar (marcado reported, o vacío): nunca reemplaza un valor de otra fuente, y si es un lugar nuevo queda marcado como no verificado.</numerusform>
            <numerusform>%n registros de la encuesta de campo sin verificar (marcados reported, o vacíos): nunca reemplazan un valor de otra fuente, y los lugares nuevos entre ellos quedan marcados como no verificados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="218"/>
        <source>Unexpected {0} values kept as they are: {1} (expected {2}).</source>
        <translation>Valores inesperados de {0} conservados tal cual: {1} (se esperaba {2}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="225"/>
        <source>{0} is not a valid regular expression ({1}): correct it, or leave it empty.</source>
        <translation>{0} no es una expresión regular válida ({1}): corríjala o déjela vacía.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="227"/>
        <source>Service type whitelist: %n record(s) of other types rejected.</source>
        <translation>
            <numerusform>Lista blanca de tipos de servicio: %n registro de otros tipos rechazado.</numerusform>
            <numerusform>Lista blanca de tipos de servicio: %n registros de otros tipos rechazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="229"/>
        <source>Name blacklist: %n record(s) rejected.</source>
        <translation>
            <numerusform>Lista negra de nombres: %n registro rechazado.</numerusform>
            <numerusform>Lista negra de nombres: %n registros rechazados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="240"/>
        <source>De-duplication: %n candidate pair(s) within {0} m</source>
        <translation>
            <numerusform>Eliminación de duplicados: %n par candidato a menos de {0} m</numerusform>
            <numerusform>Eliminación de duplicados: %n pares candidatos a menos de {0} m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="241"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%n coincidente</numerusform>
            <numerusform>%n coincidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="242"/>
        <source>%n duplicate record(s) merged.</source>
        <translation>
            <numerusform>%n registro duplicado fusionado.</numerusform>
            <numerusform>%n registros duplicados fusionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="259"/>
        <source>Every record of the layer(s) {0} was rejected by {1} or {2}: loosen those rules.</source>
        <translation>
            <numerusform>Todos los registros de la capa {0} fueron rechazados por {1} o {2}: flexibilice esas reglas.</numerusform>
            <numerusform>Todos los registros de las capas {0} fueron rechazados por {1} o {2}: flexibilice esas reglas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="276"/>
        <source>{0}: %n kept facilit(y/ies) took the value of a merged duplicate.</source>
        <translation>
            <numerusform>{0}: %n equipamiento conservado tomó el valor de un duplicado fusionado.</numerusform>
            <numerusform>{0}: %n equipamientos conservados tomaron el valor de un duplicado fusionado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="287"/>
        <source>%n facilit(y/ies) with a reported capacity of 0 ({0}): kept with 0 places, as asked.</source>
        <translation>
            <numerusform>%n equipamiento con una capacidad informada de 0 ({0}): conservado con 0 cupos, como se pidió.</numerusform>
            <numerusform>%n equipamientos con una capacidad informada de 0 ({0}): conservados con 0 cupos, como se pidió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="290"/>
        <source>%n facilit(y/ies) with a reported capacity of 0 ({0}): dropped (see the rejected records, reason capacity_zero); check {1} to keep them.</source>
        <translation>
            <numerusform>%n equipamiento con una capacidad informada de 0 ({0}): descartado (vea los registros rechazados, reason capacity_zero); marque {1} para conservarlos.</numerusform>
            <numerusform>%n equipamientos con una capacidad informada de 0 ({0}): descartados (vea los registros rechazados, reason capacity_zero); marque {1} para conservarlos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="299"/>
        <source>Every facility reports a capacity of 0 ({0}): there is no place to map. Correct the capacities, or check {1}.</source>
        <translation>Todos los equipamientos informan una capacidad de 0 ({0}): no hay ningún cupo que mapear. Corrija las capacidades o marque {1}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="315"/>
        <source>Supply inventory: {0}</source>
        <translation>Inventario de la oferta: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="318"/>
        <source>No known capacity for the service type(s) {0}: their missing capacities were estimated from the median of all facilities.</source>
        <translation>
            <numerusform>No hay capacidad conocida para el tipo de servicio {0}: sus capacidades faltantes se estimaron con la mediana de todos los equipamientos.</numerusform>
            <numerusform>No hay capacidad conocida para los tipos de servicio {0}: sus capacidades faltantes se estimaron con la mediana de todos los equipamientos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="324"/>
        <source>Capacities imputed per layer: {0}.</source>
        <translation>Capacidades imputadas por capa: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="329"/>
        <source>Layer {0}: %n facilit(y/ies) without a capacity in field &apos;{1}&apos; (NULL or not a finite number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the capacities for exact figures.</source>
        <translation>
            <numerusform>Capa {0}: %n equipamiento sin capacidad en el campo &apos;{1}&apos; (NULL o no es un número finito): en su lugar se escribió una estimación (capacity_imputed 1 a 3). Complete las capacidades para tener cifras exactas.</numerusform>
            <numerusform>Capa {0}: %n equipamientos sin capacidad en el campo &apos;{1}&apos; (NULL o no es un número finito): en su lugar se escribió una estimación (capacity_imputed 1 a 3). Complete las capacidades para tener cifras exactas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="334"/>
        <source>Layer {0} has no capacity field: its %n facilit(y/ies) got an estimated capacity (capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {1} for exact figures.</source>
        <translation>
            <numerusform>La capa {0} no tiene campo de capacidad: su %n equipamiento recibió una capacidad estimada (capacity_imputed 1 a 3). Asigne su campo de capacidad (capacity=...) en {1} para tener cifras exactas.</numerusform>
            <numerusform>La capa {0} no tiene campo de capacidad: sus %n equipamientos recibieron una capacidad estimada (capacity_imputed 1 a 3). Asigne su campo de capacidad (capacity=...) en {1} para tener cifras exactas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="338"/>
        <source>Every facility kept has a capacity of 0 ({0}): the inventory offers no place, so accessibility will find no supply.</source>
        <translation>Todos los equipamientos conservados tienen capacidad 0 ({0}): el inventario no ofrece ningún cupo, por lo que la accesibilidad no encontrará oferta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="341"/>
        <source>Capacity imputed for {0} facilities from their service type, {1} from all facilities, {2} from the default; hours/day missing for {3} (read as 8), days/week missing for {4} (read as 5).</source>
        <translation>Capacidad imputada para {0} equipamientos según su tipo de servicio, {1} según todos los equipamientos, {2} con el valor por defecto; faltan horas/día en {3} (leídas como 8) y días/semana en {4} (leídos como 5).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="399"/>
        <source>{0}: {1} here, {2} in {3}</source>
        <translation>{0}: {1} aquí, {2} en {3}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="404"/>
        <source>Community review: {0} confirmed, {1} new, {2} conflicting.</source>
        <translation>Revisión comunitaria: {0} confirmados, {1} nuevos, {2} en conflicto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="440"/>
        <source>%n new verified place(s) left out of the OpenStreetMap file: the tag table has no tag for their service type ({0}); add them in JOSM by hand.</source>
        <translation>
            <numerusform>%n lugar nuevo verificado quedó fuera del archivo de OpenStreetMap: la tabla de etiquetas no tiene ninguna etiqueta para su tipo de servicio ({0}); agréguelo a mano en JOSM.</numerusform>
            <numerusform>%n lugares nuevos verificados quedaron fuera del archivo de OpenStreetMap: la tabla de etiquetas no tiene ninguna etiqueta para su tipo de servicio ({0}); agréguelos a mano en JOSM.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="451"/>
        <source>The OpenStreetMap file could not be written to {0}: {1}. Choose another file or folder.</source>
        <translation>No se pudo escribir el archivo de OpenStreetMap en {0}: {1}. Elija otro archivo u otra carpeta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="453"/>
        <source>OpenStreetMap change file: %n new verified place(s) written to {0}; review them in JOSM before uploading.</source>
        <translation>
            <numerusform>Archivo de cambios de OpenStreetMap: %n lugar nuevo verificado escrito en {0}; revíselo en JOSM antes de subirlo.</numerusform>
            <numerusform>Archivo de cambios de OpenStreetMap: %n lugares nuevos verificados escritos en {0}; revíselos en JOSM antes de subirlos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="34"/>
        <source>Synthetic public transport feed (GTFS)</source>
        <translation>Feed sintético de transporte público (GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="36"/>
        <source>GTFS,public transport,bus,routes,stops,timetable,frequencies,headway,transit,synthetic,Care Georeferencing Tool</source>
        <translation>GTFS,transporte público,bus,rutas,paradas,horario,frecuencias,intervalo,tránsito,sintético,Herramienta de Georreferenciación de Cuidados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="39"/>
        <source>How long does a caregiver take by bus when the city publishes no timetable? From the bus route lines and the bus stops you have, this writes a public transport feed in the standard GTFS format (a zip file) that CareMap&apos;s public transport travel times, and other tools, can read. Each stop near a route is one of its stops, in order along the line; the bus runs at the given speed, waits at each stop, and leaves every few minutes during the service hours, in both directions.

How to read the results: the zip holds the feed&apos;s tables: stops.txt (the stops used, stop_id = stop_ plus the feature id of your stop, in longitude and latitude), routes.txt (one row per route, route_id = route_ plus the feature id of your line, its name from the route name field), trips.txt (one trip per route and direction: direction_id 0 as the line is drawn, 1 the way back), stop_times.txt (the times of the first bus of each trip and shape_dist_traveled, metres along the line), frequencies.txt (from the first bus to the end of service, headway_secs between buses) and calendar.txt (every day of the week). The log and the figures count the routes and stops written, the stops near no route and the routes left out.

Example: a 2 km route with stops at 0, 1 and 2 km, at 16 km/h: 1 km takes 3 min 45 s, plus 25 s at the middle stop, so the bus reaches the end 7 min 55 s after it leaves. With a bus every 15 minutes from 05:00, a caregiver at the first stop at 07:03 waits until 07:15 and arrives at 07:22:55: 19.9 minutes.

Good to know:
- The times are an estimate of a regular service, not the real timetable: buses leave exactly every headway, at the same speed all day (no rush hour). The defaults (40 m, 16 km/h, 25 s, every 15 minutes, 05:00 to 23:00) are those of the Care Georeferencing Tool.
- A stop farther than the snap distance from every route is left out (counted in a warning); move it or raise the distance. A route with fewer than 2 stops near it is left out (counted).
- A stop on two routes is one stop of both, where a caregiver can change buses. A route that passes a stop twice (a loop) stops there once, where it passes nearest.
- A service end before its start runs past midnight (05:00 to 01:00 ends at 01:00 the next morning).
- The feed&apos;s time zone says UTC: its times are your city&apos;s local clock.</source>
        <translation>¿Cuánto tarda una persona cuidadora en bus cuando la ciudad no publica ningún horario? A partir de las líneas de las rutas de bus y de las paradas de bus que usted tiene, esta herramienta escribe un feed de transporte público en el formato estándar GTFS (un archivo zip) que pueden leer los tiempos de viaje en transporte público de CareMap, y otras herramientas. Cada parada cercana a una ruta es una de sus paradas, en orden a lo largo de la línea; el bus circula a la velocidad indicada, espera en cada parada y sale cada pocos minutos durante el horario de servicio, en ambos sentidos.

Cómo leer los resultados: el zip contiene las tablas del feed: stops.txt (las paradas usadas, stop_id = stop_ más el id de entidad de su parada, en longitud y latitud), routes.txt (una fila por ruta, route_id = route_ más el id de entidad de su línea, con su nombre tomado del campo de nombre de la ruta), trips.txt (un viaje por ruta y sentido: direction_id 0 en el sentido en que está dibujada la línea, 1 el regreso), stop_times.txt (los horarios del primer bus de cada viaje y shape_dist_traveled, metros a lo largo de la línea), frequencies.txt (desde el primer bus hasta el fin del servicio, headway_secs entre buses) y calendar.txt (todos los días de la semana). El registro y las cifras cuentan las rutas y paradas escritas, las paradas que no están cerca de ninguna ruta y las rutas omitidas.

Ejemplo: una ruta de 2 km con paradas a 0, 1 y 2 km, a 16 km/h: 1 km toma 3 min 45 s, más 25 s en la parada del medio, así que el bus llega al final 7 min 55 s después de salir. Con un bus cada 15 minutos desde las 05:00, una persona cuidadora que está en la primera parada a las 07:03 espera hasta las 07:15 y llega a las 07:22:55: 19,9 minutos.

Conviene saber:
- Los horarios son una estimación de un servicio regular, no el horario real: los buses salen exactamente cada intervalo, a la misma velocidad todo el día (sin hora pico). Los valores por defecto (40 m, 16 km/h, 25 s, cada 15 minutos, de 05:00 a 23:00) son los de la Herramienta de Georreferenciación de Cuidados.
- Una parada que está más lejos que la distancia de ajuste de todas las rutas queda fuera (contada en una advertencia); muévala o aumente la distancia. Una ruta con menos de 2 paradas cerca queda fuera (contada).
- Una parada en dos rutas es una sola parada de ambas, donde una persona cuidadora puede cambiar de bus. Una ruta que pasa dos veces por una parada (un circuito) se detiene allí una sola vez, donde pasa más cerca.
- Un fin de servicio anterior a su inicio se extiende más allá de la medianoche (de 05:00 a 01:00 termina a la 01:00 de la mañana siguiente).
- La zona horaria del feed dice UTC: sus horas son la hora local de su ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="69"/>
        <source>Line layer of the bus routes, one line per route (a route of several parts is followed part after part, in their order). Typical: routes digitised over the city&apos;s map, or OpenStreetMap bus routes.</source>
        <translation>Capa de líneas de las rutas de bus, una línea por ruta (una ruta de varias partes se recorre parte tras parte, en su orden). Típico: rutas digitalizadas sobre el mapa de la ciudad, o rutas de bus de OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="70"/>
        <source>Optional field with each route&apos;s name or number, written as the route&apos;s name in the feed; empty = the routes are numbered in layer order. Typical: name or ref.</source>
        <translation>Campo opcional con el nombre o número de cada ruta, que se escribe como nombre de la ruta en el feed; vacío = las rutas se numeran en el orden de la capa. Típico: name o ref.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="71"/>
        <source>Point layer of the bus stops. Each stop belongs to every route that passes within the snap distance. Typical: stops surveyed or taken from OpenStreetMap (highway=bus_stop).</source>
        <translation>Capa de puntos de las paradas de bus. Cada parada pertenece a todas las rutas que pasan dentro de la distancia de ajuste. Típico: paradas relevadas en terreno o tomadas de OpenStreetMap (highway=bus_stop).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="72"/>
        <source>Average speed of the bus between stops, in km/h. Typical: 16 km/h (the Care Georeferencing Tool&apos;s value for city buses).</source>
        <translation>Velocidad media del bus entre paradas, en km/h. Típico: 16 km/h (el valor de la Herramienta de Georreferenciación de Cuidados para buses urbanos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="73"/>
        <source>Minutes between two buses of a route in each direction. Typical: 15 minutes.</source>
        <translation>Minutos entre dos buses de una ruta en cada sentido. Típico: 15 minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="74"/>
        <source>Time the first bus of each route leaves its first stop, as HH:MM (24-hour clock). Typical: 05:00.</source>
        <translation>Hora a la que el primer bus de cada ruta sale de su primera parada, como HH:MM (reloj de 24 horas). Típico: 05:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="75"/>
        <source>Time of the end of service, as HH:MM: no bus leaves its first stop at or after it; a time before the first bus means after midnight. Typical: 23:00.</source>
        <translation>Hora del fin del servicio, como HH:MM: ningún bus sale de su primera parada a esa hora o después; una hora anterior a la del primer bus significa después de la medianoche. Típico: 23:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="76"/>
        <source>Largest distance in metres between a stop and a route&apos;s line for the stop to be one of its stops (inclusive). Typical: 40 m (the Care Georeferencing Tool&apos;s value).</source>
        <translation>Distancia máxima en metros entre una parada y la línea de una ruta para que la parada sea una de sus paradas (inclusive). Típico: 40 m (el valor de la Herramienta de Georreferenciación de Cuidados).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="77"/>
        <source>Seconds the bus waits at each stop between the first and the last, for people to get on and off. Typical: 25 s.</source>
        <translation>Segundos que el bus espera en cada parada entre la primera y la última, para que las personas suban y bajen. Típico: 25 s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="78"/>
        <source>Optional field marking routes that run only in the direction the line is drawn (yes, 1 or true); empty, no or 0 = both directions. Typical: empty (every route runs both ways).</source>
        <translation>Campo opcional que marca las rutas que circulan solo en el sentido en que está dibujada la línea (yes, 1 o true); vacío, no o 0 = ambos sentidos. Típico: vacío (todas las rutas circulan en ambos sentidos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="79"/>
        <source>The GTFS feed written as a zip file (agency, stops, routes, trips, stop_times, calendar and frequencies). Typical: a file such as city_buses_gtfs.zip.</source>
        <translation>El feed GTFS escrito como archivo zip (agency, stops, routes, trips, stop_times, calendar y frequencies). Típico: un archivo como city_buses_gtfs.zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="80"/>
        <source>Number of routes in the feed (with at least 2 stops).</source>
        <translation>Número de rutas en el feed (con al menos 2 paradas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="81"/>
        <source>Number of stops in the feed (each near at least one route written).</source>
        <translation>Número de paradas en el feed (cada una cerca de al menos una ruta escrita).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="82"/>
        <source>Number of stops left out because no route passes within the snap distance.</source>
        <translation>Número de paradas omitidas porque ninguna ruta pasa dentro de la distancia de ajuste.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="83"/>
        <source>Number of routes left out because fewer than 2 stops are near them.</source>
        <translation>Número de rutas omitidas porque tienen menos de 2 paradas cerca.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="86"/>
        <source>Routes written</source>
        <translation>Rutas escritas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="87"/>
        <source>Stops written</source>
        <translation>Paradas escritas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="88"/>
        <source>Stops near no route</source>
        <translation>Paradas sin ninguna ruta cerca</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="89"/>
        <source>Routes left out</source>
        <translation>Rutas omitidas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="94"/>
        <source>Bus routes (lines)</source>
        <translation>Rutas de bus (líneas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="97"/>
        <source>Route name (field; empty = numbered)</source>
        <translation>Nombre de la ruta (campo; vacío = numeradas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="99"/>
        <source>Bus stops (points)</source>
        <translation>Paradas de bus (puntos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="101"/>
        <source>Bus speed (km/h)</source>
        <translation>Velocidad del bus (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="103"/>
        <source>Minutes between buses</source>
        <translation>Minutos entre buses</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="105"/>
        <source>First bus (HH:MM)</source>
        <translation>Primer bus (HH:MM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="106"/>
        <source>End of service (HH:MM)</source>
        <translation>Fin del servicio (HH:MM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="108"/>
        <source>Largest distance from a stop to its route (m)</source>
        <translation>Distancia máxima de una parada a su ruta (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="111"/>
        <source>Time at each stop (seconds)</source>
        <translation>Tiempo en cada parada (segundos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="113"/>
        <source>One-way routes (field; empty = both directions)</source>
        <translation>Rutas de un solo sentido (campo; vacío = ambos sentidos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="116"/>
        <source>Public transport feed (GTFS zip)</source>
        <translation>Feed de transporte público (zip GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="116"/>
        <source>GTFS zip (*.zip)</source>
        <translation>Zip GTFS (*.zip)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="129"/>
        <source>{0}: &apos;{1}&apos; is not a time of day. Write it as HH:MM on a 24-hour clock, e.g. 05:00 or 23:00.</source>
        <translation>{0}: &apos;{1}&apos; no es una hora del día. Escríbala como HH:MM en formato de 24 horas, p. ej. 05:00 o 23:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="134"/>
        <source>{0} and {1} are both {2}: no bus would run. Give the end of service, e.g. {3}.</source>
        <translation>{0} y {1} son ambos {2}: no circularía ningún bus. Indique el fin del servicio, p. ej. {3}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="145"/>
        <source>Field &apos;{0}&apos; of layer {1}: {2}. Use yes or 1 for a route that runs only as drawn, no, 0 or empty for both directions.</source>
        <translation>Campo &apos;{0}&apos; de la capa {1}: {2}. Use yes o 1 para una ruta que solo circula en el sentido en que está dibujada, y no, 0 o vacío para ambos sentidos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="167"/>
        <source>Synthetic public transport feed: {0}</source>
        <translation>Feed sintético de transporte público: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="173"/>
        <source>%n stop(s) of layer {0} farther than {1:g} m ({2}) from every route of layer {3}: left out of the feed.</source>
        <translation>
            <numerusform>%n parada de la capa {0} a más de {1:g} m ({2}) de todas las rutas de la capa {3}: queda fuera del feed.</numerusform>
            <numerusform>%n paradas de la capa {0} a más de {1:g} m ({2}) de todas las rutas de la capa {3}: quedan fuera del feed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="175"/>
        <source>Feature ids of stops left out: {0}</source>
        <translation>Ids de entidad de las paradas omitidas: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="180"/>
        <source>%n route(s) of layer {0} with fewer than 2 stops within {1:g} m: left out of the feed.</source>
        <translation>
            <numerusform>%n ruta de la capa {0} con menos de 2 paradas a {1:g} m o menos: queda fuera del feed.</numerusform>
            <numerusform>%n rutas de la capa {0} con menos de 2 paradas a {1:g} m o menos: quedan fuera del feed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="182"/>
        <source>Feature ids of routes left out: {0}</source>
        <translation>Ids de entidad de las rutas omitidas: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="185"/>
        <source>No route of layer {0} has 2 stops of layer {1} within {2:g} m ({3}), so there is no bus to write. Check that both layers show the same streets, or raise the distance.</source>
        <translation>Ninguna ruta de la capa {0} tiene 2 paradas de la capa {1} a {2:g} m o menos ({3}), así que no hay ningún bus que escribir. Verifique que ambas capas muestren las mismas calles, o aumente la distancia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="194"/>
        <source>The feed could not be written to {0}: {1}. Choose another file or folder.</source>
        <translation>No se pudo escribir el feed en {0}: {1}. Elija otro archivo u otra carpeta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="196"/>
        <source>Feed written to {0}: {1}, {2}, {3}.</source>
        <translation>Feed escrito en {0}: {1}, {2}, {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="197"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n ruta</numerusform>
            <numerusform>%n rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="197"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n parada</numerusform>
            <numerusform>%n paradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="198"/>
        <source>%n trip(s) with their frequencies</source>
        <translation>
            <numerusform>%n viaje con sus frecuencias</numerusform>
            <numerusform>%n viajes con sus frecuencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="30"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="149"/>
        <source>Unpaid care work</source>
        <translation>Trabajo de cuidado no remunerado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="32"/>
        <source>unpaid care,time use,women,replacement cost,opportunity cost,valuation,hours freed</source>
        <translation>cuidado no remunerado,uso del tiempo,mujeres,costo de reemplazo,costo de oportunidad,valoración,horas liberadas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="34"/>
        <source>How many hours of unpaid care do households give, who gives them, what are they worth, and how many hours would care services free? From the population of each unit by sex and age band and a time-use table (the average weekly hours of unpaid care per person, e.g. from a national time-use survey), it estimates the hours per unit and their value; with care services, the hours they take over.

How to read the results:
- Unpaid care work: the units with unpaid_week and unpaid_year (hours of unpaid care a week and a year), women_week (the hours done by women) and women_share (0 to 1), value_replacement (the yearly hours at the hourly wage of a care worker, in the wage&apos;s currency); with the women&apos;s and men&apos;s wages also value_opportunity (what the carers would earn instead); with a local GDP also gdp_share; with care services also hours_freed_week (hours a week the services take over in the unit) and freed_share (their share of the unit&apos;s unpaid hours).
- Figures: the totals of hours, the women&apos;s share and the values.

Example: a block with 100 women and 90 men aged 18-64, who give 34.8 and 13.9 hours a week: 100 x 34.8 + 90 x 13.9 = 4,731 hours a week, 73.6% by women, 246,012 hours a year; at 2.5 dollars an hour that is worth 615,030 dollars a year. A centre with 100 places open 50 hours a week, each place-hour replacing half an hour of household care, frees 100 x 50 x 0.5 = 2,500 hours a week, shared among the blocks within its reach. In the demo city: about 23.4 million hours a week, 73% by women, worth about 3.05 billion dollars a year at 2.5 dollars an hour.

Good to know:
- Population fields are found by name (f_18_64 for women aged 18-64; the band 18-64 or 18_64), or as given in &apos;Band to field mapping&apos;; a time-use row without a population field is not counted (a warning lists them).
- A unit with a NULL population gets NULL hours and is left out of the totals (counted in a warning).
- The hours a service frees are shared among the units within the service reach only: hours of a service that reaches no unit are not counted (the log says how many).
- With the services&apos; opening hours (e.g. &apos;Mo-Fr 07:00-13:00&apos; = 30 hours a week), the hours freed count only the hours each service is open: 10 places open Monday to Friday 07:00-13:00 free 10 x 30 x 0.5 = 150 hours a week, not 10 x 40 x 0.5 = 200. A service with empty or unreadable hours keeps the hours open per week given otherwise.</source>
        <translation>¿Cuántas horas de cuidado no remunerado dan los hogares, quién las da, cuánto valen y cuántas horas liberarían los servicios de cuidado? A partir de la población de cada unidad por sexo y grupo de edad y de una tabla de uso del tiempo (las horas semanales promedio de cuidado no remunerado por persona, p. ej. de una encuesta nacional de uso del tiempo), estima las horas por unidad y su valor; con servicios de cuidado, también las horas de las que estos se hacen cargo.

Cómo leer los resultados:
- Trabajo de cuidado no remunerado: las unidades con unpaid_week y unpaid_year (horas de cuidado no remunerado por semana y por año), women_week (las horas que hacen las mujeres) y women_share (0 a 1), value_replacement (las horas anuales al salario por hora de una trabajadora del cuidado, en la moneda del salario); con los salarios de mujeres y hombres, también value_opportunity (lo que las personas cuidadoras ganarían en su lugar); con un PIB local, también gdp_share; con servicios de cuidado, también hours_freed_week (horas por semana de las que los servicios se hacen cargo en la unidad) y freed_share (su proporción de las horas no remuneradas de la unidad).
- Cifras: los totales de horas, la proporción de las mujeres y los valores.

Ejemplo: una manzana con 100 mujeres y 90 hombres de 18-64 años, que dan 34,8 y 13,9 horas por semana: 100 x 34,8 + 90 x 13,9 = 4.731 horas por semana, el 73,6 % hechas por mujeres, 246.012 horas al año; a 2,5 dólares la hora eso vale 615.030 dólares al año. Un centro con 100 cupos abierto 50 horas por semana, en el que cada hora-cupo reemplaza media hora de cuidado en el hogar, libera 100 x 50 x 0,5 = 2.500 horas por semana, repartidas entre las manzanas a su alcance. En la ciudad de demostración: unos 23,4 millones de horas por semana, el 73 % hechas por mujeres, que valen unos 3.050 millones de dólares al año a 2,5 dólares la hora.

Conviene saber:
- Los campos de población se encuentran por nombre (f_18_64 para las mujeres de 18-64 años; el grupo 18-64 o 18_64), o como se indiquen en &apos;Asignación de grupos a campos&apos;; una fila de uso del tiempo sin campo de población no se cuenta (una advertencia las lista).
- Una unidad con población NULL recibe horas NULL y queda fuera de los totales (contada en una advertencia).
- Las horas que libera un servicio se reparten solo entre las unidades dentro del alcance del servicio: las horas de un servicio que no alcanza ninguna unidad no se cuentan (el registro dice cuántas).
- Con los horarios de apertura de los servicios (p. ej. &apos;Mo-Fr 07:00-13:00&apos; = 30 horas por semana), las horas liberadas cuentan solo las horas en que cada servicio está abierto: 10 cupos abiertos de lunes a viernes de 07:00 a 13:00 liberan 10 x 30 x 0,5 = 150 horas por semana, no 10 x 40 x 0,5 = 200. Un servicio con horarios vacíos o ilegibles conserva las horas de apertura por semana indicadas por otra vía.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="68"/>
        <source>Layer of units (points or polygons) with population fields by sex and age band. Typical: census blocks with f_18_64, m_18_64 and similar fields.</source>
        <translation>Capa de unidades (puntos o polígonos) con campos de población por sexo y grupo de edad. Típico: manzanas censales con f_18_64, m_18_64 y campos similares.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="69"/>
        <source>Table of average weekly hours of unpaid care per person by sex and age band, e.g. from a national time-use survey. Typical: a CSV with sex, age_band, weekly_hours.</source>
        <translation>Tabla de horas semanales promedio de cuidado no remunerado por persona, por sexo y grupo de edad, p. ej. de una encuesta nacional de uso del tiempo. Típico: un CSV con sex, age_band, weekly_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="70"/>
        <source>Field of the time-use table with the sex (e.g. f, m). Typical: sex.</source>
        <translation>Campo de la tabla de uso del tiempo con el sexo (p. ej. f, m). Típico: sex.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="71"/>
        <source>Field of the time-use table with the age band in years (e.g. 18-64). Typical: age_band.</source>
        <translation>Campo de la tabla de uso del tiempo con el grupo de edad en años (p. ej. 18-64). Típico: age_band.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="72"/>
        <source>Numeric field of the time-use table with the average weekly hours of unpaid care per person. Typical: weekly_hours.</source>
        <translation>Campo numérico de la tabla de uso del tiempo con las horas semanales promedio de cuidado no remunerado por persona. Típico: weekly_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="73"/>
        <source>Which population field of the units holds each sex and age band, as sex:band=field items separated by &apos;;&apos;; empty = found by field name (f_18_64). Typical: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</source>
        <translation>Qué campo de población de las unidades contiene cada sexo y grupo de edad, como elementos sexo:grupo=campo separados por &apos;;&apos;; vacío = se encuentran por nombre de campo (f_18_64). Típico: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="74"/>
        <source>Hourly wage of a paid care worker in local currency, for the replacement-cost value. Typical: the minimum wage per hour.</source>
        <translation>Salario por hora de una persona trabajadora del cuidado remunerada, en moneda local, para el valor por costo de reemplazo. Típico: el salario mínimo por hora.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="75"/>
        <source>Weeks per year used to turn weekly hours into yearly hours. Typical: 52.</source>
        <translation>Semanas por año usadas para convertir horas semanales en horas anuales. Típico: 52.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="76"/>
        <source>Optional average hourly wage of women (local currency), for the opportunity-cost value of women&apos;s hours. Typical: from the labour force survey.</source>
        <translation>Salario promedio por hora de las mujeres (moneda local), opcional, para el valor por costo de oportunidad de las horas de las mujeres. Típico: de la encuesta de fuerza de trabajo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="77"/>
        <source>Optional average hourly wage of men (local currency), for the opportunity-cost value of men&apos;s hours. Typical: from the labour force survey.</source>
        <translation>Salario promedio por hora de los hombres (moneda local), opcional, para el valor por costo de oportunidad de las horas de los hombres. Típico: de la encuesta de fuerza de trabajo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="78"/>
        <source>Optional local GDP per year in the same currency as the care worker&apos;s wage, to express the value as a share of GDP. Typical: the city&apos;s GDP.</source>
        <translation>PIB local anual opcional en la misma moneda que el salario de la trabajadora del cuidado, para expresar el valor como proporción del PIB. Típico: el PIB de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="79"/>
        <source>Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of CareMap&apos;s siting.</source>
        <translation>Capa opcional de puntos de servicios de cuidado (existentes o nuevos sitios) cuyas horas liberan tiempo de cuidado en los hogares. Típico: los nuevos sitios de la Localización de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="80"/>
        <source>Optional numeric field of the care services with the places of each one; empty = &apos;Places per service&apos; for every service. Typical: capacity_fde, or capacity.</source>
        <translation>Campo numérico opcional de los servicios de cuidado con los cupos de cada uno; vacío = &apos;Cupos por servicio&apos; para todos los servicios. Típico: capacity_fde, o capacity.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="81"/>
        <source>Places of each service when no places field is chosen. Typical: 50 places.</source>
        <translation>Cupos de cada servicio cuando no se elige un campo de cupos. Típico: 50 cupos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="82"/>
        <source>Optional numeric field of the care services with the hours each one is open per week; empty = &apos;Hours open per week&apos; for every service. Typical: empty.</source>
        <translation>Campo numérico opcional de los servicios de cuidado con las horas que cada uno abre por semana; vacío = &apos;Horas de apertura por semana&apos; para todos los servicios. Típico: vacío.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="83"/>
        <source>Optional text field of the care services with their opening hours in OpenStreetMap&apos;s form (e.g. &apos;Mo-Fr 07:00-19:00; Sa 08:00-12:00&apos;); the hours a week each service is open then come from its schedule, so the hours freed count only the hours it is open. A service whose hours are empty, or not understood (named in a warning), keeps the hours open per week given otherwise. Typical: opening_hours.</source>
        <translation>Campo de texto opcional de los servicios de cuidado con sus horarios de apertura en la forma de OpenStreetMap (p. ej. &apos;Mo-Fr 07:00-19:00; Sa 08:00-12:00&apos;); las horas por semana que abre cada servicio salen entonces de su horario, de modo que las horas liberadas cuentan solo las horas en que está abierto. Un servicio cuyos horarios están vacíos o no se entienden (nombrado en una advertencia) conserva las horas de apertura por semana indicadas por otra vía. Típico: opening_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="84"/>
        <source>Hours each service is open per week when no hours field is chosen. Typical: 40 hours (8 hours, 5 days).</source>
        <translation>Horas que cada servicio abre por semana cuando no se elige un campo de horas. Típico: 40 horas (8 horas, 5 días).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="85"/>
        <source>Hours of household care replaced by one place open for one hour (0-1). Typical: 0.5.</source>
        <translation>Horas de cuidado en el hogar reemplazadas por un cupo abierto durante una hora (0-1). Típico: 0.5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="86"/>
        <source>Optional numeric field of the units by which the hours freed by a service are shared among the units within its reach; empty = the units&apos; unpaid hours. Typical: children 0-5.</source>
        <translation>Campo numérico opcional de las unidades con el que se reparten, entre las unidades a su alcance, las horas liberadas por un servicio; vacío = las horas no remuneradas de las unidades. Típico: niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="87"/>
        <source>Reach of a service in the cost unit, inclusive: only units within it share the hours it frees. Typical: 10 minutes walking.</source>
        <translation>Alcance de un servicio en la unidad de costo, inclusive: solo las unidades dentro de él comparten las horas que libera. Típico: 10 minutos a pie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="88"/>
        <source>The units with unpaid_week, unpaid_year, women_week, women_share, value_replacement (and value_opportunity, gdp_share, hours_freed_week, freed_share when asked).</source>
        <translation>Las unidades con unpaid_week, unpaid_year, women_week, women_share, value_replacement (y value_opportunity, gdp_share, hours_freed_week, freed_share cuando se piden).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="89"/>
        <source>Unpaid care hours per week in all units.</source>
        <translation>Horas de cuidado no remunerado por semana en todas las unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="90"/>
        <source>Unpaid care hours per year in all units (weekly hours x weeks per year).</source>
        <translation>Horas de cuidado no remunerado por año en todas las unidades (horas semanales x semanas por año).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="91"/>
        <source>Share (0 to 1) of the unpaid care hours done by women; None when there are no hours.</source>
        <translation>Proporción (0 a 1) de las horas de cuidado no remunerado realizadas por mujeres; None cuando no hay horas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="92"/>
        <source>Value per year of the unpaid care hours at the wage of a paid carer (replacement cost).</source>
        <translation>Valor anual de las horas de cuidado no remunerado al salario de una persona cuidadora remunerada (costo de reemplazo).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="93"/>
        <source>Value per year at the wages the carers would earn (the women&apos;s and men&apos;s wages); None without them.</source>
        <translation>Valor anual según los salarios que ganarían las personas cuidadoras (los salarios de mujeres y hombres); None sin ellos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="94"/>
        <source>Replacement value as a share of GDP; None without GDP.</source>
        <translation>Valor por costo de reemplazo como proporción del PIB; None sin PIB.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="95"/>
        <source>Hours of unpaid care per week the care services would free; None without services.</source>
        <translation>Horas de cuidado no remunerado por semana que liberarían los servicios de cuidado; None sin servicios.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="104"/>
        <source>Units with population by sex and age</source>
        <translation>Unidades con población por sexo y edad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="106"/>
        <source>Time-use table (sex, age_band, weekly_hours)</source>
        <translation>Tabla de uso del tiempo (sex, age_band, weekly_hours)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="107"/>
        <source>Sex field</source>
        <translation>Campo de sexo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="108"/>
        <source>Age band field</source>
        <translation>Campo de grupo de edad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="109"/>
        <source>Weekly hours field</source>
        <translation>Campo de horas semanales</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="113"/>
        <source>Band to field mapping (sex:band=field; ...), empty = by field name</source>
        <translation>Asignación de grupos a campos (sexo:grupo=campo; ...), vacío = por nombre de campo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="115"/>
        <source>Hourly wage of a care worker</source>
        <translation>Salario por hora de una trabajadora del cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="118"/>
        <source>Weeks per year</source>
        <translation>Semanas por año</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="119"/>
        <source>Women&apos;s average hourly wage (opportunity cost)</source>
        <translation>Salario medio por hora de las mujeres (costo de oportunidad)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="120"/>
        <source>Men&apos;s average hourly wage (opportunity cost)</source>
        <translation>Salario medio por hora de los hombres (costo de oportunidad)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="121"/>
        <source>Local GDP per year (same currency)</source>
        <translation>PIB local por año (misma moneda)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="125"/>
        <source>Care services (existing or new sites)</source>
        <translation>Servicios de cuidado (existentes o nuevos sitios)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="127"/>
        <source>Places field</source>
        <translation>Campo de cupos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="130"/>
        <source>Places per service (when no places field)</source>
        <translation>Cupos por servicio (sin campo de cupos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="132"/>
        <source>Hours open per week (when no field)</source>
        <translation>Horas de apertura por semana (sin campo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="134"/>
        <source>Hours open per week field</source>
        <translation>Campo de horas de apertura por semana</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="137"/>
        <source>Opening hours field (e.g. Mo-Fr 08:00-17:00)</source>
        <translation>Campo de horarios de apertura (p. ej. Mo-Fr 08:00-17:00)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="143"/>
        <source>Service reach (in the cost unit, inclusive)</source>
        <translation>Alcance del servicio (en la unidad de costo, inclusivo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="146"/>
        <source>Field to share service hours by (empty = unpaid hours)</source>
        <translation>Campo para repartir las horas de servicio (vacío = horas no remuneradas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="150"/>
        <source>Unpaid care hours per week</source>
        <translation>Horas de cuidado no remunerado por semana</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="151"/>
        <source>Unpaid care hours per year</source>
        <translation>Horas de cuidado no remunerado por año</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="152"/>
        <source>Women&apos;s share of unpaid care hours</source>
        <translation>Proporción de las mujeres en las horas de cuidado no remunerado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="153"/>
        <source>Replacement-cost value per year</source>
        <translation>Valor anual por costo de reemplazo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="154"/>
        <source>Opportunity-cost value per year</source>
        <translation>Valor anual por costo de oportunidad</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="155"/>
        <source>Value as a share of GDP</source>
        <translation>Valor como proporción del PIB</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="156"/>
        <source>Hours freed per week by the services</source>
        <translation>Horas liberadas por semana gracias a los servicios</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="168"/>
        <source>Time-use table {0}: weekly hours value &apos;{1}&apos; in field &apos;{2}&apos; is not a number.</source>
        <translation>Tabla de uso del tiempo {0}: el valor de horas semanales &apos;{1}&apos; del campo &apos;{2}&apos; no es un número.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="173"/>
        <source>Time-use table {0}: {1}</source>
        <translation>Tabla de uso del tiempo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="185"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="189"/>
        <source>Time-use table {0} has no row for sex &apos;{1}&apos;, age band &apos;{2}&apos; (used in {3} for field &apos;{4}&apos;): add the row to the table or correct the band.</source>
        <translation>La tabla de uso del tiempo {0} no tiene fila para el sexo &apos;{1}&apos; y el grupo de edad &apos;{2}&apos; (usado en {3} para el campo &apos;{4}&apos;): agregue la fila a la tabla o corrija el grupo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="195"/>
        <source>No field of layer {0} is named like a time-use row (e.g. &apos;{1}&apos;): say which field holds each sex and age band in {2}.</source>
        <translation>Ningún campo de la capa {0} se llama como una fila de uso del tiempo (p. ej. &apos;{1}&apos;): indique en {2} qué campo contiene cada sexo y grupo de edad.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="200"/>
        <source>Time-use rows without a population field (not counted): {0}</source>
        <translation>Filas de uso del tiempo sin campo de población (no contadas): {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="202"/>
        <source>Population fields: {0}</source>
        <translation>Campos de población: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="224"/>
        <source>Unpaid care in layer {0}: {1}</source>
        <translation>Cuidado no remunerado en la capa {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="226"/>
        <source>%n unit(s) of layer {0} with a NULL (or non-finite) population in {1}: NULL hours and values, left out of the totals.</source>
        <translation>
            <numerusform>%n unidad de la capa {0} con población NULL (o no finita) en {1}: horas y valores NULL, excluida de los totales.</numerusform>
            <numerusform>%n unidades de la capa {0} con población NULL (o no finita) en {1}: horas y valores NULL, excluidas de los totales.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="231"/>
        <source>Layer {0} has no unpaid care hours (every population or time-use rate is 0, or NULL): the women&apos;s share has no meaning and is left empty.</source>
        <translation>La capa {0} no tiene horas de cuidado no remunerado (toda población o tasa de uso del tiempo es 0, o NULL): la proporción de las mujeres no tiene sentido y se deja vacía.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="251"/>
        <source>The services would free {0:,.0f} hours a week of unpaid care ({1:,.0f} hours of services reach no unit).</source>
        <translation>Los servicios liberarían {0:.0f} horas semanales de cuidado no remunerado ({1:.0f} horas de servicio no alcanzan ninguna unidad).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="256"/>
        <source>{0:,.0f} hours of unpaid care a week, {1:.1%} by women; value {2:,.0f} a year.</source>
        <translation>{0:.0f} horas de cuidado no remunerado a la semana, {1:.1%} a cargo de mujeres; valor de {2:.0f} al año.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="276"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="290"/>
        <source>%n service(s) of layer {0} with a NULL (or non-finite) &apos;{1}&apos;: no hours freed.</source>
        <translation>
            <numerusform>%n servicio de la capa {0} con &apos;{1}&apos; NULL (o no finito): no libera horas.</numerusform>
            <numerusform>%n servicios de la capa {0} con &apos;{1}&apos; NULL (o no finito): no liberan horas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="281"/>
        <source>Every service in layer {0} has capacity 0 in field &apos;{1}&apos;: no hours can be freed.</source>
        <translation>Todos los servicios de la capa {0} tienen capacidad 0 en el campo &apos;{1}&apos;: no se puede liberar ninguna hora.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="283"/>
        <source>{0} is 0: the services of layer {1} free no hours. Set the places per service above 0, or choose a places field.</source>
        <translation>{0} es 0: los servicios de la capa {1} no liberan horas. Defina los cupos por servicio mayores que 0, o elija un campo de cupos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="297"/>
        <source>{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. {2:g} minutes.</source>
        <translation>{0} es {1:g}: ninguna unidad podría compartir las horas que libera un servicio. Fíjelo por encima de 0, p. ej. {2:g} minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="308"/>
        <source>Services {0}: {1}</source>
        <translation>Servicios {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="319"/>
        <source>%n service(s) of layer {0} with opening hours in &apos;{1}&apos; that CareMap does not understand: they keep the hours open per week given otherwise: {2}. Write them like &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</source>
        <translation>
            <numerusform>%n servicio de la capa {0} con horarios de apertura en &apos;{1}&apos; que CareMap no entiende: conserva las horas de apertura por semana indicadas por otra vía: {2}. Escríbalos como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</numerusform>
            <numerusform>%n servicios de la capa {0} con horarios de apertura en &apos;{1}&apos; que CareMap no entiende: conservan las horas de apertura por semana indicadas por otra vía: {2}. Escríbalos como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="324"/>
        <source>Hours open per week from the opening hours in &apos;{0}&apos; for %n service(s) of layer {1}; the others keep the hours open per week given otherwise.</source>
        <translation>
            <numerusform>Horas de apertura por semana a partir de los horarios de apertura en &apos;{0}&apos; para %n servicio de la capa {1}; los demás conservan las horas de apertura por semana indicadas por otra vía.</numerusform>
            <numerusform>Horas de apertura por semana a partir de los horarios de apertura en &apos;{0}&apos; para %n servicios de la capa {1}; los demás conservan las horas de apertura por semana indicadas por otra vía.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="20"/>
        <source>Supply and demand</source>
        <translation>Oferta y demanda</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="21"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="22"/>
        <source>Gaps and equity</source>
        <translation>Brechas y equidad</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="23"/>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="24"/>
        <source>Workflow and report</source>
        <translation>Flujo de trabajo e informe</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="93"/>
        <source>Values for scripts: {0}.</source>
        <translation>Valores para scripts: {0}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="108"/>
        <source>Figures returned (usable in models and scripts):</source>
        <translation>Cifras devueltas (utilizables en modelos y scripts):</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="161"/>
        <source>Formula, method and references</source>
        <translation>Fórmula, método y referencias</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="209"/>
        <source>{0}: &apos;{1}&apos; is not one of: {2}.</source>
        <translation>{0}: &apos;{1}&apos; no es una de las opciones: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="198"/>
        <source>Could not copy layer {0} to a temporary file for the municipality&apos;s process ({1}): {2}. Check the free space of the temporary folder, or set {3} to 1.</source>
        <translation>No se pudo copiar la capa {0} a un archivo temporal para el proceso del municipio ({1}): {2}. Revise el espacio libre de la carpeta temporal, o ponga {3} en 1.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="222"/>
        <source>(own process)</source>
        <translation>(proceso propio)</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="254"/>
        <source>Municipality {0} done.</source>
        <translation>Municipio {0} terminado.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="257"/>
        <source>qgis_process ended with code {0} and no message.</source>
        <translation>qgis_process terminó con el código {0} y sin mensaje.</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="29"/>
        <source>Straight line</source>
        <translation>Línea recta</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="30"/>
        <location filename="../processing/choices.py" line="36"/>
        <source>Road network</source>
        <translation>Red vial</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="31"/>
        <source>Table of travel costs</source>
        <translation>Tabla de costos de viaje</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="32"/>
        <source>Public transport (GTFS)</source>
        <translation>Transporte público (GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="35"/>
        <source>Straight line (times the detour factor)</source>
        <translation>Línea recta (por el factor de desvío)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="39"/>
        <source>Metres</source>
        <translation>Metros</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="43"/>
        <source>Cost to the nearest facility</source>
        <translation>Costo hasta el equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="44"/>
        <source>Places within reach (cumulative opportunities)</source>
        <translation>Cupos al alcance (oportunidades acumuladas)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="45"/>
        <source>Two-step floating catchment (2SFCA)</source>
        <translation>Área de influencia flotante en dos pasos (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="46"/>
        <source>Two-step floating catchment with distance zones (E2SFCA)</source>
        <translation>Área de influencia flotante en dos pasos con zonas de distancia (E2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="47"/>
        <source>Two-step floating catchment with gradual decay (G2SFCA)</source>
        <translation>Área de influencia flotante en dos pasos con decaimiento gradual (G2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="48"/>
        <source>Three-step floating catchment, with competition (3SFCA)</source>
        <translation>Área de influencia flotante en tres pasos, con competencia (3SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="49"/>
        <source>Modified two-step floating catchment (M2SFCA)</source>
        <translation>Área de influencia flotante en dos pasos modificada (M2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="50"/>
        <source>Gravity potential (Hansen)</source>
        <translation>Potencial gravitacional (Hansen)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="53"/>
        <source>None: full weight up to the threshold</source>
        <translation>Ninguno: peso completo hasta el umbral</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="54"/>
        <source>Gaussian</source>
        <translation>Gaussiano</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="55"/>
        <source>Exponential</source>
        <translation>Exponencial</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="56"/>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="57"/>
        <source>Power (inverse distance)</source>
        <translation>Potencia (inverso de la distancia)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="60"/>
        <source>Equal: every person counts once</source>
        <translation>Iguales: cada persona cuenta una vez</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="61"/>
        <source>By age: care-need scale of Madrid</source>
        <translation>Por edad: escala de necesidad de cuidado de Madrid</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="62"/>
        <source>Custom weights</source>
        <translation>Pesos personalizados</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="65"/>
        <source>Nearest neighbours</source>
        <translation>Vecinos más cercanos</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="66"/>
        <source>Neighbours within a distance</source>
        <translation>Vecinos dentro de una distancia</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="67"/>
        <source>Shared border or corner (queen)</source>
        <translation>Límite o vértice compartido (reina)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="68"/>
        <source>Shared border (rook)</source>
        <translation>Límite compartido (torre)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="71"/>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation>Puntos calientes y fríos (Gi* de Getis-Ord)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="72"/>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation>Agrupamientos y valores atípicos (I de Moran local)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="75"/>
        <source>Row-standardised</source>
        <translation>Estandarizados por fila</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="76"/>
        <source>Binary (0 or 1)</source>
        <translation>Binarios (0 o 1)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="79"/>
        <source>Above the median</source>
        <translation>Por encima de la mediana</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="80"/>
        <source>Above the mean</source>
        <translation>Por encima de la media</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="81"/>
        <source>Above the mean plus one standard deviation</source>
        <translation>Por encima de la media más una desviación estándar</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="84"/>
        <source>Number of places</source>
        <translation>Número de cupos</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="85"/>
        <source>Places per person (accessibility)</source>
        <translation>Cupos por persona (accesibilidad)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="88"/>
        <source>Outline around the reached streets (fast)</source>
        <translation>Contorno alrededor de las calles alcanzadas (rápido)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="89"/>
        <source>The reached streets widened (detailed, slower)</source>
        <translation>Las calles alcanzadas ensanchadas (detallado, más lento)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="92"/>
        <source>Walking</source>
        <translation>A pie</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="93"/>
        <source>Cycling</source>
        <translation>En bicicleta</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="94"/>
        <source>Driving</source>
        <translation>En auto</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="97"/>
        <source>Min-max: lowest value 0, highest 1</source>
        <translation>Mín-máx: valor más bajo 0, más alto 1</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="98"/>
        <source>Rank, scaled 0 to 1</source>
        <translation>Rango, escalado de 0 a 1</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="99"/>
        <source>Standard score (z-score)</source>
        <translation>Puntaje estándar (puntaje z)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="102"/>
        <source>Pointy top</source>
        <translation>Vértice arriba</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="103"/>
        <source>Flat top</source>
        <translation>Lado plano arriba</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="106"/>
        <source>Cover the most demand (maximal covering)</source>
        <translation>Cubrir la mayor demanda (cobertura máxima)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="107"/>
        <source>Shortest trips overall (p-median)</source>
        <translation>Viajes más cortos en conjunto (p-mediana)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="108"/>
        <source>Serve the most demand with limited places (capacitated)</source>
        <translation>Atender la mayor demanda con cupos limitados (con capacidad)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="111"/>
        <source>Greedy (fast)</source>
        <translation>Voraz (rápido)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="112"/>
        <source>Exact (HiGHS solver)</source>
        <translation>Exacto (solver HiGHS)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="115"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="116"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="117"/>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="118"/>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="121"/>
        <source>None: the indicator fields ticked</source>
        <translation>Ninguno: los campos de indicadores marcados</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="122"/>
        <source>Bogota care blocks (care demand, caregivers, poverty)</source>
        <translation>Manzanas del cuidado de Bogotá (demanda de cuidado, personas cuidadoras, pobreza)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="60"/>
        <source>Travel cost table (when costs come from a table)</source>
        <translation>Tabla de costos de viaje (cuando los costos vienen de una tabla)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="62"/>
        <source>Cost table: demand unit id field</source>
        <translation>Tabla de costos: campo de id de la unidad de demanda</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="63"/>
        <source>Cost table: facility id field</source>
        <translation>Tabla de costos: campo de id del equipamiento</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="64"/>
        <source>Cost table: cost field</source>
        <translation>Tabla de costos: campo de costo</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="69"/>
        <source>Demand unit id field (for a cost table)</source>
        <translation>Campo de id de las unidades de demanda (para una tabla de costos)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="72"/>
        <source>Facility id field (for a cost table)</source>
        <translation>Campo de id de los equipamientos (para una tabla de costos)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="75"/>
        <source>Detour factor of straight-line costs (route / straight distance)</source>
        <translation>Factor de desvío de los costos en línea recta (ruta / distancia recta)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="79"/>
        <source>Join road line ends closer than (m; 0 = only lines that share a vertex)</source>
        <translation>Unir extremos de líneas viales más cercanos que (m; 0 = solo líneas que comparten un vértice)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="83"/>
        <source>Search limit for the nearest facility (in the cost unit; 0 = automatic)</source>
        <translation>Límite de búsqueda del equipamiento más cercano (en la unidad de costo; 0 = automático)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="94"/>
        <source>Public transport feed (GTFS zip file or folder)</source>
        <translation>Feed de transporte público (archivo zip GTFS o carpeta)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="95"/>
        <source>GTFS zip (*.zip);;All files (*)</source>
        <translation>Zip GTFS (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="98"/>
        <source>Public transport: departure (YYYY-MM-DD HH:MM, local time of the feed)</source>
        <translation>Transporte público: salida (AAAA-MM-DD HH:MM, hora local del feed)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="100"/>
        <source>Public transport: departure window (minutes after the departure; 0 = that minute only)</source>
        <translation>Transporte público: ventana de salida (minutos después de la salida; 0 = solo ese minuto)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="103"/>
        <source>Public transport: percentile of the travel times over the window (50 = median)</source>
        <translation>Transporte público: percentil de los tiempos de viaje en la ventana (50 = mediana)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="106"/>
        <source>Public transport: longest walk to, from or between stops (m)</source>
        <translation>Transporte público: caminata más larga hacia, desde o entre paradas (m)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="110"/>
        <source>Public transport: walks measured along</source>
        <translation>Transporte público: caminatas medidas por</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="121"/>
        <source>Travel speed (km/h; walking = 5.04)</source>
        <translation>Velocidad de viaje (km/h; a pie = 5.04)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="127"/>
        <source>Largest distance from a point to the road network (m)</source>
        <translation>Distancia máxima de un punto a la red vial (m)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="136"/>
        <source>Speed field of the road network (km/h)</source>
        <translation>Campo de velocidad de la red vial (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="139"/>
        <source>One-way field of the road network</source>
        <translation>Campo de sentido único de la red vial</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="147"/>
        <source>Road class field of the road network (e.g. highway)</source>
        <translation>Campo de clase de vía de la red vial (p. ej. highway)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="150"/>
        <source>Speed per road class (km/h)</source>
        <translation>Velocidad por clase de vía (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="70"/>
        <source>the QGIS setting {0} (Settings &gt; Options &gt; Advanced), in MB</source>
        <translation>el ajuste de QGIS {0} (Configuración &gt; Opciones &gt; Avanzado), en MB</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="78"/>
        <source>About {0:,.0f} pairs within reach</source>
        <translation>Unos {0:.0f} pares al alcance</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="80"/>
        <source>{0} need about {1} of memory, more than the memory budget of {2}, and this analysis needs them all at once: it stops here, before the work, rather than run out of memory. Use a smaller threshold, aggregate the demand units to a grid first (caremap:caredemand or caremap:rasterdemand), or raise the budget in {3}.</source>
        <translation>{0} necesitan unos {1} de memoria, más que el presupuesto de memoria de {2}, y este análisis necesita todo eso a la vez: se detiene aquí, antes de empezar el trabajo, en lugar de agotar la memoria. Use un umbral menor, agregue primero las unidades de demanda a una grilla (caremap:caredemand o caremap:rasterdemand), o aumente el presupuesto en {3}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="90"/>
        <source>Costs: about {0:,.0f} pairs within reach ({1} as one table); about {2:,.0f} s per pass over them.</source>
        <translation>Costos: unos {0:.0f} pares al alcance ({1} como una sola tabla); unos {2:.0f} s por pasada sobre ellos.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="97"/>
        <source>About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: they are computed in chunks, never all at once, and computed again for each step of the method (slower, same results). The budget is {3}.</source>
        <translation>Unos {0:.0f} pares al alcance necesitan unos {1} de memoria, más que el presupuesto de memoria de {2}: se calculan por bloques, nunca todos a la vez, y se vuelven a calcular en cada paso del método (más lento, mismos resultados). El presupuesto es {3}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="188"/>
        <source>The speed must be more than 0 km/h, got {0}.</source>
        <translation>La velocidad debe ser mayor que 0 km/h; se recibió {0}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="193"/>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="216"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): every pair, no limit.</source>
        <translation>Costos en línea recta (factor de desvío {0}, {1} km/h): todos los pares, sin límite.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="228"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): computed in chunks of at most {2:,} pairs.</source>
        <translation>Costos en línea recta (factor de desvío {0}, {1} km/h): calculados por bloques de como máximo {2:} pares.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="233"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): {2} pairs within reach.</source>
        <translation>Costos en línea recta (factor de desvío {0}, {1} km/h): {2} pares al alcance.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="251"/>
        <source>Public transport costs: {0} pairs within reach.</source>
        <translation>Costos en transporte público: {0} pares al alcance.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="258"/>
        <source>OD table: {0} pairs within reach.</source>
        <translation>Tabla OD: {0} pares al alcance.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="279"/>
        <source>Costs from a table need an origin-destination table: choose it in {0}.</source>
        <translation>Los costos desde una tabla necesitan una tabla origen-destino: elíjala en {0}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="284"/>
        <source>Costs from a table need its origin, destination and cost fields: choose them in {0}, {1} and {2}.</source>
        <translation>Los costos desde una tabla necesitan sus campos de origen, destino y costo: elíjalos en {0}, {1} y {2}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="288"/>
        <source>Costs from a table are joined on ids: choose the id field of the demand units in {0} and of the facilities in {1}.</source>
        <translation>Los costos desde una tabla se unen por id: elija el campo de id de las unidades de demanda en {0} y el de los equipamientos en {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="295"/>
        <source>Costs: {0:,.0f} rows of the origin-destination table ({1} in memory).</source>
        <translation>Costos: {0:.0f} filas de la tabla origen-destino ({1} en memoria).</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="298"/>
        <source>The {0:,.0f} rows of the origin-destination table {1}</source>
        <translation>Las {0:.0f} filas de la tabla origen-destino {1}</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="309"/>
        <source>the facility ids</source>
        <translation>los id de los equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="312"/>
        <source>The ids in {0} are not unique ({1} repeated, e.g. &apos;{2}&apos;), so the origin-destination table {3} cannot be joined. Give every feature its own id, or choose another id field in {4}.</source>
        <translation>Los id de {0} no son únicos ({1} repetidos, p. ej. &apos;{2}&apos;), por lo que no se puede unir la tabla origen-destino {3}. Dé a cada entidad su propio id, o elija otro campo de id en {4}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="316"/>
        <source>Origin-destination table {0}: {1}</source>
        <translation>Tabla origen-destino {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="318"/>
        <source>OD table {0}: {1} rows.</source>
        <translation>Tabla OD {0}: {1} filas.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="320"/>
        <source>OD table {0}: skipped {1}, {2} and {3}.</source>
        <translation>Tabla OD {0}: se omitieron {1}, {2} y {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="321"/>
        <source>%n row(s) with an origin not in the demand ids</source>
        <translation>
            <numerusform>%n fila con un origen que no está entre los id de demanda</numerusform>
            <numerusform>%n filas con un origen que no está entre los id de demanda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="322"/>
        <source>%n row(s) with a destination not in the facility ids</source>
        <translation>
            <numerusform>%n fila con un destino que no está entre los id de los equipamientos</numerusform>
            <numerusform>%n filas con un destino que no está entre los id de los equipamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="323"/>
        <source>%n row(s) with a NULL cost</source>
        <translation>
            <numerusform>%n fila con costo NULL</numerusform>
            <numerusform>%n filas con costo NULL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="341"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL id(s): give every feature an id, or choose another field in {2}.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n id NULL: dé un id a cada entidad, o elija otro campo en {2}.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n id NULL: dé un id a cada entidad, o elija otro campo en {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="374"/>
        <source>Costs from a table are joined on ids: choose the id field of the demand units in {0} and the id field(s) of the sites in {1}.</source>
        <translation>Los costos desde una tabla se unen por id: elija el campo de id de las unidades de demanda en {0} y el/los campo(s) de id de los sitios en {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="378"/>
        <source>The id field &apos;{0}&apos; of layer {1} was not read.</source>
        <translation>No se leyó el campo de id &apos;{0}&apos; de la capa {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="441"/>
        <source>Layer {0} has a &apos;{1}&apos; field that was not read: read it with costs_io.cost_companions.</source>
        <translation>La capa {0} tiene un campo &apos;{1}&apos; que no se leyó: léalo con costs_io.cost_companions.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="444"/>
        <source>Field &apos;{0}&apos; of layer {1} has no &apos;{2}&apos; field beside it: its values are taken as minutes.</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} no tiene un campo &apos;{2}&apos; a su lado: sus valores se toman como minutos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="454"/>
        <source>Layer {0}: &apos;{2}&apos; is &apos;{3}&apos; instead of &apos;minutes&apos; or &apos;meters&apos; for %n feature(s) with a cost in &apos;{1}&apos;. Correct &apos;{2}&apos;, or compute the costs again with caremap:accessibility.</source>
        <translation>
            <numerusform>Capa {0}: &apos;{2}&apos; es &apos;{3}&apos; en lugar de &apos;minutes&apos; o &apos;meters&apos; para %n entidad con costo en &apos;{1}&apos;. Corrija &apos;{2}&apos;, o vuelva a calcular los costos con caremap:accessibility.</numerusform>
            <numerusform>Capa {0}: &apos;{2}&apos; es &apos;{3}&apos; en lugar de &apos;minutes&apos; o &apos;meters&apos; para %n entidades con costo en &apos;{1}&apos;. Corrija &apos;{2}&apos;, o vuelva a calcular los costos con caremap:accessibility.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="464"/>
        <source>Layer {0}: &apos;{1}&apos; is in metres with no speed in &apos;{2}&apos; for %n feature(s), so it cannot be read as minutes. Fill &apos;{2}&apos; with the travel speed in km/h, or compute the costs again with the cost unit in minutes.</source>
        <translation>
            <numerusform>Capa {0}: &apos;{1}&apos; está en metros sin velocidad en &apos;{2}&apos; para %n entidad, así que no se puede leer como minutos. Complete &apos;{2}&apos; con la velocidad de viaje en km/h, o vuelva a calcular los costos con la unidad de costo en minutos.</numerusform>
            <numerusform>Capa {0}: &apos;{1}&apos; está en metros sin velocidad en &apos;{2}&apos; para %n entidades, así que no se puede leer como minutos. Complete &apos;{2}&apos; con la velocidad de viaje en km/h, o vuelva a calcular los costos con la unidad de costo en minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="472"/>
        <source>Field &apos;{0}&apos; of layer {1}: %n cost(s) in metres converted to minutes at their speed ({2}).</source>
        <translation>
            <numerusform>Campo &apos;{0}&apos; de la capa {1}: %n costo en metros convertido a minutos según su velocidad ({2}).</numerusform>
            <numerusform>Campo &apos;{0}&apos; de la capa {1}: %n costos en metros convertidos a minutos según su velocidad ({2}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/columns.py" line="97"/>
        <source>Field &apos;{0}&apos; of layer {1} must be numeric: none of its values is a number (e.g. &apos;{2}&apos;). Choose the field that holds the numbers.</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} debe ser numérico: ninguno de sus valores es un número (p. ej. &apos;{2}&apos;). Elija el campo que contiene los números.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/columns.py" line="100"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not a number (e.g. &apos;{2}&apos;): read as NULL.</source>
        <translation>
            <numerusform>%n valor del campo &apos;{0}&apos; de la capa {1} no es un número (p. ej. &apos;{2}&apos;): se lee como NULL.</numerusform>
            <numerusform>%n valores del campo &apos;{0}&apos; de la capa {1} no son números (p. ej. &apos;{2}&apos;): se leen como NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/columns.py" line="108"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not finite (NaN or infinite): read as NULL.</source>
        <translation>
            <numerusform>%n valor del campo &apos;{0}&apos; de la capa {1} no es finito (NaN o infinito): se lee como NULL.</numerusform>
            <numerusform>%n valores del campo &apos;{0}&apos; de la capa {1} no son finitos (NaN o infinitos): se leen como NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="73"/>
        <source>Unknown option &apos;{0}&apos; after the file {1}: the options of a CSV file are {2}, e.g. &apos;{1}|crs=EPSG:31983&apos;.</source>
        <translation>Opción desconocida &apos;{0}&apos; después del archivo {1}: las opciones de un archivo CSV son {2}, p. ej. &apos;{1}|crs=EPSG:31983&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="103"/>
        <source>File {0} was not found.</source>
        <translation>No se encontró el archivo {0}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="137"/>
        <source>The CRS &apos;{0}&apos; given for file {1} is not known: give it as EPSG:code, e.g. &apos;{1}|crs=EPSG:31983&apos;.</source>
        <translation>El SRC &apos;{0}&apos; indicado para el archivo {1} no es conocido: indíquelo como EPSG:código, p. ej. &apos;{1}|crs=EPSG:31983&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="145"/>
        <source>The CRS in {0} is not readable.</source>
        <translation>El SRC de {0} no se puede leer.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="179"/>
        <source>Column &apos;{0}&apos; given as a coordinate of file {1} is not in it. Its columns: {2}.</source>
        <translation>La columna &apos;{0}&apos; indicada como coordenada del archivo {1} no está en él. Sus columnas: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="187"/>
        <source>Column &apos;{0}&apos; of file {1} holds no readable WKT geometry.</source>
        <translation>La columna &apos;{0}&apos; del archivo {1} no contiene ninguna geometría WKT legible.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="197"/>
        <source> If its decimal mark is a comma, say so: &apos;{0}|decimal=,&apos;.</source>
        <translation> Si su marca decimal es la coma, indíquelo: &apos;{0}|decimal=,&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="199"/>
        <source>Coordinate column &apos;{0}&apos; of file {1} holds &apos;{2}&apos;, which is not a number.</source>
        <translation>La columna de coordenadas &apos;{0}&apos; del archivo {1} contiene &apos;{2}&apos;, que no es un número.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="247"/>
        <source>The coordinates of file {0} (columns {1}, e.g. {2:g}, {3:g}) are not longitude/latitude: give the file&apos;s CRS after its path, e.g. &apos;{0}|crs=EPSG:31983&apos;, or in a {4}.prj file next to it.</source>
        <translation>Las coordenadas del archivo {0} (columnas {1}, p. ej. {2:g}, {3:g}) no son longitud/latitud: indique el SRC del archivo después de su ruta, p. ej. &apos;{0}|crs=EPSG:31983&apos;, o en un archivo {4}.prj junto a él.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="293"/>
        <source>File {0} ({1}) has no coordinate columns, so it gives no points. Its columns: {2}. Name the coordinate columns lon and lat (or x and y, longitude and latitude), or add a WKT column, or name them after the path: &apos;{0}|x=column|y=column&apos; (and &apos;|crs=EPSG:code&apos; when they are not longitude/latitude).</source>
        <translation>El archivo {0} ({1}) no tiene columnas de coordenadas, así que no da puntos. Sus columnas: {2}. Nombre las columnas de coordenadas lon y lat (o x e y, longitude y latitude), o agregue una columna WKT, o indíquelas después de la ruta: &apos;{0}|x=columna|y=columna&apos; (y &apos;|crs=EPSG:código&apos; cuando no son longitud/latitud).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <source>point</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>line</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>polygon</source>
        <translation>polígonos</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="309"/>
        <source>File {0} gives {1} geometries, but {2} needs a {3} layer.</source>
        <translation>El archivo {0} da geometrías de {1}, pero {2} necesita una capa de {3}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="46"/>
        <source>File {0} cannot be read as {1}: {2}.</source>
        <translation>El archivo {0} no se puede leer como {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="69"/>
        <source>File {0} is empty.</source>
        <translation>El archivo {0} está vacío.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="89"/>
        <source>Row {0} of file {1} has {2} values but the header has {3} columns (separator &apos;{4}&apos;). A decimal comma in a comma-separated file splits numbers in two: save the file with &apos;;&apos; as separator, or quote the values.</source>
        <translation>La fila {0} del archivo {1} tiene {2} valores, pero el encabezado tiene {3} columnas (separador &apos;{4}&apos;). Una coma decimal en un archivo separado por comas divide los números en dos: guarde el archivo con &apos;;&apos; como separador, o ponga los valores entre comillas.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="141"/>
        <source>Option decimal={0} of file {1}: use decimal=, or decimal=.</source>
        <translation>Opción decimal={0} del archivo {1}: use decimal=, o decimal=.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="153"/>
        <source>Column &apos;{0}&apos; of file {1} mixes decimal commas and points (&apos;{2}&apos; and &apos;{3}&apos;): write all its numbers the same way, or say which mark is decimal with &apos;{1}|decimal=,&apos; or &apos;{1}|decimal=.&apos;.</source>
        <translation>La columna &apos;{0}&apos; del archivo {1} mezcla comas y puntos decimales (&apos;{2}&apos; y &apos;{3}&apos;): escriba todos sus números de la misma forma, o indique cuál es la marca decimal con &apos;{1}|decimal=,&apos; o &apos;{1}|decimal=.&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="167"/>
        <source>Column &apos;{0}&apos; of file {1} holds values like &apos;{2}&apos;, which may be a number with a thousands separator or with a decimal point: say which with &apos;{1}|decimal=,&apos; (1.234 = one thousand two hundred and thirty-four) or &apos;{1}|decimal=.&apos; (1.234 = one point two three four).</source>
        <translation>La columna &apos;{0}&apos; del archivo {1} contiene valores como &apos;{2}&apos;, que pueden ser un número con separador de miles o con punto decimal: indique cuál con &apos;{1}|decimal=,&apos; (1.234 = mil doscientos treinta y cuatro) o &apos;{1}|decimal=.&apos; (1.234 = uno coma dos tres cuatro).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/guard.py" line="146"/>
        <source>Output &apos;{0}&apos; would be written to {1}, which holds the input layer {2} ({3}): CareMap never overwrites its inputs. Choose another file or another layer name for the output.</source>
        <translation>La salida &apos;{0}&apos; se escribiría en {1}, que contiene la capa de entrada {2} ({3}): CareMap nunca sobrescribe sus entradas. Elija otro archivo u otro nombre de capa para la salida.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="62"/>
        <source>%n feature(s) of layer {0} without geometry: skipped, NULL results.</source>
        <translation>
            <numerusform>%n entidad de la capa {0} sin geometría: se omite, resultados NULL.</numerusform>
            <numerusform>%n entidades de la capa {0} sin geometría: se omiten, resultados NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="94"/>
        <source>Layer {0} must be a point or polygon layer.</source>
        <translation>La capa {0} debe ser una capa de puntos o de polígonos.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="96"/>
        <location filename="../processing/layer_io/readers.py" line="261"/>
        <source>Layer {0} is empty.</source>
        <translation>La capa {0} está vacía.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="100"/>
        <location filename="../processing/layer_io/sources.py" line="152"/>
        <source>Layer {0} has no valid coordinate reference system.</source>
        <translation>La capa {0} no tiene un sistema de referencia de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="115"/>
        <location filename="../processing/layer_io/readers.py" line="306"/>
        <source>Layer {0} has no feature with a geometry.</source>
        <translation>La capa {0} no tiene ninguna entidad con geometría.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="194"/>
        <source>%n polygon(s) of layer {0} invalid (e.g. self-intersecting): repaired (Make Valid); the area is that of the repaired polygon. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>
            <numerusform>%n polígono de la capa {0} inválido (p. ej. con autointersecciones): reparado (Make Valid); el área es la del polígono reparado. Revíselo con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</numerusform>
            <numerusform>%n polígonos de la capa {0} inválidos (p. ej. con autointersecciones): reparados (Make Valid); el área es la del polígono reparado. Revíselos con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="199"/>
        <source>%n polygon(s) of layer {0} with no area (even after repair): area NULL, so no density is computed there.</source>
        <translation>
            <numerusform>%n polígono de la capa {0} sin área (incluso después de repararlo): área NULL, así que allí no se calcula ninguna densidad.</numerusform>
            <numerusform>%n polígonos de la capa {0} sin área (incluso después de repararlos): área NULL, así que allí no se calcula ninguna densidad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>Layer {0} must be a {1} layer.</source>
        <translation>La capa {0} debe ser una capa de tipo {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="303"/>
        <source>%n polygon(s) of layer {0} invalid (e.g. self-intersecting): their repaired outline (Make Valid) used. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>
            <numerusform>%n polígono de la capa {0} inválido (p. ej. con autointersecciones): se usó su contorno reparado (Make Valid). Revíselo con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</numerusform>
            <numerusform>%n polígonos de la capa {0} inválidos (p. ej. con autointersecciones): se usó su contorno reparado (Make Valid). Revíselos con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="346"/>
        <source>Table {0} is empty.</source>
        <translation>La tabla {0} está vacía.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="129"/>
        <source>Field &apos;{0}&apos; was not found in layer {1}. Available fields: {2}.</source>
        <translation>No se encontró el campo &apos;{0}&apos; en la capa {1}. Campos disponibles: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="139"/>
        <source>Field &apos;{0}&apos; of layer {1} must be numeric (it is {2}).</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} debe ser numérico (es {2}).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="143"/>
        <source>Field &apos;{0}&apos; of layer {1} is the feature id, not a quantity: choose the field with the population/capacity/cost.</source>
        <translation>El campo &apos;{0}&apos; de la capa {1} es el id de la entidad, no una cantidad: elija el campo con la población/capacidad/costo.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="167"/>
        <source>Layer {0} is in {1}, not in metres: distances are computed in {2} (UTM zone {3}).</source>
        <translation>La capa {0} está en {1}, no en metros: las distancias se calculan en {2} (zona UTM {3}).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/writers.py" line="63"/>
        <location filename="../processing/layer_io/writers.py" line="89"/>
        <source>Could not write features to output {0}: {1}</source>
        <translation>No se pudieron escribir las entidades en la salida {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/writers.py" line="153"/>
        <source>The input already has a field &apos;{0}&apos;: the output replaces its values.</source>
        <translation>La entrada ya tiene un campo &apos;{0}&apos;: la salida reemplaza sus valores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/writers.py" line="206"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not finite (NaN or infinite): NULL in the output.</source>
        <translation>
            <numerusform>%n valor del campo &apos;{0}&apos; de la capa {1} no es finito (NaN o infinito): NULL en la salida.</numerusform>
            <numerusform>%n valores del campo &apos;{0}&apos; de la capa {1} no son finitos (NaN o infinitos): NULL en la salida.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="32"/>
        <source>Costs by road network need a line layer of roads: choose it in {0}.</source>
        <translation>Los costos por red vial necesitan una capa de líneas de vías: elíjala en {0}.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="39"/>
        <source>A speed per road class ({0}) needs the field of the network that holds the road class: choose it in {1}, or leave {0} empty.</source>
        <translation>Una velocidad por tipo de vía ({0}) necesita el campo de la red que contiene el tipo de vía: elíjalo en {1}, o deje {0} vacío.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="54"/>
        <source>Walking speed: one-way field &apos;{0}&apos; ignored.</source>
        <translation>Velocidad a pie: se ignora el campo de sentido único &apos;{0}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="63"/>
        <source>Road network {0}: {1}</source>
        <translation>Red vial {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="65"/>
        <source>Layer {0}: no valid speed on %n road(s), {1} km/h used.</source>
        <translation>
            <numerusform>Capa {0}: ninguna velocidad válida en %n vía, se usaron {1} km/h.</numerusform>
            <numerusform>Capa {0}: ninguna velocidad válida en %n vías, se usaron {1} km/h.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="67"/>
        <source>Network {0}: {1} nodes, {2} edges, {3}, the largest with {4:.1%} of the length; points join {5} with at least {6:.0%} of its length.</source>
        <translation>Red {0}: {1} nodos, {2} aristas, {3}, la mayor con el {4:.1%} de la longitud; los puntos se unen a {5} con al menos el {6:.0%} de su longitud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="69"/>
        <source>%n connected component(s)</source>
        <translation>
            <numerusform>%n componente conexa</numerusform>
            <numerusform>%n componentes conexas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="70"/>
        <source>the %n component(s)</source>
        <translation>
            <numerusform>%n componente</numerusform>
            <numerusform>las %n componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="93"/>
        <source>%n demand unit(s) of layer {0} farther than {1:g} m from the road network: unreachable by road. Move such points onto the network, add the missing roads, or raise {2}.</source>
        <translation>
            <numerusform>%n unidad de demanda de la capa {0} a más de {1:g} m de la red vial: inalcanzable por calle. Mueva esos puntos sobre la red, agregue las calles que faltan o aumente {2}.</numerusform>
            <numerusform>%n unidades de demanda de la capa {0} a más de {1:g} m de la red vial: inalcanzables por calle. Mueva esos puntos sobre la red, agregue las calles que faltan o aumente {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="96"/>
        <source>%n facilit(y/ies) of layer {0} farther than {1:g} m from the road network: unreachable by road. Move such points onto the network, add the missing roads, or raise {2}.</source>
        <translation>
            <numerusform>%n equipamiento de la capa {0} a más de {1:g} m de la red vial: inalcanzable por calle. Mueva esos puntos sobre la red, agregue las calles que faltan o aumente {2}.</numerusform>
            <numerusform>%n equipamientos de la capa {0} a más de {1:g} m de la red vial: inalcanzables por calle. Mueva esos puntos sobre la red, agregue las calles que faltan o aumente {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="99"/>
        <source> Near a small piece of road that is not connected to the network (not used: connect it, or delete it): {0} of them.</source>
        <translation> Cerca de un pequeño tramo de calle que no está conectado a la red (no se usa: conéctelo o elimínelo): {0} de ellos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="102"/>
        <source>Off the road network in layer {0}: %n feature(s), ids {1}{2}</source>
        <translation>
            <numerusform>Fuera de la red vial en la capa {0}: %n entidad, id {1}{2}</numerusform>
            <numerusform>Fuera de la red vial en la capa {0}: %n entidades, id {1}{2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="104"/>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="153"/>
        <source>The road network {0} has {1} disconnected parts; outside the largest one: {2} and {3}.</source>
        <translation>La red vial {0} tiene {1} partes desconectadas; fuera de la mayor: {2} y {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="154"/>
        <source>%n demand point(s)</source>
        <translation>
            <numerusform>%n punto de demanda</numerusform>
            <numerusform>%n puntos de demanda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="155"/>
        <source>%n facilit(y/ies)</source>
        <translation>
            <numerusform>%n equipamiento</numerusform>
            <numerusform>%n equipamientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="162"/>
        <source>Network costs: computed in chunks of at most {0:,} pairs.</source>
        <translation>Costos en red: calculados por bloques de como máximo {0:} pares.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="166"/>
        <source>Network costs: {0} pairs within reach.</source>
        <translation>Costos en red: {0} pares al alcance.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="202"/>
        <source>Catchment areas are drawn from straight lines or a road network: choose one of them in {0}.</source>
        <translation>Las áreas de influencia se dibujan a partir de líneas rectas o de una red vial: elija una de ellas en {0}.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="15"/>
        <source>How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on &apos;Road network (lines)&apos;), read from a cost table made by another tool, or by public transport from a timetable in the standard GTFS format (walking to a stop, waiting, riding, changing, walking to the facility; in minutes). Typical: the road network for walking to childcare; the straight line for a first look.</source>
        <translation>Cómo se mide el viaje entre las personas y los equipamientos: en línea recta (por el factor de desvío), por la red vial (caminos más cortos en &apos;Red vial (líneas)&apos;), leído de una tabla de costos hecha con otra herramienta, o en transporte público a partir de un horario en el formato estándar GTFS (caminar hasta una parada, esperar, viajar, hacer transbordo, caminar hasta el equipamiento; en minutos). Típico: la red vial para ir a pie al cuidado infantil; la línea recta para una primera mirada.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="16"/>
        <source>Road or footpath line layer, used when travel is measured along the road network; lines connect where they share a vertex (at their ends or inside). Typical: the OpenStreetMap streets of the city (CareMap&apos;s street network from OpenStreetMap).</source>
        <translation>Capa de líneas de calles o senderos, usada cuando el viaje se mide por la red vial; las líneas se conectan donde comparten un vértice (en sus extremos o en su interior). Típico: las calles de OpenStreetMap de la ciudad (la Red de calles desde OpenStreetMap de CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="17"/>
        <source>Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. With public transport it is the walking speed of the walks to, from and between stops. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation>Velocidad de viaje en km/h: convierte metros en minutos y da una velocidad a las vías que no tienen ninguna. Con transporte público es la velocidad a pie de las caminatas hacia las paradas, desde ellas y entre ellas. Típico: 5.04 km/h a pie, 15 km/h en bicicleta, 30 km/h en auto en la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="18"/>
        <source>Optional numeric field of the road network with the speed of each road in km/h; roads without a valid speed use the travel speed. Typical: empty for walking, maxspeed for driving.</source>
        <translation>Campo numérico opcional de la red vial con la velocidad de cada vía en km/h; las vías sin una velocidad válida usan la velocidad de viaje. Típico: vacío a pie, maxspeed en auto.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="19"/>
        <source>Optional field of the road network marking one-way roads: 1 or yes = only in the direction the line was drawn, -1 = only in reverse, anything else = both ways. Ignored when walking. Typical: oneway (OpenStreetMap).</source>
        <translation>Campo opcional de la red vial que marca las vías de sentido único: 1 o yes = solo en el sentido en que se dibujó la línea, -1 = solo en sentido contrario, cualquier otro valor = en ambos sentidos. Se ignora a pie. Típico: oneway (OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="20"/>
        <source>Optional field of the road network with the road class; with &apos;Speed per road class&apos; it gives each class its speed where the speed field gives none. Typical: highway (OpenStreetMap).</source>
        <translation>Campo opcional de la red vial con la clase de vía; con &apos;Velocidad por clase de vía&apos; da a cada clase su velocidad donde el campo de velocidad no da ninguna. Típico: highway (OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="21"/>
        <source>Speed in km/h for each road class of the road class field, as class:speed items separated by commas. Typical: &apos;primary:50,residential:30,footway:5&apos;.</source>
        <translation>Velocidad en km/h para cada clase de vía del campo de clase de vía, como elementos clase:velocidad separados por comas. Típico: &apos;primary:50,residential:30,footway:5&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="22"/>
        <source>Travel cost table, used when costs come from a table: one row per pair of demand unit and facility (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs missing from the table are out of reach. The demand units and the facilities then need an id field each. Typical: walking times from ORS Tools.</source>
        <translation>Tabla de costos de viaje, usada cuando los costos vienen de una tabla: una fila por par de unidad de demanda y equipamiento (p. ej. de ORS Tools, QNEAT3, r5py u OSRM); los pares que faltan en la tabla quedan fuera de alcance. Las unidades de demanda y los equipamientos necesitan entonces un campo de id cada uno. Típico: tiempos a pie de ORS Tools.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="23"/>
        <source>Field of the cost table with the demand unit&apos;s id (matched with the demand unit id field). Typical: origin_id.</source>
        <translation>Campo de la tabla de costos con el id de la unidad de demanda (se compara con el campo de id de las unidades de demanda). Típico: origin_id.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="24"/>
        <source>Field of the cost table with the facility&apos;s id (matched with the facility id field). Typical: destination_id.</source>
        <translation>Campo de la tabla de costos con el id del equipamiento (se compara con el campo de id de los equipamientos). Típico: destination_id.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="25"/>
        <source>Numeric field of the cost table with the travel cost of each pair, already in the cost unit. Typical: travel time in minutes.</source>
        <translation>Campo numérico de la tabla de costos con el costo de viaje de cada par, ya en la unidad de costo. Típico: tiempo de viaje en minutos.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="26"/>
        <source>Unit of the costs and of the thresholds: minutes or meters (minutes = metres / the travel speed). Typical: minutes.</source>
        <translation>Unidad de los costos y de los umbrales: minutos o metros (minutos = metros / la velocidad de viaje). Típico: minutos.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="27"/>
        <source>For straight-line costs, how much longer real routes are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation>Para costos en línea recta, cuánto más largas son las rutas reales que la línea recta (longitud de la ruta / distancia recta, al menos 1). Típico: 1.3 en una trama urbana en cuadrícula.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="28"/>
        <source>Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by road and are flagged (off_network). Typical: 500 m.</source>
        <translation>Distancia máxima en metros de un punto a la red vial: un punto se une al punto más cercano de la calle más cercana (de una parte de la red que contenga al menos el 5 % de la longitud de la parte mayor; los tramos desconectados más pequeños nunca se unen), y se cuenta la caminata hasta él. Los puntos más lejanos no alcanzan nada por calle y se marcan (off_network). Típico: 500 m.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="29"/>
        <source>Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer drawn without snapping. Typical: 0 (OpenStreetMap, or CareMap&apos;s street network from OpenStreetMap).</source>
        <translation>Las líneas viales se unen solo donde comparten un vértice (0, el valor por defecto), de modo que un puente nunca se une con la calle que cruza. Un valor mayor que 0 une también los vértices más cercanos que esa cantidad de metros, para una capa dibujada sin autoensamblado. Típico: 0 (OpenStreetMap, o la Red de calles desde OpenStreetMap de CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="30"/>
        <source>Field of the demand layer with a unique id, used only when costs come from a table, to find each unit&apos;s rows. Typical: the census block code.</source>
        <translation>Campo de la capa de demanda con un id único, usado solo cuando los costos vienen de una tabla, para encontrar las filas de cada unidad. Típico: el código de la manzana censal.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="31"/>
        <source>Field of the facility layer with a unique id, used only when costs come from a table, to find each facility&apos;s rows. Typical: the registry code of the facility.</source>
        <translation>Campo de la capa de equipamientos con un id único, usado solo cuando los costos vienen de una tabla, para encontrar las filas de cada equipamiento. Típico: el código de registro del equipamiento.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="32"/>
        <source>How far, in the cost unit, the cost to the nearest facility (cost_nearest) is searched, beyond the threshold; units with no facility within it get NULL. 0 = automatic: four times the threshold, but at least 60 minutes (5,000 m when costs are in metres). Typical: 0.</source>
        <translation>Hasta dónde, en la unidad de costo, se busca el costo al equipamiento más cercano (cost_nearest), más allá del umbral; las unidades sin ningún equipamiento dentro de ese límite reciben NULL. 0 = automático: cuatro veces el umbral, pero al menos 60 minutos (5.000 m cuando los costos están en metros). Típico: 0.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="33"/>
        <source>The public transport timetable in the standard GTFS format: a zip file, or a folder holding its text files (stops, trips, stop times, calendar; frequencies when buses run every few minutes). Used when travel is measured by public transport. Typical: the city&apos;s published feed, or one made by CareMap&apos;s synthetic public transport feed from bus routes and stops.</source>
        <translation>El horario de transporte público en el formato estándar GTFS: un archivo zip, o una carpeta con sus archivos de texto (paradas, viajes, horarios en las paradas, calendario; frecuencias cuando los buses pasan cada pocos minutos). Se usa cuando el viaje se mide en transporte público. Típico: el feed que publica la ciudad, o uno hecho con el feed sintético de transporte público de CareMap a partir de rutas y paradas de bus.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="34"/>
        <source>Date and time of leaving home, as YYYY-MM-DD HH:MM in the local time of the feed; the date picks the day&apos;s services from the feed&apos;s calendar, and must be a day the feed runs. Typical: a weekday of the feed&apos;s period at 07:30, when caregivers take children to care.</source>
        <translation>Fecha y hora de salida de casa, como AAAA-MM-DD HH:MM en la hora local del feed; la fecha elige los servicios del día según el calendario del feed, y debe ser un día en que el feed opera. Típico: un día hábil del período del feed a las 07:30, cuando las personas cuidadoras llevan a niñas y niños al cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="35"/>
        <source>Minutes after the departure also tried: every minute from the departure to the departure plus this many minutes, since a caregiver does not leave at the best minute for the bus. 0 = only the departure minute. Typical: 60 (one hour).</source>
        <translation>Minutos después de la salida que también se prueban: cada minuto desde la salida hasta la salida más esta cantidad de minutos, ya que una persona cuidadora no sale en el mejor minuto para tomar el bus. 0 = solo el minuto de salida. Típico: 60 (una hora).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="36"/>
        <source>Which of the travel times over the window&apos;s minutes is the cost: 50 = the median (half of the minutes are faster), higher = a more cautious time that holds on most days. Typical: 50.</source>
        <translation>Cuál de los tiempos de viaje de los minutos de la ventana es el costo: 50 = la mediana (la mitad de los minutos son más rápidos); más alto = un tiempo más prudente, que se cumple la mayoría de los días. Típico: 50.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="37"/>
        <source>Longest walk in metres to the first stop, from the last stop, and between two stops when changing (each walk on its own, inclusive); walking the whole way is always possible, with no limit. Typical: 1000 m.</source>
        <translation>Caminata más larga en metros hasta la primera parada, desde la última parada y entre dos paradas al hacer transbordo (cada caminata por separado, inclusive); hacer todo el trayecto a pie siempre es posible, sin límite. Típico: 1000 m.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="38"/>
        <source>How the walks to, from and between stops are measured: along the straight line times the detour factor, or along the road network (then choose the road network). Typical: the straight line for a first look, the road network for a study.</source>
        <translation>Cómo se miden las caminatas hacia las paradas, desde ellas y entre ellas: en línea recta por el factor de desvío, o por la red vial (entonces elija la red vial). Típico: la línea recta para una primera mirada, la red vial para un estudio.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="39"/>
        <source>Optional polygon layer of districts. When the units have no district field of their own, each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. The district summary is also written onto these polygons, to map it. Typical: the localities or communes of the city.</source>
        <translation>Capa opcional de polígonos de distritos. Cuando las unidades no tienen un campo de distrito propio, cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie (un punto sobre un límite compartido va al distrito situado al este, o al norte de un límite este-oeste; las unidades fuera de todo distrito reciben NULL, contadas en una advertencia) y las unidades de salida lo llevan como el campo district. El resumen por distrito también se escribe sobre estos polígonos, para mapearlo. Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="40"/>
        <source>Field of the district polygons with the district names: the names given to the units by location, or matched with the values of the units&apos; district field; empty = a field with the same name as the units&apos; district field. Typical: district, or the locality name.</source>
        <translation>Campo de los polígonos de distritos con los nombres de los distritos: los nombres asignados a las unidades por ubicación, o comparados con los valores del campo de distrito de las unidades; vacío = un campo con el mismo nombre que el campo de distrito de las unidades. Típico: district, o el nombre de la localidad.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="41"/>
        <source>The district summary written onto the district polygons, to map it; made only when district polygons are given (a temporary layer by default). Typical: a temporary layer, or a GeoPackage to keep.</source>
        <translation>El resumen por distrito escrito sobre los polígonos de distritos, para mapearlo; se crea solo cuando se indican polígonos de distritos (una capa temporal por defecto). Típico: una capa temporal, o un GeoPackage para conservarlo.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="45"/>
        <source>A CSV file path works too (.csv, .txt, .tsv): columns lon/lat, x/y or longitude/latitude (or a WKT column) give points in EPSG:4326; for other coordinates add the CRS after the path (&apos;blocks.csv|crs=EPSG:31983&apos;) or put a .prj file next to it. Numbers are read as numbers; in files separated by &apos;;&apos; or tabs also with a decimal comma (12,5 and 1.234,5).</source>
        <translation>También sirve la ruta de un archivo CSV (.csv, .txt, .tsv): las columnas lon/lat, x/y o longitude/latitude (o una columna WKT) dan puntos en EPSG:4326; para otras coordenadas agregue el SRC después de la ruta (&apos;blocks.csv|crs=EPSG:31983&apos;) o coloque un archivo .prj junto a él. Los números se leen como números; en archivos separados por &apos;;&apos; o por tabulaciones, también con coma decimal (12,5 y 1.234,5).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="50"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n negative value(s) (e.g. {2}); counts, populations and capacities must be 0 or more. Correct or filter those features.</source>
        <translation>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valor negativo (p. ej. {2}); los conteos, las poblaciones y las capacidades deben ser 0 o más. Corrija o filtre esas entidades.</numerusform>
            <numerusform>El campo &apos;{0}&apos; de la capa {1} tiene %n valores negativos (p. ej. {2}); los conteos, las poblaciones y las capacidades deben ser 0 o más. Corrija o filtre esas entidades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="112"/>
        <source>District field &apos;{0}&apos; of layer {1} has %n NULL value(s); fill or filter them first.</source>
        <translation>
            <numerusform>El campo de distrito &apos;{0}&apos; de la capa {1} tiene %n valor NULL; complételo o fíltrelo primero.</numerusform>
            <numerusform>El campo de distrito &apos;{0}&apos; de la capa {1} tiene %n valores NULL; complételos o fíltrelos primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="115"/>
        <source>District field &apos;{0}&apos; of layer {1}: %n unit(s) with a NULL district, left out of the district summary.</source>
        <translation>
            <numerusform>Campo de distrito &apos;{0}&apos; de la capa {1}: %n unidad con distrito NULL, excluida del resumen por distrito.</numerusform>
            <numerusform>Campo de distrito &apos;{0}&apos; de la capa {1}: %n unidades con distrito NULL, excluidas del resumen por distrito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="142"/>
        <source>To give each unit the district it lies in, choose the field with the district names of the district polygons in {0} (or choose the units&apos; own district field in {1}).</source>
        <translation>Para asignar a cada unidad el distrito en el que se encuentra, elija en {0} el campo con los nombres de los distritos de los polígonos de distritos (o elija en {1} el campo de distrito propio de las unidades).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="152"/>
        <source>Districts by location: {0} of %n unit(s) of layer {1} lie in a polygon of layer {2} (names from &apos;{3}&apos;).</source>
        <translation>
            <numerusform>Distritos por ubicación: {0} de %n unidad de la capa {1} se encuentran en un polígono de la capa {2} (nombres de &apos;{3}&apos;).</numerusform>
            <numerusform>Distritos por ubicación: {0} de %n unidades de la capa {1} se encuentran en un polígono de la capa {2} (nombres de &apos;{3}&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="157"/>
        <source>Layer {0}: %n unit(s) in a polygon of layer {1} with no name (NULL) in &apos;{2}&apos;: their district is NULL. Fill the names of those polygons.</source>
        <translation>
            <numerusform>Capa {0}: %n unidad en un polígono de la capa {1} sin nombre (NULL) en &apos;{2}&apos;: su distrito es NULL. Complete los nombres de esos polígonos.</numerusform>
            <numerusform>Capa {0}: %n unidades en un polígono de la capa {1} sin nombre (NULL) en &apos;{2}&apos;: su distrito es NULL. Complete los nombres de esos polígonos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="161"/>
        <source>Layer {0}: %n unit(s) in more than one polygon of layer {1} (overlapping districts), each given the first of them in the layer&apos;s order. Fix the overlaps to choose.</source>
        <translation>
            <numerusform>Capa {0}: %n unidad en más de un polígono de la capa {1} (distritos superpuestos), a la que se asignó el primero de ellos según el orden de la capa. Corrija las superposiciones para elegir.</numerusform>
            <numerusform>Capa {0}: %n unidades en más de un polígono de la capa {1} (distritos superpuestos), a cada una de las cuales se asignó el primero de ellos según el orden de la capa. Corrija las superposiciones para elegir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="165"/>
        <source>Layer {0}: %n unit(s) exactly on the outer boundary of layer {1}, each given the district whose boundary it is on.</source>
        <translation>
            <numerusform>Capa {0}: %n unidad justo sobre el límite exterior de la capa {1}, a la que se asignó el distrito en cuyo límite está.</numerusform>
            <numerusform>Capa {0}: %n unidades justo sobre el límite exterior de la capa {1}, a cada una de las cuales se asignó el distrito en cuyo límite está.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="193"/>
        <source>Layer {0}: %n unit(s) without a district, in no polygon of layer {1} (or in one without a name). Extend the district polygons to cover them, or filter those units out first.</source>
        <translation>
            <numerusform>Capa {0}: %n unidad sin distrito, fuera de todo polígono de la capa {1} (o en uno sin nombre). Amplíe los polígonos de distritos para cubrirla, o filtre primero esa unidad.</numerusform>
            <numerusform>Capa {0}: %n unidades sin distrito, fuera de todo polígono de la capa {1} (o en uno sin nombre). Amplíe los polígonos de distritos para cubrirlas, o filtre primero esas unidades.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="197"/>
        <source>Layer {0}: %n unit(s) in no polygon of layer {1} (or in one without a name), with a NULL district and left out of the district summary.</source>
        <translation>
            <numerusform>Capa {0}: %n unidad fuera de todo polígono de la capa {1} (o en uno sin nombre), con distrito NULL y excluida del resumen por distrito.</numerusform>
            <numerusform>Capa {0}: %n unidades fuera de todo polígono de la capa {1} (o en uno sin nombre), con distrito NULL y excluidas del resumen por distrito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="209"/>
        <source>Layer {0} has no points or polygons, so its units cannot be placed in the district polygons: choose its district field in {1}, or use a point or polygon layer.</source>
        <translation>La capa {0} no tiene puntos ni polígonos, así que sus unidades no se pueden ubicar en los polígonos de distritos: elija su campo de distrito en {1}, o use una capa de puntos o de polígonos.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="227"/>
        <source>Edge of the study area not checked: costs from an OD table in minutes have no speed to turn the threshold into a distance.</source>
        <translation>Borde del área de estudio no verificado: los costos en minutos de una tabla OD no tienen una velocidad para convertir el umbral en una distancia.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>west</source>
        <translation>oeste</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>east</source>
        <translation>este</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>south</source>
        <translation>sur</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>north</source>
        <translation>norte</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="237"/>
        <source>Edge of the study area: on the {0} side(s) the facilities of layer {1} stop less than {2:,.0f} m (the straight-line reach of the catchment threshold) beyond the units of layer {3}, so facilities just outside the area may be missing.</source>
        <translation>
            <numerusform>Borde del área de estudio: en el lado {0}, los equipamientos de la capa {1} terminan a menos de {2:.0f} m (el alcance en línea recta del umbral del área de influencia) más allá de las unidades de la capa {3}, así que pueden faltar equipamientos situados justo fuera del área.</numerusform>
            <numerusform>Borde del área de estudio: en los lados {0}, los equipamientos de la capa {1} terminan a menos de {2:.0f} m (el alcance en línea recta del umbral del área de influencia) más allá de las unidades de la capa {3}, así que pueden faltar equipamientos situados justo fuera del área.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="241"/>
        <source>%n unit(s) with {0:,.0f} of demand within {1:,.0f} m of those sides may look worse served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.</source>
        <translation>
            <numerusform>%n unidad con {0:.0f} de demanda a menos de {1:.0f} m de esos lados puede parecer peor atendida de lo que está. Agregue los equipamientos de los alrededores del área (p. ej. un extracto más amplio) para estar seguro.</numerusform>
            <numerusform>%n unidades con {0:.0f} de demanda a menos de {1:.0f} m de esos lados pueden parecer peor atendidas de lo que están. Agregue los equipamientos de los alrededores del área (p. ej. un extracto más amplio) para estar seguro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="268"/>
        <source>District polygons</source>
        <translation>Polígonos de distritos</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="270"/>
        <source>District name field of the district polygons (empty = the same name as the district field)</source>
        <translation>Campo de nombre de distrito de los polígonos de distritos (vacío = el mismo nombre que el campo de distrito)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="284"/>
        <source>Summary on the district polygons (made when district polygons are given)</source>
        <translation>Resumen sobre los polígonos de distritos (se crea cuando se indican polígonos de distritos)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="298"/>
        <source>Mapping the summary on district polygons needs a district field: choose one, and the district name field of the polygons.</source>
        <translation>Mapear el resumen sobre polígonos de distritos necesita un campo de distrito: elija uno, y el campo de nombre de distrito de los polígonos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="307"/>
        <source>%n district(s) not found in the district polygons of layer {0}: {1}</source>
        <translation>
            <numerusform>%n distrito no encontrado en los polígonos de distritos de la capa {0}: {1}</numerusform>
            <numerusform>%n distritos no encontrados en los polígonos de distritos de la capa {0}: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="334"/>
        <source>{0}: {1}. Write it as field:ratio items separated by &apos;;&apos;, each ratio in places per person of that band, e.g. &apos;p_0_3:0.5;p_4_5:1.0&apos; (50% of children 0-3 and 100% of children 4-5).</source>
        <translation>{0}: {1}. Escríbalo como elementos campo:razón separados por &apos;;&apos;, cada razón en cupos por persona de ese grupo, p. ej. &apos;p_0_3:0.5;p_4_5:1.0&apos; (50% de las niñas y niños de 0-3 y 100% de los de 4-5).</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_hours.py" line="37"/>
        <source>None of the facility layers ({0}) has the field &apos;{1}&apos; named in {2}: give the field that holds the facilities&apos; opening hours (e.g. opening_hours), or leave it empty.</source>
        <translation>Ninguna de las capas de equipamientos ({0}) tiene el campo &apos;{1}&apos; indicado en {2}: indique el campo que contiene los horarios de apertura de los equipamientos (p. ej. opening_hours), o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_hours.py" line="51"/>
        <source>Opening hours &apos;{0}&apos; of layers {1} joined to the care supply inventory.</source>
        <translation>Horarios de apertura &apos;{0}&apos; de las capas {1} unidos al inventario de la oferta de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="25"/>
        <source>Care map in one run, step {0}: {1}</source>
        <translation>Mapa de cuidado en una sola ejecución, paso {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="46"/>
        <source>the care demand computed from the age-band fields {0}</source>
        <translation>la demanda de cuidado calculada a partir de los campos de grupos de edad {0}</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="47"/>
        <source>the full-day-equivalent capacity computed from the facility layers&apos; capacity, hours and days</source>
        <translation>la capacidad en equivalente a jornada completa calculada a partir de la capacidad, las horas y los días de las capas de equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="52"/>
        <source>the district each unit lies in, from the district polygons</source>
        <translation>el distrito en el que se encuentra cada unidad, según los polígonos de distritos</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="47"/>
        <source>CareMap: care supply, demand and gaps</source>
        <translation>CareMap: oferta, demanda y brechas de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="63"/>
        <source>Could not read raster {0} (band {1}, rows {2}-{3}).</source>
        <translation>No se pudo leer el ráster {0} (banda {1}, filas {2}-{3}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="76"/>
        <source>Raster {0} has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection) before computing zonal sums.</source>
        <translation>El ráster {0} no tiene sistema de referencia de coordenadas: asígnele uno (Ráster &gt; Proyecciones &gt; Asignar proyección) antes de calcular las sumas zonales.</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="79"/>
        <source>Raster {0} is not a file raster read by GDAL ({1}).</source>
        <translation>El ráster {0} no es un ráster de archivo leído por GDAL ({1}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="83"/>
        <source>GDAL could not open raster {0} ({1}).</source>
        <translation>GDAL no pudo abrir el ráster {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="87"/>
        <source>Raster {0} is rotated or not north-up: warp it to a north-up grid first.</source>
        <translation>El ráster {0} está rotado o no está orientado al norte: remuestréelo primero a una grilla orientada al norte.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="30"/>
        <source>Optional units output of &apos;Care blocks&apos; (units with their block), for the sentence on the people who need care and the caregivers the blocks reach, before and after; empty = the report&apos;s units when they are that output. Typical: the &apos;Units with their block&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Salida opcional de unidades de &apos;Manzanas del cuidado&apos; (unidades con su manzana), para la frase sobre las personas que necesitan cuidado y las personas cuidadoras que alcanzan las manzanas, antes y después; vacío = las unidades del informe cuando son esa salida. Típico: la capa &apos;Unidades con su manzana del cuidado&apos; de &apos;Manzanas del cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="31"/>
        <source>Optional block anchors of &apos;Care blocks&apos;, drawn on the care blocks map (new blocks and blocks already open). Typical: the &apos;Block anchors&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Anclas opcionales de &apos;Manzanas del cuidado&apos;, dibujadas en el mapa de las manzanas del cuidado (nuevas manzanas y manzanas ya abiertas). Típico: la capa &apos;Anclas de las manzanas del cuidado&apos; de &apos;Manzanas del cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="32"/>
        <source>Optional alternate buildings of &apos;Care blocks&apos;, drawn on the care blocks map. Typical: the &apos;Alternate buildings&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Edificios alternos opcionales de &apos;Manzanas del cuidado&apos;, dibujados en el mapa de las manzanas del cuidado. Típico: la capa &apos;Edificios alternos&apos; de &apos;Manzanas del cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="33"/>
        <source>Optional areas of influence of &apos;Care blocks&apos;, drawn on the care blocks map under the anchors. Typical: the &apos;Areas of influence&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Áreas de influencia opcionales de &apos;Manzanas del cuidado&apos;, dibujadas en el mapa de las manzanas del cuidado debajo de las anclas. Típico: la capa &apos;Áreas de influencia&apos; de &apos;Manzanas del cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="46"/>
        <source>Care blocks: units with their block</source>
        <translation>Manzanas del cuidado: unidades con su manzana</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="47"/>
        <source>Care blocks: block anchors</source>
        <translation>Manzanas del cuidado: anclas</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="48"/>
        <source>Care blocks: alternate buildings</source>
        <translation>Manzanas del cuidado: edificios alternos</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="49"/>
        <source>Care blocks: areas of influence</source>
        <translation>Manzanas del cuidado: áreas de influencia</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="76"/>
        <source>{0}: layer {1} has no field {2}. Give the &apos;Units with their block&apos; output of Care blocks, or leave it empty.</source>
        <translation>{0}: la capa {1} no tiene el campo {2}. Indique la salida &apos;Unidades con su manzana del cuidado&apos; de Manzanas del cuidado, o déjelo vacío.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="90"/>
        <source>{0}: layer {1} has no field block. Give the &apos;Units with their block&apos; output of Care blocks.</source>
        <translation>{0}: la capa {1} no tiene el campo block. Indique la salida &apos;Unidades con su manzana del cuidado&apos; de Manzanas del cuidado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="107"/>
        <source>%n new care block(s)</source>
        <translation>
            <numerusform>%n nueva manzana del cuidado</numerusform>
            <numerusform>%n nuevas manzanas del cuidado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="107"/>
        <source>and %n already open</source>
        <translation>
            <numerusform>y %n ya abierta</numerusform>
            <numerusform>y %n ya abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="110"/>
        <source>%n care block(s)</source>
        <translation>
            <numerusform>%n manzana del cuidado</numerusform>
            <numerusform>%n manzanas del cuidado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="112"/>
        <source>{0} reaches {1} people who need care{2} and {3} caregivers{4}</source>
        <translation>{0} alcanza a {1} personas que necesitan cuidado{2} y a {3} personas cuidadoras{4}</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="113"/>
        <source>{0} reach {1} people who need care{2} and {3} caregivers{4}</source>
        <translation>{0} alcanzan a {1} personas que necesitan cuidado{2} y a {3} personas cuidadoras{4}</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="117"/>
        <source>before the new ones, {0} people who need care{1} and {2} caregivers{3} were within reach of a block.</source>
        <translation>antes de las nuevas, {0} personas que necesitan cuidado{1} y {2} personas cuidadoras{3} estaban al alcance de una manzana.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="122"/>
        <source>before them, no care block reached anyone.</source>
        <translation>antes de ellas, ninguna manzana del cuidado alcanzaba a nadie.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="124"/>
        <source>(The shares need the fields the Care blocks run read, which layer {0} does not have.)</source>
        <translation>(Las proporciones necesitan los campos que leyó la ejecución de Manzanas del cuidado, que la capa {0} no tiene.)</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="145"/>
        <source>New block anchor</source>
        <translation>Ancla de una nueva manzana</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="146"/>
        <source>Anchor of a block already open</source>
        <translation>Ancla de una manzana ya abierta</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="174"/>
        <source>Area of influence (walk to the block)</source>
        <translation>Área de influencia (caminata hasta la manzana)</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="191"/>
        <source>Each block: an anchor building, the buildings around it and the area within the walking radius.</source>
        <translation>Cada manzana: un edificio ancla, los edificios de su entorno y el área dentro del radio de caminata.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="408"/>
        <source>Places per facility</source>
        <translation>Cupos por equipamiento</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="409"/>
        <source>Supply of care</source>
        <translation>Oferta de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="410"/>
        <location filename="../processing/report_svg.py" line="195"/>
        <source>Demand for care</source>
        <translation>Demanda de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="410"/>
        <source>Demand: {0} (people)</source>
        <translation>Demanda: {0} (personas)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="413"/>
        <source>Access to care</source>
        <translation>Acceso al cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="413"/>
        <location filename="../ui/charts.py" line="113"/>
        <location filename="../ui/charts.py" line="281"/>
        <source>Access (places per person)</source>
        <translation>Acceso (cupos por persona)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="415"/>
        <source>Places per person within reach (two-step floating catchment).</source>
        <translation>Cupos por persona al alcance (área de influencia flotante en dos pasos).</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="420"/>
        <source>Time to the nearest service</source>
        <translation>Tiempo al servicio más cercano</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="420"/>
        <location filename="../ui/charts.py" line="182"/>
        <source>Minutes to the nearest facility</source>
        <translation>Minutos al equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="424"/>
        <source>not a care desert</source>
        <translation>no es desierto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="425"/>
        <source>care desert</source>
        <translation>desierto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="428"/>
        <source>Care desert: a unit with high demand whose nearest facility is beyond the travel time.</source>
        <translation>Desierto de cuidado: una unidad con alta demanda cuyo equipamiento más cercano está más allá del tiempo de viaje.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="431"/>
        <source>Priority (0 = lowest, 1 = highest)</source>
        <translation>Prioridad (0 = la más baja, 1 = la más alta)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="433"/>
        <source>Combines unmet demand, low access and vulnerability; higher needs attention first.</source>
        <translation>Combina la demanda no atendida, el bajo acceso y la vulnerabilidad; lo más alto requiere atención primero.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="450"/>
        <source>Streets</source>
        <translation>Calles</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="452"/>
        <location filename="../ui/dock.py" line="175"/>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="490"/>
        <location filename="../processing/report_text.py" line="329"/>
        <source>What the indicators mean</source>
        <translation>Qué significan los indicadores</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="492"/>
        <location filename="../processing/report_text.py" line="330"/>
        <source>Method and parameters</source>
        <translation>Método y parámetros</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="189"/>
        <location filename="../ui/charts.py" line="38"/>
        <source>Demand and accessible places by district</source>
        <translation>Demanda y cupos accesibles por distrito</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="192"/>
        <location filename="../processing/report_svg.py" line="197"/>
        <source>demand ({0})</source>
        <translation>demanda ({0})</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="192"/>
        <source>accessible places</source>
        <translation>cupos accesibles</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="192"/>
        <location filename="../processing/report_svg.py" line="197"/>
        <location filename="../processing/report_svg.py" line="202"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="193"/>
        <source>For each district, the people of the cohort and the places they can reach.</source>
        <translation>Para cada distrito, las personas de la cohorte y los cupos que pueden alcanzar.</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="200"/>
        <location filename="../ui/charts.py" line="113"/>
        <source>Distribution of access</source>
        <translation>Distribución del acceso</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="202"/>
        <source>places per person</source>
        <translation>cupos por persona</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="203"/>
        <source>policy target</source>
        <translation>meta de política</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="204"/>
        <source>How many people have each level of access (places per person within reach).</source>
        <translation>Cuántas personas tienen cada nivel de acceso (cupos por persona al alcance).</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="209"/>
        <source>Share of demand that reaches a facility</source>
        <translation>Proporción de la demanda que alcanza un equipamiento</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="211"/>
        <source>share within the time</source>
        <translation>proporción dentro del tiempo</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="211"/>
        <source>minutes to the nearest facility</source>
        <translation>minutos al equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="212"/>
        <source>share of demand</source>
        <translation>proporción de la demanda</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="213"/>
        <source>{0:g} min</source>
        <translation>{0:g} min</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="214"/>
        <source>The share of the people who reach a facility within each travel time; the dashed line is the travel time of the analysis.</source>
        <translation>La proporción de las personas que alcanzan un equipamiento dentro de cada tiempo de viaje; la línea discontinua es el tiempo de viaje del análisis.</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="221"/>
        <location filename="../ui/charts.py" line="241"/>
        <location filename="../ui/charts.py" line="257"/>
        <location filename="../ui/charts.py" line="269"/>
        <source>Lorenz curve of access</source>
        <translation>Curva de Lorenz del acceso</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="223"/>
        <location filename="../processing/report_svg.py" line="224"/>
        <source>share of access</source>
        <translation>proporción del acceso</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="224"/>
        <source>share of demand (lowest access first)</source>
        <translation>proporción de la demanda (menor acceso primero)</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="225"/>
        <source>Gini {0} · Palma {1}</source>
        <translation>Gini {0} · Palma {1}</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="227"/>
        <location filename="../ui/charts.py" line="268"/>
        <source>undefined (the 40% with the least access have none)</source>
        <translation>indefinido (el 40% con menos acceso no tiene ninguno)</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="228"/>
        <source>The further the curve lies below the diagonal, the more unequal the access. The Gini index is 0 when everyone has the same access and close to 1 when a few have almost all of it; the Palma ratio divides the access of the 10% best served by that of the 40% least served.</source>
        <translation>Cuanto más por debajo de la diagonal queda la curva, más desigual es el acceso. El índice de Gini es 0 cuando todas las personas tienen el mismo acceso y cercano a 1 cuando unas pocas tienen casi todo; la razón de Palma divide el acceso del 10 % mejor atendido por el del 40 % peor atendido.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="49"/>
        <source>The map covers {0} units with {1} {2}.</source>
        <translation>El mapa cubre {0} unidades con {1} {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="51"/>
        <source>Left out of every figure: %n unit(s) without a value in the demand field ({0}).</source>
        <translation>
            <numerusform>Excluida de todas las cifras: %n unidad sin valor en el campo de demanda ({0}).</numerusform>
            <numerusform>Excluidas de todas las cifras: %n unidades sin valor en el campo de demanda ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="54"/>
        <source>There is no demand in this layer (every unit has 0 {0}): no share, coverage or gap can be computed.</source>
        <translation>No hay demanda en esta capa (todas las unidades tienen 0 {0}): no se puede calcular ninguna proporción, cobertura ni brecha.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="58"/>
        <source>{0} {1} ({2}) live within {3:g} minutes&apos; {4} of the nearest facility; {5} ({6}) live farther away or reach none.</source>
        <translation>{0} {1} ({2}) viven a {3:g} minutos o menos {4} del equipamiento más cercano; {5} ({6}) viven más lejos o no alcanzan ninguno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="63"/>
        <source>%n unit(s) with {0} {1} cannot reach any facility within the search limit (no cost was computed for them).</source>
        <translation>
            <numerusform>%n unidad con {0} {1} no puede alcanzar ningún equipamiento dentro del límite de búsqueda (no se calculó ningún costo para ella).</numerusform>
            <numerusform>%n unidades con {0} {1} no pueden alcanzar ningún equipamiento dentro del límite de búsqueda (no se calculó ningún costo para ellas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="67"/>
        <source>{0} {1} ({2}) live in units that reach at least one facility within the analysis threshold.</source>
        <translation>{0} {1} ({2}) viven en unidades que alcanzan al menos un equipamiento dentro del umbral del análisis.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="70"/>
        <source>There is no capacity: the facilities within reach have 0 places, so no {0} has an accessible place.</source>
        <translation>No hay capacidad: los equipamientos al alcance tienen 0 cupos, por lo que {0} no tienen ningún cupo accesible.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="73"/>
        <source>The facilities within reach offer {0} places to these {1} {2}, {3} places per person on average.</source>
        <translation>Los equipamientos al alcance ofrecen {0} cupos para {1} {2}: {3} cupos por persona en promedio.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="77"/>
        <source>At the policy targets per age band (a place for {0}), {1} places are needed; {2} places are missing in the units below the target (a surplus in one unit does not fill another&apos;s gap).</source>
        <translation>Con las metas de política por grupo de edad (un cupo para {0}), se necesitan {1} cupos; faltan {2} cupos en las unidades por debajo de la meta (el excedente de una unidad no cubre la brecha de otra).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="82"/>
        <source>At the policy target of {0} places per person, {1} places are needed; {2} places are missing in the units below the target (a surplus in one unit does not fill another&apos;s gap).</source>
        <translation>Con la meta de política de {0} cupos por persona, se necesitan {1} cupos; faltan {2} cupos en las unidades por debajo de la meta (el excedente de una unidad no cubre la brecha de otra).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="87"/>
        <source>Counting one place per person, {0} {1} would have no place within reach.</source>
        <translation>Contando un cupo por persona, {0} {1} no tendrían ningún cupo al alcance.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="91"/>
        <source>of the missing places</source>
        <translation>de los cupos faltantes</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="92"/>
        <source>of the people without a place</source>
        <translation>de las personas sin cupo</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="93"/>
        <source>{0} {1} lie in %n district(s): {2}.</source>
        <translation>
            <numerusform>{0} {1} se encuentran en %n distrito: {2}.</numerusform>
            <numerusform>{0} {1} se encuentran en %n distritos: {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="96"/>
        <source>{0} units are care deserts (high demand, low access); {1} {2} ({3}) live in them.</source>
        <translation>{0} unidades son desiertos de cuidado (alta demanda, bajo acceso); allí viven {1} {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="110"/>
        <source>In the {0} window ({1})</source>
        <translation>En la ventana {0} ({1})</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="111"/>
        <source>In the {0} window</source>
        <translation>En la ventana {0}</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="112"/>
        <source>{0}, {1} of {2} ({3}) reach a facility that is open then.</source>
        <translation>{0}, el {1} de {2} ({3}) alcanza un equipamiento abierto en ese momento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="115"/>
        <source>Temporal care deserts (high demand and care within reach at some hour, but none open within reach in the caregivers&apos; time window): %n unit(s).</source>
        <translation>
            <numerusform>Desiertos de cuidado temporales (alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto al alcance en la ventana horaria de las personas cuidadoras): %n unidad.</numerusform>
            <numerusform>Desiertos de cuidado temporales (alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto al alcance en la ventana horaria de las personas cuidadoras): %n unidades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="118"/>
        <source>{0} {1} ({2}) live in the temporal care deserts.</source>
        <translation>{0} {1} ({2}) viven en los desiertos de cuidado temporales.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="134"/>
        <source>{0}: {1}. Give the windows as the analysis did, e.g. &apos;evening=Mo-Fr 17:00-20:00&apos;.</source>
        <translation>{0}: {1}. Indique las ventanas como lo hizo el análisis, p. ej. &apos;evening=Mo-Fr 17:00-20:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="143"/>
        <source>Layer {0}, fields {1}: {2}; these fields must be 0, 1 or empty, as Accessibility to care and Care deserts write them.</source>
        <translation>Capa {0}, campos {1}: {2}; estos campos deben ser 0, 1 o vacíos, tal como los escriben Accesibilidad al cuidado y Desiertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="160"/>
        <source>the result of the previous step</source>
        <translation>el resultado del paso anterior</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="171"/>
        <source>yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="171"/>
        <source>no</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="186"/>
        <location filename="../processing/report_text.py" line="189"/>
        <source>a text pattern (given in the run)</source>
        <translation>un patrón de texto (indicado en la ejecución)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="204"/>
        <source>This report</source>
        <translation>Este informe</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="227"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="235"/>
        <location filename="../ui/dock.py" line="177"/>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="236"/>
        <source>The share of the people who live within {0:g} minutes&apos; {1} of at least one facility.</source>
        <translation>La proporción de las personas que viven a {0:g} minutos {1} o menos de al menos un equipamiento.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="239"/>
        <source>Access (2SFCA)</source>
        <translation>Acceso (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="240"/>
        <source>Places per person within reach: each facility&apos;s places are shared among all the people who live within the threshold of it, and each unit adds up its shares of every facility it reaches (two-step floating catchment).</source>
        <translation>Cupos por persona al alcance: los cupos de cada equipamiento se reparten entre todas las personas que viven dentro del umbral desde él, y cada unidad suma sus partes de todos los equipamientos que alcanza (área de influencia flotante en dos pasos).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="244"/>
        <source>Care desert</source>
        <translation>Desierto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="245"/>
        <source>A unit with high demand (many more people than the typical unit) whose nearest facility is beyond the threshold, or that reaches none.</source>
        <translation>Una unidad con alta demanda (muchas más personas que la unidad típica) cuyo equipamiento más cercano está más allá del umbral, o que no alcanza ninguno.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="249"/>
        <source>A score from 0 to 1 that combines unmet demand, low access and the vulnerability indicators, each ranked across the units; higher means the unit needs attention first.</source>
        <translation>Un puntaje de 0 a 1 que combina la demanda no atendida, el bajo acceso y los indicadores de vulnerabilidad, cada uno ordenado por rango entre las unidades; más alto significa que la unidad requiere atención primero.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="252"/>
        <source>Gini index</source>
        <translation>Índice de Gini</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="253"/>
        <source>How unequally access is shared among the people: 0 when everyone has the same access, close to 1 when a few have almost all of it.</source>
        <translation>Qué tan desigual es el reparto del acceso entre las personas: 0 cuando todas tienen el mismo acceso, cercano a 1 cuando unas pocas tienen casi todo.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="255"/>
        <source>Palma ratio</source>
        <translation>Razón de Palma</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="256"/>
        <source>The access of the 10% best served divided by the access of the 40% least served: 1 is equal, 2 means the best served have twice as much.</source>
        <translation>El acceso del 10 % mejor atendido dividido por el acceso del 40 % peor atendido: 1 es igualdad, 2 significa que las personas mejor atendidas tienen el doble.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="269"/>
        <source>{0} in the map</source>
        <translation>{0} en el mapa</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="271"/>
        <source>every unit has 0 {0}</source>
        <translation>todas las unidades tienen 0 {0}</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="274"/>
        <source>within {0:g} minutes of the nearest facility</source>
        <translation>a {0:g} minutos o menos del equipamiento más cercano</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="277"/>
        <source>reach a facility within the analysis threshold</source>
        <translation>alcanzan un equipamiento dentro del umbral del análisis</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="279"/>
        <source>places within reach</source>
        <translation>cupos al alcance</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="279"/>
        <source>no capacity</source>
        <translation>sin capacidad</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="281"/>
        <source>places missing for the targets per age band ({0})</source>
        <translation>cupos faltantes para las metas por grupo de edad ({0})</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="284"/>
        <source>places missing for the target of {0} per person</source>
        <translation>cupos faltantes para la meta de {0} por persona</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="287"/>
        <source>{0} without a place (one place per person)</source>
        <translation>{0} sin cupo (un cupo por persona)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="290"/>
        <source>of {0} live in care deserts</source>
        <translation>de {0} viven en desiertos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="304"/>
        <source>No parameters were given.</source>
        <translation>No se indicaron parámetros.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="306"/>
        <source>en</source>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="326"/>
        <source>Key numbers</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="327"/>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="328"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="57"/>
        <source>%1 – %2 places per person</source>
        <translation>%1 – %2 cupos por persona</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="58"/>
        <source>%1 – %2 places per 100 people</source>
        <translation>%1 – %2 cupos por cada 100 personas</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="59"/>
        <source>%1 – %2 places per person in the catchment</source>
        <translation>%1 – %2 cupos por persona en el área de influencia</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="60"/>
        <source>%1 – %2 care units</source>
        <translation>%1 – %2 unidades de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="62"/>
        <source>%1 – %2 places (negative: shortfall, positive: surplus)</source>
        <translation>%1 – %2 cupos (negativo: déficit, positivo: excedente)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="63"/>
        <source>%1 – %2 places (full-day equivalent)</source>
        <translation>%1 – %2 cupos (equivalente a jornada completa)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="64"/>
        <source>%1 – %2 places</source>
        <translation>%1 – %2 cupos</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="65"/>
        <source>%1 – %2 hours of unpaid care per week</source>
        <translation>%1 – %2 horas de cuidado no remunerado por semana</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="66"/>
        <source>%1 – %2 people newly within reach</source>
        <translation>%1 – %2 personas que pasan a estar al alcance</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="67"/>
        <source>Not a care desert</source>
        <translation>No es desierto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="68"/>
        <source>Care desert: no facility within the threshold</source>
        <translation>Desierto de cuidado: ningún equipamiento dentro del umbral</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="69"/>
        <source>Care desert: reachable only by the second mode</source>
        <translation>Desierto de cuidado: alcanzable solo por el segundo modo</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="70"/>
        <source>Hot spot, 99% confidence</source>
        <translation>Punto caliente, 99% de confianza</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="71"/>
        <source>Hot spot, 95% confidence</source>
        <translation>Punto caliente, 95% de confianza</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="72"/>
        <source>Hot spot, 90% confidence</source>
        <translation>Punto caliente, 90% de confianza</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="73"/>
        <source>Not significant</source>
        <translation>No significativo</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="74"/>
        <source>Cold spot, 90% confidence</source>
        <translation>Punto frío, 90% de confianza</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="75"/>
        <source>Cold spot, 95% confidence</source>
        <translation>Punto frío, 95% de confianza</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="76"/>
        <source>Cold spot, 99% confidence</source>
        <translation>Punto frío, 99% de confianza</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="77"/>
        <source>Quintile 1: lowest priority (bottom 20%)</source>
        <translation>Quintil 1: menor prioridad (20% inferior)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="78"/>
        <source>Quintile 2</source>
        <translation>Quintil 2</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="79"/>
        <source>Quintile 3</source>
        <translation>Quintil 3</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="80"/>
        <source>Quintile 4</source>
        <translation>Quintil 4</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="81"/>
        <source>Quintile 5: highest priority (top 20%)</source>
        <translation>Quintil 5: mayor prioridad (20% superior)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="82"/>
        <source>New care block anchor</source>
        <translation>Ancla de una nueva manzana del cuidado</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="83"/>
        <source>Anchor of a care block already open</source>
        <translation>Ancla de una manzana del cuidado ya abierta</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="85"/>
        <source>Dependants and caregivers within reach of the same block</source>
        <translation>Personas dependientes y personas cuidadoras al alcance de la misma manzana</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="87"/>
        <source>Within reach of a block: only one of the two groups lives here</source>
        <translation>Al alcance de una manzana: aquí vive solo uno de los dos grupos</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="88"/>
        <source>No block within reach</source>
        <translation>Ninguna manzana al alcance</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="214"/>
        <source>Style file {0} is missing; the layer keeps the default style.</source>
        <translation>Falta el archivo de estilo {0}; la capa conserva el estilo por defecto.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="219"/>
        <source>Could not read the renderer of style {0}.</source>
        <translation>No se pudo leer el renderizador del estilo {0}.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="262"/>
        <source>Layer {0} styled with the CareMap &apos;{1}&apos; style.</source>
        <translation>Capa {0} con el estilo &apos;{1}&apos; de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="266"/>
        <source>The project already has a layer named {0}: this result is named {1}.</source>
        <translation>El proyecto ya tiene una capa llamada {0}: este resultado se llama {1}.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="269"/>
        <source>Layer {0} placed above the polygon layers so its points stay visible.</source>
        <translation>La capa {0} se colocó encima de las capas de polígonos para que sus puntos sigan visibles.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="395"/>
        <source>CareMap &apos;{0}&apos; style</source>
        <translation>Estilo &apos;{0}&apos; de CareMap</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="398"/>
        <source>Could not save the style into {0}: {1}</source>
        <translation>No se pudo guardar el estilo en {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="57"/>
        <source>Could not load layer {0}.</source>
        <translation>No se pudo cargar la capa {0}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="71"/>
        <source>{0} holds {1} mappings separated by &apos;|&apos; but {2} facility layers were chosen: give one mapping per layer, in the order of the layers, or a single mapping for all of them; or start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>{0} contiene {1} correspondencias separadas por &apos;|&apos;, pero se eligieron {2} capas de equipamientos: indique una correspondencia por capa, en el orden de las capas, o una sola correspondencia para todas; o empiece cada correspondencia con el nombre de su capa y dos puntos (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="101"/>
        <source>it has no field {0}</source>
        <translation>no tiene ningún campo {0}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="104"/>
        <source>it has no point or polygon geometry and the mapping gives no x=...,y=...</source>
        <translation>no tiene geometría de puntos ni de polígonos y la correspondencia no da x=...,y=...</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="146"/>
        <source>{0} names layer &apos;{1}&apos;, which is not one of the layers chosen in {2} ({3}): write the mapping after the name of one of them and a colon.</source>
        <translation>{0} nombra la capa &apos;{1}&apos;, que no es una de las capas elegidas en {2} ({3}): escriba la correspondencia después del nombre de una de ellas y dos puntos.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="150"/>
        <source>{0} holds two mappings for layer {1}: keep one.</source>
        <translation>{0} contiene dos correspondencias para la capa {1}: conserve una.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="157"/>
        <source>{0} holds {1} mappings without a layer name but only {2} layers are left for them ({3}): start each mapping with its layer&apos;s name and a colon.</source>
        <translation>{0} contiene {1} correspondencias sin nombre de capa, pero solo quedan {2} capas para ellas ({3}): empiece cada correspondencia con el nombre de su capa y dos puntos.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="165"/>
        <source>Mappings by layer: {0}.</source>
        <translation>Correspondencias por capa: {0}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="166"/>
        <source>(the schema field names)</source>
        <translation>(los nombres de campo del esquema)</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="183"/>
        <source>The mappings in {0} do not fit the layers in the order of {1}, and fit them in one order only, which was used: {2}. To be sure, start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>Las correspondencias de {0} no encajan con las capas en el orden de {1}, y encajan en un único orden, que se usó: {2}. Para estar seguro, empiece cada correspondencia con el nombre de su capa y dos puntos (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="186"/>
        <location filename="../processing/supply_io.py" line="189"/>
        <source>mapping {0} -&gt; layer {1}</source>
        <translation>correspondencia {0} -&gt; capa {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="192"/>
        <source>The mappings in {0} do not fit the layers in the order of {1} ({2}). The mappings go to the layers in the order the layers have in {1}, which its picker lists alphabetically: drag the layers in the picker into the order of the mappings, or start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>Las correspondencias de {0} no encajan con las capas en el orden de {1} ({2}). Las correspondencias se aplican a las capas en el orden que estas tienen en {1}, cuyo selector las lista en orden alfabético: arrastre las capas en el selector al orden de las correspondencias, o empiece cada correspondencia con el nombre de su capa y dos puntos (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="226"/>
        <source>Mapping for layer {0}: {1}</source>
        <translation>Correspondencia de la capa {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="242"/>
        <source>Layer {0} read as a KoboToolbox / ODK export: {1}.</source>
        <translation>La capa {0} se leyó como una exportación de KoboToolbox / ODK: {1}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="248"/>
        <source>Mapping for layer {0}: field &apos;{1}&apos; (for {2}) was not found. Available fields: {3}.</source>
        <translation>Correspondencia de la capa {0}: no se encontró el campo &apos;{1}&apos; (para {2}). Campos disponibles: {3}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="268"/>
        <source>Layer {0} has no point or polygon geometry: map its coordinate fields with x=...,y=... in {1} (e.g. x=lon,y=lat).</source>
        <translation>La capa {0} no tiene geometría de puntos ni de polígonos: asigne sus campos de coordenadas con x=...,y=... en {1} (p. ej. x=lon,y=lat).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/supply_io.py" line="277"/>
        <source>%n row(s) of layer {0} without coordinates: skipped.</source>
        <translation>
            <numerusform>%n fila de la capa {0} sin coordenadas: se omite.</numerusform>
            <numerusform>%n filas de la capa {0} sin coordenadas: se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="282"/>
        <source>Layer {0}: the crs given in {1} is not a valid coordinate reference system; write it as crs=&apos;EPSG:4326&apos;.</source>
        <translation>Capa {0}: el crs indicado en {1} no es un sistema de referencia de coordenadas válido; escríbalo como crs=&apos;EPSG:4326&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="304"/>
        <source>Mapping for layer {0}: constant {1}={2} is not a finite number.</source>
        <translation>Correspondencia de la capa {0}: la constante {1}={2} no es un número finito.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="59"/>
        <source>Public transport costs need a timetable in the GTFS format (a zip file or a folder): choose it in {0} (CareMap&apos;s synthetic public transport feed makes one from bus routes and stops).</source>
        <translation>Los costos en transporte público necesitan un horario en el formato GTFS (un archivo zip o una carpeta): elíjalo en {0} (el feed sintético de transporte público de CareMap crea uno a partir de rutas y paradas de bus).</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="64"/>
        <source>The public transport feed {0} does not exist: choose a GTFS zip file or folder in {1}.</source>
        <translation>El feed de transporte público {0} no existe: elija un archivo zip GTFS o una carpeta en {1}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="69"/>
        <source>Public transport costs need the date and time of leaving: write it in {0} as YYYY-MM-DD HH:MM, e.g. 2024-03-05 07:30.</source>
        <translation>Los costos en transporte público necesitan la fecha y hora de salida: escríbala en {0} como AAAA-MM-DD HH:MM, p. ej. 2024-03-05 07:30.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="75"/>
        <source>{0} is &apos;{1}&apos;, which is not a date and time: write it as YYYY-MM-DD HH:MM (24-hour clock), e.g. 2024-03-05 07:30.</source>
        <translation>{0} es &apos;{1}&apos;, que no es una fecha y hora: escríbala como AAAA-MM-DD HH:MM (reloj de 24 horas), p. ej. 2024-03-05 07:30.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="86"/>
        <source>{0} must be whole minutes, 0 or more; got {1:g}.</source>
        <translation>{0} debe ser un número entero de minutos, 0 o más; se recibió {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="89"/>
        <source>{0} must be between 0 and 100; got {1:g}.</source>
        <translation>{0} debe estar entre 0 y 100; se recibió {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="92"/>
        <source>{0} must be 0 m or more; got {1:g}.</source>
        <translation>{0} debe ser 0 m o más; se recibió {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="97"/>
        <source>The public transport feed {0} cannot be read: {1}. Choose a GTFS zip file or folder in {2}.</source>
        <translation>No se puede leer el feed de transporte público {0}: {1}. Elija un archivo zip GTFS o una carpeta en {2}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="128"/>
        <source>{0}: the date {1} is outside the calendar of the public transport feed {2}, which runs from {3} to {4}. Choose a date within it.</source>
        <translation>{0}: la fecha {1} está fuera del calendario del feed de transporte público {2}, que va del {3} al {4}. Elija una fecha dentro de ese período.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="134"/>
        <source>The public transport feed {0} cannot be read: {1}.</source>
        <translation>No se puede leer el feed de transporte público {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="138"/>
        <source>The public transport feed {0} has no service on {1} ({2}): no bus or train runs that day. Choose another date in {3}.</source>
        <translation>El feed de transporte público {0} no tiene servicio el {1} ({2}): ese día no circula ningún bus ni tren. Elija otra fecha en {3}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="142"/>
        <source>Public transport feed {0}, {1}: {2} stops, {3} vehicle runs ({4} from frequencies, {5} of the day before past midnight).</source>
        <translation>Feed de transporte público {0}, {1}: {2} paradas, {3} recorridos de vehículos ({4} a partir de frecuencias, {5} del día anterior pasada la medianoche).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="148"/>
        <source>Public transport feed {0}: %n trip(s) left out (no time at the first or last stop, or times going back).</source>
        <translation>
            <numerusform>Feed de transporte público {0}: %n viaje omitido (sin horario en la primera o la última parada, o con horarios que retroceden).</numerusform>
            <numerusform>Feed de transporte público {0}: %n viajes omitidos (sin horario en la primera o la última parada, o con horarios que retroceden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="165"/>
        <source>Public transport feed {0}: %n stop(s) without coordinates, which no walk reaches.</source>
        <translation>
            <numerusform>Feed de transporte público {0}: %n parada sin coordenadas, a la que no llega ninguna caminata.</numerusform>
            <numerusform>Feed de transporte público {0}: %n paradas sin coordenadas, a las que no llega ninguna caminata.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="209"/>
        <source>Public transport: about {0:,.0f} walks to, from and between stops and of the whole way, and the travel times of {1:,} demand units x {2:,} facilities: about {3} of memory.</source>
        <translation>Transporte público: unas {0:.0f} caminatas hacia las paradas, desde ellas y entre ellas, y del trayecto completo a pie, y los tiempos de viaje de {1:} unidades de demanda x {2:} equipamientos: unos {3} de memoria.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="214"/>
        <source>About {0:,.0f} walks and the public transport travel times of {1:,} demand units x {2:,} facilities</source>
        <translation>Unas {0:.0f} caminatas y los tiempos de viaje en transporte público de {1:} unidades de demanda x {2:} equipamientos</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="259"/>
        <source>on the road network {0}</source>
        <translation>por la red vial {0}</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="266"/>
        <source>along straight lines x {0:g}</source>
        <translation>en línea recta x {0:g}</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="267"/>
        <source>Public transport walks {0} at {1:g} km/h, each at most {2:g} m: {3} from the demand to stops, {4} from stops to the facilities, {5} between stops.</source>
        <translation>Caminatas del transporte público {0} a {1:g} km/h, cada una de como máximo {2:g} m: {3} desde la demanda hasta las paradas, {4} desde las paradas hasta los equipamientos, {5} entre paradas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="272"/>
        <source>%n demand point(s) with no stop within {0:g} m: they can only walk the whole way.</source>
        <translation>
            <numerusform>%n punto de demanda sin ninguna parada a {0:g} m o menos: solo puede hacer todo el trayecto a pie.</numerusform>
            <numerusform>%n puntos de demanda sin ninguna parada a {0:g} m o menos: solo pueden hacer todo el trayecto a pie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="280"/>
        <source>Public transport feed {0}: {1}</source>
        <translation>Feed de transporte público {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="286"/>
        <source>Public transport travel times from {0}, {1}: percentile {2:g} of %n departure minute(s) from then on.</source>
        <translation>
            <numerusform>Tiempos de viaje en transporte público a partir del {0}, {1}: percentil {2:g} de %n minuto de salida desde ese momento.</numerusform>
            <numerusform>Tiempos de viaje en transporte público a partir del {0}, {1}: percentil {2:g} de %n minutos de salida desde ese momento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="305"/>
        <source>Window &apos;{0}&apos;: public transport leaves on {1} ({2}) at {3:02d}:{4:02d}, the window&apos;s first day and start time in the week of {5}.</source>
        <translation>Ventana &apos;{0}&apos;: el transporte público sale el {1} ({2}) a las {3:02d}:{4:02d}, el primer día y la hora de inicio de la ventana en la semana del {5}.</translation>
    </message>
    <message>
        <location filename="../ui/chart_base.py" line="57"/>
        <source>The charts need the Python package pyqtgraph, which could not be imported. Install it for the Python that QGIS uses, then restart QGIS:
- Debian/Ubuntu: sudo apt install python3-pyqtgraph
- Windows (OSGeo4W Shell): python -m pip install pyqtgraph
- macOS (QGIS Python console): import pip; pip.main([&apos;install&apos;, &apos;pyqtgraph&apos;])
The CareMap algorithms work without it.</source>
        <translation>Los gráficos necesitan el paquete de Python pyqtgraph, que no se pudo importar. Instálelo para el Python que usa QGIS y reinicie QGIS:
- Debian/Ubuntu: sudo apt install python3-pyqtgraph
- Windows (OSGeo4W Shell): python -m pip install pyqtgraph
- macOS (consola de Python de QGIS): import pip; pip.main([&apos;install&apos;, &apos;pyqtgraph&apos;])
Los algoritmos de CareMap funcionan sin él.</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="38"/>
        <source>People / places</source>
        <translation>Personas / cupos</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="48"/>
        <location filename="../ui/charts.py" line="281"/>
        <source>Demand (people)</source>
        <translation>Demanda (personas)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="49"/>
        <source>Accessible places</source>
        <translation>Cupos accesibles</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="50"/>
        <location filename="../ui/charts.py" line="127"/>
        <location filename="../ui/charts.py" line="307"/>
        <location filename="../ui/charts.py" line="478"/>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="74"/>
        <location filename="../ui/charts.py" line="197"/>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="114"/>
        <location filename="../ui/charts.py" line="126"/>
        <location filename="../ui/charts.py" line="467"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="122"/>
        <source>target {value:.3g}</source>
        <translation>meta {value:.3g}</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="128"/>
        <location filename="../ui/dock.py" line="131"/>
        <source>Policy target</source>
        <translation>Meta de política</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="182"/>
        <source>Coverage curve</source>
        <translation>Curva de cobertura</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="183"/>
        <source>Share of demand within that time (%)</source>
        <translation>Proporción de la demanda dentro de ese tiempo (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="190"/>
        <source>{value:.0f} min</source>
        <translation>{value:.0f} min</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="198"/>
        <location filename="../ui/charts.py" line="405"/>
        <source>Selected units</source>
        <translation>Unidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="199"/>
        <location filename="../ui/dock.py" line="132"/>
        <source>Access threshold</source>
        <translation>Umbral de acceso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="241"/>
        <source>Cumulative share of people (lowest access first)</source>
        <translation>Proporción acumulada de personas (menor acceso primero)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="242"/>
        <source>Cumulative share of access</source>
        <translation>Proporción acumulada del acceso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="257"/>
        <location filename="../ui/dock.py" line="176"/>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="258"/>
        <location filename="../ui/charts.py" line="271"/>
        <source>Equality</source>
        <translation>Igualdad</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="270"/>
        <source>Access: Gini {0}, Palma {1}</source>
        <translation>Acceso: Gini {0}, Palma {1}</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="281"/>
        <source>Demand vs access</source>
        <translation>Demanda frente a acceso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="288"/>
        <source>Care desert quadrant: high demand, access below the target</source>
        <translation>Cuadrante de desierto de cuidado: alta demanda, acceso por debajo de la meta</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="306"/>
        <source>Other units</source>
        <translation>Otras unidades</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="308"/>
        <source>High demand, low access</source>
        <translation>Alta demanda, bajo acceso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="394"/>
        <source>Share of demand covered by time of day</source>
        <translation>Proporción de la demanda cubierta según la hora del día</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="394"/>
        <source>Caregivers&apos; time window</source>
        <translation>Ventana horaria de las personas cuidadoras</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="395"/>
        <source>Demand with an open facility in reach (%)</source>
        <translation>Demanda con un equipamiento abierto al alcance (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="403"/>
        <source>All hours</source>
        <translation>Todas las horas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="404"/>
        <source>Time windows</source>
        <translation>Ventanas horarias</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="435"/>
        <source>all hours</source>
        <translation>todas las horas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="467"/>
        <source>People each care block reaches</source>
        <translation>Personas que alcanza cada manzana del cuidado</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="476"/>
        <source>People who need care</source>
        <translation>Personas que necesitan cuidado</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="477"/>
        <source>Caregivers</source>
        <translation>Personas cuidadoras</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="503"/>
        <source>Block {0}</source>
        <translation>Manzana {0}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="61"/>
        <location filename="../ui/dock.py" line="510"/>
        <source>CareMap</source>
        <translation>CareMap</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="100"/>
        <source>CareMap maps the supply of care, the demand for care and the gaps between them. Run its algorithms from the buttons below or the Processing Toolbox (CareMap group); select a CareMap result layer to see its charts here.</source>
        <translation>CareMap mapea la oferta de cuidado, la demanda de cuidado y las brechas entre ambas. Ejecute sus algoritmos con los botones de abajo o desde la Caja de herramientas de Procesos (grupo CareMap); seleccione una capa de resultados de CareMap para ver aquí sus gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="113"/>
        <source>Numeric field with the demand (people of the cohort) of each unit</source>
        <translation>Campo numérico con la demanda (personas de la cohorte) de cada unidad</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="115"/>
        <source>Text field with the district of each unit (for the bars)</source>
        <translation>Campo de texto con el distrito de cada unidad (para las barras)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="121"/>
        <source> places/person</source>
        <translation> cupos/persona</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="126"/>
        <source>Travel time that counts as within reach; set from the layer&apos;s own threshold when its fields say it (covered and cost_nearest of an accessibility result)</source>
        <translation>Tiempo de viaje que cuenta como al alcance; se toma del umbral propio de la capa cuando sus campos lo indican (covered y cost_nearest de un resultado de accesibilidad)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="128"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="129"/>
        <source>Demand field</source>
        <translation>Campo de demanda</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="178"/>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="179"/>
        <source>Scatter</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="180"/>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="200"/>
        <source>Export {0}…</source>
        <translation>Exportar {0}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="210"/>
        <source>Click bars or points to select their units on the map (Ctrl adds to the selection); Shift+drag on the scatter selects a box of points. Features selected on the map are highlighted in the charts.</source>
        <translation>Haga clic en barras o puntos para seleccionar sus unidades en el mapa (Ctrl agrega a la selección); Mayús+arrastrar sobre el diagrama de dispersión selecciona un recuadro de puntos. Las entidades seleccionadas en el mapa se resaltan en los gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Accessibility…</source>
        <translation>Accesibilidad…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Care gaps…</source>
        <translation>Brechas de cuidado…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Care deserts…</source>
        <translation>Desiertos de cuidado…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="222"/>
        <source>Open the Processing dialog of caremap:{0}, filled from this layer</source>
        <translation>Abrir el diálogo de Procesos de caremap:{0}, completado desde esta capa</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>accessibility</source>
        <translation>accesibilidad</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>care gaps</source>
        <translation>brechas de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>care deserts</source>
        <translation>desiertos de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>care blocks</source>
        <translation>manzanas del cuidado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="294"/>
        <source>Layer: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Capa: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="314"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="364"/>
        <source>&lt;b&gt;No CareMap result selected.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Select a layer made by Accessibility, Care gaps, Care deserts or Care blocks (its units) in the Layers panel to see its figures and charts here, or run Accessibility with the button below.</source>
        <translation>&lt;b&gt;No hay ningún resultado de CareMap seleccionado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Seleccione en el panel Capas una capa hecha por Accesibilidad, Brechas de cuidado, Desiertos de cuidado o Manzanas del cuidado (sus unidades) para ver aquí sus cifras y gráficos, o ejecute Accesibilidad con el botón de abajo.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="368"/>
        <source>Layer {0} has no numeric field to read the demand from: choose a result layer that keeps its demand field (people of the cohort).</source>
        <translation>La capa {0} no tiene ningún campo numérico del que leer la demanda: elija una capa de resultados que conserve su campo de demanda (personas de la cohorte).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="380"/>
        <source>Layer {0} has no care block fields (covered_dependants, covered_caregivers): run Care blocks and select its units output to see the people each block reaches.</source>
        <translation>La capa {0} no tiene campos de manzanas del cuidado (covered_dependants, covered_caregivers): ejecute Manzanas del cuidado y seleccione su salida de unidades para ver las personas que alcanza cada manzana.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="382"/>
        <source>No care block reaches a unit of layer {0}.</source>
        <translation>Ninguna manzana del cuidado alcanza una unidad de la capa {0}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="385"/>
        <source>Layer {0} has no time-window fields (covered_&lt;label&gt;): run Accessibility with the facilities&apos; opening hours and caregivers&apos; time windows (e.g. evening=Mo-Fr 17:00-20:00) to see the share of demand covered in each window.</source>
        <translation>La capa {0} no tiene campos de ventanas horarias (covered_&lt;label&gt;): ejecute Accesibilidad con los horarios de apertura de los equipamientos y las ventanas horarias de las personas cuidadoras (p. ej. evening=Mo-Fr 17:00-20:00) para ver la proporción de la demanda cubierta en cada ventana.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="388"/>
        <source>No demand in layer {0}: the time-of-day profile needs people in at least one unit.</source>
        <translation>No hay demanda en la capa {0}: el perfil según la hora del día necesita personas en al menos una unidad.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>Layer {0} has no travel time to the nearest facility (field cost_nearest): run Accessibility to see the coverage curve.</source>
        <translation>La capa {0} no tiene tiempo de viaje hasta el equipamiento más cercano (campo cost_nearest): ejecute Accesibilidad para ver la curva de cobertura.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="394"/>
        <source>No demand in layer {0}: the coverage curve needs people in at least one unit.</source>
        <translation>No hay demanda en la capa {0}: la curva de cobertura necesita personas en al menos una unidad.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Layer {0} has no access field: run Accessibility on it to see this chart.</source>
        <translation>La capa {0} no tiene campo de acceso: ejecute Accesibilidad sobre ella para ver este gráfico.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="470"/>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="470"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="471"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="510"/>
        <source>Algorithm {0} is not available.</source>
        <translation>El algoritmo {0} no está disponible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="74"/>
        <source>%n unit(s) without a value in {0}, left out of the figures.</source>
        <translation>
            <numerusform>%n unidad sin valor en {0}, excluida de las cifras.</numerusform>
            <numerusform>%n unidades sin valor en {0}, excluidas de las cifras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="77"/>
        <source>No demand in this layer: {0} is 0 in every unit.</source>
        <translation>Sin demanda en esta capa: {0} es 0 en todas las unidades.</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="79"/>
        <source>No capacity: the facilities within reach have 0 places.</source>
        <translation>Sin capacidad: los equipamientos al alcance tienen 0 cupos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="81"/>
        <source>%n unit(s) cannot reach any facility within the search limit ({0} people).</source>
        <translation>
            <numerusform>%n unidad no puede alcanzar ningún equipamiento dentro del límite de búsqueda ({0} personas).</numerusform>
            <numerusform>%n unidades no pueden alcanzar ningún equipamiento dentro del límite de búsqueda ({0} personas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="95"/>
        <source>{0:.0f}% of demand</source>
        <translation>{0:.0f}% de la demanda</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="98"/>
        <source>of {0} needed</source>
        <translation>de {0} necesarias</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="103"/>
        <source>People within {0:g} min</source>
        <translation>Personas a {0:g} min o menos</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="103"/>
        <source>People reaching a facility</source>
        <translation>Personas que alcanzan un equipamiento</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="105"/>
        <source>People whose nearest facility is at most {0:g} minutes away (cost_nearest, the Access threshold above)</source>
        <translation>Personas cuyo equipamiento más cercano está a {0:g} minutos o menos (cost_nearest, el Umbral de acceso de arriba)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="107"/>
        <source>People in units that reach a facility within the threshold of the accessibility run (field covered)</source>
        <translation>Personas en unidades que alcanzan un equipamiento dentro del umbral de la ejecución de accesibilidad (campo covered)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="110"/>
        <source>People in care deserts</source>
        <translation>Personas en desiertos de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="111"/>
        <source>People in units that the Care deserts run classed as deserts (field desert)</source>
        <translation>Personas en unidades que la ejecución de Desiertos de cuidado clasificó como desiertos (campo desert)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="113"/>
        <source>Places missing for {0:g}/person</source>
        <translation>Cupos faltantes para {0:g}/persona</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="114"/>
        <source>Places missing so that every unit reaches the policy target of {0:g} places per person (the control above), summed over the units below it; a surplus in one unit does not fill another&apos;s gap</source>
        <translation>Cupos que faltan para que cada unidad alcance la meta de política de {0:g} cupos por persona (el control de arriba), sumados sobre las unidades por debajo de ella; el excedente de una unidad no cubre la brecha de otra</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="144"/>
        <source>share unknown: the field the run read is not in this layer</source>
        <translation>proporción desconocida: el campo que leyó la ejecución no está en esta capa</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="145"/>
        <source>{0:.1f}% of them</source>
        <translation>el {0:.1f}% de ellas</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="147"/>
        <source>({0:.1f}% before)</source>
        <translation>({0:.1f}% antes)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="151"/>
        <source>People who need care reached</source>
        <translation>Personas que necesitan cuidado alcanzadas</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="152"/>
        <source>People who need care (field {0}) in units within the walking radius of a care block (covered_dependants)</source>
        <translation>Personas que necesitan cuidado (campo {0}) en unidades dentro del radio de caminata de una manzana del cuidado (covered_dependants)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="154"/>
        <source>Caregivers reached</source>
        <translation>Personas cuidadoras alcanzadas</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="155"/>
        <source>Caregivers (field {0}) in units within the walking radius of a care block (covered_caregivers)</source>
        <translation>Personas cuidadoras (campo {0}) en unidades dentro del radio de caminata de una manzana del cuidado (covered_caregivers)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="158"/>
        <source>%n new block(s)</source>
        <translation>
            <numerusform>%n nueva manzana</numerusform>
            <numerusform>%n nuevas manzanas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="159"/>
        <source>Blocks that reach at least one unit (field block), new and already open</source>
        <translation>Manzanas que alcanzan al menos una unidad (campo block), nuevas y ya abiertas</translation>
    </message>
    <message>
        <source>catchment,service area,isochrone,travel time,network,buffer</source>
        <translation type="vanished">área de influencia,área de servicio,isócrona,tiempo de viaje,red,buffer</translation>
    </message>
    <message>
        <source>From where can each facility be reached within 10, 15 or 20 minutes? It draws, around every facility, the area from which it is reached within each threshold: along the streets of a road network, or as a circle (straight line).

How to read the results:
- Catchment areas: one polygon per facility and threshold, with the facility&apos;s own fields, threshold (the travel limit of the polygon) and cost_unit (minutes or meters) with cost_speed_kmh (the speed used) saying what the threshold is in. The larger thresholds are drawn underneath.
- With &apos;Dissolve per threshold&apos;, one polygon per threshold: the whole area served.

Example: walking at 5.04 km/h (84 m a minute), a 10-minute catchment along the streets covers the streets within 840 m of walking from the facility, widened by 50 m; in a straight line it is a circle of 840 m radius. A street grid makes walking routes longer than the straight line, so the road network polygon is smaller than the circle (often by a third).

Good to know:
- A facility farther from the road network than the largest snap distance gets no road network catchment (a warning counts them).
- The outline (hull) is a quick envelope of the streets reached and may cover a park or a block without streets; &apos;buffer&apos; follows the streets themselves (slower).
- A catchment stops where the road network stops: cut the network generously around the study area.</source>
        <translation type="vanished">¿Desde dónde se puede llegar a cada equipamiento en 10, 15 o 20 minutos? Dibuja, alrededor de cada equipamiento, el área desde la que se llega a él dentro de cada umbral: por las calles de una red vial, o como un círculo (línea recta).

Cómo leer los resultados:
- Áreas de influencia: un polígono por equipamiento y umbral, con los propios campos del equipamiento, threshold (el límite de viaje del polígono) y cost_unit (minutos o metros) con cost_speed_kmh (la velocidad usada), que indican en qué unidad está el umbral. Los umbrales mayores se dibujan debajo.
- Con &apos;Disolver por umbral&apos;, un polígono por umbral: toda el área atendida.

Ejemplo: a pie a 5,04 km/h (84 m por minuto), un área de influencia de 10 minutos por las calles cubre las calles a menos de 840 m de caminata desde el equipamiento, ensanchadas 50 m; en línea recta es un círculo de 840 m de radio. Una trama de calles hace que los recorridos a pie sean más largos que la línea recta, por lo que el polígono de la red vial es más pequeño que el círculo (a menudo en un tercio).

Conviene saber:
- Un equipamiento más alejado de la red vial que la mayor distancia de enganche no recibe área de influencia por la red vial (una advertencia los cuenta).
- El contorno (envolvente) es una envoltura rápida de las calles alcanzadas y puede cubrir un parque o una manzana sin calles; &apos;buffer&apos; sigue las propias calles (más lento).
- Un área de influencia se detiene donde se detiene la red vial: recorte la red con amplitud alrededor del área de estudio.</translation>
    </message>
    <message>
        <source>Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed). Typical: the road network.</source>
        <translation type="vanished">Por la red vial: las calles alcanzadas dentro de cada umbral, como un polígono; línea recta: un círculo cuyo radio es el umbral (metros, o minutos por la velocidad de viaje). Típico: la red vial.</translation>
    </message>
    <message>
        <source>Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Typical: hull.</source>
        <translation type="vanished">Forma del polígono por la red vial: hull = un contorno de las calles alcanzadas, ensanchado por el buffer (rápido); buffer = las propias calles alcanzadas, ensanchadas por el buffer (detallado, más lento). Típico: hull.</translation>
    </message>
    <message>
        <source>Width in metres added around the streets reached or their outline (road network only). Typical: 50 m.</source>
        <translation type="vanished">Ancho en metros agregado alrededor de las calles alcanzadas o de su contorno (solo red vial). Típico: 50 m.</translation>
    </message>
    <message>
        <source>How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape. Typical: 0.3.</source>
        <translation type="vanished">Cuánto se ciñe el contorno a las calles alcanzadas, de 0 (lo más ceñido) a 1 (convexo), para la forma de envolvente. Típico: 0.3.</translation>
    </message>
    <message>
        <source>Catchment polygons: the facility&apos;s fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved).</source>
        <translation type="vanished">Polígonos de áreas de influencia: los campos del equipamiento más threshold, cost_unit y cost_speed_kmh (uno por umbral si se disuelven).</translation>
    </message>
    <message>
        <source>About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: this may run out of memory. Use a smaller threshold, fewer points, or raise the budget in {3}.</source>
        <translation type="vanished">Unos {0:.0f} pares al alcance necesitan unos {1} de memoria, más que el presupuesto de memoria de {2}: esto puede agotar la memoria. Use un umbral menor o menos puntos, o aumente el presupuesto en {3}.</translation>
    </message>
    <message>
        <source>Numeric field with the caregivers of each unit, e.g. women aged 15 or more who only do unpaid care work, or single mothers heading a household; NULL counts as 0, with a warning. Typical: women_15_64 (women of working age, as in CareMap&apos;s care demand).</source>
        <translation type="vanished">Campo numérico con las personas cuidadoras de cada unidad, p. ej. las mujeres de 15 años o más que solo realizan trabajo de cuidado no remunerado, o las madres solas jefas de hogar; NULL cuenta como 0, con una advertencia. Típico: women_15_64 (mujeres en edad de trabajar, como en la demanda de cuidado de CareMap).</translation>
    </message>
    <message>
        <source>Which units have many people who need care and no care service close enough? A care desert (the rule of the Care Georeferencing Tool) is a unit with high demand and low access.

How to read the results:
- Care deserts (one row per unit, with its own fields): z_demand = how far the unit&apos;s demand is above or below the average, in standard deviations; demand_threshold = the z-score from which demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of the unit&apos;s district with districts); high_demand (0/1); adj_threshold = the access threshold used for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by neither mode, 2 reachable only by the second mode (always 1 without a second mode); with a public transport feed and the care facilities, cost_transit = the travel time by public transport to the nearest facility in minutes (walking to the stop, waiting, riding, changing, walking to the facility; NULL when none is within four times the second threshold, and at least 60 minutes); with a caregivers&apos; window, temporal_desert (0/1) = high demand and care within reach at some hour, but none open within reach in that window (a temporal care desert).
- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) per district.
- Summary on the district polygons: that table on the district polygons, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its demand is not high; the block of 90 has a facility at 12 minutes). If the facility 12 minutes from the block of 90 closes at 17:00 and the window is Monday to Friday 17:00-20:00 (covered_evening = 0), that block is a temporal care desert. With a second mode, a desert whose nearest facility is 40 minutes away on foot but 24 minutes away by bus (a 3-minute walk to the stop, 7 minutes waiting, 10 minutes riding, a 4-minute walk) has desert_type 2 with the 30-minute threshold; at 35 minutes by bus it has desert_type 1.

The second mode is usually public transport: either a field of travel times you bring, or CareMap computes it from a public transport feed (GTFS), the care facilities, a departure date and time, and optionally a window of departure minutes (see Accessibility to care for the same options).

Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it as accessible). Units near the edge of the study area may look farther from care than they are. Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an error.</source>
        <translation type="vanished">¿Qué unidades tienen muchas personas que necesitan cuidado y ningún servicio de cuidado lo bastante cerca? Un desierto de cuidado (la regla de la Herramienta de Georreferenciación de Cuidados) es una unidad con alta demanda y bajo acceso.

Cómo leer los resultados:
- Desiertos de cuidado (una fila por unidad, con sus propios campos): z_demand = cuánto está la demanda de la unidad por encima o por debajo del promedio, en desviaciones estándar; demand_threshold = el puntaje z a partir del cual la demanda cuenta como alta (la mediana de los puntajes z positivos de la ciudad o, con distritos, de todos los puntajes z del distrito de la unidad); high_demand (0/1); adj_threshold = el umbral de acceso usado para la unidad, en minutos; low_access (0/1) = el equipamiento más cercano está más lejos que el umbral, o no se alcanza ninguno; desert (0/1) = alta demanda y bajo acceso; desert_type = 1 no alcanzable por ningún modo, 2 alcanzable solo por el segundo modo (siempre 1 sin segundo modo); con un feed de transporte público y los equipamientos de cuidado, cost_transit = el tiempo de viaje en transporte público hasta el equipamiento más cercano, en minutos (caminar hasta la parada, esperar, viajar, hacer transbordo, caminar hasta el equipamiento; NULL cuando no hay ninguno dentro de cuatro veces el segundo umbral, con un mínimo de 60 minutos); con una ventana de las personas cuidadoras, temporal_desert (0/1) = alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto al alcance en esa ventana (un desierto de cuidado temporal).
- Desiertos de cuidado por distrito: units, deserts, population, population_in_deserts y share (0 a 1) por distrito.
- Resumen sobre los polígonos de distritos: esa tabla sobre los polígonos de distritos, para mapearla (se crea cuando se indican polígonos de distritos).

Ejemplo: en la ciudad de demostración del tutorial, con la caminata de 10 minutos hasta el cuidado infantil y la regla de la mediana por distrito, 209 manzanas son desiertos de cuidado, donde viven 7.720 niñas y niños de 0-5 años (el 7,5 % de ellos); Los Rosales tiene más que ningún otro distrito, 1.581 niñas y niños (el 20,9 % de sus niñas y niños). A mano: seis manzanas con 10, 20, 60, 80, 90 y 40 niñas y niños, con el equipamiento más cercano a 5, 25, ninguno, 25, 12 y 30 minutos, y un umbral de 20 minutos: solo la manzana de 80 es un desierto (la de 60 no alcanza nada, pero su demanda no es alta; la de 90 tiene un equipamiento a 12 minutos). Si el equipamiento que está a 12 minutos de la manzana de 90 cierra a las 17:00 y la ventana es de lunes a viernes de 17:00 a 20:00 (covered_evening = 0), esa manzana es un desierto de cuidado temporal. Con un segundo modo, un desierto cuyo equipamiento más cercano está a 40 minutos a pie pero a 24 minutos en bus (3 minutos a pie hasta la parada, 7 minutos de espera, 10 minutos de viaje y 4 minutos a pie) tiene desert_type 2 con el umbral de 30 minutos; a 35 minutos en bus tiene desert_type 1.

El segundo modo suele ser el transporte público: o bien un campo de tiempos de viaje que usted aporta, o bien CareMap lo calcula a partir de un feed de transporte público (GTFS), los equipamientos de cuidado, una fecha y hora de salida y, opcionalmente, una ventana de minutos de salida (vea Accesibilidad al cuidado para las mismas opciones).

Precauciones: una unidad que no alcanza ningún equipamiento cuenta como de bajo acceso (la herramienta de referencia la cuenta como accesible). Las unidades cercanas al borde del área de estudio pueden parecer más lejos del cuidado de lo que están. Una demanda igual en todas partes no da ningún desierto (con advertencia). Las personas NULL o los distritos NULL son un error.</translation>
    </message>
    <message>
        <source>The whole care map in one run: from the facility layers and the census blocks to where care is missing and which blocks come first. It runs, with one progress bar: 1) the care supply inventory of the facility layers (field mappings, cleaning, duplicates, full-day-equivalent places); 2) the care demand of the blocks from their age-band fields (e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) accessibility to care, optionally only to the facilities for one target group; 4) care gaps against the policy target (or the targets per age band); 5) care deserts (by district); 6) the care priority index from unmet demand, low access and the vulnerability fields; optionally 7) the HTML (and PDF) report.

How to read the results:
- Care map units: the blocks with every indicator: care_demand (people), access (places per person within reach), cost_nearest (minutes to the nearest facility), covered, coverage (places per 100 people), unmet (people without a place), desert (0/1), priority and priority_quintile (5 = the 20% first).
- Care supply inventory: the facilities kept, with capacity_fde (full-day-equivalent places).
- Facilities with catchment ratio: places per person within each facility&apos;s reach.
- Care deserts by district: units, deserts, population and share per district.
- With the facilities&apos; opening hours and caregivers&apos; time windows (Advanced), the units also get access_&lt;label&gt; and covered_&lt;label&gt; per window and temporal_desert (1 = care within reach at some hour, but none open in the chosen window), and the report says the share covered in each window.

Example: on the demo city of the tutorial (children 0-5, a 10-minute walk, one place per three children), the chain gives the numbers of the tutorial&apos;s steps 2 to 9 in one run: about 90% of the children have a facility within 10 minutes, and 7.5% of them live in care deserts.

Caveats: each step uses its defaults except what is set here; open the single algorithms to change the others (the same chain ships as a Graphical Modeler model, models/care_map.model3). Units near the edge of the study area may miss facilities just outside it.</source>
        <translation type="vanished">Todo el mapa de cuidado en una sola ejecución: de las capas de equipamientos y las manzanas censales a dónde falta cuidado y qué manzanas van primero. Ejecuta, con una sola barra de progreso: 1) el inventario de la oferta de cuidado de las capas de equipamientos (correspondencias de campos, limpieza, duplicados, cupos equivalentes de jornada completa); 2) la demanda de cuidado de las manzanas a partir de sus campos por grupo de edad (p. ej. &apos;p_0_2:0-2;p_3_5:3-5&apos; con pesos iguales da las niñas y niños de 0-5 años; la escala de Madrid da unidades de cuidado para toda la población); 3) la accesibilidad al cuidado, opcionalmente solo a los equipamientos de un grupo objetivo; 4) las brechas de cuidado respecto de la meta de política (o de las metas por grupo de edad); 5) los desiertos de cuidado (por distrito); 6) el índice de prioridad de cuidado a partir de la demanda no atendida, el bajo acceso y los campos de vulnerabilidad; opcionalmente 7) el informe HTML (y PDF).

Cómo leer los resultados:
- Unidades del mapa de cuidado: las manzanas con todos los indicadores: care_demand (personas), access (cupos por persona al alcance), cost_nearest (minutos hasta el equipamiento más cercano), covered, coverage (cupos por cada 100 personas), unmet (personas sin cupo), desert (0/1), priority y priority_quintile (5 = el primer 20 %).
- Inventario de la oferta de cuidado: los equipamientos conservados, con capacity_fde (cupos equivalentes de jornada completa).
- Equipamientos con razón del área de influencia: cupos por persona al alcance de cada equipamiento.
- Desiertos de cuidado por distrito: units, deserts, population y share por distrito.
- Con los horarios de apertura de los equipamientos y las ventanas horarias de las personas cuidadoras (parámetros avanzados), las unidades reciben además access_&lt;label&gt; y covered_&lt;label&gt; por ventana y temporal_desert (1 = cuidado al alcance a alguna hora, pero ninguno abierto en la ventana elegida), y el informe indica la proporción cubierta en cada ventana.

Ejemplo: en la ciudad de demostración del tutorial (niñas y niños de 0-5 años, una caminata de 10 minutos, un cupo por cada tres niñas y niños), la cadena da las cifras de los pasos 2 a 9 del tutorial en una sola ejecución: cerca del 90 % de las niñas y niños tiene un equipamiento a 10 minutos o menos, y el 7,5 % vive en desiertos de cuidado.

Precauciones: cada paso usa sus valores por defecto salvo lo que se fija aquí; abra los algoritmos individuales para cambiar los demás (la misma cadena se incluye como modelo del Modelador gráfico, models/care_map.model3). A las unidades cercanas al borde del área de estudio pueden faltarles equipamientos situados justo fuera de ella.</translation>
    </message>
    <message>
        <source>How much care do the people of each block need, and who is there to give it? From the number of people per age band of each unit (census block, tract, grid cell), this tool computes the care demand, the dependants and the potential caregivers.

How to read the results (the units, with their own fields and these):
- care_demand: people weighted by how much care their age needs (care units). With equal weights it is simply the number of people in the chosen bands (e.g. children 0-5); with Durán&apos;s Madrid scale a child 0-4 counts 2, an adult 18-64 counts 1 and a person 85+ counts 2.
- pop_bands: the people in the chosen age bands.
- dep_children (under 15), dep_older (65 and over), dependents and their shares share_children, share_older (0-1).
- caregivers: the potential caregivers (the caregivers field, e.g. women 15-64, or else the people aged 15-64 of the bands); care_intensity = dependants per caregiver (NULL where there is no caregiver).
- For polygons: pop_density and demand_density, per km2.

Example: in the demo city, all seven age bands with the Madrid scale give about 1.53 million care units for 1.27 million people (1.20 per person), and the median block has 0.94 dependants per woman aged 15-64; the bands 0-2 and 3-5 with equal weights give 102,803 children, the care demand of childcare.

Caveats: a unit with no value (NULL) in one of its age bands gets no care demand (counted in the log): fill it in, or it counts as no demand at all. Bands that do not match the scale&apos;s ages get the mean weight of the years they span, and an open band such as 80+ is taken to span the years set under &apos;Years spanned by an open band such as 80+&apos; (80-89 by default). The weights and formulas are in docs/methods.md.</source>
        <translation type="vanished">¿Cuánto cuidado necesitan las personas de cada manzana y quién está ahí para darlo? A partir del número de personas por grupo de edad de cada unidad (manzana censal, sector, celda de grilla), esta herramienta calcula la demanda de cuidado, las personas dependientes y las personas cuidadoras potenciales.

Cómo leer los resultados (las unidades, con sus propios campos y estos):
- care_demand: personas ponderadas según cuánto cuidado necesita su edad (unidades de cuidado). Con pesos iguales es simplemente el número de personas de los grupos elegidos (p. ej. niñas y niños de 0-5 años); con la escala de Madrid de Durán, una niña o niño de 0-4 años cuenta 2, un adulto de 18-64 cuenta 1 y una persona de 85 o más cuenta 2.
- pop_bands: las personas de los grupos de edad elegidos.
- dep_children (menores de 15), dep_older (65 y más), dependents y sus proporciones share_children, share_older (0-1).
- caregivers: las personas cuidadoras potenciales (el campo de cuidadoras, p. ej. mujeres de 15-64 años, o si no las personas de 15-64 años de los grupos); care_intensity = personas dependientes por persona cuidadora (NULL donde no hay ninguna persona cuidadora).
- Para polígonos: pop_density y demand_density, por km2.

Ejemplo: en la ciudad de demostración, los siete grupos de edad con la escala de Madrid dan unos 1,53 millones de unidades de cuidado para 1,27 millones de personas (1,20 por persona), y la manzana mediana tiene 0,94 personas dependientes por mujer de 15-64 años; los grupos 0-2 y 3-5 con pesos iguales dan 102.803 niñas y niños, la demanda de cuidado infantil.

Precauciones: una unidad sin valor (NULL) en uno de sus grupos de edad no recibe demanda de cuidado (se cuenta en el registro): complete el dato, o contará como si no tuviera demanda. Los grupos que no coinciden con las edades de la escala reciben el peso medio de los años que abarcan, y un grupo abierto como 80+ se toma como si abarcara los años fijados en &apos;Años que abarca un grupo abierto como 80+&apos; (80-89 por defecto). Los pesos y las fórmulas están en docs/methods.md.</translation>
    </message>
    <message>
        <source>The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity and, for polygons, pop_density and demand_density.</source>
        <translation type="vanished">Las unidades con care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity y, para polígonos, pop_density y demand_density.</translation>
    </message>
    <message>
        <source>care,desert,high demand,low access,z-score,type 1,type 2</source>
        <translation type="vanished">cuidado,desierto,alta demanda,bajo acceso,puntaje z,tipo 1,tipo 2</translation>
    </message>
    <message>
        <source>Which units have many people who need care and no care service close enough? A care desert (the rule of the Care Georeferencing Tool) is a unit with high demand and low access.

How to read the results:
- Care deserts (one row per unit, with its own fields): z_demand = how far the unit&apos;s demand is above or below the average, in standard deviations; demand_threshold = the z-score from which demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of the unit&apos;s district with districts); high_demand (0/1); adj_threshold = the access threshold used for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by neither mode, 2 reachable only by the second mode (always 1 without a second mode); with a caregivers&apos; window, temporal_desert (0/1) = high demand and care within reach at some hour, but none open within reach in that window (a temporal care desert).
- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) per district.
- Summary on the district polygons: that table on the district polygons, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its demand is not high; the block of 90 has a facility at 12 minutes). If the facility 12 minutes from the block of 90 closes at 17:00 and the window is Monday to Friday 17:00-20:00 (covered_evening = 0), that block is a temporal care desert.

Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it as accessible). Units near the edge of the study area may look farther from care than they are. Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an error.</source>
        <translation type="vanished">¿Qué unidades tienen muchas personas que necesitan cuidado y ningún servicio de cuidado lo bastante cerca? Un desierto de cuidado (la regla de la Herramienta de Georreferenciación de Cuidados) es una unidad con alta demanda y bajo acceso.

Cómo leer los resultados:
- Desiertos de cuidado (una fila por unidad, con sus propios campos): z_demand = cuánto está la demanda de la unidad por encima o por debajo del promedio, en desviaciones estándar; demand_threshold = el puntaje z a partir del cual la demanda cuenta como alta (la mediana de los puntajes z positivos de la ciudad o, con distritos, de todos los puntajes z del distrito de la unidad); high_demand (0/1); adj_threshold = el umbral de acceso usado para la unidad, en minutos; low_access (0/1) = el equipamiento más cercano está más lejos que el umbral, o no se alcanza ninguno; desert (0/1) = alta demanda y bajo acceso; desert_type = 1 no alcanzable por ningún modo, 2 alcanzable solo por el segundo modo (siempre 1 sin segundo modo); con una ventana de las personas cuidadoras, temporal_desert (0/1) = alta demanda y cuidado al alcance a alguna hora, pero ninguno abierto al alcance en esa ventana (un desierto de cuidado temporal).
- Desiertos de cuidado por distrito: units, deserts, population, population_in_deserts y share (0 a 1) por distrito.
- Resumen sobre los polígonos de distritos: esa tabla sobre los polígonos de distritos, para mapearla (se crea cuando se indican polígonos de distritos).

Ejemplo: en la ciudad de demostración del tutorial, con la caminata de 10 minutos hasta el cuidado infantil y la regla de la mediana por distrito, 209 manzanas son desiertos de cuidado, donde viven 7.720 niñas y niños de 0-5 años (el 7,5 % de ellos); Los Rosales tiene más que ningún otro distrito, 1.581 niñas y niños (el 20,9 % de sus niñas y niños). A mano: seis manzanas con 10, 20, 60, 80, 90 y 40 niñas y niños, con el equipamiento más cercano a 5, 25, ninguno, 25, 12 y 30 minutos, y un umbral de 20 minutos: solo la manzana de 80 es un desierto (la de 60 no alcanza nada, pero su demanda no es alta; la de 90 tiene un equipamiento a 12 minutos). Si el equipamiento que está a 12 minutos de la manzana de 90 cierra a las 17:00 y la ventana es de lunes a viernes de 17:00 a 20:00 (covered_evening = 0), esa manzana es un desierto de cuidado temporal.

Precauciones: una unidad que no alcanza ningún equipamiento cuenta como de bajo acceso (la herramienta de referencia la cuenta como accesible). Las unidades cercanas al borde del área de estudio pueden parecer más lejos del cuidado de lo que están. Una demanda igual en todas partes no da ningún desierto (con advertencia). Las personas NULL o los distritos NULL son un error.</translation>
    </message>
    <message>
        <source>Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Campo opcional con el tiempo de viaje en minutos por un segundo modo (p. ej. transporte público; se convierte como el primer costo); los desiertos alcanzables por él reciben desert_type 2. Típico: vacío, o minutos en transporte público.</translation>
    </message>
    <message>
        <source>The whole care map in one run: from the facility layers and the census blocks to where care is missing and which blocks come first. It runs, with one progress bar: 1) the care supply inventory of the facility layers (field mappings, cleaning, duplicates, full-day-equivalent places); 2) the care demand of the blocks from their age-band fields (e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) accessibility to care, optionally only to the facilities for one target group; 4) care gaps against the policy target (or the targets per age band); 5) care deserts (by district); 6) the care priority index from unmet demand, low access and the vulnerability fields; optionally 7) the HTML (and PDF) report.

How to read the results:
- Care map units: the blocks with every indicator: care_demand (people), access (places per person within reach), cost_nearest (minutes to the nearest facility), covered, coverage (places per 100 people), unmet (people without a place), desert (0/1), priority and priority_quintile (5 = the 20% first).
- Care supply inventory: the facilities kept, with capacity_fde (full-day-equivalent places).
- Facilities with catchment ratio: places per person within each facility&apos;s reach.
- Care deserts by district: units, deserts, population and share per district.

Example: on the demo city of the tutorial (children 0-5, a 10-minute walk, one place per three children), the chain gives the numbers of the tutorial&apos;s steps 2 to 9 in one run: about 90% of the children have a facility within 10 minutes, and 7.5% of them live in care deserts.

Caveats: each step uses its defaults except what is set here; open the single algorithms to change the others (the same chain ships as a Graphical Modeler model, models/care_map.model3). Units near the edge of the study area may miss facilities just outside it.</source>
        <translation type="vanished">Todo el mapa de cuidado en una sola ejecución: de las capas de equipamientos y las manzanas censales a dónde falta cuidado y qué manzanas van primero. Ejecuta, con una sola barra de progreso: 1) el inventario de la oferta de cuidado de las capas de equipamientos (correspondencias de campos, limpieza, duplicados, cupos equivalentes de jornada completa); 2) la demanda de cuidado de las manzanas a partir de sus campos por grupo de edad (p. ej. &apos;p_0_2:0-2;p_3_5:3-5&apos; con pesos iguales da las niñas y niños de 0-5 años; la escala de Madrid da unidades de cuidado para toda la población); 3) la accesibilidad al cuidado, opcionalmente solo a los equipamientos de un grupo objetivo; 4) las brechas de cuidado respecto de la meta de política (o de las metas por grupo de edad); 5) los desiertos de cuidado (por distrito); 6) el índice de prioridad de cuidado a partir de la demanda no atendida, el bajo acceso y los campos de vulnerabilidad; opcionalmente 7) el informe HTML (y PDF).

Cómo leer los resultados:
- Unidades del mapa de cuidado: las manzanas con todos los indicadores: care_demand (personas), access (cupos por persona al alcance), cost_nearest (minutos hasta el equipamiento más cercano), covered, coverage (cupos por cada 100 personas), unmet (personas sin cupo), desert (0/1), priority y priority_quintile (5 = el primer 20 %).
- Inventario de la oferta de cuidado: los equipamientos conservados, con capacity_fde (cupos equivalentes de jornada completa).
- Equipamientos con razón del área de influencia: cupos por persona al alcance de cada equipamiento.
- Desiertos de cuidado por distrito: units, deserts, population y share por distrito.

Ejemplo: en la ciudad de demostración del tutorial (niñas y niños de 0-5 años, una caminata de 10 minutos, un cupo por cada tres niñas y niños), la cadena da las cifras de los pasos 2 a 9 del tutorial en una sola ejecución: cerca del 90 % de las niñas y niños tiene un equipamiento a 10 minutos o menos, y el 7,5 % vive en desiertos de cuidado.

Precauciones: cada paso usa sus valores por defecto salvo lo que se fija aquí; abra los algoritmos individuales para cambiar los demás (la misma cadena se incluye como modelo del Modelador gráfico, models/care_map.model3). A las unidades cercanas al borde del área de estudio pueden faltarles equipamientos situados justo fuera de ella.</translation>
    </message>
    <message>
        <source>Which units should come first? The care priority index combines several indicators of need (unmet demand, low access, poverty, female-headed households...) into one score per unit, ranks the units and shows how much each indicator adds to each score.

How to read the results:
- Care priority index (one row per unit, with its own fields): priority = the score, from 0 to 1 with the min-max or rank normalisation (higher = more priority); priority_rank = 1 for the highest priority (ties share a rank); priority_quintile = 5 for the 20% of units with the highest priority, down to 1 for the lowest 20%; contrib_ followed by the field name = what that indicator adds to the score (weight x normalised value), so a score can be explained indicator by indicator.

Weights: write them tied to the field names, e.g. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (each ticked indicator once; they are rescaled to sum 1). Empty = equal weights. A plain list of numbers (&apos;2,1,1,1&apos;) is still accepted, paired with the indicators in the order they are listed (in the dialog: the order of the fields in the layer, not the order they were ticked), so the log shows the weight each indicator got.

Example: in the demo city of the tutorial, unmet demand (weight 2), access (lower = more priority), poverty and female-headed households (weight 1 each), normalised by rank: 598 blocks are in the top quintile, 38% of them in El Porvenir, followed by Las Américas; only 8% of them are care deserts. By hand: three blocks with unmet demand 10, 50, 30 and access 0.2, 0.1, 0.5, weights &apos;unmet:2, access:1&apos;, min-max: priority 0.25, 1.00 and 0.33, ranks 3, 1 and 2.

Caveats: the weights are a choice, not a fact: say who chose them. An indicator with the same value everywhere adds nothing (warned); NULL indicator values are an error.</source>
        <translation type="vanished">¿Qué unidades deberían ir primero? El índice de prioridad de cuidado combina varios indicadores de necesidad (demanda no atendida, bajo acceso, pobreza, hogares con jefatura femenina...) en un puntaje por unidad, ordena las unidades y muestra cuánto aporta cada indicador a cada puntaje.

Cómo leer los resultados:
- Índice de prioridad de cuidado (una fila por unidad, con sus propios campos): priority = el puntaje, de 0 a 1 con la normalización mín-máx o por rango (más alto = más prioridad); priority_rank = 1 para la prioridad más alta (los empates comparten rango); priority_quintile = 5 para el 20 % de las unidades con la prioridad más alta, hasta 1 para el 20 % más bajo; contrib_ seguido del nombre del campo = lo que ese indicador aporta al puntaje (peso x valor normalizado), de modo que un puntaje se puede explicar indicador por indicador.

Pesos: escríbalos ligados a los nombres de los campos, p. ej. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (cada indicador marcado una vez; se reescalan para que sumen 1). Vacío = pesos iguales. Se sigue aceptando una simple lista de números (&apos;2,1,1,1&apos;), emparejada con los indicadores en el orden en que aparecen listados (en el diálogo: el orden de los campos en la capa, no el orden en que se marcaron), de modo que el registro muestra el peso que recibió cada indicador.

Ejemplo: en la ciudad de demostración del tutorial, con la demanda no atendida (peso 2), el acceso (más bajo = más prioridad), la pobreza y los hogares con jefatura femenina (peso 1 cada uno), normalizados por rango: 598 manzanas están en el quintil superior, el 38 % de ellas en El Porvenir, seguido de Las Américas; solo el 8 % de ellas son desiertos de cuidado. A mano: tres manzanas con demanda no atendida 10, 50 y 30 y acceso 0,2; 0,1 y 0,5, pesos &apos;unmet:2, access:1&apos;, mín-máx: prioridad 0,25; 1,00 y 0,33, rangos 3, 1 y 2.

Precauciones: los pesos son una elección, no un hecho: diga quién los eligió. Un indicador con el mismo valor en todas partes no aporta nada (con advertencia); los valores NULL de los indicadores son un error.</translation>
    </message>
    <message>
        <source>What does the care map say, in a form a council can read? Writes a self-contained HTML report (it opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the area, the date, the key numbers as sentences and an overview map; then one map per indicator (with the district outlines and names and the streets as a light base), the charts, what each indicator means and a table of the method and parameters.

How to read the results: the sentences say what each number counts (people of the cohort within the travel time, places per person, places missing for the policy target, people in care deserts). The maps use the layer&apos;s own fields: care_demand (people), access (places per person), cost_nearest (minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left out. The figures returned are the same numbers.

Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads &apos;92,708 children under 6 (90%) live within 10 minutes&apos; walk of the nearest facility&apos;.

Caveats: give the travel time the analysis used, since the report quotes it but does not recompute the access; text from the layers (district and facility names) is shown as text, never run.</source>
        <translation type="vanished">¿Qué dice el mapa de cuidado, en una forma que un concejo pueda leer? Escribe un informe HTML autocontenido (se abre en cualquier navegador, sin necesidad de internet) y, si usted lo pide, un PDF. La página 1 da el título, el área, la fecha, las cifras clave en forma de frases y un mapa general; luego un mapa por indicador (con los contornos y nombres de los distritos y las calles como base tenue), los gráficos, qué significa cada indicador y una tabla del método y los parámetros.

Cómo leer los resultados: las frases dicen qué cuenta cada número (personas de la cohorte dentro del tiempo de viaje, cupos por persona, cupos que faltan para la meta de política, personas en desiertos de cuidado). Los mapas usan los propios campos de la capa: care_demand (personas), access (cupos por persona), cost_nearest (minutos), desert (1 = desierto de cuidado) y priority (0 a 1); una parte cuyo campo falta se omite. Las cifras devueltas son los mismos números.

Ejemplo: con la ciudad de demostración del tutorial y una caminata de 10 minutos, la página 1 dice &apos;92.708 niñas y niños menores de 6 años (90 %) viven a 10 minutos a pie o menos del equipamiento más cercano&apos;.

Precauciones: indique el tiempo de viaje que usó el análisis, ya que el informe lo cita pero no vuelve a calcular el acceso; el texto de las capas (nombres de distritos y de equipamientos) se muestra como texto, nunca se ejecuta.</translation>
    </message>
    <message>
        <source>Where is care offered, and how many places does each facility really have? This tool merges facility lists from several sources (the official registry, a survey, a crowd map, OpenStreetMap) into one clean inventory: one schema, junk and unwanted types removed, duplicates merged, missing capacities estimated, half-day places counted as half.

How to read the results:
- Care supply inventory (points): one row per facility with name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (places), capacity_fde (full-day-equivalent places: a 4-hour, 5-day place counts 0.5), source, merged_sources and n_merged (the sources and number of records merged into it), capacity_imputed (0 = reported; 1 = estimated from the median of the same service type; 2 = from the median of all facilities; 3 = the default capacity; 4 = taken from a duplicate) and capacity_reported (the record&apos;s own value).
- Rejected records (optional): the records left out, with reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) and duplicate_of (the inventory record it repeats), to check.

Field mappings: one per facility layer, separated by &apos;|&apos;. Each says which field of the layer holds which inventory field (name=nombre,capacity=cupos); a value in quotes is the same for every record (sphere=&apos;community&apos;). Start a mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat) and it goes to that layer whatever the order of the layers; mappings without a name go to the layers in the order shown in &apos;Facility layers&apos;. Inventory fields not mapped are read from a field of the same name. A table without geometry (a CSV) needs its coordinates: x=lon,y=lat (longitude and latitude unless crs=&apos;EPSG:...&apos; is added).

Example: the demo city&apos;s registry (297 facilities), community survey (134) and crowd map (149) give 538 facilities: 14 records dropped by the type and name rules, 28 duplicates merged (297 + 134 + 149 - 14 - 28 = 538); 32 capacities estimated from their service type.

Caveats: two records are merged only when they are within &apos;De-duplication distance&apos; and their names are similar enough (after removing case, accents and common words such as &apos;jardin&apos; or &apos;centro&apos;), so generic names (&apos;Jardin Infantil&apos;) may stay apart: check the rejected records. A reported capacity of 0 is never estimated: such facilities are dropped unless you keep them. Missing hours per day and days per week count as 8 and 5 (a full-day place). The rules are in docs/methods.md.</source>
        <translation type="vanished">¿Dónde se ofrece cuidado y cuántos cupos tiene realmente cada equipamiento? Esta herramienta combina listas de equipamientos de varias fuentes (el registro oficial, una encuesta, un mapeo colaborativo, OpenStreetMap) en un solo inventario limpio: un solo esquema, registros basura y tipos no deseados eliminados, duplicados fusionados, capacidades faltantes estimadas y cupos de media jornada contados como medio cupo.

Cómo leer los resultados:
- Inventario de la oferta de cuidado (puntos): una fila por equipamiento con name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (cupos), capacity_fde (cupos equivalentes de jornada completa: un cupo de 4 horas y 5 días cuenta 0,5), source, merged_sources y n_merged (las fuentes y el número de registros fusionados en él), capacity_imputed (0 = informada; 1 = estimada con la mediana del mismo tipo de servicio; 2 = con la mediana de todos los equipamientos; 3 = la capacidad por defecto; 4 = tomada de un duplicado) y capacity_reported (el valor propio del registro).
- Registros rechazados (opcional): los registros dejados fuera, con reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) y duplicate_of (el registro del inventario que repite), para revisar.

Correspondencias de campos: una por capa de equipamientos, separadas por &apos;|&apos;. Cada una dice qué campo de la capa contiene qué campo del inventario (name=nombre,capacity=cupos); un valor entre comillas es el mismo para todos los registros (sphere=&apos;community&apos;). Empiece una correspondencia con el nombre de su capa y dos puntos (crowd_facilities: x=lon,y=lat) y se aplicará a esa capa sea cual sea el orden de las capas; las correspondencias sin nombre van a las capas en el orden que se muestra en &apos;Capas de equipamientos&apos;. Los campos del inventario sin correspondencia se leen de un campo con el mismo nombre. Una tabla sin geometría (un CSV) necesita sus coordenadas: x=lon,y=lat (longitud y latitud, salvo que se agregue crs=&apos;EPSG:...&apos;).

Ejemplo: el registro de la ciudad de demostración (297 equipamientos), la encuesta comunitaria (134) y el mapeo colaborativo (149) dan 538 equipamientos: 14 registros descartados por las reglas de tipo y de nombre y 28 duplicados fusionados (297 + 134 + 149 - 14 - 28 = 538); 32 capacidades estimadas a partir de su tipo de servicio.

Precauciones: dos registros se fusionan solo cuando están a menos de &apos;Distancia para eliminar duplicados&apos; y sus nombres son lo bastante parecidos (tras quitar mayúsculas, tildes y palabras comunes como &apos;jardin&apos; o &apos;centro&apos;), así que los nombres genéricos (&apos;Jardin Infantil&apos;) pueden quedar separados: revise los registros rechazados. Una capacidad informada de 0 nunca se estima: esos equipamientos se descartan salvo que usted los conserve. Las horas por día y los días por semana que faltan cuentan como 8 y 5 (un cupo de jornada completa). Las reglas están en docs/methods.md.</translation>
    </message>
    <message>
        <source>How many hours of unpaid care do households give, who gives them, what are they worth, and how many hours would care services free? From the population of each unit by sex and age band and a time-use table (the average weekly hours of unpaid care per person, e.g. from a national time-use survey), it estimates the hours per unit and their value; with care services, the hours they take over.

How to read the results:
- Unpaid care work: the units with unpaid_week and unpaid_year (hours of unpaid care a week and a year), women_week (the hours done by women) and women_share (0 to 1), value_replacement (the yearly hours at the hourly wage of a care worker, in the wage&apos;s currency); with the women&apos;s and men&apos;s wages also value_opportunity (what the carers would earn instead); with a local GDP also gdp_share; with care services also hours_freed_week (hours a week the services take over in the unit) and freed_share (their share of the unit&apos;s unpaid hours).
- Figures: the totals of hours, the women&apos;s share and the values.

Example: a block with 100 women and 90 men aged 18-64, who give 34.8 and 13.9 hours a week: 100 x 34.8 + 90 x 13.9 = 4,731 hours a week, 73.6% by women, 246,012 hours a year; at 2.5 dollars an hour that is worth 615,030 dollars a year. A centre with 100 places open 50 hours a week, each place-hour replacing half an hour of household care, frees 100 x 50 x 0.5 = 2,500 hours a week, shared among the blocks within its reach. In the demo city: about 23.4 million hours a week, 73% by women, worth about 3.05 billion dollars a year at 2.5 dollars an hour.

Good to know:
- Population fields are found by name (f_18_64 for women aged 18-64; the band 18-64 or 18_64), or as given in &apos;Band to field mapping&apos;; a time-use row without a population field is not counted (a warning lists them).
- A unit with a NULL population gets NULL hours and is left out of the totals (counted in a warning).
- The hours a service frees are shared among the units within the service reach only: hours of a service that reaches no unit are not counted (the log says how many).</source>
        <translation type="vanished">¿Cuántas horas de cuidado no remunerado dan los hogares, quién las da, cuánto valen y cuántas horas liberarían los servicios de cuidado? A partir de la población de cada unidad por sexo y grupo de edad y de una tabla de uso del tiempo (las horas semanales promedio de cuidado no remunerado por persona, p. ej. de una encuesta nacional de uso del tiempo), estima las horas por unidad y su valor; con servicios de cuidado, también las horas de las que estos se hacen cargo.

Cómo leer los resultados:
- Trabajo de cuidado no remunerado: las unidades con unpaid_week y unpaid_year (horas de cuidado no remunerado por semana y por año), women_week (las horas que hacen las mujeres) y women_share (0 a 1), value_replacement (las horas anuales al salario por hora de una trabajadora del cuidado, en la moneda del salario); con los salarios de mujeres y hombres, también value_opportunity (lo que las personas cuidadoras ganarían en su lugar); con un PIB local, también gdp_share; con servicios de cuidado, también hours_freed_week (horas por semana de las que los servicios se hacen cargo en la unidad) y freed_share (su proporción de las horas no remuneradas de la unidad).
- Cifras: los totales de horas, la proporción de las mujeres y los valores.

Ejemplo: una manzana con 100 mujeres y 90 hombres de 18-64 años, que dan 34,8 y 13,9 horas por semana: 100 x 34,8 + 90 x 13,9 = 4.731 horas por semana, el 73,6 % hechas por mujeres, 246.012 horas al año; a 2,5 dólares la hora eso vale 615.030 dólares al año. Un centro con 100 cupos abierto 50 horas por semana, en el que cada hora-cupo reemplaza media hora de cuidado en el hogar, libera 100 x 50 x 0,5 = 2.500 horas por semana, repartidas entre las manzanas a su alcance. En la ciudad de demostración: unos 23,4 millones de horas por semana, el 73 % hechas por mujeres, que valen unos 3.050 millones de dólares al año a 2,5 dólares la hora.

Conviene saber:
- Los campos de población se encuentran por nombre (f_18_64 para las mujeres de 18-64 años; el grupo 18-64 o 18_64), o como se indiquen en &apos;Asignación de grupos a campos&apos;; una fila de uso del tiempo sin campo de población no se cuenta (una advertencia las lista).
- Una unidad con población NULL recibe horas NULL y queda fuera de los totales (contada en una advertencia).
- Las horas que libera un servicio se reparten solo entre las unidades dentro del alcance del servicio: las horas de un servicio que no alcanza ninguna unidad no se cuentan (el registro dice cuántas).</translation>
    </message>
    <message>
        <source>Lowest to highest, scaled 0 to 1</source>
        <translation type="vanished">De menor a mayor, escalado de 0 a 1</translation>
    </message>
    <message>
        <source>How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on &apos;Road network (lines)&apos;), or read from a cost table made by another tool. Typical: the road network for walking to childcare; the straight line for a first look.</source>
        <translation type="vanished">Cómo se mide el viaje entre las personas y los equipamientos: en línea recta (por el factor de desvío), por la red vial (caminos más cortos en &apos;Red vial (líneas)&apos;) o leído de una tabla de costos hecha con otra herramienta. Típico: la red vial para ir a pie al cuidado infantil; la línea recta para una primera mirada.</translation>
    </message>
    <message>
        <source>Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation type="vanished">Velocidad de viaje en km/h: convierte metros en minutos y da una velocidad a las vías que no tienen ninguna. Típico: 5.04 km/h a pie, 15 km/h en bicicleta, 30 km/h en auto en la ciudad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No CareMap result selected.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Select a layer made by Accessibility, Care gaps or Care deserts in the Layers panel to see its figures and charts here, or run Accessibility with the button below.</source>
        <translation type="vanished">&lt;b&gt;No hay ningún resultado de CareMap seleccionado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Seleccione en el panel Capas una capa hecha por Accesibilidad, Brechas de cuidado o Desiertos de cuidado para ver aquí sus cifras y gráficos, o ejecute Accesibilidad con el botón de abajo.</translation>
    </message>
    <message>
        <source>The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type.</source>
        <translation type="vanished">Las unidades con z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert y desert_type.</translation>
    </message>
    <message>
        <source>How much care each demand unit can reach.

Costs (COST_MODE): &apos;straight&apos; = straight-line distance (optionally times a detour factor); &apos;network&apos; = shortest paths on a road line layer (speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking; points join the nearest point of the nearest street of a part of the network large enough to matter, within SNAP_DISTANCE, with a straight walk); &apos;table&apos; = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes (minutes = metres / SPEED).

THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying methods only). A facility with capacity 0 offers no place: it covers nobody.

cost_nearest is the cost to the nearest facility (with capacity &gt; 0) whether or not it is within THRESHOLD, searched up to SEARCH_LIMIT (advanced; 0 = automatic: the larger of 4 x THRESHOLD and 60 minutes or 5,000 m); it is NULL only where no facility is within the search limit. n_reachable and covered stay within THRESHOLD. The fields cost_unit (&apos;minutes&apos; or &apos;meters&apos;) and cost_speed_kmh (the SPEED used; NULL for an OD table) say what cost_nearest is in.

METHOD: nearest (cost to the nearest facility; access = decay weight of that cost), cumulative (capacity within reach), 2sfca (Luo &amp; Wang 2003, with DECAY), e2sfca (zone steps, default 10/20/30 minutes with weights 1, 0.68, 0.22, or thirds of THRESHOLD in metres; STEPS overrides, e.g. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (Gaussian, sigma = DECAY_PARAM, default THRESHOLD/2), 3sfca (Huff selection weights), m2sfca (decay applied twice), gravity (Hansen potential with DECAY, e.g. power or exponential).

DECAY: step, gaussian (sigma), exponential (beta per cost unit), linear (cost of zero weight), power (beta); DECAY_PARAM 0 = default.

TARGET_GROUP_FIELD / TARGET_GROUP: use only facilities whose target group matches (or is &apos;all&apos;).

Outputs: demand layer with access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered; supply layer with catch_demand and ratio (NULL where no demand is in reach). With COST_MODE=network both layers also get snapped_m (metres from the point to the network; NULL when off it) and off_network (1 = farther than SNAP_DISTANCE from every part of the network large enough to join: it reaches nothing by road). With no demand at all SHARE_COVERED and MEAN_ACCESS are empty (None), with a warning.

Edge of the study area: where the facilities stop less than the threshold&apos;s straight-line reach (THRESHOLD in metres, or minutes x SPEED, divided by DETOUR for straight lines) beyond the units&apos; extent on a side, a warning counts the units (and their demand) within that reach of the side: facilities just outside the area may be missing, so those units may look worse served than they are.</source>
        <translation type="vanished">Cuánto cuidado puede alcanzar cada unidad de demanda.

Costos (COST_MODE): &apos;straight&apos; = distancia en línea recta (opcionalmente multiplicada por un factor de desvío); &apos;network&apos; = caminos más cortos sobre una capa de líneas viales (velocidad desde SPEED_FIELD o SPEED, sentido único desde ONEWAY_FIELD salvo a pie; los puntos se unen al punto más cercano de la calle más cercana de una parte de la red lo bastante grande como para contar, dentro de SNAP_DISTANCE, con una caminata en línea recta); &apos;table&apos; = una tabla origen-destino (p. ej. de ORS Tools, QNEAT3, r5py, OSRM) unida por DEMAND_ID_FIELD y SUPPLY_ID_FIELD, en su propia unidad. COST_UNIT meters o minutes (minutos = metros / SPEED).

THRESHOLD: el límite del área de influencia en COST_UNIT, inclusivo (0 = sin límite, solo para métodos con decaimiento). Un equipamiento con capacidad 0 no ofrece ningún cupo: no cubre a nadie.

cost_nearest es el costo al equipamiento más cercano (con capacidad &gt; 0), esté o no dentro de THRESHOLD, buscado hasta SEARCH_LIMIT (avanzado; 0 = automático: el mayor entre 4 x THRESHOLD y 60 minutos o 5000 m); solo es NULL donde ningún equipamiento está dentro del límite de búsqueda. n_reachable y covered se mantienen dentro de THRESHOLD. Los campos cost_unit (&apos;minutes&apos; o &apos;meters&apos;) y cost_speed_kmh (la SPEED usada; NULL para una tabla OD) indican en qué unidad está cost_nearest.

METHOD: nearest (costo al equipamiento más cercano; acceso = peso de decaimiento de ese costo), cumulative (capacidad al alcance), 2sfca (Luo y Wang 2003, con DECAY), e2sfca (escalones por zona, por defecto 10/20/30 minutos con pesos 1, 0.68, 0.22, o tercios de THRESHOLD en metros; STEPS los reemplaza, p. ej. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussiano, sigma = DECAY_PARAM, por defecto THRESHOLD/2), 3sfca (pesos de selección de Huff), m2sfca (decaimiento aplicado dos veces), gravity (potencial de Hansen con DECAY, p. ej. power o exponential).

DECAY: step, gaussian (sigma), exponential (beta por unidad de costo), linear (costo de peso cero), power (beta); DECAY_PARAM 0 = valor por defecto.

TARGET_GROUP_FIELD / TARGET_GROUP: usar solo los equipamientos cuyo grupo objetivo coincide (o es &apos;all&apos;).

Salidas: capa de demanda con access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered; capa de oferta con catch_demand y ratio (NULL donde no hay demanda al alcance). Con COST_MODE=network ambas capas reciben además snapped_m (metros desde el punto hasta la red; NULL cuando queda fuera de ella) y off_network (1 = a más de SNAP_DISTANCE de toda parte de la red lo bastante grande para unirse: no alcanza nada por la red vial). Si no hay ninguna demanda, SHARE_COVERED y MEAN_ACCESS quedan vacíos (None), con una advertencia.

Borde del área de estudio: donde los equipamientos terminan a menos del alcance en línea recta del umbral (THRESHOLD en metros, o minutos x SPEED, dividido por DETOUR para líneas rectas) más allá de la extensión de las unidades en un lado, una advertencia cuenta las unidades (y su demanda) dentro de ese alcance desde ese lado: pueden faltar equipamientos justo fuera del área, así que esas unidades pueden parecer peor atendidas de lo que están.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with their population. Typical: the output of caremap:caredemand.</source>
        <translation type="vanished">Capa de unidades de demanda, puntos o polígonos (los polígonos se toman en su centroide), p. ej. manzanas censales o celdas de grilla con su población. Típico: la salida de caremap:caredemand.</translation>
    </message>
    <message>
        <source>Numeric field of DEMAND with the people (or weighted care demand) who need the service. Typical: children 0-5, or care_demand from caremap:caredemand.</source>
        <translation type="vanished">Campo numérico de DEMAND con las personas (o la demanda de cuidado ponderada) que necesitan el servicio. Típico: niñas y niños de 0-5 años, o care_demand de caremap:caredemand.</translation>
    </message>
    <message>
        <source>Layer of care facilities, points or polygons. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Capa de servicios de cuidado, puntos o polígonos. Típico: la salida de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Numeric field of SUPPLY with the places each facility offers. Typical: capacity_fde from caremap:supplyinventory.</source>
        <translation type="vanished">Campo numérico de SUPPLY con los cupos que ofrece cada servicio. Típico: capacity_fde de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Catchment limit in COST_UNIT, inclusive: facilities farther than this are out of reach (0 = no limit, only for decaying methods). Typical: 15 minutes for walking to childcare.</source>
        <translation type="vanished">Límite del área de influencia en COST_UNIT, inclusive: los servicios más lejanos quedan fuera de alcance (0 = sin límite, solo para métodos con decaimiento). Típico: 15 minutos a pie hasta el cuidado infantil.</translation>
    </message>
    <message>
        <source>Accessibility measure: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca or gravity (see the algorithm help). Typical: 2sfca (places per person within THRESHOLD).</source>
        <translation type="vanished">Medida de accesibilidad: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca o gravity (ver la ayuda del algoritmo). Típico: 2sfca (cupos por persona dentro de THRESHOLD).</translation>
    </message>
    <message>
        <source>How the weight of a facility falls with cost: step, gaussian, exponential, linear or power. Typical: step for 2sfca, power or exponential for gravity.</source>
        <translation type="vanished">Cómo cae el peso de un servicio con el costo: step, gaussian, exponential, linear o power. Típico: step para 2sfca, power o exponential para gravity.</translation>
    </message>
    <message>
        <source>Parameter of DECAY: sigma for gaussian, beta per cost unit for exponential, cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = THRESHOLD/2). Typical: 0.</source>
        <translation type="vanished">Parámetro de DECAY: sigma para gaussian, beta por unidad de costo para exponential, costo de peso cero para linear, beta para power; 0 = el valor por defecto (p. ej. sigma = THRESHOLD/2). Típico: 0.</translation>
    </message>
    <message>
        <source>For e2sfca, the zones as limit:weight items separated by commas, limits in COST_UNIT; empty = 10/20/30 minutes with weights 1, 0.68, 0.22. Typical: &apos;10:1,20:0.68,30:0.22&apos;.</source>
        <translation type="vanished">Para e2sfca, las zonas como elementos límite:peso separados por comas, límites en COST_UNIT; vacío = 10/20/30 minutos con pesos 1, 0.68, 0.22. Típico: &apos;10:1,20:0.68,30:0.22&apos;.</translation>
    </message>
    <message>
        <source>Optional field of SUPPLY naming the group each facility serves; used with TARGET_GROUP. Typical: target_group from caremap:supplyinventory.</source>
        <translation type="vanished">Campo opcional de SUPPLY con el grupo al que atiende cada servicio; se usa con TARGET_GROUP. Típico: target_group de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Only facilities whose TARGET_GROUP_FIELD equals this value (or &apos;all&apos;) are counted; empty = all facilities. Typical: children, or older.</source>
        <translation type="vanished">Solo se cuentan los servicios cuyo TARGET_GROUP_FIELD es igual a este valor (o &apos;all&apos;); vacío = todos los servicios. Típico: children u older.</translation>
    </message>
    <message>
        <source>How far, in COST_UNIT, the cost to the nearest facility (cost_nearest) is searched beyond THRESHOLD; units with no facility within it get NULL. 0 = automatic: the larger of 4 x THRESHOLD and 60 minutes (5,000 m in metres). Typical: 0.</source>
        <translation type="vanished">Hasta dónde, en COST_UNIT, se busca el costo al equipamiento más cercano (cost_nearest) más allá de THRESHOLD; las unidades sin ningún equipamiento dentro de ese límite reciben NULL. 0 = automático: el mayor entre 4 x THRESHOLD y 60 minutos (5000 m en metros). Típico: 0.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered; with network costs also snapped_m and off_network.</source>
        <translation type="vanished">Las unidades de demanda con los nuevos campos access, access_norm, cost_nearest (al equipamiento más cercano, hasta SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable y covered; con costos por red, también snapped_m y off_network.</translation>
    </message>
    <message>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with network costs also snapped_m and off_network.</source>
        <translation type="vanished">Los equipamientos con catch_demand (demanda a su alcance) y ratio (cupos por persona; NULL donde no hay demanda al alcance); con costos por red, también snapped_m y off_network.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in covered units (at least one facility within THRESHOLD); None when there is no demand.</source>
        <translation type="vanished">Proporción (0 a 1) de la demanda en unidades cubiertas (al menos un equipamiento dentro de THRESHOLD); None cuando no hay demanda.</translation>
    </message>
    <message>
        <source>Demand id field (for an OD table)</source>
        <translation type="vanished">Campo de id de la demanda (para una tabla OD)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation type="vanished">Campo de capacidad</translation>
    </message>
    <message>
        <source>Facility id field (for an OD table)</source>
        <translation type="vanished">Campo de id del equipamiento (para una tabla OD)</translation>
    </message>
    <message>
        <source>E2SFCA zone steps &apos;limit:weight,...&apos; (empty = default)</source>
        <translation type="vanished">Escalones por zona de E2SFCA &apos;límite:peso,...&apos; (vacío = por defecto)</translation>
    </message>
    <message>
        <source>Target group to measure (e.g. children)</source>
        <translation type="vanished">Grupo objetivo a medir (p. ej. children)</translation>
    </message>
    <message>
        <source>E2SFCA zone steps: {0}. Give the zone steps as &apos;limit:weight,...&apos; (e.g. &apos;10:1,20:0.68,30:0.22&apos;) or a catchment threshold.</source>
        <translation type="vanished">Escalones por zona de E2SFCA: {0}. Indique los escalones por zona como &apos;límite:peso,...&apos; (p. ej. &apos;10:1,20:0.68,30:0.22&apos;) o un umbral del área de influencia.</translation>
    </message>
    <message>
        <source>The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works without one): set {1}, e.g. 15 minutes, or choose another {2}.</source>
        <translation type="vanished">El método {0} con decaimiento step necesita un umbral del área de influencia mayor que 0 (solo un peso con decaimiento funciona sin él): defina {1}, p. ej. 15 minutos, o elija otro {2}.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have a NULL &apos;{2}&apos;: they get NULL access and are left out of the totals.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} tienen &apos;{2}&apos; NULL: reciben acceso NULL y quedan fuera de los totales.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) of layer {1} have a NULL &apos;{2}&apos;: they were left out.</source>
        <translation type="vanished">{0} equipamiento(s) de la capa {1} tienen &apos;{2}&apos; NULL: se dejaron fuera.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) of layer {1} have capacity 0: they offer no place and cover nobody.</source>
        <translation type="vanished">{0} equipamiento(s) de la capa {1} tienen capacidad 0: no ofrecen ningún cupo y no cubren a nadie.</translation>
    </message>
    <message>
        <source>{0} demand unit(s) have no facility within the search limit ({1:g} {2}): cost_nearest is NULL.</source>
        <translation type="vanished">{0} unidad(es) de demanda no tienen ningún equipamiento dentro del límite de búsqueda ({1:g} {2}): cost_nearest es NULL.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) have no demand in reach: ratio is NULL.</source>
        <translation type="vanished">{0} equipamiento(s) no tienen demanda al alcance: la razón es NULL.</translation>
    </message>
    <message>
        <source>Runs the care map in one run (caremap:carepipeline) for every municipality of a layer, in one call. Municipalities come from a field of the units (MUNICIPALITY_FIELD), or from a polygon layer of boundaries (MUNICIPALITY_LAYER: each unit goes to the polygon its point on surface lies in, the rule of districts by location). Each municipality&apos;s run gets only its own units and, with CLIP_FACILITIES, only the facilities inside it or within FACILITY_BUFFER metres of it (its boundary polygon, or its units&apos; polygons), so facilities just across the border that its people also use can count. Each run has its own processing context and its own files, so no municipality reads another&apos;s data: one GeoPackage per municipality in OUTPUT_FOLDER (tables inventory, units, supply, districts; and &lt;name&gt;.html when WRITE_REPORT is checked). OUTPUT_SUMMARY has one row per municipality: its name, status (ok or failed) and message, units, facilities given, demand, the key figures of its units (places within reach, mean access = places per person, share within the threshold, people in care deserts, people without a place) and every figure the pipeline returns (share covered, desert share, unmet ...), its GeoPackage and the run&apos;s parameters (JSON). A municipality that fails is recorded in its row and the others go on; a warning counts the failures. Progress and cancel cover the whole batch. With WORKERS = 1 (the default) municipalities run one after another in this process. With WORKERS above 1, up to that many municipalities run at the same time, each in its own qgis_process (QGIS&apos;s command line, which must be installed): its inputs are written to temporary GeoPackages, and each process pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so it pays off only for municipalities whose run takes longer than that, on a machine with free cores.

The other parameters are those of caremap:carepipeline, applied to every municipality.</source>
        <translation type="vanished">Ejecuta el mapa de cuidado en una sola corrida (caremap:carepipeline) para cada municipio de una capa, en una sola llamada. Los municipios vienen de un campo de las unidades (MUNICIPALITY_FIELD) o de una capa de polígonos de límites (MUNICIPALITY_LAYER: cada unidad va al polígono en que cae su punto sobre la superficie, la regla de distritos por ubicación). La corrida de cada municipio recibe solo sus propias unidades y, con CLIP_FACILITIES, solo los equipamientos dentro de él o a menos de FACILITY_BUFFER metros (de su polígono de límite o de los polígonos de sus unidades), para que cuenten los equipamientos justo al otro lado del límite que su población también usa. Cada corrida tiene su propio contexto de procesamiento y sus propios archivos, de modo que ningún municipio lee los datos de otro: un GeoPackage por municipio en OUTPUT_FOLDER (tablas inventory, units, supply, districts; y &lt;nombre&gt;.html cuando WRITE_REPORT está marcado). OUTPUT_SUMMARY tiene una fila por municipio: su nombre, estado (ok o failed) y mensaje, unidades, equipamientos recibidos, demanda, las cifras clave de sus unidades (cupos al alcance, acceso medio = cupos por persona, proporción dentro del umbral, personas en desiertos de cuidado, personas sin cupo) y cada cifra que devuelve el flujo (proporción cubierta, proporción en desiertos, demanda no atendida ...), su GeoPackage y los parámetros de la corrida (JSON). Un municipio que falla queda registrado en su fila y los demás siguen; una advertencia cuenta los fallos. El progreso y la cancelación abarcan todo el lote. Con WORKERS = 1 (por defecto) los municipios corren uno tras otro en este proceso. Con WORKERS mayor que 1, hasta ese número de municipios corren a la vez, cada uno en su propio qgis_process (la línea de comandos de QGIS, que debe estar instalada): sus entradas se escriben en GeoPackages temporales y cada proceso paga el arranque de QGIS, del complemento y de sus núcleos (unos 3 s de CPU), así que solo compensa para municipios cuya corrida dura más que eso, en una máquina con núcleos libres.

Los demás parámetros son los de caremap:carepipeline, aplicados a cada municipio.</translation>
    </message>
    <message>
        <source>If checked, each municipality&apos;s HTML report is written to OUTPUT_FOLDER as &lt;name&gt;.html. Typical: checked for the final run.</source>
        <translation type="vanished">Si se marca, el informe HTML de cada municipio se escribe en OUTPUT_FOLDER como &lt;nombre&gt;.html. Típico: marcado en la ejecución final.</translation>
    </message>
    <message>
        <source>Field of UNITS naming each unit&apos;s municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or MUNICIPALITY_LAYER. Typical: the municipality code of the census blocks.</source>
        <translation type="vanished">Campo de UNITS que indica el municipio de cada unidad; un mapa de cuidado por valor. Las unidades con NULL quedan fuera y se cuentan en una advertencia. Indique este campo o MUNICIPALITY_LAYER. Típico: el código de municipio de las manzanas censales.</translation>
    </message>
    <message>
        <source>Polygon layer of municipality boundaries, when UNITS have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). With CLIP_FACILITIES the facilities are clipped to the same polygons. Typical: the communes of the region.</source>
        <translation type="vanished">Capa de polígonos de límites municipales, cuando UNITS no tiene campo de municipio: cada unidad va al polígono en el que se encuentra su punto sobre la superficie (un punto sobre un límite compartido va al polígono situado al este, o al norte de un límite este-oeste; las unidades fuera de todo polígono quedan fuera y se cuentan). Con CLIP_FACILITIES los equipamientos se recortan a los mismos polígonos. Típico: las comunas de la región.</translation>
    </message>
    <message>
        <source>Field of MUNICIPALITY_LAYER with the municipality names (polygons with the same name form one municipality). Typical: the commune name.</source>
        <translation type="vanished">Campo de MUNICIPALITY_LAYER con los nombres de los municipios (los polígonos con el mismo nombre forman un solo municipio). Típico: el nombre de la comuna.</translation>
    </message>
    <message>
        <source>If checked, each municipality&apos;s run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need FACILITY_BUFFER) or within FACILITY_BUFFER of it; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked.</source>
        <translation type="vanished">Si se marca, la ejecución de cada municipio recibe solo los equipamientos que están dentro de él (su polígono de límite, o los polígonos de sus unidades cuando los municipios provienen de un campo; las unidades de puntos necesitan FACILITY_BUFFER) o a menos de FACILITY_BUFFER de él; sin marcar, cada ejecución recibe todos los equipamientos. Las capas de equipamientos sin geometría nunca se recortan (queda registrado en el log). Típico: marcado.</translation>
    </message>
    <message>
        <source>One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure caremap:carepipeline returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run&apos;s parameters as JSON).</source>
        <translation type="vanished">Una fila por municipio: municipality, status (ok o failed), message (por qué falló), units, facilities (entidades entregadas a su ejecución), todas las cifras que devuelve caremap:carepipeline, en minúsculas (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL cuando no tiene sentido o la ejecución falló), output (su GeoPackage) y parameters (los parámetros de la ejecución en JSON).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no municipality ({2}): they are in no municipality&apos;s care map.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen municipio ({2}): no forman parte del mapa de cuidado de ningún municipio.</translation>
    </message>
    <message>
        <source>Municipality {0}: {1} unit(s), {2} facilities.</source>
        <translation type="vanished">Municipio {0}: {1} unidad(es), {2} equipamientos.</translation>
    </message>
    <message>
        <source>Weighted care demand per unit (census block, tract, grid cell) from age-band fields.

BAND_MAPPING tells which field holds which ages, as field:band items separated by &apos;;&apos;, with bands in whole years: &apos;p_0_2:0-2;p_3_5:3-5;...;p_80p:80+&apos;.

WEIGHTS: &apos;equal&apos; (1 per person), &apos;madrid&apos; (M.A. Durán&apos;s Madrid scale of care units: 0-4 = 2, 5-14 = 1.5, 15-17 = 1.2, 18-64 = 1, 65-74 = 1.2, 75-84 = 1.7, 85+ = 2) or &apos;custom&apos; (CUSTOM_WEIGHTS &apos;field:weight;...&apos;). Bands that do not align with the scale get the mean weight of the years they span (people spread evenly within a band); an open band &apos;a+&apos; is taken as OPEN_BAND_WIDTH years for this (e.g. 80+ -&gt; 80-89 -&gt; 1.85).

Outputs: care_demand = sum of weight x persons (care units); pop_bands (persons in the mapped bands); dep_children (&lt; 15) and dep_older (65+) and their shares; caregivers (CAREGIVER_FIELD, e.g. women 15-64, or else persons 15-64 from the bands); care_intensity = dependents / caregivers (NULL where there are no caregivers); for polygons, pop_density and demand_density per km2. NULL band values give NULL results for that unit (counted in the log).</source>
        <translation type="vanished">Demanda de cuidado ponderada por unidad (manzana censal, sector, celda de grilla) a partir de campos por grupo de edad.

BAND_MAPPING indica qué campo contiene qué edades, como elementos campo:grupo separados por &apos;;&apos;, con grupos en años cumplidos: &apos;p_0_2:0-2;p_3_5:3-5;...;p_80p:80+&apos;.

WEIGHTS: &apos;equal&apos; (1 por persona), &apos;madrid&apos; (escala de Madrid de unidades de cuidado de M.A. Durán: 0-4 = 2, 5-14 = 1.5, 15-17 = 1.2, 18-64 = 1, 65-74 = 1.2, 75-84 = 1.7, 85+ = 2) o &apos;custom&apos; (CUSTOM_WEIGHTS &apos;campo:peso;...&apos;). Los grupos que no coinciden con la escala reciben el peso medio de los años que abarcan (personas repartidas de manera uniforme dentro de un grupo); un grupo abierto &apos;a+&apos; se toma como de OPEN_BAND_WIDTH años para esto (p. ej. 80+ -&gt; 80-89 -&gt; 1.85).

Salidas: care_demand = suma de peso x personas (unidades de cuidado); pop_bands (personas en los grupos asignados); dep_children (&lt; 15) y dep_older (65+) y sus proporciones; caregivers (CAREGIVER_FIELD, p. ej. mujeres de 15-64, o si no personas de 15-64 según los grupos); care_intensity = dependientes / cuidadoras potenciales (NULL donde no hay cuidadoras); para polígonos, pop_density y demand_density por km2. Los valores NULL de un grupo dan resultados NULL para esa unidad (contados en el registro).</translation>
    </message>
    <message>
        <source>Which field holds which ages, as field:band items separated by &apos;;&apos;, bands in whole years, &apos;a+&apos; for an open band. Typical: &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</source>
        <translation type="vanished">Qué campo contiene qué edades, como elementos campo:grupo separados por &apos;;&apos;, grupos en años cumplidos, &apos;a+&apos; para un grupo abierto. Típico: &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</translation>
    </message>
    <message>
        <source>Care weight per person: equal (1 each), madrid (Durán&apos;s Madrid scale of care units) or custom (CUSTOM_WEIGHTS). Typical: madrid for total care demand, equal for one cohort.</source>
        <translation type="vanished">Peso de cuidado por persona: equal (1 cada una), madrid (escala de Madrid de unidades de cuidado de Durán) o custom (CUSTOM_WEIGHTS). Típico: madrid para la demanda total de cuidado, equal para un solo grupo.</translation>
    </message>
    <message>
        <source>Weights for WEIGHTS=custom, as field:weight items separated by &apos;;&apos;. Typical: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</source>
        <translation type="vanished">Pesos para WEIGHTS=custom, como elementos campo:peso separados por &apos;;&apos;. Típico: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL or not a finite number) in an age-band field ({2}): their care demand and indicators are NULL. Fill in those counts for a complete map.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen valor (NULL o no es un número finito) en un campo de grupo de edad ({2}): su demanda de cuidado y sus indicadores son NULL. Complete esos conteos para obtener un mapa completo.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL or not a finite number) in the caregivers field &apos;{2}&apos;: their care_intensity is NULL.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen valor (NULL o no es un número finito) en el campo de cuidadoras &apos;{2}&apos;: su care_intensity es NULL.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no potential caregiver: care_intensity is NULL there.</source>
        <translation type="vanished">{0} unidad(es) no tienen ninguna cuidadora potencial: care_intensity es NULL allí.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no area (an empty, zero-area or invalid polygon): pop_density and demand_density are NULL there.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen área (un polígono vacío, de área cero o no válido): pop_density y demand_density son NULL allí.</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z values of the unit&apos;s district (as the reference tool does); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name); without DISTRICT_FIELD, DISTRICT_LAYER gives each unit the district its point on surface lies in (written as the field district; a unit in no district is an error). Constant demand (std 0) gives z = 0 and no desert (warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the demand living in deserts; NULL when there is no demand) are also returned as numbers.</source>
        <translation type="vanished">Desiertos de cuidado según la Herramienta de Georreferenciación de Cuidados: z = (P - media P) / desv. est. P sobre todas las unidades (desviación poblacional); el umbral de demanda es la mediana (o la media, o media + desviación: DEMAND_RULE) de los valores z positivos sobre todas las unidades o, con DISTRICT_FIELD, de todos los valores z del distrito de la unidad (como hace la herramienta de referencia); high_demand = z &gt;= umbral y P &gt; 0; low_access = costo &gt; THRESHOLD (minutos, límite inclusivo) o ningún equipamiento al alcance (costo NULL). Con ADJUST_LARGE_UNITS (polígonos), las unidades más grandes que el cuantil de área AREA_QUANTILE A_q reciben T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densidad por km2). desert = high_demand y low_access. Con SECOND_COST_FIELD (p. ej. transporte público, SECOND_THRESHOLD 30 min): desert_type 1 = no alcanzable por ningún modo, 2 = alcanzable solo por el segundo modo; sin segundo modo desert_type es 1 para todo desierto.

Parámetros: INPUT, DEMAND_FIELD, COST_FIELD (minutos; un costo en metros escrito por caremap:accessibility se convierte con sus campos cost_unit y cost_speed_kmh), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (campos z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (por distrito: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS el mismo resumen sobre los polígonos de DISTRICT_LAYER unidos por nombre (DISTRICT_LAYER_FIELD, por defecto el nombre de DISTRICT_FIELD); sin DISTRICT_FIELD, DISTRICT_LAYER asigna a cada unidad el distrito en el que se encuentra su punto sobre la superficie (escrito como el campo district; una unidad fuera de todo distrito es un error). Una demanda constante (desviación 0) da z = 0 y ningún desierto (con advertencia). Los valores NULL de demanda o de distrito son un error. DESERTS y DESERT_SHARE (proporción de la demanda que vive en desiertos; NULL cuando no hay demanda) también se devuelven como números.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of caremap:accessibility.</source>
        <translation type="vanished">Capa de unidades de demanda, puntos o polígonos, p. ej. manzanas censales. Típico: la salida de demanda de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Numeric field with the people of the cohort in each unit (no NULL values). Typical: children 0-5, or care_demand.</source>
        <translation type="vanished">Campo numérico con las personas del grupo en cada unidad (sin valores NULL). Típico: niñas y niños de 0-5 años, o care_demand.</translation>
    </message>
    <message>
        <source>Numeric field with the cost to the nearest facility in minutes (a cost in metres written by caremap:accessibility is converted with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico con el costo al equipamiento más cercano en minutos (un costo en metros escrito por caremap:accessibility se convierte con sus campos cost_unit y cost_speed_kmh); NULL = ningún equipamiento alcanzable. Típico: cost_nearest de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Access threshold T in minutes: a unit whose cost is above T (or NULL) has low access. Typical: 20 minutes.</source>
        <translation type="vanished">Umbral de acceso T en minutos: una unidad cuyo costo supera T (o es NULL) tiene bajo acceso. Típico: 20 minutos.</translation>
    </message>
    <message>
        <source>How the high-demand threshold is taken from the z-scores of demand (the positive ones over all units; all of a district&apos;s with a district field): median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool).</source>
        <translation type="vanished">Cómo se obtiene el umbral de alta demanda a partir de los puntajes z de la demanda (los positivos sobre todas las unidades; todos los del distrito si hay un campo de distrito): median, mean o mean_plus_std. Típico: median (Herramienta de Georreferenciación de Cuidados).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then the statistic of all the z-scores of the unit&apos;s district, and a summary per district is written. Without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: district.</source>
        <translation type="vanished">Campo opcional con el distrito de cada unidad; el umbral de alta demanda es entonces el estadístico de todos los puntajes z del distrito de la unidad, y se escribe un resumen por distrito. Sin él, DISTRICT_LAYER asigna a cada unidad el distrito en el que se encuentra. Típico: distrito.</translation>
    </message>
    <message>
        <source>If checked (polygon units), units larger than the AREA_QUANTILE area quantile get a higher access threshold, using BETA and GAMMA. Typical: unchecked in cities, checked for rural areas.</source>
        <translation type="vanished">Si se marca (unidades poligonales), las unidades más grandes que el cuantil de área AREA_QUANTILE reciben un umbral de acceso mayor, usando BETA y GAMMA. Típico: sin marcar en ciudades, marcado en zonas rurales.</translation>
    </message>
    <message>
        <source>Minutes added to the threshold of a large unit per unit of log1p(area in m2) above the AREA_QUANTILE area. Typical: 5.</source>
        <translation type="vanished">Minutos agregados al umbral de una unidad grande por cada unidad de log1p(área en m2) por encima del área AREA_QUANTILE. Típico: 5.</translation>
    </message>
    <message>
        <source>Minutes added to the threshold of a large unit divided by log1p(population density per km2): sparse units get more. Typical: 10.</source>
        <translation type="vanished">Minutos agregados al umbral de una unidad grande divididos por log1p(densidad de población por km2): las unidades poco pobladas reciben más. Típico: 10.</translation>
    </message>
    <message>
        <source>Quantile q (0-1) of unit areas above which a unit counts as large for ADJUST_LARGE_UNITS. Typical: 0.8.</source>
        <translation type="vanished">Cuantil q (0-1) de las áreas de las unidades por encima del cual una unidad se considera grande para ADJUST_LARGE_UNITS. Típico: 0.8.</translation>
    </message>
    <message>
        <source>Optional field with the cost in minutes by a second mode (e.g. public transport; converted like COST_FIELD); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Campo opcional con el costo en minutos por un segundo modo (p. ej. transporte público; se convierte como COST_FIELD); los desiertos alcanzables por él reciben desert_type 2. Típico: vacío, o minutos en transporte público.</translation>
    </message>
    <message>
        <source>Threshold in minutes for SECOND_COST_FIELD. Typical: 30 minutes by public transport.</source>
        <translation type="vanished">Umbral en minutos para SECOND_COST_FIELD. Típico: 30 minutos en transporte público.</translation>
    </message>
    <message>
        <source>Optional table per district: units, deserts, population, population_in_deserts and share.</source>
        <translation type="vanished">Tabla opcional por distrito: units, deserts, population, population_in_deserts y share.</translation>
    </message>
    <message>
        <source>Cost to the nearest facility (minutes; NULL = unreachable)</source>
        <translation type="vanished">Costo al equipamiento más cercano (minutos; NULL = inalcanzable)</translation>
    </message>
    <message>
        <source>Access threshold T (minutes)</source>
        <translation type="vanished">Umbral de acceso T (minutos)</translation>
    </message>
    <message>
        <source>District field (thresholds per district)</source>
        <translation type="vanished">Campo de distrito (umbrales por distrito)</translation>
    </message>
    <message>
        <source>Raise the threshold for large units (polygons)</source>
        <translation type="vanished">Aumentar el umbral para unidades grandes (polígonos)</translation>
    </message>
    <message>
        <source>Beta (minutes per log1p(area) unit)</source>
        <translation type="vanished">Beta (minutos por unidad de log1p(área))</translation>
    </message>
    <message>
        <source>Gamma (minutes x log1p(density))</source>
        <translation type="vanished">Gamma (minutos x log1p(densidad))</translation>
    </message>
    <message>
        <source>Area quantile q for large units</source>
        <translation type="vanished">Cuantil de área q para unidades grandes</translation>
    </message>
    <message>
        <source>Cost by a second mode (minutes)</source>
        <translation type="vanished">Costo por un segundo modo (minutos)</translation>
    </message>
    <message>
        <source>Second-mode threshold (minutes)</source>
        <translation type="vanished">Umbral del segundo modo (minutos)</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL value(s); fill or filter them first.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene {2} valor(es) NULL; complételos o fíltrelos antes.</translation>
    </message>
    <message>
        <source>{0} unit(s) have a NULL cost: counted as reaching no facility (low access).</source>
        <translation type="vanished">{0} unidad(es) tienen costo NULL: se cuentan como sin ningún equipamiento al alcance (bajo acceso).</translation>
    </message>
    <message>
        <source>Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 people of the cohort, unmet demand = max(0, demand - accessible places), and, against a policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children 0-2), required places, shortfall = max(0, required - places), surplus and below_target (0/1).

Targets per age band: a policy often sets one target per age band, e.g. Brazil&apos;s national education plan (PNE, meta 1): crèche for 50% of children 0-3 and pre-school for 100% of children 4-5. TARGETS &apos;p_0_3:0.5;p_4_5:1.0&apos; (field:ratio items, each field a count of people of that band on the units) asks for required = 0.5 x p_0_3 + 1.0 x p_4_5 places in each unit; shortfall, surplus, below_target and the summary follow it, and TARGET_RATIO is not used.

Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; SUPPLY_FIELD accessible supply; SUPPLY_KIND &apos;places&apos; (the field holds places) or &apos;access_ratio&apos; (the field holds places per person, like the &apos;access&apos; field of caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person (0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a table per district (one row &apos;all&apos; without a district field): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. With DISTRICT_LAYER (polygons with the same district names, in DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS); without a district field, DISTRICT_LAYER gives each unit the district its point on surface lies in (written as the field district of OUTPUT; units in no district get NULL, warned). Units with a NULL district keep their fields but are left out of the summary (warned). NULL demand or supply values are an error.</source>
        <translation type="vanished">Por unidad (p. ej. la salida de demanda de Accesibilidad al cuidado): cobertura = cupos por cada 100 personas de la cohorte, demanda no atendida = max(0, demanda - cupos accesibles) y, frente a una meta de política de TARGET_RATIO cupos por persona (p. ej. 0.333 = un cupo por cada 3 niñas y niños de 0-2), cupos requeridos, déficit = max(0, requeridos - cupos), excedente y below_target (0/1).

Metas por grupo de edad: una política suele fijar una meta por grupo de edad, p. ej. el Plan Nacional de Educación de Brasil (PNE, meta 1): guardería para el 50% de las niñas y niños de 0-3 y preescolar para el 100% de las niñas y niños de 4-5. TARGETS &apos;p_0_3:0.5;p_4_5:1.0&apos; (elementos campo:razón, cada campo un conteo de personas de ese grupo en las unidades) pide required = 0.5 x p_0_3 + 1.0 x p_4_5 cupos en cada unidad; shortfall, surplus, below_target y el resumen se calculan según ella, y TARGET_RATIO no se usa.

Parámetros: INPUT unidades (puntos o polígonos); DEMAND_FIELD personas de la cohorte; SUPPLY_FIELD oferta accesible; SUPPLY_KIND &apos;places&apos; (el campo contiene cupos) o &apos;access_ratio&apos; (el campo contiene cupos por persona, como el campo &apos;access&apos; de caremap:accessibility, así que cupos = razón x demanda); TARGET_RATIO cupos por persona (0 = sin meta); DISTRICT_FIELD distrito opcional; OUTPUT las unidades con los nuevos campos coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY una tabla por distrito (una fila &apos;all&apos; sin campo de distrito): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. Con DISTRICT_LAYER (polígonos con los mismos nombres de distrito, en DISTRICT_LAYER_FIELD) el resumen también se escribe sobre esos polígonos (OUTPUT_DISTRICTS); sin campo de distrito, DISTRICT_LAYER asigna a cada unidad el distrito en el que se encuentra su punto sobre la superficie (escrito como el campo district de OUTPUT; las unidades fuera de todo distrito reciben NULL, con advertencia). Las unidades con distrito NULL conservan sus campos pero quedan fuera del resumen (con advertencia). Los valores NULL de demanda u oferta son un error.</translation>
    </message>
    <message>
        <source>Numeric field with the accessible supply of each unit, read as SUPPLY_KIND says. Typical: access from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico con la oferta accesible de cada unidad, leída según SUPPLY_KIND. Típico: access de caremap:accessibility.</translation>
    </message>
    <message>
        <source>What SUPPLY_FIELD holds: places (a number of places) or access_ratio (places per person, so places = ratio x demand). Typical: access_ratio with the access field.</source>
        <translation type="vanished">Qué contiene SUPPLY_FIELD: places (un número de cupos) o access_ratio (cupos por persona, así cupos = razón x demanda). Típico: access_ratio con el campo access.</translation>
    </message>
    <message>
        <source>Policy target in places per person, used for required places and shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2).</source>
        <translation type="vanished">Meta de política en cupos por persona, usada para los cupos requeridos y el déficit (0 = sin meta). Típico: 0.333 (un cupo por cada 3 niñas y niños de 0-2 años).</translation>
    </message>
    <message>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in INPUT; required places = sum of ratio x count, replacing TARGET_RATIO. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Metas opcionales por grupo de edad, como elementos campo:razón separados por &apos;;&apos;, cada campo un conteo de personas de ese grupo en INPUT; cupos requeridos = suma de razón x conteo, en lugar de TARGET_RATIO. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE de Brasil: 50% de las niñas y niños de 0-3 en guardería, 100% de los de 4-5 en preescolar).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district, for the summary per district (without it and without DISTRICT_LAYER, one row &apos;all&apos;; with DISTRICT_LAYER, the district each unit lies in). Typical: locality.</source>
        <translation type="vanished">Campo opcional con el distrito de cada unidad, para el resumen por distrito (sin él y sin DISTRICT_LAYER, una fila &apos;all&apos;; con DISTRICT_LAYER, el distrito en el que se encuentra cada unidad). Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional table per district (one row &apos;all&apos; without DISTRICT_FIELD): demand, places, coverage, unmet, shortfall and people below the target.</source>
        <translation type="vanished">Tabla opcional por distrito (una fila &apos;all&apos; sin DISTRICT_FIELD): demanda, cupos, cobertura, demanda no atendida, déficit y personas por debajo de la meta.</translation>
    </message>
    <message>
        <source>Sum of the demand of all units (the DEMAND_FIELD).</source>
        <translation type="vanished">Suma de la demanda de todas las unidades (el DEMAND_FIELD).</translation>
    </message>
    <message>
        <source>Sum of unmet over the units: the people without a place (one place per person), or the places missing to the target.</source>
        <translation type="vanished">Suma de unmet sobre las unidades: las personas sin cupo (un cupo por persona), o los cupos que faltan para alcanzar la meta.</translation>
    </message>
    <message>
        <source>Places within reach per 100 people of demand, over all units; None when there is no demand.</source>
        <translation type="vanished">Cupos al alcance por cada 100 personas de demanda, sobre todas las unidades; None cuando no hay demanda.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age band; its fields are: {3}.</source>
        <translation type="vanished">{0}: el/los campo(s) {1} no están en la capa {2}. Indique campos de esa capa con las personas de cada grupo de edad; sus campos son: {3}.</translation>
    </message>
    <message>
        <source>Runs the whole care map from the raw inputs, as child algorithms with one progress bar: 1) Care supply inventory of the facility layers (field mappings, cleaning, de-duplication, full-day-equivalent capacity); 2) Care demand of the units from their age-band fields (BAND_MAPPING and WEIGHTS: e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) Accessibility to care of that demand to the inventory&apos;s capacity_fde, optionally only the facilities whose target_group is TARGET_GROUP; 4) Care gaps against the policy TARGET_RATIO, or the targets per age band TARGETS (e.g. &apos;p_0_3:0.5;p_4_5:1.0&apos;: 50% of children 0-3 and 100% of 4-5, as in Brazil&apos;s PNE; fields among BAND_MAPPING&apos;s); 5) Care deserts (the Care Georeferencing rule, by district); 6) Care priority index from unmet demand, low access, care intensity and the VULNERABILITY_FIELDS. Optionally writes the HTML (and PDF) report.

Outputs: the inventory, the units with every indicator (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), the facilities with their catchment ratio, and the per-district deserts summary. The same chain ships as a Graphical Modeler model (models/care_map.model3) to open and adapt.</source>
        <translation type="vanished">Ejecuta todo el mapa de cuidado a partir de los insumos en bruto, como algoritmos hijos con una sola barra de progreso: 1) Inventario de la oferta de cuidado de las capas de equipamientos (correspondencia de campos, limpieza, eliminación de duplicados, capacidad equivalente a jornada completa); 2) Demanda de cuidado de las unidades a partir de sus campos por grupo de edad (BAND_MAPPING y WEIGHTS: p. ej. &apos;p_0_2:0-2;p_3_5:3-5&apos; con pesos iguales da niñas y niños de 0-5; la escala de Madrid da unidades de cuidado para todas las personas); 3) Accesibilidad al cuidado de esa demanda a la capacity_fde del inventario, opcionalmente solo de los equipamientos cuyo target_group es TARGET_GROUP; 4) Brechas de cuidado frente a la meta de política TARGET_RATIO, o las metas por grupo de edad TARGETS (p. ej. &apos;p_0_3:0.5;p_4_5:1.0&apos;: 50% de las niñas y niños de 0-3 y 100% de los de 4-5, como en el PNE de Brasil; campos entre los de BAND_MAPPING); 5) Desiertos de cuidado (la regla de la Georreferenciación de Cuidados, por distrito); 6) Índice de prioridad de cuidado a partir de la demanda no atendida, el bajo acceso, la intensidad de cuidado y los VULNERABILITY_FIELDS. Opcionalmente escribe el informe HTML (y PDF).

Salidas: el inventario, las unidades con todos los indicadores (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), los equipamientos con su razón del área de influencia y el resumen de desiertos por distrito. La misma cadena se incluye como modelo del Modelador Gráfico (models/care_map.model3) para abrirlo y adaptarlo.</translation>
    </message>
    <message>
        <source>One field mapping per layer of FACILITIES, in order, separated by &apos;|&apos;, as in caremap:supplyinventory. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation type="vanished">Una correspondencia de campos por capa de FACILITIES, en orden, separadas por &apos;|&apos;, como en caremap:supplyinventory. Típico: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <source>Age-band fields of UNITS that make up the cohort, as field:band items separated by &apos;;&apos;. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5.</source>
        <translation type="vanished">Campos de grupos de edad de UNITS que forman el grupo de población, como elementos campo:grupo separados por &apos;;&apos;. Típico: &apos;p_0_2:0-2;p_3_5:3-5&apos; para niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <source>equal = count people; madrid = Durán&apos;s Madrid scale of care units. Typical: equal for one cohort.</source>
        <translation type="vanished">equal = contar personas; madrid = escala de Madrid de unidades de cuidado de Durán. Típico: equal para un solo grupo.</translation>
    </message>
    <message>
        <source>Optional numeric field of UNITS with the potential caregivers, for care intensity. Typical: women 15-64.</source>
        <translation type="vanished">Campo numérico opcional de UNITS con las personas cuidadoras potenciales, para la intensidad de cuidado. Típico: mujeres de 15-64 años.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for care deserts and summaries by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS con el distrito de cada unidad, para los desiertos de cuidado y los resúmenes por distrito; sin él, DISTRICT_LAYER asigna a cada unidad el distrito en el que se encuentra. Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city.</source>
        <translation type="vanished">Capa opcional de polígonos de distritos: cuando UNITS no tiene campo de distrito, cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie (escrito como el campo district de las unidades), para los desiertos de cuidado y los resúmenes por distrito. Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names. Typical: the locality name.</source>
        <translation type="vanished">Campo de DISTRICT_LAYER con los nombres de los distritos. Típico: el nombre de la localidad.</translation>
    </message>
    <message>
        <source>straight = straight-line distance times DETOUR; network = shortest paths on NETWORK. Typical: network when a street layer is available.</source>
        <translation type="vanished">straight = distancia en línea recta por DETOUR; network = caminos más cortos en NETWORK. Típico: network cuando hay una capa de calles.</translation>
    </message>
    <message>
        <source>Road or footpath line layer, needed when COST_MODE=network. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Capa de líneas de calles o senderos, necesaria cuando COST_MODE=network. Típico: las calles de OpenStreetMap de la ciudad.</translation>
    </message>
    <message>
        <source>For COST_MODE=straight, how much longer real routes are than the straight line (at least 1). Typical: 1.3.</source>
        <translation type="vanished">Para COST_MODE=straight, cuánto más largas son las rutas reales que la línea recta (al menos 1). Típico: 1.3.</translation>
    </message>
    <message>
        <source>Catchment limit in minutes, used for accessibility and care deserts. Typical: 15 to 20 minutes walking.</source>
        <translation type="vanished">Límite del área de influencia en minutos, usado para la accesibilidad y los desiertos de cuidado. Típico: 15 a 20 minutos a pie.</translation>
    </message>
    <message>
        <source>Accessibility measure (see caremap:accessibility). Typical: 2sfca.</source>
        <translation type="vanished">Medida de accesibilidad (ver caremap:accessibility). Típico: 2sfca.</translation>
    </message>
    <message>
        <source>Optional targets per age band for the care gaps, as field:ratio items separated by &apos;;&apos;, each field one of the BAND_MAPPING fields of UNITS; required places = sum of ratio x count, replacing TARGET_RATIO. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Metas opcionales por grupo de edad para las brechas de cuidado, como elementos campo:razón separados por &apos;;&apos;, cada campo uno de los campos BAND_MAPPING de UNITS; cupos requeridos = suma de razón x conteo, en lugar de TARGET_RATIO. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE de Brasil: 50% de las niñas y niños de 0-3 en guardería, 100% de los de 4-5 en preescolar).</translation>
    </message>
    <message>
        <source>Optional numeric fields of UNITS added to the priority index (higher = more vulnerable). Typical: poverty rate, female-headed households.</source>
        <translation type="vanished">Campos numéricos opcionales de UNITS agregados al índice de prioridad (más alto = más vulnerable). Típico: tasa de pobreza, hogares con jefatura femenina.</translation>
    </message>
    <message>
        <source>If checked, the HTML report (and the PDF, if OUTPUT_PDF is set) is written. Typical: checked for the final run.</source>
        <translation type="vanished">Si se marca, se escribe el informe HTML (y el PDF, si se da OUTPUT_PDF). Típico: marcado en la ejecución final.</translation>
    </message>
    <message>
        <source>Optional table of care deserts by district (needs DISTRICT_FIELD or DISTRICT_LAYER).</source>
        <translation type="vanished">Tabla opcional de desiertos de cuidado por distrito (requiere DISTRICT_FIELD o DISTRICT_LAYER).</translation>
    </message>
    <message>
        <source>HTML report file, written when WRITE_REPORT is checked.</source>
        <translation type="vanished">Archivo del informe HTML, escrito cuando WRITE_REPORT está marcado.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in units with at least one facility within THRESHOLD; None when there is no demand.</source>
        <translation type="vanished">Proporción (0 a 1) de la demanda en unidades con al menos un equipamiento dentro de THRESHOLD; None cuando no hay demanda.</translation>
    </message>
    <message>
        <source>{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it must be above 0. Give the longest trip people are expected to make, e.g. 15 to 20 minutes walking.</source>
        <translation type="vanished">{0} es {1:g}: la accesibilidad y los desiertos de cuidado cuentan lo que queda dentro de este tiempo de viaje, por lo que debe ser mayor que 0. Indique el viaje más largo que se espera que hagan las personas, p. ej. 15 a 20 minutos a pie.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} of {2} are not age-band fields of the cohort ({3}: {4}). Give targets for those fields only, or add the bands to {3}.</source>
        <translation type="vanished">{0}: el/los campo(s) {1} de {2} no son campos por grupo de edad de la cohorte ({3}: {4}). Indique metas solo para esos campos, o agregue los grupos a {3}.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included); SHAPE &apos;hull&apos; = their concave hull (HULL_RATIO) widened by BUFFER metres (fast), &apos;buffer&apos; = the streets themselves buffered by BUFFER metres (detailed, slower); speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;, with &apos;cost_unit&apos; (minutes or meters) and &apos;cost_speed_kmh&apos; (the SPEED used) saying what it is in.</source>
        <translation type="vanished">Un polígono por equipamiento (o uno por umbral, disuelto) del área desde la que se lo alcanza dentro de cada umbral de THRESHOLDS (p. ej. &apos;10,15,20&apos;, en COST_UNIT).

COST_MODE &apos;network&apos;: los tramos de calle alcanzados dentro del umbral (incluidas calles parciales); SHAPE &apos;hull&apos; = su envolvente cóncava (HULL_RATIO) ensanchada BUFFER metros (rápido), &apos;buffer&apos; = las propias calles con un buffer de BUFFER metros (detallado, más lento); velocidad desde SPEED_FIELD o SPEED, sentido único desde ONEWAY_FIELD salvo a pie. COST_MODE &apos;straight&apos;: un círculo de radio igual al umbral (metros, o minutos x SPEED). Campos de salida: los campos del equipamiento más &apos;threshold&apos;, con &apos;cost_unit&apos; (minutes o meters) y &apos;cost_speed_kmh&apos; (la SPEED usada), que indican en qué unidad está.</translation>
    </message>
    <message>
        <source>Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Capa de servicios de cuidado, puntos o polígonos; se dibuja un área de influencia por servicio y umbral. Típico: la salida de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>network = the streets reached on NETWORK within each threshold; straight = a circle of radius threshold (metres, or minutes x SPEED). Typical: network.</source>
        <translation type="vanished">network = las calles alcanzadas en NETWORK dentro de cada umbral; straight = un círculo de radio igual al umbral (metros, o minutos x SPEED). Típico: network.</translation>
    </message>
    <message>
        <source>Road or footpath line layer, needed when COST_MODE=network; lines must be connected at their ends. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Capa de líneas de calles o senderos, necesaria cuando COST_MODE=network; las líneas deben estar conectadas en sus extremos. Típico: las calles de OpenStreetMap de la ciudad.</translation>
    </message>
    <message>
        <source>One or more thresholds in COST_UNIT, separated by commas; one polygon is drawn per threshold. Typical: &apos;10,15,20&apos; minutes.</source>
        <translation type="vanished">Uno o más umbrales en COST_UNIT, separados por comas; se dibuja un polígono por umbral. Típico: &apos;10,15,20&apos; minutos.</translation>
    </message>
    <message>
        <source>Polygon shape for COST_MODE=network: hull = concave hull of the reached streets widened by BUFFER (fast); buffer = the reached streets buffered by BUFFER (detailed, slower). Typical: hull.</source>
        <translation type="vanished">Forma del polígono para COST_MODE=network: hull = envolvente cóncava de las calles alcanzadas ampliada en BUFFER (rápido); buffer = las calles alcanzadas con un buffer de BUFFER (detallado, más lento). Típico: hull.</translation>
    </message>
    <message>
        <source>Width in metres added around the reached streets or the hull (COST_MODE=network). Typical: 50 m.</source>
        <translation type="vanished">Ancho en metros agregado alrededor de las calles alcanzadas o de la envolvente (COST_MODE=network). Típico: 50 m.</translation>
    </message>
    <message>
        <source>Concavity of the hull for SHAPE=hull, from 0 (most concave, follows the streets) to 1 (convex). Typical: 0.3.</source>
        <translation type="vanished">Concavidad de la envolvente para SHAPE=hull, de 0 (lo más cóncava, sigue las calles) a 1 (convexa). Típico: 0.3.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no network catchment. Typical: 500 m.</source>
        <translation type="vanished">Distancia máxima en metros de un equipamiento a la red vial: se une al punto más cercano de la calle más cercana (de una parte de la red que contenga al menos el 5% de la longitud de la parte mayor), contando la caminata hasta él. Los equipamientos más lejanos no tienen área de influencia por red. Típico: 500 m.</translation>
    </message>
    <message>
        <source>Cost: straight line or road network</source>
        <translation type="vanished">Costo: línea recta o red vial</translation>
    </message>
    <message>
        <source>Speed (km/h); walking = 5.04</source>
        <translation type="vanished">Velocidad (km/h); a pie = 5.04</translation>
    </message>
    <message>
        <source>Speed field of the network (km/h)</source>
        <translation type="vanished">Campo de velocidad de la red (km/h)</translation>
    </message>
    <message>
        <source>One-way field of the network</source>
        <translation type="vanished">Campo de sentido único de la red</translation>
    </message>
    <message>
        <source>Network: polygon shape</source>
        <translation type="vanished">Red: forma del polígono</translation>
    </message>
    <message>
        <source>Network: buffer around the reached streets or hull (m)</source>
        <translation type="vanished">Red: buffer alrededor de las calles alcanzadas o de la envolvente (m)</translation>
    </message>
    <message>
        <source>Network: concave hull ratio (0 = most concave, 1 = convex)</source>
        <translation type="vanished">Red: razón de la envolvente cóncava (0 = lo más cóncava posible, 1 = convexa)</translation>
    </message>
    <message>
        <source>Network: largest distance from a facility to the network (m)</source>
        <translation type="vanished">Red: distancia máxima de un equipamiento a la red (m)</translation>
    </message>
    <message>
        <source>{0} catchment polygon(s) for {1} facilit(y/ies) and thresholds {2} {3}.</source>
        <translation type="vanished">{0} polígono(s) de área de influencia para {1} equipamiento(s) y umbrales {2} {3}.</translation>
    </message>
    <message>
        <source>How unequally access (ACCESS_FIELD, &gt;= 0, e.g. &apos;access&apos; from caremap:accessibility) is spread over the population (POPULATION_FIELD; empty = every unit counts once).

Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit has everything); PALMA = share of access of the best-served 10% of people / share of the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD (or, without it, DISTRICT_LAYER: each unit in the district polygon its point on surface lies in), THEIL_BETWEEN + THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and the maximum access). All are population-weighted. A NULL output means undefined (e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population shares (0 = one row per unit). NULL values in the fields used are an error.</source>
        <translation type="vanished">Qué tan desigualmente se reparte el acceso (ACCESS_FIELD, &gt;= 0, p. ej. &apos;access&apos; de caremap:accessibility) entre la población (POPULATION_FIELD; vacío = cada unidad cuenta una vez).

Salidas (números, también en el registro): MEAN_ACCESS; GINI (0 = igualdad, 1 - 1/n = una unidad lo tiene todo); PALMA = proporción del acceso del 10% de personas mejor atendidas / proporción del 40% peor atendido; THEIL (T de Theil) y, con DISTRICT_FIELD (o, sin él, DISTRICT_LAYER: cada unidad en el polígono de distrito en el que se encuentra su punto sobre la superficie), THEIL_BETWEEN + THEIL_WITHIN = THEIL; con RANK_FIELD (un rango socioeconómico, bajo = más pobre, p. ej. ingreso o estrato) CONCENTRATION (2 cov(acceso, rango fraccional) / media; negativo = acceso concentrado entre los pobres) y ERREYGERS (8 cov / (máx - mín), con límites 0 y el acceso máximo). Todos están ponderados por población. Una salida NULL significa indefinida (p. ej. sin acceso en ninguna parte, o sin campo de rango). OUTPUT_LORENZ: la curva de Lorenz como tabla (pop_share, access_share, equality) en LORENZ_POINTS proporciones de población equiespaciadas (0 = una fila por unidad). Los valores NULL en los campos usados son un error.</translation>
    </message>
    <message>
        <source>Layer or table of units with an access value and their population. Typical: the demand output of caremap:accessibility.</source>
        <translation type="vanished">Capa o tabla de unidades con un valor de acceso y su población. Típico: la salida de demanda de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Numeric field with the access of each unit (&gt;= 0, no NULL). Typical: access from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico con el acceso de cada unidad (&gt;= 0, sin NULL). Típico: access de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: the demand field (e.g. children 0-5).</source>
        <translation type="vanished">Campo numérico opcional con las personas de cada unidad, usado como ponderador; vacío = cada unidad cuenta una vez. Típico: el campo de demanda (p. ej. niñas y niños de 0-5 años).</translation>
    </message>
    <message>
        <source>Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Campo opcional de distrito, para dividir la T de Theil en los componentes entre distritos (THEIL_BETWEEN) y dentro de los distritos (THEIL_WITHIN); sin él, DISTRICT_LAYER asigna a cada unidad el distrito en el que se encuentra. Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when INPUT has no district field, each unit gets the district its point on surface lies in, for the Theil decomposition (a unit in no district is an error). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Capa opcional de polígonos de distritos: cuando INPUT no tiene campo de distrito, cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie, para la descomposición de Theil (una unidad fuera de todo distrito es un error). Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <source>Number of rows of the Lorenz curve table, at equally spaced population shares (0 = one row per unit). Typical: 101.</source>
        <translation type="vanished">Número de filas de la tabla de la curva de Lorenz, en proporciones de población igualmente espaciadas (0 = una fila por unidad). Típico: 101.</translation>
    </message>
    <message>
        <source>Optional Lorenz curve table with pop_share, access_share and equality, for a chart.</source>
        <translation type="vanished">Tabla opcional de la curva de Lorenz con pop_share, access_share y equality, para un gráfico.</translation>
    </message>
    <message>
        <source>Mean access weighted by population; None when it cannot be computed (no population).</source>
        <translation type="vanished">Acceso medio ponderado por la población; None cuando no se puede calcular (sin población).</translation>
    </message>
    <message>
        <source>Theil T index of access inequality (0 = equality); None when undefined.</source>
        <translation type="vanished">Índice T de Theil de la desigualdad en el acceso (0 = igualdad); None cuando no está definido.</translation>
    </message>
    <message>
        <source>Part of Theil T due to differences between districts; None without districts or when undefined.</source>
        <translation type="vanished">Parte de la T de Theil debida a las diferencias entre distritos; None sin distritos o cuando no está definida.</translation>
    </message>
    <message>
        <source>Part of Theil T due to differences within districts; None without districts or when undefined.</source>
        <translation type="vanished">Parte de la T de Theil debida a las diferencias dentro de los distritos; None sin distritos o cuando no está definida.</translation>
    </message>
    <message>
        <source>Concentration index of access by RANK_FIELD (negative = access concentrated among the lower ranks); None without RANK_FIELD or when undefined.</source>
        <translation type="vanished">Índice de concentración del acceso según RANK_FIELD (negativo = acceso concentrado en los rangos más bajos); None sin RANK_FIELD o cuando no está definido.</translation>
    </message>
    <message>
        <source>Erreygers-corrected concentration index (for bounded access); None without RANK_FIELD or when undefined.</source>
        <translation type="vanished">Índice de concentración con la corrección de Erreygers (para un acceso acotado); None sin RANK_FIELD o cuando no está definido.</translation>
    </message>
    <message>
        <source>District field (Theil decomposition)</source>
        <translation type="vanished">Campo de distrito (descomposición de Theil)</translation>
    </message>
    <message>
        <source>Local hot and cold spots of a numeric FIELD.

STATISTIC gi_star: Getis-Ord Gi* (Ord &amp; Getis 1995) with the unit itself included (self weight 1, binary weights); its z is the same for binary and row-standardised weights (equal to esda G_Local(star=True, transform=&apos;B&apos;)). STATISTIC local_moran: local Moran&apos;s I (Anselin 1995) with row-standardised weights (WEIGHT_TRANSFORM=row, the default) or binary ones; outliers (High-Low, Low-High) are reported in &apos;quadrant&apos; (1 HH, 2 LH, 3 LL, 4 HL) and get hotspot_class 0.
WEIGHTS: knn (K nearest units), distance (all units within DISTANCE metres, inclusive), queen or rook contiguity (polygons sharing a vertex / an edge; INPUT must be polygons). Units without a neighbour (islands) get NULL z and p and class 0.
p is the two-sided normal p-value; with PERMUTATIONS &gt; 0 (e.g. 999) p_sim is the folded conditional-permutation pseudo p-value, reproducible with SEED. Classes use p_sim when permutations were run, else p; with FDR the Benjamini-Hochberg adjusted values (field p_fdr). hotspot_class: 3/2/1 hot spot at 99/95/90% confidence, 0 not significant, -1/-2/-3 cold spot at 90/95/99%.
Output fields: stat (Gi* or I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, quadrant (local Moran). Constant values give z = 0 and no hot spot.</source>
        <translation type="vanished">Puntos calientes y fríos locales de un campo numérico FIELD.

STATISTIC gi_star: Gi* de Getis-Ord (Ord y Getis 1995) con la propia unidad incluida (peso propio 1, pesos binarios); su z es la misma con pesos binarios o estandarizados por fila (igual a esda G_Local(star=True, transform=&apos;B&apos;)). STATISTIC local_moran: I de Moran local (Anselin 1995) con pesos estandarizados por fila (WEIGHT_TRANSFORM=row, por defecto) o binarios; los valores atípicos (Alto-Bajo, Bajo-Alto) se informan en &apos;quadrant&apos; (1 HH, 2 LH, 3 LL, 4 HL) y reciben hotspot_class 0.
WEIGHTS: knn (las K unidades más cercanas), distance (todas las unidades a DISTANCE metros o menos, inclusivo), contigüidad queen o rook (polígonos que comparten un vértice / un lado; INPUT debe ser de polígonos). Las unidades sin vecinos (islas) reciben z y p NULL y clase 0.
p es el valor p normal bilateral; con PERMUTATIONS &gt; 0 (p. ej. 999) p_sim es el pseudo valor p plegado por permutación condicional, reproducible con SEED. Las clases usan p_sim cuando se corrieron permutaciones, si no p; con FDR, los valores ajustados de Benjamini-Hochberg (campo p_fdr). hotspot_class: 3/2/1 punto caliente con 99/95/90% de confianza, 0 no significativo, -1/-2/-3 punto frío con 90/95/99%.
Campos de salida: stat (Gi* o I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, quadrant (Moran local). Los valores constantes dan z = 0 y ningún punto caliente.</translation>
    </message>
    <message>
        <source>Layer of units, points or polygons (polygons needed for queen and rook weights). Typical: census blocks with an indicator.</source>
        <translation type="vanished">Capa de unidades, puntos o polígonos (se necesitan polígonos para los pesos queen y rook). Típico: manzanas censales con un indicador.</translation>
    </message>
    <message>
        <source>gi_star = Getis-Ord Gi* (hot and cold spots); local_moran = local Moran&apos;s I (clusters and outliers). Typical: gi_star.</source>
        <translation type="vanished">gi_star = Gi* de Getis-Ord (puntos calientes y fríos); local_moran = I de Moran local (conglomerados y valores atípicos). Típico: gi_star.</translation>
    </message>
    <message>
        <source>Who the neighbours of a unit are: knn (the K nearest), distance (within DISTANCE metres), queen or rook contiguity (polygons). Typical: knn for points, queen for polygons.</source>
        <translation type="vanished">Quiénes son los vecinos de una unidad: knn (los K más cercanos), distance (a menos de DISTANCE metros), contigüidad queen o rook (polígonos). Típico: knn para puntos, queen para polígonos.</translation>
    </message>
    <message>
        <source>Number of nearest neighbours for WEIGHTS=knn. Typical: 8.</source>
        <translation type="vanished">Número de vecinos más cercanos para WEIGHTS=knn. Típico: 8.</translation>
    </message>
    <message>
        <source>Distance band in metres for WEIGHTS=distance (inclusive). Typical: 1000 m.</source>
        <translation type="vanished">Banda de distancia en metros para WEIGHTS=distance (inclusive). Típico: 1000 m.</translation>
    </message>
    <message>
        <source>Weights for local_moran: row (row-standardised) or binary; Gi* z is the same either way. Typical: row.</source>
        <translation type="vanished">Pesos para local_moran: row (estandarizados por fila) o binary; el z de Gi* es igual en ambos casos. Típico: row.</translation>
    </message>
    <message>
        <source>Number of conditional permutations for the pseudo p-value p_sim (0 = analytic p only). Typical: 999.</source>
        <translation type="vanished">Número de permutaciones condicionales para el pseudo valor p p_sim (0 = solo p analítico). Típico: 999.</translation>
    </message>
    <message>
        <source>Random seed of the permutations, so a run can be reproduced. Typical: 12345.</source>
        <translation type="vanished">Semilla aleatoria de las permutaciones, para poder reproducir una ejecución. Típico: 12345.</translation>
    </message>
    <message>
        <source>If checked, p-values are corrected for multiple testing (Benjamini-Hochberg false discovery rate) before classing. Typical: checked for many units.</source>
        <translation type="vanished">Si se marca, los valores p se corrigen por pruebas múltiples (tasa de falsos descubrimientos de Benjamini-Hochberg) antes de clasificar. Típico: marcado con muchas unidades.</translation>
    </message>
    <message>
        <source>The units with stat, z, p, p_sim, p_fdr, hotspot_class (3 to -3), n_neighbors and, for local_moran, quadrant.</source>
        <translation type="vanished">Las unidades con stat, z, p, p_sim, p_fdr, hotspot_class (3 a -3), n_neighbors y, para local_moran, quadrant.</translation>
    </message>
    <message>
        <source>Spatial weights</source>
        <translation type="vanished">Pesos espaciales</translation>
    </message>
    <message>
        <source>Number of neighbours (knn)</source>
        <translation type="vanished">Número de vecinos (knn)</translation>
    </message>
    <message>
        <source>Weights transform</source>
        <translation type="vanished">Transformación de los pesos</translation>
    </message>
    <message>
        <source>Permutations (0 = analytic only)</source>
        <translation type="vanished">Permutaciones (0 = solo analítico)</translation>
    </message>
    <message>
        <source>{0} is {1}, but layer {2} has only {3} unit(s) ({4} possible neighbours each): give a smaller number.</source>
        <translation type="vanished">{0} es {1}, pero la capa {2} solo tiene {3} unidad(es) ({4} vecinos posibles cada una): indique un número menor.</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; needs polygons, but layer {2} has points: choose knn or distance.</source>
        <translation type="vanished">{0} &apos;{1}&apos; necesita polígonos, pero la capa {2} tiene puntos: elija knn o distance.</translation>
    </message>
    <message>
        <source>Layer {0} has {1} unit(s); local statistics need at least 3.</source>
        <translation type="vanished">La capa {0} tiene {1} unidad(es); los estadísticos locales necesitan al menos 3.</translation>
    </message>
    <message>
        <source>Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3}; {4} island(s); {5} connected component(s).</source>
        <translation type="vanished">Pesos ({0}): vecinos por unidad mín. {1}, media {2:.2f}, máx. {3}; {4} isla(s); {5} componente(s) conexa(s).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no neighbour: their z and p are NULL.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen vecinos: su z y p son NULL.</translation>
    </message>
    <message>
        <source>No unit of layer {0} has a neighbour with these weights: give a larger {1}, or choose knn in {2}.</source>
        <translation type="vanished">Ninguna unidad de la capa {0} tiene vecinos con estos pesos: indique un {1} mayor, o elija knn en {2}.</translation>
    </message>
    <message>
        <source>Builds a routable street network for walking, cycling or driving from an OpenStreetMap extract (.osm or .osm.pbf, read through GDAL&apos;s OSM driver; nothing is downloaded), ready for COST_MODE=network of every CareMap algorithm (SPEED_FIELD=speed_kmh, ONEWAY_FIELD=oneway).

Usable ways per MODE: walk = streets, footways, paths, steps, cycleways, tracks and trunk roads (motorways never); bike = streets, cycleways, paths and tracks, footways and pedestrian streets only with bicycle=yes/designated; car = motorways to service roads. A foot/bicycle/motorcar, vehicle or access tag saying no, private (or agricultural, forestry, delivery, use_sidepath...) takes a way out, the most specific tag deciding. Trunk roads without a foot or bicycle tag are walkable and cyclable (OpenStreetMap&apos;s worldwide default) unless motorroad=yes. Railway, subway and tram tracks are never part of the network; unknown highway classes are left out and counted in the log.

One-way: oneway=yes/1/-1, junction=roundabout and motorways (implied) for cars and bikes, oneway:bicycle and contraflow cycleways for bikes; oneway=reversible ways are left out for cars and bikes; a walk network has oneway = 0 everywhere.

Topology: ways meet only at the OpenStreetMap nodes they share (same coordinates); they are split there, so the output lines meet only at their ends, and bridges or tunnels never join the streets they cross. The log gives the connected components (count, share of the length in the largest); the field component numbers them, 0 = the largest.

Output: lines in the local UTM zone with osm_id, name, highway, speed_kmh, oneway (1 = only in the line&apos;s direction, -1 = only against it, 0 = both), component and length_m; the numbers N_COMPONENTS and LARGEST_SHARE (share of the length in the largest component, 0-1).</source>
        <translation type="vanished">Construye una red de calles enrutable para caminar, andar en bicicleta o conducir a partir de un extracto de OpenStreetMap (.osm u .osm.pbf, leído con el driver OSM de GDAL; no se descarga nada), lista para COST_MODE=network de todos los algoritmos de CareMap (SPEED_FIELD=speed_kmh, ONEWAY_FIELD=oneway).

Vías utilizables por MODE: walk = calles, veredas, senderos, escaleras, ciclovías, caminos rurales (track) y vías troncales (nunca autopistas); bike = calles, ciclovías, senderos y caminos rurales, y veredas y calles peatonales solo con bicycle=yes/designated; car = desde autopistas hasta vías de servicio. Una etiqueta foot/bicycle/motorcar, vehicle o access que diga no, private (o agricultural, forestry, delivery, use_sidepath...) excluye una vía; decide la etiqueta más específica. Las vías troncales sin etiqueta foot ni bicycle son transitables a pie y en bicicleta (el valor por defecto mundial de OpenStreetMap) salvo con motorroad=yes. Las vías de ferrocarril, metro y tranvía nunca forman parte de la red; las clases de highway desconocidas se dejan fuera y se cuentan en el registro.

Sentido único: oneway=yes/1/-1, junction=roundabout y autopistas (implícito) para autos y bicicletas, oneway:bicycle y ciclovías a contramano para bicicletas; las vías con oneway=reversible se dejan fuera para autos y bicicletas; una red walk tiene oneway = 0 en todas partes.

Topología: las vías se encuentran solo en los nodos de OpenStreetMap que comparten (mismas coordenadas); se dividen allí, por lo que las líneas de salida se encuentran solo en sus extremos, y los puentes o túneles nunca se unen a las calles que cruzan. El registro indica las componentes conexas (cantidad, proporción de la longitud en la mayor); el campo component las numera, 0 = la mayor.

Salida: líneas en la zona UTM local con osm_id, name, highway, speed_kmh, oneway (1 = solo en el sentido de la línea, -1 = solo en sentido contrario, 0 = ambos), component y length_m; los números N_COMPONENTS y LARGEST_SHARE (proporción de la longitud en la componente mayor, 0-1).</translation>
    </message>
    <message>
        <source>Optional speeds in km/h per highway class that replace the defaults of MODE, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or &apos;primary:40,residential:25&apos; for a congested town by car.</source>
        <translation type="vanished">Velocidades opcionales en km/h por clase de vía (highway) que reemplazan las velocidades por defecto de MODE, como elementos clase:velocidad separados por comas; no vuelve utilizable una clase. Típico: vacío, o &apos;primary:40,residential:25&apos; para una ciudad congestionada en auto.</translation>
    </message>
    <message>
        <source>The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; use it as NETWORK with SPEED_FIELD=speed_kmh and ONEWAY_FIELD=oneway.</source>
        <translation type="vanished">Las líneas de la red con highway, speed_kmh, oneway, component y length_m, divididas en los nodos compartidos; úsela como NETWORK con SPEED_FIELD=speed_kmh y ONEWAY_FIELD=oneway.</translation>
    </message>
    <message>
        <source>Network for {0}: {1} lines ({2:,.1f} km) in {3} connected component(s); the largest holds {4:.1%} of the length.</source>
        <translation type="vanished">Red para {0}: {1} líneas ({2:.1f} km) en {3} componente(s) conexa(s); la mayor contiene el {4:.1%} de la longitud.</translation>
    </message>
    <message>
        <source>{0} way(s) left out by their access tags (no, private...).</source>
        <translation type="vanished">Se dejaron fuera {0} vía(s) por sus etiquetas de acceso (no, private...).</translation>
    </message>
    <message>
        <source>{0} way(s) of classes this mode may use only when a tag allows it (e.g. footways for bikes) left out.</source>
        <translation type="vanished">Se dejaron fuera {0} vía(s) de clases que este modo solo puede usar cuando una etiqueta lo permite (p. ej. veredas para bicicletas).</translation>
    </message>
    <message>
        <source>{0} way(s) tagged motorroad=yes left out (closed to walking and cycling).</source>
        <translation type="vanished">Se dejaron fuera {0} vía(s) con motorroad=yes (cerradas para peatones y ciclistas).</translation>
    </message>
    <message>
        <source>{0} way(s) that are also railway tracks left out.</source>
        <translation type="vanished">Se dejaron fuera {0} vía(s) que también son vías de ferrocarril.</translation>
    </message>
    <message>
        <source>{0} way(s) with oneway=reversible/alternating left out (no fixed direction).</source>
        <translation type="vanished">Se dejaron fuera {0} vía(s) con oneway=reversible/alternating (sin sentido fijo).</translation>
    </message>
    <message>
        <source>Reads an OpenStreetMap extract (.osm or .osm.pbf) through GDAL&apos;s OSM driver (points, lines and multipolygons; all tags, including other_tags) and keeps the care facilities that a tag table maps onto the inventory schema: service_type, target_group and sphere, plus name, capacity (capacity tag), fee (0 when fee=no) and source = &apos;osm&apos;. Areas are taken at a point on their surface. The tag table (a CSV; by default data/osm_care_tags.csv in the plugin) has the columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere: the first &apos;service&apos; row whose key=value (and condition, e.g. social_facility:for=senior) holds wins, so put specific rows first; &apos;sphere&apos; rows (e.g. operator:type=public) set the sphere. Copy and extend it for local tagging. The output is in WGS84 (EPSG:4326), ready for caremap:supplyinventory.</source>
        <translation type="vanished">Lee un extracto de OpenStreetMap (.osm u .osm.pbf) mediante el driver OSM de GDAL (puntos, líneas y multipolígonos; todas las etiquetas, incluidas other_tags) y conserva los equipamientos de cuidado que una tabla de etiquetas asigna al esquema del inventario: service_type, target_group y sphere, además de name, capacity (etiqueta capacity), fee (0 cuando fee=no) y source = &apos;osm&apos;. Las áreas se toman en un punto sobre su superficie. La tabla de etiquetas (un CSV; por defecto data/osm_care_tags.csv en el complemento) tiene las columnas kind, key, value, condition_key, condition_value, service_type, target_group, sphere: gana la primera fila &apos;service&apos; cuyo key=value (y condición, p. ej. social_facility:for=senior) se cumple, así que ponga primero las filas específicas; las filas &apos;sphere&apos; (p. ej. operator:type=public) fijan la esfera. Cópiela y amplíela para el etiquetado local. La salida está en WGS84 (EPSG:4326), lista para caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Optional CSV tag table mapping OSM tags to service_type, target_group and sphere; empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging.</source>
        <translation type="vanished">Tabla CSV de etiquetas opcional que traduce las etiquetas de OSM a service_type, target_group y sphere; vacío = la incluida data/osm_care_tags.csv. Típico: vacío, o una copia ampliada para el etiquetado local.</translation>
    </message>
    <message>
        <source>Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for caremap:supplyinventory.</source>
        <translation type="vanished">Puntos de servicios de cuidado en WGS84 con name, service_type, target_group, sphere, capacity, fee y source, listos para caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>{0} OpenStreetMap feature(s) read, {1} care facilities mapped.</source>
        <translation type="vanished">Se leyeron {0} entidad(es) de OpenStreetMap y se asignaron {1} equipamientos de cuidado.</translation>
    </message>
    <message>
        <source>A composite care priority index from chosen indicator fields (e.g. unmet demand, low access, care intensity, poverty, female-headed households).

Each indicator in FIELDS is normalised (NORMALIZATION: minmax to [0, 1], rank to [0, 1] with average ranks for ties, or z-score) and oriented so that higher = more priority: list in INVERT_FIELDS the indicators where a LOWER value means more need (e.g. access). WEIGHTS is a comma-separated list of non-negative numbers, one per field in FIELDS order (empty = equal weights); they are rescaled to sum 1. A constant indicator normalises to 0.
Output fields: priority (sum of the contributions), priority_rank (1 = highest priority; ties share a rank), priority_quintile (5 = the 20% highest-priority units, 1 = the lowest), and contrib_&lt;field&gt; = weight x normalised value for each indicator, so the index can be explained indicator by indicator. NULL indicator values are an error.</source>
        <translation type="vanished">Un índice compuesto de prioridad de cuidado a partir de campos de indicadores elegidos (p. ej. demanda no atendida, bajo acceso, intensidad de cuidado, pobreza, hogares con jefatura femenina).

Cada indicador de FIELDS se normaliza (NORMALIZATION: minmax a [0, 1], rank a [0, 1] con rangos promedio para los empates, o puntaje z) y se orienta de modo que mayor = más prioridad: liste en INVERT_FIELDS los indicadores en los que un valor MENOR significa más necesidad (p. ej. el acceso). WEIGHTS es una lista separada por comas de números no negativos, uno por campo en el orden de FIELDS (vacía = pesos iguales); se reescalan para sumar 1. Un indicador constante se normaliza a 0.
Campos de salida: priority (suma de las contribuciones), priority_rank (1 = máxima prioridad; los empates comparten rango), priority_quintile (5 = el 20% de unidades de mayor prioridad, 1 = el de menor) y contrib_&lt;campo&gt; = peso x valor normalizado de cada indicador, para poder explicar el índice indicador por indicador. Los valores NULL de los indicadores son un error.</translation>
    </message>
    <message>
        <source>Layer of units with the indicator fields. Typical: the units output of caremap:carepipeline.</source>
        <translation type="vanished">Capa de unidades con los campos indicadores. Típico: la salida de unidades de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Indicators of FIELDS where a lower value means more need, so they are reversed. Typical: access.</source>
        <translation type="vanished">Indicadores de FIELDS en los que un valor más bajo significa más necesidad, por lo que se invierten. Típico: access.</translation>
    </message>
    <message>
        <source>How each indicator is put on a common scale: minmax (0-1), rank (0-1) or z (z-score). Typical: minmax.</source>
        <translation type="vanished">Cómo se lleva cada indicador a una escala común: minmax (0-1), rank (0-1) o z (puntaje z). Típico: minmax.</translation>
    </message>
    <message>
        <source>Non-negative weights separated by commas, one per field in FIELDS order, rescaled to sum 1; empty = equal weights. Typical: &apos;2,1,1&apos;.</source>
        <translation type="vanished">Pesos no negativos separados por comas, uno por campo en el orden de FIELDS, reescalados para sumar 1; vacío = pesos iguales. Típico: &apos;2,1,1&apos;.</translation>
    </message>
    <message>
        <source>The units with priority, priority_rank, priority_quintile and one contrib_&lt;field&gt; per indicator.</source>
        <translation type="vanished">Las unidades con priority, priority_rank, priority_quintile y un contrib_&lt;field&gt; por indicador.</translation>
    </message>
    <message>
        <source>Weights (comma-separated, one per indicator; empty = equal)</source>
        <translation type="vanished">Pesos (separados por comas, uno por indicador; vacío = iguales)</translation>
    </message>
    <message>
        <source>Field(s) {0} are chosen in {1} but not in {2}: add them to {2}, or untick them in {1}.</source>
        <translation type="vanished">Los campos {0} se eligieron en {1} pero no en {2}: agréguelos a {2} o desmárquelos en {1}.</translation>
    </message>
    <message>
        <source>{0} holds &apos;{1}&apos;: write numbers separated by commas, one per indicator field (e.g. 2,1,1), or leave it empty for equal weights.</source>
        <translation type="vanished">{0} contiene &apos;{1}&apos;: escriba números separados por comas, uno por campo indicador (p. ej. 2,1,1), o déjelo vacío para usar pesos iguales.</translation>
    </message>
    <message>
        <source>{0} holds {1} number(s) but {2} field(s) are chosen in {3} ({4}): give one weight per field, in that order, or leave it empty for equal weights.</source>
        <translation type="vanished">{0} contiene {1} número(s), pero en {3} se eligieron {2} campo(s) ({4}): indique un peso por campo, en ese orden, o déjelo vacío para usar pesos iguales.</translation>
    </message>
    <message>
        <source>No variation: indicator(s) {0} of layer {1} have the same value in every unit; they normalise to 0 and do not change the ranking.</source>
        <translation type="vanished">Sin variación: el/los indicador(es) {0} de la capa {1} tienen el mismo valor en todas las unidades; se normalizan a 0 y no cambian el orden de prioridad.</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are cut once into runs of pixels on each raster&apos;s grid (scanline) and the runs are summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster&apos;s CRS, never the raster. NaN or infinite pixels that are not the raster&apos;s nodata value are skipped like nodata and counted in a warning naming the raster. Negative pixel values (and -inf) are an error.</source>
        <translation type="vanished">Suma uno o más rásteres de población (p. ej. grillas por edad y sexo como WorldPop) en polígonos (ZONES) o, sin zonas, en una grilla de hexágonos que genera sobre los rásteres (HEX_SIZE = lado de un hexágono en metros; HEX_ORIENTATION pointy o flat). Un campo de salida por banda de ráster, con el nombre del ráster; raster_total es su suma, n_pixels los píxeles contados (primer ráster); los hexágonos reciben además pop_density por km2.

Las zonas se cortan una sola vez en tramos de píxeles sobre la grilla de cada ráster (barrido por filas) y los tramos se suman con numpy (add.reduceat, bincount), leyendo el ráster en franjas de filas, de modo que los rásteres grandes caben en memoria. Regla del centro del píxel: un píxel cuenta para una zona cuando su centro está dentro de la zona (nunca se reparte entre zonas). Los píxeles nodata se omiten; una zona sin ningún píxel válido (fuera del ráster, todo nodata o más pequeña que un píxel) recibe NULL. Las zonas superpuestas cuentan cada una los píxeles cuyos centros contienen. Las zonas se reproyectan al SRC de cada ráster, nunca el ráster. Los píxeles NaN o infinitos que no son el valor nodata del ráster se omiten como nodata y se cuentan en una advertencia que nombra el ráster. Los valores de píxel negativos (y -inf) son un error.</translation>
    </message>
    <message>
        <source>Side of a generated hexagon in metres (without ZONES). Typical: 500 m in a city.</source>
        <translation type="vanished">Lado de un hexágono generado en metros (sin ZONES). Típico: 500 m en una ciudad.</translation>
    </message>
    <message>
        <source>Raster {0} (band {1}) has {2} negative pixel value(s) that are not nodata around the zones; population counts cannot be negative.</source>
        <translation type="vanished">El ráster {0} (banda {1}) tiene {2} valor(es) de píxel negativo(s) que no son nodata alrededor de las zonas; los conteos de población no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Raster {0} (band {1}) has {2} pixel(s) inside the zones holding NaN or infinite values that are not its nodata value: they are skipped (counted as no data, not as people) in {3} zone(s). Check the raster, or set its nodata value.</source>
        <translation type="vanished">El ráster {0} (banda {1}) tiene {2} píxel(es) dentro de las zonas con valores NaN o infinitos que no son su valor nodata: se omiten (se cuentan como sin datos, no como personas) en {3} zona(s). Revise el ráster o defina su valor nodata.</translation>
    </message>
    <message>
        <source>{0} zone(s) have no valid pixel centre in any raster: NULL.</source>
        <translation type="vanished">{0} zona(s) no tienen ningún centro de píxel válido en ningún ráster: NULL.</translation>
    </message>
    <message>
        <source>{0} hexagon(s) written ({1} without valid pixels dropped).</source>
        <translation type="vanished">Se escribieron {0} hexágono(s) (se descartaron {1} sin píxeles válidos).</translation>
    </message>
    <message>
        <source>Writes a self-contained HTML report (images inlined, opens in any browser, no internet needed) and optionally a PDF made with a QGIS print layout: maps of supply, demand, access, care deserts and priority with legends, scale bar and north arrow; charts (demand and accessible places by district, distribution of access with the policy target, coverage curve, Lorenz curve with Gini and Palma); the key numbers in plain sentences; and the method and parameters, so the result can be reproduced.

UNITS is a result layer of CareMap (e.g. the units output of Care map in one run, or of Accessibility, Care gaps and Care deserts). Each optional field parameter names the field to use; left empty, the standard CareMap field is used when the layer has it (cost_nearest, access, covered, unmet, desert, priority), and the part of the report that needs it is left out otherwise. COHORT_LABEL, SERVICE_LABEL and MODE_LABEL make the sentences read naturally, e.g. &apos;children under 6&apos;, &apos;a childcare place&apos;, &apos;walk&apos;. PARAMETERS is free text or JSON describing how the inputs were made.

Text from the layers (district and facility names) is escaped: markup in the data is shown as text, never run.</source>
        <translation type="vanished">Escribe un informe HTML autocontenido (imágenes incrustadas, se abre en cualquier navegador, sin necesidad de internet) y opcionalmente un PDF hecho con una composición de impresión de QGIS: mapas de oferta, demanda, acceso, desiertos de cuidado y prioridad con leyendas, barra de escala y flecha del norte; gráficos (demanda y cupos accesibles por distrito, distribución del acceso con la meta de política, curva de cobertura, curva de Lorenz con Gini y Palma); las cifras clave en frases sencillas; y el método y los parámetros, para que el resultado pueda reproducirse.

UNITS es una capa de resultados de CareMap (p. ej. la salida de unidades de Mapa de cuidado en una sola ejecución, o de Accesibilidad, Brechas de cuidado y Desiertos de cuidado). Cada parámetro de campo opcional indica el campo a usar; si se deja vacío, se usa el campo estándar de CareMap cuando la capa lo tiene (cost_nearest, access, covered, unmet, desert, priority) y, si no, se omite la parte del informe que lo necesita. COHORT_LABEL, SERVICE_LABEL y MODE_LABEL hacen que las frases se lean con naturalidad, p. ej. &apos;niñas y niños menores de 6 años&apos;, &apos;un cupo de cuidado infantil&apos;, &apos;a pie&apos;. PARAMETERS es texto libre o JSON que describe cómo se produjeron los insumos.

El texto proveniente de las capas (nombres de distritos y equipamientos) se escapa: el marcado en los datos se muestra como texto, nunca se ejecuta.</translation>
    </message>
    <message>
        <source>A CareMap result layer of units with the indicators to report. Typical: the units output of caremap:carepipeline.</source>
        <translation type="vanished">Una capa de resultados de CareMap con las unidades y los indicadores a informar. Típico: la salida de unidades de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Numeric field of UNITS with the people of the cohort. Typical: care_demand.</source>
        <translation type="vanished">Campo numérico de UNITS con las personas del grupo. Típico: care_demand.</translation>
    </message>
    <message>
        <source>Field with the cost in minutes to the nearest facility; empty = cost_nearest if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo con el costo en minutos hasta el servicio más cercano; vacío = cost_nearest si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <source>Field with the access in places per person; empty = access if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo con el acceso en cupos por persona; vacío = access si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <source>Field that is 1 where the unit reaches a facility within the threshold, else 0; empty = covered if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo que vale 1 donde la unidad alcanza un servicio dentro del umbral, si no 0; vacío = covered si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <source>Field with the unmet demand in people; empty = unmet if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo con la demanda no atendida en personas; vacío = unmet si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <source>Field that is 1 for a care desert, else 0; empty = desert if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo que vale 1 para un desierto de cuidado, si no 0; vacío = desert si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <source>Field with the care priority index; empty = priority if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo con el índice de prioridad de cuidado; vacío = priority si la capa lo tiene. Típico: vacío.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for the charts by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS con el distrito de cada unidad, para los gráficos por distrito; sin él, DISTRICT_LAYER asigna a cada unidad el distrito en el que se encuentra. Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in, for the charts by district. Typical: the localities or communes of the city.</source>
        <translation type="vanished">Capa opcional de polígonos de distritos: cuando UNITS no tiene campo de distrito, cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie, para los gráficos por distrito. Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <source>Optional layer of care facilities to draw on the supply map. Typical: the inventory output of caremap:carepipeline.</source>
        <translation type="vanished">Capa opcional de servicios de cuidado para dibujar en el mapa de oferta. Típico: la salida de inventario de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Optional numeric field of SUPPLY with the places of each facility. Typical: capacity_fde.</source>
        <translation type="vanished">Campo numérico opcional de SUPPLY con los cupos de cada servicio. Típico: capacity_fde.</translation>
    </message>
    <message>
        <source>Travel-time threshold in minutes that the analysis used, quoted in the sentences and charts. Typical: 20 minutes.</source>
        <translation type="vanished">Umbral de tiempo de viaje en minutos que usó el análisis, citado en las frases y los gráficos. Típico: 20 minutos.</translation>
    </message>
    <message>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in UNITS; the places needed are the sum of ratio x count, replacing TARGET. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Metas opcionales por grupo de edad, como elementos campo:razón separados por &apos;;&apos;, cada campo un conteo de personas de ese grupo en UNITS; los cupos necesarios son la suma de razón x conteo, en lugar de TARGET. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE de Brasil: 50% de las niñas y niños de 0-3 en guardería, 100% de los de 4-5 en preescolar).</translation>
    </message>
    <message>
        <source>Free text or JSON describing how the inputs were made, printed in the method section so the result can be reproduced. Typical: the parameters of the accessibility run.</source>
        <translation type="vanished">Texto libre o JSON que describe cómo se hicieron los insumos, impreso en la sección de método para poder reproducir el resultado. Típico: los parámetros de la ejecución de accesibilidad.</translation>
    </message>
    <message>
        <source>Self-contained HTML report (maps, charts, key numbers, method), to open in any browser.</source>
        <translation type="vanished">Informe HTML autocontenido (mapas, gráficos, cifras clave, método), para abrir en cualquier navegador.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand beyond THRESHOLD of the nearest facility (or not covered); None when there is no demand or no cost or covered field.</source>
        <translation type="vanished">Proporción (0 a 1) de la demanda más allá de THRESHOLD del equipamiento más cercano (o no cubierta); None cuando no hay demanda o no hay campo de costo o de cobertura.</translation>
    </message>
    <message>
        <source>People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them.</source>
        <translation type="vanished">Personas sin cupo: la suma del campo unmet, o de max(0, demanda - cupos) a partir del acceso; None si no los hay.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand living in care deserts; None without a desert field or demand.</source>
        <translation type="vanished">Proporción (0 a 1) de la demanda que vive en desiertos de cuidado; None sin campo de desierto o sin demanda.</translation>
    </message>
    <message>
        <source>Cost to the nearest facility field (minutes)</source>
        <translation type="vanished">Campo de costo al equipamiento más cercano (minutos)</translation>
    </message>
    <message>
        <source>Unmet demand field</source>
        <translation type="vanished">Campo de demanda no atendida</translation>
    </message>
    <message>
        <source>Priority index field</source>
        <translation type="vanished">Campo del índice de prioridad</translation>
    </message>
    <message>
        <source>Facility capacity field</source>
        <translation type="vanished">Campo de capacidad de los equipamientos</translation>
    </message>
    <message>
        <source>Travel-time threshold (minutes)</source>
        <translation type="vanished">Umbral de tiempo de viaje (minutos)</translation>
    </message>
    <message>
        <source>Method and parameters (text or JSON)</source>
        <translation type="vanished">Método y parámetros (texto o JSON)</translation>
    </message>
    <message>
        <source>{0} is {1:g}: the report counts the people within this travel time and quotes it in its sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. 20 minutes).</source>
        <translation type="vanished">{0} es {1:g}: el informe cuenta las personas dentro de este tiempo de viaje y lo cita en sus frases y gráficos, por lo que debe ser mayor que 0. Indique el umbral que usó el análisis (p. ej. 20 minutos).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL) in field &apos;{2}&apos;: they are left out of every figure of the report.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen valor (NULL) en el campo &apos;{2}&apos;: quedan fuera de todas las cifras del informe.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age band.</source>
        <translation type="vanished">{0}: el/los campo(s) {1} no están en la capa {2}. Indique campos de esa capa con las personas de cada grupo de edad.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL value(s) in units with demand: the places the targets per age band ask for are unknown there. Fill or filter them first.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene {2} valor(es) NULL en unidades con demanda: allí no se conocen los cupos que piden las metas por grupo de edad. Complételos o fíltrelos antes.</translation>
    </message>
    <message>
        <source>Care facilities by capacity ({0})</source>
        <translation type="vanished">Equipamientos de cuidado por capacidad ({0})</translation>
    </message>
    <message>
        <source>Demand: {0} ({1})</source>
        <translation type="vanished">Demanda: {0} ({1})</translation>
    </message>
    <message>
        <source>Minutes to the nearest service</source>
        <translation type="vanished">Minutos al servicio más cercano</translation>
    </message>
    <message>
        <source>Care desert = high demand and low access.</source>
        <translation type="vanished">Desierto de cuidado = demanda alta y acceso bajo.</translation>
    </message>
    <message>
        <source>Priority index (0-1, quintiles)</source>
        <translation type="vanished">Índice de prioridad (0-1, quintiles)</translation>
    </message>
    <message>
        <source>Chooses P new care facility sites among CANDIDATES (a point layer) or a regular grid (GRID_SPACING metres) over the demand. EXISTING facilities stay open and already cover.
OBJECTIVE: mclp = maximise the demand within THRESHOLD; pmedian = minimise the demand-weighted cost to the nearest open site (costs up to MAX_COST, default 3 x THRESHOLD; units reaching nothing count at MAX_COST, and cost before/after is NULL for them); capacitated = maximise the demand served within THRESHOLD when each new site serves at most its capacity.
SOLVER: greedy (fast; for mclp at least 63% = 1 - 1/e of the optimum, usually &gt; 97%) or exact (MILP with HiGHS, stopped after TIME_LIMIT seconds; the MIP gap is reported; cancelling takes effect when the solver returns, at the latest after TIME_LIMIT).
Outputs: the chosen sites with rank and gain (demand newly covered/served, or cost saved), the demand layer with coverage and cost before/after, and a before/after summary. A site that would add nothing (all demand within its reach already covered, served or as close) is never added: fewer than P sites are then placed, with a warning, and SITES_PLACED says how many.</source>
        <translation type="vanished">Elige P sitios para nuevos equipamientos de cuidado entre CANDIDATES (una capa de puntos) o una grilla regular (GRID_SPACING metros) sobre la demanda. Los equipamientos EXISTING siguen abiertos y ya cubren.
OBJECTIVE: mclp = maximizar la demanda dentro de THRESHOLD; pmedian = minimizar el costo ponderado por la demanda al sitio abierto más cercano (costos hasta MAX_COST, por defecto 3 x THRESHOLD; las unidades que no alcanzan nada cuentan con MAX_COST, y su costo antes/después es NULL); capacitated = maximizar la demanda atendida dentro de THRESHOLD cuando cada nuevo sitio atiende como máximo su capacidad.
SOLVER: greedy (rápido; para mclp al menos el 63% = 1 - 1/e del óptimo, normalmente &gt; 97%) o exact (MILP con HiGHS, detenido tras TIME_LIMIT segundos; se informa la brecha MIP; la cancelación surte efecto cuando el solver termina, a más tardar tras TIME_LIMIT).
Salidas: los sitios elegidos con rank y gain (demanda recién cubierta/atendida, o costo ahorrado), la capa de demanda con cobertura y costo antes/después, y un resumen antes/después. Un sitio que no agregaría nada (toda la demanda a su alcance ya está cubierta, atendida o igual de cerca) nunca se agrega: en ese caso se ubican menos de P sitios, con una advertencia, y SITES_PLACED indica cuántos.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5.</source>
        <translation type="vanished">Capa de unidades de demanda, puntos o polígonos (tomados en su centroide). Típico: manzanas censales con niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <source>Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from caremap:caregaps.</source>
        <translation type="vanished">Campo numérico opcional con las personas de cada unidad; vacío = 1 por unidad. Típico: niñas y niños de 0-5 años, o unmet de caremap:caregaps.</translation>
    </message>
    <message>
        <source>Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a grid of GRID_SPACING is used. Typical: the public land inventory.</source>
        <translation type="vanished">Capa opcional de puntos con los sitios posibles (p. ej. lotes públicos, escuelas, salones comunales); sin ella se usa una grilla de GRID_SPACING. Típico: el inventario de predios públicos.</translation>
    </message>
    <message>
        <source>Spacing in metres of a regular grid of candidate sites over the demand, used when no CANDIDATES layer is given (0 = none). Typical: 250 m.</source>
        <translation type="vanished">Separación en metros de una grilla regular de sitios candidatos sobre la demanda, usada cuando no se da una capa CANDIDATES (0 = ninguna). Típico: 250 m.</translation>
    </message>
    <message>
        <source>Optional layer of facilities that stay open and already cover demand. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Capa opcional de servicios que siguen abiertos y ya cubren demanda. Típico: la salida de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Number of new sites to choose. Typical: 3 to 10, the number the budget allows.</source>
        <translation type="vanished">Número de sitios nuevos a elegir. Típico: 3 a 10, el número que permite el presupuesto.</translation>
    </message>
    <message>
        <source>mclp = cover the most demand within THRESHOLD; pmedian = lowest demand-weighted cost; capacitated = serve the most demand within THRESHOLD with limited capacity per site. Typical: mclp.</source>
        <translation type="vanished">mclp = cubrir la mayor demanda dentro de THRESHOLD; pmedian = menor costo ponderado por la demanda; capacitated = atender la mayor demanda dentro de THRESHOLD con capacidad limitada por sitio. Típico: mclp.</translation>
    </message>
    <message>
        <source>greedy = fast, near-optimal; exact = MILP with HiGHS, stopped after TIME_LIMIT (the MIP gap is reported). Typical: greedy to explore, exact for the final plan.</source>
        <translation type="vanished">greedy = rápido, casi óptimo; exact = MILP con HiGHS, detenido tras TIME_LIMIT (se informa la brecha MIP). Típico: greedy para explorar, exact para el plan final.</translation>
    </message>
    <message>
        <source>Coverage limit in COST_UNIT, inclusive: a unit is covered by a site within this cost. Typical: 15 minutes walking.</source>
        <translation type="vanished">Límite de cobertura en COST_UNIT, inclusive: una unidad está cubierta por un sitio dentro de este costo. Típico: 15 minutos a pie.</translation>
    </message>
    <message>
        <source>Cost limit in COST_UNIT for pmedian and for the cost before/after; units reaching nothing count at this cost (0 = 3 x THRESHOLD). Typical: 0.</source>
        <translation type="vanished">Límite de costo en COST_UNIT para pmedian y para el costo antes/después; las unidades que no alcanzan nada cuentan con este costo (0 = 3 x THRESHOLD). Típico: 0.</translation>
    </message>
    <message>
        <source>Places of each new site for OBJECTIVE=capacitated, when CANDIDATE_CAPACITY_FIELD is not given. Typical: 100 places.</source>
        <translation type="vanished">Cupos de cada sitio nuevo para OBJECTIVE=capacitated, cuando no se da CANDIDATE_CAPACITY_FIELD. Típico: 100 cupos.</translation>
    </message>
    <message>
        <source>Optional numeric field of CANDIDATES with the places each site could offer (OBJECTIVE=capacitated). Typical: empty.</source>
        <translation type="vanished">Campo numérico opcional de CANDIDATES con los cupos que podría ofrecer cada sitio (OBJECTIVE=capacitated). Típico: vacío.</translation>
    </message>
    <message>
        <source>Optional field of CANDIDATES with a unique id, copied to the chosen sites and used to join an OD_TABLE. Typical: the plot code.</source>
        <translation type="vanished">Campo opcional de CANDIDATES con un id único, copiado a los sitios elegidos y usado para unir una OD_TABLE. Típico: el código del predio.</translation>
    </message>
    <message>
        <source>Optional numeric field of EXISTING with each facility&apos;s places for OBJECTIVE=capacitated; empty or NULL = unlimited. Typical: capacity_fde.</source>
        <translation type="vanished">Campo numérico opcional de EXISTING con los cupos de cada servicio para OBJECTIVE=capacitated; vacío o NULL = ilimitado. Típico: capacity_fde.</translation>
    </message>
    <message>
        <source>Demand within THRESHOLD of an existing facility, before the new sites.</source>
        <translation type="vanished">Demanda dentro de THRESHOLD de un equipamiento existente, antes de los nuevos sitios.</translation>
    </message>
    <message>
        <source>Demand within THRESHOLD of an existing or new facility.</source>
        <translation type="vanished">Demanda dentro de THRESHOLD de un equipamiento existente o nuevo.</translation>
    </message>
    <message>
        <source>Demand-weighted mean cost to the nearest existing facility, in COST_UNIT; None when no demand reaches one.</source>
        <translation type="vanished">Costo medio ponderado por la demanda hasta el equipamiento existente más cercano, en COST_UNIT; None cuando ninguna demanda alcanza alguno.</translation>
    </message>
    <message>
        <source>Demand-weighted mean cost to the nearest facility with the new sites, in COST_UNIT; None when no demand reaches one.</source>
        <translation type="vanished">Costo medio ponderado por la demanda hasta el equipamiento más cercano con los nuevos sitios, en COST_UNIT; None cuando ninguna demanda alcanza alguno.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and THRESHOLD) before the new sites; None when there is no demand.</source>
        <translation type="vanished">Proporción (0 a 1) de la demanda en desiertos de cuidado (la regla de la Herramienta de Georreferenciación de Cuidados con los costos de la localización y THRESHOLD) antes de los nuevos sitios; None cuando no hay demanda.</translation>
    </message>
    <message>
        <source>The solver&apos;s status: greedy, optimal, time_limit (the exact solver stopped at TIME_LIMIT; see MIP_GAP) or time_limit_heuristic.</source>
        <translation type="vanished">Estado del solver: greedy, optimal, time_limit (el solver exacto se detuvo en TIME_LIMIT; ver MIP_GAP) o time_limit_heuristic.</translation>
    </message>
    <message>
        <source>Grid spacing for candidates when no layer is given (m, 0 = none)</source>
        <translation type="vanished">Espaciado de la grilla de candidatos cuando no se da una capa (m, 0 = ninguna)</translation>
    </message>
    <message>
        <source>Time limit of the exact solver (s)</source>
        <translation type="vanished">Tiempo límite del solver exacto (s)</translation>
    </message>
    <message>
        <source>Cost limit for p-median and for cost before/after (in the cost unit; 0 = 3 x the coverage threshold)</source>
        <translation type="vanished">Límite de costo para p-mediana y para el costo antes/después (en la unidad de costo; 0 = 3 x el umbral de cobertura)</translation>
    </message>
    <message>
        <source>Capacity of each new site (capacitated)</source>
        <translation type="vanished">Capacidad de cada nuevo sitio (capacitated)</translation>
    </message>
    <message>
        <source>Candidate capacity field (capacitated)</source>
        <translation type="vanished">Campo de capacidad de los candidatos (capacitated)</translation>
    </message>
    <message>
        <source>Candidate id field</source>
        <translation type="vanished">Campo de id de los candidatos</translation>
    </message>
    <message>
        <source>Existing facilities&apos; capacity field (capacitated; empty/NULL = unlimited)</source>
        <translation type="vanished">Campo de capacidad de los equipamientos existentes (capacitated; vacío/NULL = ilimitada)</translation>
    </message>
    <message>
        <source>The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage threshold (in the cost unit) above 0, e.g. 15 minutes.</source>
        <translation type="vanished">El umbral de cobertura es {0}: ninguna unidad de demanda podría quedar cubierta. Defina el umbral de cobertura (en la unidad de costo) mayor que 0, p. ej. 15 minutos.</translation>
    </message>
    <message>
        <source>{0} new sites are asked for ({1}) but {2} has only {3} candidate site(s): ask for fewer sites or give more candidates.</source>
        <translation type="vanished">Se piden {0} sitios nuevos ({1}), pero {2} solo tiene {3} sitio(s) candidato(s): pida menos sitios o aporte más candidatos.</translation>
    </message>
    <message>
        <source>Capacity must be &gt; 0 for every candidate: {0} has {1} value(s) that are zero, negative or NULL.</source>
        <translation type="vanished">La capacidad debe ser &gt; 0 para todo candidato: {0} tiene {1} valor(es) cero, negativo(s) o NULL.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): the new sites&apos; layer holds NULL there.</source>
        <translation type="vanished">{0} valor(es) del campo &apos;{1}&apos; de la capa {2} no son números finitos (NaN o infinitos): la capa de nuevos sitios guarda NULL allí.</translation>
    </message>
    <message>
        <source>Fewer sites suffice: {0} new site(s) placed instead of the {1} asked, because any further site would add nothing (no demand left that it would cover, serve or bring closer).</source>
        <translation type="vanished">Bastan menos sitios: se ubicaron {0} sitio(s) nuevo(s) en lugar de los {1} pedidos, porque cualquier sitio adicional no agregaría nada (no queda demanda que pudiera cubrir, atender o acercar).</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

A kept record&apos;s missing capacity, hours or days are taken from the records merged into it (most trusted source first; capacity_imputed = 4). A capacity of 0 is a reported value, never imputed: such facilities are dropped (counted, reason capacity_zero in the rejected output) unless KEEP_ZERO_CAPACITY is checked. Other missing capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3); capacity_reported keeps the record&apos;s own value. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Combina capas de equipamientos de cuidado de varias fuentes (registros administrativos, encuestas, mapeos colaborativos, OpenStreetMap) en un solo inventario con los campos name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: una correspondencia por capa de entrada, en el orden de las capas, separadas por &apos;|&apos;. Una correspondencia es una lista separada por comas de campo_esquema=campo_capa; un valor entre comillas es una constante, p. ej. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Los campos del esquema no asignados se toman de un campo de la capa con el mismo nombre cuando existe. source toma por defecto el nombre de la capa. Una tabla sin geometría (p. ej. un CSV) necesita x=campo_lon,y=campo_lat (WGS84 salvo crs=&apos;EPSG:xxxx&apos;).

Limpieza: TYPE_WHITELIST (tipos de servicio separados por comas; vacío conserva todos) y NAME_BLACKLIST (una expresión regular buscada en el nombre, sin distinguir mayúsculas ni tildes); los casos de cada regla se registran.

Eliminación de duplicados: los registros a menos de DEDUP_DISTANCE metros cuyos nombres normalizados (sin mayúsculas, tildes, puntuación ni palabras comunes como &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) tienen una similitud &gt;= NAME_THRESHOLD se fusionan; se conserva el registro de la fuente que aparece primero en SOURCE_PRIORITY y, después, el más completo. Este recibe merged_sources y n_merged; los registros descartados van a la salida opcional de rechazados con duplicate_of.

La capacidad, las horas o los días que le falten a un registro conservado se toman de los registros fusionados con él (primero la fuente más confiable; capacity_imputed = 4). Una capacidad de 0 es un valor informado y nunca se imputa: esos equipamientos se descartan (se cuentan, con el motivo capacity_zero en la salida de rechazados) salvo que se marque KEEP_ZERO_CAPACITY. Las demás capacidades faltantes se imputan con la mediana del mismo tipo de servicio (capacity_imputed = 1), o de todos los equipamientos cuando el tipo no tiene ninguna (= 2), o con DEFAULT_CAPACITY cuando no se conoce ninguna capacidad (= 3); capacity_reported conserva el valor propio del registro. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; las horas y los días faltantes se leen como 8 y 5 (contados en el registro de mensajes).</translation>
    </message>
    <message>
        <source>Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. Typical: the official registry and a crowd-mapped layer.</source>
        <translation type="vanished">Capas de servicios a unir (puntos, polígonos o tablas con coordenadas), de registros, encuestas, mapeos colaborativos u OpenStreetMap. Típico: el registro oficial y una capa de mapeo colaborativo.</translation>
    </message>
    <message>
        <source>One mapping per layer of INPUTS, in order, separated by &apos;|&apos;; each is schema_field=layer_field items separated by commas, a quoted value being a constant. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation type="vanished">Una correspondencia por capa de INPUTS, en orden, separadas por &apos;|&apos;; cada una son elementos campo_esquema=campo_capa separados por comas, y un valor entre comillas es una constante. Típico: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <source>Smallest similarity (0-1) of the normalised names for two close records to be merged. Typical: 0.8.</source>
        <translation type="vanished">Similitud mínima (0-1) de los nombres normalizados para unir dos registros cercanos. Típico: 0.8.</translation>
    </message>
    <message>
        <source>Places given to a facility when no capacity is known at all (0 = leave it at 0). Typical: 0, or the usual size of a care centre.</source>
        <translation type="vanished">Cupos asignados a un servicio cuando no se conoce ninguna capacidad (0 = dejarlo en 0). Típico: 0, o el tamaño habitual de un centro de cuidado.</translation>
    </message>
    <message>
        <source>Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an imputed value. Typical: unchecked.</source>
        <translation type="vanished">Conservar los equipamientos cuya capacidad informada es 0 (con 0 cupos) en lugar de descartarlos; un 0 nunca se reemplaza por un valor imputado. Típico: sin marcar.</translation>
    </message>
    <message>
        <source>Optional: the records dropped by the cleaning rules or as duplicates (with duplicate_of), to check.</source>
        <translation type="vanished">Opcional: los registros descartados por las reglas de limpieza o como duplicados (con duplicate_of), para revisar.</translation>
    </message>
    <message>
        <source>Number of records merged into another as duplicates (listed in OUTPUT_REJECTED with duplicate_of).</source>
        <translation type="vanished">Número de registros fusionados con otro como duplicados (listados en OUTPUT_REJECTED con duplicate_of).</translation>
    </message>
    <message>
        <source>Number of records dropped by the cleaning rules (type whitelist, name blacklist, zero capacity...).</source>
        <translation type="vanished">Número de registros descartados por las reglas de limpieza (lista blanca de tipos, lista negra de nombres, capacidad cero...).</translation>
    </message>
    <message>
        <source>Layer {0}: {1} record(s).</source>
        <translation type="vanished">Capa {0}: {1} registro(s).</translation>
    </message>
    <message>
        <source>No record of layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose layers with point or polygon geometry.</source>
        <translation type="vanished">Ningún registro de la(s) capa(s) {0} tiene ubicación: asigne sus coordenadas (x=...,y=...) o elija capas con geometría de puntos o polígonos.</translation>
    </message>
    <message>
        <source>Type whitelist: {0} record(s) rejected; name blacklist: {1} hit(s).</source>
        <translation type="vanished">Lista blanca de tipos: {0} registro(s) rechazado(s); lista negra de nombres: {1} caso(s).</translation>
    </message>
    <message>
        <source>De-duplication: {0} candidate pair(s) within {1} m, {2} matched, {3} duplicate record(s) merged.</source>
        <translation type="vanished">Eliminación de duplicados: {0} par(es) candidato(s) a menos de {1} m, {2} coincidentes, {3} registro(s) duplicado(s) fusionado(s).</translation>
    </message>
    <message>
        <source>Every record of layer(s) {0} was rejected by {1} or {2}: loosen those rules.</source>
        <translation type="vanished">Todos los registros de la(s) capa(s) {0} fueron rechazados por {1} o {2}: flexibilice esas reglas.</translation>
    </message>
    <message>
        <source>{0}: {1} kept facilities took the value of a merged duplicate.</source>
        <translation type="vanished">{0}: {1} equipamientos conservados tomaron el valor de un duplicado fusionado.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) report a capacity of 0 ({1}): kept with 0 places, as asked.</source>
        <translation type="vanished">{0} equipamiento(s) informan una capacidad de 0 ({1}): se conservan con 0 cupos, según lo pedido.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) report a capacity of 0 ({1}): dropped (see the rejected records, reason capacity_zero); check &apos;Keep facilities with a reported capacity of 0&apos; to keep them.</source>
        <translation type="vanished">{0} equipamiento(s) informan una capacidad de 0 ({1}): se descartaron (ver los registros rechazados, motivo capacity_zero); marque &apos;Conservar los equipamientos con una capacidad informada de 0&apos; para conservarlos.</translation>
    </message>
    <message>
        <source>No known capacity for service type(s) {0}: their missing capacities were imputed from the median of all facilities.</source>
        <translation type="vanished">Sin capacidad conocida para el/los tipo(s) de servicio {0}: sus capacidades faltantes se imputaron con la mediana de todos los equipamientos.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} facilit(y/ies) have no capacity in field &apos;{2}&apos; (NULL or not a finite number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the capacities for exact figures.</source>
        <translation type="vanished">Capa {0}: {1} equipamiento(s) no tienen capacidad en el campo &apos;{2}&apos; (NULL o no es un número finito): en su lugar se escribió una estimación (capacity_imputed 1 a 3). Complete las capacidades para obtener cifras exactas.</translation>
    </message>
    <message>
        <source>Layer {0} has no capacity field: its {1} facilit(y/ies) got an estimated capacity (capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {2} for exact figures.</source>
        <translation type="vanished">La capa {0} no tiene campo de capacidad: sus {1} equipamiento(s) recibieron una capacidad estimada (capacity_imputed 1 a 3). Asigne su campo de capacidad (capacity=...) en {2} para obtener cifras exactas.</translation>
    </message>
    <message>
        <source>Hours of unpaid care work per unit from a time-use table (columns sex, age_band, weekly_hours: average weekly hours per person, e.g. from a national time-use survey) and population fields by sex and age band. Fields are matched to table rows by name (f_18_64 for sex f, band 18-64 or 18_64) or by BAND_FIELDS, e.g. &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.
Outputs per unit: weekly and yearly hours (x WEEKS_PER_YEAR), the women&apos;s share, the yearly replacement-cost value (hours x WAGE per hour), optionally the opportunity-cost value (hours x WAGE_WOMEN / WAGE_MEN) and the share of a local GDP.
With SERVICES: each service (places from SERVICE_CAPACITY_FIELD or PLACES) takes over places x hours open per week x SUBSTITUTION hours of household care a week, shared among the units within THRESHOLD in proportion to SERVICE_DEMAND_FIELD (default: the units&apos; unpaid hours).</source>
        <translation type="vanished">Horas de trabajo de cuidado no remunerado por unidad a partir de una tabla de uso del tiempo (columnas sex, age_band, weekly_hours: horas semanales promedio por persona, p. ej. de una encuesta nacional de uso del tiempo) y campos de población por sexo y grupo de edad. Los campos se asocian a las filas de la tabla por nombre (f_18_64 para el sexo f, grupo 18-64 o 18_64) o mediante BAND_FIELDS, p. ej. &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.
Salidas por unidad: horas semanales y anuales (x WEEKS_PER_YEAR), la proporción de las mujeres, el valor anual por costo de reemplazo (horas x WAGE por hora), opcionalmente el valor por costo de oportunidad (horas x WAGE_WOMEN / WAGE_MEN) y la proporción de un PIB local.
Con SERVICES: cada servicio (cupos de SERVICE_CAPACITY_FIELD o PLACES) asume cupos x horas de apertura por semana x SUBSTITUTION horas de cuidado del hogar a la semana, repartidas entre las unidades a THRESHOLD o menos en proporción a SERVICE_DEMAND_FIELD (por defecto: las horas no remuneradas de las unidades).</translation>
    </message>
    <message>
        <source>Field of TIME_USE with the sex (e.g. f, m). Typical: sex.</source>
        <translation type="vanished">Campo de TIME_USE con el sexo (p. ej. f, m). Típico: sex.</translation>
    </message>
    <message>
        <source>Field of TIME_USE with the age band in years (e.g. 18-64). Typical: age_band.</source>
        <translation type="vanished">Campo de TIME_USE con el grupo de edad en años (p. ej. 18-64). Típico: age_band.</translation>
    </message>
    <message>
        <source>Numeric field of TIME_USE with the average weekly hours of unpaid care per person. Typical: weekly_hours.</source>
        <translation type="vanished">Campo numérico de TIME_USE con las horas semanales promedio de cuidado no remunerado por persona. Típico: weekly_hours.</translation>
    </message>
    <message>
        <source>Which population field of INPUT holds each sex and band, as sex:band=field items separated by &apos;;&apos;; empty = matched by field name (f_18_64). Typical: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</source>
        <translation type="vanished">Qué campo de población de INPUT contiene cada sexo y grupo, como elementos sexo:grupo=campo separados por &apos;;&apos;; vacío = emparejados por nombre de campo (f_18_64). Típico: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</translation>
    </message>
    <message>
        <source>Optional local GDP per year in the same currency as WAGE, to express the value as a share of GDP. Typical: the city&apos;s GDP.</source>
        <translation type="vanished">PIB local anual opcional, en la misma moneda que WAGE, para expresar el valor como proporción del PIB. Típico: el PIB de la ciudad.</translation>
    </message>
    <message>
        <source>Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of caremap:siting.</source>
        <translation type="vanished">Capa opcional de puntos de servicios de cuidado (existentes o sitios nuevos) cuyas horas liberan tiempo de cuidado en los hogares. Típico: los sitios nuevos de caremap:siting.</translation>
    </message>
    <message>
        <source>Optional numeric field of SERVICES with the places of each service; empty = PLACES for every service. Typical: capacity.</source>
        <translation type="vanished">Campo numérico opcional de SERVICES con los cupos de cada servicio; vacío = PLACES para todos los servicios. Típico: capacity.</translation>
    </message>
    <message>
        <source>Places of each service when SERVICE_CAPACITY_FIELD is empty. Typical: 50 places.</source>
        <translation type="vanished">Cupos de cada servicio cuando SERVICE_CAPACITY_FIELD está vacío. Típico: 50 cupos.</translation>
    </message>
    <message>
        <source>Optional numeric field of SERVICES with the hours each service is open per week; empty = HOURS_OPEN. Typical: empty.</source>
        <translation type="vanished">Campo numérico opcional de SERVICES con las horas que abre cada servicio por semana; vacío = HOURS_OPEN. Típico: vacío.</translation>
    </message>
    <message>
        <source>Hours each service is open per week when SERVICE_HOURS_FIELD is empty. Typical: 40 hours (8 hours, 5 days).</source>
        <translation type="vanished">Horas que abre cada servicio por semana cuando SERVICE_HOURS_FIELD está vacío. Típico: 40 horas (8 horas, 5 días).</translation>
    </message>
    <message>
        <source>Optional numeric field of INPUT by which the hours freed by a service are shared among the units within THRESHOLD; empty = the units&apos; unpaid hours. Typical: children 0-5.</source>
        <translation type="vanished">Campo numérico opcional de INPUT según el cual se reparten las horas liberadas por un servicio entre las unidades dentro de THRESHOLD; vacío = las horas no remuneradas de las unidades. Típico: niñas y niños de 0-5 años.</translation>
    </message>
    <message>
        <source>Reach of a service in COST_UNIT, inclusive: only units within it share its freed hours. Typical: 15 minutes walking.</source>
        <translation type="vanished">Alcance de un servicio en COST_UNIT, inclusive: solo las unidades dentro de él comparten sus horas liberadas. Típico: 15 minutos a pie.</translation>
    </message>
    <message>
        <source>Unpaid care hours per year in all units (weekly hours x WEEKS_PER_YEAR).</source>
        <translation type="vanished">Horas de cuidado no remunerado por año en todas las unidades (horas semanales x WEEKS_PER_YEAR).</translation>
    </message>
    <message>
        <source>Value per year at the wages the carers would earn (WAGE_WOMEN, WAGE_MEN); None without them.</source>
        <translation type="vanished">Valor anual a los salarios que ganarían las personas cuidadoras (WAGE_WOMEN, WAGE_MEN); None si no se indican.</translation>
    </message>
    <message>
        <source>Hours of unpaid care per week the SERVICES would free; None without SERVICES.</source>
        <translation type="vanished">Horas de cuidado no remunerado por semana que liberarían los SERVICES; None sin SERVICES.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have a NULL (or non-finite) population in {2}: their hours and values are NULL and they are left out of the totals.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} tienen población NULL (o no finita) en {2}: sus horas y valores son NULL y quedan fuera de los totales.</translation>
    </message>
    <message>
        <source>{0} service(s) of layer {1} have a NULL (or non-finite) &apos;{2}&apos;: they free no hours.</source>
        <translation type="vanished">{0} servicio(s) de la capa {1} tienen &apos;{2}&apos; NULL (o no finito): no liberan horas.</translation>
    </message>
    <message>
        <source>{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. 15 minutes.</source>
        <translation type="vanished">{0} es {1:g}: ninguna unidad podría compartir las horas que libera un servicio. Defínalo mayor que 0, p. ej. 15 minutos.</translation>
    </message>
    <message>
        <source>How travel costs between demand and facilities are measured: straight (straight-line distance, times DETOUR), network (shortest paths on the NETWORK line layer) or table (an OD_TABLE from another tool). Typical: network for walking to childcare; straight for a first look.</source>
        <translation type="vanished">Cómo se miden los costos de viaje entre la demanda y los servicios: straight (distancia en línea recta, por DETOUR), network (caminos más cortos en la capa de líneas NETWORK) o table (una OD_TABLE de otra herramienta). Típico: network para ir caminando a un servicio de cuidado infantil; straight para una primera mirada.</translation>
    </message>
    <message>
        <source>Road or footpath line layer used when COST_MODE=network; lines connect where they share a vertex (ends or interior). Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Capa de líneas de calles o senderos usada cuando COST_MODE=network; las líneas se conectan donde comparten un vértice (extremos o interior). Típico: las calles de OpenStreetMap de la ciudad.</translation>
    </message>
    <message>
        <source>Travel speed in km/h, used to turn metres into minutes and for roads without a speed. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation type="vanished">Velocidad de viaje en km/h, usada para convertir metros en minutos y para las vías sin velocidad. Típico: 5.04 km/h a pie, 15 km/h en bicicleta, 30 km/h en auto en la ciudad.</translation>
    </message>
    <message>
        <source>Optional numeric field of NETWORK with the speed of each road in km/h; roads with no valid speed use SPEED. Typical: empty for walking, maxspeed for driving.</source>
        <translation type="vanished">Campo numérico opcional de NETWORK con la velocidad de cada vía en km/h; las vías sin velocidad válida usan SPEED. Típico: vacío para caminar, maxspeed para auto.</translation>
    </message>
    <message>
        <source>Optional field of NETWORK marking one-way roads: 1/yes = only in the digitised direction, -1 = only in reverse, other values = both ways. Ignored when walking. Typical: oneway (OpenStreetMap).</source>
        <translation type="vanished">Campo opcional de NETWORK que marca las vías de un solo sentido: 1/yes = solo en el sentido de digitalización, -1 = solo en sentido inverso, otros valores = doble sentido. Se ignora al caminar. Típico: oneway (OpenStreetMap).</translation>
    </message>
    <message>
        <source>Optional field of NETWORK with the road class, used with SPEED_TABLE to give each class its speed where SPEED_FIELD gives none. Typical: highway (OpenStreetMap).</source>
        <translation type="vanished">Campo opcional de NETWORK con la clase de vía, usado con SPEED_TABLE para dar a cada clase su velocidad donde SPEED_FIELD no la da. Típico: highway (OpenStreetMap).</translation>
    </message>
    <message>
        <source>Speed in km/h per road class of SPEED_CLASS_FIELD, as class:speed items separated by commas. Typical: &apos;primary:50,residential:30,footway:5&apos;.</source>
        <translation type="vanished">Velocidad en km/h por clase de vía de SPEED_CLASS_FIELD, como elementos clase:velocidad separados por comas. Típico: &apos;primary:50,residential:30,footway:5&apos;.</translation>
    </message>
    <message>
        <source>Origin-destination cost table used when COST_MODE=table, one row per demand unit and facility pair (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs not in the table are out of reach. Needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD. Typical: walking times from ORS Tools.</source>
        <translation type="vanished">Tabla de costos origen-destino usada cuando COST_MODE=table, una fila por par de unidad de demanda y servicio (p. ej. de ORS Tools, QNEAT3, r5py u OSRM); los pares que no están en la tabla quedan fuera de alcance. Requiere DEMAND_ID_FIELD y SUPPLY_ID_FIELD. Típico: tiempos a pie de ORS Tools.</translation>
    </message>
    <message>
        <source>Field of OD_TABLE holding the demand unit id (matched with DEMAND_ID_FIELD). Typical: origin_id.</source>
        <translation type="vanished">Campo de OD_TABLE con el id de la unidad de demanda (se empareja con DEMAND_ID_FIELD). Típico: origin_id.</translation>
    </message>
    <message>
        <source>Field of OD_TABLE holding the facility id (matched with SUPPLY_ID_FIELD). Typical: destination_id.</source>
        <translation type="vanished">Campo de OD_TABLE con el id del servicio (se empareja con SUPPLY_ID_FIELD). Típico: destination_id.</translation>
    </message>
    <message>
        <source>Numeric field of OD_TABLE with the travel cost of each pair, already in COST_UNIT. Typical: travel time in minutes.</source>
        <translation type="vanished">Campo numérico de OD_TABLE con el costo de viaje de cada par, ya en COST_UNIT. Típico: tiempo de viaje en minutos.</translation>
    </message>
    <message>
        <source>Unit of costs and thresholds: meters or minutes (minutes = metres / SPEED). Typical: minutes.</source>
        <translation type="vanished">Unidad de los costos y umbrales: meters o minutes (minutos = metros / SPEED). Típico: minutes.</translation>
    </message>
    <message>
        <source>For straight-line costs, the factor by which real routes are longer than the straight line (network distance / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation type="vanished">Para costos en línea recta, el factor por el que las rutas reales son más largas que la línea recta (distancia por red / distancia recta, al menos 1). Típico: 1.3 en una trama urbana.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by network and are flagged (off_network). Typical: 500 m.</source>
        <translation type="vanished">Distancia máxima en metros de un punto a la red vial: un punto se une al punto más cercano de la calle más cercana (de una parte de la red que contenga al menos el 5% de la longitud de la parte mayor; las piezas desconectadas más pequeñas nunca se unen), y se cuenta la caminata hasta él. Los puntos más lejanos no alcanzan nada por la red y se marcan (off_network). Típico: 500 m.</translation>
    </message>
    <message>
        <source>Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer digitised without snapping. Typical: 0 (OpenStreetMap or caremap:osmnetwork).</source>
        <translation type="vanished">Las líneas viales solo se unen donde comparten un vértice (0, el valor por defecto), así que un puente nunca se une a la calle que cruza. Un valor mayor que 0 también une los vértices a menos de esta cantidad de metros, para una capa digitalizada sin ajuste (snapping). Típico: 0 (OpenStreetMap o caremap:osmnetwork).</translation>
    </message>
    <message>
        <source>Field of the demand layer with a unique id, used only with COST_MODE=table to join OD_ORIGIN_FIELD. Typical: the census block code.</source>
        <translation type="vanished">Campo de la capa de demanda con un id único, usado solo con COST_MODE=table para unir OD_ORIGIN_FIELD. Típico: el código de manzana censal.</translation>
    </message>
    <message>
        <source>Field of the facility layer with a unique id, used only with COST_MODE=table to join OD_DEST_FIELD. Typical: the registry code of the facility.</source>
        <translation type="vanished">Campo de la capa de servicios con un id único, usado solo con COST_MODE=table para unir OD_DEST_FIELD. Típico: el código de registro del servicio.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts. When the units have no district field (DISTRICT_FIELD empty), each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. It also receives the per-district summary to map it (OUTPUT_DISTRICTS). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Capa opcional de polígonos de distritos. Cuando las unidades no tienen campo de distrito (DISTRICT_FIELD vacío), cada unidad recibe el distrito en el que se encuentra su punto sobre la superficie (un punto sobre un límite compartido va al distrito situado al este, o al norte de un límite este-oeste; las unidades fuera de todo distrito reciben NULL, contadas en una advertencia) y las unidades de salida lo llevan como el campo district. También recibe el resumen por distrito para mapearlo (OUTPUT_DISTRICTS). Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names: the names given to the units by location, or matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: the locality name.</source>
        <translation type="vanished">Campo de DISTRICT_LAYER con los nombres de los distritos: los nombres que se asignan a las unidades por ubicación, o que se emparejan con los valores de DISTRICT_FIELD; vacío = un campo con el mismo nombre que DISTRICT_FIELD. Típico: el nombre de la localidad.</translation>
    </message>
    <message>
        <source>Optional: the per-district summary written onto the DISTRICT_LAYER polygons, to map it.</source>
        <translation type="vanished">Opcional: el resumen por distrito escrito sobre los polígonos de DISTRICT_LAYER, para mapearlo.</translation>
    </message>
    <message>
        <source>Choices: {0}.</source>
        <translation type="vanished">Opciones: {0}.</translation>
    </message>
    <message>
        <source>Cost: straight line, road network or OD table</source>
        <translation type="vanished">Costo: línea recta, red vial o tabla OD</translation>
    </message>
    <message>
        <source>Road network (lines), when costs are by road network</source>
        <translation type="vanished">Red vial (líneas), cuando los costos son por red vial</translation>
    </message>
    <message>
        <source>One-way field of the network (1/yes = digitised direction, -1 = reverse)</source>
        <translation type="vanished">Campo de sentido único de la red (1/yes = sentido de digitalización, -1 = inverso)</translation>
    </message>
    <message>
        <source>Origin-destination cost table, when costs come from a table</source>
        <translation type="vanished">Tabla de costos origen-destino, cuando los costos provienen de una tabla</translation>
    </message>
    <message>
        <source>OD table: origin (demand id) field</source>
        <translation type="vanished">Tabla OD: campo de origen (id de demanda)</translation>
    </message>
    <message>
        <source>OD table: destination (facility id) field</source>
        <translation type="vanished">Tabla OD: campo de destino (id del equipamiento)</translation>
    </message>
    <message>
        <source>OD table: cost field</source>
        <translation type="vanished">Tabla OD: campo de costo</translation>
    </message>
    <message>
        <source>Straight line: detour factor (network / straight distance)</source>
        <translation type="vanished">Línea recta: factor de desvío (distancia en red / distancia recta)</translation>
    </message>
    <message>
        <source>Network: largest distance from a point to the network (m)</source>
        <translation type="vanished">Red: distancia máxima de un punto a la red (m)</translation>
    </message>
    <message>
        <source>Network: join line ends closer than (m; 0 = only lines that share a vertex)</source>
        <translation type="vanished">Red: unir extremos de líneas a menos de (m; 0 = solo líneas que comparten un vértice)</translation>
    </message>
    <message>
        <source>Search limit of the cost to the nearest facility (in the cost unit; 0 = automatic)</source>
        <translation type="vanished">Límite de búsqueda del costo al equipamiento más cercano (en la unidad de costo; 0 = automático)</translation>
    </message>
    <message>
        <source>Road class field of the network (e.g. highway)</source>
        <translation type="vanished">Campo de tipo de vía de la red (p. ej. highway)</translation>
    </message>
    <message>
        <source>Speed per road class, km/h (e.g. &apos;primary:50,residential:30,footway:5&apos;)</source>
        <translation type="vanished">Velocidad por tipo de vía, km/h (p. ej. &apos;primary:50,residential:30,footway:5&apos;)</translation>
    </message>
    <message>
        <source>demand unit(s)</source>
        <translation type="vanished">unidad(es) de demanda</translation>
    </message>
    <message>
        <source>facilit(y/ies)</source>
        <translation type="vanished">equipamiento(s)</translation>
    </message>
    <message>
        <source>The road network {0} has {1} disconnected parts: {2} demand point(s) and {3} facilit(y/ies) are outside the largest one.</source>
        <translation type="vanished">La red vial {0} tiene {1} partes desconectadas: {2} punto(s) de demanda y {3} equipamiento(s) quedan fuera de la mayor.</translation>
    </message>
    <message>
        <source>OD table {0}: {1} row(s) with an origin not in the demand ids, {2} with a destination not in the facility ids, {3} with a NULL cost were skipped.</source>
        <translation type="vanished">Tabla OD {0}: se omitieron {1} fila(s) con un origen que no está entre los id de demanda, {2} con un destino que no está entre los id de equipamientos y {3} con costo NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL id(s): give every feature an id, or choose another field in {3}.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene {2} id NULL: asigne un id a cada entidad, o elija otro campo en {3}.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} feature(s) have a cost in &apos;{2}&apos; but &apos;{3}&apos; is &apos;{4}&apos; instead of &apos;minutes&apos; or &apos;meters&apos;. Correct &apos;{3}&apos;, or compute the costs again with caremap:accessibility.</source>
        <translation type="vanished">Capa {0}: {1} entidad(es) tienen un costo en &apos;{2}&apos;, pero &apos;{3}&apos; es &apos;{4}&apos; en lugar de &apos;minutes&apos; o &apos;meters&apos;. Corrija &apos;{3}&apos;, o vuelva a calcular los costos con caremap:accessibility.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} feature(s) have &apos;{2}&apos; in metres and no speed in &apos;{3}&apos;, so it cannot be read as minutes. Fill &apos;{3}&apos; with the travel speed in km/h, or compute the costs again with the cost unit in minutes.</source>
        <translation type="vanished">Capa {0}: {1} entidad(es) tienen &apos;{2}&apos; en metros y ninguna velocidad en &apos;{3}&apos;, por lo que no se puede leer en minutos. Complete &apos;{3}&apos; con la velocidad de viaje en km/h, o vuelva a calcular los costos con la unidad de costo en minutos.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: {2} cost(s) in metres converted to minutes at their speed ({3}).</source>
        <translation type="vanished">Campo &apos;{0}&apos; de la capa {1}: {2} costo(s) en metros convertido(s) a minutos a su velocidad ({3}).</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not numbers (e.g. &apos;{3}&apos;): they are read as NULL.</source>
        <translation type="vanished">{0} valor(es) del campo &apos;{1}&apos; de la capa {2} no son números (p. ej. &apos;{3}&apos;): se leen como NULL.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): they are read as NULL.</source>
        <translation type="vanished">{0} valor(es) del campo &apos;{1}&apos; de la capa {2} no son números finitos (NaN o infinito): se leen como NULL.</translation>
    </message>
    <message>
        <source>{0} feature(s) of layer {1} have no geometry: they were skipped and get NULL results.</source>
        <translation type="vanished">{0} entidad(es) de la capa {1} no tienen geometría: se omitieron y reciben resultados NULL.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} are invalid (e.g. self-intersecting): they were repaired (Make Valid) and their area is that of the repaired polygon. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation type="vanished">{0} polígono(s) de la capa {1} no son válidos (p. ej. se autointersecan): se repararon (Make Valid) y su área es la del polígono reparado. Revíselos con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} have no area (even after repair): their area is NULL, so no density is computed for them.</source>
        <translation type="vanished">{0} polígono(s) de la capa {1} no tienen área (incluso después de repararlos): su área es NULL, por lo que no se calcula ninguna densidad para ellos.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} are invalid (e.g. self-intersecting): their repaired outline (Make Valid) is used. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation type="vanished">{0} polígono(s) de la capa {1} no son válidos (p. ej. se autointersecan): se usa su contorno reparado (Make Valid). Revíselos con Vectorial &gt; Herramientas de geometría &gt; Comprobar validez.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): the output holds NULL there.</source>
        <translation type="vanished">{0} valor(es) del campo &apos;{1}&apos; de la capa {2} no son números finitos (NaN o infinito): la salida contiene NULL allí.</translation>
    </message>
    <message>
        <source>{0} road(s) of layer {1} have no valid speed: {2} km/h used.</source>
        <translation type="vanished">{0} vía(s) de la capa {1} sin velocidad válida: se usan {2} km/h.</translation>
    </message>
    <message>
        <source>Network {0}: {1} nodes, {2} edges, {3} connected component(s), the largest with {4:.1%} of the length; points join the {5} component(s) with at least {6:.0%} of its length.</source>
        <translation type="vanished">Red {0}: {1} nodos, {2} aristas, {3} componente(s) conexa(s), la mayor con el {4:.1%} de la longitud; los puntos se unen a la(s) {5} componente(s) con al menos el {6:.0%} de su longitud.</translation>
    </message>
    <message>
        <source>{0} {1} of layer {2} are farther than {3:g} m from the road network: they reach nothing by road. Move them onto the network, add the missing roads, or raise {4}.</source>
        <translation type="vanished">{0} {1} de la capa {2} están a más de {3:g} m de la red vial: no alcanzan nada por la red. Muévalos sobre la red, agregue las vías faltantes o aumente {4}.</translation>
    </message>
    <message>
        <source> {0} of them are near a small piece of road that is not connected to the network (not used: connect it, or delete it).</source>
        <translation type="vanished"> {0} de ellos están cerca de un pequeño tramo de vía que no está conectado a la red (no se usa: conéctelo o elimínelo).</translation>
    </message>
    <message>
        <source>Off the road network, feature id(s) of layer {0}: {1}{2}</source>
        <translation type="vanished">Fuera de la red vial, id de entidad de la capa {0}: {1}{2}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s) (e.g. {3}); counts, populations and capacities must be 0 or more. Correct or filter those features.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene {2} valor(es) negativo(s) (p. ej. {3}); los conteos, las poblaciones y las capacidades deben ser 0 o más. Corrija o filtre esas entidades.</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos; of layer {1} has {2} NULL value(s); fill or filter them first.</source>
        <translation type="vanished">El campo de distrito &apos;{0}&apos; de la capa {1} tiene {2} valor(es) NULL; complételos o fíltrelos antes.</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos; of layer {1}: {2} unit(s) with NULL district are left out of the district summary.</source>
        <translation type="vanished">Campo de distrito &apos;{0}&apos; de la capa {1}: {2} unidad(es) con distrito NULL quedan fuera del resumen por distrito.</translation>
    </message>
    <message>
        <source>Districts by location: {0} of {1} unit(s) of layer {2} lie in a polygon of layer {3} (names from &apos;{4}&apos;).</source>
        <translation type="vanished">Distritos por ubicación: {0} de {1} unidad(es) de la capa {2} se encuentran en un polígono de la capa {3} (nombres de &apos;{4}&apos;).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in a polygon of layer {2} with no name (NULL) in &apos;{3}&apos;: their district is NULL. Fill the names of those polygons.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} se encuentran en un polígono de la capa {2} sin nombre (NULL) en &apos;{3}&apos;: su distrito es NULL. Complete los nombres de esos polígonos.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in more than one polygon of layer {2} (overlapping districts): each was given the first of them in the layer&apos;s order. Fix the overlaps to choose.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} se encuentran en más de un polígono de la capa {2} (distritos superpuestos): a cada una se le asignó el primero de ellos en el orden de la capa. Corrija las superposiciones para elegir.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie exactly on the outer boundary of layer {2}: given the district whose boundary they are on.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} se encuentran exactamente sobre el límite exterior de la capa {2}: se les asignó el distrito en cuyo límite están.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no district: they lie in no polygon of layer {2} (or in one without a name). Extend the district polygons to cover them, or filter those units out first.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no tienen distrito: no se encuentran en ningún polígono de la capa {2} (o están en uno sin nombre). Amplíe los polígonos de distritos para cubrirlas, o filtre antes esas unidades.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in no polygon of layer {2} (or in one without a name): their district is NULL and they are left out of the district summary.</source>
        <translation type="vanished">{0} unidad(es) de la capa {1} no se encuentran en ningún polígono de la capa {2} (o están en uno sin nombre): su distrito es NULL y quedan fuera del resumen por distrito.</translation>
    </message>
    <message>
        <source>Edge of the study area: on the {0} side(s) the facilities of layer {1} stop less than {2:,.0f} m (the straight-line reach of the catchment threshold) beyond the units of layer {3}, so facilities just outside the area may be missing. {4} unit(s) with {5:,.0f} of demand lie within {2:,.0f} m of those sides and may look worse served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.</source>
        <translation type="vanished">Borde del área de estudio: en el/los lado(s) {0}, los equipamientos de la capa {1} terminan a menos de {2:.0f} m (el alcance en línea recta del umbral del área de influencia) más allá de las unidades de la capa {3}, por lo que pueden faltar equipamientos justo fuera del área. {4} unidad(es) con {5:.0f} de demanda se encuentran a menos de {2:.0f} m de esos lados y pueden parecer peor atendidas de lo que están. Agregue los equipamientos alrededor del área (p. ej. un extracto más amplio) para asegurarse.</translation>
    </message>
    <message>
        <source>District summary (polygons)</source>
        <translation type="vanished">Resumen por distrito (polígonos)</translation>
    </message>
    <message>
        <source>District(s) not found in the district polygons of layer {0}: {1}</source>
        <translation type="vanished">Distrito(s) no encontrado(s) en los polígonos de distritos de la capa {0}: {1}</translation>
    </message>
    <message>
        <source>{0} unit(s) have no value in the demand field ({1}) and are left out of every figure.</source>
        <translation type="vanished">{0} unidad(es) no tienen valor en el campo de demanda ({1}) y quedan fuera de todas las cifras.</translation>
    </message>
    <message>
        <source>{0} unit(s) with {1} {2} cannot reach any facility within the search limit (no cost was computed for them).</source>
        <translation type="vanished">{0} unidad(es) con {1} {2} no pueden alcanzar ningún equipamiento dentro del límite de búsqueda (no se calculó ningún costo para ellas).</translation>
    </message>
    <message>
        <source>{0} district(s) hold {1} {2}: {3}.</source>
        <translation type="vanished">{0} distrito(s) concentran {1} {2}: {3}.</translation>
    </message>
    <message>
        <source>map</source>
        <translation type="vanished">mapa</translation>
    </message>
    <message>
        <source>Report written by CareMap on {0} from layer {1}.</source>
        <translation type="vanished">Informe escrito por CareMap el {0} a partir de la capa {1}.</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation type="vanished">Capa de origen</translation>
    </message>
    <message>
        <source>{0} holds {1} mappings separated by &apos;|&apos; but {2} facility layers were chosen: give one mapping per layer, in the order of the layers, or a single mapping for all of them.</source>
        <translation type="vanished">{0} contiene {1} correspondencias separadas por &apos;|&apos;, pero se eligieron {2} capas de equipamientos: indique una correspondencia por capa, en el orden de las capas, o una sola correspondencia para todas.</translation>
    </message>
    <message>
        <source>{0} row(s) of layer {1} have no coordinates: skipped.</source>
        <translation type="vanished">{0} fila(s) de la capa {1} no tienen coordenadas: se omiten.</translation>
    </message>
    <message>
        <source>Lorenz curve of access — Gini {0}, Palma {1}</source>
        <translation type="vanished">Curva de Lorenz del acceso — Gini {0}, Palma {1}</translation>
    </message>
    <message>
        <source>Lorenz</source>
        <translation type="vanished">Curva de Lorenz</translation>
    </message>
    <message>
        <source>No CareMap result selected.</source>
        <translation type="vanished">No hay ningún resultado de CareMap seleccionado.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no value in {1} and are left out of the figures.</source>
        <translation type="vanished">{0} unidad(es) no tienen valor en {1} y quedan fuera de las cifras.</translation>
    </message>
    <message>
        <source>{0} unit(s) ({1} people) cannot reach any facility within the search limit.</source>
        <translation type="vanished">{0} unidad(es) ({1} personas) no pueden alcanzar ningún equipamiento dentro del límite de búsqueda.</translation>
    </message>
    <message>
        <source>The demand units with cost_before, cost_after, covered_before, covered_after, newly_covered and new_site_rank.</source>
        <translation type="vanished">Las unidades de demanda con cost_before, cost_after, covered_before, covered_after, newly_covered y new_site_rank.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} must hold numbers: row {2} holds &apos;{3}&apos;.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} debe contener números: la fila {2} contiene &apos;{3}&apos;.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: {2} value(s) are not finite numbers (inf, nan): read as NULL.</source>
        <translation type="vanished">Campo &apos;{0}&apos; de la capa {1}: {2} valor(es) no son números finitos (inf, nan): se leen como NULL.</translation>
    </message>
    <message>
        <source>cost_nearest mixes units ({0}): the coverage figures are not shown. Re-run Accessibility.</source>
        <translation type="vanished">cost_nearest mezcla unidades ({0}): no se muestran las cifras de cobertura. Vuelva a ejecutar Accesibilidad.</translation>
    </message>
    <message>
        <source>cost_nearest is in {0} and the layer has no speed (cost_speed_kmh) to turn it into minutes: the coverage figures are not shown. Re-run Accessibility with a speed, or fill cost_speed_kmh.</source>
        <translation type="vanished">cost_nearest está en {0} y la capa no tiene velocidad (cost_speed_kmh) para convertirlo a minutos: no se muestran las cifras de cobertura. Vuelva a ejecutar Accesibilidad con una velocidad, o complete cost_speed_kmh.</translation>
    </message>
    <message>
        <source>The chosen new sites, with their rank and gain (demand newly covered or served, or cost saved).</source>
        <translation type="vanished">Los sitios nuevos elegidos, con su orden (rank) y su ganancia (gain: demanda nuevamente cubierta o atendida, o costo ahorrado).</translation>
    </message>
    <message>
        <source>Runs the care map in one run (caremap:carepipeline) for every municipality of a layer, in one call. Municipalities come from a field of the units (MUNICIPALITY_FIELD), or from a polygon layer of boundaries (MUNICIPALITY_LAYER: each unit goes to the polygon its point on surface lies in, the rule of districts by location). Each municipality&apos;s run gets only its own units and, with CLIP_FACILITIES, only the facilities inside it or within FACILITY_BUFFER metres of it (its boundary polygon, or its units&apos; polygons), so facilities just across the border that its people also use can count. Each run has its own processing context and its own files, so no municipality reads another&apos;s data: one GeoPackage per municipality in OUTPUT_FOLDER (tables inventory, units, supply, districts; and &lt;name&gt;.html when WRITE_REPORT is checked). OUTPUT_SUMMARY has one row per municipality: its name, status (ok or failed) and message, units, facilities given, demand, the key figures of its units (places within reach, mean access = places per person, share within the threshold, people in care deserts, people without a place) and every figure the pipeline returns (share covered, desert share, unmet ...), its GeoPackage and the run&apos;s parameters (JSON). A municipality that fails is recorded in its row and the others go on; a warning counts the failures. Progress and cancel cover the whole batch. Municipalities run one after another: Processing runs an algorithm and its children in one thread, and a process per municipality would pay QGIS&apos;s start-up (about 1.5 s, more than a municipality&apos;s run) and need its inputs written to files; for parallel runs, start several qgis_process calls of this algorithm, each on a part of the units (a subset of the layer, e.g. &apos;blocks.gpkg|layername=blocks|subset=region=1&apos;) and its own OUTPUT_FOLDER.

The other parameters are those of caremap:carepipeline, applied to every municipality.</source>
        <translation type="vanished">Ejecuta el mapa de cuidado en una sola ejecución (caremap:carepipeline) para cada municipio de una capa, en una sola llamada. Los municipios provienen de un campo de las unidades (MUNICIPALITY_FIELD) o de una capa de polígonos de límites (MUNICIPALITY_LAYER: cada unidad va al polígono en el que se encuentra su punto sobre la superficie, la misma regla que para los distritos por ubicación). La ejecución de cada municipio recibe solo sus propias unidades y, con CLIP_FACILITIES, solo los equipamientos que están dentro de él o a menos de FACILITY_BUFFER metros (de su polígono de límite, o de los polígonos de sus unidades), para que puedan contar los equipamientos situados justo al otro lado del límite que su población también usa. Cada ejecución tiene su propio contexto de procesamiento y sus propios archivos, de modo que ningún municipio lee los datos de otro: un GeoPackage por municipio en OUTPUT_FOLDER (tablas inventory, units, supply, districts; y &lt;nombre&gt;.html cuando WRITE_REPORT está marcado). OUTPUT_SUMMARY tiene una fila por municipio: su nombre, estado (ok o failed) y mensaje, unidades, equipamientos recibidos, demanda, las cifras clave de sus unidades (cupos al alcance, acceso medio = cupos por persona, proporción dentro del umbral, personas en desiertos de cuidado, personas sin cupo) y todas las cifras que devuelve el flujo (proporción cubierta, proporción en desiertos, demanda no atendida...), su GeoPackage y los parámetros de la ejecución (JSON). Un municipio que falla queda registrado en su fila y los demás continúan; una advertencia cuenta los fallos. El progreso y la cancelación abarcan todo el lote. Los municipios se ejecutan uno tras otro: Processing ejecuta un algoritmo y sus algoritmos hijos en un solo hilo, y un proceso por municipio pagaría el arranque de QGIS (unos 1,5 s, más que la ejecución de un municipio) y necesitaría escribir sus insumos en archivos; para ejecuciones en paralelo, lance varias llamadas de qgis_process de este algoritmo, cada una sobre una parte de las unidades (un subconjunto de la capa, p. ej. &apos;blocks.gpkg|layername=blocks|subset=region=1&apos;) y con su propio OUTPUT_FOLDER.

Los demás parámetros son los de caremap:carepipeline, aplicados a cada municipio.</translation>
    </message>
    <message>
        <source>How much care each demand unit can reach.

Costs (COST_MODE): &apos;straight&apos; = straight-line distance (optionally times a detour factor); &apos;network&apos; = shortest paths on a road line layer (speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking; points join their nearest network node with a straight walk); &apos;table&apos; = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes (minutes = metres / SPEED).

THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying methods only). A facility with capacity 0 offers no place: it covers nobody.

cost_nearest is the cost to the nearest facility (with capacity &gt; 0) whether or not it is within THRESHOLD, searched up to SEARCH_LIMIT (advanced; 0 = automatic: the larger of 4 x THRESHOLD and 60 minutes or 5,000 m); it is NULL only where no facility is within the search limit. n_reachable and covered stay within THRESHOLD. The fields cost_unit (&apos;minutes&apos; or &apos;meters&apos;) and cost_speed_kmh (the SPEED used; NULL for an OD table) say what cost_nearest is in.

METHOD: nearest (cost to the nearest facility; access = decay weight of that cost), cumulative (capacity within reach), 2sfca (Luo &amp; Wang 2003, with DECAY), e2sfca (zone steps, default 10/20/30 minutes with weights 1, 0.68, 0.22, or thirds of THRESHOLD in metres; STEPS overrides, e.g. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (Gaussian, sigma = DECAY_PARAM, default THRESHOLD/2), 3sfca (Huff selection weights), m2sfca (decay applied twice), gravity (Hansen potential with DECAY, e.g. power or exponential).

DECAY: step, gaussian (sigma), exponential (beta per cost unit), linear (cost of zero weight), power (beta); DECAY_PARAM 0 = default.

TARGET_GROUP_FIELD / TARGET_GROUP: use only facilities whose target group matches (or is &apos;all&apos;).

Outputs: demand layer with access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered; supply layer with catch_demand and ratio (NULL where no demand is in reach). With no demand at all SHARE_COVERED and MEAN_ACCESS are empty (None), with a warning.</source>
        <translation type="vanished">Cuánto cuidado puede alcanzar cada unidad de demanda.

Costos (COST_MODE): &apos;straight&apos; = distancia en línea recta (opcionalmente multiplicada por un factor de desvío); &apos;network&apos; = caminos más cortos sobre una capa de líneas viales (velocidad desde SPEED_FIELD o SPEED, sentido único desde ONEWAY_FIELD salvo a pie; los puntos se unen a su nodo de red más cercano con una caminata en línea recta); &apos;table&apos; = una tabla origen-destino (p. ej. de ORS Tools, QNEAT3, r5py, OSRM) unida por DEMAND_ID_FIELD y SUPPLY_ID_FIELD, en su propia unidad. COST_UNIT meters o minutes (minutos = metros / SPEED).

THRESHOLD: el límite del área de influencia en COST_UNIT, inclusivo (0 = sin límite, solo para métodos con decaimiento). Un equipamiento con capacidad 0 no ofrece ningún cupo: no cubre a nadie.

cost_nearest es el costo al equipamiento más cercano (con capacidad &gt; 0), esté o no dentro de THRESHOLD, buscado hasta SEARCH_LIMIT (avanzado; 0 = automático: el mayor entre 4 x THRESHOLD y 60 minutos o 5000 m); solo es NULL donde ningún equipamiento está dentro del límite de búsqueda. n_reachable y covered se mantienen dentro de THRESHOLD. Los campos cost_unit (&apos;minutes&apos; o &apos;meters&apos;) y cost_speed_kmh (la SPEED usada; NULL para una tabla OD) indican en qué unidad está cost_nearest.

METHOD: nearest (costo al equipamiento más cercano; acceso = peso de decaimiento de ese costo), cumulative (capacidad al alcance), 2sfca (Luo y Wang 2003, con DECAY), e2sfca (escalones por zona, por defecto 10/20/30 minutos con pesos 1, 0.68, 0.22, o tercios de THRESHOLD en metros; STEPS los reemplaza, p. ej. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussiano, sigma = DECAY_PARAM, por defecto THRESHOLD/2), 3sfca (pesos de selección de Huff), m2sfca (decaimiento aplicado dos veces), gravity (potencial de Hansen con DECAY, p. ej. power o exponential).

DECAY: step, gaussian (sigma), exponential (beta por unidad de costo), linear (costo de peso cero), power (beta); DECAY_PARAM 0 = valor por defecto.

TARGET_GROUP_FIELD / TARGET_GROUP: usar solo los equipamientos cuyo grupo objetivo coincide (o es &apos;all&apos;).

Salidas: capa de demanda con access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered; capa de oferta con catch_demand y ratio (NULL donde no hay demanda al alcance). Si no hay ninguna demanda, SHARE_COVERED y MEAN_ACCESS quedan vacíos (None), con una advertencia.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered.</source>
        <translation type="vanished">Las unidades de demanda con los nuevos campos access, access_norm, cost_nearest (al equipamiento más cercano, hasta SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable y covered.</translation>
    </message>
    <message>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach).</source>
        <translation type="vanished">Los servicios con catch_demand (demanda a su alcance) y ratio (cupos por persona; NULL donde no hay demanda al alcance).</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z values of the unit&apos;s district (as the reference tool does); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name). Constant demand (std 0) gives z = 0 and no desert (warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the demand living in deserts; NULL when there is no demand) are also returned as numbers.</source>
        <translation type="vanished">Desiertos de cuidado según la Herramienta de Georreferenciación de Cuidados: z = (P - media P) / desv. est. P sobre todas las unidades (desviación poblacional); el umbral de demanda es la mediana (o la media, o media + desviación: DEMAND_RULE) de los valores z positivos sobre todas las unidades o, con DISTRICT_FIELD, de todos los valores z del distrito de la unidad (como hace la herramienta de referencia); high_demand = z &gt;= umbral y P &gt; 0; low_access = costo &gt; THRESHOLD (minutos, límite inclusivo) o ningún equipamiento al alcance (costo NULL). Con ADJUST_LARGE_UNITS (polígonos), las unidades más grandes que el cuantil de área AREA_QUANTILE A_q reciben T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densidad por km2). desert = high_demand y low_access. Con SECOND_COST_FIELD (p. ej. transporte público, SECOND_THRESHOLD 30 min): desert_type 1 = no alcanzable por ningún modo, 2 = alcanzable solo por el segundo modo; sin segundo modo desert_type es 1 para todo desierto.

Parámetros: INPUT, DEMAND_FIELD, COST_FIELD (minutos; un costo en metros escrito por caremap:accessibility se convierte con sus campos cost_unit y cost_speed_kmh), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (campos z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (por distrito: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS el mismo resumen sobre los polígonos de DISTRICT_LAYER unidos por nombre (DISTRICT_LAYER_FIELD, por defecto el nombre de DISTRICT_FIELD). Una demanda constante (desviación 0) da z = 0 y ningún desierto (con advertencia). Los valores NULL de demanda o de distrito son un error. DESERTS y DESERT_SHARE (proporción de la demanda que vive en desiertos; NULL cuando no hay demanda) también se devuelven como números.</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then the statistic of all the z-scores of the unit&apos;s district, and a summary per district is written. Typical: district.</source>
        <translation type="vanished">Campo opcional con el distrito de cada unidad; el umbral de alta demanda es entonces el estadístico de todos los puntajes z del distrito de la unidad, y se escribe un resumen por distrito. Típico: distrito.</translation>
    </message>
    <message>
        <source>Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 people of the cohort, unmet demand = max(0, demand - accessible places), and, against a policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children 0-2), required places, shortfall = max(0, required - places), surplus and below_target (0/1).

Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; SUPPLY_FIELD accessible supply; SUPPLY_KIND &apos;places&apos; (the field holds places) or &apos;access_ratio&apos; (the field holds places per person, like the &apos;access&apos; field of caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person (0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a table per district (one row &apos;all&apos; without a district field): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. With DISTRICT_LAYER (polygons with the same district names, in DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS). Units with a NULL district keep their fields but are left out of the summary (warned). NULL demand or supply values are an error.</source>
        <translation type="vanished">Por unidad (p. ej. la salida de demanda de Accesibilidad al cuidado): cobertura = cupos por cada 100 personas de la cohorte, demanda no atendida = max(0, demanda - cupos accesibles) y, frente a una meta de política de TARGET_RATIO cupos por persona (p. ej. 0.333 = un cupo por cada 3 niñas y niños de 0-2), cupos requeridos, déficit = max(0, requeridos - cupos), excedente y below_target (0/1).

Parámetros: INPUT unidades (puntos o polígonos); DEMAND_FIELD personas de la cohorte; SUPPLY_FIELD oferta accesible; SUPPLY_KIND &apos;places&apos; (el campo contiene cupos) o &apos;access_ratio&apos; (el campo contiene cupos por persona, como el campo &apos;access&apos; de caremap:accessibility, así que cupos = razón x demanda); TARGET_RATIO cupos por persona (0 = sin meta); DISTRICT_FIELD distrito opcional; OUTPUT las unidades con los nuevos campos coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY una tabla por distrito (una fila &apos;all&apos; sin campo de distrito): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. Con DISTRICT_LAYER (polígonos con los mismos nombres de distrito, en DISTRICT_LAYER_FIELD) el resumen también se escribe sobre esos polígonos (OUTPUT_DISTRICTS). Las unidades con distrito NULL conservan sus campos pero quedan fuera del resumen (con advertencia). Los valores NULL de demanda u oferta son un error.</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district, for the summary per district (without it, one row &apos;all&apos;). Typical: locality.</source>
        <translation type="vanished">Campo opcional con el distrito de cada unidad, para el resumen por distrito (sin él, una fila &apos;all&apos;). Típico: localidad.</translation>
    </message>
    <message>
        <source>Runs the whole care map from the raw inputs, as child algorithms with one progress bar: 1) Care supply inventory of the facility layers (field mappings, cleaning, de-duplication, full-day-equivalent capacity); 2) Care demand of the units from their age-band fields (BAND_MAPPING and WEIGHTS: e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) Accessibility to care of that demand to the inventory&apos;s capacity_fde, optionally only the facilities whose target_group is TARGET_GROUP; 4) Care gaps against the policy TARGET_RATIO; 5) Care deserts (the Care Georeferencing rule, by district); 6) Care priority index from unmet demand, low access, care intensity and the VULNERABILITY_FIELDS. Optionally writes the HTML (and PDF) report.

Outputs: the inventory, the units with every indicator (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), the facilities with their catchment ratio, and the per-district deserts summary. The same chain ships as a Graphical Modeler model (models/care_map.model3) to open and adapt.</source>
        <translation type="vanished">Ejecuta todo el mapa de cuidado a partir de los insumos en bruto, como algoritmos hijos con una sola barra de progreso: 1) Inventario de la oferta de cuidado de las capas de equipamientos (correspondencia de campos, limpieza, eliminación de duplicados, capacidad equivalente a jornada completa); 2) Demanda de cuidado de las unidades a partir de sus campos por grupo de edad (BAND_MAPPING y WEIGHTS: p. ej. &apos;p_0_2:0-2;p_3_5:3-5&apos; con pesos iguales da niñas y niños de 0-5; la escala de Madrid da unidades de cuidado para todas las personas); 3) Accesibilidad al cuidado de esa demanda a la capacity_fde del inventario, opcionalmente solo de los equipamientos cuyo target_group es TARGET_GROUP; 4) Brechas de cuidado frente a la meta de política TARGET_RATIO; 5) Desiertos de cuidado (la regla de la Georreferenciación de Cuidados, por distrito); 6) Índice de prioridad de cuidado a partir de la demanda no atendida, el bajo acceso, la intensidad de cuidado y los VULNERABILITY_FIELDS. Opcionalmente escribe el informe HTML (y PDF).

Salidas: el inventario, las unidades con todos los indicadores (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), los equipamientos con su razón del área de influencia y el resumen de desiertos por distrito. La misma cadena se incluye como modelo del Modelador Gráfico (models/care_map.model3) para abrirlo y adaptarlo.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for care deserts and summaries by district. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS con el distrito de cada unidad, para los desiertos de cuidado y los resúmenes por distrito. Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional table of care deserts by district (needs DISTRICT_FIELD).</source>
        <translation type="vanished">Tabla opcional de desiertos de cuidado por distrito (requiere DISTRICT_FIELD).</translation>
    </message>
    <message>
        <source>Largest distance in metres from a facility to its nearest network node; facilities farther away get no network catchment. Typical: 500 m.</source>
        <translation type="vanished">Distancia máxima en metros de un servicio a su nodo más cercano de la red; los servicios más lejanos no tienen área de influencia por red. Típico: 500 m.</translation>
    </message>
    <message>
        <source>How unequally access (ACCESS_FIELD, &gt;= 0, e.g. &apos;access&apos; from caremap:accessibility) is spread over the population (POPULATION_FIELD; empty = every unit counts once).

Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit has everything); PALMA = share of access of the best-served 10% of people / share of the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD, THEIL_BETWEEN + THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and the maximum access). All are population-weighted. A NULL output means undefined (e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population shares (0 = one row per unit). NULL values in the fields used are an error.</source>
        <translation type="vanished">Qué tan desigualmente se reparte el acceso (ACCESS_FIELD, &gt;= 0, p. ej. &apos;access&apos; de caremap:accessibility) entre la población (POPULATION_FIELD; vacío = cada unidad cuenta una vez).

Salidas (números, también en el registro): MEAN_ACCESS; GINI (0 = igualdad, 1 - 1/n = una unidad lo tiene todo); PALMA = proporción del acceso del 10% de personas mejor atendidas / proporción del 40% peor atendido; THEIL (T de Theil) y, con DISTRICT_FIELD, THEIL_BETWEEN + THEIL_WITHIN = THEIL; con RANK_FIELD (un rango socioeconómico, bajo = más pobre, p. ej. ingreso o estrato) CONCENTRATION (2 cov(acceso, rango fraccional) / media; negativo = acceso concentrado entre los pobres) y ERREYGERS (8 cov / (máx - mín), con límites 0 y el acceso máximo). Todos están ponderados por población. Una salida NULL significa indefinida (p. ej. sin acceso en ninguna parte, o sin campo de rango). OUTPUT_LORENZ: la curva de Lorenz como tabla (pop_share, access_share, equality) en LORENZ_POINTS proporciones de población equiespaciadas (0 = una fila por unidad). Los valores NULL en los campos usados son un error.</translation>
    </message>
    <message>
        <source>Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts. Typical: locality.</source>
        <translation type="vanished">Campo opcional de distrito, para dividir el Theil T en THEIL_BETWEEN y THEIL_WITHIN distritos. Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for the charts by district. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS con el distrito de cada unidad, para los gráficos por distrito. Típico: localidad.</translation>
    </message>
    <message>
        <source>Demand covered within {0}: {1:,.1f} before, {2:,.1f} after ({3} -&gt; {4}).</source>
        <translation type="vanished">Demanda cubierta dentro de {0}: {1:.1f} antes, {2:.1f} después ({3} -&gt; {4}).</translation>
    </message>
    <message>
        <source>Road or footpath line layer used when COST_MODE=network; lines must be connected at their ends. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Capa de líneas de calles o senderos usada cuando COST_MODE=network; las líneas deben estar conectadas en sus extremos. Típico: las calles de OpenStreetMap de la ciudad.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a point to its nearest network node; points farther away reach nothing by network. Typical: 500 m.</source>
        <translation type="vanished">Distancia máxima en metros de un punto a su nodo más cercano de la red; los puntos más lejanos no alcanzan nada por la red. Típico: 500 m.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts, to draw the per-district summary on a map (OUTPUT_DISTRICTS). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Capa opcional de polígonos de distritos, para dibujar el resumen por distrito en un mapa (OUTPUT_DISTRICTS). Típico: las localidades o comunas de la ciudad.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names, matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: empty.</source>
        <translation type="vanished">Campo de DISTRICT_LAYER con los nombres de los distritos, emparejados con los valores de DISTRICT_FIELD; vacío = un campo con el mismo nombre que DISTRICT_FIELD. Típico: vacío.</translation>
    </message>
    <message>
        <source>Network {0}: {1} nodes, {2} edges, {3} connected component(s).</source>
        <translation type="vanished">Red {0}: {1} nodos, {2} aristas, {3} componente(s) conexa(s).</translation>
    </message>
    <message>
        <source>District polygons (to map the summary)</source>
        <translation type="vanished">Polígonos de distritos (para mapear el resumen)</translation>
    </message>
    <message>
        <source>Layer {0} has no cost_unit field: field &apos;{1}&apos; is read as minutes.</source>
        <translation type="vanished">La capa {0} no tiene campo cost_unit: el campo &apos;{1}&apos; se lee en minutos.</translation>
    </message>
    <message>
        <source>Field cost_unit of layer {0} mixes units ({1}): field &apos;{2}&apos; cannot be read in one unit. Report each part separately, or re-run Accessibility.</source>
        <translation type="vanished">El campo cost_unit de la capa {0} mezcla unidades ({1}): el campo &apos;{2}&apos; no se puede leer en una sola unidad. Haga un informe de cada parte por separado, o vuelva a ejecutar Accesibilidad.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} holds costs in {2} (field cost_unit) and no speed to turn them into minutes (field cost_speed_kmh is empty). Fill cost_speed_kmh with the travel speed in km/h, or re-run Accessibility with a speed.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} contiene costos en {2} (campo cost_unit) y ninguna velocidad para convertirlos en minutos (el campo cost_speed_kmh está vacío). Complete cost_speed_kmh con la velocidad de viaje en km/h, o vuelva a ejecutar Accesibilidad con una velocidad.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} is in {2}: read as minutes at {3:g} km/h.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} está en {2}: se lee en minutos a {3:g} km/h.</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are cut once into runs of pixels on each raster&apos;s grid (scanline) and the runs are summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster&apos;s CRS, never the raster. Negative pixel values are an error.</source>
        <translation type="vanished">Suma uno o más rásteres de población (p. ej. grillas por edad y sexo como WorldPop) en polígonos (ZONES) o, sin zonas, en una grilla de hexágonos que genera sobre los rásteres (HEX_SIZE = lado de un hexágono en metros; HEX_ORIENTATION pointy o flat). Un campo de salida por banda de ráster, con el nombre del ráster; raster_total es su suma, n_pixels los píxeles contados (primer ráster); los hexágonos reciben además pop_density por km2.

Las zonas se cortan una sola vez en tramos de píxeles sobre la grilla de cada ráster (barrido por filas) y los tramos se suman con numpy (add.reduceat, bincount), leyendo el ráster en franjas de filas, de modo que los rásteres grandes caben en memoria. Regla del centro del píxel: un píxel cuenta para una zona cuando su centro está dentro de la zona (nunca se reparte entre zonas). Los píxeles nodata se omiten; una zona sin ningún píxel válido (fuera del ráster, todo nodata o más pequeña que un píxel) recibe NULL. Las zonas superpuestas cuentan cada una los píxeles cuyos centros contienen. Las zonas se reproyectan al SRC de cada ráster, nunca el ráster. Los valores de píxel negativos son un error.</translation>
    </message>
    <message>
        <source>Layer {0} has no point or polygon geometry: map its coordinates with x=...,y=...</source>
        <translation type="vanished">La capa {0} no tiene geometría de puntos ni de polígonos: asigne sus coordenadas con x=...,y=...</translation>
    </message>
    <message>
        <source>Layer {0}: invalid crs in the mapping.</source>
        <translation type="vanished">Capa {0}: crs no válido en la correspondencia.</translation>
    </message>
    <message>
        <source>How much care each demand unit can reach.

Costs (COST_MODE): &apos;straight&apos; = straight-line distance (optionally times a detour factor); &apos;network&apos; = shortest paths on a road line layer (speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking; points join their nearest network node with a straight walk); &apos;table&apos; = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes (minutes = metres / SPEED).

THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying methods only).

METHOD: nearest (cost to the nearest facility; access = decay weight of that cost), cumulative (capacity within reach), 2sfca (Luo &amp; Wang 2003, with DECAY), e2sfca (zone steps, default 10/20/30 minutes with weights 1, 0.68, 0.22, or thirds of THRESHOLD in metres; STEPS overrides, e.g. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (Gaussian, sigma = DECAY_PARAM, default THRESHOLD/2), 3sfca (Huff selection weights), m2sfca (decay applied twice), gravity (Hansen potential with DECAY, e.g. power or exponential).

DECAY: step, gaussian (sigma), exponential (beta per cost unit), linear (cost of zero weight), power (beta); DECAY_PARAM 0 = default.

TARGET_GROUP_FIELD / TARGET_GROUP: use only facilities whose target group matches (or is &apos;all&apos;).

Outputs: demand layer with access, access_norm, cost_nearest, n_reachable, covered; supply layer with catch_demand and ratio (NULL where no demand is in reach).</source>
        <translation type="vanished">Cuánto cuidado puede alcanzar cada unidad de demanda.

Costos (COST_MODE): &apos;straight&apos; = distancia en línea recta (opcionalmente multiplicada por un factor de desvío); &apos;network&apos; = caminos más cortos sobre una capa de líneas viales (velocidad desde SPEED_FIELD o SPEED, sentido único desde ONEWAY_FIELD salvo a pie; los puntos se unen a su nodo de red más cercano con una caminata en línea recta); &apos;table&apos; = una tabla origen-destino (p. ej. de ORS Tools, QNEAT3, r5py, OSRM) unida por DEMAND_ID_FIELD y SUPPLY_ID_FIELD, en su propia unidad. COST_UNIT meters o minutes (minutos = metros / SPEED).

THRESHOLD: el límite del área de influencia en COST_UNIT, inclusivo (0 = sin límite, solo para métodos con decaimiento).

METHOD: nearest (costo al equipamiento más cercano; acceso = peso de decaimiento de ese costo), cumulative (capacidad al alcance), 2sfca (Luo y Wang 2003, con DECAY), e2sfca (escalones por zona, por defecto 10/20/30 minutos con pesos 1, 0.68, 0.22, o tercios de THRESHOLD en metros; STEPS los reemplaza, p. ej. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussiano, sigma = DECAY_PARAM, por defecto THRESHOLD/2), 3sfca (pesos de selección de Huff), m2sfca (decaimiento aplicado dos veces), gravity (potencial de Hansen con DECAY, p. ej. power o exponential).

DECAY: step, gaussian (sigma), exponential (beta por unidad de costo), linear (costo de peso cero), power (beta); DECAY_PARAM 0 = valor por defecto.

TARGET_GROUP_FIELD / TARGET_GROUP: usar solo los equipamientos cuyo grupo objetivo coincide (o es &apos;all&apos;).

Salidas: capa de demanda con access, access_norm, cost_nearest, n_reachable, covered; capa de oferta con catch_demand y ratio (NULL donde no hay demanda al alcance).</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest, n_reachable and covered.</source>
        <translation type="vanished">Las unidades de demanda con los nuevos campos access, access_norm, cost_nearest, n_reachable y covered.</translation>
    </message>
    <message>
        <source>Catchment threshold (in COST_UNIT, inclusive; 0 = none)</source>
        <translation type="vanished">Umbral del área de influencia (en COST_UNIT, inclusivo; 0 = ninguno)</translation>
    </message>
    <message>
        <source>STEPS must look like &apos;10:1,20:0.68,30:0.22&apos;, got &apos;{0}&apos;.</source>
        <translation type="vanished">STEPS debe tener la forma &apos;10:1,20:0.68,30:0.22&apos;; se recibió &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>E2SFCA in metres needs a THRESHOLD or STEPS.</source>
        <translation type="vanished">E2SFCA en metros necesita un THRESHOLD o STEPS.</translation>
    </message>
    <message>
        <source>METHOD {0} with step decay needs a THRESHOLD &gt; 0 (only decaying methods run without one).</source>
        <translation type="vanished">METHOD {0} con decaimiento step necesita un THRESHOLD &gt; 0 (solo los métodos con decaimiento funcionan sin él).</translation>
    </message>
    <message>
        <source>{0} demand unit(s) have a NULL &apos;{1}&apos;: they get NULL access.</source>
        <translation type="vanished">{0} unidad(es) de demanda tienen &apos;{1}&apos; NULL: reciben acceso NULL.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) have a NULL &apos;{1}&apos;: they were left out.</source>
        <translation type="vanished">{0} equipamiento(s) tienen &apos;{1}&apos; NULL: se dejaron fuera.</translation>
    </message>
    <message>
        <source>TARGET_GROUP needs a TARGET_GROUP_FIELD on the facilities.</source>
        <translation type="vanished">TARGET_GROUP necesita un TARGET_GROUP_FIELD en los equipamientos.</translation>
    </message>
    <message>
        <source>BAND_MAPPING: {0}</source>
        <translation type="vanished">BAND_MAPPING: {0}</translation>
    </message>
    <message>
        <source>Weights: {0}</source>
        <translation type="vanished">Pesos: {0}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has a negative count ({2}, feature id {3}).</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene un conteo negativo ({2}, id de entidad {3}).</translation>
    </message>
    <message>
        <source>{0} unit(s) have NULL age-band values: their results are NULL.</source>
        <translation type="vanished">{0} unidad(es) tienen valores NULL en grupos de edad: sus resultados son NULL.</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values, over all units or within each district (DISTRICT_FIELD); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (same unit as THRESHOLD), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name). Constant demand (std 0) gives z = 0 and no desert; a district without positive z has a NULL threshold. NULL demand or NULL district values are an error.</source>
        <translation type="vanished">Desiertos de cuidado según la Herramienta de Georreferenciación de Cuidados: z = (P - media P) / desv. est. P sobre todas las unidades (desviación poblacional); el umbral de demanda es la mediana (o la media, o media + desviación: DEMAND_RULE) de los valores z positivos, sobre todas las unidades o dentro de cada distrito (DISTRICT_FIELD); high_demand = z &gt;= umbral y P &gt; 0; low_access = costo &gt; THRESHOLD (minutos, límite inclusivo) o ningún equipamiento al alcance (costo NULL). Con ADJUST_LARGE_UNITS (polígonos), las unidades más grandes que el cuantil de área AREA_QUANTILE A_q reciben T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densidad por km2). desert = high_demand y low_access. Con SECOND_COST_FIELD (p. ej. transporte público, SECOND_THRESHOLD 30 min): desert_type 1 = no alcanzable por ningún modo, 2 = alcanzable solo por el segundo modo; sin segundo modo desert_type es 1 para todo desierto.

Parámetros: INPUT, DEMAND_FIELD, COST_FIELD (misma unidad que THRESHOLD), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (campos z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (por distrito: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS el mismo resumen sobre los polígonos de DISTRICT_LAYER unidos por nombre (DISTRICT_LAYER_FIELD, por defecto el nombre de DISTRICT_FIELD). Una demanda constante (desviación 0) da z = 0 y ningún desierto; un distrito sin z positivos tiene umbral NULL. Los valores NULL de demanda o de distrito son un error.</translation>
    </message>
    <message>
        <source>Numeric field with the cost to the nearest facility, in the same unit as THRESHOLD; NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico con el costo hasta el servicio más cercano, en la misma unidad que THRESHOLD; NULL = ningún servicio alcanzable. Típico: cost_nearest de caremap:accessibility.</translation>
    </message>
    <message>
        <source>How the high-demand threshold is taken from the positive z-scores of demand: median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool).</source>
        <translation type="vanished">Cómo se obtiene el umbral de alta demanda a partir de los puntajes z positivos de la demanda: median, mean o mean_plus_std. Típico: median (Herramienta de Georreferenciación de Cuidados).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then computed within each district, and a summary per district is written. Typical: locality.</source>
        <translation type="vanished">Campo opcional con el distrito de cada unidad; el umbral de alta demanda se calcula entonces dentro de cada distrito y se escribe un resumen por distrito. Típico: localidad.</translation>
    </message>
    <message>
        <source>Optional field with the cost in minutes by a second mode (e.g. public transport); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Campo opcional con el costo en minutos por un segundo modo (p. ej. transporte público); los desiertos alcanzables por él reciben desert_type 2. Típico: vacío, o minutos en transporte público.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative demand (e.g. {2}).</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene demanda negativa (p. ej. {2}).</translation>
    </message>
    <message>
        <source>ADJUST_LARGE_UNITS needs a polygon layer; {0} has points.</source>
        <translation type="vanished">ADJUST_LARGE_UNITS necesita una capa de polígonos; {0} tiene puntos.</translation>
    </message>
    <message>
        <source>Demand is the same in every unit (std 0): z = 0, no unit is high demand.</source>
        <translation type="vanished">La demanda es igual en todas las unidades (desviación 0): z = 0, ninguna unidad es de alta demanda.</translation>
    </message>
    <message>
        <source>{0} of {1} units are care deserts, home to {2:.0f} people ({3:.1%} of demand).</source>
        <translation type="vanished">{0} de {1} unidades son desiertos de cuidado, donde viven {2:.0f} personas ({3:.1%} de la demanda).</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos;: {1} unit(s) with NULL district are left out of the district summary.</source>
        <translation type="vanished">Campo de distrito &apos;{0}&apos;: {1} unidad(es) con distrito NULL quedan fuera del resumen por distrito.</translation>
    </message>
    <message>
        <source>District name field of the district polygons (empty = same as DISTRICT_FIELD)</source>
        <translation type="vanished">Campo de nombre de distrito de los polígonos (vacío = igual a DISTRICT_FIELD)</translation>
    </message>
    <message>
        <source>Mapping the summary needs DISTRICT_FIELD (and DISTRICT_LAYER_FIELD).</source>
        <translation type="vanished">Mapear el resumen necesita DISTRICT_FIELD (y DISTRICT_LAYER_FIELD).</translation>
    </message>
    <message>
        <source>District(s) not found in the district polygons: {0}</source>
        <translation type="vanished">Distrito(s) no encontrado(s) en los polígonos de distritos: {0}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative supply (e.g. {2}).</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene oferta negativa (p. ej. {2}).</translation>
    </message>
    <message>
        <source>Every unit has zero demand: coverage is NULL everywhere.</source>
        <translation type="vanished">Todas las unidades tienen demanda cero: la cobertura es NULL en todas partes.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included); SHAPE &apos;hull&apos; = their concave hull (HULL_RATIO) widened by BUFFER metres (fast), &apos;buffer&apos; = the streets themselves buffered by BUFFER metres (detailed, slower); speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;.</source>
        <translation type="vanished">Un polígono por equipamiento (o uno por umbral, disuelto) del área desde la que se lo alcanza dentro de cada umbral de THRESHOLDS (p. ej. &apos;10,15,20&apos;, en COST_UNIT).

COST_MODE &apos;network&apos;: los tramos de calle alcanzados dentro del umbral (incluidas calles parciales); SHAPE &apos;hull&apos; = su envolvente cóncava (HULL_RATIO) ensanchada BUFFER metros (rápido), &apos;buffer&apos; = las propias calles con un buffer de BUFFER metros (detallado, más lento); velocidad desde SPEED_FIELD o SPEED, sentido único desde ONEWAY_FIELD salvo a pie. COST_MODE &apos;straight&apos;: un círculo de radio igual al umbral (metros, o minutos x SPEED). Campos de salida: los campos del equipamiento más &apos;threshold&apos;.</translation>
    </message>
    <message>
        <source>Catchment polygons: the facility&apos;s fields plus threshold (one per threshold when dissolved).</source>
        <translation type="vanished">Polígonos de áreas de influencia: los campos del servicio más threshold (uno por umbral si se disuelven).</translation>
    </message>
    <message>
        <source>Thresholds (comma-separated, in COST_UNIT)</source>
        <translation type="vanished">Umbrales (separados por comas, en COST_UNIT)</translation>
    </message>
    <message>
        <source>THRESHOLDS must be numbers separated by commas, got &apos;{0}&apos;.</source>
        <translation type="vanished">THRESHOLDS debe contener números separados por comas; se recibió &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>THRESHOLDS must hold at least one value &gt; 0, got &apos;{0}&apos;.</source>
        <translation type="vanished">THRESHOLDS debe contener al menos un valor &gt; 0; se recibió &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) are farther than {1} m from the network: no catchment.</source>
        <translation type="vanished">{0} equipamiento(s) están a más de {1} m de la red: sin área de influencia.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative values (e.g. {2}); inequality measures need access &gt;= 0.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene valores negativos (p. ej. {2}); las medidas de desigualdad necesitan acceso &gt;= 0.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative population.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene población negativa.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: the total population is 0.</source>
        <translation type="vanished">Campo &apos;{0}&apos; de la capa {1}: la población total es 0.</translation>
    </message>
    <message>
        <source>Access is 0 everywhere: the inequality measures are undefined.</source>
        <translation type="vanished">El acceso es 0 en todas partes: las medidas de desigualdad están indefinidas.</translation>
    </message>
    <message>
        <source>K = {0} nearest neighbours asked, but layer {1} has only {2} unit(s) ({3} possible neighbours each).</source>
        <translation type="vanished">Se pidieron K = {0} vecinos más cercanos, pero la capa {1} solo tiene {2} unidad(es) ({3} vecinos posibles cada una).</translation>
    </message>
    <message>
        <source>{0} contiguity needs a polygon layer; {1} has points.</source>
        <translation type="vanished">La contigüidad {0} necesita una capa de polígonos; {1} tiene puntos.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no neighbour: their z and p are NULL.</source>
        <translation type="vanished">{0} unidad(es) no tienen vecinos: su z y p son NULL.</translation>
    </message>
    <message>
        <source>No unit of layer {0} has a neighbour with these weights (try a larger DISTANCE or knn).</source>
        <translation type="vanished">Ninguna unidad de la capa {0} tiene vecinos con estos pesos (pruebe una DISTANCE o un knn mayor).</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; is constant: z = 0 everywhere, no hot spot.</source>
        <translation type="vanished">El campo &apos;{0}&apos; es constante: z = 0 en todas partes, ningún punto caliente.</translation>
    </message>
    <message>
        <source>Choose at least one indicator field (FIELDS).</source>
        <translation type="vanished">Elija al menos un campo de indicador (FIELDS).</translation>
    </message>
    <message>
        <source>INVERT_FIELDS {0} are not among the indicator FIELDS.</source>
        <translation type="vanished">Los INVERT_FIELDS {0} no están entre los FIELDS de indicadores.</translation>
    </message>
    <message>
        <source>WEIGHTS &apos;{0}&apos; must be numbers separated by commas.</source>
        <translation type="vanished">WEIGHTS &apos;{0}&apos; debe contener números separados por comas.</translation>
    </message>
    <message>
        <source>WEIGHTS has {0} number(s) but {1} indicator field(s) were chosen.</source>
        <translation type="vanished">WEIGHTS tiene {0} número(s) pero se eligieron {1} campo(s) de indicador.</translation>
    </message>
    <message>
        <source>Give at least one population raster in RASTERS.</source>
        <translation type="vanished">Indique al menos un ráster de población en RASTERS.</translation>
    </message>
    <message>
        <source>The zone layer has no valid coordinate reference system.</source>
        <translation type="vanished">La capa de zonas no tiene un sistema de referencia de coordenadas válido.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; ({1}) is not in the units layer.</source>
        <translation type="vanished">El campo &apos;{0}&apos; ({1}) no está en la capa de unidades.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; has negative demand.</source>
        <translation type="vanished">El campo &apos;{0}&apos; tiene demanda negativa.</translation>
    </message>
    <message>
        <source>{0} of {1} ({2}) live more than {3:g} minutes&apos; {4} from {5}.</source>
        <translation type="vanished">{0} de {1} ({2}) viven a más de {3:g} minutos {4} de {5}.</translation>
    </message>
    <message>
        <source>{0} {1} ({2}) live within reach of {3}.</source>
        <translation type="vanished">{0} {1} ({2}) viven al alcance de {3}.</translation>
    </message>
    <message>
        <source>Unmet demand: {0} {1} have no accessible place.</source>
        <translation type="vanished">Demanda no atendida: {0} {1} no tienen un cupo accesible.</translation>
    </message>
    <message>
        <source>{0} district(s) hold {1} of the unmet demand: {2}.</source>
        <translation type="vanished">{0} distrito(s) concentran {1} de la demanda no atendida: {2}.</translation>
    </message>
    <message>
        <source>Share of demand that reaches a service</source>
        <translation type="vanished">Proporción de la demanda que alcanza un servicio</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="vanished">minutos</translation>
    </message>
    <message>
        <source>Gini {0:.2f} · Palma {1:.2f}</source>
        <translation type="vanished">Gini {0:.2f} · Palma {1:.2f}</translation>
    </message>
    <message>
        <source>people in the map</source>
        <translation type="vanished">personas en el mapa</translation>
    </message>
    <message>
        <source>beyond the threshold</source>
        <translation type="vanished">más allá del umbral</translation>
    </message>
    <message>
        <source>unmet demand</source>
        <translation type="vanished">demanda no atendida</translation>
    </message>
    <message>
        <source>in care deserts</source>
        <translation type="vanished">en desiertos de cuidado</translation>
    </message>
    <message>
        <source>COST_MODE=table needs DEMAND_ID_FIELD and id fields for the sites {0}.</source>
        <translation type="vanished">COST_MODE=table necesita DEMAND_ID_FIELD y campos de id para los sitios {0}.</translation>
    </message>
    <message>
        <source>DEMAND_ID_FIELD &apos;{0}&apos; was not read from the demand layer.</source>
        <translation type="vanished">DEMAND_ID_FIELD &apos;{0}&apos; no se leyó de la capa de demanda.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s).</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene {2} valor(es) negativo(s).</translation>
    </message>
    <message>
        <source>Chooses P new care facility sites among CANDIDATES (a point layer) or a regular grid (GRID_SPACING metres) over the demand. EXISTING facilities stay open and already cover.
OBJECTIVE: mclp = maximise the demand within THRESHOLD; pmedian = minimise the demand-weighted cost to the nearest open site (costs up to MAX_COST, default 3 x THRESHOLD; units reaching nothing count at MAX_COST, and cost before/after is NULL for them); capacitated = maximise the demand served within THRESHOLD when each new site serves at most its capacity.
SOLVER: greedy (fast; for mclp at least 63% = 1 - 1/e of the optimum, usually &gt; 97%) or exact (MILP with HiGHS, stopped after TIME_LIMIT seconds; the MIP gap is reported; cancelling takes effect when the solver returns, at the latest after TIME_LIMIT).
Outputs: the chosen sites with rank and gain (demand newly covered/served, or cost saved), the demand layer with coverage and cost before/after, and a before/after summary.</source>
        <translation type="vanished">Elige P sitios para nuevos equipamientos de cuidado entre CANDIDATES (una capa de puntos) o una grilla regular (GRID_SPACING metros) sobre la demanda. Los equipamientos EXISTING siguen abiertos y ya cubren.
OBJECTIVE: mclp = maximizar la demanda dentro de THRESHOLD; pmedian = minimizar el costo ponderado por la demanda al sitio abierto más cercano (costos hasta MAX_COST, por defecto 3 x THRESHOLD; las unidades que no alcanzan nada cuentan con MAX_COST, y su costo antes/después es NULL); capacitated = maximizar la demanda atendida dentro de THRESHOLD cuando cada nuevo sitio atiende como máximo su capacidad.
SOLVER: greedy (rápido; para mclp al menos el 63% = 1 - 1/e del óptimo, normalmente &gt; 97%) o exact (MILP con HiGHS, detenido tras TIME_LIMIT segundos; se informa la brecha MIP; la cancelación surte efecto cuando el solver termina, a más tardar tras TIME_LIMIT).
Salidas: los sitios elegidos con rank y gain (demanda recién cubierta/atendida, o costo ahorrado), la capa de demanda con cobertura y costo antes/después, y un resumen antes/después.</translation>
    </message>
    <message>
        <source>Coverage threshold (in COST_UNIT, inclusive)</source>
        <translation type="vanished">Umbral de cobertura (en COST_UNIT, inclusivo)</translation>
    </message>
    <message>
        <source>Cost limit for p-median and for cost before/after (COST_UNIT, 0 = 3 x THRESHOLD)</source>
        <translation type="vanished">Límite de costo para p-mediana y para el costo antes/después (COST_UNIT, 0 = 3 x THRESHOLD)</translation>
    </message>
    <message>
        <source>Give a CANDIDATES layer or a GRID_SPACING &gt; 0.</source>
        <translation type="vanished">Indique una capa CANDIDATES o un GRID_SPACING &gt; 0.</translation>
    </message>
    <message>
        <source>P = {0} is larger than the number of candidate sites ({1}) in {2}.</source>
        <translation type="vanished">P = {0} es mayor que el número de sitios candidatos ({1}) en {2}.</translation>
    </message>
    <message>
        <source>(CANDIDATE_ID_FIELD and SUPPLY_ID_FIELD)</source>
        <translation type="vanished">(CANDIDATE_ID_FIELD y SUPPLY_ID_FIELD)</translation>
    </message>
    <message>
        <source>No candidate site in {0} is within {1} (COST_UNIT) of any demand unit; raise THRESHOLD/MAX_COST or add candidates.</source>
        <translation type="vanished">Ningún sitio candidato de {0} está a {1} (COST_UNIT) o menos de alguna unidad de demanda; aumente THRESHOLD/MAX_COST o agregue candidatos.</translation>
    </message>
    <message>
        <source>The exact solver stopped at TIME_LIMIT without beating the heuristic: the heuristic solution is returned (see MIP gap).</source>
        <translation type="vanished">El solver exacto se detuvo en TIME_LIMIT sin superar a la heurística: se devuelve la solución heurística (ver la brecha MIP).</translation>
    </message>
    <message>
        <source>Demand covered within {0}: {1:,.1f} before, {2:,.1f} after ({3:.1%} -&gt; {4:.1%}).</source>
        <translation type="vanished">Demanda cubierta dentro de {0}: {1:.1f} antes, {2:.1f} después ({3:.1%} -&gt; {4:.1%}).</translation>
    </message>
    <message>
        <source>MAPPINGS has {0} mappings separated by &apos;|&apos; but there are {1} input layers.</source>
        <translation type="vanished">MAPPINGS tiene {0} correspondencias separadas por &apos;|&apos; pero hay {1} capas de entrada.</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

A kept record&apos;s missing capacity, hours or days are taken from the records merged into it (most trusted source first; capacity_imputed = 4). Other missing (or 0) capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3); capacity_reported keeps the record&apos;s own value. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Combina capas de equipamientos de cuidado de varias fuentes (registros administrativos, encuestas, mapeos colaborativos, OpenStreetMap) en un solo inventario con los campos name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: una correspondencia por capa de entrada, en el orden de las capas, separadas por &apos;|&apos;. Una correspondencia es una lista separada por comas de campo_esquema=campo_capa; un valor entre comillas es una constante, p. ej. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Los campos del esquema no asignados se toman de un campo de la capa con el mismo nombre cuando existe. source toma por defecto el nombre de la capa. Una tabla sin geometría (p. ej. un CSV) necesita x=campo_lon,y=campo_lat (WGS84 salvo crs=&apos;EPSG:xxxx&apos;).

Limpieza: TYPE_WHITELIST (tipos de servicio separados por comas; vacío conserva todos) y NAME_BLACKLIST (una expresión regular buscada en el nombre, sin distinguir mayúsculas ni tildes); los casos de cada regla se registran.

Eliminación de duplicados: los registros a menos de DEDUP_DISTANCE metros cuyos nombres normalizados (sin mayúsculas, tildes, puntuación ni palabras comunes como &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) tienen una similitud &gt;= NAME_THRESHOLD se fusionan; se conserva el registro de la fuente que aparece primero en SOURCE_PRIORITY y, después, el más completo. Este recibe merged_sources y n_merged; los registros descartados van a la salida opcional de rechazados con duplicate_of.

La capacidad, las horas o los días que le falten a un registro conservado se toman de los registros fusionados con él (primero la fuente más confiable; capacity_imputed = 4). Las demás capacidades faltantes (o 0) se imputan con la mediana del mismo tipo de servicio (capacity_imputed = 1), o de todos los equipamientos cuando el tipo no tiene ninguna (= 2), o con DEFAULT_CAPACITY cuando no se conoce ninguna capacidad (= 3); capacity_reported conserva el valor propio del registro. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; las horas y los días faltantes se leen como 8 y 5 (contados en el registro).</translation>
    </message>
    <message>
        <source>Mapping for layer {0}: constant {1}={2} is not a number.</source>
        <translation type="vanished">Correspondencia de la capa {0}: la constante {1}={2} no es un número.</translation>
    </message>
    <message>
        <source>Layer {0}: field &apos;{1}&apos; has a negative value ({2}).</source>
        <translation type="vanished">Capa {0}: el campo &apos;{1}&apos; tiene un valor negativo ({2}).</translation>
    </message>
    <message>
        <source>Give at least one facility layer in INPUTS.</source>
        <translation type="vanished">Indique al menos una capa de equipamientos en INPUTS.</translation>
    </message>
    <message>
        <source>The input layers hold no facility with a location.</source>
        <translation type="vanished">Las capas de entrada no contienen ningún equipamiento con ubicación.</translation>
    </message>
    <message>
        <source>NAME_BLACKLIST: {0}</source>
        <translation type="vanished">NAME_BLACKLIST: {0}</translation>
    </message>
    <message>
        <source>Every record was rejected by the cleaning rules.</source>
        <translation type="vanished">Las reglas de limpieza rechazaron todos los registros.</translation>
    </message>
    <message>
        <source>Service reach (in COST_UNIT, inclusive)</source>
        <translation type="vanished">Alcance del servicio (en COST_UNIT, inclusivo)</translation>
    </message>
    <message>
        <source>BAND_FIELDS: {0}</source>
        <translation type="vanished">BAND_FIELDS: {0}</translation>
    </message>
    <message>
        <source>Time-use table {0} has no row for sex &apos;{1}&apos;, age band &apos;{2}&apos; (used in BAND_FIELDS for field &apos;{3}&apos;).</source>
        <translation type="vanished">La tabla de uso del tiempo {0} no tiene fila para el sexo &apos;{1}&apos; y el grupo de edad &apos;{2}&apos; (usado en BAND_FIELDS para el campo &apos;{3}&apos;).</translation>
    </message>
    <message>
        <source>No field of the input is named like a time-use row (e.g. &apos;{0}&apos;); give BAND_FIELDS.</source>
        <translation type="vanished">Ningún campo de la entrada se llama como una fila de uso del tiempo (p. ej. &apos;{0}&apos;); indique BAND_FIELDS.</translation>
    </message>
    <message>
        <source>Road network (lines), for COST_MODE=network</source>
        <translation type="vanished">Red vial (líneas), para COST_MODE=network</translation>
    </message>
    <message>
        <source>Origin-destination cost table, for COST_MODE=table</source>
        <translation type="vanished">Tabla de costos origen-destino, para COST_MODE=table</translation>
    </message>
    <message>
        <source>COST_MODE=network needs a NETWORK line layer.</source>
        <translation type="vanished">COST_MODE=network necesita una capa de líneas NETWORK.</translation>
    </message>
    <message>
        <source>SPEED_TABLE needs a SPEED_CLASS_FIELD on the network.</source>
        <translation type="vanished">SPEED_TABLE necesita un SPEED_CLASS_FIELD en la red.</translation>
    </message>
    <message>
        <source>{0} road(s) have no valid speed: {1} km/h used.</source>
        <translation type="vanished">{0} vía(s) sin velocidad válida: se usan {1} km/h.</translation>
    </message>
    <message>
        <source>SPEED must be &gt; 0 km/h, got {0}.</source>
        <translation type="vanished">SPEED debe ser &gt; 0 km/h; se recibió {0}.</translation>
    </message>
    <message>
        <source>{0} demand point(s) and {1} facilit(y/ies) are farther than {2} m from the network: they reach nothing.</source>
        <translation type="vanished">{0} punto(s) de demanda y {1} equipamiento(s) están a más de {2} m de la red: no alcanzan nada.</translation>
    </message>
    <message>
        <source>The network has {0} disconnected parts: {1} demand point(s) and {2} facilit(y/ies) are outside the largest one.</source>
        <translation type="vanished">La red tiene {0} partes desconectadas: {1} punto(s) de demanda y {2} equipamiento(s) quedan fuera de la mayor.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs an OD_TABLE.</source>
        <translation type="vanished">COST_MODE=table necesita una OD_TABLE.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs OD_ORIGIN_FIELD, OD_DEST_FIELD and OD_COST_FIELD.</source>
        <translation type="vanished">COST_MODE=table necesita OD_ORIGIN_FIELD, OD_DEST_FIELD y OD_COST_FIELD.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD.</source>
        <translation type="vanished">COST_MODE=table necesita DEMAND_ID_FIELD y SUPPLY_ID_FIELD.</translation>
    </message>
    <message>
        <source>OD table {0}: {1} rows, {2} pairs within reach.</source>
        <translation type="vanished">Tabla OD {0}: {1} filas, {2} pares al alcance.</translation>
    </message>
    <message>
        <source>OD table: {0} row(s) with an origin not in the demand ids, {1} with a destination not in the facility ids, {2} with a NULL cost were skipped.</source>
        <translation type="vanished">Tabla OD: se omitieron {0} fila(s) con un origen que no está entre los id de demanda, {1} con un destino que no está entre los id de equipamientos y {2} con costo NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; ({1}) of layer {2} has {3} NULL id(s).</source>
        <translation type="vanished">El campo &apos;{0}&apos; ({1}) de la capa {2} tiene {3} id NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s) (e.g. {3}); demand and capacity must be &gt;= 0.</source>
        <translation type="vanished">El campo &apos;{0}&apos; de la capa {1} tiene {2} valor(es) negativo(s) (p. ej. {3}); la demanda y la capacidad deben ser &gt;= 0.</translation>
    </message>
    <message>
        <source>Share of demand reached (%)</source>
        <translation type="vanished">Proporción de la demanda alcanzada (%)</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation type="vanished">Personas cubiertas</translation>
    </message>
    <message>
        <source>Demand within reach of at least one facility</source>
        <translation type="vanished">Demanda al alcance de al menos un equipamiento</translation>
    </message>
    <message>
        <source>Demand in units classed as care deserts</source>
        <translation type="vanished">Demanda en unidades clasificadas como desiertos de cuidado</translation>
    </message>
    <message>
        <source>Unmet places</source>
        <translation type="vanished">Cupos faltantes</translation>
    </message>
    <message>
        <source>Places missing so that every person of the cohort has one</source>
        <translation type="vanished">Cupos que faltan para que cada persona de la cohorte tenga uno</translation>
    </message>
    <message>
        <source>care desert: high demand, low access</source>
        <translation type="vanished">desierto de cuidado: alta demanda, bajo acceso</translation>
    </message>
    <message>
        <source>Cost mode</source>
        <translation type="vanished">Modo de costo</translation>
    </message>
    <message>
        <source>Cost unit (of THRESHOLD and of the costs)</source>
        <translation type="vanished">Unidad de costo (de THRESHOLD y de los costos)</translation>
    </message>
    <message>
        <source>Speed (km/h), walking by default</source>
        <translation type="vanished">Velocidad (km/h), a pie por defecto</translation>
    </message>
    <message>
        <source>Demand id field (table mode)</source>
        <translation type="vanished">Campo de id de la demanda (modo tabla)</translation>
    </message>
    <message>
        <source>Facility id field (table mode)</source>
        <translation type="vanished">Campo de id del equipamiento (modo tabla)</translation>
    </message>
    <message>
        <source>Road network (network mode)</source>
        <translation type="vanished">Red vial (modo red)</translation>
    </message>
    <message>
        <source>Speed field, km/h (network mode)</source>
        <translation type="vanished">Campo de velocidad, km/h (modo red)</translation>
    </message>
    <message>
        <source>One-way field: 1 along, -1 against, 0 both (network mode)</source>
        <translation type="vanished">Campo de sentido único: 1 a favor, -1 en contra, 0 ambos (modo red)</translation>
    </message>
    <message>
        <source>Origin-destination cost table (table mode)</source>
        <translation type="vanished">Tabla de costos origen-destino (modo tabla)</translation>
    </message>
    <message>
        <source>Origin (demand id) field</source>
        <translation type="vanished">Campo de origen (id de demanda)</translation>
    </message>
    <message>
        <source>Destination (facility id) field</source>
        <translation type="vanished">Campo de destino (id del equipamiento)</translation>
    </message>
    <message>
        <source>Cost field, in COST_UNIT</source>
        <translation type="vanished">Campo de costo, en COST_UNIT</translation>
    </message>
    <message>
        <source>{0} demand unit(s) and {1} site(s) are too far from the network and reach nothing.</source>
        <translation type="vanished">{0} unidad(es) de demanda y {1} sitio(s) están demasiado lejos de la red y no alcanzan nada.</translation>
    </message>
    <message>
        <source>OD table: {0} row(s) with an unknown origin and {1} with an unknown destination were ignored.</source>
        <translation type="vanished">Tabla OD: se ignoraron {0} fila(s) con un origen desconocido y {1} con un destino desconocido.</translation>
    </message>
    <message>
        <source>Costs: {0}</source>
        <translation type="vanished">Costos: {0}</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

Missing (or 0) capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3). capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Combina capas de equipamientos de cuidado de varias fuentes (registros administrativos, encuestas, mapeos colaborativos, OpenStreetMap) en un solo inventario con los campos name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: una correspondencia por capa de entrada, en el orden de las capas, separadas por &apos;|&apos;. Una correspondencia es una lista separada por comas de campo_esquema=campo_capa; un valor entre comillas es una constante, p. ej. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Los campos del esquema no asignados se toman de un campo de la capa con el mismo nombre cuando existe. source toma por defecto el nombre de la capa. Una tabla sin geometría (p. ej. un CSV) necesita x=campo_lon,y=campo_lat (WGS84 salvo crs=&apos;EPSG:xxxx&apos;).

Limpieza: TYPE_WHITELIST (tipos de servicio separados por comas; vacío conserva todos) y NAME_BLACKLIST (una expresión regular buscada en el nombre, sin distinguir mayúsculas ni tildes); los casos de cada regla se registran.

Eliminación de duplicados: los registros a menos de DEDUP_DISTANCE metros cuyos nombres normalizados (sin mayúsculas, tildes, puntuación ni palabras comunes como &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) tienen una similitud &gt;= NAME_THRESHOLD se fusionan; se conserva el registro de la fuente que aparece primero en SOURCE_PRIORITY y, después, el más completo. Este recibe merged_sources y n_merged; los registros descartados van a la salida opcional de rechazados con duplicate_of.

Las capacidades faltantes (o 0) se imputan con la mediana del mismo tipo de servicio (capacity_imputed = 1), o de todos los equipamientos cuando el tipo no tiene ninguna (= 2), o con DEFAULT_CAPACITY cuando no se conoce ninguna capacidad (= 3). capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; las horas y los días faltantes se leen como 8 y 5 (contados en el registro).</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are rasterised once onto each raster&apos;s grid and summed with numpy.bincount, reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. The zones are reprojected to each raster&apos;s CRS, never the raster. Negative pixel values are an error.</source>
        <translation type="vanished">Suma uno o más rásteres de población (p. ej. grillas por edad y sexo como WorldPop) en polígonos (ZONES) o, sin zonas, en una grilla de hexágonos que genera sobre los rásteres (HEX_SIZE = lado de un hexágono en metros; HEX_ORIENTATION pointy o flat). Un campo de salida por banda de ráster, con el nombre del ráster; raster_total es su suma, n_pixels los píxeles contados (primer ráster); los hexágonos reciben además pop_density por km2.

Las zonas se rasterizan una sola vez sobre la grilla de cada ráster y se suman con numpy.bincount, leyendo el ráster en franjas de filas, de modo que los rásteres grandes caben en memoria. Regla del centro del píxel: un píxel cuenta para una zona cuando su centro está dentro de la zona (nunca se reparte entre zonas). Los píxeles nodata se omiten; una zona sin ningún píxel válido (fuera del ráster, todo nodata o más pequeña que un píxel) recibe NULL. Las zonas se reproyectan al SRC de cada ráster, nunca el ráster. Los valores de píxel negativos son un error.</translation>
    </message>
    <message>
        <source>{0} pixel(s) of raster {1} fall in more than one zone: they were not counted.</source>
        <translation type="vanished">{0} píxel(es) del ráster {1} caen en más de una zona: no se contaron.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included), buffered by BUFFER metres; speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;.</source>
        <translation type="vanished">Un polígono por equipamiento (o uno por umbral, disuelto) del área desde la que se lo alcanza dentro de cada umbral de THRESHOLDS (p. ej. &apos;10,15,20&apos;, en COST_UNIT).

COST_MODE &apos;network&apos;: los tramos de calle alcanzados dentro del umbral (incluidas calles parciales), con un buffer de BUFFER metros; velocidad desde SPEED_FIELD o SPEED, sentido único desde ONEWAY_FIELD salvo a pie. COST_MODE &apos;straight&apos;: un círculo de radio igual al umbral (metros, o minutos x SPEED). Campos de salida: los campos del equipamiento más &apos;threshold&apos;.</translation>
    </message>
    <message>
        <source>Network: buffer around reached streets (m)</source>
        <translation type="vanished">Red: buffer alrededor de las calles alcanzadas (m)</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="vanished">Distrito</translation>
    </message>
</context>
</TS>
