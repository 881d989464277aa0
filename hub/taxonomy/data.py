"""The real classifications the hub uses, loaded by migration in English (the source
locale); partners translate them. Kept as data so a migration and the tests read the
same lists."""

# UN Sustainable Development Goals: official number, short title and colour.
SDGS = [
    (1, "No poverty", "#E5243B"),
    (2, "Zero hunger", "#DDA63A"),
    (3, "Good health and well-being", "#4C9F38"),
    (4, "Quality education", "#C5192D"),
    (5, "Gender equality", "#FF3A21"),
    (6, "Clean water and sanitation", "#26BDE2"),
    (7, "Affordable and clean energy", "#FCC30B"),
    (8, "Decent work and economic growth", "#A21942"),
    (9, "Industry, innovation and infrastructure", "#FD6925"),
    (10, "Reduced inequalities", "#DD1367"),
    (11, "Sustainable cities and communities", "#FD9D24"),
    (12, "Responsible consumption and production", "#BF8B2E"),
    (13, "Climate action", "#3F7E44"),
    (14, "Life below water", "#0A97D9"),
    (15, "Life on land", "#56C02B"),
    (16, "Peace, justice and strong institutions", "#00689D"),
    (17, "Partnerships for the goals", "#19486A"),
]

# Policy areas of the European Green Deal (COM(2019) 640).
GREEN_DEAL_AREAS = [
    ("climate-ambition", "Climate ambition"),
    ("clean-energy", "Clean, affordable and secure energy"),
    ("circular-industry", "Industry for a clean and circular economy"),
    ("buildings-renovation", "Energy- and resource-efficient buildings"),
    ("sustainable-mobility", "Sustainable and smart mobility"),
    ("farm-to-fork", "Farm to Fork: a fair, healthy and green food system"),
    ("biodiversity", "Preserving and restoring ecosystems and biodiversity"),
    ("zero-pollution", "Zero pollution for a toxic-free environment"),
    ("just-transition", "A just transition that leaves no one behind"),
    ("sustainable-finance", "Financing the transition"),
]

