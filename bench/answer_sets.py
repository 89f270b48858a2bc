"""Questions for bench/answers.py, written once by hand and never tuned against: about *Love Among the
Chickens* (each with a phrase the answering passage must hold), general-knowledge questions that no
memory or book answers, and personal questions in phrasings the generated year's own list does not use
(tests/memory/year.py), including ones about things the user never said.

Sets are split into halves: even positions are development data (calibration may look at them), odd
positions are held out and only ever reported.
"""

from __future__ import annotations

from dataclasses import dataclass

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

# Written after the passage gate (passage_choice.passage_answers) was designed while looking at the sets above:
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

# --- Knowledge updates in everyday words (issue 15, session 4) ------------------------------------
# Written before looking at what the code does with them. Each case is one slot of one user: an older
# statement, then a later remark, then questions. `changes` says whether the later remark replaces the
# older one ("Traded the Corolla for a Golf") or only shares its words ("Rented a Jeep for the road
# trip", "My brother just started at Google"): a false update costs as much as a stale fact.
# Per slot, the four cases go to four different users (bench/answers.py --updates), with chit-chat
# between; every case is development data.


@dataclass(frozen=True)
class Update:
    old: str
    new: str
    questions: tuple[str, ...]
    changes: bool = True


UPDATES: dict[str, list[Update]] = {
    "home": [
        Update(
            "I live in Leeds.",
            "We finally moved into the flat on Hill Road in York last weekend.",
            ("Where do I live?", "Which city do I live in now?", "What's my address these days?"),
        ),
        Update(
            "My home is in Bristol.",
            "Got the keys to our new place in Cardiff yesterday, unpacking all week.",
            ("Where's home for me now?", "我现在住在哪里？"),
        ),
        Update(
            "我住在杭州。", "终于搬进了南京的新房子，离地铁很近。", ("我现在住在哪个城市？", "Where do I live now?")
        ),
        Update(
            "I live in Manchester.",
            "My sister just moved to Glasgow, she loves her new flat.",
            ("Where do I live?", "Which city is my home?"),
            changes=False,
        ),
    ],
    "employer": [
        Update(
            "I work as a nurse at St Mary's hospital.",
            "I started at the bakery on Elm Street last month.",
            ("Where do I work?", "Who is my employer now?", "Where's my job these days?"),
        ),
        Update(
            "I work at Initech.",
            "My first day at Globex went fine, the team seems friendly.",
            ("Which company do I work for?", "Where am I working now?"),
        ),
        Update("我在阿里巴巴工作。", "我现在在星巴克上班了。", ("我在哪里上班？", "我现在在哪家公司工作？")),
        Update(
            "I work at Deloitte.",
            "My brother just started at Google, he's thrilled.",
            ("Where do I work?", "Who do I work for?"),
            changes=False,
        ),
    ],
    "job": [
        Update(
            "I'm a teacher at a primary school.",
            "Handed in my notice at the school; from Monday I'm doing freelance graphic design full time.",
            ("What do I do for a living?", "What's my job now?"),
        ),
        Update(
            "I'm an accountant.",
            "Passed my final exam, so I'm officially a solicitor now!",
            ("What is my profession?", "What do I do for work?"),
        ),
        Update("我是一名程序员。", "辞职后我开始当摄影师了。", ("我是做什么工作的？", "What's my job?")),
        Update(
            "I'm a pharmacist.",
            "My wife became a pilot last year.",
            ("What do I do for a living?", "What's my occupation?"),
            changes=False,
        ),
    ],
    "partner": [
        Update(
            "My girlfriend is Emma.",
            "Emma and I split up in the spring; I've been seeing Sofia for a couple of months now.",
            ("Who is my girlfriend?", "Who am I dating?"),
        ),
        Update(
            "My partner is Jake.",
            "Moved in with Daniel last week, we're so happy.",
            ("Who is my partner?", "Who am I with these days?"),
        ),
        Update("我的女朋友叫小雨。", "我和李娜在一起了，她对我很好。", ("我的女朋友是谁？", "Who is my girlfriend?")),
        Update(
            "My boyfriend is Tom.",
            "My friend Chloe's boyfriend Marco proposed to her!",
            ("Who is my boyfriend?", "Who am I seeing?"),
            changes=False,
        ),
    ],
    "food": [
        Update(
            "My favourite food is sushi.",
            "Honestly these days nothing beats a good ramen for me.",
            ("What's my favourite food?", "What do I like to eat most?"),
        ),
        Update(
            "I love pizza more than anything.",
            "I've gone off pizza; tacos are my new obsession.",
            ("What is my favourite dish?", "What food do I love most now?"),
        ),
        Update("我最喜欢吃火锅。", "最近迷上了螺蛳粉，天天想吃。", ("我最喜欢吃什么？", "What's my favourite food?")),
        Update(
            "My favourite food is dumplings.",
            "Had a burger for lunch, it was fine.",
            ("What's my favourite food?", "我最爱吃什么？"),
            changes=False,
        ),
    ],
    "car": [
        Update(
            "I drive a Toyota Corolla.",
            "Traded the Corolla for a Golf at the weekend.",
            ("What car do I drive?", "Which car have I got now?"),
        ),
        Update(
            "My car is a Ford Focus.",
            "Picked up my new Tesla Model 3 today, the Focus is gone.",
            ("What do I drive?", "What's my car?"),
        ),
        Update("我开的是本田思域。", "把思域卖了，换了一辆比亚迪汉。", ("我开什么车？", "What car do I drive?")),
        Update(
            "I drive a Mazda 3.",
            "Rented a Jeep for the road trip, fun but thirsty.",
            ("What car do I drive?", "What's my car?"),
            changes=False,
        ),
    ],
    "doctor": [
        Update(
            "My doctor is Dr Smith.",
            "Switched to Dr Patel at the new practice on King Street.",
            ("Who is my doctor?", "Which GP do I see?"),
        ),
        Update(
            "My GP is Dr Jones.",
            "Registered with a new surgery; Dr Okafor is looking after me now.",
            ("Who's my GP?", "Who is my doctor now?"),
        ),
        Update("我的医生是王医生。", "我换了家庭医生，现在找陈医生看病。", ("我的医生是谁？", "Who is my doctor?")),
        Update(
            "My doctor is Dr Brown.",
            "Took Mum to see Dr Fischer about her knee.",
            ("Who is my doctor?", "Which doctor do I see?"),
            changes=False,
        ),
    ],
    "gym": [
        Update(
            "I go to PureGym.",
            "Cancelled PureGym and joined the climbing gym on Mill Lane.",
            ("Which gym do I go to?", "Where do I work out?"),
        ),
        Update(
            "My gym is the YMCA downtown.",
            "Signed up at Fitness First near the office, way better equipment.",
            ("Which gym am I a member of?", "What's my gym?"),
        ),
        Update(
            "我在一兆韦德健身。",
            "办了威尔士健身的年卡，以后就去那儿练了。",
            ("我在哪个健身房锻炼？", "Which gym do I go to?"),
        ),
        Update(
            "I go to Anytime Fitness.",
            "Tried a free class at the Gold's Gym by the station, not for me.",
            ("Which gym do I go to?", "Where do I work out?"),
            changes=False,
        ),
    ],
    "dog": [
        Update(
            "My dog is called Max.",
            "Max passed away in June; we adopted a rescue greyhound called Biscuit.",
            ("What's my dog called?", "What is my dog's name?"),
        ),
        Update(
            "I have a beagle named Rocky.",
            "Rocky went to live with my parents on their farm; we got a puppy, Luna.",
            ("What's my dog's name?", "What dog do I have now?"),
        ),
        Update(
            "我的狗叫旺财。", "旺财送给了乡下的奶奶，现在家里的狗是豆豆。", ("我的狗叫什么？", "What's my dog called?")
        ),
        Update(
            "My dog is called Bella.",
            "The neighbour's new puppy Rex barked all night.",
            ("What's my dog called?", "What is my dog's name?"),
            changes=False,
        ),
    ],
    "cat": [
        Update(
            "My cat is called Mittens.",
            "Mittens went to my sister's; we've got a kitten now, Pepper.",
            ("What is my cat called?", "What's my cat's name?"),
        ),
        Update(
            "我的猫叫咪咪。",
            "咪咪走丢了，后来领养了一只橘猫，叫橘子。",
            ("我的猫叫什么名字？", "What's my cat called?"),
        ),
        Update(
            "I have a cat named Oscar.",
            "Gave Oscar to my aunt, she has a garden; no more pets for me.",
            ("What's my cat called?", "Do I have a cat?"),
        ),
        Update(
            "My cat is called Simba.",
            "Fed my friend's cat Luna while she was away.",
            ("What's my cat called?", "我的猫叫什么？"),
            changes=False,
        ),
    ],
    "phone": [
        Update(
            "My phone is an iPhone 12.",
            "Finally upgraded to a Pixel 8, loving the camera.",
            ("What phone do I have?", "Which phone am I using now?"),
        ),
        Update(
            "I use a Samsung Galaxy S21.",
            "Dropped the Galaxy in the canal, so I'm on an iPhone 15 now.",
            ("What's my phone?", "What phone do I use?"),
        ),
        Update(
            "我的手机是华为Mate 40。",
            "新买了一部小米14，旧手机给我妈了。",
            ("我用的是什么手机？", "What phone do I have?"),
        ),
        Update(
            "I have a OnePlus 9.",
            "Dad got a new iPhone for his birthday.",
            ("What phone do I have?", "What's my phone?"),
            changes=False,
        ),
    ],
    "hobby": [
        Update(
            "My hobby is painting.",
            "I've really got into pottery lately, I go every Thursday.",
            ("What's my hobby?", "What do I do for fun?"),
        ),
        Update(
            "I play tennis every weekend.",
            "Gave up tennis, my knee can't take it; swimming now instead.",
            ("What sport do I play?", "What sport do I do these days?"),
        ),
        Update("我的爱好是钓鱼。", "最近迷上了攀岩，每周去两次。", ("我的爱好是什么？", "What's my hobby?")),
        Update(
            "I play chess as a hobby.",
            "Watched the football with Sam at the pub.",
            ("What's my hobby?", "What do I do for fun?"),
            changes=False,
        ),
    ],
    "school": [
        Update(
            "I'm studying economics at Leeds University.",
            "Switched my course to data science, much happier.",
            ("What am I studying?", "What's my course?"),
        ),
        Update(
            "I go to Riverside College.",
            "Transferred to King's College this term.",
            ("Which school do I go to?", "Where do I study?"),
        ),
        Update("我在读会计专业。", "我转到了计算机专业。", ("我学的是什么专业？", "What am I studying?")),
        Update(
            "I'm doing a master's in history.",
            "My cousin enrolled in medicine at Edinburgh.",
            ("What am I studying?", "What's my course?"),
            changes=False,
        ),
    ],
    "manager": [
        Update(
            "My manager is Karen.",
            "Karen left, so Raj is my new boss from today.",
            ("Who is my manager?", "Who's my boss?"),
        ),
        Update(
            "My boss is Mr Lee.",
            "After the reorg I report to Priya now.",
            ("Who do I report to?", "Who is my boss now?"),
        ),
        Update("我的领导是张总。", "部门调整后，我现在归刘经理管。", ("我的领导是谁？", "Who is my manager?")),
        Update(
            "My manager is Helen.",
            "Had a chat with Marcus, my friend's boss, at the party.",
            ("Who is my manager?", "Who's my boss?"),
            changes=False,
        ),
    ],
    "diet": [
        Update(
            "I'm vegetarian.",
            "Went fully vegan in March, no more cheese.",
            ("What diet do I follow?", "What's my diet?"),
        ),
        Update(
            "I'm on a keto diet.",
            "Quit keto, now I'm just doing intermittent fasting.",
            ("What diet am I on?", "What's my diet now?"),
        ),
        Update("我在吃素。", "我现在不吃素了，开始吃鱼了。", ("我的饮食习惯是什么？", "What diet do I follow?")),
        Update(
            "I follow a gluten-free diet.",
            "Ate way too much cake at Amy's party.",
            ("What diet do I follow?", "What's my diet?"),
            changes=False,
        ),
    ],
}

# Written after the slot phrasings of session 4 and before the "and later" hedge, in words no rule of
# slots.py reads (checked): how the answer copes with an update it cannot read, and with a later remark
# that names the old thing without changing it. Development data too (`--updates` scores both).
UPDATES_UNREAD: dict[str, list[Update]] = {
    "car": [
        Update("I drive a Kia Rio.", "Sold the Kia, the Skoda's much comfier.", ("What car do I drive?",)),
        Update("我的车是大众帕萨特。", "帕萨特出手了，提了辆理想L6。", ("我开什么车？", "What do I drive now?")),
        Update(
            "I drive a BMW 3 series.",
            "The BMW needs new tyres, booked for Friday.",
            ("What car do I drive?",),
            changes=False,
        ),
    ],
    "employer": [
        Update(
            "I work at Barclays.",
            "Leaving Barclays was the best decision; Monzo's culture suits me.",
            ("Where do I work?", "Which company am I at now?"),
        ),
        Update("我在京东上班。", "从京东离职了，下周一去美团报到。", ("我在哪里上班？",)),
        Update(
            "I work at Unilever.",
            "Unilever announced record profits, good bonus this year.",
            ("Where do I work?",),
            changes=False,
        ),
    ],
    "home": [
        Update(
            "I live in Oxford.",
            "Can't believe we've been in Bath three weeks already, the new neighbours are lovely.",
            ("Where do I live?",),
        ),
        Update("我住在广州。", "在厦门安顿下来了，海边真舒服。", ("我现在住在哪里？",)),
        Update("我住在苏州。", "苏州今天下大雨了。", ("我住在哪个城市？",), changes=False),
    ],
    "partner": [
        Update(
            "My girlfriend is Mia.",
            "Mia and I are done. Chris makes me laugh though, we've had four dates.",
            ("Who is my girlfriend?", "Who am I seeing now?"),
        ),
    ],
    "doctor": [
        Update(
            "My doctor is Dr Adams.",
            "Dr Adams retired, Dr Nguyen took over my care.",
            ("Who is my doctor?",),
        ),
        Update(
            "My doctor is Dr Green.", "Dr Green's waiting room was packed again.", ("Who is my doctor?",), changes=False
        ),
    ],
    "gym": [
        Update(
            "My gym is Virgin Active.",
            "Virgin Active got too pricey; I'm at the council leisure centre instead.",
            ("Which gym do I go to?",),
        ),
    ],
    "dog": [
        Update(
            "My dog is called Buddy.",
            "We said goodbye to Buddy in May. Little Pip arrived yesterday, a wiggly terrier!",
            ("What's my dog called?",),
        ),
        Update(
            "My dog is called Rufus.",
            "Rufus stole a sausage off the table, cheeky boy.",
            ("What's my dog called?",),
            changes=False,
        ),
    ],
    "manager": [
        Update(
            "My manager is Tom.",
            "Tom's gone to head office, Aisha runs our team now.",
            ("Who is my manager?",),
        ),
        Update(
            "My manager is Sarah.", "Sarah's on holiday, so the office is quiet.", ("Who's my boss?",), changes=False
        ),
    ],
    "diet": [
        Update("I'm vegan.", "Back on meat after two years, feeling stronger.", ("What diet do I follow?",)),
    ],
    "hobby": [
        Update(
            "My hobby is knitting.",
            "Haven't knitted in ages, all my evenings go to salsa classes.",
            ("What's my hobby?",),
        ),
    ],
    "food": [
        Update("我最喜欢吃饺子。", "饺子吃腻了，最近每顿都点麻辣烫。", ("我最喜欢吃什么？",)),
    ],
    "job": [
        Update("我是护士。", "护士那行干不下去了，如今在卖房子。", ("我是做什么工作的？",)),
    ],
}

# A second development book set (session 8), so that a change to how a passage is chosen is judged on
# questions nobody tuned against. Passages were drawn, not chosen: `random.Random(8).sample(range(433), 45)`
# over the passages of the product's EPUB import (`books.chunking.passages`), sorted, and the first 30
# got one question each, written by reading that passage alone, before anything was run on them. Kinds
# are mixed: who / what / where / when / how many / why, a few "what did X plan to do" and paraphrases
# that share few words with the answering sentence. The comment on each is the passage's index.
BOOK_DEV2: list[tuple[str, str]] = [
    ("Where did the grateful drunk go after making Licky shake hands?", "tottered to the bar"),  # 10
    ("How did Ukridge describe his wife when he introduced her to Garnet?", "The pride of the home"),  # 15
    ("What did Ukridge and Millie plan to do?", "we are going to keep fowls"),  # 22
    ("Which train did Ukridge say they would catch at Waterloo?", "eleven-twenty"),  # 32
    ("Who wrote the book the girl in the train was reading?", "By Jeremy Garnet"),  # 43
    ("What did the narrator's publishers say about how his novel was selling?", "begun to move"),  # 45
    ("What did the narrator find lying in the far corner of the carriage?", "The girl had left it behind"),  # 49
    ("What did Ukridge ask for to deal with the dog scratching at the door?", "a good large jug"),  # 58
    ("What game had Beale brought back with his gun?", "pair of very limp rabbits"),  # 64
    ("How long was the walk down the hill into the town?", "walk of five minutes"),  # 70
    ("Why was the hen Aunt Elizabeth a burden to the farm?", "declining to lay a single egg"),  # 98
    ("What is an Irishman's croquet-lawn, according to the narrator?", "croquet-lawn is his castle"),  # 107
    ("Where did they shut up Aunt Elizabeth while they lunched with the Derricks?", "in the stables"),  # 116
    ("Which grocer had mentioned Ukridge's name to the professor?", "old Dawlish, the grocer"),  # 119
    ("Who took the note inviting the Derricks to dinner?", "Hired Retainer had been sent off"),  # 126
    ("What was Ukridge talking about when Beale interrupted him?", "feeding of fowls"),  # 132
    ("What did Ukridge tell Mrs. Beale to use to get the cat down?", "broom handle"),  # 136
    ("How had the narrator learnt to save people from drowning?", "practise it with a dummy"),  # 189
    ("Who saved the professor's life, by his own account?", "Mr. Garnet heroically dived in"),  # 192
    ("What reason did the narrator give for the boat upsetting?", "attack of cramp"),  # 194
    ("What did Ukridge say ought to be done to Hawk?", "torn limb from limb"),  # 197
    ("What did they eat at lunch after the professor was rescued?", "roast chicken and sweets"),  # 199
    ("What did they paint the chickens' throats with during the epidemic?", "best turpentine"),  # 205
    ("What did Ukridge intend to do about the tradesmen who sent bills?", "these men must wait"),  # 206
    ("Where did the narrator's ideas for his novel come most readily?", "little clearing overlooking the sea"),  # 208
    ("How many faults in a row did the narrator serve against Tom Chase?", "my fifth"),  # 232
    ("How did the narrator lose the last point of the tennis game?", "beaten me on the post"),  # 235
    ("Whose wrongs did Ukridge sympathise with for five minutes?", "Mr. Harrod and Mr. Whiteley"),  # 242
    ("Where did the Ukridges get their incubator?", "yes, it was Harrod"),  # 248
    ("Where did Ukridge say the maker of the incubator ought to be?", "Colney Hatch"),  # 249
]

# A third development book set (session 12), written because the first two have been tuned on for many
# sessions and rules may fit them. Written by reading chapters IX, X and XV–XXIII, the ones the other sets
# ask least about (two questions or fewer a chapter before), before the pipeline was run on any of them;
# none copies or rewords a question above. Shapes are mixed: who / what / where / when / why / how many /
# which, "what did X say about Y", "what does X call Y", with and without names, narration and dialogue.
# The comment on each is the passage's index in the EPUB import.
BOOK_DEV3: list[tuple[str, str]] = [
    # IX
    ("What did the shop-woman in the book throw at the omnibus conductor?", "superannuated orange"),  # 145
    ("What does the narrator call golf?", "the game of disappointed lovers"),  # 156
    ("What did the narrator listen to from the hedge by the Derricks' drawing-room?", "hearing Phyllis sing"),  # 158
    # X
    ("Which birds did Edwin kill?", "a couple of Wyandottes"),  # 162
    (
        "How had Farmer Leigh cured his Cochin Chinas, as far as the narrator could gather?",
        "Christian Science principles",
    ),  # 171
    (
        "How many stories about a rescue had the narrator once published in a single month?",
        "seven stories in seven weekly penny papers",
    ),  # 175
    ("At what time did the great idea come to the narrator on the Cob?", "three minutes to twelve"),  # 176
    # XV
    ("What did the professor give the narrator to drink at the clubhouse?", "gin and ginger beer"),  # 267
    ("What did Ukridge say about Whiteley's when their letter came?", "Whiteley’s have disappointed me"),  # 272
    ("What is a guffin, according to the narrator?", "one who guffs"),  # 276
    # XVI
    (
        "Where did the narrator find Hawk after searching the village for him?",
        "leaning over the seawall near the church",
    ),  # 284
    ("Which tune did Ukridge make the gramophone murder after dinner?", "Mumbling Mose"),  # 293
    (
        "What did the narrator make the villain of his novel, whom he drew from the professor?",
        "made him a blackmailer",
    ),  # 299
    # XVII
    ("What colour did the western sky turn while Phyllis was painting on the cliff?", "hue of a bruised cherry"),  # 309
    # XVIII
    ("When is Norah to be married?", "married in October"),  # 313
    (
        "Why will the professor be slow to forgive the narrator, according to Phyllis?",
        "made him look ridiculous",
    ),  # 319
    (
        "How did Ukridge describe Phyllis when the narrator told him of the engagement?",
        "Rather a pretty girl, with blue eyes",
    ),  # 324
    ("For whom did Ukridge ask at the house in Thurloe Square?", "Is Lady Lichenhall at home?"),  # 330
    # XIX
    ("What was Ukridge like, splashing about behind the professor in the sea?", "like a large seal"),  # 340
    ("What did the professor say as he vanished into his tent?", "“Isch!” he said"),  # 355
    # XX
    ("Who brought the professor's letter about the golf final to the farm?", "Professor Derrick’s gardener"),  # 358
    ("How many strokes did the professor take at the sixth hole?", "“Sixteen!” said the professor"),  # 374
    ("How many holes in a row did the narrator mean to let the professor win?", "eight holes in succession"),  # 375
    # XXI
    ("What did Beale call Ukridge's going off without paying?", "Shot the moon, sir"),  # 385
    ("How much did Ukridge pay for a hat in his schoolmaster days?", "hat for three-and-sixpence"),  # 391
    # XXII
    ("Which butcher did the narrator hear arguing with Beale?", "Vickers, the butcher"),  # 394
    ("Which street is Appleby in?", "Appleby, Mr. Garnet, in the High Street"),  # 405
    ("Who at Whiteley's had written to Ukridge about his account?", "Our Mr. Blenkinsop"),  # 406
    ("Who tried to stop the whisky being handed out to the creditors?", "the potboy, from the Net and Mackerel"),  # 412
    # XXIII
    ("How many times did Aunt Elizabeth call Ukridge a guffin on the visit?", "a guffin three times"),  # 420
    ("Which proverb did Aunt Elizabeth quote to Millie?", "Marry in haste, repent at leisure"),  # 421
    ("Why do ducks get thin, by Ukridge's theory?", "taking exercise and swimming about"),  # 432
]

