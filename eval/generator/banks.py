"""Word banks: invented people, places, councils and items of business. Nothing here names a real council."""

from __future__ import annotations

FIRST = ["Alma", "Bryn", "Cerys", "Dewi", "Elspeth", "Farid", "Gwenda", "Hollis", "Ines", "Jory", "Kezia",
         "Lorcan", "Mabli", "Nerys", "Oskar", "Perpetua", "Quentin", "Rhoswen", "Silas", "Tamsin", "Ulric",
         "Verity", "Wilf", "Xanthe", "Yusra", "Zeb", "Anouk", "Barnaby", "Clemmie", "Dilip", "Esme", "Fergal",
         "Greer", "Hamish", "Ottilie", "Jago", "Kit", "Lowri", "Magnus", "Niamh", "Orla", "Piran", "Rosalind",
         "Soren", "Tegan", "Una", "Vaughan", "Winnie", "Ashok", "Bettina", "Cormac", "Delyth", "Emrys", "Flick"]
LAST = ["Abernethy", "Brackenbury", "Coldwell", "Dunsford", "Eastabrook", "Fairclough", "Gathercole",
        "Hebblethwaite", "Ingleby", "Jessop", "Kettleborough", "Loveday", "Marwick", "Nettleship", "Oakshott",
        "Pengelly", "Quennell", "Rudkin", "Scattergood", "Trelawney", "Underhill", "Venning", "Wadsworth",
        "Yarrow", "Ashdown-Pike", "Bellringer", "Catterall", "Dimmock", "Elsworth", "Fenwicke", "Gorringe",
        "Hartnoll", "Ibbotson", "Jarvie", "Kinsella", "Lingard", "Mossop", "Norrell", "Ormerod", "Pocklington",
        "Rowbotham", "Sandiford", "Tregunna", "Varley", "Whitlock-Bray", "Youdale", "Zennor", "Attwater",
        "Blenkinsop", "Croxall", "Duckmanton", "Entwistle", "Frobisher", "Grimshaw", "Haddleton"]
HONORIFIC = ["Mr", "Mrs", "Ms", "Miss", "Dr"]

PLACE_HEAD = ["Ash", "Brack", "Cold", "Dun", "Elm", "Fern", "Gor", "Hazel", "Ick", "Kel", "Lang", "Mar", "Nether",
              "Oak", "Pen", "Quarn", "Rook", "Sal", "Thorn", "Ux", "Wyn", "Yeal", "Birch", "Clay", "Dray", "Hol"]
PLACE_TAIL = ["bridge", "combe", "ford", "hampton", "ley", "mere", "stow", "thwaite", "wick", "worth", "by",
              "den", "field", "holme", "marsh", "ton", "well", "cott"]
PLACE_PREFIX = ["", "", "", "Great ", "Little ", "Upper ", "Nether ", "East ", "West ", "Long "]

VENUES = ["Village Hall", "Memorial Hall", "Community Centre", "Council Chamber, Town Hall", "Pavilion",
          "Methodist Church Hall", "Jubilee Room, The Guildhall", "Reading Room", "Committee Room 2, Civic Offices",
          "Scout Hut", "Library Meeting Room"]

# the first six suit a parish or town council, the last eight a district or borough (two overlap)
COMMITTEES = ["Finance and General Purposes Committee", "Environment and Amenities Committee",
              "Allotments and Open Spaces Committee", "Personnel Committee", "Planning Committee",
              "Community Services Committee", "Policy and Resources Committee", "Overview and Scrutiny Committee",
              "Audit and Standards Committee", "Housing Panel", "Licensing Committee", "Highways and Transport Panel"]

OFFICER_ROLES = ["Town Clerk", "Parish Clerk", "Clerk", "Assistant Clerk", "Responsible Financial Officer",
                 "Deputy Clerk", "Monitoring Officer", "Democratic Services Officer", "Head of Finance",
                 "Estates Manager", "Committee Administrator", "Head of Legal Services", "Planning Officer"]

GROUPS = ["Wildlife Trust", "Youth Football Club", "Community Transport", "Playgroup", "Bowls Club",
          "Food Bank", "Carnival Committee", "Heritage Society", "Men's Shed", "Cricket Club", "Litter Pickers"]

STREETS = ["Mill Lane", "Church Street", "Station Road", "Orchard Close", "Green Lane", "Back Lane", "High Street",
           "Quarry Road", "Meadow View", "Well Lane", "Pound Hill"]

