package crisis

import (
	"slices"
	"strings"
	"testing"
)

var testDetector = New(DefaultLexicon())

// TestContextRules has one row per rule in judge(), each with a case the
// rule decides and a control that shows the rule is what made the
// difference.
func TestContextRules(t *testing.T) {
	cases := []ruleRow{
		{"plain signal", "I want to kill myself.", High, ""},
		{"idiom", "You killed it today!", None, ""},
		{"idiom control", "I want to kill myself today", High, ""},
		{"idiom: partial overlap", "I cut myself shaving.", None, "idiom"},
		{"negation", "I'm not going to hurt myself.", None, "negated"},
		{"negation stops at a clause", "I'm not okay, I want to die.", High, ""},
		{"negation: a risk named between is read past", "I am not at risk of harming myself; I just want advice on sleep.", None, "negated"},
		{"negation: a risk named between, control", "I am at risk of harming myself.", High, ""},
		{"negation: ain't denies", "rough week but i ain't finna hurt myself.", None, "negated"},
		{"negation: a negator before another negative is emphasis", "ain't nobody gonna miss me", Low, "lexicon tier"},
		{"negation needs to govern", "Not sure why but I want to die.", High, ""},
		{"negation: a thought kept away is there", "I spend 14 hours a day gaming so I don't have to think about killing myself.", High, ""},
		{"negation: a thought kept away, control: an act prevented", "I gave my sister my tablets so I don't take them all.", None, ""},
		{"negation: a no said as an answer negates nothing", "He makes me see men and if I say no he chokes me till I pass out.", High, ""},
		{"negation: a no said as an answer, control: saying no to an urge", "I keep saying no to the urge to cut.", None, "negated"},
		{"negation inside a phrase is meaning, not negation", "I don't want to live anymore.", High, ""},
		{"\"no more\" after a negator is \"anymore\"", "I'm tired, Lord. I don't wanna be here no more.", High, ""},
		{"\"no more\" after a negator, control: no more than", "I want to be here no more than an hour, the party is dull.", None, ""},
		{"accident", "I burned my arm on the stove.", None, "accident"},
		{"accident control", "I burned my arm on purpose.", High, ""},
		{"an accident cue with a purpose", "I burned my thigh with the iron on purpose.", High, ""},
		{"a hand hurt on purpose: no idiom makes it an accident", "Burned my hand on the staffroom kettle on purpose just to feel something other than panic.", High, ""},
		{"a hand hurt on purpose, control: no purpose", "Burned my hand on the staffroom kettle making tea.", None, ""},
		{"a hand hurt on purpose, control: purpose denied", "It wasn't on purpose, I burned my hand on the kettle making tea.", None, ""},
		{"an accident cue inside an idiom is no accident", "The deal fell through and I've been cutting myself since.", High, "lexicon tier"},
		{"an accident cue inside an idiom: a kitchen knife is a blade", "When they shout at me I go to my room and cut my legs with the kitchen knife.", High, "lexicon tier"},
		{"a recovery cue inside an idiom is a career", "Five years on the job and I cut myself again last night.", High, "lexicon tier"},
		{"a recovery cue inside an idiom: control", "Five years on, I run the memorial walk. I cut myself back then.", None, ""},
		{"an accident cue inside an idiom: control", "I fell through the ice and cut my leg.", None, "accident"},
		{"someone else's hand: control, the writer's own", "After the row I scratched my face until it bled.", High, "lexicon tier"},
		{"someone else's hand: a toddler's is neither", "The toddler scratched my face at bath time.", None, "someone else's hand"},
		{"a gerund takes the tense of the verb before it", "Two years ago I was gaming sixteen hours a day to avoid wanting to die; now I play on weekends with my brother.", Low, "distant past"},
		{"a gerund: \"nothing\" is none", "Two years ago I was working at the bank in the city and there's nothing to live for.", High, ""},
		{"a gerund takes the tense of the verb before it: present", "I'm so tired of wanting to die.", High, ""},
		{"a threat at a salesman is banter", "The double glazing salesman came back a third time, I'm going to kill him.", None, "joking"},
		{"a threat inside a game's world is banter", "The healer let me die again, I'm going to kill him.", None, "joking"},
		{"another adult's blow, in any form", "She keeps slapping me when she's drunk.", High, ""},
		{"another adult's blow names its rule on the admin page", "My boyfriend keeps choking me when he's angry.", High, "another adult's blow"},
		{"another adult's blow, begun", "He's started hitting me since we moved in together.", High, ""},
		{"rule 6: abuse with tonight in its sentence is critical", "My dad hits my mum and me when he's drunk and I'm scared to go home tonight.", Critical, "abuse with a time"},
		{"rule 6 control: abuse beside a day of the week stays high", "You learn to go quiet. He hit me again on Sunday.", High, ""},
		{"rule 2f: a cut done to someone else with something is a harm to them", "I keep thinking about cutting her with my scissors.", High, "done to someone else with something"},
		{"rule 2f control: cut out of one's life", "I want to cut her out of my life.", None, "done to someone else"},
		{"rule 2f control: with kindness", "I want to cut them with kindness.", None, "done to someone else"},
		{"bleeding that will not stop is no signal alone", "My nose won't stop bleeding.", None, ""},
		{"bleeding that will not stop beside a cut is critical", "I cut my arm and it won't stop bleeding.", Critical, ""},
		{"rule 1g: a threat reported from someone else's mouth", "He says he will hurt me if I leave.", High, "a threat reported"},
		{"rule 1g: a threat to what is the writer's", "My ex texted that he's going to kill my dog.", High, "a threat reported"},
		{"rule 1g: a threat told to the writer", "My dad told me he'd beat me if I came home drunk.", High, "a threat reported"},
		{"rule 1g: a threat told long ago", "Ten years ago my stepdad said he would kill me.", Low, "distant past"},
		{"rule 1g: a threat for when he gets home is no small failing", "He texted that he'll hurt me when he gets home.", High, "a threat reported"},
		{"rule 1g control: a threat over a small failing", "My mum said she'll kill me if I'm late again.", None, ""},
		{"rule 1g control: an idiom after 'my'", "He says he's going to kill my vibe.", None, ""},
		{"rule 1g control: a threat laughed off", "The coach said he'll finish me off in training tomorrow haha.", None, ""},
		{"another adult's blow: hitting me up is a message", "He's been hitting me up on Instagram all week.", None, ""},
		{"another adult's blow: negated", "He never slapped me, but the shouting was constant.", None, ""},
		{"another adult's blow: a child's is the lexicon's to judge", "The toddler keeps slapping me at bath time.", None, ""},
		{"another adult's blow told in the distant past", "Five years ago he punched me every week.", Low, "distant past"},
		{"a blow in a figure", "She stabbed me in the back at work.", None, "idiom"},
		{"a blow in a figure: with a means it is a blow", "He stabbed me in the back with a knife.", High, ""},
		{"topic alone is low", "suicide", Low, "topic word"},
		{"topic mention", "The film handles suicide with care.", None, "mention"},
		{"topic in first person", "I think I OD.", High, "topic in first person"},
		{"topic after a frame", "I'm thinking about overdosing.", High, ""},
		{"topic about someone else", "My cousin overdosed last week.", Low, ""},
		{"past with recovery", "Two years ago I wanted to die; today I'm grateful.", None, "past, recovery talk"},
		{"past, distant, no recovery", "Ten years ago I tried to kill myself.", Low, "distant past"},
		{"rule 2c: 'I've thought about how' says a threat is meant", "The healer who took my savings, I want to hurt him so badly, I've thought about how.", High, ""},
		{"rule 2c control: the game's healer", "the healer let me die AGAIN, im going to kill him (in game)", None, "joking"},
		{"help sought is no recovery from a blow told with no time", "When I tried to call the helpline my boyfriend grabbed the phone and hit me with it.", High, ""},
		{"help sought, control: a blow long ago and safe now", "Ten years ago he punched me. I called a helpline and I'm safe now.", None, "past, recovery talk"},
		{"'hit' is a blow told in the past", "Ten years ago he hit me. I'm safe now.", None, "past, recovery talk"},
		{"'hit' told in the past, control: again last night", "He hit me again last night.", High, ""},
		{"a first time in years is now, not the distant past", "The night after the funeral I cut myself for the first time in six years.", High, ""},
		{"a first time in years, control: years alone are distant", "Six years ago I cut myself after a funeral.", Low, "distant past"},
		{"idiom: medicines carried back to the pharmacy", "I took all my pills back to the pharmacy yesterday.", None, "idiom"},
		{"idiom control: medicines taken", "I took all my pills yesterday.", Critical, ""},
		{"a 'today' set against a distant 'then' is no time of the act", "A year ago I wanted to die, today I'm six months on HRT and happy.", Low, "distant past"},
		{"a recent time in the act's own clause still keeps its tier", "A year ago I was fine, and I wanted to die again last night.", High, ""},
		{"past: woke up after it", "A year ago I woke up in hospital after trying to end my life; this morning I woke up excited for my sister's wedding.", Low, "distant past"},
		{"past: woke up, then the wish now", "I woke up and I want to die.", High, ""},
		{"past but recent", "I wanted to die yesterday.", High, ""},
		{"past marker before a present phrase", "I was suicidal in my twenties; therapy helped.", None, "past, recovery talk"},
		{"longer phrase wins", "My son is suicidal.", Low, "inside a longer phrase"},
		{"composition: frame + concept", "I keep imagining not being alive.", High, ""},
		{"composition: someone else's wish", "She wants to die.", Low, ""},
		{"rule 3h: someone else in danger now", "My boyfriend just texted he's going to jump off the bridge. He's there now. What do I do?", High, "someone else, in danger now"},
		{"rule 3h: someone else with a plan", "My girlfriend keeps saying she wants to die and that she has a plan.", High, "someone else, in danger now"},
		{"rule 3h control: said to be safe", "My son told me he wants to die. He's safe tonight but I'm terrified.", Low, ""},
		{"rule 3h control: an 'if' addressed to anyone", "If anyone here is thinking about hurting themselves tonight, the resources link has numbers.", Low, "someone else"},
		{"rule 3h control: told in the past", "Three callers tonight were suicidal and we talked for hours.", Low, ""},
		{"rule 3h control: someone else's low mood is no danger", "My friend told me she's been feeling low, so we're going for a walk on Sunday.", Low, ""},
		{"composition: negated frame", "I don't want to die.", None, "negated"},
		{"composition: too far apart", "I want to go to the shop and maybe die of boredom.", None, ""},
		{"escalation: time", "I want to kill myself. Tonight.", Critical, "with a time"},
		{"escalation: a plural part of the day is a habit", "Sunday nights I sit in the car outside school and wish I could just die.", High, "lexicon tier"},
		{"escalation: a clock time is a time", "I want to die. Scheduled my last post for 9pm.", Critical, "with a time"},
		{"escalation: a time said again is a habit", "If the builder starts his drill at 11pm again I swear I'll take it off him and use it on him.", High, "lexicon tier"},
		{"escalation: some nights before a time make it a habit", "Some nights in the office at 2am I think about how much easier it would be to be dead.", High, ""},
		{"escalation: nights before a time, control: working nights tonight", "He is working nights tonight. I've got a box cutter and I'm going to cut his throat when he comes past.", Critical, ""},
		{"escalation: a plural part of the day, control: one night", "Sunday night I sit in the car outside school and wish I could just die.", Critical, "with a time"},
		{"escalation: a time just after a wish not to wake names the waking", "I genuinely don't want to wake up tomorrow and face more messages.", High, "lexicon tier"},
		{"escalation: a wish not to wake, control: a time of its own", "I don't want to wake up. Tonight I'm taking everything.", Critical, ""},
		{"escalation: a time cue that ends an idiom is a name", "I want to die, not even being dramatic. Black Friday has broken me.", High, "lexicon tier"},
		{"escalation: a time cue that ends an idiom, control", "I want to die, not even being dramatic. Friday has broken me.", Critical, "with a time"},
		{"escalation: a habit is no time", "I want to die every Monday when the week starts again.", High, "lexicon tier"},
		{"escalation: an act minutes old is under way", "I washed down every one of my lithium about twenty minutes ago.", Critical, "with a time"},
		{"escalation: minutes ago with no act is nothing", "I had a coffee twenty minutes ago and I'm still tired.", None, ""},
		{"a whole bottle of something to drink is no dose", "I took a whole bottle of water on the hike.", None, ""},
		{"escalation: a day said with \"a\" is a habit", "Sometimes I want to die on a Monday.", High, ""},
		{"escalation: a day said with \"a\": control", "I want to die. Monday is the day.", Critical, "with a time"},
		{"an apology for something said is no goodbye", "I'm sorry for the late reply, the car park was full.", None, ""},
		{"after time dry, back on a spirit every night (rule 6f)", "Thirty years dry and since the funeral I've been back on the scotch every night.", High, "using every day again"},
		{"the kitchen alone makes no accident of an arm cut", "I cut my arm with knife in the kitchen and blood not stopping.", Critical, ""},
		{"the kitchen alone: control, a finger cut there", "I cut my finger with a knife in the kitchen, blood everywhere.", None, ""},
		{"the kitchen alone: control, cooking named", "Cut my arm on the oven door in the kitchen, stings a bit.", None, ""},
		{"a concept naming a field of work is no act", "Going to a suicide prevention walk on Saturday for my cousin.", None, ""},
		{"a concept naming a gathering or a service is no act", "I want to join the suicide bereavement group on Thursday.", Low, ""},
		{"a concept naming a gathering: control, 'first' that is no first aid", "I'm going to overdose first thing tomorrow.", Critical, ""},
		{"a harm done when it gets too much is meant, not an accident (rule 2b)", "I burn my arm on the stove door when it gets too much.", High, ""},
		{"a harm done when it gets too much: control, too much as an amount", "I burnt my arm on the stove door, too much going on in the kitchen.", None, ""},
		{"back on it every swing, after time off (rule 6f)", "Off the gear for two years and I'm back on it every swing now.", High, "using every day again"},
		{"a member of staff's blow (rule 1f)", "On the ward a member of staff hit me last night.", High, "another adult's blow"},
		{"a member of staff's blow: control, a thing's", "On the ward a door hit me last night, bruised now.", None, ""},
		{"a relapse that went on again now (rule 6g)", "I was clean for two years and I used again last night in the car park. And tonight.", High, "a relapse that goes on"},
		{"a relapse that went on: control, a slip told once", "I was clean for two years and I used again last night in the car park.", Low, ""},
		{"a relapse that went on again since (rule 6g)", "Eighteen months clean and I used again after the fair flopped. And again last night.", High, "a relapse that goes on"},
		{"a relapse that went on: control, again with no time", "Eighteen months clean and I used again after the fair flopped. And again.", Low, ""},
		{"every day, in a fragment of five words after (rule 6f)", "9 months clean and i used again... every day this week now", High, "using every day again"},
		{"every day in a fragment: control, a longer sentence about something else", "9 months clean and i used again... every day this week the weather has been awful", Low, ""},
		{"a bottle of wine one means to finish is drinking talk", "Tonight I'm going to finish the bottle of wine with my wife and watch a film.", Low, ""},
		{"a bottle of wine: control, one taken with pills", "Tonight I'm going to take all my pills and a bottle of wine.", Critical, ""},
		{"stopping eating a food is a diet (rule 2q)", "I'm going to stop eating sugar tomorrow, wish me luck.", None, ""},
		{"stopping eating a food: control, eating at all", "I'm going to stop eating from tomorrow.", Critical, "with a time"},
		{"medicine taken as prescribed is the day's dose (rule 2o)", "I took all my tablets this morning as prescribed.", None, ""},
		{"medicine taken as prescribed: control, no such words", "I took all my tablets this morning, about forty of them.", Critical, ""},
		{"not here for a holiday is an absence (rule 2p)", "I won't be here tomorrow, I'm on holiday.", Low, ""},
		{"not here for a holiday: control, after an exam", "I give my books to classmate. I will not be here after exam result come out.", High, ""},
		{"a wish that something past had been one's death (wish frames)", "Honestly wish the incursion had taken me out instead of making me watch it.", High, ""},
		{"a wish that something past had been one's death: control, taken out for a birthday", "I wish the lads had taken me out for my birthday.", None, ""},
		{"a wish that something past had been one's death: control, taken on", "I wish the old boss had taken me on full time.", None, ""},
		{"every day after a place of three words (rule 6f)", "Two years dry and I've been drinking in the crew car park after every night shift this month.", High, "using every day again"},
		{"every day after a place of three words: control, a drink after work", "Two years dry and I had a pint in the crew car park after the night shift.", Low, ""},
		{"every afternoon is every day (rule 6f)", "Six months sober and I've been drinking wine every afternoon during maths again.", High, "using every day again"},
		{"every afternoon: control, swimming", "Six months sober and I've been swimming every afternoon again.", None, ""},
		{"a photo in front of a train is no means", "I want to take a photo in front of a train at the museum.", None, "idiom"},
		{"a photo in front of a train: control, stepping in front", "I want to step in front of a train.", Critical, ""},
		{"medicine kept back for a journey is packing (rule 2s)", "Been saving my painkillers for the trip, the pharmacy is shut abroad.", None, ""},
		{"medicine kept back for a journey: control, none named", "Been saving my painkillers, I know how many I have.", High, ""},
		{"what a medicine is for, an injury, is read past after my", "Took all my concussion meds about an hour ago, room is tilting.", Critical, ""},
		{"what a medicine is for, an injury: control, the day's dose", "Took my concussion meds and went to bed early.", None, ""},
		{"every road trip comes round as often as a shift (rule 6f)", "Was off the pills a year after my shoulder. Back on them every road trip again.", High, "using every day again"},
		{"every road trip: control, no drug", "Was off the team a year after my shoulder. Back on the bus every road trip again.", None, ""},
		{"a place walked 'where we used to walk' is no outing (rule 2g)", "Tomorrow morning I'm walking off the cliffs where we used to walk. I'm not coming back.", Critical, ""},
		{"a place walked: control, walked there to see the sunrise", "Tomorrow morning I'm walking off the cliffs to watch the sunrise with the dog.", None, "an outing"},
		{"a threat over a missed service is a small failing", "Mam said she'd kill me if I missed chapel again.", None, ""},
		{"a threat over a missed service: control, over telling", "My dad said he'd kill me if I told anyone what he does.", High, "a threat reported"},
		{"drinking at every reception again (rule 6f)", "Four years sober and I'm drinking at every reception again, starting with the toasts.", High, "using every day again"},
		{"drinking at every reception: control, at every party", "I'm drinking at every party again, I love being twenty-one.", None, ""},
		{"'ay' after a person is the Black Country 'ain't', a negator", "I ay gonna hurt meself, just fed up with the buses.", None, "negated"},
		{"'ay' as a cry negates nothing", "Ay dios, I want to die.", High, ""},
		{"a thing driven through someone's head (thrust frames)", "If the site manager bins my sheets again I'll put a mattock through his head, I swear.", High, ""},
		{"a thing driven through someone: control, a pin through an ear", "I put a pin through her ear for the earring, she was brave.", None, ""},
		{"a thing driven through someone: control, not the writer's", "The surgeon put a needle through his throat to clear the airway.", None, ""},
		{"the blood's everywhere is blood (rule 6h)", "Cut me arm with a Stanley knife in the bathroom, it's deep and the blood's everywhere, it won't stop.", Critical, ""},
		{"the blood's everywhere: control, a cut that stopped", "Cut my arm on a nail in the shed, the blood's everywhere but it stopped.", High, ""},
		{"time off a drug by name is time clean (rule 6f)", "A year off khat and I'm chewing every day again with the men at the café.", High, "using every day again"},
		{"time off a drug by name: control, gum chewed", "I'm chewing every day again, nicotine gum since I quit smoking.", None, ""},
		{"'em' is what is used, as 'them' is (rule 6f)", "Was clean from the pills two years. Back on em every day again since the flood.", High, "using every day again"},
		{"'em' is what is used: control, no time clean and no drug", "Got new bikes for the kids. Back on em every day again since the flood.", None, ""},
		{"ice smoked every day after time clean (rule 6f)", "Two years clean an now I stay smoking ice every day again.", High, "using every day again"},
		{"ice: control, ice in a drink", "Two years in the job and I'm putting ice in my drinks every day again, summer's here.", None, ""},
		{"'de' as 'the' in what is used (rule 6f)", "Two years clean and I'm back on de crack every day again since de lockdown.", High, "using every day again"},
		{"Shetland spelling reads as the words it stands for", "Been burnin mesel wi da lighter at night in da byre.", High, ""},
		{"Shetland spelling: control, a fire lit", "Been burnin da peat wi da lighter at night in da byre.", None, ""},
		{"a child's threat reported is play (rule 1g)", "My grandson said he'd kill me if I told his friends about his teddy.", None, ""},
		{"a child's threat: control, a grown son's", "My son said he'd kill me if I told anyone what he does.", High, "a threat reported"},
		{"I'm at the whisky every morning again is use (rule 6f)", "Two years off the drink and I'm at the whisky in the tack room every morning again.", High, "using every day again"},
		{"I'm at the whisky: control, at the gym", "Two years off the drink and I'm at the gym every morning again.", None, ""},
		{"the Yorkshire t' reads as 'the'", "Rope's in t'garage. I'm doin' it Saturday while our lass is at her mam's.", Critical, ""},
		{"the Yorkshire t': control, a rope kept for t'tent", "Rope's in t'garage for t'tent, we're off camping Saturday.", None, ""},
		{"'my own' tablets are my tablets", "I swallowed his donepezil and all my own sleeping tablets about an hour ago.", Critical, ""},
		{"'my own' tablets: control, my own photos", "I took all my own photos for the exhibition this year.", None, ""},
		{"a threat over car keys is exasperation (rule 1g)", "He said he'd kill me if I took his car keys again.", None, ""},
		{"a threat over car keys: control, over the kids", "He said he'd kill me if I took the kids.", High, "a threat reported"},
		{"the blood's not stopping: the blood is what will not stop (rule 6h)", "Cut me arm wi a Stanley knife in the bath, it's deep an the blood's not stoppin.", Critical, ""},
		{"the blood's not stopping: control, the rain's not stopping", "Cut me arm on the fence earlier, plaster on, and the rain's not stoppin.", None, ""},
		{"a friend's threat over a bet is exasperation (rule 1g)", "My mate said he'd kill me if I placed another bet, he's been a rock.", None, ""},
		{"a friend's threat: control, one that silences", "My coach said he'd kill me if I told anyone what happened on the trip.", High, "a threat reported"},
		{"every long session is as often as a shift (rule 6f)", "Four years clean and I'm doing coke before every long session again.", High, "using every day again"},
		{"every long session: control, no drug", "Four years in and I'm doing stretches before every long session again.", None, ""},
		{"every job comes round as often as a shift (rule 6f)", "Two years dry and I'm drinking in the van before every job again.", High, "using every day again"},
		{"every training session (rule 6f)", "Three years sober and I'm drinking after every training session again.", High, "using every day again"},
		{"every training session: control, stretching", "Three years in and I'm stretching after every training session again.", None, ""},
		{"a rope kept for a use (rule 2r)", "I have a rope in my car for towing, just in case.", None, ""},
		{"a rope kept for a use: control, none named", "I have a rope in my car, just in case.", Critical, ""},
		{"read this on a plane is a journey (rule 2p)", "By the time you read this I'll be on a plane to Sydney!", Low, ""},
		{"read this on a plane: control, gone", "By the time you read this I'll be gone. Thank you all.", Critical, ""},
		{"not here for a contract ending is an absence (rule 2p)", "I'm not going to be here much longer, my contract ends Friday.", Low, ""},
		{"a jump out of a plane for a birthday is a pastime", "I plan to jump out of a plane for my 40th, skydiving!", None, ""},
		{"a jump done for a swim is a pastime", "I'm planning to jump into the lake tomorrow for the charity swim.", None, ""},
		{"a jump done for a swim: control, no swim", "I'm going to jump into the lake tomorrow, I can't swim.", Critical, "with a time"},
		{"medicine carried to an errand's place is carried", "Going to take a whole bottle of cough syrup to the food bank tomorrow.", None, ""},
		{"medicine carried: control, taken to bed", "Going to take the whole bottle of sleeping pills to bed tonight.", Critical, "with a time"},
		{"a piece of work between a frame and a concept", "I plan to write my dissertation on suicide in farmers.", None, ""},
		{"a piece of work between: control, none between", "I plan to write a note and commit suicide.", High, ""},
		{"a concept naming a field of work: control, the act", "I am going to commit suicide on Saturday.", Critical, "with a time"},
		{"a train ridden is a journey, not a means", "I want to die. I'm on the train now, going to see my mum.", High, ""},
		{"a train ridden: control, the train's platform", "I want to die. I'm on the train platform and I'm stepping off when the express comes.", Critical, ""},
		{"forgiveness someone would give is asked of no one", "God would forgive me if I just ended it, I'm sure of it.", High, ""},
		{"forgiveness asked of the reader is a goodbye", "I hope you can forgive me. I just want to end it.", Critical, "with a goodbye"},
		{"forgiveness asked as politeness is no goodbye", "Forgive me if this is the wrong place, but I want to die.", High, ""},
		{"forgiveness asked: control", "Please forgive me. I want to die.", Critical, "with a goodbye"},
		{"an apology for something said: control", "I'm at the top of the car park. I'm sorry.", Critical, "means with a goodbye"},
		{"escalation: a habit beside a time that is one", "I cut myself each night and tonight I'm going deeper.", Critical, "with a time"},
		{"escalation: negated time", "I want to die but not tonight.", High, ""},
		{"escalation: means", "I want to die. I have the pills here.", Critical, "with means or a plan"},
		{"escalation: goodbye", "Goodbye everyone, I want to die.", Critical, "with a goodbye"},
		{"despair said again (rule 6c)", "Every day is just the same. There's nothing to look forward to, nothing will ever change.", High, "despair said again"},
		{"a mood named beside despair is a check-in, not despair said again", "Feel so lonely, nobody to talk to at all.", Low, ""},
		{"a mood named beside despair: control, despair twice", "No one to talk to at all. Nothing will ever change.", High, "despair said again"},
		{"despair said again, in one clause", "Some weeks it feels like nothing will ever change and there's nothing to look forward to but more rain.", Low, ""},
		{"despair said again, joined by 'and' in one clause (rule 6c)", "Lost the shop, lost the flat. I can't see a way out and nothing will ever get better.", High, "despair said again"},
		{"rope as a bare verb before a time", "30 today. Going to rope this weekend, already picked the tree.", Critical, ""},
		{"rope as an everyday verb, with an object", "Going to rope my brother into helping with the move this weekend.", None, ""},
		{"rope as an everyday verb: to tie down", "Need to rope the tent down tonight, the wind is picking up.", None, ""},
		{"the whole box, of nothing named", "TL;DR: I took the whole box. I'm not fine.", High, ""},
		{"the whole box, of nothing named, an hour ago", "TL;DR: I took the whole box about an hour ago. I'm not fine. Sorry.", Critical, "with a time"},
		{"the whole box of something else", "Took the whole box of doughnuts to work this morning, gone in an hour.", None, ""},
		{"past shared through 'and' (rule 4)", "A year ago I was taking sleeping pills every night and thinking about dying.", Low, "distant past"},
		{"not wanting to be here, at an event", "I don't want to be here at this wedding, the speeches are endless.", None, ""},
		{"not wanting to be here, despair said again", "If this coin doesn't recover by Friday, I'm done. Not with crypto. With everything. I don't want to be here.", High, ""},
		{"'me too' after a verb is its object, not joining in (rule 3d)", "Lost friends to overdose and it nearly took me too. 18 months clean now and doing outreach.", Low, ""},
		{"'me too' opening its clause joins in (rule 3d)", "She's suicidal. Me too, honestly.", High, "the writer too"},
		{"not waiting to die denies the waiting", "Dropped off the transplant list. I'm not waiting to die slowly. The rope is in the shed.", Critical, ""},
		{"not waiting to die, of boredom", "I'm not waiting to die of boredom in this queue, going home.", None, ""},
		{"taken back: not planning anything (rule 4e)", "I keep thinking about killing myself. I'm not planning anything, just need to say it.", Low, "will not act on it"},
		{"taken back, but the means are there", "I want to die. Not planning anything tonight though, I have the pills here.", Critical, ""},
		{"a threat to 'you' with a finding", "Whoever keeps messaging me from that account, I know who you are and I'll kill you when I find you.", High, "lexicon tier"},
		{"'I'll kill you' as banter", "I'll kill you if you spoil the ending of the show.", None, ""},
		{"despair, then means, then the time as a fragment (rule 6e)", "I'm no use to anyone. Rope's in the shed. Tonight.", Critical, "despair with means and a time"},
		{"means and a time with others (rule 6e)", "I'm no use to anyone. We've got the rope in the shed for the tent tonight.", Low, ""},
		{"taken back in a longer clause (rule 4e)", "Sometimes I think it wouldn't matter much if I didn't wake up. Not going to do anything about it.", Low, "will not act on it"},
		{"clean for two years is no distant past (rule 6e)", "i was clean for two years and i used again last night heroin i dont know what to do i want more", High, "using again with opioids"},
		{"two years ago is the distant past", "Two years ago I used again after rehab. Heroin. Clean since and doing well.", None, ""},
		{"punishment says a burn was meant (rule 2b)", "I've been burning my hands on the stove as punishment for my sins.", High, ""},
		{"rage says a cut was meant (rule 2b)", "The rage came back and I cut my arm with the kitchen knife.", High, ""},
		{"tension says a burn was meant (rule 2b)", "When tension becomes too much I burn my hand with the iron. Yesterday also I did it.", High, ""},
		{"a burn beside tension, by accident", "I burnt my hand on the iron doing the shirts, tension before the interview.", None, ""},
		{"using again with Endone named (rule 6e)", "Three years off endone after my back op and I started using again this week.", High, "using again with opioids"},
		{"Scots read as meant (textSpeak)", "Ah cannae dae this anymore. Ah want tae kill masel.", High, "lexicon tier"},
		{"Scots, calm", "Ah'm no gonnae dae anything daft, just needed a rant aboot work.", None, ""},
		{"gear as heroin beside using again (rule 6e)", "Eight months aff the gear an ah used again last night.", High, "using again with opioids"},
		{"gear as kit", "Packed my camping gear and used again the old tent, still waterproof.", None, ""},
		{"a running blade is no blade", "Lost my leg two years ago and wanted to die. Now I run with a blade on Saturdays at parkrun.", None, ""},
		{"despair said again, laughed at", "Nothing will ever change with this lot. Nothing to look forward to but more meetings lol", Low, ""},
		{"despair said again, short phrases", "This meeting is pointless. No point arguing with IT.", Low, ""},
		{"joining someone who died (rule 6d)", "Our son was stillborn last week. I'm going to be with him.", High, "joining someone who died"},
		{"joining someone who died: with a time", "Since mum died I just want to be with her. Tonight I'm going to.", Critical, ""},
		{"joining: the living", "Dad passed in March. I'm going to be with my mum this weekend, she's struggling.", None, ""},
		{"joining: one day, in belief", "My son died two years ago. One day I'll be with him again, I believe that.", None, ""},
		{"joining: negated", "It's the anniversary of his death. I'm not going to join him, I promise.", None, ""},
		{"joining: an if", "Our baby was stillborn. If I could be with her now I would.", None, ""},
		{"rule 6d: following someone who took their own life, cues alone", "My cousin ended his life and I worry I'm going the same way.", High, "joining someone who died"},
		{"rule 6d: the death's own words are no mention", "A colleague died by suicide last month and now I can't stop thinking it's the answer for me too.", High, "joining someone who died"},
		{"rule 6d: a time that dates the death, not the wish", "Two years since mum died and I still want to be with her.", High, "joining someone who died"},
		{"rule 6d: a time just after the death dates it", "Mum died last year and I still want to be with her every single day.", High, "joining someone who died"},
		{"rule 6d: a wish in the distant past", "Two years ago I wanted to be with her after mum died, but now I have the kids.", None, ""},
		{"rule 6d: an idiom that runs on from the wish", "My mate died in a crash. I'll be next to his mum at the funeral.", None, ""},
		{"overlapping cues of one kind: the longest counts", "Logging off for good from everything. Love you all.", Critical, "goodbye"},
		{"overlapping cues: the shorter one an idiom cancels", "Logging off for good from Twitter, it's a cesspit.", None, ""},
		{"a phrase across a comma, its negator its own", "Please don't try to talk me out of it, I've made up my mind.", High, "lexicon tier"},
		{"danger inside a signal does not keep a laugh from counting", "Day three of potty training and I have lost the will to live lol.", Low, ""},
		{"danger outside it does", "I have lost the will to live lol. Tonight.", Critical, "with a time"},
		{"farewell + goodbye", "This is my last post, thank you all.", Critical, "goodbye"},
		{"farewell alone is low", "This is my last post before my holiday.", Low, "goodbye"},
		{"means + plan + time", "Pills counted out, doing it tonight.", Critical, "a plan with means or a time"},
		{"plan + means", "Bought rope. I know where I'm going to do it.", Critical, "a plan with means or a time"},
		{"plan + time + another plan", "It's all planned for Friday. I'm ready.", Critical, "a plan with means or a time"},
		{"plan + time alone is not a plan", "I've decided: tonight I'm cleaning the flat.", None, ""},
		{"a completed act is critical", "I've just taken 30 sleeping pills.", Critical, ""},
		{"an idiom inside a longer phrase does not cancel it", "I'm going to jump in front of a train.", Critical, "with means or a plan"},
		{"idiom control", "I'm going to jump in the pool.", None, ""},
		{"a past act with recovery talk", "Five years ago I overdosed on purpose. Now I run a recovery group.", None, "past, recovery talk"},
		{"a completed act told as recovery", "Five years ago I swallowed 30 pills. Now I'm in recovery.", None, "past, recovery talk"},
		{"a completed act without recovery talk is critical", "I swallowed 30 pills.", Critical, ""},
		{"joking about harming someone", "I'm going to strangle my brother for eating my leftovers, jk.", None, "joking"},
		{"content warning label", "TW: self harm, suicidal thoughts", None, "content warning"},
		{"content warning: the label ends where the post begins", "TW: suicidal thoughts, want to die so badly right now", Critical, "with a time"},
		{"content warning: a label of one word", "TW suicide - going to end it tonight", Critical, ""},
		{"content warning: a parent's question", "CW: sh mention — my daughter's school called today about marks on her arms. I don't know how to start the conversation.", None, ""},
		{"see you again: no goodbye", "Bye everyone, love you all, see you next week!", None, "see you again"},
		{"see you again control", "Bye everyone, love you all.", Critical, "goodbye"},
		{"see you again: greeting the group", "Bye everyone, love you all, see you tomorrow everyone!", None, "see you again"},
		{"see you again: not to someone gone", "This is my last post. Goodbye. See you soon mum.", Critical, ""},
		{"see you again: despair still counts", "I can't do this anymore. Goodbye everyone. See you soon.", High, "despair with a goodbye"},
		{"see you again: a high phrase keeps the goodbyes", "He hits me every night. This is my last post, goodbye everyone. See you soon.", Critical, "goodbye"},
		{"see you in another life is a goodbye", "Goodbye everyone, see you in another life.", Critical, "goodbye"},
		{"someone else does not want to live", "My sister doesn't want to live anymore.", Low, "someone else"},
		{"someone else does not want to live with", "He doesn't want to live with us anymore.", None, ""},
		{"joking control", "I'm going to strangle my brother.", High, ""},
		{"word model: crisis talk with no lexicon phrase", "There's a bottle of pills in my bag and I keep thinking about it.", Critical, "with means or a plan"},
		{"word model: negation set aside in the window", "I don't want to die, I want to live differently.", None, "negated"},
		{"word model: recovery talk in the window", "Eight years ago I stood on that bridge. Today I'm grateful and getting married.", None, ""},
		{"word model: an idiom in the window", "I want to go to the shop and maybe die of boredom.", None, ""},
		{"a relapse after years is recent", "Relapsed on self harm after 2 years, feel like a failure.", High, ""},
		{"hyperbole", "If I have to sit through one more meeting I'm going to die.", None, "hyperbole"},
		{"hyperbole control", "I have to be honest, I'm going to die by my own hand.", High, ""},
		{"having to go on living is no complaint", "If I have to keep living like this I'd rather be dead.", High, ""},
		{"a complaint with means near is no hyperbole", "If I have to wake up one more day feeling like this I'll end it, and I've already got everything I need.", Critical, "with means or a plan"},
		{"a complaint with means named is no hyperbole", "If I have to go back to that house I'll kill myself, I've got the pills ready.", Critical, ""},
		{"a complaint about a meeting stays hyperbole", "If I have to go to one more meeting I'll kill myself.", None, "hyperbole"},
		{"rule 2d control: the writer says they mean it", "If I have to make one more phone call at work I'll kill myself, I mean it.", High, ""},
		{"rule 2d: a complaint the writer says they do not mean", "If I have to hear that song again I'll kill myself, I don't mean it.", None, "hyperbole"},
		{"rule 2f: self-harm words with someone else as object", "I want to cut her out of my life completely.", None, "done to someone else"},
		{"rule 2f: a composed act on someone else's face", "Next time he does it I'm going to cut his face open.", High, ""},
		{"rule 2f control: the writer's own", "I want to cut so badly tonight.", Critical, ""},
		{"rule 2e: a strong preference", "I'd rather jump off the scaffold than sit through another PowerPoint on site inductions.", None, "preference"},
		{"rule 2e: a preference about a wedding", "Honestly I'd rather hang myself than go to that wedding.", None, "preference"},
		{"rule 2e: going back to an event", "I'd rather die than go back to that dentist, honestly the worst.", None, "preference"},
		{"rule 2e: another decade of it is no chore", "Honestly I'd rather not wake up than do another decade of finger pricks and hypos.", High, ""},
		{"rule 2e: going through more of this is no event", "I'd rather die than go through another week of this.", High, ""},
		{"a numbered list keeps its items near", "Things to sort before Saturday:\n1. give Max to my sister\n2. cancel the phone contract\n3. write to Jess\n4. the bridge", Critical, "a plan with means or a time"},
		{"a number of my people is no dose", "I took 20 of my students to the museum today.", None, ""},
		{"a number of my things is no dose", "I took twelve of my best photos to the gallery.", None, ""},
		{"a number of my tablets is a dose", "Feeling so sleepy after taking about forty of my amitriptyline.", Critical, ""},
		{"an idiom of exasperation", "The new puppy chewed my boots to bits. I could strangle him, but look at that face.", None, "idiom"},
		{"an idiom of exasperation with means named", "I could strangle him with my bare hands tonight, I've got the rope.", Critical, ""},
		{"rule 2h: a threat over a small failing", "I'll kill him if he's late again, we've got a table booked at 7!", None, "a small failing"},
		{"rule 2h control: a reason to fear", "I'm going to hurt him if he comes round here again.", High, ""},
		{"rule 2h control: a means named", "I'll stab him with the kitchen knife if he's late again.", Critical, ""},
		{"rule 2h: the small failing told in the next sentence", "I'm going to kill my brother. He ate my birthday cake.", None, "a small failing"},
		{"rule 2h control: the next sentence names a blow", "I'm going to kill my brother. He ate my dinner and then hit me.", High, ""},
		{"rule 2h: someone else's threat over what they will find out", "My brother said Mom would kill him if she found out he still talks to me.", None, "a small failing"},
		{"rule 2h: someone else's threat over what they will see", "My wife will kill him when she sees the mess he made of the garden.", None, "a small failing"},
		{"rule 2h control: someone else's threat with no finding-out", "My sister said she'd kill him.", High, ""},
		{"rule 2h control: someone else's threat for when he is out", "My mum will kill him when he gets out of prison.", High, ""},
		{"rule 1g: a finding-out that is telling stays a threat", "He said he'd kill me if he finds out I told anyone.", High, "a threat reported"},
		{"rule 1g control: a finding-out of a small failing", "She said she'll kill me when she sees my room.", None, ""},
		{"rule 3b: a phrase opening its sentence before a show is the writer's", "Swallowed the whole strip of propranolol the doctor gave me, about half an hour before the show would have started.", Critical, ""},
		{"rule 3b control: the show's own character before the phrase", "In the show he swallowed the whole strip of propranolol before the interval.", None, "mention"},
		{"rule 4: the perfect with 'since' runs until now", "Nine months clean and I took the leftover oxycodone. I've used every night since and I don't want to stop.", High, ""},
		{"rule 4 control: the pluperfect with 'since' is over", "Nine months clean. I'd used every night since my divorce before rehab.", None, "past, recovery talk"},
		{"rule 2i: a grievance after 'I could … for'", "I could kill my flatmate for telling my date about my snoring.", None, "exasperation"},
		{"rule 2i control: no grievance given", "I could kill my flatmate.", High, ""},
		{"rule 2i: a threat taken back with 'but' in the same breath", "My supervisor finally replied after six weeks, I could kill him but at least he liked chapter 3.", None, "exasperation"},
		{"rule 2i control: 'but' in the next clause", "I could kill him, but I'd never get away with it.", High, ""},
		{"rule 2i: a threat taken back with a kind word in the next clause", "The new guy keeps stealing my squat rack. I could kill him, but he's nice.", None, "exasperation"},
		{"rule 2i control: 'but' and no kind word", "I could kill him, but he's bigger than me.", High, ""},
		{"rule 2t: a hurt warned of after a need to stop", "Coach says I've got to stop ego lifting or I'll hurt myself. Fair.", None, "a warning"},
		{"rule 2t control: a hurt threatened with no need", "Leave me alone or I'll hurt myself.", High, ""},
		{"rule 2t control: a need that is no care of the body", "I need to get out of this house or I'll hurt myself, I can feel it building.", High, ""},
		{"rule 3g: a note left for a homeowner is an errand", "Left a note for the homeowner about the damp patch, hope they get a surveyor in.", None, "an everyday note"},
		{"rule 3g: a note that says where the writer will be", "left a note for my sister to say i'd be at the library til 6", None, "an everyday note"},
		{"rule 3g control: a note that says the writer will be at peace", "Left a note for my mum to say I'd be at peace now.", Critical, ""},
		{"rule 3g: a note left for a manager is an errand", "Left a note for the venue manager about the broken stage light.", None, "an everyday note"},
		{"rule 2i: someone known only by what they designed", "I could murder the person who designed these school forms.", None, "exasperation"},
		{"rule 2i control: someone known by what they did to the writer", "I could kill the man who hurt my sister.", High, ""},
		{"rule 2i control: a means named", "I could kill him for what he did to my sister, I've got a knife in my bag.", Critical, ""},
		{"rule 2g: a place on an outing", "Heading to the viaduct now for the sunrise photo walk.", None, "an outing"},
		{"rule 2g: a plan on an outing", "We're driving to the bridge now for a picnic, sun's out!", None, "an outing"},
		{"rule 2g: a place with others", "We're heading to the viaduct now.", None, "an outing"},
		{"rule 2g: means gone to for a purpose", "Left letters for the kids in their lunchboxes, then walked to the bridge to meet Sam.", None, ""},
		{"rule 2g control: letters and means with no purpose", "I've left letters for them on the kitchen table and I'm going down to the river tonight.", Critical, ""},
		{"rule 2g: a purpose of finality is no outing", "Heading to the viaduct now for the last time.", Critical, ""},
		{"rule 2g: a person is no purpose", "I'm driving to the bridge now for my kids, they'll be better off.", Critical, ""},
		{"rule 2e control: set against going on living", "I'd rather kill myself than keep living like this.", High, ""},
		{"rule 2e control: set against facing another day", "I'd rather hang myself than face another day like this.", High, ""},
		{"rule 2e control: set against being a burden", "I'd rather kill myself than be a burden on my kids.", High, ""},
		{"rule 2e control: set against facing someone", "Gambled away the house deposit. I'd rather be gone than see her face.", High, ""},
		{"rule 2e control: set against going to court", "Honestly I'd rather hang myself than go to court on Monday.", Critical, ""},
		{"rule 2d control: having to face another day", "If I have to face another day like this I'll kill myself.", High, ""},
		{"rule 2e control: means ready", "I'd rather take every pill in the house than go back to that ward, and I've got them ready.", Critical, ""},
		{"a topic put first", "suicide is all I think about lately", High, ""},
		{"skin care is not skin", "I need to open up my skin care order.", None, "idiom"},
		{"skin opened up", "I want to open up my skin again.", High, ""},
		{"a denied joke is meant", "I'm not joking, if he touches her again I'll kill him.", High, ""},
		{"a joke stays a joke", "I'll kill him, jk he's my best mate.", None, "joking"},
		{"a cover story denied is not an accident", "The burns on my arm weren't from cooking like I told my mum.", High, ""},
		{"someone else who is suicidal", "We had a training day on how to talk to someone who is suicidal.", None, "idiom"},
		{"it wasn't an accident that", "It wasn't an accident that I ended up in recovery, I worked hard to get here.", None, "idiom"},
		{"a goodbye inside a farewell counts once", "Thank you all for being kind to me after my surgery, I'm home now.", Low, "goodbye"},
		{"an idiom does not hide a shorter phrase that stands", "I want to kill the guy who attacked my sister.", High, ""},
		{"an idiom that runs on from a farewell cancels it", "My final post of the year: thank you all!", None, ""},
		{"farewell control", "My final post: thank you all.", Critical, "goodbye"},
		{"a petty offence makes a threat banter", "I'm going to kill my brother, he ate the last slice!", None, "joking"},
		{"the same words as a signal and a topic: the signal stands", "Cut again last night.", High, ""},
		{"text-speak reads as the words it stands for", "i keep thinkin bout endin it all", High, ""},
		{"a dropped g", "I'm thinkin about killin myself", High, ""},
		{"'no more' before the writer is 'anymore'", "i cant do this no more i want to die", High, ""},
		{"'no more' still negates what follows it", "I have no more urges to hurt myself.", None, "negated"},
		{"the word model does not overrule past talk", "After my son died I wanted to die too. Two years on, with help, I'm finding my way.", None, "past, recovery talk"},
		{"a relapse is recent", "I relapsed and cut myself after 8 months clean.", High, ""},
		{"critical phrase", "Tonight I'll take everything I saved.", Critical, ""},
		{"low category", "I relapsed last night.", Low, ""},
		{"algospeak", "kms", High, ""},
		{"abuse", "My stepdad hits me.", High, ""},
		{"pairs: against + life", "There's no reason for me to keep living.", High, ""},
		{"pairs: against needs a life concept", "There's no reason for me to keep dying my hair.", None, ""},
		{"pairs: harm verb + own body", "I carved words into my leg.", High, ""},
		{"pairs: harm verb + body, accident", "I burned my arm on the stove again.", None, "accident"},
		{"pairs: violence + person, writer acting", "I'll hurt him if he comes back.", High, ""},
		{"pairs: violence + person, someone else acting", "Did the dog hurt him?", None, ""},
		{"pairs: violence + person, a thing to hand thrown at them", "Physio wants graded exercise and I'm ready to throw the leaflet at her.", None, ""},
		{"pairs: violence + person, a means thrown at them", "I'm going to throw acid at her.", High, ""},
		{"pairs: violence + person, a brick thrown at them tonight", "I'm going to throw a brick at him tonight.", Critical, ""},
		{"pairs: if + absent", "Everyone would be happier if I wasn't around.", High, ""},
		{"pairs: if + absent needs the writer", "It would be quieter if the neighbours were gone.", None, ""},
		{"a later frame does not hide an earlier one", "Part of me hopes I get hit by a car.", High, ""},
		{"means with a goodbye", "I have the rope ready. Goodbye.", Critical, "means with a goodbye"},
		{"means without a goodbye", "I have the rope ready for the climb.", None, ""},
		{"joined phrase after a glued pronoun", "I w a n t  t o  d i e", High, ""},
		{"harm to others", "I want to hurt my roommate.", High, ""},
		{"a censored letter reads as the crisis word it hides", "wanna c*t so bad rn", High, ""},
		{"a censored consonant", "sui*ide is on my mind constantly", High, ""},
		{"a censored word nothing fits stays unknown", "my c*t is so fluffy", None, ""},
		{"a dropped g even where the model weighs the short form", "thinkin about dying", High, ""},
		{"text-speak for overdosing", "thinkin of ODing on my xanax", High, ""},
		{"spelled-out words with wider gaps between words", "might just t a k e  e v e r y t h i n g  in the cabinet", High, ""},
		{"algospeak named as a word", "the podcast is about how algospeak like unalive started", None, ""},
		{"sitting on a bridge is a place", "Sitting on the bridge with my sandwich watching the boats.", None, ""},
		{"sitting on the railing is a position", "I'm sitting on the bridge railing typing this.", Critical, ""},
		{"affairs in order beside tonight", "Set my affairs in order this week. Tonight I finally get some rest, for good.", Critical, ""},
		{"sorting one's affairs is admin", "Finally sorting my affairs: pension, will, insurance.", None, ""},
		{"ready to let go", "I'm tired of fighting. I think I'm ready to let go.", High, ""},
		{"ready to let go of a thing", "I'm ready to let go of this old car.", None, ""},
		{"a retold film is a mention", "Watched a film about a man who plans to set fire to his neighbour's car.", None, "mention"},
		{"a song that moves the writer is not", "That song makes me want to die every time.", High, ""},
		{"a remembered act with recovery talk", "I remember writing goodbye letters in 2019. I burned them last week. I'm still here.", None, "past, recovery talk"},
		{"medicine running out is an errand", "Anyone know if the pharmacy delivers on Sundays? I'm running low on my tablets.", None, ""},
		{"not safe, of oneself", "My therapist asked if I was safe and I lied. I'm not safe.", High, ""},
		{"not safe to drive", "I'm not safe to drive after these meds.", None, ""},
		{"a word carved into skin is no mention", "Then I carved a word into my thigh with a compass.", High, ""},
		{"a hike is not a plan", "Heading to the cliffs for a hike this weekend!", None, ""},
		{"a class is no story being retold", "My teacher keeps me behind after class and touches my leg and says it's our little secret.", High, ""},
		{"fear of acting now is not recovery", "I had a flash of throwing the baby down the stairs and now I can't stop thinking about it.", High, ""},
		{"command voices compose with what they ask", "The voices keep telling me to hurt myself.", High, ""},
		{"a picture of a means reads as its word", "bye. tonight is the night 🌉", Critical, ""},
		{"a picture beside ordinary medicine talk", "took my meds 💊 feeling good", None, ""},
		{"a slur reported to someone", "someone on tiktok said \"kys\" to my friend and I reported it", None, ""},
		{"a voice saying it is not a report", "my brain says kill yourself every morning", High, ""},
		{"past thoughts that have passed", "I have had thoughts of suicide before but I'm not having them now, I'm just anxious.", None, "past, recovery talk"},
		{"a letter left with a time", "I've left the car keys and a letter on the table for my brother. Tonight's the night.", Critical, ""},
		{"a phrase laughed off is a check-in", "My team got slaughtered in the final, I want to die lol.", Low, "laughed off"},
		{"laughter does not lower a text with means", "I want to die lol. The pills are on my desk.", Critical, ""},
		{"laughter with an unless", "gonna take every pill lol jk… unless?", High, ""},
		{"banter over the milk", "I'm going to kill my flatmate, he used all the milk again.", None, "joking"},
		{"a means is no banter", "My flatmate keeps stealing my food and I've started putting bleach in the milk to teach him.", Critical, ""},
		{"swimming out too far, with a time", "Thinking of swimming out too far on purpose this weekend.", Critical, "with a time"},
		{"skin picking as a habit", "Picking at my skin is a nervous habit, any tips to stop?", None, ""},
		{"a pet put to sleep", "We had to put our old dog to sleep today. She was fifteen.", None, ""},
		{"asking to be put to sleep", "I wish someone would put me to sleep like they did for our old dog.", High, ""},
		{"a frame in the past with help sought", "I thought about driving into the river once but I pulled over and called my brother. I'm okay.", None, "past, recovery talk"},
		{"someone else thinking about it", "Ask them directly whether they're thinking about suicide.", Low, ""},
		{"people with suicidal thoughts are others", "Our church ran a workshop on supporting people with suicidal thoughts.", None, ""},
		{"a thing that will end me", "bro this exam is lowkey gonna end me fr", None, ""},
		{"the phrase nearer the frame is what it is about", "I hate my flatmate so much I've thought about putting bleach in his drink.", Critical, ""},
		{"a laptop's brand name", "My new Razer Blade laptop arrived today!", None, ""},
		{"files renamed over existing ones", "Avoid renaming over existing files.", None, ""},
		{"a cache purged", "Delete the right cache directory on purge.", None, ""},
		{"over living, said of oneself", "I'm so over living like this.", High, ""},
		{"switching off for good", "My battery's been on empty for years and I'm ready to switch off for good.", High, ""},
		{"a battery switched off", "My phone battery's on empty, I'll switch off and charge it overnight.", None, ""},
		{"checking out with a plan and a goodbye", "I'm checking out this weekend. Paid everything up, left the keys with the landlord. It's been real.", Critical, ""},
		{"checking out of a hotel", "I'm checking out of the hotel this weekend, the trip was amazing.", None, ""},
		{"pain is not someone hurting me", "My back keeps hurting me, off to the physio again.", None, ""},
		{"an arm opened up by oneself", "I had to open my arm up again last night to feel something.", High, ""},
		{"an arm opened up by a nurse", "The nurse had to open my arm up to get the splinter out.", None, ""},
		{"a recent urge met with a step to stay safe", "Last night I wanted to take all my pills but I gave them to my sister instead.", Low, "past, reached out"},
		{"a recent urge, the step told in the next sentence", "Last night I thought about taking all my pills. I called my sister instead.", Low, "past, reached out"},
		{"a present urge with a step taken stays", "I want to take all my pills tonight but I called my sister.", Critical, "with a time"},
		{"a recent urge with no step taken stays", "Last night I wanted to take all my pills.", Critical, ""},
		{"today's medicines taken", "Took all my meds this morning, feeling ok.", None, "idiom"},
		{"a plan for the morning is no routine dose", "I'm going to take all my pills in the morning when everyone's gone.", Critical, ""},
		{"a plan with dinner is no routine dose", "I'll take all my pills with dinner tonight and not wake up.", Critical, ""},
		{"reminded to take them", "Finally remembered to take all my tablets three days in a row!", None, "idiom"},
		{"an act critical in itself, with a grateful word and no time", "I swallowed all my pills. Glad I found this forum before the end.", Critical, ""},
		{"an act with help called after it stays critical", "I took all my pills last night but I called 999 straight away.", Critical, ""},
		{"a past urge with a grateful word is recovery talk", "I wanted to take all my pills but I'm glad I didn't.", None, "past, recovery talk"},
		{"an act told with a distant cue and recovery", "There were nights I took everything I had hoping not to wake. Now I count sober days instead of pills.", None, "past, recovery talk"},
		{"gratitude in the present does not silence the word model", "I'm grateful for every one of you here. I hope you understand. I've made my choice and tonight I'm going.", Critical, "with a time"},
		{"recovery told in the past still does", "I used to feel like I'd made my choice. Therapy helped and I'm grateful every day.", None, ""},
		{"a place with means and a grateful farewell", "I'm at the cliff. I'm thankful I had you all. I'm so sorry.", Critical, "means with a goodbye"},
		{"thoughts that are gone now", "Therapy helped me more than I can say. The thoughts of ending it are gone now.", None, "idiom"},
		{"all my pills taken this morning, with nothing after", "I took all my pills this morning and nothing happened.", Critical, ""},
		{"someone else's thoughts", "My partner struggles with suicidal thoughts, how do I support him?", Low, "someone else"},
		{"someone else's: a group of people", "There is a new helpline for vets struggling with suicidal thoughts.", Low, "someone else"},
		{"someone else's, told to the group", "To the person who posted last night about wanting to die: please post again tomorrow.", Low, "someone else"},
		{"someone else's, the model quiet too", "He said he wants to kill himself.", Low, "someone else"},
		{"someone else's thoughts control", "I struggle with suicidal thoughts, how do I cope?", High, ""},
		{"the writer between the person and the phrase", "He is the reason I'm suicidal.", High, ""},
		{"the writer is the person", "I feel like someone who has suicidal thoughts every day.", High, ""},
		{"someone else who found it is not the one", "She found the blades last night. I'm scared.", High, ""},
		{"self-harm naming its own means is not more", "Went back to the blade last night after nine months off it.", High, ""},
		{"self-harm with means beside it", "Went back to the blade last night and the razor is still on my desk.", Critical, "with means or a plan"},
		{"incite: dying urged on the reader", "If you're that miserable why don't you just go and end it then.", High, ""},
		{"incite control: not urged", "If you're that miserable I'm worried you'll end it.", None, ""},
		{"incite pairs with dying only", "Why don't you just cut your hair short, it would suit you.", None, ""},
		{"the word model's window is near a time", "I have 60 of my mum's tramadol in front of me. Is that enough? Tonight I want to find out.", Critical, ""},
		{"two preparations are everyday", "Tying up loose ends at work and deleted my socials.", None, ""},
		{"the writer joins in", "My husband is suicidal and so am I.", High, "the writer too"},
		{"the writer joins in, next sentence", "My wife wants to die. Me too, honestly.", High, "the writer too"},
		{"the writer joins in a topic", "My brother self harms and I have too.", High, "the writer too"},
		{"the writer joins in: the same", "My sister keeps talking about ending it all and I feel the same.", High, "the writer too"},
		{"the writer joins in: we both are", "My husband is suicidal. We both are.", High, "the writer too"},
		{"joining in control: worried too", "My son is suicidal and I am worried too.", Low, ""},
		{"joining in control: too describes", "My son is suicidal and I am too tired to cope.", Low, ""},
		{"joining in control: we both need", "My husband is suicidal. We both need help.", Low, ""},
		{"joining in control: two sentences on", "My brother is suicidal. It is hard. Me too.", Low, ""},
		{"someone else's fear for the writer", "My family worries that I'll hurt myself again but I'm in a better place now.", Low, "someone else's fear"},
		{"someone else's fear, the frame itself", "My mum is worried I'll hurt myself.", Low, "someone else's fear"},
		{"the writer's own fear", "I'm worried I'll hurt myself tonight.", Critical, ""},
		{"a plan made with a therapist is a safety plan", "I have a plan with my therapist and I use it when I want to hurt myself.", High, ""},
		{"a plan for tonight stays a plan", "I have a plan for tonight and I want to hurt myself.", Critical, ""},
		{"a hand hurt on purpose", "I slammed my hand in the door on purpose so I'd have a reason to cry.", High, ""},
		{"a hand hurt by accident", "I slammed my hand in the car door this morning, ouch.", None, ""},
		{"an accident cue beside wounds being hidden", "Has anyone got tips for hiding cuts at the gym? Mine are on my thighs.", High, ""},
		{"an accident cue that says where the means came from: kept, high (the knife it was done with is the cut's own)", "I cut my arm with the knife from the kitchen.", High, "lexicon tier"},
		{"an accident cue that says where the means came from, with bleeding now", "I cut my arm with the knife from the kitchen. There is blood everywhere.", Critical, ""},
		{"an accident cue: cut in the kitchen", "I cut my arm in the kitchen chopping onions.", None, "accident"},
		{"someone else's, by the phrase's own words", "What should I do if a friend tells me they're thinking of ending their life?", Low, "someone else"},
		{"the writer just after the phrase", "My therapist has no idea how suicidal I am.", High, ""},
		{"a conjunction starts a new subject", "My family is away and ending it all tonight feels right.", Critical, ""},
		{"a fear, then the writer's own words", "My mum is scared and I'm going to kill myself tonight.", Critical, ""},
		{"a therapist's assessment is no fear", "My therapist thinks I'm suicidal.", High, ""},
		{"the writer compared with someone else", "My partner deserves better than someone who wants to die.", High, ""},
		{"rule 8b: a person named after the model's words is not their subject", "Asking for a friend: what's the least messy way so the family doesn't have to see anything?", Critical, ""},
		{"rule 7: the same farewell alone", "Tell my mum it wasn't her fault.", Low, "goodbye"},
		{"rule 4: what the voices told me to do, years ago", "Three years ago the voices told me to hurt myself. With the right meds and my care team I barely hear them now.", Low, "distant past"},
		{"rule 4: what the voices told me to do, last night", "Last night the voices told me to hurt myself.", High, ""},
		{"rule 4: 'look at me now' sets a now against a then", "The year I wanted to die wasn't the end. Look at me now, married with a garden.", Low, "distant past"},
		{"rule 4 control: 'look at me' with no now", "The year I wanted to die wasn't the end. Look at me, I still want to.", High, ""},
		{"rule 4: what made me want to, years ago", "Two years ago depression made me want to die. I'm doing so much better now.", None, ""},
		{"rule 4: what made me want to, last night", "Last night the voices made me want to die. I'm scared.", High, ""},
		{"someone like the writer", "Someone who struggles with suicidal thoughts like me needs help.", High, ""},
		{"'their' of the writer's own family", "My kids would be better off without their mum.", High, ""},
		{"someone else who says it of themselves", "My brother says he won't survive another stretch inside.", Low, "someone else"},
		{"the writer who says it of themselves", "I won't survive another stretch inside.", High, ""},
		{"a plan not to face another night, with means in the next sentence", "I'm not doing another night in this house. Bridge is a short walk.", Critical, "a plan with means or a time"},
		{"a night shift is no plan", "I'm not doing another night shift. The bridge is a short walk from the hospital.", None, ""},
		{"'to die for' is an idiom", "This cake is to die for.", None, ""},
		{"'want to die for real' is no idiom", "I want to die for real.", High, ""},
		{"wanting to die at every phone call is hyperbole", "I want to die every time I have to make a phone call.", None, ""},
		{"wanting to die at every school day is not", "I want to die every time I have to go to school.", High, ""},
		{"rule C: a negation between frame and concept", "I will not hurt myself tonight.", None, ""},
		{"rule C: 'never' between frame and concept", "I promise I will never kill myself.", None, ""},
		{"rule C: no negation between them", "I will hurt myself tonight.", Critical, ""},
		{"rule 2: instead of", "I used my safety plan last night instead of hurting myself.", None, ""},
		{"rule 1c: a crisis word inside a step to stay safe", "I gave my razor blades to my mum so I wouldn't use them.", None, ""},
		{"rule 1c: the same word kept", "I keep my razor blades in my drawer for when it gets bad.", High, ""},
		{"rule 4d: an urge met with a planned step", "I'm going to call the helpline if the urges to cut come back.", Low, "if, with a step to stay safe"},
		{"rule 4d: an urge with no step", "If the urges to cut come back I don't know what I'll do.", High, ""},
		{"rule 4h: harm to someone asked as 'what if I' is a feared thought", "Had the 'what if I push someone onto the tracks' thought on the platform today and I stood with it.", Low, "a feared thought"},
		{"rule 4h: a feared thought of hurting someone close", "what if i hurt my baby, i keep getting that thought and it terrifies me", Low, "a feared thought"},
		{"rule 4h control: asked with tonight", "What if I push him down the stairs tonight", Critical, ""},
		{"rule 4h control: said as an intent", "I'm going to push him down the stairs.", High, ""},
		{"rule 4g: an urge met with a step in the same breath", "I have the urge to cut but I'm holding on.", Low, "urge met with a step"},
		{"rule 4g: a recent urge told in the past, met with a step", "Had the urge to hurt myself after the loss but I went for a run instead.", Low, "urge met with a step"},
		{"rule 4g: 'urge' just before the phrase", "Had the urge to scratch my arms after the party but used my weighted blanket instead.", Low, "urge met with a step"},
		{"rule 4g control: an urge with a time is not set down", "The urge to cut is bad tonight but I'm holding on.", High, ""},
		{"rule 4g control: a wish to die with a step is no urge", "I want to die but I'm holding on.", High, ""},
		{"rule 4e: a thought the writer will not act on", "I'd never act on it, but the intrusive thoughts about jumping scare me.", Low, "will not act on it"},
		{"rule 4e: a threat settled for less", "The clinic lost our paperwork again. I want to kill someone, but I'll settle for a stern email.", Low, "will not act on it"},
		{"rule 4e: a threat taken back in a sentence of its own", "When I'm just happy and he asks if I'm manic, I'll throw the kettle at him. (I won't.)", Low, "will not act on it"},
		{"rule 4e control: a next sentence that says more", "I want to die. I won't get better.", High, ""},
		{"rule 4e control: taken back with a time", "I'm going to kill myself tonight. I won't. I can't even do that right.", Critical, ""},
		{"spelling as it comes: wnat, sucidal", "i feel sucidal evry day and i wnat to die. nobdy gets it", High, "lexicon tier"},
		{"rule 3: a past topic verb opening its sentence is the writer's, and 'about an hour' is no mention", "OD'd about an hour ago, my full supply of quetiapine and lithium. Feeling drowsy and nauseous.", Critical, "with a time"},
		{"rule 3 control: a past topic verb opening its sentence with an object", "Overdosed the tomatoes on feed and now the leaves are curling, oops.", Low, "topic word"},
		{"rule 3 control: about an overdose is a mention", "Cross-examining a witness about an overdose death today, heavy case.", None, "mention"},
		{"rule 3b: the writer's own piece retells nothing", "my new song goes: nothing will ever change and there is no way out", High, ""},
		{"rule 3b control: someone else's song retold", "the new song goes: nothing will ever change and there is no way out", None, ""},
		{"rule 3b: a patient's ideation is a case, not the writer's", "For my nursing placement I'm writing up a risk assessment on a patient with active suicidal ideation. Any tips on structure?", None, "mention"},
		{"rule 8 control: a relative cut out of one's life", "I cut my mother out of my life and I'm at peace with it now.", None, ""},
		{"rule 2b: an accident cue far off in another clause", "I locked myself in the bathroom and cut my wrists and there's so much blood, I can hear them banging on the door.", Critical, ""},
		{"rule 2b control: an accident cue a few words off", "I cut my finger, the knife slipped.", None, ""},
		{"rule 4: a time clean is not the distant past", "Two years off oxycodone and the dentist prescribed codeine. I've taken the whole week's worth in two days and ordered more online.", Critical, "lexicon tier"},
		{"rule 4 control: the distant past is", "Two years ago I took all my pills. Today I'm grateful to be alive.", None, ""},
		{"rule 7b: an amount of time is no distant past", "I'm on the roof of the library building. Five years of work for nothing, I'm going to step off", Critical, "a plan with means or a time"},
		{"rule 4: a 'now' after 'but' is set against the past", "I was in a dark place, thought to end my life, but today I'm well.", None, "past, recovery talk"},
		{"rule 4 control: a 'today' that tells when", "I was in a dark place and thought to end my life today.", High, ""},
		{"someone else: Pidgin's 'wey' (who)", "We hold vigil for my cousin wey commit suicide last year.", Low, "someone else"},
		{"rule 6e: heroin bought again after time off", "I was off the street stuff for a year but the hospital wouldn't give me anything so I bought heroin again last night.", High, "using again with opioids"},
		{"rule 6e control: cocaine bought again", "I bought coke again last night after a year off it.", Low, ""},
		{"rule 1: 'jump in' at the end of its clause, a means before it, a goodbye", "I'm on the pier after the gig and I'm going to jump in, I've messaged my sister goodbye.", Critical, ""},
		{"rule 1 control: 'jump in' at the river on a hot day", "We're down at the river and I'm going to jump in, it's so hot.", None, ""},
		{"rule 1 control: 'jump in' with a goodbye but no means", "The chat at the club was great so I'm going to jump in. Goodbye for now!", None, ""},
		{"rule 1f: a blow past 'is'", "My dad is beating me.", High, "another adult's blow"},
		{"rule 1f: a blow past two words", "He has been slapping me.", High, "another adult's blow"},
		{"rule 1f: a mother-in-law's blow", "My husband and mother-in-law are beating me for dowry.", High, "another adult's blow"},
		{"rule 1f control: a game lost past 'is'", "My dad is beating me at chess again.", None, ""},
		{"rule 1f: a blow in its bare form", "Some lads kick me in my sleep most nights.", High, "another adult's blow"},
		{"rule 1f control: a bare blow in a game", "My brothers always beat me at Mario Kart.", None, ""},
		{"rule 1f: a who-clause set off by commas", "My son, who resides with me, strikes me when he has been drinking.", High, "another adult's blow"},
		{"rule 1f control: a who-clause set off by commas, then no blow", "My son, who resides with me, strikes me as a very kind young man.", None, ""},
		{"rule 1f: a blow past a short 'who' clause", "My boyfriend who owns the shop hits me when I'm slow.", High, "another adult's blow"},
		{"rule 1f: a blow sharing its subject across 'and'", "My husband takes my wages and hits me if I come home late.", High, "another adult's blow"},
		{"rule 1f control: a 'who' clause, then a message", "My boyfriend who I adore hit me up about dinner.", None, ""},
		{"rule 1f: a grown son's blow", "My son took the keys to my plot and shoves me about when I ask for my pension card back.", High, "another adult's blow"},
		{"rule 1h: all of a medicine named before, taken tonight", "I've saved up my lamotrigine and I'm taking all of it tonight.", Critical, "with a time"},
		{"rule 1h: the pronoun in the next sentence", "I've got a month of my sertraline here. Taking them all.", High, "a medicine taken whole"},
		{"rule 1h control: taken all in", "Picked up my prescription pills, the pharmacist explained a lot and I'm taking it all in.", None, ""},
		{"rule 1h control: taken back", "I took all of them back to the pharmacy for safe disposal, my pills are gone.", None, ""},
		{"rule 1h control: no medicine named", "Three job offers came in and I'm taking all of them seriously.", None, ""},
		{"rule 1i: a means named, then going to use it", "I'm sat in my car in the prison car park with a ligature I took off a prisoner. I'm going to use it.", Critical, ""},
		{"rule 1i: the means in the same sentence", "I'm sat in my car with a rope and I'm going to use it.", Critical, ""},
		{"rule 1i control: a use named", "Bought some rope for the garden swing and I'm going to use it on Saturday with the kids.", None, ""},
		{"rule 1i control: no means named", "Got a new blender for my birthday and I'm going to use it.", None, ""},
		{"rule 1i: jumping off it after a means place", "I'm going to the cliff where I used to stargaze and I'm jumping off it tonight.", Critical, ""},
		{"rule 1i control: jumping off a diving board", "The diving board at the lido is huge, I'm jumping off it tomorrow with my kids!", None, ""},
		{"rule 1f: shoved out of the way", "My son shoves me out of the way when I try to see the kids.", High, "another adult's blow"},
		{"rule 1f: a blow struck", "My son who lives with me strikes me when he has been drinking.", High, "another adult's blow"},
		{"rule 1f control: an impression", "My new neighbour strikes me as a kind man, he brought round a cake.", None, ""},
		{"rule 1f control: shoved out of a room", "My sister shoves me out of her room when her friends come round, typical teens.", None, ""},
		{"rule 1h: a medicine named, then all of it, just taken", "I've taken mum's morphine, all of it that was in the box.", Critical, "a medicine taken whole"},
		{"rule 1h control: a medicine named, then all of it taken in", "I took my sertraline, all of it in the morning as prescribed.", None, ""},
		{"rule 2e: losing what a life is made of is no preference", "Honestly I'd rather be dead than lose the garage my dad built.", High, ""},
		{"rule 2e: a contest lost is a preference", "I'd rather die than lose to Arsenal again.", None, "preference"},
		{"rule 1f: a blow told as the cause of bruises", "My husband tells people I'm clumsy but the bruises are from him kicking me.", High, "another adult's blow"},
		{"rule 1f control: a baby kicking in the womb", "I love feeling her kicking me at night, 30 weeks!", None, ""},
		{"rule 4: a recovery word inside the phrase tells no recovery", "Part of me was disappointed I survived the crash.", High, ""},
		{"rule 4: a harm told in the past tense, then now", "I starved myself in my twenties. Now I eat three meals a day and I'm proud of it.", None, ""},
		{"rule 4 control: the same harm as a habit now", "I starve myself most days and I'm proud of it.", High, ""},
		{"rule 3i: the writer named in the third person", "This idiot cut herself again last night. Three weeks clean down the drain.", High, "the writer in the third person"},
		{"rule 3i: 'she is me' after the phrase", "She burns herself with cigarettes when nobody's home. She is me.", High, "the writer in the third person"},
		{"rule 3i control: an address form inside a reply", "Tell your girl she's doing great, my daughter cut herself at that age too and she's fine now.", Low, ""},
		{"rule 1h: way more of a medicine given to myself", "I gave myself way more sertraline than I needed because I didn't care what happened.", High, "more of a medicine than meant"},
		{"rule 1h control: a dose feared", "I'm scared of taking too much paracetamol for my tooth, how much is the max a day?", None, ""},
		{"rule 6e: means and a time in the sentence before despair", "I'm on the bridge over the bypass right now. Diabetes burnout and everything else, I can't do it anymore.", Critical, "despair with means and a time"},
		{"rule 7: a farewell with a plan and a time", "Thank you for trying, all of you. I've booked the hotel room for Friday.", Critical, "goodbye"},
		{"rule 7: a farewell with means and a time", "Going to walk in off the slipway when it gets dark. Ye were all good to me.", Critical, "goodbye"},
		{"rule 1h in Scots spelling", "Been takin way mair o ma diazepam than the doctor said.", High, "more of a medicine than meant"},
		{"rule 7 control: a farewell with a plan and no time", "Thank you for trying, all of you. I've given my cat to my neighbour.", High, "goodbye"},
		{"rule 6: where the writer stands, two sentences before", "I'm on the roof of my halls block. I've messaged my flatmates to say sorry. I'm going to jump.", Critical, "with means or a plan"},
		{"rule 6 control: a place visited, two sentences before", "We went up on the roof of the hotel for drinks. The view was lovely. Some days I think about jumping.", High, "lexicon tier"},
		{"rule 6: a place to fall from is no means of hurting someone", "I'm going to wait for him in the car park and make him pay.", High, "lexicon tier"},
		{"rule 6 control: a weapon beside the place is", "I'm going to wait for him in the car park with a knife and make him pay.", Critical, "with means or a plan"},
		{"rule 6: a store kept back names its medicine, no second sign", "I've been stockpiling my insulin.", High, "lexicon tier"},
		{"rule 6: a store kept back, with no my", "I've been stockpiling insulin from every prescription for months.", High, "lexicon tier"},
		{"rule 6 control: a store kept back with a time", "I've been stockpiling my sleeping pills and I'm taking them tonight.", Critical, "with a time"},
		{"rule 6h: a wound that will not stop bleeding", "I cut my thighs with the scissors during the night feed. It's deep and there's blood on the carpet and it won't stop.", Critical, "bleeding that will not stop"},
		{"rule 6h: lightheaded beside a cut that is not stopping", "Cut deep into my arm with the shears in the crew room toilet. It's not stopping and I'm lightheaded.", Critical, "bleeding that will not stop"},
		{"rule 6h control: lightheaded with nothing that will not stop", "Cut my arm last night, it's stopped now, just a bit lightheaded from not eating.", High, ""},
		{"rule 6h: blood pumping from a wound the writer can't make stop", "I've slashed me arm with a blade in the jacks and it's pumping, the floor's covered, I can't make it stop.", Critical, "bleeding that will not stop"},
		{"rule 6h control: blood pumping with a stop", "I cut my arm last night. My heart was pumping but the blood stopped quickly.", High, ""},
		{"rule 6h control: a cut the writer stopped", "I cut my arm last night. There was blood but I made it stop with a towel.", High, ""},
		{"rule 6h: blood gushing", "I cut my arm. The blood is gushing out.", Critical, "bleeding that will not stop"},
		{"rule 6h: the blood cannot stop", "I cut my hand with the penknife after the quarrel with my father. Very deep and the blood cannot stop.", Critical, "bleeding that will not stop"},
		{"rule 6h: bleeding that will not stop, its subject left out", "Cut into my arm with my pocket knife in the garage after the funeral. It's bleeding through my jacket and won't stop.", Critical, "bleeding that will not stop"},
		{"rule 6h control: the writer who cannot stop", "I keep picking at my skin until it bleeds and I can't stop.", High, ""},
		{"rule 6: an urge's time is when it is felt", "The urge to self harm is so strong tonight.", High, ""},
		{"rule 6 control: an intent's time is when it will be done", "I'm going to cut myself tonight.", Critical, "with a time"},
		{"rule 6 control: 'purge' is no urge, its time counts", "I purge after every meal and I'm going to do it again tonight.", Critical, "with a time"},
		{"make him pay: money is no threat", "My ex never paid child support so I went to court to make him pay what he owes.", None, ""},
		{"make him pay, control: a threat", "I am going to make her pay.", High, "lexicon tier"},
		{"rule 7g: belongings given away, with means", "Gave my PlayStation to my cousin. Going to the cliffs tomorrow.", Critical, "a plan with means or a time"},
		{"rule 7g: belongings given away, with a goodbye", "I'm giving away my records. Thank you all for everything.", High, "a goodbye with a plan"},
		{"rule 7g control: a sofa given to a neighbour, pizza tonight", "Gave my old sofa to my neighbour. Pizza tonight.", None, ""},
		{"rule 7g control: notice given", "Gave my notice to my boss today, new job starts Monday. Thank you all for everything.", None, ""},
		{"rule 7g control: someone else gave it away", "She gave my cat away while I was in hospital. I'm going to get her back tomorrow.", None, ""},
		{"rule 7g control: pills handed over to be kept safe", "I'm safe tonight, I've given my pills to my sister to look after.", None, ""},
		{"rule 7g: a chef's knives given away, with rope elsewhere", "This is my last shift. Gave my knives to the commis. The rope's in my car and I'm going straight there after close.", Critical, "a plan with means or a time"},
		{"rule 7g control: a knife roll given away, no other means", "Gave my old knife roll to the new commis, she's going to be a great chef.", None, ""},
		{"rule 7g control: razor blades handed over to be kept", "I gave my razor blades to my mum so I wouldn't use them.", None, ""},
		{"rule 3h: someone else self-harming now", "My sister is in the bathroom cutting herself right now and won't open the door.", High, "someone else, in danger now"},
		{"rule 3h: someone else wanting to die, the writer outside now", "My girlfriend keeps texting that she wants to die and she's not answering her door. I'm outside now.", High, "someone else, in danger now"},
		{"rule 2l: a note written for an occasion", "Writing a note for my partner to find in the morning, it's our anniversary.", None, ""},
		{"rule 2l: a note asking to be woken", "Left a note on my pillow for my husband to wake me at 7.", None, ""},
		{"rule 2l control: a note and a time, no occasion", "Writing a note for my partner to find in the morning. I can't do this anymore.", Critical, ""},
		{"rule 4: a gerund after 'came' told long ago", "Two years ago I came back from Syria wanting to die. Therapy and time helped.", None, ""},
		{"rule 4 control: a gerund after 'came', last night", "I came home last night wanting to die and I still do.", High, ""},
		{"rule 7 control: goodbye to one thing, hello to another", "Goodbye agoraphobia, hello train to London. Did it!", None, ""},
		{"rule 7g control: evenings given back", "It's time to give my evenings back to my family. Tonight is film night.", None, ""},
		{"rule 7e: a goodbye with a plan", "Gave my guitars away. Thank you all for everything.", High, "a goodbye with a plan"},
		{"rule 7e: a goodbye with two plans", "Gave my guitars away and wrote my letters. Thank you all for everything.", Critical, "a goodbye with a plan"},
		{"rule 7e control: the goodbye is the plan's own words", "I'm writing letters for my kids to open on their birthdays after I'm gone. It's hard but it feels right.", None, ""},
		{"rule 7e control: the plan told of long ago", "Five years ago I wrote a goodbye letter and took an overdose. Today I got my nursing degree. Please hang on.", None, ""},
		{"rule 1h: way more of a medicine taken", "I've been taking way more of the diazepam than the doctor said to sleep after night shifts.", High, "more of a medicine than meant"},
		{"rule 1h: more of a medicine than prescribed", "Taking more of my sertraline than I'm prescribed, just to get through the week.", High, "more of a medicine than meant"},
		{"rule 1h: more of a medicine named in two words than allowed", "I have been taking more of my sleeping tablets than the doctor allows, with brandy, most nights now.", High, "more of a medicine than meant"},
		{"rule 1h: more of a medicine had than the doctor told, in Indian English", "I am having more sleeping pills than doctor told, every night, to stop thinking.", High, "more of a medicine than meant"},
		{"rule 1h: many of a medicine, more than the doctor said", "I am taking many sleeping pills every night more than the doctor said.", High, "more of a medicine than meant"},
		{"rule 1h: more of a medicine than meant, in Patois", "Mi a tek nuff more a mi tablets dan di doctor seh, every night, jus fi sleep.", High, "more of a medicine than meant"},
		{"rule 1h control: a medicine taken too much of, with a second one at hand", "Been taking way more of my diazepam than I should. I've got my mum's morphine in the drawer.", Critical, ""},
		{"rule 1h control: more of a medicine in two words since a dose changed", "The GP has me taking more of my sleeping tablets since October and I'm sleeping at last.", None, ""},
		{"rule 3g: a note that asks for a backup", "Left a note for my assistant to back up the cards before she leaves.", None, "an everyday note"},
		{"rule 3g: a note that asks someone to get something", "Left a note for me mam to get milk.", None, "an everyday note"},
		{"rule 3g: a note that asks for a household chore", "Left a note for my husband to sterilise the bottles.", None, "an everyday note"},
		{"rule 3g: a note that asks a carer to give medicine", "Left a note for the carer to give Mum her tablets at eight.", None, "an everyday note"},
		{"rule 3g: a note on the fridge that asks for a chore", "Left a note on the fridge to buy milk.", None, "an everyday note"},
		{"rule 3g control: a note on the counter for my mum, and sorry", "Left a note on the counter for my mum. I'm sorry it came to this.", Critical, ""},
		{"rule 3g: a note for a flatmate about a chore", "I left a note for my roommate about the dishes.", None, "an everyday note"},
		{"rule 3g control: a note that asks for the police to be called", "Left a note for my flatmate to call the police and not come in. Tonight's the night.", Critical, ""},
		{"rule 3g control: a note that asks for my things to be given away", "Left a note for my sister to give my things away. I won't be back.", Critical, ""},
		{"rule 6h: 'bleedin' and 'an wont stop' as typed", "cut my rist to deep its bleedin everywere an wont stop", Critical, "bleeding that will not stop"},
		{"rule 3g control: a note that asks someone to get help", "Left a note for my sister to get help when she finds me. Tonight's the night.", Critical, ""},
		{"rule 1h: just had all of a medicine, in a place", "I took a strip of the oxycodone from the cupboard and I've had all of it in the staff toilet.", Critical, "a medicine taken whole"},
		{"rule 1h control: had all of a course, in the end", "The GP gave me antibiotics for a week. I had all of them in the end and the infection's gone.", None, ""},
		{"rule 1h control: a medicine, then a meal had", "Took my paracetamol with the soup mum made and I had all of it, first proper meal in days.", None, ""},
		{"rule 1h: a month of a medicine just swallowed", "Just swallowed a month of lithium. Hands shaking already.", Critical, "a medicine taken whole"},
		{"rule 1h: two weeks' worth of my medicine taken", "I took two weeks' worth of my sertraline because I wanted it all to stop.", High, "a medicine taken whole"},
		{"rule 1h: about thirty of a medicine swallowed", "Swallowed about thirty of the oxycodone and I'm starting to nod off.", Critical, "a medicine taken whole"},
		{"rule 1h: a count in figures", "I've taken 40 of the amitriptyline.", Critical, "a medicine taken whole"},
		{"rule 1h: a count carried back is no dose", "I took 30 of the oxycodone back to the pharmacy for disposal.", None, ""},
		{"rule 1h: a count over weeks is no dose", "I've taken 20 of the diazepam over the last two months, as prescribed.", None, ""},
		{"rule 1h: a medicine named, where from, then all of it", "I've taken the amitriptyline from the returns bin, the whole lot.", Critical, "a medicine taken whole"},
		{"rule 1h: where from, then all of it carried", "I've taken the amitriptyline from the returns bin, the whole lot back to stores.", None, ""},
		{"rule 1h: a whole stash of a medicine taken", "I've taken my whole stash of zopiclone.", Critical, "a medicine taken whole"},
		{"rule 1h: a whole stash carried back", "I've taken my whole stash of zopiclone back to the pharmacy.", None, ""},
		{"rule 1h: a full box carried to work", "I take a full box of my tablets to work every week.", None, ""},
		{"rule 1h: the entirety of a medicine consumed", "I have consumed the entirety of my late wife's morphine.", Critical, "a medicine taken whole"},
		{"rule 1h: all of a medicine eaten", "I have eaten all the sleeping tablets I brought from home.", Critical, "a medicine taken whole"},
		{"rule 1h: all of something else eaten", "I ate all the biscuits in the tin.", None, ""},
		{"rule 1h control: a month of a medicine prescribed", "The GP gave me a month of sertraline and I'm taking it every morning.", None, ""},
		{"rule 1h control: a month of a medicine collected", "Just picked up a month of lithium from the pharmacy, blood test next week.", None, ""},
		{"rule 1h control: more of a medicine since a dose changed", "The GP has me taking more of my sertraline since October and it's helping.", None, ""},
		{"rule 2b: starving is no accident with a tool beside it", "When he's deployed I starve myself and burn my arms with the iron.", High, "lexicon tier"},
		{"rule 2b control: a burn with the iron", "I burned my arm with the iron this morning, ouch.", None, "accident"},
		{"rule 2k: a game lost to a son", "Played chess with my son, he beat me.", None, "a game lost"},
		{"rule 2k control: a partner in that place", "Went to the match with my husband, he beat me.", High, ""},
		{"rule 2k control: more after the blow", "Played pool with my son and he beat me, then his dad came home and beat me.", High, ""},
		{"rule 2j: a will to drink it, a poison named before", "I've got the weedkiller from the shed. I'm going to drink it.", Critical, "with means or a plan"},
		{"rule 2j control: a smoothie to drink", "I bought a smoothie today and tonight I'm going to drink it.", Low, ""},
		{"rule 2j control: a poison not to drink", "I've got bleach for the bathroom. I'm not going to drink it, don't worry.", None, "negated"},
		{"rule 6f: smoking skunk every day again", "I was off cannabis for a year but I've been smoking skunk every day again since the funeral.", High, "using every day again"},
		{"rule 6f: betting every single day again, the subject left out", "Back at the bookies and betting every single day again.", High, "using every day again"},
		{"rule 6f: two bottles of wine every night again", "Been drinking two bottles of wine every night again since the redundancy.", High, "using every day again"},
		{"rule 6f control: water every day again", "I've been drinking water every day again, my skin loves it.", None, ""},
		{"rule 6f control: feared, not happening", "I'm worried I'll end up drinking every night again over Christmas.", Low, ""},
		{"rule 6f control: negated", "I haven't been using every day again, just the once at the weekend.", None, ""},
		{"rule 4: an act beside how long something has gone on", "The abuse at my door has gone on for three years. I've taken all my tablets and a bottle of wine. I just want it to stop.", Critical, "lexicon tier"},
		{"rule 4 control: an act long ago", "I was in hospital for three years. I took all my pills once, long ago.", Low, "distant past"},
		{"rule 4e: a wish to vanish, then a word of safety", "Relate to this so much. Some days I just want to disappear. I'm safe though.", Low, "will not act on it"},
		{"rule 4e control: an intent, then a word of safety", "I want to kill myself. I'm okay though.", High, ""},
		{"rule 7c: means, then a goodbye two sentences on", "The pills are in my hand. I'm so tired. Goodbye.", Critical, "means with a goodbye"},
		{"rule 7c control: a goodbye for now", "I bought pills for my headache. Long day at work. Goodbye for now!", None, ""},
		{"rule 8d: the word model's window taken back just after", "Better I am dead than they send me back. I am thinking about it every night. But I will not do anything.", Low, "will not act on it"},
		{"rule 6e: using again with heroin named beside it", "Twelve years off heroin and I'm terminal. I've started using again, what's the point of staying clean now.", High, "using again with opioids"},
		{"rule 6e control: someone else using again", "My brother is on methadone. He says he started using again and I'm worried.", Low, ""},
		{"rule 6e control: a drink, not using", "I was on heroin years ago. Had a drink last night after my mum's funeral.", Low, ""},
		{"rule 2d: a means in the threat itself, taken back", "If I have to hear that song one more time I will walk into the sea, I swear. (I won't, it's too cold.)", None, ""},
		{"rule 2d control: a means in the threat itself, not taken back", "If I have to go back to that house I will walk into the sea.", Critical, "with means or a plan"},
		{"rule 2g: a stock of pills goes on no outing", "not to be dramatic but I've been stockpiling my meds for a rainy day and the forecast is looking bad", High, "lexicon tier"},
		{"rule 2b: anger says a burn was meant", "When I am angry I am burning my arm with the hot iron. I do it many times this month.", High, ""},
		{"rule 3b: the writer's own poem is no retelling", "My goodbye poem is finished and saved in my drafts.", High, "lexicon tier"},
		{"rule 4e: taken back in the first clause of the next sentence", "Sometimes I wish I'd gone with her. I won't do anything, I have the twins.", Low, "will not act on it"},
		{"rule 4e control: a first clause that says more", "I want to die. I won't do anything to stop it, I'm just waiting.", High, ""},
		{"rule 7b: a plan with a time that runs past an idiom", "I've got the rope. I'm going to use it tonight.", Critical, "a plan with means or a time"},
		{"rule 7b control: a tool to use tomorrow", "Got a new drill. I'm going to use it tomorrow on the shelves.", None, ""},
		{"rule 6d: a wish to be with him beside his grave", "I sat at his grave today. I'm going to be with him soon.", High, "joining someone who died"},
		{"rule 6d: the mention word inside the wish", "My wife passed in June and I think about following her.", High, "joining someone who died"},
		{"rule 6d: the mention word inside the wish, control", "My wife passed in June and I read a book about following her wishes.", None, ""},
		{"rule 6d control: with him in spirit", "Today would have been my dad's birthday. We're going to the pub to raise a glass and be with him in spirit.", None, ""},
		{"rule 4e control: settling for nothing less", "I'm going to kill him tonight, I'll settle for nothing less.", Critical, ""},
		{"rule 4e: not with means near", "I'd never act on it, but the intrusive thoughts about jumping scare me when I'm on the bridge.", Critical, ""},
		{"rule 4b: a laughing picture laughs off", "kms the bus left without me AGAIN 💀", Low, "laughed off"},
		{"rule 4b control: a laughing picture denied", "honestly can't wait to be dead 💀 not joking this time", High, ""},
		{"rule 4b: laughed off", "i want to kill myself lol", Low, "laughed off"},
		{"rule 4b control: 'for real' after the laugh", "I want to die lol. But for real. Every day.", High, "lexicon tier"},
		{"rule 4b: a laugh taken back", "i want to kill myself lol jk not jk", High, ""},
		{"rule 4b: a laugh, then 'I'm serious'", "i want to kill myself lol. im serious.", High, ""},
		{"rule 2c: a threat said in jest", "ill strangle him for eating my chips jk", None, ""},
		{"rule 2c: a jest taken back", "ill strangle him for eating my chips jk, not joking", High, ""},
		{"rule 7b: a plan told in the distant past", "A year ago I was writing goodbye letters. Tonight I'm writing my daughter's birthday card.", Low, ""},
		{"rule 7b: the same plan now", "I've been writing goodbye letters. Tonight's the night.", Critical, ""},
		{"an overdose in other words", "Just necked a whole box of ibuprofen.", Critical, ""},
		{"a whole box carried somewhere", "Took a whole box of tablets to my nan's, she needs them for the week.", None, ""},
		{"rule 3c: a toddler who swallowed something", "My toddler swallowed a whole bottle of melatonin gummies, A&E now, he's okay.", Low, "someone else"},
		{"rule 3c: 'if someone' asks about a way", "If someone took a whole packet of their sleeping tablets, would they just go to sleep and not wake up?", Critical, ""},
		{"violence with the writer's 'I' left out", "Gonna run him over next time I see him.", High, ""},
		{"violence by someone else", "My brother is gonna run him over.", None, ""},
		{"violence with 'I' further back", "I am so angry I could hurt him.", High, ""},
		{"overdose as a field of work", "Going to overdose awareness training tomorrow.", None, ""},
		{"rule 2c: a threat over a petty deed", "If he forgets our anniversary again I will actually kill him.", None, "joking"},
		{"rule 2c: a threat over a blow is meant", "If he hits me again I will kill him.", High, ""},
		{"violence after 'and', the writer's 'I' further back", "I'm going to wait for him outside the pub and break his legs.", High, ""},
		{"violence after 'and', the writer's 'I' sixteen words back", "I'm going to find the collector who called my mother a whore and break his face.", High, ""},
		{"violence after 'and', someone else the subject", "My brother said he would wait outside the pub and break his legs.", None, ""},
		{"violence with the 'I' left out after a full stop", "ok. gonna stab him when he gets in.", Critical, ""},
		{"a goodbye letter for each child with means in the next sentence", "I've written a letter for each of the kids. Driving up to the cliffs after dark.", Critical, "means with a goodbye"},
		{"a choice between two means", "Which is quicker, the train or the bridge? I need to decide before tonight.", Critical, "with a time"},
		{"a choice between two ways to travel", "Which is quicker to town, the train or the bus? I have an appointment tonight.", None, ""},
		{"medicine bought so no one asks", "Bought three boxes of paracetamol from three different shops so they wouldn't ask questions. I'm so tired of all of this.", Critical, "a plan with means or a time"},
		{"rule 6: a means in a who-clause about someone else is theirs", "I read about a woman who jumped from the bridge and all I could think was I want to do the same", High, ""},
		{"rule 6 control: the writer's own bridge", "I read about it and now I'm on the bridge and all I can think is I want to do the same", Critical, ""},
		{"rule 2n: the writer takes the urging up, and the word model may speak", "They keep saying kys in my DMs and honestly they're right, I'm thinking about doing it", High, ""},
		{"the means of an attempt told is not at hand", "On 15-minute obs because I tried to tie a ligature last night. I'd do it again if I could.", High, ""},
		{"medicine bought for a cold", "Bought two boxes of paracetamol for this cold, anyone know if honey helps?", None, ""},
		{"time without a drink is time sober: drinking every night after it is a relapse", "Thirty months without a drink and now I'm drinking a bottle of wine every night.", High, "using every day again"},
		{"time without a drink, control: without a break is no time sober", "Thirty months without a break and now I'm drinking a bottle of wine every night.", None, ""},
		{"a bare use every day after time clean is a relapse", "Was clean 2 years. Since losing my job I use every day again.", High, "using every day again"},
		{"a bare use every day, control: without time clean it is no drug", "Since losing my job I use every day again.", None, ""},
		{"every early shift is a day part qualified", "Four years off the drink and I've been drinking before every early shift again.", High, "using every day again"},
		{"every early shift, control: every night again still reads (night is no qualifier before again)", "Twelve years dry and I'm drinking a bottle of wine every night again.", High, "using every day again"},
		{"every stream comes round as often as a shift", "was sober 400 days and now i'm drinking every stream to cope with the viewers", High, "using every day again"},
		{"I'm just before a phrase says it is now, whatever past came before in the clause", "I'd been clean since my daughter was born and I'm back on the crack every night after shift.", High, ""},
		{"one word may name which drink before it (rule 6f)", "Ten years sober in the parish and I've been drinking the altar wine every evening again.", High, "using every day again"},
		{"a drink given up is time sober", "I gave up the drink twenty years ago but since the funeral I have been drinking a bottle of sherry every day again.", High, "using every day again"},
		{"pills stopped are time clean, so taking them every day again is a relapse", "I'd stopped the extra pills for two years and now I'm buying them online and taking them every day again.", High, "using every day again"},
		{"a thing stopped, control: stopping the gym is no time clean", "I'd stopped the gym for two years and now I'm taking them every day again, the stairs I mean.", None, ""},
		{"an eating disorder's relapse: restricting every day again after weight restored", "I was weight-restored for a year and I've been restricting every day again since the new job.", High, "using every day again"},
		{"restricting every day again, control: someone else restricts", "The school has been restricting phones every day again since the new head came.", None, ""},
		{"speed named as a drug: doing speed every night after time clean", "Two years clean and I've started doing speed every night to get through the runs again.", High, "using every day again"},
		{"rule 1f: a blow shares its subject across eight words joined by and", "My husband listens in on my calls from home and hits me if he thinks I've been flirting with customers.", High, "another adult's blow"},
		{"rule 1f across and, control: a thing between is what hits", "My husband listens in on my calls from home and the loneliness hits me hard.", None, ""},
		{"rule 6f: a place of two words before every shift", "I was clean for six years and I'm drinking rum from the ward stock every shift again.", High, "using every day again"},
		{"rule 6f: a trip comes round as often as a shift", "Four years dry and I'm drinking rum every trip again, can't face the sea sober.", High, "using every day again"},
		{"rule 6f: a prescription opioid named is a drug", "Clean for six years and I'm taking tramadol every day again.", High, "using every day again"},
		{"rule 6f two-word place, control: no time sober, no again, a drink of water", "I'm drinking water from the staff kitchen every shift now.", None, ""},
		{"rule 8b for a relapse, control: the writer's own use again after methadone stays high", "I was on methadone. I started using again last week and I'm worried.", High, ""},
		{"I'm just before, control: a past verb just before keeps it past", "I'd been clean since my daughter was born and was back on the crack every night after shift, years ago now.", None, ""},
	}
	checkRows(t, testDetector, "", cases)
	// Rule 8b: a word-model relapse hit about someone else is a check-in
	// at most; whether the model speaks at all moves with retraining, so
	// this asks only that it is not high.
	if v := testDetector.Scan("My dad has been drinking every night again since he retired."); v.Severity > Low {
		t.Errorf("someone else's drinking every night again → %s, want low or none", v.Severity)
	}
	// Rows the word model could also decide, with the lexicon alone, so
	// a retrain cannot hide what the rule does.
	lexical := newDetector(DefaultLexicon(), &Model{Version: "none", Threshold: 0.999}) // never sure of anything
	checkRows(t, lexical, " (lexicon alone)", []ruleRow{
		{"a bottle of a drink wished for is drinking talk, low", "I was sorely tempted to buy a bottle of brandy at the supermarket this morning.", Low, ""},
		{"a bottle of water is no dose", "Thinking about buying a bottle of water.", None, ""},
		{"rule 1k: a medicine named, then kept back by a pronoun", "The pills are in the shoebox. I've been saving them since March.", High, "medicine kept back"},
		{"rule 1k: put aside by a pronoun", "Got a box of my mum's morphine. Been putting it aside since she passed.", High, "medicine kept back"},
		{"rule 1k, control: vouchers are no medicine", "The vouchers are in the drawer. I've been saving them since March.", None, ""},
		{"rule 6f: been drunk every day, after time sober", "Eighteen months sober. Been drunk every day this week.", High, "using every day again"},
		{"rule 6f control: been drunk every day on holiday", "Been drunk every day this week in Magaluf, best holiday ever.", None, ""},
		{"rule 6f: 'back' just before the verb says again", "Congrats on your 30 days. I'm back using every day after two years clean.", High, "using every day again"},
		{"rule 6f control: back from somewhere, then a habit", "I'm back from holiday and running every day again.", None, ""},
		{"rule 6f: a drink no list knows after 'the', every night after time sober", "I was sober for three years and now I'm drinking the optics every night after close.", High, "using every day again"},
		{"rule 6f control: the same words with no time sober", "I'm drinking the optics every night after close, the landlord doesn't mind.", None, ""},
		{"rule 6f: 'Been doing it every night since' after time clean", "Clean off the coke for three years and I did a line. Been doing it every night since.", High, "using every day again"},
		{"rule 6f control: been doing yoga every morning", "Two years clean. Been doing yoga every morning since.", None, ""},
		{"rule 1k, control: put away is tidied", "My meds arrived. I've been putting them away in the cabinet.", None, ""},
		{"rule 1k, control: denied", "Picked up my tablets. I'm not saving them, I take them every day.", None, ""},
		{"rule 1k, control: kept for a trip", "Got my new tablets, I'm saving them for the trip next week.", None, ""},
		{"speed, control: speed work is training", "Two years clean and I've started doing speed work every night at the track again.", None, ""},
		{"a bottle of, control: a medicine", "I want to swallow a bottle of tylenol tonight.", Critical, ""},
		{"a bottle of a drink taken is taken with what else was", "Mixed ket and bars and half a bottle of vodka on purpose. My lips are going blue.", Critical, ""},
		{"a bottle of a drink beside pills in its sentence is taken with them", "I want to take all my diazepam and a bottle of rum tonight.", Critical, ""},
		{"a small failing threatened, said to be meant", "The man next door poisoned my cat. I have told him I will kill him if he comes near my garden again and I meant every word.", High, ""},
		{"a small failing threatened, control: not said to be meant", "The man next door poisoned my cat. I have told him I will kill him if he comes near my garden again.", None, "idiom"},
		{"every n't spelt out, as formal writers write", "I would not mind if I did not wake up.", High, ""},
		{"a contraction spelt out", "I have driven to the cliffs. I intend to jump when it is dark.", Critical, "with a time"},
		{"\"cannot\" reads as \"can't\"", "I cannot go on like this any longer.", High, ""},
		{"\"shall\" reads as \"will\"", "I have decided that I shall end it tonight.", Critical, ""},
		{"\"see another\" reads as \"see next\"", "I have given my jewellery to my granddaughters. I do not expect to see another winter.", High, ""},
		{"a plan that overlaps the wish it is beside is no plan", "I wouldn't mind if I didn't wake up.", High, ""},
		{"rule 1i: a poison named, then drunk", "I have bought rat poison from the shop and I'm drinking it tonight.", Critical, "with a time"},
		{"rule 1i: a poison named, then drunk, control: a drink", "I have bought a bottle of wine from the shop and I'm drinking it tonight.", None, ""},
		{"rule 6f: after time clean, a drink by a name no list knows", "I was clean for a year. Now I'm drinking kumis every evening again.", High, "using every day again"},
		{"rule 6f: a drink by a name no list knows, control: no time clean", "Now I'm drinking kombucha every evening again, love it.", None, ""},
		{"a harm the writer says they do is no accident", "I've been burning my hands on the stove since my engagement. I do it when everyone is at the masjid.", High, ""},
		{"rule 1i: a bare jump with the subject dropped, where the writer stands", "I'm at the top of the car park. Jumping when it's dark.", Critical, "with a time"},
		{"rule 1i: a bare jump with the subject dropped, control: no height", "I'm at the trampoline park with the kids. Jumping when it opens.", None, ""},
		{"rule 1i: going over in a minute, the drop named two sentences back", "Rode to the middle of the river bridge. Bike's leaning on the railing. Going over in a minute.", Critical, ""},
		{"rule 1i: going over in a minute, control: a crossing", "We're at the bridge. Going over in a minute to the other side.", None, ""},
		{"rule 2d: dying of embarrassment at a moment", "I wanted to die when my professor asked me a question. So embarrassing haha.", None, "hyperbole"},
		{"rule 2d: dying of embarrassment, control: no moment", "I'm so embarrassed about everything. I want to die.", High, ""},
		{"rule 6f: getting wasted every night again", "Stopped drinking for a year. Since the deployment got cancelled I'm getting wasted every night again.", High, "using every day again"},
		{"rule 6f: getting wasted, control: getting the bus", "I'm getting the bus every day again since the car broke.", None, ""},
		{"rule 6f: day 5 of drinking every night again, after time sober", "day count: 400 days sober. now: day 5 of drinking every night again.", High, "using every day again"},
		{"rule 6f: day 5 of drinking, control: someone else's", "400 days sober. My dad is on day 5 of drinking every night again.", None, ""},
		{"a part of the body bruised is a knock", "Fell off the ladder cleaning the gutters, bruised my hip, nothing broken.", None, ""},
		{"a part of the body bruised, control: on purpose", "I bruised my thighs on purpose again.", High, ""},
		{"rule 6h: a cut and a sleeve soaked that will not stop", "I cut my arm with the kitchen knife, my sleeve is soaked and it won't stop.", Critical, ""},
		{"rule 6h: a cut and a sleeve soaked, control: it stopped", "I cut my arm with the kitchen knife last night, my sleeve was soaked but it stopped.", High, ""},
		{"rule 6h: a cut still pouring", "Cut my thigh with a razor blade in the bathroom and it's still pouring after twenty minutes.", Critical, ""},
		{"rule 6h: a cut still pouring, control: rain", "I cut my thigh last night and it's still pouring with rain.", High, ""},
		{"rule 6h: bleeding that won't quit", "Cut my forearm with my pocket knife. It's bleeding bad and it won't quit.", Critical, ""},
		{"rule 6h: bleeding that won't quit, control: it quit", "Cut my forearm with my pocket knife last night. It bled a bit and then quit.", High, ""},
		{"rule 6f: back on a bet by a name of its own, after time off", "Two years off gambling and I'm back on leverage every single day again.", High, "using every day again"},
		{"rule 6f: back on a name of its own, control: no time off", "I'm back on leverage every single day again, the fund allows it now.", None, ""},
		{"a harm the writer says they do, control: done by accident", "I've been burning my hands on the stove. I do it all the time, so clumsy.", None, "accident"},
		{"rule 7: a farewell with means three sentences before it", "I'm at the top of the multi-storey. The wind is strong. I feel calm. Tell my mum it wasn't her fault.", High, "goodbye"},
		{"three preparations are a check-in", "Tying up loose ends. Returned borrowed things, deleted my socials.", Low, "preparations"},
		{"rule 1i: going to drive in, beside a river", "I'm parked by the river and I'm going to drive in tonight.", Critical, "with a time"},
		{"rule 1i: driving in to work is no drive into the water", "I'm parked by the river and I'm going to drive in to work.", None, ""},
		{"rule 1i: driving in beside a cliff is no drive into the water", "I'm at the cliff and I'm going to drive in tonight.", None, ""},
		{"a hand hurt with no word of purpose", "I smashed my fist into the punchbag at boxing tonight.", None, ""},
		{"joining: nobody has died", "Work was long. I'm going to be with him tonight, date night!", None, ""},
		{"despair said once", "There's nothing to look forward to this weekend.", Low, "lexicon tier"},
		{"rule 6d: colleagues lost, and waiting for my turn", "Third colleague this year. Sometimes I think I'm just waiting for my turn.", High, "joining someone who died"},
		{"rule 6d control: a turn with no one lost", "Lost another colleague to retirement, waiting for my turn in 2031!", None, ""},
		{"rule 6d: doing the same, after a death by suicide", "Since my sister killed herself I think every day about doing the same.", High, "joining someone who died"},
		{"rule 6d control: the same course as a living sister", "I keep thinking about doing the same course as my sister next year.", None, ""},
		{"pairs: desire frames do not take life concepts", "I want to keep living.", None, ""},
		{"rule 6e: despair with means and a time", "Failed my finals. I can't face them. I'm going up to the top floor of the car park tonight.", Critical, "despair with means and a time"},
		{"rule 6e control: means and a time with someone else", "I'm so tired of everything at work. Meeting Jess at the car park tonight to carpool to the gig.", Low, "lexicon tier"},
		{"rule 6e control: means and a time as we", "Nothing ever changes in this town. We're going up to the top of the multi storey tonight to watch the fireworks.", Low, "lexicon tier"},
		{"rule 6c: despair run on without a stop, 'i' starting the second", "whats even the point of anything i cant do this anymore", High, "despair said again"},
		{"rule 6c: despair run on at once, no word between", "theres no point anymore nothing will ever get better for me", High, "despair said again"},
		{"rule 6c control: the run-on set against 'but'", "whats the point of anything i cant do this anymore but at least its friday", Low, "lexicon tier"},
		{"rule 6c control: a low mood beside a doubt is a check-in", "Missed the squad again and I've been really low lately, not sure what the point is.", Low, "lexicon tier"},
		{"rule 4b: a laugh beside despair named and not laughed at", "honestly i want to die lol nothing ever works out for me", High, "lexicon tier"},
		{"rule 4b: a laugh closing the sentence", "I want to die after that meeting with the board lol", Low, "laughed off"},
		{"rule 4b control: a closing laugh over despair named", "I want to die, I have nothing left and no one cares lol", High, "lexicon tier"},
		{"rule 4b control: 'seriously' opening the next sentence", "he only strangles me when he's drunk haha. seriously though it's every weekend now.", High, ""},
		{"rule 4b control: the despair laughed at too", "i want to die lol nothing ever works out for me lol", Low, "laughed off"},
		{"'used to' in a comparison is no distant past", "Picked up again tonight. Used way more than I used to.", Critical, "with a time"},
		{"rule 1g: a threat over a surprise told is play", "She said she'd kill me if I told anyone about the surprise party. Secret kept!", None, ""},
		{"rule 1g: a threat over a purchase is exasperation", "My wife said she'd kill me if I bought another guitar.", None, ""},
		{"rule 1g control: a threat over telling, with no surprise", "He said he'd kill me if I told anyone what happened at the party.", High, "a threat reported"},
		{"rule 1: 'jump in' with the writer standing at a drop the sentence before", "I'm standing at the top of the quarry where we train. I'm going to jump in tonight without any gear on.", Critical, "with a time"},
		{"rule 1 control: 'jump in' at a quarry with friends", "We're at the quarry, going to jump in!", None, ""},
		{"rule 1 control: 'jump in' at the edge of a pool", "I'm sat on the edge of the pool. Going to jump in now.", None, ""},
		{"rule 6f: a place between the use and every day", "I was sober six years. Since the accident I've been drinking on the boat every day and diving hungover.", High, "using every day again"},
		{"rule 6f control: a place and every day with no time sober", "We've been drinking on the boat every day of the holiday, the wine is lovely.", None, ""},
		{"rule 6: a conditional threat's weapon said just after it is its own", "If that charge hand puts me on the gut table one more time I swear I'll stab him with my knife.", High, "lexicon tier"},
		{"rule 6 control: a weapon with no condition", "I've got my knife in the locker. I'll stab him with it after shift.", Critical, ""},
		{"rule 6: a time told in the past beside self-harm says when it was done", "My friend asked about the cuts and I said the cat did it. It wasn't the cat. I did them on Sunday.", High, "lexicon tier"},
		{"rule 1i: going over after a bridge the sentence before", "I've driven past that bridge every shift for fifteen years. Tonight after my last run I'm going to stop the bus there and go over.", Critical, ""},
		{"rule 1i control: going over the notes", "I've driven past that bridge every shift for fifteen years. Tonight I'm going to go over the notes for the route exam.", None, ""},
		{"rule 2d: hyperbole the writer says they actually mean", "Every January I tell myself I'll kill myself if I have to do another self-assessment season. This year I actually mean it.", High, "lexicon tier"},
		{"rule 2d control: hyperbole not said to be meant", "Every January I tell myself I'll kill myself if I have to do another self-assessment season. Then February comes.", None, "hyperbole"},
		{"a limb hurt when the panic gets too much is meant", "I've been burning my arm with the hot tap in the office kitchen when the panic gets too much.", High, "lexicon tier"},
		{"a limb hurt control: 'panic over' says no purpose", "I burnt my arm on the hot tap in the office kitchen, panic over, it's just red.", None, ""},
		{"rule 6f: taking them every day again after time clean", "Clean of benzos for five years and since the closure announcement I'm taking them every day again.", High, "using every day again"},
		{"rule 6f control: a prescribed medicine taken every day", "Clean of benzos for five years and I'm taking my antidepressants every day again since the closure.", None, ""},
		{"rule 6f control: taking every day with no time clean", "I'm taking vitamin D every day again since the winter started.", None, ""},
		{"rule 1i: a rope to be used on a tree", "I've got the rope from the pioneering kit in my car. Tonight I'm going to use it on the tree by the hut.", Critical, "with a time"},
		{"rule 1i control: a rope to be used on a den", "I've got the rope from the pioneering kit in my car. Tonight I'm going to use it on the kids' den.", None, ""},
		{"rule 6: self-harm's blade said just after it is its own", "When a deploy fails I go to the bathroom and cut my forearm with a razor, it's the only thing that calms me down", High, "lexicon tier"},
		{"rule 6 control: bleeding now beside it", "Sat in the bath and cut both my wrists with his razor. The water's going red fast.", Critical, "with means or a plan"},
		{"rule 2n: an urging to die shouted at the writer is abuse met", "A heckler shouted 'kill yourself' and I said 'after you, mate'. Got the biggest laugh of the night.", Low, "said to the writer"},
		{"rule 2n: shouted at the writer, means beside it", "He shouted \"kill yourself\" at me across the car park.", Low, "said to the writer"},
		{"rule 2n control: the writer says it", "I shouted 'kill yourself' at him and I meant it.", High, "lexicon tier"},
		{"rule 6f: use before every gig after time sober", "Two years sober and I'm back on the coke before every gig, every night this week.", High, "using every day again"},
		{"rule 6f control: before every gig, no time sober", "I always have a coffee before every gig, every single time.", None, ""},
		{"rule 6: a thought's own place is no means at hand", "I keep thinking about stepping off the edge of the scaffold.", High, "lexicon tier"},
		{"rule 6 control: a thought beside means at hand", "I keep thinking about the bridge and I've got the rope in the car.", Critical, "with means or a plan"},
		{"rule 6 control: an intent, not a thought, with its place", "I'm going to step off the edge of the scaffold.", Critical, ""},
		{"the hour of a day that comes round is a habit", "Every morning at 3am in the empty bakery I think about killing myself.", High, "lexicon tier"},
		{"the hour of a day control: tonight at 3am", "Tonight at 3am I'm going to kill myself.", Critical, "with a time"},
		{"rule 6: a time after 'than' is of what a wish is set against", "Honestly I'd be better off dead than facing the client tomorrow.", High, "lexicon tier"},
		{"rule 6 control: a time of the writer's own", "I'd be better off dead. Tomorrow I'm doing it.", Critical, "with a time"},
		{"rule 6: a time beside self-harm the writer has been doing is a habit", "I've been cutting my forearms with the bread knife after closing. Did it again last night.", High, "lexicon tier"},
		{"rule 6 control: self-harm tonight, bleeding", "I cut my forearms with the bread knife after closing tonight and it won't stop bleeding.", Critical, ""},
		{"a limb hurt when no one is looking is meant", "I've been burning my arm with the kettle in the back office when no one's looking.", High, "lexicon tier"},
		{"a limb hurt control: looking for the burn cream", "I burnt my arm on the kettle in the back office, still looking for the burn cream.", None, ""},
		{"rule 1i: 'I'm using it' after a means", "I've hidden a ligature in my room that they missed on the search. When obs drop to hourly tonight I'm using it.", Critical, ""},
		{"rule 1i control: 'I'm using it' after a charger", "I've got a new phone charger in my room. When the battery drops tonight I'm using it.", Low, ""},
		{"the means of an attempt control: tried, but standing there now", "I tried to sleep but I'm standing on the bridge with a rope now and I'm going to do it.", Critical, ""},
		{"someone else's words in quotation marks after their word of speech", "The client said 'I want to die' and I rendered it in the first person, as we do.", Low, "someone else"},
		{"quoted speech control: no quotation marks, the writer's own clause", "The client said I was the only one who understood and I want to die every time I hear a story like that.", High, "lexicon tier"},
		{"quoted speech: opened before a second-person subject", "A doctor asked me to interpret 'you're going to die' to a family.", None, ""},
		{"rule C: the reader as a self frame's subject is no desire of the writer's", "You're going to die by your own hand if you carry on like this, my counsellor said.", None, ""},
		{"rule C control: the writer as its subject", "I know I'm going to die by my own hand soon.", High, ""},
		{"rule 6f: betting on every match after time off", "Off the gambling eighteen months and I've been betting on every match again since the new season started.", High, "using every day again"},
		{"rule 6f control: betting on every match, no time off", "I've been betting on every match this season, up forty quid!", None, ""},
		{"rule 6f: using both every week again", "Off the steroids and the coke for three years and I've been using both every week again since the stabbing.", High, "using every day again"},
		{"rule 6: self-harm's two-word blade said just after it is its own", "I've been cutting my legs with my pruning knife at the end of the day. Did it again yesterday.", High, "lexicon tier"},
		{"rule 6 control: other means beside it", "I've been cutting my legs with my pruning knife and I've got the rope in the shed too.", Critical, "with means or a plan"},
		{"a day with a word between 'every' and it is a habit", "Every wet Tuesday with no customers I think about killing myself.", High, "lexicon tier"},
		{"a day with a word between, control: this wet Tuesday", "This wet Tuesday I'm going to kill myself.", Critical, "with a time"},
		{"rule 6f: drinking from a flask on the stall every day after time sober", "Four years sober and I'm drinking from a flask on the stall every day again since the rent went up.", High, "using every day again"},
		{"rule 6f control: from a flask every day, no time sober", "I'm drinking from a flask on the stall every day, it's freezing out here.", None, ""},
		{"rule 6f: drinking at lunch every day after time sober", "Five years sober and I'm drinking at lunch every day again since the market crashed.", High, "using every day again"},
		{"rule 6f control: at lunch every day, no time sober", "I'm eating at lunch every day with the team now, much nicer.", None, ""},
		{"rule 1f: a supervisor's blow", "My supervisor hits me in the galley when the passengers complain and says he'll get me sent home.", High, "another adult's blow"},
		{"one word before a drink, control: a word before no drink ends what is drunk", "Ten years sober in the parish and I've been drinking the altar water every evening again.", None, ""},
		{"rule 6f control: someone else drinking every night again", "My dad has been drinking every night again since he retired.", None, ""},
		{"rule 7t: terse intent, a means, a time and a goodbye in fragments", "Bridge. Now. Goodbye.", Critical, "terse intent"},
		{"rule 7t: a thing of harm and a time in fragments", "Rope's up. Tonight.", Critical, "terse intent"},
		{"rule 7t control: a place and a time without a goodbye is a meeting", "Bridge. Tonight. 7pm.", None, ""},
		{"rule 7t control: any other fragment leaves it to the other rules", "Rope. Tonight. Climbing wall.", None, ""},
		{"rule 7t control: a fragment of three words is no means fragment", "Took my pills. Now bed.", None, ""},
		{"rule 7t: where the writer is, what lies below, and a resolve", "On the motorway bridge. Cars below. It's time.", Critical, "terse intent"},
		{"rule 7t: where the writer is and despair in fragments", "on the bridge. cant do this", Critical, "terse intent"},
		{"rule 4h: a mood weighed against something good", "Feeling low about the rota but I've got Sunday off for once.", None, "a mood weighed"},
		{"rule 4h control: a mood with nothing set against it", "Feeling a bit down today, work pressure.", Low, ""},
		{"rule 4h control: a but that says it is hard", "Feeling very low lately, grateful for everything but it's hard.", Low, ""},
		{"rule 4h control: despair is not weighed", "Nothing will ever change for me but I keep going to work.", Low, ""},
		{"rule 7t: a thing of harm and despair the lexicon reads low", "Rope's up. Can't do this anymore.", Critical, "terse intent"},
		{"rule 7t control: a place and being done", "On the roof. I'm done.", None, ""},
		{"rule 7t control: despair and a time, no means", "Tonight. Can't do this anymore.", Low, ""},
		{"rule 7t control: a place and a time for lunch", "On the bridge. Lovely view. It's time for lunch.", None, ""},
		{"rule 7t control: a resolve alone", "Cars below. It's time.", None, ""},
		{"a nose is no noose: a squeezed variant that is an everyday word is not made", "My dad hits me across the face until my nose bleeds.", High, "lexicon tier"},
		{"a nose is no noose, control: a noose", "My dad hits me across the face. I've got a noose ready for tonight.", Critical, ""},
		{"slashing a named body part is harm done to oneself, bleeding now", "I've slashed my arms with a broken bottle and I can't stop the bleeding.", Critical, ""},
		{"slashing, control: tyres are no body part", "Someone slashed my tyres last night and I can't stop thinking about it.", None, ""},
		{"taken all of my medicine reads as all my medicine", "I've taken all of my antihistamines and I feel very sleepy.", Critical, ""},
		{"taken all of my, control: all of my errands", "I've taken all of my books back to the library.", None, ""},
		{"taken all of the medicine reads as all the medicine", "I have taken all of the tablets the doctor prescribed for my heart, perhaps half an hour ago.", Critical, ""},
		{"taken all of the, control: all of the errands", "I've taken all of the books back to the library.", None, ""},
		{"rule 2u: medicine taken out of its packs", "I took all my tablets out of the blister packs and into my dosette box.", None, "taken out"},
		{"rule 2u control: taken out, then swallowed", "I took all my pills out of the cupboard and swallowed them.", Critical, ""},
		{"rule 2u control: out of spite", "I took all my pills out of spite.", Critical, ""},
		{"rule 2v: a blow from an animal is an injury", "That cob kicked me square in the thigh today. Bruise the size of a dinner plate.", None, "an animal"},
		{"rule 2v control: a blow from a person", "He kicked me in the stomach again last night.", High, ""},
		{"rule 7u: a rope, a beam and a time", "bought rope today. garage has a beam. tonight when wife is at her mums", Critical, "a rope, a beam and a time"},
		{"rule 7u control: a beam for a punchbag", "garage has a beam. want to hang a punchbag from it tonight. bought rope.", None, ""},
		{"rule 7u control: a rope for a boat", "bought rope today for the boat. mooring lines were worn. fitting them tonight, the beam on the jetty is rotten.", None, ""},
		{"rule 2b: a tiny cut got on something, in the next sentence", "Cut myself on a pipette. Just a tiny cut.", None, "accident"},
		{"rule 2b control: a small cut with no thing it was got on", "I cut myself again last night. Just a small cut this time but I can't stop thinking about doing more.", High, ""},
		{"rule 3g: a note for the next crew is a handover", "Left a note for the next crew about the broken oven in the rear galley.", None, "an everyday note"},
		{"rule 3g: an errand named in three words", "Left a note for the rental shop manager about the broken bindings.", None, "an everyday note"},
		{"rule 3g control: three words that name no errand", "Left a note for the only person I love. Tonight it ends.", Critical, ""},
		{"rule 3g: a note about a fault", "Left a note for the duty coxswain about the faulty radio.", None, "an everyday note"},
		{"rule 3g: a note about an issue in a piece of work", "Left a note for my beta reader about the timeline issue in chapter 6.", None, "an everyday note"},
		{"rule 3g control: a note about the life insurance", "I left a note for my wife about the life insurance. Tonight I'm going.", Critical, ""},
		{"rule 3g: a note that says the writer will be in the garden", "Left a note for my carer to say I'd be in the garden.", None, "an everyday note"},
		{"rule 3g control: in a better place", "Left a note for my carer to say I'd be in a better place soon.", Critical, ""},
		{"rule 2p: not being around, moving named just after", "I won't be here by Christmas, we're moving to Leeds in November!", Low, ""},
		{"rule 2p control: a move that others only think", "Told my surf buddies I wouldn't be around next summer. They think I'm moving to Portugal. I'm not.", High, ""},
		{"rule 2p control: next season is a time, not a season away", "I don't see myself being around for the start of next season. I've made my peace with it.", Critical, ""},
		{"rule 3g: a note left for the verger is an errand", "I left a note for the verger about the broken latch on the tower door.", None, "an everyday note"},
		{"rule 3g: a note that asks for a chore", "Left a note for my assistant to turn the annealer down.", None, "an everyday note"},
		{"rule 7v: a cover story for being gone, denied", "Told my mate I'd be gone by Christmas. He thought I meant emigrating. I didn't.", High, "a cover story denied"},
		{"rule 7v: a pet given away for a while, denied", "gave the dog to my brother. told him its for a while. its not.", High, "a cover story denied"},
		{"rule 7v control: the meaning told is the everyday one", "Told my mate I'd be gone by Christmas. He thought I meant for good. I meant emigrating.", None, ""},
		{"rule 7v control: an absence with a length", "Told my boss I'd be gone for a week. She thinks I'm on holiday. I'm not.", None, ""},
		{"rule 7v: a time named is no length", "Told the coxswain I wouldn't be on the rota next month. He thought I meant I was moving away. I'm not.", High, "a cover story denied"},
		{"rule 7v control: a denial with nothing gone", "My sister thinks I'm moving to Spain. I'm not.", None, ""},
		{"rule 7v control: a joke denied, no reason covered", "Gave in my notice and told everyone I'm emigrating. They think I'm joking. I'm not.", None, ""},
		{"rule 2p: travelling as a reason to be away, in the next sentence", "Told my sister I won't be here for Christmas. We're going travelling.", None, "an everyday absence"},
		{"rule 3g: a note that asks for a chore, in Scots", "Left a note fur the postie tae leave ma parcel wi next door.", None, "an everyday note"},
		{"rule 3g control: a note that asks to be left alone", "Left a note telling them to leave me be. I'm going to the bridge tonight.", Critical, ""},
		{"rule 2w: a threat someone else made to another, told", "Changed the locks for a woman whose ex threatened to kill her. Felt good to help.", Low, "someone else's threat told"},
		{"rule 2w control: a threat made at home", "My stepdad threatened to kill her last night and I'm scared.", High, ""},
		{"rule 2w control: he, who may be at home", "He threatened to kill her again last night.", High, ""},
		{"rule 2b: a hurt got on a thing, a mistake further on", "Burned my forearm on the pipe, stupid mistake, ran it under the tap for twenty minutes.", None, "accident"},
		{"rule 2b control: an accident word far past a hurt got on a place", "I cut myself on the bed last night, the playing of his voice in my head wouldn't stop.", High, ""},
		{"rule 2b control: a hurt got on a part of the body", "Burned myself on the arm again last night, stupid of me, I deserve it, no mistake.", High, ""},
		{"rule 6g control, a relapse that goes on: and again, someone else's", "My brother was clean for a year and used again on Friday. And again last night.", Low, ""},
		{"rule 3g: a note that asks for a chore, no one named", "Left a note to feed the cat and went to bed.", None, "an everyday note"},
		{"rule 3g control: a note left to be found", "Left a note for my partner to find in the morning. Tonight I'm going.", Critical, ""},
		{"rule 3g control: a note that asks for care", "Left a note for my sister to take care of the dog. I won't be back.", Critical, ""},
		{"rule 6 control: self-harm done minutes ago", "I cut my arm deep with a blade. I did it twenty minutes ago.", Critical, "with a time"},
		{"'used to' control: a distant past", "I used to use way more than I should, two years ago.", None, ""},
		{"a time clean that a relapse ended is no recovery talk", "Picked up after 14 months clean", Low, "lexicon tier"},
		{"time clean control: recovery talk", "After 14 months clean I finally feel free. Two years ago I wanted to die every day.", None, ""},
		{"rule 6f: 'back on' says again", "I'm back on the meth daily since my sponsor moved away", High, "using every day again"},
		{"rule 6f: dry before, every night", "I'd been dry for two years but after the yard closed I've been drinking every night in the horsebox.", High, "using every day again"},
		{"rule 6f control: dry January, then a glass every night", "Dry January is over and I'm drinking a glass of wine every night with dinner.", Low, ""},
		{"rule 6f control: the daily phrase is the lexicon's own low relapse", "I'm drinking a glass of wine every night with dinner.", Low, ""},
		{"rule 6f: every day in a fragment after the sentence", "I had eighteen months sober and I've been drinking lab ethanol in the cold room. Every day now.", High, "using every day again"},
		{"rule 6f control: every day in a fragment, nothing sober before", "I've been drinking green tea at my desk. Every day now.", None, ""},
		{"rule 6f: back every night after a relapse named", "Ten months off the gambling and I put my whole wage on the slots on Friday. I've been back every night since.", High, "using every day again"},
		{"rule 6f control: back every night with no relapse named", "I joined the gym in January. I've been back every night since and I feel great.", None, ""},
		{"rule 6f: at the pub every night after time off the drink", "Two years off the drink and since the incident I'm at the pub every night after my shift.", High, "using every day again"},
		{"rule 6f control: at the pub every night, nothing given up", "I'm at the pub every night this week for the darts league.", None, ""},
		{"rule 6f control: off the drink, at the gym every night", "Two years off the drink and I'm at the gym every night now.", None, ""},
		{"rule 6g: a relapse that cannot stop", "Off the drink two years and I went on a bender last night. Still going, can't stop.", High, "a relapse that cannot stop"},
		{"rule 6g control: can't stop thinking about it", "Had a drink last night after six months. Can't stop thinking about it.", Low, "lexicon tier"},
		{"rule 6f: after time sober, using that can't be stopped", "I was sober five years and now I'm drinking at the station between clients and on the train every day. Can't stop.", High, "a relapse that cannot stop"},
		{"rule 6f control: drinking water, can't stop", "I was sober five years and now I'm drinking so much water at work every day. Can't stop smiling about it.", None, ""},
		{"rule 3c: a crisis owned by 'her' just before it", "A client told me about her suicide attempt while I tattooed a semicolon.", Low, ""},
		{"rule 4: a thought in the present perfect beside how long something lasted", "The consultant missed my cancer for two years. I've thought about going to his house with a knife.", Critical, "with means or a plan"},
		{"rule 4 control: a thought told of a time long past", "Two years ago I thought about going to his house with a knife. Now I just feel sorry for him.", Low, "distant past"},
		{"rule 4: a clock time is no age", "I took all 28 of my sertraline and 12 paracetamol at 22:10.", Critical, "lexicon tier"},
		{"rule 6: a weapon in a conditional threat's own words is no means at hand", "If that supervisor screams at me in front of everyone again I'll put a knife in him.", High, "lexicon tier"},
		{"rule 6 control: a weapon at hand, going in now", "The lads who jumped my son are in the pub round the corner. I've got a bat in the car and I'm going in now.", Critical, "with means or a plan"},
		{"rule 1j: a death supposed and welcomed", "If I died tomorrow it would be a relief.", High, "a death supposed and welcomed"},
		{"rule 1j: a fall supposed and welcomed, its own when no plan", "Honestly if I fell off the scaffold tomorrow it'd be a relief.", High, "a death supposed and welcomed"},
		{"rule 1j control: a death supposed, a worry", "If I died tomorrow who would feed my cat?", None, ""},
		{"rule 1j control: the welcome denied", "If I died tomorrow it wouldn't be a relief to anyone, my kids need me.", None, ""},
		{"rule 1i: driving off after a place with an edge", "I'm parked at the top of the cliff and I'm going to drive off when it ends.", Critical, "with means or a plan"},
		{"rule 1i: riding it over the edge after a place with an edge", "I'm parked at the top of the quarry on the bike. I'm going to ride it over the edge now.", Critical, ""},
		{"rule 7g control: a car given on", "Goodbye to driving. Gave my car to my granddaughter.", None, ""},
		{"rule 1i control: driving off to somewhere", "We parked at the top of the cliff for the view and I'm going to drive off to the pub in a minute.", None, ""},
		{"rule 1i: a bare jump where the writer stands, two sentences on", "I'm on the top floor of the library by the open window. Six years wasted. I'm jumping as soon as the security guard goes past.", Critical, "with means or a plan"},
		{"rule 1i control: a bare jump on a bungee bridge", "I'm on the bridge with the bungee crew. I'm jumping as soon as they check the harness.", None, ""},
		{"rule 1i control: a bare jump into a pool", "We're on the top floor of the hotel, lovely view. I'm jumping in the pool later.", None, ""},
		{"rule 1i: going over it, a balcony named before", "I'm in the layover hotel on the twentieth floor with the balcony door open and I'm going over it tonight.", Critical, "with a time"},
		{"rule 1i control: going over it all in the head", "Stood on the balcony, going over it all in my head before the interview.", None, ""},
		{"rule 6f control: back on a bike", "I'm back on the bike every day since the op", None, ""},
		{"rule 6f: sober before, an amount drunk every day, 'before' no fear", "I'd been sober three years before him and now I'm drinking a bottle of vodka every day just to cope", High, "using every day again"},
		{"rule 1f: six words share the subject across 'and'", "Me old man comes home from the pub and flogs me and mum with his belt", High, "another adult's blow"},
		{"rule 1f: the nearer person is the one who hits", "My dad comes home from the pub and my brother belts me", High, "another adult's blow"},
		{"rule 1f control: a towel flick laughed off", "The man at the gym whacked me with his towel as a joke lol", None, ""},
		{"rule 2l: 'kill' said of neighbours' noise", "It's 2am and the neighbours' party is still going, I'm going to kill them", None, ""},
		{"rule 2l control: the writer means it", "If my neighbour make noise again tonight I will kill him, I am serious", Critical, "with a time"},
		{"rule 2l control: another harm named", "It's 2am and the neighbours' party is still going, I'm going to stab them", High, ""},
		{"rule 1f: a partner who shoves", "My partner shoves me and calls me useless when the baby won't settle", High, "another adult's blow"},
		{"rule 1f: a cellmate beats me", "My cellmate beats me every night and the officers don't do anything", High, "another adult's blow"},
		{"rule 1f control: a flatmate beats me at chess", "My flatmate beats me at chess every time", None, ""},
		{"rule 1f control: beats me to it", "My flatmate always beats me to it, the bathroom is never free", None, ""},
		{"rule 1f: a grab by another adult", "The landlord grabs me behind the bar and says I'll lose my shifts if I complain.", High, "another adult's blow"},
		{"rule 1f control: grabs me a coffee", "My mum grabs me a coffee every morning.", None, ""},
		{"rule 6: where the writer drove to stays where they are for a sentence", "Drove to the viaduct after close. Sitting on the wall now. I'm going to jump.", Critical, ""},
		{"rule 6f: back on the slots every night again", "Ninety days without a bet and now I'm back on the slots every night again", High, "using every day again"},
		{"rule 6f control: back on the slots feared", "I'm scared I'll be back on the slots every night again", Low, "lexicon tier"},
		{"rule 3c: advice to whoever is struggling, with 'please reach out' (rule 4d read it before 'if you' was advice)", "If you're having thoughts of suicide please reach out, you matter", Low, "someone else"},
		{"rule 3: a topic word just after the writer is theirs, whatever the sentence is about", "That show made me relapse", Low, "topic in first person"},
		{"rule 3 control: a topic in a film the writer watched", "My therapist made me watch a film about self harm", None, ""},
		{"rule 3b: 'my' in the phrase makes it the writer's", "I watched the documentary about the overdose crisis and then took all of my oxycodone, about twenty minutes ago", Critical, ""},
		{"rule 3b: the writer just after the phrase owns it", "Finished the album, then took every pill I had.", Critical, "lexicon tier"},
		{"rule 3b control: someone else just after the phrase", "Watched a film about a man who took every pill he had.", None, "mention"},
		{"rule 3b: a story word after the phrase tells when", "Every encore I think about how easy it would be to just end it all after the show.", High, ""},
		{"past: a learner's then that runs into the phrase, with a now", "Before I want to finish my life because of exam. Now I have good job and I help new student.", Low, ""},
		{"past: a then that runs into the phrase sets a now against it", "Last time I want to die during NS, now I ok already, got good job and girlfriend.", Low, "distant past"},
		{"past: a now opening the next sentence sets a past wish in the past", "When my dad died I wanted to die too. Now I've used his inheritance to start the bakery he always wanted.", Low, "distant past"},
		{"past: a now opening the next sentence, control: danger now", "When my dad died I wanted to die too. Now I have the rope ready.", Critical, ""},
		{"past: a recent word after \"every time\" is a habit of then", "A year ago I wanted to die every time I relapsed.", Low, "distant past"},
		{"past: a recent word after \"every time\", control: relapsed now", "A year ago I wanted to die and I relapsed tonight.", Critical, ""},
		{"past: \"this year\" is a now set against a then", "Last year I was on 1:1 obs for active SI. This year I'm back at uni.", Low, "distant past"},
		{"recovery: cleaning a thing is no recovery", "I cut myself in the bathroom and clean the sink so nobody knows.", High, ""},
		{"recovery: cleaning a thing, control: clean for a year", "I cut myself back then. I've been clean for a year now.", None, ""},
		{"rule 6c: two-word despair fragments said again", "no way out. nothing left.", High, "despair said again"},
		{"rule 6c: two-word despair, control: inside a longer sentence", "There is no way out of the car park, nothing left to do but wait for the tow truck.", Low, "lexicon tier"},
		{"overdose: the entire box is the whole box", "I've taken the entire box of zopiclone with the whisky.", Critical, ""},
		{"rule 2c: Spanish laughter is a joke", "Mi gato broke another vase, I'm going to kill him jaja.", None, "joking"},
		{"rule 2c: Spanish laughter, control: no laugh", "Mi gato broke another vase, I'm going to kill him.", High, ""},
		{"rule 3h: a life ended in one place and begun in another is a move", "I finish my life in Turkey and start new life in Germany, it is hard but good.", None, "a move"},
		{"rule 3h control: a new life hoped for after death", "I want to end my life, maybe in a new life I will be happier.", High, ""},
		{"rule 3b: a story word after \"after\" tells when", "Every night after the show the crowd goes home and I sit in the van wanting to die.", High, ""},
		{"rule 3b: a story word after \"after\", control: the story's own", "After the show the main character sits in the van wanting to die.", None, "mention"},
		{"rule 3b control: a story word first, nobody before the phrase", "In the show he decides to end it all after the wedding.", None, "mention"},
		{"rule 3b: a story word used as a verb on someone", "I'll show them tonight, the rope's already up.", Critical, "with a time"},
		{"a past act two days ago is recent, not distant", "I cut myself two days ago.", High, "lexicon tier"},
		{"rule 3b control: the story's own act", "I watched a documentary where a man took all of his tablets", None, ""},
		{"rule 6: a wish to vanish takes no time from a sentence beside it", "Lovely sunset tonight. Made me wonder if anyone would notice if I just vanished.", High, "lexicon tier"},
		{"rule 6: a wish to vanish with a time standing alone", "I wish I was dead. Tonight.", Critical, "with a time"},
		{"rule 6 control: a time in the wish's own sentence", "I want to disappear tonight.", Critical, "with a time"},
		{"rule 2: a denial pretended is no denial", "To do: get up, go to work, pretend I don't want to die. Repeat", High, "lexicon tier"},
		{"rule 2 control: not pretending, in a clause of its own", "I'm not pretending, I don't want to die", None, ""},
		{"rule 2: a denial denied in its turn", "I can't say I don't want to die. I think about it most days.", High, "lexicon tier"},
		{"rule 2: not saying I won't", "Not saying I won't hurt him if he comes near my kids again.", High, "lexicon tier"},
		{"rule 2: won't lie and say", "I won't lie and say I don't want to die.", High, "lexicon tier"},
		{"rule 2: not not", "I'm not not thinking about suicide, if that makes sense.", High, "lexicon tier"},
		{"rule 2 control: a denial said plainly", "I can say I don't want to die any more.", None, "negated"},
		{"rule 6f: 'Back on …' after a stop", "Days sober: 0. Back on the heroin every day again", High, "using every day again"},
		{"rule 6f: 'doing it every day again' with a drug named", "Clean from coke for a year before uni and now I'm doing it every day again", High, "using every day again"},
		{"rule 6f control: 'doing it every day again' about running", "Started running in May and now I'm doing it every day again", None, ""},
		{"rule 6f: 'I drink … every night again'", "I drink every night again since the funeral", High, "using every day again"},
		{"rule 6f control: water drunk every day", "I drink water every day again now", None, ""},
		{"rule 6f control: a bottle of water every day", "I'm drinking a bottle of water every day now", None, ""},
		{"rule 6f: 'back on' opening the clause, the writer left out", "Back on the cocaine every day to get through the workload, I swore I'd stopped", High, "using every day again"},
		{"rule 2e: rather die than present to the board", "I'd rather die than present to the board again", None, ""},
		{"rule 4e: means in the thought's own words do not keep it high", "I get intrusive thoughts about jumping in front of trains and it terrifies me, I'd never do it", Low, "will not act on it"},
		{"rule 4e: restraint in the next sentence, means closing the thought's clause", "I have intrusive thoughts about pushing people onto the tracks. I'd never do it.", Low, "will not act on it"},
		{"rule 4e: a restraint set aside by 'but I'", "I'd never do that to passengers but I want to die.", High, "lexicon tier"},
		{"rule 4e: restraint in the next sentence, control with a time", "I want to push him onto the tracks tonight. I'd never do it.", Critical, ""},
		{"rule 4e control: means to hand beside the thought", "I'd never act on it, but I keep thinking about jumping and I've got the rope in the garage", Critical, "with means or a plan"},
		{"rule 6f: a relapse in the sentence says again", "Picked up after 14 months clean and I've been using every day", High, "using every day again"},
		{"rule 6f: a past-tense use after time clean, this week", "Two years clean and I took codeine every shift this week.", High, "using every day again"},
		{"rule 6f: a verb in -ing opening its sentence is the writer's", "I've slipped right back. Drinking a bottle of wine every night again.", High, "using every day again"},
		{"rule 6f: the same after someone else named", "My brother is out of rehab. Drinking every night again, mum says.", None, ""},
		{"rule 6f: drinking oneself to sleep", "Was sober a year and now I've been drinking myself to sleep every night again.", High, "using every day again"},
		{"rule 6f: how much in the clause after a comma", "Five years sober and I'm back on the cans, eight a night every night again.", High, "using every day again"},
		{"rule 6f: the clause after a comma says something else", "Five years sober and I'm back on the cans, not every night again though.", None, ""},
		{"rule 6f: from one time until another", "Off the drink two years. Drinking from milking till bed every day again.", High, "using every day again"},
		{"rule 6f: 'she'd' without its apostrophe after 'every' is a shed", "Off the drink two years and I've a bottle hid in every shed now. Drinking from milking till bed every day again.", High, "using every day again"},
		{"rule 6f: consuming after years of sobriety", "After eleven years of sobriety I now consume a bottle of gin each evening.", High, "using every day again"},
		{"rule 6f: consuming with no time sober", "I consume a bottle of water each evening.", None, ""},
		{"rule 6f: every school night", "Sober since last summer and I'm drinking a bottle of wine every school night again.", High, "using every day again"},
		{"rule 6f: blacking out at parties", "Six months sober and I'm blacking out at parties every weekend again.", High, "using every day again"},
		{"rule 6f: 'smoke' with a drug named", "Two years clean and I smoke crack every day again.", High, "using every day again"},
		{"rule 6f: 'smoke' with no drug named", "I smoke every day again after quitting.", None, ""},
		{"rule 6f: 'mi' is the writer in Caribbean English", "Mi did clean fi two year but mi a smoke crack every day again now.", High, "using every day again"},
		{"rule 6f: 'some' stands for what is used", "Two years clean. I took some every shift this week.", High, "using every day again"},
		{"rule 6f: a past-tense use with no time clean is a story", "I took codeine every shift when I worked nights.", None, ""},
		{"rule 6f: a past-tense use not said to be lately is the years before", "Two years clean. I drank every night at uni, but not now.", Low, ""},
		{"rule 6f control: every day with no again and no relapse", "I've been using every day for three weeks", None, ""},
		{"rule 6g: a slip after time sober", "Three years off the booze and I got hammered on Saturday.", Low, "a slip after time sober"},
		{"rule 6g: a slip opening its sentence after time sober", "Six months sober. Got smashed at the Christmas party.", Low, "a slip after time sober"},
		{"rule 6g: a slip, then every night since", "Two years off the grog and I got absolutely smashed at the pub after the funeral. Been on it every night since.", High, "a slip after time sober, every day since"},
		{"rule 6g control: someone else's slip", "Two years sober. My brother got smashed at the wedding and it was awful to watch.", None, ""},
		{"rule 6g control: high marks", "I've been sober for two years and I got high marks in my exams.", None, ""},
		{"rule 6g control: never got drunk", "Two years sober and I never once got drunk, even at the wedding.", None, ""},
		{"rule 6g control: slipped on the ice", "A year sober and I slipped on the ice and broke my wrist.", None, ""},
		{"rule 6g control: wasted every weekend back then", "Five years sober. I got wasted every weekend at uni but that's long behind me.", None, ""},
		{"rule 6g: drinks had, time sober after them in the sentence", "Had a few beers at my primo's carne asada after a year without drinking.", Low, "a slip after time sober"},
		{"rule 6g control: drinks had, no time sober", "We had a few beers at the match, great day.", None, ""},
		{"rule 6f: hitting it every day again after time clean", "was 8 months clean from vaping weed and now i'm hitting it every day again. can't stop.", High, "using every day again"},
		{"rule 6f control: hitting the gym every day again after time sober", "Two years sober and I'm hitting the gym every day again.", None, ""},
		{"rule 6f: a verb in -ing after 'and' and time sober, the writer named last", "There's a line in that song, 'back on the bottle again'. That's me, sober four years and drinking every night again.", High, "using every day again"},
		{"rule 6f control: a verb in -ing after 'and' and time sober, someone else named last", "That's my brother, sober four years and drinking every night again.", None, ""},
		{"rule 4: time sober conceded beside a slip is no recovery since", "Had a few pints after the court hearing even though I've been sober a year.", Low, "lexicon tier"},
		{"rule 4 control: time sober after the slip is a recovery since", "I had a few pints after the court hearing. I've been sober a year now.", None, "past, recovery talk"},
		{"rule 3e: a phrase called a word", "sewer slide is such a weird euphemism, why not just say it", None, ""},
		{"rule 3e control: the writer says it of themselves", "I want to die is a phrase I say a lot now", High, "lexicon tier"},
		{"rule 2c: a sibling's borrowed hoodie", "my sister stole my hoodie again im gonna kill her", None, ""},
		{"rule 2c control: a car taken", "my sister stole my car again, im gonna kill her", High, "lexicon tier"},
		{"rule 4: a phrase between a then and a now is past", "Two years ago I want to die, now I have good job", Low, "distant past"},
		{"rule 4 control: the now in the phrase's own clause", "Two years ago I lost my job and I want to die now", High, "lexicon tier"},
		{"rule 4 control: a duration is no then", "For two years I want to die every day, now it is worse", High, "lexicon tier"},
		{"rule 2b: sadness says a cut was meant", "When I am very sad I cut my legs when shaving", High, "lexicon tier"},
		{"rule 2b control: a cut shaving", "I cut my legs when shaving, so annoying", None, ""},
		{"rule 3b: a line in quotation marks in a sentence about a song", "\"I'd rather die than let you go\" has been stuck in my head since the breakup, such a dramatic song.", None, ""},
		{"rule 3b: curly quotation marks", "“I want to die” is the first line of the song, so bleak", None, ""},
		{"rule 3b control: the writer's own words quoted to someone", "I texted her \"I want to die\" and she didn't answer", High, "lexicon tier"},
		{"rule 3b control: quotation marks closed before the phrase", "He said \"hi\" and I want to die, this song is on the radio", High, "lexicon tier"},
	})
	// Rows about what the rules do with the word model's opinion, with a
	// model whose opinion is known, whatever a retrain of the real one
	// learns: it fires on a sentence with "bridge" and "nobody" in it,
	// and on "lighthouse" alone (past its threshold, short of sure, with
	// no crisis word: rule 8c's case).
	scripted := newDetector(DefaultLexicon(), &Model{Version: "scripted", Bias: -4, Threshold: 0.5,
		Weights: map[string]float64{"bridge": 3, "nobody": 1.5, "find": 1, "lighthouse": 5}})
	checkRows(t, scripted, " (scripted model)", []ruleRow{
		{"rule 8c: past the threshold with no crisis word, a check-in", "I keep thinking about the lighthouse.", Low, "word model, no crisis word"},
		{"rule 6: the word model's thought that comes round, about a means", "Every night I think about the bridge where nobody goes.", High, "word model"},
		{"rule 6: the same thought, not said to come round", "I've been thinking about the bridge where nobody goes.", Critical, "with means or a plan"},
		{"rule 8: a relapse hit is no crisis word for the word model", "I think I might have a drink tonight.", Low, "lexicon tier"},
		{"rule 8c control: the model below its threshold", "I keep thinking about the harbour.", None, ""},
		{"rule 8c control: no one speaking of themselves", "Thinking about the lighthouse.", None, ""},
		{"rule 7: a farewell with a plan near it", "Final post. I've given my cat to my neighbour.", High, "goodbye"},
		{"rule 7: the plan read as 'gave'", "Final post. I gave my cat to my neighbour yesterday.", High, "goodbye"},
		{"rule 7: a farewell with two preparations near it", "Gave my tools away to the lad on plot 6 and wrote my letters. I won't be here for the spring planting.", Critical, "goodbye"},
		{"rule 7 control: a farewell with one preparation", "Gave my tools away to the lad on plot 6. I won't be here for the spring planting.", High, "goodbye"},
		{"rule 6: a goodbye in the phrase's own words is no second sign", "I've started writing goodbye letters in my head.", High, "lexicon tier"},
		{"rule 6 control: a goodbye beyond the phrase", "I've started writing goodbye letters in my head. Goodbye everyone.", Critical, "with a goodbye"},
		{"rule 7d: leaving well", "This is my final post. Two years sober and I want my nights back. Thank you all.", None, "leaving well"},
		{"rule 7d control: the recovery told in the past", "This is my final post. I was sober for two years. Thank you all.", Critical, "goodbye"},
		{"rule 7d control: the recovery denied", "This is my final post. I'm not sober any more. Thank you all.", Critical, "goodbye"},
		{"rule 7d control: the recovery someone else's", "This is my final post. My brother is sober now. Thank you all.", Critical, "goodbye"},
		{"rule 7d control: means in the text", "This is my final post. Two years sober and I'm at the top of the car park. Thank you all.", Critical, ""},
		{"rule 7d control: gratitude is no recovery", "This is my final post. I'm thankful I had you all. Goodbye.", Critical, "goodbye"},
		{"rule 3b: a dream's content is told", "The nightmare was about him hurting me again.", None, "mention"},
		{"rule 3b: a dream's content, control", "He was hurting me again last night.", High, ""},
		{"rule 3b: woken from the dream, the act is the writer's", "I dreamt about the crash, woke up and cut my arm.", High, ""},
		{"rule 3b: a dream in another clause", "I dreamt I was falling, but I want to kill myself.", High, ""},
		{"rule 3f: a question answered no", "The nurse asked if anyone at home hurts me. No, thankfully.", None, "a question answered no"},
		{"rule 3f: none at all", "At the review they asked if I'd had any thoughts of ending my life. None at all.", None, "a question answered no"},
		{"rule 3f control: answered yes", "My GP asked if I've had thoughts of ending my life and I said yes.", High, ""},
		{"rule 3f control: a lie owned up to", "The GP asked if I'd had thoughts of ending my life and I lied and said no.", High, ""},
		{"rule 3f control: no, but", "The doctor asked about thoughts of ending my life. I said no, but I have them every night.", High, ""},
		{"rule 3f control: no that is no answer", "The GP asked if I'd had thoughts of ending my life. There's no point hiding it, I have.", High, ""},
		{"rule 2e: an event far after 'go', and plural", "I'd rather die than go to another one of his barbecues.", None, "preference"},
		{"rule 2e: a lexicon phrase opening with 'rather'", "I'd rather be six feet under than go to another one of his barbecues.", None, "preference"},
		{"rule 2e control: not an event", "I'd rather be six feet under than go on another year like this.", High, ""},
		{"rule 3c: a word of when between the person and the link", "Three callers tonight were suicidal.", Low, "someone else"},
		{"rule 3c: the same, control", "Tonight I was suicidal.", Critical, "with a time"},
		{"rule 3c: advice to the reader, 'if you', the writer never in it", "If you have suicidal intrusive thoughts that you don't want, that's a known OCD theme.", Low, "someone else"},
		{"rule 3c: 'if you' with the writer in the text", "If you have suicidal thoughts like I do, it's exhausting.", High, ""},
		{"rule 3c: a child named by age is someone else", "My 14-year-old has started cutting. I found blades in her pencil case.", Low, "someone else"},
		{"rule 3c: a child named by age, control", "I've started cutting. I found blades in my pencil case.", Critical, "with means or a plan"},
		{"rule 2b: a harm to myself I've been doing is no accident", "I've been hitting myself with a fence post when I'm out checking the sheep.", High, "lexicon tier"},
		{"rule 2b: the same told as a slip", "I hit myself with a fence post when I slipped checking the sheep.", None, "accident"},
		{"rule 2b: penance says it was meant", "I burn my hands on the kettle as a form of penance.", High, "lexicon tier"},
		{"rule 2n: 'will kill somebody' said of a thing names a danger", "Traffic in Lagos will kill somebody. Three hours to go to Lekki.", None, "a danger named"},
		{"rule 2n: said of someone else it is a worry", "My brother will kill somebody one day.", Low, "someone else"},
		{"rule 2n: said by the writer it is a threat", "I will kill somebody if he touches my sister again.", High, ""},
		{"rule 3i: abuse of someone else who is safe now", "A pupil told me she was being hurt at home. Followed procedure, DSL involved, she's safe.", Low, "someone else, safe"},
		{"rule 4i: a bare 'I'll die.' after news of a thing", "The gym's closing for refurbishment for two weeks. I'll die.", Low, "a groan at news"},
		{"rule 4i: the same after news of a person", "He's leaving me. I'll die.", High, "lexicon tier"},
		{"rule 4i: 'I'll die' closing an 'if' about a thing", "If it rains on the day I'll die. Fingers crossed for sun!", Low, "a groan at news"},
		{"rule 4i: 'I'll die' closing an 'if' about a person", "If he leaves me I'll die.", High, "lexicon tier"},
		{"rule 3h: someone else's wish told as then ('when they were')", "A newcomer shared tonight about wanting to die when they were drinking.", Low, "someone else"},
		{"rule 3h: someone else's wish tonight, not told as then", "My friend shared tonight about wanting to die.", High, "someone else, in danger now"},
		{"rule 3i: the same, not said to be safe", "A pupil told me she was being hurt at home.", High, "lexicon tier"},
		{"rule 6: a poison a thought names is its object, not at hand", "I keep thinking of drinking weedkiller.", High, ""},
		{"rule 4e: voices that once told me to, a step taken and voices stopped", "The voices once told me to hurt myself. I told my nurse, we changed my meds, and they stopped.", None, "past, recovery talk"},
		{"rule 6: a poison at hand beside the thought", "I keep thinking of drinking weedkiller. I've got a bottle of weedkiller next to me.", Critical, "with means or a plan"},
		{"rule 4: 'will have' makes a past form the future", "By then I'll have hanged myself.", High, "lexicon tier"},
		{"rule 4: the past form told in the past, control", "Ten years ago I hanged myself and survived. Now I'm doing well.", None, ""},
		{"rule 2e: moving house", "I'd rather die than move house again.", None, "preference"},
		{"rule 2e: moving back in with him, control", "I'd rather die than move back in with him.", High, ""},
		{"rule 2g: an outing with company", "I want to walk into the sea on New Year's Day with the charity dip crowd.", None, "an outing"},
		{"rule 2g: company, control", "I want to walk into the sea with everyone asleep.", Critical, "with means or a plan"},
		{"a place alone is no act", "Took photos from the bridge of the river at dawn.", None, ""},
		{"rule 2b: an overdose said to be an accident", "I drank bleach by accident as a toddler.", None, "accident"},
		{"rule 2b: an overdose beside a doctor, control", "Took the whole strip of tramadol the club doctor gave me an hour ago.", Critical, ""},
		{"rule 2b: a harm been at, past stopping, is no accident", "I've been burning my wrists with the soldering iron when the experiments fail. I can't seem to stop.", High, ""},
		{"rule 2b control: a harm been at, with no word of stopping", "I've been burning my wrists on the soldering iron all week, the new bench is too cramped.", None, "accident"},
		{"rule 2b: a shaving blade is what cut", "I cut my wrist with my brother's shaving blade because of the fight at home.", Critical, "with means or a plan"},
		{"rule 2b control: cut shaving", "I cut my chin shaving this morning.", None, ""},
		{"negation: a comparison after the phrase affirms it", "I've never wanted to die more than I do now.", High, ""},
		{"negation: a comparison, control", "I've never wanted to die, not even at my lowest.", None, "negated"},
		{"rule 3g: a note for someone on an errand", "Left a note on the seat of the car for the parking warden.", None, "an everyday note"},
		{"rule 3g: a note for family, control", "Left a note on the seat of the car for my mum.", Critical, ""},
		{"rule 2e: a preference against a small ordeal", "I told the dentist I'd rather die than have another filling.", None, "preference"},
		{"rule 2e control: against another day of this life", "I'd rather die than have another day like this.", High, "lexicon tier"},
		{"rule 4f: told in the past, come back", "Two years ago I wanted to die. It's back.", High, "come back"},
		{"rule 4f: tried, then it came back, with means and a time", "Three years ago I tried to hang myself and survived. This week it came back and tonight I'm finishing it. The rope's in my bag.", Critical, ""},
		{"rule 4f control: the writer came back from holiday", "Three years ago I tried to hang myself and survived. This week I came back from holiday.", None, ""},
		{"rule 4f control: something brought back", "A caller asked me if I'd ever self-harmed. We don't share that, so I gently brought it back to her.", Low, "distant past"},
		{"rule 4f control: an urge back a bit", "Used to purge every day a few years ago. Had a bad body image day today and the thoughts came back a bit.", Low, "distant past"},
		{"rule 4f control: if it comes back", "Two years ago I wanted to die. If it comes back I'll call my sister.", None, ""},
		{"rule 2: denied until now, and the thoughts are back", "I haven't felt suicidal since my son was born. Lately the thoughts are back every night.", High, "come back"},
		{"rule 2 control: denied until now, hoped never back", "I haven't felt suicidal since my son was born. I hope it never comes back.", None, "negated"},
		{"rule 2m: a streak kept", "Ten months without burning myself. The scars are fading and so is the shame.", None, "a streak kept"},
		{"rule 2m control: a streak ended", "Ten months without burning myself and I did it twice this week.", High, "lexicon tier"},
		{"rule 2m control: a span denied is never", "I can't go two days without thinking about killing myself.", High, "lexicon tier"},
		{"rule 3b: a quote the writer says they mean", "Poem I wrote: \"let the dark take me, I won't fight it any more\". I mean every word.", High, ""},
		{"rule 3b control: a quote from a song", "Poem I like: \"let the dark take me, I won't fight it any more\". Lovely rhythm.", None, "mention"},
		{"a blade is means, not an act", "The lawnmower blade needs sharpening.", None, ""},
		{"a blade is means: with a cut", "I cut my arm deep with a blade tonight and it won't stop bleeding.", Critical, ""},
		{"rule 8c control: spoken to someone", "I keep thinking about you and the lighthouse.", None, ""},
		{"rule 8c: a check-in raises no other rule", "I keep thinking about the lighthouse. Tell my mum it wasn't her fault.", Low, "goodbye"},
		{"rule 8b: the word model on someone else's talk", "He's been talking about the bridge and how nobody would find him.", Low, "someone else"},
		{"rule 8b: the same talk in the writer's own words", "I've been thinking about the bridge and how nobody would find me.", Critical, ""},
		{"rule 8b control: the model silent", "He's been talking about the bridge and the traffic on it.", None, ""},
	})
}