# A fourth development book set (session 13), written because the third, fresh, scored 41 % against 55-63 % on
# the two tuned on. Written by reading the chapters the three sets above ask least about, per passage (V and VI
# 1.6 questions per ten passages; XIII-XV, XIX, XX, XXII near 2; I and XVII three in all, XXI four),
# before the pipeline was run on any of them, from passages no other set's answer is in; none copies or
# rewords a question above. Mixed shapes: who / what / where / when / why / how many / which, "what did X say
# about Y", a yes-or-no, words the book does not use ("glasses", "chicken houses", "creditors"), an answer
# whose speaker is named only in the next passage. The comment on each is the passage's index in the EPUB
# import.
BOOK_DEV4: list[tuple[str, str]] = [
    # I
    (
        "How did Ukridge keep his glasses on when Lickford met him at Yeovil?",
        "tacked on to his ears with ginger-beer wire",
    ),  # 8
    ("What did Ukridge shout up the stairs when he came looking for Garnet?", "Exhibit the son of Belial"),  # 12
    # V
    (
        "What time was it when the narrator woke on his first morning at the farm?",
        "distant clocks were striking eight",
    ),  # 69
    ("What did Ukridge tell the poultry dealer's manager to do about the breeds?", "mix ’em up, laddie"),  # 75
    ("What did they make the chicken houses out of?", "Sugar boxes are as good as any"),  # 76
    ("Where had Ukridge tasted a better whisky than the one he was drinking?", "some he once tasted in Belfast"),  # 87
    # VI
    ("What was the farthest town Ukridge ordered things from on credit?", "as far afield as Dorchester"),  # 89
    ("Did Ukridge pay rent for the house at Combe Regis?", "lent him rent free"),  # 91
    ("What choice did Ukridge say to put to the first man you meet in the street?", "his egg or his wife"),  # 94
    ("Who caught Aunt Elizabeth in the garden beyond the hedge?", "he had captured Aunt Elizabeth"),  # 106
    # XIII
    ("How much does a Maltese policeman get for bringing a sailor back aboard?", "gets one sovereign, cash"),  # 222
    ("What does Tom Chase say he is called, because he never makes mistakes?", "Archibald the All-Right"),  # 224
    ("When did Phyllis go into the house during the tennis?", "At the end of the fifth game"),  # 236
    # XIV
    ("What did Mrs. Beale say about omelettes?", "always possibilities in an omelette"),  # 246
    ("Who was the long thin man with a beard dunning Ukridge in the garden?", "Curtis, the fishmonger"),  # 251
    ("How many times had the narrator's rich uncle been married?", "having married three wives"),  # 252
    # XV
    ("Who did Ukridge buy the gramophone from?", "Smith, the chap we got the gramophone from"),  # 273
    ("What does Aunt Elizabeth think of Millie's husband?", "perfectly helpless in any matter requiring"),  # 275
    # XVII
    ("Which bird could be heard while Phyllis painted the sunset?", "song of a distant blackbird"),  # 304
    (
        "What gave the narrator the idea of upsetting the professor's boat, as he told Phyllis?",
        "seeing him fishing that put the idea",
    ),  # 308
    # XIX
    (
        "Why did the narrator choose to speak to the professor while he was swimming?",
        "a better chance with the professor in the water",
    ),  # 336
    (
        "What happened when the narrator wished the professor good morning from behind him in the sea?",
        "went under like so much pig-iron",
    ),  # 339
    ("What did Ukridge tell the professor about the narrator's money?", "Pots of money, too"),  # 348
    # XX
    ("Who wrote to the papers that young men should play less golf?", "Efficiency” gave it as his opinion"),  # 356
    ("How long did the professor's gardener wait for the narrator's reply?", "He waited for half-an-hour"),  # 360
    ("What makes Bob happy, according to the narrator?", "Bones and cheese and potatoes with gravy"),  # 365
    # XXI
    (
        "Why did the narrator stay at Combe Regis when Ukridge had gone?",
        "To complete the victory I had won on the links",
    ),  # 383
    (
        "When did the narrator expect the money to pay Beale's back wages?",
        "cheque coming to me from a magazine in another week",
    ),  # 387
    # XXII
    ("What did the little man in the purple tie keep asking?", "What did you hit him for, then?"),  # 398
    (
        "What does the narrator promise the reader about dialect?",
        "I do not propose to inflict dialect upon the reader",
    ),  # 400
]

# A fifth development book set (session 14), written because the fourth, fresh, scored 37 % and work on retrieval
# needs questions nobody has tuned against. Chapters were ranked by the questions of every set above (and the
# held-out ones, counted by a script that printed no text) per ten passages, and the least asked (III, XII, XV,
# XVI, XVIII, XX, XXII, XXIII, then IX, X, VII, VIII) got 1-4 questions each, from passages drawn with
# `random.Random(18)` among those holding no other set's answer, nor next to one, before the pipeline was run
# on any of them. Written as a reader would ask, in other words than the passage where it could be: who / what
# / where / when / why / how / how many / how long, a yes-or-no, narration and dialogue. The comment on each is
# the passage's index in the EPUB import.
BOOK_DEV5: list[tuple[str, str]] = [
    # III
    (
        "How could the narrator tell that Phyllis's father came from Ireland?",
        "inflection of his voice suggested the Irishman",
    ),  # 36
    ("What shout did the narrator dread as the train filled up at Waterloo?", "Get in anywhere"),  # 37
    ("What was the boy Albert chewing in the railway carriage?", "something that smelt of aniseed"),  # 38
    ("What did the stout aunt land on when the train jerked off?", "sat down on the bag of food"),  # 39
    # VII
    ("Why can a hen not lift its eyebrows, according to the narrator?", "not having any"),  # 110
    # VIII
    (
        "What did Ukridge say was left in the house to feed his guests?",
        "a tin of sardines and part of a cold fowl",
    ),  # 138
    # IX
    ("To what does the narrator compare how fast his love for Phyllis grew?", "Jack’s beanstalk"),  # 148
    (
        "What rule did Ukridge lay down for the farm after the quarrel with the professor?",
        "Strict business is the watchword",
    ),  # 150
    # X
    ("How had the narrator cleared his pipe that morning?", "with a straw"),  # 173
    ("What argument finally knocked out the narrator's conscience?", "All’s Fair in Love and War"),  # 179
    # XII
    (
        "How many egg orders had the narrator's visits brought the farm in a week?",
        "three distinct orders for eggs",
    ),  # 201
    ("Which artist does the narrator liken Mrs. Beale to, cooking chicken every day?", "Mr.\u00a0Whistler"),  # 202
    (
        "Where was Phyllis reading when the narrator called on the Derricks?",
        "under the cedar by the tennis-lawn",
    ),  # 210
    # XV
    ("Did Edwin the cat ever catch a sparrow?", "never seen Edwin catch a sparrow"),  # 262
    ("Who did the narrator curse for ruining his chances with Phyllis?", "I cursed Jane Muspratt"),  # 281
    # XVI
    ("What did Hawk say he owed the narrator when they met?", "Explashion"),  # 286
    ("Whom did the narrator blame in the end for Hawk giving the secret away?", "It was Fate’s fault"),  # 288
    ("How long had they been struggling with the farm before the miserable week?", "nearly two months"),  # 296
    # XVIII
    ("Why did Phyllis refuse to keep the engagement a secret from her father?", "ever kept anything from him"),  # 321
    ("Where did Phyllis say her father would be before breakfast?", "go to the beach before breakfast"),  # 322
    ("What did the narrator come into if he married?", "pretty sizeable bit of money"),  # 326
    ("What did Millie's Aunt Elizabeth once ask Ukridge's advice about?", "feeding her toy Pomeranian"),  # 333
    # XX
    (
        "How did the professor answer the narrator's small talk at the clubhouse?",
        "I came here for golf, not conversation",
    ),  # 367
    ("How far did the professor's first shot go after he topped it?", "The ball rolled two yards"),  # 369
    # XXII
    ("What was unusual about the short stout man in grey among the creditors?", "largest whiskers ever seen"),  # 401
    ("What did the narrator offer the tradesmen instead of money?", "sympathy—and good advice"),  # 408
    ("What did Beale do to Charlie before he gave up?", "knocked Charlie into a flowerbed"),  # 414
    # XXIII
    ("When did Ukridge promise to pay Beale what he owed him?", "before I go to bed"),  # 424
    ("What did Ukridge's mackintosh look like as he addressed the crowd?", "like a Roman toga"),  # 426
    ("What did Ukridge do after the meeting broke up?", "took Bob with him and went for a walk"),  # 430
]

# A sixth development book set (session 15), written because fresh sets still score 33-57 % before any rule
# sees them. Passages were ranked by the phrases of every set above (and the held-out ones, counted by a script
# that printed no text): of the 139 passages holding no other set's answer, the 20 with no such neighbour and
# 30 more drawn with `random.Random(19)` were read, and one question was written from each of 30 of them
# (the dedication's two were dropped: the Markdown import leaves it out), before the pipeline was run on any.
# In a reader's words where it could be, as who / what / why / where / when / which / how / how many / how far.
# The comment on each is the passage's index in the EPUB import.
BOOK_DEV6: list[tuple[str, str]] = [
    # II
    ("How did Garnet and Ukridge first come to know each other?", "masters at the same school"),  # 18
    ("What name does Ukridge give the hen in his sums?", "Harriet the hen"),  # 24
    ("How far is the golf course from the farm, by Ukridge's account?", "not half a mile from the farm"),  # 31
    # III
    ("Which novel was the pretty girl in the train reading?", "her book was The Manœuvres of Arthur"),  # 41
    ("What did the aunt eat after her argument with Albert?", "consoling herself with meat sandwiches"),  # 42
    ("At which station did the Irishman and his daughter leave the train?", "it was Yeovil"),  # 48
    # IV
    ("How did they get into the house when the dog held the front door?", "through the kitchen window"),  # 56
    # V
    ("Why did the plan to drive the hens into the basement go wrong?", "allow for the hens scattering"),  # 84
    # VI
    ("What was the date on the Thursday of the narrator's after-breakfast pipe?", "twenty-second of July"),  # 96
    # VIII
    (
        "What did Phyllis ask Ukridge about his experience of farming?",
        "no previous experience in chicken-farming",
    ),  # 131
    ("Whose warning about four-point-seven guns kept coming back to the narrator?", "phrase of Mr. Chase"),  # 139
    ("What on the supper table made the professor shiver?", "A huge cheese"),  # 140
    # IX
    ("Who was really to blame for the professor storming off?", "It was Ukridge who was to blame"),  # 146
    (
        "How did the professor behave when he ran into the narrator on the links?",
        "imitation of the Absolute Stranger",
    ),  # 157
    # X
    ("What sort of book had the narrator meant his novel to be?", "a light comedy effort"),  # 160
    ("Which shop had written to ask when the first eggs would come?", "letter from Whiteley’s this morning"),  # 163
    # XII
    ("Which of the narrator's characters did Phyllis ask about?", "Did you draw Pamela from anybody"),  # 215
    # XIV
    ("How many eggs did Ukridge send to pay for goods worth twenty-five pounds?", "thirteen eggs"),  # 243
    ("What did Phyllis think a golfer would do to win a game?", "sacrifice anything to win a game"),  # 260
    # XV
    (
        "Where was Ukridge usually to be found when he was not working with the fowls?",
        "lying on his back in the paddock",
    ),  # 268
    # XVI
    ("Who did the narrator wish he could fade out of the world like?", "like Mr. Bardell"),  # 292
    # XVII
    (
        "What was Phyllis doing while the narrator explained himself to her at dusk?",
        "bent her head over her painting",
    ),  # 310
    # XVIII
    ("Why did the narrator think the professor owed him his daughter?", "At the risk of my own"),  # 316
    ("What name did Phyllis call the narrator for the first time?", "Very well. Jerry!"),  # 317
    # XIX
    ("What happened when the professor swam into Ukridge?", "took him below the surface again"),  # 344
    ("What scheme did the narrator confess to the professor in the sea?", "arrange a little boating accident"),  # 350
    # XX
    (
        "How many years running had the professor been runner-up in the tournament?",
        "runner-up two years in succession",
    ),  # 361
    ("How far from the sixth green is the ditch?", "some fifty yards from the green"),  # 372
    # XXI
    ("How much of his salary did Ukridge draw in advance to buy new clothes?", "four pounds of his salary"),  # 390
    # XXII
    ("What did the man from Whiteley's ask when told whose creditors were waiting?", "has he done a bunk"),  # 407
]

# A seventh development book set (session 16), written for the same reason as the sixth and the same way: of the 109
# passages holding no phrase of any set above (held-out ones included, counted by a script that printed no text),
# 40 were drawn with `random.Random(20)` and read, and one question was written from each of 30 of them before the
# pipeline was run on any. In a reader's words where it could be ("Argentina" for "the Argentine", "killer shot"
# for a named stroke). The comment on each is the passage's index in the EPUB import.
BOOK_DEV7: list[tuple[str, str]] = [
    # II
    ("How would Ukridge get his first hen without money?", "your first hen on tick"),  # 26
    ("What did Ukridge say the narrator would bring to the chicken business?", "a touch of the dreamer"),  # 28
    # III
    ("How did Phyllis imagine the author of the book she was reading?", "rather an old young man"),  # 46
    # IV
    ("Which way did Ukridge bring them into the farm's garden?", "come in by the back way"),  # 52
    (
        "What happened when Ukridge and his friends tried to get into an empty house in Argentina?",
        "owner turned up from behind a tree with a shotgun",
    ),  # 54
    # V
    ("What was Ukridge eating when the narrator got back from his swim?", "assailing a large ham"),  # 72
    # VI
    ("What were the shops to be paid with for the goods they sent?", "receive phantom eggs in exchange"),  # 95
    # VIII
    ("What rude name had Ukridge called the professor?", "called a fat little buffer to his face"),  # 130
    # IX
    ("Who was the other girl with Phyllis on the beach?", "likeness between them, her sister"),  # 153
    # X
    (
        "How did the narrator keep himself busy while he tried to make peace with the professor?",
        "drove furiously on the links",
    ),  # 161
    # XII
    ("How did people in the village treat the narrator after the rescue?", "watched in silent admiration"),  # 200
    (
        "Where did the narrator like to sit and smoke on his walks?",
        "small clearing on the very edge of the cliff",
    ),  # 207
    # XIII
    ("What part of tennis was the narrator best at?", "Service is my strong point"),  # 231
    ("What was Mr. Chase's killer shot at tennis called?", "the Tilden Slosh"),  # 233
    # XIV
    ("How long had it been since Edwin last took one of the fowls?", "Edwin hasn’t had one for a week"),  # 238
    ("What did the London shops get instead of the eggs they were owed?", "four-page letter"),  # 241
    ("How much money had the narrator put into the farm at first?", "contributed a modest five pounds"),  # 254
    # XVI
    ("Why did the villagers make fun of Hawk after the accident?", "despised by all as an inefficient boatman"),  # 289
    # XVII
    ("Why did Phyllis ask the narrator to sit down?", "being talked to from a height"),  # 305
    ("Since when had the narrator been in love with Phyllis?", "loved you ever since I first saw you"),  # 312
    # XVIII
    (
        "Where did the narrator wait in the evenings hoping to hear Phyllis sing?",
        "hedge opposite your drawing-room window",
    ),  # 315
    ("What excuse did Ukridge give when he first turned up at Millie's house?", "coming to the wrong house"),  # 332
    # XIX
    ("Why did the narrator wish Ukridge had not come swimming with him?", "in the water, lacks dignity"),  # 341
    ("What did the professor call the narrator in the sea?", "You impudent scoundrel"),  # 347
    # XX
    (
        "What did the narrator think a narrow defeat would do to the professor?",
        "his appetite would be destroyed",
    ),  # 366
    ("In how many strokes did the professor play the seventeenth?", "took the seventeenth hole in seven"),  # 376
    ("What did the narrator say might make him miss the last putt?", "Sudden joy"),  # 377
    # XXI
    (
        "What did Ukridge ask the bicycle shop to let him have while he thought it over?",
        "little clockwork man",
    ),  # 392
    # XXIII
    ("Where was the note Ukridge said he had left on the table?", "Feel in your pockets"),  # 418
    ("Where had Ukridge learned his strange oaths?", "cattle-ships or gleaned on the waterfronts"),  # 428
]

# An eighth development set (session 17), written the same way as the sixth and seventh: of the 76 passages
# holding no phrase of any set above (held-out ones and bench/books.py's included, counted by a script that printed
# no text), 40 past the title pages were drawn with `random.Random(21)` and read, and one question was written from
# each of 30 of them before the pipeline was run on any. In a reader's words where it could be ("churchman" for
# "bishop", "handbook on poultry" for the book's title, "hen-house" for "fowl-run"). The comment on each is the
# passage's index in the EPUB import.
BOOK_DEV8: list[tuple[str, str]] = [
    # III
    ("Which churchman had Ukridge once greeted as 'old horse'?", "address a bishop by that title"),  # 16
    ("What handbook on poultry had Mrs. Ukridge bought?", "Fowls and All About Them"),  # 19
    (
        "What had the narrator meant to do instead when Ukridge invited him to the farm?",
        "where I could get some golf",
    ),  # 30
    # IV
    ("What did Albert's food on the train smell of?", "odour of aniseed"),  # 40
    # V
    (
        "What did Ukridge threaten to do if the fowls did not turn up the next day?",
        "after those people with a hatchet",
    ),  # 60
    # X
    (
        "When did the narrator usually go home after his night watches by the house?",
        "Another day had generally begun",
    ),  # 159
    # XI
    (
        "Where did the narrator run into Phyllis alone with her drawing things?",
        "reached the bridge simultaneously",
    ),  # 169
    ("What would a fisherman once have been glad to do the job for?", "a screw of tobacco"),  # 182
    # XII
    ("How did Ukridge explain the boatman tipping the boat over?", "beastly drunk, and upset the boat"),  # 195
    # XIII
    ("What was Ukridge's complaint about the shopkeepers round the farm?", "They clamour for money"),  # 203
    ("What did the narrator say he was like as a talker?", "like a clockwork toy"),  # 211
    ("Which writer's fable did the narrator say the farm began like?", "George Ade"),  # 214
    # XIV
    ("How quickly did Mr. Chase win the first game of tennis?", "precisely six strokes"),  # 230
    # XV
    ("Which London stores were getting angry with Ukridge?", "Harrod’s and Whiteley’s"),  # 240
    # XVI
    ("How many of the morning's letters were for Ukridge, and what were they?", "Ten of them, and all bills"),  # 271
    # XVII
    ("What sort of book did the narrator imagine writing out of his misery?", "a novel of gloom"),  # 294
    ("What tune was the gramophone playing downstairs?", "Mister Blackman"),  # 300
    ("Which way did the narrator go to reach the clearing that day?", "took the upper road"),  # 301
    # XVIII
    ("What did Phyllis do at the edge of the cliff without a word to the narrator?", "arranged her campstool"),  # 303
    # XIX
    ("When had Phyllis been to Ukridge's house before?", "came to dinner here one night with her father"),  # 325
    ("At what time of day did the professor bathe in the sea?", "always goes for a swim before breakfast"),  # 334
    # XX
    ("What did the professor complain the narrator had made of him in the town?", "laughingstock, the butt"),  # 342
    ("What game did Ukridge tell the professor to stop thinking he was playing?", "playing water-polo"),  # 345
    (
        "Where was the narrator when he thought of the plan to get back into the professor's favour?",
        "when I was on the Cob",
    ),  # 349
    # XXI
    ("What did the narrator say did more to win the professor round than drill?", "intricacies of golf"),  # 357
    ("Where did the narrator's first drive end up?", "rolled on to the green"),  # 368
    ("At which tee did the professor miss the ball altogether?", "missed the ball clean at the fifth tee"),  # 371
    (
        "What does the local rule let a player stuck in the ditch do?",
        "throw it over his shoulder, losing a stroke",
    ),  # 373
    # XXIII
    ("Who suggested raiding the hen-house?", "propose a raid on the fowl-run"),  # 415
    ("What had happened to the hat of the man from Whiteley's?", "stepped on his hat"),  # 416
]

