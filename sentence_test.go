package aussage

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// sentenceTests are German sentences written for these tests; want lists the
// sentences the segmenter must find, as text.
var sentenceTests = []struct {
	name string
	text string
	want []string
}{
	{"plain", "Die Regierung tagt. Der Minister schweigt! Wer weiß es?",
		[]string{"Die Regierung tagt.", "Der Minister schweigt!", "Wer weiß es?"}},
	{"abbreviations inside", "Der Vorschlag kam z. B. von Dr. Müller aus Zimmer Nr. 5 der Behörde. Er wurde abgelehnt.",
		[]string{"Der Vorschlag kam z. B. von Dr. Müller aus Zimmer Nr. 5 der Behörde.", "Er wurde abgelehnt."}},
	{"abbreviations glued", "Es gab u.a. Kritik, z.B. von der Opposition. Sie blieb folgenlos.",
		[]string{"Es gab u.a. Kritik, z.B. von der Opposition.", "Sie blieb folgenlos."}},
	{"amounts", "Die Kosten lagen bei ca. 3,5 Mio. Euro bzw. 1.000 Euro pro Kopf. Das war zu viel.",
		[]string{"Die Kosten lagen bei ca. 3,5 Mio. Euro bzw. 1.000 Euro pro Kopf.", "Das war zu viel."}},
	{"abbreviation ends sentence", "Gefunden wurden Münzen, Scherben usw. Die Grabung dauert an.",
		[]string{"Gefunden wurden Münzen, Scherben usw.", "Die Grabung dauert an."}},
	{"abbreviation before noun", "Die Gemeinde liegt in St. Gallen und zählt ca. 900 Einwohner.",
		[]string{"Die Gemeinde liegt in St. Gallen und zählt ca. 900 Einwohner."}},
	{"before Christ", "Rom wurde 753 v. Chr. gegründet. Die Stadt entstand um 753 v. Chr. Danach wuchs sie.",
		[]string{"Rom wurde 753 v. Chr. gegründet.", "Die Stadt entstand um 753 v. Chr.", "Danach wuchs sie."}},
	{"ordinals", "Die Wahl findet am 1. August statt. Im 20. Jahrhundert war das anders.",
		[]string{"Die Wahl findet am 1. August statt.", "Im 20. Jahrhundert war das anders."}},
	{"ordinal league", "Der Verein spielt in der 3. Liga und belegt den 8. Platz. Er stieg 2019 ab.",
		[]string{"Der Verein spielt in der 3. Liga und belegt den 8. Platz.", "Er stieg 2019 ab."}},
	{"number ends sentence", "Der Klub landete auf Rang 5. Das reichte nicht. Das Spiel endete 2:1. Die Fans jubelten.",
		[]string{"Der Klub landete auf Rang 5.", "Das reichte nicht.", "Das Spiel endete 2:1.", "Die Fans jubelten."}},
	{"year ends sentence", "Die Mauer fiel 1989. Berlin wurde wieder Hauptstadt.",
		[]string{"Die Mauer fiel 1989.", "Berlin wurde wieder Hauptstadt."}},
	{"ordinal in brackets", "Das Tor fiel spät (89.). Danach war Schluss.",
		[]string{"Das Tor fiel spät (89.).", "Danach war Schluss."}},
	{"date", "Der Bericht erschien am 04.05.2018. Danach kam nichts mehr.",
		[]string{"Der Bericht erschien am 04.05.2018.", "Danach kam nichts mehr."}},
	{"initials", "Der Roman von J. R. R. Tolkien erschien 1954. Er wurde ein Erfolg.",
		[]string{"Der Roman von J. R. R. Tolkien erschien 1954.", "Er wurde ein Erfolg."}},
	{"regnal number", "Das Schloss ließ Ludwig XIV. bauen. Es ist riesig.",
		[]string{"Das Schloss ließ Ludwig XIV. bauen.", "Es ist riesig."}},
	{"list numbers", "Die Regeln lauten: 1. Niemand lügt. 2. Alle helfen.",
		[]string{"Die Regeln lauten: 1. Niemand lügt.", "2. Alle helfen."}},
	{"ellipsis", "Er zögerte ... und schwieg dann. Sie wartete … Dann ging sie.",
		[]string{"Er zögerte ... und schwieg dann.", "Sie wartete …", "Dann ging sie."}},
	{"omission", "„Wir haben […] alles versucht“, sagte sie.",
		[]string{"„Wir haben […] alles versucht“, sagte sie."}},
	{"url", "Mehr steht unter www.example.org/bericht.html im Netz. Dort gibt es Bilder.",
		[]string{"Mehr steht unter www.example.org/bericht.html im Netz.", "Dort gibt es Bilder."}},
	{"missing space", "Der Kurs fiel um 3 Prozent.Danach erholte er sich mit der Sojus-2.1b wieder.",
		[]string{"Der Kurs fiel um 3 Prozent.", "Danach erholte er sich mit der Sojus-2.1b wieder."}},
	{"repeated marks", "Super!!! Wir kommen wieder?! Ganz sicher.",
		[]string{"Super!!!", "Wir kommen wieder?!", "Ganz sicher."}},
	{"closing quote goes with its sentence", "„Das ist gut.“ Dann ging er.",
		[]string{"„Das ist gut.“", "Dann ging er."}},
	{"question in quote with frame", "„Warum?“, fragte er. „Darum!“ rief sie.",
		[]string{"„Warum?“, fragte er.", "„Darum!“ rief sie."}},
	{"colon opens quotation", "Er sagte: „Wir kommen morgen.“ Dann legte er auf.",
		[]string{"Er sagte: „Wir kommen morgen.“", "Dann legte er auf."}},
	{"straight quotes", `Sie sagte: "Es reicht." Niemand widersprach.`,
		[]string{`Sie sagte: "Es reicht."`, "Niemand widersprach."}},
	{"bracketed sentence", "Der Preis stieg. (Er war schon hoch.) Die Kunden klagen.",
		[]string{"Der Preis stieg.", "(Er war schon hoch.)", "Die Kunden klagen."}},
	{"exclamation in brackets", "Das Team (sehr freundlich!) half sofort.",
		[]string{"Das Team (sehr freundlich!) half sofort."}},
	{"paragraph ends headline", "Regierung stürzt\n\nDie Regierung ist gestern gestürzt.",
		[]string{"Regierung stürzt", "Die Regierung ist gestern gestürzt."}},
	{"line break in plain text", "Minister tritt zurück\nDer Minister hat seinen Rücktritt erklärt.\nEr nannte keine Gründe.",
		[]string{"Minister tritt zurück", "Der Minister hat seinen Rücktritt erklärt.", "Er nannte keine Gründe."}},
	{"hard-wrapped text", "Auf Eis gelegt\nDie Ministerin sitzt in der Schuldenfalle. Wegen der schlechten\n" +
		"Kassenlage hat sie jetzt eine lange erarbeitete Vorlage gestoppt und\n" +
		"vorgeschlagen, erst im nächsten Jahr darüber zu entscheiden. Das ist\n" +
		"verständlich, aber es löst kein einziges Problem der Schulen im Land.",
		[]string{"Auf Eis gelegt", "Die Ministerin sitzt in der Schuldenfalle.",
			"Wegen der schlechten\nKassenlage hat sie jetzt eine lange erarbeitete Vorlage gestoppt und\nvorgeschlagen, erst im nächsten Jahr darüber zu entscheiden.",
			"Das ist\nverständlich, aber es löst kein einziges Problem der Schulen im Land."}},
	{"headline runs into sentence", "Minister tritt nach Affäre zurück Am Montag erklärte er seinen Rücktritt.",
		[]string{"Minister tritt nach Affäre zurück", "Am Montag erklärte er seinen Rücktritt."}},
	{"capital noun after article", "Für die Firma kam im Mai das Aus. Bei einem Ja der Kunden geht es weiter.",
		[]string{"Für die Firma kam im Mai das Aus.", "Bei einem Ja der Kunden geht es weiter."}},
	{"names with capital article", "Das Gericht in Den Haag entschied, wie die Linke und Die Linke es wollten.",
		[]string{"Das Gericht in Den Haag entschied, wie die Linke und Die Linke es wollten."}},
	{"polite address", "Hier finden Sie alles. Bitte rufen Sie uns an.",
		[]string{"Hier finden Sie alles.", "Bitte rufen Sie uns an."}},
	{"dateline with agency", "Wahl in Bayern beendet Berlin (dpa) - Die Wahl ist vorbei.",
		[]string{"Wahl in Bayern beendet", "Berlin (dpa) - Die Wahl ist vorbei."}},
	{"dateline with dash", "Stadt baut neue Brücke Wien - Die Arbeiten beginnen im Mai.",
		[]string{"Stadt baut neue Brücke", "Wien - Die Arbeiten beginnen im Mai."}},
	{"dateline with several places", "Haftbefehl gegen Präsidenten Johannesburg/Khartum/Den Haag - Der Gesuchte ist abgereist.",
		[]string{"Haftbefehl gegen Präsidenten", "Johannesburg/Khartum/Den Haag - Der Gesuchte ist abgereist."}},
	{"agency credit", "Die Lage bleibt ruhig, sagte ein Sprecher der Deutschen Presse-Agentur (dpa).",
		[]string{"Die Lage bleibt ruhig, sagte ein Sprecher der Deutschen Presse-Agentur (dpa)."}},
	{"headline before quotation", "Trainer zieht Bilanz \"Wir haben viel gelernt\", sagte er.",
		[]string{"Trainer zieht Bilanz", "\"Wir haben viel gelernt\", sagte er."}},
	{"quotation after verb of saying", "Er kommentierte „Die Lage ist ernst.“ und ging.",
		[]string{"Er kommentierte „Die Lage ist ernst.“ und ging."}},
	{"TeX quotes", "``Wir kommen.'' Das sagte er.",
		[]string{"``Wir kommen.''", "Das sagte er."}},
	{"empty", "", nil},
	{"only space", " \n\n \t", nil},
}

