// Package unicode as Go 1.27 declares it, for gosub. Functions without a
// body are native (src/stdlib): the classification and case mapping of
// single runes. The others, and the range tables below (generated from Go
// 1.27's Unicode 17.0.0 data, a subset of Go's tables: the general
// categories but Cn, some scripts and some properties), are Go interpreted
// like user code.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "17.0.0"

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// If the Delta field of a CaseRange is UpperLower, it means this CaseRange
// represents a sequence of the form (say) Upper Lower Upper Lower.
const UpperLower = MaxRune + 1 // (Cannot be a valid delta.)

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set. The ranges are listed in two slices to save
// space: a slice of 16-bit ranges and a slice of 32-bit ranges. The two
// slices must be in sorted order and non-overlapping. Also, R32 should
// contain only values >= 0x10000 (1<<16).
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int // number of entries in R16 with Hi <= MaxLatin1
}

// Range16 represents of a range of 16-bit Unicode code points. The range
// runs from Lo to Hi inclusive and has the specified stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points and is used when one
// or more of the values will not fit in 16 bits. The range runs from Lo to
// Hi inclusive and has the specified stride. Lo and Hi must always be >=
// 1<<16.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange represents a range of Unicode code points for simple (one code
// point to one code point) case conversion. The range runs from Lo to Hi
// inclusive, with a fixed stride of 1. Deltas are the number to add to the
// code point to reach the code point for a different case for that
// character. They may be negative. If zero, it means the character is in the
// corresponding case. There is a special case representing sequences of
// alternating corresponding Upper and Lower pairs. It appears with a fixed
// Delta of
//
//	{UpperLower, UpperLower, UpperLower}
//
// The constant UpperLower has an otherwise impossible delta value.
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// SpecialCase represents language-specific case mappings such as Turkish.
// Methods of SpecialCase customize (by overriding) the standard mappings.
type SpecialCase []CaseRange

type d [MaxCase]rune // to make the CaseRanges text shorter

