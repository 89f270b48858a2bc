"""Questions for bench/answers.py, written once by hand and never tuned against: about *Love Among the
Chickens* (each with a phrase the answering passage must hold), general-knowledge questions that no
memory or book answers, and personal questions in phrasings the generated year's own list does not use
(tests/memory/year.py), including ones about things the user never said.

Sets are split into halves: even positions are development data (calibration may look at them), odd
positions are held out and only ever reported.
"""

from __future__ import annotations

# (question, phrase the passage that answers must contain)
BOOK: list[tuple[str, str]] = [
    ("In which county is Combe Regis?", "Dorsetshire"),
    ("From which town does the railway line run to Combe Regis?", "Axminster"),
    ("At which university is Professor Derrick a professor?", "Dublin University"),
    ("What is the name of the mongrel dog lying on the gravel?", "Bob"),
    ("Who is in charge of the farm before Ukridge arrives?", "Beale"),
    ("What did Ukridge put in the incubator to dry?", "tennis shoes"),
    ("Which hen was christened after a relative of Ukridge's wife?", "Aunt Elizabeth"),
    ("What did the landlady say was remarkable about the gentleman who called?", "powerful voice"),
    ("What is the name of the narrator's landlady?", "Mrs. Medley"),
    ("Who was the artist friend on a sketching tour in the west?", "Lickford"),
    ("What rank does Tom Chase hold in the Navy?", "lieutenant"),
    ("For how much did Ukridge say the eggs would sell?", "six for half a crown"),
    ("What net profit did Ukridge estimate for the first year?", "four thousand five hundred pounds"),
    ("What was the narrator trying to plan out when Ukridge turned up?", "new novel"),
    ("Who was fishing in a small boat in the offing?", "Professor Derrick"),
    ("What did Tom Chase let trickle on to the cloth?", "vinegar"),
    ("Which oarsman set the boat rocking?", "Hawk"),
    ("Which hobbies are listed?", "Cricket, football, swimming, golf"),
    ("Down which street was the narrator pursued by costermongers?", "Henrietta Street"),
    ("Which question did Ukridge start upon after the professor mentioned Dublin?", "Irish question"),
    ("Where did the missus go?", "The missus went to Axminster"),
    ("What held the professor's pince-nez behind his ears?", "ginger-beer wire"),
    ("What postmark did the letter from Lickford bear?", "Devonshire postmark"),
    ("Who asked whether the fowls were kept for amusement or by the doctor's orders?", "Tom Chase"),
    ("Which breeds of fowl did the farmer offer besides Dorkings?", "Minorcas"),
    ("Who mixed the salad?", "Tom Chase"),
    ("Who did Ukridge introduce as an elderly Irishman?", "Derrick"),
    (
        "How does a gentleman borrow money from you, according to the narrator, when he asks you to dinner?",
        "borrows the money from you to pay the bill",
    ),
]

# Nothing the user gave answers these: the reply is general knowledge, never cited.
GENERAL: list[str] = [
    "List three French cities",
    "What is the capital of Japan?",
    "How many legs does a spider have?",
    "Who wrote Hamlet?",
    "What is photosynthesis?",
    "How do I boil an egg?",
    "What is the boiling point of water?",
    "Name a famous painting by Leonardo da Vinci.",
    "What is the largest planet in the solar system?",
    "Give me a synonym for happy.",
    "What does DNA stand for?",
    "How far is the Moon from the Earth?",
]

# Personal questions in other words than year.py asks them: subject → questions.
REPHRASED: dict[str, list[str]] = {
    "home": ["Which town is home for me these days?", "Where am I living at the moment?"],
    "employer": ["What company am I with now?", "Where's my job?"],
    "dog": ["What did I name my dog?", "Remind me what my dog is called."],
    "food": ["What do I like to eat most?", "What's my favorite dish?"],
    "car": ["Which car have I got?", "What am I driving these days?"],
    "partner": ["Who is my girlfriend?", "Who am I seeing?"],
    "doctor": ["Who's my GP?", "Which doctor do I see?"],
    "gym": ["Where do I work out?", "Which gym am I a member of?"],
}

# About the user, but never said in a generated year: the only right answer is "I don't know".
UNANSWERABLE: list[str] = [
    "What's my horse called?",
    "Where was I born?",
    "What is my cat called?",
    "When is my birthday?",
    "What is my sister's name?",
    "Which school did I go to?",
    "我在哪里出生？",
    "我的猫叫什么？",
    "What is my blood type?",
    "Who is my dentist?",
    "我的生日是哪天？",
    "What instrument do I play?",
]

# Written after the passage gate (decide.passage_answers) was designed while looking at the sets above:
# these are the only book and general questions no design decision has seen.
BOOK_FRESH: list[tuple[str, str]] = [
    ("Which village did the narrator set off for to consult Farmer Leigh?", "Up Lyme"),
    ("What was Bob investigating in the paddock?", "mole-heap"),
    ("What is the narrator's first name in the directory entry?", "Garnet, Jeremy"),
    ("Which things began to pour in from all sides?", "groceries, whisky, a piano, a gramophone"),
    ("What would you endorse once the chickens begin to lay, according to Ukridge?", "big cheques"),
    ("What was soaked with the spilled water?", "tennis shoes"),
]
GENERAL_FRESH: list[str] = [
    "What is the chemical symbol for gold?",
    "Who painted the Mona Lisa?",
    "How many days are in a leap year?",
    "What language is spoken in Brazil?",
    "Explain what a black hole is.",
    "What is the square root of 81?",
]

