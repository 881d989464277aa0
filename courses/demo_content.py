"""Demo course module and units for `seed_demo`: fictional organisations, realistic
figures, marked as demo on the site. Pure data; tests/hub/test_demo_content.py checks
it. The data block is excluded from ruff format to keep related short fields on one
line."""

from hub.demo.pages import one_line as _p

# fmt: off
MODULE = {
    "slug": "sustainable-innovation-practices",
    "title": "Sustainable Innovation Practices",
    "ects": 12, "eqf": 7, "language": "en",
    "summary": _p("""A postgraduate module on how organisations develop, introduce and evaluate
        innovations that reduce environmental harm and improve social outcomes. Participants work on
        a real challenge from their own or a partner organisation and apply methods from the IMPACT
        toolkits throughout."""),
    "audiences": ["practitioners", "managers", "students"],
    "prerequisites": _p("""A bachelor's degree, or at least three years of professional experience,
        in business, engineering, public administration or a related field. Basic project management
        knowledge is assumed; no prior training in sustainability is required. Participants need
        access to a real innovation challenge for the project unit."""),
    "learning_outcomes": [
        {"text": _p("""Analyse a sustainability challenge in an organisational or regional setting
            using systems thinking, including feedback loops and trade-offs between environmental,
            social and economic goals."""), "competences": ["greencomp:2.1", "greencomp:2.3"]},
        {"text": _p("""Design and facilitate the involvement of internal and external stakeholders
            in an innovation process, taking power differences and fairness into account."""),
            "competences": ["greencomp:1.2", "entrecomp:2.5", "entrecomp:3.4"]},
        {"text": _p("""Critically examine organisational routines, values and assumptions that
            hinder sustainable innovation, and propose ways to change them."""),
            "competences": ["greencomp:2.2", "entrecomp:3.5"]},
        {"text": _p("""Develop sustainable and circular business models and assess their economic
            viability and their environmental and social effects."""),
            "competences": ["entrecomp:1.1", "entrecomp:1.5", "entrecomp:2.4"]},
        {"text": _p("""Apply life-cycle thinking and impact pathways to plan and evaluate
            innovations with appropriate indicators."""),
            "competences": ["greencomp:1.3", "entrecomp:1.4"]},
        {"text": _p("""Plan and lead a sustainable innovation project under uncertainty, mobilising
            people, finance and policy instruments."""),
            "competences": ["entrecomp:2.3", "entrecomp:3.3", "greencomp:4.2", "greencomp:4.3"]},
    ],
    "assessment": _p("""Portfolio (40 %): six short entries, one after each of units 1–6, applying
        one toolkit method to the participant's own context and reflecting on the result. Project
        report (40 %): a report of 6,000–8,000 words on the unit 7 project, covering stakeholder
        analysis, business model, impact pathway and implementation plan. Presentation and peer
        review (20 %): a 15-minute presentation to a panel that includes a practitioner, plus
        written feedback on two peers' projects. Each component must be passed."""),
    "trainer_notes": _p("""The module works best with mixed groups of 15–25 participants from
        different sectors, which makes comparisons across the hub cases productive. Ask participants
        to choose their project challenge before unit 1 and bring it to every unit. Blended delivery
        works well: about one third of contact hours on-site for the workshop-based methods and the
        rest online."""),
    "units": [
        {
            "slug": "sustainability-challenges-and-systems",
            "title": "Sustainability challenges and systems thinking",
            "summary": _p("""Introduces the environmental and social challenges behind the European
                Green Deal and tools for analysing them as systems. Participants map the system
                around their own innovation challenge."""),
            "workload_hours": 45,
            "learning_outcomes": [
                {"text": _p("""Explain planetary boundaries and social foundations as frames for
                    setting sustainability goals in an organisation."""),
                    "competences": ["greencomp:1.1", "greencomp:1.3"]},
                {"text": _p("""Build a causal loop diagram of a sustainability challenge and
                    identify leverage points."""),
                    "competences": ["greencomp:2.1", "greencomp:2.3"]},
                {"text": _p("""Use simple scenarios to explore how the challenge could develop up to
                    2040."""), "competences": ["greencomp:3.1", "greencomp:3.3"]},
            ],
            "activities": _p("""Two lectures on planetary boundaries, the Green Deal and transition
                theory; a systems mapping workshop on participants' own challenges; analysis of hub
                cases on water losses, district heating and coal-region reskilling with a focus on
                feedback loops; a scenario exercise in small groups. Self-study covers the readings
                and a first portfolio entry."""),
            "methods": [],
            "readings": [
                "Donella H. Meadows, Thinking in Systems: A Primer (2008)",
                _p("""Kate Raworth, Doughnut Economics: Seven Ways to Think Like a 21st-Century
                    Economist (2017)"""),
                "Johan Rockström et al., A safe operating space for humanity, Nature 461 (2009)",
            ],
            "trainer_notes": _p("""Participants from business often find planetary boundaries
                abstract; ask them to relate each boundary to one input or output of their
                organisation. Keep the first causal loop diagrams small, with eight to twelve
                variables."""),
        },
        {
            "slug": "stakeholders-and-co-creation",
            "title": "Involving stakeholders in innovation",
            "summary": _p("""Covers why and how to involve employees, customers, suppliers,
                residents and authorities in innovation. Participants map the stakeholders of their
                project and practise facilitating a participatory format."""),
            "workload_hours": 45,
            "learning_outcomes": [
                {"text": _p("""Identify and prioritise the stakeholders of an innovation, including
                    those with little formal power."""),
                    "competences": ["greencomp:1.2", "greencomp:4.2"]},
                {"text": _p("""Select and facilitate a participation method suited to the purpose,
                    group and setting."""), "competences": ["entrecomp:2.5", "entrecomp:3.4"]},
                {"text": _p("""Assess the quality of a participation process in terms of
                    inclusiveness, influence and transparency."""),
                    "competences": ["greencomp:2.2", "greencomp:4.1"]},
            ],
            "activities": _p("""Lecture on stakeholder theory and levels of participation;
                stakeholder mapping of participants' projects; participants run a world café for the
                group and receive peer feedback on their facilitation; comparison of cases on a
                village energy cooperative, an island microgrid and an urban farm. Portfolio entry:
                a stakeholder engagement plan."""),
            "methods": ["stakeholder-mapping", "world-cafe"],
            "readings": [
                "R. Edward Freeman, Strategic Management: A Stakeholder Approach (1984)",
                _p("""Sherry R. Arnstein, A Ladder of Citizen Participation, Journal of the American
                    Institute of Planners 35(4) (1969)"""),
                _p("""Juanita Brown and David Isaacs, The World Café: Shaping Our Futures Through
                    Conversations That Matter (2005)"""),
            ],
            "trainer_notes": _p("""Let every participant facilitate at least once, since
                facilitation skills develop only through practice. Discuss openly when participation
                is tokenistic; Arnstein's ladder is a useful provocation."""),
        },
        {
            "slug": "organisational-culture-and-change",
            "title": "Reviewing routines, values and assumptions",
            "summary": _p("""Examines why sustainability initiatives stall in everyday practice.
                Participants look at routines, shared assumptions and values in their own
                organisations and design small experiments to change them."""),
            "workload_hours": 50,
            "learning_outcomes": [
                {"text": _p("""Describe how routines, mental models and organisational culture shape
                    innovation decisions."""), "competences": ["greencomp:2.2"]},
                {"text": _p("""Surface and test the assumptions underlying a sustainability
                    initiative."""), "competences": ["greencomp:2.2", "entrecomp:3.5"]},
                {"text": _p("""Design and run a small experiment to change a routine and reflect on
                    the results."""), "competences": ["greencomp:3.2", "entrecomp:3.1"]},
            ],
            "activities": _p("""Seminar on organisational learning and culture; a ladder of
                inference exercise on beliefs about customers and sustainability; a pre-mortem of
                each participant's project; a four-week routine change experiment at the workplace
                with a reflective log. Case analysis: anaesthetic gases in a hospital, a dairy
                co-operative and a music festival."""),
            "methods": ["ladder-of-inference", "pre-mortem"],
            "readings": [
                "Edgar H. Schein, Organizational Culture and Leadership (1985)",
                _p("""Peter M. Senge, The Fifth Discipline: The Art and Practice of the Learning
                    Organization (1990)"""),
                _p("""Chris Argyris, Overcoming Organizational Defenses: Facilitating Organizational
                    Learning (1990)"""),
            ],
            "trainer_notes": _p("""This unit touches on sensitive topics. Agree confidentiality
                rules at the start and let participants decide which examples to share. The
                workplace experiment needs a supervisor's agreement; check this in the first
                week."""),
        },
        {
            "slug": "circular-business-models",
            "title": "Sustainable and circular business models",
            "summary": _p("""Introduces business model archetypes for sustainability and the
                circular economy, and the financial logic behind them. Participants develop and
                compare alternative business models for a product or service."""),
            "workload_hours": 45,
            "learning_outcomes": [
                {"text": _p("""Compare sustainable business model archetypes and circular strategies
                    and the conditions under which they succeed."""),
                    "competences": ["entrecomp:1.1", "greencomp:2.1"]},
                {"text": _p("""Develop an alternative business model for a product or service using
                    the sustainable business model canvas."""),
                    "competences": ["entrecomp:1.2", "entrecomp:1.5"]},
                {"text": _p("""Estimate the economic viability of a circular business model,
                    including the cash flow effects of leasing and take-back."""),
                    "competences": ["entrecomp:2.4"]},
            ],
            "activities": _p("""Lectures on circular economy strategies and business model
                archetypes; a canvas workshop in teams; a financial modelling exercise for a
                product-as-a-service offer; analysis of cases on textile offcuts, furniture
                remanufacturing, spent grain and reusable cups; a guest talk by an
                entrepreneur."""),
            "methods": ["sustainable-business-model-canvas"],
            "readings": [
                "Alexander Osterwalder and Yves Pigneur, Business Model Generation (2010)",
                _p("""Nancy Bocken et al., A literature and practice review to develop sustainable
                    business model archetypes, Journal of Cleaner Production 65 (2014)"""),
                "Walter R. Stahel, The Circular Economy: A User's Guide (2019)",
            ],
            "trainer_notes": _p("""Participants tend to underestimate the working capital needed for
                product-as-a-service models, and the modelling exercise should make this visible.
                Encourage each team to keep at least one radical alternative canvas."""),
        },
        {
            "slug": "life-cycle-and-impact",
            "title": "Life-cycle thinking and impact assessment",
            "summary": _p("""Shows how to identify where the environmental impacts of a product or
                service arise and how to plan and measure the intended effects of an innovation. The
                focus is on reading and questioning assessments rather than running LCA
                software."""),
            "workload_hours": 45,
            "learning_outcomes": [
                {"text": _p("""Apply life-cycle thinking to identify the environmental hot spots of
                    a product or service."""), "competences": ["greencomp:1.3", "greencomp:2.1"]},
                {"text": _p("""Interpret the results and limits of a life cycle assessment and avoid
                    unsupported environmental claims."""),
                    "competences": ["greencomp:2.2", "entrecomp:1.5"]},
                {"text": "Develop an impact pathway with indicators for an innovation.",
                    "competences": ["entrecomp:1.4", "greencomp:3.1"]},
            ],
            "activities": _p("""Introduction to the ISO 14040 framework and to social impact
                measurement; a life-cycle thinking workshop on a product chosen by each team;
                critique of a published LCA and of a real advertising claim; construction of an
                impact pathway for the participant's project. Case analysis: hotel greywater, olive
                pomace and data centre waste heat."""),
            "methods": ["life-cycle-thinking-workshop", "impact-pathway"],
            "readings": [
                _p("""ISO 14040:2006 Environmental management – Life cycle assessment – Principles
                    and framework (2006)"""),
                "W.K. Kellogg Foundation, Logic Model Development Guide (2004)",
                _p("""John Elkington, Cannibals with Forks: The Triple Bottom Line of 21st Century
                    Business (1997)"""),
            ],
            "trainer_notes": _p("""EU rules on environmental claims are changing; check their
                current status before each run. Bring an actual product claim to the critique
                session, as abstract examples generate little discussion."""),
        },
        {
            "slug": "financing-procurement-and-policy",
            "title": "Financing, procurement and policy",
            "summary": _p("""Covers the public and private instruments that fund and create demand
                for sustainable innovation, from green loans and impact investment to green public
                procurement and EU policy. Participants prepare a pitch for their own project."""),
            "workload_hours": 50,
            "learning_outcomes": [
                {"text": _p("""Identify public and private funding instruments suited to different
                    stages of a sustainable innovation."""),
                    "competences": ["entrecomp:2.3", "entrecomp:2.4"]},
                {"text": _p("""Explain how green public procurement and EU policy such as the
                    taxonomy create demand for sustainable innovation."""),
                    "competences": ["greencomp:4.1", "greencomp:2.1"]},
                {"text": _p("""Prepare a funding or procurement pitch that presents expected impact
                    credibly."""), "competences": ["entrecomp:1.3", "entrecomp:2.5"]},
            ],
            "activities": _p("""Lectures on the EU taxonomy, green public procurement and funding
                programmes; analysis of cases on electric bus procurement, school catering, smart
                city strategies in Visegrad cities, green SME loans and a cross-industry circular
                investment network; a role play of a market dialogue before a tender; pitch practice
                with feedback from an investor or funding officer."""),
            "methods": [],
            "readings": [
                _p("""Mariana Mazzucato, Mission-Oriented Research & Innovation in the European
                    Union (2018)"""),
                "European Commission, The European Green Deal, COM(2019) 640 final (2019)",
                _p("""European Commission, Buying Green! A Handbook on Green Public Procurement, 3rd
                    edition (2016)"""),
            ],
            "trainer_notes": _p("""Funding programmes change often, so update the list of open calls
                before each run. Invite a procurement officer from a local authority; participants
                from business rarely know how tenders are evaluated."""),
        },
        {
            "slug": "innovation-project",
            "title": "Sustainable innovation project",
            "summary": _p("""Teams apply the module's methods to a real challenge: they involve
                stakeholders, develop and test a prototype or pilot, and reflect on the results. The
                unit ends with the project report and presentation."""),
            "workload_hours": 60,
            "learning_outcomes": [
                {"text": _p("""Plan and carry out a small sustainable innovation project with
                    stakeholders, including a prototype or pilot."""),
                    "competences": ["entrecomp:3.1", "entrecomp:3.2", "greencomp:4.3"]},
                {"text": "Manage uncertainty and adapt the project in response to evidence.",
                    "competences": ["entrecomp:3.3", "greencomp:3.2"]},
                {"text": _p("""Reflect systematically on the project and derive lessons that others
                    can use."""), "competences": ["entrecomp:3.5", "greencomp:4.2"]},
            ],
            "activities": _p("""Teams of three to five run a co-creation sprint with stakeholders of
                a real challenge, build and test a prototype and write the project report. Three
                coaching sessions with a trainer, a closing retrospective and a presentation to a
                panel."""),
            "methods": ["co-creation-sprint", "retrospective"],
            "readings": [
                "Eric Ries, The Lean Startup (2011)",
                _p("""Esther Derby and Diana Larsen, Agile Retrospectives: Making Good Teams Great
                    (2006)"""),
            ],
            "trainer_notes": _p("""Approve project topics by unit 2 and confirm that host
                organisations will give access. A failed prototype is acceptable if the reflection
                is sound; make this explicit in the grading criteria."""),
        },
    ],
}
# fmt: on
