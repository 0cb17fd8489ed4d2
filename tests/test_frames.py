"""Frames: each clause read as a kind of happening, who, where and when in its day; the
kinds from the one table of the Lexicon (HAPPENINGS). Every sentence here is written for
the test."""
import unittest

from support import article, q, timeline

# (clause, the kinds it names): at least one case for every kind of the table.
KIND_CASES = [
    ("The prime minister arrived in Oslo late on Monday.", {"arrive"}),
    ("The ferry reached the harbour before dawn.", {"arrive"}),
    ("The plane touched down at the military airfield.", {"arrive"}),     # particle
    ("The train pulled in at the central station.", {"arrive"}),
    ("The delegation returned to the capital.", {"arrive"}),
    ("The convoy pulled out of the city.", {"depart"}),                  # not "pull" alone
    ("The king left the palace by car.", {"depart"}),                    # irregular past
    ("The team set off for the base camp.", {"depart"}),
    ("His departure was delayed.", {"depart"}),
    ("The government sent two hundred engineers to the coast.", {"depart"}),    # sent: send
    ("The navy deployed three frigates.", {"depart"}),
    ("The minister flew to Nairobi.", {"travel"}),                       # flew: fly
    ("The chancellor toured a battery plant.", {"visit"}),
    ("The inspectors inspected the reactor.", {"visit"}),
    ("The two presidents met in Geneva.", {"meet"}),                     # met: meet
    ("The envoys held talks behind closed doors.", {"meet"}),
    ("The two rivals sat down together in a hotel.", {"meet"}),          # sat: sit
    ("The convoy crossed the border at dawn.", {"arrive"}),
    ("The crossing took two hours.", {"arrive"}),
    ("The mayor greeted the athletes at the airport.", {"welcome"}),
    ("The two leaders exchanged gifts.", {"give"}),
    ("The spokesman said nothing more.", {"say"}),
    ("The governor went on television to defend the curfew.", {"say"}),   # an address
    ("The chancellor went on air within the hour.", {"say"}),
    ("The bishop appealed to the strikers to go home.", {"say"}),         # an appeal is said
    ("The mayor recorded a video plea for calm.", {"say"}),
    ("Union leaders urged members to stay at work.", {"say"}),
    ("The team went on a winning streak.", set()),                      # "went on" alone: none
    ("The company announced a recall.", {"announce"}),
    ("The two ministers signed a trade pact.", {"sign"}),
    ("The assembly approved the budget.", {"agree"}),
    ("The senate rejected the nominee.", {"reject"}),
    ("Voters cast ballots in a referendum.", {"vote"}),
    ("The city elected a new mayor.", {"elect"}),
    ("The governor appointed a new police chief.", {"appoint"}),
    ("The coach stepped down after the defeat.", {"resign"}),
    ("The agency launched a weather satellite.", {"launch"}),
    ("Troops fired on the crowd.", {"attack", "launch"}),                # "fire": either
    ("Gunmen opened fire on a bus.", {"attack"}),                        # not an opening
    ("Rebels shot two guards.", {"attack"}),                             # shot: shoot
    ("Militias fought over the bridge.", {"fight"}),
    ("The army seized the airport.", {"capture"}),
    ("The battalion withdrew from the town.", {"withdraw"}),
    ("The rebel column turned back ten miles from the capital.", {"withdraw"}),
    ("A gas main exploded under the street.", {"explode"}),
    ("The old bridge collapsed into the river.", {"collapse"}),
    ("The levee broke under the pressure.", {"collapse"}),               # broke: break
    ("Floodwaters swept away dozens of houses.", {"flood"}),
    ("A strong tremor shook the coastal towns.", {"quake"}),
    ("The hurricane made landfall near the border.", {"storm"}),
    ("A wildfire spread across the hills.", {"burn"}),
    ("The depot was looted and set on fire.", {"burn"}),
    ("A tanker caught fire off the coast.", {"burn"}),                  # not an attack
    ("The volcano erupted again.", {"erupt"}),
    ("A freight train derailed outside the town.", {"crash"}),
    ("Four climbers died on the glacier.", {"kill"}),
    ("Twelve passengers were injured.", {"injure"}),
    ("Divers rescued the stranded miners.", {"rescue"}),
    ("Residents fled the rising water.", {"evacuate"}),                  # fled: flee
    ("Volunteers searched the debris.", {"search"}),
    ("Archaeologists discovered a burial chamber.", {"find", "bury"}),
    ("The storm damaged the roof of the school.", {"storm", "destroy"}),
    ("Police arrested three suspects.", {"arrest"}),
    ("A jury convicted the former banker.", {"court"}),
    ("Thousands protested outside parliament.", {"protest"}),
    ("The town commemorated the victims.", {"celebrate"}),
    ("The family buried the fisherman at sea.", {"bury"}),
    ("The minister inaugurated the new port.", {"open"}),
    ("The strike began at dawn.", {"attack", "begin"}),
    ("The festival ended with fireworks.", {"end"}),
    ("The two clubs played a friendly.", {"play"}),
    ("The ferry is due in Tromso around noon.", {"arrive"}),              # due: arriving
    ("The minister is due at the border crossing on Friday.", {"arrive"}),
    ("The debt was due to be repaid.", set()),                          # "due" alone: none
    ("Villagers mourned their neighbours.", {"mourn"}),
    ("The council held a minute of silence for the victims.", {"mourn"}),  # noun phrase
    ("Hundreds gathered for a candlelit vigil.", {"mourn"}),
    ("The weather was mild.", set()),                                    # no happening
]