# A ninth development set (session 19, bookret24), written before any run on it: the passages of the EPUB
# import that hold no phrase of any set (41 of 433, the held-out ones and bench/books.py's included, counted
# without printing them), past the title pages, each read and one question written from most, in a reader's
# words where it could be ("drive off the mongrel" / "a spreading pool", "favourite food" / "the dream of
# his life", "future readers" / "posterity"). Chapters II-XXIII. The number is the passage.
BOOK_DEV9: list[tuple[str, str]] = [
    # II
    (
        "What colour did the narrator settle on for the hair of the girl at the station?",
        "finally decided on brown",
    ),  # 35
    ("What was the niece eating as soon as she woke up on the train?", "attack a sausage roll"),  # 47
    # IV
    ("How did Ukridge drive the mongrel away from the door?", "passage was occupied by a spreading pool"),  # 59
    ("What did the dog that was spared do at the dinner?", "ingenious and diverting tricks"),  # 68
    ("Why did Ukridge want such a large number of fowls?", "the bigger the profits"),  # 73
    # VI
    ("Were they worried about having to pay for everything one day?", "the thought did not worry us"),  # 92
    ("How much money did Ukridge say they would soon be making each week?", "turning over hundreds a week"),  # 93
    ("By what name did the narrator think future readers would know him?", "posterity would have known me as"),  # 97
    # VII
    ("Why could the narrator not simply get back over the hedge?", "the hedge was high"),  # 112
    # IX
    ("What bottle was put beside Ukridge's plate at the dinner with the professor?", "black bottle of whisky"),  # 141
    (
        "What did Ukridge keep doing whenever the professor began one of his stories?",
        "almost invariably interrupted him",
    ),  # 141
    ("Which country's politics did the professor fall out with Ukridge over?", "the affairs of Ireland"),  # 144
    # X
    (
        "Whose favour did the narrator have to win back before he could hope for Phyllis?",
        "good graces of the professor",
    ),  # 149
    # XI
    ("What did Phyllis ask the narrator to do when he met her out with her father?", "seem to see you"),  # 170
    # XIII
    ("How many days had gone by without the narrator catching sight of Phyllis?", "Not for four whole days"),  # 209
    # XIV
    ("What was Tom Chase's favourite food?", "Chocolate cake, it appeared, was the dream of his life"),  # 225
    ("What did the crew live on during the cruise on the torpedo-boat?", "ham and sardines"),  # 225
    ("Where was Norah staying when Phyllis wished for a game of four?", "desert air of Yeovil"),  # 228
    ("What was Phyllis doing while the narrator served in the sixth game?", "picking flowers from the beds"),  # 234
    # XV
    ("What dish did Ukridge forbid to save the eggs?", "Cancel the omelettes"),  # 245
    ("What did Ukridge blame for so few chickens being hatched?", "that damned incubator"),  # 247
    (
        "Which stage of the golf competition would beating the man from the village take the narrator to?",
        "into the semifinal",
    ),  # 255
    (
        "To what do some people put down a feeling that something bad is coming?",
        "liver, or a chill, or the weather",
    ),  # 261
    # XVI
    ("What did the drunken man call the narrator when he finally recognised him?", "Mr. Garnick"),  # 285
    # XIX
    ("Why would Phyllis not marry without her father's consent?", "bored to death without me"),  # 318
    # XX
    ("What did the professor complain the narrator's talk in the water had turned him?", "blue with cold"),  # 354
    # XXI
    ("In how many strokes did the professor play the second hole?", "did the second hole in four"),  # 370
    # XXII
    ("What had Ukridge's career been dotted with, according to the narrator?", "little eccentricities"),  # 389
    ("How did the narrator try to look as he went in at the gate?", "as opulent as possible"),  # 395
]

# Development general questions, written in session 4 after the passage ranking (focus.py) let one more
# held-out general question cite a passage: everyday general knowledge, a third of it in words the book
# also uses (cricket, golf, the navy, London, eggs, money), which no passage of it answers.
GENERAL_DEV: list[str] = [
    "What is the capital of Australia?",
    "How many players are on a cricket team?",
    "Who invented the telephone?",
    "What is the speed of light?",
    "How do I make pancakes?",
    "What is the tallest mountain in the world?",
    "When did the First World War begin?",
    "What is a prime number?",
    "Who was the first person to walk on the Moon?",
    "How many bones are in the human body?",
    "What is the main ingredient of guacamole?",
    "Which ocean is the largest?",
    "How do vaccines work?",
    "What does a golf handicap mean?",
    "What is the longest river in Africa?",
    "What is the freezing point of water in Fahrenheit?",
    "Who composed the Moonlight Sonata?",
    "What is inflation?",
    "How do you say thank you in French?",
    "Which rank comes above lieutenant in the Royal Navy?",
    "How far is London from Edinburgh?",
    "What is the population of India?",
    "How long should I boil pasta?",
    "Why is the sky blue?",
]

# A second development set of general questions (session 17), written before the pipeline was run on it: the
# questions a reader of Love Among the Chickens asks beside the book. The first half is prompted by the book's
# words, places, period and people (so each shares terms with passages that mention but do not explain them:
# the book names Cochin Chinas, Trotsky, Yeovil and the Entente Cordiale without saying what they are); the
# second half is everyday general knowledge, some in words the book uses (chickens, eggs, tennis, trains).
GENERAL_DEV2: list[str] = [
    # prompted by the book
    "Who was Maxim Gorky?",
    "Who was Stephen Leacock?",
    "When did Trotsky die?",
    "What was the Entente Cordiale?",
    "What does Dies Irae mean?",
    "Where is Yeovil?",
    "Which county is Axminster in?",
    "What is the capital of Argentina?",
    "Where is Malta?",
    "What is a Cochin China chicken?",
    "Where do Wyandotte chickens come from?",
    "How much was a guinea worth?",
    "What is a sovereign coin made of?",
    "Who was Bill Tilden?",
    "When did Waterloo Station open?",
    "Who was the painter Whistler?",
    "When was P. G. Wodehouse born?",
    "How is a game of tennis scored?",
    "Who founded Harrods?",
    "What is a potboy?",
    # everyday
    "What is the capital of Canada?",
    "How many continents are there?",
    "Who discovered penicillin?",
    "What is the chemical formula for water?",
    "How do I get a red wine stain out of a carpet?",
    "What causes earthquakes?",
    "Which planet is closest to the Sun?",
    "Who wrote Pride and Prejudice?",
    "What is the currency of Japan?",
    "How do bees make honey?",
    "Who painted The Starry Night?",
    "When did the Titanic sink?",
    "How many strings does a violin have?",
    "What is the largest desert in the world?",
    "At what temperature should I roast a chicken?",
    "How long does it take a hen's egg to hatch?",
    "What is the fastest land animal?",
    "Why do leaves change colour in autumn?",
    "How does a steam engine work?",
    "What is the difference between weather and climate?",
]

# A third development set of general questions (session 18), written and committed before the pipeline was
# run on it: science, history, how-to, definitions, people and places, in the shapes that still cited in the
# first two sets ("How far …?", "Why …?", "How do you …?", "Who founded …?"), a third of them in words the
# book also uses (hens, incubators, Dorset, cricket, the navy, eggs, London, money, golf).
GENERAL_DEV3: list[str] = [
    # science
    "Why do hens stop laying eggs in winter?",
    "How far is the Sun from the Earth?",
    "Why does ice float on water?",
    "What is photosynthesis?",
    "How hot is the surface of the Sun?",
    "Why is the sea salty?",
    # history
    "Who founded the Bank of England?",
    "When did Queen Victoria die?",
    "Who won the Battle of Trafalgar?",
    "Why did the Roman Empire fall?",
    "When was the first cricket Test match played?",
    "Who built the first steam locomotive?",
    # how-to
    "How do you build a chicken coop?",
    "How do you bowl a leg break in cricket?",
    "How do I keep an incubator at the right humidity?",
    "How do you poach an egg?",
    "How do I change a flat tyre?",
    "How do you tie a bowline knot?",
    # definitions
    "What is a broody hen?",
    "What does the word mortgage mean?",
    "What is an overdraft?",
    "What is a leg before wicket?",
    "What is a sonnet?",
    # people
    "Who was Horatio Nelson?",
    "Who founded the Royal Society for the Protection of Birds?",
    "Who was Isambard Kingdom Brunel?",
    "Who wrote Tess of the d'Urbervilles?",
    "Who was W. G. Grace?",
    # places
    "How far is Dorset from London?",
    "What is the county town of Dorset?",
    "Where is Lyme Regis?",
    "How far is Dover from Calais?",
    "Which is the longest river in England?",
    "Where is the Isle of Wight?",
    # everyday and mixed
    "How many eggs does a hen lay in a year?",
    "Why do cats purr?",
    "How long does it take to walk a mile?",
    "How much does a golf ball weigh?",
    "Why do we have leap years?",
    "What is the boiling point of water at the top of Everest?",
]


