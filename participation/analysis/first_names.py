"""First names the redaction knows even when written in lower case ("im jamie", "my brother tom"), for the names the
English word list shipped with TextBlob does not hold (its proper nouns are mostly American and older). Names young
people in English councils' care give most often, from birth-name lists of the years they were born, and names of the
countries unaccompanied children most often come from (Afghanistan, Eritrea, Albania, Vietnam, Iran, Iraq, Sudan,
Syria), and short forms. Lower case; a name that is also an ordinary word ("grace", "will") is read as one in lower
case only after "my name is".
Plain Python, no Flask and no database (the import-linter contract "pure-text")."""

from __future__ import annotations

FIRST_NAMES = frozenset(
    """
    aaliyah aaron abdul abdullah abdullahi abel abigail abu adam adnan ahmad ahmed aiden aisha aiyana ajay alex
    alexander alfie ali alice alicia alisha alyssa amani amara amber amelia amelie amina amir amira amy ana anas
    andre andrei andrew angel aniyah anna annabelle anthony archie arlo aria arian arjun arthur arya aryan asha
    ashton aspen aston aurora austin ava awet ayaan ayan ayesha aylin ayo ayaan bailey bella ben benjamin besnik
    beth bethan bethany billy bilal blake bobby bradley brandon brooke brooklyn caleb callum cameron carla carter
    casey charlie charlotte chelsea chloe ciara cody connor corey courtney dakota daniel danielle danny darcey
    darcie darcy darius dawit declan demi dexter dylan eden elena eli elias elijah elira eliza ellie ellis
    elliot elliott elsie emily emilia emma endrit eric erin ermal esme ethan evan evie ezra faisal farah
    farhan fatima fatuma filmon finley finn finnley fiona frankie freddie freya gabriel gabriella gemma
    georgia georgie gracie hafsa halima hamid hamza hannah harley harper harriet harris harrison harry harvey
    hassan hayden heidi helen hollie hussain hussein ibrahim idris imogen imran isaac isabel isabella isabelle
    isaiah isla ismail ivan jack jackson jacob jade jaden jake jamal james jamie jasmine jason jay jayden jaylen
    jenson jessica jodie joel john jordan joseph josh joshua jude julia junior kai kaiden karim karina kayden
    kayla keira kelsey khadija khalid kian kiera klajdi kyle kyra lacey layla leah leila leo leon levi lewis
    lexi liam lilly lily logan lola lottie louie louis luca lucas lucy luke lydia maddison madison mahamed
    maisie maria mariam marcus mariya maryam mason matilda matthew maya megan mehmet merhawi mia michael mikey
    millie minh mo mohamed mohammad mohammed molly mollie muhammad mustafa nadia nathan niamh nikita noah
    nour nyla oakley olivia omar oscar owen paige phoebe piper poppy priya rahim rashid reece reggie rhys
    riley robyn ronnie rory rosie ryan sadia safa sami samir samuel sana sara sarah scarlett sean sebastian
    selam semhar senait sienna simran sofia sonny sophia sophie stanley summer taylor teddy tesfay theo
    thomas tia tiana tilly toby tommy tyler tyrese violet wiktoria wren yasin yasmin yohannes yonas yusuf
    zac zach zachary zain zainab zak zara zayn zoe zuzanna
    ben dan jo joe kim lee liv izzy sam tom alfie harvey jess becca ellie-mae
    amber angel faith grace hope ivy jack jade max ruby rose summer will
    """.split()
)
