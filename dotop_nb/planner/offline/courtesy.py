# The words are spelled as their writers type them: the okina of Tongan and Hawaiian and the
# dotless i of Turkish are letters there, not look-alikes of ASCII.
# ruff: noqa: RUF001, RUF002
"""The courtesy words of the world's tongues, region by region (round 42, lex42).

Words only, like :mod:`.voices` (which unions them into its closed classes
:data:`.voices.GREETINGS`, :data:`.voices.THANKS`, :data:`.voices.PLEASE` and
:data:`.voices.END_TAGS`): each tongue a :class:`Courtesy` of five closed classes, each
``"a|b|c"`` as :func:`.voices.phrases` reads it. People write an order in English with their
own tongue's courtesy around it ("restart the banner proxy (the cache Deployment) palihug",
"… from 256Mi up to 384Mi, mālō", "Bonas! … from 3 to 5 replicas, ajò"); each round's writers
pick tongues no earlier set used, so the classes hold every region's words at once, not one
tongue a round.

- ``greetings``: said opening a message, to whoever reads ("Mālō e lelei, restart …").
- ``thanks`` and ``please``: read as "thanks" and "please" wherever the English would be.
- ``urging``: "come on", "let's go", "go on" ("…, ajò", "jamme, restart …"): an end tag, and
  a word that opens the line without naming anyone (:mod:`.addressed`: "davai, restart …" is
  no order to a person called Davai).
- ``tags``: a particle of assent or softening closing the order, and a word that insists
  ("mi raccomando": "mind you") — the sentence going on; before a prohibition the prohibition
  is still read (:data:`INSIST`, :mod:`.chat`).

What keeps it safe is :data:`EXCLUDED`: every word left out, with its reason. A word is left
out when it is English or a common given name (a name is asked as the one addressed), when it
means or resembles no / not / don't / stop / wait / later / tomorrow / maybe / never / cancel /
undo / all / none / only / more / less in any tongue, when it is a Kubernetes word or a shop's
name, when it is shorter than three letters, or when it is a courtesy in one tongue and
something else in another (Yoruba "oya", come on, is Kinyarwanda "no"; Pashto "manana",
thanks, is Spanish "tomorrow"). An unknown word is still asked, and so is a tag with "?".

>>> REGIONS["Pacific"]["Tongan"].thanks.split("|")[:2]
['mālō', 'mālō ʻaupito']
>>> "ikai" in EXCLUDED
True
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Courtesy:
    """One tongue's courtesy words, each class ``"a|b|c"`` (lower-case, as typed, with and
    without diacritics where people type both)."""

    greetings: str = ""
    thanks: str = ""
    please: str = ""
    urging: str = ""
    tags: str = ""


_C = Courtesy

# Region → tongue → its words. (A tongue whose words a voice of :mod:`.voices` reads itself —
# Swahili "asante", Tagalog "salamat", Pidgin "abeg", Singlish "lah" — keeps them there.)
REGIONS: dict[str, dict[str, Courtesy]] = {
    "Pacific": {
        "Tongan": _C(
            greetings="mālō e lelei|malo e lelei",
            thanks="mālō|mālō ʻaupito|mālō 'aupito|malo aupito",
            please="kātaki|kataki",
        ),
        "Samoan": _C(
            greetings="talofa lava",
            thanks="faafetai lava|fa'afetai lava|fa'afetai tele",
            please="fa'amolemole|faamolemole",
        ),
        "Fijian": _C(greetings="bula vinaka", thanks="vinaka vakalevu", please="kerekere"),
        "Maori": _C(
            greetings="tēnā koe|tena koe|tēnā koutou|tena koutou|mōrena",
            thanks="ngā mihi|nga mihi",
            please="tēnā koa|tena koa",
            urging="kia tere",
        ),
        "Hawaiian": _C(
            thanks="mahalo nui|mahalo nui loa",
            please="ʻoluʻolu|oluolu|e ʻoluʻolu|e oluolu",
        ),
        "Tahitian": _C(greetings="ia ora na|iaorana", thanks="māuruuru|mauruuru|mauruuru roa"),
        "Chamorro": _C(greetings="håfa adai|hafa adai", thanks="si yu'os ma'åse'|si yu'os ma'ase"),
        "Tok Pisin": _C(
            greetings="moning tru|apinun",
            thanks="tenkyu|tenk yu|tenkyu tru|tenkiu",
            please="plis",
        ),
        "Bislama": _C(thanks="tangkiu|tangkyu|tangkyu tumas"),
        "Marshallese": _C(greetings="iakwe|yokwe", thanks="kommol|kommol tata"),
        "Palauan": _C(greetings="alii", thanks="sulang"),
        "Kiribati": _C(greetings="mauri", thanks="ko rabwa"),
        "Niuean and Tuvaluan": _C(greetings="fakaalofa lahi atu", thanks="fakaaue|fakafetai"),
        "Cook Islands Maori": _C(greetings="kia orana", thanks="meitaki|meitaki ma'ata"),
        "Rapa Nui": _C(greetings="iorana", thanks="maururu"),
    },
    "Philippines": {
        "Cebuano": _C(
            greetings="maayong buntag|maayong adlaw|maayong udto",
            please="palihug|palihog",
            tags="sige|sige na",
        ),
        "Ilocano": _C(
            greetings="naimbag nga aldaw|naimbag nga bigat",
            thanks="agyamanak|agyamanak unay|dios ti agngina",
            please="pangngaasim|pangaasim",
        ),
        "Hiligaynon": _C(please="palihog lang"),
        "Waray": _C(greetings="maupay nga adlaw"),
        "Bikol": _C(greetings="marhay na aldaw", thanks="dios mabalos|dyos mabalos"),
        "Kapampangan": _C(greetings="mayap a abak", thanks="dakal a salamat|dakal a salamu"),
        "Tausug": _C(thanks="magsukul"),
    },
    "Indonesia and Malaysia": {
        "Javanese": _C(
            greetings="sugeng enjing|sugeng siang|sugeng sonten",
            thanks="maturnuwun|suwun",
            please="monggo",
        ),
        "Sundanese": _C(greetings="wilujeng enjing|sampurasun", thanks="nuhun"),
        "Balinese": _C(greetings="om swastiastu", thanks="suksma|matur suksma"),
        "Batak": _C(greetings="horas", thanks="mauliate"),
        "Minangkabau": _C(thanks="tarimo kasih"),
        "Acehnese": _C(thanks="teurimong gaseh"),
        "Indonesian and Malay": _C(thanks="terima kasih banyak", urging="jom|ayuh|buruan|cepetan"),
        "Tetum": _C(greetings="bondia", thanks="obrigadu"),
    },
    "Mainland Southeast Asia": {
        "Khmer": _C(
            greetings="suosdei|sues sdey|chumreap suor|chom reap suor",
            thanks="arkun|awkun|orkun|arkoun|arkun chraen",
        ),
        "Lao": _C(
            greetings="sabaidee|sabaidi",
            thanks="khop jai|khob jai|khop chai|khopchai|khob chai",
            please="kaluna",
        ),
        "Burmese": _C(
            thanks="kyay zu tin ba de|kyeizu|kyei zu|kyay zu|kyeizutinbade|chezutinbade",
            please="kyay zu pyu|kyeizu pyu",
        ),
        "Vietnamese": _C(
            thanks="cám ơn|cảm ơn nhiều|cám ơn nhiều|cam on nhieu",
            please="làm ơn|lam on|vui lòng|vui long",
        ),
        "Hmong": _C(greetings="nyob zoo", thanks="ua tsaug"),
    },
    "South Asia": {
        "Bengali": _C(
            thanks="dhonyobaad|dhanyabad|dhonnobaad",
            please="doya kore|doyakore|onugroho kore",
        ),
        "Marathi": _C(thanks="aabhari aahe|abhari ahe", please="krupaya", urging="chala"),
        "Gujarati": _C(thanks="aabhar|abhar", please="maherbani karine|krupa karine|krupa kari ne"),
        "Punjabi": _C(
            thanks="meharbani|bahut meharbani",
            please="kirpa karke|meharbani karke",
            urging="chak de|chak de phatte",
        ),
        "Hindi and Urdu": _C(
            greetings="assalam o alaikum",
            thanks="bahut shukriya|dhanyavaad|meherbani",
            please="kripya",
        ),
        "Odia": _C(please="daya kari|dayakari"),
        "Kannada": _C(thanks="dhanyavadagalu|dhanyavaadagalu", please="dayavittu|dayavitu"),
        "Telugu": _C(please="dayachesi"),
        "Tamil": _C(thanks="romba nandri", please="dayavu seithu|thayavu seithu|dayavuseithu"),
        "Malayalam": _C(thanks="valare nanni", please="dayavayi|dayavaayi|onnu"),
        "Sinhala": _C(thanks="istuti|bohoma istuti|bohoma stuti", please="karunakara|karunaakara"),
        "Nepali": _C(thanks="dhanyabaad"),
        "Dhivehi": _C(thanks="shukuriyaa"),
    },
    "Central Asia and the Caucasus": {
        "Uzbek": _C(
            greetings="assalomu alaykum",
            thanks="katta rahmat",
            please="iltimos",
            urging="ketdik",
        ),
        "Kazakh": _C(
            greetings="salemetsiz be|salemetsyz be",
            thanks="raqmet|köp rahmet|kop rakhmet",
            please="ötinemin|otinemin",
            urging="kettik",
        ),
        "Kyrgyz": _C(greetings="salamatsyzby", thanks="chong rakhmat", please="suranych"),
        "Tajik": _C(thanks="tashakkur"),
        "Turkmen": _C(thanks="sag bol|sagbol|sag boluň|sag bolun", please="haýyş|hayys"),
        "Azerbaijani": _C(
            thanks="təşəkkür|tesekkur|təşəkkürlər|çox sağ ol|cox sag ol",
            please="zəhmət olmasa|zehmet olmasa|xahiş edirəm|xahis edirem",
        ),
        "Armenian": _C(
            greetings="barev|barev dzez|voghjuyn",
            thanks="shnorhakalutyun|shnorakalutyun",
            please="khndrum em|khntrem|khndrem",
        ),
        "Georgian": _C(thanks="didi madloba|gmadlobt", please="getaqva|tu sheidzleba"),
        "Mongolian": _C(
            greetings="sain baina uu|sainuu|sain bainuu",
            thanks="bayarlalaa|ikh bayarlalaa",
            please="guiya",
        ),
        "Uyghur and Tatar": _C(thanks="rehmet|rähmät"),
        "Chechen": _C(thanks="barkal"),
    },
    "Middle East": {
        "Persian": _C(
            greetings="dorood|dorud",
            thanks="mamnoon|mamnun|moteshakeram|kheili mamnoon|sepas|sepasgozaram",
            please="khahesh mikonam",
            urging="berim|bezan berim",
        ),
        "Kurdish": _C(
            greetings="silav|roj baş|roj bas",
            thanks="spas|zor spas|sipas|supas",
            please="ji kerema xwe|tkaye",
        ),
        "Hebrew": _C(
            thanks="todah|toda rabah",
            please="bevakasha|bevakashah|bevakesha",
            tags="sababa",
        ),
        "Arabic dialects": _C(
            greetings="ahlein",
            thanks=(
                "shukran jazeelan|mashkoor|mashkour|yislamu|yeslamo|tislam|choukran|chokran|"
                "shokran|barak allahu fik|barak allah fik"
            ),
            please="min fadlak|min fadlik|law samaht|lau samaht|afak|baleez",
            tags="habibti|wallah|wallahi",
        ),
        "Turkish": _C(
            greetings="günaydın|gunaydin|iyi günler|iyi gunler|selamün aleyküm",
            thanks="sağ olun|sag olun|eyvallah",
            urging="hadi bakalım|hadi bakalim",
        ),
    },
    "Africa": {
        "Amharic": _C(
            greetings="tena yistilign|tenayistilign",
            thanks="amesegnalehu|ameseginalew|amesegnalew",
            please="ebakih|ebakeh|ebakish|ebakachihu",
        ),
        "Tigrinya": _C(thanks="yekenyeley|yekenyelay|yeqenyeley", please="bejaka|bejakha"),
        "Somali": _C(
            greetings="iska warran",
            thanks="mahadsanid|mahadsanidin|mahad sanid",
            please="fadlan",
        ),
        "Oromo": _C(
            greetings="akkam|akkam jirta|nagaa",
            thanks="galatoomi|galatoomaa",
            please="maaloo",
        ),
        "Hausa": _C(
            greetings="barka da safe|barka da yamma",
            thanks="nagode|mun gode",
            please="dan allah",
        ),
        "Yoruba": _C(
            greetings="e kaaro|ẹ kaarọ|e kaasan",
            thanks="e seun|ẹ ṣeun|eseun|o seun|ẹ ṣé",
            please="jowo|jọwọ|e jowo|ejowo",
        ),
        "Igbo": _C(
            greetings="kedu|kedụ",
            thanks="imeela|i meela|daalụ",
            urging="ngwa|ngwanu|ngwa ngwa",
        ),
        "Akan and Twi": _C(
            greetings="akwaaba|maakye|maaha|maadwo",
            thanks="medaase|meda wo ase|medaase pa",
            please="mepa wo kyɛw|mepa wo kyew|mepaakyew",
        ),
        "Ewe": _C(
            greetings="woezor|woezɔ",
            thanks="akpe|akpe na wo|akpe kaka",
            please="meɖe kuku|mede kuku|medekuku",
        ),
        "Ga": _C(thanks="oyiwaladonn"),
        "Wolof": _C(greetings="nanga def|na nga def|salamaleekum", thanks="jërëjëf|jerejef"),
        "Fula": _C(greetings="jam waali", thanks="jaraama|a jaraama|on jaraama"),
        "Bambara": _C(greetings="i ni sogoma", thanks="i ni ce|aw ni ce|barika"),
        "Lingala": _C(
            greetings="mbote|mbote na yo",
            thanks="matondo|melesi|botondi",
            please="palado",
            urging="tokende",
        ),
        "Kikongo": _C(thanks="ntondele"),
        "Kinyarwanda and Kirundi": _C(
            greetings="muraho|mwaramutse|amahoro",
            thanks="murakoze|urakoze|murakoze cyane|urakoze cyane",
            please="ndakwinginze|mbisabye",
            urging="tugende",
        ),
        "Luganda": _C(
            greetings="gyebale ko",
            thanks="webale|webale nnyo|mwebale|weebale",
            please="mwattu",
        ),
        "Kikuyu": _C(
            greetings="wĩ mwega|wi mwega",
            thanks="nĩ ngatho|ni ngatho|ngatho",
            please="ndagũthaitha|ndaguthaitha",
        ),
        "Luo and Kalenjin": _C(thanks="erokamano|kongoi"),
        "Swahili": _C(urging="twende"),
        "Shona": _C(
            greetings="mhoro|mhoroi",
            thanks="ndatenda|maita basa|mazvita|ndinotenda",
            please="ndapota|ndokumbira",
        ),
        "Zulu": _C(
            greetings="sanibonani",
            thanks="ngiyabonga kakhulu",
            please="ngicela|ngiyacela",
            urging="masihambe",
            tags="yebo",
        ),
        "Xhosa": _C(
            greetings="molweni",
            thanks="enkosi kakhulu|ndiyabulela",
            please="nceda|ndiyacela",
        ),
        "Sesotho and Setswana": _C(
            greetings="dumela|dumelang|lumela|lumelang",
            thanks="kea leboha|ke a leboha|ke a leboga|kea leboga|rea leboga",
            please="ka kopo|tswee tswee|ke kopa",
            urging="a re yeng|are yeng",
        ),
        "Tsonga and Venda": _C(thanks="inkomu|ndo livhuwa"),
        "Afrikaans": _C(greetings="goeiemôre|goeiemore", thanks="baie dankie", please="asseblief"),
        "Malagasy": _C(greetings="manao ahoana", thanks="misaotra betsaka"),
        "Chichewa": _C(greetings="muli bwanji", thanks="zikomo|zikomo kwambiri", please="chonde"),
        "Bemba": _C(thanks="natotela"),
        "Tamazight": _C(greetings="azul", thanks="tanemmirt|tanmirt"),
        "Efik": _C(thanks="sosongo"),
        "Krio": _C(thanks="tenki|tenki tenki"),
    },
    "Europe": {
        "Sardinian": _C(
            greetings="bonas|bona die|bonas dies",
            thanks="gratzias|gràtzias|gratzias meda",
            please="pro praghere|po praxeri",
            urging="ajò|ajo|aiò|aio",
        ),
        "Sicilian": _C(
            greetings="salutamu|sabbinidica|assabbinidica|bongiornu",
            thanks="grazzii",
            please="pi favuri|pi piaciri",
        ),
        "Neapolitan": _C(
            thanks="grazie assaje|grazie assai",
            please="pe piacere|pe' piacere",
            urging="jamme|jammo|jamme ja",
        ),
        "Italian": _C(
            greetings="buonasera|buon pomeriggio",
            thanks="grazie tante",
            please="per cortesia|per gentilezza|ti prego|vi prego",
            urging="suvvia",
            tags="mi raccomando|mi raccomandò",
        ),
        "Corsican": _C(greetings="bonghjornu", please="per piacè|pè piacè"),
        "Occitan": _C(
            greetings="adishatz|bonjorn|bon jorn",
            thanks="mercés|merces|grandmercé|grandmerce",
            please="se vos plai|se vos plaî|si vos plai",
        ),
        "Catalan": _C(
            greetings="bona tarda",
            thanks="moltes gràcies|moltes gracies",
            please="si us plau|sisplau",
            urging="som-hi|anem|vinga",
        ),
        "Galician": _C(
            greetings="boas tardes|boas noites",
            please="se fai favor|fai o favor",
            urging="veña|imos",
        ),
        "Basque": _C(
            greetings="egun on|arratsalde on",
            thanks="milesker|mila esker",
            urging="goazen|aupa|aúpa",
        ),
        "Breton": _C(
            greetings="demat",
            thanks="trugarez|trugarez vras|mersi bras",
            please="mar plij",
            urging="deomp",
        ),
        "Welsh": _C(
            greetings="bore da|prynhawn da|s'mae|helo",
            thanks="diolch yn fawr|diolch o galon",
            please="os gwelwch yn dda",
            urging="dewch|dere",
        ),
        "Irish": _C(
            greetings="dia daoibh|maidin mhaith",
            thanks="go raibh maith agaibh|go raibh míle maith agat",
            please="le do thoil|le bhur dtoil",
            urging="téanam|teanam|seo linn",
        ),
        "Scottish Gaelic": _C(
            greetings="halò|madainn mhath|feasgar math",
            thanks="tapadh leat|tapadh leibh|mòran taing|moran taing|taing",
            please="mas e do thoil e|mas e ur toil e",
            urging="trobhad|thugainn|siuthad",
        ),
        "Manx": _C(
            greetings="moghrey mie|fastyr mie",
            thanks="gura mie ayd|gura mie eu",
            please="my sailt",
        ),
        "Cornish": _C(
            greetings="dydh da|myttin da",
            thanks="meur ras|meur ras dhis",
            please="mar pleg|mar pleg dhis",
        ),
        "Frisian": _C(
            greetings="goeiemoarn",
            thanks="tankewol|tige tank",
            please="asjebleaft",
        ),
        "Dutch": _C(please="graag"),
        "Luxembourgish": _C(
            greetings="moien|moien alleguer|gudde moien",
            thanks="merci villmools|villmools merci",
            please="wann ech gelift",
        ),
        "Swiss German and Bavarian": _C(
            greetings="salü|griaß di|griass di|grüß di|gruss di",
            thanks="merci vilmal|merci viumau|danke vielmals|merci vielmals",
            urging="auf geht's|auf gehts|los geht's|los gehts|komm schon|hopp hopp",
        ),
        "Romansh": _C(greetings="bundi", thanks="grazia fitg", please="per plaschair"),
        "Faroese": _C(greetings="góðan morgun|godan morgun", please="vinarliga"),
        "Icelandic": _C(
            greetings="halló",
            thanks="takk kærlega|takk kaerlega|kærar þakkir",
            please="vinsamlegast",
        ),
        "Norwegian, Danish and Swedish": _C(
            greetings="goddag|hallå",
            thanks="tack så mycket|tack sa mycket|mange tak|tak skal du have",
            please="vær så snill|vaer sa snill|var snäll|var snall|vær venlig|vaer venlig",
            urging="kom igen|heia|heja",
        ),
        "Sami": _C(greetings="buorre beaivi|bures", thanks="giitu|ollu giitu|giitu eatnat"),
        "Estonian": _C(
            greetings="tere hommikust|tere päevast|tšau",
            thanks="suur aitäh",
            urging="lähme|lahme",
        ),
        "Latvian": _C(
            greetings="labdien|labrīt|labrit",
            thanks="liels paldies",
            please="lūdzu|ludzu",
            urging="aiziet|ejam",
        ),
        "Lithuanian": _C(
            greetings="laba diena|labas rytas",
            thanks="labai ačiū|labai aciu",
            please="prašau|prasau|prašom|prasom",
            urging="einam|pirmyn",
        ),
        "Maltese": _C(
            greetings="bonġu|bongu|merħba|merhba",
            thanks="grazzi ħafna|grazzi hafna",
            please="jekk jogħġbok|jekk joghgbok",
        ),
        "Albanian": _C(
            greetings="përshëndetje|pershendetje|mirëdita|miredita|tungjatjeta",
            thanks="faleminderit|falemnderit|rrofsh",
            please="të lutem|te lutem|ju lutem",
            urging="hajt|hajde pra",
        ),
        "Macedonian and Bulgarian": _C(
            greetings="zdravei|zdraveite|dobro utro",
            thanks="blagodaram|mnogu fala|blagodarya|blagodaria",
            please="ve molam|te molam|molya",
        ),
        "Serbian, Croatian and Bosnian": _C(
            greetings="dobro jutro|pozdrav",
            thanks="hvala lijepa|hvala puno|hvala vam",
            please="molim|molim te|molim vas|molim lijepo",
            urging="ajmo|hajmo|idemo",
        ),
        "Slovenian": _C(
            greetings="živjo|zivjo",
            thanks="najlepša hvala|najlepsa hvala",
            urging="gremo|dajmo",
        ),
        "Slovak and Czech": _C(
            greetings="dobrý deň|čau",
            thanks="ďakujem pekne|dakujem pekne|děkuju|dekuju|dík",
            urging="poďme|podme|jdeme|pojďme|pojdme",
        ),
        "Polish": _C(
            greetings="dobry wieczór|dobry wieczor|siema|siemka|hejka|witam",
            thanks="wielkie dzięki|wielkie dzieki|dzięki wielkie",
        ),
        "Belarusian": _C(
            greetings="vitaju|pryvitannie",
            thanks="dziakuj|dziakuju|dzyakuy",
            please="kali laska",
        ),
        "Ukrainian": _C(greetings="dobryi den|dobroho dnia|vitaiu", thanks="duzhe dyakuyu"),
        "Russian": _C(
            greetings="zdravstvuy|dobryy den|dobroe utro",
            thanks="spasibki|bolshoye spasibo",
            urging="poehali|poekhali|nu davai",
        ),
        "Romanian": _C(
            greetings="bună dimineața|buna dimineata|salutare",
            thanks="mulțumesc frumos|multumesc frumos|mersi mult",
            please="vă rog|va rog",
        ),
        "Hungarian": _C(
            greetings="jó napot|sziasztok|helló",
            thanks="köszönöm szépen|koszonom szepen|köszi szépen|koszi szepen",
            please="legyen szíves|legyen szives|kérem",
            urging="gyerünk|gyerunk|hajrá|hajra",
        ),
        "Finnish": _C(
            greetings="päivää|paivaa|moikka",
            thanks="kiitti|kiitos paljon",
            please="ole hyvä|ole hyva|olkaa hyvä",
            urging="mennään|mennaan",
        ),
        "Greek": _C(
            greetings="geia sas|yia sas|kalispera",
            thanks="efcharistó|efxaristo|efcharisto poli|efharisto poli",
        ),
        "Yiddish": _C(
            greetings="sholem aleykhem",
            thanks="a sheynem dank|a groysn dank",
            please="zayt azoy gut",
        ),
        "Romani": _C(greetings="sastipe", thanks="naisi tuke|nais tuke|palikerav"),
    },
    "Americas": {
        "Quechua": _C(greetings="napaykullayki|rimaykullayki", thanks="añay", urging="haku|jaku"),
        "Aymara": _C(
            greetings="kamisaki|kamisaraki",
            thanks="yuspagara|yuspajarpan|yuspajara",
            urging="jallalla",
        ),
        "Guarani": _C(
            greetings="mba'éichapa|mbaeichapa|maiteípa",
            thanks="aguyje|aguije|aguyjevete",
            please="ikatúpa|ikatupa",
        ),
        "Nahuatl": _C(
            greetings="niltze|piyali",
            thanks="tlazohcamati|tlazocamati|tlazohcamatic",
            please="nimitztlatlauhtia",
        ),
        "Maya and K'iche'": _C(
            greetings="bix a beel",
            thanks="dios bo'otik|dyos bo'otik|jach dios bo'otik|maltyox|maltiox",
        ),
        "Mapudungun": _C(greetings="marimari", thanks="chaltu may|chaltumay"),
        "Haitian Creole": _C(
            greetings="bonjou|bonswa|sak pase",
            thanks="mèsi anpil|mesi anpil",
            please="tanpri|silvouplè|silvouple",
            urging="annou ale",
        ),
        "Papiamento": _C(
            greetings="bon tardi|bon nochi|kon ta bai",
            thanks="danki|masha danki",
            please="por fabor",
            urging="nos bai|bamos",
        ),
        "Brazilian Portuguese": _C(
            thanks="valeu|brigado|brigada|brigadão|brigadao",
            please="pfv|pfvr",
            urging="vamo|vamos lá|vamos la|partiu",
            tags="beleza",
        ),
        "Latin American Spanish": _C(urging="hágale|hagale", tags="asere"),
        "Inuktitut": _C(
            greetings="ainngai|tunngasugit",
            thanks="qujannamiik|nakurmiik|qujanaq|qujanarsuaq",
        ),
        "Cherokee": _C(greetings="osiyo|siyo", thanks="wado"),
        "Navajo": _C(greetings="yá'át'ééh|yaateeh", thanks="ahéhee'|ahehee"),
        "Lakota": _C(thanks="pilamaya|pilamayaye|philamayaye"),
        "Ojibwe and Cree": _C(greetings="boozhoo|tansi", thanks="miigwech"),
    },
}


def said(kind: str) -> frozenset[str]:
    """Every phrase of the class ``kind`` ("greetings", "thanks", "please", "urging", "tags")
    of every tongue, each with single spaces."""
    return frozenset(
        " ".join(p.split())
        for region in REGIONS.values()
        for tongue in region.values()
        for p in getattr(tongue, kind).split("|")
        if p.strip()
    )


# Words that insist, said before a prohibition ("…, mi raccomando no pod deleted by hand":
# "mind you, no pod …"): dropped there, the prohibition read (:mod:`.chat`).
INSIST = frozenset(
    p for tongue in REGIONS["Europe"].values() for p in tongue.tags.split("|") if "raccomand" in p
)

# Every word left out, with its reason (checked in tests/unit/test_offline_r42_lex42.py: none of
# them is in any class of :mod:`.voices`).
EXCLUDED: dict[str, str] = {
    # A "no", "not", "don't" of some tongue.
    "ikai": "Tongan no",
    "leai": "Samoan no",
    "sega": "Fijian no",
    "kāo": "Maori no",
    "kao": "Maori no",
    "aole": "Hawaiian no",
    "aita": "Tahitian no",
    "nogat": "Tok Pisin and Bislama no",
    "dili": "Cebuano no",
    "ayaw": "Cebuano don't",
    "saan": "Ilocano no",
    "indi": "Hiligaynon no",
    "diri": "Waray no",
    "dai": "Bikol no (Italian 'come on')",
    "ora": "Javanese no",
    "mboten": "Javanese no",
    "henteu": "Sundanese no",
    "tidak": "Malay and Indonesian no",
    "jangan": "Malay and Indonesian don't",
    "khong": "Vietnamese no",
    "chua": "Vietnamese not yet",
    "nako": "Marathi don't",
    "nahi": "Hindi no",
    "nathi": "Gujarati no",
    "illa": "Kannada, Tamil and Malayalam no",
    "ledu": "Telugu no",
    "vaddu": "Telugu don't",
    "vendam": "Tamil don't",
    "hoina": "Nepali no",
    "naha": "Sinhala no",
    "yoq": "Uzbek no",
    "joq": "Kazakh no",
    "jok": "Kyrgyz no",
    "yok": "Turkish and Turkmen no",
    "yox": "Azerbaijani no",
    "voch": "Armenian no",
    "ara": "Georgian no",
    "ugui": "Mongolian no",
    "bish": "Mongolian not",
    "nexer": "Kurdish no",
    "khalas": "Arabic enough, stop",
    "hayir": "Turkish no",
    "degil": "Turkish not",
    "aydelem": "Amharic not",
    "maya": "Somali no (and a name)",
    "lakki": "Oromo no",
    "miti": "Oromo not",
    "rara": "Yoruba no",
    "mba": "Igbo no",
    "daabi": "Akan no",
    "deedeet": "Wolof no",
    "alaa": "Fula no",
    "ayi": "Bambara and Chichewa no",
    "oya": "Kinyarwanda no (Yoruba 'come on')",
    "hoya": "Kirundi no",
    "nedda": "Luganda no",
    "kwete": "Shona no",
    "aiwa": "Shona no",
    "hhayi": "Zulu no",
    "hayi": "Xhosa no",
    "nnyaa": "Setswana no",
    "tjhe": "Sesotho no",
    "nee": "Afrikaans, Dutch and Frisian no",
    "tsia": "Malagasy no",
    "nenti": "Sicilian nothing",
    "cap": "Catalan none",
    "nann": "Breton no",
    "nil": "Irish 'is not' (English 'nil')",
    "nei": "Faroese, Icelandic and Norwegian no",
    "ekki": "Icelandic not",
    "mos": "Albanian don't",
    "nemoj": "Serbian and Croatian don't",
    "nie": "Polish and Slovak no",
    "net": "Russian no (English 'net')",
    "nyet": "Russian no",
    "nem": "Hungarian no",
    "ochi": "Greek no",
    "oxi": "Greek no",
    "nit": "Yiddish not (English 'nit')",
    "nisht": "Yiddish not",
    "mana": "Quechua no",
    "ama": "Quechua don't (so no 'ama hina kaspa', please)",
    "janiw": "Aymara no",
    "nahaniri": "Guarani no",
    "amo": "Nahuatl no",
    "aagga": "Inuktitut no",
    "dooda": "Navajo no",
    "nao": "Portuguese no",
    "no tak": "Slovak 'come on', said with 'no'",
    "no niin": "Finnish 'well then', said with 'no'",
    "no dalej": "Polish 'come on', said with 'no'",
    # A "tomorrow", "later", "wait", "maybe" of some tongue, or one letter from it.
    "malo": "Croatian and Serbian 'a little', Spanish 'bad' (Tongan thanks only as 'mālō')",
    "manana": "Pashto thanks, Spanish 'tomorrow' (mañana)",
    "ugma": "Cebuano tomorrow",
    "unya": "Cebuano later",
    "apopo": "Maori tomorrow",
    "bihain": "Tok Pisin later",
    "besok": "Indonesian tomorrow",
    "nanti": "Malay and Indonesian later",
    "mengko": "Javanese later",
    "sesuk": "Javanese tomorrow",
    "engke": "Sundanese later",
    "kal": "Hindi tomorrow and yesterday",
    "baad": "Hindi and Urdu later",
    "abhi": "Hindi now",
    "naale": "Kannada tomorrow",
    "naalai": "Tamil tomorrow",
    "heta": "Sinhala tomorrow",
    "bholi": "Nepali tomorrow",
    "ertaga": "Uzbek tomorrow",
    "keyin": "Uzbek and Kazakh later",
    "sabah": "Azerbaijani and Turkish tomorrow, morning (and a name: no 'sabah el kheir')",
    "sonra": "Turkish and Azerbaijani later",
    "bekle": "Turkish wait",
    "apres": "Armenian thanks, French 'after' (après)",
    "margaash": "Mongolian tomorrow",
    "daraa": "Mongolian later",
    "farda": "Persian tomorrow",
    "baadan": "Persian later",
    "bukra": "Arabic tomorrow",
    "inshallah": "Arabic 'God willing': read by :mod:`.tongues` itself (round 33)",
    "mahar": "Hebrew tomorrow",
    "nege": "Amharic tomorrow",
    "berri": "Somali tomorrow",
    "boru": "Oromo tomorrow",
    "gobe": "Hausa tomorrow",
    "anjima": "Hausa later",
    "ola": "Yoruba tomorrow (and a name: Portuguese only as 'olá')",
    "echi": "Igbo tomorrow",
    "okyena": "Akan tomorrow",
    "elleg": "Wolof tomorrow",
    "jango": "Fula tomorrow",
    "lobi": "Lingala tomorrow and yesterday",
    "ejo": "Kinyarwanda tomorrow and yesterday",
    "enkya": "Luganda tomorrow",
    "mangwana": "Shona tomorrow (so no 'mangwanani', good morning, a letter apart)",
    "mangwanani": "Shona good morning, one ending from 'mangwana' (tomorrow)",
    "kusasa": "Zulu tomorrow",
    "ngomso": "Xhosa tomorrow",
    "hosane": "Sesotho tomorrow",
    "more": "Afrikaans 'môre' is tomorrow (so 'goeie môre' only as one word)",
    "rahampitso": "Malagasy tomorrow",
    "mawa": "Chichewa tomorrow",
    "dumani": "Sicilian tomorrow",
    "dimane": "Neapolitan tomorrow",
    "dema": "Catalan tomorrow",
    "despres": "Catalan later",
    "bihar": "Basque tomorrow (and an Indian state)",
    "gero": "Basque later",
    "yfory": "Welsh tomorrow",
    "ymlaen": "Welsh 'on' ('nes ymlaen', later)",
    "amarach": "Irish tomorrow",
    "moarn": "Frisian tomorrow (so 'goeiemoarn' only as one word)",
    "muer": "Luxembourgish tomorrow",
    "damaun": "Romansh tomorrow",
    "homme": "Estonian tomorrow",
    "rytoj": "Lithuanian tomorrow",
    "ghada": "Maltese tomorrow (and a name)",
    "neser": "Albanian tomorrow",
    "utre": "Bulgarian and Macedonian tomorrow",
    "sutra": "Serbian and Croatian tomorrow",
    "jutri": "Slovenian tomorrow",
    "zajtra": "Slovak tomorrow",
    "zitra": "Czech tomorrow",
    "jutro": "Polish tomorrow",
    "zavtra": "Russian and Ukrainian tomorrow",
    "potom": "Russian later",
    "maine": "Romanian tomorrow (and a US state)",
    "holnap": "Hungarian tomorrow",
    "majd": "Hungarian later",
    "huomenna": "Finnish tomorrow",
    "huomenta": "Finnish good morning, one letter from 'huomenna' (tomorrow)",
    "avrio": "Greek tomorrow",
    "meta": "Greek after",
    "morgn": "Yiddish tomorrow (so no 'gut morgn')",
    "paqarin": "Quechua tomorrow",
    "moztla": "Nahuatl tomorrow",
    "demen": "Haitian Creole tomorrow",
    "pita": "Haitian Creole later",
    "manan": "Papiamento tomorrow",
    "amanha": "Portuguese tomorrow",
    "depois": "Portuguese later",
    "avanti": "Italian 'come on', also 'before'",
    "dopo": "Italian later",
    # An "all", "only", "more", "less", "enough" of some tongue.
    "toda": "Hebrew thanks, Portuguese and Spanish 'all' (only 'toda raba')",
    "todo": "Spanish and Portuguese all",
    "zara": "Hindi 'a little' (and a name)",
    "ekosi": "Cree 'that's it, enough'",
    # A common given name (a name opening the line is asked as the one addressed).
    "rahmat": "Uzbek thanks, a given name (only 'katta rahmat')",
    "karuna": "Lao please spelled so, a given name",
    "andi": "Telugu particle, a given name",
    "hadi": "Turkish 'come on', a given name (only 'hadi bakalım')",
    "hala": "Arabic greeting, a given name (and Spanish 'come on')",
    "grazia": "Romansh thanks, a given name (only 'grazia fitg')",
    "allegra": "Romansh greeting, a given name",
    "sali": "Swiss German hi, a given name",
    "dee": "Lao 'sabai dee' said apart, a given name (only 'sabaidee')",
    "ina": "Hausa 'ina kwana', a given name",
    "mat": "Breton 'degemer mat', a given name",
    "mae": "Welsh 'sut mae', a given name",
    "kerem": "Hungarian please without its accent, a given name (only 'kérem')",
    "nanni": "Malayalam thanks alone, a given name (only 'valare nanni')",
    "moro": "Finnish hi, a surname",
    "moni": "Chichewa hi, a given name",
    "morena": "Maori 'mōrena' without its macron, a given name",
    "mari": "Mapudungun 'mari mari', a given name (only 'marimari')",
    "anay": "Quechua 'añay' without its tilde, a given name",
    "ayo": "Indonesian 'come on', a Yoruba given name",
    "dali": "Cebuano 'quick', a name",
    "modi": "Georgian 'come', a name",
    "bora": "Brazilian 'let's go', a given name",
    "aven": "Romani 'come', a given name",
    "tika": "Kurdish please, a given name",
    # A word of a greeting said apart that is a given name (each word of a greeting opening the
    # line names nobody, :mod:`.addressed`; "Dan, restart worker" is still asked).
    "dan": "Croatian and Slovenian 'dobar dan' / 'dober dan', a given name",
    "jo": "Hungarian 'jó napot' without its accent, a given name",
    "oli": "Luganda 'oli otya', a given name",
    "bel": "Yucatec 'bix a bel', a given name (only 'bix a beel')",
    "sera": "Italian 'buona sera', a given name (only 'buonasera')",
    "masa": "Arabic 'masa el kheir', a given name",
    "aga": "Cebuano, Waray and Bikol 'good morning' ('maayong aga'), a given name",
    "cao": "Serbian 'ćao' without its accent, a surname",
    # English words, or a phrase of English words only.
    "tank jo": "Frisian thanks, English words",
    "ann ale": "Haitian 'let's go', English words (only 'annou ale')",
    "bun di": "Romansh hi, English words (only 'bundi')",
    "salute": "Corsican and Italian hi, English",
    "adieu": "Occitan hi, English",
    "bones": "Catalan hi, English",
    "boas": "Galician hi, English (only 'boas tardes')",
    "awn": "Welsh 'let's go', English",
    "ante": "Greek 'come on', English",
    "hup": "Dutch 'come on', English",
    "yuk": "Indonesian 'let's', English",
    "gas": "Indonesian 'go for it', English",
    "trims": "Indonesian thanks, English",
    "mesi": "Haitian thanks without its accent, Italian 'months' (only 'mèsi', 'mesi anpil')",
    "dank": "Yiddish thanks, English (only 'a sheynem dank')",
    "bite": "Kinyarwanda hi, English",
    "gabon": "Basque good night, a country",
    "som": "Khmer please, Swedish 'as'",
    "hai": "Romanian 'come on', Japanese 'yes', Hindi 'is'",
    "haya": "Swahili 'come on', Japanese and Arabic 'shame' (and a name)",
    "vena": "Galician 'come on' without its tilde, Spanish and English 'vein'",
    # A question asked, never a tag.
    "né": "Portuguese 'isn't it?'",
}