# Everyday remarks and a question on them, tried in a fresh data folder as a new user would (session 9):
# (what the user said, oldest first; the question; a piece of the remark that must be cited first, or
# None where "I don't know" is right). Development: written while fixing what they found.
EVERYDAY: list[tuple[tuple[str, ...], str, str | None]] = [
    (("I work at Globex as an analyst.",), "What do I do for a living?", "analyst"),
    (("We have two kids, Ingrid and Leo.",), "What are my kids called?", "Ingrid"),
    (("We have two kids, Ingrid and Leo.",), "What are the names of my children?", "Ingrid"),
    (("Miso is my cat.", "Miso is on a diet, only wet food now."), "What does my cat eat?", "wet food"),
    (("My blood type is O negative.",), "What's my blood type?", "O negative"),
    (("I'm 34.",), "How old am I?", "34"),
    (("Turned 40 last week!",), "How old am I?", "40"),
    (("My birthday is on 3 March.",), "When is my birthday?", "March"),
    (("I was born in Leeds.",), "Where was I born?", "Leeds"),
    (("I grew up in a small village near York.",), "Where did I grow up?", "York"),
    (("My flight to Lisbon leaves at 6am on Friday.",), "When is my flight?", "Lisbon"),
    (("The wifi password is on the fridge.",), "Where is the wifi password?", "fridge"),
    (("I take 20mg of citalopram every morning.",), "What medication do I take?", "citalopram"),
    (("My landlord is called Mr Patel.",), "Who is my landlord?", "Patel"),
    (("I'm learning Spanish on Duolingo.",), "What language am I learning?", "Spanish"),
    (("I support Arsenal.",), "Which football team do I support?", "Arsenal"),
    (("I hate coriander.",), "What food do I dislike?", "coriander"),
    (("My car is due its MOT in April.",), "When is my MOT due?", "April"),
    (("I go swimming on Tuesdays and Thursdays.",), "When do I go swimming?", "Tuesdays"),
    (("My sister lives in Toronto.",), "Where does my sister live?", "Toronto"),
    (("I lent my drill to Priya.",), "Who has my drill?", "Priya"),
    (("Parked on level 3, bay 42.",), "Where did I park?", "42"),
    (("My doctor is Dr Okafor at the Elm Street surgery.",), "Who is my doctor?", "Okafor"),
    (("我每天早上七点起床。",), "我几点起床？", "七点"),
    (("我对花生过敏。",), "我对什么过敏？", "花生"),
    (("I'm allergic to penicillin.",), "我对什么过敏？", "penicillin"),
    (("我在杭州出生。",), "Where was I born?", "杭州"),
    (("我的车是一辆白色的丰田。",), "What car do I drive?", "丰田"),
    (("I live in Bristol.",), "我住在哪里？", "Bristol"),
    (("我养了一只叫豆豆的狗。",), "我的狗叫什么？", "豆豆"),
    (("I'm reading Middlemarch.",), "What am I reading?", "Middlemarch"),
    (("Started reading Middlemarch on the train.",), "What book am I reading?", "Middlemarch"),
    (("My favourite book is Dune.", "Started reading Middlemarch on the train."), "What's my favourite book?", "Dune"),
    (("I keep my notes in a blue notebook.",), "Where do I keep my notes?", "notebook"),
    ((), "What is my favourite colour?", None),
    (("My favourite colour is green.",), "What's my favourite colour?", "green"),
    (("My favourite colour is green.",), "What is my favourite food?", None),
    (("My rabbit is called Clover.",), "What's my horse called?", None),
    (("My friend Tom lives in Berlin.",), "Where do I live?", None),
    (
        ("Got the keys to our new place in Bath today!", "I used to live in Leeds before we moved."),
        "Where do I live?",
        "Bath",
    ),
    (
        ("I used to live in Leeds before we moved.", "Got the keys to our new place in Bath today!"),
        "Where did I live before Bath?",
        "Leeds",
    ),
    (("Got the keys to our new place in Bath today!",), "When did I move to Bath?", "Bath"),
    (("我以前在杭州工作。",), "我现在在哪工作？", None),
    (
        ("My phone is a Pixel 6.", "Dropped my Pixel in the sea, using an old iPhone for now."),
        "What phone do I have?",
        "iPhone",
    ),
    (("我女朋友叫小林，她在银行工作。",), "小林是谁？", "小林"),
    (("我女朋友叫小林，她在银行工作。",), "小林喜欢什么颜色？", None),
    (("My sister Anna's birthday is on 12 May.",), "When is Anna's birthday?", "12 May"),
    (("My brother is called Ben.",), "What is Ben's job?", None),
    # A second round, mostly Chinese, written after the first was fixed.
    (("我在腾讯做前端开发。",), "我在哪家公司上班？", "腾讯"),
    (("我儿子今年上三年级。",), "我儿子上几年级？", "三年级"),
    (("我老婆是老师。",), "我老婆做什么工作？", "老师"),
    (("我每周三晚上去打羽毛球。",), "我什么时候打羽毛球？", "周三"),
    (("我的护照号码放在抽屉里。",), "我的护照在哪？", "抽屉"),
    (("我不吃香菜。",), "我不吃什么？", "香菜"),
    (("我最近在学吉他。",), "我在学什么乐器？", "吉他"),
    (("上个月搬到了成都。",), "我现在住在哪？", "成都"),
    (("我住在北京。", "上个月搬到了成都。"), "我住在哪里？", "成都"),
    (("我开的是一辆特斯拉。", "特斯拉卖了，换了辆比亚迪。"), "我开什么车？", "比亚迪"),
    (("我的生日是五月三号。",), "我生日是哪天？", "五月三号"),
    (("我妈妈住在广州。",), "我妈妈住在哪？", "广州"),
    (("我妈妈住在广州。",), "我住在哪？", None),
    (("我喜欢吃川菜。",), "我喜欢吃什么菜？", "川菜"),
    (("I'm a nurse at the Royal Infirmary.",), "我是做什么工作的？", "nurse"),
    (("我的医生是张医生。",), "Who is my doctor?", "张医生"),
    (("我有两个孩子，一个叫乐乐，一个叫安安。",), "我的孩子叫什么名字？", "乐乐"),
    (("我把钥匙放在门口的鞋柜上了。",), "我的钥匙在哪？", "鞋柜"),
    (("I gave up coffee last month.",), "Do I drink coffee?", "coffee"),
    (("My daughter is allergic to eggs.",), "Am I allergic to anything?", None),
    (("My daughter is allergic to eggs.",), "What is my daughter allergic to?", "eggs"),
    (("Meeting Sam for lunch on Friday at noon.",), "When am I seeing Sam?", "Friday"),
    (("Our anniversary is 14 June.",), "When is our anniversary?", "14 June"),
    (("I'm saving up for a trip to Japan.",), "Where am I planning to travel?", "Japan"),
    # Session 10: the user's people by relation and by name, and a title without its kind, written after
    # the fixes for "my mum"/"my mother", "Leo is my brother" and "What book am I reading?" and before
    # running them.
    (("Priya is my sister.", "Priya works as a midwife in Bristol."), "What does my sister do?", "midwife"),
    (("My brother Sam lives in Glasgow.",), "Where does my brother live?", "Glasgow"),
    (("Sam is my brother.", "Sam moved to Dublin in March."), "Where does my brother live?", "Dublin"),
    (("Sam is my brother.", "Sam loves hiking."), "Where does my brother live?", None),
    (("My mother is called Rosa.",), "What's my mum's name?", "Rosa"),
    (("Our children are Mia and Noah.",), "What are my kids called?", "Mia"),
    (("My neighbour Tom works at the hospital.",), "Where does my brother work?", None),
    (("Started reading The Secret History last night.",), "What book am I reading?", "Secret History"),
    (("My husband Dev is a pilot.",), "What does my husband do?", "pilot"),
    (("Dev is my husband.", "Dev just got a job at Airbus."), "Where does my husband work?", "Airbus"),
    (("Bella is my dog.", "Bella is scared of thunder."), "What is my dog scared of?", "thunder"),
    (("My dad Frank is retired.",), "What is my father's name?", "Frank"),
    (("Watching Slow Horses with my partner.",), "What show am I watching?", "Slow Horses"),
    (("My friend Ola is reading Dune.",), "What book am I reading?", None),
    # Session 12: the asked thing in another word (dislike/hate/can't stand, travel/trip/holiday,
    # eat/food/meal), a name given in apposition ("Oscar, my guinea pig"), a name before a capitalised
    # word ("Gina's HR"); with near-synonyms of the wrong polarity or slot that must not answer. Written
    # before any fix, and run once on main before changing code.
    (("I can't stand olives.",), "What food do I hate?", "olives"),
    (("Honestly, I detest jazz.",), "What music do I dislike?", "jazz"),
    (("I don't like horror films.",), "What kind of films do I hate?", "horror"),
    (("I love olives.",), "What food do I hate?", None),
    (("I hate coriander.",), "What food do I love?", None),
    (("My brother hates flying.",), "What do I hate?", None),
    (("Booked a week in Crete for our summer holiday.",), "Where am I travelling this summer?", "Crete"),
    (("Our holiday in Iceland starts on 3 March.",), "When is my trip?", "3 March"),
    (("I'm on a business trip to Leeds next week.",), "When is my holiday?", None),
    (("My sister is off travelling in Peru.",), "Where am I going on holiday?", None),
    (("My dog only eats dry kibble.",), "What food is my dog on?", "kibble"),
    (("Had a huge curry for dinner last night.",), "What did I eat last night?", "curry"),
    (("My favourite drink is an oat flat white.",), "What is my favourite food?", None),
    (("Oscar, my guinea pig, is three now.",), "What's my guinea pig called?", "Oscar"),
    (("Oscar, my guinea pig, is three now.",), "What's my rabbit called?", None),
    (
        ("Oscar, my guinea pig, is three now.", "Oscar only eats timothy hay and cucumber."),
        "What does my guinea pig eat?",
        "timothy hay",
    ),
    (("Ruth, my manager, is lovely.", "Ruth is leaving the company in June."), "When is my manager leaving?", "June"),
    (("Gina, my cousin, got an HR internship at Nike.",), "Where is Gina's HR internship?", "Nike"),
    (("My cousin Gina works in HR at Nike.",), "Where does Gina live?", None),
    # Two more of the wrong slot, written after the first run on main and before any fix: eating is not
    # a favourite, a holiday is not travel for work.
    (("I eat porridge most mornings.",), "What is my favourite food?", None),
    (("Booked a week in Crete for our summer holiday.",), "Where do I travel for work?", None),
    # Written after the fixes for the cases above (synonyms.py, the apposition), and run once: less of a
    # development figure. The flatmate's job was cited for "Where do I work?" on main too, and was fixed
    # after this run; "Loathe mornings" (cosine 0.01) is left.
    (("I really can't stand reality TV.",), "What kind of TV do I dislike?", "reality"),
    (("Loathe mornings, always have.",), "What do I hate?", "mornings"),
    (("We're off on holiday to Sicily in August.",), "Where am I travelling in August?", "Sicily"),
    (("My husband hates camping.",), "What do I dislike?", None),
    (("I adore sushi.",), "What food do I dislike?", None),
    (("Next holiday: Lisbon, in October.",), "When is my next trip?", "October"),
    (("Breakfast is always porridge with berries.",), "What do I eat in the morning?", "porridge"),
    (("Pepper, our kitten, sleeps on my bed.",), "What is my kitten called?", "Pepper"),
    (("Pepper, our kitten, sleeps on my bed.",), "What's my dog called?", None),
    (("Maya, my flatmate, works at the BBC.",), "Where does my flatmate work?", "BBC"),
    (("Maya, my flatmate, works at the BBC.",), "Where do I work?", None),
    (("Hate the school run.",), "What do I enjoy?", None),
    # Found while probing after those fixes, before the next: a table word in another sense or on one
    # occasion ("tripped", a lunch out) cited at the low floor. And the kind of answer asked, which no
    # rule checks: main cites "I hate my commute" for "What food do I hate?" too (left, see the docs).
    (("I tripped on the stairs yesterday.",), "When do I travel?", None),
    (("We had lunch at Nando's.",), "What do I eat?", None),
    (("I hate my commute.",), "What food do I hate?", None),
    (("I can't stand my commute.",), "What food do I hate?", None),
    # Liking in other words (enjoy/love/adore/"I like"), a neighbour of the dislikes: written and run on
    # the branch before the table had them.
    (("I love hiking.",), "What do I enjoy doing?", "hiking"),
    (("I really like board games.",), "What do I enjoy?", "board games"),
    (("I adore old films.",), "What do I love?", "old films"),
    (("I used to love hiking.",), "What do I enjoy?", None),
    (("My son loves Lego.",), "What do I enjoy?", None),
    (("I hate hiking.",), "What do I enjoy doing?", None),
    (("I'd love to try surfing.",), "What do I enjoy?", None),
    # A liking of a thing of the user's own, of another kind than the one asked: written before the fix
    # for the commute cases above.
    (("I hate my new glasses.",), "What food do I dislike?", None),
    (("I love my job.",), "What do I love?", "job"),
    # Its cost, written after a first version of that fix was probed: a thing of the user's own named by a
    # narrower word than the kind asked (porridge is food) is taken for another kind.
    (("I love my morning porridge.",), "What food do I love?", "porridge"),
    # Session 13 (user17), tried as a new user in a temporary data folder; added after the fixes were
    # measured. A thing of one of the user's people is not who they are, nor the user's own:
    (
        ("My husband Daniel works as a nurse at St Mary's hospital.", "我老公不吃辣。"),
        "What does my husband do?",
        "nurse",
    ),
    (
        ("My husband Daniel works as a nurse.", "I'm a software engineer at Brightleaf."),
        "What does my husband do?",
        "nurse",
    ),
    (
        ("Daniel's birthday is on 22 August.", "My husband Daniel works as a nurse.", "我老公不吃辣。"),
        "When is my husband's birthday?",
        "22 August",
    ),
    (("My husband Daniel works as a nurse.",), "What is my wife's name?", None),
    (("My wife Mei teaches maths.", "Our wedding anniversary is on 9 June."), "What's my wife's name?", "Mei"),
    (("My partner Alex is a chef.", "Marco lives in Milan with his girlfriend Sofia."), "Who is my partner?", "Alex"),
    (("Mei's parents live in Shanghai.", "We live in Reading now."), "Where do Mei's parents live?", "Shanghai"),
    (("My sister Chloe is a vet.", "Chloe has two cats, Mochi and Tofu."), "What are my cats called?", None),
    (("Dad had a knee operation in September.",), "What happened to my dad?", "knee"),
    (
        ("My dog Pepper is a border collie.", "Pepper hates the vacuum cleaner."),
        "What kind of dog is Pepper?",
        "collie",
    ),
    (("I'm reading Middlemarch at the moment.",), "Where did I go to university?", None),
    # ... and what was "I don't know":
    (("My manager at Monzo is Farida.",), "Who is my boss?", "Farida"),
    (("My best friend Jess lives in Glasgow.",), "Where does Jess live?", "Glasgow"),
    (("My brother is called Marco.", "Marco lives in Milan."), "Where does my brother live?", "Milan"),
    (("Our son Oliver is nine and he's obsessed with dinosaurs.",), "How old is my son?", "nine"),
    (("We moved from Manchester to Bath in the summer.",), "Where do I live?", "Bath"),
    (("My grandmother passed away in 2019.",), "When did my grandmother die?", "2019"),
    (("My brother Sam is getting married next June.",), "When is Sam's wedding?", "June"),
    (("My husband Daniel works as a nurse at St Mary's hospital.",), "Who is Daniel?", "husband"),
    # Session 14 (user18), the shapes fixed after a fourth pass as a new user, written after the fixes
    # with other words than the probe's: whom someone marries, a liking turned round or of another kind,
    # a correction of the remark before, the user's people by name, a doctor not named, what was stopped.
    (("My sister Kate is getting married in Paris next May.",), "Who is my sister marrying?", None),
    (
        ("My sister Kate is getting married next May.", "Kate is marrying her colleague Tom."),
        "Who is my sister marrying?",
        "Tom",
    ),
    (("I can't stand mushrooms.", "Changed my mind, I love mushrooms now."), "What food do I dislike?", None),
    (("I hate olives, but actually I love them now.",), "What food do I hate?", None),
    (("My husband Raj is an architect.", "Raj loves sailing."), "What does my husband like doing?", "sailing"),
    (("My husband Raj is an architect.",), "What does my husband like doing?", None),
    (("I can't stand the rain.",), "What food do I hate?", None),
    (("I hate traffic jams.", "I really dislike celery."), "What food do I dislike?", "celery"),
    (("I've done judo since 2019.",), "When did I start judo?", "2019"),
    (("I work at Boots.", "I'm in a chess club that meets on Fridays."), "Where do I work?", "Boots"),
    (("我最喜欢的颜色是蓝色。",), "What colour is my car?", None),
    (
        ("Dentist on Tuesday at 10.", "Sorry, I meant Wednesday at 10 for the dentist."),
        "When is my dentist appointment?",
        "Wednesday",
    ),
    (
        ("I've started doing spin classes on Mondays.", "No wait, it's boxing, not spin."),
        "What class do I do on Mondays?",
        "boxing",
    ),
    (("Omar is my flatmate.", "Omar can't stand olives."), "What food do I hate?", None),
    (("My sister Lily is a dentist.", "Lily's husband Ben is a chef."), "What does my sister do?", "dentist"),
    (("My uncle has a dog called Rex.",), "What's my dog called?", None),
    (("My GP is Dr Adeyemi.", "The doctor changed my inhaler."), "Who is my doctor?", "Adeyemi"),
    (
        ("I take levothyroxine every morning.", "I've stopped taking vitamin C."),
        "What medication do I take?",
        "levothyroxine",
    ),
    (("Our city break in Prague is 12 to 15 October.",), "When is my city break?", "October"),
    (("I broke my wrist skiing in January.",), "When did I break my wrist?", "January"),
    # Session 15 (user19), a fifth pass as a new user, written and run on main before any fix: a job said
    # by a verb, a liking said as "into" or "a fan of", a kind asked and its member said, someone else's
    # liking or team, a plan said as a noun phrase, a relative's partner; with their wrong-owner neighbours.
    (("My wife Mei teaches maths.",), "What does my wife do?", "teaches"),
    (("My brother Sam drives a bus in Leeds.",), "What does my brother do for a living?", "bus"),
    (("My mum runs a bakery in Hull.",), "What does my mum do?", "bakery"),
    (("My dad fixes boilers for a living.",), "What is my dad's job?", "boilers"),
    (("My sister Ana nurses at the children's hospital.",), "What does my sister do?", "nurses"),
    (("I teach history at a secondary school.",), "What do I do for a living?", "history"),
    (("My wife Mei teaches maths.",), "What does my husband do?", None),
    (("My wife Mei teaches maths.",), "What do I do for work?", None),
    (("My wife loves gardening.",), "What does my wife do?", None),
    (("I'm really into jazz.",), "What music do I like?", "jazz"),
    (("I'm a big fan of Radiohead.",), "What music do I like?", "Radiohead"),
    (("I can't get enough of Korean dramas.",), "What TV do I like?", "Korean"),
    (("I'm crazy about salsa dancing.",), "What do I enjoy?", "salsa"),
    (("Totally hooked on sourdough baking lately.",), "What do I enjoy doing?", "sourdough"),
    (("I'm obsessed with true crime podcasts.",), "What podcasts do I like?", "true crime"),
    (("My brother is really into jazz.",), "What music do I like?", None),
    (("I used to be into jazz.",), "What music do I like?", None),
    (("我超爱爵士乐。",), "我喜欢什么音乐？", "爵士"),
    (("I've been learning the saxophone.",), "What instrument do I play?", "saxophone"),
    (("I play the cello in an orchestra.",), "What instrument do I play?", "cello"),
    (("I play badminton every Wednesday.",), "What sport do I play?", "badminton"),
    (("Been playing five-a-side football on Thursdays.",), "What sport do I play?", "football"),
    (("I've been learning the saxophone.",), "What sport do I play?", None),
    (
        (
            "I play badminton every Wednesday.",
            "I've been learning the saxophone.",
        ),
        "What sport do I play?",
        "badminton",
    ),
    (
        (
            "I play badminton every Wednesday.",
            "I've been learning the saxophone.",
        ),
        "What instrument do I play?",
        "saxophone",
    ),
    (("Jo supports Liverpool.",), "Which team does Jo support?", "Liverpool"),
    (
        (
            "Jo is my flatmate.",
            "Jo is a massive Liverpool fan.",
        ),
        "Which team does Jo support?",
        "Liverpool",
    ),
    (("My wife loves opera.",), "What music does my wife like?", "opera"),
    (("My son is really into dinosaurs.",), "What is my son into?", "dinosaurs"),
    (("Jo supports Liverpool.",), "Which team do I support?", None),
    (("Our holiday to Crete is booked for June.",), "Where am I going on holiday?", "Crete"),
    (("The trip to Rome is in May.",), "Where am I going on holiday?", "Rome"),
    (("Flights to Tokyo booked for April!",), "Where am I travelling?", "Tokyo"),
    (("Our honeymoon in Bali is next spring.",), "Where is my honeymoon?", "Bali"),
    (("Our holiday to Crete is booked for June.",), "When am I going on holiday?", "June"),
    (("My parents' holiday to Crete is booked for June.",), "Where am I going on holiday?", None),
    (("My brother's new girlfriend Lena is lovely.",), "Who is my brother dating?", "Lena"),
    (("My brother is seeing someone called Priya.",), "Who is my brother dating?", "Priya"),
    (("My sister's boyfriend is called Jake.",), "Who is my sister going out with?", "Jake"),
    (("My brother's new girlfriend Lena is lovely.",), "Who am I dating?", None),
    (("My brother's new girlfriend Lena is lovely.",), "Who is my sister dating?", None),
    (("My brother Tom is seeing Hannah now.",), "Who is my brother seeing?", "Hannah"),
    (("我哥哥的女朋友叫小雨。",), "我哥哥的女朋友是谁？", "小雨"),
    (("我老婆在中学教数学。",), "我老婆做什么工作？", "数学"),
    (("我爸开出租车。",), "我爸是做什么的？", "出租车"),
    (("我最近迷上了爵士乐。",), "我喜欢什么音乐？", "爵士"),
    (("我哥哥在跟一个叫小雨的女孩约会。",), "我哥哥在跟谁约会？", "小雨"),
    (("我在学萨克斯。",), "我在学什么乐器？", "萨克斯"),
    (("我们六月去克里特岛度假，已经订好了。",), "我去哪里度假？", "克里特"),
    (("Jo supports Liverpool.",), "What football team do I support?", None),
    (("Nina loves jazz.",), "What music do I like?", None),
    (("My flatmate Jo is a massive Liverpool fan.",), "Which team does Jo support?", "Liverpool"),
    (("I'm a huge Arsenal fan.",), "Which team do I support?", "Arsenal"),
    (("I'm a big fan of Radiohead.",), "Which band do I like?", "Radiohead"),
    (("Work starts at 9 on Mondays.",), "What time do I start work?", "9"),
    (("I drive a bus for Arriva.",), "What do I do for a living?", "bus"),
    (("I drive a Kia Rio.",), "What do I do for a living?", None),
    (("I run a small bakery in Frome.",), "What is my job?", "bakery"),
    (("I run 5k every morning.",), "What is my job?", None),
    (("My wife teaches me to cook.",), "What does my wife do?", None),
    # Their neighbours, written while fixing those (a place not said, someone else's flights, partner, team
    # or music, another kind, a dislike said as not being a fan), and run after: less of a development figure.
    (("Our holiday is booked for June.",), "Where am I going on holiday?", None),
    (("Jo's holiday to Crete is booked for June.",), "Where am I going on holiday?", None),
    (("Flights to Tokyo booked for April!",), "When am I travelling?", "April"),
    (("Tom's flights to Tokyo are booked for April.",), "Where am I travelling?", None),
    (("Our holiday to Crete is booked for June.",), "Where is my brother going on holiday?", None),
    (("Bought tickets for the Oasis gig.",), "Where am I travelling?", None),
    (("Our trip to Lisbon was lovely.",), "Where am I going on holiday?", None),
    (("My brother's new girlfriend Lena is lovely.",), "Who is my brother dating?", "Lena"),
    (("My sister's boyfriend is called Jake.",), "Who is my sister going out with?", "Jake"),
    (("My brother's new girlfriend Lena is lovely.",), "Who am I dating?", None),
    (("My brother's new girlfriend Lena is lovely.",), "Who is my sister dating?", None),
    (("Hana's boyfriend is a chef.",), "Who am I dating?", None),
    (("My brother's wife is called Anna.",), "Who is my partner?", None),
    (("My brother's wife is called Anna.",), "What is my wife's name?", None),
    (("My brother's wife is called Anna.",), "Who is my brother married to?", "Anna"),
    (("My best friend Sara's husband Tom is a pilot.",), "What does my husband do?", None),
    (("My brother's girlfriend Lena works at Google.",), "Where does my brother work?", None),
    (("我哥哥超爱爵士乐。",), "我喜欢什么音乐？", None),
    (("我超爱火锅。",), "我喜欢什么音乐？", None),
    (("我每周六打羽毛球。",), "我打什么运动？", "羽毛球"),
    (("I'm really into cooking.",), "What music do I like?", None),
    (("I love Paris.",), "What music do I like?", None),
    (("I watch tennis on TV every weekend.",), "What sport do I play?", None),
    (("I'm learning Spanish.",), "What instrument do I play?", None),
    (("The jazz bar was closed.",), "What music do I like?", None),
    (("I'm not a big fan of jazz.",), "What music do I like?", None),
    (("I'm not a big fan of jazz.",), "What music do I dislike?", "jazz"),
    (("My dad is a huge Chelsea fan.",), "Which team do I support?", None),
    (("My dad is a huge Chelsea fan.",), "Which team does my dad support?", "Chelsea"),
    (("I've been learning the saxophone.",), "What do I play?", "saxophone"),
    (("I'm learning Spanish.",), "What sport do I play?", None),
    (("Got really into bouldering this year.",), "What sport do I do?", "bouldering"),
    (("I love my new headphones.",), "What music do I like?", None),
    (("I play the piano.",), "What instrument do I play?", "piano"),
    (("I'm taking piano lessons.",), "What instrument do I play?", "piano"),
    (("My daughter is learning the violin.",), "What instrument do I play?", None),
    (("My daughter is learning the violin.",), "What instrument does my daughter play?", "violin"),
    # A second probe after those fixes, then fixed: a job or a sport far from the question's words, a change
    # told by "it" ("Actually we changed it to Rhodes", a stale Crete before), someone else's team.
    (("My husband lectures in physics at Leeds.",), "What does my husband do?", "physics"),
    (("My mum teaches me knitting on Sundays.",), "What does my mum do?", None),
    (("I'm really into climbing these days.",), "What sport do I do?", "climbing"),
    (("I'm really into climbing these days.",), "What music do I like?", None),
    (("My partner is a massive Spurs fan.",), "Which team do I support?", None),
    (("My partner is a massive Spurs fan.",), "Which team does my partner support?", "Spurs"),
    (("Ben is mad about Formula 1.",), "What sport do I like?", None),
    (
        (
            "Ben is my son.",
            "Ben is mad about Formula 1.",
        ),
        "What sport does my son like?",
        "Formula",
    ),
    (("I'm obsessed with Taylor Swift.",), "What music do I like?", "Taylor Swift"),
    (("Our trip to Rome is booked for May.",), "Where am I going?", "Rome"),
    (("Our holiday to Crete is booked for June.",), "Where did I go on holiday last year?", None),
    (
        (
            "Our holiday to Crete is booked for June.",
            "Actually we changed it to Rhodes.",
        ),
        "Where am I going on holiday?",
        "Rhodes",
    ),
    (("My sister is dating a guy called Marcus.",), "Who is my sister dating?", "Marcus"),
    (("My sister's ex, Marcus, was awful.",), "Who is my sister dating?", None),
    (("I play the drums in a band.",), "What instrument do I play?", "drums"),
    (("I play the drums in a band.",), "What sport do I play?", None),
    (("I play tennis and the piano.",), "What instrument do I play?", "piano"),
    (("Used to play the violin as a kid.",), "What instrument do I play?", None),
    (("I can't stand jazz.",), "What music do I like?", None),
    (("I can't stand jazz.",), "What music do I hate?", "jazz"),
    (("我女儿特别爱弹钢琴。",), "我女儿喜欢什么乐器？", "钢琴"),
    (("我女儿特别爱弹钢琴。",), "我喜欢什么乐器？", None),
    (("I work nights driving a taxi.",), "What do I do for a living?", "taxi"),
    (("My wife runs her own design studio.",), "What does my wife do for work?", "studio"),
    (("My wife runs her own design studio.",), "Where do I work?", None),
    (
        (
            "Our holiday to Crete is booked for June.",
            "Actually we changed it to Rhodes.",
        ),
        "Where am I going on holiday?",
        "Rhodes",
    ),
    (
        (
            "Dentist on Tuesday at 10.",
            "We moved it to Thursday.",
        ),
        "When is my dentist appointment?",
        "Thursday",
    ),
    (
        (
            "我们六月去克里特岛度假。",
            "改成罗德岛了。",
        ),
        "我去哪里度假？",
        "罗德岛",
    ),
    # A third probe, through the CLI and the harness: a Chinese liking told as the new sport, a number asked
    # and a remark with none (both cited on main), others' teams and trips, jobs in Chinese.
    (
        (
            "I play badminton every Wednesday.",
            "我最近迷上了爵士乐。",
        ),
        "What sport do I play?",
        "badminton",
    ),
    (
        (
            "I play badminton every Wednesday.",
            "我最近迷上了攀岩。",
        ),
        "What sport do I play?",
        "攀岩",
    ),
    (("我最近迷上了爵士乐。",), "我喜欢什么音乐？", "爵士"),
    (("我在学萨克斯。",), "我在学什么乐器？", "萨克斯"),
    (("My son is a huge Man United fan.",), "Which team does my son support?", "Man United"),
    (("My son is a huge Man United fan.",), "Which team does my daughter support?", None),
    (
        (
            "Jo is my sister.",
            "Jo supports Liverpool.",
        ),
        "Which team does my sister support?",
        "Liverpool",
    ),
    (("I've got season tickets at Arsenal.",), "Which team do I support?", "Arsenal"),
    (("I'm really into my new job.",), "What music do I like?", None),
    (("I'm into gardening and birdwatching.",), "What do I enjoy?", "gardening"),
    (("My dad lectures at Durham.",), "What does my mum do?", None),
    (("I used to teach French.",), "What do I do for a living?", None),
    (("I teach yoga on Saturdays as a hobby.",), "What sport do I do?", "yoga"),
    (("We booked flights to Lisbon.",), "Where am I travelling?", "Lisbon"),
    (("My parents booked flights to Lisbon.",), "Where am I travelling?", None),
    (("Our Rome trip got cancelled.",), "Where am I going on holiday?", None),
    (("My sister's fiancé is called Omar.",), "Who is my sister marrying?", "Omar"),
    (("My sister's fiancé is called Omar.",), "Who am I marrying?", None),
    (("Car insurance renewal is due in May.",), "What is my insurance policy number?", None),
    (("I'm a massive fan of Studio Ghibli films.",), "What films do I like?", "Ghibli"),
    (("I love the smell of coffee.",), "What music do I like?", None),
    (("Been getting into Fleetwood Mac lately.",), "What music do I like?", "Fleetwood"),
    (("我老公在大学教英语。",), "我老公做什么工作？", "英语"),
    (("我儿子特别喜欢踢足球。",), "我喜欢什么运动？", None),
    (("Car insurance renewal is due in May.",), "What is my insurance policy number?", None),
    (("My NHS number is 485 777 3456.",), "What's my NHS number?", "485"),
    (("I live at 14 Elm Street.",), "What's my house number?", "14"),
    (("My phone number is on the fridge.",), "What's my phone number?", "fridge"),
    (("My passport number is 533412998.",), "What is my passport number?", "533412998"),
    (("我的护照号码是E12345678。",), "我的护照号码是什么？", "E12345678"),
    (("We have two kids, Ingrid and Leo.",), "What number of kids do I have?", "two"),
    # Whom someone marries, said by their fiancé(e) or spouse, and season tickets: written after the third
    # probe's "I don't know", before the fix.
    (("My sister's fiancé is called Omar.",), "Who is my sister marrying?", "Omar"),
    (("My sister's fiancé is called Omar.",), "Who am I marrying?", None),
    (("My brother's wife is called Anna.",), "Who is my brother married to?", "Anna"),
    (("My brother's wife is called Anna.",), "Who am I married to?", None),
    (("My brother's wife is called Anna.",), "Who is my sister married to?", None),
    (("My husband Dev is a pilot.",), "Who am I married to?", "Dev"),
    (("My husband Dev is a pilot.",), "Who is my brother married to?", None),
    (("I've got season tickets at Arsenal.",), "Which team do I support?", "Arsenal"),
    (("My sister Kate is getting married in Paris next May.",), "Who is my sister marrying?", None),
    (("I'm engaged to Priya!",), "Who am I marrying?", "Priya"),
    (("When is the wedding? My brother and his fiancée haven't said.",), "Who is my brother marrying?", None),
    # A fourth probe, of the new rules' edges: others' plans in the plural ("The Hendersons' holiday", cited
    # by the rules above until fixed), someone's instrument by name and hearsay (both cited on main).
    (("The Hendersons' holiday to Crete is booked for June.",), "Where am I going on holiday?", None),
    (("Holiday to Crete booked for June!",), "Where am I going on holiday?", "Crete"),
    (("The neighbours' holiday to Crete sounds amazing.",), "Where am I going on holiday?", None),
    (("Crete holidays are cheap in June.",), "Where am I going on holiday?", None),
    (("Everyone says holidays in Crete are great.",), "Where am I going on holiday?", None),
    (("Trip to Rome with the school in May.",), "When is my trip?", "May"),
    (("My sister plays the violin.",), "What instrument do I play?", None),
    (("Tom plays the violin beautifully.",), "What instrument do I play?", None),
    (("I love listening to the cello.",), "What instrument do I play?", None),
    (("I'm hooked on Wordle.",), "What sport do I play?", None),
    (("I'm really into running.",), "What instrument do I play?", None),
    (("My husband is an avid jazz fan.",), "What music do I like?", None),
    (("I teach my son to swim.",), "What do I do for a living?", None),
    (("She teaches at a primary school.",), "What do I do for a living?", None),
    (("My husband teaches at a primary school.",), "What do I do for a living?", None),
    (
        (
            "Mei teaches maths.",
            "Mei is my wife.",
        ),
        "What does my wife do?",
        "teaches",
    ),
    (("Our neighbours run a bakery.",), "What is my job?", None),
    (("We moved the meeting to Friday.",), "When is my dentist appointment?", None),
    (
        (
            "Dentist on Tuesday at 10.",
            "We moved the meeting to Friday.",
        ),
        "When is my dentist appointment?",
        "Tuesday",
    ),
    (("I heard Lisbon is lovely in May.",), "Where am I travelling?", None),
    (("Apparently the new gym on Mill Road is good.",), "Where do I work out?", None),
    (("I heard back from Globex, I start on Monday!",), "Where do I work?", "Globex"),
    # From many remarks in one store: the wife's name told by a later remark that names her without it, and
    # her team by her liking of food (both cited on main; "Who is my wife?" with "My wife loves hotpot"
    # later is still told the hotpot, left).
    (("My wife Mei teaches maths.", "My wife loves hotpot."), "What's my wife's name?", "Mei"),
    (("My GP is Dr Adeyemi.", "The doctor changed my inhaler."), "Who is my doctor?", "Adeyemi"),
    (
        ("My wife Mei teaches maths.", "Mei is a huge Arsenal fan.", "我老婆特别爱吃火锅。"),
        "Which team does my wife support?",
        "Arsenal",
    ),
    # Session 16, a sixth new-user pass (written before any fix, run on main first): told in one language and
    # asked in the other, kin words in Chinese (我妻子, 我外婆, 我先生: read as the user on main), a job left or
    # a thing ended later (quit, 辞职, sold, split up), a new thing that gives no value ("I got a new phone"),
    # who someone is told by a later remark without a name, relatives, pets, things owned, plans and likes.
    (("My wife Mei teaches maths.",), "我妻子做什么工作？", "maths"),
    (("My wife Mei teaches maths.",), "我妻子叫什么名字？", "Mei"),
    (("We have a golden retriever called Biscuit.",), "我的狗叫什么？", "Biscuit"),
    (("My son Leo goes to Oakfield Primary.",), "我儿子在哪上学？", "Oakfield"),
    (("I drive a red Mazda 3.",), "我开什么车？", "Mazda"),
    (("My mum lives in Cardiff.",), "我妈妈住在哪里？", "Cardiff"),
    (("I'm allergic to shellfish.",), "我对什么过敏？", "shellfish"),
    (("I work at the council as a planner.",), "我在哪里工作？", "council"),
    (("My brother Tim is a plumber.",), "我哥哥是做什么的？", "plumber"),
    (("My favourite film is Spirited Away.",), "我最喜欢的电影是什么？", "Spirited Away"),
    (("我妻子叫小梅，是护士。",), "What does my wife do?", "护士"),
    (("我妻子叫小梅，是护士。",), "What is my wife's name?", "小梅"),
    (("我家的猫叫咪咪。",), "What's my cat called?", "咪咪"),
    (("我在一家医院当护士。",), "What's my job?", "护士"),
    (("我儿子在北京上大学。",), "Where does my son study?", "北京"),
    (("我最喜欢的颜色是蓝色。",), "What's my favourite colour?", "蓝色"),
    (("我姐姐住在上海。",), "Where does my sister live?", "上海"),
    (("我买了一辆新自行车，是捷安特的。",), "What bike do I have?", "捷安特"),
    (("I live in Leeds.", "We moved to York last month."), "Where do I live?", "York"),
    (("I live in Leeds.", "We moved to York last month."), "我住在哪里？", "York"),
    (("我住在北京。", "We just moved to Shanghai."), "Where do I live?", "Shanghai"),
    (("I work at Tesco.", "I quit Tesco last week."), "Where do I work?", "quit"),
    (("I work at Tesco.", "I quit my job at Tesco, starting at Aldi on Monday."), "Where do I work?", "Aldi"),
    (("I'm vegetarian.", "I'm not vegetarian any more."), "Am I vegetarian?", "any more"),
    (("I smoke about ten a day.", "I quit smoking in March!"), "Do I smoke?", "quit"),
    (("My favourite band is Blur.", "Oasis is my favourite band now."), "What's my favourite band?", "Oasis"),
    (("I have a cat called Tom.", "Tom died last week, we're heartbroken."), "Do I have a cat?", "died"),
    (("我在阿里巴巴工作。", "我从阿里辞职了，现在在字节跳动。"), "我在哪工作？", "字节"),
    (("我在阿里巴巴工作。", "我从阿里辞职了，现在在字节跳动。"), "Where do I work?", "字节"),
    (("I'm dating Sam.", "Sam and I broke up."), "Who am I dating?", "broke up"),
    (("My phone is an iPhone 12.", "Switched to a Samsung Galaxy S24."), "What phone do I have?", "Samsung"),
    (("My phone is an iPhone 12.", "I got a new phone."), "What phone do I have?", "new phone"),
    (("My grandmother Edna is 92.",), "How old is my grandmother?", "92"),
    (("My grandmother Edna is 92.",), "What's my gran's name?", "Edna"),
    (("My uncle Raj owns a restaurant in Leicester.",), "What does my uncle do?", "restaurant"),
    (("My niece Ella just started university in Exeter.",), "Where does my niece study?", "Exeter"),
    (("My cousin Ahmed is getting married in August.",), "When is my cousin's wedding?", "August"),
    (("我外婆今年八十五岁了。",), "我外婆多大了？", "八十五"),
    (("我舅舅在深圳开了一家饭店。",), "我舅舅是做什么的？", "饭店"),
    (("My wife loves hotpot.",), "Who is my wife?", None),
    (("My wife Mei teaches maths.", "My wife loves hotpot."), "Who is my wife?", "Mei"),
    (("My wife Mei teaches maths.", "我老婆特别爱吃火锅。"), "我老婆是谁？", "Mei"),
    (("Our hamster Nibbles escaped again.",), "What's my hamster called?", "Nibbles"),
    (("Our hamster Nibbles escaped again.",), "What's my dog called?", None),
    (("My dog Max is 7 years old.",), "How old is my dog?", "7"),
    (("我家狗狗叫旺财，今年三岁。",), "How old is my dog?", "三岁"),
    (("The vet said Luna needs her jabs in June.", "Luna is our cat."), "When does my cat need her jabs?", "June"),
    (("I've got a Kindle Paperwhite.",), "What e-reader do I have?", "Kindle"),
    (("My laptop is a ThinkPad X1.",), "What laptop do I use?", "ThinkPad"),
    (("My laptop is a ThinkPad X1.",), "我用什么电脑？", "ThinkPad"),
    (("We bought a Samsung TV.",), "What TV do I have?", "Samsung"),
    (("My bike is a Brompton.",), "What bike do I ride?", "Brompton"),
    (("I got a new phone.",), "What phone do I have?", None),
    (("我的手机是华为的。",), "What phone do I have?", "华为"),
    (("We're going to Kyoto in October.",), "Where am I going in October?", "Kyoto"),
    (("We're going to Kyoto in October.",), "我十月去哪里？", "Kyoto"),
    (("下个月我要去成都出差。",), "Where am I going next month?", "成都"),
    (("I'm planning to run the Berlin marathon next year.",), "What race am I running?", "Berlin"),
    (("Thinking of learning Japanese next year.",), "What language am I learning?", None),
    (("I love watching Bake Off.",), "What TV do I like?", "Bake Off"),
    (("I love watching Bake Off.",), "我喜欢看什么节目？", "Bake Off"),
    (("我很喜欢吃饺子。",), "What food do I like?", "饺子"),
    (("I absolutely adore sushi.",), "我喜欢吃什么？", "sushi"),
    (("I used to love sushi but now I can't stand it.",), "What food do I love?", None),
    (("I'm not into football any more.",), "What sport do I like?", None),
    (("My kids love Bluey.",), "What TV do I like?", None),
    (("I play chess online most nights.",), "What do I play?", "chess"),
    (("I play chess online most nights.",), "我玩什么？", "chess"),
    (("我家住在幸福路88号。",), "What's my house number?", "88"),
    (
        ("I quit my job at the bank, now freelancing as a designer.", "My wife Mei teaches maths at Hillside School."),
        "我妻子做什么工作？",
        "maths",
    ),
    (
        ("I quit my job at the bank, now freelancing as a designer.", "My wife Mei teaches maths at Hillside School."),
        "我老婆做什么工作？",
        "maths",
    ),
    (("I work as a designer.",), "我妻子做什么工作？", None),
    (("I work as a designer.",), "我丈夫做什么工作？", None),
    (("I work as a designer.",), "我外婆住在哪里？", None),
    (("I live in Bristol.",), "我外婆住在哪里？", None),
    (("I live in Bristol.", "My grandma lives in Bath."), "我奶奶住在哪里？", "Bath"),
    (("I'm 34.",), "我爷爷多大了？", None),
    (("I'm a teacher.",), "我舅舅是做什么的？", None),
    (("I'm a teacher.",), "我先生是做什么的？", None),
    (("I'm a teacher.",), "我爱人做什么工作？", None),
    (("I'm a teacher.",), "我孩子在哪上学？", None),
    (("I live in Leeds.",), "我父母住在哪里？", None),
    (("I live in Leeds.",), "我父亲住在哪里？", None),
    (("I live in Leeds.",), "我表哥住在哪？", None),
    (("I live in Leeds.",), "我闺蜜住在哪？", None),
    (("My cat is called Miso.",), "我家狗叫什么？", None),
    (("I work at Tesco.", "I left Tesco in June."), "Where do I work?", "left"),
    (("I work at Tesco.", "I handed in my notice at Tesco, last day Friday."), "Where do I work?", "notice"),
    (("I work at Tesco.", "Got made redundant from Tesco."), "Where do I work?", "redundant"),
    (("我在阿里巴巴工作。", "我从阿里辞职了。"), "我在哪工作？", "辞职"),
    (("I live in Leeds.", "We've moved out of Leeds."), "Where do I live?", "moved"),
    (("I drive a Golf.", "Sold the Golf, no car now."), "What car do I drive?", "Sold"),
    (("I drive a Golf.", "I don't have a car any more."), "What car do I drive?", "any more"),
    (("I play tennis.", "I don't play tennis any more."), "What sport do I play?", "any more"),
    (("I'm seeing a girl called Amy.", "Amy and I split up."), "Who am I dating?", "split"),
    (("我养了一只叫豆豆的狗。", "豆豆去年走了。"), "我的狗叫什么？", "豆豆"),
    (("My husband is called Dev.", "My husband loves cricket."), "Who is my husband?", "Dev"),
    (("My husband loves cricket.",), "What is my husband's name?", None),
    (("I got a new car.",), "What car do I drive?", None),
    (("I got a new car.", "It's a Honda Civic."), "What car do I drive?", "Honda"),
    (("I bought a new laptop.",), "What laptop do I have?", None),
    (("My old phone was a Pixel.", "I got a new phone."), "What phone do I have?", None),
    (("我换了新手机。",), "我用什么手机？", None),
    (("我的手机是小米。", "我换了新手机。"), "我用什么手机？", "新手机"),
    (("Our dog is a beagle called Rex.",), "What breed is my dog?", "beagle"),
    (("Our dog is a beagle called Rex.",), "我的狗是什么品种？", "beagle"),
    (("我每天早上跑步。",), "What exercise do I do?", "跑步"),
    (("I'm into sci-fi novels.",), "我喜欢看什么书？", "sci-fi"),
    (("I'm going to see my parents at Christmas.",), "What am I doing at Christmas?", "parents"),
    (("We're planning to get a puppy in spring.",), "When are we getting a puppy?", "spring"),
    (("Next weekend I'm going camping in the Lakes.",), "我下周末去哪？", "Lakes"),
    (("I love watching Bake Off.",), "What show do I like?", "Bake Off"),
    (("I'm watching Severance at the moment.",), "What TV am I watching?", "Severance"),
    (("I play Minecraft with my son.",), "What game do I play?", "Minecraft"),
    # Their neighbours, written with the fix for Chinese kin words (one of the user's people translated by
    # what they are to the user, terms.zh_kin): less of a development figure.
    (("My mum lives in Cardiff.",), "我外婆住在哪里？", None),
    (("My grandma lives in Cardiff.",), "我外婆住在哪里？", "Cardiff"),
    (("My nan lives in Cardiff.",), "我奶奶住在哪里？", "Cardiff"),
    (("我外婆住在苏州。",), "Where does my grandmother live?", "苏州"),
    (("我外婆住在苏州。",), "Where does my mum live?", None),
    (("My uncle Raj owns a restaurant in Leicester.",), "我舅舅是做什么的？", "restaurant"),
    (("My brother is a chef.",), "我舅舅是做什么的？", None),
    (("我先生是医生。",), "What does my husband do?", "医生"),
    (("I'm a teacher.",), "我先生是做什么的？", None),
    (("My husband is a teacher.",), "我先生是做什么的？", "teacher"),
    (("My cousin Ahmed lives in Leeds.",), "我表哥住在哪？", "Leeds"),
    (("My sister lives in Leeds.",), "我姐夫住在哪？", None),
    (("我爱人在银行上班。",), "Where does my wife work?", "银行"),
    (("My wife works at HSBC.",), "我爱人在哪上班？", "HSBC"),
    # Their neighbours, written with the fixes (a Chinese name ended by its head, which thing one has, an
    # age or a school in Chinese, gran and nan): less of a development figure.
    (("我妈妈今年六十岁了。",), "我妈妈多大了？", "六十"),
    (("My niece Ella just started university in Exeter.",), "Where do I study?", None),
    (("My gran is 92.",), "How old am I?", None),
    (("我儿子在北京上大学。",), "我儿子在哪上学？", "北京"),
    (("我女儿今年五岁。",), "我女儿几岁了？", "五岁"),
    (("我女儿今年五岁。",), "How old is my daughter?", "五岁"),
    (("I dropped my son at school.",), "Where does my son study?", None),
    (("我儿子在学钢琴。",), "我儿子在哪上学？", None),
    (("I studied history at Durham.",), "Where did I study?", "Durham"),
    (("My wife Mei teaches maths at Hillside School.",), "Where does my wife study?", None),
    (("我在阿里巴巴工作。", "阿里的食堂很好吃。"), "我在哪工作？", "阿里巴巴"),
    (("我在阿里巴巴工作。", "我从腾讯辞职了。"), "我在哪工作？", "阿里巴巴"),
    (("我住在北京。", "我离开北京了，搬到了深圳。"), "我住在哪里？", "深圳"),
    (("我开一辆大众帕萨特。", "帕萨特卖了。"), "我开什么车？", "卖了"),
    (("Got a new Samsung phone.",), "What phone do I have?", "Samsung"),
    (("我买了一部华为手机。",), "我用什么手机？", "华为"),
    (("I drive a Golf.",), "What car do I drive?", "Golf"),
    (("I've got an old red Vespa.",), "What scooter do I ride?", "Vespa"),
    (("我开的是特斯拉。",), "我开什么车？", "特斯拉"),
    # Their neighbours, written with the fix for a show asked by its kind (a title, said as watched): less of
    # a development figure.
    (("I love Paris.",), "What TV do I like?", None),
    (("My kids love watching Bluey.",), "What TV do I like?", None),
    (("I've been binge-watching The Bear on Disney+.",), "What series am I watching?", "The Bear"),
    (("I'm obsessed with Taskmaster, never miss an episode.",), "What TV shows do I like?", "Taskmaster"),
    (("I can't stand Love Island.",), "What TV do I like?", None),
    (("I can't stand Love Island.",), "What TV show do I hate?", "Love Island"),
    (("I love Arsenal.",), "What TV do I like?", None),
    # Their neighbours, written with the fix for an address (a house and its number): less of a development
    # figure.
    (("My sister lives at 22 Mill Road.",), "What's my house number?", None),
    (("I live at 14 Elm Street.",), "What's my phone number?", None),
    (("I live at 14 Elm Street.",), "What's my address?", "Elm"),
    (("Our new address is 3 Park Lane, Bath.",), "What's my address?", "Park Lane"),
    (("The meeting is at 10 Downing Street.",), "What's my house number?", None),
    (("I live in Bath.",), "What's my house number?", None),
    (("We moved to 9 Church Road last month.",), "What's my house number?", "9"),
    (("I live at 14 Elm Street.", "We moved to 9 Church Road last month."), "What's my address?", "Church"),
    # Their neighbours, written with the fixes for "What do I play?" (an instrument, sport, game or music,
    # played or learnt) and questions in "we" (the user's household): less of a development figure.
    (("I'm learning Spanish.",), "What do I play?", None),
    (("I've been learning to cook.",), "What do I play?", None),
    (("My son is learning the violin.",), "What do I play?", None),
    (("My son is learning the violin.",), "What does my son play?", "violin"),
    (("I've started taking tennis lessons.",), "What do I play?", "tennis"),
    (("I'm practising for my driving test.",), "What do I play?", None),
    (("I take lessons in pottery.",), "What do I play?", None),
    (("I've been learning the saxophone.",), "What do I do for a living?", None),
    (("I'm taking piano lessons.",), "What do I play?", "piano"),
    (("I love jazz.",), "What do I play?", None),
    (("I've been learning music theory online.",), "What sport do I play?", None),
    (("I play five-a-side on Thursdays.",), "What do I play?", "five-a-side"),
    (("We're off to Cornwall in August.",), "Where are we going in August?", "Cornwall"),
    (("Our wifi password is on the router.",), "Where is our wifi password?", "router"),
    (("My sister is getting a puppy in spring.",), "When are we getting a puppy?", None),
    (("We bought a Ford Focus last year.",), "What car do we have?", "Ford"),
    # Their neighbours, written with the fixes for a job said after a name in Chinese ("我妻子叫小梅，是护士")
    # and the people the user goes to see ("I'm going to see my parents at Christmas"): less of a development
    # figure.
    (("我妻子叫小梅，是护士。",), "我妻子做什么工作？", "护士"),
    (("我妻子叫小梅，是护士。",), "What do I do for a living?", None),
    (("我妻子叫小梅，是护士。",), "我是做什么工作的？", None),
    (("我哥哥叫大伟，是一名律师。",), "What does my brother do?", "律师"),
    (("我哥哥叫大伟，是一名律师。",), "What does my sister do?", None),
    (("On Saturday I'm taking the kids to the zoo.",), "What am I doing on Saturday?", "zoo"),
    (("Dinner with Priya on Friday.",), "What am I doing on Friday?", "Priya"),
    (("I'm doing the Great North Run in September.",), "What am I doing in September?", "Great North Run"),
    (("My brother is going to Rome at Easter.",), "What am I doing at Easter?", None),
    (("I loved Christmas at my gran's last year.",), "What am I doing at Christmas?", None),
    (("这周六我要带孩子去动物园。",), "我周六干什么？", "动物园"),
    (("这周六我要带孩子去动物园。",), "What am I doing on Saturday?", "动物园"),
    (("I'm visiting my mum in Leeds this weekend.",), "Where do I live?", None),
    (("I'm visiting my mum in Leeds this weekend.",), "Where does my mum live?", None),
    (("I'm taking my son to football on Saturday.",), "What am I doing on Saturday?", "football"),
    (("I'm taking my son to football on Saturday.",), "What sport do I play?", None),
    (("We're staying with my sister in Bath over Easter.",), "Where am I going at Easter?", "Bath"),
    # From 25 remarks in one store (session 16), then fixed: a pet or person asked of by a slot's word and
    # named alone ("Our dog Pepper is a border collie" for "我的狗怕什么？", cited), someone's in-laws, a
    # Chinese name cut by the dictionary (朵朵).
    (("We live in Bath.",), "Where do my in-laws live?", None),
    (("My in-laws live in Chengdu.",), "Where do my in-laws live?", "Chengdu"),
    (("My in-laws live in Chengdu.",), "Where do I live?", None),
    (("My mother-in-law is called Joan.",), "What's my mother-in-law's name?", "Joan"),
    (("We live in Bath.",), "Where do my grandparents live?", None),
    (("Our dog Pepper is a border collie.", "Pepper hates fireworks."), "我的狗怕什么？", "fireworks"),
    (("Our dog Pepper is a border collie.",), "我的狗怕什么？", None),
    (("Our dog Pepper is a border collie.",), "What is my dog scared of?", None),
    (("我女儿叫朵朵，今年六岁。", "朵朵在学小提琴。"), "What instrument does my daughter play?", "小提琴"),
    (("我女儿叫朵朵，今年六岁。",), "What instrument does my daughter play?", None),
    # From 20 remarks in one store (session 16), then fixed: a job changed in Chinese ("我换工作了，现在在腾讯",
    # the bank stated), a thing sold ("I sold my guitar", still played), a pet's name told by a remark without
    # one, a girlfriend's birthday told by the ex's (one partner at a time), and a person named with no answer
    # of the kind asked.
    (("我叫王磊，在深圳一家银行上班。", "我换工作了，现在在腾讯。"), "Where do I work?", "腾讯"),
    (("我叫王磊，在深圳一家银行上班。", "我换工作了，现在在腾讯。"), "我在哪上班？", "腾讯"),
    (("I work at Lloyds.", "Switched jobs, I'm at Monzo now."), "Where do I work?", "Monzo"),
    (("我在银行上班。", "我老公换工作了。"), "我在哪上班？", "银行"),
    (("I play guitar in a covers band.", "I sold my guitar."), "What instrument do I play?", "sold"),
    (("I play the violin.", "I gave up the violin last year."), "What instrument do I play?", "gave up"),
    (("I play the violin.", "My violin teacher left."), "What instrument do I play?", "violin"),
    (("我们养了一只猫，叫橘子。", "我家的猫最近胖了。"), "What's my cat called?", "橘子"),
    (
        (
            "My girlfriend Lucy is a vet.",
            "Lucy and I broke up.",
            "我现在的女朋友叫小雪。",
            "Lucy's birthday is 9 November.",
        ),
        "When is my girlfriend's birthday?",
        None,
    ),
    (("My girlfriend Lucy is a vet.",), "When is my girlfriend's birthday?", None),
    (
        ("My girlfriend Lucy is a vet.", "Lucy's birthday is 9 November."),
        "When is my girlfriend's birthday?",
        "9 November",
    ),
    (
        ("My girlfriend Lucy is a vet.", "Lucy and I broke up.", "Lucy's birthday is 9 November."),
        "When is my girlfriend's birthday?",
        None,
    ),
    (
        ("My sister Anna lives in Leeds.", "My sister Kate lives in York.", "Anna's birthday is 3 May."),
        "When is my sister's birthday?",
        "3 May",
    ),
    # From 18 remarks in one store (session 16), then fixed: someone's job by a Chinese name told as the
    # user's ("阿杰现在在一家酒店当主厨" after "我老公叫阿杰").
    (
        ("我老公叫阿杰，是厨师。", "I'm a nurse at St James's.", "阿杰现在在一家酒店当主厨。"),
        "What do I do for a living?",
        "nurse",
    ),
    (
        ("我老公叫阿杰，是厨师。", "I'm a nurse at St James's.", "阿杰现在在一家酒店当主厨。"),
        "我是做什么工作的？",
        "nurse",
    ),
    (("我老公叫阿杰，是厨师。", "阿杰现在在一家酒店当主厨。"), "What does my husband do?", "主厨"),
    (("我老公叫阿杰，是厨师。", "阿杰喜欢吃辣。"), "我喜欢吃什么？", None),
    (
        ("I'm a nurse at St James's.", "I'm not a nurse any more, I retrained as a midwife."),
        "What do I do for a living?",
        "midwife",
    ),
    # From 18 remarks in one store (session 16), then fixed: the value before the present one asked with no
    # anchor ("Where did I live before?" was told the present home).
    (("I used to live in Manchester.", "I live in Leeds now."), "Where did I live before?", "Manchester"),
    (("I used to live in Manchester.", "I live in Leeds now."), "Where did I use to live?", "Manchester"),
    (("I used to live in Manchester.", "I live in Leeds now."), "我以前住在哪？", "Manchester"),
    (("I live in Manchester.", "We moved to Leeds."), "Where did I live before?", "Manchester"),
    (("I work at Tesco.", "I work at Aldi now."), "Where did I work before?", "Tesco"),
    (("I work at Tesco.", "I work at Aldi now."), "What was my previous job?", "Tesco"),
    (("I live in Leeds.",), "Where did I live before?", None),
    # From 18 remarks in one store (session 16): a promotion by name ("Raj got promoted", the accountant
    # stated) and a son introduced as had ("我们有一个儿子，叫小宝") fixed.
    (
        ("My husband Raj is an accountant.", "Raj got promoted to finance director!"),
        "What does my husband do?",
        "finance director",
    ),
    (("My husband Raj is an accountant.", "Raj got promoted to finance director!"), "What do I do for a living?", None),
    (("我们有一个儿子，叫小宝，三岁。", "小宝开始上幼儿园了。"), "Does my son go to nursery?", "幼儿园"),
    (("我们有一个儿子，叫小宝，三岁。",), "What's my son called?", "小宝"),
    # Session 17 (user21), a seventh new-user pass, written before any run on them: a name, number or date
    # corrected by a later remark, a thing said as not had or ended, the user's own against another's,
    # counts and dates, a remark in one language asked in the other, several facts in one remark, what was
    # never told, and a book's or a draft's people against the user's own life.
    (("My sister is called Anna.", "Actually my sister is called Ana, not Anna."), "What's my sister's name?", "Ana"),
    (("My sister is called Anna.", "Actually my sister is called Ana, not Anna."), "我姐姐叫什么？", "Ana"),
    (("My dog is called Rollo.", "Sorry, typo: my dog's name is Rolo."), "What's my dog called?", "Rolo"),
    (("I'm 34.", "Oops, I'm 35, not 34."), "How old am I?", "35"),
    (("My birthday is 3 March.", "Correction: my birthday is 13 March."), "When is my birthday?", "13 March"),
    (("The party is at 7.", "Correction, the party starts at 8 not 7."), "What time is the party?", "8"),
    (("I work at Barclays.", "Sorry, I meant I work at Lloyds, not Barclays."), "Where do I work?", "Lloyds"),
    (("My son is 7.", "My son is 8 actually, he had his birthday last week."), "How old is my son?", "8"),
    (("我女儿叫小美。", "说错了，我女儿叫小梅。"), "我女儿叫什么名字？", "小梅"),
    (("我的生日是五月三号。", "不对，我的生日是五月十三号。"), "我生日是哪天？", "十三"),
    (("I don't have a car.",), "What car do I drive?", "don't have"),
    (("I have a dog called Max.", "We had to give Max away."), "Do I have a dog?", "give Max away"),
    (("I drink about three coffees a day.", "I've given up caffeine completely."), "Do I drink coffee?", "given up"),
    (("I'm married to Tom.", "Tom and I got divorced last year."), "Who is my husband?", "divorced"),
    (("I'm not married.",), "What's my wife's name?", "not married"),
    (("I don't have any kids.",), "How many kids do I have?", "don't have"),
    (("I don't eat meat.",), "Am I vegetarian?", "don't eat meat"),
    (("I've never been to Japan.",), "Where am I travelling?", None),
    (("I stopped going to the gym in January.",), "Do I go to the gym?", "stopped"),
    (("I no longer work at Tesco.",), "Where do I work?", "no longer"),
    (("我不抽烟了。",), "Do I smoke?", "不抽烟"),
    (("我已经不在银行工作了。",), "我在哪里工作？", "不在银行"),
    (("I used to have a cat.",), "What's my cat called?", None),
    (("My wife's birthday is 3 May.",), "When is my birthday?", None),
    (("My wife's birthday is 3 May.",), "When is my wife's birthday?", "3 May"),
    (("My brother is allergic to nuts.",), "What am I allergic to?", None),
    (("My son's teacher is Mrs Clark.",), "Who is my son's teacher?", "Clark"),
    (("My son's teacher is Mrs Clark.",), "Who is my teacher?", None),
    (("My boss drives a Tesla.",), "What car do I drive?", None),
    (("My friend Sara just moved to Oslo.",), "Where do I live?", None),
    (("My parents' anniversary is 20 July.",), "When is my anniversary?", None),
    (("我妹妹的生日是十月一号。",), "When is my birthday?", None),
    (("我妹妹的生日是十月一号。",), "When is my sister's birthday?", "十月"),
    (("We got married on 14 June 2015.",), "When is my anniversary?", "14 June"),
    (("We got married on 14 June 2015.",), "What year did I get married?", "2015"),
    (("We have three kids.",), "How many kids do I have?", "three"),
    (("I have two sisters and a brother.",), "How many sisters do I have?", "two sisters"),
    (("We have two cats and a dog.",), "How many cats do we have?", "two cats"),
    (("I've lived in Bath since 2012.",), "How long have I lived in Bath?", "2012"),
    (("I started at Globex in March 2021.",), "When did I start at Globex?", "March 2021"),
    (("I'm 1.82m tall.",), "How tall am I?", "1.82"),
    (("My shoe size is 9.",), "What size shoes do I take?", "9"),
    (("My rent is £950 a month.",), "How much is my rent?", "950"),
    (("Mum's birthday is 2 April.",), "When is my mother's birthday?", "2 April"),
    (("The code for my gym locker is 4821.",), "What's my locker code?", "4821"),
    (("Bin day is Thursday.",), "When is bin day?", "Thursday"),
    (("I was born in 1988.",), "How old am I?", "1988"),
    (("I was born in 1988.",), "What year was I born?", "1988"),
    (("我有三个孩子。",), "How many children do I have?", "三个"),
    (("We have three kids.",), "我有几个孩子？", "three"),
    (("我们的结婚纪念日是六月十四号。",), "When is our anniversary?", "六月"),
    (("Our anniversary is 14 June.",), "我们的结婚纪念日是哪天？", "14 June"),
    (("我对猫毛过敏。",), "What am I allergic to?", "猫毛"),
    (("My sister is called Ana.",), "我妹妹叫什么名字？", "Ana"),
    (("我每周二去游泳。",), "When do I go swimming?", "周二"),
    (("I go to yoga on Wednesdays.",), "我什么时候去练瑜伽？", "Wednesdays"),
    (("我的车是蓝色的。",), "What colour is my car?", "蓝色"),
    (("我老公不吃辣。",), "Does my husband eat spicy food?", "不吃辣"),
    (("I'm Tom, 42, a plumber, and I live in Leeds with my wife Jen.",), "What do I do for a living?", "plumber"),
    (("I'm Tom, 42, a plumber, and I live in Leeds with my wife Jen.",), "How old am I?", "42"),
    (("I'm Tom, 42, a plumber, and I live in Leeds with my wife Jen.",), "Where do I live?", "Leeds"),
    (("I'm Tom, 42, a plumber, and I live in Leeds with my wife Jen.",), "What's my wife's name?", "Jen"),
    (("I'm Tom, 42, a plumber, and I live in Leeds with my wife Jen.",), "What's my name?", "Tom"),
    (("我叫李明，今年三十岁，在上海做律师。",), "What's my job?", "律师"),
    (("我叫李明，今年三十岁，在上海做律师。",), "我多大了？", "三十"),
    (("我叫李明，今年三十岁，在上海做律师。",), "我叫什么名字？", "李明"),
    (("My kids are Mia, 6, and Noah, 4.",), "How old is Noah?", "Noah, 4"),
    (("My sister Ana is 30, lives in Porto and works as an architect.",), "Where does my sister live?", "Porto"),
    (("My sister Ana is 30, lives in Porto and works as an architect.",), "What does my sister do?", "architect"),
    (("My sister Ana is 30, lives in Porto and works as an architect.",), "How old is my sister?", "30"),
    (("My sister Ana is 30, lives in Porto and works as an architect.",), "Where do I live?", None),
    (("I live in Bath with my wife Jen.",), "When is my wife's birthday?", None),
    (("I work at Globex as an analyst.",), "How much do I earn?", None),
    (("We have two kids, Ingrid and Leo.",), "What school do my kids go to?", None),
    (("My dog is called Max.",), "What breed is my dog?", None),
    (("I'm allergic to penicillin.",), "What's my blood type?", None),
    (("我住在杭州。",), "我在哪里工作？", None),
    (("I play tennis on Saturdays.",), "Who do I play tennis with?", None),
    (("My sister is called Ana.",), "Where does my sister live?", None),
    (("Reading notes, Middlemarch ch. 2: Dorothea lives at Tipton Grange with her uncle.",), "Where do I live?", None),
    (
        ("Reading notes, Middlemarch ch. 2: Dorothea lives at Tipton Grange with her uncle.",),
        "Where does Dorothea live?",
        "Tipton",
    ),
    (("In the story, the narrator works as a lighthouse keeper.",), "What do I do for a living?", None),
    (("Quote I liked from the book: 'My name is Ishmael.'",), "What's my name?", None),
    (("The novel's heroine has a dog called Flush.",), "What's my dog called?", None),
    (("Plot of my novel draft: Maya, a nurse, moves to Lisbon.",), "Where do I live?", None),
    (("Plot of my novel draft: Maya, a nurse, moves to Lisbon.",), "What job does Maya have?", "nurse"),
    (("If I ever get a dog I'll call it Biscuit.",), "What's my dog called?", None),
    (("I'd love to live in Lisbon one day.",), "Where do I live?", None),
    (("I might move to Leeds next year.",), "Where do I live?", None),
    # Their neighbours, written with the fixes of the seventh pass in other words (a film or a dream, an
    # introduction, a kin word as a name, a plural of the user's people, a year of birth, a clock time, none
    # had, a pet put down, a separation): less of a development figure.
    (("In the film, the hero lives in Paris.",), "Where do I live?", None),
    (("In my dream I was a pilot.",), "What do I do for a living?", None),
    (("My novel's heroine is called Ruth.",), "What's my name?", None),
    (("Hi, I'm Sara, 29, a dentist in Bath.",), "What's my name?", "Sara"),
    (("Hi, I'm Sara, 29, a dentist in Bath.",), "How old am I?", "29"),
    (("Hi, I'm Sara, 29, a dentist in Bath.",), "What do I do?", "dentist"),
    (("I'm British.",), "What's my name?", None),
    (("My name is Sara.", "Actually my name is Sarah, with an h."), "What's my name?", "Sarah"),
    (("我叫王芳。",), "What's my name?", "王芳"),
    (("My name is Sara.",), "我叫什么名字？", "Sara"),
    (("My brother Ravi, 40, lives in Cardiff.",), "Where do I live?", None),
    (("My cousin Jo is 25, works as a nurse.",), "What do I do for a living?", None),
    (("My in-laws' house is in Kent.",), "Where is my house?", None),
    (("My friends' wedding is on 3 June.",), "When is my wedding?", None),
    (("Dad's birthday is on 30 June.",), "When is my dad's birthday?", "30 June"),
    (("Dad's birthday is on 30 June.",), "When is my birthday?", None),
    (("Gran lives in Hove.",), "Where does my grandmother live?", "Hove"),
    (("Gran lives in Hove.",), "Where do I live?", None),
    (("I was born in 1990.",), "When was I born?", "1990"),
    (("My daughter was born in 2018.",), "How old is my daughter?", "2018"),
    (("My daughter was born in 2018.",), "How old am I?", None),
    (("We got married in 2010.",), "How long have I been married?", "2010"),
    (("My sister got married on 5 May.",), "When is my anniversary?", None),
    (("The meeting is at 3.",), "What time is the meeting?", "3"),
    (("The meeting is at 3.",), "What time is my dentist appointment?", None),
    (("I don't have a dog.",), "What's my dog called?", "don't have"),
    (("I don't have a dog.",), "What's my cat called?", None),
    (("My sister doesn't have a car.",), "What car do I drive?", None),
    (("I'm single.",), "Who is my girlfriend?", "single"),
    (("My brother is single.",), "Who is my girlfriend?", None),
    (("If we ever move, it'll be to Devon.",), "Where do I live?", None),
    (("We had to put our cat down last month.",), "Do I have a cat?", "down"),
    (("I have a cat called Luna.", "We had to put Luna down last month."), "What's my cat called?", "down"),
    (("I'm married to Priya.", "Priya and I separated in March."), "Who is my wife?", "separated"),
    (
        ("My son is 4.", "My son is 5 actually, I forgot his birthday was last week."),
        "How old is my son?",
        "5 actually",
    ),
    (("My dog is 3.",), "How old is my dog?", "3"),
    (("My shoe size is 9.",), "How old am I?", None),
    # Only an ending said ("I no longer work at Tesco", "I don't know" above), and an ending of another value
    # after the present one (cited on main: the Tesco ending replaced "I work at Aldi now").
    (("I no longer live in Leeds.",), "Where do I live?", "no longer"),
    (("I work at Aldi now.", "I no longer work at Tesco."), "Where do I work?", "Aldi"),
    (("I work at Aldi.", "I no longer work at Aldi."), "Where do I work?", "no longer"),
    # Session 18, the lead as a new user: one of several named together ended; a trade's work said with its
    # place; the workplace of one of the user's people told later, by name.
    (
        ("We have two cats, Miso and Tofu.", "Tofu died in October, we're heartbroken."),
        "What are my cats called?",
        "died",
    ),
    (
        ("Our kids Amir, Lila and Noor all go to Fairfield Primary.", "Noor left Fairfield in the summer."),
        "Which school do my kids go to?",
        "Noor left",
    ),
    (("I teach chemistry at a secondary school in Bristol.",), "Where do I work?", "secondary school"),
    (("I lecture in medieval history at Durham University.",), "Where do I work?", "Durham"),
    (("I teach my son to swim at the leisure centre on Sundays.",), "Where do I work?", None),
    (
        (
            "My husband Dev is a nurse.",
            "I work at the library on Park Road.",
            "Dev started a new job at Southmead last week.",
        ),
        "Where do I work?",
        "library",
    ),
    (
        ("My wife Sara is a vet.", "I'm a solicitor at Hughes and Co.", "Sara just joined a practice in Clifton."),
        "Where do I work?",
        "Hughes",
    ),
    # "Who is X?" by the remark that says who; a relation joined by hyphens.
    (("My husband Dev is a nurse.", "Dev cooked a lovely curry tonight."), "Who is Dev?", "husband"),
    (("My brother-in-law Rhys runs a garage.", "Rhys fixed our gate on Sunday."), "Who is Rhys?", "brother-in-law"),
    (("Jan is my mother-in-law.",), "Who is Jan?", "mother-in-law"),
    (("My sister-in-law Mira is a midwife.",), "What does my sister-in-law do?", "midwife"),
    # A pet said by its kind, had or named.
    (("We've got a border collie called Skye and two guinea pigs.",), "What pets do I have?", "border collie"),
    (("I'm allergic to cats, sadly.",), "What pets do I have?", None),
    (("我家养了一只仓鼠，叫团子。",), "我有什么宠物？", "仓鼠"),
    # A job done from somewhere: "works from home as a translator".
    (
        ("My partner Alex and I have been together six years.", "Alex works from home as a translator."),
        "What does Alex do?",
        "translator",
    ),
    (("My husband works from home as a software tester.",), "What does my husband do?", "tester"),
    # A medicine said by its dose or form.
    (("I take 50mg sertraline every morning.",), "What medication am I on?", "sertraline"),
    (("Bought 500ml of oat milk.",), "What meds am I on?", None),
    # One remark stating several things, one of which changes later (session 18): the remark stays the
    # evidence for what did not change (the partner, the pet, the job), and is never cited for what did.
    (("I live in Leeds with my wife Jen.", "Actually we moved to York last month."), "What's my wife called?", "Jen"),
    (("I live in Leeds with my wife Jen.", "Actually we moved to York last month."), "Where do I live?", "York"),
    (
        ("I live in Leeds with my wife Jen.", "Actually we moved to York last month."),
        "Which city do my wife and I live in?",
        "York",
    ),
    (("I live in Norwich with my dog Biscuit.", "We've moved to Ipswich."), "What's my dog's name?", "Biscuit"),
    (("My dog Biscuit and I live in Norwich.", "We've moved to Ipswich."), "Where do my dog and I live?", "Ipswich"),
    (
        ("I work at Tesco and my dog is called Biscuit.", "I started a new job at Aldi last week."),
        "What is my dog called?",
        "Biscuit",
    ),
    (
        ("I work at Tesco and my dog is called Biscuit.", "I started a new job at Aldi last week."),
        "Where do I work?",
        "Aldi",
    ),
    (
        ("I live in Dundee, my cat is Mochi and I work as a nurse.", "Now I work as a teacher."),
        "What's my cat's name?",
        "Mochi",
    ),
    (
        ("I live in Dundee, my cat is Mochi and I work as a nurse.", "Now I work as a teacher."),
        "Where do I live?",
        "Dundee",
    ),
    (
        ("I live in Dundee, my cat is Mochi and I work as a nurse.", "Now I work as a teacher."),
        "What do I do for work?",
        "teacher",
    ),
    (("My wife Anna and I live in Oxford.", "We moved to Bath in June."), "Who is my wife?", "Anna"),
    (("I live in Derby and my dentist is Dr Shah.", "I live in Exeter now."), "Who is my dentist?", "Shah"),
    (("I live in Derby and my dentist is Dr Shah.", "My dentist is Dr Lee now."), "Where do I live?", "Derby"),
    (("I live in Derby and my dentist is Dr Shah.", "My dentist is Dr Lee now."), "Who's my dentist?", "Lee"),
    (
        ("My car is a silver Astra and my dog is called Rolo.", "My car is a Kia Picanto now."),
        "What's my dog called?",
        "Rolo",
    ),
    (
        ("My car is a silver Astra and my dog is called Rolo.", "My car is a Kia Picanto now."),
        "What car do I drive?",
        "Kia",
    ),
    (("I drive a blue Polo and my gym is PureGym.", "My gym is The Gym Group now."), "What car do I have?", "Polo"),
    (
        ("I work at Boots and I live in Salford, with my cat Pickle.", "My cat Pickle and I moved to Bolton."),
        "Where do I work?",
        "Boots",
    ),
    (
        ("I work at Boots and I live in Salford, with my cat Pickle.", "My cat Pickle and I moved to Bolton."),
        "Where do I live?",
        "Bolton",
    ),
    (
        ("I work at the library and my husband Dev works at the bank.", "I started a new job at the museum."),
        "What's my husband's name?",
        "Dev",
    ),
    (
        ("My phone number is 07700 900123 and I live in Hull.", "We moved to Leeds last year."),
        "What's my phone number?",
        "900123",
    ),
    (
        ("I live in Cambridge with my girlfriend Mia and our cat Tofu.", "We moved to Ely in the summer."),
        "What's my cat called?",
        "Tofu",
    ),
    (
        ("I live in Cambridge with my girlfriend Mia and our cat Tofu.", "We moved to Ely in the summer."),
        "Who's my girlfriend?",
        "Mia",
    ),
    (
        ("I live in Glasgow and my favourite food is haggis.", "My favourite food is sushi now."),
        "Where do I live?",
        "Glasgow",
    ),
    (
        ("I live in Glasgow and my favourite food is haggis.", "My favourite food is sushi now."),
        "What's my favourite food?",
        "sushi",
    ),
    (
        ("I work at Deloitte and my partner is called Chris.", "I joined KPMG this month."),
        "Who is my partner?",
        "Chris",
    ),
    (("I work at Deloitte and my partner is called Chris.", "I joined KPMG this month."), "Who do I work for?", "KPMG"),
    (("I live in Shenzhen with my husband Wei.", "我搬到了广州。"), "What's my husband called?", "Wei"),
    (("我和老婆小丽住在北京。", "我们搬到上海了。"), "我老婆叫什么？", "小丽"),
    (("我和老婆小丽住在北京。", "我们搬到上海了。"), "我和老婆住在哪里？", "上海"),
    (("我住在广州，我老公叫阿强。", "我搬到了深圳。"), "我老公叫什么名字？", "阿强"),
    (("我住在广州，我老公叫阿强。", "我搬到了深圳。"), "我现在住在哪？", "深圳"),
    (("我在腾讯工作，我的狗叫旺财。", "我现在在阿里巴巴工作。"), "我的狗叫什么？", "旺财"),
    (("我在腾讯工作，我的狗叫旺财。", "我现在在阿里巴巴工作。"), "我在哪里上班？", "阿里巴巴"),
    (("我住在杭州，我的猫叫花花。", "我搬到了上海。"), "我的猫叫什么名字？", "花花"),
    (("我的老板是王总，我住在南京。", "我现在住在苏州。"), "我老板是谁？", "王总"),
    (("我的老板是王总，我住在南京。", "我现在住在苏州。"), "我住在哪个城市？", "苏州"),
    (("我在华为工作，我老婆叫小美。", "我在阿里巴巴上班了。"), "我老婆叫什么？", "小美"),
    (("我住在苏州，我的狗叫豆豆。", "我现在住在深圳。"), "What's my dog called?", "豆豆"),
    # Eighth pass (session 18), written before any run: health and medication, appointments said relatively,
    # likes that change, relations (in-laws, a boss), numbers, places, habits, things lent and borrowed,
    # plans called off, questions never answered, and general questions over a remark that shares words.
    (("I'm on 50mg sertraline, one tablet at breakfast.",), "What dose of sertraline am I on?", "50mg"),
    (("Doctor put me on metformin twice a day with meals.",), "How often do I take metformin?", "twice a day"),
    (("I'm allergic to penicillin, it gives me hives.",), "Am I allergic to any antibiotics?", "penicillin"),
    (("My inhaler is the blue one, Ventolin, two puffs when I'm wheezy.",), "What inhaler do I use?", "Ventolin"),
    (("Stopped the ibuprofen, the GP said it was bad for my stomach.",), "Am I still taking ibuprofen?", "Stopped"),
    (("I take my thyroid pill at 7am, an hour before coffee.",), "What time do I take my thyroid medication?", "7am"),
    (("My blood pressure was 135 over 85 at the last check.",), "What was my last blood pressure reading?", "135"),
    (("I had my flu jab on Monday.",), "When did I get my flu jab?", "Monday"),
    (("I've been vegetarian since January.",), "Do I eat meat?", "vegetarian"),
    (("My blood pressure is fine, the nurse said.",), "What is my cholesterol level?", None),
    (("Physio next Tuesday at 4.",), "When is my physio appointment?", "Tuesday"),
    (("Eye test in two weeks, at Specsavers on the high street.",), "When is my eye test?", "two weeks"),
    (("Haircut booked for the 14th with Jess.",), "Who cuts my hair?", "Jess"),
    (("The plumber's coming Thursday morning between 8 and 12.",), "When is the plumber coming?", "Thursday"),
    (("Parents' evening at school is on the 22nd at 6.30.",), "When is parents' evening?", "22nd"),
    (("My driving test was moved to 3 March.",), "When is my driving test?", "3 March"),
    (
        ("Dentist check-up next Friday.", "Dentist rang, they've cancelled Friday, need to rebook."),
        "When am I seeing the dentist?",
        "cancelled",
    ),
    (("Yoga Saturday with Kim.", "Kim can't make it, yoga's off this week."), "Am I doing yoga on Saturday?", "off"),
    (
        ("Dinner with the Harrisons on Friday.", "The Harrisons cancelled dinner."),
        "What am I doing on Friday?",
        "cancelled",
    ),
    (("Physio next Tuesday at 4.",), "When is my next dentist appointment?", None),
    (
        ("I used to hate olives.", "Olives have grown on me, I actually like them now."),
        "Do I like olives?",
        "like them now",
    ),
    (("Tea is my thing, never coffee.",), "Do I prefer tea or coffee?", "Tea"),
    (("I can't stand horror films.",), "What kind of films do I dislike?", "horror"),
    (("Favourite band used to be Oasis but these days it's Blur.",), "What's my favourite band?", "Blur"),
    (("I went off sushi after food poisoning in May.",), "Do I like sushi?", "went off"),
    (("My go-to takeaway is Thai green curry.",), "What's my usual takeaway?", "Thai green curry"),
    (("我不喜欢吃香菜。",), "Do I like coriander?", "香菜"),
    (("My sister Kate is married to Dev.",), "What's my brother-in-law called?", "Dev"),
    (("My boss is a woman called Helen Marsh.",), "What's my boss's name?", "Helen"),
    (("Dev is my sister's husband.",), "Who is Dev?", "sister's husband"),
    (("My wife's brother Sam is a pilot.",), "What does my brother-in-law do?", "pilot"),
    (("My neighbour at number 7 is Mrs Green.",), "Who lives at number 7?", "Mrs Green"),
    (("Our nanny Rosa comes on Mondays and Wednesdays.",), "Which days does the nanny come?", "Mondays"),
    (("My best mate from uni is Chris.",), "Who is my best friend?", "Chris"),
    (("My mother-in-law is called Pat.",), "What's my wife's mum called?", "Pat"),
    (("My sister Kate is married to Dev.",), "Who is my husband?", None),
    (("我老板叫张伟。",), "What's my boss called?", "张伟"),
    (("我姐夫是医生。",), "What does my sister's husband do?", "医生"),
    (("Bike lock code is 4729.",), "What's the code for my bike lock?", "4729"),
    (("My debit card PIN is 8812.",), "What's my card PIN?", "8812"),
    (("I'm a size 12 in dresses and a 6 in shoes.",), "What dress size am I?", "12"),
    (("Paid £340 for the new sofa.",), "How much did the sofa cost?", "340"),
    (("Our council tax is £162 a month.",), "How much is the council tax?", "162"),
    (("I've got 3 days of annual leave left.",), "How many holiday days do I have left?", "3 days"),
    (("My waist is 34 inches, inside leg 32.",), "What's my inside leg measurement?", "32"),
    (("Gate code for Mum's building is 1966#.",), "What's the gate code at my mum's?", "1966"),
    (("My passport number ends in 4471.",), "What are the last digits of my passport number?", "4471"),
    (("Bike lock code is 4729.",), "What's my phone PIN?", None),
    (("Our wifi is called Hedgehog_5G.",), "What's the name of our wifi network?", "Hedgehog"),
    (("Left the car on Dean Street, outside the Co-op.",), "Where's the car?", "Dean Street"),
    (("The spare key is under the blue plant pot by the back door.",), "Where do we keep the spare key?", "plant pot"),
    (("Put the passports in the top drawer of the desk.",), "Where are the passports?", "top drawer"),
    (("Christmas decorations are in the loft, left of the hatch.",), "Where are the Christmas decorations?", "loft"),
    (("The stopcock is under the kitchen sink.",), "Where's the water shut-off?", "stopcock"),
    (("我把车停在B2层了。",), "Where did I park?", "B2"),
    (("Gave Tom the spare key.", "Tom gave the key back."), "Who has my spare key?", "back"),
    (("The spare key is under the blue plant pot by the back door.",), "Where is my passport?", None),
    (("I run 5k every Sunday morning.",), "When do I go running?", "Sunday"),
    (("I go to bed around 11 and get up at 6.30.",), "What time do I get up?", "6.30"),
    (("I smoked for ten years but quit in 2019.",), "Do I smoke?", "quit"),
    (("I used to cycle to work but now I take the train.",), "How do I get to work?", "train"),
    (("I walk the dog at 7 and again at 6.",), "When do I walk the dog?", "7"),
    (("I've cut down to one glass of wine at weekends.",), "How much do I drink?", "one glass"),
    (("Every other Friday I play five-a-side.",), "How often do I play football?", "Every other Friday"),
    (
        ("I used to drink a can of Coke every day.", "Haven't touched fizzy drinks since August."),
        "Do I drink Coke?",
        "fizzy",
    ),
    (("Borrowed Jake's ladder on Saturday.",), "Whose ladder do I have?", "Jake"),
    (("Lent Amy £50 last week, she'll pay me back on payday.",), "How much does Amy owe me?", "50"),
    (("Lent my camping stove to my brother.",), "Where is my camping stove?", "brother"),
    (
        ("Lent my camping stove to my brother.", "My brother returned the stove."),
        "Who has my camping stove?",
        "returned",
    ),
    (("I've still got Sophie's Le Creuset pan.",), "Whose pan do I have?", "Sophie"),
    (("Mum borrowed my suitcase for her trip.",), "Where's my suitcase?", "Mum"),
    (("小王借了我的自行车。",), "Who has my bike?", "小王"),
    (("We were going to Crete in June but we've called it off.",), "Where am I going on holiday?", "called it off"),
    (("Scrapped the plan to repaint the kitchen.",), "Am I repainting the kitchen?", "Scrapped"),
    (("Book club moved from Wednesday to Thursday this month.",), "When is book club?", "Thursday"),
    (("I take 20mg of omeprazole.",), "What is omeprazole used for?", None),
    (("My sister lives in Canberra.",), "What is the capital of Australia?", None),
    (("My dog is a beagle.",), "How long do beagles usually live?", None),
    (("Paid £340 for the new sofa.",), "How many pence are in a pound?", None),
    (("I run 5k every Sunday morning.",), "How many miles is 5k?", None),
    (("My flight to Tokyo is on 9 May.",), "What time zone is Tokyo in?", None),
    (("My sister Kate is married to Dev.",), "When is Kate's birthday?", None),
    (("I'm allergic to penicillin, it gives me hives.",), "What is my blood type?", None),
    (("Borrowed Jake's ladder on Saturday.",), "What's Jake's phone number?", None),
    (("I swim three times a week.",), "What's my resting heart rate?", None),
    (("我对花生过敏。",), "我对什么过敏？", "花生"),
    (("下周三下午三点去看牙医。",), "我什么时候看牙医？", "下周三"),
    (("我每天早上吃一片维生素D。",), "我每天吃什么补充剂？", "维生素D"),
    (("我把备用钥匙放在邻居李阿姨家了。",), "备用钥匙在哪儿？", "李阿姨"),
    (("周六的聚会取消了。",), "周六有聚会吗？", "取消"),
    (("My GP is Dr Shah.", "Switched GP practices, now I'm with Dr Moore."), "Who is my GP?", "Moore"),
    (("My gym is £30 a month.", "They put the gym fee up to £35."), "How much is my gym membership?", "35"),
    # Eighth pass, written after the fixes: the classes fixed, in other words, and where they must not reach.
    (("I have a glass of red most nights.", "I've cut out alcohol completely."), "Do I drink wine?", "alcohol"),
    (("I eat steak most weekends.", "I'm off meat since the documentary."), "Do I eat steak?", "meat"),
    (("I play tennis on Thursdays.", "I've given up dairy."), "What sport do I play?", "tennis"),
    (("I drink a lot of tea.", "My husband gave up caffeine."), "Do I drink tea?", "tea"),
    (("Lent my sander to Phil.", "Phil brought the sander back."), "Who has my sander?", "back"),
    (("Lent my sander to Phil.",), "Where is my sander?", "Phil"),
    (("My brother borrowed my tent.",), "Where's my tent?", "brother"),
    (("My husband's sister Ruth is a midwife.",), "What does my sister-in-law do?", "midwife"),
    (("My husband's sister Ruth is a midwife.",), "What does my sister do?", None),
    (("My wife's dad lives in Swansea.",), "Where does my father-in-law live?", "Swansea"),
    (("My wife's dad lives in Swansea.",), "Where does my dad live?", None),
    (("My oldest pal is Dan.",), "Who is my oldest friend?", "Dan"),
    (("Spent £90 on the new boots.",), "How much did the boots cost?", "90"),
    (("The cleaner comes on Fridays.",), "What day does the cleaner come?", "Fridays"),
    (("My card number ends in 0932.",), "What are the last four digits of my card?", "0932"),
    (("Mum's flat has a key safe, code 2468.",), "What's the key safe code at my mum's?", "2468"),
    (("Dad's flat is on the third floor.",), "Which floor is my flat on?", None),
    (("The book group meets on the first Monday of the month.",), "When does the book group meet?", "Monday"),
    (("I feed the cat at 6 and again at 5.",), "When do I feed the cat?", "6"),
    (("Still got Priya's cake tin.",), "Whose cake tin do I have?", "Priya"),
    (("I take the bins out on Sunday nights.",), "What day is the recycling?", None),
    # Session 19, the lead as a new user (a paramedic on night shifts, her son off to university), written
    # before any run: an introduction followed by more about oneself, a job done some way, plans put off.
    (("I'm Priya, I work night shifts as a paramedic in Leeds.",), "What's my name?", "Priya"),
    (("I'm Priya, I work night shifts as a paramedic in Leeds.",), "What's my job?", "paramedic"),
    (("I'm Priya, I work night shifts as a paramedic in Leeds.",), "What do I do for a living?", "paramedic"),
    (("I'm Olga. I moved here from Kyiv in 2022.",), "What's my name?", "Olga"),
    (("I'm Dev, I've got two kids, Maya and Sam.",), "What's my name?", "Dev"),
    (("I'm Chloe and I'm training to be a midwife.",), "What's my name?", "Chloe"),
    (("I'm British, I live in Leeds.",), "What's my name?", None),
    (("I'm Sorry, I forgot.",), "What's my name?", None),
    (("I'm Tired, I need a holiday.",), "What's my name?", None),
    (("I work nights as a porter at the hospital.",), "What's my job?", "porter"),
    (("I work out as a way to relax after my shifts.",), "What's my job?", None),
    (("I work as hard as a mule on the allotment.",), "What's my job?", None),
    (("My daughter works weekends as a lifeguard.",), "What's my job?", None),
    (("My daughter works weekends as a lifeguard.",), "What does my daughter do?", "lifeguard"),
    (("Sam works lunchtimes as a chef.",), "What does Sam do?", "chef"),
    (
        ("We're going to Crete in June.", "The Crete trip is postponed till autumn."),
        "When are we going to Crete?",
        "postponed",
    ),
    (
        ("My son Arjun starts university in Glasgow in September.", "Arjun's decided to defer for a year."),
        "When does Arjun start university?",
        "defer",
    ),
    (("The party is on Saturday.", "I put off telling Mum about the party."), "When is the party?", "Saturday"),
    (("我们六月去云南。", "云南的旅行推迟了。"), "我们什么时候去云南？", "推迟"),
    (
        ("The wedding is at St Mary's on 12 May.", "The wedding's been called off."),
        "When is the wedding?",
        "called off",
    ),
    # The lead's second batch, written before any run (the MOT and the crewmate are still "I don't know").
    (("My crewmate is Gary.",), "Who is my crewmate?", "Gary"),
    (("My crewmate is Gary.",), "Who do I work with?", "Gary"),
    (("My car's MOT is due on 9 February.",), "When is my MOT?", "9 February"),
    (("I've got a smear test booked for the 20th.",), "When is my smear test?", "20th"),
    (("Arjun's student loan comes in on 23 September.",), "When does Arjun get his loan?", "23 September"),
    (("My shift starts at 7pm.",), "What time do I start work?", "7pm"),
    (("I'm vegetarian but I eat fish.",), "Do I eat fish?", "fish"),
    (("My payroll number is 448120.",), "What's my payroll number?", "448120"),
    (("我儿子在格拉斯哥上大学。",), "我儿子在哪里上大学？", "格拉斯哥"),
    (("我是急救员。",), "我是做什么工作的？", "急救员"),
    (("我是健身房会员。",), "我是做什么工作的？", None),
    (("My son Arjun starts university in Glasgow in September.",), "我儿子在哪里上大学？", "Glasgow"),
    (("My manager is called Dawn.",), "Who is my boss?", "Dawn"),
    (("I get the 6:40 bus to the station.",), "What time is my bus?", "6:40"),
    (("My sister's dog is called Bramble.",), "What is my sister called?", None),
    (("My brother's car insurance renews in May.",), "When is my brother's birthday?", None),
    # Ninth pass (session 19, user23), written before any run: a retired widow with grandchildren, a chronic
    # illness and its clinics, a late husband and a new companion, children and in-laws asked the other way
    # round, moves said with someone, an allotment and volunteering, pension and admin, other people's
    # things, Chinese remarks and questions mixed in, corrections, general questions sharing the words.
    (("My granddaughter Ellie is 9 and mad about horses.",), "How old is Ellie?", "9"),
    (("My granddaughter Ellie is 9 and mad about horses.",), "What is my granddaughter into?", "horses"),
    (("My granddaughter Ellie is 9 and mad about horses.",), "How old am I?", None),
    (("I've got three grandkids, Ellie, Jack and Noah.",), "How many grandchildren do I have?", "three"),
    (("My grandson Jack starts big school in September.",), "When does Jack start school?", "September"),
    (("我孙子叫小宇，今年五岁。",), "How old is my grandson?", "五岁"),
    (("我孙子叫小宇，今年五岁。",), "我孙女叫什么？", None),
    (
        ("My grandson Jack loves dinosaurs.", "Jack's birthday is 2 August."),
        "When is my grandson's birthday?",
        "2 August",
    ),
    (("My grandson Jack loves dinosaurs.",), "What does my granddaughter like?", None),
    (
        ("My daughter Sue lives in Leeds.", "Sue's kids are Ellie and Jack."),
        "What are my grandchildren called?",
        "Ellie",
    ),
    (("I'm type 2 diabetic, diagnosed in 2015.",), "When was I diagnosed with diabetes?", "2015"),
    (("I'm type 2 diabetic, diagnosed in 2015.",), "What type of diabetes do I have?", "type 2"),
    (("Started on insulin in March, 10 units at bedtime.",), "How much insulin do I take?", "10 units"),
    (
        ("Started on insulin in March, 10 units at bedtime.", "Nurse upped my insulin to 14 units."),
        "How many units of insulin am I on?",
        "14",
    ),
    (("Diabetic eye screening on the 9th at 10.20, can't drive after the drops.",), "When is my eye screening?", "9th"),
    (("My HbA1c came back at 58, nurse wants it under 53.",), "What was my last HbA1c?", "58"),
    (("Had my left hip replaced in 2021.",), "Which hip did I have replaced?", "left"),
    (("Had my left hip replaced in 2021.",), "When did I have my knee done?", None),
    (("I take metformin 500mg twice a day and atorvastatin at night.",), "What do I take at night?", "atorvastatin"),
    (("The diabetes nurse is called Bev, she's lovely.",), "Who is my diabetes nurse?", "Bev"),
    (("Podiatrist every 3 months for my feet.",), "How often do I see the podiatrist?", "3 months"),
    (("我有高血压，每天吃一片氨氯地平。",), "What do I take for my blood pressure?", "氨氯地平"),
    (("Stopped the statins, they gave me leg cramps.",), "Am I on statins?", "Stopped"),
    (
        (
            "I take metformin 500mg twice a day and atorvastatin at night.",
            "Doctor switched me off atorvastatin onto rosuvastatin.",
        ),
        "What statin do I take?",
        "rosuvastatin",
    ),
    (("Hearing aid appointment at the audiology clinic, Tuesday 2pm.",), "When is my hearing appointment?", "Tuesday"),
    (("My husband Ron passed away in 2019.",), "Am I married?", "passed away"),
    (("My husband Ron passed away in 2019.",), "What was my husband's name?", "Ron"),
    (
        ("My husband Ron passed away in 2019.", "I've been seeing a lovely man called Brian from church."),
        "Who am I seeing?",
        "Brian",
    ),
    (("I've been seeing a lovely man called Brian from church.",), "Where did I meet Brian?", "church"),
    (("Brian's a retired postman.",), "What did Brian do for a living?", "postman"),
    (("Brian's a retired postman.",), "What did I do for a living?", None),
    (("I was a school secretary for 30 years before I retired.",), "What was my job?", "school secretary"),
    (("I was a school secretary for 30 years before I retired.",), "When did I retire?", None),
    (("Retired in 2016 after 30 years at St Hilda's.",), "When did I retire?", "2016"),
    (("My daughter Sue lives in Leeds with her husband Gary.",), "Where does my son-in-law live?", "Leeds"),
    (("My son-in-law Gary is a plumber.",), "What does my daughter's husband do?", "plumber"),
    (("My son-in-law Gary is a plumber.",), "What does my husband do?", None),
    (("My brother-in-law Alf lives in Hull.",), "Where does my husband's brother live?", "Hull"),
    (("My daughter-in-law is called Lihua, she's from Shanghai.",), "What's my son's wife called?", "Lihua"),
    (("我儿媳妇叫丽华，是上海人。",), "What's my daughter-in-law's name?", "丽华"),
    (("My son Mark moved to Shanghai for work in 2020.",), "Where does my son live?", "Shanghai"),
    (
        ("My son Mark moved to Shanghai for work in 2020.", "Mark and Lihua have moved back to Manchester."),
        "Where does Mark live now?",
        "Manchester",
    ),
    (("My son Mark is an engineer at Rolls-Royce.", "Mark got a job with Siemens."), "What does Mark do?", "Siemens"),
    (("My daughter Sue is a teaching assistant.",), "What does my son do?", None),
    (("Sue's husband Gary is a plumber.",), "Who is Gary?", "Sue's husband"),
    (("Moved into the bungalow on Church Lane in May.",), "Where do I live?", "Church Lane"),
    (("Lived in Scarborough for 40 years.", "Moved to Whitby to be near Sue."), "Where do I live now?", "Whitby"),
    (
        ("Lived in Scarborough for 40 years.", "Moved to Whitby to be near Sue."),
        "Where did I live before Whitby?",
        "Scarborough",
    ),
    (
        ("Brian and I live in Pickering.", "Brian and I have moved to Malton."),
        "Which town do Brian and I live in?",
        "Malton",
    ),
    (("My husband and I live in Leeds.", "We've moved to Harrogate."), "Where do my husband and I live?", "Harrogate"),
    (("我和老伴住在苏州。", "我们去年搬到了无锡。"), "我和老伴现在住哪？", "无锡"),
    (("I've got a budgie called Joey.",), "我有什么宠物？", "budgie"),
    (("I've got a budgie called Joey.",), "What's my budgie called?", "Joey"),
    (("I've got a budgie called Joey.", "Joey the budgie died on Sunday, I'm gutted."), "Do I have any pets?", "died"),
    (("我养了两条金鱼。",), "我有什么宠物？", "金鱼"),
    (("My neighbour's cat Tigger keeps coming in through the window.",), "What's my cat called?", None),
    (("Sue's dog is a spaniel called Bonnie.",), "What breed is my dog?", None),
    (("My allotment is plot 14 at Helredale.",), "What's my allotment plot number?", "14"),
    (("Volunteer at the Oxfam shop on Wednesday afternoons.",), "When do I volunteer?", "Wednesday"),
    (
        ("Volunteer at the Oxfam shop on Wednesday afternoons.", "Switched my Oxfam shift to Fridays."),
        "What day do I do the charity shop?",
        "Fridays",
    ),
    (("I sing in the church choir, practice is Thursday nights.",), "When is choir practice?", "Thursday"),
    (("Bridge club Monday at 2 in the village hall.",), "Where is bridge club?", "village hall"),
    (("Given up the bridge club, too many squabbles.",), "Do I still play bridge?", "Given up"),
    (("Growing leeks, onions and runner beans this year.",), "What am I growing on the allotment?", "leeks"),
    (("I knit blankets for the neonatal unit.",), "What do I knit?", "blankets"),
    (("I love a good Agatha Christie.",), "Who's my favourite author?", "Agatha Christie"),
    (("我喜欢跳广场舞。",), "What do I like doing?", "广场舞"),
    (("My pension goes in on the 28th.",), "When is my pension paid?", "28th"),
    (("Bus pass renewal due in October.",), "When does my bus pass need renewing?", "October"),
    (("Sold the Micra, I just use the bus now.",), "What car do I have?", "Sold"),
    (("Sold the Micra, I just use the bus now.",), "How do I get about?", "bus"),
    (("Home insurance is with Saga, renewal 1 March.",), "Who is my home insurance with?", "Saga"),
    (
        ("Home insurance is with Saga, renewal 1 March.", "Moved my home insurance to Aviva, much cheaper."),
        "Who insures my house?",
        "Aviva",
    ),
    (("My council tax is Band C.",), "What band is my council tax?", "Band C"),
    (("Premium bonds number is 120KN456789.",), "What's my premium bond number?", "120KN"),
    (("Brian's daughter lives in Canada.",), "Where does my daughter live?", None),
    (("Sue's birthday is 14 February.",), "When is my birthday?", None),
    (("Brian has a heart condition, he takes warfarin.",), "What medication do I take?", None),
    (("Brian has a heart condition, he takes warfarin.",), "What does Brian take?", "warfarin"),
    (("Gary's van got stolen last week.",), "Has my car been stolen?", None),
    (("My sister Joan is in a care home in Filey.",), "Where is Joan?", "Filey"),
    (("My sister Joan is in a care home in Filey.",), "Where do I live?", None),
    (("我女儿在利兹当老师。",), "What does my daughter do?", "老师"),
    (("我外孙女下个月过生日。",), "When is my granddaughter's birthday?", "下个月"),
    (("My granddaughter Ellie is 9.",), "我孙女几岁了？", "9"),
    (("每周二去医院做透析。",), "When do I have dialysis?", "每周二"),
    (("我的医生是陈医生。", "我换了家庭医生，现在是刘医生。"), "Who is my doctor?", "刘医生"),
    (("Ellie's 9.", "Sorry, Ellie's 10 now, she had her birthday on Saturday."), "How old is Ellie?", "10"),
    (("Choir is Thursday.", "Choir's moved to Tuesday evenings from next week."), "When is choir?", "Tuesday"),
    (
        ("My doctor's appointment is on the 12th.", "Sorry, I meant the 15th, not the 12th."),
        "When is my doctor's appointment?",
        "15th",
    ),
    (("I'm type 2 diabetic.",), "What causes type 2 diabetes?", None),
    (("My allotment is plot 14 at Helredale.",), "When should I plant runner beans?", None),
    (("My son Mark lives in Shanghai.",), "What is the population of Shanghai?", None),
    (("I've got a budgie called Joey.",), "How long do budgies live?", None),
    (("My granddaughter Ellie is 9.",), "What's Ellie's favourite colour?", None),
    (("Brian's a retired postman.",), "How old is Brian?", None),
    (("I've stopped driving, my eyesight isn't good enough.",), "Do I drive?", "stopped driving"),
    (("Started aqua aerobics at the leisure centre on Mondays.",), "What exercise do I do?", "aqua aerobics"),
    (("I used to go to Slimming World but I packed it in.",), "Do I go to Slimming World?", "packed it in"),
    # Ninth pass, written after the fixes and before running them: the classes fixed, in other words, and
    # where they must not reach.
    (("My son-in-law Raj works at the hospital.",), "Where does my daughter's husband work?", "hospital"),
    (("Our daughter-in-law Mei is expecting in May.",), "When is my son's wife due?", "May"),
    (("My father-in-law is 88.",), "How old is my husband's dad?", "88"),
    (("My father-in-law is 88.",), "How old is my dad?", None),
    (
        ("My partner and I live in Exeter.", "We moved to Truro in the autumn."),
        "Which town do my partner and I live in?",
        "Truro",
    ),
    (("Me and my husband rent a cottage in Rye.",), "Where do me and my husband live?", "Rye"),
    (("Aqua fit is on Tuesdays.", "They've moved aqua fit to Thursdays."), "When is aqua fit?", "Thursdays"),
    (
        ("I help at the food bank on Saturdays.", "Changed my food bank day to Sundays."),
        "Which day do I do the food bank?",
        "Sundays",
    ),
    (("Poppy is 4.", "Actually Poppy's 5 now."), "How old is Poppy?", "5"),
    (("My nephew Sam is a barber in Hull.", "Sam got a new job at a garage."), "What does Sam do?", "garage"),
    (
        ("I take lisinopril every morning.", "The doctor took me off lisinopril."),
        "Do I take lisinopril?",
        "took me off",
    ),
    (("We've got two grandsons and a granddaughter.",), "How many grandkids do I have?", "grandsons"),
    (("我外孙今年十岁了。",), "How old is my grandson?", "十岁"),
    (("We have a tortoise called Shelly.",), "我家有什么宠物？", "tortoise"),
    (("Mum's a retired midwife.",), "What did my mum do for work?", "midwife"),
    (("Mum's a retired midwife.",), "What do I do for work?", None),
    (("Moved to a retirement flat in Ilkley last year.",), "Where do I live now?", "Ilkley"),
    (("I had the cataract done two weeks after I turned 70.",), "When did I turn 70?", None),
    (("I used to volunteer at the hospice but I stopped in March.",), "Do I volunteer at the hospice?", "stopped"),
    (("My neighbour's grandkids visit every Sunday.",), "How many grandchildren do I have?", None),
    (("Our allotment is plot 22.",), "Which plot is my allotment?", "22"),
    # Session 19 (tidy24), written before newer.py and lending.py read a return with one list: a thing lent
    # or borrowed coming back, in the words one of the two lists knew and the other did not, and a "back"
    # or "returned" that returns nothing lent.
    (("Lent my drill to Sam.", "Sam handed the drill back yesterday."), "Who has my drill?", "back"),
    (("Lent Jo £20 for the taxi.", "Jo paid me back today."), "How much does Jo owe me?", "paid me back"),
    (("Lent my bike to Chloe.", "The bike was returned on Sunday."), "Who has my bike?", "returned"),
    (("Lent Mark my tent.", "Mark gave it back at the weekend."), "Where is my tent?", "gave it back"),
    (
        ("Borrowed Kim's hedge trimmer.", "Returned the hedge trimmer to Kim."),
        "Whose hedge trimmer do I have?",
        "Returned",
    ),
    (
        ("My neighbour borrowed our lawnmower.", "Got the lawnmower back from next door."),
        "Where is our lawnmower?",
        "back",
    ),
    (("Lent Ravi my projector.", "Ravi is bringing the projector back on Friday."), "Who has my projector?", "Ravi"),
    (("I ride a Brompton.", "Got back from a long ride in the Peak District."), "What bike do I ride?", "Brompton"),
    (("I work at Tesco.", "Returned to work after my holiday."), "Where do I work?", "Tesco"),
    (
        ("My car is a Honda Jazz.", "Took the car back to the garage, the clutch is slipping."),
        "What car do I drive?",
        "Honda",
    ),
]