func sentenceTexts(t *Text) []string {
	var got []string
	for _, s := range t.Sentences() {
		got = append(got, t.Slice(s.Span))
	}
	return got
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceTests {
		t.Run(tc.name, func(t *testing.T) {
			txt := NewText(tc.text)
			if diff := cmp.Diff(tc.want, sentenceTexts(txt)); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
			checkSentences(t, txt)
		})
	}
}

func TestDate(t *testing.T) {
	tests := []struct {
		text, value, line, first string
	}{
		{" date 2020-08 Nordkoreas Regime lässt nicht locker. Es geht weiter.", "2020-08", "date 2020-08", "Nordkoreas Regime lässt nicht locker."},
		{"date 2020-08-04\nDie Wahl ist vorbei.", "2020-08-04", "date 2020-08-04", "Die Wahl ist vorbei."},
		{"Datum: 04.08.2020\n\nDie Wahl ist vorbei.", "2020-08-04", "Datum: 04.08.2020", "Die Wahl ist vorbei."},
		{"date 2020\nText.", "2020", "date 2020", "Text."},
		// Look-alikes: not a metadata line.
		{"Das Datum 2020-08 steht fest.", "", "", "Das Datum 2020-08 steht fest."},
		{"date night ist beliebt.", "", "", "date night ist beliebt."},
		{"date 2020-13 Text.", "", "", "date 2020-13 Text."},
		{"date 2020-08x Text.", "", "", "date 2020-08x Text."},
	}
	for _, tc := range tests {
		txt := NewText(tc.text)
		v, sp := txt.Date()
		if v != tc.value || txt.Slice(sp) != tc.line {
			t.Errorf("Date(%q) = %q, %q; want %q, %q", tc.text, v, txt.Slice(sp), tc.value, tc.line)
		}
		if got := sentenceTexts(txt); len(got) == 0 || got[0] != tc.first {
			t.Errorf("first sentence of %q = %q, want %q", tc.text, got, tc.first)
		}
		checkSentences(t, txt)
	}
}

