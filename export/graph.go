package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/aussage/aussage/claim"
)

// Graph layout, in SVG user units: columns of nodes by depth in the chains.
const (
	nodeWidth  = 160
	nodeHeight = 30
	colGap     = 50 // between a column's right edge and the next column
	rowGap     = 12
	margin     = 8
	lane       = 22 // above the nodes, for edges that skip a column
	maxLabel   = 22 // runes of a name shown in a node; the tooltip has all of it
)

// graph is the citation graph of a document, laid out for SVG.
type graph struct {
	Width, Height int
	NodeW, NodeH  int
	Nodes         []graphNode
	Edges         []graphEdge
}

type graphNode struct {
	ID, Label, Title, Kind string
	X, Y                   int
	TextX, TextY           int
}

type graphEdge struct {
	Path, Title string
	Label       string // how many claims, when more than one
	LabelX      int
	LabelY      int
}

// citationGraph builds the graph of who cites whom: an edge from each source of a
// claim's chain to the next one inward (the author cites the state media, which cite
// Kim Jong-un). A node stands in the column of its largest position in any chain,
// so the author is on the left, the innermost sources on the right, and an edge runs
// backwards only between sources that cite each other.
func citationGraph(d *claim.Document) graph {
	depth := map[string]int{}
	var order []string // nodes in order of first appearance
	type pair struct{ from, to string }
	edgeCount := map[pair]int{}
	var edgeOrder []pair
	for _, c := range d.Claims {
		for i, id := range c.Chain {
			if old, ok := depth[id]; !ok {
				depth[id] = i
				order = append(order, id)
			} else if i > old {
				depth[id] = i
			}
			if i > 0 {
				p := pair{c.Chain[i-1], id}
				if edgeCount[p] == 0 {
					edgeOrder = append(edgeOrder, p)
				}
				edgeCount[p]++
			}
		}
	}
	g := graph{NodeW: nodeWidth, NodeH: nodeHeight}
	if len(order) == 0 {
		return g
	}
	top := margin
	for _, p := range edgeOrder {
		if depth[p.to]-depth[p.from] > 1 {
			top += lane
			break
		}
	}
	// Sort each column by first appearance, which keeps a text's story order.
	slices.SortStableFunc(order, func(a, b string) int { return depth[a] - depth[b] })
	pos := map[string]graphNode{}
	rows := map[int]int{}
	for _, id := range order {
		col := depth[id]
		n := graphNode{
			ID: id, Kind: "author", Label: "Author", Title: "the author of the text",
			X: margin + col*(nodeWidth+colGap), Y: top + rows[col]*(nodeHeight+rowGap),
		}
		if s, ok := d.Source(id); ok {
			n.Kind, n.Title, n.Label = s.Kind, s.Name+" ("+s.Kind+", "+s.ID+")", s.Name
		} else if id != claim.AuthorID {
			n.Kind, n.Label, n.Title = "unknown", id, id
		}
		if r := []rune(n.Label); len(r) > maxLabel {
			n.Label = strings.TrimSpace(string(r[:maxLabel-1])) + "…"
		}
		claims := len(d.ClaimsOf(id))
		n.Title += fmt.Sprintf(": %d claim(s) of its own", claims)
		n.TextX, n.TextY = n.X+10, n.Y+nodeHeight/2+5
		rows[col]++
		pos[id] = n
		g.Nodes = append(g.Nodes, n)
		g.Width = max(g.Width, n.X+nodeWidth+margin)
		g.Height = max(g.Height, n.Y+nodeHeight+margin)
	}
	for _, p := range edgeOrder {
		a, b := pos[p.from], pos[p.to]
		x1, y1 := a.X+nodeWidth, a.Y+nodeHeight/2
		x2, y2 := b.X, b.Y+nodeHeight/2
		var path string
		lx, ly := x2-14, y2-6 // the count stands by the arrowhead, where edges part
		switch {
		case depth[p.to]-depth[p.from] > 1:
			// Skipping a column: arc through the lane above the nodes, so the
			// edge does not run through the sources in between.
			path = fmt.Sprintf("M%d %d C%d %d %d %d %d %d", x1, y1, x1+colGap, margin-6, x2-colGap, margin-6, x2-2, y2)
			lx, ly = x2-colGap/2, min(y2-6, top-4)
		case x2 > x1:
			mid := (x1 + x2) / 2
			path = fmt.Sprintf("M%d %d C%d %d %d %d %d %d", x1, y1, mid, y1, mid, y2, x2-2, y2)
		default:
			// Same column or backwards (a source relayed by one it cites): loop
			// around the right side.
			x1, x2 = a.X+nodeWidth, b.X+nodeWidth
			out := max(x1, x2) + colGap/2
			path = fmt.Sprintf("M%d %d C%d %d %d %d %d %d", x1, y1, out, y1, out, y2, x2+2, y2)
			g.Width = max(g.Width, out+margin)
			lx, ly = out-4, (y1+y2)/2+4
		}
		e := graphEdge{
			Path:   path,
			Title:  fmt.Sprintf("%s cites %s (%d claim(s))", label(d, p.from), label(d, p.to), edgeCount[p]),
			LabelX: lx, LabelY: ly,
		}
		if edgeCount[p] > 1 {
			e.Label = fmt.Sprint(edgeCount[p])
		}
		g.Edges = append(g.Edges, e)
	}
	return g
}

// label names a chain element.
func label(d *claim.Document, id string) string {
	if s, ok := d.Source(id); ok {
		return s.Name
	}
	return id
}