# A new user's own notes, imported as Markdown or text files (`assistant memory import`), all into one
# store as a user keeps them, and questions in the user's own words about them, English and Chinese, one
# language asking about the other's notes too. Each question with the piece the quoted line must hold (the
# answer is placed at that piece's line), or None where nothing may be cited: things the notes do not say
# and general questions. Written in session 16 (notes21) before any run on them: development data.
NOTES_FILES: dict[str, str] = {
    "home.md": """# Home admin

- Bins: recycling every other Tuesday, general waste on Fridays
- Car insurance: Direct Line, policy no. DL-448213, renews 14 March
- Boiler service: British Gas, booked for 2 February
- Dentist: Dr Okafor at Smile Clinic, next check-up 9 April
- Council tax reference: 7781-2204
- Wifi: BTHub-5G2K, password maple-otter-42
- Landlord: Mrs Patel, 07700 900123
- Meter readings due on the 1st of each month
- Spare key with Tom at number 12
""",
    "garden.md": """# Garden diary

## March
12 March: sowed tomatoes (Gardener's Delight) on the kitchen windowsill.
20 March: pruned the roses back hard.

## April
3 April: potatoes (Charlotte) planted in the raised bed.
18 April: first asparagus spears cut.

## To remember
Feed the tomatoes with comfrey tea every Sunday once the flowers set.
The water butt leaks at the tap; it needs a new washer.
""",
    "packing.md": """# Packing list - Lisbon trip

Flight TP1363 from Gatwick, 7 June, 06:40
Hotel: Casa do Alfama, booking ref 88XQ2

## Clothes
- 4 T-shirts
- swimsuit
- light rain jacket

## Documents
- passport (expires 2029)
- EHIC card
- travel insurance: Aviva, policy 55-120-889
""",
    "recipes.md": """# Recipes

## Gran's flapjacks
250g oats, 125g butter, 125g brown sugar, 3 tbsp golden syrup.
Bake at 180C for 25 minutes.

## Dal
1 cup red lentils, 1 onion, 2 tsp cumin, 1 tin of tomatoes. Simmer for 30 minutes.
""",
    "contacts.txt": """Contacts

Mum: 07700 900456
Plumber: Dave Hughes, 07700 900789
Vet: Riverside Vets, 01632 960321
Babysitter: Amy (Thursdays only)
Doctor: Dr Singh, Park Surgery
""",
    "health.md": """# Health

Blood type: O negative
Allergies: penicillin, cats
Medication: levothyroxine 50mcg every morning before breakfast
Last tetanus jab: May 2021
Blood pressure 128/82 on 4 October
""",
    "笔记.md": """# 家务笔记

- 物业电话：0571-8876 5432
- 停车位：B2层 118号
- 燃气费每两个月交一次
- 女儿的钢琴课：每周六上午十点，王老师

# 体检

- 下次体检：11月20日，市一医院
""",
}

