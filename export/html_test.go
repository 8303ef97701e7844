package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/claim"
	"github.com/aussage/aussage/hedge"
	"github.com/google/go-cmp/cmp"
)

var screenshot = flag.String("screenshot", "", "TestHTMLInChromium: also keep the seed page's screenshot in this PNG file")

func renderHTML(t *testing.T, d *claim.Document) string {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestSegments checks how the article is cut and classed: nested claims innermost
// first, a speaker shown as speaker rather than as a plain mention, a hedge inside
// attributed content carrying both classes, plain text merged.
func TestSegments(t *testing.T) {
	src := "Kim sagte, es sei wohl so. Ende."
	d := &claim.Document{
		Sources: []claim.Source{{ID: "s1", Name: "Kim", Kind: "person", Mentions: []aussage.Span{span(src, "Kim", 0)}}},
		Attributions: []claim.Attribution{{ID: "a1", Content: []aussage.Span{span(src, "es sei wohl so", 0)},
			Speaker: []aussage.Span{span(src, "Kim", 0)}, Cue: []aussage.Span{span(src, "sagte", 0)}, Source: "s1"}},
		Hedges: []claim.Hedge{{Spans: []aussage.Span{span(src, "wohl", 0)}}},
		Claims: []claim.Claim{
			{ID: "c1", Span: span(src, "Kim sagte, es sei wohl so.", 0)},
			{ID: "c2", Span: span(src, "es sei wohl so", 0)},
		},
	}
	want := []segment{
		{Text: "Kim", Class: "claim speaker", Claims: "c1", Source: "s1"},
		{Text: " ", Class: "claim", Claims: "c1"},
		{Text: "sagte", Class: "claim cue", Claims: "c1"},
		{Text: ", ", Class: "claim", Claims: "c1"},
		{Text: "es sei ", Class: "claim content", Claims: "c2 c1"},
		{Text: "wohl", Class: "claim content hedge", Claims: "c2 c1"},
		{Text: " so", Class: "claim content", Claims: "c2 c1"},
		{Text: ".", Class: "claim", Claims: "c1"},
		{Text: " Ende."},
	}
	if diff := cmp.Diff(want, segments(d, src)); diff != "" {
		t.Errorf("segments mismatch (-want +got):\n%s", diff)
	}
}

// TestHTMLEscapes: text that looks like markup stays text.
func TestHTMLEscapes(t *testing.T) {
	d, err := claim.Analyze(`Der Minister sagte: „<script>alert(1)</script> & <b>mehr</b> ist möglich.“`)
	if err != nil {
		t.Fatal(err)
	}
	page := renderHTML(t, d)
	for _, bad := range []string{"<script>alert", "<b>mehr"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains unescaped %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;") {
		t.Error("page lacks the escaped text")
	}
}

// TestHTMLSelfContained: the page loads nothing: no external script, style, image
// or font, and no URL but the SVG namespace.
func TestHTMLSelfContained(t *testing.T) {
	page := renderHTML(t, seed(t))
	for _, bad := range []string{"<link", " src=", "@import", "url(http", "//fonts."} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	urls := regexp.MustCompile(`https?://[^"' <)]+`).FindAllString(page, -1)
	for _, u := range urls {
		if u != "http://www.w3.org/2000/svg" {
			t.Errorf("page refers to %s", u)
		}
	}
}

// TestHTMLOddDocuments: no panic on an empty text, on spans that do not fit the
// text, or on a claim whose chain names no source; ErrNoText without text.
func TestHTMLOddDocuments(t *testing.T) {
	empty, err := claim.Analyze("")
	if err != nil {
		t.Fatal(err)
	}
	if page := renderHTML(t, empty); !strings.Contains(page, "(empty document)") || !strings.Contains(page, "No claims") {
		t.Error("empty document: page lacks its placeholders")
	}
	src := "Größe"
	odd := &claim.Document{
		Hedges: []claim.Hedge{{Spans: []aussage.Span{{Start: 2, End: 4}, {Start: 3, End: 99}, {Start: -5, End: 1}}}},
		Claims: []claim.Claim{{ID: "c1", Span: aussage.Span{Start: 0, End: 6}, Chain: []string{"author", "s9"},
			Values: []claim.SourceValue{{Source: "author", Value: hedge.Uu}}}},
	}
	var buf bytes.Buffer
	if err := writeHTML(&buf, odd, src); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ">Größ<") || !strings.Contains(buf.String(), "s9") {
		t.Error("odd document: page lacks its text or the unknown source")
	}
	b, _ := json.Marshal(empty)
	var back claim.Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&buf, &back); !errors.Is(err, ErrNoText) {
		t.Errorf("document without text: error %v, want ErrNoText", err)
	}
}

