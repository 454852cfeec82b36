"""Document totals on short reports written for these tests: the sum a careful reader gets
(killed: sum of values of claims that are not parts of a larger figure and not denied)."""
import pytest

from helpers import claims_of, total


# (report, killed, wounded)
REPORTS = [
    # a child shot and a girl (or son, teen) who died may be one: no wounded left over
    ("A seven-year-old girl died after a stray bullet hit her. The child was shot while playing in the yard.", 1, 0),
    ("Police said the teenager was shot near the park. Their son died in surgery, his parents said.", 1, 0),
    # the gunman's own death is none of those he shot: it does not thin their wounded
    ("A gunman shot four diners at a cafe and then turned the gun on himself. The diners were rushed to hospital.", 1, 4),
    ("The suspect shot two coworkers before turning the gun on himself, officers said.", 1, 2),
    # a gun turned on oneself with the shooter still alive after it is no death
    ("The suspect turned the pistol on himself but lived and was flown to a trauma center.", 0, 0),
    ("A man shot his brother and then turned the gun on himself; he remains in critical condition.", 0, 1),
    # perpetrators are counted with their victims
    ("Gunmen raided a border post overnight. Two guards and four gunmen were killed and three guards were hurt.", 6, 3),
    ("In addition to the attacker, three worshippers were killed when the device went off.", 4, 0),
    # "in addition to the assailants" without a count: as many as counted elsewhere, not one more
    ("Troops killed both gunmen after a siege. In addition to the gunmen, at least 12 people were killed.", 14, 0),
    ("Two bombers struck a rally. One more attacker was shot dead. In addition to the three attackers, 40 people died.", 43, 0),
    # a subset list without its closing comma is still a subset
    ("At least 10 people, including six militants and four soldiers were killed in the clashes.", 10, 0),
    ("Three people, including two gunmen and a guard were killed and two people, including a guard, were injured.", 3, 2),
    # subsets are parts, not additions
    ("Nine people, including a police officer and two pupils, died in the blast.", 9, 0),
    ("Militants killed 20 villagers, among them six women, the governor said.", 20, 0),
    # a headline and the body state one figure
    ("Four dead in warehouse fire\n\nFour workers died when the warehouse caught fire, the fire service said.", 4, 0),
    # a summary line restates the sum of the groups
    ("A farmer and his nephew were found dead near the road. 2 fatalities.", 2, 0),
    # singular and named victims
    ("A taxi driver was shot dead at a checkpoint.", 1, 0),
    ("Hostile fighters ambushed the patrol and killed Daniel Okafor, a medic.", 1, 0),
    ("Ruth Mbeki, a school teacher, was killed by a stray bullet.", 1, 0),
    ("The officer was injured and his partner was killed in the exchange.", 1, 1),
    # the hostages counted before are the ones killed
    ("Kidnappers seized four engineers on Monday. The hostages were executed two days later.", 4, 0),
    # the same people hit by gunfire: shot minus killed are the wounded
    ("Seven men were shot outside a bar, two of them fatally.", 2, 5),
    ("Five people were shot at a party and one of them died in hospital.", 1, 4),
    ("Three teenagers were shot on a basketball court on Sunday evening.", 0, 3),
    # how some of the hit are doing is not a second group; "others" is
    ("Six people were hurt when a car was sprayed with bullets, with two in critical condition.", 0, 6),
    ("Four were wounded outside a club and one was left in serious condition.", 0, 4),
    ("Three men were hospitalized, two in stable condition and one with minor injuries.", 0, 3),
    ("Five were wounded and two others are in critical condition.", 0, 7),
    ("The three victims were taken to a hospital, one with serious injuries and the other two in stable condition.", 0, 3),
    ("Four other victims were shot, three with injuries not considered to be life-threatening and one who was in critical condition.", 0, 4),
    # "one of the shooters in the incident that killed X": the incident's verbs, not the shooter's fate;
    # a name with an age is a person, whatever town shares the surname
    ("Dale Ortiz, 30, was one of the gunmen in the attack that also killed Barry Lincoln, 56, and left five others injured.", 1, 5),
    # "among the injured": one of the group; "among the wounded" after deaths: another group
    ("Six people were wounded in the drive-by, which left a toddler among the injured.", 0, 6),
    ("Two soldiers were killed and a nurse was among the wounded.", 2, 1),
    ("Three soldiers were killed and a medic was among the wounded.", 3, 1),
    ("A grocer was shot dead outside his shop on Friday.", 1, 0),
    ("Five people died; two children were among the dead.", 5, 0),
    # a toll that counts the one just reported
    ("A man wounded in the attack has died, bringing the death toll to four.", 4, 0),
    # "both X and Y" are the two; "all three" are the objects of the verb, not more victims
    ("Both Ortega and Lewis died later at the hospital.", 2, 0),
    ("Investigators say the neighbor's adult son killed all three with a rifle.", 3, 0),
    # a predicate describes the same person; an apposition after "one of" names the same one
    ("Two men, including one male believed to be a teenager, were found dead.", 2, 0),
    ("One of the victims, Dana Whitfield, 47, later died, police said.", 1, 0),
    # "fatally wounded" is killed; "another" as the verb's object is one more
    ("Deputies returned fire and fatally wounded the gunman.", 1, 0),
    ("The teen fatally wounded two classmates and seriously wounded another.", 2, 1),
    # a single victim "taken off life support" died
    ("Boy Shot In Head At Birthday Party Taken Off Life Support", 1, 0),
    # asides between dashes or brackets; a headline's comma joins a second group to the verb
    ("Four teenagers -- including two girls -- were hurt by gunfire at a park.", 0, 4),
    ("Three young people - two teenagers and a 10 year old - are recovering after a shooting.", 0, 3),
    # cue words without a casualty stem still reach the analysis
    ("A man was gunned down outside his shop on Friday.", 1, 0),
    ("An elderly farmer passed away two days after the raid.", 1, 0),
    ("Three relatives were treated and released from the hospital.", 0, 3),
    ("Five people (including a toddler) were wounded when shots hit a bus stop.", 0, 5),
    ("Gunman wounds a 9-year-old, 2 others in drive-by", 0, 3),
    ("The gunman shot a woman, her son and two neighbors before fleeing.", 0, 4),
    # a relative clause's verb takes the second object, not the main verb
    ("Officers shot and killed a man who held his wife and a child hostage in the house.", 1, 0),
    # named victims "taken to a hospital with non-life-threatening injuries" survived: none is the dead man
    ("Marcus Bell, 19, Tia Brooks, 22, and Omar Diaz, 30, were taken to a hospital with non-life-threatening injuries. "
     "A fourth man died at the scene.", 1, 3),
    # "one of three people wounded": three were wounded; but not one of a running tally
    ("The teenager was one of three people wounded outside the arena.", 0, 3),
    ("Teen one of two people injured in shooting near parade route", 0, 2),
    ("Tariq Bell, 18, was one of three teenagers who were struck by gunfire outside the rink.", 0, 3),
    ("She was one of 300 people shot in the city this year.", 0, 0),
    # a later verb says what befell the one: the group was hit, the one died
    ("One of 6 shot outside a nightclub dies of injuries", 1, 5),
    ("One of the four people hospitalized after the shooting has died.", 1, 3),
    # "one of three killed and 20 wounded that night" is a round-up's tally: the one is the story
    ("He was one of three people killed and 20 wounded across the city that night.", 1, 20),
    # "along with" goes on after "and"
    ("The district chief was killed along with his driver and four other people on Sunday.", 6, 0),
    ("Clashes resulted in the killing of 1 member of the border police and 1 member of the militia.", 2, 0),
    # agent nouns and later deaths
    ("On Friday a shopkeeper was shot dead in the market.", 1, 0),
    ("A local journalist was kidnapped on Monday and later found dead.", 1, 0),
    ("Border guards shot two smugglers to death near the river.", 2, 0),
    ("Six bodies were recovered from the rubble on Sunday.", 6, 0),
    ("The raid left 3 ISIS fighters dead.", 3, 0),
    ("Troops destroyed 40 homes in the village.", 0, 0),
    ("Troops destroyed 40 civilian houses in the village.", 0, 0),
    ("Artillery destroyed up to 30 servicemen of the 5th Brigade, the ministry said.", 30, 0),
    ("Four farmers including a village elder were abducted and killed by armed men.", 4, 0),
    # unknown numbers coordinate; subset lists stay subsets; partitives take their own verb
    ("Two guards and an unknown number of raiders were injured in the fighting.", 0, 2),
    ("At least five people, including three soldiers and at least one contractor, were hurt by the blast.", 0, 5),
    ("Militants seized 30 travellers on the highway; 9 of these passengers were wounded.", 0, 9),
    # acronyms, appositions with commas, "stabbed and killed", reflexives
    ("Twelve Afghan Local Police (ALP) members were killed at the post.", 12, 0),
    ("At least two guards, including Omar Said, a shift leader, were killed in the raid.", 2, 0),
    ("Colonel Ivan Petrov, a retired officer, was stabbed and killed outside his home.", 1, 0),
    ("The attacker opened fire, wounding four shoppers before killing himself.", 1, 4),
    ("Gunmen attacked and killed farmer Jonas Meyer near the border.", 1, 0),
    # bodies, pronoun objects, adjectival participles, parentheses in victim words
    ("Police said the body of a young man was found in a canal on Sunday.", 1, 0),
    ("Soldiers stopped a driver at a checkpoint and shot him dead.", 1, 0),
    ("An injured soldier died in hospital on Monday.", 1, 0),
    ("Eight guards from the 3rd Battalion (border unit) were reported killed.", 8, 0),
    ("A boy and an adolescent were killed when the roof fell. 2 fatalities.", 2, 0),
    # a dataset's coding note is the record's own total
    ("Rebels ambushed a convoy, killing several drivers. Unclear fatalities coded as 6.", 6, 0),
    ("Three guards were killed at the gate by a sniper. Fatalities coded as 0 (a local radio station reported 3).", 0, 0),
    ("Nine fighters died in two days of raids on the camps. Fatalities are split across 2 events (4).", 4, 0),
    # ... and where it divides a count among events, locations or days, the record's share
    # (evenly, rounded down: the dataset gives the remainder to one of them)
    ("During the night one guard was killed at a depot (2 fatalities split among 4 events).", 0, 0),
    ("Rebels shelled three villages. Fatalities coded as 9, spread across three locations.", 3, 0),
    ("Clans fought over the well. Four fatalities distributed across two days.", 2, 0),
    ("Militias fought for a week. Deaths coded as 12 (a dozen) and split between 4 events.", 3, 0),
    ("Deaths coded as 8, split between the two events, with 4 coded to each.", 4, 0),
    ("Jets struck the base. Its fatalities and injuries coded as 7.", 7, 0),
    ("Guns fired on the hills. Fatalites coded as 9, split across three days.", 3, 0),
    # ... not a fire or a force spreading, nor a story's deaths spread over days or places
    ("The cold snap killed 30 people. The 30 deaths were spread over three days, the health office said.", 30, 0),
    ("Food was distributed to survivors. Casualties were counted as 25, most of them hurt, officials said.", 0, 0),
    ("The fire spread across three districts, killing 4 people.", 4, 0),
    # the count inside "the bodies of"; a hedged part and an asserted summary line still add up
    ("The bodies of three fishermen were pulled from the lake on Sunday.", 3, 0),
    ("Around 2 June (as reported), a nurse and a driver were found dead. 2 fatalities.", 2, 0),
    # prisoners as victims, families, "the killing of", "killing/injuring"
    ("About 25 prisoners were killed when guards fired into the yard.", 25, 0),
    ("A mortar round killed a family of five in their home.", 5, 0),
    ("The fighting led to the killing of 4 raiders and 2 watchmen.", 6, 0),
    ("Jets struck the base, reportedly killing/injuring sixty soldiers.", 0, 0),
    # "captured, disarmed and later killed three guards": the captured did the killing
    ("Two convicts were caught, disarmed and later killed three guards in a breakout.", 3, 0),
    ("Two convicts were arrested and later killed three guards in a breakout.", 3, 0),
    # a named person coordinated with a counted group; a participle takes no object
    ("Okonkwo and his driver were killed and three guards were injured in the ambush.", 2, 3),
    ("Karimi and two of her colleagues died when the office was bombed.", 3, 0),
    ("Ana B. Reyes and two neighbours were found dead.", 3, 0),
    ("Police named the dead as 70-year-old Rosa Diaz, 41-year-old Ines M. Vidal and 9-year-old Leo Vidal.", 0, 0),
    ("One person was killed two people were wounded in the explosion.", 1, 2),
    # suicide bombers who detonate die, unless the report already counts the attackers
    ("Two suicide bombers detonated at a bus stop. No other casualties were reported.", 2, 0),
    ("A suicide bomber detonated at the gate. One guard was killed and two were hurt.", 2, 2),
    ("Three suicide bombers detonated at a rally. Ten people, including the three attackers, were killed.", 10, 0),
    ("Engineers detonated 12 old shells at the range.", 0, 0),
    # an apposition names the same person again
    ("At least one person, a retired judge, was killed in the blast.", 1, 0),
    # named and described victims after the verb, with appositions and acronyms
    ("Gunmen shot and killed Rahimi, a school teacher, near his home.", 1, 0),
    ("Gunmen shot and killed a Border Security Service (BSS) officer at dawn.", 1, 0),
    ("Attackers killed an election official on the road to the town.", 1, 0),
    ("Haidari, the deputy head of the district council (DDC) for the northern zone, was killed in the blast.", 1, 0),
    ("The employee was killed in the robbery.", 1, 0),
    # a story restates its toll: smaller figures elsewhere are parts of it
    ("3 dead in warehouse shooting\n\nTwo workers died at the scene, police said. A third man, Lee Park, died in hospital.", 3, 0),
    ("Five people were wounded at a party. One victim, a 19-year-old, was wounded in the leg.", 0, 5),
    # ... unless the sentence is about another incident
    ("Two people were killed in a crash on Main Street. In a separate incident, a cyclist was killed downtown.", 3, 0),
    # "he died": someone the story counted already, or the only death it reports
    ("A man was shot near the park on Sunday. He died at the hospital.", 1, 0),
    ("Police said Dario Conti, 31, was shot and killed. He died at the scene.", 1, 0),
    ("Police arrested a teenager in the shooting death of a 6-year-old boy.", 1, 0),
    ("Gunmen killed Okafor near the market.", 1, 0),
    # counts are never followed by an article; rates are no counts; holidays are no names
    ("Photo 2 of 12 A woman died after the crash.", 1, 0),
    ("The county recorded 11.4 deaths per 100,000 residents.", 0, 0),
    ("Deputies named the three people killed Christmas Day.", 3, 0),
    # partitives, relative clauses, sources, glued sentences, local officials restating one another
    ("Police say three of the four victims were shot to death.", 3, 0),
    ("The teenager who was shot outside the school on Friday has died, police said.", 1, 0),
    ("According to the deputy coroner, two people are dead.", 2, 0),
    ("Two people were killed and three were hurt.Maria Lopez was one of the victims who died.", 2, 3),
    ("One man was killed in the shooting, police said. A spokeswoman for the city said one man died in an alley.", 1, 0),
    # shot minus killed is the wounded figure when the story's own wounded figures add up to fewer
    ("Five people were shot at a bar, one fatally. Two of the victims were listed in critical condition.", 1, 4),
    ("Two teens were shot on the east side. Police responded to reports of a person shot near the school.", 0, 2),
    # the shooter is not the shot; "fatally shot" after an auxiliary is killed
    ("Two boys were hospitalized after a friend accidentally shot them in a garage.", 0, 2),
    ("A man and a woman were found fatally shot in the car.", 2, 0),
    ("Four of the victims sustained non-life-threatening injuries.", 0, 4),
    # a subset who died; surnames that are also towns; "fatally shooting"
    ("Four people were injured, including a 20-year-old man who succumbed to his injuries.", 1, 4),
    ("Camarillo was pronounced dead at the hospital.", 1, 0),
    ("He wounded a neighbour before fatally shooting two teenagers.", 2, 1),
    # any adverb between the auxiliary and the verb; "where he died"
    ("A 22-year-old man was accidentally shot in the chest by a friend.", 0, 1),
    ("The driver was critically injured and taken to a hospital, where he died.", 1, 0),
    # adverbs keep the active voice; parents of N; ages in months; "one of N" in apposition
    ("Two men fatally shot three guards at the gate.", 3, 0),
    ("Police said the father of 3 was fatally shot outside a store.", 1, 0),
    ("Police charged him in the killing of 8-month-old Leo Park.", 1, 0),
    ("A 19-year-old woman, one of four people hit by gunfire on Friday, has died.", 1, 3),
    # headline English; phone numbers and ages after "also"; relative clauses in the active voice
    ("Teen shot in Tulsa dies, two others wounded", 1, 2),
    ("Neighbours made a 911 call saying three people were shot.", 0, 3),
    ("Another boy, also 14, was shot in the leg.", 0, 1),
    ("The uncle of a gunman who killed five shoppers was arrested.", 5, 0),
    ("Clinton County deputy dies in crash after a chase", 1, 0),
    ("One of the five, a 30-year-old woman, died in hospital, police said.", 1, 0),
    ("9-year-old Dayton girl shot in the leg, killed", 1, 0),
    # ages listed after the people; clock times; partitive groups after "of"
    ("Two sisters, 7 and 5, were shot and wounded on the porch.", 0, 2),
    ("Three of four victims were killed in the attack.", 3, 0),
    ("Just before 4 o’clock one person was found dead in the street.", 1, 0),
    ("A Lake County High School student was killed and two friends were hurt.", 1, 2),
    ("A teenager who was caught in the crossfire near the fair has died, the coroner said.", 1, 0),
    ("Two of those men, 23-year-old Ray Ortiz and 24 year old Sam Diaz, died after the shooting.", 2, 0),
    ("During a search of the house, deputies found Harlan dead in the garage.", 1, 0),
    ("Officers found him dead in the car.", 1, 0),
    ("He called police on May 29 saying the boy had accidentally shot himself.", 0, 1),
    ("All three friends rushed into the room saying their cousin had been shot.", 0, 1),
    ("Deputies found five victims wounded, two of them already dead.", 2, 3),
    # the shot who survived are wounded; "another injured"
    ("A girl was shot and killed on Friday. Her mother was also shot, but survived.", 1, 1),
    ("The deputy was also shot but is in stable condition.", 0, 1),
    ("A man was killed and another injured early this morning.", 1, 1),
    # patients are wounded
    ("The shooting sent four people to the hospital.", 0, 4),
    ("Two men were listed in critical condition after the attack.", 0, 2),
    ("The firm sent 30 workers to the plant.", 0, 0),
    # no one
    ("No one was hurt when the shell hit an empty school, officials said.", 0, 0),
    ("Nobody was killed in the blast.", 0, 0),
    # ages in apposition are not counts
    ("Marcus Hill, 19, died at the scene, police said.", 1, 0),
    ("Two women, 31 and 24, who were both hit in the arm, walked into the clinic.", 0, 0),
    ("Two brothers, 17 and 15, were both shot on the porch and are recovering.", 0, 2),
    # negation and what might have happened
    ("The bus overturned on the bend, but the driver and 12 passengers were not injured.", 0, 0),
    ("The teacher was not seriously hurt in the scuffle.", 0, 1),
    ("The round went through the bedroom wall and could easily have killed him.", 0, 0),
    ("Had the crowd been larger, there would have been ten or twelve people dead, the chief said.", 0, 0),
    ("The round nearly killed his neighbour, who was standing at the window.", 0, 0),
    ("There should've been a dozen people dead, the sheriff said.", 0, 0),
    # "others" shot are over and above the dead; "at least" carries to the derived figure
    ("Teenager killed, 4 others shot outside a skating rink", 1, 4),
    ("At least 20 people were shot over the holiday weekend, three of them fatally.", 3, 17),
    # a relative clause inside a partitive is not the main verb
    ("One of the riders who was struck by the car later died at the hospital.", 1, 0),
    # shooters are not victims; "shot at" hits nobody
    ("The sniper who shot three marines was caught on Friday.", 0, 3),
    ("The deputy who shot at the fleeing driver has been placed on leave.", 0, 0),
    ("A man in a hooded jacket has shot and wounded two cashiers at a gas station.", 0, 2),
    # hospital and recovery words; headlines with an age for a noun; "the shooting of"
    ("Shooting on the east side puts three men in hospital", 0, 3),
    ("The ferry landed 40 sailors at the port.", 0, 0),
    ("A 12-year-old is recovering after being shot at a bus stop.", 0, 1),
    ("Police hunt gunman who wounded 8-year-old boy in city park", 0, 1),
    ("9-year-old shot while riding bike near school", 0, 1),
    ("Police have few leads in the shooting of a 16-year-old boy last month.", 0, 1),
    ("Hunter accidentally shoots himself in foot near Elk River", 0, 1),
    ("6-year-old hit by stray bullet while playing outside", 0, 1),
    ("Teen dead, another wounded in overnight shooting", 1, 1),
    ("Two sisters, both 12 or younger, were hurt when the gunfire broke out.", 0, 2),
    ("He is 52 and he hasn't been shot in all his years on the force.", 0, 0),
    ("A Dayton man allegedly shot another man and a teenage girl after the game.", 0, 2),
    ("The man was shot in the back and was rushed to the county hospital in critical condition before he was pronounced dead.", 1, 0),
    # victims listed by name, with or without ages
    ("Officers said Carla Diaz, 34, and Ben Okoro, 41, were shot dead in the car park.", 2, 0),
    ("Lena Park, 19; Omar Haddad, 20; and Jo Reyes, 18 all died at the scene.", 3, 0),
    ("Tom Baker and Ali Rahimi were wounded when the shots rang out.", 0, 2),
    ("The two guards, named as Tom Baker and Ali Rahimi, were killed at the gate.", 2, 0),
    ("Shelling hit Kharkiv and Kherson, officials said.", 0, 0),
    ("Concert attended by 2,000 fans ends with two dead, five hurt", 2, 5),
    ("The intruder shot and killed Dana Whitfield, 52, and 9-year-old Eli Whitfield in the kitchen.", 2, 0),
    ("19-year-old Marco Ruiz of Salem died at the scene and 22-year-old Kim Tran of Keizer was hospitalized.", 1, 1),
    ("Deputies found a deceased woman with a gunshot wound in the driveway.", 1, 0),
    # headline English: present tense, two bare nouns, "X says", "Boy Shot, Killed Brother"
    ("Three miners die in flooded pit: rescuers", 3, 0),
    ("Farmer, teacher killed in overnight shelling", 2, 0),
    ("Army says Taliban commander killed in ambush", 1, 0),
    ("Residents say Girl Shot, Killed Neighbour in Accident", 1, 0),
    ("Border guardsmen wounded in drone attack", 0, 0),
    ("UPDATE 3-Seven miners killed in pit collapse", 7, 0),
    ("In the port city, the shells hit a market, and four people are known to have died", 4, 0),
    ("Convoy attack kills 9-year-old - governor", 1, 0),
    ("Mortar fire kills local police officer near the border", 1, 0),
    ("Donetsk region teacher killed in overnight shelling", 1, 0),
    ("A man fatally shot his 14-month-old daughter and his wife before fleeing.", 2, 0),
    ("A string of four robberies over two nights left three deaths and five injured, police said.", 3, 5),
    ("Amir Khan, 31, and David Ross Jr. 29, were also injured.", 0, 2),
    ("Two men, 30 and 42 were wounded outside the bar.", 0, 2),
    ("Officers say a boy accidentally shoots 4-year-old cousin in hand", 0, 1),
    # partitives: the main verb, gunshots, appositions
    ("One of the three people hospitalized has died.", 1, 2),
    ("One of the two men then fired at least one shot at the car.", 0, 0),
    ("One of the three women, a 41-year-old, was in critical condition.", 0, 1),
    # wounds described rather than named by a verb; grazes
    ("Two bystanders sustained non-fatal bullet wounds.", 0, 2),
    ("Officers found a 19-year-old suffering from a gunshot wound to the chest.", 0, 1),
    ("A 9-month-old was being treated at the clinic for a gunshot wound.", 0, 1),
    ("A ricochet grazed a 6-year-old girl on the porch.", 0, 1),
    ("The driver suffered a heart attack at the wheel.", 0, 0),
    ("Neighbours found a mother and daughter dead in the flat.", 2, 0),
    # found with gunshot wounds, then died: the wounded figure is what the dead leave
    ("Officers found a man and his 4-year-old son suffering from gunshot wounds. The man was pronounced dead at the scene.", 1, 1),
    ("Two men sustained non-life-threatening injuries in the crossfire.", 0, 2),
    # deaths told as a victim's later death, a result, a fatal wound, a find
    ("A 15-year-old girl who was critically wounded in a drive-by on Friday died on Sunday.", 1, 0),
    ("The cashier who was shot in the leg told police his brother died.", 1, 1),
    ("The stray round struck his aunt in the chest, resulting in her death.", 1, 0),
    ("Toddler suffers fatal gunshot wound at home", 1, 0),
    ("Deputies found 31-year-old Dana Kirk of Marion shot to death in her car.", 1, 0),
    ("Both men were charged in the shooting deaths of three teenagers last spring.", 3, 0),
    ("The gun went off, fatally striking Jaylen in the chest.", 1, 0),
    ("At least twelve people were shot and three people were killed at the fair.", 3, 9),
    ("On 4500 Lindell, one man has been killed, police said.", 1, 0),
    ("Two bursts of gunfire, two dead, one hurt", 2, 1),
    ("Detectives solved one of the three homicide cases this month after a gunman killed two people.", 2, 0),
    ("Deputies found two victims in the yard, one of whom died.", 1, 0),
    ("The sergeant told KSLA 12 News the man died overnight.", 1, 0),
    ("They found a boy and two men, believed to be 20 and 45, all shot dead.", 3, 0),
    ("According to the two brothers, their cousin was shot in the arm.", 0, 1),
    # event-record wording
    ("A mob attacked a farmer resulting in 1 death near the market.", 1, 0),
    ("Four people died and were found in a ditch outside the town.", 4, 0),
    ("A crowd attacked two herders. 1 killed 1 injured.", 1, 1),
    ("Two suspected thieves were fatally assaulted by residents.", 2, 0),
    ("A sniper killed three.", 3, 0),
    ("Soldiers beat a farmer to death near the well.", 1, 0),
    ("The intruder stabbed two nurses before fleeing.", 0, 2),
    ("The band was beating drums as the crowd marched.", 0, 0),
    ("A 12-year-old girl was shot in the chest and killed in an apparent accident.", 1, 0),
    ("Police said five people were shot and one person killed at the party.", 1, 4),
    ("Two people were hurt and a toddler died in the fire.", 1, 2),
    ("Boy, 14, who shot himself accidentally in the leg dies", 1, 0),
    ("Deputies arrested two men for the girl's death.", 0, 0),
    ("Gunman slays teacher at rural school", 1, 0),
    ("Deputies reported finding a woman and her three sons dead in the house.", 4, 0),
    ("The victims, Ana Ruiz, 44, and Omar Diallo, 36, both remain in serious condition.", 0, 2),
    ("The other two victims, both shot in the leg, remain in critical condition.", 0, 2),
    ("Investigators said a single shot struck the wall of the flat.", 0, 0),
    ("A boy was hurt when three cars were hit by gunfire on the highway.", 0, 1),
    # "a quadruple shooting" counts the shot; "a double homicide" the dead
    ("Three dead in east side quadruple shooting", 3, 1),
    ("Detectives are investigating a double homicide near the river.", 2, 0),
    ("Five people were shot in a quintuple shooting on Sunday.", 0, 5),
    ("As Many As 4 Wounded By Gunfire Near Stadium", 0, 4),
    ("A 9-year-old girl was struck and wounded by a bullet inside her home.", 0, 1),
    ("Toledo 3-year-old in critical condition from gunshot", 0, 1),
    ("A bystander was shot in the arm, but is also expected to be OK.", 0, 1),
    ("A teenager died at the scene. Another teen, also 16, was shot in the hand.", 1, 1),
    ("Court papers say Maria Lopez is in serious condition after she was shot by her neighbour.", 0, 1),
    ("Two cousins received life-threatening injuries in the drive-by.", 0, 2),
    ("Neighbours said the girl was shot in the back and that her uncle had shot her.", 0, 1),
    ("One guard was killed and the other was wounded in the arm.", 1, 1),
    # taken to hospital: hit, and wounded unless they died
    ("Three people were transported to the hospital after the shooting.", 0, 3),
    ("Two men were shot. Both were taken to the hospital, where Reyes later died.", 1, 1),
    ("Militants abducted and killed a suspected informant near the market.", 1, 0),
    ("A passerby was wounded by a stray round.", 0, 1),
    ("A man shot four guests at a wedding after he was denied entry, police said.", 0, 4),
    # bodies recovered with a day or a place after them are the dead; "body" before another noun is not
    ("Divers pulled 4 bodies Tuesday from the flooded quarry.", 4, 0),
    ("Crews recovered 6 bodies along the riverbank after the flood.", 6, 0),
    ("Investigators recovered 3 body cameras from the patrol car.", 0, 0),
    # the one who lived after turning the gun on himself is the gunman, said of him; others who
    # lived, or where "they lived", leave his death a death
    ("Deputies said the man shot his father, then turned the gun on himself in the house where they lived.", 1, 1),
    ("A man shot his wife before turning the gun on himself; the woman was flown to a hospital in critical condition.", 1, 1),
    ("The gunman turned the rifle on himself but survived and was taken to a hospital.", 0, 0),
    # those he shot, restated in the next sentence, are still not he
    ("Officers said the man shot his sister and her roommate before turning the gun on himself. "
     "Both women were taken to the hospital.", 1, 2),
    # two young victims of different ages are two children
    ("A toddler was shot and killed and an 8-year-old boy was shot in the foot.", 1, 1),
    ("A baby died in the drive-by and a teenager was shot in the hip, police said.", 1, 1),
    # wounded or killed together is one casualties figure
    ("Three children were hurt and killed by stray rounds this summer.", 0, 0),
    ("Police counted 58 people wounded or killed by gunfire in the city this spring.", 0, 0),
    # a victim counted by a place past the toll told before is one more; within it, one of them
    ("Deputies found three victims who had been hit by gunfire. A fourth victim who was hit by gunfire was found later at a clinic.", 0, 4),
    ("Four people were shot at the fair. A fourth victim was taken to a hospital later.", 0, 4),
    # some of the wounded died of their wounds: the rest are the wounded
    ("A brawl outside the club left five people wounded -- two mortally.", 2, 3),
    ("Seven people were wounded in the crossfire, one of them mortally.", 1, 6),
    ("Four people were wounded, one fatally.", 1, 3),
    # the wounded of whom a later sentence tells a death after the wounding: hit, then dead
    ("A cyclist was wounded by a stray bullet on Elm Street. He later died at a hospital.", 1, 0),
    ("Nadia Okafor suffered a gunshot wound to the chest. Okafor was pronounced dead that night.", 1, 0),
    ("Three guards were wounded in the raid. One of them later died of his injuries.", 1, 2),
    ("A woman was critically wounded in the attack. She succumbed on Tuesday, her family said.", 1, 0),
    # a death not told as theirs (another person; at the scene, not later; the wounded as a tally)
    ("A cyclist was wounded by a stray bullet. A jogger died later at a hospital.", 1, 1),
    ("Two guards were wounded in the raid. One of the victims later died.", 1, 2),
    ("A ranger was wounded in the exchange of fire. Rangers fired back, striking the poacher. He later died at a hospital.", 1, 1),
    ("Elena Ortiz was wounded in the shooting. Pablo Ortiz later died at a hospital.", 1, 1),
    ("Three guards were wounded in the riot. Police held two inmates. One of them later died in a cell.", 1, 3),
    ("Elena Ortiz suffered a gunshot wound. Pablo Ortiz was pronounced dead at the scene.", 1, 1),
    # "he" or "one of them" that may be someone else: another person after the wounded in their
    # sentence, the wounded no subject, another group counted, "one of them" doing the killing
    ("A gunman wounded a cashier during the robbery. He later died in a shootout with police.", 1, 1),
    ("A deputy was wounded in the chase and the driver ran off. He later died at a hospital.", 1, 1),
    ("Two guards were wounded in the raid and police held three men. One of them later died in custody.", 1, 2),
    ("Four guards were hurt. One of them later shot dead the intruder.", 1, 4),
    # the wounded told among those shot, then dead: the shot left alive are the wounded
    ("Two men were shot outside a bar. Police said one man was wounded in the leg. He later died at a hospital.", 1, 1),
    # "fatally" alone ends its clause; "two fatally shot on Monday" is another group
    ("Three people were wounded on Sunday and two fatally shot on Monday.", 2, 3),
    # a named wound of one the story counts dead by the same name: the fatal wound
    ("Marcus Webb, 31, was shot and killed on Friday. Police said Webb suffered a gunshot wound to the head.", 1, 0),
    ("A man was wounded in the arm. He was arrested later that day.", 0, 1),
    ("Two guards were hurt and one inmate was killed. One of them was later transferred.", 1, 2),
]


