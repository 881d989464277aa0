"""Demo cases for `seed_demo`: fictional organisations, realistic figures, marked as
demo on the site. Pure data; tests/hub/test_demo_content.py checks it. The data block is
excluded from ruff format to keep related short fields on one line."""

from hub.demo.pages import one_line as _p

# fmt: off
CASES = [
    {
        "slug": "textile-offcuts-lodz",
        "title": "Closing the loop on textile offcuts in Łódź",
        "organisation": "Polana Textiles",
        "country": "PL", "sector": "C", "organisation_type": "sme", "size": "medium",
        "year_start": 2019, "year_end": 2023,
        "sdgs": [8, 12], "areas": ["circular-industry"],
        "summary": _p("""A knitwear manufacturer turned cutting-room offcuts into recycled yarn and
            a blanket line, after first mapping how its cutting routines produced the waste."""),
        "challenge": _p("""Polana Textiles cuts around 1,400 tonnes of knitted fabric a year and
            lost 14–17 % of it as offcuts, which were sold to a waste contractor for a nominal fee
            or landfilled. Rising waste charges and requests for recycled content from two
            Scandinavian brand customers put the issue on the management agenda."""),
        "what_was_done": _p("""Cutting-room staff mapped their routine and found that marker layouts
            were optimised for speed rather than yield, and that all offcuts went into one mixed
            bin. The company introduced nesting software, sorting by fibre at the cutting table, and
            a contract with a mechanical recycler 80 km away that spins cotton offcuts into yarn for
            a new blanket line."""),
        "stakeholders": _p("""Cutting-room staff ran the routine mapping with the production
            manager. The recycler and one brand customer took part in joint quality trials, and the
            regional environmental authority advised on reclassifying offcuts as a by-product rather
            than waste."""),
        "results": _p("""The offcut share fell from an average of 15.6 % to 11.2 % of fabric input
            within 18 months. About 62 % of the remaining cotton offcuts are now recycled into yarn,
            and the blanket line contributed 4 % of turnover in 2023. Figures come from production
            records reviewed by the source partner."""),
        "key_figures": [
            {"value": "11.2 %", "label": "offcut share of fabric input, down from 15.6 %"},
            {"value": "62 %", "label": "of cotton offcuts recycled into yarn"},
            {"value": "4 %", "label": "of 2023 turnover from the recycled-yarn line"},
        ],
        "enabling_factors": _p("""Customer demand for recycled content gave the project a business
            case. Cutting staff were involved from the start and proposed the sorting system
            themselves."""),
        "obstacles": _p("""Mechanically recycled cotton has shorter fibres and had to be blended
            with 30 % virgin fibre to reach the required yarn strength. Reclassifying offcuts as a
            by-product took nine months of correspondence with the authorities."""),
        "what_did_not_work": _p("""Recycling polyester–elastane blends failed because no recycler in
            the region could process them. A bonus for low offcut rates led to rushed layouts and
            was withdrawn after three months."""),
        "transferability": _p("""Transfers to garment and home-textile manufacturers with stable
            product ranges and enough single-fibre offcuts (roughly 200 tonnes a year) to interest a
            recycler. Producers of mixed-fibre fabrics depend on chemical recycling capacity that is
            still scarce in Central Europe."""),
        "lessons_learned": _p("""The largest gains came from changing routines before buying
            technology. Separation at source is the precondition for any recycling and costs little
            when the people who cut are involved."""),
        "resources": _p("""About EUR 310,000 in total, including nesting software and sorting
            equipment, 45 % of it from a regional operational programme grant. Three staff worked
            part-time on the project for two years, supported by a university research group."""),
        "source_partner": "Cracow University of Technology",
        "methods": ["routine-mapping"], "units": ["circular-business-models"],
    },
    {
        "slug": "village-energy-cooperative-saxony",
        "title": "A citizen-owned solar and heat cooperative in a former mining area of Saxony",
        "organisation": "Muldeland Bürgerenergie eG",
        "country": "DE", "sector": "D", "organisation_type": "social-enterprise", "size": "small",
        "year_start": 2017, "year_end": None,
        "sdgs": [7, 11, 13], "areas": ["clean-energy", "just-transition"],
        "summary": _p("""Residents of four villages founded a cooperative that owns rooftop and
            ground-mounted solar and a small heat network, with a citizen panel deciding where the
            solar array would go."""),
        "challenge": _p("""The villages, once dependent on lignite mining jobs, faced rising heating
            costs and distrusted outside investors after a contested wind project. Many households
            heated with old oil boilers, and income from local energy flowed to companies
            elsewhere."""),
        "what_was_done": _p("""Residents and the local savings bank founded a cooperative with a
            minimum share of EUR 250, payable in instalments. It installed 1.9 MWp of solar on barns
            and public buildings, a 4.5 MWp array on former mining land, and a wood-chip and
            solar-thermal heat network for 140 buildings. A citizen panel of 24 randomly selected
            residents chose the site of the array and the rules for biodiversity measures
            around it."""),
        "stakeholders": _p("""Residents as members and panellists; the municipality as roof owner
            and loan guarantor; the regional energy agency for technical advice; farmers supplying
            wood chips; the grid operator for connection."""),
        "results": _p("""The cooperative has 612 members, 41 % of them from households with
            below-median income. The heat network replaced about 110 oil boilers and in 2023
            supplied heat at roughly 12 % below the regional cost of oil heating. The array site was
            approved without legal objections."""),
        "key_figures": [
            {"value": "612", "label": "cooperative members"},
            {"value": "6.4 MWp", "label": "solar capacity owned"},
            {"value": "≈ 2,900 t", "label": "CO₂ avoided per year (cooperative estimate)"},
        ],
        "enabling_factors": _p("""Trust built through the citizen panel and a respected local
            founding board. Low-interest loans from a regional development bank and the municipal
            guarantee."""),
        "obstacles": _p("""The grid connection for the ground-mounted array was delayed by 14
            months. Volunteer board members were overstretched during construction, and two
            resigned."""),
        "what_did_not_work": _p("""A plan for a community wind turbine was dropped after the panel
            found little support for it. A member app for tracking production was rarely used and
            was discontinued."""),
        "transferability": _p("""Transfers to rural municipalities with available roofs or degraded
            land, a local anchor institution such as a savings bank, and a few committed volunteers.
            A heat network needs a heat demand of roughly 1.5 MWh per metre of trench per year to be
            economic."""),
        "lessons_learned": _p("""Letting randomly selected residents decide the most visible
            question made the project legitimate beyond the founders' circle. Paid part-time
            management should be planned from the start rather than relying on volunteers."""),
        "resources": _p("""Total investment of about EUR 9.8 million: 22 % member equity, 71 % bank
            loans and 7 % federal heat network subsidy. The citizen panel cost EUR 38,000 including
            facilitation and allowances. Two paid staff (1.5 FTE) since 2021."""),
        "source_partner": "HHL Leipzig Graduate School of Management",
        "methods": ["citizen-panel"], "units": ["stakeholders-and-co-creation"],
    },
    {
        "slug": "urban-farming-vitoria",
        "title": "Turning vacant plots into market gardens on the edge of Vitoria-Gasteiz",
        "organisation": "Vitoria Urban Farms Cooperative",
        "country": "ES", "sector": "A", "organisation_type": "social-enterprise", "size": "small",
        "year_start": 2020, "year_end": None,
        "sdgs": [2, 11, 15], "areas": ["farm-to-fork", "biodiversity"],
        "summary": _p("""A workers' cooperative leases vacant urban plots, grows vegetables for a
            box scheme and school canteens, and decides with neighbours in world café sessions how
            each plot is shared."""),
        "challenge": _p("""Several hectares of vacant plots on the city's edge had become informal
            dumping sites, while demand for local organic vegetables exceeded regional supply.
            Neighbours were wary of fenced projects that would close off green space they used
            informally."""),
        "what_was_done": _p("""The cooperative negotiated ten-year leases for 3.2 hectares from the
            municipality and two private owners. Before each plot opened, it held world café
            sessions with neighbours to agree on community beds, paths and hedgerows. It runs a
            weekly box scheme and supplies two school canteens under a municipal contract."""),
        "stakeholders": _p("""Neighbourhood associations co-designed the plots; the municipal
            environment department provided leases and soil tests; canteen managers agreed seasonal
            menus; social services refer long-term unemployed people for paid traineeships."""),
        "results": _p("""In 2023 the cooperative harvested about 68 tonnes of vegetables and served
            410 box-scheme households. Hedgerows and flower strips cover 11 % of the area, and a
            volunteer survey recorded 34 bee species in 2023 compared with 19 in 2021. Eleven of 18
            trainees found employment afterwards."""),
        "key_figures": [
            {"value": "3.2 ha", "label": "vacant land under cultivation"},
            {"value": "68 t", "label": "vegetables harvested in 2023"},
            {"value": "11 of 18", "label": "trainees in work after the traineeship"},
        ],
        "enabling_factors": _p("""A municipal green belt strategy that favoured food growing, and
            long leases that justified investment in soil and irrigation."""),
        "obstacles": _p("""Soil contamination on one plot required raised beds, which increased
            costs. Vandalism was frequent in the first season."""),
        "what_did_not_work": _p("""An on-site farm shop open three afternoons a week attracted too
            few customers and was closed; all sales moved to the box scheme."""),
        "transferability": _p("""Transfers to mid-sized cities with vacant land near housing and a
            municipality willing to grant long leases. Requires reliable water access and a paid
            core team; volunteer-only models rarely sustain commercial production."""),
        "lessons_learned": _p("""Talking with neighbours before fencing anything reduced vandalism
            on later plots. The public catering contract gave a stability of income that the box
            scheme alone did not."""),
        "resources": _p("""Start-up investment of EUR 185,000 from member contributions, an ethical
            bank loan and a regional employment grant for trainees. Five worker-members and on
            average four trainees."""),
        "source_partner": "Complutense University of Madrid",
        "methods": ["world-cafe"], "units": ["stakeholders-and-co-creation"],
    },
    {
        "slug": "hotel-greywater-cyprus",
        "title": "Reusing greywater to cut freshwater use in a Cypriot hotel group",
        "organisation": "Akamas Coast Hotels",
        "country": "CY", "sector": "I", "organisation_type": "sme", "size": "medium",
        "year_start": 2019, "year_end": 2022,
        "sdgs": [6, 12, 14], "areas": ["zero-pollution"],
        "summary": _p("""A group of three beach hotels introduced greywater recycling for irrigation
            and toilet flushing, after a pre-mortem exposed guest acceptance and maintenance
            risks."""),
        "challenge": _p("""The hotels used around 640 litres of fresh water per guest night, much of
            it from desalination at rising prices. Drought-year supply restrictions threatened the
            irrigated gardens guests expect, and tour operators began asking for water data."""),
        "what_was_done": _p("""Before investing, management ran a pre-mortem with maintenance,
            housekeeping and guest relations staff. The risks they named – odour complaints,
            untrained night staff, clogged filters – led to a staged plan: greywater from showers
            and basins is treated in a membrane bioreactor and used for irrigation and toilet
            flushing, first in one hotel and then in the others. Low-flow fittings were installed in
            parallel."""),
        "stakeholders": _p("""Maintenance staff co-designed the maintenance schedule; the water
            authority approved the reuse standards; the technology supplier trained staff; guests
            were informed through room cards and a monthly water display in the lobby."""),
        "results": _p("""Freshwater use fell to 410 litres per guest night across the group in 2022,
            a reduction of 36 % according to metered data. Treated water has met the national
            standard for unrestricted irrigation in all monthly tests. Water-related guest
            complaints stayed below 0.2 % of stays."""),
        "key_figures": [
            {"value": "36 %", "label": "less fresh water per guest night"},
            {"value": "≈ 31,000 m³", "label": "greywater reused per year"},
            {"value": "4.5 years", "label": "simple payback period"},
        ],
        "enabling_factors": _p("""High water prices made the payback attractive, and the pre-mortem
            gave staff a say in how risks would be handled."""),
        "obstacles": _p("""Approval for toilet flushing took longer than for irrigation. At peak
            summer occupancy, treatment capacity was stretched."""),
        "what_did_not_work": _p("""Using greywater for pool-side showers was abandoned after
            turbidity problems. The first guest communication stressed the hotel's savings and drew
            sceptical reviews; it was rewritten to explain the island's water scarcity."""),
        "transferability": _p("""Transfers to hotels and resorts in water-scarce regions with at
            least about 150 rooms and on-site maintenance staff. Smaller properties can share a
            treatment unit or use constructed wetlands."""),
        "lessons_learned": _p("""Naming failure modes in advance turned maintenance staff into
            owners of the system rather than its critics. Guest communication works better when it
            explains the local context than when it talks about the hotel."""),
        "resources": _p("""EUR 520,000 across three hotels, 30 % covered by a national water-saving
            grant. The chief engineer led the project with about 20 % of his working time over three
            years."""),
        "source_partner": "Innofora",
        "methods": ["pre-mortem"], "units": ["life-cycle-and-impact"],
    },
    {
        "slug": "dairy-discussion-groups-cork",
        "title": "Farmer discussion groups for lower-emission dairy in County Cork",
        "organisation": "Blackwater Valley Dairy Society",
        "country": "IE", "sector": "A", "organisation_type": "sme", "size": "medium",
        "year_start": 2020, "year_end": 2024,
        "sdgs": [2, 13, 15], "areas": ["farm-to-fork", "climate-ambition"],
        "summary": _p("""A dairy co-operative organised farmer discussion groups that tested
            long-held beliefs about fertiliser and clover, reducing nitrogen use without lowering
            milk output."""),
        "challenge": _p("""The co-operative's 380 supplier farms faced national targets to cut
            agricultural emissions and tighter nitrogen limits. Many farmers believed that using
            less chemical nitrogen would reduce grass growth and income, and advice from outside was
            often dismissed."""),
        "what_was_done": _p("""The co-operative set up 22 discussion groups of 12–18 farmers, each
            with a trained facilitator. Groups used assumption surfacing to list their beliefs about
            fertiliser, clover and protected urea, then tested them on demonstration farms with
            measured grass growth. Participating farmers received soil testing and a bonus of 0.5
            cent per litre."""),
        "stakeholders": _p("""Farmers in the groups; the co-operative's advisory team; a state
            agricultural research centre that supplied grass measurement protocols; milk buyers who
            co-funded the bonus."""),
        "results": _p("""Average chemical nitrogen use on participating farms fell from 210 to 162
            kg N per hectare between 2020 and 2024, while milk solids per hectare stayed stable.
            White clover was established on 31 % of the grazing area, up from 6 %. 74 % of supplier
            farms took part."""),
        "key_figures": [
            {"value": "−23 %", "label": "chemical nitrogen per hectare"},
            {"value": "74 %", "label": "of supplier farms in discussion groups"},
            {"value": "31 %", "label": "of grazing area with clover"},
        ],
        "enabling_factors": _p("""Peer learning on neighbouring farms was more credible than
            external advice. Measured results from the demonstration farms were shared openly every
            month."""),
        "obstacles": _p("""The wet 2023 season reduced clover persistence on heavy soils. Some
            farmers distrusted data collection, fearing it would be used for regulation."""),
        "what_did_not_work": _p("""Online-only meetings in 2020–2021 had low attendance; groups
            recovered only when farm walks resumed. A carbon calculator proved too complex for
            routine use."""),
        "transferability": _p("""Transfers to grass-based livestock regions with co-operative
            structures and an advisory service. Clover results depend on soil and climate, so drier
            regions in Southern Europe need other nitrogen strategies."""),
        "lessons_learned": _p("""Farmers changed practice when their own assumptions were tested on
            farms they knew. The bonus helped to start, but visible results and peer pressure
            sustained the change."""),
        "resources": _p("""About EUR 1.1 million over four years for facilitators (4 FTE), soil
            testing and the bonus, financed by the co-operative, milk buyers and a national
            agri-environment scheme."""),
        "source_partner": "Creative Labs",
        "methods": ["assumption-surfacing"], "units": ["organisational-culture-and-change"],
    },
    {
        "slug": "heat-adaptation-data-czechia",
        "title": "Using open sensor data to plan heat adaptation in a Czech regional city",
        "organisation": "City of Vltavín, Smart City Office",
        "country": "CZ", "sector": "O", "organisation_type": "public-authority", "size": "medium",
        "year_start": 2021, "year_end": None,
        "sdgs": [3, 11, 13, 17], "areas": ["climate-ambition"],
        "summary": _p("""A mid-sized Czech city refocused its smart city strategy on heat
            adaptation, combining open sensor data with a stakeholder map to prioritise shading and
            tree planting in its hottest districts."""),
        "challenge": _p("""Surface temperatures in the city's prefabricated housing estates exceeded
            50 °C on hot days, and emergency calls for elderly residents rose during heat waves. The
            existing smart city strategy focused on parking and e-government and had no link to
            climate adaptation."""),
        "what_was_done": _p("""The smart city office installed 120 low-cost temperature and humidity
            sensors, combined their data with satellite images and published an open heat map. A
            stakeholder mapping exercise identified housing cooperatives, school directors and
            social services as the key actors. The city then revised its smart city strategy around
            adaptation and set up a fund for shading, green roofs and trees in the five hottest
            districts."""),
        "stakeholders": _p("""Housing cooperatives co-financed courtyard greening; a regional
            university calibrated the sensors; secondary school students maintained sensors as a
            science project; social services used the map to plan heat-wave visits."""),
        "results": _p("""Between 2022 and 2024, 1,450 trees were planted and 14 courtyards
            redesigned. Afternoon air temperatures in redesigned courtyards were 1.5–2.5 °C lower
            than in comparable untreated courtyards. Two neighbouring municipalities reuse the heat
            map."""),
        "key_figures": [
            {"value": "120", "label": "open-data sensors installed"},
            {"value": "1,450", "label": "trees planted 2022–2024"},
            {"value": "up to 2.5 °C", "label": "cooler afternoon air in redesigned courtyards"},
        ],
        "enabling_factors": _p("""A deputy mayor who championed adaptation, and open data that made
            the problem visible to residents and the media. National adaptation subsidies covered
            part of the planting."""),
        "obstacles": _p("""Underground utilities limited where trees could be planted. Sensor
            maintenance was underestimated, and 15 % of the sensors failed in the first year."""),
        "what_did_not_work": _p("""A citizen app for reporting hot spots had few users and produced
            mainly complaints about parking."""),
        "transferability": _p("""Transfers to Central European cities with large housing estates and
            a small data team. Low-cost sensors need calibration support from a university or the
            meteorological service."""),
        "lessons_learned": _p("""Data made the case, but action depended on knowing who owns the
            land between the buildings. Linking the smart city strategy to a concrete climate risk
            gave it political support it had lacked."""),
        "resources": _p("""EUR 2.3 million over three years for planting and courtyards (45 %
            national and EU funds) and EUR 140,000 for sensors and the data platform. Two data
            specialists and a project manager."""),
        "source_partner": "SPCleantech Cluster",
        "methods": ["stakeholder-mapping"], "units": ["financing-procurement-and-policy"],
    },
    {
        "slug": "electric-bus-procurement-slovakia",
        "title": "Buying electric buses on total cost of ownership in a Slovak city",
        "organisation": "Dolný Váh Urban Transport Company",
        "country": "SK", "sector": "H", "organisation_type": "large-enterprise", "size": "large",
        "year_start": 2018, "year_end": 2023,
        "sdgs": [9, 11, 13], "areas": ["sustainable-mobility"],
        "summary": _p("""A municipal transport company replaced a third of its diesel fleet with
            battery-electric buses through a tender evaluated on total cost of ownership, using an
            impact pathway to report to funders."""),
        "challenge": _p("""The company operated 96 diesel buses, many over 15 years old, in a city
            with frequent winter smog. Earlier tenders were awarded on lowest purchase price, which
            made electric buses look unaffordable."""),
        "what_was_done": _p("""After a market dialogue with manufacturers, the company tendered 32
            battery-electric buses and depot chargers, weighting total cost of ownership over 12
            years at 60 %, technical quality at 25 % and service and warranty at 15 %. An impact
            pathway linked fleet renewal to air quality and ridership, with indicators agreed with
            the managing authority for EU funds."""),
        "stakeholders": _p("""Drivers tested demonstration buses in winter; the city environment
            department supplied air quality data; the trade union negotiated driver training; the
            managing authority reviewed the indicator framework."""),
        "results": _p("""All 32 buses were in service by 2023 and run 2.1 million km a year. Energy
            cost per kilometre is 58 % below diesel, and the company estimates 1,900 tonnes of CO₂
            avoided annually with the national electricity mix. Ridership on electrified lines rose
            9 %, against 4 % on other lines."""),
        "key_figures": [
            {"value": "32", "label": "battery-electric buses in service"},
            {"value": "58 %", "label": "lower energy cost per km"},
            {"value": "≈ 1,900 t", "label": "CO₂ avoided per year"},
        ],
        "enabling_factors": _p("""EU cohesion funds covering 85 % of eligible costs, and a
            procurement team willing to use non-price award criteria."""),
        "obstacles": _p("""Battery range dropped by about 25 % in cold weather, requiring timetable
            changes. Delivery was delayed by nine months because of supply chain problems."""),
        "what_did_not_work": _p("""Fast charging at terminal stops was dropped because of grid
            connection costs; the company relies on overnight depot charging."""),
        "transferability": _p("""Transfers to public transport operators in mid-sized cities with
            depot space and access to co-financing. Cost-of-ownership criteria can be used in any EU
            procurement but require sound assumptions on energy prices and maintenance."""),
        "lessons_learned": _p("""The market dialogue revealed realistic costs and reduced the risk
            of a failed tender. Testing buses in winter avoided costly surprises in operation."""),
        "resources": _p("""EUR 19.5 million for buses and chargers, 85 % from EU cohesion funds. A
            procurement team of four over 18 months and EUR 60,000 of external legal advice."""),
        "source_partner": "SPCleantech Cluster",
        "methods": ["impact-pathway"], "units": ["financing-procurement-and-policy"],
    },
    {
        "slug": "school-renovation-hungary",
        "title": "Deep renovation of village schools designed with teachers and pupils",
        "organisation": "Alföld Passive Build Kft.",
        "country": "HU", "sector": "F", "organisation_type": "sme", "size": "small",
        "year_start": 2020, "year_end": 2023,
        "sdgs": [4, 7, 11], "areas": ["buildings-renovation"],
        "summary": _p("""A small construction company renovated four village schools to near-zero
            energy standard, using co-creation sprints with teachers, pupils and caretakers to
            design ventilation and shading."""),
        "challenge": _p("""Schools built in the 1970s on the Great Plain had uninsulated walls,
            single glazing and gas boilers, and their heating bills took a large share of municipal
            budgets. Classrooms overheated in June, were cold in January, and CO₂ levels often
            exceeded 2,000 ppm."""),
        "what_was_done": _p("""The company won renovation contracts from three municipalities and
            proposed a co-creation sprint at each school before finalising the designs. Teachers,
            pupils and caretakers tested mock-ups of ventilation controls and window shading. The
            renovation included external insulation, triple glazing, heat pumps, rooftop solar and
            mechanical ventilation with heat recovery."""),
        "stakeholders": _p("""Municipalities as owners and clients; teachers and pupils in the
            sprints; caretakers trained to operate the systems; a regional energy agency that
            monitored results; parents informed at school assemblies."""),
        "results": _p("""Measured heating energy fell by an average of 78 % in the first full year.
            Classroom CO₂ stayed below 1,200 ppm for 95 % of teaching hours. Pupils built an energy
            display that is now used in science lessons."""),
        "key_figures": [
            {"value": "78 %", "label": "less heating energy (average of four schools)"},
            {"value": "95 %", "label": "of teaching hours with CO₂ below 1,200 ppm"},
            {"value": "4", "label": "schools renovated"},
        ],
        "enabling_factors": _p("""An EU-funded public building renovation programme and mayors who
            saw the schools as community centres."""),
        "obstacles": _p("""Construction costs rose by about 30 % in 2022, forcing renegotiation.
            Skilled ventilation installers were hard to find in rural areas."""),
        "what_did_not_work": _p("""Ventilation controls were first set too conservatively and
            teachers opened windows in winter; settings were changed after feedback. A rainwater
            harvesting system was cut for budget reasons."""),
        "transferability": _p("""Transfers to public buildings of standard construction types in
            small municipalities. Co-design sprints add about two weeks to the design phase and need
            a client willing to pay for them."""),
        "lessons_learned": _p("""Involving caretakers early was essential for operating the systems
            well. Pupils' involvement created local pride and better everyday use of the
            building."""),
        "resources": _p("""About EUR 3.6 million for four schools of 1,900 m² on average, 90 % from
            an EU-funded renovation programme. The sprints cost about EUR 12,000 per school."""),
        "source_partner": "Cracow University of Technology",
        "methods": ["co-creation-sprint"], "units": ["innovation-project"],
    },
    {
        "slug": "fishing-nets-thermaic-gulf",
        "title": "Recovering old fishing nets for recycling in the Thermaic Gulf",
        "organisation": "Thermaikos Nets Recovery",
        "country": "GR", "sector": "E", "organisation_type": "social-enterprise", "size": "micro",
        "year_start": 2019, "year_end": None,
        "sdgs": [8, 12, 14], "areas": ["zero-pollution", "circular-industry"],
        "summary": _p("""A small social enterprise collects end-of-life and lost fishing nets from
            harbours and reefs, sorts them and sells the nylon to a recycler; a values card sort
            helped the founders decide how far to grow."""),
        "challenge": _p("""Abandoned nets trapped marine life and fouled propellers, and fishers had
            no convenient disposal option, so many nets were burned or dumped. The founders
            disagreed about whether to grow into a larger recycling business or remain a local
            clean-up initiative."""),
        "what_was_done": _p("""The enterprise placed collection containers in seven harbours,
            organised quarterly dives with volunteer divers to recover lost nets, and sorts nylon
            from polypropylene and lead lines by hand. Baled nylon is sold to a recycler in Italy. A
            values card sort with staff and board showed that local jobs and marine protection
            mattered more to them than rapid growth, and they declined an acquisition offer."""),
        "stakeholders": _p("""Fishers' associations in seven harbours; port authorities that provide
            container space; volunteer divers; the recycler; a municipal social services office that
            refers job seekers."""),
        "results": _p("""Since 2019 the enterprise has collected 212 tonnes of nets, of which 148
            tonnes were sold for recycling. Divers removed 19 tonnes of lost nets from reefs. It
            employs six people, four of whom were previously long-term unemployed."""),
        "key_figures": [
            {"value": "212 t", "label": "fishing nets collected since 2019"},
            {"value": "70 %", "label": "of collected material recycled"},
            {"value": "6", "label": "jobs, four for formerly long-term unemployed people"},
        ],
        "enabling_factors": _p("""Trust built over years with fishers' associations, and free
            container space from port authorities."""),
        "obstacles": _p("""Prices for recycled nylon are low and volatile, hand sorting is slow, and
            transport to Italy takes a large share of the margin."""),
        "what_did_not_work": _p("""Making bags and bracelets from nets in-house produced small
            volumes at high cost and was stopped in 2021."""),
        "transferability": _p("""Transfers to Mediterranean fishing areas with several harbours
            within about 100 km. Requires a contract with a recycler and, ideally, support from
            extended producer responsibility schemes for fishing gear."""),
        "lessons_learned": _p("""Naming shared values helped the team reject growth paths that would
            have weakened its local ties. Selling bulk material proved more viable than making
            consumer products."""),
        "resources": _p("""Annual budget of about EUR 240,000: 55 % sales, 30 % employment subsidies
            and 15 % foundation grants. Six staff."""),
        "source_partner": "Circular Change",
        "methods": ["values-card-sort"], "units": ["circular-business-models"],
    },
    {
        "slug": "olive-pomace-tuscany",
        "title": "Turning olive pomace into fuel and compost at a Tuscan co-operative mill",
        "organisation": "Frantoio Sociale Poggio Ventoso",
        "country": "IT", "sector": "C", "organisation_type": "sme", "size": "small",
        "year_start": 2018, "year_end": 2022,
        "sdgs": [12, 13, 15], "areas": ["circular-industry", "farm-to-fork"],
        "summary": _p("""A co-operative olive mill used a life-cycle thinking workshop to decide how
            to treat its by-products and now supplies fuel, biogas feedstock and compost instead of
            paying for disposal."""),
        "challenge": _p("""Each harvest the mill produced about 2,800 tonnes of wet pomace and 1,500
            m³ of vegetation water, which it paid to have spread on fields or taken away. Disposal
            costs had doubled in five years and neighbours complained about odours."""),
        "what_was_done": _p("""Members and technical staff ran a life-cycle thinking workshop
            covering cultivation, milling, bottling, distribution and by-products. It showed that
            by-product disposal and glass bottles were the two largest hot spots the mill could
            influence. The mill installed a de-stoning line, sells the stones as boiler fuel, sends
            the pulp to a neighbouring biogas plant and takes back digestate for compost; it also
            switched to lighter bottles."""),
        "stakeholders": _p("""About 420 grower members; a farm-based biogas plant; the regional
            environmental agency; a university department that carried out a screening LCA."""),
        "results": _p("""By-product disposal costs fell by 85 %. The university's screening LCA
            estimated a 21 % lower carbon footprint per litre of oil, mainly from avoided disposal
            emissions and lighter glass. Members applied the compost on 260 hectares of groves."""),
        "key_figures": [
            {"value": "−85 %", "label": "by-product disposal costs"},
            {"value": "−21 %", "label": "carbon footprint per litre (screening LCA)"},
            {"value": "260 ha", "label": "olive groves receiving compost"},
        ],
        "enabling_factors": _p("""A neighbouring biogas plant with spare capacity, and members'
            interest in soil organic matter."""),
        "obstacles": _p("""Pomace arrives within ten weeks, so storage became a bottleneck. The
            composting permit took a full season."""),
        "what_did_not_work": _p("""Extracting polyphenols from vegetation water for the cosmetics
            industry was tested, but volumes and prices did not justify the investment."""),
        "transferability": _p("""Transfers to olive mills and wineries within about 30 km of an
            anaerobic digester. The workshop format fits any agri-food processor."""),
        "lessons_learned": _p("""The workshop revealed a second hot spot, glass, that nobody had
            considered. Partnering with an existing digester was far cheaper than building one."""),
        "resources": _p("""EUR 410,000, 40 % from a rural development programme grant. The workshop
            and screening LCA cost about EUR 15,000."""),
        "source_partner": "University of Florence",
        "methods": ["life-cycle-thinking-workshop"], "units": ["life-cycle-and-impact"],
    },
    {
        "slug": "office-furniture-as-a-service-slovenia",
        "title": "From selling office chairs to leasing and remanufacturing them",
        "organisation": "Savinja Office Furniture d.o.o.",
        "country": "SI", "sector": "C", "organisation_type": "sme", "size": "medium",
        "year_start": 2019, "year_end": 2024,
        "sdgs": [9, 12], "areas": ["circular-industry"],
        "summary": _p("""A furniture manufacturer used the sustainable business model canvas to
            design a leasing and remanufacturing offer for office seating and desks, and now takes
            back most of what it supplies to large clients."""),
        "challenge": _p("""Corporate clients replaced office furniture every seven to ten years, and
            used items went to landfill or low-value export. Margins on new furniture were falling
            under import competition."""),
        "what_was_done": _p("""Management and sales compared three options on the sustainable
            business model canvas and chose a furniture-as-a-service contract with refurbishment
            after three and six years. Products were redesigned with screws instead of glue and with
            replaceable cushions and mechanisms. A refurbishment line was set up in an unused
            warehouse."""),
        "stakeholders": _p("""Sales staff and two pilot clients co-developed the contract terms;
            mechanism suppliers committed to 15 years of spare parts; a leasing company finances
            contracts; a public procurement agency added the offer to a framework agreement."""),
        "results": _p("""By 2024, 9,800 chairs and 3,100 desks were under service contracts, with
            take-back rates above 90 %. A refurbished chair needs about 70 % less new material by
            weight than a new one. Service contracts make up 18 % of revenue."""),
        "key_figures": [
            {"value": "18 %", "label": "of revenue from service contracts"},
            {"value": "> 90 %", "label": "take-back rate"},
            {"value": "≈ 70 %", "label": "less new material per refurbished chair"},
        ],
        "enabling_factors": _p("""A leasing partner that carried the working capital, and a
            framework agreement with a public agency."""),
        "obstacles": "Up-front cash flow, and sales staff whose commission depended on units sold.",
        "what_did_not_work": _p("""Service contracts for small offices with fewer than 20
            workstations were unprofitable because of logistics costs."""),
        "transferability": _p("""Transfers to manufacturers of durable business goods such as
            furniture, equipment and lighting with a base of large clients. Requires a financing
            partner and design for disassembly."""),
        "lessons_learned": _p("""Changing the sales commission scheme mattered as much as
            redesigning the product. Public framework agreements can give service models a stable
            base."""),
        "resources": _p("""EUR 1.4 million for redesign and the refurbishment line, 25 % from a
            regional innovation grant. A team of six over two years."""),
        "source_partner": "Circular Change",
        "methods": ["sustainable-business-model-canvas"], "units": ["circular-business-models"],
    },
    {
        "slug": "anaesthetic-gases-hospital-austria",
        "title": _p("""Phasing out desflurane and cutting anaesthetic gas emissions in a regional
            hospital"""),
        "organisation": "Alpenvorland Regional Hospital",
        "country": "AT", "sector": "Q", "organisation_type": "public-authority", "size": "large",
        "year_start": 2021, "year_end": 2023,
        "sdgs": [3, 12, 13], "areas": ["climate-ambition", "zero-pollution"],
        "summary": _p("""Anaesthetists and nurses in a 600-bed hospital examined their beliefs about
            anaesthetic gases with the ladder of inference and switched to lower-impact agents and
            techniques."""),
        "challenge": _p("""Volatile anaesthetic gases made up an estimated 5 % of the hospital's
            greenhouse gas footprint; desflurane has a global warming potential more than 2,000
            times that of CO₂. Staff believed desflurane was needed for fast recovery and that
            alternatives would slow theatre turnover."""),
        "what_was_done": _p("""A working group of anaesthetists, nurses and the pharmacy used the
            ladder of inference to trace the belief in desflurane back to the underlying data. They
            found small differences in recovery time and that much high-flow practice reflected
            habit. The hospital removed desflurane from standard stock, introduced low-flow
            guidelines and used intravenous and regional anaesthesia more where clinically
            appropriate."""),
        "stakeholders": _p("""The anaesthesia department, theatre nurses, the hospital pharmacy,
            management and the sustainability officer; patient safety was reviewed by the clinical
            governance committee."""),
        "results": _p("""Emissions from anaesthetic gases fell by 84 % between 2021 and 2023, and
            gas purchasing costs by EUR 95,000 a year. The clinical audit showed no change in
            recovery times or adverse events."""),
        "key_figures": [
            {"value": "−84 %", "label": "emissions from anaesthetic gases"},
            {"value": "≈ 1,100 t", "label": "CO₂e avoided per year"},
            {"value": "EUR 95,000", "label": "annual saving on gas purchases"},
        ],
        "enabling_factors": _p("""Clinical champions who presented evidence to peers, and supportive
            management and pharmacy."""),
        "obstacles": _p("""Concerns about patient safety and clinical autonomy; some staff felt the
            project questioned their professional judgement."""),
        "what_did_not_work": _p("""An initial e-mail campaign with emission figures had no
            measurable effect on practice."""),
        "transferability": _p("""Transfers to any hospital using volatile anaesthetics, given
            clinical leadership and audit data. The same approach suits other clinical routines such
            as the use of single-use devices."""),
        "lessons_learned": _p("""Professional beliefs change when peers examine the evidence
            together rather than through messages from above. Gas purchase data provide a simple
            indicator."""),
        "resources": _p("""About 0.3 FTE of staff time over two years and EUR 20,000 for gas
            monitoring; no external funding."""),
        "source_partner": "ASIIN Consult",
        "methods": ["ladder-of-inference"], "units": ["organisational-culture-and-change"],
    },
    {
        "slug": "energy-poverty-advisers-romania",
        "title": "Door-to-door energy advice for households in energy poverty",
        "organisation": "Vatra Caldă Association",
        "country": "RO", "sector": "S", "organisation_type": "ngo", "size": "small",
        "year_start": 2021, "year_end": None,
        "sdgs": [1, 7, 10], "areas": ["just-transition", "buildings-renovation"],
        "summary": _p("""An NGO trains residents as energy advisers who visit low-income households,
            install simple efficiency measures and help families apply for renovation grants."""),
        "challenge": _p("""In villages and peri-urban neighbourhoods around a Transylvanian city,
            many households spent more than 20 % of their income on energy, lived in poorly
            insulated houses and burned wood in inefficient stoves. Renovation programmes rarely
            reached them because of complex applications and unclear property titles."""),
        "what_was_done": _p("""The association mapped stakeholders – social services, utilities,
            Roma community mediators, parishes, building material shops – to find trusted entry
            points. It trained 24 residents as energy advisers who install draught-proofing, LED
            lamps and radiator reflectors and help with paperwork. A small revolving fund
            pre-finances the owner's share of renovation grants."""),
        "stakeholders": _p("""Community mediators and parishes opened doors; the utility shared
            arrears data with consent; municipal social services refer households; a university
            measured indoor temperatures in a sample of homes."""),
        "results": _p("""Advisers had visited 2,350 households by 2024. In a measured sample of 180
            households, energy bills fell by 14 % on average and winter indoor temperatures rose by
            1.8 °C. 96 households obtained renovation grants with help from the fund."""),
        "key_figures": [
            {"value": "2,350", "label": "households visited"},
            {"value": "−14 %", "label": "average energy bill in the measured sample"},
            {"value": "96", "label": "households helped into renovation grants"},
        ],
        "enabling_factors": _p("""Advisers who live in the same neighbourhoods, and a working
            partnership with social services."""),
        "obstacles": _p("""Unclear property titles excluded many households from grants, and
            advisers' pay depends on short-term project funding."""),
        "what_did_not_work": _p("""A telephone advice line received very few calls; face-to-face
            contact was essential."""),
        "transferability": _p("""Transfers to regions with concentrated energy poverty and active
            community organisations. Needs stable funding for adviser salaries and a link to
            renovation programmes."""),
        "lessons_learned": _p("""The stakeholder map showed that trust ran through mediators and
            parishes rather than official channels. Small measures brought quick benefits and opened
            the door to larger renovations."""),
        "resources": _p("""Annual budget of about EUR 310,000 from EU and foundation grants; 24
            part-time advisers and four staff."""),
        "source_partner": "HMKW University of Applied Sciences",
        "methods": ["stakeholder-mapping"], "units": ["stakeholders-and-co-creation"],
    },
    {
        "slug": "womens-herb-cooperative-crete",
        "title": "A women's herb cooperative replacing wild collection with cultivation in Crete",
        "organisation": "Anemomylos Women's Herb Cooperative",
        "country": "GR", "sector": "A", "organisation_type": "social-enterprise", "size": "micro",
        "year_start": 2016, "year_end": None,
        "sdgs": [5, 8, 15], "areas": ["farm-to-fork", "biodiversity"],
        "summary": _p("""Women in mountain villages set up a cooperative that grows and processes
            aromatic herbs, ending unsustainable wild collection and giving members an income of
            their own."""),
        "challenge": _p("""Wild collection of dittany and mountain tea for traders had depleted some
            plant populations, and women in the villages had few paid jobs outside family farms and
            seasonal tourism. Income from herbs was usually recorded under the male head of
            household."""),
        "what_was_done": _p("""Eighteen women founded the cooperative, obtained organic
            certification and moved from wild collection to cultivation on 9 hectares of family
            terraces. They built a small drying and packing unit and sell to delicatessens, hotels
            and online. A values card sort at a strategy retreat helped members decide how to
            respond when a supermarket chain offered a contract."""),
        "stakeholders": _p("""Members and their families; a regional agricultural research institute
            advising on cultivation; hotels as buyers; a botanical NGO monitoring wild
            populations."""),
        "results": _p("""In 2023 members earned on average EUR 5,400 from the cooperative, paid into
            their own accounts, and sales reached EUR 168,000. Members stopped wild collection
            entirely, and the botanical NGO reports recovering dittany stands in two monitored
            gorges."""),
        "key_figures": [
            {"value": "18", "label": "women members"},
            {"value": "EUR 168,000", "label": "sales in 2023"},
            {"value": "9 ha", "label": "cultivated instead of wild-collected"},
        ],
        "enabling_factors": _p("""A microfinance loan and training programme for women
            entrepreneurs, and tourist demand for local products."""),
        "obstacles": _p("""Certification costs and paperwork, and resistance in some families to
            women having independent income."""),
        "what_did_not_work": _p("""The supermarket contract was tried for one season but required
            volumes and prices that strained members, and it was not renewed."""),
        "transferability": _p("""Transfers to rural areas with traditional products and existing
            women's networks. Requires access to small-scale processing and at least one reliable
            sales channel."""),
        "lessons_learned": _p("""Clear shared values helped the cooperative turn down a contract
            that would have changed its character. Paying members individually mattered for their
            autonomy."""),
        "resources": _p("""Start-up capital of EUR 95,000 from a microfinance loan, members'
            contributions and a rural development grant. One part-time manager."""),
        "source_partner": "Innofora",
        "methods": ["values-card-sort"], "units": ["innovation-project"],
    },
    {
        "slug": "campus-living-lab-croatia",
        "title": "A university campus as a living lab for energy and climate teaching",
        "organisation": "Dalmatian Coast University of Applied Sciences",
        "country": "HR", "sector": "P", "organisation_type": "university", "size": "medium",
        "year_start": 2020, "year_end": 2024,
        "sdgs": [4, 7, 17], "areas": ["clean-energy", "climate-ambition"],
        "summary": _p("""A university of applied sciences turned its campus into a living lab where
            student teams design, install and monitor energy measures, closing each semester project
            with a retrospective."""),
        "challenge": _p("""The campus ran outdated cooling systems and faced high electricity bills
            during the June and July exam period. Engineering and business programmes taught energy
            mainly through lectures, with little hands-on work."""),
        "what_was_done": _p("""Each semester, interdisciplinary student teams take on a campus
            project such as sizing rooftop solar, adjusting cooling controls or running behaviour
            campaigns. Teams work with facility managers and end with a structured retrospective
            that is handed to the next cohort. Results are shown on a public campus energy
            dashboard."""),
        "stakeholders": _p("""Students of engineering, tourism and business; facility management;
            local solar installers as mentors; the city energy agency as external reviewer."""),
        "results": _p("""Over eight semesters, 31 student projects were completed; adopted measures
            include 280 kWp of rooftop solar and revised cooling schedules. Electricity bought from
            the grid fell by 33 % between 2020 and 2024, and course evaluations show higher ratings
            for practical relevance."""),
        "key_figures": [
            {"value": "31", "label": "student projects completed"},
            {"value": "−33 %", "label": "grid electricity purchased"},
            {"value": "280 kWp", "label": "rooftop solar installed"},
        ],
        "enabling_factors": _p("""Support from the rector, a facility manager open to student
            involvement, and EU funds for the solar installation."""),
        "obstacles": _p("""The semester rhythm clashes with procurement timelines, so some projects
            ended before implementation."""),
        "what_did_not_work": _p("""An energy-saving competition between buildings had an effect that
            faded after about four weeks."""),
        "transferability": _p("""Transfers to universities and schools whose facility managers are
            willing to cooperate. Requires a staff coordinator who provides continuity between
            student cohorts."""),
        "lessons_learned": _p("""Retrospectives created a written handover between cohorts and
            prevented repeated mistakes. Working with real budgets motivated students."""),
        "resources": _p("""A coordinator at 0.5 FTE and EUR 260,000 for solar from EU regional
            funds; student work is credited within existing courses."""),
        "source_partner": "Complutense University of Madrid",
        "methods": ["retrospective"], "units": ["sustainability-challenges-and-systems"],
    },
    {
        "slug": "cross-industry-circular-investment-germany",
        "title": _p("""Pooling investment in shared circular infrastructure across industries in
            Central Germany"""),
        "organisation": "Stoffkreis Mitteldeutschland e.V.",
        "country": "DE", "sector": "K", "organisation_type": "cluster-network", "size": "small",
        "year_start": 2020, "year_end": None,
        "sdgs": [9, 12, 17], "areas": ["sustainable-finance", "circular-industry"],
        "summary": _p("""Chemical, automotive and packaging companies created a joint vehicle to
            invest in shared recycling infrastructure, using an impact pathway to win over banks and
            public funders."""),
        "challenge": _p("""Individual companies in the industrial region had by-product and waste
            streams too small to justify dedicated recycling plants, while others needed secondary
            raw materials. Banks considered single-company circular projects too small and too
            risky."""),
        "what_was_done": _p("""Twelve companies and two research institutes formed a network, mapped
            material flows and found three streams with enough combined volume: plastics from
            vehicle dismantling, solvent residues, and waste wood from pallets and packaging. A
            joint investment company was set up with equity from members and a regional development
            bank, and an impact pathway defined the indicators reported to investors."""),
        "stakeholders": _p("""Member companies provided data and equity; research institutes
            analysed material flows; the regional development bank co-invested; the state economics
            ministry funded the feasibility phase; works councils were consulted on jobs."""),
        "results": _p("""The first facility, a solvent recovery plant, started in 2023 and processes
            about 6,500 tonnes a year, replacing purchases of virgin solvent by members. A plastics
            sorting line is under construction. Investors receive an annual report with material and
            CO₂ indicators."""),
        "key_figures": [
            {"value": "12", "label": "companies in the investment network"},
            {"value": "EUR 14 million", "label": "invested in the first two facilities"},
            {"value": "6,500 t", "label": "solvents recovered per year"},
        ],
        "enabling_factors": _p("""A neutral, trusted convener and confidentiality agreements for
            material data."""),
        "obstacles": _p("""Competition law questions on data sharing, and different investment
            horizons among members."""),
        "what_did_not_work": _p("""The waste wood stream was dropped because biomass power plants
            pay more for it than recyclers could."""),
        "transferability": _p("""Transfers to industrial regions with diverse companies within
            50–100 km of each other. Requires a neutral convener, a public bank willing to co-invest
            and patience: it took three years to reach the first investment."""),
        "lessons_learned": _p("""A shared impact pathway aligned companies with different interests
            and gave banks clear indicators. Starting with the stream with the best economics built
            trust for the harder ones."""),
        "resources": _p("""EUR 14 million (40 % member equity, 45 % bank loans, 15 % public grants)
            and a network office of three people."""),
        "source_partner": "HHL Leipzig Graduate School of Management",
        "methods": ["impact-pathway"], "units": ["financing-procurement-and-policy"],
    },
    {
        "slug": "refurbished-laptops-schools-netherlands",
        "title": "Refurbished business laptops for pupils without a device at home",
        "organisation": "Herstart Laptops B.V.",
        "country": "NL", "sector": "G", "organisation_type": "social-enterprise", "size": "small",
        "year_start": 2019, "year_end": None,
        "sdgs": [4, 10, 12], "areas": ["circular-industry", "just-transition"],
        "summary": _p("""A social enterprise collects used business laptops, refurbishes them with
            trainees who face barriers to employment, and lends them through schools to pupils who
            lack a device."""),
        "challenge": _p("""During remote schooling many pupils from low-income families had no
            laptop, while companies replaced laptops every three to four years and had them shredded
            for data security reasons."""),
        "what_was_done": _p("""The enterprise offered companies certified data erasure and free
            collection, and refurbishes devices in a workshop staffed by trainees. A co-creation
            sprint with teachers, parents and pupils shaped the loan package: pre-installed
            software, a simple support line and a repair service through the school."""),
        "stakeholders": _p("""Corporate IT departments supplying devices; schools and parents; the
            municipal employment service placing trainees; a certification body for data
            erasure."""),
        "results": _p("""By 2024 the enterprise had refurbished 21,000 laptops, 14,500 of which went
            to pupils. First-year failure rate was 4 %. Of 64 trainees, 38 moved on to regular
            jobs."""),
        "key_figures": [
            {"value": "21,000", "label": "laptops refurbished"},
            {"value": "14,500", "label": "laptops lent to pupils"},
            {"value": "38 of 64", "label": "trainees who moved to regular jobs"},
        ],
        "enabling_factors": _p("""Certified data erasure addressed companies' main concern, and
            municipal budgets for school devices provided stable demand."""),
        "obstacles": _p("""Supply depends on corporate replacement cycles, and devices with glued-in
            batteries are hard to refurbish."""),
        "what_did_not_work": _p("""Selling refurbished laptops to the public through a web shop
            could not compete on price with large commercial refurbishers."""),
        "transferability": _p("""Transfers to cities with corporate offices and school authorities
            willing to fund device loans. Requires data erasure certification and workshop
            space."""),
        "lessons_learned": _p("""Designing the loan package with teachers and parents showed that
            set-up and support mattered as much as the device itself."""),
        "resources": _p("""Annual budget of EUR 1.2 million: 60 % service fees from schools and
            companies and 40 % employment subsidies. Twelve staff and about 20 trainees."""),
        "source_partner": "ISPIM",
        "methods": ["co-creation-sprint"], "units": ["innovation-project"],
    },
    {
        "slug": "data-centre-waste-heat-finland",
        "title": "Feeding data centre waste heat into a municipal district heating network",
        "organisation": "Kuusivaara Data Oy",
        "country": "FI", "sector": "J", "organisation_type": "sme", "size": "medium",
        "year_start": 2019, "year_end": 2023,
        "sdgs": [7, 9, 13], "areas": ["clean-energy"],
        "summary": _p("""A regional data centre operator installed heat pumps to deliver waste heat
            to the town's district heating network, after a life-cycle thinking workshop showed that
            heat reuse outweighed other efficiency measures."""),
        "challenge": _p("""The data centre released about 9 MW of heat into the air through dry
            coolers. The municipal district heating company still relied partly on peat and needed
            low-carbon heat."""),
        "what_was_done": _p("""The operator and the heating company held a life-cycle thinking
            workshop comparing options from server efficiency to heat reuse; reuse scored highest.
            Heat pumps now raise the cooling water from about 30 °C to 75–85 °C and feed it into the
            network under a 15-year contract."""),
        "stakeholders": _p("""The district heating company as buyer and co-investor; the
            municipality; the heat pump supplier; data centre customers, who were informed of the
            change."""),
        "results": _p("""In 2023 the data centre supplied 52 GWh of heat, about 20 % of the
            network's annual demand. The heating company estimates that reduced peat use avoids
            about 11,000 tonnes of CO₂ a year."""),
        "key_figures": [
            {"value": "52 GWh", "label": "heat supplied in 2023"},
            {"value": "≈ 20 %", "label": "of district heating demand"},
            {"value": "≈ 11,000 t", "label": "CO₂ avoided per year (heating company estimate)"},
        ],
        "enabling_factors": _p("""A network connection point only 1.2 km away, a long-term contract
            and national energy investment aid."""),
        "obstacles": _p("""Electricity for the heat pumps became expensive during the 2022 price
            spike, and contract pricing had to be renegotiated."""),
        "what_did_not_work": _p("""Selling heat to nearby greenhouses was examined but was too small
            to be viable."""),
        "transferability": _p("""Transfers to data centres, industrial cooling and large
            supermarkets near district heating networks in Northern and Central Europe. Requires a
            heat buyer and long-term contracts."""),
        "lessons_learned": _p("""Looking at the whole life cycle shifted attention from server
            efficiency alone to what happens to the heat. Joint ownership with the heat buyer
            reduced risk for both sides."""),
        "resources": _p("""EUR 7.5 million for heat pumps and piping, 20 % from national energy aid,
            shared with the heating company. A project team of four."""),
        "source_partner": "ISPIM",
        "methods": ["life-cycle-thinking-workshop"], "units": ["life-cycle-and-impact"],
    },
    {
        "slug": "cargo-bike-logistics-madrid",
        "title": "Cargo-bike deliveries from micro-hubs in central Madrid",
        "organisation": "Última Milla Verde S.L.",
        "country": "ES", "sector": "H", "organisation_type": "start-up", "size": "small",
        "year_start": 2019, "year_end": None,
        "sdgs": [3, 11, 13], "areas": ["sustainable-mobility", "zero-pollution"],
        "summary": _p("""A start-up runs micro-hubs and electric cargo bikes for parcel and grocery
            deliveries, and changed its business model after assumption testing showed that
            consumers would not pay a premium for green delivery."""),
        "challenge": _p("""Delivery vans added to congestion and nitrogen dioxide pollution in
            central districts, and the low-emission zone restricted older vans. The founders
            initially assumed that environmentally minded consumers would pay extra for bike
            delivery."""),
        "what_was_done": _p("""Assumption surfacing identified willingness to pay as the riskiest
            belief; a two-week pilot showed low uptake. The company switched to business contracts
            with parcel carriers and supermarkets and now runs three micro-hubs in car parks, from
            which 28 electric cargo bikes deliver."""),
        "stakeholders": _p("""Parcel carriers and supermarkets as clients; the city mobility
            department for hub locations; riders, who are employees rather than freelancers;
            residents' associations."""),
        "results": _p("""In 2023 the company delivered 1.3 million parcels and 42,000 grocery
            orders, replacing an estimated 410,000 van-kilometres. In dense streets, deliveries per
            rider-hour are comparable to vans. The company reached operating break-even in
            2023."""),
        "key_figures": [
            {"value": "1.3 million", "label": "parcels delivered in 2023"},
            {"value": "≈ 410,000", "label": "van-kilometres avoided per year"},
            {"value": "28", "label": "electric cargo bikes"},
        ],
        "enabling_factors": "Low-emission zone rules, and low-rent hub space in public car parks.",
        "obstacles": "Finding hub space, theft and vandalism, and rider safety in traffic.",
        "what_did_not_work": _p("""A premium green delivery subscription for consumers had fewer
            than 200 subscribers after three months."""),
        "transferability": _p("""Transfers to dense, fairly flat city centres with low-emission
            zones. Requires hub space within 2–3 km of the delivery area."""),
        "lessons_learned": _p("""Testing the riskiest assumption early kept the company from scaling
            a weak consumer offer. Employed riders stayed longer and had better safety records."""),
        "resources": _p("""EUR 1.6 million seed funding from impact investors and a city innovation
            grant; 45 employees."""),
        "source_partner": "Complutense University of Madrid",
        "methods": ["assumption-surfacing"], "units": ["innovation-project"],
    },
    {
        "slug": "school-catering-procurement-poland",
        "title": "Fresher, lower-waste school meals through a redesigned catering tender",
        "organisation": "City of Zielonobród, Education Department",
        "country": "PL", "sector": "O", "organisation_type": "public-authority", "size": "medium",
        "year_start": 2021, "year_end": 2024,
        "sdgs": [2, 12, 16], "areas": ["farm-to-fork"],
        "summary": _p("""A Polish city rewrote its school catering tender to favour fresh, seasonal
            food and transparent supply chains, based on priorities set by a citizen panel of
            parents, pupils and residents."""),
        "challenge": _p("""Catering for 38 schools had been tendered on price alone and was
            dominated by one supplier using mostly processed food. Parents complained about quality,
            and plate waste was estimated at 30 % of meals served."""),
        "what_was_done": _p("""The city convened a citizen panel of 30 parents, pupils aged 14–18
            and residents selected by lot, which recommended criteria on freshness, seasonality,
            plant-based options and waste. The new tender split the contract into four lots so that
            smaller caterers could bid, weighted price at 50 %, and scored organic share, delivery
            distances and waste monitoring. Contracts require quarterly publication of supplier
            lists."""),
        "stakeholders": _p("""The citizen panel; school directors and canteen staff; local farmers'
            cooperatives and caterers, consulted before the tender; the city procurement office and
            its legal advisers."""),
        "results": _p("""Four caterers won the lots, two of them local SMEs. Measured plate waste
            fell from 30 % to 19 % in two years and organic ingredients reached 22 % by value, while
            meal prices rose by 11 %. Supplier lists are published on the city website."""),
        "key_figures": [
            {"value": "30 % → 19 %", "label": "plate waste in school canteens"},
            {"value": "22 %", "label": "organic ingredients by value"},
            {"value": "+11 %", "label": "price per meal"},
        ],
        "enabling_factors": _p("""The panel's recommendations gave political backing for higher
            prices, and procurement law allows non-price award criteria."""),
        "obstacles": _p("""A legal challenge by the previous supplier delayed the contracts by six
            months."""),
        "what_did_not_work": _p("""A requirement for 30 % local produce was removed on legal advice
            that it could discriminate against bidders; seasonality and freshness criteria replaced
            it."""),
        "transferability": _p("""Transfers to municipalities across the EU that tender school or
            care-home catering. Requires procurement expertise and political acceptance of somewhat
            higher prices."""),
        "lessons_learned": _p("""Transparent criteria and published supplier lists increased trust
            in the contract. Splitting the tender into lots opened the market to smaller
            providers."""),
        "resources": _p("""The panel cost EUR 45,000; the procurement took about 1.5 FTE of staff
            time for a year plus EUR 30,000 of legal advice."""),
        "source_partner": "Cracow University of Technology",
        "methods": ["citizen-panel"], "units": ["financing-procurement-and-policy"],
    },
    {
        "slug": "alpine-valley-visitor-management-slovenia",
        "title": "Fewer cars and protected trails in a popular alpine valley",
        "organisation": "Zgornja Dolina Tourism Partnership",
        "country": "SI", "sector": "N", "organisation_type": "cluster-network", "size": "small",
        "year_start": 2018, "year_end": None,
        "sdgs": [8, 12, 15], "areas": ["biodiversity", "sustainable-mobility"],
        "summary": _p("""Guesthouses, guides, farmers and the park authority introduced shuttle
            buses, parking limits and timed tickets at hot spots, designed together in a series of
            world café sessions."""),
        "challenge": _p("""The valley received up to 6,000 cars on summer days, with parking along
            the river banks, trail erosion and conflicts with farmers. Businesses feared that
            restrictions would drive visitors away."""),
        "what_was_done": _p("""Over two winters the partnership held world cafés with residents,
            businesses and the park authority. The agreed package: paid park-and-ride at the valley
            entrance, free shuttles for guests with a visitor card, timed tickets for the two
            busiest waterfalls, and a label for local products."""),
        "stakeholders": _p("""Accommodation providers, mountain guides, farmers, the regional park
            authority, the municipality and the bus operator."""),
        "results": _p("""Cars entering the valley in July and August fell by 46 % between 2018 and
            2023, while overnight stays rose by 8 %. Erosion at monitored trail points has
            stabilised, and the shuttles carried 210,000 passengers in 2023."""),
        "key_figures": [
            {"value": "−46 %", "label": "cars entering the valley in peak season"},
            {"value": "210,000", "label": "shuttle passengers in 2023"},
            {"value": "+8 %", "label": "overnight stays"},
        ],
        "enabling_factors": _p("""The park authority's legal powers, and parking revenue that
            finances the shuttles."""),
        "obstacles": _p("""Initial opposition from businesses serving day visitors, and weekend
            peaks that exceed shuttle capacity."""),
        "what_did_not_work": "A voluntary car-free Sunday in 2018 was ignored by most visitors.",
        "transferability": _p("""Transfers to protected areas with a single access road and strong
            seasonal peaks. Requires a body with legal control over parking and a funding loop from
            fees to transport."""),
        "lessons_learned": _p("""The world cafés revealed shared interests between farmers and
            businesses. Measures that pay for themselves, such as parking fees funding shuttles,
            survive changes in local politics."""),
        "resources": _p("""EUR 850,000 for shuttles and parking systems from an EU cross-border
            programme; operating costs are covered by parking fees. One coordinator."""),
        "source_partner": "Circular Change",
        "methods": ["world-cafe"], "units": ["stakeholders-and-co-creation"],
    },
    {
        "slug": "spent-grain-flour-czechia",
        "title": "Baking with spent grain from a craft brewery",
        "organisation": "Pivovar Hradní Vrch",
        "country": "CZ", "sector": "C", "organisation_type": "micro-enterprise", "size": "micro",
        "year_start": 2020, "year_end": None,
        "sdgs": [2, 12], "areas": ["circular-industry", "farm-to-fork"],
        "summary": _p("""A craft brewery dries its spent grain and mills it into a high-fibre flour
            for bakeries, turning a disposal problem into a small second revenue stream."""),
        "challenge": _p("""The brewery produced about 90 tonnes of wet spent grain a year; local
            farmers took it for feed only irregularly, and it often spoiled. The owner wanted to use
            it as food but had no experience outside brewing."""),
        "what_was_done": _p("""The owner and two bakers used the sustainable business model canvas
            to compare feed sales, biogas and flour, and chose flour. The brewery bought a used drum
            dryer and mill and developed recipes for crackers and bread with two partner bakeries.
            The dryer runs partly on heat recovered from the brewing kettle."""),
        "stakeholders": _p("""Partner bakeries; a food technology institute that tested shelf life
            and food safety; the regional food authority; customers at farmers' markets."""),
        "results": _p("""The brewery turns about 60 % of its spent grain into roughly 12 tonnes of
            flour a year, supplied to nine bakeries. Flour sales cover the dryer's running costs
            with a small margin, and spoilage problems have ended."""),
        "key_figures": [
            {"value": "12 t", "label": "spent-grain flour per year"},
            {"value": "9", "label": "bakeries supplied"},
            {"value": "≈ 60 %", "label": "of spent grain upcycled into food"},
        ],
        "enabling_factors": _p("""Support from the food technology institute, and bakeries' interest
            in local, fibre-rich ingredients."""),
        "obstacles": "Food safety approval took time, and drying is energy-intensive.",
        "what_did_not_work": _p("""Selling flour to consumers in small packs took too much labour
            for the revenue it brought."""),
        "transferability": _p("""Transfers to small breweries and distilleries near bakeries. Energy
            costs for drying are the deciding factor."""),
        "lessons_learned": _p("""The canvas made the trade-offs between options visible in a single
            afternoon. Recovering heat from brewing made drying affordable."""),
        "resources": _p("""EUR 48,000 for a used dryer and mill, partly from a regional SME
            innovation voucher, plus the owner's time."""),
        "source_partner": "SPCleantech Cluster",
        "methods": ["sustainable-business-model-canvas"], "units": ["circular-business-models"],
    },
    {
        "slug": "festival-reusable-cups-hungary",
        "title": "Reusable cups and plates with a deposit at a lakeside music festival",
        "organisation": "Tópart Fesztivál Kft.",
        "country": "HU", "sector": "R", "organisation_type": "sme", "size": "small",
        "year_start": 2019, "year_end": 2023,
        "sdgs": [11, 12, 14], "areas": ["zero-pollution"],
        "summary": _p("""A five-day festival with 25,000 visitors a day replaced single-use cups and
            plates with a deposit-based reuse system and more than halved its residual waste; a
            pre-mortem prepared staff for the failure points."""),
        "challenge": _p("""The festival generated about 140 tonnes of waste, much of it cups and
            food containers, and litter reached the lake shore. Vendors feared slower service and
            financial losses."""),
        "what_was_done": _p("""The organisers ran a pre-mortem with vendors, volunteers and security
            staff, which named queues at return points, theft and washing capacity as the main
            risks. The festival introduced reusable cups and plates with a EUR 2 deposit, mobile
            washing units and twice as many return points. Vendor contracts made the system
            mandatory."""),
        "stakeholders": _p("""Food and drink vendors; a reuse service provider; volunteers; the
            municipality and the lake management authority; visitors."""),
        "results": _p("""Residual waste fell from 140 to 61 tonnes between 2019 and 2023. The cup
            return rate was 94 %, and litter counts on the shoreline fell by about 70 %."""),
        "key_figures": [
            {"value": "−56 %", "label": "residual waste"},
            {"value": "94 %", "label": "cup return rate"},
            {"value": "≈ 70 %", "label": "less litter on the shoreline"},
        ],
        "enabling_factors": _p("""Contractual leverage over vendors, and a service provider with
            enough washing capacity."""),
        "obstacles": "Water and energy use for washing, and early resistance from vendors.",
        "what_did_not_work": _p("""Compostable plates tried in 2019 were not accepted by the local
            composting plant and ended up as residual waste."""),
        "transferability": _p("""Transfers to festivals and events with controlled access and vendor
            contracts. Needs careful planning of washing logistics and a deposit high enough to
            matter."""),
        "lessons_learned": _p("""The pre-mortem put return points and queues at the centre of
            planning, and these had been the main complaints at other festivals. Compostable
            tableware is no solution without matching waste treatment."""),
        "resources": _p("""About EUR 160,000 a year in reuse operating costs, partly covered by
            unclaimed deposits. A project lead and 40 volunteers."""),
        "source_partner": "HMKW University of Applied Sciences",
        "methods": ["pre-mortem"], "units": ["organisational-culture-and-change"],
    },
    {
        "slug": "reclaimed-materials-lisbon",
        "title": "Reclaiming tiles, doors and stone from renovation sites in Lisbon",
        "organisation": "Construções Tejo Circular, Lda.",
        "country": "PT", "sector": "F", "organisation_type": "sme", "size": "medium",
        "year_start": 2020, "year_end": None,
        "sdgs": [9, 11, 12], "areas": ["buildings-renovation", "circular-industry"],
        "summary": _p("""A renovation contractor changed its site routines to dismantle and reuse
            valuable materials and opened a depot that sells them to architects and homeowners."""),
        "challenge": _p("""Renovating older buildings produced large volumes of mixed demolition
            waste, and hand-painted tiles, solid wood doors and limestone were broken and
            landfilled. Site routines were designed for speed of demolition."""),
        "what_was_done": _p("""Site managers and workers mapped the strip-out routine and found
            steps where selective dismantling could be added with little delay. The company
            introduced pre-demolition audits, simple material passports for reclaimed items, and a
            depot where architects and private clients buy them."""),
        "stakeholders": _p("""Site workers and managers; architects who specify reclaimed materials;
            the municipal heritage department; clients who accept reuse clauses in contracts."""),
        "results": _p("""In 2023 the company recovered 1,150 tonnes of materials for reuse, and the
            share of its demolition waste going to landfill fell from 55 % to 22 %. The depot sold
            EUR 380,000 worth of materials."""),
        "key_figures": [
            {"value": "1,150 t", "label": "materials recovered for reuse in 2023"},
            {"value": "55 % → 22 %", "label": "share of demolition waste landfilled"},
            {"value": "EUR 380,000", "label": "depot sales in 2023"},
        ],
        "enabling_factors": _p("""Architects' interest in heritage materials, and municipal rules
            for historic buildings."""),
        "obstacles": _p("""No standards or warranties for reused materials, and limited storage
            space in the city."""),
        "what_did_not_work": _p("""Reusing concrete blocks was abandoned because testing cost more
            than new blocks."""),
        "transferability": _p("""Transfers to renovation contractors in cities with old building
            stock and a market of architects. Requires storage space and staff trained in
            audits."""),
        "lessons_learned": _p("""Small changes to site routines – an audit before demolition and a
            time buffer for dismantling – created most of the value."""),
        "resources": _p("""EUR 420,000 for the depot and equipment from own funds and a bank loan,
            plus an auditor at 0.5 FTE."""),
        "source_partner": "ASIIN Consult",
        "methods": ["routine-mapping"], "units": ["life-cycle-and-impact"],
    },
    {
        "slug": "water-losses-tuscany",
        "title": "Reducing water losses in an ageing distribution network",
        "organisation": "Acque del Poggio S.p.A.",
        "country": "IT", "sector": "E", "organisation_type": "large-enterprise", "size": "large",
        "year_start": 2018, "year_end": 2023,
        "sdgs": [6, 9, 11], "areas": ["zero-pollution", "climate-ambition"],
        "summary": _p("""A water utility cut network losses by a third through district metering and
            pressure management, after engineers questioned the belief that only pipe replacement
            could help."""),
        "challenge": _p("""The utility lost about 44 % of the water it put into its network.
            Engineers assumed that the main cause was old pipes needing replacement on a scale the
            utility could not afford."""),
        "what_was_done": _p("""In ladder-of-inference sessions with engineers and field crews, the
            utility found that the replacement conclusion rested on a few dramatic bursts rather
            than on network data. It divided the network into 140 district metered areas, introduced
            night-flow monitoring and pressure reduction, and prioritised pipe replacement according
            to the data."""),
        "stakeholders": _p("""Engineers and field crews; municipalities as network owners; the
            regional regulator; a university team that analysed flow data."""),
        "results": _p("""Losses fell from 44 % to 31 % by 2023, saving about 9 million m³ of water
            and 4.2 GWh of pumping electricity a year."""),
        "key_figures": [
            {"value": "44 % → 31 %", "label": "network water losses"},
            {"value": "≈ 9 million m³", "label": "water saved per year"},
            {"value": "4.2 GWh", "label": "less pumping electricity per year"},
        ],
        "enabling_factors": _p("""Regulatory incentives linked to loss reduction, and university
            support for data analysis."""),
        "obstacles": "Heavy workloads for field crews, and unreliable data from old meters.",
        "what_did_not_work": _p("""Acoustic leak sensors across the whole network were too expensive
            to maintain, so their use was limited to priority districts."""),
        "transferability": _p("""Transfers to water utilities with high losses. District metering is
            established practice, but it needs sustained staff capacity to act on the data."""),
        "lessons_learned": _p("""Questioning an entrenched belief redirected investment from
            expensive replacement to cheaper management measures that acted faster."""),
        "resources": _p("""EUR 11 million over five years from tariffs and national recovery funds,
            and a data team of five."""),
        "source_partner": "University of Florence",
        "methods": ["ladder-of-inference"], "units": ["sustainability-challenges-and-systems"],
    },
    {
        "slug": "social-bakery-leipzig",
        "title": "A social bakery that trains refugees and turns unsold bread into new products",
        "organisation": "Krumenwerk Leipzig gGmbH",
        "country": "DE", "sector": "C", "organisation_type": "social-enterprise", "size": "small",
        "year_start": 2018, "year_end": None,
        "sdgs": [8, 10, 12], "areas": ["farm-to-fork", "just-transition"],
        "summary": _p("""A non-profit bakery trains refugees and long-term unemployed people as
            bakers and processes unsold bread into breadcrumbs, croutons and a bread beer."""),
        "challenge": _p("""Bakeries in the city discarded a notable share of daily production, while
            refugees with baking experience struggled to find work because of language barriers and
            missing certificates. The founders disagreed about whether training or waste reduction
            was the core mission."""),
        "what_was_done": _p("""A values card sort with staff, trainees and board members settled a
            shared mission around dignified work and respect for food. The bakery runs a two-year
            training programme, collects unsold bread from its own shops and three partner bakeries,
            and makes breadcrumbs and croutons; a local brewery brews a beer from the bread."""),
        "stakeholders": _p("""Trainees; the employment agency; the chamber of crafts, which
            recognises the training; partner bakeries and the brewery; neighbourhood customers."""),
        "results": _p("""Since 2018, 46 trainees have completed the programme and 33 work as bakers.
            The bakery processes about 38 tonnes of unsold bread a year into new products."""),
        "key_figures": [
            {"value": "33 of 46", "label": "graduates working as bakers"},
            {"value": "38 t", "label": "unsold bread processed per year"},
        ],
        "enabling_factors": _p("""Recognition of the training by the chamber of crafts, and loyal
            customers in the neighbourhood."""),
        "obstacles": "Uncertain residence permits for some trainees, and tight margins.",
        "what_did_not_work": "A café in the bakery was unprofitable and closed after two years.",
        "transferability": _p("""Transfers to cities with support structures for social enterprises
            and a recognised craft training system."""),
        "lessons_learned": _p("""Clarifying values reduced internal conflict and made communication
            with funders easier."""),
        "resources": _p("""Annual budget of about EUR 900,000: 65 % sales and 35 % employment and
            training subsidies. Fourteen staff."""),
        "source_partner": "HMKW University of Applied Sciences",
        "methods": ["values-card-sort"], "units": ["organisational-culture-and-change"],
    },
    {
        "slug": "mine-worker-reskilling-silesia",
        "title": "Reskilling mine workers for renovation and heat pump jobs in Upper Silesia",
        "organisation": "Fundacja Nowe Kompetencje Śląsk",
        "country": "PL", "sector": "P", "organisation_type": "ngo", "size": "small",
        "year_start": 2021, "year_end": None,
        "sdgs": [4, 8, 10], "areas": ["just-transition"],
        "summary": _p("""A foundation built a reskilling programme for miners in building renovation
            and heat pump installation, designed through fishbowl dialogues between unions,
            employers and training providers."""),
        "challenge": _p("""Planned mine closures threatened several thousand jobs in the area, and
            miners distrusted retraining schemes they saw as a prelude to redundancy. At the same
            time, heat pump and insulation installers could not find skilled workers."""),
        "what_was_done": _p("""The foundation organised fishbowl dialogues in which miners, union
            representatives, installers and vocational schools discussed fears and needs in the
            open. The resulting nine-month programme combines technical training, paid placements
            with installers and recognition of mining skills in electrics and hydraulics. An impact
            pathway defines indicators for job placement and wages."""),
        "stakeholders": _p("""Trade unions; the mining company's HR department; installers and their
            trade association; vocational schools; the regional labour office."""),
        "results": _p("""By 2024, 310 participants had enrolled, 248 completed and 196 were employed
            in renovation and heating, with median wages at 88 % of their previous mining wage.
            Employers report a shorter time to full productivity than with other new hires."""),
        "key_figures": [
            {"value": "196", "label": "graduates employed in renovation and heat pump jobs"},
            {"value": "80 %", "label": "completion rate"},
            {"value": "88 %", "label": "median wage relative to previous mining wage"},
        ],
        "enabling_factors": _p("""Funding from the Just Transition Fund, and union involvement from
            the start."""),
        "obstacles": "The wage gap with mining, and long commuting distances to installer firms.",
        "what_did_not_work": _p("""Online theory modules had high dropout and were replaced by
            evening classroom sessions."""),
        "transferability": _p("""Transfers to other coal and carbon-intensive regions. Requires
            trust from unions and firm placement commitments from employers."""),
        "lessons_learned": _p("""Dialogue in which miners' fears were heard openly made the
            programme credible. Recognising existing skills shortened training and raised
            self-confidence."""),
        "resources": _p("""EUR 4.2 million over four years from the Just Transition Fund and the
            regional budget; a staff of nine."""),
        "source_partner": "Cracow University of Technology",
        "methods": ["fishbowl-dialogue", "impact-pathway"],
        "units": ["sustainability-challenges-and-systems"],
    },
    {
        "slug": "remote-monitoring-rural-slovakia",
        "title": "Remote monitoring for chronic patients in rural eastern Slovakia",
        "organisation": "MedSpoj s.r.o.",
        "country": "SK", "sector": "Q", "organisation_type": "start-up", "size": "small",
        "year_start": 2020, "year_end": None,
        "sdgs": [3, 10], "areas": ["just-transition", "sustainable-mobility"],
        "summary": _p("""A digital health start-up offers remote monitoring for patients with heart
            failure and diabetes in villages with few doctors, and adjusts the service through a
            retrospective after each pilot."""),
        "challenge": _p("""Villages in eastern Slovakia have ageing populations, few general
            practitioners and poor public transport, and patients travel up to 60 km for check-ups.
            Hospital readmissions for heart failure were high."""),
        "what_was_done": _p("""The start-up developed a kit with a blood pressure monitor, scales
            and a glucose meter that transmit over the mobile network, with nurses reviewing the
            data centrally. Each of three pilots with GP practices ended with a retrospective
            involving nurses, GPs and patients, which led to simpler devices, phone calls instead of
            app messages, and the involvement of family members."""),
        "stakeholders": _p("""GP practices, nurses, patients and their families, a regional health
            insurer and municipal social workers."""),
        "results": _p("""In the third pilot with 420 patients, heart failure readmissions were 27 %
            lower than in a matched control group over 12 months, and patients avoided about seven
            clinic trips a year. The health insurer has reimbursed the service since 2024."""),
        "key_figures": [
            {"value": "−27 %", "label": "heart failure readmissions vs. control group"},
            {"value": "420", "label": "patients in the third pilot"},
            {"value": "≈ 7", "label": "clinic trips avoided per patient per year"},
        ],
        "enabling_factors": _p("""A health insurer interested in fewer readmissions, and GP
            practices under heavy workload."""),
        "obstacles": _p("""Gaps in mobile coverage, low digital literacy among older patients, and
            lengthy data protection approval."""),
        "what_did_not_work": _p("""A smartphone app for patients was used by fewer than 20 % of
            participants in the first pilot."""),
        "transferability": _p("""Transfers to rural areas with doctor shortages, provided that a
            reimbursement arrangement can be agreed."""),
        "lessons_learned": _p("""Retrospectives with patients and nurses showed that human contact
            mattered more than the technology."""),
        "resources": _p("""EUR 900,000 in seed funding from a regional venture fund and an EU health
            programme grant; a team of eleven."""),
        "source_partner": "SPCleantech Cluster",
        "methods": ["retrospective"], "units": ["innovation-project"],
    },
    {
        "slug": "shared-reusable-cups-dublin",
        "title": "A shared reusable coffee cup scheme across independent cafés",
        "organisation": "Ciorcal Cups Ltd",
        "country": "IE", "sector": "G", "organisation_type": "start-up", "size": "micro",
        "year_start": 2021, "year_end": None,
        "sdgs": [11, 12], "areas": ["circular-industry", "zero-pollution"],
        "summary": _p("""A start-up operates a deposit-based reusable cup scheme shared by
            independent cafés, designed with café owners and customers in a co-creation sprint."""),
        "challenge": _p("""Single-use coffee cups were a visible part of street litter, and a
            national levy on disposable cups was planned. Cafés' own reusable cup schemes had little
            uptake because cups had to be returned to the same café."""),
        "what_was_done": _p("""A co-creation sprint with café owners, baristas, customers and a
            washing service designed a shared scheme: customers pay a EUR 1 deposit, return the cup
            to any participating café or drop box, and cups are collected and washed centrally. The
            sprint prototype tested two cup designs and three return options."""),
        "stakeholders": _p("""Independent cafés; customers; a social enterprise washing service; the
            city council, which provided drop box sites; university campuses as early adopters."""),
        "results": _p("""By 2024, 142 cafés took part. Scan data show about 1.9 million uses since
            launch, each replacing a single-use cup, with around 3 % of cups lost per cycle."""),
        "key_figures": [
            {"value": "142", "label": "participating cafés"},
            {"value": "≈ 1.9 million", "label": "single-use cups avoided"},
            {"value": "3 %", "label": "cups lost per use cycle"},
        ],
        "enabling_factors": "The planned national levy, and university campuses that joined early.",
        "obstacles": "Washing and collection costs, and customer habits.",
        "what_did_not_work": _p("""An early app-only version without a deposit lost too many cups;
            the deposit was reintroduced."""),
        "transferability": _p("""Transfers to cities with dense café networks. Requires central
            washing and a deposit system."""),
        "lessons_learned": _p("""Sharing the scheme across cafés, the central idea from the sprint,
            was what made returning cups convenient."""),
        "resources": _p("""EUR 650,000 from angel investors and a national circular economy
            innovation grant; seven staff."""),
        "source_partner": "Creative Labs",
        "methods": ["co-creation-sprint"], "units": ["circular-business-models"],
    },
    {
        "slug": "island-microgrid-aegean",
        "title": "A community-owned solar and battery system on a small Aegean island",
        "organisation": "Aegean Island Energy Cooperative",
        "country": "GR", "sector": "D", "organisation_type": "social-enterprise", "size": "micro",
        "year_start": 2019, "year_end": None,
        "sdgs": [7, 13, 17], "areas": ["clean-energy"],
        "summary": _p("""Residents of a small island founded an energy cooperative that runs solar
            panels and a battery, reducing dependence on diesel generation; stakeholder mapping
            helped it through a complex approval chain."""),
        "challenge": _p("""The island, with about 900 winter residents and up to 4,000 people in
            summer, relied on a diesel power station with high costs and frequent outages. Earlier
            attempts to install renewables had stalled over permits and local opposition."""),
        "what_was_done": _p("""The cooperative mapped stakeholders from the grid operator and
            regulator to church landowners and hoteliers, which showed which approvals to seek in
            what order. It installed 1.4 MWp of solar and a 2.4 MWh battery connected to the island
            grid under an agreement with the operator, and runs an energy-saving programme with
            hotels."""),
        "stakeholders": _p("""Residents and hoteliers as members; the island grid operator; the
            energy regulator; the municipality; the church as landowner; a university that modelled
            the system."""),
        "results": _p("""Renewables supplied 38 % of the island's electricity in 2023, up from 2 %,
            and diesel consumption fell by about 600,000 litres a year. Outages fell from 26 to 9 a
            year."""),
        "key_figures": [
            {"value": "38 %", "label": "renewable share of island electricity"},
            {"value": "≈ 600,000 L", "label": "diesel avoided per year"},
            {"value": "26 → 9", "label": "power outages per year"},
        ],
        "enabling_factors": _p("""National support for non-interconnected islands, and a trusted
            local leader."""),
        "obstacles": "Permitting took three years, and the grid operator set curtailment limits.",
        "what_did_not_work": "Demand response through a smart-home app attracted few households.",
        "transferability": _p("""Transfers to non-interconnected islands and remote grids. Requires
            an agreement with the grid operator."""),
        "lessons_learned": _p("""Mapping the approval chain in advance saved time; earlier attempts
            had failed partly by approaching authorities in the wrong order."""),
        "resources": _p("""EUR 3.1 million: 30 % member equity, 50 % loan, 20 % grant. A volunteer
            board and one paid engineer."""),
        "source_partner": "Innofora",
        "methods": ["stakeholder-mapping"], "units": ["stakeholders-and-co-creation"],
    },
    {
        "slug": "green-sme-loans-spain",
        "title": "A credit cooperative's green loan line for small business energy upgrades",
        "organisation": "Meseta Credit Cooperative",
        "country": "ES", "sector": "K", "organisation_type": "large-enterprise", "size": "large",
        "year_start": 2020, "year_end": None,
        "sdgs": [7, 8, 13], "areas": ["sustainable-finance", "clean-energy"],
        "summary": _p("""A regional credit cooperative launched a green loan line for small
            businesses' solar and efficiency investments, after testing its own assumptions about
            demand and risk."""),
        "challenge": _p("""Farms, workshops and shops in the region faced rising energy costs but
            rarely invested in solar or efficiency. Credit officers assumed that demand was low and
            that such loans were riskier than ordinary business lending."""),
        "what_was_done": _p("""Credit officers and managers used assumption surfacing to list the
            beliefs behind their reluctance and tested them: an analysis of repayment data on
            earlier energy loans, interviews with 40 SME clients and a six-month pilot in two
            branches. The pilot showed strong demand when loans came with a simple energy check by
            partner installers. The bank then launched a green loan line with a lower margin,
            standard technical checks and reporting aligned with the EU taxonomy."""),
        "stakeholders": _p("""Credit officers; SME clients; partner installers and a regional energy
            agency; the bank's risk department; a national promotional bank that provided a
            guarantee."""),
        "results": _p("""Between 2021 and 2024 the bank issued 1,870 green loans worth EUR 64
            million, financing about 48 MWp of solar. The default rate was 0.9 %, against 2.3 % for
            the SME portfolio as a whole."""),
        "key_figures": [
            {"value": "EUR 64 million", "label": "green loans issued 2021–2024"},
            {"value": "0.9 %", "label": "default rate (SME portfolio: 2.3 %)"},
            {"value": "≈ 48 MWp", "label": "solar capacity financed"},
        ],
        "enabling_factors": _p("""A guarantee from a national promotional bank, and an established
            network of installers."""),
        "obstacles": _p("""Installer quality varied, and taxonomy reporting required data the bank
            had not collected before."""),
        "what_did_not_work": _p("""A separate online application channel was rarely used; clients
            preferred advice in the branch."""),
        "transferability": _p("""Transfers to regional, savings and cooperative banks with local SME
            clients. A guarantee scheme lowers the entry barrier."""),
        "lessons_learned": _p("""Testing assumptions against the bank's own data overturned the
            belief that green loans were riskier."""),
        "resources": _p("""The pilot cost EUR 120,000; a product team of five; a guarantee covering
            50 % of loan losses."""),
        "source_partner": "Complutense University of Madrid",
        "methods": ["assumption-surfacing"], "units": ["financing-procurement-and-policy"],
    },
    {
        "slug": "citizen-smart-city-strategy-slovakia",
        "title": "A smart city strategy built on a citizen panel's priorities in a Slovak town",
        "organisation": "City of Novohronsk",
        "country": "SK", "sector": "O", "organisation_type": "public-authority", "size": "medium",
        "year_start": 2020, "year_end": None,
        "sdgs": [11, 16, 17], "areas": ["sustainable-mobility", "climate-ambition"],
        "summary": _p("""A mid-sized Slovak city replaced a technology-led smart city plan with a
            strategy based on a citizen panel's priorities: safe walking and cycling, open contract
            data and shaded public spaces."""),
        "challenge": _p("""An earlier smart city plan proposed by a vendor centred on sensors and
            smart parking and had little public support, and trust in the city government was low
            after procurement scandals. Car use was high, cycle lanes were few and no open data
            existed."""),
        "what_was_done": _p("""The city commissioned a citizen panel of 40 residents selected by
            lot, which met over four weekends. Its recommendations – safe routes to schools, a cycle
            network, an open contracts portal and shaded public spaces – became the core of a smart
            city strategy adopted unanimously by the council. All contracts above EUR 5,000 are now
            published online."""),
        "stakeholders": _p("""The citizen panel; the city council; schools and parents; a cycling
            NGO; a university team that monitors results; the regional development agency for EU
            funding."""),
        "results": _p("""By 2024 the city had built 14 km of protected cycle lanes and 11 school
            streets, and the share of children walking or cycling to surveyed schools rose from 31 %
            to 44 %. The contracts portal receives about 3,000 visits a month."""),
        "key_figures": [
            {"value": "14 km", "label": "protected cycle lanes built"},
            {"value": "31 % → 44 %", "label": "children walking or cycling to school"},
            {"value": "40", "label": "residents on the citizen panel"},
        ],
        "enabling_factors": _p("""A mayor elected on a transparency platform, and EU integrated
            territorial investment funds."""),
        "obstacles": _p("""Some shop owners opposed the loss of parking, and the city had few staff
            to manage projects."""),
        "what_did_not_work": _p("""A vendor-supplied smart parking pilot was cancelled because of
            high costs and low use."""),
        "transferability": _p("""Transfers to Central and Eastern European cities that need to
            rebuild public trust. Requires a political commitment to act on the panel's
            recommendations."""),
        "lessons_learned": _p("""A smart city strategy gains support when it starts from residents'
            everyday problems rather than from technology."""),
        "resources": _p("""EUR 55,000 for the panel and EUR 6.8 million of investment over four
            years, 70 % of it from EU funds."""),
        "source_partner": "SPCleantech Cluster",
        "methods": ["citizen-panel"], "units": ["financing-procurement-and-policy"],
    },
    {
        "slug": "district-heating-geothermal-hungary",
        "title": "Geothermal heat and consumption-based billing for a town's district heating",
        "organisation": "Kőrösliget Municipal Heat Utility",
        "country": "HU", "sector": "D", "organisation_type": "public-authority", "size": "medium",
        "year_start": 2019, "year_end": 2023,
        "sdgs": [1, 7, 11, 13], "areas": ["clean-energy", "buildings-renovation"],
        "summary": _p("""A municipal heat utility in a Hungarian town mapped its billing and
            maintenance routines, introduced individual metering and replaced most of its gas with
            geothermal heat as part of the town's smart city strategy."""),
        "challenge": _p("""The network served 6,800 flats in prefabricated blocks, mostly from gas
            boilers, with flat-rate billing per square metre. Residents had no reason to save and
            could not regulate their radiators, and network losses were high."""),
        "what_was_done": _p("""Utility staff mapped billing, maintenance and customer service
            routines and found that flat-rate billing and annual manual meter readings blocked both
            savings and early fault detection. The utility installed thermostatic valves and heat
            cost allocators in all flats, introduced consumption-based billing with monthly online
            data, drilled two geothermal wells and replaced the oldest main pipes."""),
        "stakeholders": _p("""Housing cooperatives and residents' representatives; the town council;
            a geothermal drilling company; the national energy agency; a social fund that supports
            low-income households."""),
        "results": _p("""Heat consumption per flat fell by 19 % after consumption-based billing
            began. Geothermal wells now provide 58 % of the heat, avoiding about 3.3 million m³ of
            natural gas a year, and network losses fell from 21 % to 14 %."""),
        "key_figures": [
            {"value": "−19 %", "label": "heat consumption per flat"},
            {"value": "58 %", "label": "of heat from geothermal wells"},
            {"value": "≈ 3.3 million m³", "label": "natural gas avoided per year"},
        ],
        "enabling_factors": _p("""A good geothermal resource, EU cohesion funds, and residents'
            representatives involved in designing the billing rules."""),
        "obstacles": _p("""Bills initially rose for flats on exposed corners and top floors, causing
            tension among neighbours."""),
        "what_did_not_work": _p("""The first billing formula had no correction for exposed flats and
            had to be revised after complaints."""),
        "transferability": _p("""Transfers to district heating systems in Central and Eastern
            Europe; geothermal heat depends on local geology, but consumption-based billing applies
            everywhere."""),
        "lessons_learned": _p("""Routine mapping showed that billing and meter-reading practices,
            not technology, were what blocked savings."""),
        "resources": _p("""EUR 16 million, 70 % from EU cohesion funds; a project team of six over
            four years."""),
        "source_partner": "Cracow University of Technology",
        "methods": ["routine-mapping"], "units": ["sustainability-challenges-and-systems"],
    },
    {
        "slug": "eco-design-workshops-lyon",
        "title": "Short life-cycle workshops that changed small manufacturers' redesign priorities",
        "organisation": "Atelier Cycle de Vie SARL",
        "country": "FR", "sector": "M", "organisation_type": "micro-enterprise", "size": "micro",
        "year_start": 2019, "year_end": None,
        "sdgs": [9, 12], "areas": ["circular-industry"],
        "summary": _p("""A small design consultancy runs one-day life-cycle thinking workshops with
            manufacturing SMEs, helping them avoid investing in the wrong improvements."""),
        "challenge": _p("""Small manufacturers wanted to improve the environmental performance of
            their products but could not afford full life cycle assessments. They often focused on
            visible issues such as packaging rather than on the largest impacts."""),
        "what_was_done": _p("""The consultancy developed a one-day workshop combining life-cycle
            thinking with screening data, followed by a redesign sprint. Over five years it has
            worked with 47 SMEs making furniture, household appliances, cosmetics and sports
            equipment, often with key suppliers in the room."""),
        "stakeholders": _p("""SME managers and designers; invited suppliers; the regional chamber of
            commerce as co-funder; a university LCA laboratory that validates results."""),
        "results": _p("""In 36 of 47 projects the main hot spot differed from what the company
            expected. In a follow-up survey of 30 SMEs, 22 had implemented at least one redesign,
            with estimated footprint reductions of 10–35 % per product."""),
        "key_figures": [
            {"value": "47", "label": "SMEs supported"},
            {"value": "36 of 47", "label": _p("""projects where the main hot spot surprised the
                company""")},
            {"value": "10–35 %", "label": "estimated footprint reduction per redesigned product"},
        ],
        "enabling_factors": _p("""Co-funding from the chamber of commerce, and tightening rules on
            environmental claims that create demand."""),
        "obstacles": _p("""SMEs have limited data on their suppliers, and follow-up depends on an
            internal champion."""),
        "what_did_not_work": _p("""Remote-only workshops in 2020–2021 were weaker because product
            samples and supplier discussions were missing."""),
        "transferability": _p("""Transfers to consultancies and innovation agencies that support
            SMEs. Requires access to screening LCA data and an expert to validate results."""),
        "lessons_learned": _p("""A quick screening prevents wrong priorities; full LCAs are only
            needed when a company wants to make public claims."""),
        "resources": _p("""Three consultants; workshops cost EUR 3,500 each, half co-funded by the
            chamber of commerce."""),
        "source_partner": "ISPIM",
        "methods": ["life-cycle-thinking-workshop"], "units": ["life-cycle-and-impact"],
    },
]
# fmt: on
