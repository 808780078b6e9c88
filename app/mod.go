package app

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/gofiber/fiber/v2"

	"haven/app/moderation"
	"haven/models"
)

type queueItemJSON struct {
	ID        uint       `json:"id"`
	Kind      string     `json:"kind"`
	Status    string     `json:"status"`
	Priority  int        `json:"priority"`
	PostID    *uint      `json:"post_id"`
	CreatedAt time.Time  `json:"created_at"`
	ClaimedBy *string    `json:"claimed_by"`
	ClaimEnds *time.Time `json:"claim_expires_at"`
	Version   int        `json:"version"`
}

// toQueueJSON names claimants by handle (one query for all of them).
func (s *Server) toQueueJSON(c *fiber.Ctx, items []models.QueueItem) ([]queueItemJSON, error) {
	var ids []uint
	for _, it := range items {
		if it.ClaimedBy != nil {
			ids = append(ids, *it.ClaimedBy)
		}
	}
	handles, err := s.store.HandlesByID(c.UserContext(), ids)
	if err != nil {
		return nil, err
	}
	out := make([]queueItemJSON, 0, len(items))
	for _, it := range items {
		j := queueItemJSON{ID: it.ID, Kind: it.Kind, Status: it.Status, Priority: it.Priority, PostID: it.PostID,
			CreatedAt: it.CreatedAt, ClaimEnds: it.ClaimExpiresAt, Version: it.Version}
		if it.ClaimedBy != nil {
			h := handles[*it.ClaimedBy]
			j.ClaimedBy = &h
		}
		out = append(out, j)
	}
	return out, nil
}

// conflictJSON answers a lost race with who holds the item.
func conflictJSON(c *fiber.Ctx, err error) error {
	var held *moderation.HeldError
	if errors.As(err, &held) {
		return c.Status(fiber.StatusConflict).JSON(fiber.Map{
			"error":      apiErrorBody{Code: "conflict", Message: held.Error()},
			"claimed_by": held.Holder,
		})
	}
	return err
}

func (s *Server) apiModQueue(c *fiber.Ctx) error {
	items, err := s.moderation.Queue(c.UserContext(), currentUser(c), moderation.Filter{Kind: c.Query("kind"), Status: c.Query("status")})
	if err != nil {
		return err
	}
	out, err := s.toQueueJSON(c, items)
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"items": out})
}

func (s *Server) apiModClaim(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	it, err := s.moderation.Claim(c.UserContext(), currentUser(c), id)
	if err != nil {
		return conflictJSON(c, err)
	}
	return s.itemJSON(c, it)
}

func (s *Server) apiModResolve(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	var in moderation.Resolution
	if err := parseJSON(c, &in); err != nil {
		return err
	}
	it, err := s.moderation.Resolve(c.UserContext(), currentUser(c), id, in)
	if err != nil {
		return conflictJSON(c, err)
	}
	return s.itemJSON(c, it)
}

func (s *Server) itemJSON(c *fiber.Ctx, it *models.QueueItem) error {
	out, err := s.toQueueJSON(c, []models.QueueItem{*it})
	if err != nil {
		return err
	}
	return c.JSON(fiber.Map{"item": out[0]})
}

// modItemPage shows one queue item with its post, thread context and the
// actions, so a moderator can claim and act from a phone.
func (s *Server) modItemPage(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	return s.modItemFormPage(c, fiber.StatusOK, id, moderation.Resolution{}, nil)
}

func (s *Server) modItemFormPage(c *fiber.Ctx, status int, id uint, in moderation.Resolution, errs map[string]string) error {
	it, err := s.store.QueueItemByID(c.UserContext(), id)
	if err != nil {
		return err
	}
	if forums, err := s.moderation.Scope(c.UserContext(), currentUser(c)); err != nil {
		return err
	} else if len(forums) > 0 && (it.ForumID == nil || !containsID(forums, *it.ForumID)) {
		return models.ErrNotFound
	}
	data := s.pageData(c, "Queue item")
	item, err := s.toQueueJSON(c, []models.QueueItem{*it})
	if err != nil {
		return err
	}
	data["Item"] = item[0]
	data["Urgency"] = urgency(it.Priority)
	u := currentUser(c)
	data["Mine"] = it.Status == models.StatusClaimed && it.ClaimedBy != nil && *it.ClaimedBy == u.ID
	data["Open"] = it.Status != models.StatusResolved
	if it.PostID != nil {
		if p, err := s.store.PostByID(c.UserContext(), *it.PostID); err == nil {
			data["Post"] = postViews([]models.Post{*p}, u)[0]
			// Thread context: the post it answers, if any.
			if p.ParentID != nil {
				if parent, err := s.store.PostByID(c.UserContext(), *p.ParentID); err == nil {
					data["Parent"] = postViews([]models.Post{*parent}, u)[0]
				}
			}
			if t, err := s.store.ThreadByID(c.UserContext(), p.ThreadID); err == nil {
				data["Thread"] = t
			}
			if p.AuthorID != nil {
				author, err := s.store.UserByID(c.UserContext(), *p.AuthorID)
				if err != nil {
					return err
				}
				recent, err := s.store.RecentPostsBy(c.UserContext(), author.ID, 6)
				if err != nil {
					return err
				}
				notes, err := s.store.ModNotes(c.UserContext(), author.ID)
				if err != nil {
					return err
				}
				data["Author"] = author
				data["AuthorLimited"] = author.Silenced(time.Now())
				data["History"] = postViews(recent, u)
				data["Notes"] = notes
			}
		}
	}
	reports, err := s.store.ReportsForItem(c.UserContext(), it.ID)
	if err != nil {
		return err
	}
	data["Reports"] = reports
	data["Form"] = in
	data["Errors"] = errs
	data["Outcomes"] = moderation.Outcomes
	forums, err := s.store.ListForums(c.UserContext(), u)
	if err != nil {
		return err
	}
	data["Forums"] = forums
	return s.render(c, status, "mod_item", data)
}