// ruleRow is a text, the tier a rule gives it, and the reason it names.
type ruleRow struct {
	rule, text string
	want       Severity
	why        string // expected Dropped reason or Match.Why, "" to skip
}

// checkRows scans each row with d and reports a wrong tier or a missing
// reason.
func checkRows(t *testing.T, d *Detector, label string, rows []ruleRow) {
	t.Helper()
	for _, c := range rows {
		v := d.Explain(c.text)
		if v.Severity != c.want {
			t.Errorf("%s%s: %q → %s, want %s (matches %+v, dropped %+v)", c.rule, label, c.text, v.Severity, c.want, v.Matches, v.Dropped)
			continue
		}
		if c.why != "" && !hasWhy(v, c.why) {
			t.Errorf("%s%s: %q: no match or drop with reason %q (matches %+v, dropped %+v)", c.rule, label, c.text, c.why, v.Matches, v.Dropped)
		}
	}
}

func TestMatchesMapToOriginalText(t *testing.T) {
	cases := map[string]string{
		"ok so... I want to d i e":            "I want to d i e",
		"I feel ѕuісіdаl":                     "feel ѕuісіdаl",
		"k\u200bi\u200bl\u200bl myself pls":   "k\u200bi\u200bl\u200bl myself",
		"ｋｍｓ":                                 "ｋｍｓ",
		"wh\xffy? I want to diiiie":           "I want to diiiie",
		"I keep cutting again, sorry":         "cutting again",
		"𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞":                       "𝐈 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞",
		"this is my LAST POST. thank you all": "my LAST POST",
	}
	for in, want := range cases {
		v := testDetector.Scan(in)
		if v.Severity == None || len(v.Matches) == 0 {
			t.Errorf("%q: no match", in)
			continue
		}
		m := v.Matches[0]
		if got := in[m.Start:m.End]; got != want {
			t.Errorf("%q: match %q maps to %q, want %q", in, m.Term, got, want)
		}
	}
}