# (clause, kinds): how the table is read, beyond one word.
READING_CASES = [
    ("The ambassador said the talks had collapsed.", {"meet", "collapse"}),   # saying drops
    ("The envoy told reporters about it.", {"say"}),                    # saying, nothing else
    ("The spokesman said the case would be dropped and he would leave.", {"say"}),  # ahead
    ("The mayor warned that the river will flood the old town.", {"say"}),
    ("The spokesman said the charges against the mayor would be dropped.", {"say"}),  # subject
    ("Officials told reporters the funeral would be held on Friday.", {"say"}),   # of what lies
    ("The police said the strike had been called off and would not resume.", {"attack"}),
    ("The minister said the convoy had left and would return.", {"depart"}),  # left: before
    ("The ferries will sail on Friday, the company said.", {"travel"}),   # no saying before
    ("The state visit began with a parade.", {"visit", "arrive", "celebrate"}),  # begins
    ("The visit ended on a warm note.", {"visit", "depart"}),           # ... and ends
    ("A fire broke out in the warehouse.", {"attack", "launch", "begin"}),   # longest match
    ("The crowd pulled the statue down.", set()),                       # "pull" needs "out"
    ("The ferry sailed that morning.", {"travel"}),     # "morning" is no "mourning"
    ("The commander turned them around at the bridge.", {"withdraw"}),  # a pronoun between
    ("The general sent them back to their barracks.", {"withdraw"}),     # verb and particle
    ("The colonel sent the troops back.", {"depart"}),  # a noun object: "sent" alone
]


class Kinds(unittest.TestCase):
    def test_every_kind_has_a_case(self):
        named = set().union(*(kinds for _, kinds in KIND_CASES))
        self.assertEqual(set(q.HAPPENINGS) - named, set())

    def test_kinds_of_clauses(self):
        for text, kinds in KIND_CASES + READING_CASES:
            with self.subTest(text=text):
                self.assertEqual(set(q.frame_of(text).kinds), kinds)

    def test_every_kind_is_in_a_group(self):
        for kind in q.HAPPENINGS:
            with self.subTest(kind=kind):
                self.assertTrue(q.GROUP_OF[kind])

    def test_irregular_forms_stem_to_their_verb(self):
        for form, verb in (("left", "leave"), ("met", "meet"), ("struck", "strike"),
                           ("fled", "flee"), ("swept", "sweep"), ("went", "go")):
            with self.subTest(form=form):
                self.assertEqual(q.stem(form), q.stem(verb))

    # (British spelling, American spelling, whether they are one term)
    SPELLINGS = (("defence", "defense", True), ("organised", "organized", True),
                 ("organisation", "organization", True), ("centre", "center", True),
                 ("kilometres", "kilometers", True), ("travelled", "traveled", True),
                 ("cancelling", "canceling", True), ("roubles", "rubles", True),
                 ("grey", "gray", True), ("called", "call", True),
                 ("armoured", "armored", True), ("colours", "colors", True),
                 ("harbour", "harbor", True), ("labour", "labor", True),
                 ("mourning", "morning", False), ("journey", "jorney", False),
                 ("found", "fund", False), ("court", "cart", False))

    def test_british_and_american_spellings_are_one_term(self):
        for british, american, same in self.SPELLINGS:
            with self.subTest(british=british):
                self.assertEqual(q.stem(british) == q.stem(american), same)


