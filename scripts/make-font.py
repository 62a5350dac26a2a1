#!/usr/bin/env python3
"""Builds assets/fonts/NotoSansCJKsc-sifa.otf, the PDF font that ships inside sifa-desk.

It is a subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1) holding:
  - printable ASCII;
  - every character of GB2312: all of levels 1 and 2 (6,763 hanzi) and rows 1-9
    (punctuation, digits, Latin, Greek, Cyrillic, kana, box drawing, full-width forms);
  - the rest of the full-width block (U+FF01-U+FF5E) and a few general punctuation marks;
  - COMMON_CHARS below: the characters of levels 1 and 2 of 通用规范汉字表 that GB2312 lacks;
  - NAME_CHARS below: characters of personal names and place names that GB2312 lacks (from
    level 3 of 通用规范汉字表 and from GB 18030), e.g. 喆 堃 昇 淼 焱 犇 珺 翀 赟 镕 䶮;
  - every non-ASCII character in src/ (the program's own texts).

Needs Debian's fonts-noto-cjk and fontTools (pip install fonttools). Run from the repository
root:  python3 scripts/make-font.py
"""
import pathlib
import subprocess
import sys

SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FACE = 2  # Noto Sans CJK SC in Debian's collection
ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "assets/fonts/NotoSansCJKsc-sifa.otf"

# The characters of levels 1 and 2 of 通用规范汉字表 (the 6,500 common ones) that GB2312 lacks,
# but for three beyond U+FFFF.
COMMON_CHARS = """
啰瞭乂丏夬匜厾玕玙抔抃㧐芼旸吽牤沚沨纴玡玭玠玥玦拤劼拃㧟茓茀杻旻昉呣䏝炘㤘祎祇垱
挦剋柈眊峣郤饸饹疭竑闿羑浕恓牁姮珰珣琤栟彧眬鸮䥽盉俵俶訚烜浥牂骎琇捯埵捽堉棻梿棁
晞唵崚秾鸻馃阇焗惇郿欸琫琯揳塆靰靸椪雱睄嗞嵖嵎铻媭鲀颎焜湜湲湉愔祾翚瑄蒟楯跶跐嗐
锜鹐亶瘆滫滃滪窣璈叆摽榖靺靿僰豨䁖嘡嘚箓魆粿熥嫚奭鋆瞋颙踒熜潟褟璟璠璘縠嚄螠䦃镚
镠膙獴赟澥窸璪鞡鞬罽鳀鞨鞧藠蹚鹮霨蹽蹾齁㸆巉镴臜瓘镵齉
"""