func TestSeedDate(t *testing.T) {
	b, err := os.ReadFile("testdata/nordkorea-2020-08.txt")
	if err != nil {
		t.Fatal(err)
	}
	txt := NewText(string(b))
	v, sp := txt.Date()
	if v != "2020-08" || txt.Slice(sp) != "date 2020-08" {
		t.Errorf("Date() = %q, %q", v, txt.Slice(sp))
	}
	ss := txt.Sentences()
	if len(ss) < 10 || txt.Slice(ss[0].Span) != "Nordkoreas Regime lässt nicht locker." {
		t.Errorf("first sentence %q of %d", txt.Slice(ss[0].Span), len(ss))
	}
	for _, s := range ss {
		if s.Span.Overlaps(sp) {
			t.Errorf("sentence %q overlaps the date line", txt.Slice(s.Span))
		}
	}
	checkSentences(t, txt)
}

// checkSentences verifies the invariants of Sentences: spans tight, in bounds, on
// rune boundaries, in order and not overlapping; token ranges contiguous and
// consistent with the spans.
func checkSentences(t *testing.T, txt *Text) {
	t.Helper()
	src, toks := txt.String(), txt.Tokens()
	prevEnd, prevTok := 0, 0
	if _, d := txt.Date(); !d.IsEmpty() {
		prevEnd = d.End
	}
	for i, s := range txt.Sentences() {
		sp := s.Span
		if sp.Start < prevEnd || sp.End <= sp.Start || sp.End > len(src) {
			t.Fatalf("sentence %d %v out of order or bounds (previous end %d, len %d)", i, sp, prevEnd, len(src))
		}
		if !onRuneBoundary(src, sp.Start) || !onRuneBoundary(src, sp.End) {
			t.Fatalf("sentence %d %v not on rune boundaries", i, sp)
		}
		if got := sp.Of(src); strings.TrimSpace(got) != got {
			t.Fatalf("sentence %d %q not tight", i, got)
		}
		a, b := s.Tokens[0], s.Tokens[1]
		if a < prevTok || a >= b || b > len(toks) || toks[a].Span.Start != sp.Start || toks[b-1].Span.End != sp.End {
			t.Fatalf("sentence %d tokens %v do not match span %v", i, s.Tokens, sp)
		}
		if i == 0 && a != 0 && txt.dateValue == "" {
			t.Fatalf("first sentence starts at token %d", a)
		}
		prevEnd, prevTok = sp.End, b
	}
	if n := len(txt.Sentences()); n > 0 && prevTok != len(toks) {
		t.Fatalf("sentences end at token %d of %d", prevTok, len(toks))
	}
}