// modClaim claims from the queue list or item page (the first tap).
func (s *Server) modClaim(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	if _, err := s.moderation.Claim(c.UserContext(), currentUser(c), id); err != nil {
		var held *moderation.HeldError
		if errors.As(err, &held) {
			return s.modItemFormPage(c, fiber.StatusConflict, id, moderation.Resolution{}, map[string]string{"form": held.Error()})
		}
		return err
	}
	return c.Redirect("/mod/items/"+strconv.FormatUint(uint64(id), 10), fiber.StatusSeeOther)
}

// modResolve resolves from the item page (the second tap).
func (s *Server) modResolve(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	in := moderation.Resolution{Action: c.FormValue("action"), Reason: c.FormValue("reason"), Outcome: c.FormValue("outcome"),
		Duration: c.FormValue("duration"), Message: c.FormValue("message"), Forum: c.FormValue("forum")}
	if _, err := s.moderation.Resolve(c.UserContext(), currentUser(c), id, in); err != nil {
		var held *moderation.HeldError
		if errors.As(err, &held) {
			return s.modItemFormPage(c, fiber.StatusConflict, id, in, map[string]string{"form": held.Error()})
		}
		if errs, ferr := formErrors(err); ferr == nil {
			return s.modItemFormPage(c, fiber.StatusUnprocessableEntity, id, in, errs)
		}
		return err
	}
	return c.Redirect("/mod", fiber.StatusSeeOther)
}

// modRelease gives a claim back.
func (s *Server) modRelease(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	if err := s.moderation.Release(c.UserContext(), currentUser(c), id); err != nil {
		var held *moderation.HeldError
		if errors.As(err, &held) {
			return s.modItemFormPage(c, fiber.StatusConflict, id, moderation.Resolution{}, map[string]string{"form": held.Error()})
		}
		return err
	}
	return c.Redirect("/mod", fiber.StatusSeeOther)
}

// modLog shows the audit log, newest first.
func (s *Server) modLog(c *fiber.Ctx) error {
	f := models.AuditFilter{Action: strings.TrimSpace(c.Query("action"))}
	if h := strings.TrimSpace(c.Query("actor")); h != "" {
		u, err := s.store.UserByHandle(c.UserContext(), h)
		if err != nil {
			return models.Invalid("actor", "No member has that handle.")
		}
		f.ActorID = u.ID
	}
	rows, err := s.store.AuditLogFiltered(c.UserContext(), f, 200)
	if err != nil {
		return err
	}
	type row struct {
		models.AuditEntry
		Actor string
	}
	var ids []uint
	for _, r := range rows {
		if r.ActorID != nil {
			ids = append(ids, *r.ActorID)
		}
	}
	handles, err := s.store.HandlesByID(c.UserContext(), ids)
	if err != nil {
		return err
	}
	out := make([]row, 0, len(rows))
	for _, r := range rows {
		name := "system"
		if r.ActorID != nil {
			name = handles[*r.ActorID]
			if name == "" {
				name = "former member"
			}
		}
		out = append(out, row{AuditEntry: r, Actor: name})
	}
	data := s.pageData(c, "Audit log")
	data["Rows"] = out
	data["Action"], data["Actor"] = c.Query("action"), c.Query("actor")
	return s.render(c, fiber.StatusOK, "mod_log", data)
}

func containsID(ids []uint, id uint) bool {
	for _, v := range ids {
		if v == id {
			return true
		}
	}
	return false
}

// modBulk removes several spam items; each is its own conditional resolve
// with its own audit row, and items someone else holds are skipped.
func (s *Server) modBulk(c *fiber.Ctx) error {
	reason := c.FormValue("reason")
	for _, raw := range c.Request().PostArgs().PeekMulti("item") {
		id, err := strconv.ParseUint(string(raw), 10, 32)
		if err != nil {
			continue
		}
		it, err := s.store.QueueItemByID(c.UserContext(), uint(id))
		if err != nil || it.Kind != models.QueueSpam {
			continue
		}
		_, err = s.moderation.Resolve(c.UserContext(), currentUser(c), uint(id), moderation.Resolution{Action: moderation.ActionRemove, Reason: reason})
		var held *moderation.HeldError
		if err != nil && !errors.As(err, &held) && !errors.Is(err, models.ErrNotFound) {
			return err
		}
	}
	return c.Redirect("/mod?kind=spam", fiber.StatusSeeOther)
}