@pytest.mark.parametrize("text,killed,wounded", REPORTS, ids=[r[0][:45] for r in REPORTS])
def test_document_totals(text, killed, wounded):
    assert (total(text, "killed"), total(text, "wounded")) == (killed, wounded)


def test_derived_wounded_names_its_basis():
    claims = claims_of("Five people were shot at a party and one of them died in hospital.")
    (w,) = [c for c in claims if c.metric == "wounded"]
    assert w.value == 4 and len(w.derived_from) == 2
    assert {c.claim_id for c in claims if c.metric in ("casualties", "killed")} == set(w.derived_from)


def test_the_wounded_left_alive_name_the_wounded_and_the_dead():
    claims = claims_of("Four shoppers were wounded in the shooting. Two of them died later in hospital.")
    hit = [c for c in claims if c.metric == "casualties"]
    (alive,) = [c for c in claims if c.metric == "wounded"]
    (dead,) = [c for c in claims if c.metric == "killed"]
    assert [c.value for c in hit] == [4] and (alive.value, dead.value) == (2, 2)
    assert alive.derived_from == (hit[0].claim_id, dead.claim_id) and alive.evidence == hit[0].evidence


def test_a_story_restates_its_toll_whatever_it_calls_the_victims():
    story = ("Two teenagers killed in park shooting\n\n"
             "Two teenagers were shot dead in Riverside Park on Saturday night, police said. "
             "Officers were called at about 10 p.m. after neighbours heard several shots. "
             "One of the teens, a 16-year-old boy, died at the scene. "
             "The other died later in hospital. "
             "Police have not named a suspect. "
             "Detectives are reviewing camera footage from nearby shops. "
             "A vigil is planned for Monday evening. "
             "Anyone with information is asked to call the police.")
    assert total(story, "killed") == 2
    # the same sentences as a short record list groups that add up
    assert total("Two soldiers were killed at the post. A civilian also died.", "killed") == 3