# (kinds of one clause, kinds of another, whether they may tell one happening)
AGREEMENT_CASES = [
    ({"arrive"}, {"arrive"}, True),
    ({"arrive"}, {"welcome"}, True),        # arriving and being welcomed: one visit
    ({"arrive"}, {"depart"}, False),        # leaving one place, reaching another
    ({"travel"}, {"depart"}, True),         # "flew out of", "left"
    ({"launch", "attack"}, {"meet"}, False),    # missiles fired, talks held
    ({"collapse"}, {"kill"}, True),         # a dam that burst and the dead it left
    ({"quake"}, {"rescue"}, False),         # the rescue is a happening of its own
    ({"say"}, {"collapse"}, False),         # the saying of it and what was said
    (set(), {"meet"}, True),                # a clause of no kind may tell any
    ({"arrest"}, {"vote"}, False),
    ({"mourn"}, {"kill"}, True),            # mourning the dead of a disaster
    ({"mourn"}, {"arrive"}, False),
]


class Agreement(unittest.TestCase):
    def test_kinds_agree(self):
        for a, b, expected in AGREEMENT_CASES:
            with self.subTest(a=a, b=b):
                self.assertEqual(q.kinds_agree(frozenset(a), frozenset(b)), expected)


# (clause, who, where, part of day, clock time)
FRAME_CASES = [
    ("Mayor Lund met the Dutch envoy in Bergen on Monday morning.",     # a first word too
     {"maior", "lund", "dutch"}, {"bergen"}, "morning", ""),
    ("The ferry sailed to Calais at 6:40 p.m.", set(), {"calai"}, "", "6:40 p.m."),
    ("The rescuers reached the village near Lake Como overnight.", set(), {"lak", "como"},
     "", ""),
    ("The crowd marched from the station into Trafalgar Square in the evening.", set(),
     {"trafalgar", "squar"}, "evening", ""),
    ("On Friday the Senate voted in Washington.", {"senat"}, {"washington"}, "", ""),
]


# (clause, the words of who speaks): the names before its first verb of saying, after the
# last comma before it; all its names when it has none
SPEAKER_CASES = [
    ("Spokesman Arne Vik told reporters that the case against Lindqvist was closed.",
     "spokesman arne vik"),
    ("Late on Saturday, in a message on Telegram, Lindqvist said his men would turn back.",
     "lindqvist"),
    ("The port reopened on Monday, Mayor Lindqvist said.", "mayor lindqvist"),
    ("Governor Halvorsen toured the harbour in Bergen.", "governor halvorsen bergen"),
    ("On Friday the council said the bridge was safe.", ""),
]


class Frames(unittest.TestCase):
    def test_who_speaks(self):
        for text, words in SPEAKER_CASES:
            with self.subTest(text=text):
                self.assertEqual(set(q.frame_of(text).speaker), set(map(q.stem, words.split())))

    def test_who_where_and_when_in_the_day(self):
        for text, who, where, part, clock in FRAME_CASES:
            with self.subTest(text=text):
                frame = q.frame_of(text)
                self.assertEqual((set(frame.who), set(frame.where), frame.part, frame.clock),
                                 (who, where, part, clock))

    def test_spelling_variants_are_one_actor(self):
        self.assertEqual(q.frame_of("Zhukov spoke.").who, q.frame_of("Jukov spoke.").who)