NOTES: list[tuple[str, str | None]] = [
    ("When is bin day?", "every other Tuesday"),
    ("When do the bins go out?", "every other Tuesday"),
    ("When is the recycling collected?", "every other Tuesday"),
    ("What's the wifi password?", "maple-otter-42"),
    ("What is my wifi network called?", "BTHub-5G2K"),
    ("Who has my spare key?", "Tom at number 12"),
    ("What's my landlord's phone number?", "07700 900123"),
    ("When does my car insurance renew?", "14 March"),
    ("Who is my car insured with?", "Direct Line"),
    ("When is the boiler being serviced?", "2 February"),
    ("What is my council tax reference?", "7781-2204"),
    ("When are the meter readings due?", "1st of each month"),
    ("Who is my dentist?", "Dr Okafor"),
    ("When does my TV licence renew?", None),
    ("What's my electricity supplier?", None),
    ("When did I sow the tomatoes?", "12 March"),
    ("What variety of potatoes did I plant?", "Charlotte"),
    ("When did I prune the roses?", "20 March"),
    ("What do I feed the tomatoes with?", "comfrey tea"),
    ("What's wrong with the water butt?", "leaks at the tap"),
    ("When did I plant the apple tree?", None),
    ("What time is my flight?", "06:40"),
    ("What's my flight number?", "TP1363"),
    ("Where am I staying in Lisbon?", "Casa do Alfama"),
    ("What's my hotel booking reference?", "88XQ2"),
    ("When does my passport expire?", "2029"),
    ("Who is my travel insurance with?", "Aviva"),
    ("Did I pack sun cream?", None),
    ("How long do I bake the flapjacks?", "25 minutes"),
    ("What temperature do I bake gran's flapjacks at?", "180C"),
    ("How much golden syrup goes in my flapjacks?", "3 tbsp golden syrup"),
    ("What lentils does my dal use?", "red lentils"),
    ("What's mum's number?", "07700 900456"),
    ("Who is our plumber?", "Dave Hughes"),
    ("What's the vet's phone number?", "01632 960321"),
    ("Which day can the babysitter come?", "Thursdays"),
    ("Who is my doctor?", "Dr Singh"),
    ("What's my electrician's number?", None),
    ("What blood type am I?", "O negative"),
    ("What am I allergic to?", "penicillin"),
    ("When should I take my levothyroxine?", "every morning before breakfast"),
    ("When did I last have a tetanus jab?", "May 2021"),
    ("What was my blood pressure?", "128/82"),
    ("What's my cholesterol level?", None),
    ("物业电话是多少？", "0571-8876 5432"),
    ("我的停车位在哪里？", "B2层 118号"),
    ("燃气费多久交一次？", "每两个月"),
    ("女儿的钢琴课是什么时候？", "每周六上午十点"),
    ("下次体检是什么时候？", "11月20日"),
    ("我的宽带账号是什么？", None),
    ("Where is my parking space?", "B2层 118号"),
    ("When is my daughter's piano lesson?", "每周六上午十点"),
    ("我的wifi密码是什么？", "maple-otter-42"),
    ("我的牙医是谁？", "Dr Okafor"),
    ("我的航班几点起飞？", "06:40"),
    # General questions: the notes must not be cited for them.
    ("What is the capital of Portugal?", None),
    ("How deep should garlic be planted?", None),
    ("How do I make lasagne?", None),
    ("What's a normal blood pressure?", None),
    ("长城有多长？", None),
]