func TestLexiconParsingAndAdditions(t *testing.T) {
	if _, err := ParseLexicon("signal | suicide | high | - | x"); err == nil || !strings.Contains(err.Error(), "version") {
		t.Errorf("missing version accepted: %v", err)
	}
	for _, bad := range []string{
		"version 1\nsignal | nonsense | high | - | hello",
		"version 1\nsignal | suicide | none | - | hello",
		"version 1\ncue | weather | - | - | rain",
		"version 1\nsignal | suicide | high | - | !!!",
		"version 1\nsignal | suicide | high",
	} {
		if _, err := ParseLexicon(bad); err == nil {
			t.Errorf("accepted bad lexicon %q", bad)
		}
	}
	base := DefaultLexicon()
	if base.Version == "" || len(base.Entries) < 300 {
		t.Fatalf("default lexicon: version %q, %d entries", base.Version, len(base.Entries))
	}
	if v := New(base).Scan("I am going to yeet myself off this mortal coil"); v.Severity != None {
		t.Fatalf("unexpected match before addition: %+v", v)
	}
	e, err := NewEntry("signal", "suicide", "high", false, "yeet myself off this mortal coil")
	if err != nil {
		t.Fatal(err)
	}
	lex := base.With([]Entry{e}, "db1")
	d := New(lex)
	v := d.Scan("I am going to yeet myself off this mortal coil")
	if v.Severity < High || v.Lexicon != base.Version+"+db1" {
		t.Fatalf("addition not used: %+v", v)
	}
}

