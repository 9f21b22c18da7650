// Phrasings as German and English news write them, with every mention a reader expects: a table
// that guards recall and ids when the knowledge base or the rules change.
import { describe, expect, it } from 'vitest';
import { annotate } from './index';

const PHRASINGS: Array<[string, string[]]> = [
  ["Der ukrainische Präsident Wolodymyr Selenskyj traf Kremlchef Putin nicht. Selenskyjs Berater Andrij Jermak sagte, Moskau habe Iskander-M-Raketen und Kinschal-Hyperschallraketen abgefeuert.",["Wolodymyr Selenskyj=volodymyr-zelensky","Putin=vladimir-putin","Selenskyjs=volodymyr-zelensky","Andrij Jermak=andriy-yermak","Iskander-M=iskander","Kinschal=kinzhal","Hyperschallraketen=hypersonic-missile"]],
  ["Die Huthi-Miliz im Jemen griff Schiffe im Roten Meer an. Die vom Iran unterstützten Huthis feuerten Drohnen ab.",["Huthi=houthis","Jemen=yemen","Iran=iran","Huthis=houthis"]],
  ["Israels Ministerpräsident Benjamin Netanjahu und Verteidigungsminister Israel Katz drohten der Hisbollah. Hisbollah-Chef Naim Kassem reagierte.",["Israels=israel","Benjamin Netanjahu=benjamin-netanyahu","Israel Katz=israel-katz","Hisbollah=hezbollah","Hisbollah=hezbollah","Naim Kassem=naim-qassem"]],
  ["Russia launched 80 Shahed drones and three Kh-101 cruise missiles overnight, Ukraine's air force said. Patriot systems shot down two Kinzhals.",["Russia=russia","Shahed=shahed-136","Kh-101=kh-101","cruise missiles=cruise-missile","Ukraine=ukraine","air force=ukrainian-air-force","Patriot=patriot","Kinzhals=kinzhal"]],
  ["The IRGC's Aerospace Force fired Fattah hypersonic missiles at Israel. Iran's Supreme Leader Ayatollah Ali Khamenei praised the strike.",["IRGC=irgc","Aerospace Force=irgc-aerospace-force","Fattah=fattah","hypersonic missiles=hypersonic-missile","Israel=israel","Iran=iran","Ayatollah Ali Khamenei=ali-khamenei"]],
  ["Nordkorea testete eine Hwasong-18-Interkontinentalrakete. Machthaber Kim Jong Un beobachtete den Start.",["Nordkorea=north-korea","Hwasong-18=hwasong-18","Interkontinentalrakete=icbm","Kim Jong Un=kim-jong-un"]],
  ["Die Bundesregierung liefert weitere IRIS-T-SLM-Systeme und Gepard-Flakpanzer. Taurus-Marschflugkörper bleiben tabu, sagte Kanzler Friedrich Merz.",["Bundesregierung=bundesregierung","IRIS-T-SLM=iris-t-slm","Gepard=gepard","Taurus=taurus","Marschflugkörper=cruise-missile","Friedrich Merz=friedrich-merz"]],
  ["Hamas-Anführer Jahja Sinwar wurde getötet. Die Kassam-Brigaden, der bewaffnete Arm der Hamas, kündigten Vergeltung an.",["Hamas=hamas","Jahja Sinwar=yahya-sinwar","Kassam-Brigaden=qassam-brigades","Hamas=hamas"]],
  ["Wagner-Chef Jewgeni Prigoschin starb bei einem Flugzeugabsturz. Die Söldnertruppe Wagner ist nun Teil des Afrikakorps.",["Wagner=wagner-group","Jewgeni Prigoschin=yevgeny-prigozhin","Söldnertruppe Wagner=wagner-group","Afrikakorps=africa-corps"]],
  ["Der Sekretär des Nationalen Sicherheitsrats, Sergej Schoigu, reiste nach Pjöngjang. Lawrow und Peskow äußerten sich.",["Nationalen Sicherheitsrats=russian-security-council","Sergej Schoigu=sergei-shoigu","Lawrow=sergei-lavrov","Peskow=dmitry-peskov"]],
  ["US-Außenminister Marco Rubio und Sondergesandter Steve Witkoff trafen Kirill Dmitrijew in Riad.",["US=united-states","Marco Rubio=marco-rubio","Steve Witkoff=steve-witkoff","Kirill Dmitrijew=kirill-dmitriev"]],
  ["The Houthis, officially Ansar Allah, attacked a tanker. CENTCOM said an MQ-9 Reaper was shot down.",["Houthis=houthis","Ansar Allah=houthis","CENTCOM=centcom","MQ-9 Reaper=mq-9-reaper"]],
  ["Der FSB und der Militärgeheimdienst GRU. Der ukrainische Geheimdienst SBU und der Militärgeheimdienst HUR unter Kyrylo Budanow.",["FSB=fsb","GRU=gru","SBU=sbu","HUR=hur","Kyrylo Budanow=kyrylo-budanov"]],
  ["Die Quds-Einheit der Revolutionsgarden, Irans Basidsch-Milizen und die Hisbollah bilden die „Achse des Widerstands\".",["Quds-Einheit=quds-force","Revolutionsgarden=irgc","Irans=iran","Basidsch=basij","Hisbollah=hezbollah","Achse des Widerstands=axis-of-resistance"]],
  ["Syriens Übergangspräsident Ahmed al-Scharaa traf Erdoğan. Die HTS-Miliz hatte Assad gestürzt.",["Syriens=syria","Ahmed al-Scharaa=ahmed-al-sharaa","Erdoğan=recep-tayyip-erdogan","HTS=hayat-tahrir-al-sham","Assad=bashar-al-assad"]],
  ["Su-34-Bomber warfen FAB-500-Gleitbomben. S-400-Systeme auf der Krim. Storm-Shadow-Marschflugkörper aus Großbritannien, ATACMS aus den USA.",["Su-34=su-34","FAB-500=fab-500","S-400=s-400","Storm-Shadow=storm-shadow","Marschflugkörper=cruise-missile","Großbritannien=united-kingdom","ATACMS=atacms","USA=united-states"]],
  ["Kremlin spokesman Dmitry Peskov said President Vladimir Putin had no plans to meet Zelenskyy. Zelenskyy's chief of staff responded.",["Kremlin=kremlin","Dmitry Peskov=dmitry-peskov","Vladimir Putin=vladimir-putin","Zelenskyy=volodymyr-zelensky","Zelenskyy=volodymyr-zelensky"]],
  ["The Islamic Revolutionary Guard Corps (IRGC) and its Quds Force armed Hezbollah. Iran's Supreme National Security Council met.",["Islamic Revolutionary Guard Corps=irgc","IRGC=irgc","Quds Force=quds-force","Hezbollah=hezbollah","Iran=iran","Supreme National Security Council=snsc"]],
  ["Secretary of State Antony Blinken and Defense Secretary Lloyd Austin visited Kyiv. NATO Secretary General Mark Rutte welcomed it.",["Antony Blinken=antony-blinken","Lloyd Austin=lloyd-austin","NATO=nato","Mark Rutte=mark-rutte"]],
  ["North Korean troops fought in Kursk, according to South Korea's National Intelligence Service. Pyongyang sent KN-23 missiles.",["South Korea=south-korea","National Intelligence Service=national-intelligence-service-korea","KN-23=kn-23"]],
  ["Israeli strikes killed Hezbollah leader Hassan Nasrallah in Beirut. The IDF said. Hamas's political bureau chief Ismail Haniyeh was killed in Tehran.",["Hezbollah=hezbollah","Hassan Nasrallah=hassan-nasrallah","IDF=idf","Hamas=hamas","Ismail Haniyeh=ismail-haniyeh"]],
  ["Ukraine's military intelligence (HUR) chief Kyrylo Budanov. The Security Service of Ukraine said. Gen. Valery Gerasimov, Russia's chief of general staff.",["Ukraine=ukraine","military intelligence=hur","HUR=hur","Kyrylo Budanov=kyrylo-budanov","Security Service of Ukraine=sbu","Valery Gerasimov=valery-gerasimov","Russia=russia"]],
  ["The Wagner Group's founder Yevgeny Prigozhin. Belarusian leader Alexander Lukashenko. Russian Foreign Minister Sergei Lavrov.",["Wagner Group=wagner-group","Yevgeny Prigozhin=yevgeny-prigozhin","Alexander Lukashenko=alexander-lukashenko","Sergei Lavrov=sergei-lavrov"]],
  ["British Prime Minister Keir Starmer and French President Emmanuel Macron. German Chancellor Olaf Scholz. EU foreign policy chief Kaja Kallas.",["Keir Starmer=keir-starmer","Emmanuel Macron=emmanuel-macron","Olaf Scholz=olaf-scholz","EU=european-union","Kaja Kallas=kaja-kallas"]],
  ["Iran has supplied Russia with Shahed-136 drones, which Russia calls Geran-2, and Fath-360 close-range ballistic missiles.",["Iran=iran","Russia=russia","Shahed-136=shahed-136","Russia=russia","Geran-2=shahed-136","Fath-360=fath-360","ballistic missiles=ballistic-missile"]],
  ["Die Rede Putins in Moskau, nach Angaben Peskows. Verteidigungsminister Katz sprach mit dem Gesandten Witkoff.",["Putins=vladimir-putin","Peskows=dmitry-peskov","Katz=israel-katz","Witkoff=steve-witkoff"]],
  ["Kyiv said Russia launched 400 Shaheds and 40 missiles overnight; Lancet-Drohnen trafen Panzer.",["Russia=russia","Shaheds=shahed-136","Lancet=lancet"]],
  ["Die 3. Sturmbrigade hielt die Stellung. Der Tennisspieler Daniil Medwedew gewann in Wien.",["3. Sturmbrigade=third-assault-brigade"]],
  ["The Korean People's Army and China's People’s Liberation Army. George W. Bush met Gen. Charles Q. Brown.",["Korean People's Army=korean-peoples-army","China=china","People’s Liberation Army=peoples-liberation-army","George W. Bush=george-w-bush","Charles Q. Brown=charles-q-brown"]],
  ["The Pentagon said ATACMS and HIMARS were used. Russia's S-400 and Pantsir systems. An Oreshnik intermediate-range ballistic missile hit Dnipro.",["Pentagon=pentagon","ATACMS=atacms","HIMARS=himars","Russia=russia","S-400=s-400","Pantsir=pantsir","Oreshnik=oreshnik","intermediate-range ballistic missile=intermediate-range-missile"]],
  // A person's name inside a place's is no mention of the person.
  ["He landed at Imam Khomeini International Airport. Die Parade auf dem Kim-Il-sung-Platz, am Flughafen Ben Gurion. Putin said.",["Putin=vladimir-putin"]],
  ["Gila Gamliel spoke. The soldier was from Beit Gamliel, near Kiryat Gat. Die USS Ronald Reagan und die USS Lloyd Austin liefen aus.",["Gila Gamliel=gila-gamliel","USS Ronald Reagan=uss-ronald-reagan"]],
  // …or of a school, a prize or an operation named after it.
  ["Yulia Tymoshenko and Fatah spoke. Cadets of the Timoshenko Higher Academy; Kiesewetter, Adolf-Heusinger-Preisträger 1997; Operation Fatah's Blessing.",["Yulia Tymoshenko=yulia-tymoshenko","Fatah=fatah","Kiesewetter=roderich-kiesewetter"]],
  // …nor is a shorter name inside it, once its owner was named.
  ["Kim Jong Un empfing Putin. Kim hatte ihn auf dem Kim-Il-sung-Platz empfangen.",["Kim Jong Un=kim-jong-un","Putin=vladimir-putin","Kim=kim-jong-un"]],
  // Belarusian and other given names of a listed person.
  // Arabic and Persian names as the German press spells them, where the base lists only the English
  // spelling: j → dsch, kh → ch, v → w, ou → u, z → s, a doubled s between vowels.
  ["Der Sprecher Mohammed Hedschasi sagte, Dschawad Karimi-Ghoddusi und Ali Chesrian hätten widersprochen. Sejed Rasi Mussawi wurde getötet. Ein Sprecher von Abdulwahab Chalil.",["Mohammed Hedschasi=mohammad-hejazi","Dschawad Karimi-Ghoddusi=javad-karimi-ghoddousi","Ali Chesrian=ali-khezrian","Sejed Rasi Mussawi=razi-mousavi","Abdulwahab Chalil=abdulwahab-khalil"]],
  // "military" written small after a possessive: the armed forces where it is the subject, not an adjective.
  ["Israel's military said it struck the site. Ukraine's military ships, Russia's military-industrial base and Russia's military leadership.",["Israel=israel","military=idf","Ukraine=ukraine","Russia=russia","Russia=russia"]],
  // "in" and a capital after a body named bare say whose it is, whatever cues the text has for another state's.
  ["Schweden kauft deutsche U-Boote. Das Verteidigungsministerium in Stockholm bestätigte den Auftrag. Der Sprecher des Nationalen Sicherheitsrates in Washington, John Kirby, sagte, Iran liefere Drohnen.",["Schweden=sweden","Verteidigungsministerium=sweden-defence-ministry","Nationalen Sicherheitsrates=us-national-security-council","John Kirby=john-kirby","Iran=iran"]],
  // Belarusians in the spellings of their Belarusian names, made from the Cyrillic.
  ["Alyaksandr Lukashenka met Maksim Ryzhankou.",["Alyaksandr Lukashenka=alexander-lukashenko","Maksim Ryzhankou=maxim-ryzhenkov"]],
  // A body's short name after its full name ("the Commission"), not after an indefinite article or before a genitive.
  ["Die EU-Kommission schlug neue Sanktionen vor. Die Kommission will die Schattenflotte treffen. Eine Kommission des Bundestags prüft das.",["EU-Kommission=european-commission","Kommission=european-commission","Bundestags=bundestag"]],
  // A military rank before a surname others share names the soldier among them (Hadi al-Salami is an Iraqi politician).
  ["Israel killed General Salami in June. Iran mourned General Rashid.",["Israel=israel","Salami=hossein-salami","Iran=iran","Rashid=gholam-ali-rashid"]],
  // "Dimitri" is how some German papers write Dmitri: not another man's given name.
  ["Damit drohte der russische Ex-Präsident Dimitri Medwedew.",["Dimitri Medwedew=dmitry-medvedev"]],
  // A German body named bare that the base guards for Germany is the state's in context when no cue
  // vouches for Germany, or the state's of the person in apposition after it.
  ["Russland hat neue Drohnen bestellt. Das Verteidigungsministerium teilte am Montag mit, die Lieferung sei erfolgt.",["Russland=russia","Verteidigungsministerium=russian-defence-ministry"]],
  ["Das kündigte der Leiter des Lagezentrums Ukraine im Verteidigungsministerium, Brigadegeneral Christian Freuding, an.",["Ukraine=ukraine","Verteidigungsministerium=bmvg","Christian Freuding=christian-freuding"]],
  ["Die Warnung kam von dem Sprecher des Außenministeriums, Ismail Baqaei, in einem Interview.",["Außenministeriums=iranian-foreign-ministry","Ismail Baqaei=esmaeil-baghaei"]],
  ["Russlands Wirtschaft schrumpft. Die Zentralbank senkte den Leitzins, der Generalstab plant neue Rekrutierungen.",["Russlands=russia","Zentralbank=bank-of-russia","Generalstab=russian-general-staff"]],
  // Every common transliteration of a Russian given name: "Semen" for Semyon.
  ["so \"Wargonzo\"-Gründer Semen Pegow (37).",["Wargonzo=wargonzo","Semen Pegow=semyon-pegov"]],
  // A double-barrelled surname is the person's whole name, not a compound of a shorter one.
  ["UN envoy Jeanine Hennis-Plasschaert met the atomic scientist Fereydoun Abbasi-Davani.",["UN=united-nations","Jeanine Hennis-Plasschaert=jeanine-hennis-plasschaert","Fereydoun Abbasi-Davani=fereydoun-abbasi"]],
  // A small English "marine" is no navy; the German "Marine" after a possessive is.
  ["Ukraine's marine forces landed. Ukraine's navy said. Israels Marine meldete.",["Ukraine=ukraine","Ukraine=ukraine","navy=ukrainian-navy","Israels=israel","Marine=israeli-navy"]],
  // Not one short word made German: "Zein" would be "Sein".
  ["Die libanesische Ministerin Tamara el-Zein sagte, Sein und Schein seien zweierlei.",["Tamara el-Zein=tamara-el-zein"]],
  // The Arabic article as each press writes it: assimilated before a sun letter, or "el".
  ["Ahmad asch-Scharaa traf Kämpfer der Hayat Tahrir as-Sham. Ahmed ash-Sharaa and Abu Bakr el-Baghdadi.",["Ahmad asch-Scharaa=ahmed-al-sharaa","Hayat Tahrir as-Sham=hayat-tahrir-al-sham","Ahmed ash-Sharaa=ahmed-al-sharaa","Abu Bakr el-Baghdadi=abu-bakr-al-baghdadi"]],
  // A party in brackets after a politician; an outlet after "nach Angaben des"; another state's
  // name glued before a body ("Polen-Präsidialamt") keeps it from the state named before.
  ["Das sagte Außenministerin Annalena Baerbock (Grüne). Nach Angaben des „Spiegel“ kam es anders.",["Annalena Baerbock=annalena-baerbock","Grüne=german-greens","Spiegel=der-spiegel"]],
  ["Selenskyj sprach in Kiew mit Beratern. Eine Stellungnahme des Polen-Präsidialamts lag zunächst nicht vor.",["Selenskyj=volodymyr-zelensky","Polen=poland"]],
  // In English a capitalised word before a bare surname is another person's given name, unless it
  // is a title, a month or a headline's capitals.
  ["Kim Jong Un met Vladimir Putin. Reporting by Heejin Kim; in March Kim returned, and Chairman Kim said so. Trump Says Putin Wants Peace.",["Kim Jong Un=kim-jong-un","Vladimir Putin=vladimir-putin","Kim=kim-jong-un","Kim=kim-jong-un","Trump=donald-trump","Putin=vladimir-putin"]],
  // A shared surname after an office is the named person's who holds it, not the one named last.
  ["President Lee Jae-myung met NIS director Lee Jong-seok. President Lee said the talks went well.",["Lee Jae-myung=lee-jae-myung","NIS=national-intelligence-service-korea","Lee Jong-seok=lee-jong-seok","Lee=lee-jae-myung"]],
  // One entity named on across two overlapping forms is one mention, not a wrong one and a right one.
  ["Sudan's army shot down a Turkish-made Bayraktar Akinci drone.",["Sudan=sudan","Bayraktar Akinci=bayraktar-akinci"]],
  ["Aljaksandr Lukaschenka empfing Michael Chodorkowski nicht.",["Aljaksandr Lukaschenka=alexander-lukashenko","Michael Chodorkowski=mikhail-khodorkovsky"]],
  // Guarded weapons in a list of weapons, a weapon's short name after "vom Typ".
  ["Deutschland liefert IRIS-T SLM, Patriot, Skyranger, Gepard und Taurus nicht.",["Deutschland=germany","IRIS-T SLM=iris-t-slm","Patriot=patriot","Skyranger=skyranger","Gepard=gepard","Taurus=taurus"]],
  ["Die Ukraine erhielt Schützenpanzer vom Typ Marder. Der Patriot Act und Wagner, Taurus und Gepard.",["Ukraine=ukraine","Marder=marder"]],
  // State bodies named without their state count after its possessive, or a few sentences after
  // the state (or the same body) was named: not as one word ("die Armee"), not far off, and not
  // where the name goes on ("Air Force Gen. Smith") or names another state after it.
  ["Der israelische Auslandsgeheimdienst Mossad meldete das. Nach einem Plan der Regierung soll die Armee verkleinert werden. The Ministry of Defense said.",["Mossad=mossad"]],
  ["Ukraine said 40 drones were shot down. The Ministry of Defense said a new brigade was formed.",["Ukraine=ukraine","Ministry of Defense=ukrainian-defence-ministry"]],
  ["The Ukrainian air force reported that Russia had launched 57 drones. Air force commander Mykola Oleshchuk said most were downed.",["Ukrainian air force=ukrainian-air-force","Russia=russia","Air force=ukrainian-air-force","Mykola Oleshchuk=mykola-oleshchuk"]],
  ["Russland meldete Angriffe. Das Außenministerium bestellte den Botschafter ein.",["Russland=russia","Außenministerium=russian-foreign-ministry"]],
  ["Russland griff an. Das sagte der Chef des deutschen Auslandsgeheimdienstes auf einer Veranstaltung.",["Russland=russia"]],
  ["President Volodymyr Zelenskyy instructed the Cabinet of Ministers and the General Staff to act. Maria Sacharowa, Sprecherin des Außenministeriums, widersprach.",["Volodymyr Zelenskyy=volodymyr-zelensky","Cabinet of Ministers=cabinet-of-ministers-of-ukraine","General Staff=ukrainian-general-staff","Maria Sacharowa=maria-zakharova","Außenministeriums=russian-foreign-ministry"]],
  ["Ukraine was attacked. The Army and the Air Force Gen. Smith. The Ministry of Foreign Affairs of South Korea protested.",["Ukraine=ukraine","Ministry of Foreign Affairs=south-korean-foreign-ministry","South Korea=south-korea"]],
  // …or for the state whose capital was named since.
  ["Russia attacked overnight. Kyiv said 40 drones were shot down. The Foreign Ministry condemned the strike. Foreign ministers met in Ankara on Monday, where the Foreign Ministry hosted them.",["Russia=russia","Foreign Ministry=ukrainian-foreign-ministry","Foreign Ministry=turkish-foreign-ministry"]],
  // …or for the state of the person or the capital named right after.
  ["Russland griff an. Das sei dem GRU zuzuordnen, sagte ein Sprecher des Außenministeriums am Freitag in Berlin.",["Russland=russia","GRU=gru","Außenministeriums=auswaertiges-amt"]],
  ["Ukraine said 40 drones were shot down. The Foreign Ministry spokesperson Maria Zakharova said Kyiv lied.",["Ukraine=ukraine","Foreign Ministry=russian-foreign-ministry","Maria Zakharova=maria-zakharova"]],
  // A noun that names an institution and nothing else may be written small after the possessive.
  ["Iraq's parliament voted. Israel's army said so. Ukraine's military ships sailed, and the parliament met.",["Iraq=iraq","parliament=iraqi-council-of-representatives","Israel=israel","army=idf","Ukraine=ukraine"]],
  // …and right before their state: "der Sicherheitsrat Russlands", "the Defense Ministry of Russia".
  ["Der Sicherheitsrat Russlands tagte, das Außenministerium des Iran protestierte. The Defense Ministry of Russia and the General Staff of Ukraine said.",["Sicherheitsrat=russian-security-council","Russlands=russia","Außenministerium=iranian-foreign-ministry","Iran=iran","Defense Ministry=russian-defence-ministry","Russia=russia","General Staff=ukrainian-general-staff","Ukraine=ukraine"]],
  ["Russia's defence ministry said. Irans Außenministerium widersprach. Der Leiter des Präsidentenbüros der Ukraine schwieg.",["Russia=russia","defence ministry=russian-defence-ministry","Irans=iran","Außenministerium=iranian-foreign-ministry","Präsidentenbüros der Ukraine=ukrainian-presidential-office"]],
  // An acronym the text defines after a name is that entity's from there on, whatever else the base
  // knows by the same letters, and where the base does not know it.
  ["The Institute for National Security Strategy (INSS) in Seoul warned. INSS analysts said. Kataib Hezbollah (KH) fired drones; KH denied it.",["Institute for National Security Strategy=institute-for-national-security-strategy","INSS=institute-for-national-security-strategy","INSS=institute-for-national-security-strategy","Kataib Hezbollah=kataib-hezbollah","KH=kataib-hezbollah","KH=kataib-hezbollah"]],
  // A ship's IMO number and a holiday named after a body are no mentions of the body.
  ["The tanker Eagle S (IMO: 9329760) was seized; the IMO condemned it. On Ukraine's Armed Forces Day, Ukraine's Armed Forces struck.",["Eagle S=eagle-s","IMO=international-maritime-organization","Ukraine=ukraine","Ukraine=ukraine","Armed Forces=ukrainian-armed-forces"]],
  // A surname several persons named before share: the one named last within the paragraph (not
  // where that was only in an apposition to the other's name), none further on.
  ["North Korea's Kim Yo Jong, the sister of leader Kim Jong Un, warned Seoul. Kim said so.\nKim blamed the South.",["North Korea=north-korea","Kim Yo Jong=kim-yo-jong","Kim Jong Un=kim-jong-un","Kim=kim-yo-jong"]],
  ["North Korea's Kim Yo Jong warned Seoul. Leader Kim Jong Un inspected a factory. Kim said so.",["North Korea=north-korea","Kim Yo Jong=kim-yo-jong","Kim Jong Un=kim-jong-un","Kim=kim-jong-un"]],
  // A German body's head noun inflects before "für" inside its name, also as a compound's second part.
  ["Der Vorsitzende des Duma-Ausschusses für Sicherheit, Wassili Piskarew, sprach.",["Duma-Ausschusses für Sicherheit=state-duma-security-committee","Wassili Piskarew=vasily-piskaryov"]],
  // "Die Luftwaffe" is the air force of the state in context; the Bundeswehr named elsewhere does not
  // make it Germany's, only a cue near it would.
  ["Die Bundeswehr bekommt neue Eurofighter.\n\nDie Ukraine meldete Angriffe. Die ukrainische Luftwaffe meldete Abschüsse. Die Luftwaffe sagte das.",["Bundeswehr=bundeswehr","Eurofighter=eurofighter-typhoon","Ukraine=ukraine","ukrainische Luftwaffe=ukrainian-air-force","Luftwaffe=ukrainian-air-force"]],
  // A unit's name with its number counts in any case.
  ["Hackers of the GRU's military unit 26165 struck again.",["GRU=gru","unit 26165=apt28"]],
  // A name with commas inside goes on past a comma in the text, not past a comma and a line break.
  ["Rostekhnadzor, the Federal Service for Environmental, Technological and Nuclear Supervision, said so. Die Truppen für radiologischen, chemischen und biologischen Schutz meldeten. The Foreign, Commonwealth and Development Office agreed.",["Rostekhnadzor=rostekhnadzor","Federal Service for Environmental, Technological and Nuclear Supervision=rostekhnadzor","Truppen für radiologischen, chemischen und biologischen Schutz=russian-nbc-protection-troops","Foreign, Commonwealth and Development Office=uk-foreign-office"]],
  // A name's last word that is also an adverb counts capitalised only; a works named after a person
  // is no mention of the person.
  ["Economic growth in Russia today benefits from it, Russia Today said. The Degtyaryov Plant in Kovrov makes guns.",["Russia=russia","Russia Today=rt","Degtyaryov Plant=degtyarev-plant"]],
  // A state body's name without its state, where its own acronym in brackets or a person of that
  // state named right after says whose it is.
  ["The National Anti-Corruption Bureau (NABU) charged him. Head of the Ministry of Economy Yuliya Svyrydenko said.",["National Anti-Corruption Bureau=nabu","NABU=nabu","Ministry of Economy=ukrainian-economy-ministry","Yuliya Svyrydenko=yulia-svyrydenko"]],
  // A given name before "und"/"and" and a person's full name, where it and that surname name another person.
  ["Die Brüder Wladimir und Vitali Klitschko. Über die Zwillinge Gali und Ziv Berman. Putin and Volodymyr Zelensky met.",["Wladimir=wladimir-klitschko","Vitali Klitschko=vitali-klitschko","Gali=gali-berman","Ziv Berman=ziv-berman","Putin=vladimir-putin","Volodymyr Zelensky=volodymyr-zelensky"]],
  ["Soldaten der 1. und 10. Panzerdivision übten. Bulgarische Marine meldete es, die Bundeswehr auch. Das kostet eine Million US-Dollar.",["1.=1-panzerdivision","10. Panzerdivision=10-panzerdivision","Bundeswehr=bundeswehr"]],
  // A Korean or Chinese family name counts after the full name, also where it is a Western given
  // name or has two letters, but not where it is a word too.
  ["Kim Yong-hyun wurde verhaftet. Kim versuchte, sich das Leben zu nehmen. Gegen Li Shangfu wird ermittelt; Li schweigt. He Weidong was purged. He said nothing.",["Kim Yong-hyun=kim-yong-hyun","Kim=kim-yong-hyun","Li Shangfu=li-shangfu","Li=li-shangfu","He Weidong=he-weidong"]],
  // A surname that is a German noun, after der/die/den/dem, is the noun; not where the article opens a relative clause.
  ["Katja Wolf sprach in Erfurt. Der Wolf ist zurück in Thüringen. Alfons Mais sprach; eine Aufgabe, der Mais sich stellte.",["Katja Wolf=katja-wolf","Alfons Mais=alfons-mais","Mais=alfons-mais"]],
  // A person's implied surname stays beside another entity's guarded word of the same spelling.
  ["Its CEO Haluk Bayraktar spoke. 'The Bayraktar TB2 sells well,' Bayraktar told Anadolu.",["Haluk Bayraktar=haluk-bayraktar","Bayraktar TB2=bayraktar-tb2","Bayraktar=haluk-bayraktar","Anadolu=anadolu"]],
  // A weapon's short name after a number of them.
  ["„Wir können 100 Marder liefern“, sagte er, „hundert Marder, dreißig davon sofort.“",["Marder=marder","Marder=marder"]],
  ["Der Marder im Garten frisst Kabel.",[]],
  ["Er schoss zwei Tore, das Tor fiel spät.",[]],
  // An assimilated Arabic article that is also an English or German word counts only hyphenated.
  ["Ahmed al-Sharaa met Hassan Nasrallah's heirs. The move comes as Sharaa faces unrest; Grüße an Nasrallah, sagte as-Sharaa. An Nahar reported.",["Ahmed al-Sharaa=ahmed-al-sharaa","Hassan Nasrallah=hassan-nasrallah","Sharaa=ahmed-al-sharaa","Nasrallah=hassan-nasrallah","as-Sharaa=ahmed-al-sharaa","An Nahar=an-nahar"]],
  // A Korean family name before another given name begins another person's name; a state's name
  // before "Seas" is part of the seas' name.
  ["Ri Yong-gil was named chief. Later Ri Chol-sop returned, and Ri said so. Tension in the East and South China Seas.",["Ri Yong-gil=ri-yong-gil","Ri=ri-yong-gil"]],
  // A model's letter glued to its number takes an ending only there: apart, "is" and "in" are words.
  ["The F-16 is a fighter; Israel's F-16Is flew. Die ersten F-16 in der Ukraine.",["F-16=f-16","Israel=israel","F-16Is=f-16i-sufa","F-16=f-16","Ukraine=ukraine"]],
  // In English a state's name before a body's of two words or more makes it the state's; one word
  // after it does not ("a U.S.-Israel military strike").
  ["The Ukraine air force said it downed 50 drones. Commander of Ukraine ground forces spoke. A U.S.-Israel military strike.",["Ukraine=ukraine","air force=ukrainian-air-force","Ukraine=ukraine","ground forces=ukrainian-ground-forces","U.S.=united-states","Israel=israel"]],
  // "the country's" stands for the state in context.
  ["Russia said ten missiles were downed, the country's defense ministry claimed. Ukraine has not yet commented.",["Russia=russia","defense ministry=russian-defence-ministry","Ukraine=ukraine"]],
  // A state's adjective in the body's sentence, after the state named last, says whose the body is;
  // one in an earlier sentence does not.
  ["Israel struck again on Wednesday. A Syrian military official said the Defence Ministry was hit.",["Israel=israel","Defence Ministry=syrian-defence-ministry"]],
  ["„Nordkorea bedroht die Sicherheit der südkoreanischen Bürger“, erklärte ein Sprecher des Verteidigungsministeriums.",["Nordkorea=north-korea","Verteidigungsministeriums=south-korean-defence-ministry"]],
  ["Ukraine's National Guard trains brigades. Its name means 'destroy Russian troops'. The brigades are run by the National Guard.",["Ukraine=ukraine","National Guard=national-guard-of-ukraine","National Guard=national-guard-of-ukraine"]],
  // German: the dative plural of a state's plural name; a body's head noun inflected before "im";
  // a plural "-en" of a noun whose singular takes none is no body ("die Regierungen").
  ["Öl aus den Vereinigten Arabischen Emiraten. Kämpfer des Islamischen Widerstands im Irak griffen an. China warnte; die Regierungen in Peking und Moskau reagierten.",["Vereinigten Arabischen Emiraten=united-arab-emirates","Islamischen Widerstands im Irak=islamic-resistance-in-iraq","China=china"]],
  // Russian units the base names in English, in the German press's words, with or without "Garde-".
  ["Die russische 20. Motorschützendivision greift an, die 20. Garde-Motorschützendivision auch; die 45. Speznas-Brigade wartet. Die 10. Panzerdivision übt.",["20. Motorschützendivision=ru-20th-guards-motor-rifle-division","20. Garde-Motorschützendivision=ru-20th-guards-motor-rifle-division","45. Speznas-Brigade=45th-spetsnaz-brigade","10. Panzerdivision=10-panzerdivision"]],
  // A body after its owner's possessive is that owner's, whatever other state guards the same words;
  // a bare one later refers back to it, though another state's army was named since.
  ["Taiwan's Ministry of National Defense said 20 Chinese aircraft and PLA ships were detected. The Ministry of National Defense said it monitored the situation.",["Taiwan=taiwan","Ministry of National Defense=taiwan-defence-ministry","PLA=peoples-liberation-army","Ministry of National Defense=taiwan-defence-ministry"]],
  // A sea's name is no mention of the brigade or the state it is named after.
  ["The Azov brigade fought near Mariupol. Ships in the Sea of Azov and the Azov Sea were hit; a missile fell into the Sea of Japan.",["Azov brigade=azov-brigade"]],
  // "agency" vouches for an outlet only right beside it.
  ["Das sagte Sprecher Ismail Baghai laut der Nachrichtenagentur Tasnim mit Blick auf die USA. Die Zeitung Blick berichtete.",["Ismail Baghai=esmaeil-baghaei","Nachrichtenagentur Tasnim=tasnim-news-agency","USA=united-states","Blick=blick-newspaper"]],
  // "Tod" before a genitive is the noun, not a given name; a state's body takes no plural.
  ["Hassan Nasrallah sprach. Der Tod Nasrallahs war ein Schock. Sanktionen gegen die führenden Banken Russlands.",["Hassan Nasrallah=hassan-nasrallah","Nasrallahs=hassan-nasrallah","Russlands=russia"]],
  ["The launch drew condemnation from the governments of Japan, South Korea and the United States.",["Japan=japan","South Korea=south-korea","United States=united-states"]],
  // In English a capital's name right before a body's name of two words or more makes it its state's.
  ["Ukraine hit a refinery, the Moscow defense ministry said.",["Ukraine=ukraine","defense ministry=russian-defence-ministry"]],
  // Two persons' names side by side in German word order, the first a mention itself.
  ["Kim Jong Un empfing Sergej Schoigu. Dann führte Kim Schoigu durch eine Ausstellung.",["Kim Jong Un=kim-jong-un","Sergej Schoigu=sergei-shoigu","Kim=kim-jong-un","Schoigu=sergei-shoigu"]],
  // An Arabic place name that holds a surname after its article.
  ["Bashar al-Assad fled. Milizen griffen den Stützpunkt Ain al Assad an.",["Bashar al-Assad=bashar-al-assad"]],
  // Ukrainian outlets write Russia small on purpose; "Russia Today" is still no "Russia today".
  ["Overnight, russia launched 80 drones at Ukraine; the russian army lost fuel depots. Growth in Russia today is slow.",["russia=russia","Ukraine=ukraine","russian army=russian-armed-forces","Russia=russia"]],
  // "the country's" is the country named in its sentence, not a citizen's named since.
  ["Syria's army attacked Mazloum Abdi.\n\nTurkey's defence ministry declined to comment on Abdi's remarks and the country's foreign ministry was silent.",["Syria=syria","army=syrian-army","Mazloum Abdi=mazloum-abdi","Turkey=turkey","defence ministry=turkish-defence-ministry","Abdi=mazloum-abdi","foreign ministry=turkish-foreign-ministry"]],
  // Of two persons named paragraphs before, the one named with the surname.
  ["Kim Jong Un inspected the vessel.\n\nHis daughter Ju Ae was there.\n\nIn March, Kim oversaw the test.",["Kim Jong Un=kim-jong-un","Ju Ae=kim-ju-ae","Kim=kim-jong-un"]],
  // A body's bare name before another organisation's name is that one's apposition.
  ["Syrien lud die Minister ein, hieß es laut der Nachrichtenagentur dpa.",["Syrien=syria","dpa=dpa"]],
  // The person's own given name in another transliteration before the surname; a kunya is none.
  ["Der Berater Mychailo Podoljak sagte das. Hamas-Chef Jahya al-Sinwar wurde getötet. Im Gefängnis Abu Ghraib.",["Mychailo Podoljak=mykhailo-podolyak","Hamas=hamas","Jahya al-Sinwar=yahya-sinwar"]],
  // A state's adjective made a stance names none of its bodies; a leak named after a state is no state.
  ["Russia installed a pro-Russian government in Grozny; the Russian government denied it. Usmanow nach den Panama-Papers.",["Russia=russia","Russian government=russian-government","Usmanow=alisher-usmanov"]],
  // A heading run into the text: the honorific begins another mention, no middle name.
  ["Foreign Minister: Asaad Al Shibani Mr Al Shibani, 38, led it.",["Asaad Al Shibani=asaad-al-shaibani","Al Shibani=asaad-al-shaibani"]],
  // A body named before, later in lower case after "the": the same, while its state is the one named last.
  ["Israel carried out an airstrike on Syria's Damascus International airport and other positions south of the capital the ministry of defense said early on Saturday. Budget spending has almost doubled since Russia invaded Ukraine in February 2022, a fiscal injection that forced the central bank to hike rates.",["Israel=israel","Syria=syria","ministry of defense=syrian-defence-ministry","Russia=russia","Ukraine=ukraine"]],
  ["Die Kertsch-Brücke ist eines der Lieblingsprojekte des russischen Präsidenten Waldimir Putin - und eines der Lieblingsziele der Ukraine.",["Waldimir Putin=vladimir-putin","Ukraine=ukraine"]],
  ["Benjamin Netanjahu bedachte den auf den annektierten syrischen Golanhöhen aufgewachsenen Vater von sieben Kindern mit der Leitung des Finanzministeriums.",["Benjamin Netanjahu=benjamin-netanyahu","Finanzministeriums=israeli-finance-ministry"]],
  ["Südkoreas Präsident Yoon Suk Yeol teilte in einer Dringlichkeitssitzung mit Geheimdienst-, Militär und Sicherheitsbeamten mit, Nordkorea habe Truppen entsandt. Hamas- und Hisbollah-Kämpfer griffen an.",["Südkoreas=south-korea","Yoon Suk Yeol=yoon-suk-yeol","Nordkorea=north-korea","Hamas=hamas","Hisbollah=hezbollah"]],
  ["Hegseth wiederholte die Aussage von US-Präsident Donald Trump. Ein Regierungswechsel in Teheran sei nicht beabsichtigt gewesen. Caine betonte, nach ersten Einschätzungen des Generalstabs seien die Schäden schwer.",["Hegseth=pete-hegseth","US=united-states","Donald Trump=donald-trump","Caine=dan-caine"]],
  ["Meir Cohen sagte, die Armee habe Fehler gemacht. Foto: Amir Cohen/Reuters",["Meir Cohen=meir-cohen","Reuters=reuters"]],
  ["Dem israelischen Armeeradio zufolge werden elf Gefangene freigelassen. Bulgarische Marine meldete nichts.",["Armeeradio=army-radio"]],
  ["Reports from Ukraine's Main Intelligence Directorate indicate plans. Buratino worked for a network set up by Russia's Main Intelligence Directorate.",["Ukraine=ukraine","Main Intelligence Directorate=hur","Russia=russia","Main Intelligence Directorate=gru"]],
  ["Russia's defence ministry said 25 drones were downed over Moscow, Leningrad, Belgorod, Kursk, Bryansk, Tula and Oryol regions overnight. Local officials reported attacks on a slew of energy facilities in the south and the east. \"An attempt to attack was stopped,\" the defence ministry said. Ukraine denied it, and later the defence ministry said more.",["Russia=russia","defence ministry=russian-defence-ministry","defence ministry=russian-defence-ministry","Ukraine=ukraine"]],
  // A building named after a body is no mention of it; a school only where the body is not named in full.
  ["Born in Pavlodar (now Kazakhstan), he graduated from the Engineering Institute of the Armed Forces. He prayed in the Main Cathedral of the Russian Armed Forces; the Russian Armed Forces hailed him.",["Kazakhstan=kazakhstan","Russian Armed Forces=russian-armed-forces"]],
  // Bodies listed before the state they share are that state's, not the one in context.
  ["Russland droht. Das Finanzministerium, das Außenministerium und das Wirtschaftsministerium der Schweiz haben neue Strafmaßnahmen angeordnet.",["Russland=russia","Schweiz=switzerland"]],
  // A merchant ship named after a place is no mention of the place.
  ["The Houthis hailed the container ship M/V Maersk Gibraltar off Yemen.",["Houthis=houthis","Maersk=maersk","Yemen=yemen"]],
  // A body followed by another state's name, or by a body of another state's, is not the one its cues vouch for.
  ["He graduated from the Military Academy of the General Staff of the Armed Forces of Belarus in 2005. Iran's Bagheri was chief of the General Staff of the Armed Forces.",["Armed Forces of Belarus=belarusian-armed-forces","Iran=iran","General Staff of the Armed Forces=iran-armed-forces-general-staff"]],
  // The New York Times dots an acronym's letters; two dotted letters stay a person's initials.
  ["Officials of the F.S.B. and the C.I.A. met the I.A.E.A. inspectors, J.D. Vance said.",["F.S.B.=fsb","C.I.A.=cia","I.A.E.A.=iaea","J.D. Vance=jd-vance"]],
  // "Ariel" is a given name as often as a surname: no bare Ariel for Uri Ariel (it is a settlement too).
  ["Yehuda Glick und Uri Ariel besuchten den Tempelberg. Die Siedlungen Jizhar, Itamar und Ariel wuchsen.",["Yehuda Glick=yehuda-glick","Uri Ariel=uri-ariel"]],
  // An office before a word that is also a group's guarded name may be the group's office.
  ["Lieutenant General Vladimir Alekseyev told PMC Chief Wagner, Yevgeny Prigozhin, to stop.",["Vladimir Alekseyev=vladimir-alekseyev","Wagner=wagner-group","Yevgeny Prigozhin=yevgeny-prigozhin"]],
  // A patronymic the listed name lacks; a guarded name reaching further does not take a name found outright.
  ["OFAC has also listed Boris Viktorovich Obnosov. Vadim Shamarin, a deputy chief of the Russian Armed Forces' General Staff, was held.",["OFAC=ofac","Boris Viktorovich Obnosov=boris-obnosov","Vadim Shamarin=vadim-shamarin","Russian Armed Forces=russian-armed-forces","General Staff=russian-general-staff"]],
  // "St." begins a name: no sentence ends there.
  ["Nabiullina spoke at the St. Petersburg International Economic Forum in June.",["Nabiullina=elvira-nabiullina","St. Petersburg International Economic Forum=spief"]],
  // A body's first word before "and" and another's name is its own name too; "military" before what it describes names no force.
  ["Russia has overseen the self-proclaimed Donetsk and Luhansk People's Republics. Tehran threatened American, British and French military installations.",["Russia=russia","Donetsk=donetsk-peoples-republic","Luhansk People's Republics=luhansk-peoples-republic"]],
  ["Environmental,\nTechnological and Nuclear Supervision. The Foreign,\nCommonwealth and Development Office.",["Commonwealth and Development Office=uk-foreign-office"]],
  // A name's word in capitals may be written "Nato" in the text, never all in lower case: "des Geheimdienstes mit" is no MIT.
  ["Die Einheit 840 ist nach Angaben des Militärs und des Geheimdienstes mit Entführungen beauftragt. Erdoğan lobte den Geheimdienst MIT und das Unterstützungskommando der Nato in Ulm.",["Einheit 840=unit-840","Erdoğan=recep-tayyip-erdogan","Geheimdienst MIT=mit-turkey","Unterstützungskommando der Nato in Ulm=jsec-ulm"]],
  // Another state's adjective after the state named last says whose a bare body is: Austria's, in an Austrian outlet.
  ["Angaben aus Katar, nach denen sich auch eine Frau mit österreichischer Staatsbürgerschaft unter den Freigelassenen befindet, wurden vom Außenministerium nicht bestätigt.",["Katar=qatar","Außenministerium=austrian-foreign-ministry"]],
  ["An Israeli strike killed a senior field commander in the Lebanese military group Hezbollah. The Lebanese military said it had deployed.",["Hezbollah=hezbollah","Lebanese military=lebanese-armed-forces"]],
  // A firm's name after a state's possessive is a name, not a sector written small.
  ["Efforts are underway to bolster Ukraine's defense industry, Russia's defence ministry said.",["Ukraine=ukraine","Russia=russia","defence ministry=russian-defence-ministry"]],
  // A German noun for an outlet before its name's lower-case Arabic article; another Arabic name's rest stays out.
  ["Einem Bericht der kuwaitischen Zeitung al-Qabas zufolge, sagte die libanesische Zeitung al-Akhbar.",["al-Qabas=al-qabas","al-Akhbar=al-akhbar-lebanon"]],
  // A weapon's guarded name before its own cue word is the weapon, after a person of that surname too.
  ["Baykar owner Haluk Bayraktar said. It is about Bayraktar drones. Bayraktar added that they sell well.",["Baykar=baykar","Haluk Bayraktar=haluk-bayraktar","Bayraktar=bayraktar-tb2","Bayraktar=haluk-bayraktar"]],
  // A state's body in one short word counts again capitalised in English, not in German, where every noun is.
  ["Lebanon's army deployed south of the Litani. The Army said its plan was progressing. Israels Armee griff an. Die Armee teilte mit.",["Lebanon=lebanon","army=lebanese-armed-forces","Army=lebanese-armed-forces","Israels=israel","Armee=idf"]],
  // A capital's possessive says whose a body is, as the state's does.
  ["Kyiv's military intelligence chief Kyrylo Budanov said Moscow's defence ministry lied; Tehran's foreign ministry agreed.",["military intelligence=hur","Kyrylo Budanov=kyrylo-budanov","defence ministry=russian-defence-ministry","foreign ministry=iranian-foreign-ministry"]],
  // A surname alone before "family" (or after "Familie") names a family, not the person.
  ["Bashar al-Assad fled. The Assad family had ruled Syria since 1971; die Familie Assad gehört den Alawiten an. Assad lives in Moscow.",["Bashar al-Assad=bashar-al-assad","Syria=syria","Assad=bashar-al-assad"]],
  ["Kiews Streitkräfte hielten die Stellung, und Teherans Außenministerium protestierte gegen die Angriffe.",["Streitkräfte=ukrainian-armed-forces","Außenministerium=iranian-foreign-ministry"]],
  // A name's last word with an ending that makes it a state's adjective is the adjective.
  ["With Russian and Iranian support, the government of Syrian President Bashar al-Assad has clawed back territory.",["government=syrian-government","Bashar al-Assad=bashar-al-assad"]],
  // A state's name inside a water's or a mountain's is no mention of the state.
  ["The IRGC seized a tanker in the Gulf of Oman; families fled towards Beirut and Mount Lebanon. Oman condemned it.",["IRGC=irgc","Oman=oman"]],
  ["Israel griff an. Ein Sprecher des Außenministeriums von Katar schrieb, die Gespräche gingen weiter.",["Israel=israel","Außenministeriums=qatari-foreign-ministry","Katar=qatar"]],
  // A weapon named after a person is the person after an office or a word for a person.
  ["Der Zerstörer Choe Hyon feuerte Raketen ab. Kim Jong Un legte an der Gedenktafel für den Kämpfer Choe Hyon Blumen nieder.",["Zerstörer Choe Hyon=choe-hyon-destroyer","Kim Jong Un=kim-jong-un"]],
  // A shared surname is the person named last by that word, not one named since by another name.
  ["Beim Besuch des Machthabers Kim Jong-un in Peking stand seine Tochter Ju-ae im Mittelpunkt. Auf den Fotos war Ju-ae unmittelbar hinter Kim zu sehen.",["Kim Jong-un=kim-jong-un","Ju-ae=kim-ju-ae","Ju-ae=kim-ju-ae","Kim=kim-jong-un"]],
  // Another's possessive before a state's body says it is not the body of the state in context.
  ["Syria's foreign minister Asaad al-Shaibani met Abkhaz officials in Damascus. While Abkhazia's Foreign Ministry issued a statement, the Syrian Foreign Ministry did not.",["Syria=syria","Asaad al-Shaibani=asaad-al-shaibani","Abkhazia=abkhazia","Syrian Foreign Ministry=syrian-foreign-ministry"]],
  // A bare body is the state's whose forces the sentence cites after it.
  ["Israel griff den vom Iran unterstützten Huthi-Hafen an. Die Luftwaffe griff nach israelischen Armeeangaben Infrastruktur der Huthi an.",["Israel=israel","Iran=iran","Huthi=houthis","Luftwaffe=israeli-air-force","Huthi=houthis"]],
  ["Iran fired missiles. The Air Force struck launchers, according to the Israeli army.",["Iran=iran","Air Force=israeli-air-force","Israeli army=idf"]],
  // A shared or common surname before any full name counts where a body of its one person is
  // named in the paragraph (an excerpt whose article named the person above it); not as a noun.
  ["Kassem hatte die Regierung vor einem Krieg gewarnt. Die Armee soll die Hisbollah bis Jahresende entwaffnen.",["Kassem=naim-qassem","Hisbollah=hezbollah"]],
  ["SDF Commander Abdi commits to political integration with Damascus.",["SDF=sdf","Abdi=mazloum-abdi"]],
  ["„Meine Mutter ist endlich zu Hause“, sagte ihre Tochter nach Angaben von Amnesty.",["Amnesty=amnesty-international"]],
  // A state's name after an airline's "Air" is the airline's.
  ["Air Tanzania and Air Mauritius suspended flights to Tel Aviv, Israel's airports authority said.",["Israel=israel","airports authority=israel-airports-authority"]],
  // Nor the one named only in an apposition to another's name.
  ["Kim Yo Jong, the powerful sister of leader Kim Jong Un, issued a statement. Kim said Seoul would pay.",["Kim Yo Jong=kim-yo-jong","Kim Jong Un=kim-jong-un","Kim=kim-yo-jong"]],
  ["Kim Jong Un, begleitet von seiner Tochter Kim Ju Ae, besuchte eine Fabrik. Die Produktion müsse steigen, sagte Kim.",["Kim Jong Un=kim-jong-un","Kim Ju Ae=kim-ju-ae","Kim=kim-jong-un"]],
  ["Kim Yo-jong, die Schwester von Machthaber Kim Jong-un, warnte Seoul. Nach weiteren Worten Kims sei der Zeitpunkt überschritten. Kims Stellungnahme ist die erste Reaktion.",["Kim Yo-jong=kim-yo-jong","Kim Jong-un=kim-jong-un","Kims=kim-yo-jong","Kims=kim-yo-jong"]],
  // A Korean family name before a given name of two syllables is another person's full name.
  ["Kim Jong Un spoke. Pak Su Il, the army chief, stood by; Pak Myong Su and Kim Myong Chol visited.",["Kim Jong Un=kim-jong-un","Pak Su Il=pak-su-il"]],
  // A quote opened after a compound's hyphen: the quoted part is the mention.
  ["Kalesnikawa sagte in den ARD-»Tagesthemen« am Sonntagabend, sie sei frei.",["Kalesnikawa=maria-kalesnikava","Tagesthemen=tagesthemen"]],
  // A state named as the far side of a border does not own the bare body named next.
  ["Polen meldete Drohnen. In einem polnischen Dorf nahe der Grenze zu Belarus fand man Trümmer. Das Verteidigungsministerium kündigte an, Drohnen abzuschießen.",["Polen=poland","Belarus=belarus","Verteidigungsministerium=polish-defence-ministry"]],
  // A father's name between a person's given name and surname, as Arabic reporting inserts it.
  ["Hamas leader Yahya Ibrahim Sinwar was killed in Rafah; Hezbollah's Hassan Abdel Nasrallah had been killed in Beirut.",["Hamas=hamas","Yahya Ibrahim Sinwar=yahya-sinwar","Hezbollah=hezbollah","Hassan Abdel Nasrallah=hassan-nasrallah"]],
  // Nor the one named only as another's kin.
  ["Der Angriff galt Mohammed al-Sinwar. Er ist der Bruder des getöteten Hamas-Chefs Jihia al-Sinwar. Ob al-Sinwar sich unter ihnen befand, blieb offen.",["Mohammed al-Sinwar=mohammed-sinwar","Hamas=hamas","Jihia al-Sinwar=yahya-sinwar","al-Sinwar=mohammed-sinwar"]],
  // An acronym confirmed a little later in the text counts before too.
  ["The JCS said the missile traveled 470 km towards the Sea of Japan, according to the JCS.\nThe JCS added that it is monitoring the situation. According to South Korean media, JCS Chairman General Won In-choul held a video conference.",["JCS=south-korea-jcs","JCS=south-korea-jcs","JCS=south-korea-jcs","JCS=south-korea-jcs","Won In-choul=won-in-choul"]],
  // A bare body far from its state's name is that state's where the text has named no other.
  ["Ukraine's Defense Procurement Agency (DPA) was set up to buy arms. Its supervisory board was dissolved, critics said, because the minister wanted loyal members on it, and the reform of defense procurement, which had been praised by partners and auditors for two years, stalled again. Radina also highlighted the failure to fulfill contracts concluded by the Ministry of Defense in 2022.",["Ukraine=ukraine","Defense Procurement Agency=defence-procurement-agency-ukraine","DPA=defence-procurement-agency-ukraine","Ministry of Defense=ukrainian-defence-ministry"]],
  // In German too, where the text has named one state only; not once another is named.
  ["Israels Armee meldete neue Angriffe im Gazastreifen. Die Angaben der Armee ließen sich nicht unabhängig überprüfen.",["Israels=israel","Armee=idf","Armee=idf"]],
  ["Israels Armee griff an. Im Libanon hieß es, die Armee sei in Alarmbereitschaft.",["Israels=israel","Armee=idf","Libanon=lebanon"]],
  // A name glued by a dot (a web address) is no name where the text spaces its words.
  ["Das sagte er Sky News am Dienstag. Das berichtete NK News am Montag, News.am am Mittwoch.",["Sky News=sky-news","NK News=nk-news","News.am=news-am"]],
  // An envoy's state is the guest: the ministry they are summoned to is the host's.
  ["Unterdessen zitierte der Iran erneut den deutschen und den britischen Botschafter ins Außenministerium.",["Iran=iran","Außenministerium=iranian-foreign-ministry"]],
  ["Die deutsche Außenministerin ließ den Geschäftsträger der iranischen Botschaft ins Außenministerium zitieren.",["Außenministerium=auswaertiges-amt"]],
  // "des Landes" says whose a bare body is, as "the country's" does.
  ["Israel meldete Angriffe. Das Verteidigungsministerium des Landes teilte mit, die Armee des Landes sei bereit.",["Israel=israel","Verteidigungsministerium=israeli-defence-ministry","Armee=idf"]],
  ["Russland griff an. Sanktionen treffen die VTB Bank, nicht jedoch die größte Bank des Landes, Sberbank.",["Russland=russia","VTB Bank=vtb","Sberbank=sberbank"]],
  // A weapon's short name after a number counts before "zur", "for", "of" too.
  ["Laut der Firma stünden noch 60 »Marder« zur Verfügung, die aufbereitet werden.",["Marder=marder"]],
  // A surname listed for one person is another's after that other's full name, unless the two are kin.
  ["Maksym Horbatiuk, an officer of the state firm, was charged. On 13 June, the HACC arrested Horbatiuk.",["Maksym Horbatiuk=maksym-horbatiuk","HACC=high-anti-corruption-court","Horbatiuk=maksym-horbatiuk"]],
  ["Bashar al-Assad succeeded his father Hafez al-Assad in 2000. Assad oversaw the war.",["Bashar al-Assad=bashar-al-assad","Hafez al-Assad=hafez-al-assad","Assad=bashar-al-assad"]],
  // A short form right after a word for kin counts where a relative of its person was named.
  ["Wer Chamenei nachfolgen könnte, ist unklar. Immer wieder war dessen Sohn Modschtaba genannt worden.",["Chamenei=ali-khamenei","Modschtaba=mojtaba-khamenei"]],
  // A state's name that begins a place's is the place's.
  ["Israel killed 20 Palestinians at Kuwait Roundabout in Gaza City.",["Israel=israel"]],
  // A guarded body counts after a person of its state named earlier in the sentence.
  ["President Yoon Suk Yeol warned Thursday that North Korea \"will certainly pay\" for its \"reckless provocations\" at a morning National Security Council (NSC) meeting.",["Yoon Suk Yeol=yoon-suk-yeol","North Korea=north-korea","National Security Council=south-korean-national-security-council","NSC=south-korean-national-security-council"]],
  // A bare body before a rank or an office and a person: the person's state's.
  ["Kim Jong-un met the delegation. The visit came as Security Council Secretary Sergei Shoigu arrived, and Russia appointed Air Force General Sergei Surovikin. Army General Valery Gerasimov stayed.",["Kim Jong-un=kim-jong-un","Security Council=russian-security-council","Sergei Shoigu=sergei-shoigu","Russia=russia","Air Force=russian-aerospace-forces","Sergei Surovikin=sergei-surovikin","Valery Gerasimov=valery-gerasimov"]],
  // The members of a list before the last take its head noun too.
  ["Angriffe der ukrainischen 25. Luftsturmbrigade sowie der 14., 32. und 67. mechanisierten Brigaden wurden abgewehrt.",["25. Luftsturmbrigade=ua-25th-airborne-brigade","14.=ua-14th-mechanized-brigade","32.=ua-32nd-mechanized-brigade","67. mechanisierten Brigaden=ua-67th-mechanized-brigade"]],
  // A plant listed as "Raffinerie X" is also "die Raffinerie von X".
  ["In der Nacht lösten Drohnen einen Brand in der Raffinerie von Rjasan aus. Getroffen wurde auch die Ölraffinerie von Nowoschachtinsk.",["Raffinerie von Rjasan=ryazan-refinery","Ölraffinerie von Nowoschachtinsk=novoshakhtinsk-refinery"]],
  // A model after "und" that the family's name takes in place of its last word.
  ["Deutschland lieferte je sechs Flugabwehrsystemen IRIS-T SLM und SLS.",["Deutschland=germany","IRIS-T SLM=iris-t-slm","SLS=iris-t-sls"]],
  // A shared surname is not the one person named so far only by a name without it.
  ["Laut KCNA besuchte Kim gemeinsam mit seiner Tochter Ju Ae die Startrampe.\n\nKim kritisiert den Westen",["KCNA=kcna","Ju Ae=kim-ju-ae"]],
  // A rank's abbreviation ends no sentence: the cue stands in the same one.
  ["The Ukrainians struggle with depleted ammunition. Joint Chiefs of Staff Gen. Mark Milley joined Secretary Austin in Brussels.",["Joint Chiefs of Staff=us-joint-chiefs-of-staff","Mark Milley=mark-milley","Austin=lloyd-austin"]],
  // Machine translation detaches the Arabic article's hyphen.
  ["The list included the former interior minister Muhammad Al -Shaar and the ousted President Bashar al -Assad.",["Muhammad Al -Shaar=mohammad-al-shaar","Bashar al -Assad=bashar-al-assad"]],
  // A head of government is "Regierungschef" and "Premier" too.
  ["Syriens Außenminister traf im Emirat Katar mit Regierungschef al-Thani zusammen.",["Syriens=syria","Katar=qatar","al-Thani=mohammed-bin-abdulrahman-al-thani"]],
  // A given name and surname inside another's longer name are not that person's.
  ["The council: Brigadier General Adnan Ali Yusuf, Brigadier Doctor Sami Muhammad Saleh, Brigadier Doctor Ghassan Ali Darwish.",[]],
  // A person's name goes on with capitals, but for particles.
  ["Aus der SPD kamen Forderungen, die Rüstungsexporte nach Israel ganz einzustellen. Izz ad-Din Haddad und Chairman Kim Jong un.",["SPD=spd","Israel=israel","Izz ad-Din Haddad=izz-al-din-al-haddad","Kim Jong un=kim-jong-un"]],
  // A state named as the recipient of exports owns no bare body named next (the German government
  // named in the sentence before vouches for Germany's).
  ["Auch die neue Bundesregierung hat Rüstungsexporte nach Israel genehmigt. Das geht aus der Antwort des Wirtschaftsministeriums hervor.",["Bundesregierung=bundesregierung","Israel=israel","Wirtschaftsministeriums=bundeswirtschaftsministerium"]],
  // An office before a body's short name names no body: it names the one person who holds it.
  ["Die mit der Überprüfung von Spitzenpositionen beauftragte Kommission habe den Kandidaten bestätigt.",[]],
  // An article before a shared surname is a compound's, not a noun's.
  ["Nordkoreas Machthaber Kim Jong Un hat erneut Raketen testen lassen. Das Kim-Regime droht mit Vergeltung.",["Nordkoreas=north-korea","Kim Jong Un=kim-jong-un","Kim=kim-jong-un"]],
  // The first half of an elliptic compound names what the whole compound would.
  ["Die Luft- und Seestreitkräfte der Ukraine griffen an. Die Beziehungen zwischen Nord- und Südkorea sind schlecht. Russland: Das Außen- und das Verteidigungsministerium in Moskau schwiegen.",["Luft-=ukrainian-air-force","Seestreitkräfte der Ukraine=ukrainian-navy","Nord-=north-korea","Südkorea=south-korea","Russland=russia","Außen-=russian-foreign-ministry","Verteidigungsministerium in Moskau=russian-defence-ministry"]],
  // A genitive after "des" takes either ending: "des Gebiets", "des Gebietes".
  ["Der Leiter der Militärverwaltung des Gebietes Kiew sprach mit der Hauptverwaltung des Generalstabes.",["Militärverwaltung des Gebietes Kiew=kyiv-regional-military-administration","Hauptverwaltung des Generalstabes=gru"]],
  // Two bodies sharing a plural head are each the singular after the same words.
  ["The Observatory alleged that Syrian defence and interior ministries personnel carried out killings. The Russian Defence and Foreign Ministries declined to comment.",["Syrian defence=syrian-defence-ministry","interior ministries=syrian-interior-ministry","Russian Defence=russian-defence-ministry","Foreign Ministries=russian-foreign-ministry"]],
  ["Naval assets of all five of Russia's fleets — the Northern, Pacific, Baltic, and Black Sea fleets and the Caspian Flotilla — took part.",["Russia=russia","Northern=northern-fleet","Pacific=pacific-fleet","Baltic=baltic-fleet","Black Sea fleets=black-sea-fleet","Caspian Flotilla=caspian-flotilla"]],
  // A state's adjective and common nouns in the plural are a kind of body; a named body's plural is the body.
  ["The FSB accused them of taking orders from Ukrainian security services. What are Iran's Quds forces?",["FSB=fsb","Iran=iran","Quds forces=quds-force"]],
  // A surname shared by several persons listed together may be any of them.
  ["The families of Megumi Yokota, Sakie Yokota and Takuya Yokota met the president. Yokota said she hoped to see her daughter.",["Megumi Yokota=megumi-yokota","Sakie Yokota=sakie-yokota","Takuya Yokota=takuya-yokota"]],
  // A surname named before any full name, beside its person's group, is no one's before another capitalised name.
  ["Die Huthi-Miliz griff an. Abdulsalam sagte, man werde weitermachen. Ansarallah. Abdulsalam Falita.",["Huthi=houthis","Abdulsalam=mohammed-abdulsalam","Ansarallah=houthis"]],
  // A guarded body's cue may stand in the sentence before, in the same paragraph.
  ["North Korea launched a medium-range ballistic missile into the Sea of Japan from the vicinity of Pyongyang this morning. The Joint Chiefs of Staff announced they detected the missile.",["North Korea=north-korea","medium-range ballistic missile=intermediate-range-missile","Joint Chiefs of Staff=south-korea-jcs"]],
  // The state named right before a possessive owns the bare body after it.
  ["Nach Angaben der ukrainischen Luftwaffe griffen russische Drohnen an. Daraufhin versetzte das benachbarte Polen seine Luftwaffe in Bereitschaft.",["ukrainischen Luftwaffe=ukrainian-air-force","Polen=poland","Luftwaffe=polish-air-force"]],
  // A state's name inside a water's is no mention of the state.
  ["Ende April hatten die Revolutionsgarden im Golf von Oman das Tankschiff beschlagnahmt.",["Revolutionsgarden=irgc"]],
  // A quoted letter that ends a unit's name is its designator: the whole name, with its quotes.
  ['The head of the Special Operations Center "A" Yevhen Khmara said so. Die ARD-»Tagesthemen« berichteten.', ['Special Operations Center "A"=sbu-alpha', 'Yevhen Khmara=yevhenii-khmara', 'Tagesthemen=tagesthemen']],
  // An acronym a text defines from its name's word beginnings names that body there and after.
  ['Laut der Informationsstelle Militarisierung (IMI) liefert IMI Systems Munition. Die IMI kritisierte das.', ['Informationsstelle Militarisierung=informationsstelle-militarisierung', 'IMI=informationsstelle-militarisierung', 'IMI Systems=imi-systems', 'IMI=informationsstelle-militarisierung']],
];

describe('news phrasings', () => {
  it.each(PHRASINGS)('%s', (sentence, expected) => {
    expect(annotate(sentence).map((m) => `${m.text}=${m.id}`)).toEqual(expected);
  });
});