# A second user's notes and questions, written after the fixes of session 16 to NOTES and never tuned
# against: do they hold for notes and phrasings no decision looked at? (--notes reports both.)
NOTES_FRESH_FILES: dict[str, str] = {
    "admin.txt": """Household

Gym membership: PureGym, £24.99 a month, cancels on the 5th
Window cleaner: every fourth Thursday, pay cash £15
Library books due back 22 January
Broadband: Virgin Media, account 99120344
Bike lock code: 4471
""",
    "kids.md": """# Kids

- Ella's school: St Mary's Primary, class 3B, teacher Mr Hollis
- Swimming: Ella, Wednesdays 5pm at the leisure centre
- Sam's shoe size: 11
- Pocket money: £3 every Saturday
""",
    "trips.md": """# Edinburgh weekend

Train from King's Cross, 9:30 on Friday, coach C seat 42
Staying at the Balmoral, confirmation BX-2231

# Things to see
- Arthur's Seat on Saturday morning
- dinner at The Kitchin, table for 2 at 7pm
""",
    "日记.md": """# 生活琐事

- 房租每月15号交
- 车险：平安保险，12月到期
- 儿子的生日：5月3日
- 楼下超市晚上十点关门
""",
}

NOTES_FRESH: list[tuple[str, str | None]] = [
    ("How much is my gym membership?", "£24.99 a month"),
    ("When does the window cleaner come?", "every fourth Thursday"),
    ("When are the library books due?", "22 January"),
    ("What's the bike lock code?", "4471"),
    ("What's my broadband account number?", "99120344"),
    ("Who is Ella's teacher?", "Mr Hollis"),
    ("When is Ella's swimming?", "Wednesdays 5pm"),
    ("What size shoes does Sam take?", "11"),
    ("How much pocket money do the kids get?", "£3 every Saturday"),
    ("What time is my train to Edinburgh?", "9:30"),
    ("Which seat am I in on the train?", "seat 42"),
    ("Where are we staying in Edinburgh?", "the Balmoral"),
    ("What time is our dinner booking?", "7pm"),
    ("When do I pay the rent?", "15号"),
    ("房租什么时候交？", "15号"),
    ("我的车险什么时候到期？", "12月到期"),
    ("When is my son's birthday?", "5月3日"),
    ("超市几点关门？", "晚上十点"),
    ("What's Sam's shirt size?", None),
    ("When is Ella's piano lesson?", None),
    ("What's my gas account number?", None),
    ("When is the car's MOT due?", None),
    ("我的体重是多少？", None),
    ("What is the population of Edinburgh?", None),
    ("How tall is Arthur's Seat?", None),
    ("How much should I pay a window cleaner?", None),
]