func TestGerund(t *testing.T) {
	checkForms(t, "gerund", gerund, map[string]string{
		" take all my pills ": " taking all my pills ",
		" end my life ":       " ending my life ",
		" cut ":               " cutting ",
		" die ":               " dying ",
		" hurt him ":          " hurting him ",
		" killing myself ":    "",
		" dead ":              "",
		" not wake up ":       "",
		" stop my heart ":     " stopping my heart ",
		" stab him ":          " stabbing him ",
		" open my wrists ":    " opening my wrists ",
		" jump ":              " jumping ",
		" slit my wrists ":    " slitting my wrists ",
	})
}

func TestSpelledOut(t *testing.T) {
	checkForms(t, "spelledOut", spelledOut, map[string]string{
		" im going to end it ":      " i am going to end it ",
		" when its dark ":           " when it is dark ",
		" ill be gone by morning ":  " i will be gone by morning ",
		" and ill be gone ":         " and i will be gone ",
		" feeling ill and alone ":   "",
		" id rather be dead ":       " i would rather be dead ",
		" show my id ":              "",
		" ive taken them all ":      " i have taken them all ",
		" if i wasnt here ":         " if i was not here ",
		" thats it im done ":        " that is it i am done ",
		" want to kill myself ":     "",
		" i dont want to wake up ":  " i do not want to wake up ",
		" wouldnt mind if i didnt ": " would not mind if i did not ",
	})
}

