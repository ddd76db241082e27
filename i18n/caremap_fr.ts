<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CareMap</name>
    <message>
        <location filename="../plugin.py" line="115"/>
        <source>CareMap panel</source>
        <translation>Panneau CareMap</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="118"/>
        <source>Show or hide the CareMap panel</source>
        <translation>Afficher ou masquer le panneau CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="31"/>
        <source>Accessibility to care</source>
        <translation>Accessibilité aux soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="33"/>
        <source>access,accessibility,2sfca,e2sfca,g2sfca,3sfca,floating catchment,gravity,network,travel time</source>
        <translation>accès,accessibilité,2sfca,e2sfca,g2sfca,3sfca,zone de desserte flottante,gravité,réseau,temps de trajet</translation>
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
        <translation>Quels lieux peuvent atteindre assez de soins, et lesquels non ? Pour chaque unité de demande (un îlot, une cellule de grille), l&apos;outil mesure les places de soins à portée, partagées avec tous ceux qui peuvent atteindre les mêmes établissements, ainsi que le trajet jusqu&apos;à l&apos;établissement le plus proche.

Comment lire les résultats :
- Accessibilité (demande) : access = places par personne à portée selon la méthode de la zone de desserte flottante à deux étapes (2SFCA ; les autres méthodes donnent leur propre mesure) ; access_norm = access divisé par la moyenne pondérée par la demande (1 = moyenne, moins de 1 = moins bien desservi) ; cost_nearest = trajet jusqu&apos;à l&apos;établissement avec des places le plus proche, même au-delà du seuil, en cost_unit (minutes ou mètres ; cost_speed_kmh est la vitesse utilisée) ; n_reachable = établissements dans le seuil ; covered = 1 quand au moins un établissement est dans le seuil, sinon 0.
- Ratios de zone de desserte (établissements) : catch_demand = les personnes à portée de chaque établissement ; ratio = ses places par personne (NULL quand personne n&apos;est à portée).
- Avec des coûts sur le réseau routier, les deux couches reçoivent aussi snapped_m (mètres entre le point et le réseau routier) et off_network (1 = trop loin du réseau : il n&apos;atteint rien par la route).
- Avec des plages horaires (p. ex. la soirée des personnes aidantes, du lundi au vendredi 17:00-20:00), la couche de demande reçoit aussi, pour chaque libellé de plage, access_&lt;label&gt; = l&apos;accès en comptant les places de chaque établissement multipliées par la part des minutes de la plage (sur une semaine) pendant lesquelles il est ouvert, et covered_&lt;label&gt; = 1 quand un établissement ouvert à un moment de la plage est à portée. access et cost_nearest gardent leur sens toutes heures confondues.
- Chiffres : la part de la demande couverte et l&apos;accès moyen pondéré par la demande.

Exemple : dans la ville de démonstration, enfants de 0-5 ans marchant 10 minutes le long des rues à 5,04 km/h avec 2SFCA : 90 % des enfants ont au moins un établissement d&apos;accueil de la petite enfance à portée, et l&apos;accès moyen est de 0,20 place par enfant (une place à temps plein pour cinq enfants) ; le cost_nearest médian est de 6,0 minutes. À la main : l&apos;îlot A (100 enfants) atteint l&apos;établissement X (60 places), l&apos;îlot B (200 enfants) atteint X et Y (30 places), l&apos;îlot C (50) atteint seulement Y. Les 60 places de X sont partagées entre 300 enfants (0,20 chacun), les 30 de Y entre 250 (0,12 chacun) : l&apos;accès est de 0,20 en A, 0,32 en B, 0,12 en C. Avec la plage &apos;evening=Mo-Fr 17:00-20:00&apos;, un établissement ouvert &apos;Mo-Fr 08:00-18:00&apos; est ouvert une heure sur les trois : il compte un tiers de ses places dans access_evening.

Bon à savoir :
- Un établissement avec 0 place ne couvre personne ; une unité dont la demande est NULL reçoit un accès NULL et est exclue des chiffres (un avertissement les compte).
- Bord de la zone d&apos;étude : quand les établissements s&apos;arrêtent avant l&apos;étendue des unités d&apos;un côté (à moins de la distance que le seuil permet de parcourir), un avertissement compte les unités proches de ce côté : des établissements situés juste à l&apos;extérieur de la zone peuvent manquer, et ces unités peuvent donc paraître moins bien desservies qu&apos;elles ne le sont.
- « Groupe cible » ne garde que les établissements qui servent ce groupe (ou &apos;all&apos;), lu dans le champ du groupe cible des établissements.
- Les horaires d&apos;ouverture sont lus dans la forme courante d&apos;OpenStreetMap (p. ex. &apos;Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00&apos;) ; une valeur vide signifie toujours ouvert. Les horaires que CareMap ne comprend pas (p. ex. &apos;sunrise-sunset&apos;, des mois, &apos;by appointment&apos;) sont comptés dans un avertissement qui les cite, et l&apos;établissement concerné est exclu des champs de plages horaires (il compte toujours toutes heures confondues). Les règles des jours fériés sont ignorées.
- Les méthodes autres que 2SFCA (plus proche, places cumulées, améliorée, gaussienne, à trois étapes, 2SFCA modifiée, gravité) et les fonctions de décroissance sont décrites dans la page des méthodes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="81"/>
        <source>Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with the people who need care. Typical: the output of CareMap&apos;s care demand (Madrid scale).</source>
        <translation>Couche des unités de demande, points ou polygones (les polygones sont pris à leur centroïde), p. ex. îlots de recensement ou cellules de grille avec les personnes qui ont besoin de soins. Typique : la sortie de la demande de soins de CareMap (échelle de Madrid).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="82"/>
        <source>Numeric field of the demand units with the people (or the weighted care demand) who need the service. Typical: children 0-5, or care_demand from CareMap&apos;s care demand.</source>
        <translation>Champ numérique des unités de demande avec les personnes (ou la demande de soins pondérée) qui ont besoin du service. Typique : enfants de 0-5 ans, ou care_demand de la demande de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="83"/>
        <source>Layer of care facilities, points or polygons. Typical: the output of CareMap&apos;s supply inventory.</source>
        <translation>Couche des établissements de soins, points ou polygones. Typique : la sortie de l&apos;inventaire de l&apos;offre de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="84"/>
        <source>Numeric field of the care facilities with the places each one offers. Typical: capacity_fde from CareMap&apos;s supply inventory.</source>
        <translation>Champ numérique des établissements de soins avec les places offertes par chacun. Typique : capacity_fde de l&apos;inventaire de l&apos;offre de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="85"/>
        <source>Only facilities that serve this group (or &apos;all&apos;) are counted, read from the facilities&apos; target group field; empty = every facility. Typical: children, or older.</source>
        <translation>Seuls les établissements qui servent ce groupe (ou &apos;all&apos;) sont comptés, d&apos;après le champ du groupe cible des établissements ; vide = tous les établissements. Typique : children ou older.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="86"/>
        <source>Optional field of the care facilities naming the group each facility serves; used with &apos;Target group&apos;. Typical: target_group from CareMap&apos;s supply inventory.</source>
        <translation>Champ facultatif des établissements de soins indiquant le groupe servi par chaque établissement ; utilisé avec « Groupe cible ». Typique : target_group de l&apos;inventaire de l&apos;offre de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="87"/>
        <source>How far people go to a facility, in the cost unit, inclusive: facilities farther away are out of reach (0 = no limit, only for a decaying weight). Typical: 10 minutes walking to childcare.</source>
        <translation>Distance que les gens parcourent jusqu&apos;à un établissement, dans l&apos;unité de coût, incluse : les établissements plus éloignés sont hors de portée (0 = sans limite, seulement avec un poids décroissant). Typique : 10 minutes à pied jusqu&apos;à l&apos;accueil de la petite enfance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="88"/>
        <source>The accessibility measure: the two-step floating catchment (2SFCA: places per person within reach, shared among everyone who reaches them), its enhanced, Gaussian, three-step and modified variants, the cost to the nearest facility, the places within reach (cumulative) or the gravity potential. Typical: 2SFCA.</source>
        <translation>La mesure d&apos;accessibilité : la zone de desserte flottante à deux étapes (2SFCA : places par personne à portée, partagées entre tous ceux qui les atteignent), ses variantes améliorée, gaussienne, à trois étapes et modifiée, le coût vers l&apos;établissement le plus proche, les places à portée (cumulées) ou le potentiel gravitaire. Typique : 2SFCA.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="89"/>
        <source>How the weight of a facility falls with travel: step (1 inside the threshold), gaussian, exponential, linear or power. Typical: step for 2SFCA; power or exponential for gravity.</source>
        <translation>Comment le poids d&apos;un établissement diminue avec le trajet : par paliers (1 dans le seuil), gaussienne, exponentielle, linéaire ou puissance. Typique : par paliers pour 2SFCA ; puissance ou exponentielle pour la gravité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="90"/>
        <source>Parameter of the distance decay: sigma for gaussian, beta per cost unit for exponential, the cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = half the threshold). Typical: 0.</source>
        <translation>Paramètre de la décroissance avec la distance : sigma pour la gaussienne, bêta par unité de coût pour l&apos;exponentielle, le coût de poids nul pour la linéaire, bêta pour la puissance ; 0 = la valeur par défaut (p. ex. sigma = la moitié du seuil). Typique : 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="91"/>
        <source>For the enhanced 2SFCA, the travel zones as limit:weight items separated by commas, limits in the cost unit; empty = 10/20/30 minutes with weights 1, 0.68, 0.22 (thirds of the threshold in metres). Typical: &apos;10:1,20:0.68,30:0.22&apos;.</source>
        <translation>Pour la 2SFCA améliorée, les zones de trajet sous forme d&apos;éléments limite:poids séparés par des virgules, limites dans l&apos;unité de coût ; vide = 10/20/30 minutes avec les poids 1, 0.68, 0.22 (tiers du seuil en mètres). Typique : &apos;10:1,20:0.68,30:0.22&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="92"/>
        <source>Optional text field of the care facilities with their opening hours in OpenStreetMap&apos;s form, e.g. &apos;Mo-Fr 08:00-17:00&apos; or &apos;Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00&apos;; an empty value = always open; used with &apos;Time windows&apos;. Typical: opening_hours (as OpenStreetMap names it).</source>
        <translation>Champ texte facultatif des établissements de soins avec leurs horaires d&apos;ouverture dans la forme d&apos;OpenStreetMap, p. ex. &apos;Mo-Fr 08:00-17:00&apos; ou &apos;Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00&apos; ; une valeur vide = toujours ouvert ; utilisé avec « Plages horaires ». Typique : opening_hours (le nom qu&apos;utilise OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="93"/>
        <source>Optional times of the week when care is needed, as label=hours items separated by &apos;|&apos;, the hours in the form of opening hours; each label (letters, digits, &apos;_&apos;) names two new fields of the demand layer, access_&lt;label&gt; and covered_&lt;label&gt;. Typical: &apos;morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>Moments facultatifs de la semaine où des soins sont nécessaires, sous forme d&apos;éléments libellé=horaires séparés par &apos;|&apos;, les horaires ayant la forme des horaires d&apos;ouverture ; chaque libellé (lettres, chiffres, &apos;_&apos;) nomme deux nouveaux champs de la couche de demande, access_&lt;label&gt; et covered_&lt;label&gt;. Typique : &apos;morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="94"/>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to the search limit), cost_unit, cost_speed_kmh, n_reachable and covered; with road network costs also snapped_m and off_network; with time windows also access_&lt;label&gt; and covered_&lt;label&gt; per window.</source>
        <translation>Les unités de demande avec les nouveaux champs access, access_norm, cost_nearest (vers l&apos;établissement le plus proche, jusqu&apos;à la limite de recherche), cost_unit, cost_speed_kmh, n_reachable et covered ; avec des coûts sur le réseau routier, aussi snapped_m et off_network ; avec des plages horaires, aussi access_&lt;label&gt; et covered_&lt;label&gt; par plage.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="95"/>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with road network costs also snapped_m and off_network.</source>
        <translation>Les établissements avec catch_demand (demande à portée) et ratio (places par personne ; NULL là où aucune demande n&apos;est à portée) ; avec des coûts sur le réseau routier, aussi snapped_m et off_network.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="96"/>
        <source>Share (0 to 1) of the demand in covered units (at least one facility within the threshold); None when there is no demand.</source>
        <translation>Part (0 à 1) de la demande dans les unités couvertes (au moins un établissement dans le seuil) ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="97"/>
        <source>Mean of access over the units, weighted by their demand (places per person for the floating-catchment methods); None when there is no demand.</source>
        <translation>Moyenne de l&apos;accès sur les unités, pondérée par leur demande (places par personne pour les méthodes à zone de desserte flottante) ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="104"/>
        <location filename="../processing/algorithms/siting.py" line="118"/>
        <source>Demand units (points or polygons)</source>
        <translation>Unités de demande (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="106"/>
        <source>Demand field (people, weighted care demand)</source>
        <translation>Champ de demande (personnes, demande de soins pondérée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="108"/>
        <location filename="../processing/algorithms/catchments.py" line="87"/>
        <location filename="../processing/algorithms/report.py" line="111"/>
        <location filename="../processing/report_layout.py" line="402"/>
        <source>Care facilities</source>
        <translation>Établissements de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="110"/>
        <source>Capacity field (places)</source>
        <translation>Champ de capacité (places)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="113"/>
        <source>Target group (e.g. children; empty = every facility)</source>
        <translation>Groupe cible (p. ex. children ; vide = tous les établissements)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="115"/>
        <source>Target group field of the facilities</source>
        <translation>Champ du groupe cible des établissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="118"/>
        <source>Opening hours field of the facilities</source>
        <translation>Champ des horaires d&apos;ouverture des établissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="121"/>
        <source>Time windows &apos;label=hours|label=hours&apos; (empty = none)</source>
        <translation>Plages horaires &apos;libellé=horaires|libellé=horaires&apos; (vide = aucune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="123"/>
        <source>Catchment threshold (in the cost unit, inclusive; 0 = none)</source>
        <translation>Seuil de la zone de desserte (dans l&apos;unité de coût, inclus ; 0 = aucun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="125"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="126"/>
        <source>Distance decay</source>
        <translation>Décroissance avec la distance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="128"/>
        <source>Decay parameter (0 = default)</source>
        <translation>Paramètre de décroissance (0 = par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="131"/>
        <source>Enhanced 2SFCA: travel zones &apos;limit:weight,...&apos; (empty = default)</source>
        <translation>2SFCA améliorée : zones de trajet &apos;limite:poids,...&apos; (vide = par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="133"/>
        <source>Accessibility (demand)</source>
        <translation>Accessibilité (demande)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="134"/>
        <source>Catchment ratios (facilities)</source>
        <translation>Ratios de la zone de desserte (établissements)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="135"/>
        <location filename="../processing/algorithms/carepipeline.py" line="202"/>
        <source>Share of demand covered</source>
        <translation>Part de la demande couverte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="136"/>
        <location filename="../processing/algorithms/carepipeline.py" line="203"/>
        <source>Demand-weighted mean access</source>
        <translation>Accès moyen pondéré par la demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="145"/>
        <source>{0}: {1}. Give the travel zones as &apos;limit:weight,...&apos; (e.g. &apos;10:1,20:0.68,30:0.22&apos;) or a catchment threshold.</source>
        <translation>{0} : {1}. Indiquez les zones de trajet sous la forme &apos;limite:poids,...&apos; (p. ex. &apos;10:1,20:0.68,30:0.22&apos;) ou un seuil de zone de desserte.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="154"/>
        <location filename="../processing/algorithms/carepipeline.py" line="379"/>
        <source>{0}: {1}. Write each window as label=hours, separated by &apos;|&apos;, e.g. &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>{0} : {1}. Écrivez chaque plage sous la forme libellé=horaires, séparées par &apos;|&apos;, p. ex. &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="162"/>
        <source>To measure the time windows, choose the field of layer {0} that holds each facility&apos;s opening hours in {1}{2}.</source>
        <translation>Pour mesurer les plages horaires, choisissez dans {1} le champ de la couche {0} qui contient les horaires d&apos;ouverture de chaque établissement{2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="165"/>
        <source> (it has no field &apos;{0}&apos;)</source>
        <translation> (elle n&apos;a pas de champ &apos;{0}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="176"/>
        <source>%n facilit(y/ies) of layer {0} with opening hours in &apos;{1}&apos; that CareMap does not understand: left out of the time-window fields (still counted at all hours): {2}. Write them like &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, or leave them empty for always open.</source>
        <translation>
            <numerusform>%n établissement de la couche {0} avec des horaires d&apos;ouverture dans &apos;{1}&apos; que CareMap ne comprend pas : exclu des champs de plages horaires (toujours compté toutes heures confondues) : {2}. Écrivez-les comme &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, ou laissez-les vides pour toujours ouvert.</numerusform>
            <numerusform>%n établissements de la couche {0} avec des horaires d&apos;ouverture dans &apos;{1}&apos; que CareMap ne comprend pas : exclus des champs de plages horaires (toujours comptés toutes heures confondues) : {2}. Écrivez-les comme &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, ou laissez-les vides pour toujours ouvert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="182"/>
        <source>%n facilit(y/ies) of layer {0} with public or school holiday rules in &apos;{1}&apos;: those rules are ignored (no holiday calendar is known), the normal week is used.</source>
        <translation>
            <numerusform>%n établissement de la couche {0} avec des règles de jours fériés ou de vacances scolaires dans &apos;{1}&apos; : ces règles sont ignorées (aucun calendrier des jours fériés n&apos;est connu), la semaine normale est utilisée.</numerusform>
            <numerusform>%n établissements de la couche {0} avec des règles de jours fériés ou de vacances scolaires dans &apos;{1}&apos; : ces règles sont ignorées (aucun calendrier des jours fériés n&apos;est connu), la semaine normale est utilisée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="196"/>
        <source>The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works without one): set {1}, e.g. {3:g} minutes, or choose another {2}.</source>
        <translation>La méthode {0} avec une décroissance par paliers nécessite un seuil de zone de desserte supérieur à 0 (seul un poids décroissant fonctionne sans seuil) : renseignez {1}, p. ex. {3:g} minutes, ou choisissez une autre {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="225"/>
        <source>%n unit(s) of layer {0} with a NULL &apos;{1}&apos;: NULL access, left out of the totals.</source>
        <translation>
            <numerusform>%n unité de la couche {0} avec &apos;{1}&apos; NULL : accès NULL, exclue des totaux.</numerusform>
            <numerusform>%n unités de la couche {0} avec &apos;{1}&apos; NULL : accès NULL, exclues des totaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="229"/>
        <source>%n facilit(y/ies) of layer {0} with a NULL &apos;{1}&apos;: left out.</source>
        <translation>
            <numerusform>%n établissement de la couche {0} avec &apos;{1}&apos; NULL : écarté.</numerusform>
            <numerusform>%n établissements de la couche {0} avec &apos;{1}&apos; NULL : écartés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="234"/>
        <source>To measure the target group &apos;{0}&apos;, choose the field of layer {1} that holds each facility&apos;s target group in {2}.</source>
        <translation>Pour mesurer le groupe cible &apos;{0}&apos;, choisissez dans {2} le champ de la couche {1} qui contient le groupe cible de chaque établissement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="238"/>
        <source>Target group &apos;{0}&apos;: {1} of {2} facilities serve it.</source>
        <translation>Groupe cible &apos;{0}&apos; : {1} établissements sur {2} le servent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="243"/>
        <source>No facility of layer {0} can be used (capacity NULL or target group &apos;{1}&apos; not served).</source>
        <translation>Aucun établissement de la couche {0} n&apos;est utilisable (capacité NULL ou groupe cible &apos;{1}&apos; non servi).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="252"/>
        <source>No demand: every value of &apos;{0}&apos; in layer {1} is 0 or NULL, so the share covered and the mean access have no meaning (left empty).</source>
        <translation>Pas de demande : toutes les valeurs de &apos;{0}&apos; dans la couche {1} sont 0 ou NULL, donc la part couverte et l&apos;accès moyen n&apos;ont pas de sens (laissés vides).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="256"/>
        <source>No capacity: every facility of layer {0} has 0 in &apos;{1}&apos;, so no unit is covered and access is 0.</source>
        <translation>Pas de capacité : tous les établissements de la couche {0} ont 0 dans &apos;{1}&apos;, donc aucune unité n&apos;est couverte et l&apos;accès vaut 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="260"/>
        <source>%n facilit(y/ies) of layer {0} with capacity 0: no place offered, nobody covered.</source>
        <translation>
            <numerusform>%n établissement de la couche {0} avec une capacité de 0 : aucune place offerte, personne n&apos;est couvert.</numerusform>
            <numerusform>%n établissements de la couche {0} avec une capacité de 0 : aucune place offerte, personne n&apos;est couvert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="273"/>
        <location filename="../processing/algorithms/carebatch.py" line="306"/>
        <location filename="../processing/algorithms/careblocks.py" line="272"/>
        <location filename="../processing/algorithms/siting.py" line="288"/>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="165"/>
        <location filename="../processing/base.py" line="307"/>
        <location filename="../processing/costs_io.py" line="244"/>
        <location filename="../processing/layer_io/ogr_fast.py" line="38"/>
        <location filename="../processing/layer_io/outputs.py" line="193"/>
        <location filename="../processing/layer_io/readers.py" line="83"/>
        <location filename="../processing/layer_io/readers.py" line="342"/>
        <location filename="../processing/layer_io/readers.py" line="360"/>
        <location filename="../processing/network_io.py" line="211"/>
        <location filename="../processing/params.py" line="75"/>
        <location filename="../processing/transit_io.py" line="241"/>
        <source>Canceled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="283"/>
        <source>No demand unit reaches any facility within the threshold.</source>
        <translation>Aucune unité de demande n&apos;atteint d&apos;établissement dans le seuil.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="286"/>
        <source>{0}: {1:.1%} of demand ({2:,.0f} of {3:,.0f}) reaches a facility within {4} {5}; demand-weighted mean access {6:.6g} per unit of demand (total capacity {7:,.0f}).</source>
        <translation>{0} : {1:.1%} de la demande ({2:.0f} sur {3:.0f}) atteint un établissement en {4} {5} ; accès moyen pondéré par la demande {6:.6g} par unité de demande (capacité totale {7:.0f}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="293"/>
        <source>%n demand unit(s) with no facility within the search limit ({0:g} {1}): cost_nearest is NULL.</source>
        <translation>
            <numerusform>%n unité de demande sans établissement dans la limite de recherche ({0:g} {1}) : cost_nearest est NULL.</numerusform>
            <numerusform>%n unités de demande sans établissement dans la limite de recherche ({0:g} {1}) : cost_nearest est NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="299"/>
        <source>%n facilit(y/ies) with no demand in reach: ratio is NULL.</source>
        <translation>
            <numerusform>%n établissement sans demande à portée : ratio est NULL.</numerusform>
            <numerusform>%n établissements sans demande à portée : ratio est NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="322"/>
        <source>Window &apos;{0}&apos;: {1:.1%} of demand reaches a facility open then; demand-weighted mean access {2:.6g}.</source>
        <translation>Plage &apos;{0}&apos; : {1:.1%} de la demande atteint un établissement ouvert à ce moment ; accès moyen pondéré par la demande {2:.6g}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="47"/>
        <source>Care map by municipality (batch)</source>
        <translation>Carte des soins par commune (par lot)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="49"/>
        <source>batch,municipalities,municipality,communes,many,summary,pipeline,workflow,care map</source>
        <translation>lot,communes,commune,municipalités,plusieurs,résumé,chaîne de traitement,flux de travail,carte des soins</translation>
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
        <translation>Comment l&apos;accès aux soins se compare-t-il entre les communes d&apos;une région ? Cet outil produit la carte des soins en une seule exécution pour chaque commune d&apos;une couche, en un seul appel : une carte des soins par commune, et un tableau récapitulatif qui les compare.

D&apos;où viennent les communes : d&apos;un champ des unités de demande (p. ex. un code de commune), ou d&apos;une couche des limites communales (chaque unité va au polygone de limite dans lequel se trouve son point intérieur). Indiquez l&apos;un des deux. L&apos;exécution de chaque commune ne reçoit que ses propres unités et, avec « Seulement les établissements dans ou près de chaque commune », seulement les établissements situés à l&apos;intérieur ou à moins de la distance choisie au-delà de sa limite, car les gens franchissent les limites pour les soins.

Comment lire les résultats :
- le dossier : un GeoPackage par commune (&lt;name&gt;.gpkg, avec les couches inventory, units, supply et districts de sa carte des soins) et, si demandé, son rapport (&lt;name&gt;.html) ;
- Résumé par commune : une ligne par commune avec status (ok ou failed) et message, units, facilities, total_demand, n_facilities, share_covered (part de la demande dans le seuil), mean_access (places par personne), coverage, unmet (demande sans place), deserts et desert_share (personnes dans des déserts de soins), output (son GeoPackage) et les paramètres de l&apos;exécution.

Exemple : trois districts de la ville de démonstration pris comme communes (Centro, Los Rosales, San Rafael) donnent Centro.gpkg, Los Rosales.gpkg et San Rafael.gpkg et un résumé de trois lignes, chacune égale à la carte des soins de ce district exécutée seule.

Mises en garde : une commune qui échoue est consignée dans sa ligne (status failed, avec la raison) et les autres continuent ; un avertissement compte les échecs. Les unités sans commune sont laissées de côté (comptées). Sans les établissements au-delà de la limite, les unités proches de celle-ci paraissent moins bien desservies qu&apos;elles ne le sont. Exécuter plusieurs communes en même temps (Avancé) nécessite la ligne de commande de QGIS, qgis_process, et n&apos;est rentable que pour les grandes communes. Les autres réglages sont ceux de la carte des soins en une seule exécution, appliqués à chaque commune ; détails dans docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="79"/>
        <source>If checked, each municipality&apos;s HTML report is written to the output folder as &lt;name&gt;.html. Typical: checked for the final run.</source>
        <translation>Si coché, le rapport HTML de chaque commune est écrit dans le dossier de sortie sous le nom &lt;name&gt;.html. Typique : coché pour le calcul final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="80"/>
        <source>Title of each report; the municipality&apos;s name is added after it. Typical: &apos;Childcare&apos;.</source>
        <translation>Titre de chaque rapport ; le nom de la commune est ajouté à la suite. Typique : &apos;Petite enfance&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="81"/>
        <source>Field of the demand units naming each unit&apos;s municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or the municipality boundaries, not both. Typical: the municipality code of the census blocks.</source>
        <translation>Champ des unités de demande indiquant la commune de chaque unité ; une carte des soins par valeur. Les unités à NULL sont laissées de côté et comptées dans un avertissement. Indiquez ce champ ou les limites communales, pas les deux. Typique : le code de commune des îlots de recensement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="82"/>
        <source>Polygon layer of municipality boundaries, when the demand units have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). Facilities are then clipped to the same polygons. Typical: the communes of the region.</source>
        <translation>Couche de polygones des limites communales, quand les unités de demande n&apos;ont pas de champ de commune : chaque unité va au polygone dans lequel se trouve son point intérieur (un point situé sur une limite commune va au polygone à l&apos;est, ou au nord d&apos;une limite est-ouest ; les unités hors de tout polygone sont laissées de côté et comptées). Les établissements sont alors découpés selon les mêmes polygones. Typique : les communes de la région.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="83"/>
        <source>Field of the municipality boundaries with the municipality names (polygons with the same name form one municipality). Typical: the commune name.</source>
        <translation>Champ des limites communales avec les noms des communes (les polygones de même nom forment une seule commune). Typique : le nom de la commune.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="84"/>
        <source>If checked, each municipality&apos;s run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need a distance beyond the border) or within the distance beyond its border; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked.</source>
        <translation>Si coché, l&apos;exécution de chaque commune ne reçoit que les établissements situés à l&apos;intérieur (son polygone de limite, ou les polygones de ses unités quand les communes proviennent d&apos;un champ ; des unités ponctuelles exigent une distance au-delà de la limite) ou à moins de la distance choisie au-delà de sa limite ; non coché, chaque exécution reçoit tous les établissements. Les couches d&apos;établissements sans géométrie ne sont jamais découpées (consigné dans le journal). Typique : coché.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="85"/>
        <source>Distance in metres beyond a municipality&apos;s border within which facilities still count for it (people cross borders for care). 0 = only facilities inside. About the catchment&apos;s reach (threshold x speed) keeps the border units from looking worse served than they are. Typical: 1000 m walking.</source>
        <translation>Distance en mètres au-delà de la limite d&apos;une commune dans laquelle les établissements comptent encore pour elle (les gens franchissent les limites pour les soins). 0 = seulement les établissements à l&apos;intérieur. Une valeur proche de la portée de la zone de desserte (seuil x vitesse) évite que les unités en bordure paraissent moins bien desservies qu&apos;elles ne le sont. Typique : 1000 m à pied.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="86"/>
        <source>Internal: one facility layer at a time while clipping (not shown in the dialog). Typical: left empty.</source>
        <translation>Interne : une couche d&apos;établissements à la fois pendant le découpage (non affiché dans la boîte de dialogue). Typique : laissé vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="87"/>
        <source>How many municipalities run at the same time, each in its own qgis_process (QGIS&apos;s command line, which must be installed; the run is refused otherwise). 1 = one after another in this process. Each process gets its inputs through temporary GeoPackages and pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so more than 1 pays off only when a municipality&apos;s run takes longer than that and the machine has free cores (on the demo city&apos;s small districts it is slower); more than the number of free cores gains nothing. The results are the same. Typical: 1; the number of free cores for a long batch.</source>
        <translation>Nombre de communes exécutées en même temps, chacune dans son propre qgis_process (la ligne de commande de QGIS, qui doit être installée ; sinon l&apos;exécution est refusée). 1 = l&apos;une après l&apos;autre dans ce processus. Chaque processus reçoit ses entrées par des GeoPackages temporaires et paie le démarrage de QGIS, de l&apos;extension et de ses noyaux (environ 3 s de CPU) ; plus de 1 ne vaut donc la peine que si l&apos;exécution d&apos;une commune dure plus longtemps et que la machine a des cœurs libres (sur les petits districts de la ville de démonstration, c&apos;est plus lent) ; au-delà du nombre de cœurs libres, rien n&apos;est gagné. Les résultats sont les mêmes. Typique : 1 ; le nombre de cœurs libres pour un long lot.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="88"/>
        <source>Folder for one GeoPackage per municipality (&lt;name&gt;.gpkg, tables inventory, units, supply, districts; an existing file of that name is replaced) and the reports.</source>
        <translation>Dossier pour un GeoPackage par commune (&lt;name&gt;.gpkg, tables inventory, units, supply, districts ; un fichier existant de ce nom est remplacé) et pour les rapports.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="89"/>
        <source>One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure the care map in one run returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run&apos;s parameters as JSON).</source>
        <translation>Une ligne par commune : municipality, status (ok ou failed), message (raison de l&apos;échec), units, facilities (entités fournies à son exécution), tous les chiffres que renvoie la carte des soins en une seule exécution, en minuscules (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share ; NULL quand ils n&apos;ont pas de sens ou que l&apos;exécution a échoué), output (son GeoPackage) et parameters (les paramètres de l&apos;exécution en JSON).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="90"/>
        <source>Number of municipalities run.</source>
        <translation>Nombre de communes exécutées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="91"/>
        <source>Number of municipalities whose run failed (see the summary&apos;s status and message).</source>
        <translation>Nombre de communes dont l&apos;exécution a échoué (voir le statut et le message du résumé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="103"/>
        <location filename="../processing/algorithms/carepipeline.py" line="119"/>
        <source>Care facility layers</source>
        <translation>Couches d&apos;établissements de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="106"/>
        <source>Municipalities run at the same time (separate processes)</source>
        <translation>Communes exécutées en même temps (processus séparés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="111"/>
        <source>Folder for each municipality&apos;s care map</source>
        <translation>Dossier pour la carte des soins de chaque commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="113"/>
        <source>Summary by municipality</source>
        <translation>Résumé par commune</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="114"/>
        <source>Municipalities run</source>
        <translation>Communes exécutées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="115"/>
        <source>Municipalities failed</source>
        <translation>Communes en échec</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="119"/>
        <source>Municipality field of the units</source>
        <translation>Champ de commune des unités</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="122"/>
        <source>Municipality boundaries (polygons)</source>
        <translation>Limites communales (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="124"/>
        <source>Municipality name field of the boundaries</source>
        <translation>Champ du nom de commune des limites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="127"/>
        <source>Only facilities in or near each municipality</source>
        <translation>Seulement les établissements dans chaque commune ou à proximité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="128"/>
        <source>Facilities up to this distance beyond the border (m)</source>
        <translation>Établissements jusqu&apos;à cette distance au-delà de la limite (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="137"/>
        <source>Choose where the municipalities come from: either the municipality field of the units in {0}, or the municipality boundaries in {1} (not both).</source>
        <translation>Choisissez d&apos;où proviennent les communes : soit le champ de commune des unités dans {0}, soit les limites communales dans {1} (pas les deux).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="144"/>
        <source>{0} is {1}, which runs municipalities in separate qgis_process calls, but QGIS&apos;s command line qgis_process was not found (on the PATH or next to QGIS). Set {0} to 1 to run them one after another, or install qgis_process.</source>
        <translation>{0} vaut {1}, ce qui exécute les communes dans des appels séparés à qgis_process, mais qgis_process, la ligne de commande de QGIS, est introuvable (ni dans le PATH ni à côté de QGIS). Mettez {0} à 1 pour les exécuter l&apos;une après l&apos;autre, ou installez qgis_process.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="158"/>
        <source>%n unit(s) of layer {0} without a municipality ({1}): they are in no municipality&apos;s care map.</source>
        <translation>
            <numerusform>%n unité de la couche {0} sans commune ({1}) : elle ne figure dans la carte des soins d&apos;aucune commune.</numerusform>
            <numerusform>%n unités de la couche {0} sans commune ({1}) : elles ne figurent dans la carte des soins d&apos;aucune commune.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="160"/>
        <source>NULL in &apos;{0}&apos;</source>
        <translation>NULL dans &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="160"/>
        <source>outside every boundary polygon</source>
        <translation>hors de tout polygone de limite</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="163"/>
        <source>No unit of layer {0} has a municipality: fill {1}, or give boundaries that cover the units.</source>
        <translation>Aucune unité de la couche {0} n&apos;a de commune : remplissez {1}, ou indiquez des limites qui couvrent les unités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="177"/>
        <source>{0} municipalities, up to {1} at the same time in separate processes ({2}).</source>
        <translation>{0} communes, jusqu&apos;à {1} en même temps dans des processus séparés ({2}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="192"/>
        <source>{0} of {1} municipalities failed: {2}. Their rows in the summary say why.</source>
        <translation>{0} communes sur {1} ont échoué : {2}. Leurs lignes dans le résumé indiquent pourquoi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="217"/>
        <source>Layer {0} has points, which have no area to clip the facilities to: give a distance in {1}, municipality boundaries in {2}, or uncheck {3}.</source>
        <translation>La couche {0} contient des points, qui n&apos;ont pas de surface selon laquelle découper les établissements : indiquez une distance dans {1}, des limites communales dans {2}, ou décochez {3}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="241"/>
        <source>Layer {0} has no points: every municipality gets all of its facilities (not clipped).</source>
        <translation>La couche {0} n&apos;a pas de points : chaque commune reçoit tous ses établissements (non découpés).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="254"/>
        <source>Layer {0}: {1} of {2} facilities lie in a municipality or within {3:g} m of one.</source>
        <translation>Couche {0} : {1} établissements sur {2} se trouvent dans une commune ou à moins de {3:g} m de l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="266"/>
        <source>Municipality {0}:</source>
        <translation>Commune {0} :</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="267"/>
        <source>%n unit(s),</source>
        <translation>
            <numerusform>%n unité,</numerusform>
            <numerusform>%n unités,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="268"/>
        <source>%n facilit(y/ies).</source>
        <translation>
            <numerusform>%n établissement.</numerusform>
            <numerusform>%n établissements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="308"/>
        <location filename="../processing/algorithms/carebatch.py" line="311"/>
        <location filename="../processing/batch_processes.py" line="215"/>
        <location filename="../processing/batch_processes.py" line="258"/>
        <source>Municipality {0} failed: {1}</source>
        <translation>Échec de la commune {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="49"/>
        <location filename="../processing/report_blocks.py" line="189"/>
        <location filename="../ui/dock.py" line="181"/>
        <location filename="../ui/figures.py" line="157"/>
        <source>Care blocks</source>
        <translation>Îlots du soin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="51"/>
        <source>care blocks,manzanas del cuidado,Bogota,caregivers,dependants,simultaneity,district care system,MCLP,maximal covering,siting,planning</source>
        <translation>îlots du soin,manzanas del cuidado,Bogota,personnes aidantes,personnes dépendantes,simultanéité,système de soins de district,MCLP,couverture maximale,implantation,planification</translation>
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
        <translation>Où implanter les prochains îlots du soin, pour qu&apos;une personne aidante et la personne dont elle prend soin trouvent des services au même endroit à courte distance à pied ? Un îlot du soin (comme les Manzanas del Cuidado de Bogota) est un bâtiment d&apos;ancrage que la ville possède déjà (une école, une bibliothèque, un centre communautaire ou un marché) avec les bâtiments qui l&apos;entourent : des soins pour les enfants, les personnes âgées et les personnes handicapées, et en même temps des services pour leurs personnes aidantes (répit, formation, laveries, soutien psychosocial et juridique). Parmi les bâtiments d&apos;ancrage candidats, l&apos;outil choisit le nombre indiqué de nouveaux îlots du soin qui atteignent ensemble le plus de personnes dépendantes et de personnes aidantes, pondérées par la priorité, en gardant les îlots déjà ouverts.

Comment lire les résultats :
- Ancrages des îlots : les propres champs de chaque ancrage choisi, puis block (le numéro de l&apos;îlot : d&apos;abord les nouveaux îlots, dans l&apos;ordre du choix, puis les îlots déjà ouverts), existing (1 = déjà ouvert), rank, gain (personnes pondérées par la priorité qu&apos;il atteint en plus), units, dependants et caregivers (les personnes dont c&apos;est l&apos;îlot), alternates (bâtiments de l&apos;îlot) et hours_freed_week.
- Bâtiments associés : chaque bâtiment situé dans le rayon de marche d&apos;un ancrage (à vol d&apos;oiseau), avec son block et distance_m (mètres jusqu&apos;à son ancrage) ; un bâtiment proche de deux ancrages va au plus proche.
- Emprises des îlots : la zone que couvrent l&apos;ancrage et ses bâtiments associés (leur contour ; un bâtiment isolé ou une rangée de bâtiments est élargi de 25 m).
- Zones d&apos;influence : là où un ancrage est dans le rayon de marche : un cercle, ou les rues atteintes quand le trajet est mesuré sur le réseau routier.
- Unités avec leur îlot : block (NULL quand aucun îlot n&apos;atteint l&apos;unité), block_before (l&apos;îlot déjà ouvert), covered_before et covered_after (1 = un îlot à portée), covered_dependants et covered_caregivers (les personnes de l&apos;unité qu&apos;un îlot atteint), weight (priorité x (personnes dépendantes + personnes aidantes)) et hours_freed_week.

Exemple : des unités u0, u1, u2 le long d&apos;une rue à 0, 150 et 300 m avec 10, 0 et 8 personnes dépendantes et 5, 20 et 8 personnes aidantes, des ancrages candidats à 50, 250 et 300 m, un rayon de 100 m : un îlot va à l&apos;ancrage situé à 250 m, qui atteint u1 et u2 (20 + 16 = 36 personnes, plus que les 35 de l&apos;ancrage situé à 50 m) : 8 des 18 personnes dépendantes (44 %) et 28 des 33 personnes aidantes (85 %) sont couvertes. Dans la ville de démonstration, avec comme personnes dépendantes les enfants de 0-5 ans, les personnes de 80 ans ou plus et les personnes handicapées, comme personnes aidantes les femmes de 15-64 ans et comme ancrages candidats les 134 points de soins communautaires, cinq îlots à moins de 800 m atteignent 29 607 personnes dépendantes (14,4 %) et 59 960 personnes aidantes (13,6 %) avec le solveur exact ; le solveur rapide en atteint 99 %.

Bon à savoir :
- Une unité compte quand un îlot l&apos;atteint : ses personnes dépendantes et ses personnes aidantes sont alors à portée du même îlot. Chaque unité compte pour priorité x (personnes dépendantes + personnes aidantes) ; sans champ de priorité, chaque unité pèse 1.
- Le solveur rapide (glouton) obtient au moins 63 % du meilleur résultat possible, généralement plus de 97 % ; le solveur exact trouve le meilleur plan dans sa limite de temps. Un îlot qui n&apos;apporterait rien n&apos;est jamais placé.
- Les heures libérées suivent la méthode du travail de soin non rémunéré : places de chaque nouvel îlot x heures d&apos;ouverture par semaine x taux de substitution, réparties entre les unités à sa portée selon leurs personnes dépendantes.
- Les unités proches du bord de la zone d&apos;étude peuvent avoir des ancrages juste à l&apos;extérieur qui ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="96"/>
        <source>Layer of units (points or polygons, taken at a point inside) with the people who need care and their caregivers. Typical: census blocks.</source>
        <translation>Couche d&apos;unités (points ou polygones, pris en un point intérieur) avec les personnes qui ont besoin de soins et leurs personnes aidantes. Typique : îlots de recensement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="97"/>
        <source>Numeric field with the people who need care in each unit (children, older people, people with disabilities); NULL counts as 0, with a warning. Typical: care_demand from CareMap&apos;s care demand.</source>
        <translation>Champ numérique avec les personnes qui ont besoin de soins dans chaque unité (enfants, personnes âgées, personnes handicapées) ; NULL compte pour 0, avec un avertissement. Typique : care_demand de la demande de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="98"/>
        <source>Numeric field with the caregivers of each unit, e.g. women aged 15 or more who only do unpaid care work, or single mothers heading a household; NULL counts as 0, with a warning. Typical: women_15_64 (women of working age, as in CareMap&apos;s care demand).</source>
        <translation>Champ numérique avec les personnes aidantes de chaque unité, p. ex. femmes de 15 ans ou plus qui ne font que du travail de soin non rémunéré, ou mères seules cheffes de ménage ; NULL compte pour 0, avec un avertissement. Typique : women_15_64 (femmes en âge de travailler, comme dans la demande de soins de CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="99"/>
        <source>Optional numeric field weighting each unit (0 or more); empty = every unit weighs 1; NULL = 0, with a warning. Typical: priority from CareMap&apos;s care priority index (min-max or rank normalisation).</source>
        <translation>Champ numérique facultatif pondérant chaque unité (0 ou plus) ; vide = chaque unité pèse 1 ; NULL = 0, avec un avertissement. Typique : priority de l&apos;indice de priorité des soins de CareMap (normalisation min-max ou par rang).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="100"/>
        <source>Point layer of the buildings that could anchor a block: public buildings the city already owns. Typical: schools, libraries, community centres and markets.</source>
        <translation>Couche de points des bâtiments qui pourraient servir d&apos;ancrage à un îlot : des bâtiments publics que la ville possède déjà. Typique : écoles, bibliothèques, centres communautaires et marchés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="101"/>
        <source>Optional point layer of other buildings that can host a block&apos;s services; empty = the candidate anchors not chosen. Typical: care facilities, sports halls, health posts.</source>
        <translation>Couche facultative de points d&apos;autres bâtiments pouvant accueillir les services d&apos;un îlot ; vide = les ancrages candidats non choisis. Typique : établissements de soins, salles de sport, postes de santé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="102"/>
        <source>Optional point layer of the anchors of blocks already open: they stay open and already cover the units around them. Typical: empty for a first plan.</source>
        <translation>Couche facultative de points des ancrages des îlots déjà ouverts : ils restent ouverts et couvrent déjà les unités qui les entourent. Typique : vide pour un premier plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="103"/>
        <source>How many new blocks to choose. Typical: 5, the number the budget allows.</source>
        <translation>Nombre de nouveaux îlots à choisir. Typique : 5, le nombre que permet le budget.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="104"/>
        <source>Walking distance in metres, inclusive, within which an anchor reaches a unit and an alternate building belongs to the block. Typical: 800 m (15 to 20 minutes on foot, Bogota&apos;s rule).</source>
        <translation>Distance de marche en mètres, incluse, dans laquelle un ancrage atteint une unité et un bâtiment associé appartient à l&apos;îlot. Typique : 800 m (15 à 20 minutes à pied, la règle de Bogota).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="105"/>
        <location filename="../processing/algorithms/siting.py" line="89"/>
        <source>greedy = fast, close to the best; exact = the best plan (an integer program solved with HiGHS), stopped after the time limit with its gap reported. Typical: greedy to explore, exact for the final plan.</source>
        <translation>greedy = rapide, proche du meilleur ; exact = le meilleur plan (un programme en nombres entiers résolu avec HiGHS), arrêté après la limite de temps en indiquant son écart. Typique : greedy pour explorer, exact pour le plan final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="106"/>
        <source>How the walk is measured: along the straight line (times the detour factor) or along the road network (shortest paths on &apos;Road network (lines)&apos;). Costs from a table are not used here. Typical: the road network when you have one.</source>
        <translation>Comment la marche est mesurée : à vol d&apos;oiseau (multiplié par le facteur de détour) ou le long du réseau routier (plus courts chemins sur « Réseau routier (lignes) »). Les coûts issus d&apos;une table ne sont pas utilisés ici. Typique : le réseau routier quand vous en avez un.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="107"/>
        <source>Unit the walk is measured in on the road network: meters, or minutes at the travel speed (the walking radius is turned into minutes). Typical: meters.</source>
        <translation>Unité dans laquelle la marche est mesurée sur le réseau routier : mètres, ou minutes à la vitesse de déplacement (le rayon de marche est converti en minutes). Typique : mètres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="108"/>
        <location filename="../processing/algorithms/siting.py" line="91"/>
        <source>Largest time in seconds the exact solver may run. Typical: 60 s.</source>
        <translation>Durée maximale en secondes du solveur exact. Typique : 60 s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="109"/>
        <source>Care places of each new block, for the hours freed. Typical: 50 places.</source>
        <translation>Places de soins de chaque nouvel îlot, pour les heures libérées. Typique : 50 places.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="110"/>
        <source>Hours a week each new block is open, for the hours freed. Typical: 40 hours (8 hours, 5 days).</source>
        <translation>Heures d&apos;ouverture hebdomadaires de chaque nouvel îlot, pour les heures libérées. Typique : 40 heures (8 heures, 5 jours).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="111"/>
        <source>Hours of household care replaced by one place open for one hour (0-1), for the hours freed. Typical: 0.5.</source>
        <translation>Heures de soins domestiques remplacées par une place ouverte pendant une heure (0-1), pour les heures libérées. Typique : 0.5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="112"/>
        <source>The anchors of the blocks (new and already open): each new anchor&apos;s own fields, then block, existing, rank, gain, units, dependants, caregivers, alternates and hours_freed_week.</source>
        <translation>Les ancrages des îlots (nouveaux et déjà ouverts) : les propres champs de chaque nouvel ancrage, puis block, existing, rank, gain, units, dependants, caregivers, alternates et hours_freed_week.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="113"/>
        <source>The buildings within the walking radius of an anchor, with their own fields, block and distance_m.</source>
        <translation>Les bâtiments situés dans le rayon de marche d&apos;un ancrage, avec leurs propres champs, block et distance_m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="114"/>
        <source>One polygon per block: the outline of its anchor and alternates, with block, existing and buildings.</source>
        <translation>Un polygone par îlot : le contour de son ancrage et de ses bâtiments associés, avec block, existing et buildings.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="115"/>
        <source>One polygon per block: its area of influence (where the anchor is within the walking radius), with block, existing, dependants and caregivers.</source>
        <translation>Un polygone par îlot : sa zone d&apos;influence (là où l&apos;ancrage est dans le rayon de marche), avec block, existing, dependants et caregivers.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="116"/>
        <source>The units with block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight and hours_freed_week.</source>
        <translation>Les unités avec block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight et hours_freed_week.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="117"/>
        <source>Dependants within the walking radius of a block already open.</source>
        <translation>Personnes dépendantes dans le rayon de marche d&apos;un îlot déjà ouvert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="118"/>
        <source>Dependants within the walking radius of a block, new or already open.</source>
        <translation>Personnes dépendantes dans le rayon de marche d&apos;un îlot, nouveau ou déjà ouvert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="119"/>
        <source>Caregivers within the walking radius of a block already open.</source>
        <translation>Personnes aidantes dans le rayon de marche d&apos;un îlot déjà ouvert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="120"/>
        <source>Caregivers within the walking radius of a block, new or already open.</source>
        <translation>Personnes aidantes dans le rayon de marche d&apos;un îlot, nouveau ou déjà ouvert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="121"/>
        <source>Share (0 to 1) of all dependants covered with the new blocks; None when there are none.</source>
        <translation>Part (0 à 1) de toutes les personnes dépendantes couvertes avec les nouveaux îlots ; None s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="122"/>
        <source>Share (0 to 1) of all caregivers covered with the new blocks; None when there are none.</source>
        <translation>Part (0 à 1) de toutes les personnes aidantes couvertes avec les nouveaux îlots ; None s&apos;il n&apos;y en a pas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="123"/>
        <source>Hours of unpaid care a week the new blocks could take over from households (places x hours open x substitution, for blocks that reach dependants).</source>
        <translation>Heures de soins non rémunérés par semaine que les nouveaux îlots pourraient prendre en charge à la place des ménages (places x heures d&apos;ouverture x substitution, pour les îlots qui atteignent des personnes dépendantes).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="124"/>
        <source>Priority-weighted dependants and caregivers covered with the new blocks (what the solver maximised).</source>
        <translation>Personnes dépendantes et personnes aidantes couvertes avec les nouveaux îlots, pondérées par la priorité (ce que le solveur a maximisé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="125"/>
        <source>Relative gap between the exact solver&apos;s plan and its bound (0 = proven best); None for the fast solver or when not known.</source>
        <translation>Écart relatif entre le plan du solveur exact et sa borne (0 = meilleur prouvé) ; None pour le solveur rapide ou s&apos;il n&apos;est pas connu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="126"/>
        <source>Number of new blocks placed (fewer than asked when more would add nothing).</source>
        <translation>Nombre de nouveaux îlots placés (moins que demandé quand davantage n&apos;apporterait rien).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="127"/>
        <location filename="../processing/algorithms/siting.py" line="109"/>
        <source>The solver&apos;s status: greedy, optimal, time_limit (the exact solver stopped at its time limit; see the gap) or time_limit_heuristic.</source>
        <translation>L&apos;état du solveur : greedy, optimal, time_limit (le solveur exact s&apos;est arrêté à sa limite de temps ; voir l&apos;écart) ou time_limit_heuristic.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="130"/>
        <source>Dependants covered before</source>
        <translation>Personnes dépendantes couvertes avant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="131"/>
        <source>Dependants covered after</source>
        <translation>Personnes dépendantes couvertes après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="132"/>
        <source>Caregivers covered before</source>
        <translation>Personnes aidantes couvertes avant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="133"/>
        <source>Caregivers covered after</source>
        <translation>Personnes aidantes couvertes après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="134"/>
        <source>Share of dependants covered after</source>
        <translation>Part des personnes dépendantes couvertes après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="135"/>
        <source>Share of caregivers covered after</source>
        <translation>Part des personnes aidantes couvertes après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="136"/>
        <source>Unpaid care hours freed a week</source>
        <translation>Heures de soins non rémunérés libérées par semaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="137"/>
        <location filename="../processing/algorithms/siting.py" line="167"/>
        <source>Objective value</source>
        <translation>Valeur de l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="137"/>
        <location filename="../processing/algorithms/siting.py" line="167"/>
        <source>MIP gap</source>
        <translation>Écart MIP</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="138"/>
        <source>New blocks placed</source>
        <translation>Nouveaux îlots implantés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="145"/>
        <source>Units (points or polygons)</source>
        <translation>Unités (points ou polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="147"/>
        <source>People who need care (field)</source>
        <translation>Personnes ayant besoin de soins (champ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="150"/>
        <source>Caregivers (field)</source>
        <translation>Personnes aidantes (champ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="153"/>
        <source>Priority weight (field; empty = 1 per unit)</source>
        <translation>Poids de priorité (champ ; vide = 1 par unité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="156"/>
        <source>Candidate anchor buildings</source>
        <translation>Bâtiments d&apos;ancrage candidats</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="158"/>
        <source>Other buildings for the blocks (empty = the candidates not chosen)</source>
        <translation>Autres bâtiments pour les îlots (vide = les candidats non choisis)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="161"/>
        <source>Anchors of blocks already open</source>
        <translation>Ancrages des îlots déjà ouverts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="163"/>
        <source>Number of new blocks</source>
        <translation>Nombre de nouveaux îlots</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="165"/>
        <source>Walking radius (m)</source>
        <translation>Rayon de marche (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="166"/>
        <location filename="../processing/algorithms/siting.py" line="135"/>
        <source>Solver</source>
        <translation>Solveur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="168"/>
        <location filename="../processing/algorithms/siting.py" line="139"/>
        <source>Time limit of the exact solver (seconds)</source>
        <translation>Temps limite du solveur exact (secondes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="170"/>
        <source>Places of each new block (hours freed)</source>
        <translation>Places de chaque nouvel îlot (heures libérées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="172"/>
        <source>Hours open a week (hours freed)</source>
        <translation>Heures d&apos;ouverture par semaine (heures libérées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="175"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="140"/>
        <source>Substitution rate (household care hours replaced per place-hour)</source>
        <translation>Taux de substitution (heures de soins domestiques remplacées par place-heure)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="178"/>
        <location filename="../processing/report_blocks.py" line="142"/>
        <location filename="../processing/report_blocks.py" line="152"/>
        <source>Block anchors</source>
        <translation>Ancrages des îlots</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="179"/>
        <location filename="../processing/report_blocks.py" line="170"/>
        <source>Alternate buildings</source>
        <translation>Bâtiments associés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="180"/>
        <source>Block areas</source>
        <translation>Emprises des îlots</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="181"/>
        <source>Areas of influence</source>
        <translation>Zones d&apos;influence</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="182"/>
        <source>Units with their block</source>
        <translation>Unités avec leur îlot</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="186"/>
        <location filename="../processing/algorithms/siting.py" line="170"/>
        <source>Solver status</source>
        <translation>État du solveur</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="195"/>
        <source>Field &apos;{0}&apos; of layer {1} is NULL in %n unit(s): they count with 0 there.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} est NULL dans %n unité : elle compte pour 0 à cet endroit.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} est NULL dans %n unités : elles comptent pour 0 à ces endroits.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="209"/>
        <source>{0} is {1:g}: no unit could ever be reached. Set it above 0, e.g. {2:g} m.</source>
        <translation>{0} vaut {1:g} : aucune unité ne pourrait jamais être atteinte. Réglez-le au-dessus de 0, p. ex. {2:g} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="213"/>
        <source>Care blocks measure the walk along straight lines or the road network: choose one of them in {0}.</source>
        <translation>Les îlots du soin mesurent la marche à vol d&apos;oiseau ou sur le réseau routier : choisissez l&apos;un des deux dans {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="230"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n negative priority value(s): weights must be 0 or more. Use a priority index normalised by min-max or by rank, or another field.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeur de priorité négative : les poids doivent être de 0 ou plus. Utilisez un indice de priorité normalisé par min-max ou par rang, ou un autre champ.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeurs de priorité négatives : les poids doivent être de 0 ou plus. Utilisez un indice de priorité normalisé par min-max ou par rang, ou un autre champ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="236"/>
        <source>Field &apos;{0}&apos; of layer {1} is NULL in %n unit(s): they weigh 0 in the choice of blocks.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} est NULL dans %n unité : elle pèse 0 dans le choix des îlots.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} est NULL dans %n unités : elles pèsent 0 dans le choix des îlots.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="240"/>
        <source>No people: fields &apos;{0}&apos; and &apos;{1}&apos; of layer {2} are 0 in every unit, so no block can reach anyone; the shares are NULL.</source>
        <translation>Personne : les champs &apos;{0}&apos; et &apos;{1}&apos; de la couche {2} valent 0 dans toutes les unités, donc aucun îlot ne peut atteindre qui que ce soit ; les parts sont NULL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="248"/>
        <source>%n new block(s) asked for ({0}),</source>
        <translation>
            <numerusform>%n nouvel îlot demandé ({0}),</numerusform>
            <numerusform>%n nouveaux îlots demandés ({0}),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="249"/>
        <source>but layer {0} has only %n candidate anchor(s): ask for fewer blocks or give more candidates.</source>
        <translation>
            <numerusform>mais la couche {0} n&apos;a que %n ancrage candidat : demandez moins d&apos;îlots ou fournissez davantage de candidats.</numerusform>
            <numerusform>mais la couche {0} n&apos;a que %n ancrages candidats : demandez moins d&apos;îlots ou fournissez davantage de candidats.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="274"/>
        <source>Care blocks: {0}</source>
        <translation>Îlots du soin : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="326"/>
        <source>block anchors</source>
        <translation>ancrages des îlots</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="424"/>
        <source>Fewer blocks suffice: %n new block(s) placed</source>
        <translation>
            <numerusform>Moins d&apos;îlots suffisent : %n nouvel îlot placé</numerusform>
            <numerusform>Moins d&apos;îlots suffisent : %n nouveaux îlots placés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="425"/>
        <source>instead of the %n asked, because any further block would reach no one not reached yet.</source>
        <translation>
            <numerusform>au lieu du %n demandé, car tout îlot supplémentaire n&apos;atteindrait personne qui ne soit déjà atteint.</numerusform>
            <numerusform>au lieu des %n demandés, car tout îlot supplémentaire n&apos;atteindrait personne qui ne soit déjà atteint.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="428"/>
        <source>The exact solver stopped at its time limit ({0}) without beating the heuristic: the heuristic plan is returned. Raise the time limit for a better plan.</source>
        <translation>Le solveur exact s&apos;est arrêté à sa limite de temps ({0}) sans faire mieux que l&apos;heuristique : le plan heuristique est renvoyé. Augmentez la limite de temps pour un meilleur plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="431"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="434"/>
        <source>Within {0:g} m of a block: dependants {1:,.0f} before, {2:,.0f} after ({3} -&gt; {4}); caregivers {5:,.0f} before, {6:,.0f} after ({7} -&gt; {8}).</source>
        <translation>À moins de {0:g} m d&apos;un îlot : personnes dépendantes {1:,.0f} avant, {2:,.0f} après ({3} -&gt; {4}) ; personnes aidantes {5:,.0f} avant, {6:,.0f} après ({7} -&gt; {8}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="438"/>
        <source>Solver status: {0}; objective {1:,.2f}.</source>
        <translation>État du solveur : {0} ; objectif {1:,.2f}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="29"/>
        <location filename="../processing/algorithms/caredemand.py" line="105"/>
        <source>Care demand</source>
        <translation>Demande de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="31"/>
        <source>care,demand,age,children,older,dependency,madrid scale,care units,caregivers</source>
        <translation>soins,demande,âge,enfants,personnes âgées,dépendance,échelle de Madrid,unités de soins,aidants</translation>
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
        <translation>De combien de soins les habitants de chaque îlot ont-ils besoin, et qui est là pour les prodiguer ? À partir du nombre de personnes par tranche d&apos;âge de chaque unité (îlot, secteur de recensement, cellule de grille), cet outil calcule la demande de soins, les personnes dépendantes et les personnes aidantes potentielles.

Comment lire les résultats (les unités, avec leurs propres champs et ceux-ci) :
- care_demand : les personnes pondérées selon les soins que demande leur âge (unités de soins). Avec des poids égaux, c&apos;est simplement le nombre de personnes dans les tranches choisies (p. ex. enfants de 0-5 ans) ; avec l&apos;échelle de Madrid de Durán, un enfant de 0-4 ans compte 2, un adulte de 18-64 ans compte 1 et une personne de 85 ans et plus compte 2.
- pop_bands : les personnes dans les tranches d&apos;âge choisies.
- dep_children (moins de 15 ans), dep_older (65 ans et plus), dependents et leurs parts share_children, share_older (0-1).
- caregivers : les personnes aidantes potentielles (le champ des personnes aidantes, p. ex. femmes de 15-64 ans, ou à défaut les personnes de 15-64 ans des tranches) ; care_intensity = personnes dépendantes par personne aidante (NULL là où il n&apos;y a pas de personne aidante).
- Pour les polygones : pop_density et demand_density, par km2.
- Les critères des îlots du soin de Bogota (lus par le préréglage Bogota de l&apos;indice de priorité des soins) : share_under5 et share_80plus (enfants de moins de 5 ans et personnes de 80 ans ou plus, parts de 0 à 1 des personnes des tranches) et dependency_ratio (personnes de moins de 15 ans et de 65 ans ou plus par personne de 15-64 ans) ; avec « Femmes qui ne font que du travail domestique non rémunéré », share_women_unpaid (ce champ rapporté aux personnes aidantes potentielles : indiquez-y les femmes de 15 ans ou plus pour la définition du recensement) ; avec « Ménages monoparentaux dirigés par une femme » et « Ménages », fhh_share (0-1).

Exemple : dans la ville de démonstration, les sept tranches d&apos;âge avec l&apos;échelle de Madrid donnent environ 1,53 million d&apos;unités de soins pour 1,27 million de personnes (1,20 par personne), et l&apos;îlot médian compte 0,94 personne dépendante par femme de 15-64 ans ; les tranches 0-2 et 3-5 avec des poids égaux donnent 102 803 enfants, la demande de soins de l&apos;accueil de la petite enfance. À la main, un îlot avec 30 enfants de 0-2 ans, 30 de 3-5 ans, 40 de 6-14 ans, 200 personnes de 15-64 ans, 50 de 65-79 ans et 20 de 80 ans ou plus (370 personnes) : share_under5 = (30 + 20) / 370 = 0,135 (deux des trois années de la tranche 3-5 sont avant 5 ans), share_80plus = 20 / 370 = 0,054, dependency_ratio = 170 / 200 = 0,85.

Mises en garde : une unité sans valeur (NULL) dans l&apos;une de ses tranches d&apos;âge ne reçoit pas de demande de soins (compté dans le journal) : complétez-la, sinon elle compte comme une absence totale de demande. Les tranches qui ne correspondent pas aux âges de l&apos;échelle reçoivent le poids moyen des années qu&apos;elles couvrent, et une tranche ouverte comme 80+ est considérée comme couvrant les années indiquées dans « Années couvertes par une tranche ouverte comme 80+ » (80-89 par défaut). Les poids et les formules sont dans docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="68"/>
        <source>Layer of units (points or polygons) with counts of people per age band. Typical: census blocks or grid cells.</source>
        <translation>Couche d&apos;unités (points ou polygones) avec les effectifs par tranche d&apos;âge. Typique : îlots de recensement ou cellules de grille.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="69"/>
        <source>Which field holds which ages, as field:band items separated by &apos;;&apos;, bands in whole years, &apos;a+&apos; for an open band. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5; all bands for the whole population.</source>
        <translation>Quel champ contient quels âges, sous forme d&apos;éléments champ:tranche séparés par &apos;;&apos;, tranches en années révolues, &apos;a+&apos; pour une tranche ouverte. Typique : &apos;p_0_2:0-2;p_3_5:3-5&apos; pour les enfants de 0-5 ans ; toutes les tranches pour la population totale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="70"/>
        <source>Care weight per person: equal (1 each), Durán&apos;s Madrid scale of care units (more for small children and the very old), or your own weights per field (given in &apos;Custom weights&apos;). Typical: the Madrid scale for total care demand, equal for one age group.</source>
        <translation>Poids de soins par personne : égal (1 chacun), échelle de Madrid de Durán en unités de soins (davantage pour les jeunes enfants et les personnes très âgées), ou vos propres poids par champ (indiqués dans « Poids personnalisés »). Typique : l&apos;échelle de Madrid pour la demande de soins totale, égal pour un seul groupe d&apos;âge.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="71"/>
        <source>Your own weights, used when the weights are custom, as field:weight items separated by &apos;;&apos;. Typical: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</source>
        <translation>Vos propres poids, utilisés quand les poids sont personnalisés, sous forme d&apos;éléments champ:poids séparés par &apos;;&apos;. Typique : &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="72"/>
        <source>Optional numeric field with the potential caregivers of each unit; empty = persons 15-64 from the bands. Typical: women 15-64.</source>
        <translation>Champ numérique facultatif avec les aidants potentiels de chaque unité ; vide = personnes de 15-64 ans des tranches. Typique : femmes de 15-64 ans.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="73"/>
        <source>Optional numeric field with the women aged 15 or more who only do unpaid domestic work (census: activity in the last week); gives share_women_unpaid, over the potential caregivers. Typical: empty, or the census count with the women aged 15 or more as potential caregivers.</source>
        <translation>Champ numérique facultatif avec les femmes de 15 ans ou plus qui ne font que du travail domestique non rémunéré (recensement : activité de la semaine précédente) ; il donne share_women_unpaid, rapporté aux personnes aidantes potentielles. Typique : vide, ou l&apos;effectif du recensement avec les femmes de 15 ans ou plus comme personnes aidantes potentielles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="74"/>
        <source>Optional numeric field with the single-parent households headed by a woman; with the households field it gives fhh_share. Typical: empty when the layer already has a share of female-headed households.</source>
        <translation>Champ numérique facultatif avec les ménages monoparentaux dirigés par une femme ; avec le champ des ménages, il donne fhh_share. Typique : vide quand la couche a déjà une part de ménages dirigés par une femme.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="75"/>
        <source>Optional numeric field with all the households of each unit, the denominator of fhh_share. Typical: the census count of households.</source>
        <translation>Champ numérique facultatif avec tous les ménages de chaque unité, le dénominateur de fhh_share. Typique : l&apos;effectif des ménages du recensement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="76"/>
        <source>Years an open band such as 80+ is taken to span when weighting it. Typical: 10 (80+ read as 80-89).</source>
        <translation>Nombre d&apos;années qu&apos;on attribue à une tranche ouverte comme 80+ pour la pondérer. Typique : 10 (80+ lu comme 80-89).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="77"/>
        <source>The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, the care-block criteria (share_under5, share_80plus, dependency_ratio, and share_women_unpaid and fhh_share when their fields are given) and, for polygons, pop_density and demand_density.</source>
        <translation>Les unités avec care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, les critères des îlots du soin (share_under5, share_80plus, dependency_ratio, ainsi que share_women_unpaid et fhh_share quand leurs champs sont indiqués) et, pour des polygones, pop_density et demand_density.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="78"/>
        <source>Sum of care_demand over the units with all their age-band values (people, or care units with the Madrid scale); None when no unit has them all.</source>
        <translation>Somme de care_demand sur les unités ayant toutes leurs valeurs par tranche d&apos;âge (personnes, ou unités de soins avec l&apos;échelle de Madrid) ; None si aucune unité ne les a toutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="83"/>
        <source>Units with age-band counts</source>
        <translation>Unités avec effectifs par tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="86"/>
        <source>Age-band fields (field:band;...)</source>
        <translation>Champs par tranche d&apos;âge (champ:tranche;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="87"/>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="89"/>
        <source>Custom weights (field:weight;...)</source>
        <translation>Poids personnalisés (champ:poids;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="91"/>
        <location filename="../processing/algorithms/carepipeline.py" line="136"/>
        <source>Potential caregivers field (e.g. women 15-64)</source>
        <translation>Champ des aidants potentiels (p. ex. femmes de 15-64 ans)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="94"/>
        <source>Women who only do unpaid domestic work</source>
        <translation>Femmes qui ne font que du travail domestique non rémunéré</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="97"/>
        <source>Single-parent households headed by a woman</source>
        <translation>Ménages monoparentaux dirigés par une femme</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="100"/>
        <source>Households</source>
        <translation>Ménages</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="103"/>
        <source>Years spanned by an open band such as 80+</source>
        <translation>Années couvertes par une tranche ouverte comme 80+</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="106"/>
        <source>Total care demand</source>
        <translation>Demande totale de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="112"/>
        <source>{0}: {1}. Write it as field:band items separated by &apos;;&apos;, e.g. &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</source>
        <translation>{0} : {1}. Écrivez-le sous forme d&apos;éléments champ:tranche séparés par &apos;;&apos;, p. ex. &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="126"/>
        <source>{0}: {1}.</source>
        <translation>{0} : {1}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="133"/>
        <source>{0} is set but {1} is empty: the share of women in unpaid domestic work is taken over the potential caregivers. Choose the field of women aged 15 or more (or 15-64) there.</source>
        <translation>{0} est renseigné mais {1} est vide : la part des femmes en travail domestique non rémunéré est calculée par rapport aux personnes aidantes potentielles. Choisissez-y le champ des femmes de 15 ans ou plus (ou de 15-64 ans).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="138"/>
        <source>{0} and {1} go together (fhh_share is the first over the second): choose both, or neither.</source>
        <translation>{0} et {1} vont ensemble (fhh_share est le premier divisé par le second) : choisissez les deux, ou aucun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="152"/>
        <source>%n unit(s) of layer {0} without a value (NULL or not a finite number) in an age-band field ({1}): their care demand and indicators are NULL. Fill in those counts for a complete map.</source>
        <translation>
            <numerusform>%n unité de la couche {0} sans valeur (NULL ou nombre non fini) dans un champ de tranche d&apos;âge ({1}) : sa demande de soins et ses indicateurs sont NULL. Complétez ces effectifs pour une carte complète.</numerusform>
            <numerusform>%n unités de la couche {0} sans valeur (NULL ou nombre non fini) dans un champ de tranche d&apos;âge ({1}) : leur demande de soins et leurs indicateurs sont NULL. Complétez ces effectifs pour une carte complète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="159"/>
        <source>%n unit(s) of layer {0} without a value (NULL or not a finite number) in the caregivers field &apos;{1}&apos;: their care_intensity is NULL.</source>
        <translation>
            <numerusform>%n unité de la couche {0} sans valeur (NULL ou nombre non fini) dans le champ des personnes aidantes &apos;{1}&apos; : son care_intensity est NULL.</numerusform>
            <numerusform>%n unités de la couche {0} sans valeur (NULL ou nombre non fini) dans le champ des personnes aidantes &apos;{1}&apos; : leur care_intensity est NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="162"/>
        <source>Weights ({0}): {1}</source>
        <translation>Poids ({0}) : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="170"/>
        <source>Layer {0}: {1}</source>
        <translation>Couche {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="177"/>
        <source>No caregiver field: potential caregivers are the persons aged 15-64 in the bands.</source>
        <translation>Pas de champ d&apos;aidants : les aidants potentiels sont les personnes de 15-64 ans des tranches.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="180"/>
        <source>%n unit(s) without a potential caregiver: care_intensity is NULL there.</source>
        <translation>
            <numerusform>%n unité sans personne aidante potentielle : care_intensity y est NULL.</numerusform>
            <numerusform>%n unités sans personne aidante potentielle : care_intensity y est NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="185"/>
        <source>%n unit(s) of layer {0} without an area (an empty, zero-area or invalid polygon): pop_density and demand_density are NULL there.</source>
        <translation>
            <numerusform>%n unité de la couche {0} sans surface (polygone vide, de surface nulle ou invalide) : pop_density et demand_density y sont NULL.</numerusform>
            <numerusform>%n unités de la couche {0} sans surface (polygone vide, de surface nulle ou invalide) : pop_density et demand_density y sont NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="191"/>
        <source>No unit of layer {0} has all its age-band values: the total care demand is left empty.</source>
        <translation>Aucune unité de la couche {0} n&apos;a toutes ses valeurs par tranche d&apos;âge : la demande de soins totale est laissée vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="194"/>
        <source>Every age-band count of layer {0} is 0: no one lives in these units, so the care demand is 0 and the shares, care intensity and densities say nothing (shares and care intensity are NULL).</source>
        <translation>Tous les effectifs par tranche d&apos;âge de la couche {0} valent 0 : personne ne vit dans ces unités, donc la demande de soins est 0 et les parts, l&apos;intensité de soins et les densités ne disent rien (les parts et l&apos;intensité de soins sont NULL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="41"/>
        <location filename="../processing/algorithms/caredeserts.py" line="148"/>
        <location filename="../processing/report_layout.py" line="424"/>
        <location filename="../processing/report_layout.py" line="426"/>
        <location filename="../ui/charts.py" line="306"/>
        <source>Care deserts</source>
        <translation>Déserts de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="43"/>
        <source>care,desert,high demand,low access,z-score,type 1,type 2,public transport,GTFS,bus</source>
        <translation>soins,désert,forte demande,faible accès,score z,type 1,type 2,transports en commun,GTFS,bus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="45"/>
        <source>Which units have many people who need care and no care service close enough? A care desert (the rule of the Care Georeferencing Tool) is a unit with high demand and low access.

How to read the results:
- Care deserts (one row per unit, with its own fields): z_demand = how far the unit&apos;s demand is above or below the average, in standard deviations; demand_threshold = the z-score from which demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of the unit&apos;s district with districts); high_demand (0/1); adj_threshold = the access threshold used for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by neither mode, 2 reachable only by the second mode (always 1 without a second mode); with a public transport feed and the care facilities, cost_transit = the travel time by public transport to the nearest facility in minutes (walking to the stop, waiting, riding, changing, walking to the facility; NULL when none is within four times the second threshold, and at least 60 minutes); with a caregivers&apos; window, temporal_desert (0/1) = high demand and care within reach at some hour, but none open within reach in that window (a temporal care desert).
- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) per district.
- Summary on the district polygons: that table on the district polygons, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its demand is not high; the block of 90 has a facility at 12 minutes). If the facility 12 minutes from the block of 90 closes at 17:00 and the window is Monday to Friday 17:00-20:00 (covered_evening = 0), that block is a temporal care desert. With a second mode, a desert whose nearest facility is 40 minutes away on foot but 24 minutes away by bus (a 3-minute walk to the stop, 7 minutes waiting, 10 minutes riding, a 4-minute walk) has desert_type 2 with the 30-minute threshold; at 35 minutes by bus it has desert_type 1.

The second mode is usually public transport: either a field of travel times you bring, or CareMap computes it from a public transport feed (GTFS), the care facilities, a departure date and time, and optionally a window of departure minutes (see Accessibility to care for the same options).

Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it as accessible). Units near the edge of the study area may look farther from care than they are. Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an error.</source>
        <translation>Quelles unités comptent beaucoup de personnes ayant besoin de soins et aucun service de soins assez proche ? Un désert de soins (la règle du Care Georeferencing Tool) est une unité à forte demande et à faible accès.

Comment lire les résultats :
- Déserts de soins (une ligne par unité, avec ses propres champs) : z_demand = l&apos;écart de la demande de l&apos;unité par rapport à la moyenne, en écarts-types ; demand_threshold = le score z à partir duquel la demande est considérée comme forte (la médiane des scores z positifs de la ville, ou de tous les scores z du district de l&apos;unité avec des districts) ; high_demand (0/1) ; adj_threshold = le seuil d&apos;accès utilisé pour l&apos;unité, en minutes ; low_access (0/1) = l&apos;établissement le plus proche est plus loin que le seuil, ou aucun n&apos;est accessible ; desert (0/1) = forte demande et faible accès ; desert_type = 1 accessible par aucun mode, 2 accessible seulement par le second mode (toujours 1 sans second mode) ; avec un flux de transports en commun et les établissements de soins, cost_transit = le temps de trajet en transports en commun jusqu&apos;à l&apos;établissement le plus proche, en minutes (marche jusqu&apos;à l&apos;arrêt, attente, trajet à bord, correspondances, marche jusqu&apos;à l&apos;établissement ; NULL quand aucun n&apos;est à portée dans quatre fois le second seuil, avec un minimum de 60 minutes) ; avec une plage horaire des personnes aidantes, temporal_desert (0/1) = forte demande et soins à portée à une certaine heure, mais aucun établissement ouvert à portée pendant cette plage (un désert de soins temporel).
- Déserts de soins par district : units, deserts, population, population_in_deserts et share (0 à 1) par district.
- Résumé sur les polygones de district : ce tableau sur les polygones de district, pour le cartographier (produit quand des polygones de district sont fournis).

Exemple : dans la ville de démonstration du tutoriel, avec 10 minutes à pied jusqu&apos;à l&apos;accueil de la petite enfance et la règle de la médiane par district, 209 îlots sont des déserts de soins, où vivent 7 720 enfants de 0-5 ans (7,5 % d&apos;entre eux) ; Los Rosales en compte le plus, 1 581 enfants (20,9 % de ses enfants). À la main : six îlots de 10, 20, 60, 80, 90 et 40 enfants, l&apos;établissement le plus proche à 5, 25, aucun, 25, 12 et 30 minutes, un seuil de 20 minutes : seul l&apos;îlot de 80 enfants est un désert (l&apos;îlot de 60 n&apos;atteint rien mais sa demande n&apos;est pas forte ; l&apos;îlot de 90 a un établissement à 12 minutes). Si l&apos;établissement situé à 12 minutes de l&apos;îlot de 90 ferme à 17:00 et que la plage est du lundi au vendredi 17:00-20:00 (covered_evening = 0), cet îlot est un désert de soins temporel. Avec un second mode, un désert dont l&apos;établissement le plus proche est à 40 minutes à pied mais à 24 minutes en bus (3 minutes de marche jusqu&apos;à l&apos;arrêt, 7 minutes d&apos;attente, 10 minutes à bord, 4 minutes de marche) a desert_type 2 avec le seuil de 30 minutes ; à 35 minutes en bus, il a desert_type 1.

Le second mode est généralement les transports en commun : soit un champ de temps de trajet que vous fournissez, soit CareMap le calcule à partir d&apos;un flux de transports en commun (GTFS), des établissements de soins, d&apos;une date et d&apos;une heure de départ et, éventuellement, d&apos;une fenêtre de minutes de départ (voir Accessibilité aux soins pour les mêmes options).

Mises en garde : une unité qui n&apos;atteint aucun établissement compte comme à faible accès (l&apos;outil de référence la compte comme accessible). Les unités proches du bord de la zone d&apos;étude peuvent paraître plus éloignées des soins qu&apos;elles ne le sont. Une demande identique partout ne donne aucun désert (avertissement). Des personnes NULL ou des districts NULL sont une erreur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="85"/>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care, or the Care gaps layer.</source>
        <translation>Couche des unités de demande, points ou polygones, p. ex. îlots de recensement. Typique : la sortie demande d&apos;Accessibilité aux soins, ou la couche des Écarts de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="86"/>
        <location filename="../processing/algorithms/caregaps.py" line="76"/>
        <source>Numeric field with the people of the group in each unit (no NULL values). Typical: care_demand, or children 0-5.</source>
        <translation>Champ numérique avec les personnes du groupe dans chaque unité (sans valeurs NULL). Typique : care_demand, ou enfants de 0-5 ans.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="87"/>
        <source>Numeric field with the travel time to the nearest facility in minutes (a distance in metres written by Accessibility to care is turned into minutes with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from Accessibility to care.</source>
        <translation>Champ numérique avec le temps de trajet jusqu&apos;à l&apos;établissement le plus proche en minutes (une distance en mètres écrite par Accessibilité aux soins est convertie en minutes grâce à ses champs cost_unit et cost_speed_kmh) ; NULL = aucun établissement accessible. Typique : cost_nearest d&apos;Accessibilité aux soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="88"/>
        <source>Access threshold in minutes: a unit whose nearest facility is farther (or that reaches none) has low access; a unit exactly at the threshold has access. Typical: 10 minutes walking to childcare, as in the accessibility run.</source>
        <translation>Seuil d&apos;accès en minutes : une unité dont l&apos;établissement le plus proche est plus loin (ou qui n&apos;en atteint aucun) a un faible accès ; une unité exactement au seuil a accès. Typique : 10 minutes à pied jusqu&apos;à l&apos;accueil de la petite enfance, comme dans le calcul d&apos;accessibilité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="89"/>
        <source>How the high-demand cut-off is taken from the z-scores of demand (the positive ones of the city; all of a district&apos;s with districts): the median, the mean, or the mean plus one standard deviation (stricter). Typical: the median (Care Georeferencing Tool).</source>
        <translation>Comment le seuil de forte demande est tiré des scores z de la demande (les scores positifs de la ville ; tous ceux d&apos;un district avec des districts) : la médiane, la moyenne, ou la moyenne plus un écart-type (plus strict). Typique : la médiane (Care Georeferencing Tool).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="90"/>
        <source>Optional field naming each unit&apos;s district: the high-demand cut-off is then taken within each district, and a summary per district is written. Without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Champ facultatif indiquant le district de chaque unité : le seuil de forte demande est alors calculé au sein de chaque district, et un résumé par district est écrit. Sans lui, des polygones de district donnent à chaque unité le district où elle se trouve. Typique : district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="91"/>
        <source>If checked (polygon units only), units larger than most get a longer access threshold, the more so the larger and the emptier they are (see the three large-unit settings). Typical: unchecked in cities, checked for rural areas.</source>
        <translation>Si coché (unités polygonales seulement), les unités plus grandes que la plupart reçoivent un seuil d&apos;accès plus long, d&apos;autant plus qu&apos;elles sont grandes et peu peuplées (voir les trois réglages des grandes unités). Typique : non coché en ville, coché pour les zones rurales.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="92"/>
        <source>Minutes added to the threshold of a large unit per step of log1p(area in m2) above the large-unit area. Typical: 5.</source>
        <translation>Minutes ajoutées au seuil d&apos;une grande unité par pas de log1p(surface en m2) au-delà de la surface d&apos;une grande unité. Typique : 5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="93"/>
        <source>Minutes added to the threshold of a large unit, divided by log1p(people per km2): sparse units get more. Typical: 10.</source>
        <translation>Minutes ajoutées au seuil d&apos;une grande unité, divisées par log1p(personnes par km2) : les unités peu peuplées en reçoivent plus. Typique : 10.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="94"/>
        <source>Share of units (0-1) smaller than a large unit: units with an area above this quantile of all areas count as large. Typical: 0.8.</source>
        <translation>Part des unités (0-1) plus petites qu&apos;une grande unité : les unités dont la surface dépasse ce quantile de toutes les surfaces comptent comme grandes. Typique : 0.8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="95"/>
        <source>Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Leave it empty to compute public transport times from a feed instead. Typical: empty, or transit minutes.</source>
        <translation>Champ facultatif avec le temps de trajet en minutes par un second mode (p. ex. transports en commun ; converti comme le premier coût) ; les déserts accessibles par ce mode reçoivent desert_type 2. Laissez-le vide pour calculer plutôt les temps en transports en commun à partir d&apos;un flux. Typique : vide, ou minutes en transports en commun.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="96"/>
        <source>Optional layer of the care facilities, points or polygons: with a public transport feed, the second mode&apos;s travel time is computed from each unit to its nearest facility by public transport. Typical: the same facilities as in the accessibility run (e.g. only those of the target group).</source>
        <translation>Couche facultative des établissements de soins, points ou polygones : avec un flux de transports en commun, le temps de trajet du second mode est calculé de chaque unité jusqu&apos;à son établissement le plus proche en transports en commun. Typique : les mêmes établissements que dans le calcul d&apos;accessibilité (p. ex. seulement ceux du groupe cible).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="97"/>
        <source>Walking speed in km/h of the walks to, from and between stops, and of walking the whole way. Typical: 5.04 km/h.</source>
        <translation>Vitesse de marche en km/h des trajets à pied vers les arrêts, depuis les arrêts et entre les arrêts, et de la marche sur tout le trajet. Typique : 5.04 km/h.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="98"/>
        <source>How much longer the walks to, from and between stops are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation>De combien les trajets à pied vers les arrêts, depuis les arrêts et entre les arrêts sont plus longs que la ligne droite (longueur du trajet / distance directe, au moins 1). Typique : 1.3 dans un quadrillage urbain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="99"/>
        <source>Access threshold in minutes for the second mode. Typical: 30 minutes by public transport.</source>
        <translation>Seuil d&apos;accès en minutes pour le second mode. Typique : 30 minutes en transports en commun.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="100"/>
        <source>Optional 0/1 field saying whether a facility open in a caregivers&apos; time window is within reach, as Accessibility to care writes it for each time window (covered_&lt;label&gt;); units with high demand and care within reach at some hour but none open in the window get temporal_desert = 1. Typical: covered_evening.</source>
        <translation>Champ 0/1 facultatif indiquant si un établissement ouvert pendant une plage horaire des personnes aidantes est à portée, tel qu&apos;Accessibilité aux soins l&apos;écrit pour chaque plage horaire (covered_&lt;label&gt;) ; les unités à forte demande avec des soins à portée à une certaine heure mais aucun ouvert pendant la plage reçoivent temporal_desert = 1. Typique : covered_evening.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="101"/>
        <source>The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type; with a caregivers&apos; window also temporal_desert.</source>
        <translation>Les unités avec z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert et desert_type ; avec une plage horaire des personnes aidantes, aussi temporal_desert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="102"/>
        <source>Table per district (one row &apos;all&apos; without districts): units, deserts, population, population_in_deserts and share. Typical: a temporary layer.</source>
        <translation>Tableau par district (une ligne &apos;all&apos; sans districts) : units, deserts, population, population_in_deserts et share. Typique : une couche temporaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="103"/>
        <source>Number of units flagged as care deserts (desert = 1).</source>
        <translation>Nombre d&apos;unités signalées comme déserts de soins (desert = 1).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="104"/>
        <location filename="../processing/algorithms/carepipeline.py" line="113"/>
        <source>Share (0 to 1) of the demand living in care deserts; None when there is no demand.</source>
        <translation>Part (0 à 1) de la demande vivant dans des déserts de soins ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="109"/>
        <location filename="../processing/algorithms/caregaps.py" line="91"/>
        <source>Demand units</source>
        <translation>Unités de demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="110"/>
        <location filename="../processing/algorithms/caregaps.py" line="92"/>
        <source>Demand field (people)</source>
        <translation>Champ de demande (personnes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="111"/>
        <source>Travel time to the nearest facility (minutes; NULL = unreachable)</source>
        <translation>Temps de trajet jusqu&apos;à l&apos;établissement le plus proche (minutes ; NULL = inaccessible)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="113"/>
        <source>Access threshold (minutes)</source>
        <translation>Seuil d&apos;accès (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="115"/>
        <source>High-demand threshold rule</source>
        <translation>Règle du seuil de forte demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="117"/>
        <source>District field (high demand judged per district)</source>
        <translation>Champ de district (forte demande évaluée par district)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="121"/>
        <source>Longer threshold for large units (polygons)</source>
        <translation>Seuil plus long pour les grandes unités (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="123"/>
        <source>Large units: minutes added per step of log1p(area) (beta)</source>
        <translation>Grandes unités : minutes ajoutées par pas de log1p(surface) (bêta)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="125"/>
        <source>Large units: minutes added for low density (gamma)</source>
        <translation>Grandes unités : minutes ajoutées pour une faible densité (gamma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="127"/>
        <source>Large units: area quantile above which a unit is large (0-1)</source>
        <translation>Grandes unités : quantile de surface au-delà duquel une unité est grande (0-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="130"/>
        <source>Travel time by a second mode (minutes)</source>
        <translation>Temps de trajet par un second mode (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="132"/>
        <source>Access threshold of the second mode (minutes)</source>
        <translation>Seuil d&apos;accès du second mode (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="135"/>
        <source>Care facilities (for the times by public transport)</source>
        <translation>Établissements de soins (pour les temps en transports en commun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="139"/>
        <source>Public transport: walking speed (km/h)</source>
        <translation>Transports en commun : vitesse de marche (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="142"/>
        <source>Public transport: detour factor of the walks (route / straight distance)</source>
        <translation>Transports en commun : facteur de détour des trajets à pied (trajet / distance directe)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="145"/>
        <source>Covered in a caregivers&apos; time window (0/1, e.g. covered_evening)</source>
        <translation>Couvert pendant une plage horaire des personnes aidantes (0/1, p. ex. covered_evening)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="150"/>
        <location filename="../processing/algorithms/carepipeline.py" line="191"/>
        <source>Care deserts by district</source>
        <translation>Déserts de soins par district</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="153"/>
        <location filename="../processing/algorithms/carepipeline.py" line="206"/>
        <source>Number of care deserts</source>
        <translation>Nombre de déserts de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="154"/>
        <location filename="../processing/algorithms/carepipeline.py" line="207"/>
        <location filename="../processing/algorithms/report.py" line="156"/>
        <source>Share of demand in care deserts</source>
        <translation>Part de la demande dans les déserts de soins</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="170"/>
        <location filename="../processing/layer_io/readers.py" line="71"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL value(s); fill or filter them first.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeur NULL ; complétez-la ou filtrez-la d&apos;abord.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeurs NULL ; complétez-les ou filtrez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="174"/>
        <source>{0} needs polygons (their areas), but layer {1} has points: untick it, or use a polygon layer.</source>
        <translation>{0} nécessite des polygones (leurs surfaces), mais la couche {1} contient des points : décochez cette option, ou utilisez une couche de polygones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="186"/>
        <source>%n unit(s) with a NULL cost, counted as reaching no facility (low access).</source>
        <translation>
            <numerusform>%n unité avec un coût NULL, comptée comme n&apos;atteignant aucun établissement (faible accès).</numerusform>
            <numerusform>%n unités avec un coût NULL, comptées comme n&apos;atteignant aucun établissement (faible accès).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="189"/>
        <source>No demand: every unit of layer {0} has zero demand in &apos;{1}&apos;; no unit is high demand and the desert share is NULL.</source>
        <translation>Pas de demande : toutes les unités de la couche {0} ont une demande nulle dans &apos;{1}&apos; ; aucune unité n&apos;est en forte demande et la part en désert est NULL.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="192"/>
        <source>No variation: demand in &apos;{0}&apos; of layer {1} is the same in every unit (std 0), so z = 0 and no unit is high demand.</source>
        <translation>Pas de variation : la demande dans &apos;{0}&apos; de la couche {1} est identique dans toutes les unités (écart-type 0), donc z = 0 et aucune unité n&apos;est en forte demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="225"/>
        <source>{0} of {1} units are care deserts, home to {2:.0f} people ({3} of demand).</source>
        <translation>{0} unités sur {1} sont des déserts de soins, où vivent {2:.0f} personnes ({3} de la demande).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="226"/>
        <location filename="../processing/algorithms/siting.py" line="406"/>
        <location filename="../processing/report_text.py" line="271"/>
        <location filename="../ui/figures.py" line="121"/>
        <source>no demand</source>
        <translation>pas de demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="228"/>
        <source>Large-unit cut-off A_q = {0:.0f} m2.</source>
        <translation>Seuil des grandes unités A_q = {0:.0f} m2.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="240"/>
        <source>The second mode is either a field of travel times ({0}) or computed from a public transport feed ({1}): choose one of them.</source>
        <translation>Le second mode est soit un champ de temps de trajet ({0}), soit calculé à partir d&apos;un flux de transports en commun ({1}) : choisissez l&apos;un des deux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="244"/>
        <source>Travel times by public transport need the care facilities they lead to: choose them in {0}.</source>
        <translation>Les temps de trajet en transports en commun ont besoin des établissements de soins auxquels ils mènent : choisissez-les dans {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="257"/>
        <source>%n unit(s) with no facility of layer {0} within {1:g} minutes by public transport: cost_transit is NULL.</source>
        <translation>
            <numerusform>%n unité sans établissement de la couche {0} à {1:g} minutes ou moins en transports en commun : cost_transit est NULL.</numerusform>
            <numerusform>%n unités sans établissement de la couche {0} à {1:g} minutes ou moins en transports en commun : cost_transit est NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="266"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n value(s) other than 0 and 1; choose the covered field that Accessibility to care writes for a time window.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeur autre que 0 et 1 ; choisissez le champ covered qu&apos;Accessibilité aux soins écrit pour une plage horaire.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeurs autres que 0 et 1 ; choisissez le champ covered qu&apos;Accessibilité aux soins écrit pour une plage horaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="271"/>
        <source>%n unit(s) of layer {0} with a NULL &apos;{1}&apos;: temporal_desert is NULL.</source>
        <translation>
            <numerusform>%n unité de la couche {0} avec &apos;{1}&apos; NULL : temporal_desert est NULL.</numerusform>
            <numerusform>%n unités de la couche {0} avec &apos;{1}&apos; NULL : temporal_desert est NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="274"/>
        <source>%n unit(s) with high demand reach care at some hour but none open in the window of &apos;{0}&apos;: temporal care deserts.</source>
        <translation>
            <numerusform>%n unité à forte demande atteint des soins à une certaine heure mais aucun ouvert pendant la plage de &apos;{0}&apos; : désert de soins temporel.</numerusform>
            <numerusform>%n unités à forte demande atteignent des soins à une certaine heure mais aucun ouvert pendant la plage de &apos;{0}&apos; : déserts de soins temporels.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="41"/>
        <location filename="../processing/algorithms/caregaps.py" line="109"/>
        <source>Care gaps</source>
        <translation>Écarts de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="43"/>
        <source>care,gap,unmet demand,coverage,shortfall,target,district</source>
        <translation>soins,écart,demande non satisfaite,couverture,déficit,objectif,district</translation>
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
        <translation>Combien d&apos;enfants (ou de personnes âgées, ou de tout autre groupe compté) restent sans place de soins à portée, et combien de places manquent pour atteindre un objectif de politique publique, îlot par îlot et district par district ?

Comment lire les résultats :
- Écarts de soins (une ligne par unité, avec ses propres champs) : coverage = places à portée pour 100 personnes ; unmet = personnes sans place (personnes moins les places qu&apos;elles peuvent atteindre, jamais sous 0) ; required = places demandées par l&apos;objectif ; shortfall = places manquantes pour atteindre l&apos;objectif ; surplus = places au-delà de l&apos;objectif ; below_target = 1 là où l&apos;unité n&apos;atteint pas l&apos;objectif. Avec des ratios d&apos;accessibilité, places = les places à portée de l&apos;unité. Avec des polygones de district et sans champ de district, le champ district indique dans quel district se trouve chaque unité.
- Écarts de soins par district : les mêmes sommes par district (une ligne &apos;all&apos; sans districts), avec units_below_target et people_below_target.
- Résumé sur les polygones de district : ce tableau joint aux polygones de district par nom, pour le cartographier (produit quand des polygones de district sont fournis).

Exemple : dans la ville de démonstration du tutoriel, avec l&apos;accessibilité à 10 minutes à pied des enfants de 0-5 ans et un objectif d&apos;une place pour trois enfants (0,33), environ 83 800 enfants n&apos;ont aucune place à portée et il manque à la ville environ 19 100 places, dont 5 100 à El Porvenir ; la couverture va de 139 places pour 100 enfants à Centro à 13 à Las Américas. À la main : 90 enfants avec un accès de 0,20 atteignent 18 places : coverage 20, unmet 72 ; l&apos;objectif demande 30 places, le déficit est donc de 12.

Objectifs par tranche d&apos;âge : une politique fixe souvent un objectif par tranche d&apos;âge, p. ex. le plan national d&apos;éducation du Brésil (PNE, meta 1) : crèche pour 50 % des enfants de 0-3 ans et préscolaire pour 100 % des enfants de 4-5 ans. « Objectifs par tranche d&apos;âge » &apos;p_0_3:0.5;p_4_5:1.0&apos; demande 0,5 place par enfant compté dans p_0_3 plus 1 par enfant dans p_4_5, et remplace l&apos;objectif unique de politique publique.

Mises en garde : les écarts ne valent que ce que vaut l&apos;accessibilité qu&apos;ils lisent : les unités proches du bord de la zone d&apos;étude peuvent manquer des établissements situés juste à l&apos;extérieur. Les unités sans district (NULL) gardent leurs champs mais sont exclues du résumé par district (avertissement) ; des valeurs NULL de personnes ou d&apos;offre sont une erreur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="75"/>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care.</source>
        <translation>Couche des unités de demande, points ou polygones, p. ex. îlots de recensement. Typique : la sortie demande d&apos;Accessibilité aux soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="77"/>
        <source>Numeric field with the care places each unit can reach, as a number of places or as places per person (see &apos;Supply field holds&apos;). Typical: access from Accessibility to care.</source>
        <translation>Champ numérique avec les places de soins que chaque unité peut atteindre, en nombre de places ou en places par personne (voir « Le champ d&apos;offre contient »). Typique : access d&apos;Accessibilité aux soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="78"/>
        <source>What the supply field holds: a number of places, or an accessibility ratio in places per person (places = ratio x people). Typical: the accessibility ratio, with the access field.</source>
        <translation>Ce que contient le champ d&apos;offre : un nombre de places, ou un ratio d&apos;accessibilité en places par personne (places = ratio x personnes). Typique : le ratio d&apos;accessibilité, avec le champ access.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="79"/>
        <source>Policy target in places per person, for the required places and the shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2).</source>
        <translation>Objectif de politique publique en places par personne, pour les places requises et le déficit (0 = pas d&apos;objectif). Typique : 0.333 (une place pour 3 enfants de 0-2 ans).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="80"/>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Objectifs facultatifs par tranche d&apos;âge, sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque champ étant un effectif de personnes de cette tranche dans les unités de demande ; places requises = somme de ratio x effectif, en remplacement de l&apos;objectif unique de politique publique. Typique : &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE du Brésil : 50 % des enfants de 0-3 ans en crèche, 100 % des 4-5 ans en préscolaire).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="81"/>
        <source>Optional field naming each unit&apos;s district, for the summary per district. Without it, district polygons give each unit the district it lies in; without either, the summary has one row &apos;all&apos;. Typical: district.</source>
        <translation>Champ facultatif indiquant le district de chaque unité, pour le résumé par district. Sans lui, des polygones de district donnent à chaque unité le district où elle se trouve ; sans l&apos;un ni l&apos;autre, le résumé a une seule ligne &apos;all&apos;. Typique : district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="82"/>
        <source>The units with coverage, unmet, required, shortfall, surplus and below_target.</source>
        <translation>Les unités avec coverage, unmet, required, shortfall, surplus et below_target.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="83"/>
        <source>Table per district (one row &apos;all&apos; without districts): people, places, coverage, unmet, shortfall and people below the target. Typical: a temporary layer.</source>
        <translation>Tableau par district (une ligne &apos;all&apos; sans districts) : personnes, places, couverture, demande non satisfaite, déficit et personnes sous l&apos;objectif. Typique : une couche temporaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="84"/>
        <source>Sum of the people of all units.</source>
        <translation>Somme des personnes de toutes les unités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="85"/>
        <source>Sum of unmet over the units: the people without a place within reach (one place per person).</source>
        <translation>Somme de unmet sur les unités : les personnes sans place à portée (une place par personne).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="86"/>
        <source>Places within reach per 100 people, over all units; None when there are no people.</source>
        <translation>Places à portée pour 100 personnes, sur l&apos;ensemble des unités ; None s&apos;il n&apos;y a personne.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="94"/>
        <source>Accessible supply field</source>
        <translation>Champ de l&apos;offre accessible</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="99"/>
        <source>Supply field holds</source>
        <translation>Le champ d&apos;offre contient</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="100"/>
        <location filename="../processing/algorithms/carepipeline.py" line="139"/>
        <location filename="../processing/algorithms/report.py" line="108"/>
        <location filename="../ui/dock.py" line="130"/>
        <source>District field</source>
        <translation>Champ de district</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="104"/>
        <location filename="../processing/algorithms/report.py" line="122"/>
        <source>Policy target (places per person; 0 = none)</source>
        <translation>Objectif de politique publique (places par personne ; 0 = aucun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="106"/>
        <location filename="../processing/algorithms/carepipeline.py" line="173"/>
        <location filename="../processing/algorithms/report.py" line="125"/>
        <source>Targets per age band (field:ratio;...; replaces the policy target)</source>
        <translation>Objectifs par tranche d&apos;âge (champ:ratio;... ; remplace l&apos;objectif de politique publique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="111"/>
        <source>Care gaps by district</source>
        <translation>Écarts de soins par district</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="114"/>
        <location filename="../processing/algorithms/carepipeline.py" line="201"/>
        <source>Total demand</source>
        <translation>Demande totale</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="115"/>
        <source>Total unmet demand</source>
        <translation>Demande non satisfaite totale</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="116"/>
        <location filename="../processing/algorithms/carepipeline.py" line="204"/>
        <source>Coverage (places per 100 people)</source>
        <translation>Couverture (places pour 100 personnes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="135"/>
        <source>No demand: every unit of layer {0} has zero demand in &apos;{1}&apos;, so coverage is NULL everywhere.</source>
        <translation>Pas de demande : toutes les unités de la couche {0} ont une demande nulle dans &apos;{1}&apos;, donc la couverture est NULL partout.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="138"/>
        <source>No capacity: no unit of layer {0} has accessible supply in &apos;{1}&apos;.</source>
        <translation>Pas de capacité : aucune unité de la couche {0} n&apos;a d&apos;offre accessible dans &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="145"/>
        <source>Targets per age band: {0} places per person; {1} is not used.</source>
        <translation>Objectifs par tranche d&apos;âge : {0} places par personne ; {1} n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="177"/>
        <source>Total demand {0:.0f}, accessible places {1:.0f}, unmet demand {2:.0f}.</source>
        <translation>Demande totale {0:.0f}, places accessibles {1:.0f}, demande non satisfaite {2:.0f}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caregaps.py" line="192"/>
        <source>{0}: %n field(s) not in layer {2}: {1}. Name fields of that layer with the people of each age band; its fields are: {3}.</source>
        <translation>
            <numerusform>{0} : %n champ absent de la couche {2} : {1}. Indiquez des champs de cette couche contenant les personnes de chaque tranche d&apos;âge ; ses champs sont : {3}.</numerusform>
            <numerusform>{0} : %n champs absents de la couche {2} : {1}. Indiquez des champs de cette couche contenant les personnes de chaque tranche d&apos;âge ; ses champs sont : {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="37"/>
        <source>Care map in one run</source>
        <translation>Carte des soins en une seule exécution</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="39"/>
        <source>pipeline,workflow,care map,supply,demand,accessibility,gaps,deserts,priority,report</source>
        <translation>chaîne,flux de travail,carte des soins,offre,demande,accessibilité,écarts,déserts,priorité,rapport</translation>
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

Example: on the demo city of the tutorial (children 0-5, a 10-minute walk, one place per three children), the chain gives the numbers of the tutorial&apos;s steps 2 to 9 in one run: about 90% of the children have a facility within 10 minutes, and 7.5% of them live in care deserts.

Caveats: each step uses its defaults except what is set here; open the single algorithms to change the others (the same chain ships as a Graphical Modeler model, models/care_map.model3). Units near the edge of the study area may miss facilities just outside it.</source>
        <translation>Toute la carte des soins en une seule exécution : des couches d&apos;établissements et des îlots de recensement jusqu&apos;aux endroits où les soins manquent et aux îlots à traiter en premier. Elle exécute, avec une seule barre de progression : 1) l&apos;inventaire de l&apos;offre de soins des couches d&apos;établissements (correspondances de champs, nettoyage, doublons, places équivalent temps plein) ; 2) la demande de soins des îlots à partir de leurs champs par tranche d&apos;âge (p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; avec des poids égaux donne les enfants de 0-5 ans ; l&apos;échelle de Madrid donne des unités de soins pour tout le monde) ; 3) l&apos;accessibilité aux soins, éventuellement seulement aux établissements d&apos;un groupe cible ; 4) les écarts de soins par rapport à l&apos;objectif de politique publique (ou aux objectifs par tranche d&apos;âge) ; 5) les déserts de soins (par district) ; 6) l&apos;indice de priorité des soins à partir de la demande non satisfaite, du faible accès et des champs de vulnérabilité ; éventuellement 7) le rapport HTML (et PDF).

Comment lire les résultats :
- Unités de la carte des soins : les îlots avec tous les indicateurs : care_demand (personnes), access (places par personne à portée), cost_nearest (minutes jusqu&apos;à l&apos;établissement le plus proche), covered, coverage (places pour 100 personnes), unmet (personnes sans place), desert (0/1), priority et priority_quintile (5 = les 20 % prioritaires).
- Inventaire de l&apos;offre de soins : les établissements retenus, avec capacity_fde (places équivalent temps plein).
- Établissements avec ratio de zone de desserte : places par personne à portée de chaque établissement.
- Déserts de soins par district : unités, déserts, population et part par district.
- Avec les horaires d&apos;ouverture des établissements et les plages horaires des personnes aidantes (Paramètres avancés), les unités reçoivent aussi access_&lt;label&gt; et covered_&lt;label&gt; par plage, ainsi que temporal_desert (1 = des soins à portée à une certaine heure, mais aucun établissement ouvert pendant la plage choisie), et le rapport indique la part couverte dans chaque plage.

Exemple : sur la ville de démonstration du tutoriel (enfants de 0-5 ans, 10 minutes à pied, une place pour trois enfants), la chaîne donne en une seule exécution les chiffres des étapes 2 à 9 du tutoriel : environ 90 % des enfants ont un établissement à moins de 10 minutes, et 7,5 % d&apos;entre eux vivent dans des déserts de soins.

Mises en garde : chaque étape utilise ses valeurs par défaut, sauf ce qui est réglé ici ; ouvrez les algorithmes individuels pour modifier les autres (la même chaîne est fournie comme modèle du modeleur graphique, models/care_map.model3). Les unités proches du bord de la zone d&apos;étude peuvent manquer des établissements situés juste à l&apos;extérieur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="70"/>
        <source>Care facility layers to merge into the inventory (registries, surveys, crowd maps, OpenStreetMap). Typical: the official registry and a crowd-mapped layer.</source>
        <translation>Couches de services de soins à fusionner dans l&apos;inventaire (registres, enquêtes, cartographies participatives, OpenStreetMap). Typique : le registre officiel et une couche de cartographie participative.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="71"/>
        <source>One field mapping per facility layer, in the order of the layers, separated by &apos;|&apos;, as in Care supply inventory. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation>Une correspondance de champs par couche d&apos;établissements, dans l&apos;ordre des couches, séparées par &apos;|&apos;, comme dans Inventaire de l&apos;offre de soins. Typique : name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="72"/>
        <source>Source names, most trusted first, separated by commas; decides which duplicate is kept. Typical: &apos;registry,survey,osm&apos;.</source>
        <translation>Noms des sources, la plus fiable d&apos;abord, séparés par des virgules ; décide quel doublon est conservé. Typique : &apos;registry,survey,osm&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="73"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="83"/>
        <source>Service types to keep, separated by commas; empty = keep all. Typical: &apos;childcare,preschool&apos;.</source>
        <translation>Types de service à conserver, séparés par des virgules ; vide = tout conserver. Typique : &apos;childcare,preschool&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="74"/>
        <source>Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: &apos;cerrad|closed&apos;.</source>
        <translation>Expression régulière cherchée dans le nom (sans tenir compte de la casse ni des accents) ; les enregistrements correspondants sont écartés. Typique : &apos;cerrad|closed&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="75"/>
        <source>Demand units (polygons or points) with age-band population fields. Typical: census blocks.</source>
        <translation>Unités de demande (polygones ou points) avec des champs de population par tranche d&apos;âge. Typique : îlots de recensement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="76"/>
        <source>Age-band fields of the demand units that make up the group, as field:band items separated by &apos;;&apos;. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5.</source>
        <translation>Champs par tranche d&apos;âge des unités de demande qui forment le groupe, sous forme d&apos;éléments champ:tranche séparés par &apos;;&apos;. Typique : &apos;p_0_2:0-2;p_3_5:3-5&apos; pour les enfants de 0-5 ans.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="77"/>
        <source>Equal weights count people; the Madrid scale (Durán) counts care units. Typical: equal weights for one group.</source>
        <translation>Des poids égaux comptent les personnes ; l&apos;échelle de Madrid (Durán) compte des unités de soins. Typique : poids égaux pour un seul groupe.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="78"/>
        <source>Optional numeric field of the demand units with the potential caregivers, for care intensity. Typical: women 15-64.</source>
        <translation>Champ numérique facultatif des unités de demande avec les personnes aidantes potentielles, pour l&apos;intensité de soins. Typique : femmes de 15-64 ans.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="79"/>
        <source>Optional field of the demand units naming each unit&apos;s district, for care deserts and summaries by district; without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Champ facultatif des unités de demande indiquant le district de chaque unité, pour les déserts de soins et les résumés par district ; sans lui, des polygones de district donnent à chaque unité le district où elle se trouve. Typique : district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="80"/>
        <source>Optional polygon layer of districts: when the demand units have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city.</source>
        <translation>Couche facultative de polygones de districts : quand les unités de demande n&apos;ont pas de champ de district, chaque unité reçoit le district dans lequel se trouve son point intérieur (écrit dans le champ district des unités), pour les déserts de soins et les résumés par district. Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="81"/>
        <location filename="../processing/algorithms/equity.py" line="81"/>
        <source>Field of the district polygons with the district names. Typical: district, or the locality name.</source>
        <translation>Champ des polygones de district avec les noms des districts. Typique : district, ou le nom de la localité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="82"/>
        <source>Only facilities whose target_group is this value (or &apos;all&apos;) are counted; empty = all. Typical: children.</source>
        <translation>Seuls les services dont target_group vaut cette valeur (ou &apos;all&apos;) sont comptés ; vide = tous. Typique : children.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="83"/>
        <source>How travel costs are measured: the straight-line distance times the detour factor, or shortest paths on the road network. Typical: the road network when a street layer is available.</source>
        <translation>Comment les coûts de trajet sont mesurés : la distance à vol d&apos;oiseau multipliée par le facteur de détour, ou les plus courts chemins sur le réseau routier. Typique : le réseau routier quand une couche de rues est disponible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="84"/>
        <source>Road or footpath line layer, needed for costs on the road network. Typical: the OpenStreetMap streets of the city.</source>
        <translation>Couche de lignes de rues ou de chemins, nécessaire pour les coûts sur le réseau routier. Typique : les rues OpenStreetMap de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="85"/>
        <source>Travel speed in km/h, to turn metres into minutes. Typical: 5.04 km/h walking.</source>
        <translation>Vitesse de déplacement en km/h, pour convertir les mètres en minutes. Typique : 5.04 km/h à pied.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="86"/>
        <source>For straight-line costs, how much longer real routes are than the straight line (at least 1). Typical: 1.3.</source>
        <translation>Pour les coûts à vol d&apos;oiseau, de combien les trajets réels sont plus longs que la ligne droite (au moins 1). Typique : 1.3.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="87"/>
        <source>Catchment threshold in minutes, for accessibility and care deserts. Typical: 10 minutes walking to childcare.</source>
        <translation>Seuil de la zone de desserte en minutes, pour l&apos;accessibilité et les déserts de soins. Typique : 10 minutes à pied jusqu&apos;à l&apos;accueil de la petite enfance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="88"/>
        <source>Accessibility measure (see Accessibility to care). Typical: the two-step floating catchment (2SFCA).</source>
        <translation>Mesure d&apos;accessibilité (voir Accessibilité aux soins). Typique : la zone de desserte flottante à deux étapes (2SFCA).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="89"/>
        <source>Optional name of the text field of the facility layers with their opening hours in OpenStreetMap&apos;s form (e.g. &apos;Mo-Fr 08:00-17:00&apos;), joined to the inventory and used with the time windows; an empty value = always open. Typical: opening_hours.</source>
        <translation>Nom facultatif du champ texte des couches d&apos;établissements contenant leurs horaires d&apos;ouverture dans la forme d&apos;OpenStreetMap (p. ex. &apos;Mo-Fr 08:00-17:00&apos;), joint à l&apos;inventaire et utilisé avec les plages horaires ; une valeur vide = toujours ouvert. Typique : opening_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="90"/>
        <source>Optional times of the week when caregivers need care, as label=hours items separated by &apos;|&apos;; the units get access_&lt;label&gt; and covered_&lt;label&gt; for each window, and the report says the share covered in each. Typical: &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>Moments facultatifs de la semaine où les personnes aidantes ont besoin de soins, sous forme d&apos;éléments libellé=horaires séparés par &apos;|&apos; ; les unités reçoivent access_&lt;label&gt; et covered_&lt;label&gt; pour chaque plage, et le rapport indique la part couverte dans chacune. Typique : &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="91"/>
        <source>Label of the time window in which care deserts are also looked for in time: units with high demand and care within reach at some hour, but none open in that window, get temporal_desert = 1; empty = the first time window. Typical: evening.</source>
        <translation>Libellé de la plage horaire dans laquelle les déserts de soins sont aussi recherchés dans le temps : les unités à forte demande avec des soins à portée à une certaine heure, mais aucun établissement ouvert pendant cette plage, reçoivent temporal_desert = 1 ; vide = la première plage horaire. Typique : evening.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="92"/>
        <source>With a public transport feed, care deserts get a second mode: walking first, public transport second (walks at the speed and detour factor above, for the facilities of the target group); a desert reachable by public transport within this many minutes is type 2, else type 1, and each unit gets cost_transit. Typical: 30 minutes.</source>
        <translation>Avec un flux de transports en commun, les déserts de soins reçoivent un second mode : la marche d&apos;abord, les transports en commun ensuite (trajets à pied à la vitesse et avec le facteur de détour ci-dessus, vers les établissements du groupe cible) ; un désert accessible en transports en commun dans ce nombre de minutes est de type 2, sinon de type 1, et chaque unité reçoit cost_transit. Typique : 30 minutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="93"/>
        <source>Policy target in places per person, for the care gaps. Typical: 0.333 (one place per 3 children).</source>
        <translation>Objectif politique en places par personne, pour les écarts de soins. Typique : 0.333 (une place pour 3 enfants).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="94"/>
        <source>Optional targets per age band for the care gaps, as field:ratio items separated by &apos;;&apos;, each field one of the age-band fields of the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Objectifs facultatifs par tranche d&apos;âge pour les écarts de soins, sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque champ étant l&apos;un des champs par tranche d&apos;âge des unités de demande ; places requises = somme de ratio x effectif, en remplacement de l&apos;objectif unique de politique publique. Typique : &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE du Brésil : 50 % des enfants de 0-3 ans en crèche, 100 % des 4-5 ans en préscolaire).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="95"/>
        <source>Optional numeric fields of the demand units added to the priority index (higher = more vulnerable), with the same weight as unmet demand and low access. Typical: poverty rate, female-headed households.</source>
        <translation>Champs numériques facultatifs des unités de demande ajoutés à l&apos;indice de priorité (plus élevé = plus vulnérable), avec le même poids que la demande non satisfaite et le faible accès. Typique : taux de pauvreté, ménages dirigés par une femme.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="96"/>
        <source>If checked, the HTML report (and the PDF, if a PDF file is given) is written. Typical: checked for the final run.</source>
        <translation>Si coché, le rapport HTML (et le PDF, si un fichier PDF est indiqué) est écrit. Typique : coché pour le calcul final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="97"/>
        <source>Title of the report. Typical: &apos;Childcare in Ciudad Demo&apos;.</source>
        <translation>Titre du rapport. Typique : &apos;Accueil des jeunes enfants à Ciudad Demo&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="98"/>
        <location filename="../processing/algorithms/report.py" line="87"/>
        <source>Who the demand is, in the plural, as the report&apos;s sentences will read it. Typical: &apos;children under 6&apos;.</source>
        <translation>Qui constitue la demande, au pluriel, tel que les phrases du rapport le liront. Typique : &apos;enfants de moins de 6 ans&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="99"/>
        <location filename="../processing/algorithms/report.py" line="88"/>
        <source>What the service is, as the report&apos;s sentences will read it. Typical: &apos;a childcare place&apos;.</source>
        <translation>Ce qu&apos;est le service, tel que les phrases du rapport le liront. Typique : &apos;une place en crèche&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="100"/>
        <source>The care supply inventory (as caremap:supplyinventory writes it).</source>
        <translation>L&apos;inventaire de l&apos;offre de soins (tel que l&apos;écrit caremap:supplyinventory).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="101"/>
        <source>The units with every indicator: care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority and more.</source>
        <translation>Les unités avec tous les indicateurs : care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority et d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="102"/>
        <source>The facilities with their catchment ratio (places per person within reach).</source>
        <translation>Les services avec leur ratio de zone de desserte (places par personne à portée).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="103"/>
        <source>Table of care deserts by district (with a district field or district polygons). Typical: a temporary layer.</source>
        <translation>Tableau des déserts de soins par district (avec un champ de district ou des polygones de district). Typique : une couche temporaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="104"/>
        <source>HTML report file, written when the report is asked for.</source>
        <translation>Fichier du rapport HTML, écrit quand le rapport est demandé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="105"/>
        <source>Optional PDF of the report, made with a QGIS print layout.</source>
        <translation>PDF facultatif du rapport, produit avec une mise en page d&apos;impression QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="106"/>
        <source>Number of facilities in the inventory (after cleaning and de-duplication).</source>
        <translation>Nombre d&apos;établissements dans l&apos;inventaire (après nettoyage et dédoublonnage).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="107"/>
        <source>Sum of care_demand over the units.</source>
        <translation>Somme de care_demand sur les unités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="108"/>
        <source>Share (0 to 1) of the demand in units with at least one facility within the catchment threshold; None when there is no demand.</source>
        <translation>Part (0 à 1) de la demande dans les unités ayant au moins un établissement dans le seuil de la zone de desserte ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="109"/>
        <source>Demand-weighted mean access (places per person within reach, for the floating-catchment methods); None when there is no demand.</source>
        <translation>Accès moyen pondéré par la demande (places par personne à portée, pour les méthodes à zone de desserte flottante) ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="110"/>
        <source>Places within reach per 100 people of demand; None when there is no demand.</source>
        <translation>Places à portée pour 100 personnes de demande ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="111"/>
        <source>People without a place within reach (sum of unmet: max(0, demand - places) per unit).</source>
        <translation>Personnes sans place à portée (somme de unmet : max(0, demande - places) par unité).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="112"/>
        <source>Number of units that are care deserts.</source>
        <translation>Nombre d&apos;unités qui sont des déserts de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="121"/>
        <source>Field mappings, one per facility layer, separated by |</source>
        <translation>Correspondances de champs, une par couche d&apos;établissements, séparées par |</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="124"/>
        <source>Source priority (most trusted first)</source>
        <translation>Priorité des sources (la plus fiable d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="126"/>
        <source>Service type whitelist (empty = all)</source>
        <translation>Liste blanche des types de service (vide = tous)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="128"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="114"/>
        <source>Name blacklist (regular expression)</source>
        <translation>Liste noire de noms (expression régulière)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="130"/>
        <source>Demand units (census blocks, grid cells)</source>
        <translation>Unités de demande (îlots de recensement, cellules de grille)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="133"/>
        <source>Age-band fields of the cohort (field:band;...)</source>
        <translation>Champs par tranche d&apos;âge de la cohorte (champ:tranche;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="134"/>
        <source>Demand weights</source>
        <translation>Poids de la demande</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="142"/>
        <source>Only facilities for this target group (empty = all)</source>
        <translation>Seulement les établissements pour ce groupe cible (vide = tous)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="143"/>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="145"/>
        <source>Road network (for network costs)</source>
        <translation>Réseau routier (pour les coûts sur réseau)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="148"/>
        <source>Speed (km/h)</source>
        <translation>Vitesse (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="150"/>
        <source>Detour factor for straight-line costs</source>
        <translation>Facteur de détour pour les coûts à vol d&apos;oiseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="153"/>
        <source>Catchment threshold (minutes)</source>
        <translation>Seuil de la zone de desserte (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="155"/>
        <source>Accessibility method</source>
        <translation>Méthode d&apos;accessibilité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="158"/>
        <source>Opening hours field of the facility layers</source>
        <translation>Champ des horaires d&apos;ouverture des couches d&apos;établissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="160"/>
        <source>Caregivers&apos; time windows &apos;label=hours|label=hours&apos; (empty = none)</source>
        <translation>Plages horaires des personnes aidantes &apos;libellé=horaires|libellé=horaires&apos; (vide = aucune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="163"/>
        <source>Time window for temporal care deserts (empty = the first)</source>
        <translation>Plage horaire des déserts de soins temporels (vide = la première)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="166"/>
        <source>Care deserts: access threshold by public transport (minutes)</source>
        <translation>Déserts de soins : seuil d&apos;accès en transports en commun (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="170"/>
        <source>Policy target (places per person)</source>
        <translation>Objectif de politique publique (places par personne)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="176"/>
        <source>Vulnerability fields for the priority index</source>
        <translation>Champs de vulnérabilité pour l&apos;indice de priorité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="178"/>
        <source>Write the report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="179"/>
        <source>Report title</source>
        <translation>Titre du rapport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="179"/>
        <location filename="../processing/algorithms/report.py" line="127"/>
        <source>Care map</source>
        <translation>Carte des soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="181"/>
        <location filename="../processing/algorithms/report.py" line="129"/>
        <source>Who the demand is (plural)</source>
        <translation>Qui constitue la demande (au pluriel)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="181"/>
        <source>children under 6</source>
        <translation>enfants de moins de 6 ans</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="183"/>
        <location filename="../processing/algorithms/report.py" line="131"/>
        <source>What the service is</source>
        <translation>Nature du service</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="183"/>
        <source>a care place</source>
        <translation>une place d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="185"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="29"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="128"/>
        <source>Care supply inventory</source>
        <translation>Inventaire de l&apos;offre de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="187"/>
        <source>Care map units</source>
        <translation>Unités de la carte des soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="189"/>
        <source>Facilities with catchment ratio</source>
        <translation>Établissements avec ratio de zone de desserte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="194"/>
        <location filename="../processing/algorithms/report.py" line="151"/>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="194"/>
        <location filename="../processing/algorithms/report.py" line="151"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="197"/>
        <location filename="../processing/algorithms/report.py" line="153"/>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="197"/>
        <location filename="../processing/algorithms/report.py" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="200"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="138"/>
        <source>Facilities in the inventory</source>
        <translation>Établissements dans l&apos;inventaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="205"/>
        <location filename="../processing/algorithms/report.py" line="156"/>
        <source>Unmet demand</source>
        <translation>Demande non satisfaite</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="227"/>
        <source>{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it must be above 0. Give the longest trip people are expected to make, e.g. 10 minutes walking to childcare.</source>
        <translation>{0} vaut {1:g} : l&apos;accessibilité et les déserts de soins comptent ce qui se trouve dans ce temps de trajet, il doit donc être supérieur à 0. Indiquez le plus long trajet que l&apos;on peut attendre des personnes, p. ex. 10 minutes à pied jusqu&apos;à l&apos;accueil de la petite enfance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="335"/>
        <location filename="../processing/algorithms/report.py" line="132"/>
        <source>walk</source>
        <translation>à pied</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="336"/>
        <source>travel</source>
        <translation>de trajet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="384"/>
        <source>{0} is &apos;{1}&apos; but {2} is empty: give the time windows, or leave the window empty.</source>
        <translation>{0} vaut &apos;{1}&apos; mais {2} est vide : indiquez les plages horaires, ou laissez la plage vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="389"/>
        <source>{0} is &apos;{1}&apos;, which is not one of the time windows ({2}): give one of their labels.</source>
        <translation>{0} vaut &apos;{1}&apos;, qui n&apos;est pas l&apos;une des plages horaires ({2}) : indiquez l&apos;un de leurs libellés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="394"/>
        <source>To measure the time windows, give in {0} the field of the facility layers that holds their opening hours (e.g. opening_hours).</source>
        <translation>Pour mesurer les plages horaires, indiquez dans {0} le champ des couches d&apos;établissements qui contient leurs horaires d&apos;ouverture (p. ex. opening_hours).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carepipeline.py" line="412"/>
        <source>{0}: %n field(s) of {2} not among the age-band fields of the cohort ({3}: {4}): {1}. Give targets for those fields only, or add the bands to {3}.</source>
        <translation>
            <numerusform>{0} : %n champ de {2} ne fait pas partie des champs par tranche d&apos;âge de la cohorte ({3} : {4}) : {1}. Ne donnez des objectifs que pour ces champs, ou ajoutez les tranches à {3}.</numerusform>
            <numerusform>{0} : %n champs de {2} ne font pas partie des champs par tranche d&apos;âge de la cohorte ({3} : {4}) : {1}. Ne donnez des objectifs que pour ces champs, ou ajoutez les tranches à {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="46"/>
        <location filename="../processing/algorithms/catchments.py" line="108"/>
        <source>Catchment areas</source>
        <translation>Zones de desserte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="48"/>
        <source>catchment,service area,isochrone,travel time,network,buffer</source>
        <translation>zone de desserte,zone de service,isochrone,temps de trajet,réseau,tampon</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="50"/>
        <source>From where can each facility be reached within 10, 15 or 20 minutes? It draws, around every facility, the area from which it is reached within each threshold: along the streets of a road network, or as a circle (straight line).

How to read the results:
- Catchment areas: one polygon per facility and threshold, with the facility&apos;s own fields, threshold (the travel limit of the polygon) and cost_unit (minutes or meters) with cost_speed_kmh (the speed used) saying what the threshold is in. The larger thresholds are drawn underneath.
- With &apos;Dissolve per threshold&apos;, one polygon per threshold: the whole area served.

Example: walking at 5.04 km/h (84 m a minute), a 10-minute catchment along the streets covers the streets within 840 m of walking from the facility, widened by 50 m; in a straight line it is a circle of 840 m radius. A street grid makes walking routes longer than the straight line, so the road network polygon is smaller than the circle (often by a third).

Good to know:
- A facility farther from the road network than the largest snap distance gets no road network catchment (a warning counts them).
- The outline (hull) is a quick envelope of the streets reached and may cover a park or a block without streets; &apos;buffer&apos; follows the streets themselves (slower).
- A catchment stops where the road network stops: cut the network generously around the study area.</source>
        <translation>D&apos;où peut-on atteindre chaque établissement en 10, 15 ou 20 minutes ? L&apos;outil trace, autour de chaque établissement, la zone d&apos;où il est atteint dans chaque seuil : le long des rues d&apos;un réseau routier, ou sous forme de cercle (à vol d&apos;oiseau).

Comment lire les résultats :
- Zones de desserte : un polygone par établissement et par seuil, avec les propres champs de l&apos;établissement, threshold (la limite de trajet du polygone) et cost_unit (minutes ou mètres) avec cost_speed_kmh (la vitesse utilisée) indiquant dans quelle unité est exprimé le seuil. Les seuils les plus grands sont tracés en dessous.
- Avec « Fusionner par seuil », un polygone par seuil : toute la zone desservie.

Exemple : à pied à 5,04 km/h (84 m par minute), une zone de desserte de 10 minutes le long des rues couvre les rues situées à moins de 840 m de marche de l&apos;établissement, élargies de 50 m ; à vol d&apos;oiseau, c&apos;est un cercle de 840 m de rayon. Un quadrillage de rues rend les trajets à pied plus longs que la ligne droite, si bien que le polygone sur le réseau routier est plus petit que le cercle (souvent d&apos;un tiers).

Bon à savoir :
- Un établissement plus éloigné du réseau routier que la distance maximale de rattachement n&apos;a pas de zone de desserte sur le réseau routier (un avertissement les compte).
- L&apos;enveloppe (hull) est un contour rapide des rues atteintes et peut couvrir un parc ou un îlot sans rues ; &apos;buffer&apos; suit les rues elles-mêmes (plus lent).
- Une zone de desserte s&apos;arrête là où s&apos;arrête le réseau routier : découpez le réseau largement autour de la zone d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="72"/>
        <source>Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of CareMap&apos;s supply inventory.</source>
        <translation>Couche des établissements de soins, points ou polygones ; une zone de desserte est tracée par établissement et par seuil. Typique : la sortie de l&apos;inventaire de l&apos;offre de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="73"/>
        <source>Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed). Typical: the road network.</source>
        <translation>Le long du réseau routier : les rues atteintes dans chaque seuil, sous forme de polygone ; à vol d&apos;oiseau : un cercle dont le rayon est le seuil (en mètres, ou en minutes multipliées par la vitesse de déplacement). Typique : le réseau routier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="74"/>
        <source>Road or footpath line layer, needed for catchments along the road network; lines connect where they share a vertex. Typical: the OpenStreetMap streets of the city.</source>
        <translation>Couche de lignes de rues ou de chemins, nécessaire pour les zones de desserte le long du réseau routier ; les lignes se connectent là où elles partagent un sommet. Typique : les rues OpenStreetMap de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="75"/>
        <source>One or more travel limits in the cost unit, separated by commas; one polygon is drawn per threshold. Typical: &apos;10,15,20&apos; minutes.</source>
        <translation>Une ou plusieurs limites de trajet dans l&apos;unité de coût, séparées par des virgules ; un polygone est tracé par seuil. Typique : &apos;10,15,20&apos; minutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="76"/>
        <source>Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Typical: hull.</source>
        <translation>Forme du polygone le long du réseau routier : hull = un contour des rues atteintes, élargi de la zone tampon (rapide) ; buffer = les rues atteintes elles-mêmes, élargies de la zone tampon (détaillé, plus lent). Typique : hull.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="77"/>
        <source>Width in metres added around the streets reached or their outline (road network only). Typical: 50 m.</source>
        <translation>Largeur en mètres ajoutée autour des rues atteintes ou de leur contour (réseau routier seulement). Typique : 50 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="78"/>
        <source>How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape. Typical: 0.3.</source>
        <translation>Degré auquel le contour suit les rues atteintes, de 0 (au plus près) à 1 (convexe), pour la forme hull. Typique : 0.3.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="79"/>
        <source>If checked, the catchments of all facilities are merged into one polygon per threshold (the area served); otherwise one polygon per facility and threshold. Typical: unchecked.</source>
        <translation>Si coché, les zones de desserte de tous les services sont fusionnées en un polygone par seuil (la zone desservie) ; sinon un polygone par service et par seuil. Typique : non coché.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="80"/>
        <source>Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no road network catchment. Typical: 500 m.</source>
        <translation>Distance maximale en mètres entre un établissement et le réseau routier : il rejoint le point le plus proche de la rue la plus proche (d&apos;une partie du réseau regroupant au moins 5 % de la longueur de la plus grande partie), le trajet à pied jusqu&apos;à elle étant compté. Les établissements plus éloignés n&apos;ont pas de zone de desserte sur le réseau routier. Typique : 500 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="81"/>
        <source>Catchment polygons: the facility&apos;s fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved).</source>
        <translation>Polygones des zones de desserte : les champs de l&apos;établissement plus threshold, cost_unit et cost_speed_kmh (un par seuil en cas de fusion).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="89"/>
        <source>Thresholds (comma-separated, in the cost unit)</source>
        <translation>Seuils (séparés par des virgules, dans l&apos;unité de coût)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="91"/>
        <location filename="../processing/cost_params.py" line="53"/>
        <source>How travel is measured</source>
        <translation>Mode de mesure des trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="94"/>
        <location filename="../processing/cost_params.py" line="55"/>
        <source>Cost unit</source>
        <translation>Unité de coût</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="96"/>
        <source>Dissolve per threshold</source>
        <translation>Fusionner par seuil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="97"/>
        <source>Polygon shape along the road network</source>
        <translation>Forme du polygone le long du réseau routier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="100"/>
        <source>Buffer around the streets reached or their outline (m)</source>
        <translation>Zone tampon autour des rues atteintes ou de leur contour (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="103"/>
        <source>Outline closeness (0 = follows the streets, 1 = convex)</source>
        <translation>Proximité du contour (0 = suit les rues, 1 = convexe)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="106"/>
        <source>Largest distance from a facility to the road network (m)</source>
        <translation>Distance maximale d&apos;un établissement au réseau routier (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="116"/>
        <source>{0} must be numbers separated by commas (e.g. &apos;10,15,20&apos;), got &apos;{1}&apos;.</source>
        <translation>{0} : indiquez des nombres séparés par des virgules (p. ex. &apos;10,15,20&apos;) ; reçu &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="120"/>
        <source>{0} must all be above 0 (e.g. &apos;10,15,20&apos;), got &apos;{1}&apos;: a catchment of 0 or less is empty.</source>
        <translation>{0} : toutes les valeurs doivent être supérieures à 0 (p. ex. &apos;10,15,20&apos;) ; reçu &apos;{1}&apos; : une zone de desserte de 0 ou moins est vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="167"/>
        <source>%n catchment polygon(s)</source>
        <translation>
            <numerusform>%n polygone de zone de desserte</numerusform>
            <numerusform>%n polygones de zone de desserte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="168"/>
        <source>for %n facilit(y/ies), thresholds {0} {1}.</source>
        <translation>
            <numerusform>pour %n établissement, seuils {0} {1}.</numerusform>
            <numerusform>pour %n établissements, seuils {0} {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="46"/>
        <source>Equity of access</source>
        <translation>Équité d&apos;accès</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="48"/>
        <source>equity,inequality,Gini,Palma,Theil,concentration index,Lorenz</source>
        <translation>équité,inégalité,Gini,Palma,Theil,indice de concentration,Lorenz</translation>
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
        <translation>Dans quelle mesure l&apos;accès aux soins est-il inégalement réparti entre les personnes ? Les îlots les plus pauvres sont-ils les moins bien desservis, et l&apos;inégalité se situe-t-elle entre les districts ou à l&apos;intérieur de ceux-ci ?

Comment lire les résultats (chiffres dans le journal, et renvoyés pour les modèles) :
- Accès moyen : l&apos;accès de la personne moyenne (pondéré par les personnes de chaque unité).
- Coefficient de Gini : 0 = tout le monde a le même accès ; proche de 1 = tout l&apos;accès dans une seule unité.
- Ratio de Palma : l&apos;accès des 10 % de personnes les mieux desservies rapporté à celui des 40 % les moins bien desservies (1,0 = elles ont le même total ; 2,0 = le dixième supérieur a deux fois ce qu&apos;ont les quatre dixièmes inférieurs).
- Indice de Theil : 0 = égalité ; avec des districts, décomposé en une part entre districts et une part à l&apos;intérieur des districts (les deux s&apos;additionnent pour donner le tout).
- Avec un champ de rang socio-économique (bas = plus pauvre) : l&apos;indice de concentration et sa correction d&apos;Erreygers, négatifs quand l&apos;accès est concentré chez les pauvres, positifs chez les plus aisés.
- Courbe de Lorenz : un tableau de pop_share (part cumulée des personnes, à partir des moins bien desservies), access_share (leur part cumulée de l&apos;accès) et equality (la ligne d&apos;égalité parfaite), pour un graphique.
Un chiffre qui ne peut pas être calculé (aucun accès nulle part, pas de champ de rang) est vide (None).

Exemple : quatre îlots de même population avec un accès de 0, 1, 1 et 2 places pour 100 enfants, classés du plus pauvre au plus riche dans cet ordre, dans deux districts (0, 1) et (1, 2) : Gini 0,375, Palma 1,33, indice de concentration 0,375 (l&apos;accès favorise les plus aisés), Theil 0,347, dont 0,131 entre les districts et 0,216 à l&apos;intérieur.

Mises en garde : toutes les mesures pondèrent les unités par leurs personnes ; sans champ de population, chaque unité compte une fois. Les valeurs d&apos;accès doivent être supérieures ou égales à 0 ; des valeurs NULL dans les champs utilisés sont une erreur, tout comme une unité hors des polygones de district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="75"/>
        <source>Layer or table of units with an access value and their people. Typical: the demand output of Accessibility to care.</source>
        <translation>Couche ou table d&apos;unités avec une valeur d&apos;accès et leurs personnes. Typique : la sortie demande d&apos;Accessibilité aux soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="76"/>
        <source>Numeric field with the access of each unit (0 or more, no NULL). Typical: access from Accessibility to care.</source>
        <translation>Champ numérique avec l&apos;accès de chaque unité (0 ou plus, sans NULL). Typique : access d&apos;Accessibilité aux soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="77"/>
        <source>Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: care_demand, or children 0-5.</source>
        <translation>Champ numérique facultatif avec les personnes de chaque unité, utilisé comme poids ; vide = chaque unité compte une fois. Typique : care_demand, ou enfants de 0-5 ans.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="78"/>
        <source>Optional numeric socio-economic rank (low = poorest), for the concentration and Erreygers indices. Typical: income or estrato.</source>
        <translation>Rang socio-économique numérique facultatif (bas = plus pauvre), pour les indices de concentration et d&apos;Erreygers. Typique : revenu ou estrato.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="79"/>
        <source>Optional district field, to split the Theil index into the inequality between districts and within them; without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Champ de district facultatif, pour décomposer l&apos;indice de Theil en inégalité entre districts et à l&apos;intérieur des districts ; sans lui, des polygones de district donnent à chaque unité le district où elle se trouve. Typique : district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="80"/>
        <source>Optional polygon layer of districts: when the units have no district field, each unit gets the district its point on surface lies in, for the split of the Theil index (a unit in no district is an error). Typical: the localities or communes of the city.</source>
        <translation>Couche facultative de polygones de districts : quand les unités n&apos;ont pas de champ de district, chaque unité reçoit le district dans lequel se trouve son point intérieur, pour la décomposition de l&apos;indice de Theil (une unité hors de tout district est une erreur). Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="82"/>
        <source>Number of rows of the Lorenz curve table, at equally spaced shares of people (0 = one row per unit). Typical: 101.</source>
        <translation>Nombre de lignes du tableau de la courbe de Lorenz, à des parts de personnes également espacées (0 = une ligne par unité). Typique : 101.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="83"/>
        <source>Lorenz curve table with pop_share, access_share and equality, for a chart. Typical: a temporary layer.</source>
        <translation>Tableau de la courbe de Lorenz avec pop_share, access_share et equality, pour un graphique. Typique : une couche temporaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="84"/>
        <source>Mean access weighted by people; None when it cannot be computed (no people).</source>
        <translation>Accès moyen pondéré par les personnes ; None s&apos;il ne peut pas être calculé (personne).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="85"/>
        <source>Gini coefficient of access between people (0 = everyone the same access, 1 = all access in one unit); None when undefined.</source>
        <translation>Coefficient de Gini de l&apos;accès entre les personnes (0 = tout le monde a le même accès, 1 = tout l&apos;accès dans une seule unité) ; None s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="86"/>
        <source>Palma ratio: access of the best-served 10% of people over that of the worst-served 40%; None when undefined (e.g. the bottom 40% have no access).</source>
        <translation>Ratio de Palma : accès des 10 % de personnes les mieux desservies rapporté à celui des 40 % les moins bien desservies ; None s&apos;il n&apos;est pas défini (p. ex. les 40 % du bas n&apos;ont aucun accès).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="87"/>
        <source>Theil index of access inequality (0 = equality); None when undefined.</source>
        <translation>Indice de Theil de l&apos;inégalité d&apos;accès (0 = égalité) ; None s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="88"/>
        <source>Part of the Theil index due to differences between districts; None without districts or when undefined.</source>
        <translation>Part de l&apos;indice de Theil due aux différences entre districts ; None sans districts ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="89"/>
        <source>Part of the Theil index due to differences within districts; None without districts or when undefined.</source>
        <translation>Part de l&apos;indice de Theil due aux différences à l&apos;intérieur des districts ; None sans districts ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="90"/>
        <source>Concentration index of access by the socio-economic rank (negative = access concentrated among the poorest); None without a rank field or when undefined.</source>
        <translation>Indice de concentration de l&apos;accès selon le rang socio-économique (négatif = accès concentré chez les plus pauvres) ; None sans champ de rang ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="91"/>
        <source>Erreygers-corrected concentration index (for bounded access); None without a rank field or when undefined.</source>
        <translation>Indice de concentration corrigé d&apos;Erreygers (pour un accès borné) ; None sans champ de rang ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="96"/>
        <location filename="../processing/algorithms/hotspots.py" line="80"/>
        <location filename="../processing/algorithms/priorityindex.py" line="79"/>
        <location filename="../processing/algorithms/report.py" line="323"/>
        <location filename="../processing/report_layout.py" line="443"/>
        <location filename="../ui/charts.py" line="304"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="97"/>
        <source>Access field</source>
        <translation>Champ d&apos;accès</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="98"/>
        <source>Population (weights) field</source>
        <translation>Champ de population (poids)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="100"/>
        <source>Socio-economic rank field (low = poorest)</source>
        <translation>Champ de rang socio-économique (bas = plus pauvre)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="102"/>
        <source>District field (to split the Theil index)</source>
        <translation>Champ de district (pour décomposer l&apos;indice de Theil)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="105"/>
        <source>Lorenz table rows (0 = one per unit)</source>
        <translation>Lignes de la table de Lorenz (0 = une par unité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="108"/>
        <source>Lorenz curve</source>
        <translation>Courbe de Lorenz</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="33"/>
        <location filename="../processing/algorithms/equity.py" line="33"/>
        <source>Population-weighted mean access</source>
        <translation>Accès moyen pondéré par la population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="34"/>
        <location filename="../processing/algorithms/equity.py" line="34"/>
        <source>Gini coefficient</source>
        <translation>Coefficient de Gini</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="35"/>
        <location filename="../processing/algorithms/equity.py" line="35"/>
        <source>Palma ratio (top 10% / bottom 40%)</source>
        <translation>Ratio de Palma (10 % supérieurs / 40 % inférieurs)</translation>
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
        <translation>T de Theil entre districts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="38"/>
        <location filename="../processing/algorithms/equity.py" line="38"/>
        <source>Theil T within districts</source>
        <translation>T de Theil au sein des districts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="39"/>
        <location filename="../processing/algorithms/equity.py" line="39"/>
        <source>Concentration index</source>
        <translation>Indice de concentration</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="40"/>
        <location filename="../processing/algorithms/equity.py" line="40"/>
        <source>Erreygers-corrected concentration index</source>
        <translation>Indice de concentration corrigé d&apos;Erreygers</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="134"/>
        <source>No demand: field &apos;{0}&apos; of layer {1} is 0 in every unit, so there is no population to weigh access by and every measure is NULL. Choose the population field, or leave it empty to count every unit once.</source>
        <translation>Pas de demande : le champ &apos;{0}&apos; de la couche {1} vaut 0 dans toutes les unités, il n&apos;y a donc aucune population pour pondérer l&apos;accès et toutes les mesures sont NULL. Choisissez le champ de population, ou laissez-le vide pour compter chaque unité une fois.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="145"/>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="148"/>
        <source>No variation: access in &apos;{0}&apos; of layer {1} is the same in every unit (perfect equality).</source>
        <translation>Pas de variation : l&apos;accès dans &apos;{0}&apos; de la couche {1} est identique dans toutes les unités (égalité parfaite).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="151"/>
        <source>No capacity: access in &apos;{0}&apos; of layer {1} is 0 everywhere, so the inequality measures are undefined (NULL).</source>
        <translation>Pas de capacité : l&apos;accès dans &apos;{0}&apos; de la couche {1} vaut 0 partout, donc les mesures d&apos;inégalité sont indéfinies (NULL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="61"/>
        <source>Community field survey package</source>
        <translation>Paquet d&apos;enquête de terrain communautaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="63"/>
        <source>survey,field,community,collaborative mapping,crowd,QField,ODK,KoboToolbox,XLSForm,form,phone,collect,inventory</source>
        <translation>enquête,terrain,communauté,cartographie collaborative,participatif,QField,ODK,KoboToolbox,XLSForm,formulaire,téléphone,collecte,inventaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="66"/>
        <source>How can a community map the care that no registry lists (neighbours who mind children, community kitchens, informal day care)? This writes a ready-to-collect survey package into a folder: copy the folder to a phone and open the project in QField, or upload the form to KoboToolbox or ODK. Each place collected has the fields of the care supply inventory plus who collected it, when, how it was checked, a photo and notes, so the &apos;Care supply inventory&apos; tool reads the results back with their provenance.

How to read the results (all in the chosen folder):
- care_survey.gpkg: the empty layer care_places (points in longitude/latitude) with the fields name, service_type, sphere, target_group, capacity (places), hours_per_day, days_per_week, fee, source (community_survey), collector, survey_date, verification (visited, phone, document or reported), notes and photo; the existing inventory as reference_inventory and the vector base layers.
- care_survey.qgz: the QGIS / QField project. Its form shows the questions in the chosen language, drop-down lists for the type of care, who runs it, who is cared for, days and how it was checked, today&apos;s date by default, and refuses negative places or fees and more than 24 hours. The reference inventory is read-only. Photos go to the DCIM folder beside the project.
- care_survey_form.xlsx: the same form as an XLSForm (sheets survey, choices, settings) with labels in English, Spanish, Portuguese and French, the chosen language first and by default.

Example: with the demo&apos;s facility registry as the existing inventory and its districts as a base layer, a workshop of five collectors walks one district; back at the office, give the returned care_survey.gpkg (or the Kobo CSV export) to &apos;Care supply inventory&apos; with the registry: each place comes back as confirmed, new or conflicting in its review layer.

Caveats: an existing survey package in the folder is never overwritten (it may hold collected places): choose a new folder. Base layers from files are copied into the folder (vector layers into the GeoPackage, rasters into its base folder); online layers stay online and need a connection in the field. The method is in docs/community_mapping.md.</source>
        <translation>Comment une communauté peut-elle cartographier les soins qu&apos;aucun registre ne recense (voisins qui gardent des enfants, cuisines communautaires, garderies informelles) ? Cet outil écrit dans un dossier un paquet d&apos;enquête prêt pour la collecte : copiez le dossier sur un téléphone et ouvrez le projet dans QField, ou téléversez le formulaire dans KoboToolbox ou ODK. Chaque lieu collecté a les champs de l&apos;inventaire de l&apos;offre de soins, plus qui l&apos;a collecté, quand, comment il a été vérifié, une photo et des notes, de sorte que l&apos;outil « Inventaire de l&apos;offre de soins » relit les résultats avec leur provenance.

Comment lire les résultats (tout dans le dossier choisi) :
- care_survey.gpkg : la couche vide care_places (points en longitude/latitude) avec les champs name, service_type, sphere, target_group, capacity (places), hours_per_day, days_per_week, fee, source (community_survey), collector, survey_date, verification (visited, phone, document ou reported), notes et photo ; l&apos;inventaire existant comme reference_inventory et les couches de fond vectorielles.
- care_survey.qgz : le projet QGIS / QField. Son formulaire affiche les questions dans la langue choisie, des listes déroulantes pour le type de soins, qui le gère, qui est pris en charge, les jours et le mode de vérification, la date du jour par défaut, et refuse les places ou tarifs négatifs et plus de 24 heures. L&apos;inventaire de référence est en lecture seule. Les photos vont dans le dossier DCIM à côté du projet.
- care_survey_form.xlsx : le même formulaire au format XLSForm (feuilles survey, choices, settings) avec des libellés en anglais, espagnol, portugais et français, la langue choisie en premier et par défaut.

Exemple : avec le registre des établissements de la démonstration comme inventaire existant et ses districts comme couche de fond, un atelier de cinq enquêteurs parcourt un district ; de retour au bureau, donnez le care_survey.gpkg rapporté (ou l&apos;export CSV de Kobo) à « Inventaire de l&apos;offre de soins » avec le registre : chaque lieu revient avec le statut confirmed, new ou conflicting dans sa couche de revue.

Mises en garde : un paquet d&apos;enquête existant dans le dossier n&apos;est jamais écrasé (il peut contenir des lieux collectés) : choisissez un nouveau dossier. Les couches de fond issues de fichiers sont copiées dans le dossier (les couches vectorielles dans le GeoPackage, les rasters dans son dossier base) ; les couches en ligne restent en ligne et demandent une connexion sur le terrain. La méthode est dans docs/community_mapping.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="94"/>
        <source>Language of the form&apos;s questions and choices, on the phone and in the XLSForm (which carries the other three too). Typical: the language of the collectors, e.g. Spanish.</source>
        <translation>Langue des questions et des choix du formulaire, sur le téléphone et dans le XLSForm (qui contient aussi les trois autres). Typique : la langue des enquêteurs, p. ex. l&apos;espagnol.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="95"/>
        <source>Optional: the care places already known (a registry or a previous inventory), copied into the package as a read-only reference layer so collectors see what is already listed. Typical: the output of &apos;Care supply inventory&apos; or the official registry.</source>
        <translation>Facultatif : les lieux de soins déjà connus (un registre ou un inventaire précédent), copiés dans le paquet comme couche de référence en lecture seule pour que les enquêteurs voient ce qui est déjà recensé. Typique : la sortie de l&apos;« Inventaire de l&apos;offre de soins » ou le registre officiel.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="96"/>
        <source>Optional: layers to find the way in the field (districts, blocks, streets, an aerial image). File layers are copied into the package; online layers stay online. Typical: districts and roads.</source>
        <translation>Facultatif : couches pour s&apos;orienter sur le terrain (districts, îlots, rues, une image aérienne). Les couches issues de fichiers sont copiées dans le paquet ; les couches en ligne restent en ligne. Typique : districts et routes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="97"/>
        <source>Name of the survey, shown as the layer and project title and the form&apos;s title. Typical: &apos;Care places&apos; or the name of the neighbourhood.</source>
        <translation>Nom de l&apos;enquête, affiché comme titre de la couche et du projet et comme titre du formulaire. Typique : « Lieux de soins » ou le nom du quartier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="98"/>
        <source>A new, empty folder for the package (GeoPackage, project, form, photo folder), to copy as a whole to a phone. Typical: a folder named after the survey and its date.</source>
        <translation>Un nouveau dossier vide pour le paquet (GeoPackage, projet, formulaire, dossier des photos), à copier en entier sur un téléphone. Typique : un dossier portant le nom de l&apos;enquête et sa date.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="99"/>
        <source>Path of the GeoPackage where collectors add care places (layer care_places), with the reference inventory and base layers.</source>
        <translation>Chemin du GeoPackage où les enquêteurs ajoutent des lieux de soins (couche care_places), avec l&apos;inventaire de référence et les couches de fond.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="100"/>
        <source>Path of the QGIS project for QField, with the survey form.</source>
        <translation>Chemin du projet QGIS pour QField, avec le formulaire d&apos;enquête.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="101"/>
        <source>Path of the XLSForm for KoboToolbox or ODK.</source>
        <translation>Chemin du XLSForm pour KoboToolbox ou ODK.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="102"/>
        <source>Number of places of the existing inventory copied as the read-only reference layer (0 without one).</source>
        <translation>Nombre de lieux de l&apos;inventaire existant copiés comme couche de référence en lecture seule (0 sans inventaire).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="103"/>
        <source>Number of base layers put into the package.</source>
        <translation>Nombre de couches de fond placées dans le paquet.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="111"/>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="113"/>
        <source>Care places already known (read-only reference)</source>
        <translation>Lieux de soins déjà connus (référence en lecture seule)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="116"/>
        <source>Base layers</source>
        <translation>Couches de fond</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="117"/>
        <source>Survey title</source>
        <translation>Titre de l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="120"/>
        <source>Folder for the survey package</source>
        <translation>Dossier du paquet d&apos;enquête</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="122"/>
        <source>Survey GeoPackage</source>
        <translation>GeoPackage de l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="123"/>
        <source>Survey project (QField)</source>
        <translation>Projet d&apos;enquête (QField)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="124"/>
        <source>Survey form (XLSForm)</source>
        <translation>Formulaire d&apos;enquête (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="125"/>
        <source>Reference places</source>
        <translation>Lieux de référence</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="126"/>
        <source>Base layers packed</source>
        <translation>Couches de fond empaquetées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="140"/>
        <source>Could not write layer {0} into {1}: {2}</source>
        <translation>Impossible d&apos;écrire la couche {0} dans {1} : {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="207"/>
        <source>Base layer {0} is not a file: it stays where it is ({1}) and needs a connection in the field.</source>
        <translation>La couche de fond {0} n&apos;est pas un fichier : elle reste où elle est ({1}) et demande une connexion sur le terrain.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="225"/>
        <source>The folder {0} already holds a survey package ({1}), which may hold places collected: choose a new, empty folder.</source>
        <translation>Le dossier {0} contient déjà un paquet d&apos;enquête ({1}), qui peut contenir des lieux collectés : choisissez un nouveau dossier vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="243"/>
        <source>Care places already known</source>
        <translation>Lieux de soins déjà connus</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/fieldsurvey.py" line="245"/>
        <source>Reference inventory: %n place(s) copied, read-only.</source>
        <translation>
            <numerusform>Inventaire de référence : %n lieu copié, en lecture seule.</numerusform>
            <numerusform>Inventaire de référence : %n lieux copiés, en lecture seule.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="256"/>
        <source>The survey layer written to {0} could not be opened: check that the folder is writable.</source>
        <translation>La couche d&apos;enquête écrite dans {0} n&apos;a pas pu être ouverte : vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="269"/>
        <source>The project could not be written to {0}: {1}</source>
        <translation>Le projet n&apos;a pas pu être écrit dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="271"/>
        <source>Survey package written to {0}: copy the whole folder to the phone (QField), or upload {1} to KoboToolbox or ODK.</source>
        <translation>Paquet d&apos;enquête écrit dans {0} : copiez tout le dossier sur le téléphone (QField), ou téléversez {1} dans KoboToolbox ou ODK.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="36"/>
        <location filename="../processing/algorithms/hotspots.py" line="96"/>
        <source>Hot and cold spots</source>
        <translation>Points chauds et froids</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="38"/>
        <source>hot spot,cold spot,Getis-Ord,Gi*,LISA,local Moran,cluster,FDR</source>
        <translation>point chaud,point froid,Getis-Ord,Gi*,LISA,Moran local,agrégat,FDR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="40"/>
        <source>Where do high values cluster (hot spots) and where do low values cluster (cold spots)? For example: are the blocks with much unmet demand scattered, or do they form whole neighbourhoods that one new service could reach?

How to read the results:
- Hot and cold spots (one row per unit, with its own fields): hotspot_class = 3, 2, 1 for a hot spot at 99, 95, 90% confidence, 0 not significant, -1, -2, -3 for a cold spot at 90, 95, 99%; z = how far the unit and its neighbours are above (positive) or below (negative) what chance would give; p = its two-sided p-value; p_sim = the p-value from random permutations; p_fdr = the p-value corrected for testing many units (false discovery rate); stat = the statistic itself (Gi* or local Moran&apos;s I); n_neighbors = neighbours of the unit; quadrant (local Moran&apos;s I only) = 1 high among high, 2 low among high, 3 low among low, 4 high among low. A unit surrounded by different values (an outlier, quadrant 2 or 4) gets class 0.

Example: in the demo city of the tutorial, Getis-Ord Gi* on unmet demand with neighbours sharing a border (queen) and 99 permutations finds 942 hot-spot blocks (517 at 99% confidence), 36% of them in El Porvenir, and 1,243 cold-spot blocks around Centro and in the north. By hand: five blocks in a row with unmet demand 1, 2, 3, 8, 9, each the neighbour of the next: the last block has z = 1.95 and p = 0.051, a hot spot at 90% confidence but not at 95%.

Caveats: a unit without any neighbour (an island) gets no z or p and class 0. With thousands of units, some are &apos;significant&apos; by chance: tick the multiple-testing correction to be strict. Values that are the same everywhere give no hot spot. Classes use the permutation p-values when permutations are run.</source>
        <translation>Où les valeurs élevées se regroupent-elles (points chauds) et où les valeurs basses se regroupent-elles (points froids) ? Par exemple : les îlots avec beaucoup de demande non satisfaite sont-ils dispersés, ou forment-ils des quartiers entiers qu&apos;un seul nouveau service pourrait atteindre ?

Comment lire les résultats :
- Points chauds et froids (une ligne par unité, avec ses propres champs) : hotspot_class = 3, 2, 1 pour un point chaud à 99, 95, 90 % de confiance, 0 non significatif, -1, -2, -3 pour un point froid à 90, 95, 99 % ; z = de combien l&apos;unité et ses voisines se situent au-dessus (positif) ou au-dessous (négatif) de ce que donnerait le hasard ; p = sa valeur p bilatérale ; p_sim = la valeur p issue de permutations aléatoires ; p_fdr = la valeur p corrigée pour les tests sur de nombreuses unités (taux de fausses découvertes) ; stat = la statistique elle-même (Gi* ou I de Moran local) ; n_neighbors = voisines de l&apos;unité ; quadrant (I de Moran local seulement) = 1 élevé parmi élevés, 2 bas parmi élevés, 3 bas parmi bas, 4 élevé parmi bas. Une unité entourée de valeurs différentes (une valeur aberrante, quadrant 2 ou 4) reçoit la classe 0.

Exemple : dans la ville de démonstration du tutoriel, Getis-Ord Gi* sur la demande non satisfaite avec des voisines partageant une limite (queen) et 99 permutations trouve 942 îlots en point chaud (517 à 99 % de confiance), dont 36 % à El Porvenir, et 1 243 îlots en point froid autour de Centro et dans le nord. À la main : cinq îlots en ligne avec une demande non satisfaite de 1, 2, 3, 8, 9, chacun voisin du suivant : le dernier îlot a z = 1,95 et p = 0,051, un point chaud à 90 % de confiance mais pas à 95 %.

Mises en garde : une unité sans aucune voisine (une île) n&apos;a ni z ni p et reçoit la classe 0. Avec des milliers d&apos;unités, certaines sont « significatives » par hasard : cochez la correction pour tests multiples pour être strict. Des valeurs identiques partout ne donnent aucun point chaud. Les classes utilisent les valeurs p des permutations quand des permutations sont effectuées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="64"/>
        <source>Layer of units, points or polygons (polygons are needed for neighbours that share a border). Typical: census blocks with an indicator, e.g. the Care deserts layer.</source>
        <translation>Couche d&apos;unités, points ou polygones (les polygones sont nécessaires pour des voisines qui partagent une limite). Typique : îlots de recensement avec un indicateur, p. ex. la couche des Déserts de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="65"/>
        <source>Numeric field to search for hot and cold spots. Typical: unmet, access or priority.</source>
        <translation>Champ numérique dans lequel chercher les points chauds et froids. Typique : unmet, access ou priority.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="66"/>
        <source>Getis-Ord Gi* finds hot and cold spots (a unit together with its neighbours); local Moran&apos;s I also finds outliers (a high unit among low ones). Typical: Getis-Ord Gi*.</source>
        <translation>Getis-Ord Gi* trouve les points chauds et froids (une unité avec ses voisines) ; le I de Moran local trouve aussi les valeurs aberrantes (une unité élevée parmi des basses). Typique : Getis-Ord Gi*.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="67"/>
        <source>Who the neighbours of a unit are: its nearest units (as many as &apos;Number of neighbours&apos;), all units within the distance band, or polygons sharing a corner (queen) or an edge (rook). Typical: queen for polygons, nearest units for points.</source>
        <translation>Qui sont les voisines d&apos;une unité : ses unités les plus proches (autant que « Nombre de voisins »), toutes les unités dans la bande de distance, ou les polygones partageant un coin (queen) ou un côté (rook). Typique : queen pour les polygones, unités les plus proches pour les points.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="68"/>
        <source>Number of nearest units counted as neighbours, with the nearest-units weights. Typical: 8.</source>
        <translation>Nombre d&apos;unités les plus proches comptées comme voisines, avec les poids des unités les plus proches. Typique : 8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="69"/>
        <source>Distance in metres within which units are neighbours, with the distance-band weights (inclusive). Typical: 1000 m.</source>
        <translation>Distance en mètres dans laquelle les unités sont voisines, avec les poids par bande de distance (incluse). Typique : 1000 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="70"/>
        <source>Weights of local Moran&apos;s I: row-standardised (each unit&apos;s neighbours weigh 1 together) or binary (each neighbour weighs 1); Gi* gives the same z either way. Typical: row-standardised.</source>
        <translation>Poids du I de Moran local : standardisés par ligne (les voisines de chaque unité pèsent 1 ensemble) ou binaires (chaque voisine pèse 1) ; Gi* donne le même z dans les deux cas. Typique : standardisés par ligne.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="71"/>
        <source>Number of random permutations for the pseudo p-value p_sim (0 = analytic p-values only). Typical: 999.</source>
        <translation>Nombre de permutations aléatoires pour la pseudo-valeur p p_sim (0 = valeurs p analytiques seulement). Typique : 999.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="72"/>
        <source>Random seed of the permutations, so a run can be repeated with the same result. Typical: 12345.</source>
        <translation>Graine aléatoire des permutations, pour qu&apos;un calcul puisse être reproduit avec le même résultat. Typique : 12345.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="73"/>
        <source>If checked, p-values are corrected for testing many units at once (Benjamini-Hochberg false discovery rate) before classing, so fewer units are significant by chance. Typical: checked for many units.</source>
        <translation>Si coché, les valeurs p sont corrigées pour le test simultané de nombreuses unités (taux de fausses découvertes de Benjamini-Hochberg) avant le classement, afin que moins d&apos;unités soient significatives par hasard. Typique : coché avec beaucoup d&apos;unités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="74"/>
        <source>The units with hotspot_class (3 to -3), z, p, p_sim, p_fdr, stat, n_neighbors and, for local Moran&apos;s I, quadrant.</source>
        <translation>Les unités avec hotspot_class (3 à -3), z, p, p_sim, p_fdr, stat, n_neighbors et, pour le I de Moran local, quadrant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="75"/>
        <source>Number of units in hot spots (hotspot_class 1, 2 or 3: significant at 90, 95 or 99%).</source>
        <translation>Nombre d&apos;unités dans des points chauds (hotspot_class 1, 2 ou 3 : significatif à 90, 95 ou 99 %).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="76"/>
        <source>Number of units in cold spots (hotspot_class -1, -2 or -3: significant at 90, 95 or 99%).</source>
        <translation>Nombre d&apos;unités dans des points froids (hotspot_class -1, -2 ou -3 : significatif à 90, 95 ou 99 %).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="81"/>
        <source>Value field</source>
        <translation>Champ de valeurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="82"/>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="84"/>
        <source>Neighbours (spatial weights)</source>
        <translation>Voisins (poids spatiaux)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="86"/>
        <source>Number of neighbours (nearest units)</source>
        <translation>Nombre de voisins (unités les plus proches)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="87"/>
        <source>Distance band (metres)</source>
        <translation>Bande de distance (mètres)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="89"/>
        <source>Correct for multiple testing (Benjamini-Hochberg FDR)</source>
        <translation>Corriger les tests multiples (FDR de Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="90"/>
        <source>Weights of local Moran&apos;s I</source>
        <translation>Poids du I de Moran local</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="92"/>
        <source>Permutations (0 = analytic p-values only)</source>
        <translation>Permutations (0 = valeurs p analytiques seulement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="94"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="97"/>
        <source>Units in hot spots</source>
        <translation>Unités dans des points chauds</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="98"/>
        <source>Units in cold spots</source>
        <translation>Unités dans des points froids</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="104"/>
        <source>{0} is {1}, but layer {2} has only %n unit(s), so at most {3} neighbours each: give a smaller number.</source>
        <translation>
            <numerusform>{0} vaut {1}, mais la couche {2} n&apos;a que %n unité, donc au plus {3} voisins chacune : indiquez un nombre plus petit.</numerusform>
            <numerusform>{0} vaut {1}, mais la couche {2} n&apos;a que %n unités, donc au plus {3} voisins chacune : indiquez un nombre plus petit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="112"/>
        <source>{0} &apos;{1}&apos; needs polygons, but layer {2} has points: choose the nearest units or a distance band.</source>
        <translation>{0} &apos;{1}&apos; nécessite des polygones, mais la couche {2} contient des points : choisissez les unités les plus proches ou une bande de distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="121"/>
        <source>Layer {0}: polygon rings and features do not match.</source>
        <translation>Couche {0} : les anneaux des polygones et les entités ne correspondent pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="136"/>
        <source>Layer {0} has %n unit(s); local statistics need at least 3.</source>
        <translation>
            <numerusform>La couche {0} compte %n unité ; les statistiques locales en exigent au moins 3.</numerusform>
            <numerusform>La couche {0} compte %n unités ; les statistiques locales en exigent au moins 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="141"/>
        <source>Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3};</source>
        <translation>Poids ({0}) : voisins par unité min {1}, moyenne {2:.2f}, max {3} ;</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="143"/>
        <source>%n island(s) (units without a neighbour);</source>
        <translation>
            <numerusform>%n île (unité sans voisin) ;</numerusform>
            <numerusform>%n îles (unités sans voisin) ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="144"/>
        <source>%n connected component(s).</source>
        <translation>
            <numerusform>%n composante connexe.</numerusform>
            <numerusform>%n composantes connexes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="146"/>
        <source>Layer {0}: %n unit(s) without a neighbour, with NULL z and p.</source>
        <translation>
            <numerusform>Couche {0} : %n unité sans voisin, avec z et p NULL.</numerusform>
            <numerusform>Couche {0} : %n unités sans voisin, avec z et p NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="149"/>
        <source>No unit of layer {0} has a neighbour with these weights: give a larger {1}, or choose the nearest units in {2}.</source>
        <translation>Aucune unité de la couche {0} n&apos;a de voisin avec ces poids : indiquez une valeur plus grande pour {1}, ou choisissez les unités les plus proches dans {2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="154"/>
        <source>No variation: field &apos;{0}&apos; of layer {1} has the same value in every unit, so z = 0 everywhere and there is no hot spot.</source>
        <translation>Pas de variation : le champ &apos;{0}&apos; de la couche {1} a la même valeur dans toutes les unités, donc z = 0 partout et il n&apos;y a aucun point chaud.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="175"/>
        <source>Hot spots 99/95/90%: {0}/{1}/{2}; cold spots 90/95/99%: {3}/{4}/{5}.</source>
        <translation>Points chauds 99/95/90 % : {0}/{1}/{2} ; points froids 90/95/99 % : {3}/{4}/{5}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="41"/>
        <source>Street network from OpenStreetMap</source>
        <translation>Réseau de rues depuis OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="43"/>
        <source>network,openstreetmap,osm,walk,bike,car,streets,roads,routing,topology</source>
        <translation>réseau,openstreetmap,osm,marche,vélo,voiture,rues,routes,calcul d&apos;itinéraire,topologie</translation>
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
        <translation>Quelles rues et quels chemins les gens peuvent-ils emprunter à pied, à vélo ou en voiture pour atteindre les soins ? À partir d&apos;un extrait OpenStreetMap (.osm ou .osm.pbf, lu depuis le fichier : rien n&apos;est téléchargé), cet outil construit un réseau de rues pour un mode de déplacement, prêt à servir de réseau routier à chaque algorithme de CareMap qui mesure les trajets dans les rues.

Comment lire les résultats (lignes dans la zone UTM locale, en mètres) :
- highway (la classe OpenStreetMap), name, osm_id ;
- speed_kmh : la vitesse de la ligne pour le mode (5,04 km/h sur chaque ligne à pied) ;
- oneway : 1 = seulement dans le sens de la ligne, -1 = seulement en sens inverse, 0 = dans les deux sens (toujours 0 à pied : on marche dans les deux sens le long d&apos;une rue à sens unique) ;
- component : la partie connexe à laquelle appartient la ligne, 0 = la plus grande ; length_m : sa longueur.
Dans les boîtes de dialogue d&apos;accessibilité, choisissez cette couche comme réseau routier, speed_kmh comme champ de vitesse et oneway comme champ de sens unique.

Exemple : à pied, le centre d&apos;Helsinki donne 2 280 voies utilisables sur 3 818 (voies ferrées et de tramway, voies privées et chantiers exclus), découpées en 4 268 lignes, 90,3 km en 47 parties connexes ; la plus grande partie regroupe 98,5 % de la longueur.

Mises en garde : les voies ne se rejoignent qu&apos;aux nœuds OpenStreetMap qu&apos;elles partagent, si bien qu&apos;un pont ne rejoint jamais la rue située dessous, et un carrefour mal cartographié laisse une petite partie séparée (vérifiez les parties connexes dans le journal : un établissement situé sur une petite partie n&apos;atteint que cette partie). Découpez avec une marge autour de la zone d&apos;étude, sinon les établissements situés juste à l&apos;extérieur deviennent inaccessibles. Les voies que chaque mode peut emprunter, leurs vitesses et les règles de sens unique sont listées dans docs/methods.md ; les classes highway inconnues sont exclues et comptées dans le journal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="69"/>
        <source>OpenStreetMap extract file (.osm or .osm.pbf) covering the study area and a margin around it. Typical: a city extract from Geofabrik or BBBike, or one cut with osmium.</source>
        <translation>Fichier d&apos;extrait OpenStreetMap (.osm ou .osm.pbf) couvrant la zone d&apos;étude et une marge autour. Typique : un extrait de la ville de Geofabrik ou BBBike, ou un extrait découpé avec osmium.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="70"/>
        <source>Who travels: walk, bike or car. It decides which ways are usable, their default speeds and whether one-way streets apply. Typical: walk for childcare and elder day care.</source>
        <translation>Qui se déplace : walk (à pied), bike (à vélo) ou car (en voiture). Cela détermine les voies utilisables, leurs vitesses par défaut et l&apos;application des sens uniques. Typique : walk pour la garde d&apos;enfants et l&apos;accueil de jour des personnes âgées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="71"/>
        <source>Optional speeds in km/h per highway class that replace the defaults of the travel mode, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or &apos;primary:40,residential:25&apos; for a congested town by car.</source>
        <translation>Vitesses facultatives en km/h par classe highway qui remplacent celles par défaut du mode de déplacement, sous forme d&apos;éléments classe:vitesse séparés par des virgules ; cela ne rend pas une classe utilisable. Typique : vide, ou &apos;primary:40,residential:25&apos; pour une ville congestionnée en voiture.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="72"/>
        <source>Optional extent: the network is clipped to it. Typical: the study area plus a margin of one catchment threshold, so facilities just outside stay reachable.</source>
        <translation>Emprise facultative : le réseau y est découpé. Typique : la zone d&apos;étude plus une marge d&apos;un seuil de zone de desserte, pour que les établissements juste à l&apos;extérieur restent accessibles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="73"/>
        <source>The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; choose it as the road network, with speed_kmh as its speed field and oneway as its one-way field.</source>
        <translation>Les lignes du réseau avec highway, speed_kmh, oneway, component et length_m, découpées aux nœuds partagés ; choisissez-la comme réseau routier, avec speed_kmh comme champ de vitesse et oneway comme champ de sens unique.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="74"/>
        <source>Number of connected parts of the network (1 = every street reaches every other).</source>
        <translation>Nombre de parties connexes du réseau (1 = chaque rue atteint toutes les autres).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="75"/>
        <source>Share (0 to 1) of the network length in its largest connected part; None when the network is empty.</source>
        <translation>Part (0 à 1) de la longueur du réseau dans sa plus grande partie connexe ; None si le réseau est vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="80"/>
        <location filename="../processing/algorithms/osmsupply.py" line="95"/>
        <source>OpenStreetMap extract</source>
        <translation>Extrait OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="81"/>
        <location filename="../processing/algorithms/report.py" line="132"/>
        <source>Travel mode</source>
        <translation>Mode de déplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="82"/>
        <source>Clip to this extent</source>
        <translation>Découper selon cette emprise</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="84"/>
        <source>Speed per highway class, km/h (e.g. &apos;primary:40,residential:25&apos;; empty = defaults)</source>
        <translation>Vitesse par classe highway, km/h (p. ex. &apos;primary:40,residential:25&apos; ; vide = valeurs par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="87"/>
        <source>Street network</source>
        <translation>Réseau de rues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="88"/>
        <source>Connected components</source>
        <translation>Composantes connexes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="89"/>
        <source>Share of length in the largest component</source>
        <translation>Part de la longueur dans la plus grande composante</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="96"/>
        <source>{0} could not be opened as an OpenStreetMap file by GDAL&apos;s OSM driver: choose an .osm or .osm.pbf extract.</source>
        <translation>Le pilote OSM de GDAL n&apos;a pas pu ouvrir {0} comme fichier OpenStreetMap : choisissez un extrait .osm ou .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="133"/>
        <location filename="../processing/algorithms/osmsupply.py" line="107"/>
        <source>OpenStreetMap file {0} was not found.</source>
        <translation>Le fichier OpenStreetMap {0} est introuvable.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="140"/>
        <source>Speed per highway class: {0}. Write it as &apos;primary:40,residential:25&apos;.</source>
        <translation>Vitesse par classe highway : {0}. Écrivez-la sous la forme &apos;primary:40,residential:25&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="152"/>
        <source>{0} has no lines (ways) {1}: choose an extract that covers the study area.</source>
        <translation>{0} ne contient aucune ligne (way) {1} : choisissez un extrait qui couvre la zone d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="153"/>
        <location filename="../processing/algorithms/osmnetwork.py" line="171"/>
        <source>in the chosen extent</source>
        <translation>dans l&apos;emprise choisie</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="165"/>
        <source>OpenStreetMap file {0}: {1}</source>
        <translation>Fichier OpenStreetMap {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="170"/>
        <source>{0} has no way usable for {1} {2}: choose another extract or mode.</source>
        <translation>{0} ne contient aucune voie utilisable pour {1} {2} : choisissez un autre extrait ou un autre mode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="181"/>
        <source>Network for {0}: {1} lines ({2:,.1f} km)</source>
        <translation>Réseau pour {0} : {1} lignes ({2:,.1f} km)</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="183"/>
        <source>in %n connected component(s); the largest holds {0:.1%} of the length.</source>
        <translation>
            <numerusform>en %n composante connexe ; la plus grande regroupe {0:.1%} de la longueur.</numerusform>
            <numerusform>en %n composantes connexes ; la plus grande regroupe {0:.1%} de la longueur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="186"/>
        <source>Points that snap onto a small component reach only what that component reaches; the field component tells them apart (0 = the largest).</source>
        <translation>Les points rattachés à une petite composante n&apos;atteignent que ce que cette composante atteint ; le champ component permet de les distinguer (0 = la plus grande).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="210"/>
        <source>{0} of {1} ways are usable for {2}.</source>
        <translation>{0} voies sur {1} sont utilisables pour {2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="213"/>
        <source>Ways of highway classes no mode uses were left out: {0}.</source>
        <translation>Les voies de classes highway qu&apos;aucun mode n&apos;utilise ont été exclues : {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="216"/>
        <source>%n way(s) left out by their access tags (no, private...).</source>
        <translation>
            <numerusform>%n voie exclue par ses balises d&apos;accès (no, private...).</numerusform>
            <numerusform>%n voies exclues par leurs balises d&apos;accès (no, private...).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="218"/>
        <source>%n way(s) of classes this mode may use only when a tag allows it (e.g. footways for bikes) left out.</source>
        <translation>
            <numerusform>%n voie exclue, d&apos;une classe que ce mode ne peut utiliser que si une balise l&apos;autorise (p. ex. chemins piétons pour les vélos).</numerusform>
            <numerusform>%n voies exclues, de classes que ce mode ne peut utiliser que si une balise l&apos;autorise (p. ex. chemins piétons pour les vélos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="220"/>
        <source>%n way(s) tagged motorroad=yes left out (closed to walking and cycling).</source>
        <translation>
            <numerusform>%n voie balisée motorroad=yes exclue (interdite aux piétons et aux vélos).</numerusform>
            <numerusform>%n voies balisées motorroad=yes exclues (interdites aux piétons et aux vélos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="222"/>
        <source>%n way(s) that are also railway tracks left out.</source>
        <translation>
            <numerusform>%n voie qui est aussi une voie ferrée exclue.</numerusform>
            <numerusform>%n voies qui sont aussi des voies ferrées exclues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="223"/>
        <source>%n way(s) with oneway=reversible/alternating left out (no fixed direction).</source>
        <translation>
            <numerusform>%n voie avec oneway=reversible/alternating exclue (pas de sens fixe).</numerusform>
            <numerusform>%n voies avec oneway=reversible/alternating exclues (pas de sens fixe).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="40"/>
        <source>Tag table {0} lacks the column(s) {1}.</source>
        <translation>
            <numerusform>Il manque à la table de balises {0} la colonne {1}.</numerusform>
            <numerusform>Il manque à la table de balises {0} les colonnes {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="44"/>
        <source>Cannot read tag table {0}: {1}</source>
        <translation>Impossible de lire la table d&apos;étiquettes {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="47"/>
        <source>Tag table {0} has no &apos;service&apos; row.</source>
        <translation>La table d&apos;étiquettes {0} n&apos;a aucune ligne &apos;service&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="61"/>
        <source>Care supply from OpenStreetMap</source>
        <translation>Offre de soins depuis OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="63"/>
        <source>care,supply,openstreetmap,osm,kindergarten,childcare,nursing home,social facility</source>
        <translation>soins,offre,openstreetmap,osm,jardin d&apos;enfants,garde d&apos;enfants,maison de retraite,établissement social</translation>
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
        <translation>Quels lieux de soins OpenStreetMap connaît-il dans ma zone ? Cet outil lit un extrait OpenStreetMap (.osm ou .osm.pbf, depuis le fichier : rien n&apos;est téléchargé) et garde les établissements de soins (jardins d&apos;enfants, accueil de la petite enfance, maisons de retraite, centres de jour, équipements sociaux...) sous forme de points dans le schéma de l&apos;inventaire de l&apos;offre de soins, pour les fusionner avec votre registre dans celui-ci.

Comment lire les résultats (points, longitude/latitude) :
- name, service_type (p. ex. kindergarten, nursing_home), target_group (children, older, disability, all) et sphere (public, private, community...) d&apos;après les balises ;
- capacity (la balise capacity ; généralement vide), fee (0 quand fee=no), source = osm ;
- osm_id, osm_type, matched_tag (la balise qui en a fait un lieu de soins), operator, opening_hours, à vérifier.

Exemple : le centre d&apos;Helsinki donne 5 lieux : un service d&apos;accueil de la petite enfance (Hoivanet Kids Park), trois centres communautaires pour tous les âges et un équipement social. Aucun jardin d&apos;enfants n&apos;y est cartographié : OpenStreetMap est une source à compléter, pas un inventaire.

Mises en garde : on ne trouve que ce que les contributeurs ont balisé, et les capacités sont rarement balisées ; indiquez donc une capacité par défaut dans l&apos;inventaire ou, mieux, les chiffres du gestionnaire. Les surfaces (bâtiments, terrains) sont prises en un point de leur surface. Les balises qui correspondent à chaque service sont définies par une table de balises (un CSV ; celui fourni est data/osm_care_tags.csv) : la première ligne correspondante l&apos;emporte, copiez-la donc et placez vos balises locales en premier. Détails dans docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="86"/>
        <source>OpenStreetMap extract file (.osm or .osm.pbf) covering the study area. Typical: a city extract from Geofabrik or BBBike.</source>
        <translation>Fichier d&apos;extrait OpenStreetMap (.osm ou .osm.pbf) couvrant la zone d&apos;étude. Typique : un extrait de la ville de Geofabrik ou BBBike.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="87"/>
        <source>Optional CSV tag table mapping OpenStreetMap tags to service_type, target_group and sphere (columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere; the first matching &apos;service&apos; row wins); empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging.</source>
        <translation>Table de balises CSV facultative qui fait correspondre les balises OpenStreetMap à service_type, target_group et sphere (colonnes kind, key, value, condition_key, condition_value, service_type, target_group, sphere ; la première ligne &apos;service&apos; correspondante l&apos;emporte) ; vide = le fichier fourni data/osm_care_tags.csv. Typique : vide, ou une copie complétée pour le balisage local.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="88"/>
        <source>Optional extent: only facilities inside it are kept. Typical: the extent of the study area.</source>
        <translation>Emprise facultative : seuls les services à l&apos;intérieur sont conservés. Typique : l&apos;emprise de la zone d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="89"/>
        <source>Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for the care supply inventory.</source>
        <translation>Points des établissements de soins en WGS84 avec name, service_type, target_group, sphere, capacity, fee et source, prêts pour l&apos;inventaire de l&apos;offre de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="90"/>
        <source>Number of care facilities written (OpenStreetMap objects matching a row of the tag table).</source>
        <translation>Nombre d&apos;établissements de soins écrits (objets OpenStreetMap correspondant à une ligne de la table d&apos;étiquettes).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="96"/>
        <source>Only within this extent</source>
        <translation>Seulement dans cette emprise</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="98"/>
        <source>Tag table (CSV; empty = the bundled one)</source>
        <translation>Table d&apos;étiquettes (CSV ; vide = celle fournie)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="101"/>
        <source>Care facilities from OpenStreetMap</source>
        <translation>Établissements de soins issus d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="102"/>
        <source>Facilities found</source>
        <translation>Établissements trouvés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="124"/>
        <source>{0} could not be opened as an OpenStreetMap file by GDAL&apos;s OSM driver.</source>
        <translation>Le pilote OSM de GDAL n&apos;a pas pu ouvrir {0} comme fichier OpenStreetMap.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="177"/>
        <source>%n OpenStreetMap feature(s) read</source>
        <translation>
            <numerusform>%n entité OpenStreetMap lue</numerusform>
            <numerusform>%n entités OpenStreetMap lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="177"/>
        <source>%n care facilit(y/ies) mapped.</source>
        <translation>
            <numerusform>%n établissement de soins retenu.</numerusform>
            <numerusform>%n établissements de soins retenus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="179"/>
        <source>No feature of {0} matched the tag table.</source>
        <translation>Aucune entité de {0} ne correspond à la table d&apos;étiquettes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="58"/>
        <source>Pre-flight check for a workshop</source>
        <translation>Vérification préalable pour un atelier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="60"/>
        <source>preflight,check,workshop,install,offline,version,scipy,demo data</source>
        <translation>vérification préalable,vérification,atelier,installation,hors ligne,version,scipy,données de démonstration</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="62"/>
        <source>Is this computer ready for the workshop? Run it once on every laptop before the participants arrive: it checks that QGIS is recent enough for the plugin, that SciPy can be imported, which CareMap version is installed, that the demo city&apos;s files are there and can be read, that the map styles are there, and that a tiny accessibility run gives the right answer.

How to read the results: the log and the report list every check with OK or PROBLEM; each PROBLEM says what to do. &apos;Checks failed&apos; is 0 when the laptop is ready.

Example: on a laptop with QGIS 3.40 and the plugin installed from the zip, all six checks say OK and the report ends with &apos;Ready for the workshop&apos;. If the plugin was copied without its data folder, the demo data check says PROBLEM and asks to reinstall the plugin from the zip.

Caveats: the check needs no internet and changes nothing; it does not test printing or the PDF report.</source>
        <translation>Cet ordinateur est-il prêt pour l&apos;atelier ? Lancez-la une fois sur chaque ordinateur portable avant l&apos;arrivée des participants : elle vérifie que QGIS est assez récent pour l&apos;extension, que SciPy peut être importé, quelle version de CareMap est installée, que les fichiers de la ville de démonstration sont présents et lisibles, que les styles de carte sont présents, et qu&apos;un petit calcul d&apos;accessibilité donne la bonne réponse.

Comment lire les résultats : le journal et le rapport listent chaque vérification avec OK ou PROBLÈME ; chaque PROBLÈME indique quoi faire. « Vérifications échouées » vaut 0 quand l&apos;ordinateur est prêt.

Exemple : sur un ordinateur portable avec QGIS 3.40 et l&apos;extension installée depuis le zip, les six vérifications indiquent OK et le rapport se termine par « Prêt pour l&apos;atelier ». Si l&apos;extension a été copiée sans son dossier data, la vérification des données de démonstration indique PROBLÈME et demande de réinstaller l&apos;extension depuis le zip.

Mises en garde : la vérification ne nécessite pas Internet et ne modifie rien ; elle ne teste ni l&apos;impression ni le rapport PDF.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="78"/>
        <source>The pre-flight report: an HTML page (or plain text for a .txt file) with one line per check, OK or what to do. Typical: a temporary file.</source>
        <translation>Le rapport de vérification préalable : une page HTML (ou du texte brut pour un fichier .txt) avec une ligne par vérification, OK ou ce qu&apos;il faut faire. Typique : un fichier temporaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="79"/>
        <source>Number of checks that failed; 0 when the computer is ready for the workshop.</source>
        <translation>Nombre de vérifications échouées ; 0 quand l&apos;ordinateur est prêt pour l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="80"/>
        <source>1 when every check passed, else 0.</source>
        <translation>1 quand toutes les vérifications ont réussi, sinon 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="85"/>
        <source>Pre-flight report</source>
        <translation>Rapport de vérification préalable</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="85"/>
        <source>HTML files (*.html);;Text files (*.txt)</source>
        <translation>Fichiers HTML (*.html);;Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="86"/>
        <source>Checks failed</source>
        <translation>Vérifications échouées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="87"/>
        <source>Ready for the workshop</source>
        <translation>Prêt pour l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="94"/>
        <source>QGIS {0} (the plugin needs {1} or later)</source>
        <translation>QGIS {0} (l&apos;extension nécessite la version {1} ou ultérieure)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="98"/>
        <source>Install QGIS {0} or later (the long-term release from qgis.org), then install the plugin again from the zip.</source>
        <translation>Installez QGIS {0} ou ultérieur (la version long terme de qgis.org), puis réinstallez l&apos;extension depuis le zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="106"/>
        <source>SciPy cannot be imported ({0})</source>
        <translation>SciPy ne peut pas être importé ({0})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="107"/>
        <source>Install SciPy for the Python of QGIS: on Windows, run the OSGeo4W setup and tick python3-scipy; on Linux, install the package python3-scipy; on macOS, the official QGIS installer already has it.</source>
        <translation>Installez SciPy pour le Python de QGIS : sous Windows, lancez l&apos;installateur OSGeo4W et cochez python3-scipy ; sous Linux, installez le paquet python3-scipy ; sous macOS, l&apos;installateur officiel de QGIS l&apos;inclut déjà.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="110"/>
        <source>SciPy {0} (needs {1} or later)</source>
        <translation>SciPy {0} (nécessite la version {1} ou ultérieure)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="113"/>
        <source>Update SciPy for the Python of QGIS to {0} or later.</source>
        <translation>Mettez à jour SciPy pour le Python de QGIS vers la version {0} ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="119"/>
        <source>metadata.txt of the plugin cannot be read ({0})</source>
        <translation>Le fichier metadata.txt de l&apos;extension ne peut pas être lu ({0})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="120"/>
        <source>Install the plugin again from the zip (Plugins &gt; Manage and Install Plugins &gt; Install from ZIP).</source>
        <translation>Réinstallez l&apos;extension depuis le zip (Extensions &gt; Installer/Gérer les extensions &gt; Installer depuis un ZIP).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="121"/>
        <source>CareMap {0} in {1}</source>
        <translation>CareMap {0} dans {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="145"/>
        <source>Demo data in {0}: {1}</source>
        <translation>Données de démonstration dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="146"/>
        <source>Demo data in {0}: missing or unreadable: {1}</source>
        <translation>Données de démonstration dans {0} : manquantes ou illisibles : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="147"/>
        <source>Install the plugin again from the zip (it carries data/demo), or copy the folder data/demo from the workshop USB stick into the plugin folder.</source>
        <translation>Réinstallez l&apos;extension depuis le zip (il contient data/demo), ou copiez le dossier data/demo depuis la clé USB de l&apos;atelier dans le dossier de l&apos;extension.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="156"/>
        <source>{0} style files in {1}</source>
        <translation>{0} fichiers de style dans {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="157"/>
        <source>Style files missing: {0}</source>
        <translation>Fichiers de style manquants : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="158"/>
        <source>Results would open unstyled. Install the plugin again from the zip.</source>
        <translation>Les résultats s&apos;ouvriraient sans style. Réinstallez l&apos;extension depuis le zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="200"/>
        <source>The tiny accessibility run failed: {0}</source>
        <translation>Le petit calcul d&apos;accessibilité a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="201"/>
        <source>Check SciPy (above), then install the plugin again from the zip; if it still fails, send this report to the workshop&apos;s trainer.</source>
        <translation>Vérifiez SciPy (ci-dessus), puis réinstallez l&apos;extension depuis le zip ; si l&apos;échec persiste, envoyez ce rapport au formateur de l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="204"/>
        <source>Tiny accessibility run: access {0:g} and {1:g} places per person, {2:.1%} covered (expected 0.2 and 0, 66.7%)</source>
        <translation>Petit calcul d&apos;accessibilité : accès {0:g} et {1:g} places par personne, {2:.1%} couvert (attendu 0.2 et 0, 66.7%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="207"/>
        <source>The plugin computes a wrong answer on this computer: install it again from the zip and send this report to the workshop&apos;s trainer.</source>
        <translation>L&apos;extension calcule une réponse fausse sur cet ordinateur : réinstallez-la depuis le zip et envoyez ce rapport au formateur de l&apos;atelier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="212"/>
        <source>QGIS version</source>
        <translation>Version de QGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="213"/>
        <source>SciPy</source>
        <translation>Bibliothèque SciPy</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="214"/>
        <source>CareMap plugin</source>
        <translation>Extension CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="215"/>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="216"/>
        <source>Map styles</source>
        <translation>Styles de carte</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="217"/>
        <source>Tiny accessibility run</source>
        <translation>Petit calcul d&apos;accessibilité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="225"/>
        <source>Install the plugin again from the zip.</source>
        <translation>Réinstallez l&apos;extension depuis le zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="228"/>
        <source>OK: {0}: {1}</source>
        <translation>OK : {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="230"/>
        <source>PROBLEM: {0}: {1}. What to do: {2}</source>
        <translation>PROBLÈME : {0} : {1}. Quoi faire : {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="233"/>
        <source>Ready for the workshop.</source>
        <translation>Prêt pour l&apos;atelier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/preflight.py" line="234"/>
        <source>Not ready: %n check(s) failed.</source>
        <translation>
            <numerusform>Pas prêt : %n vérification a échoué.</numerusform>
            <numerusform>Pas prêt : %n vérifications ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="243"/>
        <source>CareMap pre-flight check</source>
        <translation>Vérification préalable CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="249"/>
        <source>What to do: {0}</source>
        <translation>Quoi faire : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="256"/>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="265"/>
        <source>What to do</source>
        <translation>Quoi faire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="28"/>
        <location filename="../processing/algorithms/priorityindex.py" line="96"/>
        <location filename="../processing/report_layout.py" line="428"/>
        <location filename="../processing/report_text.py" line="248"/>
        <source>Care priority index</source>
        <translation>Indice de priorité des soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="30"/>
        <source>priority,composite index,ranking,quintile,vulnerability</source>
        <translation>priorité,indice composite,classement,quintile,vulnérabilité</translation>
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
        <translation>Quelles unités traiter en premier ? L&apos;indice de priorité des soins combine plusieurs indicateurs de besoin (demande non satisfaite, faible accès, pauvreté, ménages dirigés par une femme...) en un score par unité, classe les unités et montre ce que chaque indicateur apporte à chaque score.

Comment lire les résultats :
- Indice de priorité des soins (une ligne par unité, avec ses propres champs) : priority = le score, de 0 à 1 avec la normalisation min-max ou par rang (plus élevé = plus prioritaire) ; priority_rank = 1 pour la priorité la plus élevée (les ex aequo partagent un rang) ; priority_quintile = 5 pour les 20 % d&apos;unités à la priorité la plus élevée, jusqu&apos;à 1 pour les 20 % les plus bas ; contrib_ suivi du nom du champ = ce que cet indicateur apporte au score (poids x valeur normalisée), de sorte qu&apos;un score peut être expliqué indicateur par indicateur.
- Avec la sensibilité aux poids : rank_best et rank_worst (le meilleur et le pire rang quand chaque poids, tour à tour, est 20 % plus bas ou 20 % plus haut), rank_move (le plus grand déplacement du rang) et top_always (1 = dans le quintile supérieur sous chacune de ces pondérations : une priorité qu&apos;aucun changement raisonnable des poids ne supprime).

Poids : écrivez-les associés aux noms de champs, p. ex. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (chaque indicateur coché une fois ; ils sont remis à l&apos;échelle pour totaliser 1). Vide = poids égaux. Une simple liste de nombres (&apos;2,1,1,1&apos;) est encore acceptée, associée aux indicateurs dans l&apos;ordre où ils sont listés (dans la boîte de dialogue : l&apos;ordre des champs dans la couche, pas l&apos;ordre dans lequel ils ont été cochés) ; le journal affiche donc le poids reçu par chaque indicateur.

Exemple : dans la ville de démonstration du tutoriel, demande non satisfaite (poids 2), accès (plus bas = plus prioritaire), pauvreté et ménages dirigés par une femme (poids 1 chacun), normalisés par rang : 598 îlots sont dans le quintile supérieur, dont 38 % à El Porvenir, suivi de Las Américas ; seuls 8 % d&apos;entre eux sont des déserts de soins. À la main : trois îlots avec une demande non satisfaite de 10, 50, 30 et un accès de 0,2, 0,1, 0,5, poids &apos;unmet:2, access:1&apos;, min-max : priorité 0,25, 1,00 et 0,33, rangs 3, 1 et 2.

Le préréglage Bogota reprend les critères que le Système de soins de district de Bogota a utilisés pour implanter ses îlots du soin : demande de soins (share_under5 : part des enfants de moins de 5 ans ; share_80plus : part des personnes de 80 ans ou plus ; dependency_ratio), personnes aidantes (share_women_unpaid : part des femmes de 15 ans ou plus qui ne font que du travail domestique non rémunéré ; fhh_share : part des ménages (monoparentaux) dirigés par une femme) et pauvreté (poverty), chacun de poids 1 sauf si des poids sont indiqués ; la couche a besoin de champs portant ces noms.

Mises en garde : les poids sont un choix, pas un fait : dites qui les a choisis. Un indicateur de même valeur partout n&apos;apporte rien (avertissement) ; des valeurs NULL d&apos;indicateur sont une erreur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="66"/>
        <source>Layer of units with the indicator fields. Typical: the Care deserts layer, or the units output of Care map in one run.</source>
        <translation>Couche d&apos;unités avec les champs indicateurs. Typique : la couche des Déserts de soins, ou la sortie unités de Carte des soins en une seule exécution.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="67"/>
        <source>Ready-made indicators: none = the indicator fields ticked below; Bogota care blocks = the criteria of Bogota&apos;s District Care System (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, read from fields with those names; the ticked fields are then not used). Typical: none.</source>
        <translation>Indicateurs prêts à l&apos;emploi : aucun = les champs d&apos;indicateurs cochés ci-dessous ; îlots du soin de Bogota = les critères du Système de soins de district de Bogota (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, lus dans des champs portant ces noms ; les champs cochés ne sont alors pas utilisés). Typique : aucun.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="68"/>
        <source>Numeric indicator fields to combine (no NULL values). Typical: unmet, access, care_intensity and a poverty rate.</source>
        <translation>Champs indicateurs numériques à combiner (sans valeurs NULL). Typique : unmet, access, care_intensity et un taux de pauvreté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="69"/>
        <source>Indicators, among the ticked indicator fields, where a lower value means more need, so they are reversed. Typical: access.</source>
        <translation>Indicateurs, parmi les champs indicateurs cochés, pour lesquels une valeur plus basse signifie plus de besoin ; ils sont donc inversés. Typique : access.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="70"/>
        <source>How each indicator is put on a common scale: min-max (0 to 1), rank (0 to 1, ties share the average rank) or z-score. Typical: min-max, or rank when an indicator has extreme values.</source>
        <translation>Comment chaque indicateur est ramené à une échelle commune : min-max (0 à 1), rang (0 à 1, les ex aequo partagent le rang moyen) ou score z. Typique : min-max, ou le rang quand un indicateur a des valeurs extrêmes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="71"/>
        <source>Weight of each indicator as field:weight items separated by commas, one for each ticked indicator, rescaled to sum 1; empty = equal weights. A plain list of numbers is paired with the indicators in the order they are listed (the layer&apos;s field order in the dialog). Typical: &apos;unmet:2, access:1, poverty:1&apos;.</source>
        <translation>Poids de chaque indicateur sous forme d&apos;éléments champ:poids séparés par des virgules, un par indicateur coché, remis à l&apos;échelle pour totaliser 1 ; vide = poids égaux. Une simple liste de nombres est associée aux indicateurs dans l&apos;ordre où ils sont listés (l&apos;ordre des champs de la couche dans la boîte de dialogue). Typique : &apos;unmet:2, access:1, poverty:1&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="72"/>
        <source>The units with priority, priority_rank, priority_quintile and one contribution field (contrib_ and the field name) per indicator.</source>
        <translation>Les unités avec priority, priority_rank, priority_quintile et un champ de contribution (contrib_ suivi du nom du champ) par indicateur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="73"/>
        <source>Number of units with a priority index (a unit with NULL in an indicator gets none).</source>
        <translation>Nombre d&apos;unités ayant un indice de priorité (une unité avec NULL dans un indicateur n&apos;en reçoit pas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="74"/>
        <source>Also rank the units with each weight in turn 20% lower and 20% higher, and flag the units in the top quintile under every one of those weightings. Typical: on, before a ranking decides where money goes.</source>
        <translation>Classer aussi les unités avec chaque poids, tour à tour, 20 % plus bas et 20 % plus haut, et signaler les unités du quintile supérieur sous chacune de ces pondérations. Typique : activé, avant qu&apos;un classement décide de l&apos;affectation des fonds.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="75"/>
        <source>Number of units in the top quintile under every weighting of the sensitivity report; None when the report was not asked for.</source>
        <translation>Nombre d&apos;unités dans le quintile supérieur sous chaque pondération du rapport de sensibilité ; None si le rapport n&apos;a pas été demandé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="80"/>
        <source>Preset of indicators</source>
        <translation>Préréglage d&apos;indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="83"/>
        <source>Indicator fields</source>
        <translation>Champs d&apos;indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="85"/>
        <source>Indicators where lower = more priority</source>
        <translation>Indicateurs pour lesquels plus bas = plus prioritaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="88"/>
        <source>Weights (field:weight, separated by commas; empty = equal)</source>
        <translation>Poids (champ:poids, séparés par des virgules ; vide = égaux)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="90"/>
        <source>Normalisation</source>
        <translation>Normalisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="93"/>
        <source>Sensitivity to the weights (each weight {0:.0%} lower and higher)</source>
        <translation>Sensibilité aux poids (chaque poids {0:.0%} plus bas et plus haut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="97"/>
        <source>Units with a priority index</source>
        <translation>Unités ayant un indice de priorité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="98"/>
        <source>Units in the top quintile under every weighting</source>
        <translation>Unités dans le quintile supérieur sous chaque pondération</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="111"/>
        <source>{0} holds &apos;{1}&apos;: give every weight with its field name (e.g. {2}), or only numbers.</source>
        <translation>{0} contient &apos;{1}&apos; : donnez chaque poids avec son nom de champ (p. ex. {2}), ou uniquement des nombres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="117"/>
        <source>{0} holds &apos;{1}&apos;: write field:weight items separated by commas (e.g. {2}), or leave it empty for equal weights.</source>
        <translation>{0} contient &apos;{1}&apos; : écrivez des éléments champ:poids séparés par des virgules (p. ex. {2}), ou laissez vide pour des poids égaux.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="120"/>
        <source>{0}: %n indicator field(s) chosen in {1} ({2}), but the number of weights given is {3}. Write field:weight items (e.g. {4}), or leave it empty for equal weights.</source>
        <translation>
            <numerusform>{0} : %n champ indicateur choisi dans {1} ({2}), mais le nombre de poids indiqués est {3}. Écrivez des éléments champ:poids (p. ex. {4}), ou laissez vide pour des poids égaux.</numerusform>
            <numerusform>{0} : %n champs indicateurs choisis dans {1} ({2}), mais le nombre de poids indiqués est {3}. Écrivez des éléments champ:poids (p. ex. {4}), ou laissez vide pour des poids égaux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="130"/>
        <source>{0}: &apos;{1}&apos; is not one of the indicator fields chosen in {2} ({3}). Tick it there, or correct the name.</source>
        <translation>{0} : &apos;{1}&apos; n&apos;est pas l&apos;un des champs indicateurs choisis dans {2} ({3}). Cochez-le là, ou corrigez le nom.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="134"/>
        <source>{0}: field &apos;{1}&apos; is given twice; give each indicator one weight.</source>
        <translation>{0} : le champ &apos;{1}&apos; est indiqué deux fois ; donnez un seul poids à chaque indicateur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="139"/>
        <source>{0}: the weight of &apos;{1}&apos; is &apos;{2}&apos;, not a number (e.g. {1}:2).</source>
        <translation>{0} : le poids de &apos;{1}&apos; est &apos;{2}&apos;, qui n&apos;est pas un nombre (p. ex. {1}:2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="143"/>
        <source>{0}: no weight for %n ticked indicator(s): {1}. Give each a weight (e.g. {2}), or untick it in {3}.</source>
        <translation>
            <numerusform>{0} : aucun poids pour %n indicateur coché : {1}. Donnez-lui un poids (p. ex. {2}), ou décochez-le dans {3}.</numerusform>
            <numerusform>{0} : aucun poids pour %n indicateurs cochés : {1}. Donnez un poids à chacun (p. ex. {2}), ou décochez-les dans {3}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="161"/>
        <source>The preset {0} needs %n field(s) that layer {1} does not have: {2}. Add them (e.g. with the field calculator), or choose no preset and tick your own fields.</source>
        <translation>
            <numerusform>Le préréglage {0} a besoin de %n champ que la couche {1} n&apos;a pas : {2}. Ajoutez-le (p. ex. avec la calculatrice de champs), ou ne choisissez aucun préréglage et cochez vos propres champs.</numerusform>
            <numerusform>Le préréglage {0} a besoin de %n champs que la couche {1} n&apos;a pas : {2}. Ajoutez-les (p. ex. avec la calculatrice de champs), ou ne choisissez aucun préréglage et cochez vos propres champs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="168"/>
        <source>Preset: indicators {0}; the ticked indicator fields are not used.</source>
        <translation>Préréglage : indicateurs {0} ; les champs d&apos;indicateurs cochés ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="171"/>
        <source>Choose at least one field in {0}.</source>
        <translation>Choisissez au moins un champ dans {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="174"/>
        <source>%n field(s) chosen in {1} but not in {2}: {0}. Add them to {2}, or untick them in {1}.</source>
        <translation>
            <numerusform>%n champ choisi dans {1} mais absent de {2} : {0}. Ajoutez-le à {2}, ou décochez-le dans {1}.</numerusform>
            <numerusform>%n champs choisis dans {1} mais absents de {2} : {0}. Ajoutez-les à {2}, ou décochez-les dans {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="179"/>
        <source>{0} are plain numbers, paired with the indicators in the order they are listed: {1}. To tie each weight to its field whatever the order, write {2}.</source>
        <translation>{0} sont de simples nombres, associés aux indicateurs dans l&apos;ordre où ils sont listés : {1}. Pour lier chaque poids à son champ quel que soit l&apos;ordre, écrivez {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="190"/>
        <source>No variation: %n indicator(s) of layer {1} with the same value in every unit ({0}), normalised to 0: they do not change the ranking.</source>
        <translation>
            <numerusform>Pas de variation : %n indicateur de la couche {1} a la même valeur dans toutes les unités ({0}), normalisé à 0 : il ne change pas le classement.</numerusform>
            <numerusform>Pas de variation : %n indicateurs de la couche {1} ont la même valeur dans toutes les unités ({0}), normalisés à 0 : ils ne changent pas le classement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="202"/>
        <source>Sensitivity: %n unit(s) stay in the top quintile under every weighting</source>
        <translation>
            <numerusform>Sensibilité : %n unité reste dans le quintile supérieur sous chaque pondération</numerusform>
            <numerusform>Sensibilité : %n unités restent dans le quintile supérieur sous chaque pondération</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="203"/>
        <source>(each of the %n weight(s) in turn {0:.0%} lower and higher); the largest move of a rank is {1}.</source>
        <translation>
            <numerusform>(chacun des %n poids tour à tour {0:.0%} plus bas et plus haut) ; le plus grand déplacement d&apos;un rang est {1}.</numerusform>
            <numerusform>(chacun des %n poids tour à tour {0:.0%} plus bas et plus haut) ; le plus grand déplacement d&apos;un rang est {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="208"/>
        <source>{0}: weight {1:.3f}{2}</source>
        <translation>{0} : poids {1:.3f}{2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="209"/>
        <source> (inverted)</source>
        <translation> (inversé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="213"/>
        <source>Share of the total index by indicator: {0}</source>
        <translation>Part de l&apos;indice total par indicateur : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="46"/>
        <source>Care demand from population rasters</source>
        <translation>Demande de soins à partir de rasters de population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="48"/>
        <source>care,demand,population,raster,zonal statistics,hexagon,grid,worldpop</source>
        <translation>soins,demande,population,raster,statistiques zonales,hexagone,grille,worldpop</translation>
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
        <translation>Combien de personnes, et de quels âges, vivent dans chaque zone quand le recensement ne fournit que des grilles de population (des rasters comme les grilles par âge et sexe de WorldPop) ? Cet outil additionne les rasters dans vos polygones (districts, secteurs) ou, sans polygones, dans une grille d&apos;hexagones qu&apos;il trace sur les rasters, prête à servir d&apos;unités de demande pour la demande de soins et l&apos;accessibilité.

Comment lire les résultats (les zones ou les hexagones) :
- un champ par bande de raster, nommé d&apos;après le raster : les personnes qu&apos;il place dans la zone ;
- raster_total : la somme de ces champs (personnes) ; n_pixels : les pixels comptés (premier raster) ;
- hexagones seulement : hex_id et pop_density (personnes par km2).

Exemple : un hexagone de 500 m de côté couvre 0,65 km2 (2,6 x 0,5 km x 0,5 km) ; si les centres de pixels qu&apos;il contient regroupent 2 600 personnes, raster_total = 2 600 et pop_density vaut environ 4 000 par km2.

Mises en garde : un pixel compte entièrement pour la zone qui contient son centre, jamais partagé, si bien que des zones plus petites qu&apos;un pixel peuvent ne rien recevoir (NULL) et que les zones étroites sont approximatives ; des zones qui se chevauchent comptent chacune les pixels qu&apos;elles contiennent. Les pixels nodata sont ignorés, tout comme les pixels NaN ou infinis (comptés dans un avertissement) ; des valeurs négatives sont une erreur. Ce sont les zones qui sont reprojetées vers les rasters, jamais les rasters. Détails dans docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="69"/>
        <source>One or more population rasters (people per pixel), one output field each. Typical: WorldPop age-sex grids such as f_0 and m_0.</source>
        <translation>Un ou plusieurs rasters de population (personnes par pixel), un champ de sortie pour chacun. Typique : grilles âge-sexe WorldPop comme f_0 et m_0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="70"/>
        <source>Optional polygons to sum the rasters into; empty = a hexagon grid generated over the rasters. Typical: census tracts, or empty.</source>
        <translation>Polygones facultatifs dans lesquels sommer les rasters ; vide = une grille hexagonale générée sur les rasters. Typique : secteurs de recensement, ou vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="71"/>
        <source>Side of a generated hexagon in metres, used when no zones are given. Typical: 500 m in a city.</source>
        <translation>Côté d&apos;un hexagone généré en mètres, utilisé quand aucune zone n&apos;est fournie. Typique : 500 m en ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="72"/>
        <source>Orientation of the generated hexagons: pointy (vertex up) or flat (side up). Typical: pointy.</source>
        <translation>Orientation des hexagones générés : pointy (sommet en haut) ou flat (côté en haut). Typique : pointy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="73"/>
        <source>If checked, generated hexagons without any valid pixel are kept (with NULL values). Typical: unchecked.</source>
        <translation>Si coché, les hexagones générés sans aucun pixel valide sont conservés (avec des valeurs NULL). Typique : non coché.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="74"/>
        <source>The zones or hexagons with one field per raster, raster_total, n_pixels and, for hexagons, pop_density.</source>
        <translation>Les zones ou hexagones avec un champ par raster, raster_total, n_pixels et, pour les hexagones, pop_density.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="75"/>
        <source>Sum of raster_total over all zones: the people the rasters put in the zones or hexagons.</source>
        <translation>Somme de raster_total sur toutes les zones : les personnes que les rasters placent dans les zones ou hexagones.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="80"/>
        <source>Population rasters</source>
        <translation>Rasters de population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="82"/>
        <source>Zones (empty = generate hexagons)</source>
        <translation>Zones (vide = générer des hexagones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="85"/>
        <source>Hexagon side (m)</source>
        <translation>Côté de l&apos;hexagone (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="86"/>
        <source>Hexagon orientation</source>
        <translation>Orientation des hexagones</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="89"/>
        <source>Keep hexagons without valid pixels</source>
        <translation>Garder les hexagones sans pixel valide</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="91"/>
        <source>Population by zone</source>
        <translation>Population par zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="92"/>
        <source>Total population</source>
        <translation>Population totale</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="124"/>
        <source>Raster {0} (band {1}): %n negative pixel value(s) that are not nodata around the zones; population counts cannot be negative.</source>
        <translation>
            <numerusform>Raster {0} (bande {1}) : %n valeur de pixel négative hors nodata autour des zones ; un effectif de population ne peut pas être négatif.</numerusform>
            <numerusform>Raster {0} (bande {1}) : %n valeurs de pixel négatives hors nodata autour des zones ; un effectif de population ne peut pas être négatif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="129"/>
        <source>Raster {0} (band {1}): %n pixel(s) inside the zones holding NaN or infinite values that are not its nodata value: they are skipped (counted as no data, not as people)</source>
        <translation>
            <numerusform>Raster {0} (bande {1}) : %n pixel à l&apos;intérieur des zones contient une valeur NaN ou infinie qui n&apos;est pas sa valeur nodata : il est ignoré (compté comme absence de données, pas comme des personnes)</numerusform>
            <numerusform>Raster {0} (bande {1}) : %n pixels à l&apos;intérieur des zones contiennent des valeurs NaN ou infinies qui ne sont pas sa valeur nodata : ils sont ignorés (comptés comme absence de données, pas comme des personnes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="132"/>
        <source>in %n zone(s). Check the raster, or set its nodata value.</source>
        <translation>
            <numerusform>dans %n zone. Vérifiez le raster, ou définissez sa valeur nodata.</numerusform>
            <numerusform>dans %n zones. Vérifiez le raster, ou définissez sa valeur nodata.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="141"/>
        <source>Choose at least one raster in {0}.</source>
        <translation>Choisissez au moins un raster dans {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="150"/>
        <source>Layer {0} has no valid coordinate reference system: set its CRS (layer properties) and run again.</source>
        <translation>La couche {0} n&apos;a pas de système de coordonnées de référence valide : définissez son SCR (propriétés de la couche) et relancez.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="175"/>
        <source>Hexagon grid: {0}</source>
        <translation>Grille d&apos;hexagones : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="177"/>
        <source>{0} hexagons of side {1} m generated in {2}.</source>
        <translation>{0} hexagones de {1} m de côté générés dans {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="215"/>
        <source>%n zone(s) without a valid pixel centre in any raster: NULL.</source>
        <translation>
            <numerusform>%n zone sans centre de pixel valide dans aucun raster : NULL.</numerusform>
            <numerusform>%n zones sans centre de pixel valide dans aucun raster : NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="225"/>
        <source>%n hexagon(s) written</source>
        <translation>
            <numerusform>%n hexagone écrit</numerusform>
            <numerusform>%n hexagones écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="226"/>
        <source>%n without valid pixels dropped).</source>
        <translation>
            <numerusform>%n sans pixel valide supprimé).</numerusform>
            <numerusform>%n sans pixel valide supprimés).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="44"/>
        <source>Care map report</source>
        <translation>Rapport de la carte des soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="46"/>
        <source>report,html,pdf,map,charts,summary,council</source>
        <translation>rapport,html,pdf,carte,graphiques,résumé,conseil municipal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="48"/>
        <source>What does the care map say, in a form a council can read? Writes a self-contained HTML report (it opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the area, the date, the key numbers as sentences and an overview map; then one map per indicator (with the district outlines and names and the streets as a light base), the charts, what each indicator means and a table of the method and parameters.

How to read the results: the sentences say what each number counts (people of the cohort within the travel time, places per person, places missing for the policy target, people in care deserts). The maps use the layer&apos;s own fields: care_demand (people), access (places per person), cost_nearest (minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left out. The figures returned are the same numbers.

With the outputs of Care blocks (Advanced), the report adds the sentence on the people who need care and the caregivers the blocks reach, before and after, and a map of the blocks: areas of influence, anchors and alternate buildings.

Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads &apos;92,708 children under 6 (90%) live within 10 minutes&apos; walk of the nearest facility&apos;.

Caveats: give the travel time the analysis used, since the report quotes it but does not recompute the access; text from the layers (district and facility names) is shown as text, never run.</source>
        <translation>Que dit la carte des soins, sous une forme lisible par un conseil municipal ? Écrit un rapport HTML autonome (il s&apos;ouvre dans n&apos;importe quel navigateur, sans Internet) et, si vous le demandez, un PDF. La page 1 donne le titre, la zone, la date, les chiffres clés sous forme de phrases et une carte d&apos;ensemble ; viennent ensuite une carte par indicateur (avec les contours et les noms des districts et les rues en fond léger), les graphiques, la signification de chaque indicateur et un tableau de la méthode et des paramètres.

Comment lire les résultats : les phrases disent ce que compte chaque chiffre (personnes de la cohorte dans le temps de trajet, places par personne, places manquantes pour l&apos;objectif de politique publique, personnes dans des déserts de soins). Les cartes utilisent les propres champs de la couche : care_demand (personnes), access (places par personne), cost_nearest (minutes), desert (1 = désert de soins) et priority (0 à 1) ; une partie dont le champ manque est omise. Les chiffres renvoyés sont les mêmes nombres.

Avec les sorties d&apos;Îlots du soin (Paramètres avancés), le rapport ajoute la phrase sur les personnes qui ont besoin de soins et les personnes aidantes que les îlots atteignent, avant et après, ainsi qu&apos;une carte des îlots : zones d&apos;influence, ancrages et bâtiments associés.

Exemple : sur la ville de démonstration du tutoriel, avec 10 minutes à pied, la page 1 indique « 92 708 enfants de moins de 6 ans (90 %) vivent à moins de 10 minutes à pied de l&apos;établissement le plus proche ».

Mises en garde : indiquez le temps de trajet utilisé par l&apos;analyse, car le rapport le cite mais ne recalcule pas l&apos;accès ; le texte issu des couches (noms de districts et d&apos;établissements) est affiché comme du texte, jamais exécuté.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="69"/>
        <source>The CareMap result layer of units (blocks, tracts) with the indicators to report. Typical: the units output of &apos;Care map in one run&apos;.</source>
        <translation>La couche de résultats CareMap des unités (îlots, secteurs) avec les indicateurs à présenter. Typique : la sortie unités de « Carte des soins en une seule exécution ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="70"/>
        <source>Numeric field of the units with the people of the cohort. Typical: care_demand.</source>
        <translation>Champ numérique des unités avec les personnes de la cohorte. Typique : care_demand.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="71"/>
        <source>Field with the travel time in minutes to the nearest facility; empty = cost_nearest when the layer has it. Typical: empty.</source>
        <translation>Champ avec le temps de trajet en minutes jusqu&apos;à l&apos;établissement le plus proche ; vide = cost_nearest si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="72"/>
        <source>Field with the access in places per person; empty = access when the layer has it. Typical: empty.</source>
        <translation>Champ avec l&apos;accès en places par personne ; vide = access si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="73"/>
        <source>Field that is 1 where the unit reaches a facility within the travel time, else 0; empty = covered when the layer has it. Typical: empty.</source>
        <translation>Champ qui vaut 1 là où l&apos;unité atteint un établissement dans le temps de trajet, sinon 0 ; vide = covered si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="74"/>
        <source>Field with the people without a place; empty = unmet when the layer has it. Typical: empty.</source>
        <translation>Champ avec les personnes sans place ; vide = unmet si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="75"/>
        <source>Field that is 1 for a care desert, else 0; empty = desert when the layer has it. Typical: empty.</source>
        <translation>Champ qui vaut 1 pour un désert de soins, sinon 0 ; vide = desert si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="76"/>
        <source>Field with the care priority index (0 to 1); empty = priority when the layer has it. Typical: empty.</source>
        <translation>Champ avec l&apos;indice de priorité des soins (0 à 1) ; vide = priority si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="77"/>
        <source>Optional field of the units naming each unit&apos;s district, for the charts by district and the district outlines on the maps. Typical: district.</source>
        <translation>Champ facultatif des unités indiquant le district de chaque unité, pour les graphiques par district et les contours des districts sur les cartes. Typique : district.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="78"/>
        <source>Optional polygon layer of districts, drawn as outlines with their names on every map; when the units have no district field, each unit gets the district it lies in. Typical: the localities or communes of the city.</source>
        <translation>Couche facultative de polygones de districts, tracés en contours avec leurs noms sur chaque carte ; quand les unités n&apos;ont pas de champ de district, chaque unité reçoit le district où elle se trouve. Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="79"/>
        <source>Field of the district polygons with the district names. Typical: the locality name.</source>
        <translation>Champ des polygones de district avec les noms des districts. Typique : le nom de la localité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="80"/>
        <source>Optional layer of care facilities to draw on the supply map. Typical: the inventory output of &apos;Care map in one run&apos;.</source>
        <translation>Couche facultative des établissements de soins à tracer sur la carte de l&apos;offre. Typique : la sortie inventaire de « Carte des soins en une seule exécution ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="81"/>
        <source>Optional numeric field of the facilities with the places of each one. Typical: capacity_fde.</source>
        <translation>Champ numérique facultatif des établissements avec les places de chacun. Typique : capacity_fde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="82"/>
        <source>Optional line layer of streets, drawn as a light base under every map so a reader finds the places. Typical: the road network of the analysis.</source>
        <translation>Couche facultative de lignes de rues, tracée en fond léger sous chaque carte pour que le lecteur repère les lieux. Typique : le réseau routier de l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="83"/>
        <source>The travel time in minutes the analysis used, quoted in the sentences and charts. Typical: 10 minutes.</source>
        <translation>Le temps de trajet en minutes utilisé par l&apos;analyse, cité dans les phrases et les graphiques. Typique : 10 minutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="84"/>
        <source>Policy target in places per person, drawn on the access chart (0 = none). Typical: 0.333.</source>
        <translation>Objectif politique en places par personne, tracé sur le graphique d&apos;accès (0 = aucun). Typique : 0.333.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="85"/>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in the units; the places needed are the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s education plan: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Objectifs facultatifs par tranche d&apos;âge, sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque champ étant un effectif de personnes de cette tranche dans les unités ; les places nécessaires sont la somme de ratio x effectif, en remplacement de l&apos;objectif unique de politique publique. Typique : &apos;p_0_3:0.5;p_4_5:1.0&apos; (plan d&apos;éducation du Brésil : 50 % des enfants de 0-3 ans en crèche, 100 % des 4-5 ans en préscolaire).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="86"/>
        <source>Title of the report, also the PDF&apos;s title. Typical: &apos;Childcare in Ciudad Demo&apos;.</source>
        <translation>Titre du rapport, également titre du PDF. Typique : &apos;Accueil de la petite enfance à Ciudad Demo&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="89"/>
        <source>Travel mode, as the report&apos;s sentences will read it. Typical: &apos;walk&apos;.</source>
        <translation>Mode de déplacement, tel que les phrases du rapport le liront. Typique : &apos;marcher&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="90"/>
        <source>Optional hours of the caregivers&apos; time windows the analysis used, as label=hours items separated by &apos;|&apos;, quoted in the sentences on time; the figures come from the units&apos; covered_&lt;label&gt; and temporal_desert fields. Typical: &apos;evening=Mo-Fr 17:00-20:00&apos;, as given to Accessibility to care.</source>
        <translation>Horaires facultatifs des plages horaires des personnes aidantes utilisées par l&apos;analyse, sous forme d&apos;éléments libellé=horaires séparés par &apos;|&apos;, cités dans les phrases sur le temps ; les chiffres viennent des champs covered_&lt;label&gt; et temporal_desert des unités. Typique : &apos;evening=Mo-Fr 17:00-20:00&apos;, tel qu&apos;indiqué à Accessibilité aux soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="91"/>
        <source>How the inputs were made, printed as the table of the method: free text, or the record of a run (JSON) whose layers, fields and choices are shown by name. Typical: empty, or filled in by &apos;Care map in one run&apos;.</source>
        <translation>Comment les données d&apos;entrée ont été produites, imprimé comme tableau de la méthode : texte libre, ou l&apos;enregistrement d&apos;une exécution (JSON) dont les couches, les champs et les choix sont affichés par leur nom. Typique : vide, ou rempli par « Carte des soins en une seule exécution ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="92"/>
        <source>Self-contained HTML report (maps, charts, key numbers, method), to open in any browser. Typical: report.html.</source>
        <translation>Rapport HTML autonome (cartes, graphiques, chiffres clés, méthode), à ouvrir dans n&apos;importe quel navigateur. Typique : report.html.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="93"/>
        <source>Optional PDF of the same report, made with a QGIS print layout. Typical: report.pdf.</source>
        <translation>PDF facultatif du même rapport, produit avec une mise en page d&apos;impression QGIS. Typique : report.pdf.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="94"/>
        <source>Share (0 to 1) of the demand beyond the travel time of the nearest facility (or not covered); None when there is no demand or no travel time or covered field. Typical: 0.1.</source>
        <translation>Part (0 à 1) de la demande au-delà du temps de trajet de l&apos;établissement le plus proche (ou non couverte) ; None sans demande ou sans champ de temps de trajet ou de couverture. Typique : 0.1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="95"/>
        <source>People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them. Typical: thousands in a city.</source>
        <translation>Personnes sans place : la somme du champ unmet, ou de max(0, demande - places) à partir de l&apos;accès ; None sans eux. Typique : des milliers dans une ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="96"/>
        <source>Share (0 to 1) of the demand living in care deserts; None without a desert field or demand. Typical: 0.08.</source>
        <translation>Part (0 à 1) de la demande vivant dans des déserts de soins ; None sans champ de désert ou sans demande. Typique : 0.08.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="102"/>
        <source>Care map units (result layer)</source>
        <translation>Unités de la carte des soins (couche de résultats)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="105"/>
        <source>Demand field (people of the cohort)</source>
        <translation>Champ de demande (personnes de la cohorte)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="113"/>
        <source>Facility capacity field (places)</source>
        <translation>Champ de capacité des établissements (places)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="116"/>
        <source>Streets (light base of the maps)</source>
        <translation>Rues (fond léger des cartes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="119"/>
        <source>Travel time the analysis used (minutes)</source>
        <translation>Temps de trajet utilisé par l&apos;analyse (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="127"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="129"/>
        <source>people needing care</source>
        <translation>personnes ayant besoin de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="131"/>
        <source>a care service</source>
        <translation>un service de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="134"/>
        <source>Travel time to the nearest facility field (minutes)</source>
        <translation>Champ du temps de trajet jusqu&apos;à l&apos;établissement le plus proche (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="135"/>
        <source>Access field (places per person)</source>
        <translation>Champ d&apos;accès (places par personne)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="136"/>
        <source>Covered field (0/1)</source>
        <translation>Champ de couverture (0/1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="137"/>
        <source>Unmet demand field (people)</source>
        <translation>Champ de demande non satisfaite (personnes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="138"/>
        <source>Care desert field (0/1)</source>
        <translation>Champ de désert de soins (0/1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="139"/>
        <source>Priority index field (0 to 1)</source>
        <translation>Champ de l&apos;indice de priorité (0 à 1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="145"/>
        <source>Time windows the analysis used &apos;label=hours|label=hours&apos;</source>
        <translation>Plages horaires utilisées par l&apos;analyse &apos;libellé=horaires|libellé=horaires&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="148"/>
        <source>Method and parameters (text, or the record of a run)</source>
        <translation>Méthode et paramètres (texte, ou enregistrement d&apos;une exécution)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="155"/>
        <source>Share of demand beyond the threshold</source>
        <translation>Part de la demande au-delà du seuil</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="167"/>
        <source>Field &apos;{0}&apos; (chosen as &apos;{1}&apos;) is not in layer {2}. Pick one of its fields, or leave it empty.</source>
        <translation>Le champ &apos;{0}&apos; (choisi comme &apos;{1}&apos;) n&apos;est pas dans la couche {2}. Choisissez l&apos;un de ses champs, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="178"/>
        <source>{0} is {1:g}: the report counts the people within this travel time and quotes it in its sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. {2:g} minutes).</source>
        <translation>{0} vaut {1:g} : le rapport compte les personnes dans ce temps de trajet et le cite dans ses phrases et ses graphiques, il doit donc être supérieur à 0. Indiquez le seuil utilisé par l&apos;analyse (p. ex. {2:g} minutes).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="214"/>
        <source>Left out of every figure of the report: %n unit(s) of layer {0} without a value (NULL) in field &apos;{1}&apos;.</source>
        <translation>
            <numerusform>Exclue de tous les chiffres du rapport : %n unité de la couche {0} sans valeur (NULL) dans le champ &apos;{1}&apos;.</numerusform>
            <numerusform>Exclues de tous les chiffres du rapport : %n unités de la couche {0} sans valeur (NULL) dans le champ &apos;{1}&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="218"/>
        <source>Field &apos;{0}&apos; of layer {1} is 0 in every unit: there is no demand in this layer, so no share or gap can be computed.</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} vaut 0 dans toutes les unités : il n&apos;y a pas de demande dans cette couche, donc aucune part ni aucun écart ne peut être calculé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="222"/>
        <source>Field &apos;{0}&apos; of layer {1} is 0 in every unit: there is no capacity within reach.</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} vaut 0 dans toutes les unités : il n&apos;y a aucune capacité à portée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="227"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>Study area</source>
        <translation>Zone d&apos;étude</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="262"/>
        <source>CareMap · {0}</source>
        <translation>CareMap · {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="271"/>
        <source>Could not write the PDF report {0}.</source>
        <translation>Impossible d&apos;écrire le rapport PDF {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="330"/>
        <source>{0:g} minutes</source>
        <translation>{0:g} minutes</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="354"/>
        <source>{0}: %n field(s) not in layer {1}: {2}. Name fields of that layer with the people of each age band.</source>
        <translation>
            <numerusform>{0} : %n champ absent de la couche {1} : {2}. Indiquez des champs de cette couche contenant les personnes de chaque tranche d&apos;âge.</numerusform>
            <numerusform>{0} : %n champs absents de la couche {1} : {2}. Indiquez des champs de cette couche contenant les personnes de chaque tranche d&apos;âge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="368"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL value(s) in units with demand: the places the targets per age band ask for are unknown there. Fill or filter them first.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeur NULL dans des unités avec demande : les places demandées par les objectifs par tranche d&apos;âge y sont inconnues. Complétez-la ou filtrez-la d&apos;abord.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeurs NULL dans des unités avec demande : les places demandées par les objectifs par tranche d&apos;âge y sont inconnues. Complétez-les ou filtrez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="47"/>
        <source>New care facility siting</source>
        <translation>Implantation de nouveaux établissements de soins</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="49"/>
        <source>siting,location,MCLP,maximal covering,p-median,capacitated,optimisation,planning</source>
        <translation>implantation,localisation,MCLP,couverture maximale,p-médian,capacité,optimisation,planification</translation>
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
        <translation>Où implanter les prochains établissements de soins ? Parmi des sites candidats (une couche de terrains possibles, ou une grille régulière sur la demande), l&apos;outil choisit le nombre indiqué de nouveaux sites qui apportent des soins au plus grand nombre de personnes dans le seuil de couverture (ou qui raccourcissent le plus les trajets), en gardant ouverts les établissements existants.

Comment lire les résultats :
- Nouveaux sites : les propres champs de chaque candidat choisi (nom, adresse...), puis rank (1 = choisi en premier, le plus utile), gain (demande nouvellement couverte ou servie, ou coût de trajet économisé, grâce à ce site), newly_covered, candidate_fid et assigned_demand (demande dont il est ensuite le plus proche).
- Demande avec couverture : cost_before et cost_after (trajet jusqu&apos;à l&apos;établissement le plus proche, en cost_unit : minutes ou mètres), covered_before et covered_after (1 = dans le seuil), newly_covered et new_site_rank (le nouveau site qui sert l&apos;unité).
- Résumé avant/après (tableau facultatif) et les chiffres : demande couverte, coût moyen et part de la demande dans des déserts de soins, avant et après.

Exemple : dans la ville de démonstration, avec les déserts de soins comme demande, une grille de candidats de 500 m, les établissements d&apos;accueil de la petite enfance existants, 3 nouveaux sites et 10 minutes à pied : 92 708 enfants (90,2 %) sont à portée avant et 94 312 (91,7 %) après, soit 1 604 de plus ; le premier site en ajoute à lui seul 695 (son gain). À la main : îlots a, b, c avec 50, 30 et 40 enfants ; le site 1 atteint a et b, le site 2 atteint b et c : avec un seul nouveau site, le site 1 est choisi (80 enfants couverts sur 120).

Bon à savoir :
- Objectifs : couvrir le plus de demande (couverture maximale), le trajet moyen le plus court (p-médian : les unités qui n&apos;atteignent rien comptent au coût limite, 3 x le seuil par défaut), ou servir le plus de demande quand chaque nouveau site a des places limitées (avec capacités).
- Le solveur rapide (glouton) obtient au moins 63 % de la meilleure couverture possible, généralement plus de 97 % ; le solveur exact trouve la meilleure solution dans sa limite de temps et indique l&apos;écart.
- Un site qui n&apos;apporterait rien n&apos;est jamais placé : moins de sites que demandé sont alors placés, avec un avertissement.
- Une grille ignore le terrain, les loyers et la sécurité : vérifiez les lieux choisis sur le terrain, ou fournissez une couche de sites candidats réels.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="82"/>
        <source>Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5, or the care deserts.</source>
        <translation>Couche des unités de demande, points ou polygones (pris à leur centroïde). Typique : îlots de recensement avec les enfants de 0-5 ans, ou les déserts de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="83"/>
        <source>Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from CareMap&apos;s care gaps.</source>
        <translation>Champ numérique facultatif avec les personnes de chaque unité ; vide = 1 par unité. Typique : enfants de 0-5 ans, ou unmet des écarts de soins de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="84"/>
        <source>Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a regular grid of candidates is laid over the demand. Typical: the public land inventory.</source>
        <translation>Couche facultative de points des sites possibles (p. ex. terrains publics, écoles, salles communales) ; sans elle, une grille régulière de candidats est posée sur la demande. Typique : l&apos;inventaire des terrains publics.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="85"/>
        <source>Without a layer of candidate sites, candidates are laid on a square grid over the demand, one every this many metres (only those within reach of some demand are kept; 0 = no grid). Typical: 250 m for walking, 500 m for a first look.</source>
        <translation>Sans couche de sites candidats, les candidats sont posés sur une grille carrée sur la demande, un tous les tant de mètres (seuls ceux à portée d&apos;une demande sont gardés ; 0 = pas de grille). Typique : 250 m à pied, 500 m pour un premier aperçu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="86"/>
        <source>Optional layer of facilities that stay open and already cover demand. Typical: the output of CareMap&apos;s supply inventory, kept to the target group.</source>
        <translation>Couche facultative des établissements qui restent ouverts et couvrent déjà la demande. Typique : la sortie de l&apos;inventaire de l&apos;offre de soins de CareMap, limitée au groupe cible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="87"/>
        <source>How many new sites to choose. Typical: 3 to 10, the number the budget allows.</source>
        <translation>Nombre de nouveaux sites à choisir. Typique : 3 à 10, le nombre que permet le budget.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="88"/>
        <source>What the new sites should achieve: cover the most demand within the coverage threshold (maximal covering), the lowest average travel to the nearest facility (p-median), or serve the most demand within the threshold with limited places per site (capacitated). Typical: cover the most demand.</source>
        <translation>Ce que doivent accomplir les nouveaux sites : couvrir le plus de demande dans le seuil de couverture (couverture maximale), le trajet moyen le plus court jusqu&apos;à l&apos;établissement le plus proche (p-médian), ou servir le plus de demande dans le seuil avec des places limitées par site (avec capacités). Typique : couvrir le plus de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="90"/>
        <source>How far people go, in the cost unit, inclusive: a unit is covered by a site within this travel. Typical: 10 minutes walking.</source>
        <translation>Distance que les gens parcourent, dans l&apos;unité de coût, incluse : une unité est couverte par un site dans ce trajet. Typique : 10 minutes à pied.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="92"/>
        <source>Cost limit in the cost unit for the p-median objective and for the cost before and after; units reaching nothing count at this cost (0 = three times the coverage threshold). Typical: 0.</source>
        <translation>Coût limite dans l&apos;unité de coût pour l&apos;objectif p-médian et pour le coût avant et après ; les unités qui n&apos;atteignent rien comptent à ce coût (0 = trois fois le seuil de couverture). Typique : 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="93"/>
        <source>Places of each new site for the capacitated objective, when the candidates have no capacity field. Typical: 100 places.</source>
        <translation>Places de chaque nouveau site pour l&apos;objectif avec capacités, quand les candidats n&apos;ont pas de champ de capacité. Typique : 100 places.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="94"/>
        <source>Optional numeric field of the candidate sites with the places each could offer (capacitated objective). Typical: empty.</source>
        <translation>Champ numérique facultatif des sites candidats avec les places que chacun pourrait offrir (objectif avec capacités). Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="95"/>
        <source>Optional field of the candidate sites with a unique id, copied to the chosen sites and used to find them in a travel cost table. Typical: the plot code.</source>
        <translation>Champ facultatif des sites candidats avec un identifiant unique, copié sur les sites choisis et utilisé pour les retrouver dans une table des coûts de trajet. Typique : le code de la parcelle.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="96"/>
        <source>Optional numeric field of the existing facilities with their places, for the capacitated objective; empty or NULL = unlimited. Typical: capacity_fde.</source>
        <translation>Champ numérique facultatif des établissements existants avec leurs places, pour l&apos;objectif avec capacités ; vide ou NULL = illimité. Typique : capacity_fde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="97"/>
        <source>The chosen new sites: each candidate site&apos;s own fields (name, address...), then its rank and gain (demand newly covered or served, or cost saved).</source>
        <translation>Les nouveaux sites choisis : les champs propres de chaque site candidat (nom, adresse...), puis son rang et son gain (demande nouvellement couverte ou servie, ou coût économisé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="98"/>
        <source>The demand units with cost_before, cost_after (with their unit in cost_unit and cost_speed_kmh), covered_before, covered_after, newly_covered and new_site_rank.</source>
        <translation>Les unités de demande avec cost_before, cost_after (avec leur unité dans cost_unit et cost_speed_kmh), covered_before, covered_after, newly_covered et new_site_rank.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="99"/>
        <source>Optional before/after table: demand covered, mean cost and share of demand in care deserts.</source>
        <translation>Table facultative avant/après : demande couverte, coût moyen et part de la demande dans les déserts de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="100"/>
        <source>Demand within the coverage threshold of an existing facility, before the new sites.</source>
        <translation>Demande dans le seuil de couverture d&apos;un établissement existant, avant les nouveaux sites.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="101"/>
        <source>Demand within the coverage threshold of an existing or new facility.</source>
        <translation>Demande dans le seuil de couverture d&apos;un établissement existant ou nouveau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="102"/>
        <source>Demand-weighted mean cost to the nearest existing facility, in the cost unit; None when no demand reaches one.</source>
        <translation>Coût moyen pondéré par la demande vers l&apos;établissement existant le plus proche, dans l&apos;unité de coût ; None si aucune demande n&apos;en atteint un.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="103"/>
        <source>Demand-weighted mean cost to the nearest facility with the new sites, in the cost unit; None when no demand reaches one.</source>
        <translation>Coût moyen pondéré par la demande vers l&apos;établissement le plus proche avec les nouveaux sites, dans l&apos;unité de coût ; None si aucune demande n&apos;en atteint un.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="104"/>
        <source>Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and the coverage threshold) before the new sites; None when there is no demand.</source>
        <translation>Part (0 à 1) de la demande dans des déserts de soins (la règle du Care Georeferencing Tool avec les coûts d&apos;implantation et le seuil de couverture) avant les nouveaux sites ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="105"/>
        <source>Share (0 to 1) of the demand in care deserts (the same rule) with the new sites; None when there is no demand.</source>
        <translation>Part (0 à 1) de la demande dans des déserts de soins (la même règle) avec les nouveaux sites ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="106"/>
        <source>Value of the objective the solver optimised (covered demand, or total weighted cost).</source>
        <translation>Valeur de l&apos;objectif optimisé par le solveur (demande couverte, ou coût pondéré total).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="107"/>
        <source>Relative gap between the solution and the solver&apos;s bound (0 = proven optimal); None when not known.</source>
        <translation>Écart relatif entre la solution et la borne du solveur (0 = optimalité prouvée) ; None s&apos;il n&apos;est pas connu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="108"/>
        <source>Number of new sites placed (fewer than asked when more would add nothing).</source>
        <translation>Nombre de nouveaux sites placés (moins que demandé quand davantage n&apos;apporterait rien).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="120"/>
        <source>Demand field (people; empty = 1 per unit)</source>
        <translation>Champ de demande (personnes ; vide = 1 par unité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="123"/>
        <source>Candidate sites</source>
        <translation>Sites candidats</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="125"/>
        <source>Grid spacing of candidate sites (m; used when no layer is given)</source>
        <translation>Espacement de la grille des sites candidats (m ; utilisé quand aucune couche n&apos;est fournie)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="128"/>
        <source>Existing facilities</source>
        <translation>Établissements existants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="130"/>
        <source>Number of new sites</source>
        <translation>Nombre de nouveaux sites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="132"/>
        <source>Coverage threshold (in the cost unit, inclusive)</source>
        <translation>Seuil de couverture (dans l&apos;unité de coût, inclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="134"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="140"/>
        <source>Cost limit for the lowest average travel and for the cost before and after (in the cost unit; 0 = 3 x the coverage threshold)</source>
        <translation>Limite de coût pour le trajet moyen le plus court et pour le coût avant et après (dans l&apos;unité de coût ; 0 = 3 x le seuil de couverture)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="142"/>
        <source>Places of each new site (limited places)</source>
        <translation>Places de chaque nouveau site (places limitées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="144"/>
        <source>Places field of the candidate sites (limited places)</source>
        <translation>Champ des places des sites candidats (places limitées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="147"/>
        <source>Id field of the candidate sites</source>
        <translation>Champ d&apos;identifiant des sites candidats</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="149"/>
        <source>Places field of the existing facilities (limited places; empty or NULL = unlimited)</source>
        <translation>Champ des places des établissements existants (places limitées ; vide ou NULL = illimité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="157"/>
        <source>New sites</source>
        <translation>Nouveaux sites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="158"/>
        <source>Demand with coverage</source>
        <translation>Demande avec couverture</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="160"/>
        <source>Before/after summary</source>
        <translation>Résumé avant/après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="162"/>
        <source>Demand covered before</source>
        <translation>Demande couverte avant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="163"/>
        <source>Demand covered after</source>
        <translation>Demande couverte après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="164"/>
        <source>Mean cost before</source>
        <translation>Coût moyen avant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="164"/>
        <source>Mean cost after</source>
        <translation>Coût moyen après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="165"/>
        <source>Share of demand in care deserts before</source>
        <translation>Part de la demande dans les déserts de soins avant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="166"/>
        <source>Share of demand in care deserts after</source>
        <translation>Part de la demande dans les déserts de soins après</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="168"/>
        <source>New sites placed (fewer than asked when more would add nothing)</source>
        <translation>Nouveaux sites implantés (moins que demandé quand davantage n&apos;apporterait rien)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="185"/>
        <source>No candidate sites: choose a layer of candidate sites in {0}, or set {1} above 0 for a regular grid.</source>
        <translation>Aucun site candidat : choisissez une couche de sites candidats dans {0}, ou réglez {1} au-dessus de 0 pour une grille régulière.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="191"/>
        <source>Candidate grid: {0}</source>
        <translation>Grille de candidats : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="192"/>
        <source>{0} grid candidates every {1} m.</source>
        <translation>{0} candidats sur grille tous les {1} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="193"/>
        <source>grid</source>
        <translation>grille</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="200"/>
        <location filename="../processing/costs_io.py" line="140"/>
        <location filename="../processing/costs_io.py" line="280"/>
        <source>field &apos;{0}&apos; of layer {1}</source>
        <translation>champ &apos;{0}&apos; de la couche {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="202"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="212"/>
        <source>The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage threshold (in the cost unit) above 0, e.g. {1:g} minutes.</source>
        <translation>Le seuil de couverture vaut {0} : aucune unité de demande ne pourrait jamais être couverte. Réglez le seuil de couverture (dans l&apos;unité de coût) au-dessus de 0, p. ex. {1:g} minutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="226"/>
        <source>No demand: field &apos;{0}&apos; of layer {1} is 0 in every unit, so no site can cover anyone; the shares and mean costs are NULL.</source>
        <translation>Pas de demande : le champ &apos;{0}&apos; de la couche {1} vaut 0 dans toutes les unités, donc aucun site ne peut couvrir personne ; les parts et les coûts moyens sont NULL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="232"/>
        <source>%n new site(s) asked for ({0}),</source>
        <translation>
            <numerusform>%n nouveau site demandé ({0}),</numerusform>
            <numerusform>%n nouveaux sites demandés ({0}),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="233"/>
        <source>but {0} has only %n candidate site(s): ask for fewer sites or give more candidates.</source>
        <translation>
            <numerusform>mais {0} n&apos;a que %n site candidat : demandez moins de sites ou fournissez davantage de candidats.</numerusform>
            <numerusform>mais {0} n&apos;a que %n sites candidats : demandez moins de sites ou fournissez davantage de candidats.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="261"/>
        <source>No candidate site in {0} is within {1:g} {2} of any demand unit: raise {3} or {4}, or add candidates nearer the demand.</source>
        <translation>Aucun site candidat de {0} n&apos;est à {1:g} {2} ou moins d&apos;une unité de demande : augmentez {3} ou {4}, ou ajoutez des candidats plus proches de la demande.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="277"/>
        <source>field &apos;{0}&apos;</source>
        <translation>champ &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="279"/>
        <source>the capacity of each new site</source>
        <translation>la capacité de chaque nouveau site</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="280"/>
        <source>Capacity must be above 0 for every candidate: {0} has %n value(s) that are zero, negative or NULL.</source>
        <translation>
            <numerusform>La capacité doit être supérieure à 0 pour chaque candidat : {0} contient %n valeur nulle, négative ou NULL.</numerusform>
            <numerusform>La capacité doit être supérieure à 0 pour chaque candidat : {0} contient %n valeurs nulles, négatives ou NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="286"/>
        <source>Siting: {0}</source>
        <translation>Implantation : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="311"/>
        <source>Layer {0} already has a field &apos;{1}&apos;: the new sites&apos; layer holds CareMap&apos;s &apos;{1}&apos; instead.</source>
        <translation>La couche {0} a déjà un champ &apos;{1}&apos; : la couche des nouveaux sites contient à la place le &apos;{1}&apos; de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="318"/>
        <source>Field &apos;{0}&apos; of layer {1} is not a distinct whole number for every chosen site: the new sites&apos; layer leaves it out (candidate_fid holds each site&apos;s feature id).</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} n&apos;est pas un nombre entier distinct pour chaque site choisi : la couche des nouveaux sites l&apos;omet (candidate_fid contient l&apos;identifiant d&apos;entité de chaque site).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="333"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not a finite number (NaN or infinite): the new sites&apos; layer holds NULL there.</source>
        <translation>
            <numerusform>%n valeur du champ &apos;{0}&apos; de la couche {1} n&apos;est pas un nombre fini (NaN ou infini) : la couche des nouveaux sites contient NULL à cet endroit.</numerusform>
            <numerusform>%n valeurs du champ &apos;{0}&apos; de la couche {1} ne sont pas des nombres finis (NaN ou infinis) : la couche des nouveaux sites contient NULL à ces endroits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="394"/>
        <source>Fewer sites suffice: %n new site(s) placed</source>
        <translation>
            <numerusform>Moins de sites suffisent : %n nouveau site implanté</numerusform>
            <numerusform>Moins de sites suffisent : %n nouveaux sites implantés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="395"/>
        <source>instead of the %n asked, because any further site would add nothing (no demand left that it would cover, serve or bring closer).</source>
        <translation>
            <numerusform>au lieu du %n demandé, car tout site supplémentaire n&apos;apporterait rien (il ne reste aucune demande qu&apos;il couvrirait, servirait ou rapprocherait).</numerusform>
            <numerusform>au lieu des %n demandés, car tout site supplémentaire n&apos;apporterait rien (il ne reste aucune demande qu&apos;il couvrirait, servirait ou rapprocherait).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="397"/>
        <source>Solver status: {0}; objective {1:,.2f}; MIP gap {2}</source>
        <translation>État du solveur : {0} ; objectif {1:.2f} ; écart MIP {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="400"/>
        <source>The exact solver stopped at its time limit ({0}) without beating the heuristic: the heuristic solution is returned (see the MIP gap). Raise the time limit for a better plan.</source>
        <translation>Le solveur exact s&apos;est arrêté à son temps limite ({0}) sans battre l&apos;heuristique : la solution heuristique est renvoyée (voir l&apos;écart MIP). Augmentez le temps limite pour un meilleur plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="403"/>
        <source>Demand covered within {0:g} {1}: {2:,.0f} before, {3:,.0f} after ({4} -&gt; {5}).</source>
        <translation>Demande couverte dans {0:g} {1} : {2:.0f} avant, {3:.0f} après ({4} -&gt; {5}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="31"/>
        <source>care,supply,facilities,inventory,deduplication,registry,crowd</source>
        <translation>soins,offre,établissements,inventaire,dédoublonnage,registre,cartographie participative</translation>
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
        <translation>Où les soins sont-ils offerts, et combien de places chaque établissement a-t-il réellement ? Cet outil fusionne des listes d&apos;établissements issues de plusieurs sources (le registre officiel, une enquête, une carte participative, OpenStreetMap) en un inventaire propre : un seul schéma, enregistrements parasites et types indésirables supprimés, doublons fusionnés, capacités manquantes estimées, places à mi-temps comptées pour moitié.

Comment lire les résultats :
- Inventaire de l&apos;offre de soins (points) : une ligne par établissement avec name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (places), capacity_fde (places équivalent temps plein : une place de 4 heures sur 5 jours compte 0,5), source, merged_sources et n_merged (les sources et le nombre d&apos;enregistrements fusionnés dans celui-ci), capacity_imputed (0 = déclarée ; 1 = estimée à partir de la médiane du même type de service ; 2 = à partir de la médiane de tous les établissements ; 3 = la capacité par défaut ; 4 = reprise d&apos;un doublon) et capacity_reported (la valeur propre de l&apos;enregistrement).
- Enregistrements rejetés (facultatif) : les enregistrements écartés, avec reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) et duplicate_of (l&apos;enregistrement de l&apos;inventaire qu&apos;il répète), à vérifier.
- Revue communautaire (facultatif) : chaque enregistrement d&apos;une enquête de terrain (le GeoPackage du « Paquet d&apos;enquête de terrain communautaire », ou un export CSV de KoboToolbox / ODK) avec status confirmed (un enregistrement du registre pour le même lieu concorde), new (aucune autre source ne recense le lieu) ou conflicting (une valeur diffère : conflicts les liste, p. ex. capacity : 25 ici, 40 dans le registre), verified (1 quand le lieu a été visité ou confirmé par téléphone ou par un document) et inventory_id (sa place dans l&apos;inventaire).
- Fichier de modifications OpenStreetMap (facultatif) : les nouveaux lieux vérifiés sous forme de fichier .osc avec les balises de soins, pour qu&apos;un contributeur les examine et les téléverse avec JOSM ; CareMap ne téléverse rien.

Les enquêtes de terrain gardent leur provenance : chaque enregistrement de l&apos;inventaire porte collector, survey_date et verification (vides pour les enregistrements du registre). Un enregistrement marqué &apos;reported&apos; (non vérifié) ne remplace jamais une valeur d&apos;une autre source : de deux enregistrements du même lieu, ce n&apos;est jamais lui qui est conservé, et ses valeurs ne comblent jamais les lacunes d&apos;un autre enregistrement ; les nouveaux lieux non vérifiés restent dans l&apos;inventaire, marqués comme tels. Un export Kobo ou ODK est lu d&apos;après ses noms de colonnes (les colonnes de latitude et de longitude du geopoint, place/name...), il n&apos;a donc besoin d&apos;aucune correspondance de champs.

Correspondances de champs : une par couche d&apos;établissements, séparées par &apos;|&apos;. Chacune indique quel champ de la couche contient quel champ de l&apos;inventaire (name=nombre,capacity=cupos) ; une valeur entre guillemets est la même pour tous les enregistrements (sphere=&apos;community&apos;). Commencez une correspondance par le nom de sa couche suivi de deux-points (crowd_facilities: x=lon,y=lat) et elle s&apos;applique à cette couche quel que soit l&apos;ordre des couches ; les correspondances sans nom s&apos;appliquent aux couches dans l&apos;ordre affiché dans « Couches d&apos;établissements ». Les champs de l&apos;inventaire non associés sont lus dans un champ de même nom. Une table sans géométrie (un CSV) a besoin de ses coordonnées : x=lon,y=lat (longitude et latitude, sauf si crs=&apos;EPSG:...&apos; est ajouté).

Exemple : le registre de la ville de démonstration (297 établissements), l&apos;enquête communautaire (134) et la carte participative (149) donnent 538 établissements : 14 enregistrements écartés par les règles de type et de nom, 28 doublons fusionnés (297 + 134 + 149 - 14 - 28 = 538) ; 32 capacités estimées à partir de leur type de service.

Mises en garde : deux enregistrements ne sont fusionnés que s&apos;ils sont à moins de la « Distance de dédoublonnage » et que leurs noms sont assez semblables (après suppression de la casse, des accents et des mots courants comme &apos;jardin&apos; ou &apos;centro&apos;), si bien que des noms génériques (&apos;Jardin Infantil&apos;) peuvent rester séparés : vérifiez les enregistrements rejetés. Une capacité déclarée de 0 n&apos;est jamais estimée : ces établissements sont écartés, sauf si vous les gardez. Les heures par jour et jours par semaine manquants comptent pour 8 et 5 (une place à temps plein). Les règles sont dans docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="80"/>
        <source>Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. The picker lists them alphabetically; name each layer in its field mapping, or drag the layers into the order of the mappings. Typical: the official registry and a crowd-mapped layer.</source>
        <translation>Couches d&apos;établissements à fusionner (points, polygones ou tables avec coordonnées), issues de registres, d&apos;enquêtes, de cartes participatives ou d&apos;OpenStreetMap. Le sélecteur les liste par ordre alphabétique ; nommez chaque couche dans sa correspondance de champs, ou faites glisser les couches dans l&apos;ordre des correspondances. Typique : le registre officiel et une couche cartographiée de façon participative.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="81"/>
        <source>One mapping per facility layer, separated by &apos;|&apos;; each is inventory_field=layer_field items separated by commas, a value in quotes being the same for every record. Start a mapping with its layer&apos;s name and a colon to tie it to that layer; without names the mappings follow the order of the facility layers. Typical: &apos;community: name=nombre,capacity=cupos,sphere=&apos;community&apos;&apos;.</source>
        <translation>Une correspondance par couche d&apos;établissements, séparées par &apos;|&apos; ; chacune est formée d&apos;éléments inventory_field=layer_field séparés par des virgules, une valeur entre guillemets étant la même pour tous les enregistrements. Commencez une correspondance par le nom de sa couche suivi de deux-points pour la lier à cette couche ; sans noms, les correspondances suivent l&apos;ordre des couches d&apos;établissements. Typique : &apos;community: name=nombre,capacity=cupos,sphere=&apos;community&apos;&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="82"/>
        <source>Source names, most trusted first, separated by commas; decides which of two duplicates is kept. Typical: &apos;registry,survey,osm&apos;.</source>
        <translation>Noms des sources, la plus fiable d&apos;abord, séparés par des virgules ; décide lequel de deux doublons est conservé. Typique : &apos;registry,survey,osm&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="84"/>
        <source>Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: &apos;cerrad|closed|test&apos;.</source>
        <translation>Expression régulière cherchée dans le nom (sans tenir compte de la casse ni des accents) ; les enregistrements correspondants sont écartés. Typique : &apos;cerrad|closed|test&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="85"/>
        <source>Largest distance in metres between two records that may be the same facility. Typical: 50 m.</source>
        <translation>Distance maximale en mètres entre deux enregistrements qui peuvent être le même service. Typique : 50 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="86"/>
        <source>Smallest similarity (0-1) of the cleaned names for two close records to be merged; lower merges more. Typical: 0.8.</source>
        <translation>Similarité minimale (0-1) des noms nettoyés pour fusionner deux enregistrements proches ; plus elle est basse, plus on fusionne. Typique : 0.8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="87"/>
        <source>Places given to a facility when no capacity is known at all, not even for its service type (0 = leave it at 0). Typical: 0, or the usual size of a care centre.</source>
        <translation>Places attribuées à un établissement quand aucune capacité n&apos;est connue, pas même pour son type de service (0 = laisser à 0). Typique : 0, ou la taille habituelle d&apos;un centre de soins.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="88"/>
        <source>Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an estimate. Typical: unchecked.</source>
        <translation>Garder les établissements dont la capacité déclarée est 0 (avec 0 place) au lieu de les écarter ; un 0 n&apos;est jamais remplacé par une estimation. Typique : non coché.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="89"/>
        <source>The merged inventory with name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources and n_merged.</source>
        <translation>L&apos;inventaire fusionné avec name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources et n_merged.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="90"/>
        <source>Optional: the records dropped by the cleaning rules or as duplicates (with reason and duplicate_of), to check.</source>
        <translation>Facultatif : les enregistrements écartés par les règles de nettoyage ou comme doublons (avec reason et duplicate_of), à vérifier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="91"/>
        <source>Number of facilities written to the inventory (after cleaning and de-duplication).</source>
        <translation>Nombre d&apos;établissements écrits dans l&apos;inventaire (après nettoyage et dédoublonnage).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="92"/>
        <source>Number of records merged into another as duplicates (listed in the rejected records with duplicate_of).</source>
        <translation>Nombre d&apos;enregistrements fusionnés dans un autre comme doublons (listés dans les enregistrements rejetés avec duplicate_of).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="93"/>
        <source>Number of records dropped by the cleaning rules (service types not kept, names matching the blacklist, a reported capacity of 0).</source>
        <translation>Nombre d&apos;enregistrements écartés par les règles de nettoyage (types de service non retenus, noms correspondant à la liste noire, capacité déclarée de 0).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="94"/>
        <source>Optional: every field-survey record with its status (confirmed, new or conflicting), the values in conflict, whether it was verified and its inventory record, for the people who validate community data.</source>
        <translation>Facultatif : chaque enregistrement de l&apos;enquête de terrain avec son statut (confirmed, new ou conflicting), les valeurs en conflit, s&apos;il a été vérifié et son enregistrement dans l&apos;inventaire, pour les personnes qui valident les données communautaires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="95"/>
        <source>Optional: the new places that the survey verified, as an OpenStreetMap change file (.osc) with the care tags of the bundled tag table, to review and upload with JOSM. Typical: new_care_places.osc.</source>
        <translation>Facultatif : les nouveaux lieux vérifiés par l&apos;enquête, sous forme de fichier de modifications OpenStreetMap (.osc) avec les balises de soins de la table de balises fournie, à examiner et téléverser avec JOSM. Typique : new_care_places.osc.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="96"/>
        <source>Number of field-survey records that another source confirms with the same values.</source>
        <translation>Nombre d&apos;enregistrements de l&apos;enquête de terrain qu&apos;une autre source confirme avec les mêmes valeurs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="97"/>
        <source>Number of field-survey records of places no other source lists.</source>
        <translation>Nombre d&apos;enregistrements de l&apos;enquête de terrain portant sur des lieux qu&apos;aucune autre source ne recense.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="98"/>
        <source>Number of field-survey records whose values differ from another source&apos;s record of the same place.</source>
        <translation>Nombre d&apos;enregistrements de l&apos;enquête de terrain dont les valeurs diffèrent de l&apos;enregistrement d&apos;une autre source pour le même lieu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="103"/>
        <source>Facility layers</source>
        <translation>Couches d&apos;établissements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="105"/>
        <source>Field mappings, one per layer, separated by |</source>
        <translation>Correspondances de champs, une par couche, séparées par |</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="108"/>
        <source>Source priority (most trusted first, comma-separated)</source>
        <translation>Priorité des sources (la plus fiable d&apos;abord, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="111"/>
        <source>Service type whitelist (comma-separated, empty = all)</source>
        <translation>Liste blanche des types de service (séparés par des virgules, vide = tous)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="117"/>
        <source>Capacity when none is known (0 = none)</source>
        <translation>Capacité quand aucune n&apos;est connue (0 = aucune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="120"/>
        <source>De-duplication distance (m)</source>
        <translation>Distance de dédoublonnage (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="123"/>
        <source>Name similarity threshold (0-1)</source>
        <translation>Seuil de similarité des noms (0-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="126"/>
        <source>Keep facilities with a reported capacity of 0</source>
        <translation>Garder les établissements dont la capacité déclarée est 0</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="130"/>
        <source>Rejected records (rules and duplicates)</source>
        <translation>Enregistrements rejetés (règles et doublons)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="133"/>
        <source>Community review (confirmed, new, conflicting)</source>
        <translation>Revue communautaire (confirmés, nouveaux, en conflit)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="136"/>
        <source>New verified places for OpenStreetMap (.osc)</source>
        <translation>Nouveaux lieux vérifiés pour OpenStreetMap (.osc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="137"/>
        <source>OpenStreetMap change file (*.osc)</source>
        <translation>Fichier de modifications OpenStreetMap (*.osc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="139"/>
        <source>Duplicates merged</source>
        <translation>Doublons fusionnés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="140"/>
        <source>Records dropped by the cleaning rules</source>
        <translation>Enregistrements écartés par les règles de nettoyage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="141"/>
        <source>Survey records confirmed</source>
        <translation>Enregistrements d&apos;enquête confirmés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="142"/>
        <source>Survey records of new places</source>
        <translation>Enregistrements d&apos;enquête de nouveaux lieux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="143"/>
        <source>Survey records in conflict</source>
        <translation>Enregistrements d&apos;enquête en conflit</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="148"/>
        <source>layer {0}, field &apos;{1}&apos;</source>
        <translation>couche {0}, champ &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="155"/>
        <source>Choose at least one layer in {0}.</source>
        <translation>Choisissez au moins une couche dans {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="173"/>
        <source>Layer {0} is empty: skipped, the other layers are merged.</source>
        <translation>La couche {0} est vide : ignorée, les autres couches sont fusionnées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="178"/>
        <source>Layer {0}: %n record(s).</source>
        <translation>
            <numerusform>Couche {0} : %n enregistrement.</numerusform>
            <numerusform>Couche {0} : %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="180"/>
        <source>Layer {0} has no record with a location: skipped.</source>
        <translation>La couche {0} n&apos;a aucun enregistrement localisé : ignorée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="189"/>
        <source>Every facility layer is empty ({0}): there is nothing to merge. Choose layers that hold facilities.</source>
        <translation>Toutes les couches d&apos;établissements sont vides ({0}) : il n&apos;y a rien à fusionner. Choisissez des couches qui contiennent des établissements.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="197"/>
        <source>No record of the layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose layers with point or polygon geometry.</source>
        <translation>
            <numerusform>Aucun enregistrement de la couche {0} n&apos;est localisé : associez leurs coordonnées (x=...,y=...) ou choisissez des couches avec une géométrie de points ou de polygones.</numerusform>
            <numerusform>Aucun enregistrement des couches {0} n&apos;est localisé : associez leurs coordonnées (x=...,y=...) ou choisissez des couches avec une géométrie de points ou de polygones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="207"/>
        <source>Field survey: %n record(s)</source>
        <translation>
            <numerusform>Enquête de terrain : %n enregistrement</numerusform>
            <numerusform>Enquête de terrain : %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="208"/>
        <source>%n verified (visited, phone or document)</source>
        <translation>
            <numerusform>%n vérifié (visite, téléphone ou document)</numerusform>
            <numerusform>%n vérifiés (visite, téléphone ou document)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="212"/>
        <source>%n field-survey record(s) not verified (marked reported, or empty): they never replace a value of another source, and new places among them stay marked as unverified.</source>
        <translation>
            <numerusform>%n enregistrement d&apos;enquête de terrain non vérifié (marqué reported, ou vide) : il ne remplace jamais une valeur d&apos;une autre source, et s&apos;il s&apos;agit d&apos;un nouveau lieu, celui-ci reste marqué comme non vérifié.</numerusform>
            <numerusform>%n enregistrements d&apos;enquête de terrain non vérifiés (marqués reported, ou vides) : ils ne remplacent jamais une valeur d&apos;une autre source, et les nouveaux lieux parmi eux restent marqués comme non vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="218"/>
        <source>Unexpected {0} values kept as they are: {1} (expected {2}).</source>
        <translation>Valeurs inattendues de {0} conservées telles quelles : {1} (attendu {2}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="225"/>
        <source>{0} is not a valid regular expression ({1}): correct it, or leave it empty.</source>
        <translation>{0} n&apos;est pas une expression régulière valide ({1}) : corrigez-la, ou laissez vide.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="227"/>
        <source>Service type whitelist: %n record(s) of other types rejected.</source>
        <translation>
            <numerusform>Liste blanche des types de service : %n enregistrement d&apos;un autre type rejeté.</numerusform>
            <numerusform>Liste blanche des types de service : %n enregistrements d&apos;autres types rejetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="229"/>
        <source>Name blacklist: %n record(s) rejected.</source>
        <translation>
            <numerusform>Liste noire des noms : %n enregistrement rejeté.</numerusform>
            <numerusform>Liste noire des noms : %n enregistrements rejetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="240"/>
        <source>De-duplication: %n candidate pair(s) within {0} m</source>
        <translation>
            <numerusform>Dédoublonnage : %n paire candidate à moins de {0} m</numerusform>
            <numerusform>Dédoublonnage : %n paires candidates à moins de {0} m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="241"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%n appariée</numerusform>
            <numerusform>%n appariées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="242"/>
        <source>%n duplicate record(s) merged.</source>
        <translation>
            <numerusform>%n enregistrement en double fusionné.</numerusform>
            <numerusform>%n enregistrements en double fusionnés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="259"/>
        <source>Every record of the layer(s) {0} was rejected by {1} or {2}: loosen those rules.</source>
        <translation>
            <numerusform>Tous les enregistrements de la couche {0} ont été rejetés par {1} ou {2} : assouplissez ces règles.</numerusform>
            <numerusform>Tous les enregistrements des couches {0} ont été rejetés par {1} ou {2} : assouplissez ces règles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="276"/>
        <source>{0}: %n kept facilit(y/ies) took the value of a merged duplicate.</source>
        <translation>
            <numerusform>{0} : %n établissement conservé a repris la valeur d&apos;un doublon fusionné.</numerusform>
            <numerusform>{0} : %n établissements conservés ont repris la valeur d&apos;un doublon fusionné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="287"/>
        <source>%n facilit(y/ies) with a reported capacity of 0 ({0}): kept with 0 places, as asked.</source>
        <translation>
            <numerusform>%n établissement avec une capacité déclarée de 0 ({0}) : conservé avec 0 place, comme demandé.</numerusform>
            <numerusform>%n établissements avec une capacité déclarée de 0 ({0}) : conservés avec 0 place, comme demandé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="290"/>
        <source>%n facilit(y/ies) with a reported capacity of 0 ({0}): dropped (see the rejected records, reason capacity_zero); check {1} to keep them.</source>
        <translation>
            <numerusform>%n établissement avec une capacité déclarée de 0 ({0}) : écarté (voir les enregistrements rejetés, motif capacity_zero) ; cochez {1} pour le conserver.</numerusform>
            <numerusform>%n établissements avec une capacité déclarée de 0 ({0}) : écartés (voir les enregistrements rejetés, motif capacity_zero) ; cochez {1} pour les conserver.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="299"/>
        <source>Every facility reports a capacity of 0 ({0}): there is no place to map. Correct the capacities, or check {1}.</source>
        <translation>Tous les établissements déclarent une capacité de 0 ({0}) : il n&apos;y a aucune place à cartographier. Corrigez les capacités, ou cochez {1}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="315"/>
        <source>Supply inventory: {0}</source>
        <translation>Inventaire de l&apos;offre : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="318"/>
        <source>No known capacity for the service type(s) {0}: their missing capacities were estimated from the median of all facilities.</source>
        <translation>
            <numerusform>Aucune capacité connue pour le type de service {0} : ses capacités manquantes ont été estimées à partir de la médiane de tous les établissements.</numerusform>
            <numerusform>Aucune capacité connue pour les types de service {0} : leurs capacités manquantes ont été estimées à partir de la médiane de tous les établissements.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="324"/>
        <source>Capacities imputed per layer: {0}.</source>
        <translation>Capacités imputées par couche : {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="329"/>
        <source>Layer {0}: %n facilit(y/ies) without a capacity in field &apos;{1}&apos; (NULL or not a finite number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the capacities for exact figures.</source>
        <translation>
            <numerusform>Couche {0} : %n établissement sans capacité dans le champ &apos;{1}&apos; (NULL ou nombre non fini) : une estimation a été écrite à la place (capacity_imputed 1 à 3). Complétez les capacités pour des chiffres exacts.</numerusform>
            <numerusform>Couche {0} : %n établissements sans capacité dans le champ &apos;{1}&apos; (NULL ou nombre non fini) : une estimation a été écrite à la place (capacity_imputed 1 à 3). Complétez les capacités pour des chiffres exacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="334"/>
        <source>Layer {0} has no capacity field: its %n facilit(y/ies) got an estimated capacity (capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {1} for exact figures.</source>
        <translation>
            <numerusform>La couche {0} n&apos;a pas de champ de capacité : son %n établissement a reçu une capacité estimée (capacity_imputed 1 à 3). Associez son champ de capacité (capacity=...) dans {1} pour des chiffres exacts.</numerusform>
            <numerusform>La couche {0} n&apos;a pas de champ de capacité : ses %n établissements ont reçu une capacité estimée (capacity_imputed 1 à 3). Associez son champ de capacité (capacity=...) dans {1} pour des chiffres exacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="338"/>
        <source>Every facility kept has a capacity of 0 ({0}): the inventory offers no place, so accessibility will find no supply.</source>
        <translation>Tous les établissements conservés ont une capacité de 0 ({0}) : l&apos;inventaire n&apos;offre aucune place, donc l&apos;accessibilité ne trouvera aucune offre.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="341"/>
        <source>Capacity imputed for {0} facilities from their service type, {1} from all facilities, {2} from the default; hours/day missing for {3} (read as 8), days/week missing for {4} (read as 5).</source>
        <translation>Capacité imputée pour {0} établissements d&apos;après leur type de service, {1} d&apos;après tous les établissements, {2} par défaut ; heures/jour manquantes pour {3} (lues comme 8), jours/semaine manquants pour {4} (lus comme 5).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="399"/>
        <source>{0}: {1} here, {2} in {3}</source>
        <translation>{0} : {1} ici, {2} dans {3}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="404"/>
        <source>Community review: {0} confirmed, {1} new, {2} conflicting.</source>
        <translation>Revue communautaire : {0} confirmés, {1} nouveaux, {2} en conflit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="440"/>
        <source>%n new verified place(s) left out of the OpenStreetMap file: the tag table has no tag for their service type ({0}); add them in JOSM by hand.</source>
        <translation>
            <numerusform>%n nouveau lieu vérifié exclu du fichier OpenStreetMap : la table de balises n&apos;a pas de balise pour son type de service ({0}) ; ajoutez-le à la main dans JOSM.</numerusform>
            <numerusform>%n nouveaux lieux vérifiés exclus du fichier OpenStreetMap : la table de balises n&apos;a pas de balise pour leur type de service ({0}) ; ajoutez-les à la main dans JOSM.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="451"/>
        <source>The OpenStreetMap file could not be written to {0}: {1}. Choose another file or folder.</source>
        <translation>Le fichier OpenStreetMap n&apos;a pas pu être écrit dans {0} : {1}. Choisissez un autre fichier ou dossier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="453"/>
        <source>OpenStreetMap change file: %n new verified place(s) written to {0}; review them in JOSM before uploading.</source>
        <translation>
            <numerusform>Fichier de modifications OpenStreetMap : %n nouveau lieu vérifié écrit dans {0} ; examinez-le dans JOSM avant de le téléverser.</numerusform>
            <numerusform>Fichier de modifications OpenStreetMap : %n nouveaux lieux vérifiés écrits dans {0} ; examinez-les dans JOSM avant de les téléverser.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="34"/>
        <source>Synthetic public transport feed (GTFS)</source>
        <translation>Flux de transports en commun synthétique (GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="36"/>
        <source>GTFS,public transport,bus,routes,stops,timetable,frequencies,headway,transit,synthetic,Care Georeferencing Tool</source>
        <translation>GTFS,transports en commun,bus,lignes,arrêts,horaires,fréquences,intervalle de passage,transport public,synthétique,Care Georeferencing Tool</translation>
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
        <translation>Combien de temps une personne aidante met-elle en bus quand la ville ne publie pas d&apos;horaires ? À partir des tracés des lignes de bus et des arrêts de bus dont vous disposez, cet outil écrit un flux de transports en commun au format standard GTFS (un fichier zip) que les temps de trajet en transports en commun de CareMap, et d&apos;autres outils, peuvent lire. Chaque arrêt proche d&apos;une ligne est l&apos;un de ses arrêts, dans l&apos;ordre le long de la ligne ; le bus roule à la vitesse indiquée, attend à chaque arrêt et repart toutes les quelques minutes pendant les heures de service, dans les deux sens.

Comment lire les résultats : le zip contient les tables du flux : stops.txt (les arrêts utilisés, stop_id = stop_ suivi de l&apos;identifiant d&apos;entité de votre arrêt, en longitude et latitude), routes.txt (un enregistrement par ligne, route_id = route_ suivi de l&apos;identifiant d&apos;entité de votre ligne, son nom tiré du champ du nom de ligne), trips.txt (une course par ligne et par sens : direction_id 0 dans le sens où la ligne est dessinée, 1 pour le retour), stop_times.txt (les horaires du premier bus de chaque course et shape_dist_traveled, en mètres le long de la ligne), frequencies.txt (du premier bus jusqu&apos;à la fin du service, headway_secs entre les bus) et calendar.txt (tous les jours de la semaine). Le journal et les chiffres comptent les lignes et les arrêts écrits, les arrêts proches d&apos;aucune ligne et les lignes exclues.

Exemple : une ligne de 2 km avec des arrêts à 0, 1 et 2 km, à 16 km/h : 1 km prend 3 min 45 s, plus 25 s à l&apos;arrêt du milieu, donc le bus atteint le terminus 7 min 55 s après son départ. Avec un bus toutes les 15 minutes à partir de 05:00, une personne aidante au premier arrêt à 07:03 attend jusqu&apos;à 07:15 et arrive à 07:22:55 : 19,9 minutes.

Bon à savoir :
- Les horaires sont une estimation d&apos;un service régulier, pas les horaires réels : les bus partent exactement à chaque intervalle de passage, à la même vitesse toute la journée (pas d&apos;heure de pointe). Les valeurs par défaut (40 m, 16 km/h, 25 s, toutes les 15 minutes, de 05:00 à 23:00) sont celles du Care Georeferencing Tool.
- Un arrêt plus éloigné que la distance de rattachement de toutes les lignes est exclu (compté dans un avertissement) ; déplacez-le ou augmentez la distance. Une ligne avec moins de 2 arrêts à proximité est exclue (comptée).
- Un arrêt situé sur deux lignes est un arrêt des deux, où une personne aidante peut changer de bus. Une ligne qui passe deux fois près d&apos;un arrêt (une boucle) s&apos;y arrête une seule fois, là où elle passe au plus près.
- Une fin de service antérieure à son début se prolonge après minuit (de 05:00 à 01:00 se termine à 01:00 le lendemain matin).
- Le fuseau horaire du flux indique UTC : ses horaires sont l&apos;heure locale de votre ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="69"/>
        <source>Line layer of the bus routes, one line per route (a route of several parts is followed part after part, in their order). Typical: routes digitised over the city&apos;s map, or OpenStreetMap bus routes.</source>
        <translation>Couche linéaire des lignes de bus, une entité par ligne (une ligne en plusieurs parties est suivie partie après partie, dans leur ordre). Typique : lignes numérisées sur le plan de la ville, ou lignes de bus d&apos;OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="70"/>
        <source>Optional field with each route&apos;s name or number, written as the route&apos;s name in the feed; empty = the routes are numbered in layer order. Typical: name or ref.</source>
        <translation>Champ facultatif avec le nom ou le numéro de chaque ligne, écrit comme nom de la ligne dans le flux ; vide = les lignes sont numérotées dans l&apos;ordre de la couche. Typique : name ou ref.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="71"/>
        <source>Point layer of the bus stops. Each stop belongs to every route that passes within the snap distance. Typical: stops surveyed or taken from OpenStreetMap (highway=bus_stop).</source>
        <translation>Couche de points des arrêts de bus. Chaque arrêt appartient à toutes les lignes qui passent dans la distance de rattachement. Typique : arrêts relevés sur le terrain ou tirés d&apos;OpenStreetMap (highway=bus_stop).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="72"/>
        <source>Average speed of the bus between stops, in km/h. Typical: 16 km/h (the Care Georeferencing Tool&apos;s value for city buses).</source>
        <translation>Vitesse moyenne du bus entre les arrêts, en km/h. Typique : 16 km/h (la valeur du Care Georeferencing Tool pour les bus urbains).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="73"/>
        <source>Minutes between two buses of a route in each direction. Typical: 15 minutes.</source>
        <translation>Minutes entre deux bus d&apos;une ligne dans chaque sens. Typique : 15 minutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="74"/>
        <source>Time the first bus of each route leaves its first stop, as HH:MM (24-hour clock). Typical: 05:00.</source>
        <translation>Heure à laquelle le premier bus de chaque ligne quitte son premier arrêt, au format HH:MM (sur 24 heures). Typique : 05:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="75"/>
        <source>Time of the end of service, as HH:MM: no bus leaves its first stop at or after it; a time before the first bus means after midnight. Typical: 23:00.</source>
        <translation>Heure de fin du service, au format HH:MM : aucun bus ne quitte son premier arrêt à cette heure ou après ; une heure antérieure au premier bus signifie après minuit. Typique : 23:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="76"/>
        <source>Largest distance in metres between a stop and a route&apos;s line for the stop to be one of its stops (inclusive). Typical: 40 m (the Care Georeferencing Tool&apos;s value).</source>
        <translation>Distance maximale en mètres entre un arrêt et le tracé d&apos;une ligne pour que l&apos;arrêt soit l&apos;un de ses arrêts (incluse). Typique : 40 m (la valeur du Care Georeferencing Tool).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="77"/>
        <source>Seconds the bus waits at each stop between the first and the last, for people to get on and off. Typical: 25 s.</source>
        <translation>Secondes d&apos;attente du bus à chaque arrêt entre le premier et le dernier, pour la montée et la descente des voyageurs. Typique : 25 s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="78"/>
        <source>Optional field marking routes that run only in the direction the line is drawn (yes, 1 or true); empty, no or 0 = both directions. Typical: empty (every route runs both ways).</source>
        <translation>Champ facultatif marquant les lignes qui ne circulent que dans le sens où la ligne est dessinée (yes, 1 ou true) ; vide, no ou 0 = les deux sens. Typique : vide (chaque ligne circule dans les deux sens).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="79"/>
        <source>The GTFS feed written as a zip file (agency, stops, routes, trips, stop_times, calendar and frequencies). Typical: a file such as city_buses_gtfs.zip.</source>
        <translation>Le flux GTFS écrit sous forme de fichier zip (agency, stops, routes, trips, stop_times, calendar et frequencies). Typique : un fichier comme city_buses_gtfs.zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="80"/>
        <source>Number of routes in the feed (with at least 2 stops).</source>
        <translation>Nombre de lignes dans le flux (avec au moins 2 arrêts).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="81"/>
        <source>Number of stops in the feed (each near at least one route written).</source>
        <translation>Nombre d&apos;arrêts dans le flux (chacun proche d&apos;au moins une ligne écrite).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="82"/>
        <source>Number of stops left out because no route passes within the snap distance.</source>
        <translation>Nombre d&apos;arrêts exclus parce qu&apos;aucune ligne ne passe dans la distance de rattachement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="83"/>
        <source>Number of routes left out because fewer than 2 stops are near them.</source>
        <translation>Nombre de lignes exclues parce que moins de 2 arrêts en sont proches.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="86"/>
        <source>Routes written</source>
        <translation>Lignes écrites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="87"/>
        <source>Stops written</source>
        <translation>Arrêts écrits</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="88"/>
        <source>Stops near no route</source>
        <translation>Arrêts proches d&apos;aucune ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="89"/>
        <source>Routes left out</source>
        <translation>Lignes exclues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="94"/>
        <source>Bus routes (lines)</source>
        <translation>Lignes de bus (couche linéaire)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="97"/>
        <source>Route name (field; empty = numbered)</source>
        <translation>Nom de ligne (champ ; vide = numérotées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="99"/>
        <source>Bus stops (points)</source>
        <translation>Arrêts de bus (points)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="101"/>
        <source>Bus speed (km/h)</source>
        <translation>Vitesse du bus (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="103"/>
        <source>Minutes between buses</source>
        <translation>Minutes entre les bus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="105"/>
        <source>First bus (HH:MM)</source>
        <translation>Premier bus (HH:MM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="106"/>
        <source>End of service (HH:MM)</source>
        <translation>Fin du service (HH:MM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="108"/>
        <source>Largest distance from a stop to its route (m)</source>
        <translation>Distance maximale d&apos;un arrêt à sa ligne (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="111"/>
        <source>Time at each stop (seconds)</source>
        <translation>Temps à chaque arrêt (secondes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="113"/>
        <source>One-way routes (field; empty = both directions)</source>
        <translation>Lignes à sens unique (champ ; vide = les deux sens)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="116"/>
        <source>Public transport feed (GTFS zip)</source>
        <translation>Flux de transports en commun (zip GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="116"/>
        <source>GTFS zip (*.zip)</source>
        <translation>Zip GTFS (*.zip)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="129"/>
        <source>{0}: &apos;{1}&apos; is not a time of day. Write it as HH:MM on a 24-hour clock, e.g. 05:00 or 23:00.</source>
        <translation>{0} : &apos;{1}&apos; n&apos;est pas une heure de la journée. Écrivez-la au format HH:MM sur 24 heures, p. ex. 05:00 ou 23:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="134"/>
        <source>{0} and {1} are both {2}: no bus would run. Give the end of service, e.g. {3}.</source>
        <translation>{0} et {1} valent tous deux {2} : aucun bus ne circulerait. Indiquez la fin du service, p. ex. {3}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="145"/>
        <source>Field &apos;{0}&apos; of layer {1}: {2}. Use yes or 1 for a route that runs only as drawn, no, 0 or empty for both directions.</source>
        <translation>Champ &apos;{0}&apos; de la couche {1} : {2}. Utilisez yes ou 1 pour une ligne qui ne circule que dans le sens dessiné, no, 0 ou vide pour les deux sens.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="167"/>
        <source>Synthetic public transport feed: {0}</source>
        <translation>Flux de transports en commun synthétique : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="173"/>
        <source>%n stop(s) of layer {0} farther than {1:g} m ({2}) from every route of layer {3}: left out of the feed.</source>
        <translation>
            <numerusform>%n arrêt de la couche {0} à plus de {1:g} m ({2}) de toutes les lignes de la couche {3} : exclu du flux.</numerusform>
            <numerusform>%n arrêts de la couche {0} à plus de {1:g} m ({2}) de toutes les lignes de la couche {3} : exclus du flux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="175"/>
        <source>Feature ids of stops left out: {0}</source>
        <translation>Identifiants d&apos;entité des arrêts exclus : {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="180"/>
        <source>%n route(s) of layer {0} with fewer than 2 stops within {1:g} m: left out of the feed.</source>
        <translation>
            <numerusform>%n ligne de la couche {0} avec moins de 2 arrêts à {1:g} m ou moins : exclue du flux.</numerusform>
            <numerusform>%n lignes de la couche {0} avec moins de 2 arrêts à {1:g} m ou moins : exclues du flux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="182"/>
        <source>Feature ids of routes left out: {0}</source>
        <translation>Identifiants d&apos;entité des lignes exclues : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="185"/>
        <source>No route of layer {0} has 2 stops of layer {1} within {2:g} m ({3}), so there is no bus to write. Check that both layers show the same streets, or raise the distance.</source>
        <translation>Aucune ligne de la couche {0} n&apos;a 2 arrêts de la couche {1} à {2:g} m ou moins ({3}), il n&apos;y a donc aucun bus à écrire. Vérifiez que les deux couches montrent les mêmes rues, ou augmentez la distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="194"/>
        <source>The feed could not be written to {0}: {1}. Choose another file or folder.</source>
        <translation>Le flux n&apos;a pas pu être écrit dans {0} : {1}. Choisissez un autre fichier ou dossier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="196"/>
        <source>Feed written to {0}: {1}, {2}, {3}.</source>
        <translation>Flux écrit dans {0} : {1}, {2}, {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="197"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="197"/>
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n arrêt</numerusform>
            <numerusform>%n arrêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="198"/>
        <source>%n trip(s) with their frequencies</source>
        <translation>
            <numerusform>%n course avec ses fréquences</numerusform>
            <numerusform>%n courses avec leurs fréquences</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="30"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="149"/>
        <source>Unpaid care work</source>
        <translation>Travail de soins non rémunéré</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="32"/>
        <source>unpaid care,time use,women,replacement cost,opportunity cost,valuation,hours freed</source>
        <translation>soins non rémunérés,emploi du temps,femmes,coût de remplacement,coût d&apos;opportunité,valorisation,heures libérées</translation>
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
        <translation>Combien d&apos;heures de soins non rémunérés les ménages fournissent-ils, qui les fournit, combien valent-elles, et combien d&apos;heures les services de soins libéreraient-ils ? À partir de la population de chaque unité par sexe et tranche d&apos;âge et d&apos;une table d&apos;emploi du temps (les heures hebdomadaires moyennes de soins non rémunérés par personne, p. ex. issues d&apos;une enquête nationale sur l&apos;emploi du temps), l&apos;outil estime les heures par unité et leur valeur ; avec des services de soins, les heures qu&apos;ils prennent en charge.

Comment lire les résultats :
- Travail de soin non rémunéré : les unités avec unpaid_week et unpaid_year (heures de soins non rémunérés par semaine et par an), women_week (les heures effectuées par les femmes) et women_share (0 à 1), value_replacement (les heures annuelles au salaire horaire d&apos;un travailleur du soin, dans la monnaie du salaire) ; avec les salaires des femmes et des hommes, aussi value_opportunity (ce que les personnes aidantes gagneraient à la place) ; avec un PIB local, aussi gdp_share ; avec des services de soins, aussi hours_freed_week (heures par semaine que les services prennent en charge dans l&apos;unité) et freed_share (leur part des heures non rémunérées de l&apos;unité).
- Chiffres : les totaux d&apos;heures, la part des femmes et les valeurs.

Exemple : un îlot avec 100 femmes et 90 hommes de 18-64 ans, qui fournissent 34,8 et 13,9 heures par semaine : 100 x 34,8 + 90 x 13,9 = 4 731 heures par semaine, 73,6 % par les femmes, 246 012 heures par an ; à 2,5 dollars de l&apos;heure, cela vaut 615 030 dollars par an. Un centre de 100 places ouvert 50 heures par semaine, chaque heure-place remplaçant une demi-heure de soins domestiques, libère 100 x 50 x 0,5 = 2 500 heures par semaine, réparties entre les îlots à sa portée. Dans la ville de démonstration : environ 23,4 millions d&apos;heures par semaine, 73 % par les femmes, d&apos;une valeur d&apos;environ 3,05 milliards de dollars par an à 2,5 dollars de l&apos;heure.

Bon à savoir :
- Les champs de population sont trouvés par leur nom (f_18_64 pour les femmes de 18-64 ans ; la tranche 18-64 ou 18_64), ou tels qu&apos;indiqués dans « Correspondance tranches-champs » ; une ligne d&apos;emploi du temps sans champ de population n&apos;est pas comptée (un avertissement les liste).
- Une unité avec une population NULL reçoit des heures NULL et est exclue des totaux (comptée dans un avertissement).
- Les heures libérées par un service sont réparties uniquement entre les unités à portée du service : les heures d&apos;un service qui n&apos;atteint aucune unité ne sont pas comptées (le journal indique combien).
- Avec les horaires d&apos;ouverture des services (p. ex. &apos;Mo-Fr 07:00-13:00&apos; = 30 heures par semaine), les heures libérées ne comptent que les heures où chaque service est ouvert : 10 places ouvertes du lundi au vendredi de 07:00 à 13:00 libèrent 10 x 30 x 0,5 = 150 heures par semaine, et non 10 x 40 x 0,5 = 200. Un service aux horaires vides ou illisibles garde les heures d&apos;ouverture par semaine indiquées par ailleurs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="68"/>
        <source>Layer of units (points or polygons) with population fields by sex and age band. Typical: census blocks with f_18_64, m_18_64 and similar fields.</source>
        <translation>Couche d&apos;unités (points ou polygones) avec des champs de population par sexe et tranche d&apos;âge. Typique : îlots de recensement avec f_18_64, m_18_64 et des champs semblables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="69"/>
        <source>Table of average weekly hours of unpaid care per person by sex and age band, e.g. from a national time-use survey. Typical: a CSV with sex, age_band, weekly_hours.</source>
        <translation>Table des heures hebdomadaires moyennes de soins non rémunérés par personne, par sexe et tranche d&apos;âge, p. ex. issue d&apos;une enquête nationale emploi du temps. Typique : un CSV avec sex, age_band, weekly_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="70"/>
        <source>Field of the time-use table with the sex (e.g. f, m). Typical: sex.</source>
        <translation>Champ de la table d&apos;emploi du temps avec le sexe (p. ex. f, m). Typique : sex.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="71"/>
        <source>Field of the time-use table with the age band in years (e.g. 18-64). Typical: age_band.</source>
        <translation>Champ de la table d&apos;emploi du temps avec la tranche d&apos;âge en années (p. ex. 18-64). Typique : age_band.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="72"/>
        <source>Numeric field of the time-use table with the average weekly hours of unpaid care per person. Typical: weekly_hours.</source>
        <translation>Champ numérique de la table d&apos;emploi du temps avec les heures hebdomadaires moyennes de soins non rémunérés par personne. Typique : weekly_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="73"/>
        <source>Which population field of the units holds each sex and age band, as sex:band=field items separated by &apos;;&apos;; empty = found by field name (f_18_64). Typical: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</source>
        <translation>Quel champ de population des unités contient chaque sexe et tranche d&apos;âge, sous forme d&apos;éléments sexe:tranche=champ séparés par &apos;;&apos; ; vide = trouvés par nom de champ (f_18_64). Typique : &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="74"/>
        <source>Hourly wage of a paid care worker in local currency, for the replacement-cost value. Typical: the minimum wage per hour.</source>
        <translation>Salaire horaire d&apos;une personne salariée du soin, en monnaie locale, pour la valeur au coût de remplacement. Typique : le salaire minimum horaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="75"/>
        <source>Weeks per year used to turn weekly hours into yearly hours. Typical: 52.</source>
        <translation>Semaines par an utilisées pour convertir les heures hebdomadaires en heures annuelles. Typique : 52.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="76"/>
        <source>Optional average hourly wage of women (local currency), for the opportunity-cost value of women&apos;s hours. Typical: from the labour force survey.</source>
        <translation>Salaire horaire moyen des femmes (monnaie locale), facultatif, pour la valeur au coût d&apos;opportunité des heures des femmes. Typique : issu de l&apos;enquête emploi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="77"/>
        <source>Optional average hourly wage of men (local currency), for the opportunity-cost value of men&apos;s hours. Typical: from the labour force survey.</source>
        <translation>Salaire horaire moyen des hommes (monnaie locale), facultatif, pour la valeur au coût d&apos;opportunité des heures des hommes. Typique : issu de l&apos;enquête emploi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="78"/>
        <source>Optional local GDP per year in the same currency as the care worker&apos;s wage, to express the value as a share of GDP. Typical: the city&apos;s GDP.</source>
        <translation>PIB local annuel facultatif, dans la même monnaie que le salaire du travailleur du soin, pour exprimer la valeur en part du PIB. Typique : le PIB de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="79"/>
        <source>Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of CareMap&apos;s siting.</source>
        <translation>Couche facultative de points des services de soins (existants ou nouveaux sites) dont les heures libèrent du temps de soins des ménages. Typique : les nouveaux sites de l&apos;implantation de CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="80"/>
        <source>Optional numeric field of the care services with the places of each one; empty = &apos;Places per service&apos; for every service. Typical: capacity_fde, or capacity.</source>
        <translation>Champ numérique facultatif des services de soins avec les places de chacun ; vide = « Places par service » pour chaque service. Typique : capacity_fde, ou capacity.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="81"/>
        <source>Places of each service when no places field is chosen. Typical: 50 places.</source>
        <translation>Places de chaque service quand aucun champ de places n&apos;est choisi. Typique : 50 places.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="82"/>
        <source>Optional numeric field of the care services with the hours each one is open per week; empty = &apos;Hours open per week&apos; for every service. Typical: empty.</source>
        <translation>Champ numérique facultatif des services de soins avec les heures d&apos;ouverture hebdomadaires de chacun ; vide = « Heures d&apos;ouverture par semaine » pour chaque service. Typique : vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="83"/>
        <source>Optional text field of the care services with their opening hours in OpenStreetMap&apos;s form (e.g. &apos;Mo-Fr 07:00-19:00; Sa 08:00-12:00&apos;); the hours a week each service is open then come from its schedule, so the hours freed count only the hours it is open. A service whose hours are empty, or not understood (named in a warning), keeps the hours open per week given otherwise. Typical: opening_hours.</source>
        <translation>Champ texte facultatif des services de soins avec leurs horaires d&apos;ouverture dans la forme d&apos;OpenStreetMap (p. ex. &apos;Mo-Fr 07:00-19:00; Sa 08:00-12:00&apos;) ; les heures d&apos;ouverture hebdomadaires de chaque service viennent alors de ses horaires, si bien que les heures libérées ne comptent que les heures où il est ouvert. Un service dont les horaires sont vides, ou non compris (nommé dans un avertissement), garde les heures d&apos;ouverture par semaine indiquées par ailleurs. Typique : opening_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="84"/>
        <source>Hours each service is open per week when no hours field is chosen. Typical: 40 hours (8 hours, 5 days).</source>
        <translation>Heures d&apos;ouverture hebdomadaires de chaque service quand aucun champ d&apos;heures n&apos;est choisi. Typique : 40 heures (8 heures, 5 jours).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="85"/>
        <source>Hours of household care replaced by one place open for one hour (0-1). Typical: 0.5.</source>
        <translation>Heures de soins au sein du ménage remplacées par une place ouverte pendant une heure (0-1). Typique : 0.5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="86"/>
        <source>Optional numeric field of the units by which the hours freed by a service are shared among the units within its reach; empty = the units&apos; unpaid hours. Typical: children 0-5.</source>
        <translation>Champ numérique facultatif des unités selon lequel les heures libérées par un service sont réparties entre les unités à sa portée ; vide = les heures non rémunérées des unités. Typique : enfants de 0-5 ans.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="87"/>
        <source>Reach of a service in the cost unit, inclusive: only units within it share the hours it frees. Typical: 10 minutes walking.</source>
        <translation>Portée d&apos;un service dans l&apos;unité de coût, incluse : seules les unités dans cette portée se partagent les heures qu&apos;il libère. Typique : 10 minutes à pied.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="88"/>
        <source>The units with unpaid_week, unpaid_year, women_week, women_share, value_replacement (and value_opportunity, gdp_share, hours_freed_week, freed_share when asked).</source>
        <translation>Les unités avec unpaid_week, unpaid_year, women_week, women_share, value_replacement (et value_opportunity, gdp_share, hours_freed_week, freed_share si demandés).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="89"/>
        <source>Unpaid care hours per week in all units.</source>
        <translation>Heures de soins non rémunérés par semaine dans l&apos;ensemble des unités.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="90"/>
        <source>Unpaid care hours per year in all units (weekly hours x weeks per year).</source>
        <translation>Heures de soins non rémunérés par an dans l&apos;ensemble des unités (heures hebdomadaires x semaines par an).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="91"/>
        <source>Share (0 to 1) of the unpaid care hours done by women; None when there are no hours.</source>
        <translation>Part (0 à 1) des heures de soins non rémunérés effectuées par les femmes ; None s&apos;il n&apos;y a pas d&apos;heures.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="92"/>
        <source>Value per year of the unpaid care hours at the wage of a paid carer (replacement cost).</source>
        <translation>Valeur annuelle des heures de soins non rémunérés au salaire d&apos;une personne salariée du soin (coût de remplacement).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="93"/>
        <source>Value per year at the wages the carers would earn (the women&apos;s and men&apos;s wages); None without them.</source>
        <translation>Valeur annuelle aux salaires que gagneraient les personnes aidantes (les salaires des femmes et des hommes) ; None sans eux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="94"/>
        <source>Replacement value as a share of GDP; None without GDP.</source>
        <translation>Valeur de remplacement en part du PIB ; None sans PIB.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="95"/>
        <source>Hours of unpaid care per week the care services would free; None without services.</source>
        <translation>Heures de soins non rémunérés par semaine que les services de soins libéreraient ; None sans services.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="104"/>
        <source>Units with population by sex and age</source>
        <translation>Unités avec population par sexe et âge</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="106"/>
        <source>Time-use table (sex, age_band, weekly_hours)</source>
        <translation>Table d&apos;emploi du temps (sex, age_band, weekly_hours)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="107"/>
        <source>Sex field</source>
        <translation>Champ du sexe</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="108"/>
        <source>Age band field</source>
        <translation>Champ de tranche d&apos;âge</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="109"/>
        <source>Weekly hours field</source>
        <translation>Champ des heures hebdomadaires</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="113"/>
        <source>Band to field mapping (sex:band=field; ...), empty = by field name</source>
        <translation>Correspondance tranches-champs (sexe:tranche=champ; ...), vide = d&apos;après le nom du champ</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="115"/>
        <source>Hourly wage of a care worker</source>
        <translation>Salaire horaire d&apos;une professionnelle du soin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="118"/>
        <source>Weeks per year</source>
        <translation>Semaines par an</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="119"/>
        <source>Women&apos;s average hourly wage (opportunity cost)</source>
        <translation>Salaire horaire moyen des femmes (coût d&apos;opportunité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="120"/>
        <source>Men&apos;s average hourly wage (opportunity cost)</source>
        <translation>Salaire horaire moyen des hommes (coût d&apos;opportunité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="121"/>
        <source>Local GDP per year (same currency)</source>
        <translation>PIB local par an (même monnaie)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="125"/>
        <source>Care services (existing or new sites)</source>
        <translation>Services de soins (existants ou nouveaux sites)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="127"/>
        <source>Places field</source>
        <translation>Champ des places</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="130"/>
        <source>Places per service (when no places field)</source>
        <translation>Places par service (sans champ de places)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="132"/>
        <source>Hours open per week (when no field)</source>
        <translation>Heures d&apos;ouverture par semaine (sans champ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="134"/>
        <source>Hours open per week field</source>
        <translation>Champ des heures d&apos;ouverture par semaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="137"/>
        <source>Opening hours field (e.g. Mo-Fr 08:00-17:00)</source>
        <translation>Champ des horaires d&apos;ouverture (p. ex. Mo-Fr 08:00-17:00)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="143"/>
        <source>Service reach (in the cost unit, inclusive)</source>
        <translation>Portée du service (dans l&apos;unité de coût, incluse)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="146"/>
        <source>Field to share service hours by (empty = unpaid hours)</source>
        <translation>Champ de répartition des heures de service (vide = heures non rémunérées)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="150"/>
        <source>Unpaid care hours per week</source>
        <translation>Heures de soins non rémunérés par semaine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="151"/>
        <source>Unpaid care hours per year</source>
        <translation>Heures de soins non rémunérés par an</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="152"/>
        <source>Women&apos;s share of unpaid care hours</source>
        <translation>Part des femmes dans les heures de soins non rémunérés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="153"/>
        <source>Replacement-cost value per year</source>
        <translation>Valeur annuelle au coût de remplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="154"/>
        <source>Opportunity-cost value per year</source>
        <translation>Valeur annuelle au coût d&apos;opportunité</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="155"/>
        <source>Value as a share of GDP</source>
        <translation>Valeur en part du PIB</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="156"/>
        <source>Hours freed per week by the services</source>
        <translation>Heures libérées par semaine grâce aux services</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="168"/>
        <source>Time-use table {0}: weekly hours value &apos;{1}&apos; in field &apos;{2}&apos; is not a number.</source>
        <translation>Table d&apos;emploi du temps {0} : la valeur d&apos;heures hebdomadaires &apos;{1}&apos; du champ &apos;{2}&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="173"/>
        <source>Time-use table {0}: {1}</source>
        <translation>Table d&apos;emploi du temps {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="185"/>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="189"/>
        <source>Time-use table {0} has no row for sex &apos;{1}&apos;, age band &apos;{2}&apos; (used in {3} for field &apos;{4}&apos;): add the row to the table or correct the band.</source>
        <translation>La table d&apos;emploi du temps {0} n&apos;a pas de ligne pour le sexe &apos;{1}&apos; et la tranche d&apos;âge &apos;{2}&apos; (utilisée dans {3} pour le champ &apos;{4}&apos;) : ajoutez la ligne à la table ou corrigez la tranche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="195"/>
        <source>No field of layer {0} is named like a time-use row (e.g. &apos;{1}&apos;): say which field holds each sex and age band in {2}.</source>
        <translation>Aucun champ de la couche {0} ne porte le nom d&apos;une ligne d&apos;emploi du temps (p. ex. &apos;{1}&apos;) : indiquez dans {2} quel champ contient chaque sexe et chaque tranche d&apos;âge.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="200"/>
        <source>Time-use rows without a population field (not counted): {0}</source>
        <translation>Lignes d&apos;emploi du temps sans champ de population (non comptées) : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="202"/>
        <source>Population fields: {0}</source>
        <translation>Champs de population : {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="224"/>
        <source>Unpaid care in layer {0}: {1}</source>
        <translation>Soins non rémunérés dans la couche {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="226"/>
        <source>%n unit(s) of layer {0} with a NULL (or non-finite) population in {1}: NULL hours and values, left out of the totals.</source>
        <translation>
            <numerusform>%n unité de la couche {0} avec une population NULL (ou non finie) dans {1} : heures et valeurs NULL, exclue des totaux.</numerusform>
            <numerusform>%n unités de la couche {0} avec une population NULL (ou non finie) dans {1} : heures et valeurs NULL, exclues des totaux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="231"/>
        <source>Layer {0} has no unpaid care hours (every population or time-use rate is 0, or NULL): the women&apos;s share has no meaning and is left empty.</source>
        <translation>La couche {0} n&apos;a aucune heure de soins non rémunérés (toutes les populations ou tous les taux d&apos;emploi du temps valent 0, ou NULL) : la part des femmes n&apos;a pas de sens et est laissée vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="251"/>
        <source>The services would free {0:,.0f} hours a week of unpaid care ({1:,.0f} hours of services reach no unit).</source>
        <translation>Les services libéreraient {0:.0f} heures de soins non rémunérés par semaine ({1:.0f} heures de service n&apos;atteignent aucune unité).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="255"/>
        <source>{0:,.0f} hours of unpaid care a week, {1:.1%} by women; value {2:,.0f} a year.</source>
        <translation>{0:.0f} heures de soins non rémunérés par semaine, dont {1:.1%} assurées par des femmes ; valeur de {2:.0f} par an.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="275"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="289"/>
        <source>%n service(s) of layer {0} with a NULL (or non-finite) &apos;{1}&apos;: no hours freed.</source>
        <translation>
            <numerusform>%n service de la couche {0} avec &apos;{1}&apos; NULL (ou non fini) : aucune heure libérée.</numerusform>
            <numerusform>%n services de la couche {0} avec &apos;{1}&apos; NULL (ou non fini) : aucune heure libérée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="280"/>
        <source>Every service in layer {0} has capacity 0 in field &apos;{1}&apos;: no hours can be freed.</source>
        <translation>Tous les services de la couche {0} ont une capacité 0 dans le champ &apos;{1}&apos; : aucune heure ne peut être libérée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="282"/>
        <source>{0} is 0: the services of layer {1} free no hours. Set the places per service above 0, or choose a places field.</source>
        <translation>{0} vaut 0 : les services de la couche {1} ne libèrent aucune heure. Réglez les places par service au-dessus de 0, ou choisissez un champ de places.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="296"/>
        <source>{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. {2:g} minutes.</source>
        <translation>{0} vaut {1:g} : aucune unité ne pourrait se partager les heures libérées par un service. Réglez-le au-dessus de 0, p. ex. {2:g} minutes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="307"/>
        <source>Services {0}: {1}</source>
        <translation>Services {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="316"/>
        <source>%n service(s) of layer {0} with opening hours in &apos;{1}&apos; that CareMap does not understand: they keep the hours open per week given otherwise: {2}. Write them like &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</source>
        <translation>
            <numerusform>%n service de la couche {0} avec des horaires d&apos;ouverture dans &apos;{1}&apos; que CareMap ne comprend pas : il garde les heures d&apos;ouverture par semaine indiquées par ailleurs : {2}. Écrivez-les comme &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</numerusform>
            <numerusform>%n services de la couche {0} avec des horaires d&apos;ouverture dans &apos;{1}&apos; que CareMap ne comprend pas : ils gardent les heures d&apos;ouverture par semaine indiquées par ailleurs : {2}. Écrivez-les comme &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="321"/>
        <source>Hours open per week from the opening hours in &apos;{0}&apos; for %n service(s) of layer {1}; the others keep the hours open per week given otherwise.</source>
        <translation>
            <numerusform>Heures d&apos;ouverture par semaine tirées des horaires d&apos;ouverture de &apos;{0}&apos; pour %n service de la couche {1} ; les autres gardent les heures d&apos;ouverture par semaine indiquées par ailleurs.</numerusform>
            <numerusform>Heures d&apos;ouverture par semaine tirées des horaires d&apos;ouverture de &apos;{0}&apos; pour %n services de la couche {1} ; les autres gardent les heures d&apos;ouverture par semaine indiquées par ailleurs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="20"/>
        <source>Supply and demand</source>
        <translation>Offre et demande</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="21"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="22"/>
        <source>Gaps and equity</source>
        <translation>Écarts et équité</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="23"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="24"/>
        <source>Workflow and report</source>
        <translation>Chaîne de traitement et rapport</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="83"/>
        <source>Values for scripts: {0}.</source>
        <translation>Valeurs pour les scripts : {0}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="98"/>
        <source>Figures returned (usable in models and scripts):</source>
        <translation>Chiffres renvoyés (utilisables dans les modèles et les scripts) :</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="151"/>
        <source>Formula, method and references</source>
        <translation>Formule, méthode et références</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="199"/>
        <source>{0}: &apos;{1}&apos; is not one of: {2}.</source>
        <translation>{0} : &apos;{1}&apos; ne fait pas partie de : {2}.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="198"/>
        <source>Could not copy layer {0} to a temporary file for the municipality&apos;s process ({1}): {2}. Check the free space of the temporary folder, or set {3} to 1.</source>
        <translation>Impossible de copier la couche {0} dans un fichier temporaire pour le processus de la commune ({1}) : {2}. Vérifiez l&apos;espace libre du dossier temporaire, ou mettez {3} à 1.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="222"/>
        <source>(own process)</source>
        <translation>(processus propre)</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="254"/>
        <source>Municipality {0} done.</source>
        <translation>Commune {0} terminée.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="257"/>
        <source>qgis_process ended with code {0} and no message.</source>
        <translation>qgis_process s&apos;est terminé avec le code {0} et sans message.</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="29"/>
        <source>Straight line</source>
        <translation>À vol d&apos;oiseau</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="30"/>
        <location filename="../processing/choices.py" line="36"/>
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="31"/>
        <source>Table of travel costs</source>
        <translation>Table des coûts de trajet</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="32"/>
        <source>Public transport (GTFS)</source>
        <translation>Transports en commun (GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="35"/>
        <source>Straight line (times the detour factor)</source>
        <translation>Vol d&apos;oiseau (multiplié par le facteur de détour)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="39"/>
        <source>Metres</source>
        <translation>Mètres (distance)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="40"/>
        <location filename="../processing/costs_io.py" line="188"/>
        <source>Minutes</source>
        <translation>Minutes (temps)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="43"/>
        <source>Cost to the nearest facility</source>
        <translation>Coût vers l&apos;établissement le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="44"/>
        <source>Places within reach (cumulative opportunities)</source>
        <translation>Places à portée (opportunités cumulées)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="45"/>
        <source>Two-step floating catchment (2SFCA)</source>
        <translation>Zone de desserte flottante à deux étapes (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="46"/>
        <source>Two-step floating catchment with distance zones (E2SFCA)</source>
        <translation>Zone de desserte flottante à deux étapes avec zones de distance (E2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="47"/>
        <source>Two-step floating catchment with gradual decay (G2SFCA)</source>
        <translation>Zone de desserte flottante à deux étapes avec décroissance progressive (G2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="48"/>
        <source>Three-step floating catchment, with competition (3SFCA)</source>
        <translation>Zone de desserte flottante à trois étapes, avec concurrence (3SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="49"/>
        <source>Modified two-step floating catchment (M2SFCA)</source>
        <translation>Zone de desserte flottante à deux étapes modifiée (M2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="50"/>
        <source>Gravity potential (Hansen)</source>
        <translation>Potentiel gravitaire (Hansen)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="53"/>
        <source>None: full weight up to the threshold</source>
        <translation>Aucune : poids plein jusqu&apos;au seuil</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="54"/>
        <source>Gaussian</source>
        <translation>Gaussienne</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="55"/>
        <source>Exponential</source>
        <translation>Exponentielle</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="56"/>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="57"/>
        <source>Power (inverse distance)</source>
        <translation>Puissance (inverse de la distance)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="60"/>
        <source>Equal: every person counts once</source>
        <translation>Égaux : chaque personne compte une fois</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="61"/>
        <source>By age: care-need scale of Madrid</source>
        <translation>Par âge : échelle des besoins de soins de Madrid</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="62"/>
        <source>Custom weights</source>
        <translation>Poids personnalisés</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="65"/>
        <source>Nearest neighbours</source>
        <translation>Plus proches voisins</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="66"/>
        <source>Neighbours within a distance</source>
        <translation>Voisins dans une distance</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="67"/>
        <source>Shared border or corner (queen)</source>
        <translation>Limite ou coin commun (queen)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="68"/>
        <source>Shared border (rook)</source>
        <translation>Limite commune (rook)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="71"/>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation>Points chauds et froids (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="72"/>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation>Agrégats et valeurs aberrantes (I de Moran local)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="75"/>
        <source>Row-standardised</source>
        <translation>Standardisés par ligne</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="76"/>
        <source>Binary (0 or 1)</source>
        <translation>Binaires (0 ou 1)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="79"/>
        <source>Above the median</source>
        <translation>Au-dessus de la médiane</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="80"/>
        <source>Above the mean</source>
        <translation>Au-dessus de la moyenne</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="81"/>
        <source>Above the mean plus one standard deviation</source>
        <translation>Au-dessus de la moyenne plus un écart-type</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="84"/>
        <source>Number of places</source>
        <translation>Nombre de places</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="85"/>
        <source>Places per person (accessibility)</source>
        <translation>Places par personne (accessibilité)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="88"/>
        <source>Outline around the reached streets (fast)</source>
        <translation>Contour autour des rues atteintes (rapide)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="89"/>
        <source>The reached streets widened (detailed, slower)</source>
        <translation>Les rues atteintes élargies (détaillé, plus lent)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="92"/>
        <source>Walking</source>
        <translation>À pied</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="93"/>
        <source>Cycling</source>
        <translation>À vélo</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="94"/>
        <source>Driving</source>
        <translation>En voiture</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="97"/>
        <source>Min-max: lowest value 0, highest 1</source>
        <translation>Min-max : valeur la plus basse 0, la plus haute 1</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="98"/>
        <source>Rank, scaled 0 to 1</source>
        <translation>Rang, ramené de 0 à 1</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="99"/>
        <source>Standard score (z-score)</source>
        <translation>Score standard (score z)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="102"/>
        <source>Pointy top</source>
        <translation>Pointe en haut</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="103"/>
        <source>Flat top</source>
        <translation>Côté plat en haut</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="106"/>
        <source>Cover the most demand (maximal covering)</source>
        <translation>Couvrir le plus de demande (couverture maximale)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="107"/>
        <source>Shortest trips overall (p-median)</source>
        <translation>Trajets les plus courts au total (p-médian)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="108"/>
        <source>Serve the most demand with limited places (capacitated)</source>
        <translation>Servir le plus de demande avec des places limitées (avec capacités)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="111"/>
        <source>Greedy (fast)</source>
        <translation>Glouton (rapide)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="112"/>
        <source>Exact (HiGHS solver)</source>
        <translation>Exact (solveur HiGHS)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="115"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="116"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="117"/>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="118"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="121"/>
        <source>None: the indicator fields ticked</source>
        <translation>Aucun : les champs d&apos;indicateurs cochés</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="122"/>
        <source>Bogota care blocks (care demand, caregivers, poverty)</source>
        <translation>Îlots du soin de Bogota (demande de soins, personnes aidantes, pauvreté)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="60"/>
        <source>Travel cost table (when costs come from a table)</source>
        <translation>Table des coûts de trajet (quand les coûts proviennent d&apos;une table)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="62"/>
        <source>Cost table: demand unit id field</source>
        <translation>Table des coûts : champ d&apos;identifiant de l&apos;unité de demande</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="63"/>
        <source>Cost table: facility id field</source>
        <translation>Table des coûts : champ d&apos;identifiant de l&apos;établissement</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="64"/>
        <source>Cost table: cost field</source>
        <translation>Table des coûts : champ de coût</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="69"/>
        <source>Demand unit id field (for a cost table)</source>
        <translation>Champ d&apos;identifiant de l&apos;unité de demande (pour une table des coûts)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="72"/>
        <source>Facility id field (for a cost table)</source>
        <translation>Champ d&apos;identifiant de l&apos;établissement (pour une table des coûts)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="75"/>
        <source>Detour factor of straight-line costs (route / straight distance)</source>
        <translation>Facteur de détour des coûts à vol d&apos;oiseau (trajet / distance directe)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="79"/>
        <source>Join road line ends closer than (m; 0 = only lines that share a vertex)</source>
        <translation>Relier les extrémités de lignes distantes de moins de (m ; 0 = seulement les lignes qui partagent un sommet)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="83"/>
        <source>Search limit for the nearest facility (in the cost unit; 0 = automatic)</source>
        <translation>Limite de recherche de l&apos;établissement le plus proche (dans l&apos;unité de coût ; 0 = automatique)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="94"/>
        <source>Public transport feed (GTFS zip file or folder)</source>
        <translation>Flux de transports en commun (fichier zip GTFS ou dossier)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="95"/>
        <source>GTFS zip (*.zip);;All files (*)</source>
        <translation>Zip GTFS (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="98"/>
        <source>Public transport: departure (YYYY-MM-DD HH:MM, local time of the feed)</source>
        <translation>Transports en commun : départ (AAAA-MM-JJ HH:MM, heure locale du flux)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="100"/>
        <source>Public transport: departure window (minutes after the departure; 0 = that minute only)</source>
        <translation>Transports en commun : fenêtre de départ (minutes après le départ ; 0 = cette minute seulement)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="103"/>
        <source>Public transport: percentile of the travel times over the window (50 = median)</source>
        <translation>Transports en commun : centile des temps de trajet sur la fenêtre (50 = médiane)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="106"/>
        <source>Public transport: longest walk to, from or between stops (m)</source>
        <translation>Transports en commun : plus longue marche vers, depuis ou entre les arrêts (m)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="110"/>
        <source>Public transport: walks measured along</source>
        <translation>Transports en commun : trajets à pied mesurés</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="116"/>
        <source>Road network (lines)</source>
        <translation>Réseau routier (lignes)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="121"/>
        <source>Travel speed (km/h; walking = 5.04)</source>
        <translation>Vitesse de déplacement (km/h ; à pied = 5.04)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="127"/>
        <source>Largest distance from a point to the road network (m)</source>
        <translation>Distance maximale d&apos;un point au réseau routier (m)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="136"/>
        <source>Speed field of the road network (km/h)</source>
        <translation>Champ de vitesse du réseau routier (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="139"/>
        <source>One-way field of the road network</source>
        <translation>Champ de sens unique du réseau routier</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="147"/>
        <source>Road class field of the road network (e.g. highway)</source>
        <translation>Champ de classe de route du réseau routier (p. ex. highway)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="150"/>
        <source>Speed per road class (km/h)</source>
        <translation>Vitesse par classe de route (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="69"/>
        <source>Costs: about {0:,.0f} pairs within reach ({1} as one table); about {2:,.0f} s per pass over them.</source>
        <translation>Coûts : environ {0:,.0f} paires à portée ({1} sous forme d&apos;une seule table) ; environ {2:,.0f} s par passage sur celles-ci.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="73"/>
        <source>the QGIS setting {0} (Settings &gt; Options &gt; Advanced), in MB</source>
        <translation>le paramètre QGIS {0} (Préférences &gt; Options &gt; Avancé), en Mo</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="76"/>
        <source>About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: they are computed in chunks, never all at once, and computed again for each step of the method (slower, same results). The budget is {3}.</source>
        <translation>Environ {0:,.0f} paires à portée nécessitent environ {1} de mémoire, plus que le budget mémoire de {2} : elles sont calculées par blocs, jamais toutes à la fois, et recalculées à chaque étape de la méthode (plus lent, mêmes résultats). Le budget est {3}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="81"/>
        <source>About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: this may run out of memory. Use a smaller threshold, fewer points, or raise the budget in {3}.</source>
        <translation>Environ {0:,.0f} paires à portée nécessitent environ {1} de mémoire, plus que le budget mémoire de {2} : la mémoire risque d&apos;être insuffisante. Utilisez un seuil plus petit, moins de points, ou augmentez le budget dans {3}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="170"/>
        <source>The speed must be more than 0 km/h, got {0}.</source>
        <translation>La vitesse doit être supérieure à 0 km/h ; reçu {0}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="175"/>
        <source>sites</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="187"/>
        <source>Public transport costs are travel times: choose {0} in {1} (and give the thresholds in minutes).</source>
        <translation>Les coûts en transports en commun sont des temps de trajet : choisissez {0} dans {1} (et indiquez les seuils en minutes).</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="198"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): every pair, no limit.</source>
        <translation>Coûts en ligne droite (facteur de détour {0}, {1} km/h) : toutes les paires, sans limite.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="210"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): computed in chunks of at most {2:,} pairs.</source>
        <translation>Coûts à vol d&apos;oiseau (facteur de détour {0}, {1} km/h) : calculés par blocs d&apos;au plus {2:,} paires.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="215"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): {2} pairs within reach.</source>
        <translation>Coûts en ligne droite (facteur de détour {0}, {1} km/h) : {2} paires à portée.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="233"/>
        <source>Public transport costs: {0} pairs within reach.</source>
        <translation>Coûts en transports en commun : {0} paires à portée.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="240"/>
        <source>OD table: {0} pairs within reach.</source>
        <translation>Table OD : {0} paires à portée.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="261"/>
        <source>Costs from a table need an origin-destination table: choose it in {0}.</source>
        <translation>Les coûts issus d&apos;une table nécessitent une table origine-destination : choisissez-la dans {0}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="266"/>
        <source>Costs from a table need its origin, destination and cost fields: choose them in {0}, {1} and {2}.</source>
        <translation>Les coûts issus d&apos;une table nécessitent ses champs d&apos;origine, de destination et de coût : choisissez-les dans {0}, {1} et {2}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="270"/>
        <source>Costs from a table are joined on ids: choose the id field of the demand units in {0} and of the facilities in {1}.</source>
        <translation>Les coûts issus d&apos;une table sont joints sur des id : choisissez le champ d&apos;id des unités de demande dans {0} et celui des établissements dans {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="283"/>
        <source>the facility ids</source>
        <translation>les id des établissements</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="286"/>
        <source>The ids in {0} are not unique ({1} repeated, e.g. &apos;{2}&apos;), so the origin-destination table {3} cannot be joined. Give every feature its own id, or choose another id field in {4}.</source>
        <translation>Les id de {0} ne sont pas uniques ({1} répétés, p. ex. &apos;{2}&apos;), donc la table origine-destination {3} ne peut pas être jointe. Donnez à chaque entité son propre id, ou choisissez un autre champ d&apos;id dans {4}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="290"/>
        <source>Origin-destination table {0}: {1}</source>
        <translation>Table origine-destination {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="292"/>
        <source>OD table {0}: {1} rows.</source>
        <translation>Table OD {0} : {1} lignes.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="294"/>
        <source>OD table {0}: skipped {1}, {2} and {3}.</source>
        <translation>Table OD {0} : ignoré {1}, {2} et {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="295"/>
        <source>%n row(s) with an origin not in the demand ids</source>
        <translation>
            <numerusform>%n ligne dont l&apos;origine n&apos;est pas parmi les identifiants de demande</numerusform>
            <numerusform>%n lignes dont l&apos;origine n&apos;est pas parmi les identifiants de demande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="296"/>
        <source>%n row(s) with a destination not in the facility ids</source>
        <translation>
            <numerusform>%n ligne dont la destination n&apos;est pas parmi les identifiants d&apos;établissement</numerusform>
            <numerusform>%n lignes dont la destination n&apos;est pas parmi les identifiants d&apos;établissement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="297"/>
        <source>%n row(s) with a NULL cost</source>
        <translation>
            <numerusform>%n ligne avec un coût NULL</numerusform>
            <numerusform>%n lignes avec un coût NULL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="315"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL id(s): give every feature an id, or choose another field in {2}.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n identifiant NULL : donnez un identifiant à chaque entité, ou choisissez un autre champ dans {2}.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n identifiants NULL : donnez un identifiant à chaque entité, ou choisissez un autre champ dans {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="343"/>
        <source>Costs from a table are joined on ids: choose the id field of the demand units in {0} and the id field(s) of the sites in {1}.</source>
        <translation>Les coûts issus d&apos;une table sont joints sur des id : choisissez le champ d&apos;id des unités de demande dans {0} et le ou les champs d&apos;id des sites dans {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="347"/>
        <source>The id field &apos;{0}&apos; of layer {1} was not read.</source>
        <translation>Le champ d&apos;id &apos;{0}&apos; de la couche {1} n&apos;a pas été lu.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="410"/>
        <source>Layer {0} has a &apos;{1}&apos; field that was not read: read it with costs_io.cost_companions.</source>
        <translation>La couche {0} a un champ &apos;{1}&apos; qui n&apos;a pas été lu : lisez-le avec costs_io.cost_companions.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="413"/>
        <source>Field &apos;{0}&apos; of layer {1} has no &apos;{2}&apos; field beside it: its values are taken as minutes.</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} n&apos;a pas de champ &apos;{2}&apos; à côté de lui : ses valeurs sont prises en minutes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="423"/>
        <source>Layer {0}: &apos;{2}&apos; is &apos;{3}&apos; instead of &apos;minutes&apos; or &apos;meters&apos; for %n feature(s) with a cost in &apos;{1}&apos;. Correct &apos;{2}&apos;, or compute the costs again with caremap:accessibility.</source>
        <translation>
            <numerusform>Couche {0} : &apos;{2}&apos; vaut &apos;{3}&apos; au lieu de &apos;minutes&apos; ou &apos;meters&apos; pour %n entité avec un coût dans &apos;{1}&apos;. Corrigez &apos;{2}&apos;, ou recalculez les coûts avec caremap:accessibility.</numerusform>
            <numerusform>Couche {0} : &apos;{2}&apos; vaut &apos;{3}&apos; au lieu de &apos;minutes&apos; ou &apos;meters&apos; pour %n entités avec un coût dans &apos;{1}&apos;. Corrigez &apos;{2}&apos;, ou recalculez les coûts avec caremap:accessibility.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="433"/>
        <source>Layer {0}: &apos;{1}&apos; is in metres with no speed in &apos;{2}&apos; for %n feature(s), so it cannot be read as minutes. Fill &apos;{2}&apos; with the travel speed in km/h, or compute the costs again with the cost unit in minutes.</source>
        <translation>
            <numerusform>Couche {0} : &apos;{1}&apos; est en mètres sans vitesse dans &apos;{2}&apos; pour %n entité, il ne peut donc pas être lu en minutes. Remplissez &apos;{2}&apos; avec la vitesse de déplacement en km/h, ou recalculez les coûts avec l&apos;unité de coût en minutes.</numerusform>
            <numerusform>Couche {0} : &apos;{1}&apos; est en mètres sans vitesse dans &apos;{2}&apos; pour %n entités, il ne peut donc pas être lu en minutes. Remplissez &apos;{2}&apos; avec la vitesse de déplacement en km/h, ou recalculez les coûts avec l&apos;unité de coût en minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="441"/>
        <source>Field &apos;{0}&apos; of layer {1}: %n cost(s) in metres converted to minutes at their speed ({2}).</source>
        <translation>
            <numerusform>Champ &apos;{0}&apos; de la couche {1} : %n coût en mètres converti en minutes à sa vitesse ({2}).</numerusform>
            <numerusform>Champ &apos;{0}&apos; de la couche {1} : %n coûts en mètres convertis en minutes à leur vitesse ({2}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/columns.py" line="97"/>
        <source>Field &apos;{0}&apos; of layer {1} must be numeric: none of its values is a number (e.g. &apos;{2}&apos;). Choose the field that holds the numbers.</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} doit être numérique : aucune de ses valeurs n&apos;est un nombre (p. ex. &apos;{2}&apos;). Choisissez le champ qui contient les nombres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/columns.py" line="100"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not a number (e.g. &apos;{2}&apos;): read as NULL.</source>
        <translation>
            <numerusform>%n valeur du champ &apos;{0}&apos; de la couche {1} n&apos;est pas un nombre (p. ex. &apos;{2}&apos;) : lue comme NULL.</numerusform>
            <numerusform>%n valeurs du champ &apos;{0}&apos; de la couche {1} ne sont pas des nombres (p. ex. &apos;{2}&apos;) : lues comme NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/columns.py" line="108"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not finite (NaN or infinite): read as NULL.</source>
        <translation>
            <numerusform>%n valeur du champ &apos;{0}&apos; de la couche {1} n&apos;est pas finie (NaN ou infini) : lue comme NULL.</numerusform>
            <numerusform>%n valeurs du champ &apos;{0}&apos; de la couche {1} ne sont pas finies (NaN ou infini) : lues comme NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="73"/>
        <source>Unknown option &apos;{0}&apos; after the file {1}: the options of a CSV file are {2}, e.g. &apos;{1}|crs=EPSG:31983&apos;.</source>
        <translation>Option &apos;{0}&apos; inconnue après le fichier {1} : les options d&apos;un fichier CSV sont {2}, p. ex. &apos;{1}|crs=EPSG:31983&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="103"/>
        <source>File {0} was not found.</source>
        <translation>Le fichier {0} est introuvable.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="137"/>
        <source>The CRS &apos;{0}&apos; given for file {1} is not known: give it as EPSG:code, e.g. &apos;{1}|crs=EPSG:31983&apos;.</source>
        <translation>Le SCR &apos;{0}&apos; indiqué pour le fichier {1} est inconnu : indiquez-le sous la forme EPSG:code, p. ex. &apos;{1}|crs=EPSG:31983&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="145"/>
        <source>The CRS in {0} is not readable.</source>
        <translation>Le SCR de {0} n&apos;est pas lisible.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="179"/>
        <source>Column &apos;{0}&apos; given as a coordinate of file {1} is not in it. Its columns: {2}.</source>
        <translation>La colonne &apos;{0}&apos; indiquée comme coordonnée du fichier {1} n&apos;y figure pas. Ses colonnes : {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="187"/>
        <source>Column &apos;{0}&apos; of file {1} holds no readable WKT geometry.</source>
        <translation>La colonne &apos;{0}&apos; du fichier {1} ne contient aucune géométrie WKT lisible.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="197"/>
        <source> If its decimal mark is a comma, say so: &apos;{0}|decimal=,&apos;.</source>
        <translation> Si son séparateur décimal est une virgule, indiquez-le : &apos;{0}|decimal=,&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="199"/>
        <source>Coordinate column &apos;{0}&apos; of file {1} holds &apos;{2}&apos;, which is not a number.</source>
        <translation>La colonne de coordonnées &apos;{0}&apos; du fichier {1} contient &apos;{2}&apos;, qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="247"/>
        <source>The coordinates of file {0} (columns {1}, e.g. {2:g}, {3:g}) are not longitude/latitude: give the file&apos;s CRS after its path, e.g. &apos;{0}|crs=EPSG:31983&apos;, or in a {4}.prj file next to it.</source>
        <translation>Les coordonnées du fichier {0} (colonnes {1}, p. ex. {2:g}, {3:g}) ne sont pas des longitudes/latitudes : indiquez le SCR du fichier après son chemin, p. ex. &apos;{0}|crs=EPSG:31983&apos;, ou dans un fichier {4}.prj à côté.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="293"/>
        <source>File {0} ({1}) has no coordinate columns, so it gives no points. Its columns: {2}. Name the coordinate columns lon and lat (or x and y, longitude and latitude), or add a WKT column, or name them after the path: &apos;{0}|x=column|y=column&apos; (and &apos;|crs=EPSG:code&apos; when they are not longitude/latitude).</source>
        <translation>Le fichier {0} ({1}) n&apos;a pas de colonnes de coordonnées, il ne donne donc aucun point. Ses colonnes : {2}. Nommez les colonnes de coordonnées lon et lat (ou x et y, longitude et latitude), ou ajoutez une colonne WKT, ou nommez-les après le chemin : &apos;{0}|x=colonne|y=colonne&apos; (et &apos;|crs=EPSG:code&apos; quand ce ne sont pas des longitudes/latitudes).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <source>point</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>line</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>polygon</source>
        <translation>polygones</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="309"/>
        <source>File {0} gives {1} geometries, but {2} needs a {3} layer.</source>
        <translation>Le fichier {0} donne des géométries de type {1}, mais {2} nécessite une couche de type {3}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="46"/>
        <source>File {0} cannot be read as {1}: {2}.</source>
        <translation>Le fichier {0} ne peut pas être lu en {1} : {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="69"/>
        <source>File {0} is empty.</source>
        <translation>Le fichier {0} est vide.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="89"/>
        <source>Row {0} of file {1} has {2} values but the header has {3} columns (separator &apos;{4}&apos;). A decimal comma in a comma-separated file splits numbers in two: save the file with &apos;;&apos; as separator, or quote the values.</source>
        <translation>La ligne {0} du fichier {1} a {2} valeurs mais l&apos;en-tête a {3} colonnes (séparateur &apos;{4}&apos;). Une virgule décimale dans un fichier séparé par des virgules coupe les nombres en deux : enregistrez le fichier avec &apos;;&apos; comme séparateur, ou mettez les valeurs entre guillemets.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="141"/>
        <source>Option decimal={0} of file {1}: use decimal=, or decimal=.</source>
        <translation>Option decimal={0} du fichier {1} : utilisez decimal=, ou decimal=.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="153"/>
        <source>Column &apos;{0}&apos; of file {1} mixes decimal commas and points (&apos;{2}&apos; and &apos;{3}&apos;): write all its numbers the same way, or say which mark is decimal with &apos;{1}|decimal=,&apos; or &apos;{1}|decimal=.&apos;.</source>
        <translation>La colonne &apos;{0}&apos; du fichier {1} mélange virgules et points décimaux (&apos;{2}&apos; et &apos;{3}&apos;) : écrivez tous ses nombres de la même façon, ou indiquez quel signe est décimal avec &apos;{1}|decimal=,&apos; ou &apos;{1}|decimal=.&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="167"/>
        <source>Column &apos;{0}&apos; of file {1} holds values like &apos;{2}&apos;, which may be a number with a thousands separator or with a decimal point: say which with &apos;{1}|decimal=,&apos; (1.234 = one thousand two hundred and thirty-four) or &apos;{1}|decimal=.&apos; (1.234 = one point two three four).</source>
        <translation>La colonne &apos;{0}&apos; du fichier {1} contient des valeurs comme &apos;{2}&apos;, qui peuvent être un nombre avec un séparateur de milliers ou avec un point décimal : précisez-le avec &apos;{1}|decimal=,&apos; (1.234 = mille deux cent trente-quatre) ou &apos;{1}|decimal=.&apos; (1.234 = un virgule deux trois quatre).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/guard.py" line="146"/>
        <source>Output &apos;{0}&apos; would be written to {1}, which holds the input layer {2} ({3}): CareMap never overwrites its inputs. Choose another file or another layer name for the output.</source>
        <translation>La sortie &apos;{0}&apos; serait écrite dans {1}, qui contient la couche en entrée {2} ({3}) : CareMap n&apos;écrase jamais ses entrées. Choisissez un autre fichier ou un autre nom de couche pour la sortie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="62"/>
        <source>%n feature(s) of layer {0} without geometry: skipped, NULL results.</source>
        <translation>
            <numerusform>%n entité de la couche {0} sans géométrie : ignorée, résultats NULL.</numerusform>
            <numerusform>%n entités de la couche {0} sans géométrie : ignorées, résultats NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="94"/>
        <source>Layer {0} must be a point or polygon layer.</source>
        <translation>La couche {0} doit être une couche de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="96"/>
        <location filename="../processing/layer_io/readers.py" line="261"/>
        <source>Layer {0} is empty.</source>
        <translation>La couche {0} est vide.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="100"/>
        <location filename="../processing/layer_io/sources.py" line="150"/>
        <source>Layer {0} has no valid coordinate reference system.</source>
        <translation>La couche {0} n&apos;a pas de système de coordonnées de référence valide.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="115"/>
        <location filename="../processing/layer_io/readers.py" line="306"/>
        <source>Layer {0} has no feature with a geometry.</source>
        <translation>La couche {0} n&apos;a aucune entité avec une géométrie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="194"/>
        <source>%n polygon(s) of layer {0} invalid (e.g. self-intersecting): repaired (Make Valid); the area is that of the repaired polygon. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>
            <numerusform>%n polygone invalide de la couche {0} (p. ex. auto-intersection) : réparé (Make Valid) ; la surface est celle du polygone réparé. Vérifiez-le avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</numerusform>
            <numerusform>%n polygones invalides de la couche {0} (p. ex. auto-intersection) : réparés (Make Valid) ; la surface est celle du polygone réparé. Vérifiez-les avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="199"/>
        <source>%n polygon(s) of layer {0} with no area (even after repair): area NULL, so no density is computed there.</source>
        <translation>
            <numerusform>%n polygone de la couche {0} sans surface (même après réparation) : surface NULL, donc aucune densité n&apos;y est calculée.</numerusform>
            <numerusform>%n polygones de la couche {0} sans surface (même après réparation) : surface NULL, donc aucune densité n&apos;y est calculée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>Layer {0} must be a {1} layer.</source>
        <translation>La couche {0} doit être une couche de type {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="303"/>
        <source>%n polygon(s) of layer {0} invalid (e.g. self-intersecting): their repaired outline (Make Valid) used. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>
            <numerusform>%n polygone invalide de la couche {0} (p. ex. auto-intersection) : son contour réparé (Make Valid) est utilisé. Vérifiez-le avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</numerusform>
            <numerusform>%n polygones invalides de la couche {0} (p. ex. auto-intersection) : leur contour réparé (Make Valid) est utilisé. Vérifiez-les avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="346"/>
        <source>Table {0} is empty.</source>
        <translation>La table {0} est vide.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="127"/>
        <source>Field &apos;{0}&apos; was not found in layer {1}. Available fields: {2}.</source>
        <translation>Le champ &apos;{0}&apos; est introuvable dans la couche {1}. Champs disponibles : {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="137"/>
        <source>Field &apos;{0}&apos; of layer {1} must be numeric (it is {2}).</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} doit être numérique (il est de type {2}).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="141"/>
        <source>Field &apos;{0}&apos; of layer {1} is the feature id, not a quantity: choose the field with the population/capacity/cost.</source>
        <translation>Le champ &apos;{0}&apos; de la couche {1} est l&apos;identifiant d&apos;entité, pas une quantité : choisissez le champ de la population, de la capacité ou du coût.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="165"/>
        <source>Layer {0} is in {1}, not in metres: distances are computed in {2} (UTM zone {3}).</source>
        <translation>La couche {0} est en {1}, pas en mètres : les distances sont calculées en {2} (zone UTM {3}).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/writers.py" line="63"/>
        <location filename="../processing/layer_io/writers.py" line="89"/>
        <source>Could not write features to output {0}: {1}</source>
        <translation>Impossible d&apos;écrire les entités dans la sortie {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/writers.py" line="153"/>
        <source>The input already has a field &apos;{0}&apos;: the output replaces its values.</source>
        <translation>L&apos;entrée a déjà un champ &apos;{0}&apos; : la sortie remplace ses valeurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/writers.py" line="206"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not finite (NaN or infinite): NULL in the output.</source>
        <translation>
            <numerusform>%n valeur du champ &apos;{0}&apos; de la couche {1} n&apos;est pas finie (NaN ou infini) : NULL dans la sortie.</numerusform>
            <numerusform>%n valeurs du champ &apos;{0}&apos; de la couche {1} ne sont pas finies (NaN ou infini) : NULL dans la sortie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="32"/>
        <source>Costs by road network need a line layer of roads: choose it in {0}.</source>
        <translation>Les coûts sur le réseau routier nécessitent une couche de lignes de routes : choisissez-la dans {0}.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="39"/>
        <source>A speed per road class ({0}) needs the field of the network that holds the road class: choose it in {1}, or leave {0} empty.</source>
        <translation>Une vitesse par classe de route ({0}) nécessite le champ du réseau qui contient la classe de route : choisissez-le dans {1}, ou laissez {0} vide.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="54"/>
        <source>Walking speed: one-way field &apos;{0}&apos; ignored.</source>
        <translation>Vitesse à pied : le champ de sens unique &apos;{0}&apos; est ignoré.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="63"/>
        <source>Road network {0}: {1}</source>
        <translation>Réseau routier {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="65"/>
        <source>Layer {0}: no valid speed on %n road(s), {1} km/h used.</source>
        <translation>
            <numerusform>Couche {0} : aucune vitesse valide sur %n route, {1} km/h utilisés.</numerusform>
            <numerusform>Couche {0} : aucune vitesse valide sur %n routes, {1} km/h utilisés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="67"/>
        <source>Network {0}: {1} nodes, {2} edges, {3}, the largest with {4:.1%} of the length; points join {5} with at least {6:.0%} of its length.</source>
        <translation>Réseau {0} : {1} nœuds, {2} arcs, {3}, la plus grande regroupant {4:.1%} de la longueur ; les points rejoignent {5} regroupant au moins {6:.0%} de sa longueur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="69"/>
        <source>%n connected component(s)</source>
        <translation>
            <numerusform>%n composante connexe</numerusform>
            <numerusform>%n composantes connexes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="70"/>
        <source>the %n component(s)</source>
        <translation>
            <numerusform>la %n composante</numerusform>
            <numerusform>les %n composantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="93"/>
        <source>%n demand unit(s) of layer {0} farther than {1:g} m from the road network: unreachable by road. Move such points onto the network, add the missing roads, or raise {2}.</source>
        <translation>
            <numerusform>%n unité de demande de la couche {0} à plus de {1:g} m du réseau routier : inaccessible par la route. Déplacez ces points sur le réseau, ajoutez les routes manquantes, ou augmentez {2}.</numerusform>
            <numerusform>%n unités de demande de la couche {0} à plus de {1:g} m du réseau routier : inaccessibles par la route. Déplacez ces points sur le réseau, ajoutez les routes manquantes, ou augmentez {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="96"/>
        <source>%n facilit(y/ies) of layer {0} farther than {1:g} m from the road network: unreachable by road. Move such points onto the network, add the missing roads, or raise {2}.</source>
        <translation>
            <numerusform>%n établissement de la couche {0} à plus de {1:g} m du réseau routier : inaccessible par la route. Déplacez ces points sur le réseau, ajoutez les routes manquantes, ou augmentez {2}.</numerusform>
            <numerusform>%n établissements de la couche {0} à plus de {1:g} m du réseau routier : inaccessibles par la route. Déplacez ces points sur le réseau, ajoutez les routes manquantes, ou augmentez {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="99"/>
        <source> Near a small piece of road that is not connected to the network (not used: connect it, or delete it): {0} of them.</source>
        <translation> Près d&apos;un petit tronçon de route non connecté au réseau (non utilisé : connectez-le ou supprimez-le) : {0} d&apos;entre eux.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="102"/>
        <source>Off the road network in layer {0}: %n feature(s), ids {1}{2}</source>
        <translation>
            <numerusform>Hors du réseau routier dans la couche {0} : %n entité, identifiants {1}{2}</numerusform>
            <numerusform>Hors du réseau routier dans la couche {0} : %n entités, identifiants {1}{2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="104"/>
        <source> and {0} more</source>
        <translation> et {0} autres</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="153"/>
        <source>The road network {0} has {1} disconnected parts; outside the largest one: {2} and {3}.</source>
        <translation>Le réseau routier {0} a {1} parties déconnectées ; hors de la plus grande : {2} et {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="154"/>
        <source>%n demand point(s)</source>
        <translation>
            <numerusform>%n point de demande</numerusform>
            <numerusform>%n points de demande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="155"/>
        <source>%n facilit(y/ies)</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="162"/>
        <source>Network costs: computed in chunks of at most {0:,} pairs.</source>
        <translation>Coûts sur le réseau : calculés par blocs d&apos;au plus {0:,} paires.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="166"/>
        <source>Network costs: {0} pairs within reach.</source>
        <translation>Coûts sur le réseau : {0} paires à portée.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="202"/>
        <source>Catchment areas are drawn from straight lines or a road network: choose one of them in {0}.</source>
        <translation>Les zones de desserte sont tracées à partir de lignes droites ou d&apos;un réseau routier : choisissez l&apos;un des deux dans {0}.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="15"/>
        <source>How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on &apos;Road network (lines)&apos;), read from a cost table made by another tool, or by public transport from a timetable in the standard GTFS format (walking to a stop, waiting, riding, changing, walking to the facility; in minutes). Typical: the road network for walking to childcare; the straight line for a first look.</source>
        <translation>Comment le trajet entre les personnes et les établissements est mesuré : à vol d&apos;oiseau (multiplié par le facteur de détour), le long du réseau routier (plus courts chemins sur « Réseau routier (lignes) »), lu dans une table des coûts produite par un autre outil, ou en transports en commun à partir d&apos;horaires au format standard GTFS (marche jusqu&apos;à un arrêt, attente, trajet à bord, correspondances, marche jusqu&apos;à l&apos;établissement ; en minutes). Typique : le réseau routier pour aller à pied à l&apos;accueil de la petite enfance ; le vol d&apos;oiseau pour un premier aperçu.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="16"/>
        <source>Road or footpath line layer, used when travel is measured along the road network; lines connect where they share a vertex (at their ends or inside). Typical: the OpenStreetMap streets of the city (CareMap&apos;s street network from OpenStreetMap).</source>
        <translation>Couche de lignes de rues ou de chemins, utilisée quand le trajet est mesuré le long du réseau routier ; les lignes se connectent là où elles partagent un sommet (à leurs extrémités ou à l&apos;intérieur). Typique : les rues OpenStreetMap de la ville (le réseau de rues depuis OpenStreetMap de CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="17"/>
        <source>Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. With public transport it is the walking speed of the walks to, from and between stops. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation>Vitesse de déplacement en km/h : elle convertit les mètres en minutes et donne une vitesse aux routes qui n&apos;en ont pas. Avec les transports en commun, c&apos;est la vitesse de marche des trajets à pied vers les arrêts, depuis les arrêts et entre les arrêts. Typique : 5.04 km/h à pied, 15 km/h à vélo, 30 km/h en voiture en ville.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="18"/>
        <source>Optional numeric field of the road network with the speed of each road in km/h; roads without a valid speed use the travel speed. Typical: empty for walking, maxspeed for driving.</source>
        <translation>Champ numérique facultatif du réseau routier avec la vitesse de chaque route en km/h ; les routes sans vitesse valide utilisent la vitesse de déplacement. Typique : vide pour la marche, maxspeed pour la voiture.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="19"/>
        <source>Optional field of the road network marking one-way roads: 1 or yes = only in the direction the line was drawn, -1 = only in reverse, anything else = both ways. Ignored when walking. Typical: oneway (OpenStreetMap).</source>
        <translation>Champ facultatif du réseau routier indiquant les routes à sens unique : 1 ou yes = seulement dans le sens où la ligne a été tracée, -1 = seulement en sens inverse, toute autre valeur = double sens. Ignoré à pied. Typique : oneway (OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="20"/>
        <source>Optional field of the road network with the road class; with &apos;Speed per road class&apos; it gives each class its speed where the speed field gives none. Typical: highway (OpenStreetMap).</source>
        <translation>Champ facultatif du réseau routier avec la classe de route ; avec « Vitesse par classe de route », il donne à chaque classe sa vitesse là où le champ de vitesse n&apos;en donne pas. Typique : highway (OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="21"/>
        <source>Speed in km/h for each road class of the road class field, as class:speed items separated by commas. Typical: &apos;primary:50,residential:30,footway:5&apos;.</source>
        <translation>Vitesse en km/h pour chaque classe de route du champ de classe de route, sous forme d&apos;éléments classe:vitesse séparés par des virgules. Typique : &apos;primary:50,residential:30,footway:5&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="22"/>
        <source>Travel cost table, used when costs come from a table: one row per pair of demand unit and facility (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs missing from the table are out of reach. The demand units and the facilities then need an id field each. Typical: walking times from ORS Tools.</source>
        <translation>Table des coûts de trajet, utilisée quand les coûts proviennent d&apos;une table : une ligne par paire d&apos;unité de demande et d&apos;établissement (p. ex. issue d&apos;ORS Tools, QNEAT3, r5py ou OSRM) ; les paires absentes de la table sont hors de portée. Les unités de demande et les établissements ont alors chacun besoin d&apos;un champ d&apos;identifiant. Typique : temps de trajet à pied issus d&apos;ORS Tools.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="23"/>
        <source>Field of the cost table with the demand unit&apos;s id (matched with the demand unit id field). Typical: origin_id.</source>
        <translation>Champ de la table des coûts avec l&apos;identifiant de l&apos;unité de demande (apparié avec le champ d&apos;identifiant de l&apos;unité de demande). Typique : origin_id.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="24"/>
        <source>Field of the cost table with the facility&apos;s id (matched with the facility id field). Typical: destination_id.</source>
        <translation>Champ de la table des coûts avec l&apos;identifiant de l&apos;établissement (apparié avec le champ d&apos;identifiant de l&apos;établissement). Typique : destination_id.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="25"/>
        <source>Numeric field of the cost table with the travel cost of each pair, already in the cost unit. Typical: travel time in minutes.</source>
        <translation>Champ numérique de la table des coûts avec le coût de trajet de chaque paire, déjà dans l&apos;unité de coût. Typique : temps de trajet en minutes.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="26"/>
        <source>Unit of the costs and of the thresholds: minutes or meters (minutes = metres / the travel speed). Typical: minutes.</source>
        <translation>Unité des coûts et des seuils : minutes ou mètres (minutes = mètres / la vitesse de déplacement). Typique : minutes.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="27"/>
        <source>For straight-line costs, how much longer real routes are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation>Pour les coûts à vol d&apos;oiseau, de combien les trajets réels sont plus longs que la ligne droite (longueur du trajet / distance directe, au moins 1). Typique : 1.3 dans un quadrillage urbain.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="28"/>
        <source>Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by road and are flagged (off_network). Typical: 500 m.</source>
        <translation>Distance maximale en mètres entre un point et le réseau routier : un point rejoint le point le plus proche de la rue la plus proche (d&apos;une partie du réseau regroupant au moins 5 % de la longueur de la plus grande partie ; les petits morceaux déconnectés ne sont jamais rejoints), et le trajet à pied jusqu&apos;à elle est compté. Les points plus éloignés n&apos;atteignent rien par la route et sont signalés (off_network). Typique : 500 m.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="29"/>
        <source>Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer drawn without snapping. Typical: 0 (OpenStreetMap, or CareMap&apos;s street network from OpenStreetMap).</source>
        <translation>Les lignes de rues ne se rejoignent que là où elles partagent un sommet (0, la valeur par défaut), si bien qu&apos;un pont ne rejoint jamais la rue qu&apos;il franchit. Une valeur supérieure à 0 relie aussi les sommets distants de moins de ce nombre de mètres, pour une couche tracée sans accrochage. Typique : 0 (OpenStreetMap, ou le réseau de rues depuis OpenStreetMap de CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="30"/>
        <source>Field of the demand layer with a unique id, used only when costs come from a table, to find each unit&apos;s rows. Typical: the census block code.</source>
        <translation>Champ de la couche de demande avec un identifiant unique, utilisé seulement quand les coûts proviennent d&apos;une table, pour trouver les lignes de chaque unité. Typique : le code de l&apos;îlot de recensement.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="31"/>
        <source>Field of the facility layer with a unique id, used only when costs come from a table, to find each facility&apos;s rows. Typical: the registry code of the facility.</source>
        <translation>Champ de la couche des établissements avec un identifiant unique, utilisé seulement quand les coûts proviennent d&apos;une table, pour trouver les lignes de chaque établissement. Typique : le code de l&apos;établissement dans le registre.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="32"/>
        <source>How far, in the cost unit, the cost to the nearest facility (cost_nearest) is searched, beyond the threshold; units with no facility within it get NULL. 0 = automatic: four times the threshold, but at least 60 minutes (5,000 m when costs are in metres). Typical: 0.</source>
        <translation>Jusqu&apos;où, dans l&apos;unité de coût, le coût vers l&apos;établissement le plus proche (cost_nearest) est recherché, au-delà du seuil ; les unités sans établissement dans cette limite reçoivent NULL. 0 = automatique : quatre fois le seuil, mais au moins 60 minutes (5 000 m quand les coûts sont en mètres). Typique : 0.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="33"/>
        <source>The public transport timetable in the standard GTFS format: a zip file, or a folder holding its text files (stops, trips, stop times, calendar; frequencies when buses run every few minutes). Used when travel is measured by public transport. Typical: the city&apos;s published feed, or one made by CareMap&apos;s synthetic public transport feed from bus routes and stops.</source>
        <translation>Les horaires des transports en commun au format standard GTFS : un fichier zip, ou un dossier contenant ses fichiers texte (arrêts, courses, horaires de passage, calendrier ; fréquences quand les bus passent toutes les quelques minutes). Utilisé quand le trajet est mesuré en transports en commun. Typique : le flux publié par la ville, ou un flux produit par l&apos;outil Flux de transports en commun synthétique de CareMap à partir de lignes et d&apos;arrêts de bus.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="34"/>
        <source>Date and time of leaving home, as YYYY-MM-DD HH:MM in the local time of the feed; the date picks the day&apos;s services from the feed&apos;s calendar, and must be a day the feed runs. Typical: a weekday of the feed&apos;s period at 07:30, when caregivers take children to care.</source>
        <translation>Date et heure du départ du domicile, au format AAAA-MM-JJ HH:MM dans l&apos;heure locale du flux ; la date sélectionne les services du jour dans le calendrier du flux et doit être un jour où le flux circule. Typique : un jour de semaine de la période du flux à 07:30, quand les personnes aidantes emmènent les enfants à l&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="35"/>
        <source>Minutes after the departure also tried: every minute from the departure to the departure plus this many minutes, since a caregiver does not leave at the best minute for the bus. 0 = only the departure minute. Typical: 60 (one hour).</source>
        <translation>Minutes après le départ également essayées : chaque minute du départ jusqu&apos;au départ plus ce nombre de minutes, car une personne aidante ne part pas à la minute la plus favorable pour le bus. 0 = seulement la minute du départ. Typique : 60 (une heure).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="36"/>
        <source>Which of the travel times over the window&apos;s minutes is the cost: 50 = the median (half of the minutes are faster), higher = a more cautious time that holds on most days. Typical: 50.</source>
        <translation>Lequel des temps de trajet sur les minutes de la fenêtre sert de coût : 50 = la médiane (la moitié des minutes sont plus rapides), plus élevé = un temps plus prudent, valable la plupart des jours. Typique : 50.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="37"/>
        <source>Longest walk in metres to the first stop, from the last stop, and between two stops when changing (each walk on its own, inclusive); walking the whole way is always possible, with no limit. Typical: 1000 m.</source>
        <translation>Plus longue marche en mètres jusqu&apos;au premier arrêt, depuis le dernier arrêt, et entre deux arrêts lors d&apos;une correspondance (chaque marche séparément, incluse) ; faire tout le trajet à pied est toujours possible, sans limite. Typique : 1000 m.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="38"/>
        <source>How the walks to, from and between stops are measured: along the straight line times the detour factor, or along the road network (then choose the road network). Typical: the straight line for a first look, the road network for a study.</source>
        <translation>Comment les trajets à pied vers les arrêts, depuis les arrêts et entre les arrêts sont mesurés : à vol d&apos;oiseau multiplié par le facteur de détour, ou le long du réseau routier (choisissez alors le réseau routier). Typique : le vol d&apos;oiseau pour un premier aperçu, le réseau routier pour une étude.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="39"/>
        <source>Optional polygon layer of districts. When the units have no district field of their own, each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. The district summary is also written onto these polygons, to map it. Typical: the localities or communes of the city.</source>
        <translation>Couche facultative de polygones de districts. Quand les unités n&apos;ont pas leur propre champ de district, chaque unité reçoit le district dans lequel se trouve son point intérieur (un point sur une limite commune va au district situé à son est, ou au nord d&apos;une limite est-ouest ; les unités hors de tout district reçoivent NULL, comptées dans un avertissement) et les unités en sortie le portent dans le champ district. Le résumé par district est aussi écrit sur ces polygones, pour le cartographier. Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="40"/>
        <source>Field of the district polygons with the district names: the names given to the units by location, or matched with the values of the units&apos; district field; empty = a field with the same name as the units&apos; district field. Typical: district, or the locality name.</source>
        <translation>Champ des polygones de district avec les noms des districts : les noms donnés aux unités par localisation, ou appariés avec les valeurs du champ de district des unités ; vide = un champ de même nom que le champ de district des unités. Typique : district, ou le nom de la localité.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="41"/>
        <source>The district summary written onto the district polygons, to map it; made only when district polygons are given (a temporary layer by default). Typical: a temporary layer, or a GeoPackage to keep.</source>
        <translation>Le résumé par district écrit sur les polygones de district, pour le cartographier ; produit seulement quand des polygones de district sont fournis (une couche temporaire par défaut). Typique : une couche temporaire, ou un GeoPackage à conserver.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="45"/>
        <source>A CSV file path works too (.csv, .txt, .tsv): columns lon/lat, x/y or longitude/latitude (or a WKT column) give points in EPSG:4326; for other coordinates add the CRS after the path (&apos;blocks.csv|crs=EPSG:31983&apos;) or put a .prj file next to it. Numbers are read as numbers; in files separated by &apos;;&apos; or tabs also with a decimal comma (12,5 and 1.234,5).</source>
        <translation>Un chemin de fichier CSV fonctionne aussi (.csv, .txt, .tsv) : les colonnes lon/lat, x/y ou longitude/latitude (ou une colonne WKT) donnent des points en EPSG:4326 ; pour d&apos;autres coordonnées, ajoutez le SCR après le chemin (&apos;blocks.csv|crs=EPSG:31983&apos;) ou placez un fichier .prj à côté. Les nombres sont lus comme des nombres ; dans les fichiers séparés par &apos;;&apos; ou par des tabulations, aussi avec une virgule décimale (12,5 et 1.234,5).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="50"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n negative value(s) (e.g. {2}); counts, populations and capacities must be 0 or more. Correct or filter those features.</source>
        <translation>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeur négative (p. ex. {2}) ; les effectifs, populations et capacités doivent être de 0 ou plus. Corrigez ou filtrez cette entité.</numerusform>
            <numerusform>Le champ &apos;{0}&apos; de la couche {1} contient %n valeurs négatives (p. ex. {2}) ; les effectifs, populations et capacités doivent être de 0 ou plus. Corrigez ou filtrez ces entités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="112"/>
        <source>District field &apos;{0}&apos; of layer {1} has %n NULL value(s); fill or filter them first.</source>
        <translation>
            <numerusform>Le champ de district &apos;{0}&apos; de la couche {1} contient %n valeur NULL ; complétez-la ou filtrez-la d&apos;abord.</numerusform>
            <numerusform>Le champ de district &apos;{0}&apos; de la couche {1} contient %n valeurs NULL ; complétez-les ou filtrez-les d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="115"/>
        <source>District field &apos;{0}&apos; of layer {1}: %n unit(s) with a NULL district, left out of the district summary.</source>
        <translation>
            <numerusform>Champ de district &apos;{0}&apos; de la couche {1} : %n unité au district NULL, exclue du résumé par district.</numerusform>
            <numerusform>Champ de district &apos;{0}&apos; de la couche {1} : %n unités au district NULL, exclues du résumé par district.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="142"/>
        <source>To give each unit the district it lies in, choose the field with the district names of the district polygons in {0} (or choose the units&apos; own district field in {1}).</source>
        <translation>Pour donner à chaque unité le district dans lequel elle se trouve, choisissez le champ contenant les noms des districts des polygones de districts dans {0} (ou choisissez le champ de district propre aux unités dans {1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="152"/>
        <source>Districts by location: {0} of %n unit(s) of layer {1} lie in a polygon of layer {2} (names from &apos;{3}&apos;).</source>
        <translation>
            <numerusform>Districts par localisation : {0} sur %n unité de la couche {1} se trouvent dans un polygone de la couche {2} (noms tirés de &apos;{3}&apos;).</numerusform>
            <numerusform>Districts par localisation : {0} sur %n unités de la couche {1} se trouvent dans un polygone de la couche {2} (noms tirés de &apos;{3}&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="157"/>
        <source>Layer {0}: %n unit(s) in a polygon of layer {1} with no name (NULL) in &apos;{2}&apos;: their district is NULL. Fill the names of those polygons.</source>
        <translation>
            <numerusform>Couche {0} : %n unité dans un polygone de la couche {1} sans nom (NULL) dans &apos;{2}&apos; : son district est NULL. Renseignez les noms de ces polygones.</numerusform>
            <numerusform>Couche {0} : %n unités dans un polygone de la couche {1} sans nom (NULL) dans &apos;{2}&apos; : leur district est NULL. Renseignez les noms de ces polygones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="161"/>
        <source>Layer {0}: %n unit(s) in more than one polygon of layer {1} (overlapping districts), each given the first of them in the layer&apos;s order. Fix the overlaps to choose.</source>
        <translation>
            <numerusform>Couche {0} : %n unité dans plus d&apos;un polygone de la couche {1} (districts superposés), à laquelle est attribué le premier d&apos;entre eux dans l&apos;ordre de la couche. Corrigez les superpositions pour choisir.</numerusform>
            <numerusform>Couche {0} : %n unités dans plus d&apos;un polygone de la couche {1} (districts superposés), chacune recevant le premier d&apos;entre eux dans l&apos;ordre de la couche. Corrigez les superpositions pour choisir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="165"/>
        <source>Layer {0}: %n unit(s) exactly on the outer boundary of layer {1}, each given the district whose boundary it is on.</source>
        <translation>
            <numerusform>Couche {0} : %n unité exactement sur la limite extérieure de la couche {1}, qui reçoit le district sur la limite duquel elle se trouve.</numerusform>
            <numerusform>Couche {0} : %n unités exactement sur la limite extérieure de la couche {1}, chacune recevant le district sur la limite duquel elle se trouve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="193"/>
        <source>Layer {0}: %n unit(s) without a district, in no polygon of layer {1} (or in one without a name). Extend the district polygons to cover them, or filter those units out first.</source>
        <translation>
            <numerusform>Couche {0} : %n unité sans district, dans aucun polygone de la couche {1} (ou dans un polygone sans nom). Étendez les polygones de districts pour la couvrir, ou filtrez d&apos;abord cette unité.</numerusform>
            <numerusform>Couche {0} : %n unités sans district, dans aucun polygone de la couche {1} (ou dans un polygone sans nom). Étendez les polygones de districts pour les couvrir, ou filtrez d&apos;abord ces unités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="197"/>
        <source>Layer {0}: %n unit(s) in no polygon of layer {1} (or in one without a name), with a NULL district and left out of the district summary.</source>
        <translation>
            <numerusform>Couche {0} : %n unité dans aucun polygone de la couche {1} (ou dans un polygone sans nom), avec un district NULL et exclue du résumé par district.</numerusform>
            <numerusform>Couche {0} : %n unités dans aucun polygone de la couche {1} (ou dans un polygone sans nom), avec un district NULL et exclues du résumé par district.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="209"/>
        <source>Layer {0} has no points or polygons, so its units cannot be placed in the district polygons: choose its district field in {1}, or use a point or polygon layer.</source>
        <translation>La couche {0} n&apos;a ni points ni polygones, ses unités ne peuvent donc pas être placées dans les polygones de districts : choisissez son champ de district dans {1}, ou utilisez une couche de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="227"/>
        <source>Edge of the study area not checked: costs from an OD table in minutes have no speed to turn the threshold into a distance.</source>
        <translation>Bord de la zone d&apos;étude non vérifié : les coûts d&apos;une table OD en minutes n&apos;ont pas de vitesse permettant de convertir le seuil en distance.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>west</source>
        <translation>ouest</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>south</source>
        <translation>sud</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="237"/>
        <source>Edge of the study area: on the {0} side(s) the facilities of layer {1} stop less than {2:,.0f} m (the straight-line reach of the catchment threshold) beyond the units of layer {3}, so facilities just outside the area may be missing.</source>
        <translation>
            <numerusform>Bord de la zone d&apos;étude : du côté {0}, les établissements de la couche {1} s&apos;arrêtent à moins de {2:,.0f} m (la portée à vol d&apos;oiseau du seuil de la zone de desserte) au-delà des unités de la couche {3}, si bien que des établissements situés juste à l&apos;extérieur de la zone peuvent manquer.</numerusform>
            <numerusform>Bord de la zone d&apos;étude : des côtés {0}, les établissements de la couche {1} s&apos;arrêtent à moins de {2:,.0f} m (la portée à vol d&apos;oiseau du seuil de la zone de desserte) au-delà des unités de la couche {3}, si bien que des établissements situés juste à l&apos;extérieur de la zone peuvent manquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="241"/>
        <source>%n unit(s) with {0:,.0f} of demand within {1:,.0f} m of those sides may look worse served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.</source>
        <translation>
            <numerusform>%n unité avec {0:,.0f} de demande à moins de {1:,.0f} m de ces côtés peut paraître moins bien desservie qu&apos;elle ne l&apos;est. Ajoutez les établissements autour de la zone (p. ex. un extrait plus large) pour en être sûr.</numerusform>
            <numerusform>%n unités avec {0:,.0f} de demande à moins de {1:,.0f} m de ces côtés peuvent paraître moins bien desservies qu&apos;elles ne le sont. Ajoutez les établissements autour de la zone (p. ex. un extrait plus large) pour en être sûr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="268"/>
        <source>District polygons</source>
        <translation>Polygones de districts</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="270"/>
        <source>District name field of the district polygons (empty = the same name as the district field)</source>
        <translation>Champ du nom de district des polygones de districts (vide = le même nom que le champ de district)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="284"/>
        <source>Summary on the district polygons (made when district polygons are given)</source>
        <translation>Résumé sur les polygones de district (produit quand des polygones de district sont fournis)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="298"/>
        <source>Mapping the summary on district polygons needs a district field: choose one, and the district name field of the polygons.</source>
        <translation>Cartographier le résumé sur des polygones de districts nécessite un champ de district : choisissez-en un, ainsi que le champ du nom de district des polygones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="307"/>
        <source>%n district(s) not found in the district polygons of layer {0}: {1}</source>
        <translation>
            <numerusform>%n district introuvable dans les polygones de districts de la couche {0} : {1}</numerusform>
            <numerusform>%n districts introuvables dans les polygones de districts de la couche {0} : {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="334"/>
        <source>{0}: {1}. Write it as field:ratio items separated by &apos;;&apos;, each ratio in places per person of that band, e.g. &apos;p_0_3:0.5;p_4_5:1.0&apos; (50% of children 0-3 and 100% of children 4-5).</source>
        <translation>{0} : {1}. Écrivez-le sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque ratio en places par personne de cette tranche, p. ex. &apos;p_0_3:0.5;p_4_5:1.0&apos; (50 % des enfants de 0-3 ans et 100 % des enfants de 4-5 ans).</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_hours.py" line="37"/>
        <source>None of the facility layers ({0}) has the field &apos;{1}&apos; named in {2}: give the field that holds the facilities&apos; opening hours (e.g. opening_hours), or leave it empty.</source>
        <translation>Aucune des couches d&apos;établissements ({0}) n&apos;a le champ &apos;{1}&apos; indiqué dans {2} : indiquez le champ qui contient les horaires d&apos;ouverture des établissements (p. ex. opening_hours), ou laissez-le vide.</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_hours.py" line="51"/>
        <source>Opening hours &apos;{0}&apos; of layers {1} joined to the care supply inventory.</source>
        <translation>Horaires d&apos;ouverture &apos;{0}&apos; des couches {1} joints à l&apos;inventaire de l&apos;offre de soins.</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="25"/>
        <source>Care map in one run, step {0}: {1}</source>
        <translation>Carte des soins en une seule exécution, étape {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="46"/>
        <source>the care demand computed from the age-band fields {0}</source>
        <translation>la demande de soins calculée à partir des champs par tranche d&apos;âge {0}</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="47"/>
        <source>the full-day-equivalent capacity computed from the facility layers&apos; capacity, hours and days</source>
        <translation>la capacité en équivalent journée complète calculée à partir de la capacité, des heures et des jours des couches d&apos;établissements</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="52"/>
        <source>the district each unit lies in, from the district polygons</source>
        <translation>le district dans lequel se trouve chaque unité, d&apos;après les polygones des districts</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="47"/>
        <source>CareMap: care supply, demand and gaps</source>
        <translation>CareMap : offre, demande et écarts de soins</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="63"/>
        <source>Could not read raster {0} (band {1}, rows {2}-{3}).</source>
        <translation>Impossible de lire le raster {0} (bande {1}, lignes {2}-{3}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="76"/>
        <source>Raster {0} has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection) before computing zonal sums.</source>
        <translation>Le raster {0} n&apos;a pas de système de coordonnées de référence : attribuez-en un (Raster &gt; Projections &gt; Assigner une projection) avant de calculer les sommes zonales.</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="79"/>
        <source>Raster {0} is not a file raster read by GDAL ({1}).</source>
        <translation>Le raster {0} n&apos;est pas un raster fichier lu par GDAL ({1}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="83"/>
        <source>GDAL could not open raster {0} ({1}).</source>
        <translation>GDAL n&apos;a pas pu ouvrir le raster {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="87"/>
        <source>Raster {0} is rotated or not north-up: warp it to a north-up grid first.</source>
        <translation>Le raster {0} est pivoté ou non orienté nord : rééchantillonnez-le d&apos;abord sur une grille orientée nord.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="30"/>
        <source>Optional units output of &apos;Care blocks&apos; (units with their block), for the sentence on the people who need care and the caregivers the blocks reach, before and after; empty = the report&apos;s units when they are that output. Typical: the &apos;Units with their block&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Sortie facultative des unités d&apos;« Îlots du soin » (unités avec leur îlot), pour la phrase sur les personnes qui ont besoin de soins et les personnes aidantes que les îlots atteignent, avant et après ; vide = les unités du rapport quand elles sont cette sortie. Typique : la couche « Unités avec leur îlot » d&apos;« Îlots du soin ».</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="31"/>
        <source>Optional block anchors of &apos;Care blocks&apos;, drawn on the care blocks map (new blocks and blocks already open). Typical: the &apos;Block anchors&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Ancrages d&apos;îlots facultatifs d&apos;« Îlots du soin », dessinés sur la carte des îlots du soin (nouveaux îlots et îlots déjà ouverts). Typique : la couche « Ancrages des îlots » d&apos;« Îlots du soin ».</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="32"/>
        <source>Optional alternate buildings of &apos;Care blocks&apos;, drawn on the care blocks map. Typical: the &apos;Alternate buildings&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Bâtiments associés facultatifs d&apos;« Îlots du soin », dessinés sur la carte des îlots du soin. Typique : la couche « Bâtiments associés » d&apos;« Îlots du soin ».</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="33"/>
        <source>Optional areas of influence of &apos;Care blocks&apos;, drawn on the care blocks map under the anchors. Typical: the &apos;Areas of influence&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Zones d&apos;influence facultatives d&apos;« Îlots du soin », dessinées sur la carte des îlots du soin sous les ancrages. Typique : la couche « Zones d&apos;influence » d&apos;« Îlots du soin ».</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="46"/>
        <source>Care blocks: units with their block</source>
        <translation>Îlots du soin : unités avec leur îlot</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="47"/>
        <source>Care blocks: block anchors</source>
        <translation>Îlots du soin : ancrages des îlots</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="48"/>
        <source>Care blocks: alternate buildings</source>
        <translation>Îlots du soin : bâtiments associés</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="49"/>
        <source>Care blocks: areas of influence</source>
        <translation>Îlots du soin : zones d&apos;influence</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="76"/>
        <source>{0}: layer {1} has no field {2}. Give the &apos;Units with their block&apos; output of Care blocks, or leave it empty.</source>
        <translation>{0} : la couche {1} n&apos;a pas de champ {2}. Indiquez la sortie « Unités avec leur îlot » d&apos;Îlots du soin, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="90"/>
        <source>{0}: layer {1} has no field block. Give the &apos;Units with their block&apos; output of Care blocks.</source>
        <translation>{0} : la couche {1} n&apos;a pas de champ block. Indiquez la sortie « Unités avec leur îlot » d&apos;Îlots du soin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="107"/>
        <source>%n new care block(s)</source>
        <translation>
            <numerusform>%n nouvel îlot du soin</numerusform>
            <numerusform>%n nouveaux îlots du soin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="107"/>
        <source>and %n already open</source>
        <translation>
            <numerusform>et %n déjà ouvert</numerusform>
            <numerusform>et %n déjà ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="110"/>
        <source>%n care block(s)</source>
        <translation>
            <numerusform>%n îlot du soin</numerusform>
            <numerusform>%n îlots du soin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="112"/>
        <source>{0} reaches {1} people who need care{2} and {3} caregivers{4}</source>
        <translation>{0} atteint {1} personnes qui ont besoin de soins{2} et {3} personnes aidantes{4}</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="113"/>
        <source>{0} reach {1} people who need care{2} and {3} caregivers{4}</source>
        <translation>{0} atteignent {1} personnes qui ont besoin de soins{2} et {3} personnes aidantes{4}</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="117"/>
        <source>before the new ones, {0} people who need care{1} and {2} caregivers{3} were within reach of a block.</source>
        <translation>avant les nouveaux, {0} personnes qui ont besoin de soins{1} et {2} personnes aidantes{3} étaient à portée d&apos;un îlot.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="122"/>
        <source>before them, no care block reached anyone.</source>
        <translation>avant eux, aucun îlot du soin n&apos;atteignait personne.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="124"/>
        <source>(The shares need the fields the Care blocks run read, which layer {0} does not have.)</source>
        <translation>(Les parts nécessitent les champs lus par l&apos;exécution d&apos;Îlots du soin, que la couche {0} n&apos;a pas.)</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="145"/>
        <source>New block anchor</source>
        <translation>Ancrage de nouvel îlot</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="146"/>
        <source>Anchor of a block already open</source>
        <translation>Ancrage d&apos;un îlot déjà ouvert</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="174"/>
        <source>Area of influence (walk to the block)</source>
        <translation>Zone d&apos;influence (marche jusqu&apos;à l&apos;îlot)</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="191"/>
        <source>Each block: an anchor building, the buildings around it and the area within the walking radius.</source>
        <translation>Chaque îlot : un bâtiment d&apos;ancrage, les bâtiments qui l&apos;entourent et la zone dans le rayon de marche.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="408"/>
        <source>Places per facility</source>
        <translation>Places par établissement</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="409"/>
        <source>Supply of care</source>
        <translation>Offre de soins</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="410"/>
        <source>Demand for care</source>
        <translation>Demande de soins</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="410"/>
        <source>Demand: {0} (people)</source>
        <translation>Demande : {0} (personnes)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="413"/>
        <source>Access to care</source>
        <translation>Accès aux soins</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="413"/>
        <location filename="../ui/charts.py" line="113"/>
        <location filename="../ui/charts.py" line="281"/>
        <source>Access (places per person)</source>
        <translation>Accès (places par personne)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="415"/>
        <source>Places per person within reach (two-step floating catchment).</source>
        <translation>Places par personne à portée (zone de desserte flottante à deux étapes).</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="417"/>
        <source>Time to the nearest service</source>
        <translation>Temps jusqu&apos;au service le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="417"/>
        <location filename="../ui/charts.py" line="182"/>
        <source>Minutes to the nearest facility</source>
        <translation>Minutes jusqu&apos;à l&apos;établissement le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="421"/>
        <source>not a care desert</source>
        <translation>pas un désert de soins</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="422"/>
        <source>care desert</source>
        <translation>désert de soins</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="425"/>
        <source>Care desert: a unit with high demand whose nearest facility is beyond the travel time.</source>
        <translation>Désert de soins : une unité à forte demande dont l&apos;établissement le plus proche est au-delà du temps de trajet.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="428"/>
        <source>Priority (0 = lowest, 1 = highest)</source>
        <translation>Priorité (0 = la plus basse, 1 = la plus haute)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="430"/>
        <source>Combines unmet demand, low access and vulnerability; higher needs attention first.</source>
        <translation>Combine la demande non satisfaite, le faible accès et la vulnérabilité ; plus la valeur est élevée, plus l&apos;attention est prioritaire.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="447"/>
        <source>Streets</source>
        <translation>Rues</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="449"/>
        <location filename="../ui/dock.py" line="175"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="487"/>
        <location filename="../processing/report_text.py" line="329"/>
        <source>What the indicators mean</source>
        <translation>Ce que signifient les indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="489"/>
        <location filename="../processing/report_text.py" line="330"/>
        <source>Method and parameters</source>
        <translation>Méthode et paramètres</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="188"/>
        <location filename="../ui/charts.py" line="38"/>
        <source>Demand and accessible places by district</source>
        <translation>Demande et places accessibles par district</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="191"/>
        <source>demand ({0})</source>
        <translation>demande ({0})</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="191"/>
        <source>accessible places</source>
        <translation>places accessibles</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="191"/>
        <location filename="../processing/report_svg.py" line="197"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="192"/>
        <source>For each district, the people of the cohort and the places they can reach.</source>
        <translation>Pour chaque district, les personnes de la cohorte et les places qu&apos;elles peuvent atteindre.</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="195"/>
        <location filename="../ui/charts.py" line="113"/>
        <source>Distribution of access</source>
        <translation>Distribution de l&apos;accès</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="197"/>
        <source>places per person</source>
        <translation>places par personne</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="198"/>
        <source>policy target</source>
        <translation>objectif de politique publique</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="199"/>
        <source>How many people have each level of access (places per person within reach).</source>
        <translation>Combien de personnes ont chaque niveau d&apos;accès (places par personne à portée).</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="204"/>
        <source>Share of demand that reaches a facility</source>
        <translation>Part de la demande qui atteint un établissement</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="206"/>
        <source>share within the time</source>
        <translation>part dans le temps imparti</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="206"/>
        <source>minutes to the nearest facility</source>
        <translation>minutes jusqu&apos;à l&apos;établissement le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="207"/>
        <source>share of demand</source>
        <translation>part de la demande</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="208"/>
        <source>{0:g} min</source>
        <translation>{0:g} min</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="209"/>
        <source>The share of the people who reach a facility within each travel time; the dashed line is the travel time of the analysis.</source>
        <translation>La part des personnes qui atteignent un établissement dans chaque temps de trajet ; la ligne en pointillés est le temps de trajet de l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="216"/>
        <location filename="../ui/charts.py" line="241"/>
        <location filename="../ui/charts.py" line="257"/>
        <location filename="../ui/charts.py" line="269"/>
        <source>Lorenz curve of access</source>
        <translation>Courbe de Lorenz de l&apos;accès</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="218"/>
        <location filename="../processing/report_svg.py" line="219"/>
        <source>share of access</source>
        <translation>part de l&apos;accès</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="219"/>
        <source>share of demand (lowest access first)</source>
        <translation>part de la demande (accès le plus faible d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="220"/>
        <source>Gini {0} · Palma {1}</source>
        <translation>Gini {0} · Palma {1}</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="222"/>
        <location filename="../ui/charts.py" line="268"/>
        <source>undefined (the 40% with the least access have none)</source>
        <translation>indéfini (les 40 % ayant le moins d&apos;accès n&apos;en ont aucun)</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="223"/>
        <source>The further the curve lies below the diagonal, the more unequal the access. The Gini index is 0 when everyone has the same access and close to 1 when a few have almost all of it; the Palma ratio divides the access of the 10% best served by that of the 40% least served.</source>
        <translation>Plus la courbe est loin sous la diagonale, plus l&apos;accès est inégal. L&apos;indice de Gini vaut 0 quand tout le monde a le même accès et se rapproche de 1 quand quelques-uns en ont presque tout ; le ratio de Palma divise l&apos;accès des 10 % les mieux desservis par celui des 40 % les moins bien desservis.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="49"/>
        <source>The map covers {0} units with {1} {2}.</source>
        <translation>La carte couvre {0} unités comptant {1} {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="51"/>
        <source>Left out of every figure: %n unit(s) without a value in the demand field ({0}).</source>
        <translation>
            <numerusform>Exclue de tous les chiffres : %n unité sans valeur dans le champ de demande ({0}).</numerusform>
            <numerusform>Exclues de tous les chiffres : %n unités sans valeur dans le champ de demande ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="54"/>
        <source>There is no demand in this layer (every unit has 0 {0}): no share, coverage or gap can be computed.</source>
        <translation>Il n&apos;y a pas de demande dans cette couche (toutes les unités ont 0 {0}) : aucune part, couverture ni écart ne peut être calculé.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="58"/>
        <source>{0} {1} ({2}) live within {3:g} minutes&apos; {4} of the nearest facility; {5} ({6}) live farther away or reach none.</source>
        <translation>{0} {1} ({2}) vivent à {3:g} minutes {4} ou moins de l&apos;établissement le plus proche ; {5} ({6}) vivent plus loin ou n&apos;en atteignent aucun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="63"/>
        <source>%n unit(s) with {0} {1} cannot reach any facility within the search limit (no cost was computed for them).</source>
        <translation>
            <numerusform>%n unité comptant {0} {1} ne peut atteindre aucun établissement dans la limite de recherche (aucun coût n&apos;a été calculé pour elle).</numerusform>
            <numerusform>%n unités comptant {0} {1} ne peuvent atteindre aucun établissement dans la limite de recherche (aucun coût n&apos;a été calculé pour elles).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="67"/>
        <source>{0} {1} ({2}) live in units that reach at least one facility within the analysis threshold.</source>
        <translation>{0} {1} ({2}) vivent dans des unités qui atteignent au moins un établissement dans le seuil de l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="70"/>
        <source>There is no capacity: the facilities within reach have 0 places, so no {0} has an accessible place.</source>
        <translation>Il n&apos;y a pas de capacité : les établissements à portée ont 0 place, donc personne parmi les {0} n&apos;a de place accessible.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="73"/>
        <source>The facilities within reach offer {0} places to these {1} {2}, {3} places per person on average.</source>
        <translation>Les établissements à portée offrent {0} places à ces {1} {2}, soit {3} places par personne en moyenne.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="77"/>
        <source>At the policy targets per age band (a place for {0}), {1} places are needed; {2} places are missing in the units below the target (a surplus in one unit does not fill another&apos;s gap).</source>
        <translation>Avec les objectifs de politique publique par tranche d&apos;âge (une place pour {0}), {1} places sont nécessaires ; {2} places manquent dans les unités sous l&apos;objectif (l&apos;excédent d&apos;une unité ne comble pas le déficit d&apos;une autre).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="82"/>
        <source>At the policy target of {0} places per person, {1} places are needed; {2} places are missing in the units below the target (a surplus in one unit does not fill another&apos;s gap).</source>
        <translation>Avec l&apos;objectif de politique publique de {0} places par personne, {1} places sont nécessaires ; {2} places manquent dans les unités sous l&apos;objectif (l&apos;excédent d&apos;une unité ne comble pas le déficit d&apos;une autre).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="87"/>
        <source>Counting one place per person, {0} {1} would have no place within reach.</source>
        <translation>En comptant une place par personne, {0} {1} n&apos;auraient aucune place à portée.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="91"/>
        <source>of the missing places</source>
        <translation>des places manquantes</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="92"/>
        <source>of the people without a place</source>
        <translation>des personnes sans place</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="93"/>
        <source>{0} {1} lie in %n district(s): {2}.</source>
        <translation>
            <numerusform>{0} {1} se trouvent dans %n district : {2}.</numerusform>
            <numerusform>{0} {1} se trouvent dans %n districts : {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="96"/>
        <source>{0} units are care deserts (high demand, low access); {1} {2} ({3}) live in them.</source>
        <translation>{0} unités sont des déserts de soins (forte demande, faible accès) ; {1} {2} ({3}) y vivent.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="110"/>
        <source>In the {0} window ({1})</source>
        <translation>Dans la plage {0} ({1})</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="111"/>
        <source>In the {0} window</source>
        <translation>Dans la plage {0}</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="112"/>
        <source>{0}, {1} of {2} ({3}) reach a facility that is open then.</source>
        <translation>{0}, {1} des {2} ({3}) atteignent un établissement ouvert à ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="115"/>
        <source>Temporal care deserts (high demand and care within reach at some hour, but none open within reach in the caregivers&apos; time window): %n unit(s).</source>
        <translation>
            <numerusform>Déserts de soins temporels (forte demande et soins à portée à une certaine heure, mais aucun établissement ouvert à portée pendant la plage horaire des personnes aidantes) : %n unité.</numerusform>
            <numerusform>Déserts de soins temporels (forte demande et soins à portée à une certaine heure, mais aucun établissement ouvert à portée pendant la plage horaire des personnes aidantes) : %n unités.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="118"/>
        <source>{0} {1} ({2}) live in the temporal care deserts.</source>
        <translation>{0} {1} ({2}) vivent dans les déserts de soins temporels.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="134"/>
        <source>{0}: {1}. Give the windows as the analysis did, e.g. &apos;evening=Mo-Fr 17:00-20:00&apos;.</source>
        <translation>{0} : {1}. Indiquez les plages comme l&apos;a fait l&apos;analyse, p. ex. &apos;evening=Mo-Fr 17:00-20:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="143"/>
        <source>Layer {0}, fields {1}: {2}; these fields must be 0, 1 or empty, as Accessibility to care and Care deserts write them.</source>
        <translation>Couche {0}, champs {1} : {2} ; ces champs doivent valoir 0, 1 ou être vides, comme les écrivent Accessibilité aux soins et Déserts de soins.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="160"/>
        <source>the result of the previous step</source>
        <translation>le résultat de l&apos;étape précédente</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="171"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="171"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="186"/>
        <location filename="../processing/report_text.py" line="189"/>
        <source>a text pattern (given in the run)</source>
        <translation>un motif de texte (indiqué lors de l&apos;exécution)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="204"/>
        <source>This report</source>
        <translation>Ce rapport</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="227"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="235"/>
        <location filename="../ui/dock.py" line="177"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="236"/>
        <source>The share of the people who live within {0:g} minutes&apos; {1} of at least one facility.</source>
        <translation>La part des personnes qui vivent à moins de {0:g} minutes {1} d&apos;au moins un établissement.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="239"/>
        <source>Access (2SFCA)</source>
        <translation>Accès (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="240"/>
        <source>Places per person within reach: each facility&apos;s places are shared among all the people who live within the threshold of it, and each unit adds up its shares of every facility it reaches (two-step floating catchment).</source>
        <translation>Places par personne à portée : les places de chaque établissement sont partagées entre toutes les personnes qui vivent dans son seuil, et chaque unité additionne ses parts de tous les établissements qu&apos;elle atteint (zone de desserte flottante à deux étapes).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="244"/>
        <source>Care desert</source>
        <translation>Désert de soins</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="245"/>
        <source>A unit with high demand (many more people than the typical unit) whose nearest facility is beyond the threshold, or that reaches none.</source>
        <translation>Une unité à forte demande (beaucoup plus de personnes que l&apos;unité typique) dont l&apos;établissement le plus proche est au-delà du seuil, ou qui n&apos;en atteint aucun.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="249"/>
        <source>A score from 0 to 1 that combines unmet demand, low access and the vulnerability indicators, each ranked across the units; higher means the unit needs attention first.</source>
        <translation>Un score de 0 à 1 qui combine la demande non satisfaite, le faible accès et les indicateurs de vulnérabilité, chacun classé parmi les unités ; plus il est élevé, plus l&apos;unité doit être traitée en priorité.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="252"/>
        <source>Gini index</source>
        <translation>Indice de Gini</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="253"/>
        <source>How unequally access is shared among the people: 0 when everyone has the same access, close to 1 when a few have almost all of it.</source>
        <translation>Le degré d&apos;inégalité de la répartition de l&apos;accès entre les personnes : 0 quand tout le monde a le même accès, proche de 1 quand quelques-uns en ont presque tout.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="255"/>
        <source>Palma ratio</source>
        <translation>Ratio de Palma</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="256"/>
        <source>The access of the 10% best served divided by the access of the 40% least served: 1 is equal, 2 means the best served have twice as much.</source>
        <translation>L&apos;accès des 10 % les mieux desservis divisé par l&apos;accès des 40 % les moins bien desservis : 1 signifie l&apos;égalité, 2 signifie que les mieux desservis en ont deux fois plus.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="269"/>
        <source>{0} in the map</source>
        <translation>{0} sur la carte</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="271"/>
        <source>every unit has 0 {0}</source>
        <translation>toutes les unités ont 0 {0}</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="274"/>
        <source>within {0:g} minutes of the nearest facility</source>
        <translation>à {0:g} minutes ou moins de l&apos;établissement le plus proche</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="277"/>
        <source>reach a facility within the analysis threshold</source>
        <translation>atteignent un établissement dans le seuil de l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="279"/>
        <source>places within reach</source>
        <translation>places à portée</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="279"/>
        <source>no capacity</source>
        <translation>pas de capacité</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="281"/>
        <source>places missing for the targets per age band ({0})</source>
        <translation>places manquantes pour les objectifs par tranche d&apos;âge ({0})</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="284"/>
        <source>places missing for the target of {0} per person</source>
        <translation>places manquantes pour l&apos;objectif de {0} par personne</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="287"/>
        <source>{0} without a place (one place per person)</source>
        <translation>{0} sans place (une place par personne)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="290"/>
        <source>of {0} live in care deserts</source>
        <translation>des {0} vivent dans des déserts de soins</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="304"/>
        <source>No parameters were given.</source>
        <translation>Aucun paramètre n&apos;a été fourni.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="306"/>
        <source>en</source>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="326"/>
        <source>Key numbers</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="327"/>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="328"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="57"/>
        <source>%1 – %2 places per person</source>
        <translation>%1 – %2 places par personne</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="58"/>
        <source>%1 – %2 places per 100 people</source>
        <translation>%1 – %2 places pour 100 personnes</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="59"/>
        <source>%1 – %2 places per person in the catchment</source>
        <translation>%1 – %2 places par personne dans la zone de desserte</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="60"/>
        <source>%1 – %2 care units</source>
        <translation>%1 – %2 unités de soins</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="62"/>
        <source>%1 – %2 places (negative: shortfall, positive: surplus)</source>
        <translation>%1 – %2 places (négatif : déficit, positif : excédent)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="63"/>
        <source>%1 – %2 places (full-day equivalent)</source>
        <translation>%1 – %2 places (équivalent journée complète)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="64"/>
        <source>%1 – %2 places</source>
        <translation>%1 – %2 places</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="65"/>
        <source>%1 – %2 hours of unpaid care per week</source>
        <translation>%1 – %2 heures de soins non rémunérés par semaine</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="66"/>
        <source>%1 – %2 people newly within reach</source>
        <translation>%1 – %2 personnes nouvellement à portée</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="67"/>
        <source>Not a care desert</source>
        <translation>Pas un désert de soins</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="68"/>
        <source>Care desert: no facility within the threshold</source>
        <translation>Désert de soins : aucun établissement dans le seuil</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="69"/>
        <source>Care desert: reachable only by the second mode</source>
        <translation>Désert de soins : accessible seulement par le second mode</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="70"/>
        <source>Hot spot, 99% confidence</source>
        <translation>Point chaud, confiance 99 %</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="71"/>
        <source>Hot spot, 95% confidence</source>
        <translation>Point chaud, confiance 95 %</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="72"/>
        <source>Hot spot, 90% confidence</source>
        <translation>Point chaud, confiance 90 %</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="73"/>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="74"/>
        <source>Cold spot, 90% confidence</source>
        <translation>Point froid, confiance 90 %</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="75"/>
        <source>Cold spot, 95% confidence</source>
        <translation>Point froid, confiance 95 %</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="76"/>
        <source>Cold spot, 99% confidence</source>
        <translation>Point froid, confiance 99 %</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="77"/>
        <source>Quintile 1: lowest priority (bottom 20%)</source>
        <translation>Quintile 1 : priorité la plus basse (20 % inférieurs)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="78"/>
        <source>Quintile 2</source>
        <translation>2e quintile</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="79"/>
        <source>Quintile 3</source>
        <translation>3e quintile</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="80"/>
        <source>Quintile 4</source>
        <translation>4e quintile</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="81"/>
        <source>Quintile 5: highest priority (top 20%)</source>
        <translation>Quintile 5 : priorité la plus haute (20 % supérieurs)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="82"/>
        <source>New care block anchor</source>
        <translation>Ancrage de nouvel îlot du soin</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="83"/>
        <source>Anchor of a care block already open</source>
        <translation>Ancrage d&apos;un îlot du soin déjà ouvert</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="85"/>
        <source>Dependants and caregivers within reach of the same block</source>
        <translation>Personnes dépendantes et personnes aidantes à portée du même îlot</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="87"/>
        <source>Within reach of a block: only one of the two groups lives here</source>
        <translation>À portée d&apos;un îlot : un seul des deux groupes vit ici</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="88"/>
        <source>No block within reach</source>
        <translation>Aucun îlot à portée</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="214"/>
        <source>Style file {0} is missing; the layer keeps the default style.</source>
        <translation>Le fichier de style {0} est manquant ; la couche garde le style par défaut.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="219"/>
        <source>Could not read the renderer of style {0}.</source>
        <translation>Impossible de lire le moteur de rendu du style {0}.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="262"/>
        <source>Layer {0} styled with the CareMap &apos;{1}&apos; style.</source>
        <translation>Couche {0} mise en forme avec le style CareMap &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="266"/>
        <source>The project already has a layer named {0}: this result is named {1}.</source>
        <translation>Le projet a déjà une couche nommée {0} : ce résultat est nommé {1}.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="269"/>
        <source>Layer {0} placed above the polygon layers so its points stay visible.</source>
        <translation>Couche {0} placée au-dessus des couches de polygones pour que ses points restent visibles.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="395"/>
        <source>CareMap &apos;{0}&apos; style</source>
        <translation>Style &apos;{0}&apos; de CareMap</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="398"/>
        <source>Could not save the style into {0}: {1}</source>
        <translation>Impossible d&apos;enregistrer le style dans {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="57"/>
        <source>Could not load layer {0}.</source>
        <translation>Impossible de charger la couche {0}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="71"/>
        <source>{0} holds {1} mappings separated by &apos;|&apos; but {2} facility layers were chosen: give one mapping per layer, in the order of the layers, or a single mapping for all of them; or start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>{0} contient {1} correspondances séparées par &apos;|&apos; mais {2} couches d&apos;établissements ont été choisies : indiquez une correspondance par couche, dans l&apos;ordre des couches, ou une seule correspondance pour toutes ; ou commencez chaque correspondance par le nom de sa couche suivi de deux-points (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="101"/>
        <source>it has no field {0}</source>
        <translation>elle n&apos;a pas de champ {0}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="104"/>
        <source>it has no point or polygon geometry and the mapping gives no x=...,y=...</source>
        <translation>elle n&apos;a pas de géométrie de points ou de polygones et la correspondance ne donne pas x=...,y=...</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="146"/>
        <source>{0} names layer &apos;{1}&apos;, which is not one of the layers chosen in {2} ({3}): write the mapping after the name of one of them and a colon.</source>
        <translation>{0} nomme la couche &apos;{1}&apos;, qui ne fait pas partie des couches choisies dans {2} ({3}) : écrivez la correspondance après le nom de l&apos;une d&apos;elles suivi de deux-points.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="150"/>
        <source>{0} holds two mappings for layer {1}: keep one.</source>
        <translation>{0} contient deux correspondances pour la couche {1} : gardez-en une.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="157"/>
        <source>{0} holds {1} mappings without a layer name but only {2} layers are left for them ({3}): start each mapping with its layer&apos;s name and a colon.</source>
        <translation>{0} contient {1} correspondances sans nom de couche mais seules {2} couches restent pour elles ({3}) : commencez chaque correspondance par le nom de sa couche suivi de deux-points.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="165"/>
        <source>Mappings by layer: {0}.</source>
        <translation>Correspondances par couche : {0}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="166"/>
        <source>(the schema field names)</source>
        <translation>(les noms des champs du schéma)</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="183"/>
        <source>The mappings in {0} do not fit the layers in the order of {1}, and fit them in one order only, which was used: {2}. To be sure, start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>Les correspondances de {0} ne s&apos;accordent pas avec les couches dans l&apos;ordre de {1}, et ne s&apos;accordent qu&apos;avec un seul ordre, qui a été utilisé : {2}. Pour en être sûr, commencez chaque correspondance par le nom de sa couche suivi de deux-points (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="186"/>
        <location filename="../processing/supply_io.py" line="189"/>
        <source>mapping {0} -&gt; layer {1}</source>
        <translation>correspondance {0} -&gt; couche {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="192"/>
        <source>The mappings in {0} do not fit the layers in the order of {1} ({2}). The mappings go to the layers in the order the layers have in {1}, which its picker lists alphabetically: drag the layers in the picker into the order of the mappings, or start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>Les correspondances de {0} ne s&apos;accordent pas avec les couches dans l&apos;ordre de {1} ({2}). Les correspondances s&apos;appliquent aux couches dans l&apos;ordre qu&apos;ont les couches dans {1}, que son sélecteur liste par ordre alphabétique : faites glisser les couches dans le sélecteur dans l&apos;ordre des correspondances, ou commencez chaque correspondance par le nom de sa couche suivi de deux-points (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="226"/>
        <source>Mapping for layer {0}: {1}</source>
        <translation>Correspondance de la couche {0} : {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="242"/>
        <source>Layer {0} read as a KoboToolbox / ODK export: {1}.</source>
        <translation>Couche {0} lue comme un export KoboToolbox / ODK : {1}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="248"/>
        <source>Mapping for layer {0}: field &apos;{1}&apos; (for {2}) was not found. Available fields: {3}.</source>
        <translation>Correspondance de la couche {0} : le champ &apos;{1}&apos; (pour {2}) est introuvable. Champs disponibles : {3}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="268"/>
        <source>Layer {0} has no point or polygon geometry: map its coordinate fields with x=...,y=... in {1} (e.g. x=lon,y=lat).</source>
        <translation>La couche {0} n&apos;a pas de géométrie de points ni de polygones : indiquez ses champs de coordonnées avec x=...,y=... dans {1} (p. ex. x=lon,y=lat).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/supply_io.py" line="277"/>
        <source>%n row(s) of layer {0} without coordinates: skipped.</source>
        <translation>
            <numerusform>%n ligne de la couche {0} sans coordonnées : ignorée.</numerusform>
            <numerusform>%n lignes de la couche {0} sans coordonnées : ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="282"/>
        <source>Layer {0}: the crs given in {1} is not a valid coordinate reference system; write it as crs=&apos;EPSG:4326&apos;.</source>
        <translation>Couche {0} : le crs indiqué dans {1} n&apos;est pas un système de coordonnées de référence valide ; écrivez-le sous la forme crs=&apos;EPSG:4326&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="304"/>
        <source>Mapping for layer {0}: constant {1}={2} is not a finite number.</source>
        <translation>Correspondance de la couche {0} : la constante {1}={2} n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="56"/>
        <source>Public transport costs need a timetable in the GTFS format (a zip file or a folder): choose it in {0} (CareMap&apos;s synthetic public transport feed makes one from bus routes and stops).</source>
        <translation>Les coûts en transports en commun nécessitent des horaires au format GTFS (un fichier zip ou un dossier) : choisissez-les dans {0} (l&apos;outil Flux de transports en commun synthétique de CareMap en produit à partir de lignes et d&apos;arrêts de bus).</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="61"/>
        <source>The public transport feed {0} does not exist: choose a GTFS zip file or folder in {1}.</source>
        <translation>Le flux de transports en commun {0} n&apos;existe pas : choisissez un fichier zip ou un dossier GTFS dans {1}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="66"/>
        <source>Public transport costs need the date and time of leaving: write it in {0} as YYYY-MM-DD HH:MM, e.g. 2024-03-05 07:30.</source>
        <translation>Les coûts en transports en commun nécessitent la date et l&apos;heure du départ : écrivez-les dans {0} au format AAAA-MM-JJ HH:MM, p. ex. 2024-03-05 07:30.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="72"/>
        <source>{0} is &apos;{1}&apos;, which is not a date and time: write it as YYYY-MM-DD HH:MM (24-hour clock), e.g. 2024-03-05 07:30.</source>
        <translation>{0} vaut &apos;{1}&apos;, qui n&apos;est pas une date et une heure : écrivez-la au format AAAA-MM-JJ HH:MM (sur 24 heures), p. ex. 2024-03-05 07:30.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="83"/>
        <source>{0} must be whole minutes, 0 or more; got {1:g}.</source>
        <translation>{0} doit être un nombre entier de minutes, 0 ou plus ; reçu {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="86"/>
        <source>{0} must be between 0 and 100; got {1:g}.</source>
        <translation>{0} doit être compris entre 0 et 100 ; reçu {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="89"/>
        <source>{0} must be 0 m or more; got {1:g}.</source>
        <translation>{0} doit être de 0 m ou plus ; reçu {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="94"/>
        <source>The public transport feed {0} cannot be read: {1}. Choose a GTFS zip file or folder in {2}.</source>
        <translation>Le flux de transports en commun {0} est illisible : {1}. Choisissez un fichier zip ou un dossier GTFS dans {2}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="125"/>
        <source>{0}: the date {1} is outside the calendar of the public transport feed {2}, which runs from {3} to {4}. Choose a date within it.</source>
        <translation>{0} : la date {1} est hors du calendrier du flux de transports en commun {2}, qui va du {3} au {4}. Choisissez une date dans cette période.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="131"/>
        <source>The public transport feed {0} cannot be read: {1}.</source>
        <translation>Le flux de transports en commun {0} est illisible : {1}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="135"/>
        <source>The public transport feed {0} has no service on {1} ({2}): no bus or train runs that day. Choose another date in {3}.</source>
        <translation>Le flux de transports en commun {0} n&apos;a aucun service le {1} ({2}) : aucun bus ni train ne circule ce jour-là. Choisissez une autre date dans {3}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="139"/>
        <source>Public transport feed {0}, {1}: {2} stops, {3} vehicle runs ({4} from frequencies, {5} of the day before past midnight).</source>
        <translation>Flux de transports en commun {0}, {1} : {2} arrêts, {3} courses de véhicules ({4} issues des fréquences, {5} de la veille après minuit).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="145"/>
        <source>Public transport feed {0}: %n trip(s) left out (no time at the first or last stop, or times going back).</source>
        <translation>
            <numerusform>Flux de transports en commun {0} : %n course exclue (pas d&apos;horaire au premier ou au dernier arrêt, ou horaires qui reculent).</numerusform>
            <numerusform>Flux de transports en commun {0} : %n courses exclues (pas d&apos;horaire au premier ou au dernier arrêt, ou horaires qui reculent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="162"/>
        <source>Public transport feed {0}: %n stop(s) without coordinates, which no walk reaches.</source>
        <translation>
            <numerusform>Flux de transports en commun {0} : %n arrêt sans coordonnées, qu&apos;aucune marche n&apos;atteint.</numerusform>
            <numerusform>Flux de transports en commun {0} : %n arrêts sans coordonnées, qu&apos;aucune marche n&apos;atteint.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="222"/>
        <source>on the road network {0}</source>
        <translation>sur le réseau routier {0}</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="229"/>
        <source>along straight lines x {0:g}</source>
        <translation>à vol d&apos;oiseau x {0:g}</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="230"/>
        <source>Public transport walks {0} at {1:g} km/h, each at most {2:g} m: {3} from the demand to stops, {4} from stops to the facilities, {5} between stops.</source>
        <translation>Trajets à pied des transports en commun mesurés {0}, à {1:g} km/h, chacun d&apos;au plus {2:g} m : {3} de la demande vers les arrêts, {4} des arrêts vers les établissements, {5} entre arrêts.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="235"/>
        <source>%n demand point(s) with no stop within {0:g} m: they can only walk the whole way.</source>
        <translation>
            <numerusform>%n point de demande sans arrêt à {0:g} m ou moins : il ne peut que faire tout le trajet à pied.</numerusform>
            <numerusform>%n points de demande sans arrêt à {0:g} m ou moins : ils ne peuvent que faire tout le trajet à pied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="243"/>
        <source>Public transport feed {0}: {1}</source>
        <translation>Flux de transports en commun {0} : {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="249"/>
        <source>Public transport travel times from {0}, {1}: percentile {2:g} of %n departure minute(s) from then on.</source>
        <translation>
            <numerusform>Temps de trajet en transports en commun pour un départ le {0}, {1} : centile {2:g} sur %n minute de départ à partir de ce moment.</numerusform>
            <numerusform>Temps de trajet en transports en commun pour un départ le {0}, {1} : centile {2:g} sur %n minutes de départ à partir de ce moment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="268"/>
        <source>Window &apos;{0}&apos;: public transport leaves on {1} ({2}) at {3:02d}:{4:02d}, the window&apos;s first day and start time in the week of {5}.</source>
        <translation>Plage &apos;{0}&apos; : les transports en commun partent le {1} ({2}) à {3:02d}:{4:02d}, le premier jour et l&apos;heure de début de la plage dans la semaine indiquée dans {5}.</translation>
    </message>
    <message>
        <location filename="../ui/chart_base.py" line="57"/>
        <source>The charts need the Python package pyqtgraph, which could not be imported. Install it for the Python that QGIS uses, then restart QGIS:
- Debian/Ubuntu: sudo apt install python3-pyqtgraph
- Windows (OSGeo4W Shell): python -m pip install pyqtgraph
- macOS (QGIS Python console): import pip; pip.main([&apos;install&apos;, &apos;pyqtgraph&apos;])
The CareMap algorithms work without it.</source>
        <translation>Les graphiques nécessitent le paquet Python pyqtgraph, qui n&apos;a pas pu être importé. Installez-le pour le Python utilisé par QGIS, puis redémarrez QGIS :
- Debian/Ubuntu : sudo apt install python3-pyqtgraph
- Windows (OSGeo4W Shell) : python -m pip install pyqtgraph
- macOS (console Python de QGIS) : import pip; pip.main([&apos;install&apos;, &apos;pyqtgraph&apos;])
Les algorithmes de CareMap fonctionnent sans lui.</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="38"/>
        <source>People / places</source>
        <translation>Personnes / places</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="48"/>
        <location filename="../ui/charts.py" line="281"/>
        <source>Demand (people)</source>
        <translation>Demande (personnes)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="49"/>
        <source>Accessible places</source>
        <translation>Places accessibles</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="50"/>
        <location filename="../ui/charts.py" line="127"/>
        <location filename="../ui/charts.py" line="307"/>
        <location filename="../ui/charts.py" line="478"/>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="74"/>
        <location filename="../ui/charts.py" line="197"/>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="114"/>
        <location filename="../ui/charts.py" line="126"/>
        <location filename="../ui/charts.py" line="467"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="122"/>
        <source>target {value:.3g}</source>
        <translation>objectif {value:.3g}</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="128"/>
        <location filename="../ui/dock.py" line="131"/>
        <source>Policy target</source>
        <translation>Objectif de politique publique</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="182"/>
        <source>Coverage curve</source>
        <translation>Courbe de couverture</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="183"/>
        <source>Share of demand within that time (%)</source>
        <translation>Part de la demande dans ce temps (%)</translation>
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
        <translation>Unités sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="199"/>
        <location filename="../ui/dock.py" line="132"/>
        <source>Access threshold</source>
        <translation>Seuil d&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="241"/>
        <source>Cumulative share of people (lowest access first)</source>
        <translation>Part cumulée des personnes (accès le plus faible d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="242"/>
        <source>Cumulative share of access</source>
        <translation>Part cumulée de l&apos;accès</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="257"/>
        <location filename="../ui/dock.py" line="176"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="258"/>
        <location filename="../ui/charts.py" line="271"/>
        <source>Equality</source>
        <translation>Égalité</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="270"/>
        <source>Access: Gini {0}, Palma {1}</source>
        <translation>Accès : Gini {0}, Palma {1}</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="281"/>
        <source>Demand vs access</source>
        <translation>Demande et accès</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="288"/>
        <source>Care desert quadrant: high demand, access below the target</source>
        <translation>Quadrant des déserts de soins : forte demande, accès sous l&apos;objectif</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="306"/>
        <source>Other units</source>
        <translation>Autres unités</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="308"/>
        <source>High demand, low access</source>
        <translation>Forte demande, faible accès</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="394"/>
        <source>Share of demand covered by time of day</source>
        <translation>Part de la demande couverte selon l&apos;heure de la journée</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="394"/>
        <source>Caregivers&apos; time window</source>
        <translation>Plage horaire des personnes aidantes</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="395"/>
        <source>Demand with an open facility in reach (%)</source>
        <translation>Demande avec un établissement ouvert à portée (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="403"/>
        <source>All hours</source>
        <translation>Toutes heures confondues</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="404"/>
        <source>Time windows</source>
        <translation>Plages horaires</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="435"/>
        <source>all hours</source>
        <translation>toutes heures confondues</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="467"/>
        <source>People each care block reaches</source>
        <translation>Personnes atteintes par chaque îlot du soin</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="476"/>
        <source>People who need care</source>
        <translation>Personnes qui ont besoin de soins</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="477"/>
        <source>Caregivers</source>
        <translation>Personnes aidantes</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="503"/>
        <source>Block {0}</source>
        <translation>Îlot {0}</translation>
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
        <translation>CareMap cartographie l&apos;offre de soins, la demande de soins et les écarts entre les deux. Lancez ses algorithmes avec les boutons ci-dessous ou depuis la boîte à outils de traitements (groupe CareMap) ; sélectionnez une couche de résultats CareMap pour voir ses graphiques ici.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="113"/>
        <source>Numeric field with the demand (people of the cohort) of each unit</source>
        <translation>Champ numérique de la demande (personnes de la cohorte) de chaque unité</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="115"/>
        <source>Text field with the district of each unit (for the bars)</source>
        <translation>Champ texte du district de chaque unité (pour les barres)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="121"/>
        <source> places/person</source>
        <translation> places/personne</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="126"/>
        <source>Travel time that counts as within reach; set from the layer&apos;s own threshold when its fields say it (covered and cost_nearest of an accessibility result)</source>
        <translation>Temps de trajet considéré comme à portée ; réglé d&apos;après le seuil propre de la couche quand ses champs l&apos;indiquent (covered et cost_nearest d&apos;un résultat d&apos;accessibilité)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="128"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="129"/>
        <source>Demand field</source>
        <translation>Champ de demande</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="178"/>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="179"/>
        <source>Scatter</source>
        <translation>Nuage de points</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="180"/>
        <source>Time of day</source>
        <translation>Heure de la journée</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="200"/>
        <source>Export {0}…</source>
        <translation>Exporter en {0}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="210"/>
        <source>Click bars or points to select their units on the map (Ctrl adds to the selection); Shift+drag on the scatter selects a box of points. Features selected on the map are highlighted in the charts.</source>
        <translation>Cliquez sur des barres ou des points pour sélectionner leurs unités sur la carte (Ctrl ajoute à la sélection) ; Maj+glisser sur le nuage de points sélectionne un rectangle de points. Les entités sélectionnées sur la carte sont mises en évidence dans les graphiques.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Accessibility…</source>
        <translation>Accessibilité…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Care gaps…</source>
        <translation>Écarts de soins…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Care deserts…</source>
        <translation>Déserts de soins…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="222"/>
        <source>Open the Processing dialog of caremap:{0}, filled from this layer</source>
        <translation>Ouvrir la boîte de dialogue de traitement de caremap:{0}, remplie depuis cette couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>accessibility</source>
        <translation>accessibilité</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>care gaps</source>
        <translation>écarts de soins</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>care deserts</source>
        <translation>déserts de soins</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>care blocks</source>
        <translation>îlots du soin</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="294"/>
        <source>Layer: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Couche : &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="314"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="364"/>
        <source>&lt;b&gt;No CareMap result selected.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Select a layer made by Accessibility, Care gaps, Care deserts or Care blocks (its units) in the Layers panel to see its figures and charts here, or run Accessibility with the button below.</source>
        <translation>&lt;b&gt;Aucun résultat CareMap sélectionné.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Sélectionnez dans le panneau Couches une couche produite par Accessibilité, Écarts de soins, Déserts de soins ou Îlots du soin (ses unités) pour voir ici ses chiffres et ses graphiques, ou lancez Accessibilité avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="368"/>
        <source>Layer {0} has no numeric field to read the demand from: choose a result layer that keeps its demand field (people of the cohort).</source>
        <translation>La couche {0} n&apos;a pas de champ numérique où lire la demande : choisissez une couche de résultats qui garde son champ de demande (personnes de la cohorte).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="380"/>
        <source>Layer {0} has no care block fields (covered_dependants, covered_caregivers): run Care blocks and select its units output to see the people each block reaches.</source>
        <translation>La couche {0} n&apos;a pas de champs d&apos;îlots du soin (covered_dependants, covered_caregivers) : exécutez Îlots du soin et sélectionnez sa sortie des unités pour voir les personnes que chaque îlot atteint.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="382"/>
        <source>No care block reaches a unit of layer {0}.</source>
        <translation>Aucun îlot du soin n&apos;atteint une unité de la couche {0}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="385"/>
        <source>Layer {0} has no time-window fields (covered_&lt;label&gt;): run Accessibility with the facilities&apos; opening hours and caregivers&apos; time windows (e.g. evening=Mo-Fr 17:00-20:00) to see the share of demand covered in each window.</source>
        <translation>La couche {0} n&apos;a pas de champs de plages horaires (covered_&lt;label&gt;) : exécutez Accessibilité avec les horaires d&apos;ouverture des établissements et les plages horaires des personnes aidantes (p. ex. evening=Mo-Fr 17:00-20:00) pour voir la part de la demande couverte dans chaque plage.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="388"/>
        <source>No demand in layer {0}: the time-of-day profile needs people in at least one unit.</source>
        <translation>Aucune demande dans la couche {0} : le profil selon l&apos;heure de la journée a besoin de personnes dans au moins une unité.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>Layer {0} has no travel time to the nearest facility (field cost_nearest): run Accessibility to see the coverage curve.</source>
        <translation>La couche {0} n&apos;a pas de temps de trajet jusqu&apos;à l&apos;établissement le plus proche (champ cost_nearest) : lancez Accessibilité pour voir la courbe de couverture.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="394"/>
        <source>No demand in layer {0}: the coverage curve needs people in at least one unit.</source>
        <translation>Aucune demande dans la couche {0} : la courbe de couverture nécessite des personnes dans au moins une unité.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Layer {0} has no access field: run Accessibility on it to see this chart.</source>
        <translation>La couche {0} n&apos;a pas de champ d&apos;accès : lancez Accessibilité dessus pour voir ce graphique.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="470"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="470"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="471"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="510"/>
        <source>Algorithm {0} is not available.</source>
        <translation>L&apos;algorithme {0} n&apos;est pas disponible.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="74"/>
        <source>%n unit(s) without a value in {0}, left out of the figures.</source>
        <translation>
            <numerusform>%n unité sans valeur dans {0}, exclue des figures.</numerusform>
            <numerusform>%n unités sans valeur dans {0}, exclues des figures.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="77"/>
        <source>No demand in this layer: {0} is 0 in every unit.</source>
        <translation>Pas de demande dans cette couche : {0} vaut 0 dans toutes les unités.</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="79"/>
        <source>No capacity: the facilities within reach have 0 places.</source>
        <translation>Pas de capacité : les établissements à portée ont 0 place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="81"/>
        <source>%n unit(s) cannot reach any facility within the search limit ({0} people).</source>
        <translation>
            <numerusform>%n unité ne peut atteindre aucun établissement dans la limite de recherche ({0} personnes).</numerusform>
            <numerusform>%n unités ne peuvent atteindre aucun établissement dans la limite de recherche ({0} personnes).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="95"/>
        <source>{0:.0f}% of demand</source>
        <translation>{0:.0f} % de la demande</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="98"/>
        <source>of {0} needed</source>
        <translation>sur {0} nécessaires</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="103"/>
        <source>People within {0:g} min</source>
        <translation>Personnes à {0:g} min ou moins</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="103"/>
        <source>People reaching a facility</source>
        <translation>Personnes atteignant un établissement</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="105"/>
        <source>People whose nearest facility is at most {0:g} minutes away (cost_nearest, the Access threshold above)</source>
        <translation>Personnes dont l&apos;établissement le plus proche est à {0:g} minutes ou moins (cost_nearest, le seuil d&apos;accès ci-dessus)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="107"/>
        <source>People in units that reach a facility within the threshold of the accessibility run (field covered)</source>
        <translation>Personnes dans les unités qui atteignent un établissement dans le seuil de l&apos;exécution de l&apos;accessibilité (champ covered)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="110"/>
        <source>People in care deserts</source>
        <translation>Personnes dans des déserts de soins</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="111"/>
        <source>People in units that the Care deserts run classed as deserts (field desert)</source>
        <translation>Personnes dans les unités que l&apos;exécution Déserts de soins a classées comme déserts (champ desert)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="113"/>
        <source>Places missing for {0:g}/person</source>
        <translation>Places manquantes pour {0:g}/personne</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="114"/>
        <source>Places missing so that every unit reaches the policy target of {0:g} places per person (the control above), summed over the units below it; a surplus in one unit does not fill another&apos;s gap</source>
        <translation>Places manquantes pour que chaque unité atteigne l&apos;objectif de politique publique de {0:g} places par personne (le réglage ci-dessus), additionnées sur les unités sous cet objectif ; l&apos;excédent d&apos;une unité ne comble pas le déficit d&apos;une autre</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="144"/>
        <source>share unknown: the field the run read is not in this layer</source>
        <translation>part inconnue : le champ lu par l&apos;exécution n&apos;est pas dans cette couche</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="145"/>
        <source>{0:.1f}% of them</source>
        <translation>{0:.1f} % d&apos;entre elles</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="147"/>
        <source>({0:.1f}% before)</source>
        <translation>({0:.1f} % avant)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="151"/>
        <source>People who need care reached</source>
        <translation>Personnes qui ont besoin de soins atteintes</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="152"/>
        <source>People who need care (field {0}) in units within the walking radius of a care block (covered_dependants)</source>
        <translation>Personnes qui ont besoin de soins (champ {0}) dans les unités situées dans le rayon de marche d&apos;un îlot du soin (covered_dependants)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="154"/>
        <source>Caregivers reached</source>
        <translation>Personnes aidantes atteintes</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="155"/>
        <source>Caregivers (field {0}) in units within the walking radius of a care block (covered_caregivers)</source>
        <translation>Personnes aidantes (champ {0}) dans les unités situées dans le rayon de marche d&apos;un îlot du soin (covered_caregivers)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="158"/>
        <source>%n new block(s)</source>
        <translation>
            <numerusform>%n nouvel îlot</numerusform>
            <numerusform>%n nouveaux îlots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="159"/>
        <source>Blocks that reach at least one unit (field block), new and already open</source>
        <translation>Îlots qui atteignent au moins une unité (champ block), nouveaux et déjà ouverts</translation>
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
        <translation type="vanished">De combien de soins les habitants de chaque îlot ont-ils besoin, et qui est là pour les prodiguer ? À partir du nombre de personnes par tranche d&apos;âge de chaque unité (îlot, secteur de recensement, cellule de grille), cet outil calcule la demande de soins, les personnes dépendantes et les personnes aidantes potentielles.

Comment lire les résultats (les unités, avec leurs propres champs et ceux-ci) :
- care_demand : les personnes pondérées selon les soins que demande leur âge (unités de soins). Avec des poids égaux, c&apos;est simplement le nombre de personnes dans les tranches choisies (p. ex. enfants de 0-5 ans) ; avec l&apos;échelle de Madrid de Durán, un enfant de 0-4 ans compte 2, un adulte de 18-64 ans compte 1 et une personne de 85 ans et plus compte 2.
- pop_bands : les personnes dans les tranches d&apos;âge choisies.
- dep_children (moins de 15 ans), dep_older (65 ans et plus), dependents et leurs parts share_children, share_older (0-1).
- caregivers : les personnes aidantes potentielles (le champ des personnes aidantes, p. ex. femmes de 15-64 ans, ou à défaut les personnes de 15-64 ans des tranches) ; care_intensity = personnes dépendantes par personne aidante (NULL là où il n&apos;y a pas de personne aidante).
- Pour les polygones : pop_density et demand_density, par km2.

Exemple : dans la ville de démonstration, les sept tranches d&apos;âge avec l&apos;échelle de Madrid donnent environ 1,53 million d&apos;unités de soins pour 1,27 million de personnes (1,20 par personne), et l&apos;îlot médian compte 0,94 personne dépendante par femme de 15-64 ans ; les tranches 0-2 et 3-5 avec des poids égaux donnent 102 803 enfants, la demande de soins de l&apos;accueil de la petite enfance.

Mises en garde : une unité sans valeur (NULL) dans l&apos;une de ses tranches d&apos;âge ne reçoit pas de demande de soins (compté dans le journal) : complétez-la, sinon elle compte comme une absence totale de demande. Les tranches qui ne correspondent pas aux âges de l&apos;échelle reçoivent le poids moyen des années qu&apos;elles couvrent, et une tranche ouverte comme 80+ est considérée comme couvrant les années indiquées dans « Années couvertes par une tranche ouverte comme 80+ » (80-89 par défaut). Les poids et les formules sont dans docs/methods.md.</translation>
    </message>
    <message>
        <source>The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity and, for polygons, pop_density and demand_density.</source>
        <translation type="vanished">Les unités avec care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity et, pour des polygones, pop_density et demand_density.</translation>
    </message>
    <message>
        <source>care,desert,high demand,low access,z-score,type 1,type 2</source>
        <translation type="vanished">soins,désert,forte demande,faible accès,score z,type 1,type 2</translation>
    </message>
    <message>
        <source>Which units have many people who need care and no care service close enough? A care desert (the rule of the Care Georeferencing Tool) is a unit with high demand and low access.

How to read the results:
- Care deserts (one row per unit, with its own fields): z_demand = how far the unit&apos;s demand is above or below the average, in standard deviations; demand_threshold = the z-score from which demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of the unit&apos;s district with districts); high_demand (0/1); adj_threshold = the access threshold used for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by neither mode, 2 reachable only by the second mode (always 1 without a second mode); with a caregivers&apos; window, temporal_desert (0/1) = high demand and care within reach at some hour, but none open within reach in that window (a temporal care desert).
- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) per district.
- Summary on the district polygons: that table on the district polygons, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its demand is not high; the block of 90 has a facility at 12 minutes). If the facility 12 minutes from the block of 90 closes at 17:00 and the window is Monday to Friday 17:00-20:00 (covered_evening = 0), that block is a temporal care desert.

Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it as accessible). Units near the edge of the study area may look farther from care than they are. Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an error.</source>
        <translation type="vanished">Quelles unités comptent beaucoup de personnes ayant besoin de soins et aucun service de soins assez proche ? Un désert de soins (la règle du Care Georeferencing Tool) est une unité à forte demande et à faible accès.

Comment lire les résultats :
- Déserts de soins (une ligne par unité, avec ses propres champs) : z_demand = l&apos;écart de la demande de l&apos;unité par rapport à la moyenne, en écarts-types ; demand_threshold = le score z à partir duquel la demande est considérée comme forte (la médiane des scores z positifs de la ville, ou de tous les scores z du district de l&apos;unité avec des districts) ; high_demand (0/1) ; adj_threshold = le seuil d&apos;accès utilisé pour l&apos;unité, en minutes ; low_access (0/1) = l&apos;établissement le plus proche est plus loin que le seuil, ou aucun n&apos;est accessible ; desert (0/1) = forte demande et faible accès ; desert_type = 1 accessible par aucun mode, 2 accessible seulement par le second mode (toujours 1 sans second mode) ; avec une plage horaire des personnes aidantes, temporal_desert (0/1) = forte demande et soins à portée à une certaine heure, mais aucun établissement ouvert à portée pendant cette plage (un désert de soins temporel).
- Déserts de soins par district : units, deserts, population, population_in_deserts et share (0 à 1) par district.
- Résumé sur les polygones de district : ce tableau sur les polygones de district, pour le cartographier (produit quand des polygones de district sont fournis).

Exemple : dans la ville de démonstration du tutoriel, avec 10 minutes à pied jusqu&apos;à l&apos;accueil de la petite enfance et la règle de la médiane par district, 209 îlots sont des déserts de soins, où vivent 7 720 enfants de 0-5 ans (7,5 % d&apos;entre eux) ; Los Rosales en compte le plus, 1 581 enfants (20,9 % de ses enfants). À la main : six îlots de 10, 20, 60, 80, 90 et 40 enfants, l&apos;établissement le plus proche à 5, 25, aucun, 25, 12 et 30 minutes, un seuil de 20 minutes : seul l&apos;îlot de 80 enfants est un désert (l&apos;îlot de 60 n&apos;atteint rien mais sa demande n&apos;est pas forte ; l&apos;îlot de 90 a un établissement à 12 minutes). Si l&apos;établissement situé à 12 minutes de l&apos;îlot de 90 ferme à 17:00 et que la plage est du lundi au vendredi 17:00-20:00 (covered_evening = 0), cet îlot est un désert de soins temporel.

Mises en garde : une unité qui n&apos;atteint aucun établissement compte comme à faible accès (l&apos;outil de référence la compte comme accessible). Les unités proches du bord de la zone d&apos;étude peuvent paraître plus éloignées des soins qu&apos;elles ne le sont. Une demande identique partout ne donne aucun désert (avertissement). Des personnes NULL ou des districts NULL sont une erreur.</translation>
    </message>
    <message>
        <source>Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Champ facultatif avec le temps de trajet en minutes par un second mode (p. ex. transports en commun ; converti comme le premier coût) ; les déserts accessibles par ce mode reçoivent desert_type 2. Typique : vide, ou minutes en transports en commun.</translation>
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
        <translation type="vanished">Toute la carte des soins en une seule exécution : des couches d&apos;établissements et des îlots de recensement jusqu&apos;aux endroits où les soins manquent et aux îlots à traiter en premier. Elle exécute, avec une seule barre de progression : 1) l&apos;inventaire de l&apos;offre de soins des couches d&apos;établissements (correspondances de champs, nettoyage, doublons, places équivalent temps plein) ; 2) la demande de soins des îlots à partir de leurs champs par tranche d&apos;âge (p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; avec des poids égaux donne les enfants de 0-5 ans ; l&apos;échelle de Madrid donne des unités de soins pour tout le monde) ; 3) l&apos;accessibilité aux soins, éventuellement seulement aux établissements d&apos;un groupe cible ; 4) les écarts de soins par rapport à l&apos;objectif de politique publique (ou aux objectifs par tranche d&apos;âge) ; 5) les déserts de soins (par district) ; 6) l&apos;indice de priorité des soins à partir de la demande non satisfaite, du faible accès et des champs de vulnérabilité ; éventuellement 7) le rapport HTML (et PDF).

Comment lire les résultats :
- Unités de la carte des soins : les îlots avec tous les indicateurs : care_demand (personnes), access (places par personne à portée), cost_nearest (minutes jusqu&apos;à l&apos;établissement le plus proche), covered, coverage (places pour 100 personnes), unmet (personnes sans place), desert (0/1), priority et priority_quintile (5 = les 20 % prioritaires).
- Inventaire de l&apos;offre de soins : les établissements retenus, avec capacity_fde (places équivalent temps plein).
- Établissements avec ratio de zone de desserte : places par personne à portée de chaque établissement.
- Déserts de soins par district : unités, déserts, population et part par district.

Exemple : sur la ville de démonstration du tutoriel (enfants de 0-5 ans, 10 minutes à pied, une place pour trois enfants), la chaîne donne en une seule exécution les chiffres des étapes 2 à 9 du tutoriel : environ 90 % des enfants ont un établissement à moins de 10 minutes, et 7,5 % d&apos;entre eux vivent dans des déserts de soins.

Mises en garde : chaque étape utilise ses valeurs par défaut, sauf ce qui est réglé ici ; ouvrez les algorithmes individuels pour modifier les autres (la même chaîne est fournie comme modèle du modeleur graphique, models/care_map.model3). Les unités proches du bord de la zone d&apos;étude peuvent manquer des établissements situés juste à l&apos;extérieur.</translation>
    </message>
    <message>
        <source>Which units should come first? The care priority index combines several indicators of need (unmet demand, low access, poverty, female-headed households...) into one score per unit, ranks the units and shows how much each indicator adds to each score.

How to read the results:
- Care priority index (one row per unit, with its own fields): priority = the score, from 0 to 1 with the min-max or rank normalisation (higher = more priority); priority_rank = 1 for the highest priority (ties share a rank); priority_quintile = 5 for the 20% of units with the highest priority, down to 1 for the lowest 20%; contrib_ followed by the field name = what that indicator adds to the score (weight x normalised value), so a score can be explained indicator by indicator.
- With the sensitivity to the weights: rank_best and rank_worst (the best and worst rank when each weight in turn is 20% lower or 20% higher), rank_move (the most the rank moves) and top_always (1 = in the top quintile under every one of those weightings: a priority no reasonable change of weights removes).

Weights: write them tied to the field names, e.g. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (each ticked indicator once; they are rescaled to sum 1). Empty = equal weights. A plain list of numbers (&apos;2,1,1,1&apos;) is still accepted, paired with the indicators in the order they are listed (in the dialog: the order of the fields in the layer, not the order they were ticked), so the log shows the weight each indicator got.

Example: in the demo city of the tutorial, unmet demand (weight 2), access (lower = more priority), poverty and female-headed households (weight 1 each), normalised by rank: 598 blocks are in the top quintile, 38% of them in El Porvenir, followed by Las Américas; only 8% of them are care deserts. By hand: three blocks with unmet demand 10, 50, 30 and access 0.2, 0.1, 0.5, weights &apos;unmet:2, access:1&apos;, min-max: priority 0.25, 1.00 and 0.33, ranks 3, 1 and 2.

Caveats: the weights are a choice, not a fact: say who chose them. An indicator with the same value everywhere adds nothing (warned); NULL indicator values are an error.</source>
        <translation type="vanished">Quelles unités traiter en premier ? L&apos;indice de priorité des soins combine plusieurs indicateurs de besoin (demande non satisfaite, faible accès, pauvreté, ménages dirigés par une femme...) en un score par unité, classe les unités et montre ce que chaque indicateur apporte à chaque score.

Comment lire les résultats :
- Indice de priorité des soins (une ligne par unité, avec ses propres champs) : priority = le score, de 0 à 1 avec la normalisation min-max ou par rang (plus élevé = plus prioritaire) ; priority_rank = 1 pour la priorité la plus élevée (les ex aequo partagent un rang) ; priority_quintile = 5 pour les 20 % d&apos;unités à la priorité la plus élevée, jusqu&apos;à 1 pour les 20 % les plus bas ; contrib_ suivi du nom du champ = ce que cet indicateur apporte au score (poids x valeur normalisée), de sorte qu&apos;un score peut être expliqué indicateur par indicateur.
- Avec la sensibilité aux poids : rank_best et rank_worst (le meilleur et le pire rang quand chaque poids, tour à tour, est 20 % plus bas ou 20 % plus haut), rank_move (le plus grand déplacement du rang) et top_always (1 = dans le quintile supérieur sous chacune de ces pondérations : une priorité qu&apos;aucun changement raisonnable des poids ne supprime).

Poids : écrivez-les associés aux noms de champs, p. ex. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (chaque indicateur coché une fois ; ils sont remis à l&apos;échelle pour totaliser 1). Vide = poids égaux. Une simple liste de nombres (&apos;2,1,1,1&apos;) est encore acceptée, associée aux indicateurs dans l&apos;ordre où ils sont listés (dans la boîte de dialogue : l&apos;ordre des champs dans la couche, pas l&apos;ordre dans lequel ils ont été cochés) ; le journal affiche donc le poids reçu par chaque indicateur.

Exemple : dans la ville de démonstration du tutoriel, demande non satisfaite (poids 2), accès (plus bas = plus prioritaire), pauvreté et ménages dirigés par une femme (poids 1 chacun), normalisés par rang : 598 îlots sont dans le quintile supérieur, dont 38 % à El Porvenir, suivi de Las Américas ; seuls 8 % d&apos;entre eux sont des déserts de soins. À la main : trois îlots avec une demande non satisfaite de 10, 50, 30 et un accès de 0,2, 0,1, 0,5, poids &apos;unmet:2, access:1&apos;, min-max : priorité 0,25, 1,00 et 0,33, rangs 3, 1 et 2.

Mises en garde : les poids sont un choix, pas un fait : dites qui les a choisis. Un indicateur de même valeur partout n&apos;apporte rien (avertissement) ; des valeurs NULL d&apos;indicateur sont une erreur.</translation>
    </message>
    <message>
        <source>What does the care map say, in a form a council can read? Writes a self-contained HTML report (it opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the area, the date, the key numbers as sentences and an overview map; then one map per indicator (with the district outlines and names and the streets as a light base), the charts, what each indicator means and a table of the method and parameters.

How to read the results: the sentences say what each number counts (people of the cohort within the travel time, places per person, places missing for the policy target, people in care deserts). The maps use the layer&apos;s own fields: care_demand (people), access (places per person), cost_nearest (minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left out. The figures returned are the same numbers.

Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads &apos;92,708 children under 6 (90%) live within 10 minutes&apos; walk of the nearest facility&apos;.

Caveats: give the travel time the analysis used, since the report quotes it but does not recompute the access; text from the layers (district and facility names) is shown as text, never run.</source>
        <translation type="vanished">Que dit la carte des soins, sous une forme lisible par un conseil municipal ? Écrit un rapport HTML autonome (il s&apos;ouvre dans n&apos;importe quel navigateur, sans Internet) et, si vous le demandez, un PDF. La page 1 donne le titre, la zone, la date, les chiffres clés sous forme de phrases et une carte d&apos;ensemble ; viennent ensuite une carte par indicateur (avec les contours et les noms des districts et les rues en fond léger), les graphiques, la signification de chaque indicateur et un tableau de la méthode et des paramètres.

Comment lire les résultats : les phrases disent ce que compte chaque chiffre (personnes de la cohorte dans le temps de trajet, places par personne, places manquantes pour l&apos;objectif de politique publique, personnes dans des déserts de soins). Les cartes utilisent les propres champs de la couche : care_demand (personnes), access (places par personne), cost_nearest (minutes), desert (1 = désert de soins) et priority (0 à 1) ; une partie dont le champ manque est omise. Les chiffres renvoyés sont les mêmes nombres.

Exemple : sur la ville de démonstration du tutoriel, avec 10 minutes à pied, la page 1 indique « 92 708 enfants de moins de 6 ans (90 %) vivent à moins de 10 minutes à pied de l&apos;établissement le plus proche ».

Mises en garde : indiquez le temps de trajet utilisé par l&apos;analyse, car le rapport le cite mais ne recalcule pas l&apos;accès ; le texte issu des couches (noms de districts et d&apos;établissements) est affiché comme du texte, jamais exécuté.</translation>
    </message>
    <message>
        <source>Where is care offered, and how many places does each facility really have? This tool merges facility lists from several sources (the official registry, a survey, a crowd map, OpenStreetMap) into one clean inventory: one schema, junk and unwanted types removed, duplicates merged, missing capacities estimated, half-day places counted as half.

How to read the results:
- Care supply inventory (points): one row per facility with name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (places), capacity_fde (full-day-equivalent places: a 4-hour, 5-day place counts 0.5), source, merged_sources and n_merged (the sources and number of records merged into it), capacity_imputed (0 = reported; 1 = estimated from the median of the same service type; 2 = from the median of all facilities; 3 = the default capacity; 4 = taken from a duplicate) and capacity_reported (the record&apos;s own value).
- Rejected records (optional): the records left out, with reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) and duplicate_of (the inventory record it repeats), to check.

Field mappings: one per facility layer, separated by &apos;|&apos;. Each says which field of the layer holds which inventory field (name=nombre,capacity=cupos); a value in quotes is the same for every record (sphere=&apos;community&apos;). Start a mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat) and it goes to that layer whatever the order of the layers; mappings without a name go to the layers in the order shown in &apos;Facility layers&apos;. Inventory fields not mapped are read from a field of the same name. A table without geometry (a CSV) needs its coordinates: x=lon,y=lat (longitude and latitude unless crs=&apos;EPSG:...&apos; is added).

Example: the demo city&apos;s registry (297 facilities), community survey (134) and crowd map (149) give 538 facilities: 14 records dropped by the type and name rules, 28 duplicates merged (297 + 134 + 149 - 14 - 28 = 538); 32 capacities estimated from their service type.

Caveats: two records are merged only when they are within &apos;De-duplication distance&apos; and their names are similar enough (after removing case, accents and common words such as &apos;jardin&apos; or &apos;centro&apos;), so generic names (&apos;Jardin Infantil&apos;) may stay apart: check the rejected records. A reported capacity of 0 is never estimated: such facilities are dropped unless you keep them. Missing hours per day and days per week count as 8 and 5 (a full-day place). The rules are in docs/methods.md.</source>
        <translation type="vanished">Où les soins sont-ils offerts, et combien de places chaque établissement a-t-il réellement ? Cet outil fusionne des listes d&apos;établissements issues de plusieurs sources (le registre officiel, une enquête, une carte participative, OpenStreetMap) en un inventaire propre : un seul schéma, enregistrements parasites et types indésirables supprimés, doublons fusionnés, capacités manquantes estimées, places à mi-temps comptées pour moitié.

Comment lire les résultats :
- Inventaire de l&apos;offre de soins (points) : une ligne par établissement avec name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (places), capacity_fde (places équivalent temps plein : une place de 4 heures sur 5 jours compte 0,5), source, merged_sources et n_merged (les sources et le nombre d&apos;enregistrements fusionnés dans celui-ci), capacity_imputed (0 = déclarée ; 1 = estimée à partir de la médiane du même type de service ; 2 = à partir de la médiane de tous les établissements ; 3 = la capacité par défaut ; 4 = reprise d&apos;un doublon) et capacity_reported (la valeur propre de l&apos;enregistrement).
- Enregistrements rejetés (facultatif) : les enregistrements écartés, avec reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) et duplicate_of (l&apos;enregistrement de l&apos;inventaire qu&apos;il répète), à vérifier.

Correspondances de champs : une par couche d&apos;établissements, séparées par &apos;|&apos;. Chacune indique quel champ de la couche contient quel champ de l&apos;inventaire (name=nombre,capacity=cupos) ; une valeur entre guillemets est la même pour tous les enregistrements (sphere=&apos;community&apos;). Commencez une correspondance par le nom de sa couche suivi de deux-points (crowd_facilities: x=lon,y=lat) et elle s&apos;applique à cette couche quel que soit l&apos;ordre des couches ; les correspondances sans nom s&apos;appliquent aux couches dans l&apos;ordre affiché dans « Couches d&apos;établissements ». Les champs de l&apos;inventaire non associés sont lus dans un champ de même nom. Une table sans géométrie (un CSV) a besoin de ses coordonnées : x=lon,y=lat (longitude et latitude, sauf si crs=&apos;EPSG:...&apos; est ajouté).

Exemple : le registre de la ville de démonstration (297 établissements), l&apos;enquête communautaire (134) et la carte participative (149) donnent 538 établissements : 14 enregistrements écartés par les règles de type et de nom, 28 doublons fusionnés (297 + 134 + 149 - 14 - 28 = 538) ; 32 capacités estimées à partir de leur type de service.

Mises en garde : deux enregistrements ne sont fusionnés que s&apos;ils sont à moins de la « Distance de dédoublonnage » et que leurs noms sont assez semblables (après suppression de la casse, des accents et des mots courants comme &apos;jardin&apos; ou &apos;centro&apos;), si bien que des noms génériques (&apos;Jardin Infantil&apos;) peuvent rester séparés : vérifiez les enregistrements rejetés. Une capacité déclarée de 0 n&apos;est jamais estimée : ces établissements sont écartés, sauf si vous les gardez. Les heures par jour et jours par semaine manquants comptent pour 8 et 5 (une place à temps plein). Les règles sont dans docs/methods.md.</translation>
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
        <translation type="vanished">Combien d&apos;heures de soins non rémunérés les ménages fournissent-ils, qui les fournit, combien valent-elles, et combien d&apos;heures les services de soins libéreraient-ils ? À partir de la population de chaque unité par sexe et tranche d&apos;âge et d&apos;une table d&apos;emploi du temps (les heures hebdomadaires moyennes de soins non rémunérés par personne, p. ex. issues d&apos;une enquête nationale sur l&apos;emploi du temps), l&apos;outil estime les heures par unité et leur valeur ; avec des services de soins, les heures qu&apos;ils prennent en charge.

Comment lire les résultats :
- Travail de soin non rémunéré : les unités avec unpaid_week et unpaid_year (heures de soins non rémunérés par semaine et par an), women_week (les heures effectuées par les femmes) et women_share (0 à 1), value_replacement (les heures annuelles au salaire horaire d&apos;un travailleur du soin, dans la monnaie du salaire) ; avec les salaires des femmes et des hommes, aussi value_opportunity (ce que les personnes aidantes gagneraient à la place) ; avec un PIB local, aussi gdp_share ; avec des services de soins, aussi hours_freed_week (heures par semaine que les services prennent en charge dans l&apos;unité) et freed_share (leur part des heures non rémunérées de l&apos;unité).
- Chiffres : les totaux d&apos;heures, la part des femmes et les valeurs.

Exemple : un îlot avec 100 femmes et 90 hommes de 18-64 ans, qui fournissent 34,8 et 13,9 heures par semaine : 100 x 34,8 + 90 x 13,9 = 4 731 heures par semaine, 73,6 % par les femmes, 246 012 heures par an ; à 2,5 dollars de l&apos;heure, cela vaut 615 030 dollars par an. Un centre de 100 places ouvert 50 heures par semaine, chaque heure-place remplaçant une demi-heure de soins domestiques, libère 100 x 50 x 0,5 = 2 500 heures par semaine, réparties entre les îlots à sa portée. Dans la ville de démonstration : environ 23,4 millions d&apos;heures par semaine, 73 % par les femmes, d&apos;une valeur d&apos;environ 3,05 milliards de dollars par an à 2,5 dollars de l&apos;heure.

Bon à savoir :
- Les champs de population sont trouvés par leur nom (f_18_64 pour les femmes de 18-64 ans ; la tranche 18-64 ou 18_64), ou tels qu&apos;indiqués dans « Correspondance tranches-champs » ; une ligne d&apos;emploi du temps sans champ de population n&apos;est pas comptée (un avertissement les liste).
- Une unité avec une population NULL reçoit des heures NULL et est exclue des totaux (comptée dans un avertissement).
- Les heures libérées par un service sont réparties uniquement entre les unités à portée du service : les heures d&apos;un service qui n&apos;atteint aucune unité ne sont pas comptées (le journal indique combien).</translation>
    </message>
    <message>
        <source>Lowest to highest, scaled 0 to 1</source>
        <translation type="vanished">Du plus bas au plus haut, ramené de 0 à 1</translation>
    </message>
    <message>
        <source>How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on &apos;Road network (lines)&apos;), or read from a cost table made by another tool. Typical: the road network for walking to childcare; the straight line for a first look.</source>
        <translation type="vanished">Comment le trajet entre les personnes et les établissements est mesuré : à vol d&apos;oiseau (multiplié par le facteur de détour), le long du réseau routier (plus courts chemins sur « Réseau routier (lignes) »), ou lu dans une table des coûts produite par un autre outil. Typique : le réseau routier pour aller à pied à l&apos;accueil de la petite enfance ; le vol d&apos;oiseau pour un premier aperçu.</translation>
    </message>
    <message>
        <source>Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation type="vanished">Vitesse de déplacement en km/h : elle convertit les mètres en minutes et donne une vitesse aux routes qui n&apos;en ont pas. Typique : 5.04 km/h à pied, 15 km/h à vélo, 30 km/h en voiture en ville.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No CareMap result selected.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Select a layer made by Accessibility, Care gaps or Care deserts in the Layers panel to see its figures and charts here, or run Accessibility with the button below.</source>
        <translation type="vanished">&lt;b&gt;Aucun résultat CareMap sélectionné.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Sélectionnez dans le panneau Couches une couche produite par Accessibilité, Écarts de soins ou Déserts de soins pour voir ici ses chiffres et ses graphiques, ou lancez Accessibilité avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>Which units should come first? The care priority index combines several indicators of need (unmet demand, low access, poverty, female-headed households...) into one score per unit, ranks the units and shows how much each indicator adds to each score.

How to read the results:
- Care priority index (one row per unit, with its own fields): priority = the score, from 0 to 1 with the min-max or rank normalisation (higher = more priority); priority_rank = 1 for the highest priority (ties share a rank); priority_quintile = 5 for the 20% of units with the highest priority, down to 1 for the lowest 20%; contrib_ followed by the field name = what that indicator adds to the score (weight x normalised value), so a score can be explained indicator by indicator.

Weights: write them tied to the field names, e.g. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (each ticked indicator once; they are rescaled to sum 1). Empty = equal weights. A plain list of numbers (&apos;2,1,1,1&apos;) is still accepted, paired with the indicators in the order they are listed (in the dialog: the order of the fields in the layer, not the order they were ticked), so the log shows the weight each indicator got.

Example: in the demo city of the tutorial, unmet demand (weight 2), access (lower = more priority), poverty and female-headed households (weight 1 each), normalised by rank: 598 blocks are in the top quintile, 38% of them in El Porvenir, followed by Las Américas; only 8% of them are care deserts. By hand: three blocks with unmet demand 10, 50, 30 and access 0.2, 0.1, 0.5, weights &apos;unmet:2, access:1&apos;, min-max: priority 0.25, 1.00 and 0.33, ranks 3, 1 and 2.

Caveats: the weights are a choice, not a fact: say who chose them. An indicator with the same value everywhere adds nothing (warned); NULL indicator values are an error.</source>
        <translation type="vanished">Quelles unités traiter en premier ? L&apos;indice de priorité des soins combine plusieurs indicateurs de besoin (demande non satisfaite, faible accès, pauvreté, ménages dirigés par une femme...) en un score par unité, classe les unités et montre ce que chaque indicateur apporte à chaque score.

Comment lire les résultats :
- Indice de priorité des soins (une ligne par unité, avec ses propres champs) : priority = le score, de 0 à 1 avec la normalisation min-max ou par rang (plus élevé = plus prioritaire) ; priority_rank = 1 pour la priorité la plus élevée (les ex aequo partagent un rang) ; priority_quintile = 5 pour les 20 % d&apos;unités à la priorité la plus élevée, jusqu&apos;à 1 pour les 20 % les plus bas ; contrib_ suivi du nom du champ = ce que cet indicateur apporte au score (poids x valeur normalisée), de sorte qu&apos;un score peut être expliqué indicateur par indicateur.

Poids : écrivez-les associés aux noms de champs, p. ex. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (chaque indicateur coché une fois ; ils sont remis à l&apos;échelle pour totaliser 1). Vide = poids égaux. Une simple liste de nombres (&apos;2,1,1,1&apos;) est encore acceptée, associée aux indicateurs dans l&apos;ordre où ils sont listés (dans la boîte de dialogue : l&apos;ordre des champs dans la couche, pas l&apos;ordre dans lequel ils ont été cochés) ; le journal affiche donc le poids reçu par chaque indicateur.

Exemple : dans la ville de démonstration du tutoriel, demande non satisfaite (poids 2), accès (plus bas = plus prioritaire), pauvreté et ménages dirigés par une femme (poids 1 chacun), normalisés par rang : 598 îlots sont dans le quintile supérieur, dont 38 % à El Porvenir, suivi de Las Américas ; seuls 8 % d&apos;entre eux sont des déserts de soins. À la main : trois îlots avec une demande non satisfaite de 10, 50, 30 et un accès de 0,2, 0,1, 0,5, poids &apos;unmet:2, access:1&apos;, min-max : priorité 0,25, 1,00 et 0,33, rangs 3, 1 et 2.

Mises en garde : les poids sont un choix, pas un fait : dites qui les a choisis. Un indicateur de même valeur partout n&apos;apporte rien (avertissement) ; des valeurs NULL d&apos;indicateur sont une erreur.</translation>
    </message>
    <message>
        <source>Where should the next care blocks go, so that a caregiver and the person she cares for find services in the same place within a short walk? A care block (as Bogota&apos;s Manzanas del Cuidado) is an anchor building the city already has (a school, library, community centre or market) with the buildings around it: care for children, older people and people with disabilities, and at the same time services for their caregivers (respite, training, laundries, psychosocial and legal support). Among the candidate anchors, it chooses the given number of new blocks that reach the most dependants and caregivers together, weighted by priority, keeping the blocks already open.

How to read the results:
- Block anchors: each chosen anchor&apos;s own fields, then block (the block&apos;s number: new blocks first, in order of choice, then the blocks already open), existing (1 = already open), rank, gain (priority-weighted people it newly reaches), units, dependants and caregivers (the people whose block it is), alternates (buildings of the block) and hours_freed_week.
- Alternate buildings: each building within the walking radius of an anchor (straight line), with its block and distance_m (metres to its anchor); a building near two anchors goes to the nearer.
- Block areas: the area the anchor and its alternates span (their outline; a single building or a row of buildings is widened by 25 m).
- Areas of influence: where an anchor is within the walking radius: a circle, or the streets reached when travel is measured on the road network.
- Units with their block: block (NULL when no block reaches the unit), block_before (the block already open), covered_before and covered_after (1 = a block within reach), covered_dependants and covered_caregivers (the unit&apos;s people a block reaches), weight (priority x (dependants + caregivers)) and hours_freed_week.

Example: blocks u0, u1, u2 on a street at 0, 150 and 300 m with 10, 0 and 8 dependants and 5, 20 and 8 caregivers, candidate anchors at 50, 250 and 300 m, a radius of 100 m: one block goes to the anchor at 250 m, which reaches u1 and u2 (20 + 16 = 36 people, more than the 35 of the anchor at 50 m): 8 of the 18 dependants (44%) and 28 of the 33 caregivers (85%) are covered.

Good to know:
- A unit counts when one block reaches it: its dependants and its caregivers are then within the reach of the same block. Each unit counts with priority x (dependants + caregivers); without a priority field every unit weighs 1.
- The fast solver (greedy) gets at least 63% of the best possible, usually over 97%; the exact solver finds the best plan within its time limit. A block that would add nothing is never placed.
- The hours freed follow the unpaid care work method: each new block&apos;s places x hours open a week x the substitution rate, shared among the units within its reach by their dependants.
- Units near the edge of the study area may have anchors just outside it that are not counted.</source>
        <translation type="vanished">Où implanter les prochains îlots du soin, pour qu&apos;une personne aidante et la personne dont elle prend soin trouvent des services au même endroit à courte distance à pied ? Un îlot du soin (comme les Manzanas del Cuidado de Bogota) est un bâtiment d&apos;ancrage que la ville possède déjà (une école, une bibliothèque, un centre communautaire ou un marché) avec les bâtiments qui l&apos;entourent : des soins pour les enfants, les personnes âgées et les personnes handicapées, et en même temps des services pour leurs personnes aidantes (répit, formation, laveries, soutien psychosocial et juridique). Parmi les bâtiments d&apos;ancrage candidats, l&apos;outil choisit le nombre indiqué de nouveaux îlots du soin qui atteignent ensemble le plus de personnes dépendantes et de personnes aidantes, pondérées par la priorité, en gardant les îlots déjà ouverts.

Comment lire les résultats :
- Ancrages des îlots : les propres champs de chaque ancrage choisi, puis block (le numéro de l&apos;îlot : d&apos;abord les nouveaux îlots, dans l&apos;ordre du choix, puis les îlots déjà ouverts), existing (1 = déjà ouvert), rank, gain (personnes pondérées par la priorité qu&apos;il atteint en plus), units, dependants et caregivers (les personnes dont c&apos;est l&apos;îlot), alternates (bâtiments de l&apos;îlot) et hours_freed_week.
- Bâtiments associés : chaque bâtiment situé dans le rayon de marche d&apos;un ancrage (à vol d&apos;oiseau), avec son block et distance_m (mètres jusqu&apos;à son ancrage) ; un bâtiment proche de deux ancrages va au plus proche.
- Emprises des îlots : la zone que couvrent l&apos;ancrage et ses bâtiments associés (leur contour ; un bâtiment isolé ou une rangée de bâtiments est élargi de 25 m).
- Zones d&apos;influence : là où un ancrage est dans le rayon de marche : un cercle, ou les rues atteintes quand le trajet est mesuré sur le réseau routier.
- Unités avec leur îlot : block (NULL quand aucun îlot n&apos;atteint l&apos;unité), block_before (l&apos;îlot déjà ouvert), covered_before et covered_after (1 = un îlot à portée), covered_dependants et covered_caregivers (les personnes de l&apos;unité qu&apos;un îlot atteint), weight (priorité x (personnes dépendantes + personnes aidantes)) et hours_freed_week.

Exemple : des unités u0, u1, u2 le long d&apos;une rue à 0, 150 et 300 m avec 10, 0 et 8 personnes dépendantes et 5, 20 et 8 personnes aidantes, des ancrages candidats à 50, 250 et 300 m, un rayon de 100 m : un îlot va à l&apos;ancrage situé à 250 m, qui atteint u1 et u2 (20 + 16 = 36 personnes, plus que les 35 de l&apos;ancrage situé à 50 m) : 8 des 18 personnes dépendantes (44 %) et 28 des 33 personnes aidantes (85 %) sont couvertes.

Bon à savoir :
- Une unité compte quand un îlot l&apos;atteint : ses personnes dépendantes et ses personnes aidantes sont alors à portée du même îlot. Chaque unité compte pour priorité x (personnes dépendantes + personnes aidantes) ; sans champ de priorité, chaque unité pèse 1.
- Le solveur rapide (glouton) obtient au moins 63 % du meilleur résultat possible, généralement plus de 97 % ; le solveur exact trouve le meilleur plan dans sa limite de temps. Un îlot qui n&apos;apporterait rien n&apos;est jamais placé.
- Les heures libérées suivent la méthode du travail de soin non rémunéré : places de chaque nouvel îlot x heures d&apos;ouverture par semaine x taux de substitution, réparties entre les unités à sa portée selon leurs personnes dépendantes.
- Les unités proches du bord de la zone d&apos;étude peuvent avoir des ancrages juste à l&apos;extérieur qui ne sont pas comptés.</translation>
    </message>
    <message>
        <source>The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type.</source>
        <translation type="vanished">Les unités avec z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert et desert_type.</translation>
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
        <translation type="vanished">Quelle quantité de soins chaque unité de demande peut atteindre.

Coûts (COST_MODE) : &apos;straight&apos; = distance à vol d&apos;oiseau (éventuellement multipliée par un facteur de détour) ; &apos;network&apos; = plus courts chemins sur une couche de lignes routières (vitesse tirée de SPEED_FIELD ou de SPEED, sens unique de ONEWAY_FIELD sauf à pied ; les points rejoignent le point le plus proche de la rue la plus proche d&apos;une partie du réseau assez grande pour compter, dans la limite de SNAP_DISTANCE, par un trajet à pied en ligne droite) ; &apos;table&apos; = une table origine-destination (p. ex. issue d&apos;ORS Tools, QNEAT3, r5py, OSRM) jointe sur DEMAND_ID_FIELD et SUPPLY_ID_FIELD, dans sa propre unité. COST_UNIT meters ou minutes (minutes = mètres / SPEED).

THRESHOLD : la limite de la zone de desserte en COST_UNIT, incluse (0 = sans limite, uniquement pour les méthodes à décroissance). Un établissement de capacité 0 n&apos;offre aucune place : il ne couvre personne.

cost_nearest est le coût vers l&apos;établissement le plus proche (de capacité &gt; 0), qu&apos;il soit ou non dans THRESHOLD, recherché jusqu&apos;à SEARCH_LIMIT (avancé ; 0 = automatique : le plus grand de 4 x THRESHOLD et de 60 minutes ou 5 000 m) ; il n&apos;est NULL que là où aucun établissement ne se trouve dans la limite de recherche. n_reachable et covered restent dans THRESHOLD. Les champs cost_unit (&apos;minutes&apos; ou &apos;meters&apos;) et cost_speed_kmh (la SPEED utilisée ; NULL pour une table OD) indiquent l&apos;unité de cost_nearest.

METHOD : nearest (coût vers l&apos;établissement le plus proche ; accès = poids de décroissance de ce coût), cumulative (capacité à portée), 2sfca (Luo et Wang 2003, avec DECAY), e2sfca (paliers par zone, par défaut 10/20/30 minutes avec les poids 1 ; 0,68 ; 0,22, ou tiers de THRESHOLD en mètres ; STEPS les remplace, p. ex. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussienne, sigma = DECAY_PARAM, par défaut THRESHOLD/2), 3sfca (poids de sélection de Huff), m2sfca (décroissance appliquée deux fois), gravity (potentiel de Hansen avec DECAY, p. ex. power ou exponential).

DECAY : step, gaussian (sigma), exponential (bêta par unité de coût), linear (coût de poids nul), power (bêta) ; DECAY_PARAM 0 = valeur par défaut.

TARGET_GROUP_FIELD / TARGET_GROUP : n&apos;utiliser que les établissements dont le groupe cible correspond (ou vaut &apos;all&apos;).

Sorties : couche de demande avec access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered ; couche d&apos;offre avec catch_demand et ratio (NULL là où aucune demande n&apos;est à portée). Avec COST_MODE=network, les deux couches reçoivent aussi snapped_m (mètres entre le point et le réseau ; NULL hors du réseau) et off_network (1 = plus loin que SNAP_DISTANCE de toute partie du réseau assez grande pour être rejointe : il n&apos;atteint rien par la route). Sans aucune demande, SHARE_COVERED et MEAN_ACCESS sont vides (None), avec un avertissement.

Bord de la zone d&apos;étude : là où, d&apos;un côté, les établissements s&apos;arrêtent à moins de la portée à vol d&apos;oiseau du seuil (THRESHOLD en mètres, ou minutes x SPEED, divisé par DETOUR pour les lignes droites) au-delà de l&apos;étendue des unités, un avertissement compte les unités (et leur demande) situées à cette distance de ce côté : des établissements situés juste à l&apos;extérieur de la zone peuvent manquer, si bien que ces unités peuvent paraître moins bien desservies qu&apos;elles ne le sont.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with their population. Typical: the output of caremap:caredemand.</source>
        <translation type="vanished">Couche des unités de demande, points ou polygones (les polygones sont pris à leur centroïde), p. ex. îlots de recensement ou cellules de grille avec leur population. Typique : la sortie de caremap:caredemand.</translation>
    </message>
    <message>
        <source>Numeric field of DEMAND with the people (or weighted care demand) who need the service. Typical: children 0-5, or care_demand from caremap:caredemand.</source>
        <translation type="vanished">Champ numérique de DEMAND avec les personnes (ou la demande de soins pondérée) qui ont besoin du service. Typique : enfants de 0-5 ans, ou care_demand de caremap:caredemand.</translation>
    </message>
    <message>
        <source>Layer of care facilities, points or polygons. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Couche des services de soins, points ou polygones. Typique : la sortie de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Numeric field of SUPPLY with the places each facility offers. Typical: capacity_fde from caremap:supplyinventory.</source>
        <translation type="vanished">Champ numérique de SUPPLY avec les places offertes par chaque service. Typique : capacity_fde de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Catchment limit in COST_UNIT, inclusive: facilities farther than this are out of reach (0 = no limit, only for decaying methods). Typical: 15 minutes for walking to childcare.</source>
        <translation type="vanished">Limite de la zone de desserte en COST_UNIT, inclus : les services plus éloignés sont hors d&apos;atteinte (0 = sans limite, seulement pour les méthodes avec décroissance). Typique : 15 minutes à pied jusqu&apos;à la crèche.</translation>
    </message>
    <message>
        <source>Accessibility measure: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca or gravity (see the algorithm help). Typical: 2sfca (places per person within THRESHOLD).</source>
        <translation type="vanished">Mesure d&apos;accessibilité : nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca ou gravity (voir l&apos;aide de l&apos;algorithme). Typique : 2sfca (places par personne dans THRESHOLD).</translation>
    </message>
    <message>
        <source>How the weight of a facility falls with cost: step, gaussian, exponential, linear or power. Typical: step for 2sfca, power or exponential for gravity.</source>
        <translation type="vanished">Comment le poids d&apos;un service diminue avec le coût : step, gaussian, exponential, linear ou power. Typique : step pour 2sfca, power ou exponential pour gravity.</translation>
    </message>
    <message>
        <source>Parameter of DECAY: sigma for gaussian, beta per cost unit for exponential, cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = THRESHOLD/2). Typical: 0.</source>
        <translation type="vanished">Paramètre de DECAY : sigma pour gaussian, bêta par unité de coût pour exponential, coût de poids nul pour linear, bêta pour power ; 0 = la valeur par défaut (p. ex. sigma = THRESHOLD/2). Typique : 0.</translation>
    </message>
    <message>
        <source>For e2sfca, the zones as limit:weight items separated by commas, limits in COST_UNIT; empty = 10/20/30 minutes with weights 1, 0.68, 0.22. Typical: &apos;10:1,20:0.68,30:0.22&apos;.</source>
        <translation type="vanished">Pour e2sfca, les zones sous forme d&apos;éléments limite:poids séparés par des virgules, limites en COST_UNIT ; vide = 10/20/30 minutes avec les poids 1, 0.68, 0.22. Typique : &apos;10:1,20:0.68,30:0.22&apos;.</translation>
    </message>
    <message>
        <source>Optional field of SUPPLY naming the group each facility serves; used with TARGET_GROUP. Typical: target_group from caremap:supplyinventory.</source>
        <translation type="vanished">Champ facultatif de SUPPLY indiquant le groupe servi par chaque service ; utilisé avec TARGET_GROUP. Typique : target_group de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Only facilities whose TARGET_GROUP_FIELD equals this value (or &apos;all&apos;) are counted; empty = all facilities. Typical: children, or older.</source>
        <translation type="vanished">Seuls les services dont TARGET_GROUP_FIELD vaut cette valeur (ou &apos;all&apos;) sont comptés ; vide = tous les services. Typique : children ou older.</translation>
    </message>
    <message>
        <source>How far, in COST_UNIT, the cost to the nearest facility (cost_nearest) is searched beyond THRESHOLD; units with no facility within it get NULL. 0 = automatic: the larger of 4 x THRESHOLD and 60 minutes (5,000 m in metres). Typical: 0.</source>
        <translation type="vanished">Jusqu&apos;où, en COST_UNIT, le coût vers l&apos;établissement le plus proche (cost_nearest) est recherché au-delà de THRESHOLD ; les unités sans établissement dans cette limite reçoivent NULL. 0 = automatique : le plus grand de 4 x THRESHOLD et de 60 minutes (5 000 m en mètres). Typique : 0.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered; with network costs also snapped_m and off_network.</source>
        <translation type="vanished">Les unités de demande avec les nouveaux champs access, access_norm, cost_nearest (vers l&apos;établissement le plus proche, jusqu&apos;à SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable et covered ; avec des coûts sur réseau, aussi snapped_m et off_network.</translation>
    </message>
    <message>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with network costs also snapped_m and off_network.</source>
        <translation type="vanished">Les établissements avec catch_demand (demande à portée) et ratio (places par personne ; NULL là où aucune demande n&apos;est à portée) ; avec des coûts sur réseau, aussi snapped_m et off_network.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in covered units (at least one facility within THRESHOLD); None when there is no demand.</source>
        <translation type="vanished">Part (0 à 1) de la demande dans les unités couvertes (au moins un établissement dans la limite de THRESHOLD) ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <source>Demand id field (for an OD table)</source>
        <translation type="vanished">Champ d&apos;id de la demande (pour une table OD)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation type="vanished">Champ de capacité</translation>
    </message>
    <message>
        <source>Facility id field (for an OD table)</source>
        <translation type="vanished">Champ d&apos;id de l&apos;établissement (pour une table OD)</translation>
    </message>
    <message>
        <source>E2SFCA zone steps &apos;limit:weight,...&apos; (empty = default)</source>
        <translation type="vanished">Paliers par zone E2SFCA &apos;limite:poids,...&apos; (vide = par défaut)</translation>
    </message>
    <message>
        <source>Target group to measure (e.g. children)</source>
        <translation type="vanished">Groupe cible à mesurer (p. ex. children)</translation>
    </message>
    <message>
        <source>E2SFCA zone steps: {0}. Give the zone steps as &apos;limit:weight,...&apos; (e.g. &apos;10:1,20:0.68,30:0.22&apos;) or a catchment threshold.</source>
        <translation type="vanished">Paliers par zone E2SFCA : {0}. Indiquez les paliers sous la forme &apos;limite:poids,...&apos; (p. ex. &apos;10:1,20:0.68,30:0.22&apos;) ou un seuil de zone de desserte.</translation>
    </message>
    <message>
        <source>The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works without one): set {1}, e.g. 15 minutes, or choose another {2}.</source>
        <translation type="vanished">La méthode {0} avec une décroissance step nécessite un seuil de zone de desserte supérieur à 0 (seul un poids décroissant fonctionne sans seuil) : renseignez {1}, p. ex. 15 minutes, ou choisissez une autre {2}.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have a NULL &apos;{2}&apos;: they get NULL access and are left out of the totals.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} ont &apos;{2}&apos; NULL : leur accès est NULL et elles sont exclues des totaux.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) of layer {1} have a NULL &apos;{2}&apos;: they were left out.</source>
        <translation type="vanished">{0} établissement(s) de la couche {1} ont &apos;{2}&apos; NULL : ils ont été écartés.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) of layer {1} have capacity 0: they offer no place and cover nobody.</source>
        <translation type="vanished">{0} établissement(s) de la couche {1} ont une capacité de 0 : ils n&apos;offrent aucune place et ne couvrent personne.</translation>
    </message>
    <message>
        <source>{0} demand unit(s) have no facility within the search limit ({1:g} {2}): cost_nearest is NULL.</source>
        <translation type="vanished">{0} unité(s) de demande n&apos;ont aucun établissement dans la limite de recherche ({1:g} {2}) : cost_nearest est NULL.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) have no demand in reach: ratio is NULL.</source>
        <translation type="vanished">{0} établissement(s) n&apos;ont aucune demande à portée : le ratio est NULL.</translation>
    </message>
    <message>
        <source>Runs the care map in one run (caremap:carepipeline) for every municipality of a layer, in one call. Municipalities come from a field of the units (MUNICIPALITY_FIELD), or from a polygon layer of boundaries (MUNICIPALITY_LAYER: each unit goes to the polygon its point on surface lies in, the rule of districts by location). Each municipality&apos;s run gets only its own units and, with CLIP_FACILITIES, only the facilities inside it or within FACILITY_BUFFER metres of it (its boundary polygon, or its units&apos; polygons), so facilities just across the border that its people also use can count. Each run has its own processing context and its own files, so no municipality reads another&apos;s data: one GeoPackage per municipality in OUTPUT_FOLDER (tables inventory, units, supply, districts; and &lt;name&gt;.html when WRITE_REPORT is checked). OUTPUT_SUMMARY has one row per municipality: its name, status (ok or failed) and message, units, facilities given, demand, the key figures of its units (places within reach, mean access = places per person, share within the threshold, people in care deserts, people without a place) and every figure the pipeline returns (share covered, desert share, unmet ...), its GeoPackage and the run&apos;s parameters (JSON). A municipality that fails is recorded in its row and the others go on; a warning counts the failures. Progress and cancel cover the whole batch. With WORKERS = 1 (the default) municipalities run one after another in this process. With WORKERS above 1, up to that many municipalities run at the same time, each in its own qgis_process (QGIS&apos;s command line, which must be installed): its inputs are written to temporary GeoPackages, and each process pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so it pays off only for municipalities whose run takes longer than that, on a machine with free cores.

The other parameters are those of caremap:carepipeline, applied to every municipality.</source>
        <translation type="vanished">Exécute la carte des soins en une seule exécution (caremap:carepipeline) pour chaque commune d&apos;une couche, en un seul appel. Les communes viennent d&apos;un champ des unités (MUNICIPALITY_FIELD) ou d&apos;une couche de polygones de limites (MUNICIPALITY_LAYER : chaque unité va au polygone où se trouve son point intérieur, la règle des districts par localisation). L&apos;exécution de chaque commune ne reçoit que ses propres unités et, avec CLIP_FACILITIES, que les établissements situés dans la commune ou à moins de FACILITY_BUFFER mètres (de son polygone de limite, ou des polygones de ses unités), pour que comptent les établissements juste de l&apos;autre côté de la limite que sa population utilise aussi. Chaque exécution a son propre contexte de traitement et ses propres fichiers, de sorte qu&apos;aucune commune ne lit les données d&apos;une autre : un GeoPackage par commune dans OUTPUT_FOLDER (tables inventory, units, supply, districts ; et &lt;nom&gt;.html quand WRITE_REPORT est coché). OUTPUT_SUMMARY a une ligne par commune : son nom, son statut (ok ou failed) et son message, les unités, les établissements reçus, la demande, les chiffres clés de ses unités (places à portée, accès moyen = places par personne, part dans le seuil, personnes dans des déserts de soins, personnes sans place) et chaque chiffre renvoyé par la chaîne (part couverte, part en déserts, demande non satisfaite ...), son GeoPackage et les paramètres de l&apos;exécution (JSON). Une commune en échec est consignée dans sa ligne et les autres continuent ; un avertissement compte les échecs. La progression et l&apos;annulation couvrent tout le lot. Avec WORKERS = 1 (par défaut), les communes s&apos;exécutent l&apos;une après l&apos;autre dans ce processus. Avec WORKERS supérieur à 1, jusqu&apos;à ce nombre de communes s&apos;exécutent en même temps, chacune dans son propre qgis_process (la ligne de commande de QGIS, qui doit être installée) : leurs entrées sont écrites dans des GeoPackages temporaires et chaque processus paie le démarrage de QGIS, de l&apos;extension et de ses noyaux (environ 3 s de CPU), ce qui ne vaut la peine que pour des communes dont l&apos;exécution dure plus longtemps, sur une machine aux cœurs libres.

Les autres paramètres sont ceux de caremap:carepipeline, appliqués à chaque commune.</translation>
    </message>
    <message>
        <source>If checked, each municipality&apos;s HTML report is written to OUTPUT_FOLDER as &lt;name&gt;.html. Typical: checked for the final run.</source>
        <translation type="vanished">Si coché, le rapport HTML de chaque commune est écrit dans OUTPUT_FOLDER sous le nom &lt;name&gt;.html. Typique : coché pour le calcul final.</translation>
    </message>
    <message>
        <source>Field of UNITS naming each unit&apos;s municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or MUNICIPALITY_LAYER. Typical: the municipality code of the census blocks.</source>
        <translation type="vanished">Champ de UNITS indiquant la commune de chaque unité ; une carte des soins par valeur. Les unités à NULL sont laissées de côté et comptées dans un avertissement. Indiquez ce champ ou MUNICIPALITY_LAYER. Typique : le code de commune des îlots de recensement.</translation>
    </message>
    <message>
        <source>Polygon layer of municipality boundaries, when UNITS have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). With CLIP_FACILITIES the facilities are clipped to the same polygons. Typical: the communes of the region.</source>
        <translation type="vanished">Couche de polygones des limites communales, quand UNITS n&apos;a pas de champ de commune : chaque unité va au polygone dans lequel se trouve son point intérieur (un point situé sur une limite commune va au polygone à l&apos;est, ou au nord d&apos;une limite est-ouest ; les unités hors de tout polygone sont laissées de côté et comptées). Avec CLIP_FACILITIES, les établissements sont découpés selon les mêmes polygones. Typique : les communes de la région.</translation>
    </message>
    <message>
        <source>Field of MUNICIPALITY_LAYER with the municipality names (polygons with the same name form one municipality). Typical: the commune name.</source>
        <translation type="vanished">Champ de MUNICIPALITY_LAYER avec les noms des communes (les polygones de même nom forment une seule commune). Typique : le nom de la commune.</translation>
    </message>
    <message>
        <source>If checked, each municipality&apos;s run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need FACILITY_BUFFER) or within FACILITY_BUFFER of it; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked.</source>
        <translation type="vanished">Si coché, l&apos;exécution de chaque commune ne reçoit que les établissements situés à l&apos;intérieur (son polygone de limite, ou les polygones de ses unités quand les communes proviennent d&apos;un champ ; des unités ponctuelles exigent FACILITY_BUFFER) ou à moins de FACILITY_BUFFER de celle-ci ; non coché, chaque exécution reçoit tous les établissements. Les couches d&apos;établissements sans géométrie ne sont jamais découpées (consigné dans le journal). Typique : coché.</translation>
    </message>
    <message>
        <source>One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure caremap:carepipeline returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run&apos;s parameters as JSON).</source>
        <translation type="vanished">Une ligne par commune : municipality, status (ok ou failed), message (raison de l&apos;échec), units, facilities (entités fournies à son exécution), tous les chiffres que renvoie caremap:carepipeline, en minuscules (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share ; NULL quand ils n&apos;ont pas de sens ou que l&apos;exécution a échoué), output (son GeoPackage) et parameters (les paramètres de l&apos;exécution en JSON).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no municipality ({2}): they are in no municipality&apos;s care map.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont pas de commune ({2}) : elles ne figurent dans la carte des soins d&apos;aucune commune.</translation>
    </message>
    <message>
        <source>Municipality {0}: {1} unit(s), {2} facilities.</source>
        <translation type="vanished">Commune {0} : {1} unité(s), {2} établissements.</translation>
    </message>
    <message>
        <source>Weighted care demand per unit (census block, tract, grid cell) from age-band fields.

BAND_MAPPING tells which field holds which ages, as field:band items separated by &apos;;&apos;, with bands in whole years: &apos;p_0_2:0-2;p_3_5:3-5;...;p_80p:80+&apos;.

WEIGHTS: &apos;equal&apos; (1 per person), &apos;madrid&apos; (M.A. Durán&apos;s Madrid scale of care units: 0-4 = 2, 5-14 = 1.5, 15-17 = 1.2, 18-64 = 1, 65-74 = 1.2, 75-84 = 1.7, 85+ = 2) or &apos;custom&apos; (CUSTOM_WEIGHTS &apos;field:weight;...&apos;). Bands that do not align with the scale get the mean weight of the years they span (people spread evenly within a band); an open band &apos;a+&apos; is taken as OPEN_BAND_WIDTH years for this (e.g. 80+ -&gt; 80-89 -&gt; 1.85).

Outputs: care_demand = sum of weight x persons (care units); pop_bands (persons in the mapped bands); dep_children (&lt; 15) and dep_older (65+) and their shares; caregivers (CAREGIVER_FIELD, e.g. women 15-64, or else persons 15-64 from the bands); care_intensity = dependents / caregivers (NULL where there are no caregivers); for polygons, pop_density and demand_density per km2. NULL band values give NULL results for that unit (counted in the log).</source>
        <translation type="vanished">Demande de soins pondérée par unité (îlot de recensement, secteur, cellule de grille) à partir de champs par tranche d&apos;âge.

BAND_MAPPING indique quel champ contient quels âges, sous forme d&apos;éléments champ:tranche séparés par &apos;;&apos;, avec des tranches en années révolues : &apos;p_0_2:0-2;p_3_5:3-5;...;p_80p:80+&apos;.

WEIGHTS : &apos;equal&apos; (1 par personne), &apos;madrid&apos; (échelle de Madrid des unités de soins de M.A. Durán : 0-4 = 2, 5-14 = 1,5, 15-17 = 1,2, 18-64 = 1, 65-74 = 1,2, 75-84 = 1,7, 85+ = 2) ou &apos;custom&apos; (CUSTOM_WEIGHTS &apos;champ:poids;...&apos;). Les tranches qui ne correspondent pas à l&apos;échelle reçoivent le poids moyen des années qu&apos;elles couvrent (personnes réparties uniformément dans la tranche) ; une tranche ouverte &apos;a+&apos; compte pour OPEN_BAND_WIDTH années (p. ex. 80+ -&gt; 80-89 -&gt; 1,85).

Sorties : care_demand = somme de poids x personnes (unités de soins) ; pop_bands (personnes dans les tranches associées) ; dep_children (&lt; 15) et dep_older (65+) et leurs parts ; caregivers (CAREGIVER_FIELD, p. ex. femmes de 15-64 ans, sinon personnes de 15-64 ans d&apos;après les tranches) ; care_intensity = personnes dépendantes / aidants potentiels (NULL là où il n&apos;y a pas d&apos;aidants) ; pour les polygones, pop_density et demand_density par km2. Des valeurs NULL dans une tranche donnent des résultats NULL pour cette unité (comptés dans le journal).</translation>
    </message>
    <message>
        <source>Which field holds which ages, as field:band items separated by &apos;;&apos;, bands in whole years, &apos;a+&apos; for an open band. Typical: &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</source>
        <translation type="vanished">Quel champ contient quels âges, sous forme d&apos;éléments champ:tranche séparés par &apos;;&apos;, tranches en années révolues, &apos;a+&apos; pour une tranche ouverte. Typique : &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</translation>
    </message>
    <message>
        <source>Care weight per person: equal (1 each), madrid (Durán&apos;s Madrid scale of care units) or custom (CUSTOM_WEIGHTS). Typical: madrid for total care demand, equal for one cohort.</source>
        <translation type="vanished">Poids de soins par personne : equal (1 chacune), madrid (échelle de Madrid d&apos;unités de soins de Durán) ou custom (CUSTOM_WEIGHTS). Typique : madrid pour la demande totale de soins, equal pour un seul groupe.</translation>
    </message>
    <message>
        <source>Weights for WEIGHTS=custom, as field:weight items separated by &apos;;&apos;. Typical: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</source>
        <translation type="vanished">Poids pour WEIGHTS=custom, sous forme d&apos;éléments champ:poids séparés par &apos;;&apos;. Typique : &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL or not a finite number) in an age-band field ({2}): their care demand and indicators are NULL. Fill in those counts for a complete map.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont pas de valeur (NULL ou nombre non fini) dans un champ de tranche d&apos;âge ({2}) : leur demande de soins et leurs indicateurs sont NULL. Complétez ces effectifs pour une carte complète.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL or not a finite number) in the caregivers field &apos;{2}&apos;: their care_intensity is NULL.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont pas de valeur (NULL ou nombre non fini) dans le champ des aidants &apos;{2}&apos; : leur care_intensity est NULL.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no potential caregiver: care_intensity is NULL there.</source>
        <translation type="vanished">{0} unité(s) n&apos;ont aucun aidant potentiel : care_intensity y est NULL.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no area (an empty, zero-area or invalid polygon): pop_density and demand_density are NULL there.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont pas de surface (polygone vide, de surface nulle ou invalide) : pop_density et demand_density y sont NULL.</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z values of the unit&apos;s district (as the reference tool does); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name); without DISTRICT_FIELD, DISTRICT_LAYER gives each unit the district its point on surface lies in (written as the field district; a unit in no district is an error). Constant demand (std 0) gives z = 0 and no desert (warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the demand living in deserts; NULL when there is no demand) are also returned as numbers.</source>
        <translation type="vanished">Déserts de soins selon l&apos;outil de géoréférencement des soins (Care Georeferencing Tool) : z = (P - moyenne de P) / écart-type de P sur toutes les unités (écart-type de population) ; le seuil de demande est la médiane (ou la moyenne, ou moyenne + écart-type : DEMAND_RULE) des valeurs z positives sur toutes les unités ou, avec DISTRICT_FIELD, de toutes les valeurs z du district de l&apos;unité (comme le fait l&apos;outil de référence) ; high_demand = z &gt;= seuil et P &gt; 0 ; low_access = coût &gt; THRESHOLD (minutes, borne incluse) ou aucun établissement à portée (coût NULL). Avec ADJUST_LARGE_UNITS (polygones), les unités plus grandes que le quantile de surface AREA_QUANTILE A_q reçoivent T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densité par km2). desert = high_demand et low_access. Avec SECOND_COST_FIELD (p. ex. transports en commun, SECOND_THRESHOLD 30 min) : desert_type 1 = accessible par aucun des deux modes, 2 = accessible seulement par le second mode ; sans second mode, desert_type vaut 1 pour tout désert.

Paramètres : INPUT, DEMAND_FIELD, COST_FIELD (minutes ; un coût en mètres écrit par caremap:accessibility est converti à l&apos;aide de ses champs cost_unit et cost_speed_kmh), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (champs z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (par district : units, deserts, population, population_in_deserts, share) ; OUTPUT_DISTRICTS le même résumé sur les polygones de DISTRICT_LAYER appariés par nom (DISTRICT_LAYER_FIELD, par défaut le nom de DISTRICT_FIELD) ; sans DISTRICT_FIELD, DISTRICT_LAYER donne à chaque unité le district dans lequel se trouve son point intérieur (écrit dans le champ district ; une unité hors de tout district est une erreur). Une demande constante (écart-type 0) donne z = 0 et aucun désert (avec un avertissement). Des valeurs NULL de demande ou de district sont une erreur. DESERTS et DESERT_SHARE (part de la demande vivant dans des déserts ; NULL en l&apos;absence de demande) sont aussi renvoyés sous forme de nombres.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of caremap:accessibility.</source>
        <translation type="vanished">Couche des unités de demande, points ou polygones, p. ex. îlots de recensement. Typique : la sortie demande de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Numeric field with the people of the cohort in each unit (no NULL values). Typical: children 0-5, or care_demand.</source>
        <translation type="vanished">Champ numérique avec les personnes du groupe dans chaque unité (sans valeurs NULL). Typique : enfants de 0-5 ans, ou care_demand.</translation>
    </message>
    <message>
        <source>Numeric field with the cost to the nearest facility in minutes (a cost in metres written by caremap:accessibility is converted with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility.</source>
        <translation type="vanished">Champ numérique avec le coût vers l&apos;établissement le plus proche en minutes (un coût en mètres écrit par caremap:accessibility est converti à l&apos;aide de ses champs cost_unit et cost_speed_kmh) ; NULL = aucun établissement accessible. Typique : cost_nearest de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Access threshold T in minutes: a unit whose cost is above T (or NULL) has low access. Typical: 20 minutes.</source>
        <translation type="vanished">Seuil d&apos;accès T en minutes : une unité dont le coût dépasse T (ou est NULL) a un accès faible. Typique : 20 minutes.</translation>
    </message>
    <message>
        <source>How the high-demand threshold is taken from the z-scores of demand (the positive ones over all units; all of a district&apos;s with a district field): median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool).</source>
        <translation type="vanished">Comment le seuil de forte demande est tiré des scores z de la demande (les positifs sur toutes les unités ; tous ceux du district avec un champ de district) : median, mean ou mean_plus_std. Typique : median (outil de géoréférencement des soins).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then the statistic of all the z-scores of the unit&apos;s district, and a summary per district is written. Without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: district.</source>
        <translation type="vanished">Champ facultatif indiquant le district de chaque unité ; le seuil de forte demande est alors la statistique de tous les scores z du district de l&apos;unité, et un résumé par district est écrit. Sans lui, DISTRICT_LAYER donne à chaque unité le district dans lequel elle se trouve. Typique : district.</translation>
    </message>
    <message>
        <source>If checked (polygon units), units larger than the AREA_QUANTILE area quantile get a higher access threshold, using BETA and GAMMA. Typical: unchecked in cities, checked for rural areas.</source>
        <translation type="vanished">Si coché (unités polygonales), les unités plus grandes que le quantile de surface AREA_QUANTILE reçoivent un seuil d&apos;accès plus élevé, avec BETA et GAMMA. Typique : non coché en ville, coché en zone rurale.</translation>
    </message>
    <message>
        <source>Minutes added to the threshold of a large unit per unit of log1p(area in m2) above the AREA_QUANTILE area. Typical: 5.</source>
        <translation type="vanished">Minutes ajoutées au seuil d&apos;une grande unité par unité de log1p(surface en m2) au-delà de la surface AREA_QUANTILE. Typique : 5.</translation>
    </message>
    <message>
        <source>Minutes added to the threshold of a large unit divided by log1p(population density per km2): sparse units get more. Typical: 10.</source>
        <translation type="vanished">Minutes ajoutées au seuil d&apos;une grande unité divisées par log1p(densité de population par km2) : les unités peu peuplées en reçoivent plus. Typique : 10.</translation>
    </message>
    <message>
        <source>Quantile q (0-1) of unit areas above which a unit counts as large for ADJUST_LARGE_UNITS. Typical: 0.8.</source>
        <translation type="vanished">Quantile q (0-1) des surfaces des unités au-delà duquel une unité est considérée comme grande pour ADJUST_LARGE_UNITS. Typique : 0.8.</translation>
    </message>
    <message>
        <source>Optional field with the cost in minutes by a second mode (e.g. public transport; converted like COST_FIELD); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Champ facultatif avec le coût en minutes par un second mode (p. ex. transports en commun ; converti comme COST_FIELD) ; les déserts accessibles par ce mode reçoivent desert_type 2. Typique : vide, ou minutes en transports en commun.</translation>
    </message>
    <message>
        <source>Threshold in minutes for SECOND_COST_FIELD. Typical: 30 minutes by public transport.</source>
        <translation type="vanished">Seuil en minutes pour SECOND_COST_FIELD. Typique : 30 minutes en transports en commun.</translation>
    </message>
    <message>
        <source>Optional table per district: units, deserts, population, population_in_deserts and share.</source>
        <translation type="vanished">Table facultative par district : units, deserts, population, population_in_deserts et share.</translation>
    </message>
    <message>
        <source>Cost to the nearest facility (minutes; NULL = unreachable)</source>
        <translation type="vanished">Coût vers l&apos;établissement le plus proche (minutes ; NULL = inaccessible)</translation>
    </message>
    <message>
        <source>Access threshold T (minutes)</source>
        <translation type="vanished">Seuil d&apos;accès T (minutes)</translation>
    </message>
    <message>
        <source>District field (thresholds per district)</source>
        <translation type="vanished">Champ de district (seuils par district)</translation>
    </message>
    <message>
        <source>Raise the threshold for large units (polygons)</source>
        <translation type="vanished">Relever le seuil pour les grandes unités (polygones)</translation>
    </message>
    <message>
        <source>Beta (minutes per log1p(area) unit)</source>
        <translation type="vanished">Bêta (minutes par unité de log1p(surface))</translation>
    </message>
    <message>
        <source>Gamma (minutes x log1p(density))</source>
        <translation type="vanished">Gamma (minutes x log1p(densité))</translation>
    </message>
    <message>
        <source>Area quantile q for large units</source>
        <translation type="vanished">Quantile de surface q pour les grandes unités</translation>
    </message>
    <message>
        <source>Cost by a second mode (minutes)</source>
        <translation type="vanished">Coût par un second mode (minutes)</translation>
    </message>
    <message>
        <source>Second-mode threshold (minutes)</source>
        <translation type="vanished">Seuil du second mode (minutes)</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL value(s); fill or filter them first.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient {2} valeur(s) NULL ; complétez-les ou filtrez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>{0} unit(s) have a NULL cost: counted as reaching no facility (low access).</source>
        <translation type="vanished">{0} unité(s) ont un coût NULL : comptées comme n&apos;atteignant aucun établissement (faible accès).</translation>
    </message>
    <message>
        <source>Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 people of the cohort, unmet demand = max(0, demand - accessible places), and, against a policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children 0-2), required places, shortfall = max(0, required - places), surplus and below_target (0/1).

Targets per age band: a policy often sets one target per age band, e.g. Brazil&apos;s national education plan (PNE, meta 1): crèche for 50% of children 0-3 and pre-school for 100% of children 4-5. TARGETS &apos;p_0_3:0.5;p_4_5:1.0&apos; (field:ratio items, each field a count of people of that band on the units) asks for required = 0.5 x p_0_3 + 1.0 x p_4_5 places in each unit; shortfall, surplus, below_target and the summary follow it, and TARGET_RATIO is not used.

Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; SUPPLY_FIELD accessible supply; SUPPLY_KIND &apos;places&apos; (the field holds places) or &apos;access_ratio&apos; (the field holds places per person, like the &apos;access&apos; field of caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person (0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a table per district (one row &apos;all&apos; without a district field): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. With DISTRICT_LAYER (polygons with the same district names, in DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS); without a district field, DISTRICT_LAYER gives each unit the district its point on surface lies in (written as the field district of OUTPUT; units in no district get NULL, warned). Units with a NULL district keep their fields but are left out of the summary (warned). NULL demand or supply values are an error.</source>
        <translation type="vanished">Par unité (p. ex. la sortie de demande d&apos;Accessibilité aux soins) : couverture = places pour 100 personnes de la cohorte, demande non satisfaite = max(0, demande - places accessibles) et, au regard d&apos;un objectif de politique publique de TARGET_RATIO places par personne (p. ex. 0,333 = une place pour 3 enfants de 0-2 ans), places requises, déficit = max(0, requises - places), excédent et below_target (0/1).

Objectifs par tranche d&apos;âge : une politique fixe souvent un objectif par tranche d&apos;âge, p. ex. le plan national d&apos;éducation du Brésil (PNE, objectif 1) : la crèche pour 50 % des enfants de 0-3 ans et le préscolaire pour 100 % des enfants de 4-5 ans. TARGETS &apos;p_0_3:0.5;p_4_5:1.0&apos; (éléments champ:ratio, chaque champ étant un effectif de personnes de cette tranche dans les unités) donne required = 0,5 x p_0_3 + 1,0 x p_4_5 places dans chaque unité ; shortfall, surplus, below_target et le résumé en découlent, et TARGET_RATIO n&apos;est pas utilisé.

Paramètres : INPUT unités (points ou polygones) ; DEMAND_FIELD personnes de la cohorte ; SUPPLY_FIELD offre accessible ; SUPPLY_KIND &apos;places&apos; (le champ contient des places) ou &apos;access_ratio&apos; (le champ contient des places par personne, comme le champ &apos;access&apos; de caremap:accessibility, donc places = ratio x demande) ; TARGET_RATIO places par personne (0 = pas d&apos;objectif) ; DISTRICT_FIELD district facultatif ; OUTPUT les unités avec les nouveaux champs coverage, unmet, required, shortfall, surplus, below_target ; OUTPUT_SUMMARY une table par district (une ligne &apos;all&apos; sans champ de district) : units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. Avec DISTRICT_LAYER (polygones portant les mêmes noms de district, dans DISTRICT_LAYER_FIELD), le résumé est aussi écrit sur ces polygones (OUTPUT_DISTRICTS) ; sans champ de district, DISTRICT_LAYER donne à chaque unité le district dans lequel se trouve son point intérieur (écrit dans le champ district de OUTPUT ; les unités hors de tout district reçoivent NULL, avec avertissement). Les unités au district NULL gardent leurs champs mais sont exclues du résumé (avec avertissement). Des valeurs NULL de demande ou d&apos;offre sont une erreur.</translation>
    </message>
    <message>
        <source>Numeric field with the accessible supply of each unit, read as SUPPLY_KIND says. Typical: access from caremap:accessibility.</source>
        <translation type="vanished">Champ numérique avec l&apos;offre accessible de chaque unité, lue selon SUPPLY_KIND. Typique : access de caremap:accessibility.</translation>
    </message>
    <message>
        <source>What SUPPLY_FIELD holds: places (a number of places) or access_ratio (places per person, so places = ratio x demand). Typical: access_ratio with the access field.</source>
        <translation type="vanished">Ce que contient SUPPLY_FIELD : places (un nombre de places) ou access_ratio (places par personne, donc places = ratio x demande). Typique : access_ratio avec le champ access.</translation>
    </message>
    <message>
        <source>Policy target in places per person, used for required places and shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2).</source>
        <translation type="vanished">Objectif politique en places par personne, utilisé pour les places requises et le déficit (0 = pas d&apos;objectif). Typique : 0.333 (une place pour 3 enfants de 0-2 ans).</translation>
    </message>
    <message>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in INPUT; required places = sum of ratio x count, replacing TARGET_RATIO. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Objectifs facultatifs par tranche d&apos;âge, sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque champ étant un effectif de personnes de cette tranche dans INPUT ; places requises = somme de ratio x effectif, en remplacement de TARGET_RATIO. Typique : &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE du Brésil : 50 % des enfants de 0-3 ans en crèche, 100 % des 4-5 ans en préscolaire).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district, for the summary per district (without it and without DISTRICT_LAYER, one row &apos;all&apos;; with DISTRICT_LAYER, the district each unit lies in). Typical: locality.</source>
        <translation type="vanished">Champ facultatif indiquant le district de chaque unité, pour le résumé par district (sans lui et sans DISTRICT_LAYER, une ligne &apos;all&apos; ; avec DISTRICT_LAYER, le district dans lequel se trouve chaque unité). Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional table per district (one row &apos;all&apos; without DISTRICT_FIELD): demand, places, coverage, unmet, shortfall and people below the target.</source>
        <translation type="vanished">Table facultative par district (une ligne &apos;all&apos; sans DISTRICT_FIELD) : demande, places, couverture, demande non satisfaite, déficit et personnes sous l&apos;objectif.</translation>
    </message>
    <message>
        <source>Sum of the demand of all units (the DEMAND_FIELD).</source>
        <translation type="vanished">Somme de la demande de toutes les unités (le DEMAND_FIELD).</translation>
    </message>
    <message>
        <source>Sum of unmet over the units: the people without a place (one place per person), or the places missing to the target.</source>
        <translation type="vanished">Somme de unmet sur les unités : les personnes sans place (une place par personne), ou les places manquantes pour atteindre l&apos;objectif.</translation>
    </message>
    <message>
        <source>Places within reach per 100 people of demand, over all units; None when there is no demand.</source>
        <translation type="vanished">Places à portée pour 100 personnes de demande, sur l&apos;ensemble des unités ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age band; its fields are: {3}.</source>
        <translation type="vanished">{0} : le ou les champs {1} ne sont pas dans la couche {2}. Indiquez des champs de cette couche contenant les personnes de chaque tranche d&apos;âge ; ses champs sont : {3}.</translation>
    </message>
    <message>
        <source>Runs the whole care map from the raw inputs, as child algorithms with one progress bar: 1) Care supply inventory of the facility layers (field mappings, cleaning, de-duplication, full-day-equivalent capacity); 2) Care demand of the units from their age-band fields (BAND_MAPPING and WEIGHTS: e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) Accessibility to care of that demand to the inventory&apos;s capacity_fde, optionally only the facilities whose target_group is TARGET_GROUP; 4) Care gaps against the policy TARGET_RATIO, or the targets per age band TARGETS (e.g. &apos;p_0_3:0.5;p_4_5:1.0&apos;: 50% of children 0-3 and 100% of 4-5, as in Brazil&apos;s PNE; fields among BAND_MAPPING&apos;s); 5) Care deserts (the Care Georeferencing rule, by district); 6) Care priority index from unmet demand, low access, care intensity and the VULNERABILITY_FIELDS. Optionally writes the HTML (and PDF) report.

Outputs: the inventory, the units with every indicator (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), the facilities with their catchment ratio, and the per-district deserts summary. The same chain ships as a Graphical Modeler model (models/care_map.model3) to open and adapt.</source>
        <translation type="vanished">Exécute toute la carte des soins à partir des données brutes, sous forme d&apos;algorithmes enfants avec une seule barre de progression : 1) Inventaire de l&apos;offre de soins des couches d&apos;établissements (correspondance des champs, nettoyage, dédoublonnage, capacité en équivalent journée complète) ; 2) Demande de soins des unités à partir de leurs champs par tranche d&apos;âge (BAND_MAPPING et WEIGHTS : p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; avec des poids égaux donne les enfants de 0-5 ans ; l&apos;échelle de Madrid donne des unités de soins pour toute la population) ; 3) Accessibilité aux soins de cette demande à la capacity_fde de l&apos;inventaire, éventuellement seulement pour les établissements dont le target_group est TARGET_GROUP ; 4) Écarts de soins au regard de l&apos;objectif de politique publique TARGET_RATIO, ou des objectifs par tranche d&apos;âge TARGETS (p. ex. &apos;p_0_3:0.5;p_4_5:1.0&apos; : 50 % des enfants de 0-3 ans et 100 % des 4-5 ans, comme dans le PNE du Brésil ; champs parmi ceux de BAND_MAPPING) ; 5) Déserts de soins (la règle du géoréférencement des soins, par district) ; 6) Indice de priorité des soins à partir de la demande non satisfaite, du faible accès, de l&apos;intensité de soins et des VULNERABILITY_FIELDS. Écrit éventuellement le rapport HTML (et PDF).

Sorties : l&apos;inventaire, les unités avec tous les indicateurs (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), les établissements avec leur ratio de zone de desserte, et le résumé des déserts par district. La même chaîne est fournie comme modèle du modeleur graphique (models/care_map.model3), à ouvrir et adapter.</translation>
    </message>
    <message>
        <source>One field mapping per layer of FACILITIES, in order, separated by &apos;|&apos;, as in caremap:supplyinventory. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation type="vanished">Une correspondance de champs par couche de FACILITIES, dans l&apos;ordre, séparées par &apos;|&apos;, comme dans caremap:supplyinventory. Typique : name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <source>Age-band fields of UNITS that make up the cohort, as field:band items separated by &apos;;&apos;. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5.</source>
        <translation type="vanished">Champs de tranches d&apos;âge de UNITS qui forment le groupe, sous forme d&apos;éléments champ:tranche séparés par &apos;;&apos;. Typique : &apos;p_0_2:0-2;p_3_5:3-5&apos; pour les enfants de 0-5 ans.</translation>
    </message>
    <message>
        <source>equal = count people; madrid = Durán&apos;s Madrid scale of care units. Typical: equal for one cohort.</source>
        <translation type="vanished">equal = compter les personnes ; madrid = échelle de Madrid d&apos;unités de soins de Durán. Typique : equal pour un seul groupe.</translation>
    </message>
    <message>
        <source>Optional numeric field of UNITS with the potential caregivers, for care intensity. Typical: women 15-64.</source>
        <translation type="vanished">Champ numérique facultatif de UNITS avec les aidants potentiels, pour l&apos;intensité de soins. Typique : femmes de 15-64 ans.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for care deserts and summaries by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Champ facultatif de UNITS indiquant le district de chaque unité, pour les déserts de soins et les résumés par district ; sans lui, DISTRICT_LAYER donne à chaque unité le district dans lequel elle se trouve. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city.</source>
        <translation type="vanished">Couche facultative de polygones de districts : quand UNITS n&apos;a pas de champ de district, chaque unité reçoit le district dans lequel se trouve son point intérieur (écrit dans le champ district des unités), pour les déserts de soins et les résumés par district. Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names. Typical: the locality name.</source>
        <translation type="vanished">Champ de DISTRICT_LAYER avec les noms des districts. Typique : le nom de l&apos;arrondissement.</translation>
    </message>
    <message>
        <source>straight = straight-line distance times DETOUR; network = shortest paths on NETWORK. Typical: network when a street layer is available.</source>
        <translation type="vanished">straight = distance à vol d&apos;oiseau multipliée par DETOUR ; network = plus courts chemins sur NETWORK. Typique : network quand une couche de rues est disponible.</translation>
    </message>
    <message>
        <source>Road or footpath line layer, needed when COST_MODE=network. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Couche de lignes de rues ou de chemins, nécessaire quand COST_MODE=network. Typique : les rues OpenStreetMap de la ville.</translation>
    </message>
    <message>
        <source>For COST_MODE=straight, how much longer real routes are than the straight line (at least 1). Typical: 1.3.</source>
        <translation type="vanished">Pour COST_MODE=straight, de combien les trajets réels sont plus longs que la ligne droite (au moins 1). Typique : 1.3.</translation>
    </message>
    <message>
        <source>Catchment limit in minutes, used for accessibility and care deserts. Typical: 15 to 20 minutes walking.</source>
        <translation type="vanished">Limite de la zone de desserte en minutes, utilisée pour l&apos;accessibilité et les déserts de soins. Typique : 15 à 20 minutes à pied.</translation>
    </message>
    <message>
        <source>Accessibility measure (see caremap:accessibility). Typical: 2sfca.</source>
        <translation type="vanished">Mesure d&apos;accessibilité (voir caremap:accessibility). Typique : 2sfca.</translation>
    </message>
    <message>
        <source>Optional targets per age band for the care gaps, as field:ratio items separated by &apos;;&apos;, each field one of the BAND_MAPPING fields of UNITS; required places = sum of ratio x count, replacing TARGET_RATIO. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Objectifs facultatifs par tranche d&apos;âge pour les écarts de soins, sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque champ étant l&apos;un des champs BAND_MAPPING de UNITS ; places requises = somme de ratio x effectif, en remplacement de TARGET_RATIO. Typique : &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE du Brésil : 50 % des enfants de 0-3 ans en crèche, 100 % des 4-5 ans en préscolaire).</translation>
    </message>
    <message>
        <source>Optional numeric fields of UNITS added to the priority index (higher = more vulnerable). Typical: poverty rate, female-headed households.</source>
        <translation type="vanished">Champs numériques facultatifs de UNITS ajoutés à l&apos;indice de priorité (plus élevé = plus vulnérable). Typique : taux de pauvreté, ménages dirigés par une femme.</translation>
    </message>
    <message>
        <source>If checked, the HTML report (and the PDF, if OUTPUT_PDF is set) is written. Typical: checked for the final run.</source>
        <translation type="vanished">Si coché, le rapport HTML (et le PDF, si OUTPUT_PDF est indiqué) est écrit. Typique : coché pour le calcul final.</translation>
    </message>
    <message>
        <source>Optional table of care deserts by district (needs DISTRICT_FIELD or DISTRICT_LAYER).</source>
        <translation type="vanished">Table facultative des déserts de soins par district (nécessite DISTRICT_FIELD ou DISTRICT_LAYER).</translation>
    </message>
    <message>
        <source>HTML report file, written when WRITE_REPORT is checked.</source>
        <translation type="vanished">Fichier du rapport HTML, écrit quand WRITE_REPORT est coché.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in units with at least one facility within THRESHOLD; None when there is no demand.</source>
        <translation type="vanished">Part (0 à 1) de la demande dans les unités ayant au moins un établissement dans la limite de THRESHOLD ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <source>{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it must be above 0. Give the longest trip people are expected to make, e.g. 15 to 20 minutes walking.</source>
        <translation type="vanished">{0} vaut {1:g} : l&apos;accessibilité et les déserts de soins comptent ce qui se trouve dans ce temps de trajet, il doit donc être supérieur à 0. Indiquez le plus long trajet que l&apos;on peut attendre des personnes, p. ex. 15 à 20 minutes à pied.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} of {2} are not age-band fields of the cohort ({3}: {4}). Give targets for those fields only, or add the bands to {3}.</source>
        <translation type="vanished">{0} : le ou les champs {1} de {2} ne sont pas des champs de tranche d&apos;âge de la cohorte ({3} : {4}). Ne donnez des objectifs que pour ces champs, ou ajoutez les tranches à {3}.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included); SHAPE &apos;hull&apos; = their concave hull (HULL_RATIO) widened by BUFFER metres (fast), &apos;buffer&apos; = the streets themselves buffered by BUFFER metres (detailed, slower); speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;, with &apos;cost_unit&apos; (minutes or meters) and &apos;cost_speed_kmh&apos; (the SPEED used) saying what it is in.</source>
        <translation type="vanished">Un polygone par établissement (ou un par seuil, fusionné) de la zone depuis laquelle il est atteint dans chaque seuil de THRESHOLDS (p. ex. &apos;10,15,20&apos;, en COST_UNIT).

COST_MODE &apos;network&apos; : les tronçons de rue atteints dans le seuil (rues partielles comprises) ; SHAPE &apos;hull&apos; = leur enveloppe concave (HULL_RATIO) élargie de BUFFER mètres (rapide), &apos;buffer&apos; = les rues elles-mêmes avec un tampon de BUFFER mètres (détaillé, plus lent) ; vitesse tirée de SPEED_FIELD ou de SPEED, sens unique de ONEWAY_FIELD sauf à pied. COST_MODE &apos;straight&apos; : un cercle de rayon égal au seuil (mètres, ou minutes x SPEED). Champs de sortie : les champs de l&apos;établissement plus &apos;threshold&apos;, avec &apos;cost_unit&apos; (minutes ou meters) et &apos;cost_speed_kmh&apos; (la SPEED utilisée) qui indiquent son unité.</translation>
    </message>
    <message>
        <source>Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Couche des services de soins, points ou polygones ; une zone de desserte est tracée par service et par seuil. Typique : la sortie de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>network = the streets reached on NETWORK within each threshold; straight = a circle of radius threshold (metres, or minutes x SPEED). Typical: network.</source>
        <translation type="vanished">network = les rues atteintes sur NETWORK dans chaque seuil ; straight = un cercle de rayon égal au seuil (mètres, ou minutes x SPEED). Typique : network.</translation>
    </message>
    <message>
        <source>Road or footpath line layer, needed when COST_MODE=network; lines must be connected at their ends. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Couche de lignes de rues ou de chemins, nécessaire quand COST_MODE=network ; les lignes doivent être connectées à leurs extrémités. Typique : les rues OpenStreetMap de la ville.</translation>
    </message>
    <message>
        <source>One or more thresholds in COST_UNIT, separated by commas; one polygon is drawn per threshold. Typical: &apos;10,15,20&apos; minutes.</source>
        <translation type="vanished">Un ou plusieurs seuils en COST_UNIT, séparés par des virgules ; un polygone est tracé par seuil. Typique : &apos;10,15,20&apos; minutes.</translation>
    </message>
    <message>
        <source>Polygon shape for COST_MODE=network: hull = concave hull of the reached streets widened by BUFFER (fast); buffer = the reached streets buffered by BUFFER (detailed, slower). Typical: hull.</source>
        <translation type="vanished">Forme du polygone pour COST_MODE=network : hull = enveloppe concave des rues atteintes élargie de BUFFER (rapide) ; buffer = les rues atteintes avec un tampon de BUFFER (détaillé, plus lent). Typique : hull.</translation>
    </message>
    <message>
        <source>Width in metres added around the reached streets or the hull (COST_MODE=network). Typical: 50 m.</source>
        <translation type="vanished">Largeur en mètres ajoutée autour des rues atteintes ou de l&apos;enveloppe (COST_MODE=network). Typique : 50 m.</translation>
    </message>
    <message>
        <source>Concavity of the hull for SHAPE=hull, from 0 (most concave, follows the streets) to 1 (convex). Typical: 0.3.</source>
        <translation type="vanished">Concavité de l&apos;enveloppe pour SHAPE=hull, de 0 (la plus concave, suit les rues) à 1 (convexe). Typique : 0.3.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no network catchment. Typical: 500 m.</source>
        <translation type="vanished">Distance maximale en mètres entre un établissement et le réseau routier : il rejoint le point le plus proche de la rue la plus proche (d&apos;une partie du réseau regroupant au moins 5 % de la longueur de la plus grande partie), le trajet à pied jusqu&apos;à elle étant compté. Les établissements plus éloignés n&apos;ont pas de zone de desserte sur le réseau. Typique : 500 m.</translation>
    </message>
    <message>
        <source>Cost: straight line or road network</source>
        <translation type="vanished">Coût : ligne droite ou réseau routier</translation>
    </message>
    <message>
        <source>Speed (km/h); walking = 5.04</source>
        <translation type="vanished">Vitesse (km/h) ; à pied = 5,04</translation>
    </message>
    <message>
        <source>Speed field of the network (km/h)</source>
        <translation type="vanished">Champ de vitesse du réseau (km/h)</translation>
    </message>
    <message>
        <source>One-way field of the network</source>
        <translation type="vanished">Champ de sens unique du réseau</translation>
    </message>
    <message>
        <source>Network: polygon shape</source>
        <translation type="vanished">Réseau : forme du polygone</translation>
    </message>
    <message>
        <source>Network: buffer around the reached streets or hull (m)</source>
        <translation type="vanished">Réseau : tampon autour des rues atteintes ou de l&apos;enveloppe (m)</translation>
    </message>
    <message>
        <source>Network: concave hull ratio (0 = most concave, 1 = convex)</source>
        <translation type="vanished">Réseau : ratio de l&apos;enveloppe concave (0 = la plus concave, 1 = convexe)</translation>
    </message>
    <message>
        <source>Network: largest distance from a facility to the network (m)</source>
        <translation type="vanished">Réseau : distance maximale d&apos;un établissement au réseau (m)</translation>
    </message>
    <message>
        <source>{0} catchment polygon(s) for {1} facilit(y/ies) and thresholds {2} {3}.</source>
        <translation type="vanished">{0} polygone(s) de zone de desserte pour {1} établissement(s) et les seuils {2} {3}.</translation>
    </message>
    <message>
        <source>How unequally access (ACCESS_FIELD, &gt;= 0, e.g. &apos;access&apos; from caremap:accessibility) is spread over the population (POPULATION_FIELD; empty = every unit counts once).

Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit has everything); PALMA = share of access of the best-served 10% of people / share of the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD (or, without it, DISTRICT_LAYER: each unit in the district polygon its point on surface lies in), THEIL_BETWEEN + THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and the maximum access). All are population-weighted. A NULL output means undefined (e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population shares (0 = one row per unit). NULL values in the fields used are an error.</source>
        <translation type="vanished">À quel point l&apos;accès (ACCESS_FIELD, &gt;= 0, p. ex. &apos;access&apos; de caremap:accessibility) est inégalement réparti dans la population (POPULATION_FIELD ; vide = chaque unité compte une fois).

Sorties (nombres, aussi dans le journal) : MEAN_ACCESS ; GINI (0 = égalité, 1 - 1/n = une seule unité a tout) ; PALMA = part de l&apos;accès des 10 % de personnes les mieux desservies / part des 40 % les moins bien desservies ; THEIL (T de Theil) et, avec DISTRICT_FIELD (ou, sans lui, DISTRICT_LAYER : chaque unité dans le polygone de district où se trouve son point intérieur), THEIL_BETWEEN + THEIL_WITHIN = THEIL ; avec RANK_FIELD (un rang socio-économique, bas = plus pauvre, p. ex. revenu ou strate) CONCENTRATION (2 cov(accès, rang fractionnaire) / moyenne ; négatif = accès concentré chez les pauvres) et ERREYGERS (8 cov / (max - min), bornes 0 et l&apos;accès maximal). Toutes sont pondérées par la population. Une sortie NULL signifie indéfinie (p. ex. aucun accès nulle part, ou pas de champ de rang). OUTPUT_LORENZ : la courbe de Lorenz sous forme de table (pop_share, access_share, equality) en LORENZ_POINTS parts de population équidistantes (0 = une ligne par unité). Des valeurs NULL dans les champs utilisés sont une erreur.</translation>
    </message>
    <message>
        <source>Layer or table of units with an access value and their population. Typical: the demand output of caremap:accessibility.</source>
        <translation type="vanished">Couche ou table d&apos;unités avec une valeur d&apos;accès et leur population. Typique : la sortie demande de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Numeric field with the access of each unit (&gt;= 0, no NULL). Typical: access from caremap:accessibility.</source>
        <translation type="vanished">Champ numérique avec l&apos;accès de chaque unité (&gt;= 0, sans NULL). Typique : access de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: the demand field (e.g. children 0-5).</source>
        <translation type="vanished">Champ numérique facultatif avec les personnes de chaque unité, utilisé comme poids ; vide = chaque unité compte une fois. Typique : le champ de demande (p. ex. enfants de 0-5 ans).</translation>
    </message>
    <message>
        <source>Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Champ facultatif de district, pour décomposer le Theil T en THEIL_BETWEEN et THEIL_WITHIN districts ; sans lui, DISTRICT_LAYER donne à chaque unité le district dans lequel elle se trouve. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when INPUT has no district field, each unit gets the district its point on surface lies in, for the Theil decomposition (a unit in no district is an error). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Couche facultative de polygones de districts : quand INPUT n&apos;a pas de champ de district, chaque unité reçoit le district dans lequel se trouve son point intérieur, pour la décomposition de Theil (une unité hors de tout district est une erreur). Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <source>Number of rows of the Lorenz curve table, at equally spaced population shares (0 = one row per unit). Typical: 101.</source>
        <translation type="vanished">Nombre de lignes de la table de la courbe de Lorenz, à des parts de population également espacées (0 = une ligne par unité). Typique : 101.</translation>
    </message>
    <message>
        <source>Optional Lorenz curve table with pop_share, access_share and equality, for a chart.</source>
        <translation type="vanished">Table facultative de la courbe de Lorenz avec pop_share, access_share et equality, pour un graphique.</translation>
    </message>
    <message>
        <source>Mean access weighted by population; None when it cannot be computed (no population).</source>
        <translation type="vanished">Accès moyen pondéré par la population ; None s&apos;il ne peut pas être calculé (pas de population).</translation>
    </message>
    <message>
        <source>Theil T index of access inequality (0 = equality); None when undefined.</source>
        <translation type="vanished">Indice T de Theil de l&apos;inégalité d&apos;accès (0 = égalité) ; None s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Part of Theil T due to differences between districts; None without districts or when undefined.</source>
        <translation type="vanished">Part du T de Theil due aux différences entre districts ; None sans districts ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Part of Theil T due to differences within districts; None without districts or when undefined.</source>
        <translation type="vanished">Part du T de Theil due aux différences à l&apos;intérieur des districts ; None sans districts ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Concentration index of access by RANK_FIELD (negative = access concentrated among the lower ranks); None without RANK_FIELD or when undefined.</source>
        <translation type="vanished">Indice de concentration de l&apos;accès selon RANK_FIELD (négatif = accès concentré dans les rangs inférieurs) ; None sans RANK_FIELD ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Erreygers-corrected concentration index (for bounded access); None without RANK_FIELD or when undefined.</source>
        <translation type="vanished">Indice de concentration corrigé d&apos;Erreygers (pour un accès borné) ; None sans RANK_FIELD ou s&apos;il n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>District field (Theil decomposition)</source>
        <translation type="vanished">Champ de district (décomposition de Theil)</translation>
    </message>
    <message>
        <source>Local hot and cold spots of a numeric FIELD.

STATISTIC gi_star: Getis-Ord Gi* (Ord &amp; Getis 1995) with the unit itself included (self weight 1, binary weights); its z is the same for binary and row-standardised weights (equal to esda G_Local(star=True, transform=&apos;B&apos;)). STATISTIC local_moran: local Moran&apos;s I (Anselin 1995) with row-standardised weights (WEIGHT_TRANSFORM=row, the default) or binary ones; outliers (High-Low, Low-High) are reported in &apos;quadrant&apos; (1 HH, 2 LH, 3 LL, 4 HL) and get hotspot_class 0.
WEIGHTS: knn (K nearest units), distance (all units within DISTANCE metres, inclusive), queen or rook contiguity (polygons sharing a vertex / an edge; INPUT must be polygons). Units without a neighbour (islands) get NULL z and p and class 0.
p is the two-sided normal p-value; with PERMUTATIONS &gt; 0 (e.g. 999) p_sim is the folded conditional-permutation pseudo p-value, reproducible with SEED. Classes use p_sim when permutations were run, else p; with FDR the Benjamini-Hochberg adjusted values (field p_fdr). hotspot_class: 3/2/1 hot spot at 99/95/90% confidence, 0 not significant, -1/-2/-3 cold spot at 90/95/99%.
Output fields: stat (Gi* or I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, quadrant (local Moran). Constant values give z = 0 and no hot spot.</source>
        <translation type="vanished">Points chauds et froids locaux d&apos;un champ numérique FIELD.

STATISTIC gi_star : Gi* de Getis-Ord (Ord et Getis 1995), l&apos;unité elle-même incluse (poids propre 1, poids binaires) ; son z est le même avec des poids binaires ou standardisés par ligne (égal à esda G_Local(star=True, transform=&apos;B&apos;)). STATISTIC local_moran : I de Moran local (Anselin 1995) avec des poids standardisés par ligne (WEIGHT_TRANSFORM=row, par défaut) ou binaires ; les valeurs atypiques (Haut-Bas, Bas-Haut) sont signalées dans &apos;quadrant&apos; (1 HH, 2 LH, 3 LL, 4 HL) et reçoivent hotspot_class 0.
WEIGHTS : knn (les K unités les plus proches), distance (toutes les unités à DISTANCE mètres ou moins, borne incluse), contiguïté queen ou rook (polygones partageant un sommet / une arête ; INPUT doit être une couche de polygones). Les unités sans voisin (îlots isolés) reçoivent z et p NULL et la classe 0.
p est la valeur p normale bilatérale ; avec PERMUTATIONS &gt; 0 (p. ex. 999), p_sim est la pseudo valeur p repliée par permutation conditionnelle, reproductible avec SEED. Les classes utilisent p_sim si des permutations ont été faites, sinon p ; avec FDR, les valeurs ajustées de Benjamini-Hochberg (champ p_fdr). hotspot_class : 3/2/1 point chaud à 99/95/90 % de confiance, 0 non significatif, -1/-2/-3 point froid à 90/95/99 %.
Champs de sortie : stat (Gi* ou I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, quadrant (Moran local). Des valeurs constantes donnent z = 0 et aucun point chaud.</translation>
    </message>
    <message>
        <source>Layer of units, points or polygons (polygons needed for queen and rook weights). Typical: census blocks with an indicator.</source>
        <translation type="vanished">Couche d&apos;unités, points ou polygones (polygones nécessaires pour les poids queen et rook). Typique : îlots de recensement avec un indicateur.</translation>
    </message>
    <message>
        <source>gi_star = Getis-Ord Gi* (hot and cold spots); local_moran = local Moran&apos;s I (clusters and outliers). Typical: gi_star.</source>
        <translation type="vanished">gi_star = Gi* de Getis-Ord (points chauds et froids) ; local_moran = I de Moran local (agrégats et valeurs atypiques). Typique : gi_star.</translation>
    </message>
    <message>
        <source>Who the neighbours of a unit are: knn (the K nearest), distance (within DISTANCE metres), queen or rook contiguity (polygons). Typical: knn for points, queen for polygons.</source>
        <translation type="vanished">Qui sont les voisins d&apos;une unité : knn (les K plus proches), distance (à moins de DISTANCE mètres), contiguïté queen ou rook (polygones). Typique : knn pour des points, queen pour des polygones.</translation>
    </message>
    <message>
        <source>Number of nearest neighbours for WEIGHTS=knn. Typical: 8.</source>
        <translation type="vanished">Nombre de plus proches voisins pour WEIGHTS=knn. Typique : 8.</translation>
    </message>
    <message>
        <source>Distance band in metres for WEIGHTS=distance (inclusive). Typical: 1000 m.</source>
        <translation type="vanished">Bande de distance en mètres pour WEIGHTS=distance (incluse). Typique : 1000 m.</translation>
    </message>
    <message>
        <source>Weights for local_moran: row (row-standardised) or binary; Gi* z is the same either way. Typical: row.</source>
        <translation type="vanished">Poids pour local_moran : row (standardisés par ligne) ou binary ; le z de Gi* est le même dans les deux cas. Typique : row.</translation>
    </message>
    <message>
        <source>Number of conditional permutations for the pseudo p-value p_sim (0 = analytic p only). Typical: 999.</source>
        <translation type="vanished">Nombre de permutations conditionnelles pour la pseudo-valeur p p_sim (0 = p analytique seulement). Typique : 999.</translation>
    </message>
    <message>
        <source>Random seed of the permutations, so a run can be reproduced. Typical: 12345.</source>
        <translation type="vanished">Graine aléatoire des permutations, pour pouvoir reproduire un calcul. Typique : 12345.</translation>
    </message>
    <message>
        <source>If checked, p-values are corrected for multiple testing (Benjamini-Hochberg false discovery rate) before classing. Typical: checked for many units.</source>
        <translation type="vanished">Si coché, les valeurs p sont corrigées pour les tests multiples (taux de fausses découvertes de Benjamini-Hochberg) avant le classement. Typique : coché avec beaucoup d&apos;unités.</translation>
    </message>
    <message>
        <source>The units with stat, z, p, p_sim, p_fdr, hotspot_class (3 to -3), n_neighbors and, for local_moran, quadrant.</source>
        <translation type="vanished">Les unités avec stat, z, p, p_sim, p_fdr, hotspot_class (3 à -3), n_neighbors et, pour local_moran, quadrant.</translation>
    </message>
    <message>
        <source>Spatial weights</source>
        <translation type="vanished">Pondérations spatiales</translation>
    </message>
    <message>
        <source>Number of neighbours (knn)</source>
        <translation type="vanished">Nombre de voisins (knn)</translation>
    </message>
    <message>
        <source>Weights transform</source>
        <translation type="vanished">Transformation des poids</translation>
    </message>
    <message>
        <source>Permutations (0 = analytic only)</source>
        <translation type="vanished">Permutations (0 = analytique seulement)</translation>
    </message>
    <message>
        <source>{0} is {1}, but layer {2} has only {3} unit(s) ({4} possible neighbours each): give a smaller number.</source>
        <translation type="vanished">{0} vaut {1}, mais la couche {2} n&apos;a que {3} unité(s) ({4} voisins possibles chacune) : indiquez un nombre plus petit.</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; needs polygons, but layer {2} has points: choose knn or distance.</source>
        <translation type="vanished">{0} &apos;{1}&apos; nécessite des polygones, mais la couche {2} contient des points : choisissez knn ou distance.</translation>
    </message>
    <message>
        <source>Layer {0} has {1} unit(s); local statistics need at least 3.</source>
        <translation type="vanished">La couche {0} compte {1} unité(s) ; les statistiques locales en exigent au moins 3.</translation>
    </message>
    <message>
        <source>Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3}; {4} island(s); {5} connected component(s).</source>
        <translation type="vanished">Poids ({0}) : voisins par unité min {1}, moyenne {2:.2f}, max {3} ; {4} îlot(s) isolé(s) ; {5} composante(s) connexe(s).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no neighbour: their z and p are NULL.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont aucun voisin : leurs z et p sont NULL.</translation>
    </message>
    <message>
        <source>No unit of layer {0} has a neighbour with these weights: give a larger {1}, or choose knn in {2}.</source>
        <translation type="vanished">Aucune unité de la couche {0} n&apos;a de voisin avec ces poids : indiquez une valeur plus grande pour {1}, ou choisissez knn dans {2}.</translation>
    </message>
    <message>
        <source>Builds a routable street network for walking, cycling or driving from an OpenStreetMap extract (.osm or .osm.pbf, read through GDAL&apos;s OSM driver; nothing is downloaded), ready for COST_MODE=network of every CareMap algorithm (SPEED_FIELD=speed_kmh, ONEWAY_FIELD=oneway).

Usable ways per MODE: walk = streets, footways, paths, steps, cycleways, tracks and trunk roads (motorways never); bike = streets, cycleways, paths and tracks, footways and pedestrian streets only with bicycle=yes/designated; car = motorways to service roads. A foot/bicycle/motorcar, vehicle or access tag saying no, private (or agricultural, forestry, delivery, use_sidepath...) takes a way out, the most specific tag deciding. Trunk roads without a foot or bicycle tag are walkable and cyclable (OpenStreetMap&apos;s worldwide default) unless motorroad=yes. Railway, subway and tram tracks are never part of the network; unknown highway classes are left out and counted in the log.

One-way: oneway=yes/1/-1, junction=roundabout and motorways (implied) for cars and bikes, oneway:bicycle and contraflow cycleways for bikes; oneway=reversible ways are left out for cars and bikes; a walk network has oneway = 0 everywhere.

Topology: ways meet only at the OpenStreetMap nodes they share (same coordinates); they are split there, so the output lines meet only at their ends, and bridges or tunnels never join the streets they cross. The log gives the connected components (count, share of the length in the largest); the field component numbers them, 0 = the largest.

Output: lines in the local UTM zone with osm_id, name, highway, speed_kmh, oneway (1 = only in the line&apos;s direction, -1 = only against it, 0 = both), component and length_m; the numbers N_COMPONENTS and LARGEST_SHARE (share of the length in the largest component, 0-1).</source>
        <translation type="vanished">Construit un réseau de rues routable pour la marche, le vélo ou la voiture à partir d&apos;un extrait OpenStreetMap (.osm ou .osm.pbf, lu avec le pilote OSM de GDAL ; rien n&apos;est téléchargé), prêt pour COST_MODE=network de tous les algorithmes CareMap (SPEED_FIELD=speed_kmh, ONEWAY_FIELD=oneway).

Voies utilisables selon MODE : walk = rues, chemins piétons, sentiers, escaliers, pistes cyclables, chemins agricoles et routes principales (trunk) (jamais les autoroutes) ; bike = rues, pistes cyclables, sentiers et chemins agricoles, chemins piétons et rues piétonnes seulement avec bicycle=yes/designated ; car = des autoroutes aux voies de desserte. Une balise foot/bicycle/motorcar, vehicle ou access valant no, private (ou agricultural, forestry, delivery, use_sidepath...) exclut une voie, la balise la plus spécifique l&apos;emportant. Les routes principales (trunk) sans balise foot ou bicycle sont praticables à pied et à vélo (valeur par défaut mondiale d&apos;OpenStreetMap) sauf si motorroad=yes. Les voies ferrées, de métro et de tramway ne font jamais partie du réseau ; les classes highway inconnues sont exclues et comptées dans le journal.

Sens unique : oneway=yes/1/-1, junction=roundabout et autoroutes (implicite) pour les voitures et les vélos, oneway:bicycle et contresens cyclables pour les vélos ; les voies oneway=reversible sont exclues pour les voitures et les vélos ; un réseau walk a oneway = 0 partout.

Topologie : les voies ne se rejoignent qu&apos;aux nœuds OpenStreetMap qu&apos;elles partagent (mêmes coordonnées) ; elles y sont découpées, si bien que les lignes en sortie ne se rejoignent qu&apos;à leurs extrémités, et les ponts ou tunnels ne se raccordent jamais aux rues qu&apos;ils croisent. Le journal donne les composantes connexes (nombre, part de la longueur dans la plus grande) ; le champ component les numérote, 0 = la plus grande.

Sortie : lignes dans la zone UTM locale avec osm_id, name, highway, speed_kmh, oneway (1 = seulement dans le sens de la ligne, -1 = seulement en sens inverse, 0 = les deux), component et length_m ; les nombres N_COMPONENTS et LARGEST_SHARE (part de la longueur dans la plus grande composante, 0-1).</translation>
    </message>
    <message>
        <source>Optional speeds in km/h per highway class that replace the defaults of MODE, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or &apos;primary:40,residential:25&apos; for a congested town by car.</source>
        <translation type="vanished">Vitesses facultatives en km/h par classe highway qui remplacent celles par défaut de MODE, sous forme d&apos;éléments classe:vitesse séparés par des virgules ; cela ne rend pas une classe utilisable. Typique : vide, ou &apos;primary:40,residential:25&apos; pour une ville congestionnée en voiture.</translation>
    </message>
    <message>
        <source>The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; use it as NETWORK with SPEED_FIELD=speed_kmh and ONEWAY_FIELD=oneway.</source>
        <translation type="vanished">Les lignes du réseau avec highway, speed_kmh, oneway, component et length_m, découpées aux nœuds partagés ; utilisez-le comme NETWORK avec SPEED_FIELD=speed_kmh et ONEWAY_FIELD=oneway.</translation>
    </message>
    <message>
        <source>Network for {0}: {1} lines ({2:,.1f} km) in {3} connected component(s); the largest holds {4:.1%} of the length.</source>
        <translation type="vanished">Réseau pour {0} : {1} lignes ({2:.1f} km) en {3} composante(s) connexe(s) ; la plus grande regroupe {4:.1%} de la longueur.</translation>
    </message>
    <message>
        <source>{0} way(s) left out by their access tags (no, private...).</source>
        <translation type="vanished">{0} voie(s) exclue(s) par leurs balises d&apos;accès (no, private...).</translation>
    </message>
    <message>
        <source>{0} way(s) of classes this mode may use only when a tag allows it (e.g. footways for bikes) left out.</source>
        <translation type="vanished">{0} voie(s) exclue(s) de classes que ce mode ne peut utiliser que si une balise l&apos;autorise (p. ex. chemins piétons pour les vélos).</translation>
    </message>
    <message>
        <source>{0} way(s) tagged motorroad=yes left out (closed to walking and cycling).</source>
        <translation type="vanished">{0} voie(s) balisée(s) motorroad=yes exclue(s) (interdites aux piétons et aux vélos).</translation>
    </message>
    <message>
        <source>{0} way(s) that are also railway tracks left out.</source>
        <translation type="vanished">{0} voie(s) qui sont aussi des voies ferrées exclue(s).</translation>
    </message>
    <message>
        <source>{0} way(s) with oneway=reversible/alternating left out (no fixed direction).</source>
        <translation type="vanished">{0} voie(s) avec oneway=reversible/alternating exclue(s) (pas de sens fixe).</translation>
    </message>
    <message>
        <source>Reads an OpenStreetMap extract (.osm or .osm.pbf) through GDAL&apos;s OSM driver (points, lines and multipolygons; all tags, including other_tags) and keeps the care facilities that a tag table maps onto the inventory schema: service_type, target_group and sphere, plus name, capacity (capacity tag), fee (0 when fee=no) and source = &apos;osm&apos;. Areas are taken at a point on their surface. The tag table (a CSV; by default data/osm_care_tags.csv in the plugin) has the columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere: the first &apos;service&apos; row whose key=value (and condition, e.g. social_facility:for=senior) holds wins, so put specific rows first; &apos;sphere&apos; rows (e.g. operator:type=public) set the sphere. Copy and extend it for local tagging. The output is in WGS84 (EPSG:4326), ready for caremap:supplyinventory.</source>
        <translation type="vanished">Lit un extrait OpenStreetMap (.osm ou .osm.pbf) avec le pilote OSM de GDAL (points, lignes et multipolygones ; toutes les balises, y compris other_tags) et garde les établissements de soins qu&apos;une table d&apos;étiquettes fait correspondre au schéma de l&apos;inventaire : service_type, target_group et sphere, plus name, capacity (balise capacity), fee (0 quand fee=no) et source = &apos;osm&apos;. Les surfaces sont prises en un point de leur surface. La table d&apos;étiquettes (un CSV ; par défaut data/osm_care_tags.csv dans l&apos;extension) a les colonnes kind, key, value, condition_key, condition_value, service_type, target_group, sphere : la première ligne &apos;service&apos; dont key=value (et la condition, p. ex. social_facility:for=senior) est vérifiée l&apos;emporte, placez donc les lignes spécifiques en premier ; les lignes &apos;sphere&apos; (p. ex. operator:type=public) fixent la sphère. Copiez-la et complétez-la pour l&apos;étiquetage local. La sortie est en WGS84 (EPSG:4326), prête pour caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Optional CSV tag table mapping OSM tags to service_type, target_group and sphere; empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging.</source>
        <translation type="vanished">Table CSV d&apos;étiquettes facultative qui fait correspondre les étiquettes OSM à service_type, target_group et sphere ; vide = la table fournie data/osm_care_tags.csv. Typique : vide, ou une copie étendue pour l&apos;étiquetage local.</translation>
    </message>
    <message>
        <source>Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for caremap:supplyinventory.</source>
        <translation type="vanished">Points des services de soins en WGS84 avec name, service_type, target_group, sphere, capacity, fee et source, prêts pour caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>{0} OpenStreetMap feature(s) read, {1} care facilities mapped.</source>
        <translation type="vanished">{0} entité(s) OpenStreetMap lue(s), {1} établissements de soins retenus.</translation>
    </message>
    <message>
        <source>A composite care priority index from chosen indicator fields (e.g. unmet demand, low access, care intensity, poverty, female-headed households).

Each indicator in FIELDS is normalised (NORMALIZATION: minmax to [0, 1], rank to [0, 1] with average ranks for ties, or z-score) and oriented so that higher = more priority: list in INVERT_FIELDS the indicators where a LOWER value means more need (e.g. access). WEIGHTS is a comma-separated list of non-negative numbers, one per field in FIELDS order (empty = equal weights); they are rescaled to sum 1. A constant indicator normalises to 0.
Output fields: priority (sum of the contributions), priority_rank (1 = highest priority; ties share a rank), priority_quintile (5 = the 20% highest-priority units, 1 = the lowest), and contrib_&lt;field&gt; = weight x normalised value for each indicator, so the index can be explained indicator by indicator. NULL indicator values are an error.</source>
        <translation type="vanished">Un indice composite de priorité des soins à partir de champs d&apos;indicateurs choisis (p. ex. demande non satisfaite, faible accès, intensité de soins, pauvreté, ménages dirigés par une femme).

Chaque indicateur de FIELDS est normalisé (NORMALIZATION : minmax vers [0, 1], rank vers [0, 1] avec rangs moyens pour les ex æquo, ou score z) et orienté de sorte que plus élevé = plus prioritaire : indiquez dans INVERT_FIELDS les indicateurs pour lesquels une valeur PLUS BASSE signifie plus de besoin (p. ex. l&apos;accès). WEIGHTS est une liste de nombres positifs ou nuls séparés par des virgules, un par champ dans l&apos;ordre de FIELDS (vide = poids égaux) ; ils sont remis à l&apos;échelle pour totaliser 1. Un indicateur constant est normalisé à 0.
Champs de sortie : priority (somme des contributions), priority_rank (1 = priorité la plus haute ; les ex æquo partagent un rang), priority_quintile (5 = les 20 % d&apos;unités les plus prioritaires, 1 = les moins prioritaires) et contrib_&lt;champ&gt; = poids x valeur normalisée de chaque indicateur, pour expliquer l&apos;indice indicateur par indicateur. Des valeurs NULL d&apos;indicateur sont une erreur.</translation>
    </message>
    <message>
        <source>Layer of units with the indicator fields. Typical: the units output of caremap:carepipeline.</source>
        <translation type="vanished">Couche d&apos;unités avec les champs indicateurs. Typique : la sortie unités de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Indicators of FIELDS where a lower value means more need, so they are reversed. Typical: access.</source>
        <translation type="vanished">Indicateurs de FIELDS pour lesquels une valeur plus basse signifie plus de besoin ; ils sont donc inversés. Typique : access.</translation>
    </message>
    <message>
        <source>How each indicator is put on a common scale: minmax (0-1), rank (0-1) or z (z-score). Typical: minmax.</source>
        <translation type="vanished">Comment chaque indicateur est ramené à une échelle commune : minmax (0-1), rank (0-1) ou z (score z). Typique : minmax.</translation>
    </message>
    <message>
        <source>Non-negative weights separated by commas, one per field in FIELDS order, rescaled to sum 1; empty = equal weights. Typical: &apos;2,1,1&apos;.</source>
        <translation type="vanished">Poids non négatifs séparés par des virgules, un par champ dans l&apos;ordre de FIELDS, ramenés à une somme de 1 ; vide = poids égaux. Typique : &apos;2,1,1&apos;.</translation>
    </message>
    <message>
        <source>The units with priority, priority_rank, priority_quintile and one contrib_&lt;field&gt; per indicator.</source>
        <translation type="vanished">Les unités avec priority, priority_rank, priority_quintile et un contrib_&lt;field&gt; par indicateur.</translation>
    </message>
    <message>
        <source>Weights (comma-separated, one per indicator; empty = equal)</source>
        <translation type="vanished">Poids (séparés par des virgules, un par indicateur ; vide = égaux)</translation>
    </message>
    <message>
        <source>Field(s) {0} are chosen in {1} but not in {2}: add them to {2}, or untick them in {1}.</source>
        <translation type="vanished">Champ(s) {0} choisi(s) dans {1} mais pas dans {2} : ajoutez-les à {2}, ou décochez-les dans {1}.</translation>
    </message>
    <message>
        <source>{0} holds &apos;{1}&apos;: write numbers separated by commas, one per indicator field (e.g. 2,1,1), or leave it empty for equal weights.</source>
        <translation type="vanished">{0} contient &apos;{1}&apos; : écrivez des nombres séparés par des virgules, un par champ d&apos;indicateur (p. ex. 2,1,1), ou laissez vide pour des poids égaux.</translation>
    </message>
    <message>
        <source>{0} holds {1} number(s) but {2} field(s) are chosen in {3} ({4}): give one weight per field, in that order, or leave it empty for equal weights.</source>
        <translation type="vanished">{0} contient {1} nombre(s) mais {2} champ(s) sont choisis dans {3} ({4}) : indiquez un poids par champ, dans cet ordre, ou laissez vide pour des poids égaux.</translation>
    </message>
    <message>
        <source>No variation: indicator(s) {0} of layer {1} have the same value in every unit; they normalise to 0 and do not change the ranking.</source>
        <translation type="vanished">Pas de variation : le ou les indicateurs {0} de la couche {1} ont la même valeur dans toutes les unités ; ils sont normalisés à 0 et ne changent pas le classement.</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are cut once into runs of pixels on each raster&apos;s grid (scanline) and the runs are summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster&apos;s CRS, never the raster. NaN or infinite pixels that are not the raster&apos;s nodata value are skipped like nodata and counted in a warning naming the raster. Negative pixel values (and -inf) are an error.</source>
        <translation type="vanished">Additionne un ou plusieurs rasters de population (p. ex. des grilles par âge et sexe comme WorldPop) dans des polygones (ZONES) ou, sans zones, dans une grille d&apos;hexagones qu&apos;il génère sur les rasters (HEX_SIZE = côté d&apos;un hexagone en mètres ; HEX_ORIENTATION pointy ou flat). Un champ de sortie par bande de raster, nommé d&apos;après le raster ; raster_total est leur somme, n_pixels les pixels comptés (premier raster) ; les hexagones reçoivent aussi pop_density par km2.

Les zones sont découpées une seule fois en suites de pixels sur la grille de chaque raster (balayage par lignes) et les suites sont additionnées avec numpy (add.reduceat, bincount), en lisant le raster par bandes de lignes, de sorte que les grands rasters tiennent en mémoire. Règle du centre du pixel : un pixel compte pour une zone quand son centre est dans la zone (jamais partagé entre zones). Les pixels nodata sont ignorés ; une zone sans aucun pixel valide (hors du raster, entièrement nodata ou plus petite qu&apos;un pixel) reçoit NULL. Des zones qui se chevauchent comptent chacune les pixels dont elles contiennent le centre. Les zones sont reprojetées dans le SCR de chaque raster, jamais le raster. Les pixels NaN ou infinis qui ne sont pas la valeur nodata du raster sont ignorés comme nodata et comptés dans un avertissement qui nomme le raster. Les valeurs de pixel négatives (et -inf) sont une erreur.</translation>
    </message>
    <message>
        <source>Side of a generated hexagon in metres (without ZONES). Typical: 500 m in a city.</source>
        <translation type="vanished">Côté d&apos;un hexagone généré en mètres (sans ZONES). Typique : 500 m en ville.</translation>
    </message>
    <message>
        <source>Raster {0} (band {1}) has {2} negative pixel value(s) that are not nodata around the zones; population counts cannot be negative.</source>
        <translation type="vanished">Le raster {0} (bande {1}) contient {2} valeur(s) de pixel négative(s) hors nodata autour des zones ; un effectif de population ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Raster {0} (band {1}) has {2} pixel(s) inside the zones holding NaN or infinite values that are not its nodata value: they are skipped (counted as no data, not as people) in {3} zone(s). Check the raster, or set its nodata value.</source>
        <translation type="vanished">Le raster {0} (bande {1}) contient {2} pixel(s) dans les zones avec des valeurs NaN ou infinies qui ne sont pas sa valeur nodata : ils sont ignorés (comptés comme absence de données, pas comme des personnes) dans {3} zone(s). Vérifiez le raster, ou définissez sa valeur nodata.</translation>
    </message>
    <message>
        <source>{0} zone(s) have no valid pixel centre in any raster: NULL.</source>
        <translation type="vanished">{0} zone(s) n&apos;ont aucun centre de pixel valide dans aucun raster : NULL.</translation>
    </message>
    <message>
        <source>{0} hexagon(s) written ({1} without valid pixels dropped).</source>
        <translation type="vanished">{0} hexagone(s) écrit(s) ({1} sans pixel valide écartés).</translation>
    </message>
    <message>
        <source>Writes a self-contained HTML report (images inlined, opens in any browser, no internet needed) and optionally a PDF made with a QGIS print layout: maps of supply, demand, access, care deserts and priority with legends, scale bar and north arrow; charts (demand and accessible places by district, distribution of access with the policy target, coverage curve, Lorenz curve with Gini and Palma); the key numbers in plain sentences; and the method and parameters, so the result can be reproduced.

UNITS is a result layer of CareMap (e.g. the units output of Care map in one run, or of Accessibility, Care gaps and Care deserts). Each optional field parameter names the field to use; left empty, the standard CareMap field is used when the layer has it (cost_nearest, access, covered, unmet, desert, priority), and the part of the report that needs it is left out otherwise. COHORT_LABEL, SERVICE_LABEL and MODE_LABEL make the sentences read naturally, e.g. &apos;children under 6&apos;, &apos;a childcare place&apos;, &apos;walk&apos;. PARAMETERS is free text or JSON describing how the inputs were made.

Text from the layers (district and facility names) is escaped: markup in the data is shown as text, never run.</source>
        <translation type="vanished">Écrit un rapport HTML autonome (images intégrées, s&apos;ouvre dans n&apos;importe quel navigateur, sans connexion internet) et éventuellement un PDF réalisé avec une mise en page d&apos;impression QGIS : cartes de l&apos;offre, de la demande, de l&apos;accès, des déserts de soins et de la priorité avec légendes, barre d&apos;échelle et flèche du nord ; graphiques (demande et places accessibles par district, distribution de l&apos;accès avec l&apos;objectif de politique publique, courbe de couverture, courbe de Lorenz avec Gini et Palma) ; les chiffres clés en phrases simples ; et la méthode et les paramètres, afin que le résultat puisse être reproduit.

UNITS est une couche de résultats de CareMap (p. ex. la sortie des unités de Carte des soins en une seule exécution, ou d&apos;Accessibilité, d&apos;Écarts de soins et de Déserts de soins). Chaque paramètre de champ facultatif désigne le champ à utiliser ; laissé vide, le champ standard de CareMap est utilisé quand la couche l&apos;a (cost_nearest, access, covered, unmet, desert, priority), et la partie du rapport qui en a besoin est omise sinon. COHORT_LABEL, SERVICE_LABEL et MODE_LABEL rendent les phrases naturelles, p. ex. &apos;enfants de moins de 6 ans&apos;, &apos;une place en crèche&apos;, &apos;à pied&apos;. PARAMETERS est un texte libre ou du JSON décrivant comment les données d&apos;entrée ont été produites.

Le texte issu des couches (noms de districts et d&apos;établissements) est échappé : le balisage présent dans les données est affiché comme du texte, jamais exécuté.</translation>
    </message>
    <message>
        <source>A CareMap result layer of units with the indicators to report. Typical: the units output of caremap:carepipeline.</source>
        <translation type="vanished">Une couche de résultats CareMap avec les unités et les indicateurs à présenter. Typique : la sortie unités de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Numeric field of UNITS with the people of the cohort. Typical: care_demand.</source>
        <translation type="vanished">Champ numérique de UNITS avec les personnes du groupe. Typique : care_demand.</translation>
    </message>
    <message>
        <source>Field with the cost in minutes to the nearest facility; empty = cost_nearest if the layer has it. Typical: empty.</source>
        <translation type="vanished">Champ avec le coût en minutes jusqu&apos;au service le plus proche ; vide = cost_nearest si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <source>Field with the access in places per person; empty = access if the layer has it. Typical: empty.</source>
        <translation type="vanished">Champ avec l&apos;accès en places par personne ; vide = access si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <source>Field that is 1 where the unit reaches a facility within the threshold, else 0; empty = covered if the layer has it. Typical: empty.</source>
        <translation type="vanished">Champ qui vaut 1 là où l&apos;unité atteint un service dans le seuil, sinon 0 ; vide = covered si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <source>Field with the unmet demand in people; empty = unmet if the layer has it. Typical: empty.</source>
        <translation type="vanished">Champ avec la demande non satisfaite en personnes ; vide = unmet si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <source>Field that is 1 for a care desert, else 0; empty = desert if the layer has it. Typical: empty.</source>
        <translation type="vanished">Champ qui vaut 1 pour un désert de soins, sinon 0 ; vide = desert si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <source>Field with the care priority index; empty = priority if the layer has it. Typical: empty.</source>
        <translation type="vanished">Champ avec l&apos;indice de priorité de soins ; vide = priority si la couche l&apos;a. Typique : vide.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for the charts by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Champ facultatif de UNITS indiquant le district de chaque unité, pour les graphiques par district ; sans lui, DISTRICT_LAYER donne à chaque unité le district dans lequel elle se trouve. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in, for the charts by district. Typical: the localities or communes of the city.</source>
        <translation type="vanished">Couche facultative de polygones de districts : quand UNITS n&apos;a pas de champ de district, chaque unité reçoit le district dans lequel se trouve son point intérieur, pour les graphiques par district. Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <source>Optional layer of care facilities to draw on the supply map. Typical: the inventory output of caremap:carepipeline.</source>
        <translation type="vanished">Couche facultative des services de soins à tracer sur la carte de l&apos;offre. Typique : la sortie inventaire de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Optional numeric field of SUPPLY with the places of each facility. Typical: capacity_fde.</source>
        <translation type="vanished">Champ numérique facultatif de SUPPLY avec les places de chaque service. Typique : capacity_fde.</translation>
    </message>
    <message>
        <source>Travel-time threshold in minutes that the analysis used, quoted in the sentences and charts. Typical: 20 minutes.</source>
        <translation type="vanished">Seuil de temps de trajet en minutes utilisé par l&apos;analyse, cité dans les phrases et les graphiques. Typique : 20 minutes.</translation>
    </message>
    <message>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in UNITS; the places needed are the sum of ratio x count, replacing TARGET. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Objectifs facultatifs par tranche d&apos;âge, sous forme d&apos;éléments champ:ratio séparés par &apos;;&apos;, chaque champ étant un effectif de personnes de cette tranche dans UNITS ; les places nécessaires sont la somme de ratio x effectif, en remplacement de TARGET. Typique : &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE du Brésil : 50 % des enfants de 0-3 ans en crèche, 100 % des 4-5 ans en préscolaire).</translation>
    </message>
    <message>
        <source>Free text or JSON describing how the inputs were made, printed in the method section so the result can be reproduced. Typical: the parameters of the accessibility run.</source>
        <translation type="vanished">Texte libre ou JSON décrivant comment les données d&apos;entrée ont été produites, imprimé dans la section méthode pour que le résultat soit reproductible. Typique : les paramètres du calcul d&apos;accessibilité.</translation>
    </message>
    <message>
        <source>Self-contained HTML report (maps, charts, key numbers, method), to open in any browser.</source>
        <translation type="vanished">Rapport HTML autonome (cartes, graphiques, chiffres clés, méthode), à ouvrir dans n&apos;importe quel navigateur.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand beyond THRESHOLD of the nearest facility (or not covered); None when there is no demand or no cost or covered field.</source>
        <translation type="vanished">Part (0 à 1) de la demande au-delà de THRESHOLD de l&apos;établissement le plus proche (ou non couverte) ; None sans demande ou sans champ de coût ou de couverture.</translation>
    </message>
    <message>
        <source>People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them.</source>
        <translation type="vanished">Personnes sans place : la somme du champ unmet, ou de max(0, demande - places) à partir de l&apos;accès ; None sans eux.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand living in care deserts; None without a desert field or demand.</source>
        <translation type="vanished">Part (0 à 1) de la demande vivant dans des déserts de soins ; None sans champ de désert ou sans demande.</translation>
    </message>
    <message>
        <source>Cost to the nearest facility field (minutes)</source>
        <translation type="vanished">Champ du coût vers l&apos;établissement le plus proche (minutes)</translation>
    </message>
    <message>
        <source>Unmet demand field</source>
        <translation type="vanished">Champ de demande non satisfaite</translation>
    </message>
    <message>
        <source>Priority index field</source>
        <translation type="vanished">Champ de l&apos;indice de priorité</translation>
    </message>
    <message>
        <source>Facility capacity field</source>
        <translation type="vanished">Champ de capacité des établissements</translation>
    </message>
    <message>
        <source>Travel-time threshold (minutes)</source>
        <translation type="vanished">Seuil de temps de trajet (minutes)</translation>
    </message>
    <message>
        <source>Method and parameters (text or JSON)</source>
        <translation type="vanished">Méthode et paramètres (texte ou JSON)</translation>
    </message>
    <message>
        <source>{0} is {1:g}: the report counts the people within this travel time and quotes it in its sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. 20 minutes).</source>
        <translation type="vanished">{0} vaut {1:g} : le rapport compte les personnes dans ce temps de trajet et le cite dans ses phrases et ses graphiques, il doit donc être supérieur à 0. Indiquez le seuil utilisé par l&apos;analyse (p. ex. 20 minutes).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL) in field &apos;{2}&apos;: they are left out of every figure of the report.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont pas de valeur (NULL) dans le champ &apos;{2}&apos; : elles sont exclues de tous les chiffres du rapport.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age band.</source>
        <translation type="vanished">{0} : le ou les champs {1} ne sont pas dans la couche {2}. Indiquez des champs de cette couche contenant les personnes de chaque tranche d&apos;âge.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL value(s) in units with demand: the places the targets per age band ask for are unknown there. Fill or filter them first.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient {2} valeur(s) NULL dans des unités avec demande : les places demandées par les objectifs par tranche d&apos;âge y sont inconnues. Complétez-les ou filtrez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Care facilities by capacity ({0})</source>
        <translation type="vanished">Établissements de soins par capacité ({0})</translation>
    </message>
    <message>
        <source>Demand: {0} ({1})</source>
        <translation type="vanished">Demande : {0} ({1})</translation>
    </message>
    <message>
        <source>Minutes to the nearest service</source>
        <translation type="vanished">Minutes jusqu&apos;au service le plus proche</translation>
    </message>
    <message>
        <source>Care desert = high demand and low access.</source>
        <translation type="vanished">Désert de soins = forte demande et faible accès.</translation>
    </message>
    <message>
        <source>Priority index (0-1, quintiles)</source>
        <translation type="vanished">Indice de priorité (0-1, quintiles)</translation>
    </message>
    <message>
        <source>Chooses P new care facility sites among CANDIDATES (a point layer) or a regular grid (GRID_SPACING metres) over the demand. EXISTING facilities stay open and already cover.
OBJECTIVE: mclp = maximise the demand within THRESHOLD; pmedian = minimise the demand-weighted cost to the nearest open site (costs up to MAX_COST, default 3 x THRESHOLD; units reaching nothing count at MAX_COST, and cost before/after is NULL for them); capacitated = maximise the demand served within THRESHOLD when each new site serves at most its capacity.
SOLVER: greedy (fast; for mclp at least 63% = 1 - 1/e of the optimum, usually &gt; 97%) or exact (MILP with HiGHS, stopped after TIME_LIMIT seconds; the MIP gap is reported; cancelling takes effect when the solver returns, at the latest after TIME_LIMIT).
Outputs: the chosen sites with rank and gain (demand newly covered/served, or cost saved), the demand layer with coverage and cost before/after, and a before/after summary. A site that would add nothing (all demand within its reach already covered, served or as close) is never added: fewer than P sites are then placed, with a warning, and SITES_PLACED says how many.</source>
        <translation type="vanished">Choisit P sites de nouveaux établissements de soins parmi CANDIDATES (une couche de points) ou sur une grille régulière (GRID_SPACING mètres) couvrant la demande. Les établissements EXISTING restent ouverts et couvrent déjà.
OBJECTIVE : mclp = maximiser la demande dans THRESHOLD ; pmedian = minimiser le coût pondéré par la demande vers le site ouvert le plus proche (coûts jusqu&apos;à MAX_COST, par défaut 3 x THRESHOLD ; les unités n&apos;atteignant rien comptent pour MAX_COST, et leur coût avant/après est NULL) ; capacitated = maximiser la demande servie dans THRESHOLD quand chaque nouveau site sert au plus sa capacité.
SOLVER : greedy (rapide ; pour mclp au moins 63 % = 1 - 1/e de l&apos;optimum, généralement &gt; 97 %) ou exact (MILP avec HiGHS, arrêté après TIME_LIMIT secondes ; l&apos;écart MIP est indiqué ; l&apos;annulation prend effet au retour du solveur, au plus tard après TIME_LIMIT).
Sorties : les sites choisis avec rank et gain (demande nouvellement couverte/servie, ou coût économisé), la couche de demande avec couverture et coût avant/après, et un résumé avant/après. Un site qui n&apos;apporterait rien (toute la demande à sa portée déjà couverte, servie ou aussi proche) n&apos;est jamais ajouté : moins de P sites sont alors implantés, avec un avertissement, et SITES_PLACED en indique le nombre.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5.</source>
        <translation type="vanished">Couche des unités de demande, points ou polygones (pris à leur centroïde). Typique : îlots de recensement avec les enfants de 0-5 ans.</translation>
    </message>
    <message>
        <source>Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from caremap:caregaps.</source>
        <translation type="vanished">Champ numérique facultatif avec les personnes de chaque unité ; vide = 1 par unité. Typique : enfants de 0-5 ans, ou unmet de caremap:caregaps.</translation>
    </message>
    <message>
        <source>Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a grid of GRID_SPACING is used. Typical: the public land inventory.</source>
        <translation type="vanished">Couche facultative de points des sites possibles (p. ex. terrains publics, écoles, salles communales) ; sans elle une grille de GRID_SPACING est utilisée. Typique : l&apos;inventaire des terrains publics.</translation>
    </message>
    <message>
        <source>Spacing in metres of a regular grid of candidate sites over the demand, used when no CANDIDATES layer is given (0 = none). Typical: 250 m.</source>
        <translation type="vanished">Espacement en mètres d&apos;une grille régulière de sites candidats sur la demande, utilisée quand aucune couche CANDIDATES n&apos;est donnée (0 = aucune). Typique : 250 m.</translation>
    </message>
    <message>
        <source>Optional layer of facilities that stay open and already cover demand. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Couche facultative des services qui restent ouverts et couvrent déjà la demande. Typique : la sortie de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Number of new sites to choose. Typical: 3 to 10, the number the budget allows.</source>
        <translation type="vanished">Nombre de nouveaux sites à choisir. Typique : 3 à 10, le nombre que permet le budget.</translation>
    </message>
    <message>
        <source>mclp = cover the most demand within THRESHOLD; pmedian = lowest demand-weighted cost; capacitated = serve the most demand within THRESHOLD with limited capacity per site. Typical: mclp.</source>
        <translation type="vanished">mclp = couvrir le plus de demande dans THRESHOLD ; pmedian = coût pondéré par la demande le plus bas ; capacitated = servir le plus de demande dans THRESHOLD avec une capacité limitée par site. Typique : mclp.</translation>
    </message>
    <message>
        <source>greedy = fast, near-optimal; exact = MILP with HiGHS, stopped after TIME_LIMIT (the MIP gap is reported). Typical: greedy to explore, exact for the final plan.</source>
        <translation type="vanished">greedy = rapide, presque optimal ; exact = MILP avec HiGHS, arrêté après TIME_LIMIT (l&apos;écart MIP est indiqué). Typique : greedy pour explorer, exact pour le plan final.</translation>
    </message>
    <message>
        <source>Coverage limit in COST_UNIT, inclusive: a unit is covered by a site within this cost. Typical: 15 minutes walking.</source>
        <translation type="vanished">Limite de couverture en COST_UNIT, inclus : une unité est couverte par un site dans ce coût. Typique : 15 minutes à pied.</translation>
    </message>
    <message>
        <source>Cost limit in COST_UNIT for pmedian and for the cost before/after; units reaching nothing count at this cost (0 = 3 x THRESHOLD). Typical: 0.</source>
        <translation type="vanished">Limite de coût en COST_UNIT pour pmedian et pour le coût avant/après ; les unités qui n&apos;atteignent rien comptent à ce coût (0 = 3 x THRESHOLD). Typique : 0.</translation>
    </message>
    <message>
        <source>Places of each new site for OBJECTIVE=capacitated, when CANDIDATE_CAPACITY_FIELD is not given. Typical: 100 places.</source>
        <translation type="vanished">Places de chaque nouveau site pour OBJECTIVE=capacitated, quand CANDIDATE_CAPACITY_FIELD n&apos;est pas donné. Typique : 100 places.</translation>
    </message>
    <message>
        <source>Optional numeric field of CANDIDATES with the places each site could offer (OBJECTIVE=capacitated). Typical: empty.</source>
        <translation type="vanished">Champ numérique facultatif de CANDIDATES avec les places que chaque site pourrait offrir (OBJECTIVE=capacitated). Typique : vide.</translation>
    </message>
    <message>
        <source>Optional field of CANDIDATES with a unique id, copied to the chosen sites and used to join an OD_TABLE. Typical: the plot code.</source>
        <translation type="vanished">Champ facultatif de CANDIDATES avec un identifiant unique, copié sur les sites choisis et utilisé pour joindre une OD_TABLE. Typique : le code de la parcelle.</translation>
    </message>
    <message>
        <source>Optional numeric field of EXISTING with each facility&apos;s places for OBJECTIVE=capacitated; empty or NULL = unlimited. Typical: capacity_fde.</source>
        <translation type="vanished">Champ numérique facultatif de EXISTING avec les places de chaque service pour OBJECTIVE=capacitated ; vide ou NULL = illimité. Typique : capacity_fde.</translation>
    </message>
    <message>
        <source>Demand within THRESHOLD of an existing facility, before the new sites.</source>
        <translation type="vanished">Demande dans la limite de THRESHOLD d&apos;un établissement existant, avant les nouveaux sites.</translation>
    </message>
    <message>
        <source>Demand within THRESHOLD of an existing or new facility.</source>
        <translation type="vanished">Demande dans la limite de THRESHOLD d&apos;un établissement existant ou nouveau.</translation>
    </message>
    <message>
        <source>Demand-weighted mean cost to the nearest existing facility, in COST_UNIT; None when no demand reaches one.</source>
        <translation type="vanished">Coût moyen pondéré par la demande vers l&apos;établissement existant le plus proche, en COST_UNIT ; None si aucune demande n&apos;en atteint un.</translation>
    </message>
    <message>
        <source>Demand-weighted mean cost to the nearest facility with the new sites, in COST_UNIT; None when no demand reaches one.</source>
        <translation type="vanished">Coût moyen pondéré par la demande vers l&apos;établissement le plus proche avec les nouveaux sites, en COST_UNIT ; None si aucune demande n&apos;en atteint un.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and THRESHOLD) before the new sites; None when there is no demand.</source>
        <translation type="vanished">Part (0 à 1) de la demande dans des déserts de soins (la règle de l&apos;outil de géoréférencement des soins avec les coûts d&apos;implantation et THRESHOLD) avant les nouveaux sites ; None s&apos;il n&apos;y a pas de demande.</translation>
    </message>
    <message>
        <source>The solver&apos;s status: greedy, optimal, time_limit (the exact solver stopped at TIME_LIMIT; see MIP_GAP) or time_limit_heuristic.</source>
        <translation type="vanished">L&apos;état du solveur : greedy, optimal, time_limit (le solveur exact s&apos;est arrêté à TIME_LIMIT ; voir MIP_GAP) ou time_limit_heuristic.</translation>
    </message>
    <message>
        <source>Grid spacing for candidates when no layer is given (m, 0 = none)</source>
        <translation type="vanished">Espacement de la grille de candidats sans couche fournie (m, 0 = aucune)</translation>
    </message>
    <message>
        <source>Time limit of the exact solver (s)</source>
        <translation type="vanished">Temps limite du solveur exact (s)</translation>
    </message>
    <message>
        <source>Cost limit for p-median and for cost before/after (in the cost unit; 0 = 3 x the coverage threshold)</source>
        <translation type="vanished">Limite de coût pour le p-médian et pour le coût avant/après (dans l&apos;unité de coût ; 0 = 3 x le seuil de couverture)</translation>
    </message>
    <message>
        <source>Capacity of each new site (capacitated)</source>
        <translation type="vanished">Capacité de chaque nouveau site (capacitated)</translation>
    </message>
    <message>
        <source>Candidate capacity field (capacitated)</source>
        <translation type="vanished">Champ de capacité des candidats (capacitated)</translation>
    </message>
    <message>
        <source>Candidate id field</source>
        <translation type="vanished">Champ d&apos;id des candidats</translation>
    </message>
    <message>
        <source>Existing facilities&apos; capacity field (capacitated; empty/NULL = unlimited)</source>
        <translation type="vanished">Champ de capacité des établissements existants (capacitated ; vide/NULL = illimitée)</translation>
    </message>
    <message>
        <source>The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage threshold (in the cost unit) above 0, e.g. 15 minutes.</source>
        <translation type="vanished">Le seuil de couverture vaut {0} : aucune unité de demande ne pourrait jamais être couverte. Réglez le seuil de couverture (dans l&apos;unité de coût) au-dessus de 0, p. ex. 15 minutes.</translation>
    </message>
    <message>
        <source>{0} new sites are asked for ({1}) but {2} has only {3} candidate site(s): ask for fewer sites or give more candidates.</source>
        <translation type="vanished">{0} nouveaux sites sont demandés ({1}) mais {2} n&apos;a que {3} site(s) candidat(s) : demandez moins de sites ou fournissez davantage de candidats.</translation>
    </message>
    <message>
        <source>Capacity must be &gt; 0 for every candidate: {0} has {1} value(s) that are zero, negative or NULL.</source>
        <translation type="vanished">La capacité doit être &gt; 0 pour chaque candidat : {0} contient {1} valeur(s) nulle(s), négative(s) ou NULL.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): the new sites&apos; layer holds NULL there.</source>
        <translation type="vanished">{0} valeur(s) du champ &apos;{1}&apos; de la couche {2} ne sont pas des nombres finis (NaN ou infinis) : la couche des nouveaux sites contient NULL à ces endroits.</translation>
    </message>
    <message>
        <source>Fewer sites suffice: {0} new site(s) placed instead of the {1} asked, because any further site would add nothing (no demand left that it would cover, serve or bring closer).</source>
        <translation type="vanished">Moins de sites suffisent : {0} nouveau(x) site(s) implanté(s) au lieu des {1} demandés, car tout site supplémentaire n&apos;apporterait rien (il ne reste aucune demande qu&apos;il couvrirait, servirait ou rapprocherait).</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

A kept record&apos;s missing capacity, hours or days are taken from the records merged into it (most trusted source first; capacity_imputed = 4). A capacity of 0 is a reported value, never imputed: such facilities are dropped (counted, reason capacity_zero in the rejected output) unless KEEP_ZERO_CAPACITY is checked. Other missing capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3); capacity_reported keeps the record&apos;s own value. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Fusionne des couches d&apos;établissements de soins de plusieurs sources (registres, enquêtes, cartographies participatives, OpenStreetMap) en un seul inventaire avec les champs name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS : une correspondance par couche en entrée, dans l&apos;ordre des couches, séparées par &apos;|&apos;. Une correspondance est une liste séparée par des virgules de champ_schéma=champ_couche ; une valeur entre guillemets est une constante, p. ex. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Les champs du schéma non associés sont pris dans un champ de la couche du même nom s&apos;il existe. source vaut par défaut le nom de la couche. Une table sans géométrie (p. ex. un CSV) nécessite x=champ_lon,y=champ_lat (WGS84 sauf crs=&apos;EPSG:xxxx&apos;).

Nettoyage : TYPE_WHITELIST (types de service séparés par des virgules ; vide garde tout) et NAME_BLACKLIST (une expression régulière cherchée dans le nom, sans tenir compte de la casse ni des accents) ; les occurrences de chaque règle sont journalisées.

Dédoublonnage : les enregistrements à moins de DEDUP_DISTANCE mètres dont les noms normalisés (sans casse, accents, ponctuation ni mots courants comme &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) ont une similarité &gt;= NAME_THRESHOLD sont fusionnés ; l&apos;enregistrement conservé est celui de la source citée en premier dans SOURCE_PRIORITY, puis le plus complet. Il reçoit merged_sources et n_merged ; les enregistrements écartés vont dans la sortie facultative des rejets avec duplicate_of.

La capacité, les heures ou les jours manquants d&apos;un enregistrement conservé sont repris des enregistrements fusionnés avec lui (la source la plus fiable d&apos;abord ; capacity_imputed = 4). Une capacité de 0 est une valeur déclarée, jamais imputée : ces établissements sont écartés (comptés, motif capacity_zero dans la sortie des rejets) sauf si KEEP_ZERO_CAPACITY est cochée. Les autres capacités manquantes sont imputées par la médiane du même type de service (capacity_imputed = 1), ou de tous les établissements quand le type n&apos;en a aucune (= 2), ou par DEFAULT_CAPACITY quand aucune capacité n&apos;est connue (= 3) ; capacity_reported garde la valeur propre de l&apos;enregistrement. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5 ; les heures et jours manquants sont lus comme 8 et 5 (comptés dans le journal).</translation>
    </message>
    <message>
        <source>Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. Typical: the official registry and a crowd-mapped layer.</source>
        <translation type="vanished">Couches de services à fusionner (points, polygones ou tables avec coordonnées), issues de registres, d&apos;enquêtes, de cartographies participatives ou d&apos;OpenStreetMap. Typique : le registre officiel et une couche de cartographie participative.</translation>
    </message>
    <message>
        <source>One mapping per layer of INPUTS, in order, separated by &apos;|&apos;; each is schema_field=layer_field items separated by commas, a quoted value being a constant. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation type="vanished">Une correspondance par couche de INPUTS, dans l&apos;ordre, séparées par &apos;|&apos; ; chacune est une liste d&apos;éléments champ_schéma=champ_couche séparés par des virgules, une valeur entre guillemets étant une constante. Typique : name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <source>Smallest similarity (0-1) of the normalised names for two close records to be merged. Typical: 0.8.</source>
        <translation type="vanished">Similarité minimale (0-1) des noms normalisés pour fusionner deux enregistrements proches. Typique : 0.8.</translation>
    </message>
    <message>
        <source>Places given to a facility when no capacity is known at all (0 = leave it at 0). Typical: 0, or the usual size of a care centre.</source>
        <translation type="vanished">Places attribuées à un service quand aucune capacité n&apos;est connue (0 = laisser à 0). Typique : 0, ou la taille habituelle d&apos;un centre de soins.</translation>
    </message>
    <message>
        <source>Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an imputed value. Typical: unchecked.</source>
        <translation type="vanished">Garder les établissements dont la capacité déclarée est 0 (avec 0 place) au lieu de les écarter ; un 0 n&apos;est jamais remplacé par une valeur imputée. Typique : décoché.</translation>
    </message>
    <message>
        <source>Optional: the records dropped by the cleaning rules or as duplicates (with duplicate_of), to check.</source>
        <translation type="vanished">Facultatif : les enregistrements écartés par les règles de nettoyage ou comme doublons (avec duplicate_of), à vérifier.</translation>
    </message>
    <message>
        <source>Number of records merged into another as duplicates (listed in OUTPUT_REJECTED with duplicate_of).</source>
        <translation type="vanished">Nombre d&apos;enregistrements fusionnés dans un autre comme doublons (listés dans OUTPUT_REJECTED avec duplicate_of).</translation>
    </message>
    <message>
        <source>Number of records dropped by the cleaning rules (type whitelist, name blacklist, zero capacity...).</source>
        <translation type="vanished">Nombre d&apos;enregistrements écartés par les règles de nettoyage (liste blanche des types, liste noire des noms, capacité nulle...).</translation>
    </message>
    <message>
        <source>Layer {0}: {1} record(s).</source>
        <translation type="vanished">Couche {0} : {1} enregistrement(s).</translation>
    </message>
    <message>
        <source>No record of layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose layers with point or polygon geometry.</source>
        <translation type="vanished">Aucun enregistrement de la ou des couches {0} n&apos;est localisé : associez leurs coordonnées (x=...,y=...) ou choisissez des couches avec une géométrie de points ou de polygones.</translation>
    </message>
    <message>
        <source>Type whitelist: {0} record(s) rejected; name blacklist: {1} hit(s).</source>
        <translation type="vanished">Liste blanche des types : {0} enregistrement(s) rejeté(s) ; liste noire des noms : {1} occurrence(s).</translation>
    </message>
    <message>
        <source>De-duplication: {0} candidate pair(s) within {1} m, {2} matched, {3} duplicate record(s) merged.</source>
        <translation type="vanished">Dédoublonnage : {0} paire(s) candidate(s) à moins de {1} m, {2} appariée(s), {3} doublon(s) fusionné(s).</translation>
    </message>
    <message>
        <source>Every record of layer(s) {0} was rejected by {1} or {2}: loosen those rules.</source>
        <translation type="vanished">Tous les enregistrements de la ou des couches {0} ont été rejetés par {1} ou {2} : assouplissez ces règles.</translation>
    </message>
    <message>
        <source>{0}: {1} kept facilities took the value of a merged duplicate.</source>
        <translation type="vanished">{0} : {1} établissements conservés ont repris la valeur d&apos;un doublon fusionné.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) report a capacity of 0 ({1}): kept with 0 places, as asked.</source>
        <translation type="vanished">{0} établissement(s) déclarent une capacité de 0 ({1}) : conservés avec 0 place, comme demandé.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) report a capacity of 0 ({1}): dropped (see the rejected records, reason capacity_zero); check &apos;Keep facilities with a reported capacity of 0&apos; to keep them.</source>
        <translation type="vanished">{0} établissement(s) déclarent une capacité de 0 ({1}) : écartés (voir les enregistrements rejetés, motif capacity_zero) ; cochez &apos;Garder les établissements dont la capacité déclarée est 0&apos; pour les conserver.</translation>
    </message>
    <message>
        <source>No known capacity for service type(s) {0}: their missing capacities were imputed from the median of all facilities.</source>
        <translation type="vanished">Aucune capacité connue pour le(s) type(s) de service {0} : leurs capacités manquantes ont été imputées par la médiane de tous les établissements.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} facilit(y/ies) have no capacity in field &apos;{2}&apos; (NULL or not a finite number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the capacities for exact figures.</source>
        <translation type="vanished">Couche {0} : {1} établissement(s) n&apos;ont pas de capacité dans le champ &apos;{2}&apos; (NULL ou nombre non fini) : une estimation a été écrite à la place (capacity_imputed 1 à 3). Complétez les capacités pour des chiffres exacts.</translation>
    </message>
    <message>
        <source>Layer {0} has no capacity field: its {1} facilit(y/ies) got an estimated capacity (capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {2} for exact figures.</source>
        <translation type="vanished">La couche {0} n&apos;a pas de champ de capacité : ses {1} établissement(s) ont reçu une capacité estimée (capacity_imputed 1 à 3). Associez son champ de capacité (capacity=...) dans {2} pour des chiffres exacts.</translation>
    </message>
    <message>
        <source>Hours of unpaid care work per unit from a time-use table (columns sex, age_band, weekly_hours: average weekly hours per person, e.g. from a national time-use survey) and population fields by sex and age band. Fields are matched to table rows by name (f_18_64 for sex f, band 18-64 or 18_64) or by BAND_FIELDS, e.g. &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.
Outputs per unit: weekly and yearly hours (x WEEKS_PER_YEAR), the women&apos;s share, the yearly replacement-cost value (hours x WAGE per hour), optionally the opportunity-cost value (hours x WAGE_WOMEN / WAGE_MEN) and the share of a local GDP.
With SERVICES: each service (places from SERVICE_CAPACITY_FIELD or PLACES) takes over places x hours open per week x SUBSTITUTION hours of household care a week, shared among the units within THRESHOLD in proportion to SERVICE_DEMAND_FIELD (default: the units&apos; unpaid hours).</source>
        <translation type="vanished">Heures de travail de soins non rémunéré par unité à partir d&apos;une table d&apos;emploi du temps (colonnes sex, age_band, weekly_hours : heures hebdomadaires moyennes par personne, p. ex. issues d&apos;une enquête nationale emploi du temps) et de champs de population par sexe et tranche d&apos;âge. Les champs sont associés aux lignes de la table par leur nom (f_18_64 pour le sexe f, tranche 18-64 ou 18_64) ou par BAND_FIELDS, p. ex. &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.
Sorties par unité : heures hebdomadaires et annuelles (x WEEKS_PER_YEAR), la part des femmes, la valeur annuelle au coût de remplacement (heures x WAGE par heure), éventuellement la valeur au coût d&apos;opportunité (heures x WAGE_WOMEN / WAGE_MEN) et la part d&apos;un PIB local.
Avec SERVICES : chaque service (places de SERVICE_CAPACITY_FIELD ou PLACES) prend en charge places x heures d&apos;ouverture par semaine x SUBSTITUTION heures de soins domestiques par semaine, réparties entre les unités à THRESHOLD ou moins au prorata de SERVICE_DEMAND_FIELD (par défaut : les heures non rémunérées des unités).</translation>
    </message>
    <message>
        <source>Field of TIME_USE with the sex (e.g. f, m). Typical: sex.</source>
        <translation type="vanished">Champ de TIME_USE avec le sexe (p. ex. f, m). Typique : sex.</translation>
    </message>
    <message>
        <source>Field of TIME_USE with the age band in years (e.g. 18-64). Typical: age_band.</source>
        <translation type="vanished">Champ de TIME_USE avec la tranche d&apos;âge en années (p. ex. 18-64). Typique : age_band.</translation>
    </message>
    <message>
        <source>Numeric field of TIME_USE with the average weekly hours of unpaid care per person. Typical: weekly_hours.</source>
        <translation type="vanished">Champ numérique de TIME_USE avec les heures hebdomadaires moyennes de soins non rémunérés par personne. Typique : weekly_hours.</translation>
    </message>
    <message>
        <source>Which population field of INPUT holds each sex and band, as sex:band=field items separated by &apos;;&apos;; empty = matched by field name (f_18_64). Typical: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</source>
        <translation type="vanished">Quel champ de population de INPUT contient chaque sexe et tranche, sous forme d&apos;éléments sexe:tranche=champ séparés par &apos;;&apos; ; vide = appariés par nom de champ (f_18_64). Typique : &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</translation>
    </message>
    <message>
        <source>Optional local GDP per year in the same currency as WAGE, to express the value as a share of GDP. Typical: the city&apos;s GDP.</source>
        <translation type="vanished">PIB local annuel facultatif, dans la même monnaie que WAGE, pour exprimer la valeur en part du PIB. Typique : le PIB de la ville.</translation>
    </message>
    <message>
        <source>Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of caremap:siting.</source>
        <translation type="vanished">Couche facultative de points des services de soins (existants ou nouveaux sites) dont les heures libèrent du temps de soins des ménages. Typique : les nouveaux sites de caremap:siting.</translation>
    </message>
    <message>
        <source>Optional numeric field of SERVICES with the places of each service; empty = PLACES for every service. Typical: capacity.</source>
        <translation type="vanished">Champ numérique facultatif de SERVICES avec les places de chaque service ; vide = PLACES pour chaque service. Typique : capacity.</translation>
    </message>
    <message>
        <source>Places of each service when SERVICE_CAPACITY_FIELD is empty. Typical: 50 places.</source>
        <translation type="vanished">Places de chaque service quand SERVICE_CAPACITY_FIELD est vide. Typique : 50 places.</translation>
    </message>
    <message>
        <source>Optional numeric field of SERVICES with the hours each service is open per week; empty = HOURS_OPEN. Typical: empty.</source>
        <translation type="vanished">Champ numérique facultatif de SERVICES avec les heures d&apos;ouverture hebdomadaires de chaque service ; vide = HOURS_OPEN. Typique : vide.</translation>
    </message>
    <message>
        <source>Hours each service is open per week when SERVICE_HOURS_FIELD is empty. Typical: 40 hours (8 hours, 5 days).</source>
        <translation type="vanished">Heures d&apos;ouverture hebdomadaires de chaque service quand SERVICE_HOURS_FIELD est vide. Typique : 40 heures (8 heures, 5 jours).</translation>
    </message>
    <message>
        <source>Optional numeric field of INPUT by which the hours freed by a service are shared among the units within THRESHOLD; empty = the units&apos; unpaid hours. Typical: children 0-5.</source>
        <translation type="vanished">Champ numérique facultatif de INPUT selon lequel les heures libérées par un service sont réparties entre les unités dans THRESHOLD ; vide = les heures non rémunérées des unités. Typique : enfants de 0-5 ans.</translation>
    </message>
    <message>
        <source>Reach of a service in COST_UNIT, inclusive: only units within it share its freed hours. Typical: 15 minutes walking.</source>
        <translation type="vanished">Portée d&apos;un service en COST_UNIT, incluse : seules les unités dans cette portée se partagent ses heures libérées. Typique : 15 minutes à pied.</translation>
    </message>
    <message>
        <source>Unpaid care hours per year in all units (weekly hours x WEEKS_PER_YEAR).</source>
        <translation type="vanished">Heures de soins non rémunérés par an dans l&apos;ensemble des unités (heures hebdomadaires x WEEKS_PER_YEAR).</translation>
    </message>
    <message>
        <source>Value per year at the wages the carers would earn (WAGE_WOMEN, WAGE_MEN); None without them.</source>
        <translation type="vanished">Valeur annuelle aux salaires que gagneraient les aidants (WAGE_WOMEN, WAGE_MEN) ; None sans eux.</translation>
    </message>
    <message>
        <source>Hours of unpaid care per week the SERVICES would free; None without SERVICES.</source>
        <translation type="vanished">Heures de soins non rémunérés par semaine que les SERVICES libéreraient ; None sans SERVICES.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have a NULL (or non-finite) population in {2}: their hours and values are NULL and they are left out of the totals.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} ont une population NULL (ou non finie) dans {2} : leurs heures et valeurs sont NULL et elles sont exclues des totaux.</translation>
    </message>
    <message>
        <source>{0} service(s) of layer {1} have a NULL (or non-finite) &apos;{2}&apos;: they free no hours.</source>
        <translation type="vanished">{0} service(s) de la couche {1} ont &apos;{2}&apos; NULL (ou non fini) : ils ne libèrent aucune heure.</translation>
    </message>
    <message>
        <source>{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. 15 minutes.</source>
        <translation type="vanished">{0} vaut {1:g} : aucune unité ne pourrait se partager les heures libérées par un service. Réglez-le au-dessus de 0, p. ex. 15 minutes.</translation>
    </message>
    <message>
        <source>How travel costs between demand and facilities are measured: straight (straight-line distance, times DETOUR), network (shortest paths on the NETWORK line layer) or table (an OD_TABLE from another tool). Typical: network for walking to childcare; straight for a first look.</source>
        <translation type="vanished">Comment les coûts de déplacement entre la demande et les services sont mesurés : straight (distance à vol d&apos;oiseau, multipliée par DETOUR), network (plus courts chemins sur la couche de lignes NETWORK) ou table (une OD_TABLE produite par un autre outil). Typique : network pour aller à pied à la crèche ; straight pour un premier aperçu.</translation>
    </message>
    <message>
        <source>Road or footpath line layer used when COST_MODE=network; lines connect where they share a vertex (ends or interior). Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Couche de lignes de rues ou de chemins utilisée quand COST_MODE=network ; les lignes se connectent là où elles partagent un sommet (extrémités ou intérieur). Typique : les rues OpenStreetMap de la ville.</translation>
    </message>
    <message>
        <source>Travel speed in km/h, used to turn metres into minutes and for roads without a speed. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation type="vanished">Vitesse de déplacement en km/h, utilisée pour convertir les mètres en minutes et pour les routes sans vitesse. Typique : 5.04 km/h à pied, 15 km/h à vélo, 30 km/h en voiture en ville.</translation>
    </message>
    <message>
        <source>Optional numeric field of NETWORK with the speed of each road in km/h; roads with no valid speed use SPEED. Typical: empty for walking, maxspeed for driving.</source>
        <translation type="vanished">Champ numérique facultatif de NETWORK avec la vitesse de chaque route en km/h ; les routes sans vitesse valide utilisent SPEED. Typique : vide pour la marche, maxspeed pour la voiture.</translation>
    </message>
    <message>
        <source>Optional field of NETWORK marking one-way roads: 1/yes = only in the digitised direction, -1 = only in reverse, other values = both ways. Ignored when walking. Typical: oneway (OpenStreetMap).</source>
        <translation type="vanished">Champ facultatif de NETWORK indiquant les routes à sens unique : 1/yes = seulement dans le sens de numérisation, -1 = seulement en sens inverse, autres valeurs = double sens. Ignoré à pied. Typique : oneway (OpenStreetMap).</translation>
    </message>
    <message>
        <source>Optional field of NETWORK with the road class, used with SPEED_TABLE to give each class its speed where SPEED_FIELD gives none. Typical: highway (OpenStreetMap).</source>
        <translation type="vanished">Champ facultatif de NETWORK avec la classe de route, utilisé avec SPEED_TABLE pour donner à chaque classe sa vitesse là où SPEED_FIELD n&apos;en donne pas. Typique : highway (OpenStreetMap).</translation>
    </message>
    <message>
        <source>Speed in km/h per road class of SPEED_CLASS_FIELD, as class:speed items separated by commas. Typical: &apos;primary:50,residential:30,footway:5&apos;.</source>
        <translation type="vanished">Vitesse en km/h par classe de route de SPEED_CLASS_FIELD, sous forme d&apos;éléments classe:vitesse séparés par des virgules. Typique : &apos;primary:50,residential:30,footway:5&apos;.</translation>
    </message>
    <message>
        <source>Origin-destination cost table used when COST_MODE=table, one row per demand unit and facility pair (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs not in the table are out of reach. Needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD. Typical: walking times from ORS Tools.</source>
        <translation type="vanished">Table de coûts origine-destination utilisée quand COST_MODE=table, une ligne par paire unité de demande-service (p. ex. issue d&apos;ORS Tools, QNEAT3, r5py ou OSRM) ; les paires absentes de la table sont hors d&apos;atteinte. Nécessite DEMAND_ID_FIELD et SUPPLY_ID_FIELD. Typique : temps de marche issus d&apos;ORS Tools.</translation>
    </message>
    <message>
        <source>Field of OD_TABLE holding the demand unit id (matched with DEMAND_ID_FIELD). Typical: origin_id.</source>
        <translation type="vanished">Champ de OD_TABLE contenant l&apos;identifiant de l&apos;unité de demande (apparié avec DEMAND_ID_FIELD). Typique : origin_id.</translation>
    </message>
    <message>
        <source>Field of OD_TABLE holding the facility id (matched with SUPPLY_ID_FIELD). Typical: destination_id.</source>
        <translation type="vanished">Champ de OD_TABLE contenant l&apos;identifiant du service (apparié avec SUPPLY_ID_FIELD). Typique : destination_id.</translation>
    </message>
    <message>
        <source>Numeric field of OD_TABLE with the travel cost of each pair, already in COST_UNIT. Typical: travel time in minutes.</source>
        <translation type="vanished">Champ numérique de OD_TABLE avec le coût de déplacement de chaque paire, déjà en COST_UNIT. Typique : temps de trajet en minutes.</translation>
    </message>
    <message>
        <source>Unit of costs and thresholds: meters or minutes (minutes = metres / SPEED). Typical: minutes.</source>
        <translation type="vanished">Unité des coûts et des seuils : meters ou minutes (minutes = mètres / SPEED). Typique : minutes.</translation>
    </message>
    <message>
        <source>For straight-line costs, the factor by which real routes are longer than the straight line (network distance / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation type="vanished">Pour les coûts à vol d&apos;oiseau, le facteur par lequel les trajets réels sont plus longs que la ligne droite (distance réseau / distance directe, au moins 1). Typique : 1.3 dans un quadrillage urbain.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by network and are flagged (off_network). Typical: 500 m.</source>
        <translation type="vanished">Distance maximale en mètres entre un point et le réseau routier : un point rejoint le point le plus proche de la rue la plus proche (d&apos;une partie du réseau regroupant au moins 5 % de la longueur de la plus grande partie ; les petits morceaux déconnectés ne sont jamais rejoints), et le trajet à pied jusqu&apos;à elle est compté. Les points plus éloignés n&apos;atteignent rien par le réseau et sont signalés (off_network). Typique : 500 m.</translation>
    </message>
    <message>
        <source>Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer digitised without snapping. Typical: 0 (OpenStreetMap or caremap:osmnetwork).</source>
        <translation type="vanished">Les lignes de rues ne se rejoignent que là où elles partagent un sommet (0, la valeur par défaut), si bien qu&apos;un pont ne rejoint jamais la rue qu&apos;il franchit. Une valeur supérieure à 0 relie aussi les sommets distants de moins de ce nombre de mètres, pour une couche numérisée sans accrochage. Typique : 0 (OpenStreetMap ou caremap:osmnetwork).</translation>
    </message>
    <message>
        <source>Field of the demand layer with a unique id, used only with COST_MODE=table to join OD_ORIGIN_FIELD. Typical: the census block code.</source>
        <translation type="vanished">Champ de la couche de demande avec un identifiant unique, utilisé seulement avec COST_MODE=table pour joindre OD_ORIGIN_FIELD. Typique : le code de l&apos;îlot de recensement.</translation>
    </message>
    <message>
        <source>Field of the facility layer with a unique id, used only with COST_MODE=table to join OD_DEST_FIELD. Typical: the registry code of the facility.</source>
        <translation type="vanished">Champ de la couche des services avec un identifiant unique, utilisé seulement avec COST_MODE=table pour joindre OD_DEST_FIELD. Typique : le code d&apos;enregistrement du service.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts. When the units have no district field (DISTRICT_FIELD empty), each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. It also receives the per-district summary to map it (OUTPUT_DISTRICTS). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Couche facultative de polygones de districts. Quand les unités n&apos;ont pas de champ de district (DISTRICT_FIELD vide), chaque unité reçoit le district dans lequel se trouve son point intérieur (un point sur une limite commune va au district situé à son est, ou au nord d&apos;une limite est-ouest ; les unités hors de tout district reçoivent NULL, comptées dans un avertissement) et les unités en sortie le portent dans le champ district. Elle reçoit aussi le résumé par district pour le cartographier (OUTPUT_DISTRICTS). Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names: the names given to the units by location, or matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: the locality name.</source>
        <translation type="vanished">Champ de DISTRICT_LAYER avec les noms des districts : les noms donnés aux unités par localisation, ou appariés avec les valeurs de DISTRICT_FIELD ; vide = un champ du même nom que DISTRICT_FIELD. Typique : le nom de l&apos;arrondissement.</translation>
    </message>
    <message>
        <source>Optional: the per-district summary written onto the DISTRICT_LAYER polygons, to map it.</source>
        <translation type="vanished">Facultatif : le résumé par district écrit sur les polygones de DISTRICT_LAYER, pour le cartographier.</translation>
    </message>
    <message>
        <source>Choices: {0}.</source>
        <translation type="vanished">Choix possibles : {0}.</translation>
    </message>
    <message>
        <source>Cost: straight line, road network or OD table</source>
        <translation type="vanished">Coût : ligne droite, réseau routier ou table OD</translation>
    </message>
    <message>
        <source>Road network (lines), when costs are by road network</source>
        <translation type="vanished">Réseau routier (lignes), quand les coûts sont calculés sur le réseau routier</translation>
    </message>
    <message>
        <source>One-way field of the network (1/yes = digitised direction, -1 = reverse)</source>
        <translation type="vanished">Champ de sens unique du réseau (1/yes = sens de numérisation, -1 = sens inverse)</translation>
    </message>
    <message>
        <source>Origin-destination cost table, when costs come from a table</source>
        <translation type="vanished">Table des coûts origine-destination, quand les coûts proviennent d&apos;une table</translation>
    </message>
    <message>
        <source>OD table: origin (demand id) field</source>
        <translation type="vanished">Table OD : champ d&apos;origine (id de la demande)</translation>
    </message>
    <message>
        <source>OD table: destination (facility id) field</source>
        <translation type="vanished">Table OD : champ de destination (id de l&apos;établissement)</translation>
    </message>
    <message>
        <source>OD table: cost field</source>
        <translation type="vanished">Table OD : champ de coût</translation>
    </message>
    <message>
        <source>Straight line: detour factor (network / straight distance)</source>
        <translation type="vanished">Ligne droite : facteur de détour (distance réseau / distance à vol d&apos;oiseau)</translation>
    </message>
    <message>
        <source>Network: largest distance from a point to the network (m)</source>
        <translation type="vanished">Réseau : distance maximale d&apos;un point au réseau (m)</translation>
    </message>
    <message>
        <source>Network: join line ends closer than (m; 0 = only lines that share a vertex)</source>
        <translation type="vanished">Réseau : relier les extrémités de lignes distantes de moins de (m ; 0 = seulement les lignes qui partagent un sommet)</translation>
    </message>
    <message>
        <source>Search limit of the cost to the nearest facility (in the cost unit; 0 = automatic)</source>
        <translation type="vanished">Limite de recherche du coût vers l&apos;établissement le plus proche (dans l&apos;unité de coût ; 0 = automatique)</translation>
    </message>
    <message>
        <source>Road class field of the network (e.g. highway)</source>
        <translation type="vanished">Champ de classe de route du réseau (p. ex. highway)</translation>
    </message>
    <message>
        <source>Speed per road class, km/h (e.g. &apos;primary:50,residential:30,footway:5&apos;)</source>
        <translation type="vanished">Vitesse par classe de route, km/h (p. ex. &apos;primary:50,residential:30,footway:5&apos;)</translation>
    </message>
    <message>
        <source>demand unit(s)</source>
        <translation type="vanished">unité(s) de demande</translation>
    </message>
    <message>
        <source>facilit(y/ies)</source>
        <translation type="vanished">établissement(s)</translation>
    </message>
    <message>
        <source>The road network {0} has {1} disconnected parts: {2} demand point(s) and {3} facilit(y/ies) are outside the largest one.</source>
        <translation type="vanished">Le réseau routier {0} compte {1} parties déconnectées : {2} point(s) de demande et {3} établissement(s) sont hors de la plus grande.</translation>
    </message>
    <message>
        <source>OD table {0}: {1} row(s) with an origin not in the demand ids, {2} with a destination not in the facility ids, {3} with a NULL cost were skipped.</source>
        <translation type="vanished">Table OD {0} : {1} ligne(s) dont l&apos;origine n&apos;est pas un id de demande, {2} dont la destination n&apos;est pas un id d&apos;établissement et {3} au coût NULL ont été ignorées.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL id(s): give every feature an id, or choose another field in {3}.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient {2} id NULL : donnez un id à chaque entité, ou choisissez un autre champ dans {3}.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} feature(s) have a cost in &apos;{2}&apos; but &apos;{3}&apos; is &apos;{4}&apos; instead of &apos;minutes&apos; or &apos;meters&apos;. Correct &apos;{3}&apos;, or compute the costs again with caremap:accessibility.</source>
        <translation type="vanished">Couche {0} : {1} entité(s) ont un coût dans &apos;{2}&apos; mais &apos;{3}&apos; vaut &apos;{4}&apos; au lieu de &apos;minutes&apos; ou &apos;meters&apos;. Corrigez &apos;{3}&apos;, ou recalculez les coûts avec caremap:accessibility.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} feature(s) have &apos;{2}&apos; in metres and no speed in &apos;{3}&apos;, so it cannot be read as minutes. Fill &apos;{3}&apos; with the travel speed in km/h, or compute the costs again with the cost unit in minutes.</source>
        <translation type="vanished">Couche {0} : {1} entité(s) ont &apos;{2}&apos; en mètres et aucune vitesse dans &apos;{3}&apos;, il ne peut donc pas être lu en minutes. Remplissez &apos;{3}&apos; avec la vitesse de déplacement en km/h, ou recalculez les coûts avec l&apos;unité de coût en minutes.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: {2} cost(s) in metres converted to minutes at their speed ({3}).</source>
        <translation type="vanished">Champ &apos;{0}&apos; de la couche {1} : {2} coût(s) en mètres convertis en minutes à leur vitesse ({3}).</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not numbers (e.g. &apos;{3}&apos;): they are read as NULL.</source>
        <translation type="vanished">{0} valeur(s) du champ &apos;{1}&apos; de la couche {2} ne sont pas des nombres (p. ex. &apos;{3}&apos;) : elles sont lues comme NULL.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): they are read as NULL.</source>
        <translation type="vanished">{0} valeur(s) du champ &apos;{1}&apos; de la couche {2} ne sont pas des nombres finis (NaN ou infini) : elles sont lues comme NULL.</translation>
    </message>
    <message>
        <source>{0} feature(s) of layer {1} have no geometry: they were skipped and get NULL results.</source>
        <translation type="vanished">{0} entité(s) de la couche {1} n&apos;ont pas de géométrie : elles ont été ignorées et reçoivent des résultats NULL.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} are invalid (e.g. self-intersecting): they were repaired (Make Valid) and their area is that of the repaired polygon. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation type="vanished">{0} polygone(s) de la couche {1} sont invalides (p. ex. auto-intersection) : ils ont été réparés (méthode Make Valid) et leur surface est celle du polygone réparé. Vérifiez-les avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} have no area (even after repair): their area is NULL, so no density is computed for them.</source>
        <translation type="vanished">{0} polygone(s) de la couche {1} n&apos;ont pas de surface (même après réparation) : leur surface est NULL, donc aucune densité n&apos;est calculée pour eux.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} are invalid (e.g. self-intersecting): their repaired outline (Make Valid) is used. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation type="vanished">{0} polygone(s) de la couche {1} sont invalides (p. ex. auto-intersection) : leur contour réparé (méthode Make Valid) est utilisé. Vérifiez-les avec Vecteur &gt; Outils de géométrie &gt; Vérifier la validité.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): the output holds NULL there.</source>
        <translation type="vanished">{0} valeur(s) du champ &apos;{1}&apos; de la couche {2} ne sont pas des nombres finis (NaN ou infini) : la sortie y contient NULL.</translation>
    </message>
    <message>
        <source>{0} road(s) of layer {1} have no valid speed: {2} km/h used.</source>
        <translation type="vanished">{0} route(s) de la couche {1} n&apos;ont pas de vitesse valide : {2} km/h utilisés.</translation>
    </message>
    <message>
        <source>Network {0}: {1} nodes, {2} edges, {3} connected component(s), the largest with {4:.1%} of the length; points join the {5} component(s) with at least {6:.0%} of its length.</source>
        <translation type="vanished">Réseau {0} : {1} nœuds, {2} arcs, {3} composante(s) connexe(s), la plus grande regroupant {4:.1%} de la longueur ; les points rejoignent les {5} composante(s) regroupant au moins {6:.0%} de sa longueur.</translation>
    </message>
    <message>
        <source>{0} {1} of layer {2} are farther than {3:g} m from the road network: they reach nothing by road. Move them onto the network, add the missing roads, or raise {4}.</source>
        <translation type="vanished">{0} {1} de la couche {2} sont à plus de {3:g} m du réseau routier : ils n&apos;atteignent rien par la route. Déplacez-les sur le réseau, ajoutez les routes manquantes, ou augmentez {4}.</translation>
    </message>
    <message>
        <source> {0} of them are near a small piece of road that is not connected to the network (not used: connect it, or delete it).</source>
        <translation type="vanished"> {0} d&apos;entre eux sont près d&apos;un petit tronçon de route non connecté au réseau (non utilisé : connectez-le ou supprimez-le).</translation>
    </message>
    <message>
        <source>Off the road network, feature id(s) of layer {0}: {1}{2}</source>
        <translation type="vanished">Hors du réseau routier, id d&apos;entité de la couche {0} : {1}{2}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s) (e.g. {3}); counts, populations and capacities must be 0 or more. Correct or filter those features.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient {2} valeur(s) négative(s) (p. ex. {3}) ; les effectifs, populations et capacités doivent être de 0 ou plus. Corrigez ou filtrez ces entités.</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos; of layer {1} has {2} NULL value(s); fill or filter them first.</source>
        <translation type="vanished">Le champ de district &apos;{0}&apos; de la couche {1} contient {2} valeur(s) NULL ; complétez-les ou filtrez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos; of layer {1}: {2} unit(s) with NULL district are left out of the district summary.</source>
        <translation type="vanished">Champ de district &apos;{0}&apos; de la couche {1} : {2} unité(s) au district NULL sont exclues du résumé par district.</translation>
    </message>
    <message>
        <source>Districts by location: {0} of {1} unit(s) of layer {2} lie in a polygon of layer {3} (names from &apos;{4}&apos;).</source>
        <translation type="vanished">Districts par localisation : {0} sur {1} unité(s) de la couche {2} se trouvent dans un polygone de la couche {3} (noms tirés de &apos;{4}&apos;).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in a polygon of layer {2} with no name (NULL) in &apos;{3}&apos;: their district is NULL. Fill the names of those polygons.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} se trouvent dans un polygone de la couche {2} sans nom (NULL) dans &apos;{3}&apos; : leur district est NULL. Renseignez les noms de ces polygones.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in more than one polygon of layer {2} (overlapping districts): each was given the first of them in the layer&apos;s order. Fix the overlaps to choose.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} se trouvent dans plus d&apos;un polygone de la couche {2} (districts superposés) : chacune a reçu le premier d&apos;entre eux dans l&apos;ordre de la couche. Corrigez les superpositions pour choisir.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie exactly on the outer boundary of layer {2}: given the district whose boundary they are on.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} se trouvent exactement sur la limite extérieure de la couche {2} : elles reçoivent le district sur la limite duquel elles se trouvent.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no district: they lie in no polygon of layer {2} (or in one without a name). Extend the district polygons to cover them, or filter those units out first.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} n&apos;ont pas de district : elles ne se trouvent dans aucun polygone de la couche {2} (ou dans un polygone sans nom). Étendez les polygones de districts pour les couvrir, ou filtrez d&apos;abord ces unités.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in no polygon of layer {2} (or in one without a name): their district is NULL and they are left out of the district summary.</source>
        <translation type="vanished">{0} unité(s) de la couche {1} ne se trouvent dans aucun polygone de la couche {2} (ou dans un polygone sans nom) : leur district est NULL et elles sont exclues du résumé par district.</translation>
    </message>
    <message>
        <source>Edge of the study area: on the {0} side(s) the facilities of layer {1} stop less than {2:,.0f} m (the straight-line reach of the catchment threshold) beyond the units of layer {3}, so facilities just outside the area may be missing. {4} unit(s) with {5:,.0f} of demand lie within {2:,.0f} m of those sides and may look worse served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.</source>
        <translation type="vanished">Bord de la zone d&apos;étude : du ou des côtés {0}, les établissements de la couche {1} s&apos;arrêtent à moins de {2:.0f} m (la portée à vol d&apos;oiseau du seuil de zone de desserte) au-delà des unités de la couche {3}, si bien que des établissements situés juste à l&apos;extérieur de la zone peuvent manquer. {4} unité(s) avec {5:.0f} de demande se trouvent à moins de {2:.0f} m de ces côtés et peuvent paraître moins bien desservies qu&apos;elles ne le sont. Ajoutez les établissements autour de la zone (p. ex. un extrait plus large) pour en être sûr.</translation>
    </message>
    <message>
        <source>District summary (polygons)</source>
        <translation type="vanished">Résumé par district (polygones)</translation>
    </message>
    <message>
        <source>District(s) not found in the district polygons of layer {0}: {1}</source>
        <translation type="vanished">District(s) introuvable(s) dans les polygones de districts de la couche {0} : {1}</translation>
    </message>
    <message>
        <source>{0} unit(s) have no value in the demand field ({1}) and are left out of every figure.</source>
        <translation type="vanished">{0} unité(s) n&apos;ont pas de valeur dans le champ de demande ({1}) et sont exclues de tous les chiffres.</translation>
    </message>
    <message>
        <source>{0} unit(s) with {1} {2} cannot reach any facility within the search limit (no cost was computed for them).</source>
        <translation type="vanished">{0} unité(s) comptant {1} {2} ne peuvent atteindre aucun établissement dans la limite de recherche (aucun coût n&apos;a été calculé pour elles).</translation>
    </message>
    <message>
        <source>{0} district(s) hold {1} {2}: {3}.</source>
        <translation type="vanished">{0} district(s) regroupent {1} {2} : {3}.</translation>
    </message>
    <message>
        <source>map</source>
        <translation type="vanished">carte</translation>
    </message>
    <message>
        <source>Report written by CareMap on {0} from layer {1}.</source>
        <translation type="vanished">Rapport rédigé par CareMap le {0} à partir de la couche {1}.</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation type="vanished">Couche source</translation>
    </message>
    <message>
        <source>{0} holds {1} mappings separated by &apos;|&apos; but {2} facility layers were chosen: give one mapping per layer, in the order of the layers, or a single mapping for all of them.</source>
        <translation type="vanished">{0} contient {1} correspondances séparées par &apos;|&apos; mais {2} couches d&apos;établissements ont été choisies : indiquez une correspondance par couche, dans l&apos;ordre des couches, ou une seule correspondance pour toutes.</translation>
    </message>
    <message>
        <source>{0} row(s) of layer {1} have no coordinates: skipped.</source>
        <translation type="vanished">{0} ligne(s) de la couche {1} n&apos;ont pas de coordonnées : ignorées.</translation>
    </message>
    <message>
        <source>Lorenz curve of access — Gini {0}, Palma {1}</source>
        <translation type="vanished">Courbe de Lorenz de l&apos;accès — Gini {0}, Palma {1}</translation>
    </message>
    <message>
        <source>Lorenz</source>
        <translation type="vanished">Courbe de Lorenz</translation>
    </message>
    <message>
        <source>No CareMap result selected.</source>
        <translation type="vanished">Aucun résultat CareMap sélectionné.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no value in {1} and are left out of the figures.</source>
        <translation type="vanished">{0} unité(s) n&apos;ont pas de valeur dans {1} et sont exclues des chiffres.</translation>
    </message>
    <message>
        <source>{0} unit(s) ({1} people) cannot reach any facility within the search limit.</source>
        <translation type="vanished">{0} unité(s) ({1} personnes) ne peuvent atteindre aucun établissement dans la limite de recherche.</translation>
    </message>
    <message>
        <source>The demand units with cost_before, cost_after, covered_before, covered_after, newly_covered and new_site_rank.</source>
        <translation type="vanished">Les unités de demande avec cost_before, cost_after, covered_before, covered_after, newly_covered et new_site_rank.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} must hold numbers: row {2} holds &apos;{3}&apos;.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} doit contenir des nombres : la ligne {2} contient &apos;{3}&apos;.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: {2} value(s) are not finite numbers (inf, nan): read as NULL.</source>
        <translation type="vanished">Champ &apos;{0}&apos; de la couche {1} : {2} valeur(s) ne sont pas des nombres finis (inf, nan) : lues comme NULL.</translation>
    </message>
    <message>
        <source>cost_nearest mixes units ({0}): the coverage figures are not shown. Re-run Accessibility.</source>
        <translation type="vanished">cost_nearest mélange des unités ({0}) : les chiffres de couverture ne sont pas affichés. Relancez Accessibilité aux soins.</translation>
    </message>
    <message>
        <source>cost_nearest is in {0} and the layer has no speed (cost_speed_kmh) to turn it into minutes: the coverage figures are not shown. Re-run Accessibility with a speed, or fill cost_speed_kmh.</source>
        <translation type="vanished">cost_nearest est en {0} et la couche n&apos;a pas de vitesse (cost_speed_kmh) pour le convertir en minutes : les chiffres de couverture ne sont pas affichés. Relancez Accessibilité aux soins avec une vitesse, ou remplissez cost_speed_kmh.</translation>
    </message>
    <message>
        <source>The chosen new sites, with their rank and gain (demand newly covered or served, or cost saved).</source>
        <translation type="vanished">Les nouveaux sites choisis, avec leur rang (rank) et leur gain (gain : demande nouvellement couverte ou servie, ou coût économisé).</translation>
    </message>
    <message>
        <source>Runs the care map in one run (caremap:carepipeline) for every municipality of a layer, in one call. Municipalities come from a field of the units (MUNICIPALITY_FIELD), or from a polygon layer of boundaries (MUNICIPALITY_LAYER: each unit goes to the polygon its point on surface lies in, the rule of districts by location). Each municipality&apos;s run gets only its own units and, with CLIP_FACILITIES, only the facilities inside it or within FACILITY_BUFFER metres of it (its boundary polygon, or its units&apos; polygons), so facilities just across the border that its people also use can count. Each run has its own processing context and its own files, so no municipality reads another&apos;s data: one GeoPackage per municipality in OUTPUT_FOLDER (tables inventory, units, supply, districts; and &lt;name&gt;.html when WRITE_REPORT is checked). OUTPUT_SUMMARY has one row per municipality: its name, status (ok or failed) and message, units, facilities given, demand, the key figures of its units (places within reach, mean access = places per person, share within the threshold, people in care deserts, people without a place) and every figure the pipeline returns (share covered, desert share, unmet ...), its GeoPackage and the run&apos;s parameters (JSON). A municipality that fails is recorded in its row and the others go on; a warning counts the failures. Progress and cancel cover the whole batch. Municipalities run one after another: Processing runs an algorithm and its children in one thread, and a process per municipality would pay QGIS&apos;s start-up (about 1.5 s, more than a municipality&apos;s run) and need its inputs written to files; for parallel runs, start several qgis_process calls of this algorithm, each on a part of the units (a subset of the layer, e.g. &apos;blocks.gpkg|layername=blocks|subset=region=1&apos;) and its own OUTPUT_FOLDER.

The other parameters are those of caremap:carepipeline, applied to every municipality.</source>
        <translation type="vanished">Exécute la carte des soins en une seule exécution (caremap:carepipeline) pour chaque commune d&apos;une couche, en un seul appel. Les communes proviennent d&apos;un champ des unités (MUNICIPALITY_FIELD) ou d&apos;une couche de polygones de limites (MUNICIPALITY_LAYER : chaque unité va au polygone dans lequel se trouve son point intérieur, la règle des districts par localisation). L&apos;exécution de chaque commune ne reçoit que ses propres unités et, avec CLIP_FACILITIES, seulement les établissements situés à l&apos;intérieur ou à moins de FACILITY_BUFFER mètres de celle-ci (son polygone de limite, ou les polygones de ses unités), de sorte que les établissements juste de l&apos;autre côté de la limite, que ses habitants utilisent aussi, peuvent compter. Chaque exécution a son propre contexte de traitement et ses propres fichiers, donc aucune commune ne lit les données d&apos;une autre : un GeoPackage par commune dans OUTPUT_FOLDER (tables inventory, units, supply, districts ; et &lt;name&gt;.html quand WRITE_REPORT est coché). OUTPUT_SUMMARY a une ligne par commune : son nom, son statut (ok ou failed) et son message, les unités, les établissements fournis, la demande, les chiffres clés de ses unités (places à portée, accès moyen = places par personne, part dans la limite du seuil, personnes dans des déserts de soins, personnes sans place) et tous les chiffres que renvoie la chaîne (part couverte, part en désert, demande non satisfaite...), son GeoPackage et les paramètres de l&apos;exécution (JSON). Une commune qui échoue est consignée dans sa ligne et les autres continuent ; un avertissement compte les échecs. La progression et l&apos;annulation portent sur tout le lot. Les communes s&apos;exécutent l&apos;une après l&apos;autre : Processing exécute un algorithme et ses algorithmes enfants dans un seul fil d&apos;exécution, et un processus par commune paierait le démarrage de QGIS (environ 1,5 s, plus que l&apos;exécution d&apos;une commune) et exigerait d&apos;écrire ses entrées dans des fichiers ; pour des exécutions en parallèle, lancez plusieurs appels qgis_process de cet algorithme, chacun sur une partie des unités (un sous-ensemble de la couche, p. ex. &apos;blocks.gpkg|layername=blocks|subset=region=1&apos;) et avec son propre OUTPUT_FOLDER.

Les autres paramètres sont ceux de caremap:carepipeline, appliqués à chaque commune.</translation>
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
        <translation type="vanished">Quelle quantité de soins chaque unité de demande peut atteindre.

Coûts (COST_MODE) : &apos;straight&apos; = distance à vol d&apos;oiseau (éventuellement multipliée par un facteur de détour) ; &apos;network&apos; = plus courts chemins sur une couche de lignes routières (vitesse tirée de SPEED_FIELD ou de SPEED, sens unique de ONEWAY_FIELD sauf à pied ; les points rejoignent le nœud du réseau le plus proche en ligne droite à pied) ; &apos;table&apos; = une table origine-destination (p. ex. issue d&apos;ORS Tools, QNEAT3, r5py, OSRM) jointe sur DEMAND_ID_FIELD et SUPPLY_ID_FIELD, dans sa propre unité. COST_UNIT meters ou minutes (minutes = mètres / SPEED).

THRESHOLD : la limite de la zone de desserte en COST_UNIT, incluse (0 = sans limite, uniquement pour les méthodes à décroissance). Un établissement de capacité 0 n&apos;offre aucune place : il ne couvre personne.

cost_nearest est le coût vers l&apos;établissement le plus proche (de capacité &gt; 0), qu&apos;il soit ou non dans THRESHOLD, recherché jusqu&apos;à SEARCH_LIMIT (avancé ; 0 = automatique : le plus grand de 4 x THRESHOLD et de 60 minutes ou 5 000 m) ; il n&apos;est NULL que là où aucun établissement ne se trouve dans la limite de recherche. n_reachable et covered restent dans THRESHOLD. Les champs cost_unit (&apos;minutes&apos; ou &apos;meters&apos;) et cost_speed_kmh (la SPEED utilisée ; NULL pour une table OD) indiquent l&apos;unité de cost_nearest.

METHOD : nearest (coût vers l&apos;établissement le plus proche ; accès = poids de décroissance de ce coût), cumulative (capacité à portée), 2sfca (Luo et Wang 2003, avec DECAY), e2sfca (paliers par zone, par défaut 10/20/30 minutes avec les poids 1 ; 0,68 ; 0,22, ou tiers de THRESHOLD en mètres ; STEPS les remplace, p. ex. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussienne, sigma = DECAY_PARAM, par défaut THRESHOLD/2), 3sfca (poids de sélection de Huff), m2sfca (décroissance appliquée deux fois), gravity (potentiel de Hansen avec DECAY, p. ex. power ou exponential).

DECAY : step, gaussian (sigma), exponential (bêta par unité de coût), linear (coût de poids nul), power (bêta) ; DECAY_PARAM 0 = valeur par défaut.

TARGET_GROUP_FIELD / TARGET_GROUP : n&apos;utiliser que les établissements dont le groupe cible correspond (ou vaut &apos;all&apos;).

Sorties : couche de demande avec access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered ; couche d&apos;offre avec catch_demand et ratio (NULL là où aucune demande n&apos;est à portée). Sans aucune demande, SHARE_COVERED et MEAN_ACCESS sont vides (None), avec un avertissement.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered.</source>
        <translation type="vanished">Les unités de demande avec les nouveaux champs access, access_norm, cost_nearest (vers l&apos;établissement le plus proche, jusqu&apos;à SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable et covered.</translation>
    </message>
    <message>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach).</source>
        <translation type="vanished">Les services avec catch_demand (demande à portée) et ratio (places par personne ; NULL là où aucune demande n&apos;est à portée).</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z values of the unit&apos;s district (as the reference tool does); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name). Constant demand (std 0) gives z = 0 and no desert (warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the demand living in deserts; NULL when there is no demand) are also returned as numbers.</source>
        <translation type="vanished">Déserts de soins selon l&apos;outil de géoréférencement des soins (Care Georeferencing Tool) : z = (P - moyenne de P) / écart-type de P sur toutes les unités (écart-type de population) ; le seuil de demande est la médiane (ou la moyenne, ou moyenne + écart-type : DEMAND_RULE) des valeurs z positives sur toutes les unités ou, avec DISTRICT_FIELD, de toutes les valeurs z du district de l&apos;unité (comme le fait l&apos;outil de référence) ; high_demand = z &gt;= seuil et P &gt; 0 ; low_access = coût &gt; THRESHOLD (minutes, borne incluse) ou aucun établissement à portée (coût NULL). Avec ADJUST_LARGE_UNITS (polygones), les unités plus grandes que le quantile de surface AREA_QUANTILE A_q reçoivent T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densité par km2). desert = high_demand et low_access. Avec SECOND_COST_FIELD (p. ex. transports en commun, SECOND_THRESHOLD 30 min) : desert_type 1 = accessible par aucun des deux modes, 2 = accessible seulement par le second mode ; sans second mode, desert_type vaut 1 pour tout désert.

Paramètres : INPUT, DEMAND_FIELD, COST_FIELD (minutes ; un coût en mètres écrit par caremap:accessibility est converti à l&apos;aide de ses champs cost_unit et cost_speed_kmh), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (champs z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (par district : units, deserts, population, population_in_deserts, share) ; OUTPUT_DISTRICTS le même résumé sur les polygones de DISTRICT_LAYER appariés par nom (DISTRICT_LAYER_FIELD, par défaut le nom de DISTRICT_FIELD). Une demande constante (écart-type 0) donne z = 0 et aucun désert (avec un avertissement). Des valeurs NULL de demande ou de district sont une erreur. DESERTS et DESERT_SHARE (part de la demande vivant dans des déserts ; NULL en l&apos;absence de demande) sont aussi renvoyés sous forme de nombres.</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then the statistic of all the z-scores of the unit&apos;s district, and a summary per district is written. Typical: district.</source>
        <translation type="vanished">Champ facultatif indiquant le district de chaque unité ; le seuil de forte demande est alors la statistique de tous les scores z du district de l&apos;unité, et un résumé par district est écrit. Typique : district.</translation>
    </message>
    <message>
        <source>Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 people of the cohort, unmet demand = max(0, demand - accessible places), and, against a policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children 0-2), required places, shortfall = max(0, required - places), surplus and below_target (0/1).

Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; SUPPLY_FIELD accessible supply; SUPPLY_KIND &apos;places&apos; (the field holds places) or &apos;access_ratio&apos; (the field holds places per person, like the &apos;access&apos; field of caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person (0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a table per district (one row &apos;all&apos; without a district field): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. With DISTRICT_LAYER (polygons with the same district names, in DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS). Units with a NULL district keep their fields but are left out of the summary (warned). NULL demand or supply values are an error.</source>
        <translation type="vanished">Par unité (p. ex. la sortie de demande d&apos;Accessibilité aux soins) : couverture = places pour 100 personnes de la cohorte, demande non satisfaite = max(0, demande - places accessibles) et, au regard d&apos;un objectif de politique publique de TARGET_RATIO places par personne (p. ex. 0,333 = une place pour 3 enfants de 0-2 ans), places requises, déficit = max(0, requises - places), excédent et below_target (0/1).

Paramètres : INPUT unités (points ou polygones) ; DEMAND_FIELD personnes de la cohorte ; SUPPLY_FIELD offre accessible ; SUPPLY_KIND &apos;places&apos; (le champ contient des places) ou &apos;access_ratio&apos; (le champ contient des places par personne, comme le champ &apos;access&apos; de caremap:accessibility, donc places = ratio x demande) ; TARGET_RATIO places par personne (0 = pas d&apos;objectif) ; DISTRICT_FIELD district facultatif ; OUTPUT les unités avec les nouveaux champs coverage, unmet, required, shortfall, surplus, below_target ; OUTPUT_SUMMARY une table par district (une ligne &apos;all&apos; sans champ de district) : units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. Avec DISTRICT_LAYER (polygones portant les mêmes noms de district, dans DISTRICT_LAYER_FIELD), le résumé est aussi écrit sur ces polygones (OUTPUT_DISTRICTS). Les unités au district NULL gardent leurs champs mais sont exclues du résumé (avec avertissement). Des valeurs NULL de demande ou d&apos;offre sont une erreur.</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district, for the summary per district (without it, one row &apos;all&apos;). Typical: locality.</source>
        <translation type="vanished">Champ facultatif indiquant le district de chaque unité, pour le résumé par district (sans lui, une ligne &apos;all&apos;). Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Runs the whole care map from the raw inputs, as child algorithms with one progress bar: 1) Care supply inventory of the facility layers (field mappings, cleaning, de-duplication, full-day-equivalent capacity); 2) Care demand of the units from their age-band fields (BAND_MAPPING and WEIGHTS: e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) Accessibility to care of that demand to the inventory&apos;s capacity_fde, optionally only the facilities whose target_group is TARGET_GROUP; 4) Care gaps against the policy TARGET_RATIO; 5) Care deserts (the Care Georeferencing rule, by district); 6) Care priority index from unmet demand, low access, care intensity and the VULNERABILITY_FIELDS. Optionally writes the HTML (and PDF) report.

Outputs: the inventory, the units with every indicator (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), the facilities with their catchment ratio, and the per-district deserts summary. The same chain ships as a Graphical Modeler model (models/care_map.model3) to open and adapt.</source>
        <translation type="vanished">Exécute toute la carte des soins à partir des données brutes, sous forme d&apos;algorithmes enfants avec une seule barre de progression : 1) Inventaire de l&apos;offre de soins des couches d&apos;établissements (correspondance des champs, nettoyage, dédoublonnage, capacité en équivalent journée complète) ; 2) Demande de soins des unités à partir de leurs champs par tranche d&apos;âge (BAND_MAPPING et WEIGHTS : p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; avec des poids égaux donne les enfants de 0-5 ans ; l&apos;échelle de Madrid donne des unités de soins pour toute la population) ; 3) Accessibilité aux soins de cette demande à la capacity_fde de l&apos;inventaire, éventuellement seulement pour les établissements dont le target_group est TARGET_GROUP ; 4) Écarts de soins au regard de l&apos;objectif de politique publique TARGET_RATIO ; 5) Déserts de soins (la règle du géoréférencement des soins, par district) ; 6) Indice de priorité des soins à partir de la demande non satisfaite, du faible accès, de l&apos;intensité de soins et des VULNERABILITY_FIELDS. Écrit éventuellement le rapport HTML (et PDF).

Sorties : l&apos;inventaire, les unités avec tous les indicateurs (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), les établissements avec leur ratio de zone de desserte, et le résumé des déserts par district. La même chaîne est fournie comme modèle du modeleur graphique (models/care_map.model3), à ouvrir et adapter.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for care deserts and summaries by district. Typical: locality.</source>
        <translation type="vanished">Champ facultatif de UNITS indiquant le district de chaque unité, pour les déserts de soins et les résumés par district. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional table of care deserts by district (needs DISTRICT_FIELD).</source>
        <translation type="vanished">Table facultative des déserts de soins par district (nécessite DISTRICT_FIELD).</translation>
    </message>
    <message>
        <source>Largest distance in metres from a facility to its nearest network node; facilities farther away get no network catchment. Typical: 500 m.</source>
        <translation type="vanished">Distance maximale en mètres d&apos;un service à son nœud du réseau le plus proche ; les services plus éloignés n&apos;ont pas de zone de desserte par le réseau. Typique : 500 m.</translation>
    </message>
    <message>
        <source>How unequally access (ACCESS_FIELD, &gt;= 0, e.g. &apos;access&apos; from caremap:accessibility) is spread over the population (POPULATION_FIELD; empty = every unit counts once).

Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit has everything); PALMA = share of access of the best-served 10% of people / share of the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD, THEIL_BETWEEN + THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and the maximum access). All are population-weighted. A NULL output means undefined (e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population shares (0 = one row per unit). NULL values in the fields used are an error.</source>
        <translation type="vanished">À quel point l&apos;accès (ACCESS_FIELD, &gt;= 0, p. ex. &apos;access&apos; de caremap:accessibility) est inégalement réparti dans la population (POPULATION_FIELD ; vide = chaque unité compte une fois).

Sorties (nombres, aussi dans le journal) : MEAN_ACCESS ; GINI (0 = égalité, 1 - 1/n = une seule unité a tout) ; PALMA = part de l&apos;accès des 10 % de personnes les mieux desservies / part des 40 % les moins bien desservies ; THEIL (T de Theil) et, avec DISTRICT_FIELD, THEIL_BETWEEN + THEIL_WITHIN = THEIL ; avec RANK_FIELD (un rang socio-économique, bas = plus pauvre, p. ex. revenu ou strate) CONCENTRATION (2 cov(accès, rang fractionnaire) / moyenne ; négatif = accès concentré chez les pauvres) et ERREYGERS (8 cov / (max - min), bornes 0 et l&apos;accès maximal). Toutes sont pondérées par la population. Une sortie NULL signifie indéfinie (p. ex. aucun accès nulle part, ou pas de champ de rang). OUTPUT_LORENZ : la courbe de Lorenz sous forme de table (pop_share, access_share, equality) en LORENZ_POINTS parts de population équidistantes (0 = une ligne par unité). Des valeurs NULL dans les champs utilisés sont une erreur.</translation>
    </message>
    <message>
        <source>Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts. Typical: locality.</source>
        <translation type="vanished">Champ facultatif de district, pour décomposer le Theil T en THEIL_BETWEEN et THEIL_WITHIN districts. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for the charts by district. Typical: locality.</source>
        <translation type="vanished">Champ facultatif de UNITS indiquant le district de chaque unité, pour les graphiques par district. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Demand covered within {0}: {1:,.1f} before, {2:,.1f} after ({3} -&gt; {4}).</source>
        <translation type="vanished">Demande couverte dans {0} : {1:.1f} avant, {2:.1f} après ({3} -&gt; {4}).</translation>
    </message>
    <message>
        <source>Road or footpath line layer used when COST_MODE=network; lines must be connected at their ends. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Couche de lignes de rues ou de chemins utilisée quand COST_MODE=network ; les lignes doivent être connectées à leurs extrémités. Typique : les rues OpenStreetMap de la ville.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a point to its nearest network node; points farther away reach nothing by network. Typical: 500 m.</source>
        <translation type="vanished">Distance maximale en mètres d&apos;un point à son nœud du réseau le plus proche ; les points plus éloignés n&apos;atteignent rien par le réseau. Typique : 500 m.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts, to draw the per-district summary on a map (OUTPUT_DISTRICTS). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Couche facultative de polygones des districts, pour cartographier le résumé par district (OUTPUT_DISTRICTS). Typique : les arrondissements ou communes de la ville.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names, matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: empty.</source>
        <translation type="vanished">Champ de DISTRICT_LAYER avec les noms des districts, appariés avec les valeurs de DISTRICT_FIELD ; vide = un champ du même nom que DISTRICT_FIELD. Typique : vide.</translation>
    </message>
    <message>
        <source>Network {0}: {1} nodes, {2} edges, {3} connected component(s).</source>
        <translation type="vanished">Réseau {0} : {1} nœuds, {2} arêtes, {3} composante(s) connexe(s).</translation>
    </message>
    <message>
        <source>District polygons (to map the summary)</source>
        <translation type="vanished">Polygones des districts (pour cartographier le résumé)</translation>
    </message>
    <message>
        <source>Layer {0} has no cost_unit field: field &apos;{1}&apos; is read as minutes.</source>
        <translation type="vanished">La couche {0} n&apos;a pas de champ cost_unit : le champ &apos;{1}&apos; est lu en minutes.</translation>
    </message>
    <message>
        <source>Field cost_unit of layer {0} mixes units ({1}): field &apos;{2}&apos; cannot be read in one unit. Report each part separately, or re-run Accessibility.</source>
        <translation type="vanished">Le champ cost_unit de la couche {0} mélange des unités ({1}) : le champ &apos;{2}&apos; ne peut pas être lu dans une seule unité. Faites un rapport pour chaque partie séparément, ou relancez Accessibilité aux soins.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} holds costs in {2} (field cost_unit) and no speed to turn them into minutes (field cost_speed_kmh is empty). Fill cost_speed_kmh with the travel speed in km/h, or re-run Accessibility with a speed.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient des coûts en {2} (champ cost_unit) sans vitesse pour les convertir en minutes (le champ cost_speed_kmh est vide). Remplissez cost_speed_kmh avec la vitesse de déplacement en km/h, ou relancez Accessibilité aux soins avec une vitesse.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} is in {2}: read as minutes at {3:g} km/h.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} est en {2} : lu en minutes à {3:g} km/h.</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are cut once into runs of pixels on each raster&apos;s grid (scanline) and the runs are summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster&apos;s CRS, never the raster. Negative pixel values are an error.</source>
        <translation type="vanished">Somme un ou plusieurs rasters de population (p. ex. grilles par âge et sexe comme WorldPop) dans des polygones (ZONES) ou, sans zones, dans une grille d&apos;hexagones générée sur les rasters (HEX_SIZE = côté d&apos;un hexagone en mètres ; HEX_ORIENTATION pointy ou flat). Un champ de sortie par bande de raster, nommé d&apos;après le raster ; raster_total est leur somme, n_pixels les pixels comptés (premier raster) ; les hexagones reçoivent aussi pop_density par km2.

Les zones sont découpées une seule fois en segments de pixels sur la grille de chaque raster (balayage par lignes) et les segments sont sommés avec numpy (add.reduceat, bincount), en lisant le raster par bandes de lignes, si bien que les grands rasters tiennent en mémoire. Règle du centre de pixel : un pixel compte pour une zone quand son centre est dans la zone (il n&apos;est jamais partagé entre zones). Les pixels nodata sont ignorés ; une zone sans aucun pixel valide (hors du raster, entièrement nodata ou plus petite qu&apos;un pixel) reçoit NULL. Des zones qui se chevauchent comptent chacune les pixels dont elles contiennent le centre. Les zones sont reprojetées dans le SCR de chaque raster, jamais le raster. Des valeurs de pixel négatives sont une erreur.</translation>
    </message>
    <message>
        <source>Layer {0} has no point or polygon geometry: map its coordinates with x=...,y=...</source>
        <translation type="vanished">La couche {0} n&apos;a pas de géométrie de points ni de polygones : associez ses coordonnées avec x=...,y=...</translation>
    </message>
    <message>
        <source>Layer {0}: invalid crs in the mapping.</source>
        <translation type="vanished">Couche {0} : crs invalide dans la correspondance.</translation>
    </message>
    <message>
        <source>How much care each demand unit can reach.

Costs (COST_MODE): &apos;straight&apos; = straight-line distance (optionally times a detour factor); &apos;network&apos; = shortest paths on a road line layer (speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking; points join their nearest network node with a straight walk); &apos;table&apos; = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes (minutes = metres / SPEED).

THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying methods only).

METHOD: nearest (cost to the nearest facility; access = decay weight of that cost), cumulative (capacity within reach), 2sfca (Luo &amp; Wang 2003, with DECAY), e2sfca (zone steps, default 10/20/30 minutes with weights 1, 0.68, 0.22, or thirds of THRESHOLD in metres; STEPS overrides, e.g. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (Gaussian, sigma = DECAY_PARAM, default THRESHOLD/2), 3sfca (Huff selection weights), m2sfca (decay applied twice), gravity (Hansen potential with DECAY, e.g. power or exponential).

DECAY: step, gaussian (sigma), exponential (beta per cost unit), linear (cost of zero weight), power (beta); DECAY_PARAM 0 = default.

TARGET_GROUP_FIELD / TARGET_GROUP: use only facilities whose target group matches (or is &apos;all&apos;).

Outputs: demand layer with access, access_norm, cost_nearest, n_reachable, covered; supply layer with catch_demand and ratio (NULL where no demand is in reach).</source>
        <translation type="vanished">Quelle quantité de soins chaque unité de demande peut atteindre.

Coûts (COST_MODE) : &apos;straight&apos; = distance à vol d&apos;oiseau (éventuellement multipliée par un facteur de détour) ; &apos;network&apos; = plus courts chemins sur une couche de lignes routières (vitesse tirée de SPEED_FIELD ou de SPEED, sens unique de ONEWAY_FIELD sauf à pied ; les points rejoignent le nœud du réseau le plus proche en ligne droite à pied) ; &apos;table&apos; = une table origine-destination (p. ex. issue d&apos;ORS Tools, QNEAT3, r5py, OSRM) jointe sur DEMAND_ID_FIELD et SUPPLY_ID_FIELD, dans sa propre unité. COST_UNIT meters ou minutes (minutes = mètres / SPEED).

THRESHOLD : la limite de la zone de desserte en COST_UNIT, incluse (0 = sans limite, uniquement pour les méthodes à décroissance).

METHOD : nearest (coût vers l&apos;établissement le plus proche ; accès = poids de décroissance de ce coût), cumulative (capacité à portée), 2sfca (Luo et Wang 2003, avec DECAY), e2sfca (paliers par zone, par défaut 10/20/30 minutes avec les poids 1 ; 0,68 ; 0,22, ou tiers de THRESHOLD en mètres ; STEPS les remplace, p. ex. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussienne, sigma = DECAY_PARAM, par défaut THRESHOLD/2), 3sfca (poids de sélection de Huff), m2sfca (décroissance appliquée deux fois), gravity (potentiel de Hansen avec DECAY, p. ex. power ou exponential).

DECAY : step, gaussian (sigma), exponential (bêta par unité de coût), linear (coût de poids nul), power (bêta) ; DECAY_PARAM 0 = valeur par défaut.

TARGET_GROUP_FIELD / TARGET_GROUP : n&apos;utiliser que les établissements dont le groupe cible correspond (ou vaut &apos;all&apos;).

Sorties : couche de demande avec access, access_norm, cost_nearest, n_reachable, covered ; couche d&apos;offre avec catch_demand et ratio (NULL là où aucune demande n&apos;est à portée).</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest, n_reachable and covered.</source>
        <translation type="vanished">Les unités de demande avec les nouveaux champs access, access_norm, cost_nearest, n_reachable et covered.</translation>
    </message>
    <message>
        <source>Catchment threshold (in COST_UNIT, inclusive; 0 = none)</source>
        <translation type="vanished">Seuil de la zone de desserte (en COST_UNIT, inclus ; 0 = aucun)</translation>
    </message>
    <message>
        <source>STEPS must look like &apos;10:1,20:0.68,30:0.22&apos;, got &apos;{0}&apos;.</source>
        <translation type="vanished">STEPS doit avoir la forme &apos;10:1,20:0.68,30:0.22&apos; ; reçu &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>E2SFCA in metres needs a THRESHOLD or STEPS.</source>
        <translation type="vanished">E2SFCA en mètres nécessite un THRESHOLD ou des STEPS.</translation>
    </message>
    <message>
        <source>METHOD {0} with step decay needs a THRESHOLD &gt; 0 (only decaying methods run without one).</source>
        <translation type="vanished">METHOD {0} avec la décroissance step nécessite un THRESHOLD &gt; 0 (seules les méthodes à décroissance fonctionnent sans).</translation>
    </message>
    <message>
        <source>{0} demand unit(s) have a NULL &apos;{1}&apos;: they get NULL access.</source>
        <translation type="vanished">{0} unité(s) de demande ont &apos;{1}&apos; NULL : leur accès est NULL.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) have a NULL &apos;{1}&apos;: they were left out.</source>
        <translation type="vanished">{0} établissement(s) ont &apos;{1}&apos; NULL : ils ont été écartés.</translation>
    </message>
    <message>
        <source>TARGET_GROUP needs a TARGET_GROUP_FIELD on the facilities.</source>
        <translation type="vanished">TARGET_GROUP nécessite un TARGET_GROUP_FIELD sur les établissements.</translation>
    </message>
    <message>
        <source>BAND_MAPPING: {0}</source>
        <translation type="vanished">BAND_MAPPING : {0}</translation>
    </message>
    <message>
        <source>Weights: {0}</source>
        <translation type="vanished">Poids : {0}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has a negative count ({2}, feature id {3}).</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient un effectif négatif ({2}, id d&apos;entité {3}).</translation>
    </message>
    <message>
        <source>{0} unit(s) have NULL age-band values: their results are NULL.</source>
        <translation type="vanished">{0} unité(s) ont des valeurs NULL dans les tranches d&apos;âge : leurs résultats sont NULL.</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values, over all units or within each district (DISTRICT_FIELD); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (same unit as THRESHOLD), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name). Constant demand (std 0) gives z = 0 and no desert; a district without positive z has a NULL threshold. NULL demand or NULL district values are an error.</source>
        <translation type="vanished">Déserts de soins selon l&apos;outil de géoréférencement des soins (Care Georeferencing Tool) : z = (P - moyenne de P) / écart-type de P sur toutes les unités (écart-type de population) ; le seuil de demande est la médiane (ou la moyenne, ou moyenne + écart-type : DEMAND_RULE) des valeurs z positives, sur toutes les unités ou au sein de chaque district (DISTRICT_FIELD) ; high_demand = z &gt;= seuil et P &gt; 0 ; low_access = coût &gt; THRESHOLD (minutes, borne incluse) ou aucun établissement à portée (coût NULL). Avec ADJUST_LARGE_UNITS (polygones), les unités plus grandes que le quantile de surface AREA_QUANTILE A_q reçoivent T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densité par km2). desert = high_demand et low_access. Avec SECOND_COST_FIELD (p. ex. transports en commun, SECOND_THRESHOLD 30 min) : desert_type 1 = accessible par aucun des deux modes, 2 = accessible seulement par le second mode ; sans second mode, desert_type vaut 1 pour tout désert.

Paramètres : INPUT, DEMAND_FIELD, COST_FIELD (même unité que THRESHOLD), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (champs z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (par district : units, deserts, population, population_in_deserts, share) ; OUTPUT_DISTRICTS le même résumé sur les polygones de DISTRICT_LAYER appariés par nom (DISTRICT_LAYER_FIELD, par défaut le nom de DISTRICT_FIELD). Une demande constante (écart-type 0) donne z = 0 et aucun désert ; un district sans z positif a un seuil NULL. Des valeurs NULL de demande ou de district sont une erreur.</translation>
    </message>
    <message>
        <source>Numeric field with the cost to the nearest facility, in the same unit as THRESHOLD; NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility.</source>
        <translation type="vanished">Champ numérique avec le coût jusqu&apos;au service le plus proche, dans la même unité que THRESHOLD ; NULL = aucun service accessible. Typique : cost_nearest de caremap:accessibility.</translation>
    </message>
    <message>
        <source>How the high-demand threshold is taken from the positive z-scores of demand: median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool).</source>
        <translation type="vanished">Comment le seuil de forte demande est tiré des scores z positifs de la demande : median, mean ou mean_plus_std. Typique : median (outil de géoréférencement des soins).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then computed within each district, and a summary per district is written. Typical: locality.</source>
        <translation type="vanished">Champ facultatif indiquant le district de chaque unité ; le seuil de forte demande est alors calculé dans chaque district et un résumé par district est écrit. Typique : arrondissement.</translation>
    </message>
    <message>
        <source>Optional field with the cost in minutes by a second mode (e.g. public transport); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Champ facultatif avec le coût en minutes par un second mode (p. ex. transports en commun) ; les déserts accessibles par ce mode reçoivent desert_type 2. Typique : vide, ou minutes en transports en commun.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative demand (e.g. {2}).</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient une demande négative (p. ex. {2}).</translation>
    </message>
    <message>
        <source>ADJUST_LARGE_UNITS needs a polygon layer; {0} has points.</source>
        <translation type="vanished">ADJUST_LARGE_UNITS nécessite une couche de polygones ; {0} contient des points.</translation>
    </message>
    <message>
        <source>Demand is the same in every unit (std 0): z = 0, no unit is high demand.</source>
        <translation type="vanished">La demande est identique dans toutes les unités (écart-type 0) : z = 0, aucune unité n&apos;est en forte demande.</translation>
    </message>
    <message>
        <source>{0} of {1} units are care deserts, home to {2:.0f} people ({3:.1%} of demand).</source>
        <translation type="vanished">{0} unités sur {1} sont des déserts de soins, où vivent {2:.0f} personnes ({3:.1%} de la demande).</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos;: {1} unit(s) with NULL district are left out of the district summary.</source>
        <translation type="vanished">Champ de district &apos;{0}&apos; : {1} unité(s) au district NULL sont exclues du résumé par district.</translation>
    </message>
    <message>
        <source>District name field of the district polygons (empty = same as DISTRICT_FIELD)</source>
        <translation type="vanished">Champ du nom de district des polygones (vide = identique à DISTRICT_FIELD)</translation>
    </message>
    <message>
        <source>Mapping the summary needs DISTRICT_FIELD (and DISTRICT_LAYER_FIELD).</source>
        <translation type="vanished">La cartographie du résumé nécessite DISTRICT_FIELD (et DISTRICT_LAYER_FIELD).</translation>
    </message>
    <message>
        <source>District(s) not found in the district polygons: {0}</source>
        <translation type="vanished">District(s) introuvable(s) dans les polygones des districts : {0}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative supply (e.g. {2}).</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient une offre négative (p. ex. {2}).</translation>
    </message>
    <message>
        <source>Every unit has zero demand: coverage is NULL everywhere.</source>
        <translation type="vanished">Toutes les unités ont une demande nulle : la couverture est NULL partout.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included); SHAPE &apos;hull&apos; = their concave hull (HULL_RATIO) widened by BUFFER metres (fast), &apos;buffer&apos; = the streets themselves buffered by BUFFER metres (detailed, slower); speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;.</source>
        <translation type="vanished">Un polygone par établissement (ou un par seuil, fusionné) de la zone depuis laquelle il est atteint dans chaque seuil de THRESHOLDS (p. ex. &apos;10,15,20&apos;, en COST_UNIT).

COST_MODE &apos;network&apos; : les tronçons de rue atteints dans le seuil (rues partielles comprises) ; SHAPE &apos;hull&apos; = leur enveloppe concave (HULL_RATIO) élargie de BUFFER mètres (rapide), &apos;buffer&apos; = les rues elles-mêmes avec un tampon de BUFFER mètres (détaillé, plus lent) ; vitesse tirée de SPEED_FIELD ou de SPEED, sens unique de ONEWAY_FIELD sauf à pied. COST_MODE &apos;straight&apos; : un cercle de rayon égal au seuil (mètres, ou minutes x SPEED). Champs de sortie : les champs de l&apos;établissement plus &apos;threshold&apos;.</translation>
    </message>
    <message>
        <source>Catchment polygons: the facility&apos;s fields plus threshold (one per threshold when dissolved).</source>
        <translation type="vanished">Polygones des zones de desserte : les champs du service plus threshold (un par seuil en cas de fusion).</translation>
    </message>
    <message>
        <source>Thresholds (comma-separated, in COST_UNIT)</source>
        <translation type="vanished">Seuils (séparés par des virgules, en COST_UNIT)</translation>
    </message>
    <message>
        <source>THRESHOLDS must be numbers separated by commas, got &apos;{0}&apos;.</source>
        <translation type="vanished">THRESHOLDS doit contenir des nombres séparés par des virgules ; reçu &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>THRESHOLDS must hold at least one value &gt; 0, got &apos;{0}&apos;.</source>
        <translation type="vanished">THRESHOLDS doit contenir au moins une valeur &gt; 0 ; reçu &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) are farther than {1} m from the network: no catchment.</source>
        <translation type="vanished">{0} établissement(s) sont à plus de {1} m du réseau : pas de zone de desserte.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative values (e.g. {2}); inequality measures need access &gt;= 0.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient des valeurs négatives (p. ex. {2}) ; les mesures d&apos;inégalité exigent un accès &gt;= 0.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative population.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient une population négative.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: the total population is 0.</source>
        <translation type="vanished">Champ &apos;{0}&apos; de la couche {1} : la population totale est 0.</translation>
    </message>
    <message>
        <source>Access is 0 everywhere: the inequality measures are undefined.</source>
        <translation type="vanished">L&apos;accès est nul partout : les mesures d&apos;inégalité sont indéfinies.</translation>
    </message>
    <message>
        <source>K = {0} nearest neighbours asked, but layer {1} has only {2} unit(s) ({3} possible neighbours each).</source>
        <translation type="vanished">K = {0} plus proches voisins demandés, mais la couche {1} n&apos;a que {2} unité(s) ({3} voisins possibles chacune).</translation>
    </message>
    <message>
        <source>{0} contiguity needs a polygon layer; {1} has points.</source>
        <translation type="vanished">La contiguïté {0} nécessite une couche de polygones ; {1} contient des points.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no neighbour: their z and p are NULL.</source>
        <translation type="vanished">{0} unité(s) n&apos;ont aucun voisin : leurs z et p sont NULL.</translation>
    </message>
    <message>
        <source>No unit of layer {0} has a neighbour with these weights (try a larger DISTANCE or knn).</source>
        <translation type="vanished">Aucune unité de la couche {0} n&apos;a de voisin avec ces poids (essayez une DISTANCE ou un knn plus grand).</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; is constant: z = 0 everywhere, no hot spot.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; est constant : z = 0 partout, aucun point chaud.</translation>
    </message>
    <message>
        <source>Choose at least one indicator field (FIELDS).</source>
        <translation type="vanished">Choisissez au moins un champ d&apos;indicateur (FIELDS).</translation>
    </message>
    <message>
        <source>INVERT_FIELDS {0} are not among the indicator FIELDS.</source>
        <translation type="vanished">Les INVERT_FIELDS {0} ne font pas partie des FIELDS d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>WEIGHTS &apos;{0}&apos; must be numbers separated by commas.</source>
        <translation type="vanished">WEIGHTS &apos;{0}&apos; doit contenir des nombres séparés par des virgules.</translation>
    </message>
    <message>
        <source>WEIGHTS has {0} number(s) but {1} indicator field(s) were chosen.</source>
        <translation type="vanished">WEIGHTS contient {0} nombre(s) mais {1} champ(s) d&apos;indicateur ont été choisis.</translation>
    </message>
    <message>
        <source>Give at least one population raster in RASTERS.</source>
        <translation type="vanished">Indiquez au moins un raster de population dans RASTERS.</translation>
    </message>
    <message>
        <source>The zone layer has no valid coordinate reference system.</source>
        <translation type="vanished">La couche de zones n&apos;a pas de système de coordonnées de référence valide.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; ({1}) is not in the units layer.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; ({1}) n&apos;est pas dans la couche des unités.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; has negative demand.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; contient une demande négative.</translation>
    </message>
    <message>
        <source>{0} of {1} ({2}) live more than {3:g} minutes&apos; {4} from {5}.</source>
        <translation type="vanished">{0} des {1} ({2}) n&apos;ont pas {5} à {3:g} minutes {4} ou moins.</translation>
    </message>
    <message>
        <source>{0} {1} ({2}) live within reach of {3}.</source>
        <translation type="vanished">{0} {1} ({2}) ont {3} à portée.</translation>
    </message>
    <message>
        <source>Unmet demand: {0} {1} have no accessible place.</source>
        <translation type="vanished">Demande non satisfaite : {0} {1} n&apos;ont pas de place accessible.</translation>
    </message>
    <message>
        <source>{0} district(s) hold {1} of the unmet demand: {2}.</source>
        <translation type="vanished">{0} district(s) regroupent {1} de la demande non satisfaite : {2}.</translation>
    </message>
    <message>
        <source>Share of demand that reaches a service</source>
        <translation type="vanished">Part de la demande qui atteint un service</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="vanished">minutes</translation>
    </message>
    <message>
        <source>Gini {0:.2f} · Palma {1:.2f}</source>
        <translation type="vanished">Gini {0:.2f} · Palma {1:.2f}</translation>
    </message>
    <message>
        <source>people in the map</source>
        <translation type="vanished">personnes sur la carte</translation>
    </message>
    <message>
        <source>beyond the threshold</source>
        <translation type="vanished">au-delà du seuil</translation>
    </message>
    <message>
        <source>unmet demand</source>
        <translation type="vanished">demande non satisfaite</translation>
    </message>
    <message>
        <source>in care deserts</source>
        <translation type="vanished">dans les déserts de soins</translation>
    </message>
    <message>
        <source>COST_MODE=table needs DEMAND_ID_FIELD and id fields for the sites {0}.</source>
        <translation type="vanished">COST_MODE=table nécessite DEMAND_ID_FIELD et des champs d&apos;id pour les sites {0}.</translation>
    </message>
    <message>
        <source>DEMAND_ID_FIELD &apos;{0}&apos; was not read from the demand layer.</source>
        <translation type="vanished">DEMAND_ID_FIELD &apos;{0}&apos; n&apos;a pas été lu dans la couche de demande.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s).</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient {2} valeur(s) négative(s).</translation>
    </message>
    <message>
        <source>Chooses P new care facility sites among CANDIDATES (a point layer) or a regular grid (GRID_SPACING metres) over the demand. EXISTING facilities stay open and already cover.
OBJECTIVE: mclp = maximise the demand within THRESHOLD; pmedian = minimise the demand-weighted cost to the nearest open site (costs up to MAX_COST, default 3 x THRESHOLD; units reaching nothing count at MAX_COST, and cost before/after is NULL for them); capacitated = maximise the demand served within THRESHOLD when each new site serves at most its capacity.
SOLVER: greedy (fast; for mclp at least 63% = 1 - 1/e of the optimum, usually &gt; 97%) or exact (MILP with HiGHS, stopped after TIME_LIMIT seconds; the MIP gap is reported; cancelling takes effect when the solver returns, at the latest after TIME_LIMIT).
Outputs: the chosen sites with rank and gain (demand newly covered/served, or cost saved), the demand layer with coverage and cost before/after, and a before/after summary.</source>
        <translation type="vanished">Choisit P sites de nouveaux établissements de soins parmi CANDIDATES (une couche de points) ou sur une grille régulière (GRID_SPACING mètres) couvrant la demande. Les établissements EXISTING restent ouverts et couvrent déjà.
OBJECTIVE : mclp = maximiser la demande dans THRESHOLD ; pmedian = minimiser le coût pondéré par la demande vers le site ouvert le plus proche (coûts jusqu&apos;à MAX_COST, par défaut 3 x THRESHOLD ; les unités n&apos;atteignant rien comptent pour MAX_COST, et leur coût avant/après est NULL) ; capacitated = maximiser la demande servie dans THRESHOLD quand chaque nouveau site sert au plus sa capacité.
SOLVER : greedy (rapide ; pour mclp au moins 63 % = 1 - 1/e de l&apos;optimum, généralement &gt; 97 %) ou exact (MILP avec HiGHS, arrêté après TIME_LIMIT secondes ; l&apos;écart MIP est indiqué ; l&apos;annulation prend effet au retour du solveur, au plus tard après TIME_LIMIT).
Sorties : les sites choisis avec rank et gain (demande nouvellement couverte/servie, ou coût économisé), la couche de demande avec couverture et coût avant/après, et un résumé avant/après.</translation>
    </message>
    <message>
        <source>Coverage threshold (in COST_UNIT, inclusive)</source>
        <translation type="vanished">Seuil de couverture (en COST_UNIT, inclus)</translation>
    </message>
    <message>
        <source>Cost limit for p-median and for cost before/after (COST_UNIT, 0 = 3 x THRESHOLD)</source>
        <translation type="vanished">Limite de coût pour le p-médian et pour le coût avant/après (COST_UNIT, 0 = 3 x THRESHOLD)</translation>
    </message>
    <message>
        <source>Give a CANDIDATES layer or a GRID_SPACING &gt; 0.</source>
        <translation type="vanished">Fournissez une couche CANDIDATES ou un GRID_SPACING &gt; 0.</translation>
    </message>
    <message>
        <source>P = {0} is larger than the number of candidate sites ({1}) in {2}.</source>
        <translation type="vanished">P = {0} dépasse le nombre de sites candidats ({1}) dans {2}.</translation>
    </message>
    <message>
        <source>(CANDIDATE_ID_FIELD and SUPPLY_ID_FIELD)</source>
        <translation type="vanished">(CANDIDATE_ID_FIELD et SUPPLY_ID_FIELD)</translation>
    </message>
    <message>
        <source>No candidate site in {0} is within {1} (COST_UNIT) of any demand unit; raise THRESHOLD/MAX_COST or add candidates.</source>
        <translation type="vanished">Aucun site candidat de {0} n&apos;est à {1} (COST_UNIT) ou moins d&apos;une unité de demande ; augmentez THRESHOLD/MAX_COST ou ajoutez des candidats.</translation>
    </message>
    <message>
        <source>The exact solver stopped at TIME_LIMIT without beating the heuristic: the heuristic solution is returned (see MIP gap).</source>
        <translation type="vanished">Le solveur exact s&apos;est arrêté à TIME_LIMIT sans battre l&apos;heuristique : la solution heuristique est renvoyée (voir l&apos;écart MIP).</translation>
    </message>
    <message>
        <source>Demand covered within {0}: {1:,.1f} before, {2:,.1f} after ({3:.1%} -&gt; {4:.1%}).</source>
        <translation type="vanished">Demande couverte dans {0} : {1:.1f} avant, {2:.1f} après ({3:.1%} -&gt; {4:.1%}).</translation>
    </message>
    <message>
        <source>MAPPINGS has {0} mappings separated by &apos;|&apos; but there are {1} input layers.</source>
        <translation type="vanished">MAPPINGS contient {0} correspondances séparées par &apos;|&apos; mais il y a {1} couches en entrée.</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

A kept record&apos;s missing capacity, hours or days are taken from the records merged into it (most trusted source first; capacity_imputed = 4). Other missing (or 0) capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3); capacity_reported keeps the record&apos;s own value. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Fusionne des couches d&apos;établissements de soins de plusieurs sources (registres, enquêtes, cartographies participatives, OpenStreetMap) en un seul inventaire avec les champs name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS : une correspondance par couche en entrée, dans l&apos;ordre des couches, séparées par &apos;|&apos;. Une correspondance est une liste séparée par des virgules de champ_schéma=champ_couche ; une valeur entre guillemets est une constante, p. ex. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Les champs du schéma non associés sont pris dans un champ de la couche du même nom s&apos;il existe. source vaut par défaut le nom de la couche. Une table sans géométrie (p. ex. un CSV) nécessite x=champ_lon,y=champ_lat (WGS84 sauf crs=&apos;EPSG:xxxx&apos;).

Nettoyage : TYPE_WHITELIST (types de service séparés par des virgules ; vide garde tout) et NAME_BLACKLIST (une expression régulière cherchée dans le nom, sans tenir compte de la casse ni des accents) ; les occurrences de chaque règle sont journalisées.

Dédoublonnage : les enregistrements à moins de DEDUP_DISTANCE mètres dont les noms normalisés (sans casse, accents, ponctuation ni mots courants comme &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) ont une similarité &gt;= NAME_THRESHOLD sont fusionnés ; l&apos;enregistrement conservé est celui de la source citée en premier dans SOURCE_PRIORITY, puis le plus complet. Il reçoit merged_sources et n_merged ; les enregistrements écartés vont dans la sortie facultative des rejets avec duplicate_of.

La capacité, les heures ou les jours manquants d&apos;un enregistrement conservé sont repris des enregistrements fusionnés avec lui (la source la plus fiable d&apos;abord ; capacity_imputed = 4). Les autres capacités manquantes (ou 0) sont imputées par la médiane du même type de service (capacity_imputed = 1), ou de tous les établissements quand le type n&apos;en a aucune (= 2), ou par DEFAULT_CAPACITY quand aucune capacité n&apos;est connue (= 3) ; capacity_reported garde la valeur propre de l&apos;enregistrement. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5 ; les heures et jours manquants sont lus comme 8 et 5 (comptés dans le journal).</translation>
    </message>
    <message>
        <source>Mapping for layer {0}: constant {1}={2} is not a number.</source>
        <translation type="vanished">Correspondance de la couche {0} : la constante {1}={2} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Layer {0}: field &apos;{1}&apos; has a negative value ({2}).</source>
        <translation type="vanished">Couche {0} : le champ &apos;{1}&apos; contient une valeur négative ({2}).</translation>
    </message>
    <message>
        <source>Give at least one facility layer in INPUTS.</source>
        <translation type="vanished">Indiquez au moins une couche d&apos;établissements dans INPUTS.</translation>
    </message>
    <message>
        <source>The input layers hold no facility with a location.</source>
        <translation type="vanished">Les couches en entrée ne contiennent aucun établissement localisé.</translation>
    </message>
    <message>
        <source>NAME_BLACKLIST: {0}</source>
        <translation type="vanished">NAME_BLACKLIST : {0}</translation>
    </message>
    <message>
        <source>Every record was rejected by the cleaning rules.</source>
        <translation type="vanished">Les règles de nettoyage ont rejeté tous les enregistrements.</translation>
    </message>
    <message>
        <source>Service reach (in COST_UNIT, inclusive)</source>
        <translation type="vanished">Portée du service (en COST_UNIT, incluse)</translation>
    </message>
    <message>
        <source>BAND_FIELDS: {0}</source>
        <translation type="vanished">BAND_FIELDS : {0}</translation>
    </message>
    <message>
        <source>Time-use table {0} has no row for sex &apos;{1}&apos;, age band &apos;{2}&apos; (used in BAND_FIELDS for field &apos;{3}&apos;).</source>
        <translation type="vanished">La table d&apos;emploi du temps {0} n&apos;a pas de ligne pour le sexe &apos;{1}&apos; et la tranche d&apos;âge &apos;{2}&apos; (utilisée dans BAND_FIELDS pour le champ &apos;{3}&apos;).</translation>
    </message>
    <message>
        <source>No field of the input is named like a time-use row (e.g. &apos;{0}&apos;); give BAND_FIELDS.</source>
        <translation type="vanished">Aucun champ de l&apos;entrée ne porte le nom d&apos;une ligne d&apos;emploi du temps (p. ex. &apos;{0}&apos;) ; indiquez BAND_FIELDS.</translation>
    </message>
    <message>
        <source>Road network (lines), for COST_MODE=network</source>
        <translation type="vanished">Réseau routier (lignes), pour COST_MODE=network</translation>
    </message>
    <message>
        <source>Origin-destination cost table, for COST_MODE=table</source>
        <translation type="vanished">Table des coûts origine-destination, pour COST_MODE=table</translation>
    </message>
    <message>
        <source>COST_MODE=network needs a NETWORK line layer.</source>
        <translation type="vanished">COST_MODE=network nécessite une couche de lignes NETWORK.</translation>
    </message>
    <message>
        <source>SPEED_TABLE needs a SPEED_CLASS_FIELD on the network.</source>
        <translation type="vanished">SPEED_TABLE nécessite un SPEED_CLASS_FIELD sur le réseau.</translation>
    </message>
    <message>
        <source>{0} road(s) have no valid speed: {1} km/h used.</source>
        <translation type="vanished">{0} route(s) sans vitesse valide : {1} km/h utilisés.</translation>
    </message>
    <message>
        <source>SPEED must be &gt; 0 km/h, got {0}.</source>
        <translation type="vanished">SPEED doit être &gt; 0 km/h ; reçu {0}.</translation>
    </message>
    <message>
        <source>{0} demand point(s) and {1} facilit(y/ies) are farther than {2} m from the network: they reach nothing.</source>
        <translation type="vanished">{0} point(s) de demande et {1} établissement(s) sont à plus de {2} m du réseau : ils n&apos;atteignent rien.</translation>
    </message>
    <message>
        <source>The network has {0} disconnected parts: {1} demand point(s) and {2} facilit(y/ies) are outside the largest one.</source>
        <translation type="vanished">Le réseau compte {0} parties déconnectées : {1} point(s) de demande et {2} établissement(s) sont hors de la plus grande.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs an OD_TABLE.</source>
        <translation type="vanished">COST_MODE=table nécessite une OD_TABLE.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs OD_ORIGIN_FIELD, OD_DEST_FIELD and OD_COST_FIELD.</source>
        <translation type="vanished">COST_MODE=table nécessite OD_ORIGIN_FIELD, OD_DEST_FIELD et OD_COST_FIELD.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD.</source>
        <translation type="vanished">COST_MODE=table nécessite DEMAND_ID_FIELD et SUPPLY_ID_FIELD.</translation>
    </message>
    <message>
        <source>OD table {0}: {1} rows, {2} pairs within reach.</source>
        <translation type="vanished">Table OD {0} : {1} lignes, {2} paires à portée.</translation>
    </message>
    <message>
        <source>OD table: {0} row(s) with an origin not in the demand ids, {1} with a destination not in the facility ids, {2} with a NULL cost were skipped.</source>
        <translation type="vanished">Table OD : {0} ligne(s) dont l&apos;origine n&apos;est pas un id de demande, {1} dont la destination n&apos;est pas un id d&apos;établissement et {2} au coût NULL ont été ignorées.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; ({1}) of layer {2} has {3} NULL id(s).</source>
        <translation type="vanished">Le champ &apos;{0}&apos; ({1}) de la couche {2} contient {3} id NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s) (e.g. {3}); demand and capacity must be &gt;= 0.</source>
        <translation type="vanished">Le champ &apos;{0}&apos; de la couche {1} contient {2} valeur(s) négative(s) (p. ex. {3}) ; la demande et la capacité doivent être &gt;= 0.</translation>
    </message>
    <message>
        <source>Share of demand reached (%)</source>
        <translation type="vanished">Part de la demande atteinte (%)</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation type="vanished">Personnes couvertes</translation>
    </message>
    <message>
        <source>Demand within reach of at least one facility</source>
        <translation type="vanished">Demande à portée d&apos;au moins un établissement</translation>
    </message>
    <message>
        <source>Demand in units classed as care deserts</source>
        <translation type="vanished">Demande dans les unités classées déserts de soins</translation>
    </message>
    <message>
        <source>Unmet places</source>
        <translation type="vanished">Places manquantes</translation>
    </message>
    <message>
        <source>Places missing so that every person of the cohort has one</source>
        <translation type="vanished">Places manquantes pour que chaque personne de la cohorte en ait une</translation>
    </message>
    <message>
        <source>care desert: high demand, low access</source>
        <translation type="vanished">désert de soins : forte demande, faible accès</translation>
    </message>
    <message>
        <source>Cost mode</source>
        <translation type="vanished">Mode de coût</translation>
    </message>
    <message>
        <source>Cost unit (of THRESHOLD and of the costs)</source>
        <translation type="vanished">Unité de coût (de THRESHOLD et des coûts)</translation>
    </message>
    <message>
        <source>Speed (km/h), walking by default</source>
        <translation type="vanished">Vitesse (km/h), à pied par défaut</translation>
    </message>
    <message>
        <source>Demand id field (table mode)</source>
        <translation type="vanished">Champ d&apos;id de la demande (mode table)</translation>
    </message>
    <message>
        <source>Facility id field (table mode)</source>
        <translation type="vanished">Champ d&apos;id de l&apos;établissement (mode table)</translation>
    </message>
    <message>
        <source>Road network (network mode)</source>
        <translation type="vanished">Réseau routier (mode réseau)</translation>
    </message>
    <message>
        <source>Speed field, km/h (network mode)</source>
        <translation type="vanished">Champ de vitesse, km/h (mode réseau)</translation>
    </message>
    <message>
        <source>One-way field: 1 along, -1 against, 0 both (network mode)</source>
        <translation type="vanished">Champ de sens unique : 1 dans le sens, -1 à contresens, 0 les deux (mode réseau)</translation>
    </message>
    <message>
        <source>Origin-destination cost table (table mode)</source>
        <translation type="vanished">Table des coûts origine-destination (mode table)</translation>
    </message>
    <message>
        <source>Origin (demand id) field</source>
        <translation type="vanished">Champ d&apos;origine (id de la demande)</translation>
    </message>
    <message>
        <source>Destination (facility id) field</source>
        <translation type="vanished">Champ de destination (id de l&apos;établissement)</translation>
    </message>
    <message>
        <source>Cost field, in COST_UNIT</source>
        <translation type="vanished">Champ de coût, en COST_UNIT</translation>
    </message>
    <message>
        <source>{0} demand unit(s) and {1} site(s) are too far from the network and reach nothing.</source>
        <translation type="vanished">{0} unité(s) de demande et {1} site(s) sont trop loin du réseau et n&apos;atteignent rien.</translation>
    </message>
    <message>
        <source>OD table: {0} row(s) with an unknown origin and {1} with an unknown destination were ignored.</source>
        <translation type="vanished">Table OD : {0} ligne(s) à l&apos;origine inconnue et {1} à la destination inconnue ont été ignorées.</translation>
    </message>
    <message>
        <source>Costs: {0}</source>
        <translation type="vanished">Coûts : {0}</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

Missing (or 0) capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3). capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Fusionne des couches d&apos;établissements de soins de plusieurs sources (registres, enquêtes, cartographies participatives, OpenStreetMap) en un seul inventaire avec les champs name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS : une correspondance par couche en entrée, dans l&apos;ordre des couches, séparées par &apos;|&apos;. Une correspondance est une liste séparée par des virgules de champ_schéma=champ_couche ; une valeur entre guillemets est une constante, p. ex. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Les champs du schéma non associés sont pris dans un champ de la couche du même nom s&apos;il existe. source vaut par défaut le nom de la couche. Une table sans géométrie (p. ex. un CSV) nécessite x=champ_lon,y=champ_lat (WGS84 sauf crs=&apos;EPSG:xxxx&apos;).

Nettoyage : TYPE_WHITELIST (types de service séparés par des virgules ; vide garde tout) et NAME_BLACKLIST (une expression régulière cherchée dans le nom, sans tenir compte de la casse ni des accents) ; les occurrences de chaque règle sont journalisées.

Dédoublonnage : les enregistrements à moins de DEDUP_DISTANCE mètres dont les noms normalisés (sans casse, accents, ponctuation ni mots courants comme &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) ont une similarité &gt;= NAME_THRESHOLD sont fusionnés ; l&apos;enregistrement conservé est celui de la source citée en premier dans SOURCE_PRIORITY, puis le plus complet. Il reçoit merged_sources et n_merged ; les enregistrements écartés vont dans la sortie facultative des rejets avec duplicate_of.

Les capacités manquantes (ou 0) sont imputées par la médiane du même type de service (capacity_imputed = 1), ou de tous les établissements quand le type n&apos;en a aucune (= 2), ou par DEFAULT_CAPACITY quand aucune capacité n&apos;est connue (= 3). capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5 ; les heures et jours manquants sont lus comme 8 et 5 (comptés dans le journal).</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are rasterised once onto each raster&apos;s grid and summed with numpy.bincount, reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. The zones are reprojected to each raster&apos;s CRS, never the raster. Negative pixel values are an error.</source>
        <translation type="vanished">Somme un ou plusieurs rasters de population (p. ex. grilles par âge et sexe comme WorldPop) dans des polygones (ZONES) ou, sans zones, dans une grille d&apos;hexagones générée sur les rasters (HEX_SIZE = côté d&apos;un hexagone en mètres ; HEX_ORIENTATION pointy ou flat). Un champ de sortie par bande de raster, nommé d&apos;après le raster ; raster_total est leur somme, n_pixels les pixels comptés (premier raster) ; les hexagones reçoivent aussi pop_density par km2.

Les zones sont rastérisées une seule fois sur la grille de chaque raster et sommées avec numpy.bincount, en lisant le raster par bandes de lignes, si bien que les grands rasters tiennent en mémoire. Règle du centre de pixel : un pixel compte pour une zone quand son centre est dans la zone (il n&apos;est jamais partagé entre zones). Les pixels nodata sont ignorés ; une zone sans aucun pixel valide (hors du raster, entièrement nodata ou plus petite qu&apos;un pixel) reçoit NULL. Les zones sont reprojetées dans le SCR de chaque raster, jamais le raster. Des valeurs de pixel négatives sont une erreur.</translation>
    </message>
    <message>
        <source>{0} pixel(s) of raster {1} fall in more than one zone: they were not counted.</source>
        <translation type="vanished">{0} pixel(s) du raster {1} tombent dans plus d&apos;une zone : ils n&apos;ont pas été comptés.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included), buffered by BUFFER metres; speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;.</source>
        <translation type="vanished">Un polygone par établissement (ou un par seuil, fusionné) de la zone depuis laquelle il est atteint dans chaque seuil de THRESHOLDS (p. ex. &apos;10,15,20&apos;, en COST_UNIT).

COST_MODE &apos;network&apos; : les tronçons de rue atteints dans le seuil (rues partielles comprises), avec un tampon de BUFFER mètres ; vitesse tirée de SPEED_FIELD ou de SPEED, sens unique de ONEWAY_FIELD sauf à pied. COST_MODE &apos;straight&apos; : un cercle de rayon égal au seuil (mètres, ou minutes x SPEED). Champs de sortie : les champs de l&apos;établissement plus &apos;threshold&apos;.</translation>
    </message>
    <message>
        <source>Network: buffer around reached streets (m)</source>
        <translation type="vanished">Réseau : tampon autour des rues atteintes (m)</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="vanished">District</translation>
    </message>
</context>
</TS>