def test_two_single_deaths_of_different_people_both_count():
    story = ("Father and daughter found dead in home\n\n"
             "Police were called to a house on Elm Street on Monday morning. "
             "The father was pronounced dead at the scene. "
             "Paramedics rushed the girl to a children's hospital, where she was later pronounced dead. "
             "Officers said a handgun was found in the kitchen. "
             "Neighbours said the family had moved in last year. "
             "The medical examiner will perform autopsies on Tuesday. "
             "Police said there was no danger to the public. "
             "The investigation continues.")
    assert total(story, "killed") == 2


def test_a_running_tally_is_not_the_basis_of_derived_wounded():
    story = ("Two men were shot on Fifth Street on Saturday night and both are expected to survive. "
             "More than 300 people have been shot in the city since January, 40 of them fatally.")
    assert total(story, "wounded") == 2


def test_a_title_case_preposition_is_no_victim_name():
    claims = claims_of("Detectives Probe Fatal Shooting In Riverside Park")
    assert not any(c.victims.text.startswith("In ") for c in claims)


# (record, the coding note's words as written: the claim quotes the text, whatever its case)
CODING_NOTES = [
    ("Rebels ambushed a convoy. Fatalities coded as 6.", "Fatalities coded as 6"),
    ("REBELS AMBUSHED A CONVOY. FATALITIES CODED AS 6.", "FATALITIES CODED AS 6"),
    ("Raids on the camps. Deaths Were Split Across 2 Events (4).", "Deaths Were Split Across 2 Events (4)"),
]


@pytest.mark.parametrize("text,words", CODING_NOTES)
def test_a_coding_note_is_quoted_as_written(text, words):
    from helpers import claims_of
    notes = [c for c in claims_of(text) if c.count_text == words]
    assert len(notes) == 1 and notes[0].value == int(words.rstrip(")").split()[-1].strip("("))
