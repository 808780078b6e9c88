package app

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/gofiber/fiber/v2"

	"haven/app/crisis"
	"haven/models"
)

// lexiconPage lets an admin see the additions, add or remove one, and
// paste text to see what matches and why.
func (s *Server) lexiconPage(c *fiber.Ctx) error {
	return s.lexiconFormPage(c, fiber.StatusOK, nil, fiber.Map{}, "", nil)
}

func (s *Server) lexiconFormPage(c *fiber.Ctx, status int, errs map[string]string, form fiber.Map, sample string, verdict *crisis.Verdict) error {
	terms, err := s.store.LexiconTerms(c.UserContext())
	if err != nil {
		return err
	}
	data := s.pageData(c, "Crisis lexicon")
	data["Terms"] = terms
	data["Version"] = s.posting.Detector().Version()
	data["Errors"] = errs
	data["Form"] = form
	data["Sample"] = sample
	data["Verdict"] = verdict
	data["Categories"] = crisis.Categories
	data["CueTypes"] = crisis.CueTypes
	data["Notice"] = c.Query("done")
	tuning, err := s.falseAlarmTerms(c)
	if err != nil {
		return err
	}
	data["FalseAlarms"] = tuning
	return s.render(c, status, "lexicon", data)
}

// addLexiconTerm stores an addition and its audit row together, then
// rebuilds the detector so it takes effect at once.
func (s *Server) addLexiconTerm(c *fiber.Ctx) error {
	t := &models.LexiconTerm{
		Kind: c.FormValue("kind"), Category: c.FormValue("category"), Tier: c.FormValue("tier"),
		Past: c.FormValue("past") == "1", Phrase: strings.TrimSpace(c.FormValue("phrase")),
	}
	form := fiber.Map{"Kind": t.Kind, "Category": t.Category, "Tier": t.Tier, "Phrase": t.Phrase, "Reason": c.FormValue("reason")}
	if t.Kind == "idiom" {
		t.Category = ""
	}
	errs := map[string]string{}
	if len(t.Phrase) > 200 {
		errs["phrase"] = "Keep the phrase under 200 characters."
	} else if _, err := crisis.NewEntry(t.Kind, t.Category, t.Tier, t.Past, t.Phrase); err != nil {
		errs["phrase"] = "This entry is not valid: check the phrase, kind, category and tier."
	}
	reason := strings.TrimSpace(c.FormValue("reason"))
	if reason == "" {
		errs["reason"] = "Say why, for the audit log."
	}
	if len(errs) > 0 {
		return s.lexiconFormPage(c, fiber.StatusUnprocessableEntity, errs, form, "", nil)
	}
	u := currentUser(c)
	t.CreatedBy = &u.ID
	err := s.store.InTx(c.UserContext(), func(tx *models.Store) error {
		if err := tx.AddLexiconTerm(c.UserContext(), t); err != nil {
			return err
		}
		return tx.AppendAudit(c.UserContext(), &models.AuditEntry{ActorID: &u.ID, Action: "lexicon.add",
			TargetType: "lexicon_term", TargetID: &t.ID, Reason: reason, AfterValue: describeTerm(t)})
	})
	if err != nil {
		return err
	}
	if _, err := s.posting.ReloadLexicon(c.UserContext()); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=added", fiber.StatusSeeOther)
}

func describeTerm(t *models.LexiconTerm) string {
	return fmt.Sprintf("%s | %s | %s | past=%v | %s", t.Kind, t.Category, t.Tier, t.Past, t.Phrase)
}

// removeLexiconTerm deletes an addition, with its audit row.
func (s *Server) removeLexiconTerm(c *fiber.Ctx) error {
	id, err := paramID(c, "id")
	if err != nil {
		return err
	}
	reason := strings.TrimSpace(c.FormValue("reason"))
	if reason == "" {
		reason = "removed by an admin"
	}
	u := currentUser(c)
	err = s.store.InTx(c.UserContext(), func(tx *models.Store) error {
		t, err := tx.DeleteLexiconTerm(c.UserContext(), id)
		if err != nil {
			return err
		}
		return tx.AppendAudit(c.UserContext(), &models.AuditEntry{ActorID: &u.ID, Action: "lexicon.remove",
			TargetType: "lexicon_term", TargetID: &id, Reason: reason, BeforeValue: describeTerm(t)})
	})
	if err != nil {
		return err
	}
	if _, err := s.posting.ReloadLexicon(c.UserContext()); err != nil {
		return err
	}
	return c.Redirect("/admin/lexicon?done=removed", fiber.StatusSeeOther)
}

// testLexicon shows what the detector makes of pasted text.
func (s *Server) testLexicon(c *fiber.Ctx) error {
	sample := c.FormValue("sample")
	if len(sample) > 20000 {
		return s.lexiconFormPage(c, fiber.StatusUnprocessableEntity, map[string]string{"sample": "Paste at most 20,000 characters."}, fiber.Map{}, sample, nil)
	}
	v := s.posting.Detector().Explain(sample)
	return s.lexiconFormPage(c, fiber.StatusOK, nil, fiber.Map{}, sample, &v)
}

type termCount struct {
	Term  string
	Count int
}

// falseAlarmTerms counts which phrases matched in posts moderators marked
// as false alarms: the lexicon entries most worth a second look.
func (s *Server) falseAlarmTerms(c *fiber.Ctx) ([]termCount, error) {
	flags, err := s.store.FalseAlarmFlags(c.UserContext(), 500)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, f := range flags {
		var ms []struct {
			Term string `json:"term"`
		}
		if json.Unmarshal([]byte(f.Matches), &ms) != nil {
			continue
		}
		for _, m := range ms {
			counts[m.Term]++
		}
	}
	out := make([]termCount, 0, len(counts))
	for t, n := range counts {
		out = append(out, termCount{t, n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Term < out[j].Term
	})
	if len(out) > 30 {
		out = out[:30]
	}
	return out, nil
}