# Items of business. `inf` is the decision as an infinitive ("adopt ..."), `that` the same as a that-clause
# ("the ... be adopted"). {place}, {group}, {amount}, {street}, {month}, {year} are filled per document.
TOPICS = [
    {"title": "Financial Regulations", "talk": "The Clerk presented the revised Financial Regulations, which "
     "follow the latest model wording and raise the tender threshold.",
     "inf": "adopt the revised Financial Regulations", "that": "the revised Financial Regulations be adopted"},
    {"title": "Co-option of councillors", "talk": "Two applications had been received for the vacancies "
     "following the resignation of two members; both applicants addressed the meeting.",
     "inf": "co-opt both applicants to fill the vacancies", "that": "both applicants be co-opted to the Council"},
    {"title": "Grant applications", "talk": "Members considered a request from the {place} {group} towards "
     "the cost of new equipment.", "inf": "award a grant of £{amount} to the {place} {group}",
     "that": "a grant of £{amount} be awarded to the {place} {group}"},
    {"title": "Play area inspection", "talk": "The annual inspection report identified two medium risk items "
     "at the {street} play area: a worn swing chain and loose matting.",
     "inf": "accept the quotation of £{amount} for repairs to the {street} play area",
     "that": "the quotation of £{amount} for repairs to the {street} play area be accepted"},
    {"title": "Internal audit report", "talk": "The internal auditor's report for {year} raised no material "
     "issues; one recommendation concerned the asset register.",
     "inf": "receive the internal audit report and update the asset register by {month}",
     "that": "the internal audit report be received and the asset register be updated by {month}"},
    {"title": "Christmas lights", "talk": "The working group reported on the contract for the festive "
     "lighting along {street}.", "inf": "renew the festive lighting contract for two years at £{amount}",
     "that": "the festive lighting contract be renewed for two years at £{amount}"},
    {"title": "Speed indicator device", "talk": "Residents of {street} had again reported speeding; the "
     "County Council's scheme offers a device on loan.",
     "inf": "apply for a speed indicator device for {street}",
     "that": "an application be made for a speed indicator device for {street}"},
    {"title": "Allotment rents", "talk": "The allotment rents had not been reviewed since {year}; the waiting "
     "list stands at eleven.", "inf": "increase allotment rents to £{amount} per plot from October",
     "that": "allotment rents be increased to £{amount} per plot from October"},
    {"title": "Defibrillator", "talk": "The defibrillator at the {place} telephone kiosk needs new pads and a "
     "battery.", "inf": "purchase replacement pads and a battery at a cost of £{amount}",
     "that": "replacement pads and a battery be purchased at a cost of £{amount}"},
    {"title": "Tree works", "talk": "A survey of council-owned trees at {street} recommended crown lifting "
     "of three limes.", "inf": "instruct the contractor to carry out the tree works at a cost of £{amount}",
     "that": "the contractor be instructed to carry out the tree works at a cost of £{amount}"},
    {"title": "Website accessibility", "talk": "The website does not meet the accessibility regulations; "
     "three suppliers had quoted.", "inf": "move the council website to the lowest-cost compliant supplier",
     "that": "the council website be moved to the lowest-cost compliant supplier"},
    {"title": "Bus shelter", "talk": "The bus shelter on {street} was damaged in the storm.",
     "inf": "replace the glazing of the bus shelter on {street} at a cost of £{amount}",
     "that": "the glazing of the bus shelter on {street} be replaced at a cost of £{amount}"},
    {"title": "Annual governance statement", "talk": "Members worked through the assertions of the annual "
     "governance statement for {year}.", "inf": "approve the annual governance statement for {year}",
     "that": "the annual governance statement for {year} be approved"},
    {"title": "Climate action plan", "talk": "The working group presented a draft climate action plan with "
     "fourteen actions.", "inf": "adopt the climate action plan and review it each {month}",
     "that": "the climate action plan be adopted and reviewed each {month}"},
    {"title": "Cemetery fees", "talk": "The Clerk compared burial fees with those of neighbouring councils.",
     "inf": "set the interment fee at £{amount} from 1 April",
     "that": "the interment fee be set at £{amount} from 1 April"},
    {"title": "War memorial cleaning", "talk": "A specialist contractor inspected the memorial on {street} "
     "ahead of Remembrance Sunday.", "inf": "commission cleaning of the war memorial at a cost of £{amount}",
     "that": "cleaning of the war memorial be commissioned at a cost of £{amount}"},
]

NOTE_TOPICS = [
    ("Report of the County Councillor", "The County Councillor reported on highway resurfacing and the "
     "consultation on library opening hours."),
    ("Police report", "The local policing team reported four incidents in the month, none serious."),
    ("Clerk's report", "The Clerk reported on the actions taken since the last meeting."),
    ("Ward councillor report", "The ward councillor reported on the district's waste collection changes."),
    ("Budget monitoring", "Members received the budget monitoring statement to the end of the quarter."),
]

# (category, service area): the category names a count on its own; the area is a grouping header above it
STAT_CATEGORIES = [("Fly-tipping reports", "Street scene"), ("Missed bins", "Street scene"),
                   ("Graffiti removals", "Street scene"), ("Noise complaints", "Public protection"),
                   ("Food inspections", "Public protection"), ("Library visits", "Culture"),
                   ("Swim sessions", "Culture"), ("Housing applications", "Housing"),
                   ("Homeless preventions", "Housing"), ("Planning appeals", "Planning")]

KPIS = [("Household waste sent for reuse, recycling or composting", "%"),
        ("Average days to process new benefit claims", "days"),
        ("Council tax collected", "%"), ("Invoices paid within 30 days", "%"),
        ("Staff sickness days per FTE", "days"), ("Major planning applications decided in 13 weeks", "%"),
        ("Households in temporary accommodation", None), ("Calls answered within 60 seconds", "%"),
        ("Complaints responded to within 10 working days", "%"), ("Empty homes brought back into use", None),
        ("Residual waste per household", "kg")]

RISKS = ["Failure to deliver a balanced budget over the medium term",
         "Loss of key staff and inability to recruit to specialist posts",
         "Cyber attack leading to loss of systems or data",
         "Failure to meet statutory duties for safeguarding",
         "Insufficient capacity to respond to a major flooding event",
         "Contractor failure in the waste collection contract",
         "Non-compliance with health and safety duties in council buildings",
         "Failure to achieve the savings in the transformation programme",
         "Reduced income from car parking and leisure fees",
         "Data protection breach through human error",
         "Failure of the housing repairs service to meet demand",
         "Delay to the town centre regeneration scheme"]
TRENDS = ["IMPROVING", "WORSENING", "STATIC", "UNCHANGED", "DETERIORATING", "STABLE"]

AGENDA_STANDARD = ["To receive apologies for absence", "To receive declarations of interest",
                   "To approve the minutes of the previous meeting", "Public participation"]
