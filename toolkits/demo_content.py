"""Demo toolkits and methods for `seed_demo`: fictional organisations, realistic figures, marked as
demo on the site. Pure data; tests/hub/test_demo_content.py checks it. The data block is
excluded from ruff format to keep related short fields on one line."""

from hub.demo.pages import one_line as _p

# fmt: off
TOOLKITS = [
    {
        "slug": "stakeholder-dialogue",
        "title": "Involving stakeholders in sustainable innovation",
        "intro": _p("""Five methods for bringing employees, customers, suppliers, residents and
            public bodies into an innovation process early enough for their views to change the
            outcome."""),
        "purpose": _p("""For trainers and practitioners running innovation projects that affect
            people outside the core team. Use it at the start of a project to see who matters,
            during ideation to widen the pool of ideas, and before decisions to test proposals with
            the people who will live with them."""),
        "audiences": ["trainers", "practitioners", "managers", "policy-makers"],
        "methods": [
            {
                "slug": "stakeholder-mapping",
                "title": "Stakeholder mapping on an influence–interest grid",
                "category": "stakeholder-involvement",
                "summary": _p("""Participants list everyone who affects or is affected by an
                    innovation and place them on an influence–interest grid to plan how to engage
                    them."""),
                "good_for": _p("""Making visible who is missing from an innovation project before
                    decisions are taken. Useful at project start and again at each major milestone,
                    because stakeholder positions shift over time."""),
                "experience": "none",
                "duration_min": 60, "duration_max": 90, "group_min": 4, "group_max": 16,
                "difficulty": "easy", "setting": "on-site",
                "materials": ["A0 sheet with a 2x2 grid (influence vs. interest)",
                    "Sticky notes in four colours", "Markers",
                    "Coloured string or tape for relationship lines"],
                "steps": [
                    {"title": "Define the question", "minutes": 10, "instructions": _p("""Write the
                        innovation and its time horizon at the top of the sheet, for example
                        'Switching our delivery fleet to electric vans by 2027'. Agree that a
                        stakeholder is anyone who affects, is affected by, or cares about the
                        change.""")},
                    {"title": "Collect stakeholders", "minutes": 15,
                        "instructions": _p("""Each participant silently writes stakeholders on
                        sticky notes, one per note and as specific as possible ('night-shift
                        drivers' rather than 'staff'). Prompt for non-human and future stakeholders
                        such as a river catchment or next year's apprentices.""")},
                    {"title": "Place them on the grid", "minutes": 20,
                        "instructions": _p("""Cluster duplicates, then place each note by its
                        influence over the decision (vertical axis) and its interest in it
                        (horizontal axis). Discuss placements people disagree on, as disagreement
                        often points to missing information.""")},
                    {"title": "Draw relationships", "minutes": 15, "instructions": _p("""Connect
                        stakeholders who influence each other with string or lines and mark known
                        conflicts in red. Look for indirect routes to influential actors you cannot
                        reach directly.""")},
                    {"title": "Plan engagement", "minutes": 20, "instructions": _p("""For each
                        quadrant agree an engagement mode (inform, consult, involve, collaborate).
                        Name a person responsible for each key stakeholder and a date for the first
                        contact.""")},
                ],
                "tips": [
                    _p("""Ask 'who would be upset to read about this in the local paper first?' to
                        surface overlooked groups."""),
                    _p("""Photograph and date the map, repeat the exercise at milestones and compare
                        versions."""),
                    "If the map will circulate, use roles rather than the names of individuals.",
                ],
                "variations": [
                    _p("""Online: use a shared whiteboard with a pre-drawn grid and a silent
                        ten-minute round in which everyone adds notes."""),
                    _p("""Mark each stakeholder's current attitude (supportive, neutral, opposed)
                        with coloured dots to add a third dimension."""),
                ],
            },
            {
                "slug": "world-cafe",
                "title": "World café on a shared sustainability question",
                "category": "stakeholder-involvement",
                "summary": _p("""Small groups rotate between tables to discuss linked questions,
                    each round building on the notes that earlier groups left behind."""),
                "good_for": _p("""Collecting a broad range of perspectives from a large, mixed group
                    in a short time and letting people from different departments or organisations
                    hear each other. Works early in an innovation process or when relaunching a
                    stalled initiative."""),
                "experience": "some",
                "duration_min": 90, "duration_max": 150, "group_min": 12, "group_max": 60,
                "difficulty": "easy", "setting": "on-site",
                "materials": ["Small tables for four to five people",
                    "Paper tablecloths or flip chart sheets on each table", "Markers",
                    "A bell or chime", "Printed question cards for each table"],
                "steps": [
                    {"title": "Welcome and etiquette", "minutes": 10,
                        "instructions": _p("""Explain the purpose and the café etiquette: focus on
                        what matters, listen to understand, link ideas, and write or draw on the
                        tablecloth. Introduce the questions.""")},
                    {"title": "First round", "minutes": 25, "instructions": _p("""Each table
                        discusses its question. One volunteer per table agrees to stay as host for
                        the next round.""")},
                    {"title": "Second and third rounds", "minutes": 50,
                        "instructions": _p("""Participants move to new tables, while the host
                        summarises the previous conversation in two minutes. Groups build on the
                        notes instead of starting over.""")},
                    {"title": "Harvest", "minutes": 25, "instructions": _p("""Hosts present the main
                        patterns from their tables. The facilitator clusters themes on a wall and
                        asks the plenary what surprised them.""")},
                    {"title": "Next steps", "minutes": 10, "instructions": _p("""Ask participants to
                        name one idea that should be followed up and who could take it forward.
                        Record these commitments where everyone can see them.""")},
                ],
                "tips": [
                    _p("""Write open questions ('What would make reuse the easy option for our
                        customers?') rather than yes/no questions."""),
                    _p("""Mix participants on purpose in the first round so that colleagues from the
                        same team do not sit together."""),
                    "Photograph every tablecloth before the tables are cleared.",
                ],
                "variations": [
                    _p("""Online: breakout rooms with one shared document per question and rounds of
                        15 minutes."""),
                    _p("""Pro-action café: participants bring their own project questions and the
                        tables help move them forward."""),
                ],
            },
            {
                "slug": "fishbowl-dialogue",
                "title": "Fishbowl dialogue between conflicting interests",
                "category": "stakeholder-involvement",
                "summary": _p("""A small inner circle discusses a contested topic while a larger
                    outer circle listens and can join by taking an empty chair."""),
                "good_for": _p("""Bringing disagreements into the open when an innovation affects
                    groups with different interests, such as workers and management in a plant
                    conversion. The format slows the conversation down and makes listening
                    visible."""),
                "experience": "some",
                "duration_min": 60, "duration_max": 90, "group_min": 10, "group_max": 40,
                "difficulty": "intermediate", "setting": "on-site",
                "materials": ["Five chairs in an inner circle, one left empty",
                    "An outer ring of chairs", "Microphone for larger rooms",
                    "Flip chart for observer notes"],
                "steps": [
                    {"title": "Frame the topic", "minutes": 10, "instructions": _p("""Introduce the
                        question and the rules: only people in the inner circle speak; anyone from
                        the outer circle may take the empty chair, after which someone in the inner
                        circle leaves.""")},
                    {"title": "Opening voices", "minutes": 15, "instructions": _p("""Invite four
                        people with clearly different positions to start. Each describes their
                        concern in a few minutes without responding to the others yet.""")},
                    {"title": "Open fishbowl", "minutes": 35, "instructions": _p("""Let the
                        conversation run while people rotate through the empty chair. Intervene only
                        to keep the rules and to ask for concrete examples.""")},
                    {"title": "Observer reflections", "minutes": 15,
                        "instructions": _p("""Ask the outer circle what they heard that was new,
                        where positions were closer than expected, and what remained
                        unresolved.""")},
                    {"title": "Close", "minutes": 10, "instructions": _p("""Summarise agreements and
                        open questions on the flip chart and explain how they will feed into the
                        decision process.""")},
                ],
                "tips": [
                    "Brief the opening speakers beforehand so nobody is surprised by the format.",
                    "Do not use a fishbowl to announce decisions that have already been taken.",
                    "In hierarchical settings, let front-line voices speak before managers.",
                ],
                "variations": [
                    _p("""Online: inner circle with cameras on, everyone else off; participants
                        raise a hand to swap in."""),
                    _p("""Closed fishbowl with fixed speakers for very sensitive topics, followed by
                        table discussions."""),
                ],
            },
            {
                "slug": "co-creation-sprint",
                "title": "Co-creation sprint with users and partners",
                "category": "ideation",
                "summary": _p("""A structured two- to three-day sprint in which an internal team and
                    external stakeholders move from a shared problem to a tested prototype."""),
                "good_for": _p("""Turning stakeholder input into a concrete, testable solution
                    rather than a list of wishes. Suits product, service and process innovations
                    where users, suppliers or residents hold knowledge the organisation lacks."""),
                "experience": "experienced",
                "duration_min": 720, "duration_max": 1200, "group_min": 6, "group_max": 12,
                "difficulty": "advanced", "setting": "hybrid",
                "materials": ["Large wall space or whiteboards",
                    "Sticky notes, markers and dot stickers",
                    "Prototyping materials (card, tape, printed screens)", "Timer",
                    "Interview guide for user tests"],
                "steps": [
                    {"title": "Understand", "minutes": 180, "instructions": _p("""Stakeholders
                        present the problem from their perspective in short talks. The group maps
                        the user journey and marks where environmental or social effects
                        occur.""")},
                    {"title": "Diverge", "minutes": 150, "instructions": _p("""Participants sketch
                        solutions individually, for example with eight quick sketches in eight
                        minutes, then develop one idea each into a three-panel storyboard.""")},
                    {"title": "Decide", "minutes": 90, "instructions": _p("""Display the storyboards
                        anonymously. Everyone marks promising elements with dots; the decision-maker
                        chooses the concept to prototype and records the reasons.""")},
                    {"title": "Prototype", "minutes": 240, "instructions": _p("""Build the simplest
                        version that can be shown to users: a paper service blueprint, a mock-up
                        label, or a role-played counter interaction.""")},
                    {"title": "Test and debrief", "minutes": 180, "instructions": _p("""Five users
                        or partners test the prototype in individual sessions while the team
                        observes. Close with a debrief on what to keep, change or drop.""")},
                ],
                "tips": [
                    _p("""Make sure the decision-maker attends the decide step; otherwise the sprint
                        produces recommendations, not decisions."""),
                    _p("""Compensate external participants for their time, especially residents and
                        community members."""),
                    _p("""Keep the sustainability criteria on the wall throughout so they do not
                        disappear at the decide step."""),
                ],
                "variations": [
                    _p("""Split into half-day sessions over two weeks when participants cannot take
                        consecutive days."""),
                    _p("""Hybrid: run the understand and test steps online and the diverge, decide
                        and prototype steps on-site."""),
                ],
            },
            {
                "slug": "citizen-panel",
                "title": "Citizen panel on a local innovation decision",
                "category": "stakeholder-involvement",
                "summary": _p("""A randomly selected, demographically balanced group of residents
                    learns about an issue, questions experts and stakeholders, and produces
                    recommendations."""),
                "good_for": _p("""Public authorities and community organisations that need a
                    considered public view on a contested local change, such as a solar park, a
                    low-emission zone or a school food policy. It gives legitimacy beyond the usual
                    vocal participants."""),
                "experience": "experienced",
                "duration_min": 360, "duration_max": 960, "group_min": 15, "group_max": 40,
                "difficulty": "advanced", "setting": "on-site",
                "materials": ["Civic lottery or recruitment service",
                    "Balanced information pack reviewed by opposing stakeholders",
                    "Room with tables for small groups", "Trained table facilitators",
                    "Budget for allowances, travel and childcare"],
                "steps": [
                    {"title": "Set the remit", "minutes": 60, "instructions": _p("""Agree with the
                        commissioning body the exact question, the budget and what will happen to
                        the recommendations. Publish this commitment before recruitment
                        starts.""")},
                    {"title": "Recruit by lottery", "minutes": 60, "instructions": _p("""Invite a
                        random sample of households and select from those who respond so that the
                        panel matches local demographics such as age, gender, education and
                        district.""")},
                    {"title": "Learning phase", "minutes": 180, "instructions": _p("""Experts and
                        stakeholders with different positions present their views. Panellists
                        question them in small groups and can request additional witnesses.""")},
                    {"title": "Deliberation", "minutes": 240, "instructions": _p("""Facilitated
                        tables weigh options against criteria the panel sets itself, including cost,
                        fairness and environmental effect.""")},
                    {"title": "Recommendations", "minutes": 120, "instructions": _p("""The panel
                        drafts and votes on recommendations. Minority views are recorded in the
                        report.""")},
                    {"title": "Public response", "minutes": 60, "instructions": _p("""The
                        commissioning body responds publicly within an agreed period, explaining
                        which recommendations it adopts and why it rejects others.""")},
                ],
                "tips": [
                    _p("""Pay an allowance and cover childcare and travel, or the panel will be
                        skewed towards retired and well-off residents."""),
                    _p("""Have the information pack checked by stakeholders on opposing sides before
                        it is sent out."""),
                    "Do not commission a panel when the decision has already been taken.",
                ],
                "variations": [
                    "Mini-public of 12–15 people over a single Saturday for small municipalities.",
                    "Online panel meeting in weekly 90-minute evening sessions over four weeks.",
                ],
            },
        ],
    },
    {
        "slug": "routines-and-assumptions",
        "title": "Reviewing routines, values and hidden assumptions",
        "intro": _p("""Five methods for examining the habits, shared beliefs and unwritten rules
            that shape how an organisation innovates, and for testing whether they still hold."""),
        "purpose": _p("""For trainers, managers and change agents who see good sustainability ideas
            stall in daily practice. Use it when a team keeps repeating a pattern, before a major
            investment decision, or after an initiative has failed for reasons nobody can state
            clearly."""),
        "audiences": ["trainers", "managers", "practitioners", "students"],
        "methods": [
            {
                "slug": "assumption-surfacing",
                "title": "Assumption surfacing and testing",
                "category": "routines-and-assumptions",
                "summary": _p("""A team lists the beliefs its plan depends on, rates them by
                    importance and evidence, and designs quick tests for the riskiest ones."""),
                "good_for": _p("""Preventing a team from investing in a sustainable product or
                    service on the basis of untested beliefs about customers, costs or regulation.
                    Most useful once a first concept exists and before major spending."""),
                "experience": "some",
                "duration_min": 90, "duration_max": 120, "group_min": 3, "group_max": 10,
                "difficulty": "intermediate", "setting": "on-site",
                "materials": ["One-page concept description", "Sticky notes",
                    "A1 sheet with an importance–evidence grid",
                    "Test cards (assumption, test, metric, threshold)"],
                "steps": [
                    {"title": "State the plan", "minutes": 10, "instructions": _p("""Read out the
                        concept in one paragraph: whom it serves, what changes and how it pays for
                        itself.""")},
                    {"title": "List assumptions", "minutes": 25, "instructions": _p("""Each
                        participant writes statements beginning 'This only works if...'. Prompt for
                        customers, partners, technology, costs, regulation and environmental
                        effects.""")},
                    {"title": "Map them", "minutes": 20, "instructions": _p("""Place the assumptions
                        on the grid by importance to the plan and by the evidence available.
                        Important assumptions with little evidence are where to act first.""")},
                    {"title": "Design tests", "minutes": 30, "instructions": _p("""For the three
                        riskiest assumptions, fill in a test card: the cheapest experiment that
                        could prove the assumption wrong within four weeks, the metric, and the
                        threshold that would change the plan.""")},
                    {"title": "Assign owners", "minutes": 10, "instructions": _p("""Name an owner
                        and a date for each test and schedule a meeting to review the results.""")},
                ],
                "tips": [
                    _p("""Insist on tests that could prove the assumption wrong; teams tend to
                        design tests that can only confirm."""),
                    _p("""Include assumptions about the environmental benefit itself, such as
                        whether customers will actually return the product."""),
                    "Invite one person from outside the team who has no stake in the idea.",
                ],
                "variations": [
                    "Online on a shared board, with a silent voting round to reduce groupthink.",
                    "A 30-minute version as a standing item at each project stage gate.",
                ],
            },
            {
                "slug": "ladder-of-inference",
                "title": "Ladder of inference conversation",
                "category": "routines-and-assumptions",
                "summary": _p("""Participants trace a contested conclusion back down to the
                    observable data it rests on, separating facts from interpretations."""),
                "good_for": _p("""Untangling disagreements in which people talk past each other
                    because they drew different conclusions from the same events, for example 'our
                    customers don't care about sustainability'. Helps teams question beliefs that
                    block change."""),
                "experience": "some",
                "duration_min": 45, "duration_max": 75, "group_min": 2, "group_max": 12,
                "difficulty": "intermediate", "setting": "on-site",
                "materials": [
                    _p("""Printed ladder diagram (observable data, selected data, meanings,
                        assumptions, conclusions, beliefs, actions)"""),
                    "A3 sheets",
                    "Markers",
                ],
                "steps": [
                    {"title": "Introduce the ladder", "minutes": 10,
                        "instructions": _p("""Explain the rungs with a neutral everyday example.
                        Stress that climbing the ladder is normal and fast; the problem is
                        forgetting that we did it.""")},
                    {"title": "Pick a belief", "minutes": 5, "instructions": _p("""The group chooses
                        a belief that shapes decisions, such as 'our buyers only look at
                        price'.""")},
                    {"title": "Walk down in pairs", "minutes": 20, "instructions": _p("""In pairs,
                        ask what was seen or heard that led to the belief, which data were selected
                        and which left out. Write each rung on the sheet.""")},
                    {"title": "Compare ladders", "minutes": 15, "instructions": _p("""Pairs compare
                        their ladders and note where the same data led to different meanings and
                        where data are missing altogether.""")},
                    {"title": "Decide what to check", "minutes": 10,
                        "instructions": _p("""Agree what new data are needed and how to collect
                        them, for example five customer interviews or an analysis of sales by
                        segment.""")},
                ],
                "tips": [
                    _p("""Demonstrate the method on one of your own beliefs first; it lowers
                        defensiveness."""),
                    "Keep the focus on reasoning, not on who is right.",
                    "Combine with assumption surfacing to turn findings into tests.",
                ],
                "variations": [
                    "One-to-one coaching version for a manager preparing a difficult decision.",
                    "Online: one shared slide per pair with the ladder pre-drawn.",
                ],
            },
            {
                "slug": "routine-mapping",
                "title": "Routine mapping",
                "category": "routines-and-assumptions",
                "summary": _p("""A team draws how a recurring process actually runs and marks which
                    steps are driven by habit, by formal rules or by real physical constraints."""),
                "good_for": _p("""Finding where everyday routines such as ordering, cleaning,
                    scheduling or quality checks lock in waste or emissions, and which can change
                    without new technology. Suited to operations teams in manufacturing,
                    construction, hospitality and public services."""),
                "experience": "none",
                "duration_min": 90, "duration_max": 150, "group_min": 4, "group_max": 12,
                "difficulty": "easy", "setting": "on-site",
                "materials": ["Long paper roll on a wall",
                    "Sticky notes in three colours (habit, formal rule, physical constraint)",
                    "Markers", "Photos or data from the actual process"],
                "steps": [
                    {"title": "Choose the routine", "minutes": 10, "instructions": _p("""Pick one
                        recurring process with a visible resource footprint, such as changeover
                        cleaning on a production line or demolition on a renovation site.""")},
                    {"title": "Map it as it is done", "minutes": 40,
                        "instructions": _p("""Those who do the work describe each step as it
                        actually happens, including workarounds. Managers listen and ask only
                        clarifying questions.""")},
                    {"title": "Tag the drivers", "minutes": 20, "instructions": _p("""Tag each step
                        by why it is done this way: habit, formal rule (standard, contract, law) or
                        physical constraint. Add resource use where known.""")},
                    {"title": "Question", "minutes": 25, "instructions": _p("""For habit-driven
                        steps with high resource use, ask what would happen if they stopped or
                        changed. For formal rules, check who set them and whether they still
                        apply.""")},
                    {"title": "Select trials", "minutes": 15, "instructions": _p("""Choose two or
                        three changes to trial for a fixed period, each with a measure and a person
                        responsible.""")},
                ],
                "tips": [
                    "Walk the process on site before the workshop.",
                    "Formal rules are often misremembered, so have the actual documents at hand.",
                    "Thank people for disclosing workarounds and never use them to assign blame.",
                ],
                "variations": [
                    "Film the routine and pause the recording to tag steps.",
                    "Take meter readings of energy or water before and after the trials.",
                ],
            },
            {
                "slug": "pre-mortem",
                "title": "Pre-mortem",
                "category": "routines-and-assumptions",
                "summary": _p("""Before launch, the team imagines that the project has failed and
                    works out why, exposing risks that optimism hides."""),
                "good_for": _p("""Making it safe to voice doubts about a project everyone is
                    committed to. Works before a pilot launch, an investment decision or a grant
                    submission."""),
                "experience": "none",
                "duration_min": 45, "duration_max": 60, "group_min": 4, "group_max": 15,
                "difficulty": "easy", "setting": "hybrid",
                "materials": ["One-page project summary", "Cards for individual writing",
                    "Flip chart", "Risk register template"],
                "steps": [
                    {"title": "Set the scene", "minutes": 5, "instructions": _p("""Announce: 'It is
                        two years from now. The project has clearly failed, and nobody is
                        surprised.'""")},
                    {"title": "Write individually", "minutes": 10, "instructions": _p("""Each person
                        silently writes down every reason for the failure they can think of,
                        including awkward ones about politics, people and the market.""")},
                    {"title": "Round robin", "minutes": 15, "instructions": _p("""Go round the group
                        collecting one reason at a time until all are listed. No discussion
                        yet.""")},
                    {"title": "Cluster and rate", "minutes": 10, "instructions": _p("""Cluster the
                        reasons and rate each cluster by likelihood and impact.""")},
                    {"title": "Plan prevention", "minutes": 15, "instructions": _p("""For the top
                        five clusters, define preventive actions or early warning signs and add them
                        to the project plan or risk register.""")},
                ],
                "tips": [
                    "The project leader speaks last in the round robin.",
                    _p("""Include failure reasons linked to sustainability claims, such as rebound
                        effects or accusations of greenwashing."""),
                    _p("""Keep the output and compare it with what actually happened at the first
                        retrospective."""),
                ],
                "variations": [
                    "Pre-parade: imagine a clear success and ask what made it possible.",
                    "Online, with anonymous input through a form before the discussion.",
                ],
            },
            {
                "slug": "values-card-sort",
                "title": "Values card sort",
                "category": "routines-and-assumptions",
                "summary": _p("""Individuals and then the team rank a deck of value cards to show
                    which values actually guide decisions and where they conflict."""),
                "good_for": _p("""Starting a conversation about purpose and priorities in founding
                    teams, cooperatives and organisations going through strategic change. Brings
                    tensions such as growth versus local roots into the open before they turn into
                    conflict."""),
                "experience": "none",
                "duration_min": 60, "duration_max": 90, "group_min": 3, "group_max": 20,
                "difficulty": "easy", "setting": "on-site",
                "materials": [
                    _p("""Deck of 30–40 value cards (e.g. fairness, thrift, craft, growth, security,
                        nature, community)"""),
                    "Blank cards for additions",
                    "Worksheet with three columns: very important, important, less important",
                ],
                "steps": [
                    {"title": "Individual sort", "minutes": 15, "instructions": _p("""Each person
                        sorts the cards into three piles and then picks a personal top five.""")},
                    {"title": "Share in pairs", "minutes": 15, "instructions": _p("""Partners
                        explain their top five, each with an example of a decision in which the
                        value mattered.""")},
                    {"title": "Team sort", "minutes": 20, "instructions": _p("""The team agrees on
                        five values that actually guide the organisation today, based on evidence
                        from past decisions rather than aspiration.""")},
                    {"title": "Compare today and tomorrow", "minutes": 15,
                        "instructions": _p("""Compare these with the values people want to guide the
                        next five years and discuss the gaps.""")},
                    {"title": "Translate into practice", "minutes": 10,
                        "instructions": _p("""For each gap, write one concrete practice that would
                        make the desired value visible, such as a repair budget line or a rule on
                        supplier selection.""")},
                ],
                "tips": [
                    "Distinguish between stated and lived values by always asking for examples.",
                    "Let people add their own cards; an imposed vocabulary feels artificial.",
                    "In multilingual groups, provide the deck in each language.",
                ],
                "variations": [
                    "Online drag-and-drop card sort on a shared board.",
                    _p("""Run the sort with customers or members to compare their values with what
                        the team assumes."""),
                ],
            },
        ],
    },
    {
        "slug": "design-and-evaluation",
        "title": "Designing and evaluating sustainable innovations",
        "intro": _p("""Four methods for designing business models and products with their whole life
            cycle in view, and for checking afterwards whether the intended effects happened."""),
        "purpose": _p("""For practitioners, students and managers who develop a new product, service
            or business model and need to reason about environmental and social effects alongside
            costs and revenues. Use the design methods early and the evaluation methods at
            milestones and at the end."""),
        "audiences": ["students", "practitioners", "managers", "researchers"],
        "methods": [
            {
                "slug": "sustainable-business-model-canvas",
                "title": "Sustainable business model canvas",
                "category": "ideation",
                "summary": _p("""An extension of the business model canvas that adds environmental
                    and social costs and benefits to the nine usual building blocks."""),
                "good_for": _p("""Designing or redesigning a business model so that value for
                    customers, society and the environment is considered together. Useful for
                    start-ups, SME diversification and circular business model experiments."""),
                "experience": "some",
                "duration_min": 120, "duration_max": 180, "group_min": 3, "group_max": 8,
                "difficulty": "intermediate", "setting": "on-site",
                "materials": [
                    "A0 canvas with eleven fields",
                    "Sticky notes in two colours (data and estimates)",
                    "Data on current material and energy flows",
                    _p("""Cards with circular business model patterns (product as a service,
                        take-back, sharing, remanufacturing)"""),
                ],
                "steps": [
                    {"title": "Map the current model", "minutes": 30,
                        "instructions": _p("""Fill in the canvas for the business model as it runs
                        today, including key partners, cost structure and revenue streams.""")},
                    {"title": "Add impacts", "minutes": 30, "instructions": _p("""Add environmental
                        costs (emissions, materials, waste) and benefits, and social costs and
                        benefits for workers, communities and customers. Use data where possible and
                        mark estimates.""")},
                    {"title": "Apply patterns", "minutes": 30, "instructions": _p("""Apply two or
                        three business model patterns and sketch an alternative canvas for
                        each.""")},
                    {"title": "Compare alternatives", "minutes": 25,
                        "instructions": _p("""Compare the alternatives on economic viability, impact
                        reduction and feasibility, and note what must be true for each to
                        work.""")},
                    {"title": "Choose next steps", "minutes": 15, "instructions": _p("""Select one
                        alternative and list the assumptions to test first.""")},
                ],
                "tips": [
                    _p("""Do not skip the current model; the baseline is what makes changes in
                        impact visible."""),
                    _p("""Watch for burden shifting, such as lower emissions in use but more
                        packaging or transport."""),
                    "Ask someone from finance to join the comparison step.",
                ],
                "variations": [
                    _p("""Triple-layered canvas with separate economic, environmental and social
                        layers."""),
                    "Online with a shared digital canvas template.",
                ],
            },
            {
                "slug": "life-cycle-thinking-workshop",
                "title": "Life-cycle thinking workshop",
                "category": "reflection-evaluation",
                "summary": _p("""A team maps a product or service across its life cycle, estimates
                    environmental hot spots and develops improvement options without running a full
                    life cycle assessment."""),
                "good_for": _p("""Getting a quick, shared picture of where the largest environmental
                    impacts of a product or service arise before commissioning a full LCA. Prevents
                    teams from optimising the wrong stage."""),
                "experience": "some",
                "duration_min": 150, "duration_max": 240, "group_min": 4, "group_max": 12,
                "difficulty": "intermediate", "setting": "on-site",
                "materials": [
                    _p("""Strip showing life cycle stages (raw materials, production, distribution,
                        use, end of life)"""),
                    "Product samples or photos",
                    "Emission factors or screening LCA data",
                    "Red, amber and green dots",
                ],
                "steps": [
                    {"title": "Define the functional unit", "minutes": 15,
                        "instructions": _p("""Agree what is being compared, for example 'serving
                        1,000 meals' or 'one year of office seating', so that alternatives can be
                        compared fairly.""")},
                    {"title": "Map flows", "minutes": 45, "instructions": _p("""For each stage, list
                        inputs (materials, energy, water, transport) and outputs (emissions, waste,
                        by-products). Note social aspects such as working conditions.""")},
                    {"title": "Estimate hot spots", "minutes": 30, "instructions": _p("""Using
                        available data and expert judgement, mark each stage red, amber or green.
                        Record data sources and uncertainty.""")},
                    {"title": "Generate options", "minutes": 40, "instructions": _p("""Brainstorm
                        improvements for the red stages: redesign, material substitution, guidance
                        for the use phase, take-back.""")},
                    {"title": "Check for burden shifting", "minutes": 20,
                        "instructions": _p("""For each option, check whether impacts move to another
                        stage or another impact category such as water or land use.""")},
                    {"title": "Decide on data needs", "minutes": 15,
                        "instructions": _p("""Choose the options to pursue and decide which need a
                        proper LCA or primary data from suppliers.""")},
                ],
                "tips": [
                    "Invite someone who knows the use phase well, such as a service technician.",
                    _p("""Screening data are fine for setting direction but not for public
                        environmental claims."""),
                    "Keep a list of data gaps; it is a useful result in itself.",
                ],
                "variations": [
                    "Service version that maps customer journey stages instead of product stages.",
                    "Online with a shared spreadsheet pre-filled with screening data.",
                ],
            },
            {
                "slug": "impact-pathway",
                "title": "Impact pathway (theory of change)",
                "category": "reflection-evaluation",
                "summary": _p("""A team works backwards from the long-term change it wants to
                    contribute to, through outcomes and outputs to activities, and defines
                    indicators along the way."""),
                "good_for": _p("""Clarifying how an innovation is expected to lead to environmental
                    or social change and what should be measured. Needed for funding applications,
                    impact reports to investors and mid-term evaluations."""),
                "experience": "some",
                "duration_min": 120, "duration_max": 180, "group_min": 3, "group_max": 12,
                "difficulty": "intermediate", "setting": "hybrid",
                "materials": [
                    "Long wall sheet with columns for activities, outputs, outcomes and impact",
                    "Sticky notes", "Indicator template (indicator, baseline, source, frequency)",
                    "Existing monitoring data"],
                "steps": [
                    {"title": "Describe the impact", "minutes": 20, "instructions": _p("""Write the
                        long-term change on the right-hand side: specific, measurable and stating
                        for whom.""")},
                    {"title": "Work backwards", "minutes": 40, "instructions": _p("""Ask repeatedly
                        'what must change first for this to happen?' to build a chain of outcomes,
                        including changes in behaviour, practice and policy.""")},
                    {"title": "Link activities", "minutes": 25, "instructions": _p("""Connect
                        activities and outputs to the outcomes. Activities without a link are
                        candidates to drop.""")},
                    {"title": "Mark assumptions", "minutes": 20, "instructions": _p("""Label the
                        arrows with assumptions and with external factors outside the team's
                        control.""")},
                    {"title": "Choose indicators", "minutes": 30, "instructions": _p("""Select one
                        or two indicators per outcome with baseline, data source and frequency.
                        Prefer a few reliable indicators to many weak ones.""")},
                ],
                "tips": [
                    _p("""Stop at the level of change you can plausibly contribute to; avoid
                        claiming global effects."""),
                    "Involve whoever will collect the data in choosing indicators.",
                    "Revisit the pathway every year; it is a hypothesis, not a contract.",
                ],
                "variations": [
                    "Light version for one session covering only outcomes and indicators.",
                    _p("""Follow-up contribution analysis at the end of a project to test the
                        pathway against evidence."""),
                ],
            },
            {
                "slug": "retrospective",
                "title": "Project retrospective",
                "category": "reflection-evaluation",
                "summary": _p("""At the end of a phase, the team reviews what happened, what helped
                    and hindered, and what it will do differently next time."""),
                "good_for": _p("""Learning from pilots and projects, including failed ones, so that
                    lessons carry over to the next project. Works at the end of a sprint, a pilot or
                    a funded project."""),
                "experience": "none",
                "duration_min": 60, "duration_max": 120, "group_min": 3, "group_max": 15,
                "difficulty": "easy", "setting": "hybrid",
                "materials": ["Timeline sheet", "Sticky notes",
                    "Project data (targets vs. results)", "Pre-mortem output, if available"],
                "steps": [
                    {"title": "Set the stage", "minutes": 10, "instructions": _p("""Recall the
                        purpose and the ground rule: everyone did the best job they could with what
                        they knew at the time.""")},
                    {"title": "Build a timeline", "minutes": 20, "instructions": _p("""Mark key
                        events, decisions and turning points on a timeline and add how people felt
                        at each point.""")},
                    {"title": "Look at the data", "minutes": 15, "instructions": _p("""Compare
                        targets with results, including environmental and social indicators.""")},
                    {"title": "Generate insights", "minutes": 25, "instructions": _p("""Cluster
                        observations into 'helped', 'hindered' and 'surprised us', then ask 'why?'
                        several times for the most important items.""")},
                    {"title": "Decide actions", "minutes": 15, "instructions": _p("""Agree on no
                        more than three changes and on who will carry them into the next
                        project.""")},
                ],
                "tips": [
                    "Rotate facilitation so the project lead can take part as a team member.",
                    "Invite external partners for at least part of the session.",
                    _p("""Write lessons in a form others can find, such as a one-page note in a
                        shared folder."""),
                ],
                "variations": [
                    "Online with anonymous input and dot voting.",
                    _p("""Start by comparing the results with the risks listed in an earlier
                        pre-mortem."""),
                ],
            },
        ],
    },
]
# fmt: on