// probe is appended to a copy of the page under test. After the page's own script
// has run, it records for every listed claim whether its list entry and a piece of
// the article carrying it are visible, then points at one claim and clicks another
// as a reader would, and writes what the inspector then shows into <pre
// id="probe">, which chromium --dump-dom prints.
const probe = `<script>
window.addEventListener("load", function () {
  function visible(el) {
    if (!el) return false;
    var r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== "hidden" && s.display !== "none" && s.opacity !== "0";
  }
  function seg(id) { return document.querySelector('#text [data-claims~="' + id + '"]'); }
  var out = {claims: {}, graphNodes: 0, graphVisible: false, legend: false};
  document.querySelectorAll("#claims li.claim").forEach(function (li) {
    var id = li.getAttribute("data-claim");
    out.claims[id] = {listed: visible(li), inText: visible(seg(id)), hops: li.querySelectorAll(".chain > li").length};
  });
  out.graphNodes = document.querySelectorAll("#graph svg g.node").length;
  out.graphVisible = visible(document.querySelector("#graph svg"));
  out.legend = visible(document.getElementById("legend"));
  out.styles = {};
  ["hedge", "cue", "speaker", "content"].forEach(function (k) {
    var el = document.querySelector("#text ." + k);
    if (el) { var s = getComputedStyle(el); out.styles[k] = [s.color, s.backgroundColor, s.fontWeight, s.textDecorationLine, s.borderBottomStyle].join(" "); }
  });
  var hover = seg("HOVER");
  if (hover) hover.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  out.hovered = document.getElementById("inspector-body").textContent;
  var click = seg("CLICK");
  if (click) click.click();
  out.clicked = document.getElementById("inspector-body").textContent;
  out.active = document.querySelectorAll("#text .active").length;
  var node = document.querySelector('#graph g.node[data-source="SOURCE"]');
  if (node) node.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
  out.mentionsShown = document.querySelectorAll("#text .source-active").length;
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>`

type probeResult struct {
	Claims map[string]struct {
		Listed, InText bool
		Hops           int
	}
	GraphNodes    int
	GraphVisible  bool
	Legend        bool
	Styles        map[string]string
	Hovered       string
	Clicked       string
	Active        int
	MentionsShown int
}

// chromium returns the path of a Chromium or Chrome binary, or skips the test.
func chromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium installed: the page is not rendered (on Debian: apt-get install chromium)")
	return ""
}

// runChromium runs headless Chromium on a local file with a fresh profile.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--no-first-run", "--hide-scrollbars", "--user-data-dir=" + t.TempDir()}, args...)
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", bin, strings.Join(args, " "), err, stderr.String())
	}
	return out
}