// onRuneBoundary reports whether i starts a rune of s or is len(s); an invalid byte
// counts as a rune of its own, as in a range loop.
func onRuneBoundary(s string, i int) bool {
	if i == len(s) || utf8.RuneStart(s[i]) {
		return true
	}
	// A continuation byte starts a rune only if the bytes before it do not form a
	// valid rune that covers it.
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(s[j]) {
			r, size := utf8.DecodeRuneInString(s[j:])
			return !(r != utf8.RuneError || size > 1) || j+size <= i
		}
	}
	return true
}

func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceTests {
		f.Add(tc.text)
	}
	f.Add("date 2020-08")
	f.Add("date 2020-08\n\n")
	f.Add("a.\n\nb\nc\nd\ne\nf")
	f.Add("(dpa) - (x)")
	f.Fuzz(func(t *testing.T, s string) {
		checkSentences(t, NewText(s))
	})
}

// FuzzText checks the normalised view and its alignment: view offsets (on rune
// boundaries of the view) map to non-decreasing original offsets on rune boundaries
// of the original, token spans agree with Span, the keys of words, hashtags and
// mentions are their Fold and those of other tokens their text, and normalising the
// view again changes nothing.
func FuzzText(f *testing.F) {
	for _, tc := range sentenceTests {
		f.Add(tc.text)
	}
	f.Add("Mu\u0308ller sagte \u201ehallo\u201c \u2013 \u2026 a\u00adb \xff\xfe \r\n")
	f.Fuzz(func(t *testing.T, s string) {
		txt := NewText(s)
		view := txt.View()
		boundary := make([]bool, len(s)+1)
		for i := range s {
			boundary[i] = true
		}
		boundary[len(s)] = true
		prev := Span{}
		for o := 0; o <= len(view); o++ {
			if o < len(view) && !utf8.RuneStart(view[o]) {
				continue // the view is valid UTF-8: offsets inside a rune are not offsets
			}
			sp := txt.Span(o, o)
			if sp.Start < prev.Start || sp.End < prev.End {
				t.Fatalf("view offset %d maps to %v, before %v", o, sp, prev)
			}
			if sp.Start < 0 || sp.End > len(s) || !boundary[sp.Start] || !boundary[sp.End] {
				t.Fatalf("view offset %d maps to %v, not on rune boundaries of %q", o, sp, s)
			}
			prev = sp
		}
		for _, tok := range txt.Tokens() {
			vs := txt.viewStart(&tok)
			if vs < 0 || vs+len(tok.Text) > len(view) || view[vs:vs+len(tok.Text)] != tok.Text {
				t.Fatalf("token %q is not the view at its offset %d", tok.Text, vs)
			}
			if got := txt.ViewOffset(tok.Span.Start); got > vs {
				t.Fatalf("token %q starts at view offset %d, ViewOffset(span start) gives %d", tok.Text, vs, got)
			}
			if want := txt.Span(vs, vs+len(tok.Text)); tok.Span != want {
				t.Fatalf("token %q has span %v, Span(view) gives %v", tok.Text, tok.Span, want)
			}
			want := tok.Text
			if tok.Kind == Word || tok.Kind == Hashtag || tok.Kind == Mention {
				want = Fold(tok.Text)
			}
			if tok.Key != want {
				t.Fatalf("%v token %q has key %q, want %q", tok.Kind, tok.Text, tok.Key, want)
			}
		}
		if again := NewText(view).View(); again != view {
			t.Fatalf("normalising twice changed the view:\n%q\n%q", view, again)
		}
	})
}

// TestLineShape checks the median length of the interior lines that lineShape
// finds in hard-wrapped text, and that text whose lines end sentences is not
// taken for it.
func TestLineShape(t *testing.T) {
	tests := []struct {
		name    string
		view    string
		wrapped bool
		median  int
	}{
		{"wrapped", "Der Minister sagte am\nMontag in Berlin, die Lage sei\nernst und die\nRegierung handle.\n", true, 21}, // 21, 30 and 13 bytes
		{"one line per sentence", "Der Minister sprach.\nDie Lage sei ernst.\nEr geht.\n", false, 0},
		{"paragraphs only", "Der Minister sagte am Montag in Berlin, die Lage sei ernst.\n\nEr geht.", false, 0},
		{"no line breaks", "Der Minister sagte am Montag", false, 0},
	}
	for _, tt := range tests {
		wrapped, median := lineShape(tt.view)
		if wrapped != tt.wrapped || median != tt.median {
			t.Errorf("%s: lineShape = %v, %d; want %v, %d", tt.name, wrapped, median, tt.wrapped, tt.median)
		}
	}
}