# Characters of given names, surnames and place names that GB2312 lacks: picked by hand from
# level 3 of 通用规范汉字表 and from GB 18030, grouped loosely by radical. Characters that are
# in GB2312 after all, or that the font lacks, are dropped (and counted) below.
NAME_CHARS = """卬伋氾芃邨汋䜣孖玒玓玘玚杕旴旵冏伾佖飏汧沄
沘汭沇忺妧妘纮玤玞玱邽坰茋苧苾枍旿昇昄昒昈岨侁侹佺佽侘郃攽肸
忞炆泙沺泂泜弢陎妭姈玶珇珅珋玹珌玿垚垟柷柊栐柖䶮
昺昽昳昣昤昫昡昪峘钘俍垕衎朏祐炟洭洸洑洺洨洴恔宬陞娀姞姱
骃骉珪珛珹玼珖珽珦珫珒珢珕珝莙栻栴梴砠翃晅晊甡
倞倓倧虓勍烔烶浡浭浬浛浲宧扆翀翂骍琎珸珵琄琀珺晢掞
菂菼梽桯硚晙崟偲鸼庱
竫堃羕焆烺焌淏淜淯悰惔谞婞婼媖婳婍婫婤絜珷琲琡琟琔琭喆葴萩
棽棫椀甦皕睎晫晪晱畯喤嵚翙犇颋筜翛
溁湝渟渼湣愐愃媞媓媄瑃瑓瑅瑆瑖瑝瑔瑀瑳瑂瑑蒨楒楙
暕鹍锳煁煃煴煋煟煓溍滉滘慥
禋禔嫄媱瑧瑨瑱瑢漴漼禛嫕璆暲暶镕皞皛潾潏澂
憕禤嫽遹璥璲璒憙橦曌曈燊燚燏澪嬛翯璱璬璮簃翾嬿爔瓖

喆堃昇淼焱犇珺琍瑄玥祎禛翀芃荦赟镕陞靓颀媖燚垚淏晞
旻旸昀昉昶晧晢晳暐暎暻暲曈曌旼旿昺晅晙晛晫晸暘曦
炅炘烜焜煊熠燊燏燨爔炟炤烔焯煐煚熇燠焘焌煴熤
珏珂珈珉珩珮珣琇琤琚琭瑗瑀瑢瑨瑱璁璘璠璩瓅玙玢玹珅珞珧琎琀琯璎
玠珙珵琊琡瑒玏瑷瑾璟璿瓒琰琮琬瑛
婕嫣嬿娴姝娉婵嫱嫚嬛妤妘姞姮娈媞媱嫄嫕嫘婍嫈孖媛
彧弢昱
洺浛浠湉溱滢漪潆澍濛灏沄汧沨泷洳浈涞淯渟湜滟漴濯瀛
泱洹浔涔淞渼溆滘漭澴
梓樾槿栩柘柠楷樨杺栎栢梽棣楦榛槊枏柽栻桠梃棨椤楙樯橦檠
芮苒荞莘萱蓓芷苡荇莳菁萁葳蓁蕊薏蘅芊苓荻菡萏蒨蔻苾茀荃莜菀萩葆蒽蓥蕤薜
钰铎铖锟锴锘钤钲铄铠锜锳锶镛铫镗錾銮
翊翎翙翚翯翾
骅骐骥骢骎骊
鹍鹓鹮
颢颙颋颉頔
赉贇
熹煦
懿恺惟愫慜忞怿恪悰惇愔慥憬
韬韫韡韪
祺祯祐祚禧祉
桢钜凇
俣俍倢偲傢儇
甯甡
皞皛
砚
筠箐箬篪簃
綦絜
绮缇缜缙
羿耘胤臻
谌谞
轶逖遹邈
郗郅郯鄞酆
阚阆闿隰
霏霁霈雯雱
馥骁鲲麒黛鼐龑
勍喾亶垕堉塽墉奭宬寯峣崧嵘戬扆朏杲歆毓牮犴猷甦畯盺眭睎睢竑竤秾粲
虓蚨衎訸詝豳赑
逄禤訾亓仝鄘冼
飏飒
犇骉羴猋
䶮
"""

chars = {chr(c) for c in range(0x20, 0x7F)}
gb2312 = set()
for hi in range(0xA1, 0xF8):  # rows 1-87: symbols (1-9), level 1 (16-55), level 2 (56-87)
    for lo in range(0xA1, 0xFF):
        try:
            gb2312.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
chars |= gb2312
# The same symbol rows as GBK decodes them (a few code points differ, and GBK adds small roman
# numerals, pinyin letters and vertical forms there).
for hi in range(0xA1, 0xAA):
    for lo in range(0xA1, 0xFF):
        try:
            c = bytes([hi, lo]).decode("gbk")
        except UnicodeDecodeError:
            continue
        if not 0xE000 <= ord(c) <= 0xF8FF:
            chars.add(c)
chars |= {chr(c) for c in range(0xFF01, 0xFF5F)}  # all full-width ASCII forms
chars |= set("–—‘’“”…‰※€·•")
names = {c for c in NAME_CHARS + COMMON_CHARS if not c.isspace()}
already = names & gb2312
names -= gb2312
chars |= names
for path in sorted((ROOT / "src").rglob("*.rs")):
    chars.update(c for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F)

from fontTools.ttLib import TTFont  # noqa: E402

cmap = TTFont(str(SOURCE), fontNumber=FACE).getBestCmap()
missing = sorted(c for c in chars if ord(c) not in cmap and not c.isspace())
chars = {c for c in chars if ord(c) in cmap}
text = "".join(sorted(chars))
OUT.parent.mkdir(parents=True, exist_ok=True)
subprocess.run(
    [
        sys.executable, "-m", "fontTools.subset", str(SOURCE),
        f"--font-number={FACE}",
        f"--text={text}",
        f"--output-file={OUT}",
        "--layout-features=",
        "--name-IDs=*",
        "--notdef-outline",
    ],
    check=True,
)
hanzi = sum(1 for c in chars if "\u3400" <= c <= "\u9fff")
print(f"{OUT.relative_to(ROOT)}: {len(chars)} characters ({hanzi} hanzi, of which "
      f"{len(names)} outside GB2312), {OUT.stat().st_size} bytes")
print(f"name list entries already in GB2312 (harmless): {len(already)}")
if missing:
    print(f"not in the source font, left out: {''.join(missing)}")
