package app

import (
	"encoding/csv"
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"haven/app/trends"
	"haven/models"
)

// trendsQuery reads from, to (YYYY-MM or YYYY-MM-DD) and bucket.
func trendsQuery(c *fiber.Ctx) (trends.Query, error) {
	q := trends.Query{Bucket: c.Query("bucket"), Forum: c.Query("forum")}
	parse := func(field, v string) (time.Time, error) {
		if v == "" {
			return time.Time{}, nil
		}
		for _, layout := range []string{"2006-01-02", "2006-01"} {
			if t, err := time.Parse(layout, v); err == nil {
				return t, nil
			}
		}
		return time.Time{}, models.Invalid(field, "Use a date like 2026-11 or 2026-11-25.")
	}
	var err error
	if q.From, err = parse("from", c.Query("from")); err != nil {
		return q, err
	}
	if q.To, err = parse("to", c.Query("to")); err != nil {
		return q, err
	}
	return q, nil
}

// trendsRelease checks the rate limit, builds the release and writes the
// audit row for this view or export.
func (s *Server) trendsRelease(c *fiber.Ctx, action string) (*trends.Release, error) {
	u := currentUser(c)
	if u == nil {
		return nil, models.ErrUnauthorized
	}
	if !u.Can(models.RoleClinician) {
		return nil, models.ErrForbidden
	}
	if !s.allow("trends", userKey(u), 60, time.Minute) {
		return nil, errTooMany
	}
	q, err := trendsQuery(c)
	if err != nil {
		return nil, err
	}
	r, err := s.trends.Build(c.UserContext(), u, q)
	if err != nil {
		return nil, err
	}
	err = s.store.AppendAudit(c.UserContext(), &models.AuditEntry{ActorID: &u.ID, Action: action, TargetType: "trends",
		Reason: "clinician trends", AfterValue: r.From + ".." + r.To + " by " + r.Bucket})
	return r, err
}

func (s *Server) apiTrends(c *fiber.Ctx) error {
	r, err := s.trendsRelease(c, "trends.view")
	if err != nil {
		return err
	}
	return c.JSON(r)
}

// trendsCSV exports exactly the numbers the page shows.
func (s *Server) trendsCSV(c *fiber.Ctx) error {
	r, err := s.trendsRelease(c, "trends.export")
	if err != nil {
		return err
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"table", "bucket", "category", "value"})
	for _, cell := range r.Series {
		_ = w.Write([]string{"themes", cell.Bucket, cell.Category, num(cell.Count)})
	}
	for _, rate := range r.Rates {
		v := "suppressed"
		if rate.PerThousand != nil {
			v = strconv.FormatFloat(*rate.PerThousand, 'f', 1, 64)
		}
		_ = w.Write([]string{"flags_per_1000_posts", rate.Bucket, "", v})
	}
	for _, cl := range r.Claims {
		_ = w.Write([]string{"median_minutes_to_claim", cl.Bucket, "", intp(cl.MedianMinutes)})
		_ = w.Write([]string{"p90_minutes_to_claim", cl.Bucket, "", intp(cl.P90Minutes)})
	}
	for i, h := range r.Heat {
		_ = w.Write([]string{"posts_by_hour_of_week_utc", strconv.Itoa(i), "", num(h)})
	}
	w.Flush()
	c.Set(fiber.HeaderContentType, "text/csv; charset=utf-8")
	c.Set(fiber.HeaderContentDisposition, `attachment; filename="haven-trends.csv"`)
	return c.SendString(b.String())
}

func num(v *int64) string {
	if v == nil {
		return "suppressed"
	}
	return strconv.FormatInt(*v, 10)
}

func intp(v *int) string {
	if v == nil {
		return "suppressed"
	}
	return strconv.Itoa(*v)
}

// trendsPage renders the charts and tables.
func (s *Server) trendsPage(c *fiber.Ctx) error {
	r, err := s.trendsRelease(c, "trends.view")
	if err != nil {
		return err
	}
	data := s.pageData(c, "Community trends")
	data["R"] = r
	data["Query"] = c.Request().URI().QueryArgs().String()
	data["From"], data["To"] = c.Query("from", r.From[:7]), c.Query("to", r.To[:7])
	type themeChart struct {
		Name  string
		SVG   template.HTML
		Cells []trends.Cell
	}
	var charts []themeChart
	for _, th := range trends.Themes {
		var cells []trends.Cell
		for _, cell := range r.Series {
			if cell.Category == th {
				cells = append(cells, cell)
			}
		}
		charts = append(charts, themeChart{Name: themeLabel(th), SVG: barChart(themeLabel(th)+" over time", "flagged posts", cells, r.K), Cells: cells})
	}
	data["Charts"] = charts
	data["RateSVG"] = rateChart(r.Rates)
	var claimCells []trends.Cell
	for _, cl := range r.Claims {
		c := trends.Cell{Bucket: cl.Bucket}
		if cl.MedianMinutes != nil {
			v := int64(*cl.MedianMinutes)
			c.Count = &v
		}
		claimCells = append(claimCells, c)
	}
	data["ClaimSVG"] = barChart("Minutes until half of crisis posts were claimed", "minutes (upper edge of the bucket)", claimCells, r.K)
	data["Heat"] = heatMap(r.Heat, r.K)
	data["Days"] = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	forums, err := s.store.ListForums(c.UserContext(), currentUser(c))
	if err != nil {
		return err
	}
	data["Forums"] = forums
	data["ForumSlug"] = c.Query("forum")
	return s.render(c, fiber.StatusOK, "trends", data)
}