# NACE Rev. 2 sections (Regulation (EC) No 1893/2006).
NACE_SECTIONS = [
    ("A", "Agriculture, forestry and fishing"),
    ("B", "Mining and quarrying"),
    ("C", "Manufacturing"),
    ("D", "Electricity, gas, steam and air conditioning supply"),
    ("E", "Water supply; sewerage, waste management and remediation activities"),
    ("F", "Construction"),
    ("G", "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
    ("H", "Transportation and storage"),
    ("I", "Accommodation and food service activities"),
    ("J", "Information and communication"),
    ("K", "Financial and insurance activities"),
    ("L", "Real estate activities"),
    ("M", "Professional, scientific and technical activities"),
    ("N", "Administrative and support service activities"),
    ("O", "Public administration and defence; compulsory social security"),
    ("P", "Education"),
    ("Q", "Human health and social work activities"),
    ("R", "Arts, entertainment and recreation"),
    ("S", "Other service activities"),
    (
        "T",
        "Activities of households as employers; undifferentiated goods- and "
        "services-producing activities of households for own use",
    ),
    ("U", "Activities of extraterritorial organisations and bodies"),
]

ORGANISATION_TYPES = [
    ("large-enterprise", "Large enterprise"),
    ("sme", "Small or medium-sized enterprise"),
    ("micro-enterprise", "Micro-enterprise"),
    ("start-up", "Start-up"),
    ("social-enterprise", "Social enterprise"),
    ("university", "University or higher education institution"),
    ("research-organisation", "Research organisation"),
    ("public-authority", "Public authority"),
    ("ngo", "Non-governmental organisation"),
    ("cluster-network", "Cluster or network"),
]

AUDIENCES = [
    ("students", "Students"),
    ("trainers", "Trainers and educators"),
    ("practitioners", "Practitioners"),
    ("managers", "Managers and entrepreneurs"),
    ("policy-makers", "Policy makers"),
    ("researchers", "Researchers"),
]

# European Qualifications Framework levels, with the short form of each level's
# knowledge descriptor (Council Recommendation of 22 May 2017).
EQF_LEVELS = [
    (1, "Basic general knowledge"),
    (2, "Basic factual knowledge of a field of work or study"),
    (3, "Knowledge of facts, principles, processes and general concepts in a field"),
    (4, "Factual and theoretical knowledge in broad contexts within a field"),
    (5, "Comprehensive, specialised, factual and theoretical knowledge within a field"),
    (6, "Advanced knowledge of a field, involving a critical understanding of theories"),
    (7, "Highly specialised knowledge, some at the forefront of a field"),
    (8, "Knowledge at the most advanced frontier of a field"),
]

# Creative Commons licences: slug, short name, full name, canonical deed URL.
LICENCES = [
    (
        "cc-by-4.0",
        "CC BY 4.0",
        "Creative Commons Attribution 4.0 International",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        "cc-by-sa-4.0",
        "CC BY-SA 4.0",
        "Creative Commons Attribution-ShareAlike 4.0 International",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "cc-by-nc-4.0",
        "CC BY-NC 4.0",
        "Creative Commons Attribution-NonCommercial 4.0 International",
        "https://creativecommons.org/licenses/by-nc/4.0/",
    ),
    (
        "cc-by-nc-sa-4.0",
        "CC BY-NC-SA 4.0",
        "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
        "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    ),
    (
        "cc-by-nd-4.0",
        "CC BY-ND 4.0",
        "Creative Commons Attribution-NoDerivatives 4.0 International",
        "https://creativecommons.org/licenses/by-nd/4.0/",
    ),
    (
        "cc-by-nc-nd-4.0",
        "CC BY-NC-ND 4.0",
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
        "https://creativecommons.org/licenses/by-nc-nd/4.0/",
    ),
    (
        "cc0-1.0",
        "CC0 1.0",
        "CC0 1.0 Universal (public domain dedication)",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
]

METHOD_CATEGORIES = [
    ("stakeholder-involvement", "Involving stakeholders"),
    ("routines-and-assumptions", "Reviewing routines, values and assumptions"),
    ("ideation", "Generating and developing ideas"),
    ("reflection-evaluation", "Reflection and evaluation"),
]

# GreenComp, the European sustainability competence framework (JRC, 2022): area, code, title.
GREENCOMP = [
    ("Embodying sustainability values", "1.1", "Valuing sustainability"),
    ("Embodying sustainability values", "1.2", "Supporting fairness"),
    ("Embodying sustainability values", "1.3", "Promoting nature"),
    ("Embracing complexity in sustainability", "2.1", "Systems thinking"),
    ("Embracing complexity in sustainability", "2.2", "Critical thinking"),
    ("Embracing complexity in sustainability", "2.3", "Problem framing"),
    ("Envisioning sustainable futures", "3.1", "Futures literacy"),
    ("Envisioning sustainable futures", "3.2", "Adaptability"),
    ("Envisioning sustainable futures", "3.3", "Exploratory thinking"),
    ("Acting for sustainability", "4.1", "Political agency"),
    ("Acting for sustainability", "4.2", "Collective action"),
    ("Acting for sustainability", "4.3", "Individual initiative"),
]

# EntreComp, the entrepreneurship competence framework (JRC, 2016): area, code, title.
ENTRECOMP = [
    ("Ideas and opportunities", "1.1", "Spotting opportunities"),
    ("Ideas and opportunities", "1.2", "Creativity"),
    ("Ideas and opportunities", "1.3", "Vision"),
    ("Ideas and opportunities", "1.4", "Valuing ideas"),
    ("Ideas and opportunities", "1.5", "Ethical and sustainable thinking"),
    ("Resources", "2.1", "Self-awareness and self-efficacy"),
    ("Resources", "2.2", "Motivation and perseverance"),
    ("Resources", "2.3", "Mobilising resources"),
    ("Resources", "2.4", "Financial and economic literacy"),
    ("Resources", "2.5", "Mobilising others"),
    ("Into action", "3.1", "Taking the initiative"),
    ("Into action", "3.2", "Planning and management"),
    ("Into action", "3.3", "Coping with uncertainty, ambiguity and risk"),
    ("Into action", "3.4", "Working with others"),
    ("Into action", "3.5", "Learning through experience"),
]
