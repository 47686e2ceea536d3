"""Places the redaction knows: English towns and cities, taken out of a quote where the words say it is a place ("i
moved to Rotherham", "my mum is from blackpool", "near Skegness"), and football clubs whose names are also first
names ("I love Chelsea"), which approval does not take for a person without a word that says so.

No council's own list of its towns is configured anywhere in Heard, so this is a modest built-in list: cities, and
towns large enough to have children's services or care placements nearby, in lower case (the redaction reads them
in any case, but one that is also an ordinary word, "reading" or "bath", only capitalised). Written with hyphens
between words; the redaction also reads them with spaces ("stoke on trent"), "st" with a dot, "kings" as "king's".
Plain Python, no Flask and no database (the import-linter contract "pure-text")."""

from __future__ import annotations

TOWNS = frozenset(
    """
    london birmingham manchester liverpool leeds sheffield bristol newcastle nottingham leicester coventry bradford
    hull kingston-upon-hull stoke stoke-on-trent wolverhampton derby plymouth southampton portsmouth reading
    northampton luton milton-keynes norwich swindon bournemouth brighton hove middlesbrough sunderland gateshead
    peterborough cambridge oxford ipswich york gloucester cheltenham exeter bath worcester hereford lincoln chester
    carlisle durham lancaster preston blackpool blackburn burnley bolton bury wigan warrington oldham rochdale
    stockport salford huddersfield halifax wakefield barnsley rotherham doncaster scunthorpe grimsby harrogate
    scarborough darlington hartlepool stockton-on-tees redcar whitby dewsbury batley keighley castleford
    pontefract chesterfield mansfield worksop grantham boston skegness louth newark loughborough hinckley
    nuneaton rugby kettering corby wellingborough bedford stevenage watford hemel-hempstead st-albans harlow
    chelmsford colchester basildon southend southend-on-sea thurrock grays brentwood crawley horsham worthing
    eastbourne hastings maidstone canterbury margate ramsgate dover folkestone ashford gravesend dartford
    chatham gillingham rochester medway tunbridge-wells tonbridge sevenoaks guildford woking slough maidenhead
    bracknell basingstoke winchester salisbury aldershot farnborough andover newbury high-wycombe aylesbury
    banbury bicester didcot abingdon weymouth poole dorchester yeovil taunton bridgwater torquay paignton
    barnstaple truro falmouth penzance newquay redruth camborne st-austell bodmin weston-super-mare kidderminster
    redditch bromsgrove telford shrewsbury stafford tamworth lichfield burton cannock walsall dudley
    west-bromwich wednesbury smethwick solihull sutton-coldfield halesowen stourbridge crewe macclesfield
    northwich runcorn widnes st-helens southport birkenhead wallasey ellesmere-port kendal barrow
    barrow-in-furness workington whitehaven penrith morecambe accrington rossendale nelson colne chorley leyland
    skelmersdale ormskirk kirkby bootle huyton stalybridge ashton-under-lyne hyde glossop buxton matlock
    ilkeston long-eaton beeston hucknall arnold newark-on-trent boston spalding wisbech kings-lynn great-yarmouth
    lowestoft bury-st-edmunds thetford haverhill sudbury stowmarket felixstowe clacton harwich braintree
    wickford rayleigh huntingdon st-neots ely march letchworth hitchin hatfield welwyn-garden-city hertford
    bishops-stortford high-wycombe dunstable leighton-buzzard bletchley wolverton
    """.split()
)
# Football clubs known by one word that is also a first name: "I love Chelsea" is a club, "I told Chelsea" a person.
CLUB_NAMES = frozenset({"chelsea"})
# Places abroad young people write about that are not countries (countries come from Babel's territory names, in
# ``redaction``): after a first name that is also a word ("will america", "hope florida is fun"), never a family name.
PLACES_ABROAD = frozenset(
    """
    america usa us uk florida california texas dubai tenerife benidorm magaluf ibiza majorca mallorca lanzarote
    disneyland orlando hollywood bollywood tokyo rome barcelona madrid amsterdam berlin lagos dublin glasgow
    edinburgh cardiff belfast mecca makkah medina istanbul ankara tehran herat kandahar mazar jalalabad baghdad
    damascus aleppo khartoum mogadishu hargeisa addis lahore karachi islamabad dhaka kingston bucharest warsaw
    krakow gdansk lisbon
    """.split()
)