# A user's notes in one language and questions in the other (session 18), written before the pipeline was run
# on them: English questions over Chinese notes, Chinese questions over English notes; about half answerable
# (a piece of the answering line to be quoted), the rest asked of what the notes do not say (None).
CROSS_NOTES_FILES: dict[str, str] = {
    "生活笔记.md": """# 生活笔记

每月15号交房租。
物业电话是 021-5555-1234。
我的车停在B2层的128号车位。
女儿每周三下午去学钢琴。
医生说我对青霉素过敏。
Wi-Fi 密码是 sunflower2024。
垃圾每周二和周五晚上收。
备用门钥匙放在门口的花盆下面。
我的护照在卧室的抽屉里。
牙医预约在三月八号上午十点。
猫粮在厨房柜子的最上层。
水费每两个月交一次。
妈妈的生日是十月三号。
""",
    "household.md": """# Household

- The boiler was serviced on 12 March; the next service is due next March.
- Bins go out on Tuesday night.
- Grandma's birthday is on 4 August.
- The spare car key is in the blue box in the hallway drawer.
- My blood type is O negative.
- Guitar teacher: Mrs Okafor, lessons on Thursday at 5 pm.
- The landlord's number is 07700 900123.
- Parking permit number: PK-4471.
- Library books are due back on the 20th.
- The vet said the dog needs a rabies booster in May.
- My passport expires in June 2029.
""",
}
CROSS_NOTES: list[tuple[str, str | None]] = [
    # English questions, Chinese notes
    ("When is the rent due?", "15号交房租"),
    ("What is the phone number of the property management?", "021-5555-1234"),
    ("Where is my car parked?", "128号车位"),
    ("When does my daughter go to piano lessons?", "学钢琴"),
    ("What am I allergic to?", "青霉素"),
    ("What is the Wi-Fi password?", "sunflower2024"),
    ("When is the rubbish collected?", "垃圾每周二"),
    ("Where is the spare door key?", "花盆"),
    ("Where is my passport?", "抽屉"),
    ("When is my dentist appointment?", "三月八号"),
    ("Where is the cat food?", "猫粮"),
    ("How often do I pay the water bill?", "水费"),
    ("When is Mum's birthday?", "十月三号"),
    ("When is my electricity bill due?", None),
    ("What is my bank account number?", None),
    ("Where is my bicycle?", None),
    ("When does my daughter have swimming lessons?", None),
    ("What is the gas company's phone number?", None),
    ("When is my haircut appointment?", None),
    ("What is my dad's birthday?", None),
    # Chinese questions, English notes
    ("锅炉下次什么时候保养？", "next service"),
    ("垃圾什么时候拿出去？", "Tuesday night"),
    ("奶奶的生日是哪天？", "4 August"),
    ("备用车钥匙在哪里？", "blue box"),
    ("我的血型是什么？", "O negative"),
    ("吉他课是星期几？", "Thursday"),
    ("房东的电话号码是多少？", "07700 900123"),
    ("停车证号码是多少？", "PK-4471"),
    ("图书馆的书什么时候要还？", "20th"),
    ("狗什么时候要打狂犬疫苗？", "rabies"),
    ("我的护照什么时候过期？", "June 2029"),
    ("爷爷的生日是哪天？", None),
    ("我的身份证号码是多少？", None),
    ("游泳课是星期几？", None),
    ("电费什么时候交？", None),
    ("我的驾照什么时候过期？", None),
    ("医生的电话是多少？", None),
    ("猫的疫苗什么时候打？", None),
]


BOOK_DEV10: list[tuple[str, str]] = [
    # People asked about by a name the answering passage does not use (session 19, bookname24): Phyllis is
    # "Miss Derrick" or "she", the narrator "Mr. Garnet", "Garny" or "I", Millie "my wife". Written from the
    # book's text before the cast (books/cast.py) was measured on them.
    ("What did Phyllis say she could do while she painted?", "I can listen while I paint"),
    (
        "What did Ukridge bring out of the narrator's clothes for the wet professor?",
        "A sweetly pretty thing in grey flannel",
    ),
    ("Since when had Beale not had a proper turn-up, as he told the narrator?", "since I’ve been a time-expired man"),
    ("What did the professor tell the narrator his drink tasted pleasanter than?", "pleasanter than salt water"),
    ("Whom did Beale beg the narrator to let him have just one go at?", "one go at that Charlie"),
    (
        "Whom did Ukridge ask the narrator about when he found strangers among the fowls?",
        "infernal scoundrels in the fowl-run",
    ),
    (
        "According to Millie, how did Edwin feel after killing the other two birds?",
        "so sorry after he had killed those other two",
    ),
    ("Which game did Phyllis say the narrator was better at than tennis?", "better at golf than at tennis"),
    ("What was the best score Phyllis said her father had ever done?", "The best father has ever done is ninety"),
    ("How many of the morning's letters did Ukridge say were for the narrator?", "Two for you, Garny"),
    ("What word did Ukridge ask the narrator to explain?", "What’s a guffin"),
    ("Where had Phyllis gone, according to Chase on the tennis court?", "she’s gone into the house"),
    ("How was Phyllis, according to the professor's messenger?", "Miss Derrick is perfectly well"),
    ("How did Millie describe the last letter from Harrod's?", "The last letter from Harrod’s was quite pathetic"),
    ("What did Millie hope the hens would be let do with some of the eggs?", "let the hens hatch some of the eggs"),
    ("What did Ukridge ask the narrator on coming back into the room, after years apart?", "Still buzzing along"),
    ("What did Ukridge ask whether the narrator had received?", "you didn’t get my note"),
    ("What did Garnet say shapes our ends when he forgave Hawk?", "There is a Divinity that shapes our ends"),
    ("Whom did Jeremy Garnet and Phyllis Derrick play at croquet?", "played the professor and Tom Chase"),
]


# Chinese questions about the English book (session 17): a reader of *Love Among the Chickens* asking the
# assistant in Chinese. One passage of the book's EPUB import was drawn from each fortieth of the book with
# `random.Random(22)` and read, and one question written from each of 36 of them (not the preface, which the
# Markdown import lacks; a passage already asked about in English got a different question) before the pipeline
# was run on any. Names stay in Latin letters as a reader copies them from the page (Ukridge, Phyllis, Hawk);
# the rest is in a reader's own Chinese words, not a translation of the answering sentence. Each phrase is copied
# from the text as it is. The comment on each is the passage's index in the EPUB import. All development data.
BOOK_ZH_DEV: list[tuple[str, str]] = [
    ("叙述者是哪个俱乐部的会员？", "Clubs: Arts"),  # 13
    ("Ukridge 为什么只读到了叙述者小说的第三页？", "wasn’t running a free library"),  # 21
    ("叙述者在火车上看到那个女孩在读哪本书？", "her book was The Manœuvres of Arthur"),  # 41
    ("叙述者把那个女孩眼睛的蓝色比作什么？", "like the sea at noonday"),  # 50
    ("狗堵着门的时候，他们是从哪里进到屋里的？", "The kitchen window proved to be insecurely latched"),  # 56
    ("叙述者想象自己坐在草坪上的什么椅子里抽烟？", "sitting in a deck-chair on the lawn"),  # 65
    ("Bob 冲出来以后，那只跑得最快的大黄鸡朝哪个城市跑去了？", "nearing London by this time"),  # 85
    ("Ukridge 住的那栋房子要付房租吗？", "lent him rent free"),  # 91
    ("那只叫 Aunt Elizabeth 的母鸡下过蛋吗？", "declining to lay a single egg"),  # 98
    ("Aunt Elizabeth 从叙述者手里溜走以后躲到哪儿去了？", "entrenched herself in some bushes"),  # 111
    ("Phyllis 说她不喜欢叙述者书里的哪个人物？", "I didn’t like your heroine"),  # 123
    ("叙述者带教授看养鸡场时，说母鸡一开始怎么样？", "Hens wouldn’t lay at first"),  # 129
    ("第九章开头讲的故事里，女店员朝公共汽车售票员扔了什么？", "superannuated orange"),  # 145
    ("叙述者原本打算把他的新小说写成什么样的作品？", "light comedy effort"),  # 160
    ("叙述者早饭后通常在哪里散步？", "as was my habit after breakfast"),  # 164
    ("Hawk 想到自己也会被弄湿以后，把要价提高到了多少？", "raised the price to a sovereign"),  # 181
    ("船翻了以后，Hawk 坐在船里用什么往外舀水？", "baling pensively with an old tin can"),  # 190
    ("叙述者对 Ukridge 说船为什么会翻？", "an attack of cramp"),  # 194
    ("叙述者说这一切开始得就像哪位作家的寓言？", "George Ade’s fable"),  # 214
    ("叙述者说他会永远把哪种花的香味和评论联系在一起？", "scent of yellow lupin"),  # 216
    ("打网球时 Phyllis 是在第几局结束后进屋的？", "At the end of the fifth game"),  # 236
    ("Ukridge 真正寄出去的那几个鸡蛋送到了伦敦哪些地方？", "Brompton and Bayswater"),  # 242
    ("叙述者那位有钱的叔叔娶过几个妻子？", "married three wives"),  # 252
    ("第一批母鸡是得什么病死的？", "all died of roop"),  # 273
    ("叙述者觉得自己的生活被毁了，他怪谁？", "Because of the reptile, Hawk"),  # 283
    ("鸡得了病的时候，要往它们的喉咙上涂什么？", "painting their throats with turpentine"),  # 293
    ("Phyllis 为什么坚持要把订婚的事告诉父亲？", "ever kept anything from him in my life"),  # 321
    ("Aunt Elizabeth 曾经向 Ukridge 请教怎么喂她的什么狗？", "toy Pomeranian"),  # 333
    ("Ukridge 说他第二天早上几点去给叙述者撑腰？", "About eight tomorrow morning"),  # 335
    ("Ukridge 劝教授从什么人的角度去看那次安排好的营救？", "standpoint of a philosopher"),  # 351
    ("叙述者猜教授输球后会后悔在第十洞用了哪根球杆？", "used his iron instead of his mashie at the tenth"),  # 366
    ("按照当地的规则，球掉进沟里的球员可以怎么做？", "throw it over his shoulder, losing a stroke"),  # 373
    ("Beale 的表情为什么从来不变？", "It’s a way they have in the Army"),  # 382
    ("那个骗子花多少钱买了一顶帽子？", "bought a hat for three-and-sixpence"),  # 391
    ("从 Whiteley 商店来的那个年轻人穿的是什么？", "frock coat and silk hat"),  # 406
    ("故事最后 Ukridge 想开一个什么农场？", "start a duck farm"),  # 432
]

# Chinese general questions asked with the book imported: nothing in it answers them, so they stay uncited.
# Some in words the book also uses (鸡蛋, 高尔夫, 伦敦).
GENERAL_ZH_DEV: list[str] = [
    "法国的首都是哪里？",
    "蜘蛛有几条腿？",
    "鸡蛋要煮几分钟才能煮熟？",
    "高尔夫球一场有多少个洞？",
    "从伦敦到巴黎坐火车要多久？",
    "谁写了《哈姆雷特》？",
]