func is16(ranges []Range16, r uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := ranges[m]
		if r < rg.Lo {
			hi = m
		} else if r > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (r-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// loadTable fills in the ranges of one of this package's tables on its
// first use: they are kept as text until then, which keeps the start-up of
// every program that imports unicode cheap. (A table's R16 and R32 read
// directly before any Is/In call on it are therefore empty.)
func loadTable(t *RangeTable) {
	data, ok := tableData[t]
	if !ok {
		return
	}
	delete(tableData, t)
	var r16 []Range16
	var r32 []Range32
	latin := 0
	for i := 0; i < len(data); {
		var v [3]uint32
		v[2] = 1
		k := 0
		for ; i < len(data); i++ {
			c := data[i]
			switch {
			case '0' <= c && c <= '9':
				v[k] = v[k]<<4 | uint32(c-'0')
				continue
			case 'a' <= c && c <= 'f':
				v[k] = v[k]<<4 | uint32(c-'a'+10)
				continue
			case c == '-':
				k = 1
				v[1] = 0
				continue
			case c == ':':
				k = 2
				v[2] = 0
				continue
			}
			break
		}
		i++ // the comma
		lo, hi, stride := v[0], v[1], v[2]
		if hi < lo {
			hi = lo
		}
		if hi <= 0xFFFF {
			r16 = append(r16, Range16{uint16(lo), uint16(hi), uint16(stride)})
			if hi <= MaxLatin1 {
				latin++
			}
		} else {
			r32 = append(r32, Range32{lo, hi, stride})
		}
	}
	t.R16 = r16
	t.R32 = r32
	t.LatinOffset = latin
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.R16 == nil && rangeTab.R32 == nil {
		loadTable(rangeTab)
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The
// function "In" provides a nicer signature and should be used in preference
// to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func SimpleFold(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// to maps r through the case ranges caseRange; mapped reports whether a
// range covered r.
func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// An UpperLower sequence: even offsets are upper case,
				// odd ones lower case.
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// ToUpper maps the rune to upper case giving priority to the special
// mapping.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps the rune to title case giving priority to the special
// mapping.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps the rune to lower case giving priority to the special
// mapping.
func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

// TurkishCase and AzeriCase map the dotted and dotless i as Turkish and
// Azeri do.
var TurkishCase SpecialCase = _TurkishCase
var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}
var AzeriCase SpecialCase = _TurkishCase

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{
	L, M, N, P, S, Zs,
}

// PrintRanges defines the set of printable characters according to Go.
// ASCII space, U+0020, is handled separately.
var PrintRanges = []*RangeTable{
	L, M, N, P, S,
}

// The tables: general categories (Cn, the unassigned code points, is left
// out), and a subset of Go's scripts and properties.
var (
	Cc     = _Cc // Cc is the set of Unicode characters in category Cc (Other, control).
	Cf     = _Cf // Cf is the set of Unicode characters in category Cf (Other, format).
	Co     = _Co // Co is the set of Unicode characters in category Co (Other, private use).
	Cs     = _Cs // Cs is the set of Unicode characters in category Cs (Other, surrogate).
	Digit  = _Nd // Digit is the set of Unicode characters with the "decimal digit" property.
	Nd     = _Nd // Nd is the set of Unicode characters in category Nd (Number, decimal digit).
	Letter = _L  // Letter/L is the set of Unicode letters, category L.
	L      = _L
	Lm     = _Lm // Lm is the set of Unicode characters in category Lm (Letter, modifier).
	Lo     = _Lo // Lo is the set of Unicode characters in category Lo (Letter, other).
	Lower  = _Ll // Lower is the set of Unicode lower case letters.
	Ll     = _Ll // Ll is the set of Unicode characters in category Ll (Letter, lowercase).
	Mark   = _M  // Mark/M is the set of Unicode mark characters, category M.
	M      = _M
	Mc     = _Mc // Mc is the set of Unicode characters in category Mc (Mark, spacing combining).
	Me     = _Me // Me is the set of Unicode characters in category Me (Mark, enclosing).
	Mn     = _Mn // Mn is the set of Unicode characters in category Mn (Mark, nonspacing).
	Nl     = _Nl // Nl is the set of Unicode characters in category Nl (Number, letter).
	No     = _No // No is the set of Unicode characters in category No (Number, other).
	Number = _N  // Number/N is the set of Unicode number characters, category N.
	N      = _N
	Pc     = _Pc // Pc is the set of Unicode characters in category Pc (Punctuation, connector).
	Pd     = _Pd // Pd is the set of Unicode characters in category Pd (Punctuation, dash).
	Pe     = _Pe // Pe is the set of Unicode characters in category Pe (Punctuation, close).
	Pf     = _Pf // Pf is the set of Unicode characters in category Pf (Punctuation, final quote).
	Pi     = _Pi // Pi is the set of Unicode characters in category Pi (Punctuation, initial quote).
	Po     = _Po // Po is the set of Unicode characters in category Po (Punctuation, other).
	Ps     = _Ps // Ps is the set of Unicode characters in category Ps (Punctuation, open).
	Punct  = _P  // Punct/P is the set of Unicode punctuation characters, category P.
	P      = _P
	Sc     = _Sc // Sc is the set of Unicode characters in category Sc (Symbol, currency).
	Sk     = _Sk // Sk is the set of Unicode characters in category Sk (Symbol, modifier).
	Sm     = _Sm // Sm is the set of Unicode characters in category Sm (Symbol, math).
	So     = _So // So is the set of Unicode characters in category So (Symbol, other).
	Space  = _Z  // Space/Z is the set of Unicode space characters, category Z.
	Z      = _Z
	Symbol = _S // Symbol/S is the set of Unicode symbol characters, category S.
	S      = _S
	Title  = _Lt // Title is the set of Unicode title case letters.
	Lt     = _Lt // Lt is the set of Unicode characters in category Lt (Letter, titlecase).
	Upper  = _Lu // Upper is the set of Unicode upper case letters.
	Lu     = _Lu // Lu is the set of Unicode characters in category Lu (Letter, uppercase).
	Zl     = _Zl // Zl is the set of Unicode characters in category Zl (Separator, line).
	Zp     = _Zp // Zp is the set of Unicode characters in category Zp (Separator, paragraph).
	Zs     = _Zs // Zs is the set of Unicode characters in category Zs (Separator, space).
)

var (
	Arabic     = _Arabic
	Armenian   = _Armenian
	Cyrillic   = _Cyrillic
	Devanagari = _Devanagari
	Georgian   = _Georgian
	Greek      = _Greek
	Han        = _Han
	Hangul     = _Hangul
	Hebrew     = _Hebrew
	Hiragana   = _Hiragana
	Katakana   = _Katakana
	Latin      = _Latin
	Thai       = _Thai
)

var (
	ASCII_Hex_Digit = _ASCII_Hex_Digit
	Dash            = _Dash
	Hex_Digit       = _Hex_Digit
	Hyphen          = _Hyphen
	Quotation_Mark  = _Quotation_Mark
	White_Space     = _White_Space
)

// Categories is the set of Unicode category tables (here without Cn).
var Categories = map[string]*RangeTable{
	"Cc": Cc, "Cf": Cf, "Co": Co, "Cs": Cs,
	"L": L, "Ll": Ll, "Lm": Lm, "Lo": Lo, "Lt": Lt, "Lu": Lu,
	"M": M, "Mc": Mc, "Me": Me, "Mn": Mn,
	"N": N, "Nd": Nd, "Nl": Nl, "No": No,
	"P": P, "Pc": Pc, "Pd": Pd, "Pe": Pe, "Pf": Pf, "Pi": Pi, "Po": Po, "Ps": Ps,
	"S": S, "Sc": Sc, "Sk": Sk, "Sm": Sm, "So": So,
	"Z": Z, "Zl": Zl, "Zp": Zp, "Zs": Zs,
}

// Scripts is the set of Unicode script tables (here a subset of Go's).
var Scripts = map[string]*RangeTable{
	"Arabic": Arabic, "Armenian": Armenian, "Cyrillic": Cyrillic,
	"Devanagari": Devanagari, "Georgian": Georgian, "Greek": Greek,
	"Han": Han, "Hangul": Hangul, "Hebrew": Hebrew, "Hiragana": Hiragana,
	"Katakana": Katakana, "Latin": Latin, "Thai": Thai,
}

// Properties is the set of Unicode property tables (here a subset of Go's).
var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit": ASCII_Hex_Digit, "Dash": Dash, "Hex_Digit": Hex_Digit,
	"Hyphen": Hyphen, "Quotation_Mark": Quotation_Mark, "White_Space": White_Space,
}

const _CcData = "0-1f,7f-9f"

const _CfData = "ad-600:553,601-605,61c-6dd:c1,70f-890:181,891-8e2:51,180e-200b:7fd,200c-200f,202a-202e,2060-2064,2066-206f,feff-fff9:fa,fffa-fffb,110bd-110cd:10,13430-1343f,1bca0-1bca3,1d173-1d17a,e0001-e0020:1f,e0021-e007f"

const _CoData = "e000-f8ff,f0000-ffffd,100000-10fffd"

const _CsData = "d800-dfff"

const _LData = "41-5a,61-7a,aa-b5:b,ba-c0:6,c1-d6,d8-f6,f8-2c1,2c6-2d1,2e0-2e4,2ec-2ee:2,370-374,376-377,37a-37d,37f-386:7,388-38a,38c-38e:2,38f-3a1,3a3-3f5,3f7-481,48a-52f,531-556,559-560:7,561-588,5d0-5ea,5ef-5f2,620-64a,66e-66f,671-6d3,6d5-6e5:10,6e6-6ee:8,6ef-6fa:b,6fb-6fc,6ff-710:11,712-72f,74d-7a5,7b1-7ca:19,7cb-7ea,7f4-7f5,7fa-800:6,801-815,81a-824:a,828-840:18,841-858,860-86a,870-887,889-88f,8a0-8c9,904-939,93d-950:13,958-961,971-980,985-98c,98f-990,993-9a8,9aa-9b0,9b2-9b6:4,9b7-9b9,9bd-9ce:11,9dc-9dd,9df-9e1,9f0-9f1,9fc-a05:9,a06-a0a,a0f-a10,a13-a28,a2a-a30,a32-a33,a35-a36,a38-a39,a59-a5c,a5e-a72:14,a73-a74,a85-a8d,a8f-a91,a93-aa8,aaa-ab0,ab2-ab3,ab5-ab9,abd-ad0:13,ae0-ae1,af9-b05:c,b06-b0c,b0f-b10,b13-b28,b2a-b30,b32-b33,b35-b39,b3d-b5c:1f,b5d-b5f:2,b60-b61,b71-b83:12,b85-b8a,b8e-b90,b92-b95,b99-b9a,b9c-b9e:2,b9f-ba3:4,ba4-ba8:4,ba9-baa,bae-bb9,bd0-c05:35,c06-c0c,c0e-c10,c12-c28,c2a-c39,c3d-c58:1b,c59-c5a,c5c-c5d,c60-c61,c80-c85:5,c86-c8c,c8e-c90,c92-ca8,caa-cb3,cb5-cb9,cbd-cdc:1f,cdd-cde,ce0-ce1,cf1-cf2,d04-d0c,d0e-d10,d12-d3a,d3d-d4e:11,d54-d56,d5f-d61,d7a-d7f,d85-d96,d9a-db1,db3-dbb,dbd-dc0:3,dc1-dc6,e01-e30,e32-e33,e40-e46,e81-e82,e84-e86:2,e87-e8a,e8c-ea3,ea5-ea7:2,ea8-eb0,eb2-eb3,ebd-ec0:3,ec1-ec4,ec6-edc:16,edd-edf,f00-f40:40,f41-f47,f49-f6c,f88-f8c,1000-102a,103f-1050:11,1051-1055,105a-105d,1061-1065:4,1066-106e:8,106f-1070,1075-1081,108e-10a0:12,10a1-10c5,10c7-10cd:6,10d0-10fa,10fc-1248,124a-124d,1250-1256,1258-125a:2,125b-125d,1260-1288,128a-128d,1290-12b0,12b2-12b5,12b8-12be,12c0-12c2:2,12c3-12c5,12c8-12d6,12d8-1310,1312-1315,1318-135a,1380-138f,13a0-13f5,13f8-13fd,1401-166c,166f-167f,1681-169a,16a0-16ea,16f1-16f8,1700-1711,171f-1731,1740-1751,1760-176c,176e-1770,1780-17b3,17d7-17dc:5,1820-1878,1880-1884,1887-18a8,18aa-18b0:6,18b1-18f5,1900-191e,1950-196d,1970-1974,1980-19ab,19b0-19c9,1a00-1a16,1a20-1a54,1aa7-1b05:5e,1b06-1b33,1b45-1b4c,1b83-1ba0,1bae-1baf,1bba-1be5,1c00-1c23,1c4d-1c4f,1c5a-1c7d,1c80-1c8a,1c90-1cba,1cbd-1cbf,1ce9-1cec,1cee-1cf3,1cf5-1cf6,1cfa-1d00:6,1d01-1dbf,1e00-1f15,1f18-1f1d,1f20-1f45,1f48-1f4d,1f50-1f57,1f59-1f5f:2,1f60-1f7d,1f80-1fb4,1fb6-1fbc,1fbe-1fc2:4,1fc3-1fc4,1fc6-1fcc,1fd0-1fd3,1fd6-1fdb,1fe0-1fec,1ff2-1ff4,1ff6-1ffc,2071-207f:e,2090-209c,2102-2107:5,210a-2113,2115-2119:4,211a-211d,2124-212a:2,212b-212d,212f-2139,213c-213f,2145-2149,214e-2183:35,2184-2c00:a7c,2c01-2ce4,2ceb-2cee,2cf2-2cf3,2d00-2d25,2d27-2d2d:6,2d30-2d67,2d6f-2d80:11,2d81-2d96,2da0-2da6,2da8-2dae,2db0-2db6,2db8-2dbe,2dc0-2dc6,2dc8-2dce,2dd0-2dd6,2dd8-2dde,2e2f-3005:1d6,3006-3031:2b,3032-3035,303b-303c,3041-3096,309d-309f,30a1-30fa,30fc-30ff,3105-312f,3131-318e,31a0-31bf,31f0-31ff,3400-4dbf,4e00-a48c,a4d0-a4fd,a500-a60c,a610-a61f,a62a-a62b,a640-a66e,a67f-a69d,a6a0-a6e5,a717-a71f,a722-a788,a78b-a7dc,a7f1-a801,a803-a805,a807-a80a,a80c-a822,a840-a873,a882-a8b3,a8f2-a8f7,a8fb-a8fd:2,a8fe-a90a:c,a90b-a925,a930-a946,a960-a97c,a984-a9b2,a9cf-a9e0:11,a9e1-a9e4,a9e6-a9ef,a9fa-a9fe,aa00-aa28,aa40-aa42,aa44-aa4b,aa60-aa76,aa7a-aa7e:4,aa7f-aaaf,aab1-aab5:4,aab6-aab9:3,aaba-aabd,aac0-aac2:2,aadb-aadd,aae0-aaea,aaf2-aaf4,ab01-ab06,ab09-ab0e,ab11-ab16,ab20-ab26,ab28-ab2e,ab30-ab5a,ab5c-ab69,ab70-abe2,ac00-d7a3,d7b0-d7c6,d7cb-d7fb,f900-fa6d,fa70-fad9,fb00-fb06,fb13-fb17,fb1d-fb1f:2,fb20-fb28,fb2a-fb36,fb38-fb3c,fb3e-fb40:2,fb41-fb43:2,fb44-fb46:2,fb47-fbb1,fbd3-fd3d,fd50-fd8f,fd92-fdc7,fdf0-fdfb,fe70-fe74,fe76-fefc,ff21-ff3a,ff41-ff5a,ff66-ffbe,ffc2-ffc7,ffca-ffcf,ffd2-ffd7,ffda-ffdc,10000-1000b,1000d-10026,10028-1003a,1003c-1003d,1003f-1004d,10050-1005d,10080-100fa,10280-1029c,102a0-102d0,10300-1031f,1032d-10340,10342-10349,10350-10375,10380-1039d,103a0-103c3,103c8-103cf,10400-1049d,104b0-104d3,104d8-104fb,10500-10527,10530-10563,10570-1057a,1057c-1058a,1058c-10592,10594-10595,10597-105a1,105a3-105b1,105b3-105b9,105bb-105bc,105c0-105f3,10600-10736,10740-10755,10760-10767,10780-10785,10787-107b0,107b2-107ba,10800-10805,10808-1080a:2,1080b-10835,10837-10838,1083c-1083f:3,10840-10855,10860-10876,10880-1089e,108e0-108f2,108f4-108f5,10900-10915,10920-10939,10940-10959,10980-109b7,109be-109bf,10a00-10a10:10,10a11-10a13,10a15-10a17,10a19-10a35,10a60-10a7c,10a80-10a9c,10ac0-10ac7,10ac9-10ae4,10b00-10b35,10b40-10b55,10b60-10b72,10b80-10b91,10c00-10c48,10c80-10cb2,10cc0-10cf2,10d00-10d23,10d4a-10d65,10d6f-10d85,10e80-10ea9,10eb0-10eb1,10ec2-10ec7,10f00-10f1c,10f27-10f30:9,10f31-10f45,10f70-10f81,10fb0-10fc4,10fe0-10ff6,11003-11037,11071-11072,11075-11083:e,11084-110af,110d0-110e8,11103-11126,11144-11147:3,11150-11172,11176-11183:d,11184-111b2,111c1-111c4,111da-111dc:2,11200-11211,11213-1122b,1123f-11240,11280-11286,11288-1128a:2,1128b-1128d,1128f-1129d,1129f-112a8,112b0-112de,11305-1130c,1130f-11310,11313-11328,1132a-11330,11332-11333,11335-11339,1133d-11350:13,1135d-11361,11380-11389,1138b-1138e:3,11390-113b5,113b7-113d1:1a,113d3-11400:2d,11401-11434,11447-1144a,1145f-11461,11480-114af,114c4-114c5,114c7-11580:b9,11581-115ae,115d8-115db,11600-1162f,11644-11680:3c,11681-116aa,116b8-11700:48,11701-1171a,11740-11746,11800-1182b,118a0-118df,118ff-11906,11909-1190c:3,1190d-11913,11915-11916,11918-1192f,1193f-11941:2,119a0-119a7,119aa-119d0,119e1-119e3:2,11a00-11a0b:b,11a0c-11a32,11a3a-11a50:16,11a5c-11a89,11a9d-11ab0:13,11ab1-11af8,11bc0-11be0,11c00-11c08,11c0a-11c2e,11c40-11c72:32,11c73-11c8f,11d00-11d06,11d08-11d09,11d0b-11d30,11d46-11d60:1a,11d61-11d65,11d67-11d68,11d6a-11d89,11d98-11db0:18,11db1-11ddb,11ee0-11ef2,11f02-11f04:2,11f05-11f10,11f12-11f33,11fb0-12000:50,12001-12399,12480-12543,12f90-12ff0,13000-1342f,13441-13446,13460-143fa,14400-14646,16100-1611d,16800-16a38,16a40-16a5e,16a70-16abe,16ad0-16aed,16b00-16b2f,16b40-16b43,16b63-16b77,16b7d-16b8f,16d40-16d6c,16e40-16e7f,16ea0-16eb8,16ebb-16ed3,16f00-16f4a,16f50-16f93:43,16f94-16f9f,16fe0-16fe1,16fe3-16ff2:f,16ff3-17000:d,17001-18cd5,18cff-18d1e,18d80-18df2,1aff0-1aff3,1aff5-1affb,1affd-1affe,1b000-1b122,1b132-1b150:1e,1b151-1b152,1b155-1b164:f,1b165-1b167,1b170-1b2fb,1bc00-1bc6a,1bc70-1bc7c,1bc80-1bc88,1bc90-1bc99,1d400-1d454,1d456-1d49c,1d49e-1d49f,1d4a2-1d4a5:3,1d4a6-1d4a9:3,1d4aa-1d4ac,1d4ae-1d4b9,1d4bb-1d4bd:2,1d4be-1d4c3,1d4c5-1d505,1d507-1d50a,1d50d-1d514,1d516-1d51c,1d51e-1d539,1d53b-1d53e,1d540-1d544,1d546-1d54a:4,1d54b-1d550,1d552-1d6a5,1d6a8-1d6c0,1d6c2-1d6da,1d6dc-1d6fa,1d6fc-1d714,1d716-1d734,1d736-1d74e,1d750-1d76e,1d770-1d788,1d78a-1d7a8,1d7aa-1d7c2,1d7c4-1d7cb,1df00-1df1e,1df25-1df2a,1e030-1e06d,1e100-1e12c,1e137-1e13d,1e14e-1e290:142,1e291-1e2ad,1e2c0-1e2eb,1e4d0-1e4eb,1e5d0-1e5ed,1e5f0-1e6c0:d0,1e6c1-1e6de,1e6e0-1e6e2,1e6e4-1e6e5,1e6e7-1e6ed,1e6f0-1e6f4,1e6fe-1e6ff,1e7e0-1e7e6,1e7e8-1e7eb,1e7ed-1e7ee,1e7f0-1e7fe,1e800-1e8c4,1e900-1e943,1e94b-1ee00:4b5,1ee01-1ee03,1ee05-1ee1f,1ee21-1ee22,1ee24-1ee27:3,1ee29-1ee32,1ee34-1ee37,1ee39-1ee3b:2,1ee42-1ee47:5,1ee49-1ee4d:2,1ee4e-1ee4f,1ee51-1ee52,1ee54-1ee57:3,1ee59-1ee61:2,1ee62-1ee64:2,1ee67-1ee6a,1ee6c-1ee72,1ee74-1ee77,1ee79-1ee7c,1ee7e-1ee80:2,1ee81-1ee89,1ee8b-1ee9b,1eea1-1eea3,1eea5-1eea9,1eeab-1eebb,20000-2a6df,2a700-2b81d,2b820-2cead,2ceb0-2ebe0,2ebf0-2ee5d,2f800-2fa1d,30000-3134a,31350-33479"

const _LlData = "61-7a,b5-df:2a,e0-f6,f8-ff,101-137:2,138-148:2,149-177:2,17a-17e:2,17f-180,183-185:2,188-18c:4,18d-192:5,195-199:4,19a-19b,19e-1a1:3,1a3-1a5:2,1a8-1aa:2,1ab-1ad:2,1b0-1b4:4,1b6-1b9:3,1ba-1bd:3,1be-1bf,1c6-1cc:3,1ce-1dc:2,1dd-1ef:2,1f0-1f3:3,1f5-1f9:4,1fb-233:2,234-239,23c-23f:3,240-242:2,247-24f:2,250-293,296-2af,371-373:2,377-37b:4,37c-37d,390-3ac:1c,3ad-3ce,3d0-3d1,3d5-3d7,3d9-3ef:2,3f0-3f3,3f5-3fb:3,3fc-430:34,431-45f,461-481:2,48b-4bf:2,4c2-4ce:2,4cf-52f:2,560-588,10d0-10fa,10fd-10ff,13f8-13fd,1c80-1c88,1c8a-1d00:76,1d01-1d2b,1d6b-1d77,1d79-1d9a,1e01-1e95:2,1e96-1e9d,1e9f-1eff:2,1f00-1f07,1f10-1f15,1f20-1f27,1f30-1f37,1f40-1f45,1f50-1f57,1f60-1f67,1f70-1f7d,1f80-1f87,1f90-1f97,1fa0-1fa7,1fb0-1fb4,1fb6-1fb7,1fbe-1fc2:4,1fc3-1fc4,1fc6-1fc7,1fd0-1fd3,1fd6-1fd7,1fe0-1fe7,1ff2-1ff4,1ff6-1ff7,210a-210e:4,210f-2113:4,212f-2139:5,213c-213d,2146-2149,214e-2184:36,2c30-2c5f,2c61-2c65:4,2c66-2c6c:2,2c71-2c73:2,2c74-2c76:2,2c77-2c7b,2c81-2ce3:2,2ce4-2cec:8,2cee-2cf3:5,2d00-2d25,2d27-2d2d:6,a641-a66d:2,a681-a69b:2,a723-a72f:2,a730-a731,a733-a771:2,a772-a778,a77a-a77c:2,a77f-a787:2,a78c-a78e:2,a791-a793:2,a794-a795,a797-a7a9:2,a7af-a7b5:6,a7b7-a7c3:2,a7c8-a7ca:2,a7cd-a7db:2,a7f6-a7fa:4,ab30-ab5a,ab60-ab68,ab70-abbf,fb00-fb06,fb13-fb17,ff41-ff5a,10428-1044f,104d8-104fb,10597-105a1,105a3-105b1,105b3-105b9,105bb-105bc,10cc0-10cf2,10d70-10d85,118c0-118df,16e60-16e7f,16ebb-16ed3,1d41a-1d433,1d44e-1d454,1d456-1d467,1d482-1d49b,1d4b6-1d4b9,1d4bb-1d4bd:2,1d4be-1d4c3,1d4c5-1d4cf,1d4ea-1d503,1d51e-1d537,1d552-1d56b,1d586-1d59f,1d5ba-1d5d3,1d5ee-1d607,1d622-1d63b,1d656-1d66f,1d68a-1d6a5,1d6c2-1d6da,1d6dc-1d6e1,1d6fc-1d714,1d716-1d71b,1d736-1d74e,1d750-1d755,1d770-1d788,1d78a-1d78f,1d7aa-1d7c2,1d7c4-1d7c9,1d7cb-1df00:735,1df01-1df09,1df0b-1df1e,1df25-1df2a,1e922-1e943"

const _LmData = "2b0-2c1,2c6-2d1,2e0-2e4,2ec-2ee:2,374-37a:6,559-640:e7,6e5-6e6,7f4-7f5,7fa-81a:20,824-828:4,8c9-971:a8,e46-ec6:80,10fc-17d7:6db,1843-1aa7:264,1c78-1c7d,1d2c-1d6a,1d78-1d9b:23,1d9c-1dbf,2071-207f:e,2090-209c,2c7c-2c7d,2d6f-2e2f:c0,3005-3031:2c,3032-3035,303b-309d:62,309e-30fc:5e,30fd-30fe,a015-a4f8:4e3,a4f9-a4fd,a60c-a67f:73,a69c-a69d,a717-a71f,a770-a788:18,a7f1-a7f4,a7f8-a7f9,a9cf-a9e6:17,aa70-aadd:6d,aaf3-aaf4,ab5c-ab5f,ab69-ff70:5407,ff9e-ff9f,10780-10785,10787-107b0,107b2-107ba,10d4e-10d6f:21,10ec5-11dd9:f14,16b40-16b43,16d40-16d42,16d6b-16d6c,16f93-16f9f,16fe0-16fe1,16fe3-16ff2:f,16ff3-1aff0:3ffd,1aff1-1aff3,1aff5-1affb,1affd-1affe,1e030-1e06d,1e137-1e13d,1e4eb-1e6ff:214,1e94b"

const _LoData = "aa-ba:10,1bb-1c0:5,1c1-1c3,294-295,5d0-5ea,5ef-5f2,620-63f,641-64a,66e-66f,671-6d3,6d5-6ee:19,6ef-6fa:b,6fb-6fc,6ff-710:11,712-72f,74d-7a5,7b1-7ca:19,7cb-7ea,800-815,840-858,860-86a,870-887,889-88f,8a0-8c8,904-939,93d-950:13,958-961,972-980,985-98c,98f-990,993-9a8,9aa-9b0,9b2-9b6:4,9b7-9b9,9bd-9ce:11,9dc-9dd,9df-9e1,9f0-9f1,9fc-a05:9,a06-a0a,a0f-a10,a13-a28,a2a-a30,a32-a33,a35-a36,a38-a39,a59-a5c,a5e-a72:14,a73-a74,a85-a8d,a8f-a91,a93-aa8,aaa-ab0,ab2-ab3,ab5-ab9,abd-ad0:13,ae0-ae1,af9-b05:c,b06-b0c,b0f-b10,b13-b28,b2a-b30,b32-b33,b35-b39,b3d-b5c:1f,b5d-b5f:2,b60-b61,b71-b83:12,b85-b8a,b8e-b90,b92-b95,b99-b9a,b9c-b9e:2,b9f-ba3:4,ba4-ba8:4,ba9-baa,bae-bb9,bd0-c05:35,c06-c0c,c0e-c10,c12-c28,c2a-c39,c3d-c58:1b,c59-c5a,c5c-c5d,c60-c61,c80-c85:5,c86-c8c,c8e-c90,c92-ca8,caa-cb3,cb5-cb9,cbd-cdc:1f,cdd-cde,ce0-ce1,cf1-cf2,d04-d0c,d0e-d10,d12-d3a,d3d-d4e:11,d54-d56,d5f-d61,d7a-d7f,d85-d96,d9a-db1,db3-dbb,dbd-dc0:3,dc1-dc6,e01-e30,e32-e33,e40-e45,e81-e82,e84-e86:2,e87-e8a,e8c-ea3,ea5-ea7:2,ea8-eb0,eb2-eb3,ebd-ec0:3,ec1-ec4,edc-edf,f00-f40:40,f41-f47,f49-f6c,f88-f8c,1000-102a,103f-1050:11,1051-1055,105a-105d,1061-1065:4,1066-106e:8,106f-1070,1075-1081,108e-1100:72,1101-1248,124a-124d,1250-1256,1258-125a:2,125b-125d,1260-1288,128a-128d,1290-12b0,12b2-12b5,12b8-12be,12c0-12c2:2,12c3-12c5,12c8-12d6,12d8-1310,1312-1315,1318-135a,1380-138f,1401-166c,166f-167f,1681-169a,16a0-16ea,16f1-16f8,1700-1711,171f-1731,1740-1751,1760-176c,176e-1770,1780-17b3,17dc-1820:44,1821-1842,1844-1878,1880-1884,1887-18a8,18aa-18b0:6,18b1-18f5,1900-191e,1950-196d,1970-1974,1980-19ab,19b0-19c9,1a00-1a16,1a20-1a54,1b05-1b33,1b45-1b4c,1b83-1ba0,1bae-1baf,1bba-1be5,1c00-1c23,1c4d-1c4f,1c5a-1c77,1ce9-1cec,1cee-1cf3,1cf5-1cf6,1cfa-2135:43b,2136-2138,2d30-2d67,2d80-2d96,2da0-2da6,2da8-2dae,2db0-2db6,2db8-2dbe,2dc0-2dc6,2dc8-2dce,2dd0-2dd6,2dd8-2dde,3006-303c:36,3041-3096,309f-30a1:2,30a2-30fa,30ff-3105:6,3106-312f,3131-318e,31a0-31bf,31f0-31ff,3400-4dbf,4e00-a014,a016-a48c,a4d0-a4f7,a500-a60b,a610-a61f,a62a-a62b,a66e-a6a0:32,a6a1-a6e5,a78f-a7f7:68,a7fb-a801,a803-a805,a807-a80a,a80c-a822,a840-a873,a882-a8b3,a8f2-a8f7,a8fb-a8fd:2,a8fe-a90a:c,a90b-a925,a930-a946,a960-a97c,a984-a9b2,a9e0-a9e4,a9e7-a9ef,a9fa-a9fe,aa00-aa28,aa40-aa42,aa44-aa4b,aa60-aa6f,aa71-aa76,aa7a-aa7e:4,aa7f-aaaf,aab1-aab5:4,aab6-aab9:3,aaba-aabd,aac0-aac2:2,aadb-aadc,aae0-aaea,aaf2-ab01:f,ab02-ab06,ab09-ab0e,ab11-ab16,ab20-ab26,ab28-ab2e,abc0-abe2,ac00-d7a3,d7b0-d7c6,d7cb-d7fb,f900-fa6d,fa70-fad9,fb1d-fb1f:2,fb20-fb28,fb2a-fb36,fb38-fb3c,fb3e-fb40:2,fb41-fb43:2,fb44-fb46:2,fb47-fbb1,fbd3-fd3d,fd50-fd8f,fd92-fdc7,fdf0-fdfb,fe70-fe74,fe76-fefc,ff66-ff6f,ff71-ff9d,ffa0-ffbe,ffc2-ffc7,ffca-ffcf,ffd2-ffd7,ffda-ffdc,10000-1000b,1000d-10026,10028-1003a,1003c-1003d,1003f-1004d,10050-1005d,10080-100fa,10280-1029c,102a0-102d0,10300-1031f,1032d-10340,10342-10349,10350-10375,10380-1039d,103a0-103c3,103c8-103cf,10450-1049d,10500-10527,10530-10563,105c0-105f3,10600-10736,10740-10755,10760-10767,10800-10805,10808-1080a:2,1080b-10835,10837-10838,1083c-1083f:3,10840-10855,10860-10876,10880-1089e,108e0-108f2,108f4-108f5,10900-10915,10920-10939,10940-10959,10980-109b7,109be-109bf,10a00-10a10:10,10a11-10a13,10a15-10a17,10a19-10a35,10a60-10a7c,10a80-10a9c,10ac0-10ac7,10ac9-10ae4,10b00-10b35,10b40-10b55,10b60-10b72,10b80-10b91,10c00-10c48,10d00-10d23,10d4a-10d4d,10d4f-10e80:131,10e81-10ea9,10eb0-10eb1,10ec2-10ec4,10ec6-10ec7,10f00-10f1c,10f27-10f30:9,10f31-10f45,10f70-10f81,10fb0-10fc4,10fe0-10ff6,11003-11037,11071-11072,11075-11083:e,11084-110af,110d0-110e8,11103-11126,11144-11147:3,11150-11172,11176-11183:d,11184-111b2,111c1-111c4,111da-111dc:2,11200-11211,11213-1122b,1123f-11240,11280-11286,11288-1128a:2,1128b-1128d,1128f-1129d,1129f-112a8,112b0-112de,11305-1130c,1130f-11310,11313-11328,1132a-11330,11332-11333,11335-11339,1133d-11350:13,1135d-11361,11380-11389,1138b-1138e:3,11390-113b5,113b7-113d1:1a,113d3-11400:2d,11401-11434,11447-1144a,1145f-11461,11480-114af,114c4-114c5,114c7-11580:b9,11581-115ae,115d8-115db,11600-1162f,11644-11680:3c,11681-116aa,116b8-11700:48,11701-1171a,11740-11746,11800-1182b,118ff-11906,11909-1190c:3,1190d-11913,11915-11916,11918-1192f,1193f-11941:2,119a0-119a7,119aa-119d0,119e1-119e3:2,11a00-11a0b:b,11a0c-11a32,11a3a-11a50:16,11a5c-11a89,11a9d-11ab0:13,11ab1-11af8,11bc0-11be0,11c00-11c08,11c0a-11c2e,11c40-11c72:32,11c73-11c8f,11d00-11d06,11d08-11d09,11d0b-11d30,11d46-11d60:1a,11d61-11d65,11d67-11d68,11d6a-11d89,11d98-11db0:18,11db1-11dd8,11dda-11ddb,11ee0-11ef2,11f02-11f04:2,11f05-11f10,11f12-11f33,11fb0-12000:50,12001-12399,12480-12543,12f90-12ff0,13000-1342f,13441-13446,13460-143fa,14400-14646,16100-1611d,16800-16a38,16a40-16a5e,16a70-16abe,16ad0-16aed,16b00-16b2f,16b63-16b77,16b7d-16b8f,16d43-16d6a,16f00-16f4a,16f50-17000:b0,17001-18cd5,18cff-18d1e,18d80-18df2,1b000-1b122,1b132-1b150:1e,1b151-1b152,1b155-1b164:f,1b165-1b167,1b170-1b2fb,1bc00-1bc6a,1bc70-1bc7c,1bc80-1bc88,1bc90-1bc99,1df0a-1e100:1f6,1e101-1e12c,1e14e-1e290:142,1e291-1e2ad,1e2c0-1e2eb,1e4d0-1e4ea,1e5d0-1e5ed,1e5f0-1e6c0:d0,1e6c1-1e6de,1e6e0-1e6e2,1e6e4-1e6e5,1e6e7-1e6ed,1e6f0-1e6f4,1e6fe-1e7e0:e2,1e7e1-1e7e6,1e7e8-1e7eb,1e7ed-1e7ee,1e7f0-1e7fe,1e800-1e8c4,1ee00-1ee03,1ee05-1ee1f,1ee21-1ee22,1ee24-1ee27:3,1ee29-1ee32,1ee34-1ee37,1ee39-1ee3b:2,1ee42-1ee47:5,1ee49-1ee4d:2,1ee4e-1ee4f,1ee51-1ee52,1ee54-1ee57:3,1ee59-1ee61:2,1ee62-1ee64:2,1ee67-1ee6a,1ee6c-1ee72,1ee74-1ee77,1ee79-1ee7c,1ee7e-1ee80:2,1ee81-1ee89,1ee8b-1ee9b,1eea1-1eea3,1eea5-1eea9,1eeab-1eebb,20000-2a6df,2a700-2b81d,2b820-2cead,2ceb0-2ebe0,2ebf0-2ee5d,2f800-2fa1d,30000-3134a,31350-33479"

const _LtData = "1c5-1cb:3,1f2-1f88:1d96,1f89-1f8f,1f98-1f9f,1fa8-1faf,1fbc-1fcc:10,1ffc"

const _LuData = "41-5a,c0-d6,d8-de,100-136:2,139-147:2,14a-178:2,179-17d:2,181-182,184-186:2,187-189:2,18a-18b,18e-191,193-194,196-198,19c-19d,19f-1a0,1a2-1a6:2,1a7-1a9:2,1ac-1ae:2,1af-1b1:2,1b2-1b3,1b5-1b7:2,1b8-1bc:4,1c4-1cd:3,1cf-1db:2,1de-1ee:2,1f1-1f4:3,1f6-1f8,1fa-232:2,23a-23b,23d-23e,241-243:2,244-246,248-24e:2,370-372:2,376-37f:9,386-388:2,389-38a,38c-38e:2,38f-391:2,392-3a1,3a3-3ab,3cf-3d2:3,3d3-3d4,3d8-3ee:2,3f4-3f7:3,3f9-3fa,3fd-42f,460-480:2,48a-4c0:2,4c1-4cd:2,4d0-52e:2,531-556,10a0-10c5,10c7-10cd:6,13a0-13f5,1c89-1c90:7,1c91-1cba,1cbd-1cbf,1e00-1e94:2,1e9e-1efe:2,1f08-1f0f,1f18-1f1d,1f28-1f2f,1f38-1f3f,1f48-1f4d,1f59-1f5f:2,1f68-1f6f,1fb8-1fbb,1fc8-1fcb,1fd8-1fdb,1fe8-1fec,1ff8-1ffb,2102-2107:5,210b-210d,2110-2112,2115-2119:4,211a-211d,2124-212a:2,212b-212d,2130-2133,213e-213f,2145-2183:3e,2c00-2c2f,2c60-2c62:2,2c63-2c64,2c67-2c6d:2,2c6e-2c70,2c72-2c75:3,2c7e-2c80,2c82-2ce2:2,2ceb-2ced:2,2cf2-a640:794e,a642-a66c:2,a680-a69a:2,a722-a72e:2,a732-a76e:2,a779-a77d:2,a77e-a786:2,a78b-a78d:2,a790-a792:2,a796-a7aa:2,a7ab-a7ae,a7b0-a7b4,a7b6-a7c4:2,a7c5-a7c7,a7c9-a7cb:2,a7cc-a7dc:2,a7f5-ff21:572c,ff22-ff3a,10400-10427,104b0-104d3,10570-1057a,1057c-1058a,1058c-10592,10594-10595,10c80-10cb2,10d50-10d65,118a0-118bf,16e40-16e5f,16ea0-16eb8,1d400-1d419,1d434-1d44d,1d468-1d481,1d49c-1d49e:2,1d49f-1d4a5:3,1d4a6-1d4a9:3,1d4aa-1d4ac,1d4ae-1d4b5,1d4d0-1d4e9,1d504-1d505,1d507-1d50a,1d50d-1d514,1d516-1d51c,1d538-1d539,1d53b-1d53e,1d540-1d544,1d546-1d54a:4,1d54b-1d550,1d56c-1d585,1d5a0-1d5b9,1d5d4-1d5ed,1d608-1d621,1d63c-1d655,1d670-1d689,1d6a8-1d6c0,1d6e2-1d6fa,1d71c-1d734,1d756-1d76e,1d790-1d7a8,1d7ca-1e900:1136,1e901-1e921"

const _MData = "300-36f,483-489,591-5bd,5bf-5c1:2,5c2-5c4:2,5c5-5c7:2,610-61a,64b-65f,670-6d6:66,6d7-6dc,6df-6e4,6e7-6e8,6ea-6ed,711-730:1f,731-74a,7a6-7b0,7eb-7f3,7fd-816:19,817-819,81b-823,825-827,829-82d,859-85b,897-89f,8ca-8e1,8e3-903,93a-93c,93e-94f,951-957,962-963,981-983,9bc-9be:2,9bf-9c4,9c7-9c8,9cb-9cd,9d7-9e2:b,9e3-9fe:1b,a01-a03,a3c-a3e:2,a3f-a42,a47-a48,a4b-a4d,a51-a70:1f,a71-a75:4,a81-a83,abc-abe:2,abf-ac5,ac7-ac9,acb-acd,ae2-ae3,afa-aff,b01-b03,b3c-b3e:2,b3f-b44,b47-b48,b4b-b4d,b55-b57,b62-b63,b82-bbe:3c,bbf-bc2,bc6-bc8,bca-bcd,bd7-c00:29,c01-c04,c3c-c3e:2,c3f-c44,c46-c48,c4a-c4d,c55-c56,c62-c63,c81-c83,cbc-cbe:2,cbf-cc4,cc6-cc8,cca-ccd,cd5-cd6,ce2-ce3,cf3-d00:d,d01-d03,d3b-d3c,d3e-d44,d46-d48,d4a-d4d,d57-d62:b,d63-d81:1e,d82-d83,dca-dcf:5,dd0-dd4,dd6-dd8:2,dd9-ddf,df2-df3,e31-e34:3,e35-e3a,e47-e4e,eb1-eb4:3,eb5-ebc,ec8-ece,f18-f19,f35-f39:2,f3e-f3f,f71-f84,f86-f87,f8d-f97,f99-fbc,fc6-102b:65,102c-103e,1056-1059,105e-1060,1062-1064,1067-106d,1071-1074,1082-108d,108f-109a:b,109b-109d,135d-135f,1712-1715,1732-1734,1752-1753,1772-1773,17b4-17d3,17dd-180b:2e,180c-180d,180f-1885:76,1886-18a9:23,1920-192b,1930-193b,1a17-1a1b,1a55-1a5e,1a60-1a7c,1a7f-1ab0:31,1ab1-1add,1ae0-1aeb,1b00-1b04,1b34-1b44,1b6b-1b73,1b80-1b82,1ba1-1bad,1be6-1bf3,1c24-1c37,1cd0-1cd2,1cd4-1ce8,1ced-1cf4:7,1cf7-1cf9,1dc0-1dff,20d0-20f0,2cef-2cf1,2d7f-2de0:61,2de1-2dff,302a-302f,3099-309a,a66f-a672,a674-a67d,a69e-a69f,a6f0-a6f1,a802-a806:4,a80b-a823:18,a824-a827,a82c-a880:54,a881-a8b4:33,a8b5-a8c5,a8e0-a8f1,a8ff-a926:27,a927-a92d,a947-a953,a980-a983,a9b3-a9c0,a9e5-aa29:44,aa2a-aa36,aa43-aa4c:9,aa4d-aa7b:2e,aa7c-aa7d,aab0-aab2:2,aab3-aab4,aab7-aab8,aabe-aabf,aac1-aaeb:2a,aaec-aaef,aaf5-aaf6,abe3-abea,abec-abed,fb1e-fe00:2e2,fe01-fe0f,fe20-fe2f,101fd-102e0:e3,10376-1037a,10a01-10a03,10a05-10a06,10a0c-10a0f,10a38-10a3a,10a3f-10ae5:a6,10ae6-10d24:23e,10d25-10d27,10d69-10d6d,10eab-10eac,10efa-10eff,10f46-10f50,10f82-10f85,11000-11002,11038-11046,11070-11073:3,11074-1107f:b,11080-11082,110b0-110ba,110c2-11100:3e,11101-11102,11127-11134,11145-11146,11173-11180:d,11181-11182,111b3-111c0,111c9-111cc,111ce-111cf,1122c-11237,1123e-11241:3,112df-112ea,11300-11303,1133b-1133c,1133e-11344,11347-11348,1134b-1134d,11357-11362:b,11363-11366:3,11367-1136c,11370-11374,113b8-113c0,113c2-113c5:3,113c7-113ca,113cc-113d0,113d2-113e1:f,113e2-11435:53,11436-11446,1145e-114b0:52,114b1-114c3,115af-115b5,115b8-115c0,115dc-115dd,11630-11640,116ab-116b7,1171d-1172b,1182c-1183a,11930-11935,11937-11938,1193b-1193e,11940-11942:2,11943-119d1:8e,119d2-119d7,119da-119e0,119e4-11a01:1d,11a02-11a0a,11a33-11a39,11a3b-11a3e,11a47-11a51:a,11a52-11a5b,11a8a-11a99,11b60-11b67,11c2f-11c36,11c38-11c3f,11c92-11ca7,11ca9-11cb6,11d31-11d36,11d3a-11d3c:2,11d3d-11d3f:2,11d40-11d45,11d47-11d8a:43,11d8b-11d8e,11d90-11d91,11d93-11d97,11ef3-11ef6,11f00-11f01,11f03-11f34:31,11f35-11f3a,11f3e-11f42,11f5a-13440:14e6,13447-13455,1611e-1612f,16af0-16af4,16b30-16b36,16f4f-16f51:2,16f52-16f87,16f8f-16f92,16fe4-16ff0:c,16ff1-1bc9d:4cac,1bc9e-1cf00:1262,1cf01-1cf2d,1cf30-1cf46,1d165-1d169,1d16d-1d172,1d17b-1d182,1d185-1d18b,1d1aa-1d1ad,1d242-1d244,1da00-1da36,1da3b-1da6c,1da75-1da84:f,1da9b-1da9f,1daa1-1daaf,1e000-1e006,1e008-1e018,1e01b-1e021,1e023-1e024,1e026-1e02a,1e08f-1e130:a1,1e131-1e136,1e2ae-1e2ec:3e,1e2ed-1e2ef,1e4ec-1e4ef,1e5ee-1e5ef,1e6e3-1e6e6:3,1e6ee-1e6ef,1e6f5-1e8d0:1db,1e8d1-1e8d6,1e944-1e94a,e0100-e01ef"

const _McData = "903-93b:38,93e-940,949-94c,94e-94f,982-983,9be-9c0,9c7-9c8,9cb-9cc,9d7-a03:2c,a3e-a40,a83-abe:3b,abf-ac0,ac9-acb:2,acc-b02:36,b03-b3e:3b,b40-b47:7,b48-b4b:3,b4c-b57:b,bbe-bbf,bc1-bc2,bc6-bc8,bca-bcc,bd7-c01:2a,c02-c03,c41-c44,c82-c83,cbe-cc0:2,cc1-cc4,cc7-cc8,cca-ccb,cd5-cd6,cf3-d02:f,d03-d3e:3b,d3f-d40,d46-d48,d4a-d4c,d57-d82:2b,d83-dcf:4c,dd0-dd1,dd8-ddf,df2-df3,f3e-f3f,f7f-102b:ac,102c-1031:5,1038-103b:3,103c-1056:1a,1057-1062:b,1063-1064,1067-106d,1083-1084,1087-108c,108f-109a:b,109b-109c,1715-1734:1f,17b6-17be:8,17bf-17c5,17c7-17c8,1923-1926,1929-192b,1930-1931,1933-1938,1a19-1a1a,1a55-1a57:2,1a61-1a63:2,1a64-1a6d:9,1a6e-1a72,1b04-1b35:31,1b3b-1b3d:2,1b3e-1b41,1b43-1b44,1b82-1ba1:1f,1ba6-1ba7,1baa-1be7:3d,1bea-1bec,1bee-1bf2:4,1bf3-1c24:31,1c25-1c2b,1c34-1c35,1ce1-1cf7:16,302e-302f,a823-a824,a827-a880:59,a881-a8b4:33,a8b5-a8c3,a952-a953,a983-a9b4:31,a9b5-a9ba:5,a9bb-a9be:3,a9bf-a9c0,aa2f-aa30,aa33-aa34,aa4d-aa7b:2e,aa7d-aaeb:6e,aaee-aaef,aaf5-abe3:ee,abe4-abe6:2,abe7-abe9:2,abea-abec:2,11000-11002:2,11082-110b0:2e,110b1-110b2,110b7-110b8,1112c-11145:19,11146-11182:3c,111b3-111b5,111bf-111c0,111ce-1122c:5e,1122d-1122e,11232-11233,11235-112e0:ab,112e1-112e2,11302-11303,1133e-1133f,11341-11344,11347-11348,1134b-1134d,11357-11362:b,11363-113b8:55,113b9-113ba,113c2-113c5:3,113c7-113ca,113cc-113cd,113cf-11435:66,11436-11437,11440-11441,11445-114b0:6b,114b1-114b2,114b9-114bb:2,114bc-114be,114c1-115af:ee,115b0-115b1,115b8-115bb,115be-11630:72,11631-11632,1163b-1163c,1163e-116ac:6e,116ae-116af,116b6-1171e:68,11720-11721,11726-1182c:106,1182d-1182e,11838-11930:f8,11931-11935,11937-11938,1193d-11940:3,11942-119d1:8f,119d2-119d3,119dc-119df,119e4-11a39:55,11a57-11a58,11a97-11b61:ca,11b65-11b67:2,11c2f-11c3e:f,11ca9-11cb1:8,11cb4-11d8a:d6,11d8b-11d8e,11d93-11d94,11d96-11ef5:15f,11ef6-11f03:d,11f34-11f35,11f3e-11f3f,11f41-1612a:41e9,1612b-1612c,16f51-16f87,16ff0-16ff1,1d165-1d166,1d16d-1d172"

const _MeData = "488-489,1abe-20dd:61f,20de-20e0,20e2-20e4,a670-a672"

const _MnData = "300-36f,483-487,591-5bd,5bf-5c1:2,5c2-5c4:2,5c5-5c7:2,610-61a,64b-65f,670-6d6:66,6d7-6dc,6df-6e4,6e7-6e8,6ea-6ed,711-730:1f,731-74a,7a6-7b0,7eb-7f3,7fd-816:19,817-819,81b-823,825-827,829-82d,859-85b,897-89f,8ca-8e1,8e3-902,93a-93c:2,941-948,94d-951:4,952-957,962-963,981-9bc:3b,9c1-9c4,9cd-9e2:15,9e3-9fe:1b,a01-a02,a3c-a41:5,a42-a47:5,a48-a4b:3,a4c-a4d,a51-a70:1f,a71-a75:4,a81-a82,abc-ac1:5,ac2-ac5,ac7-ac8,acd-ae2:15,ae3-afa:17,afb-aff,b01-b3c:3b,b3f-b41:2,b42-b44,b4d-b55:8,b56-b62:c,b63-b82:1f,bc0-bcd:d,c00-c04:4,c3c-c3e:2,c3f-c40,c46-c48,c4a-c4d,c55-c56,c62-c63,c81-cbc:3b,cbf-cc6:7,ccc-ccd,ce2-ce3,d00-d01,d3b-d3c,d41-d44,d4d-d62:15,d63-d81:1e,dca-dd2:8,dd3-dd4,dd6-e31:5b,e34-e3a,e47-e4e,eb1-eb4:3,eb5-ebc,ec8-ece,f18-f19,f35-f39:2,f71-f7e,f80-f84,f86-f87,f8d-f97,f99-fbc,fc6-102d:67,102e-1030,1032-1037,1039-103a,103d-103e,1058-1059,105e-1060,1071-1074,1082-1085:3,1086-108d:7,109d-135d:2c0,135e-135f,1712-1714,1732-1733,1752-1753,1772-1773,17b4-17b5,17b7-17bd,17c6-17c9:3,17ca-17d3,17dd-180b:2e,180c-180d,180f-1885:76,1886-18a9:23,1920-1922,1927-1928,1932-1939:7,193a-193b,1a17-1a18,1a1b-1a56:3b,1a58-1a5e,1a60-1a62:2,1a65-1a6c,1a73-1a7c,1a7f-1ab0:31,1ab1-1abd,1abf-1add,1ae0-1aeb,1b00-1b03,1b34-1b36:2,1b37-1b3a,1b3c-1b42:6,1b6b-1b73,1b80-1b81,1ba2-1ba5,1ba8-1ba9,1bab-1bad,1be6-1be8:2,1be9-1bed:4,1bef-1bf1,1c2c-1c33,1c36-1c37,1cd0-1cd2,1cd4-1ce0,1ce2-1ce8,1ced-1cf4:7,1cf8-1cf9,1dc0-1dff,20d0-20dc,20e1-20e5:4,20e6-20f0,2cef-2cf1,2d7f-2de0:61,2de1-2dff,302a-302d,3099-309a,a66f-a674:5,a675-a67d,a69e-a69f,a6f0-a6f1,a802-a806:4,a80b-a825:1a,a826-a82c:6,a8c4-a8c5,a8e0-a8f1,a8ff-a926:27,a927-a92d,a947-a951,a980-a982,a9b3-a9b6:3,a9b7-a9b9,a9bc-a9bd,a9e5-aa29:44,aa2a-aa2e,aa31-aa32,aa35-aa36,aa43-aa4c:9,aa7c-aab0:34,aab2-aab4,aab7-aab8,aabe-aabf,aac1-aaec:2b,aaed-aaf6:9,abe5-abe8:3,abed-fb1e:4f31,fe00-fe0f,fe20-fe2f,101fd-102e0:e3,10376-1037a,10a01-10a03,10a05-10a06,10a0c-10a0f,10a38-10a3a,10a3f-10ae5:a6,10ae6-10d24:23e,10d25-10d27,10d69-10d6d,10eab-10eac,10efa-10eff,10f46-10f50,10f82-10f85,11001-11038:37,11039-11046,11070-11073:3,11074-1107f:b,11080-11081,110b3-110b6,110b9-110ba,110c2-11100:3e,11101-11102,11127-1112b,1112d-11134,11173-11180:d,11181-111b6:35,111b7-111be,111c9-111cc,111cf-1122f:60,11230-11231,11234-11236:2,11237-1123e:7,11241-112df:9e,112e3-112ea,11300-11301,1133b-1133c,11340-11366:26,11367-1136c,11370-11374,113bb-113c0,113ce-113d2:2,113e1-113e2,11438-1143f,11442-11444,11446-1145e:18,114b3-114b8,114ba-114bf:5,114c0-114c2:2,114c3-115b2:ef,115b3-115b5,115bc-115bd,115bf-115c0,115dc-115dd,11633-1163a,1163d-1163f:2,11640-116ab:6b,116ad-116b0:3,116b1-116b5,116b7-1171d:66,1171f-11722:3,11723-11725,11727-1172b,1182f-11837,11839-1183a,1193b-1193c,1193e-11943:5,119d4-119d7,119da-119db,119e0-11a01:21,11a02-11a0a,11a33-11a38,11a3b-11a3e,11a47-11a51:a,11a52-11a56,11a59-11a5b,11a8a-11a96,11a98-11a99,11b60-11b62:2,11b63-11b64,11b66-11c30:ca,11c31-11c36,11c38-11c3d,11c3f-11c92:53,11c93-11ca7,11caa-11cb0,11cb2-11cb3,11cb5-11cb6,11d31-11d36,11d3a-11d3c:2,11d3d-11d3f:2,11d40-11d45,11d47-11d90:49,11d91-11d95:4,11d97-11ef3:15c,11ef4-11f00:c,11f01-11f36:35,11f37-11f3a,11f40-11f42:2,11f5a-13440:14e6,13447-13455,1611e-16129,1612d-1612f,16af0-16af4,16b30-16b36,16f4f-16f8f:40,16f90-16f92,16fe4-1bc9d:4cb9,1bc9e-1cf00:1262,1cf01-1cf2d,1cf30-1cf46,1d167-1d169,1d17b-1d182,1d185-1d18b,1d1aa-1d1ad,1d242-1d244,1da00-1da36,1da3b-1da6c,1da75-1da84:f,1da9b-1da9f,1daa1-1daaf,1e000-1e006,1e008-1e018,1e01b-1e021,1e023-1e024,1e026-1e02a,1e08f-1e130:a1,1e131-1e136,1e2ae-1e2ec:3e,1e2ed-1e2ef,1e4ec-1e4ef,1e5ee-1e5ef,1e6e3-1e6e6:3,1e6ee-1e6ef,1e6f5-1e8d0:1db,1e8d1-1e8d6,1e944-1e94a,e0100-e01ef"

const _NData = "30-39,b2-b3,b9-bc:3,bd-be,660-669,6f0-6f9,7c0-7c9,966-96f,9e6-9ef,9f4-9f9,a66-a6f,ae6-aef,b66-b6f,b72-b77,be6-bf2,c66-c6f,c78-c7e,ce6-cef,d58-d5e,d66-d78,de6-def,e50-e59,ed0-ed9,f20-f33,1040-1049,1090-1099,1369-137c,16ee-16f0,17e0-17e9,17f0-17f9,1810-1819,1946-194f,19d0-19da,1a80-1a89,1a90-1a99,1b50-1b59,1bb0-1bb9,1c40-1c49,1c50-1c59,2070-2074:4,2075-2079,2080-2089,2150-2182,2185-2189,2460-249b,24ea-24ff,2776-2793,2cfd-3007:30a,3021-3029,3038-303a,3192-3195,3220-3229,3248-324f,3251-325f,3280-3289,32b1-32bf,a620-a629,a6e6-a6ef,a830-a835,a8d0-a8d9,a900-a909,a9d0-a9d9,a9f0-a9f9,aa50-aa59,abf0-abf9,ff10-ff19,10107-10133,10140-10178,1018a-1018b,102e1-102fb,10320-10323,10341-1034a:9,103d1-103d5,104a0-104a9,10858-1085f,10879-1087f,108a7-108af,108fb-108ff,10916-1091b,109bc-109bd,109c0-109cf,109d2-109ff,10a40-10a48,10a7d-10a7e,10a9d-10a9f,10aeb-10aef,10b58-10b5f,10b78-10b7f,10ba9-10baf,10cfa-10cff,10d30-10d39,10d40-10d49,10e60-10e7e,10f1d-10f26,10f51-10f54,10fc5-10fcb,11052-1106f,110f0-110f9,11136-1113f,111d0-111d9,111e1-111f4,112f0-112f9,11450-11459,114d0-114d9,11650-11659,116c0-116c9,116d0-116e3,11730-1173b,118e0-118f2,11950-11959,11bf0-11bf9,11c50-11c6c,11d50-11d59,11da0-11da9,11de0-11de9,11f50-11f59,11fc0-11fd4,12400-1246e,16130-16139,16a60-16a69,16ac0-16ac9,16b50-16b59,16b5b-16b61,16d70-16d79,16e80-16e96,16ff4-16ff6,1ccf0-1ccf9,1d2c0-1d2d3,1d2e0-1d2f3,1d360-1d378,1d7ce-1d7ff,1e140-1e149,1e2f0-1e2f9,1e4f0-1e4f9,1e5f1-1e5fa,1e8c7-1e8cf,1e950-1e959,1ec71-1ecab,1ecad-1ecaf,1ecb1-1ecb4,1ed01-1ed2d,1ed2f-1ed3d,1f100-1f10c,1fbf0-1fbf9"

const _NdData = "30-39,660-669,6f0-6f9,7c0-7c9,966-96f,9e6-9ef,a66-a6f,ae6-aef,b66-b6f,be6-bef,c66-c6f,ce6-cef,d66-d6f,de6-def,e50-e59,ed0-ed9,f20-f29,1040-1049,1090-1099,17e0-17e9,1810-1819,1946-194f,19d0-19d9,1a80-1a89,1a90-1a99,1b50-1b59,1bb0-1bb9,1c40-1c49,1c50-1c59,a620-a629,a8d0-a8d9,a900-a909,a9d0-a9d9,a9f0-a9f9,aa50-aa59,abf0-abf9,ff10-ff19,104a0-104a9,10d30-10d39,10d40-10d49,11066-1106f,110f0-110f9,11136-1113f,111d0-111d9,112f0-112f9,11450-11459,114d0-114d9,11650-11659,116c0-116c9,116d0-116e3,11730-11739,118e0-118e9,11950-11959,11bf0-11bf9,11c50-11c59,11d50-11d59,11da0-11da9,11de0-11de9,11f50-11f59,16130-16139,16a60-16a69,16ac0-16ac9,16b50-16b59,16d70-16d79,1ccf0-1ccf9,1d7ce-1d7ff,1e140-1e149,1e2f0-1e2f9,1e4f0-1e4f9,1e5f1-1e5fa,1e950-1e959,1fbf0-1fbf9"

const _NlData = "16ee-16f0,2160-2182,2185-2188,3007-3021:1a,3022-3029,3038-303a,a6e6-a6ef,10140-10174,10341-1034a:9,103d1-103d5,12400-1246e,16ff4-16ff6"

const _NoData = "b2-b3,b9-bc:3,bd-be,9f4-9f9,b72-b77,bf0-bf2,c78-c7e,d58-d5e,d70-d78,f2a-f33,1369-137c,17f0-17f9,19da-2070:696,2074-2079,2080-2089,2150-215f,2189-2460:2d7,2461-249b,24ea-24ff,2776-2793,2cfd-3192:495,3193-3195,3220-3229,3248-324f,3251-325f,3280-3289,32b1-32bf,a830-a835,10107-10133,10175-10178,1018a-1018b,102e1-102fb,10320-10323,10858-1085f,10879-1087f,108a7-108af,108fb-108ff,10916-1091b,109bc-109bd,109c0-109cf,109d2-109ff,10a40-10a48,10a7d-10a7e,10a9d-10a9f,10aeb-10aef,10b58-10b5f,10b78-10b7f,10ba9-10baf,10cfa-10cff,10e60-10e7e,10f1d-10f26,10f51-10f54,10fc5-10fcb,11052-11065,111e1-111f4,1173a-1173b,118ea-118f2,11c5a-11c6c,11fc0-11fd4,16b5b-16b61,16e80-16e96,1d2c0-1d2d3,1d2e0-1d2f3,1d360-1d378,1e8c7-1e8cf,1ec71-1ecab,1ecad-1ecaf,1ecb1-1ecb4,1ed01-1ed2d,1ed2f-1ed3d,1f100-1f10c"

const _PData = "21-23,25-2a,2c-2f,3a-3b,3f-40,5b-5d,5f-7b:1c,7d-a1:24,a7-ab:4,b6-b7,bb-bf:4,37e-387:9,55a-55f,589-58a,5be-5c0:2,5c3-5c6:3,5f3-5f4,609-60a,60c-60d,61b-61d:2,61e-61f,66a-66d,6d4-700:2c,701-70d,7f7-7f9,830-83e,85e-964:106,965-970:b,9fd-a76:79,af0-c77:187,c84-df4:170,e4f-e5a:b,e5b-f04:a9,f05-f12,f14-f3a:26,f3b-f3d,f85-fd0:4b,fd1-fd4,fd9-fda,104a-104f,10fb-1360:265,1361-1368,1400-166e:26e,169b-169c,16eb-16ed,1735-1736,17d4-17d6,17d8-17da,1800-180a,1944-1945,1a1e-1a1f,1aa0-1aa6,1aa8-1aad,1b4e-1b4f,1b5a-1b60,1b7d-1b7f,1bfc-1bff,1c3b-1c3f,1c7e-1c7f,1cc0-1cc7,1cd3-2010:33d,2011-2027,2030-2043,2045-2051,2053-205e,207d-207e,208d-208e,2308-230b,2329-232a,2768-2775,27c5-27c6,27e6-27ef,2983-2998,29d8-29db,29fc-29fd,2cf9-2cfc,2cfe-2cff,2d70-2e00:90,2e01-2e2e,2e30-2e4f,2e52-2e5d,3001-3003,3008-3011,3014-301f,3030-303d:d,30a0-30fb:5b,a4fe-a4ff,a60d-a60f,a673-a67e:b,a6f2-a6f7,a874-a877,a8ce-a8cf,a8f8-a8fa,a8fc-a92e:32,a92f-a95f:30,a9c1-a9cd,a9de-a9df,aa5c-aa5f,aade-aadf,aaf0-aaf1,abeb-fd3e:5153,fd3f-fe10:d1,fe11-fe19,fe30-fe52,fe54-fe61,fe63-fe68:5,fe6a-fe6b,ff01-ff03,ff05-ff0a,ff0c-ff0f,ff1a-ff1b,ff1f-ff20,ff3b-ff3d,ff3f-ff5b:1c,ff5d-ff5f:2,ff60-ff65,10100-10102,1039f-103d0:31,1056f-10857:2e8,1091f-1093f:20,10a50-10a58,10a7f-10af0:71,10af1-10af6,10b39-10b3f,10b99-10b9c,10d6e-10ead:13f,10ed0-10f55:85,10f56-10f59,10f86-10f89,11047-1104d,110bb-110bc,110be-110c1,11140-11143,11174-11175,111c5-111c8,111cd-111db:e,111dd-111df,11238-1123d,112a9-113d4:12b,113d5-113d7:2,113d8-1144b:73,1144c-1144f,1145a-1145b,1145d-114c6:69,115c1-115d7,11641-11643,11660-1166c,116b9-1173c:83,1173d-1173e,1183b-11944:109,11945-11946,119e2-11a3f:5d,11a40-11a46,11a9a-11a9c,11a9e-11aa2,11b00-11b09,11be1-11c41:60,11c42-11c45,11c70-11c71,11ef7-11ef8,11f43-11f4f,11fff-12470:471,12471-12474,12ff1-12ff2,16a6e-16a6f,16af5-16b37:42,16b38-16b3b,16b44-16d6d:229,16d6e-16d6f,16e97-16e9a,16fe2-1bc9f:4cbd,1da87-1da8b,1e5ff-1e95e:35f,1e95f"

const _PcData = "5f-203f:1fe0,2040-2054:14,fe33-fe34,fe4d-fe4f,ff3f"

const _PdData = "2d-58a:55d,5be-1400:e42,1806-2010:80a,2011-2015,2e17-2e1a:3,2e3a-2e3b,2e40-2e5d:1d,301c-3030:14,30a0-fe31:cd91,fe32-fe58:26,fe63-ff0d:aa,10d6e-10ead:13f"

const _PeData = "29-5d:34,7d-f3b:ebe,f3d-169c:75f,2046-207e:38,208e-2309:27b,230b-232a:1f,2769-2775:2,27c6-27e7:21,27e9-27ef:2,2984-2998:2,29d9-29db:2,29fd-2e23:426,2e25-2e29:2,2e56-2e5c:2,3009-3011:2,3015-301b:2,301e-301f,fd3e-fe18:da,fe36-fe44:2,fe48-fe5a:12,fe5c-fe5e:2,ff09-ff3d:34,ff5d-ff63:3"

const _PfData = "bb-2019:1f5e,201d-203a:1d,2e03-2e05:2,2e0a-2e0d:3,2e1d-2e21:4"

const _PiData = "ab-2018:1f6d,201b-201c,201f-2039:1a,2e02-2e04:2,2e09-2e0c:3,2e1c-2e20:4"

const _PoData = "21-23,25-27,2a-2e:2,2f-3a:b,3b-3f:4,40-5c:1c,a1-a7:6,b6-b7,bf-37e:2bf,387-55a:1d3,55b-55f,589-5c0:37,5c3-5c6:3,5f3-5f4,609-60a,60c-60d,61b-61d:2,61e-61f,66a-66d,6d4-700:2c,701-70d,7f7-7f9,830-83e,85e-964:106,965-970:b,9fd-a76:79,af0-c77:187,c84-df4:170,e4f-e5a:b,e5b-f04:a9,f05-f12,f14-f85:71,fd0-fd4,fd9-fda,104a-104f,10fb-1360:265,1361-1368,166e-16eb:7d,16ec-16ed,1735-1736,17d4-17d6,17d8-17da,1800-1805,1807-180a,1944-1945,1a1e-1a1f,1aa0-1aa6,1aa8-1aad,1b4e-1b4f,1b5a-1b60,1b7d-1b7f,1bfc-1bff,1c3b-1c3f,1c7e-1c7f,1cc0-1cc7,1cd3-2016:343,2017-2020:9,2021-2027,2030-2038,203b-203e,2041-2043,2047-2051,2053-2055:2,2056-205e,2cf9-2cfc,2cfe-2cff,2d70-2e00:90,2e01-2e06:5,2e07-2e08,2e0b-2e0e:3,2e0f-2e16,2e18-2e19,2e1b-2e1e:3,2e1f-2e2a:b,2e2b-2e2e,2e30-2e39,2e3c-2e3f,2e41-2e43:2,2e44-2e4f,2e52-2e54,3001-3003,303d-30fb:be,a4fe-a4ff,a60d-a60f,a673-a67e:b,a6f2-a6f7,a874-a877,a8ce-a8cf,a8f8-a8fa,a8fc-a92e:32,a92f-a95f:30,a9c1-a9cd,a9de-a9df,aa5c-aa5f,aade-aadf,aaf0-aaf1,abeb-fe10:5225,fe11-fe16,fe19-fe30:17,fe45-fe46,fe49-fe4c,fe50-fe52,fe54-fe57,fe5f-fe61,fe68-fe6a:2,fe6b-ff01:96,ff02-ff03,ff05-ff07,ff0a-ff0e:2,ff0f-ff1a:b,ff1b-ff1f:4,ff20-ff3c:1c,ff61-ff64:3,ff65,10100-10102,1039f-103d0:31,1056f-10857:2e8,1091f-1093f:20,10a50-10a58,10a7f-10af0:71,10af1-10af6,10b39-10b3f,10b99-10b9c,10ed0-10f55:85,10f56-10f59,10f86-10f89,11047-1104d,110bb-110bc,110be-110c1,11140-11143,11174-11175,111c5-111c8,111cd-111db:e,111dd-111df,11238-1123d,112a9-113d4:12b,113d5-113d7:2,113d8-1144b:73,1144c-1144f,1145a-1145b,1145d-114c6:69,115c1-115d7,11641-11643,11660-1166c,116b9-1173c:83,1173d-1173e,1183b-11944:109,11945-11946,119e2-11a3f:5d,11a40-11a46,11a9a-11a9c,11a9e-11aa2,11b00-11b09,11be1-11c41:60,11c42-11c45,11c70-11c71,11ef7-11ef8,11f43-11f4f,11fff-12470:471,12471-12474,12ff1-12ff2,16a6e-16a6f,16af5-16b37:42,16b38-16b3b,16b44-16d6d:229,16d6e-16d6f,16e97-16e9a,16fe2-1bc9f:4cbd,1da87-1da8b,1e5ff-1e95e:35f,1e95f"

const _PsData = "28-5b:33,7b-f3a:ebf,f3c-169b:75f,201a-201e:4,2045-207d:38,208d-2308:27b,230a-2329:1f,2768-2774:2,27c5-27e6:21,27e8-27ee:2,2983-2997:2,29d8-29da:2,29fc-2e22:426,2e24-2e28:2,2e42-2e55:13,2e57-2e5b:2,3008-3010:2,3014-301a:2,301d-fd3f:cd22,fe17-fe35:1e,fe37-fe43:2,fe47-fe59:12,fe5b-fe5d:2,ff08-ff3b:33,ff5b-ff5f:4,ff62"

const _SData = "24-2b:7,3c-3e,5e-60:2,7c-7e:2,a2-a6,a8-a9,ac-ae:2,af-b1,b4-b8:4,d7-f7:20,2c2-2c5,2d2-2df,2e5-2eb,2ed-2ef:2,2f0-2ff,375-384:f,385-3f6:71,482-58d:10b,58e-58f,606-608,60b-60e:3,60f-6de:cf,6e9-6fd:14,6fe-7f6:f8,7fe-7ff,888-9f2:16a,9f3-9fa:7,9fb-af1:f6,b70-bf3:83,bf4-bfa,c7f-d4f:d0,d79-e3f:c6,f01-f03,f13-f15:2,f16-f17,f1a-f1f,f34-f38:2,fbe-fc5,fc7-fcc,fce-fcf,fd5-fd8,109e-109f,1390-1399,166d-17db:16e,1940-19de:9e,19df-19ff,1b61-1b6a,1b74-1b7c,1fbd-1fbf:2,1fc0-1fc1,1fcd-1fcf,1fdd-1fdf,1fed-1fef,1ffd-1ffe,2044-2052:e,207a-207c,208a-208c,20a0-20c1,2100-2101,2103-2106,2108-2109,2114-2116:2,2117-2118,211e-2123,2125-2129:2,212e-213a:c,213b-2140:5,2141-2144,214a-214d,214f-218a:3b,218b-2190:5,2191-2307,230c-2328,232b-2429,2440-244a,249c-24e9,2500-2767,2794-27c4,27c7-27e5,27f0-2982,2999-29d7,29dc-29fb,29fe-2b73,2b76-2bff,2ce5-2cea,2e50-2e51,2e80-2e99,2e9b-2ef3,2f00-2fd5,2ff0-2fff,3004-3012:e,3013-3020:d,3036-3037,303e-303f,309b-309c,3190-3191,3196-319f,31c0-31e5,31ef-3200:11,3201-321e,322a-3247,3250-3260:10,3261-327f,328a-32b0,32c0-33ff,4dc0-4dff,a490-a4c6,a700-a716,a720-a721,a789-a78a,a828-a82b,a836-a839,aa77-aa79,ab5b-ab6a:f,ab6b-fb29:4fbe,fbb2-fbd2,fd40-fd4f,fd90-fd91,fdc8-fdcf,fdfc-fdff,fe62-fe64:2,fe65-fe66,fe69-ff04:9b,ff0b-ff1c:11,ff1d-ff1e,ff3e-ff40:2,ff5c-ff5e:2,ffe0-ffe6,ffe8-ffee,fffc-fffd,10137-1013f,10179-10189,1018c-1018e,10190-1019c,101a0-101d0:30,101d1-101fc,10877-10878,10ac8-10d8e:2c6,10d8f-10ed1:142,10ed2-10ed8,1173f-11fd5:896,11fd6-11ff1,16b3c-16b3f,16b45-1bc9c:5157,1cc00-1ccef,1ccfa-1ccfc,1cd00-1ceb3,1ceba-1ced0,1cee0-1cef0,1cf50-1cfc3,1d000-1d0f5,1d100-1d126,1d129-1d164,1d16a-1d16c,1d183-1d184,1d18c-1d1a9,1d1ae-1d1ea,1d200-1d241,1d245-1d300:bb,1d301-1d356,1d6c1-1d6db:1a,1d6fb-1d715:1a,1d735-1d74f:1a,1d76f-1d789:1a,1d7a9-1d7c3:1a,1d800-1d9ff,1da37-1da3a,1da6d-1da74,1da76-1da83,1da85-1da86,1e14f-1e2ff:1b0,1ecac-1ecb0:4,1ed2e-1eef0:1c2,1eef1-1f000:10f,1f001-1f02b,1f030-1f093,1f0a0-1f0ae,1f0b1-1f0bf,1f0c1-1f0cf,1f0d1-1f0f5,1f10d-1f1ad,1f1e6-1f202,1f210-1f23b,1f240-1f248,1f250-1f251,1f260-1f265,1f300-1f6d8,1f6dc-1f6ec,1f6f0-1f6fc,1f700-1f7d9,1f7e0-1f7eb,1f7f0-1f800:10,1f801-1f80b,1f810-1f847,1f850-1f859,1f860-1f887,1f890-1f8ad,1f8b0-1f8bb,1f8c0-1f8c1,1f8d0-1f8d8,1f900-1fa57,1fa60-1fa6d,1fa70-1fa7c,1fa80-1fa8a,1fa8e-1fac6,1fac8-1facd:5,1face-1fadc,1fadf-1faea,1faef-1faf8,1fb00-1fb92,1fb94-1fbef,1fbfa"

const _ScData = "24-a2:7e,a3-a5,58f-60b:7c,7fe-7ff,9f2-9f3,9fb-af1:f6,bf9-e3f:246,17db-20a0:8c5,20a1-20c1,a838-fdfc:55c4,fe69-ff04:9b,ffe0-ffe1,ffe5-ffe6,11fdd-11fe0,1e2ff-1ecb0:9b1"

const _SkData = "5e-60:2,a8-af:7,b4-b8:4,2c2-2c5,2d2-2df,2e5-2eb,2ed-2ef:2,2f0-2ff,375-384:f,385-888:503,1fbd-1fbf:2,1fc0-1fc1,1fcd-1fcf,1fdd-1fdf,1fed-1fef,1ffd-1ffe,309b-309c,a700-a716,a720-a721,a789-a78a,ab5b-ab6a:f,ab6b-fbb2:5047,fbb3-fbc2,ff3e-ff40:2,ffe3,1f3fb-1f3ff"

const _SmData = "2b-3c:11,3d-3e,7c-7e:2,ac-b1:5,d7-f7:20,3f6-606:210,607-608,2044-2052:e,207a-207c,208a-208c,2118-2140:28,2141-2144,214b-2190:45,2191-2194,219a-219b,21a0-21a6:3,21ae-21ce:20,21cf-21d2:3,21d4-21f4:20,21f5-22ff,2320-2321,237c-239b:1f,239c-23b3,23dc-23e1,25b7-25c1:a,25f8-25ff,266f-27c0:151,27c1-27c4,27c7-27e5,27f0-27ff,2900-2982,2999-29d7,29dc-29fb,29fe-2aff,2b30-2b44,2b47-2b4c,fb29-fe62:339,fe64-fe66,ff0b-ff1c:11,ff1d-ff1e,ff5c-ff5e:2,ffe2-ffe9:7,ffea-ffec,10d8e-10d8f,1cef0-1d6c1:7d1,1d6db-1d6fb:20,1d715-1d735:20,1d74f-1d76f:20,1d789-1d7a9:20,1d7c3-1eef0:172d,1eef1-1f8d0:9df,1f8d1-1f8d8"

const _SoData = "a6-a9:3,ae-b0:2,482-58d:10b,58e-60e:80,60f-6de:cf,6e9-6fd:14,6fe-7f6:f8,9fa-b70:176,bf3-bf8,bfa-c7f:85,d4f-d79:2a,f01-f03,f13-f15:2,f16-f17,f1a-f1f,f34-f38:2,fbe-fc5,fc7-fcc,fce-fcf,fd5-fd8,109e-109f,1390-1399,166d-1940:2d3,19de-19ff,1b61-1b6a,1b74-1b7c,2100-2101,2103-2106,2108-2109,2114-2116:2,2117-211e:7,211f-2123,2125-2129:2,212e-213a:c,213b-214a:f,214c-214d,214f-218a:3b,218b-2195:a,2196-2199,219c-219f,21a1-21a2,21a4-21a5,21a7-21ad,21af-21cd,21d0-21d1,21d3-21d5:2,21d6-21f3,2300-2307,230c-231f,2322-2328,232b-237b,237d-239a,23b4-23db,23e2-2429,2440-244a,249c-24e9,2500-25b6,25b8-25c0,25c2-25f7,2600-266e,2670-2767,2794-27bf,2800-28ff,2b00-2b2f,2b45-2b46,2b4d-2b73,2b76-2bff,2ce5-2cea,2e50-2e51,2e80-2e99,2e9b-2ef3,2f00-2fd5,2ff0-2fff,3004-3012:e,3013-3020:d,3036-3037,303e-303f,3190-3191,3196-319f,31c0-31e5,31ef-3200:11,3201-321e,322a-3247,3250-3260:10,3261-327f,328a-32b0,32c0-33ff,4dc0-4dff,a490-a4c6,a828-a82b,a836-a837,a839-aa77:23e,aa78-aa79,fbc3-fbd2,fd40-fd4f,fd90-fd91,fdc8-fdcf,fdfd-fdff,ffe4-ffe8:4,ffed-ffee,fffc-fffd,10137-1013f,10179-10189,1018c-1018e,10190-1019c,101a0-101d0:30,101d1-101fc,10877-10878,10ac8-10ed1:409,10ed2-10ed8,1173f-11fd5:896,11fd6-11fdc,11fe1-11ff1,16b3c-16b3f,16b45-1bc9c:5157,1cc00-1ccef,1ccfa-1ccfc,1cd00-1ceb3,1ceba-1ced0,1cee0-1ceef,1cf50-1cfc3,1d000-1d0f5,1d100-1d126,1d129-1d164,1d16a-1d16c,1d183-1d184,1d18c-1d1a9,1d1ae-1d1ea,1d200-1d241,1d245-1d300:bb,1d301-1d356,1d800-1d9ff,1da37-1da3a,1da6d-1da74,1da76-1da83,1da85-1da86,1e14f-1ecac:b5d,1ed2e-1f000:2d2,1f001-1f02b,1f030-1f093,1f0a0-1f0ae,1f0b1-1f0bf,1f0c1-1f0cf,1f0d1-1f0f5,1f10d-1f1ad,1f1e6-1f202,1f210-1f23b,1f240-1f248,1f250-1f251,1f260-1f265,1f300-1f3fa,1f400-1f6d8,1f6dc-1f6ec,1f6f0-1f6fc,1f700-1f7d9,1f7e0-1f7eb,1f7f0-1f800:10,1f801-1f80b,1f810-1f847,1f850-1f859,1f860-1f887,1f890-1f8ad,1f8b0-1f8bb,1f8c0-1f8c1,1f900-1fa57,1fa60-1fa6d,1fa70-1fa7c,1fa80-1fa8a,1fa8e-1fac6,1fac8-1facd:5,1face-1fadc,1fadf-1faea,1faef-1faf8,1fb00-1fb92,1fb94-1fbef,1fbfa"

const _ZData = "20-a0:80,1680-2000:980,2001-200a,2028-2029,202f-205f:30,3000"

const _ZlData = "2028"

const _ZpData = "2029"

const _ZsData = "20-a0:80,1680-2000:980,2001-200a,202f-205f:30,3000"

const _ArabicData = "600-604,606-60b,60d-61a,61c-61e,620-63f,641-64a,656-66f,671-6dc,6de-6ff,750-77f,870-891,897-8e1,8e3-8ff,fb50-fd3d,fd40-fdcf,fdf0-fdff,fe70-fe74,fe76-fefc,10e60-10e7e,10ec2-10ec7,10ed0-10ed8,10efa-10eff,1ee00-1ee03,1ee05-1ee1f,1ee21-1ee22,1ee24-1ee27:3,1ee29-1ee32,1ee34-1ee37,1ee39-1ee3b:2,1ee42-1ee47:5,1ee49-1ee4d:2,1ee4e-1ee4f,1ee51-1ee52,1ee54-1ee57:3,1ee59-1ee61:2,1ee62-1ee64:2,1ee67-1ee6a,1ee6c-1ee72,1ee74-1ee77,1ee79-1ee7c,1ee7e-1ee80:2,1ee81-1ee89,1ee8b-1ee9b,1eea1-1eea3,1eea5-1eea9,1eeab-1eebb,1eef0-1eef1"

const _ArmenianData = "531-556,559-58a,58d-58f,fb13-fb17"

const _CyrillicData = "400-484,487-52f,1c80-1c8a,1d2b-1d78:4d,2de0-2dff,a640-a69f,fe2e-fe2f,1e030-1e06d,1e08f"

const _DevanagariData = "900-950,955-963,966-97f,a8e0-a8ff,11b00-11b09"

const _GeorgianData = "10a0-10c5,10c7-10cd:6,10d0-10fa,10fc-10ff,1c90-1cba,1cbd-1cbf,2d00-2d25,2d27-2d2d:6"

const _GreekData = "370-373,375-377,37a-37d,37f-384:5,386-388:2,389-38a,38c-38e:2,38f-3a1,3a3-3e1,3f0-3ff,1d26-1d2a,1d5d-1d61,1d66-1d6a,1dbf-1f00:141,1f01-1f15,1f18-1f1d,1f20-1f45,1f48-1f4d,1f50-1f57,1f59-1f5f:2,1f60-1f7d,1f80-1fb4,1fb6-1fc4,1fc6-1fd3,1fd6-1fdb,1fdd-1fef,1ff2-1ff4,1ff6-1ffe,2126-ab65:8a3f,10140-1018e,101a0-1d200:d060,1d201-1d245"

const _HanData = "2e80-2e99,2e9b-2ef3,2f00-2fd5,3005-3007:2,3021-3029,3038-303b,3400-4dbf,4e00-9fff,f900-fa6d,fa70-fad9,16fe2-16fe3,16ff0-16ff6,20000-2a6df,2a700-2b81d,2b820-2cead,2ceb0-2ebe0,2ebf0-2ee5d,2f800-2fa1d,30000-3134a,31350-33479"

const _HangulData = "1100-11ff,302e-302f,3131-318e,3200-321e,3260-327e,a960-a97c,ac00-d7a3,d7b0-d7c6,d7cb-d7fb,ffa0-ffbe,ffc2-ffc7,ffca-ffcf,ffd2-ffd7,ffda-ffdc"

const _HebrewData = "591-5c7,5d0-5ea,5ef-5f4,fb1d-fb36,fb38-fb3c,fb3e-fb40:2,fb41-fb43:2,fb44-fb46:2,fb47-fb4f"

const _HiraganaData = "3041-3096,309d-309f,1b001-1b11f,1b132-1b150:1e,1b151-1b152,1f200"

const _KatakanaData = "30a1-30fa,30fd-30ff,31f0-31ff,32d0-32fe,3300-3357,ff66-ff6f,ff71-ff9d,1aff0-1aff3,1aff5-1affb,1affd-1affe,1b000-1b120:120,1b121-1b122,1b155-1b164:f,1b165-1b167"

const _LatinData = "41-5a,61-7a,aa-ba:10,c0-d6,d8-f6,f8-2b8,2e0-2e4,1d00-1d25,1d2c-1d5c,1d62-1d65,1d6b-1d77,1d79-1dbe,1e00-1eff,2071-207f:e,2090-209c,212a-212b,2132-214e:1c,2160-2188,2c60-2c7f,a722-a787,a78b-a7dc,a7f1-a7ff,ab30-ab5a,ab5c-ab64,ab66-ab69,fb00-fb06,ff21-ff3a,ff41-ff5a,10780-10785,10787-107b0,107b2-107ba,1df00-1df1e,1df25-1df2a"

const _ThaiData = "e01-e3a,e40-e5b"

const _ASCII_Hex_DigitData = "30-39,41-46,61-66"

const _DashData = "2d-58a:55d,5be-1400:e42,1806-2010:80a,2011-2015,2053-207b:28,208b-2212:187,2e17-2e1a:3,2e3a-2e3b,2e40-2e5d:1d,301c-3030:14,30a0-fe31:cd91,fe32-fe58:26,fe63-ff0d:aa,10d6e-10ead:13f"

const _Hex_DigitData = "30-39,41-46,61-66,ff10-ff19,ff21-ff26,ff41-ff46"

const _HyphenData = "2d-ad:80,58a-1806:127c,2010-2011,2e17-30fb:2e4,fe63-ff0d:aa,ff65"

const _Quotation_MarkData = "22-27:5,ab-bb:10,2018-201f,2039-203a,2e42-300c:1ca,300d-300f,301d-301f,fe41-fe44,ff02-ff07:5,ff62-ff63"

const _White_SpaceData = "9-d,20-85:65,a0-1680:15e0,2000-200a,2028-2029,202f-205f:30,3000"

var (
	_Cc = &RangeTable{}
	_Cf = &RangeTable{}
	_Co = &RangeTable{}
	_Cs = &RangeTable{}
	_L = &RangeTable{}
	_Ll = &RangeTable{}
	_Lm = &RangeTable{}
	_Lo = &RangeTable{}
	_Lt = &RangeTable{}
	_Lu = &RangeTable{}
	_M = &RangeTable{}
	_Mc = &RangeTable{}
	_Me = &RangeTable{}
	_Mn = &RangeTable{}
	_N = &RangeTable{}
	_Nd = &RangeTable{}
	_Nl = &RangeTable{}
	_No = &RangeTable{}
	_P = &RangeTable{}
	_Pc = &RangeTable{}
	_Pd = &RangeTable{}
	_Pe = &RangeTable{}
	_Pf = &RangeTable{}
	_Pi = &RangeTable{}
	_Po = &RangeTable{}
	_Ps = &RangeTable{}
	_S = &RangeTable{}
	_Sc = &RangeTable{}
	_Sk = &RangeTable{}
	_Sm = &RangeTable{}
	_So = &RangeTable{}
	_Z = &RangeTable{}
	_Zl = &RangeTable{}
	_Zp = &RangeTable{}
	_Zs = &RangeTable{}
	_Arabic = &RangeTable{}
	_Armenian = &RangeTable{}
	_Cyrillic = &RangeTable{}
	_Devanagari = &RangeTable{}
	_Georgian = &RangeTable{}
	_Greek = &RangeTable{}
	_Han = &RangeTable{}
	_Hangul = &RangeTable{}
	_Hebrew = &RangeTable{}
	_Hiragana = &RangeTable{}
	_Katakana = &RangeTable{}
	_Latin = &RangeTable{}
	_Thai = &RangeTable{}
	_ASCII_Hex_Digit = &RangeTable{}
	_Dash = &RangeTable{}
	_Hex_Digit = &RangeTable{}
	_Hyphen = &RangeTable{}
	_Quotation_Mark = &RangeTable{}
	_White_Space = &RangeTable{}
)

// tableData holds the ranges of each table until its first use.
var tableData = map[*RangeTable]string{
	_Cc: _CcData,
	_Cf: _CfData,
	_Co: _CoData,
	_Cs: _CsData,
	_L: _LData,
	_Ll: _LlData,
	_Lm: _LmData,
	_Lo: _LoData,
	_Lt: _LtData,
	_Lu: _LuData,
	_M: _MData,
	_Mc: _McData,
	_Me: _MeData,
	_Mn: _MnData,
	_N: _NData,
	_Nd: _NdData,
	_Nl: _NlData,
	_No: _NoData,
	_P: _PData,
	_Pc: _PcData,
	_Pd: _PdData,
	_Pe: _PeData,
	_Pf: _PfData,
	_Pi: _PiData,
	_Po: _PoData,
	_Ps: _PsData,
	_S: _SData,
	_Sc: _ScData,
	_Sk: _SkData,
	_Sm: _SmData,
	_So: _SoData,
	_Z: _ZData,
	_Zl: _ZlData,
	_Zp: _ZpData,
	_Zs: _ZsData,
	_Arabic: _ArabicData,
	_Armenian: _ArmenianData,
	_Cyrillic: _CyrillicData,
	_Devanagari: _DevanagariData,
	_Georgian: _GeorgianData,
	_Greek: _GreekData,
	_Han: _HanData,
	_Hangul: _HangulData,
	_Hebrew: _HebrewData,
	_Hiragana: _HiraganaData,
	_Katakana: _KatakanaData,
	_Latin: _LatinData,
	_Thai: _ThaiData,
	_ASCII_Hex_Digit: _ASCII_Hex_DigitData,
	_Dash: _DashData,
	_Hex_Digit: _Hex_DigitData,
	_Hyphen: _HyphenData,
	_Quotation_Mark: _Quotation_MarkData,
	_White_Space: _White_SpaceData,
}