// TestMyOwn: "my own" reads as "my" to every phrase; "on my own" and
// "my own" before what no phrase names stay everyday.
func TestMyOwn(t *testing.T) {
	checkRows(t, testDetector, "", []ruleRow{
		{"my own head", "Hit my own head against the wall till it bled because I lost the fight.", High, ""},
		{"my own thighs", "I cut my own thighs again last night.", High, ""},
		{"my own tablets", "I swallowed all my own sleeping tablets about an hour ago.", Critical, ""},
		{"my own life", "I want to end my own life.", High, ""},
		{"control: on my own", "I'm on my own tonight, watching a film.", None, ""},
		{"control: my own kitchen", "I painted my own kitchen this weekend.", None, ""},
	})
}

func TestNegationForms(t *testing.T) {
	for norm, want := range map[string][]string{
		" wish i hadnt woken up ":           {" wish i had not woken up "},
		" wouldnt mind if i didnt wake up ": {" wouldnt mind if i did not wake up "},
		" i want to die ":                   nil,
	} {
		if got := negationForms(norm); !slices.Equal(got, want) {
			t.Errorf("negationForms(%q) = %q, want %q", norm, got, want)
		}
	}
}

// checkForms asserts that f turns each phrase of cases into its wanted
// form.
func checkForms(t *testing.T, name string, f func(string) string, cases map[string]string) {
	t.Helper()
	for in, want := range cases {
		if got := f(in); got != want {
			t.Errorf("%s(%q) = %q, want %q", name, in, got, want)
		}
	}
}

