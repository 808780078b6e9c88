package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds the browser `make test` installs.
func chromiumPath(t *testing.T) string {
	for _, name := range []string{os.Getenv("HAVEN_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no Chromium found: run `make test`, which installs it (apt-get install -y chromium), or set HAVEN_CHROMIUM")
	return ""
}

func axeSource(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	p := filepath.Join(filepath.Dir(filepath.Dir(file)), "node_modules", "axe-core", "axe.min.js")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("axe-core missing (%v): run `make test`, which runs npm ci", err)
	}
	return string(b)
}

type axeResult struct {
	Passes     int `json:"passes"`
	Violations []struct {
		ID     string `json:"id"`
		Impact string `json:"impact"`
		Help   string `json:"help"`
		Nodes  []struct {
			Target []any  `json:"target"`
			HTML   string `json:"html"`
		} `json:"nodes"`
	} `json:"violations"`
}

// TestPagesAreAccessibleInChromium runs axe-core on every page at phone
// and desktop widths and fails on any serious or critical finding, or on
// horizontal scrolling at 360 px.
func TestPagesAreAccessibleInChromium(t *testing.T) {
	exe := chromiumPath(t)
	axe := axeSource(t)
	db := databases(t)[0]

	add := exec.Command(binary(t), "user", "add", "--handle", "a11y-admin", "--role", "admin", "--password-stdin")
	add.Env = append(os.Environ(), db.env...)
	add.Stdin = strings.NewReader("an admin passphrase\n")
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("user add: %v %s", err, out)
	}
	s := start(t, db)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("headless", "new"))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	// Start the browser before bounding time: a timeout on the first run
	// would stop the whole browser when it fires.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancel = context.WithTimeout(ctx, 3*time.Minute)
	defer cancel()

	shots := os.Getenv("HAVEN_SCREENSHOTS")
	audit := func(name, path string) {
		t.Helper()
		for _, width := range []int64{360, 1280} {
			var res axeResult
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(width, 800),
				chromedp.Navigate(s.base+path),
				chromedp.WaitReady(chromedp.CSS("body")),
				chromedp.Evaluate[chromedp.Void](axe),
			)
			if err != nil {
				t.Fatalf("%s at %d px: %v", name, width, err)
			}
			raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a","wcag2aa","wcag21a","wcag21aa","best-practice"]}}).then(r => JSON.stringify({violations: r.violations, passes: r.passes.length}))`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("%s at %d px: axe: %v", name, width, err)
			}
			overflow, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth`))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(raw), &res); err != nil {
				t.Fatalf("%s: axe result: %v", name, err)
			}
			t.Logf("%s at %d px: %d axe rules passed, %d violated (any impact)", name, width, res.Passes, len(res.Violations))
			if res.Passes == 0 {
				t.Fatalf("%s: axe checked nothing", name)
			}
			for _, v := range res.Violations {
				if v.Impact == "serious" || v.Impact == "critical" {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, fmt.Sprint(n.Target))
					}
					t.Errorf("%s at %d px: %s (%s): %s at %s", name, width, v.ID, v.Impact, v.Help, strings.Join(where, ", "))
				}
			}
			if width == 360 && overflow {
				t.Errorf("%s scrolls horizontally at 360 px", name)
			}
			if shots != "" {
				if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
					_ = os.WriteFile(filepath.Join(shots, fmt.Sprintf("%s-%d.png", name, width)), png, 0o644)
				}
			}
		}
	}

	// Logged out.
	audit("index", "/")
	audit("forum", "/f/introductions")
	audit("help", "/help")
	audit("login", "/login")
	audit("register", "/register")
	audit("not-found", "/no-such-page")

	// A failed registration re-renders the form with errors.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(s.base+"/register"),
		chromedp.SendKeys(chromedp.CSS("#handle"), "x!"),
		chromedp.SendKeys(chromedp.CSS("#password"), "short"),
		chromedp.Submit(chromedp.CSS("#handle")),
		chromedp.WaitVisible(chromedp.CSS(".field-error")),
	); err != nil {
		t.Fatalf("register with errors: %v", err)
	}

	// Log in as the admin through the real form, then post and reply.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(s.base+"/login"),
		chromedp.SendKeys(chromedp.CSS("#handle"), "a11y-admin"),
		chromedp.SendKeys(chromedp.CSS("#password"), "an admin passphrase"),
		chromedp.Submit(chromedp.CSS("#handle")),
		chromedp.WaitVisible(chromedp.CSS(`form[action="/logout"]`)),
		chromedp.Navigate(s.base+"/f/daily-check-in/new"),
		chromedp.SendKeys(chromedp.CSS("#title"), "Checking in from the browser"),
		chromedp.SendKeys(chromedp.CSS("#body"), "Feeling **steady** today."),
		chromedp.Submit(chromedp.CSS("#title")),
		chromedp.WaitVisible(chromedp.CSS("ol.posts")),
	); err != nil {
		t.Fatalf("log in and post: %v", err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	tid := strings.TrimPrefix(loc[len(s.base):], "/t/")
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#body"), "Replying to myself, gently."),
		chromedp.Submit(chromedp.CSS("#body")),
		chromedp.WaitVisible(chromedp.CSS(".post.d0 + .post")),
	); err != nil {
		t.Fatalf("reply: %v", err)
	}
	reply, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("ol.posts")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(reply, "Replying to myself") {
		t.Fatalf("reply not shown: %q", reply)
	}

	audit("thread", "/t/"+tid)
	audit("new-thread", "/f/introductions/new")
	audit("reply", "/t/"+tid+"/reply?to=1")
	audit("edit", "/p/1/edit")
	audit("mod", "/mod")
	audit("trends", "/trends")
	audit("admin", "/admin")
	audit("help-logged-in", "/help")
	audit("safety-plan", "/me/safety-plan")
	audit("lexicon", "/admin/lexicon")

	// A post with crisis language leads to the support page.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(s.base+"/f/off-topic/new"),
		chromedp.SendKeys(chromedp.CSS("#title"), "hard night"),
		chromedp.SendKeys(chromedp.CSS("#body"), "I don't want to be here anymore."),
		chromedp.Submit(chromedp.CSS("#title")),
		chromedp.WaitVisible(chromedp.CSS("#support-h")),
	); err != nil {
		t.Fatalf("crisis post: %v", err)
	}
	supportURL, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	audit("support", supportURL[len(s.base):])
	audit("mod-with-queue", "/mod")

	// Two taps: claim from the queue, then act on the item page.
	if err := chromedp.Do(ctx,
		chromedp.Navigate(s.base+"/mod"),
		chromedp.Click(chromedp.CSS(".queue-item form button")),
		chromedp.WaitVisible(chromedp.CSS("#act-h")),
	); err != nil {
		t.Fatalf("claim: %v", err)
	}
	itemURL, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	audit("mod-item", itemURL[len(s.base):])
	if err := chromedp.Do(ctx,
		chromedp.Navigate(s.base+itemURL[len(s.base):]),
		chromedp.SetValue(chromedp.CSS("#outcome"), "reached_out"),
		chromedp.SendKeys(chromedp.CSS("#reason"), "sent a kind message with the support lines"),
		chromedp.Submit(chromedp.CSS("#reason")),
		chromedp.WaitVisible(chromedp.CSS("#queue-h")),
	); err != nil {
		t.Fatalf("resolve: %v", err)
	}
	audit("mod-log", "/mod/log")
	audit("report", "/p/1/report")
	audit("notifications", "/notifications")
	audit("search", "/search?q=steady")
	audit("mod-resolved", "/mod?status=resolved")

	// Trends over a seeded community (the admin may view them).
	seedCmd := exec.Command(binary(t), "seed", "--users", "400", "--posts", "20000", "--days", "90")
	seedCmd.Env = append(os.Environ(), db.env...)
	if out, err := seedCmd.CombinedOutput(); err != nil {
		t.Fatalf("seed: %v %s", err, out)
	}
	audit("trends", "/trends?bucket=week")
}
