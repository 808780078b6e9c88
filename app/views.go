package app

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"haven/app/resources"
	"haven/models"
)

// pageData is what every page's layout needs.
func (s *Server) pageData(c *fiber.Ctx, title string) fiber.Map {
	u := currentUser(c)
	return fiber.Map{
		"Title":  title,
		"User":   u,
		"CSRF":   s.csrfToken(c),
		"IsMod":  u.Can(models.RoleModerator),
		"IsClin": u.Can(models.RoleClinician),
		"IsAdm":  u.Can(models.RoleAdmin),
		"Path":   c.Path(),
	}
}

func (s *Server) render(c *fiber.Ctx, status int, page string, data fiber.Map) error {
	return c.Status(status).Render("pages/"+page, data, "layouts/main")
}

func templateFuncs() template.FuncMap {
	return template.FuncMap{
		"ago":      ago,
		"isoTime":  func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"depthCls": func(d int) string { return fmt.Sprintf("d%d", min(d, 8)) },
		"telHref":  func(n string) template.URL { return template.URL("tel:" + n) },
		"smsHref":  func(n string) template.URL { return template.URL("sms:" + n) },
		"kindLabel": func(k resources.Kind) string {
			switch k {
			case resources.KindEmergency:
				return "Emergency"
			case resources.KindReferral:
				return "Treatment referral (not a crisis line)"
			case resources.KindDirectory:
				return "Worldwide directory"
			}
			return "Crisis support"
		},
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"lower": strings.ToLower,
		"list":  func(v ...string) []string { return v },
		// safeHTML marks text Haven escaped itself (search snippets).
		"safeHTML": func(s string) template.HTML { return template.HTML(s) }, //nolint:gosec // built from html.EscapeString
		"deref": func(v any) any {
			switch p := v.(type) {
			case *int64:
				return *p
			case *int:
				return *p
			case *float64:
				return *p
			case *string:
				return *p
			case *uint:
				return *p
			}
			return v
		},
		"hours": func() []int { return seqInts(24) },
		"derefTime": func(t *time.Time) time.Time {
			if t == nil {
				return time.Time{}
			}
			return *t
		},
		"seq": seqInts,
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
		// dict passes named values to a sub-template.
		"dict": func(kv ...any) map[string]any {
			m := make(map[string]any, len(kv)/2)
			for i := 0; i+1 < len(kv); i += 2 {
				k, _ := kv[i].(string)
				m[k] = kv[i+1]
			}
			return m
		},
	}
}

// ago renders a relative time in words; the exact time is in a <time> tag.
func ago(t time.Time) string {
	d := time.Since(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return fmt.Sprintf("%d min ago", int(d.Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("%d h ago", int(d.Hours()))
	case d < 30*24*time.Hour:
		return fmt.Sprintf("%d days ago", int(d.Hours()/24))
	}
	return t.UTC().Format("2 Jan 2006")
}

// postView is a post as a page shows it. HTML is the sanitized rendering
// stored at write time; it is the only user text marked safe.
type postView struct {
	ID           uint
	ParentID     *uint
	Depth        int
	Author       string
	ParentAuthor string
	HTML         template.HTML
	CreatedAt    time.Time
	Edited       bool
	Deleted      bool
	Hidden       bool // hidden by moderators: shown only to the author and staff
	Mine         bool
	AuthorID     *uint
	Blocked      bool // the viewer blocked the author
	Reactions    map[string]int
}

func postViews(posts []models.Post, viewer *models.User) []postView {
	authors := make(map[uint]string, len(posts))
	out := make([]postView, 0, len(posts))
	for _, p := range posts {
		v := postView{ID: p.ID, ParentID: p.ParentID, Depth: p.Depth, CreatedAt: p.CreatedAt,
			Edited: p.EditedAt != nil, Deleted: p.DeletedAt != nil, AuthorID: p.AuthorID}
		v.Author = handleOf(p.Author)
		authors[p.ID] = v.Author
		if p.ParentID != nil {
			v.ParentAuthor = authors[*p.ParentID]
		}
		own := viewer != nil && p.AuthorID != nil && *p.AuthorID == viewer.ID
		v.Hidden = p.HiddenAt != nil
		if !v.Deleted && (!v.Hidden || own || viewer.IsStaff()) {
			v.HTML = template.HTML(p.HTML) //nolint:gosec // sanitized by bluemonday when saved
			v.Mine = own || viewer.IsStaff()
		}
		out = append(out, v)
	}
	return out
}

func handleOf(u *models.User) string {
	if u == nil {
		return "former member"
	}
	return u.Handle
}

func seqInts(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