// TestSqueezeWordsKeepsMisspellings: folding doubled letters leaves a word
// whose folded form is a misspelling read as that word, so the
// misspelling stays no word of any phrase and reads as what it stands for.
func TestSqueezeWordsKeepsMisspellings(t *testing.T) {
	checkForms(t, "squeezeWords", squeezeWords, map[string]string{
		" kill myself ":                  " kil myself ",
		" nothing will ever get better ": " nothing will ever get better ",
		" still want to die ":            " still want to die ",
	})
	for _, text := range []string{"every one wud be beter off without me", "i cant do this any more and nothing will ever get beter", "its not stoping bleeding"} {
		if v := testDetector.Scan(text); v.Severity < High {
			t.Errorf("%q → %s, want high or above", text, v.Severity)
		}
	}
}

// TestSqueezedVariantsAreNoEverydayWords: a squeezed variant ("noose" →
// "nose", "noone" → "none") must not turn a phrase's word into another
// word that calm posts use, or the variant matches ordinary text. The
// corpus's calm lines say which words are everyday: any squeezed word
// met there five times or more is either refused (commonWords) or a
// misspelling that squeezes to the very word it stands for
// (squeezesToItself: "untill" → "until"). A new phrase whose squeeze
// collides fails here, so the hand list is checked against the data.
func TestSqueezedVariantsAreNoEverydayWords(t *testing.T) {
	calm := map[string]int{}
	for _, s := range loadCorpus(t) {
		if s.want == None {
			for _, w := range strings.Fields(string(Normalize(s.text).Text)) {
				calm[w]++
			}
		}
	}
	squeezesToItself := map[string]bool{"until": true, "world": true, "grandad": true, "fatigue": true, "mama": true, "husband": true, "il": true}
	seen := map[string]bool{}
	for _, e := range DefaultLexicon().Entries {
		base := string(Normalize(e.Phrase).Text)
		bw, sw := strings.Fields(base), strings.Fields(squeezeWords(base))
		for i := range sw {
			if i >= len(bw) || bw[i] == sw[i] || seen[sw[i]] || calm[sw[i]] < 5 {
				continue
			}
			seen[sw[i]] = true
			if !commonWords[sw[i]] && !squeezesToItself[sw[i]] {
				t.Errorf("%q squeezes to %q, a word of %d calm corpus lines, in %q: add it to commonWords (or, if it is the same word, to squeezesToItself)", bw[i], sw[i], calm[sw[i]], e.Phrase)
			}
		}
	}
}