func themeLabel(th string) string {
	return map[string]string{"suicide": "Suicidal thoughts", "self_harm": "Self-harm", "overdose": "Overdose",
		"abuse": "Abuse", "harm_to_others": "Harm to others", "relapse": "Relapse", "hopelessness": "Hopelessness"}[th]
}

// barChart draws one theme's counts per bucket; suppressed buckets are a
// grey stub with a title saying so.
func barChart(title, unit string, cells []trends.Cell, k int) template.HTML {
	const w, h, pad = 640, 140, 24
	var max int64 = 1
	for _, c := range cells {
		if c.Count != nil && *c.Count > max {
			max = *c.Count
		}
	}
	var b strings.Builder
	id := strings.ReplaceAll(strings.ToLower(title), " ", "-")
	fmt.Fprintf(&b, `<svg class="chart" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-t %s-d"><title id="%s-t">%s</title><desc id="%s-d">Bars show %s per period; grey stubs are periods hidden for privacy. The table below has the numbers.</desc>`,
		w, h, id, id, id, template.HTMLEscapeString(title), id, template.HTMLEscapeString(unit))
	n := len(cells)
	if n == 0 {
		b.WriteString(`</svg>`)
		return template.HTML(b.String())
	}
	bw := float64(w-2*pad) / float64(n)
	for i, c := range cells {
		x := float64(pad) + float64(i)*bw
		if c.Count == nil {
			fmt.Fprintf(&b, `<rect class="suppressed" x="%.1f" y="%d" width="%.1f" height="6"><title>%s: hidden (fewer than %d)</title></rect>`, x, h-pad-6, bw*0.8, c.Bucket, k)
			continue
		}
		bh := float64(h-2*pad) * float64(*c.Count) / float64(max)
		fmt.Fprintf(&b, `<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d</title></rect>`, x, float64(h-pad)-bh, bw*0.8, bh, c.Bucket, *c.Count)
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/><text class="label" x="%d" y="%d">%s</text><text class="label" x="%d" y="%d" text-anchor="end">%s</text></svg>`,
		pad, h-pad, w-pad, h-pad, pad, h-6, cells[0].Bucket, w-pad, h-6, cells[n-1].Bucket)
	return template.HTML(b.String())
}

// DefaultTrendsK labels hidden rate bars.
const DefaultTrendsK = trends.DefaultK

func rateChart(rates []trends.Rate) template.HTML {
	var cells []trends.Cell
	for _, r := range rates {
		c := trends.Cell{Bucket: r.Bucket}
		if r.PerThousand != nil {
			v := int64(*r.PerThousand + 0.5)
			c.Count = &v
		}
		cells = append(cells, c)
	}
	return barChart("Flagged posts per 1,000 posts", "flagged posts per 1,000 posts", cells, DefaultTrendsK)
}

// heatMap draws posts by hour of the week (UTC) as a 7 × 24 grid.
func heatMap(cells []*int64, k int) template.HTML {
	const cw, ch, left, top = 24, 22, 40, 20
	var max int64 = 1
	for _, c := range cells {
		if c != nil && *c > max {
			max = *c
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart heat" viewBox="0 0 %d %d" role="img" aria-labelledby="heat-t heat-d"><title id="heat-t">Posts by hour of the week (UTC)</title><desc id="heat-d">Darker squares are busier hours; grey squares had fewer than %d posts and are hidden. The table below has the numbers.</desc>`,
		left+24*cw+4, top+7*ch+4, k)
	days := []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	for d := 0; d < 7; d++ {
		fmt.Fprintf(&b, `<text class="label" x="2" y="%d">%s</text>`, top+d*ch+15, days[d])
		for hr := 0; hr < 24; hr++ {
			c := cells[d*24+hr]
			x, y := left+hr*cw, top+d*ch
			if c == nil {
				fmt.Fprintf(&b, `<rect class="suppressed" x="%d" y="%d" width="%d" height="%d"><title>%s %02d:00: fewer than %d</title></rect>`, x, y, cw-2, ch-2, days[d], hr, k)
				continue
			}
			level := int(float64(*c) / float64(max) * 5)
			fmt.Fprintf(&b, `<rect class="heat%d" x="%d" y="%d" width="%d" height="%d"><title>%s %02d:00: %d posts</title></rect>`, level, x, y, cw-2, ch-2, days[d], hr, *c)
		}
	}
	for hr := 0; hr < 24; hr += 6 {
		fmt.Fprintf(&b, `<text class="label" x="%d" y="14">%02d</text>`, left+hr*cw, hr)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