// TestHTMLInChromium renders the seed article's page in headless Chromium as a
// reader would see it: every claim is listed and visible in the article, the graph
// and legend show, the highlight styles differ, pointing at a claim and clicking
// one show its chain and certainty, pointing at a source in the graph shows its
// mentions; and the screenshot is a real picture.
func TestHTMLInChromium(t *testing.T) {
	bin := chromium(t)
	d := seed(t)
	page := renderHTML(t, d)
	// The claims to point at and click: the first of the author's, and the one
	// with the longest chain.
	hover, click := d.Claims[0], d.Claims[0]
	for _, c := range d.Claims {
		if len(c.Chain) > len(click.Chain) {
			click = c
		}
	}
	dir := t.TempDir()
	probed := filepath.Join(dir, "probed.html")
	innermost, _ := d.Source(click.Chain[len(click.Chain)-1])
	p := strings.NewReplacer("HOVER", hover.ID, "CLICK", click.ID, "SOURCE", innermost.ID).Replace(probe)
	if err := os.WriteFile(probed, []byte(strings.Replace(page, "</body>", p+"\n</body>", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, bin, "--window-size=1400,1800", "--virtual-time-budget=5000", "--dump-dom", "file://"+probed)
	m := regexp.MustCompile(`(?s)<pre id="probe">(.*?)</pre>`).FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the probe did not run; DOM:\n%.2000s", dom)
	}
	var got probeResult
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &got); err != nil {
		t.Fatalf("probe output %s: %v", m[1], err)
	}
	if len(got.Claims) != len(d.Claims) {
		t.Errorf("%d claims listed, want %d", len(got.Claims), len(d.Claims))
	}
	for _, c := range d.Claims {
		g, ok := got.Claims[c.ID]
		if !ok || !g.Listed || !g.InText || g.Hops != len(c.Chain) {
			t.Errorf("%s: listed %v, visible in the list %v and in the text %v, chain of %d; want visible with a chain of %d",
				c.ID, ok, g.Listed, g.InText, g.Hops, len(c.Chain))
		}
	}
	if want := len(citationGraph(d).Nodes); got.GraphNodes != want || !got.GraphVisible || !got.Legend {
		t.Errorf("graph of %d nodes (visible %v), legend visible %v; want %d nodes and both visible", got.GraphNodes, got.GraphVisible, got.Legend, want)
	}
	seen := map[string]string{}
	for _, k := range []string{"hedge", "cue", "speaker", "content"} {
		s, ok := got.Styles[k]
		if !ok {
			t.Errorf("no %s in the article", k)
		}
		if other, dup := seen[s]; dup {
			t.Errorf("%s and %s look the same: %s", k, other, s)
		}
		seen[s] = k
	}
	for _, c := range []struct {
		what, text string
		claim      claim.Claim
	}{{"pointing at", got.Hovered, hover}, {"clicking", got.Clicked, click}} {
		for _, name := range d.ChainNames(c.claim) {
			if !strings.Contains(c.text, name) {
				t.Errorf("%s %s: the inspector shows %q, without %q", c.what, c.claim.ID, c.text, name)
			}
		}
		if !strings.Contains(c.text, c.claim.Factuality.String()) {
			t.Errorf("%s %s: the inspector does not show its certainty %s", c.what, c.claim.ID, c.claim.Factuality)
		}
	}
	if got.Active == 0 {
		t.Errorf("clicking %s highlights nothing in the text", click.ID)
	}
	if got.MentionsShown == 0 {
		t.Errorf("pointing at %s in the graph highlights none of its mentions", innermost.Name)
	}

	plain := filepath.Join(dir, "page.html")
	if err := os.WriteFile(plain, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "page.png")
	if *screenshot != "" {
		shot = *screenshot
	}
	runChromium(t, bin, "--window-size=1400,1800", "--screenshot="+shot, "file://"+plain)
	checkScreenshot(t, shot)
}

// checkScreenshot checks that the PNG decodes to the window's size and is not one
// colour: something was drawn.
func checkScreenshot(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	b := img.Bounds()
	if b.Dx() != 1400 || b.Dy() != 1800 {
		t.Errorf("screenshot is %v, want 1400×1800", b)
	}
	colours := map[string]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, _ := img.At(x, y).RGBA()
			colours[fmt.Sprint(r>>8, g>>8, bl>>8)] = true
		}
	}
	if len(colours) < 20 {
		t.Errorf("screenshot has %d colours: nothing drawn?", len(colours))
	}
}