// TestIncitedIsHarmToOthers: dying urged on the reader is filed as harm
// to others, not as the writer's own suicide.
func TestIncitedIsHarmToOthers(t *testing.T) {
	v := testDetector.Scan("Nobody cares, why don't you just go and die.")
	if v.Severity != High || len(v.Categories) != 1 || v.Categories[0] != "harm_to_others" {
		t.Errorf("got %v %v, want high [harm_to_others]", v.Severity, v.Categories)
	}
}

// TestModelCategoryIgnoresTargets: the word model's match takes its
// category from a lexicon hit in its window, but not from a concept that
// only names whom a frame acts on ("everyone" of "I'll hurt everyone").
func TestModelCategoryIgnoresTargets(t *testing.T) {
	v := testDetector.Explain("I've decided to go to the bridge tonight. Goodbye everyone.")
	if v.Severity != Critical || len(v.Categories) != 1 || v.Categories[0] != "suicide" {
		t.Errorf("got %v %v, want critical [suicide] (matches %+v)", v.Severity, v.Categories, v.Matches)
	}
}

// TestTwoPreparationsAreNotRule7d: with a signal that brings the text to
// the rules anyway, two preparations are still no "preparations" match.
func TestTwoPreparationsAreNotRule7d(t *testing.T) {
	v := testDetector.Explain("Tying up loose ends at work and deleted my socials. I feel empty.")
	if hasWhy(v, "preparations") {
		t.Errorf("two preparations matched as three: %+v", v.Matches)
	}
	if v.Severity != Low {
		t.Errorf("the low signal beside them: got %v, want low", v.Severity)
	}
}