def entries(*articles):
    return [(e.when.value, e.articles) for e in timeline(*articles).events]


class Merging(unittest.TestCase):
    def test_one_happening_told_with_other_verbs_is_one_entry(self):
        self.assertEqual(entries(
            article("a", "The royal yacht left Portsmouth harbour on Sunday evening."),
            article("b", "The royal yacht pulled out of Portsmouth harbour on Sunday.")),
            [("2023-09-10", ("a", "b"))])

    def test_different_kinds_of_one_day_stay_apart(self):
        self.assertEqual(sorted(entries(
            article("a", "The northern army fired two rockets at the border town of Kessin "
                         "on Thursday."),
            article("b", "The northern and southern envoys held talks at the border town of "
                         "Kessin on Thursday."))),
            [("2023-09-14", ("a",)), ("2023-09-14", ("b",))])

    def test_one_kind_and_one_rare_place_is_one_happening(self):
        self.assertEqual(entries(
            article("a", "Mountain guides rescued three climbers from a crevasse near Vrelo "
                         "on Monday after a long night on the ice."),
            article("b", "Three exhausted hikers were saved by a helicopter crew near Vrelo on "
                         "Monday, the regional police said."),
            article("c", "Storms closed the coastal road near Split on Monday."),
            article("d", "A court in Split sentenced a ferry captain on Monday.")),
            [("2023-09-11", ("a", "b")), ("2023-09-11", ("d",)), ("2023-09-11", ("c",))])

    def test_every_happening_noun_anchors(self):
        for noun in ("attack", "explosion", "collapse", "flood", "arrest"):
            with self.subTest(noun=noun):
                text = f"Rescuers arrived two days after the {noun} at the old mill."
                found = q.find_time_exprs(text, q.date(2023, 9, 16), "past")
                self.assertTrue(any(t.kind == "anchor" for t in found), noun)


if __name__ == "__main__":
    unittest.main()


LEAD = ("The royal yacht reached Aarhus harbour on Saturday. The queen waved to the crowd "
        "at the quay.\n\n")
# (what follows the lead paragraph above in a report published on Sunday 17 September 2023,
#  the sentence asked about, the day it is told on, or None: told on no day)
NARRATIVE_CASES = [
    ("The queen placed a wreath at the harbour memorial.",
     "The queen placed a wreath at the harbour memorial.", "2023-09-16"),   # a new paragraph
    ("Earlier, the queen placed a wreath at the harbour memorial.",          # a shift
     "Earlier, the queen placed a wreath at the harbour memorial.", None),
    ("The queen placed a wreath at the harbour memorial last year.",         # a time of its own
     "The queen placed a wreath at the harbour memorial last year.", "2022"),
    ("The crew cleaned the deck on Friday. The queen placed a wreath at the harbour memorial.",
     "The queen placed a wreath at the harbour memorial.", "2023-09-15"),    # the paragraph's day
    ("The queen has placed a wreath at the harbour memorial.",               # not told as past
     "The queen has placed a wreath at the harbour memorial.", None),
    ("The crew cleaned the deck this week. The queen placed a wreath at the harbour memorial.",
     "The queen placed a wreath at the harbour memorial.", None),           # a week: no day
    ("The mayor said the crew had sailed from Oslo on Thursday.",           # a day of its own
     "The mayor said the crew had sailed from Oslo on Thursday.", "2023-09-14"),
    ("The mayor noted that this year marks a jubilee. The queen placed a wreath at the "
     "harbour memorial.", "The queen placed a wreath at the harbour memorial.",
     "2023-09-16"),                                     # a year that holds the day goes on
]


class Narrative(unittest.TestCase):
    def test_an_undated_sentence_is_told_on_the_day_its_report_had_reached(self):
        for rest, sentence, day in NARRATIVE_CASES:
            with self.subTest(rest=rest):
                events = timeline(article("a", LEAD + rest, published="2023-09-17")).events
                told = [e.when.value for e in events
                        if any(s.text == sentence for s in e.sources)]
                self.assertEqual(told, [day] if day else [])
