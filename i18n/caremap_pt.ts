<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>CareMap</name>
    <message>
        <location filename="../plugin.py" line="115"/>
        <source>CareMap panel</source>
        <translation>Painel do CareMap</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="118"/>
        <source>Show or hide the CareMap panel</source>
        <translation>Mostrar ou ocultar o painel do CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="31"/>
        <source>Accessibility to care</source>
        <translation>Acessibilidade ao cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="33"/>
        <source>access,accessibility,2sfca,e2sfca,g2sfca,3sfca,floating catchment,gravity,network,travel time</source>
        <translation>acesso,acessibilidade,2sfca,e2sfca,g2sfca,3sfca,área de captação flutuante,gravidade,rede,tempo de viagem</translation>
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
        <translation>Quais lugares conseguem alcançar cuidado suficiente, e quais não? Para cada unidade de demanda (uma quadra, uma célula de grade), mede as vagas de cuidado ao alcance, compartilhadas com todos os demais que alcançam os mesmos equipamentos, e o deslocamento até o equipamento mais próximo.

Como ler os resultados:
- Acessibilidade (demanda): access = vagas por pessoa ao alcance pelo método de área de influência flutuante em duas etapas (2SFCA; os outros métodos dão a sua própria medida); access_norm = access dividido pela média ponderada pela demanda (1 = média, abaixo de 1 = pior atendida); cost_nearest = deslocamento até o equipamento mais próximo com vagas, mesmo além do limiar, em cost_unit (minutos ou metros; cost_speed_kmh é a velocidade usada); n_reachable = equipamentos dentro do limiar; covered = 1 quando há pelo menos um dentro dele, senão 0.
- Razões da área de influência (equipamentos): catch_demand = as pessoas ao alcance de cada equipamento; ratio = as suas vagas por pessoa (NULL quando ninguém está ao alcance).
- Com custos pela rede viária, as duas camadas também recebem snapped_m (metros do ponto até a rede viária) e off_network (1 = longe demais da rede: não alcança nada pelas vias).
- Com janelas de horário (p. ex. o fim de tarde das pessoas cuidadoras, de segunda a sexta das 17:00 às 20:00), a camada de demanda também recebe, para cada rótulo de janela, access_&lt;label&gt; = o acesso contando as vagas de cada equipamento vezes a proporção dos minutos da janela (ao longo de uma semana) em que ele está aberto, e covered_&lt;label&gt; = 1 quando um equipamento aberto em algum momento da janela está ao alcance. access e cost_nearest mantêm o seu sentido para todos os horários.
- Números: a proporção da demanda coberta e o acesso médio ponderado pela demanda.

Exemplo: na cidade de demonstração, crianças de 0-5 anos caminhando 10 minutos pelas ruas a 5,04 km/h com 2SFCA: 90% das crianças têm pelo menos uma creche ao alcance, e o acesso médio é de 0,20 vaga por criança (uma vaga de período integral para cada cinco crianças); a mediana de cost_nearest é de 6,0 minutos. À mão: a quadra A (100 crianças) alcança o equipamento X (60 vagas), a quadra B (200 crianças) alcança X e Y (30 vagas), a quadra C (50) alcança só Y. As 60 vagas de X são compartilhadas por 300 crianças (0,20 cada), as 30 de Y por 250 (0,12 cada): o acesso é 0,20 em A, 0,32 em B, 0,12 em C. Com a janela &apos;evening=Mo-Fr 17:00-20:00&apos;, um equipamento aberto &apos;Mo-Fr 08:00-18:00&apos; fica aberto uma hora das três: conta um terço das suas vagas em access_evening.

Bom saber:
- Um equipamento com 0 vagas não cobre ninguém; uma unidade com demanda NULL recebe acesso NULL e fica fora dos números (um aviso as conta).
- Borda da área de estudo: quando os equipamentos param antes da extensão das unidades em algum lado (menos do que a distância que o limiar permite percorrer), um aviso conta as unidades perto desse lado: podem faltar equipamentos logo fora da área, e essas unidades podem parecer pior atendidas do que são.
- &apos;Grupo-alvo&apos; mantém apenas os equipamentos que o atendem (ou &apos;all&apos;), lidos do campo de grupo-alvo dos equipamentos.
- Os horários de funcionamento são lidos na forma comum do OpenStreetMap (p. ex. &apos;Mo-Fr 08:00-12:00,14:00-18:00; Sa 08:00-12:00&apos;); um valor vazio significa sempre aberto. Horários que o CareMap não entende (p. ex. &apos;sunrise-sunset&apos;, meses, &apos;by appointment&apos;) são contados em um aviso que os cita, e esse equipamento fica fora dos campos das janelas de horário (continua contando em todos os horários). As regras de feriados são ignoradas.
- Os métodos além do 2SFCA (mais próximo, vagas acumuladas, aprimorado, gaussiano, três etapas, 2SFCA modificado, gravitacional) e as funções de decaimento estão na página de métodos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="81"/>
        <source>Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with the people who need care. Typical: the output of CareMap&apos;s care demand (Madrid scale).</source>
        <translation>Camada de unidades de demanda, pontos ou polígonos (os polígonos são tomados no centroide), p. ex. setores censitários ou células de grade com as pessoas que precisam de cuidado. Típico: a saída da demanda de cuidado do CareMap (escala de Madri).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="82"/>
        <source>Numeric field of the demand units with the people (or the weighted care demand) who need the service. Typical: children 0-5, or care_demand from CareMap&apos;s care demand.</source>
        <translation>Campo numérico das unidades de demanda com as pessoas (ou a demanda de cuidado ponderada) que precisam do serviço. Típico: crianças de 0-5 anos, ou care_demand da demanda de cuidado do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="83"/>
        <source>Layer of care facilities, points or polygons. Typical: the output of CareMap&apos;s supply inventory.</source>
        <translation>Camada de equipamentos de cuidado, pontos ou polígonos. Típico: a saída do inventário da oferta do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="84"/>
        <source>Numeric field of the care facilities with the places each one offers. Typical: capacity_fde from CareMap&apos;s supply inventory.</source>
        <translation>Campo numérico dos equipamentos de cuidado com as vagas que cada um oferece. Típico: capacity_fde do inventário da oferta do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="85"/>
        <source>Only facilities that serve this group (or &apos;all&apos;) are counted, read from the facilities&apos; target group field; empty = every facility. Typical: children, or older.</source>
        <translation>Só são contados os equipamentos que atendem este grupo (ou &apos;all&apos;), lido do campo de grupo-alvo dos equipamentos; vazio = todos os equipamentos. Típico: children, ou older.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="86"/>
        <source>Optional field of the care facilities naming the group each facility serves; used with &apos;Target group&apos;. Typical: target_group from CareMap&apos;s supply inventory.</source>
        <translation>Campo opcional dos equipamentos de cuidado com o grupo que cada equipamento atende; usado com &apos;Grupo-alvo&apos;. Típico: target_group do inventário da oferta do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="87"/>
        <source>How far people go to a facility, in the cost unit, inclusive: facilities farther away are out of reach (0 = no limit, only for a decaying weight). Typical: 10 minutes walking to childcare.</source>
        <translation>Até onde as pessoas vão para chegar a um equipamento, na unidade de custo, inclusive: os equipamentos mais distantes ficam fora de alcance (0 = sem limite, só para um peso com decaimento). Típico: 10 minutos a pé até a creche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="88"/>
        <source>The accessibility measure: the two-step floating catchment (2SFCA: places per person within reach, shared among everyone who reaches them), its enhanced, Gaussian, three-step and modified variants, the cost to the nearest facility, the places within reach (cumulative) or the gravity potential. Typical: 2SFCA.</source>
        <translation>A medida de acessibilidade: a área de influência flutuante em duas etapas (2SFCA: vagas por pessoa ao alcance, compartilhadas entre todos que as alcançam), as suas variantes aprimorada, gaussiana, de três etapas e modificada, o custo até o equipamento mais próximo, as vagas ao alcance (acumuladas) ou o potencial gravitacional. Típico: 2SFCA.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="89"/>
        <source>How the weight of a facility falls with travel: step (1 inside the threshold), gaussian, exponential, linear or power. Typical: step for 2SFCA; power or exponential for gravity.</source>
        <translation>Como o peso de um equipamento cai com o deslocamento: degrau (1 dentro do limiar), gaussiano, exponencial, linear ou potência. Típico: degrau para o 2SFCA; potência ou exponencial para o gravitacional.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="90"/>
        <source>Parameter of the distance decay: sigma for gaussian, beta per cost unit for exponential, the cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = half the threshold). Typical: 0.</source>
        <translation>Parâmetro do decaimento com a distância: sigma para o gaussiano, beta por unidade de custo para o exponencial, o custo de peso zero para o linear, beta para a potência; 0 = o padrão (p. ex. sigma = metade do limiar). Típico: 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="91"/>
        <source>For the enhanced 2SFCA, the travel zones as limit:weight items separated by commas, limits in the cost unit; empty = 10/20/30 minutes with weights 1, 0.68, 0.22 (thirds of the threshold in metres). Typical: &apos;10:1,20:0.68,30:0.22&apos;.</source>
        <translation>Para o 2SFCA aprimorado, as zonas de deslocamento como itens limite:peso separados por vírgulas, limites na unidade de custo; vazio = 10/20/30 minutos com pesos 1, 0.68, 0.22 (terços do limiar em metros). Típico: &apos;10:1,20:0.68,30:0.22&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="92"/>
        <source>Optional text field of the care facilities with their opening hours in OpenStreetMap&apos;s form, e.g. &apos;Mo-Fr 08:00-17:00&apos; or &apos;Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00&apos;; an empty value = always open; used with &apos;Time windows&apos;. Typical: opening_hours (as OpenStreetMap names it).</source>
        <translation>Campo de texto opcional dos equipamentos de cuidado com o seu horário de funcionamento na forma do OpenStreetMap, p. ex. &apos;Mo-Fr 08:00-17:00&apos; ou &apos;Mo-Fr 07:30-12:00,14:00-18:00; Sa 08:00-12:00&apos;; um valor vazio = sempre aberto; usado com &apos;Janelas de horário&apos;. Típico: opening_hours (como o OpenStreetMap o chama).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="93"/>
        <source>Optional times of the week when care is needed, as label=hours items separated by &apos;|&apos;, the hours in the form of opening hours; each label (letters, digits, &apos;_&apos;) names two new fields of the demand layer, access_&lt;label&gt; and covered_&lt;label&gt;. Typical: &apos;morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>Momentos opcionais da semana em que o cuidado é necessário, como itens rótulo=horário separados por &apos;|&apos;, com o horário na forma do horário de funcionamento; cada rótulo (letras, dígitos, &apos;_&apos;) dá nome a dois novos campos da camada de demanda, access_&lt;label&gt; e covered_&lt;label&gt;. Típico: &apos;morning=Mo-Fr 06:00-08:00|evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="94"/>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to the search limit), cost_unit, cost_speed_kmh, n_reachable and covered; with road network costs also snapped_m and off_network; with time windows also access_&lt;label&gt; and covered_&lt;label&gt; per window.</source>
        <translation>As unidades de demanda com os novos campos access, access_norm, cost_nearest (até o equipamento mais próximo, buscado até o limite de busca), cost_unit, cost_speed_kmh, n_reachable e covered; com custos pela rede viária, também snapped_m e off_network; com janelas de horário, também access_&lt;label&gt; e covered_&lt;label&gt; por janela.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="95"/>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with road network costs also snapped_m and off_network.</source>
        <translation>Os equipamentos com catch_demand (demanda ao alcance) e ratio (vagas por pessoa; NULL onde não há demanda ao alcance); com custos pela rede viária, também snapped_m e off_network.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="96"/>
        <source>Share (0 to 1) of the demand in covered units (at least one facility within the threshold); None when there is no demand.</source>
        <translation>Proporção (0 a 1) da demanda em unidades cobertas (pelo menos um equipamento dentro do limiar); None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="97"/>
        <source>Mean of access over the units, weighted by their demand (places per person for the floating-catchment methods); None when there is no demand.</source>
        <translation>Média do acesso nas unidades, ponderada pela demanda de cada uma (vagas por pessoa nos métodos de área de influência flutuante); None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="104"/>
        <location filename="../processing/algorithms/siting.py" line="118"/>
        <source>Demand units (points or polygons)</source>
        <translation>Unidades de demanda (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="106"/>
        <source>Demand field (people, weighted care demand)</source>
        <translation>Campo de demanda (pessoas, demanda de cuidado ponderada)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="108"/>
        <location filename="../processing/algorithms/catchments.py" line="108"/>
        <location filename="../processing/algorithms/report.py" line="111"/>
        <location filename="../processing/report_layout.py" line="402"/>
        <source>Care facilities</source>
        <translation>Equipamentos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="110"/>
        <source>Capacity field (places)</source>
        <translation>Campo de capacidade (vagas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="113"/>
        <source>Target group (e.g. children; empty = every facility)</source>
        <translation>Grupo-alvo (p. ex. children; vazio = todos os equipamentos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="115"/>
        <source>Target group field of the facilities</source>
        <translation>Campo de grupo-alvo dos equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="118"/>
        <source>Opening hours field of the facilities</source>
        <translation>Campo de horário de funcionamento dos equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="121"/>
        <source>Time windows &apos;label=hours|label=hours&apos; (empty = none)</source>
        <translation>Janelas de horário &apos;rótulo=horário|rótulo=horário&apos; (vazio = nenhuma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="123"/>
        <source>Catchment threshold (in the cost unit, inclusive; 0 = none)</source>
        <translation>Limiar da área de influência (na unidade de custo, inclusivo; 0 = nenhum)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="125"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="126"/>
        <source>Distance decay</source>
        <translation>Decaimento com a distância</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="128"/>
        <source>Decay parameter (0 = default)</source>
        <translation>Parâmetro de decaimento (0 = padrão)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="131"/>
        <source>Enhanced 2SFCA: travel zones &apos;limit:weight,...&apos; (empty = default)</source>
        <translation>2SFCA aprimorado: zonas de deslocamento &apos;limite:peso,...&apos; (vazio = padrão)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="133"/>
        <source>Accessibility (demand)</source>
        <translation>Acessibilidade (demanda)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="134"/>
        <source>Catchment ratios (facilities)</source>
        <translation>Razões da área de influência (equipamentos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="135"/>
        <location filename="../processing/algorithms/carepipeline.py" line="207"/>
        <source>Share of demand covered</source>
        <translation>Proporção da demanda coberta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="136"/>
        <location filename="../processing/algorithms/carepipeline.py" line="208"/>
        <source>Demand-weighted mean access</source>
        <translation>Acesso médio ponderado pela demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="145"/>
        <source>{0}: {1}. Give the travel zones as &apos;limit:weight,...&apos; (e.g. &apos;10:1,20:0.68,30:0.22&apos;) or a catchment threshold.</source>
        <translation>{0}: {1}. Informe as zonas de deslocamento como &apos;limite:peso,...&apos; (p. ex. &apos;10:1,20:0.68,30:0.22&apos;) ou um limiar da área de influência.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="154"/>
        <location filename="../processing/algorithms/carepipeline.py" line="389"/>
        <source>{0}: {1}. Write each window as label=hours, separated by &apos;|&apos;, e.g. &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>{0}: {1}. Escreva cada janela como rótulo=horário, separadas por &apos;|&apos;, p. ex. &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="162"/>
        <source>To measure the time windows, choose the field of layer {0} that holds each facility&apos;s opening hours in {1}{2}.</source>
        <translation>Para medir as janelas de horário, escolha em {1}{2} o campo da camada {0} que contém o horário de funcionamento de cada equipamento.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="165"/>
        <source> (it has no field &apos;{0}&apos;)</source>
        <translation> (ela não tem o campo &apos;{0}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="176"/>
        <source>%n facilit(y/ies) of layer {0} with opening hours in &apos;{1}&apos; that CareMap does not understand: left out of the time-window fields (still counted at all hours): {2}. Write them like &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, or leave them empty for always open.</source>
        <translation>
            <numerusform>%n equipamento da camada {0} com horário de funcionamento em &apos;{1}&apos; que o CareMap não entende: fica fora dos campos das janelas de horário (continua contado em todos os horários): {2}. Escreva-o como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, ou deixe-o vazio para sempre aberto.</numerusform>
            <numerusform>%n equipamentos da camada {0} com horário de funcionamento em &apos;{1}&apos; que o CareMap não entende: ficam fora dos campos das janelas de horário (continuam contados em todos os horários): {2}. Escreva-os como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;, ou deixe-os vazios para sempre aberto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="182"/>
        <source>%n facilit(y/ies) of layer {0} with public or school holiday rules in &apos;{1}&apos;: those rules are ignored (no holiday calendar is known), the normal week is used.</source>
        <translation>
            <numerusform>%n equipamento da camada {0} com regras de feriados ou de férias escolares em &apos;{1}&apos;: essas regras são ignoradas (não se conhece nenhum calendário de feriados), usa-se a semana normal.</numerusform>
            <numerusform>%n equipamentos da camada {0} com regras de feriados ou de férias escolares em &apos;{1}&apos;: essas regras são ignoradas (não se conhece nenhum calendário de feriados), usa-se a semana normal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="196"/>
        <source>The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works without one): set {1}, e.g. {3:g} minutes, or choose another {2}.</source>
        <translation>O método {0} com decaimento em degrau requer um limiar da área de influência maior que 0 (só um peso com decaimento funciona sem ele): defina {1}, p. ex. {3:g} minutos, ou escolha outro {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="225"/>
        <source>%n unit(s) of layer {0} with a NULL &apos;{1}&apos;: NULL access, left out of the totals.</source>
        <translation>
            <numerusform>%n unidade da camada {0} com &apos;{1}&apos; NULL: acesso NULL, fora dos totais.</numerusform>
            <numerusform>%n unidades da camada {0} com &apos;{1}&apos; NULL: acesso NULL, fora dos totais.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="229"/>
        <source>%n facilit(y/ies) of layer {0} with a NULL &apos;{1}&apos;: left out.</source>
        <translation>
            <numerusform>%n equipamento da camada {0} com &apos;{1}&apos; NULL: deixado de fora.</numerusform>
            <numerusform>%n equipamentos da camada {0} com &apos;{1}&apos; NULL: deixados de fora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="234"/>
        <source>To measure the target group &apos;{0}&apos;, choose the field of layer {1} that holds each facility&apos;s target group in {2}.</source>
        <translation>Para medir o grupo-alvo &apos;{0}&apos;, escolha em {2} o campo da camada {1} que contém o grupo-alvo de cada equipamento.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="238"/>
        <source>Target group &apos;{0}&apos;: {1} of {2} facilities serve it.</source>
        <translation>Grupo-alvo &apos;{0}&apos;: {1} de {2} equipamentos o atendem.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="243"/>
        <source>No facility of layer {0} can be used (capacity NULL or target group &apos;{1}&apos; not served).</source>
        <translation>Nenhum equipamento da camada {0} pode ser usado (capacidade NULL ou grupo-alvo &apos;{1}&apos; não atendido).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="252"/>
        <source>No demand: every value of &apos;{0}&apos; in layer {1} is 0 or NULL, so the share covered and the mean access have no meaning (left empty).</source>
        <translation>Sem demanda: todos os valores de &apos;{0}&apos; na camada {1} são 0 ou NULL, então a proporção coberta e o acesso médio não têm sentido (ficam vazios).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="256"/>
        <source>No capacity: every facility of layer {0} has 0 in &apos;{1}&apos;, so no unit is covered and access is 0.</source>
        <translation>Sem capacidade: todos os equipamentos da camada {0} têm 0 em &apos;{1}&apos;, então nenhuma unidade é coberta e o acesso é 0.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="260"/>
        <source>%n facilit(y/ies) of layer {0} with capacity 0: no place offered, nobody covered.</source>
        <translation>
            <numerusform>%n equipamento da camada {0} com capacidade 0: nenhuma vaga oferecida, ninguém coberto.</numerusform>
            <numerusform>%n equipamentos da camada {0} com capacidade 0: nenhuma vaga oferecida, ninguém coberto.</numerusform>
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
        <translation>Cancelado pelo usuário.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="283"/>
        <source>No demand unit reaches any facility within the threshold.</source>
        <translation>Nenhuma unidade de demanda alcança algum equipamento dentro do limiar.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="286"/>
        <source>{0}: {1:.1%} of demand ({2:,.0f} of {3:,.0f}) reaches a facility within {4} {5}; demand-weighted mean access {6:.6g} per unit of demand (total capacity {7:,.0f}).</source>
        <translation>{0}: {1:.1%} da demanda ({2:.0f} de {3:.0f}) alcança um equipamento em até {4} {5}; acesso médio ponderado pela demanda {6:.6g} por unidade de demanda (capacidade total {7:.0f}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="293"/>
        <source>%n demand unit(s) with no facility within the search limit ({0:g} {1}): cost_nearest is NULL.</source>
        <translation>
            <numerusform>%n unidade de demanda sem nenhum equipamento dentro do limite de busca ({0:g} {1}): cost_nearest é NULL.</numerusform>
            <numerusform>%n unidades de demanda sem nenhum equipamento dentro do limite de busca ({0:g} {1}): cost_nearest é NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/accessibility.py" line="299"/>
        <source>%n facilit(y/ies) with no demand in reach: ratio is NULL.</source>
        <translation>
            <numerusform>%n equipamento sem demanda ao alcance: ratio é NULL.</numerusform>
            <numerusform>%n equipamentos sem demanda ao alcance: ratio é NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/accessibility.py" line="322"/>
        <source>Window &apos;{0}&apos;: {1:.1%} of demand reaches a facility open then; demand-weighted mean access {2:.6g}.</source>
        <translation>Janela &apos;{0}&apos;: {1:.1%} da demanda alcança um equipamento aberto nesse horário; acesso médio ponderado pela demanda {2:.6g}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="47"/>
        <source>Care map by municipality (batch)</source>
        <translation>Mapa do cuidado por município (em lote)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="49"/>
        <source>batch,municipalities,municipality,communes,many,summary,pipeline,workflow,care map</source>
        <translation>lote,municípios,município,comunas,vários,resumo,cadeia,fluxo de trabalho,mapa do cuidado</translation>
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
        <translation>Como o acesso ao cuidado se compara entre os municípios de uma região? Esta ferramenta faz o mapa do cuidado em uma única execução para cada município de uma camada, em uma só chamada: um mapa do cuidado por município, e uma tabela-resumo que os compara.

De onde vêm os municípios: de um campo das unidades de demanda (p. ex. um código de município), ou de uma camada de limites municipais (cada unidade vai para o polígono de limite em que está o seu ponto na superfície). Informe um dos dois. A execução de cada município recebe apenas as suas próprias unidades e, com &apos;Apenas equipamentos dentro ou perto de cada município&apos;, apenas os equipamentos dentro dele ou até a distância que você definir além da sua divisa, já que as pessoas cruzam divisas em busca de cuidado.

Como ler os resultados:
- a pasta: um GeoPackage por município (&lt;name&gt;.gpkg, com as camadas inventory, units, supply e districts do seu mapa do cuidado) e, se pedido, o seu relatório (&lt;name&gt;.html);
- Resumo por município: uma linha para cada um com status (ok ou failed) e mensagem, units, facilities, total_demand, n_facilities, share_covered (proporção da demanda dentro do limiar), mean_access (vagas por pessoa), coverage, unmet (demanda sem vaga), deserts e desert_share (pessoas em desertos de cuidado), output (o seu GeoPackage) e os parâmetros da execução.

Exemplo: três distritos da cidade de demonstração tomados como municípios (Centro, Los Rosales, San Rafael) dão Centro.gpkg, Los Rosales.gpkg e San Rafael.gpkg e um resumo de três linhas, cada uma igual ao mapa do cuidado desse distrito executado isoladamente.

Ressalvas: um município que falha é registrado na sua linha (status failed, com o motivo) e os demais continuam; um aviso conta as falhas. Unidades sem município ficam de fora (contadas). Sem equipamentos além da divisa, as unidades perto dela parecem pior atendidas do que são. Executar vários municípios ao mesmo tempo (Avançado) requer a linha de comando do QGIS qgis_process e só compensa para municípios grandes. As demais configurações são as do mapa do cuidado em uma única execução, aplicadas a cada município; detalhes em docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="79"/>
        <source>If checked, each municipality&apos;s HTML report is written to the output folder as &lt;name&gt;.html. Typical: checked for the final run.</source>
        <translation>Se marcado, o relatório HTML de cada município é gravado na pasta de saída como &lt;name&gt;.html. Típico: marcado para a execução final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="80"/>
        <source>Title of each report; the municipality&apos;s name is added after it. Typical: &apos;Childcare&apos;.</source>
        <translation>Título de cada relatório; o nome do município é acrescentado depois dele. Típico: &apos;Creches&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="81"/>
        <source>Field of the demand units naming each unit&apos;s municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or the municipality boundaries, not both. Typical: the municipality code of the census blocks.</source>
        <translation>Campo das unidades de demanda com o município de cada unidade; um mapa do cuidado por valor. Unidades com NULL ficam de fora, contadas em um aviso. Informe este campo ou os limites municipais, não ambos. Típico: o código do município dos setores censitários.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="82"/>
        <source>Polygon layer of municipality boundaries, when the demand units have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). Facilities are then clipped to the same polygons. Typical: the communes of the region.</source>
        <translation>Camada de polígonos de limites municipais, quando as unidades de demanda não têm campo de município: cada unidade vai para o polígono em que está o seu ponto na superfície (um ponto sobre uma divisa compartilhada vai para o polígono a leste dela, ou ao norte de uma divisa leste-oeste; unidades fora de todo polígono ficam de fora, contadas). Os equipamentos são então recortados pelos mesmos polígonos. Típico: os municípios da região.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="83"/>
        <source>Field of the municipality boundaries with the municipality names (polygons with the same name form one municipality). Typical: the commune name.</source>
        <translation>Campo dos limites municipais com os nomes dos municípios (polígonos com o mesmo nome formam um único município). Típico: o nome do município.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="84"/>
        <source>If checked, each municipality&apos;s run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need a distance beyond the border) or within the distance beyond its border; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked.</source>
        <translation>Se marcado, a execução de cada município recebe apenas os equipamentos dentro dele (do seu polígono de limite, ou dos polígonos das suas unidades quando os municípios vêm de um campo; unidades pontuais exigem uma distância além da divisa) ou até a distância além da sua divisa; desmarcado, cada execução recebe todos os equipamentos. Camadas de equipamentos sem geometria nunca são recortadas (registrado no log). Típico: marcado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="85"/>
        <source>Distance in metres beyond a municipality&apos;s border within which facilities still count for it (people cross borders for care). 0 = only facilities inside. About the catchment&apos;s reach (threshold x speed) keeps the border units from looking worse served than they are. Typical: 1000 m walking.</source>
        <translation>Distância em metros além da divisa de um município dentro da qual os equipamentos ainda contam para ele (as pessoas cruzam divisas em busca de cuidado). 0 = apenas os equipamentos dentro dele. Um valor próximo do alcance da área de influência (limiar x velocidade) evita que as unidades da divisa pareçam pior atendidas do que são. Típico: 1000 m a pé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="86"/>
        <source>Internal: one facility layer at a time while clipping (not shown in the dialog). Typical: left empty.</source>
        <translation>Interno: uma camada de equipamentos por vez durante o recorte (não aparece na caixa de diálogo). Típico: deixar vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="87"/>
        <source>How many municipalities run at the same time, each in its own qgis_process (QGIS&apos;s command line, which must be installed; the run is refused otherwise). 1 = one after another in this process. Each process gets its inputs through temporary GeoPackages and pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so more than 1 pays off only when a municipality&apos;s run takes longer than that and the machine has free cores (on the demo city&apos;s small districts it is slower); more than the number of free cores gains nothing. The results are the same. Typical: 1; the number of free cores for a long batch.</source>
        <translation>Quantos municípios rodam ao mesmo tempo, cada um em seu próprio qgis_process (a linha de comando do QGIS, que deve estar instalada; caso contrário a execução é recusada). 1 = um após o outro neste processo. Cada processo recebe suas entradas por GeoPackages temporários e paga a inicialização do QGIS, do complemento e de seus núcleos (cerca de 3 s de CPU), então mais de 1 só compensa quando a execução de um município leva mais do que isso e a máquina tem núcleos livres (nos distritos pequenos da cidade de demonstração é mais lento); mais do que o número de núcleos livres não ganha nada. Os resultados são os mesmos. Típico: 1; o número de núcleos livres para um lote longo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="88"/>
        <source>Folder for one GeoPackage per municipality (&lt;name&gt;.gpkg, tables inventory, units, supply, districts; an existing file of that name is replaced) and the reports.</source>
        <translation>Pasta para um GeoPackage por município (&lt;name&gt;.gpkg, tabelas inventory, units, supply, districts; um arquivo existente com esse nome é substituído) e para os relatórios.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="89"/>
        <source>One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure the care map in one run returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run&apos;s parameters as JSON).</source>
        <translation>Uma linha por município: municipality, status (ok ou failed), message (por que falhou), units, facilities (feições passadas à sua execução), todos os números que o mapa do cuidado em uma única execução retorna, em minúsculas (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL quando não têm sentido ou a execução falhou), output (o seu GeoPackage) e parameters (os parâmetros da execução em JSON).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="90"/>
        <source>Number of municipalities run.</source>
        <translation>Número de municípios executados.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="91"/>
        <source>Number of municipalities whose run failed (see the summary&apos;s status and message).</source>
        <translation>Número de municípios cuja execução falhou (veja o status e a mensagem no resumo).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="103"/>
        <location filename="../processing/algorithms/carepipeline.py" line="124"/>
        <source>Care facility layers</source>
        <translation>Camadas de equipamentos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="106"/>
        <source>Municipalities run at the same time (separate processes)</source>
        <translation>Municípios rodando ao mesmo tempo (processos separados)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="111"/>
        <source>Folder for each municipality&apos;s care map</source>
        <translation>Pasta para o mapa do cuidado de cada município</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="113"/>
        <source>Summary by municipality</source>
        <translation>Resumo por município</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="114"/>
        <source>Municipalities run</source>
        <translation>Municípios executados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="115"/>
        <source>Municipalities failed</source>
        <translation>Municípios com falha</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="119"/>
        <source>Municipality field of the units</source>
        <translation>Campo de município das unidades</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="122"/>
        <source>Municipality boundaries (polygons)</source>
        <translation>Limites municipais (polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="124"/>
        <source>Municipality name field of the boundaries</source>
        <translation>Campo com o nome do município nos limites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="127"/>
        <source>Only facilities in or near each municipality</source>
        <translation>Apenas equipamentos dentro ou perto de cada município</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="128"/>
        <source>Facilities up to this distance beyond the border (m)</source>
        <translation>Equipamentos até esta distância além da divisa (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="137"/>
        <source>Choose where the municipalities come from: either the municipality field of the units in {0}, or the municipality boundaries in {1} (not both).</source>
        <translation>Escolha de onde vêm os municípios: ou o campo de município das unidades em {0}, ou os limites municipais em {1} (não ambos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="144"/>
        <source>{0} is {1}, which runs municipalities in separate qgis_process calls, but QGIS&apos;s command line qgis_process was not found (on the PATH or next to QGIS). Set {0} to 1 to run them one after another, or install qgis_process.</source>
        <translation>{0} é {1}, o que executa os municípios em chamadas separadas ao qgis_process, mas o qgis_process, a linha de comando do QGIS, não foi encontrado (nem no PATH nem junto ao QGIS). Defina {0} como 1 para executá-los um após o outro, ou instale o qgis_process.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="158"/>
        <source>%n unit(s) of layer {0} without a municipality ({1}): they are in no municipality&apos;s care map.</source>
        <translation>
            <numerusform>%n unidade da camada {0} sem município ({1}): não está no mapa do cuidado de nenhum município.</numerusform>
            <numerusform>%n unidades da camada {0} sem município ({1}): não estão no mapa do cuidado de nenhum município.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="160"/>
        <source>NULL in &apos;{0}&apos;</source>
        <translation>NULL em &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="160"/>
        <source>outside every boundary polygon</source>
        <translation>fora de todos os polígonos de limites</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="163"/>
        <source>No unit of layer {0} has a municipality: fill {1}, or give boundaries that cover the units.</source>
        <translation>Nenhuma unidade da camada {0} tem município: preencha {1}, ou informe limites que cubram as unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="177"/>
        <source>{0} municipalities, up to {1} at the same time in separate processes ({2}).</source>
        <translation>{0} municípios, até {1} ao mesmo tempo em processos separados ({2}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="192"/>
        <source>{0} of {1} municipalities failed: {2}. Their rows in the summary say why.</source>
        <translation>{0} de {1} municípios falharam: {2}. As suas linhas no resumo dizem por quê.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="217"/>
        <source>Layer {0} has points, which have no area to clip the facilities to: give a distance in {1}, municipality boundaries in {2}, or uncheck {3}.</source>
        <translation>A camada {0} tem pontos, que não têm área para recortar os equipamentos: informe uma distância em {1}, limites municipais em {2}, ou desmarque {3}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="241"/>
        <source>Layer {0} has no points: every municipality gets all of its facilities (not clipped).</source>
        <translation>A camada {0} não tem pontos: cada município recebe todos os seus equipamentos (sem recorte).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="254"/>
        <source>Layer {0}: {1} of {2} facilities lie in a municipality or within {3:g} m of one.</source>
        <translation>Camada {0}: {1} de {2} equipamentos estão em um município ou a até {3:g} m de um.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="266"/>
        <source>Municipality {0}:</source>
        <translation>Município {0}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="267"/>
        <source>%n unit(s),</source>
        <translation>
            <numerusform>%n unidade,</numerusform>
            <numerusform>%n unidades,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carebatch.py" line="268"/>
        <source>%n facilit(y/ies).</source>
        <translation>
            <numerusform>%n equipamento.</numerusform>
            <numerusform>%n equipamentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carebatch.py" line="308"/>
        <location filename="../processing/algorithms/carebatch.py" line="311"/>
        <location filename="../processing/batch_processes.py" line="215"/>
        <location filename="../processing/batch_processes.py" line="258"/>
        <source>Municipality {0} failed: {1}</source>
        <translation>O município {0} falhou: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="49"/>
        <location filename="../processing/report_blocks.py" line="189"/>
        <location filename="../ui/dock.py" line="181"/>
        <location filename="../ui/figures.py" line="157"/>
        <source>Care blocks</source>
        <translation>Quadras do cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="51"/>
        <source>care blocks,manzanas del cuidado,Bogota,caregivers,dependants,simultaneity,district care system,MCLP,maximal covering,siting,planning</source>
        <translation>quadras do cuidado,manzanas del cuidado,Bogotá,pessoas cuidadoras,pessoas dependentes,simultaneidade,sistema distrital de cuidado,MCLP,cobertura máxima,localização,planejamento</translation>
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
        <translation>Onde devem ficar as próximas quadras do cuidado, para que uma pessoa cuidadora e a pessoa de quem ela cuida encontrem serviços no mesmo lugar, a uma curta caminhada? Uma quadra do cuidado (como as Manzanas del Cuidado de Bogotá) é um edifício âncora que a cidade já tem (uma escola, uma biblioteca, um centro comunitário ou um mercado) com os edifícios ao seu redor: cuidado para crianças, pessoas idosas e pessoas com deficiência e, ao mesmo tempo, serviços para as suas pessoas cuidadoras (descanso, formação, lavanderias, apoio psicossocial e jurídico). Entre as âncoras candidatas, escolhe o número informado de novas quadras que alcançam juntas o maior número de pessoas dependentes e de pessoas cuidadoras, ponderadas pela prioridade, mantendo as quadras já abertas.

Como ler os resultados:
- Âncoras das quadras: os próprios campos de cada âncora escolhida, depois block (o número da quadra: primeiro as novas quadras, na ordem em que foram escolhidas, depois as quadras já abertas), existing (1 = já aberta), rank, gain (pessoas ponderadas pela prioridade que ela passa a alcançar), units, dependants e caregivers (as pessoas cuja quadra ela é), alternates (edifícios da quadra) e hours_freed_week.
- Edifícios alternativos: cada edifício dentro do raio de caminhada de uma âncora (em linha reta), com a sua quadra e distance_m (metros até a sua âncora); um edifício perto de duas âncoras fica com a mais próxima.
- Áreas das quadras: a área que a âncora e os seus edifícios alternativos abrangem (o seu contorno; um só edifício ou uma fileira de edifícios é alargado em 25 m).
- Áreas de influência: onde uma âncora está dentro do raio de caminhada: um círculo, ou as ruas alcançadas quando o deslocamento é medido na rede viária.
- Unidades com a sua quadra: block (NULL quando nenhuma quadra alcança a unidade), block_before (a quadra já aberta), covered_before e covered_after (1 = uma quadra ao alcance), covered_dependants e covered_caregivers (as pessoas da unidade que uma quadra alcança), weight (prioridade x (dependentes + cuidadoras)) e hours_freed_week.

Exemplo: as quadras censitárias u0, u1 e u2 em uma rua, a 0, 150 e 300 m, com 10, 0 e 8 pessoas dependentes e 5, 20 e 8 pessoas cuidadoras, âncoras candidatas a 50, 250 e 300 m, um raio de 100 m: uma quadra do cuidado vai para a âncora a 250 m, que alcança u1 e u2 (20 + 16 = 36 pessoas, mais que as 35 da âncora a 50 m): 8 das 18 pessoas dependentes (44%) e 28 das 33 pessoas cuidadoras (85%) ficam cobertas. Na cidade de demonstração, com as crianças de 0-5 anos, as pessoas de 80 anos ou mais e as pessoas com deficiência como dependentes, as mulheres de 15-64 anos como cuidadoras e os 134 pontos de cuidado comunitário como âncoras candidatas, cinco quadras a até 800 m alcançam 29.607 pessoas dependentes (14,4%) e 59.960 pessoas cuidadoras (13,6%) com o resolvedor exato; o rápido alcança 99% disso.

Bom saber:
- Uma unidade conta quando uma quadra a alcança: as suas pessoas dependentes e as suas pessoas cuidadoras ficam então ao alcance da mesma quadra. Cada unidade conta com prioridade x (dependentes + cuidadoras); sem um campo de prioridade, cada unidade pesa 1.
- O resolvedor rápido (guloso) obtém pelo menos 63% do melhor possível, geralmente mais de 97%; o resolvedor exato encontra o melhor plano dentro do seu limite de tempo. Uma quadra que não acrescentaria nada nunca é instalada.
- As horas liberadas seguem o método do trabalho de cuidado não remunerado: as vagas de cada nova quadra x as horas de funcionamento por semana x a taxa de substituição, repartidas entre as unidades ao seu alcance segundo as suas pessoas dependentes.
- Unidades perto da borda da área de estudo podem ter âncoras logo fora dela que não são contadas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="96"/>
        <source>Layer of units (points or polygons, taken at a point inside) with the people who need care and their caregivers. Typical: census blocks.</source>
        <translation>Camada de unidades (pontos ou polígonos, tomados em um ponto interior) com as pessoas que precisam de cuidado e as suas pessoas cuidadoras. Típico: quadras censitárias.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="97"/>
        <source>Numeric field with the people who need care in each unit (children, older people, people with disabilities); NULL counts as 0, with a warning. Typical: care_demand from CareMap&apos;s care demand.</source>
        <translation>Campo numérico com as pessoas que precisam de cuidado em cada unidade (crianças, pessoas idosas, pessoas com deficiência); NULL conta como 0, com um aviso. Típico: care_demand da demanda de cuidado do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="98"/>
        <source>Numeric field with the caregivers of each unit: people (e.g. women aged 15 or more who only do unpaid care work, or single mothers heading a household), or the hours of unpaid care a week from the time-use table (women_week or unpaid_week, which Unpaid care work writes onto the same units); NULL counts as 0, with a warning. Typical: women_15_64 (women of working age, as in CareMap&apos;s care demand).</source>
        <translation>Campo numérico com as pessoas cuidadoras de cada unidade: pessoas (p. ex. mulheres de 15 anos ou mais que só fazem trabalho de cuidado não remunerado, ou mães solo chefes de domicílio), ou as horas semanais de cuidado não remunerado da pesquisa de uso do tempo (women_week ou unpaid_week, que Trabalho de cuidado não remunerado escreve nas mesmas unidades); NULL conta como 0, com um aviso. Típico: women_15_64 (mulheres em idade de trabalhar, como na demanda de cuidado do CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="99"/>
        <source>Optional numeric field weighting each unit (0 or more); empty = every unit weighs 1; NULL = 0, with a warning. Typical: priority from CareMap&apos;s care priority index (min-max or rank normalisation).</source>
        <translation>Campo numérico opcional que pondera cada unidade (0 ou mais); vazio = cada unidade pesa 1; NULL = 0, com um aviso. Típico: priority do índice de prioridade de cuidado do CareMap (normalização min-max ou por posto).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="100"/>
        <source>Point layer of the buildings that could anchor a block: public buildings the city already owns. Typical: schools, libraries, community centres and markets.</source>
        <translation>Camada de pontos dos edifícios que poderiam ancorar uma quadra: edifícios públicos que a cidade já possui. Típico: escolas, bibliotecas, centros comunitários e mercados.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="101"/>
        <source>Optional point layer of other buildings that can host a block&apos;s services; empty = the candidate anchors not chosen. Typical: care facilities, sports halls, health posts.</source>
        <translation>Camada de pontos opcional de outros edifícios que podem abrigar os serviços de uma quadra; vazio = as âncoras candidatas não escolhidas. Típico: equipamentos de cuidado, ginásios esportivos, postos de saúde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="102"/>
        <source>Optional point layer of the anchors of blocks already open: they stay open and already cover the units around them. Typical: empty for a first plan.</source>
        <translation>Camada de pontos opcional das âncoras das quadras já abertas: continuam abertas e já cobrem as unidades ao seu redor. Típico: vazio em um primeiro plano.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="103"/>
        <source>How many new blocks to choose. Typical: 5, the number the budget allows.</source>
        <translation>Quantas novas quadras escolher. Típico: 5, o número que o orçamento permite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="104"/>
        <source>Walking distance in metres, inclusive, within which an anchor reaches a unit and an alternate building belongs to the block. Typical: 800 m (15 to 20 minutes on foot, Bogota&apos;s rule).</source>
        <translation>Distância a pé em metros, inclusiva, dentro da qual uma âncora alcança uma unidade e um edifício alternativo pertence à quadra. Típico: 800 m (15 a 20 minutos a pé, a regra de Bogotá).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="105"/>
        <location filename="../processing/algorithms/siting.py" line="89"/>
        <source>greedy = fast, close to the best; exact = the best plan (an integer program solved with HiGHS), stopped after the time limit with its gap reported. Typical: greedy to explore, exact for the final plan.</source>
        <translation>guloso = rápido, perto do melhor; exato = o melhor plano (um programa inteiro resolvido com o HiGHS), interrompido após o limite de tempo, com o seu gap informado. Típico: guloso para explorar, exato para o plano final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="106"/>
        <source>How the walk is measured: along the straight line (times the detour factor) or along the road network (shortest paths on &apos;Road network (lines)&apos;). Costs from a table are not used here. Typical: the road network when you have one.</source>
        <translation>Como a caminhada é medida: pela linha reta (vezes o fator de desvio) ou pela rede viária (caminhos mínimos em &apos;Rede viária (linhas)&apos;). Custos de uma tabela não são usados aqui. Típico: a rede viária, quando você tem uma.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="107"/>
        <source>Unit the walk is measured in on the road network: meters, or minutes at the travel speed (the walking radius is turned into minutes). Typical: meters.</source>
        <translation>Unidade em que a caminhada é medida na rede viária: metros, ou minutos à velocidade de deslocamento (o raio de caminhada é convertido em minutos). Típico: metros.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="108"/>
        <location filename="../processing/algorithms/siting.py" line="91"/>
        <source>Largest time in seconds the exact solver may run. Typical: 60 s.</source>
        <translation>Tempo máximo em segundos que o solucionador exato pode rodar. Típico: 60 s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="109"/>
        <source>Care places of each new block, for the hours freed. Typical: 50 places.</source>
        <translation>Vagas de cada nova quadra, para as horas liberadas. Típico: 50 vagas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="110"/>
        <source>Hours a week each new block is open, for the hours freed. Typical: 40 hours (8 hours, 5 days).</source>
        <translation>Horas por semana que cada nova quadra fica aberta, para as horas liberadas. Típico: 40 horas (8 horas, 5 dias).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="111"/>
        <source>Hours of household care replaced by one place open for one hour (0-1), for the hours freed. Typical: 0.5.</source>
        <translation>Horas de cuidado no domicílio substituídas por uma vaga aberta durante uma hora (0-1), para as horas liberadas. Típico: 0.5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="112"/>
        <source>The anchors of the blocks (new and already open): each new anchor&apos;s own fields, then block, existing, rank, gain, units, dependants, caregivers, alternates and hours_freed_week.</source>
        <translation>As âncoras das quadras (novas e já abertas): os próprios campos de cada nova âncora, depois block, existing, rank, gain, units, dependants, caregivers, alternates e hours_freed_week.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="113"/>
        <source>The buildings within the walking radius of an anchor, with their own fields, block and distance_m.</source>
        <translation>Os edifícios dentro do raio de caminhada de uma âncora, com os seus próprios campos, block e distance_m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="114"/>
        <source>One polygon per block: the outline of its anchor and alternates, with block, existing and buildings.</source>
        <translation>Um polígono por quadra: o contorno da sua âncora e dos seus edifícios alternativos, com block, existing e buildings.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="115"/>
        <source>One polygon per block: its area of influence (where the anchor is within the walking radius), with block, existing, dependants and caregivers.</source>
        <translation>Um polígono por quadra: a sua área de influência (onde a âncora está dentro do raio de caminhada), com block, existing, dependants e caregivers.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="116"/>
        <source>The units with block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight and hours_freed_week.</source>
        <translation>As unidades com block, block_before, covered_before, covered_after, covered_dependants, covered_caregivers, weight e hours_freed_week.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="117"/>
        <source>Dependants within the walking radius of a block already open.</source>
        <translation>Pessoas dependentes dentro do raio de caminhada de uma quadra já aberta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="118"/>
        <source>Dependants within the walking radius of a block, new or already open.</source>
        <translation>Pessoas dependentes dentro do raio de caminhada de uma quadra, nova ou já aberta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="119"/>
        <source>Caregivers within the walking radius of a block already open.</source>
        <translation>Pessoas cuidadoras dentro do raio de caminhada de uma quadra já aberta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="120"/>
        <source>Caregivers within the walking radius of a block, new or already open.</source>
        <translation>Pessoas cuidadoras dentro do raio de caminhada de uma quadra, nova ou já aberta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="121"/>
        <source>Share (0 to 1) of all dependants covered with the new blocks; None when there are none.</source>
        <translation>Proporção (0 a 1) de todas as pessoas dependentes cobertas com as novas quadras; None quando não há nenhuma.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="122"/>
        <source>Share (0 to 1) of all caregivers covered with the new blocks; None when there are none.</source>
        <translation>Proporção (0 a 1) de todas as pessoas cuidadoras cobertas com as novas quadras; None quando não há nenhuma.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="123"/>
        <source>Hours of unpaid care a week the new blocks could take over from households (places x hours open x substitution, for blocks that reach dependants).</source>
        <translation>Horas de cuidado não remunerado por semana que as novas quadras poderiam assumir dos domicílios (vagas x horas de funcionamento x substituição, para as quadras que alcançam pessoas dependentes).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="124"/>
        <source>Priority-weighted dependants and caregivers covered with the new blocks (what the solver maximised).</source>
        <translation>Pessoas dependentes e pessoas cuidadoras cobertas com as novas quadras, ponderadas pela prioridade (o que o resolvedor maximizou).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="125"/>
        <source>Relative gap between the exact solver&apos;s plan and its bound (0 = proven best); None for the fast solver or when not known.</source>
        <translation>Lacuna relativa entre o plano do resolvedor exato e o seu limite (0 = melhor comprovado); None para o resolvedor rápido ou quando não é conhecida.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="126"/>
        <source>Number of new blocks placed (fewer than asked when more would add nothing).</source>
        <translation>Número de novas quadras instaladas (menos do que o pedido quando mais quadras não acrescentariam nada).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="127"/>
        <location filename="../processing/algorithms/siting.py" line="109"/>
        <source>The solver&apos;s status: greedy, optimal, time_limit (the exact solver stopped at its time limit; see the gap) or time_limit_heuristic.</source>
        <translation>O status do resolvedor: greedy, optimal, time_limit (o resolvedor exato parou no seu limite de tempo; veja o gap) ou time_limit_heuristic.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="130"/>
        <source>Dependants covered before</source>
        <translation>Pessoas dependentes cobertas antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="131"/>
        <source>Dependants covered after</source>
        <translation>Pessoas dependentes cobertas depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="132"/>
        <source>Caregivers covered before</source>
        <translation>Pessoas cuidadoras cobertas antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="133"/>
        <source>Caregivers covered after</source>
        <translation>Pessoas cuidadoras cobertas depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="134"/>
        <source>Share of dependants covered after</source>
        <translation>Proporção de pessoas dependentes cobertas depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="135"/>
        <source>Share of caregivers covered after</source>
        <translation>Proporção de pessoas cuidadoras cobertas depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="136"/>
        <source>Unpaid care hours freed a week</source>
        <translation>Horas de cuidado não remunerado liberadas por semana</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="137"/>
        <location filename="../processing/algorithms/siting.py" line="167"/>
        <source>Objective value</source>
        <translation>Valor do objetivo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="137"/>
        <location filename="../processing/algorithms/siting.py" line="167"/>
        <source>MIP gap</source>
        <translation>Gap MIP</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="138"/>
        <source>New blocks placed</source>
        <translation>Novas quadras instaladas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="145"/>
        <source>Units (points or polygons)</source>
        <translation>Unidades (pontos ou polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="147"/>
        <source>People who need care (field)</source>
        <translation>Pessoas que precisam de cuidado (campo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="150"/>
        <source>Caregivers (field)</source>
        <translation>Pessoas cuidadoras (campo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="153"/>
        <source>Priority weight (field; empty = 1 per unit)</source>
        <translation>Peso de prioridade (campo; vazio = 1 por unidade)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="156"/>
        <source>Candidate anchor buildings</source>
        <translation>Edifícios âncora candidatos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="158"/>
        <source>Other buildings for the blocks (empty = the candidates not chosen)</source>
        <translation>Outros edifícios para as quadras (vazio = os candidatos não escolhidos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="161"/>
        <source>Anchors of blocks already open</source>
        <translation>Âncoras das quadras já abertas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="163"/>
        <source>Number of new blocks</source>
        <translation>Número de novas quadras</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="165"/>
        <source>Walking radius (m)</source>
        <translation>Raio de caminhada (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="166"/>
        <location filename="../processing/algorithms/siting.py" line="135"/>
        <source>Solver</source>
        <translation>Resolvedor</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="168"/>
        <location filename="../processing/algorithms/siting.py" line="139"/>
        <source>Time limit of the exact solver (seconds)</source>
        <translation>Limite de tempo do resolvedor exato (segundos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="170"/>
        <source>Places of each new block (hours freed)</source>
        <translation>Vagas de cada nova quadra (horas liberadas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="172"/>
        <source>Hours open a week (hours freed)</source>
        <translation>Horas de funcionamento por semana (horas liberadas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="175"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="140"/>
        <source>Substitution rate (household care hours replaced per place-hour)</source>
        <translation>Taxa de substituição (horas de cuidado domiciliar substituídas por vaga-hora)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="178"/>
        <location filename="../processing/report_blocks.py" line="142"/>
        <location filename="../processing/report_blocks.py" line="152"/>
        <source>Block anchors</source>
        <translation>Âncoras das quadras</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="179"/>
        <location filename="../processing/report_blocks.py" line="170"/>
        <source>Alternate buildings</source>
        <translation>Edifícios alternativos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="180"/>
        <source>Block areas</source>
        <translation>Áreas das quadras</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="181"/>
        <source>Areas of influence</source>
        <translation>Áreas de influência</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="182"/>
        <source>Units with their block</source>
        <translation>Unidades com a sua quadra</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="186"/>
        <location filename="../processing/algorithms/siting.py" line="170"/>
        <source>Solver status</source>
        <translation>Status do resolvedor</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="195"/>
        <source>Field &apos;{0}&apos; of layer {1} is NULL in %n unit(s): they count with 0 there.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} é NULL em %n unidade: ali ela conta com 0.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} é NULL em %n unidades: ali elas contam com 0.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="209"/>
        <source>{0} is {1:g}: no unit could ever be reached. Set it above 0, e.g. {2:g} m.</source>
        <translation>{0} é {1:g}: nenhuma unidade poderia ser alcançada. Defina-o acima de 0, p. ex. {2:g} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="213"/>
        <source>Care blocks measure the walk along straight lines or the road network: choose one of them in {0}.</source>
        <translation>As quadras do cuidado medem a caminhada por linhas retas ou pela rede viária: escolha uma delas em {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="230"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n negative priority value(s): weights must be 0 or more. Use a priority index normalised by min-max or by rank, or another field.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valor de prioridade negativo: os pesos devem ser 0 ou mais. Use um índice de prioridade normalizado por min-max ou por posto, ou outro campo.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valores de prioridade negativos: os pesos devem ser 0 ou mais. Use um índice de prioridade normalizado por min-max ou por posto, ou outro campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="236"/>
        <source>Field &apos;{0}&apos; of layer {1} is NULL in %n unit(s): they weigh 0 in the choice of blocks.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} é NULL em %n unidade: ela pesa 0 na escolha das quadras.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} é NULL em %n unidades: elas pesam 0 na escolha das quadras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="240"/>
        <source>No people: fields &apos;{0}&apos; and &apos;{1}&apos; of layer {2} are 0 in every unit, so no block can reach anyone; the shares are NULL.</source>
        <translation>Sem pessoas: os campos &apos;{0}&apos; e &apos;{1}&apos; da camada {2} são 0 em todas as unidades, então nenhuma quadra pode alcançar ninguém; as proporções são NULL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="248"/>
        <source>%n new block(s) asked for ({0}),</source>
        <translation>
            <numerusform>%n nova quadra pedida ({0}),</numerusform>
            <numerusform>%n novas quadras pedidas ({0}),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="249"/>
        <source>but layer {0} has only %n candidate anchor(s): ask for fewer blocks or give more candidates.</source>
        <translation>
            <numerusform>mas a camada {0} tem só %n âncora candidata: peça menos quadras ou informe mais candidatas.</numerusform>
            <numerusform>mas a camada {0} tem só %n âncoras candidatas: peça menos quadras ou informe mais candidatas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="275"/>
        <source>Care blocks: {0}</source>
        <translation>Quadras do cuidado: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="327"/>
        <source>block anchors</source>
        <translation>âncoras das quadras</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="427"/>
        <source>Fewer blocks suffice: %n new block(s) placed</source>
        <translation>
            <numerusform>Menos quadras bastam: %n nova quadra instalada</numerusform>
            <numerusform>Menos quadras bastam: %n novas quadras instaladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/careblocks.py" line="428"/>
        <source>instead of the %n asked, because any further block would reach no one not reached yet.</source>
        <translation>
            <numerusform>em vez da %n pedida, porque qualquer quadra a mais não alcançaria ninguém que ainda não tenha sido alcançado.</numerusform>
            <numerusform>em vez das %n pedidas, porque qualquer quadra a mais não alcançaria ninguém que ainda não tenha sido alcançado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="431"/>
        <source>The exact solver stopped at its time limit ({0}) without beating the heuristic: the heuristic plan is returned. Raise the time limit for a better plan.</source>
        <translation>O resolvedor exato parou no seu limite de tempo ({0}) sem superar a heurística: o plano heurístico é retornado. Aumente o limite de tempo para obter um plano melhor.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="434"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="437"/>
        <source>Within {0:g} m of a block: dependants {1:,.0f} before, {2:,.0f} after ({3} -&gt; {4}); caregivers {5:,.0f} before, {6:,.0f} after ({7} -&gt; {8}).</source>
        <translation>A até {0:g} m de uma quadra: pessoas dependentes {1:.0f} antes, {2:.0f} depois ({3} -&gt; {4}); pessoas cuidadoras {5:.0f} antes, {6:.0f} depois ({7} -&gt; {8}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/careblocks.py" line="441"/>
        <source>Solver status: {0}; objective {1:,.2f}.</source>
        <translation>Status do resolvedor: {0}; objetivo {1:.2f}.</translation>
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
        <translation>cuidado,demanda,idade,crianças,pessoas idosas,dependência,escala de Madri,unidades de cuidado,cuidadoras</translation>
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
        <translation>Quanto cuidado as pessoas de cada quadra precisam, e quem está lá para dá-lo? A partir do número de pessoas por faixa etária de cada unidade (quadra censitária, setor, célula de grade), esta ferramenta calcula a demanda de cuidado, as pessoas dependentes e as cuidadoras potenciais.

Como ler os resultados (as unidades, com os seus próprios campos e estes):
- care_demand: pessoas ponderadas pelo cuidado que a sua idade requer (unidades de cuidado). Com pesos iguais é simplesmente o número de pessoas nas faixas escolhidas (p. ex. crianças de 0-5 anos); com a escala de Madri de Durán uma criança de 0-4 anos conta 2, um adulto de 18-64 conta 1 e uma pessoa de 85+ conta 2.
- pop_bands: as pessoas nas faixas etárias escolhidas.
- dep_children (menores de 15), dep_older (65 anos ou mais), dependents e as suas proporções share_children, share_older (0-1).
- caregivers: as cuidadoras potenciais (o campo de cuidadoras, p. ex. mulheres de 15-64 anos, ou então as pessoas de 15-64 anos das faixas); care_intensity = dependentes por cuidadora (NULL onde não há cuidadora).
- Para polígonos: pop_density e demand_density, por km2.
- Os critérios das quadras do cuidado de Bogotá (lidos pela predefinição de Bogotá do índice de prioridade de cuidado): share_under5 e share_80plus (crianças menores de 5 anos e pessoas de 80 anos ou mais, proporções 0-1 das pessoas nas faixas) e dependency_ratio (pessoas menores de 15 anos e de 65 anos ou mais por pessoa de 15-64 anos); com &apos;Mulheres que só fazem trabalho doméstico não remunerado&apos;, share_women_unpaid (esse campo sobre as cuidadoras potenciais: informe ali as mulheres de 15 anos ou mais para a definição do censo); com &apos;Domicílios monoparentais chefiados por uma mulher&apos; e &apos;Domicílios&apos;, fhh_share (0-1).

Exemplo: na cidade de demonstração, as sete faixas etárias com a escala de Madri dão cerca de 1,53 milhão de unidades de cuidado para 1,27 milhão de pessoas (1,20 por pessoa), e a quadra mediana tem 0,94 dependente por mulher de 15-64 anos; as faixas 0-2 e 3-5 com pesos iguais dão 102.803 crianças, a demanda de cuidado das creches. À mão, uma quadra com 30 crianças de 0-2 anos, 30 de 3-5, 40 de 6-14, 200 pessoas de 15-64, 50 de 65-79 e 20 de 80 anos ou mais (370 pessoas): share_under5 = (30 + 20) / 370 = 0,135 (dois dos três anos da faixa 3-5 são de menores de 5), share_80plus = 20 / 370 = 0,054, dependency_ratio = 170 / 200 = 0,85.

Ressalvas: uma unidade sem valor (NULL) em uma das suas faixas etárias não recebe demanda de cuidado (contada no log): preencha-o, ou ela conta como nenhuma demanda. Faixas que não coincidem com as idades da escala recebem o peso médio dos anos que abrangem, e uma faixa aberta como 80+ é tomada como abrangendo os anos definidos em &apos;Anos abrangidos por uma faixa aberta como 80+&apos; (80-89 por padrão). Os pesos e as fórmulas estão em docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="68"/>
        <source>Layer of units (points or polygons) with counts of people per age band. Typical: census blocks or grid cells.</source>
        <translation>Camada de unidades (pontos ou polígonos) com contagens de pessoas por faixa etária. Típico: setores censitários ou células de grade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="69"/>
        <source>Which field holds which ages, as field:band items separated by &apos;;&apos;, bands in whole years, &apos;a+&apos; for an open band. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5; all bands for the whole population.</source>
        <translation>Qual campo contém quais idades, como itens campo:faixa separados por &apos;;&apos;, faixas em anos completos, &apos;a+&apos; para uma faixa aberta. Típico: &apos;p_0_2:0-2;p_3_5:3-5&apos; para crianças de 0-5 anos; todas as faixas para a população inteira.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="70"/>
        <source>Care weight per person: equal (1 each), Durán&apos;s Madrid scale of care units (more for small children and the very old), or your own weights per field (given in &apos;Custom weights&apos;). Typical: the Madrid scale for total care demand, equal for one age group.</source>
        <translation>Peso de cuidado por pessoa: iguais (1 cada), a escala de Madri de unidades de cuidado de Durán (mais para as crianças pequenas e as pessoas muito idosas), ou os seus próprios pesos por campo (informados em &apos;Pesos personalizados&apos;). Típico: a escala de Madri para a demanda de cuidado total, iguais para um grupo etário.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="71"/>
        <source>Your own weights, used when the weights are custom, as field:weight items separated by &apos;;&apos;. Typical: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</source>
        <translation>Os seus próprios pesos, usados quando os pesos são personalizados, como itens campo:peso separados por &apos;;&apos;. Típico: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="72"/>
        <source>Optional numeric field with the potential caregivers of each unit; empty = persons 15-64 from the bands. Typical: women 15-64.</source>
        <translation>Campo numérico opcional com as pessoas cuidadoras potenciais de cada unidade; vazio = pessoas de 15-64 anos das faixas. Típico: mulheres de 15-64 anos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="73"/>
        <source>Optional numeric field with the women aged 15 or more who only do unpaid domestic work (census: activity in the last week); gives share_women_unpaid, over the potential caregivers. Typical: empty, or the census count with the women aged 15 or more as potential caregivers.</source>
        <translation>Campo numérico opcional com as mulheres de 15 anos ou mais que só fazem trabalho doméstico não remunerado (censo: atividade na última semana); dá share_women_unpaid, sobre as cuidadoras potenciais. Típico: vazio, ou a contagem do censo, com as mulheres de 15 anos ou mais como cuidadoras potenciais.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="74"/>
        <source>Optional numeric field with the single-parent households headed by a woman; with the households field it gives fhh_share. Typical: empty when the layer already has a share of female-headed households.</source>
        <translation>Campo numérico opcional com os domicílios monoparentais chefiados por uma mulher; com o campo de domicílios, dá fhh_share. Típico: vazio quando a camada já tem uma proporção de domicílios chefiados por mulheres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="75"/>
        <source>Optional numeric field with all the households of each unit, the denominator of fhh_share. Typical: the census count of households.</source>
        <translation>Campo numérico opcional com todos os domicílios de cada unidade, o denominador de fhh_share. Típico: a contagem de domicílios do censo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="76"/>
        <source>Years an open band such as 80+ is taken to span when weighting it. Typical: 10 (80+ read as 80-89).</source>
        <translation>Anos que se considera que uma faixa aberta como 80+ abrange ao ponderá-la. Típico: 10 (80+ lido como 80-89).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="77"/>
        <source>The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, the care-block criteria (share_under5, share_80plus, dependency_ratio, and share_women_unpaid and fhh_share when their fields are given) and, for polygons, pop_density and demand_density.</source>
        <translation>As unidades com care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity, os critérios das quadras do cuidado (share_under5, share_80plus, dependency_ratio, e share_women_unpaid e fhh_share quando os seus campos são informados) e, para polígonos, pop_density e demand_density.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="78"/>
        <source>Sum of care_demand over the units with all their age-band values (people, or care units with the Madrid scale); None when no unit has them all.</source>
        <translation>Soma de care_demand nas unidades com todos os seus valores por faixa etária (pessoas, ou unidades de cuidado com a escala de Madri); None quando nenhuma unidade tem todos eles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="83"/>
        <source>Units with age-band counts</source>
        <translation>Unidades com contagens por faixa etária</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="86"/>
        <source>Age-band fields (field:band;...)</source>
        <translation>Campos por faixa etária (campo:faixa;...)</translation>
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
        <translation>Campo de cuidadoras potenciais (p. ex. mulheres de 15-64)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="94"/>
        <source>Women who only do unpaid domestic work</source>
        <translation>Mulheres que só fazem trabalho doméstico não remunerado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="97"/>
        <source>Single-parent households headed by a woman</source>
        <translation>Domicílios monoparentais chefiados por uma mulher</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="100"/>
        <source>Households</source>
        <translation>Domicílios</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="103"/>
        <source>Years spanned by an open band such as 80+</source>
        <translation>Anos abrangidos por uma faixa aberta como 80+</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="106"/>
        <source>Total care demand</source>
        <translation>Demanda total de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="112"/>
        <source>{0}: {1}. Write it as field:band items separated by &apos;;&apos;, e.g. &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</source>
        <translation>{0}: {1}. Escreva-o como itens campo:faixa separados por &apos;;&apos;, p. ex. &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="126"/>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="133"/>
        <source>{0} is set but {1} is empty: the share of women in unpaid domestic work is taken over the potential caregivers. Choose the field of women aged 15 or more (or 15-64) there.</source>
        <translation>{0} está definido, mas {1} está vazio: a proporção de mulheres em trabalho doméstico não remunerado é tomada sobre as cuidadoras potenciais. Escolha ali o campo de mulheres de 15 anos ou mais (ou de 15-64).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="138"/>
        <source>{0} and {1} go together (fhh_share is the first over the second): choose both, or neither.</source>
        <translation>{0} e {1} andam juntos (fhh_share é o primeiro sobre o segundo): escolha os dois, ou nenhum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="152"/>
        <source>%n unit(s) of layer {0} without a value (NULL or not a finite number) in an age-band field ({1}): their care demand and indicators are NULL. Fill in those counts for a complete map.</source>
        <translation>
            <numerusform>%n unidade da camada {0} sem valor (NULL ou não é um número finito) em um campo de faixa etária ({1}): a sua demanda de cuidado e os seus indicadores são NULL. Preencha essas contagens para ter um mapa completo.</numerusform>
            <numerusform>%n unidades da camada {0} sem valor (NULL ou não é um número finito) em um campo de faixa etária ({1}): a sua demanda de cuidado e os seus indicadores são NULL. Preencha essas contagens para ter um mapa completo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="159"/>
        <source>%n unit(s) of layer {0} without a value (NULL or not a finite number) in the caregivers field &apos;{1}&apos;: their care_intensity is NULL.</source>
        <translation>
            <numerusform>%n unidade da camada {0} sem valor (NULL ou não é um número finito) no campo de cuidadoras &apos;{1}&apos;: o seu care_intensity é NULL.</numerusform>
            <numerusform>%n unidades da camada {0} sem valor (NULL ou não é um número finito) no campo de cuidadoras &apos;{1}&apos;: o seu care_intensity é NULL.</numerusform>
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
        <translation>Camada {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="177"/>
        <source>No caregiver field: potential caregivers are the persons aged 15-64 in the bands.</source>
        <translation>Sem campo de cuidadoras: as cuidadoras potenciais são as pessoas de 15-64 anos das faixas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="180"/>
        <source>%n unit(s) without a potential caregiver: care_intensity is NULL there.</source>
        <translation>
            <numerusform>%n unidade sem nenhuma cuidadora potencial: care_intensity é NULL nela.</numerusform>
            <numerusform>%n unidades sem nenhuma cuidadora potencial: care_intensity é NULL nelas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredemand.py" line="185"/>
        <source>%n unit(s) of layer {0} without an area (an empty, zero-area or invalid polygon): pop_density and demand_density are NULL there.</source>
        <translation>
            <numerusform>%n unidade da camada {0} sem área (polígono vazio, de área zero ou inválido): pop_density e demand_density são NULL nela.</numerusform>
            <numerusform>%n unidades da camada {0} sem área (polígono vazio, de área zero ou inválido): pop_density e demand_density são NULL nelas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="191"/>
        <source>No unit of layer {0} has all its age-band values: the total care demand is left empty.</source>
        <translation>Nenhuma unidade da camada {0} tem todos os seus valores de faixa etária: a demanda de cuidado total fica vazia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredemand.py" line="194"/>
        <source>Every age-band count of layer {0} is 0: no one lives in these units, so the care demand is 0 and the shares, care intensity and densities say nothing (shares and care intensity are NULL).</source>
        <translation>Todas as contagens por faixa etária da camada {0} são 0: ninguém vive nestas unidades, então a demanda de cuidado é 0 e as proporções, a intensidade de cuidado e as densidades não dizem nada (as proporções e a intensidade de cuidado são NULL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="41"/>
        <location filename="../processing/algorithms/caredeserts.py" line="159"/>
        <location filename="../processing/report_layout.py" line="427"/>
        <location filename="../processing/report_layout.py" line="429"/>
        <location filename="../ui/charts.py" line="306"/>
        <source>Care deserts</source>
        <translation>Desertos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="43"/>
        <source>care,desert,high demand,low access,z-score,type 1,type 2,public transport,GTFS,bus</source>
        <translation>cuidado,deserto,alta demanda,baixo acesso,escore z,tipo 1,tipo 2,transporte público,GTFS,ônibus</translation>
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
        <translation>Quais unidades têm muitas pessoas que precisam de cuidado e nenhum serviço de cuidado perto o bastante? Um deserto de cuidado (a regra da Ferramenta de Georreferenciamento do Cuidado) é uma unidade com alta demanda e baixo acesso.

Como ler os resultados:
- Desertos de cuidado (uma linha por unidade, com os seus próprios campos): z_demand = quanto a demanda da unidade está acima ou abaixo da média, em desvios-padrão; demand_threshold = o escore z a partir do qual a demanda conta como alta (a mediana dos escores z positivos da cidade, ou de todos os escores z do distrito da unidade, com distritos); high_demand (0/1); adj_threshold = o limiar de acesso usado para a unidade, em minutos; low_access (0/1) = o equipamento mais próximo está mais longe que o limiar, ou nenhum é alcançável; desert (0/1) = alta demanda e baixo acesso; desert_type = 1 não alcançável por nenhum modo, 2 alcançável só pelo segundo modo (sempre 1 sem um segundo modo); com um feed de transporte público e os equipamentos de cuidado, cost_transit = o tempo de deslocamento por transporte público até o equipamento mais próximo, em minutos (caminhada até a parada, espera, viagem, baldeações, caminhada até o equipamento; NULL quando nenhum está a até quatro vezes o segundo limiar, e pelo menos 60 minutos); com uma janela das pessoas cuidadoras, temporal_desert (0/1) = alta demanda e cuidado ao alcance em algum horário, mas nenhum equipamento aberto ao alcance nessa janela (um deserto de cuidado temporal).
- Desertos de cuidado por distrito: units, deserts, population, population_in_deserts e share (0 a 1) por distrito.
- Resumo nos polígonos de distritos: essa tabela sobre os polígonos de distritos, para mapeá-la (feita quando há polígonos de distritos).

Exemplo: na cidade de demonstração do tutorial, com 10 minutos a pé até a creche e a regra da mediana por distrito, 209 quadras são desertos de cuidado, onde vivem 7.720 crianças de 0-5 anos (7,5% delas); Los Rosales tem mais, 1.581 crianças (20,9% das suas crianças). À mão: seis quadras com 10, 20, 60, 80, 90 e 40 crianças, o equipamento mais próximo a 5, 25, nenhum, 25, 12 e 30 minutos, um limiar de 20 minutos: só a quadra de 80 crianças é um deserto (a quadra de 60 não alcança nada, mas a sua demanda não é alta; a quadra de 90 tem um equipamento a 12 minutos). Se o equipamento a 12 minutos da quadra de 90 fecha às 17:00 e a janela é de segunda a sexta das 17:00 às 20:00 (covered_evening = 0), essa quadra é um deserto de cuidado temporal. Com um segundo modo, um deserto cujo equipamento mais próximo está a 40 minutos a pé, mas a 24 minutos de ônibus (3 minutos a pé até a parada, 7 minutos de espera, 10 minutos de viagem, 4 minutos a pé), tem desert_type 2 com o limiar de 30 minutos; a 35 minutos de ônibus, tem desert_type 1.

O segundo modo costuma ser o transporte público: ou um campo de tempos de deslocamento que você traz, ou o CareMap o calcula a partir de um feed de transporte público (GTFS), dos equipamentos de cuidado, de uma data e hora de partida e, opcionalmente, de uma janela de minutos de partida (veja Acessibilidade ao cuidado para as mesmas opções). Meça as caminhadas do transporte público (até as paradas, a partir delas e entre elas, e o trajeto inteiro a pé) do mesmo modo que o primeiro tempo de deslocamento foi medido: se ele veio da rede viária (p. ex. cost_nearest de Acessibilidade ao cuidado executada na rede viária), escolha a rede viária em &apos;Transporte público: caminhadas medidas por&apos; e informe a mesma rede viária; caso contrário, o ônibus é comparado com uma caminhada diferente. Na cidade de demonstração, as caminhadas em linha reta vezes 1,3 são mais curtas que as ruas sinuosas: os 209 desertos pareciam estar a 9,6 minutos da creche de ônibus (mediana) contra 11,4 a pé, enquanto com as caminhadas pelas ruas o ônibus é mais rápido que ir a pé para apenas 3 deles, por meio minuto no máximo.

Ressalvas: uma unidade que não alcança nenhum equipamento conta como baixo acesso (a ferramenta de referência a conta como acessível). Unidades perto da borda da área de estudo podem parecer mais longe do cuidado do que estão. Uma demanda igual em todo lugar não dá nenhum deserto (com aviso). Pessoas NULL ou distritos NULL são um erro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="92"/>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care, or the Care gaps layer.</source>
        <translation>Camada de unidades de demanda, pontos ou polígonos, p. ex. setores censitários. Típico: a saída de demanda de Acessibilidade ao cuidado, ou a camada de Lacunas de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="93"/>
        <location filename="../processing/algorithms/caregaps.py" line="76"/>
        <source>Numeric field with the people of the group in each unit (no NULL values). Typical: care_demand, or children 0-5.</source>
        <translation>Campo numérico com as pessoas do grupo em cada unidade (sem valores NULL). Típico: care_demand, ou crianças de 0-5 anos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="94"/>
        <source>Numeric field with the travel time to the nearest facility in minutes (a distance in metres written by Accessibility to care is turned into minutes with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from Accessibility to care.</source>
        <translation>Campo numérico com o tempo de deslocamento até o equipamento mais próximo em minutos (uma distância em metros gravada por Acessibilidade ao cuidado é convertida em minutos com os seus campos cost_unit e cost_speed_kmh); NULL = nenhum equipamento alcançável. Típico: cost_nearest de Acessibilidade ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="95"/>
        <source>Access threshold in minutes: a unit whose nearest facility is farther (or that reaches none) has low access; a unit exactly at the threshold has access. Typical: 10 minutes walking to childcare, as in the accessibility run.</source>
        <translation>Limiar de acesso em minutos: uma unidade cujo equipamento mais próximo está mais longe (ou que não alcança nenhum) tem baixo acesso; uma unidade exatamente no limiar tem acesso. Típico: 10 minutos a pé até a creche, como na execução de acessibilidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="96"/>
        <source>How the high-demand cut-off is taken from the z-scores of demand (the positive ones of the city; all of a district&apos;s with districts): the median, the mean, or the mean plus one standard deviation (stricter). Typical: the median (Care Georeferencing Tool).</source>
        <translation>Como o corte de alta demanda é obtido dos escores z da demanda (os positivos da cidade; todos os do distrito, com distritos): a mediana, a média, ou a média mais um desvio-padrão (mais rigoroso). Típico: a mediana (Ferramenta de Georreferenciamento do Cuidado).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="97"/>
        <source>Optional field naming each unit&apos;s district: the high-demand cut-off is then taken within each district, and a summary per district is written. Without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Campo opcional com o distrito de cada unidade: o corte de alta demanda é então obtido dentro de cada distrito, e um resumo por distrito é gravado. Sem ele, os polígonos de distritos dão a cada unidade o distrito em que ela está. Típico: distrito.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="98"/>
        <source>If checked (polygon units only), units larger than most get a longer access threshold, the more so the larger and the emptier they are (see the three large-unit settings). Typical: unchecked in cities, checked for rural areas.</source>
        <translation>Se marcado (só unidades poligonais), as unidades maiores que a maioria recebem um limiar de acesso mais longo, tanto mais quanto maiores e mais vazias forem (veja as três configurações de unidades grandes). Típico: desmarcado em cidades, marcado para áreas rurais.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="99"/>
        <source>Minutes added to the threshold of a large unit per step of log1p(area in m2) above the large-unit area. Typical: 5.</source>
        <translation>Minutos adicionados ao limiar de uma unidade grande por passo de log1p(área em m2) acima da área de unidade grande. Típico: 5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="100"/>
        <source>Minutes added to the threshold of a large unit, divided by log1p(people per km2): sparse units get more. Typical: 10.</source>
        <translation>Minutos adicionados ao limiar de uma unidade grande, divididos por log1p(pessoas por km2): unidades pouco povoadas recebem mais. Típico: 10.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="101"/>
        <source>Share of units (0-1) smaller than a large unit: units with an area above this quantile of all areas count as large. Typical: 0.8.</source>
        <translation>Proporção de unidades (0-1) menores que uma unidade grande: as unidades com área acima deste quantil de todas as áreas contam como grandes. Típico: 0.8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="102"/>
        <source>Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Leave it empty to compute public transport times from a feed instead. Typical: empty, or transit minutes.</source>
        <translation>Campo opcional com o tempo de deslocamento em minutos por um segundo modo (p. ex. transporte público; convertido como o primeiro custo); os desertos alcançáveis por ele recebem desert_type 2. Deixe-o vazio para calcular, em vez disso, os tempos de transporte público a partir de um feed. Típico: vazio, ou minutos de transporte público.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="103"/>
        <source>Optional layer of the care facilities, points or polygons: with a public transport feed, the second mode&apos;s travel time is computed from each unit to its nearest facility by public transport. Typical: the same facilities as in the accessibility run (e.g. only those of the target group).</source>
        <translation>Camada opcional dos equipamentos de cuidado, pontos ou polígonos: com um feed de transporte público, o tempo de deslocamento do segundo modo é calculado de cada unidade até o seu equipamento mais próximo por transporte público. Típico: os mesmos equipamentos da execução da acessibilidade (p. ex. só os do grupo-alvo).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="104"/>
        <source>Walking speed in km/h of the walks to, from and between stops, and of walking the whole way. Typical: 5.04 km/h.</source>
        <translation>Velocidade a pé em km/h das caminhadas até as paradas, a partir delas e entre elas, e de fazer todo o trajeto a pé. Típico: 5.04 km/h.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="105"/>
        <source>How much longer the walks to, from and between stops are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation>Quanto as caminhadas até as paradas, a partir delas e entre elas são mais longas que a linha reta (comprimento da rota / distância em linha reta, pelo menos 1). Típico: 1.3 em uma malha urbana.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="106"/>
        <source>How the walks of public transport are measured (to, from and between stops, and walking the whole way): along the straight line times the detour factor, or along the road network. Choose the road network when the first travel time was measured on it, so that both modes walk the same streets. Typical: the road network, as in the accessibility run.</source>
        <translation>Como as caminhadas do transporte público são medidas (até as paradas, a partir delas e entre elas, e o trajeto inteiro a pé): em linha reta vezes o fator de desvio, ou pela rede viária. Escolha a rede viária quando o primeiro tempo de deslocamento foi medido nela, para que os dois modos caminhem pelas mesmas ruas. Típico: a rede viária, como na execução da acessibilidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="107"/>
        <source>Road or footpath line layer for the walks of public transport, when they are measured along the road network. Typical: the same streets as in the accessibility run.</source>
        <translation>Camada de linhas de vias ou caminhos de pedestres para as caminhadas do transporte público, quando são medidas pela rede viária. Típico: as mesmas ruas da execução da acessibilidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="108"/>
        <source>Access threshold in minutes for the second mode. Typical: 30 minutes by public transport.</source>
        <translation>Limiar de acesso em minutos para o segundo modo. Típico: 30 minutos de transporte público.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="109"/>
        <source>Optional 0/1 field saying whether a facility open in a caregivers&apos; time window is within reach, as Accessibility to care writes it for each time window (covered_&lt;label&gt;); units with high demand and care within reach at some hour but none open in the window get temporal_desert = 1. Typical: covered_evening.</source>
        <translation>Campo 0/1 opcional que diz se um equipamento aberto em uma janela de horário das pessoas cuidadoras está ao alcance, como a Acessibilidade ao cuidado o grava para cada janela de horário (covered_&lt;label&gt;); as unidades com alta demanda e cuidado ao alcance em algum horário, mas nenhum aberto na janela, recebem temporal_desert = 1. Típico: covered_evening.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="110"/>
        <source>The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type; with a caregivers&apos; window also temporal_desert.</source>
        <translation>As unidades com z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert e desert_type; com uma janela das pessoas cuidadoras, também temporal_desert.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="111"/>
        <source>Table per district (one row &apos;all&apos; without districts): units, deserts, population, population_in_deserts and share. Typical: a temporary layer.</source>
        <translation>Tabela por distrito (uma linha &apos;all&apos; sem distritos): units, deserts, population, population_in_deserts e share. Típico: uma camada temporária.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="112"/>
        <source>Number of units flagged as care deserts (desert = 1).</source>
        <translation>Número de unidades marcadas como desertos de cuidado (desert = 1).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="113"/>
        <location filename="../processing/algorithms/carepipeline.py" line="118"/>
        <source>Share (0 to 1) of the demand living in care deserts; None when there is no demand.</source>
        <translation>Proporção (0 a 1) da demanda que vive em desertos de cuidado; None quando não há demanda.</translation>
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
        <translation>Campo de demanda (pessoas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="120"/>
        <source>Travel time to the nearest facility (minutes; NULL = unreachable)</source>
        <translation>Tempo de deslocamento até o equipamento mais próximo (minutos; NULL = inalcançável)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="122"/>
        <source>Access threshold (minutes)</source>
        <translation>Limiar de acesso (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="124"/>
        <source>High-demand threshold rule</source>
        <translation>Regra do limiar de alta demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="126"/>
        <source>District field (high demand judged per district)</source>
        <translation>Campo de distrito (alta demanda avaliada por distrito)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="130"/>
        <source>Longer threshold for large units (polygons)</source>
        <translation>Limiar mais longo para unidades grandes (polígonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="132"/>
        <source>Large units: minutes added per step of log1p(area) (beta)</source>
        <translation>Unidades grandes: minutos adicionados por passo de log1p(área) (beta)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="134"/>
        <source>Large units: minutes added for low density (gamma)</source>
        <translation>Unidades grandes: minutos adicionados por baixa densidade (gamma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="136"/>
        <source>Large units: area quantile above which a unit is large (0-1)</source>
        <translation>Unidades grandes: quantil de área acima do qual uma unidade é grande (0-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="139"/>
        <source>Travel time by a second mode (minutes)</source>
        <translation>Tempo de deslocamento por um segundo modo (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="141"/>
        <source>Access threshold of the second mode (minutes)</source>
        <translation>Limiar de acesso do segundo modo (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="144"/>
        <source>Care facilities (for the times by public transport)</source>
        <translation>Equipamentos de cuidado (para os tempos por transporte público)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="148"/>
        <location filename="../processing/cost_params.py" line="116"/>
        <source>Road network (lines)</source>
        <translation>Rede viária (linhas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="150"/>
        <source>Public transport: walking speed (km/h)</source>
        <translation>Transporte público: velocidade a pé (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="153"/>
        <source>Public transport: detour factor of the walks (route / straight distance)</source>
        <translation>Transporte público: fator de desvio das caminhadas (rota / distância em linha reta)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="156"/>
        <source>Covered in a caregivers&apos; time window (0/1, e.g. covered_evening)</source>
        <translation>Coberta em uma janela de horário das pessoas cuidadoras (0/1, p. ex. covered_evening)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="161"/>
        <location filename="../processing/algorithms/carepipeline.py" line="196"/>
        <source>Care deserts by district</source>
        <translation>Desertos de cuidado por distrito</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="164"/>
        <location filename="../processing/algorithms/carepipeline.py" line="211"/>
        <source>Number of care deserts</source>
        <translation>Número de desertos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="165"/>
        <location filename="../processing/algorithms/carepipeline.py" line="212"/>
        <location filename="../processing/algorithms/report.py" line="156"/>
        <source>Share of demand in care deserts</source>
        <translation>Proporção da demanda em desertos de cuidado</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="181"/>
        <location filename="../processing/layer_io/readers.py" line="71"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL value(s); fill or filter them first.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valor NULL; preencha-o ou filtre-o antes.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valores NULL; preencha-os ou filtre-os antes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="185"/>
        <source>{0} needs polygons (their areas), but layer {1} has points: untick it, or use a polygon layer.</source>
        <translation>{0} requer polígonos (suas áreas), mas a camada {1} tem pontos: desmarque a opção, ou use uma camada de polígonos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="197"/>
        <source>%n unit(s) with a NULL cost, counted as reaching no facility (low access).</source>
        <translation>
            <numerusform>%n unidade com custo NULL, contada como não alcançando nenhum equipamento (baixo acesso).</numerusform>
            <numerusform>%n unidades com custo NULL, contadas como não alcançando nenhum equipamento (baixo acesso).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="200"/>
        <source>No demand: every unit of layer {0} has zero demand in &apos;{1}&apos;; no unit is high demand and the desert share is NULL.</source>
        <translation>Sem demanda: todas as unidades da camada {0} têm demanda zero em &apos;{1}&apos;; nenhuma unidade é de alta demanda e a proporção em desertos é NULL.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="203"/>
        <source>No variation: demand in &apos;{0}&apos; of layer {1} is the same in every unit (std 0), so z = 0 and no unit is high demand.</source>
        <translation>Sem variação: a demanda em &apos;{0}&apos; da camada {1} é igual em todas as unidades (desvio 0), então z = 0 e nenhuma unidade é de alta demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="236"/>
        <source>{0} of {1} units are care deserts, home to {2:.0f} people ({3} of demand).</source>
        <translation>{0} de {1} unidades são desertos de cuidado, onde vivem {2:.0f} pessoas ({3} da demanda).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="237"/>
        <location filename="../processing/algorithms/siting.py" line="406"/>
        <location filename="../processing/report_text.py" line="271"/>
        <location filename="../ui/figures.py" line="121"/>
        <source>no demand</source>
        <translation>sem demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="239"/>
        <source>Large-unit cut-off A_q = {0:.0f} m2.</source>
        <translation>Corte de unidades grandes A_q = {0:.0f} m2.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="251"/>
        <source>The second mode is either a field of travel times ({0}) or computed from a public transport feed ({1}): choose one of them.</source>
        <translation>O segundo modo é ou um campo de tempos de deslocamento ({0}) ou calculado a partir de um feed de transporte público ({1}): escolha um deles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="255"/>
        <source>Travel times by public transport need the care facilities they lead to: choose them in {0}.</source>
        <translation>Os tempos de deslocamento por transporte público precisam dos equipamentos de cuidado aos quais levam: escolha-os em {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caredeserts.py" line="261"/>
        <source>Public transport: the walks to, from and between stops, and walking the whole way, are measured along straight lines times the detour factor. If &apos;{0}&apos; of layer {1} was measured on the road network, choose the road network in {2} and give it in {3}: otherwise the two modes measure walking differently and cost_transit can be shorter than walking along the streets without any bus.</source>
        <translation>Transporte público: as caminhadas até as paradas, a partir delas e entre elas, e o trajeto inteiro a pé, são medidas em linha reta vezes o fator de desvio. Se &apos;{0}&apos; da camada {1} foi medido na rede viária, escolha a rede viária em {2} e informe-a em {3}: caso contrário, os dois modos medem a caminhada de formas diferentes e cost_transit pode ser menor que caminhar pelas ruas sem nenhum ônibus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="277"/>
        <source>%n unit(s) with no facility of layer {0} within {1:g} minutes by public transport: cost_transit is NULL.</source>
        <translation>
            <numerusform>%n unidade sem nenhum equipamento da camada {0} a até {1:g} minutos por transporte público: cost_transit é NULL.</numerusform>
            <numerusform>%n unidades sem nenhum equipamento da camada {0} a até {1:g} minutos por transporte público: cost_transit é NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="286"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n value(s) other than 0 and 1; choose the covered field that Accessibility to care writes for a time window.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valor diferente de 0 e 1; escolha o campo covered que a Acessibilidade ao cuidado grava para uma janela de horário.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valores diferentes de 0 e 1; escolha o campo covered que a Acessibilidade ao cuidado grava para uma janela de horário.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="291"/>
        <source>%n unit(s) of layer {0} with a NULL &apos;{1}&apos;: temporal_desert is NULL.</source>
        <translation>
            <numerusform>%n unidade da camada {0} com &apos;{1}&apos; NULL: temporal_desert é NULL.</numerusform>
            <numerusform>%n unidades da camada {0} com &apos;{1}&apos; NULL: temporal_desert é NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caredeserts.py" line="294"/>
        <source>%n unit(s) with high demand reach care at some hour but none open in the window of &apos;{0}&apos;: temporal care deserts.</source>
        <translation>
            <numerusform>%n unidade com alta demanda alcança cuidado em algum horário, mas nenhum aberto na janela de &apos;{0}&apos;: deserto de cuidado temporal.</numerusform>
            <numerusform>%n unidades com alta demanda alcançam cuidado em algum horário, mas nenhum aberto na janela de &apos;{0}&apos;: desertos de cuidado temporais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="41"/>
        <location filename="../processing/algorithms/caregaps.py" line="109"/>
        <source>Care gaps</source>
        <translation>Lacunas de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="43"/>
        <source>care,gap,unmet demand,coverage,shortfall,target,district</source>
        <translation>cuidado,lacuna,demanda não atendida,cobertura,déficit,meta,distrito</translation>
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
        <translation>Quantas crianças (ou pessoas idosas, ou o grupo que você contar) ficam sem uma vaga de cuidado ao alcance, e quantas vagas faltam para cumprir uma meta de política, quadra a quadra e distrito a distrito?

Como ler os resultados:
- Lacunas de cuidado (uma linha por unidade, com os seus próprios campos): coverage = vagas ao alcance por 100 pessoas; unmet = pessoas sem vaga (as pessoas menos as vagas que elas alcançam, nunca abaixo de 0); required = vagas que a meta pede; shortfall = vagas que faltam para atingir a meta; surplus = vagas acima da meta; below_target = 1 onde a unidade não atinge a meta. Com razões de acessibilidade, vagas = as vagas ao alcance da unidade. Com polígonos de distritos e sem campo de distrito, o campo district diz em que distrito cada unidade está.
- Lacunas de cuidado por distrito: as mesmas somas por distrito (uma linha &apos;all&apos; sem distritos), com units_below_target e people_below_target.
- Resumo nos polígonos de distritos: essa tabela unida aos polígonos de distritos pelo nome, para mapeá-la (feita quando há polígonos de distritos).

Exemplo: na cidade de demonstração do tutorial, com a acessibilidade a pé de 10 minutos das crianças de 0-5 anos e uma meta de uma vaga para cada três crianças (0,33), cerca de 83.800 crianças não têm vaga ao alcance e faltam à cidade cerca de 19.100 vagas, 5.100 delas em El Porvenir; a cobertura vai de 139 vagas por 100 crianças no Centro a 13 em Las Américas. À mão: 90 crianças com acesso 0,20 alcançam 18 vagas: cobertura 20, unmet 72; a meta pede 30 vagas, então o déficit é 12.

Metas por faixa etária: uma política costuma fixar uma meta por faixa etária, p. ex. o Plano Nacional de Educação do Brasil (PNE, meta 1): creche para 50% das crianças de 0-3 anos e pré-escola para 100% das crianças de 4-5 anos. &apos;Metas por faixa etária&apos; &apos;p_0_3:0.5;p_4_5:1.0&apos; pede 0,5 vaga por criança contada em p_0_3 mais 1 por criança em p_4_5, e substitui a meta de política única.

Ressalvas: as lacunas são tão boas quanto a acessibilidade que leem: unidades perto da borda da área de estudo podem deixar de ver equipamentos logo fora dela. Unidades sem distrito (NULL) mantêm os seus campos, mas ficam fora do resumo por distrito (com aviso); valores NULL de pessoas ou de oferta são um erro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="75"/>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of Accessibility to care.</source>
        <translation>Camada de unidades de demanda, pontos ou polígonos, p. ex. setores censitários. Típico: a saída de demanda de Acessibilidade ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="77"/>
        <source>Numeric field with the care places each unit can reach, as a number of places or as places per person (see &apos;Supply field holds&apos;). Typical: access from Accessibility to care.</source>
        <translation>Campo numérico com as vagas de cuidado que cada unidade alcança, como número de vagas ou como vagas por pessoa (veja &apos;O campo de oferta contém&apos;). Típico: access de Acessibilidade ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="78"/>
        <source>What the supply field holds: a number of places, or an accessibility ratio in places per person (places = ratio x people). Typical: the accessibility ratio, with the access field.</source>
        <translation>O que o campo de oferta contém: um número de vagas, ou uma razão de acessibilidade em vagas por pessoa (vagas = razão x pessoas). Típico: a razão de acessibilidade, com o campo access.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="79"/>
        <source>Policy target in places per person, for the required places and the shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2).</source>
        <translation>Meta de política em vagas por pessoa, para as vagas requeridas e o déficit (0 = sem meta). Típico: 0.333 (uma vaga para cada 3 crianças de 0-2 anos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="80"/>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Metas opcionais por faixa etária, como itens campo:razão separados por &apos;;&apos;, cada campo uma contagem de pessoas dessa faixa nas unidades de demanda; vagas requeridas = a soma de razão x contagem, substituindo a meta de política única. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE do Brasil: 50% das crianças de 0-3 anos em creche, 100% das de 4-5 na pré-escola).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="81"/>
        <source>Optional field naming each unit&apos;s district, for the summary per district. Without it, district polygons give each unit the district it lies in; without either, the summary has one row &apos;all&apos;. Typical: district.</source>
        <translation>Campo opcional com o distrito de cada unidade, para o resumo por distrito. Sem ele, os polígonos de distritos dão a cada unidade o distrito em que ela está; sem nenhum dos dois, o resumo tem uma linha &apos;all&apos;. Típico: distrito.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="82"/>
        <source>The units with coverage, unmet, required, shortfall, surplus and below_target.</source>
        <translation>As unidades com coverage, unmet, required, shortfall, surplus e below_target.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="83"/>
        <source>Table per district (one row &apos;all&apos; without districts): people, places, coverage, unmet, shortfall and people below the target. Typical: a temporary layer.</source>
        <translation>Tabela por distrito (uma linha &apos;all&apos; sem distritos): pessoas, vagas, cobertura, demanda não atendida, déficit e pessoas abaixo da meta. Típico: uma camada temporária.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="84"/>
        <source>Sum of the people of all units.</source>
        <translation>Soma das pessoas de todas as unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="85"/>
        <source>Sum of unmet over the units: the people without a place within reach (one place per person).</source>
        <translation>Soma de unmet nas unidades: as pessoas sem vaga ao alcance (uma vaga por pessoa).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="86"/>
        <source>Places within reach per 100 people, over all units; None when there are no people.</source>
        <translation>Vagas ao alcance por 100 pessoas, no conjunto das unidades; None quando não há pessoas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="94"/>
        <source>Accessible supply field</source>
        <translation>Campo de oferta acessível</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="99"/>
        <source>Supply field holds</source>
        <translation>O campo de oferta contém</translation>
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
        <translation>Meta de política (vagas por pessoa; 0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="106"/>
        <location filename="../processing/algorithms/carepipeline.py" line="178"/>
        <location filename="../processing/algorithms/report.py" line="125"/>
        <source>Targets per age band (field:ratio;...; replaces the policy target)</source>
        <translation>Metas por faixa etária (campo:razão;...; substitui a meta de política)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="111"/>
        <source>Care gaps by district</source>
        <translation>Lacunas de cuidado por distrito</translation>
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
        <translation>Demanda não atendida total</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="116"/>
        <location filename="../processing/algorithms/carepipeline.py" line="209"/>
        <source>Coverage (places per 100 people)</source>
        <translation>Cobertura (vagas por 100 pessoas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="135"/>
        <source>No demand: every unit of layer {0} has zero demand in &apos;{1}&apos;, so coverage is NULL everywhere.</source>
        <translation>Sem demanda: todas as unidades da camada {0} têm demanda zero em &apos;{1}&apos;, então a cobertura é NULL em toda parte.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="138"/>
        <source>No capacity: no unit of layer {0} has accessible supply in &apos;{1}&apos;.</source>
        <translation>Sem capacidade: nenhuma unidade da camada {0} tem oferta acessível em &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="145"/>
        <source>Targets per age band: {0} places per person; {1} is not used.</source>
        <translation>Metas por faixa etária: {0} vagas por pessoa; {1} não é usado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/caregaps.py" line="177"/>
        <source>Total demand {0:.0f}, accessible places {1:.0f}, unmet demand {2:.0f}.</source>
        <translation>Demanda total {0:.0f}, vagas acessíveis {1:.0f}, demanda não atendida {2:.0f}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/caregaps.py" line="192"/>
        <source>{0}: %n field(s) not in layer {2}: {1}. Name fields of that layer with the people of each age band; its fields are: {3}.</source>
        <translation>
            <numerusform>{0}: %n campo não está na camada {2}: {1}. Indique campos dessa camada com as pessoas de cada faixa etária; os seus campos são: {3}.</numerusform>
            <numerusform>{0}: %n campos não estão na camada {2}: {1}. Indique campos dessa camada com as pessoas de cada faixa etária; os seus campos são: {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="37"/>
        <source>Care map in one run</source>
        <translation>Mapa do cuidado em uma única execução</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="39"/>
        <source>pipeline,workflow,care map,supply,demand,accessibility,gaps,deserts,priority,report</source>
        <translation>fluxo,fluxo de trabalho,mapa do cuidado,oferta,demanda,acessibilidade,lacunas,desertos,prioridade,relatório</translation>
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
        <translation>O mapa do cuidado inteiro em uma única execução: das camadas de equipamentos e dos setores censitários até onde falta cuidado e quais quadras vêm primeiro. Executa, com uma única barra de progresso: 1) o inventário da oferta de cuidado das camadas de equipamentos (mapeamentos de campos, limpeza, duplicatas, vagas equivalentes de período integral); 2) a demanda de cuidado das quadras a partir dos seus campos por faixa etária (p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; com pesos iguais dá as crianças de 0-5 anos; a escala de Madri dá unidades de cuidado para todos); 3) a acessibilidade ao cuidado, opcionalmente só aos equipamentos de um grupo-alvo; 4) as lacunas de cuidado em relação à meta de política (ou às metas por faixa etária); 5) os desertos de cuidado (por distrito); 6) o índice de prioridade de cuidado a partir da demanda não atendida, do baixo acesso e dos campos de vulnerabilidade; opcionalmente 7) o relatório HTML (e PDF).

Como ler os resultados:
- Unidades do mapa do cuidado: as quadras com todos os indicadores: care_demand (pessoas), access (vagas por pessoa ao alcance), cost_nearest (minutos até o equipamento mais próximo), covered, coverage (vagas por 100 pessoas), unmet (pessoas sem vaga), desert (0/1), priority e priority_quintile (5 = os 20% primeiros).
- Inventário da oferta de cuidado: os equipamentos mantidos, com capacity_fde (vagas equivalentes de período integral).
- Equipamentos com razão da área de influência: vagas por pessoa ao alcance de cada equipamento.
- Desertos de cuidado por distrito: units, deserts, population e share por distrito.
- Com o horário de funcionamento dos equipamentos e as janelas de horário das pessoas cuidadoras (Avançado), as unidades também recebem access_&lt;label&gt; e covered_&lt;label&gt; por janela e temporal_desert (1 = cuidado ao alcance em algum horário, mas nenhum aberto na janela escolhida), e o relatório diz a proporção coberta em cada janela.
- Com um feed de transporte público (Avançado), as unidades também recebem cost_transit (minutos até o equipamento mais próximo por transporte público ou a pé) e desert_type (1 = um deserto que o transporte público também não deixa dentro do seu limiar, 2 = um que ele deixa). As caminhadas do transporte público são medidas como as caminhadas da acessibilidade (na rede viária quando os custos são na rede viária), para que os dois modos caminhem pelas mesmas ruas.

Exemplo: na cidade de demonstração do tutorial (crianças de 0-5 anos, 10 minutos a pé, uma vaga para cada três crianças), a cadeia dá os números das etapas 2 a 9 do tutorial em uma única execução: cerca de 90% das crianças têm um equipamento a até 10 minutos, e 7,5% delas vivem em desertos de cuidado.

Ressalvas: cada etapa usa os seus padrões, exceto o que é definido aqui; abra os algoritmos individuais para mudar os demais (a mesma cadeia vem como modelo do Modelador Gráfico, models/care_map.model3). Unidades perto da borda da área de estudo podem deixar de ver equipamentos logo fora dela.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="75"/>
        <source>Care facility layers to merge into the inventory (registries, surveys, crowd maps, OpenStreetMap). Typical: the official registry and a crowd-mapped layer.</source>
        <translation>Camadas de serviços de cuidado a juntar no inventário (cadastros, pesquisas, mapeamentos colaborativos, OpenStreetMap). Típico: o cadastro oficial e uma camada de mapeamento colaborativo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="76"/>
        <source>One field mapping per facility layer, in the order of the layers, separated by &apos;|&apos;, as in Care supply inventory. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation>Um mapeamento de campos por camada de equipamentos, na ordem das camadas, separados por &apos;|&apos;, como no Inventário da oferta de cuidado. Típico: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="77"/>
        <source>Source names, most trusted first, separated by commas; decides which duplicate is kept. Typical: &apos;registry,survey,osm&apos;.</source>
        <translation>Nomes das fontes, a mais confiável primeiro, separados por vírgulas; decide qual duplicata é mantida. Típico: &apos;registry,survey,osm&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="78"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="83"/>
        <source>Service types to keep, separated by commas; empty = keep all. Typical: &apos;childcare,preschool&apos;.</source>
        <translation>Tipos de serviço a manter, separados por vírgulas; vazio = manter todos. Típico: &apos;childcare,preschool&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="79"/>
        <source>Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: &apos;cerrad|closed&apos;.</source>
        <translation>Expressão regular buscada no nome (sem distinguir maiúsculas nem acentos); os registros que coincidem são descartados. Típico: &apos;cerrad|closed&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="80"/>
        <source>Demand units (polygons or points) with age-band population fields. Typical: census blocks.</source>
        <translation>Unidades de demanda (polígonos ou pontos) com campos de população por faixa etária. Típico: setores censitários.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="81"/>
        <source>Age-band fields of the demand units that make up the group, as field:band items separated by &apos;;&apos;. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5.</source>
        <translation>Campos por faixa etária das unidades de demanda que compõem o grupo, como itens campo:faixa separados por &apos;;&apos;. Típico: &apos;p_0_2:0-2;p_3_5:3-5&apos; para crianças de 0-5 anos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="82"/>
        <source>Equal weights count people; the Madrid scale (Durán) counts care units. Typical: equal weights for one group.</source>
        <translation>Pesos iguais contam pessoas; a escala de Madri (Durán) conta unidades de cuidado. Típico: pesos iguais para um grupo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="83"/>
        <source>Optional numeric field of the demand units with the potential caregivers, for care intensity. Typical: women 15-64.</source>
        <translation>Campo numérico opcional das unidades de demanda com as cuidadoras potenciais, para a intensidade do cuidado. Típico: mulheres de 15-64 anos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="84"/>
        <source>Optional field of the demand units naming each unit&apos;s district, for care deserts and summaries by district; without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Campo opcional das unidades de demanda com o distrito de cada unidade, para os desertos de cuidado e os resumos por distrito; sem ele, os polígonos de distritos dão a cada unidade o distrito em que ela está. Típico: distrito.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="85"/>
        <source>Optional polygon layer of districts: when the demand units have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city.</source>
        <translation>Camada opcional de polígonos de distritos: quando as unidades de demanda não têm campo de distrito, cada unidade recebe o distrito em que está o seu ponto na superfície (gravado como o campo district das unidades), para os desertos de cuidado e os resumos por distrito. Típico: as localidades ou comunas da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="86"/>
        <location filename="../processing/algorithms/equity.py" line="81"/>
        <source>Field of the district polygons with the district names. Typical: district, or the locality name.</source>
        <translation>Campo dos polígonos de distritos com os nomes dos distritos. Típico: distrito, ou o nome da localidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="87"/>
        <source>Only facilities whose target_group is this value (or &apos;all&apos;) are counted; empty = all. Typical: children.</source>
        <translation>Só são contados os serviços cujo target_group é este valor (ou &apos;all&apos;); vazio = todos. Típico: children.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="88"/>
        <source>How travel costs are measured: the straight-line distance times the detour factor, or shortest paths on the road network. Typical: the road network when a street layer is available.</source>
        <translation>Como os custos de deslocamento são medidos: a distância em linha reta vezes o fator de desvio, ou caminhos mínimos na rede viária. Típico: a rede viária quando há uma camada de ruas disponível.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="89"/>
        <source>Road or footpath line layer, needed for costs on the road network. Typical: the OpenStreetMap streets of the city.</source>
        <translation>Camada de linhas de vias ou caminhos de pedestres, necessária para custos na rede viária. Típico: as ruas do OpenStreetMap da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="90"/>
        <source>Travel speed in km/h, to turn metres into minutes. Typical: 5.04 km/h walking.</source>
        <translation>Velocidade de deslocamento em km/h, para converter metros em minutos. Típico: 5.04 km/h a pé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="91"/>
        <source>For straight-line costs, how much longer real routes are than the straight line (at least 1). Typical: 1.3.</source>
        <translation>Para custos em linha reta, quanto as rotas reais são mais longas que a linha reta (pelo menos 1). Típico: 1.3.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="92"/>
        <source>Catchment threshold in minutes, for accessibility and care deserts. Typical: 10 minutes walking to childcare.</source>
        <translation>Limiar da área de influência em minutos, para a acessibilidade e os desertos de cuidado. Típico: 10 minutos a pé até a creche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="93"/>
        <source>Accessibility measure (see Accessibility to care). Typical: the two-step floating catchment (2SFCA).</source>
        <translation>Medida de acessibilidade (veja Acessibilidade ao cuidado). Típico: a área de influência flutuante em duas etapas (2SFCA).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="94"/>
        <source>Optional name of the text field of the facility layers with their opening hours in OpenStreetMap&apos;s form (e.g. &apos;Mo-Fr 08:00-17:00&apos;), joined to the inventory and used with the time windows; an empty value = always open. Typical: opening_hours.</source>
        <translation>Nome opcional do campo de texto das camadas de equipamentos com o seu horário de funcionamento na forma do OpenStreetMap (p. ex. &apos;Mo-Fr 08:00-17:00&apos;), unido ao inventário e usado com as janelas de horário; um valor vazio = sempre aberto. Típico: opening_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="95"/>
        <source>Optional times of the week when caregivers need care, as label=hours items separated by &apos;|&apos;; the units get access_&lt;label&gt; and covered_&lt;label&gt; for each window, and the report says the share covered in each. Typical: &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</source>
        <translation>Momentos opcionais da semana em que as pessoas cuidadoras precisam de cuidado, como itens rótulo=horário separados por &apos;|&apos;; as unidades recebem access_&lt;label&gt; e covered_&lt;label&gt; para cada janela, e o relatório diz a proporção coberta em cada uma. Típico: &apos;evening=Mo-Fr 17:00-20:00|saturday=Sa 09:00-13:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="96"/>
        <source>Label of the time window in which care deserts are also looked for in time: units with high demand and care within reach at some hour, but none open in that window, get temporal_desert = 1; empty = the first time window. Typical: evening.</source>
        <translation>Rótulo da janela de horário em que os desertos de cuidado também são buscados no tempo: as unidades com alta demanda e cuidado ao alcance em algum horário, mas nenhum aberto nessa janela, recebem temporal_desert = 1; vazio = a primeira janela de horário. Típico: evening.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="97"/>
        <source>With a public transport feed, care deserts get a second mode: walking first, public transport second (for the facilities of the target group; the walks to, from and between stops, and walking the whole way, are measured like the walks of the accessibility step: on the road network with road network costs, else along the straight line times the detour factor, at the speed above); a desert reachable by public transport within this many minutes is type 2, else type 1, and each unit gets cost_transit. Typical: 30 minutes.</source>
        <translation>Com um feed de transporte público, os desertos de cuidado recebem um segundo modo: a pé primeiro, transporte público em segundo (até os equipamentos do grupo-alvo; as caminhadas até as paradas, a partir delas e entre elas, e o trajeto inteiro a pé, são medidas como as caminhadas da etapa de acessibilidade: na rede viária com custos na rede viária, senão em linha reta vezes o fator de desvio, à velocidade acima); um deserto alcançável por transporte público dentro desse número de minutos é do tipo 2, senão do tipo 1, e cada unidade recebe cost_transit. Típico: 30 minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="98"/>
        <source>Policy target in places per person, for the care gaps. Typical: 0.333 (one place per 3 children).</source>
        <translation>Meta de política em vagas por pessoa, para as lacunas de cuidado. Típico: 0.333 (uma vaga para cada 3 crianças).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="99"/>
        <source>Optional targets per age band for the care gaps, as field:ratio items separated by &apos;;&apos;, each field one of the age-band fields of the demand units; required places = the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Metas opcionais por faixa etária para as lacunas de cuidado, como itens campo:razão separados por &apos;;&apos;, cada campo um dos campos por faixa etária das unidades de demanda; vagas requeridas = a soma de razão x contagem, substituindo a meta de política única. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE do Brasil: 50% das crianças de 0-3 anos em creche, 100% das de 4-5 na pré-escola).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="100"/>
        <source>Optional numeric fields of the demand units added to the priority index (higher = more vulnerable), with the same weight as unmet demand and low access. Typical: poverty rate, female-headed households.</source>
        <translation>Campos numéricos opcionais das unidades de demanda somados ao índice de prioridade (maior = mais vulnerável), com o mesmo peso que a demanda não atendida e o baixo acesso. Típico: taxa de pobreza, domicílios chefiados por mulheres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="101"/>
        <source>If checked, the HTML report (and the PDF, if a PDF file is given) is written. Typical: checked for the final run.</source>
        <translation>Se marcado, o relatório HTML (e o PDF, se um arquivo PDF for informado) é gravado. Típico: marcado para a execução final.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="102"/>
        <source>Title of the report. Typical: &apos;Childcare in Ciudad Demo&apos;.</source>
        <translation>Título do relatório. Típico: &apos;Creches em Ciudad Demo&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="103"/>
        <location filename="../processing/algorithms/report.py" line="87"/>
        <source>Who the demand is, in the plural, as the report&apos;s sentences will read it. Typical: &apos;children under 6&apos;.</source>
        <translation>Quem é a demanda, no plural, tal como as frases do relatório o lerão. Típico: &apos;crianças menores de 6 anos&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="104"/>
        <location filename="../processing/algorithms/report.py" line="88"/>
        <source>What the service is, as the report&apos;s sentences will read it. Typical: &apos;a childcare place&apos;.</source>
        <translation>O que é o serviço, tal como as frases do relatório o lerão. Típico: &apos;uma vaga em creche&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="105"/>
        <source>The care supply inventory (as caremap:supplyinventory writes it).</source>
        <translation>O inventário de oferta de cuidado (como caremap:supplyinventory o escreve).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="106"/>
        <source>The units with every indicator: care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority and more.</source>
        <translation>As unidades com todos os indicadores: care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority e outros.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="107"/>
        <source>The facilities with their catchment ratio (places per person within reach).</source>
        <translation>Os serviços com sua razão de área de abrangência (vagas por pessoa ao alcance).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="108"/>
        <source>Table of care deserts by district (with a district field or district polygons). Typical: a temporary layer.</source>
        <translation>Tabela de desertos de cuidado por distrito (com um campo de distrito ou polígonos de distritos). Típico: uma camada temporária.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="109"/>
        <source>HTML report file, written when the report is asked for.</source>
        <translation>Arquivo do relatório HTML, gravado quando o relatório é pedido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="110"/>
        <source>Optional PDF of the report, made with a QGIS print layout.</source>
        <translation>PDF opcional do relatório, feito com um layout de impressão do QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="111"/>
        <source>Number of facilities in the inventory (after cleaning and de-duplication).</source>
        <translation>Número de equipamentos no inventário (após a limpeza e a remoção de duplicatas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="112"/>
        <source>Sum of care_demand over the units.</source>
        <translation>Soma de care_demand nas unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="113"/>
        <source>Share (0 to 1) of the demand in units with at least one facility within the catchment threshold; None when there is no demand.</source>
        <translation>Proporção (0 a 1) da demanda em unidades com pelo menos um equipamento dentro do limiar da área de influência; None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="114"/>
        <source>Demand-weighted mean access (places per person within reach, for the floating-catchment methods); None when there is no demand.</source>
        <translation>Acesso médio ponderado pela demanda (vagas por pessoa ao alcance, nos métodos de área de influência flutuante); None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="115"/>
        <source>Places within reach per 100 people of demand; None when there is no demand.</source>
        <translation>Vagas ao alcance por 100 pessoas de demanda; None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="116"/>
        <source>People without a place within reach (sum of unmet: max(0, demand - places) per unit).</source>
        <translation>Pessoas sem vaga ao alcance (soma de unmet: max(0, demanda - vagas) por unidade).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="117"/>
        <source>Number of units that are care deserts.</source>
        <translation>Número de unidades que são desertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="126"/>
        <source>Field mappings, one per facility layer, separated by |</source>
        <translation>Mapeamentos de campos, um por camada de equipamentos, separados por |</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="129"/>
        <source>Source priority (most trusted first)</source>
        <translation>Prioridade das fontes (a mais confiável primeiro)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="131"/>
        <source>Service type whitelist (empty = all)</source>
        <translation>Lista de tipos de serviço permitidos (vazia = todos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="133"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="114"/>
        <source>Name blacklist (regular expression)</source>
        <translation>Lista de nomes bloqueados (expressão regular)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="135"/>
        <source>Demand units (census blocks, grid cells)</source>
        <translation>Unidades de demanda (quadras censitárias, células de grade)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="138"/>
        <source>Age-band fields of the cohort (field:band;...)</source>
        <translation>Campos por faixa etária da coorte (campo:faixa;...)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="139"/>
        <source>Demand weights</source>
        <translation>Pesos da demanda</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="147"/>
        <source>Only facilities for this target group (empty = all)</source>
        <translation>Apenas equipamentos para este grupo-alvo (vazio = todos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="148"/>
        <source>Costs</source>
        <translation>Custos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="150"/>
        <source>Road network (for network costs)</source>
        <translation>Rede viária (para custos na rede)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="153"/>
        <source>Speed (km/h)</source>
        <translation>Velocidade (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="155"/>
        <source>Detour factor for straight-line costs</source>
        <translation>Fator de desvio para custos em linha reta</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="158"/>
        <source>Catchment threshold (minutes)</source>
        <translation>Limiar da área de influência (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="160"/>
        <source>Accessibility method</source>
        <translation>Método de acessibilidade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="163"/>
        <source>Opening hours field of the facility layers</source>
        <translation>Campo de horário de funcionamento das camadas de equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="165"/>
        <source>Caregivers&apos; time windows &apos;label=hours|label=hours&apos; (empty = none)</source>
        <translation>Janelas de horário das pessoas cuidadoras &apos;rótulo=horário|rótulo=horário&apos; (vazio = nenhuma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="168"/>
        <source>Time window for temporal care deserts (empty = the first)</source>
        <translation>Janela de horário para os desertos de cuidado temporais (vazio = a primeira)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="171"/>
        <source>Care deserts: access threshold by public transport (minutes)</source>
        <translation>Desertos de cuidado: limiar de acesso por transporte público (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="175"/>
        <source>Policy target (places per person)</source>
        <translation>Meta de política (vagas por pessoa)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="181"/>
        <source>Vulnerability fields for the priority index</source>
        <translation>Campos de vulnerabilidade para o índice de prioridade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="183"/>
        <source>Write the report</source>
        <translation>Gravar o relatório</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="184"/>
        <source>Report title</source>
        <translation>Título do relatório</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="184"/>
        <location filename="../processing/algorithms/report.py" line="127"/>
        <source>Care map</source>
        <translation>Mapa do cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="186"/>
        <location filename="../processing/algorithms/report.py" line="129"/>
        <source>Who the demand is (plural)</source>
        <translation>Quem é a demanda (no plural)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="186"/>
        <source>children under 6</source>
        <translation>crianças menores de 6 anos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="188"/>
        <location filename="../processing/algorithms/report.py" line="131"/>
        <source>What the service is</source>
        <translation>O que é o serviço</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="188"/>
        <source>a care place</source>
        <translation>uma vaga de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="190"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="29"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="128"/>
        <source>Care supply inventory</source>
        <translation>Inventário da oferta de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="192"/>
        <source>Care map units</source>
        <translation>Unidades do mapa do cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="194"/>
        <source>Facilities with catchment ratio</source>
        <translation>Equipamentos com razão da área de influência</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="199"/>
        <location filename="../processing/algorithms/report.py" line="151"/>
        <source>HTML report</source>
        <translation>Relatório HTML</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="199"/>
        <location filename="../processing/algorithms/report.py" line="151"/>
        <source>HTML files (*.html)</source>
        <translation>Arquivos HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="202"/>
        <location filename="../processing/algorithms/report.py" line="153"/>
        <source>PDF report</source>
        <translation>Relatório PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="202"/>
        <location filename="../processing/algorithms/report.py" line="153"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="205"/>
        <location filename="../processing/algorithms/supplyinventory.py" line="138"/>
        <source>Facilities in the inventory</source>
        <translation>Equipamentos no inventário</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="210"/>
        <location filename="../processing/algorithms/report.py" line="156"/>
        <source>Unmet demand</source>
        <translation>Demanda não atendida</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="232"/>
        <source>{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it must be above 0. Give the longest trip people are expected to make, e.g. 10 minutes walking to childcare.</source>
        <translation>{0} é {1:g}: a acessibilidade e os desertos de cuidado contam o que está dentro deste tempo de deslocamento, então ele deve ser maior que 0. Informe o trajeto mais longo que se espera que as pessoas façam, p. ex. 10 minutos a pé até a creche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="340"/>
        <location filename="../processing/algorithms/report.py" line="132"/>
        <source>walk</source>
        <translation>a pé</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="341"/>
        <source>travel</source>
        <translation>de viagem</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="394"/>
        <source>{0} is &apos;{1}&apos; but {2} is empty: give the time windows, or leave the window empty.</source>
        <translation>{0} é &apos;{1}&apos;, mas {2} está vazio: informe as janelas de horário, ou deixe a janela vazia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="399"/>
        <source>{0} is &apos;{1}&apos;, which is not one of the time windows ({2}): give one of their labels.</source>
        <translation>{0} é &apos;{1}&apos;, que não é uma das janelas de horário ({2}): informe um dos seus rótulos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/carepipeline.py" line="404"/>
        <source>To measure the time windows, give in {0} the field of the facility layers that holds their opening hours (e.g. opening_hours).</source>
        <translation>Para medir as janelas de horário, informe em {0} o campo das camadas de equipamentos que contém o seu horário de funcionamento (p. ex. opening_hours).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/carepipeline.py" line="422"/>
        <source>{0}: %n field(s) of {2} not among the age-band fields of the cohort ({3}: {4}): {1}. Give targets for those fields only, or add the bands to {3}.</source>
        <translation>
            <numerusform>{0}: %n campo de {2} não está entre os campos por faixa etária da coorte ({3}: {4}): {1}. Informe metas apenas para esses campos, ou adicione as faixas a {3}.</numerusform>
            <numerusform>{0}: %n campos de {2} não estão entre os campos por faixa etária da coorte ({3}: {4}): {1}. Informe metas apenas para esses campos, ou adicione as faixas a {3}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="53"/>
        <location filename="../processing/algorithms/catchments.py" line="132"/>
        <source>Catchment areas</source>
        <translation>Áreas de influência</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="55"/>
        <source>catchment,service area,isochrone,travel time,network,buffer,public transport,gtfs,bus</source>
        <translation>área de influência,área de serviço,isócrona,tempo de viagem,rede,buffer,transporte público,gtfs,ônibus</translation>
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
        <translation>De onde cada equipamento pode ser alcançado em 10, 15 ou 20 minutos? Desenha, em torno de cada equipamento, a área a partir da qual ele é alcançado dentro de cada limiar: pelas ruas de uma rede viária, como um círculo (linha reta) ou por transporte público.

Como ler os resultados:
- Áreas de influência: um polígono por equipamento e limiar, com os próprios campos do equipamento, threshold (o limite de deslocamento do polígono) e cost_unit (minutos ou metros) com cost_speed_kmh (a velocidade usada), que dizem em que unidade está o limiar. Os limiares maiores são desenhados por baixo.
- Com &apos;Dissolver por limiar&apos;, um polígono por limiar: toda a área atendida.

Exemplo: caminhando a 5,04 km/h (84 m por minuto), uma área de influência de 10 minutos pelas ruas cobre as ruas a até 840 m de caminhada a partir do equipamento, alargadas em 50 m; em linha reta é um círculo de 840 m de raio. Uma malha de ruas torna os trajetos a pé mais longos que a linha reta, então o polígono da rede viária é menor que o círculo (muitas vezes em um terço).

Bom saber:
- Um equipamento mais distante da rede viária do que a maior distância de conexão não recebe área de influência pela rede viária (um aviso os conta).
- O contorno (hull) é um envoltório rápido das ruas alcançadas e pode cobrir um parque ou uma quadra sem ruas; &apos;buffer&apos; segue as próprias ruas (mais lento).
- Uma área de influência termina onde a rede viária termina: recorte a rede com folga em torno da área de estudo.

Por transporte público (um quadro de horários GTFS): a área é dividida em células quadradas (150 m por padrão), e uma célula está na área de influência de um equipamento quando, saindo do seu centro no horário de partida, o equipamento é alcançado dentro do limiar: caminhando até uma parada, esperando, viajando, fazendo baldeação, caminhando até o equipamento, ou fazendo todo o trajeto a pé, o que for mais rápido; com uma janela de partida, o percentil escolhido dos tempos ao longo dos seus minutos. O sentido é de casa até o equipamento, exatamente como os tempos de deslocamento da acessibilidade do CareMap. O polígono é a união dos quadrados das células alcançadas, então sua borda é exata até meia célula. Só são testadas as células ao alcance a pé de um equipamento ou de uma parada (qualquer outra célula está fora de alcance). Os limiares ficam então em minutos; a velocidade a pé é a velocidade de deslocamento; a forma do polígono, o buffer e a proximidade do contorno não se aplicam.
Exemplo: um ônibus sai da parada A às 08:10 e chega à parada B às 08:15; uma casa a 100 m de A, saindo às 08:05 a 6 km/h, está em A às 08:06, em B às 08:15 e em um equipamento a 300 m de B às 08:18: 13 minutos, então sua célula está na área de influência de 15 minutos, não na de 10 minutos. Saindo às 23:00, depois do último ônibus, não está em nenhuma das duas, a menos que a caminhada seja curta o bastante.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="92"/>
        <source>Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of CareMap&apos;s supply inventory.</source>
        <translation>Camada de equipamentos de cuidado, pontos ou polígonos; uma área de influência é desenhada por equipamento e limiar. Típico: a saída do inventário da oferta do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="93"/>
        <source>Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed); public transport: the cells of a grid from which the facility is reached within the threshold by walking and riding the buses or trains of a GTFS timetable, leaving at the departure time (in minutes; the public transport settings are under the advanced parameters). Typical: the road network.</source>
        <translation>Pela rede viária: as ruas alcançadas dentro de cada limiar, como um polígono; linha reta: um círculo cujo raio é o limiar (metros, ou minutos vezes a velocidade de deslocamento); transporte público: as células de uma grade a partir das quais o equipamento é alcançado dentro do limiar caminhando e viajando nos ônibus ou trens de um quadro de horários GTFS, saindo no horário de partida (em minutos; as configurações de transporte público estão nos parâmetros avançados). Típico: a rede viária.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="94"/>
        <source>Road or footpath line layer, needed for catchments along the road network; lines connect where they share a vertex. Typical: the OpenStreetMap streets of the city.</source>
        <translation>Camada de linhas de vias ou caminhos de pedestres, necessária para as áreas de influência pela rede viária; as linhas se conectam onde compartilham um vértice. Típico: as ruas do OpenStreetMap da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="95"/>
        <source>One or more travel limits in the cost unit, separated by commas; one polygon is drawn per threshold. Typical: &apos;10,15,20&apos; minutes.</source>
        <translation>Um ou mais limites de deslocamento na unidade de custo, separados por vírgulas; um polígono é desenhado por limiar. Típico: &apos;10,15,20&apos; minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="96"/>
        <source>Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Not used by straight lines or public transport. Typical: hull.</source>
        <translation>Forma do polígono pela rede viária: hull = um contorno das ruas alcançadas, alargado pelo buffer (rápido); buffer = as próprias ruas alcançadas, alargadas pelo buffer (detalhado, mais lento). Não é usada pelas linhas retas nem pelo transporte público. Típico: hull.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="97"/>
        <source>Width in metres added around the streets reached or their outline (road network only; not used by straight lines or public transport). Typical: 50 m.</source>
        <translation>Largura em metros adicionada em torno das ruas alcançadas ou do seu contorno (só rede viária; não é usada pelas linhas retas nem pelo transporte público). Típico: 50 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="98"/>
        <source>How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape (road network only; not used by public transport). Typical: 0.3.</source>
        <translation>Quão de perto o contorno segue as ruas alcançadas, de 0 (mais próximo) a 1 (convexo), para a forma hull (só rede viária; não é usada pelo transporte público). Típico: 0.3.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="99"/>
        <source>Side in metres of the square cells of public transport catchments: each cell whose centre reaches the facility within the threshold is in its catchment, so the polygon&apos;s edge is exact to half a cell. Smaller cells give a finer edge and take longer (four times as many cells at half the size). Used only by public transport. Typical: 150 m (100 m for a finer edge, about twice as slow).</source>
        <translation>Lado em metros das células quadradas das áreas de influência por transporte público: cada célula cujo centro alcança o equipamento dentro do limiar está na sua área de influência, então a borda do polígono é exata até meia célula. Células menores dão uma borda mais fina e demoram mais (quatro vezes mais células com a metade do tamanho). Usado só pelo transporte público. Típico: 150 m (100 m para uma borda mais fina, cerca de duas vezes mais lento).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="100"/>
        <source>If checked, the catchments of all facilities are merged into one polygon per threshold (the area served); otherwise one polygon per facility and threshold. Typical: unchecked.</source>
        <translation>Se marcado, as áreas de abrangência de todos os serviços são unidas em um polígono por limiar (a área atendida); senão, um polígono por serviço e limiar. Típico: desmarcado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="101"/>
        <source>Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no road network catchment. Typical: 500 m.</source>
        <translation>Maior distância em metros de um equipamento até a rede viária: ele se liga ao ponto mais próximo da rua mais próxima (de uma parte da rede com pelo menos 5% do comprimento da maior parte), contando a caminhada até ele. Equipamentos mais distantes não recebem área de influência pela rede viária. Típico: 500 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="102"/>
        <source>Catchment polygons: the facility&apos;s fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved; by public transport cost_speed_kmh is the walking speed).</source>
        <translation>Polígonos de áreas de influência: os campos do equipamento mais threshold, cost_unit e cost_speed_kmh (um por limiar quando dissolvidos; por transporte público, cost_speed_kmh é a velocidade a pé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="110"/>
        <source>Thresholds (comma-separated, in the cost unit)</source>
        <translation>Limiares (separados por vírgulas, na unidade de custo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="112"/>
        <location filename="../processing/cost_params.py" line="53"/>
        <source>How travel is measured</source>
        <translation>Como o deslocamento é medido</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="114"/>
        <location filename="../processing/cost_params.py" line="55"/>
        <source>Cost unit</source>
        <translation>Unidade de custo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="116"/>
        <source>Dissolve per threshold</source>
        <translation>Dissolver por limiar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="117"/>
        <source>Polygon shape along the road network</source>
        <translation>Forma do polígono pela rede viária</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="120"/>
        <source>Buffer around the streets reached or their outline (m)</source>
        <translation>Buffer em torno das ruas alcançadas ou do seu contorno (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="123"/>
        <source>Outline closeness (0 = follows the streets, 1 = convex)</source>
        <translation>Proximidade do contorno (0 = segue as ruas, 1 = convexo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="127"/>
        <source>Public transport: cell size of the catchment grid (m)</source>
        <translation>Transporte público: tamanho da célula da grade das áreas de influência (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="130"/>
        <source>Largest distance from a facility to the road network (m)</source>
        <translation>Maior distância de um equipamento até a rede viária (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="140"/>
        <source>{0} must be numbers separated by commas (e.g. &apos;10,15,20&apos;), got &apos;{1}&apos;.</source>
        <translation>{0} deve conter números separados por vírgulas (p. ex. &apos;10,15,20&apos;); recebido &apos;{1}&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="144"/>
        <source>{0} must all be above 0 (e.g. &apos;10,15,20&apos;), got &apos;{1}&apos;: a catchment of 0 or less is empty.</source>
        <translation>Todos os valores de {0} devem ser maiores que 0 (p. ex. &apos;10,15,20&apos;); recebido &apos;{1}&apos;: uma área de influência de 0 ou menos é vazia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="156"/>
        <location filename="../processing/costs_io.py" line="205"/>
        <source>Public transport costs are travel times: choose {0} in {1} (and give the thresholds in minutes).</source>
        <translation>Os custos por transporte público são tempos de deslocamento: escolha {0} em {1} (e informe os limiares em minutos).</translation>
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
            <numerusform>%n polígono de área de influência</numerusform>
            <numerusform>%n polígonos de área de influência</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="202"/>
        <source>for %n facilit(y/ies), thresholds {0} {1}.</source>
        <translation>
            <numerusform>para %n equipamento, limiares {0} {1}.</numerusform>
            <numerusform>para %n equipamentos, limiares {0} {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="223"/>
        <source>Public transport catchments: %n cell(s) of {0:g} m within reach of a facility of {1} ({2:g} minutes of walking at {3:g} km/h) or of a stop of {4} ({5:g} m of walking); each is routed from its centre.</source>
        <translation>
            <numerusform>Áreas de influência por transporte público: %n célula de {0:g} m ao alcance de um equipamento de {1} ({2:g} minutos de caminhada a {3:g} km/h) ou de uma parada de {4} ({5:g} m de caminhada); cada uma é roteada a partir do seu centro.</numerusform>
            <numerusform>Áreas de influência por transporte público: %n células de {0:g} m ao alcance de um equipamento de {1} ({2:g} minutos de caminhada a {3:g} km/h) ou de uma parada de {4} ({5:g} m de caminhada); cada uma é roteada a partir do seu centro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/catchments.py" line="228"/>
        <source>No cell of {0:g} m has its centre within reach of a facility of {1} or of a stop of {2}: no catchment is drawn. Choose a smaller {3}, or larger thresholds.</source>
        <translation>Nenhuma célula de {0:g} m tem o centro ao alcance de um equipamento de {1} ou de uma parada de {2}: nenhuma área de influência é desenhada. Escolha um {3} menor, ou limiares maiores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/catchments.py" line="252"/>
        <source>%n catchment(s) of {0} by public transport hold no cell: no cell centre reaches the facility within the threshold. Choose a smaller {1} to see them.</source>
        <translation>
            <numerusform>%n área de influência de {0} por transporte público não contém nenhuma célula: nenhum centro de célula alcança o equipamento dentro do limiar. Escolha um {1} menor para vê-la.</numerusform>
            <numerusform>%n áreas de influência de {0} por transporte público não contêm nenhuma célula: nenhum centro de célula alcança o equipamento dentro do limiar. Escolha um {1} menor para vê-las.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="46"/>
        <source>Equity of access</source>
        <translation>Equidade no acesso</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="48"/>
        <source>equity,inequality,Gini,Palma,Theil,concentration index,Lorenz</source>
        <translation>equidade,desigualdade,Gini,Palma,Theil,índice de concentração,Lorenz</translation>
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
        <translation>Quão desigual é a distribuição do acesso ao cuidado entre as pessoas? As quadras mais pobres são as pior atendidas, e a desigualdade está entre os distritos ou dentro deles?

Como ler os resultados (números no log, e retornados para os modelos):
- Acesso médio: o acesso da pessoa média (ponderado pelas pessoas de cada unidade).
- Coeficiente de Gini: 0 = todos têm o mesmo acesso; perto de 1 = todo o acesso em uma unidade.
- Razão de Palma: o acesso dos 10% de pessoas mais bem atendidas sobre o dos 40% pior atendidos (1,0 = têm o mesmo total; 2,0 = o décimo superior tem o dobro do que têm os quatro décimos inferiores).
- Índice de Theil: 0 = igualdade; com distritos, dividido em uma parte entre os distritos e uma parte dentro deles (as duas somam o todo).
- Com um campo de posição socioeconômica (baixo = mais pobre): o índice de concentração e a sua correção de Erreygers, negativos quando o acesso se concentra entre os pobres, positivos entre os mais ricos.
- Curva de Lorenz: uma tabela com pop_share (proporção acumulada de pessoas, a partir das pior atendidas), access_share (a sua proporção acumulada do acesso) e equality (a linha de igualdade perfeita), para um gráfico.
Um número que não pode ser calculado (nenhum acesso em lugar nenhum, nenhum campo de posição) fica vazio (None).

Exemplo: quatro quadras com a mesma população e acesso 0, 1, 1 e 2 vagas por 100 crianças, ordenadas da mais pobre à mais rica nessa ordem, em dois distritos (0, 1) e (1, 2): Gini 0,375, Palma 1,33, índice de concentração 0,375 (o acesso favorece os mais ricos), Theil 0,347, dos quais 0,131 entre os distritos e 0,216 dentro deles.

Ressalvas: todas as medidas ponderam as unidades pelas suas pessoas; sem um campo de população cada unidade conta uma vez. Os valores de acesso devem ser 0 ou mais; valores NULL nos campos usados são um erro, assim como uma unidade fora dos polígonos de distritos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="75"/>
        <source>Layer or table of units with an access value and their people. Typical: the demand output of Accessibility to care.</source>
        <translation>Camada ou tabela de unidades com um valor de acesso e as suas pessoas. Típico: a saída de demanda de Acessibilidade ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="76"/>
        <source>Numeric field with the access of each unit (0 or more, no NULL). Typical: access from Accessibility to care.</source>
        <translation>Campo numérico com o acesso de cada unidade (0 ou mais, sem NULL). Típico: access de Acessibilidade ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="77"/>
        <source>Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: care_demand, or children 0-5.</source>
        <translation>Campo numérico opcional com as pessoas de cada unidade, usadas como pesos; vazio = cada unidade conta uma vez. Típico: care_demand, ou crianças de 0-5 anos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="78"/>
        <source>Optional numeric socio-economic rank (low = poorest), for the concentration and Erreygers indices. Typical: income or estrato.</source>
        <translation>Posição socioeconômica numérica opcional (baixa = mais pobre), para os índices de concentração e de Erreygers. Típico: renda ou estrato.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="79"/>
        <source>Optional district field, to split the Theil index into the inequality between districts and within them; without it, district polygons give each unit the district it lies in. Typical: district.</source>
        <translation>Campo de distrito opcional, para dividir o índice de Theil na desigualdade entre os distritos e dentro deles; sem ele, os polígonos de distritos dão a cada unidade o distrito em que ela está. Típico: distrito.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="80"/>
        <source>Optional polygon layer of districts: when the units have no district field, each unit gets the district its point on surface lies in, for the split of the Theil index (a unit in no district is an error). Typical: the localities or communes of the city.</source>
        <translation>Camada opcional de polígonos de distritos: quando as unidades não têm campo de distrito, cada unidade recebe o distrito em que está o seu ponto na superfície, para a divisão do índice de Theil (uma unidade fora de todo distrito é um erro). Típico: as localidades ou comunas da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="82"/>
        <source>Number of rows of the Lorenz curve table, at equally spaced shares of people (0 = one row per unit). Typical: 101.</source>
        <translation>Número de linhas da tabela da curva de Lorenz, em proporções de pessoas igualmente espaçadas (0 = uma linha por unidade). Típico: 101.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="83"/>
        <source>Lorenz curve table with pop_share, access_share and equality, for a chart. Typical: a temporary layer.</source>
        <translation>Tabela da curva de Lorenz com pop_share, access_share e equality, para um gráfico. Típico: uma camada temporária.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="84"/>
        <source>Mean access weighted by people; None when it cannot be computed (no people).</source>
        <translation>Acesso médio ponderado pelas pessoas; None quando não pode ser calculado (sem pessoas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="85"/>
        <source>Gini coefficient of access between people (0 = everyone the same access, 1 = all access in one unit); None when undefined.</source>
        <translation>Coeficiente de Gini do acesso entre as pessoas (0 = todos com o mesmo acesso, 1 = todo o acesso em uma só unidade); None quando indefinido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="86"/>
        <source>Palma ratio: access of the best-served 10% of people over that of the worst-served 40%; None when undefined (e.g. the bottom 40% have no access).</source>
        <translation>Razão de Palma: acesso dos 10% de pessoas mais bem atendidas sobre o dos 40% pior atendidos; None quando indefinida (p. ex. os 40% de baixo não têm acesso).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="87"/>
        <source>Theil index of access inequality (0 = equality); None when undefined.</source>
        <translation>Índice de Theil da desigualdade de acesso (0 = igualdade); None quando indefinido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="88"/>
        <source>Part of the Theil index due to differences between districts; None without districts or when undefined.</source>
        <translation>Parte do índice de Theil devida às diferenças entre os distritos; None sem distritos ou quando indefinido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="89"/>
        <source>Part of the Theil index due to differences within districts; None without districts or when undefined.</source>
        <translation>Parte do índice de Theil devida às diferenças dentro dos distritos; None sem distritos ou quando indefinido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="90"/>
        <source>Concentration index of access by the socio-economic rank (negative = access concentrated among the poorest); None without a rank field or when undefined.</source>
        <translation>Índice de concentração do acesso pela posição socioeconômica (negativo = acesso concentrado entre os mais pobres); None sem campo de posição ou quando indefinido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="91"/>
        <source>Erreygers-corrected concentration index (for bounded access); None without a rank field or when undefined.</source>
        <translation>Índice de concentração corrigido de Erreygers (para acesso limitado); None sem campo de posição ou quando indefinido.</translation>
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
        <translation>Campo de acesso</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="98"/>
        <source>Population (weights) field</source>
        <translation>Campo de população (pesos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="100"/>
        <source>Socio-economic rank field (low = poorest)</source>
        <translation>Campo de posição socioeconômica (baixo = mais pobre)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="102"/>
        <source>District field (to split the Theil index)</source>
        <translation>Campo de distrito (para dividir o índice de Theil)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="105"/>
        <source>Lorenz table rows (0 = one per unit)</source>
        <translation>Linhas da tabela de Lorenz (0 = uma por unidade)</translation>
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
        <translation>Acesso médio ponderado pela população</translation>
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
        <translation>Razão de Palma (10% superiores / 40% inferiores)</translation>
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
        <translation>T de Theil dentro dos distritos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="39"/>
        <location filename="../processing/algorithms/equity.py" line="39"/>
        <source>Concentration index</source>
        <translation>Índice de concentração</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="40"/>
        <location filename="../processing/algorithms/equity.py" line="40"/>
        <source>Erreygers-corrected concentration index</source>
        <translation>Índice de concentração corrigido de Erreygers</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="134"/>
        <source>No demand: field &apos;{0}&apos; of layer {1} is 0 in every unit, so there is no population to weigh access by and every measure is NULL. Choose the population field, or leave it empty to count every unit once.</source>
        <translation>Sem demanda: o campo &apos;{0}&apos; da camada {1} é 0 em todas as unidades, então não há população para ponderar o acesso e todas as medidas são NULL. Escolha o campo de população, ou deixe-o vazio para contar cada unidade uma vez.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="145"/>
        <source>undefined</source>
        <translation>indefinido</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="148"/>
        <source>No variation: access in &apos;{0}&apos; of layer {1} is the same in every unit (perfect equality).</source>
        <translation>Sem variação: o acesso em &apos;{0}&apos; da camada {1} é igual em todas as unidades (igualdade perfeita).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/equity.py" line="151"/>
        <source>No capacity: access in &apos;{0}&apos; of layer {1} is 0 everywhere, so the inequality measures are undefined (NULL).</source>
        <translation>Sem capacidade: o acesso em &apos;{0}&apos; da camada {1} é 0 em toda parte, então as medidas de desigualdade são indefinidas (NULL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="62"/>
        <source>Community field survey package</source>
        <translation>Pacote de levantamento comunitário de campo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="64"/>
        <source>survey,field,community,collaborative mapping,crowd,QField,ODK,KoboToolbox,XLSForm,form,phone,collect,inventory</source>
        <translation>levantamento,campo,comunidade,mapeamento colaborativo,colaborativo,QField,ODK,KoboToolbox,XLSForm,formulário,celular,coleta,inventário</translation>
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
        <translation>Como uma comunidade pode mapear o cuidado que nenhum cadastro lista (vizinhas que cuidam de crianças, cozinhas comunitárias, creches informais)? Esta ferramenta grava em uma pasta um pacote de levantamento pronto para a coleta: copie a pasta para um celular e abra o projeto no QField, ou envie o formulário para o KoboToolbox ou o ODK. Cada local coletado tem os campos do inventário da oferta de cuidado, mais quem o coletou, quando, como foi verificado, uma foto e observações, para que a ferramenta &apos;Inventário da oferta de cuidado&apos; leia os resultados de volta com a sua procedência.

Como ler os resultados (tudo na pasta escolhida):
- care_survey.gpkg: a camada vazia care_places (pontos em longitude/latitude) com os campos name, service_type, sphere, target_group, capacity (vagas), hours_per_day, days_per_week, fee, source (community_survey), collector, survey_date, verification (visited, phone, document ou reported), notes e photo; o inventário existente como reference_inventory e as camadas vetoriais de base.
- care_survey.qgz: o projeto do QGIS / QField. O seu formulário mostra as perguntas no idioma escolhido, listas suspensas para o tipo de cuidado, quem o administra, quem é cuidado, os dias e como foi verificado, a data de hoje por padrão, e recusa vagas ou taxas negativas e mais de 24 horas. O inventário de referência é somente leitura. As fotos vão para a pasta DCIM ao lado do projeto.
- care_survey_form.xlsx: o mesmo formulário como XLSForm (planilhas survey, choices, settings) com rótulos em inglês, espanhol, português e francês, o idioma escolhido primeiro e como padrão.

Exemplo: com o cadastro de equipamentos da demonstração como inventário existente e os seus distritos como camada de base, uma oficina de cinco pessoas coletoras percorre um distrito; de volta ao escritório, passe o care_survey.gpkg devolvido (ou a exportação CSV do Kobo) ao &apos;Inventário da oferta de cuidado&apos; junto com o cadastro: cada local volta como confirmado, novo ou em conflito na sua camada de revisão.

Ressalvas: um pacote de levantamento existente na pasta nunca é sobrescrito (pode conter locais coletados): escolha uma nova pasta. As camadas de base de arquivos são copiadas para a pasta (as camadas vetoriais para o GeoPackage, os rasters para a sua pasta base); as camadas online continuam online e precisam de conexão em campo. O método está em docs/community_mapping.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="95"/>
        <source>Language of the form&apos;s questions and choices, on the phone and in the XLSForm (which carries the other three too). Typical: the language of the collectors, e.g. Spanish.</source>
        <translation>Idioma das perguntas e das opções do formulário, no celular e no XLSForm (que também traz os outros três). Típico: o idioma das pessoas coletoras, p. ex. português.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="96"/>
        <source>Optional: the care places already known (a registry or a previous inventory), copied into the package as a read-only reference layer so collectors see what is already listed. Typical: the output of &apos;Care supply inventory&apos; or the official registry.</source>
        <translation>Opcional: os locais de cuidado já conhecidos (um cadastro ou um inventário anterior), copiados para o pacote como camada de referência somente leitura, para que as pessoas coletoras vejam o que já está listado. Típico: a saída do &apos;Inventário da oferta de cuidado&apos; ou o cadastro oficial.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="97"/>
        <source>Optional: layers to find the way in the field (districts, blocks, streets, an aerial image). File layers are copied into the package; online layers stay online. Typical: districts and roads.</source>
        <translation>Opcional: camadas para se orientar em campo (distritos, quadras, ruas, uma imagem aérea). As camadas de arquivo são copiadas para o pacote; as camadas online continuam online. Típico: distritos e vias.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="98"/>
        <source>Name of the survey, shown as the layer and project title and the form&apos;s title. Typical: &apos;Care places&apos; or the name of the neighbourhood.</source>
        <translation>Nome do levantamento, mostrado como título da camada e do projeto e como título do formulário. Típico: &apos;Locais de cuidado&apos; ou o nome do bairro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="99"/>
        <source>A new, empty folder for the package (GeoPackage, project, form, photo folder), to copy as a whole to a phone. Typical: a folder named after the survey and its date.</source>
        <translation>Uma pasta nova e vazia para o pacote (GeoPackage, projeto, formulário, pasta de fotos), a ser copiada inteira para um celular. Típico: uma pasta com o nome do levantamento e a sua data.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="100"/>
        <source>Path of the GeoPackage where collectors add care places (layer care_places), with the reference inventory and base layers.</source>
        <translation>Caminho do GeoPackage em que as pessoas coletoras acrescentam locais de cuidado (camada care_places), com o inventário de referência e as camadas de base.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="101"/>
        <source>Path of the QGIS project for QField, with the survey form.</source>
        <translation>Caminho do projeto do QGIS para o QField, com o formulário do levantamento.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="102"/>
        <source>Path of the XLSForm for KoboToolbox or ODK.</source>
        <translation>Caminho do XLSForm para o KoboToolbox ou o ODK.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="103"/>
        <source>Number of places of the existing inventory copied as the read-only reference layer (0 without one).</source>
        <translation>Número de locais do inventário existente copiados como camada de referência somente leitura (0 sem ele).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="104"/>
        <source>Number of base layers put into the package.</source>
        <translation>Número de camadas de base colocadas no pacote.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="113"/>
        <source>Language of the form</source>
        <translation>Idioma do formulário</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="116"/>
        <source>Care places already known (read-only reference)</source>
        <translation>Locais de cuidado já conhecidos (referência somente leitura)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="119"/>
        <source>Base layers</source>
        <translation>Camadas de base</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="120"/>
        <source>Survey title</source>
        <translation>Título do levantamento</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="123"/>
        <source>Folder for the survey package</source>
        <translation>Pasta para o pacote do levantamento</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="125"/>
        <source>Survey GeoPackage</source>
        <translation>GeoPackage do levantamento</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="126"/>
        <source>Survey project (QField)</source>
        <translation>Projeto do levantamento (QField)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="127"/>
        <source>Survey form (XLSForm)</source>
        <translation>Formulário do levantamento (XLSForm)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="128"/>
        <source>Reference places</source>
        <translation>Locais de referência</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="129"/>
        <source>Base layers packed</source>
        <translation>Camadas de base empacotadas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="143"/>
        <source>Could not write layer {0} into {1}: {2}</source>
        <translation>Não foi possível gravar a camada {0} em {1}: {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="216"/>
        <source>Base layer {0} is not a file: it stays where it is ({1}) and needs a connection in the field.</source>
        <translation>A camada de base {0} não é um arquivo: fica onde está ({1}) e precisa de conexão em campo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="232"/>
        <source>The folder {0} already holds a survey package ({1}), which may hold places collected: choose a new, empty folder.</source>
        <translation>A pasta {0} já contém um pacote de levantamento ({1}), que pode conter locais coletados: escolha uma pasta nova e vazia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="269"/>
        <source>Care places already known</source>
        <translation>Locais de cuidado já conhecidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/fieldsurvey.py" line="271"/>
        <source>Reference inventory: %n place(s) copied, read-only.</source>
        <translation>
            <numerusform>Inventário de referência: %n local copiado, somente leitura.</numerusform>
            <numerusform>Inventário de referência: %n locais copiados, somente leitura.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="283"/>
        <source>The survey layer written to {0} could not be opened: check that the folder is writable.</source>
        <translation>A camada do levantamento gravada em {0} não pôde ser aberta: verifique se é possível gravar na pasta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="296"/>
        <source>The project could not be written to {0}: {1}</source>
        <translation>O projeto não pôde ser gravado em {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fieldsurvey.py" line="298"/>
        <source>Survey package written to {0}: copy the whole folder to the phone (QField), or upload {1} to KoboToolbox or ODK.</source>
        <translation>Pacote do levantamento gravado em {0}: copie a pasta inteira para o celular (QField), ou envie {1} para o KoboToolbox ou o ODK.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="36"/>
        <location filename="../processing/algorithms/hotspots.py" line="96"/>
        <source>Hot and cold spots</source>
        <translation>Pontos quentes e frios</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="38"/>
        <source>hot spot,cold spot,Getis-Ord,Gi*,LISA,local Moran,cluster,FDR</source>
        <translation>ponto quente,ponto frio,Getis-Ord,Gi*,LISA,Moran local,agrupamento,FDR</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="40"/>
        <source>Where do high values cluster (hot spots) and where do low values cluster (cold spots)? For example: are the blocks with much unmet demand scattered, or do they form whole neighbourhoods that one new service could reach?

How to read the results:
- Hot and cold spots (one row per unit, with its own fields): hotspot_class = 3, 2, 1 for a hot spot at 99, 95, 90% confidence, 0 not significant, -1, -2, -3 for a cold spot at 90, 95, 99%; z = how far the unit and its neighbours are above (positive) or below (negative) what chance would give; p = its two-sided p-value; p_sim = the p-value from random permutations; p_fdr = the p-value corrected for testing many units (false discovery rate); stat = the statistic itself (Gi* or local Moran&apos;s I); n_neighbors = neighbours of the unit; quadrant (local Moran&apos;s I only) = 1 high among high, 2 low among high, 3 low among low, 4 high among low. A unit surrounded by different values (an outlier, quadrant 2 or 4) gets class 0.

Example: in the demo city of the tutorial, Getis-Ord Gi* on unmet demand with neighbours sharing a border (queen) and 99 permutations finds 942 hot-spot blocks (517 at 99% confidence), 36% of them in El Porvenir, and 1,243 cold-spot blocks around Centro and in the north. By hand: five blocks in a row with unmet demand 1, 2, 3, 8, 9, each the neighbour of the next: the last block has z = 1.95 and p = 0.051, a hot spot at 90% confidence but not at 95%.

Caveats: a unit without any neighbour (an island) gets no z or p and class 0. With thousands of units, some are &apos;significant&apos; by chance: tick the multiple-testing correction to be strict. Values that are the same everywhere give no hot spot. Classes use the permutation p-values when permutations are run.</source>
        <translation>Onde os valores altos se agrupam (pontos quentes) e onde os valores baixos se agrupam (pontos frios)? Por exemplo: as quadras com muita demanda não atendida estão dispersas, ou formam bairros inteiros que um único serviço novo poderia alcançar?

Como ler os resultados:
- Pontos quentes e frios (uma linha por unidade, com os seus próprios campos): hotspot_class = 3, 2, 1 para um ponto quente com 99, 95, 90% de confiança, 0 não significativo, -1, -2, -3 para um ponto frio com 90, 95, 99%; z = quanto a unidade e as suas vizinhas estão acima (positivo) ou abaixo (negativo) do que o acaso daria; p = o seu valor-p bilateral; p_sim = o valor-p de permutações aleatórias; p_fdr = o valor-p corrigido por testar muitas unidades (taxa de falsas descobertas); stat = a própria estatística (Gi* ou I de Moran local); n_neighbors = vizinhas da unidade; quadrant (só I de Moran local) = 1 alto entre altos, 2 baixo entre altos, 3 baixo entre baixos, 4 alto entre baixos. Uma unidade rodeada de valores diferentes (um valor atípico, quadrante 2 ou 4) recebe a classe 0.

Exemplo: na cidade de demonstração do tutorial, o Gi* de Getis-Ord sobre a demanda não atendida com vizinhas que compartilham uma divisa (queen) e 99 permutações encontra 942 quadras em pontos quentes (517 com 99% de confiança), 36% delas em El Porvenir, e 1.243 quadras em pontos frios ao redor do Centro e no norte. À mão: cinco quadras em fila com demanda não atendida 1, 2, 3, 8, 9, cada uma vizinha da seguinte: a última quadra tem z = 1,95 e p = 0,051, um ponto quente com 90% de confiança, mas não com 95%.

Ressalvas: uma unidade sem nenhuma vizinha (uma ilha) não recebe z nem p, e tem classe 0. Com milhares de unidades, algumas são &apos;significativas&apos; por acaso: marque a correção para testes múltiplos para ser rigoroso. Valores iguais em todo lugar não dão nenhum ponto quente. As classes usam os valores-p das permutações quando há permutações.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="64"/>
        <source>Layer of units, points or polygons (polygons are needed for neighbours that share a border). Typical: census blocks with an indicator, e.g. the Care deserts layer.</source>
        <translation>Camada de unidades, pontos ou polígonos (são necessários polígonos para vizinhas que compartilham uma divisa). Típico: setores censitários com um indicador, p. ex. a camada de Desertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="65"/>
        <source>Numeric field to search for hot and cold spots. Typical: unmet, access or priority.</source>
        <translation>Campo numérico no qual buscar pontos quentes e frios. Típico: unmet, access ou priority.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="66"/>
        <source>Getis-Ord Gi* finds hot and cold spots (a unit together with its neighbours); local Moran&apos;s I also finds outliers (a high unit among low ones). Typical: Getis-Ord Gi*.</source>
        <translation>O Gi* de Getis-Ord encontra pontos quentes e frios (uma unidade junto com as suas vizinhas); o I de Moran local também encontra valores atípicos (uma unidade alta entre unidades baixas). Típico: Gi* de Getis-Ord.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="67"/>
        <source>Who the neighbours of a unit are: its nearest units (as many as &apos;Number of neighbours&apos;), all units within the distance band, or polygons sharing a corner (queen) or an edge (rook). Typical: queen for polygons, nearest units for points.</source>
        <translation>Quem são as vizinhas de uma unidade: as unidades mais próximas (tantas quanto o &apos;Número de vizinhas&apos;), todas as unidades dentro da banda de distância, ou os polígonos que compartilham um vértice (queen) ou uma aresta (rook). Típico: queen para polígonos, unidades mais próximas para pontos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="68"/>
        <source>Number of nearest units counted as neighbours, with the nearest-units weights. Typical: 8.</source>
        <translation>Número de unidades mais próximas contadas como vizinhas, com os pesos de unidades mais próximas. Típico: 8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="69"/>
        <source>Distance in metres within which units are neighbours, with the distance-band weights (inclusive). Typical: 1000 m.</source>
        <translation>Distância em metros dentro da qual as unidades são vizinhas, com os pesos de banda de distância (inclusive). Típico: 1000 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="70"/>
        <source>Weights of local Moran&apos;s I: row-standardised (each unit&apos;s neighbours weigh 1 together) or binary (each neighbour weighs 1); Gi* gives the same z either way. Typical: row-standardised.</source>
        <translation>Pesos do I de Moran local: padronizados por linha (as vizinhas de cada unidade pesam 1 juntas) ou binários (cada vizinha pesa 1); o Gi* dá o mesmo z de qualquer forma. Típico: padronizados por linha.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="71"/>
        <source>Number of random permutations for the pseudo p-value p_sim (0 = analytic p-values only). Typical: 999.</source>
        <translation>Número de permutações aleatórias para o pseudo valor-p p_sim (0 = só valores-p analíticos). Típico: 999.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="72"/>
        <source>Random seed of the permutations, so a run can be repeated with the same result. Typical: 12345.</source>
        <translation>Semente aleatória das permutações, para que uma execução possa ser repetida com o mesmo resultado. Típico: 12345.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="73"/>
        <source>If checked, p-values are corrected for testing many units at once (Benjamini-Hochberg false discovery rate) before classing, so fewer units are significant by chance. Typical: checked for many units.</source>
        <translation>Se marcado, os valores-p são corrigidos por testar muitas unidades de uma vez (taxa de falsas descobertas de Benjamini-Hochberg) antes da classificação, de modo que menos unidades sejam significativas por acaso. Típico: marcado para muitas unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="74"/>
        <source>The units with hotspot_class (3 to -3), z, p, p_sim, p_fdr, stat, n_neighbors and, for local Moran&apos;s I, quadrant.</source>
        <translation>As unidades com hotspot_class (3 a -3), z, p, p_sim, p_fdr, stat, n_neighbors e, para o I de Moran local, quadrant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="75"/>
        <source>Number of units in hot spots (hotspot_class 1, 2 or 3: significant at 90, 95 or 99%).</source>
        <translation>Número de unidades em pontos quentes (hotspot_class 1, 2 ou 3: significativo a 90, 95 ou 99%).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="76"/>
        <source>Number of units in cold spots (hotspot_class -1, -2 or -3: significant at 90, 95 or 99%).</source>
        <translation>Número de unidades em pontos frios (hotspot_class -1, -2 ou -3: significativo a 90, 95 ou 99%).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="81"/>
        <source>Value field</source>
        <translation>Campo de valores</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="82"/>
        <source>Statistic</source>
        <translation>Estatística</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="84"/>
        <source>Neighbours (spatial weights)</source>
        <translation>Vizinhança (pesos espaciais)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="86"/>
        <source>Number of neighbours (nearest units)</source>
        <translation>Número de vizinhas (unidades mais próximas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="87"/>
        <source>Distance band (metres)</source>
        <translation>Banda de distância (metros)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="89"/>
        <source>Correct for multiple testing (Benjamini-Hochberg FDR)</source>
        <translation>Corrigir para testes múltiplos (FDR de Benjamini-Hochberg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="90"/>
        <source>Weights of local Moran&apos;s I</source>
        <translation>Pesos do I de Moran local</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="92"/>
        <source>Permutations (0 = analytic p-values only)</source>
        <translation>Permutações (0 = só valores-p analíticos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="94"/>
        <source>Random seed</source>
        <translation>Semente aleatória</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="97"/>
        <source>Units in hot spots</source>
        <translation>Unidades em pontos quentes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="98"/>
        <source>Units in cold spots</source>
        <translation>Unidades em pontos frios</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="104"/>
        <source>{0} is {1}, but layer {2} has only %n unit(s), so at most {3} neighbours each: give a smaller number.</source>
        <translation>
            <numerusform>{0} é {1}, mas a camada {2} tem só %n unidade, portanto no máximo {3} vizinhas cada: informe um número menor.</numerusform>
            <numerusform>{0} é {1}, mas a camada {2} tem só %n unidades, portanto no máximo {3} vizinhas cada: informe um número menor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="112"/>
        <source>{0} &apos;{1}&apos; needs polygons, but layer {2} has points: choose the nearest units or a distance band.</source>
        <translation>{0} &apos;{1}&apos; requer polígonos, mas a camada {2} tem pontos: escolha as unidades mais próximas ou uma banda de distância.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="121"/>
        <source>Layer {0}: polygon rings and features do not match.</source>
        <translation>Camada {0}: os anéis dos polígonos e as feições não correspondem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="136"/>
        <source>Layer {0} has %n unit(s); local statistics need at least 3.</source>
        <translation>
            <numerusform>A camada {0} tem %n unidade; as estatísticas locais requerem pelo menos 3.</numerusform>
            <numerusform>A camada {0} tem %n unidades; as estatísticas locais requerem pelo menos 3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="141"/>
        <source>Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3};</source>
        <translation>Pesos ({0}): vizinhas por unidade mín. {1}, média {2:.2f}, máx. {3};</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="143"/>
        <source>%n island(s) (units without a neighbour);</source>
        <translation>
            <numerusform>%n ilha (unidade sem vizinha);</numerusform>
            <numerusform>%n ilhas (unidades sem vizinha);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="144"/>
        <source>%n connected component(s).</source>
        <translation>
            <numerusform>%n componente conexo.</numerusform>
            <numerusform>%n componentes conexos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/hotspots.py" line="146"/>
        <source>Layer {0}: %n unit(s) without a neighbour, with NULL z and p.</source>
        <translation>
            <numerusform>Camada {0}: %n unidade sem vizinha, com z e p NULL.</numerusform>
            <numerusform>Camada {0}: %n unidades sem vizinha, com z e p NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="149"/>
        <source>No unit of layer {0} has a neighbour with these weights: give a larger {1}, or choose the nearest units in {2}.</source>
        <translation>Nenhuma unidade da camada {0} tem vizinha com estes pesos: informe um {1} maior, ou escolha as unidades mais próximas em {2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="154"/>
        <source>No variation: field &apos;{0}&apos; of layer {1} has the same value in every unit, so z = 0 everywhere and there is no hot spot.</source>
        <translation>Sem variação: o campo &apos;{0}&apos; da camada {1} tem o mesmo valor em todas as unidades, então z = 0 em toda parte e não há ponto quente.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/hotspots.py" line="175"/>
        <source>Hot spots 99/95/90%: {0}/{1}/{2}; cold spots 90/95/99%: {3}/{4}/{5}.</source>
        <translation>Pontos quentes 99/95/90%: {0}/{1}/{2}; pontos frios 90/95/99%: {3}/{4}/{5}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="41"/>
        <source>Street network from OpenStreetMap</source>
        <translation>Rede viária a partir do OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="43"/>
        <source>network,openstreetmap,osm,walk,bike,car,streets,roads,routing,topology</source>
        <translation>rede,openstreetmap,osm,a pé,bicicleta,carro,ruas,vias,roteamento,topologia</translation>
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
        <translation>Por quais ruas e caminhos as pessoas podem caminhar, pedalar ou dirigir para chegar ao cuidado? A partir de um extrato do OpenStreetMap (.osm ou .osm.pbf, lido do arquivo: nada é baixado), esta ferramenta constrói uma rede viária para um modo de deslocamento, pronta para ser a rede viária de todos os algoritmos do CareMap que medem deslocamentos pelas ruas.

Como ler os resultados (linhas na zona UTM local, em metros):
- highway (a classe do OpenStreetMap), name, osm_id;
- speed_kmh: a velocidade da linha para o modo (5,04 km/h em todas as linhas a pé);
- oneway: 1 = só no sentido da linha, -1 = só contra ele, 0 = nos dois sentidos (sempre 0 a pé: as pessoas caminham nos dois sentidos de uma rua de mão única);
- component: a parte conexa à qual a linha pertence, 0 = a maior; length_m: o seu comprimento.
Nos diálogos de acessibilidade, escolha esta camada como rede viária, speed_kmh como o seu campo de velocidade e oneway como o seu campo de mão única.

Exemplo: a pé, o centro de Helsinque dá 2.280 vias utilizáveis de 3.818 (trilhos de trem e de bonde, vias privadas e canteiros de obras deixados de fora), divididas em 4.268 linhas, 90,3 km em 47 partes conexas; a maior parte contém 98,5% do comprimento.

Ressalvas: as vias só se ligam nos nós do OpenStreetMap que compartilham, então uma ponte nunca se liga à rua abaixo dela, e um cruzamento mal mapeado deixa uma pequena parte separada (confira as partes conexas no log: um equipamento em uma parte pequena só alcança essa parte). Recorte com uma margem em torno da área de estudo, senão os equipamentos logo fora dela ficam inalcançáveis. Quais vias cada modo pode usar, as suas velocidades e as regras de mão única estão listadas em docs/methods.md; classes de highway desconhecidas são deixadas de fora e contadas no log.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="69"/>
        <source>OpenStreetMap extract file (.osm or .osm.pbf) covering the study area and a margin around it. Typical: a city extract from Geofabrik or BBBike, or one cut with osmium.</source>
        <translation>Arquivo de extrato do OpenStreetMap (.osm ou .osm.pbf) que cobre a área de estudo e uma margem ao redor dela. Típico: um extrato da cidade do Geofabrik ou BBBike, ou um recortado com o osmium.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="70"/>
        <source>Who travels: walk, bike or car. It decides which ways are usable, their default speeds and whether one-way streets apply. Typical: walk for childcare and elder day care.</source>
        <translation>Quem se desloca: walk, bike ou car. Define quais vias são utilizáveis, suas velocidades padrão e se as regras de mão única se aplicam. Típico: walk para creches e centros-dia para pessoas idosas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="71"/>
        <source>Optional speeds in km/h per highway class that replace the defaults of the travel mode, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or &apos;primary:40,residential:25&apos; for a congested town by car.</source>
        <translation>Velocidades opcionais em km/h por classe de via (highway) que substituem os padrões do modo de deslocamento, como itens classe:velocidade separados por vírgulas; isso não torna uma classe utilizável. Típico: vazio, ou &apos;primary:40,residential:25&apos; para uma cidade congestionada, de carro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="72"/>
        <source>Optional extent: the network is clipped to it. Typical: the study area plus a margin of one catchment threshold, so facilities just outside stay reachable.</source>
        <translation>Extensão opcional: a rede é recortada por ela. Típico: a área de estudo mais uma margem de um limiar da área de influência, para que os equipamentos logo do lado de fora continuem alcançáveis.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="73"/>
        <source>The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; choose it as the road network, with speed_kmh as its speed field and oneway as its one-way field.</source>
        <translation>As linhas da rede com highway, speed_kmh, oneway, component e length_m, divididas nos nós compartilhados; escolha-a como rede viária, com speed_kmh como o seu campo de velocidade e oneway como o seu campo de mão única.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="74"/>
        <source>Number of connected parts of the network (1 = every street reaches every other).</source>
        <translation>Número de partes conexas da rede (1 = cada rua alcança todas as outras).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="75"/>
        <source>Share (0 to 1) of the network length in its largest connected part; None when the network is empty.</source>
        <translation>Proporção (0 a 1) do comprimento da rede na sua maior parte conexa; None quando a rede está vazia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="80"/>
        <location filename="../processing/algorithms/osmsupply.py" line="95"/>
        <source>OpenStreetMap extract</source>
        <translation>Extrato do OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="81"/>
        <location filename="../processing/algorithms/report.py" line="132"/>
        <source>Travel mode</source>
        <translation>Modo de deslocamento</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="82"/>
        <source>Clip to this extent</source>
        <translation>Recortar por esta extensão</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="84"/>
        <source>Speed per highway class, km/h (e.g. &apos;primary:40,residential:25&apos;; empty = defaults)</source>
        <translation>Velocidade por classe de via (highway), km/h (p. ex. &apos;primary:40,residential:25&apos;; vazio = padrões)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="87"/>
        <source>Street network</source>
        <translation>Rede viária</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="88"/>
        <source>Connected components</source>
        <translation>Componentes conexos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="89"/>
        <source>Share of length in the largest component</source>
        <translation>Proporção do comprimento no maior componente</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="96"/>
        <source>{0} could not be opened as an OpenStreetMap file by GDAL&apos;s OSM driver: choose an .osm or .osm.pbf extract.</source>
        <translation>O driver OSM do GDAL não conseguiu abrir {0} como arquivo do OpenStreetMap: escolha um extrato .osm ou .osm.pbf.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="133"/>
        <location filename="../processing/algorithms/osmsupply.py" line="107"/>
        <source>OpenStreetMap file {0} was not found.</source>
        <translation>O arquivo do OpenStreetMap {0} não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="140"/>
        <source>Speed per highway class: {0}. Write it as &apos;primary:40,residential:25&apos;.</source>
        <translation>Velocidade por classe de via: {0}. Escreva-a como &apos;primary:40,residential:25&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="152"/>
        <source>{0} has no lines (ways) {1}: choose an extract that covers the study area.</source>
        <translation>{0} não tem linhas (ways) {1}: escolha um extrato que cubra a área de estudo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="153"/>
        <location filename="../processing/algorithms/osmnetwork.py" line="171"/>
        <source>in the chosen extent</source>
        <translation>na extensão escolhida</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="165"/>
        <source>OpenStreetMap file {0}: {1}</source>
        <translation>Arquivo do OpenStreetMap {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="170"/>
        <source>{0} has no way usable for {1} {2}: choose another extract or mode.</source>
        <translation>{0} não tem nenhuma via utilizável para {1} {2}: escolha outro extrato ou outro modo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="181"/>
        <source>Network for {0}: {1} lines ({2:,.1f} km)</source>
        <translation>Rede para {0}: {1} linhas ({2:.1f} km)</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="183"/>
        <source>in %n connected component(s); the largest holds {0:.1%} of the length.</source>
        <translation>
            <numerusform>em %n componente conexo; o maior contém {0:.1%} do comprimento.</numerusform>
            <numerusform>em %n componentes conexos; o maior contém {0:.1%} do comprimento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="186"/>
        <source>Points that snap onto a small component reach only what that component reaches; the field component tells them apart (0 = the largest).</source>
        <translation>Os pontos que se ligam a um componente pequeno só alcançam o que esse componente alcança; o campo component os distingue (0 = o maior).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="210"/>
        <source>{0} of {1} ways are usable for {2}.</source>
        <translation>{0} de {1} vias são utilizáveis para {2}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmnetwork.py" line="213"/>
        <source>Ways of highway classes no mode uses were left out: {0}.</source>
        <translation>As vias de classes de highway que nenhum modo usa foram deixadas de fora: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="216"/>
        <source>%n way(s) left out by their access tags (no, private...).</source>
        <translation>
            <numerusform>%n via deixada de fora pelas suas tags de acesso (no, private...).</numerusform>
            <numerusform>%n vias deixadas de fora pelas suas tags de acesso (no, private...).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="218"/>
        <source>%n way(s) of classes this mode may use only when a tag allows it (e.g. footways for bikes) left out.</source>
        <translation>
            <numerusform>%n via de classes que este modo só pode usar quando uma tag o permite (p. ex. caminhos de pedestres para bicicletas) deixada de fora.</numerusform>
            <numerusform>%n vias de classes que este modo só pode usar quando uma tag o permite (p. ex. caminhos de pedestres para bicicletas) deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="220"/>
        <source>%n way(s) tagged motorroad=yes left out (closed to walking and cycling).</source>
        <translation>
            <numerusform>%n via com a tag motorroad=yes deixada de fora (fechada a pedestres e ciclistas).</numerusform>
            <numerusform>%n vias com a tag motorroad=yes deixadas de fora (fechadas a pedestres e ciclistas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="222"/>
        <source>%n way(s) that are also railway tracks left out.</source>
        <translation>
            <numerusform>%n via que também é trilho de trem deixada de fora.</numerusform>
            <numerusform>%n vias que também são trilhos de trem deixadas de fora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmnetwork.py" line="223"/>
        <source>%n way(s) with oneway=reversible/alternating left out (no fixed direction).</source>
        <translation>
            <numerusform>%n via com oneway=reversible/alternating deixada de fora (sem sentido fixo).</numerusform>
            <numerusform>%n vias com oneway=reversible/alternating deixadas de fora (sem sentido fixo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="40"/>
        <source>Tag table {0} lacks the column(s) {1}.</source>
        <translation>
            <numerusform>Falta à tabela de tags {0} a coluna {1}.</numerusform>
            <numerusform>Faltam à tabela de tags {0} as colunas {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="44"/>
        <source>Cannot read tag table {0}: {1}</source>
        <translation>Não é possível ler a tabela de tags {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="47"/>
        <source>Tag table {0} has no &apos;service&apos; row.</source>
        <translation>A tabela de tags {0} não tem nenhuma linha &apos;service&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="61"/>
        <source>Care supply from OpenStreetMap</source>
        <translation>Oferta de cuidado a partir do OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="63"/>
        <source>care,supply,openstreetmap,osm,kindergarten,childcare,nursing home,social facility</source>
        <translation>cuidado,oferta,openstreetmap,osm,creche,educação infantil,instituição de longa permanência,equipamento social</translation>
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
        <translation>Quais lugares de cuidado o OpenStreetMap conhece na minha área? Esta ferramenta lê um extrato do OpenStreetMap (.osm ou .osm.pbf, do arquivo: nada é baixado) e mantém os equipamentos de cuidado (jardins de infância, creches, instituições de longa permanência, centros-dia, equipamentos sociais...) como pontos no esquema do inventário da oferta de cuidado, para serem unidos ao seu cadastro ali.

Como ler os resultados (pontos, longitude/latitude):
- name, service_type (p. ex. kindergarten, nursing_home), target_group (children, older, disability, all) e sphere (public, private, community...) a partir das tags;
- capacity (a tag capacity; geralmente vazia), fee (0 quando fee=no), source = osm;
- osm_id, osm_type, matched_tag (a tag que o tornou um lugar de cuidado), operator, opening_hours, para conferir.

Exemplo: o centro de Helsinque dá 5 lugares: um serviço de creche (Hoivanet Kids Park), três centros comunitários para todas as idades e um equipamento social. Nenhum jardim de infância está mapeado ali: o OpenStreetMap é uma fonte a completar, não um inventário.

Ressalvas: só se encontra o que os mapeadores marcaram com tags, e as capacidades raramente têm tag, então informe uma capacidade padrão no inventário ou, melhor, os números do operador. Áreas (edifícios, terrenos) são tomadas em um ponto na sua superfície. Quais tags significam qual serviço é definido por uma tabela de tags (um CSV; a incluída é data/osm_care_tags.csv): a primeira linha que corresponde vence, então copie-a e coloque as suas tags locais primeiro. Detalhes em docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="86"/>
        <source>OpenStreetMap extract file (.osm or .osm.pbf) covering the study area. Typical: a city extract from Geofabrik or BBBike.</source>
        <translation>Arquivo de extrato do OpenStreetMap (.osm ou .osm.pbf) que cobre a área de estudo. Típico: um extrato da cidade do Geofabrik ou BBBike.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="87"/>
        <source>Optional CSV tag table mapping OpenStreetMap tags to service_type, target_group and sphere (columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere; the first matching &apos;service&apos; row wins); empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging.</source>
        <translation>Tabela de tags CSV opcional que mapeia tags do OpenStreetMap para service_type, target_group e sphere (colunas kind, key, value, condition_key, condition_value, service_type, target_group, sphere; a primeira linha &apos;service&apos; que corresponde vence); vazio = a data/osm_care_tags.csv incluída. Típico: vazio, ou uma cópia ampliada para as tags locais.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="88"/>
        <source>Optional extent: only facilities inside it are kept. Typical: the extent of the study area.</source>
        <translation>Extensão opcional: só são mantidos os serviços dentro dela. Típico: a extensão da área de estudo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="89"/>
        <source>Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for the care supply inventory.</source>
        <translation>Pontos de equipamentos de cuidado em WGS84 com name, service_type, target_group, sphere, capacity, fee e source, prontos para o inventário da oferta de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="90"/>
        <source>Number of care facilities written (OpenStreetMap objects matching a row of the tag table).</source>
        <translation>Número de equipamentos de cuidado gravados (objetos do OpenStreetMap que correspondem a uma linha da tabela de tags).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="96"/>
        <source>Only within this extent</source>
        <translation>Apenas dentro desta extensão</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="98"/>
        <source>Tag table (CSV; empty = the bundled one)</source>
        <translation>Tabela de tags (CSV; vazio = a incluída)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="101"/>
        <source>Care facilities from OpenStreetMap</source>
        <translation>Equipamentos de cuidado do OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="102"/>
        <source>Facilities found</source>
        <translation>Equipamentos encontrados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="124"/>
        <source>{0} could not be opened as an OpenStreetMap file by GDAL&apos;s OSM driver.</source>
        <translation>O driver OSM do GDAL não conseguiu abrir {0} como arquivo do OpenStreetMap.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="177"/>
        <source>%n OpenStreetMap feature(s) read</source>
        <translation>
            <numerusform>%n feição do OpenStreetMap lida</numerusform>
            <numerusform>%n feições do OpenStreetMap lidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/osmsupply.py" line="177"/>
        <source>%n care facilit(y/ies) mapped.</source>
        <translation>
            <numerusform>%n equipamento de cuidado mapeado.</numerusform>
            <numerusform>%n equipamentos de cuidado mapeados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/osmsupply.py" line="179"/>
        <source>No feature of {0} matched the tag table.</source>
        <translation>Nenhuma feição de {0} correspondeu à tabela de tags.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="58"/>
        <source>Pre-flight check for a workshop</source>
        <translation>Verificação prévia para uma oficina</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="60"/>
        <source>preflight,check,workshop,install,offline,version,scipy,demo data</source>
        <translation>verificação prévia,verificação,oficina,instalação,offline,versão,scipy,dados de demonstração</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="62"/>
        <source>Is this computer ready for the workshop? Run it once on every laptop before the participants arrive: it checks that QGIS is recent enough for the plugin, that SciPy can be imported, which CareMap version is installed, that the demo city&apos;s files are there and can be read, that the map styles are there, and that a tiny accessibility run gives the right answer.

How to read the results: the log and the report list every check with OK or PROBLEM; each PROBLEM says what to do. &apos;Checks failed&apos; is 0 when the laptop is ready.

Example: on a laptop with QGIS 3.40 and the plugin installed from the zip, all six checks say OK and the report ends with &apos;Ready for the workshop&apos;. If the plugin was copied without its data folder, the demo data check says PROBLEM and asks to reinstall the plugin from the zip.

Caveats: the check needs no internet and changes nothing; it does not test printing or the PDF report.</source>
        <translation>Este computador está pronto para a oficina? Execute-a uma vez em cada notebook antes de os participantes chegarem: ela verifica se o QGIS é recente o bastante para o plugin, se o SciPy pode ser importado, qual versão do CareMap está instalada, se os arquivos da cidade de demonstração estão lá e podem ser lidos, se os estilos de mapa estão lá, e se uma pequena execução de acessibilidade dá a resposta certa.

Como ler os resultados: o log e o relatório listam cada verificação como Correto ou PROBLEMA; cada PROBLEMA diz o que fazer. &apos;Verificações com falha&apos; é 0 quando o notebook está pronto.

Exemplo: em um notebook com o QGIS 3.40 e o plugin instalado a partir do zip, as seis verificações dizem Correto e o relatório termina com &apos;Pronto para a oficina&apos;. Se o plugin foi copiado sem a sua pasta de dados, a verificação dos dados de demonstração diz PROBLEMA e pede para reinstalar o plugin a partir do zip.

Ressalvas: a verificação não precisa de internet e não altera nada; ela não testa a impressão nem o relatório PDF.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="78"/>
        <source>The pre-flight report: an HTML page (or plain text for a .txt file) with one line per check, OK or what to do. Typical: a temporary file.</source>
        <translation>O relatório da verificação prévia: uma página HTML (ou texto simples para um arquivo .txt) com uma linha por verificação, Correto ou o que fazer. Típico: um arquivo temporário.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="79"/>
        <source>Number of checks that failed; 0 when the computer is ready for the workshop.</source>
        <translation>Número de verificações que falharam; 0 quando o computador está pronto para a oficina.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="80"/>
        <source>1 when every check passed, else 0.</source>
        <translation>1 quando todas as verificações passaram, senão 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="85"/>
        <source>Pre-flight report</source>
        <translation>Relatório da verificação prévia</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="85"/>
        <source>HTML files (*.html);;Text files (*.txt)</source>
        <translation>Arquivos HTML (*.html);;Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="86"/>
        <source>Checks failed</source>
        <translation>Verificações com falha</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="87"/>
        <source>Ready for the workshop</source>
        <translation>Pronto para a oficina</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="94"/>
        <source>QGIS {0} (the plugin needs {1} or later)</source>
        <translation>QGIS {0} (o plugin requer {1} ou posterior)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="98"/>
        <source>Install QGIS {0} or later (the long-term release from qgis.org), then install the plugin again from the zip.</source>
        <translation>Instale o QGIS {0} ou posterior (a versão de suporte estendido do qgis.org) e depois instale o plugin de novo a partir do zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="106"/>
        <source>SciPy cannot be imported ({0})</source>
        <translation>O SciPy não pode ser importado ({0})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="107"/>
        <source>Install SciPy for the Python of QGIS: on Windows, run the OSGeo4W setup and tick python3-scipy; on Linux, install the package python3-scipy; on macOS, the official QGIS installer already has it.</source>
        <translation>Instale o SciPy para o Python do QGIS: no Windows, execute o instalador do OSGeo4W e marque python3-scipy; no Linux, instale o pacote python3-scipy; no macOS, o instalador oficial do QGIS já o inclui.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="110"/>
        <source>SciPy {0} (needs {1} or later)</source>
        <translation>SciPy {0} (requer {1} ou posterior)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="113"/>
        <source>Update SciPy for the Python of QGIS to {0} or later.</source>
        <translation>Atualize o SciPy do Python do QGIS para {0} ou posterior.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="119"/>
        <source>metadata.txt of the plugin cannot be read ({0})</source>
        <translation>O metadata.txt do plugin não pode ser lido ({0})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="120"/>
        <source>Install the plugin again from the zip (Plugins &gt; Manage and Install Plugins &gt; Install from ZIP).</source>
        <translation>Instale o plugin de novo a partir do zip (Complementos &gt; Gerenciar e Instalar Complementos &gt; Instalar a partir do ZIP).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="121"/>
        <source>CareMap {0} in {1}</source>
        <translation>CareMap {0} em {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="145"/>
        <source>Demo data in {0}: {1}</source>
        <translation>Dados de demonstração em {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="146"/>
        <source>Demo data in {0}: missing or unreadable: {1}</source>
        <translation>Dados de demonstração em {0}: ausentes ou ilegíveis: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="147"/>
        <source>Install the plugin again from the zip (it carries data/demo), or copy the folder data/demo from the workshop USB stick into the plugin folder.</source>
        <translation>Instale o plugin de novo a partir do zip (ele traz data/demo), ou copie a pasta data/demo do pendrive da oficina para a pasta do plugin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="156"/>
        <source>{0} style files in {1}</source>
        <translation>{0} arquivos de estilo em {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="157"/>
        <source>Style files missing: {0}</source>
        <translation>Arquivos de estilo ausentes: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="158"/>
        <source>Results would open unstyled. Install the plugin again from the zip.</source>
        <translation>Os resultados abririam sem estilo. Instale o plugin de novo a partir do zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="200"/>
        <source>The tiny accessibility run failed: {0}</source>
        <translation>A pequena execução de acessibilidade falhou: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="201"/>
        <source>Check SciPy (above), then install the plugin again from the zip; if it still fails, send this report to the workshop&apos;s trainer.</source>
        <translation>Verifique o SciPy (acima) e depois instale o plugin de novo a partir do zip; se ainda falhar, envie este relatório à pessoa formadora da oficina.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="204"/>
        <source>Tiny accessibility run: access {0:g} and {1:g} places per person, {2:.1%} covered (expected 0.2 and 0, 66.7%)</source>
        <translation>Pequena execução de acessibilidade: acesso {0:g} e {1:g} vagas por pessoa, {2:.1%} coberto (esperado 0.2 e 0, 66.7%)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="207"/>
        <source>The plugin computes a wrong answer on this computer: install it again from the zip and send this report to the workshop&apos;s trainer.</source>
        <translation>O plugin calcula uma resposta errada neste computador: instale-o de novo a partir do zip e envie este relatório à pessoa formadora da oficina.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="212"/>
        <source>QGIS version</source>
        <translation>Versão do QGIS</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="213"/>
        <source>SciPy</source>
        <translation>SciPy (biblioteca)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="214"/>
        <source>CareMap plugin</source>
        <translation>Plugin CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="215"/>
        <source>Demo data</source>
        <translation>Dados de demonstração</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="216"/>
        <source>Map styles</source>
        <translation>Estilos de mapa</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="217"/>
        <source>Tiny accessibility run</source>
        <translation>Pequena execução de acessibilidade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="225"/>
        <source>Install the plugin again from the zip.</source>
        <translation>Instale o plugin de novo a partir do zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="228"/>
        <source>OK: {0}: {1}</source>
        <translation>Correto: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="230"/>
        <source>PROBLEM: {0}: {1}. What to do: {2}</source>
        <translation>PROBLEMA: {0}: {1}. O que fazer: {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="233"/>
        <source>Ready for the workshop.</source>
        <translation>Pronto para a oficina.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/preflight.py" line="234"/>
        <source>Not ready: %n check(s) failed.</source>
        <translation>
            <numerusform>Não está pronto: %n verificação falhou.</numerusform>
            <numerusform>Não está pronto: %n verificações falharam.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="243"/>
        <source>CareMap pre-flight check</source>
        <translation>Verificação prévia do CareMap</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="249"/>
        <source>What to do: {0}</source>
        <translation>O que fazer: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="256"/>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/preflight.py" line="264"/>
        <source>Check</source>
        <translation>Verificação</translation>
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
        <translation>O que fazer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="28"/>
        <location filename="../processing/algorithms/priorityindex.py" line="96"/>
        <location filename="../processing/report_layout.py" line="431"/>
        <location filename="../processing/report_text.py" line="248"/>
        <source>Care priority index</source>
        <translation>Índice de prioridade de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="30"/>
        <source>priority,composite index,ranking,quintile,vulnerability</source>
        <translation>prioridade,índice composto,classificação,quintil,vulnerabilidade</translation>
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
        <translation>Quais unidades devem vir primeiro? O índice de prioridade de cuidado combina vários indicadores de necessidade (demanda não atendida, baixo acesso, pobreza, domicílios chefiados por mulheres...) em uma pontuação por unidade, ordena as unidades e mostra quanto cada indicador acrescenta a cada pontuação.

Como ler os resultados:
- Índice de prioridade de cuidado (uma linha por unidade, com os seus próprios campos): priority = a pontuação, de 0 a 1 com a normalização min-max ou por posto (maior = mais prioridade); priority_rank = 1 para a maior prioridade (empates compartilham uma posição); priority_quintile = 5 para os 20% de unidades com a maior prioridade, até 1 para os 20% mais baixos; contrib_ seguido do nome do campo = o que esse indicador acrescenta à pontuação (peso x valor normalizado), de modo que uma pontuação pode ser explicada indicador por indicador.
- Com a sensibilidade aos pesos: rank_best e rank_worst (a melhor e a pior posição quando cada peso, um de cada vez, é 20% menor ou 20% maior), rank_move (o quanto a posição mais se move) e top_always (1 = no quintil superior em todas essas ponderações: uma prioridade que nenhuma mudança razoável dos pesos remove).

Pesos: escreva-os ligados aos nomes dos campos, p. ex. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (cada indicador marcado uma vez; eles são reescalonados para somar 1). Vazio = pesos iguais. Uma simples lista de números (&apos;2,1,1,1&apos;) ainda é aceita, pareada com os indicadores na ordem em que estão listados (no diálogo: a ordem dos campos na camada, não a ordem em que foram marcados), e o log mostra o peso que cada indicador recebeu.

Exemplo: na cidade de demonstração do tutorial, demanda não atendida (peso 2), acesso (menor = mais prioridade), pobreza e domicílios chefiados por mulheres (peso 1 cada), normalizados por posto: 598 quadras estão no quintil superior, 38% delas em El Porvenir, seguido de Las Américas; só 8% delas são desertos de cuidado. À mão: três quadras com demanda não atendida 10, 50, 30 e acesso 0,2, 0,1, 0,5, pesos &apos;unmet:2, access:1&apos;, min-max: prioridade 0,25, 1,00 e 0,33, posições 3, 1 e 2.

A predefinição de Bogotá toma os critérios que o Sistema Distrital de Cuidado de Bogotá usou para localizar as suas quadras do cuidado: demanda de cuidado (share_under5: proporção de crianças menores de 5 anos; share_80plus: proporção de pessoas de 80 anos ou mais; dependency_ratio), pessoas cuidadoras (share_women_unpaid: proporção de mulheres de 15 anos ou mais que só fazem trabalho doméstico não remunerado; fhh_share: proporção de domicílios (monoparentais) chefiados por uma mulher) e pobreza (poverty), cada um com peso 1, a menos que se informem pesos; a camada precisa de campos com esses nomes.

Ressalvas: os pesos são uma escolha, não um fato: diga quem os escolheu. Um indicador com o mesmo valor em todo lugar não acrescenta nada (com aviso); valores NULL nos indicadores são um erro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="66"/>
        <source>Layer of units with the indicator fields. Typical: the Care deserts layer, or the units output of Care map in one run.</source>
        <translation>Camada de unidades com os campos de indicadores. Típico: a camada de Desertos de cuidado, ou a saída de unidades do Mapa do cuidado em uma única execução.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="67"/>
        <source>Ready-made indicators: none = the indicator fields ticked below; Bogota care blocks = the criteria of Bogota&apos;s District Care System (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, read from fields with those names; the ticked fields are then not used). Typical: none.</source>
        <translation>Indicadores prontos: nenhuma = os campos de indicadores marcados abaixo; quadras do cuidado de Bogotá = os critérios do Sistema Distrital de Cuidado de Bogotá (share_under5, share_80plus, dependency_ratio, share_women_unpaid, fhh_share, poverty, lidos de campos com esses nomes; os campos marcados então não são usados). Típico: nenhuma.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="68"/>
        <source>Numeric indicator fields to combine (no NULL values). Typical: unmet, access, care_intensity and a poverty rate.</source>
        <translation>Campos indicadores numéricos a combinar (sem valores NULL). Típico: unmet, access, care_intensity e uma taxa de pobreza.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="69"/>
        <source>Indicators, among the ticked indicator fields, where a lower value means more need, so they are reversed. Typical: access.</source>
        <translation>Indicadores, entre os campos de indicadores marcados, em que um valor menor significa mais necessidade, e que por isso são invertidos. Típico: access.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="70"/>
        <source>How each indicator is put on a common scale: min-max (0 to 1), rank (0 to 1, ties share the average rank) or z-score. Typical: min-max, or rank when an indicator has extreme values.</source>
        <translation>Como cada indicador é posto em uma escala comum: min-max (0 a 1), posto (0 a 1, empates compartilham o posto médio) ou escore z. Típico: min-max, ou posto quando um indicador tem valores extremos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="71"/>
        <source>Weight of each indicator as field:weight items separated by commas, one for each ticked indicator, rescaled to sum 1; empty = equal weights. A plain list of numbers is paired with the indicators in the order they are listed (the layer&apos;s field order in the dialog). Typical: &apos;unmet:2, access:1, poverty:1&apos;.</source>
        <translation>Peso de cada indicador como itens campo:peso separados por vírgulas, um para cada indicador marcado, reescalonados para somar 1; vazio = pesos iguais. Uma simples lista de números é pareada com os indicadores na ordem em que estão listados (a ordem dos campos da camada no diálogo). Típico: &apos;unmet:2, access:1, poverty:1&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="72"/>
        <source>The units with priority, priority_rank, priority_quintile and one contribution field (contrib_ and the field name) per indicator.</source>
        <translation>As unidades com priority, priority_rank, priority_quintile e um campo de contribuição (contrib_ e o nome do campo) por indicador.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="73"/>
        <source>Number of units with a priority index (a unit with NULL in an indicator gets none).</source>
        <translation>Número de unidades com índice de prioridade (uma unidade com NULL em um indicador não recebe nenhum).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="74"/>
        <source>Also rank the units with each weight in turn 20% lower and 20% higher, and flag the units in the top quintile under every one of those weightings. Typical: on, before a ranking decides where money goes.</source>
        <translation>Ordenar também as unidades com cada peso, um de cada vez, 20% menor e 20% maior, e marcar as unidades que ficam no quintil superior em todas essas ponderações. Típico: ativado, antes que uma ordenação decida para onde vai o dinheiro.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="75"/>
        <source>Number of units in the top quintile under every weighting of the sensitivity report; None when the report was not asked for.</source>
        <translation>Número de unidades no quintil superior em todas as ponderações do relatório de sensibilidade; None quando o relatório não foi pedido.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="80"/>
        <source>Preset of indicators</source>
        <translation>Predefinição de indicadores</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="83"/>
        <source>Indicator fields</source>
        <translation>Campos de indicadores</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="85"/>
        <source>Indicators where lower = more priority</source>
        <translation>Indicadores em que menor = mais prioridade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="88"/>
        <source>Weights (field:weight, separated by commas; empty = equal)</source>
        <translation>Pesos (campo:peso, separados por vírgulas; vazio = iguais)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="90"/>
        <source>Normalisation</source>
        <translation>Normalização</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="93"/>
        <source>Sensitivity to the weights (each weight {0:.0%} lower and higher)</source>
        <translation>Sensibilidade aos pesos (cada peso {0:.0%} menor e maior)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="97"/>
        <source>Units with a priority index</source>
        <translation>Unidades com índice de prioridade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="98"/>
        <source>Units in the top quintile under every weighting</source>
        <translation>Unidades no quintil superior em todas as ponderações</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="111"/>
        <source>{0} holds &apos;{1}&apos;: give every weight with its field name (e.g. {2}), or only numbers.</source>
        <translation>{0} contém &apos;{1}&apos;: informe cada peso com o nome do seu campo (p. ex. {2}), ou só números.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="117"/>
        <source>{0} holds &apos;{1}&apos;: write field:weight items separated by commas (e.g. {2}), or leave it empty for equal weights.</source>
        <translation>{0} contém &apos;{1}&apos;: escreva itens campo:peso separados por vírgulas (p. ex. {2}), ou deixe vazio para pesos iguais.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="120"/>
        <source>{0}: %n indicator field(s) chosen in {1} ({2}), but the number of weights given is {3}. Write field:weight items (e.g. {4}), or leave it empty for equal weights.</source>
        <translation>
            <numerusform>{0}: %n campo de indicador escolhido em {1} ({2}), mas o número de pesos informados é {3}. Escreva itens campo:peso (p. ex. {4}), ou deixe vazio para pesos iguais.</numerusform>
            <numerusform>{0}: %n campos de indicadores escolhidos em {1} ({2}), mas o número de pesos informados é {3}. Escreva itens campo:peso (p. ex. {4}), ou deixe vazio para pesos iguais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="130"/>
        <source>{0}: &apos;{1}&apos; is not one of the indicator fields chosen in {2} ({3}). Tick it there, or correct the name.</source>
        <translation>{0}: &apos;{1}&apos; não é um dos campos de indicadores escolhidos em {2} ({3}). Marque-o ali, ou corrija o nome.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="134"/>
        <source>{0}: field &apos;{1}&apos; is given twice; give each indicator one weight.</source>
        <translation>{0}: o campo &apos;{1}&apos; foi informado duas vezes; dê a cada indicador um só peso.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="139"/>
        <source>{0}: the weight of &apos;{1}&apos; is &apos;{2}&apos;, not a number (e.g. {1}:2).</source>
        <translation>{0}: o peso de &apos;{1}&apos; é &apos;{2}&apos;, que não é um número (p. ex. {1}:2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="143"/>
        <source>{0}: no weight for %n ticked indicator(s): {1}. Give each a weight (e.g. {2}), or untick it in {3}.</source>
        <translation>
            <numerusform>{0}: nenhum peso para %n indicador marcado: {1}. Dê um peso a cada um (p. ex. {2}), ou desmarque-o em {3}.</numerusform>
            <numerusform>{0}: nenhum peso para %n indicadores marcados: {1}. Dê um peso a cada um (p. ex. {2}), ou desmarque-os em {3}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="161"/>
        <source>The preset {0} needs %n field(s) that layer {1} does not have: {2}. Add them (e.g. with the field calculator), or choose no preset and tick your own fields.</source>
        <translation>
            <numerusform>A predefinição {0} precisa de %n campo que a camada {1} não tem: {2}. Acrescente-o (p. ex. com a calculadora de campos), ou não escolha nenhuma predefinição e marque os seus próprios campos.</numerusform>
            <numerusform>A predefinição {0} precisa de %n campos que a camada {1} não tem: {2}. Acrescente-os (p. ex. com a calculadora de campos), ou não escolha nenhuma predefinição e marque os seus próprios campos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="168"/>
        <source>Preset: indicators {0}; the ticked indicator fields are not used.</source>
        <translation>Predefinição: indicadores {0}; os campos de indicadores marcados não são usados.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="171"/>
        <source>Choose at least one field in {0}.</source>
        <translation>Escolha pelo menos um campo em {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="174"/>
        <source>%n field(s) chosen in {1} but not in {2}: {0}. Add them to {2}, or untick them in {1}.</source>
        <translation>
            <numerusform>%n campo escolhido em {1}, mas não em {2}: {0}. Adicione-o a {2}, ou desmarque-o em {1}.</numerusform>
            <numerusform>%n campos escolhidos em {1}, mas não em {2}: {0}. Adicione-os a {2}, ou desmarque-os em {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/priorityindex.py" line="179"/>
        <source>{0} are plain numbers, paired with the indicators in the order they are listed: {1}. To tie each weight to its field whatever the order, write {2}.</source>
        <translation>{0} são simples números, pareados com os indicadores na ordem em que estão listados: {1}. Para ligar cada peso ao seu campo qualquer que seja a ordem, escreva {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="190"/>
        <source>No variation: %n indicator(s) of layer {1} with the same value in every unit ({0}), normalised to 0: they do not change the ranking.</source>
        <translation>
            <numerusform>Sem variação: %n indicador da camada {1} com o mesmo valor em todas as unidades ({0}), normalizado para 0: não altera a classificação.</numerusform>
            <numerusform>Sem variação: %n indicadores da camada {1} com o mesmo valor em todas as unidades ({0}), normalizados para 0: não alteram a classificação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="202"/>
        <source>Sensitivity: %n unit(s) stay in the top quintile under every weighting</source>
        <translation>
            <numerusform>Sensibilidade: %n unidade continua no quintil superior em todas as ponderações</numerusform>
            <numerusform>Sensibilidade: %n unidades continuam no quintil superior em todas as ponderações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/priorityindex.py" line="203"/>
        <source>(each of the %n weight(s) in turn {0:.0%} lower and higher); the largest move of a rank is {1}.</source>
        <translation>
            <numerusform>(%n peso, {0:.0%} menor e maior); o maior deslocamento de uma posição é {1}.</numerusform>
            <numerusform>(cada um dos %n pesos, um de cada vez, {0:.0%} menor e maior); o maior deslocamento de uma posição é {1}.</numerusform>
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
        <translation>Participação no índice total por indicador: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="46"/>
        <source>Care demand from population rasters</source>
        <translation>Demanda de cuidado a partir de rasters de população</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="48"/>
        <source>care,demand,population,raster,zonal statistics,hexagon,grid,worldpop</source>
        <translation>cuidado,demanda,população,raster,estatísticas zonais,hexágono,grade,worldpop</translation>
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
        <translation>Quantas pessoas, e de quais idades, vivem em cada zona quando o censo só fornece grades de população (rasters como as grades por idade e sexo do WorldPop)? Esta ferramenta soma os rasters nos seus polígonos (distritos, setores) ou, sem polígonos, em uma grade de hexágonos que ela desenha sobre os rasters, prontos como unidades de demanda para a demanda de cuidado e a acessibilidade.

Como ler os resultados (as zonas ou hexágonos):
- um campo por banda de raster, com o nome do raster: as pessoas que ele coloca na zona;
- raster_total: a soma desses campos (pessoas); n_pixels: os pixels contados (primeiro raster);
- só hexágonos: hex_id e pop_density (pessoas por km2).

Exemplo: um hexágono de 500 m de lado cobre 0,65 km2 (2,6 x 0,5 km x 0,5 km); se os centros de pixel dentro dele somam 2.600 pessoas, raster_total = 2.600 e pop_density é de cerca de 4.000 por km2.

Ressalvas: um pixel conta inteiro para a zona que contém o seu centro, nunca dividido, então zonas menores que um pixel podem não receber nada (NULL) e zonas estreitas são aproximadas; zonas sobrepostas contam cada uma os pixels que contêm. Pixels nodata são ignorados, assim como os NaN ou infinitos (contados em um aviso); valores negativos são um erro. As zonas são reprojetadas para os rasters, nunca os rasters. Detalhes em docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="69"/>
        <source>One or more population rasters (people per pixel), one output field each. Typical: WorldPop age-sex grids such as f_0 and m_0.</source>
        <translation>Um ou mais rasters de população (pessoas por pixel), um campo de saída para cada um. Típico: grades de idade e sexo do WorldPop como f_0 e m_0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="70"/>
        <source>Optional polygons to sum the rasters into; empty = a hexagon grid generated over the rasters. Typical: census tracts, or empty.</source>
        <translation>Polígonos opcionais nos quais somar os rasters; vazio = uma grade hexagonal gerada sobre os rasters. Típico: setores censitários, ou vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="71"/>
        <source>Side of a generated hexagon in metres, used when no zones are given. Typical: 500 m in a city.</source>
        <translation>Lado de um hexágono gerado em metros, usado quando nenhuma zona é informada. Típico: 500 m em uma cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="72"/>
        <source>Orientation of the generated hexagons: pointy (vertex up) or flat (side up). Typical: pointy.</source>
        <translation>Orientação dos hexágonos gerados: pointy (vértice para cima) ou flat (lado para cima). Típico: pointy.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="73"/>
        <source>If checked, generated hexagons without any valid pixel are kept (with NULL values). Typical: unchecked.</source>
        <translation>Se marcado, os hexágonos gerados sem nenhum pixel válido são mantidos (com valores NULL). Típico: desmarcado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="74"/>
        <source>The zones or hexagons with one field per raster, raster_total, n_pixels and, for hexagons, pop_density.</source>
        <translation>As zonas ou hexágonos com um campo por raster, raster_total, n_pixels e, para hexágonos, pop_density.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="75"/>
        <source>Sum of raster_total over all zones: the people the rasters put in the zones or hexagons.</source>
        <translation>Soma de raster_total em todas as zonas: as pessoas que os rasters colocam nas zonas ou hexágonos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="80"/>
        <source>Population rasters</source>
        <translation>Rasters de população</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="82"/>
        <source>Zones (empty = generate hexagons)</source>
        <translation>Zonas (vazio = gerar hexágonos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="85"/>
        <source>Hexagon side (m)</source>
        <translation>Lado do hexágono (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="86"/>
        <source>Hexagon orientation</source>
        <translation>Orientação dos hexágonos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="89"/>
        <source>Keep hexagons without valid pixels</source>
        <translation>Manter os hexágonos sem pixels válidos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="91"/>
        <source>Population by zone</source>
        <translation>População por zona</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="92"/>
        <source>Total population</source>
        <translation>População total</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="124"/>
        <source>Raster {0} (band {1}): %n negative pixel value(s) that are not nodata around the zones; population counts cannot be negative.</source>
        <translation>
            <numerusform>Raster {0} (banda {1}): %n valor de pixel negativo que não é nodata em torno das zonas; contagens de população não podem ser negativas.</numerusform>
            <numerusform>Raster {0} (banda {1}): %n valores de pixel negativos que não são nodata em torno das zonas; contagens de população não podem ser negativas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="129"/>
        <source>Raster {0} (band {1}): %n pixel(s) inside the zones holding NaN or infinite values that are not its nodata value: they are skipped (counted as no data, not as people)</source>
        <translation>
            <numerusform>Raster {0} (banda {1}): %n pixel dentro das zonas com valor NaN ou infinito que não é o seu valor nodata: é ignorado (contado como sem dados, não como pessoas)</numerusform>
            <numerusform>Raster {0} (banda {1}): %n pixels dentro das zonas com valores NaN ou infinitos que não são o seu valor nodata: são ignorados (contados como sem dados, não como pessoas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="132"/>
        <source>in %n zone(s). Check the raster, or set its nodata value.</source>
        <translation>
            <numerusform>em %n zona. Verifique o raster, ou defina o seu valor nodata.</numerusform>
            <numerusform>em %n zonas. Verifique o raster, ou defina o seu valor nodata.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="141"/>
        <source>Choose at least one raster in {0}.</source>
        <translation>Escolha pelo menos um raster em {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="150"/>
        <source>Layer {0} has no valid coordinate reference system: set its CRS (layer properties) and run again.</source>
        <translation>A camada {0} não tem um sistema de referência de coordenadas válido: defina seu SRC (propriedades da camada) e execute novamente.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="175"/>
        <source>Hexagon grid: {0}</source>
        <translation>Grade de hexágonos: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/rasterdemand.py" line="177"/>
        <source>{0} hexagons of side {1} m generated in {2}.</source>
        <translation>Gerados {0} hexágonos de {1} m de lado em {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="215"/>
        <source>%n zone(s) without a valid pixel centre in any raster: NULL.</source>
        <translation>
            <numerusform>%n zona sem centro de pixel válido em nenhum raster: NULL.</numerusform>
            <numerusform>%n zonas sem centro de pixel válido em nenhum raster: NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="225"/>
        <source>%n hexagon(s) written</source>
        <translation>
            <numerusform>%n hexágono gravado</numerusform>
            <numerusform>%n hexágonos gravados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/rasterdemand.py" line="226"/>
        <source>%n without valid pixels dropped).</source>
        <translation>
            <numerusform>%n sem pixels válidos descartado).</numerusform>
            <numerusform>%n sem pixels válidos descartados).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="44"/>
        <source>Care map report</source>
        <translation>Relatório do mapa do cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="46"/>
        <source>report,html,pdf,map,charts,summary,council</source>
        <translation>relatório,html,pdf,mapa,gráficos,resumo,câmara municipal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="48"/>
        <source>What does the care map say, in a form a council can read? Writes a self-contained HTML report (it opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the area, the date, the key numbers as sentences and an overview map; then one map per indicator (with the district outlines and names and the streets as a light base), the charts, what each indicator means and a table of the method and parameters.

How to read the results: the sentences say what each number counts (people of the cohort within the travel time, places per person, places missing for the policy target, people in care deserts). The maps use the layer&apos;s own fields: care_demand (people), access (places per person), cost_nearest (minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left out. The figures returned are the same numbers.

With the outputs of Care blocks (Advanced), the report adds the sentence on the people who need care and the caregivers the blocks reach, before and after, and a map of the blocks: areas of influence, anchors and alternate buildings.

Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads &apos;92,708 children under 6 (90%) live within 10 minutes&apos; walk of the nearest facility&apos;.

Caveats: give the travel time the analysis used, since the report quotes it but does not recompute the access; text from the layers (district and facility names) is shown as text, never run.</source>
        <translation>O que diz o mapa do cuidado, de uma forma que uma câmara municipal possa ler? Grava um relatório HTML autocontido (abre em qualquer navegador, sem precisar de internet) e, se você pedir, um PDF. A página 1 traz o título, a área, a data, os números-chave como frases e um mapa geral; depois, um mapa por indicador (com os contornos e os nomes dos distritos e as ruas como base clara), os gráficos, o que significa cada indicador e uma tabela do método e dos parâmetros.

Como ler os resultados: as frases dizem o que cada número conta (pessoas da coorte dentro do tempo de deslocamento, vagas por pessoa, vagas que faltam para a meta de política, pessoas em desertos de cuidado). Os mapas usam os próprios campos da camada: care_demand (pessoas), access (vagas por pessoa), cost_nearest (minutos), desert (1 = deserto de cuidado) e priority (0 a 1); uma parte cujo campo falta é deixada de fora. Os números retornados são os mesmos números.

Com as saídas das Quadras do cuidado (Avançado), o relatório acrescenta a frase sobre as pessoas que precisam de cuidado e as pessoas cuidadoras que as quadras alcançam, antes e depois, e um mapa das quadras: áreas de influência, âncoras e edifícios alternativos.

Exemplo: na cidade de demonstração do tutorial, com 10 minutos a pé, a página 1 diz &apos;92.708 crianças menores de 6 anos (90%) vivem a até 10 minutos a pé do equipamento mais próximo&apos;.

Ressalvas: informe o tempo de deslocamento que a análise usou, já que o relatório o cita mas não recalcula o acesso; o texto das camadas (nomes de distritos e de equipamentos) é mostrado como texto, nunca executado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="69"/>
        <source>The CareMap result layer of units (blocks, tracts) with the indicators to report. Typical: the units output of &apos;Care map in one run&apos;.</source>
        <translation>A camada de resultado de unidades do CareMap (quadras, setores) com os indicadores a relatar. Típico: a saída de unidades de &apos;Mapa do cuidado em uma única execução&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="70"/>
        <source>Numeric field of the units with the people of the cohort. Typical: care_demand.</source>
        <translation>Campo numérico das unidades com as pessoas da coorte. Típico: care_demand.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="71"/>
        <source>Field with the travel time in minutes to the nearest facility; empty = cost_nearest when the layer has it. Typical: empty.</source>
        <translation>Campo com o tempo de deslocamento em minutos até o equipamento mais próximo; vazio = cost_nearest quando a camada o tem. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="72"/>
        <source>Field with the access in places per person; empty = access when the layer has it. Typical: empty.</source>
        <translation>Campo com o acesso em vagas por pessoa; vazio = access quando a camada o tem. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="73"/>
        <source>Field that is 1 where the unit reaches a facility within the travel time, else 0; empty = covered when the layer has it. Typical: empty.</source>
        <translation>Campo que é 1 onde a unidade alcança um equipamento dentro do tempo de deslocamento, senão 0; vazio = covered quando a camada o tem. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="74"/>
        <source>Field with the people without a place; empty = unmet when the layer has it. Typical: empty.</source>
        <translation>Campo com as pessoas sem vaga; vazio = unmet quando a camada o tem. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="75"/>
        <source>Field that is 1 for a care desert, else 0; empty = desert when the layer has it. Typical: empty.</source>
        <translation>Campo que é 1 para um deserto de cuidado, senão 0; vazio = desert quando a camada o tem. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="76"/>
        <source>Field with the care priority index (0 to 1); empty = priority when the layer has it. Typical: empty.</source>
        <translation>Campo com o índice de prioridade de cuidado (0 a 1); vazio = priority quando a camada o tem. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="77"/>
        <source>Optional field of the units naming each unit&apos;s district, for the charts by district and the district outlines on the maps. Typical: district.</source>
        <translation>Campo opcional das unidades com o distrito de cada unidade, para os gráficos por distrito e os contornos dos distritos nos mapas. Típico: distrito.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="78"/>
        <source>Optional polygon layer of districts, drawn as outlines with their names on every map; when the units have no district field, each unit gets the district it lies in. Typical: the localities or communes of the city.</source>
        <translation>Camada opcional de polígonos de distritos, desenhados como contornos com os seus nomes em cada mapa; quando as unidades não têm campo de distrito, cada unidade recebe o distrito em que está. Típico: as localidades ou comunas da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="79"/>
        <source>Field of the district polygons with the district names. Typical: the locality name.</source>
        <translation>Campo dos polígonos de distritos com os nomes dos distritos. Típico: o nome da localidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="80"/>
        <source>Optional layer of care facilities to draw on the supply map. Typical: the inventory output of &apos;Care map in one run&apos;.</source>
        <translation>Camada opcional de equipamentos de cuidado a desenhar no mapa da oferta. Típico: a saída de inventário de &apos;Mapa do cuidado em uma única execução&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="81"/>
        <source>Optional numeric field of the facilities with the places of each one. Typical: capacity_fde.</source>
        <translation>Campo numérico opcional dos equipamentos com as vagas de cada um. Típico: capacity_fde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="82"/>
        <source>Optional line layer of streets, drawn as a light base under every map so a reader finds the places. Typical: the road network of the analysis.</source>
        <translation>Camada opcional de linhas de ruas, desenhada como base clara sob cada mapa para que o leitor encontre os lugares. Típico: a rede viária da análise.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="83"/>
        <source>The travel time in minutes the analysis used, quoted in the sentences and charts. Typical: 10 minutes.</source>
        <translation>O tempo de deslocamento em minutos que a análise usou, citado nas frases e nos gráficos. Típico: 10 minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="84"/>
        <source>Policy target in places per person, drawn on the access chart (0 = none). Typical: 0.333.</source>
        <translation>Meta de política em vagas por pessoa, desenhada no gráfico de acesso (0 = nenhuma). Típico: 0.333.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="85"/>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in the units; the places needed are the sum of ratio x count, replacing the single policy target. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s education plan: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation>Metas opcionais por faixa etária, como itens campo:razão separados por &apos;;&apos;, cada campo uma contagem de pessoas dessa faixa nas unidades; as vagas necessárias são a soma de razão x contagem, substituindo a meta de política única. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (plano de educação do Brasil: 50% das crianças de 0-3 anos em creche, 100% das de 4-5 na pré-escola).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="86"/>
        <source>Title of the report, also the PDF&apos;s title. Typical: &apos;Childcare in Ciudad Demo&apos;.</source>
        <translation>Título do relatório, também o título do PDF. Típico: &apos;Creches em Ciudad Demo&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="89"/>
        <source>Travel mode, as the report&apos;s sentences will read it. Typical: &apos;walk&apos;.</source>
        <translation>Modo de deslocamento, tal como as frases do relatório o lerão. Típico: &apos;caminhar&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="90"/>
        <source>Optional hours of the caregivers&apos; time windows the analysis used, as label=hours items separated by &apos;|&apos;, quoted in the sentences on time; the figures come from the units&apos; covered_&lt;label&gt; and temporal_desert fields. Typical: &apos;evening=Mo-Fr 17:00-20:00&apos;, as given to Accessibility to care.</source>
        <translation>Horário opcional das janelas de horário das pessoas cuidadoras que a análise usou, como itens rótulo=horário separados por &apos;|&apos;, citado nas frases sobre o tempo; os números vêm dos campos covered_&lt;label&gt; e temporal_desert das unidades. Típico: &apos;evening=Mo-Fr 17:00-20:00&apos;, tal como informado à Acessibilidade ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="91"/>
        <source>How the inputs were made, printed as the table of the method: free text, or the record of a run (JSON) whose layers, fields and choices are shown by name. Typical: empty, or filled in by &apos;Care map in one run&apos;.</source>
        <translation>Como as entradas foram feitas, impresso como a tabela do método: texto livre, ou o registro de uma execução (JSON) cujas camadas, campos e escolhas são mostrados pelo nome. Típico: vazio, ou preenchido por &apos;Mapa do cuidado em uma única execução&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="92"/>
        <source>Self-contained HTML report (maps, charts, key numbers, method), to open in any browser. Typical: report.html.</source>
        <translation>Relatório HTML autocontido (mapas, gráficos, números-chave, método), para abrir em qualquer navegador. Típico: report.html.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="93"/>
        <source>Optional PDF of the same report, made with a QGIS print layout. Typical: report.pdf.</source>
        <translation>PDF opcional do mesmo relatório, feito com um layout de impressão do QGIS. Típico: report.pdf.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="94"/>
        <source>Share (0 to 1) of the demand beyond the travel time of the nearest facility (or not covered); None when there is no demand or no travel time or covered field. Typical: 0.1.</source>
        <translation>Proporção (0 a 1) da demanda além do tempo de deslocamento do equipamento mais próximo (ou não coberta); None quando não há demanda, nem tempo de deslocamento ou campo de cobertura. Típico: 0.1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="95"/>
        <source>People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them. Typical: thousands in a city.</source>
        <translation>Pessoas sem vaga: a soma do campo unmet, ou de max(0, demanda - vagas) a partir do acesso; None sem eles. Típico: milhares em uma cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="96"/>
        <source>Share (0 to 1) of the demand living in care deserts; None without a desert field or demand. Typical: 0.08.</source>
        <translation>Proporção (0 a 1) da demanda que vive em desertos de cuidado; None sem campo de deserto ou sem demanda. Típico: 0.08.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="102"/>
        <source>Care map units (result layer)</source>
        <translation>Unidades do mapa do cuidado (camada de resultado)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="105"/>
        <source>Demand field (people of the cohort)</source>
        <translation>Campo de demanda (pessoas da coorte)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="113"/>
        <source>Facility capacity field (places)</source>
        <translation>Campo de capacidade dos equipamentos (vagas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="116"/>
        <source>Streets (light base of the maps)</source>
        <translation>Ruas (base clara dos mapas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="119"/>
        <source>Travel time the analysis used (minutes)</source>
        <translation>Tempo de deslocamento usado pela análise (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="127"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="129"/>
        <source>people needing care</source>
        <translation>pessoas que precisam de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="131"/>
        <source>a care service</source>
        <translation>um serviço de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="134"/>
        <source>Travel time to the nearest facility field (minutes)</source>
        <translation>Campo de tempo de deslocamento até o equipamento mais próximo (minutos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="135"/>
        <source>Access field (places per person)</source>
        <translation>Campo de acesso (vagas por pessoa)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="136"/>
        <source>Covered field (0/1)</source>
        <translation>Campo de cobertura (0/1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="137"/>
        <source>Unmet demand field (people)</source>
        <translation>Campo de demanda não atendida (pessoas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="138"/>
        <source>Care desert field (0/1)</source>
        <translation>Campo de deserto de cuidado (0/1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="139"/>
        <source>Priority index field (0 to 1)</source>
        <translation>Campo do índice de prioridade (0 a 1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="145"/>
        <source>Time windows the analysis used &apos;label=hours|label=hours&apos;</source>
        <translation>Janelas de horário que a análise usou &apos;rótulo=horário|rótulo=horário&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="148"/>
        <source>Method and parameters (text, or the record of a run)</source>
        <translation>Método e parâmetros (texto, ou o registro de uma execução)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="155"/>
        <source>Share of demand beyond the threshold</source>
        <translation>Proporção da demanda além do limiar</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="167"/>
        <source>Field &apos;{0}&apos; (chosen as &apos;{1}&apos;) is not in layer {2}. Pick one of its fields, or leave it empty.</source>
        <translation>O campo &apos;{0}&apos; (escolhido como &apos;{1}&apos;) não está na camada {2}. Escolha um dos seus campos, ou deixe-o vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="178"/>
        <source>{0} is {1:g}: the report counts the people within this travel time and quotes it in its sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. {2:g} minutes).</source>
        <translation>{0} é {1:g}: o relatório conta as pessoas dentro deste tempo de deslocamento e o cita nas suas frases e gráficos, então ele deve ser maior que 0. Informe o limiar que a análise usou (p. ex. {2:g} minutos).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="214"/>
        <source>Left out of every figure of the report: %n unit(s) of layer {0} without a value (NULL) in field &apos;{1}&apos;.</source>
        <translation>
            <numerusform>Fora de todos os números do relatório: %n unidade da camada {0} sem valor (NULL) no campo &apos;{1}&apos;.</numerusform>
            <numerusform>Fora de todos os números do relatório: %n unidades da camada {0} sem valor (NULL) no campo &apos;{1}&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="218"/>
        <source>Field &apos;{0}&apos; of layer {1} is 0 in every unit: there is no demand in this layer, so no share or gap can be computed.</source>
        <translation>O campo &apos;{0}&apos; da camada {1} é 0 em todas as unidades: não há demanda nesta camada, então nenhuma proporção ou lacuna pode ser calculada.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="222"/>
        <source>Field &apos;{0}&apos; of layer {1} is 0 in every unit: there is no capacity within reach.</source>
        <translation>O campo &apos;{0}&apos; da camada {1} é 0 em todas as unidades: não há capacidade ao alcance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="227"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>Study area</source>
        <translation>Área de estudo</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="245"/>
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unidade</numerusform>
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
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/report.py" line="247"/>
        <source>What</source>
        <translation>O quê</translation>
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
        <translation>Não foi possível gravar o relatório PDF {0}.</translation>
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
            <numerusform>{0}: %n campo que não está na camada {1}: {2}. Indique campos dessa camada com as pessoas de cada faixa etária.</numerusform>
            <numerusform>{0}: %n campos que não estão na camada {1}: {2}. Indique campos dessa camada com as pessoas de cada faixa etária.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/report.py" line="368"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL value(s) in units with demand: the places the targets per age band ask for are unknown there. Fill or filter them first.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valor NULL em unidades com demanda: as vagas que as metas por faixa etária pedem ali são desconhecidas. Preencha-o ou filtre-o antes.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valores NULL em unidades com demanda: as vagas que as metas por faixa etária pedem ali são desconhecidas. Preencha-os ou filtre-os antes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="47"/>
        <source>New care facility siting</source>
        <translation>Localização de novos equipamentos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="49"/>
        <source>siting,location,MCLP,maximal covering,p-median,capacitated,optimisation,planning</source>
        <translation>localização,alocação,MCLP,máxima cobertura,p-mediana,capacitado,otimização,planejamento</translation>
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
        <translation>Onde devem ficar os próximos equipamentos de cuidado? Entre locais candidatos (uma camada de terrenos possíveis, ou uma grade regular sobre a demanda), escolhe o número pedido de novos locais que levam cuidado ao maior número de pessoas dentro do limiar de cobertura (ou que mais encurtam o deslocamento), mantendo abertos os equipamentos existentes.

Como ler os resultados:
- Novos locais: os próprios campos de cada candidato escolhido (nome, endereço...), depois rank (1 = escolhido primeiro, o mais útil), gain (demanda recém-coberta ou atendida, ou custo de deslocamento poupado, por esse local), newly_covered, candidate_fid e assigned_demand (demanda mais próxima dele depois).
- Demanda com cobertura: cost_before e cost_after (deslocamento até o equipamento mais próximo, em cost_unit: minutos ou metros), covered_before e covered_after (1 = dentro do limiar), newly_covered e new_site_rank (o novo local que atende a unidade).
- Resumo antes/depois (tabela opcional) e os números: demanda coberta, custo médio e a proporção da demanda em desertos de cuidado, antes e depois.

Exemplo: na cidade de demonstração, com os desertos de cuidado como demanda, uma grade de candidatos de 500 m, as creches existentes, 3 novos locais e 10 minutos a pé: 92.708 crianças (90,2%) estão ao alcance antes e 94.312 (91,7%) depois, 1.604 a mais; só o primeiro local acrescenta 695 (o seu ganho). À mão: quadras a, b, c com 50, 30 e 40 crianças; o local 1 alcança a e b, o local 2 alcança b e c: com um novo local, o local 1 é escolhido (80 de 120 crianças cobertas).

Bom saber:
- Objetivos: cobrir a maior demanda (máxima cobertura), o menor deslocamento médio (p-mediana: unidades que não alcançam nada contam no limite de custo, 3 x o limiar por padrão), ou atender a maior demanda quando cada novo local tem vagas limitadas (capacitado).
- O resolvedor rápido (guloso) obtém pelo menos 63% da melhor cobertura possível, geralmente mais de 97%; o resolvedor exato encontra o melhor dentro do seu limite de tempo e informa o gap.
- Um local que não acrescentaria nada nunca é instalado: são instalados então menos locais do que o pedido, com um aviso.
- Uma grade ignora o terreno, o aluguel e a segurança: confira os lugares escolhidos em campo, ou informe uma camada de locais candidatos reais.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="82"/>
        <source>Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5, or the care deserts.</source>
        <translation>Camada de unidades de demanda, pontos ou polígonos (tomados no centroide). Típico: setores censitários com crianças de 0-5 anos, ou os desertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="83"/>
        <source>Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from CareMap&apos;s care gaps.</source>
        <translation>Campo numérico opcional com as pessoas de cada unidade; vazio = 1 por unidade. Típico: crianças de 0-5 anos, ou unmet das lacunas de cuidado do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="84"/>
        <source>Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a regular grid of candidates is laid over the demand. Typical: the public land inventory.</source>
        <translation>Camada de pontos opcional com os locais possíveis (p. ex. terrenos públicos, escolas, salões comunitários); sem ela, uma grade regular de candidatos é lançada sobre a demanda. Típico: o inventário de terrenos públicos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="85"/>
        <source>Without a layer of candidate sites, candidates are laid on a square grid over the demand, one every this many metres (only those within reach of some demand are kept; 0 = no grid). Typical: 250 m for walking, 500 m for a first look.</source>
        <translation>Sem uma camada de locais candidatos, os candidatos são lançados em uma grade quadrada sobre a demanda, um a cada tantos metros (só são mantidos os que estão ao alcance de alguma demanda; 0 = sem grade). Típico: 250 m a pé, 500 m para uma primeira olhada.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="86"/>
        <source>Optional layer of facilities that stay open and already cover demand. Typical: the output of CareMap&apos;s supply inventory, kept to the target group.</source>
        <translation>Camada opcional de equipamentos que continuam abertos e já cobrem demanda. Típico: a saída do inventário da oferta do CareMap, restrita ao grupo-alvo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="87"/>
        <source>How many new sites to choose. Typical: 3 to 10, the number the budget allows.</source>
        <translation>Quantos novos locais escolher. Típico: 3 a 10, o número que o orçamento permite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="88"/>
        <source>What the new sites should achieve: cover the most demand within the coverage threshold (maximal covering), the lowest average travel to the nearest facility (p-median), or serve the most demand within the threshold with limited places per site (capacitated). Typical: cover the most demand.</source>
        <translation>O que os novos locais devem alcançar: cobrir a maior demanda dentro do limiar de cobertura (máxima cobertura), o menor deslocamento médio até o equipamento mais próximo (p-mediana), ou atender a maior demanda dentro do limiar com vagas limitadas por local (capacitado). Típico: cobrir a maior demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="90"/>
        <source>How far people go, in the cost unit, inclusive: a unit is covered by a site within this travel. Typical: 10 minutes walking.</source>
        <translation>Até onde as pessoas vão, na unidade de custo, inclusive: uma unidade é coberta por um local dentro deste deslocamento. Típico: 10 minutos a pé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="92"/>
        <source>Cost limit in the cost unit for the p-median objective and for the cost before and after; units reaching nothing count at this cost (0 = three times the coverage threshold). Typical: 0.</source>
        <translation>Limite de custo na unidade de custo para o objetivo p-mediana e para o custo antes e depois; as unidades que não alcançam nada contam com este custo (0 = três vezes o limiar de cobertura). Típico: 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="93"/>
        <source>Places of each new site for the capacitated objective, when the candidates have no capacity field. Typical: 100 places.</source>
        <translation>Vagas de cada novo local para o objetivo capacitado, quando os candidatos não têm campo de capacidade. Típico: 100 vagas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="94"/>
        <source>Optional numeric field of the candidate sites with the places each could offer (capacitated objective). Typical: empty.</source>
        <translation>Campo numérico opcional dos locais candidatos com as vagas que cada um poderia oferecer (objetivo capacitado). Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="95"/>
        <source>Optional field of the candidate sites with a unique id, copied to the chosen sites and used to find them in a travel cost table. Typical: the plot code.</source>
        <translation>Campo opcional dos locais candidatos com um id único, copiado para os locais escolhidos e usado para encontrá-los em uma tabela de custos de deslocamento. Típico: o código do terreno.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="96"/>
        <source>Optional numeric field of the existing facilities with their places, for the capacitated objective; empty or NULL = unlimited. Typical: capacity_fde.</source>
        <translation>Campo numérico opcional dos equipamentos existentes com as suas vagas, para o objetivo capacitado; vazio ou NULL = ilimitado. Típico: capacity_fde.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="97"/>
        <source>The chosen new sites: each candidate site&apos;s own fields (name, address...), then its rank and gain (demand newly covered or served, or cost saved).</source>
        <translation>Os novos locais escolhidos: os campos próprios de cada local candidato (nome, endereço...), depois sua posição e seu ganho (demanda recém-coberta ou atendida, ou custo economizado).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="98"/>
        <source>The demand units with cost_before, cost_after (with their unit in cost_unit and cost_speed_kmh), covered_before, covered_after, newly_covered and new_site_rank.</source>
        <translation>As unidades de demanda com cost_before, cost_after (com sua unidade em cost_unit e cost_speed_kmh), covered_before, covered_after, newly_covered e new_site_rank.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="99"/>
        <source>Optional before/after table: demand covered, mean cost and share of demand in care deserts.</source>
        <translation>Tabela opcional antes/depois: demanda coberta, custo médio e proporção da demanda em desertos de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="100"/>
        <source>Demand within the coverage threshold of an existing facility, before the new sites.</source>
        <translation>Demanda dentro do limiar de cobertura de um equipamento existente, antes dos novos locais.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="101"/>
        <source>Demand within the coverage threshold of an existing or new facility.</source>
        <translation>Demanda dentro do limiar de cobertura de um equipamento existente ou novo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="102"/>
        <source>Demand-weighted mean cost to the nearest existing facility, in the cost unit; None when no demand reaches one.</source>
        <translation>Custo médio ponderado pela demanda até o equipamento existente mais próximo, na unidade de custo; None quando nenhuma demanda alcança um.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="103"/>
        <source>Demand-weighted mean cost to the nearest facility with the new sites, in the cost unit; None when no demand reaches one.</source>
        <translation>Custo médio ponderado pela demanda até o equipamento mais próximo com os novos locais, na unidade de custo; None quando nenhuma demanda alcança um.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="104"/>
        <source>Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and the coverage threshold) before the new sites; None when there is no demand.</source>
        <translation>Proporção (0 a 1) da demanda em desertos de cuidado (a regra de Georreferenciamento do Cuidado com os custos da localização e o limiar de cobertura) antes dos novos locais; None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="105"/>
        <source>Share (0 to 1) of the demand in care deserts (the same rule) with the new sites; None when there is no demand.</source>
        <translation>Proporção (0 a 1) da demanda em desertos de cuidado (a mesma regra) com os novos locais; None quando não há demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="106"/>
        <source>Value of the objective the solver optimised (covered demand, or total weighted cost).</source>
        <translation>Valor do objetivo que o solucionador otimizou (demanda coberta, ou custo ponderado total).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="107"/>
        <source>Relative gap between the solution and the solver&apos;s bound (0 = proven optimal); None when not known.</source>
        <translation>Lacuna relativa entre a solução e o limite do solucionador (0 = ótimo comprovado); None quando não é conhecida.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="108"/>
        <source>Number of new sites placed (fewer than asked when more would add nothing).</source>
        <translation>Número de novos locais instalados (menos do que o pedido quando mais locais não acrescentariam nada).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="120"/>
        <source>Demand field (people; empty = 1 per unit)</source>
        <translation>Campo de demanda (pessoas; vazio = 1 por unidade)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="123"/>
        <source>Candidate sites</source>
        <translation>Locais candidatos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="125"/>
        <source>Grid spacing of candidate sites (m; used when no layer is given)</source>
        <translation>Espaçamento da grade de locais candidatos (m; usado quando nenhuma camada é informada)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="128"/>
        <source>Existing facilities</source>
        <translation>Equipamentos existentes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="130"/>
        <source>Number of new sites</source>
        <translation>Número de novos locais</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="132"/>
        <source>Coverage threshold (in the cost unit, inclusive)</source>
        <translation>Limiar de cobertura (na unidade de custo, inclusivo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="134"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="140"/>
        <source>Cost limit for the lowest average travel and for the cost before and after (in the cost unit; 0 = 3 x the coverage threshold)</source>
        <translation>Limite de custo para o menor deslocamento médio e para o custo antes e depois (na unidade de custo; 0 = 3 x o limiar de cobertura)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="142"/>
        <source>Places of each new site (limited places)</source>
        <translation>Vagas de cada novo local (vagas limitadas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="144"/>
        <source>Places field of the candidate sites (limited places)</source>
        <translation>Campo de vagas dos locais candidatos (vagas limitadas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="147"/>
        <source>Id field of the candidate sites</source>
        <translation>Campo de id dos locais candidatos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="149"/>
        <source>Places field of the existing facilities (limited places; empty or NULL = unlimited)</source>
        <translation>Campo de vagas dos equipamentos existentes (vagas limitadas; vazio ou NULL = ilimitado)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="157"/>
        <source>New sites</source>
        <translation>Novos locais</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="158"/>
        <source>Demand with coverage</source>
        <translation>Demanda com cobertura</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="160"/>
        <source>Before/after summary</source>
        <translation>Resumo antes/depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="162"/>
        <source>Demand covered before</source>
        <translation>Demanda coberta antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="163"/>
        <source>Demand covered after</source>
        <translation>Demanda coberta depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="164"/>
        <source>Mean cost before</source>
        <translation>Custo médio antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="164"/>
        <source>Mean cost after</source>
        <translation>Custo médio depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="165"/>
        <source>Share of demand in care deserts before</source>
        <translation>Proporção da demanda em desertos de cuidado antes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="166"/>
        <source>Share of demand in care deserts after</source>
        <translation>Proporção da demanda em desertos de cuidado depois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="168"/>
        <source>New sites placed (fewer than asked when more would add nothing)</source>
        <translation>Novos locais instalados (menos que os pedidos quando mais locais não acrescentariam nada)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="185"/>
        <source>No candidate sites: choose a layer of candidate sites in {0}, or set {1} above 0 for a regular grid.</source>
        <translation>Nenhum local candidato: escolha uma camada de locais candidatos em {0}, ou defina {1} maior que 0 para uma grade regular.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="191"/>
        <source>Candidate grid: {0}</source>
        <translation>Grade de candidatos: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="192"/>
        <source>{0} grid candidates every {1} m.</source>
        <translation>{0} candidatos em grade a cada {1} m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="193"/>
        <source>grid</source>
        <translation>grade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="200"/>
        <location filename="../processing/costs_io.py" line="156"/>
        <location filename="../processing/costs_io.py" line="306"/>
        <source>field &apos;{0}&apos; of layer {1}</source>
        <translation>campo &apos;{0}&apos; da camada {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="202"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="212"/>
        <source>The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage threshold (in the cost unit) above 0, e.g. {1:g} minutes.</source>
        <translation>O limiar de cobertura é {0}: nenhuma unidade de demanda poderia ser coberta. Defina o limiar de cobertura (na unidade de custo) acima de 0, p. ex. {1:g} minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="226"/>
        <source>No demand: field &apos;{0}&apos; of layer {1} is 0 in every unit, so no site can cover anyone; the shares and mean costs are NULL.</source>
        <translation>Sem demanda: o campo &apos;{0}&apos; da camada {1} é 0 em todas as unidades, então nenhum local pode cobrir ninguém; as proporções e os custos médios são NULL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="232"/>
        <source>%n new site(s) asked for ({0}),</source>
        <translation>
            <numerusform>%n novo local pedido ({0}),</numerusform>
            <numerusform>%n novos locais pedidos ({0}),</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="233"/>
        <source>but {0} has only %n candidate site(s): ask for fewer sites or give more candidates.</source>
        <translation>
            <numerusform>mas {0} tem só %n local candidato: peça menos locais ou informe mais candidatos.</numerusform>
            <numerusform>mas {0} tem só %n locais candidatos: peça menos locais ou informe mais candidatos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="261"/>
        <source>No candidate site in {0} is within {1:g} {2} of any demand unit: raise {3} or {4}, or add candidates nearer the demand.</source>
        <translation>Nenhum local candidato de {0} está a até {1:g} {2} de alguma unidade de demanda: aumente {3} ou {4}, ou acrescente candidatos mais perto da demanda.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="277"/>
        <source>field &apos;{0}&apos;</source>
        <translation>campo &apos;{0}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="279"/>
        <source>the capacity of each new site</source>
        <translation>a capacidade de cada novo local</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="280"/>
        <source>Capacity must be above 0 for every candidate: {0} has %n value(s) that are zero, negative or NULL.</source>
        <translation>
            <numerusform>A capacidade deve ser maior que 0 para todo candidato: {0} tem %n valor zero, negativo ou NULL.</numerusform>
            <numerusform>A capacidade deve ser maior que 0 para todo candidato: {0} tem %n valores zero, negativos ou NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="286"/>
        <source>Siting: {0}</source>
        <translation>Localização: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="311"/>
        <source>Layer {0} already has a field &apos;{1}&apos;: the new sites&apos; layer holds CareMap&apos;s &apos;{1}&apos; instead.</source>
        <translation>A camada {0} já tem um campo &apos;{1}&apos;: a camada de novos locais guarda em seu lugar o &apos;{1}&apos; do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="318"/>
        <source>Field &apos;{0}&apos; of layer {1} is not a distinct whole number for every chosen site: the new sites&apos; layer leaves it out (candidate_fid holds each site&apos;s feature id).</source>
        <translation>O campo &apos;{0}&apos; da camada {1} não é um número inteiro distinto para cada local escolhido: a camada de novos locais o omite (candidate_fid guarda o identificador de feição de cada local).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="333"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not a finite number (NaN or infinite): the new sites&apos; layer holds NULL there.</source>
        <translation>
            <numerusform>%n valor do campo &apos;{0}&apos; da camada {1} não é um número finito (NaN ou infinito): a camada de novos locais tem NULL ali.</numerusform>
            <numerusform>%n valores do campo &apos;{0}&apos; da camada {1} não são números finitos (NaN ou infinitos): a camada de novos locais tem NULL ali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="394"/>
        <source>Fewer sites suffice: %n new site(s) placed</source>
        <translation>
            <numerusform>Menos locais bastam: %n novo local instalado</numerusform>
            <numerusform>Menos locais bastam: %n novos locais instalados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/siting.py" line="395"/>
        <source>instead of the %n asked, because any further site would add nothing (no demand left that it would cover, serve or bring closer).</source>
        <translation>
            <numerusform>em vez do %n pedido, porque qualquer local a mais não acrescentaria nada (não resta demanda que ele cobriria, atenderia ou aproximaria).</numerusform>
            <numerusform>em vez dos %n pedidos, porque qualquer local a mais não acrescentaria nada (não resta demanda que ele cobriria, atenderia ou aproximaria).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="397"/>
        <source>Solver status: {0}; objective {1:,.2f}; MIP gap {2}</source>
        <translation>Status do resolvedor: {0}; objetivo {1:.2f}; gap MIP {2}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="400"/>
        <source>The exact solver stopped at its time limit ({0}) without beating the heuristic: the heuristic solution is returned (see the MIP gap). Raise the time limit for a better plan.</source>
        <translation>O resolvedor exato parou no seu limite de tempo ({0}) sem superar a heurística: a solução heurística é retornada (veja o gap MIP). Aumente o limite de tempo para obter um plano melhor.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/siting.py" line="403"/>
        <source>Demand covered within {0:g} {1}: {2:,.0f} before, {3:,.0f} after ({4} -&gt; {5}).</source>
        <translation>Demanda coberta dentro de {0:g} {1}: {2:.0f} antes, {3:.0f} depois ({4} -&gt; {5}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="31"/>
        <source>care,supply,facilities,inventory,deduplication,registry,crowd</source>
        <translation>cuidado,oferta,equipamentos,inventário,remoção de duplicatas,cadastro,mapeamento colaborativo</translation>
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
        <translation>Onde o cuidado é oferecido, e quantas vagas cada equipamento realmente tem? Esta ferramenta une listas de equipamentos de várias fontes (o cadastro oficial, um levantamento, um mapeamento colaborativo, o OpenStreetMap) em um único inventário limpo: um só esquema, lixo e tipos indesejados removidos, duplicatas mescladas, capacidades ausentes estimadas, vagas de meio período contadas pela metade.

Como ler os resultados:
- Inventário da oferta de cuidado (pontos): uma linha por equipamento com name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (vagas), capacity_fde (vagas equivalentes de período integral: uma vaga de 4 horas, 5 dias conta 0,5), source, merged_sources e n_merged (as fontes e o número de registros mesclados nele), capacity_imputed (0 = informada; 1 = estimada pela mediana do mesmo tipo de serviço; 2 = pela mediana de todos os equipamentos; 3 = a capacidade padrão; 4 = tomada de uma duplicata) e capacity_reported (o valor próprio do registro).
- Registros rejeitados (opcional): os registros deixados de fora, com reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) e duplicate_of (o registro do inventário que ele repete), para conferir.
- Revisão comunitária (opcional): cada registro de um levantamento de campo (o GeoPackage do &apos;Pacote de levantamento comunitário de campo&apos;, ou uma exportação CSV do KoboToolbox / ODK) com status confirmed (um registro do cadastro sobre o mesmo local concorda), new (nenhuma outra fonte lista o local) ou conflicting (um valor difere: conflicts os lista, p. ex. capacity: 25 aqui, 40 no cadastro), verified (1 quando o local foi visitado ou confirmado por telefone ou por um documento) e inventory_id (o seu lugar no inventário).
- Arquivo de alterações do OpenStreetMap (opcional): os locais novos e verificados como um arquivo .osc com as tags de cuidado, para que uma pessoa mapeadora os revise e envie com o JOSM; o CareMap não envia nada.

Os levantamentos de campo mantêm a sua procedência: cada registro do inventário traz collector, survey_date e verification (vazios para os registros do cadastro). Um registro marcado &apos;reported&apos; (não verificado) nunca substitui um valor de outra fonte: de dois registros do mesmo local, nunca é o que se mantém, e os seus valores nunca preenchem os campos vazios de outro registro; os locais novos não verificados ficam no inventário, marcados como tais. Uma exportação do Kobo ou do ODK é lida pelos nomes das suas colunas (as colunas de latitude e longitude do geopoint, place/name...), então não precisa de mapeamento de campos.

Mapeamentos de campos: um por camada de equipamentos, separados por &apos;|&apos;. Cada um diz qual campo da camada contém qual campo do inventário (name=nombre,capacity=cupos); um valor entre aspas é o mesmo para todos os registros (sphere=&apos;community&apos;). Comece um mapeamento com o nome da sua camada e dois-pontos (crowd_facilities: x=lon,y=lat) e ele vai para essa camada qualquer que seja a ordem das camadas; os mapeamentos sem nome vão para as camadas na ordem mostrada em &apos;Camadas de equipamentos&apos;. Os campos do inventário não mapeados são lidos de um campo com o mesmo nome. Uma tabela sem geometria (um CSV) precisa das suas coordenadas: x=lon,y=lat (longitude e latitude, a menos que se acrescente crs=&apos;EPSG:...&apos;).

Exemplo: o cadastro da cidade de demonstração (297 equipamentos), o levantamento comunitário (134) e o mapeamento colaborativo (149) dão 538 equipamentos: 14 registros descartados pelas regras de tipo e de nome, 28 duplicatas mescladas (297 + 134 + 149 - 14 - 28 = 538); 32 capacidades estimadas pelo seu tipo de serviço.

Ressalvas: dois registros só são mesclados quando estão dentro da &apos;Distância para remoção de duplicatas&apos; e os seus nomes são parecidos o bastante (após remover maiúsculas, acentos e palavras comuns como &apos;jardin&apos; ou &apos;centro&apos;), então nomes genéricos (&apos;Jardin Infantil&apos;) podem ficar separados: confira os registros rejeitados. Uma capacidade informada de 0 nunca é estimada: esses equipamentos são descartados, a menos que você os mantenha. Horas por dia e dias por semana ausentes contam como 8 e 5 (uma vaga de período integral). As regras estão em docs/methods.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="80"/>
        <source>Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. The picker lists them alphabetically; name each layer in its field mapping, or drag the layers into the order of the mappings. Typical: the official registry and a crowd-mapped layer.</source>
        <translation>Camadas de equipamentos a unir (pontos, polígonos ou tabelas com coordenadas), de cadastros, levantamentos, mapeamentos colaborativos ou do OpenStreetMap. O seletor as lista em ordem alfabética; dê o nome de cada camada no seu mapeamento de campos, ou arraste as camadas para a ordem dos mapeamentos. Típico: o cadastro oficial e uma camada de mapeamento colaborativo.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="81"/>
        <source>One mapping per facility layer, separated by &apos;|&apos;; each is inventory_field=layer_field items separated by commas, a value in quotes being the same for every record. Start a mapping with its layer&apos;s name and a colon to tie it to that layer; without names the mappings follow the order of the facility layers. Typical: &apos;community: name=nombre,capacity=cupos,sphere=&apos;community&apos;&apos;.</source>
        <translation>Um mapeamento por camada de equipamentos, separados por &apos;|&apos;; cada um são itens inventory_field=layer_field separados por vírgulas, e um valor entre aspas é o mesmo para todos os registros. Comece um mapeamento com o nome da sua camada e dois-pontos para ligá-lo a essa camada; sem nomes, os mapeamentos seguem a ordem das camadas de equipamentos. Típico: &apos;community: name=nombre,capacity=cupos,sphere=&apos;community&apos;&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="82"/>
        <source>Source names, most trusted first, separated by commas; decides which of two duplicates is kept. Typical: &apos;registry,survey,osm&apos;.</source>
        <translation>Nomes das fontes, a mais confiável primeiro, separados por vírgulas; decide qual de duas duplicatas é mantida. Típico: &apos;registry,survey,osm&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="84"/>
        <source>Regular expression searched in the name (case and accents ignored); matching records are dropped. Typical: &apos;cerrad|closed|test&apos;.</source>
        <translation>Expressão regular buscada no nome (maiúsculas e acentos ignorados); os registros que correspondem são descartados. Típico: &apos;cerrad|closed|test&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="85"/>
        <source>Largest distance in metres between two records that may be the same facility. Typical: 50 m.</source>
        <translation>Distância máxima em metros entre dois registros que podem ser o mesmo serviço. Típico: 50 m.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="86"/>
        <source>Smallest similarity (0-1) of the cleaned names for two close records to be merged; lower merges more. Typical: 0.8.</source>
        <translation>Menor similaridade (0-1) dos nomes limpos para que dois registros próximos sejam mesclados; um valor menor mescla mais. Típico: 0.8.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="87"/>
        <source>Places given to a facility when no capacity is known at all, not even for its service type (0 = leave it at 0). Typical: 0, or the usual size of a care centre.</source>
        <translation>Vagas atribuídas a um equipamento quando nenhuma capacidade é conhecida, nem mesmo para o seu tipo de serviço (0 = deixar em 0). Típico: 0, ou o tamanho habitual de um centro de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="88"/>
        <source>Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an estimate. Typical: unchecked.</source>
        <translation>Manter os equipamentos cuja capacidade informada é 0 (com 0 vagas) em vez de descartá-los; um 0 nunca é substituído por uma estimativa. Típico: desmarcado.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="89"/>
        <source>The merged inventory with name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources and n_merged.</source>
        <translation>O inventário unificado com name, service_type, sphere, target_group, capacity, capacity_fde, capacity_imputed, merged_sources e n_merged.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="90"/>
        <source>Optional: the records dropped by the cleaning rules or as duplicates (with reason and duplicate_of), to check.</source>
        <translation>Opcional: os registros descartados pelas regras de limpeza ou como duplicatas (com reason e duplicate_of), para conferir.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="91"/>
        <source>Number of facilities written to the inventory (after cleaning and de-duplication).</source>
        <translation>Número de equipamentos gravados no inventário (após a limpeza e a remoção de duplicatas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="92"/>
        <source>Number of records merged into another as duplicates (listed in the rejected records with duplicate_of).</source>
        <translation>Número de registros mesclados em outro como duplicatas (listados nos registros rejeitados com duplicate_of).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="93"/>
        <source>Number of records dropped by the cleaning rules (service types not kept, names matching the blacklist, a reported capacity of 0).</source>
        <translation>Número de registros descartados pelas regras de limpeza (tipos de serviço não mantidos, nomes que correspondem à lista de bloqueio, capacidade informada de 0).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="94"/>
        <source>Optional: every field-survey record with its status (confirmed, new or conflicting), the values in conflict, whether it was verified and its inventory record, for the people who validate community data.</source>
        <translation>Opcional: cada registro do levantamento de campo com o seu status (confirmado, novo ou em conflito), os valores em conflito, se foi verificado e o seu registro no inventário, para as pessoas que validam os dados comunitários.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="95"/>
        <source>Optional: the new places that the survey verified, as an OpenStreetMap change file (.osc) with the care tags of the bundled tag table, to review and upload with JOSM. Typical: new_care_places.osc.</source>
        <translation>Opcional: os locais novos que o levantamento verificou, como arquivo de alterações do OpenStreetMap (.osc) com as tags de cuidado da tabela de tags incluída, para revisar e enviar com o JOSM. Típico: new_care_places.osc.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="96"/>
        <source>Number of field-survey records that another source confirms with the same values.</source>
        <translation>Número de registros do levantamento de campo que outra fonte confirma com os mesmos valores.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="97"/>
        <source>Number of field-survey records of places no other source lists.</source>
        <translation>Número de registros do levantamento de campo de locais que nenhuma outra fonte lista.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="98"/>
        <source>Number of field-survey records whose values differ from another source&apos;s record of the same place.</source>
        <translation>Número de registros do levantamento de campo cujos valores diferem do registro de outra fonte sobre o mesmo local.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="103"/>
        <source>Facility layers</source>
        <translation>Camadas de equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="105"/>
        <source>Field mappings, one per layer, separated by |</source>
        <translation>Mapeamentos de campos, um por camada, separados por |</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="108"/>
        <source>Source priority (most trusted first, comma-separated)</source>
        <translation>Prioridade das fontes (a mais confiável primeiro, separadas por vírgulas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="111"/>
        <source>Service type whitelist (comma-separated, empty = all)</source>
        <translation>Lista de tipos de serviço permitidos (separados por vírgulas, vazio = todos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="117"/>
        <source>Capacity when none is known (0 = none)</source>
        <translation>Capacidade quando nenhuma é conhecida (0 = nenhuma)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="120"/>
        <source>De-duplication distance (m)</source>
        <translation>Distância para remoção de duplicatas (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="123"/>
        <source>Name similarity threshold (0-1)</source>
        <translation>Limiar de similaridade de nomes (0-1)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="126"/>
        <source>Keep facilities with a reported capacity of 0</source>
        <translation>Manter equipamentos com capacidade informada de 0</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="130"/>
        <source>Rejected records (rules and duplicates)</source>
        <translation>Registros rejeitados (regras e duplicatas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="133"/>
        <source>Community review (confirmed, new, conflicting)</source>
        <translation>Revisão comunitária (confirmados, novos, em conflito)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="136"/>
        <source>New verified places for OpenStreetMap (.osc)</source>
        <translation>Locais novos verificados para o OpenStreetMap (.osc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="137"/>
        <source>OpenStreetMap change file (*.osc)</source>
        <translation>Arquivo de alterações do OpenStreetMap (*.osc)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="139"/>
        <source>Duplicates merged</source>
        <translation>Duplicatas mescladas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="140"/>
        <source>Records dropped by the cleaning rules</source>
        <translation>Registros descartados pelas regras de limpeza</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="141"/>
        <source>Survey records confirmed</source>
        <translation>Registros do levantamento confirmados</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="142"/>
        <source>Survey records of new places</source>
        <translation>Registros do levantamento de locais novos</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="143"/>
        <source>Survey records in conflict</source>
        <translation>Registros do levantamento em conflito</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="148"/>
        <source>layer {0}, field &apos;{1}&apos;</source>
        <translation>camada {0}, campo &apos;{1}&apos;</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="155"/>
        <source>Choose at least one layer in {0}.</source>
        <translation>Escolha pelo menos uma camada em {0}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="173"/>
        <source>Layer {0} is empty: skipped, the other layers are merged.</source>
        <translation>A camada {0} está vazia: ignorada; as demais camadas são unidas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="178"/>
        <source>Layer {0}: %n record(s).</source>
        <translation>
            <numerusform>Camada {0}: %n registro.</numerusform>
            <numerusform>Camada {0}: %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="180"/>
        <source>Layer {0} has no record with a location: skipped.</source>
        <translation>A camada {0} não tem nenhum registro com localização: ignorada.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="189"/>
        <source>Every facility layer is empty ({0}): there is nothing to merge. Choose layers that hold facilities.</source>
        <translation>Todas as camadas de equipamentos estão vazias ({0}): não há nada para unir. Escolha camadas que contenham equipamentos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="197"/>
        <source>No record of the layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose layers with point or polygon geometry.</source>
        <translation>
            <numerusform>Nenhum registro da camada {0} tem localização: mapeie as suas coordenadas (x=...,y=...) ou escolha camadas com geometria de pontos ou polígonos.</numerusform>
            <numerusform>Nenhum registro das camadas {0} tem localização: mapeie as suas coordenadas (x=...,y=...) ou escolha camadas com geometria de pontos ou polígonos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="207"/>
        <source>Field survey: %n record(s)</source>
        <translation>
            <numerusform>Levantamento de campo: %n registro</numerusform>
            <numerusform>Levantamento de campo: %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="208"/>
        <source>%n verified (visited, phone or document)</source>
        <translation>
            <numerusform>%n verificado (visita, telefone ou documento)</numerusform>
            <numerusform>%n verificados (visita, telefone ou documento)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="212"/>
        <source>%n field-survey record(s) not verified (marked reported, or empty): they never replace a value of another source, and new places among them stay marked as unverified.</source>
        <translation>
            <numerusform>%n registro do levantamento de campo não verificado (marcado reported, ou vazio): nunca substitui um valor de outra fonte e, se for um local novo, fica marcado como não verificado.</numerusform>
            <numerusform>%n registros do levantamento de campo não verificados (marcados reported, ou vazios): nunca substituem um valor de outra fonte, e os locais novos entre eles ficam marcados como não verificados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="218"/>
        <source>Unexpected {0} values kept as they are: {1} (expected {2}).</source>
        <translation>Valores inesperados de {0} mantidos como estão: {1} (esperado {2}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="225"/>
        <source>{0} is not a valid regular expression ({1}): correct it, or leave it empty.</source>
        <translation>{0} não é uma expressão regular válida ({1}): corrija-a, ou deixe-a vazia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="227"/>
        <source>Service type whitelist: %n record(s) of other types rejected.</source>
        <translation>
            <numerusform>Lista de tipos de serviço permitidos: %n registro de outros tipos rejeitado.</numerusform>
            <numerusform>Lista de tipos de serviço permitidos: %n registros de outros tipos rejeitados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="229"/>
        <source>Name blacklist: %n record(s) rejected.</source>
        <translation>
            <numerusform>Lista de nomes bloqueados: %n registro rejeitado.</numerusform>
            <numerusform>Lista de nomes bloqueados: %n registros rejeitados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="240"/>
        <source>De-duplication: %n candidate pair(s) within {0} m</source>
        <translation>
            <numerusform>Remoção de duplicatas: %n par candidato a até {0} m</numerusform>
            <numerusform>Remoção de duplicatas: %n pares candidatos a até {0} m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="241"/>
        <source>%n matched</source>
        <translation>
            <numerusform>%n correspondente</numerusform>
            <numerusform>%n correspondentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="242"/>
        <source>%n duplicate record(s) merged.</source>
        <translation>
            <numerusform>%n registro duplicado mesclado.</numerusform>
            <numerusform>%n registros duplicados mesclados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="259"/>
        <source>Every record of the layer(s) {0} was rejected by {1} or {2}: loosen those rules.</source>
        <translation>
            <numerusform>Todos os registros da camada {0} foram rejeitados por {1} ou {2}: afrouxe essas regras.</numerusform>
            <numerusform>Todos os registros das camadas {0} foram rejeitados por {1} ou {2}: afrouxe essas regras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="276"/>
        <source>{0}: %n kept facilit(y/ies) took the value of a merged duplicate.</source>
        <translation>
            <numerusform>{0}: %n equipamento mantido recebeu o valor de uma duplicata mesclada.</numerusform>
            <numerusform>{0}: %n equipamentos mantidos receberam o valor de uma duplicata mesclada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="287"/>
        <source>%n facilit(y/ies) with a reported capacity of 0 ({0}): kept with 0 places, as asked.</source>
        <translation>
            <numerusform>%n equipamento com capacidade informada de 0 ({0}): mantido com 0 vagas, como pedido.</numerusform>
            <numerusform>%n equipamentos com capacidade informada de 0 ({0}): mantidos com 0 vagas, como pedido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="290"/>
        <source>%n facilit(y/ies) with a reported capacity of 0 ({0}): dropped (see the rejected records, reason capacity_zero); check {1} to keep them.</source>
        <translation>
            <numerusform>%n equipamento com capacidade informada de 0 ({0}): descartado (veja os registros rejeitados, reason capacity_zero); marque {1} para mantê-lo.</numerusform>
            <numerusform>%n equipamentos com capacidade informada de 0 ({0}): descartados (veja os registros rejeitados, reason capacity_zero); marque {1} para mantê-los.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="299"/>
        <source>Every facility reports a capacity of 0 ({0}): there is no place to map. Correct the capacities, or check {1}.</source>
        <translation>Todos os equipamentos informam capacidade 0 ({0}): não há nenhuma vaga para mapear. Corrija as capacidades, ou marque {1}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="315"/>
        <source>Supply inventory: {0}</source>
        <translation>Inventário da oferta: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="318"/>
        <source>No known capacity for the service type(s) {0}: their missing capacities were estimated from the median of all facilities.</source>
        <translation>
            <numerusform>Nenhuma capacidade conhecida para o tipo de serviço {0}: as suas capacidades ausentes foram estimadas pela mediana de todos os equipamentos.</numerusform>
            <numerusform>Nenhuma capacidade conhecida para os tipos de serviço {0}: as suas capacidades ausentes foram estimadas pela mediana de todos os equipamentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="324"/>
        <source>Capacities imputed per layer: {0}.</source>
        <translation>Capacidades imputadas por camada: {0}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="329"/>
        <source>Layer {0}: %n facilit(y/ies) without a capacity in field &apos;{1}&apos; (NULL or not a finite number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the capacities for exact figures.</source>
        <translation>
            <numerusform>Camada {0}: %n equipamento sem capacidade no campo &apos;{1}&apos; (NULL ou não é um número finito): foi gravada uma estimativa no lugar (capacity_imputed 1 a 3). Preencha as capacidades para ter números exatos.</numerusform>
            <numerusform>Camada {0}: %n equipamentos sem capacidade no campo &apos;{1}&apos; (NULL ou não é um número finito): foi gravada uma estimativa no lugar (capacity_imputed 1 a 3). Preencha as capacidades para ter números exatos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="334"/>
        <source>Layer {0} has no capacity field: its %n facilit(y/ies) got an estimated capacity (capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {1} for exact figures.</source>
        <translation>
            <numerusform>A camada {0} não tem campo de capacidade: o seu %n equipamento recebeu uma capacidade estimada (capacity_imputed 1 a 3). Mapeie o seu campo de capacidade (capacity=...) em {1} para ter números exatos.</numerusform>
            <numerusform>A camada {0} não tem campo de capacidade: os seus %n equipamentos receberam uma capacidade estimada (capacity_imputed 1 a 3). Mapeie o seu campo de capacidade (capacity=...) em {1} para ter números exatos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="338"/>
        <source>Every facility kept has a capacity of 0 ({0}): the inventory offers no place, so accessibility will find no supply.</source>
        <translation>Todos os equipamentos mantidos têm capacidade 0 ({0}): o inventário não oferece nenhuma vaga, então a acessibilidade não encontrará oferta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="341"/>
        <source>Capacity imputed for {0} facilities from their service type, {1} from all facilities, {2} from the default; hours/day missing for {3} (read as 8), days/week missing for {4} (read as 5).</source>
        <translation>Capacidade imputada para {0} equipamentos pelo tipo de serviço, {1} por todos os equipamentos, {2} pelo valor padrão; horas/dia ausentes em {3} (lidas como 8), dias/semana ausentes em {4} (lidos como 5).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="399"/>
        <source>{0}: {1} here, {2} in {3}</source>
        <translation>{0}: {1} aqui, {2} em {3}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="404"/>
        <source>Community review: {0} confirmed, {1} new, {2} conflicting.</source>
        <translation>Revisão comunitária: {0} confirmados, {1} novos, {2} em conflito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="440"/>
        <source>%n new verified place(s) left out of the OpenStreetMap file: the tag table has no tag for their service type ({0}); add them in JOSM by hand.</source>
        <translation>
            <numerusform>%n local novo verificado deixado fora do arquivo do OpenStreetMap: a tabela de tags não tem tag para o seu tipo de serviço ({0}); acrescente-o à mão no JOSM.</numerusform>
            <numerusform>%n locais novos verificados deixados fora do arquivo do OpenStreetMap: a tabela de tags não tem tag para o seu tipo de serviço ({0}); acrescente-os à mão no JOSM.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/supplyinventory.py" line="451"/>
        <source>The OpenStreetMap file could not be written to {0}: {1}. Choose another file or folder.</source>
        <translation>O arquivo do OpenStreetMap não pôde ser gravado em {0}: {1}. Escolha outro arquivo ou pasta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/supplyinventory.py" line="453"/>
        <source>OpenStreetMap change file: %n new verified place(s) written to {0}; review them in JOSM before uploading.</source>
        <translation>
            <numerusform>Arquivo de alterações do OpenStreetMap: %n local novo verificado gravado em {0}; revise-o no JOSM antes de enviá-lo.</numerusform>
            <numerusform>Arquivo de alterações do OpenStreetMap: %n locais novos verificados gravados em {0}; revise-os no JOSM antes de enviá-los.</numerusform>
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
        <translation>GTFS,transporte público,ônibus,rotas,paradas,quadro de horários,frequências,intervalo entre ônibus,transporte coletivo,sintético,Ferramenta de Georreferenciamento do Cuidado</translation>
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
        <translation>Quanto tempo uma pessoa cuidadora leva de ônibus quando a cidade não publica nenhum quadro de horários? A partir das linhas das rotas de ônibus e das paradas de ônibus que você tem, esta ferramenta grava um feed de transporte público no formato padrão GTFS (um arquivo zip) que os tempos de deslocamento por transporte público do CareMap, e outras ferramentas, podem ler. Cada parada perto de uma rota é uma das suas paradas, em ordem ao longo da linha; o ônibus anda à velocidade informada, espera em cada parada e sai a cada poucos minutos durante o horário de serviço, nos dois sentidos.

Como ler os resultados: o zip contém as tabelas do feed: stops.txt (as paradas usadas, stop_id = stop_ mais o id da feição da sua parada, em longitude e latitude), routes.txt (um registro por rota, route_id = route_ mais o id da feição da sua linha, com o nome vindo do campo de nome da rota), trips.txt (uma viagem por rota e sentido: direction_id 0 no sentido em que a linha foi desenhada, 1 na volta), stop_times.txt (os horários do primeiro ônibus de cada viagem e shape_dist_traveled, metros ao longo da linha), frequencies.txt (do primeiro ônibus até o fim do serviço, headway_secs entre os ônibus) e calendar.txt (todos os dias da semana). O log e os números contam as rotas e as paradas gravadas, as paradas longe de todas as rotas e as rotas deixadas de fora.

Exemplo: uma rota de 2 km com paradas a 0, 1 e 2 km, a 16 km/h: 1 km leva 3 min 45 s, mais 25 s na parada do meio, então o ônibus chega ao fim 7 min 55 s depois de sair. Com um ônibus a cada 15 minutos a partir das 05:00, uma pessoa cuidadora que chega à primeira parada às 07:03 espera até as 07:15 e chega às 07:22:55: 19,9 minutos.

Bom saber:
- Os horários são uma estimativa de um serviço regular, não o quadro de horários real: os ônibus saem exatamente a cada intervalo, à mesma velocidade o dia todo (sem horário de pico). Os padrões (40 m, 16 km/h, 25 s, a cada 15 minutos, das 05:00 às 23:00) são os da Ferramenta de Georreferenciamento do Cuidado.
- Uma parada mais longe que a distância de aderência de todas as rotas fica de fora (contada em um aviso); mova-a ou aumente a distância. Uma rota com menos de 2 paradas perto dela fica de fora (contada).
- Uma parada em duas rotas é uma parada de ambas, onde uma pessoa cuidadora pode trocar de ônibus. Uma rota que passa duas vezes por uma parada (um circuito) para ali uma só vez, onde passa mais perto.
- Um fim de serviço anterior ao início vai além da meia-noite (das 05:00 à 01:00 termina à 01:00 da manhã seguinte).
- O fuso horário do feed diz UTC: os seus horários são a hora local da sua cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="69"/>
        <source>Line layer of the bus routes, one line per route (a route of several parts is followed part after part, in their order). Typical: routes digitised over the city&apos;s map, or OpenStreetMap bus routes.</source>
        <translation>Camada de linhas das rotas de ônibus, uma linha por rota (uma rota de várias partes é seguida parte após parte, na sua ordem). Típico: rotas digitalizadas sobre o mapa da cidade, ou rotas de ônibus do OpenStreetMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="70"/>
        <source>Optional field with each route&apos;s name or number, written as the route&apos;s name in the feed; empty = the routes are numbered in layer order. Typical: name or ref.</source>
        <translation>Campo opcional com o nome ou número de cada rota, gravado como nome da rota no feed; vazio = as rotas são numeradas na ordem da camada. Típico: name ou ref.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="71"/>
        <source>Point layer of the bus stops. Each stop belongs to every route that passes within the snap distance. Typical: stops surveyed or taken from OpenStreetMap (highway=bus_stop).</source>
        <translation>Camada de pontos das paradas de ônibus. Cada parada pertence a todas as rotas que passam dentro da distância de aderência. Típico: paradas levantadas em campo ou tomadas do OpenStreetMap (highway=bus_stop).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="72"/>
        <source>Average speed of the bus between stops, in km/h. Typical: 16 km/h (the Care Georeferencing Tool&apos;s value for city buses).</source>
        <translation>Velocidade média do ônibus entre as paradas, em km/h. Típico: 16 km/h (o valor da Ferramenta de Georreferenciamento do Cuidado para ônibus urbanos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="73"/>
        <source>Minutes between two buses of a route in each direction. Typical: 15 minutes.</source>
        <translation>Minutos entre dois ônibus de uma rota em cada sentido. Típico: 15 minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="74"/>
        <source>Time the first bus of each route leaves its first stop, as HH:MM (24-hour clock). Typical: 05:00.</source>
        <translation>Hora em que o primeiro ônibus de cada rota sai da sua primeira parada, como HH:MM (relógio de 24 horas). Típico: 05:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="75"/>
        <source>Time of the end of service, as HH:MM: no bus leaves its first stop at or after it; a time before the first bus means after midnight. Typical: 23:00.</source>
        <translation>Hora do fim do serviço, como HH:MM: nenhum ônibus sai da sua primeira parada nessa hora ou depois dela; uma hora anterior ao primeiro ônibus significa depois da meia-noite. Típico: 23:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="76"/>
        <source>Largest distance in metres between a stop and a route&apos;s line for the stop to be one of its stops (inclusive). Typical: 40 m (the Care Georeferencing Tool&apos;s value).</source>
        <translation>Maior distância em metros entre uma parada e a linha de uma rota para que a parada seja uma das suas paradas (inclusiva). Típico: 40 m (o valor da Ferramenta de Georreferenciamento do Cuidado).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="77"/>
        <source>Seconds the bus waits at each stop between the first and the last, for people to get on and off. Typical: 25 s.</source>
        <translation>Segundos que o ônibus espera em cada parada entre a primeira e a última, para as pessoas subirem e descerem. Típico: 25 s.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="78"/>
        <source>Optional field marking routes that run only in the direction the line is drawn (yes, 1 or true); empty, no or 0 = both directions. Typical: empty (every route runs both ways).</source>
        <translation>Campo opcional que marca as rotas que só andam no sentido em que a linha foi desenhada (yes, 1 ou true); vazio, no ou 0 = os dois sentidos. Típico: vazio (toda rota anda nos dois sentidos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="79"/>
        <source>The GTFS feed written as a zip file (agency, stops, routes, trips, stop_times, calendar and frequencies). Typical: a file such as city_buses_gtfs.zip.</source>
        <translation>O feed GTFS gravado como arquivo zip (agency, stops, routes, trips, stop_times, calendar e frequencies). Típico: um arquivo como city_buses_gtfs.zip.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="80"/>
        <source>Number of routes in the feed (with at least 2 stops).</source>
        <translation>Número de rotas no feed (com pelo menos 2 paradas).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="81"/>
        <source>Number of stops in the feed (each near at least one route written).</source>
        <translation>Número de paradas no feed (cada uma perto de pelo menos uma rota gravada).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="82"/>
        <source>Number of stops left out because no route passes within the snap distance.</source>
        <translation>Número de paradas deixadas de fora porque nenhuma rota passa dentro da distância de aderência.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="83"/>
        <source>Number of routes left out because fewer than 2 stops are near them.</source>
        <translation>Número de rotas deixadas de fora porque há menos de 2 paradas perto delas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="86"/>
        <source>Routes written</source>
        <translation>Rotas gravadas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="87"/>
        <source>Stops written</source>
        <translation>Paradas gravadas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="88"/>
        <source>Stops near no route</source>
        <translation>Paradas longe de todas as rotas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="89"/>
        <source>Routes left out</source>
        <translation>Rotas deixadas de fora</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="94"/>
        <source>Bus routes (lines)</source>
        <translation>Rotas de ônibus (linhas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="97"/>
        <source>Route name (field; empty = numbered)</source>
        <translation>Nome da rota (campo; vazio = numeradas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="99"/>
        <source>Bus stops (points)</source>
        <translation>Paradas de ônibus (pontos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="101"/>
        <source>Bus speed (km/h)</source>
        <translation>Velocidade do ônibus (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="103"/>
        <source>Minutes between buses</source>
        <translation>Minutos entre ônibus</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="105"/>
        <source>First bus (HH:MM)</source>
        <translation>Primeiro ônibus (HH:MM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="106"/>
        <source>End of service (HH:MM)</source>
        <translation>Fim do serviço (HH:MM)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="108"/>
        <source>Largest distance from a stop to its route (m)</source>
        <translation>Maior distância de uma parada à sua rota (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="111"/>
        <source>Time at each stop (seconds)</source>
        <translation>Tempo em cada parada (segundos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="113"/>
        <source>One-way routes (field; empty = both directions)</source>
        <translation>Rotas de mão única (campo; vazio = os dois sentidos)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="116"/>
        <source>Public transport feed (GTFS zip)</source>
        <translation>Feed de transporte público (zip GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="116"/>
        <source>GTFS zip (*.zip)</source>
        <translation>Arquivo zip GTFS (*.zip)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="129"/>
        <source>{0}: &apos;{1}&apos; is not a time of day. Write it as HH:MM on a 24-hour clock, e.g. 05:00 or 23:00.</source>
        <translation>{0}: &apos;{1}&apos; não é uma hora do dia. Escreva-a como HH:MM em um relógio de 24 horas, p. ex. 05:00 ou 23:00.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="134"/>
        <source>{0} and {1} are both {2}: no bus would run. Give the end of service, e.g. {3}.</source>
        <translation>{0} e {1} são ambos {2}: nenhum ônibus circularia. Informe o fim do serviço, p. ex. {3}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="145"/>
        <source>Field &apos;{0}&apos; of layer {1}: {2}. Use yes or 1 for a route that runs only as drawn, no, 0 or empty for both directions.</source>
        <translation>Campo &apos;{0}&apos; da camada {1}: {2}. Use yes ou 1 para uma rota que só anda no sentido em que foi desenhada, no, 0 ou vazio para os dois sentidos.</translation>
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
            <numerusform>%n parada da camada {0} a mais de {1:g} m ({2}) de todas as rotas da camada {3}: deixada fora do feed.</numerusform>
            <numerusform>%n paradas da camada {0} a mais de {1:g} m ({2}) de todas as rotas da camada {3}: deixadas fora do feed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="175"/>
        <source>Feature ids of stops left out: {0}</source>
        <translation>Ids das feições das paradas deixadas de fora: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="180"/>
        <source>%n route(s) of layer {0} with fewer than 2 stops within {1:g} m: left out of the feed.</source>
        <translation>
            <numerusform>%n rota da camada {0} com menos de 2 paradas a até {1:g} m: deixada fora do feed.</numerusform>
            <numerusform>%n rotas da camada {0} com menos de 2 paradas a até {1:g} m: deixadas fora do feed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="182"/>
        <source>Feature ids of routes left out: {0}</source>
        <translation>Ids das feições das rotas deixadas de fora: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="185"/>
        <source>No route of layer {0} has 2 stops of layer {1} within {2:g} m ({3}), so there is no bus to write. Check that both layers show the same streets, or raise the distance.</source>
        <translation>Nenhuma rota da camada {0} tem 2 paradas da camada {1} a até {2:g} m ({3}), então não há ônibus a gravar. Verifique se as duas camadas mostram as mesmas ruas, ou aumente a distância.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="194"/>
        <source>The feed could not be written to {0}: {1}. Choose another file or folder.</source>
        <translation>O feed não pôde ser gravado em {0}: {1}. Escolha outro arquivo ou pasta.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/syntheticgtfs.py" line="196"/>
        <source>Feed written to {0}: {1}, {2}, {3}.</source>
        <translation>Feed gravado em {0}: {1}, {2}, {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/syntheticgtfs.py" line="197"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n rota</numerusform>
            <numerusform>%n rotas</numerusform>
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
            <numerusform>%n viagem com as suas frequências</numerusform>
            <numerusform>%n viagens com as suas frequências</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="30"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="149"/>
        <source>Unpaid care work</source>
        <translation>Trabalho de cuidado não remunerado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="32"/>
        <source>unpaid care,time use,women,replacement cost,opportunity cost,valuation,hours freed</source>
        <translation>cuidado não remunerado,uso do tempo,mulheres,custo de reposição,custo de oportunidade,valoração,horas liberadas</translation>
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
        <translation>Quantas horas de cuidado não remunerado os domicílios dão, quem as dá, quanto valem, e quantas horas os serviços de cuidado liberariam? A partir da população de cada unidade por sexo e faixa etária e de uma tabela de uso do tempo (as horas semanais médias de cuidado não remunerado por pessoa, p. ex. de uma pesquisa nacional de uso do tempo), estima as horas por unidade e o seu valor; com serviços de cuidado, as horas que eles assumem.

Como ler os resultados:
- Trabalho de cuidado não remunerado: as unidades com unpaid_week e unpaid_year (horas de cuidado não remunerado por semana e por ano), women_week (as horas feitas por mulheres) e women_share (0 a 1), value_replacement (as horas anuais ao salário por hora de uma trabalhadora do cuidado, na moeda do salário); com os salários de mulheres e de homens, também value_opportunity (o que as pessoas cuidadoras ganhariam em vez disso); com um PIB local, também gdp_share; com serviços de cuidado, também hours_freed_week (horas por semana que os serviços assumem na unidade) e freed_share (a sua parcela nas horas não remuneradas da unidade).
- Números: os totais de horas, a parcela das mulheres e os valores.

Exemplo: uma quadra com 100 mulheres e 90 homens de 18-64 anos, que dão 34,8 e 13,9 horas por semana: 100 x 34,8 + 90 x 13,9 = 4.731 horas por semana, 73,6% feitas por mulheres, 246.012 horas por ano; a 2,5 dólares por hora, isso vale 615.030 dólares por ano. Um centro com 100 vagas aberto 50 horas por semana, em que cada vaga-hora substitui meia hora de cuidado domiciliar, libera 100 x 50 x 0,5 = 2.500 horas por semana, repartidas entre as quadras ao seu alcance. Na cidade de demonstração: cerca de 23,4 milhões de horas por semana, 73% feitas por mulheres, que valem cerca de 3,05 bilhões de dólares por ano a 2,5 dólares por hora.

Bom saber:
- Os campos de população são encontrados pelo nome (f_18_64 para mulheres de 18-64 anos; a faixa 18-64 ou 18_64), ou como informado em &apos;Mapeamento de faixas para campos&apos;; uma linha de uso do tempo sem campo de população não é contada (um aviso as lista).
- Uma unidade com população NULL recebe horas NULL e fica fora dos totais (contada em um aviso).
- As horas que um serviço libera são repartidas só entre as unidades dentro do alcance do serviço: as horas de um serviço que não alcança nenhuma unidade não são contadas (o log diz quantas).
- Com o horário de funcionamento dos serviços (p. ex. &apos;Mo-Fr 07:00-13:00&apos; = 30 horas por semana), as horas liberadas contam só as horas em que cada serviço está aberto: 10 vagas abertas de segunda a sexta das 07:00 às 13:00 liberam 10 x 30 x 0,5 = 150 horas por semana, não 10 x 40 x 0,5 = 200. Um serviço com horário vazio ou ilegível mantém as horas de funcionamento por semana informadas de outra forma.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="68"/>
        <source>Layer of units (points or polygons) with population fields by sex and age band. Typical: census blocks with f_18_64, m_18_64 and similar fields.</source>
        <translation>Camada de unidades (pontos ou polígonos) com campos de população por sexo e faixa etária. Típico: setores censitários com f_18_64, m_18_64 e campos semelhantes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="69"/>
        <source>Table of average weekly hours of unpaid care per person by sex and age band, e.g. from a national time-use survey. Typical: a CSV with sex, age_band, weekly_hours.</source>
        <translation>Tabela de horas semanais médias de cuidado não remunerado por pessoa, por sexo e faixa etária, p. ex. de uma pesquisa nacional de uso do tempo. Típico: um CSV com sex, age_band, weekly_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="70"/>
        <source>Field of the time-use table with the sex (e.g. f, m). Typical: sex.</source>
        <translation>Campo da tabela de uso do tempo com o sexo (p. ex. f, m). Típico: sex.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="71"/>
        <source>Field of the time-use table with the age band in years (e.g. 18-64). Typical: age_band.</source>
        <translation>Campo da tabela de uso do tempo com a faixa etária em anos (p. ex. 18-64). Típico: age_band.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="72"/>
        <source>Numeric field of the time-use table with the average weekly hours of unpaid care per person. Typical: weekly_hours.</source>
        <translation>Campo numérico da tabela de uso do tempo com as horas semanais médias de cuidado não remunerado por pessoa. Típico: weekly_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="73"/>
        <source>Which population field of the units holds each sex and age band, as sex:band=field items separated by &apos;;&apos;; empty = found by field name (f_18_64). Typical: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</source>
        <translation>Qual campo de população das unidades contém cada sexo e faixa etária, como itens sexo:faixa=campo separados por &apos;;&apos;; vazio = encontrado pelo nome do campo (f_18_64). Típico: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="74"/>
        <source>Hourly wage of a paid care worker in local currency, for the replacement-cost value. Typical: the minimum wage per hour.</source>
        <translation>Salário por hora de uma pessoa trabalhadora do cuidado remunerada, em moeda local, para o valor por custo de substituição. Típico: o salário mínimo por hora.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="75"/>
        <source>Weeks per year used to turn weekly hours into yearly hours. Typical: 52.</source>
        <translation>Semanas por ano usadas para converter horas semanais em horas anuais. Típico: 52.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="76"/>
        <source>Optional average hourly wage of women (local currency), for the opportunity-cost value of women&apos;s hours. Typical: from the labour force survey.</source>
        <translation>Salário médio por hora das mulheres (moeda local), opcional, para o valor por custo de oportunidade das horas das mulheres. Típico: da pesquisa de força de trabalho.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="77"/>
        <source>Optional average hourly wage of men (local currency), for the opportunity-cost value of men&apos;s hours. Typical: from the labour force survey.</source>
        <translation>Salário médio por hora dos homens (moeda local), opcional, para o valor por custo de oportunidade das horas dos homens. Típico: da pesquisa de força de trabalho.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="78"/>
        <source>Optional local GDP per year in the same currency as the care worker&apos;s wage, to express the value as a share of GDP. Typical: the city&apos;s GDP.</source>
        <translation>PIB local anual opcional na mesma moeda do salário da trabalhadora do cuidado, para expressar o valor como proporção do PIB. Típico: o PIB da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="79"/>
        <source>Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of CareMap&apos;s siting.</source>
        <translation>Camada de pontos opcional de serviços de cuidado (existentes ou novos locais) cujas horas liberam tempo de cuidado domiciliar. Típico: os novos locais da localização do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="80"/>
        <source>Optional numeric field of the care services with the places of each one; empty = &apos;Places per service&apos; for every service. Typical: capacity_fde, or capacity.</source>
        <translation>Campo numérico opcional dos serviços de cuidado com as vagas de cada um; vazio = &apos;Vagas por serviço&apos; para todos os serviços. Típico: capacity_fde, ou capacity.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="81"/>
        <source>Places of each service when no places field is chosen. Typical: 50 places.</source>
        <translation>Vagas de cada serviço quando nenhum campo de vagas é escolhido. Típico: 50 vagas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="82"/>
        <source>Optional numeric field of the care services with the hours each one is open per week; empty = &apos;Hours open per week&apos; for every service. Typical: empty.</source>
        <translation>Campo numérico opcional dos serviços de cuidado com as horas que cada um fica aberto por semana; vazio = &apos;Horas de funcionamento por semana&apos; para todos os serviços. Típico: vazio.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="83"/>
        <source>Optional text field of the care services with their opening hours in OpenStreetMap&apos;s form (e.g. &apos;Mo-Fr 07:00-19:00; Sa 08:00-12:00&apos;); the hours a week each service is open then come from its schedule, so the hours freed count only the hours it is open. A service whose hours are empty, or not understood (named in a warning), keeps the hours open per week given otherwise. Typical: opening_hours.</source>
        <translation>Campo de texto opcional dos serviços de cuidado com o seu horário de funcionamento na forma do OpenStreetMap (p. ex. &apos;Mo-Fr 07:00-19:00; Sa 08:00-12:00&apos;); as horas por semana em que cada serviço fica aberto vêm então do seu horário, de modo que as horas liberadas contam só as horas em que ele está aberto. Um serviço cujo horário está vazio, ou não é entendido (citado em um aviso), mantém as horas de funcionamento por semana informadas de outra forma. Típico: opening_hours.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="84"/>
        <source>Hours each service is open per week when no hours field is chosen. Typical: 40 hours (8 hours, 5 days).</source>
        <translation>Horas que cada serviço fica aberto por semana quando nenhum campo de horas é escolhido. Típico: 40 horas (8 horas, 5 dias).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="85"/>
        <source>Hours of household care replaced by one place open for one hour (0-1). Typical: 0.5.</source>
        <translation>Horas de cuidado no domicílio substituídas por uma vaga aberta durante uma hora (0-1). Típico: 0.5.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="86"/>
        <source>Optional numeric field of the units by which the hours freed by a service are shared among the units within its reach; empty = the units&apos; unpaid hours. Typical: children 0-5.</source>
        <translation>Campo numérico opcional das unidades pelo qual as horas liberadas por um serviço são repartidas entre as unidades ao seu alcance; vazio = as horas não remuneradas das unidades. Típico: crianças de 0-5 anos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="87"/>
        <source>Reach of a service in the cost unit, inclusive: only units within it share the hours it frees. Typical: 10 minutes walking.</source>
        <translation>Alcance de um serviço na unidade de custo, inclusive: só as unidades dentro dele repartem as horas que ele libera. Típico: 10 minutos a pé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="88"/>
        <source>The units with unpaid_week, unpaid_year, women_week, women_share, value_replacement (and value_opportunity, gdp_share, hours_freed_week, freed_share when asked).</source>
        <translation>As unidades com unpaid_week, unpaid_year, women_week, women_share, value_replacement (e value_opportunity, gdp_share, hours_freed_week, freed_share quando pedidos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="89"/>
        <source>Unpaid care hours per week in all units.</source>
        <translation>Horas de cuidado não remunerado por semana em todas as unidades.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="90"/>
        <source>Unpaid care hours per year in all units (weekly hours x weeks per year).</source>
        <translation>Horas de cuidado não remunerado por ano em todas as unidades (horas semanais x semanas por ano).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="91"/>
        <source>Share (0 to 1) of the unpaid care hours done by women; None when there are no hours.</source>
        <translation>Proporção (0 a 1) das horas de cuidado não remunerado feitas por mulheres; None quando não há horas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="92"/>
        <source>Value per year of the unpaid care hours at the wage of a paid carer (replacement cost).</source>
        <translation>Valor anual das horas de cuidado não remunerado ao salário de uma pessoa cuidadora remunerada (custo de substituição).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="93"/>
        <source>Value per year at the wages the carers would earn (the women&apos;s and men&apos;s wages); None without them.</source>
        <translation>Valor anual aos salários que as pessoas cuidadoras ganhariam (os salários de mulheres e de homens); None sem eles.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="94"/>
        <source>Replacement value as a share of GDP; None without GDP.</source>
        <translation>Valor de substituição como proporção do PIB; None sem PIB.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="95"/>
        <source>Hours of unpaid care per week the care services would free; None without services.</source>
        <translation>Horas de cuidado não remunerado por semana que os serviços de cuidado liberariam; None sem serviços.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="104"/>
        <source>Units with population by sex and age</source>
        <translation>Unidades com população por sexo e idade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="106"/>
        <source>Time-use table (sex, age_band, weekly_hours)</source>
        <translation>Tabela de uso do tempo (sex, age_band, weekly_hours)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="107"/>
        <source>Sex field</source>
        <translation>Campo de sexo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="108"/>
        <source>Age band field</source>
        <translation>Campo de faixa etária</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="109"/>
        <source>Weekly hours field</source>
        <translation>Campo de horas semanais</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="113"/>
        <source>Band to field mapping (sex:band=field; ...), empty = by field name</source>
        <translation>Mapeamento de faixas para campos (sexo:faixa=campo; ...), vazio = pelo nome do campo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="115"/>
        <source>Hourly wage of a care worker</source>
        <translation>Salário por hora de uma trabalhadora do cuidado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="118"/>
        <source>Weeks per year</source>
        <translation>Semanas por ano</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="119"/>
        <source>Women&apos;s average hourly wage (opportunity cost)</source>
        <translation>Salário médio por hora das mulheres (custo de oportunidade)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="120"/>
        <source>Men&apos;s average hourly wage (opportunity cost)</source>
        <translation>Salário médio por hora dos homens (custo de oportunidade)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="121"/>
        <source>Local GDP per year (same currency)</source>
        <translation>PIB local por ano (mesma moeda)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="125"/>
        <source>Care services (existing or new sites)</source>
        <translation>Serviços de cuidado (existentes ou novos locais)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="127"/>
        <source>Places field</source>
        <translation>Campo de vagas</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="130"/>
        <source>Places per service (when no places field)</source>
        <translation>Vagas por serviço (sem campo de vagas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="132"/>
        <source>Hours open per week (when no field)</source>
        <translation>Horas de funcionamento por semana (sem campo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="134"/>
        <source>Hours open per week field</source>
        <translation>Campo de horas de funcionamento por semana</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="137"/>
        <source>Opening hours field (e.g. Mo-Fr 08:00-17:00)</source>
        <translation>Campo de horário de funcionamento (p. ex. Mo-Fr 08:00-17:00)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="143"/>
        <source>Service reach (in the cost unit, inclusive)</source>
        <translation>Alcance do serviço (na unidade de custo, inclusivo)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="146"/>
        <source>Field to share service hours by (empty = unpaid hours)</source>
        <translation>Campo para repartir as horas de serviço (vazio = horas não remuneradas)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="150"/>
        <source>Unpaid care hours per week</source>
        <translation>Horas de cuidado não remunerado por semana</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="151"/>
        <source>Unpaid care hours per year</source>
        <translation>Horas de cuidado não remunerado por ano</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="152"/>
        <source>Women&apos;s share of unpaid care hours</source>
        <translation>Parcela das mulheres nas horas de cuidado não remunerado</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="153"/>
        <source>Replacement-cost value per year</source>
        <translation>Valor anual pelo custo de reposição</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="154"/>
        <source>Opportunity-cost value per year</source>
        <translation>Valor anual pelo custo de oportunidade</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="155"/>
        <source>Value as a share of GDP</source>
        <translation>Valor como parcela do PIB</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="156"/>
        <source>Hours freed per week by the services</source>
        <translation>Horas liberadas por semana graças aos serviços</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="168"/>
        <source>Time-use table {0}: weekly hours value &apos;{1}&apos; in field &apos;{2}&apos; is not a number.</source>
        <translation>Tabela de uso do tempo {0}: o valor de horas semanais &apos;{1}&apos; no campo &apos;{2}&apos; não é um número.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="173"/>
        <source>Time-use table {0}: {1}</source>
        <translation>Tabela de uso do tempo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="185"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="189"/>
        <source>Time-use table {0} has no row for sex &apos;{1}&apos;, age band &apos;{2}&apos; (used in {3} for field &apos;{4}&apos;): add the row to the table or correct the band.</source>
        <translation>A tabela de uso do tempo {0} não tem linha para o sexo &apos;{1}&apos; e a faixa etária &apos;{2}&apos; (usada em {3} para o campo &apos;{4}&apos;): acrescente a linha à tabela ou corrija a faixa.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="195"/>
        <source>No field of layer {0} is named like a time-use row (e.g. &apos;{1}&apos;): say which field holds each sex and age band in {2}.</source>
        <translation>Nenhum campo da camada {0} tem o nome de uma linha de uso do tempo (p. ex. &apos;{1}&apos;): indique em {2} qual campo contém cada sexo e faixa etária.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="200"/>
        <source>Time-use rows without a population field (not counted): {0}</source>
        <translation>Linhas de uso do tempo sem campo de população (não contadas): {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="202"/>
        <source>Population fields: {0}</source>
        <translation>Campos de população: {0}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="224"/>
        <source>Unpaid care in layer {0}: {1}</source>
        <translation>Cuidado não remunerado na camada {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="226"/>
        <source>%n unit(s) of layer {0} with a NULL (or non-finite) population in {1}: NULL hours and values, left out of the totals.</source>
        <translation>
            <numerusform>%n unidade da camada {0} com população NULL (ou não finita) em {1}: horas e valores NULL, fora dos totais.</numerusform>
            <numerusform>%n unidades da camada {0} com população NULL (ou não finita) em {1}: horas e valores NULL, fora dos totais.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="231"/>
        <source>Layer {0} has no unpaid care hours (every population or time-use rate is 0, or NULL): the women&apos;s share has no meaning and is left empty.</source>
        <translation>A camada {0} não tem horas de cuidado não remunerado (toda população ou taxa de uso do tempo é 0, ou NULL): a proporção das mulheres não tem sentido e fica vazia.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="251"/>
        <source>The services would free {0:,.0f} hours a week of unpaid care ({1:,.0f} hours of services reach no unit).</source>
        <translation>Os serviços liberariam {0:.0f} horas semanais de cuidado não remunerado ({1:.0f} horas de serviço não alcançam nenhuma unidade).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="256"/>
        <source>{0:,.0f} hours of unpaid care a week, {1:.1%} by women; value {2:,.0f} a year.</source>
        <translation>{0:.0f} horas de cuidado não remunerado por semana, {1:.1%} feitas por mulheres; valor de {2:.0f} por ano.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="276"/>
        <location filename="../processing/algorithms/unpaidcare.py" line="290"/>
        <source>%n service(s) of layer {0} with a NULL (or non-finite) &apos;{1}&apos;: no hours freed.</source>
        <translation>
            <numerusform>%n serviço da camada {0} com &apos;{1}&apos; NULL (ou não finito): nenhuma hora liberada.</numerusform>
            <numerusform>%n serviços da camada {0} com &apos;{1}&apos; NULL (ou não finito): nenhuma hora liberada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="281"/>
        <source>Every service in layer {0} has capacity 0 in field &apos;{1}&apos;: no hours can be freed.</source>
        <translation>Todos os serviços da camada {0} têm capacidade 0 no campo &apos;{1}&apos;: nenhuma hora pode ser liberada.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="283"/>
        <source>{0} is 0: the services of layer {1} free no hours. Set the places per service above 0, or choose a places field.</source>
        <translation>{0} é 0: os serviços da camada {1} não liberam nenhuma hora. Defina as vagas por serviço com um valor maior que 0, ou escolha um campo de vagas.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="297"/>
        <source>{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. {2:g} minutes.</source>
        <translation>{0} é {1:g}: nenhuma unidade poderia repartir as horas que um serviço libera. Defina-o acima de 0, p. ex. {2:g} minutos.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/unpaidcare.py" line="308"/>
        <source>Services {0}: {1}</source>
        <translation>Serviços {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="319"/>
        <source>%n service(s) of layer {0} with opening hours in &apos;{1}&apos; that CareMap does not understand: they keep the hours open per week given otherwise: {2}. Write them like &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</source>
        <translation>
            <numerusform>%n serviço da camada {0} com horário de funcionamento em &apos;{1}&apos; que o CareMap não entende: mantém as horas de funcionamento por semana informadas de outra forma: {2}. Escreva-o como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</numerusform>
            <numerusform>%n serviços da camada {0} com horário de funcionamento em &apos;{1}&apos; que o CareMap não entende: mantêm as horas de funcionamento por semana informadas de outra forma: {2}. Escreva-os como &apos;Mo-Fr 08:00-17:00; Sa 09:00-12:00&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/algorithms/unpaidcare.py" line="324"/>
        <source>Hours open per week from the opening hours in &apos;{0}&apos; for %n service(s) of layer {1}; the others keep the hours open per week given otherwise.</source>
        <translation>
            <numerusform>Horas de funcionamento por semana a partir do horário de funcionamento em &apos;{0}&apos; para %n serviço da camada {1}; os outros mantêm as horas de funcionamento por semana informadas de outra forma.</numerusform>
            <numerusform>Horas de funcionamento por semana a partir do horário de funcionamento em &apos;{0}&apos; para %n serviços da camada {1}; os outros mantêm as horas de funcionamento por semana informadas de outra forma.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="20"/>
        <source>Supply and demand</source>
        <translation>Oferta e demanda</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="21"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="22"/>
        <source>Gaps and equity</source>
        <translation>Lacunas e equidade</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="23"/>
        <source>Planning</source>
        <translation>Planejamento</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="24"/>
        <source>Workflow and report</source>
        <translation>Fluxo de trabalho e relatório</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="93"/>
        <source>Values for scripts: {0}.</source>
        <translation>Valores para scripts: {0}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="108"/>
        <source>Figures returned (usable in models and scripts):</source>
        <translation>Números retornados (utilizáveis em modelos e scripts):</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="161"/>
        <source>Formula, method and references</source>
        <translation>Fórmula, método e referências</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="209"/>
        <source>{0}: &apos;{1}&apos; is not one of: {2}.</source>
        <translation>{0}: &apos;{1}&apos; não é um destes: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="198"/>
        <source>Could not copy layer {0} to a temporary file for the municipality&apos;s process ({1}): {2}. Check the free space of the temporary folder, or set {3} to 1.</source>
        <translation>Não foi possível copiar a camada {0} para um arquivo temporário para o processo do município ({1}): {2}. Verifique o espaço livre da pasta temporária, ou defina {3} como 1.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="222"/>
        <source>(own process)</source>
        <translation>(processo próprio)</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="254"/>
        <source>Municipality {0} done.</source>
        <translation>Município {0} concluído.</translation>
    </message>
    <message>
        <location filename="../processing/batch_processes.py" line="257"/>
        <source>qgis_process ended with code {0} and no message.</source>
        <translation>qgis_process terminou com o código {0} e sem mensagem.</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="29"/>
        <source>Straight line</source>
        <translation>Linha reta</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="30"/>
        <location filename="../processing/choices.py" line="36"/>
        <source>Road network</source>
        <translation>Rede viária</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="31"/>
        <source>Table of travel costs</source>
        <translation>Tabela de custos de deslocamento</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="32"/>
        <source>Public transport (GTFS)</source>
        <translation>Transporte público (GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="35"/>
        <source>Straight line (times the detour factor)</source>
        <translation>Linha reta (vezes o fator de desvio)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="39"/>
        <source>Metres</source>
        <translation>Metros</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="43"/>
        <source>Cost to the nearest facility</source>
        <translation>Custo até o equipamento mais próximo</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="44"/>
        <source>Places within reach (cumulative opportunities)</source>
        <translation>Vagas ao alcance (oportunidades acumuladas)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="45"/>
        <source>Two-step floating catchment (2SFCA)</source>
        <translation>Área de influência flutuante em duas etapas (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="46"/>
        <source>Two-step floating catchment with distance zones (E2SFCA)</source>
        <translation>Área de influência flutuante em duas etapas com zonas de distância (E2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="47"/>
        <source>Two-step floating catchment with gradual decay (G2SFCA)</source>
        <translation>Área de influência flutuante em duas etapas com decaimento gradual (G2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="48"/>
        <source>Three-step floating catchment, with competition (3SFCA)</source>
        <translation>Área de influência flutuante em três etapas, com concorrência (3SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="49"/>
        <source>Modified two-step floating catchment (M2SFCA)</source>
        <translation>Área de influência flutuante em duas etapas modificada (M2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="50"/>
        <source>Gravity potential (Hansen)</source>
        <translation>Potencial gravitacional (Hansen)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="53"/>
        <source>None: full weight up to the threshold</source>
        <translation>Nenhum: peso total até o limiar</translation>
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
        <translation>Linear (decrescente)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="57"/>
        <source>Power (inverse distance)</source>
        <translation>Potência (inverso da distância)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="60"/>
        <source>Equal: every person counts once</source>
        <translation>Iguais: cada pessoa conta uma vez</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="61"/>
        <source>By age: care-need scale of Madrid</source>
        <translation>Por idade: escala de necessidade de cuidado de Madri</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="62"/>
        <source>Custom weights</source>
        <translation>Pesos personalizados</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="65"/>
        <source>Nearest neighbours</source>
        <translation>Vizinhas mais próximas</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="66"/>
        <source>Neighbours within a distance</source>
        <translation>Vizinhas dentro de uma distância</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="67"/>
        <source>Shared border or corner (queen)</source>
        <translation>Divisa ou vértice compartilhado (queen)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="68"/>
        <source>Shared border (rook)</source>
        <translation>Divisa compartilhada (rook)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="71"/>
        <source>Hot and cold spots (Getis-Ord Gi*)</source>
        <translation>Pontos quentes e frios (Gi* de Getis-Ord)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="72"/>
        <source>Clusters and outliers (local Moran&apos;s I)</source>
        <translation>Agrupamentos e valores atípicos (I de Moran local)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="75"/>
        <source>Row-standardised</source>
        <translation>Padronizados por linha</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="76"/>
        <source>Binary (0 or 1)</source>
        <translation>Binários (0 ou 1)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="79"/>
        <source>Above the median</source>
        <translation>Acima da mediana</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="80"/>
        <source>Above the mean</source>
        <translation>Acima da média</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="81"/>
        <source>Above the mean plus one standard deviation</source>
        <translation>Acima da média mais um desvio-padrão</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="84"/>
        <source>Number of places</source>
        <translation>Número de vagas</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="85"/>
        <source>Places per person (accessibility)</source>
        <translation>Vagas por pessoa (acessibilidade)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="88"/>
        <source>Outline around the reached streets (fast)</source>
        <translation>Contorno em torno das ruas alcançadas (rápido)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="89"/>
        <source>The reached streets widened (detailed, slower)</source>
        <translation>As ruas alcançadas alargadas (detalhado, mais lento)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="92"/>
        <source>Walking</source>
        <translation>A pé</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="93"/>
        <source>Cycling</source>
        <translation>De bicicleta</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="94"/>
        <source>Driving</source>
        <translation>De carro</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="97"/>
        <source>Min-max: lowest value 0, highest 1</source>
        <translation>Min-max: menor valor 0, maior 1</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="98"/>
        <source>Rank, scaled 0 to 1</source>
        <translation>Posto, escalonado de 0 a 1</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="99"/>
        <source>Standard score (z-score)</source>
        <translation>Escore padronizado (escore z)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="102"/>
        <source>Pointy top</source>
        <translation>Vértice para cima</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="103"/>
        <source>Flat top</source>
        <translation>Lado plano para cima</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="106"/>
        <source>Cover the most demand (maximal covering)</source>
        <translation>Cobrir a maior demanda (máxima cobertura)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="107"/>
        <source>Shortest trips overall (p-median)</source>
        <translation>Trajetos mais curtos no total (p-mediana)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="108"/>
        <source>Serve the most demand with limited places (capacitated)</source>
        <translation>Atender a maior demanda com vagas limitadas (capacitado)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="111"/>
        <source>Greedy (fast)</source>
        <translation>Guloso (rápido)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="112"/>
        <source>Exact (HiGHS solver)</source>
        <translation>Exato (resolvedor HiGHS)</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="115"/>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="116"/>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="117"/>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="118"/>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="121"/>
        <source>None: the indicator fields ticked</source>
        <translation>Nenhuma: os campos de indicadores marcados</translation>
    </message>
    <message>
        <location filename="../processing/choices.py" line="122"/>
        <source>Bogota care blocks (care demand, caregivers, poverty)</source>
        <translation>Quadras do cuidado de Bogotá (demanda de cuidado, pessoas cuidadoras, pobreza)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="60"/>
        <source>Travel cost table (when costs come from a table)</source>
        <translation>Tabela de custos de deslocamento (quando os custos vêm de uma tabela)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="62"/>
        <source>Cost table: demand unit id field</source>
        <translation>Tabela de custos: campo de id da unidade de demanda</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="63"/>
        <source>Cost table: facility id field</source>
        <translation>Tabela de custos: campo de id do equipamento</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="64"/>
        <source>Cost table: cost field</source>
        <translation>Tabela de custos: campo de custo</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="69"/>
        <source>Demand unit id field (for a cost table)</source>
        <translation>Campo de id das unidades de demanda (para uma tabela de custos)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="72"/>
        <source>Facility id field (for a cost table)</source>
        <translation>Campo de id dos equipamentos (para uma tabela de custos)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="75"/>
        <source>Detour factor of straight-line costs (route / straight distance)</source>
        <translation>Fator de desvio dos custos em linha reta (rota / distância em linha reta)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="79"/>
        <source>Join road line ends closer than (m; 0 = only lines that share a vertex)</source>
        <translation>Unir extremidades de linhas de vias mais próximas que (m; 0 = só linhas que compartilham um vértice)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="83"/>
        <source>Search limit for the nearest facility (in the cost unit; 0 = automatic)</source>
        <translation>Limite de busca do equipamento mais próximo (na unidade de custo; 0 = automático)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="94"/>
        <source>Public transport feed (GTFS zip file or folder)</source>
        <translation>Feed de transporte público (arquivo zip GTFS ou pasta)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="95"/>
        <source>GTFS zip (*.zip);;All files (*)</source>
        <translation>Arquivo zip GTFS (*.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="98"/>
        <source>Public transport: departure (YYYY-MM-DD HH:MM, local time of the feed)</source>
        <translation>Transporte público: partida (AAAA-MM-DD HH:MM, hora local do feed)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="100"/>
        <source>Public transport: departure window (minutes after the departure; 0 = that minute only)</source>
        <translation>Transporte público: janela de partida (minutos após a partida; 0 = só esse minuto)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="103"/>
        <source>Public transport: percentile of the travel times over the window (50 = median)</source>
        <translation>Transporte público: percentil dos tempos de deslocamento na janela (50 = mediana)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="106"/>
        <source>Public transport: longest walk to, from or between stops (m)</source>
        <translation>Transporte público: caminhada mais longa até as paradas, a partir delas ou entre elas (m)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="110"/>
        <source>Public transport: walks measured along</source>
        <translation>Transporte público: caminhadas medidas por</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="121"/>
        <source>Travel speed (km/h; walking = 5.04)</source>
        <translation>Velocidade de deslocamento (km/h; a pé = 5.04)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="127"/>
        <source>Largest distance from a point to the road network (m)</source>
        <translation>Maior distância de um ponto até a rede viária (m)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="136"/>
        <source>Speed field of the road network (km/h)</source>
        <translation>Campo de velocidade da rede viária (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="139"/>
        <source>One-way field of the road network</source>
        <translation>Campo de mão única da rede viária</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="147"/>
        <source>Road class field of the road network (e.g. highway)</source>
        <translation>Campo de classe de via da rede viária (p. ex. highway)</translation>
    </message>
    <message>
        <location filename="../processing/cost_params.py" line="150"/>
        <source>Speed per road class (km/h)</source>
        <translation>Velocidade por classe de via (km/h)</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="70"/>
        <source>the QGIS setting {0} (Settings &gt; Options &gt; Advanced), in MB</source>
        <translation>a configuração do QGIS {0} (Configurações &gt; Opções &gt; Avançado), em MB</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="78"/>
        <source>About {0:,.0f} pairs within reach</source>
        <translation>Cerca de {0:.0f} pares ao alcance</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="80"/>
        <source>{0} need about {1} of memory, more than the memory budget of {2}, and this analysis needs them all at once: it stops here, before the work, rather than run out of memory. Use a smaller threshold, aggregate the demand units to a grid first (caremap:caredemand or caremap:rasterdemand), or raise the budget in {3}.</source>
        <translation>{0} precisam de cerca de {1} de memória, mais que o limite de memória de {2}, e esta análise precisa de tudo isso de uma vez: ela para aqui, antes do trabalho, em vez de esgotar a memória. Use um limiar menor, agregue primeiro as unidades de demanda em uma grade (caremap:caredemand ou caremap:rasterdemand), ou aumente o limite em {3}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="90"/>
        <source>Costs: about {0:,.0f} pairs within reach ({1} as one table); about {2:,.0f} s per pass over them.</source>
        <translation>Custos: cerca de {0:.0f} pares ao alcance ({1} como uma só tabela); cerca de {2:.0f} s por passagem sobre eles.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="97"/>
        <source>About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: they are computed in chunks, never all at once, and computed again for each step of the method (slower, same results). The budget is {3}.</source>
        <translation>Cerca de {0:.0f} pares ao alcance precisam de cerca de {1} de memória, mais que o limite de memória de {2}: são calculados em lotes, nunca todos de uma vez, e calculados de novo para cada etapa do método (mais lento, mesmos resultados). O limite é {3}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="188"/>
        <source>The speed must be more than 0 km/h, got {0}.</source>
        <translation>A velocidade deve ser maior que 0 km/h; recebido {0}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="193"/>
        <source>sites</source>
        <translation>locais</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="216"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): every pair, no limit.</source>
        <translation>Custos em linha reta (fator de desvio {0}, {1} km/h): todos os pares, sem limite.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="228"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): computed in chunks of at most {2:,} pairs.</source>
        <translation>Custos em linha reta (fator de desvio {0}, {1} km/h): calculados em lotes de no máximo {2:} pares.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="233"/>
        <source>Straight-line costs (detour factor {0}, {1} km/h): {2} pairs within reach.</source>
        <translation>Custos em linha reta (fator de desvio {0}, {1} km/h): {2} pares ao alcance.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="251"/>
        <source>Public transport costs: {0} pairs within reach.</source>
        <translation>Custos por transporte público: {0} pares ao alcance.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="258"/>
        <source>OD table: {0} pairs within reach.</source>
        <translation>Tabela OD: {0} pares ao alcance.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="279"/>
        <source>Costs from a table need an origin-destination table: choose it in {0}.</source>
        <translation>Custos a partir de uma tabela requerem uma tabela origem-destino: escolha-a em {0}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="284"/>
        <source>Costs from a table need its origin, destination and cost fields: choose them in {0}, {1} and {2}.</source>
        <translation>Custos a partir de uma tabela requerem os campos de origem, destino e custo dela: escolha-os em {0}, {1} e {2}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="288"/>
        <source>Costs from a table are joined on ids: choose the id field of the demand units in {0} and of the facilities in {1}.</source>
        <translation>Custos a partir de uma tabela são unidos por ids: escolha o campo de id das unidades de demanda em {0} e o dos equipamentos em {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="295"/>
        <source>Costs: {0:,.0f} rows of the origin-destination table ({1} in memory).</source>
        <translation>Custos: {0:.0f} linhas da tabela origem-destino ({1} em memória).</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="298"/>
        <source>The {0:,.0f} rows of the origin-destination table {1}</source>
        <translation>As {0:.0f} linhas da tabela origem-destino {1}</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="309"/>
        <source>the facility ids</source>
        <translation>os ids dos equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="312"/>
        <source>The ids in {0} are not unique ({1} repeated, e.g. &apos;{2}&apos;), so the origin-destination table {3} cannot be joined. Give every feature its own id, or choose another id field in {4}.</source>
        <translation>Os ids em {0} não são únicos ({1} repetidos, p. ex. &apos;{2}&apos;), então a tabela origem-destino {3} não pode ser unida. Dê a cada feição seu próprio id, ou escolha outro campo de id em {4}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="316"/>
        <source>Origin-destination table {0}: {1}</source>
        <translation>Tabela origem-destino {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="318"/>
        <source>OD table {0}: {1} rows.</source>
        <translation>Tabela OD {0}: {1} linhas.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="320"/>
        <source>OD table {0}: skipped {1}, {2} and {3}.</source>
        <translation>Tabela OD {0}: ignoradas {1}, {2} e {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="321"/>
        <source>%n row(s) with an origin not in the demand ids</source>
        <translation>
            <numerusform>%n linha com uma origem que não está entre os ids de demanda</numerusform>
            <numerusform>%n linhas com uma origem que não está entre os ids de demanda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="322"/>
        <source>%n row(s) with a destination not in the facility ids</source>
        <translation>
            <numerusform>%n linha com um destino que não está entre os ids de equipamentos</numerusform>
            <numerusform>%n linhas com um destino que não está entre os ids de equipamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="323"/>
        <source>%n row(s) with a NULL cost</source>
        <translation>
            <numerusform>%n linha com custo NULL</numerusform>
            <numerusform>%n linhas com custo NULL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="341"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n NULL id(s): give every feature an id, or choose another field in {2}.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n id NULL: dê um id a cada feição, ou escolha outro campo em {2}.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n ids NULL: dê um id a cada feição, ou escolha outro campo em {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="374"/>
        <source>Costs from a table are joined on ids: choose the id field of the demand units in {0} and the id field(s) of the sites in {1}.</source>
        <translation>Custos a partir de uma tabela são unidos por ids: escolha o campo de id das unidades de demanda em {0} e o(s) campo(s) de id dos locais em {1}.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="378"/>
        <source>The id field &apos;{0}&apos; of layer {1} was not read.</source>
        <translation>O campo de id &apos;{0}&apos; da camada {1} não foi lido.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="441"/>
        <source>Layer {0} has a &apos;{1}&apos; field that was not read: read it with costs_io.cost_companions.</source>
        <translation>A camada {0} tem um campo &apos;{1}&apos; que não foi lido: leia-o com costs_io.cost_companions.</translation>
    </message>
    <message>
        <location filename="../processing/costs_io.py" line="444"/>
        <source>Field &apos;{0}&apos; of layer {1} has no &apos;{2}&apos; field beside it: its values are taken as minutes.</source>
        <translation>O campo &apos;{0}&apos; da camada {1} não tem um campo &apos;{2}&apos; ao lado: seus valores são tomados como minutos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="454"/>
        <source>Layer {0}: &apos;{2}&apos; is &apos;{3}&apos; instead of &apos;minutes&apos; or &apos;meters&apos; for %n feature(s) with a cost in &apos;{1}&apos;. Correct &apos;{2}&apos;, or compute the costs again with caremap:accessibility.</source>
        <translation>
            <numerusform>Camada {0}: &apos;{2}&apos; é &apos;{3}&apos; em vez de &apos;minutes&apos; ou &apos;meters&apos; para %n feição com custo em &apos;{1}&apos;. Corrija &apos;{2}&apos;, ou calcule os custos de novo com caremap:accessibility.</numerusform>
            <numerusform>Camada {0}: &apos;{2}&apos; é &apos;{3}&apos; em vez de &apos;minutes&apos; ou &apos;meters&apos; para %n feições com custo em &apos;{1}&apos;. Corrija &apos;{2}&apos;, ou calcule os custos de novo com caremap:accessibility.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="464"/>
        <source>Layer {0}: &apos;{1}&apos; is in metres with no speed in &apos;{2}&apos; for %n feature(s), so it cannot be read as minutes. Fill &apos;{2}&apos; with the travel speed in km/h, or compute the costs again with the cost unit in minutes.</source>
        <translation>
            <numerusform>Camada {0}: &apos;{1}&apos; está em metros sem velocidade em &apos;{2}&apos; para %n feição, então não pode ser lido como minutos. Preencha &apos;{2}&apos; com a velocidade de deslocamento em km/h, ou calcule os custos de novo com a unidade de custo em minutos.</numerusform>
            <numerusform>Camada {0}: &apos;{1}&apos; está em metros sem velocidade em &apos;{2}&apos; para %n feições, então não pode ser lido como minutos. Preencha &apos;{2}&apos; com a velocidade de deslocamento em km/h, ou calcule os custos de novo com a unidade de custo em minutos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/costs_io.py" line="472"/>
        <source>Field &apos;{0}&apos; of layer {1}: %n cost(s) in metres converted to minutes at their speed ({2}).</source>
        <translation>
            <numerusform>Campo &apos;{0}&apos; da camada {1}: %n custo em metros convertido em minutos à sua velocidade ({2}).</numerusform>
            <numerusform>Campo &apos;{0}&apos; da camada {1}: %n custos em metros convertidos em minutos à sua velocidade ({2}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/columns.py" line="97"/>
        <source>Field &apos;{0}&apos; of layer {1} must be numeric: none of its values is a number (e.g. &apos;{2}&apos;). Choose the field that holds the numbers.</source>
        <translation>O campo &apos;{0}&apos; da camada {1} deve ser numérico: nenhum de seus valores é um número (p. ex. &apos;{2}&apos;). Escolha o campo que contém os números.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/columns.py" line="100"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not a number (e.g. &apos;{2}&apos;): read as NULL.</source>
        <translation>
            <numerusform>%n valor do campo &apos;{0}&apos; da camada {1} não é um número (p. ex. &apos;{2}&apos;): lido como NULL.</numerusform>
            <numerusform>%n valores do campo &apos;{0}&apos; da camada {1} não são números (p. ex. &apos;{2}&apos;): lidos como NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/columns.py" line="108"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not finite (NaN or infinite): read as NULL.</source>
        <translation>
            <numerusform>%n valor do campo &apos;{0}&apos; da camada {1} não é finito (NaN ou infinito): lido como NULL.</numerusform>
            <numerusform>%n valores do campo &apos;{0}&apos; da camada {1} não são finitos (NaN ou infinitos): lidos como NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="73"/>
        <source>Unknown option &apos;{0}&apos; after the file {1}: the options of a CSV file are {2}, e.g. &apos;{1}|crs=EPSG:31983&apos;.</source>
        <translation>Opção desconhecida &apos;{0}&apos; após o arquivo {1}: as opções de um arquivo CSV são {2}, p. ex. &apos;{1}|crs=EPSG:31983&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="103"/>
        <source>File {0} was not found.</source>
        <translation>O arquivo {0} não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="137"/>
        <source>The CRS &apos;{0}&apos; given for file {1} is not known: give it as EPSG:code, e.g. &apos;{1}|crs=EPSG:31983&apos;.</source>
        <translation>O SRC &apos;{0}&apos; informado para o arquivo {1} não é conhecido: informe-o como EPSG:código, p. ex. &apos;{1}|crs=EPSG:31983&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="145"/>
        <source>The CRS in {0} is not readable.</source>
        <translation>O SRC em {0} não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="179"/>
        <source>Column &apos;{0}&apos; given as a coordinate of file {1} is not in it. Its columns: {2}.</source>
        <translation>A coluna &apos;{0}&apos; indicada como coordenada do arquivo {1} não está nele. Suas colunas: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="187"/>
        <source>Column &apos;{0}&apos; of file {1} holds no readable WKT geometry.</source>
        <translation>A coluna &apos;{0}&apos; do arquivo {1} não contém nenhuma geometria WKT legível.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="197"/>
        <source> If its decimal mark is a comma, say so: &apos;{0}|decimal=,&apos;.</source>
        <translation> Se o sinal decimal dela for uma vírgula, indique-o: &apos;{0}|decimal=,&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="199"/>
        <source>Coordinate column &apos;{0}&apos; of file {1} holds &apos;{2}&apos;, which is not a number.</source>
        <translation>A coluna de coordenada &apos;{0}&apos; do arquivo {1} contém &apos;{2}&apos;, que não é um número.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="247"/>
        <source>The coordinates of file {0} (columns {1}, e.g. {2:g}, {3:g}) are not longitude/latitude: give the file&apos;s CRS after its path, e.g. &apos;{0}|crs=EPSG:31983&apos;, or in a {4}.prj file next to it.</source>
        <translation>As coordenadas do arquivo {0} (colunas {1}, p. ex. {2:g}, {3:g}) não são longitude/latitude: informe o SRC do arquivo após o caminho, p. ex. &apos;{0}|crs=EPSG:31983&apos;, ou em um arquivo {4}.prj ao lado dele.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="293"/>
        <source>File {0} ({1}) has no coordinate columns, so it gives no points. Its columns: {2}. Name the coordinate columns lon and lat (or x and y, longitude and latitude), or add a WKT column, or name them after the path: &apos;{0}|x=column|y=column&apos; (and &apos;|crs=EPSG:code&apos; when they are not longitude/latitude).</source>
        <translation>O arquivo {0} ({1}) não tem colunas de coordenadas, então não fornece pontos. Suas colunas: {2}. Dê às colunas de coordenadas os nomes lon e lat (ou x e y, longitude e latitude), ou acrescente uma coluna WKT, ou indique-as após o caminho: &apos;{0}|x=coluna|y=coluna&apos; (e &apos;|crs=EPSG:código&apos; quando não forem longitude/latitude).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <source>point</source>
        <translation>pontos</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_files.py" line="308"/>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>line</source>
        <translation>linhas</translation>
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
        <translation>O arquivo {0} fornece geometrias de {1}, mas {2} requer uma camada de {3}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="46"/>
        <source>File {0} cannot be read as {1}: {2}.</source>
        <translation>O arquivo {0} não pode ser lido como {1}: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="69"/>
        <source>File {0} is empty.</source>
        <translation>O arquivo {0} está vazio.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="89"/>
        <source>Row {0} of file {1} has {2} values but the header has {3} columns (separator &apos;{4}&apos;). A decimal comma in a comma-separated file splits numbers in two: save the file with &apos;;&apos; as separator, or quote the values.</source>
        <translation>A linha {0} do arquivo {1} tem {2} valores, mas o cabeçalho tem {3} colunas (separador &apos;{4}&apos;). Uma vírgula decimal em um arquivo separado por vírgulas divide os números em dois: salve o arquivo com &apos;;&apos; como separador, ou coloque os valores entre aspas.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="141"/>
        <source>Option decimal={0} of file {1}: use decimal=, or decimal=.</source>
        <translation>Opção decimal={0} do arquivo {1}: use decimal=, ou decimal=.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="153"/>
        <source>Column &apos;{0}&apos; of file {1} mixes decimal commas and points (&apos;{2}&apos; and &apos;{3}&apos;): write all its numbers the same way, or say which mark is decimal with &apos;{1}|decimal=,&apos; or &apos;{1}|decimal=.&apos;.</source>
        <translation>A coluna &apos;{0}&apos; do arquivo {1} mistura vírgulas e pontos decimais (&apos;{2}&apos; e &apos;{3}&apos;): escreva todos os seus números da mesma forma, ou indique qual sinal é o decimal com &apos;{1}|decimal=,&apos; ou &apos;{1}|decimal=.&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/csv_parse.py" line="167"/>
        <source>Column &apos;{0}&apos; of file {1} holds values like &apos;{2}&apos;, which may be a number with a thousands separator or with a decimal point: say which with &apos;{1}|decimal=,&apos; (1.234 = one thousand two hundred and thirty-four) or &apos;{1}|decimal=.&apos; (1.234 = one point two three four).</source>
        <translation>A coluna &apos;{0}&apos; do arquivo {1} contém valores como &apos;{2}&apos;, que pode ser um número com separador de milhares ou com ponto decimal: indique qual com &apos;{1}|decimal=,&apos; (1.234 = mil duzentos e trinta e quatro) ou &apos;{1}|decimal=.&apos; (1.234 = um vírgula dois três quatro).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/guard.py" line="146"/>
        <source>Output &apos;{0}&apos; would be written to {1}, which holds the input layer {2} ({3}): CareMap never overwrites its inputs. Choose another file or another layer name for the output.</source>
        <translation>A saída &apos;{0}&apos; seria gravada em {1}, que contém a camada de entrada {2} ({3}): o CareMap nunca sobrescreve suas entradas. Escolha outro arquivo ou outro nome de camada para a saída.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="62"/>
        <source>%n feature(s) of layer {0} without geometry: skipped, NULL results.</source>
        <translation>
            <numerusform>%n feição da camada {0} sem geometria: ignorada, resultados NULL.</numerusform>
            <numerusform>%n feições da camada {0} sem geometria: ignoradas, resultados NULL.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="94"/>
        <source>Layer {0} must be a point or polygon layer.</source>
        <translation>A camada {0} deve ser uma camada de pontos ou de polígonos.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="96"/>
        <location filename="../processing/layer_io/readers.py" line="261"/>
        <source>Layer {0} is empty.</source>
        <translation>A camada {0} está vazia.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="100"/>
        <location filename="../processing/layer_io/sources.py" line="152"/>
        <source>Layer {0} has no valid coordinate reference system.</source>
        <translation>A camada {0} não tem um sistema de referência de coordenadas válido.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="115"/>
        <location filename="../processing/layer_io/readers.py" line="306"/>
        <source>Layer {0} has no feature with a geometry.</source>
        <translation>A camada {0} não tem nenhuma feição com geometria.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="194"/>
        <source>%n polygon(s) of layer {0} invalid (e.g. self-intersecting): repaired (Make Valid); the area is that of the repaired polygon. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>
            <numerusform>%n polígono da camada {0} inválido (p. ex. com autointerseção): reparado (Tornar válido); a área é a do polígono reparado. Verifique-o com Vetor &gt; Ferramentas de Geometria &gt; Verificar Validade.</numerusform>
            <numerusform>%n polígonos da camada {0} inválidos (p. ex. com autointerseção): reparados (Tornar válido); a área é a do polígono reparado. Verifique-os com Vetor &gt; Ferramentas de Geometria &gt; Verificar Validade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="199"/>
        <source>%n polygon(s) of layer {0} with no area (even after repair): area NULL, so no density is computed there.</source>
        <translation>
            <numerusform>%n polígono da camada {0} sem área (mesmo após o reparo): área NULL, então nenhuma densidade é calculada ali.</numerusform>
            <numerusform>%n polígonos da camada {0} sem área (mesmo após o reparo): área NULL, então nenhuma densidade é calculada ali.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="258"/>
        <source>Layer {0} must be a {1} layer.</source>
        <translation>A camada {0} deve ser uma camada do tipo {1}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/readers.py" line="303"/>
        <source>%n polygon(s) of layer {0} invalid (e.g. self-intersecting): their repaired outline (Make Valid) used. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation>
            <numerusform>%n polígono da camada {0} inválido (p. ex. com autointerseção): foi usado o seu contorno reparado (Tornar válido). Verifique-o com Vetor &gt; Ferramentas de Geometria &gt; Verificar Validade.</numerusform>
            <numerusform>%n polígonos da camada {0} inválidos (p. ex. com autointerseção): foi usado o seu contorno reparado (Tornar válido). Verifique-os com Vetor &gt; Ferramentas de Geometria &gt; Verificar Validade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/layer_io/readers.py" line="346"/>
        <source>Table {0} is empty.</source>
        <translation>A tabela {0} está vazia.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="129"/>
        <source>Field &apos;{0}&apos; was not found in layer {1}. Available fields: {2}.</source>
        <translation>O campo &apos;{0}&apos; não foi encontrado na camada {1}. Campos disponíveis: {2}.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="139"/>
        <source>Field &apos;{0}&apos; of layer {1} must be numeric (it is {2}).</source>
        <translation>O campo &apos;{0}&apos; da camada {1} deve ser numérico (é {2}).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="143"/>
        <source>Field &apos;{0}&apos; of layer {1} is the feature id, not a quantity: choose the field with the population/capacity/cost.</source>
        <translation>O campo &apos;{0}&apos; da camada {1} é o id da feição, não uma quantidade: escolha o campo com a população/capacidade/custo.</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/sources.py" line="167"/>
        <source>Layer {0} is in {1}, not in metres: distances are computed in {2} (UTM zone {3}).</source>
        <translation>A camada {0} está em {1}, não em metros: as distâncias são calculadas em {2} (zona UTM {3}).</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/writers.py" line="63"/>
        <location filename="../processing/layer_io/writers.py" line="89"/>
        <source>Could not write features to output {0}: {1}</source>
        <translation>Não foi possível gravar as feições na saída {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/layer_io/writers.py" line="153"/>
        <source>The input already has a field &apos;{0}&apos;: the output replaces its values.</source>
        <translation>A entrada já tem um campo &apos;{0}&apos;: a saída substitui seus valores.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/layer_io/writers.py" line="206"/>
        <source>%n value(s) of field &apos;{0}&apos; of layer {1} not finite (NaN or infinite): NULL in the output.</source>
        <translation>
            <numerusform>%n valor do campo &apos;{0}&apos; da camada {1} não é finito (NaN ou infinito): NULL na saída.</numerusform>
            <numerusform>%n valores do campo &apos;{0}&apos; da camada {1} não são finitos (NaN ou infinitos): NULL na saída.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="32"/>
        <source>Costs by road network need a line layer of roads: choose it in {0}.</source>
        <translation>Custos pela rede viária requerem uma camada de linhas de vias: escolha-a em {0}.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="39"/>
        <source>A speed per road class ({0}) needs the field of the network that holds the road class: choose it in {1}, or leave {0} empty.</source>
        <translation>Uma velocidade por classe de via ({0}) requer o campo da rede que contém a classe de via: escolha-o em {1}, ou deixe {0} vazio.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="54"/>
        <source>Walking speed: one-way field &apos;{0}&apos; ignored.</source>
        <translation>Velocidade a pé: o campo de mão única &apos;{0}&apos; foi ignorado.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="63"/>
        <source>Road network {0}: {1}</source>
        <translation>Rede viária {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="65"/>
        <source>Layer {0}: no valid speed on %n road(s), {1} km/h used.</source>
        <translation>
            <numerusform>Camada {0}: nenhuma velocidade válida em %n via, usados {1} km/h.</numerusform>
            <numerusform>Camada {0}: nenhuma velocidade válida em %n vias, usados {1} km/h.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="67"/>
        <source>Network {0}: {1} nodes, {2} edges, {3}, the largest with {4:.1%} of the length; points join {5} with at least {6:.0%} of its length.</source>
        <translation>Rede {0}: {1} nós, {2} arestas, {3}, o maior com {4:.1%} do comprimento; os pontos se ligam a {5} com pelo menos {6:.0%} do seu comprimento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="69"/>
        <source>%n connected component(s)</source>
        <translation>
            <numerusform>%n componente conexo</numerusform>
            <numerusform>%n componentes conexos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="70"/>
        <source>the %n component(s)</source>
        <translation>
            <numerusform>o %n componente</numerusform>
            <numerusform>os %n componentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="93"/>
        <source>%n demand unit(s) of layer {0} farther than {1:g} m from the road network: unreachable by road. Move such points onto the network, add the missing roads, or raise {2}.</source>
        <translation>
            <numerusform>%n unidade de demanda da camada {0} a mais de {1:g} m da rede viária: inalcançável pelas vias. Mova esses pontos para a rede, acrescente as vias que faltam, ou aumente {2}.</numerusform>
            <numerusform>%n unidades de demanda da camada {0} a mais de {1:g} m da rede viária: inalcançáveis pelas vias. Mova esses pontos para a rede, acrescente as vias que faltam, ou aumente {2}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="96"/>
        <source>%n facilit(y/ies) of layer {0} farther than {1:g} m from the road network: unreachable by road. Move such points onto the network, add the missing roads, or raise {2}.</source>
        <translation>
            <numerusform>%n equipamento da camada {0} a mais de {1:g} m da rede viária: inalcançável pelas vias. Mova esses pontos para a rede, acrescente as vias que faltam, ou aumente {2}.</numerusform>
            <numerusform>%n equipamentos da camada {0} a mais de {1:g} m da rede viária: inalcançáveis pelas vias. Mova esses pontos para a rede, acrescente as vias que faltam, ou aumente {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="99"/>
        <source> Near a small piece of road that is not connected to the network (not used: connect it, or delete it): {0} of them.</source>
        <translation> Perto de um pequeno trecho de via que não está conectado à rede (não usado: conecte-o, ou exclua-o): {0} deles.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="102"/>
        <source>Off the road network in layer {0}: %n feature(s), ids {1}{2}</source>
        <translation>
            <numerusform>Fora da rede viária na camada {0}: %n feição, ids {1}{2}</numerusform>
            <numerusform>Fora da rede viária na camada {0}: %n feições, ids {1}{2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="104"/>
        <source> and {0} more</source>
        <translation> e mais {0}</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="153"/>
        <source>The road network {0} has {1} disconnected parts; outside the largest one: {2} and {3}.</source>
        <translation>A rede viária {0} tem {1} partes desconectadas; fora da maior delas: {2} e {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="154"/>
        <source>%n demand point(s)</source>
        <translation>
            <numerusform>%n ponto de demanda</numerusform>
            <numerusform>%n pontos de demanda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/network_io.py" line="155"/>
        <source>%n facilit(y/ies)</source>
        <translation>
            <numerusform>%n equipamento</numerusform>
            <numerusform>%n equipamentos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="162"/>
        <source>Network costs: computed in chunks of at most {0:,} pairs.</source>
        <translation>Custos na rede: calculados em lotes de no máximo {0:} pares.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="166"/>
        <source>Network costs: {0} pairs within reach.</source>
        <translation>Custos na rede: {0} pares ao alcance.</translation>
    </message>
    <message>
        <location filename="../processing/network_io.py" line="202"/>
        <source>Catchment areas are drawn from straight lines or a road network: choose one of them in {0}.</source>
        <translation>As áreas de influência são traçadas a partir de linhas retas ou de uma rede viária: escolha uma delas em {0}.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="15"/>
        <source>How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on &apos;Road network (lines)&apos;), read from a cost table made by another tool, or by public transport from a timetable in the standard GTFS format (walking to a stop, waiting, riding, changing, walking to the facility; in minutes). Typical: the road network for walking to childcare; the straight line for a first look.</source>
        <translation>Como o deslocamento entre as pessoas e os equipamentos é medido: pela linha reta (vezes o fator de desvio), pela rede viária (caminhos mínimos em &apos;Rede viária (linhas)&apos;), lido de uma tabela de custos feita por outra ferramenta, ou por transporte público a partir de um quadro de horários no formato padrão GTFS (caminhada até uma parada, espera, viagem, baldeações, caminhada até o equipamento; em minutos). Típico: a rede viária para ir a pé até a creche; a linha reta para uma primeira olhada.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="16"/>
        <source>Road or footpath line layer, used when travel is measured along the road network; lines connect where they share a vertex (at their ends or inside). Typical: the OpenStreetMap streets of the city (CareMap&apos;s street network from OpenStreetMap).</source>
        <translation>Camada de linhas de vias ou caminhos de pedestres, usada quando o deslocamento é medido pela rede viária; as linhas se conectam onde compartilham um vértice (nas suas extremidades ou no meio). Típico: as ruas do OpenStreetMap da cidade (a rede viária a partir do OpenStreetMap do CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="17"/>
        <source>Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. With public transport it is the walking speed of the walks to, from and between stops. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation>Velocidade de deslocamento em km/h: converte metros em minutos, e dá uma velocidade às vias que não têm nenhuma. Com transporte público, é a velocidade a pé das caminhadas até as paradas, a partir delas e entre elas. Típico: 5.04 km/h a pé, 15 km/h de bicicleta, 30 km/h de carro na cidade.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="18"/>
        <source>Optional numeric field of the road network with the speed of each road in km/h; roads without a valid speed use the travel speed. Typical: empty for walking, maxspeed for driving.</source>
        <translation>Campo numérico opcional da rede viária com a velocidade de cada via em km/h; as vias sem velocidade válida usam a velocidade de deslocamento. Típico: vazio a pé, maxspeed de carro.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="19"/>
        <source>Optional field of the road network marking one-way roads: 1 or yes = only in the direction the line was drawn, -1 = only in reverse, anything else = both ways. Ignored when walking. Typical: oneway (OpenStreetMap).</source>
        <translation>Campo opcional da rede viária que marca as vias de mão única: 1 ou yes = só no sentido em que a linha foi desenhada, -1 = só no sentido inverso, qualquer outro valor = nos dois sentidos. Ignorado a pé. Típico: oneway (OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="20"/>
        <source>Optional field of the road network with the road class; with &apos;Speed per road class&apos; it gives each class its speed where the speed field gives none. Typical: highway (OpenStreetMap).</source>
        <translation>Campo opcional da rede viária com a classe da via; com &apos;Velocidade por classe de via&apos; ele dá a cada classe a sua velocidade onde o campo de velocidade não dá nenhuma. Típico: highway (OpenStreetMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="21"/>
        <source>Speed in km/h for each road class of the road class field, as class:speed items separated by commas. Typical: &apos;primary:50,residential:30,footway:5&apos;.</source>
        <translation>Velocidade em km/h para cada classe de via do campo de classe de via, como itens classe:velocidade separados por vírgulas. Típico: &apos;primary:50,residential:30,footway:5&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="22"/>
        <source>Travel cost table, used when costs come from a table: one row per pair of demand unit and facility (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs missing from the table are out of reach. The demand units and the facilities then need an id field each. Typical: walking times from ORS Tools.</source>
        <translation>Tabela de custos de deslocamento, usada quando os custos vêm de uma tabela: uma linha por par de unidade de demanda e equipamento (p. ex. do ORS Tools, QNEAT3, r5py ou OSRM); os pares que faltam na tabela estão fora de alcance. As unidades de demanda e os equipamentos precisam então de um campo de id cada. Típico: tempos a pé do ORS Tools.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="23"/>
        <source>Field of the cost table with the demand unit&apos;s id (matched with the demand unit id field). Typical: origin_id.</source>
        <translation>Campo da tabela de custos com o id da unidade de demanda (comparado com o campo de id das unidades de demanda). Típico: origin_id.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="24"/>
        <source>Field of the cost table with the facility&apos;s id (matched with the facility id field). Typical: destination_id.</source>
        <translation>Campo da tabela de custos com o id do equipamento (comparado com o campo de id dos equipamentos). Típico: destination_id.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="25"/>
        <source>Numeric field of the cost table with the travel cost of each pair, already in the cost unit. Typical: travel time in minutes.</source>
        <translation>Campo numérico da tabela de custos com o custo de deslocamento de cada par, já na unidade de custo. Típico: tempo de deslocamento em minutos.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="26"/>
        <source>Unit of the costs and of the thresholds: minutes or meters (minutes = metres / the travel speed). Typical: minutes.</source>
        <translation>Unidade dos custos e dos limiares: minutos ou metros (minutos = metros / a velocidade de deslocamento). Típico: minutos.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="27"/>
        <source>For straight-line costs, how much longer real routes are than the straight line (route length / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation>Para custos em linha reta, quanto as rotas reais são mais longas que a linha reta (comprimento da rota / distância em linha reta, pelo menos 1). Típico: 1.3 em uma malha urbana.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="28"/>
        <source>Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by road and are flagged (off_network). Typical: 500 m.</source>
        <translation>Maior distância em metros de um ponto até a rede viária: um ponto se liga ao ponto mais próximo da rua mais próxima (de uma parte da rede com pelo menos 5% do comprimento da maior parte; trechos desconectados menores nunca são ligados), e a caminhada até ele é contada. Os pontos mais distantes não alcançam nada pelas vias e são marcados (off_network). Típico: 500 m.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="29"/>
        <source>Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer drawn without snapping. Typical: 0 (OpenStreetMap, or CareMap&apos;s street network from OpenStreetMap).</source>
        <translation>As linhas de vias só se unem onde compartilham um vértice (0, o padrão), então uma ponte nunca se une à rua que cruza. Um valor acima de 0 também une vértices mais próximos que esse número de metros, para uma camada desenhada sem aderência (snapping). Típico: 0 (OpenStreetMap, ou a rede viária a partir do OpenStreetMap do CareMap).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="30"/>
        <source>Field of the demand layer with a unique id, used only when costs come from a table, to find each unit&apos;s rows. Typical: the census block code.</source>
        <translation>Campo da camada de demanda com um id único, usado só quando os custos vêm de uma tabela, para encontrar as linhas de cada unidade. Típico: o código do setor censitário.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="31"/>
        <source>Field of the facility layer with a unique id, used only when costs come from a table, to find each facility&apos;s rows. Typical: the registry code of the facility.</source>
        <translation>Campo da camada de equipamentos com um id único, usado só quando os custos vêm de uma tabela, para encontrar as linhas de cada equipamento. Típico: o código do equipamento no cadastro.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="32"/>
        <source>How far, in the cost unit, the cost to the nearest facility (cost_nearest) is searched, beyond the threshold; units with no facility within it get NULL. 0 = automatic: four times the threshold, but at least 60 minutes (5,000 m when costs are in metres). Typical: 0.</source>
        <translation>Até onde, na unidade de custo, o custo até o equipamento mais próximo (cost_nearest) é buscado, além do limiar; as unidades sem nenhum equipamento dentro dele recebem NULL. 0 = automático: quatro vezes o limiar, mas pelo menos 60 minutos (5.000 m quando os custos estão em metros). Típico: 0.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="33"/>
        <source>The public transport timetable in the standard GTFS format: a zip file, or a folder holding its text files (stops, trips, stop times, calendar; frequencies when buses run every few minutes). Used when travel is measured by public transport. Typical: the city&apos;s published feed, or one made by CareMap&apos;s synthetic public transport feed from bus routes and stops.</source>
        <translation>O quadro de horários do transporte público no formato padrão GTFS: um arquivo zip, ou uma pasta com os seus arquivos de texto (paradas, viagens, horários nas paradas, calendário; frequências quando os ônibus passam a cada poucos minutos). Usado quando o deslocamento é medido por transporte público. Típico: o feed publicado pela cidade, ou um feito pelo feed sintético de transporte público do CareMap a partir de rotas e paradas de ônibus.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="34"/>
        <source>Date and time of leaving home, as YYYY-MM-DD HH:MM in the local time of the feed; the date picks the day&apos;s services from the feed&apos;s calendar, and must be a day the feed runs. Typical: a weekday of the feed&apos;s period at 07:30, when caregivers take children to care.</source>
        <translation>Data e hora de saída de casa, como AAAA-MM-DD HH:MM na hora local do feed; a data escolhe os serviços do dia no calendário do feed, e deve ser um dia em que o feed opera. Típico: um dia útil do período do feed às 07:30, quando as pessoas cuidadoras levam as crianças ao cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="35"/>
        <source>Minutes after the departure also tried: every minute from the departure to the departure plus this many minutes, since a caregiver does not leave at the best minute for the bus. 0 = only the departure minute. Typical: 60 (one hour).</source>
        <translation>Minutos após a partida também testados: cada minuto desde a partida até a partida mais esse número de minutos, já que uma pessoa cuidadora não sai no melhor minuto para o ônibus. 0 = só o minuto da partida. Típico: 60 (uma hora).</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="36"/>
        <source>Which of the travel times over the window&apos;s minutes is the cost: 50 = the median (half of the minutes are faster), higher = a more cautious time that holds on most days. Typical: 50.</source>
        <translation>Qual dos tempos de deslocamento nos minutos da janela é o custo: 50 = a mediana (metade dos minutos é mais rápida), mais alto = um tempo mais cauteloso, que vale na maioria dos dias. Típico: 50.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="37"/>
        <source>Longest walk in metres to the first stop, from the last stop, and between two stops when changing (each walk on its own, inclusive); walking the whole way is always possible, with no limit. Typical: 1000 m.</source>
        <translation>Caminhada mais longa em metros até a primeira parada, a partir da última parada e entre duas paradas numa baldeação (cada caminhada por si, inclusiva); fazer todo o trajeto a pé é sempre possível, sem limite. Típico: 1000 m.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="38"/>
        <source>How the walks to, from and between stops are measured: along the straight line times the detour factor, or along the road network (then choose the road network). Typical: the straight line for a first look, the road network for a study.</source>
        <translation>Como as caminhadas até as paradas, a partir delas e entre elas são medidas: pela linha reta vezes o fator de desvio, ou pela rede viária (escolha então a rede viária). Típico: a linha reta para uma primeira olhada, a rede viária para um estudo.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="39"/>
        <source>Optional polygon layer of districts. When the units have no district field of their own, each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. The district summary is also written onto these polygons, to map it. Typical: the localities or communes of the city.</source>
        <translation>Camada opcional de polígonos de distritos. Quando as unidades não têm um campo de distrito próprio, cada unidade recebe o distrito em que está o seu ponto na superfície (um ponto sobre uma divisa compartilhada vai para o distrito a leste dela, ou ao norte de uma divisa leste-oeste; unidades fora de todo distrito recebem NULL, contadas em um aviso) e as unidades de saída o levam como o campo district. O resumo por distrito também é gravado nesses polígonos, para mapeá-lo. Típico: as localidades ou comunas da cidade.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="40"/>
        <source>Field of the district polygons with the district names: the names given to the units by location, or matched with the values of the units&apos; district field; empty = a field with the same name as the units&apos; district field. Typical: district, or the locality name.</source>
        <translation>Campo dos polígonos de distritos com os nomes dos distritos: os nomes dados às unidades por localização, ou comparados com os valores do campo de distrito das unidades; vazio = um campo com o mesmo nome que o campo de distrito das unidades. Típico: distrito, ou o nome da localidade.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="41"/>
        <source>The district summary written onto the district polygons, to map it; made only when district polygons are given (a temporary layer by default). Typical: a temporary layer, or a GeoPackage to keep.</source>
        <translation>O resumo por distrito gravado nos polígonos de distritos, para mapeá-lo; feito só quando há polígonos de distritos (uma camada temporária por padrão). Típico: uma camada temporária, ou um GeoPackage para guardar.</translation>
    </message>
    <message>
        <location filename="../processing/param_help.py" line="45"/>
        <source>A CSV file path works too (.csv, .txt, .tsv): columns lon/lat, x/y or longitude/latitude (or a WKT column) give points in EPSG:4326; for other coordinates add the CRS after the path (&apos;blocks.csv|crs=EPSG:31983&apos;) or put a .prj file next to it. Numbers are read as numbers; in files separated by &apos;;&apos; or tabs also with a decimal comma (12,5 and 1.234,5).</source>
        <translation>Também funciona o caminho de um arquivo CSV (.csv, .txt, .tsv): colunas lon/lat, x/y ou longitude/latitude (ou uma coluna WKT) dão pontos em EPSG:4326; para outras coordenadas, acrescente o SRC após o caminho (&apos;blocks.csv|crs=EPSG:31983&apos;) ou coloque um arquivo .prj ao lado dele. Os números são lidos como números; em arquivos separados por &apos;;&apos; ou por tabulações, também com vírgula decimal (12,5 e 1.234,5).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="50"/>
        <source>Field &apos;{0}&apos; of layer {1} has %n negative value(s) (e.g. {2}); counts, populations and capacities must be 0 or more. Correct or filter those features.</source>
        <translation>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valor negativo (p. ex. {2}); contagens, populações e capacidades devem ser 0 ou mais. Corrija ou filtre essas feições.</numerusform>
            <numerusform>O campo &apos;{0}&apos; da camada {1} tem %n valores negativos (p. ex. {2}); contagens, populações e capacidades devem ser 0 ou mais. Corrija ou filtre essas feições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="112"/>
        <source>District field &apos;{0}&apos; of layer {1} has %n NULL value(s); fill or filter them first.</source>
        <translation>
            <numerusform>O campo de distrito &apos;{0}&apos; da camada {1} tem %n valor NULL; preencha-o ou filtre-o antes.</numerusform>
            <numerusform>O campo de distrito &apos;{0}&apos; da camada {1} tem %n valores NULL; preencha-os ou filtre-os antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="115"/>
        <source>District field &apos;{0}&apos; of layer {1}: %n unit(s) with a NULL district, left out of the district summary.</source>
        <translation>
            <numerusform>Campo de distrito &apos;{0}&apos; da camada {1}: %n unidade com distrito NULL, fora do resumo por distrito.</numerusform>
            <numerusform>Campo de distrito &apos;{0}&apos; da camada {1}: %n unidades com distrito NULL, fora do resumo por distrito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="142"/>
        <source>To give each unit the district it lies in, choose the field with the district names of the district polygons in {0} (or choose the units&apos; own district field in {1}).</source>
        <translation>Para dar a cada unidade o distrito em que ela está, escolha em {0} o campo com os nomes dos distritos dos polígonos de distritos (ou escolha em {1} o próprio campo de distrito das unidades).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="152"/>
        <source>Districts by location: {0} of %n unit(s) of layer {1} lie in a polygon of layer {2} (names from &apos;{3}&apos;).</source>
        <translation>
            <numerusform>Distritos por localização: {0} de %n unidade da camada {1} estão em um polígono da camada {2} (nomes de &apos;{3}&apos;).</numerusform>
            <numerusform>Distritos por localização: {0} de %n unidades da camada {1} estão em um polígono da camada {2} (nomes de &apos;{3}&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="157"/>
        <source>Layer {0}: %n unit(s) in a polygon of layer {1} with no name (NULL) in &apos;{2}&apos;: their district is NULL. Fill the names of those polygons.</source>
        <translation>
            <numerusform>Camada {0}: %n unidade em um polígono da camada {1} sem nome (NULL) em &apos;{2}&apos;: o seu distrito é NULL. Preencha os nomes desses polígonos.</numerusform>
            <numerusform>Camada {0}: %n unidades em um polígono da camada {1} sem nome (NULL) em &apos;{2}&apos;: o seu distrito é NULL. Preencha os nomes desses polígonos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="161"/>
        <source>Layer {0}: %n unit(s) in more than one polygon of layer {1} (overlapping districts), each given the first of them in the layer&apos;s order. Fix the overlaps to choose.</source>
        <translation>
            <numerusform>Camada {0}: %n unidade em mais de um polígono da camada {1} (distritos sobrepostos), que recebe o primeiro deles na ordem da camada. Corrija as sobreposições para escolher.</numerusform>
            <numerusform>Camada {0}: %n unidades em mais de um polígono da camada {1} (distritos sobrepostos), cada uma recebe o primeiro deles na ordem da camada. Corrija as sobreposições para escolher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="165"/>
        <source>Layer {0}: %n unit(s) exactly on the outer boundary of layer {1}, each given the district whose boundary it is on.</source>
        <translation>
            <numerusform>Camada {0}: %n unidade exatamente sobre o limite externo da camada {1}, que recebe o distrito em cujo limite está.</numerusform>
            <numerusform>Camada {0}: %n unidades exatamente sobre o limite externo da camada {1}, cada uma recebe o distrito em cujo limite está.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="193"/>
        <source>Layer {0}: %n unit(s) without a district, in no polygon of layer {1} (or in one without a name). Extend the district polygons to cover them, or filter those units out first.</source>
        <translation>
            <numerusform>Camada {0}: %n unidade sem distrito, fora de todo polígono da camada {1} (ou em um sem nome). Amplie os polígonos de distritos para cobri-la, ou filtre essa unidade antes.</numerusform>
            <numerusform>Camada {0}: %n unidades sem distrito, fora de todo polígono da camada {1} (ou em um sem nome). Amplie os polígonos de distritos para cobri-las, ou filtre essas unidades antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="197"/>
        <source>Layer {0}: %n unit(s) in no polygon of layer {1} (or in one without a name), with a NULL district and left out of the district summary.</source>
        <translation>
            <numerusform>Camada {0}: %n unidade fora de todo polígono da camada {1} (ou em um sem nome), com distrito NULL e fora do resumo por distrito.</numerusform>
            <numerusform>Camada {0}: %n unidades fora de todo polígono da camada {1} (ou em um sem nome), com distrito NULL e fora do resumo por distrito.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="209"/>
        <source>Layer {0} has no points or polygons, so its units cannot be placed in the district polygons: choose its district field in {1}, or use a point or polygon layer.</source>
        <translation>A camada {0} não tem pontos nem polígonos, então suas unidades não podem ser situadas nos polígonos de distritos: escolha seu campo de distrito em {1}, ou use uma camada de pontos ou de polígonos.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="227"/>
        <source>Edge of the study area not checked: costs from an OD table in minutes have no speed to turn the threshold into a distance.</source>
        <translation>Borda da área de estudo não verificada: custos de uma tabela OD em minutos não têm velocidade para converter o limiar em distância.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>west</source>
        <translation>oeste</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>east</source>
        <translation>leste</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="236"/>
        <source>south</source>
        <translation>sul</translation>
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
            <numerusform>Borda da área de estudo: no lado {0}, os equipamentos da camada {1} param a menos de {2:.0f} m (o alcance em linha reta do limiar da área de influência) além das unidades da camada {3}, então podem faltar equipamentos logo fora da área.</numerusform>
            <numerusform>Borda da área de estudo: nos lados {0}, os equipamentos da camada {1} param a menos de {2:.0f} m (o alcance em linha reta do limiar da área de influência) além das unidades da camada {3}, então podem faltar equipamentos logo fora da área.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="241"/>
        <source>%n unit(s) with {0:,.0f} of demand within {1:,.0f} m of those sides may look worse served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.</source>
        <translation>
            <numerusform>%n unidade com {0:.0f} de demanda a até {1:.0f} m desses lados pode parecer pior atendida do que é. Acrescente os equipamentos em torno da área (p. ex. um extrato mais amplo) para ter certeza.</numerusform>
            <numerusform>%n unidades com {0:.0f} de demanda a até {1:.0f} m desses lados podem parecer pior atendidas do que são. Acrescente os equipamentos em torno da área (p. ex. um extrato mais amplo) para ter certeza.</numerusform>
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
        <translation>Campo de nome do distrito dos polígonos de distritos (vazio = o mesmo nome do campo de distrito)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="284"/>
        <source>Summary on the district polygons (made when district polygons are given)</source>
        <translation>Resumo nos polígonos de distritos (feito quando há polígonos de distritos)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="298"/>
        <source>Mapping the summary on district polygons needs a district field: choose one, and the district name field of the polygons.</source>
        <translation>Mapear o resumo sobre polígonos de distritos requer um campo de distrito: escolha um, e também o campo de nome do distrito dos polígonos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/params.py" line="307"/>
        <source>%n district(s) not found in the district polygons of layer {0}: {1}</source>
        <translation>
            <numerusform>%n distrito não encontrado nos polígonos de distritos da camada {0}: {1}</numerusform>
            <numerusform>%n distritos não encontrados nos polígonos de distritos da camada {0}: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="334"/>
        <source>{0}: {1}. Write it as field:ratio items separated by &apos;;&apos;, each ratio in places per person of that band, e.g. &apos;p_0_3:0.5;p_4_5:1.0&apos; (50% of children 0-3 and 100% of children 4-5).</source>
        <translation>{0}: {1}. Escreva-o como itens campo:razão separados por &apos;;&apos;, cada razão em vagas por pessoa dessa faixa, p. ex. &apos;p_0_3:0.5;p_4_5:1.0&apos; (50% das crianças de 0-3 e 100% das crianças de 4-5).</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_hours.py" line="37"/>
        <source>None of the facility layers ({0}) has the field &apos;{1}&apos; named in {2}: give the field that holds the facilities&apos; opening hours (e.g. opening_hours), or leave it empty.</source>
        <translation>Nenhuma das camadas de equipamentos ({0}) tem o campo &apos;{1}&apos; citado em {2}: informe o campo que contém o horário de funcionamento dos equipamentos (p. ex. opening_hours), ou deixe-o vazio.</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_hours.py" line="51"/>
        <source>Opening hours &apos;{0}&apos; of layers {1} joined to the care supply inventory.</source>
        <translation>Horário de funcionamento &apos;{0}&apos; das camadas {1} unido ao inventário da oferta de cuidado.</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="25"/>
        <source>Care map in one run, step {0}: {1}</source>
        <translation>Mapa do cuidado em uma única execução, etapa {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="46"/>
        <source>the care demand computed from the age-band fields {0}</source>
        <translation>a demanda de cuidado calculada a partir dos campos de faixa etária {0}</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="47"/>
        <source>the full-day-equivalent capacity computed from the facility layers&apos; capacity, hours and days</source>
        <translation>a capacidade equivalente em período integral calculada a partir da capacidade, das horas e dos dias das camadas de equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/pipeline_words.py" line="52"/>
        <source>the district each unit lies in, from the district polygons</source>
        <translation>o distrito em que cada unidade está, a partir dos polígonos de distritos</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="47"/>
        <source>CareMap: care supply, demand and gaps</source>
        <translation>CareMap: oferta, demanda e lacunas de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="63"/>
        <source>Could not read raster {0} (band {1}, rows {2}-{3}).</source>
        <translation>Não foi possível ler o raster {0} (banda {1}, linhas {2}-{3}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="76"/>
        <source>Raster {0} has no coordinate reference system: assign one (Raster &gt; Projections &gt; Assign Projection) before computing zonal sums.</source>
        <translation>O raster {0} não tem sistema de referência de coordenadas: atribua um (Raster &gt; Projeções &gt; Atribuir projeção) antes de calcular as somas zonais.</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="79"/>
        <source>Raster {0} is not a file raster read by GDAL ({1}).</source>
        <translation>O raster {0} não é um raster de arquivo lido pelo GDAL ({1}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="83"/>
        <source>GDAL could not open raster {0} ({1}).</source>
        <translation>O GDAL não conseguiu abrir o raster {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../processing/raster_io.py" line="87"/>
        <source>Raster {0} is rotated or not north-up: warp it to a north-up grid first.</source>
        <translation>O raster {0} está rotacionado ou não está orientado ao norte: reprojete-o antes para uma grade orientada ao norte.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="30"/>
        <source>Optional units output of &apos;Care blocks&apos; (units with their block), for the sentence on the people who need care and the caregivers the blocks reach, before and after; empty = the report&apos;s units when they are that output. Typical: the &apos;Units with their block&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Saída de unidades opcional das &apos;Quadras do cuidado&apos; (unidades com a sua quadra), para a frase sobre as pessoas que precisam de cuidado e as pessoas cuidadoras que as quadras alcançam, antes e depois; vazio = as unidades do relatório, quando são essa saída. Típico: a camada &apos;Unidades com a sua quadra&apos; das &apos;Quadras do cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="31"/>
        <source>Optional block anchors of &apos;Care blocks&apos;, drawn on the care blocks map (new blocks and blocks already open). Typical: the &apos;Block anchors&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Âncoras das quadras opcionais das &apos;Quadras do cuidado&apos;, desenhadas no mapa das quadras do cuidado (novas quadras e quadras já abertas). Típico: a camada &apos;Âncoras das quadras&apos; das &apos;Quadras do cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="32"/>
        <source>Optional alternate buildings of &apos;Care blocks&apos;, drawn on the care blocks map. Typical: the &apos;Alternate buildings&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Edifícios alternativos opcionais das &apos;Quadras do cuidado&apos;, desenhados no mapa das quadras do cuidado. Típico: a camada &apos;Edifícios alternativos&apos; das &apos;Quadras do cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="33"/>
        <source>Optional areas of influence of &apos;Care blocks&apos;, drawn on the care blocks map under the anchors. Typical: the &apos;Areas of influence&apos; layer of &apos;Care blocks&apos;.</source>
        <translation>Áreas de influência opcionais das &apos;Quadras do cuidado&apos;, desenhadas no mapa das quadras do cuidado sob as âncoras. Típico: a camada &apos;Áreas de influência&apos; das &apos;Quadras do cuidado&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="46"/>
        <source>Care blocks: units with their block</source>
        <translation>Quadras do cuidado: unidades com a sua quadra</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="47"/>
        <source>Care blocks: block anchors</source>
        <translation>Quadras do cuidado: âncoras das quadras</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="48"/>
        <source>Care blocks: alternate buildings</source>
        <translation>Quadras do cuidado: edifícios alternativos</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="49"/>
        <source>Care blocks: areas of influence</source>
        <translation>Quadras do cuidado: áreas de influência</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="76"/>
        <source>{0}: layer {1} has no field {2}. Give the &apos;Units with their block&apos; output of Care blocks, or leave it empty.</source>
        <translation>{0}: a camada {1} não tem o campo {2}. Informe a saída &apos;Unidades com a sua quadra&apos; das Quadras do cuidado, ou deixe-o vazio.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="90"/>
        <source>{0}: layer {1} has no field block. Give the &apos;Units with their block&apos; output of Care blocks.</source>
        <translation>{0}: a camada {1} não tem o campo block. Informe a saída &apos;Unidades com a sua quadra&apos; das Quadras do cuidado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="107"/>
        <source>%n new care block(s)</source>
        <translation>
            <numerusform>%n nova quadra do cuidado</numerusform>
            <numerusform>%n novas quadras do cuidado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="107"/>
        <source>and %n already open</source>
        <translation>
            <numerusform>e %n já aberta</numerusform>
            <numerusform>e %n já abertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_blocks.py" line="110"/>
        <source>%n care block(s)</source>
        <translation>
            <numerusform>%n quadra do cuidado</numerusform>
            <numerusform>%n quadras do cuidado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="112"/>
        <source>{0} reaches {1} people who need care{2} and {3} caregivers{4}</source>
        <translation>{0} alcança {1} pessoas que precisam de cuidado{2} e {3} pessoas cuidadoras{4}</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="113"/>
        <source>{0} reach {1} people who need care{2} and {3} caregivers{4}</source>
        <translation>{0} alcançam {1} pessoas que precisam de cuidado{2} e {3} pessoas cuidadoras{4}</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="117"/>
        <source>before the new ones, {0} people who need care{1} and {2} caregivers{3} were within reach of a block.</source>
        <translation>antes das novas, {0} pessoas que precisam de cuidado{1} e {2} pessoas cuidadoras{3} estavam ao alcance de uma quadra.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="122"/>
        <source>before them, no care block reached anyone.</source>
        <translation>antes delas, nenhuma quadra do cuidado alcançava ninguém.</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="124"/>
        <source>(The shares need the fields the Care blocks run read, which layer {0} does not have.)</source>
        <translation>(As proporções precisam dos campos que a execução das Quadras do cuidado leu, que a camada {0} não tem.)</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="145"/>
        <source>New block anchor</source>
        <translation>Âncora de nova quadra</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="146"/>
        <source>Anchor of a block already open</source>
        <translation>Âncora de uma quadra já aberta</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="174"/>
        <source>Area of influence (walk to the block)</source>
        <translation>Área de influência (caminhada até a quadra)</translation>
    </message>
    <message>
        <location filename="../processing/report_blocks.py" line="191"/>
        <source>Each block: an anchor building, the buildings around it and the area within the walking radius.</source>
        <translation>Cada quadra: um edifício âncora, os edifícios ao seu redor e a área dentro do raio de caminhada.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="408"/>
        <source>Places per facility</source>
        <translation>Vagas por equipamento</translation>
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
        <translation>Demanda: {0} (pessoas)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="413"/>
        <source>Access to care</source>
        <translation>Acesso ao cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="413"/>
        <location filename="../ui/charts.py" line="113"/>
        <location filename="../ui/charts.py" line="281"/>
        <source>Access (places per person)</source>
        <translation>Acesso (vagas por pessoa)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="415"/>
        <source>Places per person within reach (two-step floating catchment).</source>
        <translation>Vagas por pessoa ao alcance (área de influência flutuante em duas etapas).</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="420"/>
        <source>Time to the nearest service</source>
        <translation>Tempo até o serviço mais próximo</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="420"/>
        <location filename="../ui/charts.py" line="182"/>
        <source>Minutes to the nearest facility</source>
        <translation>Minutos até o equipamento mais próximo</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="424"/>
        <source>not a care desert</source>
        <translation>não é deserto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="425"/>
        <source>care desert</source>
        <translation>deserto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="428"/>
        <source>Care desert: a unit with high demand whose nearest facility is beyond the travel time.</source>
        <translation>Deserto de cuidado: uma unidade com alta demanda cujo equipamento mais próximo está além do tempo de deslocamento.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="431"/>
        <source>Priority (0 = lowest, 1 = highest)</source>
        <translation>Prioridade (0 = a mais baixa, 1 = a mais alta)</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="433"/>
        <source>Combines unmet demand, low access and vulnerability; higher needs attention first.</source>
        <translation>Combina demanda não atendida, baixo acesso e vulnerabilidade; um valor mais alto requer atenção primeiro.</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="450"/>
        <source>Streets</source>
        <translation>Ruas</translation>
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
        <translation>O que os indicadores significam</translation>
    </message>
    <message>
        <location filename="../processing/report_layout.py" line="492"/>
        <location filename="../processing/report_text.py" line="330"/>
        <source>Method and parameters</source>
        <translation>Método e parâmetros</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="189"/>
        <location filename="../ui/charts.py" line="38"/>
        <source>Demand and accessible places by district</source>
        <translation>Demanda e vagas acessíveis por distrito</translation>
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
        <translation>vagas acessíveis</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="192"/>
        <location filename="../processing/report_svg.py" line="197"/>
        <location filename="../processing/report_svg.py" line="202"/>
        <source>people</source>
        <translation>pessoas</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="193"/>
        <source>For each district, the people of the cohort and the places they can reach.</source>
        <translation>Para cada distrito, as pessoas da coorte e as vagas que elas conseguem alcançar.</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="200"/>
        <location filename="../ui/charts.py" line="113"/>
        <source>Distribution of access</source>
        <translation>Distribuição do acesso</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="202"/>
        <source>places per person</source>
        <translation>vagas por pessoa</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="203"/>
        <source>policy target</source>
        <translation>meta de política</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="204"/>
        <source>How many people have each level of access (places per person within reach).</source>
        <translation>Quantas pessoas têm cada nível de acesso (vagas por pessoa ao alcance).</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="209"/>
        <source>Share of demand that reaches a facility</source>
        <translation>Proporção da demanda que alcança um equipamento</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="211"/>
        <source>share within the time</source>
        <translation>proporção dentro do tempo</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="211"/>
        <source>minutes to the nearest facility</source>
        <translation>minutos até o equipamento mais próximo</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="212"/>
        <source>share of demand</source>
        <translation>proporção da demanda</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="213"/>
        <source>{0:g} min</source>
        <translation>{0:g} min</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="214"/>
        <source>The share of the people who reach a facility within each travel time; the dashed line is the travel time of the analysis.</source>
        <translation>A proporção das pessoas que alcançam um equipamento dentro de cada tempo de deslocamento; a linha tracejada é o tempo de deslocamento da análise.</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="221"/>
        <location filename="../ui/charts.py" line="241"/>
        <location filename="../ui/charts.py" line="257"/>
        <location filename="../ui/charts.py" line="269"/>
        <source>Lorenz curve of access</source>
        <translation>Curva de Lorenz do acesso</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="223"/>
        <location filename="../processing/report_svg.py" line="224"/>
        <source>share of access</source>
        <translation>proporção do acesso</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="224"/>
        <source>share of demand (lowest access first)</source>
        <translation>proporção da demanda (menor acesso primeiro)</translation>
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
        <translation>indefinido (os 40% com menos acesso não têm nenhum)</translation>
    </message>
    <message>
        <location filename="../processing/report_svg.py" line="228"/>
        <source>The further the curve lies below the diagonal, the more unequal the access. The Gini index is 0 when everyone has the same access and close to 1 when a few have almost all of it; the Palma ratio divides the access of the 10% best served by that of the 40% least served.</source>
        <translation>Quanto mais a curva fica abaixo da diagonal, mais desigual é o acesso. O índice de Gini é 0 quando todos têm o mesmo acesso e perto de 1 quando poucos têm quase todo ele; a razão de Palma divide o acesso dos 10% mais bem atendidos pelo dos 40% pior atendidos.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="49"/>
        <source>The map covers {0} units with {1} {2}.</source>
        <translation>O mapa cobre {0} unidades com {1} {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="51"/>
        <source>Left out of every figure: %n unit(s) without a value in the demand field ({0}).</source>
        <translation>
            <numerusform>Fora de todos os números: %n unidade sem valor no campo de demanda ({0}).</numerusform>
            <numerusform>Fora de todos os números: %n unidades sem valor no campo de demanda ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="54"/>
        <source>There is no demand in this layer (every unit has 0 {0}): no share, coverage or gap can be computed.</source>
        <translation>Não há demanda nesta camada (todas as unidades têm 0 {0}): nenhuma proporção, cobertura ou lacuna pode ser calculada.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="58"/>
        <source>{0} {1} ({2}) live within {3:g} minutes&apos; {4} of the nearest facility; {5} ({6}) live farther away or reach none.</source>
        <translation>{0} {1} ({2}) vivem a até {3:g} minutos {4} do equipamento mais próximo; {5} ({6}) vivem mais longe ou não alcançam nenhum.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="63"/>
        <source>%n unit(s) with {0} {1} cannot reach any facility within the search limit (no cost was computed for them).</source>
        <translation>
            <numerusform>%n unidade com {0} {1} não consegue alcançar nenhum equipamento dentro do limite de busca (nenhum custo foi calculado para ela).</numerusform>
            <numerusform>%n unidades com {0} {1} não conseguem alcançar nenhum equipamento dentro do limite de busca (nenhum custo foi calculado para elas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="67"/>
        <source>{0} {1} ({2}) live in units that reach at least one facility within the analysis threshold.</source>
        <translation>{0} {1} ({2}) vivem em unidades que alcançam pelo menos um equipamento dentro do limiar da análise.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="70"/>
        <source>There is no capacity: the facilities within reach have 0 places, so no {0} has an accessible place.</source>
        <translation>Não há capacidade: os equipamentos ao alcance têm 0 vagas, então nenhuma pessoa ({0}) tem uma vaga acessível.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="73"/>
        <source>The facilities within reach offer {0} places to these {1} {2}, {3} places per person on average.</source>
        <translation>Os equipamentos ao alcance oferecem {0} vagas para {1} {2}, em média {3} vagas por pessoa.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="77"/>
        <source>At the policy targets per age band (a place for {0}), {1} places are needed; {2} places are missing in the units below the target (a surplus in one unit does not fill another&apos;s gap).</source>
        <translation>Com as metas de política por faixa etária (uma vaga para {0}), são necessárias {1} vagas; faltam {2} vagas nas unidades abaixo da meta (o excedente de uma unidade não preenche a lacuna de outra).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="82"/>
        <source>At the policy target of {0} places per person, {1} places are needed; {2} places are missing in the units below the target (a surplus in one unit does not fill another&apos;s gap).</source>
        <translation>Com a meta de política de {0} vagas por pessoa, são necessárias {1} vagas; faltam {2} vagas nas unidades abaixo da meta (o excedente de uma unidade não preenche a lacuna de outra).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="87"/>
        <source>Counting one place per person, {0} {1} would have no place within reach.</source>
        <translation>Contando uma vaga por pessoa, {0} {1} ficariam sem vaga ao alcance.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="91"/>
        <source>of the missing places</source>
        <translation>das vagas que faltam</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="92"/>
        <source>of the people without a place</source>
        <translation>das pessoas sem vaga</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="93"/>
        <source>{0} {1} lie in %n district(s): {2}.</source>
        <translation>
            <numerusform>{0} {1} estão em %n distrito: {2}.</numerusform>
            <numerusform>{0} {1} estão em %n distritos: {2}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="96"/>
        <source>{0} units are care deserts (high demand, low access); {1} {2} ({3}) live in them.</source>
        <translation>{0} unidades são desertos de cuidado (alta demanda, baixo acesso); nelas vivem {1} {2} ({3}).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="110"/>
        <source>In the {0} window ({1})</source>
        <translation>Na janela {0} ({1})</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="111"/>
        <source>In the {0} window</source>
        <translation>Na janela {0}</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="112"/>
        <source>{0}, {1} of {2} ({3}) reach a facility that is open then.</source>
        <translation>{0}, {1} de {2} ({3}) alcançam um equipamento que está aberto nesse horário.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/report_text.py" line="115"/>
        <source>Temporal care deserts (high demand and care within reach at some hour, but none open within reach in the caregivers&apos; time window): %n unit(s).</source>
        <translation>
            <numerusform>Desertos de cuidado temporais (alta demanda e cuidado ao alcance em algum horário, mas nenhum aberto ao alcance na janela de horário das pessoas cuidadoras): %n unidade.</numerusform>
            <numerusform>Desertos de cuidado temporais (alta demanda e cuidado ao alcance em algum horário, mas nenhum aberto ao alcance na janela de horário das pessoas cuidadoras): %n unidades.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="118"/>
        <source>{0} {1} ({2}) live in the temporal care deserts.</source>
        <translation>{0} {1} ({2}) vivem nos desertos de cuidado temporais.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="134"/>
        <source>{0}: {1}. Give the windows as the analysis did, e.g. &apos;evening=Mo-Fr 17:00-20:00&apos;.</source>
        <translation>{0}: {1}. Informe as janelas como a análise fez, p. ex. &apos;evening=Mo-Fr 17:00-20:00&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="143"/>
        <source>Layer {0}, fields {1}: {2}; these fields must be 0, 1 or empty, as Accessibility to care and Care deserts write them.</source>
        <translation>Camada {0}, campos {1}: {2}; esses campos devem ser 0, 1 ou vazios, como a Acessibilidade ao cuidado e os Desertos de cuidado os gravam.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="160"/>
        <source>the result of the previous step</source>
        <translation>o resultado da etapa anterior</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="171"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="171"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="186"/>
        <location filename="../processing/report_text.py" line="189"/>
        <source>a text pattern (given in the run)</source>
        <translation>um padrão de texto (informado na execução)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="204"/>
        <source>This report</source>
        <translation>Este relatório</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="227"/>
        <source>Notes</source>
        <translation>Observações</translation>
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
        <translation>A proporção das pessoas que vivem a até {0:g} minutos {1} de pelo menos um equipamento.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="239"/>
        <source>Access (2SFCA)</source>
        <translation>Acesso (2SFCA)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="240"/>
        <source>Places per person within reach: each facility&apos;s places are shared among all the people who live within the threshold of it, and each unit adds up its shares of every facility it reaches (two-step floating catchment).</source>
        <translation>Vagas por pessoa ao alcance: as vagas de cada equipamento são compartilhadas entre todas as pessoas que vivem dentro do limiar dele, e cada unidade soma as suas parcelas de cada equipamento que alcança (área de influência flutuante em duas etapas).</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="244"/>
        <source>Care desert</source>
        <translation>Deserto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="245"/>
        <source>A unit with high demand (many more people than the typical unit) whose nearest facility is beyond the threshold, or that reaches none.</source>
        <translation>Uma unidade com alta demanda (muito mais pessoas que a unidade típica) cujo equipamento mais próximo está além do limiar, ou que não alcança nenhum.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="249"/>
        <source>A score from 0 to 1 that combines unmet demand, low access and the vulnerability indicators, each ranked across the units; higher means the unit needs attention first.</source>
        <translation>Uma pontuação de 0 a 1 que combina a demanda não atendida, o baixo acesso e os indicadores de vulnerabilidade, cada um ordenado entre as unidades; um valor mais alto significa que a unidade requer atenção primeiro.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="252"/>
        <source>Gini index</source>
        <translation>Índice de Gini</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="253"/>
        <source>How unequally access is shared among the people: 0 when everyone has the same access, close to 1 when a few have almost all of it.</source>
        <translation>Quão desigual é a distribuição do acesso entre as pessoas: 0 quando todos têm o mesmo acesso, perto de 1 quando poucos têm quase todo ele.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="255"/>
        <source>Palma ratio</source>
        <translation>Razão de Palma</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="256"/>
        <source>The access of the 10% best served divided by the access of the 40% least served: 1 is equal, 2 means the best served have twice as much.</source>
        <translation>O acesso dos 10% mais bem atendidos dividido pelo acesso dos 40% pior atendidos: 1 é igual, 2 significa que os mais bem atendidos têm o dobro.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="269"/>
        <source>{0} in the map</source>
        <translation>{0} no mapa</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="271"/>
        <source>every unit has 0 {0}</source>
        <translation>todas as unidades têm 0 {0}</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="274"/>
        <source>within {0:g} minutes of the nearest facility</source>
        <translation>a até {0:g} minutos do equipamento mais próximo</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="277"/>
        <source>reach a facility within the analysis threshold</source>
        <translation>alcançam um equipamento dentro do limiar da análise</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="279"/>
        <source>places within reach</source>
        <translation>vagas ao alcance</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="279"/>
        <source>no capacity</source>
        <translation>sem capacidade</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="281"/>
        <source>places missing for the targets per age band ({0})</source>
        <translation>vagas que faltam para as metas por faixa etária ({0})</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="284"/>
        <source>places missing for the target of {0} per person</source>
        <translation>vagas que faltam para a meta de {0} por pessoa</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="287"/>
        <source>{0} without a place (one place per person)</source>
        <translation>{0} sem vaga (uma vaga por pessoa)</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="290"/>
        <source>of {0} live in care deserts</source>
        <translation>de {0} vivem em desertos de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="304"/>
        <source>No parameters were given.</source>
        <translation>Nenhum parâmetro foi informado.</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="306"/>
        <source>en</source>
        <translation>pt</translation>
    </message>
    <message>
        <location filename="../processing/report_text.py" line="326"/>
        <source>Key numbers</source>
        <translation>Números-chave</translation>
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
        <translation>%1 – %2 vagas por pessoa</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="58"/>
        <source>%1 – %2 places per 100 people</source>
        <translation>%1 – %2 vagas por 100 pessoas</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="59"/>
        <source>%1 – %2 places per person in the catchment</source>
        <translation>%1 – %2 vagas por pessoa na área de influência</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="60"/>
        <source>%1 – %2 care units</source>
        <translation>%1 – %2 unidades de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="62"/>
        <source>%1 – %2 places (negative: shortfall, positive: surplus)</source>
        <translation>%1 – %2 vagas (negativo: déficit, positivo: excedente)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="63"/>
        <source>%1 – %2 places (full-day equivalent)</source>
        <translation>%1 – %2 vagas (equivalente em período integral)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="64"/>
        <source>%1 – %2 places</source>
        <translation>%1 – %2 vagas</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="65"/>
        <source>%1 – %2 hours of unpaid care per week</source>
        <translation>%1 – %2 horas de cuidado não remunerado por semana</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="66"/>
        <source>%1 – %2 people newly within reach</source>
        <translation>%1 – %2 pessoas que passam a estar ao alcance</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="67"/>
        <source>Not a care desert</source>
        <translation>Não é deserto de cuidado</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="68"/>
        <source>Care desert: no facility within the threshold</source>
        <translation>Deserto de cuidado: nenhum equipamento dentro do limiar</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="69"/>
        <source>Care desert: reachable only by the second mode</source>
        <translation>Deserto de cuidado: alcançável apenas pelo segundo modo</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="70"/>
        <source>Hot spot, 99% confidence</source>
        <translation>Ponto quente, 99% de confiança</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="71"/>
        <source>Hot spot, 95% confidence</source>
        <translation>Ponto quente, 95% de confiança</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="72"/>
        <source>Hot spot, 90% confidence</source>
        <translation>Ponto quente, 90% de confiança</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="73"/>
        <source>Not significant</source>
        <translation>Não significativo</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="74"/>
        <source>Cold spot, 90% confidence</source>
        <translation>Ponto frio, 90% de confiança</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="75"/>
        <source>Cold spot, 95% confidence</source>
        <translation>Ponto frio, 95% de confiança</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="76"/>
        <source>Cold spot, 99% confidence</source>
        <translation>Ponto frio, 99% de confiança</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="77"/>
        <source>Quintile 1: lowest priority (bottom 20%)</source>
        <translation>Quintil 1: menor prioridade (20% inferiores)</translation>
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
        <translation>Quintil 5: maior prioridade (20% superiores)</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="82"/>
        <source>New care block anchor</source>
        <translation>Âncora de nova quadra do cuidado</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="83"/>
        <source>Anchor of a care block already open</source>
        <translation>Âncora de uma quadra do cuidado já aberta</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="85"/>
        <source>Dependants and caregivers within reach of the same block</source>
        <translation>Pessoas dependentes e pessoas cuidadoras ao alcance da mesma quadra</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="87"/>
        <source>Within reach of a block: only one of the two groups lives here</source>
        <translation>Ao alcance de uma quadra: só um dos dois grupos vive aqui</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="88"/>
        <source>No block within reach</source>
        <translation>Nenhuma quadra ao alcance</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="214"/>
        <source>Style file {0} is missing; the layer keeps the default style.</source>
        <translation>O arquivo de estilo {0} não existe; a camada mantém o estilo padrão.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="219"/>
        <source>Could not read the renderer of style {0}.</source>
        <translation>Não foi possível ler o renderizador do estilo {0}.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="262"/>
        <source>Layer {0} styled with the CareMap &apos;{1}&apos; style.</source>
        <translation>Camada {0} com o estilo &apos;{1}&apos; do CareMap.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="266"/>
        <source>The project already has a layer named {0}: this result is named {1}.</source>
        <translation>O projeto já tem uma camada chamada {0}: este resultado se chama {1}.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="269"/>
        <source>Layer {0} placed above the polygon layers so its points stay visible.</source>
        <translation>A camada {0} foi colocada acima das camadas de polígonos para que os seus pontos continuem visíveis.</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="395"/>
        <source>CareMap &apos;{0}&apos; style</source>
        <translation>Estilo &apos;{0}&apos; do CareMap</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="398"/>
        <source>Could not save the style into {0}: {1}</source>
        <translation>Não foi possível salvar o estilo em {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="57"/>
        <source>Could not load layer {0}.</source>
        <translation>Não foi possível carregar a camada {0}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="71"/>
        <source>{0} holds {1} mappings separated by &apos;|&apos; but {2} facility layers were chosen: give one mapping per layer, in the order of the layers, or a single mapping for all of them; or start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>{0} contém {1} mapeamentos separados por &apos;|&apos;, mas foram escolhidas {2} camadas de equipamentos: informe um mapeamento por camada, na ordem das camadas, ou um único mapeamento para todas; ou comece cada mapeamento com o nome da sua camada e dois-pontos (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="101"/>
        <source>it has no field {0}</source>
        <translation>ela não tem o campo {0}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="104"/>
        <source>it has no point or polygon geometry and the mapping gives no x=...,y=...</source>
        <translation>ela não tem geometria de pontos ou polígonos e o mapeamento não informa x=...,y=...</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="146"/>
        <source>{0} names layer &apos;{1}&apos;, which is not one of the layers chosen in {2} ({3}): write the mapping after the name of one of them and a colon.</source>
        <translation>{0} cita a camada &apos;{1}&apos;, que não é uma das camadas escolhidas em {2} ({3}): escreva o mapeamento depois do nome de uma delas e dois-pontos.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="150"/>
        <source>{0} holds two mappings for layer {1}: keep one.</source>
        <translation>{0} contém dois mapeamentos para a camada {1}: mantenha um.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="157"/>
        <source>{0} holds {1} mappings without a layer name but only {2} layers are left for them ({3}): start each mapping with its layer&apos;s name and a colon.</source>
        <translation>{0} contém {1} mapeamentos sem nome de camada, mas restam só {2} camadas para eles ({3}): comece cada mapeamento com o nome da sua camada e dois-pontos.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="165"/>
        <source>Mappings by layer: {0}.</source>
        <translation>Mapeamentos por camada: {0}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="166"/>
        <source>(the schema field names)</source>
        <translation>(os nomes dos campos do esquema)</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="183"/>
        <source>The mappings in {0} do not fit the layers in the order of {1}, and fit them in one order only, which was used: {2}. To be sure, start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>Os mapeamentos em {0} não correspondem às camadas na ordem de {1}, e correspondem a elas em uma única ordem, que foi usada: {2}. Para ter certeza, comece cada mapeamento com o nome da sua camada e dois-pontos (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="186"/>
        <location filename="../processing/supply_io.py" line="189"/>
        <source>mapping {0} -&gt; layer {1}</source>
        <translation>mapeamento {0} -&gt; camada {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="192"/>
        <source>The mappings in {0} do not fit the layers in the order of {1} ({2}). The mappings go to the layers in the order the layers have in {1}, which its picker lists alphabetically: drag the layers in the picker into the order of the mappings, or start each mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat).</source>
        <translation>Os mapeamentos em {0} não correspondem às camadas na ordem de {1} ({2}). Os mapeamentos vão para as camadas na ordem que as camadas têm em {1}, cujo seletor as lista em ordem alfabética: arraste as camadas no seletor para a ordem dos mapeamentos, ou comece cada mapeamento com o nome da sua camada e dois-pontos (crowd_facilities: x=lon,y=lat).</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="226"/>
        <source>Mapping for layer {0}: {1}</source>
        <translation>Mapeamento da camada {0}: {1}</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="242"/>
        <source>Layer {0} read as a KoboToolbox / ODK export: {1}.</source>
        <translation>Camada {0} lida como exportação do KoboToolbox / ODK: {1}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="248"/>
        <source>Mapping for layer {0}: field &apos;{1}&apos; (for {2}) was not found. Available fields: {3}.</source>
        <translation>Mapeamento da camada {0}: o campo &apos;{1}&apos; (para {2}) não foi encontrado. Campos disponíveis: {3}.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="268"/>
        <source>Layer {0} has no point or polygon geometry: map its coordinate fields with x=...,y=... in {1} (e.g. x=lon,y=lat).</source>
        <translation>A camada {0} não tem geometria de pontos nem de polígonos: mapeie seus campos de coordenadas com x=...,y=... em {1} (p. ex. x=lon,y=lat).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/supply_io.py" line="277"/>
        <source>%n row(s) of layer {0} without coordinates: skipped.</source>
        <translation>
            <numerusform>%n linha da camada {0} sem coordenadas: ignorada.</numerusform>
            <numerusform>%n linhas da camada {0} sem coordenadas: ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="282"/>
        <source>Layer {0}: the crs given in {1} is not a valid coordinate reference system; write it as crs=&apos;EPSG:4326&apos;.</source>
        <translation>Camada {0}: o crs informado em {1} não é um sistema de referência de coordenadas válido; escreva-o como crs=&apos;EPSG:4326&apos;.</translation>
    </message>
    <message>
        <location filename="../processing/supply_io.py" line="304"/>
        <source>Mapping for layer {0}: constant {1}={2} is not a finite number.</source>
        <translation>Mapeamento da camada {0}: a constante {1}={2} não é um número finito.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="59"/>
        <source>Public transport costs need a timetable in the GTFS format (a zip file or a folder): choose it in {0} (CareMap&apos;s synthetic public transport feed makes one from bus routes and stops).</source>
        <translation>Os custos por transporte público precisam de um quadro de horários no formato GTFS (um arquivo zip ou uma pasta): escolha-o em {0} (o feed sintético de transporte público do CareMap faz um a partir de rotas e paradas de ônibus).</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="64"/>
        <source>The public transport feed {0} does not exist: choose a GTFS zip file or folder in {1}.</source>
        <translation>O feed de transporte público {0} não existe: escolha um arquivo zip GTFS ou uma pasta em {1}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="69"/>
        <source>Public transport costs need the date and time of leaving: write it in {0} as YYYY-MM-DD HH:MM, e.g. 2024-03-05 07:30.</source>
        <translation>Os custos por transporte público precisam da data e hora de saída: escreva-a em {0} como AAAA-MM-DD HH:MM, p. ex. 2024-03-05 07:30.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="75"/>
        <source>{0} is &apos;{1}&apos;, which is not a date and time: write it as YYYY-MM-DD HH:MM (24-hour clock), e.g. 2024-03-05 07:30.</source>
        <translation>{0} é &apos;{1}&apos;, que não é uma data e hora: escreva-a como AAAA-MM-DD HH:MM (relógio de 24 horas), p. ex. 2024-03-05 07:30.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="86"/>
        <source>{0} must be whole minutes, 0 or more; got {1:g}.</source>
        <translation>{0} deve ser em minutos inteiros, 0 ou mais; recebido {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="89"/>
        <source>{0} must be between 0 and 100; got {1:g}.</source>
        <translation>{0} deve estar entre 0 e 100; recebido {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="92"/>
        <source>{0} must be 0 m or more; got {1:g}.</source>
        <translation>{0} deve ser 0 m ou mais; recebido {1:g}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="97"/>
        <source>The public transport feed {0} cannot be read: {1}. Choose a GTFS zip file or folder in {2}.</source>
        <translation>O feed de transporte público {0} não pode ser lido: {1}. Escolha um arquivo zip GTFS ou uma pasta em {2}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="128"/>
        <source>{0}: the date {1} is outside the calendar of the public transport feed {2}, which runs from {3} to {4}. Choose a date within it.</source>
        <translation>{0}: a data {1} está fora do calendário do feed de transporte público {2}, que vai de {3} a {4}. Escolha uma data dentro dele.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="134"/>
        <source>The public transport feed {0} cannot be read: {1}.</source>
        <translation>O feed de transporte público {0} não pode ser lido: {1}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="138"/>
        <source>The public transport feed {0} has no service on {1} ({2}): no bus or train runs that day. Choose another date in {3}.</source>
        <translation>O feed de transporte público {0} não tem serviço em {1} ({2}): nenhum ônibus ou trem circula nesse dia. Escolha outra data em {3}.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="142"/>
        <source>Public transport feed {0}, {1}: {2} stops, {3} vehicle runs ({4} from frequencies, {5} of the day before past midnight).</source>
        <translation>Feed de transporte público {0}, {1}: {2} paradas, {3} viagens de veículos ({4} de frequências, {5} do dia anterior após a meia-noite).</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="148"/>
        <source>Public transport feed {0}: %n trip(s) left out (no time at the first or last stop, or times going back).</source>
        <translation>
            <numerusform>Feed de transporte público {0}: %n viagem deixada de fora (sem horário na primeira ou na última parada, ou com horários que voltam atrás).</numerusform>
            <numerusform>Feed de transporte público {0}: %n viagens deixadas de fora (sem horário na primeira ou na última parada, ou com horários que voltam atrás).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="165"/>
        <source>Public transport feed {0}: %n stop(s) without coordinates, which no walk reaches.</source>
        <translation>
            <numerusform>Feed de transporte público {0}: %n parada sem coordenadas, que nenhuma caminhada alcança.</numerusform>
            <numerusform>Feed de transporte público {0}: %n paradas sem coordenadas, que nenhuma caminhada alcança.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="209"/>
        <source>Public transport: about {0:,.0f} walks to, from and between stops and of the whole way, and the travel times of {1:,} demand units x {2:,} facilities: about {3} of memory.</source>
        <translation>Transporte público: cerca de {0:.0f} caminhadas até as paradas, a partir delas e entre elas e do trajeto inteiro a pé, e os tempos de deslocamento de {1:} unidades de demanda x {2:} equipamentos: cerca de {3} de memória.</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="214"/>
        <source>About {0:,.0f} walks and the public transport travel times of {1:,} demand units x {2:,} facilities</source>
        <translation>Cerca de {0:.0f} caminhadas e os tempos de deslocamento por transporte público de {1:} unidades de demanda x {2:} equipamentos</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="259"/>
        <source>on the road network {0}</source>
        <translation>pela rede viária {0}</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="266"/>
        <source>along straight lines x {0:g}</source>
        <translation>por linhas retas x {0:g}</translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="267"/>
        <source>Public transport walks {0} at {1:g} km/h, each at most {2:g} m: {3} from the demand to stops, {4} from stops to the facilities, {5} between stops.</source>
        <translation>As caminhadas do transporte público são feitas {0} a {1:g} km/h, cada uma de no máximo {2:g} m: {3} da demanda até as paradas, {4} das paradas até os equipamentos, {5} entre paradas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../processing/transit_io.py" line="272"/>
        <source>%n demand point(s) with no stop within {0:g} m: they can only walk the whole way.</source>
        <translation>
            <numerusform>%n ponto de demanda sem parada a até {0:g} m: só pode fazer todo o trajeto a pé.</numerusform>
            <numerusform>%n pontos de demanda sem parada a até {0:g} m: só podem fazer todo o trajeto a pé.</numerusform>
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
            <numerusform>Tempos de deslocamento por transporte público a partir de {0}, {1}: percentil {2:g} de %n minuto de partida a partir desse momento.</numerusform>
            <numerusform>Tempos de deslocamento por transporte público a partir de {0}, {1}: percentil {2:g} de %n minutos de partida a partir desse momento.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../processing/transit_io.py" line="305"/>
        <source>Window &apos;{0}&apos;: public transport leaves on {1} ({2}) at {3:02d}:{4:02d}, the window&apos;s first day and start time in the week of {5}.</source>
        <translation>Janela &apos;{0}&apos;: o transporte público sai em {1} ({2}) às {3:02d}:{4:02d}, o primeiro dia e a hora de início da janela na semana de {5}.</translation>
    </message>
    <message>
        <location filename="../ui/chart_base.py" line="57"/>
        <source>The charts need the Python package pyqtgraph, which could not be imported. Install it for the Python that QGIS uses, then restart QGIS:
- Debian/Ubuntu: sudo apt install python3-pyqtgraph
- Windows (OSGeo4W Shell): python -m pip install pyqtgraph
- macOS (QGIS Python console): import pip; pip.main([&apos;install&apos;, &apos;pyqtgraph&apos;])
The CareMap algorithms work without it.</source>
        <translation>Os gráficos precisam do pacote Python pyqtgraph, que não pôde ser importado. Instale-o para o Python usado pelo QGIS e reinicie o QGIS:
- Debian/Ubuntu: sudo apt install python3-pyqtgraph
- Windows (OSGeo4W Shell): python -m pip install pyqtgraph
- macOS (console Python do QGIS): import pip; pip.main([&apos;install&apos;, &apos;pyqtgraph&apos;])
Os algoritmos do CareMap funcionam sem ele.</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="38"/>
        <source>People / places</source>
        <translation>Pessoas / vagas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="48"/>
        <location filename="../ui/charts.py" line="281"/>
        <source>Demand (people)</source>
        <translation>Demanda (pessoas)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="49"/>
        <source>Accessible places</source>
        <translation>Vagas acessíveis</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="50"/>
        <location filename="../ui/charts.py" line="127"/>
        <location filename="../ui/charts.py" line="307"/>
        <location filename="../ui/charts.py" line="478"/>
        <source>Selected</source>
        <translation>Selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="74"/>
        <location filename="../ui/charts.py" line="197"/>
        <source>All units</source>
        <translation>Todas as unidades</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="114"/>
        <location filename="../ui/charts.py" line="126"/>
        <location filename="../ui/charts.py" line="467"/>
        <source>People</source>
        <translation>Pessoas</translation>
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
        <translation>Proporção da demanda dentro desse tempo (%)</translation>
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
        <translation>Unidades selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="199"/>
        <location filename="../ui/dock.py" line="132"/>
        <source>Access threshold</source>
        <translation>Limiar de acesso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="241"/>
        <source>Cumulative share of people (lowest access first)</source>
        <translation>Proporção acumulada de pessoas (menor acesso primeiro)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="242"/>
        <source>Cumulative share of access</source>
        <translation>Proporção acumulada do acesso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="257"/>
        <location filename="../ui/dock.py" line="176"/>
        <source>Access</source>
        <translation>Acesso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="258"/>
        <location filename="../ui/charts.py" line="271"/>
        <source>Equality</source>
        <translation>Igualdade</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="270"/>
        <source>Access: Gini {0}, Palma {1}</source>
        <translation>Acesso: Gini {0}, Palma {1}</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="281"/>
        <source>Demand vs access</source>
        <translation>Demanda versus acesso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="288"/>
        <source>Care desert quadrant: high demand, access below the target</source>
        <translation>Quadrante de deserto de cuidado: alta demanda, acesso abaixo da meta</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="306"/>
        <source>Other units</source>
        <translation>Outras unidades</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="308"/>
        <source>High demand, low access</source>
        <translation>Alta demanda, baixo acesso</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="394"/>
        <source>Share of demand covered by time of day</source>
        <translation>Proporção da demanda coberta por horário do dia</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="394"/>
        <source>Caregivers&apos; time window</source>
        <translation>Janela de horário das pessoas cuidadoras</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="395"/>
        <source>Demand with an open facility in reach (%)</source>
        <translation>Demanda com um equipamento aberto ao alcance (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="403"/>
        <source>All hours</source>
        <translation>Todos os horários</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="404"/>
        <source>Time windows</source>
        <translation>Janelas de horário</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="435"/>
        <source>all hours</source>
        <translation>todos os horários</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="467"/>
        <source>People each care block reaches</source>
        <translation>Pessoas que cada quadra do cuidado alcança</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="476"/>
        <source>People who need care</source>
        <translation>Pessoas que precisam de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="477"/>
        <source>Caregivers</source>
        <translation>Pessoas cuidadoras</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="503"/>
        <source>Block {0}</source>
        <translation>Quadra {0}</translation>
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
        <translation>O CareMap mapeia a oferta de cuidado, a demanda por cuidado e as lacunas entre elas. Execute seus algoritmos pelos botões abaixo ou pela Caixa de ferramentas de processamento (grupo CareMap); selecione uma camada de resultado do CareMap para ver aqui seus gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="113"/>
        <source>Numeric field with the demand (people of the cohort) of each unit</source>
        <translation>Campo numérico com a demanda (pessoas da coorte) de cada unidade</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="115"/>
        <source>Text field with the district of each unit (for the bars)</source>
        <translation>Campo de texto com o distrito de cada unidade (para as barras)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="121"/>
        <source> places/person</source>
        <translation> vagas/pessoa</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="126"/>
        <source>Travel time that counts as within reach; set from the layer&apos;s own threshold when its fields say it (covered and cost_nearest of an accessibility result)</source>
        <translation>Tempo de deslocamento que conta como ao alcance; definido a partir do próprio limiar da camada quando os seus campos o indicam (covered e cost_nearest de um resultado de acessibilidade)</translation>
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
        <translation>Equidade</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="179"/>
        <source>Scatter</source>
        <translation>Dispersão</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="180"/>
        <source>Time of day</source>
        <translation>Horário do dia</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="200"/>
        <source>Export {0}…</source>
        <translation>Exportar {0}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="210"/>
        <source>Click bars or points to select their units on the map (Ctrl adds to the selection); Shift+drag on the scatter selects a box of points. Features selected on the map are highlighted in the charts.</source>
        <translation>Clique em barras ou pontos para selecionar suas unidades no mapa (Ctrl adiciona à seleção); Shift+arrastar no gráfico de dispersão seleciona uma caixa de pontos. As feições selecionadas no mapa são destacadas nos gráficos.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Accessibility…</source>
        <translation>Acessibilidade…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Care gaps…</source>
        <translation>Lacunas de cuidado…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Care deserts…</source>
        <translation>Desertos de cuidado…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="222"/>
        <source>Open the Processing dialog of caremap:{0}, filled from this layer</source>
        <translation>Abrir o diálogo de processamento de caremap:{0}, preenchido a partir desta camada</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>accessibility</source>
        <translation>acessibilidade</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>care gaps</source>
        <translation>lacunas de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="290"/>
        <source>care deserts</source>
        <translation>desertos de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="291"/>
        <source>care blocks</source>
        <translation>quadras do cuidado</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="294"/>
        <source>Layer: &lt;b&gt;{0}&lt;/b&gt; ({1})</source>
        <translation>Camada: &lt;b&gt;{0}&lt;/b&gt; ({1})</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="314"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="364"/>
        <source>&lt;b&gt;No CareMap result selected.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Select a layer made by Accessibility, Care gaps, Care deserts or Care blocks (its units) in the Layers panel to see its figures and charts here, or run Accessibility with the button below.</source>
        <translation>&lt;b&gt;Nenhum resultado do CareMap selecionado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Selecione uma camada feita por Acessibilidade, Lacunas de cuidado, Desertos de cuidado ou Quadras do cuidado (as suas unidades) no painel Camadas para ver aqui os seus números e gráficos, ou execute a Acessibilidade com o botão abaixo.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="368"/>
        <source>Layer {0} has no numeric field to read the demand from: choose a result layer that keeps its demand field (people of the cohort).</source>
        <translation>A camada {0} não tem nenhum campo numérico de onde ler a demanda: escolha uma camada de resultado que mantenha o seu campo de demanda (pessoas da coorte).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="380"/>
        <source>Layer {0} has no care block fields (covered_dependants, covered_caregivers): run Care blocks and select its units output to see the people each block reaches.</source>
        <translation>A camada {0} não tem campos das quadras do cuidado (covered_dependants, covered_caregivers): execute as Quadras do cuidado e selecione a sua saída de unidades para ver as pessoas que cada quadra alcança.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="382"/>
        <source>No care block reaches a unit of layer {0}.</source>
        <translation>Nenhuma quadra do cuidado alcança uma unidade da camada {0}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="385"/>
        <source>Layer {0} has no time-window fields (covered_&lt;label&gt;): run Accessibility with the facilities&apos; opening hours and caregivers&apos; time windows (e.g. evening=Mo-Fr 17:00-20:00) to see the share of demand covered in each window.</source>
        <translation>A camada {0} não tem campos de janelas de horário (covered_&lt;label&gt;): execute a Acessibilidade com o horário de funcionamento dos equipamentos e as janelas de horário das pessoas cuidadoras (p. ex. evening=Mo-Fr 17:00-20:00) para ver a proporção da demanda coberta em cada janela.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="388"/>
        <source>No demand in layer {0}: the time-of-day profile needs people in at least one unit.</source>
        <translation>Sem demanda na camada {0}: o perfil por horário do dia requer pessoas em pelo menos uma unidade.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="392"/>
        <source>Layer {0} has no travel time to the nearest facility (field cost_nearest): run Accessibility to see the coverage curve.</source>
        <translation>A camada {0} não tem tempo de deslocamento até o equipamento mais próximo (campo cost_nearest): execute a Acessibilidade para ver a curva de cobertura.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="394"/>
        <source>No demand in layer {0}: the coverage curve needs people in at least one unit.</source>
        <translation>Sem demanda na camada {0}: a curva de cobertura requer pessoas em pelo menos uma unidade.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="395"/>
        <source>Layer {0} has no access field: run Accessibility on it to see this chart.</source>
        <translation>A camada {0} não tem campo de acesso: execute a Acessibilidade sobre ela para ver este gráfico.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="470"/>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="470"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="471"/>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="510"/>
        <source>Algorithm {0} is not available.</source>
        <translation>O algoritmo {0} não está disponível.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="74"/>
        <source>%n unit(s) without a value in {0}, left out of the figures.</source>
        <translation>
            <numerusform>%n unidade sem valor em {0}, fora dos números.</numerusform>
            <numerusform>%n unidades sem valor em {0}, fora dos números.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="77"/>
        <source>No demand in this layer: {0} is 0 in every unit.</source>
        <translation>Sem demanda nesta camada: {0} é 0 em todas as unidades.</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="79"/>
        <source>No capacity: the facilities within reach have 0 places.</source>
        <translation>Sem capacidade: os equipamentos ao alcance têm 0 vagas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="81"/>
        <source>%n unit(s) cannot reach any facility within the search limit ({0} people).</source>
        <translation>
            <numerusform>%n unidade não consegue alcançar nenhum equipamento dentro do limite de busca ({0} pessoas).</numerusform>
            <numerusform>%n unidades não conseguem alcançar nenhum equipamento dentro do limite de busca ({0} pessoas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="95"/>
        <source>{0:.0f}% of demand</source>
        <translation>{0:.0f}% da demanda</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="98"/>
        <source>of {0} needed</source>
        <translation>de {0} necessárias</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="103"/>
        <source>People within {0:g} min</source>
        <translation>Pessoas a até {0:g} min</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="103"/>
        <source>People reaching a facility</source>
        <translation>Pessoas que alcançam um equipamento</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="105"/>
        <source>People whose nearest facility is at most {0:g} minutes away (cost_nearest, the Access threshold above)</source>
        <translation>Pessoas cujo equipamento mais próximo está a no máximo {0:g} minutos (cost_nearest, o Limiar de acesso acima)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="107"/>
        <source>People in units that reach a facility within the threshold of the accessibility run (field covered)</source>
        <translation>Pessoas em unidades que alcançam um equipamento dentro do limiar da execução de acessibilidade (campo covered)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="110"/>
        <source>People in care deserts</source>
        <translation>Pessoas em desertos de cuidado</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="111"/>
        <source>People in units that the Care deserts run classed as deserts (field desert)</source>
        <translation>Pessoas em unidades que a execução de Desertos de cuidado classificou como desertos (campo desert)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="113"/>
        <source>Places missing for {0:g}/person</source>
        <translation>Vagas que faltam para {0:g}/pessoa</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="114"/>
        <source>Places missing so that every unit reaches the policy target of {0:g} places per person (the control above), summed over the units below it; a surplus in one unit does not fill another&apos;s gap</source>
        <translation>Vagas que faltam para que cada unidade atinja a meta de política de {0:g} vagas por pessoa (o controle acima), somadas sobre as unidades abaixo dela; o excedente de uma unidade não preenche a lacuna de outra</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="144"/>
        <source>share unknown: the field the run read is not in this layer</source>
        <translation>proporção desconhecida: o campo que a execução leu não está nesta camada</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="145"/>
        <source>{0:.1f}% of them</source>
        <translation>{0:.1f}% delas</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="147"/>
        <source>({0:.1f}% before)</source>
        <translation>({0:.1f}% antes)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="151"/>
        <source>People who need care reached</source>
        <translation>Pessoas que precisam de cuidado alcançadas</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="152"/>
        <source>People who need care (field {0}) in units within the walking radius of a care block (covered_dependants)</source>
        <translation>Pessoas que precisam de cuidado (campo {0}) nas unidades dentro do raio de caminhada de uma quadra do cuidado (covered_dependants)</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="154"/>
        <source>Caregivers reached</source>
        <translation>Pessoas cuidadoras alcançadas</translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="155"/>
        <source>Caregivers (field {0}) in units within the walking radius of a care block (covered_caregivers)</source>
        <translation>Pessoas cuidadoras (campo {0}) nas unidades dentro do raio de caminhada de uma quadra do cuidado (covered_caregivers)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/figures.py" line="158"/>
        <source>%n new block(s)</source>
        <translation>
            <numerusform>%n nova quadra</numerusform>
            <numerusform>%n novas quadras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/figures.py" line="159"/>
        <source>Blocks that reach at least one unit (field block), new and already open</source>
        <translation>Quadras que alcançam pelo menos uma unidade (campo block), novas e já abertas</translation>
    </message>
    <message>
        <source>catchment,service area,isochrone,travel time,network,buffer</source>
        <translation type="vanished">área de influência,área de serviço,isócrona,tempo de viagem,rede,buffer</translation>
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
        <translation type="vanished">De onde cada equipamento pode ser alcançado em 10, 15 ou 20 minutos? Desenha, em torno de cada equipamento, a área a partir da qual ele é alcançado dentro de cada limiar: pelas ruas de uma rede viária, ou como um círculo (linha reta).

Como ler os resultados:
- Áreas de influência: um polígono por equipamento e limiar, com os próprios campos do equipamento, threshold (o limite de deslocamento do polígono) e cost_unit (minutos ou metros) com cost_speed_kmh (a velocidade usada), que dizem em que unidade está o limiar. Os limiares maiores são desenhados por baixo.
- Com &apos;Dissolver por limiar&apos;, um polígono por limiar: toda a área atendida.

Exemplo: caminhando a 5,04 km/h (84 m por minuto), uma área de influência de 10 minutos pelas ruas cobre as ruas a até 840 m de caminhada a partir do equipamento, alargadas em 50 m; em linha reta é um círculo de 840 m de raio. Uma malha de ruas torna os trajetos a pé mais longos que a linha reta, então o polígono da rede viária é menor que o círculo (muitas vezes em um terço).

Bom saber:
- Um equipamento mais distante da rede viária do que a maior distância de conexão não recebe área de influência pela rede viária (um aviso os conta).
- O contorno (hull) é um envoltório rápido das ruas alcançadas e pode cobrir um parque ou uma quadra sem ruas; &apos;buffer&apos; segue as próprias ruas (mais lento).
- Uma área de influência termina onde a rede viária termina: recorte a rede com folga em torno da área de estudo.</translation>
    </message>
    <message>
        <source>Along the road network: the streets reached within each threshold, as a polygon; straight line: a circle whose radius is the threshold (metres, or minutes times the travel speed). Typical: the road network.</source>
        <translation type="vanished">Pela rede viária: as ruas alcançadas dentro de cada limiar, como um polígono; linha reta: um círculo cujo raio é o limiar (metros, ou minutos vezes a velocidade de deslocamento). Típico: a rede viária.</translation>
    </message>
    <message>
        <source>Polygon shape along the road network: hull = an outline of the streets reached, widened by the buffer (fast); buffer = the streets reached themselves, widened by the buffer (detailed, slower). Typical: hull.</source>
        <translation type="vanished">Forma do polígono pela rede viária: hull = um contorno das ruas alcançadas, alargado pelo buffer (rápido); buffer = as próprias ruas alcançadas, alargadas pelo buffer (detalhado, mais lento). Típico: hull.</translation>
    </message>
    <message>
        <source>Width in metres added around the streets reached or their outline (road network only). Typical: 50 m.</source>
        <translation type="vanished">Largura em metros adicionada em torno das ruas alcançadas ou do seu contorno (só rede viária). Típico: 50 m.</translation>
    </message>
    <message>
        <source>How closely the outline follows the streets reached, from 0 (closest) to 1 (convex), for the hull shape. Typical: 0.3.</source>
        <translation type="vanished">Quão de perto o contorno segue as ruas alcançadas, de 0 (mais próximo) a 1 (convexo), para a forma hull. Típico: 0.3.</translation>
    </message>
    <message>
        <source>Catchment polygons: the facility&apos;s fields plus threshold, cost_unit and cost_speed_kmh (one per threshold when dissolved).</source>
        <translation type="vanished">Polígonos de áreas de influência: os campos do equipamento mais threshold, cost_unit e cost_speed_kmh (um por limiar quando dissolvidos).</translation>
    </message>
    <message>
        <source>About {0:,.0f} pairs within reach need about {1} of memory, more than the memory budget of {2}: this may run out of memory. Use a smaller threshold, fewer points, or raise the budget in {3}.</source>
        <translation type="vanished">Cerca de {0:.0f} pares ao alcance precisam de cerca de {1} de memória, mais que o limite de memória de {2}: a memória pode se esgotar. Use um limiar menor, menos pontos, ou aumente o limite em {3}.</translation>
    </message>
    <message>
        <source>Numeric field with the caregivers of each unit, e.g. women aged 15 or more who only do unpaid care work, or single mothers heading a household; NULL counts as 0, with a warning. Typical: women_15_64 (women of working age, as in CareMap&apos;s care demand).</source>
        <translation type="vanished">Campo numérico com as pessoas cuidadoras de cada unidade, p. ex. mulheres de 15 anos ou mais que só fazem trabalho de cuidado não remunerado, ou mães solo chefes de domicílio; NULL conta como 0, com um aviso. Típico: women_15_64 (mulheres em idade de trabalhar, como na demanda de cuidado do CareMap).</translation>
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
        <translation type="vanished">Quais unidades têm muitas pessoas que precisam de cuidado e nenhum serviço de cuidado perto o bastante? Um deserto de cuidado (a regra da Ferramenta de Georreferenciamento do Cuidado) é uma unidade com alta demanda e baixo acesso.

Como ler os resultados:
- Desertos de cuidado (uma linha por unidade, com os seus próprios campos): z_demand = quanto a demanda da unidade está acima ou abaixo da média, em desvios-padrão; demand_threshold = o escore z a partir do qual a demanda conta como alta (a mediana dos escores z positivos da cidade, ou de todos os escores z do distrito da unidade, com distritos); high_demand (0/1); adj_threshold = o limiar de acesso usado para a unidade, em minutos; low_access (0/1) = o equipamento mais próximo está mais longe que o limiar, ou nenhum é alcançável; desert (0/1) = alta demanda e baixo acesso; desert_type = 1 não alcançável por nenhum modo, 2 alcançável só pelo segundo modo (sempre 1 sem um segundo modo); com um feed de transporte público e os equipamentos de cuidado, cost_transit = o tempo de deslocamento por transporte público até o equipamento mais próximo, em minutos (caminhada até a parada, espera, viagem, baldeações, caminhada até o equipamento; NULL quando nenhum está a até quatro vezes o segundo limiar, e pelo menos 60 minutos); com uma janela das pessoas cuidadoras, temporal_desert (0/1) = alta demanda e cuidado ao alcance em algum horário, mas nenhum equipamento aberto ao alcance nessa janela (um deserto de cuidado temporal).
- Desertos de cuidado por distrito: units, deserts, population, population_in_deserts e share (0 a 1) por distrito.
- Resumo nos polígonos de distritos: essa tabela sobre os polígonos de distritos, para mapeá-la (feita quando há polígonos de distritos).

Exemplo: na cidade de demonstração do tutorial, com 10 minutos a pé até a creche e a regra da mediana por distrito, 209 quadras são desertos de cuidado, onde vivem 7.720 crianças de 0-5 anos (7,5% delas); Los Rosales tem mais, 1.581 crianças (20,9% das suas crianças). À mão: seis quadras com 10, 20, 60, 80, 90 e 40 crianças, o equipamento mais próximo a 5, 25, nenhum, 25, 12 e 30 minutos, um limiar de 20 minutos: só a quadra de 80 crianças é um deserto (a quadra de 60 não alcança nada, mas a sua demanda não é alta; a quadra de 90 tem um equipamento a 12 minutos). Se o equipamento a 12 minutos da quadra de 90 fecha às 17:00 e a janela é de segunda a sexta das 17:00 às 20:00 (covered_evening = 0), essa quadra é um deserto de cuidado temporal. Com um segundo modo, um deserto cujo equipamento mais próximo está a 40 minutos a pé, mas a 24 minutos de ônibus (3 minutos a pé até a parada, 7 minutos de espera, 10 minutos de viagem, 4 minutos a pé), tem desert_type 2 com o limiar de 30 minutos; a 35 minutos de ônibus, tem desert_type 1.

O segundo modo costuma ser o transporte público: ou um campo de tempos de deslocamento que você traz, ou o CareMap o calcula a partir de um feed de transporte público (GTFS), dos equipamentos de cuidado, de uma data e hora de partida e, opcionalmente, de uma janela de minutos de partida (veja Acessibilidade ao cuidado para as mesmas opções).

Ressalvas: uma unidade que não alcança nenhum equipamento conta como baixo acesso (a ferramenta de referência a conta como acessível). Unidades perto da borda da área de estudo podem parecer mais longe do cuidado do que estão. Uma demanda igual em todo lugar não dá nenhum deserto (com aviso). Pessoas NULL ou distritos NULL são um erro.</translation>
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
        <translation type="vanished">O mapa do cuidado inteiro em uma única execução: das camadas de equipamentos e dos setores censitários até onde falta cuidado e quais quadras vêm primeiro. Executa, com uma única barra de progresso: 1) o inventário da oferta de cuidado das camadas de equipamentos (mapeamentos de campos, limpeza, duplicatas, vagas equivalentes de período integral); 2) a demanda de cuidado das quadras a partir dos seus campos por faixa etária (p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; com pesos iguais dá as crianças de 0-5 anos; a escala de Madri dá unidades de cuidado para todos); 3) a acessibilidade ao cuidado, opcionalmente só aos equipamentos de um grupo-alvo; 4) as lacunas de cuidado em relação à meta de política (ou às metas por faixa etária); 5) os desertos de cuidado (por distrito); 6) o índice de prioridade de cuidado a partir da demanda não atendida, do baixo acesso e dos campos de vulnerabilidade; opcionalmente 7) o relatório HTML (e PDF).

Como ler os resultados:
- Unidades do mapa do cuidado: as quadras com todos os indicadores: care_demand (pessoas), access (vagas por pessoa ao alcance), cost_nearest (minutos até o equipamento mais próximo), covered, coverage (vagas por 100 pessoas), unmet (pessoas sem vaga), desert (0/1), priority e priority_quintile (5 = os 20% primeiros).
- Inventário da oferta de cuidado: os equipamentos mantidos, com capacity_fde (vagas equivalentes de período integral).
- Equipamentos com razão da área de influência: vagas por pessoa ao alcance de cada equipamento.
- Desertos de cuidado por distrito: units, deserts, population e share por distrito.
- Com o horário de funcionamento dos equipamentos e as janelas de horário das pessoas cuidadoras (Avançado), as unidades também recebem access_&lt;label&gt; e covered_&lt;label&gt; por janela e temporal_desert (1 = cuidado ao alcance em algum horário, mas nenhum aberto na janela escolhida), e o relatório diz a proporção coberta em cada janela.

Exemplo: na cidade de demonstração do tutorial (crianças de 0-5 anos, 10 minutos a pé, uma vaga para cada três crianças), a cadeia dá os números das etapas 2 a 9 do tutorial em uma única execução: cerca de 90% das crianças têm um equipamento a até 10 minutos, e 7,5% delas vivem em desertos de cuidado.

Ressalvas: cada etapa usa os seus padrões, exceto o que é definido aqui; abra os algoritmos individuais para mudar os demais (a mesma cadeia vem como modelo do Modelador Gráfico, models/care_map.model3). Unidades perto da borda da área de estudo podem deixar de ver equipamentos logo fora dela.</translation>
    </message>
    <message>
        <source>With a public transport feed, care deserts get a second mode: walking first, public transport second (walks at the speed and detour factor above, for the facilities of the target group); a desert reachable by public transport within this many minutes is type 2, else type 1, and each unit gets cost_transit. Typical: 30 minutes.</source>
        <translation type="vanished">Com um feed de transporte público, os desertos de cuidado recebem um segundo modo: a pé primeiro, transporte público em segundo (caminhadas à velocidade e com o fator de desvio acima, até os equipamentos do grupo-alvo); um deserto alcançável por transporte público dentro desse número de minutos é do tipo 2, senão do tipo 1, e cada unidade recebe cost_transit. Típico: 30 minutos.</translation>
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
        <translation type="vanished">Quanto cuidado as pessoas de cada quadra precisam, e quem está lá para dá-lo? A partir do número de pessoas por faixa etária de cada unidade (quadra censitária, setor, célula de grade), esta ferramenta calcula a demanda de cuidado, as pessoas dependentes e as cuidadoras potenciais.

Como ler os resultados (as unidades, com os seus próprios campos e estes):
- care_demand: pessoas ponderadas pelo cuidado que a sua idade requer (unidades de cuidado). Com pesos iguais é simplesmente o número de pessoas nas faixas escolhidas (p. ex. crianças de 0-5 anos); com a escala de Madri de Durán uma criança de 0-4 anos conta 2, um adulto de 18-64 conta 1 e uma pessoa de 85+ conta 2.
- pop_bands: as pessoas nas faixas etárias escolhidas.
- dep_children (menores de 15), dep_older (65 anos ou mais), dependents e as suas proporções share_children, share_older (0-1).
- caregivers: as cuidadoras potenciais (o campo de cuidadoras, p. ex. mulheres de 15-64 anos, ou então as pessoas de 15-64 anos das faixas); care_intensity = dependentes por cuidadora (NULL onde não há cuidadora).
- Para polígonos: pop_density e demand_density, por km2.

Exemplo: na cidade de demonstração, as sete faixas etárias com a escala de Madri dão cerca de 1,53 milhão de unidades de cuidado para 1,27 milhão de pessoas (1,20 por pessoa), e a quadra mediana tem 0,94 dependente por mulher de 15-64 anos; as faixas 0-2 e 3-5 com pesos iguais dão 102.803 crianças, a demanda de cuidado das creches.

Ressalvas: uma unidade sem valor (NULL) em uma das suas faixas etárias não recebe demanda de cuidado (contada no log): preencha-o, ou ela conta como nenhuma demanda. Faixas que não coincidem com as idades da escala recebem o peso médio dos anos que abrangem, e uma faixa aberta como 80+ é tomada como abrangendo os anos definidos em &apos;Anos abrangidos por uma faixa aberta como 80+&apos; (80-89 por padrão). Os pesos e as fórmulas estão em docs/methods.md.</translation>
    </message>
    <message>
        <source>The units with care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity and, for polygons, pop_density and demand_density.</source>
        <translation type="vanished">As unidades com care_demand, pop_bands, dep_children, dep_older, caregivers, care_intensity e, para polígonos, pop_density e demand_density.</translation>
    </message>
    <message>
        <source>care,desert,high demand,low access,z-score,type 1,type 2</source>
        <translation type="vanished">cuidado,deserto,alta demanda,baixo acesso,escore z,tipo 1,tipo 2</translation>
    </message>
    <message>
        <source>Optional field with the travel time in minutes by a second mode (e.g. public transport; converted like the first cost); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Campo opcional com o tempo de deslocamento em minutos por um segundo modo (p. ex. transporte público; convertido como o primeiro custo); os desertos alcançáveis por ele recebem desert_type 2. Típico: vazio, ou minutos de transporte público.</translation>
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
        <translation type="vanished">O mapa do cuidado inteiro em uma única execução: das camadas de equipamentos e dos setores censitários até onde falta cuidado e quais quadras vêm primeiro. Executa, com uma única barra de progresso: 1) o inventário da oferta de cuidado das camadas de equipamentos (mapeamentos de campos, limpeza, duplicatas, vagas equivalentes de período integral); 2) a demanda de cuidado das quadras a partir dos seus campos por faixa etária (p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; com pesos iguais dá as crianças de 0-5 anos; a escala de Madri dá unidades de cuidado para todos); 3) a acessibilidade ao cuidado, opcionalmente só aos equipamentos de um grupo-alvo; 4) as lacunas de cuidado em relação à meta de política (ou às metas por faixa etária); 5) os desertos de cuidado (por distrito); 6) o índice de prioridade de cuidado a partir da demanda não atendida, do baixo acesso e dos campos de vulnerabilidade; opcionalmente 7) o relatório HTML (e PDF).

Como ler os resultados:
- Unidades do mapa do cuidado: as quadras com todos os indicadores: care_demand (pessoas), access (vagas por pessoa ao alcance), cost_nearest (minutos até o equipamento mais próximo), covered, coverage (vagas por 100 pessoas), unmet (pessoas sem vaga), desert (0/1), priority e priority_quintile (5 = os 20% primeiros).
- Inventário da oferta de cuidado: os equipamentos mantidos, com capacity_fde (vagas equivalentes de período integral).
- Equipamentos com razão da área de influência: vagas por pessoa ao alcance de cada equipamento.
- Desertos de cuidado por distrito: units, deserts, population e share por distrito.

Exemplo: na cidade de demonstração do tutorial (crianças de 0-5 anos, 10 minutos a pé, uma vaga para cada três crianças), a cadeia dá os números das etapas 2 a 9 do tutorial em uma única execução: cerca de 90% das crianças têm um equipamento a até 10 minutos, e 7,5% delas vivem em desertos de cuidado.

Ressalvas: cada etapa usa os seus padrões, exceto o que é definido aqui; abra os algoritmos individuais para mudar os demais (a mesma cadeia vem como modelo do Modelador Gráfico, models/care_map.model3). Unidades perto da borda da área de estudo podem deixar de ver equipamentos logo fora dela.</translation>
    </message>
    <message>
        <source>What does the care map say, in a form a council can read? Writes a self-contained HTML report (it opens in any browser, no internet needed) and, if you ask for it, a PDF. Page 1 gives the title, the area, the date, the key numbers as sentences and an overview map; then one map per indicator (with the district outlines and names and the streets as a light base), the charts, what each indicator means and a table of the method and parameters.

How to read the results: the sentences say what each number counts (people of the cohort within the travel time, places per person, places missing for the policy target, people in care deserts). The maps use the layer&apos;s own fields: care_demand (people), access (places per person), cost_nearest (minutes), desert (1 = care desert) and priority (0 to 1); a part whose field is missing is left out. The figures returned are the same numbers.

Example: on the demo city of the tutorial, with a 10-minute walk, page 1 reads &apos;92,708 children under 6 (90%) live within 10 minutes&apos; walk of the nearest facility&apos;.

Caveats: give the travel time the analysis used, since the report quotes it but does not recompute the access; text from the layers (district and facility names) is shown as text, never run.</source>
        <translation type="vanished">O que diz o mapa do cuidado, de uma forma que uma câmara municipal possa ler? Grava um relatório HTML autocontido (abre em qualquer navegador, sem precisar de internet) e, se você pedir, um PDF. A página 1 traz o título, a área, a data, os números-chave como frases e um mapa geral; depois, um mapa por indicador (com os contornos e os nomes dos distritos e as ruas como base clara), os gráficos, o que significa cada indicador e uma tabela do método e dos parâmetros.

Como ler os resultados: as frases dizem o que cada número conta (pessoas da coorte dentro do tempo de deslocamento, vagas por pessoa, vagas que faltam para a meta de política, pessoas em desertos de cuidado). Os mapas usam os próprios campos da camada: care_demand (pessoas), access (vagas por pessoa), cost_nearest (minutos), desert (1 = deserto de cuidado) e priority (0 a 1); uma parte cujo campo falta é deixada de fora. Os números retornados são os mesmos números.

Exemplo: na cidade de demonstração do tutorial, com 10 minutos a pé, a página 1 diz &apos;92.708 crianças menores de 6 anos (90%) vivem a até 10 minutos a pé do equipamento mais próximo&apos;.

Ressalvas: informe o tempo de deslocamento que a análise usou, já que o relatório o cita mas não recalcula o acesso; o texto das camadas (nomes de distritos e de equipamentos) é mostrado como texto, nunca executado.</translation>
    </message>
    <message>
        <source>Where is care offered, and how many places does each facility really have? This tool merges facility lists from several sources (the official registry, a survey, a crowd map, OpenStreetMap) into one clean inventory: one schema, junk and unwanted types removed, duplicates merged, missing capacities estimated, half-day places counted as half.

How to read the results:
- Care supply inventory (points): one row per facility with name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (places), capacity_fde (full-day-equivalent places: a 4-hour, 5-day place counts 0.5), source, merged_sources and n_merged (the sources and number of records merged into it), capacity_imputed (0 = reported; 1 = estimated from the median of the same service type; 2 = from the median of all facilities; 3 = the default capacity; 4 = taken from a duplicate) and capacity_reported (the record&apos;s own value).
- Rejected records (optional): the records left out, with reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) and duplicate_of (the inventory record it repeats), to check.

Field mappings: one per facility layer, separated by &apos;|&apos;. Each says which field of the layer holds which inventory field (name=nombre,capacity=cupos); a value in quotes is the same for every record (sphere=&apos;community&apos;). Start a mapping with its layer&apos;s name and a colon (crowd_facilities: x=lon,y=lat) and it goes to that layer whatever the order of the layers; mappings without a name go to the layers in the order shown in &apos;Facility layers&apos;. Inventory fields not mapped are read from a field of the same name. A table without geometry (a CSV) needs its coordinates: x=lon,y=lat (longitude and latitude unless crs=&apos;EPSG:...&apos; is added).

Example: the demo city&apos;s registry (297 facilities), community survey (134) and crowd map (149) give 538 facilities: 14 records dropped by the type and name rules, 28 duplicates merged (297 + 134 + 149 - 14 - 28 = 538); 32 capacities estimated from their service type.

Caveats: two records are merged only when they are within &apos;De-duplication distance&apos; and their names are similar enough (after removing case, accents and common words such as &apos;jardin&apos; or &apos;centro&apos;), so generic names (&apos;Jardin Infantil&apos;) may stay apart: check the rejected records. A reported capacity of 0 is never estimated: such facilities are dropped unless you keep them. Missing hours per day and days per week count as 8 and 5 (a full-day place). The rules are in docs/methods.md.</source>
        <translation type="vanished">Onde o cuidado é oferecido, e quantas vagas cada equipamento realmente tem? Esta ferramenta une listas de equipamentos de várias fontes (o cadastro oficial, um levantamento, um mapeamento colaborativo, o OpenStreetMap) em um único inventário limpo: um só esquema, lixo e tipos indesejados removidos, duplicatas mescladas, capacidades ausentes estimadas, vagas de meio período contadas pela metade.

Como ler os resultados:
- Inventário da oferta de cuidado (pontos): uma linha por equipamento com name, service_type, sphere (public, private, community...), target_group (children, older, disability, all), capacity (vagas), capacity_fde (vagas equivalentes de período integral: uma vaga de 4 horas, 5 dias conta 0,5), source, merged_sources e n_merged (as fontes e o número de registros mesclados nele), capacity_imputed (0 = informada; 1 = estimada pela mediana do mesmo tipo de serviço; 2 = pela mediana de todos os equipamentos; 3 = a capacidade padrão; 4 = tomada de uma duplicata) e capacity_reported (o valor próprio do registro).
- Registros rejeitados (opcional): os registros deixados de fora, com reason (type_not_whitelisted, name_blacklisted, capacity_zero, duplicate) e duplicate_of (o registro do inventário que ele repete), para conferir.

Mapeamentos de campos: um por camada de equipamentos, separados por &apos;|&apos;. Cada um diz qual campo da camada contém qual campo do inventário (name=nombre,capacity=cupos); um valor entre aspas é o mesmo para todos os registros (sphere=&apos;community&apos;). Comece um mapeamento com o nome da sua camada e dois-pontos (crowd_facilities: x=lon,y=lat) e ele vai para essa camada qualquer que seja a ordem das camadas; os mapeamentos sem nome vão para as camadas na ordem mostrada em &apos;Camadas de equipamentos&apos;. Os campos do inventário não mapeados são lidos de um campo com o mesmo nome. Uma tabela sem geometria (um CSV) precisa das suas coordenadas: x=lon,y=lat (longitude e latitude, a menos que se acrescente crs=&apos;EPSG:...&apos;).

Exemplo: o cadastro da cidade de demonstração (297 equipamentos), o levantamento comunitário (134) e o mapeamento colaborativo (149) dão 538 equipamentos: 14 registros descartados pelas regras de tipo e de nome, 28 duplicatas mescladas (297 + 134 + 149 - 14 - 28 = 538); 32 capacidades estimadas pelo seu tipo de serviço.

Ressalvas: dois registros só são mesclados quando estão dentro da &apos;Distância para remoção de duplicatas&apos; e os seus nomes são parecidos o bastante (após remover maiúsculas, acentos e palavras comuns como &apos;jardin&apos; ou &apos;centro&apos;), então nomes genéricos (&apos;Jardin Infantil&apos;) podem ficar separados: confira os registros rejeitados. Uma capacidade informada de 0 nunca é estimada: esses equipamentos são descartados, a menos que você os mantenha. Horas por dia e dias por semana ausentes contam como 8 e 5 (uma vaga de período integral). As regras estão em docs/methods.md.</translation>
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
        <translation type="vanished">Quantas horas de cuidado não remunerado os domicílios dão, quem as dá, quanto valem, e quantas horas os serviços de cuidado liberariam? A partir da população de cada unidade por sexo e faixa etária e de uma tabela de uso do tempo (as horas semanais médias de cuidado não remunerado por pessoa, p. ex. de uma pesquisa nacional de uso do tempo), estima as horas por unidade e o seu valor; com serviços de cuidado, as horas que eles assumem.

Como ler os resultados:
- Trabalho de cuidado não remunerado: as unidades com unpaid_week e unpaid_year (horas de cuidado não remunerado por semana e por ano), women_week (as horas feitas por mulheres) e women_share (0 a 1), value_replacement (as horas anuais ao salário por hora de uma trabalhadora do cuidado, na moeda do salário); com os salários de mulheres e de homens, também value_opportunity (o que as pessoas cuidadoras ganhariam em vez disso); com um PIB local, também gdp_share; com serviços de cuidado, também hours_freed_week (horas por semana que os serviços assumem na unidade) e freed_share (a sua parcela nas horas não remuneradas da unidade).
- Números: os totais de horas, a parcela das mulheres e os valores.

Exemplo: uma quadra com 100 mulheres e 90 homens de 18-64 anos, que dão 34,8 e 13,9 horas por semana: 100 x 34,8 + 90 x 13,9 = 4.731 horas por semana, 73,6% feitas por mulheres, 246.012 horas por ano; a 2,5 dólares por hora, isso vale 615.030 dólares por ano. Um centro com 100 vagas aberto 50 horas por semana, em que cada vaga-hora substitui meia hora de cuidado domiciliar, libera 100 x 50 x 0,5 = 2.500 horas por semana, repartidas entre as quadras ao seu alcance. Na cidade de demonstração: cerca de 23,4 milhões de horas por semana, 73% feitas por mulheres, que valem cerca de 3,05 bilhões de dólares por ano a 2,5 dólares por hora.

Bom saber:
- Os campos de população são encontrados pelo nome (f_18_64 para mulheres de 18-64 anos; a faixa 18-64 ou 18_64), ou como informado em &apos;Mapeamento de faixas para campos&apos;; uma linha de uso do tempo sem campo de população não é contada (um aviso as lista).
- Uma unidade com população NULL recebe horas NULL e fica fora dos totais (contada em um aviso).
- As horas que um serviço libera são repartidas só entre as unidades dentro do alcance do serviço: as horas de um serviço que não alcança nenhuma unidade não são contadas (o log diz quantas).</translation>
    </message>
    <message>
        <source>Lowest to highest, scaled 0 to 1</source>
        <translation type="vanished">Do menor ao maior, escalonado de 0 a 1</translation>
    </message>
    <message>
        <source>How the travel between people and facilities is measured: along the straight line (times the detour factor), along the road network (shortest paths on &apos;Road network (lines)&apos;), or read from a cost table made by another tool. Typical: the road network for walking to childcare; the straight line for a first look.</source>
        <translation type="vanished">Como o deslocamento entre as pessoas e os equipamentos é medido: pela linha reta (vezes o fator de desvio), pela rede viária (caminhos mínimos em &apos;Rede viária (linhas)&apos;), ou lido de uma tabela de custos feita por outra ferramenta. Típico: a rede viária para ir a pé até a creche; a linha reta para uma primeira olhada.</translation>
    </message>
    <message>
        <source>Travel speed in km/h: it turns metres into minutes, and gives a speed to roads that have none. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation type="vanished">Velocidade de deslocamento em km/h: converte metros em minutos, e dá uma velocidade às vias que não têm nenhuma. Típico: 5.04 km/h a pé, 15 km/h de bicicleta, 30 km/h de carro na cidade.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No CareMap result selected.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Select a layer made by Accessibility, Care gaps or Care deserts in the Layers panel to see its figures and charts here, or run Accessibility with the button below.</source>
        <translation type="vanished">&lt;b&gt;Nenhum resultado do CareMap selecionado.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Selecione uma camada feita por Acessibilidade, Lacunas de cuidado ou Desertos de cuidado no painel Camadas para ver aqui os seus números e gráficos, ou execute a Acessibilidade com o botão abaixo.</translation>
    </message>
    <message>
        <source>Which places can reach enough care, and which cannot? For each demand unit (a block, a grid cell) it measures the care places within reach, shared with everyone else who can reach the same facilities, and the travel to the nearest facility.

How to read the results:
- Accessibility (demand): access = places per person within reach with the two-step floating catchment method (2SFCA; other methods give their own measure); access_norm = access divided by the demand-weighted mean (1 = average, below 1 = worse served); cost_nearest = travel to the nearest facility with places, even beyond the threshold, in cost_unit (minutes or meters; cost_speed_kmh is the speed used); n_reachable = facilities within the threshold; covered = 1 when at least one is within it, else 0.
- Catchment ratios (facilities): catch_demand = the people within each facility&apos;s reach; ratio = its places per person (NULL when nobody is in reach).
- With road network costs, both layers also get snapped_m (metres from the point to the road network) and off_network (1 = too far from the network: it reaches nothing by road).
- Figures: the share of demand covered and the demand-weighted mean access.

Example: in the demo city, children 0-5 walking 10 minutes along the streets at 5.04 km/h with 2SFCA: 90% of the children have at least one childcare facility within reach, and the mean access is 0.20 places per child (one full-day place for five children); the median cost_nearest is 6.0 minutes. By hand: block A (100 children) reaches facility X (60 places), block B (200 children) reaches X and Y (30 places), block C (50) reaches only Y. X&apos;s 60 places are shared by 300 children (0.20 each), Y&apos;s 30 by 250 (0.12 each): access is 0.20 in A, 0.32 in B, 0.12 in C.

Good to know:
- A facility with 0 places covers nobody; a unit with a NULL demand gets NULL access and is left out of the figures (a warning counts them).
- Edge of the study area: when the facilities stop short of the units&apos; extent on a side (less than the distance the threshold can cover), a warning counts the units near that side: facilities just outside the area may be missing, so those units may look worse served than they are.
- &apos;Target group&apos; keeps only the facilities that serve it (or &apos;all&apos;), read from the facilities&apos; target group field.
- Methods other than 2SFCA (nearest, cumulative places, enhanced, Gaussian, three-step, modified 2SFCA, gravity) and the decay functions are in the methods page.</source>
        <translation type="vanished">Quais lugares conseguem alcançar cuidado suficiente, e quais não? Para cada unidade de demanda (uma quadra, uma célula de grade), mede as vagas de cuidado ao alcance, compartilhadas com todos os demais que alcançam os mesmos equipamentos, e o deslocamento até o equipamento mais próximo.

Como ler os resultados:
- Acessibilidade (demanda): access = vagas por pessoa ao alcance pelo método de área de influência flutuante em duas etapas (2SFCA; os outros métodos dão a sua própria medida); access_norm = access dividido pela média ponderada pela demanda (1 = média, abaixo de 1 = pior atendida); cost_nearest = deslocamento até o equipamento mais próximo com vagas, mesmo além do limiar, em cost_unit (minutos ou metros; cost_speed_kmh é a velocidade usada); n_reachable = equipamentos dentro do limiar; covered = 1 quando há pelo menos um dentro dele, senão 0.
- Razões da área de influência (equipamentos): catch_demand = as pessoas ao alcance de cada equipamento; ratio = as suas vagas por pessoa (NULL quando ninguém está ao alcance).
- Com custos pela rede viária, as duas camadas também recebem snapped_m (metros do ponto até a rede viária) e off_network (1 = longe demais da rede: não alcança nada pelas vias).
- Números: a proporção da demanda coberta e o acesso médio ponderado pela demanda.

Exemplo: na cidade de demonstração, crianças de 0-5 anos caminhando 10 minutos pelas ruas a 5,04 km/h com 2SFCA: 90% das crianças têm pelo menos uma creche ao alcance, e o acesso médio é de 0,20 vaga por criança (uma vaga de período integral para cada cinco crianças); a mediana de cost_nearest é de 6,0 minutos. À mão: a quadra A (100 crianças) alcança o equipamento X (60 vagas), a quadra B (200 crianças) alcança X e Y (30 vagas), a quadra C (50) alcança só Y. As 60 vagas de X são compartilhadas por 300 crianças (0,20 cada), as 30 de Y por 250 (0,12 cada): o acesso é 0,20 em A, 0,32 em B, 0,12 em C.

Bom saber:
- Um equipamento com 0 vagas não cobre ninguém; uma unidade com demanda NULL recebe acesso NULL e fica fora dos números (um aviso as conta).
- Borda da área de estudo: quando os equipamentos param antes da extensão das unidades em algum lado (menos do que a distância que o limiar permite percorrer), um aviso conta as unidades perto desse lado: podem faltar equipamentos logo fora da área, e essas unidades podem parecer pior atendidas do que são.
- &apos;Grupo-alvo&apos; mantém apenas os equipamentos que o atendem (ou &apos;all&apos;), lidos do campo de grupo-alvo dos equipamentos.
- Os métodos além do 2SFCA (mais próximo, vagas acumuladas, aprimorado, gaussiano, três etapas, 2SFCA modificado, gravitacional) e as funções de decaimento estão na página de métodos.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to the search limit), cost_unit, cost_speed_kmh, n_reachable and covered; with road network costs also snapped_m and off_network.</source>
        <translation type="vanished">As unidades de demanda com os novos campos access, access_norm, cost_nearest (até o equipamento mais próximo, buscado até o limite de busca), cost_unit, cost_speed_kmh, n_reachable e covered; com custos pela rede viária, também snapped_m e off_network.</translation>
    </message>
    <message>
        <source>Which units have many people who need care and no care service close enough? A care desert (the rule of the Care Georeferencing Tool) is a unit with high demand and low access.

How to read the results:
- Care deserts (one row per unit, with its own fields): z_demand = how far the unit&apos;s demand is above or below the average, in standard deviations; demand_threshold = the z-score from which demand counts as high (the median of the positive z-scores of the city, or of all the z-scores of the unit&apos;s district with districts); high_demand (0/1); adj_threshold = the access threshold used for the unit, in minutes; low_access (0/1) = the nearest facility is farther than the threshold, or none is reachable; desert (0/1) = high demand and low access; desert_type = 1 reachable by neither mode, 2 reachable only by the second mode (always 1 without a second mode).
- Care deserts by district: units, deserts, population, population_in_deserts and share (0 to 1) per district.
- Summary on the district polygons: that table on the district polygons, to map it (made when district polygons are given).

Example: in the demo city of the tutorial, with the 10-minute walk to childcare and the median rule per district, 209 blocks are care deserts, home to 7,720 children 0-5 (7.5% of them); Los Rosales has the most, 1,581 children (20.9% of its children). By hand: six blocks with 10, 20, 60, 80, 90 and 40 children, the nearest facility at 5, 25, none, 25, 12 and 30 minutes, a 20-minute threshold: only the block of 80 children is a desert (the block of 60 reaches nothing but its demand is not high; the block of 90 has a facility at 12 minutes).

Caveats: a unit that reaches no facility at all counts as low access (the reference tool counts it as accessible). Units near the edge of the study area may look farther from care than they are. Demand that is the same everywhere gives no desert (warned). NULL people or NULL districts are an error.</source>
        <translation type="vanished">Quais unidades têm muitas pessoas que precisam de cuidado e nenhum serviço de cuidado perto o bastante? Um deserto de cuidado (a regra da Ferramenta de Georreferenciamento do Cuidado) é uma unidade com alta demanda e baixo acesso.

Como ler os resultados:
- Desertos de cuidado (uma linha por unidade, com os seus próprios campos): z_demand = quanto a demanda da unidade está acima ou abaixo da média, em desvios-padrão; demand_threshold = o escore z a partir do qual a demanda conta como alta (a mediana dos escores z positivos da cidade, ou de todos os escores z do distrito da unidade, com distritos); high_demand (0/1); adj_threshold = o limiar de acesso usado para a unidade, em minutos; low_access (0/1) = o equipamento mais próximo está mais longe que o limiar, ou nenhum é alcançável; desert (0/1) = alta demanda e baixo acesso; desert_type = 1 não alcançável por nenhum modo, 2 alcançável só pelo segundo modo (sempre 1 sem um segundo modo).
- Desertos de cuidado por distrito: units, deserts, population, population_in_deserts e share (0 a 1) por distrito.
- Resumo nos polígonos de distritos: essa tabela sobre os polígonos de distritos, para mapeá-la (feita quando há polígonos de distritos).

Exemplo: na cidade de demonstração do tutorial, com 10 minutos a pé até a creche e a regra da mediana por distrito, 209 quadras são desertos de cuidado, onde vivem 7.720 crianças de 0-5 anos (7,5% delas); Los Rosales tem mais, 1.581 crianças (20,9% das suas crianças). À mão: seis quadras com 10, 20, 60, 80, 90 e 40 crianças, o equipamento mais próximo a 5, 25, nenhum, 25, 12 e 30 minutos, um limiar de 20 minutos: só a quadra de 80 crianças é um deserto (a quadra de 60 não alcança nada, mas a sua demanda não é alta; a quadra de 90 tem um equipamento a 12 minutos).

Ressalvas: uma unidade que não alcança nenhum equipamento conta como baixo acesso (a ferramenta de referência a conta como acessível). Unidades perto da borda da área de estudo podem parecer mais longe do cuidado do que estão. Uma demanda igual em todo lugar não dá nenhum deserto (com aviso). Pessoas NULL ou distritos NULL são um erro.</translation>
    </message>
    <message>
        <source>The units with z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert and desert_type.</source>
        <translation type="vanished">As unidades com z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert e desert_type.</translation>
    </message>
    <message>
        <source>Which units should come first? The care priority index combines several indicators of need (unmet demand, low access, poverty, female-headed households...) into one score per unit, ranks the units and shows how much each indicator adds to each score.

How to read the results:
- Care priority index (one row per unit, with its own fields): priority = the score, from 0 to 1 with the min-max or rank normalisation (higher = more priority); priority_rank = 1 for the highest priority (ties share a rank); priority_quintile = 5 for the 20% of units with the highest priority, down to 1 for the lowest 20%; contrib_ followed by the field name = what that indicator adds to the score (weight x normalised value), so a score can be explained indicator by indicator.

Weights: write them tied to the field names, e.g. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (each ticked indicator once; they are rescaled to sum 1). Empty = equal weights. A plain list of numbers (&apos;2,1,1,1&apos;) is still accepted, paired with the indicators in the order they are listed (in the dialog: the order of the fields in the layer, not the order they were ticked), so the log shows the weight each indicator got.

Example: in the demo city of the tutorial, unmet demand (weight 2), access (lower = more priority), poverty and female-headed households (weight 1 each), normalised by rank: 598 blocks are in the top quintile, 38% of them in El Porvenir, followed by Las Américas; only 8% of them are care deserts. By hand: three blocks with unmet demand 10, 50, 30 and access 0.2, 0.1, 0.5, weights &apos;unmet:2, access:1&apos;, min-max: priority 0.25, 1.00 and 0.33, ranks 3, 1 and 2.

Caveats: the weights are a choice, not a fact: say who chose them. An indicator with the same value everywhere adds nothing (warned); NULL indicator values are an error.</source>
        <translation type="vanished">Quais unidades devem vir primeiro? O índice de prioridade de cuidado combina vários indicadores de necessidade (demanda não atendida, baixo acesso, pobreza, domicílios chefiados por mulheres...) em uma pontuação por unidade, ordena as unidades e mostra quanto cada indicador acrescenta a cada pontuação.

Como ler os resultados:
- Índice de prioridade de cuidado (uma linha por unidade, com os seus próprios campos): priority = a pontuação, de 0 a 1 com a normalização min-max ou por posto (maior = mais prioridade); priority_rank = 1 para a maior prioridade (empates compartilham uma posição); priority_quintile = 5 para os 20% de unidades com a maior prioridade, até 1 para os 20% mais baixos; contrib_ seguido do nome do campo = o que esse indicador acrescenta à pontuação (peso x valor normalizado), de modo que uma pontuação pode ser explicada indicador por indicador.

Pesos: escreva-os ligados aos nomes dos campos, p. ex. &apos;unmet:2, access:1, poverty:1, fhh_share:1&apos; (cada indicador marcado uma vez; eles são reescalonados para somar 1). Vazio = pesos iguais. Uma simples lista de números (&apos;2,1,1,1&apos;) ainda é aceita, pareada com os indicadores na ordem em que estão listados (no diálogo: a ordem dos campos na camada, não a ordem em que foram marcados), e o log mostra o peso que cada indicador recebeu.

Exemplo: na cidade de demonstração do tutorial, demanda não atendida (peso 2), acesso (menor = mais prioridade), pobreza e domicílios chefiados por mulheres (peso 1 cada), normalizados por posto: 598 quadras estão no quintil superior, 38% delas em El Porvenir, seguido de Las Américas; só 8% delas são desertos de cuidado. À mão: três quadras com demanda não atendida 10, 50, 30 e acesso 0,2, 0,1, 0,5, pesos &apos;unmet:2, access:1&apos;, min-max: prioridade 0,25, 1,00 e 0,33, posições 3, 1 e 2.

Ressalvas: os pesos são uma escolha, não um fato: diga quem os escolheu. Um indicador com o mesmo valor em todo lugar não acrescenta nada (com aviso); valores NULL nos indicadores são um erro.</translation>
    </message>
    <message>
        <source>Targets per age band (field:ratio;...; replace the policy target)</source>
        <translation type="vanished">Metas por faixa etária (campo:razão;...; substituem a meta de política)</translation>
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
        <translation type="vanished">Quanto cuidado cada unidade de demanda consegue alcançar.

Custos (COST_MODE): &apos;straight&apos; = distância em linha reta (opcionalmente multiplicada por um fator de desvio); &apos;network&apos; = caminhos mais curtos sobre uma camada de linhas viárias (velocidade de SPEED_FIELD ou SPEED, mão única de ONEWAY_FIELD exceto a pé; os pontos se ligam, por uma caminhada em linha reta, ao ponto mais próximo da rua mais próxima de uma parte da rede grande o bastante para contar, dentro de SNAP_DISTANCE); &apos;table&apos; = uma tabela origem-destino (p. ex. do ORS Tools, QNEAT3, r5py, OSRM) unida por DEMAND_ID_FIELD e SUPPLY_ID_FIELD, na sua própria unidade. COST_UNIT meters ou minutes (minutos = metros / SPEED).

THRESHOLD: o limite da área de influência em COST_UNIT, inclusivo (0 = sem limite, apenas para métodos com decaimento). Um equipamento com capacidade 0 não oferece nenhuma vaga: não cobre ninguém.

cost_nearest é o custo até o equipamento mais próximo (com capacidade &gt; 0), esteja ele ou não dentro de THRESHOLD, buscado até SEARCH_LIMIT (avançado; 0 = automático: o maior entre 4 x THRESHOLD e 60 minutos ou 5.000 m); só é NULL onde nenhum equipamento está dentro do limite de busca. n_reachable e covered ficam restritos a THRESHOLD. Os campos cost_unit (&apos;minutes&apos; ou &apos;meters&apos;) e cost_speed_kmh (a SPEED usada; NULL para uma tabela OD) indicam em que unidade está cost_nearest.

METHOD: nearest (custo até o equipamento mais próximo; acesso = peso de decaimento desse custo), cumulative (capacidade ao alcance), 2sfca (Luo e Wang 2003, com DECAY), e2sfca (degraus por zona, por padrão 10/20/30 minutos com pesos 1; 0,68; 0,22, ou terços de THRESHOLD em metros; STEPS os substitui, p. ex. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussiano, sigma = DECAY_PARAM, por padrão THRESHOLD/2), 3sfca (pesos de seleção de Huff), m2sfca (decaimento aplicado duas vezes), gravity (potencial de Hansen com DECAY, p. ex. power ou exponential).

DECAY: step, gaussian (sigma), exponential (beta por unidade de custo), linear (custo de peso zero), power (beta); DECAY_PARAM 0 = padrão.

TARGET_GROUP_FIELD / TARGET_GROUP: usar apenas os equipamentos cujo grupo-alvo coincide (ou é &apos;all&apos;).

Saídas: camada de demanda com access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered; camada de oferta com catch_demand e ratio (NULL onde não há demanda ao alcance). Com COST_MODE=network, as duas camadas recebem também snapped_m (metros do ponto até a rede; NULL quando está fora dela) e off_network (1 = a mais de SNAP_DISTANCE de toda parte da rede grande o bastante para ser ligada: não alcança nada pelas vias). Sem nenhuma demanda, SHARE_COVERED e MEAN_ACCESS ficam vazios (None), com um aviso.

Borda da área de estudo: onde os equipamentos terminam a menos do alcance em linha reta do limiar (THRESHOLD em metros, ou minutos x SPEED, dividido por DETOUR para linhas retas) além da extensão das unidades em um lado, um aviso conta as unidades (e sua demanda) dentro desse alcance do lado: equipamentos logo fora da área podem estar faltando, então essas unidades podem parecer pior atendidas do que são.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons (polygons are taken at their centroid), e.g. census blocks or grid cells with their population. Typical: the output of caremap:caredemand.</source>
        <translation type="vanished">Camada de unidades de demanda, pontos ou polígonos (os polígonos são tomados no centroide), p. ex. setores censitários ou células de grade com sua população. Típico: a saída de caremap:caredemand.</translation>
    </message>
    <message>
        <source>Numeric field of DEMAND with the people (or weighted care demand) who need the service. Typical: children 0-5, or care_demand from caremap:caredemand.</source>
        <translation type="vanished">Campo numérico de DEMAND com as pessoas (ou a demanda de cuidado ponderada) que precisam do serviço. Típico: crianças de 0-5 anos, ou care_demand de caremap:caredemand.</translation>
    </message>
    <message>
        <source>Layer of care facilities, points or polygons. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Camada de serviços de cuidado, pontos ou polígonos. Típico: a saída de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Numeric field of SUPPLY with the places each facility offers. Typical: capacity_fde from caremap:supplyinventory.</source>
        <translation type="vanished">Campo numérico de SUPPLY com as vagas que cada serviço oferece. Típico: capacity_fde de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Catchment limit in COST_UNIT, inclusive: facilities farther than this are out of reach (0 = no limit, only for decaying methods). Typical: 15 minutes for walking to childcare.</source>
        <translation type="vanished">Limite da área de abrangência em COST_UNIT, inclusive: os serviços mais distantes ficam fora de alcance (0 = sem limite, só para métodos com decaimento). Típico: 15 minutos a pé até a creche.</translation>
    </message>
    <message>
        <source>Accessibility measure: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca or gravity (see the algorithm help). Typical: 2sfca (places per person within THRESHOLD).</source>
        <translation type="vanished">Medida de acessibilidade: nearest, cumulative, 2sfca, e2sfca, g2sfca, 3sfca, m2sfca ou gravity (veja a ajuda do algoritmo). Típico: 2sfca (vagas por pessoa dentro de THRESHOLD).</translation>
    </message>
    <message>
        <source>How the weight of a facility falls with cost: step, gaussian, exponential, linear or power. Typical: step for 2sfca, power or exponential for gravity.</source>
        <translation type="vanished">Como o peso de um serviço cai com o custo: step, gaussian, exponential, linear ou power. Típico: step para 2sfca, power ou exponential para gravity.</translation>
    </message>
    <message>
        <source>Parameter of DECAY: sigma for gaussian, beta per cost unit for exponential, cost of zero weight for linear, beta for power; 0 = the default (e.g. sigma = THRESHOLD/2). Typical: 0.</source>
        <translation type="vanished">Parâmetro de DECAY: sigma para gaussian, beta por unidade de custo para exponential, custo de peso zero para linear, beta para power; 0 = o padrão (p. ex. sigma = THRESHOLD/2). Típico: 0.</translation>
    </message>
    <message>
        <source>For e2sfca, the zones as limit:weight items separated by commas, limits in COST_UNIT; empty = 10/20/30 minutes with weights 1, 0.68, 0.22. Typical: &apos;10:1,20:0.68,30:0.22&apos;.</source>
        <translation type="vanished">Para e2sfca, as zonas como itens limite:peso separados por vírgulas, limites em COST_UNIT; vazio = 10/20/30 minutos com pesos 1, 0.68, 0.22. Típico: &apos;10:1,20:0.68,30:0.22&apos;.</translation>
    </message>
    <message>
        <source>Optional field of SUPPLY naming the group each facility serves; used with TARGET_GROUP. Typical: target_group from caremap:supplyinventory.</source>
        <translation type="vanished">Campo opcional de SUPPLY com o grupo atendido por cada serviço; usado com TARGET_GROUP. Típico: target_group de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Only facilities whose TARGET_GROUP_FIELD equals this value (or &apos;all&apos;) are counted; empty = all facilities. Typical: children, or older.</source>
        <translation type="vanished">Só são contados os serviços cujo TARGET_GROUP_FIELD é igual a este valor (ou &apos;all&apos;); vazio = todos os serviços. Típico: children ou older.</translation>
    </message>
    <message>
        <source>How far, in COST_UNIT, the cost to the nearest facility (cost_nearest) is searched beyond THRESHOLD; units with no facility within it get NULL. 0 = automatic: the larger of 4 x THRESHOLD and 60 minutes (5,000 m in metres). Typical: 0.</source>
        <translation type="vanished">Até onde, em COST_UNIT, o custo até o equipamento mais próximo (cost_nearest) é buscado além de THRESHOLD; as unidades sem nenhum equipamento dentro desse limite recebem NULL. 0 = automático: o maior entre 4 x THRESHOLD e 60 minutos (5.000 m em metros). Típico: 0.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered; with network costs also snapped_m and off_network.</source>
        <translation type="vanished">As unidades de demanda com os novos campos access, access_norm, cost_nearest (custo ao equipamento mais próximo, buscado até SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable e covered; com custos pela rede, também snapped_m e off_network.</translation>
    </message>
    <message>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach); with network costs also snapped_m and off_network.</source>
        <translation type="vanished">Os equipamentos com catch_demand (demanda ao alcance) e ratio (vagas por pessoa; NULL onde não há demanda ao alcance); com custos pela rede, também snapped_m e off_network.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in covered units (at least one facility within THRESHOLD); None when there is no demand.</source>
        <translation type="vanished">Proporção (0 a 1) da demanda em unidades cobertas (pelo menos um equipamento dentro de THRESHOLD); None quando não há demanda.</translation>
    </message>
    <message>
        <source>Demand id field (for an OD table)</source>
        <translation type="vanished">Campo de id da demanda (para uma tabela OD)</translation>
    </message>
    <message>
        <source>Capacity field</source>
        <translation type="vanished">Campo de capacidade</translation>
    </message>
    <message>
        <source>Facility id field (for an OD table)</source>
        <translation type="vanished">Campo de id do equipamento (para uma tabela OD)</translation>
    </message>
    <message>
        <source>E2SFCA zone steps &apos;limit:weight,...&apos; (empty = default)</source>
        <translation type="vanished">Degraus por zona do E2SFCA &apos;limite:peso,...&apos; (vazio = padrão)</translation>
    </message>
    <message>
        <source>Target group to measure (e.g. children)</source>
        <translation type="vanished">Grupo-alvo a medir (p. ex. children)</translation>
    </message>
    <message>
        <source>E2SFCA zone steps: {0}. Give the zone steps as &apos;limit:weight,...&apos; (e.g. &apos;10:1,20:0.68,30:0.22&apos;) or a catchment threshold.</source>
        <translation type="vanished">Degraus por zona do E2SFCA: {0}. Informe os degraus como &apos;limite:peso,...&apos; (p. ex. &apos;10:1,20:0.68,30:0.22&apos;) ou um limiar da área de influência.</translation>
    </message>
    <message>
        <source>The {0} method with step decay needs a catchment threshold above 0 (only a decaying weight works without one): set {1}, e.g. 15 minutes, or choose another {2}.</source>
        <translation type="vanished">O método {0} com decaimento step requer um limiar da área de influência maior que 0 (só um peso com decaimento funciona sem ele): defina {1}, p. ex. 15 minutos, ou escolha outro {2}.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have a NULL &apos;{2}&apos;: they get NULL access and are left out of the totals.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} têm &apos;{2}&apos; NULL: recebem acesso NULL e ficam fora dos totais.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) of layer {1} have a NULL &apos;{2}&apos;: they were left out.</source>
        <translation type="vanished">{0} equipamento(s) da camada {1} têm &apos;{2}&apos; NULL: foram deixados de fora.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) of layer {1} have capacity 0: they offer no place and cover nobody.</source>
        <translation type="vanished">{0} equipamento(s) da camada {1} têm capacidade 0: não oferecem nenhuma vaga e não cobrem ninguém.</translation>
    </message>
    <message>
        <source>{0} demand unit(s) have no facility within the search limit ({1:g} {2}): cost_nearest is NULL.</source>
        <translation type="vanished">{0} unidade(s) de demanda não têm nenhum equipamento dentro do limite de busca ({1:g} {2}): cost_nearest é NULL.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) have no demand in reach: ratio is NULL.</source>
        <translation type="vanished">{0} equipamento(s) não têm demanda ao alcance: a razão é NULL.</translation>
    </message>
    <message>
        <source>Runs the care map in one run (caremap:carepipeline) for every municipality of a layer, in one call. Municipalities come from a field of the units (MUNICIPALITY_FIELD), or from a polygon layer of boundaries (MUNICIPALITY_LAYER: each unit goes to the polygon its point on surface lies in, the rule of districts by location). Each municipality&apos;s run gets only its own units and, with CLIP_FACILITIES, only the facilities inside it or within FACILITY_BUFFER metres of it (its boundary polygon, or its units&apos; polygons), so facilities just across the border that its people also use can count. Each run has its own processing context and its own files, so no municipality reads another&apos;s data: one GeoPackage per municipality in OUTPUT_FOLDER (tables inventory, units, supply, districts; and &lt;name&gt;.html when WRITE_REPORT is checked). OUTPUT_SUMMARY has one row per municipality: its name, status (ok or failed) and message, units, facilities given, demand, the key figures of its units (places within reach, mean access = places per person, share within the threshold, people in care deserts, people without a place) and every figure the pipeline returns (share covered, desert share, unmet ...), its GeoPackage and the run&apos;s parameters (JSON). A municipality that fails is recorded in its row and the others go on; a warning counts the failures. Progress and cancel cover the whole batch. With WORKERS = 1 (the default) municipalities run one after another in this process. With WORKERS above 1, up to that many municipalities run at the same time, each in its own qgis_process (QGIS&apos;s command line, which must be installed): its inputs are written to temporary GeoPackages, and each process pays the start-up of QGIS, the plugin and its kernels (about 3 s of CPU), so it pays off only for municipalities whose run takes longer than that, on a machine with free cores.

The other parameters are those of caremap:carepipeline, applied to every municipality.</source>
        <translation type="vanished">Executa o mapa do cuidado em uma única execução (caremap:carepipeline) para cada município de uma camada, em uma só chamada. Os municípios vêm de um campo das unidades (MUNICIPALITY_FIELD) ou de uma camada de polígonos de limites (MUNICIPALITY_LAYER: cada unidade vai para o polígono onde está seu ponto na superfície, a regra dos distritos por localização). A execução de cada município recebe apenas suas próprias unidades e, com CLIP_FACILITIES, apenas os equipamentos dentro dele ou a menos de FACILITY_BUFFER metros dele (seu polígono de limite, ou os polígonos de suas unidades), para que contem os equipamentos logo do outro lado do limite que sua população também usa. Cada execução tem seu próprio contexto de processamento e seus próprios arquivos, de modo que nenhum município lê os dados de outro: um GeoPackage por município em OUTPUT_FOLDER (tabelas inventory, units, supply, districts; e &lt;nome&gt;.html quando WRITE_REPORT está marcado). OUTPUT_SUMMARY tem uma linha por município: seu nome, situação (ok ou failed) e mensagem, unidades, equipamentos recebidos, demanda, os números-chave de suas unidades (vagas ao alcance, acesso médio = vagas por pessoa, proporção dentro do limiar, pessoas em desertos de cuidado, pessoas sem vaga) e cada número que o fluxo retorna (proporção coberta, proporção em desertos, demanda não atendida ...), seu GeoPackage e os parâmetros da execução (JSON). Um município que falha fica registrado em sua linha e os demais seguem; um aviso conta as falhas. O progresso e o cancelamento abrangem todo o lote. Com WORKERS = 1 (o padrão) os municípios rodam um após o outro neste processo. Com WORKERS acima de 1, até esse número de municípios rodam ao mesmo tempo, cada um em seu próprio qgis_process (a linha de comando do QGIS, que deve estar instalada): suas entradas são gravadas em GeoPackages temporários e cada processo paga a inicialização do QGIS, do complemento e de seus núcleos (cerca de 3 s de CPU), então só compensa para municípios cuja execução leva mais do que isso, em uma máquina com núcleos livres.

Os demais parâmetros são os de caremap:carepipeline, aplicados a cada município.</translation>
    </message>
    <message>
        <source>If checked, each municipality&apos;s HTML report is written to OUTPUT_FOLDER as &lt;name&gt;.html. Typical: checked for the final run.</source>
        <translation type="vanished">Se marcado, o relatório HTML de cada município é gravado em OUTPUT_FOLDER como &lt;name&gt;.html. Típico: marcado para a execução final.</translation>
    </message>
    <message>
        <source>Field of UNITS naming each unit&apos;s municipality; one care map per value. Units with NULL are left out, counted in a warning. Give this or MUNICIPALITY_LAYER. Typical: the municipality code of the census blocks.</source>
        <translation type="vanished">Campo de UNITS com o município de cada unidade; um mapa do cuidado por valor. Unidades com NULL ficam de fora, contadas em um aviso. Informe este campo ou MUNICIPALITY_LAYER. Típico: o código do município dos setores censitários.</translation>
    </message>
    <message>
        <source>Polygon layer of municipality boundaries, when UNITS have no municipality field: each unit goes to the polygon its point on surface lies in (a point on a shared border to the one east of it, or north of an east-west border; units in no polygon are left out, counted). With CLIP_FACILITIES the facilities are clipped to the same polygons. Typical: the communes of the region.</source>
        <translation type="vanished">Camada de polígonos de limites municipais, quando UNITS não tem campo de município: cada unidade vai para o polígono em que está o seu ponto na superfície (um ponto sobre uma divisa compartilhada vai para o polígono a leste dela, ou ao norte de uma divisa leste-oeste; unidades fora de todo polígono ficam de fora, contadas). Com CLIP_FACILITIES, os equipamentos são recortados pelos mesmos polígonos. Típico: os municípios da região.</translation>
    </message>
    <message>
        <source>Field of MUNICIPALITY_LAYER with the municipality names (polygons with the same name form one municipality). Typical: the commune name.</source>
        <translation type="vanished">Campo de MUNICIPALITY_LAYER com os nomes dos municípios (polígonos com o mesmo nome formam um único município). Típico: o nome do município.</translation>
    </message>
    <message>
        <source>If checked, each municipality&apos;s run gets only the facilities inside it (its boundary polygon, or the polygons of its units when municipalities come from a field; point units need FACILITY_BUFFER) or within FACILITY_BUFFER of it; unchecked, every run gets every facility. Facility layers without geometry are never clipped (logged). Typical: checked.</source>
        <translation type="vanished">Se marcado, a execução de cada município recebe apenas os equipamentos dentro dele (do seu polígono de limite, ou dos polígonos das suas unidades quando os municípios vêm de um campo; unidades pontuais exigem FACILITY_BUFFER) ou a até FACILITY_BUFFER dele; desmarcado, cada execução recebe todos os equipamentos. Camadas de equipamentos sem geometria nunca são recortadas (registrado no log). Típico: marcado.</translation>
    </message>
    <message>
        <source>One row per municipality: municipality, status (ok or failed), message (why it failed), units, facilities (features given to its run), every figure caremap:carepipeline returns, in lower case (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL when it has no meaning or the run failed), output (its GeoPackage) and parameters (the run&apos;s parameters as JSON).</source>
        <translation type="vanished">Uma linha por município: municipality, status (ok ou failed), message (por que falhou), units, facilities (feições passadas à sua execução), todos os números que caremap:carepipeline retorna, em minúsculas (n_facilities, total_demand, share_covered, mean_access, coverage, unmet, deserts, desert_share; NULL quando não têm sentido ou a execução falhou), output (o seu GeoPackage) e parameters (os parâmetros da execução em JSON).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no municipality ({2}): they are in no municipality&apos;s care map.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm município ({2}): não entram no mapa do cuidado de nenhum município.</translation>
    </message>
    <message>
        <source>Municipality {0}: {1} unit(s), {2} facilities.</source>
        <translation type="vanished">Município {0}: {1} unidade(s), {2} equipamentos.</translation>
    </message>
    <message>
        <source>Weighted care demand per unit (census block, tract, grid cell) from age-band fields.

BAND_MAPPING tells which field holds which ages, as field:band items separated by &apos;;&apos;, with bands in whole years: &apos;p_0_2:0-2;p_3_5:3-5;...;p_80p:80+&apos;.

WEIGHTS: &apos;equal&apos; (1 per person), &apos;madrid&apos; (M.A. Durán&apos;s Madrid scale of care units: 0-4 = 2, 5-14 = 1.5, 15-17 = 1.2, 18-64 = 1, 65-74 = 1.2, 75-84 = 1.7, 85+ = 2) or &apos;custom&apos; (CUSTOM_WEIGHTS &apos;field:weight;...&apos;). Bands that do not align with the scale get the mean weight of the years they span (people spread evenly within a band); an open band &apos;a+&apos; is taken as OPEN_BAND_WIDTH years for this (e.g. 80+ -&gt; 80-89 -&gt; 1.85).

Outputs: care_demand = sum of weight x persons (care units); pop_bands (persons in the mapped bands); dep_children (&lt; 15) and dep_older (65+) and their shares; caregivers (CAREGIVER_FIELD, e.g. women 15-64, or else persons 15-64 from the bands); care_intensity = dependents / caregivers (NULL where there are no caregivers); for polygons, pop_density and demand_density per km2. NULL band values give NULL results for that unit (counted in the log).</source>
        <translation type="vanished">Demanda de cuidado ponderada por unidade (quadra censitária, setor, célula de grade) a partir de campos por faixa etária.

BAND_MAPPING indica qual campo contém quais idades, como itens campo:faixa separados por &apos;;&apos;, com faixas em anos completos: &apos;p_0_2:0-2;p_3_5:3-5;...;p_80p:80+&apos;.

WEIGHTS: &apos;equal&apos; (1 por pessoa), &apos;madrid&apos; (escala de Madri de unidades de cuidado de M.A. Durán: 0-4 = 2, 5-14 = 1,5, 15-17 = 1,2, 18-64 = 1, 65-74 = 1,2, 75-84 = 1,7, 85+ = 2) ou &apos;custom&apos; (CUSTOM_WEIGHTS &apos;campo:peso;...&apos;). Faixas que não se alinham com a escala recebem o peso médio dos anos que abrangem (pessoas distribuídas de modo uniforme dentro da faixa); uma faixa aberta &apos;a+&apos; é tomada como OPEN_BAND_WIDTH anos para isso (p. ex. 80+ -&gt; 80-89 -&gt; 1,85).

Saídas: care_demand = soma de peso x pessoas (unidades de cuidado); pop_bands (pessoas nas faixas mapeadas); dep_children (&lt; 15) e dep_older (65+) e suas proporções; caregivers (CAREGIVER_FIELD, p. ex. mulheres de 15-64, ou então pessoas de 15-64 a partir das faixas); care_intensity = dependentes / cuidadoras potenciais (NULL onde não há cuidadoras); para polígonos, pop_density e demand_density por km2. Valores NULL de faixa dão resultados NULL para aquela unidade (contados no log).</translation>
    </message>
    <message>
        <source>Which field holds which ages, as field:band items separated by &apos;;&apos;, bands in whole years, &apos;a+&apos; for an open band. Typical: &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</source>
        <translation type="vanished">Qual campo contém quais idades, como itens campo:faixa separados por &apos;;&apos;, faixas em anos completos, &apos;a+&apos; para uma faixa aberta. Típico: &apos;p_0_2:0-2;p_3_5:3-5;p_80p:80+&apos;.</translation>
    </message>
    <message>
        <source>Care weight per person: equal (1 each), madrid (Durán&apos;s Madrid scale of care units) or custom (CUSTOM_WEIGHTS). Typical: madrid for total care demand, equal for one cohort.</source>
        <translation type="vanished">Peso de cuidado por pessoa: equal (1 cada), madrid (escala de Madri de unidades de cuidado de Durán) ou custom (CUSTOM_WEIGHTS). Típico: madrid para a demanda total de cuidado, equal para um só grupo.</translation>
    </message>
    <message>
        <source>Weights for WEIGHTS=custom, as field:weight items separated by &apos;;&apos;. Typical: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</source>
        <translation type="vanished">Pesos para WEIGHTS=custom, como itens campo:peso separados por &apos;;&apos;. Típico: &apos;p_0_2:2;p_3_5:1.5;p_80p:2&apos;.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL or not a finite number) in an age-band field ({2}): their care demand and indicators are NULL. Fill in those counts for a complete map.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm valor (NULL ou não é um número finito) em um campo de faixa etária ({2}): sua demanda de cuidado e seus indicadores são NULL. Preencha essas contagens para ter um mapa completo.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL or not a finite number) in the caregivers field &apos;{2}&apos;: their care_intensity is NULL.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm valor (NULL ou não é um número finito) no campo de pessoas cuidadoras &apos;{2}&apos;: seu care_intensity é NULL.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no potential caregiver: care_intensity is NULL there.</source>
        <translation type="vanished">{0} unidade(s) não têm nenhuma cuidadora potencial: care_intensity é NULL nelas.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no area (an empty, zero-area or invalid polygon): pop_density and demand_density are NULL there.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm área (polígono vazio, de área zero ou inválido): pop_density e demand_density são NULL nelas.</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z values of the unit&apos;s district (as the reference tool does); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name); without DISTRICT_FIELD, DISTRICT_LAYER gives each unit the district its point on surface lies in (written as the field district; a unit in no district is an error). Constant demand (std 0) gives z = 0 and no desert (warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the demand living in deserts; NULL when there is no demand) are also returned as numbers.</source>
        <translation type="vanished">Desertos de cuidado segundo a Ferramenta de Georreferenciamento do Cuidado: z = (P - média P) / desvio-padrão P sobre todas as unidades (desvio populacional); o limiar de demanda é a mediana (ou a média, ou média + desvio: DEMAND_RULE) dos valores z positivos sobre todas as unidades ou, com DISTRICT_FIELD, de todos os valores z do distrito da unidade (como faz a ferramenta de referência); high_demand = z &gt;= limiar e P &gt; 0; low_access = custo &gt; THRESHOLD (minutos, limite inclusivo) ou nenhum equipamento ao alcance (custo NULL). Com ADJUST_LARGE_UNITS (polígonos), unidades maiores que o quantil de área AREA_QUANTILE A_q recebem T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densidade por km2). desert = high_demand e low_access. Com SECOND_COST_FIELD (p. ex. transporte público, SECOND_THRESHOLD 30 min): desert_type 1 = não alcançável por nenhum modo, 2 = alcançável apenas pelo segundo modo; sem segundo modo, desert_type é 1 para todo deserto.

Parâmetros: INPUT, DEMAND_FIELD, COST_FIELD (minutos; um custo em metros escrito por caremap:accessibility é convertido com seus campos cost_unit e cost_speed_kmh), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (campos z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (por distrito: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS o mesmo resumo sobre os polígonos de DISTRICT_LAYER associados pelo nome (DISTRICT_LAYER_FIELD, por padrão o nome de DISTRICT_FIELD); sem DISTRICT_FIELD, DISTRICT_LAYER dá a cada unidade o distrito em que está o seu ponto na superfície (gravado como o campo district; uma unidade fora de todo distrito é um erro). Demanda constante (desvio 0) dá z = 0 e nenhum deserto (com aviso). Valores NULL de demanda ou de distrito são um erro. DESERTS e DESERT_SHARE (proporção da demanda que vive em desertos; NULL quando não há demanda) também são retornados como números.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons, e.g. census blocks. Typical: the demand output of caremap:accessibility.</source>
        <translation type="vanished">Camada de unidades de demanda, pontos ou polígonos, p. ex. setores censitários. Típico: a saída de demanda de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Numeric field with the people of the cohort in each unit (no NULL values). Typical: children 0-5, or care_demand.</source>
        <translation type="vanished">Campo numérico com as pessoas do grupo em cada unidade (sem valores NULL). Típico: crianças de 0-5 anos, ou care_demand.</translation>
    </message>
    <message>
        <source>Numeric field with the cost to the nearest facility in minutes (a cost in metres written by caremap:accessibility is converted with its cost_unit and cost_speed_kmh fields); NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico com o custo até o equipamento mais próximo em minutos (um custo em metros escrito por caremap:accessibility é convertido com seus campos cost_unit e cost_speed_kmh); NULL = nenhum equipamento alcançável. Típico: cost_nearest de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Access threshold T in minutes: a unit whose cost is above T (or NULL) has low access. Typical: 20 minutes.</source>
        <translation type="vanished">Limiar de acesso T em minutos: uma unidade cujo custo é maior que T (ou NULL) tem baixo acesso. Típico: 20 minutos.</translation>
    </message>
    <message>
        <source>How the high-demand threshold is taken from the z-scores of demand (the positive ones over all units; all of a district&apos;s with a district field): median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool).</source>
        <translation type="vanished">Como o limiar de alta demanda é obtido dos escores z da demanda (os positivos sobre todas as unidades; todos os do distrito, com um campo de distrito): median, mean ou mean_plus_std. Típico: median (Ferramenta de Georreferenciamento do Cuidado).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then the statistic of all the z-scores of the unit&apos;s district, and a summary per district is written. Without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: district.</source>
        <translation type="vanished">Campo opcional com o distrito de cada unidade; o limiar de alta demanda passa a ser a estatística de todos os escores z do distrito da unidade, e é escrito um resumo por distrito. Sem ele, DISTRICT_LAYER dá a cada unidade o distrito em que ela está. Típico: distrito.</translation>
    </message>
    <message>
        <source>If checked (polygon units), units larger than the AREA_QUANTILE area quantile get a higher access threshold, using BETA and GAMMA. Typical: unchecked in cities, checked for rural areas.</source>
        <translation type="vanished">Se marcado (unidades poligonais), as unidades maiores que o quantil de área AREA_QUANTILE recebem um limiar de acesso maior, usando BETA e GAMMA. Típico: desmarcado em cidades, marcado em áreas rurais.</translation>
    </message>
    <message>
        <source>Minutes added to the threshold of a large unit per unit of log1p(area in m2) above the AREA_QUANTILE area. Typical: 5.</source>
        <translation type="vanished">Minutos adicionados ao limiar de uma unidade grande por unidade de log1p(área em m2) acima da área AREA_QUANTILE. Típico: 5.</translation>
    </message>
    <message>
        <source>Minutes added to the threshold of a large unit divided by log1p(population density per km2): sparse units get more. Typical: 10.</source>
        <translation type="vanished">Minutos adicionados ao limiar de uma unidade grande divididos por log1p(densidade populacional por km2): unidades pouco povoadas recebem mais. Típico: 10.</translation>
    </message>
    <message>
        <source>Quantile q (0-1) of unit areas above which a unit counts as large for ADJUST_LARGE_UNITS. Typical: 0.8.</source>
        <translation type="vanished">Quantil q (0-1) das áreas das unidades acima do qual uma unidade é considerada grande para ADJUST_LARGE_UNITS. Típico: 0.8.</translation>
    </message>
    <message>
        <source>Optional field with the cost in minutes by a second mode (e.g. public transport; converted like COST_FIELD); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Campo opcional com o custo em minutos por um segundo modo (p. ex. transporte público; convertido como COST_FIELD); os desertos alcançáveis por ele recebem desert_type 2. Típico: vazio, ou minutos de transporte público.</translation>
    </message>
    <message>
        <source>Threshold in minutes for SECOND_COST_FIELD. Typical: 30 minutes by public transport.</source>
        <translation type="vanished">Limiar em minutos para SECOND_COST_FIELD. Típico: 30 minutos de transporte público.</translation>
    </message>
    <message>
        <source>Optional table per district: units, deserts, population, population_in_deserts and share.</source>
        <translation type="vanished">Tabela opcional por distrito: units, deserts, population, population_in_deserts e share.</translation>
    </message>
    <message>
        <source>Cost to the nearest facility (minutes; NULL = unreachable)</source>
        <translation type="vanished">Custo até o equipamento mais próximo (minutos; NULL = inalcançável)</translation>
    </message>
    <message>
        <source>Access threshold T (minutes)</source>
        <translation type="vanished">Limiar de acesso T (minutos)</translation>
    </message>
    <message>
        <source>District field (thresholds per district)</source>
        <translation type="vanished">Campo de distrito (limiares por distrito)</translation>
    </message>
    <message>
        <source>Raise the threshold for large units (polygons)</source>
        <translation type="vanished">Aumentar o limiar para unidades grandes (polígonos)</translation>
    </message>
    <message>
        <source>Beta (minutes per log1p(area) unit)</source>
        <translation type="vanished">Beta (minutos por unidade de log1p(área))</translation>
    </message>
    <message>
        <source>Gamma (minutes x log1p(density))</source>
        <translation type="vanished">Gama (minutos x log1p(densidade))</translation>
    </message>
    <message>
        <source>Area quantile q for large units</source>
        <translation type="vanished">Quantil de área q para unidades grandes</translation>
    </message>
    <message>
        <source>Cost by a second mode (minutes)</source>
        <translation type="vanished">Custo por um segundo modo (minutos)</translation>
    </message>
    <message>
        <source>Second-mode threshold (minutes)</source>
        <translation type="vanished">Limiar do segundo modo (minutos)</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL value(s); fill or filter them first.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem {2} valor(es) NULL; preencha-os ou filtre-os antes.</translation>
    </message>
    <message>
        <source>{0} unit(s) have a NULL cost: counted as reaching no facility (low access).</source>
        <translation type="vanished">{0} unidade(s) têm custo NULL: contadas como sem nenhum equipamento ao alcance (baixo acesso).</translation>
    </message>
    <message>
        <source>Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 people of the cohort, unmet demand = max(0, demand - accessible places), and, against a policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children 0-2), required places, shortfall = max(0, required - places), surplus and below_target (0/1).

Targets per age band: a policy often sets one target per age band, e.g. Brazil&apos;s national education plan (PNE, meta 1): crèche for 50% of children 0-3 and pre-school for 100% of children 4-5. TARGETS &apos;p_0_3:0.5;p_4_5:1.0&apos; (field:ratio items, each field a count of people of that band on the units) asks for required = 0.5 x p_0_3 + 1.0 x p_4_5 places in each unit; shortfall, surplus, below_target and the summary follow it, and TARGET_RATIO is not used.

Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; SUPPLY_FIELD accessible supply; SUPPLY_KIND &apos;places&apos; (the field holds places) or &apos;access_ratio&apos; (the field holds places per person, like the &apos;access&apos; field of caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person (0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a table per district (one row &apos;all&apos; without a district field): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. With DISTRICT_LAYER (polygons with the same district names, in DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS); without a district field, DISTRICT_LAYER gives each unit the district its point on surface lies in (written as the field district of OUTPUT; units in no district get NULL, warned). Units with a NULL district keep their fields but are left out of the summary (warned). NULL demand or supply values are an error.</source>
        <translation type="vanished">Por unidade (p. ex. a saída de demanda de Acessibilidade ao cuidado): cobertura = vagas por 100 pessoas da coorte, demanda não atendida = max(0, demanda - vagas acessíveis) e, frente a uma meta de política de TARGET_RATIO vagas por pessoa (p. ex. 0,333 = uma vaga para cada 3 crianças de 0-2), vagas necessárias, déficit = max(0, necessárias - vagas), excedente e below_target (0/1).

Metas por faixa etária: uma política muitas vezes fixa uma meta por faixa etária, p. ex. o Plano Nacional de Educação do Brasil (PNE, meta 1): creche para 50% das crianças de 0-3 e pré-escola para 100% das crianças de 4-5. TARGETS &apos;p_0_3:0.5;p_4_5:1.0&apos; (itens campo:razão, cada campo uma contagem de pessoas dessa faixa nas unidades) pede necessárias = 0,5 x p_0_3 + 1,0 x p_4_5 vagas em cada unidade; déficit, excedente, below_target e o resumo seguem essa conta, e TARGET_RATIO não é usado.

Parâmetros: INPUT unidades (pontos ou polígonos); DEMAND_FIELD pessoas da coorte; SUPPLY_FIELD oferta acessível; SUPPLY_KIND &apos;places&apos; (o campo contém vagas) ou &apos;access_ratio&apos; (o campo contém vagas por pessoa, como o campo &apos;access&apos; de caremap:accessibility, então vagas = razão x demanda); TARGET_RATIO vagas por pessoa (0 = sem meta); DISTRICT_FIELD distrito opcional; OUTPUT as unidades com os novos campos coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY uma tabela por distrito (uma linha &apos;all&apos; sem campo de distrito): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. Com DISTRICT_LAYER (polígonos com os mesmos nomes de distrito, em DISTRICT_LAYER_FIELD) o resumo também é gravado nesses polígonos (OUTPUT_DISTRICTS); sem campo de distrito, DISTRICT_LAYER dá a cada unidade o distrito em que está o seu ponto na superfície (gravado como o campo district de OUTPUT; unidades fora de todo distrito recebem NULL, com aviso). Unidades com distrito NULL mantêm seus campos, mas ficam fora do resumo (com aviso). Valores NULL de demanda ou oferta são um erro.</translation>
    </message>
    <message>
        <source>Numeric field with the accessible supply of each unit, read as SUPPLY_KIND says. Typical: access from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico com a oferta acessível de cada unidade, lida conforme SUPPLY_KIND. Típico: access de caremap:accessibility.</translation>
    </message>
    <message>
        <source>What SUPPLY_FIELD holds: places (a number of places) or access_ratio (places per person, so places = ratio x demand). Typical: access_ratio with the access field.</source>
        <translation type="vanished">O que SUPPLY_FIELD contém: places (um número de vagas) ou access_ratio (vagas por pessoa, então vagas = razão x demanda). Típico: access_ratio com o campo access.</translation>
    </message>
    <message>
        <source>Policy target in places per person, used for required places and shortfall (0 = no target). Typical: 0.333 (one place per 3 children 0-2).</source>
        <translation type="vanished">Meta de política em vagas por pessoa, usada para as vagas necessárias e o déficit (0 = sem meta). Típico: 0.333 (uma vaga para cada 3 crianças de 0-2 anos).</translation>
    </message>
    <message>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in INPUT; required places = sum of ratio x count, replacing TARGET_RATIO. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Metas opcionais por faixa etária, como itens campo:razão separados por &apos;;&apos;, cada campo uma contagem de pessoas dessa faixa em INPUT; vagas necessárias = soma de razão x contagem, em lugar de TARGET_RATIO. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE do Brasil: 50% das crianças de 0-3 em creche, 100% das de 4-5 na pré-escola).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district, for the summary per district (without it and without DISTRICT_LAYER, one row &apos;all&apos;; with DISTRICT_LAYER, the district each unit lies in). Typical: locality.</source>
        <translation type="vanished">Campo opcional com o distrito de cada unidade, para o resumo por distrito (sem ele e sem DISTRICT_LAYER, uma linha &apos;all&apos;; com DISTRICT_LAYER, o distrito em que cada unidade está). Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional table per district (one row &apos;all&apos; without DISTRICT_FIELD): demand, places, coverage, unmet, shortfall and people below the target.</source>
        <translation type="vanished">Tabela opcional por distrito (uma linha &apos;all&apos; sem DISTRICT_FIELD): demanda, vagas, cobertura, demanda não atendida, déficit e pessoas abaixo da meta.</translation>
    </message>
    <message>
        <source>Sum of the demand of all units (the DEMAND_FIELD).</source>
        <translation type="vanished">Soma da demanda de todas as unidades (o DEMAND_FIELD).</translation>
    </message>
    <message>
        <source>Sum of unmet over the units: the people without a place (one place per person), or the places missing to the target.</source>
        <translation type="vanished">Soma de unmet nas unidades: as pessoas sem vaga (uma vaga por pessoa), ou as vagas que faltam para a meta.</translation>
    </message>
    <message>
        <source>Places within reach per 100 people of demand, over all units; None when there is no demand.</source>
        <translation type="vanished">Vagas ao alcance por 100 pessoas de demanda, no conjunto das unidades; None quando não há demanda.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age band; its fields are: {3}.</source>
        <translation type="vanished">{0}: o(s) campo(s) {1} não está(ão) na camada {2}. Indique campos dessa camada com as pessoas de cada faixa etária; os campos dela são: {3}.</translation>
    </message>
    <message>
        <source>Runs the whole care map from the raw inputs, as child algorithms with one progress bar: 1) Care supply inventory of the facility layers (field mappings, cleaning, de-duplication, full-day-equivalent capacity); 2) Care demand of the units from their age-band fields (BAND_MAPPING and WEIGHTS: e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) Accessibility to care of that demand to the inventory&apos;s capacity_fde, optionally only the facilities whose target_group is TARGET_GROUP; 4) Care gaps against the policy TARGET_RATIO, or the targets per age band TARGETS (e.g. &apos;p_0_3:0.5;p_4_5:1.0&apos;: 50% of children 0-3 and 100% of 4-5, as in Brazil&apos;s PNE; fields among BAND_MAPPING&apos;s); 5) Care deserts (the Care Georeferencing rule, by district); 6) Care priority index from unmet demand, low access, care intensity and the VULNERABILITY_FIELDS. Optionally writes the HTML (and PDF) report.

Outputs: the inventory, the units with every indicator (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), the facilities with their catchment ratio, and the per-district deserts summary. The same chain ships as a Graphical Modeler model (models/care_map.model3) to open and adapt.</source>
        <translation type="vanished">Executa todo o mapa do cuidado a partir dos dados brutos, como algoritmos filhos com uma única barra de progresso: 1) Inventário da oferta de cuidado das camadas de equipamentos (mapeamento de campos, limpeza, remoção de duplicatas, capacidade equivalente em período integral); 2) Demanda de cuidado das unidades a partir dos seus campos por faixa etária (BAND_MAPPING e WEIGHTS: p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; com pesos iguais dá crianças de 0-5; a escala de Madri dá unidades de cuidado para todas as pessoas); 3) Acessibilidade ao cuidado dessa demanda à capacity_fde do inventário, opcionalmente apenas dos equipamentos cujo target_group é TARGET_GROUP; 4) Lacunas de cuidado frente à meta de política TARGET_RATIO, ou às metas por faixa etária TARGETS (p. ex. &apos;p_0_3:0.5;p_4_5:1.0&apos;: 50% das crianças de 0-3 e 100% das de 4-5, como no PNE do Brasil; campos entre os de BAND_MAPPING); 5) Desertos de cuidado (a regra do Georreferenciamento do Cuidado, por distrito); 6) Índice de prioridade de cuidado a partir da demanda não atendida, do baixo acesso, da intensidade de cuidado e dos VULNERABILITY_FIELDS. Opcionalmente grava o relatório HTML (e PDF).

Saídas: o inventário, as unidades com todos os indicadores (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), os equipamentos com sua razão da área de influência e o resumo de desertos por distrito. A mesma cadeia acompanha o plugin como modelo do Modelador Gráfico (models/care_map.model3) para abrir e adaptar.</translation>
    </message>
    <message>
        <source>One field mapping per layer of FACILITIES, in order, separated by &apos;|&apos;, as in caremap:supplyinventory. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation type="vanished">Um mapeamento de campos por camada de FACILITIES, em ordem, separados por &apos;|&apos;, como em caremap:supplyinventory. Típico: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <source>Age-band fields of UNITS that make up the cohort, as field:band items separated by &apos;;&apos;. Typical: &apos;p_0_2:0-2;p_3_5:3-5&apos; for children 0-5.</source>
        <translation type="vanished">Campos de faixas etárias de UNITS que formam o grupo, como itens campo:faixa separados por &apos;;&apos;. Típico: &apos;p_0_2:0-2;p_3_5:3-5&apos; para crianças de 0-5 anos.</translation>
    </message>
    <message>
        <source>equal = count people; madrid = Durán&apos;s Madrid scale of care units. Typical: equal for one cohort.</source>
        <translation type="vanished">equal = contar pessoas; madrid = escala de Madri de unidades de cuidado de Durán. Típico: equal para um só grupo.</translation>
    </message>
    <message>
        <source>Optional numeric field of UNITS with the potential caregivers, for care intensity. Typical: women 15-64.</source>
        <translation type="vanished">Campo numérico opcional de UNITS com as pessoas cuidadoras potenciais, para a intensidade de cuidado. Típico: mulheres de 15-64 anos.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for care deserts and summaries by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS com o distrito de cada unidade, para os desertos de cuidado e os resumos por distrito; sem ele, DISTRICT_LAYER dá a cada unidade o distrito em que ela está. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in (written as the field district of the units), for care deserts and summaries by district. Typical: the localities or communes of the city.</source>
        <translation type="vanished">Camada opcional de polígonos de distritos: quando UNITS não tem campo de distrito, cada unidade recebe o distrito em que está o seu ponto na superfície (gravado como o campo district das unidades), para os desertos de cuidado e os resumos por distrito. Típico: as regiões administrativas ou bairros da cidade.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names. Typical: the locality name.</source>
        <translation type="vanished">Campo de DISTRICT_LAYER com os nomes dos distritos. Típico: o nome da subprefeitura.</translation>
    </message>
    <message>
        <source>straight = straight-line distance times DETOUR; network = shortest paths on NETWORK. Typical: network when a street layer is available.</source>
        <translation type="vanished">straight = distância em linha reta vezes DETOUR; network = caminhos mais curtos em NETWORK. Típico: network quando há uma camada de ruas.</translation>
    </message>
    <message>
        <source>Road or footpath line layer, needed when COST_MODE=network. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Camada de linhas de ruas ou caminhos, necessária quando COST_MODE=network. Típico: as ruas do OpenStreetMap da cidade.</translation>
    </message>
    <message>
        <source>For COST_MODE=straight, how much longer real routes are than the straight line (at least 1). Typical: 1.3.</source>
        <translation type="vanished">Para COST_MODE=straight, quanto as rotas reais são mais longas que a linha reta (no mínimo 1). Típico: 1.3.</translation>
    </message>
    <message>
        <source>Catchment limit in minutes, used for accessibility and care deserts. Typical: 15 to 20 minutes walking.</source>
        <translation type="vanished">Limite da área de abrangência em minutos, usado para a acessibilidade e os desertos de cuidado. Típico: 15 a 20 minutos a pé.</translation>
    </message>
    <message>
        <source>Accessibility measure (see caremap:accessibility). Typical: 2sfca.</source>
        <translation type="vanished">Medida de acessibilidade (veja caremap:accessibility). Típico: 2sfca.</translation>
    </message>
    <message>
        <source>Optional targets per age band for the care gaps, as field:ratio items separated by &apos;;&apos;, each field one of the BAND_MAPPING fields of UNITS; required places = sum of ratio x count, replacing TARGET_RATIO. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Metas opcionais por faixa etária para as lacunas de cuidado, como itens campo:razão separados por &apos;;&apos;, cada campo um dos campos de BAND_MAPPING de UNITS; vagas necessárias = soma de razão x contagem, em lugar de TARGET_RATIO. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE do Brasil: 50% das crianças de 0-3 em creche, 100% das de 4-5 na pré-escola).</translation>
    </message>
    <message>
        <source>Optional numeric fields of UNITS added to the priority index (higher = more vulnerable). Typical: poverty rate, female-headed households.</source>
        <translation type="vanished">Campos numéricos opcionais de UNITS adicionados ao índice de prioridade (mais alto = mais vulnerável). Típico: taxa de pobreza, domicílios chefiados por mulheres.</translation>
    </message>
    <message>
        <source>If checked, the HTML report (and the PDF, if OUTPUT_PDF is set) is written. Typical: checked for the final run.</source>
        <translation type="vanished">Se marcado, o relatório HTML (e o PDF, se OUTPUT_PDF for definido) é escrito. Típico: marcado na execução final.</translation>
    </message>
    <message>
        <source>Optional table of care deserts by district (needs DISTRICT_FIELD or DISTRICT_LAYER).</source>
        <translation type="vanished">Tabela opcional de desertos de cuidado por distrito (requer DISTRICT_FIELD ou DISTRICT_LAYER).</translation>
    </message>
    <message>
        <source>HTML report file, written when WRITE_REPORT is checked.</source>
        <translation type="vanished">Arquivo do relatório HTML, escrito quando WRITE_REPORT está marcado.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in units with at least one facility within THRESHOLD; None when there is no demand.</source>
        <translation type="vanished">Proporção (0 a 1) da demanda em unidades com pelo menos um equipamento dentro de THRESHOLD; None quando não há demanda.</translation>
    </message>
    <message>
        <source>{0} is {1:g}: accessibility and care deserts count what lies within this travel time, so it must be above 0. Give the longest trip people are expected to make, e.g. 15 to 20 minutes walking.</source>
        <translation type="vanished">{0} é {1:g}: a acessibilidade e os desertos de cuidado contam o que está dentro deste tempo de deslocamento, por isso ele deve ser maior que 0. Informe a viagem mais longa que se espera que as pessoas façam, p. ex. 15 a 20 minutos a pé.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} of {2} are not age-band fields of the cohort ({3}: {4}). Give targets for those fields only, or add the bands to {3}.</source>
        <translation type="vanished">{0}: o(s) campo(s) {1} de {2} não são campos de faixa etária da coorte ({3}: {4}). Informe metas apenas para esses campos, ou acrescente as faixas a {3}.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included); SHAPE &apos;hull&apos; = their concave hull (HULL_RATIO) widened by BUFFER metres (fast), &apos;buffer&apos; = the streets themselves buffered by BUFFER metres (detailed, slower); speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;, with &apos;cost_unit&apos; (minutes or meters) and &apos;cost_speed_kmh&apos; (the SPEED used) saying what it is in.</source>
        <translation type="vanished">Um polígono por equipamento (ou um por limiar, dissolvido) da área a partir da qual ele é alcançado dentro de cada limiar de THRESHOLDS (p. ex. &apos;10,15,20&apos;, em COST_UNIT).

COST_MODE &apos;network&apos;: os trechos de rua alcançados dentro do limiar (incluindo ruas parciais); SHAPE &apos;hull&apos; = seu envoltório côncavo (HULL_RATIO) alargado em BUFFER metros (rápido), &apos;buffer&apos; = as próprias ruas com buffer de BUFFER metros (detalhado, mais lento); velocidade de SPEED_FIELD ou SPEED, mão única de ONEWAY_FIELD exceto a pé. COST_MODE &apos;straight&apos;: um círculo de raio igual ao limiar (metros, ou minutos x SPEED). Campos de saída: os campos do equipamento mais &apos;threshold&apos;, com &apos;cost_unit&apos; (minutes ou meters) e &apos;cost_speed_kmh&apos; (a SPEED usada) indicando em que unidade ele está.</translation>
    </message>
    <message>
        <source>Layer of care facilities, points or polygons; one catchment is drawn per facility and threshold. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Camada de serviços de cuidado, pontos ou polígonos; é desenhada uma área de abrangência por serviço e limiar. Típico: a saída de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>network = the streets reached on NETWORK within each threshold; straight = a circle of radius threshold (metres, or minutes x SPEED). Typical: network.</source>
        <translation type="vanished">network = as ruas alcançadas em NETWORK dentro de cada limiar; straight = um círculo de raio igual ao limiar (metros, ou minutos x SPEED). Típico: network.</translation>
    </message>
    <message>
        <source>Road or footpath line layer, needed when COST_MODE=network; lines must be connected at their ends. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Camada de linhas de ruas ou caminhos, necessária quando COST_MODE=network; as linhas devem estar conectadas nas extremidades. Típico: as ruas do OpenStreetMap da cidade.</translation>
    </message>
    <message>
        <source>One or more thresholds in COST_UNIT, separated by commas; one polygon is drawn per threshold. Typical: &apos;10,15,20&apos; minutes.</source>
        <translation type="vanished">Um ou mais limiares em COST_UNIT, separados por vírgulas; é desenhado um polígono por limiar. Típico: &apos;10,15,20&apos; minutos.</translation>
    </message>
    <message>
        <source>Polygon shape for COST_MODE=network: hull = concave hull of the reached streets widened by BUFFER (fast); buffer = the reached streets buffered by BUFFER (detailed, slower). Typical: hull.</source>
        <translation type="vanished">Forma do polígono para COST_MODE=network: hull = envoltória côncava das ruas alcançadas ampliada em BUFFER (rápido); buffer = as ruas alcançadas com um buffer de BUFFER (detalhado, mais lento). Típico: hull.</translation>
    </message>
    <message>
        <source>Width in metres added around the reached streets or the hull (COST_MODE=network). Typical: 50 m.</source>
        <translation type="vanished">Largura em metros adicionada em torno das ruas alcançadas ou da envoltória (COST_MODE=network). Típico: 50 m.</translation>
    </message>
    <message>
        <source>Concavity of the hull for SHAPE=hull, from 0 (most concave, follows the streets) to 1 (convex). Typical: 0.3.</source>
        <translation type="vanished">Concavidade da envoltória para SHAPE=hull, de 0 (mais côncava, segue as ruas) a 1 (convexa). Típico: 0.3.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a facility to the road network: it joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part), the walk to it counted. Facilities farther away get no network catchment. Typical: 500 m.</source>
        <translation type="vanished">Distância máxima em metros de um equipamento à rede viária: ele se liga ao ponto mais próximo da rua mais próxima (de uma parte da rede que contenha pelo menos 5% do comprimento da maior parte), contando a caminhada até ela. Os equipamentos mais distantes não têm área de influência pela rede. Típico: 500 m.</translation>
    </message>
    <message>
        <source>Cost: straight line or road network</source>
        <translation type="vanished">Custo: linha reta ou rede viária</translation>
    </message>
    <message>
        <source>Speed (km/h); walking = 5.04</source>
        <translation type="vanished">Velocidade (km/h); a pé = 5,04</translation>
    </message>
    <message>
        <source>Speed field of the network (km/h)</source>
        <translation type="vanished">Campo de velocidade da rede (km/h)</translation>
    </message>
    <message>
        <source>One-way field of the network</source>
        <translation type="vanished">Campo de mão única da rede</translation>
    </message>
    <message>
        <source>Network: polygon shape</source>
        <translation type="vanished">Rede: forma do polígono</translation>
    </message>
    <message>
        <source>Network: buffer around the reached streets or hull (m)</source>
        <translation type="vanished">Rede: buffer em torno das ruas alcançadas ou do envoltório (m)</translation>
    </message>
    <message>
        <source>Network: concave hull ratio (0 = most concave, 1 = convex)</source>
        <translation type="vanished">Rede: razão do envoltório côncavo (0 = o mais côncavo possível, 1 = convexo)</translation>
    </message>
    <message>
        <source>Network: largest distance from a facility to the network (m)</source>
        <translation type="vanished">Rede: distância máxima de um equipamento até a rede (m)</translation>
    </message>
    <message>
        <source>{0} catchment polygon(s) for {1} facilit(y/ies) and thresholds {2} {3}.</source>
        <translation type="vanished">{0} polígono(s) de área de influência para {1} equipamento(s) e limiares {2} {3}.</translation>
    </message>
    <message>
        <source>How unequally access (ACCESS_FIELD, &gt;= 0, e.g. &apos;access&apos; from caremap:accessibility) is spread over the population (POPULATION_FIELD; empty = every unit counts once).

Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit has everything); PALMA = share of access of the best-served 10% of people / share of the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD (or, without it, DISTRICT_LAYER: each unit in the district polygon its point on surface lies in), THEIL_BETWEEN + THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and the maximum access). All are population-weighted. A NULL output means undefined (e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population shares (0 = one row per unit). NULL values in the fields used are an error.</source>
        <translation type="vanished">Quão desigualmente o acesso (ACCESS_FIELD, &gt;= 0, p. ex. &apos;access&apos; de caremap:accessibility) se distribui pela população (POPULATION_FIELD; vazio = cada unidade conta uma vez).

Saídas (números, também no log): MEAN_ACCESS; GINI (0 = igualdade, 1 - 1/n = uma unidade tem tudo); PALMA = parcela do acesso dos 10% de pessoas mais bem atendidas / parcela dos 40% pior atendidos; THEIL (T de Theil) e, com DISTRICT_FIELD (ou, sem ele, DISTRICT_LAYER: cada unidade no polígono de distrito em que está o seu ponto na superfície), THEIL_BETWEEN + THEIL_WITHIN = THEIL; com RANK_FIELD (uma posição socioeconômica, baixo = mais pobre, p. ex. renda ou estrato) CONCENTRATION (2 cov(acesso, posição fracionária) / média; negativo = acesso concentrado entre os pobres) e ERREYGERS (8 cov / (máx - mín), com limites 0 e o acesso máximo). Todos são ponderados pela população. Uma saída NULL significa indefinida (p. ex. nenhum acesso em lugar algum, ou sem campo de posição). OUTPUT_LORENZ: a curva de Lorenz como tabela (pop_share, access_share, equality) em LORENZ_POINTS parcelas de população igualmente espaçadas (0 = uma linha por unidade). Valores NULL nos campos usados são um erro.</translation>
    </message>
    <message>
        <source>Layer or table of units with an access value and their population. Typical: the demand output of caremap:accessibility.</source>
        <translation type="vanished">Camada ou tabela de unidades com um valor de acesso e sua população. Típico: a saída de demanda de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Numeric field with the access of each unit (&gt;= 0, no NULL). Typical: access from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico com o acesso de cada unidade (&gt;= 0, sem NULL). Típico: access de caremap:accessibility.</translation>
    </message>
    <message>
        <source>Optional numeric field with the people of each unit, used as weights; empty = every unit counts once. Typical: the demand field (e.g. children 0-5).</source>
        <translation type="vanished">Campo numérico opcional com as pessoas de cada unidade, usado como peso; vazio = cada unidade conta uma vez. Típico: o campo de demanda (p. ex. crianças de 0-5 anos).</translation>
    </message>
    <message>
        <source>Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Campo opcional de distrito, para dividir o T de Theil em THEIL_BETWEEN e THEIL_WITHIN distritos; sem ele, DISTRICT_LAYER dá a cada unidade o distrito em que ela está. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when INPUT has no district field, each unit gets the district its point on surface lies in, for the Theil decomposition (a unit in no district is an error). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Camada opcional de polígonos de distritos: quando INPUT não tem campo de distrito, cada unidade recebe o distrito em que está o seu ponto na superfície, para a decomposição de Theil (uma unidade fora de todo distrito é um erro). Típico: as regiões administrativas ou bairros da cidade.</translation>
    </message>
    <message>
        <source>Number of rows of the Lorenz curve table, at equally spaced population shares (0 = one row per unit). Typical: 101.</source>
        <translation type="vanished">Número de linhas da tabela da curva de Lorenz, em proporções de população igualmente espaçadas (0 = uma linha por unidade). Típico: 101.</translation>
    </message>
    <message>
        <source>Optional Lorenz curve table with pop_share, access_share and equality, for a chart.</source>
        <translation type="vanished">Tabela opcional da curva de Lorenz com pop_share, access_share e equality, para um gráfico.</translation>
    </message>
    <message>
        <source>Mean access weighted by population; None when it cannot be computed (no population).</source>
        <translation type="vanished">Acesso médio ponderado pela população; None quando não pode ser calculado (sem população).</translation>
    </message>
    <message>
        <source>Theil T index of access inequality (0 = equality); None when undefined.</source>
        <translation type="vanished">Índice T de Theil da desigualdade de acesso (0 = igualdade); None quando indefinido.</translation>
    </message>
    <message>
        <source>Part of Theil T due to differences between districts; None without districts or when undefined.</source>
        <translation type="vanished">Parte do T de Theil devida às diferenças entre distritos; None sem distritos ou quando indefinida.</translation>
    </message>
    <message>
        <source>Part of Theil T due to differences within districts; None without districts or when undefined.</source>
        <translation type="vanished">Parte do T de Theil devida às diferenças dentro dos distritos; None sem distritos ou quando indefinida.</translation>
    </message>
    <message>
        <source>Concentration index of access by RANK_FIELD (negative = access concentrated among the lower ranks); None without RANK_FIELD or when undefined.</source>
        <translation type="vanished">Índice de concentração do acesso segundo RANK_FIELD (negativo = acesso concentrado nas posições mais baixas); None sem RANK_FIELD ou quando indefinido.</translation>
    </message>
    <message>
        <source>Erreygers-corrected concentration index (for bounded access); None without RANK_FIELD or when undefined.</source>
        <translation type="vanished">Índice de concentração com a correção de Erreygers (para acesso limitado); None sem RANK_FIELD ou quando indefinido.</translation>
    </message>
    <message>
        <source>District field (Theil decomposition)</source>
        <translation type="vanished">Campo de distrito (decomposição de Theil)</translation>
    </message>
    <message>
        <source>Local hot and cold spots of a numeric FIELD.

STATISTIC gi_star: Getis-Ord Gi* (Ord &amp; Getis 1995) with the unit itself included (self weight 1, binary weights); its z is the same for binary and row-standardised weights (equal to esda G_Local(star=True, transform=&apos;B&apos;)). STATISTIC local_moran: local Moran&apos;s I (Anselin 1995) with row-standardised weights (WEIGHT_TRANSFORM=row, the default) or binary ones; outliers (High-Low, Low-High) are reported in &apos;quadrant&apos; (1 HH, 2 LH, 3 LL, 4 HL) and get hotspot_class 0.
WEIGHTS: knn (K nearest units), distance (all units within DISTANCE metres, inclusive), queen or rook contiguity (polygons sharing a vertex / an edge; INPUT must be polygons). Units without a neighbour (islands) get NULL z and p and class 0.
p is the two-sided normal p-value; with PERMUTATIONS &gt; 0 (e.g. 999) p_sim is the folded conditional-permutation pseudo p-value, reproducible with SEED. Classes use p_sim when permutations were run, else p; with FDR the Benjamini-Hochberg adjusted values (field p_fdr). hotspot_class: 3/2/1 hot spot at 99/95/90% confidence, 0 not significant, -1/-2/-3 cold spot at 90/95/99%.
Output fields: stat (Gi* or I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, quadrant (local Moran). Constant values give z = 0 and no hot spot.</source>
        <translation type="vanished">Pontos quentes e frios locais de um campo numérico FIELD.

STATISTIC gi_star: Gi* de Getis-Ord (Ord e Getis 1995) com a própria unidade incluída (peso próprio 1, pesos binários); seu z é o mesmo com pesos binários ou padronizados por linha (igual a esda G_Local(star=True, transform=&apos;B&apos;)). STATISTIC local_moran: I de Moran local (Anselin 1995) com pesos padronizados por linha (WEIGHT_TRANSFORM=row, o padrão) ou binários; os valores atípicos (Alto-Baixo, Baixo-Alto) são informados em &apos;quadrant&apos; (1 HH, 2 LH, 3 LL, 4 HL) e recebem hotspot_class 0.
WEIGHTS: knn (as K unidades mais próximas), distance (todas as unidades a até DISTANCE metros, inclusivo), contiguidade queen ou rook (polígonos que compartilham um vértice / uma aresta; INPUT deve ser de polígonos). Unidades sem vizinho (ilhas) recebem z e p NULL e classe 0.
p é o valor-p normal bilateral; com PERMUTATIONS &gt; 0 (p. ex. 999) p_sim é o pseudo valor-p dobrado por permutação condicional, reprodutível com SEED. As classes usam p_sim quando houve permutações, senão p; com FDR, os valores ajustados de Benjamini-Hochberg (campo p_fdr). hotspot_class: 3/2/1 ponto quente com 99/95/90% de confiança, 0 não significativo, -1/-2/-3 ponto frio com 90/95/99%.
Campos de saída: stat (Gi* ou I), z, p, p_sim, p_fdr, hotspot_class, n_neighbors, quadrant (Moran local). Valores constantes dão z = 0 e nenhum ponto quente.</translation>
    </message>
    <message>
        <source>Layer of units, points or polygons (polygons needed for queen and rook weights). Typical: census blocks with an indicator.</source>
        <translation type="vanished">Camada de unidades, pontos ou polígonos (polígonos são necessários para os pesos queen e rook). Típico: setores censitários com um indicador.</translation>
    </message>
    <message>
        <source>gi_star = Getis-Ord Gi* (hot and cold spots); local_moran = local Moran&apos;s I (clusters and outliers). Typical: gi_star.</source>
        <translation type="vanished">gi_star = Gi* de Getis-Ord (pontos quentes e frios); local_moran = I de Moran local (agrupamentos e valores atípicos). Típico: gi_star.</translation>
    </message>
    <message>
        <source>Who the neighbours of a unit are: knn (the K nearest), distance (within DISTANCE metres), queen or rook contiguity (polygons). Typical: knn for points, queen for polygons.</source>
        <translation type="vanished">Quem são os vizinhos de uma unidade: knn (os K mais próximos), distance (a até DISTANCE metros), contiguidade queen ou rook (polígonos). Típico: knn para pontos, queen para polígonos.</translation>
    </message>
    <message>
        <source>Number of nearest neighbours for WEIGHTS=knn. Typical: 8.</source>
        <translation type="vanished">Número de vizinhos mais próximos para WEIGHTS=knn. Típico: 8.</translation>
    </message>
    <message>
        <source>Distance band in metres for WEIGHTS=distance (inclusive). Typical: 1000 m.</source>
        <translation type="vanished">Faixa de distância em metros para WEIGHTS=distance (inclusive). Típico: 1000 m.</translation>
    </message>
    <message>
        <source>Weights for local_moran: row (row-standardised) or binary; Gi* z is the same either way. Typical: row.</source>
        <translation type="vanished">Pesos para local_moran: row (padronizados por linha) ou binary; o z do Gi* é igual em ambos os casos. Típico: row.</translation>
    </message>
    <message>
        <source>Number of conditional permutations for the pseudo p-value p_sim (0 = analytic p only). Typical: 999.</source>
        <translation type="vanished">Número de permutações condicionais para o pseudo valor p p_sim (0 = só p analítico). Típico: 999.</translation>
    </message>
    <message>
        <source>Random seed of the permutations, so a run can be reproduced. Typical: 12345.</source>
        <translation type="vanished">Semente aleatória das permutações, para que uma execução possa ser reproduzida. Típico: 12345.</translation>
    </message>
    <message>
        <source>If checked, p-values are corrected for multiple testing (Benjamini-Hochberg false discovery rate) before classing. Typical: checked for many units.</source>
        <translation type="vanished">Se marcado, os valores p são corrigidos para testes múltiplos (taxa de falsas descobertas de Benjamini-Hochberg) antes da classificação. Típico: marcado com muitas unidades.</translation>
    </message>
    <message>
        <source>The units with stat, z, p, p_sim, p_fdr, hotspot_class (3 to -3), n_neighbors and, for local_moran, quadrant.</source>
        <translation type="vanished">As unidades com stat, z, p, p_sim, p_fdr, hotspot_class (3 a -3), n_neighbors e, para local_moran, quadrant.</translation>
    </message>
    <message>
        <source>Spatial weights</source>
        <translation type="vanished">Pesos espaciais</translation>
    </message>
    <message>
        <source>Number of neighbours (knn)</source>
        <translation type="vanished">Número de vizinhos (knn)</translation>
    </message>
    <message>
        <source>Weights transform</source>
        <translation type="vanished">Transformação dos pesos</translation>
    </message>
    <message>
        <source>Permutations (0 = analytic only)</source>
        <translation type="vanished">Permutações (0 = apenas analítico)</translation>
    </message>
    <message>
        <source>{0} is {1}, but layer {2} has only {3} unit(s) ({4} possible neighbours each): give a smaller number.</source>
        <translation type="vanished">{0} é {1}, mas a camada {2} tem apenas {3} unidade(s) ({4} vizinhos possíveis cada): informe um número menor.</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos; needs polygons, but layer {2} has points: choose knn or distance.</source>
        <translation type="vanished">{0} &apos;{1}&apos; requer polígonos, mas a camada {2} tem pontos: escolha knn ou distance.</translation>
    </message>
    <message>
        <source>Layer {0} has {1} unit(s); local statistics need at least 3.</source>
        <translation type="vanished">A camada {0} tem {1} unidade(s); as estatísticas locais requerem pelo menos 3.</translation>
    </message>
    <message>
        <source>Weights ({0}): neighbours per unit min {1}, mean {2:.2f}, max {3}; {4} island(s); {5} connected component(s).</source>
        <translation type="vanished">Pesos ({0}): vizinhos por unidade mín. {1}, média {2:.2f}, máx. {3}; {4} ilha(s); {5} componente(s) conexo(s).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no neighbour: their z and p are NULL.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm vizinho: seus z e p são NULL.</translation>
    </message>
    <message>
        <source>No unit of layer {0} has a neighbour with these weights: give a larger {1}, or choose knn in {2}.</source>
        <translation type="vanished">Nenhuma unidade da camada {0} tem vizinho com estes pesos: informe um valor maior em {1}, ou escolha knn em {2}.</translation>
    </message>
    <message>
        <source>Builds a routable street network for walking, cycling or driving from an OpenStreetMap extract (.osm or .osm.pbf, read through GDAL&apos;s OSM driver; nothing is downloaded), ready for COST_MODE=network of every CareMap algorithm (SPEED_FIELD=speed_kmh, ONEWAY_FIELD=oneway).

Usable ways per MODE: walk = streets, footways, paths, steps, cycleways, tracks and trunk roads (motorways never); bike = streets, cycleways, paths and tracks, footways and pedestrian streets only with bicycle=yes/designated; car = motorways to service roads. A foot/bicycle/motorcar, vehicle or access tag saying no, private (or agricultural, forestry, delivery, use_sidepath...) takes a way out, the most specific tag deciding. Trunk roads without a foot or bicycle tag are walkable and cyclable (OpenStreetMap&apos;s worldwide default) unless motorroad=yes. Railway, subway and tram tracks are never part of the network; unknown highway classes are left out and counted in the log.

One-way: oneway=yes/1/-1, junction=roundabout and motorways (implied) for cars and bikes, oneway:bicycle and contraflow cycleways for bikes; oneway=reversible ways are left out for cars and bikes; a walk network has oneway = 0 everywhere.

Topology: ways meet only at the OpenStreetMap nodes they share (same coordinates); they are split there, so the output lines meet only at their ends, and bridges or tunnels never join the streets they cross. The log gives the connected components (count, share of the length in the largest); the field component numbers them, 0 = the largest.

Output: lines in the local UTM zone with osm_id, name, highway, speed_kmh, oneway (1 = only in the line&apos;s direction, -1 = only against it, 0 = both), component and length_m; the numbers N_COMPONENTS and LARGEST_SHARE (share of the length in the largest component, 0-1).</source>
        <translation type="vanished">Constrói uma rede viária roteável para caminhada, bicicleta ou carro a partir de um extrato do OpenStreetMap (.osm ou .osm.pbf, lido pelo driver OSM do GDAL; nada é baixado), pronta para COST_MODE=network de todos os algoritmos do CareMap (SPEED_FIELD=speed_kmh, ONEWAY_FIELD=oneway).

Vias utilizáveis por MODE: walk = ruas, calçadas (footways), caminhos (paths), escadarias (steps), ciclovias, trilhas (tracks) e vias troncais (trunk) (motorways nunca); bike = ruas, ciclovias, caminhos e trilhas, e calçadas e ruas de pedestres somente com bicycle=yes/designated; car = de motorways a vias de serviço. Uma tag foot/bicycle/motorcar, vehicle ou access que diga no, private (ou agricultural, forestry, delivery, use_sidepath...) exclui a via, e a tag mais específica decide. Vias troncais sem tag foot ou bicycle são transitáveis a pé e de bicicleta (o padrão mundial do OpenStreetMap), salvo com motorroad=yes. Trilhos de trem, metrô e bonde nunca fazem parte da rede; classes de highway desconhecidas ficam de fora e são contadas no log.

Mão única: oneway=yes/1/-1, junction=roundabout e motorways (implícito) para carros e bicicletas, oneway:bicycle e ciclovias em contrafluxo para bicicletas; vias com oneway=reversible ficam de fora para carros e bicicletas; uma rede walk tem oneway = 0 em toda parte.

Topologia: as vias só se encontram nos nós do OpenStreetMap que compartilham (mesmas coordenadas); são divididas ali, de modo que as linhas de saída só se encontram em suas extremidades, e pontes ou túneis nunca se ligam às ruas que cruzam. O log informa os componentes conexos (quantidade, proporção do comprimento no maior); o campo component os numera, 0 = o maior.

Saída: linhas na zona UTM local com osm_id, name, highway, speed_kmh, oneway (1 = só no sentido da linha, -1 = só contra ele, 0 = ambos), component e length_m; os números N_COMPONENTS e LARGEST_SHARE (proporção do comprimento no maior componente, 0-1).</translation>
    </message>
    <message>
        <source>Optional speeds in km/h per highway class that replace the defaults of MODE, as class:speed items separated by commas; it does not make a class usable. Typical: empty, or &apos;primary:40,residential:25&apos; for a congested town by car.</source>
        <translation type="vanished">Velocidades opcionais em km/h por classe de via (highway) que substituem os padrões de MODE, como itens classe:velocidade separados por vírgulas; isso não torna uma classe utilizável. Típico: vazio, ou &apos;primary:40,residential:25&apos; para uma cidade congestionada, de carro.</translation>
    </message>
    <message>
        <source>The network lines with highway, speed_kmh, oneway, component and length_m, split at shared nodes; use it as NETWORK with SPEED_FIELD=speed_kmh and ONEWAY_FIELD=oneway.</source>
        <translation type="vanished">As linhas da rede com highway, speed_kmh, oneway, component e length_m, divididas nos nós compartilhados; use-a como NETWORK com SPEED_FIELD=speed_kmh e ONEWAY_FIELD=oneway.</translation>
    </message>
    <message>
        <source>Network for {0}: {1} lines ({2:,.1f} km) in {3} connected component(s); the largest holds {4:.1%} of the length.</source>
        <translation type="vanished">Rede para {0}: {1} linhas ({2:.1f} km) em {3} componente(s) conexo(s); o maior contém {4:.1%} do comprimento.</translation>
    </message>
    <message>
        <source>{0} way(s) left out by their access tags (no, private...).</source>
        <translation type="vanished">{0} via(s) deixada(s) de fora por suas tags de acesso (no, private...).</translation>
    </message>
    <message>
        <source>{0} way(s) of classes this mode may use only when a tag allows it (e.g. footways for bikes) left out.</source>
        <translation type="vanished">{0} via(s) de classes que este modo só pode usar quando uma tag o permite (p. ex. calçadas para bicicletas) deixada(s) de fora.</translation>
    </message>
    <message>
        <source>{0} way(s) tagged motorroad=yes left out (closed to walking and cycling).</source>
        <translation type="vanished">{0} via(s) com a tag motorroad=yes deixada(s) de fora (fechadas a pedestres e ciclistas).</translation>
    </message>
    <message>
        <source>{0} way(s) that are also railway tracks left out.</source>
        <translation type="vanished">{0} via(s) que também são trilhos ferroviários deixada(s) de fora.</translation>
    </message>
    <message>
        <source>{0} way(s) with oneway=reversible/alternating left out (no fixed direction).</source>
        <translation type="vanished">{0} via(s) com oneway=reversible/alternating deixada(s) de fora (sem sentido fixo).</translation>
    </message>
    <message>
        <source>Reads an OpenStreetMap extract (.osm or .osm.pbf) through GDAL&apos;s OSM driver (points, lines and multipolygons; all tags, including other_tags) and keeps the care facilities that a tag table maps onto the inventory schema: service_type, target_group and sphere, plus name, capacity (capacity tag), fee (0 when fee=no) and source = &apos;osm&apos;. Areas are taken at a point on their surface. The tag table (a CSV; by default data/osm_care_tags.csv in the plugin) has the columns kind, key, value, condition_key, condition_value, service_type, target_group, sphere: the first &apos;service&apos; row whose key=value (and condition, e.g. social_facility:for=senior) holds wins, so put specific rows first; &apos;sphere&apos; rows (e.g. operator:type=public) set the sphere. Copy and extend it for local tagging. The output is in WGS84 (EPSG:4326), ready for caremap:supplyinventory.</source>
        <translation type="vanished">Lê um extrato do OpenStreetMap (.osm ou .osm.pbf) pelo driver OSM do GDAL (pontos, linhas e multipolígonos; todas as tags, incluindo other_tags) e mantém os equipamentos de cuidado que uma tabela de tags mapeia para o esquema do inventário: service_type, target_group e sphere, além de name, capacity (tag capacity), fee (0 quando fee=no) e source = &apos;osm&apos;. Áreas são tomadas em um ponto sobre sua superfície. A tabela de tags (um CSV; por padrão data/osm_care_tags.csv no plugin) tem as colunas kind, key, value, condition_key, condition_value, service_type, target_group, sphere: vence a primeira linha &apos;service&apos; cujo key=value (e condição, p. ex. social_facility:for=senior) é verdadeiro, então coloque as linhas específicas primeiro; linhas &apos;sphere&apos; (p. ex. operator:type=public) definem a esfera. Copie-a e amplie-a para a marcação local. A saída está em WGS84 (EPSG:4326), pronta para caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Optional CSV tag table mapping OSM tags to service_type, target_group and sphere; empty = the bundled data/osm_care_tags.csv. Typical: empty, or a copy extended for local tagging.</source>
        <translation type="vanished">Tabela CSV de etiquetas opcional que mapeia as etiquetas do OSM para service_type, target_group e sphere; vazio = a incluída data/osm_care_tags.csv. Típico: vazio, ou uma cópia ampliada para a etiquetagem local.</translation>
    </message>
    <message>
        <source>Care facility points in WGS84 with name, service_type, target_group, sphere, capacity, fee and source, ready for caremap:supplyinventory.</source>
        <translation type="vanished">Pontos de serviços de cuidado em WGS84 com name, service_type, target_group, sphere, capacity, fee e source, prontos para caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>{0} OpenStreetMap feature(s) read, {1} care facilities mapped.</source>
        <translation type="vanished">Lidas {0} feição(ões) do OpenStreetMap, {1} equipamentos de cuidado mapeados.</translation>
    </message>
    <message>
        <source>A composite care priority index from chosen indicator fields (e.g. unmet demand, low access, care intensity, poverty, female-headed households).

Each indicator in FIELDS is normalised (NORMALIZATION: minmax to [0, 1], rank to [0, 1] with average ranks for ties, or z-score) and oriented so that higher = more priority: list in INVERT_FIELDS the indicators where a LOWER value means more need (e.g. access). WEIGHTS is a comma-separated list of non-negative numbers, one per field in FIELDS order (empty = equal weights); they are rescaled to sum 1. A constant indicator normalises to 0.
Output fields: priority (sum of the contributions), priority_rank (1 = highest priority; ties share a rank), priority_quintile (5 = the 20% highest-priority units, 1 = the lowest), and contrib_&lt;field&gt; = weight x normalised value for each indicator, so the index can be explained indicator by indicator. NULL indicator values are an error.</source>
        <translation type="vanished">Um índice composto de prioridade de cuidado a partir de campos de indicadores escolhidos (p. ex. demanda não atendida, baixo acesso, intensidade de cuidado, pobreza, domicílios chefiados por mulheres).

Cada indicador em FIELDS é normalizado (NORMALIZATION: minmax para [0, 1], rank para [0, 1] com postos médios para empates, ou escore z) e orientado de modo que maior = mais prioridade: liste em INVERT_FIELDS os indicadores em que um valor MENOR significa mais necessidade (p. ex. o acesso). WEIGHTS é uma lista separada por vírgulas de números não negativos, um por campo na ordem de FIELDS (vazia = pesos iguais); eles são reescalados para somar 1. Um indicador constante é normalizado para 0.
Campos de saída: priority (soma das contribuições), priority_rank (1 = maior prioridade; empates compartilham a posição), priority_quintile (5 = os 20% de unidades de maior prioridade, 1 = os de menor) e contrib_&lt;campo&gt; = peso x valor normalizado de cada indicador, para que o índice possa ser explicado indicador por indicador. Valores NULL nos indicadores são um erro.</translation>
    </message>
    <message>
        <source>Layer of units with the indicator fields. Typical: the units output of caremap:carepipeline.</source>
        <translation type="vanished">Camada de unidades com os campos indicadores. Típico: a saída de unidades de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Indicators of FIELDS where a lower value means more need, so they are reversed. Typical: access.</source>
        <translation type="vanished">Indicadores de FIELDS em que um valor mais baixo significa mais necessidade, por isso são invertidos. Típico: access.</translation>
    </message>
    <message>
        <source>How each indicator is put on a common scale: minmax (0-1), rank (0-1) or z (z-score). Typical: minmax.</source>
        <translation type="vanished">Como cada indicador é levado a uma escala comum: minmax (0-1), rank (0-1) ou z (escore z). Típico: minmax.</translation>
    </message>
    <message>
        <source>Non-negative weights separated by commas, one per field in FIELDS order, rescaled to sum 1; empty = equal weights. Typical: &apos;2,1,1&apos;.</source>
        <translation type="vanished">Pesos não negativos separados por vírgulas, um por campo na ordem de FIELDS, reescalados para somar 1; vazio = pesos iguais. Típico: &apos;2,1,1&apos;.</translation>
    </message>
    <message>
        <source>The units with priority, priority_rank, priority_quintile and one contrib_&lt;field&gt; per indicator.</source>
        <translation type="vanished">As unidades com priority, priority_rank, priority_quintile e um contrib_&lt;field&gt; por indicador.</translation>
    </message>
    <message>
        <source>Weights (comma-separated, one per indicator; empty = equal)</source>
        <translation type="vanished">Pesos (separados por vírgulas, um por indicador; vazio = iguais)</translation>
    </message>
    <message>
        <source>Field(s) {0} are chosen in {1} but not in {2}: add them to {2}, or untick them in {1}.</source>
        <translation type="vanished">Campo(s) {0} escolhido(s) em {1}, mas não em {2}: acrescente-o(s) a {2}, ou desmarque-o(s) em {1}.</translation>
    </message>
    <message>
        <source>{0} holds &apos;{1}&apos;: write numbers separated by commas, one per indicator field (e.g. 2,1,1), or leave it empty for equal weights.</source>
        <translation type="vanished">{0} contém &apos;{1}&apos;: escreva números separados por vírgulas, um por campo de indicador (p. ex. 2,1,1), ou deixe-o vazio para pesos iguais.</translation>
    </message>
    <message>
        <source>{0} holds {1} number(s) but {2} field(s) are chosen in {3} ({4}): give one weight per field, in that order, or leave it empty for equal weights.</source>
        <translation type="vanished">{0} contém {1} número(s), mas {2} campo(s) estão escolhidos em {3} ({4}): informe um peso por campo, nessa ordem, ou deixe-o vazio para pesos iguais.</translation>
    </message>
    <message>
        <source>No variation: indicator(s) {0} of layer {1} have the same value in every unit; they normalise to 0 and do not change the ranking.</source>
        <translation type="vanished">Sem variação: o(s) indicador(es) {0} da camada {1} têm o mesmo valor em todas as unidades; são normalizados para 0 e não alteram a classificação.</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are cut once into runs of pixels on each raster&apos;s grid (scanline) and the runs are summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster&apos;s CRS, never the raster. NaN or infinite pixels that are not the raster&apos;s nodata value are skipped like nodata and counted in a warning naming the raster. Negative pixel values (and -inf) are an error.</source>
        <translation type="vanished">Soma um ou mais rasters de população (p. ex. grades por idade e sexo como o WorldPop) em polígonos (ZONES) ou, sem zonas, em uma grade de hexágonos gerada sobre os rasters (HEX_SIZE = lado de um hexágono em metros; HEX_ORIENTATION pointy ou flat). Um campo de saída por banda de raster, com o nome do raster; raster_total é a soma deles, n_pixels os pixels contados (primeiro raster); os hexágonos recebem também pop_density por km2.

As zonas são cortadas uma única vez em sequências de pixels na grade de cada raster (varredura por linhas) e as sequências são somadas com numpy (add.reduceat, bincount), lendo o raster em faixas de linhas, de modo que rasters grandes cabem na memória. Regra do centro do pixel: um pixel conta para uma zona quando seu centro está dentro da zona (nunca é dividido entre zonas). Pixels nodata são ignorados; uma zona sem nenhum pixel válido (fora do raster, toda nodata ou menor que um pixel) recebe NULL. Zonas sobrepostas contam, cada uma, os pixels cujos centros contêm. As zonas são reprojetadas para o SRC de cada raster, nunca o raster. Pixels NaN ou infinitos que não são o valor nodata do raster são ignorados como nodata e contados em um aviso que nomeia o raster. Valores de pixel negativos (e -inf) são um erro.</translation>
    </message>
    <message>
        <source>Side of a generated hexagon in metres (without ZONES). Typical: 500 m in a city.</source>
        <translation type="vanished">Lado de um hexágono gerado em metros (sem ZONES). Típico: 500 m em uma cidade.</translation>
    </message>
    <message>
        <source>Raster {0} (band {1}) has {2} negative pixel value(s) that are not nodata around the zones; population counts cannot be negative.</source>
        <translation type="vanished">O raster {0} (banda {1}) tem {2} valor(es) de pixel negativo(s) que não são nodata em torno das zonas; contagens de população não podem ser negativas.</translation>
    </message>
    <message>
        <source>Raster {0} (band {1}) has {2} pixel(s) inside the zones holding NaN or infinite values that are not its nodata value: they are skipped (counted as no data, not as people) in {3} zone(s). Check the raster, or set its nodata value.</source>
        <translation type="vanished">O raster {0} (banda {1}) tem {2} pixel(s) dentro das zonas com valores NaN ou infinitos que não são seu valor nodata: eles são ignorados (contados como sem dados, não como pessoas) em {3} zona(s). Verifique o raster, ou defina seu valor nodata.</translation>
    </message>
    <message>
        <source>{0} zone(s) have no valid pixel centre in any raster: NULL.</source>
        <translation type="vanished">{0} zona(s) não têm nenhum centro de pixel válido em nenhum raster: NULL.</translation>
    </message>
    <message>
        <source>{0} hexagon(s) written ({1} without valid pixels dropped).</source>
        <translation type="vanished">Gravados {0} hexágono(s) ({1} sem pixels válidos descartados).</translation>
    </message>
    <message>
        <source>Writes a self-contained HTML report (images inlined, opens in any browser, no internet needed) and optionally a PDF made with a QGIS print layout: maps of supply, demand, access, care deserts and priority with legends, scale bar and north arrow; charts (demand and accessible places by district, distribution of access with the policy target, coverage curve, Lorenz curve with Gini and Palma); the key numbers in plain sentences; and the method and parameters, so the result can be reproduced.

UNITS is a result layer of CareMap (e.g. the units output of Care map in one run, or of Accessibility, Care gaps and Care deserts). Each optional field parameter names the field to use; left empty, the standard CareMap field is used when the layer has it (cost_nearest, access, covered, unmet, desert, priority), and the part of the report that needs it is left out otherwise. COHORT_LABEL, SERVICE_LABEL and MODE_LABEL make the sentences read naturally, e.g. &apos;children under 6&apos;, &apos;a childcare place&apos;, &apos;walk&apos;. PARAMETERS is free text or JSON describing how the inputs were made.

Text from the layers (district and facility names) is escaped: markup in the data is shown as text, never run.</source>
        <translation type="vanished">Grava um relatório HTML autocontido (imagens incorporadas, abre em qualquer navegador, sem precisar de internet) e opcionalmente um PDF feito com um layout de impressão do QGIS: mapas de oferta, demanda, acesso, desertos de cuidado e prioridade com legendas, barra de escala e seta do norte; gráficos (demanda e vagas acessíveis por distrito, distribuição do acesso com a meta de política, curva de cobertura, curva de Lorenz com Gini e Palma); os números-chave em frases simples; e o método e os parâmetros, para que o resultado possa ser reproduzido.

UNITS é uma camada de resultado do CareMap (p. ex. a saída de unidades de Mapa do cuidado em uma única execução, ou de Acessibilidade, Lacunas de cuidado e Desertos de cuidado). Cada parâmetro de campo opcional indica o campo a usar; se deixado vazio, usa-se o campo padrão do CareMap quando a camada o tem (cost_nearest, access, covered, unmet, desert, priority) e, caso contrário, a parte do relatório que precisa dele é omitida. COHORT_LABEL, SERVICE_LABEL e MODE_LABEL fazem as frases soarem naturais, p. ex. &apos;crianças menores de 6 anos&apos;, &apos;uma vaga em creche&apos;, &apos;a pé&apos;. PARAMETERS é texto livre ou JSON descrevendo como os dados de entrada foram produzidos.

O texto vindo das camadas (nomes de distritos e de equipamentos) é escapado: marcação nos dados é mostrada como texto, nunca executada.</translation>
    </message>
    <message>
        <source>A CareMap result layer of units with the indicators to report. Typical: the units output of caremap:carepipeline.</source>
        <translation type="vanished">Uma camada de resultados do CareMap com as unidades e os indicadores a relatar. Típico: a saída de unidades de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Numeric field of UNITS with the people of the cohort. Typical: care_demand.</source>
        <translation type="vanished">Campo numérico de UNITS com as pessoas do grupo. Típico: care_demand.</translation>
    </message>
    <message>
        <source>Field with the cost in minutes to the nearest facility; empty = cost_nearest if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo com o custo em minutos até o serviço mais próximo; vazio = cost_nearest se a camada o tiver. Típico: vazio.</translation>
    </message>
    <message>
        <source>Field with the access in places per person; empty = access if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo com o acesso em vagas por pessoa; vazio = access se a camada o tiver. Típico: vazio.</translation>
    </message>
    <message>
        <source>Field that is 1 where the unit reaches a facility within the threshold, else 0; empty = covered if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo que vale 1 onde a unidade alcança um serviço dentro do limiar, senão 0; vazio = covered se a camada o tiver. Típico: vazio.</translation>
    </message>
    <message>
        <source>Field with the unmet demand in people; empty = unmet if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo com a demanda não atendida em pessoas; vazio = unmet se a camada o tiver. Típico: vazio.</translation>
    </message>
    <message>
        <source>Field that is 1 for a care desert, else 0; empty = desert if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo que vale 1 para um deserto de cuidado, senão 0; vazio = desert se a camada o tiver. Típico: vazio.</translation>
    </message>
    <message>
        <source>Field with the care priority index; empty = priority if the layer has it. Typical: empty.</source>
        <translation type="vanished">Campo com o índice de prioridade de cuidado; vazio = priority se a camada o tiver. Típico: vazio.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for the charts by district; without it, DISTRICT_LAYER gives each unit the district it lies in. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS com o distrito de cada unidade, para os gráficos por distrito; sem ele, DISTRICT_LAYER dá a cada unidade o distrito em que ela está. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts: when UNITS have no district field, each unit gets the district its point on surface lies in, for the charts by district. Typical: the localities or communes of the city.</source>
        <translation type="vanished">Camada opcional de polígonos de distritos: quando UNITS não tem campo de distrito, cada unidade recebe o distrito em que está o seu ponto na superfície, para os gráficos por distrito. Típico: as regiões administrativas ou bairros da cidade.</translation>
    </message>
    <message>
        <source>Optional layer of care facilities to draw on the supply map. Typical: the inventory output of caremap:carepipeline.</source>
        <translation type="vanished">Camada opcional de serviços de cuidado para desenhar no mapa de oferta. Típico: a saída de inventário de caremap:carepipeline.</translation>
    </message>
    <message>
        <source>Optional numeric field of SUPPLY with the places of each facility. Typical: capacity_fde.</source>
        <translation type="vanished">Campo numérico opcional de SUPPLY com as vagas de cada serviço. Típico: capacity_fde.</translation>
    </message>
    <message>
        <source>Travel-time threshold in minutes that the analysis used, quoted in the sentences and charts. Typical: 20 minutes.</source>
        <translation type="vanished">Limiar de tempo de viagem em minutos usado na análise, citado nas frases e nos gráficos. Típico: 20 minutos.</translation>
    </message>
    <message>
        <source>Optional targets per age band, as field:ratio items separated by &apos;;&apos;, each field a count of people of that band in UNITS; the places needed are the sum of ratio x count, replacing TARGET. Typical: &apos;p_0_3:0.5;p_4_5:1.0&apos; (Brazil&apos;s PNE: 50% of children 0-3 in crèche, 100% of 4-5 in pre-school).</source>
        <translation type="vanished">Metas opcionais por faixa etária, como itens campo:razão separados por &apos;;&apos;, cada campo uma contagem de pessoas dessa faixa em UNITS; as vagas necessárias são a soma de razão x contagem, em lugar de TARGET. Típico: &apos;p_0_3:0.5;p_4_5:1.0&apos; (PNE do Brasil: 50% das crianças de 0-3 em creche, 100% das de 4-5 na pré-escola).</translation>
    </message>
    <message>
        <source>Free text or JSON describing how the inputs were made, printed in the method section so the result can be reproduced. Typical: the parameters of the accessibility run.</source>
        <translation type="vanished">Texto livre ou JSON que descreve como os insumos foram feitos, impresso na seção de método para que o resultado possa ser reproduzido. Típico: os parâmetros da execução de acessibilidade.</translation>
    </message>
    <message>
        <source>Self-contained HTML report (maps, charts, key numbers, method), to open in any browser.</source>
        <translation type="vanished">Relatório HTML autocontido (mapas, gráficos, números-chave, método), para abrir em qualquer navegador.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand beyond THRESHOLD of the nearest facility (or not covered); None when there is no demand or no cost or covered field.</source>
        <translation type="vanished">Proporção (0 a 1) da demanda além de THRESHOLD do equipamento mais próximo (ou não coberta); None quando não há demanda nem campo de custo ou de cobertura.</translation>
    </message>
    <message>
        <source>People without a place: the sum of the unmet field, or of max(0, demand - places) from access; None without them.</source>
        <translation type="vanished">Pessoas sem vaga: a soma do campo unmet, ou de max(0, demanda - vagas) a partir do acesso; None sem eles.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand living in care deserts; None without a desert field or demand.</source>
        <translation type="vanished">Proporção (0 a 1) da demanda que vive em desertos de cuidado; None sem campo de deserto ou sem demanda.</translation>
    </message>
    <message>
        <source>Cost to the nearest facility field (minutes)</source>
        <translation type="vanished">Campo de custo até o equipamento mais próximo (minutos)</translation>
    </message>
    <message>
        <source>Unmet demand field</source>
        <translation type="vanished">Campo de demanda não atendida</translation>
    </message>
    <message>
        <source>Priority index field</source>
        <translation type="vanished">Campo do índice de prioridade</translation>
    </message>
    <message>
        <source>Facility capacity field</source>
        <translation type="vanished">Campo de capacidade dos equipamentos</translation>
    </message>
    <message>
        <source>Travel-time threshold (minutes)</source>
        <translation type="vanished">Limiar de tempo de viagem (minutos)</translation>
    </message>
    <message>
        <source>Method and parameters (text or JSON)</source>
        <translation type="vanished">Método e parâmetros (texto ou JSON)</translation>
    </message>
    <message>
        <source>{0} is {1:g}: the report counts the people within this travel time and quotes it in its sentences and charts, so it must be above 0. Give the threshold the analysis used (e.g. 20 minutes).</source>
        <translation type="vanished">{0} é {1:g}: o relatório conta as pessoas dentro deste tempo de deslocamento e o cita em suas frases e gráficos, por isso ele deve ser maior que 0. Informe o limiar que a análise usou (p. ex. 20 minutos).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no value (NULL) in field &apos;{2}&apos;: they are left out of every figure of the report.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm valor (NULL) no campo &apos;{2}&apos;: ficam fora de todos os números do relatório.</translation>
    </message>
    <message>
        <source>{0}: field(s) {1} are not in layer {2}. Name fields of that layer with the people of each age band.</source>
        <translation type="vanished">{0}: o(s) campo(s) {1} não está(ão) na camada {2}. Indique campos dessa camada com as pessoas de cada faixa etária.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL value(s) in units with demand: the places the targets per age band ask for are unknown there. Fill or filter them first.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem {2} valor(es) NULL em unidades com demanda: as vagas que as metas por faixa etária pedem são desconhecidas ali. Preencha-os ou filtre-os antes.</translation>
    </message>
    <message>
        <source>Care facilities by capacity ({0})</source>
        <translation type="vanished">Equipamentos de cuidado por capacidade ({0})</translation>
    </message>
    <message>
        <source>Demand: {0} ({1})</source>
        <translation type="vanished">Demanda: {0} ({1})</translation>
    </message>
    <message>
        <source>Minutes to the nearest service</source>
        <translation type="vanished">Minutos até o serviço mais próximo</translation>
    </message>
    <message>
        <source>Care desert = high demand and low access.</source>
        <translation type="vanished">Deserto de cuidado = demanda alta e acesso baixo.</translation>
    </message>
    <message>
        <source>Priority index (0-1, quintiles)</source>
        <translation type="vanished">Índice de prioridade (0-1, quintis)</translation>
    </message>
    <message>
        <source>Chooses P new care facility sites among CANDIDATES (a point layer) or a regular grid (GRID_SPACING metres) over the demand. EXISTING facilities stay open and already cover.
OBJECTIVE: mclp = maximise the demand within THRESHOLD; pmedian = minimise the demand-weighted cost to the nearest open site (costs up to MAX_COST, default 3 x THRESHOLD; units reaching nothing count at MAX_COST, and cost before/after is NULL for them); capacitated = maximise the demand served within THRESHOLD when each new site serves at most its capacity.
SOLVER: greedy (fast; for mclp at least 63% = 1 - 1/e of the optimum, usually &gt; 97%) or exact (MILP with HiGHS, stopped after TIME_LIMIT seconds; the MIP gap is reported; cancelling takes effect when the solver returns, at the latest after TIME_LIMIT).
Outputs: the chosen sites with rank and gain (demand newly covered/served, or cost saved), the demand layer with coverage and cost before/after, and a before/after summary. A site that would add nothing (all demand within its reach already covered, served or as close) is never added: fewer than P sites are then placed, with a warning, and SITES_PLACED says how many.</source>
        <translation type="vanished">Escolhe P locais para novos equipamentos de cuidado entre CANDIDATES (uma camada de pontos) ou uma grade regular (GRID_SPACING metros) sobre a demanda. Os equipamentos EXISTING continuam abertos e já cobrem.
OBJECTIVE: mclp = maximizar a demanda dentro de THRESHOLD; pmedian = minimizar o custo ponderado pela demanda até o local aberto mais próximo (custos até MAX_COST, por padrão 3 x THRESHOLD; unidades que não alcançam nada contam com MAX_COST, e seu custo antes/depois é NULL); capacitated = maximizar a demanda atendida dentro de THRESHOLD quando cada novo local atende no máximo a sua capacidade.
SOLVER: greedy (rápido; para mclp pelo menos 63% = 1 - 1/e do ótimo, em geral &gt; 97%) ou exact (MILP com HiGHS, interrompido após TIME_LIMIT segundos; o gap MIP é informado; o cancelamento tem efeito quando o solver retorna, no máximo após TIME_LIMIT).
Saídas: os locais escolhidos com rank e gain (demanda recém-coberta/atendida, ou custo economizado), a camada de demanda com cobertura e custo antes/depois, e um resumo antes/depois. Um local que não acrescentaria nada (toda a demanda ao seu alcance já coberta, atendida ou igualmente próxima) nunca é adicionado: nesse caso são instalados menos de P locais, com um aviso, e SITES_PLACED informa quantos.</translation>
    </message>
    <message>
        <source>Layer of demand units, points or polygons (taken at their centroid). Typical: census blocks with children 0-5.</source>
        <translation type="vanished">Camada de unidades de demanda, pontos ou polígonos (tomados no centroide). Típico: setores censitários com crianças de 0-5 anos.</translation>
    </message>
    <message>
        <source>Optional numeric field with the people of each unit; empty = 1 per unit. Typical: children 0-5, or unmet from caremap:caregaps.</source>
        <translation type="vanished">Campo numérico opcional com as pessoas de cada unidade; vazio = 1 por unidade. Típico: crianças de 0-5 anos, ou unmet de caremap:caregaps.</translation>
    </message>
    <message>
        <source>Optional point layer of possible sites (e.g. public plots, schools, community halls); without it a grid of GRID_SPACING is used. Typical: the public land inventory.</source>
        <translation type="vanished">Camada opcional de pontos com os locais possíveis (p. ex. terrenos públicos, escolas, salões comunitários); sem ela é usada uma grade de GRID_SPACING. Típico: o inventário de terrenos públicos.</translation>
    </message>
    <message>
        <source>Spacing in metres of a regular grid of candidate sites over the demand, used when no CANDIDATES layer is given (0 = none). Typical: 250 m.</source>
        <translation type="vanished">Espaçamento em metros de uma grade regular de locais candidatos sobre a demanda, usada quando não é dada uma camada CANDIDATES (0 = nenhuma). Típico: 250 m.</translation>
    </message>
    <message>
        <source>Optional layer of facilities that stay open and already cover demand. Typical: the output of caremap:supplyinventory.</source>
        <translation type="vanished">Camada opcional de serviços que continuam abertos e já cobrem demanda. Típico: a saída de caremap:supplyinventory.</translation>
    </message>
    <message>
        <source>Number of new sites to choose. Typical: 3 to 10, the number the budget allows.</source>
        <translation type="vanished">Número de novos locais a escolher. Típico: 3 a 10, o número que o orçamento permite.</translation>
    </message>
    <message>
        <source>mclp = cover the most demand within THRESHOLD; pmedian = lowest demand-weighted cost; capacitated = serve the most demand within THRESHOLD with limited capacity per site. Typical: mclp.</source>
        <translation type="vanished">mclp = cobrir a maior demanda dentro de THRESHOLD; pmedian = menor custo ponderado pela demanda; capacitated = atender a maior demanda dentro de THRESHOLD com capacidade limitada por local. Típico: mclp.</translation>
    </message>
    <message>
        <source>greedy = fast, near-optimal; exact = MILP with HiGHS, stopped after TIME_LIMIT (the MIP gap is reported). Typical: greedy to explore, exact for the final plan.</source>
        <translation type="vanished">greedy = rápido, quase ótimo; exact = MILP com HiGHS, interrompido após TIME_LIMIT (a lacuna MIP é informada). Típico: greedy para explorar, exact para o plano final.</translation>
    </message>
    <message>
        <source>Coverage limit in COST_UNIT, inclusive: a unit is covered by a site within this cost. Typical: 15 minutes walking.</source>
        <translation type="vanished">Limite de cobertura em COST_UNIT, inclusive: uma unidade é coberta por um local dentro deste custo. Típico: 15 minutos a pé.</translation>
    </message>
    <message>
        <source>Cost limit in COST_UNIT for pmedian and for the cost before/after; units reaching nothing count at this cost (0 = 3 x THRESHOLD). Typical: 0.</source>
        <translation type="vanished">Limite de custo em COST_UNIT para pmedian e para o custo antes/depois; as unidades que não alcançam nada contam com este custo (0 = 3 x THRESHOLD). Típico: 0.</translation>
    </message>
    <message>
        <source>Places of each new site for OBJECTIVE=capacitated, when CANDIDATE_CAPACITY_FIELD is not given. Typical: 100 places.</source>
        <translation type="vanished">Vagas de cada novo local para OBJECTIVE=capacitated, quando CANDIDATE_CAPACITY_FIELD não é dado. Típico: 100 vagas.</translation>
    </message>
    <message>
        <source>Optional numeric field of CANDIDATES with the places each site could offer (OBJECTIVE=capacitated). Typical: empty.</source>
        <translation type="vanished">Campo numérico opcional de CANDIDATES com as vagas que cada local poderia oferecer (OBJECTIVE=capacitated). Típico: vazio.</translation>
    </message>
    <message>
        <source>Optional field of CANDIDATES with a unique id, copied to the chosen sites and used to join an OD_TABLE. Typical: the plot code.</source>
        <translation type="vanished">Campo opcional de CANDIDATES com um id único, copiado para os locais escolhidos e usado para juntar uma OD_TABLE. Típico: o código do terreno.</translation>
    </message>
    <message>
        <source>Optional numeric field of EXISTING with each facility&apos;s places for OBJECTIVE=capacitated; empty or NULL = unlimited. Typical: capacity_fde.</source>
        <translation type="vanished">Campo numérico opcional de EXISTING com as vagas de cada serviço para OBJECTIVE=capacitated; vazio ou NULL = ilimitado. Típico: capacity_fde.</translation>
    </message>
    <message>
        <source>Demand within THRESHOLD of an existing facility, before the new sites.</source>
        <translation type="vanished">Demanda dentro de THRESHOLD de um equipamento existente, antes dos novos locais.</translation>
    </message>
    <message>
        <source>Demand within THRESHOLD of an existing or new facility.</source>
        <translation type="vanished">Demanda dentro de THRESHOLD de um equipamento existente ou novo.</translation>
    </message>
    <message>
        <source>Demand-weighted mean cost to the nearest existing facility, in COST_UNIT; None when no demand reaches one.</source>
        <translation type="vanished">Custo médio ponderado pela demanda até o equipamento existente mais próximo, em COST_UNIT; None quando nenhuma demanda alcança um.</translation>
    </message>
    <message>
        <source>Demand-weighted mean cost to the nearest facility with the new sites, in COST_UNIT; None when no demand reaches one.</source>
        <translation type="vanished">Custo médio ponderado pela demanda até o equipamento mais próximo com os novos locais, em COST_UNIT; None quando nenhuma demanda alcança um.</translation>
    </message>
    <message>
        <source>Share (0 to 1) of the demand in care deserts (the Care Georeferencing rule with the siting costs and THRESHOLD) before the new sites; None when there is no demand.</source>
        <translation type="vanished">Proporção (0 a 1) da demanda em desertos de cuidado (a regra do Georreferenciamento do Cuidado com os custos da localização e THRESHOLD) antes dos novos locais; None quando não há demanda.</translation>
    </message>
    <message>
        <source>The solver&apos;s status: greedy, optimal, time_limit (the exact solver stopped at TIME_LIMIT; see MIP_GAP) or time_limit_heuristic.</source>
        <translation type="vanished">O status do solucionador: greedy, optimal, time_limit (o solucionador exato parou em TIME_LIMIT; veja MIP_GAP) ou time_limit_heuristic.</translation>
    </message>
    <message>
        <source>Grid spacing for candidates when no layer is given (m, 0 = none)</source>
        <translation type="vanished">Espaçamento da grade de candidatos quando não há camada (m, 0 = nenhuma)</translation>
    </message>
    <message>
        <source>Time limit of the exact solver (s)</source>
        <translation type="vanished">Tempo limite do resolvedor exato (s)</translation>
    </message>
    <message>
        <source>Cost limit for p-median and for cost before/after (in the cost unit; 0 = 3 x the coverage threshold)</source>
        <translation type="vanished">Limite de custo para p-mediana e para o custo antes/depois (na unidade de custo; 0 = 3 x o limiar de cobertura)</translation>
    </message>
    <message>
        <source>Capacity of each new site (capacitated)</source>
        <translation type="vanished">Capacidade de cada novo local (capacitated)</translation>
    </message>
    <message>
        <source>Candidate capacity field (capacitated)</source>
        <translation type="vanished">Campo de capacidade dos candidatos (capacitated)</translation>
    </message>
    <message>
        <source>Candidate id field</source>
        <translation type="vanished">Campo de id dos candidatos</translation>
    </message>
    <message>
        <source>Existing facilities&apos; capacity field (capacitated; empty/NULL = unlimited)</source>
        <translation type="vanished">Campo de capacidade dos equipamentos existentes (capacitated; vazio/NULL = ilimitada)</translation>
    </message>
    <message>
        <source>The coverage threshold is {0}: no demand unit could ever be covered. Set the coverage threshold (in the cost unit) above 0, e.g. 15 minutes.</source>
        <translation type="vanished">O limiar de cobertura é {0}: nenhuma unidade de demanda poderia ser coberta. Defina o limiar de cobertura (na unidade de custo) maior que 0, p. ex. 15 minutos.</translation>
    </message>
    <message>
        <source>{0} new sites are asked for ({1}) but {2} has only {3} candidate site(s): ask for fewer sites or give more candidates.</source>
        <translation type="vanished">Foram pedidos {0} novos locais ({1}), mas {2} tem apenas {3} local(is) candidato(s): peça menos locais ou forneça mais candidatos.</translation>
    </message>
    <message>
        <source>Capacity must be &gt; 0 for every candidate: {0} has {1} value(s) that are zero, negative or NULL.</source>
        <translation type="vanished">A capacidade deve ser &gt; 0 para todo candidato: {0} tem {1} valor(es) zero, negativo(s) ou NULL.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): the new sites&apos; layer holds NULL there.</source>
        <translation type="vanished">{0} valor(es) do campo &apos;{1}&apos; da camada {2} não são números finitos (NaN ou infinitos): a camada de novos locais guarda NULL ali.</translation>
    </message>
    <message>
        <source>Fewer sites suffice: {0} new site(s) placed instead of the {1} asked, because any further site would add nothing (no demand left that it would cover, serve or bring closer).</source>
        <translation type="vanished">Bastam menos locais: {0} novo(s) local(is) instalado(s) em vez dos {1} pedidos, porque qualquer local adicional não acrescentaria nada (não resta demanda que ele cobriria, atenderia ou aproximaria).</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

A kept record&apos;s missing capacity, hours or days are taken from the records merged into it (most trusted source first; capacity_imputed = 4). A capacity of 0 is a reported value, never imputed: such facilities are dropped (counted, reason capacity_zero in the rejected output) unless KEEP_ZERO_CAPACITY is checked. Other missing capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3); capacity_reported keeps the record&apos;s own value. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Junta camadas de equipamentos de cuidado de várias fontes (cadastros, pesquisas, mapeamentos colaborativos, OpenStreetMap) em um único inventário com os campos name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: um mapeamento por camada de entrada, na ordem das camadas, separados por &apos;|&apos;. Um mapeamento é uma lista separada por vírgulas de campo_esquema=campo_camada; um valor entre aspas é uma constante, p. ex. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Campos do esquema não mapeados são tomados de um campo da camada com o mesmo nome, quando existe. source assume por padrão o nome da camada. Uma tabela sem geometria (p. ex. um CSV) requer x=campo_lon,y=campo_lat (WGS84, salvo crs=&apos;EPSG:xxxx&apos;).

Limpeza: TYPE_WHITELIST (tipos de serviço separados por vírgulas; vazio mantém todos) e NAME_BLACKLIST (uma expressão regular buscada no nome, ignorando maiúsculas e acentos); as ocorrências de cada regra são registradas no log.

Remoção de duplicatas: registros a menos de DEDUP_DISTANCE metros cujos nomes normalizados (sem maiúsculas, acentos, pontuação e palavras comuns como &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) têm similaridade &gt;= NAME_THRESHOLD são fundidos; mantém-se o registro da fonte listada primeiro em SOURCE_PRIORITY e, em seguida, o mais completo. Ele recebe merged_sources e n_merged; os registros descartados vão para a saída opcional de rejeitados com duplicate_of.

A capacidade, as horas ou os dias que faltam a um registro mantido são tomados dos registros fundidos com ele (primeiro a fonte mais confiável; capacity_imputed = 4). Uma capacidade 0 é um valor informado, nunca imputado: esses equipamentos são descartados (contados, com o motivo capacity_zero na saída de rejeitados), a menos que KEEP_ZERO_CAPACITY esteja marcado. As demais capacidades ausentes são imputadas pela mediana do mesmo tipo de serviço (capacity_imputed = 1), ou de todos os equipamentos quando o tipo não tem nenhuma (= 2), ou por DEFAULT_CAPACITY quando nenhuma capacidade é conhecida (= 3); capacity_reported guarda o valor próprio do registro. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; horas e dias ausentes são lidos como 8 e 5 (contados no log).</translation>
    </message>
    <message>
        <source>Facility layers to merge (points, polygons or tables with coordinates), from registries, surveys, crowd maps or OpenStreetMap. Typical: the official registry and a crowd-mapped layer.</source>
        <translation type="vanished">Camadas de serviços a juntar (pontos, polígonos ou tabelas com coordenadas), de cadastros, pesquisas, mapeamentos colaborativos ou OpenStreetMap. Típico: o cadastro oficial e uma camada de mapeamento colaborativo.</translation>
    </message>
    <message>
        <source>One mapping per layer of INPUTS, in order, separated by &apos;|&apos;; each is schema_field=layer_field items separated by commas, a quoted value being a constant. Typical: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</source>
        <translation type="vanished">Um mapeamento por camada de INPUTS, em ordem, separados por &apos;|&apos;; cada um são itens campo_esquema=campo_camada separados por vírgulas, e um valor entre aspas é uma constante. Típico: name=nombre,capacity=cupos,sphere=&apos;community&apos;.</translation>
    </message>
    <message>
        <source>Smallest similarity (0-1) of the normalised names for two close records to be merged. Typical: 0.8.</source>
        <translation type="vanished">Similaridade mínima (0-1) dos nomes normalizados para juntar dois registros próximos. Típico: 0.8.</translation>
    </message>
    <message>
        <source>Places given to a facility when no capacity is known at all (0 = leave it at 0). Typical: 0, or the usual size of a care centre.</source>
        <translation type="vanished">Vagas atribuídas a um serviço quando nenhuma capacidade é conhecida (0 = deixar em 0). Típico: 0, ou o tamanho habitual de um centro de cuidado.</translation>
    </message>
    <message>
        <source>Keep facilities whose reported capacity is 0 (with 0 places) instead of dropping them; a 0 is never replaced by an imputed value. Typical: unchecked.</source>
        <translation type="vanished">Manter os equipamentos cuja capacidade informada é 0 (com 0 vagas) em vez de descartá-los; um 0 nunca é substituído por um valor imputado. Típico: desmarcado.</translation>
    </message>
    <message>
        <source>Optional: the records dropped by the cleaning rules or as duplicates (with duplicate_of), to check.</source>
        <translation type="vanished">Opcional: os registros descartados pelas regras de limpeza ou como duplicatas (com duplicate_of), para conferir.</translation>
    </message>
    <message>
        <source>Number of records merged into another as duplicates (listed in OUTPUT_REJECTED with duplicate_of).</source>
        <translation type="vanished">Número de registros mesclados a outro como duplicatas (listados em OUTPUT_REJECTED com duplicate_of).</translation>
    </message>
    <message>
        <source>Number of records dropped by the cleaning rules (type whitelist, name blacklist, zero capacity...).</source>
        <translation type="vanished">Número de registros descartados pelas regras de limpeza (lista de tipos permitidos, lista de nomes excluídos, capacidade zero...).</translation>
    </message>
    <message>
        <source>Layer {0}: {1} record(s).</source>
        <translation type="vanished">Camada {0}: {1} registro(s).</translation>
    </message>
    <message>
        <source>No record of layer(s) {0} has a location: map their coordinates (x=...,y=...) or choose layers with point or polygon geometry.</source>
        <translation type="vanished">Nenhum registro da(s) camada(s) {0} tem localização: mapeie suas coordenadas (x=...,y=...) ou escolha camadas com geometria de ponto ou polígono.</translation>
    </message>
    <message>
        <source>Type whitelist: {0} record(s) rejected; name blacklist: {1} hit(s).</source>
        <translation type="vanished">Lista de tipos permitidos: {0} registro(s) rejeitado(s); lista de nomes bloqueados: {1} ocorrência(s).</translation>
    </message>
    <message>
        <source>De-duplication: {0} candidate pair(s) within {1} m, {2} matched, {3} duplicate record(s) merged.</source>
        <translation type="vanished">Remoção de duplicatas: {0} par(es) candidato(s) a menos de {1} m, {2} correspondentes, {3} registro(s) duplicado(s) fundido(s).</translation>
    </message>
    <message>
        <source>Every record of layer(s) {0} was rejected by {1} or {2}: loosen those rules.</source>
        <translation type="vanished">Todos os registros da(s) camada(s) {0} foram rejeitados por {1} ou {2}: afrouxe essas regras.</translation>
    </message>
    <message>
        <source>{0}: {1} kept facilities took the value of a merged duplicate.</source>
        <translation type="vanished">{0}: {1} equipamentos mantidos receberam o valor de uma duplicata fundida.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) report a capacity of 0 ({1}): kept with 0 places, as asked.</source>
        <translation type="vanished">{0} equipamento(s) informam capacidade 0 ({1}): mantidos com 0 vagas, como pedido.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) report a capacity of 0 ({1}): dropped (see the rejected records, reason capacity_zero); check &apos;Keep facilities with a reported capacity of 0&apos; to keep them.</source>
        <translation type="vanished">{0} equipamento(s) informam capacidade 0 ({1}): descartados (veja os registros rejeitados, motivo capacity_zero); marque &apos;Manter equipamentos com capacidade informada de 0&apos; para mantê-los.</translation>
    </message>
    <message>
        <source>No known capacity for service type(s) {0}: their missing capacities were imputed from the median of all facilities.</source>
        <translation type="vanished">Sem capacidade conhecida para o(s) tipo(s) de serviço {0}: suas capacidades ausentes foram imputadas pela mediana de todos os equipamentos.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} facilit(y/ies) have no capacity in field &apos;{2}&apos; (NULL or not a finite number): an estimate was written instead (capacity_imputed 1 to 3). Fill in the capacities for exact figures.</source>
        <translation type="vanished">Camada {0}: {1} equipamento(s) não têm capacidade no campo &apos;{2}&apos; (NULL ou não é um número finito): foi gravada uma estimativa em seu lugar (capacity_imputed 1 a 3). Preencha as capacidades para ter números exatos.</translation>
    </message>
    <message>
        <source>Layer {0} has no capacity field: its {1} facilit(y/ies) got an estimated capacity (capacity_imputed 1 to 3). Map its capacity field (capacity=...) in {2} for exact figures.</source>
        <translation type="vanished">A camada {0} não tem campo de capacidade: seus {1} equipamento(s) receberam uma capacidade estimada (capacity_imputed 1 a 3). Mapeie seu campo de capacidade (capacity=...) em {2} para ter números exatos.</translation>
    </message>
    <message>
        <source>Hours of unpaid care work per unit from a time-use table (columns sex, age_band, weekly_hours: average weekly hours per person, e.g. from a national time-use survey) and population fields by sex and age band. Fields are matched to table rows by name (f_18_64 for sex f, band 18-64 or 18_64) or by BAND_FIELDS, e.g. &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.
Outputs per unit: weekly and yearly hours (x WEEKS_PER_YEAR), the women&apos;s share, the yearly replacement-cost value (hours x WAGE per hour), optionally the opportunity-cost value (hours x WAGE_WOMEN / WAGE_MEN) and the share of a local GDP.
With SERVICES: each service (places from SERVICE_CAPACITY_FIELD or PLACES) takes over places x hours open per week x SUBSTITUTION hours of household care a week, shared among the units within THRESHOLD in proportion to SERVICE_DEMAND_FIELD (default: the units&apos; unpaid hours).</source>
        <translation type="vanished">Horas de trabalho de cuidado não remunerado por unidade a partir de uma tabela de uso do tempo (colunas sex, age_band, weekly_hours: horas semanais médias por pessoa, p. ex. de uma pesquisa nacional de uso do tempo) e campos de população por sexo e faixa etária. Os campos são associados às linhas da tabela pelo nome (f_18_64 para o sexo f, faixa 18-64 ou 18_64) ou por BAND_FIELDS, p. ex. &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.
Saídas por unidade: horas semanais e anuais (x WEEKS_PER_YEAR), a parcela das mulheres, o valor anual pelo custo de reposição (horas x WAGE por hora), opcionalmente o valor pelo custo de oportunidade (horas x WAGE_WOMEN / WAGE_MEN) e a parcela de um PIB local.
Com SERVICES: cada serviço (vagas de SERVICE_CAPACITY_FIELD ou PLACES) assume vagas x horas de funcionamento por semana x SUBSTITUTION horas de cuidado domiciliar por semana, repartidas entre as unidades a até THRESHOLD em proporção a SERVICE_DEMAND_FIELD (por padrão: as horas não remuneradas das unidades).</translation>
    </message>
    <message>
        <source>Field of TIME_USE with the sex (e.g. f, m). Typical: sex.</source>
        <translation type="vanished">Campo de TIME_USE com o sexo (p. ex. f, m). Típico: sex.</translation>
    </message>
    <message>
        <source>Field of TIME_USE with the age band in years (e.g. 18-64). Typical: age_band.</source>
        <translation type="vanished">Campo de TIME_USE com a faixa etária em anos (p. ex. 18-64). Típico: age_band.</translation>
    </message>
    <message>
        <source>Numeric field of TIME_USE with the average weekly hours of unpaid care per person. Typical: weekly_hours.</source>
        <translation type="vanished">Campo numérico de TIME_USE com as horas semanais médias de cuidado não remunerado por pessoa. Típico: weekly_hours.</translation>
    </message>
    <message>
        <source>Which population field of INPUT holds each sex and band, as sex:band=field items separated by &apos;;&apos;; empty = matched by field name (f_18_64). Typical: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</source>
        <translation type="vanished">Qual campo de população de INPUT contém cada sexo e faixa, como itens sexo:faixa=campo separados por &apos;;&apos;; vazio = pareados pelo nome do campo (f_18_64). Típico: &apos;f:18-64=women_18_64; m:18-64=men_18_64&apos;.</translation>
    </message>
    <message>
        <source>Optional local GDP per year in the same currency as WAGE, to express the value as a share of GDP. Typical: the city&apos;s GDP.</source>
        <translation type="vanished">PIB local anual opcional, na mesma moeda de WAGE, para expressar o valor como proporção do PIB. Típico: o PIB da cidade.</translation>
    </message>
    <message>
        <source>Optional point layer of care services (existing or new sites) whose hours free household care time. Typical: the new sites of caremap:siting.</source>
        <translation type="vanished">Camada opcional de pontos de serviços de cuidado (existentes ou novos locais) cujas horas liberam tempo de cuidado nos domicílios. Típico: os novos locais de caremap:siting.</translation>
    </message>
    <message>
        <source>Optional numeric field of SERVICES with the places of each service; empty = PLACES for every service. Typical: capacity.</source>
        <translation type="vanished">Campo numérico opcional de SERVICES com as vagas de cada serviço; vazio = PLACES para todos os serviços. Típico: capacity.</translation>
    </message>
    <message>
        <source>Places of each service when SERVICE_CAPACITY_FIELD is empty. Typical: 50 places.</source>
        <translation type="vanished">Vagas de cada serviço quando SERVICE_CAPACITY_FIELD está vazio. Típico: 50 vagas.</translation>
    </message>
    <message>
        <source>Optional numeric field of SERVICES with the hours each service is open per week; empty = HOURS_OPEN. Typical: empty.</source>
        <translation type="vanished">Campo numérico opcional de SERVICES com as horas que cada serviço abre por semana; vazio = HOURS_OPEN. Típico: vazio.</translation>
    </message>
    <message>
        <source>Hours each service is open per week when SERVICE_HOURS_FIELD is empty. Typical: 40 hours (8 hours, 5 days).</source>
        <translation type="vanished">Horas que cada serviço abre por semana quando SERVICE_HOURS_FIELD está vazio. Típico: 40 horas (8 horas, 5 dias).</translation>
    </message>
    <message>
        <source>Optional numeric field of INPUT by which the hours freed by a service are shared among the units within THRESHOLD; empty = the units&apos; unpaid hours. Typical: children 0-5.</source>
        <translation type="vanished">Campo numérico opcional de INPUT pelo qual as horas liberadas por um serviço são repartidas entre as unidades dentro de THRESHOLD; vazio = as horas não remuneradas das unidades. Típico: crianças de 0-5 anos.</translation>
    </message>
    <message>
        <source>Reach of a service in COST_UNIT, inclusive: only units within it share its freed hours. Typical: 15 minutes walking.</source>
        <translation type="vanished">Alcance de um serviço em COST_UNIT, inclusive: só as unidades dentro dele repartem suas horas liberadas. Típico: 15 minutos a pé.</translation>
    </message>
    <message>
        <source>Unpaid care hours per year in all units (weekly hours x WEEKS_PER_YEAR).</source>
        <translation type="vanished">Horas de cuidado não remunerado por ano em todas as unidades (horas semanais x WEEKS_PER_YEAR).</translation>
    </message>
    <message>
        <source>Value per year at the wages the carers would earn (WAGE_WOMEN, WAGE_MEN); None without them.</source>
        <translation type="vanished">Valor anual aos salários que as pessoas cuidadoras ganhariam (WAGE_WOMEN, WAGE_MEN); None sem eles.</translation>
    </message>
    <message>
        <source>Hours of unpaid care per week the SERVICES would free; None without SERVICES.</source>
        <translation type="vanished">Horas de cuidado não remunerado por semana que os SERVICES liberariam; None sem SERVICES.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have a NULL (or non-finite) population in {2}: their hours and values are NULL and they are left out of the totals.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} têm população NULL (ou não finita) em {2}: suas horas e valores são NULL e ficam fora dos totais.</translation>
    </message>
    <message>
        <source>{0} service(s) of layer {1} have a NULL (or non-finite) &apos;{2}&apos;: they free no hours.</source>
        <translation type="vanished">{0} serviço(s) da camada {1} têm &apos;{2}&apos; NULL (ou não finito): não liberam nenhuma hora.</translation>
    </message>
    <message>
        <source>{0} is {1:g}: no unit could share the hours a service frees. Set it above 0, e.g. 15 minutes.</source>
        <translation type="vanished">{0} é {1:g}: nenhuma unidade poderia compartilhar as horas que um serviço libera. Defina um valor maior que 0, p. ex. 15 minutos.</translation>
    </message>
    <message>
        <source>How travel costs between demand and facilities are measured: straight (straight-line distance, times DETOUR), network (shortest paths on the NETWORK line layer) or table (an OD_TABLE from another tool). Typical: network for walking to childcare; straight for a first look.</source>
        <translation type="vanished">Como são medidos os custos de deslocamento entre a demanda e os serviços: straight (distância em linha reta, vezes DETOUR), network (caminhos mais curtos na camada de linhas NETWORK) ou table (uma OD_TABLE de outra ferramenta). Típico: network para ir a pé até a creche; straight para uma primeira análise.</translation>
    </message>
    <message>
        <source>Road or footpath line layer used when COST_MODE=network; lines connect where they share a vertex (ends or interior). Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Camada de linhas de ruas ou caminhos usada quando COST_MODE=network; as linhas se conectam onde compartilham um vértice (extremidades ou vértices internos). Típico: as ruas do OpenStreetMap da cidade.</translation>
    </message>
    <message>
        <source>Travel speed in km/h, used to turn metres into minutes and for roads without a speed. Typical: 5.04 km/h walking, 15 km/h cycling, 30 km/h by car in town.</source>
        <translation type="vanished">Velocidade de deslocamento em km/h, usada para converter metros em minutos e para as vias sem velocidade. Típico: 5.04 km/h a pé, 15 km/h de bicicleta, 30 km/h de carro na cidade.</translation>
    </message>
    <message>
        <source>Optional numeric field of NETWORK with the speed of each road in km/h; roads with no valid speed use SPEED. Typical: empty for walking, maxspeed for driving.</source>
        <translation type="vanished">Campo numérico opcional de NETWORK com a velocidade de cada via em km/h; as vias sem velocidade válida usam SPEED. Típico: vazio para caminhada, maxspeed para carro.</translation>
    </message>
    <message>
        <source>Optional field of NETWORK marking one-way roads: 1/yes = only in the digitised direction, -1 = only in reverse, other values = both ways. Ignored when walking. Typical: oneway (OpenStreetMap).</source>
        <translation type="vanished">Campo opcional de NETWORK que marca as vias de mão única: 1/yes = só no sentido de digitalização, -1 = só no sentido inverso, outros valores = mão dupla. Ignorado na caminhada. Típico: oneway (OpenStreetMap).</translation>
    </message>
    <message>
        <source>Optional field of NETWORK with the road class, used with SPEED_TABLE to give each class its speed where SPEED_FIELD gives none. Typical: highway (OpenStreetMap).</source>
        <translation type="vanished">Campo opcional de NETWORK com a classe da via, usado com SPEED_TABLE para dar a cada classe sua velocidade onde SPEED_FIELD não a dá. Típico: highway (OpenStreetMap).</translation>
    </message>
    <message>
        <source>Speed in km/h per road class of SPEED_CLASS_FIELD, as class:speed items separated by commas. Typical: &apos;primary:50,residential:30,footway:5&apos;.</source>
        <translation type="vanished">Velocidade em km/h por classe de via de SPEED_CLASS_FIELD, como itens classe:velocidade separados por vírgulas. Típico: &apos;primary:50,residential:30,footway:5&apos;.</translation>
    </message>
    <message>
        <source>Origin-destination cost table used when COST_MODE=table, one row per demand unit and facility pair (e.g. from ORS Tools, QNEAT3, r5py or OSRM); pairs not in the table are out of reach. Needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD. Typical: walking times from ORS Tools.</source>
        <translation type="vanished">Tabela de custos origem-destino usada quando COST_MODE=table, uma linha por par de unidade de demanda e serviço (p. ex. do ORS Tools, QNEAT3, r5py ou OSRM); os pares fora da tabela ficam fora de alcance. Requer DEMAND_ID_FIELD e SUPPLY_ID_FIELD. Típico: tempos a pé do ORS Tools.</translation>
    </message>
    <message>
        <source>Field of OD_TABLE holding the demand unit id (matched with DEMAND_ID_FIELD). Typical: origin_id.</source>
        <translation type="vanished">Campo da OD_TABLE com o id da unidade de demanda (pareado com DEMAND_ID_FIELD). Típico: origin_id.</translation>
    </message>
    <message>
        <source>Field of OD_TABLE holding the facility id (matched with SUPPLY_ID_FIELD). Typical: destination_id.</source>
        <translation type="vanished">Campo da OD_TABLE com o id do serviço (pareado com SUPPLY_ID_FIELD). Típico: destination_id.</translation>
    </message>
    <message>
        <source>Numeric field of OD_TABLE with the travel cost of each pair, already in COST_UNIT. Typical: travel time in minutes.</source>
        <translation type="vanished">Campo numérico da OD_TABLE com o custo de deslocamento de cada par, já em COST_UNIT. Típico: tempo de viagem em minutos.</translation>
    </message>
    <message>
        <source>Unit of costs and thresholds: meters or minutes (minutes = metres / SPEED). Typical: minutes.</source>
        <translation type="vanished">Unidade dos custos e limiares: meters ou minutes (minutos = metros / SPEED). Típico: minutes.</translation>
    </message>
    <message>
        <source>For straight-line costs, the factor by which real routes are longer than the straight line (network distance / straight distance, at least 1). Typical: 1.3 in a city grid.</source>
        <translation type="vanished">Para custos em linha reta, o fator pelo qual as rotas reais são mais longas que a linha reta (distância pela rede / distância reta, no mínimo 1). Típico: 1.3 em uma malha urbana.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a point to the road network: a point joins the nearest point of the nearest street (of a part of the network holding at least 5% of the length of the largest part; smaller disconnected pieces are never joined), and the walk to it is counted. Points farther away reach nothing by network and are flagged (off_network). Typical: 500 m.</source>
        <translation type="vanished">Distância máxima em metros de um ponto à rede viária: um ponto se liga ao ponto mais próximo da rua mais próxima (de uma parte da rede que contenha pelo menos 5% do comprimento da maior parte; pedaços desconectados menores nunca são ligados), e a caminhada até ela é contada. Os pontos mais distantes não alcançam nada pela rede e são sinalizados (off_network). Típico: 500 m.</translation>
    </message>
    <message>
        <source>Road lines join only where they share a vertex (0, the default), so a bridge never joins the street it crosses. A value above 0 also joins vertices closer than this many metres, for a layer digitised without snapping. Typical: 0 (OpenStreetMap or caremap:osmnetwork).</source>
        <translation type="vanished">As linhas viárias só se unem onde compartilham um vértice (0, o padrão), de modo que uma ponte nunca se une à rua que cruza. Um valor acima de 0 também une vértices mais próximos que esse número de metros, para uma camada digitalizada sem aderência (snapping). Típico: 0 (OpenStreetMap ou caremap:osmnetwork).</translation>
    </message>
    <message>
        <source>Field of the demand layer with a unique id, used only with COST_MODE=table to join OD_ORIGIN_FIELD. Typical: the census block code.</source>
        <translation type="vanished">Campo da camada de demanda com um id único, usado só com COST_MODE=table para juntar OD_ORIGIN_FIELD. Típico: o código do setor censitário.</translation>
    </message>
    <message>
        <source>Field of the facility layer with a unique id, used only with COST_MODE=table to join OD_DEST_FIELD. Typical: the registry code of the facility.</source>
        <translation type="vanished">Campo da camada de serviços com um id único, usado só com COST_MODE=table para juntar OD_DEST_FIELD. Típico: o código de cadastro do serviço.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts. When the units have no district field (DISTRICT_FIELD empty), each unit gets the district its point on surface lies in (a point on a shared border goes to the district east of it, or north of an east-west border; units in no district get NULL, counted in a warning) and the output units carry it as the field district. It also receives the per-district summary to map it (OUTPUT_DISTRICTS). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Camada opcional de polígonos de distritos. Quando as unidades não têm campo de distrito (DISTRICT_FIELD vazio), cada unidade recebe o distrito em que está o seu ponto na superfície (um ponto sobre uma divisa compartilhada vai para o distrito a leste dela, ou ao norte de uma divisa leste-oeste; unidades fora de todo distrito recebem NULL, contadas em um aviso) e as unidades de saída o levam como o campo district. Ela também recebe o resumo por distrito, para mapeá-lo (OUTPUT_DISTRICTS). Típico: as regiões administrativas ou bairros da cidade.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names: the names given to the units by location, or matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: the locality name.</source>
        <translation type="vanished">Campo de DISTRICT_LAYER com os nomes dos distritos: os nomes dados às unidades por localização, ou pareados com os valores de DISTRICT_FIELD; vazio = um campo com o mesmo nome de DISTRICT_FIELD. Típico: o nome da subprefeitura.</translation>
    </message>
    <message>
        <source>Optional: the per-district summary written onto the DISTRICT_LAYER polygons, to map it.</source>
        <translation type="vanished">Opcional: o resumo por distrito escrito sobre os polígonos de DISTRICT_LAYER, para mapeá-lo.</translation>
    </message>
    <message>
        <source>Choices: {0}.</source>
        <translation type="vanished">Opções: {0}.</translation>
    </message>
    <message>
        <source>Cost: straight line, road network or OD table</source>
        <translation type="vanished">Custo: linha reta, rede viária ou tabela OD</translation>
    </message>
    <message>
        <source>Road network (lines), when costs are by road network</source>
        <translation type="vanished">Rede viária (linhas), quando os custos são pela rede viária</translation>
    </message>
    <message>
        <source>One-way field of the network (1/yes = digitised direction, -1 = reverse)</source>
        <translation type="vanished">Campo de mão única da rede (1/yes = sentido de digitalização, -1 = inverso)</translation>
    </message>
    <message>
        <source>Origin-destination cost table, when costs come from a table</source>
        <translation type="vanished">Tabela de custos origem-destino, quando os custos vêm de uma tabela</translation>
    </message>
    <message>
        <source>OD table: origin (demand id) field</source>
        <translation type="vanished">Tabela OD: campo de origem (id da demanda)</translation>
    </message>
    <message>
        <source>OD table: destination (facility id) field</source>
        <translation type="vanished">Tabela OD: campo de destino (id do equipamento)</translation>
    </message>
    <message>
        <source>OD table: cost field</source>
        <translation type="vanished">Tabela OD: campo de custo</translation>
    </message>
    <message>
        <source>Straight line: detour factor (network / straight distance)</source>
        <translation type="vanished">Linha reta: fator de desvio (distância na rede / distância reta)</translation>
    </message>
    <message>
        <source>Network: largest distance from a point to the network (m)</source>
        <translation type="vanished">Rede: distância máxima de um ponto até a rede (m)</translation>
    </message>
    <message>
        <source>Network: join line ends closer than (m; 0 = only lines that share a vertex)</source>
        <translation type="vanished">Rede: unir extremidades de linhas mais próximas que (m; 0 = só linhas que compartilham um vértice)</translation>
    </message>
    <message>
        <source>Search limit of the cost to the nearest facility (in the cost unit; 0 = automatic)</source>
        <translation type="vanished">Limite de busca do custo até o equipamento mais próximo (na unidade de custo; 0 = automático)</translation>
    </message>
    <message>
        <source>Road class field of the network (e.g. highway)</source>
        <translation type="vanished">Campo de classe de via da rede (p. ex. highway)</translation>
    </message>
    <message>
        <source>Speed per road class, km/h (e.g. &apos;primary:50,residential:30,footway:5&apos;)</source>
        <translation type="vanished">Velocidade por classe de via, km/h (p. ex. &apos;primary:50,residential:30,footway:5&apos;)</translation>
    </message>
    <message>
        <source>demand unit(s)</source>
        <translation type="vanished">unidade(s) de demanda</translation>
    </message>
    <message>
        <source>facilit(y/ies)</source>
        <translation type="vanished">equipamento(s)</translation>
    </message>
    <message>
        <source>The road network {0} has {1} disconnected parts: {2} demand point(s) and {3} facilit(y/ies) are outside the largest one.</source>
        <translation type="vanished">A rede viária {0} tem {1} partes desconectadas: {2} ponto(s) de demanda e {3} equipamento(s) ficam fora da maior.</translation>
    </message>
    <message>
        <source>OD table {0}: {1} row(s) with an origin not in the demand ids, {2} with a destination not in the facility ids, {3} with a NULL cost were skipped.</source>
        <translation type="vanished">Tabela OD {0}: foram ignoradas {1} linha(s) com origem fora dos ids de demanda, {2} com destino fora dos ids de equipamentos e {3} com custo NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} NULL id(s): give every feature an id, or choose another field in {3}.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem {2} id(s) NULL: dê um id a cada feição, ou escolha outro campo em {3}.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} feature(s) have a cost in &apos;{2}&apos; but &apos;{3}&apos; is &apos;{4}&apos; instead of &apos;minutes&apos; or &apos;meters&apos;. Correct &apos;{3}&apos;, or compute the costs again with caremap:accessibility.</source>
        <translation type="vanished">Camada {0}: {1} feição(ões) têm um custo em &apos;{2}&apos;, mas &apos;{3}&apos; é &apos;{4}&apos; em vez de &apos;minutes&apos; ou &apos;meters&apos;. Corrija &apos;{3}&apos;, ou calcule os custos novamente com caremap:accessibility.</translation>
    </message>
    <message>
        <source>Layer {0}: {1} feature(s) have &apos;{2}&apos; in metres and no speed in &apos;{3}&apos;, so it cannot be read as minutes. Fill &apos;{3}&apos; with the travel speed in km/h, or compute the costs again with the cost unit in minutes.</source>
        <translation type="vanished">Camada {0}: {1} feição(ões) têm &apos;{2}&apos; em metros e nenhuma velocidade em &apos;{3}&apos;, então o custo não pode ser lido como minutos. Preencha &apos;{3}&apos; com a velocidade de deslocamento em km/h, ou calcule os custos novamente com a unidade de custo em minutos.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: {2} cost(s) in metres converted to minutes at their speed ({3}).</source>
        <translation type="vanished">Campo &apos;{0}&apos; da camada {1}: {2} custo(s) em metros convertido(s) para minutos à sua velocidade ({3}).</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not numbers (e.g. &apos;{3}&apos;): they are read as NULL.</source>
        <translation type="vanished">{0} valor(es) do campo &apos;{1}&apos; da camada {2} não são números (p. ex. &apos;{3}&apos;): são lidos como NULL.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): they are read as NULL.</source>
        <translation type="vanished">{0} valor(es) do campo &apos;{1}&apos; da camada {2} não são números finitos (NaN ou infinitos): são lidos como NULL.</translation>
    </message>
    <message>
        <source>{0} feature(s) of layer {1} have no geometry: they were skipped and get NULL results.</source>
        <translation type="vanished">{0} feição(ões) da camada {1} não têm geometria: foram ignoradas e recebem resultados NULL.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} are invalid (e.g. self-intersecting): they were repaired (Make Valid) and their area is that of the repaired polygon. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation type="vanished">{0} polígono(s) da camada {1} são inválidos (p. ex. com autointerseção): foram reparados (Make Valid) e sua área é a do polígono reparado. Verifique-os com Vetor &gt; Ferramentas de Geometria &gt; Verificar Validade.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} have no area (even after repair): their area is NULL, so no density is computed for them.</source>
        <translation type="vanished">{0} polígono(s) da camada {1} não têm área (mesmo após o reparo): sua área é NULL, então nenhuma densidade é calculada para eles.</translation>
    </message>
    <message>
        <source>{0} polygon(s) of layer {1} are invalid (e.g. self-intersecting): their repaired outline (Make Valid) is used. Check them with Vector &gt; Geometry Tools &gt; Check Validity.</source>
        <translation type="vanished">{0} polígono(s) da camada {1} são inválidos (p. ex. com autointerseção): é usado seu contorno reparado (Make Valid). Verifique-os com Vetor &gt; Ferramentas de Geometria &gt; Verificar Validade.</translation>
    </message>
    <message>
        <source>{0} value(s) of field &apos;{1}&apos; of layer {2} are not finite numbers (NaN or infinite): the output holds NULL there.</source>
        <translation type="vanished">{0} valor(es) do campo &apos;{1}&apos; da camada {2} não são números finitos (NaN ou infinitos): a saída contém NULL nesses casos.</translation>
    </message>
    <message>
        <source>{0} road(s) of layer {1} have no valid speed: {2} km/h used.</source>
        <translation type="vanished">{0} via(s) da camada {1} sem velocidade válida: usados {2} km/h.</translation>
    </message>
    <message>
        <source>Network {0}: {1} nodes, {2} edges, {3} connected component(s), the largest with {4:.1%} of the length; points join the {5} component(s) with at least {6:.0%} of its length.</source>
        <translation type="vanished">Rede {0}: {1} nós, {2} arestas, {3} componente(s) conexo(s), o maior com {4:.1%} do comprimento; os pontos se ligam ao(s) {5} componente(s) com pelo menos {6:.0%} do comprimento do maior.</translation>
    </message>
    <message>
        <source>{0} {1} of layer {2} are farther than {3:g} m from the road network: they reach nothing by road. Move them onto the network, add the missing roads, or raise {4}.</source>
        <translation type="vanished">{0} {1} da camada {2} estão a mais de {3:g} m da rede viária: não alcançam nada pelas vias. Mova-os para a rede, acrescente as vias que faltam ou aumente {4}.</translation>
    </message>
    <message>
        <source> {0} of them are near a small piece of road that is not connected to the network (not used: connect it, or delete it).</source>
        <translation type="vanished"> {0} deles estão perto de um pequeno trecho de via que não está conectado à rede (não usado: conecte-o ou exclua-o).</translation>
    </message>
    <message>
        <source>Off the road network, feature id(s) of layer {0}: {1}{2}</source>
        <translation type="vanished">Fora da rede viária, id(s) de feição da camada {0}: {1}{2}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s) (e.g. {3}); counts, populations and capacities must be 0 or more. Correct or filter those features.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem {2} valor(es) negativo(s) (p. ex. {3}); contagens, populações e capacidades devem ser 0 ou mais. Corrija ou filtre essas feições.</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos; of layer {1} has {2} NULL value(s); fill or filter them first.</source>
        <translation type="vanished">O campo de distrito &apos;{0}&apos; da camada {1} tem {2} valor(es) NULL; preencha-os ou filtre-os antes.</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos; of layer {1}: {2} unit(s) with NULL district are left out of the district summary.</source>
        <translation type="vanished">Campo de distrito &apos;{0}&apos; da camada {1}: {2} unidade(s) com distrito NULL ficam fora do resumo por distrito.</translation>
    </message>
    <message>
        <source>Districts by location: {0} of {1} unit(s) of layer {2} lie in a polygon of layer {3} (names from &apos;{4}&apos;).</source>
        <translation type="vanished">Distritos por localização: {0} de {1} unidade(s) da camada {2} estão em um polígono da camada {3} (nomes de &apos;{4}&apos;).</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in a polygon of layer {2} with no name (NULL) in &apos;{3}&apos;: their district is NULL. Fill the names of those polygons.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} estão em um polígono da camada {2} sem nome (NULL) em &apos;{3}&apos;: seu distrito é NULL. Preencha os nomes desses polígonos.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in more than one polygon of layer {2} (overlapping districts): each was given the first of them in the layer&apos;s order. Fix the overlaps to choose.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} estão em mais de um polígono da camada {2} (distritos sobrepostos): cada uma recebeu o primeiro deles na ordem da camada. Corrija as sobreposições para escolher.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie exactly on the outer boundary of layer {2}: given the district whose boundary they are on.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} estão exatamente sobre o limite externo da camada {2}: receberam o distrito em cujo limite estão.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} have no district: they lie in no polygon of layer {2} (or in one without a name). Extend the district polygons to cover them, or filter those units out first.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não têm distrito: não estão em nenhum polígono da camada {2} (ou estão em um sem nome). Estenda os polígonos de distritos para cobri-las, ou filtre essas unidades antes.</translation>
    </message>
    <message>
        <source>{0} unit(s) of layer {1} lie in no polygon of layer {2} (or in one without a name): their district is NULL and they are left out of the district summary.</source>
        <translation type="vanished">{0} unidade(s) da camada {1} não estão em nenhum polígono da camada {2} (ou estão em um sem nome): seu distrito é NULL e elas ficam fora do resumo por distrito.</translation>
    </message>
    <message>
        <source>Edge of the study area: on the {0} side(s) the facilities of layer {1} stop less than {2:,.0f} m (the straight-line reach of the catchment threshold) beyond the units of layer {3}, so facilities just outside the area may be missing. {4} unit(s) with {5:,.0f} of demand lie within {2:,.0f} m of those sides and may look worse served than they are. Add the facilities around the area (e.g. a wider extract) to be sure.</source>
        <translation type="vanished">Borda da área de estudo: no(s) lado(s) {0}, os equipamentos da camada {1} terminam a menos de {2:.0f} m (o alcance em linha reta do limiar da área de influência) além das unidades da camada {3}, então podem estar faltando equipamentos logo fora da área. {4} unidade(s) com {5:.0f} de demanda estão a menos de {2:.0f} m desses lados e podem parecer pior atendidas do que são. Acrescente os equipamentos ao redor da área (p. ex. um extrato mais amplo) para ter certeza.</translation>
    </message>
    <message>
        <source>District summary (polygons)</source>
        <translation type="vanished">Resumo por distrito (polígonos)</translation>
    </message>
    <message>
        <source>District(s) not found in the district polygons of layer {0}: {1}</source>
        <translation type="vanished">Distrito(s) não encontrado(s) nos polígonos de distritos da camada {0}: {1}</translation>
    </message>
    <message>
        <source>{0} unit(s) have no value in the demand field ({1}) and are left out of every figure.</source>
        <translation type="vanished">{0} unidade(s) não têm valor no campo de demanda ({1}) e ficam fora de todos os números.</translation>
    </message>
    <message>
        <source>{0} unit(s) with {1} {2} cannot reach any facility within the search limit (no cost was computed for them).</source>
        <translation type="vanished">{0} unidade(s) com {1} {2} não alcançam nenhum equipamento dentro do limite de busca (nenhum custo foi calculado para elas).</translation>
    </message>
    <message>
        <source>{0} district(s) hold {1} {2}: {3}.</source>
        <translation type="vanished">{0} distrito(s) concentram {1} {2}: {3}.</translation>
    </message>
    <message>
        <source>map</source>
        <translation type="vanished">mapa</translation>
    </message>
    <message>
        <source>Report written by CareMap on {0} from layer {1}.</source>
        <translation type="vanished">Relatório gerado pelo CareMap em {0} a partir da camada {1}.</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation type="vanished">Camada de origem</translation>
    </message>
    <message>
        <source>{0} holds {1} mappings separated by &apos;|&apos; but {2} facility layers were chosen: give one mapping per layer, in the order of the layers, or a single mapping for all of them.</source>
        <translation type="vanished">{0} contém {1} mapeamentos separados por &apos;|&apos;, mas foram escolhidas {2} camadas de equipamentos: informe um mapeamento por camada, na ordem das camadas, ou um único mapeamento para todas elas.</translation>
    </message>
    <message>
        <source>{0} row(s) of layer {1} have no coordinates: skipped.</source>
        <translation type="vanished">{0} linha(s) da camada {1} não têm coordenadas: ignoradas.</translation>
    </message>
    <message>
        <source>Lorenz curve of access — Gini {0}, Palma {1}</source>
        <translation type="vanished">Curva de Lorenz do acesso — Gini {0}, Palma {1}</translation>
    </message>
    <message>
        <source>Lorenz</source>
        <translation type="vanished">Curva de Lorenz</translation>
    </message>
    <message>
        <source>No CareMap result selected.</source>
        <translation type="vanished">Nenhum resultado do CareMap selecionado.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no value in {1} and are left out of the figures.</source>
        <translation type="vanished">{0} unidade(s) não têm valor em {1} e ficam fora dos números.</translation>
    </message>
    <message>
        <source>{0} unit(s) ({1} people) cannot reach any facility within the search limit.</source>
        <translation type="vanished">{0} unidade(s) ({1} pessoas) não alcançam nenhum equipamento dentro do limite de busca.</translation>
    </message>
    <message>
        <source>The demand units with cost_before, cost_after, covered_before, covered_after, newly_covered and new_site_rank.</source>
        <translation type="vanished">As unidades de demanda com cost_before, cost_after, covered_before, covered_after, newly_covered e new_site_rank.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} must hold numbers: row {2} holds &apos;{3}&apos;.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} deve conter números: a linha {2} contém &apos;{3}&apos;.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: {2} value(s) are not finite numbers (inf, nan): read as NULL.</source>
        <translation type="vanished">Campo &apos;{0}&apos; da camada {1}: {2} valor(es) não são números finitos (inf, nan): lidos como NULL.</translation>
    </message>
    <message>
        <source>cost_nearest mixes units ({0}): the coverage figures are not shown. Re-run Accessibility.</source>
        <translation type="vanished">cost_nearest mistura unidades ({0}): os números de cobertura não são exibidos. Execute novamente a Acessibilidade.</translation>
    </message>
    <message>
        <source>cost_nearest is in {0} and the layer has no speed (cost_speed_kmh) to turn it into minutes: the coverage figures are not shown. Re-run Accessibility with a speed, or fill cost_speed_kmh.</source>
        <translation type="vanished">cost_nearest está em {0} e a camada não tem velocidade (cost_speed_kmh) para convertê-lo em minutos: os números de cobertura não são exibidos. Execute novamente a Acessibilidade com uma velocidade, ou preencha cost_speed_kmh.</translation>
    </message>
    <message>
        <source>The chosen new sites, with their rank and gain (demand newly covered or served, or cost saved).</source>
        <translation type="vanished">Os novos locais escolhidos, com sua ordem (rank) e seu ganho (gain: demanda recém-coberta ou atendida, ou custo economizado).</translation>
    </message>
    <message>
        <source>Runs the care map in one run (caremap:carepipeline) for every municipality of a layer, in one call. Municipalities come from a field of the units (MUNICIPALITY_FIELD), or from a polygon layer of boundaries (MUNICIPALITY_LAYER: each unit goes to the polygon its point on surface lies in, the rule of districts by location). Each municipality&apos;s run gets only its own units and, with CLIP_FACILITIES, only the facilities inside it or within FACILITY_BUFFER metres of it (its boundary polygon, or its units&apos; polygons), so facilities just across the border that its people also use can count. Each run has its own processing context and its own files, so no municipality reads another&apos;s data: one GeoPackage per municipality in OUTPUT_FOLDER (tables inventory, units, supply, districts; and &lt;name&gt;.html when WRITE_REPORT is checked). OUTPUT_SUMMARY has one row per municipality: its name, status (ok or failed) and message, units, facilities given, demand, the key figures of its units (places within reach, mean access = places per person, share within the threshold, people in care deserts, people without a place) and every figure the pipeline returns (share covered, desert share, unmet ...), its GeoPackage and the run&apos;s parameters (JSON). A municipality that fails is recorded in its row and the others go on; a warning counts the failures. Progress and cancel cover the whole batch. Municipalities run one after another: Processing runs an algorithm and its children in one thread, and a process per municipality would pay QGIS&apos;s start-up (about 1.5 s, more than a municipality&apos;s run) and need its inputs written to files; for parallel runs, start several qgis_process calls of this algorithm, each on a part of the units (a subset of the layer, e.g. &apos;blocks.gpkg|layername=blocks|subset=region=1&apos;) and its own OUTPUT_FOLDER.

The other parameters are those of caremap:carepipeline, applied to every municipality.</source>
        <translation type="vanished">Executa o mapa do cuidado completo (caremap:carepipeline) para cada município de uma camada, em uma única chamada. Os municípios vêm de um campo das unidades (MUNICIPALITY_FIELD) ou de uma camada de polígonos de limites (MUNICIPALITY_LAYER: cada unidade vai para o polígono em que está o seu ponto na superfície, a mesma regra dos distritos por localização). A execução de cada município recebe apenas as suas próprias unidades e, com CLIP_FACILITIES, apenas os equipamentos dentro dele ou a até FACILITY_BUFFER metros dele (do seu polígono de limite, ou dos polígonos das suas unidades), de modo que equipamentos logo do outro lado da divisa que a sua população também usa possam contar. Cada execução tem o seu próprio contexto de processamento e os seus próprios arquivos, de modo que nenhum município lê os dados de outro: um GeoPackage por município em OUTPUT_FOLDER (tabelas inventory, units, supply, districts; e &lt;name&gt;.html quando WRITE_REPORT está marcado). OUTPUT_SUMMARY tem uma linha por município: o seu nome, status (ok ou failed) e mensagem, unidades, equipamentos recebidos, demanda, os números-chave das suas unidades (vagas ao alcance, acesso médio = vagas por pessoa, proporção dentro do limiar, pessoas em desertos de cuidado, pessoas sem vaga) e todos os números que a cadeia retorna (proporção coberta, proporção em desertos, demanda não atendida ...), o seu GeoPackage e os parâmetros da execução (JSON). Um município que falha é registrado na sua linha e os demais continuam; um aviso conta as falhas. O progresso e o cancelamento abrangem o lote inteiro. Os municípios são executados um após o outro: o Processing executa um algoritmo e seus filhos em uma única thread, e um processo por município pagaria a inicialização do QGIS (cerca de 1,5 s, mais do que a execução de um município) e exigiria gravar as suas entradas em arquivos; para execuções em paralelo, inicie várias chamadas qgis_process deste algoritmo, cada uma sobre uma parte das unidades (um subconjunto da camada, p. ex. &apos;blocks.gpkg|layername=blocks|subset=region=1&apos;) e com o seu próprio OUTPUT_FOLDER.

Os demais parâmetros são os de caremap:carepipeline, aplicados a cada município.</translation>
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
        <translation type="vanished">Quanto cuidado cada unidade de demanda consegue alcançar.

Custos (COST_MODE): &apos;straight&apos; = distância em linha reta (opcionalmente multiplicada por um fator de desvio); &apos;network&apos; = caminhos mais curtos sobre uma camada de linhas viárias (velocidade de SPEED_FIELD ou SPEED, mão única de ONEWAY_FIELD exceto a pé; os pontos se ligam ao nó da rede mais próximo por uma caminhada em linha reta); &apos;table&apos; = uma tabela origem-destino (p. ex. do ORS Tools, QNEAT3, r5py, OSRM) unida por DEMAND_ID_FIELD e SUPPLY_ID_FIELD, na sua própria unidade. COST_UNIT meters ou minutes (minutos = metros / SPEED).

THRESHOLD: o limite da área de influência em COST_UNIT, inclusivo (0 = sem limite, apenas para métodos com decaimento). Um equipamento com capacidade 0 não oferece nenhuma vaga: não cobre ninguém.

cost_nearest é o custo até o equipamento mais próximo (com capacidade &gt; 0), esteja ele ou não dentro de THRESHOLD, buscado até SEARCH_LIMIT (avançado; 0 = automático: o maior entre 4 x THRESHOLD e 60 minutos ou 5.000 m); só é NULL onde nenhum equipamento está dentro do limite de busca. n_reachable e covered ficam restritos a THRESHOLD. Os campos cost_unit (&apos;minutes&apos; ou &apos;meters&apos;) e cost_speed_kmh (a SPEED usada; NULL para uma tabela OD) indicam em que unidade está cost_nearest.

METHOD: nearest (custo até o equipamento mais próximo; acesso = peso de decaimento desse custo), cumulative (capacidade ao alcance), 2sfca (Luo e Wang 2003, com DECAY), e2sfca (degraus por zona, por padrão 10/20/30 minutos com pesos 1; 0,68; 0,22, ou terços de THRESHOLD em metros; STEPS os substitui, p. ex. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussiano, sigma = DECAY_PARAM, por padrão THRESHOLD/2), 3sfca (pesos de seleção de Huff), m2sfca (decaimento aplicado duas vezes), gravity (potencial de Hansen com DECAY, p. ex. power ou exponential).

DECAY: step, gaussian (sigma), exponential (beta por unidade de custo), linear (custo de peso zero), power (beta); DECAY_PARAM 0 = padrão.

TARGET_GROUP_FIELD / TARGET_GROUP: usar apenas os equipamentos cujo grupo-alvo coincide (ou é &apos;all&apos;).

Saídas: camada de demanda com access, access_norm, cost_nearest, cost_unit, cost_speed_kmh, n_reachable, covered; camada de oferta com catch_demand e ratio (NULL onde não há demanda ao alcance). Sem nenhuma demanda, SHARE_COVERED e MEAN_ACCESS ficam vazios (None), com um aviso.</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest (to the nearest facility, up to SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable and covered.</source>
        <translation type="vanished">As unidades de demanda com os novos campos access, access_norm, cost_nearest (custo ao equipamento mais próximo, buscado até SEARCH_LIMIT), cost_unit, cost_speed_kmh, n_reachable e covered.</translation>
    </message>
    <message>
        <source>The facilities with catch_demand (demand within reach) and ratio (places per person; NULL where no demand is in reach).</source>
        <translation type="vanished">Os serviços com catch_demand (demanda ao alcance) e ratio (vagas por pessoa; NULL onde não há demanda ao alcance).</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values over all units or, with DISTRICT_FIELD, of all the z values of the unit&apos;s district (as the reference tool does); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (minutes; a cost written by caremap:accessibility in metres is converted with its cost_unit and cost_speed_kmh fields), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name). Constant demand (std 0) gives z = 0 and no desert (warned). NULL demand or NULL district values are an error. DESERTS and DESERT_SHARE (share of the demand living in deserts; NULL when there is no demand) are also returned as numbers.</source>
        <translation type="vanished">Desertos de cuidado segundo a Ferramenta de Georreferenciamento do Cuidado: z = (P - média P) / desvio-padrão P sobre todas as unidades (desvio populacional); o limiar de demanda é a mediana (ou a média, ou média + desvio: DEMAND_RULE) dos valores z positivos sobre todas as unidades ou, com DISTRICT_FIELD, de todos os valores z do distrito da unidade (como faz a ferramenta de referência); high_demand = z &gt;= limiar e P &gt; 0; low_access = custo &gt; THRESHOLD (minutos, limite inclusivo) ou nenhum equipamento ao alcance (custo NULL). Com ADJUST_LARGE_UNITS (polígonos), unidades maiores que o quantil de área AREA_QUANTILE A_q recebem T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densidade por km2). desert = high_demand e low_access. Com SECOND_COST_FIELD (p. ex. transporte público, SECOND_THRESHOLD 30 min): desert_type 1 = não alcançável por nenhum modo, 2 = alcançável apenas pelo segundo modo; sem segundo modo, desert_type é 1 para todo deserto.

Parâmetros: INPUT, DEMAND_FIELD, COST_FIELD (minutos; um custo em metros escrito por caremap:accessibility é convertido com seus campos cost_unit e cost_speed_kmh), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (campos z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (por distrito: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS o mesmo resumo sobre os polígonos de DISTRICT_LAYER associados pelo nome (DISTRICT_LAYER_FIELD, por padrão o nome de DISTRICT_FIELD). Demanda constante (desvio 0) dá z = 0 e nenhum deserto (com aviso). Valores NULL de demanda ou de distrito são um erro. DESERTS e DESERT_SHARE (proporção da demanda que vive em desertos; NULL quando não há demanda) também são retornados como números.</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then the statistic of all the z-scores of the unit&apos;s district, and a summary per district is written. Typical: district.</source>
        <translation type="vanished">Campo opcional com o distrito de cada unidade; o limiar de alta demanda passa a ser a estatística de todos os escores z do distrito da unidade, e é escrito um resumo por distrito. Típico: distrito.</translation>
    </message>
    <message>
        <source>Per unit (e.g. the demand output of Accessibility to care): coverage = places per 100 people of the cohort, unmet demand = max(0, demand - accessible places), and, against a policy target of TARGET_RATIO places per person (e.g. 0.333 = one place per 3 children 0-2), required places, shortfall = max(0, required - places), surplus and below_target (0/1).

Parameters: INPUT units (points or polygons); DEMAND_FIELD people of the cohort; SUPPLY_FIELD accessible supply; SUPPLY_KIND &apos;places&apos; (the field holds places) or &apos;access_ratio&apos; (the field holds places per person, like the &apos;access&apos; field of caremap:accessibility, so places = ratio x demand); TARGET_RATIO places per person (0 = no target); DISTRICT_FIELD optional district; OUTPUT the units with the new fields coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY a table per district (one row &apos;all&apos; without a district field): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. With DISTRICT_LAYER (polygons with the same district names, in DISTRICT_LAYER_FIELD) the summary is also written onto those polygons (OUTPUT_DISTRICTS). Units with a NULL district keep their fields but are left out of the summary (warned). NULL demand or supply values are an error.</source>
        <translation type="vanished">Por unidade (p. ex. a saída de demanda de Acessibilidade ao cuidado): cobertura = vagas por 100 pessoas da coorte, demanda não atendida = max(0, demanda - vagas acessíveis) e, frente a uma meta de política de TARGET_RATIO vagas por pessoa (p. ex. 0,333 = uma vaga para cada 3 crianças de 0-2), vagas necessárias, déficit = max(0, necessárias - vagas), excedente e below_target (0/1).

Parâmetros: INPUT unidades (pontos ou polígonos); DEMAND_FIELD pessoas da coorte; SUPPLY_FIELD oferta acessível; SUPPLY_KIND &apos;places&apos; (o campo contém vagas) ou &apos;access_ratio&apos; (o campo contém vagas por pessoa, como o campo &apos;access&apos; de caremap:accessibility, então vagas = razão x demanda); TARGET_RATIO vagas por pessoa (0 = sem meta); DISTRICT_FIELD distrito opcional; OUTPUT as unidades com os novos campos coverage, unmet, required, shortfall, surplus, below_target; OUTPUT_SUMMARY uma tabela por distrito (uma linha &apos;all&apos; sem campo de distrito): units, demand, places, coverage, unmet, required, shortfall, surplus, units_below_target, people_below_target. Com DISTRICT_LAYER (polígonos com os mesmos nomes de distrito, em DISTRICT_LAYER_FIELD) o resumo também é gravado nesses polígonos (OUTPUT_DISTRICTS). Unidades com distrito NULL mantêm seus campos, mas ficam fora do resumo (com aviso). Valores NULL de demanda ou oferta são um erro.</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district, for the summary per district (without it, one row &apos;all&apos;). Typical: locality.</source>
        <translation type="vanished">Campo opcional com o distrito de cada unidade, para o resumo por distrito (sem ele, uma linha &apos;all&apos;). Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Runs the whole care map from the raw inputs, as child algorithms with one progress bar: 1) Care supply inventory of the facility layers (field mappings, cleaning, de-duplication, full-day-equivalent capacity); 2) Care demand of the units from their age-band fields (BAND_MAPPING and WEIGHTS: e.g. &apos;p_0_2:0-2;p_3_5:3-5&apos; with equal weights gives children 0-5; the Madrid scale gives care units for everybody); 3) Accessibility to care of that demand to the inventory&apos;s capacity_fde, optionally only the facilities whose target_group is TARGET_GROUP; 4) Care gaps against the policy TARGET_RATIO; 5) Care deserts (the Care Georeferencing rule, by district); 6) Care priority index from unmet demand, low access, care intensity and the VULNERABILITY_FIELDS. Optionally writes the HTML (and PDF) report.

Outputs: the inventory, the units with every indicator (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), the facilities with their catchment ratio, and the per-district deserts summary. The same chain ships as a Graphical Modeler model (models/care_map.model3) to open and adapt.</source>
        <translation type="vanished">Executa todo o mapa do cuidado a partir dos dados brutos, como algoritmos filhos com uma única barra de progresso: 1) Inventário da oferta de cuidado das camadas de equipamentos (mapeamento de campos, limpeza, remoção de duplicatas, capacidade equivalente em período integral); 2) Demanda de cuidado das unidades a partir dos seus campos por faixa etária (BAND_MAPPING e WEIGHTS: p. ex. &apos;p_0_2:0-2;p_3_5:3-5&apos; com pesos iguais dá crianças de 0-5; a escala de Madri dá unidades de cuidado para todas as pessoas); 3) Acessibilidade ao cuidado dessa demanda à capacity_fde do inventário, opcionalmente apenas dos equipamentos cujo target_group é TARGET_GROUP; 4) Lacunas de cuidado frente à meta de política TARGET_RATIO; 5) Desertos de cuidado (a regra do Georreferenciamento do Cuidado, por distrito); 6) Índice de prioridade de cuidado a partir da demanda não atendida, do baixo acesso, da intensidade de cuidado e dos VULNERABILITY_FIELDS. Opcionalmente grava o relatório HTML (e PDF).

Saídas: o inventário, as unidades com todos os indicadores (care_demand, access, cost_nearest, covered, coverage, unmet, desert, priority ...), os equipamentos com sua razão da área de influência e o resumo de desertos por distrito. A mesma cadeia acompanha o plugin como modelo do Modelador Gráfico (models/care_map.model3) para abrir e adaptar.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for care deserts and summaries by district. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS com o distrito de cada unidade, para os desertos de cuidado e os resumos por distrito. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional table of care deserts by district (needs DISTRICT_FIELD).</source>
        <translation type="vanished">Tabela opcional de desertos de cuidado por distrito (requer DISTRICT_FIELD).</translation>
    </message>
    <message>
        <source>Largest distance in metres from a facility to its nearest network node; facilities farther away get no network catchment. Typical: 500 m.</source>
        <translation type="vanished">Distância máxima em metros de um serviço ao nó mais próximo da rede; os serviços mais distantes não têm área de abrangência pela rede. Típico: 500 m.</translation>
    </message>
    <message>
        <source>How unequally access (ACCESS_FIELD, &gt;= 0, e.g. &apos;access&apos; from caremap:accessibility) is spread over the population (POPULATION_FIELD; empty = every unit counts once).

Outputs (numbers, also in the log): MEAN_ACCESS; GINI (0 = equal, 1 - 1/n = one unit has everything); PALMA = share of access of the best-served 10% of people / share of the worst-served 40%; THEIL (Theil T) and, with DISTRICT_FIELD, THEIL_BETWEEN + THEIL_WITHIN = THEIL; with RANK_FIELD (a socio-economic rank, low = poorest, e.g. income or estrato) CONCENTRATION (2 cov(access, fractional rank) / mean; negative = access concentrated among the poor) and ERREYGERS (8 cov / (max - min), bounds 0 and the maximum access). All are population-weighted. A NULL output means undefined (e.g. no access anywhere, or no rank field). OUTPUT_LORENZ: the Lorenz curve as a table (pop_share, access_share, equality) at LORENZ_POINTS equally spaced population shares (0 = one row per unit). NULL values in the fields used are an error.</source>
        <translation type="vanished">Quão desigualmente o acesso (ACCESS_FIELD, &gt;= 0, p. ex. &apos;access&apos; de caremap:accessibility) se distribui pela população (POPULATION_FIELD; vazio = cada unidade conta uma vez).

Saídas (números, também no log): MEAN_ACCESS; GINI (0 = igualdade, 1 - 1/n = uma unidade tem tudo); PALMA = parcela do acesso dos 10% de pessoas mais bem atendidas / parcela dos 40% pior atendidos; THEIL (T de Theil) e, com DISTRICT_FIELD, THEIL_BETWEEN + THEIL_WITHIN = THEIL; com RANK_FIELD (uma posição socioeconômica, baixo = mais pobre, p. ex. renda ou estrato) CONCENTRATION (2 cov(acesso, posição fracionária) / média; negativo = acesso concentrado entre os pobres) e ERREYGERS (8 cov / (máx - mín), com limites 0 e o acesso máximo). Todos são ponderados pela população. Uma saída NULL significa indefinida (p. ex. nenhum acesso em lugar algum, ou sem campo de posição). OUTPUT_LORENZ: a curva de Lorenz como tabela (pop_share, access_share, equality) em LORENZ_POINTS parcelas de população igualmente espaçadas (0 = uma linha por unidade). Valores NULL nos campos usados são um erro.</translation>
    </message>
    <message>
        <source>Optional district field, to split Theil T into THEIL_BETWEEN and THEIL_WITHIN districts. Typical: locality.</source>
        <translation type="vanished">Campo opcional de distrito, para dividir o Theil T em THEIL_BETWEEN e THEIL_WITHIN distritos. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional field of UNITS naming each unit&apos;s district, for the charts by district. Typical: locality.</source>
        <translation type="vanished">Campo opcional de UNITS com o distrito de cada unidade, para os gráficos por distrito. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Demand covered within {0}: {1:,.1f} before, {2:,.1f} after ({3} -&gt; {4}).</source>
        <translation type="vanished">Demanda coberta dentro de {0}: {1:.1f} antes, {2:.1f} depois ({3} -&gt; {4}).</translation>
    </message>
    <message>
        <source>Road or footpath line layer used when COST_MODE=network; lines must be connected at their ends. Typical: the OpenStreetMap streets of the city.</source>
        <translation type="vanished">Camada de linhas de ruas ou caminhos usada quando COST_MODE=network; as linhas devem estar conectadas nas extremidades. Típico: as ruas do OpenStreetMap da cidade.</translation>
    </message>
    <message>
        <source>Largest distance in metres from a point to its nearest network node; points farther away reach nothing by network. Typical: 500 m.</source>
        <translation type="vanished">Distância máxima em metros de um ponto ao nó mais próximo da rede; os pontos mais distantes não alcançam nada pela rede. Típico: 500 m.</translation>
    </message>
    <message>
        <source>Optional polygon layer of districts, to draw the per-district summary on a map (OUTPUT_DISTRICTS). Typical: the localities or communes of the city.</source>
        <translation type="vanished">Camada opcional de polígonos de distritos, para desenhar o resumo por distrito em um mapa (OUTPUT_DISTRICTS). Típico: as regiões administrativas ou bairros da cidade.</translation>
    </message>
    <message>
        <source>Field of DISTRICT_LAYER with the district names, matched with the values of DISTRICT_FIELD; empty = a field with the same name as DISTRICT_FIELD. Typical: empty.</source>
        <translation type="vanished">Campo de DISTRICT_LAYER com os nomes dos distritos, pareados com os valores de DISTRICT_FIELD; vazio = um campo com o mesmo nome de DISTRICT_FIELD. Típico: vazio.</translation>
    </message>
    <message>
        <source>Network {0}: {1} nodes, {2} edges, {3} connected component(s).</source>
        <translation type="vanished">Rede {0}: {1} nós, {2} arestas, {3} componente(s) conexo(s).</translation>
    </message>
    <message>
        <source>District polygons (to map the summary)</source>
        <translation type="vanished">Polígonos de distritos (para mapear o resumo)</translation>
    </message>
    <message>
        <source>Layer {0} has no cost_unit field: field &apos;{1}&apos; is read as minutes.</source>
        <translation type="vanished">A camada {0} não tem campo cost_unit: o campo &apos;{1}&apos; é lido como minutos.</translation>
    </message>
    <message>
        <source>Field cost_unit of layer {0} mixes units ({1}): field &apos;{2}&apos; cannot be read in one unit. Report each part separately, or re-run Accessibility.</source>
        <translation type="vanished">O campo cost_unit da camada {0} mistura unidades ({1}): o campo &apos;{2}&apos; não pode ser lido em uma única unidade. Faça um relatório para cada parte separadamente, ou execute novamente a Acessibilidade.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} holds costs in {2} (field cost_unit) and no speed to turn them into minutes (field cost_speed_kmh is empty). Fill cost_speed_kmh with the travel speed in km/h, or re-run Accessibility with a speed.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} contém custos em {2} (campo cost_unit) e nenhuma velocidade para convertê-los em minutos (o campo cost_speed_kmh está vazio). Preencha cost_speed_kmh com a velocidade de deslocamento em km/h, ou execute novamente a Acessibilidade com uma velocidade.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} is in {2}: read as minutes at {3:g} km/h.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} está em {2}: lido como minutos a {3:g} km/h.</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are cut once into runs of pixels on each raster&apos;s grid (scanline) and the runs are summed with numpy (add.reduceat, bincount), reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. Overlapping zones each count the pixels whose centres they hold. The zones are reprojected to each raster&apos;s CRS, never the raster. Negative pixel values are an error.</source>
        <translation type="vanished">Soma um ou mais rasters de população (p. ex. grades por idade e sexo como o WorldPop) em polígonos (ZONES) ou, sem zonas, em uma grade de hexágonos gerada sobre os rasters (HEX_SIZE = lado de um hexágono em metros; HEX_ORIENTATION pointy ou flat). Um campo de saída por banda de raster, com o nome do raster; raster_total é a soma deles, n_pixels os pixels contados (primeiro raster); os hexágonos recebem também pop_density por km2.

As zonas são cortadas uma única vez em trechos de pixels na grade de cada raster (varredura por linhas) e os trechos são somados com numpy (add.reduceat, bincount), lendo o raster em faixas de linhas, de modo que rasters grandes cabem na memória. Regra do centro do pixel: um pixel conta para uma zona quando seu centro está dentro da zona (nunca é dividido entre zonas). Pixels nodata são ignorados; uma zona sem nenhum pixel válido (fora do raster, toda nodata ou menor que um pixel) recebe NULL. Zonas sobrepostas contam, cada uma, os pixels cujos centros contêm. As zonas são reprojetadas para o SRC de cada raster, nunca o raster. Valores de pixel negativos são um erro.</translation>
    </message>
    <message>
        <source>Layer {0} has no point or polygon geometry: map its coordinates with x=...,y=...</source>
        <translation type="vanished">A camada {0} não tem geometria de pontos nem de polígonos: mapeie suas coordenadas com x=...,y=...</translation>
    </message>
    <message>
        <source>Layer {0}: invalid crs in the mapping.</source>
        <translation type="vanished">Camada {0}: crs inválido no mapeamento.</translation>
    </message>
    <message>
        <source>How much care each demand unit can reach.

Costs (COST_MODE): &apos;straight&apos; = straight-line distance (optionally times a detour factor); &apos;network&apos; = shortest paths on a road line layer (speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking; points join their nearest network node with a straight walk); &apos;table&apos; = an origin-destination table (e.g. from ORS Tools, QNEAT3, r5py, OSRM) joined on DEMAND_ID_FIELD and SUPPLY_ID_FIELD, in its own unit. COST_UNIT meters or minutes (minutes = metres / SPEED).

THRESHOLD: the catchment limit in COST_UNIT, inclusive (0 = no limit, for decaying methods only).

METHOD: nearest (cost to the nearest facility; access = decay weight of that cost), cumulative (capacity within reach), 2sfca (Luo &amp; Wang 2003, with DECAY), e2sfca (zone steps, default 10/20/30 minutes with weights 1, 0.68, 0.22, or thirds of THRESHOLD in metres; STEPS overrides, e.g. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (Gaussian, sigma = DECAY_PARAM, default THRESHOLD/2), 3sfca (Huff selection weights), m2sfca (decay applied twice), gravity (Hansen potential with DECAY, e.g. power or exponential).

DECAY: step, gaussian (sigma), exponential (beta per cost unit), linear (cost of zero weight), power (beta); DECAY_PARAM 0 = default.

TARGET_GROUP_FIELD / TARGET_GROUP: use only facilities whose target group matches (or is &apos;all&apos;).

Outputs: demand layer with access, access_norm, cost_nearest, n_reachable, covered; supply layer with catch_demand and ratio (NULL where no demand is in reach).</source>
        <translation type="vanished">Quanto cuidado cada unidade de demanda consegue alcançar.

Custos (COST_MODE): &apos;straight&apos; = distância em linha reta (opcionalmente multiplicada por um fator de desvio); &apos;network&apos; = caminhos mais curtos sobre uma camada de linhas viárias (velocidade de SPEED_FIELD ou SPEED, mão única de ONEWAY_FIELD exceto a pé; os pontos se ligam ao nó da rede mais próximo por uma caminhada em linha reta); &apos;table&apos; = uma tabela origem-destino (p. ex. do ORS Tools, QNEAT3, r5py, OSRM) unida por DEMAND_ID_FIELD e SUPPLY_ID_FIELD, na sua própria unidade. COST_UNIT meters ou minutes (minutos = metros / SPEED).

THRESHOLD: o limite da área de influência em COST_UNIT, inclusivo (0 = sem limite, apenas para métodos com decaimento).

METHOD: nearest (custo até o equipamento mais próximo; acesso = peso de decaimento desse custo), cumulative (capacidade ao alcance), 2sfca (Luo e Wang 2003, com DECAY), e2sfca (degraus por zona, por padrão 10/20/30 minutos com pesos 1; 0,68; 0,22, ou terços de THRESHOLD em metros; STEPS os substitui, p. ex. &apos;10:1,20:0.68,30:0.22&apos;), g2sfca (gaussiano, sigma = DECAY_PARAM, por padrão THRESHOLD/2), 3sfca (pesos de seleção de Huff), m2sfca (decaimento aplicado duas vezes), gravity (potencial de Hansen com DECAY, p. ex. power ou exponential).

DECAY: step, gaussian (sigma), exponential (beta por unidade de custo), linear (custo de peso zero), power (beta); DECAY_PARAM 0 = padrão.

TARGET_GROUP_FIELD / TARGET_GROUP: usar apenas os equipamentos cujo grupo-alvo coincide (ou é &apos;all&apos;).

Saídas: camada de demanda com access, access_norm, cost_nearest, n_reachable, covered; camada de oferta com catch_demand e ratio (NULL onde não há demanda ao alcance).</translation>
    </message>
    <message>
        <source>The demand units with the new fields access, access_norm, cost_nearest, n_reachable and covered.</source>
        <translation type="vanished">As unidades de demanda com os novos campos access, access_norm, cost_nearest, n_reachable e covered.</translation>
    </message>
    <message>
        <source>Catchment threshold (in COST_UNIT, inclusive; 0 = none)</source>
        <translation type="vanished">Limiar da área de influência (em COST_UNIT, inclusivo; 0 = nenhum)</translation>
    </message>
    <message>
        <source>STEPS must look like &apos;10:1,20:0.68,30:0.22&apos;, got &apos;{0}&apos;.</source>
        <translation type="vanished">STEPS deve ter a forma &apos;10:1,20:0.68,30:0.22&apos;; recebido &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>E2SFCA in metres needs a THRESHOLD or STEPS.</source>
        <translation type="vanished">E2SFCA em metros requer um THRESHOLD ou STEPS.</translation>
    </message>
    <message>
        <source>METHOD {0} with step decay needs a THRESHOLD &gt; 0 (only decaying methods run without one).</source>
        <translation type="vanished">METHOD {0} com decaimento step requer um THRESHOLD &gt; 0 (apenas os métodos com decaimento funcionam sem ele).</translation>
    </message>
    <message>
        <source>{0} demand unit(s) have a NULL &apos;{1}&apos;: they get NULL access.</source>
        <translation type="vanished">{0} unidade(s) de demanda têm &apos;{1}&apos; NULL: recebem acesso NULL.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) have a NULL &apos;{1}&apos;: they were left out.</source>
        <translation type="vanished">{0} equipamento(s) têm &apos;{1}&apos; NULL: foram deixados de fora.</translation>
    </message>
    <message>
        <source>TARGET_GROUP needs a TARGET_GROUP_FIELD on the facilities.</source>
        <translation type="vanished">TARGET_GROUP requer um TARGET_GROUP_FIELD nos equipamentos.</translation>
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
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem uma contagem negativa ({2}, id da feição {3}).</translation>
    </message>
    <message>
        <source>{0} unit(s) have NULL age-band values: their results are NULL.</source>
        <translation type="vanished">{0} unidade(s) têm valores NULL nas faixas etárias: seus resultados são NULL.</translation>
    </message>
    <message>
        <source>Care deserts following the Care Georeferencing Tool: z = (P - mean P) / std P over all units (population std); the demand threshold is the median (or mean, or mean + std: DEMAND_RULE) of the positive z values, over all units or within each district (DISTRICT_FIELD); high_demand = z &gt;= threshold and P &gt; 0; low_access = cost &gt; THRESHOLD (minutes, inclusive boundary) or no facility reachable (NULL cost). With ADJUST_LARGE_UNITS (polygons), units larger than the AREA_QUANTILE area quantile A_q get T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(density per km2). desert = high_demand and low_access. With SECOND_COST_FIELD (e.g. public transport, SECOND_THRESHOLD 30 min): desert_type 1 = reachable by neither mode, 2 = reachable only by the second mode; without a second mode desert_type is 1 for every desert.

Parameters: INPUT, DEMAND_FIELD, COST_FIELD (same unit as THRESHOLD), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (fields z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (per district: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS the same summary on DISTRICT_LAYER polygons matched by name (DISTRICT_LAYER_FIELD, default the DISTRICT_FIELD name). Constant demand (std 0) gives z = 0 and no desert; a district without positive z has a NULL threshold. NULL demand or NULL district values are an error.</source>
        <translation type="vanished">Desertos de cuidado segundo a Ferramenta de Georreferenciamento do Cuidado: z = (P - média P) / desvio-padrão P sobre todas as unidades (desvio populacional); o limiar de demanda é a mediana (ou a média, ou média + desvio: DEMAND_RULE) dos valores z positivos, sobre todas as unidades ou dentro de cada distrito (DISTRICT_FIELD); high_demand = z &gt;= limiar e P &gt; 0; low_access = custo &gt; THRESHOLD (minutos, limite inclusivo) ou nenhum equipamento ao alcance (custo NULL). Com ADJUST_LARGE_UNITS (polígonos), unidades maiores que o quantil de área AREA_QUANTILE A_q recebem T + BETA*(log1p(area_m2) - log1p(A_q)) + GAMMA/log1p(densidade por km2). desert = high_demand e low_access. Com SECOND_COST_FIELD (p. ex. transporte público, SECOND_THRESHOLD 30 min): desert_type 1 = não alcançável por nenhum modo, 2 = alcançável apenas pelo segundo modo; sem segundo modo, desert_type é 1 para todo deserto.

Parâmetros: INPUT, DEMAND_FIELD, COST_FIELD (mesma unidade que THRESHOLD), THRESHOLD, DEMAND_RULE (median, mean, mean_plus_std), DISTRICT_FIELD, ADJUST_LARGE_UNITS, BETA, GAMMA, AREA_QUANTILE, SECOND_COST_FIELD, SECOND_THRESHOLD, OUTPUT (campos z_demand, demand_threshold, high_demand, adj_threshold, low_access, desert, desert_type), OUTPUT_SUMMARY (por distrito: units, deserts, population, population_in_deserts, share); OUTPUT_DISTRICTS o mesmo resumo sobre os polígonos de DISTRICT_LAYER associados pelo nome (DISTRICT_LAYER_FIELD, por padrão o nome de DISTRICT_FIELD). Demanda constante (desvio 0) dá z = 0 e nenhum deserto; um distrito sem z positivo tem limiar NULL. Valores NULL de demanda ou de distrito são um erro.</translation>
    </message>
    <message>
        <source>Numeric field with the cost to the nearest facility, in the same unit as THRESHOLD; NULL = no facility reachable. Typical: cost_nearest from caremap:accessibility.</source>
        <translation type="vanished">Campo numérico com o custo até o serviço mais próximo, na mesma unidade de THRESHOLD; NULL = nenhum serviço alcançável. Típico: cost_nearest de caremap:accessibility.</translation>
    </message>
    <message>
        <source>How the high-demand threshold is taken from the positive z-scores of demand: median, mean or mean_plus_std. Typical: median (Care Georeferencing Tool).</source>
        <translation type="vanished">Como o limiar de alta demanda é obtido dos escores z positivos da demanda: median, mean ou mean_plus_std. Típico: median (Ferramenta de Georreferenciamento de Cuidados).</translation>
    </message>
    <message>
        <source>Optional field naming each unit&apos;s district; the high-demand threshold is then computed within each district, and a summary per district is written. Typical: locality.</source>
        <translation type="vanished">Campo opcional com o distrito de cada unidade; o limiar de alta demanda é então calculado dentro de cada distrito e é escrito um resumo por distrito. Típico: subprefeitura.</translation>
    </message>
    <message>
        <source>Optional field with the cost in minutes by a second mode (e.g. public transport); deserts reachable by it get desert_type 2. Typical: empty, or transit minutes.</source>
        <translation type="vanished">Campo opcional com o custo em minutos por um segundo modo (p. ex. transporte público); os desertos alcançáveis por ele recebem desert_type 2. Típico: vazio, ou minutos de transporte público.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative demand (e.g. {2}).</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem demanda negativa (p. ex. {2}).</translation>
    </message>
    <message>
        <source>ADJUST_LARGE_UNITS needs a polygon layer; {0} has points.</source>
        <translation type="vanished">ADJUST_LARGE_UNITS requer uma camada de polígonos; {0} tem pontos.</translation>
    </message>
    <message>
        <source>Demand is the same in every unit (std 0): z = 0, no unit is high demand.</source>
        <translation type="vanished">A demanda é igual em todas as unidades (desvio 0): z = 0, nenhuma unidade é de alta demanda.</translation>
    </message>
    <message>
        <source>{0} of {1} units are care deserts, home to {2:.0f} people ({3:.1%} of demand).</source>
        <translation type="vanished">{0} de {1} unidades são desertos de cuidado, onde vivem {2:.0f} pessoas ({3:.1%} da demanda).</translation>
    </message>
    <message>
        <source>District field &apos;{0}&apos;: {1} unit(s) with NULL district are left out of the district summary.</source>
        <translation type="vanished">Campo de distrito &apos;{0}&apos;: {1} unidade(s) com distrito NULL ficam fora do resumo por distrito.</translation>
    </message>
    <message>
        <source>District name field of the district polygons (empty = same as DISTRICT_FIELD)</source>
        <translation type="vanished">Campo de nome do distrito dos polígonos (vazio = igual a DISTRICT_FIELD)</translation>
    </message>
    <message>
        <source>Mapping the summary needs DISTRICT_FIELD (and DISTRICT_LAYER_FIELD).</source>
        <translation type="vanished">Mapear o resumo requer DISTRICT_FIELD (e DISTRICT_LAYER_FIELD).</translation>
    </message>
    <message>
        <source>District(s) not found in the district polygons: {0}</source>
        <translation type="vanished">Distrito(s) não encontrado(s) nos polígonos de distritos: {0}</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative supply (e.g. {2}).</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem oferta negativa (p. ex. {2}).</translation>
    </message>
    <message>
        <source>Every unit has zero demand: coverage is NULL everywhere.</source>
        <translation type="vanished">Todas as unidades têm demanda zero: a cobertura é NULL em toda parte.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included); SHAPE &apos;hull&apos; = their concave hull (HULL_RATIO) widened by BUFFER metres (fast), &apos;buffer&apos; = the streets themselves buffered by BUFFER metres (detailed, slower); speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;.</source>
        <translation type="vanished">Um polígono por equipamento (ou um por limiar, dissolvido) da área a partir da qual ele é alcançado dentro de cada limiar de THRESHOLDS (p. ex. &apos;10,15,20&apos;, em COST_UNIT).

COST_MODE &apos;network&apos;: os trechos de rua alcançados dentro do limiar (incluindo ruas parciais); SHAPE &apos;hull&apos; = seu envoltório côncavo (HULL_RATIO) alargado em BUFFER metros (rápido), &apos;buffer&apos; = as próprias ruas com buffer de BUFFER metros (detalhado, mais lento); velocidade de SPEED_FIELD ou SPEED, mão única de ONEWAY_FIELD exceto a pé. COST_MODE &apos;straight&apos;: um círculo de raio igual ao limiar (metros, ou minutos x SPEED). Campos de saída: os campos do equipamento mais &apos;threshold&apos;.</translation>
    </message>
    <message>
        <source>Catchment polygons: the facility&apos;s fields plus threshold (one per threshold when dissolved).</source>
        <translation type="vanished">Polígonos de áreas de abrangência: os campos do serviço mais threshold (um por limiar se dissolvidos).</translation>
    </message>
    <message>
        <source>Thresholds (comma-separated, in COST_UNIT)</source>
        <translation type="vanished">Limiares (separados por vírgulas, em COST_UNIT)</translation>
    </message>
    <message>
        <source>THRESHOLDS must be numbers separated by commas, got &apos;{0}&apos;.</source>
        <translation type="vanished">THRESHOLDS deve conter números separados por vírgulas; recebido &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>THRESHOLDS must hold at least one value &gt; 0, got &apos;{0}&apos;.</source>
        <translation type="vanished">THRESHOLDS deve conter pelo menos um valor &gt; 0; recebido &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>{0} facilit(y/ies) are farther than {1} m from the network: no catchment.</source>
        <translation type="vanished">{0} equipamento(s) estão a mais de {1} m da rede: sem área de influência.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative values (e.g. {2}); inequality measures need access &gt;= 0.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem valores negativos (p. ex. {2}); as medidas de desigualdade requerem acesso &gt;= 0.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has negative population.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem população negativa.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1}: the total population is 0.</source>
        <translation type="vanished">Campo &apos;{0}&apos; da camada {1}: a população total é 0.</translation>
    </message>
    <message>
        <source>Access is 0 everywhere: the inequality measures are undefined.</source>
        <translation type="vanished">O acesso é 0 em toda parte: as medidas de desigualdade são indefinidas.</translation>
    </message>
    <message>
        <source>K = {0} nearest neighbours asked, but layer {1} has only {2} unit(s) ({3} possible neighbours each).</source>
        <translation type="vanished">Foram pedidos K = {0} vizinhos mais próximos, mas a camada {1} tem apenas {2} unidade(s) ({3} vizinhos possíveis cada).</translation>
    </message>
    <message>
        <source>{0} contiguity needs a polygon layer; {1} has points.</source>
        <translation type="vanished">A contiguidade {0} requer uma camada de polígonos; {1} tem pontos.</translation>
    </message>
    <message>
        <source>{0} unit(s) have no neighbour: their z and p are NULL.</source>
        <translation type="vanished">{0} unidade(s) não têm vizinho: seus z e p são NULL.</translation>
    </message>
    <message>
        <source>No unit of layer {0} has a neighbour with these weights (try a larger DISTANCE or knn).</source>
        <translation type="vanished">Nenhuma unidade da camada {0} tem vizinho com estes pesos (tente uma DISTANCE ou um knn maior).</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; is constant: z = 0 everywhere, no hot spot.</source>
        <translation type="vanished">O campo &apos;{0}&apos; é constante: z = 0 em toda parte, nenhum ponto quente.</translation>
    </message>
    <message>
        <source>Choose at least one indicator field (FIELDS).</source>
        <translation type="vanished">Escolha pelo menos um campo de indicador (FIELDS).</translation>
    </message>
    <message>
        <source>INVERT_FIELDS {0} are not among the indicator FIELDS.</source>
        <translation type="vanished">Os INVERT_FIELDS {0} não estão entre os FIELDS de indicadores.</translation>
    </message>
    <message>
        <source>WEIGHTS &apos;{0}&apos; must be numbers separated by commas.</source>
        <translation type="vanished">WEIGHTS &apos;{0}&apos; deve conter números separados por vírgulas.</translation>
    </message>
    <message>
        <source>WEIGHTS has {0} number(s) but {1} indicator field(s) were chosen.</source>
        <translation type="vanished">WEIGHTS tem {0} número(s), mas foram escolhidos {1} campo(s) de indicador.</translation>
    </message>
    <message>
        <source>Give at least one population raster in RASTERS.</source>
        <translation type="vanished">Informe pelo menos um raster de população em RASTERS.</translation>
    </message>
    <message>
        <source>The zone layer has no valid coordinate reference system.</source>
        <translation type="vanished">A camada de zonas não tem um sistema de referência de coordenadas válido.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; ({1}) is not in the units layer.</source>
        <translation type="vanished">O campo &apos;{0}&apos; ({1}) não está na camada de unidades.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; has negative demand.</source>
        <translation type="vanished">O campo &apos;{0}&apos; tem demanda negativa.</translation>
    </message>
    <message>
        <source>{0} of {1} ({2}) live more than {3:g} minutes&apos; {4} from {5}.</source>
        <translation type="vanished">{0} de {1} ({2}) vivem a mais de {3:g} minutos {4} de {5}.</translation>
    </message>
    <message>
        <source>{0} {1} ({2}) live within reach of {3}.</source>
        <translation type="vanished">{0} {1} ({2}) vivem ao alcance de {3}.</translation>
    </message>
    <message>
        <source>Unmet demand: {0} {1} have no accessible place.</source>
        <translation type="vanished">Demanda não atendida: {0} {1} não têm uma vaga acessível.</translation>
    </message>
    <message>
        <source>{0} district(s) hold {1} of the unmet demand: {2}.</source>
        <translation type="vanished">{0} distrito(s) concentram {1} da demanda não atendida: {2}.</translation>
    </message>
    <message>
        <source>Share of demand that reaches a service</source>
        <translation type="vanished">Proporção da demanda que alcança um serviço</translation>
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
        <translation type="vanished">pessoas no mapa</translation>
    </message>
    <message>
        <source>beyond the threshold</source>
        <translation type="vanished">além do limiar</translation>
    </message>
    <message>
        <source>unmet demand</source>
        <translation type="vanished">demanda não atendida</translation>
    </message>
    <message>
        <source>in care deserts</source>
        <translation type="vanished">em desertos de cuidado</translation>
    </message>
    <message>
        <source>COST_MODE=table needs DEMAND_ID_FIELD and id fields for the sites {0}.</source>
        <translation type="vanished">COST_MODE=table requer DEMAND_ID_FIELD e campos de id para os locais {0}.</translation>
    </message>
    <message>
        <source>DEMAND_ID_FIELD &apos;{0}&apos; was not read from the demand layer.</source>
        <translation type="vanished">DEMAND_ID_FIELD &apos;{0}&apos; não foi lido da camada de demanda.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s).</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem {2} valor(es) negativo(s).</translation>
    </message>
    <message>
        <source>Chooses P new care facility sites among CANDIDATES (a point layer) or a regular grid (GRID_SPACING metres) over the demand. EXISTING facilities stay open and already cover.
OBJECTIVE: mclp = maximise the demand within THRESHOLD; pmedian = minimise the demand-weighted cost to the nearest open site (costs up to MAX_COST, default 3 x THRESHOLD; units reaching nothing count at MAX_COST, and cost before/after is NULL for them); capacitated = maximise the demand served within THRESHOLD when each new site serves at most its capacity.
SOLVER: greedy (fast; for mclp at least 63% = 1 - 1/e of the optimum, usually &gt; 97%) or exact (MILP with HiGHS, stopped after TIME_LIMIT seconds; the MIP gap is reported; cancelling takes effect when the solver returns, at the latest after TIME_LIMIT).
Outputs: the chosen sites with rank and gain (demand newly covered/served, or cost saved), the demand layer with coverage and cost before/after, and a before/after summary.</source>
        <translation type="vanished">Escolhe P locais para novos equipamentos de cuidado entre CANDIDATES (uma camada de pontos) ou uma grade regular (GRID_SPACING metros) sobre a demanda. Os equipamentos EXISTING continuam abertos e já cobrem.
OBJECTIVE: mclp = maximizar a demanda dentro de THRESHOLD; pmedian = minimizar o custo ponderado pela demanda até o local aberto mais próximo (custos até MAX_COST, por padrão 3 x THRESHOLD; unidades que não alcançam nada contam com MAX_COST, e seu custo antes/depois é NULL); capacitated = maximizar a demanda atendida dentro de THRESHOLD quando cada novo local atende no máximo a sua capacidade.
SOLVER: greedy (rápido; para mclp pelo menos 63% = 1 - 1/e do ótimo, em geral &gt; 97%) ou exact (MILP com HiGHS, interrompido após TIME_LIMIT segundos; o gap MIP é informado; o cancelamento tem efeito quando o solver retorna, no máximo após TIME_LIMIT).
Saídas: os locais escolhidos com rank e gain (demanda recém-coberta/atendida, ou custo economizado), a camada de demanda com cobertura e custo antes/depois, e um resumo antes/depois.</translation>
    </message>
    <message>
        <source>Coverage threshold (in COST_UNIT, inclusive)</source>
        <translation type="vanished">Limiar de cobertura (em COST_UNIT, inclusivo)</translation>
    </message>
    <message>
        <source>Cost limit for p-median and for cost before/after (COST_UNIT, 0 = 3 x THRESHOLD)</source>
        <translation type="vanished">Limite de custo para p-mediana e para o custo antes/depois (COST_UNIT, 0 = 3 x THRESHOLD)</translation>
    </message>
    <message>
        <source>Give a CANDIDATES layer or a GRID_SPACING &gt; 0.</source>
        <translation type="vanished">Informe uma camada CANDIDATES ou um GRID_SPACING &gt; 0.</translation>
    </message>
    <message>
        <source>P = {0} is larger than the number of candidate sites ({1}) in {2}.</source>
        <translation type="vanished">P = {0} é maior que o número de locais candidatos ({1}) em {2}.</translation>
    </message>
    <message>
        <source>(CANDIDATE_ID_FIELD and SUPPLY_ID_FIELD)</source>
        <translation type="vanished">(CANDIDATE_ID_FIELD e SUPPLY_ID_FIELD)</translation>
    </message>
    <message>
        <source>No candidate site in {0} is within {1} (COST_UNIT) of any demand unit; raise THRESHOLD/MAX_COST or add candidates.</source>
        <translation type="vanished">Nenhum local candidato de {0} está a até {1} (COST_UNIT) de alguma unidade de demanda; aumente THRESHOLD/MAX_COST ou acrescente candidatos.</translation>
    </message>
    <message>
        <source>The exact solver stopped at TIME_LIMIT without beating the heuristic: the heuristic solution is returned (see MIP gap).</source>
        <translation type="vanished">O resolvedor exato parou em TIME_LIMIT sem superar a heurística: a solução heurística é retornada (veja o gap MIP).</translation>
    </message>
    <message>
        <source>Demand covered within {0}: {1:,.1f} before, {2:,.1f} after ({3:.1%} -&gt; {4:.1%}).</source>
        <translation type="vanished">Demanda coberta dentro de {0}: {1:.1f} antes, {2:.1f} depois ({3:.1%} -&gt; {4:.1%}).</translation>
    </message>
    <message>
        <source>MAPPINGS has {0} mappings separated by &apos;|&apos; but there are {1} input layers.</source>
        <translation type="vanished">MAPPINGS tem {0} mapeamentos separados por &apos;|&apos;, mas há {1} camadas de entrada.</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

A kept record&apos;s missing capacity, hours or days are taken from the records merged into it (most trusted source first; capacity_imputed = 4). Other missing (or 0) capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3); capacity_reported keeps the record&apos;s own value. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Junta camadas de equipamentos de cuidado de várias fontes (cadastros, pesquisas, mapeamentos colaborativos, OpenStreetMap) em um único inventário com os campos name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: um mapeamento por camada de entrada, na ordem das camadas, separados por &apos;|&apos;. Um mapeamento é uma lista separada por vírgulas de campo_esquema=campo_camada; um valor entre aspas é uma constante, p. ex. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Campos do esquema não mapeados são tomados de um campo da camada com o mesmo nome, quando existe. source assume por padrão o nome da camada. Uma tabela sem geometria (p. ex. um CSV) requer x=campo_lon,y=campo_lat (WGS84, salvo crs=&apos;EPSG:xxxx&apos;).

Limpeza: TYPE_WHITELIST (tipos de serviço separados por vírgulas; vazio mantém todos) e NAME_BLACKLIST (uma expressão regular buscada no nome, ignorando maiúsculas e acentos); as ocorrências de cada regra são registradas no log.

Remoção de duplicatas: registros a menos de DEDUP_DISTANCE metros cujos nomes normalizados (sem maiúsculas, acentos, pontuação e palavras comuns como &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) têm similaridade &gt;= NAME_THRESHOLD são fundidos; mantém-se o registro da fonte listada primeiro em SOURCE_PRIORITY e, em seguida, o mais completo. Ele recebe merged_sources e n_merged; os registros descartados vão para a saída opcional de rejeitados com duplicate_of.

A capacidade, as horas ou os dias que faltam a um registro mantido são tomados dos registros fundidos com ele (primeiro a fonte mais confiável; capacity_imputed = 4). As demais capacidades ausentes (ou 0) são imputadas pela mediana do mesmo tipo de serviço (capacity_imputed = 1), ou de todos os equipamentos quando o tipo não tem nenhuma (= 2), ou por DEFAULT_CAPACITY quando nenhuma capacidade é conhecida (= 3); capacity_reported guarda o valor próprio do registro. capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; horas e dias ausentes são lidos como 8 e 5 (contados no log).</translation>
    </message>
    <message>
        <source>Mapping for layer {0}: constant {1}={2} is not a number.</source>
        <translation type="vanished">Mapeamento da camada {0}: a constante {1}={2} não é um número.</translation>
    </message>
    <message>
        <source>Layer {0}: field &apos;{1}&apos; has a negative value ({2}).</source>
        <translation type="vanished">Camada {0}: o campo &apos;{1}&apos; tem um valor negativo ({2}).</translation>
    </message>
    <message>
        <source>Give at least one facility layer in INPUTS.</source>
        <translation type="vanished">Informe pelo menos uma camada de equipamentos em INPUTS.</translation>
    </message>
    <message>
        <source>The input layers hold no facility with a location.</source>
        <translation type="vanished">As camadas de entrada não contêm nenhum equipamento com localização.</translation>
    </message>
    <message>
        <source>NAME_BLACKLIST: {0}</source>
        <translation type="vanished">NAME_BLACKLIST: {0}</translation>
    </message>
    <message>
        <source>Every record was rejected by the cleaning rules.</source>
        <translation type="vanished">As regras de limpeza rejeitaram todos os registros.</translation>
    </message>
    <message>
        <source>Service reach (in COST_UNIT, inclusive)</source>
        <translation type="vanished">Alcance do serviço (em COST_UNIT, inclusivo)</translation>
    </message>
    <message>
        <source>BAND_FIELDS: {0}</source>
        <translation type="vanished">BAND_FIELDS: {0}</translation>
    </message>
    <message>
        <source>Time-use table {0} has no row for sex &apos;{1}&apos;, age band &apos;{2}&apos; (used in BAND_FIELDS for field &apos;{3}&apos;).</source>
        <translation type="vanished">A tabela de uso do tempo {0} não tem linha para o sexo &apos;{1}&apos; e a faixa etária &apos;{2}&apos; (usada em BAND_FIELDS para o campo &apos;{3}&apos;).</translation>
    </message>
    <message>
        <source>No field of the input is named like a time-use row (e.g. &apos;{0}&apos;); give BAND_FIELDS.</source>
        <translation type="vanished">Nenhum campo da entrada tem o nome de uma linha de uso do tempo (p. ex. &apos;{0}&apos;); informe BAND_FIELDS.</translation>
    </message>
    <message>
        <source>Road network (lines), for COST_MODE=network</source>
        <translation type="vanished">Rede viária (linhas), para COST_MODE=network</translation>
    </message>
    <message>
        <source>Origin-destination cost table, for COST_MODE=table</source>
        <translation type="vanished">Tabela de custos origem-destino, para COST_MODE=table</translation>
    </message>
    <message>
        <source>COST_MODE=network needs a NETWORK line layer.</source>
        <translation type="vanished">COST_MODE=network requer uma camada de linhas NETWORK.</translation>
    </message>
    <message>
        <source>SPEED_TABLE needs a SPEED_CLASS_FIELD on the network.</source>
        <translation type="vanished">SPEED_TABLE requer um SPEED_CLASS_FIELD na rede.</translation>
    </message>
    <message>
        <source>{0} road(s) have no valid speed: {1} km/h used.</source>
        <translation type="vanished">{0} via(s) sem velocidade válida: usados {1} km/h.</translation>
    </message>
    <message>
        <source>SPEED must be &gt; 0 km/h, got {0}.</source>
        <translation type="vanished">SPEED deve ser &gt; 0 km/h; recebido {0}.</translation>
    </message>
    <message>
        <source>{0} demand point(s) and {1} facilit(y/ies) are farther than {2} m from the network: they reach nothing.</source>
        <translation type="vanished">{0} ponto(s) de demanda e {1} equipamento(s) estão a mais de {2} m da rede: não alcançam nada.</translation>
    </message>
    <message>
        <source>The network has {0} disconnected parts: {1} demand point(s) and {2} facilit(y/ies) are outside the largest one.</source>
        <translation type="vanished">A rede tem {0} partes desconectadas: {1} ponto(s) de demanda e {2} equipamento(s) ficam fora da maior.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs an OD_TABLE.</source>
        <translation type="vanished">COST_MODE=table requer uma OD_TABLE.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs OD_ORIGIN_FIELD, OD_DEST_FIELD and OD_COST_FIELD.</source>
        <translation type="vanished">COST_MODE=table requer OD_ORIGIN_FIELD, OD_DEST_FIELD e OD_COST_FIELD.</translation>
    </message>
    <message>
        <source>COST_MODE=table needs DEMAND_ID_FIELD and SUPPLY_ID_FIELD.</source>
        <translation type="vanished">COST_MODE=table requer DEMAND_ID_FIELD e SUPPLY_ID_FIELD.</translation>
    </message>
    <message>
        <source>OD table {0}: {1} rows, {2} pairs within reach.</source>
        <translation type="vanished">Tabela OD {0}: {1} linhas, {2} pares ao alcance.</translation>
    </message>
    <message>
        <source>OD table: {0} row(s) with an origin not in the demand ids, {1} with a destination not in the facility ids, {2} with a NULL cost were skipped.</source>
        <translation type="vanished">Tabela OD: foram ignoradas {0} linha(s) com origem fora dos ids de demanda, {1} com destino fora dos ids de equipamentos e {2} com custo NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; ({1}) of layer {2} has {3} NULL id(s).</source>
        <translation type="vanished">O campo &apos;{0}&apos; ({1}) da camada {2} tem {3} id(s) NULL.</translation>
    </message>
    <message>
        <source>Field &apos;{0}&apos; of layer {1} has {2} negative value(s) (e.g. {3}); demand and capacity must be &gt;= 0.</source>
        <translation type="vanished">O campo &apos;{0}&apos; da camada {1} tem {2} valor(es) negativo(s) (p. ex. {3}); demanda e capacidade devem ser &gt;= 0.</translation>
    </message>
    <message>
        <source>Share of demand reached (%)</source>
        <translation type="vanished">Proporção da demanda alcançada (%)</translation>
    </message>
    <message>
        <source>People covered</source>
        <translation type="vanished">Pessoas cobertas</translation>
    </message>
    <message>
        <source>Demand within reach of at least one facility</source>
        <translation type="vanished">Demanda ao alcance de pelo menos um equipamento</translation>
    </message>
    <message>
        <source>Demand in units classed as care deserts</source>
        <translation type="vanished">Demanda em unidades classificadas como desertos de cuidado</translation>
    </message>
    <message>
        <source>Unmet places</source>
        <translation type="vanished">Vagas faltantes</translation>
    </message>
    <message>
        <source>Places missing so that every person of the cohort has one</source>
        <translation type="vanished">Vagas que faltam para que cada pessoa da coorte tenha uma</translation>
    </message>
    <message>
        <source>care desert: high demand, low access</source>
        <translation type="vanished">deserto de cuidado: alta demanda, baixo acesso</translation>
    </message>
    <message>
        <source>Cost mode</source>
        <translation type="vanished">Modo de custo</translation>
    </message>
    <message>
        <source>Cost unit (of THRESHOLD and of the costs)</source>
        <translation type="vanished">Unidade de custo (de THRESHOLD e dos custos)</translation>
    </message>
    <message>
        <source>Speed (km/h), walking by default</source>
        <translation type="vanished">Velocidade (km/h), a pé por padrão</translation>
    </message>
    <message>
        <source>Demand id field (table mode)</source>
        <translation type="vanished">Campo de id da demanda (modo tabela)</translation>
    </message>
    <message>
        <source>Facility id field (table mode)</source>
        <translation type="vanished">Campo de id do equipamento (modo tabela)</translation>
    </message>
    <message>
        <source>Road network (network mode)</source>
        <translation type="vanished">Rede viária (modo rede)</translation>
    </message>
    <message>
        <source>Speed field, km/h (network mode)</source>
        <translation type="vanished">Campo de velocidade, km/h (modo rede)</translation>
    </message>
    <message>
        <source>One-way field: 1 along, -1 against, 0 both (network mode)</source>
        <translation type="vanished">Campo de mão única: 1 no sentido, -1 contra, 0 ambos (modo rede)</translation>
    </message>
    <message>
        <source>Origin-destination cost table (table mode)</source>
        <translation type="vanished">Tabela de custos origem-destino (modo tabela)</translation>
    </message>
    <message>
        <source>Origin (demand id) field</source>
        <translation type="vanished">Campo de origem (id da demanda)</translation>
    </message>
    <message>
        <source>Destination (facility id) field</source>
        <translation type="vanished">Campo de destino (id do equipamento)</translation>
    </message>
    <message>
        <source>Cost field, in COST_UNIT</source>
        <translation type="vanished">Campo de custo, em COST_UNIT</translation>
    </message>
    <message>
        <source>{0} demand unit(s) and {1} site(s) are too far from the network and reach nothing.</source>
        <translation type="vanished">{0} unidade(s) de demanda e {1} local(is) estão longe demais da rede e não alcançam nada.</translation>
    </message>
    <message>
        <source>OD table: {0} row(s) with an unknown origin and {1} with an unknown destination were ignored.</source>
        <translation type="vanished">Tabela OD: foram ignoradas {0} linha(s) com origem desconhecida e {1} com destino desconhecido.</translation>
    </message>
    <message>
        <source>Costs: {0}</source>
        <translation type="vanished">Custos: {0}</translation>
    </message>
    <message>
        <source>Merges care facility layers from several sources (registries, surveys, crowd maps, OpenStreetMap) into one inventory with the fields name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: one mapping per input layer, in the order of the layers, separated by &apos;|&apos;. A mapping is a comma-separated list schema_field=layer_field; a quoted value is a constant, e.g. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Schema fields not mapped are taken from a layer field of the same name when it exists. source defaults to the layer name. A table without geometry (e.g. a CSV) needs x=lon_field,y=lat_field (WGS84 unless crs=&apos;EPSG:xxxx&apos;).

Cleaning: TYPE_WHITELIST (comma-separated service types; empty keeps all) and NAME_BLACKLIST (a regular expression searched in the name, case and accents ignored); the hits of each rule are logged.

De-duplication: records within DEDUP_DISTANCE metres whose normalised names (case, accents, punctuation and common words such as &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos; removed) have a similarity &gt;= NAME_THRESHOLD are merged; the record kept is the one from the source listed first in SOURCE_PRIORITY, then the most complete one. It gets merged_sources and n_merged; dropped records go to the optional rejected output with duplicate_of.

Missing (or 0) capacities are imputed from the median of the same service type (capacity_imputed = 1), or of all facilities when the type has none (= 2), or DEFAULT_CAPACITY when no capacity is known at all (= 3). capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; missing hours and days are read as 8 and 5 (counted in the log).</source>
        <translation type="vanished">Junta camadas de equipamentos de cuidado de várias fontes (cadastros, pesquisas, mapeamentos colaborativos, OpenStreetMap) em um único inventário com os campos name, service_type, sphere, target_group, capacity, hours_per_day, days_per_week, fee, source.

MAPPINGS: um mapeamento por camada de entrada, na ordem das camadas, separados por &apos;|&apos;. Um mapeamento é uma lista separada por vírgulas de campo_esquema=campo_camada; um valor entre aspas é uma constante, p. ex. name=nombre,capacity=cupos,service_type=tipo,sphere=&apos;community&apos;. Campos do esquema não mapeados são tomados de um campo da camada com o mesmo nome, quando existe. source assume por padrão o nome da camada. Uma tabela sem geometria (p. ex. um CSV) requer x=campo_lon,y=campo_lat (WGS84, salvo crs=&apos;EPSG:xxxx&apos;).

Limpeza: TYPE_WHITELIST (tipos de serviço separados por vírgulas; vazio mantém todos) e NAME_BLACKLIST (uma expressão regular buscada no nome, ignorando maiúsculas e acentos); as ocorrências de cada regra são registradas no log.

Remoção de duplicatas: registros a menos de DEDUP_DISTANCE metros cujos nomes normalizados (sem maiúsculas, acentos, pontuação e palavras comuns como &apos;centro&apos;, &apos;jardin&apos;, &apos;hogar&apos;) têm similaridade &gt;= NAME_THRESHOLD são fundidos; mantém-se o registro da fonte listada primeiro em SOURCE_PRIORITY e, em seguida, o mais completo. Ele recebe merged_sources e n_merged; os registros descartados vão para a saída opcional de rejeitados com duplicate_of.

Capacidades ausentes (ou 0) são imputadas pela mediana do mesmo tipo de serviço (capacity_imputed = 1), ou de todos os equipamentos quando o tipo não tem nenhuma (= 2), ou por DEFAULT_CAPACITY quando nenhuma capacidade é conhecida (= 3). capacity_fde = capacity * min(1, hours_per_day / 8) * days_per_week / 5; horas e dias ausentes são lidos como 8 e 5 (contados no log).</translation>
    </message>
    <message>
        <source>Sums one or more population rasters (e.g. age-sex grids such as WorldPop) into polygons (ZONES) or, without zones, into a hexagon grid it generates over the rasters (HEX_SIZE = side of a hexagon in metres; HEX_ORIENTATION pointy or flat). One output field per raster band, named after the raster; raster_total is their sum, n_pixels the pixels counted (first raster); hexagons also get pop_density per km2.

The zones are rasterised once onto each raster&apos;s grid and summed with numpy.bincount, reading the raster in strips of rows, so large rasters fit in memory. Pixel-centre rule: a pixel counts for a zone when its centre is inside the zone (never split between zones). Nodata pixels are skipped; a zone with no valid pixel (outside the raster, all nodata, or smaller than a pixel) gets NULL. The zones are reprojected to each raster&apos;s CRS, never the raster. Negative pixel values are an error.</source>
        <translation type="vanished">Soma um ou mais rasters de população (p. ex. grades por idade e sexo como o WorldPop) em polígonos (ZONES) ou, sem zonas, em uma grade de hexágonos gerada sobre os rasters (HEX_SIZE = lado de um hexágono em metros; HEX_ORIENTATION pointy ou flat). Um campo de saída por banda de raster, com o nome do raster; raster_total é a soma deles, n_pixels os pixels contados (primeiro raster); os hexágonos recebem também pop_density por km2.

As zonas são rasterizadas uma única vez na grade de cada raster e somadas com numpy.bincount, lendo o raster em faixas de linhas, de modo que rasters grandes cabem na memória. Regra do centro do pixel: um pixel conta para uma zona quando seu centro está dentro da zona (nunca é dividido entre zonas). Pixels nodata são ignorados; uma zona sem nenhum pixel válido (fora do raster, toda nodata ou menor que um pixel) recebe NULL. As zonas são reprojetadas para o SRC de cada raster, nunca o raster. Valores de pixel negativos são um erro.</translation>
    </message>
    <message>
        <source>{0} pixel(s) of raster {1} fall in more than one zone: they were not counted.</source>
        <translation type="vanished">{0} pixel(s) do raster {1} caem em mais de uma zona: não foram contados.</translation>
    </message>
    <message>
        <source>A polygon per facility (or one per threshold, dissolved) of the area from which it is reached within each threshold of THRESHOLDS (e.g. &apos;10,15,20&apos;, in COST_UNIT).

COST_MODE &apos;network&apos;: the street pieces reached within the threshold (partial streets included), buffered by BUFFER metres; speed from SPEED_FIELD or SPEED, one-way from ONEWAY_FIELD unless walking. COST_MODE &apos;straight&apos;: a circle of radius threshold (metres, or minutes x SPEED). Output fields: the facility&apos;s fields plus &apos;threshold&apos;.</source>
        <translation type="vanished">Um polígono por equipamento (ou um por limiar, dissolvido) da área a partir da qual ele é alcançado dentro de cada limiar de THRESHOLDS (p. ex. &apos;10,15,20&apos;, em COST_UNIT).

COST_MODE &apos;network&apos;: os trechos de rua alcançados dentro do limiar (incluindo ruas parciais), com buffer de BUFFER metros; velocidade de SPEED_FIELD ou SPEED, mão única de ONEWAY_FIELD exceto a pé. COST_MODE &apos;straight&apos;: um círculo de raio igual ao limiar (metros, ou minutos x SPEED). Campos de saída: os campos do equipamento mais &apos;threshold&apos;.</translation>
    </message>
    <message>
        <source>Network: buffer around reached streets (m)</source>
        <translation type="vanished">Rede: buffer em torno das ruas alcançadas (m)</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="vanished">Distrito</translation>
    </message>
</context>
</TS>
