// Package seed fills a database with a realistic, synthetic community for
// demos, screenshots and benchmarks: members whose activity follows a
// long tail, posts through the day and week, and some crisis language,
// with flags, queue items and trend rollups kept exactly as the product
// keeps them. It never imports Fiber.
package seed

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"haven/app/crisis"
	"haven/app/posting"
	"haven/models"
)

// Options says how much to make.
type Options struct {
	Users int
	Posts int
	Days  int
	Seed  uint64
	Now   time.Time
}

var calm = []string{
	"Day %d sober today. Went to my meeting and called my sponsor.",
	"Had a good walk this morning, the air helped.",
	"Does anyone have tips for sleeping better in early recovery?",
	"Grateful for this group. Reading your stories helps me keep going.",
	"My therapist suggested journaling, trying it this week.",
	"Made it through a family dinner without drinking!",
	"Anxious about work tomorrow but I have a plan to breathe through it.",
	"Celebrating %d days clean, thank you all.",
	"This workout is killing me but I feel better after.",
	"We watched a documentary about addiction, it was hard but good.",
	"Cooking more at home has helped with my mood.",
	"Sending strength to everyone having a hard day.",
}

var distress = []string{
	"I relapsed last night and I feel awful.",
	"The cravings are really strong today.",
	"I feel so hopeless lately.",
	"I can't do this anymore, everything is too much.",
	"I want to die, nothing is getting better.",
	"I cut again last night.",
	"My partner hits me when he drinks.",
	"I don't want to be here anymore.",
	"I'm thinking about taking all my pills tonight.",
	"I keep thinking about suicide.",
}

// prepared caches the rendering and verdict of each template once.
type prepared struct {
	body, html string
	verdict    crisis.Verdict
}

// Run writes the community. It returns how many posts were flagged.
func Run(ctx context.Context, st *models.Store, o Options) (int, error) {
	if o.Users < 1 || o.Posts < 1 || o.Days < 1 {
		return 0, fmt.Errorf("users, posts and days must be positive")
	}
	if o.Now.IsZero() {
		o.Now = time.Now().UTC()
	}
	rng := rand.New(rand.NewPCG(o.Seed, 7))
	det := crisis.New(crisis.DefaultLexicon())
	prep := func(tpl []string) []prepared {
		var out []prepared
		for _, t := range tpl {
			body := strings.ReplaceAll(t, "%d", "30")
			out = append(out, prepared{body: body, html: posting.Render(body), verdict: det.Scan(body)})
		}
		return out
	}
	calmP, distressP := prep(calm), prep(distress)

	forums, err := st.ListForums(ctx, &models.User{Role: models.RoleAdmin})
	if err != nil {
		return 0, err
	}
	// Members, created in one batch with an unusable password hash.
	users := make([]models.User, o.Users)
	stamp := o.Now.Format("150405")
	for i := range users {
		h := fmt.Sprintf("seed%s-%d", stamp, i)
		users[i] = models.User{Handle: h, HandleLower: h, PasswordHash: "!seed", Role: models.RolePeer,
			CreatedAt: o.Now.AddDate(0, 0, -o.Days), UpdatedAt: o.Now}
	}
	if err := st.DB().WithContext(ctx).CreateInBatches(&users, 500).Error; err != nil {
		return 0, err
	}
	// Activity follows a long tail: a few members write most posts.
	cumulative := make([]float64, o.Users)
	var total float64
	for i := range cumulative {
		total += 1 / math.Pow(float64(i+1), 0.8)
		cumulative[i] = total
	}
	pickUser := func() *models.User {
		i, _ := slices.BinarySearch(cumulative, rng.Float64()*total)
		return &users[min(i, len(users)-1)]
	}
	// Posts are busier in the evening and at night, and on Sundays.
	hourWeight := func(h int) float64 { return 0.6 + 0.8*math.Max(0, math.Cos(float64(h-22)/24*2*math.Pi)) }
	r := newRollups()
	flagged := 0
	const batch = 1000
	var thread *models.Thread
	perThread := 0
	for done := 0; done < o.Posts; done += batch {
		n := min(batch, o.Posts-done)
		posts := make([]models.Post, 0, n)
		type pending struct {
			idx   int
			p     prepared
			forum uint
		}
		var crisisPosts []pending
		for i := 0; i < n; i++ {
			if thread == nil || perThread >= 8+rng.IntN(12) {
				u := pickUser()
				f := forums[rng.IntN(len(forums))]
				thread = &models.Thread{ForumID: f.ID, AuthorID: &u.ID, Title: "A check-in", CreatedAt: o.Now, LastPostAt: o.Now}
				if err := st.DB().WithContext(ctx).Create(thread).Error; err != nil {
					return flagged, err
				}
				perThread = 0
			}
			perThread++
			u := pickUser()
			var at time.Time
			for {
				at = o.Now.Add(-time.Duration(rng.Float64() * float64(o.Days) * 24 * float64(time.Hour)))
				if rng.Float64()*1.4 < hourWeight(at.Hour()) {
					break
				}
			}
			p := calmP[rng.IntN(len(calmP))]
			if rng.IntN(100) < 8 {
				p = distressP[rng.IntN(len(distressP))]
			}
			posts = append(posts, models.Post{ThreadID: thread.ID, AuthorID: &u.ID, Path: fmt.Sprintf("s%09d", done+i),
				Body: p.body, HTML: p.html, CreatedAt: at})
			r.post(u.ID, thread.ForumID, at)
			if p.verdict.Severity >= crisis.Low {
				crisisPosts = append(crisisPosts, pending{idx: len(posts) - 1, p: p, forum: thread.ForumID})
			}
		}
		if err := st.DB().WithContext(ctx).CreateInBatches(&posts, 500).Error; err != nil {
			return flagged, err
		}
		var flags []models.CrisisFlag
		var items []models.QueueItem
		for _, cp := range crisisPosts {
			p := posts[cp.idx]
			v := cp.p.verdict
			flags = append(flags, models.CrisisFlag{PostID: p.ID, Tier: v.Severity.String(), Categories: strings.Join(v.Categories, ","),
				LexiconVersion: det.Version(), Matches: "[]", CreatedAt: p.CreatedAt})
			prio := map[crisis.Severity]int{crisis.Low: 10, crisis.High: 50, crisis.Critical: 100}[v.Severity]
			wait := time.Duration(rng.ExpFloat64()*float64(map[int]time.Duration{10: 90, 50: 20, 100: 4}[prio])) * time.Minute
			claimed := p.CreatedAt.Add(wait)
			resolved := claimed.Add(10 * time.Minute)
			items = append(items, models.QueueItem{Kind: models.QueueCrisis, Status: models.StatusResolved, Priority: prio,
				PostID: &posts[cp.idx].ID, Version: 3, CreatedAt: p.CreatedAt, UpdatedAt: resolved, ResolvedAt: &resolved,
				Outcome: "reached_out"})
			r.flag(*p.AuthorID, cp.forum, p.CreatedAt, v.Severity.String(), v.Categories)
			if prio >= 50 {
				r.claim(claimed, wait)
			}
			flagged++
		}
		if len(flags) > 0 {
			if err := st.DB().WithContext(ctx).CreateInBatches(&flags, 500).Error; err != nil {
				return flagged, err
			}
			if err := st.DB().WithContext(ctx).CreateInBatches(&items, 500).Error; err != nil {
				return flagged, err
			}
		}
	}
	return flagged, r.save(ctx, st)
}
