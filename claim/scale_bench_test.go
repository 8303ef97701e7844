package claim

import (
	"flag"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aussage/aussage"
	"github.com/aussage/aussage/hedge"
	"github.com/aussage/aussage/internal/testcorpus"
	"github.com/aussage/aussage/source"
)

// scaleMax keeps the 50 MB documents out of "go test -bench ." by default: they take
// minutes each.
var scaleMax = flag.Int("scale.max", 1<<20, "BenchmarkAnalyzeScale: the largest document to analyse, in bytes (52428800 for 50 MB)")

// scaleCold makes BenchmarkAnalyzeScale time the first analysis of a document size,
// heap growth from the operating system included.
var scaleCold = flag.Bool("scale.cold", false, "BenchmarkAnalyzeScale: time the first analysis of each size (heap growth included) instead of the steady state")

// BenchmarkAnalyze measures the whole pipeline (normalising, tokens, sentences,
// verbs, clauses, hedges, sources, claims) on the speed corpus, one document at a
// time with one shared Analyzer, as the aussage command runs it. allocB/B is the
// number of bytes allocated per input byte.
func BenchmarkAnalyze(b *testing.B) {
	texts := testcorpus.Texts(b)
	n := testcorpus.Bytes(texts)
	var a Analyzer
	loopPerByte(b, n, func() {
		for _, s := range texts {
			if _, err := a.AnalyzeString(s); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// loopPerByte runs body, which handles n bytes of input, in the benchmark loop and
// reports allocB/B: the bytes allocated per input byte.
func loopPerByte(b *testing.B, n int64, body func()) {
	b.SetBytes(n)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		body()
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(int64(b.N)*n), "allocB/B")
}

// BenchmarkBuild measures the claim package's own share of BenchmarkAnalyze: turning
// the detectors' results into a Document with its claims. The text layers, hedges
// and sources are computed before the timer starts.
func BenchmarkBuild(b *testing.B) {
	texts := testcorpus.Texts(b)
	type prepared struct {
		t    *aussage.Text
		res  *source.Result
		cues []hedge.Cue
	}
	preps := make([]prepared, len(texts))
	for i, s := range texts {
		t := aussage.NewText(s)
		preps[i] = prepared{t, source.Detector{}.Find(t), defaultHedges.Find(t)}
	}
	loopPerByte(b, testcorpus.Bytes(texts), func() {
		for _, p := range preps {
			builders.Get().(*extraction).build(p.t, p.res, p.cues)
		}
	})
}

// BenchmarkAnalyzeParallel is BenchmarkAnalyze with the documents spread over
// GOMAXPROCS goroutines sharing one Analyzer: compare its MB/s with -cpu 1,2,4.
func BenchmarkAnalyzeParallel(b *testing.B) {
	texts := testcorpus.Texts(b)
	var a Analyzer
	b.SetBytes(testcorpus.Bytes(texts) / int64(len(texts))) // per document
	b.ReportAllocs()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			s := texts[int(next.Add(1)-1)%len(texts)]
			if _, err := a.AnalyzeString(s); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

// BenchmarkAnalyzeScale analyses documents of 1 KB, 1 MB and 50 MB for each shape:
// the speed corpus joined and repeated, and every hostile shape of hostile_test.go
// built from it. Cost is linear when ns/op divided by the size (ns/B, also shown as
// MB/s) stays the same across sizes. Each run analyses a different document of the
// size where the shape allows (scaleTexts), after untimed ones until the heap stops
// growing (warmUp; -scale.cold times the first instead). peakB/B is the largest
// growth of the live heap during one analysis per input byte (sampled every
// millisecond, so meaningful from 1 MB on). The 50 MB documents run only with
// -scale.max=52428800.
func BenchmarkAnalyzeScale(b *testing.B) {
	corpus := testcorpus.Texts(b)
	for _, sh := range testcorpus.Shapes {
		for _, size := range []struct {
			name string
			n    int
		}{{"1KB", 1 << 10}, {"1MB", 1 << 20}, {"50MB", 50 << 20}} {
			if size.n > *scaleMax {
				continue
			}
			b.Run(sh.Name+"/"+size.name, func(b *testing.B) {
				texts := scaleTexts(corpus, sh, size.n)
				var a Analyzer
				analyze := func(s string) {
					if _, err := a.AnalyzeString(s); err != nil {
						b.Fatal(err)
					}
				}
				if *scaleCold {
					// Only the lexicons are loaded: the heap grows during the timed run.
					analyze("Er sagte, es sei gut.")
				} else {
					warmUp(texts, analyze)
				}
				peak := watchHeap()
				if !*scaleCold {
					// watchHeap's collection leaves the collector paced for a small heap,
					// and a 50 MB analysis right after it collected twice as often as in
					// the steady state: one more analysis paces it back.
					analyze(texts[0])
				}
				b.SetBytes(int64(len(texts[0])))
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					if _, err := a.AnalyzeString(texts[i%len(texts)]); err != nil {
						b.Fatal(err)
					}
					i++
				}
				b.ReportMetric(float64(peak())/float64(len(texts[0])), "peakB/B")
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(texts[0])), "ns/B")
			})
		}
	}
}

// warmUp analyses texts until the memory the Go runtime has mapped from the
// operating system stops growing (at most eight times): the steady state of a
// program that analyses many such documents. One analysis is not enough for the
// large ones: garbage of the previous document is still live when the next one
// starts. With a 50 MB document of quote-frames the mapped memory grew through
// the first three analyses, and the kernel's time for the page faults of the
// growing heap was a third of the second analysis and almost none by the sixth.
func warmUp(texts []string, analyze func(string)) {
	sample := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	mapped := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	for i := range 8 {
		before := mapped()
		analyze(texts[i%len(texts)])
		if mapped() <= before {
			return
		}
	}
}

// scaleTexts returns the documents of about n bytes that BenchmarkAnalyzeScale
// measures shape sh on: one for each article of the corpus it can start from, as
// many as the corpus has bytes for n (1,878 at 1 KB, 4 at 1 MB, 1 at 50 MB), each
// built from the articles joined from that one on. Analysing the same kilobyte again
// and again would measure it with its words, lexicon entries and branches hot in
// the processor's caches, which no corpus of different small documents is; shapes
// that do not use the prose yield the same document each time.
func scaleTexts(corpus []string, sh testcorpus.Shape, n int) []string {
	total := int(testcorpus.Bytes(corpus))
	k := max(1, min(len(corpus), total/n))
	texts := make([]string, k)
	for j := range texts {
		first := j * len(corpus) / k
		var prose strings.Builder
		for i := first; prose.Len() < n && i < first+len(corpus); i++ {
			if prose.Len() > 0 {
				prose.WriteString("\n\n")
			}
			prose.WriteString(corpus[i%len(corpus)])
		}
		texts[j] = sh.Make(prose.String(), n)
	}
	return texts
}

// watchHeap samples the live heap until the returned function is called, which
// returns the largest growth over the heap at the start.
func watchHeap() (peak func() uint64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	base := read()
	var max atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if v := read(); v > base && v-base > max.Load() {
					max.Store(v - base)
				}
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return max.Load()
	}
}