# A larger development set about the book (session 4), so that a change to ranking or passage choice is
# judged on more than BOOK[0::2]'s 14 questions. All of it is development data: calibration may look at
# it. Written by reading the book, not by looking at what the pipeline answers; at least two questions
# from every chapter (I–XXIII), in who / what / where / when / why / how many / which shapes, many in
# other words than the answering sentence, some whose answer is in dialogue. Each phrase is copied from
# the text as it is (curly quotes, the no-break space after "Mr."/"Mrs.") and is held by exactly one
# passage of the book's EPUB import and of its Markdown import (`bench/answers.py --check-book-sets`).
BOOK_DEV: list[tuple[str, str]] = [
    # I
    ("How tall is Ukridge?", "quite six foot two"),
    ("What did Ukridge offer Lickford to keep until he could pay him back?", "threepenny bit with a hole in it"),
    # II
    ("What was the narrator's father?", "vicar of Much Middlefold"),
    ("What paper does Ukridge's wife call C.A.C.?", "Chiefly About Chickens"),
    # III
    ("Who gave Phyllis her copy of the narrator's novel?", "Molly McEachern"),
    ("What colour are Phyllis's eyes?", "heavenly blue"),
    # IV
    ("What did Beale shout through the kitchen window?", "or I’ll corpse you!"),
    (
        "Why did Beale not know the Ukridges were coming that day?",
        "envelope which he had produced from his breast-pocket",
    ),
    ("How many fowls did Ukridge expect the dealers to send?", "fifty fowls of sorts"),
    # V
    ("Which game did rounding up the hens remind the narrator of?", "Pigs in Clover"),
    ("What made the Hired Man unpopular in the army?", "passion for the truth"),
    # VI
    ("On what date did Aunt Elizabeth run off?", "July the twenty-second"),
    ("Which newspaper said the narrator's work “Shows promise”?", "Peebles Advertiser"),
    # VII
    ("Whom did Tom Chase warn the narrator not to mention at lunch?", "Sir Edward Carson"),
    ("Where does Derrick spend his summers?", "always spent his summers at Combe Regis"),
    # VIII
    ("Who is Edwin?", "beautiful, purebred Persian"),
    ("Where did the cat hide from Bob?", "up the chimley"),
    ("Why was the dinner for the Derricks served cold?", "Mrs.\u00a0Beale always lets the kitchen fire out"),
    # IX
    ("What did Ukridge blame the professor's temper on?", "a touch of liver"),
    ("What did Tom Chase offer the narrator when they met in the village?", "will you have a cigar or a coconut?"),
    # X
    ("What did Beale's aunt give her fowls for the roop?", "she gave them snuff"),
    ("How much did Hawk finally demand for upsetting the boat?", "raised the price to a sovereign"),
    # XI
    ("With which golfer did the narrator claim to have halved a round at St. Andrews?", "Angus M’Lurkin"),
    ("How did Garnet explain the upset to Ukridge?", "attack of cramp"),
    # XII
    ("At what temperature does Ukridge keep the incubator?", "keep the temperature at seventy-two"),
    ("Who publishes the narrator's other novel?", "Bastable\u00a0& Kirby"),
    # XIII
    ("Where had Hawk been stationed in the Navy?", "stationed at Malta"),
    ("By what score did Chase beat the narrator at tennis?", "six games to love"),
    # XIV
    ("Who beat the professor in the golf final the last two years?", "Colonel Jervis"),
    ("When will the narrator's uncle start paying him an allowance?", "from the day that I married"),
    # XV
    ("Who wrote the letter that gave away the bribe?", "The enclosed letter was from one Jane Muspratt"),
    ("Where does Millie's Aunt Elizabeth live?", "She lives in Kensington"),
    # XVI
    ("Whom did Hawk punch?", "I punched Tom Leigh"),
    ("Why did Jane Muspratt refuse to marry Hawk?", "ain’t to be trusted in a boat by hisself"),
    # XVII
    ("What was Phyllis wearing when she came to the clearing?", "She was wearing a Panama"),
    ("What does Phyllis call the cliff?", "the most soothing place in the world"),
    # XVIII
    ("Who is Phyllis's sister going to marry?", "Why, Tom, of course"),
    ("Where did Ukridge first see Millie?", "first-class carriage on the underground"),
    # XIX
    ("What was Ukridge wearing under his mackintosh?", "purple bathing-suit"),
    ("What did the professor hurt his foot on?", "small, sharp pebble"),
    # XX
    ("Whom did the professor beat to reach the final?", "Mr.\u00a0Saul Potter"),
    (
        "How did the narrator get the professor's consent to marry Phyllis?",
        "you were to give your consent to my marriage with Phyllis",
    ),
    # XXI
    ("How did Beale learn the Ukridges had gone?", "met one of them coastguards"),
    ("What did Ukridge keep from the bicycle and photograph shop?", "Ukridge kept the clockwork toy"),
    # XXII
    ("How much does Brass of Axminster say Ukridge owes him?", "ten pounds eight shillings and fourpence"),
    ("Who suggested the creditors should loot the house?", "that demon Charlie"),
    # XXIII
    ("Why did the Ukridges go up to London?", "we went to touch Millie’s Aunt Elizabeth"),
    ("How many fights did Beale have with the creditors?", "Beale had seven fights"),
]