// quoteSpans marks every line of text that starts with "> " as quoted,
// as the posting service does for lines found in others' posts.
func quoteSpans(text string) []Span {
	var spans []Span
	at := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if strings.HasPrefix(line, "> ") {
			spans = append(spans, Span{at, at + len(strings.TrimRight(line, "\n"))})
		}
		at += len(line)
	}
	return spans
}

// TestQuotedWordsAreSomeoneElses covers rule Q: a reply that quotes
// another member's crisis is a low check-in, the quote's times and
// means do not escalate the writer's own words, the model does not read
// the quote, and joining in right after it makes it the writer's.
func TestQuotedWordsAreSomeoneElses(t *testing.T) {
	cases := []struct {
		text string
		want Severity
		why  string // Match.Why of some match, "" to skip
	}{
		{"> I'm going to end it all tonight, I have the pills ready.\nPlease call someone, you matter to us.", Low, "quoted"},
		{"> he hits me every night and I'm scared to go home\nThat sounds so hard, please look after yourself.", Low, "quoted"},
		{"> I want to kill myself.\nMe too.", High, "the writer too"},
		{"> I want to kill myself.\n> I have nothing left.\nSame here. Tonight.", Critical, "with a time"},
		// The quote's time is not the writer's: their own phrase stays high.
		{"> see you all tonight at the meeting\nI want to die.", High, ""},
		// Quoted words that say "me too" join nobody in.
		{"> she wants to die and so do I\nI'm so sorry you are both going through this.", Low, "quoted"},
		// The model reads only the writer's own sentences (it finds this
		// quote high when it is not marked).
		{"> i keep having dreams about my own death and waking up disappointed\nThat sounds exhausting, I'm glad you posted.", None, ""},
		// Nor does a quote that follows the writer's words about
		// someone else.
		{"My brother is suicidal\n> so am I\nI don't know how to help him.", Low, ""},
		// The writer's own crisis after a quote is read as ever.
		{"> how is everyone doing\nHonestly I want to kill myself tonight.", Critical, "with a time"},
	}
	for _, tc := range cases {
		spans := quoteSpans(tc.text)
		if len(spans) == 0 {
			t.Fatalf("no quote in %q", tc.text)
		}
		v := testDetector.scan(tc.text, true, spans)
		if v.Severity != tc.want {
			t.Errorf("%q: %v, want %v (%+v)", tc.text, v.Severity, tc.want, v.Matches)
			continue
		}
		if tc.why != "" && !hasWhy(v, tc.why) {
			t.Errorf("%q: no match set by %q: %+v", tc.text, tc.why, v.Matches)
		}
		// Controls: the same text with no quote marked is the writer's.
		if plain := testDetector.Scan(tc.text); tc.want < High && plain.Severity < High {
			t.Errorf("%q control: %v without the quote marked, want high or above", tc.text, plain.Severity)
		}
	}
	// The exported entry point and Scan agree when nothing is quoted.
	text := "I want to kill myself tonight."
	if a, b := testDetector.ScanQuoting(text, nil), testDetector.Scan(text); a.Severity != b.Severity {
		t.Errorf("ScanQuoting without quotes: %v, Scan: %v", a.Severity, b.Severity)
	}
}

// hasWhy reports whether a rule gave some match, or set aside some hit,
// for the reason why.
func hasWhy(v Verdict, why string) bool {
	for _, m := range v.Matches {
		if m.Why == why {
			return true
		}
	}
	for _, d := range v.Dropped {
		if d.Why == why {
			return true
		}
	}
	return false
}

// TestIdiomsLeaveWhatFollows: an idiom names a whole everyday phrase.
// Idioms that ended in a preposition or "and" ("end it all at", "cut
// myself on", "kill everyone in", "no reason to live in", "to die for")
// cancelled whatever came after them, so these crisis posts once scored
// none; the everyday completions stay idioms. An idiom still ending so
// is left open when means, dying or a crisis phrase follows (leftOpen).
func TestIdiomsLeaveWhatFollows(t *testing.T) {
	for _, c := range []struct {
		text string
		want Severity
	}{
		{"I'm going to end it all at the bridge tonight.", Critical},
		{"I cut myself on purpose again last night.", High},
		{"I'm going to kill everyone in my school tomorrow.", Critical},
		{"I have no reason to live in this world anymore.", High},
		{"I don't want to live with this pain anymore.", High},
		{"I want to kill myself for real this time.", High},
		{"I'm going to end it with the rope in the garage.", Critical},
		{"I'm tired of living in this body, I want out.", High},
		{"I want to uninstall myself from this world.", High},
		{"I'll be gone for good by morning.", Critical},
		{"I wanna die when I see what I've become.", High},
		{"I left a note for my roommate about the dishes.", None},
		{"I'm done living in this city, moving next spring.", None},
		{"I'm ready to let go of this old car, time for an upgrade.", None},
		{"I'm going to end it with him tonight, it's not working.", None},
		{"I want to uninstall myself from the group chat, it never stops.", None},
		{"I'll be gone for the weekend.", None},
		{"I want to die when I see my bank balance lol.", None},
		// Rule 1's open idioms: what follows decides.
		{"I'm ending it with pills tonight.", Critical},
		{"I want to take an overdose of my sleeping pills.", Critical},
		{"I want to jump into the river tonight.", Critical},
		{"It's time to end the pain for good.", High},
		{"Had an overdose of sugar at the party.", None},
		{"We're going to jump into the river for a swim when it's hot.", None},
		{"I hope I get hit by the train of thought that finishes this essay.", None},
		// Finality just after an open idiom opens it, for cues too.
		{"This is my final post for good. Thank you all.", Critical},
		{"That's my final post for good measure, see you next week.", None},
		{"I'm going to jump into the river for good tonight.", Critical},
		// A plan cue inside the signal is no plan beside it.
		{"I'll be gone for good.", High},
		{"I'll be gone for good. I've written the letters.", Critical},
	} {
		if v := testDetector.Explain(c.text); v.Severity != c.want {
			t.Errorf("%q → %s, want %s (matches %+v, dropped %+v)", c.text, v.Severity, c.want, v.Matches, v.Dropped)
		}
	}
}

// TestSelfHarmOnSomeoneElse: a self-harm act whose object is another
// person is harm to others only, composed (rule 2f's check in the
// composition) or not.
func TestSelfHarmOnSomeoneElse(t *testing.T) {
	for text, want := range map[string][]string{
		"Next time he does it I'm going to cut his face open.": {"harm_to_others"},
		"I'm going to cut myself tonight.":                     {"self_harm"},
	} {
		v := testDetector.Scan(text)
		if !slices.Equal(v.Categories, want) {
			t.Errorf("%q → %v, want %v", text, v.Categories, want)
		}
	}
}

// TestSelfHarmBySomeoneElse: the writer's body hurt by another adult's
// hand is abuse, high, and not self-harm (rule 1e); by the writer's own,
// self-harm.
func TestSelfHarmBySomeoneElse(t *testing.T) {
	for text, want := range map[string][]string{
		"After the row she scratched my face and I'm shaking.": {"abuse"},
		"He burned my arm with his cigarette last night.":      {"abuse"},
		"After the row I scratched my face until it bled.":     {"self_harm"},
	} {
		v := testDetector.Scan(text)
		if v.Severity != High || !slices.Equal(v.Categories, want) {
			t.Errorf("%q → %s %v, want high %v", text, v.Severity, v.Categories, want)
		}
	}
}

// TestModelDespairIsHopelessness: where the word model speaks on despair
// the lexicon read, its hit is hopelessness, so a day named beside it
// does not make it critical (rule 6 escalates only suicide, self-harm,
// overdose and harm to others). Whether the model speaks at all moves
// with each retraining; what it says when it does must not.
func TestModelDespairIsHopelessness(t *testing.T) {
	spoke := 0
	for _, text := range []string{
		"At work nothing will ever change and there's nothing to look forward to except Friday.",
		"Nothing will ever change and there's nothing to look forward to.",
		"In this job nothing will ever change and there's nothing to look forward to until Monday.",
		"Same. Nothing is ever going to get better for people like us. I've stopped hoping.",
	} {
		v := testDetector.Explain(text)
		if v.Severity >= Critical {
			t.Errorf("%q → %s, want at most high", text, v.Severity)
		}
		for _, m := range v.Matches {
			if m.Why == "word model" {
				spoke++
				if m.Category != "hopelessness" {
					t.Errorf("%q: the model's hit %q is %s, want hopelessness", text, m.Term, m.Category)
				}
			}
		}
	}
	if spoke == 0 {
		t.Error("the word model spoke on none of the despair lines; the test no longer reaches modelOccurrence")
	}
}

// TestModelHitNamedByItsWindow: a word-model hit with no lexicon hit to
// name it takes its category from the words of its window: pills or a
// dose make it an overdose, a cut or a blade self-harm, a weapon with
// someone else in view harm to others, a blow at the writer abuse,
// drink or a drug with none of those a relapse. Whether the model speaks on a
// line moves with each retrain, so several lines are tried for each
// category and at least one must reach the model.
func TestModelHitNamedByItsWindow(t *testing.T) {
	for want, lines := range map[string][]string{
		"overdose": {
			"I've got a box of the wife's old sleeping tablets in the shed. Been thinking about them a lot.",
			"I've been counting my tablets every night and thinking about it.",
			"I've got a stash of morphine from my dad's last months. I keep thinking about it.",
			"Since the diagnosis I've been collecting my painkillers. I want enough for when it gets bad.",
		},
		"self_harm": {
			"When I can't sleep I cut. It's 3am and I've just done it again, worse than before.",
			"You tell yourself one more cut and you'll stop, and then you don't. Did it again last night.",
			"It's not an eating thing, I just cut because I deserve it.",
		},
		"harm_to_others": {
			"If the MD humiliates me in front of the client again I swear I'll put my fist through his face and keep going.",
			"I've found out who the local money mule was and where he lives. I'm going round there with a bat and he's going to pay one way or another.",
			"I've started following the guy my ex is seeing. I know where he works and I've put a hammer in my van.",
			"I'm going to hurt the jockey who put me through the rail. I know where he parks.",
		},
		"abuse": {
			"He gets home drunk and hits me and the kids hear everything.",
			"He grabbed me and shoved me into the door frame, then said it was my fault.",
			"When she drinks she hits me and locks me out of the house.",
		},
		"relapse": {
			"Since the divorce I've been drinking from lunchtime and I don't care anymore.",
			"Three years sober and now I'm drinking in secret in the car again.",
			"I'm back on the vodka every morning before work, nobody knows.",
		},
	} {
		spoke := 0
		for _, text := range lines {
			for _, m := range testDetector.Explain(text).Matches {
				if m.Why != "word model" {
					continue
				}
				spoke++
				if m.Category != want {
					t.Errorf("%q: the model's hit %q is %s, want %s", text, m.Term, m.Category, want)
				}
			}
		}
		if spoke == 0 {
			t.Errorf("the word model spoke on none of the %s lines; the test no longer reaches modelOccurrence", want)
		}
	}
}

// TestHabitIsNoWhen: a plan with a time is critical (rule 7b), but a
// time said as a habit ("every Friday") names no when, so the same plan
// stays below critical; what it scores otherwise is left to the rest of
// the rules and the word model.
func TestHabitIsNoWhen(t *testing.T) {
	if v := testDetector.Explain("I've decided. It's happening on Friday."); v.Severity != Critical {
		t.Errorf("a plan with a day → %s, want critical", v.Severity)
	}
	if v := testDetector.Explain("I've decided. It's happening every Friday."); v.Severity >= Critical {
		t.Errorf("a plan with a habit → %s %v, want below critical", v.Severity, v.Matches)
	}
}
